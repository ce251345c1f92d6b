"""Stage 1 helpers: bytes -> text. Encoding detection and format readers.

``decode`` raises ValueError (with "binary" in the message for non-text input);
the ingest stage turns that into a document status.
"""

from __future__ import annotations

import codecs
import unicodedata

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# Signatures of common binary formats that are never text.
_MAGIC = (
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx)"), (b"\x1f\x8b", "gzip archive"), (b"%PDF-", "PDF file"),
    (b"\x7fELF", "executable"), (b"7z\xbc\xaf", "7z archive"), (b"Rar!", "RAR archive"),
    (b"\xd0\xcf\x11\xe0", "MS Office file"), (b"SQLite format", "SQLite database"),
)


def _looks_utf16(raw: bytes) -> str | None:
    """UTF-16 without BOM: every other byte NUL in ASCII-heavy text."""
    sample = raw[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _control_ratio(text: str) -> float:
    """Share of control, unassigned, private-use and surrogate characters (binary junk)."""
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ch not in "\n\r\t\f\v" and unicodedata.category(ch)[0] == "C"
              and unicodedata.category(ch) != "Cf")
    return bad / len(sample)


def decode(raw: bytes) -> tuple[str, str]:
    """Decode raw bytes to text; return ``(text, encoding)``.

    Order: BOM, UTF-16 without BOM, strict UTF-8, then charset-normalizer's best
    guess among legacy code pages (Windows-1251/1252, Latin-1, ...). Newlines are
    normalized to ``\\n``. Raises ValueError for binary content.
    """
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise ValueError(f"binary content: looks like a {kind}")
    text = None
    encoding = ""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            text, encoding = raw.decode(enc), enc
            break
    if text is None and (enc16 := _looks_utf16(raw)):
        try:
            text, encoding = raw.decode(enc16), enc16
        except UnicodeDecodeError:
            text = None
    if text is None:
        if b"\x00" in raw[:8000]:
            raise ValueError("binary content: NUL bytes")
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _guess_legacy(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_ratio(text) > 0.05:
        raise ValueError(f"binary content: too many control characters after decoding as {encoding}")
    return text, encoding


def _guess_legacy(raw: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000], cp_isolation=["cp1251", "cp1252", "latin_1", "cp1250", "koi8_r", "iso8859_15"]).best()
    if best is None:
        try:
            return raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            raise ValueError(f"binary content: no encoding fits ({exc})") from exc
    enc = best.encoding
    try:
        return raw.decode(enc), enc
    except UnicodeDecodeError as exc:
        raise ValueError(f"undecodable as {enc}: {exc}") from exc


def extract_text(raw: bytes, suffix: str) -> tuple[str, str]:
    """Text of an HTML or PDF file; returns ``(text, encoding-or-format)``."""
    if suffix in (".html", ".htm"):
        from .formats import html_to_text

        html, enc = decode(raw)
        return html_to_text(html), enc
    if suffix == ".pdf":
        from .formats import pdf_to_text

        return pdf_to_text(raw), "pdf"
    return decode(raw)
