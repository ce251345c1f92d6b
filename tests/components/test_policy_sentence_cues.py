"""pipeline_policy: the cheap steps that stand in for costly ones (issue 18) give what the costly ones gave: the cues a
sentence may match (sentence_cues.py, lexicon.necessary_words) and the per-Doc token lists (words.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline.components.policy.lexicon import DATA_DIR, PolicyLexicon, necessary_words, required_words
from pipeline.components.tokens import dep_id, words_of

_SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\b(?:envisages|envisions|prioriti[sz]es|(?:will|would|to) prioriti[sz]e)\b",
         (("envisages", "envisions", "prioriti", " prioriti"),)),
        (r"\b(?:supports|favou?rs)\b", (("supports", "favo"),)),
        (r"\b(?:is|are) (?:a|one of (?:the|its)) (?:key )?(?:priority|goals?)\b",
         (("is", "are"), ("a", "one of "), ("priority", "goal"))),  # a nested group: its rarest words
        (r"\b(?:pledges|[a-z]+ly) to\b", ()),  # an alternative that needs no word: no condition
        (r"(?:(?:main|key) )?(?:aim|goal)s? of", (("aim", "goal"),)),  # an optional group gives none
        (r"\b(?:wants|expects) (?:(?-i:[A-Z])\w*|the state) to (?:be|become)\b",
         (("wants", "expects"), ("be", "become"))),  # a scoped flag's group is skipped as any other
        (r"(?i)\bwants to\b", ()),  # a global flag: no condition
    ],
)
def test_policy_necessary_words(regex, expected):
    assert necessary_words(regex) == expected


def test_policy_necessary_words_hold_the_required_ones():
    for cue in PolicyLexicon.from_dir(DATA_DIR).cues:
        groups = necessary_words(cue.pattern.pattern)
        assert all(g in groups for g in required_words(cue.pattern.pattern)), cue.source


def _sentences() -> list[str]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    paths = sorted((_SHARED / "devset").glob("policy*/*.txt")) + sorted((_SHARED / "seeds").glob("*.txt"))
    if not paths:
        pytest.skip("no shared dev set")
    return [s.text for doc in nlp.pipe(p.read_text(encoding="utf-8") for p in paths) for s in doc.sents]


@pytest.mark.shared
def test_policy_sentence_cues_never_hide_a_match():
    lexicon = PolicyLexicon.from_dir(DATA_DIR)
    cues = [c for c in lexicon.cues if c.mode != "statement"]
    extra = ["The strategy prioritises closer ties with the Gulf states.",
             "Its central aim is to double exports.",
             "The KELVIN \u212a sign and the dotted \u0130 are folded by a case-insensitive pattern."]
    for sentence in _sentences() + extra:
        picked = lexicon.priority_cues.of(sentence, sentence.lower())
        for cue in cues:
            if cue.pattern.search(sentence):
                assert cue in picked, (cue.source, sentence)
        assert all(c.may_match(sentence, sentence.lower()) for c in picked), sentence
        assert picked == [c for c in cues if c in picked]  # in the lexicon's order


def test_policy_sentence_cues_keys_in_as_substring_tests():
    index = PolicyLexicon.from_dir(DATA_DIR).priority_cues
    words = set(index._prefixes)
    for sentence in ["Its central aim is to double exports.", "the authors argued for it", "", "aims at the top",
                     "Mongolia attaches priority to the backbone of its agenda among others"]:
        lower = sentence.lower()
        assert index.keys_in(lower) == {w for w in words if w in lower}, sentence


@pytest.mark.model
def test_policy_words_equal_token_attributes(nlp):
    doc = nlp("Japan's National Security Strategy, to which the cabinet agreed, focuses on deterrence.")
    words = words_of(doc)
    assert words.lower == [t.lower_ for t in doc]
    assert words.text == [t.text for t in doc]
    assert words.pos == [t.pos_ for t in doc]
    assert words.dep == [dep_id(t.dep_) for t in doc]
    assert words.is_punct == [int(t.is_punct) for t in doc]
    assert words.is_space == [int(t.is_space) for t in doc]
