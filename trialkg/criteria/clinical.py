"""Clinical status facts: performance status, life expectancy and other flags.

Read here: performance status, life expectancy, recovery from toxicity, measurable
disease, negative pregnancy test, contraception and informed consent.

Performance bounds are inclusive steps of the scale (ECOG 0-5; Karnofsky and Lansky
multiples of 10 up to 100): "Karnofsky > 70" is 80-100 and "ECOG < 2" is 0-1. One
score statement shared by two scales ("Karnofsky/Lansky ≥ 60") gives a fact for each.
"""

from __future__ import annotations

import math
import re

from trialkg.criteria.model import (
    ConsentFact,
    ContraceptionFact,
    Fact,
    LifeExpectancyFact,
    MeasurableDiseaseFact,
    PerformanceStatusFact,
    PregnancyTestFact,
    ToxicityRecoveryFact,
)
from trialkg.criteria.quantities import (
    COMPARATOR,
    EXCEPTION_CUE,
    NEGATED,
    NUMBER,
    parse_comparator,
    parse_number,
)

__all__ = ["extract_performance", "extract_life_expectancy", "extract_toxicity",
           "extract_flags", "TOXICITY_WORDS"]

_SCALE = re.compile(
    r"(?P<ecog>ecog|eastern\s+cooperative\s+oncology\s+group|eastern\s+tumou?r\s+cooperative\s+"
    r"(?:organi[sz]ation|group)|zubrod|who\s+performance|who\s+ps|"
    # "WHO 0-1"; not the pronoun before a list item ("a female who 1) has not undergone …")
    r"who(?=\s*(?:score\s*)?[:(]?\s*\d)(?!\s+\d\s*\))|"
    r"world\s+health\s+organi[sz]ation(?:\s*\(\s*who\s*\))?(?=\s+performance)|"
    # the Gynecologic Oncology Group's status is the same 0-4 scale
    r"gog(?=\s*(?:performance|ps\b|status|score|[:(]?\s*[0-4]\b))|gynecologic\s+oncology\s+group"
    r"(?=\s*(?:\(\s*gog\s*\)\s*)?performance))"
    r"|(?P<karnofsky>karnofsky|karnofski|kps)"
    r"|(?P<lansky>lansky|lps)"
)
_PS_WORDS = re.compile(
    r"^(?:\s|\(|\)|,|:|=|-|\bperformance\b|\bstatus\b|\bscale\b|\bscores?\b|\bps\b|\bof\b|\bis\b|"
    r"\bare\b|\bmust\b|\bshould\b|\bbe\b|\bgroup\b|\bstandard\b|\bcriteria\b|\bgrade\b|\blevel\b|"
    r"\bhas\b|\bhave\b|\ba\b|\bthe\b|\bwith\b|\bpatients?\b|\bsubjects?\b|\bindex\b|"
    r"\bfor\b|\bage\b|\bstrength\b|\bphysical\b|\bcondition\b|\bwho\b|\bpts\b|"
    r"\beither\b|\bbetween\b|\bon\b|\bby\b|\bper\b|\busing\b|\baccording\s+to\b|"
    r"\([^()]{0,160}\))*$"
)
#: "Performance status (PS) 0-2", "PS < 2": no scale named; scores up to 5 are the ECOG (WHO,
#: Zubrod) scale, scores of tens the Karnofsky scale.
_BARE_PS = re.compile(r"\bperformance\s+status\b(?:\s*\(\s*ps\s*\))?|\bps\b(?=\s*(?:score\s*)?"
                      r"(?:of\s+|is\s+|:\s*)?(?:[<>≤≥=]|\d))")
#: Not a score: a number of an age or a time ("KPS for > 16 yrs of age").
_NOT_TIME = r"(?!\d|\s*(?:\.\d|years?|yrs?\b|months?|weeks?|days?))"
_SCORE = re.compile(
    r"(?P<range>(?P<r1>\d{1,3})\s*%?\s*(?:-|to|~)\s*(?P<r2>\d{1,3})" + _NOT_TIME + r"\s*%?)"
    r"|(?P<list>(?P<l1>\d{1,3})(?:\s*%?\s*(?:,|/|or|and|,\s*or)\s*(?P<ln>\d{1,3}))+)"
    r"|(?P<cmp>(?P<c>" + COMPARATOR + r")\s*(?P<c1>\d{1,3})" + _NOT_TIME + r"\s*%?)"
    r"|(?P<post>(?P<p1>\d{1,3})\s*%?\s*(?P<pw>or\s+(?:less|lower|below|better|more|higher|greater|"
    r"above|worse)|and\s+(?:above|below|higher|lower)|\+))"
    r"|(?P<one>(?P<o1>\d{1,3})" + _NOT_TIME + r"\s*%?)"
)


