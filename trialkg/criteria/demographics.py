"""Age bounds and sex: "Age 1-18 years", "Over 1 years old, under 18 years old", "male or female".

An age expression is a range (``18-75 years``, ``aged 6 months to 21 years``,
``between 18 and 65``) or a bound (``≥ 18 years``, ``18 years or older``, ``under
18 years old``), accepted only near an age cue (``age``, ``aged``, ``years old``,
``of age``, ``adults``) or when the criterion holds nothing else. Units default to
years; days, weeks and months are converted. Whether a bound is inclusive follows
the words: ``over``/``>``/``older than`` exclude the number, ``≥``/``at least``/ranges
include it.
"""

from __future__ import annotations

import re

from trialkg.criteria.model import AgeFact, SexFact
from trialkg.criteria.quantities import (
    RESPECTIVELY,
    WORD_NUMBERS,
    duration_years,
    parse_number,
)

__all__ = ["SEX_WORD", "extract_age", "extract_sex", "sex_of"]

_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#: An age in digits or words ("eighteen", "sixty-five"), perhaps with its digits after it in
#: a bracket ("eighteen (18)").
NUMBER = (r"(?:\d{1,3}(?:\.\d+)?|(?<![a-z])(?:" + _TENS + r"[- ](?:one|two|three|four|five|six|"
          r"seven|eight|nine)|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) +
          r"|ninety)(?![a-z-])(?:\s*\(\s*\d{1,3}\s*\))?)")
_UNIT = r"(?:years?|yrs?|y(?=[\s,.;)]|$)|months?|mos?(?=[\s,.;)]|$)|weeks?|wks?|days?)"
_OLD = r"(?:\s*(?:of\s+age|old|of\s+age\s+or\s+older))?"
_LOW_WORDS = (r"(?:greater|more|older)\s+than\s+(?:or|and)\s+equal(?:\s+to)?|"
              r"equal(?:\s+to)?\s+or\s+(?:(?:greater|more|older)(?:\s+than)?|above|over)|"
              r"≥|>=|=>|>\s*or\s*=|>\s*/\s*=|>|over|above|older\s+than|at\s+least|more\s+than|"
              r"greater\s+than|from|minimum(?:\s+age)?(?:\s+of|\s*:)?|not\s+younger\s+than|"
              r"no\s+younger\s+than|not\s+less\s+than|no\s+less\s+than|≮")
_HIGH_WORDS = (r"(?:less|younger)\s+than\s+(?:or|and)\s+equal(?:\s+to)?|"
               r"equal(?:\s+to)?\s+or\s+(?:(?:less|younger)(?:\s+than)?|below|under)|"
               r"≤|<=|=<|<\s*or\s*=|<\s*/\s*=|<|under|below|younger\s+than|less\s+than|up\s+to|"
               r"not\s+older\s+than|no\s+older\s+than|not\s+more\s+than|no\s+more\s+than|"
               r"not\s+greater\s+than|no\s+greater\s+than|not\s+over|not\s+above|"
               r"maximum(?:\s+age)?(?:\s+of|\s*:)?|not\s+exceeding|≯")
_AGE_EXPR = re.compile(
    r"(?P<range>(?:between\s+|from\s+)?(?:(?P<rlw>≥|>=|>|greater\s+than\s+or\s+equal\s+to|"
    r"at\s+least|above|over|older\s+than|more\s+than|greater\s+than)\s*)?(?P<r1>" + NUMBER +
    r")\s*(?P<u1>" + _UNIT + r")?" + _OLD + r"\s*(?:-|up\s+to|to|and|~|through|until)\s*"
    r"(?:(?P<rhw>≤|<=|<|less\s+than(?:\s+or\s+equal\s+to)?|under|below|younger\s+than)\s*)?"
    r"(?P<r2>" + NUMBER + r")\s*(?P<u2>" + _UNIT + r")?)"
    r"|(?P<low>(?P<lw>" + _LOW_WORDS + r")\s*(?:the\s+age\s+of\s+)?(?P<l1>" + NUMBER + r")\s*"
    r"(?P<lu>" + _UNIT + r")?)"
    r"|(?P<high>(?P<hw>" + _HIGH_WORDS + r")\s*(?:the\s+age\s+of\s+)?(?P<h1>" + NUMBER + r")\s*"
    r"(?P<hu>" + _UNIT + r")?)"
    r"|(?P<post>(?P<p1>" + NUMBER + r")\s*(?P<pu>" + _UNIT + r")?" + _OLD +
    r"\s*(?:\(inclusive\)\s*)?(?P<pw>(?:or|and)\s+(?:older|over|above|more|greater|elder|"
    r"younger|under|below|less)|\+|and\s+up))"
)
#: The other bound of an age, with the unit both share: "<20 or >75 years".
_SHARED_YEARS = re.compile(r"\s*or\s*(?:>|≥|>=|over|above|more\s+than|older\s+than)\s*\d{1,3}\s*"
                           r"(?:years?|yrs?)\b")
