"""Sets of alternative criteria: the items under "at least one of the following:" and items
joined by "or", of which one must hold (``Criterion.any_of``)."""

from __future__ import annotations

from trialkg.criteria import parse_eligibility


def sets_of(text: str) -> list[list[str]]:
    """The texts of each set's members, sets in order of their first member."""
    out: dict[int, list[str]] = {}
    for c in parse_eligibility(text).walk():
        if c.any_of is not None:
            out.setdefault(c.any_of, []).append(c.text)
    return list(out.values())


def test_items_under_at_least_one_of_the_following():
    # NCT01252810 (ClinicalTrials.gov), shortened
    text = ("Inclusion Criteria:\n\n* Males and females 65 years of age\n"
            "* The subject has at least one of the following comorbidities:\n"
            "* 1) Chronic renal insufficiency (eGFR \\<60 mL/min/1.73 m2)\n"
            "* 2) DM diagnosed greater than 6 months prior to study entry\n"
            "* 3) CHF (NYHA) class III or greater\n")
    assert sets_of(text) == [["Chronic renal insufficiency (eGFR \\<60 mL/min/1.73 m2)",
                              "DM diagnosed greater than 6 months prior to study entry",
                              "CHF (NYHA) class III or greater"]]


def test_items_joined_by_or():
    text = ("Inclusion Criteria:\n\n* Age ≥ 18 years\n* Creatinine ≤ 1.5 × ULN, OR\n"
            "* Creatinine clearance ≥ 60 mL/min\n* Gleason score ≥ 7 and/or\n* PSA ≥ 20 ng/ml\n"
            "* Be of non-childbearing potential\n"
            "* Or, if of childbearing potential: agree to use contraception\n"
            "* ANC ≥ 1000/uL\n* OR\n* Platelets ≥ 50,000/uL\n\n"
            "Exclusion Criteria:\n\n* HIV infection, or\n* Hepatitis B\n")
    assert sets_of(text) == [
        ["Creatinine ≤ 1.5 × ULN, OR", "Creatinine clearance ≥ 60 mL/min"],
        ["Gleason score ≥ 7 and/or", "PSA ≥ 20 ng/ml"],
        ["Be of non-childbearing potential",
         "Or, if of childbearing potential: agree to use contraception"],
        ["ANC ≥ 1000/uL", "Platelets ≥ 50,000/uL"],  # the "OR" item joins them, in no set
        ["HIV infection, or", "Hepatitis B"]]


def test_no_set_where_the_items_must_all_hold_or_all_fail():
    text = ("Inclusion Criteria:\n\n"
            # a header that denies its items: none of them may hold
            "* No clinically significant cardiac disease, including any of the following:\n"
            "  * Unstable angina, or\n  * Myocardial infarction within 6 months\n"
            # a header whose items exclude
            "* A subject who meets any of the following criteria is not eligible:\n"
            "  * Active infection\n  * Pregnancy\n"
            # two of the following is no "one of"
            "* Middle ear effusion evidenced by at least two of the following:\n"
            "  * Bulging of the tympanic membrane\n  * Otalgia\n"
            # items that deny what they name
            "* No HIV infection, or\n* No hepatitis B\n"
            # a number before "or": a line cut short ("ECOG 0 or" / "1")
            "* ECOG performance status of 0 or\n* Adequate organ function\n"
            # a header item ending with ":"
            "* Patients must meet all of the following:\n* Or, signed informed consent\n")
    assert sets_of(text) == []


def test_the_items_of_an_exceptions_header_are_allowed():
    from trialkg.criteria import ConditionFact

    text = ("Exclusion Criteria:\n\n* Prior malignancy, with the following exceptions:\n"
            "  * Adequately treated basal cell carcinoma of the skin\n"
            "  * Localized prostate cancer treated with curative intent\n"
            "* Cardiac diagnoses in addition to or other than HFpEF:\n"
            "  * Active myocarditis\n  * Severe valvular disease\n")
    facts = {c.text: [(f.label, f.exceptions) for f in c.facts if isinstance(f, ConditionFact)]
             for c in parse_eligibility(text).walk()}
    assert facts["Prior malignancy, with the following exceptions:"] == [
        ("other malignancy", "adequately treated basal cell carcinoma of the skin; localized "
                             "prostate cancer treated with curative intent")]
    assert facts["Localized prostate cancer treated with curative intent"] == []
    # the exception written in the header: its items are what is excluded
    assert facts["Active myocarditis"] == [("active myocarditis", None)]
