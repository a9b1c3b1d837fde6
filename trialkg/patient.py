"""Patient profiles for screening: read, check and normalise.

A profile is JSON (or YAML) shaped as ``trialkg/data/patient.schema.json``
documents. :func:`load_profile` checks it field by field — an invalid profile
raises :class:`~trialkg.errors.ProfileError` naming the field — and normalises it:
ages to years, conditions to MONDO classes where the vocabulary knows them, lab
values to each analyte's canonical unit, ULN from the profile or from the
documented default table ``trialkg/data/uln_defaults.tsv``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from trialkg.errors import ProfileError

__all__ = ["Patient", "PatientCondition", "PatientLab", "load_profile", "parse_profile",
           "lookup_analyte", "default_uln", "PERFORMANCE_EQUIVALENTS"]

_AGE_UNITS = {"year": 1.0, "years": 1.0, "month": 12.0, "months": 12.0, "week": 52.1775,
              "weeks": 52.1775, "day": 365.25, "days": 365.25}
_SCALES = {"ecog": "ECOG", "karnofsky": "Karnofsky", "kps": "Karnofsky", "lansky": "Lansky"}
_ALLOWED = {"id", "age", "sex", "conditions", "absent_conditions", "performance_status", "labs",
            "pregnant", "breastfeeding", "hiv_positive", "measurable_disease",
            "life_expectancy_months", "max_toxicity_grade", "prior_therapies", "biomarkers",
            "consent", "contraception", "as_of"}
_CURIE = re.compile(r"^(MONDO|mondo):(\d{7})$")

#: ECOG grade ↔ Karnofsky/Lansky score ranges usually taken as equivalent (Oken et al. 1982
#: for ECOG/Karnofsky; Lansky mirrors Karnofsky for children). Used only when a profile
#: gives a score on another scale than a criterion; the reason says so.
PERFORMANCE_EQUIVALENTS = {0: (90, 100), 1: (70, 80), 2: (50, 60), 3: (30, 40), 4: (10, 20),
                           5: (0, 0)}


@dataclass(frozen=True, slots=True)
class PatientCondition:
    """A condition of the profile, with its MONDO class when the vocabulary maps it."""

    label: str  #: normalised lower-case label
    iri: str | None = None  #: MONDO class IRI
    #: other names matched against criteria text: the vocabulary's label, singular forms
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Return the label and its aliases."""
        return (self.label, *self.aliases)


def _singular(label: str) -> str:
    words = []
    for w in label.split():
        if w.endswith("ases") and len(w) > 6:
            w = w[:-4] + "asis"  # metastases -> metastasis
        elif w.endswith("ies") and len(w) > 5:
            w = w[:-3] + "y"
        elif w.endswith("s") and not w.endswith(("ss", "is", "us")) and len(w) > 4:
            w = w[:-1]
        words.append(w)
    return " ".join(words)


@dataclass(slots=True)
class PatientLab:
    """A lab value converted to the analyte's canonical unit."""

    loinc: str
    name: str
    value: float
    unit: str | None
    canonical_value: float | None
    canonical_unit: str | None
    uln: float | None  #: in the value's own unit
    uln_source: str  #: ``profile``, ``default table`` or ``none``

    @property
    def uln_ratio(self) -> float | None:
        """Return value ÷ ULN, when a ULN is known."""
        return self.value / self.uln if self.uln else None


@dataclass(slots=True)
class Patient:
    """A normalised patient profile."""

    id: str | None = None
    age_years: float | None = None
    sex: str | None = None  #: FEMALE or MALE
    conditions: list[PatientCondition] = field(default_factory=list)
    absent_conditions: list[PatientCondition] = field(default_factory=list)
    performance: dict[str, int] = field(default_factory=dict)  #: scale → score, as stated
    labs: list[PatientLab] = field(default_factory=list)
    measurable_disease: bool | None = None
    life_expectancy_months: float | None = None
    max_toxicity_grade: int | None = None
    prior_therapies: list[tuple[str, date | None]] = field(default_factory=list)
    biomarkers: dict[str, str] = field(default_factory=dict)  #: marker (upper case) → status
    consent: bool | None = None
    contraception: bool | None = None
    pregnant: bool | None = None
    as_of: date = field(default_factory=date.today)

    def days_since_last_therapy(self) -> float | None:
        """Return days from the most recent prior-therapy end date to :attr:`as_of`."""
        ends = [d for _, d in self.prior_therapies if d is not None]
        if not ends:
            return None
        return float((self.as_of - max(ends)).days)


