"""A dateline whose place has its region's abbreviation ("LYTTON, B.C. — ") is no speaker and no part of the
statement; the subject after it is the source."""

from __future__ import annotations

import pytest

from pipeline.doctext import DATELINE


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("LYTTON, B.C. — The", "LYTTON, B.C. — "),
        ("ST. JOHN'S, N.L. — A", "ST. JOHN'S, N.L. — "),
        ("ALBANY, Calif. (AP) — X", "ALBANY, Calif. (AP) — "),
        ("BISHKEK, 17 February 2025 — K", "BISHKEK, 17 February 2025 — "),
        ("The U.S. — no", None),
    ],
)
def test_dateline_with_region(text, dateline):
    found = DATELINE.match(text)
    assert (found.group(0) if found else None) == dateline


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LYTTON, B.C. — The village council said Tuesday it would rebuild the fire hall.",
         [("it would rebuild the fire hall", "said", "", "village council")]),
        ("LYTTON, B.C. — Village officials said Tuesday they would rebuild the fire hall.",
         [("they would rebuild the fire hall", "said", "", "Village officials")]),
    ],
)
def test_source_after_dateline_with_region(nlp, text, expected):
    assert _rows(nlp, text) == expected