_CUE = re.compile(
    r"(?<![a-z])(?:age[ds]?|old|older|younger|years?\s+of\s+age|year-old|adults?|children|pediatric|"
    r"paediatric|adolescents?|infants?|birthday)(?![a-z])"
)
_YEARS = re.compile(r"\d\s*(?:years?|yrs?)\b")
#: What may stand between "age" and a number without a unit: "age ≥ 18", "aged equal or over 18".
_AGE_GAP = re.compile(r"(?:[\s:;.=()\[\],-]|equal|or|to|than|of|is|are|at|least|the|between|from|"
                      r"and|must|be)*")
_AGE_WORD = re.compile(r"\bage[ds]?\b(?:\s+(?:of|is|at|between|range|group|limit))?")
#: "Patients ≥18 years", "women of 40-70 years": a person word right before the numbers.
_PERSON_BEFORE = re.compile(
    r"\b(?:patients?|subjects?|participants?|volunteers?|men|women|males?|females?|individuals?|"
    r"persons?|people|boys|girls|adults?)\s*(?:,\s*)?(?:(?:of|is|are|must\s+be|who\s+(?:is|are)|"
    r"who\s+must\s+be)\s+)?[(]?\s*$")
_PERSON = re.compile(
    r"\b(?:patients?|subjects?|participants?|volunteers?|men|women|males?|females?|"
    r"individuals?|persons?|people|boys|girls)\b")
#: "life expectancy of at least 3 months", "if ≥ 8 years of age must have a pregnancy test":
#: a duration that is not the participant's age, or an age that only conditions another rule.
_NOT_AGE_BEFORE = re.compile(
    r"(?:expectancy|survival|prognosis|expected\s+to\s+(?:live|survive))\b(?:(?!age)[^.;,]){0,20}$|"
    # "amenorrhea of >= 12 months": how long, not how old
    r"\bamenorrh\w*\s+(?:of|for)\s+(?:at\s+least\s+|more\s+than\s+|(?:>|≥|>=)\s*)?$|"
    # "must have one or more children 6-17 years of age": the participant's children's age
    r"\b(?:have|has|having|with|parent\s+of|caregiver\s+of|mother\s+of|father\s+of)\s+"
    r"(?:one\s+or\s+more\s+|at\s+least\s+one\s+|an?\s+|\d\s+)?(?:child(?:ren)?|sons?|"
    r"daughters?|infants?|bab(?:y|ies)|toddlers?)\s+(?:aged?\s+|of\s+|between\s+)?$|"
    r"(?<!eligible\s)(?<!included\s)(?<!enrolled\s)\b(?:if|when)\s+"
    r"(?:(?:the\s+)?(?:patient|subject|participant|child)\s+|she\s+|he\s+)?"
    r"(?:is\s+|are\s+)?(?:an?\s+(?:child|minor|adolescent|infant)\s+)?(?:aged?\s+)?$")
#: A relative named before an age, in the same clause: the age is the relative's.
_RELATIVE_BEFORE = re.compile(r"\b(?:relatives?|family\s+members?|siblings?|family\s+history)\b"
                              r"[^.;(),]{0,60}$")
