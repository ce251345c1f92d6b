"""Stage 2 helper for pipeline_org_ruler: names the NER reads as persons that a person's work places as a body.

"Wei Lan, country manager of Hengtai Lithium, said": a role of ``employer_roles.txt`` and "of" / "at" before
capitalized words the NER calls a person, closed by punctuation, make those words the employer, a body (a person
is no one's employer there: "spokesman of President X" is a title's, which :func:`.contexts.name_ok` refuses).
"Anatolia Yapı, based in Ankara, offered the lowest price": a name the text places with ", based in" is a body
(:func:`based_names`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..tokens import span_text
from .contexts import blocked_tokens, name_ok, run_after
from .lexicon import OrgLexicon
from .patterns import CONTEXT, OrgCandidate
from .tokens import positions, word_ids, words_of

_OF = frozenset({"of", "at"})
_CLOSERS = frozenset({",", ".", ";"})
_BASED = word_ids(["based"])
_WHICH = frozenset({"which", "that"})  # "X, which is based in Y"
_IS = frozenset({"is", "was"})


def employer_names(doc: Doc, lex: OrgLexicon, blocked: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Every "<employer role> of|at [the] <name the NER calls a person>," of ``doc``, keyed by the name.

    Example: "Wei Lan, country manager of Hengtai Lithium, said that the company would invest" -> [OrgCandidate
    for "Hengtai Lithium"]; not "a professor of Political Science," (no role of the list, no person's name).
    """
    if not lex.employer_roles:
        return []
    bad = blocked_tokens(doc, blocked)
    w = words_of(doc)
    n = len(doc)
    out = []
    for i in positions(doc, word_ids(_OF)):
        if i == 0 or w.lower[i - 1] not in lex.employer_roles or not w.is_lower[i - 1]:
            continue
        start = i + 1 + (i + 1 < n and w.lower[i + 1] == "the")
        end = run_after(w, start, lex)
        if end - start < 2 or end >= n or w.text[end] not in _CLOSERS:
            continue
        if not all(w.ent_type[k] == "PERSON" for k in range(start, end)):
            continue  # a name the NER does not read as a person is the other rules' to judge
        if name_ok(doc, start, end, lex, bad, person_ok=True):
            out.append(OrgCandidate(start, end, span_text(doc, start, end), CONTEXT))
    return out


def based_names(doc: Doc, lex: OrgLexicon, blocked: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Every "<name>, [which is] based in <place>" of ``doc``, keyed by the name.

    Example: "Southern Cross Elements, based in Perth, will invest" -> [OrgCandidate for "Southern Cross Elements"].
    """
    bad = blocked_tokens(doc, blocked)
    w = words_of(doc)
    n = len(doc)
    out = []
    for i in positions(doc, _BASED):
        if i + 1 >= n or w.lower[i + 1] != "in":
            continue
        comma = i - 1
        if comma >= 2 and w.lower[comma] in _IS and w.lower[comma - 1] in _WHICH:
            comma -= 2
        if comma < 1 or w.text[comma] != ",":
            continue
        start = comma
        while start > 0 and (w.cap[start - 1] or w.text[start - 1] == "-") and w.text[start - 1] not in lex.left_stop:
            start -= 1
        if start < comma and w.cap[start] and name_ok(doc, start, comma, lex, bad, person_ok=True, untagged=True):
            out.append(OrgCandidate(start, comma, span_text(doc, start, comma), CONTEXT))
    return out
