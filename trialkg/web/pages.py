"""HTML pages of the server, as plain Python string templates.

Every piece of text that comes from the store or the request goes through
:func:`html.escape` (criteria text is untrusted). Pages load only the files of
``static/`` from this server: no CDN, no inline script or style, so the
Content-Security-Policy can forbid everything else.
"""

from __future__ import annotations

import json
import re
from html import escape
from urllib.parse import quote, urlencode

from trialkg.web.card import CardCriterion, CardFact, TrialCard
from trialkg.web.landscape import Landscape, render_heatmap

__all__ = ["render_page", "render_index", "render_card", "render_landscape", "render_error",
           "trial_path"]


def trial_path(identifier: str) -> str:
    """Return the path of a trial card."""
    return "/trial/" + quote(identifier, safe="")


def render_page(title: str, body: str, *, scripts: tuple[str, ...] = (), active: str = "") -> str:
    """Wrap a page body in the common layout.

    :param title: the page title (plain text).
    :param body: the page body (markup).
    :param scripts: names of files in ``static/`` to load.
    :param active: the navigation entry to mark.
    """
    nav = "".join(
        f'<a href="{href}"{" aria-current=page" if key == active else ""}>{label}</a>'
        for key, href, label in (("query", "/", "Query"), ("landscape", "/landscape", "Landscape"),
                                 ("api", "/api/queries", "Named queries (JSON)")))
    tags = "".join(f'<script src="/static/{escape(s)}" defer></script>' for s in scripts)
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)} · trialkg</title>"
            f'<link rel="icon" href="data:,"><link rel="stylesheet" href="/static/style.css">'
            f"{tags}</head>"
            f'<body><header class="top"><a class="brand" href="/">trialkg</a>'
            f"<nav>{nav}</nav></header><main>{body}</main>"
            f'<footer>Read-only SPARQL 1.1 endpoint at <code>/sparql</code> · '
            f'<a href="/api/queries">named queries</a></footer></body></html>\n')


def _json_script(element_id: str, data: object) -> str:
    text = json.dumps(data, ensure_ascii=False)
    # no "</script>" or "<!--" can end the block early
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def render_index(queries: list[dict], limits: dict) -> str:
    """Render the query page: editor, named query examples, results area."""
    body = f"""
<section class="intro">
  <h1>Query the trial knowledge graph</h1>
  <p>Write SPARQL below or start from a named query. Results come from the read-only endpoint
  <code>/sparql</code> (limits: {escape(str(limits.get("timeout")))} s per query,
  {escape(str(limits.get("max_results")))} rows or triples).</p>
</section>
<div class="workspace">
  <aside class="examples" aria-label="Named queries">
    <h2>Named queries</h2>
    <ul id="named-list"></ul>
  </aside>
  <section class="editor-pane">
    <div id="named-form" class="named-form" hidden>
      <h2 id="named-title"></h2>
      <p id="named-description" class="muted"></p>
      <div id="named-params" class="params"></div>
    </div>
    <label for="query" class="visually-hidden">SPARQL query</label>
    <div class="editor" id="editor">
      <pre class="highlight" aria-hidden="true"><code id="highlight"></code></pre>
      <textarea id="query" name="query" spellcheck="false" autocomplete="off" wrap="off"
                autocapitalize="off" aria-describedby="editor-help"></textarea>
    </div>
    <div class="actions">
      <button id="run" type="button" class="primary">Run query</button>
      <span id="editor-help" class="muted">Ctrl+Enter runs the query.</span>
      <span class="spacer"></span>
      <button id="download" type="button" disabled>Download CSV</button>
    </div>
    <div id="status" class="status" role="status" aria-live="polite"></div>
    <div id="error" class="error" role="alert" hidden></div>
    <div id="results" class="results"></div>
  </section>
</div>
{_json_script("named-queries", queries)}
"""
    return render_page("Query", body, scripts=("editor.js", "app.js"), active="query")


def _dl(items: list[tuple[str, str]]) -> str:
    return "<dl class=\"facts-dl\">" + "".join(
        f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in items if v) + "</dl>"