#: What joins two bounds of one age: "at least 6 months old but less than 3.5 years".
_AGE_CHAIN = re.compile(r"\s*(?:old|of\s+age)?\s*,?\s*(?:but|and|or|to)?\s*")
_INCLUSIVE = re.compile(r"\(?\s*(?:inclusive|including|both\s+inclusive|included)\b")
#: An end of the range said to be left out, in a note after it ("excluding 18 years old").
_EXCLUDING = re.compile(r"\bexcluding\s+(\d{1,3}(?:\.\d+)?)\s*(?:years?|yrs?)\b")
_NOT_AGE = re.compile(
    # "at least 2 years has passed since menopause": a time since something, not an age
    r"\s*(?:(?:has|have)\s+(?:passed|elapsed)\s+)?"
    r"(?:after|since|before|ago|prior|post|later|from\s+(?:diagnosis|onset|menopause)|"
    r"of\s+(?:treatment|therapy|"
    r"follow|disease|history|smoking|duration)|duration|history|apart|interval|following|"
    r"(?:ml|mg|g|mmol|umol|mcg|ug|ng|iu|u|kg|cm|mm|cells)\b|[%/x×*^]|"
    # "≥ 90th percentile for gender and height-for-age": a rank, no age
    r"(?:st|nd|rd|th)?\s*(?:percentile|centile)|"
    r"(?:of\s+(?:(?!age\b|old\b)[a-z-]+\s+){0,2})?(?:gestation|pregnancy|amenorrh|menopaus|"
    r"postmenopaus)|"
    # "< 21 years of age when originally diagnosed": an age at diagnosis, not now
    r"(?:of\s+age\s+|old\s+)?(?:when|at)\s+(?:the\s+time\s+of\s+)?(?:original(?:ly)?\s+|"
    r"initial(?:ly)?\s+|first\s+)?diagnos)"
)
#: An age that selects whom another rule is for ("Lansky > 50% for patients < 10 years of
#: age"), or that defines fertility ("women in fertile age (< 55 years)").
_SELECTOR_BEFORE = re.compile(r"\bfor\s+(?:patients?|subjects?|participants?|children|those|"
                              r"individuals?)\s+(?:aged\s+|who\s+are\s+)?$|"
                              # "Karnofsky (for > 16 yrs of age) or Lansky (for =< 16 years of
                              # age)": the bracket says which scale is whose
                              r"(?:\(|\b(?:kps|lps|karnofsky|lansky))\s*(?:for|if|when)\s*$|"
                              r"(?:fertile|childbearing|child-bearing|reproductive)\s+age\b[^.;]{0,6}$")
#: The age a disease began at: "age at migraine onset", "onset before the age of".
_ONSET_BEFORE = re.compile(r"\b(?:age\s+(?:at|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}onset|"
                           r"onset\s+(?:at|before|after|by|prior\s+to)\s+(?:the\s+)?age"
                           r"(?:\s+of)?|(?:with|and)\s+(?:an?\s+)?onset\b[^.;]{0,20}?)"
                           r"[\s:(]*(?:[<>≤≥]=?|less|more|under|over|before|after|of)?[^.;]{0,12}$")
#: The reason a rule is given for, before the ages it names ("Because no dosing data are
#: available in patients < 18 years of age, …").
_RATIONALE = re.compile(r"(?:^|[.;]\s+|,\s+)because\b[^.;]*$")
#: "years of age": the word that ends an age written before it, no cue for a number after the
#: bracket it closes ("(for =< 16 years of age) => 50" is a score).
_OF_AGE_BEFORE = re.compile(r"(?:years?|yrs?|months?|mos?|weeks?|days?)\s+of\s+$")
#: "gestational age < 32 weeks", "post-menstrual age": an age of pregnancy, not the participant's.
_GESTATION_BEFORE = re.compile(r"(?:gestation\w*|post-?menstrual|pregnancy)\s+age\s*"
                               r"(?:(?:at\s+birth|at\s+delivery|is|was|of|:)\s*)*$")

#: The same with more of a range written between: "Gestational age < 32 weeks 0 days and > 34
#: weeks 6 days"; or the words after it: "born between 32 weeks 0 days and 34 weeks 6 days
#: gestational age".
_GESTATIONAL_RANGE = re.compile(r"gestational\s+age\s*(?:[^a-z.;]|\b(?:weeks?|days?|and|or|to|"
                                r"between|of)\b)*$")
_GESTATIONAL_AFTER = re.compile(r"(?:[^a-z.;]|\b(?:weeks?|days?|and|or|to)\b){0,20}?"
                                r"\s*gestational\s+age")
