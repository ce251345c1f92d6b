"""Stage 2 helper for pipeline_org_ruler: news outlets, named where a text gives its source, and datelines.

"the minister told the Pacific Affairs Review", "KASSALA, Sudan, 6 March 2024 (Horn Dispatch) — ...": a capitalized
name that is told something, or that the parenthesis closing a dateline holds, is the outlet reporting it, even when
its last word elsewhere names a document ("Review", "Report"). The place in capitals that opens the dateline
("KASSALA") is no organization, whatever the NER says.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..tokens import span_text, token_numbers, token_table, word_ids
from .contexts import name_ok, run_after
from .lexicon import OrgLexicon
from .patterns import CONTEXT, OrgCandidate
from .tokens import words_of

_DASHES = frozenset({"\u2014", "\u2013", "-"})
_MAX_WORDS = 5
_TELL, _OPENING = word_ids(["tell"]), word_ids(["("])


def outlet_names(doc: Doc, lex: OrgLexicon, blocked: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Names of two words or more right after a form of "tell" ("told the Gulf Maritime Report that ...", not a
    person's: "told Maria Lopez"), and the name in a dateline's closing parenthesis ("6 March 2024 (Horn Dispatch)
    —")."""
    bad = {i for s, e in blocked for i in range(s, e)}
    w = words_of(doc)
    n = len(doc)
    out: list[OrgCandidate] = []
    table = token_table(doc)  # the forms of "tell" and the brackets, looked up there, not token by token
    for i in sorted({*table.having("lemma", _TELL), *table.having("orth", _OPENING)}):
        tok = doc[i]
        if tok.pos_ == "VERB" and tok.lemma_ == "tell":
            k = i + 1 + (i + 1 < n and w.lower[i + 1] == "the")
            end = run_after(w, k, lex)
            if 2 <= end - k <= _MAX_WORDS and name_ok(doc, k, end, lex, bad):
                out.append(OrgCandidate(k, end, span_text(doc, k, end), CONTEXT))
        elif tok.text == "(" and 0 < i and w.ent_type[i - 1] == "DATE":
            end = run_after(w, i + 1, lex)
            if end + 1 < n and w.text[end] == ")" and w.text[end + 1] in _DASHES and end - i - 1 <= _MAX_WORDS \
                    and name_ok(doc, i + 1, end, lex, bad, person_ok=True):  # the NER's "person" there is none
                out.append(OrgCandidate(i + 1, end, span_text(doc, i + 1, end), CONTEXT))
    return out


def dateline_place(doc: Doc, start: int, end: int, country_starts: set[int]) -> bool:
    """``doc[start:end]`` is the place in capitals that opens a line's dateline: a dash after it, or a comma and then
    a country, a place or a date ("TARAWA, Kiribati, 12 March 2024 \u2014", "GUNJUR \u2014")."""
    w = words_of(doc)  # (the shared word lists, not a Token per word)
    text, n = w.text, len(w.text)
    if start > 0 and "\n" not in text[start - 1] or not all(token_numbers(doc, "is_upper")[start:end]):
        return False
    if end < n and text[end] in _DASHES:
        return True
    return end + 1 < n and text[end] == "," and (end + 1 in country_starts or w.ent_type[end + 1] == "DATE")
