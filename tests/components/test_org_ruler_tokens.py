"""pipeline_org_ruler helpers: candidate tokens found with Doc.to_array (orgs_tokens) agree with the per-token tests."""

from __future__ import annotations

import pytest

from pipeline.acronyms import is_acronym
from pipeline.components.organizations.filters import _title_case, is_headline
from pipeline.components.organizations.tokens import acronym_like, newline_tokens, positions, word_ids


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The Institute (IICA), the Council and the Academy met.", {",", "("}, ["(", ","]),
        ("Experts of the Institute and the Agency, and the Institute again.", {"Institute"},
         ["Institute", "Institute"]),
        ("No organization is named here.", {"Institute"}, []),
    ],
)
def test_orgs_tokens_positions(nlp, text, words, expected):
    doc = nlp.make_doc(text)
    assert [doc[i].text for i in positions(doc, word_ids(words))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yerlan Karin, chairman of KazISS, said the CSTO and the CoE should meet.", ["KazISS", "CSTO", "CoE"]),
        ("Officials at the U.N. and AT&T declined to comment, NATO said.", ["U.N.", "AT&T", "NATO"]),
        ("The G7 and the Shanghai Cooperation Organisation met in Astana.", []),
    ],
)
def test_orgs_tokens_acronym_like_finds_every_acronym(nlp, text, expected):
    doc = nlp.make_doc(text)
    found = acronym_like(doc)
    assert [doc[i].text for i in found if is_acronym(doc[i].text)] == expected
    assert {t.i for t in doc if is_acronym(t.text)} <= set(found)  # a superset of the per-token test


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan Adopts New Concept\n\nASTANA, 12 May.\nThe text follows.", [4, 10]),
        ("One paragraph without a break.", []),
    ],
)
def test_orgs_tokens_newline_tokens(nlp, text, expected):
    doc = nlp.make_doc(text)
    assert newline_tokens(doc) == expected
    assert all("\n" in doc[i].text for i in expected)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Central Asian Leaders Meet Chinese Investors In Astana\nThe Chinese Investors met on Friday.",
         "Investors", True),
        ("Central Asian leaders said on Friday that the investors from China would return.", "Asian", False),
    ],
)
def test_org_ruler_headline_from_the_line_tokens(nlp, text, word, expected):
    doc = nlp.make_doc(text)
    tok = next(t for t in doc if t.text == word)
    line_start = max([i + 1 for i in newline_tokens(doc) if i < tok.i], default=0)
    line_end = min([i for i in newline_tokens(doc) if i > tok.i], default=len(doc))
    assert is_headline(doc, tok.idx) is expected
    assert _title_case(doc[line_start:line_end].text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members of Amalgamated Transit Union Local 508 walked out on Monday.",
         ["Amalgamated Transit Union Local 508"]),
        ("CUPE Local 38 said the Local would vote again.", ["CUPE Local 38"]),
        ("Local 12 met at the local hall.", []),  # no name before "Local"
    ],
)
def test_orgs_local_candidates_are_found_at_the_word_local(nlp, text, expected):
    from pipeline.components.organizations.lexicon import OrgLexicon
    from pipeline.components.organizations.patterns import local_candidates

    doc = nlp(text)
    assert [c.key for c in local_candidates(doc, OrgLexicon.from_dir())] == expected
