"""Stage 2 helper: person-role-organization relations stated around a person mention.

Patterns (token level, around the name):
  after:  "X, [Kazakhstani] researcher at [the Department of ... at] Y", "X, who heads Y",
          "X (Y)", "X from Y", "X of Y"
  before: "[Y's | Y | Russian] Director X", "the secretary of [the country's] Y, X"
"""

from __future__ import annotations

from collections import Counter

import numpy
from spacy.attrs import POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span

from ...acronyms import is_capitals_word
from ...annotations import PersonAffiliation
from ...sentences import sentence_of
from .lexicon import PersonLexicon
from .names import NameMention
from .roles import Found, institution, org_phrase, owner_before, role_after, role_before
from .tokens import POSSESSIVE, is_newline, skip_markup, token_spans

_DETS = frozenset({"the", "a", "an"})
_NAME_PREPS = frozenset({"from", "of", "at", "with"})


def _after(doc: Doc, m: NameMention, lex: PersonLexicon, countries: list[Span | None]) -> tuple[str, Found | None, str, int]:
    """(role, organization, country, end token) stated after the name, or empty values."""
    n, k = len(doc), skip_markup(doc, m.end)
    if k >= n:
        return "", None, "", k
    if doc[k].text == ",":
        k += 1
        while k < n and doc[k].lower_ in _DETS:
            k += 1
        country = ""
        if k < n and countries[k] is not None:
            country, k = countries[k].kb_id_, countries[k].end
            if k < n and doc[k].text in POSSESSIVE:
                k += 1
        role = role_after(doc, k, lex)
        if role is None and not country and k + 1 < n and doc[k].text[:1].isupper() and doc[k].pos_ in {"ADJ", "PROPN"}:
            role = role_after(doc, k + 1, lex)  # a demonym the country ruler did not know
        if role is not None:
            k = role.end
            if k < n and doc[k].lower_ in {"at", "of", "with", "from", "in", "for", "to"}:
                inst = institution(doc, k + 1, lex, countries)
                if inst is not None:
                    return role.text, inst if inst.text else None, inst.country or country, inst.end
            return role.text, None, country, k
        org = org_phrase(doc, k, lex)  # "X, Northbridge University" closing a line or list item
        if org is not None and doc[org.end - 1].lower_ in lex.org_heads and (
                org.end == n or is_newline(doc[org.end]) or doc[org.end].text in {";", ")"}):
            return "", org, "", org.end
        country = ""  # a country alone after a comma is not an apposition ("According to X, Russia ...")
        if k + 1 < n and doc[k].lower_ == "who" and doc[k + 1].lower_ in lex.head_verb_roles:
            inst = institution(doc, k + 2, lex, countries)
            if inst is not None:
                return lex.head_verb_roles[doc[k + 1].lower_], inst if inst.text else None, inst.country, inst.end
        return "", None, country, k
    if doc[k].text == "(" and k + 2 < n and countries[k + 1] is not None and doc[countries[k + 1].end].text == ")":
        return "", None, countries[k + 1].kb_id_, countries[k + 1].end + 1  # "X (Uzbekistan)"
    if doc[k].text == "(":
        found = org_phrase(doc, k + 1, lex)
        if found is not None and found.end < n and doc[found.end].text == ")" and "-" not in found.text:
            words = [t.lower_ for t in doc[found.start:found.end]]
            if is_capitals_word(doc[found.start].text) or any(w in lex.org_heads for w in words):
                return "", found, "", found.end + 1
    if doc[k].lower_ in _NAME_PREPS:
        inst = institution(doc, k + 1, lex, countries)
        if inst is not None and (inst.country or any(t.lower_ in lex.org_heads or is_capitals_word(t.text)
                                                     for t in doc[inst.start:inst.end])):
            return "", inst if inst.text else None, inst.country, inst.end
    return "", None, "", m.end


