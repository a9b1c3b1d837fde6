"""Score the criteria parser against the curated gold facts of the five seed texts.

The matching rules are those of the project's gold scorer (``shared/tools/score-gold``):
labels are compared after lower-casing and dropping filler words (with the same
negation check), lab values after converting g/dL↔g/L, /µL and /mm³ ↔ 10*9/L and
µmol/L↔mg/dL (creatinine, bilirubin) with a 1 % tolerance, and gold and predicted
items are paired greedily one to one. Facts are read back the way the RDF layer and
the named queries do (first inclusion age bounds, largest inclusion life expectancy,
measurable disease from inclusion criteria, pregnancy test from any criterion).

The eligibility block of each seed is cut out here the way the text loader hands it
over; 002 has no eligibility criteria (its ages and sex are registry fields), so it
has no block and is not scored here.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from trialkg.criteria import (
    AgeFact,
    ConditionFact,
    LabThresholdFact,
    LifeExpectancyFact,
    MeasurableDiseaseFact,
    PerformanceStatusFact,
    PregnancyTestFact,
    SexFact,
    parse_eligibility,
)

DATA = Path(__file__).resolve().parents[1] / "data"
GOLD = json.loads((DATA / "gold" / "seeds.json").read_text(encoding="utf-8"))
BULLETS = "•⁃‣○·▪*-"
FIELDS = ["age bounds", "sex", "performance status", "life expectancy", "lab thresholds",
          "lab subgroup", "excluded conditions", "requires measurable disease",
          "requires negative pregnancy test"]


def eligibility_block(name: str, text: str) -> str | None:
    """Cut the eligibility block out of a seed text, as the text loader does."""
    if name.startswith("001"):
        return text[text.index("Inclusion Criteria:"):text.index("Study Plan")]
    if name.startswith("003"):
        return text[text.index("Inclusion Criteria:"):]
    if name.startswith("002"):
        return None
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.lstrip()[:1] in BULLETS and line.strip()[1:2].isspace():
            return "".join(lines[i:])
    return None


# --- the scorer's matching rules ----------------------------------------------------

_FILLER = {"the", "of", "a", "an", "and", "or", "with", "disease", "infection", "active",
           "history", "known", "positive", "uncontrolled", "severe", "serious"}
_NEGATIONS = {"without", "no", "non", "not", "absent", "negative"}


def _words(s: str | None) -> list[str]:
    return re.sub(r"[^a-z0-9]+", " ", (s or "").lower()).split()


def _norm(s: str | None) -> str:
    return " ".join(w for w in _words(s) if w not in _FILLER)


def same_label(a: str | None, b: str | None) -> bool:
    """Labels match after normalisation, as whole words one inside the other."""
    if bool(_NEGATIONS & set(_norm(a).split())) != bool(_NEGATIONS & set(_norm(b).split())):
        return False
    x, y = _norm(a), _norm(b)
    if not x or not y:
        x, y = " ".join(_words(a)), " ".join(_words(b))
        if not x or not y:
            return False
    return x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} "


_UNIT = {"10^9/l": "10*9/l", "x10^9/l": "10*9/l", "×10^9/l": "10*9/l", "10e9/l": "10*9/l",
         "µmol/l": "umol/l", "μmol/l": "umol/l", "cells/ul": "/ul", "/mm^3": "/mm3",
         "{cells}/ul": "/ul", "iu/l": "u/l", "ml/min/1.73m2": "ml/min/{1.73_m2}",
         "ml/min/1.73 m2": "ml/min/{1.73_m2}"}
_TO_BASE = {"g/dl": ("g/l", 10.0), "g/l": ("g/l", 1.0), "/mm3": ("10*9/l", 1e-3),
            "/ul": ("10*9/l", 1e-3), "10*9/l": ("10*9/l", 1.0)}
_MOLAR = {"2160-0": 88.4, "1975-2": 17.1}


def canon(loinc: str, value, unit: str | None) -> tuple[float | None, str]:
    """Convert a lab value to the scorer's comparison unit."""
    key = (unit or "").strip().lower().replace(" ", "")
    u = _UNIT.get(key, (unit or "").strip().lower())
    if value is None:
        return None, u
    v = float(value)
    if loinc in _MOLAR and u == "umol/l":
        return v / _MOLAR[loinc], "mg/dl"
    if u in _TO_BASE:
        base, factor = _TO_BASE[u]
        return v * factor, base
    return v, u


