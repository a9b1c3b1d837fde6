"""Read the facts of every criterion of a criteria tree, with context from headers.

The whole eligibility text is normalised once (:class:`~trialkg.criteria.normalize.Normalized`)
and scanned once with the analyte and condition lexicons; each criterion then works
on its slice, cheap substring tests decide which extractors can apply, and every fact
span is mapped back to the criterion's own text. Two kinds of context flow through
the tree: a header item ("Liver function: subjects with liver metastasis", "renal
function") gives its subgroup to the lab bounds of the items after it and under it,
and a short header ("Age", "Life expectancy", "Sex") tells its children what their
numbers mean.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from trialkg.criteria.clinical import (
    extract_flags,
    extract_life_expectancy,
    extract_performance,
    extract_toxicity,
)
from trialkg.criteria.conditions import (
    POPULATION_WORDS,
    extract_bare_diagnosis,
    extract_biomarkers,
    extract_excluded,
    extract_required,
    header_windows,
    qualify_required,
)
from trialkg.criteria.demographics import extract_age, extract_sex
from trialkg.criteria.labs import DENIAL, LabContext, deny_bounds, extract_labs, required_bounds
from trialkg.criteria.lexicon import (
    ANALYTE_LEXICON,
    ANALYTES,
    CONDITION_LEXICON,
    UNIT_RE,
    WORD,
    Analyte,
    scan,
)
from trialkg.criteria.model import (
    AgeFact,
    ConditionFact,
    Criterion,
    Fact,
    LabThresholdFact,
    PriorTherapyFact,
    WashoutFact,
)
from trialkg.criteria.normalize import Normalized
from trialkg.criteria.quantities import (
    DURATION_UNIT,
    EXCEPTION_CUE,
    WORD_NUMBERS,
    duration_days,
)
from trialkg.criteria.subgroups import DEFINED_ON, HEADER_WORDS, LAB_STATES, header_context
from trialkg.criteria.therapy import (
    THERAPIES,
    extract_prior_therapy,
    extract_washout,
    qualified_therapy,
)

__all__ = ["annotate", "read_facts"]

Hits = list[tuple[int, int, Any]]

_DIGIT = re.compile(r"\d")
#: A parent item whose children go on its last words: "creatinine based on age, as follows:".
_AS_FOLLOWS = re.compile(r"(?:as\s+follows|based\s+on\s+age|according\s+to\s+age|by\s+age|"
                         r"defined\s+as|as\s+below)\s*:\s*$", re.I)
#: A requirement's own verb: an item that has one states a requirement, not a listed method.
_REQUIRES = re.compile(r"\b(?:must|should|shall|agrees?|agreed|commits?|willing|required?|"
                       r"requires|use|using|practi[cs]e)\b", re.I)
#: A section heading written in title case ("Medical History and Concurrent Diseases", "Cardiac
#: Conditions:", "Allergies/Intolerance:"): the items under it, or after it, say which
#: conditions exclude; the heading names only their topic.
_TITLE_HEADING = re.compile(r"\s*(?:[A-Z][A-Za-z'-]*|and|or|of|the|for|to|in|on|with|&)"
                            r"(?:(?:\s+|\s*/\s*)(?:[A-Z][A-Za-z'-]*|and|or|of|the|for|to|in|on|"
                            r"with|&)){0,7}\s*:?\s*")


#: A longest time since a therapy, which an inclusion criterion asks for: "No more than 6 weeks
#: since prior radiotherapy", "< 4 weeks since surgery".
_AT_MOST_SINCE = re.compile(r"(?:\b(?:no|not)\s+(?:more|longer|greater)\s+than|\b(?:less|fewer|"
                            r"shorter)\s+than|≤|<=?|\bup\s+to|\bat\s+most)\s*(?P<n>\d+(?:\.\d+)?)"
                            r"\s*(?P<u>days?|weeks?|months?|years?|hours?)\s+(?:since|after|"
                            r"from)\b")
#: What an inclusion criterion that keeps time since a therapy says: "at least 4 weeks since",
#: "no chemotherapy within", "must have discontinued", "> 2 weeks from".
_WASHOUT_SAID = re.compile(
    r"\b(?:no|not|never|without|absence|lack|since|free|off|discontinu\w*|stop\w*|"
    # "at least 4 weeks", not a count of doses ("at least 4 injections of anti-VEGF agents in
    # the past 6 months")
    r"least\s+(?:\S+\s+)?(?:days?|weeks?|months?|years?|hours?|wks?|mos?|yrs?|hrs?)|"
    r"elapsed|passed|or\s+(?:more|longer|greater)|"
    r"wash\w*|completed?|recovered|more\s+than|greater\s+than|longer\s+than|exclud\w*|"
    r"ineligible|last\s+dose|after|from|beyond|interval|independent|contraindicated|"
    r"half[- ]?li(?:ves|fe)|whichever)\b|"
    # a time at least: "> 4 weeks", not "≥ 25 leukocytes or a culture … within 24 hours"
    rf"[>≥]=?\s*\d+(?:\.\d+)?\s*{DURATION_UNIT}")
#: A hyphenated word after a therapy that makes it a condition's cause or need.
_CAUSED_BY = re.compile(r"-(?:induced|associated|related|dependent)\b")
#: A criterion that names one sex and nothing else ("Female sex (at birth)", "Male subjects, as
#: no … data are available").
_BARE_SEX = re.compile(r"\W*(?:females?|women|woman|males?|men|man)(?:\s+(?:patients?|subjects?|"
                       r"participants?|gender|sex))?(?:\s*\([^()]*\)|,\s*(?:as|because|since)\s.*)?"
                       r"\W*")
#: A header naming the topic of the list below it: "Any of the following cardiac conditions:",
#: "any one or more of the following cardiovascular conditions within the past 6 months:".
_LIST_TOPIC = re.compile(r"\b(?:any|one|more|all|each|either)\s+of\s+the\s+following\s+"
                         r"(?:[a-z-]+\s+){0,3}(?:conditions?|diseases?|disorders?|illnesses?|"
                         r"abnormalities|events?)"
                         # the window the items share: "… cardiovascular conditions within the
                         # past 6 months:", or the criteria they are defined by: "… per DSM-5
                         # criteria:"
                         r"(?:\s+(?:with)?in\s+(?:the\s+)?(?:past|last|previous|prior)\s+"
                         r"(?:\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?)|"
                         r"\s+(?:per|according\s+to|as\s+defined\s+by)\s+[a-z0-9-]+"
                         r"(?:\s+criteria)?)?\s*:?\s*$|"
                         # … or a topic and a colon alone: "Cardiac conditions as follows:",
                         # "History of cardiac disease:"
                         r"^\W*(?:history\s+of\s+)?(?:[a-z-]+\s+){0,2}(?:conditions?|diseases?|"
                         r"disorders?)\s*(?:as\s+follows\s*)?:\s*$", re.I)


#: An item that opens with a value, as the rows of a table of values by age do ("0.6 mg/dL (1 to
#: < 2 years of age)"); its unit is read by UNIT_RE.
_VALUE_FIRST = re.compile(r"\W*(?:[≤≥<>]=?\s*)?\d+(?:\.\d+)?\s*")
#: Whom a value is for, which the age reader takes as another's age: "(for patients 1 to 5 years
#: old)".
_FOR_PEOPLE = re.compile(r"\(\s*(?:for|in)\s+(?:patients?|subjects?|participants?|children)\s+")
#: An allowance right before a bound: "… may have a total bilirubin ≥ 1.5 × ULN".
_MAY_HAVE = re.compile(r"\bmay\s+have\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}$")


def _words(*words: str) -> frozenset[str]:
    return frozenset(words)


_AGE_WORDS = _words("age", "aged", "ages", "old", "older", "younger", "adult", "adults", "child",
                    "children", "pediatric", "paediatric", "infant", "infants", "adolescent",
                    "adolescents", "birthday", "elderly")
_YEAR_WORDS = _words("year", "years", "yrs", "yr")
_PERSON_WORDS = _words("patient", "patients", "subject", "subjects", "participant",
                       "participants", "men", "women", "male", "males", "female", "females",
                       "volunteers", "individuals", "people", "persons")
_PS_WORDS = _words("ecog", "karnofsky", "karnofski", "kps", "lansky", "lps", "zubrod", "who", "ps",
                   "gog", "performance", "eastern")
_LIFE_WORDS = _words("life", "survival", "survive", "prognosis", "expectancy", "lifespan")
_GRADE_WORDS = _words("grade", "grades", "level", "gr")
_TOX_WORDS = _words("toxic", "toxicity", "toxicities", "adverse", "ae", "aes", "side")
#: Numbers written as words ("life expectancy of at least three months").
_NUMBER_WORDS = frozenset(WORD_NUMBERS)
#: Numbers written as words ("a four week interval"), and "past"/"last" ("within the past year").
_SPELLED_WORDS = _NUMBER_WORDS | _words("past", "last")
_WASHOUT_WORDS = _words("within", "since", "prior", "before", "from", "after", "half", "washout",
                        "wash", "least", "previous", "last", "past", "preceding", "lives")
_PRIOR_WORDS = _words("prior", "previous", "previously", "received", "receive", "receiving",
                      "used", "treated", "exposure", "exposed", "failed", "failure", "refractory",
                      "relapsed", "relapse", "progressed", "progression", "line", "lines",
                      "regimen", "regimens", "intolerant", "intolerance", "history", "naive")
_SEX_WORDS = _words("male", "males", "female", "females", "men", "man", "women", "woman", "sex",
                    "gender", "genders", "boys", "boy", "girls", "girl")
_FLAG_WORDS = _words("consent", "consents", "assent", "measurable", "measureable", "pregnancy",
                     "pregnant", "hcg", "contraception", "contraceptive", "contraceptives", "birth",
                     "barrier",
                     "condom", "condoms", "abstinence", "abstinent", "iud", "intrauterine")
_NEGATION_WORDS = _words("no", "not", "without", "free", "absence", "absent", "negative", "never",
                         "nor", "lack", "exclude", "excluded", "excluding", "rule", "ruled",
                         "neither", "non", "seronegative", "negativity")
#: "meets DSM-IV criteria for …": a diagnosis required (read by extract_required).
_MEETS = re.compile(r"\b(?:meet|fulfil|satisf)\w*\s+(?:\S+\s+){0,5}?criteria\s+(?:for|of)\b")
_MARKER_WORDS = _words("positive", "negative", "positivity", "mutation", "mutations", "mutated",
                       "mutant", "expression", "expressing", "overexpression", "amplification",
                       "amplified", "rearrangement", "rearranged", "fusion", "positives")


def read_facts(low: str, norm: str, kind: str, *, topic: str = "",
               ctx: LabContext | None = None, analytes: Hits | None = None,
               conditions: Hits | None = None, therapies: Hits | None = None,
               words: set[str] | None = None, denied: bool = False
               ) -> list[tuple[int, int, Fact]]:
    """Read the facts of one criterion from its normalised text.

    :param low: the criterion's normalised, lower-cased text.
    :param norm: the same text with case kept.
    :param kind: ``inclusion`` or ``exclusion``.
    :param topic: lower-cased text of a header item above it, or ``""``.
    :param ctx: subgroup context from a header item, if any.
    :param analytes: analyte lexicon hits in ``low`` (found here when None).
    :param conditions: condition lexicon hits in ``low`` (found here when None).
    :param therapies: therapy lexicon hits in ``low`` (found here when None).
    :param words: the words of ``low`` that any gate looks for (found here when None).
    :param denied: an inclusion criterion listed under a header that denies its items ("No
        history of any of the following:"): it is read as an exclusion, and its lab bounds on
        the side of disease are turned into the bounds required.
    :returns: facts with their spans in ``low`` (the fact's own ``start``/``end`` unset).
    """
    if denied and kind == "inclusion":
        read = read_facts(low, norm, "exclusion", topic=topic, ctx=ctx, analytes=analytes,
                          conditions=conditions, therapies=therapies, words=words)
        bounds = [(s, e, f) for s, e, f in read if isinstance(f, LabThresholdFact)]
        others: list[tuple[int, int, Fact]] = [x for x in read
                                               if not isinstance(x[2], LabThresholdFact)]
        return others + list(deny_bounds(low, bounds, whole=True)) if bounds else others
    if analytes is None or conditions is None or therapies is None:
        (a, c, t), _ = scan(low, _LEXICONS)
        analytes = a if analytes is None else analytes
        conditions = c if conditions is None else conditions
        therapies = t if therapies is None else therapies
    if therapies and "-" in low:
        # "heparin-induced thrombocytopenia", "transfusion-dependent": a therapy that names a
        # condition's cause or need, not one taken ("chemotherapy-naive" and "steroid-refractory"
        # still say what was, or was not, taken)
        therapies = [h for h in therapies if not _CAUSED_BY.match(low, h[1])]
    has_digit = _DIGIT.search(low) is not None
    if words is None:
        words = set(WORD.findall(low))
    found: list[tuple[int, int, Fact]] = []
    consumed: list[tuple[int, int]] = []
    if conditions and "(" in low and has_digit:
        analytes = _with_lab_states(low, analytes, conditions)
    if analytes or (ctx is not None and ctx.analytes):
        labs, phrases = extract_labs(low, analytes, ctx or LabContext(), conditions)
        if kind == "inclusion" and labs:
            labs = deny_bounds(low, labs)  # "No QTc interval ≥ 500 msec"
            if "may have" in low:
                # "If Gilbert's syndrome may have bilirubin > 1.5 x ULN": an allowance of higher
                # values, no bound to meet (but "may have bilirubin up to 5 x ULN" is one)
                labs = [x for x in labs if not (x[2].comparator in (">", ">=") and
                                                _MAY_HAVE.search(low, max(0, x[0] - 40), x[0]))]
        elif labs and ("must" in low or "should" in low or "has to" in low or "need" in low):
            labs = required_bounds(low, labs)  # "Blood pressure must be ≤ 160/95 mmHg"
        found += labs
        consumed += phrases
    if has_digit or topic or not _NUMBER_WORDS.isdisjoint(words):
        if (not _AGE_WORDS.isdisjoint(words) or "age" in topic or (
                not _YEAR_WORDS.isdisjoint(words) and (
                    len(low) < 45 or not _PERSON_WORDS.isdisjoint(words)))):
            ages = extract_age(low, topic)
            if ctx is not None and ctx.analytes and \
                    (value := _VALUE_FIRST.match(low)) is not None and \
                    UNIT_RE.match(low, value.end()) is not None:
                # "… serum creatinine based on age as follows:" / "- 0.6 mg/dL (1 to < 2 years
                # of age)", "- ≤ 0.8 mg/dL (for patients 1 to 5 years old)": the ages say which
                # value applies, they are no age requirement
                if not ages and _FOR_PEOPLE.search(low):
                    ages = extract_age(_FOR_PEOPLE.sub("(", low), topic)
                if len(ages) == 1:
                    for _, _, lab in found:
                        if isinstance(lab, LabThresholdFact):
                            _give_ages(lab, ages[0][2])
                ages = []
            found += ages
        if not _PS_WORDS.isdisjoint(words):
            found += extract_performance(low, topic)
        if not _LIFE_WORDS.isdisjoint(words) or "life" in topic:
            found += extract_life_expectancy(low, topic)
        if not _GRADE_WORDS.isdisjoint(words) and (not _TOX_WORDS.isdisjoint(words)
                                                   or "toxic" in low):
            found += extract_toxicity(low)
    washout_span = None
    washout: list[tuple[int, int, WashoutFact]] = []
    if (has_digit or not _SPELLED_WORDS.isdisjoint(words) or "within a" in low) and \
            not _WASHOUT_WORDS.isdisjoint(words):  # extract_washout asks for a therapy itself
        washout = extract_washout(low, therapies)
        if washout and kind == "inclusion" and not _WASHOUT_SAID.search(low):
            # "Underwent cytoreductive surgery within the past 12 weeks", "Use of artificial
            # tears within the past 30 days": an inclusion that asks for a recent therapy
            washout = []
        elif washout and kind == "inclusion" and ("than" in low or "<" in low or "≤" in low):
            # "No more than 6 weeks since prior radiotherapy": a longest time since, no washout
            # (but "at least 1 week but no more than 8 weeks since …" keeps its shortest)
            washout = [w for w in washout if not _longest_since(low, w)]
        found += washout
        if washout:
            washout_span = (washout[0][0], washout[0][1])
    if (not _PRIOR_WORDS.isdisjoint(words) or "naïve" in low) and not any(
            f.type_name == "ToxicityRecoveryRequirement" for _, _, f in found):
        found += extract_prior_therapy(low, kind, washout_span, therapies,
                                       tuple((ws, we, f.therapy) for ws, we, f in washout))
    if not _SEX_WORDS.isdisjoint(words) or topic.startswith(("sex", "gender")):
        sexes = extract_sex(low, topic)
        if kind == "exclusion":
            # an exclusion excludes one sex only when it names nothing else ("Female;", "Male
            # patients."); "Male or female, ages 18 to 65" and "Postmenopausal women" do not
            sexes = [x for x in sexes if x[2].sex != "ALL" and _BARE_SEX.fullmatch(low)]
        found += sexes
    if not _FLAG_WORDS.isdisjoint(words) or "pregnan" in low or "contracep" in low:
        found += extract_flags(low, kind)
    if conditions and (kind == "exclusion" or not _NEGATION_WORDS.isdisjoint(words)):
        lab_spans = tuple((s, e) for s, e, f in found if isinstance(f, LabThresholdFact))
        found += extract_excluded(low, conditions, kind, consumed, lab_spans)
    if kind == "inclusion":
        if "diagnos" in low or "histolog" in low or "cytolog" in low or "patholog" in low or \
                low.startswith(POPULATION_WORDS) or ("criteria " in low and _MEETS.search(low)):
            # "Type 2 diabetes mellitus (as diagnosed clinically) for at least 12 months": no
            # diagnosis read after the word, the criterion may still open with one
            found += qualify_required(low, extract_required(low)
                                   or extract_bare_diagnosis(low, conditions))
        else:
            found += qualify_required(low, extract_bare_diagnosis(low, conditions))
    if not _MARKER_WORDS.isdisjoint(words) or "+" in low:
        found += extract_biomarkers(norm, kind)
    if len(found) > 1 and any(f.type_name == "AgeRequirement" for _, _, f in found):
        found = _ages_of_others(low, found)
        if kind == "inclusion":
            _age_alternatives(found)
    return found


def _longest_since(low: str, washout: tuple[int, int, WashoutFact]) -> bool:
    """Whether a washout was read from a longest time since its therapy.

    "No more than 6 weeks since prior radiotherapy" in an inclusion criterion asks for a recent
    therapy: the washout read there has the days of that bound.
    """
    s, e, fact = washout
    m = _AT_MOST_SINCE.search(low, max(0, s - 12), e)
    return m is not None and fact.min_days is not None and \
        abs(duration_days(float(m.group("n")), m.group("u")) - fact.min_days) < 0.5


def _age_alternatives(found: list[tuple[int, int, Fact]]) -> None:
    """Make ages of one inclusion criterion that cannot hold together alternatives (``any_of``).

    "children of 6 to less than 12 years of age, adolescents of 12 to less than 18 years of age
    and adults from 18 years": three cohorts, of which a participant is in one.
    """
    ages = [f for _, _, f in found if isinstance(f, AgeFact)]
    if len(ages) < 2 or any(f.any_of is not None for f in ages):
        return
    for k, a in enumerate(ages):
        for b in ages[k + 1:]:
            if not (_before(a, b) or _before(b, a)):
                return
    for f in ages:
        f.any_of = 1


def _before(a: AgeFact, b: AgeFact) -> bool:
    """Whether every age ``a`` allows is below every age ``b`` allows."""
    if a.max_years is None or b.min_years is None:
        return False
    return a.max_years < b.min_years or (a.max_years == b.min_years and not (
        a.max_inclusive and b.min_inclusive))


#: Words before an age that make it whom something else applies to, not the participant's
#: required age: "CrCl > 60 mL/min in > 18 years old", "for minor patients (ages 12 to 17)",
#: "in the case of participants under the age of 18", "assent of subjects ages 7-17".
_AGE_OF_SUBGROUP = re.compile(
    r"(?:\b(?:in|for|if|among|when)\s+(?:the\s+case\s+of\s+)?(?:the\s+)?(?:(?:minor|adult|"
    r"pediatric|paediatric)\s+)?(?:(?:children|child|patients?|subjects?|participants?|those|"
    r"infants|adults|minors)\s+(?:(?:is|was|are|were)\s+)?)?\(?\s*(?:(?:aged?|ages|younger|older|"
    r"under(?:\s+the\s+age\s+of)?)\s+"
    r"(?:than\s+)?)?|\bassent\s+(?:of|from|for)\s+(?:the\s+)?(?:subjects?|children|child|"
    r"participants?|patients?)\s*\(?\s*(?:aged?\s+|ages\s+)?)$")
#: A bracket right after a lab bound, holding the age the bound is for ("≤ 0.8 mg/dL (2-5
#: years of age)").
_AGE_BRACKET = re.compile(r"\s*[(\[]\s*(?:for\s+|in\s+|aged?\s+|ages\s+)?(?:(?:patients?|subjects?|"
                          r"participants?|children)\s+(?:aged?\s+)?)?")


#: What may follow an age that says whom the bound before it is for: the end of its bracket,
#: clause or sentence, or the next alternative ("… in > 18 years old OR > 80 mL/min …"); not a
#: comma, after which the age leads a rule of its own ("(in children younger than 1 year, serum
#: creatinine above the 97.5th percentile excludes)").
_AGE_CLOSES = re.compile(r"\s*(?:(?:years?|yrs?|months?|weeks?|days?)\b\s*)?(?:(?:of\s+age|old)\b"
                         r"(?:\s+(?:and|or)\s+(?:over|older|above|under|younger)\b)?\s*)?"
                         r"(?:[);.\]\[]|$|(?:or|and)\b)")


def _give_ages(lab: LabThresholdFact, age: Fact) -> None:
    """Limit a lab bound to the ages an age fact of its criterion gives, if it has none yet."""
    if not isinstance(age, AgeFact) or lab.age_min_years is not None or \
            lab.age_max_years is not None:
        return
    lab.age_min_years, lab.age_max_years = age.min_years, age.max_years
    lab.age_min_inclusive = age.min_inclusive if age.min_years is not None else None
    lab.age_max_inclusive = age.max_inclusive if age.max_years is not None else None


def _ages_of_others(low: str, found: list[tuple[int, int, Fact]]) -> list[tuple[int, int, Fact]]:
    """Drop the ages that only say whom another fact of the criterion applies to.

    An age after "in"/"for" beside a lab bound ("CrCl > 60 mL/min in > 18 years old OR > 80
    mL/min in ≤ 18 years old"), or in a bracket right after one ("No greater than 0.8 mg/dL
    (2-5 years of age)"), chooses which bound applies; in a criterion about assent, an age after
    "for minor patients" or "assent of subjects" says who assents.
    """
    # a lab bound, or a performance scale ("Karnofsky PS 50-100% (patients > 16 years of age)")
    lab_ends = [e for _, e, f in found
                if f.type_name in ("LabThreshold", "PerformanceStatusRequirement")]
    assent = "assent" in low and any(f.type_name == "ConsentRequirement" for _, _, f in found)
    if not lab_ends and not assent:
        return found
    kept: list[tuple[int, int, Fact]] = []
    for s, e, f in found:
        if f.type_name != "AgeRequirement":
            kept.append((s, e, f))
            continue
        bracket = next((le for le in lab_ends if le <= s and _AGE_BRACKET.fullmatch(low, le, s)),
                       None)
        if bracket is None and not _AGE_OF_SUBGROUP.search(low, max(0, s - 40), s):
            kept.append((s, e, f))
            continue
        # the age says whom a lab bound is for: "≤ 0.8 mg/dL (2-5 years of age)", "CrCl > 60
        # mL/min in > 18 years old": the bound right before it takes it
        before = [x for x in found if isinstance(x[2], LabThresholdFact) and x[1] <= s
                  and (bracket is None or x[1] == bracket)]
        end = max((x[1] for x in before), default=-1)
        # a number between the bound and the age makes the age another bound's ("≥ 140 mmHg
        # (≥ 150 mmHg in subjects > 45 years of age)")
        if before and _AGE_CLOSES.match(low, e) and not _DIGIT.search(low, end, s):
            for x in before:
                if x[1] == end:
                    _give_ages(x[2], f)  # type: ignore[arg-type]
    return kept


#: Conditions that are an abnormal value of one analyte, or of the blood pressure: a bound in a
#: bracket right after one ("hypokalemia (less than 3.5 mmol/l)", "anemia (< 10 g/dl)",
#: "uncontrolled hypertension (≥ 140/90 mmHg)") is a bound on it, the pair on both pressures.
_PRESSURE_PAIR = ("SystolicBloodPressure", "DiastolicBloodPressure")
_STATE_ANALYTE: dict[str, tuple[Analyte, ...]] = {
    label: tuple(ANALYTES[k] for k in keys) for label, keys in DEFINED_ON.items()
    if (label in LAB_STATES and len(keys) == 1) or keys == _PRESSURE_PAIR}
_BOUND_IN_BRACKET = re.compile(r"\s*\(\s*(?:[<>≤≥]|less|greater|more|lower|higher|below|above|"
                               r"exceed|under|over)")


def _with_lab_states(low: str, analytes: Hits, conditions: Hits) -> Hits:
    """Add the analyte of each lab-state condition followed by a bracketed bound."""
    extra = [(s, e, _STATE_ANALYTE[labels[0]]) for s, e, labels in conditions
             if len(labels) == 1 and labels[0] in _STATE_ANALYTE and _BOUND_IN_BRACKET.match(low, e)
             and not any(a < e and s < b for a, b, _ in analytes)]
    return sorted(analytes + extra, key=lambda h: h[0]) if extra else analytes


_LEXICONS = (ANALYTE_LEXICON, CONDITION_LEXICON, THERAPIES)
#: Every word some extractor's gate looks for.
_GATE_WORDS = (_AGE_WORDS | _YEAR_WORDS | _PERSON_WORDS | _PS_WORDS | _LIFE_WORDS | _GRADE_WORDS
               | _TOX_WORDS | _WASHOUT_WORDS | _PRIOR_WORDS | _SEX_WORDS | _FLAG_WORDS
               | _NEGATION_WORDS | _MARKER_WORDS | _SPELLED_WORDS)


#: A header whose list holds exceptions or allowances ("No prior malignancy with the exceptions
#: listed below:", "… the following are acceptable:"): its items are not denied. Broader than the
#: conditions' exception pattern on purpose: reusing it here read the listed exceptions of two
#: bulk headers as excluded.
#: Words that allow what a text names.
_ALLOWANCE = r"allowed|permitted|eligible|acceptable"
_EXCEPTIONS_BELOW = re.compile(r"\b(?:" + EXCEPTION_CUE + r"|exceptions?|" + _ALLOWANCE + r")\b")
#: A header whose list defines what it names ("No evidence of leukemia, as indicated by the
#: following criteria:"): the items are what must hold, not what is denied.
_DEFINED_BELOW = re.compile(r"\b(?:indicated|evidenced|defined|demonstrated|documented|shown|"
                            r"confirmed)\s+(?:by|as)\b|\bcriteria\b")
_LISTS_BELOW = re.compile(r"(?:following|below|includ\w*|such\s+as|e\.g\.?)\s*[:.]?\s*$|:\s*$|"
                          r"\b(?:any|one|either|all|each)\s+(?:or\s+more\s+)?of\s+the\s+"
                          r"following\b")

#: A header that ends by denying the items below it, wherever it starts: "Participants should
#: report the absence of:", "… must be free of the following:", "… and not have the following
#: conditions:".
_DENIES_BELOW = re.compile(r"\b(?:absence\s+of|free\s+(?:of|from)|without|not\s+have)\s*"
                           r"(?:(?:any\s+(?:of\s+)?)?the\s+following(?:\s+[a-z]+){0,2}\s*)?:\s*$")

#: What a header says of the items under it: whether it denies them, the time window in days it
#: gives the conditions listed, and the one it gives the therapies listed ("Participants who
#: have received the following medications … within 4 weeks of registration:").
Scope = tuple[bool, float | None, float | None]
_NO_SCOPE: Scope = (False, None, None)
#: Words that open an item before the therapy it names, as part of its name ("Coronary" artery
#: bypass graft surgery); not a lead such as "any", "use of", "prior".
_NAME_BEFORE = re.compile(r"(?:(?:any|prior|previous|recent|use\s+of|treatment\s+with|"
                          r"therapy\s+with)\s+)?(?P<name>(?!any\b|prior\b|previous\b|recent\b|"
                          r"use\b|treatment\b|therapy\b)[a-z-]+(?:\s+[a-z-]+)?\s+)")
#: A header about changes of dose ("requires changes in the dose of one of the following
#: medications within 2 weeks"), not about therapies taken.
_DOSE_CHANGE = re.compile(r"\bchang\w*\s+(?:in|of|to)\s+(?:the\s+)?dos|\bdos\w*\s+(?:chang|"
                          r"adjust|modif)|\bstable\s+dos")
#: An item that allows what it names ("Inhaled steroids … are permitted at low doses").
_ALLOWS = re.compile(r"\b(?:" + _ALLOWANCE + r"|may\s+be\s+used)\b")


def _scope_of(item: Criterion, scope: Scope) -> Scope:
    """Return what a header says of the items under it: whether it denies them, its windows.

    Only a header that points at its list ("… any of the following:", "Any of the following
    diseases within 3 months of enrolment") passes its
    denial and its time window ("within the past 6 months") on, and what a header above it
    passed; not one whose list holds exceptions or allowances, or defines what it names.
    """
    low = " ".join(item.text.lower().split())
    if not _LISTS_BELOW.search(low) or _EXCEPTIONS_BELOW.search(low) or (
            _DEFINED_BELOW.search(low)):
        return _NO_SCOPE  # not a header of a list, or one of exceptions ("except for the
        # following:"): nothing passes on
    # "No history of any of the following:", "No uncontrolled cardiovascular disease,
    # including any of the following:": a header that denies the items listed under it
    denied = scope[0] or (item.kind == "inclusion" and (
        DENIAL.match(low) is not None or _DENIES_BELOW.search(low) is not None))
    window, washout = header_windows(low)
    if washout is None:
        return denied, scope[1], scope[2]
    # a header of lab values ("Any of the following hematology values within 14 days prior to
    # inclusion:") or of dose changes lists no therapies taken
    return denied, window, None if HEADER_WORDS.search(low) or _DOSE_CHANGE.search(
        low) else washout


def _washouts_below(low: str, found: list[tuple[int, int, Fact]], days: float,
                    therapies: Hits) -> list[tuple[int, int, Fact]]:
    """Read the therapies an item names under a header that gives them a window.

    "Participants who have received the following medications or treatments at any time
    within 4 weeks of registration:" / "- Chemotherapy": a washout of 28 days. The item must
    open with the therapy (not a lab value that names one in passing: "creatinine clearance
    < 50 mL/min (for patients who will have DHAOx chemotherapy)"), and have no window, prior
    therapy or lab bound of its own, nor allow what it names.
    """
    if not therapies or therapies[0][0] > 30 or _ALLOWS.search(low) or any(
            isinstance(f, WashoutFact | PriorTherapyFact | LabThresholdFact) or (
                isinstance(f, ConditionFact) and s < therapies[0][0]) for s, _, f in found):
        return []  # not "Angina requiring medical or surgical intervention"
    out: list[tuple[int, int, Fact]] = []
    labels: set[str] = set()
    for s, e, label in therapies:
        if low.count("(", 0, s) > low.count(")", 0, s) or low.endswith(("non-", "non "), 0, s):
            continue  # "Major surgery (kyphoplasty is not considered major surgery)", "an
            # approved non-biologic therapy"
        label, s = qualified_therapy(low, label, s, e)
        if s and low[s - 1] == " " and (lead := _NAME_BEFORE.fullmatch(low, 0, s)) is not None:
            label, s = low[lead.start("name"):e], lead.start("name")  # "coronary artery
            # bypass graft surgery", named in full
        if label not in labels:
            labels.add(label)
            out.append((s, e, WashoutFact(start=0, end=0, min_days=days, therapy=label)))
    return out


#: A header ending by introducing the exceptions listed under it ("with the following
#: exceptions:", "except for the following:", "other than:"); not one whose exception is
#: written in it ("other than HFpEF:" lists what is excluded) nor "except where noted:";
#: narrower than :data:`_EXCEPTIONS_BELOW`, whose "eligible" also opens lists of what excludes.
_EXCEPTIONS_LISTED = re.compile(
    r"(?:\b(?:except(?:\s+(?:for|in))?|other\s+than|excluding|with\s+the\s+exceptions?\s+of)"
    r"(?:\s+(?:those\s+)?(?:in\s+)?the\s+following(?:\s+[a-z]+)?)?(?:,?\s+which\s+are\s+allowed)?|"
    r"\bwith\s+the\s+following\s+exceptions?|\bexceptions?\s+(?:include|are)(?:\s+the\s+following)?|"
    r"\bexceptions\s+listed\s+below)\s*:\s*$")


def _allowances_below(item: Criterion) -> None:
    """Read the items under a header that lists exceptions as what they are.

    "Prior malignancy, with the following exceptions:" / "Localized prostate cancer treated with
    curative intent": the items are allowed, so no condition they name is excluded, and they
    are the exceptions of the condition the header excludes.
    """
    low = " ".join(item.text.lower().split())
    if not _EXCEPTIONS_LISTED.search(low):
        return
    for child in item.children:
        child.facts = [f for f in child.facts
                       if not (isinstance(f, ConditionFact) and f.role == "excluded")]
    allowed = "; ".join(" ".join(c.text.lower().split()).rstrip(" .;,") for c in item.children)
    for fact in item.facts:
        if isinstance(fact, ConditionFact) and fact.role == "excluded" and fact.exceptions is None:
            fact.exceptions = allowed


#: An allergy whose agents are the items listed under it ("known hypersensitivity or
#: contraindication to any of the following medications:").
_AGENTS_BELOW = re.compile(r"(?:hypersensitivity|anaphylaxis|contraindication|intolerance) to "
                           r"(?:(?:any|one|or|more|of|the|all|each) )*following\b")
#: What an agent item ends with that is no part of its name ("Stainless steel and/or",
#: "Contrast media;").
_ITEM_TAIL = re.compile(r"[\s.;,:]*(?:\b(?:and/or|or|and)\b[\s.;,:]*)?$")


def _agents_below(item: Criterion) -> None:
    """Read the items under an allergy to "the following" as the agents it is to.

    "The patient has a known hypersensitivity or contraindication to any of the following
    medications:" / "- Aspirin" / "- Paclitaxel or Taxol": each item is an excluded
    hypersensitivity to what it names, and the header's own fact, which names no agent, goes.
    """
    placeholder = next((f for f in item.facts if isinstance(f, ConditionFact)
                        and _AGENTS_BELOW.match(f.label) is not None), None)
    if placeholder is None:
        return
    kind = placeholder.label.split(" ", 1)[0]
    read = False
    for child in item.children:
        if child.children or any(isinstance(f, ConditionFact) for f in child.facts):
            continue
        text = child.text.rstrip()
        named = _ITEM_TAIL.sub("", text)
        name = " ".join(named.lower().split())
        if not name or len(name) > 80:
            continue
        end = len(named)
        start = len(text) - len(text.lstrip())
        child.facts = sorted(child.facts + [ConditionFact(
            start=start, end=end, label=f"{kind} to {name}", role=placeholder.role)],
            key=_position)
        read = True
    if read:
        item.facts = [f for f in item.facts if f is not placeholder]


def annotate(text: str, criteria: list[Criterion]) -> None:
    """Fill ``facts`` of every criterion of a tree, in place.

    :param text: the whole eligibility text the criteria were split from.
    :param criteria: the top-level criteria (children are visited too).
    """
    _Annotator(Normalized(text)).walk(criteria, LabContext(), "")
    _alternative_criteria(criteria, None, [0])
    _own_disease_named(criteria)


#: Labels of a virus's type and the label of the virus: a trial of one names the other as its own.
_BROADER = {"hiv-1 infection": "hiv infection", "hiv-2 infection": "hiv infection"}


def _own_disease_named(criteria: list[Criterion]) -> None:
    """Drop an exclusion's bare condition that the inclusion criteria require.

    An exclusion criterion that names the trial's own disease ("HIV-1 ARV therapy fell into one
    of the following criteria:", "Prior exposure to a DAA targeting the HCV NS5B polymerase")
    names it as context: a condition the same block requires cannot also be excluded. One read
    with a qualifier, a window or an exception ("major depression with psychotic features") is
    a kind of it, and stays.
    """
    stack = list(criteria)
    required: set[str] = set()
    excluded: list[Criterion] = []
    while stack:
        c = stack.pop()
        stack.extend(c.children)
        if c.kind == "inclusion":
            required.update(f.label for f in c.facts
                            if isinstance(f, ConditionFact) and f.role == "required")
        elif c.kind == "exclusion":
            excluded.append(c)
    if not required:
        return
    required.update(_BROADER[x] for x in required & _BROADER.keys())  # an HIV-1 trial's "HIV"
    for label in list(required):  # "stage IIIB/IV NSCLC", kept as written, is lung carcinoma
        for start, end, names in CONDITION_LEXICON.findall(label):
            # the head it ends with, not what it names before it, nor its negation
            # ("non-ocular melanoma" requires no ocular melanoma)
            if not label[end:].strip(" .,;:)") and not label[:start].endswith(("non-", "non ")):
                required.update(names)
    for c in excluded:
        if any(isinstance(f, ConditionFact) and f.label in required for f in c.facts):
            c.facts = [f for f in c.facts if not (
                isinstance(f, ConditionFact) and f.label in required and f.qualifier is None
                and f.within_days is None and f.exceptions is None)]


#: A header whose items are alternatives: "Has met at least one of the following:", "AML as
#: defined by one of the following criteria:".
_ANY_OF_BELOW = re.compile(r"\b(?:at\s+least\s+(?:one|1)|(?:one|1)\s+or\s+more|any\s+one|any|"
                           r"either|one|1)\s+"
                           r"of\s+(?:the\s+)?(?:following|below|these|criteria)\b")
#: ... unless it says its items exclude ("A subject who meets any of the following criteria is
#: not eligible").
_EXCLUDES_BELOW = re.compile(r"\b(?:not\s+(?:be\s+)?eligible|ineligible|exclud\w*|exclusion)\b")
#: An item that ends with "or", starts with it, or is only "or": it and its neighbour are
#: alternatives.
_OR_END = re.compile(r"(?<!\d\s)(?<!\d)\bor\s*[:;,.]?\s*$")  # not "ECOG score of 0 or" cut
# short
_OR_START = re.compile(r"\s*or\b")
_OR_ALONE = re.compile(r"\W*or\W*")


def _alternative_criteria(items: list[Criterion], parent: Criterion | None,
                          count: list[int], denied: bool = False) -> None:
    """Give sibling criteria of which one must hold the number of their set (``any_of``).

    The items under an inclusion header that asks for "at least one of the following" (and
    does not deny them: "No cardiac disease, including any of the following:" excludes each)
    are one set. Elsewhere, items joined by "or" are ("Creatinine ≤ 1.5 × ULN, OR" / "Creatinine
    clearance ≥ 60 mL/min"; an item "OR" alone joins its neighbours and is in no set). Items of
    an exclusion list joined by "or" are a set too: any of them that holds excludes, as each
    would alone. Nothing is joined under a header that denies its items, nor an inclusion item
    that denies what it names ("No HIV, or" / "No HBV": neither may hold), nor a header item
    ending with ":".
    """
    low = ""
    if parent is not None and parent.kind == "inclusion" and not denied:
        low = " ".join(parent.text.lower().split())
        denied = DENIAL.match(low) is not None
    if not denied and len(items) > 1 and low and _ANY_OF_BELOW.search(low) and \
            not _EXCLUDES_BELOW.search(low):
        count[0] += 1
        for item in items:
            if not _or_alone(item):
                item.any_of = count[0]
    elif not denied:
        previous: Criterion | None = None  # the last item that is not "or" alone
        joined = False  # an "or" since that item
        for item in items:
            if _or_alone(item):
                joined = previous is not None
                continue
            if previous is not None and _joins(previous, item, joined):
                if previous.any_of is None:
                    count[0] += 1
                    previous.any_of = count[0]
                item.any_of = previous.any_of
            previous, joined = item, False
    for item in items:
        if item.children:
            _alternative_criteria(item.children, item, count, denied)


def _or_alone(item: Criterion) -> bool:
    return len(item.text) < 12 and _OR_ALONE.fullmatch(item.text.lower()) is not None


def _joins(first: Criterion, item: Criterion, joined: bool) -> bool:
    """Whether two neighbouring items are alternatives ("or" between them)."""
    tail = first.text[-16:]
    if not joined and item.text[:2].lower() != "or" and "or" not in tail.lower():
        return False  # the common case, tested cheaply
    if first.kind != item.kind:
        return False
    tail = tail.lower().rstrip()
    if tail.endswith(":") or not (joined or _OR_START.match(item.text[:8].lower())
                                  or _OR_END.search(tail)):
        return False
    # the rare candidate pair: now the costlier checks
    return item.kind == "exclusion" or not (
        DENIAL.match(" ".join(first.text[:80].lower().split()))
        or DENIAL.match(" ".join(item.text[:80].lower().split())))


def _number_sets(facts: list[Fact]) -> None:
    """Give a criterion's sets of alternative facts the numbers 1, 2, … in text order.

    Each reader numbers its own sets from 1 (lab bounds, prior therapies): a criterion with sets
    of both keeps them apart.
    """
    numbers: dict[tuple[str, int], int] = {}
    for fact in facts:
        if fact.any_of is not None:
            fact.any_of = numbers.setdefault((fact.type_name, fact.any_of), len(numbers) + 1)


def _slice(hits: Hits, starts: list[int], start: int, end: int) -> Hits:
    if not hits or starts[-1] < start or starts[0] >= end:
        return []
    i = bisect_left(starts, start)
    j = bisect_left(starts, end, i)
    if i == j:
        return []
    return [(s - start, e - start, v) for s, e, v in hits[i:j] if e <= end]


def _position(fact: Fact) -> tuple[int, int]:
    return fact.start, fact.end


class _Annotator:
    def __init__(self, n: Normalized) -> None:
        self.n = n
        (self.analytes, self.conditions, self.therapies), self.words = scan(
            n.low, _LEXICONS, _GATE_WORDS)
        self.word_starts = [w[0] for w in self.words]
        self.analyte_starts = [h[0] for h in self.analytes]
        self.condition_starts = [h[0] for h in self.conditions]
        self.therapy_starts = [h[0] for h in self.therapies]

    def facts_of(self, item: Criterion, topic: str, ctx: LabContext,
                 scope: Scope = _NO_SCOPE) -> list[Fact]:
        n = self.n
        ns, ne = n.norm_span(item.start, item.end)
        starts = self.word_starts
        words = {w for _, w in self.words[bisect_left(starts, ns):bisect_left(starts, ne)]}
        therapies = _slice(self.therapies, self.therapy_starts, ns, ne)
        found = read_facts(
            n.low[ns:ne], n.norm[ns:ne], item.kind, topic=topic, ctx=ctx,
            analytes=_slice(self.analytes, self.analyte_starts, ns, ne),
            conditions=_slice(self.conditions, self.condition_starts, ns, ne),
            therapies=therapies, words=words, denied=scope[0])
        if scope[2] is not None and (item.kind == "exclusion" or scope[0]):
            found += _washouts_below(n.low[ns:ne], found, scope[2], therapies)
        if not found:
            return []
        if scope[1] is not None:  # the header's window: "No history of any of the following
            # within the past year:" / "- Myocardial infarction"
            for _, _, fact in found:
                if isinstance(fact, ConditionFact) and fact.within_days is None:
                    fact.within_days = scope[1]
        facts: list[Fact] = []
        text = item.text
        size = len(text)
        for s, e, fact in found:
            fs, fe = n.source_span(ns + s, ns + e)
            fs, fe = max(0, min(fs - item.start, size)), max(0, min(fe - item.start, size))
            while fe > fs and text[fe - 1].isspace():
                fe -= 1
            while fs < fe and text[fs].isspace():
                fs += 1
            fact.start, fact.end = fs, max(fs, fe)
            facts.append(fact)
        if len(facts) > 1:
            facts.sort(key=_position)
            if any(f.any_of is not None for f in facts):
                _number_sets(facts)
        return facts

    def walk(self, items: list[Criterion], parent: LabContext, topic: str,
             methods: bool = False, scope: Scope = _NO_SCOPE) -> None:
        """Read the facts of ``items`` and their children.

        :param methods: the items list contraceptive methods (their parent requires
            contraception): an item that only names a method is no requirement of its own.
        """
        ctx = parent
        listing = methods
        # a header item without children, and no lead-in, whose conditions were set aside:
        # they are its own after all when the next item reads no lab bound ("Asthma: subjects
        # with asthma.")
        held: tuple[Criterion, list[Fact]] | None = None
        for item in items:
            facts = self.facts_of(item, topic, ctx, scope)
            if held is not None:
                if not any(f.type_name == "LabThreshold" for f in facts):
                    held[0].facts = sorted(held[0].facts + held[1], key=_position)
                held = None
            if listing and not _REQUIRES.search(item.text):
                facts = [f for f in facts if f.type_name != "ContraceptionRequirement"]
            contraception = any(f.type_name == "ContraceptionRequirement" for f in facts)
            if contraception and item.text.rstrip().endswith(":"):
                listing = True  # "… an acceptable method of birth control, as follows:"
            elif any(f.type_name != "ContraceptionRequirement" for f in facts):
                listing = methods
            has_lab = any(f.type_name == "LabThreshold" for f in facts)
            text = item.text
            if len(text) <= 110 and not has_lab:
                low = " ".join(text.lower().split())
                is_header, sub = header_context(low, has_lab, bool(facts)) if (
                    ":" in low or "function" in low or "test" in low or "routine" in low
                    or "chemistry" in low or "biochem" in low or "matolog" in low
                    or "matopoietic" in low or "coagulation" in low or "count" in low
                    or "lab" in low or "values" in low) else (False, None)
            else:
                low, is_header, sub = "", False, None
            if is_header:
                kept = [f for f in facts if f.type_name != "ConditionCriterion"]
                if len(kept) < len(facts) and not item.children and \
                        not item.text.rstrip().endswith(":"):
                    held = (item, [f for f in facts if f.type_name == "ConditionCriterion"])
                facts = kept
                ctx = LabContext(subgroup=sub) if sub is not None else LabContext(
                    subgroup=parent.subgroup)
            elif not has_lab:
                ctx = parent
            if facts and item.kind == "exclusion" and (item.children or text.rstrip().endswith(
                    ":")) and (_TITLE_HEADING.fullmatch(text) or (
                        len(text) <= 120 and _LIST_TOPIC.search(text))):
                facts = [f for f in facts if f.type_name != "ConditionCriterion"]
            item.facts = facts
            if item.children:
                child_topic = low if (not facts and low and len(low) <= 40) else topic
                child_ctx = LabContext(subgroup=sub) if is_header and sub is not None else ctx
                if _AS_FOLLOWS.search(item.text):
                    # "… OR creatinine based on age, as follows:" / "- No greater than 0.6
                    # mg/dL (1-23 months of age)": the items bound the analyte named last
                    ns, ne = self.n.norm_span(item.start, item.end)
                    named = _slice(self.analytes, self.analyte_starts, ns, ne)
                    if named:
                        child_ctx = LabContext(subgroup=child_ctx.subgroup, analytes=named[-1][2])
                self.walk(item.children, child_ctx, child_topic, contraception or listing,
                          _scope_of(item, scope))
                if ":" in item.text:
                    _allowances_below(item)
                    _agents_below(item)
        if held is not None:
            held[0].facts = sorted(held[0].facts + held[1], key=_position)
