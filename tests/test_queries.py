"""The named query library: headers, columns, and the facts each query gives on the seeds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from trialkg.backends import EmbeddedBackend
from trialkg.errors import ParameterError, UnknownQueryError
from trialkg.guard import check_query
from trialkg.pipeline import load_paths
from trialkg.queries import bind_parameters, get_query, list_queries, run_named
from trialkg.store import TrialStore

S0, S1, S2, S3, S4 = ("000_3ca71ab75a22850f.txt", "001_77f268da10c09ac1.txt",
                      "002_b6f0ec505dd8cbe1.txt", "003_131a0eeabe8951e5.txt",
                      "004_80142cf9c66ee8ef.txt")

#: The columns the query-library issue fixes, in order.
REQUIRED = {
    "trials": "trial nct_id title source phase status study_type enrollment min_age_years "
              "max_age_years sex",
    "trial-conditions": "trial nct_id condition_label condition_code",
    "trial-interventions": "trial nct_id intervention_label category target cell_source",
    "lab-thresholds": "trial nct_id kind analyte loinc comparator value unit uln_multiple "
                      "applies_when text",
    "performance-status": "trial nct_id kind scale min max text",
    "excluded-conditions": "trial nct_id condition_label condition_code text",
    "eligibility-flags": "trial nct_id life_expectancy_min_months requires_measurable_disease "
                         "requires_negative_pregnancy_test",
    "unparsed-criteria": "trial nct_id kind text",
}
PARAMETERIZED = {"trials-for-condition": {"condition": "neuroblastoma"},
                 "trials-targeting": {"antigen": "GD2"},
                 "compare-threshold": {"loinc": "2164-2"},
                 "trials-accepting": {"age": "6"}}


@pytest.fixture(scope="module")
def kg(tmp_path_factory, data_dir):
    folder = tmp_path_factory.mktemp("queries") / "kg"
    with TrialStore.open(folder, write=True) as st:
        assert load_paths([data_dir / "seeds"], st, workers=0).ok
    return folder


def run(kg, name, **params):
    with EmbeddedBackend(kg) as backend:
        return run_named(name, backend, params)


def seed_rows(kg, name, **params):
    """Rows keyed by seed file name, through the trials query's source column."""
    trials = {r["trial"]: r["source"].rsplit("/", 1)[-1] for r in run(kg, "trials").records()}
    out: dict[str, list[dict]] = {}
    for r in run(kg, name, **params).records():
        out.setdefault(trials[r["trial"]], []).append(r)
    return out


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_query_has_a_header_parses_and_runs(kg, query):
    assert query.title and query.description, f"{query.path}: header needs title and description"
    assert query.examples, f"{query.path}: header needs an example"
    assert check_query(query.text) == "SELECT"
    for p in query.params:
        assert p.description, f"{query.path}: parameter {p.name} needs a description"
    table = run(kg, query.name, **PARAMETERIZED.get(query.name, {}))
    declared = [c.strip() for line in query.text.splitlines() if line.startswith("# columns:")
                for c in line.split(":", 1)[1].split(",")]
    assert table.columns == declared, f"{query.path}: '# columns:' does not match the projection"


@pytest.mark.parametrize(("name", "columns"), REQUIRED.items())
def test_required_queries_have_exactly_the_issue_columns(kg, name, columns):
    assert run(kg, name).columns == columns.split()


def test_lab_thresholds_on_the_seeds(kg):
    rows = seed_rows(kg, "lab-thresholds")

    def key(r):
        value = r["value"] if r["value"] is None else Decimal(str(r["value"]))
        uln = r["uln_multiple"] if r["uln_multiple"] is None else Decimal(str(r["uln_multiple"]))
        return (r["kind"], r["loinc"], r["comparator"], value, r["unit"], uln, r["applies_when"])

    s0 = {key(r) for r in rows[S0]}
    assert ("inclusion", "2164-2", ">", Decimal(60), "mL/min", None, None) in s0
    assert ("inclusion", "1742-6", "<=", None, None, Decimal("2.5"), None) in s0
    assert ("inclusion", "1920-8", "<=", None, None, Decimal("2.5"), None) in s0
    assert ("inclusion", "1975-2", "<=", None, None, Decimal("1.5"),
            "without Gilbert syndrome") in s0
    s3 = {key(r) for r in rows[S3]}
    assert ("exclusion", "2160-0", ">", Decimal("2.5"), "mg/dL", None, None) in s3
    assert ("exclusion", "1975-2", ">", Decimal("2"), "mg/dL", None, None) in s3
    s4 = {key(r) for r in rows[S4]}
    assert ("inclusion", "1920-8", "<=", None, None, Decimal(5), "liver metastasis") in s4
    assert ("inclusion", "1975-2", "<=", None, None, Decimal(2),
            "liver metastasis or Gilbert syndrome") in s4
    assert ("inclusion", "751-8", ">=", Decimal(1), "10*9/L", None, None) in s4
    assert S2 not in rows
    assert all(r["text"] for r in rows[S1])


def test_performance_status_on_the_seeds(kg):
    rows = seed_rows(kg, "performance-status")
    assert [(r["scale"], r["min"], r["max"]) for r in rows[S0]] == [("ECOG", 0, 3)]
    assert [(r["scale"], r["min"], r["max"]) for r in rows[S4]] == [("ECOG", 0, 2)]
    # the evidence opens with the word the score is named by: "Physical strength score 0-3 (ECOG"
    assert rows[S0][0]["text"].startswith("score 0-3 (ECOG")
    assert S1 not in rows and S3 not in rows


