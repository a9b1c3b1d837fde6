"""The layout of a free-text trial page: its lines, fields, sections and criteria block.

:mod:`trialkg.loaders.trial_text` reads pages of three layouts (bullet pages, copies of
the registry page, key/value tables). This module finds their structure, the same way
for all three: ``Key | Value |`` rows, a key line followed by ``Value |`` lines (with an
optional explanation line), a heading followed by its value after a blank line,
``Key: Value`` lines, section headings, the title line, the summary and the criteria
block (as offsets into the page, so that the block is an exact substring).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trialkg.loaders.ctgov_terms import to_code

__all__ = ["FIELD_KEYS", "QUALIFIER", "SECTION_HEADINGS", "SENTENCE_END", "Layout", "Line",
           "PageField", "read_layout"]

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
_BULLET = re.compile(r"^\s*(?:[•⁃‣◦▪●○■□►▸–—]|[-*+](?=\s))\s*")
QUALIFIER = re.compile(r"\s*\((estimated|actual|anticipated)\)\s*", re.IGNORECASE)
_IE_HEADING = re.compile(r"^(?:key\s+|main\s+)?(?:inclusion|exclusion)\s+criteria\b[^a-z]*$")
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")

@dataclass(slots=True)
class Line:
    """One line of the page, with its offsets."""

    start: int  #: offset of the first character
    end: int  #: offset after the last character, newline excluded
    text: str

    @property
    def norm(self) -> str:
        """Return the line as a heading or key: lower case, no bullet, markup or colon."""
        return _norm(self.text)

    @property
    def blank(self) -> bool:
        """Return True for a line of white space only."""
        return not self.text.strip()


@dataclass(slots=True)
class PageField:
    """A field of the page: its key, the label as written and its values."""

    key: str  #: our key (a value of FIELD_KEYS)
    label: str  #: the key as written, for messages
    values: list[str]
    qualifier: str | None = None  #: ESTIMATED / ACTUAL from "(Estimated)"
    lines: set[int] = field(default_factory=set)


def _norm(text: str) -> str:
    s = _BULLET.sub("", text.strip()) if _BULLET.match(text) else text.strip()
    s = re.sub(r"^#+\s*", "", s).strip("*_ \t").rstrip(":：").strip("*_ \t")
    return re.sub(r"\s+", " ", s).lower()


def _split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        out.append(Line(pos, m.start(), text[pos:m.start()]))
        pos = m.end()
    out.append(Line(pos, len(text), text[pos:]))
    return out


def _key_of(label: str) -> tuple[str | None, str | None]:
    """Return (our key, qualifier code) for a field label as written."""
    qualifier = None
    m = QUALIFIER.search(label)
    if m:
        qualifier = to_code("date_type", m.group(1))
        label = QUALIFIER.sub(" ", label)
    return FIELD_KEYS.get(_norm(label)), qualifier


def _norm_case(text: str) -> str:
    return re.sub(r"^#+\s*", "", text.strip()).strip("*_ ").strip()


def _join(lines: list[Line], span: tuple[int, int]) -> str | None:
    body = "\n".join(line.text.strip() for line in lines[span[0]:span[1]]).strip()
    return re.sub(r"\n{3,}", "\n\n", body) or None


def _table_fields(lines: list[Line]) -> tuple[list[PageField], set[int]]:
    """Read ``Key | Value |`` rows, key lines with ``Value |`` lines, and headed values."""
    fields: list[PageField] = []
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
                fields.append(PageField(key, cells[0], [c for c in cells[1:] if c], qualifier, {i}))
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
            if cells and _explains(cells[0]):
                cells = cells[1:]
        else:
            while (j < n and not lines[j].blank and lines[j].norm not in SECTION_HEADINGS
                   and _key_of(lines[j].text)[0] is None and len(taken) < 30):
                taken.append(j)
                j += 1
            cells = [_BULLET.sub("", lines[k].text).strip() for k in taken]
        if taken:
            fields.append(PageField(key, s.rstrip(":"), [c for c in cells if c], qualifier,
                                 {i, *taken}))
            used.update((i, *taken))
    return fields, used


def _explains(cell: str) -> bool:
    """Tell an explanation line of a key/value table from a value."""
    return cell.endswith((".", ")")) and len(cell.split()) >= 6 or len(cell.split()) >= 15


def _sections(lines: list[Line], used: set[int]) -> dict[str, tuple[int, int]]:
    """Return heading → (first line, end line) of each known section's body."""
    starts = [(i, line.norm) for i, line in enumerate(lines)
              if i not in used and line.norm in SECTION_HEADINGS | FIELD_KEYS.keys()]
    out: dict[str, tuple[int, int]] = {}
    for k, (i, name) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        out.setdefault(name, (i + 1, end))
        used.add(i)
    return out