#: Between the bounds of two scales that are alternatives: "or", a slash, "and/or".
_OR_NAMED = re.compile(r"\b(?:or|and/or)\b|/")
_EITHER_SCALE = re.compile(r"[\s,;()]*(?:or|/|and/or)[\s(]*(?:[a-z]+[\s(]+){0,7}?")
_JOINED = re.compile(r"[\s/,()]*(?:(?:performance|status|scale|score)\b[\s/,()]*)*"
                     # whose scale it is: "Karnofsky (KPS) (for > 16 yrs of age) or Lansky"
                     r"(?:\(\s*(?:for|if|when|in)\b[^()]{1,50}\)[\s/,]*)?"
                     r"(?:or|and|and/or)?[\s/,()]*|\s*\(\s*|\s*/\s*|"
                     # "Karnofsky (KPS for > 16 yrs of age) or Lansky"
                     r"\s+(?:for|if|when|in)\b[^()]{1,50}\)[\s/,]*(?:or|and|and/or)[\s/,()]*")
#: The word a score written before its scale's name is named by: "performance status ≤ 1 on
#: the ECOG", "Physical strength score 0-3 (ECOG …)".
_SCORE_WORD = re.compile(r"(?:performance\s+)?(?:scores?|status)|ps\b|grade")
_INT = re.compile(r"\d{1,3}")
_DOWNWARD = re.compile(r"less|lower|below|better|fewer")
_BETTER = re.compile(r"better|worse")
_STRICTLY_BELOW = re.compile(r"(?<!=)<(?!=)|less\s+than(?!\s+or)")
_NEGATED_BEFORE = re.compile(r"\b(?:no|without|lack\s+of|absence\s+of)\b[^.;]{0,30}$")
_BREAK = re.compile(r"[;]|\.\s")


def _bounds(scale: str, comp: str | None, values: list[int]) -> tuple[int, int] | None:
    step, top = (1, 5) if scale == "ECOG" else (10, 100)
    if any(v > top or v < 0 for v in values):
        return None
    if step == 10 and max(values) <= 5:
        return None  # ECOG's values: "ECOG/Karnofsky performance status of 0 or 1"
    if comp is None and step == 10 and len(values) == 1:
        comp = ">="  # "Karnofsky performance score 70": the least score, as a bound
    if comp is None:
        lo, hi = min(values), max(values)
        if step == 10:
            lo, hi = math.ceil(lo / 10) * 10, math.floor(hi / 10) * 10
        return (lo, hi) if lo <= hi else None
    v = values[0]
    if comp == ">=":
        lo, hi = math.ceil(v / step) * step, top
    elif comp == ">":
        lo, hi = (math.floor(v / step) + 1) * step, top
    elif comp == "<=":
        lo, hi = 0, math.floor(v / step) * step
    else:
        lo, hi = 0, (math.ceil(v / step) - 1) * step
    return (lo, hi) if 0 <= lo <= hi <= top else None


