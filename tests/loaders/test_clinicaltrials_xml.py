"""Legacy XML loader, label-to-code mapping, safe XML, and agreement with the JSON loader."""

from __future__ import annotations

import warnings

import pytest

from trialkg.errors import InputError, RecordError, TrialkgWarning, UnsafeXMLError
from trialkg.loaders import RawRecord, iter_raw_records, load_file, parse_record
from trialkg.loaders.clinicaltrials_gov import parse_study
from trialkg.loaders.clinicaltrials_xml import render_textblock
from trialkg.loaders.ctgov_terms import parse_display_date, parse_phases, to_code
from trialkg.safexml import check_xml_safe, parse_xml

from .conftest import DATA, XML


@pytest.fixture(scope="module")
def xml_trials():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return {t.nct_id: t for t in load_file(XML, strict=True)}


def test_five_records_parse_without_warning(xml_trials):
    assert set(xml_trials) == {"NCT00000378", "NCT05380245", "NCT05381714", "NCT05480072",
                               "NCT05482568", "NCT02349698"}
    assert all(t.source_format == "ctgov-xml" for t in xml_trials.values())


def test_labels_become_api_codes(xml_trials):
    t = xml_trials["NCT05482568"]
    assert t.phases == ["PHASE1", "PHASE2"]
    assert (t.overall_status, t.study_type) == ("NOT_YET_RECRUITING", "INTERVENTIONAL")
    assert (t.allocation, t.intervention_model, t.masking) == ("NA", "SINGLE_GROUP", "NONE")
    assert (t.enrollment, t.enrollment_type) == (324, "ESTIMATED")
    assert t.lead_sponsor.agency_class == "INDUSTRY"
    early = xml_trials["NCT05480072"]
    assert early.phases == ["EARLY_PHASE1"]
    assert (early.start_date, early.completion_date) == ("2022-08", "2024-12")
    assert early.masking == "QUADRUPLE"
    assert early.arms[1].intervention_names == ["Other: Placebo"]
    registry = xml_trials["NCT05381714"]
    assert registry.study_type == "OBSERVATIONAL"  # "Observational [Patient Registry]"
    assert registry.phases == []
    assert [p.role for p in registry.investigators] == ["STUDY_CHAIR", "PRINCIPAL_INVESTIGATOR",
                                                        "STUDY_DIRECTOR"]


def test_results_dates_ages_and_mesh(xml_trials):
    t = xml_trials["NCT00000378"]
    assert t.has_results is True
    assert (t.start_date, t.first_posted_date) == ("1997-07", "1999-11-03")
    assert (t.eligibility.minimum_age.text, t.eligibility.maximum_age.text) == ("60 Years",
                                                                                "95 Years")
    assert t.collaborators[0].agency_class == "NIH"
    assert [(m.id, m.term) for m in t.intervention_mesh] == [("", "Sertraline"),
                                                             ("", "Nortriptyline")]
    assert xml_trials["NCT05380245"].has_results is False


def test_textblocks_are_de_indented(xml_trials):
    t = xml_trials["NCT05380245"]
    text = t.eligibility.criteria_text
    assert text.startswith("Inclusion Criteria:\n\n• Male Pakistani volunteers in good health")
    assert "\r" not in text and not text.endswith("\n")
    assert "\n  -  A complete detailed medical history," in text  # relative indent kept
    assert (t.eligibility.sex, t.eligibility.healthy_volunteers) == ("MALE", True)
    assert t.brief_summary.startswith("The current study evaluated the Pharmacokinetic (PK)")
    assert render_textblock("\n      a\r\n        b\r\n      ") == "a\n  b"
    assert render_textblock("   \n  ") is None


def test_json_and_xml_of_one_study_agree(xml_trials, sample_studies):
    from_xml = xml_trials["NCT02349698"]
    from_json = parse_study(sample_studies["NCT02349698"], source="sample")
    for name in ("nct_id", "org_study_id", "brief_title", "official_title", "study_type",
                 "phases", "overall_status", "enrollment", "enrollment_type", "allocation",
                 "intervention_model", "primary_purpose", "masking", "start_date",
                 "primary_completion_date", "completion_date", "first_posted_date",
                 "last_update_posted_date", "lead_sponsor", "collaborators", "investigators",
                 "conditions", "keywords", "interventions", "arms", "outcomes", "has_results"):
        assert getattr(from_xml, name) == getattr(from_json, name), name
    for name in ("minimum_age", "maximum_age", "sex", "healthy_volunteers"):
        assert getattr(from_xml.eligibility, name) == getattr(from_json.eligibility, name), name
    site_x, site_j = from_xml.sites[0], from_json.sites[0]
    assert (site_x.facility, site_x.city, site_x.country, site_x.status) == \
        (site_j.facility, site_j.city, site_j.country, site_j.status)
    assert [m.term for m in from_xml.condition_mesh] == \
        [m.term for m in from_json.condition_mesh if not m.ancestor]


