"""Subgroups that limit a lab bound: "(≤ 5 × ULN for patients with liver metastases)".

A subgroup phrase names conditions from the criteria lexicon after a cue (``for
patients with``, ``if``, ``unless``, ``excluding subjects with``, ``without``).
The cue and its relative clause decide whether the bound applies to patients who
have the condition or to those who do not. Header items such as "Liver function:
subjects without liver metastasis" carry a subgroup for the items that follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trialkg.criteria.lexicon import CONDITION_LEXICON

__all__ = ["PEOPLE", "SubgroupPhrase", "find_subgroups", "header_context", "HEADER_WORDS",
           "DEFINED_ON", "LAB_STATES"]

_DIGIT = re.compile(r"\d")
#: Words for the participants a subgroup is made of.
PEOPLE = r"(?:patients?|subjects?|participants?|those|cases|people|individuals|persons|pts)"
_SUBGROUP = re.compile(
    r"(?<![a-z])(?P<cue>unless|except(?:\s+(?:for|in|when|if))?|excluding|other\s+than|"
    r"if|when|where|in\s+case\s+of|in\s+the\s+(?:presence|absence|setting|case)\s+of|"
    r"(?:in|for|among)(?:\s+the)?(?:\s+case\s+of)?(?=\s+" + PEOPLE + r")|"
    r"due\s+to|related\s+to|attributable\s+to|secondary\s+to|caused\s+by|"
    r"(?=" + PEOPLE + r"\s+with))"
    r"(?:\s*(?:the\s+)?" + PEOPLE + r")?"
    r"(?:\s*(?:the\s+)?(?P<rel>without|with|who\s+(?:do\s+not|don't)\s+have|who\s+have|having|"
    r"not\s+having|has|have|there\s+(?:is|are)(?:\s+no)?|of|is|are))?"
    r"(?:\s*(?:known|documented|confirmed|presence\s+of|evidence\s+of|a|an|the|"
    r"hepatic\s+involvement\s+or|suspected))*"
    r"\s*(?P<what>[^;.()\[\]:<>≤≥=]{2,90})"
)
#: Cues that name a cause: "unless due to", "related to".
_CAUSE_CUES = frozenset({"unless", "due to", "related to", "attributable to", "secondary to",
                         "caused by", "except", "except if", "except when"})
#: The disease under study as the cause of a value: "(unless) related to primary disease", "due to
#: the underlying malignancy", "attributable to disease involvement".
_OWN_DISEASE = re.compile(r"(?:(?:elevation|abnormality|value)\s+(?:is\s+)?)?(?:(?:due|related|"
                          r"attributable|secondary)\s+to\s+)?(?:the\s+)?(?:underlying\s+|primary\s+|"
                          r"patient'?s\s+|known\s+)?(?:disease|malignancy|cancer|tumou?r)"
                          r"(?:\s+involvement)?\b(?!\s+(?:of|in)\b)")
_STOP = re.compile(r"\s(?:in\s+which\s+case|then|must|should|is|are|≤|≥|<|>|\d)")
_NEGATIVE_CUES = ("unless", "except", "excluding", "other than", "in the absence of")
#: Other values allowed before the subgroup they are allowed for: "(lower values are acceptable if
#: due to marrow involvement)": the bound is for the others, as after "unless".
_ALLOWED_BEFORE = re.compile(r"\b(?:values?|levels?|counts?)\s+(?:are|is|will\s+be|may\s+be)\s+"
                             r"(?:also\s+)?(?:acceptable|accepted|allowed|permitted|eligible)\s*$")
#: The subgroup allowed, written after a phrase that names its people: "participants with
#: documented Gilbert's syndrome were not excluded", "Participants with known stable diabetes
#: are not excluded".
#: "Will not be excluded" may come far after them ("… with a confirmed diagnosis and documented in
#: the subject's medical record will not be excluded based on this criterion"); the other forms
#: only close by, since a bound may be written inside an allowance ("Patients with Gilbert
#: syndrome and bilirubin < 2 X ULN … are eligible").
_ALLOWED_AFTER = re.compile(r"(?:[^.;()]{0,90}?\b(?:will|shall|would)\s+not\s+be\s+excluded\b|"
                            r"[^.;()]{0,30}?\b(?:(?:are|is|were|will\s+be|may\s+be|can\s+be)\s+"
                            r"(?:not\s+excluded|eligible|allowed|permitted|acceptable)\b|"
                            # "(subjects with documented Gilbert's disease allowed)"
                            r"(?:allowed|permitted|eligible|accepted)\s*\)))"
                            # not one on a condition: "… are allowed to enroll unless their
                            # AST/ALT levels are greater than three times ULN"
                            r"(?![^.;()]{0,25}\b(?:if|unless|provided|when|as\s+long\s+as)\b)")
_NEGATIVE_RELS = ("without", "who do not", "who don't", "not having", "there is no",
                  "there are no")

#: Words of a header item that names a group of lab values ("renal function", "routine blood test").
HEADER_WORDS = re.compile(
    r"\b(?:functions?|tests?|routine|chemistry|biochemistry|biochemical|ha?ematology|"
    r"ha?ematopoietic|coagulation|blood\s+counts?|laboratory|labs?|values)\b"
)


@dataclass(slots=True)
class SubgroupPhrase:
    """A subgroup phrase: span in the criterion, labels, negation, and cue kind."""

    start: int
    end: int
    labels: list[str]
    negated: bool
    exception: bool  #: cue was unless/except/excluding (bound before it is general)


#: Conditions defined by a bound on analytes (their keys in ``analytes.tsv``): "patients with
#: hypertension (SBP > 160 mmHg)" names the condition the bound defines, not a subgroup the bound
#: is limited to.
DEFINED_ON: dict[str, tuple[str, ...]] = {
    "hypertension": ("SystolicBloodPressure", "DiastolicBloodPressure"),
    "hypotension": ("SystolicBloodPressure", "DiastolicBloodPressure"),
    "renal impairment": ("SerumCreatinine", "CreatinineClearance", "EstimatedGFR"),
    "kidney failure": ("SerumCreatinine", "CreatinineClearance", "EstimatedGFR"),
    "hypokalemia": ("Potassium",), "hyperkalemia": ("Potassium",), "hyponatremia": ("Sodium",),
    "hypocalcemia": ("Calcium",), "hypercalcemia": ("Calcium",), "hypomagnesemia": ("Magnesium",),
    "anemia": ("Hemoglobin",), "thrombocytopenia": ("PlateletCount",),
    "neutropenia": ("AbsoluteNeutrophilCount",), "bradycardia": ("HeartRate",),
    "sinus bradycardia": ("HeartRate",), "leukopenia": ("WhiteBloodCellCount",),
    "jaundice": ("TotalBilirubin", "DirectBilirubin"),
}
#: Those that are themselves an abnormal value or sign: next to a bound they name what it
#: measures ("hypercalcemia (corrected calcium > 11 mg/dl)", "platelets ≥ 30,000 if
#: thrombocytopenia is due to marrow involvement") and are never a subgroup (unlike "if
#: hypertensive, SBP < 160").
LAB_STATES = frozenset(DEFINED_ON) - {"hypertension", "hypotension", "renal impairment",
                                      "kidney failure"}


def find_subgroups(low: str, conditions: list | None = None) -> list[SubgroupPhrase]:
    """Find the subgroup phrases of a criterion.

    :param low: lower-cased, normalised criterion text.
    :param conditions: condition lexicon hits ``(start, end, labels)`` in ``low``, if known.
    :returns: phrases that name at least one condition of the lexicon, in text order.

    >>> text = "total bilirubin ≤ 1.5 uln, excluding subjects with gilbert's syndrome"
    >>> p = find_subgroups(text)[0]
    >>> p.labels, p.negated
    (['Gilbert syndrome'], True)
    """
    out: list[SubgroupPhrase] = []
    pos = 0
    if conditions is None:
        conditions = CONDITION_LEXICON.findall(low)
    if not conditions and not ("disease" in low or "malignan" in low or "cancer" in low
                               or "tumo" in low):
        return out
    for m in _SUBGROUP.finditer(low):
        if m.start() < pos:
            continue
        what_start, what_end = m.span("what")
        stop = _STOP.search(low, what_start, what_end)
        if stop is not None:
            what_end = stop.start()
        labels: list[str] = []
        last = what_start
        for h_start, h_end, h_labels in conditions:
            if h_start < what_start or h_end > what_end:
                continue
            if all(label in LAB_STATES for label in h_labels):
                continue
            for label in h_labels:
                if label not in labels:
                    labels.append(label)
            last = h_end
        cue = " ".join(m.group("cue").split())
        if not labels and cue in _CAUSE_CUES and (
                own := _OWN_DISEASE.match(low, what_start)) is not None:
            # "AST or ALT > 2.5 × ULN unless related to primary disease": the trial's disease
            labels, last = ["underlying disease"], own.end()
        if not labels:
            continue
        rel = " ".join((m.group("rel") or "").split())
        exception = cue.startswith(_NEGATIVE_CUES) or (
            cue in ("if", "when", "where", "due to") and
            _ALLOWED_BEFORE.search(low, max(0, m.start() - 50), m.start()) is not None) or (
            # "(participants with documented Gilbert's syndrome were not excluded based on this
            # criterion)": the bound is for the others
            not cue and _ALLOWED_AFTER.match(low, last) is not None)
        negated = exception != rel.startswith(_NEGATIVE_RELS)
        out.append(SubgroupPhrase(m.start(), last, labels, negated, exception))
        pos = last
    return out


def header_context(low: str, has_threshold: bool, has_facts: bool = False
                   ) -> tuple[bool, SubgroupPhrase | None]:
    """Decide whether an item is a header for the items after it, and its subgroup.

    :param low: lower-cased criterion text.
    :param has_threshold: whether a lab bound was read from the item itself.
    :param has_facts: whether any fact was read from the item.
    :returns: ``(is_header, subgroup)``; a header without a subgroup resets the context.
    """
    if has_threshold or len(low) > 110:
        return False, None
    maybe = ("function" in low or "test" in low or "routine" in low or "chemistry" in low
             or "biochem" in low or "matolog" in low or "matopoietic" in low
             or "coagulation" in low or "count" in low or "lab" in low or "values" in low)
    header_word = ":" in low or (maybe and HEADER_WORDS.search(low) is not None)
    if not header_word or _DIGIT.search(low):
        return False, None
    if not header_word:
        return False, None
    phrases = find_subgroups(low)
    if phrases:
        return True, phrases[0]
    if len(low) <= 60 and not has_facts:
        return True, None
    return False, None
