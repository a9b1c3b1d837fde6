"""Loader for ClinicalTrials.gov API v2 study records (JSON).

One study object (``protocolSection``, ``derivedSection``, ``hasResults``) becomes one
:class:`~trialkg.model.Trial`. Values are kept as the API states them: enum codes,
ISO dates as given (``2025-05``), criteria text unchanged. Ages (``18 Years``) become
:class:`~trialkg.model.AgeLimit` values that keep the original text.

A record without a study object, a ``protocolSection`` or an NCT id is not a usable
trial (:class:`~trialkg.errors.RecordError`). Any other malformed field is skipped with
a :class:`~trialkg.errors.TrialkgWarning` naming the NCT id and the field, or raises in
strict mode.

>>> import json
>>> study = {"protocolSection": {"identificationModule": {"nctId": "NCT01234567",
...          "briefTitle": "A study"}, "designModule": {"phases": ["PHASE1", "PHASE2"]}}}
>>> trial = parse_study(study, source="example.json")
>>> trial.nct_id, trial.phases
('NCT01234567', ['PHASE1', 'PHASE2'])
"""

from __future__ import annotations

import json
from typing import Any

from trialkg.loaders.ctgov_terms import CODES, is_iso_date, parse_age
from trialkg.loaders.record import FieldCheck, RawRecord
from trialkg.model import (
    NCT_ID_PATTERN,
    Arm,
    ConditionMention,
    Eligibility,
    Intervention,
    MeshTerm,
    Organization,
    Outcome,
    Person,
    Site,
    Trial,
)

__all__ = ["parse_ctgov_json", "parse_study"]

_MISSING = object()


class _Study:
    """Typed access to one study dict, reporting malformed fields through a FieldCheck."""

    def __init__(self, check: FieldCheck) -> None:
        self.check = check

    def get(self, obj: dict, key: str, path: str, kind: type | tuple[type, ...]) -> Any:
        """Return ``obj[key]`` when it has the expected type, None when absent or malformed."""
        value = obj.get(key, _MISSING)
        if value is _MISSING or value is None:
            return None
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
            self.check.bad(f"{path}.{key}", f"expected {_JSON_NAMES.get(names, names)}, "
                                            f"got {_json_type(value)}")
            return None
        return value

    def text(self, obj: dict, key: str, path: str) -> str | None:
        """Return a string field (None when absent, empty or malformed)."""
        value = self.get(obj, key, path, str)
        return value if value else None

    def module(self, obj: dict, key: str, path: str) -> dict:
        """Return a sub-object ({} when absent or malformed)."""
        return self.get(obj, key, path, dict) or {}

    def strings(self, obj: dict, key: str, path: str) -> list[str]:
        """Return a list of strings, skipping malformed items."""
        items = self.get(obj, key, path, list) or []
        out = []
        for n, item in enumerate(items):
            if isinstance(item, str):
                if item:
                    out.append(item)
            else:
                self.check.bad(f"{path}.{key}[{n}]", f"expected a string, got {_json_type(item)}")
        return out

    def objects(self, obj: dict, key: str, path: str) -> list[tuple[str, dict]]:
        """Return ``(path, item)`` for each object of a list, skipping malformed items."""
        items = self.get(obj, key, path, list) or []
        out = []
        for n, item in enumerate(items):
            where = f"{path}.{key}[{n}]"
            if isinstance(item, dict):
                out.append((where, item))
            else:
                self.check.bad(where, f"expected an object, got {_json_type(item)}")
        return out

    def code(self, obj: dict, key: str, path: str, field: str) -> str | None:
        """Return an enum code, checked against the API's codes for ``field``."""
        value = self.text(obj, key, path)
        if value is not None and value not in CODES[field]:
            self.check.bad(f"{path}.{key}", f"unknown code {value!r}")
            return None
        return value

    def date(self, obj: dict, key: str, path: str) -> str | None:
        """Return the ISO date of a ``*DateStruct`` (or of a plain date string)."""
        value = obj.get(key)
        if isinstance(value, dict):
            path, obj, key = f"{path}.{key}", value, "date"
        text = self.text(obj, key, path)
        if text is not None and not is_iso_date(text):
            self.check.bad(f"{path}.{key}", f"not an ISO date: {text!r}")
            return None
        return text

    def age(self, obj: dict, key: str, path: str):
        """Return the AgeLimit of a ``minimumAge``/``maximumAge`` field."""
        text = self.text(obj, key, path)
        if text is None:
            return None
        try:
            return parse_age(text)
        except ValueError:
            self.check.bad(f"{path}.{key}", f"not an age: {text!r}")
            return None


