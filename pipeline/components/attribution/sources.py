"""Stage 2 helper for pipeline_attribution: organizations, states and groups as sources.

"The Russian Foreign Ministry said that …", "Moscow insists …", "Richmond police said …": the
statement has no person as speaker; its source is the organization, state or group as written.
:func:`source_of` reads it from a ``group`` mention, with the entity it names when an organization
or country span covers the mention's head word; and from a ``role`` mention that names no person the
document has named before ("The mayor said …" at the top of an article), as "a spokesperson said" is.
A common noun tied to a named body keeps it ("a spokesperson for the City of Regina"), and a definite
description of a body named before is that body ("the health authority" after "Island Health").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Span

from .candidates import SpeakerMention
from .context import Context

ORG, COUNTRY, GROUP = "ORG", "COUNTRY", "GROUP"
# pronouns and relative words that a group mention can be: they name no source by themselves
_NOT_SOURCES = frozenset({"i", "we", "you", "they", "it", "who", "which", "that", "this", "these", "those",
                          "one", "us", "me", "them", "all", "each", "everyone", "everybody", "someone", "somebody",
                          "anyone", "nobody", "none", "what", "whom", "whose"})
_LEADING = ("the ", "The ")


@dataclass(frozen=True, slots=True)
class Source:
    """The organization, state or group a statement is attributed to.

    ``text`` is the mention as written without a leading "the"; ``label`` is ``ORG`` or ``COUNTRY``
    when an organization or country span covers the mention's head word (``key`` = that span's
    ``kb_id_``: the organization's canonical key or the ISO3 code), else ``GROUP`` (``key`` empty).
    """

    text: str
    label: str
    key: str
    start: int
    end: int


def _covering(spans: tuple[Span, ...], start: int, end: int) -> Span | None:
    """The span that covers the character range [start, end), if any."""
    return next((s for s in spans if s.start_char <= start and end <= s.end_char), None)


def _head(ctx: Context, m: SpeakerMention) -> tuple[int, int] | None:
    """Character bounds of the mention's last word (its head in English noun phrases)."""
    toks = ctx.tokens_from(m.start, m.end)
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if not words:
        return None
    return words[-1].idx, words[-1].idx + len(words[-1])


def source_of(mention: SpeakerMention | None, ctx: Context, bodies: Bodies | None = None) -> Source | None:
    """The source a ``group`` or unresolved ``role`` mention names, or None (a person, a pronoun, no
    mention). ``bodies``: the organizations and groups named so far, for a definite description.

    Example: "The Russian Foreign Ministry said that …" -> Source("Russian Foreign Ministry", "ORG",
    <the organization's key>); "Richmond police said …" -> Source("Richmond police", "GROUP", "");
    "The mayor said …" with no person named before -> Source("mayor", "GROUP", "").
    """
    if mention is None or mention.kind not in ("group", "role") or mention.text.lower() in _NOT_SOURCES:
        return None
    text, start = mention.text, mention.start
    for lead in _LEADING:
        if text.startswith(lead):
            text, start = text[len(lead):], start + len(lead)
    if not any(c.isalpha() for c in text):
        return None
    head = _head(ctx, mention)
    voiced = _voiced_body(text, start, ctx, bodies) if mention.kind == "group" else None
    if voiced is not None:  # "Russia's Foreign Ministry spokeswoman said": the ministry
        return voiced
    if head is not None and mention.kind == "group" and bodies is not None:
        named = _named_referent(text, start, head, ctx, bodies)
        if named is not None:  # "the health authority said" after "Interior Health": that organization
            return named
    if head is not None:
        end = _with_organization(ctx, head)
        if end > mention.end:  # "a spokesperson for the City of Toronto", "officials with Health Canada"
            org = _covering(ctx.organizations, end - 1, end)
            return Source(ctx.text[start:end], ORG if org is not None else GROUP,
                          org.kb_id_ or org.text if org is not None else "", start, end)
        org = _covering(ctx.organizations, *head)
        if org is not None:  # "Kazakhstan's Ministry of Foreign Affairs": the name runs past the head word
            start, end = min(start, org.start_char), max(mention.end, org.end_char)
            return Source(ctx.text[start:end], ORG, org.kb_id_ or org.text, start, end)
        country = _covering(ctx.countries, *head)
        if country is not None:
            return Source(text, COUNTRY, country.kb_id_, start, mention.end)
    return Source(text, GROUP, "", start, mention.end)


_ORG_PREPS = frozenset({"for", "with", "at", "from", "of"})


def _with_organization(ctx: Context, head: tuple[int, int]) -> int:
    """End of the organization (a proper name) the head noun of a common-noun source is tied to by a
    preposition right after it ("a spokesperson for the City of Toronto", "officials with the Ministry of
    Health"); else the head's end."""
    if ctx.text[head[1]:head[1] + 6].split(" ", 2)[1:2] not in (["for"], ["with"], ["at"], ["from"], ["of"]):
        return head[1]  # (a look at the text first: most sources have no such phrase)
    toks = ctx.tokens_from(*head)
    if not len(toks) or toks[-1].pos_ != "NOUN":
        return head[1]
    noun = toks[-1]
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1 and c.lower_ in _ORG_PREPS), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "PROPN":
        return head[1]
    org = _covering(ctx.organizations, obj.idx, obj.idx + len(obj))
    last = obj.right_edge
    while last.i > obj.i and (last.is_punct or last.pos_ not in ("PROPN", "NOUN")):
        last = last.nbor(-1)
    return max(org.end_char if org is not None else 0, last.idx + len(last))


