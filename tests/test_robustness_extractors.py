"""Property-based robustness: random and adversarial text through the full nlp and every extractor."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.registry import load_registry

FRAGMENTS = [
    "\u201c", "\u201d", '"', "\u2018", "\u2019", "\u00ab", "\u00bb", "'", "\u201e", "`",
    " said ", " noted that ", "According to ", ", ", ". ", "\n\n", "\n", " ", "\t",
    "Aliya Serikova", "Serikova", "Dr. ", "Minister ", "senior fellow at the Eurasian Institute",
    "Kazakhstan", "the Russian Federation", "Kazakhstani ", "US", "PRC", "Moscow insists",
    "the Collective Security Treaty Organization (CSTO)", "CSTO", "(", ")", "[", "]",
    "The Foreign Policy Concept for 2020-2030, adopted in March 2020. Among the priorities are ",
    "alliance relations with the Russian Federation; ", "1. ", "- ", "\u2022 ",
    "\u200f", "\u200e", "\u202e", "\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd",
    "\u0000", "\u0007", "\u001b", "\ufeff", "\u00ad", "\u200d",
    "\U0001f1f0\U0001f1ff", "\U0001f44d\U0001f3fd", "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "e\u0301", "\uff02", "...", "!!!", "?!", "\u2014", "-", "'s", "\u2019s", "\u201990s",
    "x" * 3000, "Kazakhstan" * 200, "\u201c" * 50, ". " * 100,
]

adversarial = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=40).map("".join)
punctuation_only = st.text(alphabet="\u201c\u201d\"'\u2018\u2019\u00ab\u00bb.,;:!?()-\u2014 \n", max_size=300)


@pytest.fixture(scope="module")
def extractors():
    return list(load_registry(plugins=False))


def _check(nlp, extractors, text: str) -> None:
    doc = nlp(text)
    n = len(doc.text)
    for ext in extractors:
        rows = ext(doc)  # must not raise
        for row in rows:
            start, end = getattr(row, "start", None), getattr(row, "end", None)
            if isinstance(start, int) and isinstance(end, int):
                assert 0 <= start <= end <= n, (ext.name, row)
            first = getattr(row, "first_start", None)
            if isinstance(first, int):
                assert 0 <= first < n, (ext.name, row)
            if ext.name == "mentions" or (ext.name == "quotes" and row.kind == "direct"):
                assert doc.text[row.start:row.end] == row.text, (ext.name, row)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=adversarial)
def test_robustness_extractors_adversarial_text(nlp, extractors, text):
    _check(nlp, extractors, text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=punctuation_only)
def test_robustness_extractors_only_punctuation(nlp, extractors, text):
    _check(nlp, extractors, text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400))
def test_robustness_extractors_any_unicode(nlp, extractors, text):
    _check(nlp, extractors, text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\u201cUnclosed quote, said Aliya Serikova.",
        "Closed only\u201d said Serikova. \u00abNested \u2018quote\u2019 here\u00bb, the expert noted.",
        "\u201c\u201d said Serikova.",
        "According to ,",
        "\u05e9\u05dc\u05d5\u05dd \u201cKazakhstan is ready\u201d \u0645\u0631\u062d\u0628\u0627 said Aliya Serikova.",
    ],
)
def test_robustness_extractors_edge_cases(nlp, extractors, text):
    _check(nlp, extractors, text)