def _criteria_block(lines: list[Line], used: set[int]) -> tuple[int, int] | None:
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


def _colon_fields(lines: list[Line], used: set[int], crit: tuple[int, int] | None,
                  fields: list[PageField]) -> None:
    """Read ``Key: Value`` lines outside the criteria (``Primary Purpose: Treatment``)."""
    for i, line in enumerate(lines):
        if i in used or (crit and crit[0] <= i < crit[1]):
            continue
        label, sep, value = _BULLET.sub("", line.text.strip()).partition(":")
        key, qualifier = _key_of(label) if sep and len(label) <= 60 else (None, None)
        if key and value.strip():
            fields.append(PageField(key, label.strip(), [value.strip()], qualifier, {i}))
            used.add(i)


def _title_line(lines: list[Line], used: set[int]) -> int | None:
    """Return the index of the title line, when the first line is a title."""
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    if first is None or first in used:
        return None
    s = _norm_case(lines[first].text)
    norm = lines[first].norm
    if (norm in SECTION_HEADINGS or _BULLET.match(lines[first].text) or "|" in s
            or _IE_HEADING.match(norm) or not 3 <= len(s) <= 300 or s.endswith(":")
            or SENTENCE_END.search(s) or re.match(r"(this|we|the aim|the purpose)\b", norm)):
        return None
    if s.endswith((".", ";")):  # a one-sentence summary, unless more prose follows it
        nxt = next((i for i in range(first + 1, len(lines)) if not lines[i].blank), None)
        if len(s) > 150 or nxt is None or nxt in used or _BULLET.match(lines[nxt].text):
            return None
    return first


@dataclass(slots=True)
class Layout:
    """The structure found in one page."""

    lines: list[Line]
    fields: list[PageField]  #: in page order, those inside the criteria block left out
    sections: dict[str, tuple[int, int]]  #: heading → (first, end) line of its body
    title: str | None
    summary: str | None
    criteria_text: str | None  #: an exact substring of the page

    def field(self, key: str) -> PageField | None:
        """Return the first field with this key that has a value."""
        return next((f for f in self.fields if f.key == key and f.values), None)

    def section_text(self, heading: str) -> str | None:
        """Return the text of a section, or None when the page has no such section."""
        span = self.sections.get(heading)
        return _join(self.lines, span) if span else None


def read_layout(text: str) -> Layout:
    r"""Find the title, summary, fields, sections and criteria block of a page.

    >>> page = "Drug X for Y\nStudy Type | Interventional |\n- Age over 18\n- No HIV"
    >>> layout = read_layout(page)
    >>> layout.title, layout.field("study_type").values, layout.criteria_text
    ('Drug X for Y', ['Interventional'], '- Age over 18\n- No HIV')

    :param text: the page text.
    :returns: the layout.
    """
    lines = _split_lines(text)
    fields, used = _table_fields(lines)
    sections = _sections(lines, used)
    crit = _criteria_block(lines, used)
    _colon_fields(lines, used, crit, fields)
    if crit:
        inside = set(range(*crit))
        fields = [f for f in fields if not f.lines & inside]
    title = _title_line(lines, used)
    criteria_text = None
    if crit:
        first, last = lines[crit[0]], lines[crit[1] - 1]
        offset = first.start + len(first.text) - len(first.text.lstrip())
        criteria_text = text[offset:last.end].rstrip() or None
    return Layout(lines=lines, fields=fields, sections=sections,
                  title=_norm_case(lines[title].text) if title is not None else None,
                  summary=_summary(lines, used, sections, title, crit),
                  criteria_text=criteria_text)


def _summary(lines: list[Line], used: set[int], sections: dict, title: int | None,
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