@pytest.mark.parametrize(("field", "label", "code"), [
    ("overall_status", "Not yet recruiting", "NOT_YET_RECRUITING"),
    ("overall_status", "Active, not recruiting", "ACTIVE_NOT_RECRUITING"),
    ("overall_status", "Unknown status", "UNKNOWN"),
    ("study_type", "Interventional", "INTERVENTIONAL"),
    ("study_type", "Expanded Access", "EXPANDED_ACCESS"),
    ("allocation", "N/A", "NA"),
    ("allocation", "Non-Randomized", "NON_RANDOMIZED"),
    ("intervention_model", "Crossover Assignment", "CROSSOVER"),
    ("masking", "Triple (Participant, Investigator, Outcomes Assessor)", "TRIPLE"),
    ("masking", "None (Open Label)", "NONE"),
    ("primary_purpose", "Supportive Care", "SUPPORTIVE_CARE"),
    ("intervention_type", "Dietary Supplement", "DIETARY_SUPPLEMENT"),
    ("arm_type", "No Intervention", "NO_INTERVENTION"),
    ("agency_class", "U.S. Fed", "FED"),
    ("official_role", "Sub-Investigator", "SUB_INVESTIGATOR"),
    ("sex", "All", "ALL"),
    ("date_type", "Anticipated", "ESTIMATED"),
    ("overall_status", "Sleeping", None),
])
def test_to_code(field, label, code):
    assert to_code(field, label) == code


@pytest.mark.parametrize(("label", "codes"), [
    ("Phase 1/Phase 2", ["PHASE1", "PHASE2"]), ("Phase 2/Phase 3", ["PHASE2", "PHASE3"]),
    ("N/A", ["NA"]), ("Early Phase 1", ["EARLY_PHASE1"]), ("Phase 4", ["PHASE4"]),
    ("Phase 2, Phase 1", ["PHASE1", "PHASE2"]), ("Phase 7", None), ("Pilot", None),
])
def test_parse_phases(label, codes):
    assert parse_phases(label) == codes


@pytest.mark.parametrize(("text", "iso"), [
    ("July 2002", "2002-07"), ("November 1, 2018", "2018-11-01"), ("2025-05", "2025-05"),
    ("Sept 3, 2020", "2020-09-03"), ("1 May 2025", "2025-05-01"), ("Spring 2020", None),
    ("February 30, 2020", None),
])
def test_parse_display_date(text, iso):
    assert parse_display_date(text) == iso


def _study_xml(body: str) -> bytes:
    return (f"<clinical_study><id_info><nct_id>NCT01234567</nct_id></id_info>"
            f"<brief_title>T</brief_title>{body}</clinical_study>").encode()


def test_unknown_label_warns_or_raises():
    raw = RawRecord("s.xml", 0, "ctgov-xml", _study_xml("<phase>Phase 7</phase>"))
    with pytest.warns(TrialkgWarning, match=r"NCT01234567: field phase: unknown phase"):
        assert parse_record(raw).phases == []
    with pytest.raises(RecordError) as info:
        parse_record(raw, strict=True)
    assert (info.value.nct_id, info.value.field) == ("NCT01234567", "phase")


@pytest.mark.parametrize(("data", "reason"), [
    (b"<clinical_study><brief_title>x</brief_title></clinical_study>", "no usable NCT id"),
    (b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'/>", "root element"),
    (b"<clinical_study><id_info>", "not well-formed XML"),
])
def test_unusable_xml_records(data, reason):
    with pytest.raises(RecordError, match=reason):
        parse_record(RawRecord("s.xml", 0, "ctgov-xml", data))


@pytest.mark.parametrize("name", ["bad_xml_bomb.xml", "bad_xxe.xml"])
def test_entity_declarations_are_refused(name):
    path = DATA / name
    with pytest.raises(UnsafeXMLError) as info:
        list(iter_raw_records(path))
    assert str(info.value).startswith(f"{path}: unsafe XML: DOCTYPE declares")
    with pytest.raises(UnsafeXMLError):  # also when a record reaches the loader directly
        parse_record(RawRecord(str(path), 0, "ctgov-xml", path.read_bytes()))


def test_safe_xml_check_for_rdf_and_owl():
    rdf = (b'<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
           b'syntax-ns#"><rdf:Description/></rdf:RDF>')
    check_xml_safe(rdf, "onto.owl")
    check_xml_safe(b"<!DOCTYPE rdf:RDF><rdf:RDF>" + b"<x/>" * 10 + b"<broken", "big.owl")
    with pytest.raises(UnsafeXMLError, match="names an external DTD"):
        check_xml_safe(b'<!DOCTYPE owl SYSTEM "http://example.org/owl.dtd"><owl/>', "o.owl")
    with pytest.raises(UnsafeXMLError, match="parameter entity"):
        check_xml_safe(b'<!DOCTYPE x [<!ENTITY % p "a">]><x/>', "p.xml")
    with pytest.raises(InputError, match="not well-formed"):
        check_xml_safe(b"<<x", "junk.xml")
    assert parse_xml(b"<a>&amp;<b/></a>", "a.xml").text == "&"