#: What makes an age in weeks a child's, not a gestational age.
_OF_AGE = re.compile(r"\s*(?:of\s+age|old|postnatal|after\s+birth)")
#: A definition of menopause or of childbearing potential, before an age it holds: "Postmenopausal
#: status, defined as any one of the following criteria: … Age 60 years or more".
_STATUS_DEFINED = re.compile(r"(?:menopaus\w*|child-?\s?bearing|reproductive)\s+(?:potential\s+|"
                             r"status\s+|women\s+)?,?\s*(?:is\s+|are\s+)?(?:as\s+)?defined\s+"
                             r"(?:as|by)\b[^.;]{0,100}$")
#: A test or record right before an age: the age is the record's ("a pregnancy test not older
#: than 7 days", "ECG no older than 4 weeks").
_RECORD_BEFORE = re.compile(r"\b(?:tests?|results?|scans?|ecgs?|ekgs?|samples?|x-?rays?|mri|ct|"
                            r"biops(?:y|ies)|imaging|images?|assessments?|measurements?|"
                            r"documentation|reports?)\s+(?:(?:must|should|shall)\s+(?:be\s+)?|"
                            r"(?:is|are|be)\s+)?$")
#: The onset of a disease right after an age: "50 years of age at migraine onset".
_ONSET_AFTER = re.compile(r"\s*(?:(?:years?|yrs?)\s+)?(?:(?:of\s+age|old)\s+)?at\s+(?:the\s+)?"
                          r"(?:time\s+of\s+)?(?:[a-z'-]+\s+){0,3}?onset\b")
#: "or older" after an age: the age itself is allowed.
_OR_OLDER = re.compile(r"\s*(?:(?:of\s+age|old)\s+)?or\s+(?:older|over|above|more)\b")
#: "for" right before a duration: "type 2 diabetes for at least 6 months" says how long.
_FOR_END = re.compile(r"\bfor\s?$")


def _units(m: re.Match[str]) -> list[str]:
    """Return the unit words of an ``_AGE_EXPR`` match, in its order."""
    return [u for u in (m.group("u1"), m.group("u2"), m.group("lu"), m.group("hu"),
                        m.group("pu")) if u]


def _in_weeks(units: list[str]) -> bool:
    """Whether an age is written in weeks or days only, as a gestational age is."""
    return bool(units) and all(u[0] in "wd" for u in units)


_DIGIT = re.compile(r"\d")
_AGE_SCALE = re.compile(r"y|mo")
_BRACKETED_DIGITS = re.compile(r"\(\s*(\d{1,3})\s*\)")
_COMPOUND = re.compile(r"(" + _TENS + r")[- ]([a-z]+)")


def _age_number(text: str) -> float | None:
    """Read an age number: digits, a number word, "sixty-five", or "eighteen (18)"."""
    bracket = _BRACKETED_DIGITS.search(text)
    if bracket is not None:
        return float(bracket.group(1))
    compound = _COMPOUND.fullmatch(text.strip())
    if compound is not None:
        tens, unit = parse_number(compound.group(1)), parse_number(compound.group(2))
        return None if tens is None or unit is None else tens + unit
    return parse_number(text)


def _exclusive(words: str) -> bool:
    w = " ".join(words.lower().split())
    if "equal" in w:  # "greater than or equal to", "older than or equal to"
        return False
    return w in (">", "<", "over", "above", "under", "below", "older than", "younger than",
                 "more than", "greater than", "less than") or w.startswith(("older", "younger"))


