"""The review report page: sections, highlights, quote -> speaker -> affiliation links, charts, escaping."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from pipeline.errors import PipelineError
from pipeline.report import write_report
from pipeline.report.charts import bar_chart, matrix
from pipeline.report.highlight import Highlight, RowLink, render_text


class _Collect(HTMLParser):
    """Every element as (tag, attrs) plus the page text; fails on unbalanced structure we care about."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data):
        self.text.append(data)

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.elements if "id" in a}


def _parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    return p


@pytest.fixture
def report_html(run_dirs, tmp_path):
    out, raw = run_dirs
    path = write_report(out, raw, tmp_path / "review.html")
    assert path == tmp_path / "review.html"
    return path.read_text(encoding="utf-8")


def test_report_is_self_contained(report_html):
    assert report_html.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", report_html)
    assert "<style>" in report_html and "<script>" in report_html


def test_report_has_one_section_per_document(report_html):
    p = _parse(report_html)
    docs = [a["data-doc-id"] for t, a in p.elements if t == "section" and "document" in a.get("class", "")]
    assert docs == ["kz/talks", "broken"]


def test_report_quote_links_to_speaker_and_affiliation(report_html):
    p = _parse(report_html)
    ids = p.ids()
    assert {"row-kz/talks#q1", "row-kz/talks#q2", "text-kz/talks#q2", "doc-kz-talks-spk-person-aliya-serikova"} <= ids
    links = [a["href"] for t, a in p.elements if t == "a" and "speaker-link" in a.get("class", "")]
    assert links == ["#doc-kz-talks-spk-person-aliya-serikova"] * 2
    assert "senior fellow, Eurasian Research Institute, KAZ" in "".join(p.text)


def test_report_highlights_spans_from_offsets(report_html):
    assert '<span class="ent ent-country">Kazakhstan</span>' not in report_html  # inside the indirect quote
    assert re.search(r'<span class="quote quote-indirect spk-0 ent ent-country"[^>]*>Kazakhstan</span>', report_html)
    assert re.search(r'<span class="quote quote-direct spk-0"[^>]*>The corridor &lt;b&gt;is&lt;/b&gt; our', report_html)
    assert re.search(r'<span class="priority"[^>]*>alliance relations with the </span>'
                     r'<span class="priority ent ent-country"', report_html)


def test_report_escapes_text(report_html):
    assert "<b>is</b>" not in report_html
    assert "The corridor &lt;b&gt;is&lt;/b&gt; our priority," in report_html


def test_report_overview_charts_and_errors(report_html):
    p = _parse(report_html)
    assert {"chart-quotes", "chart-countries", "chart-priorities", "chart-status", "errors"} <= p.ids()
    text = "".join(p.text)
    assert "Aliya Serikova: 2" in text  # bar tooltip
    assert "KAZ → RUS: 1" in report_html
    assert "E003 [broken] could not decode the text: broken PDF" in text


def test_report_without_raw_dir_lists_quotes(run_dirs, tmp_path):
    out, _ = run_dirs
    html = write_report(out).read_text(encoding="utf-8")
    assert (out / "report.html").is_file()
    assert "text not shown: no raw folder given" in html
    assert "The corridor &lt;b&gt;is&lt;/b&gt; our priority," in html


def test_report_changed_raw_file_is_not_highlighted(run_dirs):
    out, raw = run_dirs
    (raw / "kz" / "talks.txt").write_text("Someone rewrote this file.", encoding="utf-8")
    html = write_report(out, raw).read_text(encoding="utf-8")
    assert "changed since the tables were made" in html
    assert "Someone rewrote" not in html


def test_report_empty_folder_is_an_error(tmp_path):
    with pytest.raises(PipelineError, match="E012"):
        write_report(tmp_path)


@pytest.mark.parametrize(
    ("text", "highlights", "expected"),
    [
        ("Serikova said Kazakhstan is ready.", [Highlight(0, 8, "ent-person"), Highlight(14, 24, "ent-country")],
         '<span class="ent-person">Serikova</span> said <span class="ent-country">Kazakhstan</span> is ready.'),
        ("a <b> & c", [Highlight(2, 5, "x", title='say "hi"')], 'a <span class="x" title="say &quot;hi&quot;">'
         '&lt;b&gt;</span> &amp; c'),
        ("abcdef", [Highlight(0, 4, "q"), Highlight(2, 6, "c")],
         '<span class="q">ab</span><span class="q c">cd</span><span class="c">ef</span>'),
        ("abc", [Highlight(2, 9, "bad"), Highlight(-1, 1, "bad"), Highlight(1, 1, "bad")], "abc"),
        # a quote linked to its table row: anchor and marker where the span starts
        ("He said: ready.", [Highlight(9, 14, "quote", link=RowLink("d1#q2", "q2"))],
         'He said: <a class="anchor" id="text-d1#q2"></a><a class="marker" href="#row-d1#q2">q2</a>'
         '<span class="quote">ready</span>.'),
    ],
)
def test_report_render_text(text, highlights, expected):
    assert render_text(text, highlights) == expected


def test_report_charts_escape_and_limit():
    svg = bar_chart([(f"<n{i}>", i) for i in range(30, 0, -1)], title="T", chart_id="c", limit=5)
    assert svg.count("<rect") == 5 and "&lt;n30&gt;" in svg and "and 25 more" in svg
    assert "No data." in bar_chart([], title="T", chart_id="c")
    table = matrix({("KAZ", "RUS"): 2, ("KAZ", "CHN"): 1, ("ARM", "RUS"): 1}, title="M", chart_id="m",
                   row_label="owner", col_label="partner")
    assert re.findall(r'<th scope="(?:row|col)">(\w+)</th>', table) == ["RUS", "CHN", "ARM", "KAZ"]
