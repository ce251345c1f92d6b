"""A small output folder (tables written through the schemas) and its raw folder, built by hand."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.schemas import SCHEMAS
from pipeline.tables import write_tables

TEXT = (
    "Astana Hosts Talks on Transit\n\n"
    "According to Aliya Serikova, senior fellow at the Eurasian Research Institute, Kazakhstan will "
    "deepen ties with China. \u201cThe corridor <b>is</b> our priority,\u201d Serikova said.\n\n"
    "The Foreign Policy Concept for 2020-2030 lists alliance relations with the Russian Federation.\n"
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    schema = SCHEMAS[name]
    return schema.coerce(pd.DataFrame(rows, columns=schema.column_names)) if rows else schema.empty()


def build_tables(text: str = TEXT) -> dict[str, pd.DataFrame]:
    """The tables a run over ``raw/kz/talks.txt`` (ok) and ``raw/broken.pdf`` (error) would write."""
    import hashlib

    d = "kz/talks"
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    ind = _span(text, "Kazakhstan will deepen ties with China")
    dq = _span(text, "The corridor <b>is</b> our priority,")
    pr = _span(text, "alliance relations with the Russian Federation")
    ments = [("PERSON", "Aliya Serikova"), ("ORG", "Eurasian Research Institute"), ("COUNTRY", "Kazakhstan"),
             ("COUNTRY", "China"), ("COUNTRY", "Russian Federation")]
    return {
        "documents": _frame("documents", [
            {"doc_id": d, "path": "kz/talks.txt", "title": "Astana Hosts Talks on Transit", "published": "",
             "n_chars": len(text), "n_words": 40, "sha256": sha, "status": "ok", "error": "", "encoding": "utf-8",
             "byline": ""},
            {"doc_id": "broken", "path": "broken.pdf", "title": "", "published": "", "n_chars": 0, "n_words": 0,
             "sha256": "00", "status": "error", "error": "E003 [broken] could not decode the text: broken PDF",
             "encoding": "", "byline": ""},
        ]),
        "speakers": _frame("speakers", [
            {"doc_id": d, "speaker_id": "person:aliya-serikova", "name": "Aliya Serikova", "role": "senior fellow",
             "organization": "Eurasian Research Institute", "country": "KAZ", "n_quotes": 2}]),
        "affiliations": _frame("affiliations", [
            {"doc_id": d, "person_id": "person:aliya-serikova", "person": "Aliya Serikova", "role": "senior fellow",
             "organization_id": "org:eri", "organization": "Eurasian Research Institute", "country": "",
             "start": 44, "end": 100, "evidence": "Aliya Serikova, senior fellow at the Eurasian Research Institute"}]),
        "quotes": _frame("quotes", [
            {"doc_id": d, "quote_id": f"{d}#q1", "speaker_id": "person:aliya-serikova", "speaker": "Aliya Serikova",
             "kind": "indirect", "cue": "according to", "text": text[ind[0]:ind[1]], "start": ind[0], "end": ind[1],
             "confidence": 0.8},
            {"doc_id": d, "quote_id": f"{d}#q2", "speaker_id": "person:aliya-serikova", "speaker": "Aliya Serikova",
             "kind": "direct", "cue": "said", "text": text[dq[0]:dq[1]], "start": dq[0], "end": dq[1],
             "confidence": 0.9}]),
        "mentions": _frame("mentions", [
            {"doc_id": d, "mention_id": f"{d}#m{i}", "entity_id": f"e{i}", "label": label, "text": part,
             "start": _span(text, part)[0], "end": _span(text, part)[1], "sentence_start": 0, "extractor": "x"}
            for i, (label, part) in enumerate(ments)]),
        "countries": _frame("countries", [
            {"doc_id": d, "iso3": iso3, "name": name, "n_mentions": 1, "surface_forms": name, "first_start": 0,
             "entity_id": f"country:{iso3}"}
            for iso3, name in (("KAZ", "Kazakhstan"), ("CHN", "China"), ("RUS", "Russian Federation"))]),
        "organizations": _frame("organizations", [
            {"doc_id": d, "organization_id": "org:eri", "name": "Eurasian Research Institute", "acronym": "",
             "n_mentions": 1, "surface_forms": "Eurasian Research Institute"}]),
        "policy_priorities": _frame("policy_priorities", [
            {"doc_id": d, "priority_id": f"{d}#p1", "owner_iso3": "KAZ", "document": "Foreign Policy Concept",
             "period_start": 2020, "period_end": 2030, "adopted": "", "rank": 1, "priority": text[pr[0]:pr[1]],
             "partner": "Russian Federation", "partner_code": "RUS", "relation": "alliance relations",
             "speaker_id": "", "start": pr[0], "end": pr[1]}]),
    }


@pytest.fixture
def run_dirs(tmp_path: Path) -> tuple[Path, Path]:
    """(out_dir with the tables, raw_dir with the texts)."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    (raw / "kz").mkdir(parents=True)
    (raw / "kz" / "talks.txt").write_text(TEXT, encoding="utf-8")
    (raw / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    tables = build_tables()
    tables.update({name: s.empty() for name, s in SCHEMAS.items() if name not in tables})
    write_tables(tables, out)
    return out, raw
