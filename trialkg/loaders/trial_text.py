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
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from trialkg.loaders.ctgov_terms import parse_age, parse_display_date, parse_phases, to_code
from trialkg.loaders.record import FieldCheck, RawRecord
from trialkg.model import (
    NCT_ID_PATTERN,
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

#: Field names of the pages (normalised: lower case, no colon or qualifier) → our keys.
FIELD_KEYS = {
    **dict.fromkeys(("study type",), "study_type"),
    **dict.fromkeys(("phase", "phases", "study phase"), "phase"),
    **dict.fromkeys(("enrollment", "enrolment", "target enrollment"), "enrollment"),
    **dict.fromkeys(("overall status", "recruitment status", "status", "study status"),
                    "status"),
    **dict.fromkeys(("lead sponsor", "sponsor"), "sponsor"),
    **dict.fromkeys(("agency class", "sponsor class"), "agency_class"),
    **dict.fromkeys(("collaborators", "collaborator"), "collaborators"),
    **dict.fromkeys(("principal investigator",), "investigator"),
    **dict.fromkeys(("principal investigator affiliation",), "affiliation"),
    **dict.fromkeys(("countries", "country", "location countries"), "countries"),
    **dict.fromkeys(("conditions", "condition"), "conditions"),
    **dict.fromkeys(("keywords",), "keywords"),
    **dict.fromkeys(("trial id", "nct number", "nct id", "clinicaltrials.gov id",
                     "clinicaltrials.gov identifier"), "nct"),
    **dict.fromkeys(("eligible ages", "ages eligible for study", "ages", "age range",
                     "ages eligible"), "ages"),
    **dict.fromkeys(("gender", "sex", "sexes eligible for study", "genders eligible for study",
                     "sexes eligible"), "sex"),
    **dict.fromkeys(("accepts healthy volunteers", "healthy volunteers"), "healthy"),
    **dict.fromkeys(("study start", "start date", "study start date"), "start"),
    **dict.fromkeys(("primary completion", "primary completion date"), "primary_completion"),
    **dict.fromkeys(("study completion", "completion date", "study completion date"),
                    "completion"),
    **dict.fromkeys(("first posted", "study first posted"), "first_posted"),
    **dict.fromkeys(("last update posted",), "last_update"),
    **dict.fromkeys(("primary purpose",), "primary_purpose"),
    **dict.fromkeys(("allocation",), "allocation"),
    **dict.fromkeys(("interventional model", "intervention model"), "intervention_model"),
    **dict.fromkeys(("masking",), "masking"),
    **dict.fromkeys(("official title",), "official_title"),
    **dict.fromkeys(("brief title",), "brief_title"),
    **dict.fromkeys(("acronym",), "acronym"),
    **dict.fromkeys(("interventions", "intervention"), "interventions"),
    **dict.fromkeys(("primary outcome", "primary outcome measure"), "primary_outcome"),
    **dict.fromkeys(("secondary outcome", "secondary outcome measure"), "secondary_outcome"),
}

#: Section headings of registry page copies (normalised), besides the field names.
SECTION_HEADINGS = frozenset({
    "overview", "study overview", "brief summary", "summary", "detailed description",
    "description", "eligibility", "eligibility criteria", "participation criteria", "criteria",
    "study plan", "design details", "how is the study designed?", "arms and interventions",
    "what is the study measuring?", "primary outcome measures", "secondary outcome measures",
    "other outcome measures", "outcome measures", "contacts and locations", "study contact",
    "study contact backup", "locations", "study locations", "collaborators and investigators",
    "investigators", "study record dates", "study major dates", "study registration dates",
    "study record updates", "more information", "terms related to this study", "publications",
    "plan for individual participant data (ipd)", "drug and device information, study documents",
    "study documents", "study details", "study design", "references",
})
_SUMMARY_HEADINGS = {"overview", "brief summary", "summary", "study overview"}
_CRITERIA_HEADINGS = {"eligibility", "eligibility criteria", "criteria", "participation criteria"}
_OUTCOME_SECTIONS = {"primary outcome measures": "primary", "secondary outcome measures":
                     "secondary", "other outcome measures": "other"}
_TABLE_HEADERS = {"outcome measure", "measure description", "time frame",
                  "participant group / arm", "intervention / treatment"}

_BULLET = re.compile(r"^\s*(?:[•⁃‣◦▪●○■□►▸–—]|[-*+](?=\s))\s*")
_QUALIFIER = re.compile(r"\s*\((estimated|actual|anticipated)\)\s*", re.IGNORECASE)
_IE_HEADING = re.compile(r"^(?:key\s+|main\s+)?(?:inclusion|exclusion)\s+criteria\b[^a-z]*$")
_ARM_ROW = re.compile(r"^(Experimental|Active Comparator|Placebo Comparator|Sham Comparator|"
                      r"No Intervention|Other)\s*:\s*(.+)$")
_INTERVENTION_ROW = re.compile(r"^(Drug|Biological|Device|Procedure|Radiation|Behavioral|Genetic|"
                               r"Dietary Supplement|Combination Product|Diagnostic Test|Other)"
                               r"\s*:\s*(.+)$")
_TIME_FRAME = re.compile(r"^(?P<measure>.*?)\s*\[?Time Frame:\s*(?P<frame>[^\]]*)\]?\s*$")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
_PROSE_PHASE = re.compile(
    r"\b(?:early\s+)?phase\s*(?:0|[1-4]|iv|i{1,3})[ab]?"
    r"(?:\s*(?:/|-|–|and|or|,)\s*(?:phase\s*)?(?:[1-4]|iv|i{1,3})[ab]?\b)*"
    r"(?:[\s,]+[\w-]+){0,3}?[\s,]+(?:clinical\s+)?(?:study|trial)\b(?!s)", re.IGNORECASE)
_SELF = re.compile(r"\b(this|the present|the current|our|we)\b", re.IGNORECASE)
_NOT_THIS = re.compile(r"\b(future|subsequent|later|previous|prior|earlier|next|upcoming|"
                       r"other|preceding|foundation|follow-up|completed)\b", re.IGNORECASE)
_AGE_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(years?|months?|weeks?|days?|hours?|minutes?)",
                       re.IGNORECASE)
