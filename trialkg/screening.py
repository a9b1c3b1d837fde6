"""Patient-to-trial screening with explanations, criterion by criterion.

For every trial the store holds, :func:`screen` says whether a patient meets the
trial's structured criteria — ``met``, ``failed`` or ``unknown`` for each criterion,
with the reason — and gives a verdict:

* **eligible**: every structured criterion is met (criteria nothing could be read
  from are listed as ``unknown`` but do not block this verdict: read their text);
* **possible**: none failed, some unknown;
* **ineligible**: at least one failed.

Screening is per disease: a trial whose studied conditions the patient does not
have (nor a sub-disease of them, nor a qualified form such as "relapsed
neuroblastoma" for "neuroblastoma") is ineligible. Its other criteria are then not
evaluated.

The comparisons run in the store (see :mod:`trialkg.screening_sparql`), so
screening works the same against a remote SPARQL server — one that evaluates SPARQL 1.1
as the standard says. Before screening on a remote server, :func:`check_server` runs
three small queries over the ontology's disease hierarchy that exercise the features the
screening queries rely on (EXISTS over VALUES and filters, zero-or-more property paths);
a server that errs on them (Virtuoso 7 does) is refused with a clear error rather than
trusted with verdicts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from trialkg.errors import QueryError, RemoteError
from trialkg.patient import PERFORMANCE_EQUIVALENTS, Patient
from trialkg.results import Table

__all__ = ["CriterionResult", "TrialVerdict", "check_server", "screen", "VERDICTS",
           "verdicts_table"]

#: Verdicts, in ranking order.
VERDICTS = ("eligible", "possible", "ineligible")
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(slots=True)
class CriterionResult:
    """One criterion (or trial-level requirement) and how the patient fares."""

    text: str
    kind: str  #: inclusion, exclusion, or trial (registry age/sex/condition fields)
    status: str  #: met, failed or unknown
    reason: str
    structured: bool = True
    any_of: str | None = None  #: the set of alternative criteria it is in, if any

    def as_dict(self) -> dict[str, str]:
        """Return the JSON form."""
        return {"text": self.text, "kind": self.kind, "status": self.status, "reason": self.reason}


@dataclass(slots=True)
class TrialVerdict:
    """The screening result of one trial."""

    trial: str
    nct_id: str | None
    source: str | None
    title: str | None
    verdict: str = "possible"
    criteria: list[CriterionResult] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Return how many criteria are met, failed and unknown."""
        out = {"met": 0, "failed": 0, "unknown": 0}
        for c in self.criteria:
            out[c.status] += 1
        return out

    def as_dict(self) -> dict[str, Any]:
        """Return the JSON form."""
        return {"trial": self.trial, "nct_id": self.nct_id, "source": self.source,
                "title": self.title, "verdict": self.verdict,
                "criteria": [c.as_dict() for c in self.criteria]}


# ------------------------------------------------------------------ VALUES blocks
def _lit(value: Any) -> str:
    import pyoxigraph

    if isinstance(value, bool):
        return str(pyoxigraph.Literal("true" if value else "false",
                                      datatype=pyoxigraph.NamedNode(_XSD + "boolean")))
    if isinstance(value, int):
        return str(pyoxigraph.Literal(str(value), datatype=pyoxigraph.NamedNode(_XSD + "integer")))
    if isinstance(value, float):
        text = format(round(value, 9), "f").rstrip("0").rstrip(".") or "0"
        if "." not in text:
            text += ".0"
        return str(pyoxigraph.Literal(text, datatype=pyoxigraph.NamedNode(_XSD + "decimal")))
    return str(pyoxigraph.Literal(str(value)))


def _iri(value: str) -> str:
    import pyoxigraph

    return str(pyoxigraph.NamedNode(value))


def _values(names: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """Return a VALUES block; ``None`` cells become UNDEF."""
    rendered = []
    for row in rows:
        cells = ["UNDEF" if v is None else (v if isinstance(v, str) and v.startswith("<")
                                            else _lit(v)) for v in row]
        rendered.append(f"({' '.join(cells)})")
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {' '.join(rendered)} }}"


def _one(name: str, value: Any) -> str:
    return "" if value is None else _values([name], [[value]])


def _ecog_for(score: int) -> int | None:
    return next((g for g, (lo, hi) in PERFORMANCE_EQUIVALENTS.items() if lo <= score <= hi), None)