def extract_performance(low: str, topic: str = "") -> list[tuple[int, int, PerformanceStatusFact]]:
    """Read performance-status bounds (ECOG, Karnofsky, Lansky).

    :param low: lower-cased, normalised criterion text.
    :param topic: lower-cased text of a header item above it, or ``""``.
    :returns: facts with their spans in ``low``.

    >>> [(f.scale, f.min, f.max) for _, _, f in extract_performance("karnofsky > 70")]
    [('Karnofsky', 80, 100)]
    """
    mentions = list(_SCALE.finditer(low))
    bare = False
    if not mentions:
        mentions = list(_BARE_PS.finditer(low))[:1]
        if not mentions or "toxicit" in low or "grade" in low:
            return []
        bare = True
    out: list[tuple[int, int, PerformanceStatusFact]] = []
    groups: list[list[re.Match[str]]] = []
    for m in mentions:
        if groups and _JOINED.fullmatch(low, groups[-1][-1].end(), m.start()):
            groups[-1].append(m)
        else:
            groups.append([m])
    for i, group in enumerate(groups):
        last = group[-1]
        limit = groups[i + 1][0].start() if i + 1 < len(groups) else len(low)
        score, s_start, s_end = None, 0, 0
        for sm in _SCORE.finditer(low, last.end(), min(limit, last.end() + 200)):
            gap = low[last.end():sm.start()]
            opened = gap.rfind("(")
            if opened > gap.rfind(")") and gap[opened + 1:].strip():
                continue  # a number inside a bracket ("ranges from 0 to 5"), not "(≥ 70)"
            if _PS_WORDS.match(gap):
                score, s_start, s_end = sm, sm.start(), sm.end()
            break
        if score is None:  # "score 0-3 (ECOG standard)": the score before the scale name
            window_start = max(out[-1][1] if out else 0, group[0].start() - 40)
            for sm in _SCORE.finditer(low, window_start, group[0].start()):
                if _PS_WORDS.match(low[sm.end():group[0].start()]) and \
                        (word := _SCORE_WORD.search(low, window_start, sm.start())):
                    # the evidence opens with the words: "performance status ≤ 1 on the ECOG"
                    score, s_start, s_end = sm, word.start(), sm.end()
        if score is None:
            continue
        comp: str | None = None
        if score.group("range"):
            values = [int(score.group("r1")), int(score.group("r2"))]
        elif score.group("list"):
            values = [int(x) for x in _INT.findall(score.group("list"))]
        elif score.group("cmp"):
            comp = parse_comparator(score.group("c"))
            values = [int(score.group("c1"))]
            if comp is None:
                continue
        elif score.group("post"):
            values = [int(score.group("p1"))]
            w = score.group("pw")
            comp = "<=" if _DOWNWARD.search(w) else ">="
        else:
            values = [int(score.group("o1"))]
        seen: set[str] = set()
        for m in group:
            if bare:  # the scale the values belong to
                if max(values) > 5 and not m.group().startswith("performance"):
                    continue  # "PS ≥ 10%" is more likely psoriasis than a Karnofsky score
                scale = "ECOG" if max(values) <= 5 else "Karnofsky"
            else:
                scale = ("ECOG" if m.group("ecog") else "Karnofsky" if m.group("karnofsky")
                         else "Lansky")
            if scale in seen:
                continue
            seen.add(scale)
            cmp_ = comp
            if scale == "ECOG" and comp is not None and _BETTER.search(score.group(0)):
                cmp_ = "<=" if "better" in score.group(0) else ">="
            b = _bounds(scale, cmp_, values)
            if b is None:
                continue
            start, end = min(m.start(), s_start), max(m.end(), s_end)
            out.append((start, end, PerformanceStatusFact(start=0, end=0, scale=scale,
                                                          min=b[0], max=b[1])))
    if len(out) > 1 and len({f.scale for _, _, f in out}) > 1 and (all(
            _EITHER_SCALE.fullmatch(low, out[k][1], out[k + 1][0]) or (
                # one score for both: "Karnofsky or Lansky performance status >= 80"
                out[k + 1][0] < out[k][1] and _OR_NAMED.search(low, out[k][0], out[k + 1][0]))
            for k in range(len(out) - 1)) or {f.scale for _, _, f in out} == _BY_AGE):
        # "KPS ≥ 70 / ECOG 0 or 1", "ECOG 0-1 or Karnofsky ≥ 70": either; Karnofsky and
        # Lansky together are the scales of two ages ("Karnofsky ≥ 50% for patients > 16
        # years of age; Lansky ≥ 50 for patients ≤ 16 years"), of which a patient has one
        for _, _, f in out:
            f.any_of = 1
    return out


#: Performance scales of two ages: Lansky for children up to 16, Karnofsky from 16.
_BY_AGE = frozenset({"Karnofsky", "Lansky"})


_LIFE = re.compile(
    r"life\s+expectancy|expected\s+(?:survival|life(?:\s+span)?|lifespan)|"
    r"estimated\s+(?:survival|life\s+expectancy)|anticipated\s+(?:survival|life)|"
    r"predicted\s+(?:survival|life)|expectation\s+of\s+life|survival\s+expectancy|"
    r"expected\s+to\s+(?:survive|live)|prognosis\s+of\s+(?:at\s+least|more\s+than)|"
    r"survival\s+(?:time\s+)?(?:is\s+)?(?:expected|estimated|anticipated)"
)
_DURATION = re.compile(
    r"(?:(?P<c>" + COMPARATOR + r")\s*)?(?:of\s+)?(?P<n>" + NUMBER + r")\s*(?P<u>months?|mos?\b|"
    r"weeks?|wks?\b|days?|years?)(?P<post>\s+or\s+(?:more|longer|greater|less|fewer))?"
)
#: A time written right before the cue, its unit joined by a hyphen or not.
_DURATION_BEFORE = re.compile(
    r"(?:(?P<c>" + COMPARATOR + r")\s*)?(?:an?\s+)?(?P<n>" + NUMBER + r")\s*-?\s*"
    r"(?P<u>months?|mos?\b|weeks?|wks?\b|days?|years?)(?P<post>)\s+(?:of\s+)?$"
)


