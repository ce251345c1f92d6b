"""Report helper: a document's text as HTML with overlapping highlights, built from character offsets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape


@dataclass(frozen=True, slots=True)
class RowLink:
    """A highlighted span and its table row, linked both ways.

    Where the span starts stand the element id :attr:`anchor` (the row's reference links there) and a
    small marker, ``label`` (↗ when empty), that links to the row, whose element id is :attr:`row`.
    ``key`` is the row's id (a quote_id).
    """

    key: str
    label: str = ""

    @property
    def anchor(self) -> str:
        return f"text-{self.key}"

    @property
    def row(self) -> str:
        return f"row-{self.key}"


@dataclass(frozen=True, slots=True)
class Highlight:
    """One span to highlight: ``text[start:end]`` gets ``css`` classes, a tooltip and optionally a
    :class:`RowLink` to its table row."""

    start: int
    end: int
    css: str
    title: str = ""
    link: RowLink | None = None


def _valid(h: Highlight, n: int) -> bool:
    return 0 <= h.start < h.end <= n


def _link_marks(link: RowLink) -> str:
    """The anchor the row links to and the marker that links to the row."""
    return (f'<a class="anchor" id="{escape(link.anchor)}"></a>'
            f'<a class="marker" href="#{escape(link.row)}">{escape(link.label or "↗")}</a>')


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
            if h.link is not None:
                out.append(_link_marks(h.link))
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
