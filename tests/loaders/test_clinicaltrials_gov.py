"""API v2 JSON loader: every sample record, field values, lenient and strict mode."""

from __future__ import annotations

import json
import warnings

import pytest

from trialkg.errors import RecordError, TrialkgWarning
from trialkg.loaders import LOADERS, RawRecord, iter_raw_records, parse_record
from trialkg.loaders.clinicaltrials_gov import parse_study
from trialkg.model import PHASES, STATUSES, STUDY_TYPES, AgeLimit, MeshTerm, Person, Site

from .conftest import SAMPLE


def _raw(obj, index: int = 0) -> RawRecord:
    data = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
    return RawRecord("memory.jsonl", index, "ctgov-json", data)


def test_every_sample_record_parses_without_error_or_warning(sample_studies):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        trials = [parse_record(raw, strict=True) for raw in iter_raw_records(SAMPLE)]
    assert len(trials) == 100
    for trial, (nct_id, study) in zip(trials, sample_studies.items(), strict=True):
        p = study["protocolSection"]
        assert trial.nct_id == nct_id
        assert trial.brief_title == p["identificationModule"]["briefTitle"]
        assert trial.eligibility.criteria_text == p["eligibilityModule"]["eligibilityCriteria"]
        assert trial.study_type in STUDY_TYPES
        assert trial.overall_status in STATUSES
        assert set(trial.phases) <= set(PHASES)
        assert trial.phases == p["designModule"].get("phases", [])
        assert trial.has_results is study["hasResults"]
        assert trial.source_format == "ctgov-json"
        assert len(trial.source_sha256) == 64


def test_car_t_record_fields(sample_studies):
    trial = parse_study(sample_studies["NCT02349698"], source="sample.jsonl", index=3)
    assert trial.org_study_id == "TMMU-BTC-001"
    assert trial.official_title.startswith("A Clinical Research of Chimeric Antigen Receptor")
    assert trial.phases == ["PHASE1", "PHASE2"]
    assert (trial.study_type, trial.overall_status) == ("INTERVENTIONAL", "RECRUITING")
    assert (trial.enrollment, trial.enrollment_type) == (45, "ESTIMATED")
    assert (trial.allocation, trial.intervention_model, trial.primary_purpose, trial.masking) \
        == ("NON_RANDOMIZED", "SINGLE_GROUP", "TREATMENT", "NONE")
    assert (trial.start_date, trial.primary_completion_date, trial.completion_date) \
        == ("2014-12", "2022-12", "2023-12")
    assert (trial.first_posted_date, trial.last_update_posted_date) == ("2015-01-29", "2019-06-25")
    assert trial.lead_sponsor.name == "Southwest Hospital, China"
    assert trial.lead_sponsor.agency_class == "OTHER"
    assert [c.label for c in trial.conditions] == ["Leukemia", "Lymphoma"]
    assert not any(c.from_text for c in trial.conditions)
    assert trial.keywords == ["CAR T", "Leukemia", "Lymphoma"]
    assert trial.investigators == [Person("Cheng Qian, MD, PhD", "STUDY_CHAIR",
                                          "Biotherapy Center of Southwest Hospital")]
    assert trial.sites == [Site("Southwest Hospital of Third Millitary Medical University",
                                "Chongqing", "Chongqing", "China", "RECRUITING", 29.56278,
                                106.55278)]
    (item,) = trial.interventions
    assert (item.name, item.type) == ("Chimeric Antigen Receptor Modified T cells Targeting CD19",
                                      "BIOLOGICAL")
    assert item.arm_labels == ["Acute Lymphoblastic Leukemia", "Chronic Lymphcytic Leukemia",
                               "Non-Hodgkin Lymphoma"]
    assert [(a.label, a.type) for a in trial.arms][0] == ("Acute Lymphoblastic Leukemia", "OTHER")
    assert trial.arms[0].intervention_names == [
        "Biological: Chimeric Antigen Receptor Modified T cells Targeting CD19"]
    assert [(o.kind, o.time_frame) for o in trial.outcomes] == [
        ("primary", "3 years"), ("secondary", "3 years"), ("secondary", "12 weeks"),
        ("secondary", "4 weeks")]
    assert trial.outcomes[2].description is None
    e = trial.eligibility
    assert e.minimum_age == AgeLimit(4, "year", True, "4 Years")
    assert e.maximum_age == AgeLimit(75, "year", True, "75 Years")
    assert (e.sex, e.healthy_volunteers) == ("ALL", False)
    assert e.std_ages == ["CHILD", "ADULT", "OLDER_ADULT"]
    assert e.criteria_text.startswith("Inclusion Criteria:\n\n1. Relapsed or refractory")
    assert MeshTerm("D000007938", "Leukemia") in trial.condition_mesh
    assert MeshTerm("D000009369", "Neoplasms", ancestor=True) in trial.condition_mesh
    assert trial.intervention_mesh == []
    assert trial.has_results is False


def test_observational_record_and_results_record(sample_studies):
    observational = parse_study(sample_studies["NCT01174615"], source="s")
    assert observational.study_type == "OBSERVATIONAL"
    assert observational.phases == []
    assert observational.eligibility.maximum_age is None
    assert observational.eligibility.minimum_age.years == 18
    with_results = [s for s in sample_studies.values() if s["hasResults"]]
    assert len(with_results) >= 5
    assert all(parse_study(s, source="s").has_results for s in with_results)