def _highlighted(text: str, criteria: list[CardCriterion], base: int) -> str:
    """Mark every fact span (and unparsed criterion) of ``text`` in place.

    ``base`` is the offset of ``text`` in the coordinates of the criteria offsets.
    """
    crit_spans: list[tuple[int, int, CardCriterion]] = []  # (start, end, criterion)
    fact_spans: list[tuple[int, int, CardFact]] = []  # (start, end, fact)
    for c in criteria:
        if c.start is None or c.end is None:
            continue
        crit_spans.append((c.start - base, c.end - base, c))
        for f in c.facts:
            fact_spans.append((c.start - base + f.start, c.start - base + f.end, f))
    cuts = {0, len(text)}
    for s, e, _ in (*crit_spans, *fact_spans):
        cuts.update((max(0, min(len(text), s)), max(0, min(len(text), e))))
    points = sorted(cuts)
    last_piece: dict[int, int] = {}
    for a, b in zip(points, points[1:], strict=False):
        for s, e, fact in fact_spans:
            if s <= a and b <= e:
                last_piece[fact.n] = a
    out = []
    for a, b in zip(points, points[1:], strict=False):
        piece = escape(text[a:b])
        facts = [fact for s, e, fact in fact_spans if s <= a and b <= e]
        crits = [crit for s, e, crit in crit_spans if s <= a and b <= e]
        for f in facts:
            end = f' data-end="{f.n}"' if last_piece.get(f.n) == a else ""
            piece = (f'<mark class="fact fam-{escape(f.family)}" data-fact="{f.n}"{end} '
                     f'title="{escape(f.summary)}">{piece}</mark>')
        if crits:
            c = crits[-1]  # the innermost (sorted by start; nested ones come later)
            cls = "crit " + c.kind + (" unparsed" if c.unparsed else "") + (
                " alternative" if c.alternative else "")
            notes = (["no structured fact read from this criterion"] if c.unparsed else []) + (
                ["one of a set of alternative criteria: one of them must hold"]
                if c.alternative else [])
            label = f' title="{"; ".join(notes)}"' if notes else ""
            piece = f'<span class="{cls}"{label}>{piece}</span>'
        out.append(piece)
    return "".join(out)


def _criteria_block(card: TrialCard) -> str:
    if card.offsets_match and card.eligibility_text is not None:  # offsets_match: a text
        marked = _highlighted(card.eligibility_text, card.criteria, 0)
        return f'<pre class="eligibility">{marked}</pre>'
    if not card.criteria:
        text = card.eligibility_text or "No eligibility criteria recorded."
        return f'<pre class="eligibility">{escape(text)}</pre>'
    items = []
    for c in card.criteria:  # offsets unusable: each criterion on its own
        solo = CardCriterion(c.kind, c.text, 0, len(c.text), c.unparsed, c.depth, c.marker, c.facts,
                             c.alternative)
        items.append(f'<li class="depth-{min(c.depth, 4)} {c.kind}">'
                     f'{_highlighted(c.text, [solo], 0)}</li>')
    return f'<ol class="criteria-list eligibility">{"".join(items)}</ol>'


