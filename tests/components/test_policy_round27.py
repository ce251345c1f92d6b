"""pipeline_policy, round 27: a document the rules read nothing of is read through the sentence model's flagged
sentences when they give it three items or more."""

from __future__ import annotations

import pytest

from pipeline.components.policy.items import Item
from pipeline.components.policy.priorities import _loosely_read


@pytest.mark.parametrize(("documents", "read"), [
    ([0, 0, 0], {0}),  # three flagged sentences' items: the document is read
    ([0, 0, 1], set()),  # two: one flagged sentence may be an aside, no document is read
    ([0, 1, 0, 1, 1, 0], {0, 1}),
    ([], set()),
])
def test_policy_round27_loosely_read(documents, read):
    assert _loosely_read([Item(k, k + 1, d) for k, d in enumerate(documents)]) == read
