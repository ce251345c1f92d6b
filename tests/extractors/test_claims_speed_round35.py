"""Claims, round 35's speed-ups (no behaviour change): a cue's tokens, a unit's tokens and whether a unit is a claim are
found once per Doc (the memo of the Doc asked about last, ``pipeline.lastdoc``), and found afresh for another Doc or
a retokenized one. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

from pipeline.claims.claimants import cue_span
from pipeline.claims.lexicon import default_lexicon
from pipeline.claims.units import Unit
from pipeline.extractors import claims as claims_module

TEXT = "The minister said the new bridge will open in May. The council met on Tuesday."


def _said(doc) -> tuple[int, int]:
    said = next(t for t in doc if t.lower_ == "said")
    return said.idx, said.idx + len(said)


def test_a_cue_is_made_once_per_doc_and_range(nlp):
    doc = nlp(TEXT)
    start, end = _said(doc)
    cue = cue_span(doc, start, end)
    assert (cue.start, cue.end, cue.text) == (2, 3, "said")
    assert cue_span(doc, start, end) is cue
    assert cue_span(doc, -1, -1).text == "" and len(cue_span(doc, -1, -1)) == 0


def test_a_cue_of_another_doc_is_its_own(nlp):
    first, second = nlp(TEXT), nlp("Officials said on Monday that talks would resume.")
    start, end = _said(first)
    cue = cue_span(first, start, end)
    other = cue_span(second, *_said(second))
    assert other.doc is second and (other.start, other.end, other.text) == (1, 2, "said")
    again = cue_span(first, start, end)  # first asked again: found afresh, the same tokens
    assert again.doc is first and (again.start, again.end) == (cue.start, cue.end)


def test_a_retokenized_doc_gets_fresh_spans(nlp):
    doc = nlp(TEXT)
    start, end = _said(doc)
    unit = claims_module._span(doc, 0, len("The minister said the new bridge will open in May"))
    assert (unit.start, unit.end) == (0, 10)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[4:6])  # "new bridge"
    assert (cue_span(doc, start, end).start, cue_span(doc, start, end).end) == (2, 3)
    unit = claims_module._span(doc, 0, len("The minister said the new bridge will open in May"))
    assert (unit.start, unit.end, unit.text) == (0, 9, "The minister said the new bridge will open in May")


def test_a_unit_is_judged_once_per_doc_kind_cue_and_lexicon(nlp, monkeypatch):
    doc = nlp(TEXT)
    lexicon = default_lexicon()
    text = doc.text
    stop = text.index(".")
    judged: list[tuple[int, int, str]] = []
    plain = claims_module._judged_claim

    def counting(unit, *args):
        judged.append((unit.start, unit.end, unit.quote_kind))
        return plain(unit, *args)

    monkeypatch.setattr(claims_module, "_judged_claim", counting)
    unit = Unit(0, stop)
    span = claims_module._span(doc, 0, stop)
    empty = cue_span(doc, -1, -1)
    assert claims_module._is_claim(unit, span, text[:stop], empty, lexicon, 3) is True
    assert claims_module._is_claim(unit, span, text[:stop], empty, lexicon, 3) is True
    assert judged == [(0, stop, "")]
    # another quote kind, another lexicon object or another Doc: judged again
    quoted = replace(unit, quote_kind="direct")
    claims_module._is_claim(quoted, span, text[:stop], empty, lexicon, 3)
    claims_module._is_claim(unit, span, text[:stop], empty, replace(lexicon), 3)
    other = nlp(TEXT)
    claims_module._is_claim(unit, claims_module._span(other, 0, stop), text[:stop], cue_span(other, -1, -1),
                            lexicon, 3)
    assert judged == [(0, stop, ""), (0, stop, "direct"), (0, stop, ""), (0, stop, "")]


def test_the_claims_of_a_doc_are_the_same_when_asked_twice(nlp):
    doc = nlp(TEXT)
    first = [(c.text, c.kind, c.claimant) for c in claims_module.claims(doc)]
    assert first == [(c.text, c.kind, c.claimant) for c in claims_module.claims(doc)]
    assert ("The council met on Tuesday", "fact", "") in first
