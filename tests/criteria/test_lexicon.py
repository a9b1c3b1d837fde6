"""The criteria lexicons: every surface form is found where it is written."""

from __future__ import annotations

import re

import pytest

from trialkg.criteria.lexicon import (
    ANALYTE_LEXICON,
    CONDITION_LEXICON,
    CONDITIONS_PATH,
    first_words,
    flexible_spaces,
)
from trialkg.criteria.therapy import THERAPIES
from trialkg.resources import mappings_dir

_PLAIN = re.compile(r"^[a-z0-9' /-]+$")


def _rows(path, column: str) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    out = []
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=False))
        for form in row[column].split("|") if column == "synonyms" else [row[column]]:
            out.append((row.get("key") or row.get("label"), form))
    return out


ANALYTE_FORMS = [f for f in _rows(mappings_dir() / "analytes.tsv", "synonyms")
                 if _PLAIN.match(f[1])]
CONDITION_FORMS = [f for f in _rows(CONDITIONS_PATH, "pattern") if _PLAIN.match(f[1])]


@pytest.mark.parametrize("key,form", ANALYTE_FORMS, ids=[f"{k}:{f}" for k, f in ANALYTE_FORMS])
def test_every_plain_analyte_form_is_found(key: str, form: str) -> None:
    text = f"the {form} value"
    hits = ANALYTE_LEXICON.findall(text)
    assert any(s <= 4 and e >= 4 + len(form) for s, e, _ in hits), hits


@pytest.mark.parametrize("label,form", CONDITION_FORMS,
                         ids=[f"{k}:{f}" for k, f in CONDITION_FORMS])
def test_every_plain_condition_form_is_found(label: str, form: str) -> None:
    text = f"known {form} ."
    hits = CONDITION_LEXICON.findall(text)
    assert any(s <= 6 and e >= 6 + len(form) for s, e, _ in hits), hits


@pytest.mark.parametrize("lexicon,text,label", [
    pytest.param(CONDITION_LEXICON, "no severe arrhythmia", "arrhythmia", id="arrhythmia"),
    pytest.param(CONDITION_LEXICON, "severe arrhythm ia", "arrhythmia", id="arrhythmia-split"),
    pytest.param(CONDITION_LEXICON, "hepatitis b virus (hbv) infection", "hepatitis B",
                 id="hepatitis-b-tail"),
    pytest.param(CONDITION_LEXICON, "hepatitis b or c", "hepatitis C", id="hepatitis-b-or-c"),
    pytest.param(CONDITION_LEXICON, "gilbert's syndrome", "Gilbert syndrome", id="gilbert"),
    pytest.param(ANALYTE_LEXICON, "aspartate aminotransferase", "AST", id="aminotransferase"),
    pytest.param(ANALYTE_LEXICON, "aspartate amino transferase", "AST", id="amino-transferase"),
    pytest.param(ANALYTE_LEXICON, "qtc", "QTc interval", id="qtc"),
    pytest.param(ANALYTE_LEXICON, "direct\n     bilirubin", "direct bilirubin", id="wrapped"),
    pytest.param(THERAPIES, "prior chemotherapy", "chemotherapy", id="therapy-prefix"),
])
def test_forms(lexicon, text: str, label: str) -> None:
    names = set()
    for _, _, value in lexicon.findall(text):
        values = value if isinstance(value, tuple) else (value,)
        names.update(getattr(v, "name", v) for v in values)
    assert label in names


def test_shared_form_names_two_analytes() -> None:
    ((_, _, analytes),) = ANALYTE_LEXICON.findall("transaminases")
    assert {a.name for a in analytes} == {"ALT", "AST"}


@pytest.mark.parametrize("pattern,words", [
    (r"(?:serum )?creatinine|neutrophils?", {"serum", "creatinine", "neutrophil", "neutrophils"}),
    (r"arrhythm\s*ias?", {"arrhythm", "arrhythmia", "arrhythmias"}),
    (r"qt\s+c", {"qt"}),
    (r"chemotherap\w*", {"chemotherap*"}),
    (r"\w+ disease", None),
])
def test_first_words(pattern: str, words: set[str] | None) -> None:
    assert first_words(pattern) == words


def test_flexible_spaces() -> None:
    assert flexible_spaces("a b") == r"a\s+b"
    assert flexible_spaces("a ?b") == r"a\s*b"
    assert flexible_spaces("[- ]x") == "[- ]x"


@pytest.mark.parametrize("name,lexicon", [("analytes", ANALYTE_LEXICON),
                                          ("conditions", CONDITION_LEXICON),
                                          ("therapies", THERAPIES)])
def test_every_pattern_is_indexed_by_its_first_words(name: str, lexicon) -> None:
    """A pattern whose first words cannot be read is tried at every word of every text, which
    once cost the whole parser a tenth of its time: write it so that they can be read."""
    unindexed = [lexicon._patterns[i][0].pattern for i in lexicon._always]
    assert not unindexed, f"{name}: {unindexed}"


def test_bare_number_rules_of_the_analyte_table():
    from trialkg.criteria.lexicon import ANALYTES, _bare_rules

    platelets = ANALYTES["PlateletCount"]
    assert platelets.bare_unit(100) == (True, "10*9/L")
    assert platelets.bare_unit(100_000) == (True, "/uL")
    assert ANALYTES["Hemoglobin"].bare_unit(9.5) == (True, "g/dL")
    assert ANALYTES["Hemoglobin"].bare_unit(95) == (True, "g/L")
    assert ANALYTES["HemoglobinA1c"].bare_unit(8) == (True, "%")
    assert ANALYTES["HemoglobinA1c"].bare_unit(53) == (True, None)  # mmol/mol or a dose
    assert ANALYTES["FEV1PercentPredicted"].bare_unit(1.0) == (True, None)
    assert ANALYTES["AST"].bare_unit(40) == (False, None)  # no rule: the canonical unit's default
    assert _bare_rules("<=15 mg/dL; umol/L") == (("<=", 15.0, "mg/dL"), ("*", 0.0, "umol/L"))
    with pytest.raises(ValueError, match="bare_number"):
        _bare_rules("about 15 mg/dL")
