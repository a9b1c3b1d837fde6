"""Splitting eligibility texts into criteria trees: headings, markers, nesting, offsets."""

from __future__ import annotations

import pytest

from trialkg.criteria import parse_eligibility
from trialkg.criteria.split import split_criteria


def tree(text: str) -> list:
    """(kind, text, marker, children) of every item, checking each item's offsets."""

    def one(c) -> tuple:
        assert text[c.start:c.end] == c.text
        assert c.text == c.text.strip() and c.text
        return (c.kind[:3], c.text, c.marker, [one(x) for x in c.children])

    return [one(c) for c in split_criteria(text)]


def flat(text: str) -> list[tuple[str, str]]:
    out = []

    def walk(items):
        for kind, t, _, children in items:
            out.append((kind, t))
            walk(children)

    walk(tree(text))
    return out


@pytest.mark.parametrize("heading,kind", [
    ("Inclusion Criteria:", "inc"),
    ("INCLUSION CRITERIA:", "inc"),
    ("Key inclusion criteria", "inc"),
    ("Inclusion criteria :", "inc"),
    ("**Inclusion Criteria:**", "inc"),
    ("-  INCLUSION CRITERIA:", "inc"),
    ("Exclusion criteria", "exc"),
    ("EXCLUSION CRITERIA:", "exc"),
    ("Key Exclusion Criteria:", "exc"),
    ("**Exclusion criteria**", "exc"),
    ("Non-inclusion Criteria:", "exc"),
    ("Exclusion Criteria for Patients:", "exc"),
    ("Subjects meeting any of the following criteria will be excluded:", "exc"),
    ("Part II: Key Inclusion Criteria for SLE Participants:", "inc"),
    ("Cohort B - Exclusion Criteria:", "exc"),
])
def test_headings(heading: str, kind: str) -> None:
    text = f"Inclusion Criteria:\n- first\n{heading}\n- second"
    assert flat(text) == [("inc", "first"), (kind, "second")]


def test_heading_with_text_on_the_same_line() -> None:
    assert flat("Inclusion Criteria: Age >= 18\nExclusion Criteria: - Pregnancy") == [
        ("inc", "Age >= 18"), ("exc", "Pregnancy")]


def test_no_heading_is_inclusion() -> None:
    assert flat("- Age >= 18\n- ECOG 0-1") == [("inc", "Age >= 18"), ("inc", "ECOG 0-1")]


def test_sentences_mentioning_criteria_are_not_headings() -> None:
    text = "Exclusion Criteria:\n- Pregnancy\n- Other protocol-defined inclusion criteria may apply"
    assert [k for k, _ in flat(text)] == ["exc", "exc"]


@pytest.mark.parametrize("marker", ["*", "-", "•", "⁃", "‣", "○", "·", "▪", "1.", "1)", "(1)",
                                    "1\\.", "a.", "a)", "i."])
def test_markers(marker: str) -> None:
    items = tree(f"Inclusion Criteria:\n{marker} Age >= 18\n")
    assert [(t, m) for _, t, m, _ in items] == [("Age >= 18", marker)]


def test_number_glued_to_text() -> None:
    assert [t for _, t in flat("• 3.Expected life ≥ 3 months\n• 4\\. ECOG 0-2")] == [
        "Expected life ≥ 3 months", "ECOG 0-2"]


def test_decimal_at_line_start_is_not_a_marker() -> None:
    text = "1. Creatinine clearance at least\n   1.5 mL/s\n2. Next"
    assert flat(text) == [("inc", "Creatinine clearance at least\n   1.5 mL/s"), ("inc", "Next")]


def test_wrapped_registry_layout() -> None:
    text = ("\n        Inclusion Criteria:\n\n"
            "          -  Must have a histologic diagnosis of adenocarcinoma of the prostate and\n"
            "             a PSA > 0.2 ng/ml.\n\n"
            "               -  Note: patients treated by surgery are eligible\n\n"
            "          -  ECOG performance status of < 2.\n\n"
            "        Exclusion Criteria:\n\n"
            "          -  Prior treatment with a GnRH analogue.\n      ")
    items = tree(text)
    assert [(k, t.split()[0]) for k, t, _, _ in items] == [("inc", "Must"), ("inc", "ECOG"),
                                                           ("exc", "Prior")]
    assert items[0][1].endswith("a PSA > 0.2 ng/ml.")
    assert [c[1] for c in items[0][3]] == ["Note: patients treated by surgery are eligible"]