def _performance_rows(patient: Patient) -> list[tuple[str, int, int, str]]:
    """Return the patient's score on every scale: as stated, or read across scales."""
    rows: dict[str, tuple[str, int, int, str]] = {
        scale: (scale, score, score, f"{scale} {score}")
        for scale, score in patient.performance.items()}
    stated = dict(rows)
    hundred = stated.get("Karnofsky") or stated.get("Lansky")
    if "ECOG" not in rows and hundred:
        grade = _ecog_for(hundred[1])
        if grade is not None:
            rows["ECOG"] = ("ECOG", grade, grade, f"{hundred[3]}, read as ECOG {grade}")
    for scale in ("Karnofsky", "Lansky"):
        if scale in rows:
            continue
        if hundred:
            rows[scale] = (scale, hundred[1], hundred[1],
                           f"{hundred[3]}, read as {scale} {hundred[1]}")
        elif "ECOG" in stated:
            lo, hi = PERFORMANCE_EQUIVALENTS[stated["ECOG"][1]]
            rows[scale] = (scale, lo, hi, f"{stated['ECOG'][3]}, read as {scale} {lo}-{hi}")
    return list(rows.values())


def _below(classes: Iterable[str], var: str) -> str:
    """Return an expression: one of ``classes`` is ``?var`` or a sub-class of it."""
    tests = [f"EXISTS {{ {_iri(c)} rdfs:subClassOf* ?{var} }}" for c in classes]
    return " || ".join(tests) or "false"


def _above(var: str, classes: Iterable[str]) -> str:
    """Return an expression: ``?var`` is one of ``classes`` or a sub-class of one."""
    tests = [f"EXISTS {{ ?{var} rdfs:subClassOf* {_iri(c)} }}" for c in classes]
    return " || ".join(tests) or "false"


def _fills(patient: Patient, trials: Sequence[str] = ()) -> dict[str, str]:
    present = [c for c in patient.conditions]
    absent = [c for c in patient.absent_conditions]
    labs = []
    for lab in patient.labs:
        labs.append((lab.loinc, lab.canonical_value, lab.canonical_unit, lab.uln_ratio))
    return {
        "trials": f"VALUES ?trial {{ {' '.join(_iri(t) for t in trials)} }}",
        "patient": " ".join(x for x in (_one("p_age", patient.age_years),
                                        _one("p_sex", patient.sex)) if x),
        "age": _one("p_age", patient.age_years),
        "sex": _one("p_sex", patient.sex),
        "present": f"VALUES ?pc {{ {' '.join(_iri(c.iri) for c in present if c.iri)} }}",
        "present_labels": f"VALUES ?pl {{ {' '.join(_lit(n) for c in present for n in c.names)} }}",
        "absent": f"VALUES ?pa_class {{ {' '.join(_iri(c.iri) for c in absent if c.iri)} }}",
        "absent_labels": f"VALUES ?pa {{ {' '.join(_lit(n) for c in absent for n in c.names)} }}",
        # the hierarchy tests name each class as a constant (see CONDITIONS_QUERY)
        "class_in_present": _below((c.iri for c in present if c.iri), "class"),
        "cclass_in_present": _below((c.iri for c in present if c.iri), "cclass"),
        "cclass_in_absent": _above("cclass", (c.iri for c in absent if c.iri)),
        "labs": _values(["p_loinc", "p_value", "p_unit", "p_ratio"], labs) if labs
        else "VALUES ?p_loinc { }",
        "performance": _values(["p_scale", "p_lo", "p_hi", "p_note"], _performance_rows(patient))
        if patient.performance else "VALUES ?p_scale { }",
        "life": _one("p_life", patient.life_expectancy_months),
        "measurable": _one("p_measurable", patient.measurable_disease),
        "pregnant": _one("p_pregnant", patient.pregnant),
        "consent": _one("p_consent", patient.consent),
        "contraception": _one("p_contraception", patient.contraception),
        "toxicity": _one("p_toxicity", patient.max_toxicity_grade),
        "washout": _one("p_days", patient.days_since_last_therapy()),
        "biomarkers": _values(["p_marker", "p_mstatus"], sorted(patient.biomarkers.items()))
        if patient.biomarkers else "VALUES ?p_marker { }",
        "therapies": ("VALUES ?p_therapy { "
                      f"{' '.join(_lit(n.lower()) for n, _ in patient.prior_therapies)} }}"),
        "therapy_count": _one("p_lines", len(patient.prior_therapies) or None),
    }


