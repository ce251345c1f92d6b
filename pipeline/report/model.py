"""Report helper: what the page shows, gathered from the tables and the raw texts (no HTML here)."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import SupportsInt

import pandas as pd

from ..config import Settings
from ..corpus import read_document
from ..schemas import SCHEMAS
from .highlight import Highlight, RowLink

log = logging.getLogger(__name__)

N_SPEAKER_COLOURS = 12
_ENTITY_CSS = {"PERSON": "ent-person", "ORG": "ent-org", "COUNTRY": "ent-country"}


def text_of(value: object) -> str:
    """A table cell as text ('' for missing values)."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


def int_of(value: object) -> int | None:
    """A table cell as an int (None for missing values and for what is no number)."""
    if not isinstance(value, SupportsInt | str) or pd.isna(value):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class SpeakerView:
    speaker_id: str
    name: str
    role: str
    organization: str
    country: str
    n_quotes: int
    colour: int  # index into the speaker palette
    affiliations: tuple[str, ...] = ()  # "role, organization (country)" as stated in the text

    @property
    def affiliation(self) -> str:
        parts = [p for p in (self.role, self.organization, self.country) if p]
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class QuoteView:
    quote_id: str
    speaker_id: str
    speaker: str
    kind: str
    cue: str
    text: str
    start: int | None
    end: int | None
    confidence: float | None
    source: str = ""  # the organization, state or group the statement is attributed to (no speaker)


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One row of claims.csv as the page shows it (``about`` as entity names)."""

    claim_id: str
    claimant: str
    kind: str
    hedged: bool
    hedge: str
    kind_cue: str
    text: str
    about: tuple[str, ...]
    quote_id: str = ""


CLAIM_KINDS = ("recommendation", "prediction", "opinion", "fact")
DOCUMENT_VOICE = "(the document)"  # the claimant of the document's own claims in the charts


@dataclass
class DocView:
    """One document of the report."""

    doc_id: str
    path: str
    title: str
    status: str
    error: str
    encoding: str
    published: str
    text: str | None = None
    note: str = ""  # why the text is not shown
    speakers: list[SpeakerView] = field(default_factory=list)
    quotes: list[QuoteView] = field(default_factory=list)
    highlights: list[Highlight] = field(default_factory=list)
    countries: list[tuple[str, str, int]] = field(default_factory=list)  # iso3, name, n_mentions
    organizations: list[tuple[str, str, int]] = field(default_factory=list)  # name, acronym, n_mentions
    priorities: list[dict[str, str]] = field(default_factory=list)
    claims: list[ClaimView] = field(default_factory=list)

    def speaker(self, speaker_id: str) -> SpeakerView | None:
        return next((s for s in self.speakers if s.speaker_id == speaker_id), None)


def table(tables: dict[str, pd.DataFrame], name: str) -> pd.DataFrame:
    """A table by name, or the schema's empty frame when the run did not write it."""
    if name in tables:
        return tables[name]
    return SCHEMAS[name].empty() if name in SCHEMAS else pd.DataFrame()


def raw_texts(documents: pd.DataFrame, raw_dir: Path | None) -> dict[str, tuple[str | None, str]]:
    """doc_id -> (decoded text or None, note). The text is decoded exactly as the run did.

    A file whose hash differs from documents.csv is not shown (its offsets would be wrong).
    """
    out: dict[str, tuple[str | None, str]] = {}
    settings = Settings(max_bytes=2**62, max_chars=2**62)  # the run's size limits let these documents through
    for row in documents.itertuples(index=False):
        doc_id, rel = text_of(row.doc_id), text_of(row.path)
        if text_of(row.status) != "ok":
            out[doc_id] = (None, "")
            continue
        if raw_dir is None:
            out[doc_id] = (None, "text not shown: no raw folder given")
            continue
        path = Path(raw_dir) / rel
        if not path.is_file():
            out[doc_id] = (None, f"text not shown: {path} not found")
            continue
        doc = read_document(path, Path(raw_dir), settings)
        if text_of(row.sha256) and doc.sha256 != text_of(row.sha256):
            out[doc_id] = (None, f"text not shown: {rel} changed since the tables were made (rerun the pipeline)")
        else:
            out[doc_id] = (doc.text, "")
    return out


