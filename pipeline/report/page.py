"""Report helper: the HTML page (overview, charts, one section per document). All text is escaped."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

from .charts import bar_chart, matrix
from .highlight import render_text
from .model import CLAIM_KINDS, DocView, quote_link

_LEGEND = (
    '<p class="legend"><span class="ent-person">person</span><span class="ent-org">organization</span>'
    '<span class="ent-country">country</span><span class="priority">policy priority</span>'
    '<span class="quote spk-0">direct quote (colour = speaker)</span>'
    '<span class="quote quote-indirect spk-1">indirect quote</span></p>'
)


def _anchor(doc_id: str) -> str:
    return "doc-" + "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in doc_id)


def _speaker_anchor(doc: DocView, speaker_id: str) -> str:
    return f"{_anchor(doc.doc_id)}-spk-{''.join(ch if ch.isalnum() else '-' for ch in speaker_id)}"


def _rows(headers: Sequence[str], rows: Sequence[Sequence[str]], *, css: str = "rows", ids: Sequence[str] = (),
          kinds: Sequence[str] = ()) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for i, row in enumerate(rows):
        rid = f' id="{escape(ids[i])}"' if i < len(ids) and ids[i] else ""
        rid += f' data-kind="{escape(kinds[i])}"' if i < len(kinds) else ""
        body.append(f"<tr{rid}>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def _speakers_table(doc: DocView) -> str:
    if not doc.speakers:
        return '<p class="empty">No speakers found.</p>'
    rows = [
        [f'<span class="quote spk-{s.colour}">{escape(s.name)}</span>', escape(s.role), escape(s.organization),
         escape(s.country), str(s.n_quotes), escape(" | ".join(s.affiliations))]
        for s in doc.speakers
    ]
    ids = [_speaker_anchor(doc, s.speaker_id) for s in doc.speakers]
    return _rows(["speaker", "role", "organization", "country", "quotes", "affiliations stated"], rows, ids=ids)


def _quotes_table(doc: DocView) -> str:
    if not doc.quotes:
        return '<p class="empty">No quotes found.</p>'
    rows, ids = [], []
    for q in doc.quotes:
        spk = doc.speaker(q.speaker_id)
        if q.speaker_id and spk:
            who = (f'<a class="speaker-link quote spk-{spk.colour}" href="#{_speaker_anchor(doc, q.speaker_id)}">'
                   f"{escape(q.speaker or spk.name)}</a>")
            if spk.affiliation:
                who += f'<div class="affiliation">{escape(spk.affiliation)}</div>'
        else:
            who = escape(q.speaker) or ("" if q.source else '<span class="note">unattributed</span>')
        link = quote_link(q.quote_id)
        ref = escape(link.label)
        where = f'<a href="#{escape(link.anchor)}">{ref}</a>' if doc.text is not None and q.start is not None \
            else ref
        conf = "" if q.confidence is None else f"{q.confidence:.2f}"
        rows.append([where, who, escape(q.source), escape(q.kind), escape(q.cue),
                     f'<q class="quote-text">{escape(q.text)}</q>', conf])
        ids.append(link.row)
    return _rows(["quote", "speaker", "source", "kind", "cue", "text", "conf."], rows, ids=ids)


def _claims_table(doc: DocView) -> str:
    """The document's claims with kind, hedge, claimant and the entities they name; each row carries its kind
    (``data-kind``) for the page's kind filter."""
    if not doc.claims:
        return '<p class="empty">No claims found.</p>'
    rows, kinds = [], []
    for c in doc.claims:
        kind = escape(c.kind) + (f'<div class="cue">{escape(c.kind_cue)}</div>' if c.kind_cue else "")
        hedge = escape(c.hedge) if c.hedged else ""
        claimant = escape(c.claimant) or '<span class="note">the document</span>'
        rows.append([escape(c.claim_id.rsplit("#", 1)[-1]), kind, hedge, claimant,
                     f'<q class="claim-text">{escape(c.text)}</q>', escape(", ".join(c.about))])
        kinds.append(c.kind)
    return _rows(["claim", "kind (cue)", "hedge", "claimant", "text", "about"], rows, css="rows claims", kinds=kinds)


def _claims_filter() -> str:
    options = "".join(f'<option value="{k}">{k}</option>' for k in CLAIM_KINDS)
    return ('<label class="claims-filter">Claims of kind <select id="claim-kind" aria-label="claim kind">'
            f'<option value="">all</option>{options}</select></label>')


def _entities(doc: DocView) -> str:
    parts = []
    if doc.countries:
        items = ", ".join(f"{escape(name or iso3)} ({escape(iso3)}) ×{n}" for iso3, name, n in doc.countries)
        parts.append(f'<p class="countries"><b>Countries:</b> {items}</p>')
    if doc.organizations:
        items = ", ".join(escape(name) + (f" ({escape(acr)})" if acr and acr != name else "") + f" ×{n}"
                          for name, acr, n in doc.organizations)
        parts.append(f'<p class="organizations"><b>Organizations:</b> {items}</p>')
    if doc.priorities:
        rows = [[escape(p.get("owner_iso3", "")), escape(p.get("document", "")), escape(p.get("rank", "")),
                 escape(p.get("priority", "")), escape(p.get("partner", "")), escape(p.get("partner_code", "")),
                 escape(p.get("relation", ""))] for p in doc.priorities]
        parts.append("<h4>Policy priorities</h4>" + _rows(
            ["owner", "document", "rank", "priority", "partner", "code", "relation"], rows))
    return "".join(parts)


