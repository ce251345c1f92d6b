"""pipeline/wordlists.py: the one reader and writer of the word lists and tables in pipeline/data/."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pipeline.config import DATA
from pipeline.errors import PipelineError
from pipeline.wordlists import load_fields, read_lines, read_rows, read_words, save_fields, write_rows


@dataclass(frozen=True)
class _Lexicon:
    verbs: frozenset[str] = frozenset()
    phrases: tuple[str, ...] = ()


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_wordlists_read_lines_skips_comments_and_blank_lines(tmp_path):
    path = _write(tmp_path / "verbs.txt", "# speech verbs\n\nsay\n  tell  \nwarn # as in 'warned that'\n\t# indented\n")
    assert read_lines(path) == ["say", "tell", "warn"]


def test_wordlists_hash_inside_a_word_is_data(tmp_path):
    path = _write(tmp_path / "names.txt", "C#\nF# minor # a key\n")
    assert read_lines(path) == ["C#", "F# minor"]


def test_wordlists_read_words_keeps_order_drops_repeats_and_lowers(tmp_path):
    path = _write(tmp_path / "roles.txt", "Minister\nenvoy\nminister\n")
    assert read_words(path) == ("Minister", "envoy", "minister")
    assert read_words(path, lower=True) == ("minister", "envoy")


def test_wordlists_read_rows_skips_the_header_row(tmp_path):
    text = "# capital<TAB>iso3\ncapital\tiso3\nAstana\tKAZ\nBishkek\tKGZ  # capital of Kyrgyzstan\n"
    path = _write(tmp_path / "capitals.tsv", text)
    assert read_rows(path, ("capital", "iso3")) == [("Astana", "KAZ"), ("Bishkek", "KGZ")]


def test_wordlists_read_rows_keeps_tabs_in_the_last_cell(tmp_path):
    path = _write(tmp_path / "cues.tsv", "list\tstrong\tpriorities\tinclude\n")
    assert read_rows(path, ("mode", "strength", "pattern")) == [("list", "strong", "priorities\tinclude")]


def test_wordlists_read_rows_rejects_a_short_row(tmp_path):
    path = _write(tmp_path / "capitals.tsv", "capital\tiso3\nAstana KAZ\n")
    with pytest.raises(PipelineError, match=r"E016 .*capitals\.tsv.*'Astana KAZ'"):
        read_rows(path, ("capital", "iso3"))


def test_wordlists_read_rows_pads_optional_trailing_cells(tmp_path):
    path = _write(tmp_path / "aliases.tsv", "EU\tEuropean Union\n")
    assert read_rows(path, ("key", "name", "aliases", "kind"), required=1) == [("EU", "European Union", "", "")]


@pytest.mark.parametrize("read", [read_lines, read_words, lambda p: read_rows(p, ("a", "b"))])
def test_wordlists_missing_file_names_it(tmp_path, read):
    with pytest.raises(PipelineError, match=r"E015 data file .*missing\.txt is missing"):
        read(tmp_path / "missing.txt")


def test_wordlists_load_fields_names_the_missing_field_file(tmp_path):
    _write(tmp_path / "verbs.txt", "say\n")
    with pytest.raises(PipelineError, match=r"E015 .*phrases\.txt"):
        load_fields(_Lexicon, tmp_path)


def test_wordlists_fields_round_trip(tmp_path):
    lexicon = _Lexicon(verbs=frozenset({"say", "warn"}), phrases=("drew attention to", "spoke about"))
    save_fields(lexicon, tmp_path)
    assert (tmp_path / "verbs.txt").read_text(encoding="utf-8") == "say\nwarn\n"
    assert _Lexicon(**load_fields(_Lexicon, tmp_path)) == lexicon


def test_wordlists_rows_round_trip(tmp_path):
    rows = [("block", "", "Mexico City"), ("name", "KAZ", "Kazakhstan")]
    write_rows(tmp_path / "patterns.tsv", rows, ("kind", "label", "text"))
    assert read_rows(tmp_path / "patterns.tsv", ("kind", "label", "text")) == rows


def test_wordlists_every_hash_in_our_data_starts_a_comment():
    """No entry of pipeline/data holds a '#': the rule reads each line as "everything after '#' is a comment"."""
    files = [p for p in sorted(DATA.rglob("*")) if p.suffix in (".txt", ".tsv")]
    for path in files:
        entries = [line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]
        assert read_lines(path) == [e for e in entries if e], path


def test_wordlists_only_newlines_end_a_line(tmp_path):
    """Mis-decoded names hold characters that str.splitlines breaks at ("Åland" read as Latin-1)."""
    name = "Åland Islands".encode().decode("latin-1")
    write_rows(tmp_path / "patterns.tsv", [("name", "ALA", name)], ("kind", "label", "text"))
    assert read_rows(tmp_path / "patterns.tsv", ("kind", "label", "text")) == [("name", "ALA", name)]
