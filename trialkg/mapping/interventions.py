"""Intervention names to a category, target antigens and a cell source.

The rules are data (``ontology/mappings/interventions.tsv``, tried in file order) and the
antigens come from ``ontology/mappings/antigens.tsv``. The name decides first; a
product's description is read only when the name says nothing (a code such as
``CT103A``), and then only for the kinds of product a description names reliably.

>>> classify_intervention("Autologous GD2-CAR T cells")
InterventionMatch(category='CAR-T', targets=('GD2',), cell_source='autologous', ncit=None)
>>> classify_intervention("dinutuximab").targets
('GD2',)
>>> classify_intervention("BGT007 cells", registry_type="BIOLOGICAL").category
'other cell therapy'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from trialkg.mapping.tables import get_antigens, get_intervention_rules

__all__ = ["InterventionMatch", "classify_intervention", "find_antigens", "CATEGORIES",
           "CELL_SOURCES"]

#: The intervention categories (``tkg:categoryName`` of the ontology's classes).
CATEGORIES = ("CAR-T", "NK cell", "TCR-T", "TIL", "monoclonal antibody", "chemotherapy",
              "small molecule", "stem cell transplant", "other cell therapy", "other")
#: Cell sources (``skos:notation`` of the ontology's ``tkg:CellSource`` individuals).
CELL_SOURCES = ("autologous", "allogeneic", "cord blood")
#: Categories of cell therapies: the only ones that carry a cell source.
_CELL_CATEGORIES = frozenset({"CAR-T", "NK cell", "TCR-T", "TIL", "other cell therapy"})
#: Categories whose targets a description may supply.
_TARGETED = frozenset({"CAR-T", "NK cell", "TCR-T", "monoclonal antibody", "other cell therapy"})
#: Categories a product description names reliably enough to classify an unknown code.
_FROM_DESCRIPTION = frozenset({"CAR-T", "NK cell", "TCR-T", "TIL", "monoclonal antibody"})
#: Registry types that are never a drug or cell product.
_NOT_PRODUCTS = frozenset({"DEVICE", "DIAGNOSTIC_TEST", "BEHAVIORAL", "RADIATION",
                           "DIETARY_SUPPLEMENT"})
#: Registry types whose unknown names may be drugs (stems apply).
_DRUG_TYPES = frozenset({"DRUG", "BIOLOGICAL", "GENETIC", "COMBINATION_PRODUCT", "OTHER"})
_WORD = re.compile(r"[a-z][a-z0-9]*")


@dataclass(frozen=True, slots=True)
class InterventionMatch:
    """What an intervention is: category, antigens it targets, where its cells come from."""

    category: str  #: one of :data:`CATEGORIES`
    targets: tuple[str, ...]  #: antigen keys of ``antigens.tsv``
    cell_source: str | None  #: one of :data:`CELL_SOURCES`, or None
    ncit: str | None  #: NCIt code of the product, when the table gives one


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: str
    regex: re.Pattern[str] | None
    stem: str
    value: str
    targets: tuple[str, ...]
    ncit: str | None


@cache
def _rules() -> tuple[_Rule, ...]:
    out = []
    for row in get_intervention_rules():
        if row.kind == "stem":
            out.append(_Rule("stem", None, row.pattern.lower(), row.value, row.targets, None))
            continue
        pattern = (row.pattern if row.kind != "name"
                   else rf"(?<![a-z0-9])(?:{row.pattern})(?![a-z0-9])")
        out.append(_Rule(row.kind, re.compile(pattern), "", row.value, row.targets,
                         row.ncit or None))
    return tuple(out)


@cache
def _antigen_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for antigen in get_antigens().values():
        names = sorted({antigen.key, *antigen.synonyms}, key=len, reverse=True)
        alternatives = "|".join(re.escape(n.lower()).replace(r"\ ", r"[\s-]?") for n in names)
        regex = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?=car|[^a-z0-9]|$)")
        out.append((antigen.key, regex))
    return tuple(out)


def find_antigens(text: str) -> tuple[str, ...]:
    """Return the keys of the antigens a text names, in the order they appear.

    :param text: an intervention name or description.
    :returns: antigen keys of ``antigens.tsv`` (``GD2``, ``CD19``…).

    >>> find_antigens("CD19/CD22 dual CAR-T cells")
    ('CD19', 'CD22')
    """
    low = text.lower()
    hits = []
    for key, regex in _antigen_patterns():
        m = regex.search(low)
        if m:
            hits.append((m.start(), key))
    return tuple(key for _, key in sorted(hits))


def _category(text: str, *, stems: bool, kinds: frozenset[str] | None = None):
    """Return the first rule that decides a category for a text, or None."""
    for rule in _rules():
        if rule.kind in ("pattern", "name", "exclude") and rule.regex is not None:
            if kinds is not None and (rule.kind == "exclude" or rule.value not in kinds):
                continue
            if rule.regex.search(text):
                return rule
    if stems:
        words = _WORD.findall(text)
        for rule in _rules():
            if rule.kind == "stem" and any(
                    w.endswith(rule.stem) and len(w) >= len(rule.stem) + 3 for w in words):
                return rule
    return None


def _cell_source(text: str) -> str | None:
    found = [rule.value for rule in _rules()
             if rule.kind == "source" and rule.regex is not None and rule.regex.search(text)]
    if "autologous" in found and len(set(found)) > 1:
        return None  # both the participant's own cells and a donor's: not one source
    return found[0] if found else None


def classify_intervention(
    name: str,
    *,
    registry_type: str | None = None,
    description: str | None = None,
    other_names: Sequence[str] = (),
) -> InterventionMatch:
    """Classify an intervention by what its name (and, failing that, description) says.

    :param name: the intervention's name as the source gives it.
    :param registry_type: the registry's type code (``DRUG``, ``BIOLOGICAL``, ``DEVICE``…).
    :param description: the registry's description of the intervention.
    :param other_names: other names the registry lists (brand names, codes).
    :returns: the category (``other`` when nothing fits), antigen keys, cell source.
    """
    return _classify(name, registry_type, description, tuple(other_names))


@lru_cache(maxsize=65536)
def _classify(name: str, registry_type: str | None, description: str | None,
              other_names: tuple[str, ...]) -> InterventionMatch:
    # remembered: the same products recur across trials (results are immutable)
    rtype = (registry_type or "").upper() or None
    if rtype in _NOT_PRODUCTS:
        return InterventionMatch("other", (), None, None)
    names = " ; ".join([name, *other_names]).lower()
    stems = rtype is None or rtype in _DRUG_TYPES
    rule = _category(name.lower(), stems=stems)
    if rule is None and other_names:
        rule = _category(names, stems=stems)
    desc = (description or "").lower()
    if rule is None and desc and stems:
        rule = _category(desc, stems=False, kinds=_FROM_DESCRIPTION)
    if rule is None or rule.kind == "exclude":
        return InterventionMatch("other", (), None, None)
    category = rule.value
    named = [t for r in _rules() if r.kind == "name" and r.value == category
             and r.regex is not None and r.regex.search(names) for t in r.targets]
    targets = tuple(dict.fromkeys((*rule.targets, *named, *find_antigens(names))))
    if not targets and category in _TARGETED and desc:
        targets = find_antigens(desc)
    source = None
    if category in _CELL_CATEGORIES:
        source = _cell_source(names) or (_cell_source(desc) if desc else None)
    return InterventionMatch(category, targets, source, rule.ncit)