def _fill(template: str, fills: dict[str, str]) -> str:
    out = template
    for key, value in fills.items():
        out = out.replace("{" + key + "}", value)
    return out


#: From this many trials per query on, the facts query walks each fact type once
#: (:data:`~trialkg.screening_sparql.FACTS_QUERY_WIDE`) rather than once per trial.
_WIDE_FROM = 600


# ------------------------------------------------------------------ combining
def _any_of(statuses: Iterable[str]) -> str:
    """Status of alternatives: met when one is, unknown when none is and one is unknown."""
    seen = set(statuses)
    return "met" if "met" in seen else "unknown" if "unknown" in seen else "failed"


def _all_of(statuses: Iterable[str]) -> str:
    """Status of requirements that all count: failed when one is, unknown when one is."""
    seen = set(statuses)
    return "failed" if "failed" in seen else "unknown" if "unknown" in seen else "met"


def _combine(statuses: list[tuple[str, str, str, str | None]], kind: str
             ) -> tuple[str, list[str]]:
    """Combine (type, status, detail, alternative set) of one criterion's facts.

    Performance-status facts on several scales are alternatives, and so are the facts of one
    set of alternatives of an inclusion criterion ("creatinine ≤ 1.5 mg/dL or creatinine
    clearance ≥ 60 mL/min": one met is enough); other facts all count. In an exclusion
    criterion any alternative that holds excludes, which is how separate facts count already.
    """
    groups: dict[str, list[tuple[str, str, str, str | None]]] = {}
    rest: list[tuple[str, str, str, str | None]] = []
    for s in statuses:
        if s[0] == "PerformanceStatusRequirement":
            groups.setdefault("performance", []).append(s)
        elif s[3] is not None and kind == "inclusion":
            groups.setdefault(s[3], []).append(s)
        else:
            rest.append(s)
    parts: list[tuple[str, list[str]]] = []
    for name, group in groups.items():
        details = [s[2] for s in group]
        parts.append((_any_of(s[1] for s in group),
                      details if name == "performance" else [" or ".join(details)]))
    parts.extend((s[1], [s[2]]) for s in rest)
    status = _all_of(p[0] for p in parts)
    decisive = ([d for p in parts if p[0] == status for d in p[1]]
                or [d for p in parts for d in p[1]])
    return status, decisive


def _settle_alternatives(criteria: list[CriterionResult]) -> None:
    """Give the inclusion criteria of a set of alternatives the status of the set.

    "At least one of the following:" or items joined by "or": the set is met when one of its
    criteria is, unknown when none is met and one is unknown (a criterion nothing could be read
    from counts as unknown), and failed when all fail. A criterion that failed or is unknown
    in a met set is met ("an alternative is met"); one that failed in an unknown set is unknown.
    In an exclusion list any criterion that holds excludes, as it would alone: nothing changes.
    """
    sets: dict[str, list[CriterionResult]] = defaultdict(list)
    for c in criteria:
        if c.any_of is not None and c.kind == "inclusion":
            sets[c.any_of].append(c)
    for members in sets.values():
        status = _any_of(c.status for c in members)  # an unread criterion's status is unknown
        if status == "failed":
            continue
        other = next(c for c in members if c.status == status)
        for c in members:
            if c.structured and c.status != "met" and (status == "met" or c.status == "failed"):
                c.reason = (f"an alternative is {status} ({_short(other.text)}); "
                            f"this one: {c.reason}")
                c.status = status


def _short(text: str, size: int = 80) -> str:
    text = " ".join(text.split())
    return f"'{text}'" if len(text) <= size else f"'{text[:size - 1]}…'"


def _age_text(row: dict[str, Any]) -> str:
    lo, hi = row.get("min_age"), row.get("max_age")
    if lo is None and hi is None:
        return "Age: no limit"
    lo_t = (f"{'≥' if row.get('min_incl', True) is not False else '>'} {lo:g} years"
            if lo is not None else "")
    hi_t = (f"{'≤' if row.get('max_incl', True) is not False else '<'} {hi:g} years"
            if hi is not None else "")
    return "Age: " + ", ".join(x for x in (lo_t, hi_t) if x)


