"""Stage 1 readers: encodings, HTML and PDF text, on bytes built in the test."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.corpus import read_document
from pipeline.formats import html_to_text, html_to_text_stdlib, pdf_to_text
from pipeline.readers import decode, decode_html, extract_text, guess_legacy

RU = "Министр иностранных дел Казахстана заявил, что Астана готова к диалогу с Москвой."
EN = "The minister said \u201cwe are ready\u201d \u2014 talks with Beijing resume in May."
FR = "Le ministre a d\u00e9clar\u00e9 que la France \u00e9tait pr\u00eate \u00e0 n\u00e9gocier."
DE = "Der Au\u00dfenminister sagte, \u00d6sterreich sei zu Gespr\u00e4chen bereit."


def make_pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF whose text layer holds ``lines`` (ASCII, Helvetica)."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


@pytest.mark.parametrize(
    ("raw", "expected_text", "expected_encoding"),
    [
        (EN.encode("utf-8"), EN, "utf-8"),
        (b"\xef\xbb\xbf" + EN.encode("utf-8"), EN, "utf-8-sig"),
        (EN.encode("utf-16"), EN, "utf-16"),  # with BOM (LE on this machine)
        (b"\xfe\xff" + RU.encode("utf-16-be"), RU, "utf-16"),
        (b"\xff\xfe" + RU.encode("utf-16-le"), RU, "utf-16"),
        (EN.encode("utf-16-le"), EN, "utf-16-le"),
        (EN.encode("utf-16-be"), EN, "utf-16-be"),
        (RU.encode("utf-16-le"), RU, "utf-16-le"),
        (RU.encode("utf-16-be"), RU, "utf-16-be"),
        (RU.encode("utf-32"), RU, "utf-32"),
        (RU.encode("cp1251"), RU, "cp1251"),
        ("Минск".encode("cp1251"), "Минск", "cp1251"),
        (EN.encode("cp1252"), EN, "cp1252"),
        (FR.encode("latin-1"), FR, "latin-1"),
        (DE.encode("cp1252"), DE, "latin-1"),  # no 0x80-0x9F byte: both code pages agree
    ],
)
def test_readers_decode_detects_encoding(raw, expected_text, expected_encoding):
    text, encoding = decode(raw)
    assert (text, encoding) == (expected_text, expected_encoding)
    assert raw.decode(encoding) == text  # the recorded codec reproduces the text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"Line one.\r\nLine two.\rLine three.", "Line one.\nLine two.\nLine three."),
        ("caf\u0065\u0301 and caf\u00e9".encode(), "caf\u0065\u0301 and caf\u00e9"),  # no NFC
        ("\u201cQuote\u201d \u00abкавычки\u00bb".encode(), "\u201cQuote\u201d \u00abкавычки\u00bb"),
    ],
)
def test_readers_decode_only_normalises_newlines(raw, expected):
    assert decode(raw)[0] == expected


@pytest.mark.parametrize(
    "raw",
    [
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(1, 30)) * 20,
    ],
)
def test_readers_decode_rejects_binary(raw):
    with pytest.raises(ValueError, match="binary"):
        decode(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (RU.encode("cp1251"), "cp1251"),
        (EN.encode("cp1252"), "cp1252"),
        (FR.encode("latin-1"), "latin-1"),
    ],
)
def test_readers_guess_legacy(raw, expected):
    assert guess_legacy(raw) == expected


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Astana talks</title>
<style>p {color: red}</style><script>var tracking = "said the minister";</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<header>Foreign Policy Daily</header>
<article><h1>Kazakhstan and China sign a transit deal</h1>
<p>ASTANA, 3 May 2024. Minister Aliya Serikova said &ldquo;we are ready to&nbsp;expand transit&rdquo;.</p>
<p>According to Dr. Daniyar Omarov, senior fellow at the Institute of World Economy,
the agreement opens a new route to Europe.</p></article>
<footer>Copyright 2024 Foreign Policy Daily. All rights reserved.</footer></body></html>"""


@pytest.mark.parametrize("convert", [html_to_text, html_to_text_stdlib])
def test_readers_html_keeps_article_drops_boilerplate(convert):
    text = convert(PAGE)
    assert "Minister Aliya Serikova said \u201cwe are ready to expand transit\u201d." in text
    assert "According to Dr. Daniyar Omarov, senior fellow at the Institute of World Economy, the agreement" in text
    for junk in ("tracking", "color: red", "Home", "All rights reserved"):
        assert junk not in text
    assert "\n\n" in text  # paragraphs stay apart


def test_readers_html_declared_charset():
    raw = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
           f"<body><p>{RU}</p></body></html>").encode("cp1251")
    html, encoding = decode_html(raw)
    assert encoding == "cp1251"
    assert RU in html_to_text(html)


def test_readers_pdf_text_layer():
    raw = make_pdf(["Minister Aliya Serikova said the talks went well.", "Astana, 3 May 2024."])
    assert extract_text(raw, ".pdf") == (
        "Minister Aliya Serikova said the talks went well.\nAstana, 3 May 2024.\n", "pdf")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (make_pdf(["Truncated report text."])[:300], "broken PDF"),
        (b"%PDF-1.4\n" + bytes(range(256)) * 4, "broken PDF"),
    ],
)
def test_readers_pdf_broken(raw, message):
    with pytest.raises(ValueError, match=message):
        pdf_to_text(raw)


@pytest.mark.parametrize(
    ("name", "raw", "encoding"),
    [
        ("ru.txt", RU.encode("cp1251"), "cp1251"),
        ("bom16.txt", RU.encode("utf-16"), "utf-16"),
        ("notes.md", b"# Notes\n\n" + EN.encode("utf-8"), "utf-8"),
        ("page.html", PAGE.encode("utf-8"), "utf-8"),
    ],
)
def test_readers_read_document_records_encoding(tmp_path, name, raw, encoding):
    path = tmp_path / name
    path.write_bytes(raw)
    doc = read_document(path, tmp_path, Settings())
    assert (doc.status, doc.encoding) == ("ok", encoding)