_STD_AGES = {"child": "CHILD", "adult": "ADULT", "older adult": "OLDER_ADULT"}


@dataclass(slots=True)
class _Line:
    start: int  #: offset of the first character
    end: int  #: offset after the last character, newline excluded
    text: str

    @property
    def norm(self) -> str:
        return _norm(self.text)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(slots=True)
class _Field:
    key: str  #: our key (a value of FIELD_KEYS)
    label: str  #: the key as written, for messages
    values: list[str]
    qualifier: str | None = None  #: ESTIMATED / ACTUAL from "(Estimated)"
    lines: set[int] = field(default_factory=set)


def _norm(text: str) -> str:
    s = _BULLET.sub("", text.strip()) if _BULLET.match(text) else text.strip()
    s = re.sub(r"^#+\s*", "", s).strip("*_ \t").rstrip(":：").strip("*_ \t")
    return re.sub(r"\s+", " ", s).lower()


def _split_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        out.append(_Line(pos, m.start(), text[pos:m.start()]))
        pos = m.end()
    out.append(_Line(pos, len(text), text[pos:]))
    return out


def _key_of(label: str) -> tuple[str | None, str | None]:
    """Return (our key, qualifier code) for a field label as written."""
    qualifier = None
    m = _QUALIFIER.search(label)
    if m:
        qualifier = to_code("date_type", m.group(1))
        label = _QUALIFIER.sub(" ", label)
    return FIELD_KEYS.get(_norm(label)), qualifier


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
    """Turn the text of one trial page into a trial.

    >>> page = "A Study of Drug X\\nThis is a phase II study.\\n• Age 18 or over\\n• No HIV"
    >>> t = parse_page(page, source="pages/x.txt")
    >>> t.title, t.phases, t.eligibility.criteria_text, t.local_id
    ('A Study of Drug X', ['PHASE2'], '• Age 18 or over\\n• No HIV', 'local-x')

    :param text: the page text.
    :param source: the file the page came from (its stem gives the local id).
    :param index: the record's position in the source.
    :param strict: raise on a malformed field instead of skipping it.
    :returns: the trial.
    :raises RecordError: when the page holds nothing to read.
    """
    check = FieldCheck(source, index, strict=strict)
    lines = _split_lines(text)
    fields, used = _table_fields(lines)
    sections = _sections(lines, used)
    crit = _criteria_block(lines, used)
    _colon_fields(lines, used, crit, fields)
    fields = [f for f in fields if not crit or not f.lines & set(range(*crit))]
    by_key: dict[str, _Field] = {}
    for f in fields:
        by_key.setdefault(f.key, f)

    trial = Trial(source=source, source_format="text")
    nct = by_key.get("nct")
    ids = NCT_ID_PATTERN.findall(" ".join(nct.values)) if nct else []
    trial.nct_id = (ids or NCT_ID_PATTERN.findall(text) or [None])[0]
    check.nct_id = trial.nct_id
    if trial.nct_id is None:
        stem = PurePosixPath(source.rpartition("!/")[2].replace("\\", "/")).stem
        trial.local_id = "local-" + (re.sub(r"[^A-Za-z0-9_.-]", "_", stem) or "page")
    title_line = _title_line(lines, used)
    if title_line is not None:
        trial.brief_title = _norm_case(lines[title_line].text)
    trial.brief_summary = _summary(lines, used, sections, title_line, crit)
    detailed = sections.get("detailed description")
    trial.detailed_description = _join(lines, detailed) if detailed else None
    if crit:
        start, stop = crit
        first = lines[start]
        offset = first.start + len(first.text) - len(first.text.lstrip())
        trial.eligibility.criteria_text = text[offset:lines[stop - 1].end].rstrip()
    _apply_fields(trial, by_key, fields, check)
    if not trial.phases:
        prose = [trial.brief_title or "", trial.official_title or "",
                 trial.brief_summary or "", trial.detailed_description or ""]
        trial.phases = _phases_in_prose(prose)
    _arms(lines, sections.get("arms and interventions"), trial)
    for heading, kind in _OUTCOME_SECTIONS.items():
        if heading in sections:
            trial.outcomes.extend(_outcome_rows(lines, sections[heading], kind))
    if not (trial.title or trial.brief_summary or trial.nct_id or crit or fields):
        raise check.fail(None, "no trial information found in the page")
    return trial