def check_server(backend) -> None:
    """Refuse a server whose answers to the screening queries could not be trusted.

    Runs :data:`~trialkg.screening_sparql.PROBE_QUERIES` (three small queries over the
    ontology's disease hierarchy) and compares their answers with the standard ones. The
    check is a sanity test of the constructs the screening queries use, not a proof that
    every answer is right.

    :param backend: a query backend.
    :raises QueryError: the server failed or answered the check wrongly; the message says
        which case and where to screen instead.
    """
    from trialkg.screening_sparql import PROBE_EXPECTED, PROBE_QUERIES

    where = getattr(backend, "endpoint", getattr(backend, "name", "backend"))
    got: dict[str, bool] = {}
    failed: list[str] = []
    for query in PROBE_QUERIES:
        try:
            got.update((row["case"], bool(row["got"])) for row in backend.select(query).records())
        except (QueryError, RemoteError) as exc:
            reason = str(exc).removeprefix(f"{where}: ").replace("\\n", "\n").splitlines()[0]
            failed.append(reason[:160])
    wrong = [case for case, expected in PROBE_EXPECTED.items() if got.get(case) is not expected]
    if wrong:
        errors = f"; errors: {' | '.join(failed)}" if failed else ""
        raise QueryError(
            f"{where}: cannot screen on this server: it fails checks of the SPARQL 1.1 EXISTS "
            f"and property-path semantics the screening queries use ({'; '.join(wrong)}"
            f"{errors}), so its verdicts could be wrong (or it lacks trialkg's ontology graph, "
            "which trialkg push sends); screen against the embedded store (trialkg match "
            "PATIENT --store DIR) or an Oxigraph server")


