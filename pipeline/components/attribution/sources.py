"""Stage 2 helper for pipeline_attribution: organizations, states and groups as sources.

"The Russian Foreign Ministry said that …", "Moscow insists …", "Richmond police said …": the
statement has no person as speaker; its source is the organization, state or group as written.
:func:`source_of` reads it from a ``group`` mention, with the entity it names when an organization
or country span covers the mention's head word; and from a ``role`` mention that names no person the
document has named before ("The mayor said …" at the top of an article), as "a spokesperson said" is.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from .candidates import SpeakerMention
from .context import Context

ORG, COUNTRY, GROUP = "ORG", "COUNTRY", "GROUP"
# pronouns and relative words that a group mention can be: they name no source by themselves
_NOT_SOURCES = frozenset({"i", "we", "you", "they", "it", "who", "which", "that", "this", "these", "those",
                          "one", "us", "me", "them", "some", "many", "most", "others", "all", "both", "each",
                          "everyone", "everybody", "someone", "somebody", "anyone", "nobody", "none", "what",
                          "whom", "whose"})
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


def source_of(mention: SpeakerMention | None, ctx: Context) -> Source | None:
    """The source a ``group`` or unresolved ``role`` mention names, or None (a person, a pronoun, no
    mention).

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
    if head is not None:
        org = _covering(ctx.organizations, *head)
        if org is not None:  # "Kazakhstan's Ministry of Foreign Affairs": the name runs past the head word
            start, end = min(start, org.start_char), max(mention.end, org.end_char)
            return Source(ctx.text[start:end], ORG, org.kb_id_ or org.text, start, end)
        country = _covering(ctx.countries, *head)
        if country is not None:
            return Source(text, COUNTRY, country.kb_id_, start, mention.end)
    return Source(text, GROUP, "", start, mention.end)