def _before(doc: Doc, m: NameMention, lex: PersonLexicon, countries: list[Span | None],
            orgs: list[Span | None]) -> tuple[str, Found | None, str, int]:
    """(role, organization, country, start token) stated before the name."""
    role = role_before(doc, m.start, lex)
    if role is not None:
        owner = owner_before(doc, role.start, lex, countries, orgs)
        if owner is None:
            return role.text, None, "", role.start
        return role.text, owner if owner.text else None, owner.country, owner.start
    if m.start >= 2 and doc[m.start - 1].text == ",":
        for p in range(m.start - 2, max(-1, m.start - 20), -1):
            if doc[p].lower_ in {"of", "at"}:
                inst = institution(doc, p + 1, lex, countries)
                if inst is None or inst.end != m.start - 1:
                    break
                role = role_before(doc, p, lex)
                if role is None:
                    break
                return role.text, inst if inst.text else None, inst.country, role.start
            if doc[p].is_punct and doc[p].text not in POSSESSIVE:
                break
    return "", None, "", m.start


def _main_country(doc: Doc, countries: list[Span], at: int) -> str:
    """The country "the country's" refers to: the last one named earlier in the sentence,
    else the document's most named country when its title names it too."""
    sent = sentence_of(doc[at])
    earlier = [c for c in countries if sent.start <= c.start < at]
    if earlier:
        return earlier[-1].kb_id_
    counts = Counter(c.kb_id_ for c in countries)
    if not counts:
        return ""
    top, _ = counts.most_common(1)[0]
    first_line_end = next((t.i for t in doc if t.is_space and "\n" in t.text), len(doc))
    return top if any(c.kb_id_ == top and c.start < first_line_end for c in countries) else ""


def _panel_sentences(doc: Doc, lex: PersonLexicon) -> list[tuple[int, int]]:
    """Token ranges (from the cue to the sentence end) that present the event's speakers."""
    ranges: list[tuple[int, int]] = []
    for i in numpy.flatnonzero(doc.to_array(POS) == NOUN).tolist() if len(doc) else []:
        tok = doc[i]
        if tok.lemma_.lower() not in lex.panel_cues:  # cue nouns are rare: start from them
            continue
        sent = sentence_of(tok)
        if ranges and ranges[-1][1] == sent.end:
            continue  # the sentence's first cue noun opens the range
        if any(t.lemma_.lower() in lex.panel_verbs for t in sent):
            ranges.append((i, sent.end))
    return ranges


def affiliations(doc: Doc, named: list[tuple[NameMention, str]], lex: PersonLexicon,
                 countries: list[Span], orgs: list[Span]) -> list[PersonAffiliation]:
    """One PersonAffiliation per stated relation, plus empty ones for panellists without one."""
    n = len(doc)
    c_cover, o_cover = token_spans(countries, n), token_spans(orgs, n)
    panels = _panel_sentences(doc, lex)
    out: list[PersonAffiliation] = []
    seen: set[tuple[str, str, str, str]] = set()
    panelists: set[str] = set()
    for m, name in named:
        panelist = not m.byline and any(s <= m.start < e for s, e in panels)
        if panelist:
            panelists.add(name)
        for role, org, country, lo, hi in _relations(doc, m, lex, c_cover, o_cover):
            if country == "?":
                country = _main_country(doc, countries, lo)
            key = (name, role, org, country)
            if key in seen or not (role or org or country):
                continue
            seen.add(key)
            start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
            out.append(PersonAffiliation(name, role, org, country, start, end, doc[lo:hi].text, panelist))
    listed = {a.name for a in out if a.panelist}
    for m, name in named:
        if name in panelists and name not in listed:
            listed.add(name)
            start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
            out.append(PersonAffiliation(name, "", "", "", start, end, doc[m.start:m.end].text, True))
    return out


def _relations(doc: Doc, m: NameMention, lex: PersonLexicon, c_cover: list[Span | None],
               o_cover: list[Span | None]) -> list[tuple[str, str, str, int, int]]:
    rels = []
    role, org, country, lo = _before(doc, m, lex, c_cover, o_cover)
    if role or org or country:
        rels.append((role, org.text if org else "", country, lo, m.end))
    role, org, country, hi = _after(doc, m, lex, c_cover)
    if role or org or country:
        rels.append((role, org.text if org else "", country, m.start, hi))
    return rels
