"""Free-text trial pages: the five seeds and hand-made pages of the same three layouts."""

from __future__ import annotations

import warnings

import pytest

from trialkg.errors import RecordError, TrialkgWarning
from trialkg.loaders import RawRecord, load_file, parse_record
from trialkg.loaders.trial_text import parse_page
from trialkg.model import AgeLimit, ConditionMention, Organization, Outcome, Person, Site

from .conftest import SEEDS, TEXT

S0, S1, S2, S3, S4 = (f"{n}.txt" for n in ("000_3ca71ab75a22850f", "001_77f268da10c09ac1",
                                           "002_b6f0ec505dd8cbe1", "003_131a0eeabe8951e5",
                                           "004_80142cf9c66ee8ef"))


def _load(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return {t.source.rsplit("/", 1)[-1]: t for t in load_file(folder, strict=True)}


@pytest.fixture(scope="module")
def seeds():
    return _load(SEEDS)


@pytest.fixture(scope="module")
def pages():
    return _load(TEXT)


def _text(folder, name):
    return (folder / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "title"), [
    (S0, "An Open Clinical Study on the Safety and Efficacy of Autologous GD2-CAR T Cells in "
         "the Treatment of Relapsed Refractory Neuroblastoma"),
    (S1, "A Clinical Trial on Autologous NK Cells Combined With GD2 Monoclonal Antibody in the "
         "Treatment of Children With Newly Diagnosed High-risk or Relapsed/Refractory "
         "Neuroblastoma"),
    (S2, None),  # starts with its summary
    (S3, None),  # starts with the heading "Overview"
    (S4, "Clinical Study of the Safety and Initial Efficacy of BGT007 Cells in the Treatment of "
         "Patients With Relapsed /Metastatic Nasopharyngeal Carcinoma"),
])
def test_seed_titles(seeds, name, title):
    assert seeds[name].brief_title == title


@pytest.mark.parametrize(("name", "phases"), [
    (S0, []), (S1, ["PHASE1", "PHASE2"]), (S2, ["PHASE1"]), (S3, ["PHASE1"]), (S4, []),
])
def test_seed_phases(seeds, name, phases):
    assert seeds[name].phases == phases


def test_seed_ids(seeds):
    assert seeds[S2].nct_id == "NCT06631391" and seeds[S2].local_id is None
    for name in (S0, S1, S3, S4):
        assert seeds[name].nct_id is None
        assert seeds[name].local_id == "local-" + name.removesuffix(".txt")
        assert seeds[name].identifier == seeds[name].local_id
    assert all(t.source_format == "text" and t.conditions == [] or t.source.endswith(S2)
               for t in seeds.values())


def test_seed_002_key_value_table(seeds):
    t = seeds[S2]
    e = t.eligibility
    assert e.minimum_age == AgeLimit(1, "day", True, "1 Day")
    assert e.maximum_age == AgeLimit(18, "year", True, "18 Years")
    assert e.minimum_age.years == pytest.approx(0.0027, abs=1e-4)
    assert (e.sex, e.healthy_volunteers, e.criteria_text) == ("ALL", False, None)
    assert (t.study_type, t.overall_status) == ("INTERVENTIONAL", "NOT_YET_RECRUITING")
    assert t.lead_sponsor == Organization("Sun Yat-sen University", "OTHER")
    assert t.investigators == [Person("Yizhuo Zhang", "PRINCIPAL_INVESTIGATOR",
                                      "SunYat Sen University Cancer Center")]
    assert t.sites == [Site(country="China")]
    assert t.conditions == [ConditionMention("Neuroblastoma")]
    assert t.brief_summary.startswith("Neuroblastoma is the most common extracranial solid tumor")
    assert t.brief_summary.endswith("phase II and III clinical studies.")


