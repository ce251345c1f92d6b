"""Stage 1, ingest: raw files -> Document records (decoded text + metadata).

Never writes to the input folder. A file that cannot be read becomes a
Document with ``status="error"`` and a message; it never stops the run.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from .config import Settings
from .errors import Errors, PipelineError
from .readers import extract_text
from .records import Document

log = logging.getLogger(__name__)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTH_NUM = {
    m: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for m in names
}
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})\.?,?\s+(\d{{4}})\b", re.I)
_DATE_MDY = re.compile(rf"\b({_MONTHS})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_BYLINE = re.compile(r"^\s*(?:By|Author:|Written by)\s+([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*$", re.M)
_NAME_LINE = re.compile(r"^\s*([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3})\s*$")


def doc_id_for(path: Path, root: Path) -> str:
    """``root/kz/panel.txt`` -> ``kz/panel`` (relative, ``/``-separated, no suffix)."""
    rel = path.relative_to(root)
    return rel.with_suffix("").as_posix()


def find_files(raw_dir: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Every input file below ``raw_dir`` (sorted, hidden files skipped)."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise PipelineError(Errors.E010.format(path=raw_dir))
    files = [
        p
        for p in raw_dir.rglob("*")
        if p.is_file()
        and p.suffix.lower() in suffixes
        and not any(part.startswith(".") for part in p.relative_to(raw_dir).parts)
    ]
    return sorted(files, key=lambda p: (doc_id_for(p, raw_dir), p.name))


def published_date(text: str, *, head_lines: int = 6) -> str:
    """The first date among the first lines, as YYYY-MM-DD ('' if none)."""
    head = "\n".join(text.splitlines()[:head_lines])
    candidates = []
    for m in _DATE_DMY.finditer(head):
        candidates.append((m.start(), int(m.group(3)), _MONTH_NUM[m.group(2).lower()], int(m.group(1))))
    for m in _DATE_MDY.finditer(head):
        candidates.append((m.start(), int(m.group(3)), _MONTH_NUM[m.group(1).lower()], int(m.group(2))))
    for m in _DATE_ISO.finditer(head):
        candidates.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for _, y, mo, d in sorted(candidates):
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return ""


def title_of(text: str) -> str:
    """The first non-empty line when it is short enough to be a headline."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 300 else ""
    return ""


def byline_of(text: str) -> str:
    """The author: a "By Name" line, or a bare name line among the last lines."""
    m = _BYLINE.search(text)
    if m:
        return m.group(1).strip()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for line in reversed(lines[-3:]):
        m = _NAME_LINE.match(line)
        if m:
            return m.group(1)
    return ""


def read_document(path: Path, root: Path, settings: Settings) -> Document:
    """Read and decode one file. Never raises for bad input: errors go into the record."""
    doc_id = doc_id_for(path, root)
    rel = path.relative_to(root).as_posix()
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            return Document(doc_id, rel, "", "", status="skipped",
                            error=Errors.E004.format(doc_id=doc_id, size=size, limit=settings.max_bytes))
        raw = path.read_bytes()
    except OSError as exc:
        return Document(doc_id, rel, "", "", status="error", error=Errors.E005.format(doc_id=doc_id, detail=exc))
    sha = hashlib.sha256(raw).hexdigest()
    if not raw.strip():
        return Document(doc_id, rel, "", sha, status="error", error=Errors.E001.format(doc_id=doc_id))
    suffix = path.suffix.lower()
    try:
        text, encoding = extract_text(raw, suffix)
    except ValueError as exc:
        if suffix in (".html", ".htm", ".pdf"):
            code = Errors.E008.format(doc_id=doc_id, kind=suffix.lstrip(".").upper(), detail=exc)
        else:
            code = (Errors.E002 if "binary" in str(exc) else Errors.E003).format(doc_id=doc_id, detail=exc)
        return Document(doc_id, rel, "", sha, status="error", error=code)
    if not text.strip():
        return Document(doc_id, rel, "", sha, encoding=encoding, status="error",
                        error=Errors.E001.format(doc_id=doc_id))
    return Document(
        doc_id=doc_id,
        path=rel,
        text=text,
        sha256=sha,
        title=title_of(text),
        published=published_date(text),
        byline=byline_of(text),
        encoding=encoding,
    )


def iter_documents(raw_dir: Path, settings: Settings) -> Iterator[Document]:
    """Stage 1: every document under ``raw_dir``, decoded, in doc_id order."""
    raw_dir = Path(raw_dir)
    seen: dict[str, str] = {}
    for path in find_files(raw_dir, settings.suffixes):
        doc_id = doc_id_for(path, raw_dir)
        rel = path.relative_to(raw_dir).as_posix()
        if doc_id in seen:
            doc = Document(doc_id + path.suffix.lower(), rel, "", "", status="skipped",
                           error=Errors.E009.format(doc_id=doc_id, other=seen[doc_id]))
        else:
            seen[doc_id] = rel
            doc = read_document(path, raw_dir, settings)
        if doc.status != "ok":
            log.warning(doc.error)
        yield doc