def test_nesting_by_marker_type() -> None:
    text = ("• 9\\. It has sufficient organ functions, as defined below\n"
            "⁃ routine blood test\n⁃ Platelet count ≥ 80 × 10\\^9/L\n"
            "• 10\\. Toxic side effects ≤ Level 1")
    items = tree(text)
    assert [t for _, t, _, _ in items] == ["It has sufficient organ functions, as defined below",
                                          "Toxic side effects ≤ Level 1"]
    assert [c[1] for c in items[0][3]] == ["routine blood test", "Platelet count ≥ 80 × 10\\^9/L"]


def test_bullet_then_number_nesting() -> None:
    text = ("- 3. Diagnostic criteria for AQP4-IgG\npositive NMOSD\n- At least 1 core clinical "
            "feature\n- 4. Corticosteroids combined with immunosuppressants")
    items = tree(text)
    assert [(t, m) for _, t, m, _ in items] == [
        ("Diagnostic criteria for AQP4-IgG\npositive NMOSD", "- 3."),
        ("Corticosteroids combined with immunosuppressants", "- 4.")]
    assert [c[1] for c in items[0][3]] == ["At least 1 core clinical feature"]


def test_inline_numbered_items_after_colon() -> None:
    text = ("  4. Normal organ function, meeting the following standards:\n\n"
            "(1) Blood routine: hemoglobin >= 80 g/L; (2) Biochemistry: albumin >=28 g/L; "
            "5. Expected survival time >= 6 months; 6. Informed consent.")
    items = tree(text)
    assert [(t, m) for _, t, m, _ in items] == [
        ("Normal organ function, meeting the following standards:", "4."),
        ("Expected survival time >= 6 months;", "5."), ("Informed consent.", "6.")]
    assert [(c[1], c[2]) for c in items[0][3]] == [
        ("Blood routine: hemoglobin >= 80 g/L;", "(1)"), ("Biochemistry: albumin >=28 g/L;", "(2)")]


def test_parenthesised_numbers_in_prose_stay() -> None:
    assert flat("- Patients meeting criteria (1) and (3) of the protocol") == [
        ("inc", "Patients meeting criteria (1) and (3) of the protocol")]


def test_old_pdq_run_on_paragraph() -> None:
    text = ("        PATIENT CHARACTERISTICS: Age: 18 and over Performance status: Karnofsky "
            "greater than 70%\n        Life expectancy: At least 3 months")
    assert [t for _, t in flat(text)] == [
        "PATIENT CHARACTERISTICS:", "Age: 18 and over",
        "Performance status: Karnofsky greater than 70%", "Life expectancy: At least 3 months"]


def test_header_items_give_context() -> None:
    text = ("⁃ Liver function: subjects without liver metastasis\n"
            "⁃ Aspartate aminotransferase (AST) ≤ 2.5 × ULN\n"
            "⁃ Liver function: subjects with liver metastasis or Gilbert syndrome\n"
            "⁃ Total bilirubin (TBIL) ≤ 2 × ULN\n"
            "⁃ renal function\n"
            "⁃ Creatinine clearance rate (CCR) ≥ 50mL/min")
    labs = [(f.analyte, f.applies_when) for _, f in parse_eligibility(text).facts()]
    assert labs == [("AST", "without liver metastasis"),
                    ("total bilirubin", "liver metastasis or Gilbert syndrome"),
                    ("creatinine clearance", None)]


def test_markers_and_whitespace_are_outside_the_text() -> None:
    text = "Inclusion Criteria:\n  12)   Signed informed consent   \n"
    (item,) = split_criteria(text)
    assert (item.text, item.marker) == ("Signed informed consent", "12)")
    assert text[item.start:item.end] == item.text


def test_marker_alone_on_its_line() -> None:
    assert flat("1.\nSigned consent\n2. Age 18") == [("inc", "Signed consent"), ("inc", "Age 18")]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Inclusion Criteria:", "-", "•\n•"])
def test_empty_inputs(text: str) -> None:
    assert split_criteria(text) == []


def test_tabs_and_crlf() -> None:
    text = "Inclusion Criteria:\r\n\t- Age >= 18\r\n\t- ECOG 0-1\r\n"
    assert [t for _, t in flat(text)] == ["Age >= 18", "ECOG 0-1"]