#: "not" right before "expected to survive": the life expectancy is below the time named.
_NOT_BEFORE = re.compile(r"\bnot\s+$")


def extract_life_expectancy(low: str, topic: str = "") -> list[tuple[int, int, LifeExpectancyFact]]:
    """Read a minimum life expectancy, in months (weeks / 4.345).

    :param low: lower-cased, normalised criterion text.
    :param topic: lower-cased text of a header item above it (``life expectancy``), or ``""``.
    :returns: facts with their spans in ``low``.
    """
    m = _LIFE.search(low)
    if m is None:
        if not _LIFE.search(topic):
            return []
        start_at, cue_start = 0, 0
    else:
        start_at, cue_start = m.end(), m.start()
    d = _DURATION.search(low, start_at, start_at + 70 if m else len(low))
    if d is None and m is not None:  # the time before the cue: "at least a 12-week life
        # expectancy", "< 3 months life expectancy"
        d = _DURATION_BEFORE.search(low, max(0, cue_start - 40), cue_start)
        if d is not None:
            cue_start = d.start()
    if d is None:
        return []
    value = parse_number(d.group("n"))
    if value is None or value <= 0:
        return []
    unit = d.group("u")
    months = value / 4.345 if unit.startswith("w") else value * 12 if unit.startswith("y") \
        else value / 30.4375 if unit.startswith("d") else value
    comp = parse_comparator(d.group("c")) if d.group("c") else None
    if comp is None:
        post = d.group("post") or ""
        comp = "<=" if _DOWNWARD.search(post) else ">="
    if m is not None and m.group().startswith("expected to") and _NOT_BEFORE.search(
            low, max(0, m.start() - 5), m.start()):
        comp = NEGATED[comp]  # "not expected to survive 6 months": < 6 months
        cue_start = low.rindex("not", 0, m.start())
    return [(cue_start if m else d.start(), max(d.end(), m.end() if m else 0),
             LifeExpectancyFact(start=0, end=0, min_months=round(months, 2), comparator=comp))]


#: Words naming the harm a therapy did (also read by the prior-therapy reader: a therapy named
#: as what toxicities came from is no therapy had or never had).
TOXICITY_WORDS = r"toxic|adverse\s+(?:event|effect|reaction)|side\s+effect|\baes?\b"
_TOX_CUE = re.compile(TOXICITY_WORDS)
_RECOVER = re.compile(r"recover|resol|restor|return|reduc|stabili|improv|regress|decreas|"
                      r"persist|≤|<=|<|ongoing|unresolved|not\s+(?:yet\s+)?recovered")
#: A grade the toxicity must not reach: "toxicity greater than or equal to grade 3", "grade 3 or
#: higher".
_AT_OR_ABOVE = re.compile(r"(?:≥|>=|=>|greater\s+than\s+or\s+equal\s+to|at\s+least)\s*"
                          r"(?:ctcae\s+|nci\s+)?$")
_OR_ABOVE = re.compile(r"\s*(?:or|and)\s+(?:higher|greater|above|more|worse)\b|\s*\+")
_EXCEPT_BEFORE = re.compile(r"\b(?:" + EXCEPTION_CUE + r")\s*\(?\s*$")
_GRADE = re.compile(
    r"(?:(?:≤|<=|=<|<|less\s+than\s+or\s+equal\s+to|less\s+than|at\s+most)\s*)?"
    r"(?:ctcae\s+|nci\s+)?(?:grade|level|gr\.?)\s*(?:(?:≤|<=|<|of|less\s+than\s+or\s+equal\s+to|"
    r"less\s+than)\s*)?(?P<g>[0-4])"
    # a range recovered to: "grade 0-1", "grade 0 or 1" (its highest is the cap); not "grade 2-4
    # toxicities", the ones that must have resolved
    r"(?:(?<=0)\s*(?:-|–|to|or|/)\s*(?:grade\s*)?(?P<g4>[1-4])"
    # … "grade 2-4 toxicities should have resolved": below the range's lowest
    r"|(?<=[1-4])\s*(?:-|–|to|or|/)\s*(?:grade\s*)?(?P<g5>[2-4]))?\b"
    r"(?P<post>\s*(?:or\s+(?:less|lower|below|better)|and\s+below|or\s+baseline))?"
    r"|(?:≤|<=|<)\s*(?:ctcae\s+)?(?:grade|level)\s*(?P<g2>[0-4])\b"
    r"|(?:grade|level)\s*(?P<g3>[0-4])\s*(?:or\s+(?:less|lower|below))"
)
_CTCAE = re.compile(
    r"(?:nci[- ])?(?:ctcae|ctc\b|common\s+terminology\s+criteria(?:\s+for\s+adverse\s+events)?)"
    r"(?:[\s(),]*(?:\(?ctcae\)?)?[\s(),]*(?:(?:v(?:ersion)?\.?\s*|version\s*)(?P<v>\d(?:\.\d{1,2})?)|"
    r"(?P<v2>\d\.\d{1,2})))?(?:\s*version)?"
)


