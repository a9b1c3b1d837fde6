r"""Normalised views of criterion text that keep a map back to the source offsets.

Registry texts mix Unicode look-alikes (full-width ``＞``, ``≧``, ``μ``, superscript
digits) and Markdown escapes (``\>``, ``10\^9``, ``1\.``). The extractors match
against a normalised, lower-cased copy; :class:`Normalized` maps every span of that
copy back to the source, so the stored text is never altered.

>>> n = Normalized("ALT \\> 3 × ULN")
>>> n.low
'alt > 3 x uln'
>>> n.source_span(4, 5)
(4, 6)
"""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["Normalized", "TRANSLATION"]


def _translation() -> dict[int, str]:
    table: dict[int, str] = {}
    # full-width ASCII (！ .. ～) to ASCII
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    table[0x3000] = " "  # ideographic space
    pairs = {
        "≧": "≥", "⩾": "≥", "≦": "≤", "⩽": "≤", "≯": "≤", "≮": "≥",
        # arrowheads typed for comparators ("Expected survival time ˃ 3 months")
        "˃": ">", "˂": "<", "﹥": ">", "﹤": "<",
        "–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-", "‒": "-", "﹣": "-", "˗": "-",
        "µ": "u", "μ": "u", "×": "x", "✕": "x",
        # roman numeral ten typed for a times sign ("1.5 ⅹupper limit of normal", "1.0ⅹ109/L")
        "ⅹ": "x", "Ⅹ": "x",
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6",
        "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-",
        # subscripts: "FEV₁", "PaO₂"
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8",
        "₉": "9",
        "\u00a0": " ", "\t": " ", "\r": " ", "\n": " ", "\u2009": " ", "\u202f": " ",
        "\u200b": " ",
        "’": "'", "‘": "'", "“": '"', "”": '"', "、": ",", "。": ".", "；": ";", "：": ":",
        "（": "(", "）": ")", "，": ",",
    }
    for src, dst in pairs.items():
        table[ord(src)] = dst
    return table


#: One-to-one character replacements applied before matching (length-preserving).
TRANSLATION: dict[int, str] = _translation()

#: Characters that :data:`TRANSLATION` changes (scanned for, so plain text is not copied).
_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(TRANSLATION)) + "]")

#: A Markdown escape: a backslash before punctuation that Markdown would escape.
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!<>^|~=:%/])")


#: A bracket that repeats, as a symbol, the unit or comparator just written out in words
#: ("5.5 millimole (mmol)/liter (L)", "greater than or equal to (>=) 1.5"): dropped, so the
#: words read as one unit or comparator. The bracket is found first (a literal "(" keeps the
#: scan fast), then the words before it are checked.
_REPEATED = re.compile(r"\((?:(?P<unit>mmol|umol|µmol|μmol|l|kg|ml|dl|min|g|mg|mcg|ug|µg|μg|"
                       r"m|pg|ng|u|iu)|(?P<cmp>>=?|<=?|≥|≤|=>|=<|=))\)", re.I)
_UNIT_WORD_BEFORE = re.compile(r"(?:\bmillimoles?|\bmicromoles?|liters?|litres?|grams?|minutes?|"
                               r"meters?|metres?|\bunits?)$", re.I)
_COMPARATOR_WORD_BEFORE = re.compile(r"\b(?:than|to)$", re.I)


def _repeated(text: str) -> list[tuple[int, int]]:
    """Spans of the brackets of :data:`_REPEATED` that follow their words."""
    spans = []
    for m in _REPEATED.finditer(text):
        start = m.start()
        if start and text[start - 1] in " \t":
            start -= 1  # one space before the bracket goes with it
        before = text[max(0, start - 12):start]
        words = _UNIT_WORD_BEFORE if m.group("unit") else _COMPARATOR_WORD_BEFORE
        if words.search(before):
            spans.append((start, m.end()))
    return spans


#: A footnote mark right after a word or a closing bracket, before a space or a stop.
_FOOTNOTE_MARK = re.compile(r"(?<=[A-Za-z)\]])[*†‡]{1,3}(?=[\s,.;:)]|$)")
#: A comparator in words that the rules do not read: "more or equal to", "less or equal",
#: "equal or greater than", "superior or equal to" (written so in many translated protocols).
_WORD_COMPARATOR = re.compile(
    r"\b(?:(?:(?P<up>more|greater|higher|superior|above|over)|less|lower|inferior|below)\s+or\s+"
    r"equal(?:\s+(?:to|than))?|equal\s+or\s+(?:(?P<up2>more|greater|higher|superior|above|over)|"
    r"less|lower|inferior|below)(?:\s+(?:to|than))?)(?![a-z])(?!\s+or\b)", re.I)
