"""Shared grammar of criteria text: numbers, comparators and durations.

All patterns run on the lower-cased, normalised text of a criterion
(:attr:`trialkg.criteria.normalize.Normalized.low`), where ``≧``/``＞`` are already
folded to ``≥``/``>`` and ``×`` to ``x``. Patterns are compiled once, at import.
"""

from __future__ import annotations

import re

__all__ = [
    "NUMBER",
    "COMPARATOR",
    "DURATION_UNIT",
    "EXCEPTED_CUE",
    "EXCEPTION_CUE",
    "SENTENCE_BREAK",
    "ITEM_BREAK",
    "RESPECTIVELY",
    "parse_number",
    "parse_comparator",
    "NEGATED",
    "duration_days",
    "duration_years",
]

#: Number words that criteria spell out ("three months", "twelve weeks").
WORD_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20, "twenty-one": 21,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
}

#: A number: ``1,500``, ``1.5``, ``0,75`` (decimal comma), ``.5`` or a number word.
NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:[.,]\d+)?|\.\d+|"
    r"(?:twenty-one|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|sixteen|eighteen|twenty|thirty|forty|fifty|sixty|seventy|eighty)"
    r"(?:\s*\(\d+\))?)"
)

#: A comparator written as a symbol or in words; ``parse_comparator`` reads it.
COMPARATOR = (
    r"(?:[<>]\s*(?:or\s+)?equal\s+(?:to|than)|"
    r"(?:>\s*/\s*=|<\s*/\s*=|>\s*or\s*=|<\s*or\s*=)(?:\s*to\b)?|"
    r"[<>]\s+=(?![<>])|"
    r">=|<=|=>|=<|≥|≤|>|<|"
    r"(?:must\s+be\s+|should\s+be\s+|is\s+|are\s+|of\s+|be\s+)?"
    # "greater than and equal to" is written for "greater than or equal to"
    r"(?:greater\s+than\s*(?:or|/|and)\s*equal\s+to|more\s+than\s*(?:or|/|and)\s*equal\s+to|"
    r"higher\s+than\s*(?:or|/|and)\s*equal\s+to|less\s+than\s*(?:or|/|and)\s*equal\s+to|"
    r"lower\s+than\s*(?:or|/|and)\s*equal\s+to|"
    r"at\s+or\s+(?:above|over|below|under)|"
    r"equal(?:\s+to)?\s+or\s+(?:greater|more|higher|above|over)(?:\s+than)?|"
    r"(?:greater|more|higher|superior|less|lower|inferior|above|below)\s+or\s+equal\s+(?:to|than)|"
    r"equal(?:\s+to)?\s+or\s+(?:less|lower|below|under)(?:\s+than)?|"
    r"no\s+(?:less|lower|fewer)\s+than|not\s+(?:less|lower|fewer)\s+than|"
    r"no\s+(?:more|greater|higher)\s+than|not\s+(?:more|greater|higher)\s+than|"
    r"not\s+(?:to\s+)?exceed(?:ing)?|does\s+not\s+exceed|not\s+exceeding|"
    r"at\s+least|at\s+most|a\s+minimum\s+of|minimum\s+of|a\s+maximum\s+of|maximum\s+of|"
    r"greater\s+than|more\s+than|higher\s+than|larger\s+than|longer\s+than|above|over|"
    r"exceed(?:ing|s)?|shorter\s+than|"
    r"less\s+than|lower\s+than|fewer\s+than|below|under|up\s+to|within|superior\s+to|"
    r"inferior\s+to|"
    r"minimum|maximum|max\.?|min\.?))"
)

_COMPARATOR_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"<\s*(?:or|/)?\s*(?:=|equal)|=<|≤"), "<="),
    (re.compile(r">\s*(?:or|/)?\s*(?:=|equal)|=>|≥"), ">="),
    (re.compile(r"(?:greater|more|higher|superior|above)\s+(?:than\s*)?(?:or|/|and)\s*equal|"
                r"equal\s+(?:to\s+)?or\s+(?:greater|more|higher|above|over)|"
                r"at\s+or\s+(?:above|over)"), ">="),
    (re.compile(r"(?:less|lower|inferior|below)\s+(?:than\s*)?(?:or|/|and)\s*equal|"
                r"at\s+or\s+(?:below|under)|equal\s+(?:to\s+)?"
                r"or\s+(?:less|lower|below|under)"), "<="),
    (re.compile(r"no[t]?\s+(?:less|lower|fewer)|at\s+least|minimum|min\b"), ">="),
    (re.compile(r"no[t]?\s+(?:more|greater|higher)|no[t]?\s+(?:to\s+)?exceed|does\s+not\s+exceed|"
                r"at\s+most|up\s+to|maximum|max\b|within"), "<="),
    (re.compile(r"greater|more|higher|larger|longer|above|over|exceed|superior|>"), ">"),
    (re.compile(r"less|lower|fewer|shorter|below|under|inferior|<"), "<"),
]