def extract_toxicity(low: str) -> list[tuple[int, int, ToxicityRecoveryFact]]:
    """Read "toxicities of prior therapy recovered to ≤ grade 1 (CTCAE 5.0)".

    :param low: lower-cased, normalised criterion text.
    :returns: facts with their spans in ``low``.
    """
    cue = _TOX_CUE.search(low)
    if cue is None or _RECOVER.search(low) is None:
        return []
    # a grade inside an exception ("except grade 2 alopecia") is not the recovery grade
    g = next((m for m in _GRADE.finditer(low)
              if _EXCEPT_BEFORE.search(low, max(0, m.start() - 30), m.start()) is None), None)
    if g is None:
        return []
    grade = int(g.group("g4") or g.group("g") or g.group("g2") or g.group("g3"))
    if g.group("g5"):
        grade -= 1
    if _STRICTLY_BELOW.search(g.group(0)) or _AT_OR_ABOVE.search(
            low, max(0, g.start() - 40), g.start()) or _OR_ABOVE.match(low, g.end()):
        grade -= 1  # "< grade 2"; an ongoing "toxicity ≥ grade 3" leaves grade 2 at most
    if grade < 0:
        return []
    system = None
    c = _CTCAE.search(low)
    end = g.end()
    if c is not None:
        version = c.group("v") or c.group("v2")
        system = "CTCAE" + (f" {version}" if version else "")
        if c.end() > end and c.start() - end < 30:
            end = c.end()
    start = min(cue.start(), g.start())
    return [(start, end, ToxicityRecoveryFact(start=0, end=0, max_grade=grade,
                                              grading_system=system))]


_MEASURABLE = re.compile(
    r"(?<!non-)(?<!non )(?<!not )\bmeasure?able\s+(?:disease|lesions?|tumou?rs?|target\s+lesions?|"
    r"sites?\s+of\s+disease|metasta\w+|nodes?|lymphadenopathy|(?:and|or)\s+evaluable)"
)
_MEASURABLE_NOT = re.compile(
    r"\b(?:non-?measurable|not\s+(?:necessarily\s+)?measurable|evaluable\s+or\s+measure?able|"
    r"measure?able\s+(?:(?:disease|lesions?|tumou?rs?)\s+)?(?:or|and/or)\s+"
    r"(?:non-?measurable|evaluable|detectable)|"
    r"(?:evaluable|assessable|detectable)\s+(?:disease\s+)?(?:and|or)/?(?:or)?\s+measurable|"
    r"(?:evaluable|assessable|detectable)\s+(?:disease\s+|lesions?\s+)?(?:or|and/or)\s+"
    r"(?:[a-z-]+\s+(?:or\s+)?){1,3}?measurable)")
#: A mention that defines or measures, not requires: "Measurable disease is defined as …", "(one
#: who does not have) measurable disease" after "defined as", "the sum of products of all
#: measurable lesions" (how progression is measured).
_MEASURABLE_DEFINED = re.compile(r"\s+(?:is|are|will\s+be)\s+defined\b|"
                                 # "… measurable disease following resection is not mandated"
                                 r"[^.;]{0,80}?\b(?:is|are)\s+not\s+(?:required|necessary|"
                                 r"mandatory|mandated|needed)|\s+(?:need|needs)\s+not\b")
#: Measurable disease as a state some patients are in, not one required: "Patients who have
#: measurable disease must have had X-rays …", "… is not assessable as measurable disease", "if
#: measurable disease is confined to a solitary lesion" (not "Patients with measurable disease").
_MEASURABLE_STATE_BEFORE = re.compile(r"(?:\b(?:patients?|subjects?|participants?|those)\s+"
                                      r"who\s+have|\bnot\s+(?:be\s+)?(?:assessable|considered|"
                                      # "Pleural or peritoneal ascites are not considered
                                      # measurable disease": what does not count as it
                                      r"counted|regarded)(?:\s+as)?|\bif)\s+$")
_MEASURED_BEFORE = re.compile(r"(?:\bdefined\s+as\s+(?:one|a\s+patient|patients?|subjects?)\s+who"
                              r"[^.;]*|\b(?:sum|products?|diameters?)\s+of\s+(?:all\s+|the\s+)*)$")
