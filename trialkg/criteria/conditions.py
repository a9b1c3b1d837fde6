"""Conditions a participant must not have (or must have), and biomarker requirements.

Excluded conditions come from every lexicon match in an exclusion criterion (except
inside "except …"/"other than …" scopes or sentences that allow the condition) and
from "no …"/"without …"/"not …" scopes and "HIV negative" forms of an inclusion
criterion. Labels are the lexicon's canonical names, lower-cased, prefixed with the
severity words written before them ("uncontrolled active infection", "severe
arrhythmia"). A coordination such as "severe lung or kidney disease" names each
conjunct. Required conditions are read from "diagnosis of …", "histologically
confirmed …"; biomarkers from "GD2-positive", "positive expression of GD2 antigen",
"AQP4-IgG positive".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from trialkg.criteria.lexicon import CONDITION_LEXICON
from trialkg.criteria.model import BiomarkerFact, ConditionFact
from trialkg.criteria.quantities import (
    EXCEPTED_CUE,
    EXCEPTION_CUE,
    ITEM_BREAK,
    NUMBER,
    SENTENCE_BREAK,
    WINDOW_ANCHOR,
    duration_days,
    parse_comparator,
    parse_number,
)

__all__ = ["eye_of", "extract_excluded", "extract_required", "extract_bare_diagnosis",
           "extract_biomarkers", "POPULATION_WORDS"]

#: Words before a condition that name where it is or what kind it is ("variceal bleeding",
#: "viral infection", "portal hypertension", "diabetic neuropathy"): kept in its label.
_SITE_KINDS = (
    "systemic", "viral", "bacterial", "fungal", "parasitic", "mycobacterial", "variceal",
    "secondary", "ocular", "periocular", "genital", "vaginal", "uterine", "rectal", "pulmonary",
    "vitreous", "internal", "arterial", "venous", "portal", "autonomic", "diabetic", "optic",
    "structural", "rheumatic", "polycystic", "aortic", "supraventricular", "atypical",
    "localized", "menstrual", "parenchymal", "ischemic", "ischaemic", "atherosclerotic",
    "obstructive", "atrial", "retinal", "cutaneous", "urinary", "hypertensive",
    "tumou?r-(?:associated|related)", "intracranial", "latent", "metastatic", "restrictive",
    "infiltrative", "dilated", "dyskinetic", "constrictive", "eosinophilic",
    r"posterior\s+subcapsular", "skin", "enteric", "erosive", "invasive", "demyelinating",
    "urothelial", r"(?<!-)(?<!or\s)(?<!and\s)acquired", r"autosomal[\s-]+(?:dominant|recessive)",
    "disseminated", "intrinsic", "brainstem", "pontine", "biliary", "ha?emophilic",
    r"(?<!-)traumatic", "local", "oral", "psychotic",
    # where and how a fracture is: "ipsilateral tibial fracture", "periprosthetic fracture"
    "periprosthetic", r"pathologic(?:al)?", "femoral", "tibial", "acetabular", "vertebral",
    "bilateral", "ipsilateral", "contralateral", "iatrogenic",
    # "functional diarrhea", "functional gastrointestinal disorders"
    "functional")
_SITE_KIND_WORDS = frozenset(w for w in _SITE_KINDS if w.isalpha())
#: Severity words before a condition ("moderate to severe" as a whole: not narrowed to "severe"),
#: and words that name a narrower kind ("orthostatic hypotension", "proliferative retinopathy",
#: "2nd or 3rd degree heart block"); regexes.
#: Those of severity or control, which the next items of a plain list share ("uncontrolled
#: diabetes, hypertension, or thyroid disease"); not the words naming a kind ("ventricular").
_SEVERITY_WORDS = (
    "severe", "serious", "active", "current", "uncontrolled", "uncontrollable",
    r"non[\s-]?controlled",
    r"poorly\s+controlled",
    r"(?:inadequately|insufficiently)\s+controlled", "uncompensated", "decompensated",
    "symptomatic", "untreated", "uncorrected", r"clinically[\s-]+significant", "significant",
    "substantial", r"(?:mild|moderate)(?:\s+to\s+|\s*-\s*to\s*-\s*|\s*-\s*)severe",
    r"moderately\s+severe",
    r"life[\s-]threatening", r"non[\s-]?healing", r"(?:new|recent)[\s-]+onset(?:\s+of)?")
_MODIFIER_WORDS = (
    *_SEVERITY_WORDS, "unstable",
    "advanced", "unexplained", "agnogenic", r"un-?investigated", r"(?:previously\s+)?undiagnosed",
    "unresolved", "chronic", "acute", "undertreated", "resting",
    r"(?:inadequately|insufficiently)\s+treated", "degenerative", "organic",
    r"(?:left|right)[\s-]+sided", r"non[\s-]?traumatic",
    "progressive", "ongoing", "recurrent", "relapsed", "refractory", "relapsing", "major",
    "extensive", "dangerous", "recent", "repeated", "current", "sustained", "frequent",
    "imminent", r"high[\s-]+risk", "multiple", r"non-?measurable", r"non-?secretory",
    "oligosecretory", "infectious", "infective", "compensated", "cyanotic", "unrepaired",
    "concurrent", "concomitant", "intercurrent", "operable", "inoperable",
    "orthostatic", "postural", "ventricular", "proliferative", "hypertrophic", "borderline",
    # a state of its own, which a shared modifier does not grade: "severe renal impairment or
    # end stage renal disease", "active liver disease or impaired hepatic function"
    "impaired", r"end[\s-]+stage",
    # what it is caused by, part of or needs: "heparin-induced", "immune-related",
    # "non-hormone-related", "transfusion-dependent", "steroid-refractory"
    # "alcohol induced psychosis"; not "surgeries that induced chronic malabsorption"
    r"(?:non[- ]?)?(?!(?:that|which|who|not|is|are|was|were|be|been)\s)[a-z0-9]+[- ]induced|"
    r"(?:non[- ]?)?[a-z0-9]+-(?:induced|associated|related|dependent|refractory|resistant|"
    r"sensitive|exacerbated)",
    r"(?:(?:platinum|castrat(?:e|ion)|treatment|therapy|drug|multi-?drug|hormone|steroid|"
    r"insulin|antibiotic)[\s-]+)?resistant", "microscopic",
    "gestational", "intermittent", r"(?:clinically[\s-]+)?relevant",
    r"clinically[\s-]+(?:important|active|serious|evident|apparent|unstable|symptomatic|severe|"
    r"meaningful)",
    # how many episodes: "More than one episode of severe hypoglycaemia", "two or more episodes
    # of pancreatitis"; not "1 or more episodes", any at all
    r"(?:more\s+than\s+(?:one|two|three|\d+)|(?:two|three|(?!1\b)\d+)\s+or\s+more|at\s+least\s+"
    r"(?:two|three|(?!1\b)\d+))\s+(?:episodes?|attacks?|events?|occurrences?|bouts?)\s+of",
    # "more than mild dementia", "moderate or worse dementia": worse than mild, not mild
    r"(?:more|greater|worse)\s+than\s+(?:mild|moderate|minimal)",
    r"(?:mild|moderate|severe)\s+or\s+(?:worse|greater|higher|more\s+severe)",
    r"high[\s-]+grade", "gross", "moderate", "mild", "persistent", r"new[\s-]+onset", "established",
    r"newly[\s-]+(?:diagnosed|discovered|detected)",
    "complete",
    "partial", r"non[\s-]?(?:neoplastic|malignant|infectious|infective|ha?ematologic(?:al)?|"
    r"proliferative)",
    "incomplete", "malignant",
    # "abnormal uterine/vaginal bleeding", "unusual uterine bleeding" (kept for bleeding only,
    # see _label)
    "abnormal", "unusual",
    "idiopathic", "pernicious", "primary", r"(?:mild|moderate)[\s-]+to[\s-]+(?:moderate|severe)",
    *_SITE_KINDS,
    r"(?:second|third|2nd|3rd)(?:[\s-]+(?:or|and|and/or)[\s-]+(?:second|third|2nd|3rd))?"
    r"[\s-]+degree(?:\s+or\s+(?:greater|higher|more|above))?",  # "second degree or greater"
    # "Mobitz II 2nd degree heart block", "Mobitz type II heart block"; not "Mobitz type II and
    # third degree AV block", two kinds
    r"mobitz[\s-]+(?:type[\s-]+)?(?:ii|2|i|1)(?=[\s,-]+(?:(?:second|2nd)[\s-]+degree|heart|av\b|"
    r"atrio))")
#: "recent" among a condition's modifiers, redundant beside its time window.
_RECENT = re.compile(r"\brecent(?:[\s,]+|$)(?:(?:and|or|and/or)\s+)?")
#: A past alternative before a modifier, which then narrows nothing: "history of or current
#: infection with hepatitis B", "past or active tuberculosis".
_PAST_OR = re.compile(r"\b(?:history(?:\s+of)?|historical|past|prior|previous|former)\s*/?\s*"
                      r"(?:or|and/or)\s+$")
#: Whose judgement a modifier is, in a bracket after it: "significant (in the Investigator's
#: judgement) cardiovascular … disease".
_OPINION = (r"\s*\(\s*(?:in|per|at|according\s+to)\s+(?:the\s+)?[a-z' -]{0,40}?(?:opinion|"
            r"judge?ment|discretion)\s*\)[\s,]*")
_OPINION_AT = re.compile(_OPINION)
#: A kind the lexicon's label may drop ("chronic heart failure" is heart failure).
_KIND_DROPPED = re.compile(r"(?:chronic|acute|congestive|severe)(?![a-z])")
#: The first modifier of a run, which a past alternative before it answers ("history of or
#: current active …"), and the gap after it.
_AFTER_ALTERNATIVE = re.compile(r"(?:current|concurrent|present|ongoing|existing|active)[\s,]+")
#: Between a condition and a window that is not its own alone: a bracket closes ("(e.g. …,
#: myocardial infarction) … within the past year") or other conditions come ("… or any
#: condition within the last 90 days").
_OTHER_GAP = re.compile(r"\)|\bany\b")
#: What a condition's window counts back from, right after it ("within 3 months prior to
#: randomization").
_WINDOW_ANCHOR_AFTER = re.compile(r"(?:\s+" + WINDOW_ANCHOR + r")?")
#: How long a condition has lasted: "for a minimum of 6 months", "of more than 20-year
#: duration" (the qualifier reader, the window of a denied condition and required diagnoses
#: read it).
_LASTED_LEAD = (r"(?:for|of)\s+(?:a\s+(?:minimum|period)\s+of\s+|at\s+least\s+|more\s+than\s+|"
                r"longer\s+than\s+|over\s+|(?:≥|>=?)\s*)")
_LASTED_TIME = (r"(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|twelve)[\s-]*"
                r"(?P<u>months?|years?|weeks?)")
_LASTED = re.compile(_LASTED_LEAD + _LASTED_TIME)
#: The same right after a required diagnosis ("diagnosis of asthma for a minimum of 6 months").
#: An abbreviation in a bracket may come between ("psoriatic arthritis (PsA) for at least 6
#: months").
_LASTED_AFTER = re.compile(r"(?:\s*\([a-z0-9-]{1,10}\))?\s*,?\s*(?P<q>" + _LASTED_LEAD
                           + _LASTED_TIME + r"(?:\s+duration)?)")


def qualify_required(low: str, found: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Give required diagnoses the qualifier written right after them.

    How long they must have lasted ("documented diagnosis of asthma for a minimum of 6 months",
    "patients with type 2 diabetes for more than 5 years": those with a shorter history do not
    qualify), or the stage or state they must be in ("melanoma with Stage IV or unresectable
    stage III disease", see :data:`_STATE_AFTER`), or the genotypes of the virus ("chronic HCV
    genotype 1 infection").
    """
    out = []
    for s, e, fact in found:
        if isinstance(fact, ConditionFact) and fact.role == "required" and \
                fact.qualifier is None and ((m := _LASTED_AFTER.match(low, e)) is not None or (
                    ("stage" in low or "that" in low or "which" in low or "metasta" in low)
                    and (m := _STATE_AFTER.match(low, e)) is not None) or (
                    "genotype" in low and (m := _GENOTYPE.match(low, e)) is not None)):
            fact.qualifier = " ".join(m.group("q").split())
            e = m.end()
        out.append((s, e, fact))
    return out


#: The stage or state a required diagnosis must be in, written right after it: "melanoma with
#: Stage IV or unresectable stage III disease", "malignant melanoma that is metastatic or
#: unresectable", "solid tumor for which no standard therapy exists".
_STATE_AFTER = re.compile(
    r"\s*,?\s*(?P<q>(?:that|which)\s+(?:is|are|has|have)\s+(?:been\s+)?(?:(?:now|either|locally|"
    r"not|currently|considered)\s+)*(?:metastatic|unresectable|advanced|recurrent|refractory|"
    r"relapsed|progressive|progressing|progressed|resistant|inoperable|measurable|incurable|"
    r"untreated|localized|confined)\b[^.;:()•]{0,120}?"
    r"|with\s+(?:(?:ajcc|tnm|figo|clinical|pathologic(?:al)?)\s+)?stages?\s+[^.;:()•]{1,60}?"
    # "renal cell carcinoma with metastases", "… with distant metastasis to the liver"
    r"|with\s+(?:distant\s+|documented\s+|measurable\s+)?metastas[ie]s\b[^.;:()•]{0,60}?"
    # what standard therapy cannot do for it: "solid tumor for which no standard therapy exists"
    r"|for\s+which\s+[^.;:()•]{3,120}?)"
    r"(?=\s*(?:[.;:()•]|$))")


#: Words between a condition's modifiers and the condition that narrow nothing: "serious
#: pre-existing medical condition", "severe known cardiopulmonary disease"; not after "or"
#: ("active or pre-existing interstitial lung disease" is any).
_FILLER_WORDS = frozenset({"pre-existing", "preexisting", "underlying", "co-existing", "coexisting",
                           "known"})
_FILLER = r"(?:(?<!or\s)(?:" + "|".join(sorted(_FILLER_WORDS, key=len, reverse=True)) + r")\s+)?"
_FILLER_END = re.compile(_FILLER + "$")


def _without_filler(mods: str) -> str:
    """Return a run of modifiers without the filler it ends with."""
    filler = _FILLER_END.search(mods)  # always found, empty when there is none
    return mods[:filler.start()] if filler is not None else mods


#: A run of them right before a condition, and a filler after them.
_MODIFIER = re.compile(r"(?<![a-z0-9])(?:(?:" + "|".join(_MODIFIER_WORDS) + r")(?:" + _OPINION +
                       r"|[\s,]+|\s*/\s*)"
                       r"(?:and\s+|or\s+|and/or\s+)?)+" + _FILLER + "$")
#: The other conditions of a list before the one read, each of one or two words.
_LIST_BEFORE = (r"(?:[a-z0-9-]+(?:\s+[a-z0-9-]+)?\s*(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|"
                r"/))*$")
#: "infection with" (or "of": "active or uncontrolled infection of hepatitis B or C"; not "of the
#: brain", a site) before a condition, and the other infections of its list in between.
_INFECTION_WITH = re.compile(r"\binfections?\s+(?:with|by|of(?!\s+(?:the|an?)\b)|due\s+to)\s+"
                             + _LIST_BEFORE)
#: A history that adds the past to its modifier, which then narrows nothing: "current or
#: history of glaucoma", "active, latent or history of", "previous/current history of".
_PAST_TOO = re.compile(r"(?:\b(?:or|and/or)\s+|(?:previous|past|prior|former)\s*/\s*\w+\s+)$")
#: A state of the present, which a condition named as past ("history of …") is not in.
_STATE_WORD = re.compile(r"\b(?:uncontrolled|unstable|active|ongoing|current|acute|untreated|"
                         r"symptomatic|(?:poorly|inadequately)\s+controlled)\b")
_HISTORY_LEAD = r"\bhistory\s+of\s+(?:(?:a|an|any)\s+)?"
#: "history of" right before a condition.
_HISTORY_BEFORE = re.compile(_HISTORY_LEAD + "$")
#: "history of" before a condition, and the other items of its list in between, of up to four
#: words each ("recent history of myocardial infarction, …, coronary artery bypass graft,
#: percutaneous coronary intervention, …, cerebrovascular accident").
_HISTORY_OF = re.compile(_HISTORY_LEAD + r"(?:[a-z0-9-]+(?:\s+[a-z0-9-]+){0,3}\s*(?:,\s*(?:or\s+|"
                         r"and\s+)?|\s+or\s+|\s+and\s+|/))*$")


def _head_again(low: str, before: int, s: int, e: int) -> bool:
    """Whether the condition at ``low[s:e]`` opens with the word the one before it ended with.

    "active bleeding or bleeding diathesis": the item names its head word again in a kind of
    its own, and does not share the modifier of the item before it. The same word alone is the
    same condition again ("active asthma, or asthma uncontrolled by medication").
    """
    last = low[max(0, before - 30):before].split()
    words = low[s:e].split(None, 1)
    return bool(last) and len(words) > 1 and words[0] == last[-1]


def _said_again(low: str, mods: str, at: int) -> bool:
    """Whether the list's opening modifier is written again in the rest of its clause.

    "uncontrolled sleep apnea, renal insufficiency, anemia, … uncontrolled systemic
    hypertension": the list gives it to the items it wants it for, so the others take none.
    """
    first = _LETTERS.search(mods)
    if first is None:
        return False
    stop = _CLAUSE_END.search(low, at)
    # not "… peptic ulcer disease which is uncontrolled": the item's own predicate
    return re.search(r"(?<!is\s)(?<!are\s)\b" + re.escape(first.group()) + r"\b",
                     low[at:stop.start() if stop else len(low)]) is not None


#: A conjunction repeated once a kind word between is taken out ("active or latent or").
_DOUBLE_JOIN = re.compile(r"\b(and/or|or|and)(?:\s+(?:and/or|or|and)\b)+")
#: A kind word right before a condition (not "congenital or acquired X": one kind of two).
_KIND = re.compile(r"(?<![a-z-])(?:hereditary|inherited|congenital|familial|autoimmune|"
                   r"first[\s-]+episode\s+of)\s+$")
#: A generic head whose modifiers its examples share ("uncontrolled intercurrent illness including,
#: but not limited to, … cardiac arrhythmia": an uncontrolled arrhythmia; "current uncontrolled
#: cardiovascular conditions, including … angina": current uncontrolled angina). The most generic,
#: "disease" ("a serious medical condition"), gives them to no list it opens ("a serious medical
#: condition, seizure disorder, or …").
_LIST_HEADS = frozenset({"intercurrent illness", "disease", "cardiovascular disease",
                         "heart disease"})
#: Heads of an organ system whose examples share only how active or controlled it is
#: ("uncontrolled endocrine diseases (e.g. diabetes mellitus, …)"), not what it is
#: ("decompensated liver disease including ascites", "primary neurological disorder").
_ORGAN_LIST_HEADS = frozenset({"endocrine disease", "metabolic disease", "autoimmune disease",
                               "psychiatric disorder", "neurological disorder", "lung disease",
                               "liver disease", "kidney disease", "gastrointestinal disease",
                               "infection"})
_CONTROL_WORDS = re.compile(r"(?:(?:uncontrolled|active|symptomatic|unstable|(?:poorly|"
                            r"inadequately)\s+controlled|untreated|severe|serious|"
                            r"(?:clinically[\s-]+)?significant)[\s,]*(?:(?:and|or|and/or)\s+)?)+")
#: A run of severity words only.
_SHARED_SEVERITY = re.compile(r"(?:(?:concurrent|concomitant|co-?existing|coexistent)\s+)?"
                              # "concurrent serious cardiovascular diseases, respiratory
                              # diseases, renal diseases, …": a time word before the severity
                              r"(?:(?:" + "|".join(_SEVERITY_WORDS) + r")[\s,]*"
                              r"(?:(?:and|or|and/or)\s+)?)+")
#: A list separator right before a modifier: it is no list's opening modifier.
_LIST_TAIL = re.compile(r"(?:,|/|\band|\bor)\s*$")
#: Nothing but a list separator between two conditions.
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and/or|or|and)\s+)?|\s+(?:and/or|or|and)\s+")
#: … or a list item of one word the lexicon does not know: "serious, non-healing wound, ulcer, or
#: bone fracture".
_LIST_GAP_ITEM = re.compile(r"\s*,\s*(?!(?:or|and|any|other|with|who|which|that)\b)[a-z]+\s*,?\s*"
                            r"(?:and/or|or|and)\s+")
#: "or" alone between two conditions (no comma, which ends a graded item).
_OR_GAP = re.compile(r"\s+(?:or|and/or)\s+")
#: A condition whose own words open with a modifier ("unstable angina") takes none from its head.
_MODIFIER_AT = re.compile("(?:" + "|".join(_MODIFIER_WORDS) + r")(?![a-z])")
#: Examples after a condition's window: "… within 6 months prior to screening; including but not
#: limited to …".
_EXAMPLES_AFTER_WINDOW = re.compile(_WINDOW_ANCHOR_AFTER.pattern + r"\s*[,;]?\s*including"
                                    r"(?:,?\s*but\s+not\s+limited\s+to)?[\s,:]*")
_EXAMPLES_LEAD = re.compile(r"\s*,?\s*(?:including(?:,?\s*but\s+not\s+limited\s+to)?|such\s+as|"
                            r"e\.g\.|\(\s*(?:e\.?\s?g\b\.?|including|such\s+as|for\s+example))"
                            r"[\s,:]*")
#: "other" right before a condition and its modifiers: one besides the trial's own disease (not
#: the last item of a list, "bacterial, viral or other infection", which names them all).
_OTHER_BEFORE = re.compile(r"(?<![a-z])(?<!or\s)(?<!and\s)(?<!,\s)(?<!/)(?:an)?other\s+"
                           r"(?:(?:causes?|forms?|types?|kinds?|sites?)\s+of\s+)?"
                           # a filler after it: "Other co-existing malignancy" ("other concurrent
                           # …" is read before the modifier run)
                           + _FILLER + "$")
#: … or other sites after it: "malignancies at other sites", "cancer of another organ".
_OTHER_AFTER = re.compile(r"\s+(?:at|in|of|involving)\s+(?:any\s+)?(?:an)?other\s+(?:primary\s+)?"
                          r"(?:sites?|organs?|locations?)\b")
_LETTERS = re.compile(r"[a-z0-9-]+")
_ALTERNATIVE = re.compile(r"\bor\b|/")
#: A modifier that is an alternative to the kind the label opens with ("venous or arterial
#: thromboembolism").
_ALTERNATIVE_LAST = re.compile(r"(?:\bor|/)[\s,]*$")
#: A slash between kinds, written without spaces in a label ("ischemic/hemorrhagic").
_SLASHED = re.compile(r"\s*/\s*")
#: A NYHA class, with the substage some trials write ("IIIb").
_NYHA_CLASS = r"(?<![a-z0-9])(?:iv|i{1,3}|[1-4])(?:[ab](?![a-z0-9])|(?![a-z0-9]))"


@dataclass(frozen=True, slots=True)
class _Staging:
    """A classification that narrows a condition by a class range.

    The range is written before or after the condition: "NYHA class III-IV heart failure",
    "Child-Pugh class B or C cirrhosis", "chronic kidney disease stage 4 or 5".
    """

    prefix: str  #: how the label names it: "nyha class"
    classes: tuple[str, ...]  #: its classes, mildest first
    synonyms: dict[str, str]  #: other ways to write a class ("3" → "iii")
    applies: re.Pattern[str]  #: the labels it grades
    after: re.Pattern[str]  #: a range right after the condition
    before: re.Pattern[str]  #: a range ending a few words before it
    named: bool  #: the classification must be named (a bare "class B" is not Child-Pugh)


#: A comparator before a class ("> class II", "stage ≥ 4"), and "or worse" after a range.
_STAGE_CMP = r"(?:>=?|≥|(?:greater|more|higher|worse)\s+than|above|at\s+least)"
#: "or worse", "and above" after a class range or the condition it grades.
_OR_WORSE = r"(?:or|and)\s+(?:worse|higher|greater|above|more(?:\s+severe)?)\b"
_STAGE_UP = r"(?P<up>\s*\(?\s*" + _OR_WORSE + r"\s*\)?|\+)?"
#: The words between a class range and the condition it grades: up to three modifiers, none a
#: conjunction ("NYHA class III-IV unstable or acute heart failure": the range grades the first
#: kind only), and no comma after a closing bracket ("cardiac insufficiency (NYHA III/IV),
#: cardiomyopathy": the bracket grades what it follows).
_RANGE_GAP = r"\s*(?:(?<![)\]])(?<![)\]]\s),)?\s*(?:(?!(?:or|and|nor)\s)[a-z'-]+\s+){0,3}"