#: Words that open an exception naming what a rule does not cover ("except grade 2 alopecia",
#: "other than basal cell carcinoma"); use inside ``\b(?:...)\b``.
EXCEPTED_CUE = (
    r"except(?:\s+for)?|other\s+than|excluding|with\s+the\s+exception\s+of|apart\s+from|"
    # not "including but not limited to", nor "(but not necessarily)"
    r"but\s+not(?!\s+(?:be\s+|necessarily\s+)?(?:limited|specific|restricted|exclusive)|"
    r"\s+necessarily\s*\))|"
    r"not\s+including|(?:does|do)\s+not\s+include|besides|"
    r"excepting|aside\s+from|different\s+from"
)
#: The same, and "unless", which opens a condition under which the rule does not apply.
EXCEPTION_CUE = EXCEPTED_CUE + r"|unless"
#: The event a window counts back from, right after it: "within 3 months prior to
#: randomization", "within 4 weeks before the first dose of study drug".
WINDOW_ANCHOR = (r"(?:prior\s+to|before|preceding)\s+(?:the\s+)?(?:(?:first|initial|start\s+of"
                 r"(?:\s+the)?|study|planned)\s+)*(?:day\s+-?\d+|dos(?:e|ing)(?:\s+of\s+(?:the\s+)?"
                 r"study\s+(?:drug|treatment|medication))?|enrol\w*|random\w*|registration|"
                 r"screening|baseline|(?:study\s+)?treatment|visit\s*\d*|entry|inclusion|consent|"
                 r"study\s+drug)")

#: A duration unit; ``duration_days`` reads it.
DURATION_UNIT = (
    r"(?:years?|yrs?|y(?=\W|$)|months?|mos?\.?|mths?|weeks?|wks?|days?|d(?=\W|$)|hours?|hrs?|h(?=\W|$))"
)

#: Where a sentence or clause ends (not inside a decimal number).
SENTENCE_BREAK = re.compile(r"[;。]|\.(?!\d)(?=\s|$)")
#: A list's next item after a comma: ", or", ", and" (a list of exceptions that goes on, "Except
#: for X, Y, or Z"; the next item after a window, "… within 6 months prior to screening, or …").
ITEM_BREAK = re.compile(r",\s*(?:or|and|and/or)\s")
#: "respectively" right after a list of values: the values go to the things named, in order.
RESPECTIVELY = re.compile(r"\s*,?\s*\(?respectively\b")

_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def parse_number(text: str) -> float | None:
    """Read a number matched by :data:`NUMBER`.

    :param text: e.g. ``1,500``, ``0,75``, ``2.5``, ``three``, ``six (6)``.
    :returns: its value, or None when it cannot be read.

    >>> parse_number("1,500"), parse_number("0,75"), parse_number("three (3)")
    (1500.0, 0.75, 3.0)
    """
    t = text.strip()
    if not t:
        return None
    if t[0].isalpha():
        word = t.split("(")[0].strip()
        value = WORD_NUMBERS.get(word)
        return float(value) if value is not None else None
    if _GROUPED.match(t):
        return float(t.replace(",", ""))
    try:
        return float(t.replace(",", "."))
    except ValueError:
        return None


#: The comparator that holds exactly when another does not ("> 1.5 × ULN" against "≤ 1.5 × ULN").
NEGATED = {">": "<=", ">=": "<", "<": ">=", "<=": ">"}


def parse_comparator(text: str) -> str | None:
    """Map a comparator as written (symbol or words) to ``>``, ``>=``, ``<`` or ``<=``.

    :param text: e.g. ``≥``, ``> or =``, ``no more than``, ``at least``.
    :returns: the comparator, or None when the words are not one.

    >>> parse_comparator("no more than"), parse_comparator("> or ="), parse_comparator("over")
    ('<=', '>=', '>')
    """
    t = " ".join(text.split()).lower()
    for pattern, comp in _COMPARATOR_WORDS:
        if pattern.search(t):
            return comp
    return None


_UNIT_DAYS = {"y": 365.25, "m": 30.4375, "w": 7.0, "d": 1.0, "h": 1 / 24}


def duration_days(value: float, unit: str) -> float:
    """Convert a duration to days.

    :param value: the number.
    :param unit: a unit matched by :data:`DURATION_UNIT` (``weeks``, ``mo``, ``d``).
    :returns: the duration in days (a month is 30.4375 days).
    """
    u = unit.strip().lower()
    key = "m" if u.startswith(("mo", "mt", "mth")) else u[:1]
    return value * _UNIT_DAYS.get(key, 1.0)


def duration_years(value: float, unit: str | None) -> float:
    """Convert an age to years (days / 365.25, weeks / 52.1775, months / 12).

    :param value: the number.
    :param unit: its unit, or None for years.
    :returns: the age in years.
    """
    if not unit:
        return value
    return duration_days(value, unit) / 365.25
