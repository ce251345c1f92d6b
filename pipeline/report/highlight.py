"""Report helper: a document's text as HTML with overlapping highlights, built from character offsets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True, slots=True)
class Highlight:
    """One span to highlight: ``text[start:end]`` gets ``css`` classes and a tooltip.

    ``anchor`` (optional) is an element id placed where the span starts, and
    ``href`` a link target shown as a small marker there (e.g. the quote's row).
    """

    start: int
    end: int
    css: str
    title: str = ""
    anchor: str = ""
    href: str = ""
    marker: str = ""


def _valid(h: Highlight, n: int) -> bool:
    return 0 <= h.start < h.end <= n


def render_text(text: str, highlights: Sequence[Highlight]) -> str:
    """Escaped ``text`` with every highlight wrapped in ``<span class=...>``; overlaps are split.

    The text is cut at every highlight boundary; each piece is wrapped once
    with the classes of all highlights covering it, so overlapping and nested
    spans (a country inside a quote) need no nesting of elements. Highlights
    whose offsets fall outside the text are ignored.

    Example: ``render_text("Serikova said Kazakhstan is ready.", [Highlight(0, 8, "ent-person"),
    Highlight(14, 24, "ent-country")])`` ->
    ``<span class="ent-person">Serikova</span> said <span class="ent-country">Kazakhstan</span> is ready.``
    """
    hs = [h for h in highlights if _valid(h, len(text))]
    bounds = sorted({0, len(text), *(h.start for h in hs), *(h.end for h in hs)})
    starts: dict[int, list[Highlight]] = {}
    for h in hs:
        starts.setdefault(h.start, []).append(h)
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        for h in starts.get(a, ()):
            if h.anchor:
                out.append(f'<a class="anchor" id="{escape(h.anchor)}"></a>')
            if h.href:
                out.append(f'<a class="marker" href="#{escape(h.href)}">{escape(h.marker or "↗")}</a>')
        covering = [h for h in hs if h.start <= a and b <= h.end]
        piece = escape(text[a:b])
        if not covering:
            out.append(piece)
            continue
        classes = " ".join(dict.fromkeys(c for h in covering for c in h.css.split()))
        titles = " · ".join(dict.fromkeys(h.title for h in covering if h.title))
        title_attr = f' title="{escape(titles)}"' if titles else ""
        out.append(f'<span class="{escape(classes)}"{title_attr}>{piece}</span>')
    return "".join(out)
