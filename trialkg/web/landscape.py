"""The trial landscape: trials by disease (MONDO class) and intervention category.

:data:`LANDSCAPE_CELLS` and :data:`LANDSCAPE_ROWS` count distinct trials;
:func:`build_landscape` keeps the top diseases and :func:`render_heatmap` draws
them as a server-side SVG heat map (no script, every label escaped, every cell a
link to the trials it counts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from trialkg.rdf import CATEGORY_CLASSES
from trialkg.results import Table
from trialkg.web.card import curie

__all__ = ["Landscape", "LANDSCAPE_CELLS", "LANDSCAPE_ROWS", "CELL_TRIALS", "DISEASE_TRIALS",
           "build_landscape",
           "render_heatmap", "NO_CATEGORY"]

_PREFIXES = """PREFIX tkg:  <https://w3id.org/trialkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
_MONDO = "http://purl.obolibrary.org/obo/MONDO_"
#: Column name of trials with no categorised intervention.
NO_CATEGORY = "none"

#: Distinct trials per (MONDO class, intervention category).
LANDSCAPE_CELLS = _PREFIXES + f"""
SELECT ?disease ?category (COUNT(DISTINCT ?trial) AS ?trials)
WHERE {{
  ?trial a tkg:ClinicalStudy ; tkg:studiesCondition ?c .
  ?c a ?disease .
  FILTER (STRSTARTS(STR(?disease), "{_MONDO}"))
  OPTIONAL {{ ?trial tkg:hasIntervention ?i . ?i a ?cls . ?cls tkg:categoryName ?cat }}
  BIND (COALESCE(STR(?cat), "{NO_CATEGORY}") AS ?category)
}}
GROUP BY ?disease ?category"""

#: Distinct trials per MONDO class, with the class label when the vocabulary has one.
LANDSCAPE_ROWS = _PREFIXES + f"""
SELECT ?disease (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?trial) AS ?trials)
WHERE {{
  ?trial a tkg:ClinicalStudy ; tkg:studiesCondition ?c .
  ?c a ?disease .
  FILTER (STRSTARTS(STR(?disease), "{_MONDO}"))
  OPTIONAL {{ ?disease rdfs:label ?name }}
}}
GROUP BY ?disease
ORDER BY DESC(?trials) ?disease"""

#: The trials of one cell (``?disease`` and ``?category`` bound).
CELL_TRIALS = _PREFIXES + f"""
SELECT DISTINCT ?trial ?nct_id ?local_id ?title
WHERE {{
  ?trial a tkg:ClinicalStudy ; tkg:studiesCondition ?c .
  ?c a ?disease .
  OPTIONAL {{ ?trial tkg:hasIntervention ?i . ?i a ?cls . ?cls tkg:categoryName ?cat }}
  FILTER (COALESCE(STR(?cat), "{NO_CATEGORY}") = STR(?category))
  OPTIONAL {{ ?trial tkg:nctId ?nct_id }}
  OPTIONAL {{ ?trial tkg:localId ?local_id }}
  OPTIONAL {{ ?trial tkg:title ?title }}
}}
ORDER BY ?nct_id ?local_id ?trial"""

#: The trials of one row (``?disease`` bound).
DISEASE_TRIALS = _PREFIXES + """
SELECT DISTINCT ?trial ?nct_id ?local_id ?title
WHERE {
  ?trial a tkg:ClinicalStudy ; tkg:studiesCondition ?c .
  ?c a ?disease .
  OPTIONAL { ?trial tkg:nctId ?nct_id }
  OPTIONAL { ?trial tkg:localId ?local_id }
  OPTIONAL { ?trial tkg:title ?title }
}
ORDER BY ?nct_id ?local_id ?trial"""


@dataclass(slots=True)
class Landscape:
    """The top diseases, the categories seen, and the counts."""

    diseases: list[tuple[str, str, int]] = field(default_factory=list)  #: (CURIE, label, trials)
    categories: list[str] = field(default_factory=list)
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    total_diseases: int = 0

    @property
    def max_count(self) -> int:
        """Return the largest cell count (at least 1)."""
        return max(self.counts.values(), default=1) or 1


