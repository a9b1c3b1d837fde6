"""Loader for legacy ClinicalTrials.gov XML records (``<clinical_study>``).

The legacy format writes labels where the API v2 writes codes. This loader reads the
XML safely (:mod:`trialkg.safexml`), rewrites each field into the API v2 shape with
API codes (``Phase 1/Phase 2`` → ``PHASE1``, ``PHASE2``; ``N/A`` → ``NA``; ``Not yet
recruiting`` → ``NOT_YET_RECRUITING``; ``July 2002`` → ``2002-07``) and hands the
result to :func:`trialkg.loaders.clinicaltrials_gov.parse_study`, so a study reads the
same from either format. Text blocks are de-indented the way ClinicalTrials.gov renders
them (carriage returns dropped, the common indentation removed, outer blank lines
trimmed). Legacy MeSH terms carry no descriptor id: they are kept with an empty ``id``.

A label that maps to no API code is skipped with a warning naming the XML field (or
raises in strict mode).
"""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET
from typing import Any

from trialkg.loaders.clinicaltrials_gov import parse_study
from trialkg.loaders.ctgov_terms import parse_display_date, parse_phases, to_code
from trialkg.loaders.record import FieldCheck, RawRecord
from trialkg.model import NCT_ID_PATTERN, MeshTerm, Site, Trial
from trialkg.safexml import parse_xml

__all__ = ["parse_ctgov_xml", "render_textblock"]


def render_textblock(text: str | None) -> str | None:
    r"""Return a legacy text block as ClinicalTrials.gov shows it.

    >>> render_textblock("\n      First line\r\n\r\n        - item\r\n    ")
    'First line\n\n  - item'

    :param text: the raw text of a ``<textblock>`` (or of a plain element).
    :returns: the de-indented text, or None when it is empty.
    """
    if text is None:
        return None
    lines = [line.rstrip() for line in text.replace("\r", "").split("\n")]
    body = textwrap.dedent("\n".join(lines)).strip("\n")
    return body or None