@cache
def _analytes() -> list[dict[str, str]]:
    from trialkg.mapping.tables import read_table

    return read_table("analytes.tsv")


def lookup_analyte(name_or_loinc: str) -> tuple[str, str] | None:
    """Find an analyte by LOINC code, canonical name, key or synonym.

    :param name_or_loinc: e.g. ``1742-6``, ``ALT``, ``alanine aminotransferase``, ``hemoglobin``.
    :returns: ``(loinc, canonical name)`` or None.
    """
    wanted = name_or_loinc.strip().lower()
    for row in _analytes():
        if wanted in (row.get("loinc", "").lower(), row.get("name", "").lower(),
                      row.get("key", "").lower()):
            return row["loinc"], row["name"]
    for row in _analytes():
        for syn in filter(None, (s.strip() for s in row.get("synonyms", "").split("|"))):
            if syn.lower() == wanted:
                return row["loinc"], row["name"]
            try:
                if re.fullmatch(syn, wanted, re.IGNORECASE):
                    return row["loinc"], row["name"]
            except re.error:
                continue
    return None


@cache
def _uln_table() -> dict[str, tuple[float, str]]:
    from trialkg.resources import package_data_dir

    table: dict[str, tuple[float, str]] = {}
    lines = (package_data_dir() / "uln_defaults.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        cols = line.split("\t")
        if len(cols) >= 4:
            table[cols[0]] = (float(cols[2]), cols[3])
    return table


def default_uln(loinc: str, unit: str | None) -> float | None:
    """Return the documented default ULN of an analyte, converted to ``unit``.

    :param loinc: the analyte's LOINC code.
    :param unit: the unit the patient's value is in.
    :returns: the ULN in that unit, or None when the table has none or units cannot be converted.
    """
    entry = _uln_table().get(loinc)
    if entry is None:
        return None
    value, table_unit = entry
    if unit is None or unit == table_unit:
        return value
    from trialkg.mapping.units import to_canonical

    try:
        uln_c, cu = to_canonical(loinc, value, table_unit)
        one_c, cu2 = to_canonical(loinc, 1.0, unit)
    except (KeyError, ValueError):
        return None
    if cu != cu2 or not one_c:
        return None
    return uln_c / one_c


def _bool(data: dict[str, Any], key: str) -> bool | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, bool):
        raise ProfileError(key, f"must be true or false, not {value!r}")
    return value


def _number(value: Any, where: str, *, minimum: float | None = 0) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ProfileError(where, f"must be a number, not {value!r}")
    if value != value or value in (float("inf"), float("-inf")):
        raise ProfileError(where, "must be a finite number")
    if minimum is not None and value < minimum:
        raise ProfileError(where, f"must be at least {minimum}")
    return float(value)


def _condition(value: Any, where: str) -> PatientCondition:
    from trialkg import mapping

    if not isinstance(value, str) or not value.strip():
        raise ProfileError(where, "must be a non-empty condition label or MONDO CURIE")
    text = value.strip()
    m = _CURIE.match(text)
    if m:
        return PatientCondition(text.lower(), f"http://purl.obolibrary.org/obo/MONDO_{m.group(2)}")
    match = mapping.map_condition(text)
    iri = None
    label = " ".join(text.lower().replace("'s ", " ").replace("’s ", " ").split())
    aliases = {_singular(label)}
    if match is not None and match.term_id and match.term_id.startswith("MONDO:"):
        iri = "http://purl.obolibrary.org/obo/MONDO_" + match.term_id.split(":", 1)[1]
    if match is not None and match.term_label:
        aliases.add(match.term_label.lower())
    aliases.discard(label)
    return PatientCondition(label, iri, tuple(sorted(aliases)))


