"""Loader for free-text trial pages (``.txt``, ``.md``).

Trial listing sites copy ClinicalTrials.gov records into pages of three layouts, and
this loader reads all three with the same rules:

* **bullet pages**: a title line, a summary, then the criteria as a bullet list
  (``•``, ``⁃``, ``‣``, ``-``…);
* **registry page copies**: section headings (``Study Type``, ``Phase``, ``Arms and
  Interventions``, ``Primary Outcome Measures``, ``Study Start (Estimated)``…), each
  followed by its value after a blank line;
* **key/value tables**: ``Key | Value |`` on one line, or a key line followed by an
  optional explanation line ending in ``|`` and the value line ``Value |``.

Labels become API v2 codes (:mod:`trialkg.loaders.ctgov_terms`). The criteria block is
kept as an exact substring of the page: from the ``Inclusion Criteria:`` line to the
next section heading, or else the bullet list from its first bullet to its end. Only an
explicit ``Conditions`` field gives conditions; inferring conditions and interventions
from the title and summary is the mapping step's work. A page without an NCT id gets
``local_id`` ``local-<file name stem>``.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from trialkg.loaders.ctgov_terms import parse_age, parse_display_date, parse_phases, to_code
from trialkg.loaders.page_layout import (
    QUALIFIER,
    SENTENCE_END,
    Layout,
    Line,
    PageField,
    read_layout,
)
from trialkg.loaders.record import FieldCheck, RawRecord
from trialkg.model import (
    NCT_ID_PATTERN,
    AgeLimit,
    Arm,
    ConditionMention,
    Eligibility,
    Intervention,
    Organization,
    Outcome,
    Person,
    Site,
    Trial,
)

__all__ = ["parse_page", "parse_trial_text"]

_OUTCOME_SECTIONS = {"primary outcome measures": "primary", "secondary outcome measures":
                     "secondary", "other outcome measures": "other"}
_TABLE_HEADERS = {"outcome measure", "measure description", "time frame",
                  "participant group / arm", "intervention / treatment"}

_ARM_ROW = re.compile(r"^(Experimental|Active Comparator|Placebo Comparator|Sham Comparator|"
                      r"No Intervention|Other)\s*:\s*(.+)$")
_INTERVENTION_ROW = re.compile(r"^(Drug|Biological|Device|Procedure|Radiation|Behavioral|Genetic|"
                               r"Dietary Supplement|Combination Product|Diagnostic Test|Other)"
                               r"\s*:\s*(.+)$")
_TIME_FRAME = re.compile(r"^(?P<measure>.*?)\s*\[?Time Frame:\s*(?P<frame>[^\]]*)\]?\s*$")
#: "phase I/II", then up to three words, then "study" or "trial" (singular: this study).
_PROSE_PHASE = re.compile(
    r"\b(?P<phase>(?:early\s+)?phase\s*(?:0|[1-4]|iv|i{1,3})[ab]?"
    r"(?:\s*(?:/|-|–|and|or|,)\s*(?:phase\s*)?(?:[1-4]|iv|i{1,3})[ab]?\b)*)"
    r"(?:[\s,]+[\w-]+){0,3}?[\s,]+(?:clinical\s+)?(?:study|trial)\b(?!s)", re.IGNORECASE)
_SELF = re.compile(r"\b(this|the present|the current|our|we)\b", re.IGNORECASE)
_NOT_THIS = re.compile(r"\b(future|subsequent|later|previous|prior|earlier|next|upcoming|"
                       r"other|preceding|follow-up|completed)\b", re.IGNORECASE)
_AGE_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(years?|months?|weeks?|days?|hours?|minutes?)",
                       re.IGNORECASE)
_STD_AGES = {"child": "CHILD", "adult": "ADULT", "older adult": "OLDER_ADULT"}


def parse_trial_text(raw: RawRecord, *, strict: bool = False) -> Trial:
    """Parse one free-text trial page.

    :param raw: a record of format ``text`` (the UTF-8 bytes of the page).
    :param strict: raise on a malformed field (an unreadable age, phase, date…)
        instead of skipping it.
    :returns: the trial.
    :raises RecordError: when the page is not UTF-8 or holds nothing to read.
    """
    try:
        text = raw.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FieldCheck(raw.source, raw.index, strict=strict).fail(
            None, f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    trial = parse_page(text, source=raw.source, index=raw.index, strict=strict)
    trial.source_sha256 = raw.sha256
    return trial


def parse_page(text: str, *, source: str, index: int = 0, strict: bool = False) -> Trial:
    r"""Turn the text of one trial page into a trial.

    >>> page = "A Study of Drug X\nThis is a phase II study.\n• Age 18 or over\n• No HIV"
    >>> t = parse_page(page, source="pages/x.txt")
    >>> t.title, t.phases, t.eligibility.criteria_text, t.local_id
    ('A Study of Drug X', ['PHASE2'], '• Age 18 or over\n• No HIV', 'local-x')

    :param text: the page text.
    :param source: the file the page came from (its stem gives the local id).
    :param index: the record's position in the source.
    :param strict: raise on a malformed field instead of skipping it.
    :returns: the trial.
    :raises RecordError: when the page holds nothing to read.
    """
    check = FieldCheck(source, index, strict=strict)
    layout = read_layout(text)
    trial = Trial(source=source, source_format="text")
    nct = layout.field("nct")
    ids = NCT_ID_PATTERN.findall(" ".join(nct.values)) if nct else []
    trial.nct_id = (ids or NCT_ID_PATTERN.findall(text) or [None])[0]
    check.nct_id = trial.nct_id
    if trial.nct_id is None:
        stem = PurePosixPath(source.rpartition("!/")[2].replace("\\", "/")).stem
        trial.local_id = "local-" + (re.sub(r"[^A-Za-z0-9_.-]", "_", stem) or "page")
    trial.brief_title = layout.title
    trial.brief_summary = layout.summary
    trial.detailed_description = layout.section_text("detailed description")
    trial.eligibility.criteria_text = layout.criteria_text
    _apply_fields(trial, layout, check)
    if not trial.phases:
        trial.phases = _phases_in_prose([trial.brief_title or "", trial.official_title or "",
                                         trial.brief_summary or "",
                                         trial.detailed_description or ""])
    _arms(layout.lines, layout.sections.get("arms and interventions"), trial)
    for heading, kind in _OUTCOME_SECTIONS.items():
        if heading in layout.sections:
            trial.outcomes.extend(_outcome_rows(layout.lines, layout.sections[heading], kind))
    if not (trial.title or trial.brief_summary or trial.nct_id or layout.criteria_text
            or layout.fields):
        raise check.fail(None, "no trial information found in the page")
    return trial


def _phases_in_prose(texts: list[str]) -> list[str]:
    """Return the phases a sentence states about this study (not about other studies)."""
    found: set[str] = set()
    for n, text in enumerate(texts):
        for sentence in SENTENCE_END.split(text):
            for m in _PROSE_PHASE.finditer(sentence):
                before = sentence[:m.start()]
                clause = re.split(r"[,;:]", before)[-1]
                if _NOT_THIS.search(clause) or _NOT_THIS.search(m.group(0)):
                    continue
                if n >= 2 and not (_SELF.search(before) or len(before.split()) <= 5):
                    continue  # a summary sentence must speak of this study
                codes = parse_phases(m.group("phase").rstrip(" ,")) or []
                found.update(c for c in codes if c != "NA")
    return [p for p in ("EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4") if p in found]


def _apply_fields(trial: Trial, layout: Layout, check: FieldCheck) -> None:
    """Set the trial's fields from the page's fields, reporting unreadable values."""
    fields = layout.fields

    def value(key: str) -> tuple[PageField, str] | None:
        f = layout.field(key)
        return (f, " ".join(f.values).strip()) if f else None

    def coded(key: str, code_field: str) -> str | None:
        got = value(key)
        if got is None:
            return None
        code = to_code(code_field, QUALIFIER.sub(" ", got[1]))
        if code is None:
            check.bad(got[0].label, f"unknown {code_field.replace('_', ' ')} {got[1]!r}")
        return code

    trial.study_type = coded("study_type", "study_type")
    trial.overall_status = coded("status", "overall_status")
    trial.primary_purpose = coded("primary_purpose", "primary_purpose")
    trial.allocation = coded("allocation", "allocation")
    trial.intervention_model = coded("intervention_model", "intervention_model")
    trial.masking = coded("masking", "masking")
    trial.eligibility.sex = coded("sex", "sex")
    for f in (f for f in fields if f.key == "phase"):
        for v in f.values:
            codes = parse_phases(v)
            if codes is None:
                check.bad(f.label, f"not a phase: {v!r}")
            else:
                trial.phases = [p for p in dict.fromkeys(trial.phases + codes)]
    if trial.phases:
        order = ("EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA")
        trial.phases.sort(key=order.index)
    got = value("enrollment")
    if got:
        m = re.search(r"\d[\d,]*", got[1])
        if m:
            trial.enrollment = int(m.group(0).replace(",", ""))
            q = QUALIFIER.search(got[1])
            trial.enrollment_type = got[0].qualifier or (to_code("date_type", q.group(1))
                                                         if q else None)
        else:
            check.bad(got[0].label, f"not a number: {got[1]!r}")
    for key, attr in (("start", "start_date"), ("primary_completion", "primary_completion_date"),
                      ("completion", "completion_date"), ("first_posted", "first_posted_date"),
                      ("last_update", "last_update_posted_date")):
        got = value(key)
        if got:
            iso = parse_display_date(QUALIFIER.sub(" ", got[1]).strip())
            if iso is None:
                check.bad(got[0].label, f"not a date: {got[1]!r}")
            setattr(trial, attr, iso)
    for key, attr in (("official_title", "official_title"), ("brief_title", "brief_title"),
                      ("acronym", "acronym")):
        got = value(key)
        if got:
            setattr(trial, attr, got[1])
    got = value("sponsor")
    if got:
        trial.lead_sponsor = Organization(got[1], coded("agency_class", "agency_class"))
    got = value("investigator")
    if got:
        aff = value("affiliation")
        trial.investigators.append(Person(got[1], "PRINCIPAL_INVESTIGATOR",
                                          aff[1] if aff else None))
    healthy = value("healthy")
    if healthy:
        answer = healthy[1].lower().rstrip(".")
        if answer in ("yes", "no", "accepts healthy volunteers", "true", "false"):
            trial.eligibility.healthy_volunteers = answer in ("yes", "true",
                                                              "accepts healthy volunteers")
        else:
            check.bad(healthy[0].label, f"not yes or no: {healthy[1]!r}")
    items = {key: [item for f in fields if f.key == key for v in f.values
                   for item in re.split(r"\s*;\s*", v) if item]
             for key in ("conditions", "keywords", "countries", "collaborators", "interventions",
                         "primary_outcome", "secondary_outcome")}
    trial.conditions = [ConditionMention(c) for c in items["conditions"]]
    trial.keywords = items["keywords"]
    trial.collaborators = [Organization(c) for c in items["collaborators"]]
    trial.sites = [Site(country=c) for v in items["countries"] for c in re.split(r"\s*,\s*", v)
                   if c]
    for v in items["interventions"]:
        m = _INTERVENTION_ROW.match(v)
        trial.interventions.append(
            Intervention(m.group(2), to_code("intervention_type", m.group(1)))
            if m else Intervention(v))
    for kind in ("primary", "secondary"):
        for v in items[f"{kind}_outcome"]:
            m = _TIME_FRAME.match(v)
            trial.outcomes.append(Outcome(kind, m.group("measure"), m.group("frame").strip())
                                  if m and m.group("measure") else Outcome(kind, v))
    ages = value("ages")
    if ages:
        _ages(trial.eligibility, ages[0].label, " ".join(ages[0].values), check)


def _ages(elig: Eligibility, label: str, text: str, check: FieldCheck) -> None:
    """Read ``1 Day - 18 Years``, ``18 Years and older (Adult, Older Adult)``, ``Child, Adult``."""
    rest = text.lower()
    for word in ("older adult", "adult", "child"):
        if re.search(rf"\b{word}\b", rest):
            elig.std_ages.append(_STD_AGES[word])
            rest = re.sub(rf"\b{word}\b", " ", rest)
    elig.std_ages.sort(key=["CHILD", "ADULT", "OLDER_ADULT"].index)
    parts = list(_AGE_PART.finditer(text))
    limits: list[AgeLimit] = []
    for m in parts:
        limit = parse_age(f"{m.group(1)} {m.group(2)}")
        assert limit is not None  # a number and a unit: never one of the 'no age' words
        limits.append(limit)
    for limit, m in zip(limits, parts, strict=True):
        limit.text = m.group(0)
    if len(limits) >= 2:
        elig.minimum_age, elig.maximum_age = limits[0], limits[1]
    elif len(limits) == 1:
        after = text[parts[0].end():].lower()
        before = text[:parts[0].start()].lower()
        if re.search(r"older|over|above|\+|minimum", after) or re.search(r"≥|>=|at least|from",
                                                                            before):
            elig.minimum_age = limits[0]
        elif re.search(r"younger|under|below", after) or re.search(r"≤|<=|up to|under|below",
                                                                    before):
            elig.maximum_age = limits[0]
        else:
            check.bad(label, f"an age without a bound: {text!r}")
    elif not elig.std_ages:
        check.bad(label, f"not an age range: {text!r}")


def _arms(lines: list[Line], span: tuple[int, int] | None, trial: Trial) -> None:
    """Read the rows of an "Arms and Interventions" table copied from the registry."""
    if span is None:
        return
    by_name: dict[tuple[str | None, str], Intervention] = {}
    arm: Arm | None = None
    for line in lines[span[0]:span[1]]:
        s = line.text.strip()
        if not s or s.lower() in _TABLE_HEADERS:
            continue
        arm_row, item_row = _ARM_ROW.match(s), _INTERVENTION_ROW.match(s)
        if arm_row and not (item_row and arm is not None and s.startswith("Other")):
            arm = Arm(label=arm_row.group(2).strip(), type=to_code("arm_type", arm_row.group(1)))
            trial.arms.append(arm)
        elif item_row:
            kind = to_code("intervention_type", item_row.group(1))
            name = item_row.group(2).strip()
            item = by_name.get((kind, name))
            if item is None:
                item = by_name[(kind, name)] = Intervention(name, kind)
                trial.interventions.append(item)
            if arm is not None:
                arm.intervention_names.append(f"{item_row.group(1)}: {name}")
                item.arm_labels.append(arm.label)
        elif arm is not None:
            arm.description = f"{arm.description}\n{s}" if arm.description else s


def _outcome_rows(lines: list[Line], span: tuple[int, int], kind: str) -> list[Outcome]:
    """Read an outcome table: measure, description lines, ``Time Frame: …``, repeated frame."""
    out: list[Outcome] = []
    pending: list[str] = []
    echo: str | None = None
    for line in lines[span[0]:span[1]]:
        s = line.text.strip()
        if not s or s.lower() in _TABLE_HEADERS:
            continue
        if echo is not None and s == echo:
            echo = None
            continue
        echo = None
        m = re.match(r"^Time Frame:\s*(.*)$", s, re.IGNORECASE)
        if m and pending:
            echo = m.group(1).strip()
            out.append(Outcome(kind, pending[0], echo or None, "\n".join(pending[1:]) or None))
            pending = []
        elif not m:
            pending.append(s)
    out.extend(Outcome(kind, measure) for measure in pending)
    return out
