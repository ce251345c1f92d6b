"""Claims, round 26's speed-ups (no behaviour change): a kind model's answer, and the organization or state whose
span holds a token read from the group's token bounds (found once per Doc and group)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.claims.claimants import Claimant, _entity_source
from pipeline.claims.kind_model import KindModel


@pytest.mark.parametrize(
    ("features", "bias", "kind"),
    [
        (["a", "b", "b", "unknown"], (0.0, 0.0, 0.0, 0.0), "opinion"),  # (1, 2, 0, 0) / sqrt(2)
        (["a"], (0.0, 0.0, 0.5, 0.0), "fact"),  # (1, 0, 0.5, 0)
        ([], (0.0, 0.0, 0.5, 0.0), "prediction"),  # the bias alone
        (["unknown"], (0.0, 0.25, 0.0, 0.0), "opinion"),
        (["c"], (0.0, 0.0, 0.0, 0.0), "fact"),  # a tie: the first kind
    ],
)
def test_kind_model_kind_sums_each_kinds_weights(features, bias, kind):
    model = KindModel({"a": (1.0, 0.0, 0.0, 0.0), "b": (0.0, 2.0, 0.0, 0.0), "c": (0.0, 0.0, 0.0, 0.0)}, bias)
    assert model.kind(features) == kind


def _doc() -> Doc:
    doc = Doc(spacy.blank("en").vocab, words="The Harbour Authority of Norland said Astana agreed .".split())
    doc.spans["organizations"] = [Span(doc, 0, 5, label="ORG", kb_id="harbour")]
    doc.spans["countries"] = [Span(doc, 6, 7, label="COUNTRY", kb_id="KAZ"), Span(doc, 4, 5, label="COUNTRY",
                                                                                   kb_id="NRL")]
    return doc


@pytest.mark.parametrize(
    ("token", "source"),
    [
        (1, Claimant("The Harbour Authority of Norland", "ORG", "harbour")),
        (4, Claimant("The Harbour Authority of Norland", "ORG", "harbour")),  # the organization's group comes first
        (6, Claimant("Astana", "COUNTRY", "KAZ")),
        (5, None),
    ],
)
def test_entity_source_is_the_first_span_holding_the_token(token, source):
    doc = _doc()
    assert _entity_source(doc, doc[token]) == source


def test_entity_source_reads_a_group_set_again():
    doc = _doc()
    assert _entity_source(doc, doc[6]) == Claimant("Astana", "COUNTRY", "KAZ")
    doc.spans["countries"] = [Span(doc, 4, 5, label="COUNTRY", kb_id="NRL")]
    assert _entity_source(doc, doc[6]) is None
    doc.spans["organizations"] = []
    assert _entity_source(doc, doc[4]) == Claimant("Norland", "COUNTRY", "NRL")