#: A time window written in brackets after "within" ("within (6 months)"): its brackets are
#: dropped, so the window reads as if written plainly.
_BRACKETED_WINDOW = re.compile(r"\bwithin\s+(\()\s*\d+(?:\.\d+)?\s*(?:hours?|days?|weeks?|"
                               r"months?|years?)\s*(\))", re.I)


#: What :data:`_BRACKETED_WINDOW` opens with, in a form the regex engine scans for quickly (a
#: set of first letters and no flags: the "\b" and case-folding of the full pattern make it
#: try every position of the text).
_WITHIN_BRACKET = re.compile(r"[wW][iI][tT][hH][iI][nN]\s+\(")


def _bracketed_windows(text: str) -> list[tuple[int, int]]:
    """Spans of the brackets of :data:`_BRACKETED_WINDOW`."""
    if _WITHIN_BRACKET.search(text) is None:  # a cheap scan before the costly one
        return []
    return [span for m in _BRACKETED_WINDOW.finditer(text) for span in (m.span(1), m.span(2))]


#: The indentation of a hard-wrapped line ("… including\n             investigational drugs"):
#: dropped, so that the words read as written on one line, at the distances the rules expect.
_INDENT = re.compile(r"(?<=\n)[ \t]+")


def _translate(m: re.Match[str]) -> str:
    return TRANSLATION[ord(m.group())]


class Normalized:
    """A criterion text, normalised for matching, with offsets back to the source.

    :param text: the source text (a criterion's :attr:`~trialkg.criteria.model.Criterion.text`).

    ``norm`` has Markdown escapes removed and look-alike characters folded; ``low`` is
    ``norm`` in lower case, always of the same length as ``norm``.
    """

    __slots__ = ("source", "norm", "low", "_offsets")

    def __init__(self, text: str) -> None:
        self.source = text
        offsets: list[int] | None = None
        drops = [m.span() for m in _ESCAPE.finditer(text)] if "\\" in text else []
        if "\n " in text or "\n\t" in text:
            drops = sorted(drops + [m.span() for m in _INDENT.finditer(text)])
        if "(" in text:
            repeated = _repeated(text) + _bracketed_windows(text)
            if repeated:
                drops = sorted(drops + repeated)
        if "*" in text or "†" in text or "‡" in text:
            # a footnote mark on a word: "Histologically or cytologically confirmed* colorectal
            # cancer", "(FCBP)†"; not "10*9/L"
            drops = sorted(drops + [m.span() for m in _FOOTNOTE_MARK.finditer(text)])
        signs: dict[int, str] = {}
        if "qual" in text:
            for m in _WORD_COMPARATOR.finditer(text):
                # "more or equal to 18 years": the sign its words stand for, at their first
                # character, the rest dropped
                signs[m.start()] = "≥" if m.group("up") or m.group("up2") else "≤"
                drops.append((m.start() + 1, m.end()))
            drops.sort()
        if drops:
            kept: list[int] = []
            parts: list[str] = []
            pos = 0
            for a, b in drops:
                if a < pos:
                    continue  # overlaps the span dropped before it
                if a - 1 in signs and a - 1 >= pos:
                    parts.append(text[pos:a - 1] + signs[a - 1])
                else:
                    parts.append(text[pos:a])
                kept.extend(range(pos, a))
                pos = b
            parts.append(text[pos:])
            kept.extend(range(pos, len(text)))
            stripped = "".join(parts)
            if len(stripped) != len(text):
                offsets = kept
        else:
            stripped = text
        self._offsets = offsets
        self.norm = _SPECIAL.sub(_translate, stripped) if _SPECIAL.search(stripped) else stripped
        low = self.norm.lower()
        if len(low) != len(self.norm):  # e.g. 'İ' lowers to two code points
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.norm)
        self.low = low

    def norm_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the source text to a span of :attr:`low` / :attr:`norm`.

        :param start: start offset in the source text.
        :param end: end offset (exclusive) in the source text.
        :returns: the matching ``(start, end)`` in the normalised text.
        """
        offsets = self._offsets
        if offsets is None:
            return start, end
        return bisect_left(offsets, start), bisect_left(offsets, end)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`low` / :attr:`norm` to a span of the source text.

        :param start: start offset in the normalised text.
        :param end: end offset (exclusive) in the normalised text.
        :returns: the matching ``(start, end)`` in the source text.
        """
        offsets = self._offsets
        if offsets is None:
            return start, end
        if not offsets:
            return 0, 0
        n = len(offsets)
        s = offsets[start] if start < n else len(self.source)
        if 0 < s <= len(self.source) and self.source[s - 1] == "\\" and (
                start == 0 or offsets[start - 1] < s - 1):
            s -= 1  # keep the escape with the character it escapes
        e = offsets[end - 1] + 1 if 0 < end <= n else (s if end <= 0 else len(self.source))
        return s, max(s, e)