def test_seed_001_registry_copy(seeds):
    t = seeds[S1]
    assert (t.study_type, t.enrollment, t.enrollment_type) == ("INTERVENTIONAL", 15, "ESTIMATED")
    assert t.eligibility.std_ages == ["CHILD", "ADULT"]
    assert t.eligibility.healthy_volunteers is False
    assert (t.primary_purpose, t.allocation, t.intervention_model, t.masking) == \
        ("TREATMENT", "NA", "SINGLE_GROUP", "NONE")
    assert (t.start_date, t.primary_completion_date, t.completion_date) == \
        ("2025-05-01", "2027-04-30", "2028-04-30")
    assert (t.first_posted_date, t.last_update_posted_date) == ("2025-04-29", "2025-04-29")
    assert t.conditions == []  # the page has no Conditions field
    assert [(a.label, a.type) for a in t.arms] == [("intervention arm", "EXPERIMENTAL")]
    assert t.outcomes[0] == Outcome("primary", "overall survival", "3 years")
    assert t.outcomes[-1] == Outcome("secondary", "progression-free survival", "3 years")
    assert [o.time_frame for o in t.outcomes].count("during the treatment phase") == 2
    assert t.brief_summary.startswith("This is a prospective, single-arm, open, single-center")


def _between(text: str, first: str, last: str) -> str:
    start = text.index(first)
    return text[start:text.index(last, start) + len(last)]


def test_seed_criteria_are_exact_substrings(seeds):
    s0, s1, s3, s4 = (_text(SEEDS, n) for n in (S0, S1, S3, S4))
    assert seeds[S0].eligibility.criteria_text == _between(
        s0, "• All cases were diagnosed", "at least 2 years after menopause are considered to be "
        "infertile).")
    assert seeds[S1].eligibility.criteria_text == _between(
        s1, "Inclusion Criteria:", "not suitable to participate in this study.")
    assert "Study Plan" not in seeds[S1].eligibility.criteria_text
    assert seeds[S3].eligibility.criteria_text == s3[s3.index("Inclusion Criteria:"):]
    assert seeds[S4].eligibility.criteria_text == _between(
        s4, "• 1\\. Sign the written", "and the result is negative.")
    for name, text in ((S0, s0), (S1, s1), (S3, s3), (S4, s4)):
        assert seeds[name].eligibility.criteria_text in text


def test_seed_summaries(seeds):
    assert seeds[S3].brief_summary.startswith("This is a single-arm, open-label, single-center,")
    assert seeds[S4].brief_summary.startswith("This is an exploratory study to evaluate")
    assert seeds[S0].brief_summary.startswith("Neuroblastoma (NB) is a malignant tumor")
    assert "•" not in seeds[S0].brief_summary


def test_bullet_page_without_title(pages):
    t = pages["bullets_no_title.txt"]
    text = _text(TEXT, "bullets_no_title.txt")
    assert t.brief_title is None
    assert t.phases == ["PHASE2"]  # not the future phase III study
    assert t.eligibility.criteria_text == _between(text, "‣ Adults aged 18 to 70",
                                                   "in the 4 weeks before screening")
    assert "long-acting beta agonist" in t.eligibility.criteria_text  # continuation line
    assert "Questions about this listing" not in t.eligibility.criteria_text
    assert t.local_id == "local-bullets_no_title"


def test_registry_copy_page(pages):
    t = pages["registry_copy.txt"]
    text = _text(TEXT, "registry_copy.txt")
    assert t.brief_title == "Low-Dose Oral Agent Z in Women With Relapsed Ovarian Cancer"
    assert (t.nct_id, t.local_id) == ("NCT09999991", None)
    assert t.phases == ["EARLY_PHASE1"]
    assert (t.study_type, t.overall_status, t.enrollment, t.enrollment_type) == \
        ("INTERVENTIONAL", "COMPLETED", 42, "ACTUAL")
    assert t.conditions == [ConditionMention("Ovarian Cancer"),
                            ConditionMention("Fallopian Tube Cancer")]
    e = t.eligibility
    assert (e.minimum_age.text, e.maximum_age, e.std_ages) == ("18 Years", None,
                                                               ["ADULT", "OLDER_ADULT"])
    assert (e.sex, e.healthy_volunteers) == ("FEMALE", False)
    assert e.criteria_text == _between(text, "Inclusion Criteria:", "  * Pregnancy")
    assert (t.allocation, t.intervention_model, t.masking) == ("RANDOMIZED", "PARALLEL", "DOUBLE")
    assert [(a.label, a.type, a.intervention_names) for a in t.arms] == [
        ("Agent Z 10 mg", "EXPERIMENTAL", ["Drug: Agent Z"]),
        ("Placebo", "PLACEBO_COMPARATOR", ["Drug: Placebo"])]
    assert [(i.name, i.type, i.arm_labels) for i in t.interventions] == [
        ("Agent Z", "DRUG", ["Agent Z 10 mg"]), ("Placebo", "DRUG", ["Placebo"])]
    assert t.outcomes == [Outcome("primary", "Dose-limiting toxicity", "28 days",
                                  "Toxicities of grade 3 or more in the first cycle")]
    assert (t.start_date, t.primary_completion_date) == ("2021-03-03", "2022-06")


