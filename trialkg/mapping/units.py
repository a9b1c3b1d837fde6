"""Units of lab thresholds: surface forms to UCUM, and conversion to an analyte's canonical unit.

Both tables are data: ``ontology/mappings/units.tsv`` lists surface forms (``surface``
rows: a Python regular expression over lower-cased text → a UCUM code) and conversion
factors (``convert`` rows: from UCUM → to UCUM, a factor written as a number or
``a/b``, optionally limited to one LOINC code, e.g. µmol/L → mg/dL is 1/88.4 for
creatinine and 1/17.1 for bilirubin). Each analyte's canonical unit comes from
``ontology/mappings/analytes.tsv``.

>>> to_canonical("2160-0", 88.4, "umol/L")
(1.0, 'mg/dL')
>>> to_canonical("777-3", 100000, "/mm3")
(100.0, '10*9/L')
"""

from __future__ import annotations

import re
from collections import deque
from functools import cache
from pathlib import Path

__all__ = ["to_canonical", "to_ucum", "canonical_unit", "iter_unit_forms"]


def _read_tsv(name: str) -> list[dict[str, str]]:
    from trialkg.resources import mappings_dir

    path: Path = mappings_dir() / name
    lines = [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    header = rows[0]
    return [dict(zip(header, row + [""] * (len(header) - len(row)), strict=False))
            for row in rows[1:]]


def _factor(text: str) -> float:
    if "/" in text:
        num, den = text.split("/", 1)
        return float(num) / float(den)
    return float(text)


@cache
def _tables() -> tuple[list[tuple[re.Pattern[str], str]], dict[str, list[tuple[str, float, str]]],
                       dict[str, str], frozenset[str]]:
    forms: list[tuple[re.Pattern[str], str]] = []
    edges: dict[str, list[tuple[str, float, str]]] = {}
    for row in _read_tsv("units.tsv"):
        if row["kind"] == "surface":
            forms.append((re.compile(row["from"]), row["to"]))
        elif row["kind"] == "convert":
            f = _factor(row["factor"])
            loinc = row.get("loinc", "")
            edges.setdefault(row["from"], []).append((row["to"], f, loinc))
            edges.setdefault(row["to"], []).append((row["from"], 1.0 / f, loinc))
    canonical = {row["loinc"]: row["canonical_unit"] for row in _read_tsv("analytes.tsv")
                 if row.get("loinc")}
    codes = frozenset(code for _, code in forms) | frozenset(canonical.values())
    return forms, edges, canonical, codes


def iter_unit_forms() -> list[tuple[re.Pattern[str], str]]:
    """Return the surface forms of units as ``(compiled regex, UCUM code)`` pairs.

    :returns: the ``surface`` rows of ``units.tsv``, in file order.
    """
    return list(_tables()[0])


def to_ucum(unit: str) -> str:
    """Return the UCUM code of a unit written in any known surface form.

    :param unit: a UCUM code (``10*9/L``) or a surface form (``x 10^9/l``, ``µmol/L``).
    :returns: the UCUM code.
    :raises ValueError: the unit is not known.
    """
    forms, _, _, codes = _tables()
    text = unit.strip()
    if text in codes:
        return text
    low = text.lower().replace("µ", "u").replace("μ", "u").replace("³", "3").replace("²", "2")
    low = low.replace("×", "x")
    for code in codes:
        if code.lower() == low:
            return code
    for pattern, code in forms:
        if pattern.fullmatch(low):
            return code
    raise ValueError(f"unknown unit {unit!r}")


def canonical_unit(loinc: str) -> str:
    """Return the canonical UCUM unit of an analyte.

    :param loinc: the analyte's LOINC code.
    :returns: its canonical unit, from ``analytes.tsv``.
    :raises KeyError: the LOINC code is not in the analyte table.
    """
    return _tables()[2][loinc]


def to_canonical(loinc: str, value: float, unit: str) -> tuple[float, str]:
    """Convert a value of an analyte to the analyte's canonical unit.

    :param loinc: the analyte's LOINC code (e.g. ``2160-0`` for serum creatinine).
    :param value: the number as written.
    :param unit: its unit, as a UCUM code or a known surface form.
    :returns: ``(value, canonical UCUM unit)``.
    :raises KeyError: the LOINC code is not in the analyte table.
    :raises ValueError: the unit is unknown or cannot be converted for this analyte.
    """
    _, edges, canonical, _ = _tables()
    target = canonical[loinc]
    source = to_ucum(unit)
    if source == target:
        return float(value), target
    factor = _path_factor(source, target, loinc, edges)
    if factor is None:
        raise ValueError(f"cannot convert {unit!r} to {target!r} for LOINC {loinc}")
    return float(value) * factor, target


def _path_factor(source: str, target: str, loinc: str,
                 edges: dict[str, list[tuple[str, float, str]]]) -> float | None:
    """Breadth-first search over conversions valid for ``loinc`` (at most three steps)."""
    queue: deque[tuple[str, float, int]] = deque([(source, 1.0, 0)])
    seen = {source}
    while queue:
        unit, factor, depth = queue.popleft()
        if depth >= 3:
            continue
        for nxt, f, only in edges.get(unit, ()):
            if only and only != loinc:
                continue
            if nxt == target:
                return factor * f
            if nxt not in seen:
                seen.add(nxt)
                queue.append((nxt, factor * f, depth + 1))
    return None