def extract_age(low: str, topic: str = "") -> list[tuple[int, int, AgeFact]]:
    """Read the age bounds of one criterion.

    :param low: lower-cased, normalised criterion text.
    :param topic: lower-cased text of a header item above it (``age``), or ``""``.
    :returns: facts with their spans in ``low`` (``start``/``end`` of the fact left 0).

    >>> [(f.min_years, f.max_years) for _, _, f in extract_age("age 1-18 years")]
    [(1.0, 18.0)]
    """
    cues = [m.start() for m in _CUE.finditer(low)]
    if not cues and not _CUE.search(topic) and _YEARS.search(low) is None:
        return []
    age_words = [m.span() for m in _AGE_WORD.finditer(low)]
    topic_cue = bool(_CUE.search(topic))
    found: list[tuple[int, int, str, float | None, bool, float | None, bool]] = []
    others_end = 0  #: where the last age that is not the participant's ends
    for m in _AGE_EXPR.finditer(low):
        start, end = m.span()
        if _NOT_AGE.match(low, end):
            continue
        before = low[max(0, start - 40):start]
        units = _units(m)
        if ("age" in before and _GESTATION_BEFORE.search(before)) or (
                "gestation" in low and _in_weeks(units) and not _OF_AGE.match(
                    low, end) and (_GESTATIONAL_RANGE.search(low, max(0, start - 60), start)
                                   or _GESTATIONAL_AFTER.match(low, end))) or (
                ("for" in before or "age" in before) and _SELECTOR_BEFORE.search(before)):
            continue
        if ("if" in before or "when" in before or "expect" in before or "surviv" in before
                or "prognos" in before or "amenorrh" in before or "child" in before
                or " son" in before or "daughter" in before or "infant" in before
                or "bab" in before or "toddler" in before) and \
                _NOT_AGE_BEFORE.search(before):
            others_end = end
            continue
        if "for" in before and _FOR_END.search(before) and not _OF_AGE.match(low, end):
            continue  # "type 2 diabetes for at least 6 months": how long, not how old
        if _RECORD_BEFORE.search(before):
            continue  # "negative pregnancy test not older than 7 days": how old the test is
        if "defin" in low and _STATUS_DEFINED.search(low, max(0, start - 120), start):
            continue  # "no childbearing potential is defined as age 55 years or older and no
            # menses for two years": what makes a woman postmenopausal, not who may enter
        if "onset" in low and _ONSET_AFTER.match(low, end):
            continue  # "Older than 50 years of age at migraine onset": the age a disease began at
        if "onset" in before and _ONSET_BEFORE.search(before):
            continue  # "age at migraine onset < 50 years", "onset before the age of 50": the
            # age a disease began at
        if "because" in low and _RATIONALE.search(low, max(0, start - 200), start):
            continue  # "Because no dosing data are available in patients < 18 years of age,
            # children are excluded": the reason for the rule, not the rule
        lead = low[max(0, start - 70):start]
        if ("relative" in lead or "family" in lead or "sibling" in lead) and \
                _RELATIVE_BEFORE.search(lead):
            others_end = end  # "1st degree relative with unexplained sudden death under 40
            continue  # years of age": the relative's age
        if others_end and _AGE_CHAIN.fullmatch(low, others_end, start):
            others_end = end  # "a child at least 6 months old but less than 3.5 years"
            continue
        if not units and m.group("high") is not None and "or" in low[end:end + 5] and \
                _SHARED_YEARS.match(low, end) is not None:
            units = ["years"]  # "<20 or >75 years": the unit of both
        has_unit = bool(units)
        if not _DIGIT.search(m.group()) and not (has_unit and _AGE_SCALE.match(units[0])):
            # a number in words is an age only with years or months ("five years of age"); one
            # without a unit is mostly another's age ("febrile seizures under the age of two")
            continue
        if has_unit:
            near = any(start - 45 <= c <= end + 25 for c in cues)
        else:
            # a number without a unit is an age only right after the word: "age ≥ 18"
            near = any(a < end and _AGE_GAP.fullmatch(low, min(b, start), start)
                       and not (")" in low[b:start] and
                                _OF_AGE_BEFORE.search(low, max(0, a - 12), a))
                       for a, b in age_words) or bool(
                found and _CHAINED.fullmatch(low, found[-1][1], start))
        if not near and not topic_cue:
            before = low[max(0, start - 16):start]
            near = has_unit and _PERSON_BEFORE.search(before) is not None
            if not near and len(low.strip(" .;,")) - (end - start) > 12:
                continue
            if not near and not has_unit:
                continue
        if m.group("range"):
            a, b = _age_number(m.group("r1")), _age_number(m.group("r2"))
            unit2 = m.group("u2") or m.group("u1")
            unit1 = m.group("u1") or unit2
            if a is None or b is None:
                continue
            lo, hi = duration_years(a, unit1), duration_years(b, unit2)
            if not (0 <= lo < hi <= 120):
                continue
            found.append((start, end, "range", lo, not _exclusive(m.group("rlw") or ""), hi,
                          not _exclusive(m.group("rhw") or "")))
        elif m.group("low"):
            a = _age_number(m.group("l1"))
            if a is None:
                continue
            lo = duration_years(a, m.group("lu"))
            if not 0 <= lo <= 120:
                continue
            # "> 18 years or older", ">>18 years of age or older": "or older" takes the age in
            found.append((start, end, "low", lo, not _exclusive(m.group("lw")) or (
                _OR_OLDER.match(low, end) is not None), None, True))
        elif m.group("high"):
            a = _age_number(m.group("h1"))
            if a is None:
                continue
            hi = duration_years(a, m.group("hu"))
            if not 0 < hi <= 120:
                continue
            found.append((start, end, "high", None, True, hi, not _exclusive(m.group("hw"))))
        else:
            a = _age_number(m.group("p1"))
            if a is None:
                continue
            val = duration_years(a, m.group("pu"))
            if not 0 <= val <= 120:
                continue
            word = m.group("pw")
            if _YOUNGER.search(word):
                found.append((start, end, "high", None, True, val, True))
            else:
                found.append((start, end, "low", val, True, None, True))
    if not found:
        return []
    facts: list[tuple[int, int, AgeFact]] = []
    cur: list = []
    for item in found:
        lower = item[3] if item[3] is not None else (cur[3] if cur else None)
        upper = item[5] if item[5] is not None else (cur[5] if cur else None)
        if cur and (item[2] == "range" or (item[2] == "low" and cur[3] is not None)
                    or (item[2] == "high" and cur[5] is not None) or item[0] - cur[1] > 40
                    or (lower is not None and upper is not None and lower >= upper)):
            facts.append(_fact(low, cur))
            cur = []
        if not cur:
            cur = list(item)
        else:
            cur[1] = item[1]
            if item[3] is not None:
                cur[3], cur[4] = item[3], item[4]
            if item[5] is not None:
                cur[5], cur[6] = item[5], item[6]
    facts.append(_fact(low, cur))
    return facts