def test_key_value_page(pages):
    t = pages["table_layout.txt"]
    assert (t.brief_title, t.nct_id) == (None, "NCT09999992")
    assert t.brief_summary.startswith("Women with hormone receptor positive breast cancer")
    assert t.phases == ["PHASE2", "PHASE3"]
    e = t.eligibility
    assert (e.minimum_age.years, e.maximum_age.years, e.sex) == (18, 65, "FEMALE")
    assert (t.overall_status, t.enrollment, t.start_date) == ("RECRUITING", 120, "2024-03")
    assert t.sites == [Site(country="France"), Site(country="Spain")]
    assert [c.label for c in t.conditions] == ["Breast Cancer", "Metastatic Breast Cancer"]
    assert t.lead_sponsor == Organization("Example Cancer Institute", "INDUSTRY")
    assert e.criteria_text is None


def test_markdown_page_with_eligibility_heading(pages):
    t = pages["eligibility_headings.md"]
    text = _text(TEXT, "eligibility_headings.md")
    assert t.brief_title is None
    assert t.phases == ["PHASE1", "PHASE2"]  # "phase 1b/2", not the earlier phase 3 trials
    assert t.eligibility.criteria_text == _between(text, "Inclusion Criteria:",
                                                   "- Active hepatitis B or C")
    assert t.brief_summary.startswith("This open-label, multicentre, phase 1b/2 study")


@pytest.mark.parametrize(("sentence", "phases"), [
    ("A phase I/II study of drug X in adults.", ["PHASE1", "PHASE2"]),
    ("This trial is a randomized phase 3 trial of Y.", ["PHASE3"]),
    ("We will run a phase II, open-label, single-arm study.", ["PHASE2"]),
    ("Previous phase II studies showed benefit. This is a pilot study.", []),
    ("Results will support a future phase III trial.", []),
    ("Phase II and III clinical studies are planned.", []),
])
def test_phase_sentences(sentence, phases):
    t = parse_page(f"Drug X\n{sentence}\n• Adults\n", source="x.txt")
    assert t.phases == phases


def test_local_id_is_sanitized():
    t = parse_page("Title of a trial\n• Adults\n", source="pages.zip!/dir/my page (v2).txt")
    assert t.local_id == "local-my_page__v2_"


def test_unreadable_field_warns_or_raises():
    page = "A Trial\nEligible Ages | whenever |\nStudy Type | Sideways |\n"
    with pytest.warns(TrialkgWarning) as caught:
        t = parse_page(page, source="odd.txt")
    messages = sorted(str(w.message) for w in caught)
    assert messages[0].startswith("odd.txt record 1: field Eligible Ages: not an age range")
    assert messages[1].startswith("odd.txt record 1: field Study Type: unknown study type")
    assert t.study_type is None and t.brief_title == "A Trial"
    with pytest.raises(RecordError) as info:
        parse_page(page, source="odd.txt", strict=True)
    assert info.value.field == "Study Type"  # the first bad field met


def test_undecodable_or_empty_page_is_a_record_error():
    with pytest.raises(RecordError, match="not valid UTF-8"):
        parse_record(RawRecord("p.txt", 0, "text", b"Caf\xe9 study"))
    with pytest.raises(RecordError, match="no trial information"):
        parse_record(RawRecord("p.txt", 0, "text", b"\n\n"))
