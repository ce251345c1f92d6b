"""Stage 5, write: records -> DataFrames -> validated, sorted CSVs.

The ONLY code that writes tables. Each built-in table has one row builder
here; an extension's table comes with its own schema and ``to_row``.
Writes are atomic (temp file + ``os.replace``) and deterministic.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import pandas as pd

from .errors import Errors, PipelineError
from .normalize import Resolution
from .normalize.ids import entity_id, local_id
from .records import (
    Affiliation,
    Claim,
    CountryRef,
    DocResult,
    EntityRef,
    Mention,
    OrganizationRef,
    PolicyPriority,
    Quote,
    Speaker,
)
from .registry import Extractor
from .schemas import SCHEMAS, TableSchema

Row = dict[str, object]
RowBuilder = Callable[[str, object, Resolution], Row]


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
    pid, person = _person(res, doc_id, a.person)
    return {"doc_id": doc_id, "person_id": pid, "person": person, "role": a.role,
            "organization_id": _org_id(res, doc_id, a.organization), "organization": a.organization,
            "country": a.country, "start": a.start, "end": a.end, "evidence": a.evidence}


def _quote(doc_id: str, q: Quote, res: Resolution) -> Row:
    sid, name = _person(res, doc_id, q.speaker)
    return {"doc_id": doc_id, "quote_id": local_id(doc_id, "q", q.index), "speaker_id": sid, "speaker": name,
            "kind": q.kind, "cue": q.cue, "text": q.text, "start": q.start, "end": q.end,
            "confidence": round(float(q.confidence), 3)}


def _claim(doc_id: str, c: Claim, res: Resolution) -> Row:
    cid, name = _person(res, doc_id, c.claimant)
    about = sorted({res.id(doc_id, ref) for ref in c.about} - {""})
    return {"doc_id": doc_id, "claim_id": local_id(doc_id, "c", c.index), "claimant_id": cid, "claimant": name,
            "quote_id": local_id(doc_id, "q", c.quote_index) if c.quote_index is not None else "",
            "text": c.text, "about": "|".join(about), "start": c.start, "end": c.end}


def _country(doc_id: str, c: CountryRef, res: Resolution) -> Row:
    return {"doc_id": doc_id, "iso3": c.iso3, "name": c.name, "n_mentions": c.n_mentions,
            "surface_forms": "|".join(c.surface_forms), "first_start": c.first_start,
            "entity_id": res.id(doc_id, EntityRef("COUNTRY", c.iso3)) or entity_id("COUNTRY", c.iso3)}


def _organization(doc_id: str, o: OrganizationRef, res: Resolution) -> Row:
    return {"doc_id": doc_id, "organization_id": _org_id(res, doc_id, o.key), "name": o.name,
            "acronym": o.acronym, "n_mentions": o.n_mentions, "surface_forms": "|".join(o.surface_forms)}


def _priority(doc_id: str, p: PolicyPriority, res: Resolution) -> Row:
    sid, _ = _person(res, doc_id, p.speaker)
    return {"doc_id": doc_id, "priority_id": local_id(doc_id, "p", p.rank) + f"-{p.owner_iso3}-{p.start}",
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


def _frame(schema: TableSchema, rows: Iterable[Row]) -> pd.DataFrame:
    rows = list(rows)
    if not rows:
        return schema.empty()
    frame = schema.coerce(pd.DataFrame(rows, columns=schema.column_names))
    frame = frame.drop_duplicates(subset=list(schema.key), keep="first")
    frame = frame.sort_values(schema.sort_by, kind="mergesort", na_position="first").reset_index(drop=True)
    schema.validate(frame)
    return frame


def _documents_rows(results: Sequence[DocResult]) -> Iterator[Row]:
    for r in results:
        d = r.document
        yield {"doc_id": d.doc_id, "path": d.path, "title": d.title, "published": d.published,
               "n_chars": d.n_chars, "n_words": d.n_words, "sha256": d.sha256, "status": d.status,
               "error": d.error, "encoding": d.encoding, "byline": d.byline}


def _entities_rows(res: Resolution) -> Iterator[Row]:
    for e in res.entities:
        yield {"entity_id": e.entity_id, "label": e.label, "name": e.name, "code": e.code,
               "aliases": "|".join(e.aliases), "n_mentions": e.n_mentions, "n_docs": e.n_docs}


def build_tables(
    results: Sequence[DocResult], resolution: Resolution, extractors: Sequence[Extractor]
) -> dict[str, pd.DataFrame]:
    """Every table (contract tables first, then extension tables) as typed, sorted frames."""
    frames = {
        "documents": _frame(SCHEMAS["documents"], _documents_rows(results)),
        "entities": _frame(SCHEMAS["entities"], _entities_rows(resolution)),
    }
    for name, schema in SCHEMAS.items():
        if name in frames:
            continue
        build = ROW_BUILDERS[name]
        frames[name] = _frame(
            schema, (build(r.document.doc_id, rec, resolution) for r in results for rec in r.table(name))
        )
    for ext in extractors:
        if ext.name in SCHEMAS or ext.schema is None:
            continue
        to_row = ext.to_row or (lambda rec: {k: getattr(rec, k) for k in rec.__dataclass_fields__})
        frames[ext.name] = _frame(
            ext.schema, ({"doc_id": r.document.doc_id, **to_row(rec)} for r in results for rec in r.table(ext.name))
        )
    return frames


def _atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def to_csv_text(frame: pd.DataFrame) -> str:
    return frame.to_csv(index=False, lineterminator="\n")


def write_tables(frames: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Write every frame as ``OUT/<name>.csv``; all are rendered before any is replaced."""
    out_dir = Path(out_dir)
    rendered = {name: to_csv_text(frame) for name, frame in frames.items()}
    paths = []
    for name, text in rendered.items():
        path = out_dir / f"{name}.csv"
        _atomic_write_text(path, text)
        paths.append(path)
    return paths


def read_table(path: Path, schema: TableSchema | None = None) -> pd.DataFrame:
    """One CSV with the schema's dtypes (strings where no schema is known)."""
    if schema is None:
        return pd.read_csv(path, dtype="string", keep_default_na=False, na_values=[""])
    frame = pd.read_csv(path, dtype="string", keep_default_na=False, na_values=[""])
    for col in schema.columns:
        if col.name in frame.columns and col.type != "str":
            frame[col.name] = pd.to_numeric(frame[col.name]).astype(col.dtype)
    return frame


def load_tables(path: Path | str = "data/processed") -> dict[str, pd.DataFrame]:
    """Load every table of an output folder with the contract's dtypes.

    >>> tables = load_tables("data/processed")
    >>> tables["quotes"].merge(tables["speakers"], on=["doc_id", "speaker_id"])
    """
    path = Path(path)
    files = sorted(path.glob("*.csv"))
    if not files:
        raise PipelineError(Errors.E012.format(path=path))
    return {f.stem: read_table(f, SCHEMAS.get(f.stem)) for f in files}