def _fact(low: str, cur: list) -> tuple[int, int, AgeFact]:
    start, end = cur[0], cur[1]
    max_inclusive = cur[6]
    tail = low[end:end + 30]
    m = _INCLUSIVE.match(tail.lstrip(" ,"))
    if m is not None:
        max_inclusive = True
    min_inclusive = cur[4]
    if "excluding" in low:  # "1 to 18 years old (including 1 year and excluding 18 years old)"
        for x in _EXCLUDING.finditer(low, end, min(len(low), end + 70)):
            value = float(x.group(1))
            if value == cur[5]:
                max_inclusive = False
            elif value == cur[3]:
                min_inclusive = False
    return start, end, AgeFact(start=0, end=0, min_years=cur[3], min_inclusive=min_inclusive,
                               max_years=cur[5], max_inclusive=max_inclusive)


_SEX_ALL = re.compile(
    r"\b(?:males?\s*(?:and|or|&|/|and/or)\s*females?|females?\s*(?:and|or|&|/|and/or)\s*males?|"
    r"men\s*(?:and|or|&|/)\s*women|women\s*(?:and|or|&|/)\s*men|both\s+(?:sexes|genders)|"
    r"(?:any|either|all)\s+(?:sex|gender)(?:es|s)?|boys\s+(?:and|or)\s+girls|girls\s+(?:and|or)\s+boys|"
    r"(?:sex|gender)(?:s)?\s*(?:is\s+|are\s+)?(?:not\s+(?:restricted|limited|required)|"
    r"unlimited|unrestricted|no\s+limit\w*|no\s+restriction\w*|both|any|all)|"
    r"(?:sex|gender)(?:s)?\s+eligible\s+for\s+study:\s*(?:both|all)|"
    r"regardless\s+of\s+(?:sex|gender)|(?:sex|gender)[- ]neutral|no\s+(?:sex|gender)\s+"
    r"(?:restriction|limit)\w*|unlimited\s+(?:sex|gender)|irrespective\s+of\s+(?:sex|gender))\b"
)
#: A word naming one sex (see :func:`sex_of`).
SEX_WORD = r"(?:females?|women|woman|males?|men|man|boys?|girls?)"
_SEX_ONE = re.compile(
    r"^(?:(?:sex|gender)\s*[:=]?\s*)?(?:healthy\s+|adult\s+|ambulatory\s+|postmenopausal\s+|"
    r"post-menopausal\s+|premenopausal\s+|pre-menopausal\s+|non-pregnant\s+|biological(?:ly)?\s+|"
    r"adult,?\s+)*(?P<sex>" + SEX_WORD + r")\b"
    r"(?!\s+(?:of|who|with|must|should|and|or|partners?|participants\s+of)\b)"
    r"(?!\s+(?:subjects?|patients?|participants?)\s+(?:of|who|with|must|should)\b)"
)
#: One sex stated as a requirement of everyone: "Patients must be female", "Must be a man".
_SEX_MUST = re.compile(
    r"^(?:(?:all\s+)?(?:patients?|subjects?|participants?|volunteers?)\s+)?(?:must|should|will|"
    r"need\s+to|have\s+to)\s+be\s+(?:an?\s+)?(?:(?:healthy|adult|ambulatory)\s+)*"
    r"(?P<sex>" + SEX_WORD + r")\b(?:\s+(?:only|patients?|subjects?|participants?|volunteers?))?"
    r"\s*[.;]?\s*$")
