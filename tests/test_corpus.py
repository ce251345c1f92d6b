"""Stage 1 (ingest): file discovery, doc_ids, decoding, metadata, bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from pipeline.config import IGNORE, SUFFIXES, Settings
from pipeline.corpus import (
    byline_of,
    doc_id_for,
    find_files,
    ignored,
    iter_documents,
    published_date,
    read_document,
    title_of,
)
from pipeline.errors import PipelineError

TEXT = "Ministers Meet in Astana\n\nASTANA, 3 May 2024 — The ministers met.\n\nBy Dana Seitkali\n"


def test_corpus_doc_id_is_relative_posix_path_without_suffix(tmp_path: Path) -> None:
    assert doc_id_for(tmp_path / "kz" / "panel.txt", tmp_path) == "kz/panel"


def test_corpus_find_files_sorted_skips_hidden_and_other_suffixes(tmp_path: Path) -> None:
    for rel in ["b.txt", "a/c.md", ".hidden/x.txt", "notes.docx", "z.html"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in find_files(tmp_path, Settings().suffixes)]
    assert found == ["a/c.md", "b.txt", "z.html"]


def test_corpus_leaves_out_a_folders_readme_and_licence_but_reads_them_when_asked(tmp_path: Path) -> None:
    for rel in ["README.md", "sub/ReadMe.txt", "LICENSE.txt", "news/readers_letters.txt", "news/report.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    listed = [p.relative_to(tmp_path).as_posix() for p in find_files(tmp_path, SUFFIXES, ignore=IGNORE)]
    assert listed == ["news/readers_letters.txt", "news/report.txt"]
    every = [p.relative_to(tmp_path).as_posix() for p in find_files(tmp_path, SUFFIXES, ignore=("",))]
    assert every == ["LICENSE.txt", "README.md", "news/readers_letters.txt", "news/report.txt", "sub/ReadMe.txt"]


@pytest.mark.parametrize(
    ("rel", "patterns", "expected"),
    [
        ("README.md", IGNORE, True),
        ("panels/readme.txt", IGNORE, True),
        ("panels/readmission_policy.txt", IGNORE, False),
        ("drafts/memo.txt", ("drafts/*",), True),
        ("final/drafts.txt", ("drafts/*",), False),
        ("final/memo.txt", ("*memo*",), True),
        ("README.md", ("",), False),
    ],
)
def test_corpus_ignored_matches_names_or_paths_without_case(rel: str, patterns: tuple[str, ...],
                                                           expected: bool) -> None:
    assert ignored(rel, patterns) is expected


def test_corpus_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PipelineError, match="E010"):
        list(iter_documents(tmp_path / "nope", Settings()))


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Title\n\n11 March 2022\n", "2022-03-11"),
        ("TASHKENT, 19 June 2025 — The institute", "2025-06-19"),
        ("Posted March 5, 2019 by staff", "2019-03-05"),
        ("Updated 2023-04-01 10:00", "2023-04-01"),
        ("No date here", ""),
    ],
)
def test_corpus_published_date(head: str, expected: str) -> None:
    assert published_date(head) == expected


def test_corpus_title_and_byline() -> None:
    assert title_of(TEXT) == "Ministers Meet in Astana"
    assert byline_of(TEXT) == "Dana Seitkali"
    assert byline_of("Body text.\n\nAigerim Nurlanova\n\nPhoto: Creative Commons\n") == "Aigerim Nurlanova"


@pytest.mark.parametrize(
    ("raw", "encoding", "text"),
    [
        ("Kazakhstan’s minister".encode(), "utf-8", "Kazakhstan’s minister"),
        (codecs.BOM_UTF8 + "Déjà vu".encode(), "utf-8-sig", "Déjà vu"),
        ("Côte d'Ivoire et l'Élysée".encode("utf-16"), "utf-16", "Côte d'Ivoire et l'Élysée"),
        ("Министр иностранных дел России заявил, что переговоры продолжатся.".encode("cp1251"), "cp1251",
         "Министр иностранных дел России заявил, что переговоры продолжатся."),
        ("Crème brûlée à la façon de Genève, naïve café".encode("latin-1"), None,
         "Crème brûlée à la façon de Genève, naïve café"),
    ],
)
def test_corpus_decodes_encodings(tmp_path: Path, raw: bytes, encoding: str | None, text: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(raw)
    doc = read_document(path, tmp_path, Settings())
    assert doc.status == "ok", doc.error
    assert doc.text == text
    if encoding:
        assert doc.encoding == encoding
    assert doc.encoding


@pytest.mark.parametrize(
    ("raw", "status", "code"),
    [
        (b"", "error", "E001"),
        (b"   \n\n", "error", "E001"),
        (bytes(range(256)) * 40, "error", "E002"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\xff" * 500, "error", "E002"),
    ],
)
def test_corpus_bad_input_becomes_a_status(tmp_path: Path, raw: bytes, status: str, code: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    doc = read_document(path, tmp_path, Settings())
    assert (doc.status, doc.error[:4]) == (status, code)
    assert doc.text == ""


def test_corpus_size_limit_skips_with_message(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    doc = read_document(path, tmp_path, Settings(max_bytes=100))
    assert doc.status == "skipped"
    assert "over the limit of 100" in doc.error


def test_corpus_crlf_is_normalized_and_hash_is_of_raw_bytes(tmp_path: Path) -> None:
    import hashlib

    raw = b"Line one.\r\nLine two.\r\n"
    (tmp_path / "a.txt").write_bytes(raw)
    doc = read_document(tmp_path / "a.txt", tmp_path, Settings())
    assert doc.text == "Line one.\nLine two.\n"
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.n_words == 4