def close(a, b, rel: float = 0.011, abs_: float = 0.02) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= max(abs_, rel * max(abs(a), abs(b)))


class Tally:
    """True and false positives and negatives per field, with greedy one-to-one pairing."""

    def __init__(self) -> None:
        self.tp: dict[str, int] = defaultdict(int)
        self.fp: dict[str, int] = defaultdict(int)
        self.fn: dict[str, int] = defaultdict(int)
        self.notes: list[str] = []

    def match(self, field: str, gold: list, pred: list, eq) -> list[tuple]:
        used: set[int] = set()
        pairs = []
        for g in gold:
            hit = next((i for i, p in enumerate(pred) if i not in used and eq(g, p)), None)
            if hit is None:
                self.fn[field] += 1
                self.notes.append(f"miss  {field}: {g}")
            else:
                used.add(hit)
                self.tp[field] += 1
                pairs.append((g, pred[hit]))
        for i, p in enumerate(pred):
            if i not in used:
                self.fp[field] += 1
                self.notes.append(f"extra {field}: {p}")
        return pairs

    def f1(self, field: str) -> float:
        tp, fp, fn = self.tp[field], self.fp[field], self.fn[field]
        p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
        r = tp / (tp + fn) if tp + fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


# --- reading the parse back as the RDF layer and the queries do --------------------------

def predicted(text: str) -> dict:
    parsed = parse_eligibility(text)
    out: dict = {"min_age": None, "max_age": None, "sex": None, "ps": [], "life": None,
                 "labs": [], "excluded": [], "measurable": False, "pregnancy": False}
    for c, f in parsed.facts():
        inclusion = c.kind == "inclusion"
        if isinstance(f, AgeFact) and inclusion:
            if out["min_age"] is None and f.min_years is not None:
                out["min_age"] = f.min_years
            if out["max_age"] is None and f.max_years is not None:
                out["max_age"] = f.max_years
        elif isinstance(f, SexFact) and inclusion and out["sex"] is None:
            out["sex"] = f.sex
        elif isinstance(f, PerformanceStatusFact):
            out["ps"].append({"scale": f.scale, "min": f.min, "max": f.max})
        elif isinstance(f, LifeExpectancyFact) and inclusion:
            out["life"] = max(out["life"] or 0, f.min_months)
        elif isinstance(f, LabThresholdFact):
            out["labs"].append({"kind": c.kind, "analyte": f.analyte, "loinc": f.loinc,
                                "comparator": f.comparator, "value": f.value, "unit": f.unit,
                                "uln_multiple": f.uln_multiple, "applies_when": f.applies_when})
        elif isinstance(f, ConditionFact) and f.role == "excluded":
            out["excluded"].append({"label": f.label, "text": c.text[f.start:f.end]})
        elif isinstance(f, MeasurableDiseaseFact) and inclusion:
            out["measurable"] = True
        elif isinstance(f, PregnancyTestFact):
            out["pregnancy"] = True
    return out


def _lab_eq(g: dict, p: dict) -> bool:
    if g["kind"] != p["kind"] or g["comparator"] != p["comparator"]:
        return False
    if g.get("loinc"):
        if g["loinc"] != (p["loinc"] or ""):
            return False
    elif not same_label(g["analyte"], p["analyte"]):
        return False
    if g.get("uln_multiple") is not None:
        return close(float(g["uln_multiple"]), p["uln_multiple"])
    gv, gu = canon(g["loinc"], g.get("value"), g.get("unit"))
    pv, pu = canon(g["loinc"], p.get("value"), p.get("unit"))
    return gu == pu and close(gv, pv)