def _staging(prefix: str, name: str, word: str, cls: str, classes: tuple[str, ...],
             synonyms: dict[str, str], applies: str, named: bool) -> _Staging:
    listed = (r"[(\[]?\s*(?P<a>" + cls + r")(?:\s*(?:,\s*)?(?:-|–|~|to|or|and|and/or|/|,)\s*"
              r"(?:(?:" + word + r")\s*)?" + cls + r")*\s*[)\]]?")
    body = (r"(?:(?P<cmp>" + _STAGE_CMP + r")\s*)?(?:(?P<w>" + word + r")\s*)?(?:(?P<cmp2>" +
            _STAGE_CMP + r")\s*)?" + listed + _STAGE_UP)
    by = (r"(?:\s*[(\[]?\s*(?P<n2>" + name + r")\s*[)\]]?|\s*,?\s*(?:as\s+)?(?:defined\s+|"
          r"determined\s+|classified\s+|graded\s+)?(?:by|per|according\s+to|using)\s+(?:the\s+)?"
          r"(?P<n3>" + name + r"))?")
    # the classification named first, perhaps after a comparator and with its name spelled out
    # in a bracket, or its word: "> NYHA (New York Heart Association) class II", "New York Heart
    # Association grade II-IV"
    lead = r"(?:(?:(?P<cmp0>" + _STAGE_CMP + r")\s*)?(?P<n1>" + name + r")\s*" \
        r"(?:[(\[]\s*[a-z'-]+(?:\s+[a-z'-]+)*\s*[)\]]\s*)?(?:as\s+)?(?:functional\s+)?" \
        r"(?:classification\s*|grades?\s+)?[(\[:]?\s*)?"
    return _Staging(
        prefix, classes, synonyms, re.compile(applies),
        re.compile(r"\s*(?:of\s+(?:the\s+)?|[(\[,:]\s*|-\s*|(?:graded|classified|categori[sz]ed)"
                   r"\s+as\s+|(?:corresponding|equivalent)\s+to\s+|consistent\s+with\s+|"
                   # "heart failure with NYHA functional class III or IV", "… meeting New York
                   # Heart Association Class IV", "…, defined as NYHA Class III or higher"
                   r"(?P<via>with|meeting|,?\s*(?:defined|classified)\s+(?:as|by))\s+(?=(?:the\s+)?"
                   r"(?:" + name + r")))?" + lead
                   + body + by),
        re.compile(lead + body + by + _RANGE_GAP + "$"), named)


_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v"}
#: A cancer's stages and substages, earliest first.
_CANCER_STAGES = tuple(f"{r}{x}" for r in ("i", "ii", "iii", "iv") for x in ("", "a", "b", "c"))
_STAGINGS = (
    _staging("nyha class", r"new\s+york\s+heart\s+association(?:'s)?|nyha|nhya",
             r"(?:functional\s+)?(?:class(?:es)?|stages?)", _NYHA_CLASS, ("i", "ii", "iii", "iv"),
             {**_ROMAN, **{c + x: r for c, r in (*_ROMAN.items(), ("iii", "iii"), ("ii", "ii"))
                           for x in "ab"}},  # "IIIb" is within class III
             r"heart (?:failure|disease)|cardiac (?:failure|disease|insufficiency)|"
             r"cardiovascular disease|cardiomyopathy", named=False),
    _staging("child-pugh class", r"child[-\s]?(?:turcotte[-\s]?)?pugh(?:'s)?|child'?s",
             r"class(?:es)?|grade|score|category", r"[abc](?![a-z0-9])", ("a", "b", "c"), {},
             r"liver|hepatic|cirrhosis", named=True),
    _staging("stage", r"ckd|kdigo", r"stages?", r"(?:iv|v|i{1,3}|[1-5])(?![a-z0-9])",
             ("1", "2", "3", "4", "5"), {v: k for k, v in _ROMAN.items()},
             r"chronic kidney|renal (?:insufficiency|impairment|failure)|kidney (?:disease|fail)",
             named=False),
    _staging("stage", r"gold", r"stages?|grades?", _NYHA_CLASS, ("1", "2", "3", "4"),
             {v: k for k, v in _ROMAN.items()}, r"obstructive pulmonary|copd", named=False),
    # a cancer's stage, with its substages: "stage IIIB to IV melanoma", "Stage IV gastric cancer"
    _staging("stage", r"ajcc|tnm|figo", r"stages?",
             r"(?:iv|i{1,3}|[1-4])(?:\s?[abc](?![a-z0-9])|(?![a-z0-9]))", _CANCER_STAGES,
             {**_ROMAN, **{d + x: r + x for d, r in _ROMAN.items() if d in "1234"
                           for x in "abc"}},
             r"cancer|carcinoma|melanoma|lymphoma|sarcoma|tumou?r|neoplasm|malignan|nsclc|sclc|"
             r"glioma|blastoma|myeloma|mesothelioma", named=False),
)
#: Between a class range and a condition it grades, written right after it.
_GRADED_NEXT = re.compile(r"\s*(?:[a-z'-]+\s+){0,3}")
#: "or worse" right after a condition a class range was written before ("class II heart failure
#: or worse").
_STAGE_WORSE = re.compile(r"\s*(?:\(\s*[a-z]+\s*\)\s*)?,?\s*" + _OR_WORSE)
#: Whether a class word is written at all (a cheap test before the staging regexes).
_STAGE_HINT = re.compile(r"class|stage|nyha|new york|pugh|child|gold|nhya")


#: A condition hit that is a NYHA class range itself ("NYHA class III-IV").
_NYHA_AT = re.compile(r"nyha|new\s+york")
#: A class in a range, with a substage written apart ("stage III B").
_CLASS_TOKEN = re.compile(r"[a-z0-9]+(?:\s[abc](?![a-z0-9]))?")


def _stage_range(st: _Staging, m: re.Match[str], worse: object = None) -> str | None:
    """Return the label prefix of a class range match ("nyha class iii-iv"), or None.

    :param worse: whether "or worse" follows the condition the range was written before.
    """
    named = m.group("n1") or m.group("n2") or m.group("n3")
    if not named and (st.named or not m.group("w")):
        return None  # "grade 3 heart failure" is no NYHA class
    text = m.group(0)[m.start("a") - m.start():]
    if m.group("n2") or m.group("n3"):
        text = text[:(m.start("n2") if m.group("n2") else m.start("n3")) - m.start("a")]
    order = st.classes
    found = []
    for written in _CLASS_TOKEN.findall(text):
        joined = written.replace(" ", "")
        for tok in [joined] if st.synonyms.get(joined, joined) in order else written.split():
            tok = st.synonyms.get(tok, tok)  # "iii a" where no class has substages: "iii"
            if tok in order:
                found.append(order.index(tok))
    if not found:
        return None
    first, last = found[0], found[-1]
    cmp = m.group("cmp") or m.group("cmp2") or m.group("cmp0")
    if cmp is not None and len(found) == 1:  # "> class II" is III to IV, "≥ class II" II to IV
        first += 1 if (parse_comparator(cmp) or ">") == ">" else 0  # "worse than": ">"
        last = len(order) - 1
    if m.group("up") or worse:
        last = len(order) - 1
    if first >= len(order) or last < first:
        return None
    a, b = order[first], order[last]
    return f"{st.prefix} {a}" if a == b else f"{st.prefix} {a}-{b}"
#: Words that deny what follows; not "with or without", which neither requires nor excludes.
_NEGATION = re.compile(
    r"\b(?:no(?!\s+(?:distinction|difference|restrictions?|limits?)\b)|not|(?<!with\sor\s)"
    r"(?<!with/)without|free\s+of|freedom\s+from|absence\s+of|absent|"
    r"negative\s+for|never|nor|"
    # a negative result named before the infection: "negative HIV and hepatitis B results"
    r"(?<![-/])negative(?=\s+(?:hiv|human\s+immunodeficiency|hepatitis|hbv|hcv|hbsag|syphilis|"
    r"tuberculosis|covid|sars))|"
    r"neither|lack\s+of|exclude[sd]?|excluding|rule[sd]?\s+out)\b")
_SCOPE_END = re.compile(r"[.;:](?!\d)|\b(?:" + EXCEPTION_CUE + r"|but|however|although|whereas|"
                        r"and\s+(?:has|have|"
                        r"must|should|is|are|with|who)|who\s+(?:has|have|are|is))\b")
#: An exception cue, also "with exception of", "an exception to this criterion", "the following
#: exceptions:" and "… are eligible:" before a list of what is allowed.
_EXEMPT = re.compile(r"\b(?:exceptions?\s+to\s+this\s+(?:exclusion\s+)?(?:criterion|rule)\s*:|"
                     r"(?:" + EXCEPTION_CUE + r"|with\s+or\s+without|exceptions?\s+(?:of|to)|"
                     r"(?:the\s+)?following\s+exceptions?|"
                     # a sentence of its own: "… requires active treatment. Exceptions include
                     # basal cell carcinoma of the skin, …"; not "exceptions are made for …"
                     r"exceptions?\s+(?:include|includes|are(?!\s+made))|"
                     r"(?:the\s+)?only\s+exception\s+is)\b|"
                     r"exceptions?\s*:|"
                     r"(?:is|are)\s+(?:eligible|allowed|allowable|permitted|acceptable)"
                     r"[^.;:]{0,60}:)")
#: A word each alternative of _EXEMPT needs (a cheap test before it).
_EXEMPT_HINT = re.compile(r"except|other\s+than|exclud|unless|with\s+or\s+without|apart|different|"
                          r"but\s+not|besides|aside|not\s+includ|eligible|allow|permitted|"
                          r"acceptable")
#: Where an exception's scope ends; not at the marker of a lettered list ("except a) …; b) …").
#: Not at the full stop of "e.g.", "i.e." or "etc." either.
#: A stray semicolon or colon right after "except" ("except; adequately treated …").
_CUE_PUNCT = re.compile(r"\s*[;:]\s*(?=[a-z])")
_EXEMPT_END = re.compile(r"(?:;(?!\s*(?:(?:or|and)\s+)?[a-z]\))|(?<!\b[a-z])[)\]])(?!\d)|"
                         r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)\.(?=\s|$)|"
                         # the condition's window after its exception: "hospitalised, other
                         # than for dialysis access revision, within 30 days"
                         r",\s*(?=(?:either\s+)?(?:(?:currently|concurrently)\s+or\s+)?(?:within|"
                         r"in\s+the\s+(?:past|last|previous|preceding))\b)|"
                         # examples of what is excluded, or its definition: "respiratory conditions
                         # other than asthma, including but not limited to: COPD, …"
                         r",?\s*(?=including,?\s+\(?but\s+not\s+(?:necessarily\s+)?limited\s+to\b|"
                         r"as\s+defined\s+by\b)|"
                         # a clause of the condition's: "dermatological disease other than
                         # atopic dermatitis, that might interfere with …"
                         r",\s*(?=(?:that|which|who)\s+(?:might|may|could|would|can|will)\b)|"
                         # how the condition is established: "psychiatric disorder other than MDD,
                         # as assessed using MINI", "other than nicotine, defined as …"
                         r",\s*(?=(?:as\s+(?:assessed|determined|defined|diagnosed|confirmed|"
                         r"documented|per)|according\s+to|per|defined\s+as|diagnosed|"
                         r"confirmed|documented)\b)|"
                         # another thing excluded: "… disease except for RA, or any ongoing
                         # illness which would make the subject unsuitable"; not "…, or any
                         # other …" nor "…, or any stage I malignancy > 2 years from treatment",
                         # another exception
                         r",\s*(?=(?:or|and)\s+any\s+(?!other\b|of\b)(?!(?:[a-z0-9-]+\s+){0,3}"
                         r"(?:cancers?|malignan|carcinoma|tumou?r|neoplas)))")
#: Examples, in a bracket or not: after "other than X", of what is excluded, not of the exception
#: ("inflammatory joint disease other than RA such as gout, psoriatic arthritis"); matched at a
#: bracket, the bracket of examples a condition may stand in ("(e.g., uveitis, …").
_EXAMPLES_AFTER = re.compile(r"(?:\s*\(\s*|,?\s+)(?:e\.?\s?g\b|such\s+as\b|for\s+example\b|"
                             r"including\b)")
_ALLOWED_WORD = re.compile(r"allowed|permitted|eligible|acceptable|included|enrolled|enter|"
                           r"exempt(?:ed)?|"  # "(… localized prostate cancer are exempted)"
                           r"participate|exclusionary|excluded|"
                           # "… is not a criterion for exclusion", "… are not reasons for
                           # exclusion"
                           r"(?:criteri(?:on|a)|reasons?|grounds?)\s+for\s+exclusion|"
                           # "… is not an exclusion criterion for the study"
                           r"not\s+(?:an?\s+)?exclusion(?:ary)?\s+criteri(?:on|a)")
#: The condition an allowance is made on, after its word: "… are eligible if …".
_ALLOWED_IF = re.compile(r"(?:\s+for\s+(?:the|this)\s+(?:study|trial))?,?\s+(?:if|provided|"
                         r"as\s+long\s+as|when|only\s+if|so\s+long\s+as)\b")
_ALLOWED_BEFORE = re.compile(r"(?:are|is|were|was|be|not|can\s+be|may\s+be)\s+(?:an?\s+)?$")
_NOT_ALLOWED = re.compile(r"\b(?:not|never|cannot)\s+(?:be\s+|been\s+)?$")
#: "not" right before "excluded" ("… are not excluded", "… will not be excluded"), not "cannot".
_NOT_EXCLUDED = re.compile(r"(?<!can)(?<!can\s)(?<!could\s)\bnot\s+(?:be\s+|been\s+)?$")
#: Whom an allowance names: "patients with", "subjects who", "patients co-infected with",
#: "participants treated for".
_WHO_ALLOWED = re.compile(r"\b(?:patients?|subjects?|participants?|individuals?|those|women|men)\s+"
                          r"(?:with|who|that|whose|having|[a-z-]+ed\s+(?:with|for|by))\b")
#: The same before "criterion for exclusion": "is not a criterion for exclusion".
_NOT_A = re.compile(r"\b(?:not|never|cannot)\s+(?:be\s+|been\s+)?(?:an?\s+)?$")
_MAY_BEFORE = re.compile(r"\b(?:may|can)\s+(?:still\s+|also\s+)?$")
_CLAUSE = re.compile(r"[.;]\s")
#: Who the condition is about is not the participant: a family history (of a list of
#: conditions, up to a change of subject back to the participant: "… or known history of …"),
#: a relative, a parent, a partner. "Personal or family history of X" is about both.
_NOT_SELF = re.compile(
    r"(?<!personal or )(?<!personal and/or )(?<!history or )(?<!personal or first degree )"
    r"(?<!personal or first-degree )\bfamily\s+history\b"
    r"(?:(?!personal|patients?\b|subjects?\b|participants?\b|who\b|history|presence|\s-\s)"
    r"[^.;]){0,150}$|"
    r"\b(?:first[- ]degree\s+relatives?|relatives?\s+with|parents?|siblings?|partners?|"
    r"spouses?)\b"
    r"[^.;]{0,40}$")
#: "personal or family history of": the participant's or a relative's (of a list of conditions).
_PERSONAL_OR_FAMILY = re.compile(
    r"\b(?P<q>personal\s+(?:and/or|or|and)\s+(?:first[- ]degree\s+)?family\s+history)\s+of\b"
    r"(?:(?!patients?\b|subjects?\b|participants?\b|who\b|history)[^.;]){0,150}$")
#: Organ and system words that a list shares a disease's head between ("lung or kidney disease");
#: "medical" too ("serious medical or psychiatric illness": a medical and a psychiatric one), and
#: "physical" or "somatic".
_ORGANS = (r"lung|pulmonary|kidney|renal|liver|hepatic|heart|cardiac|cardiovascular|"
           r"cerebrovascular|neurologic(?:al)?|psychiatric|respiratory|gastrointestinal|autoimmune|"
           r"thyroid|bone|brain|metabolic|endocrine|ha?ematologic(?:al)?|ha?ematopoietic|infectious|"
           r"mental|coronary|vascular|cns|central\s+nervous\s+system|skin|eye|ocular|bowel|"
           r"inflammatory|medical|physical|somatic|cerebral|immunologic(?:al)?|musculoskeletal|"
           r"dermatologic(?:al)?|genitourinary|urologic(?:al)?|rheumatologic(?:al)?|allergic|"
           r"hepatobiliary|pancreatic|biliary|digestive|nervous|gynecologic(?:al)?|"
           r"ophthalmologic(?:al)?|oncologic(?:al)?|"
           # the sites of cancers: "breast or ovarian cancer"
           r"breast|ovar(?:y|ian)|prostat(?:e|ic)|bladder|colon|colorectal|rectal|cervical|"
           r"endometrial|uterine|gastric|stomach|o?esophageal|testicular|anal|vulvar|vaginal|"
           r"laryngeal|nasopharyngeal|head\s+and\s+neck")
_ORGAN_FIRST = re.compile(r"(?:" + _ORGANS + r")\s+")
_ORGAN_WORD = re.compile(_ORGANS)
_COORD_BEFORE = re.compile(
    r"(?P<list>(?:(?:" + _ORGANS + r")\s*,\s*)*(?:" + _ORGANS + r"))"
    r"\s*,?\s*(?:or|and|and/or|/)\s*$")
_CONDITIONAL_BEFORE = re.compile(r"\b(?:if|unless|whether)\s+$")
_OF_PARTNER = re.compile(r"(?:\s+(?:or|and|and/or)\s+[a-z-]+)?\s+(?:female\s+|male\s+)?"
                         r"(?:partners?|spouses?|wives|wife|husbands?)\b|"
                         # "in a first-degree relative", "(e.g., thrombocytopenia) in the
                         # immediate family": a relative's, after a bracket too
                         r"(?:\s*\([^()]{0,80}\)|\s*\))?\s+(?:in|of|among)\s+(?:an?\s+|the\s+|"
                         r"his\s+|her\s+|their\s+)?(?:immediate\s+|close\s+|first[- ]degree\s+)?"
                         r"(?:relatives?|family(?:\s+members?)?)\b")
_NOT_CONDITION_AFTER = re.compile(
    # the cause of what is named next: "HIV-associated nephropathy", "cancer-related pain"
    r"-(?:associated|related|induced)\b|"
    r"\s+(?:associated|related|induced)\s+(?:pain|fatigue|cachexia|an(?:a)?emia|neuropathy|"
    r"nephropathy|symptoms?|nausea|vomiting|anorexia)\b|"  # "cancer associated pain"
    # the time it began: "older than 50 years of age at migraine onset"
    r"\s+onset\b|"
    # one that was ruled out: "patients with infection ruled out during the hospitalization"
    r"\s+(?:(?:was|is|has\s+been|have\s+been|been)\s+)?ruled\s+out\b|"
    r"[\s-]+(?:medications?|drugs?|treatments?|therap(?:y|ies)|medicines?|agents?|vaccines?|"
    r"prophylaxis|tests?|testing|screening|status|studies|study|trials?|guidelines?|clinics?|"
    # who or what is named after it: "the Infectious Disease consultant", "heart failure unit"
    r"consult(?:ants?|ations?)|specialists?|departments?|services?|physicians?|units?|wards?|"
    r"(?:family\s+|primary\s+)?(?:caregivers?|care-givers?|carers?)|"
    r"societ(?:y|ies)|associations?|foundations?|institutes?|epidemiology|"
    # a formula named after it: "Modification of Diet in Renal Disease [MDRD] equation"
    r"(?:\[|\()?\s*(?:mdrd|ckd-epi)\b|"
    r"research|rna|dna|viral\s+loads?|levels?|titers?|titres?|counts?|thresholds?|"
    r"exacerbations?|worsening|specific|directed|"
    # a test named after it: "abnormal bleeding time", "clotting time"; a rule about it:
    # "adhere to the smoking restrictions of the unit"
    r"times?|restrictions?|"
    # a drug class named after its target: "HIV protease inhibitors", "HCV NS5A inhibitors"
    r"(?:protease|integrase|reverse[\s-]+transcriptase|polymerase|ns[35]a?|entry|fusion)\s+"
    r"inhibitors?|"
    # a rating instrument named after it: "Munich Parasomnia Scale", "Insomnia Severity Index"
    r"(?:severity\s+)?(?:scales?|questionnaires?|inventor(?:y|ies)|indices|index)|"
    # a procedure on it or a device for it: "cataract surgery", "aneurysm clips"
    r"surger(?:y|ies)|extractions?|repairs?|clips?|coils?|"
    r"patients?\s+(?:are|will|may|can)(?!\s+(?:be\s+)?(?:ineligible|excluded)))\b|"
    # a rule of conduct during the trial: "use of any tobacco product for the duration of the study"
    r"\s+(?:[a-z-]+\s+){0,3}?(?:for\s+the\s+duration\s+of|throughout)\s+(?:the\s+)?(?:study|trial)|"
    # a plan: "pregnancy planned during the coming two years" (a wish, not a state)
    r"\s+(?:planned|intended)\b")
#: Words before "diagnosis of" that make it a time, not a condition: "complications that have
#: developed since the initial diagnosis of CLL".
_SINCE = r"since\s+(?:the\s+|their\s+)?(?:(?:initial|first|original)\s+)?"
#: "risk of infection", "resection for brain metastases", "stage 3 HIV": not a condition had.
_NOT_CONDITION_BEFORE = re.compile(
    r"\b(?:(?:risks?|chances?|potential|susceptibility)\s+(?:factors?\s+)?(?:of|for|to)"
    r"(?:\s+(?:an?|the))?(?:\s+[a-z-]+){0,2}"
    # the next risks of its list: "at high risk for GI perforation or severe hemorrhage"
    r"(?:(?:,\s*|\s+)(?:or|and|and/or)(?:\s+(?!(?:had|has|have|is|are|was|were|who|with|"
    r"uncontrolled|history)\b)[a-z-]+){0,2})?|"
    r"prevent(?:ion\s+of)?|avoid(?:ing|ance\s+of)?|"  # "a method to avoid pregnancy"
    # a drug's indication: "Triazolam (used for insomnia)", "indicated for the treatment of"
    r"(?:used|given|prescribed|taken|indicated|approved)\s+(?:for|to\s+treat|in)\s+"
    r"(?:the\s+(?:treatment|management)\s+of\s+)?|"
    r"prophylaxis\s+(?:of|for)|(?:(?:as|is|be)\s+the|primary|principal|main|underlying)\s+"
    r"causes?\s+of|"
    r"(?:resection|surgery|treatments?|(?:psycho)?therap(?:y|ies)|radiation|radiotherapy|"
    r"irradiation|trial|drugs?|medications?)\s+"
    r"(?:for|of|to|related\s+to)(?:\s+the\s+(?:indication|treatment|management)\s+of)?|"
    # … and the second of a pair: "treatment for rheumatoid arthritis or systemic lupus", "any
    # medication for asthma or allergic rhinitis"
    r"(?:treatments?|therap(?:y|ies)|drugs?|medications?)\s+(?:for|related\s+to)"
    r"(?:\s+the\s+(?:indication|"
    r"treatment|management)\s+of)?(?:\s+[a-z'-]+){1,3}?\s+(?:or|and|and/or)\s+|"
    r"(?<!not\s)(?:adequately|curatively|successfully|completely|definitively)\s+(?:treated|resected|"
    r"excised)(?:\s+[a-z-]+){0,4}|"
    r"stage\s+\d|use\s+(?:of\s+)?|undergo|perform|unrelated\s+to|committee\s+on|"
    # what involves the organ named: "central nervous system involvement by malignancy" (the
    # involvement is excluded, not the disease under study)
    r"(?:involvement|infiltration|invasion|encasement)\s+(?:by|of|with)|"
    # the cause of the symptoms excluded: "neurological symptoms attributable to serious head
    # injury"
    r"(?:symptoms?|signs?|sequelae)\s+(?:(?:that|which)\s+(?:are|is)\s+)?(?:attributable|"
    r"secondary|related)\s+to(?:\s+(?:an?|the|any|serious|severe|significant|major|known|prior|"
    r"previous))*|"
    # a title or a heading that names it: "Diagnostic and Statistical Manual of Mental
    # Disorders", "Modification of Diet in Renal Disease", "Model for End-stage Liver Disease"
    # (the MELD score), "Exclusions Related to Infections"
    r"manual\s+of|diet\s+in|model\s+(?:for\s+|of\s+)?end[\s-]+stage|"
    r"(?:exclusions?|inclusions?|criteria)\s+(?:related|relating|"
    r"pertaining)\s+to|"
    # the trial's own disease: "to treat the current DVT", "for the qualifying malignancy"
    r"to\s+treat(?:\s+the)?(?:\s+current)?(?:\s+(?:episode|event)s?\s+of)?|qualifying|"
    r"index\s+(?:event\s+of\s+)?|"
    # "medications that may affect allergic rhinitis", "a condition that can mimic stroke"
    r"(?:affects?|affecting|worsen|worsening|exacerbate|aggravate|mimic|interfere\s+with)"
    r"(?:\s+(?:the\s+)?(?:course|symptoms|evaluation|assessment|diagnosis)\s+of)?|"
    # one besides the trial's own: "No active cancer in addition to the epithelial ovarian cancer"
    r"in\s+addition\s+to(?:\s+(?:the|their|his|her))?(?:\s+[a-z-]+)?|"
    # what a drug may do: "medication that may cause torsade de pointes", "agents associated
    # with torsades de pointes"
    r"(?:may|can|could|might|known\s+to|ability\s+to|likely\s+to)\s+"
    r"(?:(?:potentially|possibly|also)\s+)?"
    r"(?:cause|induce|provoke)|associated\s+with(?:\s+(?:(?:clinically\s+)?significant|marked|"
    r"severe|serious))?|causing|"
    # the second of a drug's effects: "medications that may cause QTc prolongation or induce
    # Torsades de Pointes"; what a patient is watched for: "should be monitored for
    # thrombocytopenia"
    r"\bor\s+(?:cause|induce|provoke)|monitored\s+for|"
    r"(?:that|which)\s+(?:cause|causes|induce|induces|provoke|provokes)|"
    # the time something else happened in: "cholestasis during the past pregnancy"
    r"during\s+(?:an?\s+|the\s+|her\s+|their\s+)?(?:past|previous|prior|last|former)\s+|"
    # … or since it: "complications that have developed since the initial diagnosis of CLL"
    + _SINCE + r"diagnosis\s+of|"
    # a wish, not a state: "wish to become pregnant during the trial"
    r"(?:wish\w*|plan\w*|intend\w*|desir\w*|want\w*|hop\w*)\s+to\s+(?:become|get)\s+|"
    # "planning on becoming pregnant", "actively trying to get pregnant"
    r"(?:plan\w*\s+on\s+becoming|(?:try\w*|attempt\w*)\s+to\s+(?:become|get|conceive))\s+|"
    # a promise, not a state: "agree not to try to become pregnant during the study"
    r"not\s+to\s+(?:try\s+to\s+)?(?:become|get)\s+|"
    r"intention\s+(?:of|to)\s+(?:becom\w*|get\w*)\s+|"
    r"plan(?:s|ning)?\s+(?:an?\s+)?|"
    # one to come: "Anticipated initiation of dialysis", "expected to require dialysis"
    r"(?:anticipat\w*|expect\w*|likely)\s+(?:to\s+(?:begin|start|need|require|undergo)\s+|"
    r"(?:initiation|start|need)\s+(?:of|for)\s+)|"
    # someone else's: "known exposure to another person with active TB disease"
    r"(?:exposure|contact)\s+(?:to|with)\s+(?:an?(?:other)?\s+|any\s+)?(?:persons?|people|"
    r"individuals?|someone|patients?|household\s+members?|family\s+members?)\s+(?:with|who\s+"
    r"(?:has|have))\s+(?:known\s+|active\s+)*|"
    # … or the partner's: "sexual contact with an HIV infected person", and a behaviour's risk:
    # "high-risk behaviour for HIV infection"
    r"(?:contact|sex|intercourse|relations(?:hips?)?)\s+with\s+(?:an?\s+|any\s+)?(?:known\s+)?|"
    r"behaviou?rs?\s+(?:for|of|associated\s+with)\s+|"
    r"inducing|"
    # a rule of conduct during the trial: "unable to refrain from smoking on trial days"
    r"(?:refrain\w*|abstain\w*|abstinence|desist\w*)\s+from(?:\s+[a-z-]+){0,2}|"
    # a cause the condition must not have: "kidney disease not caused by diabetes"
    r"not\s+(?:caused\s+by|due\s+to|secondary\s+to|attributable\s+to|resulting\s+from)|"
    # the participant's own disease: "to treat their malignancy", "the subject's Alzheimer's"
    r"(?:their|(?:patient|subject|participant)'s)(?:\s+(?!history\b|prior\b|previous\b|past\b)"
    r"[a-z-]+){0,2})"
    r"\s*(?:an?\s+|the\s+|their\s+|this\s+|his\s+|her\s+|its\s+)?$")