def _norm_case(text: str) -> str:
    return re.sub(r"^#+\s*", "", text.strip()).strip("*_ ").strip()


def _join(lines: list[_Line], span: tuple[int, int]) -> str | None:
    body = "\n".join(line.text.strip() for line in lines[span[0]:span[1]]).strip()
    return re.sub(r"\n{3,}", "\n\n", body) or None


def _table_fields(lines: list[_Line]) -> tuple[list[_Field], set[int]]:
    """Read ``Key | Value |`` rows, key lines with ``Value |`` lines, and headed values."""
    fields: list[_Field] = []
    used: set[int] = set()
    n = len(lines)
    for i, line in enumerate(lines):
        s = line.text.strip()
        if i in used or not s:
            continue
        cells = [c.strip() for c in s.rstrip("|").split("|")]
        if s.endswith("|") and len(cells) >= 2:
            key, qualifier = _key_of(cells[0])
            if key:
                fields.append(_Field(key, cells[0], [c for c in cells[1:] if c], qualifier, {i}))
                used.add(i)
            continue
        if "|" in s or len(s) > 60:
            continue
        key, qualifier = _key_of(s.rstrip(":"))
        if key is None:
            continue
        j = i + 1
        while j < n and lines[j].blank:
            j += 1
        taken: list[int] = []
        if j < n and lines[j].text.rstrip().endswith("|"):
            while (j < n and lines[j].text.rstrip().endswith("|")
                   and len(lines[j].text.rstrip().rstrip("|").split("|")) == 1):
                taken.append(j)
                j += 1
            cells = [lines[k].text.strip().rstrip("|").strip() for k in taken]
            if len(cells) >= 2 or (cells and _explains(cells[0])):
                cells = cells[1:] if _explains(cells[0]) else cells
        else:
            while (j < n and not lines[j].blank and lines[j].norm not in SECTION_HEADINGS
                   and _key_of(lines[j].text)[0] is None and len(taken) < 30):
                taken.append(j)
                j += 1
            cells = [_BULLET.sub("", lines[k].text).strip() for k in taken]
        if taken:
            fields.append(_Field(key, s.rstrip(":"), [c for c in cells if c], qualifier,
                                 {i, *taken}))
            used.update((i, *taken))
    return fields, used


