"""Stage 5 helpers: one row builder per contract table (record + resolution -> row).

Kept apart from the writer so the mapping from records to the contract's
columns can be read in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .normalize import Resolution
from .normalize.ids import entity_id, local_id, slug
from .records import (
    Affiliation,
    Claim,
    CountryRef,
    Document,
    EntityRef,
    Mention,
    OrganizationRef,
    PolicyPriority,
    Quote,
    Speaker,
)

Row = dict[str, object]
RowBuilder = Callable[[str, Any, Resolution], Row]  # each builder takes its own table's record type


def _person(res: Resolution, doc_id: str, name: str) -> tuple[str, str]:
    ref = EntityRef("PERSON", name)
    return res.id(doc_id, ref), (res.canonical(doc_id, ref) if name else "")


def _org_id(res: Resolution, doc_id: str, name: str) -> str:
    return res.id(doc_id, EntityRef("ORG", name))


def _mention(doc_id: str, m: Mention, res: Resolution) -> Row:
    return {
        "doc_id": doc_id,
        "mention_id": local_id(doc_id, "m", m.start) + f"-{m.label.lower()}",
        "entity_id": res.id(doc_id, EntityRef(m.label, m.key)),
        "label": m.label,
        "text": m.text,
        "start": m.start,
        "end": m.end,
        "sentence_start": m.sentence_start,
        "extractor": m.extractor,
    }


def _speaker(doc_id: str, s: Speaker, res: Resolution) -> Row:
    sid, name = _person(res, doc_id, s.name)
    return {"doc_id": doc_id, "speaker_id": sid, "name": name, "role": s.role, "organization": s.organization,
            "country": s.country, "n_quotes": s.n_quotes}


def _affiliation(doc_id: str, a: Affiliation, res: Resolution) -> Row:
    pid, person = _person(res, doc_id, a.name)
    return {"doc_id": doc_id, "person_id": pid, "person": person, "role": a.role,
            "organization_id": _org_id(res, doc_id, a.organization), "organization": a.organization,
            "country": a.country, "start": a.start, "end": a.end, "evidence": a.evidence}


def _source_id(res: Resolution, doc_id: str, q: Quote) -> str:
    """The entity id of a quote's source: the organization's or country's id, ``group:<slug>`` for a group."""
    if not q.source:
        return ""
    if q.source_label in ("ORG", "COUNTRY") and q.source_key:
        ref = EntityRef(q.source_label, q.source_key)
        return res.id(doc_id, ref) or entity_id(q.source_label, q.source_key)
    return entity_id("GROUP", q.source)


def _quote(doc_id: str, q: Quote, res: Resolution) -> Row:
    sid, name = _person(res, doc_id, q.speaker)
    return {"doc_id": doc_id, "quote_id": local_id(doc_id, "q", q.index), "speaker_id": sid, "speaker": name,
            "source_id": _source_id(res, doc_id, q), "source": q.source,
            "kind": q.kind, "cue": q.cue, "text": q.text, "start": q.start, "end": q.end,
            "confidence": round(float(q.confidence), 3)}


def _claim(doc_id: str, c: Claim, res: Resolution) -> Row:
    if c.claimant_label == "PERSON":
        cid, name = _person(res, doc_id, c.claimant)
    elif c.claimant_label == "COUNTRY" and c.claimant_key:  # a state (or its capital): its ISO3, as in `about`
        cid = res.id(doc_id, c.claimant_ref) or entity_id("COUNTRY", c.claimant_key)
        name = c.claimant_key
    else:  # an organization as the source: its id and name where it resolves, else as written
        cid = res.id(doc_id, c.claimant_ref)
        name = res.canonical(doc_id, c.claimant_ref) if cid else c.claimant
    about = sorted({res.id(doc_id, ref) for ref in c.about} - {""})
    return {"doc_id": doc_id, "claim_id": local_id(doc_id, "c", c.index), "claimant_id": cid, "claimant": name,
            "quote_id": local_id(doc_id, "q", c.quote_index) if c.quote_index is not None else "",
            "kind": c.kind, "hedged": "true" if c.hedged else "false", "text": c.text, "about": "|".join(about),
            "start": c.start, "end": c.end, "kind_cue": c.kind_cue, "hedge": c.hedge}