def _speakers(frame: pd.DataFrame, quotes: pd.DataFrame, affiliations: pd.DataFrame) -> list[SpeakerView]:
    order = [text_of(s) for s in quotes.sort_values("start", na_position="last")["speaker_id"]]
    order += [text_of(s) for s in frame["speaker_id"]]
    colour = {sid: i % N_SPEAKER_COLOURS for i, sid in enumerate(dict.fromkeys(s for s in order if s))}
    stated: dict[str, list[str]] = {}
    for a in affiliations.itertuples(index=False):
        desc = ", ".join(p for p in (text_of(a.role), text_of(a.organization)) if p)
        if text_of(a.country):
            desc += f" ({text_of(a.country)})"
        if desc:
            stated.setdefault(text_of(a.person_id), []).append(desc)
    views = []
    for s in frame.itertuples(index=False):
        sid = text_of(s.speaker_id)
        views.append(SpeakerView(sid, text_of(s.name), text_of(s.role), text_of(s.organization), text_of(s.country),
                                 int_of(s.n_quotes) or 0, colour.get(sid, 0),
                                 tuple(dict.fromkeys(stated.get(sid, ())))))
    return sorted(views, key=lambda v: (-v.n_quotes, v.name))


def _highlights(doc: DocView, mentions: pd.DataFrame, priorities: pd.DataFrame) -> list[Highlight]:
    # quotes first, so that their classes lead in overlapping pieces
    hs: list[Highlight] = []
    for q in doc.quotes:
        if q.start is None or q.end is None:
            continue
        spk = doc.speaker(q.speaker_id)
        colour = spk.colour if spk else "none"
        who = q.speaker or (f"{q.source} (source)" if q.source else "unattributed")
        if spk and spk.affiliation:
            who += f" ({spk.affiliation})"
        hs.append(Highlight(q.start, q.end, f"quote quote-{q.kind} spk-{colour}", f"{q.kind} quote: {who}",
                            link=quote_link(q.quote_id)))
    for p in priorities.itertuples(index=False):
        start, end = int_of(p.start), int_of(p.end)
        if start is not None and end is not None:
            partner = text_of(p.partner_code) or text_of(p.partner)
            hs.append(Highlight(start, end, "priority",
                                f"priority {text_of(p.rank)} of {text_of(p.owner_iso3)}"
                                + (f" → {partner}" if partner else "")))
    for m in mentions.itertuples(index=False):
        start, end = int_of(m.start), int_of(m.end)
        css = _ENTITY_CSS.get(text_of(m.label), "ent-other")
        if start is not None and end is not None:
            hs.append(Highlight(start, end, f"ent {css}", f"{text_of(m.label)}: {text_of(m.text)}"))
    return hs


def quote_link(quote_id: str) -> RowLink:
    """The link between a quote in the text and its row, labelled with the quote's short id (after '#')."""
    return RowLink(quote_id, quote_id.rsplit("#", 1)[-1])


def document_views(tables: dict[str, pd.DataFrame], texts: dict[str, tuple[str | None, str]]) -> list[DocView]:
    """Every document of documents.csv with its speakers, quotes, entities and highlights."""
    documents = table(tables, "documents")
    by_doc = {name: dict(tuple(table(tables, name).groupby("doc_id", sort=False)))
              for name in ("speakers", "quotes", "mentions", "countries", "organizations", "policy_priorities",
                           "affiliations", "claims") if len(table(tables, name))}
    names = entity_names(tables)

    def rows(name: str, doc_id: str) -> pd.DataFrame:
        return by_doc.get(name, {}).get(doc_id, table(tables, name).iloc[0:0])

    views = []
    for d in documents.itertuples(index=False):
        doc_id = text_of(d.doc_id)
        text, note = texts.get(doc_id, (None, ""))
        view = DocView(doc_id, text_of(d.path), text_of(d.title), text_of(d.status), text_of(d.error),
                       text_of(getattr(d, "encoding", "")), text_of(d.published), text, note)
        quotes = rows("quotes", doc_id)
        view.speakers = _speakers(rows("speakers", doc_id), quotes, rows("affiliations", doc_id))
        view.quotes = [
            QuoteView(text_of(q.quote_id), text_of(q.speaker_id), text_of(q.speaker), text_of(q.kind), text_of(q.cue),
                      text_of(q.text), int_of(q.start), int_of(q.end),
                      None if pd.isna(q.confidence) else float(q.confidence), text_of(getattr(q, "source", "")))
            for q in quotes.sort_values(["start", "quote_id"], na_position="last").itertuples(index=False)
        ]
        view.countries = [(text_of(c.iso3), text_of(c.name), int_of(c.n_mentions) or 0)
                          for c in rows("countries", doc_id).itertuples(index=False)]
        view.organizations = [(text_of(o.name), text_of(o.acronym), int_of(o.n_mentions) or 0)
                              for o in rows("organizations", doc_id).itertuples(index=False)]
        view.claims = _claims(rows("claims", doc_id), names)
        prios = rows("policy_priorities", doc_id)
        view.priorities = [{k: text_of(v) for k, v in r.items()} for r in prios.to_dict("records")]
        if text is not None:
            view.highlights = _highlights(view, rows("mentions", doc_id), prios)
        views.append(view)
    return views


