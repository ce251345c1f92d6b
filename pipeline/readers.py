"""Stage 1 helpers: bytes -> text. Encoding detection and format dispatch.

``decode`` raises ValueError (with "binary" in the message for non-text input);
the ingest stage turns that into a document status. The encoding it returns is
a Python codec name, so ``raw.decode(encoding)`` gives the same text up to the
newline normalisation (``\\r\\n`` and ``\\r`` become ``\\n``, as Python's
text-mode ``open()`` does): every offset in every table points into that text.
Nothing else is normalised (no NFC, no quote folding).

Detection order:

0. a known binary signature (PNG, ZIP, PDF, ...) is rejected;
1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. UTF-16 without BOM, when NUL bytes sit on one parity and decoding gives
   text in common scripts;
3. strict UTF-8;
4. a legacy single-byte code page: Windows-1251 when the high bytes form words
   (Cyrillic), else Windows-1252 when it uses the 0x80-0x9F punctuation block,
   else ISO-8859-1 (Latin-1).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HIGH_RUN = re.compile(rb"[\xc0-\xff]+")
_C1_CP1252 = re.compile(rb"[\x80\x82-\x8c\x8e\x91-\x9c\x9e\x9f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_MAX_CONTROL_RATIO = 0.05
_MAX_NUL_RATIO = 0.01  # a few NUL bytes in a text are stripped (pipeline.corpus); more mean binary
_MIN_NUL_BINARY = 16  # ... but a short text keeps a stray NUL or two
_MIN_UTF16_NUL_RATIO = 0.05  # UTF-16 has a NUL byte for every ASCII character (spaces, at least)
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # control characters but \t \n \v \f \r
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Signatures of common binary formats that are never text.
_MAGIC = (
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx)"), (b"\x1f\x8b", "gzip archive"), (b"%PDF-", "PDF file"),
    (b"\x7fELF", "executable"), (b"7z\xbc\xaf", "7z archive"), (b"Rar!", "RAR archive"),
    (b"\xd0\xcf\x11\xe0", "MS Office file"), (b"SQLite format", "SQLite database"),
)


def _common_char(ch: str) -> bool:
    """Characters that real text is made of: ASCII, Latin/Greek/Cyrillic/Hebrew/Arabic, punctuation, CJK."""
    o = ord(ch)
    return (
        (32 <= o < 0x7F)
        or ch in "\n\r\t"
        or 0xA0 <= o < 0x0800
        or 0x2000 <= o < 0x2070
        or 0x3040 <= o < 0xA000
        or 0xAC00 <= o < 0xD7A4
    )


def _looks_utf16(raw: bytes) -> str | None:
    """UTF-16 without BOM: NUL bytes on one parity, and a decoding made of common characters."""
    sample = raw[:8000]
    if len(sample) < 4 or sample.count(b"\x00") < _MIN_UTF16_NUL_RATIO * len(sample):
        return None
    even, odd = sample[0::2].count(b"\x00"), sample[1::2].count(b"\x00")
    if max(even, odd) < 0.9 * (even + odd):  # NULs of UTF-16 are high bytes: all on one parity
        return None
    sample = sample[: len(sample) // 2 * 2]
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(map(_common_char, text)) / max(1, len(text))
        if score > best_score:
            best, best_score = enc, score
    return best if best_score >= 0.9 else None


def control_ratio(text: str) -> float:
    """Share of control, unassigned, private-use and surrogate characters (binary junk)
    in the first 20,000 characters; whitespace and format characters (ZWJ, RLM) are fine."""
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = len(_ASCII_CONTROL.findall(sample))  # ASCII is judged by a regex, the rest one by one
    bad += sum(1 for ch in _NON_ASCII.findall(sample)
               if unicodedata.category(ch)[0] == "C" and unicodedata.category(ch) != "Cf")
    return bad / len(sample)


def guess_legacy(raw: bytes) -> str:
    """The single-byte code page of non-UTF-8 bytes: ``cp1251``, ``cp1252`` or ``latin-1``.

    Cyrillic in Windows-1251 puts its letters in 0xC0-0xFF and writes whole
    words with them; Western European text has isolated accented letters
    inside ASCII words. Windows-1252 differs from Latin-1 only in 0x80-0x9F
    (curly quotes, dashes), which Latin-1 holds as control characters.
    """
    runs = [len(m.group()) for m in _HIGH_RUN.finditer(raw[:200_000])]
    high = sum(runs)
    if high and sum(n for n in runs if n >= 3) / high >= 0.5:
        try:
            raw.decode("cp1251")
            return "cp1251"
        except UnicodeDecodeError:
            pass
    if _C1_CP1252.search(raw):
        try:
            raw.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return "latin-1"


def decode(raw: bytes) -> tuple[str, str]:
    """Decode raw bytes to text; return ``(text, encoding)``.

    Args:
        raw: the file's bytes.

    Returns:
        The text (newlines normalised to ``\\n``) and the codec name used.

    Raises:
        ValueError: for binary content ("binary" in the message) or undecodable bytes.
    """
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise ValueError(f"binary content: looks like a {kind}")
    text = None
    encoding = ""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                text, encoding = raw.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise ValueError(f"undecodable as {enc} despite its byte-order mark: {exc}") from exc
            break
    if text is None and (enc16 := _looks_utf16(raw)):
        try:
            text, encoding = raw.decode(enc16), enc16
        except UnicodeDecodeError:
            text = None
    if text is None:
        if raw.count(b"\x00") > max(_MIN_NUL_BINARY, _MAX_NUL_RATIO * len(raw)):
            raise ValueError("binary content: NUL bytes")
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            encoding = guess_legacy(raw)
            text = raw.decode(encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if control_ratio(text.replace("\x00", "")) > _MAX_CONTROL_RATIO:
        raise ValueError(f"binary content: too many control characters after decoding as {encoding}")
    return text, encoding


def declared_charset(raw: bytes) -> str | None:
    """The ``<meta charset>`` of an HTML page, as a Python codec name (None if absent or unknown)."""
    m = _META_CHARSET.search(raw[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_html(raw: bytes) -> tuple[str, str]:
    """Decode an HTML page: BOM first, then its declared charset, then :func:`decode`."""
    if not any(raw.startswith(bom) for bom, _ in _BOMS) and (declared := declared_charset(raw)):
        try:
            return raw.decode(declared).replace("\r\n", "\n").replace("\r", "\n"), declared
        except UnicodeDecodeError:
            pass
    return decode(raw)


def extract_text(raw: bytes, suffix: str) -> tuple[str, str]:
    """Text of a file by its suffix; returns ``(text, encoding)``.

    ``.html``/``.htm``: the main text of the page (see :mod:`pipeline.formats`),
    ``.pdf``: the text layer (encoding ``pdf``), anything else: :func:`decode`.

    Raises:
        ValueError: binary or undecodable content, or a broken PDF.
    """
    suffix = suffix.lower()
    if suffix in (".html", ".htm"):
        from .formats import html_to_text

        html, enc = decode_html(raw)
        return html_to_text(html), enc
    if suffix == ".pdf":
        from .formats import pdf_to_text

        return pdf_to_text(raw), "pdf"
    return decode(raw)