def _country(doc_id: str, c: CountryRef, res: Resolution) -> Row:
    return {"doc_id": doc_id, "iso3": c.iso3, "name": c.name, "n_mentions": c.n_mentions,
            "surface_forms": "|".join(c.surface_forms), "first_start": c.first_start,
            "entity_id": res.id(doc_id, EntityRef("COUNTRY", c.iso3)) or entity_id("COUNTRY", c.iso3)}


def _organization(doc_id: str, o: OrganizationRef, res: Resolution) -> Row:
    return {"doc_id": doc_id, "organization_id": _org_id(res, doc_id, o.key), "name": o.name,
            "acronym": o.acronym, "n_mentions": o.n_mentions, "surface_forms": "|".join(o.surface_forms)}


def _priority(doc_id: str, p: PolicyPriority, res: Resolution) -> Row:
    sid, _ = _person(res, doc_id, p.speaker)
    partner = slug(p.partner_code or p.partner) if (p.partner_code or p.partner) else "none"
    return {"doc_id": doc_id, "priority_id": f"{local_id(doc_id, 'p', p.start)}-{p.rank}-{partner}",
            "owner_iso3": p.owner_iso3, "document": p.document, "period_start": p.period_start,
            "period_end": p.period_end, "adopted": p.adopted, "rank": p.rank, "priority": p.priority,
            "partner": p.partner, "partner_code": p.partner_code, "relation": p.relation, "speaker_id": sid,
            "start": p.start, "end": p.end}


ROW_BUILDERS: dict[str, RowBuilder] = {
    "mentions": _mention,
    "speakers": _speaker,
    "affiliations": _affiliation,
    "quotes": _quote,
    "claims": _claim,
    "countries": _country,
    "organizations": _organization,
    "policy_priorities": _priority,
}


def _merge_by(rows: list[Row], key: str, combine: Callable[[list[Row]], Row]) -> list[Row]:
    groups: dict[object, list[Row]] = {}
    for row in rows:
        groups.setdefault(row[key] or id(row), []).append(row)
    return [group[0] if len(group) == 1 else combine(group) for group in groups.values()]


def _first(group: list[Row], col: str) -> object:
    return next((r[col] for r in group if r.get(col) not in (None, "")), "")


def _count(value: object) -> int:
    """A count cell of a row this module built (an int, or empty)."""
    return value if isinstance(value, int) else 0


def _merge_speakers(rows: list[Row]) -> list[Row]:
    """Two local names of one person (resolved to one id) are one speaker."""

    def combine(group: list[Row]) -> Row:
        return {**group[0], **{c: _first(group, c) for c in ("role", "organization", "country")},
                "n_quotes": sum(_count(r["n_quotes"]) for r in group)}

    return _merge_by(rows, "speaker_id", combine)


def _merge_organizations(rows: list[Row]) -> list[Row]:
    """Two local keys of one organization (resolved to one id) are one row."""

    def combine(group: list[Row]) -> Row:
        forms = sorted({f for r in group for f in str(r["surface_forms"]).split("|") if f})
        return {**group[0], "name": max((str(r["name"]) for r in group), key=lambda n: (len(n), n)),
                "acronym": _first(group, "acronym"), "n_mentions": sum(_count(r["n_mentions"]) for r in group),
                "surface_forms": "|".join(forms)}

    return _merge_by(rows, "organization_id", combine)


# Tables whose rows for one document are combined when their ids coincide.
ROW_MERGERS: dict[str, Callable[[list[Row]], list[Row]]] = {
    "speakers": _merge_speakers,
    "organizations": _merge_organizations,
}


def document_row(d: Document) -> Row:
    return {"doc_id": d.doc_id, "path": d.path, "title": d.title, "published": d.published,
            "n_chars": d.n_chars, "n_words": d.n_words, "sha256": d.sha256, "status": d.status,
            "error": d.error, "encoding": d.encoding, "byline": d.byline}


def entity_rows(res: Resolution) -> Iterator[Row]:
    for e in res.entities:
        yield {"entity_id": e.entity_id, "label": e.label, "name": e.name, "code": e.code,
               "aliases": "|".join(e.aliases), "n_mentions": e.n_mentions, "n_docs": e.n_docs}
