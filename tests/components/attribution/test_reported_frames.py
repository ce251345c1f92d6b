"""pipeline_attribution, a parenthetical attribution before a quotation: the reported part is what
precedes the attribution (the quotation is the direct quote's)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A name change, she said, “would fool nobody.” The hall fell silent.",
         [("indirect", "A name change", "said")]),
        ("The museum, the mayor said, would make visitors face hard truths.",
         [("indirect", "The museum, the mayor said, would make visitors face hard truths", "said")]),
    ],
)
def test_attribution_parenthetical_before_quotation(nlp, text, expected):
    doc = nlp(text)
    assert [(q.kind, q.text, q.cue) for q in doc._.pipeline_quotes if q.kind == "indirect"] == expected
