"""Patient-to-trial screening on the five seed trials: verdicts and the criteria that decide
them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run_cli

from trialkg.backends import EmbeddedBackend
from trialkg.errors import ProfileError
from trialkg.patient import load_profile, parse_profile
from trialkg.pipeline import load_paths
from trialkg.screening import screen
from trialkg.store import TrialStore

S0, S1, S2, S3, S4 = ("000_3ca71ab75a22850f.txt", "001_77f268da10c09ac1.txt",
                      "002_b6f0ec505dd8cbe1.txt", "003_131a0eeabe8951e5.txt",
                      "004_80142cf9c66ee8ef.txt")
CONDITION = "Condition studied"  # the trial-level criterion of screening per disease

# profile -> {seed: (verdict, a failing criterion's text or reason fragment)}
EXPECTED = {
    "child_nb_issue_example": {S0: ("possible", None), S1: ("possible", None),
                               S2: ("eligible", None), S3: ("ineligible", CONDITION),
                               S4: ("ineligible", CONDITION)},
    "child_nb_alt_3x": {S0: ("ineligible", "ALT <= 2.5 x ULN | patient: 3 x ULN"),
                        S1: ("possible", None), S2: ("eligible", None),
                        S4: ("ineligible", CONDITION)},
    "teen_nb_18y6m": {S0: ("ineligible", "Age: > 1 years, < 18 years"), S1: ("possible", None),
                      S2: ("eligible", None), S3: ("ineligible", CONDITION)},
    "infant_nb_1y": {S0: ("ineligible", "Age: > 1 years, < 18 years"), S1: ("possible", None),
                     S2: ("eligible", None)},
    "child_nb_low_hb_gL": {S1: ("ineligible", "hemoglobin >= 80 g/L | patient: 70 g/L"),
                           S0: ("possible", None), S2: ("eligible", None)},
    "child_nb_low_hb_gdL": {S1: ("ineligible", "hemoglobin >= 80 g/L | patient: 70 g/L"),
                            S0: ("possible", None), S2: ("eligible", None)},
    "nmosd_adult": {S3: ("possible", None), S0: ("ineligible", CONDITION),
                    S2: ("ineligible", CONDITION), S4: ("ineligible", CONDITION)},
    "nmosd_creatinine_umol": {S3: ("ineligible", "serum creatinine > 2.5 mg/dL | patient: 2.99")},
    "nmosd_hiv": {S3: ("ineligible", "must not have: hiv infection | patient has it")},
    "nmosd_pregnant": {S3: ("ineligible", "must not have: pregnancy | patient has it")},
    "npc_liver_mets": {S4: ("possible", None), S1: ("ineligible", CONDITION)},
    "npc_without_liver_mets": {S4: ("ineligible", "AST <= 2.5 x ULN | patient: 3.75 x ULN")},
    "npc_ecog3": {S4: ("ineligible", "ECOG 0-2 | patient: ECOG 3")},
    "npc_age80": {S4: ("ineligible", "Age: ≥ 18 years, ≤ 75 years")},
    "nb_gilbert_bilirubin_2x": {S0: ("possible", None)},
    "nb_no_gilbert_bilirubin_2x": {S0: ("ineligible",
                                        "total bilirubin <= 1.5 x ULN | patient: 1.99")},
    "npc_all_stated": {S4: ("eligible", None), S3: ("ineligible", CONDITION)},
}


@pytest.fixture(scope="module")
def store(tmp_path_factory, data_dir):
    folder = tmp_path_factory.mktemp("screen") / "kg"
    with TrialStore.open(folder, write=True) as st:
        assert load_paths([data_dir / "seeds"], st, workers=0).ok
    return folder


def verdicts(store, patient, **kw):
    with EmbeddedBackend(store) as backend:
        return {v.source.rsplit("/", 1)[-1]: v for v in screen(patient, backend, **kw)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_profile_against_the_seeds(store, data_dir, name):
    got = verdicts(store, load_profile(data_dir / "patients" / f"{name}.json"))
    for seed, (verdict, failing) in EXPECTED[name].items():
        v = got[seed]
        report = "\n".join(f"  {c.status:8} {c.text[:60]!r} :: {c.reason}" for c in v.criteria)
        assert v.verdict == verdict, f"{name} on {seed}: {v.verdict}\n{report}"
        failed = [c for c in v.criteria if c.status == "failed"]
        if verdict == "ineligible":
            assert any(failing in c.text or failing in c.reason for c in failed), \
                f"{name} on {seed}: no failed criterion matching {failing!r}\n{report}"
        else:
            assert not failed, report
        if verdict == "eligible":
            assert all(c.status == "met" for c in v.criteria if c.structured), report


def test_every_verdict_lists_every_criterion_with_its_text(store, data_dir):
    got = verdicts(store, load_profile(data_dir / "patients" / "npc_all_stated.json"))
    bgt007 = got[S4]
    assert bgt007.criteria[0].kind == "trial" and bgt007.criteria[0].text.startswith(CONDITION)
    texts = [c.text for c in bgt007.criteria]
    assert any(t.startswith("Neutrophil count (NEUT #) ≥ 1.0") for t in texts)
    assert all(c.status in ("met", "failed", "unknown") and c.reason for c in bgt007.criteria)
    unstructured = [c for c in bgt007.criteria if not c.structured]
    assert unstructured and all(c.status == "unknown" for c in unstructured)


def test_ranking_and_only(store, data_dir):
    patient = load_profile(data_dir / "patients" / "child_nb_issue_example.json")
    with EmbeddedBackend(store) as backend:
        ranked = screen(patient, backend)
        order = [v.verdict for v in ranked]
        assert order == sorted(order, key=("eligible", "possible", "ineligible").index)
        assert {v.verdict for v in screen(patient, backend, only="possible")} == \
            {"eligible", "possible"}
        assert [v.verdict for v in screen(patient, backend, only="eligible")] == ["eligible"]


def test_match_command_json_shape(store, data_dir, capsys):
    result = run_cli(capsys, "match", data_dir / "patients" / "child_nb_alt_3x.json",
                     "--store", store, "--format", "json")
    assert result.code == 0, result
    data = json.loads(result.out)
    assert {"trial", "nct_id", "source", "verdict", "criteria"} <= set(data[0])
    assert {"text", "kind", "status", "reason"} == set(data[0]["criteria"][0])
    assert data[0]["nct_id"] == "NCT06631391" and data[0]["verdict"] == "eligible"


@pytest.mark.parametrize(("profile", "field"), [
    ({"age": -3}, "age"),
    ({"age": {"value": 6, "unit": "fortnights"}}, "age.unit"),
    ({"sex": "unknown"}, "sex"),
    ({"conditions": "neuroblastoma"}, "conditions"),
    ({"labs": [{"analyte": "unobtainium", "value": 1, "unit": "U/L"}]}, "labs[0].analyte"),
    ({"labs": [{"loinc": "1742-6", "value": 80, "unit": "furlongs"}]}, "labs[0].unit"),
    ({"labs": [{"loinc": "1742-6", "value": "high"}]}, "labs[0].value"),
    ({"performance_status": {"scale": "ECOG", "value": 7}}, "performance_status.value"),
    ({"performance_status": {"scale": "Zubrod", "value": 1}}, "performance_status.scale"),
    ({"pregnant": "no"}, "pregnant"),
    ({"favourite_colour": "blue"}, "favourite_colour"),
    ({"prior_therapies": [{"name": "x", "end_date": "last spring"}]},
     "prior_therapies[0].end_date"),
], ids=lambda x: x if isinstance(x, str) else None)
def test_invalid_profiles_name_the_field(profile, field):
    with pytest.raises(ProfileError) as info:
        parse_profile(profile)
    assert info.value.field == field
    assert str(info.value).startswith(f"patient profile field {field!r}")


def test_invalid_profile_file_gives_exit_1(tmp_path, capsys, store):
    bad = tmp_path / "p.json"
    bad.write_text('{"age": -1}')
    result = run_cli(capsys, "match", bad, "--store", store)
    assert result.code == 1 and "patient profile field 'age'" in result.err, result


def test_units_are_converted_before_comparison(data_dir):
    a = load_profile(data_dir / "patients" / "child_nb_low_hb_gL.json").labs[0]
    b = load_profile(data_dir / "patients" / "child_nb_low_hb_gdL.json").labs[0]
    assert (a.canonical_value, a.canonical_unit) == (b.canonical_value, b.canonical_unit)
    bili = load_profile(data_dir / "patients" / "nb_no_gilbert_bilirubin_2x.json").labs[0]
    assert bili.uln_source == "default table" and bili.uln_ratio == pytest.approx(2.0, rel=0.02)


def _store_with(tmp_path, name: str, nct_id: str, condition: str, criteria: str,
                *others: Path) -> Path:
    """A store holding one ClinicalTrials.gov record written here (and ``others``)."""
    record = {"protocolSection": {
        "identificationModule": {"nctId": nct_id, "briefTitle": f"A {condition} study"},
        "conditionsModule": {"conditions": [condition]},
        "eligibilityModule": {"eligibilityCriteria": criteria}}}
    (tmp_path / name).write_text(json.dumps(record), encoding="utf-8")
    folder = tmp_path / "kg"
    with TrialStore.open(folder, write=True) as st:
        assert load_paths([*others, tmp_path / name], st, workers=0).ok
    return folder


def _store_of_sample_record(tmp_path, data_dir, nct_id: str) -> Path:
    """A store holding one real record of the bundled 100-record sample."""
    line = next(ln for ln in (data_dir / "ctgov" / "sample-100.jsonl").read_text(
        encoding="utf-8").splitlines() if f'"{nct_id}"' in ln)
    (tmp_path / f"{nct_id}.jsonl").write_text(line + "\n", encoding="utf-8")
    folder = tmp_path / "kg"
    with TrialStore.open(folder, write=True) as st:
        assert load_paths([tmp_path / f"{nct_id}.jsonl"], st, workers=0).ok
    return folder


def _screened_criteria(tmp_path, condition: str, criteria: str, profile: dict):
    """Screen a profile against one trial written here: its verdict, its criteria by text."""
    folder = _store_with(tmp_path, "trial.json", "NCT09999900", condition, criteria)
    got = verdicts(folder, parse_profile(profile))["trial.json"]
    return got, {c.text: c for c in got.criteria}


def test_a_disease_studied_by_another_trial_still_excludes(tmp_path, data_dir):
    # the NMOSD seed excludes epilepsy; a second trial studying epilepsy must not exempt a
    # patient's epilepsy from that exclusion (the exemption is for the trial's own disease)
    folder = _store_with(tmp_path, "epilepsy.json", "NCT09999901", "Epilepsy",
                         "Inclusion Criteria:\n\n* Age 18 years or older\n",
                         data_dir / "seeds" / S3)
    patient = parse_profile({"age": 30, "sex": "female",
                             # by code: the class, not the label, must decide
                             "conditions": ["AQP4-IgG positive NMOSD", "MONDO:0005027"]})
    got = verdicts(folder, patient)
    nmosd = got[S3]
    failed = [c for c in nmosd.criteria if c.status == "failed"]
    assert nmosd.verdict == "ineligible" and any("epilepsy" in c.reason for c in failed), \
        "\n".join(f"{c.status} {c.text[:50]!r} :: {c.reason}" for c in nmosd.criteria)
    # and the epilepsy trial's own disease never excludes from it
    assert got["epilepsy.json"].verdict != "ineligible" or not any(
        "epilepsy" in c.reason and c.status == "failed" for c in got["epilepsy.json"].criteria)


def test_a_condition_excluded_only_when_recent_is_not_a_failure(tmp_path):
    # "within 6 months": a patient with the condition may have had it long ago, and a
    # profile carries no onset date, so the criterion is unknown, not failed
    got, by_text = _screened_criteria(
        tmp_path, "Hypertension",
        "Exclusion Criteria:\n\n* Myocardial infarction within 6 months\n* Stroke\n",
        {"age": 60, "sex": "male",
         "conditions": ["hypertension", "myocardial infarction", "stroke"]})
    mi = by_text["Myocardial infarction within 6 months"]
    assert mi.status == "unknown" and "within 182.62 days" in mi.reason, (mi.status, mi.reason)
    assert "onset date not stated" in mi.reason
    assert by_text["Stroke"].status == "failed" and got.verdict == "ineligible"


def test_a_condition_named_in_the_exception_is_not_a_failure(tmp_path):
    folder = _store_with(tmp_path, "lymphoma.json", "NCT09999903", "Lymphoma",
                         "Exclusion Criteria:\n\n* Hepatitis except hepatitis A\n")
    exempt = parse_profile({"age": 60, "sex": "male", "conditions": ["lymphoma", "hepatitis A"]})
    crit = {c.text: c for c in verdicts(folder, exempt)["lymphoma.json"].criteria}[
        "Hepatitis except hepatitis A"]
    assert crit.status == "unknown" and "named in the exception" in crit.reason, crit.reason
    other = parse_profile({"age": 60, "sex": "male", "conditions": ["lymphoma", "hepatitis B"]})
    crit = {c.text: c for c in verdicts(folder, other)["lymphoma.json"].criteria}[
        "Hepatitis except hepatitis A"]
    assert crit.status == "failed", (crit.status, crit.reason)


def test_vital_sign_bounds_screen_a_patient(tmp_path):
    # BMI and blood pressure are bounds like lab values: units are converted (pounds to kg)
    folder = _store_with(tmp_path, "obesity.json", "NCT09999904", "Obesity",
                         "Inclusion Criteria:\n\n* BMI between 30 and 40 kg/m2\n"
                         "* Body weight of at least 90 kg\n"
                         "Exclusion Criteria:\n\n* Blood pressure >160/100 mmHg\n")

    def statuses(bmi, pounds, systolic, diastolic):
        labs = [{"analyte": "body mass index", "value": bmi, "unit": "kg/m2"},
                {"analyte": "body weight", "value": pounds, "unit": "lb"},
                {"analyte": "systolic blood pressure", "value": systolic, "unit": "mm[Hg]"},
                {"analyte": "diastolic blood pressure", "value": diastolic, "unit": "mmHg"}]
        patient = parse_profile({"age": 45, "sex": "female", "conditions": ["obesity"],
                                 "labs": labs})
        got = verdicts(folder, patient)["obesity.json"]
        return {c.text: c.status for c in got.criteria if c.text in wanted}, got.verdict

    wanted = ("BMI between 30 and 40 kg/m2", "Body weight of at least 90 kg",
              "Blood pressure >160/100 mmHg")
    fits, verdict = statuses(34, 220, 135, 85)
    assert fits == dict.fromkeys(wanted, "met"), fits
    assert verdict == "eligible"
    misfit, verdict = statuses(42, 180, 150, 105)
    assert misfit == dict.fromkeys(wanted, "failed"), misfit
    assert verdict == "ineligible"


def test_the_wide_facts_query_gives_the_same_screening(store, data_dir, monkeypatch):
    # many trials per query use the sub-select form of the facts query: same criteria
    import trialkg.screening as screening

    profiles = sorted((data_dir / "patients").glob("*.json"))
    with EmbeddedBackend(store) as backend:
        narrow = [[v.as_dict() for v in screen(load_profile(p), backend)] for p in profiles]
        monkeypatch.setattr(screening, "_WIDE_FROM", 0)
        wide = [[v.as_dict() for v in screen(load_profile(p), backend)] for p in profiles]
    assert wide == narrow


def test_the_server_check_passes_on_a_standard_engine(store):
    """The probe queries get the standard answers from Oxigraph (remote servers are
    checked with them before screening; see test_remote for Virtuoso, which fails)."""
    from trialkg.screening import check_server
    from trialkg.screening_sparql import PROBE_EXPECTED, PROBE_QUERIES

    with EmbeddedBackend(store) as backend:
        got = {r["case"]: r["got"] for q in PROBE_QUERIES for r in backend.select(q).records()}
        assert got == PROBE_EXPECTED
        check_server(backend)



def test_a_prior_therapy_with_an_exception_is_not_a_failure(tmp_path):
    # "no prior chemotherapy except adjuvant chemotherapy": a patient who had chemotherapy may
    # have had the excepted kind, which a profile does not tell; without the exception it fails
    _, by_text = _screened_criteria(
        tmp_path, "Colorectal Cancer",
        "Inclusion Criteria:\n\n* No prior chemotherapy except for adjuvant chemotherapy\n"
        "* No prior radiotherapy\n* No prior immunotherapy for metastatic disease\n",
        {"age": 60, "sex": "male", "conditions": ["colorectal cancer"],
         "prior_therapies": [{"name": "chemotherapy"}, {"name": "radiotherapy"},
                             {"name": "immunotherapy"}]})
    chemo = by_text["No prior chemotherapy except for adjuvant chemotherapy"]
    assert chemo.status == "unknown" and "except adjuvant chemotherapy" in chemo.reason, \
        (chemo.status, chemo.reason)
    assert by_text["No prior radiotherapy"].status == "failed", by_text["No prior radiotherapy"]
    # "… for metastatic disease": the patient's immunotherapy may have been given in another
    # setting
    immuno = by_text["No prior immunotherapy for metastatic disease"]
    assert immuno.status == "unknown" and "for metastatic disease" in immuno.reason, \
        (immuno.status, immuno.reason)


def test_a_cap_on_prior_lines_is_met_by_as_many_and_failed_by_more(tmp_path):
    # "no more than 2 prior chemotherapy regimens" (inclusion) and "more than 2 prior
    # chemotherapy regimens" (exclusion) allow two lines: three fail both, two meet both
    text = ("Inclusion Criteria:\n\n* No more than 2 prior chemotherapy regimens\n\n"
            "Exclusion Criteria:\n\n* More than 2 prior chemotherapy regimens\n")
    for lines, want in ((3, "failed"), (2, "met")):
        _, by_text = _screened_criteria(
            _made(tmp_path / str(lines)), "Colorectal Cancer", text,
            {"age": 60, "sex": "male", "conditions": ["colorectal cancer"],
             "prior_therapies": [{"name": "chemotherapy"}] * lines})
        for crit_text in ("No more than 2 prior chemotherapy regimens",
                          "More than 2 prior chemotherapy regimens"):
            crit = by_text[crit_text]
            assert crit.status == want and "at most 2 lines" in crit.reason, \
                (lines, crit_text, crit.status, crit.reason)


def test_a_lab_bound_given_for_some_ages_applies_to_them_only(tmp_path):
    # a creatinine table by age: a 6-year-old with 0.9 mg/dL meets the bound for 6 to 10 years
    # and the bound for 2 to 5 years does not apply; a 4-year-old with the same value fails it
    text = ("Inclusion Criteria:\n\n* Serum creatinine based on age as follows:\n"
            "  * No greater than 0.8 mg/dL (2 to 5 years of age)\n"
            "  * No greater than 1.0 mg/dL (6 to 10 years of age)\n")
    # (a bound that does not apply is met, saying so)
    skipped = ("met", "not applicable")
    for age, young, older in ((6, skipped, ("met", "")), (4, ("failed", ""), skipped)):
        _, by_text = _screened_criteria(
            _made(tmp_path / str(age)), "Neuroblastoma", text,
            {"age": age, "sex": "female", "conditions": ["neuroblastoma"],
             "labs": [{"loinc": "2160-0", "value": 0.9, "unit": "mg/dL"}]})
        for crit_text, (status, why) in (
                ("No greater than 0.8 mg/dL (2 to 5 years of age)", young),
                ("No greater than 1.0 mg/dL (6 to 10 years of age)", older)):
            crit = by_text[crit_text]
            assert crit.status == status and why in crit.reason and \
                ("not applicable" in crit.reason) == bool(why), \
                (age, crit_text, crit.status, crit.reason)


def test_a_condition_with_a_qualifier_is_not_a_failure(tmp_path):
    # "arrhythmia requiring medication": a patient with an arrhythmia may not need any, which a
    # profile does not tell; the same condition without a qualifier fails
    _, by_text = _screened_criteria(
        tmp_path, "Hypertension",
        "Exclusion Criteria:\n\n* History of arrhythmia requiring medication\n* Epilepsy\n",
        {"age": 60, "sex": "male", "conditions": ["hypertension", "arrhythmia", "epilepsy"]})
    crit = by_text["History of arrhythmia requiring medication"]
    assert crit.status == "unknown" and "requiring medication" in crit.reason, \
        (crit.status, crit.reason)
    assert by_text["Epilepsy"].status == "failed", by_text["Epilepsy"]


def test_a_washout_with_an_exception_is_not_a_failure(tmp_path):
    # "major surgery, other than diagnostic surgery, within 4 weeks": a patient whose last
    # therapy ended 10 days ago may have had the excepted kind; without the exception it fails
    _, by_text = _screened_criteria(
        tmp_path, "Colorectal Cancer",
        "Exclusion Criteria:\n\n* Major surgery, other than diagnostic surgery, within 4 weeks\n"
        "* Chemotherapy within 4 weeks\n",
        {"age": 60, "sex": "male", "conditions": ["colorectal cancer"], "as_of": "2026-12-01",
         "prior_therapies": [{"name": "surgery", "end_date": "2026-11-21"}]})
    surgery = by_text["Major surgery, other than diagnostic surgery, within 4 weeks"]
    assert surgery.status == "unknown" and "except diagnostic surgery" in surgery.reason, \
        (surgery.status, surgery.reason)
    chemo = by_text["Chemotherapy within 4 weeks"]
    assert chemo.status == "failed", (chemo.status, chemo.reason)


def test_a_washout_in_an_exclusion_list_requires_the_time(tmp_path):
    # "chemotherapy within 4 weeks" in an exclusion list is a 28-day washout: 40 days since the
    # last therapy meets it, 10 days fail it (the list does not invert a washout)
    for days_ago, want in (("2026-10-22", "met"), ("2026-11-21", "failed")):
        _, by_text = _screened_criteria(
            _made(tmp_path / days_ago), "Colorectal Cancer",
            "Exclusion Criteria:\n\n* Chemotherapy within 4 weeks\n",
            {"age": 60, "sex": "male", "conditions": ["colorectal cancer"], "as_of": "2026-12-01",
             "prior_therapies": [{"name": "chemotherapy", "end_date": days_ago}]})
        crit = by_text["Chemotherapy within 4 weeks"]
        assert crit.status == want, (days_ago, crit.status, crit.reason)


def _made(folder):
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_exclusion_lists_do_not_invert_requirements(tmp_path):
    # facts read as requirements from an exclusion list ("unable to give informed consent"
    # requires consent) and bounds read as written ("life expectancy < 3 months" excludes short
    # ones) give the same verdicts as the matching inclusion criteria
    _, by_text = _screened_criteria(
        tmp_path, "Colorectal Cancer",
        "Exclusion Criteria:\n\n* Unable to give informed consent\n"
        "* Unwilling to use effective contraception\n* Positive pregnancy test\n"
        "* No measurable disease\n* Unresolved toxicity > grade 1 from prior therapy\n"
        "* Life expectancy less than 3 months\n",
        {"age": 40, "sex": "female", "conditions": ["colorectal cancer"], "consent": True,
         "contraception": True, "pregnant": False, "measurable_disease": True,
         "max_toxicity_grade": 0, "life_expectancy_months": 24})
    got = {text: c.status for text, c in by_text.items()}
    assert set(got.values()) == {"met"}, {t: s for t, s in got.items() if s != "met"}


def test_a_lab_bound_given_for_one_sex_applies_to_that_sex(tmp_path):
    # "≥ 13 g/dL for men and ≥ 12 g/dL for women" is two bounds, one for each sex: a woman
    # at 12.5 g/dL meets it, a man at 12.5 g/dL fails it, and without a sex it is unknown
    text = "Hemoglobin ≥ 13 g/dL for men and ≥ 12 g/dL for women"
    folder = _store_with(tmp_path, "anemia.json", "NCT09999907", "Anemia",
                         f"Inclusion Criteria:\n\n* {text}\n")

    def status(**profile):
        patient = parse_profile({"age": 50, **profile, "labs": [
            {"analyte": "hemoglobin", "value": 12.5, "unit": "g/dL"}]})
        crit = {c.text: c for c in verdicts(folder, patient)["anemia.json"].criteria}[text]
        return crit.status, crit.reason

    assert status(sex="female")[0] == "met", status(sex="female")
    assert status(sex="male")[0] == "failed", status(sex="male")
    assert "for men" in status(sex="male")[1], status(sex="male")
    assert status()[0] == "unknown", status()



def test_alternative_lab_bounds_need_only_one(tmp_path, data_dir):
    # NCT04946890 (a real record of the sample): "Serum creatinine (Scr) ≤1.5×ULN, or
    # creatinine clearance (Ccr) ≥50 mL/min" is met by either bound, failed only when both fail
    folder = _store_of_sample_record(tmp_path, data_dir, "NCT04946890")

    def kidney(*labs):
        patient = parse_profile({"age": 50, "sex": "male", "conditions": ["acute myeloid leukemia"],
                                 "labs": list(labs)})
        (got,) = verdicts(folder, patient).values()
        (crit,) = [c for c in got.criteria if "creatinine clearance (Ccr)" in c.text]
        return crit.status, crit.reason

    high_creatinine = {"loinc": "2160-0", "value": 2.4, "unit": "mg/dL", "uln": 1.2}
    status, reason = kidney(high_creatinine, {"loinc": "2164-2", "value": 70, "unit": "mL/min"})
    assert status == "met", reason
    assert " or " in reason and "creatinine clearance" in reason, reason
    status, reason = kidney(high_creatinine, {"loinc": "2164-2", "value": 40, "unit": "mL/min"})
    assert status == "failed", reason
    assert kidney(high_creatinine)[0] == "unknown"
    assert kidney({"loinc": "2160-0", "value": 1.0, "unit": "mg/dL", "uln": 1.2})[0] == "met"


def test_alternative_criteria_need_only_one(tmp_path, data_dir):
    # NCT01252810 (a real record of the sample): "The subject has at least one of the following
    # comorbidities:" eGFR < 60, diabetes treated for > 6 months, or CHF class III or greater.
    # A patient with eGFR 75 may still qualify through the other two, which are read as text
    # only: the eGFR criterion is unknown, not failed, and the trial is not ineligible
    folder = _store_of_sample_record(tmp_path, data_dir, "NCT01252810")

    def screened(egfr):
        patient = parse_profile({"age": 70, "sex": "female", "conditions": ["diabetes mellitus"],
                                 "labs": [{"loinc": "33914-3", "value": egfr,
                                           "unit": "mL/min/{1.73_m2}"}]})
        (got,) = verdicts(folder, patient).values()
        (crit,) = [c for c in got.criteria if c.text.startswith("Chronic renal")]
        return got.verdict, crit

    verdict, crit = screened(75)
    assert crit.status == "unknown" and "an alternative is unknown" in crit.reason, crit.reason
    assert verdict == "possible"
    verdict, crit = screened(45)
    assert crit.status == "met", crit.reason


def test_criteria_joined_by_or_are_alternatives(tmp_path):
    # "Creatinine ≤ 1.5 × ULN, OR" / "Creatinine clearance ≥ 60 mL/min": meeting the second is
    # enough; in an exclusion list "HIV, or" / "Hepatitis B" each item still excludes
    got, by_text = _screened_criteria(
        tmp_path, "Lymphoma",
        "Inclusion Criteria:\n\n* Creatinine ≤ 1.5 × ULN, OR\n"
        "* Creatinine clearance ≥ 60 mL/min\n\nExclusion Criteria:\n\n* HIV infection, or\n"
        "* Hepatitis B\n",
        {"age": 60, "sex": "male", "conditions": ["lymphoma", "HIV infection"],
         "labs": [{"loinc": "2160-0", "value": 2.4, "unit": "mg/dL", "uln": 1.2},
                  {"loinc": "2164-2", "value": 70, "unit": "mL/min"}]})
    first = by_text["Creatinine ≤ 1.5 × ULN, OR"]
    assert first.status == "met" and "an alternative is met" in first.reason, first.reason
    assert by_text["Creatinine clearance ≥ 60 mL/min"].status == "met"
    assert by_text["HIV infection, or"].status == "failed"
    assert got.verdict == "ineligible"
