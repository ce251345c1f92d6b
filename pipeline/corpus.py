"""Stage 1, ingest: raw files -> Document records (decoded text + metadata).

Never writes to the input folder. A file that cannot be read becomes a
Document with ``status="error"`` and a message; it never stops the run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from .config import Settings
from .errors import Errors, PipelineError, printable
from .extsort import sorted_by
from .frontmatter import split_front_matter
from .readers import extract_text
from .records import Document, Status
from .storage import RemotePath, as_location, relative

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


def doc_id_for(path: Path | RemotePath, root: Path | RemotePath) -> str:
    """``root/kz/panel.txt`` -> ``kz/panel`` (relative, ``/``-separated, no suffix)."""
    return relative(path, root).with_suffix("").as_posix()


@dataclass(frozen=True, slots=True)
class Listed:
    """An entry of the input folder: a file to read, or a link that is not read (``error`` says why)."""

    path: Path | RemotePath
    error: str = ""
    status: Status = "ok"


def find_files(raw_dir: Path | RemotePath, suffixes: tuple[str, ...], *, exclude: Iterable[object] = (),
               follow_links: bool = False, ignore: tuple[str, ...] = ()) -> list[Path | RemotePath]:
    """Every input file below ``raw_dir`` that will be read (sorted, hidden and ignored files skipped)."""
    return [e.path for e in list_inputs(raw_dir, suffixes, exclude=exclude, follow_links=follow_links, ignore=ignore)
            if not e.error]


def ignored(rel: str, patterns: tuple[str, ...]) -> bool:
    """Whether the input file at ``rel`` (``/``-separated, below the input folder) matches one of ``patterns``.

    A pattern with a ``/`` is matched against the whole of ``rel``, any other against the file name; case does
    not count (``README*`` leaves out ``readme.md`` and ``sub/ReadMe.txt``).
    """
    rel = rel.lower()
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatchcase(rel if "/" in p else name, p.lower()) for p in patterns if p)


def list_inputs(raw_dir: Path | RemotePath, suffixes: tuple[str, ...], *, exclude: Iterable[object] = (),
                follow_links: bool = False, ignore: tuple[str, ...] = ()) -> Iterator[Listed]:
    """Every input file below ``raw_dir``, and every link that is not followed, sorted by doc_id.

    A stream: a very large folder is sorted on disk (:mod:`pipeline.extsort`), not in memory.

    Hidden files and folders, files matching ``ignore`` (:func:`ignored`) and the folders in ``exclude``
    (the run's output and cache) are left out. Symbolic links are followed inside ``raw_dir``. A link that
    leads outside it is read when it is a document file under its own name (``ln -s /data/corpus/*.txt raw/``: a corpus
    gathered without copying); one that gives an outside file another name (``notes.txt`` ->
    ``/etc/passwd``) or leads to an outside folder is listed with E045 unless ``follow_links``.
    A link that loops or leads nowhere is listed with E046. A folder given by URL
    (:class:`~pipeline.storage.RemotePath`) has no links: its files are listed through fsspec.

    Raises:
        PipelineError: ``raw_dir`` does not exist (E010).
    """
    raw_dir = as_location(raw_dir)
    if not raw_dir.is_dir():
        raise PipelineError(Errors.E010.format(path=raw_dir))
    if isinstance(raw_dir, RemotePath):
        return iter(_remote_inputs(raw_dir, suffixes, [p for p in exclude if isinstance(p, RemotePath)], ignore))
    walk = _Walk(raw_dir, suffixes, {Path(p).resolve() for p in exclude if isinstance(p, (str, os.PathLike))},
                 follow_links, ignore)
    root = raw_dir
    return sorted_by(walk.folder(root, (root.resolve(),)), key=lambda e: (doc_id_for(e.path, root), e.path.name))


def _remote_inputs(root: RemotePath, suffixes: tuple[str, ...], exclude: list[RemotePath],
                   ignore: tuple[str, ...]) -> list[Listed]:
    """The document files below a folder given by URL, sorted by doc_id (hidden names, ``ignore`` and ``exclude``
    left out)."""
    found = []
    for path in root.files():
        rel = path.relative_to(root)
        if (path.suffix.lower() in suffixes and not any(part.startswith(".") for part in rel.parts)
                and not ignored(rel.as_posix(), ignore)
                and not any(path.is_relative_to(folder) for folder in exclude)):
            found.append(Listed(path))
    return sorted(found, key=lambda e: (doc_id_for(e.path, root), e.path.name))


@dataclass(frozen=True, slots=True)
class _Walk:
    root: Path
    suffixes: tuple[str, ...]
    exclude: set[Path]
    follow_links: bool
    ignore: tuple[str, ...]

    def folder(self, folder: Path, ancestors: tuple[Path, ...]) -> Iterator[Listed]:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            log.warning("cannot list %s: %s", printable(str(folder)), exc)
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            if entry.is_symlink():
                yield from self.link(path, ancestors)
            elif entry.is_dir(follow_symlinks=False):
                real = path.resolve()
                if real not in self.exclude:
                    yield from self.folder(path, (*ancestors, real))
            elif entry.is_file(follow_symlinks=False) and path.suffix.lower() in self.suffixes:
                if not ignored(path.relative_to(self.root).as_posix(), self.ignore):
                    yield Listed(path)

    def link(self, path: Path, ancestors: tuple[Path, ...]) -> Iterator[Listed]:
        doc_id = doc_id_for(path, self.root)
        rel = path.relative_to(self.root).as_posix()
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError) as exc:  # RuntimeError: a loop (Python < 3.13)
            if path.suffix.lower() in self.suffixes or not path.suffix:
                yield Listed(path, Errors.E046.format(doc_id=doc_id, path=rel, detail=exc), "error")
            return
        if target.is_dir():
            if target in self.exclude:
                return
            if any(target == a or a.is_relative_to(target) for a in ancestors):
                yield Listed(path, Errors.E046.format(doc_id=doc_id, path=rel, detail="a folder inside itself"),
                             "error")
                return
        elif path.suffix.lower() not in self.suffixes or ignored(rel, self.ignore):
            return
        if not (self.follow_links or target.is_relative_to(ancestors[0]) or _same_document(path, target)):
            yield Listed(path, Errors.E045.format(doc_id=doc_id, path=rel, target=target), "skipped")
        elif target.is_dir():
            yield from self.folder(path, (*ancestors, target))
        else:
            yield Listed(path)


def _same_document(link: Path, target: Path) -> bool:
    """A link to a file of the same name: the document itself, kept elsewhere (not a renamed outside file)."""
    return target.is_file() and target.name == link.name


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


def read_document(path: Path | RemotePath, root: Path | RemotePath, settings: Settings) -> Document:
    """Read and decode one file. Never raises for bad input: errors go into the record.

    A few NUL bytes are removed from the text (noted in ``error``, E048, status stays ok); a
    Markdown file's front matter gives the title, date and byline and is blanked out of the text.
    """
    doc_id = doc_id_for(path, root)
    rel = relative(path, root).as_posix()
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
    n_nul = text.count("\x00")
    note = Errors.E048.format(doc_id=doc_id, n=n_nul) if n_nul else ""
    text = text.replace("\x00", "") if n_nul else text
    meta, text = split_front_matter(text) if suffix == ".md" else ({}, text)
    if not text.strip():
        return Document(doc_id, rel, "", sha, encoding=encoding, status="error",
                        error=Errors.E001.format(doc_id=doc_id))
    if len(text) > settings.max_chars:
        return Document(doc_id, rel, "", sha, encoding=encoding, status="skipped",
                        error=Errors.E047.format(doc_id=doc_id, n=len(text), limit=settings.max_chars))
    return Document(
        doc_id=doc_id,
        path=rel,
        text=text,
        sha256=sha,
        title=meta.get("title") or title_of(text),
        published=_meta_date(meta) or published_date(text),
        byline=meta.get("author") or byline_of(text),
        encoding=encoding,
        error=note,
    )


def _meta_date(meta: dict[str, str]) -> str:
    """The front matter's date as YYYY-MM-DD ('' when absent or not a date)."""
    value = meta.get("date") or meta.get("published") or ""
    return published_date(value) if value else ""


def iter_documents(raw_dir: Path | RemotePath | str, settings: Settings, *,
                   exclude: Iterable[object] = ()) -> Iterator[Document]:
    """Stage 1: every document under ``raw_dir``, decoded, in doc_id order.

    ``raw_dir`` may also be one file: a corpus of one document, or an fsspec URL (``s3://bucket/raw``).
    Folders in ``exclude`` (the run's output and cache, when they lie inside the input) are never read.
    """
    raw_dir = as_location(raw_dir)
    if raw_dir.is_file():
        yield _logged(read_document(raw_dir, raw_dir.parent, settings))
        return
    first = ("", "")  # (doc_id, path) of the document read under the doc_id of the entries just before
    for entry in list_inputs(raw_dir, settings.suffixes, exclude=exclude, follow_links=settings.follow_links,
                             ignore=settings.ignore):
        path = entry.path
        doc_id = doc_id_for(path, raw_dir)
        rel = relative(path, raw_dir).as_posix()
        if entry.error:
            doc = Document(doc_id, rel, "", "", status=entry.status, error=entry.error)
        elif doc_id == first[0]:  # entries come sorted by doc_id: files sharing one are neighbours
            doc = Document(doc_id + path.suffix.lower(), rel, "", "", status="skipped",
                           error=Errors.E009.format(doc_id=doc_id, other=first[1]))
        else:
            first = (doc_id, rel)
            doc = read_document(path, raw_dir, settings)
        yield _logged(doc)


def _logged(doc: Document) -> Document:
    if doc.status != "ok":
        log.warning(printable(doc.error))
    return doc


def gold_documents(folder: Path) -> Iterator[tuple[dict, str]]:
    """Each gold file ``<doc_id>.json`` of ``folder`` (sorted) with the text of its ``<doc_id>.txt`` as a run
    reads it; a gold file whose text is missing or unreadable is skipped (the models' training sets)."""
    for path in sorted(folder.glob("*.json")):
        source = path.with_suffix(".txt")
        if not source.is_file():
            continue
        document = read_document(source, source.parent, Settings())
        if document.status == "ok":
            yield json.loads(path.read_text(encoding="utf-8")), document.text