#: A therapy named right after a condition that "anti-" opens: one against it.
_THERAPY_AFTER = re.compile(r"(?:[\s/-]+[a-z]+){0,2}?[\s-]+(?:therap(?:y|ies)|treatments?|agents?|"
                            r"drugs?|medications?|medicines?|regimens?|prophylaxis)\b")
#: A marker's status right before a condition: "BCR-ABL-positive", "(BCR-ABL)-positive",
#: "HER2-negative", "Gram-negative"; not a list's ("HIV-positive or …") nor a serology's
#: ("hepatitis B surface antigen-positive").
_MARKER_STATUS = re.compile(r"(?<![a-z0-9(/-])(?!(?:antigen|antibody|antibodies|ab|ag)\b)"
                            r"(?:\([a-z0-9/-]+\)|[a-z0-9/+]+(?:-[a-z0-9/+]+)*)-"
                            r"(?:positive|negative)\s+$")
#: Labels of infections, which a Gram stain's status narrows (and no other marker's).
_GRAM_HEADS = ("infection", "bacteremia", "sepsis")
#: Last words of the labels of cancers.
_CANCER_HEADS = ("cancer", "malignancy", "carcinoma", "neoplasm", "tumor", "tumour", "lymphoma",
                 "leukemia", "leukaemia", "myeloma", "melanoma", "sarcoma", "glioma",
                 "blastoma")
#: Labels a marker's status narrows.
_MARKED_HEADS = _CANCER_HEADS + _GRAM_HEADS
#: What a drug is taken for, right before a condition ("taking a calcium channel blocker for any
#: reason including angina", "receiving medications administered for cardiac arrhythmia").
_TAKEN_FOR = re.compile(r"\b(?:taking|takes|taken|receiving|prescribed|indicated|administered)\b"
                        r"[^.;:()]{0,50}\bfor\s+"
                        r"(?:either\s+)?"
                        r"(?:any\s+reason\s+)?(?:(?:other|another|any)\s+(?:conditions?|reasons?|"
                        r"indications?|diseases?|disorders?)\s*[(,:]?\s*(?:e\.?g\.?|such\s+as|"
                        r"including|like)?[\s,:]*(?:[a-z' -]{1,40}?(?:,|\s+or|\s+and)\s*){0,6})?"
                        r"(?:including\s+|such\s+as\s+)?(?:an?\s+|the\s+)?"
                        # the other indications of a list: "… administered for cardiac
                        # arrhythmia, angina or congestive heart failure"
                        r"(?:[a-z' -]{1,40}?(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|"
                        r"\s+and/or\s+)){0,4}$")
#: Words after which a qualifier stops: a window, an exception, a new clause.
_QUALIFIER_STOP = (r"within|(?:in|during|over)\s+the\s+(?:past|last|previous|preceding)|except|"
                   # a window written as a bound: "… less than one month prior to study entry"
                   r"(?:less|fewer)\s+than\s+(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?)\s+"
                   r"(?:prior|before|ago)|"
                   r"unless|other|are|is|will|must|should|who|if")
#: What narrows a condition, written right after it: what it needs ("requiring systemic
#: antibiotics", "that required hospitalization"), its grade ("of grade 2 or greater", "(CTCAE
#: grade ≥ 3)"), or what it would do ("that would limit compliance").
#: "in the opinion of the investigator", "in the investigator's judgment": an aside inside a
#: qualifier, kept as written.
_ASIDE = (r",?\s*in\s+(?:the\s+(?:opinion|judge?ment)\s+of\s+[^,.;:()]{3,50}|(?:the\s+)?"
          r"[a-z]+'s?\s+(?:opinion|judge?ment))\s*,?\s+")
#: A cause a condition must not have: "not caused by HCV", "not due to iron deficiency".
_NOT_CAUSED_BY = r"not\s+(?:caused|due|secondary|attributable|attributed)"
#: The cause a condition is narrowed to: "hypotension due to autonomic dysfunction", "diabetes
#: secondary to pancreatitis", "cirrhosis caused by hepatitis B".
_CAUSE_LEAD = (r"(?:(?:that|which)\s+(?:is|are)\s+)?(?:(?:secondary|attributable|attributed)\s+to|"
               r"(?:caused|induced)\s+by|resulting\s+from|"
               # not why it excludes: "pregnant or breast-feeding, due to the possible adverse
               # effects on the fetus", "thyrotoxicosis (due to the known class side effect …)"
               r"(?<![(,])(?<![(,]\s)due\s+to(?!\s+(?:the\s+|an?\s+)?(?:possible|potential|"
               r"concerns?|risks?|known|their|its|increased|use|lack|safety|association)\b))")
#: What a clause after a condition says it would do or does: "that would limit compliance",
#: "which places the subject at risk".
_CLAUSE_VERBS = r"(?:would|could|might|may|will|places?|puts?|poses?|makes?|renders?)"
#: When a condition shows on effort: "on exertion", "with minimal effort".
_ON_EFFORT = (r"(?:on|with|upon)\s+(?:(?:minimal|mild|slight|light|moderate)\s+)?"
              r"(?:exertion|effort)")
_QUALIFIER = re.compile(
    # after a slash alternative of the condition: "psychiatric illness/social situations that …"
    r"(?:/\s*[a-z]+(?:\s+[a-z]+)?(?=\s+(?:that|which)\b))?"
    # a plural written in a bracket: "psychiatric disorder(s) that would hamper compliance"
    r"(?:\((?:s|es)\))?"
    # its abbreviation before it: "non-Hodgkin's lymphoma (NHL) in first remission"
    r"(?:\s*\([a-z0-9'/-]{2,10}\)(?=\s+(?:in|beyond|with|at|that|which|requiring)\b))?"
    # "(i.e., requiring an intravenous antibiotic)": the bracket says which cases are meant
    r"\s*[,(]?\s*(?:i\.\s?e\.?,?\s+)?"
    r"(?P<q>(?:(?:that|which)\s+(?:has\s+|have\s+)?(?:requires?|required|needs?|"
    r"needed|necessitates?|necessitated)|(?:currently\s+)?requiring|needing|necessitating|"
    r"in\s+need\s+of)\s+"
    r"[^,.;:()•]{3,60}?"
    # what it results in, what it resists, an unknown cause: "lung disease resulting in dyspnoea
    # at rest", "ascites refractory to diuretic therapy", "jaundice of unknown etiology"
    r"|(?:resulting\s+in|leading\s+to)\s+[^,.;:()•]{3,60}?|refractory\s+to\s+[^,.;:()•]{3,60}?"
    # what comes with it: "atrial fibrillation with uncontrolled ventricular response", "stroke
    # with permanent sequelae", "arrhythmia with hemodynamic instability"
    r"|with\s+(?:permanent|persistent|residual|uncontrolled|rapid|hemodynamic|haemodynamic|"
    r"clinically\s+significant|significant|severe|neurological|loss\s+of)\s+[^,.;:()•]{3,50}?"
    # when it shows: "dyspnea at rest", "… at rest or with minimal exertion"
    r"|at\s+rest(?:\s+or\s+(?:with\s+|on\s+)?(?:minimal|mild|slight|light|moderate)\s+"
    r"(?:exertion|exercise|activity))?\b"
    r"|with\s+functional\s+(?:limitations?|impairments?)"
    # "dyspnoea on exertion", "angina on minimal effort"
    r"|" + _ON_EFFORT + r"\b"
    # what is done or said about it: "hypertension for which medication cannot be discontinued"
    r"|for\s+which\s+[^,.;:()•]{3,100}(?=\s*(?:[,.;:()•]|$))"
    # how long it has lasted: "asthma for a minimum of 6 months", "type 2 diabetes for more
    # than 5 years", "diabetes of more than 20-year duration"
    r"|" + _LASTED_LEAD + _LASTED_TIME.replace("?P<n>", "?:").replace("?P<u>", "?:") +
    r"(?:\s+(?:duration|prior\s+to\s+[a-z ]{3,30}))?"
    # how it has behaved: "recurrent or metastatic gastric cancer that has progressed
    # following first line-therapy", "probable Alzheimer disease with documented evidence of
    # progression"
    r"|(?:that|which)\s+(?:has|have)\s+(?:progressed|relapsed|recurred)\b[^,.;:()•]{0,60}?"
    r"|with\s+(?:documented\s+|radiographic\s+|clinical\s+)?(?:evidence\s+of\s+)?"
    r"(?:disease\s+)?progression\b[^,.;:()•]{0,60}?"
    # what it causes, or what it comes with: "epiretinal membrane (causing distortion of macular
    # anatomy)", "pancreatitis if associated with hypertriglyceridemia"
    r"|causing\s+[^,.;:()•]{3,60}?|(?:if\s+|when\s+)?associated\s+with\s+[^,.;:()•]{3,60}?"
    # what it is not controlled by: "cardiovascular disease uncontrolled with standard
    # treatment", "hypertension uncontrolled by medication"
    r"|(?:(?:that|which)\s+(?:is|are)\s+)?uncontrolled\s+(?:with|by|on|under)\s+[^,.;:()•]{3,60}?"
    # what it persists through: "hypertension despite medical treatment"
    r"|(?:(?:that\s+(?:is|are)\s+)?(?:uncontrolled|persist\w*|present)\s+)?despite\s+"
    r"[^,.;:()•]{3,60}?"
    r"|of\s+unknown\s+(?:etiology|aetiology|origin|cause)"
    # "infection not controlled (defined as …)", "… not adequately controlled."
    r"|(?:(?:that|which)\s+(?:is|are)\s+)?not\s+(?:adequately\s+|well\s+|optimally\s+)?"
    r"controlled(?=\s*(?:[,.;:()•]|$))"
    r"|(?:defined\s+as\s+|(?:that|which)\s+(?:is|are)\s+)?"
    r"(?:of\s+(?=[≥>=]|greater|more|above|over|exceed))?"
    r"(?:(?:≥|>=|=>|>|(?:greater|more)\s+than(?:\s+or\s+equal\s+to)?|"
    r"above|over|exceeding)\s*)?"
    r"(?:of\s+)?(?:(?:nci\s+)?ctcae\s+(?:v[\d.]+\s+)?)?grade\s*(?:≥|>=|>|greater\s+than\s+or\s+"
    r"equal\s+to)?\s*[1-5](?:\s+or\s+(?:greater|higher|more|above|worse))?"
    # "of Grade 2 or greater intensity (at the time of signing informed consent)"
    r"(?:\s+(?:in\s+)?(?:intensity|severity))?(?:\s+at\s+(?:the\s+)?time\s+of\s+[^,.;:()•]{2,60}?)?"
    r"(?:\s+(?:according\s+to|per|by)\s+(?:the\s+)?(?:nci\s+)?(?:ctcae|common\s+(?:toxicity|"
    r"terminology)\s+criteria)[^,.;:()•]{0,40}?)?"
    # "that, in the opinion of the investigator, would preclude …": the aside is kept as written
    r"|(?:that|which)\s*(?:" + _ASIDE + r")?" + _CLAUSE_VERBS + r"\s*(?:" + _ASIDE +
    r")?\s*[^,.;:()•]{3,100}?"
    # "diabetes that is poorly controlled", "cognitive impairment … sufficient to impair …",
    # "syncope without an explainable cause"
    r"|(?:that|which)\s+(?:is|are)\s+(?:poorly\s+|not\s+(?:well\s+|optimally\s+|adequately\s+)?|"
    r"in)?(?:controlled|uncontrolled|untreated|unstable|symptomatic|active|progressing|"
    r"progressive|refractory|treated|managed|severe|life[\s-]threatening)"
    r"[^,.;:()•]{0,40}?"
    r"|sufficient(?:ly\s+severe)?\s+to\s+[^,.;:()•]{3,60}?"
    # "psychiatric illness of sufficient severity to limit compliance", "depression of such
    # severity as to warrant treatment", "severe enough to require hospitalization"
    r"|(?:of\s+(?:sufficient|such)\s+severity|severe\s+enough)\s+(?:as\s+)?to\s+"
    r"[^,.;:()•]{3,60}?"
    # "disorders capable of significantly altering the absorption, metabolism, or elimination
    # of drugs; of constituting a risk …; or of interfering with …": to the clause's end, and
    # the alternatives after it
    r"|(?:(?:that|which)\s+(?:is|are)\s+)?capable\s+of\s+[^.;:()•]{3,120}?"
    r"(?:;\s*(?:or\s+)?of\s+[^.;:()•]{3,120}?)*(?=\s*(?:[.;:()•]|$))"
    # "severe medical problems unrelated to the malignancy"
    r"|(?:un|not\s+)related\s+to\s+[^,.;:()•]{3,60}?"
    # a cause it must not have: "chronic liver disease not caused by HCV", "anemia not due to
    # iron deficiency"
    r"|" + _NOT_CAUSED_BY + r"\s+(?:by|to)\s+[^,.;:()•]{2,60}?"
    # … or must have: "hypertension due to pheochromocytoma" (not "due to any cause")
    r"|" + _CAUSE_LEAD + r"\s+(?!any\s+(?:causes?|reasons?|etiology|aetiology|origin)\b)"
    r"[^,.;:()•]{3,60}?"
    # what it does: "disease that interferes with study procedures", "diseases precluding their
    # safe participation", "illness that is likely to prevent compliance"
    r"|(?:(?:that|which)\s+(?:(?:is|are)\s+likely\s+to\s+)?)?(?:interfer|preclud|prevent|limit|"
    r"compromis|contraindicat|jeopardi[sz]|impair|prohibit)(?:es|s|e|ing)?\s+[^,.;:()•]{3,60}?"
    # what it does not allow: "medical condition that, in the opinion of the investigator, does
    # not allow the patient to carry out all planned procedures"; how far it goes: "disorder …
    # present to the extent that it might interfere with oral intake"
    r"|(?:that|which)\s*(?:" + _ASIDE + r")?(?:does|do|would|will)\s+not\s+(?:allow|permit)\s+"
    r"[^,.;:()•]{3,80}?"
    r"|(?:present\s+)?to\s+(?:the|an?|such\s+an?)\s+(?:extent|degree)\s+(?:that|as\s+to)\b"
    r"[^,.;:()•]{3,100}(?=\s*(?:[,.;:()•]|$))"  # to the clause's end: "… that the subject
    # should not participate"
    # what does not help: "bleeding diathesis that cannot be corrected with standard therapy",
    # "hypertension not controlled by medical therapy"
    r"|(?:(?:that|which)\s+(?:can\s*not|can't|could\s+not)\s+be|(?:(?:that|which)\s+(?:has|have)\s+)?"
    r"not(?:\s+been)?)\s+(?:adequately\s+|well\s+|"
    r"fully\s+)?(?:corrected|controlled|managed|drained|relieved)\s+(?:by|with|on|using)\s+"
    r"[^,.;:()•]{3,60}?"
    # what it affects or causes: "skin disorder which causes delayed healing", "infectious disease
    # affecting the brain", "circulation problems that are affecting current health"
    r"|(?:(?:that|which)\s+(?:(?:is|are)\s+)?)?(?:affect(?:s|ing)?|involv(?:es|ing)|causes)\s+"
    r"(?:(?!\s(?:such\s+as|including|but|note)\b)[^,.;:()•?]){3,60}?"
    # one not (yet) treated or not in remission: "any type of cancer not successfully treated",
    # "substance abuse … not in full remission"
    r"|(?:(?:that|which)\s+(?:(?:is|are|has|have)\s+)?)?not\s+(?:been\s+|yet\s+)?"
    r"(?:(?:successfully|adequately|curatively|completely|fully|definitively)\s+)?treated\b"
    r"|not\s+in\s+(?:(?:full|complete|partial|sustained|stable)\s+)?remission\b"
    # one being treated: "Cancer or autoimmune disease under treatment", "… currently under
    # active treatment"
    r"|(?:(?:that|which)\s+(?:is|are)\s+)?(?:currently\s+)?under\s+(?:active\s+|current\s+)?"
    r"(?:treatment|therapy)"
    # a leukaemia's phase or remission: "CML in accelerated phase or blast-crisis"
    r"|in\s+(?:(?:first|second|third|1st|2nd|3rd|subsequent|accelerated|blast(?:ic)?|chronic|"
    r"complete|partial|lymphoid|myeloid|or|and)[\s-]+)+(?:phases?|crisis|remission)"
    r"(?:\s+or\s+(?:blast[\s-]+)?crisis)?"
    # "AML beyond 2nd remission", "CML beyond the first chronic phase"
    r"|beyond\s+(?:the\s+|its\s+)?(?:first|second|third|1st|2nd|3rd)\s+(?:complete\s+)?"
    r"(?:remission|chronic\s+phase|cr)\b"
    # what it is known or likely to do: "endocrine disease known to influence serum lipids",
    # "allergic reactions likely to be exacerbated by any component of the study drug"
    r"|(?:(?:that|which)\s+(?:is|are)\s+)?(?:known\s+to\s+(?!have\b|be\b)[a-z]+\s|(?:likely|"
    r"expected)\s+to\s+(?!be\s+(?:eligible|enrolled|excluded|included)\b))[^,.;:()•]{3,60}?"
    r"|without\s+an?\s+(?:explainable|known|identified|identifiable|obvious|clear|apparent)"
    r"[^,.;:()•]{0,30}?\s+causes?)"
    # not the "or" of "grade 2 or greater peripheral vascular disease", the next item's grade
    r"(?=\s*(?:[,.;:()•]|$)|\s+(?:or(?!\s+(?:greater|higher|more|above|worse|less|lower)\b"
    r"(?!\s+than))|and|"
    r"such\s+as|" + _QUALIFIER_STOP + r")\b)")
#: How a condition is known, when nothing else narrows it: "hyperthyroidism as determined by an
#: abnormal TSH", "major depression as defined by Beck Depression Inventory (BDI) short form
#: score greater than 14". A whole clause, not the first item of a list that defines it
#: ("unstable liver disease as defined by the presence of ascites, encephalopathy, …"), nor a
#: pointer to one ("as defined by the following laboratory parameters:").
_KNOWN_BY = re.compile(
    r"\s*,?\s*\(?\s*(?P<q>as\s+(?:determined|evidenced|documented|confirmed|indicated|measured|"
    r"assessed|defined|diagnosed|shown)\s+(?:by|on|with)\s+(?![^,.;:()•]{0,60}\bfollowing\b)"
    r"(?:[^,.;:()•]|\.(?=\d)|\([^(),;:]{1,20}\)){3,100}?)"
    # its end; not a short bracket the clause goes on after ("glycosylated hemoglobin (HbA1c)
    # value greater than 12%")
    r"(?=\s*(?:[;:)•]|\((?![^(),;:]{1,20}\)\s*[a-z0-9<>≤≥=])|\.(?!\d)|\s-\s|$)|"
    r"\s+(?:" + _QUALIFIER_STOP + r"|including|such\s+as)\b)")
#: The last list break before a condition named inside a qualifier.
_LIST_BREAK = re.compile(r"(?:\s*,\s*(?:(?:or|and|and/or)\s+)?|\s+(?:or|and|and/or)\s+"
                         # not a count's "one or more seizures"
                         r"(?!(?:more|greater|fewer|less)\b))(?!.*(?:,|\b(?:or|and)\b))")
#: The rest of a qualifier after "or"/"and", up to the end of its clause.
_QUALIFIER_MORE = re.compile(r"\s+(?:or|and|and\s*/\s*or)\s+(?!(?:who|which|that|with|within|has|"
                             r"have|is|are)\b)[^,.;:()\[\]<≤]{2,60}?(?=\s*(?:[,.;:()\[\]]|$)|\s+(?:"
                             + _QUALIFIER_STOP + r")\b)")
_QUALIFIER_HINT = re.compile(r"requir|need|necessit|grade|would|could|might|may\b|will\b|phase|"
                             r"crisis|remission|beyond|at\srest|loss\sof|exertion|effort|"
                             r"can(?:not|'t|\b)|"
                             r"controlled|untreated|unstable|symptomatic|active|progress|"
                             r"refractory|sufficient|capable|cause|causing|related|interfer|"
                             r"due\s+to|secondary\s+to|attribut|induced\s+by|"
                             r"preclud|associated|relapsed|recurred|"
                             + _LASTED_LEAD + r"|"
                             r"prevent|limit|"
                             r"compromis|contraindicat|jeopardi|impair|prohibit|allow|permit|"
                             r"extent|degree|"
                             r"opinion|judg|resulting|leading|unknown|treated|managed|despite|"
                             r"for\swhich|plac|puts?\b|pose|make|render|permanent|persistent|"
                             r"residual|rapid|ha?emodynamic|significant|severe|neurolog|"
                             r"functional|affect|involv|under\s|(?:known|likely|expected)\sto\b")


def _qualifier_at(low: str, e: int) -> re.Match[str] | None:
    """Return the qualifier written right after a condition ending at ``e``, if any."""
    return _QUALIFIER.match(low, e) if _QUALIFIER_HINT.search(low, e, e + 40) else None


def _qualifier_to(low: str, end: int, hits: list[tuple[int, int, tuple[str, ...]]],
                  start: int | None = None) -> int:
    """Return where a qualifier ending at ``end`` ends once the rest of its clause is taken.

    "requiring medical or surgical intervention", "that could affect compliance or
    interpretation of results": the qualifier goes on after "or"; not "… or current
    pneumonitis", another condition of ``hits``, unless the qualifier (starting at ``start``)
    names causes ("kidney disease not caused by diabetes or hypertension", "diabetes secondary
    to pancreatitis or pancreatectomy").
    """
    if start is not None and _NO_MORE.match(low, start):
        # "dyspnea at rest or exercise intolerance", "… on exertion or …": the next item, no
        # alternative; but "on minimal exertion or at rest" names when it shows twice
        state = _STATE_MORE.match(low, end)
        return state.end() if state is not None else end
    more = _QUALIFIER_MORE.match(low, end)
    if more is not None and ((start is not None and _CAUSES.match(low, start)) or not any(
            end < h[0] < more.end() for h in hits)):
        return more.end()
    return end


#: Qualifiers whose "or …" is the next item: "at rest", "on exertion", "with loss of
#: consciousness".
_NO_MORE = re.compile(r"at\s+rest\b|with\s+loss\s+of\b|" + _ON_EFFORT + r"\b")
#: … unless it is another time the condition shows: "on minimal exertion or at rest".
_STATE_MORE = re.compile(r"\s+or\s+(?:at\s+rest|" + _ON_EFFORT + r")\b")
_CAUSES = re.compile(r"(?:" + _NOT_CAUSED_BY + "|" + _CAUSE_LEAD + r")\b")


def _qualifier_words(low: str, start: int, end: int) -> str:
    """Return a qualifier's words as written ("of grade 3 or higher": "grade 3 or higher")."""
    return " ".join(low[start:end].split()).removeprefix("of ")


#: What joins a condition to the lab bound that says which cases are meant: "renal disease with
#: creatinine clearance < 50 mL/min", "heart failure (LVEF < 40%)", "… defined as …".
_BY_BOUND = re.compile(r"\s*,?\s*(?P<by>(?:with|having|defined\s+(?:as|by)|as\s+(?:defined|"
                       r"evidenced|shown)\s+by)\s+(?:an?\s+|the\s+)?|\(\s*|:\s*)")
