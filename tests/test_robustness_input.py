"""Hostile and surprising input folders: links, loops, NUL bytes, long texts, odd names, front matter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline
from pipeline.cli import app
from pipeline.config import Settings
from pipeline.corpus import iter_documents, read_document
from pipeline.errors import printable

runner = CliRunner()
TEXT = "Officials from Uzbekistan met envoys of Kazakhstan in Tashkent on Monday.\n"


def _docs(raw: Path, **settings) -> dict[str, pipeline.records.Document]:
    return {d.doc_id: d for d in iter_documents(raw, Settings(**settings))}


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


def test_robustness_input_link_leaving_raw_is_skipped_unless_followed(raw: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    (raw / "passwd.txt").symlink_to(secret)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "b.txt").write_text(TEXT)
    (raw / "more").symlink_to(outside, target_is_directory=True)
    docs = _docs(raw)
    assert (docs["passwd"].status, docs["passwd"].text) == ("skipped", "")
    assert docs["passwd"].error == (f"E045 [passwd] the link passwd.txt points outside the input folder (to {secret}); "
                                    "not read (pass --follow-links to read it)")
    assert docs["more"].status == "skipped" and "E045 [more]" in docs["more"].error
    followed = _docs(raw, follow_links=True)
    assert followed["passwd"].status == "ok" and followed["more/b"].text == TEXT


def test_robustness_input_same_name_link_to_a_document_outside_raw_is_read(raw: Path, tmp_path: Path) -> None:
    """A folder of links to documents kept elsewhere (``ln -s /data/corpus/*.txt raw/``) is a corpus."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "b.txt").write_text(TEXT, encoding="utf-8")
    (raw / "b.txt").symlink_to(corpus / "b.txt")
    assert (_docs(raw)["b"].status, _docs(raw)["b"].text) == ("ok", TEXT)


def test_robustness_input_link_inside_raw_is_read(raw: Path) -> None:
    (raw / "kz").mkdir()
    (raw / "kz" / "same.txt").symlink_to(raw / "a.txt")
    assert _docs(raw)["kz/same"].text == TEXT


@pytest.mark.parametrize("make", [
    lambda raw: (raw / "loop").symlink_to(raw, target_is_directory=True),  # a folder inside itself
    lambda raw: (raw / "loop.txt").symlink_to(raw / "loop.txt"),  # a link to itself
    lambda raw: (raw / "loop.txt").symlink_to(raw / "gone.txt"),  # a dangling link
])
def test_robustness_input_symlink_loop_is_reported(raw: Path, make) -> None:
    make(raw)
    docs = _docs(raw)
    assert docs["loop"].status == "error" and docs["loop"].error.startswith("E046 [loop] the link loop")
    assert docs["a"].status == "ok"


def test_robustness_input_raw_that_is_a_file_is_a_corpus_of_one(raw: Path, tmp_path: Path) -> None:
    docs = list(iter_documents(raw / "a.txt", Settings()))
    assert [(d.doc_id, d.path, d.text) for d in docs] == [("a", "a.txt", TEXT)]


@pytest.mark.parametrize("where", ["early", "late"])
def test_robustness_input_nul_bytes_are_stripped_and_recorded(raw: Path, where: str) -> None:
    body = TEXT * 200
    data = (b"\x00" + body.encode()) if where == "early" else (body.encode() + b"\x00\x00")
    (raw / "nul.txt").write_bytes(data)
    doc = read_document(raw / "nul.txt", raw, Settings())
    n = 1 if where == "early" else 2
    assert (doc.status, doc.text, doc.error) == ("ok", body, f"E048 [nul] {n} NUL byte(s) removed from the text")


@pytest.mark.parametrize("data", [b"Kazakhstan and China agreed.\x00\x00" * 100, bytes(range(256)) * 8])
def test_robustness_input_many_nul_bytes_are_still_binary(raw: Path, data: bytes) -> None:
    (raw / "bin.txt").write_bytes(data)
    assert read_document(raw / "bin.txt", raw, Settings()).error.startswith("E002 [bin] binary content")


def test_robustness_input_text_over_max_chars_is_skipped_in_our_words(raw: Path) -> None:
    (raw / "long.txt").write_text("Kazakhstan and China agreed. " * 40)
    doc = read_document(raw / "long.txt", raw, Settings(max_chars=1000))
    assert doc.status == "skipped" and doc.error == (
        "E047 [long] text has 1,160 characters, over the limit of 1,000 per document (raise --max-chars)")
    assert read_document(raw / "long.txt", raw, Settings(max_chars=2000)).status == "ok"


LONG = (
    "Talks in Astana\n\n"
    "ASTANA, 3 May 2024. Kazakhstan and China agreed to expand transit, Foreign Minister Aliya Serikova said.\n\n"
    "“The corridor is our priority,” Serikova told reporters. She added that Uzbekistan would join the talks.\n\n"
    "The European Union sent an observer. “We welcome the agreement,” said Marta Kowalska, an EU envoy.\n"
)


def test_robustness_input_text_over_spacy_max_length_is_parsed_in_sections(nlp, monkeypatch) -> None:
    from pipeline.parse import parse

    doc = pipeline.records.Document("d", "d.txt", LONG, "0")
    [whole] = list(parse(nlp, [doc]))
    monkeypatch.setattr("pipeline.parse._SECTION", 120)  # three or four sections, cut at blank lines
    monkeypatch.setattr(nlp, "max_length", 150)
    [cut] = list(parse(nlp, [doc]))
    assert cut.error == "" and cut.doc.text == LONG

    def annotations(d):  # the parse may differ next to a cut (less context), what we extract may not
        quotes = [(q.start, q.end, q.speaker) for q in d._.pipeline_quotes]
        return quotes, {key: sorted({s.kb_id_ for s in group}) for key, group in d.spans.items()}

    assert annotations(cut.doc) == annotations(whole.doc)
    assert [t.is_sent_start for t in cut.doc if t.idx in (17, 123, 229)] == [True, True, True]  # cuts end sentences


def test_robustness_input_markdown_front_matter_gives_title_and_date(raw: Path) -> None:
    head = '---\ntitle: "Water Talks in Tashkent"\ndate: 2024-05-03\nauthor: Aliya Serikova\ntags: [water]\n---\n'
    (raw / "note.md").write_text(head + "# Summary\n\n" + TEXT, encoding="utf-8")
    doc = read_document(raw / "note.md", raw, Settings())
    assert (doc.title, doc.published, doc.byline) == ("Water Talks in Tashkent", "2024-05-03", "Aliya Serikova")
    assert doc.text.strip().startswith("# Summary") and len(doc.text) == len(head) + len("# Summary\n\n" + TEXT)
    assert doc.text[len(head):] == "# Summary\n\n" + TEXT  # offsets still point into the file's text


def test_robustness_input_markdown_rule_without_front_matter_is_text(raw: Path) -> None:
    (raw / "rule.md").write_text("Kazakhstan hosts talks\n\n---\n\nMore text.\n", encoding="utf-8")
    doc = read_document(raw / "rule.md", raw, Settings())
    assert doc.title == "Kazakhstan hosts talks" and doc.text.startswith("Kazakhstan")


@pytest.mark.parametrize(("name", "shown"), [
    ("clear\x1b[2J.txt", "clear\\x1b[2J"), ("fake\nE001 [x] ok.txt", "fake\\nE001 [x] ok"),
    ("bidi\u202etxt.exe.txt", "bidi\\u202etxt.exe"),
])
def test_robustness_input_names_are_printed_escaped(name: str, shown: str) -> None:
    assert printable(name.removesuffix(".txt")) == shown


@pytest.mark.usefixtures("nlp")
def test_robustness_input_cli_prints_hostile_names_escaped(raw: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.cli.settle_heap", lambda: None)
    (raw / "x\x1b[2Jy\nE001 [fake] line.txt").write_bytes(b"")
    res = runner.invoke(app, ["run", str(raw), "--out", str(tmp_path / "out"), "--jobs", "1", "--only", "countries"])
    assert res.exit_code == 3, res.output
    assert "\x1b" not in res.output and "x\\x1b[2Jy\\nE001 [fake] line" in res.output
    assert not any(line.startswith("E001 [fake]") for line in res.output.splitlines())


def test_robustness_input_hidden_and_excluded_folders_are_not_read(raw: Path) -> None:
    (raw / "out").mkdir()
    (raw / "out" / "report.html").write_text("<p>Old tables.</p>")
    docs = {d.doc_id for d in iter_documents(raw, Settings(), exclude=[raw / "out"])}
    assert docs == {"a"}
    assert os.path.isdir(raw / "out")


def test_robustness_input_stray_nul_in_a_short_text_is_stripped(raw: Path) -> None:
    (raw / "short.txt").write_bytes(b"Talks\n\nUzbekistan met Kyrgyzstan.\x00\n")
    doc = read_document(raw / "short.txt", raw, Settings())
    assert (doc.status, doc.text) == ("ok", "Talks\n\nUzbekistan met Kyrgyzstan.\n")


def test_robustness_input_corpus_readme_is_no_document(raw: Path) -> None:
    (raw / "README.md").write_text("# Corpus notes\n\nArticles on Uzbekistan, gathered in May.\n", encoding="utf-8")
    (raw / "drafts").mkdir()
    (raw / "drafts" / "memo.txt").write_text(TEXT, encoding="utf-8")
    assert sorted(_docs(raw)) == ["a", "drafts/memo"]
    assert sorted(_docs(raw, ignore=("drafts/*", "readme.*"))) == ["a"]


@pytest.mark.usefixtures("nlp")
def test_robustness_input_cli_reads_every_file_with_an_empty_ignore(raw: Path, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.cli.settle_heap", lambda: None)
    (raw / "README.md").write_text("# Corpus notes\n\nArticles on Uzbekistan, gathered in May.\n", encoding="utf-8")
    res = runner.invoke(app, ["run", str(raw), "--out", str(tmp_path / "out"), "--jobs", "1", "--only", "countries",
                              "--ignore", ""])
    assert res.exit_code == 0, res.output
    rows = (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert [row.split(",")[0] for row in rows] == ["README", "a"]
