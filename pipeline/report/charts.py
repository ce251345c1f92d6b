"""Report helper: inline SVG bar charts and an HTML heat-map matrix (no JavaScript, no network)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

_BAR_H = 18
_GAP = 4
_LABEL_W = 220
_BAR_W = 360


def bar_chart(items: Sequence[tuple[str, int]], *, title: str, chart_id: str, color: str = "#4c78a8",
              limit: int = 20) -> str:
    """A horizontal bar chart as an inline ``<svg>`` inside a ``<figure>``.

    Args:
        items: (label, value) pairs, drawn in the given order.
        title: caption of the figure.
        chart_id: id of the figure element.
        color: bar colour.
        limit: at most this many bars (the rest are summarised in the caption).

    Returns:
        HTML text; an explanatory paragraph when there is nothing to draw.
    """
    head = f'<figure class="chart" id="{escape(chart_id)}"><figcaption>{escape(title)}</figcaption>'
    items = [(str(label), int(value)) for label, value in items if int(value) > 0]
    if not items:
        return head + '<p class="empty">No data.</p></figure>'
    shown, rest = items[:limit], items[limit:]
    top = max(v for _, v in shown)
    height = len(shown) * (_BAR_H + _GAP)
    width = _LABEL_W + _BAR_W + 50
    rows = []
    for i, (label, value) in enumerate(shown):
        y = i * (_BAR_H + _GAP)
        w = max(1, round(_BAR_W * value / top))
        short = label if len(label) <= 34 else label[:33] + "…"
        rows.append(
            f'<g class="bar"><title>{escape(label)}: {value}</title>'
            f'<text x="{_LABEL_W - 6}" y="{y + _BAR_H - 5}" text-anchor="end">{escape(short)}</text>'
            f'<rect x="{_LABEL_W}" y="{y}" width="{w}" height="{_BAR_H}" fill="{escape(color)}"></rect>'
            f'<text x="{_LABEL_W + w + 4}" y="{y + _BAR_H - 5}">{value}</text></g>'
        )
    more = f'<p class="more">… and {len(rest)} more</p>' if rest else ""
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" aria-label="{escape(title)}">{"".join(rows)}</svg>')
    return head + svg + more + "</figure>"


def matrix(counts: dict[tuple[str, str], int], *, title: str, chart_id: str, row_label: str,
           col_label: str) -> str:
    """A heat-map table: one row per row key, one column per column key, cells shaded by count.

    Args:
        counts: {(row, column): count}.
        title: caption.
        chart_id: id of the figure element.
        row_label: header of the row keys (e.g. "owner").
        col_label: header over the column keys (e.g. "partner").
    """
    head = f'<figure class="chart matrix" id="{escape(chart_id)}"><figcaption>{escape(title)}</figcaption>'
    if not counts:
        return head + '<p class="empty">No data.</p></figure>'
    rows = sorted({r for r, _ in counts})
    col_totals: dict[str, int] = {}
    for (_, c), n in counts.items():
        col_totals[c] = col_totals.get(c, 0) + n
    cols = sorted(col_totals, key=lambda c: (-col_totals[c], c))
    top = max(counts.values())
    header = "".join(f'<th scope="col">{escape(c)}</th>' for c in cols)
    body = []
    for r in rows:
        cells = []
        for c in cols:
            n = counts.get((r, c), 0)
            alpha = 0.12 + 0.88 * n / top if n else 0
            style = f' style="background: rgba(76, 120, 168, {alpha:.2f})"' if n else ""
            cells.append(f'<td{style} title="{escape(r)} → {escape(c)}: {n}">{n or ""}</td>')
        body.append(f'<tr><th scope="row">{escape(r)}</th>{"".join(cells)}</tr>')
    table = (f'<table><thead><tr><th>{escape(row_label)} \\ {escape(col_label)}</th>{header}</tr></thead>'
             f'<tbody>{"".join(body)}</tbody></table>')
    return head + table + "</figure>"