_RESPONSE = re.compile(
    r"(?P<name>i?recist|mrecist|irrecist|rano(?:-bm)?|lugano|cheson|imwg|pcwg[23]?|inrc|gcig|"
    r"iwg|mda|choi)\b(?:\)?\s*(?:criteria\s*)?(?:\(?\s*v(?:ersion)?\.?\s*|version\s*)?(?P<v>\d\.\d))?"
)
_PREGNANCY = re.compile(r"pregnancy\s+test|(?:β|beta|b)[- ]?h?cg|hcg\b|pregnancy\s+(?:screen|"
                        r"testing)|(?<=negative\sfor\s)pregnancy|"
                        # "Negative serum pregnancy within 72 hours": the test's word left out
                        r"(?<=negative\s)(?:(?:serum|urine|blood)\s+)?pregnancy(?!\s+(?:test|screen))")
_NEGATIVE = re.compile(r"negative")
_POSITIVE_TEST = re.compile(r"positive\s+(?:(?:or|and/or)\s+(?:inconclusive|indeterminate|"
                            r"equivocal|borderline)\s+)?(?:(?:serum|urine|blood)\s+(?:(?:or|and/or)\s+"
                            r"(?:serum|urine|blood)\s+)?)?(?:pregnancy\s+test|(?:β|beta)[- ]?h?cg)")
_CONTRA = re.compile(
    r"contracepti\w*|birth\s+control|barrier\s+method|intrauterine\s+device|\biud\b|"
    r"abstinen\w*|(?:effective|adequate|acceptable|reliable)\s+(?:methods?|means|forms?)\s+of\s+"
    r"(?:pregnancy\s+prevention|avoiding\s+pregnancy)|prevent\s+pregnancy|avoid\s+(?:becoming\s+)?"
    r"pregnan\w*|\b(?:use|using)\s+(?:an?\s+)?(?:latex\s+|male\s+)?condoms?\b")
#: What else one abstains from ("abstinence from cigarettes", "abstinent of alcohol").
_SUBSTANCE = re.compile(r"tobacco|smok|nicotine|cigar|alcohol|drink|cannabis|opioid")
#: Words that make an abstinence sexual.
_SEXUAL = re.compile(r"sex|intercourse|pregnan|contracep|birth|childbearing|child-bearing")
_UNWILLING = re.compile(r"\b(?:not|unwilling|unable|refus\w*|without|fail\w*|no|lack|neither|"
                        r"inadequate|ineffective|unreliable)\b")
#: Words before a contraceptive that ban it: "No concurrent oral contraception".
_BANNED_BEFORE = re.compile(r"^\s*(?:no|not\s+(?:using|on)|without)\s+(?:(?:concurrent|concomitant|"
                            r"current|prior|hormonal|oral)\s+)*$")
#: "childbearing", "child-bearing", "reproductive" (before "potential").
_BEARING = r"(?:child-?\s?bearing|reproductive)"
#: Who needs no contraception: "not of reproductive potential", "without childbearing
#: potential" (an exemption said outright is _EXEMPT_SAID).
_EXEMPT = re.compile(rf"\bnot\s+(?:of\s+)?{_BEARING}\s+potential|\b(?:without|no)\s+{_BEARING}\s+"
                     r"potential|\bnon-?child-?\s?bearing\b|\bnot\s+(?:be\s+)?considered\s+(?:of\s+)?"
                     r"child-?\s?bearing")
#: An exemption said: "are exempt from", "without requiring the use of contraception".
_EXEMPT_SAID = re.compile(r"\bexempt\w*|\bwithout\s+requiring|\b(?:not\s+required|need\s+not|do\s+"
                          r"not\s+need)\s+to\s+use")
#: Women of childbearing potential named as such (not "non-", "not of"): those the criterion
#: requires contraception of.
_POTENTIAL = re.compile(r"(?<!non-)(?<!non\s)(?<!non)(?<!not\sof\s)(?<!without\s)(?<!no\s)"
                        rf"\b{_BEARING}\s+potential")
#: The other way to qualify, which is the requirement: "non-childbearing potential or use of an
#: acceptable form of birth control", "EITHER not of child-bearing potential, OR sexually
#: abstinent, OR … contraceptive".
_OR_USE = re.compile(r"\bor\b[^.;]{0,120}?\b(?:use|using|practi\w*|abstin\w*|willing\w*|agree\w*|"
                     r"commit\w*|contracep\w*|birth\s+control)")
#: … unless the criterion requires contraception of others too.
_MUST_USE = re.compile(r"\b(?:must|should|shall|will|agree\w*|willing|unwilling|required?|"
                       r"commit\w*)\s+(?:to\s+)?(?:\w+\s+){0,3}?(?:use|practi[cs]e|employ)\b|"
                       r"\b(?:using|practi[cs]ing)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?"
                       r"(?:contracep|birth\s+control|method)")
