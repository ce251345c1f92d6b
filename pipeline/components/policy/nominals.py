"""Stage 2 helper for pipeline_policy: the relation of a goal sentence named by the noun of its verb.

"the armed forces are to be modernised" -> "modernisation of the armed forces", "Exports must be diversified into A,
B and C" -> "diversification of exports into A, B and C": what the document wants done, as a noun phrase (the
writers of policy summaries name a priority so), the noun from nominals.tsv or the suffix rules below.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# suffixes of a verb and of its noun ("modernise" -> "modernisation", "diversify" -> "diversification")
_SUFFIXES = (("ise", "isation"), ("ize", "ization"), ("ify", "ification"), ("ate", "ation"))


def action_noun(verb: Token, nouns: dict[str, str]) -> str:
    """The noun of the action of ``verb`` (a participle): from ``nouns`` (verb -> noun), else by its suffix, else its
    gerund ("re-equipped" -> "re-equipping")."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    if particle:  # "is to be phased out": the noun of the phrasal verb, else none
        return nouns.get(f"{lemma} {particle}", "")
    if lemma in nouns:
        return nouns[lemma]
    for suffix, noun in _SUFFIXES:
        if lemma.endswith(suffix):
            return lemma[: -len(suffix)] + noun
    word = verb.lower_
    if word.endswith("ed") and not word.endswith("eed"):
        return word[:-2] + "ing"
    return ""


def goal_participle(doc: Doc, start: int, end: int) -> Token | None:
    """The passive participle of a goal cue in tokens [start, end) ("are to be (further) modernised", "must be
    protected"), else None."""
    verb = next((t for t in reversed(doc[start:end]) if t.tag_ == "VBN"), None)
    if verb is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return verb


def goal_relation(doc: Doc, subject: str, verb: Token, end: int, nouns: dict[str, str]) -> str:
    """"<noun of the verb> of <subject> <what follows the verb up to token end>", or "" when the verb has no noun."""
    noun = action_noun(verb, nouns)
    if not noun or not subject:
        return ""
    rest = "".join(t.text_with_ws for t in doc[verb.i + 1:end] if t.dep_ != "prt").strip()
    return f"{noun} of {subject}" + (f" {rest}" if rest and not rest.startswith((",", ".")) else "")
