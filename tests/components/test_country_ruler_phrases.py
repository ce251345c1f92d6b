"""components/phrases.py: the lexicon's phrases matched over the token table as a PhraseMatcher would."""

from __future__ import annotations

import pytest
from spacy.matcher import PhraseMatcher

from pipeline.components.phrases import Phrases

PATTERNS = [  # (column, key, phrase)
    ("lower", ("name", "KGZ"), "Kyrgyz Republic"),
    ("lower", ("name", "KOR"), "Korea"),
    ("lower", ("name", "KOR"), "Republic of Korea"),
    ("lower", ("name", "PRK"), "Democratic People's Republic of Korea"),
    ("lower", ("block", ""), "Korea Herald"),
    ("orth", ("acronym", "USA"), "U.S."),
    ("orth", ("acronym", "USA"), "US"),
]


@pytest.mark.parametrize("text", [
    "The kyrgyz republic and the KYRGYZ REPUBLIC signed.",
    "The Democratic People's Republic of Korea and the Republic of Korea met; Korea Herald said so.",
    "US and U.S. troops, but not us.",
    "Korea",
    "",
])
def test_country_ruler_phrases_match_as_the_phrase_matcher(nlp, text):
    doc = nlp.make_doc(text)
    tables = {"lower": Phrases("lower"), "orth": Phrases("orth")}
    matchers = {"lower": PhraseMatcher(nlp.vocab, attr="LOWER"), "orth": PhraseMatcher(nlp.vocab, attr="ORTH")}
    for column, key, phrase in PATTERNS:
        pattern = nlp.make_doc(phrase)
        tables[column].add(key, [t.text for t in pattern])
        matchers[column].add(":".join(key), [pattern])
    found = {(":".join(key), s, e) for table in tables.values() for key, s, e in table(doc)}
    expected = {(nlp.vocab.strings[m], s, e) for matcher in matchers.values() for m, s, e in matcher(doc)}
    assert found == expected


def test_country_ruler_phrases_overlapping_matches_all_returned(nlp):
    table = Phrases("lower")
    table.add(("name", "KOR"), ["Korea"])
    table.add(("name", "KOR"), ["Republic", "of", "Korea"])
    table.add(("name", "KOR2"), ["republic", "of", "korea"])
    doc = nlp.make_doc("the Republic of Korea")
    assert sorted(table(doc), key=str) == sorted([(("name", "KOR"), 1, 4), (("name", "KOR2"), 1, 4),
                                                  (("name", "KOR"), 3, 4)], key=str)