_CONSENT = re.compile(r"informed\s+consent|consent\s+form|written\s+consent|\bconsent\b|"
                      r"\bassent\b")


_CONSENT_AS_TIME = re.compile(r"\b(?:before|prior\s+to|preceding|after|since|from|within|until|"
                              r"(?<!documentation\s)(?<!provision\s)(?<!signing\s)"
                              r"(?<!signature\s)(?<!giving\s)(?<!receipt\s)(?<!obtaining\s)of|"
                              r"following)\s+"
                              r"(?:the\s+)?(?:(?:signing|signature|obtaining|date)\b"
                              # up to a requirement of consent of its own: "at the time of
                              # signing informed consent form and capable of giving written
                              # informed consent"
                              r"(?:(?!\s+and\s+(?:is\s+|are\s+)?(?:capable|able|willing))"
                              r"[^.;])*)?$|"
                              r"\btime\s+of\s+(?:giving|providing|granting)\s+(?:the\s+)?$|"
                              # a time counted back from it: "≤ 2 months prior informed consent"
                              r"\b(?:hours?|days?|weeks?|months?|years?)\s+(?:prior|before)\s+"
                              r"(?:(?:the|written)\s+)?(?:informed\s+)?$|"
                              r"\b(?:at|by)\s+(?:the\s+)?time\s+(?:of\s+)?(?:the\s+)?$|"
                              # "at least 18 years old on the day the informed consent form
                              # will be signed"
                              r"\b(?:on|by)\s+(?:the\s+)?(?:day|date)\s+(?:that\s+|when\s+|of\s+)?"
                              r"(?:the\s+)?(?:written\s+)?$|"
                              # "from the time (the C-13) consent is signed"
                              r"\b(?:from|since|after|until|at|by)\s+(?:the\s+)?time\s+(?:that\s+|"
                              r"when\s+)?(?:the\s+)?(?:[a-z0-9-]+\s+)?$|"
                              # an age it names: "of legal age to give informed consent"
                              # … "under the age of legal consent"
                              r"\bage\s+(?:of|for|to)\s+(?:legal\s+)?(?:(?:give|provide|sign)\s+)?"
                              r"(?:(?:an?|the|written)\s+)?(?:informed\s+)?$|"
                              # "Age at informed consent must be >= 20"
                              r"\bage\s+at\s+(?:the\s+)?(?:time\s+of\s+)?(?:signing\s+)?"
                              r"(?:(?:the|written)\s+)?(?:informed\s+)?$|"
                              # what an illness would impair: "illness that would preclude giving
                              # informed consent", "impair the ability to give informed consent"
                              r"\b(?:preclud\w*|impair\w*|interfer\w*\s+with|compromis\w*|"
                              r"affect\w*|limit\w*|prevent\w*|hinder\w*|prohibit\w*)\s+"
                              # … and what else it would impair: "interfere with the patient's
                              # safety, provision of informed consent, or compliance"
                              r"(?:[a-z'-]+(?:\s+[a-z'-]+){0,3}(?:\s*,\s*(?:or\s+|and\s+)?|"
                              r"\s+(?:or|and|and/or)\s+)){0,3}"
                              # "prevent the patient from giving informed consent"
                              r"(?:(?:the\s+)?(?:patient|subject|participant)s?\s+from\s+)?"
                              r"(?:the\s+)?(?:(?:provision|understanding|giving|obtaining)"
                              r"(?:\s+and\s+(?:giving|understanding|provision|signing))?\s+of\s+)?"
                              r"(?:(?:an?\s+|the\s+)?(?:patient|subject|participant)(?:'s|s')?\s+)?"
                              r"(?:ability\s+to\s+"
                              r"|capacity\s+to\s+)?(?:give|giving|provide|providing|sign|signing|"
                              r"obtain\w*|understand\w*)?\s*(?:(?:an?|the|written|voluntary)\s+)?"
                              r"(?:informed\s+)?$")
#: The consent form named as a document: "must agree, in the consent form, to use effective birth
#: control", "restrictions listed in the consent form".
_IN_THE = re.compile(r"\b(?:in|on)\s+(?:the|this)\s+$")
_FORM = re.compile(r"(?:\s+consent)?\s+(?:form|document)\b")
#: Consent to something else: "willing to consent to using effective contraception".
_CONSENT_TO_OTHER = re.compile(r"\s+to\s+(?:us(?:e|ing)|practi[cs]\w*|abstain\w*|refrain\w*)\b|"
                               # … to what is kept of them: "consent to their personal details
                               # being entered onto the TOPS database"
                               r"\s+to\s+(?:\S+\s+){0,6}?(?:databases?|registry|registries|"
                               r"biobank\w*|personal\s+(?:details|data|information)|"
                               r"storage|future\s+(?:research|use|studies|contact))\b")