def _explains(cell: str) -> bool:
    """Tell an explanation line of a key/value table from a value."""
    return cell.endswith((".", ")")) and len(cell.split()) >= 6 or len(cell.split()) >= 15


def _sections(lines: list[_Line], used: set[int]) -> dict[str, tuple[int, int]]:
    """Return heading → (first line, end line) of each known section's body."""
    starts = [(i, line.norm) for i, line in enumerate(lines)
              if i not in used and line.norm in SECTION_HEADINGS | FIELD_KEYS.keys()]
    out: dict[str, tuple[int, int]] = {}
    for k, (i, name) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        out.setdefault(name, (i + 1, end))
        used.add(i)
    return out


def _criteria_block(lines: list[_Line], used: set[int]) -> tuple[int, int] | None:
    """Return the (first, end) lines of the eligibility criteria."""
    start = next((i for i, line in enumerate(lines) if _IE_HEADING.match(line.norm)), None)
    if start is not None:
        stop = start + 1
        while stop < len(lines):
            norm = lines[stop].norm
            if not _IE_HEADING.match(norm) and (norm in SECTION_HEADINGS or
                                                _key_of(lines[stop].text)[0] and stop in used):
                break
            stop += 1
        while stop > start + 1 and lines[stop - 1].blank:
            stop -= 1
        return start, stop
    bullets = [i for i, line in enumerate(lines) if i not in used and _BULLET.match(line.text)
               and line.text.strip() not in "-*+"]
    if not bullets:
        return None
    start = stop = bullets[0]
    i = start
    while i < len(lines):
        line = lines[i]
        if i in used or line.norm in SECTION_HEADINGS:
            break
        if _BULLET.match(line.text):
            stop = i + 1
        elif line.blank:
            nxt = i + 1
            if nxt >= len(lines) or not _BULLET.match(lines[nxt].text) or nxt in used:
                break
        elif stop == i and (_continues(lines[i - 1].text, line.text)
                            or _IE_HEADING.match(line.norm)):
            stop = i + 1
        else:
            break
        i += 1
    return start, stop


def _continues(previous: str, line: str) -> bool:
    """Tell whether a non-bullet line carries on the list item above it."""
    return not previous.rstrip().endswith((".", ";", ":", "!", "?")) or line.lstrip()[:1].islower()


def _colon_fields(lines: list[_Line], used: set[int], crit: tuple[int, int] | None,
                  fields: list[_Field]) -> None:
    """Read ``Key: Value`` lines outside the criteria (``Primary Purpose: Treatment``)."""
    for i, line in enumerate(lines):
        if i in used or (crit and crit[0] <= i < crit[1]):
            continue
        label, sep, value = _BULLET.sub("", line.text.strip()).partition(":")
        key, qualifier = _key_of(label) if sep and len(label) <= 60 else (None, None)
        if key and value.strip():
            fields.append(_Field(key, label.strip(), [value.strip()], qualifier, {i}))
            used.add(i)