#: An amount right after a condition that says how much of it is meant, in a unit that is no
#: time (a time is the condition's window): "smokers of more than 5 cigarettes per day", "> 10
#: pack-years", "alcohol abuse (more than 60 g/day)".
_AMOUNT = re.compile(
    r"\s*[,(]?\s*(?P<q>(?:(?:of|(?:with\s+(?:a\s+)?(?:[a-z]+\s+)?)?history(?:\s+of)?)\s+)?"
    r"(?:(?:more|greater|less|fewer)\s+than|over|above|at\s+least|≥|>=|=>|>|≤|<=|=<|<)\s*"
    r"\d+(?:[.,]\d+)?\s*(?!(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?|times|x|"
    r"in|of|at|on|and|or|the|for|to|with|within|during|prior|before|after|since)\b)"
    r"(?:[a-z%][a-z0-9%^-]*(?:(?:\s+(?:per|a)\s+|\s*/\s*)[a-z][a-z0-9^]*|\s+years?(?![a-z]))?|"
    r"/\s*[a-z][a-z0-9^]*))")  # "≥ 10 pack years"
#: The genotypes of a virus named right after its infection ("HCV genotype 1 infection",
#: "HCV infection, genotype 1a or 1b", "(genotype 2/3)").
_GENOTYPE = re.compile(r"\s*[,(]?\s*(?P<q>genotypes?\s*\d[a-z]?(?:\s*(?:,\s*(?:or|and)?|/|or|and|"
                       r"and/or|-)\s*(?:genotypes?\s*)?\d[a-z]?)*(?!\w|\.\d))\)?"
                       r"(?:\s+(?:hcv\s+)?infection\b)?")
#: A bracket right after a condition that defines it by a value or a type: "(HR <50)",
#: "(Mobitz Type 2)", "(i.e., 160/90 mmHg SiBP)"; not one of examples, abbreviations or years.
_DEFINED_IN_BRACKET = re.compile(
    r"\s*\(\s*(?:i\.?\s?e\.?,?\s*)?(?![^()]*\d\s*(?:-\s*)?(?:days?|weeks?|wks?|months?|mos?|years?|"
    # a time is a window: "myocardial infarction (< 6 months)", "(≥2 in the past year)"; not a
    # gestational age ("(> 20 weeks gestation)")
    r"yrs?|hours?|hrs?)\b(?!\s+(?:of\s+)?gestation)|"
    r"[^()]*\b(?:in|within|during)\s+the\s+(?:past|last|previous)\b)"
    r"(?P<q>(?:[a-z0-9-]+\s*){0,3}(?:(?:[<>≤≥]=?|=)\s*\d[^()]{0,60}|"
    r"\d{2,3}\s*/\s*\d{2,3}[^()]{0,20}|(?:mobitz|type)\s+(?:type\s+)?(?:i{1,2}|[12])\b[^()]{0,20}))\)")
_BOUND_JOIN = re.compile(r"\s*,?\s*(?:and/or|or|and)\s+")


