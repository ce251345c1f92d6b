"""Stage 1 helpers: text out of HTML and PDF files.

HTML: the page's main text through ``trafilatura`` (boilerplate such as menus,
footers, cookie banners and scripts dropped) when it is installed and finds
content; otherwise a standard-library parser that drops the usual boilerplate
tags. PDF: the text layer through ``pypdf``. Either way the result is plain
text with one blank line between paragraphs; every offset of the tables
points into it.
"""

from __future__ import annotations

import io
import logging
import re
from html.parser import HTMLParser

log = logging.getLogger(__name__)

_SKIP = {"script", "style", "nav", "footer", "header", "aside", "noscript", "form", "svg", "template", "button",
         "select", "iframe", "head"}
_KEEP_IN_HEAD = {"title"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section",
          "article", "title", "dd", "dt", "pre", "main", "figcaption", "td", "th", "ul", "ol", "table"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param",
         "track"}
_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b\n]+")
_PARAGRAPHS = re.compile(r"\n\s*\n")


class _TextParser(HTMLParser):
    """Collects visible text, paragraph breaks at block tags, skipping boilerplate elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _VOID:
            if tag == "br" and not self._skip:
                self.parts.append("\n\n")
            return
        if self._skip or (tag in _SKIP and tag not in _KEEP_IN_HEAD):
            self._skip.append(tag)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag in self._skip:  # close up to the matching tag (tolerates unclosed children)
                while self._skip and self._skip.pop() != tag:
                    pass
            return
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _paragraphs(text: str) -> str:
    paragraphs = (_SPACES.sub(" ", p).strip() for p in _PARAGRAPHS.split(text))
    kept = [p for p in paragraphs if p]
    return "\n\n".join(kept) + "\n" if kept else ""


def html_to_text_stdlib(html: str) -> str:
    """Visible text of an HTML page with the standard library only.

    ``<p>ASTANA, 3 May. The minister said “we are ready”.</p><footer>©</footer>``
    -> ``"ASTANA, 3 May. The minister said “we are ready”.\\n"``
    """
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception as exc:  # html.parser is lenient; keep whatever was read
        log.debug("html.parser stopped early: %s", exc)
    return _paragraphs("".join(parser.parts))


def _trafilatura_text(html: str) -> str | None:
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        text = trafilatura.extract(html, favor_recall=True, include_comments=False, include_tables=True,
                                   deduplicate=False, output_format="txt")
    except Exception as exc:  # a library bug on odd markup must not lose the page
        log.debug("trafilatura failed: %s", exc)
        return None
    if not text or not text.strip():
        return None
    return _paragraphs(text.replace("\n", "\n\n"))


def html_to_text(html: str) -> str:
    """Main text of an HTML page, one paragraph per block, boilerplate dropped.

    Uses trafilatura when installed (and when it finds content), else
    :func:`html_to_text_stdlib`.
    """
    return _trafilatura_text(html) or html_to_text_stdlib(html)


def pdf_to_text(raw: bytes) -> str:
    """The text layer of a PDF, pages separated by a blank line (needs ``pypdf``).

    Raises:
        ValueError: pypdf missing, a broken or encrypted file, or no text layer (a scan).
    """
    try:
        from pypdf import PdfReader
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ValueError("reading PDF needs the pypdf package (pip install pypdf)") from exc
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            raise ValueError("the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ValueError:
        raise
    except Exception as exc:  # pypdf raises many types on broken files
        raise ValueError(f"broken PDF ({type(exc).__name__}: {exc})") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise ValueError("the PDF has no text layer (a scan? run OCR first)")
    return text.replace("\r\n", "\n").replace("\r", "\n") + "\n"
