"""pipeline/components/policy/anchors.py: a cue pattern's matches tried only where it can start."""

from __future__ import annotations

import re

import pytest

from pipeline.components.policy.anchors import anchored_matches, opening_words
from pipeline.components.policy.lexicon import PolicyLexicon

_TEXTS = [
    "Kazakhstan's foreign policy priorities were set out on Monday. Among the most urgent tasks of its foreign policy, "
    "the minister listed trade with China and water. Diplomacy, he said, comes first.",
    "The Foreign Ministry said the country took over the rotating presidency of the council; priorities of the "
    "presidency include energy.",
    "PRIORITIES OF THE NEW FOREIGN-POLICY: the Minister of Foreign Affairs spoke.",
    "The \u212aelvin scale and the diplomacy of the \u0130stanbul talks",  # letters a case-insensitive i/k also match
    "",
]


@pytest.mark.parametrize(("regex", "expected"), [
    (r"\b(?:foreign[- ]policy|diplomacy|priorities)\b", ("diplomacy", "foreign", "priorities")),
    (r"\bamong (?:the |its )?(?:urgent|main) tasks\b", ("among ",)),
    (r"(?<!\bis )\b(?:highlights|stresses)\b", ("highlights", "stresses")),
    (r"\b(?:took|takes) over\b", ("took", "takes")),  # what follows a group is not read
    (r"\b(?:the |its )?(?:main|key) goals\b", None),  # an optional opening: may start anywhere
    (r"[A-Z]\w+ said", None),  # a class
    (r"^\W*the first is\b", None),
])
def test_anchors_opening_words(regex: str, expected: tuple[str, ...] | None) -> None:
    assert opening_words(re.compile(regex, re.IGNORECASE)) == (tuple(sorted(expected)) if expected else None)


def test_anchors_same_matches_as_finditer_for_every_cue() -> None:
    for cue in PolicyLexicon.from_dir().cues:
        for text in _TEXTS:
            expected = [(m.span(), m.groupdict()) for m in cue.pattern.finditer(text)]
            found = [(m.span(), m.groupdict()) for m in anchored_matches(cue.pattern, cue.anchors, text, text.lower())]
            assert found == expected, cue.source


def test_anchors_statement_cue_matches() -> None:
    cue = next(c for c in PolicyLexicon.from_dir().cues if c.mode == "statement" and c.owned)
    text = _TEXTS[0]
    assert [m.group() for m in cue.finditer(text, text.lower())] == [m.group() for m in cue.pattern.finditer(text)]
    assert [m.group() for m in cue.finditer(text, text.lower())] == [
        "foreign policy", "priorities", "foreign policy", "Diplomacy"]
