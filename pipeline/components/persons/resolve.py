"""Stage 2 helper: person mentions (:mod:`.names`) resolved to full canonical names.

Full names with evidence are kept; a surname, an initial + surname or a titled mention joins the
full name it matches (the first one the text named, preferring names with evidence of their own).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..tokens import span_text
from .names import NameMention
from .tokens import is_newline, token_spans

_LABELS = 2  # lines a name opens before a colon: a Q&A's answers or questions, not one "Note:" line


def _surname_matches(m: NameMention, full: NameMention) -> bool:
    last = m.words[-1]
    if last not in full.words:
        return False
    if len(m.words) >= 2 and not set(m.words) <= set(full.words):
        return False
    return not m.initials or full.words[0][0] == m.initials[0]


def _full_names_having(fulls: list[NameMention]) -> dict[str, list[int]]:
    """For each name word, the positions in ``fulls`` of the full names holding it, in order: the only
    full names a mention ending in that word can match (:func:`_surname_matches`)."""
    having: dict[str, list[int]] = {}
    for k, full in enumerate(fulls):
        for word in dict.fromkeys(full.words):
            having.setdefault(word, []).append(k)
    return having


def _line_labels(doc: Doc, mentions: list[NameMention]) -> tuple[set[str], set[str]]:
    """The names that open lines before a colon, :data:`_LABELS` lines or more, in a Q&A: the last words of the one-word
    names whose lines answer ("Greene: Climate. ..."; a full name the text gives without other evidence, "E.P. Chet
    Greene has served as ...", is confirmed by them), and the names whose lines ask, all ending in a question mark
    ("Sahel Review: And France?": the interviewer, no person the text quotes)."""
    answers: dict[str, int] = {}
    questions: dict[str, int] = {}
    for m in mentions:
        if not ((m.start == 0 or is_newline(doc[m.start - 1])) and m.end < len(doc) and doc[m.end].text == ":"):
            continue
        k = m.end
        while k < len(doc) and not is_newline(doc[k]):
            k += 1
        if doc[k - 1].text == "?":
            text = span_text(doc, m.start, m.end)
            questions[text] = questions.get(text, 0) + 1
        elif not m.is_full:
            answers[m.words[-1]] = answers.get(m.words[-1], 0) + 1
    return ({word for word, n in answers.items() if n >= _LABELS},
            {text for text, n in questions.items() if n >= _LABELS})


def resolve_names(doc: Doc, mentions: list[NameMention], orgs: list[Span]) -> list[tuple[NameMention, str]]:
    """Keep the mentions that are persons and give each its full canonical name.

    Full names (two or more words) with evidence are kept; shorter mentions are kept when
    they match a kept full name (surname, or initial + surname) or have their own evidence.
    """
    answering, asking = _line_labels(doc, mentions)
    if asking:  # the interviewer's lines
        mentions = [m for m in mentions if span_text(doc, m.start, m.end) not in asking]
    o_cover = token_spans(orgs, len(doc))
    fulls = [m for m in mentions if m.is_full and (m.ner or m.strong or (m.weak and not any(
        o_cover[i] is not None for i in range(m.start, m.end))))]
    # a full name without evidence of its own is confirmed by a later "President Tokayev" / "Tokayev said"
    confirmed = {m.words[-1] for m in mentions if not m.is_full and (m.strong or (m.ner and m.weak))} | answering
    with_evidence = {m.start for m in fulls}  # mentions never overlap: a start names one
    for m in mentions:
        if m.is_full and m.start not in with_evidence and m.words[-1] in confirmed and not any(
                o_cover[i] is not None for i in range(m.start, m.end)):
            fulls.append(m)
    # the canonical name comes from a mention with evidence of its own, not from a headline's glue
    # ("Black Lawmakers Rip Donald Trump" joins "Donald Trump", named later in the text)
    fulls.sort(key=lambda m: (not (m.ner or m.strong or m.weak), m.start))
    canonical: dict[int, str] = {}
    groups: list[tuple[set[str], str]] = []
    for m in fulls:
        text = span_text(doc, m.start, m.end)
        words = set(m.words)
        for gwords, name in groups:
            if m.words[-1] in gwords and (words <= gwords or gwords <= words):
                canonical[m.start] = name
                break
        else:
            groups.append((words, text))
            canonical[m.start] = text
    having = _full_names_having(fulls)
    kept: list[tuple[NameMention, str]] = []
    for m in mentions:
        if m.start in canonical:
            kept.append((m, canonical[m.start]))
            continue
        options = [fulls[k] for k in having.get(m.words[-1], ()) if _surname_matches(m, fulls[k])]
        if options:
            # "Ted Cruz … Heidi Cruz … Cruz said": a bare surname is the person the text named first
            # (the relative is named in full or by first name), unless a title says otherwise
            before = [f for f in options if f.start < m.start] or options
            best = min(before, key=lambda f: (not (f.ner or f.strong or f.weak), f.start))  # not headline glue
            kept.append((m, canonical[best.start]))
        elif m.strong or (m.ner and m.weak):
            kept.append((m, span_text(doc, m.start, m.end)))
    return kept