_JSON_NAMES = {"str": "a string", "dict": "an object", "list": "a list", "int": "an integer",
               "float": "a number", "bool": "true or false"}


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    return {dict: "an object", list: "a list", str: "a string", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def parse_ctgov_json(raw: RawRecord, *, strict: bool = False) -> Trial:
    """Parse one API v2 study record.

    :param raw: a record of format ``ctgov-json`` (the bytes of one JSON study object).
    :param strict: raise on a malformed optional field instead of skipping it.
    :returns: the trial.
    :raises RecordError: when the bytes are not JSON, not a study object, or have no NCT
        id; in strict mode also for any malformed field.
    """
    check = FieldCheck(raw.source, raw.index, strict=strict)
    try:
        study = json.loads(raw.data)
    except UnicodeDecodeError as exc:
        raise check.fail(None, f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise check.fail(None, f"not valid JSON ({exc.msg}: line {exc.lineno}, "
                               f"column {exc.colno})") from None
    trial = parse_study(study, source=raw.source, index=raw.index, strict=strict)
    trial.source_sha256 = raw.sha256
    return trial


def parse_study(study: Any, *, source: str, index: int | None = None,
                strict: bool = False, source_format: str = "ctgov-json") -> Trial:
    """Turn one decoded API v2 study object into a trial.

    :param study: the decoded JSON value.
    :param source: the file (or URL) the study came from, for provenance and errors.
    :param index: the record's position in that file.
    :param strict: raise on a malformed optional field instead of skipping it.
    :param source_format: the format recorded on the trial.
    :returns: the trial.
    :raises RecordError: when the value is not a usable study (see the module docstring).
    """
    check = FieldCheck(source, index, strict=strict)
    if not isinstance(study, dict):
        raise check.fail(None, f"not a study object (got {_json_type(study)})")
    protocol = study.get("protocolSection")
    if not isinstance(protocol, dict):
        keys = ", ".join(sorted(study)[:5]) or "none"
        raise check.fail("protocolSection", f"not a study object: no protocolSection "
                                            f"(keys: {keys})")
    ident = protocol.get("identificationModule")
    if not isinstance(ident, dict):
        raise check.fail("protocolSection.identificationModule", "no identification module")
    nct_id = ident.get("nctId")
    if not isinstance(nct_id, str) or not NCT_ID_PATTERN.fullmatch(nct_id.strip()):
        raise check.fail("protocolSection.identificationModule.nctId",
                         f"no usable NCT id (got {nct_id!r})")
    check.nct_id = nct_id = nct_id.strip()
    s = _Study(check)
    p = "protocolSection"
    trial = Trial(source=source, nct_id=nct_id, source_format=source_format)
    _identification(s, trial, ident, f"{p}.identificationModule")
    _status(s, trial, s.module(protocol, "statusModule", p), f"{p}.statusModule")
    _sponsors(s, trial, s.module(protocol, "sponsorCollaboratorsModule", p),
              f"{p}.sponsorCollaboratorsModule")
    desc = s.module(protocol, "descriptionModule", p)
    trial.brief_summary = s.text(desc, "briefSummary", f"{p}.descriptionModule")
    trial.detailed_description = s.text(desc, "detailedDescription", f"{p}.descriptionModule")
    cond = s.module(protocol, "conditionsModule", p)
    trial.conditions = [ConditionMention(c) for c in
                        s.strings(cond, "conditions", f"{p}.conditionsModule")]
    trial.keywords = s.strings(cond, "keywords", f"{p}.conditionsModule")
    _design(s, trial, s.module(protocol, "designModule", p), f"{p}.designModule")
    _arms_interventions(s, trial, s.module(protocol, "armsInterventionsModule", p),
                        f"{p}.armsInterventionsModule")
    _outcomes(s, trial, s.module(protocol, "outcomesModule", p), f"{p}.outcomesModule")
    trial.eligibility = _eligibility(s, s.module(protocol, "eligibilityModule", p),
                                     f"{p}.eligibilityModule")
    _contacts(s, trial, s.module(protocol, "contactsLocationsModule", p),
              f"{p}.contactsLocationsModule")
    derived = s.module(study, "derivedSection", "")
    trial.condition_mesh = _mesh(s, s.module(derived, "conditionBrowseModule", "derivedSection"),
                                 "derivedSection.conditionBrowseModule")
    trial.intervention_mesh = _mesh(
        s, s.module(derived, "interventionBrowseModule", "derivedSection"),
        "derivedSection.interventionBrowseModule")
    trial.has_results = s.get(study, "hasResults", "", bool)
    if trial.has_results is None and isinstance(study.get("resultsSection"), dict):
        trial.has_results = True
    return trial


def _identification(s: _Study, trial: Trial, ident: dict, path: str) -> None:
    trial.org_study_id = s.text(s.module(ident, "orgStudyIdInfo", path), "id",
                                f"{path}.orgStudyIdInfo")
    for where, item in s.objects(ident, "secondaryIdInfos", path):
        value = s.text(item, "id", where)
        if value:
            trial.secondary_ids.append(value)
    trial.brief_title = s.text(ident, "briefTitle", path)
    trial.official_title = s.text(ident, "officialTitle", path)
    trial.acronym = s.text(ident, "acronym", path)


def _status(s: _Study, trial: Trial, mod: dict, path: str) -> None:
    trial.overall_status = s.code(mod, "overallStatus", path, "overall_status")
    trial.start_date = s.date(mod, "startDateStruct", path)
    trial.primary_completion_date = s.date(mod, "primaryCompletionDateStruct", path)
    trial.completion_date = s.date(mod, "completionDateStruct", path)
    trial.first_posted_date = s.date(mod, "studyFirstPostDateStruct", path)
    trial.last_update_posted_date = s.date(mod, "lastUpdatePostDateStruct", path)


def _organization(s: _Study, obj: dict, path: str) -> Organization | None:
    name = s.text(obj, "name", path)
    if name is None:
        if obj:
            s.check.bad(f"{path}.name", "organization without a name")
        return None
    return Organization(name=name, agency_class=s.code(obj, "class", path, "agency_class"))


def _sponsors(s: _Study, trial: Trial, mod: dict, path: str) -> None:
    trial.lead_sponsor = _organization(s, s.module(mod, "leadSponsor", path),
                                       f"{path}.leadSponsor")
    for where, item in s.objects(mod, "collaborators", path):
        org = _organization(s, item, where)
        if org:
            trial.collaborators.append(org)


def _design(s: _Study, trial: Trial, mod: dict, path: str) -> None:
    trial.study_type = s.code(mod, "studyType", path, "study_type")
    for n, phase in enumerate(s.strings(mod, "phases", path)):
        if phase in CODES["phase"]:
            trial.phases.append(phase)
        else:
            s.check.bad(f"{path}.phases[{n}]", f"unknown phase code {phase!r}")
    info = s.module(mod, "designInfo", path)
    where = f"{path}.designInfo"
    trial.allocation = s.code(info, "allocation", where, "allocation")
    trial.intervention_model = s.code(info, "interventionModel", where, "intervention_model")
    trial.primary_purpose = s.code(info, "primaryPurpose", where, "primary_purpose")
    trial.masking = s.code(s.module(info, "maskingInfo", where), "masking",
                           f"{where}.maskingInfo", "masking")
    enrol = s.module(mod, "enrollmentInfo", path)
    count = s.get(enrol, "count", f"{path}.enrollmentInfo", int)
    if count is not None and count < 0:
        s.check.bad(f"{path}.enrollmentInfo.count", f"negative enrollment {count}")
        count = None
    trial.enrollment = count
    trial.enrollment_type = s.code(enrol, "type", f"{path}.enrollmentInfo", "date_type")


def _arms_interventions(s: _Study, trial: Trial, mod: dict, path: str) -> None:
    for where, item in s.objects(mod, "interventions", path):
        name = s.text(item, "name", where)
        if name is None:
            s.check.bad(f"{where}.name", "intervention without a name")
            continue
        trial.interventions.append(Intervention(
            name=name, type=s.code(item, "type", where, "intervention_type"),
            description=s.text(item, "description", where),
            other_names=s.strings(item, "otherNames", where),
            arm_labels=s.strings(item, "armGroupLabels", where)))
    for where, item in s.objects(mod, "armGroups", path):
        label = s.text(item, "label", where)
        if label is None:
            s.check.bad(f"{where}.label", "arm group without a label")
            continue
        trial.arms.append(Arm(label=label, type=s.code(item, "type", where, "arm_type"),
                              description=s.text(item, "description", where),
                              intervention_names=s.strings(item, "interventionNames", where)))


def _outcomes(s: _Study, trial: Trial, mod: dict, path: str) -> None:
    for kind in ("primary", "secondary", "other"):
        for where, item in s.objects(mod, f"{kind}Outcomes", path):
            measure = s.text(item, "measure", where)
            if measure is None:
                s.check.bad(f"{where}.measure", "outcome without a measure")
                continue
            trial.outcomes.append(Outcome(kind=kind, measure=measure,
                                          time_frame=s.text(item, "timeFrame", where),
                                          description=s.text(item, "description", where)))


def _eligibility(s: _Study, mod: dict, path: str) -> Eligibility:
    return Eligibility(
        criteria_text=s.text(mod, "eligibilityCriteria", path),
        minimum_age=s.age(mod, "minimumAge", path),
        maximum_age=s.age(mod, "maximumAge", path),
        sex=s.code(mod, "sex", path, "sex"),
        healthy_volunteers=s.get(mod, "healthyVolunteers", path, bool),
        std_ages=s.strings(mod, "stdAges", path),
    )


def _contacts(s: _Study, trial: Trial, mod: dict, path: str) -> None:
    for where, item in s.objects(mod, "overallOfficials", path):
        name = s.text(item, "name", where)
        if name is None:
            s.check.bad(f"{where}.name", "official without a name")
            continue
        trial.investigators.append(Person(
            name=name, role=s.code(item, "role", where, "official_role"),
            affiliation=s.text(item, "affiliation", where)))
    for where, item in s.objects(mod, "locations", path):
        geo = s.module(item, "geoPoint", where)
        lat = s.get(geo, "lat", f"{where}.geoPoint", float)
        lon = s.get(geo, "lon", f"{where}.geoPoint", float)
        if lat is not None and lon is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
            s.check.bad(f"{where}.geoPoint", f"coordinates out of range ({lat}, {lon})")
            lat = lon = None
        trial.sites.append(Site(
            facility=s.text(item, "facility", where), city=s.text(item, "city", where),
            state=s.text(item, "state", where), country=s.text(item, "country", where),
            status=s.code(item, "status", where, "site_status"),
            latitude=lat, longitude=lon))


def _mesh(s: _Study, mod: dict, path: str) -> list[MeshTerm]:
    out: list[MeshTerm] = []
    for key, ancestor in (("meshes", False), ("ancestors", True)):
        for where, item in s.objects(mod, key, path):
            term = s.text(item, "term", where)
            mesh_id = s.text(item, "id", where)
            if term is None or mesh_id is None:
                s.check.bad(where, "MeSH entry without a descriptor id and term")
                continue
            out.append(MeshTerm(id=mesh_id, term=term, ancestor=ancestor))
    return out
