r"""Split an eligibility text into a tree of criteria with exact source offsets.

The splitter reads the text line by line. Inclusion/Exclusion headings (in their many
spellings) set the kind of the items that follow. Bullets (``-``, ``*``, ``•``, ``⁃``…),
numbers (``1.``, ``1)``, ``(1)``, ``1\.``), letters and roman numerals start items;
items nest by indentation, by a change of marker type, and under an item that ends
with a colon. Numbered items written inline in a paragraph (``(1) … ; (2) … ; 5. …``)
become items of their own when their numbers continue an open list. Every
criterion's text is ``text[start:end]`` of the input, markers and surrounding
whitespace excluded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trialkg.criteria.model import Criterion

__all__ = ["split_criteria"]

#: A list marker at the start of a line (after indentation), as written.
_MARKER = re.compile(
    r"""(?:
      (?P<bullet>[-*+])(?=[ \t]|$)
    | (?P<ubullet>[•⁃‣○·▪●◦■□►▸➢➤✓✔➔→⦁∙])
    | \((?P<pnum>\d{1,3})\)
    | (?P<hnum>\d{1,2}(?:\\?\.\d{1,2})+)\\?\.?(?=[ \t]+[A-Z])
    | (?P<num>\d{1,3})(?P<numsep>\\?[.)、]|[ ]\\?\.(?=[ \t]))(?![\d.])
    | (?P<circ>[①-⑳])
    | \((?P<palpha>[a-zA-Z])\)
    | (?P<roman>ii|iii|iv|vi|vii|viii|ix)(?P<romansep>[.)])(?=[ \t])
    | \((?P<proman>i{1,3}|iv|vi{0,3}|ix|x)\)
    | (?P<alpha>[a-zA-Z])(?P<alphasep>[.)])(?=[ \t])
    )[ \t]*""",
    re.X,
)

#: An Inclusion/Exclusion heading, after markers and Markdown emphasis are skipped.
_HEADING = re.compile(
    r"""(?:(?:key|main|major|primary|general|other|additional|specific|secondary|
              medical|study|subject|patient|participant)s?[ \t]+){0,3}
      (?P<word>non[- ]?inclusion|inclusion|exclusion|ineligibility|eligibility)s?
      (?P<crit>[ \t]+criteri(?:a|on))?
      (?P<rest>[^:.,;/\n]{0,45}?)
      [ \t*_]*(?P<colon>[:：])""",
    re.X | re.I,
)
#: The same heading without a colon: nothing may follow it on the line.
_HEADING_BARE = re.compile(
    r"""(?:(?:key|main|major|primary|general|other|additional|specific|secondary|
              medical|study|subject|patient|participant)s?[ \t]+){0,3}
      (?P<word>non[- ]?inclusion|inclusion|exclusion|ineligibility|eligibility)s?
      (?P<crit>[ \t]+criteri(?:a|on))?
      (?P<rest>[^:.,;/\n]{0,45}?)[ \t*_]*$""",
    re.X | re.I,
)
_HEADING_REST_BAD = re.compile(
    r"\b(?:may|apply|applies|are|is|will|must|see|listed|meet|met|and|or|in|"
    r"the study|not|to be|exist|following)\b", re.I)

#: A sentence that introduces an exclusion (or inclusion) list.
_LEADIN_EXCLUSION = re.compile(
    r"\b(?:will be excluded|are excluded|is excluded|be excluded|not be (?:eligible|enrolled|"
    r"included)|ineligible|exclusion)\b[^:]*:\s*$", re.I)
_LEADIN_INCLUSION = re.compile(
    r"\b(?:eligible|be (?:included|enrolled)|inclusion)\b[^:]*:\s*$", re.I)

#: Candidates for numbered items written inline in a paragraph.
_INLINE = re.compile(
    r"(?:(?<=[;:.,])|(?<=\s))[ \t]*(?:\((?P<pnum>\d{1,2})\)|(?P<circ>[①-⑳])"
    r"|(?<=[;:.][ \t])(?P<num>\d{1,2})(?P<sep>\\?[.、)])(?=[ \t]*[A-Za-z\u4e00-\u9fff])"
    r"|(?P<bullet>[•▪⁃‣●]))[ \t]*"
)

#: Section labels of the old NCI PDQ layout, split out of run-on paragraphs.
_NCI_LABEL = re.compile(
    r"(?<=\s)(?=(?:DISEASE CHARACTERISTICS|PATIENT CHARACTERISTICS|PRIOR CONCURRENT THERAPY|"
    r"Age|Sex|Menopausal status|Performance status|Life expectancy|Hematopoietic|Hepatic|"
    r"Renal|Cardiovascular|Pulmonary|Neurologic|Gastrointestinal|Other|Biologic therapy|"
    r"Chemotherapy|Endocrine therapy|Radiotherapy|Surgery):[ \t])"
)

_SENTENCE_END = frozenset(".;:!?。；")
#: One line: its indentation, and its content without surrounding whitespace.
_LINE = re.compile(r"(?m)^([ \t\r\f\v\u00a0\u3000]*)([^\n]*)")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8,
          "ix": 9, "x": 10}


@dataclass(slots=True)
class _Level:
    indent: int
    mtype: str
    items: list[Criterion]
    last: int | None = None


@dataclass(slots=True)
class _Open:
    crit: Criterion
    indent: int
    marked: bool
    last_char: str = ""


@dataclass(slots=True)
class _State:
    text: str
    kind: str = "inclusion"
    roots: list[Criterion] = field(default_factory=list)
    stack: list[_Level] = field(default_factory=list)
    current: _Open | None = None
    blank: bool = False
    nci: bool = False
    #: where the bracket of a heading that wraps onto the next lines closes (skipped to)
    skip_to: int = 0


_NON_DIGIT = re.compile(r"\D")


def _marker_type(m: re.Match[str]) -> tuple[str, int | None]:
    g = m.lastgroup
    if g in ("bullet", "ubullet"):
        return m.group(g), None
    if g == "pnum":
        return "(n)", int(m.group("pnum"))
    if g == "hnum":
        depth = m.group("hnum").replace("\\", "").count(".")
        return f"n{depth}", int(_NON_DIGIT.split(m.group("hnum"))[-1])
    if g in ("num", "numsep"):
        sep = m.group("numsep").replace("\\", "").strip()
        return "n" + sep, int(m.group("num"))
    if g == "circ":
        return "circ", ord(m.group("circ")) - ord("①") + 1
    if g == "palpha":
        return "(a)", ord(m.group("palpha").lower()) - 96
    if g in ("roman", "romansep"):
        return "r" + m.group("romansep"), _ROMAN[m.group("roman")]
    if g == "proman":
        return "(r)", _ROMAN[m.group("proman")]
    sep = m.group("alphasep")
    letter = m.group("alpha")
    return ("A" if letter.isupper() else "a") + sep, ord(letter.lower()) - 96


def _read_markers(text: str, pos: int, end: int) -> tuple[int, str | None, str | None, int | None]:
    """Read up to two list markers at ``pos``; return (content pos, marker, type, ordinal)."""
    m = _MARKER.match(text, pos, end)
    if m is None:
        return pos, None, None, None
    mtype, ordinal = _marker_type(m)
    start, after = pos, m.end()
    if ordinal is None:  # a bullet may be followed by a number: "- 1. Age", "• 3\\. ..."
        m2 = _MARKER.match(text, after, end)
        if m2 is not None and m2.lastgroup not in ("bullet", "ubullet"):
            t2, ordinal = _marker_type(m2)
            mtype = f"{mtype}|{t2}"
            after = m2.end()
    marker = text[start:after].rstrip()
    return after, marker, mtype, ordinal


#: A heading whose explanatory bracket is still open at the end of its line.
_HEADING_OPEN = re.compile(
    r"""(?P<word>non[- ]?inclusion|inclusion|exclusion)s?[ \t]+criteri(?:a|on)[ \t]*\([^()\n]*$""",
    re.I)
#: The close of that bracket on one of the next lines, and the colon after it.
_HEADING_CLOSE = re.compile(r"[^()]{0,200}?\)[ \t]*[:：]?")


#: The label of a part of the trial before a heading ("Part 2:", "Cohort A -", "Stage II:").
_PART_LABEL = re.compile(r"(?:part|cohort|stage|group|arm|section)[ \t]+"
                         r"(?:\d{1,2}[a-z]?|[ivx]{1,4}|[a-z])[ \t]*[:.\-–][ \t]*", re.I)


def _heading(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """Recognise an Inclusion/Exclusion heading; return (kind, end of heading) or None."""
    p = pos
    while p < end and text[p] in "*_#> \t":
        p += 1
    if text[p:p + 1] in "PpCcSsGgAa" and (part := _PART_LABEL.match(text, p, end)) is not None:
        p = part.end()  # "Part II: Key Inclusion Criteria for SLE Participants:"
    m = _HEADING.match(text, p, end) or _HEADING_BARE.match(text, p, end)
    if m is None:
        # "Exclusion Criteria (Patients meeting any of the following criteria are ineligible for
        # \n participation in the trial):": the bracket wraps; the heading ends where it closes,
        # past the line's end
        m = _HEADING_OPEN.match(text, p, end)
        close = _HEADING_CLOSE.match(text, end) if m is not None else None
        if m is None or close is None:
            return None
        return _heading_kind(m.group("word")), close.end()
    word = m.group("word").lower()
    rest = m.group("rest")
    if rest.strip() and (_HEADING_REST_BAD.search(rest) or len(rest.strip()) > 40):
        return None
    after = m.end()
    if m.re is _HEADING_BARE:
        if m.group("crit") is None and not text[p].isupper():
            return None
        if rest.strip() and m.group("crit") is None:
            return None
    while after < end and text[after] in "*_ \t":
        after += 1
    return _heading_kind(word), after


def _heading_kind(word: str) -> str:
    """Return the kind of criteria a heading word opens ("Exclusion", "Inclusion")."""
    return "exclusion" if word.lower().startswith(("exclu", "non", "inel")) else "inclusion"


#: Words without which a line cannot be a heading or a lead-in sentence (lower case).
_HEADING_HINTS = ("clu", "criteri", "eligib")
#: Where a line may hold an inline item (one leading character class keeps the scan fast).
_INLINE_HINT = re.compile(r"[(①-⑳•▪⁃‣●;:.](?:(?<=\()(?=\d)|(?<=[;:.])(?=[ \t]+\d)|"
                          r"(?<=[①-⑳•▪⁃‣●]))")


def _find_all(text: str, words: tuple[str, ...]) -> list[int]:
    out: list[int] = []
    for w in words:
        p = text.find(w)
        while p >= 0:
            out.append(p)
            p = text.find(w, p + 1)
    out.sort()
    return out


class _Splitter:
    def __init__(self, text: str) -> None:
        self.s = _State(text)
        self.s.nci = "CHARACTERISTICS:" in text
        low = text.lower()
        self.heading_at = _find_all(low, _HEADING_HINTS) if len(low) == len(text) else \
            list(range(len(text)))
        self.inline_at = [m.start() for m in _INLINE_HINT.finditer(text)]
        self.line_heading = False  #: whether the current line may hold a heading
        self.line_inline = False  #: whether the current line may hold an inline item

    # -- tree building -------------------------------------------------------------
    def _new_level(self, indent: int, mtype: str) -> _Level:
        s = self.s
        if s.stack and s.stack[-1].items:
            parent = s.stack[-1].items[-1]
            level = _Level(indent, mtype, parent.children)
        else:
            level = _Level(indent, mtype, s.roots)
        s.stack.append(level)
        return level

    def _place(self, crit: Criterion, indent: int, mtype: str, ordinal: int | None,
               *, inline: bool = False, under_current: bool = False) -> None:
        s = self.s
        stack = s.stack
        level: _Level | None = None
        if inline:
            if not under_current:
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i].mtype == mtype:
                        del stack[i + 1:]
                        level = stack[i]
                        break
            if level is None:
                self._nest_under_current(indent, mtype)
                level = stack[-1]
        else:
            cur = s.current
            top = stack[-1] if stack else None
            colon = (cur is not None and cur.last_char == ":" and top is not None
                     and not (top.mtype == mtype and abs(top.indent - indent) <= 1))
            if colon and mtype != "text":
                self._nest_under_current(indent, mtype)
                level = stack[-1]
            else:
                while stack and stack[-1].indent > indent + 1:
                    stack.pop()
                if mtype == "text":
                    if stack and stack[-1].indent >= indent - 1:
                        level = stack[-1]
                else:
                    for i in range(len(stack) - 1, -1, -1):
                        lv = stack[i]
                        if lv.mtype == mtype and abs(lv.indent - indent) <= 1:
                            del stack[i + 1:]
                            level = lv
                            break
                        if lv.indent < indent - 1:
                            break
                if level is None:
                    level = self._new_level(indent, mtype)
        level.items.append(crit)
        if ordinal is not None:
            level.last = ordinal

    def _nest_under_current(self, indent: int, mtype: str) -> None:
        """Open a level of children under the current item."""
        s = self.s
        cur = s.current
        assert cur is not None, "called with an open item only"
        for i in range(len(s.stack) - 1, -1, -1):
            if s.stack[i].items and s.stack[i].items[-1] is cur.crit:
                del s.stack[i + 1:]
                break
        s.stack.append(_Level(indent, mtype, cur.crit.children))

    def _sibling_of_current(self, crit: Criterion) -> None:
        """Append ``crit`` to the list that holds the current item."""
        s = self.s
        cur = s.current
        assert cur is not None, "called with an open item only"
        for i in range(len(s.stack) - 1, -1, -1):
            if s.stack[i].items and s.stack[i].items[-1] is cur.crit:
                del s.stack[i + 1:]
                s.stack[i].items.append(crit)
                return
        s.roots.append(crit)

    # -- items ---------------------------------------------------------------------
    def _start_item(self, start: int, indent: int, marker: str | None, mtype: str,
                    ordinal: int | None, *, inline: bool = False,
                    under_current: bool = False) -> None:
        s = self.s
        crit = Criterion(kind=s.kind, text="", start=start, end=start, marker=marker)
        self._place(crit, indent, mtype, ordinal, inline=inline, under_current=under_current)
        s.current = _Open(crit, indent, marker is not None)

    def _extend(self, start: int, end: int) -> None:
        """Add source text [start, end) to the current item, splitting inline items off."""
        s = self.s
        text = s.text
        if not self.line_inline and not s.nci:  # the common case: [start, end) is stripped
            cur = s.current
            if cur is not None and start < end:
                crit = cur.crit
                if not crit.text:
                    crit.start = start
                crit.end = end
                crit.text = text[crit.start:end]
                cur.last_char = text[end - 1]
            return
        pos = start
        inline = _INLINE.finditer(text, start, end) if self.line_inline else ()
        for m in inline:
            g = m.lastgroup
            mstart = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            if g == "bullet":
                mtype, ordinal = m.group("bullet"), None
                ok = any(lv.mtype == mtype for lv in s.stack)
                under = False
            else:
                if g == "pnum":
                    mtype, ordinal = "(n)", int(m.group("pnum"))
                elif g == "circ":
                    mtype, ordinal = "circ", ord(m.group("circ")) - ord("①") + 1
                else:
                    mtype, ordinal = "n" + m.group("sep").replace("\\", ""), int(m.group("num"))
                ok, under = self._inline_ok(mtype, ordinal, text, start, mstart)
            if not ok:
                continue
            self._grow(pos, mstart)
            if s.current is not None:
                s.current.last_char = ":" if text[pos:mstart].rstrip().endswith(":") else "."
            self._start_item(m.end(), s.current.indent if s.current else 0,
                             text[mstart:m.end()].rstrip(), mtype, ordinal, inline=True,
                             under_current=under)
            pos = m.end()
        if s.nci:
            for m in _NCI_LABEL.finditer(text, max(0, pos - 1), end):
                if s.current is None or m.start() < pos or (
                        not text[pos:m.start()].strip() and not s.current.crit.text):
                    continue
                self._grow(pos, m.start())
                crit = Criterion(kind=s.kind, text="", start=m.start(), end=m.start())
                self._sibling_of_current(crit)
                s.current = _Open(crit, s.current.indent, False)
                pos = m.start()
        self._grow(pos, end)

    def _inline_ok(self, mtype: str, ordinal: int, text: str, item_start: int,
                   mstart: int) -> tuple[bool, bool]:
        s = self.s
        for lv in reversed(s.stack):
            if lv.mtype == mtype or lv.mtype.endswith("|" + mtype):
                if lv.last is not None and ordinal == lv.last + 1:
                    return True, False
                break
        if ordinal == 1 and s.current is not None:
            before = text[s.current.crit.start:mstart].rstrip()
            if before.endswith(":") or not before:
                return True, True
        return False, False

    def _grow(self, start: int, end: int) -> None:
        s = self.s
        cur = s.current
        if cur is None:
            return
        text = s.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            return
        crit = cur.crit
        if not crit.text:
            crit.start = start
        crit.end = end
        crit.text = text[crit.start:end]
        cur.last_char = text[end - 1]

    # -- lines ---------------------------------------------------------------------
    def feed_line(self, cs: int, ce: int, indent: int) -> None:
        """Read one line whose content (stripped) is ``text[cs:ce]``."""
        s = self.s
        text = s.text
        if cs >= ce:
            s.blank = True
            return
        if cs < s.skip_to:
            if ce <= s.skip_to:
                return  # the rest of a heading's bracket, wrapped onto this line
            cs = s.skip_to
            while cs < ce and text[cs] in ":：*_ \t":
                cs += 1
            if cs >= ce:
                return
        blank, s.blank = s.blank, False
        pos, marker, mtype, ordinal = _read_markers(text, cs, ce)
        head = _heading(text, pos, ce) if self.line_heading else None
        if head is not None:
            s.kind, after = head
            s.stack.clear()
            s.current = None
            if after > ce:  # its bracket wraps onto the next lines: skipped to its close
                s.skip_to = after
            elif after < ce:
                self.feed_line(after, ce, indent)
            return
        if marker is None and text[ce - 1] == ":" and ce - cs < 160 and self.line_heading:
            line = text[cs:ce]
            if _LEADIN_EXCLUSION.search(line):
                s.kind = "exclusion"
                s.stack.clear()
                s.current = None
                return
            if not s.roots and _LEADIN_INCLUSION.search(line):
                s.current = None
                return
        cur = s.current
        if marker is not None and mtype is not None:
            self._start_item(pos, indent, marker, mtype, ordinal)
            self._extend(pos, ce)
            return
        if cur is not None and cur.crit.text and self._continues(cur, indent, blank, cs, ce):
            self._extend(cs, ce)
            return
        if cur is not None and not cur.crit.text:
            self._extend(cs, ce)
            return
        self._start_item(cs, indent, None, "text", None)
        self._extend(cs, ce)

    def _continues(self, cur: _Open, indent: int, blank: bool, cs: int, ce: int) -> bool:
        if blank:
            return cur.marked and indent > cur.indent + 1
        if indent > cur.indent:
            return True
        if indent < cur.indent - 1:
            return False
        first = self.s.text[cs]
        if cur.last_char not in _SENTENCE_END or not (first.isupper() or first in "\"'"):
            return True
        if cur.marked:
            return not (cur.last_char in ".;:" and self.s.text[ce - 1] == ":" and ce - cs < 60)
        return False

    def run(self) -> list[Criterion]:
        feed = self.feed_line
        heads, inlines = self.heading_at, self.inline_at
        nh, ni = len(heads), len(inlines)
        h = i = 0
        for m in _LINE.finditer(self.s.text):
            content = m.group(2)
            if not content:
                self.s.blank = True
                continue
            lead = m.group(1)
            indent = len(lead) + 3 * lead.count("\t") if lead else 0
            cs = m.start(2)
            ce = cs + len(content.rstrip())
            while h < nh and heads[h] < cs:
                h += 1
            while i < ni and inlines[i] < cs:
                i += 1
            self.line_heading = h < nh and heads[h] < ce
            self.line_inline = i < ni and inlines[i] < ce
            feed(cs, ce, indent)
        return _prune(self.s.roots)


def _prune(items: list[Criterion]) -> list[Criterion]:
    """Drop items that never received text (a marker alone), keeping their children."""
    out: list[Criterion] = []
    for item in items:
        item.children = _prune(item.children)
        if item.text:
            out.append(item)
        else:
            out.extend(item.children)
    return out


def split_criteria(text: str) -> list[Criterion]:
    r"""Split an eligibility text into its criteria tree (facts not yet read).

    :param text: the whole eligibility text.
    :returns: the top-level criteria; nested items are in ``children``.

    >>> [c.text for c in split_criteria("Inclusion Criteria:\n- Age >= 18\n- ECOG 0-1")]
    ['Age >= 18', 'ECOG 0-1']
    """
    return _Splitter(text).run()
