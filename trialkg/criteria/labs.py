"""Lab and organ-function thresholds: "ALT/AST ≤ 2.5 × ULN", "ANC ≥ 1.5 × 10^9/L".

A threshold is a comparator and a number followed by a unit or a multiple of the
upper limit of normal. It belongs to the analyte mentions just before it (with only
filler words between), and a coordinated list of analytes ("AST and ALT", "INR or PT",
"ALT/AST") gives one threshold per analyte. A threshold with no analyte of its own
("(≤ 5 × ULN for patients with liver metastases)") repeats the analytes of the one
before it; an equivalent restatement in other units ("≥ 9 g/dL (90 g/L)") is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from trialkg.criteria.demographics import SEX_WORD, sex_of
from trialkg.criteria.lexicon import ANALYTE_LEXICON, ANALYTES, UNIT_RE, Analyte, unit_of
from trialkg.criteria.model import LabThresholdFact
from trialkg.criteria.quantities import (
    COMPARATOR,
    DURATION_UNIT,
    NEGATED,
    NUMBER,
    RESPECTIVELY,
    SENTENCE_BREAK,
    parse_comparator,
    parse_number,
)
from trialkg.criteria.subgroups import DEFINED_ON, PEOPLE, SubgroupPhrase, find_subgroups
from trialkg.mapping.units import canonical_unit, to_canonical

__all__ = ["LabContext", "extract_labs", "deny_bounds", "required_bounds", "DENIAL"]

#: What stands between a multiple and the limit it multiplies: "x the site laboratory", "times of".
_TIMES_THE = (
    # "2 times", "2-times above the upper limit of normal" (a multiple, not an offset)
    r"(?:(?:x|\*|-?times?|fold|-fold|folds)\s*(?:\(\s*inclusive\s*\)\s*)?(?:of\s+|above\s+)?)?"
    r"(?:the\s+)?"
    r"(?:(?:institutional|institution's|local|laboratory|lab|site|center|centre|reference)\s+)"
    r"{0,2}")
_ULN = (
    _TIMES_THE + r"(?:uln|unl|iuln|ilun|ulin|lsn|ulrr|ulnr|upper\s+(?:(?:institution(?:al|'s)?|"
    r"laboratory|lab)\s+)?limits?\s+(?:(?:of|for)\s+)?(?:the\s+)?"
    r"(?:institution(?:al|'s)?\s+)?"
    r"(?:normal|norm|reference)(?:\s+(?:range|values?|limits?))?|"
    # "< 1,5 x upper normal", "ASAT/ALAT < 2,5 upper normal"
    r"upper\s+normal(?:\s+(?:limits?|values?|range))?|"
    r"upper\s+limits?\s+normal|normal\s+upper\s+limits?|upper\s+reference\s+limits?|"
    r"upper\s+level\s+of\s+normal|"
    # "≤ 1.5 normal institutional limits", "2.0 X normal institutional limits" (NCI's wording)
    r"normal\s+institutional\s+limits?|(?<=times\s)normal|(?<=x\s)normal|"
    r"(?<=times\s)(?:of\s+)?(?:the\s+)?normal(?:\s+(?:values?|range|limits?))?|"
    r"(?<=institutional\s)(?:upper\s+limits?|normal)(?!\s+of)|"
    # "1.5 times of the reference upper limit (UNL)"
    r"(?<=reference\s)upper\s+limits?(?!\s+of))"
)
_THRESHOLD = re.compile(
    r"(?:(?<![a-z])|(?=[<>≤≥]))(?P<comp>" + COMPARATOR + r")\s*(?::\s*)?"
    r"(?:(?P<uln0>(?:the\s+)?(?:institutional\s+)?(?:uln|iuln|ilun|ulin|"
    r"upper\s+(?:institutional\s+)?limits?\s+"
    r"of\s+(?:the\s+)?normal)(?![a-z]))|"
    # the thousands grouped by spaces first ("1 500/mm3"), or NUMBER would read "1"; not a
    # power of ten that lost its superscript ("100 109/L")
    r"(?P<num>\d{1,3}(?: (?!10[369]\s*/)\d{3})+(?![\d.,])|" + NUMBER + r")(?![\d])\s*"
    r"(?P<pct>%)?)"
)
_POSTFIX = re.compile(r"\s*(?:or|and)\s+(?P<word>more|greater|higher|above|over|less|lower|below|"
                      r"fewer|under)\b|\s*\+(?!\d)")
#: What may stand between an analyte's name and a number without a unit: "INR 2.3 or less",
#: "Systolic pressure: 170 or higher", "Body mass index of 30 or higher".
_NAMED_GAP = re.compile(r"\s*(?:[:=]\s*|(?:of|is)\s+)?")
_POSTFIX_HINT = re.compile(r"(?:or|and)\s+(?:more|greater|higher|above|over|less|lower|below|"
                           r"fewer|under)|\d\s*\+")
_RANGE = re.compile(
    r"(?<![\d.^])(?P<between>between\s+)?(?P<lo>\d+(?:[.,]\d+)?)\s*%?\s*(?P<to>-|to|and)\s*"
    r"(?P<below><|less\s+than|under|below)?\s*(?P<hi>\d+(?:[.,]\d+)?)(?![\d])\s*")
#: A subgroup phrase that opens a parenthesis or a sentence qualifies the bound after it.
_OPENS_CLAUSE = re.compile(r"(?:[(\[]|[.;]\s|\bnote\s*:\s)\s*$")  # "[Note: For patients …"
#: A subgroup phrase that names its people first ("patients with …"), with no preposition.
_PEOPLE_LEAD = re.compile(PEOPLE + r"\s+(?:with|who|whose|having)\b")
_CLOSES = re.compile(r"[).;]")
_RESTATED = re.compile(r"\s*[(\[]\s*(?:or\s+)?$")
_DOT_THOUSANDS = re.compile(r"^\d{1,3}\.\d{3}$")
_COMPARISON = re.compile(r"[<>≤≥]")
_THEN = re.compile(r"\s*(?::|,?\s*then\b|,?\s*in\s+which\s+case\b|"
                   # "or patients with liver involvement whose ALT / AST > 1.5 × ULN"
                   r",?\s*whose\b|"
                   # "(except for Gilbert's syndrome which will allow bilirubin ≤ 2.0 mg/dL)"
                   r",?\s*(?:which|that|who)\s+(?:will\s+|would\s+|may\s+)?(?:allow|permit)s?\b|"
                   r",?\s*(?:allowing|permitting)\b)")
#: Between a subgroup phrase and the bound it leads: "(in patients with Gilbert syndrome, a total
#: bilirubin …", "patients with liver involvement whose ALT …".
_SUBGROUP_THEN = re.compile(r"\s*[,:]?\s*(?:whose|with|having|who\s+have|then)?\s*"
                            r"(?:(?:a|an|the|their|serum|plasma)\s+)?")
_DIGITS = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:[.,]\d+)?)(?!\d)")
_HAS_NUMBER = re.compile(r"\d|uln|upper|normal|wnl")
#: A value within normal limits, for an analyte whose abnormal side is high: at most 1 × ULN
#: ("bilirubin within normal limits", "AST and ALT WNL", "Total bilirubin normal.").
_WITHIN_NORMAL = re.compile(
    r"\b(?:within|in)\s+(?:the\s+)?(?:(?:institutional|laboratory|lab|local)\s+)?(?:normal|"
    r"reference)\s+(?:(?:institutional|laboratory|lab)\s+)?(?:limits?|ranges?|values?)\b|\bwnl\b|"
    r"(?<=\s)normal(?=\s*(?:[,.;)]|$|(?:or|and|and/or)\s))(?!\s*or\s+(?:therapeutic|near|stable))")
_ULN_RE = re.compile(r"\s*" + _ULN + r"(?![a-z])")
#: A creatinine clearance estimated by an equation that gives a GFR (not Cockcroft-Gault's).
_ESTIMATED = re.compile(r"estimat|ckd[\s-]*epi|mdrd")
#: "isolated bilirubin > 1.5 × ULN is acceptable if …": the analyte allowed above a bound.
_ISOLATED_ALLOWED = re.compile(r"\bisolated\s+(?:[a-z]+\s+){0,2}$")
_ALLOWED_IF = re.compile(r"\s*(?:is|are|will\s+be|may\s+be)\s+(?:acceptable|allowed|permitted|"
                         r"accepted)\b")
#: A multiple of the lower limit of normal ("< 0.9 x LLN"): no field holds it, so it is not read
#: (and never as a value in the analyte's unit).
_LLN_RE = re.compile(r"\s*" + _TIMES_THE + r"(?:lln|lower\s+limits?\s+(?:of\s+)?(?:the\s+)?"
                     r"(?:normal|reference))(?![a-z])")
#: "(5 times ULN if ...)": a multiple of ULN that repeats the comparator before it.
_BARE_ULN = re.compile(r"\(\s*(?P<n>" + NUMBER + r")\s*" + _ULN + r"(?![a-z])")
#: A number followed by a time span is a time, not a lab value ("within 30 minutes"); one
#: followed by "percentile" is a rank ("above the 97.5th percentile").
_DURATION_RE = re.compile(r"\s*(?:" + DURATION_UNIT + r"|minutes?|mins?)(?![a-z])|"
                          r"(?:st|nd|rd|th)?\s*(?:percentile|centile)|"
                          # a count of tests: "WBC count on at least 2 consecutive evaluations"
                          r"\s*(?:consecutive|separate|successive|different|independent)\s+"
                          r"(?:evaluations?|occasions?|measurements?|determinations?|readings?|"
                          r"visits?|tests?|samples?|assessments?)\b")
_GAP_OK = re.compile(
    r"^(?:\s|,|:|-|=|\(|\)|\bof\b|\bthe\b|\bis\b|\bare\b|\bwas\b|\bbe\b|\bmust\b|\bshould\b|\blevels?\b|"
    r"\b(?:that|which)\b|"  # "creatinine that is at or below …"
    r"\bvalues?\b|\bcounts?\b|\bconcentrations?\b|\bserum\b|\bplasma\b|\bblood\b|\bresults?\b|"
    r"\blab(?:oratory)?\b|\btests?\b|"
    r"\btotal\b|\bboth\b|\beach\b|\bhave\b|\bhas\b|\ba\b|\bwithin\b|\bat\b|\bscreening\b|"
    r"\bbaseline\b|\bunder\b|\bindoor\b|\broom\b|\bair\b|\bventilation\b|\bresting\b|\bby\b|"
    r"\bcalculated\b|\bestimated\b|\bmeasured\b|\brate\b|\bratio\b|\bnumber\b|\bcg\b|"
    r"\bcockcroft[- ]gault\b|\bformula\b|\bequation\b|\bmdrd\b|\bckd-epi\b|\baccording\b|\bto\b|"
    r"\bon\b|\bin\b|\bcount\b|\bpercent\b|\bof\s+at\s+least\b|\brange\b|\boutside\b|"
    r"\belevat(?:ed|ion)(?:\s+to)?\b|\bmeasurements?\b|\binterval\b|\bfor\b|"
    # how the ejection fraction is measured: "by echocardiogram or multigated acquisition scan"
    r"\becho(?:cardiogra(?:m|ms|phy|phic))?\b|\bmuga\b|\bmulti-?gated\b|\bacquisition\b|"
    r"\bscans?\b|\bradionuclide\b|\bventriculograph\w*|\bor\s+(?=(?:an?\s+)?(?:muga|echo\w*|"
    r"multi-?gated|radionuclide)\b)|\b" + SEX_WORD +
    r"\b)*$"
)
_LIST_SEP = re.compile(r"^\s*(?:,\s*(?:and\s*/\s*or|and|or)|,|/|\\|&|\+|and\s*/\s*or|and|or|"
                       r"as\s+well\s+as)?\s*"
                       r"(?:the\s+|serum\s+|blood\s+)?$|"
                       r"^\)\s*(?:,|/|and/or|and|or)\s*[a-z\- ]{0,40}\($")
_PAREN = re.compile(r"\s*(?:\(([^()]{1,80})\)|\[([^\[\]()]{1,80})\])")
#: Words after an analyte that make the bound one on its change, not on its level.
_CHANGE_AFTER = re.compile(r"[\s-]+(?:loss|gain|change|changes|increase|increases|decrease|"
                           r"decreases|reduction|drop|decline|rise|elevation\s+from|bearing)\b")
#: Words before an analyte that make the bound one on its change: "an increase in FEV1 of ≥ 12%".
_CHANGE_BEFORE = re.compile(r"\b(?:increases?|increased|decreases?|decreased|declines?|changes?|"
                            r"reductions?|improvements?|improved|drops?|falls?|rises?|"
                            r"reversibility|variability)\s+(?:in|of)\s+(?:the\s+|their\s+|"
                            r"his\s+|her\s+)?(?:absolute\s+|relative\s+)?"
                            r"(?:%\s*predicted\s+|percent\s+predicted\s+)?$")
#: "a decline in hemoglobin to < 8.5 g/dL": the level it changed to, a bound on the level.
_CHANGED_TO = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:to|above|below|over|beyond|exceeding|"
                         r"is|are)\b")
#: Words right after a value that make it the size of a change ("≥ 12% reversibility") or
#: relative to another measurement ("within 15% of the screening value").
_CHANGE_AFTER_VALUE = re.compile(r"\s*(?:reversibility|increase|increases|improvement|decline|"
                                 r"decrease|reduction|fall|drop|change|rise)\b|"
                                 r"\s*of\s+(?:the\s+)?(?:screening|baseline|previous|prior)\b")
#: The second number of a blood-pressure pair ("140/90 mmHg").
_PAIR = re.compile(r"\s*/\s*(\d{2,3})(?![\d.,])")
#: "outside (of) the (normal) range (of)" before a range: the bounds are the excluded values.
_OUTSIDE = re.compile(r"outside\s+(?:of\s+)?(?:the\s+)?(?:normal\s+|reference\s+)?(?:range\s+)?"
                      r"(?:of\s+)?$")


def _loincs(*keys: str) -> frozenset[str]:
    """Return the LOINC codes of analytes of the analyte table, by key."""
    return frozenset(str(ANALYTES[k].loinc) for k in keys)


#: The blood-pressure analytes' LOINC codes (from the analyte table).
_SYSTOLIC = str(ANALYTES["SystolicBloodPressure"].loinc)
_DIASTOLIC = str(ANALYTES["DiastolicBloodPressure"].loinc)
#: Canonical units a bare number or range is read in ("BMI 18.5-30", "SBP > 160").
_DEFAULT_UNITS = frozenset({"%", "mL/min", "mL/min/{1.73_m2}", "ms", "{INR}", "kg/m2", "mm[Hg]",
                            "/min"})
#: Canonical units a range without a unit is read in: vital signs, written without units.
_BARE_RANGE_UNITS = frozenset({"kg/m2", "mm[Hg]", "/min"})


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    analytes: tuple[Analyte, ...]
    #: the mention is of a change ("creatinine increase", "a rise in PSA"): only a multiple of
    #: ULN after it ("ALT increase > 3 fold ULN") bounds the level
    change: bool = False


@dataclass(slots=True)
class _Threshold:
    start: int
    end: int
    comparator: str
    value: float | None
    unit: str | None
    uln: float | None
    analytes: tuple[Analyte, ...] = ()
    own: bool = False
    ev_start: int = 0
    subgroup: SubgroupPhrase | None = None
    value2: float | None = None  #: the diastolic value of a pair "140/90"
    pair_end: int = 0  #: where the pair and its unit end
    bare_range: bool = False  #: a range written without a unit
    normal: bool = False  #: "within normal limits": ≤ 1 × ULN for an analyte high in disease
    sex: str | None = None  #: ``MALE`` or ``FEMALE`` when the bound is given for one sex
    millimetres: bool = False  #: "mm" follows the number, which the unit table does not read
    sex_span: tuple[int, int] | None = None  #: the words naming its sex, for the evidence
    lead: int | None = None  #: where a bound word before the analyte starts ("minimum weight")


@dataclass(slots=True)
class LabContext:
    """What a header or parent item tells the items under it."""

    subgroup: SubgroupPhrase | None = None
    analytes: tuple[Analyte, ...] = ()
    consumed: list[tuple[int, int]] = field(default_factory=list)


#: Measurements the analyte table does not map (LOINC has no code for DLCO as a percentage of
#: predicted): a bound after them is theirs, not the analyte named before ("FEV1 > 1.0 and
#: diffusion capacity > 40%").
_UNMAPPED = re.compile(r"\b(?:dl\s?co[a-z]*|kco|tlco|(?:carbon\s+monoxide\s+)?diffusi(?:ng|on)\s+"
                       r"capacit(?:y|ies)(?:\s+(?:of|in)\s+the\s+lungs?)?(?:\s+for\s+carbon\s+"
                       r"monoxide)?|carbon\s+monoxide\s+diffusi(?:ng|on)(?:\s+in\s+the\s+"
                       r"lungs?)?|"
                       # a ventricle's size: "LVEDD indexed to body surface area > 0.45"
                       r"lv\s?e[sd][dvi]i?|(?:(?:left\s+ventricular|lv)\s+)?end[-\s](?:diastolic|"
                       r"systolic)\s+(?:dimension|diameter|volume)s?(?:\s+index(?:ed)?)?|"
                       # the echocardiographic measure of children's hearts, no ejection fraction
                       r"(?:left\s+ventricular\s+)?(?:shortening\s+fraction|fractional\s+"
                       r"shortening))\b")
#: A cheap test for those words (not "dl": every "mg/dl" has it).
_UNMAPPED_HINT = ("dlco", "dl co", "kco", "tlco", "diffusi", "lved", "lves", "lv ed", "lv es",
                  "end-diastolic", "end diastolic", "end-systolic", "end systolic", "shortening")


#: Two analytes named with "/" between them that together name a third: their ratio.
_RATIOS = {(ANALYTES["FEV1PercentPredicted"], ANALYTES["FVCPercentPredicted"]):
           ANALYTES["FEV1FVCRatio"]}
_SLASH = re.compile(r"\s*[)\]]?\s*/\s*")
_RATIO_WORD = re.compile(r"\s*ratios?\b")


def _ratios(low: str, mentions: list[_Mention]) -> list[_Mention]:
    """Join "FEV1 [forced expiratory volume] / FVC [forced vital capacity]" into the ratio."""
    out: list[_Mention] = []
    for mn in mentions:
        prev = out[-1] if out else None
        ratio = _RATIOS.get((prev.analytes[0], mn.analytes[0])) if (
            prev is not None and len(prev.analytes) == 1 and len(mn.analytes) == 1) else None
        if prev is not None and ratio is not None and _SLASH.fullmatch(low, prev.end, mn.start):
            word = _RATIO_WORD.match(low, mn.end)
            out[-1] = _Mention(prev.start, word.end() if word else mn.end, (ratio,), mn.change)
        else:
            out.append(mn)
    return out


#: "ratio" or "index" right after an analyte's name: another measure made from it.
_RATIO_OF = re.compile(r"\s*(?:ratios?|index)\b")
_CLOTTING = frozenset(ANALYTES[k] for k in ("INR", "ProthrombinTime", "APTT"))


#: What names another pressure when written right before a blood pressure's name.
_OTHER_PRESSURE = ("end-", "end ", "pulmonary ", "pulmonary artery ", "pulmonary-artery ")


def _mentions(low: str, hits: list[tuple[int, int, tuple[Analyte, ...]]]) -> list[_Mention]:
    out: list[_Mention] = []
    for start, end, analytes in hits:
        if out and start < out[-1].end:
            continue
        if (ratio := _RATIO_OF.match(low, end)) is not None and "/" not in low[
                max(0, start - 3):start] and not _CLOTTING.issuperset(analytes):
            # "ankle arm systolic blood pressure ratio < 0.9": a ratio of the analyte, which
            # bounds neither it nor an analyte named before (a clotting time's ratio to its
            # control is the time's own measure: "APTT ratio > 1.5 × ULN")
            out.append(_Mention(start, ratio.end(), ()))
            continue
        if start > 3 and low.endswith(_OTHER_PRESSURE, 0, start):
            # "left ventricular end-diastolic pressure ≥ 15 mmHg", "mean pulmonary arterial
            # pressure > 55 mmHg": a pressure in a heart chamber or the lungs' arteries, not the
            # blood pressure the words name
            out.append(_Mention(start, end, ()))
            continue
        after = _CHANGE_AFTER.match(low, end)
        if after is not None or (start and _CHANGE_BEFORE.search(
                low, max(0, start - 30), start) and not _CHANGED_TO.match(low, end)):
            # "weight loss > 10%", "creatinine increase ≥ 0.3 mg/dL": a bound on a change,
            # kept as a mention so that no earlier analyte carries over to it
            out.append(_Mention(start, after.end() if after else end, analytes, True))
            continue
        for second in (False, True):  # "AST (SGOT) [aspartate aminotransferase]": two in a row
            m = _PAREN.match(low, end)
            inside = m.group(1) or m.group(2) if m is not None else ""
            if m is None or any(c.isdigit() for c in inside) or _COMPARISON.search(inside):
                break
            inner = ANALYTE_LEXICON.findall(inside)
            # "ALT (SGPT)", "systolic blood pressure (BP)": the parenthesis names the analyte
            # again (or a wider term for it), so it belongs to the mention
            if not all(set(h[2]) & set(analytes) for h in inner) or (second and not inner):
                break
            end = m.end()
        out.append(_Mention(start, end, analytes))
    if "/" in low and len(out) > 1:
        out = _ratios(low, out)
    if any(w in low for w in _UNMAPPED_HINT):
        spans = [(m.start, m.end) for m in out]
        extra = [_Mention(m.start(), m.end(), ()) for m in _UNMAPPED.finditer(low)
                 if not any(s < m.end() and m.start() < e for s, e in spans)]
        if extra:
            out = sorted(out + extra, key=lambda m: m.start)
    return out


def _read_unit(low: str, pos: int, value: float) -> tuple[str | None, float | None, int]:
    """Read a ULN multiple or a unit at ``pos``; return (unit, uln multiple, end)."""
    m = _ULN_RE.match(low, pos)
    if m is not None:
        return None, value, m.end()
    p = pos
    while p < len(low) and low[p] == " ":
        p += 1
    m = UNIT_RE.match(low, p)
    if m is not None:
        return unit_of(m), None, m.end()
    return None, None, pos


#: A unit of length the unit table does not read after a number (not "mm3", a count's).
_LENGTH_UNIT = re.compile(r"\s*(?:(?P<mm>mm(?![0-9³\^a-z]|\s*3))|cm(?![0-9³\^a-z])|"
                          r"(?:centi|milli)?met(?:er|re)s?\b|inch(?:es)?\b|feet\b)")
_INCLUSIVE = re.compile(r"\(\s*inclusive\s*\)|,\s*inclusive\b")


#: A bound written as an offset above the ULN ("PT ≤ 4 seconds above ULN"), which the model
#: cannot hold: neither the number nor "above ULN" is a bound of its own.
_OFFSET_ABOVE_ULN = re.compile(r"\s*(?:above|over|greater\s+than|more\s+than|beyond|\+)\s+"
                               r"(?:the\s+)?(?:institutional\s+)?(?:uln|upper\s+limits?)\b")
#: A multiple written after the ULN: "> ULN x 1.5".
_ULN_TIMES_AFTER = re.compile(r"\s*(?:x|×|\*|times)\s*(\d{1,2}(?:\.\d+)?)(?![\d.])")
#: A toxicity grade before a comparator: "(grade ≤ 1)", no value of an analyte.
_GRADE_BEFORE = re.compile(r"\b(?:ctcae\s+)?grade\s*:?\s*$")


def _thresholds(low: str, start: int = 0) -> list[_Threshold]:
    out: list[_Threshold] = []
    offset_to = -1  # the end of an offset above the ULN just skipped
    for m in _THRESHOLD.finditer(low, start):
        comp = parse_comparator(m.group("comp"))
        if comp is None or m.start() < offset_to or (out and m.start() < out[-1].end):
            continue  # … or inside the bound just read: "> 2-times above the upper limit"
        if "grade" in low[max(0, m.start() - 12):m.start()] and \
                _GRADE_BEFORE.search(low, max(0, m.start() - 12), m.start()):
            continue  # "(grade ≤ 1)": a toxicity grade, no value of the analyte
        if m.group("uln0"):
            times = _ULN_TIMES_AFTER.match(low, m.end())  # "> ULN x 1.5"
            out.append(_Threshold(m.start(), times.end() if times else m.end(), comp, None, None,
                                  float(times.group(1)) if times else 1.0))
            continue
        value = parse_number(m.group("num").replace(" ", ""))
        if value is None:
            continue
        end = m.end()
        millimetres = False
        unit: str | None
        uln: float | None
        if m.group("pct"):
            unit, uln = "%", None
        else:
            if _DURATION_RE.match(low, end) or _LLN_RE.match(low, end):
                continue
            unit, uln, end = _read_unit(low, end, value)
            if unit is None and uln is None and (length := _LENGTH_UNIT.match(low, end)):
                if length.group("mm") is None:
                    continue  # "(≥ 90 % at altitude ≥ 5000 feet)": a length no analyte has
                millimetres = True  # "LVEDD … > 80 mm": no percentage ("SBP > 160 mm" and
                # "6.2 mM" may be others' shorthand)
        if _CHANGE_AFTER_VALUE.match(low, end):
            continue
        if unit is not None and (offset := _OFFSET_ABOVE_ULN.match(low, end)) is not None:
            offset_to = offset.end()
            if unit == "%":  # "ALT < 50% above the upper limit of normal": < 1.5 × ULN
                out.append(_Threshold(m.start(), offset.end(), comp, None, None,
                                      round(1 + value / 100, 6)))
            continue
        if comp in (">", "<") and "inclusive" in low[m.end("num"):end + 14] and \
                _INCLUSIVE.search(low, m.end("num"), end + 14):
            comp += "="  # "greater than 2 times (inclusive) the ULN"
        if uln is not None:
            out.append(_Threshold(m.start(), end, comp, None, None, uln))
        else:
            if unit in ("/mm3", "/uL") and _DOT_THOUSANDS.match(m.group("num")):
                value *= 1000  # "100.000/mm3" writes the thousands with a dot
            t = _Threshold(m.start(), end, comp, value, unit, None, millimetres=millimetres)
            if unit is None and low.startswith("/", end) and (pair := _PAIR.match(low, end)):
                second = float(pair.group(1))
                unit2, _, end2 = _read_unit(low, pair.end(), second)
                if unit2 in (None, "mm[Hg]"):
                    t.value2, t.unit, t.pair_end = second, unit2, end2
            out.append(t)
    return out


#: The bound's word before the analyte: "minimum weight of 50 kg", "a maximum BMI of 35 kg/m2".
_EXTREME_BEFORE = re.compile(r"\b(?P<w>minimum|min\.?|maximum|max\.?)\s+$")
#: The value right after the analyte such a word bounds.
_EXTREME_VALUE = re.compile(r"\s*(?:\([a-z0-9 -]{1,20}\)\s*)?(?:of\s+|:\s*|=\s*|is\s+)?"
                            r"(?P<num>" + NUMBER + r")")


def _extreme_thresholds(low: str, mentions: list[_Mention], taken: list[_Threshold]
                        ) -> list[_Threshold]:
    """Read "minimum weight of 50 kg": a bound whose word is written before its analyte.

    The value must carry a unit, so that a count of something else is not read.
    """
    out: list[_Threshold] = []
    for mention in mentions:
        word = _EXTREME_BEFORE.search(low, max(0, mention.start - 12), mention.start)
        if word is None or not mention.analytes:
            continue
        m = _EXTREME_VALUE.match(low, mention.end)
        if m is None or any(t.start <= m.start("num") < t.end for t in taken):
            continue
        value = parse_number(m.group("num"))
        if value is None:
            continue
        unit, uln, end = _read_unit(low, m.end(), value)
        if unit is None and uln is None:
            continue
        comp = ">=" if word.group("w").startswith("min") else "<="
        out.append(_Threshold(m.start("num"), end, comp, None if uln else value,
                              None if uln else unit, uln, lead=word.start()))
    return out


def _postfix_thresholds(low: str, taken: list[_Threshold], named: tuple[int, ...] = ()
                        ) -> list[_Threshold]:
    """Read "100,000/mm3 or more", "10-16 g/dL" and "(5 times ULN if …)" forms.

    :param named: where the analytes' names end: a number without a unit is read right after
        one only.
    """
    out: list[_Threshold] = []
    spans = [(t.start, t.end) for t in taken]
    if taken and "(" in low:
        for m in _BARE_ULN.finditer(low):
            prev = [t for t in taken if t.end <= m.start()]
            value = parse_number(m.group("n"))
            if prev and value and not any(s <= m.start("n") < e for s, e in spans):
                out.append(_Threshold(m.start("n"), m.end(), prev[-1].comparator, None, None,
                                      value))
    ranges = _RANGE.finditer(low) if ("-" in low or " to " in low or "between" in low) else ()
    for m in ranges:
        if any(s <= m.start() < e for s, e in spans):
            continue
        lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
        if lo is None or hi is None or hi <= lo or (
                m.group("below") and m.group("to") == "and" and not m.group("between")):
            continue  # "… ≥ 30 mL/min/1.73 m^2 and less than 90": no range, two bounds
        unit, uln, end = _read_unit(low, m.end(), hi)
        if uln is not None or _DURATION_RE.match(low, m.end()):
            continue
        bare = unit is None
        if _OUTSIDE.search(low, max(0, m.start() - 40), m.start()):
            out.append(_Threshold(m.start(), end, "<", lo, unit, None, bare_range=bare))
            out.append(_Threshold(m.start(), end, ">", hi, unit, None, bare_range=bare))
        else:  # "20 to <60 mL/min": the upper end left out
            out.append(_Threshold(m.start(), end, ">=", lo, unit, None, bare_range=bare))
            out.append(_Threshold(m.start(), end, "<" if m.group("below") else "<=", hi, unit,
                                  None, bare_range=bare))
    if not _POSTFIX_HINT.search(low):
        return out
    for m in _DIGITS.finditer(low):
        if any(s <= m.start() < e for s, e in spans) or \
                any(t.start <= m.start() < t.end for t in out) or (
                    m.start() and low[m.start() - 1] == "/"):
            continue  # (a number after a slash is a pair's second value or a denominator)
        value = parse_number(m.group(1))
        if value is None:
            continue
        unit, uln, end = _read_unit(low, m.end(), value)
        if m.end() < len(low) and low[m.end()] == "%":
            unit, end = "%", m.end() + 1
        pm = _POSTFIX.match(low, end)
        if pm is None or (unit is None and uln is None and not any(
                e <= m.start() and _NAMED_GAP.fullmatch(low, e, m.start()) for e in named)):
            continue  # without a unit, only right after the analyte's name ("INR 2.3 or less";
            # its bare-number rules then say whether the number can be read)
        word = pm.group("word")
        comp = ">=" if word is None or word in ("more", "greater", "higher", "above", "over") \
            else "<="
        out.append(_Threshold(m.start(), pm.end(), comp, None if uln else value,
                              unit, uln))
    return out


def _attach(low: str, thresholds: list[_Threshold], mentions: list[_Mention],
            ctx: LabContext) -> None:
    """Give each threshold the analytes written just before it."""
    prev: _Threshold | None = None
    for t in thresholds:
        before = [mn for mn in mentions if mn.end <= t.start]
        group: list[_Mention] = []
        if before:
            last = before[-1]
            gap = low[last.end:t.start]
            if len(gap) <= 70 and _GAP_OK.match(gap) and (prev is None or prev.end <= last.start
                                                             or prev.start == t.start):
                group.append(last)
                for mn in reversed(before[:-1]):
                    if _LIST_SEP.match(low[mn.end:group[0].start]):
                        group.insert(0, mn)
                    else:
                        break
        if group:
            t.analytes = tuple(a for mn in group for a in mn.analytes
                               if not mn.change or t.uln is not None)
            t.own = True
            t.ev_start = group[0].start
        elif prev is not None and prev.analytes and t.start - prev.end <= 90 \
                and (";" not in low[prev.end:t.start] or t.sex not in (None, prev.sex)) \
                and not (before and before[-1].start >= prev.end):
            # the previous bound's analytes carry over, unless another analyte was named
            # in between ("QTc > 450 ms or a PR interval outside 120 to 210 ms"); the evidence
            # runs from where they are named
            t.analytes = prev.analytes
            t.ev_start = prev.ev_start
        elif ctx.analytes and not mentions:
            t.analytes = ctx.analytes
            t.ev_start = t.start
        if t.analytes:
            prev = t


#: A treatment's target right before a bound: "… to maintain SaO2 > 90%", and the next target
#: of its list: "to maintain SAP > 90 mm Hg or MAP > 60 mm Hg".
_TARGET_BEFORE = re.compile(r"\bto\s+(?:maintain|achieve|keep|sustain)\s+"
                            r"(?:an?\s+|the\s+|their\s+)?"
                            r"(?:[^.;()]{1,40}?\s+(?:or|and|and/or)\s+)?$")
#: The cues of a subgroup phrase that sets a condition for what follows it.
_CONDITIONAL_LEADS = ("for ", "in ", "among ", "if ", "when ", "where ")


def _apply_subgroups(low: str, thresholds: list[_Threshold],
                     phrases: list[SubgroupPhrase]) -> None:
    """Give each subgroup phrase to the bound it qualifies (before or after it).

    A phrase that opens the criterion with a conditional cue, before any bound ("For patients
    with liver metastasis, AST ≤ 5 × ULN and ALT ≤ 5 × ULN"), qualifies every bound of its
    sentence up to the next phrase; not "Patients with severe liver disease (AST > 3 × ULN …)",
    which names the condition its bounds define.
    """
    for k, ph in enumerate(phrases):
        if not ph.exception and low.startswith(_CONDITIONAL_LEADS, ph.start) and \
                not low[:ph.start].strip(" -*•:") and (
                spread := [t for t in thresholds if t.start >= ph.end and not SENTENCE_BREAK.search(
                    low, ph.end, t.start) and (k + 1 == len(phrases)
                                              or t.end <= phrases[k + 1].start)]):
            for t in spread:
                if t.subgroup is None:
                    t.subgroup = ph
            continue
        before = [t for t in thresholds if t.end <= ph.start]
        after = [t for t in thresholds if t.start >= ph.end]
        follow = after[0] if after and after[0].start - ph.end <= 40 else None
        if follow is not None and _THEN.match(low, ph.end, follow.start):
            if follow.subgroup is None:
                follow.subgroup = SubgroupPhrase(ph.start, ph.end, ph.labels,
                                                 ph.negated != ph.exception, False)
            if ph.exception and before and before[-1].subgroup is None:
                before[-1].subgroup = ph
            continue
        if ph.exception:
            if before and before[-1].subgroup is None:
                before[-1].subgroup = ph
            if follow is not None and (not follow.own or _WHO_MUST.match(low, ph.end)) and \
                    follow.subgroup is None:
                # "(or ≤ 3 × ULN)"; "except in patients with Gilbert's syndrome who must have a
                # total bilirubin < 3.0 mg/dL": the bound of the ones excepted
                follow.subgroup = SubgroupPhrase(ph.start, ph.end, ph.labels, not ph.negated,
                                                 False)
            continue
        opens = _OPENS_CLAUSE.search(low, max(0, ph.start - 8), ph.start) is not None or (
            _PEOPLE_LEAD.match(low, ph.start) is not None and before and
            low[before[-1].end:ph.start].strip() == "")  # "ALP ≤ 2.5 × ULN Patients with bone
        # metastases ALP ≤ 5 × ULN": a clause of its own, though the line break is lost
        if follow is None and opens and after and after[0].start - ph.end <= 100 and \
                SENTENCE_BREAK.search(low, ph.end, after[0].start) is None:
            # "Total bilirubin ≤ ULN. Patients with Gilbert's syndrome prior to study entry must
            # have total bilirubin < 3 x ULN.": the sentence the phrase opens holds its bound
            follow = after[0]
        closes = follow is not None and _CLOSES.search(low, ph.end, follow.start) is None
        if follow is not None and (not before or ph.start - before[-1].end > 25 or
                                   (opens and closes)):
            if follow.subgroup is None:
                follow.subgroup = ph
        elif before and before[-1].subgroup is None:
            before[-1].subgroup = ph
        elif follow is not None and follow.subgroup is None:
            follow.subgroup = ph


#: What the people of an exception must have instead: "… who must have a total bilirubin".
_WHO_MUST = re.compile(r"\s*,?\s*(?:who|whom|which|that)\s+(?:must|should|shall|will|need\s+to|"
                       r"are\s+required\s+to)\s+(?:have|be|show)\b")


#: A cue right before an analyte whose bound chooses who another bound is for: "creatinine
#: clearance ≥ 60 mL/min for patients with creatinine > 1.5 × ULN", "direct bilirubin ≤ ULN if
#: total bilirubin > 1.5 × ULN".
_LAB_SUBGROUP_CUE = re.compile(
    r"(?:(?P<people>(?:(?<![a-z])(?:for|in|among)\s+(?:the\s+)?|(?:^|(?<=[(.;:]))\s*)"
    + PEOPLE + r"\s+(?:with|whose|having|who\s+have))|(?<![a-z])(?:if|when|where|in\s+case\s+"
    r"of))\s+"
    r"(?:(?:a|an|the|their|serum|plasma|baseline|screening)\s+)*$")
_OPENS_SENTENCE = re.compile(r"(?:^|[.;:])\s*$")
#: The end of a sentence or of the bracket a bound stands in.
_CLAUSE_CLOSE = re.compile(SENTENCE_BREAK.pattern + r"|[)\]]")
#: "… are eligible if their ANC is ≥ 1000/mm³": the bound is the requirement of a subgroup.
_ELIGIBLE_IF = re.compile(r"(?:eligible|allowed|acceptable|permitted|included|enrolled|"
                          r"qualify)\s*,?\s*$")
_THEN_ANALYTE = re.compile(r"\s*[,:]?\s*(?:then\s+)?(?:(?:the|a|an)\s+)?")


#: A pressure's name right after its number and unit: "> 100 mmHg diastolic".
_PRESSURE_AFTER = re.compile(r"\s*(?:mm\s*hg\s*)?(systolic|diastolic)\b")
_PRESSURES = {"systolic": ANALYTES["SystolicBloodPressure"],
              "diastolic": ANALYTES["DiastolicBloodPressure"]}
#: What lies between a bound and the same bound in other units in a bracket after it.
_IN_BRACKET = re.compile(r"\s*[(\[]\s*")


#: Two sexes after two bounds, in the bounds' order: "≥ 1.5 mg/dL or ≥ 1.4 mg/dL in men and
#: women, respectively".
_SEXES_RESPECTIVELY = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*(?:(?:for|in|among)\s+)?(?:the\s+)?(?P<a>" + SEX_WORD +
    r")\s*(?:and|or|&|/|,)\s*(?P<b>" + SEX_WORD + r")\s*,?\s*\(?respectively\b")


def _respectively(low: str, thresholds: list[_Threshold]) -> None:
    """Give the bounds before "respectively" one analyte or one sex each, in the order named.

    "systolic or diastolic blood pressure > 180 mmHg or > 95 mmHg, respectively": 180 bounds the
    systolic pressure and 95 the diastolic one. "Creatinine ≥ 1.5 mg/dL (≥ 133 µmol/L) or ≥ 1.4
    mg/dL (≥ 124 µmol/L) in men and women, respectively": 1.5 is the men's bound and 1.4 the
    women's, each with the same bound in other units in the bracket after it.
    """
    for k in range(len(thresholds) - 1):
        first, second = thresholds[k], thresholds[k + 1]
        names = tuple(dict.fromkeys(first.analytes))
        if len(names) == 2 and second.analytes == first.analytes and not second.own and \
                RESPECTIVELY.match(low, second.end):
            first.analytes, second.analytes = names[:1], names[1:]
    for k, last in enumerate(thresholds):
        both = _SEXES_RESPECTIVELY.match(low, last.end)
        if both is None:
            continue
        run = [last]  # the bounds of one analyte before the sexes, none with a sex of its own
        for t in reversed(thresholds[:k]):
            if t.analytes != last.analytes or t.sex is not None or t.subgroup is not None:
                break
            run.insert(0, t)
        run += [t for t in thresholds[k + 1:] if t.start < both.end()]  # "(≥ 124 µmol/L)"
        main = [t for j, t in enumerate(run) if j == 0 or not _IN_BRACKET.fullmatch(
            low, run[j - 1].end, t.start)]
        if len(main) != 2 or any(t.sex is not None for t in run):
            continue
        sex = None
        for t in run:
            if t in main:
                sex = sex_of(both.group("a") if t is main[0] else both.group("b"))
            t.sex, t.sex_span = sex, both.span()


def _lab_subgroups(low: str, thresholds: list[_Threshold]
                   ) -> tuple[list[_Threshold], list[tuple[_Threshold, _Threshold]]]:
    """Take off the bounds that only say whom another bound is for, and make them its subgroup.

    "Creatinine ≤ 1.5 × ULN or creatinine clearance ≥ 60 mL/min for patients with creatinine
    > 1.5 × ULN": the last bound is no requirement. When it is the complement of a bound of the
    criterion (here the first), the two bounds are alternatives, returned as a pair even without
    an "or" ("creatinine ≤ 1.0 mg/dL; if creatinine > 1.0 mg/dL, eGFR > 60"), and the limited
    bound keeps no subgroup. Otherwise the bound, in words, is the subgroup of the bound it
    limits: the one before it in its sentence, or the one after it when the cue opens the
    criterion or a sentence ("If total bilirubin > 1.5 × ULN, direct bilirubin ≤ ULN"). A
    condition opening a sentence that no bound follows is a note's ("If ALT > ULN, hepatitis
    serology is done") and bounds nothing. Nothing is changed when a subgroup's bound would limit
    a bound of its own analyte ("amylase ≤ 5 × ULN (those with amylase > 5 × ULN remain eligible
    if lipase …)").

    :returns: the bounds left, and the pairs of alternatives found.
    """
    cued: dict[int, re.Match[str]] = {}
    for k, t in enumerate(thresholds):
        if t.own and t.subgroup is None and t.analytes:
            cue = _LAB_SUBGROUP_CUE.search(low, max(0, t.ev_start - 60), t.ev_start)
            if cue is not None and not _ELIGIBLE_IF.search(low, max(0, cue.start() - 30),
                                                           cue.start()):
                cued[k] = cue
    if not cued:
        return thresholds, []
    plan: list[tuple[_Threshold, int, _Threshold | None, _Threshold | None]] = []
    others = [(j, b) for j, b in enumerate(thresholds) if j not in cued and b.analytes]
    for k, cue in cued.items():
        t = thresholds[k]
        if _OPENS_SENTENCE.search(low, max(0, cue.start() - 4), cue.start()):
            nxt = [b for j, b in others if j > k]
            then = _THEN_ANALYTE if cue.group("people") is None else _THEN
            limited = nxt[0] if nxt and then.fullmatch(low, t.end, nxt[0].ev_start) else None
            if limited is None and cue.group("people") is None and (
                    not nxt or _CLAUSE_CLOSE.search(low, t.end, nxt[0].start)):
                plan.append((t, cue.start(), None, None))
                continue
        else:
            prev = [b for j, b in others if j < k and b.end <= cue.start()]
            limited = prev[-1] if prev and cue.start() - prev[-1].end <= 100 and not \
                SENTENCE_BREAK.search(low, prev[-1].end, cue.start()) else None
        if limited is None:
            continue
        if limited.analytes == t.analytes:
            return thresholds, []
        complement = next((b for _, b in others if b.analytes == t.analytes
                           and b.comparator == NEGATED[t.comparator]
                           and (b.value, b.unit, b.uln) == (t.value, t.unit, t.uln)), None)
        plan.append((t, cue.start(), limited, complement))
    out = list(thresholds)
    pairs: list[tuple[_Threshold, _Threshold]] = []
    for t, start, limited, complement in plan:
        out.remove(t)
        if limited is None:
            continue
        if complement is not None:
            pairs.append((complement, limited))
        elif limited.subgroup is None:
            limited.subgroup = SubgroupPhrase(start, t.end, [_bound_words(t)], False, False)
    return out, pairs


def _bound_words(t: _Threshold) -> str:
    """Write a bound in words for a subgroup label: "serum creatinine > 1.5 × ULN"."""
    names = "/".join(dict.fromkeys(a.name for a in t.analytes))
    if t.uln is not None:
        return f"{names} {t.comparator} {t.uln:g} × ULN"
    value, unit = _normalise_value(t.analytes[0], t.value, t.unit)
    if value is None:
        value, unit = t.value, t.unit
    return f"{names} {t.comparator} {value:g}" + (f" {unit}" if unit else "")


#: :data:`~trialkg.criteria.subgroups.DEFINED_ON` by LOINC.
_DEFINED_ON = {label: _loincs(*keys) for label, keys in DEFINED_ON.items()}
#: Cues that make a phrase a real subgroup even when it names such a condition.
_CONDITIONAL_CUES = ("if", "when", "where", "for", "in ", "among", "unless", "except", "excluding",
                     "other than")


def _drop_definitions(low: str, thresholds: list[_Threshold]) -> None:
    """Take off the bounds the subgroup phrases that only name the condition they define."""
    for t in thresholds:
        ph = t.subgroup
        if ph is None or low.startswith(_CONDITIONAL_CUES, ph.start) or not t.analytes:
            continue
        allowed = frozenset().union(*(_DEFINED_ON.get(label, frozenset()) for label in ph.labels))
        if all(label in _DEFINED_ON for label in ph.labels) and all(
                a.loinc in allowed for a in t.analytes):
            t.subgroup = None


def _normalise_value(a: Analyte, value: float | None, unit: str | None
                     ) -> tuple[float | None, str | None]:
    """Fill a unit the text left out, by the analyte's ``bare_number`` rules (``analytes.tsv``).

    Platelets are written as 100 (× 10^9/L) or 100,000 (/µL), haemoglobin as 10 (g/dL) or 100
    (g/L); "FEV1 greater than 1.0" may be litres or a fraction, and an HbA1c above 20 is in
    mmol/mol or a dose: no unit.
    """
    if value is None:
        return value, unit
    cu = a.canonical_unit
    if unit == "g/L" and cu == "10*9/L":
        return value, "10*9/L"
    ruled, bare = a.bare_unit(value) if unit is None else (False, None)
    if ruled and bare is None:
        return value, None  # a number the table says cannot be read without its unit
    if cu == "%" and unit in (None, "%") and 0 < value <= 1 and a.key != "HemoglobinA1c":
        return round(value * 100, 6), "%"  # a fraction ("LVEF > 0.5"); HbA1c is never one
    if cu == "ms" and unit is None and 0 < value < 1:
        return round(value * 1000, 6), "ms"  # seconds ("QTc interval > 0.470"): no interval
        # is under a millisecond
    if unit is not None:
        return value, unit
    if ruled:
        return value, bare
    if cu in _DEFAULT_UNITS:
        return value, cu
    return value, None


#: Clearance with and without the body-surface normalisation: criteria use both for one bound.
_BSA_PAIR = {"mL/min", "mL/min/{1.73_m2}"}


@cache
def _convertible(loinc: str, unit: str) -> bool:
    """Whether a value in ``unit`` can be expressed in the analyte's canonical unit."""
    try:
        to_canonical(loinc, 1.0, unit)
    except KeyError:
        return True  # an analyte without a canonical unit: nothing to check
    except ValueError:
        return {unit, canonical_unit(loinc)} == _BSA_PAIR
    return True


def _same_bound(a: _Threshold, b: _Threshold, analyte: Analyte) -> bool:
    """Whether b restates a (same direction, same value in other units)."""
    if a.comparator[0] != b.comparator[0] or b.subgroup is not None or a.sex != b.sex:
        return False
    if a.uln is not None or b.uln is not None:
        return a.uln == b.uln
    va, ua = _normalise_value(analyte, a.value, a.unit)
    vb, ub = _normalise_value(analyte, b.value, b.unit)
    if va is None or vb is None:
        return False
    if analyte.loinc and ua and ub:
        try:
            ca, _ = to_canonical(analyte.loinc, va, ua)
            cb, _ = to_canonical(analyte.loinc, vb, ub)
        except (KeyError, ValueError):
            return False
        return abs(ca - cb) <= 0.06 * max(abs(ca), abs(cb), 1e-9)
    return ua == ub and va == vb


_SEX = r"(?P<sex>" + SEX_WORD + r")\b"
#: Whether a sex is named at all (a cheap test before _SEX_BEFORE and _SEX_AFTER).
_SEX_HINT = re.compile(r"\b" + SEX_WORD + r"\b")
#: The sex a bound is given for, written before its comparator ("QTc male ≥ 450 ms, female ≥
#: 470 ms", "hemoglobin: men: ≥ 13 g/dL")…
_SEX_BEFORE = re.compile(r"(?<!\bfor\s)(?<!\bin\s)\b" + _SEX + r"[\s:,(]*$")
#: … or after it ("≤ 120 g/L for men and ≤ 100 g/L for women", "> 450 msec (males)", "> 2.5
#: mg/dL [men]"), but not
#: one that leads the next bound or that is one of both ("for men and women").
_SEX_AFTER = re.compile(r"\s*\]?\s*(?:\([^()]{0,30}\)\s*)?(?:\[[^\[\]]{0,60}\]\s*)?,?\s*[(\[]?\s*"
                        r"(?:(?P<prep>for|in|among|if)\s+)?"
                        r"(?:adult\s+|the\s+)?" + _SEX +
                        r"(?!\s*(?:and|or|&|/)\s*" + SEX_WORD + r")"
                        r"(?(prep)|(?!\s*[:,)]?\s*(?:[<>≤≥=]|\d|greater|less|more|above|below|"
                        r"at\s+least)|\s+(?:(?:subjects?|patients?|participants?|volunteers?)\s+)?"
                        r"(?:with|whose|who\s+have)\b))")


#: Whom the bounds written after it are for: a sex ("Male subjects with heart rate < 40 and > 100
#: bpm, PR interval …", "Women with BMI ≥ 40 kg/m2 are excluded"), or people of any sex, which
#: ends the scope of a sex before ("… or participants with an eGFR < 55").
_SEX_LEAD = re.compile(r"(?<![a-z])(?:" + _SEX + r"\s+(?:(?:subjects?|patients?|participants?|"
                       r"volunteers?)\s+)?|(?:subjects?|patients?|participants?)\s+)"
                       r"(?:with|whose|who\s+have)\b")
#: A sex that is one of both ("male or female subjects with").
_SEX_PAIRED = re.compile(SEX_WORD + r"\s*(?:or|and|&|/)\s*$")
#: Both sexes named after a bound, in its clause ("PR interval < 120 and > 220 msec for male and
#: female subjects").
_BOTH_SEXES_AFTER = re.compile(r"[^,;]{0,40}?\b(?:for|in)\s+(?:both\s+)?" + SEX_WORD +
                               r"\s*(?:and|or|&|/)\s*" + SEX_WORD)


def _sexes(low: str, thresholds: list[_Threshold]) -> None:
    """Give each bound the sex it is written for, if one is named next to it.

    A bound with no sex beside it takes the sex that leads it in its sentence ("Male subjects
    with …"), up to the next lead.
    """
    claimed = 0  # where the words the previous bound took end ("< 11 g/dL in women, < 12 …")
    for t in thresholds:
        before = _SEX_BEFORE.search(low, max(claimed, t.start - 25), t.start)
        after = None if before else _SEX_AFTER.match(low, t.end)
        m = before or after
        if m is not None:
            t.sex = sex_of(m.group("sex"))
            t.sex_span = m.span()
        claimed = after.end() if after is not None else t.end
    leads = [m for m in _SEX_LEAD.finditer(low)
             if not _SEX_PAIRED.search(low, max(0, m.start() - 12), m.start())]
    for k, lead in enumerate(leads):
        if lead.group("sex") is None:
            continue
        stop = leads[k + 1].start() if k + 1 < len(leads) else len(low)
        if (brk := SENTENCE_BREAK.search(low, lead.end(), stop)) is not None:
            stop = brk.start()
        for t in thresholds:
            if lead.end() <= t.start < stop and t.sex is None:
                if _BOTH_SEXES_AFTER.match(low, t.end):
                    break  # the sexes are named again: the lead's scope ends
                t.sex, t.sex_span = sex_of(lead.group("sex")), lead.span()


#: A note on how measured values are rounded ("values of 49.50-49.99% may be rounded up to
#: 50%"): its numbers are no bounds.
_ROUNDING_NOTE = re.compile(r"(?:[^.;:()]|\.(?=\d))*\b(?:may|can|will|should|shall|are|is)\s+"
                            r"(?:be\s+)?rounded\s+(?:up|down|off)\b(?:[^.;:()]|\.(?=\d))*")


def extract_labs(low: str, hits: list[tuple[int, int, tuple[Analyte, ...]]] | None,
                 ctx: LabContext, conditions: list | None = None,
                 ) -> tuple[list[tuple[int, int, LabThresholdFact]], list[tuple[int, int]]]:
    """Read the lab thresholds of one criterion.

    :param low: lower-cased, normalised criterion text.
    :param hits: analyte lexicon hits in ``low`` (found here when None).
    :param ctx: context from header items (subgroup, analytes of a parent).
    :param conditions: condition lexicon hits in ``low``, if known (for subgroups).
    :returns: ``(facts with their spans in low, spans of subgroup phrases)``; fact
        ``start``/``end`` are left 0 for the caller to map back to the source.
    """
    if not _HAS_NUMBER.search(low):
        return [], []
    if hits is None:
        hits = ANALYTE_LEXICON.findall(low)
    mentions = _mentions(low, hits)
    if not mentions and not ctx.analytes:
        return [], []
    thresholds = _thresholds(low, mentions[0].start if mentions else 0)
    if "normal" in low or "wnl" in low:
        thresholds += [_Threshold(m.start(), m.end(), "<=", None, None, 1.0, normal=True)
                       for m in _WITHIN_NORMAL.finditer(low)
                       if not any(t.start <= m.start() < t.end for t in thresholds)]
    thresholds += _postfix_thresholds(low, thresholds, tuple(mn.end for mn in mentions))
    if "min" in low or "max" in low:
        thresholds += _extreme_thresholds(low, mentions, thresholds)
    if "rounded" in low:
        notes = [(m.start(), m.end()) for m in _ROUNDING_NOTE.finditer(low)]
        thresholds = [t for t in thresholds if not any(a <= t.start < b for a, b in notes)]
    if not thresholds:
        return [], []
    thresholds.sort(key=lambda t: t.start)
    if _SEX_HINT.search(low):
        _sexes(low, thresholds)
    _attach(low, thresholds, mentions, ctx)
    if "stolic" in low:
        for t in thresholds:
            if t.unit in (None, "mm[Hg]") and t.uln is None and (
                    named := _PRESSURE_AFTER.match(low, t.end)) is not None and not \
                    _CHANGE_BEFORE.search(low, max(0, t.start - 40), t.start):
                # "≥ 140 mmHg systolic and/or ≥ 90 mmHg diastolic": named after its number; not
                # "an orthostatic change of > 20 mm Hg systolic", a change
                t.analytes = (_PRESSURES[named.group(1)],)
                t.own, t.ev_start, t.end = True, t.start, named.end()
    if "respectively" in low:
        _respectively(low, thresholds)
    normals: list[_Threshold] = []
    if any(t.normal for t in thresholds):
        # "within normal limits" bounds only the analyte named right before it, one high in
        # disease; it takes no subgroup phrase from the bounds around it, which are the ones
        # limited ("Bilirubin WNL or ≤ 1.5 × ULN in patients with liver metastases")
        normals = []
        for t in thresholds:
            if t.normal and t.own:
                t.analytes = tuple(a for a in t.analytes if a.abnormal == "high"
                                   and a.canonical_unit not in _BARE_RANGE_UNITS)
                if t.analytes:
                    normals.append(t)
        thresholds = [t for t in thresholds if not t.normal]
        if not thresholds and not normals:
            return [], []
    pairs: list[tuple[_Threshold, _Threshold]] = []
    if len(thresholds) > 1:
        thresholds, pairs = _lab_subgroups(low, thresholds)
    phrases = find_subgroups(low, conditions)
    _apply_subgroups(low, thresholds, phrases)
    if phrases:
        _drop_definitions(low, thresholds)
        # a phrase naming a condition defined by a bound stays a condition fact unless it
        # limits a bound ("hypertension (SBP > 160 mmHg)" against "if hypertensive, SBP ...")
        used = {(t.subgroup.start, t.subgroup.end) for t in thresholds
                if t.subgroup is not None and t.analytes}
        phrases = [ph for ph in phrases if (ph.start, ph.end) in used
                   or not all(label in _DEFINED_ON for label in ph.labels)]
    if normals:
        thresholds = sorted(thresholds + normals, key=lambda t: t.start)
    out: list[tuple[int, int, LabThresholdFact]] = []
    made: dict[int, list[LabThresholdFact]] = {}
    kept: list[_Threshold] = []
    targets = ("to maintain" in low or "to achieve" in low or "to keep" in low
               or "to sustain" in low)
    for t in thresholds:
        if not t.analytes or (t.uln is not None and t.uln <= 0):
            continue
        if "isolated" in low and _ISOLATED_ALLOWED.search(low, max(0, t.start - 40), t.start) \
                and _ALLOWED_IF.match(low, t.end):
            continue  # "(isolated bilirubin > 1.5 × ULN is acceptable if … direct bilirubin
            # < 35%)": an allowance under a condition, not a bound
        if targets and _TARGET_BEFORE.search(low, max(0, min(t.ev_start, t.start) - 80),
                                             min(t.ev_start, t.start)):
            continue  # "supplemental oxygen to maintain SaO2 > 90%": a treatment's target
        if not t.own and any(k.analytes == t.analytes and _same_bound(k, t, t.analytes[0])
                             for k in kept[-2:]):
            continue
        if not t.own and kept and kept[-1].analytes == t.analytes and t.subgroup is None \
                and t.sex == kept[-1].sex and t.comparator[0] == kept[-1].comparator[0] and \
                _RESTATED.match(
                    low, kept[-1].end, t.start):
            continue  # "≥ 50 mL/min (≥ 0.83 mL/sec)": the same bound in other units
        if any(k.analytes == t.analytes and k.comparator == t.comparator and k.value == t.value
               and k.unit == t.unit and k.uln == t.uln and k.subgroup is t.subgroup
               and k.sex == t.sex for k in kept):
            continue
        kept.append(t)
        sub = t.subgroup or ctx.subgroup
        ev_start, ev_end = min(t.ev_start, t.start), t.end
        if t.lead is not None:
            ev_start = min(ev_start, t.lead)
        if t.sex_span is not None:  # "… > 46 kg (101 lb) for women"
            ev_start, ev_end = min(ev_start, t.sex_span[0]), max(ev_end, t.sex_span[1])
        if t.subgroup is not None and t.subgroup.end > ev_end and t.subgroup.start - ev_end < 40:
            ev_end = t.subgroup.end
        elif t.subgroup is not None and t.subgroup.end <= ev_start and \
                _SUBGROUP_THEN.fullmatch(low, t.subgroup.end, ev_start):
            ev_start = t.subgroup.start  # "patients with liver involvement whose ALT …"
        bounds = [(a, t.value) for a in dict.fromkeys(t.analytes)]
        if {a.loinc for a, _ in bounds} == {_SYSTOLIC, _DIASTOLIC}:
            if t.value2 is not None:  # "blood pressure > 140/90 mmHg"
                bounds = [(a, t.value2 if a.loinc == _DIASTOLIC else t.value) for a, _ in bounds]
                ev_end = max(ev_end, t.pair_end)
            elif "diastolic" not in low[ev_start:t.start]:
                # one number for "blood pressure" bounds the systolic pressure
                bounds = [(a, v) for a, v in bounds if a.loinc == _SYSTOLIC]
        for a, written in bounds:
            if a.key == "CreatinineClearance" and t.unit == "mL/min/{1.73_m2}" and \
                    _ESTIMATED.search(low) and "cockcroft" not in low:
                a = ANALYTES["EstimatedGFR"]  # "estimated creatinine clearance (CKD-EPI) < 50
                # mL/min/1.73m^2": a GFR estimated from creatinine, per body surface
            value, unit = _normalise_value(a, written, t.unit)
            if value is not None and unit is None:
                continue  # a number without a unit that cannot be told from the analyte
            vital = a.canonical_unit in _BARE_RANGE_UNITS
            if (t.bare_range and not vital) or (t.unit is None and vital and not t.own):
                continue  # a bare range bounds only a vital sign, and a vital sign's number
                # without a unit must follow its name ("DBP > 90 mmHg on at least 3 visits")
            if t.millimetres and a.canonical_unit == "%":
                continue  # "> 80 mm" bounds no percentage
            if value is not None and unit is not None and a.loinc and not _convertible(
                    a.loinc, unit):
                continue  # "weight loss > 10%": a unit the analyte is not measured in
            fact = LabThresholdFact(
                start=0, end=0, analyte=a.name, loinc=a.loinc, comparator=t.comparator,
                value=value, unit=unit if value is not None else None, uln_multiple=t.uln,
                subgroup=list(sub.labels) if sub else [],
                subgroup_negated=bool(sub and sub.negated), sex=t.sex)
            out.append((ev_start, ev_end, fact))
            made.setdefault(id(t), []).append(fact)
        for forms, either in _EITHER_FORM:
            pair = [f for f in made.get(id(t), []) if f.loinc in forms]
            if len(pair) == 2 and either.search(low, ev_start, t.start):
                number = 1 + max((f.any_of or 0 for _, _, f in out), default=0)
                for f in pair:  # "PT or INR ≤ 1.5 × ULN": one measure, in either form
                    f.any_of = number
    if len(out) > 1:
        if ctx.subgroup is None:
            _others_than(out)
        _alternatives(low, out)
        for first, second in pairs:
            facts = made.get(id(first), []) + made.get(id(second), [])
            if len(facts) == 2 and facts[0].any_of is None and facts[1].any_of is None:
                facts[0].any_of = facts[1].any_of = 1 + max(
                    (f.any_of or 0 for _, _, f in out), default=0)
    return out, [(p.start, p.end) for p in phrases]


#: Two forms of one measure (LOINC codes), and the two named as alternatives before one bound:
#: the prothrombin time and the INR computed from it ("PT or INR", "PT/INR"); total and direct
#: bilirubin ("total or direct bilirubin ≤ 1.5 × ULN"; "total and direct" are both).
_EITHER_FORM = (
    (frozenset({"5902-2", "6301-6"}),
     re.compile(r"\b(?:pt|prothrombin\s+time)\b[^,;]{0,40}?(?:\bor\b|/)\s*\(?\s*"
                r"(?:inr|international\s+normali[sz]ed\s+ratio)\b|"
                r"\b(?:inr|international\s+normali[sz]ed\s+ratio)\b[^,;]{0,40}?(?:\bor\b|/)\s*"
                r"\(?\s*(?:pt|prothrombin\s+time)\b")),
    (frozenset({"1975-2", "1968-7"}),
     re.compile(r"\b(?:total\s+or\s+direct|direct\s+or\s+total)\s+(?:serum\s+)?bilirubin\b")),
)
#: What may stand between two bounds that are alternatives, once bracketed words are taken
#: out: "or", "and/or", a few words before it ("× ULN according to institutional standards
#: or", "for age or"), and a determiner or "measured or calculated" after it.
_EITHER_GAP = re.compile(
    r"\s*\)?\s*[,;]?\s*(?:(?:for\s+age|(?!(?:and|if|for|in|with|without|unless|except|when|while|"
    r"but)\b)[a-z]+)\s+){0,4}(?:and\s*/\s*)?or\s+(?:(?:a|an|the|their|whose|calculated|"
    r"measured|estimated|or|24[\s-]*h(?:ou)?rs?|urine|urinary|timed)\s+)*")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_LIST_COMMA = re.compile(r"\s*[,;]\s*")


def _alternatives(low: str, out: list[tuple[int, int, LabThresholdFact]]) -> None:
    """Give the bounds joined by "or", of which one must hold, the number of their set.

    "Creatinine ≤ 1.5 mg/dL OR creatinine clearance ≥ 60 mL/min": two bounds of one set. Only
    bounds on different analytes for everyone (no subgroup, no sex), each read alone from its
    words (not "AST and ALT ≤ 2.5 × ULN", whose two bounds both hold), and with nothing but
    "or" and a few words between them, are joined. An analyte bounded twice in the criterion
    (a range, a subgroup's bound, "SBP ≥ 160 or < 90 mmHg, or DBP ≥ 100 …") is left out: its
    bounds do not pair with the next analyte's.
    """
    spans: dict[tuple[int, int], list[LabThresholdFact]] = {}
    bounds: dict[str, int] = {}
    for s, e, fact in out:
        spans.setdefault((s, e), []).append(fact)
        bounds[fact.analyte] = bounds.get(fact.analyte, 0) + 1
    order = sorted(spans)
    number = max((f.any_of or 0 for _, _, f in out), default=0)  # after sets already made
    for k in range(len(order) - 1):
        (s1, e1), (s2, e2) = order[k], order[k + 1]
        first, second = spans[(s1, e1)], spans[(s2, e2)]
        if len(first) != 1 or len(second) != 1 or s2 < e1:
            continue
        if k and _LIST_COMMA.fullmatch(_BRACKETED.sub(" ", low[order[k - 1][1]:s1])) and not (
                k + 2 < len(order) and _LIST_COMMA.fullmatch(
                    _BRACKETED.sub(" ", low[e2:order[k + 2][0]]))):
            continue  # "ANC < 1500/mm3, platelets < 100,000/mm3, or hemoglobin < 9 g/dL": a
            # list's last "or" may join all of it, or be loose wording for "and"; not one
            # inside a list ("…, creatinine < 1.5 × ULN or creatinine clearance ≥ 50 mL/min,
            # bilirubin …"), which joins its two neighbours
        a, b = first[0], second[0]
        if bounds[a.analyte] > 1 or bounds[b.analyte] > 1 or a.subgroup or b.subgroup \
                or a.sex or b.sex:
            continue
        gap = _BRACKETED.sub(" ", low[e1:s2])
        if _EITHER_GAP.fullmatch(gap) is None:
            continue
        if a.any_of is None:
            number += 1
            a.any_of = number
        b.any_of = a.any_of


def _others_than(out: list[tuple[int, int, LabThresholdFact]]) -> None:
    """Limit a bound to those outside the subgroups that have a bound of their own.

    "AST and ALT < 2.5 × ULN (5 × ULN if liver metastases are present)": the 2.5 × ULN bound is
    for patients without liver metastases. Only a bound of the same analyte, on the same side
    and for the same sex, written in the same criterion, counts; not one in another unit of
    measure, which restates a bound ("LDL-C < 100 mg/dL (< 2.59 mmol/L) … in participants with
    familial hypercholesterolemia"), while a multiple of the ULN and a value in a unit differ.
    """
    for _, _, fact in out:
        if fact.subgroup:
            continue
        labels: list[str] = []
        for _, _, other in out:
            if other.subgroup and not other.subgroup_negated and other.loinc == fact.loinc \
                    and other.analyte == fact.analyte and other.sex == fact.sex \
                    and (other.unit == fact.unit or None in (other.unit, fact.unit)) \
                    and (other.comparator[0] == fact.comparator[0] or (
                        # an exclusion's bound and the subgroup's requirement, both in × ULN:
                        # "AST or ALT > 2.5 × ULN (patients with a positive HBV surface antigen
                        # … must have AST and ALT no more than 1.5 × ULN)"
                        other.uln_multiple is not None and fact.uln_multiple is not None)) and (
                        other.value, other.uln_multiple) != (fact.value, fact.uln_multiple):
                labels += [x for x in other.subgroup if x not in labels]
        if labels:
            fact.subgroup, fact.subgroup_negated = labels, True


#: The start of an inclusion criterion that denies what it names: "No QTc interval ≥ 500 msec",
#: "No uncontrolled hypertension (i.e., blood pressure > 150/100 mm Hg)", "Patients must not have
#: a screening QTcF interval > 480 msec", "None of the following:"; not "no more than" (a
#: comparator).
DENIAL = re.compile(
    r"\s*(?:no|none\s+of|(?:(?:patients?|subjects?|participants?)\s+)?(?:must|should|may)\s+not"
    # "Patients may not concurrently have any of the following conditions:"
    r"\s+(?:(?:concurrently|currently|also|ever)\s+)?(?:have|be)|absence\s+of|free\s+of|"
    r"without)\s+"
    r"(?!(?:more|greater|less|fewer|higher|lower|longer|later|earlier|worse|better)\b)")
#: Where the denial's clause ends.
_DENIAL_END = re.compile(SENTENCE_BREAK.pattern + "|:")
#: A bound joined by "and" is a requirement of its own: "No clinically significant findings in
#: vital signs and systolic blood pressure ≥ 110 mmHg".
_AND_BEFORE = re.compile(r"(?<![a-z/])and\s+$")
_ABNORMAL_SIDE = {"high": (">", ">="), "low": ("<", "<=")}
_ABNORMAL_BY_LOINC = {a.loinc: a.abnormal for a in ANALYTES.values()}


def deny_bounds(low: str, labs: list[tuple[int, int, LabThresholdFact]], whole: bool = False
                ) -> list[tuple[int, int, LabThresholdFact]]:
    """Turn the bounds an inclusion criterion denies into the bounds it requires.

    A bound in the first clause of a criterion that starts "No …" (or "must not have …") is
    denied when it lies on the side of its analyte that means disease (``abnormal`` in
    ``analytes.tsv``): "No QTc interval ≥ 500 msec" is QTc < 500 ms, "No severe anemia, defined
    as hemoglobin < 10 g/dL" is haemoglobin ≥ 10 g/dL. A bound on the healthy side is what the
    text requires in other words ("No severe impairment of bone marrow function (ANC > 1.5 x
    10^9/L)") and is kept, and so is one on an analyte whose both sides mean disease (white
    cells, potassium): the words cannot tell. The evidence of a denied bound starts at the
    denial.

    :param low: lower-cased, normalised inclusion criterion text.
    :param labs: its lab facts with their spans in ``low``.
    :param whole: the whole criterion is denied (by a header above it), not only what follows
        a denial at its start.
    :returns: the facts, denied ones with the inverse comparator.
    """
    lead = None if whole else DENIAL.match(low)  # a header's denial: the evidence stays the
    # bound's own
    if lead is None and not whole:
        return labs
    end = _DENIAL_END.search(low, lead.end()) if lead is not None else None
    stop = end.start() if end is not None else len(low)
    out: list[tuple[int, int, LabThresholdFact]] = []
    # a range on one analyte ("≥ 500/mm^3 and < 1,000/mm^3") cannot be denied bound by bound
    ranged = {f.analyte for _, _, f in labs if f.comparator[0] == "<"} & {
        f.analyte for _, _, f in labs if f.comparator[0] == ">"}
    broken: set[int] = set()
    for s, e, fact in labs:
        if fact.analyte in ranged:
            out.append((s, e, fact))
            continue
        side = _ABNORMAL_SIDE.get(_ABNORMAL_BY_LOINC.get(fact.loinc, "both"), ())
        if fact.comparator in side and (lead is None or (
                s < stop and not _AND_BEFORE.search(low, max(0, s - 8), s))):
            fact = replace(fact, comparator=NEGATED[fact.comparator])
            if fact.any_of is not None:
                broken.add(fact.any_of)
            if lead is not None:
                s = min(s, lead.start())
        out.append((s, e, fact))
    if broken:  # "No SBP > 160 or DBP > 100 mmHg": both SBP ≤ 160 and DBP ≤ 100
        out = [(s, e, replace(f, any_of=None) if f.any_of in broken else f) for s, e, f in out]
    return out


#: A requirement in an exclusion criterion's words: "Blood pressure must be ≤ 160/95 mmHg".
_MUST_BE = re.compile(r"\b(?:must|should|shall|has\s+to|have\s+to|needs?\s+to)\s+(?:be|remain)\b"
                      r"(?!\s+(?:not|no)\b)")


def required_bounds(low: str, labs: list[tuple[int, int, LabThresholdFact]]
                    ) -> list[tuple[int, int, LabThresholdFact]]:
    """Turn the bounds an exclusion criterion states as required into the bounds that exclude.

    "Poorly controlled hypertension. Blood pressure must be ≤ 160/95 mmHg at screening" excludes
    a blood pressure above 160/95: a bound on the healthy side of its analyte with "must be"
    (or "should be", "has to be") between the analyte and the value takes the inverse
    comparator. A bound on the side of disease ("QTc must be > 470 ms to be excluded") and one
    on an analyte whose both sides mean disease are kept, as the words cannot tell; so are
    alternatives ("… must be ≤ 160 or …"), whose inverse no set of bounds states.

    :param low: lower-cased, normalised exclusion criterion text.
    :param labs: its lab facts with their spans in ``low``.
    :returns: the facts, required ones with the inverse comparator.
    """
    out: list[tuple[int, int, LabThresholdFact]] = []
    for s, e, fact in labs:
        side = _ABNORMAL_SIDE.get(_ABNORMAL_BY_LOINC.get(fact.loinc, "both"))
        if side is not None and fact.comparator not in side and fact.any_of is None and \
                _MUST_BE.search(low, s, e):
            fact = replace(fact, comparator=NEGATED[fact.comparator])
        out.append((s, e, fact))
    return out