def _title_line(lines: list[_Line], used: set[int]) -> int | None:
    """Return the index of the title line, when the first line is a title."""
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    if first is None or first in used:
        return None
    s = _norm_case(lines[first].text)
    norm = lines[first].norm
    if (norm in SECTION_HEADINGS or _BULLET.match(lines[first].text) or "|" in s
            or _IE_HEADING.match(norm) or not 8 <= len(s) <= 300 or s.endswith(":")
            or _SENTENCE_END.search(s) or re.match(r"(this|we|the aim|the purpose)\b", norm)):
        return None
    return first


def _summary(lines: list[_Line], used: set[int], sections: dict, title: int | None,
             crit: tuple[int, int] | None) -> str | None:
    """Return the page's summary: a summary section, else the prose before any structure."""
    for heading in ("brief summary", "summary", "overview"):
        if heading in sections:
            start, end = sections[heading]
            stop = next((i for i in range(start, end) if i in used), end)
            text = _join(lines, (start, stop))
            if text:
                return text
    start = 0 if title is None else title + 1
    stop = start
    while stop < len(lines) and stop not in used and not _BULLET.match(lines[stop].text) \
            and not (crit and stop == crit[0]) and lines[stop].norm not in SECTION_HEADINGS:
        stop += 1
    return _join(lines, (start, stop)) if stop > start else None


def _phases_in_prose(texts: list[str]) -> list[str]:
    """Return the phases a sentence states about this study (not about other studies)."""
    found: set[str] = set()
    for n, text in enumerate(texts):
        for sentence in _SENTENCE_END.split(text):
            for m in _PROSE_PHASE.finditer(sentence):
                before = sentence[:m.start()]
                clause = re.split(r"[,;:]", before)[-1]
                if _NOT_THIS.search(clause) or _NOT_THIS.search(m.group(0)):
                    continue
                if n >= 2 and not (_SELF.search(before) or len(before.split()) <= 5):
                    continue  # a summary sentence must speak of this study
                codes = parse_phases(_leading_phase(m.group(0)) or "") or []
                found.update(c for c in codes if c != "NA")
    return [p for p in ("EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4") if p in found]


def _leading_phase(phrase: str) -> str | None:
    m = re.match(r"(?:early\s+)?phase\s*(?:0|[1-4]|iv|i{1,3})[ab]?"
                 r"(?:\s*(?:/|-|–|and|or|,)\s*(?:phase\s*)?(?:[1-4]|iv|i{1,3})[ab]?\b)*",
                 phrase, re.IGNORECASE)
    return m.group(0).rstrip(" ,") if m else None


def _apply_fields(trial: Trial, by_key: dict[str, _Field], fields: list[_Field],
                  check: FieldCheck) -> None:
    """Set the trial's fields from the page's fields, reporting unreadable values."""

    def value(key: str) -> tuple[_Field, str] | None:
        f = by_key.get(key)
        return (f, " ".join(f.values).strip()) if f and f.values else None

    def coded(key: str, code_field: str) -> str | None:
        got = value(key)
        if got is None:
            return None
        code = to_code(code_field, _QUALIFIER.sub(" ", got[1]))
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
            q = _QUALIFIER.search(got[1])
            trial.enrollment_type = got[0].qualifier or (to_code("date_type", q.group(1))
                                                         if q else None)
        else:
            check.bad(got[0].label, f"not a number: {got[1]!r}")
    for key, attr in (("start", "start_date"), ("primary_completion", "primary_completion_date"),
                      ("completion", "completion_date"), ("first_posted", "first_posted_date"),
                      ("last_update", "last_update_posted_date")):
        got = value(key)
        if got:
            iso = parse_display_date(_QUALIFIER.sub(" ", got[1]).strip())
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
    limits = [parse_age(f"{m.group(1)} {m.group(2)}") for m in parts]
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


def _arms(lines: list[_Line], span: tuple[int, int] | None, trial: Trial) -> None:
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


def _outcome_rows(lines: list[_Line], span: tuple[int, int], kind: str) -> list[Outcome]:
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
