"""Milliequivalents: one per millimole for a monovalent ion, two for a divalent one."""

import pytest

from trialkg.mapping.units import to_canonical, to_ucum


@pytest.mark.parametrize("loinc,value,unit,expected", [
    ("19123-9", 1.7, "mEq/L", (1.7 / 2 * 2.431, "mg/dL")),  # magnesium: 0.85 mmol/L
    ("17861-6", 4.5, "meq/L", (4.5 / 2 * 4.008, "mg/dL")),  # calcium: 2.25 mmol/L
    ("2823-3", 3.5, "mEq/L", (3.5, "mmol/L")),  # potassium
    ("2951-2", 130.0, "milliequivalents per liter", (130.0, "mmol/L")),  # sodium
])
def test_meq_to_canonical(loinc: str, value: float, unit: str,
                          expected: tuple[float, str]) -> None:
    got = to_canonical(loinc, value, unit)
    assert got[1] == expected[1]
    assert got[0] == pytest.approx(expected[0])


@pytest.mark.parametrize("written", ["mEq/L", "meq/L", "milliequivalents per liter"])
def test_meq_is_its_own_unit(written: str) -> None:
    assert to_ucum(written) == "meq/L"  # not mmol/L: the ion's charge decides the factor


def test_meq_needs_an_ion() -> None:
    with pytest.raises(ValueError):
        to_canonical("2160-0", 1.0, "mEq/L")  # creatinine has no charge to count
