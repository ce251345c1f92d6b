"""pipeline_attribution: cues of direct quotes only (answering, going on, manner of speaking;
``pipeline/data/attribution_direct/cue_verbs.txt``) and the speaker's description between a quote and
its cue (a relative clause, a clause set off by commas)."""

from __future__ import annotations

import pytest

from pipeline.components.attribution.direct_lexicon import DirectLexicon


def _direct(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "direct"]


def test_attribution_direct_cue_verbs_are_data() -> None:
    cues = DirectLexicon.from_dir().cue_verbs
    assert {"shoot back", "go on", "chant", "sigh"} <= cues
    assert "say" not in cues  # the verbs of reported speech stay in the attribution lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # answering: the one who shoots back speaks, not the one who spoke before
        ("“They are all here for the free lunch,” Dale Hutchins said with a grin.\n\n“They came because the "
         "food is better than yours,” Laura Bennet shot back with a laugh.",
         [("They are all here for the free lunch", "Dale Hutchins", ""),
          ("They came because the food is better than yours", "Laura Bennet", "")]),
        ("“Mark wants to be a tough guy tonight,” Ames shot back. “Let me talk.”",
         [("Mark wants to be a tough guy tonight", "Ames", ""), ("Let me talk.", "Ames", "")]),
        # going on after someone else's question
        ("The moderator asked about the budget. “You know, it happens, right?” Mayor Ortiz went on, as if "
         "she had not heard. “But you have to get over it.”",
         [("You know, it happens, right?", "Ortiz", ""), ("But you have to get over it.", "Ortiz", "")]),
        # remembering (a reported-speech cue since it reports a that-clause too), the speaker after the verb
        ("The merger closed in 2001.\n\n“Half the board told her to walk away from the deal, and she set out to "
         "prove them wrong,” remembered Tomas Ferreira, the bank’s former chief spokesman. “The louder the "
         "doubts, the harder she pushed.”",
         [("Half the board told her to walk away from the deal, and she set out to prove them wrong",
           "Tomas Ferreira", ""),
          ("The louder the doubts, the harder she pushed.", "Tomas Ferreira", "")]),
    ],
)
def test_attribution_direct_only_cues(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "went on to win" is what the rival did, not a cue
        ("“We need a new county clerk,” said Maria Lopez. Her rival went on to win the race by nine points.",
         [("We need a new county clerk", "Maria Lopez", "")]),
        # a relative clause after a show's name does not reach the cue of the sentence
        ("Sam Ortiz, a contestant on the network’s cooking show, “The Kitchen,” who went on to work in its "
         "studio, said the host was “always kind and generous.”",
         [("always kind and generous.", "Sam Ortiz", "")]),
    ],
)
def test_attribution_direct_only_cues_not_actions(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause on the speaker between the quote and the cue
        ("Three candidates oppose the levy.\n\n“The levy punishes every small farm in the county, and I’m "
         "against it, plain and simple,” Ortega, who has proposed phasing the levy out over five years, said "
         "at the time.",
         [("The levy punishes every small farm in the county, and I’m against it, plain and simple", "Ortega",
           "")]),
        # a description with its own verb, set off by commas after the name
        ("“If the governor had listened, I would have been home for years,” Mr. Alden Pruitt, now 81 and "
         "retired in Dayton, Ohio, said by telephone this week.",
         [("If the governor had listened, I would have been home for years", "Alden Pruitt", "")]),
    ],
)
def test_attribution_direct_speaker_description_before_cue(nlp, text, expected):
    assert _direct(nlp, text) == expected
