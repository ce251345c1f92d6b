"""pipeline_policy, round 36: the document of an item whose sentence names, after it, a document still to be made
("... and the government pledges to work towards an Arctic strategy for the European Union"): the document read so
far, not the proposed one (whose items were dropped with it as a partner's document). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

OPENING = "The guidelines on the Arctic that the Finnish cabinet adopted in 2021 set out five fields of action. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Research cooperation in the region is to be expanded, and the government pledges to work towards an Arctic "
     "strategy for the European Union as a whole.",
     [("FIN", "", "", "Research cooperation in the region is to be expanded"),
      ("FIN", "European Union", "EU", "work towards an Arctic strategy for the European Union as a whole")]),
])
def test_pol_round36_proposed_document(nlp, text, expected):
    """A document proposed after the item, with an indefinite article, is no source of the sentence's items."""
    assert policy_rows(nlp(OPENING + text)) == expected