def _named_referent(text: str, start: int, head: tuple[int, int], ctx: Context, bodies: Bodies) -> Source | None:
    """The body named before a definite description of it: "the health authority" after "Interior
    Health", "the agency" after "the Canadian Food Inspection Agency" (the latest one whose name has the
    description's head word or one of its modifiers)."""
    words = text.lower().split()
    if start < 4 or ctx.text[start - 4:start].lower() != "the " or not words \
            or words[-1] not in ctx.lex.org_words or not text[:1].islower():
        return None
    found = None
    if any(w.capitalize() in ctx.text[:start] for w in words):  # (no name with its words: none shares one)
        found = max((b for b in bodies.before(start) if not b.words.isdisjoint(words)), default=None,
                    key=lambda b: b.start)
    if found is None and len(words) == 1 and ctx.text[start - 4:start] == "the ":
        found = _last_speaking_body(start, ctx, bodies)
    if found is None:
        return None
    return Source(found.name, ORG if found.key else GROUP, found.key, start, head[1])


def _last_speaking_body(start: int, ctx: Context, bodies: Bodies) -> Body | None:
    """The body whose statement came last before ``start``, in this paragraph or the two before it
    ("Aire Valley Buses" for "the company" in "Aire Valley Buses said … In a statement, the company said").

    Only for a bare description inside a sentence (not "the army-aligned government"): one that opens a
    sentence ("The company said …") stays as written, as PolNeAR's annotators keep it; the blind news
    sets resolve both, so this is the one reading both conventions accept."""
    found = max((b for b in bodies.sources if b.end <= start), default=None, key=lambda b: b.start)
    if found is None or bisect_left(ctx.paragraphs, (start + 1,)) - bisect_left(ctx.paragraphs, (found.start + 1,)) > 2:
        return None
    return found


_INDEFINITE = ("a ", "an ", "A ", "An ")


def _voiced_body(text: str, start: int, ctx: Context, bodies: Bodies | None) -> Source | None:
    """The body a spokesperson or official speaks for, named before the noun ("Russia's Foreign Ministry
    spokeswoman" -> "Russia's Foreign Ministry", "A Slovak government spokesman" -> "Slovak government"),
    or named before in the text ("A council spokesman" after "Mercia County Council"); else None."""
    for lead in _INDEFINITE:
        if text.startswith(lead):
            text, start = text[len(lead):], start + len(lead)
    body_text, _, noun = text.rpartition(" ")
    if not body_text or noun.lower() not in ctx.lex.voice_nouns:
        return None
    words = body_text.split()
    while words and not words[0][:1].isupper() and words[0].lower() not in ctx.lex.org_words:
        start += len(words[0]) + 1  # "a senior State Department official": no "senior"
        words = words[1:]
    if not words or not (words[-1][:1].isupper() or words[-1].lower() in ctx.lex.org_words):
        return None  # "An Egyptian education official": no body named
    end = start + len(" ".join(words))
    if any(w[:1].isupper() and w.lower() not in ctx.lex.org_words for w in words):  # not "Village officials"
        org = _covering(ctx.organizations, end - 1, end)
        return Source(ctx.text[start:end], ORG if org is not None else GROUP,
                      org.kb_id_ or org.text if org is not None else "", start, end)
    if bodies is None or words[-1].lower() not in ctx.lex.org_words:
        return None
    found = max((b for b in bodies.before(start) if words[-1].lower() in b.words), default=None,
                key=lambda b: b.start)
    return Source(found.name, ORG if found.key else GROUP, found.key, start, end) if found is not None else None


@dataclass(frozen=True, slots=True)
class Body:
    """An organization or a named group a definite description can refer back to: its name as written
    (without a leading "the"), the lower-case words of the name, its entity key ('' for none) and bounds."""

    name: str
    words: frozenset[str]
    key: str
    start: int
    end: int


def body(name: str, key: str, start: int, end: int) -> Body | None:
    """A :class:`Body` for a proper name of more than one word ("Interior Health"), else None."""
    name = name.removeprefix("the ").removeprefix("The ")
    if len(name.split()) < 2 or not _proper(name):
        return None
    return Body(name, frozenset(w.lower() for w in name.split()), key, start, end)


class Bodies:
    """The bodies a document names (its organization spans and the parser's ORG entities, read on the
    first definite description: few documents need them) and the sources of its statements so far."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.named: list[Body] | None = None
        self.sources: list[Body] = []

    def add(self, src: Source) -> None:
        found = body(src.text, src.key, src.start, src.end)
        if found is not None:
            self.sources.append(found)

    def before(self, pos: int) -> list[Body]:
        """The bodies named before character ``pos``."""
        if self.named is None:
            ctx = self.ctx
            found = [body(o.text, o.kb_id_ or o.text, o.start_char, o.end_char) for o in ctx.organizations]
            found += [body(e.text, "", e.start_char, e.end_char) for e in ctx.doc.ents if e.label_ == "ORG"]
            self.named = [b for b in found if b is not None]
        return [b for b in self.named + self.sources if b.end <= pos]


def _proper(name: str) -> bool:
    """Whether ``name`` is written as a proper name ("Kelowna SPCA", "City of Brandon"; not "Budget
    analysts")."""
    return all(w[:1].isupper() for w in name.split() if len(w) > 3)