def score(gold_items: list[dict], texts: dict[str, str]) -> Tally:
    t = Tally()
    for g in gold_items:
        block = eligibility_block(g["source"], texts[g["source"]])
        if block is None:
            continue
        pr = predicted(block)
        for key, pkey in (("min_age_years", "min_age"), ("max_age_years", "max_age")):
            gl = [float(g[key])] if g.get(key) is not None else []
            pl = [pr[pkey]] if pr[pkey] is not None else []
            t.match("age bounds", gl, pl, lambda x, y: close(x, y, rel=0.001, abs_=0.02))
        if g.get("sex"):
            t.match("sex", [g["sex"]], [pr["sex"]] if pr["sex"] else [], lambda x, y: x == y)
        t.match("performance status", g.get("performance_status") or [], pr["ps"],
                lambda x, y: x["scale"].lower() == y["scale"].lower()
                and close(x["min"], y["min"]) and close(x["max"], y["max"]))
        if g.get("life_expectancy_min_months") is not None:
            ok = close(float(g["life_expectancy_min_months"]), pr["life"], rel=0.05, abs_=0.15)
            t.tp["life expectancy"] += ok
            t.fn["life expectancy"] += not ok
            t.fp["life expectancy"] += (not ok) and pr["life"] is not None
        for key, field, got in (("requires_measurable_disease", "requires measurable disease",
                                 pr["measurable"]),
                                ("requires_negative_pregnancy_test",
                                 "requires negative pregnancy test", pr["pregnancy"])):
            truth = bool(g.get(key))
            t.tp[field] += truth and got
            t.fn[field] += truth and not got
            t.fp[field] += got and not truth
        pairs = t.match("lab thresholds", g.get("lab_thresholds") or [], pr["labs"], _lab_eq)
        for x, y in pairs:
            gw, pw = (x.get("applies_when") or "").strip(), (y.get("applies_when") or "").strip()
            if (gw and pw and same_label(gw, pw)) or (not gw and not pw):
                t.tp["lab subgroup"] += bool(gw)
            elif gw:
                t.fn["lab subgroup"] += 1
            else:
                t.fp["lab subgroup"] += 1
        t.match("excluded conditions", g.get("excluded_conditions") or [], pr["excluded"],
                lambda x, y: same_label(x, y["label"] or y["text"]))
    return t


@pytest.fixture(scope="module")
def tally() -> Tally:
    texts = {p.name: p.read_text(encoding="utf-8") for p in (DATA / "seeds").glob("*.txt")}
    return score(GOLD, texts)


@pytest.mark.parametrize("field", FIELDS)
def test_field_f1(tally: Tally, field: str) -> None:
    f1 = tally.f1(field)
    notes = "\n".join(n for n in tally.notes if f" {field}:" in n)
    assert f1 >= 0.95, f"{field}: F1 {f1:.3f} (tp {tally.tp[field]}, fp {tally.fp[field]}, " \
                       f"fn {tally.fn[field]})\n{notes}"


def test_every_gold_field_is_scored(tally: Tally) -> None:
    scored = {f for f in FIELDS if tally.tp[f] + tally.fp[f] + tally.fn[f]}
    assert scored == set(FIELDS) - {"sex"} or scored == set(FIELDS)


@pytest.mark.parametrize("name,start", [
    ("000_3ca71ab75a22850f.txt", "• All cases were diagnosed"),
    ("001_77f268da10c09ac1.txt", "Inclusion Criteria:"),
    ("003_131a0eeabe8951e5.txt", "Inclusion Criteria:"),
    ("004_80142cf9c66ee8ef.txt", "• 1\\. Sign the written"),
])
def test_eligibility_block(name: str, start: str) -> None:
    block = eligibility_block(name, (DATA / "seeds" / name).read_text(encoding="utf-8"))
    assert block is not None and block.startswith(start)
    assert "Study Plan" not in block