def build_landscape(rows: Table, cells: Table, *, top: int = 15) -> Landscape:
    """Keep the ``top`` diseases with the most trials and their cells.

    :param rows: the answer to :data:`LANDSCAPE_ROWS`.
    :param cells: the answer to :data:`LANDSCAPE_CELLS`.
    :param top: how many diseases to keep.
    :returns: the landscape; categories in the ontology's order, empty ones left out.
    """
    out = Landscape(total_diseases=len(rows.rows))
    keep = {}
    for disease, label, trials in rows.rows[:top]:
        if disease is None:
            continue
        assert trials is not None  # a COUNT is always bound
        code = curie(disease.value)
        keep[disease.value] = code
        out.diseases.append((code, label.value if label else code, int(trials.value)))
    seen = set()
    for disease, category, trials in cells.rows:
        if disease is None or disease.value not in keep or category is None:
            continue
        assert trials is not None  # a COUNT is always bound
        out.counts[(keep[disease.value], category.value)] = int(trials.value)
        seen.add(category.value)
    order = [*CATEGORY_CLASSES, NO_CATEGORY]
    out.categories = [c for c in order if c in seen] + sorted(seen - set(order))
    return out


def _shade(count: int, top: int) -> str:
    """Return one of nine shade classes; 0 for empty cells."""
    if count <= 0:
        return "s0"
    return f"s{1 + min(8, round(8 * count / top))}"


def render_heatmap(landscape: Landscape, link) -> str:
    """Draw the landscape as an SVG heat map.

    :param landscape: from :func:`build_landscape`.
    :param link: ``link(curie, category or None) -> str``, the URL of a cell's trial list.
    :returns: an ``<svg>`` element (markup, every text escaped).
    """
    cell_w, cell_h, left, head, right = 92, 30, 300, 120, 70
    cols, rows = landscape.categories, landscape.diseases
    width = left + cell_w * len(cols) + right
    height = head + cell_h * len(rows) + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" role="img" '
           f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'aria-label="Trials by disease and intervention category">']
    for j, cat in enumerate(cols):
        x = left + cell_w * j + cell_w / 2
        out.append(f'<text class="col" x="{x:.0f}" y="{head - 8}" '
                   f'transform="rotate(-35 {x:.0f} {head - 8})">{escape(cat)}</text>')
    out.append(f'<text class="col total" x="{left + cell_w * len(cols) + 8}" '
               f'y="{head - 8}">trials</text>')
    top = landscape.max_count
    for i, (code, label, total) in enumerate(rows):
        y = head + cell_h * i
        short = label if len(label) <= 42 else label[:40] + "…"
        out.append(f'<a href="{escape(link(code, None))}"><text class="row" x="{left - 8}" '
                   f'y="{y + cell_h / 2 + 4:.0f}"><title>{escape(label)} ({escape(code)})'
                   f'</title>{escape(short)}</text></a>')
        for j, cat in enumerate(cols):
            n = landscape.counts.get((code, cat), 0)
            x = left + cell_w * j
            rect = (f'<rect class="cell {_shade(n, top)}" x="{x + 1}" y="{y + 1}" '
                    f'width="{cell_w - 2}" height="{cell_h - 2}" rx="3"/>')
            tip = f"<title>{escape(label)} × {escape(cat)}: {n} trial(s)</title>"
            if n:
                out.append(f'<a href="{escape(link(code, cat))}">{rect}{tip}<text class="n '
                           f'{"light" if n * 2 > top else ""}" x="{x + cell_w / 2:.0f}" '
                           f'y="{y + cell_h / 2 + 4:.0f}">{n}</text></a>')
            else:
                out.append(rect + tip)
        out.append(f'<text class="total" x="{left + cell_w * len(cols) + 8}" '
                   f'y="{y + cell_h / 2 + 4:.0f}">{total}</text>')
    out.append("</svg>")
    return "".join(out)