def test_excluded_conditions_on_the_seeds(kg):
    rows = seed_rows(kg, "excluded-conditions")
    s3 = {r["condition_label"]: r["condition_code"] for r in rows[S3]}
    assert s3["hiv infection"] == "MONDO:0005109"
    # "Active infection of hepatitis B virus or hepatitis C virus": each an active one, coded as
    # the infection
    assert {"epilepsy", "active hepatitis b", "active hepatitis c", "pregnancy",
            "lactation"} <= set(s3)
    assert s3["active hepatitis b"] == "MONDO:0005344"
    assert "other contraindication to apheresis" in {r["condition_label"] for r in rows[S4]}
    assert all(r["text"] for r in rows[S3])


def test_eligibility_flags_on_the_seeds(kg):
    rows = {s: r[0] for s, r in seed_rows(kg, "eligibility-flags").items()}
    assert float(rows[S0]["life_expectancy_min_months"]) == 3
    assert float(rows[S1]["life_expectancy_min_months"]) == 6
    assert float(rows[S3]["life_expectancy_min_months"]) == pytest.approx(2.76, abs=0.05)
    assert rows[S2]["life_expectancy_min_months"] is None
    assert [rows[s]["requires_measurable_disease"] for s in (S0, S1, S2, S3, S4)] == \
        [False, True, False, False, True]
    assert [rows[s]["requires_negative_pregnancy_test"] for s in (S0, S1, S2, S3, S4)] == \
        [True, False, False, True, True]


def test_unparsed_criteria_on_the_seeds(kg):
    rows = seed_rows(kg, "unparsed-criteria")
    texts = [r["text"] for r in rows.get(S3, [])]
    assert any(t.startswith("Any situation that the researchers believe") for t in texts)
    assert all(r["kind"] in ("inclusion", "exclusion") for rs in rows.values() for r in rs)


def test_parameterized_queries_on_the_seeds(kg):
    assert set(seed_rows(kg, "trials-for-condition", condition="neuroblastoma")) == {S0, S1, S2}
    assert set(seed_rows(kg, "trials-for-condition", condition="MONDO:0005070")) == {S0, S1, S2, S4}
    assert set(seed_rows(kg, "trials-for-condition", condition="nmosd")) == {S3}
    assert set(seed_rows(kg, "trials-targeting", antigen="gd2")) == {S0, S1}
    assert set(seed_rows(kg, "trials-targeting", antigen="CD19")) == {S3}
    crcl = seed_rows(kg, "compare-threshold", loinc="2164-2")
    assert {s: float(r[0]["normalized_value"]) for s, r in crcl.items()} == {S0: 60.0, S4: 50.0}
    accepting = seed_rows(kg, "trials-accepting", age="6", scale="ECOG", score="3")
    assert set(accepting) == {S0, S1, S2}
    assert set(seed_rows(kg, "trials-accepting", age="6", scale="ECOG", score="4")) == {S1, S2}
    assert set(seed_rows(kg, "trials-accepting", age="18")) == {S1, S2, S3, S4}
    assert set(seed_rows(kg, "cell-therapy-trials-accepting-ecog", ecog="3")) == {S0, S1, S2}
    assert set(seed_rows(kg, "cell-therapy-trials-accepting-ecog", ecog="4")) == {S1, S2}


def test_hostile_parameter_values_are_just_strings(kg):
    for value in ['x" } DROP ALL #', "neuroblastoma\" || true || \"", "?condition", "<http://x>"]:
        assert len(run(kg, "trials-for-condition", condition=value)) == 0
    assert len(run(kg, "trials")) == 5


def test_parameter_errors():
    with pytest.raises(UnknownQueryError, match="did you mean trials-for-condition"):
        get_query("trials-for-conditions")
    q = get_query("trials-accepting")
    with pytest.raises(ParameterError, match="needs --param age"):
        bind_parameters(q, {})
    with pytest.raises(ParameterError, match="not a valid decimal"):
        bind_parameters(q, {"age": "six"})
    with pytest.raises(ParameterError, match="has no parameter 'agee'"):
        bind_parameters(q, {"agee": "6"})


def test_alternative_bounds_lists_each_set_whole(tmp_path, data_dir):
    folder = tmp_path / "kg"
    with TrialStore.open(folder, write=True) as st:
        assert load_paths([data_dir / "ctgov" / "sample-100.jsonl"], st, workers=0).ok
    rows = run(folder, "alternative-bounds").records()
    sets: dict[str, list[dict]] = {}
    for r in rows:
        sets.setdefault(r["alternative_set"], []).append(r)
    assert sets and all(len(members) >= 2 for members in sets.values()), sets
    assert all(len({r["trial"] for r in members}) == 1 for members in sets.values())
    # NCT04946890: "Serum creatinine (Scr) ≤1.5×ULN, or creatinine clearance (Ccr) ≥50 mL/min"
    (renal,) = [m for m in sets.values() if m[0]["nct_id"] == "NCT04946890"]
    assert {(r["analyte"], r["comparator"]) for r in renal} == {
        ("serum creatinine", "<="), ("creatinine clearance", ">=")}
    assert {r["kind"] for r in renal} == {"inclusion"}
