"""ClinicalTrials.gov wording: display labels to API v2 codes, ages and dates.

The legacy XML and the web pages write enumerations as labels (``Not yet recruiting``,
``Phase 1/Phase 2``, ``None (Open Label)``), ages as ``18 Years`` and dates as
``July 2002``. The API v2 uses codes (``NOT_YET_RECRUITING``, ``PHASE1``, ``NONE``)
and ISO dates. Every loader that reads labels converts them here, so the same study
read from any source gets the same codes.

>>> to_code("overall_status", "Active, not recruiting")
'ACTIVE_NOT_RECRUITING'
>>> parse_phases("Phase 1/Phase 2")
['PHASE1', 'PHASE2']
>>> parse_display_date("July 2002"), parse_display_date("May 1, 2025")
('2002-07', '2025-05-01')
>>> parse_age("1 Day").years < 0.003
True
"""

from __future__ import annotations

import re
from datetime import date

from trialkg.model import PHASES, SEXES, STATUSES, STUDY_TYPES, AgeLimit

__all__ = ["CODES", "ISO_DATE", "is_iso_date", "parse_age", "parse_display_date", "parse_phases",
           "to_code"]

#: The API v2 codes of each enumerated field, by field name.
CODES: dict[str, frozenset[str]] = {
    "overall_status": frozenset(STATUSES),
    "site_status": frozenset(STATUSES),
    "study_type": frozenset(STUDY_TYPES),
    "sex": frozenset(SEXES),
    "phase": frozenset(PHASES),
    "allocation": frozenset({"RANDOMIZED", "NON_RANDOMIZED", "NA"}),
    "intervention_model": frozenset({"SINGLE_GROUP", "PARALLEL", "CROSSOVER", "FACTORIAL",
                                     "SEQUENTIAL"}),
    "observational_model": frozenset({"COHORT", "CASE_CONTROL", "CASE_ONLY", "CASE_CROSSOVER",
                                      "ECOLOGIC_OR_COMMUNITY", "FAMILY_BASED",
                                      "DEFINED_POPULATION", "NATURAL_HISTORY", "OTHER"}),
    "time_perspective": frozenset({"PROSPECTIVE", "RETROSPECTIVE", "CROSS_SECTIONAL", "OTHER"}),
    "primary_purpose": frozenset({"TREATMENT", "PREVENTION", "DIAGNOSTIC", "ECT",
                                  "SUPPORTIVE_CARE", "SCREENING", "HEALTH_SERVICES_RESEARCH",
                                  "BASIC_SCIENCE", "DEVICE_FEASIBILITY", "OTHER"}),
    "masking": frozenset({"NONE", "SINGLE", "DOUBLE", "TRIPLE", "QUADRUPLE"}),
    "intervention_type": frozenset({"BEHAVIORAL", "BIOLOGICAL", "COMBINATION_PRODUCT", "DEVICE",
                                    "DIAGNOSTIC_TEST", "DIETARY_SUPPLEMENT", "DRUG", "GENETIC",
                                    "PROCEDURE", "RADIATION", "OTHER"}),
    "arm_type": frozenset({"EXPERIMENTAL", "ACTIVE_COMPARATOR", "PLACEBO_COMPARATOR",
                           "SHAM_COMPARATOR", "NO_INTERVENTION", "OTHER"}),
    "agency_class": frozenset({"NIH", "FED", "OTHER_GOV", "INDIV", "INDUSTRY", "NETWORK",
                               "AMBIG", "OTHER", "UNKNOWN"}),
    "official_role": frozenset({"STUDY_CHAIR", "STUDY_DIRECTOR", "PRINCIPAL_INVESTIGATOR",
                                "SUB_INVESTIGATOR"}),
    "date_type": frozenset({"ACTUAL", "ESTIMATED"}),
}

#: Labels whose code is not the label in upper snake case, by field.
_SPECIAL: dict[str, dict[str, str]] = {
    "overall_status": {"UNKNOWN_STATUS": "UNKNOWN"},
    "site_status": {"UNKNOWN_STATUS": "UNKNOWN"},
    "study_type": {"OBSERVATIONAL_PATIENT_REGISTRY": "OBSERVATIONAL"},
    "sex": {"BOTH": "ALL", "ALL_SEXES": "ALL", "MALE_OR_FEMALE": "ALL"},
    "allocation": {"N_A": "NA", "NOT_APPLICABLE": "NA"},
    "primary_purpose": {"EDUCATIONAL_COUNSELING_TRAINING": "ECT"},
    "agency_class": {"U_S_FED": "FED", "OTHER_U_S_FEDERAL_AGENCY": "FED", "INDIVIDUAL": "INDIV",
                     "OTHER_GOVERNMENT": "OTHER_GOV", "OTHER_GOV_T": "OTHER_GOV"},
    "date_type": {"ANTICIPATED": "ESTIMATED", "ESTIMATE": "ESTIMATED"},
}

_NON_WORD = re.compile(r"[^A-Z0-9]+")

#: An ISO date as the API v2 writes it: ``2025``, ``2025-05`` or ``2025-05-01``.
ISO_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")