def _date(value: Any, where: str) -> date:
    if not isinstance(value, str):
        raise ProfileError(where, f"must be a date as YYYY-MM-DD, not {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ProfileError(where, f"{value!r} is not a date as YYYY-MM-DD") from None


def _labs(items: Any) -> list[PatientLab]:
    from trialkg.mapping.units import to_canonical

    if not isinstance(items, list):
        raise ProfileError("labs", "must be a list of lab values")
    out: list[PatientLab] = []
    for i, item in enumerate(items):
        where = f"labs[{i}]"
        if not isinstance(item, dict):
            raise ProfileError(where, "must be an object with loinc or analyte, value and unit")
        unknown = set(item) - {"loinc", "analyte", "value", "unit", "uln"}
        if unknown:
            raise ProfileError(f"{where}.{sorted(unknown)[0]}", "is not a lab field")
        key = item.get("loinc") or item.get("analyte")
        if not isinstance(key, str) or not key.strip():
            raise ProfileError(where, "needs 'loinc' or 'analyte'")
        found = lookup_analyte(key)
        if found is None:
            field_name = "loinc" if item.get("loinc") else "analyte"
            raise ProfileError(f"{where}.{field_name}", f"unknown analyte {key!r}")
        loinc, name = found
        value = _number(item.get("value"), f"{where}.value", minimum=None)
        unit = item.get("unit")
        if unit is not None and not isinstance(unit, str):
            raise ProfileError(f"{where}.unit", "must be a unit such as 'U/L' or 'g/dL'")
        canonical_value = canonical_unit = None
        if unit:
            try:
                canonical_value, canonical_unit = to_canonical(loinc, value, unit)
            except (KeyError, ValueError):
                raise ProfileError(f"{where}.unit",
                                   f"unit {unit!r} is not known for {name}") from None
        uln_source = "none"
        uln = None
        if item.get("uln") is not None:
            uln = _number(item["uln"], f"{where}.uln")
            if uln <= 0:
                raise ProfileError(f"{where}.uln", "must be greater than 0")
            uln_source = "profile"
        else:
            uln = default_uln(loinc, unit)
            uln_source = "default table" if uln is not None else "none"
        out.append(PatientLab(loinc, name, value, unit, canonical_value, canonical_unit, uln,
                              uln_source))
    return out


def parse_profile(data: Any) -> Patient:
    """Check and normalise a profile given as a dict.

    :param data: the decoded JSON/YAML object.
    :returns: the patient.
    :raises ProfileError: an invalid field (named in the error).
    """
    if not isinstance(data, dict):
        raise ProfileError("(profile)", "must be a JSON object")
    unknown = set(data) - _ALLOWED
    if unknown:
        raise ProfileError(sorted(unknown)[0], "is not a profile field (see patient.schema.json)")
    p = Patient(id=str(data["id"]) if data.get("id") is not None else None)
    age = data.get("age")
    if age is not None:
        if isinstance(age, dict):
            unit = str(age.get("unit", "years")).lower()
            if unit not in _AGE_UNITS:
                raise ProfileError("age.unit", f"{unit!r} is not years, months, weeks or days")
            p.age_years = _number(age.get("value"), "age.value") / _AGE_UNITS[unit]
        else:
            p.age_years = _number(age, "age")
        if p.age_years > 130:
            raise ProfileError("age", "is over 130 years")
    sex = data.get("sex")
    if sex is not None:
        if not isinstance(sex, str) or sex.lower() not in ("female", "male"):
            raise ProfileError("sex", f"must be 'female' or 'male', not {sex!r}")
        p.sex = sex.upper()
    for key, target in (("conditions", p.conditions), ("absent_conditions", p.absent_conditions)):
        items = data.get(key, [])
        if not isinstance(items, list):
            raise ProfileError(key, "must be a list of condition labels or CURIEs")
        target.extend(_condition(v, f"{key}[{i}]") for i, v in enumerate(items))
    for flag, label in (("pregnant", "pregnancy"), ("breastfeeding", "lactation"),
                        ("hiv_positive", "hiv infection")):
        value = _bool(data, flag)
        if value is not None:
            (p.conditions if value else p.absent_conditions).append(_condition(label, flag))
    p.pregnant = _bool(data, "pregnant")
    ps = data.get("performance_status")
    if ps is not None:
        for i, item in enumerate(ps if isinstance(ps, list) else [ps]):
            where = f"performance_status[{i}]" if isinstance(ps, list) else "performance_status"
            if not isinstance(item, dict):
                raise ProfileError(where, "must be {scale, value}")
            scale = _SCALES.get(str(item.get("scale", "")).lower())
            if scale is None:
                raise ProfileError(f"{where}.scale", "must be ECOG, Karnofsky or Lansky")
            value = item.get("value")
            if isinstance(value, bool) or not isinstance(value, int):
                raise ProfileError(f"{where}.value", "must be a whole number")
            if (scale == "ECOG" and not 0 <= value <= 5) or (
                    scale != "ECOG" and (not 0 <= value <= 100 or value % 10)):
                raise ProfileError(f"{where}.value", f"{value} is not a {scale} score")
            p.performance[scale] = value
    if data.get("labs") is not None:
        p.labs = _labs(data["labs"])
    p.measurable_disease = _bool(data, "measurable_disease")
    if data.get("life_expectancy_months") is not None:
        p.life_expectancy_months = _number(data["life_expectancy_months"], "life_expectancy_months")
    grade = data.get("max_toxicity_grade")
    if grade is not None:
        if isinstance(grade, bool) or not isinstance(grade, int) or not 0 <= grade <= 5:
            raise ProfileError("max_toxicity_grade", "must be a CTCAE grade 0 to 5")
        p.max_toxicity_grade = grade
    therapies = data.get("prior_therapies", [])
    if not isinstance(therapies, list):
        raise ProfileError("prior_therapies", "must be a list of {name, end_date}")
    for i, item in enumerate(therapies):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise ProfileError(f"prior_therapies[{i}]", "must be {name, end_date}")
        end = (_date(item["end_date"], f"prior_therapies[{i}].end_date")
               if item.get("end_date") else None)
        p.prior_therapies.append((item["name"], end))
    markers = data.get("biomarkers", [])
    if not isinstance(markers, list):
        raise ProfileError("biomarkers", "must be a list of {marker, status}")
    for i, item in enumerate(markers):
        if not isinstance(item, dict) or not isinstance(item.get("marker"), str) \
                or item.get("status") not in ("positive", "negative"):
            raise ProfileError(f"biomarkers[{i}]", "must be {marker, status: positive|negative}")
        p.biomarkers[item["marker"].strip().upper()] = item["status"]
    p.consent = _bool(data, "consent")
    p.contraception = _bool(data, "contraception")
    if data.get("as_of") is not None:
        p.as_of = _date(data["as_of"], "as_of")
    return p


def load_profile(path: str | Path) -> Patient:
    """Read a JSON or YAML profile file.

    :param path: the file (``.json``, ``.yaml`` or ``.yml``).
    :returns: the normalised patient.
    :raises ProfileError: unreadable file or invalid field.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError("(file)", f"{path}: cannot read: {exc}") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError:
            raise ProfileError("(file)",
                               "YAML profiles need PyYAML: pip install 'trialkg[yaml]'") from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ProfileError("(file)", f"{path}: not valid YAML: {exc}") from None
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ProfileError("(file)",
                               f"{path}: not valid JSON at line {exc.lineno}: {exc.msg}") from None
    return parse_profile(data)
