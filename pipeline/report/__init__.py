"""Review report: one self-contained HTML page over an output folder (and the raw texts).

    from pipeline.report import write_report
    write_report(Path("data/processed"), Path("data/raw"))   # -> data/processed/report.html

The page needs no network: styles, the small filter script and the charts
(inline SVG) are inside it. Every table value and text is HTML-escaped.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..config import DATA
from ..tables import load_tables
from .model import (
    claims_by_kind_and_claimant,
    countries_by_mentions,
    document_views,
    priority_matrix,
    quotes_per_speaker,
    raw_texts,
    table,
)
from .page import overview, page

__all__ = ["write_report", "render_report", "REPORT_NAME"]

log = logging.getLogger(__name__)

REPORT_NAME = "report.html"
_ASSETS = DATA / "report"


def render_report(tables: dict, raw_dir: Path | None = None, *, title: str = "Pipeline review report",
                  subtitle: str = "") -> str:
    """The report page as HTML text, from loaded tables (see :func:`pipeline.load_tables`)."""
    texts = raw_texts(table(tables, "documents"), raw_dir)
    docs = document_views(tables, texts)
    over = overview(docs, quotes=quotes_per_speaker(tables), countries=countries_by_mentions(tables),
                    priorities=priority_matrix(tables), claims=claims_by_kind_and_claimant(tables))
    css = (_ASSETS / "report.css").read_text(encoding="utf-8")
    js = (_ASSETS / "report.js").read_text(encoding="utf-8")
    return page(docs, over, title=title, subtitle=subtitle, css=css, js=js)


def write_report(out_dir: Path, raw_dir: Path | None = None, dest: Path | None = None) -> Path:
    """Write the review report for the tables in ``out_dir``.

    Args:
        out_dir: folder with the pipeline's CSV tables.
        raw_dir: the input folder of that run; without it the texts are not shown.
        dest: the HTML file to write (default ``out_dir/report.html``).

    Returns:
        The path of the written file.

    Raises:
        PipelineError: ``out_dir`` holds no tables (E012).
    """
    out_dir = Path(out_dir)
    tables = load_tables(out_dir)
    subtitle = f"tables: {out_dir}" + (f" · texts: {raw_dir}" if raw_dir else "")
    html = render_report(tables, Path(raw_dir) if raw_dir else None, subtitle=subtitle)
    dest = Path(dest) if dest else out_dir / REPORT_NAME
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(html, encoding="utf-8")
    log.info("wrote review report %s", dest)
    return dest