_MONTHS = {name: n for n, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), 1)}
_MONTHS.update({name[:3]: n for name, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DATE_MDY = re.compile(r"^([A-Za-z]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$")
_DATE_DMY = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")

_UNITS = {"year": "year", "yr": "year", "month": "month", "mo": "month", "week": "week",
          "wk": "week", "day": "day", "hour": "hour", "hr": "hour", "minute": "minute",
          "min": "minute"}
_AGE = re.compile(r"^(\d+(?:\.\d+)?)\s*(years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?"
                  r"|minutes?|mins?)$", re.IGNORECASE)
_NO_AGE = {"", "N/A", "NA", "NONE", "NO LIMIT", "NOT APPLICABLE"}

_EARLY = re.compile(r"\bearly\s+phase\s*(?:1|i)\b")
_PHASE_NUMBER = re.compile(r"\b(iv|i{1,3}|[0-4])[ab]?\b")
_PHASE_REST = re.compile(r"phases?|\b(?:iv|i{1,3}|[0-4])[ab]?\b|\band\b|\bor\b|[\s,;/|&+•\-–]")
_ROMAN = {"0": "EARLY_PHASE1", "1": "PHASE1", "2": "PHASE2", "3": "PHASE3", "4": "PHASE4",
          "i": "PHASE1", "ii": "PHASE2", "iii": "PHASE3", "iv": "PHASE4"}


def to_code(field: str, label: str) -> str | None:
    """Return the API v2 code of a display label, or None when it is not one of the field's.

    A label that already is a code is returned as it is.

    :param field: a key of :data:`CODES`.
    :param label: the label as written (``Not yet recruiting``, ``Phase 1``…).
    :returns: the code, or None.
    """
    key = _NON_WORD.sub("_", label.strip().upper()).strip("_")
    key = _SPECIAL.get(field, {}).get(key, key)
    codes = CODES[field]
    if key in codes:
        return key
    if field == "intervention_model" and key.endswith("_ASSIGNMENT"):
        key = key[: -len("_ASSIGNMENT")]
    elif field == "masking":  # "None (Open Label)", "Double Blind (Subject, Investigator)"
        key = "NONE" if key.startswith(("NONE", "OPEN")) else key.split("_", 1)[0]
    return key if key in codes else None


def parse_phases(label: str) -> list[str] | None:
    """Return the phase codes a label names, in API order, or None when it names none.

    >>> parse_phases("Phase 2, Phase 1"), parse_phases("phase Ib/II"), parse_phases("N/A")
    (['PHASE1', 'PHASE2'], ['PHASE1', 'PHASE2'], ['NA'])

    :param label: ``Phase 1/Phase 2``, ``Phase 1/2``, ``Early Phase 1``, ``N/A``, ``PHASE2``…
    :returns: codes such as ``['PHASE1', 'PHASE2']``, or None.
    """
    s = label.strip().strip("|").strip()
    if s.upper() in PHASES:
        return [s.upper()]
    s = s.lower()
    if s in ("n/a", "na", "not applicable"):
        return ["NA"]
    found: set[str] = set()
    if _EARLY.search(s):
        found.add("EARLY_PHASE1")
        s = _EARLY.sub(" ", s)
    s = re.sub(r"phase\s*", "phase ", s)
    if _PHASE_REST.sub("", s) or ("phase" not in s and s.strip(" ,;/|&+•-–")):
        return None
    found.update(_ROMAN[tok] for tok in _PHASE_NUMBER.findall(s))
    return [p for p in PHASES if p in found] or None


def parse_age(text: str) -> AgeLimit | None:
    """Return the age bound a registry age field states (``18 Years``), or None for ``N/A``.

    :param text: the field text.
    :returns: an inclusive :class:`~trialkg.model.AgeLimit` keeping the text, or None.
    :raises ValueError: when the text is not an age.
    """
    stripped = text.strip()
    if stripped.upper() in _NO_AGE:
        return None
    m = _AGE.match(stripped)
    if not m:
        raise ValueError(f"not an age: {text!r}")
    unit = m.group(2).lower().rstrip("s")
    value = float(m.group(1))
    return AgeLimit(value=int(value) if value.is_integer() else value,
                    unit=_UNITS[unit], inclusive=True, text=stripped)


def parse_display_date(text: str) -> str | None:
    """Return the ISO form of a date as pages and legacy XML write it, or None.

    :param text: ``July 2002``, ``May 1, 2025``, ``1 May 2025`` or an ISO date.
    :returns: ``2002-07``, ``2025-05-01``…, or None when the text is not a date.
    """
    s = text.strip()
    if ISO_DATE.match(s):
        return s if is_iso_date(s) else None
    m = _DATE_MDY.match(s)
    if m:
        month, day, year = _MONTHS.get(m.group(1).lower()), m.group(2), m.group(3)
    else:
        m = _DATE_DMY.match(s)
        if not m:
            return None
        day, month, year = m.group(1), _MONTHS.get(m.group(2).lower()), m.group(3)
    if month is None:
        return None
    iso = f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    return iso if is_iso_date(iso) else None


def is_iso_date(text: str) -> bool:
    """Tell whether a text is an ISO date of the API's forms that exists on the calendar.

    >>> is_iso_date("2024-02-29"), is_iso_date("2023-02-29"), is_iso_date("2023-02")
    (True, False, True)

    :param text: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
    :returns: True when the date is well formed and real.
    """
    if not ISO_DATE.match(text):
        return False
    if len(text) == 10:
        try:
            date.fromisoformat(text)
        except ValueError:
            return False
    return True