def test_records_missing_optional_modules(sample_studies):
    bare = [s for s in sample_studies.values()
            if "armsInterventionsModule" not in s["protocolSection"]]
    assert bare
    for study in bare:
        trial = parse_study(study, source="s")
        assert trial.interventions == [] and trial.arms == []
    no_sites = [s for s in sample_studies.values()
                if "contactsLocationsModule" not in s["protocolSection"]]
    assert no_sites and all(parse_study(s, source="s").sites == [] for s in no_sites)


def test_ages_in_other_units(study):
    study["protocolSection"]["eligibilityModule"]["minimumAge"] = "1 Day"
    study["protocolSection"]["eligibilityModule"]["maximumAge"] = "6 Months"
    e = parse_study(study, source="s").eligibility
    assert (e.minimum_age.value, e.minimum_age.unit, e.minimum_age.text) == (1, "day", "1 Day")
    assert e.minimum_age.years == pytest.approx(0.0027, abs=1e-4)
    assert e.maximum_age.years == 0.5


MALFORMED = [
    pytest.param(("designModule", "phases"), ["PHASE9"],
                 "protocolSection.designModule.phases[0]", id="unknown-phase"),
    pytest.param(("designModule", "enrollmentInfo", "count"), "many",
                 "protocolSection.designModule.enrollmentInfo.count", id="enrollment-string"),
    pytest.param(("eligibilityModule", "minimumAge"), "eighteen",
                 "protocolSection.eligibilityModule.minimumAge", id="age-text"),
    pytest.param(("eligibilityModule", "healthyVolunteers"), "no",
                 "protocolSection.eligibilityModule.healthyVolunteers", id="bool-string"),
    pytest.param(("statusModule", "overallStatus"), "Recruiting",
                 "protocolSection.statusModule.overallStatus", id="status-label"),
    pytest.param(("statusModule", "startDateStruct", "date"), "Dec 2014",
                 "protocolSection.statusModule.startDateStruct.date", id="date-not-iso"),
    pytest.param(("conditionsModule", "conditions"), "Leukemia",
                 "protocolSection.conditionsModule.conditions", id="list-is-string"),
    pytest.param(("contactsLocationsModule", "locations"), [42],
                 "protocolSection.contactsLocationsModule.locations[0]", id="item-not-object"),
    pytest.param(("designModule",), ["INTERVENTIONAL"],
                 "protocolSection.designModule", id="module-is-list"),
]


def _set(study, keys, value):
    node = study["protocolSection"]
    for key in keys[:-1]:
        node = node[key]
    node[keys[-1]] = value


@pytest.mark.parametrize(("keys", "value", "field"), MALFORMED)
def test_malformed_optional_field_warns_in_lenient_mode(study, keys, value, field):
    _set(study, keys, value)
    with pytest.warns(TrialkgWarning) as caught:
        trial = parse_record(_raw(study))
    messages = [str(w.message) for w in caught]
    assert any(m.startswith("NCT02349698: field " + field) for m in messages), messages
    assert trial.nct_id == "NCT02349698"
    assert trial.brief_title  # the rest of the record is kept


@pytest.mark.parametrize(("keys", "value", "field"), MALFORMED)
def test_malformed_optional_field_raises_in_strict_mode(study, keys, value, field):
    _set(study, keys, value)
    with pytest.raises(RecordError) as info:
        parse_record(_raw(study, index=6), strict=True)
    err = info.value
    assert (err.path, err.index, err.nct_id, err.field) == ("memory.jsonl", 6, "NCT02349698",
                                                            field)
    assert str(err).startswith(f"memory.jsonl record 7 (NCT02349698) field {field}: ")
    assert "\n" not in str(err)


@pytest.mark.parametrize(("data", "field", "reason"), [
    pytest.param(b"[1, 2]", None, "not a study object (got a list)", id="list"),
    pytest.param(b'"text"', None, "not a study object (got a string)", id="string"),
    pytest.param(b'{"studies": []}', "protocolSection", "no protocolSection", id="no-protocol"),
    pytest.param(b'{"protocolSection": {"statusModule": {}}}',
                 "protocolSection.identificationModule", "no identification", id="no-ident"),
    pytest.param(b'{"protocolSection": {"identificationModule": {"nctId": 12}}}',
                 "protocolSection.identificationModule.nctId", "no usable NCT id", id="nct-int"),
    pytest.param(b'{"protocolSection": {"identificationModule": {"nctId": "NCT1"}}}',
                 "protocolSection.identificationModule.nctId", "no usable NCT id", id="nct-bad"),
    pytest.param(b'{"protocolSection": ', None, "not valid JSON", id="truncated"),
    pytest.param(b'{"a": "caf\xe9"}', None, "not valid UTF-8", id="latin-1"),
])
def test_unusable_records_raise_record_error(data, field, reason):
    with pytest.raises(RecordError) as info:
        parse_record(_raw(data, index=2))
    assert info.value.field == field
    assert info.value.index == 2
    assert reason in info.value.reason


def test_registry_maps_every_format():
    assert set(LOADERS) == {"ctgov-json", "ctgov-xml", "text"}
    with pytest.raises(RecordError, match="no loader for format 'csv'"):
        parse_record(RawRecord("x.csv", 0, "csv", b""))