def entity_names(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    """entity_id -> its name (entities.csv), to show claims' ``about`` ids."""
    return {text_of(e.entity_id): text_of(e.name) or text_of(e.code)
            for e in table(tables, "entities").itertuples(index=False)}


def _claims(frame: pd.DataFrame, names: dict[str, str]) -> list[ClaimView]:
    """A document's claims in text order; columns a run before schema 1.1 lacks read as empty."""
    views = []
    for c in frame.sort_values(["start", "claim_id"], na_position="last").to_dict("records"):
        about = tuple(names.get(i, i) for i in text_of(c.get("about")).split("|") if i)
        views.append(ClaimView(text_of(c.get("claim_id")), text_of(c.get("claimant")), text_of(c.get("kind")),
                               text_of(c.get("hedged")).lower() == "true", text_of(c.get("hedge")),
                               text_of(c.get("kind_cue")), text_of(c.get("text")), about, text_of(c.get("quote_id"))))
    return views


def claims_by_kind_and_claimant(tables: dict[str, pd.DataFrame], *, top: int = 12) -> dict[tuple[str, str], int]:
    """{(claimant, kind): claims} over the corpus for the ``top`` claimants with most claims; the document's
    own claims count for "(the document)"."""
    claims = table(tables, "claims")
    if "kind" not in claims:
        return {}
    counts = Counter((text_of(c) or DOCUMENT_VOICE, text_of(k) or "?")
                     for c, k in zip(claims["claimant"], claims["kind"], strict=True))
    totals: Counter[str] = Counter()
    for (claimant, _), n in counts.items():
        totals[claimant] += n
    kept = {c for c, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:top]}
    return {key: n for key, n in counts.items() if key[0] in kept}


def quotes_per_speaker(tables: dict[str, pd.DataFrame]) -> list[tuple[str, int]]:
    """(speaker name, quotes) over the corpus, most quoted first; unattributed quotes last. A statement
    of an organization, state or group counts for its source ("Russian Foreign Ministry (source)")."""
    quotes = table(tables, "quotes")
    sources = quotes["source"] if "source" in quotes else [""] * len(quotes)
    counts = Counter(text_of(s) or (f"{text_of(src)} (source)" if text_of(src) else "(unattributed)")
                     for s, src in zip(quotes["speaker"], sources, strict=True))
    return sorted(counts.items(), key=lambda kv: (kv[0] == "(unattributed)", -kv[1], kv[0]))


def countries_by_mentions(tables: dict[str, pd.DataFrame]) -> list[tuple[str, int]]:
    """("Name (ISO3)", mentions) summed over documents, most mentioned first."""
    counts: Counter[str] = Counter()
    for c in table(tables, "countries").itertuples(index=False):
        counts[f"{text_of(c.name) or text_of(c.iso3)} ({text_of(c.iso3)})"] += int_of(c.n_mentions) or 0
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def priority_matrix(tables: dict[str, pd.DataFrame]) -> dict[tuple[str, str], int]:
    """{(owner ISO3, partner): number of priorities}; partner = code, else name, else '(none)'."""
    counts: Counter[tuple[str, str]] = Counter()
    for p in table(tables, "policy_priorities").itertuples(index=False):
        partner = text_of(p.partner_code) or text_of(p.partner) or "(none)"
        counts[(text_of(p.owner_iso3) or "?", partner)] += 1
    return dict(counts)
