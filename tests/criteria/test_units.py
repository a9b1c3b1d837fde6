"""Unit tables: surface forms to UCUM, and conversion to each analyte's canonical unit."""

from __future__ import annotations

import pytest

from trialkg.mapping.units import canonical_unit, to_canonical, to_ucum


@pytest.mark.parametrize("loinc,value,unit,expected", [
    pytest.param("718-7", 9, "g/dL", (90.0, "g/L"), id="hemoglobin-g/dL"),
    pytest.param("718-7", 90, "g/L", (90.0, "g/L"), id="hemoglobin-canonical"),
    pytest.param("777-3", 100000, "/mm3", (100.0, "10*9/L"), id="platelets-per-mm3"),
    pytest.param("751-8", 1500, "/uL", (1.5, "10*9/L"), id="anc-per-uL"),
    pytest.param("751-8", 1.5, "x 10^9/l", (1.5, "10*9/L"), id="anc-surface-form"),
    pytest.param("751-8", 1.5, "10*3/uL", (1.5, "10*9/L"), id="anc-per-nanolitre"),
    pytest.param("777-3", 7.5, "x 10^4/uL", (75.0, "10*9/L"), id="platelets-ten-thousands"),
    pytest.param("2160-0", 88.4, "umol/L", (1.0, "mg/dL"), id="creatinine-molar"),
    pytest.param("2160-0", 88.4, "µmol/L", (1.0, "mg/dL"), id="creatinine-micro-sign"),
    pytest.param("1975-2", 34.2, "umol/L", (2.0, "mg/dL"), id="bilirubin-molar"),
    pytest.param("2164-2", 60, "ml/min", (60.0, "mL/min"), id="clearance"),
    pytest.param("33914-3", 60, "mL/min/1.73 m2", (60.0, "mL/min/{1.73_m2}"), id="egfr"),
    pytest.param("8636-3", 0.45, "s", (450.0, "ms"), id="qtc-seconds"),
])
def test_to_canonical(loinc: str, value: float, unit: str, expected: tuple[float, str]) -> None:
    got = to_canonical(loinc, value, unit)
    assert got[1] == expected[1]
    assert got[0] == pytest.approx(expected[0], rel=1e-6)


def test_molar_factor_is_analyte_specific() -> None:
    with pytest.raises(ValueError):
        to_canonical("718-7", 1.0, "umol/L")


@pytest.mark.parametrize("loinc,unit,error", [
    pytest.param("0000-0", "g/L", KeyError, id="unknown-analyte"),
    pytest.param("718-7", "furlongs", ValueError, id="unknown-unit"),
    pytest.param("2164-2", "mL/min/{1.73_m2}", ValueError, id="not-convertible"),
])
def test_errors(loinc: str, unit: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        to_canonical(loinc, 1.0, unit)


@pytest.mark.parametrize("surface,code", [
    ("×10⁹/L", "10*9/L"), ("cells/mm^3", "/mm3"), ("IU/L", "U/L"), ("msec", "ms"),
    ("mg/dl", "mg/dL"), ("μmol/L", "umol/L"), ("%", "%"), ("10*9/L", "10*9/L"),
])
def test_to_ucum(surface: str, code: str) -> None:
    assert to_ucum(surface.replace("⁹", "9")) == code


def test_every_analyte_has_a_canonical_unit() -> None:
    from trialkg.criteria.lexicon import ANALYTES

    for analyte in ANALYTES.values():
        if analyte.loinc:
            assert canonical_unit(analyte.loinc) == analyte.canonical_unit