_REPRODUCTIVE = re.compile(r"contracep|childbearing|child-bearing|child bearing|birth control|"
                           r"fertil|pregnan|steril|partner|spouse|lactat|breast|sperm|condom")
_AGE_AFTER = re.compile(r"\s*(?:subjects?|patients?|participants?|volunteers?|adults?)?\s*,?\s*"
                        r"(?:aged?\b|≥|>|\d|between|over|at least|older)")
_CHAINED = re.compile(r"\s*(?:,|and|or|;)?\s*")
_YOUNGER = re.compile(r"younger|under|below|less")
#: What may follow a single-sex word that opens a criterion ("Female patients aged ...").
_SEX_FOLLOW = re.compile(
    r"\s*(?:\(|,|;|only|patients?|subjects?|participants?|volunteers?|aged?\b|"
    r"between|over|≥|>|\d|at least|older|from|with a|who are|sex\b|gender|"
    r"outpatients?|inpatients?|adults?|receiving|undergoing|scheduled)")
_IF = re.compile(r"\b(?:if|only\s+if|unless)\b")
_FEMALE = ("female", "women", "woman", "girl")


def sex_of(word: str) -> str:
    """Return ``FEMALE`` or ``MALE`` for a word naming one sex ("women", "males", "girl")."""
    return "FEMALE" if word.startswith(_FEMALE) else "MALE"


#: A value and its unit right before an opening bracket.
_VALUE_BEFORE = re.compile(r"(?:[<>≤≥=]|than)\s*\d[\d.,]*\s*(?!years?\b|yrs?\b|months?\b|weeks?\b|"
                           r"days?\b)[a-z%/]*\s*\(\s*$")


def extract_sex(low: str, topic: str = "") -> list[tuple[int, int, SexFact]]:
    """Read which sexes may take part.

    Both sexes: "male or female", "gender not restricted", "gender unlimited". One
    sex only from an explicit statement that opens the criterion ("Female patients
    aged ...", "Men ≥ 40 years", "Sex: female"), never from "women of childbearing
    potential".

    :param low: lower-cased, normalised criterion text.
    :param topic: lower-cased text of a header item above it (``sex``), or ``""``.
    :returns: facts with their spans in ``low``.
    """
    reproductive = _REPRODUCTIVE.search(low) is not None
    m = _SEX_ALL.search(low)
    if m is not None:
        if reproductive and not (m.start() < 12 and _AGE_AFTER.match(low, m.end())):
            return []
        if _VALUE_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            return []  # "QTcF > 470 ms (men and women)": the bound holds for both, no rule on sex
        if RESPECTIVELY.match(low, m.end()):
            return []  # "≥ 1.5 or ≥ 1.4 mg/dL in men and women, respectively": whose bound is which
        return [(m.start(), m.end(), SexFact(start=0, end=0, sex="ALL"))]
    if reproductive or _IF.search(low, 0, 60) or (
            low.rstrip().endswith(":") and len(low.split()) <= 3):
        return []  # "Female subjects:" heads a list of rules for them, it restricts no one
    head = low.lstrip(" -*:")
    offset = len(low) - len(head)
    m = _SEX_ONE.match(head)
    if m is None:
        m = _SEX_MUST.match(head)  # "Patients must be female."
        if m is None:
            return []
        s, e = m.span("sex")
        return [(s + offset, e + offset, SexFact(start=0, end=0, sex=sex_of(m.group("sex"))))]
    rest = head[m.end():]
    if not (topic.startswith(("sex", "gender")) or not rest.strip(" .;,:") or
            _SEX_FOLLOW.match(rest)):
        return []
    word = m.group("sex")
    sex = sex_of(word)
    s, e = m.span("sex")
    return [(s + offset, e + offset, SexFact(start=0, end=0, sex=sex))]