def _closing(low: str, start: int, stop: int) -> int:
    """Return where the bracket open before ``start`` closes, before ``stop``, or -1."""
    depth = 1
    for i in range(start, min(stop, len(low))):
        c = low[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
            if depth == 0:
                return i
    return -1


#: A stay in hospital for the condition after it ("hospitalization for COPD or pneumonia",
#: "admission for unstable angina", "hospitalized due to poorly controlled COPD").
_ADMITTED_FOR = re.compile(
    r"\b(?:hospitali[sz]ations?|hospitali[sz]ed|(?:hospital\s+)?admissions?|admitted(?:\s+to\s+"
    r"(?:an?\s+|the\s+)?hospital)?)\s+(?:for|due\s+to|because\s+of)\s+(?:an?\s+|the\s+)?"
    r"(?:[a-z-]+\s+(?:or\s+|and\s+|,\s*)?){0,2}$")
#: A condition that is an item of a list, and where a qualifier may start after the list's last
#: item, when that item is a generic one: "Substance abuse, medical or social conditions that
#: may interfere with …" narrows each item; "…, cardiac arrhythmia, or psychiatric illness/social
#: situations that would limit compliance" does not reach back past a list of examples, and
#: "requiring …" after a list belongs to its last item ("HIV or hepatitis C requiring antiviral
#: therapy").
_LIST_ON = re.compile(r"\s*(?:,|/|\s(?:and/or|or|and)\s)")
_SHARED_QUALIFIER_AT = re.compile(r"\b(?:that|which)\b(?=\s*(?:,?\s*in\s+the\s+(?:opinion|"
                                  r"judge?ment)\b[^,.;:()]{3,50}?,?\s+)?"
                                  + _CLAUSE_VERBS + r"\s)")
_GENERIC_LAST = re.compile(r"\b(?:conditions?|disorders?|illness(?:es)?|diseases?|situations?|"
                           r"issues?|abnormalit(?:y|ies)|problems?|circumstances?|factors?)\s*,?\s*$")
_EXAMPLES_BEFORE = re.compile(r"\b(?:includ\w*|such\s+as|e\.g|for\s+example)\b")
#: A qualifier that names a risk of its own ("or condition that may predispose to seizure", "that
#: would confer a high risk of bleeding") defines the generic item only.
_RISK_QUALIFIER = re.compile(r"\b(?:predispos\w*|lead\s+to|leads\s+to|confer\w*|caus\w*|"
                             r"result\s+in|risk\s+of|recur)")
#: What may stand between an item and that qualifier: the other items and their connectors, no
#: clause, number, or word that starts a clause of its own.
_LIST_GAP_BAD = re.compile(r"[.;:()\[\]\d<>≤≥=]|\b(?:any|with|without|who|within|except|unless|if|"
                           r"in|on|to|for|is|are|was|were|has|have|had|not|no|including|such|"
                           r"e\.g)\b")
#: A word each alternative of _NOT_CONDITION_BEFORE needs (a cheap test before it).
_NOT_BEFORE_HINT = re.compile(r"risk|chance|potential|suscept|prevent|avoid|prophyla|caus|resect|"
                              r"surgery|since|monitor|"
                              r"treat|sex|behavio|given|prescri|taken|indicat|approv|drug|medica|"
                              r"intercourse|relations|"
                              r"expos|contact|wish|plan|intend|intention|desir|want|hop|trying|attempt|addition|"
                              r"therap|affect|worsen|exacerbat|aggravat|mimic|interfere|qualifying|"
                              r"induc|provok|associated|attribut|secondary|involve|infiltrat|invasion|encasement|"
                              r"index|"
                              r"radi|stage|use|undergo|perform|related|committee|excised|trial|"
                              r"frain|bstain|bstinence|desist|their|'s|manual|diet|pertain|during|"
                              r"anticipat|expect|likely|model|not\s+to\s")
#: A drug or a class of drugs right before what it is for: "PDE-5 inhibitors for erectile
#: dysfunction", "use of phytotherapy for BPH", "medications for the treatment of diabetes"
#: (not "therapy", "antibiotics" or "insulin": "acute therapy for a serious infection", "IV
#: antibiotics for infection" and "treated with insulin for diabetes" exclude the condition
#: treated).
_DRUG_FOR = re.compile(r"\b(?:inhibitors?|blockers?|agonists?|antagonists?|phytotherap(?:y|ies)|"
                       r"drugs?|medications?|medicines?|(?:cortico)?steroids?)"
                       r"\s+for\s+(?:the\s+(?:treatment|management|prevention)\s+of\s+)?"
                       r"(?:[a-z0-9-]+\s+){0,2}$")
#: "chemotherapy for metastatic breast cancer": a cancer named as what a therapy treated is the
#: disease under study, not one the criterion excludes.
_THERAPY_FOR = re.compile(r"(?:therap(?:y|ies)|treatments?|regimens?|biologics|agents?|inhibitors?|"
                          r"radiation|"
                          r"surgery|treated\s+with\s+[a-z0-9-]+(?:\s+[a-z0-9-]+)?)"
                          r"(?:\s*\([^()]{0,40}\))?"
                          # its examples: "chemotherapy, including estramustine or suramin for
                          # prostate cancer"
                          r"(?:,?\s+(?:including|such\s+as|e\.g\.?,?)\s+[a-z0-9 ,/-]{1,60}?)?"
                          r"(?:\s+(?:use|used|given|received))?\s+"
                          r"(?:for|(?:directed\s+)?against)"
                          r"(?:\s+(?!(?:any|other|another|second|new)\b)[a-z0-9-]+){0,5}\s*$")
#: Named drugs given for a cancer ("prior therapy with anthracyclines, taxanes, or bevacizumab
#: for any malignancy", "prior anthracycline therapy, taxoids or platinum salts for any
#: malignancy"): an exclusion of those drugs, whatever the cancer was.
_DRUGS_FOR = re.compile(r"(?:(?:therap(?:y|ies)|treatment)\s+with\s+[a-z0-9 ,/()-]{1,80}?|"
                        r"(?:therap(?:y|ies)|treatment),\s+[a-z0-9 ,/()-]{1,60}?)"
                        r"\s+for\s+(?!(?:an?\s+)?(?:active|current|concurrent)\b)(?:any\s+)?"
                        r"(?:(?:other|previous|prior)\s+)?(?:[a-z0-9-]+\s+){0,3}$")
#: A need of therapy before it: "who require treatment for a … malignancy" has that malignancy.
_NEEDS_BEFORE = re.compile(r"\b(?:requir\w*|need\w*)\s+(?:\w+\s+){0,2}$")
_WINDOW_UNIT = r"(?P<u>days?|weeks?|wks?|months?|mos?|years?|yrs?)\b"
#: "within 6 months", "in the past year", "during the last 12 weeks", "< 3 months ago":
#: how recent a condition must be to count.
_WINDOW = re.compile(
    r"(?:\bwithin\s+(?:approximately\s+|about\s+)?(?:the\s+)?"
    r"(?:(?:approximately|about)\s+)?(?:(?:past|last|previous|prior|preceding|recent)\s+)?(?P<n1>"
    + NUMBER
    + r")\s*(?:-\s*)?(?:(?:previous|past|preceding|last)\s+)?" + _WINDOW_UNIT.replace("<u>", "<u1>")
    + r"|\b(?:in|during|over|within)\s+(?:approximately\s+|about\s+)?(?:the\s+)?"
    r"(?:(?:approximately|about)\s+)?(?:past|last|previous|prior|preceding|recent)\s+"
    + r"(?:(?P<n2>" + NUMBER
    + r")\s*(?:-\s*)?)?" + _WINDOW_UNIT.replace("<u>", "<u2>")
    # "within a year", "within a month": one unit
    + r"|\bwithin\s+an?\s+" + _WINDOW_UNIT.replace("<u>", "<u9>")
    # "in the 12 months prior to", "within the year before screening"
    + r"|\b(?:in|during|within)\s+the\s+(?:(?P<n3>" + NUMBER + r")\s*(?:-\s*)?)?"
    + _WINDOW_UNIT.replace("<u>", "<u3>") + r"\s+(?:prior|before|preceding)"
    + r"|(?:(?<![a-z])(?:<=?|=<|≤)|\b(?:less|fewer)\s+than(?:\s+or\s+equal\s+to)?|"
    r"\bno\s+more\s+than)\s*(?P<n4>" + NUMBER + r")\s*(?:-\s*)?"
    + _WINDOW_UNIT.replace("<u>", "<u4>") + r"\s+(?:ago|prior|before|preceding)"
    # a bracket of its own right after the condition: "venous thromboembolism (< 1 year)"
    # (or "(< the last 12 months)")
    + r"|(?<=\()\s*(?:(?:<=?|=<|≤)|\b(?:less|fewer)\s+than)\s*"
    r"(?:the\s+(?:last|past|previous|preceding)\s+)?(?P<n5>" + NUMBER
    + r")\s*(?:-\s*)?" + _WINDOW_UNIT.replace("<u>", "<u5>") + r"(?:\s+ago)?(?=\s*\))"
    # ... or the past period alone: "substance use disorder (past year)"
    + r"|(?<=\()\s*(?:in\s+the\s+)?(?:past|last|previous|preceding)\s+(?:(?P<n6>" + NUMBER
    + r")\s*(?:-\s*)?)?" + _WINDOW_UNIT.replace("<u>", "<u6>")
    # … up to the bracket's close or a semicolon in it ("(past 1 month; see cut off scores …)"),
    # which may be where the clause is cut
    + r"(?=\s*(?:[);]|$))"
    # one that must have resolved a time before: "infections that have not resolved at least 7
    # days prior to screening" (any within those 7 days excludes)
    + r"|\b(?:(?:that|which)\s+)?(?:(?:has|have)\s+)?not\s+(?:been\s+)?(?:fully\s+)?resolved\s+"
    r"(?:at\s+least|≥|>=|for\s+at\s+least)\s*(?P<n7>" + NUMBER
    + r")\s*(?:-\s*)?" + _WINDOW_UNIT.replace("<u>", "<u7>") + r"\s+(?:prior|before))")
#: A window written as a bound on the time since a condition, with no "ago" or "prior" after it:
#: "MI ≤ 6 months", "Other malignancies < 3 years" (read right after the condition or its list).
_BARE_WINDOW = re.compile(r"(?:(?<![a-z])(?:<=?|=<|≤)|\b(?:less|fewer)\s+than)\s*(?P<n4>" + NUMBER +
                          r")\s*(?:-\s*)?" + _WINDOW_UNIT.replace("<u>", "<u4>"))
#: Words before such a bound that make it no time since the condition: a life expectancy, a
#: time after childbirth, an age ("illness with life expectancy < 6 months", "postpartum < 6
#: months", "mothers < 18 years").
_BARE_NOT_SINCE = re.compile(r"expectan|surviv|prognos|partum|\bage\b|\bold\b|mother|child|"
                             r"\bnext\b|\bfuture\b|\bstable\b|frequen")
#: … or words after it: an age, a time since childbirth, a frequency ("< 3 days/week").
_OF_AGE = re.compile(r"\s*(?:of\s+age|old\b|post-?\s?partum|since\s+(?:delivery|birth)|/|per\b|"
                     r"a\s+(?:week|month|year)\b)")
#: Words between a condition and a time window that give the window to something else.
_TAKEN_OR_DONE = (
    r"therap|ectomy|insulin|\b(?:treat|chemo|radi|surg|operat|procedure|medicat|agent|"
    # a drug taken, not drug abuse ("alcoholism or drug dependency within the last 5 years")
    r"drug(?!s?\s+(?:abuse|dependenc|addiction|misuse))|"
    r"vaccin|transfus|receiv|use|used|using|dose|test|screen|biops|scan|x-ray|imaging|angiogra|"
    r"visit|particip|enrol|study|trial|consent)")
_WINDOW_OTHER = re.compile(
    _TAKEN_OR_DONE + r"|\b(?:confirm|determined|hospital|admi|pregnan|breast|lactat|donat|travel|"
    r"plan|includ|history|diagnosis\s+of|any\s+time)|\b(?:no|not)\b|:|"
    # a clause of its own after the condition: "has congestive heart failure or had …
    # myocardial infarction within the last 6 months"
    r"\b(?:or|and)\s+(?:has|had|have|having)\b", re.I)
#: What a header's window may belong to instead of the conditions listed under it.
_HEADER_WINDOW_OTHER = re.compile(_TAKEN_OR_DONE)


_BRACKETED = re.compile(r"\([^()]*\)")
#: A surgery or a vascular procedure as an item of a list of conditions (after a comma or a
#: conjunction, before the next): "myocardial infarction, unstable angina, or coronary
#: revascularization procedure within 6 months".
_SURGERY_ITEM = re.compile(
    r"(?P<sep>(?:,|\bor\b|\band\b|\band/or\b)\s*(?:(?:or|and|and/or)\s+)?)"
    r"(?P<item>(?:(?:major|minor|any|other|recent|open|elective)\s+)*(?:surgery|surgical\s+"
    r"procedures?|(?:major\s+)?operations?|[a-z]+ectomy|"
    r"(?:(?:coronary|artery|myocardial|cardiac|percutaneous|transluminal|arterial|peripheral)\s+)"
    r"{0,3}(?:revasculari[sz]ation|angioplasty|stenting|stent\s+placement|"
    r"bypass(?:\s+(?:graft(?:ing)?|surgery))?|"
    r"(?:coronary|vascular)\s+intervention|pci|cabg)(?:\s+procedures?)?))"
    r"(?=\s*(?:,|\bor\b|\band\b|$))")
#: Words one of which any :data:`_SURGERY_ITEM` holds (a cheap test before it).
_SURGERY_CUES = ("surg", "operat", "ectomy", "vascular", "sten", "plast", "bypass", "pci", "cabg",
                 "coronary")
#: A hospitalisation for a condition as an item of a list of conditions.
_ADMITTED_ITEM = re.compile(r"(?P<sep>(?:,|\bor\b|\band\b|\band/or\b)\s*)(?P<item>(?:hospitali[sz]"
                            r"ations?|hospitali[sz]ed|hospital\s+admissions?)\s+(?:for|due\s+to|"
                            r"because\s+of)\s+)")
#: A stay in hospital named after the condition it was for: "heart failure hospitalization".
_STAY_AFTER = re.compile(r"\s+(?:hospitali[sz]ations?|hospital\s+admissions?)\b")
_COORDINATED = re.compile(r"\b(?:or|and|and/or|nor)\b|/")
_FULL_STOP = re.compile(r"(?<!e\.g)(?<!i\.e)\.(?!\d)(?=\s|$)")  # not the dots of "e.g."
_CLAUSE_END = re.compile(";|" + _FULL_STOP.pattern)


#: Words that say the condition lasted into the window: "a respiratory infection that has not
#: resolved within 4 weeks" was present within them.
_NOT_RESOLVED = re.compile(r"\b(?:(?:that|which)\s+(?:has|have|had)\s+|(?:has|have|had)\s+)?"
                           r"not\s+(?:fully\s+|completely\s+)?(?:resolved|recovered)\b|"
                           r"\bunresolved\b")
#: A list that goes on after a window: "…, arrhythmias" after "within 3 months".
_LIST_GOES_ON = re.compile(r"[^,;.()]{0,50},\s*(?!(?:and|or|with|as|which|that|who)\b)[a-z]")
#: Who judges a condition, between it and its window: "as determined by the investigator".
_JUDGED_BY = re.compile(r"\b(?:as\s+)?(?:determined|judged|assessed|confirmed)\s+by\s+(?:the\s+)?"
                        r"(?:(?:treating|site|principal|study)\s+)?(?:investigators?|physicians?|"
                        r"clinicians?|doctors?|pi)\b")
#: What is left between a condition and a window when its examples are blanked out.
_EXAMPLES_GAP = re.compile(r"\s*,?\s*including\s(?:\s|,|\bor\b|\band\b)*")


def _window_is_theirs(low: str, e: int, w: int, hits: list[tuple[int, int, Any]]) -> bool:
    """Whether a window written at ``w`` is also that of the condition ending at ``e``.

    It is when nothing but other conditions of one coordinated list stands in between ("MI,
    stroke, or pulmonary embolism within 6 months"; a bracket of examples attached to the
    condition does not count), not when the window is another item's: the last of a list
    joined by commas alone ("NYHA class III heart disease, myocardial infarction within 6
    months") or one inside a bracket about something else ("new onset angina (began within 3
    months)").
    """
    gap = low[e:w]
    while "(" in gap:  # innermost first: "(including transient ischaemic attack (TIA))"
        blanked = _BRACKETED.sub(lambda b: " " * len(b.group()), gap)
        if blanked == gap:
            break
        gap = blanked
    surgeries: list[int] = []
    if any(cue in gap for cue in _SURGERY_CUES) and _SURGERY_ITEM.search(gap):
        # "stroke, major surgery, or other major tissue injury within 4 weeks": a surgery that
        # is an item of the list shares its window
        surgeries = [m.start("item") for m in _SURGERY_ITEM.finditer(gap)]
        gap = _SURGERY_ITEM.sub(lambda m: m.group("sep") + " " * len(m.group("item")), gap)
    if "hospital" in gap:
        # "myocardial infarction, stroke or hospitalisation for unstable angina … within the
        # past 60 days": a hospitalisation for a condition is an item of the list, and so is one
        # after it ("myocardial infarction, heart failure hospitalization, or stroke within 3
        # months")
        gap = _ADMITTED_ITEM.sub(lambda m: m.group("sep") + " " * len(m.group("item")), gap)
        for end in [e] + [h[1] for h in hits if e <= h[0] and h[1] < w]:
            if (stay := _STAY_AFTER.match(low, end)) is not None and stay.end() <= w:
                gap = gap[:end - e] + " " * (stay.end() - end) + gap[stay.end() - e:]
    if gap.lstrip(" ,").startswith("including "):
        # "cerebrovascular accident including transient ischemic attack within the past 6
        # months": the window is also that of the condition its examples are of
        rest = gap
        for h in hits:
            if e <= h[0] and h[1] <= w:
                rest = rest[:h[0] - e] + " " * (h[1] - h[0]) + rest[h[1] - e:]
        wm = _WINDOW.match(low, w)
        if _EXAMPLES_GAP.fullmatch(rest) and not (
                wm is not None and _LIST_GOES_ON.match(low, wm.end())):
            return True  # not "… including myocardial infarction within 3 months, arrhythmias
            # …": the window is that example's, the list goes on after it
    if ("resolv" in gap or "recover" in gap) and _NOT_RESOLVED.search(gap):
        gap = _NOT_RESOLVED.sub(lambda m: " " * len(m.group()), gap)
    if "by" in gap and (judged := _JUDGED_BY.search(gap)) is not None:
        # "serious infection (e.g., pneumonia) as determined by the Investigator within 3
        # months": who judges the condition, no test or visit the window could be that of
        gap = gap[:judged.start()] + " " * (judged.end() - judged.start()) + gap[judged.end():]
    if _WINDOW_OTHER.search(gap):
        return False
    close = low.find(")", e, w)
    if close >= 0 and "(" not in low[e:close] and low.rfind("(", 0, e) > low.rfind(")", 0, e):
        return True  # one of the examples in a bracket the window is written after
    opened = low.rfind("(", e, w)
    if opened >= 0 and low.find(")", opened, w) < 0 and low[e:opened].strip():
        return False
    comma = gap.rfind(",")
    if comma < 0 or _COORDINATED.search(gap, comma):
        return True
    return not any(e + comma < h[0] < w for h in hits) and not any(
        comma < x for x in surgeries)


#: A window in a bracket or between commas before "of" and the condition ("history (within 4
#: weeks prior to screening) of a clinically significant infection", "a history, within three
#: years, of drug abuse").
_WINDOW_BRACKET = re.compile(r"\b(?:history|episode|evidence|diagnosis|occurrence|recent|"
                             r"current)\s*"
                             r"(?:\((?P<w>[^()]{4,70})\)|,\s*(?P<c>(?:with)?in\s[^,();]{4,60}),)"
                             # "History (within the last 6 months) or presence of stroke",
                             # "Recent (within 6 months …) history of drug abuse"
                             r"\s*(?:or\s+(?:presence|evidence|current)\s+)?(?:(?:history\s+)?"
                             r"of\s+(?:an?\s+|the\s+)?(?:[a-z-]+[\s,]+){0,4}"
                             # "Ongoing or recent (≤ 3 months) significant GI bleeding"; not
                             # "recent (< 6 months) myocardial infarction, severe psychiatric …"
                             r"|(?:[a-z-]+\s+){0,3})$")


#: A window counted from a delivery: "within 3 months postpartum".
_POSTPARTUM = re.compile(r"\s*(?:post[\s-]?partum|after\s+(?:delivery|childbirth|giving\s+"
                         r"birth))\b")
#: A window a criterion opens with, before the conditions it names.
_LEAD_WINDOW = re.compile(r"\W*(?:(?:active|current|concurrent|ongoing)\s*(?:and/or|or|\(\s*or)?"
                          # "Current or recent (within 1 year prior to enrollment) celiac
                          # disease, inflammatory bowel disease, or …"
                          r"(?:\s+recent\s*\(\s*|\s+)|"
                          # "Recent (within 3 months prior to signing informed consent) episode
                          # or recurrence of stroke, transient ischemic attack …"
                          r"recent\s*\(\s*)?"
                          r"(?P<w>(?:with)?in\s+(?:the\s+)?(?:(?:last|past|previous|preceding)\s+)?"
                          r"(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?)"
                          # "In the 12 months prior to enrollment, … a history of syphilis"
                          r"(?:\s+(?:prior|before|preceding)\b)?)\)?")


def _window(low: str, s: int, e: int, hits: list[tuple[int, int, Any]]
            ) -> tuple[float, int, int] | None:
    """Return the time window of the condition at ``low[s:e]``: (days, start, end of its words).

    ``start`` is where a window written before the condition begins (``s`` otherwise), so that
    the evidence covers it.

    The window is read after the condition, in the same clause, with no therapy, test or
    visit named and only the other conditions of its list in between (:func:`_window_is_theirs`),
    or before it when a lead-in ends with a colon ("Within 6 months before enrolment:
    myocardial infarction; unstable angina").
    """
    end = SENTENCE_BREAK.search(low, e)
    attached = _BRACKETED.match(low, e + 1) if low.startswith(" (", e) else None
    # far enough for the window after a long coordinated list ("CHF, MI, unstable angina, …, or
    # any class 3 or 4 cardiac disease as defined by … in the last 6 months"); whether it is
    # this condition's is _window_is_theirs's to say
    reach = 220 + (attached.end() - e if attached else 0)  # "disease (including …) ≤ 1 year"
    stop = min(end.start() if end else len(low), e + reach)
    seg = low[e:stop]
    m = _WINDOW.search(low, e, stop) if (
        "with" in seg or "the" in seg or "<" in seg or "less" in seg or "fewer" in seg
        or "≤" in seg or "past" in seg or "preceding" in seg or "last" in seg
        or "resolved" in seg) else None
    if m is not None and (_POSTPARTUM.match(low, m.end())
                          or not _window_is_theirs(low, e, m.start(), hits)):
        m = None  # "pregnant or within 2 weeks post-partum": the time since a delivery
    if m is None and ("<" in seg or "≤" in seg or "less" in seg or "fewer" in seg) and (
            bare := _BARE_WINDOW.search(low, e, stop)) is not None and \
            not _BARE_NOT_SINCE.search(low, max(0, s - 40), bare.start()) and \
            not _OF_AGE.match(low, bare.end()) and _bare_gap(low, e, bare.start(), hits):
        m = bare  # "MI ≤ 6 months, CVA or TIA < 12 months", "Other malignancies < 3 years"
    lead, opened_at = False, -1
    if m is None and (")" in low[max(0, s - 90):s] or "," in low[max(0, s - 90):s]):
        # "current or recent history (within 4 weeks prior to screening) of a … infection"
        b = _WINDOW_BRACKET.search(low, max(0, s - 90), s)
        if b is not None:
            g = "w" if b.group("w") is not None else "c"
            # the bracket's own close is in reach: "recent (< 2 years) history of pancreatitis"
            m = _WINDOW.search(low, b.start(g), b.end(g) + (g == "w"))
            if m is not None:
                lead = True
                opened_at = b.start()  # the evidence takes the bracket whole, from "recent"
    if m is None and (lw := _LEAD_WINDOW.match(low)) is not None and lw.end() <= s and \
            not SENTENCE_BREAK.search(low, lw.end(), s):
        # "Active and/or within the last 5 years histologically confirmed diagnosis of
        # malignant melanoma, gastric cancer, …", "Concurrent (or within the last 5 years)
        # second malignancy": the window the criterion opens with
        m = _WINDOW.search(low, lw.start("w"), lw.end("w"))
        if m is not None:
            lead = True
    if m is None:
        colon = low.rfind(":", 0, s)
        if colon < 0:  # "any of the followings within the past 6 months; ischemic heart disease"
            colon = low.rfind(";", 0, s)
            if colon < 0 or "following" not in low[max(0, colon - 60):colon]:
                return None
        if _FULL_STOP.search(low, colon, s):
            return None
        m = _WINDOW.search(low, max(0, colon - 120), colon)
        if m is None:
            return None
        lead = True
    days = _window_days(m)
    start = opened_at if opened_at >= 0 else m.start() if lead else s
    return None if days is None else (days, start, e if lead else m.end())


#: What may stand between a condition and a window written as a bound: the other conditions of
#: its list and their separators, a bracket, "for" or "since" ("CVA, TIA, angioplasty, or
#: cardiac stenting < 12 months"), nothing that makes the window another clause's.
_BARE_GAP = re.compile(r"(?:[\s,/]|\b(?:or|and|and/or)\b|\([^()]*\))*(?:\b(?:for|since)\s+)?")


def _bare_gap(low: str, e: int, w: int, hits: list[tuple[int, int, Any]]) -> bool:
    """Whether only :data:`_BARE_GAP` stands between a condition ending at ``e`` and ``w``."""
    gap = low[e:w]
    items = False
    for h in hits:
        if e <= h[0] and h[1] <= w:
            gap = gap[:h[0] - e] + " " * (h[1] - h[0]) + gap[h[1] - e:]
            items = True
    gap = _SURGERY_WORDS.sub(lambda m: " " * len(m.group()), gap)
    # a list joined by commas alone gives the window to its last item only ("symptomatic CHF,
    # MI ≤ 6 months"); one closed by "or" to each ("CVA, TIA, or stenting < 12 months")
    return _BARE_GAP.fullmatch(gap) is not None and (
        not items or re.search(r"\b(?:or|and)\b", gap) is not None)


#: Procedures listed among conditions ("angioplasty, or cardiac stenting").
_SURGERY_WORDS = re.compile(r"\b(?:[a-z]+\s+)?(?:surgery|angioplasty|stenting|stent\s+placement|"
                            r"bypass(?:\s+graft(?:ing)?)?|revasculari[sz]ation)\b")


def _window_days(m: re.Match[str]) -> float | None:
    """Return the days of a :data:`_WINDOW` match ("within the past year": 365.25)."""
    g = m.groupdict()
    n = g.get("n1") or g.get("n2") or g.get("n3") or g.get("n4") or g.get("n5") or g.get("n6") \
        or g.get("n7")
    unit = (g.get("u1") or g.get("u2") or g.get("u3") or g.get("u4") or g.get("u5")
            or g.get("u6") or g.get("u7") or g.get("u9"))
    value = parse_number(n) if n else 1.0
    if value is None or value <= 0 or unit is None:
        return None
    return round(duration_days(value, unit), 2)


def header_windows(low: str) -> tuple[float | None, float | None]:
    """Return the time windows in days a header gives the items listed under it.

    "No history of any of the following within the past year:" gives 365.25 days to the
    conditions and the therapies listed; a window that a therapy or a test of the header takes
    ("received within 4 weeks any of the following:", "have received the following
    medications at any time within 4 weeks of registration:") goes to therapies only.

    :returns: ``(days for conditions, days for therapies)``.
    """
    m = _WINDOW.search(low) if ("with" in low or "past" in low or "last" in low or
                                "preceding" in low or "previous" in low) else None
    if m is None:
        return None, None
    days = _window_days(m)
    return (None if _HEADER_WINDOW_OTHER.search(low, 0, m.start()) else days), days


#: A bracket opened right after a condition: what follows in it is the reason it is listed.
_REASON_BRACKET = re.compile(r"[a-z]\s*\(\s*(?:a\s+|as\s+a\s+)?$")
#: Lexicon labels read with what they are to ("hypersensitivity to penicillin"): the name the
#: fact takes, and whether the label says nothing without its agent ("contraindication", and a
#: "sensitivity", which is a hypersensitivity only when it is to something).
_AGENT_LABELS: dict[str, tuple[str, bool]] = {
    "hypersensitivity": ("hypersensitivity", False), "anaphylaxis": ("anaphylaxis", False),
    "contraindication": ("contraindication", True), "intolerance": ("intolerance", True),
    "sensitivity": ("hypersensitivity", True)}
#: Those of them that an allergy's list before its agent holds ("hypersensitivity, intolerance,
#: or contraindication to X"): one fact, not one for each word.
_IN_AGENT_LIST = frozenset({"contraindication", "intolerance"})
#: "allergy to aspirin", "hypersensitivity reaction to any component of the study drug".
_AGENT_AFTER = re.compile(
    r"\s+(?:reactions?\s+)?(?:attributed\s+)?(?:to|against|towards|for(?!\s+(?:which|whom|what|"
    r"example|instance|at\s+least|more|less|\d)\b))\s+"
    r"(?:(?:any|all|the|a|an|one|of|known)\s+|following\s*:\s*|(?:treatment|therapy)\s+with\s+)*"
    # a genus written with its initial ("E. coli-derived products", "S. aureus") goes on
    r"(?P<agent>[a-z0-9](?:[^,.;:()\[\]]|(?<=\b[a-z])\.(?=\s?[a-z]{4,}\b(?!\s+(?:patients?|"
    r"subjects?|participants?)\b))|(?<=\d)\.(?=\d))"  # "fluticasone propionate 0.05% cream"
    r"{1,90}?)"
    # … a pointer to the protocol ("… or photoactive medications - See Appendix B")
    r"(?=\s*(?:[,;:()\[\]]|\.(?!\d)|$)|\s*[-–]\s*see\b|"
    r"\s+(?:that|which|who|considered|requiring|including|such|"
    # not "drugs formulated with polysorbate 80", "pazopanib or any of its excipients"
    r"or\s+(?:a|any(?!\s+of\s+(?:its|it's|their|the)\s+(?:excipients|components|ingredients|"
    r"constituents|additives))|other|has|have|with|known)|(?<!formulated\s)with|within|during|"
    r"as|if|"
    # the rest of the sentence: "… to MLN9708 are not eligible"
    r"in\s+the|they|he|she|(?:is|are|was|were|will|would|must|should|may)\s+(?:not|be|excluded|"
    r"ineligible))\b)")
#: (not a clause of its own: "…, aripiprazole, or who are known non-responders")
_AGENT_ITEM = (r"(?!(?:who|that|which|is|are|was|were|has|have|had|patients?|subjects?)\b)"
               r"[a-z0-9][a-z0-9/'\-\s]{0,40}?")
#: A conjunction left at the end of an agent's words ("… or any of its components or").
_TRAILING_JOIN = re.compile(r"(?:\s+(?:or|and|and/or))+$")
#: The rest of a list of agents: ", ritonavir, or sulfonamide containing drugs".
_AGENT_LIST = re.compile(r"(?:\s*,\s*" + _AGENT_ITEM + r")*\s*,?\s*(?:or|and|and/or)\s+"
                         r"(?:any\s+(?:of\s+)?)?(?:the\s+)?" + _AGENT_ITEM
                         + r"(?=\s*(?:[.;:(\[]|$))|"
                         # … and one a clause of its own closes: ", quetiapine, aripiprazole, or
                         # who are known non-responders"
                         r"(?:\s*,\s*(?!(?:including|such|e\.?g)\b)" + _AGENT_ITEM +
                         r")+(?=\s*,?\s*(?:or|and)\s+(?:who|that|which)\b)")
#: Words before an allergy word: "known", "clinically significant", "any".
_ALLERGY_PREFIX = (r"(?:(?:known|severe|previous|prior|serious|any|absolute|"
                   r"(?:clinically\s+)?significant)"
                   r"\s+)*")
#: "allergy or hypersensitivity to X": both words are about X.
_ALLERGY_WORD = (_ALLERGY_PREFIX + r"(?:hypersensitivit(?:y|ies)|"
                 r"allerg(?:y|ies)|allergic\s+reactions?|intolerances?|contra-?indications?|"
                 # "allergy or antibodies to the study drug"
                 r"(?<=or\s)antibod(?:y|ies)|"
                 r"sensitivit(?:y|ies)|"
                 r"idiosyncras(?:y|ies)|idiosyncratic\s+reactions?|"
                 # "allergy, intolerance, or non-responsivity to methylphenidate"
                 r"(?<=or\s)non-?respon(?:sivity|siveness|se)|"
                 r"anaphyla(?:xis|ctic\s+reactions?))")
#: "allergy or hypersensitivity to X", "hypersensitivity or contraindications to X",
#: "sensitivity, allergy, or contraindication to X": all the words are about X.
_OR_ALLERGY = re.compile(r"(?:\s+reactions?)?"  # "hypersensitivity reaction or idiosyncrasy to"
                         r"(?:\s*(?:,\s*(?:or\s+|and/or\s+)?(?=" + _ALLERGY_PREFIX + r"(?:hyper|"
                         r"allerg|sensitiv|contra|anaphyla|intoleran|idiosyn|non-?respon))|"
                         r"\s+(?:or|and|and/or)\s+|\s*/\s*)" +
                         _ALLERGY_WORD + r")+")
_LIST_SPLIT = re.compile(r",|\bor\b|\band\b")
_DETERMINERS = re.compile(r"^(?:any\s+(?:of\s+)?)?(?:the\s+|its\s+|their\s+)?")
#: "inulin allergy": the agent written before the word.
_AGENT_BEFORE = re.compile(r"(?<![a-z0-9-])(?P<agent>[a-z][a-z0-9-]{2,30})\s+$")
_NOT_AGENT = frozenset({
    "known", "any", "severe", "serious", "history", "of", "significant", "active", "previous",
    "prior", "documented", "suspected", "multiple", "other", "the", "with", "or", "and",
    "clinically", "relevant", "life-threatening", "threatening", "major", "chronic", "acute",
    "uncontrolled", "current", "ongoing", "on-going", "no", "has", "have", "had", "for", "to",
    "from", "true", "proven", "induced", "mediated",
    "possible", "confirmed", "reported", "recurrent", "systemic", "prone", "without", "patients",
    "subjects", "participants", "hypersensitivity", "allergic", "drug-related", "mild", "moderate",
    "polyvalent", "seasonal", "environmental", "immediate", "delayed", "type", "including",
    "past", "as"})
#: What may stand right before a one-word agent: "Known inulin allergy", "- Latex allergy".
#: Endings of words before "hypersensitivity" that say what kind it is, not what it is to
#: ("dermal", "especially", "Arthus-type", "post-treatment"); drugs end in "-ate" or "-ed"
#: ("methotrexate", "pemetrexed"), so kind words with those endings are listed in _NOT_AGENT.
_NOT_AGENT_ENDS = ("ly", "al", "type", "ment")
_BEFORE_AGENT = re.compile(r"(?:^|[,;:(/-])\s*$|\b(?:known|of|or|and|with|history|severe|"
                           r"serious|documented|suspected|any|no|other|including|such\s+as|"
                           r"patients?|subjects?)\s+$")


def _agent(low: str, s: int, e: int) -> tuple[str, int, int, int] | None:
    """Return what an allergy at ``low[s:e]`` is to, if written.

    :returns: (agent, start, end, where the agent's words start).
    """
    m = _AGENT_AFTER.match(low, e)
    if m is None and (coord := _OR_ALLERGY.match(low, e)) is not None:
        m = _AGENT_AFTER.match(low, coord.end())
    if m is not None:
        end = m.end("agent")
        more = _AGENT_LIST.match(low, end) if low.startswith(",", end) else None
        if more is not None and all(  # a list of short names, not the next clause
                len(_DETERMINERS.sub("", item.strip()).split()) <= 4
                for item in _LIST_SPLIT.split(more.group())):
            end = more.end()
        agent = _TRAILING_JOIN.sub("", " ".join(low[m.start("agent"):end].split()))
        return agent, s, end, m.start("agent")
    if low.startswith(("allerg", "hypersensitiv"), s):  # "drug hypersensitivity"
        b = _AGENT_BEFORE.search(low, max(0, s - 32), s)
        if b is not None and _is_agent(low, b, s):
            at = b.start("agent")
            if not (at == 0 or _BEFORE_AGENT.search(low, max(0, at - 12), at)):
                # two words, when the one before is an agent's too: "milk protein allergy"
                b = _AGENT_BEFORE.search(low, max(0, at - 32), at)
                if b is None or not _is_agent(low, b, s) or not (
                        b.start() == 0 or _BEFORE_AGENT.search(low, max(0, b.start() - 12),
                                                               b.start())):
                    return None
                at = b.start("agent")
            return " ".join(low[at:s].split()), at, e, at
    return None


def _is_agent(low: str, b: re.Match[str], s: int) -> bool:
    """Whether the word ``b`` before the allergy word at ``s`` may name what it is to."""
    word = b.group("agent")
    return word not in _NOT_AGENT and word not in _SITE_KIND_WORDS and not (
        low.startswith("h", s) and word.endswith(_NOT_AGENT_ENDS))


def _exception(low: str, at: int, e: int, labels: tuple[str, ...],
               excepts: list[tuple[int, int, int]], hits: list[tuple[int, int, tuple[str, ...]]]
               ) -> tuple[str, int] | None:
    """Return (text, end) of the exception written right after the condition ending at ``e``.

    ``at`` is where the condition's lexicon hit starts, ``labels`` the labels it is read with.

    The exception cue must follow in the same clause, within 80 characters, with no other
    condition named in between (the same one again is fine: "malignancy or a history of
    malignancy within 5 years, except basal cell carcinoma"), or open the next sentence
    ("… requires active treatment. Exceptions include basal cell carcinoma …"). An exception
    that names an earlier condition of the clause again, in its own words, is that condition's:
    "CNS metastases or leptomeningeal carcinomatosis, except for previously treated CNS
    metastases" excepts from the metastases, not from the carcinomatosis. One that opens with
    "other than" narrows the condition right before it ("autoimmune disorders other than
    psoriasis").
    """
    for cue, start, end in excepts:
        if cue < e:
            continue
        if "(" in low and not low.startswith("unless", cue):
            opened = low.rfind("(", 0, at)
            if opened > low.rfind(")", 0, at) and 0 <= low.find(")", e, cue) < cue:
                return None  # an example in a bracket that closes before the cue: "A known
                # immunodeficiency (e.g. HIV), other than …" excepts from the immunodeficiency
            aside = _ASIDE_BRACKET.match(low, e)
            if aside is not None and aside.end() <= cue and \
                    _ASIDE_GAP.fullmatch(low, aside.end(), cue):
                e = aside.end()  # the examples in it are the condition's own, and so is the
                # exception right after it
        if low.startswith("with or without", cue) or (
                (brk := SENTENCE_BREAK.search(low, e, cue)) is not None and not (
                    low.startswith(("exception", "the only exception", "only exception"), cue)
                    and not SENTENCE_BREAK.search(low, brk.end(), cue))):
            return None  # the next sentence may be the exception ("Exceptions include …")
        own = _named_again(low, at, cue, start, end, hits)
        if own is None or cue - e > (160 if own else 80) or (not own and any(
                e <= s < cue and other != labels for s, _, other in hits)):
            return None
        text = " ".join(low[start:end].split()).strip(" ,:").lstrip("-• ")
        return (text, end) if 0 < len(text) <= 400 else None
    return None


#: A bracket right after a condition, with no bracket inside but one of "[…]".
_ASIDE_BRACKET = re.compile(r"\s*\((?:[^()\[\]]|\[[^()\[\]]*\])*\)")
#: Between that bracket and an exception cue: nothing, or the condition's window ("Prior
#: malignancy (including …) within 5 years prior to randomization, except …").
_ASIDE_GAP = re.compile(r"[\s,(]*(?:(?:within|in\s+the\s+(?:past|last|previous))\s[^()]*?[\s,(]*)?")


#: Words too general to say that two names are of the same condition.
_GENERIC_WORDS = frozenset(("disease", "diseases", "disorder", "disorders", "syndrome",
                            "condition", "conditions", "history", "other"))


def _same_words(low: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two condition names share a word of their own.

    "CNS metastases" and "central nervous system (CNS) metastases" do; "schizoaffective disorder"
    and "schizophrenia" only share the label the lexicon gives both.
    """
    first = {_singular(w) for w in _LETTERS.findall(low, *a)
             if len(w) >= 5 and w not in _GENERIC_WORDS}
    return any(_singular(w) in first for w in _LETTERS.findall(low, *b)
               if len(w) >= 5 and w not in _GENERIC_WORDS)


def _singular(word: str) -> str:
    """Return the singular of a plural as conditions are written: "metastases", "seizures"."""
    if word.endswith("sis"):
        return word
    return word[:-2] + "is" if word.endswith("ses") else word.rstrip("s")


def _named_again(low: str, at: int, cue: int, start: int, end: int,
                 hits: list[tuple[int, int, tuple[str, ...]]]) -> bool | None:
    """Say which condition an exception names again.

    :returns: True when the exception at ``cue`` names the condition whose lexicon hit starts at
        ``at``, None when it names an earlier condition of its clause (it is not this one's),
        False when it names neither.
    """
    if low.startswith("other", cue):
        return False
    named = [(s, x, other) for s, x, other in hits if start <= s < end]
    if not named:
        return False
    earlier = sorted(((s, x, other) for s, x, other in hits if s <= at),
                     key=lambda h: h[0] != at)  # the condition itself first
    for s, x, other in earlier:
        if SENTENCE_BREAK.search(low, x, cue):
            continue
        for ns, nx, again in named:
            if set(again).intersection(other) and _same_words(low, (s, x), (ns, nx)):
                return True if s == at else None
    return False


#: A CTCAE grade written before a condition ("grade ≥ 2 peripheral neuropathy", "CTCAE grade 3
#: or higher hypersensitivity"): kept as the condition's qualifier. A list of grades ("grade 2, 3
#: or 4 hemorrhage", "grade 3/4 neuropathy") is one, but not a list that a comma ends ("heart
#: disease NYHA grade 3 or 4, renal failure").
_GRADE_BEFORE = re.compile(
    r"(?<![a-z0-9])(?:(?:nci[- ])?ctcae\s+(?:v(?:ersion)?\s*[\d.]+\s+)?)?(?P<g>(?:(?:[<>]\s*/?\s*=|"
    r"=[<>]|[≥≤<>]|(?:greater|more|less)\s+than(?:\s+or\s+equal\s+to)?)\s*)?grade[\s-]*"
    r"(?:≥|>=|=>|>|of\s+)?\s*(?:[1-5]|iv|i{1,3})(?:\s*(?:or\s+(?:greater|higher|more|above|"
    r"worse)|and\s+(?:above|higher)|\+|-\s*[1-5])|"
    r"(?P<lst>(?:\s*(?:,\s*(?:or\s+)?|/|or|and|and/or)\s*(?:grade\s*)?[1-5])+))?)"
    r"(?(lst)\s+|\s*,?\s+)(?:or\s+)?$")
#: "of" before a grade, its CTCAE and its comparator: the grade is of what comes before it.
_OF_GRADE = re.compile(r"\bof\s+(?:nci[- ]?)?(?:ctcae\s*)?(?:[≥≤<>]\s*)?$")
_POSTFIX_NEG = re.compile(r"[\s-]*(?:\(\s*)?(?:negative|seronegative|negativity|-ve)\b")


class _Modified(NamedTuple):
    """A condition read with modifiers, which the next item of its list may share."""

    end: int  #: the end of the condition's own words
    mods: str  #: its modifiers as written
    start: int  #: where its evidence starts
    opens_list: bool  #: no list separator stands right before its modifiers


def _span_ok(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return all(not (a <= s < b or a < e <= b) for a, b in spans)


def _label(mod: str, labels: tuple[str, ...], staged: str = "", words_at: str = ""
           ) -> list[str]:
    """Canonical labels, prefixed with the severity words written before the condition.

    :param words_at: the condition's own words as written.
    """
    mods = ""
    words: list[str] = []
    if mod and "(" in mod:
        mod = _OPINION_AT.sub(" ", mod)
    if mod:
        words = [w for w in _LETTERS.findall(mod.replace(")-", "-").replace("(", ""))
                 if w not in ("and", "or", "and/or") and (
                     (w != "abnormal" and w != "unusual") or any("bleeding" in x for x in labels))]
        mods = " ".join(dict.fromkeys("uncontrolled" if w == "uncontrollable" else w
                                      for w in words)).replace("clinically-", "clinically ")
        if len(words) > 1 and _ALTERNATIVE.search(mod):
            # "acute or chronic hepatitis B", "symptomatic or poorly controlled arrhythmia": any
            # of the kinds, as written
            mods = _SLASHED.sub("/", " ".join(mod.split()).strip(" ,")).replace(
                "uncontrollable", "uncontrolled")
    if staged:
        mods = f"{staged} {mods}".strip()
    out = []
    for label in labels:
        low_label = label.lower()
        if low_label == "disease" and not mods:
            continue
        kind = None  # the other kind a modifier ending in "or" is an alternative to
        if mod and _ALTERNATIVE_LAST.search(mod):
            if _MODIFIER_AT.match(low_label) and words_at.startswith(low_label.split()[0]):
                kind = ""  # "venous or arterial thromboembolism": the label opens with it
            elif (own := _KIND_DROPPED.match(words_at)) and own.group() not in low_label and \
                    not any(w in low_label.split() for w in words):
                kind = own.group() + " "  # "acute or chronic heart failure": the lexicon's
                # label drops "chronic"
        if kind is not None:
            written = f"{staged} {_SLASHED.sub('/', ' '.join(mod.split()).rstrip(' ,'))}".strip()
            out.append(f"{written}{'' if written.endswith('/') else ' '}{kind}{low_label}")
            continue
        out.append(f"{mods} {low_label}" if mods and not low_label.startswith(mods)
                   else low_label)
    return out


def _hits(low: str, found: list[tuple[int, int, tuple[str, ...]]]
          ) -> list[tuple[int, int, tuple[str, ...]]]:
    """Add the other conjuncts of "lung or kidney disease" to the lexicon hits."""
    if not (" or " in low or " and " in low or "/" in low):
        return found
    hits = list(found)
    for s, e, labels in found:
        first = _ORGAN_FIRST.match(low, s, e)
        if first is None:
            continue
        if not low[max(0, s - 12):s].rstrip().endswith(("or", "and", "/")):
            continue  # what _COORD_BEFORE ends with, tested before its costly search
        before = _COORD_BEFORE.search(low, max(0, s - 160), s)
        if before is None:
            continue
        head = low[first.end():e].strip()
        coord = []
        for organ in _ORGAN_WORD.findall(before.group("list")):
            for h_start, _, h_labels in CONDITION_LEXICON.findall(f"{organ} {head}"):
                if h_start == 0:
                    coord.append((before.start("list"), e, h_labels))
        if coord:
            hits = [h for h in hits if h[0] != s] + coord
            hits.append((before.start("list"), e, labels))
    if len(hits) != len(found):
        hits.sort(key=lambda h: h[0])
    return hits


#: What may stand between a condition and the word "infection" that ends its name: a bracketed
#: abbreviation ("human immunodeficiency virus [HIV] infection"), or its closing bracket when the
#: abbreviation is a condition of its own; not a bracket that opens examples ("intercurrent
#: illness (e.g., active infection)").
_INFECTION_GAP = re.compile(r"\s*(?:[(\[][^()\[\]]{1,15}[)\]]|[)\]])?\s*(?:vir(?:al|us)\s+)?")


def _infection_words(low: str, hits: list[tuple[int, int, tuple[str, ...]]]
                     ) -> list[tuple[int, int, tuple[str, ...]]]:
    """Drop a generic "infection" that ends the name of the condition right before it.

    "chronic viral hepatitis infection", "human immunodeficiency virus [HIV] infection" and
    "hepatitis B or C viral infections" name one infection each, not also any infection.
    """
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for k, hit in enumerate(hits):
        if hit[2] == ("infection",) and out and out[-1][1] <= hit[0] and \
                _INFECTION_GAP.fullmatch(low, out[-1][1], hit[0]):
            continue
        if hit[2] == ("infection",) and k + 1 < len(hits) and \
                _INFECTED_WITH.fullmatch(low, hit[1], hits[k + 1][0]):
            continue  # "infection with HIV-1", "infection by hepatitis B virus": that one
        out.append(hit)
    return out


#: Between a generic "infection" and the condition that names it.
_INFECTED_WITH = re.compile(r"\s+(?:with|by|due\s+to|caused\s+by)\s+(?:an?\s+|the\s+)?")


#: A short topic before a colon ("Drug/alcohol abuse: subjects with a history of …").
_HEADING = re.compile(r"[a-z][a-z /,'&-]{0,58}?:(?!\d)")
#: Words that make the text before a colon part of a sentence, not a topic ("pts who have the
#: following cardiac conditions:", "pregnant or nursing females:").
_NOT_TOPIC = re.compile(r"\b(?:which|who|that|are|is|were|was|has|have|had|must|will|should|may|"
                        r"can|associated|patients?|subjects?|participants?|pts|females?|males?|"
                        r"women|men|persons?|individuals?|people|either|no|not|without|non)\b")


#: A colon that opens a list or a definition, not a topic ("immunodeficiency including:", "as
#: documented by:", "such as:").
_LEAD_IN_END = re.compile(r"\b(?:including|includes?|such\s+as|as|of|by|following|followings|"
                          r"except|exceptions?|e\.?g|i\.?e|with|defined|documented|determined|"
                          r"evidenced|below|are|is|were|was|has|have|than|to|in|for|on|limited|"
                          r"follows|note|notes|comments?|remarks?)"
                          r"\s*\)?\s*:$")
#: A heading whose text defines it ("Unstable lung disease: as defined by …"): the heading is
#: the condition.
_DEFINED_AFTER = re.compile(r"\s*(?:\(?\s*)?(?:as\s+(?:defined|determined|evidenced|documented|"
                            r"diagnosed|assessed|shown)|defined\b|i\.?e\.?|e\.?g\.?|such\s+as|"
                            r"including|especially|see\b)")


_NOTE = re.compile(r"\bnotes?\s*:")
#: A note that excludes after all ("Note: patients with … are NOT eligible").
_NOTE_EXCLUDES = re.compile(r"\b(?:not\s+(?:be\s+)?eligible|ineligible|(?<!not\s)excluded|"
                            r"(?<!not\san\s)exclusion|must\s+not|not\s+(?:be\s+)?(?:allowed|"
                            r"permitted))\b")


def _heading_end(low: str, hits: list[tuple[int, int, tuple[str, ...]]],
                 blocked: list[tuple[int, int]] | None) -> int:
    """Return where a topic heading of the criterion ends, or 0 when it has none.

    A heading counts when the text after it names conditions of its own, which are read there
    with their windows and qualifiers: "Drug/alcohol abuse: … alcohol or drug abuse within the
    last 2 years", "Risk factors for pneumonia: immune suppression (…)", "Cardiac disease:
    congestive heart failure > class II …". The heading only names the topic.
    """
    if low.find(":", 0, 60) < 0:
        return 0
    m = _HEADING.match(low)
    if m is None or len(m.group().split()) > 8 or _LEAD_IN_END.search(m.group()) or \
            _NOT_TOPIC.search(m.group()) or _DEFINED_AFTER.match(low, m.end()):
        return 0
    end = m.end()
    # the first clause after it must name a condition (not one allowed or excepted), else it
    # defines the heading ("Unstable liver disease: ALT > 2 × ULN (stable chronic liver disease
    # … is allowed)")
    clause = _CLAUSE_END.search(low, end)
    until = clause.start() if clause else len(low)
    own = any(end <= s < until and (not blocked or _span_ok(blocked, s, e))
              for s, e, _ in hits)
    return end if own and any(s < end for s, _, _ in hits) else 0


#: Two conditions joined by "or" alone, and the need after the second that both may share.
_OR_PAIR = re.compile(r"\s+(?:or|and/or)\s+")
_NEED_WORDS = re.compile(r"requiring|needing|necessitating|(?:that|which)\s+(?:has\s+|have\s+)?"
                         r"(?:requires?|required|needs?|needed)")


#: A clause set off by a comma that gives the investigator's view of a whole list ("…,
#: diabetes, pulmonary disease, or infection, which in the opinion of the treating physician,
#: would make this protocol treatment unreasonably hazardous").
_OPINION_CLAUSE = re.compile(r",\s*(?=(?:that|which)\s*,?\s*in\s+(?:the\s+)?(?:opinion|judge?ment|"
                             r"[a-z]+'s?\s+(?:opinion|judge?ment))\b)")


def _opinion_clause(low: str, e: int, hits: list[tuple[int, int, tuple[str, ...]]]
                    ) -> re.Match[str] | None:
    """Return the investigator's-opinion qualifier ending the list the condition at ``e`` is in.

    The clause follows the list's last item after a comma; between the condition and it stand
    only the list's other conditions and their separators, in one clause.
    """
    at = _OPINION_CLAUSE.search(low, e, e + 200)
    if at is None:
        return None
    pos = e
    for h_start, h_end, _ in hits:
        if h_end <= pos or h_start >= at.start():
            continue
        if not _LIST_GAP.fullmatch(low, pos, h_start) and not _LIST_GAP_WORDS.fullmatch(
                low, pos, h_start):
            return None
        pos = h_end
    if pos != at.start() and not _LIST_GAP_WORDS.fullmatch(low, pos, at.start()):
        return None
    return _QUALIFIER.match(low, at.start())


#: Words a list may hold between its conditions: modifiers and plain nouns, no clause.
_LIST_GAP_WORDS = re.compile(r"(?:\s*,\s*|\s+(?:and/or|or|and)\s+|\s+)(?:(?!(?:with|within|"
                             r"in|on|to|for|who|that|which|if|unless|except|is|are|was|were|has|"
                             r"have|had|not|no|including|such)\b)[a-z/'-]+[\s,]*){0,4}?"
                             r"(?:(?:and/or|or|and)\s+)?(?:[a-z/'-]+)?\s*")


def _shared_qualifier(low: str, s: int, e: int, hits: list[tuple[int, int, tuple[str, ...]]]
                      ) -> re.Match[str] | None:
    """Return the qualifier a list's generic last item gives the condition at ``low[s:e]``.

    "Substance abuse, medical or psychological conditions that may interfere with participation"
    narrows each item; not when the last item is a condition of the lexicon ("… or psychiatric
    disorder that would …" belongs to that disorder), nor past a list of examples, nor a
    qualifier that names a risk of its own.
    """
    pair = _OR_PAIR.match(low, e)
    if pair is not None:
        # "asthma or chronic obstructive pulmonary disease requiring systemic steroids": a pair
        # joined by "or" alone shares what both need
        nxt = next((h for h in hits if h[0] == pair.end()), None)
        own = next((h for h in hits if h[0] == s), None)
        before = low[max(0, s - 30):s].split()
        if nxt is not None and own is not None and (
                need := _QUALIFIER.match(low, nxt[1])) is not None and \
                _NEED_WORDS.match(need.group("q")) and not _MODIFIER_AT.match(low, s) and not (
                    before and _MODIFIER_AT.fullmatch(before[-1].strip(",/"))) and \
                not {x.split()[-1] for x in own[2]} & {x.split()[-1] for x in nxt[2]}:
            # not "unstable angina or angina requiring …", "symptomatic brain metastases or
            # brain metastases requiring …": the first is excluded as it is
            return need
    at = _SHARED_QUALIFIER_AT.search(low, e, e + 100)
    if at is None or _LIST_GAP_BAD.search(low, e, at.start()):
        return None
    generic = _GENERIC_LAST.search(low, e, at.start())
    if generic is None or any(a <= generic.start() < b for a, b, _ in hits) or \
            _EXAMPLES_BEFORE.search(low, 0, s):
        return None
    shared = _QUALIFIER.match(low, generic.end())
    return None if shared is None or _RISK_QUALIFIER.search(shared.group("q")) else shared


#: Which eye a condition is in ("in the study eye", "in either eye"): in ophthalmology trials
#: only that eye's condition excludes. The list before it shares it ("choroidal
#: neovascularization, macular hole, or vitreomacular traction in the study eye").
_EYE = re.compile(r"\b(?:in|of|affecting|involving)\s+(?:the\s+)?(?P<which>study|fellow|non-?study|"
                  r"either|both|contralateral|treated|untreated|other)\s+eyes?\b")
#: What may not stand between a condition and that eye: a clause or sentence of its own.
_EYE_GAP_BAD = re.compile(r"[.;:]\s|\b(?:except|unless|other\s+than|if|who|which|that|but|"
                          r"excluding|including)\b")


def eye_of(low: str, e: int) -> tuple[str, int] | None:
    """Return ("in the study eye", end) when the condition or therapy ending at ``e`` is in one eye.

    The end is the eye's when it follows the condition right away, else the condition's own.
    """
    m = _EYE.search(low, e, e + 120)
    if m is None or _EYE_GAP_BAD.search(low, e, m.start()):
        return None
    return _eye_words(m), m.end() if not low[e:m.start()].strip(" ,") else e


def _eye_words(m: re.Match[str]) -> str:
    """Return the qualifier an ``_EYE`` match gives ("in the study eye", "in both eyes")."""
    which = m.group("which")
    plural = "eyes" if which == "both" else "eye"
    return f"in {'the ' if which not in ('either', 'both') else ''}{which} {plural}"


def _eye_of_head(low: str, s: int, e: int) -> tuple[str, int] | None:
    """Return ("in the study eye", e) when the condition at ``s``-``e`` is an example of a head.

    The head names one eye: "ocular disease in the study eye … (e.g., uveitis, macular edema)".
    """
    opened = low.rfind("(", 0, s)
    if opened < 0 or ")" in low[opened:s] or not _EXAMPLES_AFTER.match(low, opened):
        return None
    m = _EYE.search(low, max(0, opened - 160), opened)
    if m is None or SENTENCE_BREAK.search(low, m.end(), opened):
        return None
    return _eye_words(m), e


def _narrowing(low: str, e: int, bounds: tuple[tuple[int, int], ...]) -> tuple[str, int] | None:
    """Return what narrows the condition ending at ``e`` to some cases, and where it ends.

    A lab bound right after it ("cardiac disease with a LVEF below 45%", with the bounds joined
    to it, or the whole bracket), or an amount ("smoking more than 10 cigarettes per day",
    "alcohol abuse (> 60 g/day)").
    """
    if bounds and (by := _BY_BOUND.match(low, e)) is not None:
        bound = next((b for a, b in bounds if by.end() <= a <= by.end() + 2), None)
        if bound is not None:
            close = _closing(low, by.end(), bound + 150) if by.group("by")[0] == "(" else -1
            if close >= 0:  # the whole bracket: "(systolic BP > 170 or diastolic BP > 105)"
                return " ".join(low[by.end("by"):close].split()).lstrip("(: "), close + 1
            # and the bounds joined to it: "SBP ≥ 180 mmHg and/or DBP ≥ 110 mmHg"
            while (join := _BOUND_JOIN.match(low, bound)) is not None and (
                    nxt := next((b for a, b in bounds if join.end() <= a <= join.end() + 2),
                                None)) is not None:
                bound = nxt
            return " ".join(low[by.start("by"):bound].split()).lstrip("(: "), bound
    if "genotype" in low and (geno := _GENOTYPE.match(low, e)) is not None:
        # "chronic hepatitis C virus (HCV) genotype 1 infection", "HCV infection, genotype 1a
        # or 1b": those genotypes only
        return " ".join(geno.group("q").split()), geno.end()
    amount = _AMOUNT.match(low, e)
    if amount is None and low.startswith(" (", e) and (defined := _DEFINED_IN_BRACKET.match(
            low, e)) is not None:
        # "bradycardia (HR <50)", "2nd degree AV block (Mobitz Type 2)", "uncontrolled
        # hypertension (i.e., 160/90 mmHg)": the bracket says which cases are meant
        return " ".join(defined.group("q").split()), defined.end()
    return None if amount is None else (" ".join(amount.group("q").split()), amount.end("q"))


def extract_excluded(low: str, found: list[tuple[int, int, tuple[str, ...]]] | None, kind: str,
                     consumed: list[tuple[int, int]], bounds: tuple[tuple[int, int], ...] = ()
                     ) -> list[tuple[int, int, ConditionFact]]:
    """Read the conditions a participant must not have.

    :param low: lower-cased, normalised criterion text.
    :param found: condition lexicon hits in ``low`` (found here when None).
    :param kind: ``inclusion`` or ``exclusion``.
    :param consumed: spans already read as something else (subgroups of lab bounds).
    :param bounds: spans of the lab bounds read from the criterion: one right after a condition
        ("Renal disease with creatinine clearance < 50 mL/min") says which cases are meant.
    :returns: facts with their spans in ``low``.
    """
    hits = _hits(low, CONDITION_LEXICON.findall(low) if found is None else found)
    if not hits:
        return []
    if len(hits) > 1 and "infection" in low:
        hits = _infection_words(low, hits)
    out: list[tuple[int, int, ConditionFact]] = []
    seen: set[str] = set()
    restated: set[str] = set()  # the conditions of staged labels
    not_self = "famil" in low or "relative" in low or "parent" in low or "sibling" in low \
        or "partner" in low or "spouse" in low
    # exception scopes: (start of the cue, start of the excepted words, end)
    excepts: list[tuple[int, int, int]] = []
    if _EXEMPT_HINT.search(low):
        for m in _EXEMPT.finditer(low):
            at = m.end()
            if low.startswith(("except", "excluding"), m.start()) and \
                    (punct := _CUE_PUNCT.match(low, at)) is not None:
                at = punct.end()  # "second primary cancer, except; adequately treated …"
            end = _EXEMPT_END.search(low, at)
            while end is not None and end.group() in (")", "]") and (
                    low.count("(", m.end(), end.start()) > low.count(")", m.end(), end.start())
                    or low.count("[", m.end(), end.start()) > low.count("]", m.end(),
                                                                         end.start())):
                end = _EXEMPT_END.search(low, end.end())  # the close of a bracket the
                # exception opened: "skin cancer (e.g. basal cell carcinoma) or stage 0 …"
            stop = end.start() if end else len(low)
            if not low[:m.start()].strip() and (comma := low.find(",", m.end(), stop)) >= 0 \
                    and not ITEM_BREAK.search(low, comma, stop):
                stop = comma  # "Other than psoriasis, history of any … major uncontrolled
                # disease": a leading exception ends at its comma, unless its list goes on
                # ("Except for treated carcinoma of the cervix, skin cancer, or other …")
            if m.group().startswith("other") and (
                    examples := _EXAMPLES_AFTER.search(low, m.end(), stop)) is not None:
                stop = examples.start()  # "diabetes other than type 2 diabetes (e.g. secondary
                # to pancreatic disorders)": the examples are of what is excluded
            excepts.append((m.start(), at, stop))
    if kind == "exclusion":
        exempt = [(a, c) for a, _, c in excepts]
        allowed = []
        for m in _ALLOWED_WORD.finditer(low):
            if m.group() in ("enter", "participate"):
                if not _MAY_BEFORE.search(low, max(0, m.start() - 20), m.start()):
                    continue  # "may not participate" is no allowance
            elif m.group() != "allowed" and not _ALLOWED_BEFORE.search(
                    low, max(0, m.start() - 20), m.start()):
                continue
            if m.group().endswith("exclusion"):
                if not _NOT_A.search(low, max(0, m.start() - 20), m.start()):
                    continue  # allows only after "not": "… is not a criterion for exclusion"
            elif m.group() == "excluded" and not _NOT_EXCLUDED.search(
                    low, max(0, m.start() - 20), m.start()):
                continue  # "… will be excluded", "pregnancy cannot be excluded"
            elif m.group() != "excluded" and (m.group() != "exclusionary") == (
                    _NOT_ALLOWED.search(low, max(0, m.start() - 20), m.start()) is not None):
                # "HIV infection is not allowed", "… will not be eligible"; "exclusionary" and
                # "excluded" only allow after "not" ("… is not exclusionary", "… will not be
                # excluded"; not "… may be exclusionary")
                continue
            # the clause's start; not the dot of an "e.g." in a bracket ("(e.g. febrile
            # seizure, …) will not be excluded")
            s = max((x.end() for x in _CLAUSE.finditer(low, 0, m.start()) if not (
                low.endswith(("e.g", "i.e"), 0, x.start())
                and low.rfind("(", 0, x.start()) > low.rfind(")", 0, x.start()))), default=0)
            if m.group() == "excluded" and (who := _WHO_ALLOWED.search(low, s, m.start())):
                s = who.start()  # "Severe hepatic failure Patients co-infected with TB … will
                # not be excluded": the allowance is about those it names
            # an allowance in an open bracket is about the whole bracket; after a colon,
            # about what follows the colon
            to = m.end()
            opened = low.rfind("(", s, m.start())
            if opened >= 0 and ")" not in low[opened:m.start()]:
                s = opened + 1
                closed = low.find(")", m.end())
                to = closed if closed >= 0 else len(low)
            elif (cond := _ALLOWED_IF.match(low, to)) is not None:
                ends = _CLAUSE_END.search(low, cond.end())  # "… are eligible if brain
                to = ends.start() if ends else len(low)  # metastases have responded …"
            s = max(s, low.rfind(":", s, m.start()) + 1)
            allowed.append((s, to))
        scopes = None
    else:
        exempt, allowed = [], []
        scopes = []
        for m in _NEGATION.finditer(low):
            if _CONDITIONAL_BEFORE.search(low, max(0, m.start() - 8), m.start()):
                continue  # "if not previously documented" is no negation of a condition
            end = _SCOPE_END.search(low, m.end())
            scopes.append((m.start(), end.start() if end else len(low)))
    if "note" in low:  # a note explains or allows: "Note: subjects with … are eligible"
        for m in _NOTE.finditer(low):
            end = _CLAUSE_END.search(low, m.end())
            stop = end.start() if end else len(low)
            closed = low.find(")", m.end(), stop)
            if closed >= 0 and low.rfind("(", 0, m.start()) > low.rfind(")", 0, m.start()):
                stop = closed  # "(Note: focal bronchiectasis is not exclusionary), sarcoidosis"
            if not _NOTE_EXCLUDES.search(low, m.end(), stop):
                exempt = exempt + [(m.start(), stop)]
    if (low.startswith(("for ", "in ", "among ")) and
            (lead := _LEAD_SUBGROUP.match(low)) is not None):
        exempt = exempt + [(0, lead.end())]  # "For patients with diabetes, inability to use a
        # glucometer": who the rest is about, not a condition that excludes
    blocked = consumed + exempt + allowed if (consumed or exempt or allowed) else None
    heading = _heading_end(low, hits, blocked)
    stage_hint = _STAGE_HINT.search(low) is not None
    has_other = "other" in low
    # a generic head's modifiers, where its list ends, whether an item's own modifier ends it
    listed: tuple[str, int, bool, int] | None = None
    read_to = 0  # the end of the last fact: a postfix "(NYHA class III)" is read with it
    needed = (0, 0)  # the span of what the last condition needs ("requiring hemodialysis")
    agent_to = 0  # where the last allergy's agent starts: "hypersensitivity, intolerance, or
    # contraindication to X" is one fact, not three
    vaccines = "vaccin" in low
    windowed: tuple[float, int, int] | None = None  # the window of a condition whose examples
    # follow, where they end, and where the condition's evidence starts
    timed = ("day" in low or "week" in low or "month" in low or "year" in low or "wk" in low
             or "yr" in low)  # a time window needs its unit
    slashed: _Modified | None = None  # the last condition read with modifiers
    sources: list[tuple[str, ...]] = []  # the lexicon labels each fact of ``out`` was read from
    last_end = -1  # where the words of the last condition read end
    bled: tuple[int, int] | None = None  # a "bleeding" that is the next condition's modifier
    grade_list: tuple[str, int, int] | None = None  # a grade read before the last condition: its
    # qualifier, where it starts, where the condition ends
    passed: tuple[int, int, tuple[str, ...], int] | None = None  # the last hit, and the facts
    # read before it
    for s, e, labels in hits:
        if passed is not None and passed[3] == len(out) and labels == passed[2] and \
                _RESTATED.fullmatch(low, passed[1], s):
            continue  # the abbreviation of a condition named as context ("immunosuppressive
            # therapy for graft versus host disease (GVHD)")
        passed = (s, e, labels, len(out))
        own_end = e
        if s < read_to or s < heading or needed[0] <= s < needed[1] or (
                blocked and not _span_ok(blocked, s, e)) or \
                (not_self and _NOT_SELF.search(low, max(0, s - 180), s)):
            continue
        if sources and labels == sources[-1] and _RESTATED.fullmatch(low, last_end, s):
            continue  # "severe chronic obstructive pulmonary disease (COPD)": named again
        if labels == ("bleeding",) and low.startswith(" ", e) and any(
                h[0] == e + 1 for h in hits):
            bled = (s, e)  # "bleeding esophageal varices", "bleeding peptic ulcer": the kind of
            continue  # the condition named next (read as its modifier), no bleeding of its own
        if _NOT_CONDITION_AFTER.match(low, e) or (not_self and _OF_PARTNER.match(low, e)):
            continue
        if vaccines and labels[0] not in _AGENT_LABELS and (
                _VACCINE_AFTER.match(low, e) or _VACCINE_BEFORE.search(low, max(0, s - 200), s)):
            continue  # "a varicella or HZ vaccine", "live vaccines include … varicella": the
            # disease a vaccine is against
        if s > 3 and (low.startswith(("non-", "non "), s - 4) or low.startswith(
                ("pseudo-", "pseudo "), s - 7)):
            continue  # "non-smokers": who does not have it; "pseudo-seizures": no seizures
        if s > 4 and low.startswith(("anti-", "anti "), s - 5) and _THERAPY_AFTER.match(low, e):
            continue  # "anti-HBV nucleoside therapy", "anti-tuberculosis treatment": a therapy
            # against it, not the condition (while "anti-HCV positive" is a test's)
        window = low[max(0, s - 50):s]
        if _NOT_BEFORE_HINT.search(window) and _NOT_CONDITION_BEFORE.search(window):
            continue
        if low.find(" for ", max(0, s - 80), s) >= 0 and (
                _TAKEN_FOR.search(low, max(0, s - 80), s) or (
                    not _is_cancer(labels)  # a cancer's therapy: see below
                    and (drug := _DRUG_FOR.search(low, max(0, s - 70), s)) is not None
                    and not _NEEDS_BEFORE.search(low, max(0, drug.start() - 30), drug.start()))):
            continue  # why a drug is taken: "taking a calcium channel blocker for … angina",
            # "PDE-5 inhibitors for erectile dysfunction"; not "requiring antibiotics for …"
        if _is_cancer(labels) and (
                " for" in (near := low[max(0, s - 50):s]) or " against" in near) and \
                (why := _THERAPY_FOR.search(low, max(0, s - 100), s) or _DRUGS_FOR.search(
                    low, max(0, s - 140), s)) is not None and \
                not _NEEDS_BEFORE.search(low, max(0, why.start() - 30), why.start()):
            continue
        if scopes is not None and not any(a <= s < b for a, b in scopes):
            if (denied := _POSTFIX_NEG.match(low, e)) is None:
                continue
            e = denied.end()  # "HIV seronegative": the evidence takes the word that denies it
        mod_start = s
        if bled is not None and bled[1] + 1 == s:
            mod_start = bled[0]  # "bleeding" before it, the modifiers before that too
        bled = None
        # both patterns end in a space (or a comma) right before the condition: test that first
        if mod_start == s and s and low[s - 1].isspace():
            kind_word = _KIND.search(low, max(0, s - 20), s)
            if kind_word is not None:
                mod_start = kind_word.start()
        if mod_start and (low[mod_start - 1].isspace() or low[mod_start - 1] == ","):
            severity = _MODIFIER.search(low, max(0, s - 60), mod_start)
            if severity is not None and not _PAST_OR.search(
                    low, max(0, severity.start() - 30), severity.start()):
                mod_start = severity.start()
                if low.endswith(("non-", "non "), 0, mod_start):
                    mod_start -= 4  # "non-metastatic prostate cancer": the modifier is denied
            elif severity is not None and (rest := _AFTER_ALTERNATIVE.match(
                    low, severity.start())) is not None and rest.end() < mod_start:
                mod_start = rest.end()  # "history of or concurrent active tuberculosis": the
                # alternative to the past narrows nothing, "active" still does
        if "tive" in low and mod_start > 10 and low[mod_start - 1] == " " and \
                labels[0].endswith(_MARKED_HEADS) and (marked := _MARKER_STATUS.search(
                    low, max(0, mod_start - 45), mod_start)) is not None and (
                    not labels[0].endswith(_GRAM_HEADS) or marked.group().startswith("gram")):
            # "BCR-ABL-positive leukemia", "HER2-positive metastatic breast cancer", "Gram-
            # negative infections": the kind the marker says
            mod_start = marked.start()
        via_mods = None
        if mod_start == s and (("infection" in low and (via := _INFECTION_WITH.search(
                low, max(0, s - 80), s)) is not None) or ("history" in low and (
                via := _HISTORY_OF.search(low, max(0, s - 200), s)) is not None)):
            # "active infection with HIV, hepatitis B or hepatitis C": each is an active one;
            # "significant history of renal, hepatic, … diseases": each a significant one
            severity = _MODIFIER.search(low, max(0, via.start() - 60), via.start())
            if severity is not None and not _PAST_OR.search(
                    low, max(0, severity.start() - 30), severity.start()) and not (
                    via.group().startswith("history") and _PAST_TOO.search(
                        low, max(0, severity.start() - 12), via.start())):
                via_mods = _DOUBLE_JOIN.sub(r"\1", " ".join(
                    w for w in _LETTERS.findall(low, severity.start(), via.start())
                    if w not in _SITE_KIND_WORDS and w not in _FILLER_WORDS))  # "active or
                # latent or …": "active or …"
                mod_start = severity.start()
        if len(labels) == 1 and labels[0] in _AGENT_LABELS:
            if s < agent_to and labels[0] in _IN_AGENT_LIST:
                continue  # one of the words before the last allergy's agent
            name, needs_agent = _AGENT_LABELS[labels[0]]
            agent = _agent(low, s, e)
            if agent is not None:
                agent_to = agent[3]
                labels = (f"{name} to {agent[0]}",)
                s, e = agent[1], agent[2]
                mod_start = min(mod_start, s)  # "inulin allergy": the agent comes first
            elif needs_agent:
                continue  # "contraindications for the performance of an MRI, such as …"
            if labels[0].startswith("contraindication") and \
                    _REASON_BRACKET.search(low, max(0, s - 40), s):
                continue  # "Hypocalcemia (contraindication to calcitonin)": why it is excluded
        staged = None  # (label prefix, where its words start)
        graded_next = False
        if stage_hint:
            for st in _STAGINGS:
                if not any(st.applies.search(x) for x in labels):
                    continue
                if st.prefix == "nyha class" and _NYHA_AT.match(low, s):
                    sm = st.after.match(low, s)  # the class range names heart failure
                    next_at = next((h[0] for h in hits if h[0] >= e and any(
                        st.applies.search(x) for x in h[2])), None) if sm is not None else None
                    if next_at is not None and (bm := st.before.search(
                            low, max(0, next_at - 80), next_at)) is not None and \
                            bm.start() <= s < bm.end() and _stage_range(st, bm):
                        graded_next = True  # "NYHA class III-IV cardiac disease": the
                        break  # range grades the condition named after it, read with it
                    if sm is not None and (prefix := _stage_range(st, sm)):
                        staged, e = (prefix, s), max(e, sm.end())
                    break
                sm = st.after.match(low, e)
                if sm is not None and sm.group("via") and any(
                        sm.end() <= h[0] <= sm.end() + 30 and _GRADED_NEXT.fullmatch(
                            low, sm.end(), h[0]) and any(st.applies.search(x) for x in h[2])
                        for h in hits):
                    sm = None  # "cardiovascular disease, defined as NYHA class II-IV congestive
                    # heart failure, angina …": the range grades the condition after it
                if sm is not None and (prefix := _stage_range(st, sm)):
                    staged, e = (prefix, s), sm.end()
                    break
                sm = st.before.search(low, max(0, s - 80), s)
                if sm is not None and (prefix := _stage_range(st, sm, _STAGE_WORSE.match(low, e))):
                    staged = (prefix, sm.start())
                    break
        if graded_next:
            continue
        qualified = _qualifier_at(low, e)
        if qualified is None and low.startswith(" (", e) and \
                (examples := _EXAMPLES_BRACKET.match(low, e)) is not None:
            # "uncontrolled intercurrent illness (e.g., diabetes) that would limit compliance":
            # the clause after the examples is the head's
            qualified = _qualifier_at(low, examples.end())
        own_clause = qualified is not None  # not one shared over the list it ends
        if qualified is None and _LIST_ON.match(low, e):
            qualified = _shared_qualifier(low, s, e, hits) or (
                _opinion_clause(low, e, hits) if "opinion" in low or "judg" in low else None)
        qualifier = _qualifier_words(low, qualified.start("q"), qualified.end("q")) \
            if qualified else None
        if qualified is None and (narrowed := _narrowing(low, e, bounds)) is not None:
            qualifier, e = narrowed
        if qualifier is None and "eye" in low and ((eye := eye_of(low, e)) is not None or
                                                   (eye := _eye_of_head(low, s, e)) is not None):
            qualifier, e = eye
        head_end = e  # where the examples of a list head may open
        if qualified is not None:
            e = _qualifier_to(low, qualified.end("q"), hits, qualified.start("q"))
            qualifier = _qualifier_words(low, qualified.start("q"), e)
        ev_start = mod_start
        if qualified is None and "grade" in low and staged is None:  # "grade 2 or greater
            # peripheral neuropathy"; not a class the label names ("NYHA grade II or greater …")
            graded = _GRADE_BEFORE.search(low, max(0, mod_start - 45), mod_start)
            if graded is not None and "," in low[graded.end("g"):mod_start] and (
                    _OF_GRADE.search(low, max(0, graded.start() - 16), graded.start())
                    or any(not low[h[1]:graded.start()].strip() for h in hits if h[1] < s)):
                graded = None  # the grade of the condition before: "dysrhythmias of NCI CTCAE
                # grade ≥ 2, atrial fibrillation of any grade", "diarrhea grade ≥ 2,
                # malabsorption syndrome"
            if graded is not None:
                qualifier = " ".join(graded.group("g").split())
                ev_start = graded.start()
                # a grade written right before the condition may be shared by the next one
                grade_list = (qualifier, ev_start, own_end) if "," not in low[
                    graded.start():mod_start] else None
            elif qualifier is None and grade_list is not None and mod_start == s and \
                    _OR_GAP.fullmatch(low, grade_list[2], s):
                # "grade 3 or higher cardiac dysrhythmia or QT prolongation": the grade before
                # the list is each item's
                qualifier, ev_start = grade_list[0], grade_list[1]
                grade_list = (qualifier, ev_start, own_end)
            else:
                grade_list = None
        if qualifier is None and ("hospital" in low or "admi" in low) and (
                admitted := _ADMITTED_FOR.search(low, max(0, mod_start - 50), mod_start)):
            # "hospitalization for COPD or pneumonia": those cases only
            qualifier = "requiring hospitalization"
            ev_start = min(ev_start, admitted.start())
        elif qualifier is None and "hospital" in low and (stay := _STAY_AFTER.match(low, e)):
            qualifier, e = "requiring hospitalization", stay.end()  # "heart failure
            # hospitalization"
        if qualifier is None and ev_start == mod_start and staged is None and \
                low.find("as ", e, e + 6) >= 0 and \
                (known := _KNOWN_BY.match(low, e)) is not None:
            q_end = known.end("q")
            inside = next((h[0] for h in hits if e < h[0] < q_end), None)
            if inside is not None:  # "bradycardia as defined by sinus rate <45 BPM or
                # tachycardia as defined by …": up to the next condition of the list
                cut = _LIST_BREAK.search(low, known.start("q"), inside)
                q_end = cut.start() if cut is not None else -1
            if q_end > 0:
                qualifier, e = " ".join(low[known.start("q"):q_end].split()), q_end
        recency = _window(low, s, e, hits) if timed else None
        if recency is None and windowed is not None and s < windowed[1]:
            # an example of a condition with a window: the evidence runs from that condition
            recency = (windowed[0], windowed[2], e)
        if kind == "inclusion" and recency is None and qualified is not None and \
                low.startswith("for", qualified.start("q")) and \
                (lasted := _LASTED.match(low, qualified.start("q"))) is not None and \
                (n := parse_number(lasted.group("n"))):
            # "No … lower respiratory tract infections for at least 6 weeks prior to screening",
            # "has not used nicotine … for at least 6 months": none within that time
            recency = (round(duration_days(n, lasted.group("u")), 2), s, e)
            qualifier = None
        exception = _exception(low, s, e, labels, excepts, hits) if excepts else None
        if qualifier is None and not_self and (
                both := _PERSONAL_OR_FAMILY.search(low, max(0, s - 180), s)) is not None:
            # "Personal or family history of medullary thyroid carcinoma": the participant's
            # or a relative's, which the label alone does not say
            qualifier = " ".join(both.group("q").split())
        if recency is not None and qualifier is None and exception is None and \
                recency[2] >= e and not _OTHER_GAP.search(low, e, recency[2]) and \
                (anchor := _WINDOW_ANCHOR_AFTER.match(low, recency[2])) and \
                (late := _qualifier_at(low, anchor.end())) is not None and \
                late.group("q").startswith(("that", "which", "not", "uncontrolled")):
            # "Cardiac arrhythmia within 3 months prior to randomization that is not controlled
            # by medication": the condition's clause goes on after its window
            q_end = _qualifier_to(low, late.end("q"), hits)
            qualifier = _qualifier_words(low, late.start("q"), q_end)
            recency = recency[0], recency[1], q_end
        if exception is not None and qualifier is None and (
                late := _qualifier_at(low, exception[1])) is not None:
            # "dermatological disease other than atopic dermatitis, that might interfere with
            # the evaluation": the condition's clause, after its exception
            q_end = _qualifier_to(low, late.end("q"), hits)
            qualifier = _qualifier_words(low, late.start("q"), q_end)
            exception = exception[0], q_end
        mods = via_mods if via_mods is not None else low[mod_start:s]
        if mods:
            mods = _without_filler(mods)  # "serious pre-existing …": the filler narrows nothing
        if "(" in mods:
            mods = _OPINION_AT.sub(" ", mods)
        if recency is not None and "recent" in mods:
            mods = _RECENT.sub("", mods)  # "recent MI (within 6 months)": the window says it
        if listed is not None and s < listed[1] and listed[2] and _CONTROL_WORDS.match(mods):
            listed = None  # "active infections including hepatitis B or C, unstable brain
            # metastases, …, drug or alcohol abuse": an item with its own modifier ends the
            # examples of infection; what follows is the list of the criterion (not so
            # "uncontrolled intercurrent illness including … symptomatic heart failure, …",
            # "active autoimmune disorders including …, severe psoriasis, …, rheumatoid arthritis")
        if listed is not None and s < listed[1] and not mods and staged is None and \
                recency is None and not _MODIFIER_AT.match(low, s) and \
                not (_STATE_WORD.search(listed[0])
                     and _HISTORY_BEFORE.search(low, max(0, s - 20), s)):
            # "uncontrolled intercurrent illness including … cardiac arrhythmia"; not an event
            # with its window ("… myocardial infarction within 6 months"), nor a past one that
            # the head's present state cannot describe ("unstable cardiac disease such as:
            # unstable angina, …, history of long QT syndrome")
            mods = listed[0]
            ev_start = min(ev_start, listed[3])  # the evidence runs from the head's modifiers
        shared = False
        if not mods and slashed is not None and (
                low[slashed.end:s].strip() == "/" or (
                    slashed.opens_list and recency is None and staged is None
                    and _SHARED_SEVERITY.fullmatch(slashed.mods)
                    and (_LIST_GAP.fullmatch(low, slashed.end, s)
                         or _LIST_GAP_ITEM.fullmatch(low, slashed.end, s))
                    and not _MODIFIER_AT.match(low, s)
                    and not _said_again(low, slashed.mods, s)
                    and not _head_again(low, slashed.end, s, e))):
            # "relevant allergy/hypersensitivity": one modifier for both; "uncontrolled
            # diabetes, hypertension, or thyroid disease": each is an uncontrolled one, when
            # the list opens with the modifier (not "acute psychosis, severe alcohol dependence,
            # or dementia") and the item is no event with its own window
            mods, shared = slashed.mods, True
            ev_start = min(ev_start, slashed.start)  # the evidence runs from the shared words
        slashed = _Modified(own_end, mods, min(mod_start, ev_start), shared or (
            labels[0] != "disease" and _LIST_TAIL.search(
                low, max(0, mod_start - 40), mod_start) is None)) if mods else None
        named = _label(mods, labels, staged[0] if staged else "", low[s:own_end])
        if mod_start < s and (labels[0] in _LIST_HEADS or (
                labels[0] in _ORGAN_LIST_HEADS and _CONTROL_WORDS.fullmatch(low, mod_start, s)
        )) and (lead := _EXAMPLES_LEAD.match(low, e) or _EXAMPLES_LEAD.match(low, head_end)
                ) is not None:
            clause = _CLAUSE_END.search(low, lead.end())
            to = clause.start() if clause else len(low)
            if "(" in lead.group() and (closed := _closing(low, lead.end(), to)) >= 0:
                to = closed  # "uncontrolled intercurrent disease (eg, diabetes, hypertension)":
                # the examples end with their bracket
            listed = (_without_filler(low[mod_start:s]), to, labels[0] == "infection", mod_start)
        if recency is not None and "includ" in low and (lead := _EXAMPLES_AFTER_WINDOW.match(
                low, max(e, recency[2]))) is not None:
            # "Serious infection within 4 weeks prior to screening, including tuberculosis or
            # pneumonia": the examples are of infections within those 4 weeks
            clause = _CLAUSE_END.search(low, lead.end())
            windowed = (recency[0], clause.start() if clause else len(low), recency[1])
        other = ((_OTHER_BEFORE.search(low, max(0, mod_start - 18), mod_start) if mod_start > 5
                  else None) or _OTHER_AFTER.match(low, e)) if has_other else None
        if other is not None and not any(x.startswith("other ") or " other " in x
                                         for x in named):
            # "no other active malignancy", "malignancies at other sites": one besides the
            # trial's own disease
            named = [f"other {x}" for x in named]
            ev_start, e = min(ev_start, other.start()), max(e, other.end())
        for label in named:
            if label in seen and recency is not None and (
                    opened := low.rfind("(", 0, s)) > low.rfind(")", 0, s):
                # "Smoker (has used tobacco … within 6 months …)": named again with its window
                # in a bracket right after it, which defines it
                for k, (fs, fe, fact) in enumerate(out):
                    if fact.label == label and fact.within_days is None and \
                            not low[fe:opened].strip():
                        fact.within_days = recency[0]
                        out[k] = (fs, max(fe, recency[2]), fact)
                        break
            if label in seen or (label in restated and qualifier is None and low.rfind(
                    "(", 0, s) > low.rfind(")", 0, s)):
                continue  # named again in a bracket; not "NYHA class III-IV or any heart
                # failure requiring treatment", a case of its own
            seen.add(label)
            if other is not None:  # "other hemorrhage/bleeding event": one condition
                seen.add(label.removeprefix("other "))
            if staged:  # "stage II COPD (COPD)": the bracket names the staged one again
                restated.add(label.removeprefix(staged[0] + " "))
            # … as it names a modified one again: "a substantial cataract that … (i.e., a 20/40
            # cataract)"
            restated.update(x for x in labels if x not in named)
            start = min(ev_start, staged[1]) if staged else ev_start
            out.append((min(start, recency[1]) if recency else start,
                        max(recency[2] if recency else e, exception[1] if exception else e),
                        ConditionFact(start=0, end=0, label=label, role="excluded",
                                      within_days=recency[0] if recency else None,
                                      exceptions=exception[0] if exception else None,
                                      qualifier=qualifier)))
            if staged is not None:
                read_to = e
            if own_clause and qualified is not None and _NEEDS.match(qualifier or ""):
                needed = (qualified.start("q"), e)  # "renal insufficiency requiring
                # hemodialysis": the dialysis is what the insufficiency needs, no condition; "drug
                # allergies (resulting in dyspnea or severe rash)": the dyspnea says how severe
            sources.append(labels)
            last_end = own_end
    if allowed and out:
        _allowed_later(low, out, sources, allowed, hits)
    return out


#: A qualifier that says what a condition needs ("requiring hemodialysis"), what it results in,
#: or a cause it must or must not have ("secondary to pancreatitis", "not caused by diabetes or
#: hypertension"): the conditions named in it are no conditions of their own.
_NEEDS = re.compile(r"(?:requiring|needing|(?:that|which)\s+(?:requires?|needs?)|"
                    r"resulting\s+in(?!\s+(?:an?\s+)?diagnos)|"
                    + _NOT_CAUSED_BY + "|" + _CAUSE_LEAD + r")\b")
#: A bracket of examples right after a condition: "(e.g., diabetes, hypertension)".
_EXAMPLES_BRACKET = re.compile(r"\s*\(\s*(?:e\.?\s?g\b\.?|i\.\s?e\.|including|such\s+as|"
                               r"for\s+example)[^()]*\)")
#: Words of an allowance that point back at the conditions excluded before it.
_ANAPHOR = re.compile(r"\b(?:th(?:ese|is|ose)|such|either|both)\s+(?:conditions?|disorders?|"
                      r"diseases?|diagnos[ie]s|lesions?|metastas[ie]s)\b")
#: An open bracket between a condition and its abbreviation.
_RESTATED = re.compile(r"\s*[(\[]\s*")
_HOWEVER = re.compile(r"^(?:however|but|nevertheless|note)\s*[,:]?\s*")


#: A cancer named in an allowance ("localized carcinoma of the skin", "in situ cancer").
_CANCER_WORD = re.compile(r"\b(?:cancers?|carcinomas?|malignan\w*|melanomas?|neoplasms?|"
                          r"tumou?rs?)\b")


def _is_cancer(labels: tuple[str, ...]) -> bool:
    """Whether a condition's labels name a cancer ("other malignancy", "skin cancer")."""
    return any(x.endswith(_CANCER_HEADS) for x in labels)


def _allowed_later(low: str, out: list[tuple[int, int, ConditionFact]],
                   sources: list[tuple[str, ...]], allowed: list[tuple[int, int]],
                   hits: list[tuple[int, int, tuple[str, ...]]]) -> None:
    """Give a condition the allowance a later sentence makes of it, as its exception.

    "Uncontrolled brain metastases. Patients with treated brain metastases … are eligible if
    …": the treated ones are allowed. The later sentence must name the same lexicon condition
    ("CNS metastases" and "brain metastases" do not meet), name a cancer after a cancer ("…
    malignancy within 5 years. Subjects with a non-melanoma skin cancer are allowed"), or point
    back at the conditions before it ("… for these conditions is eligible").
    """
    for k, (start, end, fact) in enumerate(out):
        if fact.exceptions is not None:
            continue
        for a, b in allowed:
            # "… cancer in remission for less than 12 months prior to screening (Participants
            # that had localized carcinoma of the skin … will not be excluded)": a bracket of
            # the condition's clause
            bracketed = a > 0 and low[a - 1] == "(" and not _CLAUSE_END.search(low, end, a)
            if a < end or not (bracketed or SENTENCE_BREAK.search(low, end, a + 1)):
                continue
            if any(a <= hs < b and labels == sources[k] for hs, _, labels in hits) or (
                    _is_cancer(sources[k]) and _CANCER_WORD.search(low, a, b)) or \
                    _ANAPHOR.search(low, a, b):
                if bracketed:
                    to = b  # the bracket's close
                else:
                    stop = _CLAUSE_END.search(low, b)
                    to = stop.start() if stop else len(low)
                text = _HOWEVER.sub("", " ".join(low[a:to].split())).strip(" ,:.")
                if 0 < len(text) <= 400:
                    fact.exceptions = text
                    out[k] = (start, to + bracketed, fact)  # the evidence runs to the
                    # allowance's end
                break


_REQUIRED = re.compile(
    r"\b(?:diagnos(?:ed|is)\s+(?:\([a-z ]{1,20}\)\s+)?(?:of|with|as)\b|"
    r"(?:histolog|cytolog|patholog)\w*[\s-]+(?:(?:(?:confirmed|proven|documented)[\s-]+)?"
    r"(?:and|or|and/or)\s+\w+[\s-]+)?(?:(?:confirmed|proven|documented|verified|diagnosed)(?:\s+diagnosis\s+of)?|"
    r"(?:diagnosis|confirmation|evidence|proof)\s+of(?:\s+(?:an?\s+)?diagnosis\s+of)?)|"
    r"confirmed\s+diagnosis\s+of|clinical\s+diagnosis\s+of|documented\s+diagnosis\s+of|"
    # "meet the DSM-IV criteria for schizophrenia", "Satisfies the 1987 ACR Revised Criteria
    # for Rheumatoid Arthritis"
    r"(?:meet(?:s|ing)?|fulfil(?:l|ls|s|ling|ment\s+of)?|satisf(?:y|ies|ying))\s+(?:the\s+)?"
    r"(?:[a-z0-9/().'-]+\s+){0,4}?criteria\s+(?:for|of)"
    r"(?:\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}?diagnosis\s+of)?)\s*"
    r"(?:of\s+|with\s+|as\s+)?(?:an?\s+|the\s+)?(?:having\s+(?:an?\s+)?)?"
    # not the "and" of "confirmed and surgically resectable …"
    r"(?:(?:and|or|and/or)\s+)?"
    r"(?P<what>[a-z0-9][a-z0-9/'\- ]{2,80})"
)
#: A denial right before a diagnosis: "No known diagnosis of", "no prior".
_NO_DIAGNOSIS_BEFORE = re.compile(r"\b(?:no|without|not)\s+(?:(?:known|prior|previous|current|"
                                  r"other|history\s+of|a|any)\s+)*$")
#: The same words right before a diagnosis the required-diagnosis reader found.
_SINCE_BEFORE = re.compile(r"\b" + _SINCE + "$")
#: Criteria written elsewhere: "to satisfy these criteria for infection".
_CRITERIA_ELSEWHERE = re.compile(r"\b(?:these|those|such|above|following|same)\s+criteria\b")
#: A negation before criteria met: "which do not fulfil the criteria for …".
_NOT_MET = re.compile(r"\b(?:not|n't|never|fail(?:s|ed)?\s+to)\s+(?:\w+\s+)?$")
#: What criteria are met for that is no diagnosis: a disease's measurability or state, the
#: study's own rules.
_MET_NO_DIAGNOSIS = ("measurable", "evaluable", "treatment", "presence", "absence", "response",
                     "active disease", "entry", "the study", "this study", "study", "inclusion",
                     "eligibility", "acceptable", "stem cell donation")
#: An allowance before a diagnosis: "Subjects may have a lifetime diagnosis of ADHD".
_MAY_HAVE = re.compile(r"\b(?:may|can|could)\s+(?:also\s+)?have\b(?:\s+[a-z-]+){0,3}\s*$")
#: An inclusion criterion that is only a diagnosis, opening with its stage or course ("Stage III
#: or IV pancreatic cancer", "Extensive stage small cell lung cancer", "Biopsy-proven prostate
#: cancer.").
_BARE_DIAGNOSIS = re.compile(
    r"\s*(?:(?:biopsy|histologically|cytologically|pathologically)[- ](?:proven|confirmed|"
    r"documented)\s+)?(?P<what>(?:stage|extensive|limited|locally|advanced|metastatic|recurrent|"
    r"relapsed|refractory|newly|unresectable|inoperable|operable|early|primary|chronic|"
    r"untreated|prostate|breast|lung|colorectal|gastric|pancreatic|ovarian|"
    r"hepatocellular)\b[a-z0-9/'\-, ()]{0,80}?(?:cancer|carcinoma|"
    r"adenocarcinoma|tumou?r|neoplasm|lymphoma|leuka?emia|myeloma|sarcoma|melanoma|glioma|"
    r"blastoma|nsclc|sclc|aml|cll|malignancy|pain|disease)s?)\s*(?:\([^()]*\))?\s*[.;]?\s*$")
#: Words a diagnosis is read by otherwise.
_CONFIRMED_HINT = re.compile(r"diagnos|histolog|cytolog|patholog")
#: Words of a disease's stage or course, which name no disease on their own ("locally advanced
#: or metastatic disease").
_COURSE_WORDS = frozenset({
    "stage", "stages", "disease", "diseases", "extensive", "limited", "locally", "advanced",
    "metastatic", "recurrent", "relapsed", "refractory", "newly", "unresectable", "inoperable",
    "operable", "early", "primary", "chronic", "untreated", "previously", "progressive", "or",
    "and", "and/or", "of", "with", "recurred", "measurable", "evaluable", "active", "m0", "m1",
    "m1a", "m1b", "m1c", "treatment-refractory", "because", "due", "to"})
#: A stage or class written as a word: "iv", "iiib", "ib-iva", "3".
_STAGE_CODE = re.compile(r"(?:i{1,3}|iv|v|[0-4])[a-c]?(?:[-/](?:i{1,3}|iv|v|[0-4])[a-c]?)?|[a-c]")
#: First words of a criterion that names who takes part.
POPULATION_WORDS = ("patient", "subject", "participant", "adult", "child", "adolescent", "men ",
                    "women", "volunteer", "individual", "person", "people", "male", "female",
                    "pediatric", "paediatric", "elderly", "postmenopausal", "premenopausal",
                    "ambulatory", "hospitali")
_WHAT_END = re.compile(r"\s+(?:with|who|and|that|which|according|by|in|as|based|after|at|on|for|"
                       r"defined|confirmed|meeting|not|or\s+(?:with|who|known)|per|using|including|"
                       r"regardless|irrespective|known|to\s+treat|of\s+the\s+following)\b")
#: Where a diagnosis's words end at the latest.
_CHUNK_END = re.compile(r"[;.:(]")
#: Kinds coordinated before a disease's head: words, commas and "or"/"and" only, no clause.
_NOT_IN_LIST = (r"(?!(?:with|who|that|which|according|by|in|as|based|after|at|on|for|defined|"
                r"confirmed|meeting|not|per|using|including|other|than|except|excluding|"
                r"excluded|are|is|was|were|be|been|must|have|has|had|should|will|taking|using|"
                r"receiving|treated)\b)")
_ORGAN_LIST = re.compile(_NOT_IN_LIST + r"[a-z0-9/'-]+(?:[\s,]+" + _NOT_IN_LIST +
                         r"[a-z0-9/'-]+)*[\s,]*")
_DISEASE_HEAD = re.compile(
    r"(?:cancer|carcinoma|tumou?r|neoplasm|lymphoma|leuka?emia|myeloma|sarcoma|melanoma|glioma|"
    r"blastoma|disease|disorder|syndrome|infection|diabetes|itis|osis|oma|nmosd|copd|"
    r"malignancy|hypertension|depression|schizophrenia|epilepsy|asthma|failure|injury|"
    r"dysfunction|migraine|headache|pain|obesity|herniation|transformation)s?\b")


#: An inclusion criterion that opens by naming who takes part: "Patients with type 2 diabetes
#: mellitus", "Adults (≥ 18 years) diagnosed with COPD".
_WHO_WITH = re.compile(
    r"(?:(?:adult|male|female|pediatric|paediatric|elderly|postmenopausal|premenopausal|"
    r"ambulatory|hospitali[sz]ed)\s+)*(?:patients?|subjects?|participants?|adults?|children|"
    r"adolescents?|men|women|volunteers?|individuals?|persons?|people)\s+(?:\([^()]{1,40}\)\s+)?"
    r"(?:(?:aged|of\s+age|age)\s+[^,;:()]{0,30}?\s+)?(?:with|who\s+have|who\s+has|having|"
    r"diagnosed\s+with|suffering\s+from|affected\s+by)\s+(?:an?\s+|the\s+)?(?:(?:confirmed|"
    r"documented|established|clinical|current)\s+)?(?:diagnosis\s+of\s+)?(?:an?\s+)?"
    r"(?P<what>[a-z0-9][a-z0-9/'\- ]{2,80})")
#: What makes such an opening a rule for a subgroup or an allowance, not the trial's population.
_WHO_NOT_POPULATION = re.compile(
    r"\b(?:must|should|may|can|will|would|could|shall|need|needs|require|requires|eligible|"
    r"ineligible|"
    r"allowed|permitted|preclude|interfere|"
    r"excluded|exclude|acceptable|not|if|unless|who\s+(?:are|is|were|meet|have\s+(?:received|"
    r"been|had)))\b")
_WHO_VAGUE = ("any ", "other ", "above ", "the above", "such ", "these ", "this ", "history",
              "a history", "prior ", "previous ", "been ", "no ", "concurrent ", "concomitant ",
              "negative ", "seronegative ")  # "Subjects with negative HIV … results": no HIV


def _population(low: str) -> list[tuple[int, int, ConditionFact]]:
    """Read the condition an inclusion criterion opening with who takes part names.

    A condition of the lexicon right after "with" gives its canonical labels; other words
    count only up to a specific disease word ("… breast cancer", "… colitis"), not a generic
    one ("moderate to high disease", "measurable disease").
    """
    m = _WHO_WITH.match(low)
    if m is None or _WHO_NOT_POPULATION.search(low) or "within" in low:
        return []
    ws, we = m.span("what")
    stop = _WHAT_END.search(low, ws, we)
    if stop is not None:
        we = stop.start()
    what = low[ws:we].strip(" -/'")
    if what.startswith(_WHO_VAGUE):
        return []
    hits = [h for h in CONDITION_LEXICON.findall(low[ws:m.end()]) if h[0] == 0]
    if hits:
        s, e, labels = hits[0]
        return [(ws, ws + e, ConditionFact(start=0, end=0, label=label.lower(), role="required"))
                for label in labels]
    what = " ".join(what.split()[:9])  # "locally advanced or metastatic non-small cell lung
    # cancer"
    head = None
    for h in _DISEASE_HEAD.finditer(what):
        head = h
    if head is None or head.group().rstrip("s") in _GENERIC_HEADS:
        named = _lexicon_named(what)  # "idiopathic Parkinson's disease", "acne vulgaris"
        if named is None:
            return []
        return [(ws, ws + len(named[0]), ConditionFact(start=0, end=0, label=named[1],
                                                       role="required"))]
    what = what[:head.end()].strip()
    return [(ws, ws + len(what), ConditionFact(start=0, end=0, label=what, role="required"))]


def _lexicon_named(what: str) -> tuple[str, str] | None:
    """Return the words of ``what`` up to the end of a condition the lexicon knows in them.

    The condition must come first or after at most three words of its own ("idiopathic",
    "facial", "relapsed or refractory"), not after another clause, and end the words.

    :returns: those words, and the label: the same words, or when the condition is written as an
        abbreviation the words before it and its lexicon label ("relapsed CLL": "relapsed
        chronic lymphocytic leukemia"); None when no condition is named so.
    """
    found = CONDITION_LEXICON.findall(what)
    if not found:
        return None
    s, e, labels = found[0]
    lead = what[:s].split()
    if len(lead) > 3 or _WHAT_END.search(" " + what[:s]):
        return None
    if what[e:].strip() and not what[e:].lstrip().startswith(("(", ",", ";", ".", ":")):
        return None  # "multiple dialysis options": the condition only qualifies another noun
    words = " ".join(what[:e].split())
    if len(labels) > 1 or e - s > 6 or " " in what[s:e] or (s and not what[s - 1].isspace()):
        return words, words
    return words, " ".join([*lead, labels[0].lower()])  # an abbreviation: "CLL", "NSCLC"


#: Disease words too generic to name a population without a lexicon condition before them.
_GENERIC_HEADS = frozenset({"disease", "disorder", "syndrome", "infection", "failure", "injury",
                            "dysfunction", "pain"})


#: The organs a cancer is written "of": "adenocarcinoma of the prostate", "squamous cell
#: carcinoma of the head and neck", "carcinoma of the colon or rectum".
_ORGAN = (r"(?:prostate|breast|colon|rectum|lung|pancreas|stomach|o?esophagus|bladder|"
          r"(?:uterine\s+)?cervix|uterus|endometrium|ovary|kidney|liver|head\s+and\s+neck|skin|"
          r"bone|brain|oropharynx|nasopharynx|hypopharynx|larynx|oral\s+cavity|thyroid|anus|"
          r"anal\s+canal|vulva|vagina|penis|testis|bile\s+ducts?|gallbladder|small\s+bowel|"
          r"appendix|urothelium|urinary\s+bladder|gastro-?o?esophageal\s+junction|"
          r"esophagogastric\s+junction|unknown\s+primary(?:\s+site)?)")
_SITE_OF = re.compile(r"\s+of\s+(?:the\s+)?" + _ORGAN + r"(?:\s*(?:,|or|and|and/or)\s+(?:the\s+)?"
                      + _ORGAN + r")*\b")
#: Words that name no condition by themselves.
_VAGUE_WHAT = frozenset({"disease", "diseases", "diagnosis", "tumor", "tumour", "tumors", "tumours",
                         "original", "primary", "underlying", "the", "a", "an", "this", "their",
                         "such", "condition", "disorder", "index", "qualifying", "invasive"})


_EXCEPTED_BEFORE = re.compile(r"\b(?:unless|(?:" + EXCEPTED_CUE + r")\s+(?:for\s+|in\s+)?"
                              r"(?:patients?|subjects?|participants?|those|people|"
                              r"individuals?)\b)[^.;()]*$")


def extract_bare_diagnosis(low: str, found: list[tuple[int, int, tuple[str, ...]]] | None = None
                           ) -> list[tuple[int, int, ConditionFact]]:
    """Read an inclusion criterion that is only a diagnosis ("Stage IV gastric cancer").

    One that names no disease beyond its stage or course ("Locally advanced or metastatic
    disease", "Stage IV disease") gives nothing; nor one with a word the diagnosis reader
    (:func:`extract_required`) reads it by ("histologically confirmed …"). A criterion that
    opens with a condition of the lexicon, after its modifiers and "evidence of" or "with",
    requires it ("Type 2 diabetes, treated only by diet", "Evidence of chronic hypertension"),
    unless it is a rule for those who have it or an allowance ("Hypertension must be controlled",
    "HIV-negative").

    :param low: lower-cased, normalised criterion text.
    :param found: condition lexicon hits in ``low``, if known.
    :returns: facts with their spans in ``low``.
    """
    if _CONFIRMED_HINT.search(low):
        return []
    bare = _BARE_DIAGNOSIS.match(low) if len(low) < 120 else None
    if bare is None:
        return _leading_condition(low, found) if found else []
    what = " ".join(bare.group("what").split())
    if not any(w not in _VAGUE_WHAT and w not in _COURSE_WORDS and not _STAGE_CODE.fullmatch(w)
               for w in _LETTERS.findall(what)):
        return []
    end = bare.end("what")
    if (staged := _stage_after(low, end, (what,))) is not None:
        what, end = f"{staged[0]} {what}", staged[1]
    return [(bare.start("what"), end, ConditionFact(start=0, end=0, label=what, role="required"))]


def _stage_after(low: str, e: int, names: tuple[str, ...]) -> tuple[str, int] | None:
    """Return (label prefix, end) of the stage or class range written after a required condition.

    "Primary breast cancer (Stage I, II, or III)": ("stage i-iii", the end of the bracket).
    ``names`` are the condition's words or labels, which say which staging applies; a NYHA
    class after a required condition is not read as its range.
    """
    if not _STAGE_HINT.search(low, e):
        return None
    for st in _STAGINGS:
        if st.prefix != "nyha class" and any(st.applies.search(x) for x in names) and (
                sm := st.after.match(low, e)) is not None and (prefix := _stage_range(st, sm)):
            return prefix, sm.end()
    return None


#: What may open an inclusion criterion before the condition it requires.
_LEAD_IN = re.compile(r"\s*(?:(?:clinical\s+|documented\s+|confirmed\s+)?(?:evidence|presence|"
                      r"documentation)\s+of\s+|with\s+|(?:a\s+)?(?:known|documented|confirmed|"
                      r"established|current)\s+)?(?:an?\s+)?")


def _leading_condition(low: str, found: list[tuple[int, int, tuple[str, ...]]]
                       ) -> list[tuple[int, int, ConditionFact]]:
    """Read the condition an inclusion criterion opens with, as required."""
    s, e, labels = found[0]
    if labels[0] in _AGENT_LABELS:
        return []  # "Allergy to any of the study medications": an exclusion listed as inclusion
    lead = _LEAD_IN.match(low)
    mod_start = lead.end() if lead is not None else 0
    if s > mod_start and not (_MODIFIER.fullmatch(low, mod_start, s) or
                              _KIND.fullmatch(low, mod_start, s)):
        return []
    if _WHO_NOT_POPULATION.search(low) or _POSTFIX_NEG.match(low, e) or \
            _NEGATION.search(low) or _NOT_CONDITION_AFTER.match(low, e) or \
            low.startswith(("no ", "non")) or "within" in low:
        return []
    own_end = e
    staged = _stage_after(low, e, labels)  # "Primary breast cancer (Stage I, II, or III)"
    if staged is not None:
        e = staged[1]
    named = _label(low[mod_start:s], labels, staged[0] if staged else "", low[s:own_end])
    if staged is None and e == own_end:
        # "Relapsed or refractory CLL, NHL or MM": the other diseases of its list, with its words
        for h_start, h_end, h_labels in found[1:]:
            if h_start < e or not _LIST_GAP.fullmatch(low, e, h_start) or \
                    h_labels[0] in _AGENT_LABELS:
                break
            named += [x for x in _label(low[mod_start:s], h_labels, "", low[h_start:h_end])
                      if x not in named]
            e = own_end = h_end
    qualified = _qualifier_at(low, e)
    # "CML in accelerated phase or blast crisis", "AML beyond 2nd remission or relapsed/refractory
    # disease": the qualifier with the rest of its clause
    end = _qualifier_to(low, qualified.end("q"), found, qualified.start("q")) if qualified else e
    qualifier = _qualifier_words(low, qualified.start("q"), end) if qualified else None
    # "Schizophrenia or bipolar disorder": a participant has one of them
    either = 1 if len(named) > 1 else None
    return [(mod_start, end, ConditionFact(start=0, end=0, label=label, role="required",
                                           qualifier=qualifier, any_of=either))
            for label in named]


def extract_required(low: str) -> list[tuple[int, int, ConditionFact]]:
    """Read a diagnosis the participant must have ("diagnosis of recurrent neuroblastoma").

    Also the condition an inclusion criterion names as who takes part ("Patients with type 2
    diabetes mellitus"), unless the criterion is a rule for them or an allowance ("Patients
    with diabetes must be on a stable regimen", "… are eligible").

    :param low: lower-cased, normalised criterion text.
    :returns: facts with their spans in ``low``.
    """
    out: list[tuple[int, int, ConditionFact]] = []
    if low.startswith(POPULATION_WORDS) and "diagnos" not in low and "histolog" not in low and \
            "cytolog" not in low and "patholog" not in low:
        return _population(low)
    for m in _REQUIRED.finditer(low):
        if _EXCEPTED_BEFORE.search(low, max(0, m.start() - 60), m.start()):
            continue  # "bilirubin ≤ 2 × ULN (except for patients with a confirmed diagnosis of
            # Gilbert's disease)": an exception of a bound, not a diagnosis required
        if _MAY_HAVE.search(low, max(0, m.start() - 50), m.start()):
            continue  # "Subjects may have a lifetime diagnosis of ADHD": allowed, not required
        if _NO_DIAGNOSIS_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            continue  # "No known diagnosis of HIV infection": one denied (read as excluded)
        if "since" in low and _SINCE_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            continue  # "complications that have developed since the initial diagnosis of CLL": a
            # time, not a diagnosis the criterion requires
        ws, we = m.span("what")
        stop = _WHAT_END.search(low, ws, we)
        if stop is not None:
            we = stop.start()
        what = low[ws:we].strip(" -/'")
        cue = low[m.start():ws]
        if "criteri" in cue and (
                _NOT_MET.search(low, max(0, m.start() - 20), m.start()) or
                what.startswith(_MET_NO_DIAGNOSIS) or _CRITERIA_ELSEWHERE.search(cue)):
            continue  # "lesions which do not fulfill RECIST criteria for metastatic disease",
            # "meeting the criteria for measurable disease", "… for treatment failure"
        what = what.removesuffix(" diagnosis")  # "McDonald's criteria for MS diagnosis"
        if what.startswith(("the following", "following", "one of the following")):
            continue  # "diagnosed as having the following primary disease": a list after it
        words = what.split()
        if not words or len(words) > 9:
            words = words[:9]
            what = " ".join(words)
        head = None
        for h in _DISEASE_HEAD.finditer(what):
            head = h
        if head is None and low.startswith((",", " or ", " and "), ws + len(what)) and \
                _lexicon_named(what) is None:
            # "diagnosis of epithelial ovarian, fallopian tube, or primary peritoneal
            # carcinoma": kinds coordinated before one head
            seg = low[ws:ws + 120]
            if (cut := _CHUNK_END.search(seg)) is not None:
                seg = seg[:cut.start()]
            found = _DISEASE_HEAD.search(seg)
            if found is not None and _ORGAN_LIST.fullmatch(seg, 0, found.start()):
                what, head = seg[:found.end()], found
        if head is None:
            named = _lexicon_named(what)  # "diagnosis of essential thrombocythemia"
            if named is not None:
                out.append((ws, ws + len(named[0]), ConditionFact(start=0, end=0,
                                                                   label=named[1],
                                                                   role="required")))
                break
            continue
        site = _SITE_OF.match(low, ws + head.end())
        what = low[ws:site.end()] if site else what[:head.end()]
        what = " ".join(what.split())
        if not set(what.split()) - _VAGUE_WHAT:
            continue  # "the original tumor", "diagnosis", "disease": no condition named
        end = _written_end(low, ws, what)
        out.extend(_required_alternatives(low, ws, end, what) or [
            (ws, end, ConditionFact(start=0, end=0, label=what, role="required"))])
        break
    return out


#: What separates diagnoses of which one is required: "or", "and/or", a comma.
_ALTERNATIVE_SEP = re.compile(r"\s*,\s*(?:or\s+|and/or\s+)?|\s+(?:or|and/or)\s+")
#: The next diagnosis of such a list, past the bracket of the one before: "chronic lymphocytic
#: leukemia (CLL), small lymphocytic lymphoma (SLL), … or Richter's transformation".
_ALTERNATIVE_NEXT = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?P<sep>" + _ALTERNATIVE_SEP.pattern + ")"
    r"(?:an?\s+)?(?P<w>[a-z0-9][a-z0-9'/ -]{2,60}?)(?=\s*(?:[(,;.:]|$)|\s+(?:or|and/or|as|with|"
    r"who|that|which|arising|according|defined|confirmed|by|in|on|at|for|to|but|following)\b)")


#: Words before an alternative that are not its own: "either", "of".
_ALTERNATIVE_LEAD = re.compile(r"(?:(?:either|of|an?|the)\s+)+")
#: An alternative that is a clause, not a diagnosis: "… or known to have breast carcinoma".
_ALTERNATIVE_CLAUSE = re.compile(r"(?:known|to|have|has|had|be|is|are|was|were|must|who|which|"
                                 r"that|not|no|without|with|but)\b|.*\b(?:diagnos[ie]s|criteria|"
                                 r"evidence)\b")


def _required_alternatives(low: str, ws: int, end: int, what: str
                           ) -> list[tuple[int, int, ConditionFact]]:
    """Split a required diagnosis into the alternatives it lists, one of which is required.

    "breast cancer or ovarian cancer", "chronic lymphocytic leukemia (CLL), small lymphocytic
    lymphoma (SLL), … or Richter's transformation": each one names a disease of its own, and
    "or" is written among them; a list of kinds before one head ("epithelial ovarian, fallopian
    tube, or primary peritoneal carcinoma") is one diagnosis. Returns [] for one diagnosis.
    """
    parts: list[tuple[int, int, str]] = []
    pos = ws
    said_or = False
    for sep in [*_ALTERNATIVE_SEP.finditer(low, ws, end), None]:
        stop = sep.start() if sep is not None else end
        parts.append((pos, stop, " ".join(low[pos:stop].split())))
        if sep is not None:
            said_or = said_or or "or" in sep.group()
            pos = sep.end()
    while (nxt := _ALTERNATIVE_NEXT.match(low, parts[-1][1])) is not None:
        said_or = said_or or "or" in nxt.group("sep")
        parts.append((nxt.start("w"), nxt.end("w"), " ".join(nxt.group("w").split())))
    for k, (s, e, p) in enumerate(parts):
        if (lead := _ALTERNATIVE_LEAD.match(p)) is not None:  # "either open angle glaucoma or
            # ocular hypertension", "acute back pain or of neck pain"
            parts[k] = (s + (low.find(p[lead.end():], s) - s), e, p[lead.end():])
    if len(parts) < 2 or not said_or or any(_ALTERNATIVE_CLAUSE.match(p) for _, _, p in parts) \
            or not all(
            _DISEASE_HEAD.search(p) or _lexicon_named(p) for _, _, p in parts) or any(
            not set(p.split()) - _VAGUE_WHAT for _, _, p in parts):
        return []
    return [(s, e, ConditionFact(start=0, end=0, label=p, role="required", any_of=1))
            for s, e, p in parts]


def _written_end(low: str, start: int, words: str) -> int:
    """Return where ``words`` (spaces collapsed), written from ``start`` in ``low``, end.

    The text keeps its line breaks ("squamous cell carcinoma of the" and "head and neck" on
    two lines).
    """
    end = start + len(words)
    if low.startswith(words, start):
        return end
    m = re.compile(r"\s+".join(map(re.escape, words.split()))).match(low, start)
    return m.end() if m is not None else end


_MARKER = (r"(?P<m>[A-Z][A-Za-z]*[0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|"
           r"[A-Z]{2,}[0-9]*(?:-[A-Za-z0-9]+)*)")
_BIOMARKER = re.compile(
    r"(?i:positive)\s+(?i:expression\s+of\s+)?(?:(?i:the)\s+)?" + _MARKER.replace("?P<m>", "?P<m1>")
    + r"|" + _MARKER + r"(?P<status>\+(?![\w+])|[\s-]*(?i:positive|positivity|expressing|"
    r"overexpress\w*|amplifi\w*|mutation\w*|mutated|rearrange\w*|fusion|negative|negativity)"
    r"(?![\w]))"
)
_SHARE = re.compile(r"(?i:percentage|proportion|number|fraction|%)\s+of\s+$")
_COUNT_AFTER = re.compile(r"(?i)\s*\)?\s*(?:t[- ]?)?(?:cells?|lymphocytes?)?\s*counts?\b")
#: A TNM stage, not a marker: "T2", "T3N1M0", "T1N+" (its "+" is "any N").
_STAGE = re.compile(r"^(?:[TNM][0-4X][a-c]?|T[0-4X][a-c]?N(?:[0-3X][a-c]?)?(?:M[01X])?|STAGE)$",
                    re.I)
_REGARDLESS = re.compile(r"(?i:regardless\s+of|irrespective\s+of|independent\s+of|any)\s+$")
#: A lead-in that names the subgroup the criterion is about: "For patients with diabetes, …".
_LEAD_SUBGROUP = re.compile(
    r"(?:for|in|among)\s+(?:(?:all|any|the)\s+)?(?:patients?|subjects?|participants?|those|"
    r"individuals?|persons?|people|women|men|children|adults|volunteers?)\s+(?:with|who\s+(?:have|"
    r"has|had)|having|diagnosed\s+with)\s+[^,:;.()]{1,80}?[,:]")
#: The disease a vaccine is named after: "a varicella or HZ vaccine", "vaccination against HZ or
#: varicella", "live vaccines include measles, …, varicella".
_VACCINE_AFTER = re.compile(r"(?:\s*(?:/|or|and)\s*[a-z0-9-]{1,12})?\s+vaccin")
_VACCINE_BEFORE = re.compile(r"vaccin\w*\s+(?:against\s|for\s|(?:include|including)\b)[^.;]*$")
#: An assay's score, not a marker: "IHC3+", "FISH+".
_ASSAY = re.compile(r"(?:IHC|ISH|FISH|CISH|SISH)\d?", re.I)
#: An ion written with its charge ("Mg2+", "Ca2+", "Fe3+"): an analyte, not a marker's status.
_ION = re.compile(r"(?:Mg|Ca|Fe|Zn|Cu|Mn|Co|Ni|Ba|Sr|Pb|Hg|Cd)[1-3]")
#: Gene and antigen names without a digit that are read as markers.
_GENES = frozenset({"ER", "PR", "ALK", "RET", "EGFR", "KRAS", "NRAS", "HRAS", "BRAF", "MET", "BCMA",
                    "MSI-H", "BCR-ABL", "ANA", "HLA-A", "PML-RARA", "MYC", "BCL", "NTRK", "PIK3CA",
                    "ESR", "AR", "HR", "WT", "MGMT", "IDH", "FLT", "TROP", "DLL", "CLDN"})
_NOT_MARKERS = frozenset({
    "HIV", "HBV", "HCV", "HBSAG", "HBCAB", "HCVAB", "COVID", "COVID-19", "SARS", "SARS-COV-2",
    "PCR", "RT-PCR", "CT", "MRI", "PET", "PET-CT", "ECOG", "KPS", "RECIST", "CTCAE", "ULN", "ANC",
    "ALT", "AST", "NYHA", "QTC", "LVEF", "ECG", "EKG", "TB", "WHO", "NCI", "FDA", "IRB", "ICF",
    "DNA", "RNA", "HLA", "IGG", "IGM", "MRD", "CR", "PR", "SD", "PD", "ORR", "ICU", "BMI", "NK",
    "CAR-T", "CAR", "TCR", "TIL", "IV", "II", "III", "GCP", "RT", "HCG", "BHCG", "UPT", "CSF",
    "EEG", "PPD", "IGRA", "HTLV", "CMV", "HSV", "VZV", "AE", "SAE", "DSM-IV", "DSM-5", "MDD",
})


def extract_biomarkers(norm: str, kind: str) -> list[tuple[int, int, BiomarkerFact]]:
    """Read biomarker or antigen status requirements.

    :param norm: normalised criterion text, case kept.
    :param kind: ``inclusion`` (required) or ``exclusion`` (excluded).
    :returns: facts with their spans in ``norm``.
    """
    out: list[tuple[int, int, BiomarkerFact]] = []
    seen: set[tuple[str, str]] = set()
    for m in _BIOMARKER.finditer(norm):
        marker = m.group("m1") or m.group("m")
        if marker.upper() in _NOT_MARKERS or _ION.fullmatch(marker) or len(marker) < 2 or \
                _ASSAY.fullmatch(marker) or \
                _STAGE.match(marker) or not (
                    any(c.isdigit() for c in marker) or marker.upper() in _GENES):
            continue
        if _REGARDLESS.search(norm, max(0, m.start() - 30), m.start()) or _SHARE.search(
                norm, max(0, m.start() - 30), m.start()) or \
                marker.upper().startswith(("HIV", "HBV", "HCV", "HTLV", "SARS", "COVID")) or \
                _COUNT_AFTER.match(norm, m.end()):
            continue
        status_words = (m.group("status") or "positive").lower()
        status = "negative" if "negativ" in status_words else "positive"
        key = (marker, status)
        if key in seen:
            continue
        seen.add(key)
        role = "required" if kind == "inclusion" else "excluded"
        out.append((m.start(), m.end(), BiomarkerFact(start=0, end=0, marker=marker, status=status,
                                                      role=role)))
    return out
