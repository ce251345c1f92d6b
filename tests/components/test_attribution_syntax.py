"""attribution_syntax: the parse helpers give what spaCy's own (slower) walks give."""

from __future__ import annotations

import pytest

from pipeline.components.attribution.syntax import cue_text, subtree_bounds

TEXT = (
    "The Cabinet of Ministers is convinced that the new border crossing, which opened in May, will double "
    "trade with Kyrgyzstan. Officials pointed out that the railway, the minister said, would carry grain and "
    "cotton to the ports of the Caspian Sea before the end of the year."
)


def _cue_by_children(verb) -> tuple[str, int, int]:
    """The cue from the verb's children, as the helper defined it before (the reference)."""
    toks = [verb, *[c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]]
    if verb.dep_ == "acomp":
        toks.append(verb.head)
    toks += [c for c in verb.children if c.dep_ == "auxpass" and c.i == verb.i - 1]
    toks.sort(key=lambda t: t.i)
    return verb.doc[toks[0].i:toks[-1].i + 1].text, toks[0].idx, toks[-1].idx + len(toks[-1])


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_attribution_syntax_subtree_bounds_are_the_subtree_ends(doc) -> None:
    for tok in doc:
        toks = list(tok.subtree)
        assert subtree_bounds(tok) == (toks[0].idx, toks[-1].idx + len(toks[-1]))


def test_attribution_syntax_subtree_bounds_without_an_excluded_edge(doc) -> None:
    verb = next(t for t in doc if t.text == "pointed")
    comp = next(c for c in verb.children if c.dep_ == "ccomp")
    assert subtree_bounds(comp) == (TEXT.index("that the railway"), TEXT.index(" of the year") + len(" of the year"))
    first = next(comp.lefts)
    assert subtree_bounds(comp, exclude=(first,))[0] > first.idx


def test_attribution_syntax_cue_text_agrees_with_the_children(doc) -> None:
    for tok in doc:
        assert cue_text(doc, tok) == _cue_by_children(tok)
    assert cue_text(doc, next(t for t in doc if t.text == "pointed"))[0] == "pointed out"
    assert cue_text(doc, next(t for t in doc if t.text == "convinced"))[0] == "is convinced"