def render_card(card: TrialCard) -> str:
    """Render a trial card: header, conditions, interventions, highlighted criteria."""
    if card.nct_id and re.fullmatch(r"NCT\d{8}", card.nct_id):
        nct = (f'{card.nct_id} <a class="muted" href="https://clinicaltrials.gov/study/'
               f'{card.nct_id}" rel="noopener noreferrer">ClinicalTrials.gov record</a>')
    else:
        nct = escape(card.nct_id or "")
    ident = [("NCT id", nct) if card.nct_id else ("local id", escape(card.identifier)),
             ("phase", escape(", ".join(card.phases))), ("status", escape(card.status or "")),
             ("study type", escape(card.study_type or "")),
             ("enrollment", escape(card.enrollment or "")), ("ages", escape(card.ages or "")),
             ("sex", escape(card.sex or ""))]
    conds = []
    for c in card.conditions:
        code = ""
        if c.code:
            code = (f' <a class="code" href="{escape(c.code_iri or "")}" rel="noopener noreferrer">'
                    f"{escape(c.code)}</a>")
            if c.code_label:
                code += f' <span class="muted">{escape(c.code_label)}</span>'
        else:
            code = ' <span class="tag warn">unmapped</span>'
        quals = "".join(f' <span class="tag">{escape(q)}</span>' for q in c.qualifiers)
        conds.append(f"<li>{escape(c.label)}{code}{quals}</li>")
    ints = []
    for i in card.interventions:
        tags = []
        if i.category:
            tags.append(f'<span class="tag cat">{escape(i.category)}</span>')
        tags += [f'<span class="tag target">target: {escape(t)}</span>' for t in i.targets]
        if i.cell_source:
            tags.append(f'<span class="tag">{escape(i.cell_source)}</span>')
        kind = f' <span class="muted">({escape(i.registry_type)})</span>' if i.registry_type else ""
        ints.append(f"<li>{escape(i.label)}{kind} {' '.join(tags)}</li>")
    facts = []
    for f in card.facts:
        details = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in f.details)
        facts.append(
            f'<li class="fact-item fam-{escape(f.family)}" data-fact="{f.n}" id="fact-{f.n}">'
            f'<span class="n">{f.n}</span> <strong>{escape(f.title)}</strong>: '
            f'<span class="summary">{escape(f.summary)}</span>'
            f'<dl class="details">{details}</dl>'
            f'<q class="evidence">{escape(f.evidence)}</q></li>')
    unparsed = sum(1 for c in card.criteria if c.unparsed)
    legend = (f'<p class="legend"><mark class="fact fam-lab">lab</mark> '
              f'<mark class="fact fam-performance">performance</mark> '
              f'<mark class="fact fam-age">age</mark> '
              f'<mark class="fact fam-condition">condition</mark> '
              f'<mark class="fact fam-other">other fact</mark> '
              f'<span class="crit unparsed">unparsed criterion</span> · '
              f"{len(card.facts)} fact(s) in {len(card.criteria)} criteria, "
              f"{unparsed} unparsed</p>")
    official = (f'<p class="official">{escape(card.official_title)}</p>'
                if card.official_title and card.official_title != card.title else "")
    summary = (f'<details class="summary"><summary>Summary</summary><p>{escape(card.summary)}</p>'
               f"</details>" if card.summary else "")
    none = "<li>none recorded</li>"
    body = f"""
<article class="card" data-trial="{escape(card.identifier)}">
  <h1>{escape(card.title)}</h1>
  {official}
  {_dl(ident)}
  <p class="muted">IRI: <code>{escape(card.iri)}</code></p>
  {summary}
  <div class="two">
    <section><h2>Conditions</h2><ul class="plain">{"".join(conds) or none}</ul></section>
    <section><h2>Interventions</h2><ul class="plain">{"".join(ints) or none}</ul></section>
  </div>
  <h2>Eligibility criteria</h2>
  {legend}
  <div class="criteria-layout">
    <section class="criteria-text">{_criteria_block(card)}</section>
    <aside class="fact-list"><h3>Structured facts</h3>
      <ol class="facts">{"".join(facts) or "<li>No structured fact was read.</li>"}</ol></aside>
  </div>
</article>"""
    return render_page(card.nct_id or card.identifier, body, scripts=("card.js",))


def render_landscape(landscape: Landscape, *, top: int, cell: tuple[str, str | None] | None = None,
                     trials: list[tuple[str, str]] | None = None) -> str:
    """Render the landscape page: heat map, and the trials of a chosen cell."""
    def link(code: str, category: str | None) -> str:
        params = {"top": str(top), "disease": code}
        if category is not None:
            params["category"] = category
        return "/landscape?" + urlencode(params) + "#cell"

    if not landscape.diseases:
        chart = ('<p class="empty">No trial studies a condition mapped to MONDO yet. Load trials '
                 "with <code>trialkg load</code> and reload this page.</p>")
    else:
        chart = f'<div class="chart">{render_heatmap(landscape, link)}</div>'
    listing = ""
    if cell is not None:
        code, category = cell
        label = next((lab for c, lab, _ in landscape.diseases if c == code), code)
        what = f"{escape(label)} ({escape(code)})" + (f" × {escape(category)}" if category else "")
        rows = "".join(f'<li><a href="{escape(trial_path(i))}">{escape(i)}</a> {escape(t)}</li>'
                       for i, t in (trials or []))
        listing = (f'<section id="cell" class="cell-list"><h2>Trials: {what}</h2>'
                   f'<ol>{rows or "<li>none</li>"}</ol></section>')
    more = ""
    if landscape.total_diseases > len(landscape.diseases):
        more = (f' Showing the top {len(landscape.diseases)} of {landscape.total_diseases} '
                f'diseases; <a href="/landscape?top={min(200, top * 2)}">show more</a>.')
    body = f"""
<h1>Trial landscape</h1>
<p>Trials by studied disease (as mapped to MONDO) and intervention category. A trial counts
once per cell and can appear in several categories. Click a cell or a disease to list its
trials.{more}</p>
{chart}
{listing}"""
    return render_page("Landscape", body, active="landscape")


def render_error(status: int, title: str, message: str) -> str:
    """Render an error page (404, 503…) with the message escaped."""
    body = (f'<section class="error-page"><h1>{status}: {escape(title)}</h1>'
            f'<p class="error">{escape(message)}</p><p><a href="/">Back to the query page</a></p>'
            f"</section>")
    return render_page(title, body)
