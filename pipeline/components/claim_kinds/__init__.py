"""Component ``pipeline_claim_kinds``: the learned claims-kind model (pipeline/claims/kind_model.py).

- ``training``: the claims of the gold sets, as the rules see them, matched to their gold kinds;
- ``component``: the :class:`ClaimKinds` class (trains at ``make models``, saved with the pipeline).
"""

from .component import ClaimKinds

__all__ = ["ClaimKinds"]
