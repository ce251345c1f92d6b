"""Stage 3: priorities of countries' policy documents."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..records import PolicyPriority
from ..registry import extractor


@extractor("policy_priorities", version="1", requires=("pipeline_country_ruler", "pipeline_org_ruler", "pipeline_policy"))
def policy_priorities(doc: Doc) -> Iterator[PolicyPriority]:
    """One record per priority of each ``doc._.policies`` document.

    Needs: pipeline_policy (and the country and organization rulers it reads).

    Example: "Kazakhstan's concept for 2020-2030 ... alliance relations with the Russian Federation" ->
    PolicyPriority(owner_iso3="KAZ", rank=1, partner="Russian Federation", partner_code="RUS",
    relation="alliance relations", ...).
    """
    for policy in doc._.policies or []:
        for p in policy.priorities:
            yield PolicyPriority(
                rank=p.rank, owner_iso3=policy.owner_iso3, document=policy.document,
                period_start=policy.period_start, period_end=policy.period_end, adopted=policy.adopted,
                priority=p.text, partner=p.partner, partner_code=p.partner_code, relation=p.relation,
                speaker=policy.speaker, start=p.start, end=p.end,
            )