class _Xml:
    """Read fields of one ``<clinical_study>`` with the record's FieldCheck."""

    def __init__(self, root: ET.Element, check: FieldCheck) -> None:
        self.root = root
        self.check = check

    def text(self, path: str, node: ET.Element | None = None) -> str | None:
        el = (self.root if node is None else node).find(path)
        if el is None:
            return None
        if el.find("textblock") is not None:
            return render_textblock(el.findtext("textblock"))
        value = (el.text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
        return value or None

    def texts(self, path: str, node: ET.Element | None = None) -> list[str]:
        found = (self.root if node is None else node).findall(path)
        return [v for v in ((el.text or "").strip() for el in found) if v]

    def code(self, path: str, field: str, node: ET.Element | None = None) -> str | None:
        label = self.text(path, node)
        if label is None:
            return None
        code = to_code(field, label)
        if code is None:
            self.check.bad(path, f"unknown {field.replace('_', ' ')} {label!r}")
        return code

    def date(self, path: str) -> dict | None:
        label = self.text(path)
        if label is None:
            return None
        iso = parse_display_date(label)
        if iso is None:
            self.check.bad(path, f"not a date: {label!r}")
            return None
        out: dict[str, Any] = {"date": iso}
        el = self.root.find(path)
        assert el is not None  # self.text found it
        kind = (el.get("type") or "").strip()
        if kind:
            out["type"] = to_code("date_type", kind)
        return out


def parse_ctgov_xml(raw: RawRecord, *, strict: bool = False) -> Trial:
    """Parse one legacy ClinicalTrials.gov XML record.

    :param raw: a record of format ``ctgov-xml``.
    :param strict: raise on a malformed optional field instead of skipping it.
    :returns: the trial.
    :raises RecordError: when the document is not well-formed, is not a
        ``<clinical_study>`` or has no NCT id; in strict mode also for a malformed field.
    :raises UnsafeXMLError: when the document declares entities or an external DTD.
    """
    from trialkg.errors import InputError, UnsafeXMLError

    check = FieldCheck(raw.source, raw.index, strict=strict)
    try:
        root = parse_xml(raw.data, raw.source)
    except UnsafeXMLError:
        raise
    except InputError as exc:
        raise check.fail(None, exc.reason) from None
    if root.tag != "clinical_study":
        raise check.fail(None, f"not a ClinicalTrials.gov study: root element is <{root.tag}>")
    nct_id = (root.findtext("id_info/nct_id") or "").strip()
    if not NCT_ID_PATTERN.fullmatch(nct_id):
        raise check.fail("id_info/nct_id", f"no usable NCT id (got {nct_id or None!r})")
    check.nct_id = nct_id
    x = _Xml(root, check)
    study = {"protocolSection": _protocol(x, nct_id), "hasResults":
             root.find("clinical_results") is not None}
    trial = parse_study(study, source=raw.source, index=raw.index, strict=strict,
                        source_format="ctgov-xml")
    trial.source_sha256 = raw.sha256
    for key, target in (("condition_browse", trial.condition_mesh),
                        ("intervention_browse", trial.intervention_mesh)):
        target.extend(MeshTerm(id="", term=t) for t in x.texts(f"{key}/mesh_term"))
    known = {site.country for site in trial.sites}
    trial.sites.extend(Site(country=c) for c in x.texts("location_countries/country")
                       if c not in known)
    return trial


def _drop_empty(obj: dict) -> dict:
    return {k: v for k, v in obj.items() if v not in (None, [], {}, "")}


def _protocol(x: _Xml, nct_id: str) -> dict:
    p: dict[str, Any] = {
        "identificationModule": _drop_empty({
            "nctId": nct_id,
            "orgStudyIdInfo": _drop_empty({"id": x.text("id_info/org_study_id")}),
            "secondaryIdInfos": [{"id": v} for v in x.texts("id_info/secondary_id")],
            "briefTitle": x.text("brief_title"),
            "officialTitle": x.text("official_title"),
            "acronym": x.text("acronym"),
        }),
        "statusModule": _drop_empty({
            "overallStatus": x.code("overall_status", "overall_status"),
            "startDateStruct": x.date("start_date"),
            "primaryCompletionDateStruct": x.date("primary_completion_date"),
            "completionDateStruct": x.date("completion_date"),
            "studyFirstPostDateStruct": x.date("study_first_posted"),
            "lastUpdatePostDateStruct": x.date("last_update_posted"),
        }),
        "sponsorCollaboratorsModule": _drop_empty({
            "leadSponsor": _agency(x, x.root.find("sponsors/lead_sponsor")),
            "collaborators": [_agency(x, el) for el in x.root.findall("sponsors/collaborator")],
        }),
        "descriptionModule": _drop_empty({
            "briefSummary": x.text("brief_summary"),
            "detailedDescription": x.text("detailed_description"),
        }),
        "conditionsModule": _drop_empty({"conditions": x.texts("condition"),
                                         "keywords": x.texts("keyword")}),
        "designModule": _design(x),
        "armsInterventionsModule": _arms_interventions(x),
        "outcomesModule": _drop_empty({
            f"{kind}Outcomes": [_drop_empty({
                "measure": x.text("measure", el), "timeFrame": x.text("time_frame", el),
                "description": x.text("description", el)})
                for el in x.root.findall(f"{kind}_outcome")]
            for kind in ("primary", "secondary", "other")}),
        "eligibilityModule": _eligibility(x),
        "contactsLocationsModule": _drop_empty({
            "overallOfficials": [_person(x, el) for el in x.root.findall("overall_official")],
            "locations": [_location(x, el) for el in x.root.findall("location")],
        }),
    }
    return _drop_empty(p)


def _agency(x: _Xml, el: ET.Element | None) -> dict | None:
    if el is None:
        return None
    return _drop_empty({"name": x.text("agency", el),
                        "class": x.code("agency_class", "agency_class", el)})


def _design(x: _Xml) -> dict:
    phases = None
    label = x.text("phase")
    if label is not None:
        phases = parse_phases(label)
        if phases is None:
            x.check.bad("phase", f"unknown phase {label!r}")
    study_type = x.code("study_type", "study_type")
    d = "study_design_info/"
    masking = x.code(d + "masking", "masking")
    enrollment: dict[str, Any] = {}
    count = x.text("enrollment")
    if count is not None:
        try:
            enrollment["count"] = int(count)
        except ValueError:
            x.check.bad("enrollment", f"not a number: {count!r}")
        el = x.root.find("enrollment")
        assert el is not None  # x.text found it
        kind = (el.get("type") or "").strip()
        if kind:
            enrollment["type"] = to_code("date_type", kind)
    return _drop_empty({
        "studyType": study_type,
        "phases": phases,
        "designInfo": _drop_empty({
            "allocation": x.code(d + "allocation", "allocation"),
            "interventionModel": x.code(d + "intervention_model", "intervention_model"),
            "primaryPurpose": x.code(d + "primary_purpose", "primary_purpose"),
            "maskingInfo": _drop_empty({"masking": masking}),
        }),
        "enrollmentInfo": _drop_empty(enrollment),
    })


def _arms_interventions(x: _Xml) -> dict:
    interventions = []
    names_by_arm: dict[str, list[str]] = {}
    for el in x.root.findall("intervention"):
        kind_label = x.text("intervention_type", el)
        kind = x.code("intervention_type", "intervention_type", el)
        name = x.text("intervention_name", el)
        labels = x.texts("arm_group_label", el)
        interventions.append(_drop_empty({
            "type": kind, "name": name, "description": x.text("description", el),
            "otherNames": x.texts("other_name", el), "armGroupLabels": labels}))
        if name:  # the API names an arm's interventions "Type: name"
            shown = f"{kind_label}: {name}" if kind_label else name
            for label in labels:
                names_by_arm.setdefault(label, []).append(shown)
    arms = []
    for el in x.root.findall("arm_group"):
        arm_label = x.text("arm_group_label", el)
        arms.append(_drop_empty({
            "label": arm_label, "type": x.code("arm_group_type", "arm_type", el),
            "description": x.text("description", el),
            "interventionNames": names_by_arm.get(arm_label or "", [])}))
    return _drop_empty({"armGroups": arms, "interventions": interventions})


def _eligibility(x: _Xml) -> dict:
    e = "eligibility/"
    healthy = x.text(e + "healthy_volunteers")
    accepts = None
    if healthy is not None:
        accepts = {"accepts healthy volunteers": True, "yes": True, "no": False}.get(
            healthy.lower())
        if accepts is None:
            x.check.bad(e + "healthy_volunteers", f"unknown value {healthy!r}")
    ages = {}
    for key, tag in (("minimumAge", "minimum_age"), ("maximumAge", "maximum_age")):
        value = x.text(e + tag)
        if value is not None and value.upper() not in ("N/A", "NA", "NONE"):
            ages[key] = value
    return _drop_empty({
        "eligibilityCriteria": x.text(e + "criteria"),
        "sex": x.code(e + "gender", "sex"),
        "healthyVolunteers": accepts,
        **ages,
    })


def _person(x: _Xml, el: ET.Element) -> dict:
    name = " ".join(x.texts(tag, el)[0] for tag in ("first_name", "middle_name", "last_name")
                    if x.texts(tag, el))
    degrees = x.text("degrees", el)
    if degrees:
        name = f"{name}, {degrees}"
    return _drop_empty({"name": name, "role": x.code("role", "official_role", el),
                        "affiliation": x.text("affiliation", el)})


def _location(x: _Xml, el: ET.Element) -> dict:
    a = "facility/address/"
    return _drop_empty({
        "facility": x.text("facility/name", el), "city": x.text(a + "city", el),
        "state": x.text(a + "state", el), "country": x.text(a + "country", el),
        "status": x.code("status", "site_status", el)})