def document_section(doc: DocView, *, open_: bool = False) -> str:
    """One ``<section class="document">`` with metadata, highlighted text, speakers, quotes and entities."""
    status = escape(doc.status)
    meta = [f"path: {escape(doc.path)}", f'status: <span class="status-{status}">{status}</span>']
    if doc.encoding:
        meta.append(f"encoding: {escape(doc.encoding)}")
    if doc.published:
        meta.append(f"published: {escape(doc.published)}")
    body = [f'<p class="meta">{" · ".join(meta)}</p>']
    if doc.error:
        body.append(f'<p class="error status-{status}">{escape(doc.error)}</p>')
    if doc.text is not None:
        body.append(f'<div class="doctext">{render_text(doc.text, doc.highlights)}</div>')
    elif doc.note:
        body.append(f'<p class="note">{escape(doc.note)}</p>')
    if doc.status == "ok":
        body += ["<h4>Speakers</h4>", _speakers_table(doc), "<h4>Quotes</h4>", _quotes_table(doc),
                 "<h4>Claims</h4>", _claims_table(doc), _entities(doc)]
    title = escape(doc.title or doc.doc_id)
    search = escape(f"{doc.doc_id} {doc.title}".lower())
    summary = (f"<summary>{escape(doc.doc_id)} — {title} <small>({len(doc.quotes)} quotes, "
               f"{len(doc.speakers)} speakers, {len(doc.claims)} claims)</small></summary>")
    return (f'<section class="document" id="{_anchor(doc.doc_id)}" data-doc-id="{escape(doc.doc_id)}" '
            f'data-search="{search}"><details{" open" if open_ else ""}>{summary}{"".join(body)}</details></section>')


def overview(docs: Sequence[DocView], *, quotes: Sequence[tuple[str, int]], countries: Sequence[tuple[str, int]],
             priorities: dict[tuple[str, str], int], claims: dict[tuple[str, str], int] | None = None) -> str:
    """The corpus overview: counts, the charts and the table of failed documents."""
    failed = [d for d in docs if d.status != "ok"]
    stats = [("documents", len(docs)), ("failed or skipped", len(failed)),
             ("quotes", sum(n for _, n in quotes)), ("speakers", sum(len(d.speakers) for d in docs)),
             ("country mentions", sum(n for _, n in countries)), ("priorities", sum(priorities.values())),
             ("claims", sum(len(d.claims) for d in docs))]
    stat_html = "".join(f'<div class="stat"><b>{n}</b>{escape(label)}</div>' for label, n in stats)
    charts = [
        bar_chart(quotes, title="Quotes per speaker", chart_id="chart-quotes", color="#4c78a8"),
        bar_chart(countries, title="Countries by mentions", chart_id="chart-countries", color="#54a24b"),
        matrix(priorities, title="Policy priorities: owner country × partner", chart_id="chart-priorities",
               row_label="owner", col_label="partner"),
        matrix(claims or {}, title="Claims by kind and claimant", chart_id="chart-claims", row_label="claimant",
               col_label="kind"),
    ]
    status_counts = Counter(d.status for d in docs)
    charts.append(bar_chart(sorted(status_counts.items()), title="Documents by status", chart_id="chart-status",
                            color="#888888"))
    if failed:
        rows = [[f'<a href="#{_anchor(d.doc_id)}">{escape(d.doc_id)}</a>',
                 f'<span class="status-{escape(d.status)}">{escape(d.status)}</span>', escape(d.error)] for d in failed]
        errors = _rows(["document", "status", "message"], rows, css="rows errors")
    else:
        errors = '<p class="empty">Every document was read and processed.</p>'
    return (f'<section id="overview"><h2>Corpus overview</h2><div class="stats">{stat_html}</div>'
            f'<div class="charts">{"".join(charts)}</div>'
            f'<h3>Documents with errors</h3><div id="errors">{errors}</div></section>')


def page(docs: Sequence[DocView], overview_html: str, *, title: str, subtitle: str, css: str, js: str) -> str:
    """The whole self-contained page."""
    toc = "".join(f'<li><a href="#{_anchor(d.doc_id)}">{escape(d.doc_id)}</a></li>' for d in docs)
    sections = "".join(document_section(d, open_=(i == 0)) for i, d in enumerate(docs))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f"<title>{escape(title)}</title><style>{css}</style></head><body>"
        f'<header class="top"><h1>{escape(title)}</h1><p>{escape(subtitle)}</p></header><main>'
        f"{overview_html}"
        f'<section id="documents"><h2>Documents</h2>{_LEGEND}'
        f'<input id="filter" type="search" placeholder="Filter documents by id or title" aria-label="filter">'
        f"{_claims_filter()}"
        f'<nav class="toc"><ol>{toc}</ol></nav>{sections}</section>'
        f"</main><script>{js}</script></body></html>\n"
    )