def screen(patient: Patient, backend, *, only: str | None = None,
           chunk: int | None = None) -> list[TrialVerdict]:
    """Screen every trial of a store (or remote server) against a patient.

    :param patient: a normalised profile (:func:`trialkg.patient.load_profile`).
    :param backend: a query backend (:func:`trialkg.backends.open_backend`).
    :param only: keep only ``eligible`` or ``possible`` trials (``possible`` keeps both).
    :param chunk: trials per facts and criteria query (default: 1,000 for a remote server,
        whose requests stay small; 10,000 for a local store, where each query's fixed cost,
        one walk over every fact type, is paid fewer times).
    :returns: verdicts, eligible first, then possible (fewest unknowns first), then ineligible.
    """
    from trialkg.queries import expand_curie
    from trialkg.screening_sparql import (
        CONDITIONS_QUERY,
        CRITERIA_QUERY,
        FACTS_QUERY,
        FACTS_QUERY_WIDE,
        SUPERCLASSES_QUERY,
        TRIALS_QUERY,
    )

    if getattr(backend, "name", "") != "embedded":
        check_server(backend)
    fills = _fills(patient)
    trials: dict[str, TrialVerdict] = {}
    trial_rows: dict[str, dict[str, Any]] = {}
    for row in backend.select(_fill(TRIALS_QUERY, fills)).records():
        iri = row["trial"]
        trials[iri] = TrialVerdict(iri, row.get("nct_id"), row.get("source"), row.get("title"))
        trial_rows[iri] = row
    conditions: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for row in backend.select(_fill(CONDITIONS_QUERY, fills)).records():
        conditions[row["trial"]].append((row["label"], row.get("code") or "", bool(row["present"])))

    candidates = []
    for iri, verdict in trials.items():
        row = trial_rows[iri]
        conds = conditions.get(iri, [])
        if not conds:
            c_status, c_reason = "met", "the trial names no condition"
        elif not patient.conditions and not patient.absent_conditions:
            c_status, c_reason = "unknown", "the profile states no conditions"
        elif any(p for _, _, p in conds):
            c_status = "met"
            c_reason = "patient has " + "; ".join(f"{lbl} {code}".strip()
                                                  for lbl, code, p in conds if p)
        else:
            c_status = "failed"
            c_reason = "patient has none of the conditions studied"
        shown = "; ".join(f"{lbl} ({code})" if code else lbl for lbl, code, _ in conds)
        verdict.criteria.append(CriterionResult(f"Condition studied: {shown or '(none)'}",
                                                "trial", c_status, c_reason))
        age_reason = (f"patient {patient.age_years:g} years" if patient.age_years is not None
                      else "age not stated")
        verdict.criteria.append(CriterionResult(_age_text(row), "trial", row["age_status"],
                                                age_reason))
        if row.get("sex") and row["sex"] != "ALL":
            verdict.criteria.append(CriterionResult(
                f"Sex: {row['sex']}", "trial", row["sex_status"],
                f"patient {patient.sex}" if patient.sex else "sex not stated"))
        if c_status != "failed":
            candidates.append(iri)

    # the patient's diseases each trial does not study (nor a parent of): only those can
    # meet the trial's excluded conditions (its own disease never excludes from it)
    present = sorted({c.iri for c in patient.conditions if c.iri})
    supers: dict[str, set[str]] = defaultdict(set)
    if present:
        for row in backend.select(_fill(SUPERCLASSES_QUERY, fills)).records():
            supers[str(row["pc"])].add(str(row["sup"]))
    studied = {iri: {expand_curie(code) for _, code, _ in conditions.get(iri, ()) if code}
               for iri in candidates}

    has_free = " || ".join(f"(?free_{n} && {_below([pc], 'cclass')})"
                           for n, pc in enumerate(present)) or "false"

    def trials_free(part: Sequence[str]) -> str:
        if not present:
            return _fills(patient, part)["trials"]
        return _values(["trial"] + [f"free_{n}" for n in range(len(present))],
                       [(_iri(t), *(not ((supers[pc] | {pc}) & studied[t]) for pc in present))
                        for t in part])

    if chunk is None:
        from trialkg.backends import EmbeddedBackend

        chunk = 10_000 if isinstance(backend, EmbeddedBackend) else 1000
    for start in range(0, len(candidates), chunk):
        part = candidates[start:start + chunk]
        part_fills = {**fills, "trials": _fills(patient, part)["trials"],
                      "trials_free": trials_free(part), "has_free": has_free}
        facts: dict[str, list[tuple[str, str, str, str | None]]] = defaultdict(list)
        # rows sorted by fact, so that a criterion's reasons read in the same order whatever
        # order the store answers in
        facts_query = FACTS_QUERY_WIDE if len(part) >= _WIDE_FROM else FACTS_QUERY
        for row in sorted(backend.select(_fill(facts_query, part_fills)).records(),
                          key=lambda r: str(r["fact"])):
            facts[row["criterion"]].append((row["type"], row["status"],
                                            row["detail"] or f"{row['type']}: {row['status']}",
                                            row.get("any_of")))
        crit_rows = backend.select(_fill(CRITERIA_QUERY, part_fills)).records()
        crit_rows.sort(key=lambda r: (r["trial"], r["kind"] != "inclusion", r["start"]))
        for row in crit_rows:
            verdict = trials[row["trial"]]
            if not row["facts"]:
                verdict.criteria.append(CriterionResult(
                    row["text"], row["kind"], "unknown",
                    "not structured: no fact could be read from this criterion; read its text",
                    structured=False, any_of=row.get("any_of")))
                continue
            status, details = _combine(facts.get(row["criterion"], []), row["kind"])
            verdict.criteria.append(CriterionResult(row["text"], row["kind"], status,
                                                    "; ".join(details),
                                                    any_of=row.get("any_of")))

    for verdict in trials.values():
        _settle_alternatives(verdict.criteria)
        structured = [c for c in verdict.criteria if c.structured]
        if any(c.status == "failed" for c in structured):
            verdict.verdict = "ineligible"
        elif all(c.status == "met" for c in structured):
            verdict.verdict = "eligible"
        else:
            verdict.verdict = "possible"
    ranked = sorted(trials.values(), key=lambda v: (VERDICTS.index(v.verdict),
                                                    v.counts()["unknown"], v.nct_id or v.trial))
    if only == "eligible":
        ranked = [v for v in ranked if v.verdict == "eligible"]
    elif only == "possible":
        ranked = [v for v in ranked if v.verdict in ("eligible", "possible")]
    return ranked


def verdicts_table(verdicts: Sequence[TrialVerdict]) -> Table:
    """Return one row per trial: verdict, counts and the failing criteria."""
    from trialkg.results import Term

    xsd_int = _XSD + "integer"
    rows = []
    for v in verdicts:
        counts = v.counts()
        failing = " | ".join(f"{c.text[:120]} ({c.reason[:120]})" for c in v.criteria
                             if c.status == "failed")
        rows.append([Term("uri", v.trial), Term("literal", v.nct_id) if v.nct_id else None,
                     Term("literal", v.source) if v.source else None,
                     Term("literal", v.verdict),
                     Term("literal", str(counts["met"]), xsd_int),
                     Term("literal", str(counts["failed"]), xsd_int),
                     Term("literal", str(counts["unknown"]), xsd_int),
                     Term("literal", failing) if failing else None])
    return Table(["trial", "nct_id", "source", "verdict", "met", "failed", "unknown",
                  "failing_criteria"], rows)