def extract_flags(low: str, kind: str) -> list[tuple[int, int, Fact]]:
    """Read measurable disease, negative pregnancy test, contraception and consent.

    :param low: lower-cased, normalised criterion text.
    :param kind: ``inclusion`` or ``exclusion`` (measurable disease in an exclusion
        criterion counts only when negated: "no measurable disease").
    :returns: facts with their spans in ``low``.
    """
    out: list[tuple[int, int, Fact]] = []
    if "measurable" in low or "measureable" in low:
        m = next((x for x in _MEASURABLE.finditer(low) if not _MEASURABLE_DEFINED.match(
            low, x.end()) and not _MEASURED_BEFORE.search(low, max(0, x.start() - 120),
                                                         x.start())
                  and not _MEASURABLE_STATE_BEFORE.search(low, max(0, x.start() - 40),
                                                          x.start())), None)
        if m is not None and _MEASURABLE_NOT.search(low) is None:
            negated = _NEGATED_BEFORE.search(low, 0, m.start()) is not None
            if (kind == "inclusion") != negated:
                r = _RESPONSE.search(low)
                crit = None
                if r is not None:
                    name = {"irecist": "iRECIST", "mrecist": "mRECIST", "irrecist": "irRECIST",
                            "recist": "RECIST"}.get(r.group("name"), r.group("name").upper())
                    crit = name + (f" {r.group('v')}" if r.group("v") else "")
                # the evidence reaches the criteria named right after ("Measurable disease,
                # according to RECIST")
                end = r.end() if r is not None and 0 <= r.start() - m.end() <= 90 else m.end()
                out.append((m.start(), end, MeasurableDiseaseFact(start=0, end=0,
                                                                  response_criteria=crit)))
    if "pregnan" in low or "hcg" in low:
        p = _PREGNANCY.search(low)
        if p is not None:
            neg = None
            for cand in _NEGATIVE.finditer(low):
                if -90 <= cand.start() - p.end() <= 120 and not _BREAK.search(
                        low, min(cand.end(), p.end()), max(cand.start(), p.start())):
                    neg = cand
                    break
            pos = _POSITIVE_TEST.search(low)
            if neg is not None and kind == "inclusion":
                out.append((min(p.start(), neg.start()), max(p.end(), neg.end()),
                            PregnancyTestFact(start=0, end=0)))
            elif pos is not None:
                out.append((pos.start(), pos.end(), PregnancyTestFact(start=0, end=0)))
    if "contracep" in low or "birth control" in low or "pregnan" in low or "barrier" in low \
            or "abstinen" in low or "iud" in low or "intrauterine" in low:
        c = _CONTRA.search(low)
        if c is not None and kind == "inclusion" and _BANNED_BEFORE.search(
                low, max(0, c.start() - 40), c.start()):
            c = None  # "No concurrent oral contraception": a ban, not a requirement
        if c is not None and c.group().startswith("abstinen") and \
                _SUBSTANCE.search(low) and not _SEXUAL.search(low):
            c = None  # "no period of abstinence > 3 months" from tobacco, "abstinent of
            # alcohol": no birth control
        if c is not None and (_EXEMPT_SAID.search(low) or (
                _EXEMPT.search(low) and not _POTENTIAL.search(low)
                and not _OR_USE.search(low))) and not _MUST_USE.search(low):
            c = None  # "Azoospermic males and WOCBP who are not heterosexually active are exempt
            # from contraception", "Participants who are not of reproductive potential …": who
            # need none, no requirement
        if c is not None and (kind == "inclusion" or _UNWILLING.search(low)):
            out.append((c.start(), c.end(), ContraceptionFact(start=0, end=0)))
    if "consent" in low or "assent" in low:
        # not one only named as a time ("… at the time of consent/assent")
        c = next((x for x in _CONSENT.finditer(low) if not _CONSENT_AS_TIME.search(
            low, max(0, x.start() - 70), x.start()) and low[x.start() - 1:x.start()] != "/"
            and not _CONSENT_TO_OTHER.match(low, x.end()) and not (
                _IN_THE.search(low, max(0, x.start() - 10), x.start()) and (
                    x.group().endswith("form") or _FORM.match(low, x.end())))), None)
        if c is not None:
            out.append((c.start(), c.end(), ConsentFact(start=0, end=0)))
    return out
