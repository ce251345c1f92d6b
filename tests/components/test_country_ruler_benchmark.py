"""pipeline_country_ruler on the country-name benchmark (../shared/benchmarks/country_names).

Each name goes into a plain sentence; the first country mention must carry the
expected ISO3 code. The README there lists the peer's choices that a news-text
normalizer may reasonably not share; those rows are documented xfails.
"""

from __future__ import annotations

import csv

import pytest

SENTENCE = "Officials from {} attended the talks."

# The peer's choices (README "Caveats") that we don't follow, with our reason.
CAVEATS = {
    "England": "a constituent country, not a state: no ISO3 of its own",
    "england": "a constituent country, not a state: no ISO3 of its own",
    "Southern African Customs Union": "an organization, not a country",
    "Bohemia": "a historical region",
    "Guiana": "a region spanning several states",
    "DPR": "too ambiguous as a bare acronym",
    "Caribian Netherlands": "misspelled; 'Netherlands' gives NLD",
}
# Known misses outside the caveats. Misspellings are read only for a proper noun of six letters or more,
# one edit from exactly one country's name (components/countries/fuzzy.py: "Botsuana", "moldovia"), so
# "Prussia" stays Prussia and "Granada" a city; "Gabun" is too short, and the parser reads "Mexiko" as a
# person's name, which is never corrected. Ad-hoc abbreviations ("P. N. Guinea") and qualifiers in
# brackets ("Saint Martin (Dutch)") are not names we compile.
KNOWN_MISSES = {"Gabun", "Mexiko", "P. N. Guinea", "Saint Martin (Dutch)"}
MIN_ACCURACY = 0.99


def _rows(shared, name):
    with open(shared / "benchmarks" / "country_names" / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _first_codes(nlp, names):
    ours = ("pipeline_country_ruler", "tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in ours]):
        out = []
        for doc in nlp.pipe(SENTENCE.format(n) for n in names):
            out.append([s.kb_id_ for s in doc.spans["countries"]])
        return out


@pytest.fixture(scope="module")
def variants(nlp, shared):
    rows = _rows(shared, "variants.csv")
    return rows, _first_codes(nlp, [r["name"] for r in rows])


def test_country_ruler_benchmark_accuracy(variants):
    rows, codes = variants
    scored = [(r, c) for r, c in zip(rows, codes, strict=False) if r["name"] not in CAVEATS]
    wrong = [r["name"] for r, c in scored if not c or c[0] != r["iso3"]]
    accuracy = 1 - len(wrong) / len(scored)
    assert accuracy >= MIN_ACCURACY, wrong
    assert set(wrong) <= KNOWN_MISSES, sorted(set(wrong) - KNOWN_MISSES)


@pytest.mark.parametrize("name", sorted(CAVEATS))
def test_country_ruler_benchmark_caveats(variants, name):
    rows, codes = variants
    for r, c in zip(rows, codes, strict=False):
        if r["name"] == name and (not c or c[0] != r["iso3"]):
            pytest.xfail(CAVEATS[name])


# Non-country names: none may come out as one country. Some of them name countries
# inside a phrase ("Belgium and Luxembourg"); running text about them names those countries.
NAMED_INSIDE = {
    "Asia without China": ["CHN"],
    "Asia excluding Hong Kong": ["HKG"],
    "Sweden except Stockholm": ["SWE"],
    "Belgium and Luxembourg": ["BEL", "LUX"],
}


def test_country_ruler_benchmark_non_countries(nlp, shared):
    names = [r["name"] for r in _rows(shared, "non_countries.csv")]
    got = dict(zip(names, _first_codes(nlp, names), strict=False))
    assert got == {n: NAMED_INSIDE.get(n, []) for n in names}
