"""pipeline_policy: cheap necessary conditions checked before the costly cue patterns and document lookups."""

from __future__ import annotations

import pytest

from pipeline.components.policy.lexicon import DATA_DIR, PolicyLexicon, _gate, required_words


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"(?P<names>[^,;:()]{3,120}?),? (?:is|are) named as (?:its )?key partners?\b",
         r",? (?:is|are) named as (?:its )?key partners?\b"),
        (r"(?P<names>[^](]{3,40}?) as allies", r" as allies"),
        (r"(?P<names>[\])]{3,40}?) as allies", r" as allies"),
        (r"(?P<names>\w+)? as allies", None),  # the group is optional: nothing must follow it
        (r"(?P<names>\w+) and (?P=names)", None),  # refers back to the group
        (r"\bpriorities (?:include|are)\b", None),  # no leading group
    ],
)
def test_policy_gate_is_what_follows_the_leading_group(regex, expected):
    gate = _gate(regex)
    assert (gate.pattern if gate else None) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia and China are named as the country's principal partners.",
        "Turkey, Azerbaijan and Georgia are described in the concept as key partners.",
        "The document says little about its neighbours.",
    ],
)
def test_policy_gate_never_hides_a_match(sentence):
    for cue in PolicyLexicon.from_dir(DATA_DIR).cues:
        if cue.gate is not None and not cue.gate.search(sentence):
            assert cue.pattern.search(sentence) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Concept sets out the priorities; the document was adopted in 2023.", ["Concept", "document"]),
        ("The new strategy and the programme were debated.", ["strategy", "programme"]),
        ("Officials debated the budget.", []),
    ],
)
def test_policy_generic_tokens(nlp, text, expected):
    doc = nlp.make_doc(text)
    lexicon = PolicyLexicon.from_dir(DATA_DIR)
    assert [doc[i].text for i in lexicon.generic_tokens(doc)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials met in a café to discuss the weather and the harvest.",
        "The Foreign Policy Concept lists priorities, but no country is named.",
    ],
)
def test_policy_no_country_no_policies(nlp, text):
    assert nlp(text)._.pipeline_policies == []


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\b(?:is|are) of (?:particular|special) importance\b",
         (("is", "are"), ("particular", "special"), (" importance",))),
        (r"\bamong (?:the |its )?priorities", (("among ",), ("priorities",))),
        (r"\bremains? a priority\b", (("remain",), (" a priority",))),
        (r"\bpriorities(?: of [^,.;]{1,60}?)? (?:include|are)\b", (("priorities",), ("include", "are"))),
        (r"\b(?:envisages|prioriti[sz]es)\b", ()),  # a group with a class: no word required
        (r"\baimed at\b|\bseeks to\b", ()),  # a top-level alternative
        (r"(?x) aimed \s at", ()),  # inline flags
    ],
)
def test_policy_required_words(regex, expected):
    assert required_words(regex) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Its main priorities are regional security, trade and water management.",
        "PARTICULAR IMPORTANCE IS ATTACHED TO RELATIONS WITH THE NEIGHBOURS.",
        "Relations with Russia are of particular importance for Kazakhstan.",
        "The strategy places special emphasis on connectivity with Central Asia.",
        "The Concept lists the following priorities: security; trade; culture.",
        "Among its priorities, there is cooperation with the European Union.",
        "Economic diplomacy remains a priority of the ministry.",
        "Relations with the \u212aingdom are of particular importance.",  # Kelvin sign: not tested for words
        "The document says little about its neighbours.",
    ],
)
def test_policy_cue_may_match_never_hides_a_match(sentence):
    for cue in PolicyLexicon.from_dir(DATA_DIR).cues:
        if cue.pattern.search(sentence):
            assert cue.may_match(sentence, sentence.lower()), cue.source
