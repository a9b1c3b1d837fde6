"""Prior-therapy facts: washout periods and prior-therapy requirements.

Washout: "At least 2 weeks or 5 half-lives (whichever is shorter) from prior systemic
treatment", "chemotherapy within 4 weeks before the first dose". Prior therapy: "failed
at least two prior lines of systemic therapy" (required), "prior treatment with a PD-1
inhibitor" in an exclusion list (excluded). Therapies are named with the short labels
of :data:`THERAPIES`, or as written when none fits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trialkg.criteria.clinical import TOXICITY_WORDS
from trialkg.criteria.conditions import eye_of
from trialkg.criteria.lexicon import CONDITION_LEXICON, Lexicon
from trialkg.criteria.model import PriorTherapyFact, WashoutFact
from trialkg.criteria.quantities import (
    DURATION_UNIT,
    EXCEPTED_CUE,
    EXCEPTION_CUE,
    ITEM_BREAK,
    NUMBER,
    SENTENCE_BREAK,
    WINDOW_ANCHOR,
    duration_days,
    parse_number,
)

__all__ = ["extract_washout", "extract_prior_therapy", "qualified_therapy", "THERAPIES"]

#: CYP3A4 written as "CYP3A4", "CYP 3A", "cytochrome P450 (CYP) 3A4".
#: "anticancer", "anti-tumour", "antineoplastic".
_ANTICANCER = r"(?:anti-?(?:tumou?r|cancer|neoplastic)|antineoplastic)"
#: "… or (a) (medical) device" after an investigational drug: a drug or device study.
_OR_DEVICE = (r"\s*(?:,|or|and|and/or)\s*(?:(?:an?|any)\s+)?(?:(?:investigational|medical)\s+)"
              r"{0,2}devices?")
#: " … stem cell transplant" after its kind ("allogeneic peripheral blood stem cell transplant").
_SCT = (r"\s+(?:(?:hematopoietic|haematopoietic|peripheral\s+blood)\s+)?(?:stem\s+cell|"
        r"bone\s+marrow|hsc|hematopoietic\s+cell)\s+transplant\w*")
_CYP3A = r"(?:cyp\s?|cytochrome\s+p-?450\s+(?:\(cyp\)\s+)?(?:cyp\s?)?)3a4?(?:/5)?"

#: Therapy surface forms → short labels; where two forms match the same words the
#: earlier one wins.
THERAPIES: Lexicon[str] = Lexicon([
    (r"gene\s+therap(?:y|ies)", "gene therapy"),
    (r"car[- ]?t(?:\s+cells?)?(?:\s+therapy)?", "CAR-T therapy"),
    # which kind is said: criteria that exclude the one often allow the other; both said are any
    (r"(?:autologous\s+(?:or|and|and/or|/)\s+allogen(?:e)?ic|allogen(?:e)?ic\s+(?:or|and|and/or|/)"
     r"\s+autologous)" + _SCT, "stem cell transplantation"),
    (r"allogen(?:e)?ic" + _SCT + r"|allo-?hsct|allo-?sct", "allogeneic stem cell transplantation"),
    (r"autologous" + _SCT + r"|auto-?hsct|auto-?sct", "autologous stem cell transplantation"),
    (r"(?:stem\s+cell|bone\s+marrow)\s+transplant\w*", "stem cell transplantation"),
    (r"chemo-?radiation|chemoradiotherapy", "chemoradiotherapy"),
    (r"electro-?convulsive\s+(?:therapy|treatment)s?(?:\s*\(\s*ect\s*\))?|ect",
     "electroconvulsive therapy"),
    (r"(?:repetitive\s+)?transcranial\s+magnetic\s+stimulation(?:\s+therapy)?"
     r"(?:\s*\(\s*r?tms\s*\))?|r?tms", "transcranial magnetic stimulation"),
    (r"vag(?:us|al)\s+nerve\s+stimulation(?:\s*\(\s*vns\s*\))?|vns", "vagus nerve stimulation"),
    (r"deep\s+brain\s+stimulation(?:\s*\(\s*dbs\s*\))?", "deep brain stimulation"),
    (r"(?:cytotoxic\s+|systemic\s+|myelosuppressive\s+|preconditioning\s+)?chemotherap\w*",
     "chemotherapy"),
    (r"chemo", "chemotherapy"),
    # not a harm it caused ("radiation pneumonitis", "radiation-induced fibrosis") nor a dose
    # taken in ("radiation exposure")
    (r"radiotherapy|radiation(?:\s+therapy)?(?![\s-]+(?:pneumonitis|dermatitis|fibrosis|"
     r"necrosis|proctitis|enteritis|colitis|cystitis|myelopathy|recall|injury|toxicit|induced|"
     r"exposure|associated|related))|irradiation|rt", "radiotherapy"),
    # the checkpoint named is kept: "anti-PD-1 or anti-PD-L1 therapy" is not every checkpoint
    # inhibitor (a CTLA-4 antibody is allowed by many such criteria)
    (r"anti-?\s?pd-?1|pd-?1\s+(?:inhibitor|antibod|blocka)\w*", "anti-PD-1 therapy"),
    (r"anti-?\s?pd-?l1|pd-?l1\s+(?:inhibitor|antibod|blocka)\w*", "anti-PD-L1 therapy"),
    (r"anti-?\s?ctla-?4|ctla-?4\s+(?:inhibitor|antibod|blocka)\w*", "anti-CTLA-4 therapy"),
    (r"(?:immune\s+)?checkpoint\s+(?:inhibitors?|blockade)", "immune checkpoint inhibitor"),
    (r"immunotherap\w*", "immunotherapy"),
    (r"biologic(?:al)?\s+(?:therap(?:y|ies)|agents?|treatments?|response\s+modifiers?)|biologics",
     "biological therapy"),
    # the target named is kept: "HER2-directed therapy" is not every targeted therapy
    (r"(?:anti-?\s?her-?2(?:/neu)?|her-?2(?:/neu)?[\s-]+(?:directed|targeted|targeting|based))"
     r"\s+(?:therap(?:y|ies)|agents?|treatments?|drugs?|regimens?)", "HER2-directed therapy"),
    (r"targeted\s+(?:therapy|therapies|agents?|drugs?)|tyrosine\s+kinase\s+inhibitors?|tkis?",
     "targeted therapy"),
    (r"monoclonal\s+antibod(?:y|ies)|mabs?", "monoclonal antibody"),
    # any antibody, not only a monoclonal one ("any antibody therapy within the past 6 months")
    (r"antibody\s+therap(?:y|ies)", "antibody therapy"),
    (r"investigational\s+(?:agents?|drugs?|products?|medicinal\s+products?|medications?|"
     r"compounds?)" + _OR_DEVICE + r"|investigational\s+(?:medical\s+)?devices?\s*(?:,|or|and|"
     r"and/or)\s*(?:investigational\s+)?(?:drugs?|products?|agents?)",
     "investigational drug or device"),
    (r"investigational\s+(?:medical\s+)?devices?", "investigational device"),
    # ("investigational study medications": the drugs, not the study)
    (r"investigational\s+(?:(?:stud(?:y|ies)|research)\s+)?(?:agents?|drugs?|products?|"
     r"therap\w+|medicinal\s+products?|treatments?|medications?|medicines?|compounds?)"
     r"(?!" + _OR_DEVICE + r")|imps?|"
     r"experimental\s+(?:agents?|drugs?|products?|therap\w+|treatments?|medications?|"
     r"compounds?)", "investigational agent"),
    (r"investigational\s+(?:anti-?cancer\s+|drug\s+|device\s+)?(?:stud(?:y|ies)|trials?)",
     "clinical study participation"),
    (r"herbal\s+(?:(?:and|or|and/or)\s+(?:complementary|alternative)\s+)?(?:medications?|"
     r"medicines?|products?|remedies|supplements?|treatments?|preparations?)", "herbal products"),
    (r"st\.?\s+john'?s\s+wort", "St. John's wort"),  # the herb named, not every herbal product
    (r"(?:strong|potent)\s+" + _CYP3A + r"\s+inhibitors?", "strong CYP3A inhibitors"),
    (r"(?:moderate|strong|potent)\s+(?:or|and|and/or|to)\s+(?:strong|moderate|potent)\s+"
     + _CYP3A + r"\s+inhibitors?", "moderate or strong CYP3A inhibitors"),
    (_CYP3A + r"\s+inhibitors?", "CYP3A inhibitors"),
    (r"(?:strong|potent)\s+" + _CYP3A + r"\s+inducers?", "strong CYP3A inducers"),
    (r"(?:moderate|strong|potent)\s+(?:or|and|and/or|to)\s+(?:strong|moderate|potent)\s+"
     + _CYP3A + r"\s+inducers?", "moderate or strong CYP3A inducers"),
    (_CYP3A + r"\s+inducers?", "CYP3A inducers"),
    # taking part in another study: "Participation in another clinical trial within 30 days"
    (r"(?:participat\w*|enrol\w*)\s+in\s+(?:(?:a|an|another|any(?:\s+other)?|other)\s+)?"
     r"(?:(?:clinical|investigational|interventional|experimental|therapeutic|drug|device|"
     r"medical|research|similar|new\s+chemical\s+entity)\s+(?:or\s+[a-z]+\s+)?)+"
     r"(?:stud(?:y|ies)|trials?)|(?:participat\w*|enrol\w*)\s+in\s+(?:another|any\s+other|other)"
     r"\s+(?:stud(?:y|ies)|trials?)", "clinical study participation"),
    (r"(?:systemic\s+)?(?:cortico)?steroids?|glucocorticoids?|prednison\w*|dexamethason\w*",
     "corticosteroids"),
    (r"immunosuppressi\w+(?:\s+(?:therapy|drugs?|agents?|medications?))?(?!\s+(?:conditions?|"
     r"states?|diseases?|disorders?))", "immunosuppressants"),
    (r"hormon(?:al|e)\s+therap\w*|endocrine\s+therap\w*|androgen\s+deprivation",
     "hormonal therapy"),
    (r"(?:major\s+|minor\s+)?(?:surgery|surgical\s+(?:procedures?|resection|interventions?|"
     r"operations?))", "surgery"),
    (r"(?:pars\s+plana\s+)?vitrectom(?:y|ies)", "vitrectomy"),
    # "live (attenuated) vaccine", "live, attenuated vaccines"
    (r"liv(?:e|ing)(?:(?:[\s-]+|\s*,\s*)\(?(?:attenuated|virus|viral|bacteria|bacterial|or|and|"
     r"and/or)\)?)*\s+"
     r"vaccines?|"
     r"(?:live\s+)?attenuated(?:\s+virus)?\s+vaccines?", "live vaccine"),
    # a vaccine named by what it prevents is that vaccine
    (r"yellow[\s-]+fever\s+vaccin\w+", "yellow fever vaccine"),
    (r"(?:influenza|flu)\s+vaccin\w+", "influenza vaccine"),
    (r"bcg\s+vaccin\w+", "BCG vaccine"),
    (r"(?:covid-?19|sars-cov-2)\s+vaccin\w+", "COVID-19 vaccine"),
    (r"(?:zoster|shingles)\s+vaccin\w+", "zoster vaccine"),
    (r"vaccin\w+", "vaccine"),
    (r"(?:blood\s+|platelet\s+|red\s+blood\s+cell\s+)?transfusions?|transfused", "transfusion"),
    (r"(?:hematopoietic\s+)?(?<!endothelial\s)(?<!epidermal\s)(?<!fibroblast\s)(?<!derived\s)"
     r"growth\s+factors?(?!\s+receptor)|g-?csf|gm-?csf|erythropoie\w+", "growth factors"),
    (r"direct\s+oral\s+anticoagula\w+|doacs?|noacs?", "direct oral anticoagulants"),
    # a drug named is that drug, not its class: "use of warfarin", "heparin in the previous 48 h"
    (r"(?:low[\s-]+molecular[\s-]+weight\s+|unfractionated\s+)?heparins?(?:\s+\(lmwh\))?|lmwh",
     "heparin"),
    (r"warfarin|coumadin", "warfarin"),
    (r"anti-?coagula\w+", "anticoagulants"),
    (r"antibiotics?", "antibiotics"),
    (_ANTICANCER + r"\s+(?:therap(?:y|ies)|treatments?|agents?)",
     "anticancer therapy"),  # radiotherapy and surgery too, not only drugs
    (r"(?:systemic\s+(?:" + _ANTICANCER + r"\s+)?|prior\s+|previous\s+)(?:therap(?:y|ies)|"
     r"treatments?|agents?)|system\s+treatment", "systemic therapy"),
])

#: Labels of therapy in general, which a drug named right after narrows ("prior therapy with
#: rituximab").
_GENERIC_THERAPIES = frozenset({"systemic therapy", "anticancer therapy"})

#: A therapy named in an exception is the one allowed, not the one washed out ("prescription
#: medication within 14 days prior to dosing …, except for influenza vaccinations").
#: The exception's clause ends at a relative clause or a window of its own ("other than SLE that
#: has required treatment with oral corticosteroids"); "but not more than" is a count's bound.
_EXCEPTED_BEFORE = re.compile(
    r"\b(?:" + EXCEPTED_CUE + r")\b(?!\s+(?:more|less|fewer|greater|over|exceed)\b)"
    r"(?:(?!\b(?:that|which|who|within)\b)[^.;:()])*$")

#: "the first dose of study drug": the therapy named is the time anchor, not the washed-out one.
_ANCHOR_BEFORE = re.compile(r"\b(?:first|initial|start|starting|initiation|beginning|begin)\s+"
                            r"(?:dose\s+|administration\s+)?(?:of\s+)?(?:any\s+(?:one\s+)?of\s+)?"
                            r"(?:the\s+)?(?:study\s+)?$|"
                            # the time point a window is counted to: "chemotherapy within 4 weeks
                            # prior to surgery", "within one week before vaccination"
                            r"\b(?:(?:prior|previous)\s+to|before)\s+(?:the\s+)?"
                            # "within 24 hours before taking IMPs"
                            r"(?:(?:taking|receiving|administration\s+of)\s+(?:the\s+)?)?"
                            r"(?:planned\s+|scheduled\s+|first\s+|study\s+)?$")
_PRIOR_CUE = re.compile(r"\b(?:prior(?!\s+to\b)|previous(?:ly)?|preceding|last|any)\b")
#: A duration unit; scanning for it first is much cheaper than for the whole phrase.
_UNIT_AT = re.compile(r"(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|hours?|hrs?|d)(?![a-z])")
_BEFORE_UNIT = re.compile(
    r"(?P<cue>at\s+least|≥|>=|more\s+than|>|minimum\s+of|within(?:\s+the)?(?:\s+(?:last|past|"
    r"previous|preceding))?|≤|<=|=<|<|in(?:\s+the)?(?:\s+(?:last|past|previous|prior|preceding))?|"
    r"during\s+(?:the\s+)?(?:last|past|previous|prior|preceding)|"  # "during past 7 days"
    r"less\s+than(?:\s+an?)?)?\s*(?P<n>" + NUMBER
    + r")\s*(?:\(\d+\)\s*)?$"
    # "within the past year", "within a month": one unit
    r"|(?P<cue1>(?:(?:with)?in|during)\s+the\s+(?:last|past|previous|preceding)|within\s+an?)\s+$")
#: Sexual abstinence for a time; not a drug kept from ("refrain from NSAIDs within 5 days", a
#: washout).
_ABSTAIN = re.compile(r"\b(?:abstinen\w*|abstain\w*|refrain\w*)\s+from\s+(?:(?:sexual|"
                      r"heterosexual|vaginal)\s+)?(?:intercourse|sex)\b")
#: A time said to have gone by: "must have elapsed", "have passed".
_ELAPSED = r"(?:(?:must|should|will|shall)\s+(?:have\s+)?|ha(?:ve|s)\s+)?(?:elapsed|passed)"
_AFTER_UNIT = re.compile(r"\s+(?:or\s+more\s+)?(?:(?:interval|period|gap)\s+)?"
                         # "4 weeks must have elapsed since the patient has received …"
                         r"(?:" + _ELAPSED + r"\s+)?"
                         r"(?:since|from|after|before|prior\s+to|preceding)\b")
_DURING = re.compile(r"(?:\bfor|\bduring\s+the|\bseparated\b[^.;]{0,40}\bby)\s*$|"
                     r"\b(?:stable|daily|maintenance)\b[^.;]{0,25}$|"
                     # how long in all: "sorafenib for more than 4 weeks during the previous 2
                     # months" is a cumulative use, no time since the last dose
                     r"\bfor\s+(?:more|longer|greater)\s+than\s+\d+\s*(?:hours?|days?|weeks?|"
                     r"months?)(?:\s+continuously)?[\s,]*$")
_OFF = re.compile(r"\b(?:off|discontinu\w*|stopp\w*|complet\w*|elapsed|wash\w*|free\s+from|"
                  r"since|last\s+dose|abstain\w*|without)\b")
_WITHIN_AFTER = re.compile(r"\s+(?:after|following|post)\s+(?:the\s+)?(?:study\s+)?"
                           r"(?:treatment|dosing|randomi[sz]ation|enrol\w*|inclusion|visit)")
_SINCE = re.compile(r"\b(?:since|from|after|before|prior|preceding|elapsed|passed|ago)\b")
_RANGE_BEFORE_NUMBER = re.compile(r"(\d+)\s*(?:-|to)\s*$")
_HALF = re.compile(r"(?P<h>" + NUMBER + r")\s*(?:\(\d+\)\s*)?(?:(?:x|×|times)\s*)?(?:the\s+)?"
                   r"(?:(?:elimination|terminal|phase|plasma|drug|pharmacokinetic|pharmacodynamic|"
                   # "5 pharmacokinetic/pharmacodynamic half-lives"
                   r"biological|serum|its|their)(?:\s+|\s*/\s*))*half[- ]?li(?:ves|fe)")
#: A window of half-lives only: "within five half-lives of the compound".
_WITHIN_HALF = re.compile(r"\b(?:within|<=?|≤|less\s+than)\s*(?:at\s+least\s+)?" + _HALF.pattern)
#: A bracket right after a window ("(or 14 days if the drug is an enzyme inducer)").
_BRACKET_NEXT = re.compile(r"\s*\([^()]{0,160}\)")
_RULE = re.compile(r"(?:(?:whichever|whatever)\s+(?:(?:time|period|interval|duration)\s+)?"
                   r"(?:(?:is|was|are|comes|occurs)\s+)?(?:the\s+)?|"
                   # "(or, if known, for at least 5 half-lives, if longer)"
                   r"\bif\s+)"
                   r"(?P<r>shorter|longer|greater|less|"
                   r"lesser|sooner|later)")
_TIMING = re.compile(r"since|from|after|before|prior\s+to|preceding|half[- ]?lives|whichever|"
                     r"of\s+(?:the\s+)?"
                     r"(?:first|start|enrol|random|registration|screening|study|baseline|day|"
                     r"initiat|commenc|beginning)"
                     r"|washout|wash-out|within|(?:in|during)\s+(?:the\s+)?(?:last|past|previous|"
                     r"preceding)")


#: How a corticosteroid is given ("inhaled", "depot"): it decides who is excluded.
_ROUTE_WORDS = (r"inhaled|systemic|oral|depot|topical|intravenous|parenteral|intra-?articular|"
                r"intranasal|nasal|intramuscular|ocular|dermal|dermatological|injected|"
                r"injectable|epidural|high[- ]dose|low[- ]dose|(?:endo)?rectal|intralesional|"
                r"subcutaneous|intravitreal|periocular")
_ROUTES = r"\b(?P<r>" + _ROUTE_WORDS + r")\s+"
_ROUTE = re.compile(_ROUTES + r"(?:cortico)?ster")
#: Routes before a corticosteroid or an immunosuppressant, one or a list ("inhaled, oral,
#: intramuscular and/or dermatological corticosteroid").
_ROUTE_BEFORE = re.compile(r"\b(?P<r>(?:(?:" + _ROUTE_WORDS + r")\s*,?\s*"
                           r"(?:and/or\s+|or\s+|and\s+)?)*(?:" + _ROUTE_WORDS + r"))"
                           # a bracket after the last: "… or endorectal (excluding suppositories
                           # for anal diseases) corticosteroid"
                           r"(?:\s*\([^()]{0,60}\))?\s+$")
#: Words written before "surgery" that name its kind ("brain tumour surgery").
_SURGERY_KIND = re.compile(r"(?:\b[a-z][a-z-]*\s+){1,3}$")
_KIND_WORD = re.compile(r"[a-z][a-z-]*")
#: "pelvic or abdominal …", "neoadjuvant or adjuvant …", "first- or second-line …",
#: "platinum-based or fluoropyrimidine-based …": another
#: kind, an adjective, coordinated before the kind words (not a noun: "angina or coronary …").
_KIND_ADJECTIVE = r"[a-z][a-z-]*(?:al|ic|ar|ary|ive|ine|ant|ous|-|-based|-containing)"
#: … or a list of them: "thoracic, abdominal or eye surgery".
_KIND_OR = re.compile(rf"\b(?P<k>(?:{_KIND_ADJECTIVE},\s+)*{_KIND_ADJECTIVE}),?\s+"
                      r"(?P<c>or|and|and/or)\s+$")
_NOT_KIND = frozenset({
    "prior", "previous", "previously", "any", "the", "a", "an", "of", "recent", "recently",
    "history", "had", "has", "have", "having", "undergone", "undergo", "undergoes", "undergoing",
    "underwent", "received", "receive", "receiving", "for", "or", "and", "with", "within",
    "since", "after", "before", "including", "include", "other", "following", "planned",
    "scheduled", "elective", "from", "to", "in", "on", "at", "by", "no", "not", "as", "require",
    "requires", "requiring", "required", "who", "that", "is", "are", "was", "were", "be", "been",
    "last", "first", "such", "than", "more", "less", "least", "days", "weeks", "months", "day",
    "week", "month", "hours", "year", "years", "patients", "patient", "subjects", "subject",
    "participants", "participant", "during", "post", "until", "due", "because", "recovered",
    "recover", "recovery", "all", "perform", "performed", "if", "this", "these", "those", "his",
    "her", "their", "its", "completed", "complete", "concurrent", "current", "currently",
    "anticipated", "expected", "pre-planned", "same", "severe", "significant", "clinically",
    "postoperative", "date", "dates", "start", "started", "starting"
})


#: Words before chemotherapy or radiotherapy that do not narrow it, or that start another phrase
#: (besides those of _NOT_KIND, which are checked too).
_NOT_KIND_OF_TREATMENT = frozenset({
    "systemic", "cytotoxic", "conventional", "standard", "anti-cancer", "anticancer", "cancer",
    "antineoplastic", "anti-neoplastic", "antitumor", "anti-tumor", "antitumour", "anti-tumour",
    "therapeutic", "treatment", "therapy", "therapies", "additional", "further", "type", "line",
    "lines", "regimen", "regimens", "cycles", "cycle", "courses", "course", "dose", "doses",
    "and/or", "plus", "either", "both", "nor", "neither", "without", "myelosuppressive",
    "preconditioning", "use", "used", "using", "via", "intensive", "disease", "tumor", "tumour",
    "metastatic", "advanced", "recurrent", "primary", "disease-free", "one", "two", "three",
    "single", "multiple", "reference", "ongoing", "major", "ionizing", "ionising", "failed",
    "effective", "care", "includes", "included", "allowed", "completing", "completion", "end",
    "prohibited",
})


def _kind(low: str, start: int, label: str, stop: frozenset[str] = frozenset(),
          before: re.Pattern[str] = _SURGERY_KIND, word: re.Pattern[str] = _KIND_WORD
          ) -> tuple[str, int] | None:
    """Return the kind words written right before a therapy joined to its label, and their start.

    :param stop: words that end the kind (besides those of :data:`_NOT_KIND`).
    :param before: the words right before the therapy that may be its kind.
    :param word: one word of them.
    """
    m = before.search(low, max(0, start - 40), start)
    if m is None:
        return None
    kept: list[re.Match[str]] = []
    words = list(word.finditer(low, m.start(), start))
    while words:
        w = words.pop()
        if w.group() in _NOT_KIND or w.group() in stop:
            break
        kept.insert(0, w)
    if not kept:
        return None
    kinds = " ".join(w.group() for w in kept)
    # "chest or abdominal irradiation": both kinds
    joined = _KIND_OR.search(low, max(0, kept[0].start() - 60), kept[0].start())
    if joined is not None and not any(k in _NOT_KIND or k in stop
                                      for k in joined.group("k").replace(",", " ").split()):
        return f"{joined.group('k')} {joined.group('c')} {kinds} {label}", joined.start()
    return f"{kinds} {label}", kept[0].start()


#: Kinds of a class of therapy its lexicon pattern reads as part of its words ("systemic
#: chemotherapy", "hematopoietic growth factors", "platelet transfusions").
_READ_KIND = re.compile(r"(?P<k>cytotoxic|systemic|myelosuppressive|hematopoietic|platelet|"
                        r"red\s+blood\s+cell|blood)\s")
_KIND_READ_FOR = frozenset({"chemotherapy", "growth factors", "transfusion"})
#: Classes of therapy that the words right before them narrow: "anti-CD30 monoclonal
#: antibodies", "any cytomegalovirus vaccine", "allergen immunotherapy", "IGF1-R targeted
#: therapy", "oral or IV antibiotics".
_NARROWED_ENDS = (
    "monoclonal antibody", "antibody therapy", "vaccine", "targeted therapy", "immunotherapy",
    "biological therapy", "growth factors", "antibiotics", "transfusion", "anticoagulants",
    "hormonal therapy", "immune checkpoint inhibitor", "CAR-T therapy", "gene therapy")
#: Up to three words right before a class of therapy, each after a space (not "s" of
#: "Bruton's"), digits allowed ("igf1-r", "her2/neu").
_CLASS_KIND = re.compile(r"(?:(?<!\S)[a-z0-9][a-z0-9/-]*\s+){1,3}$")
_CLASS_WORD = re.compile(r"(?<!\S)[a-z0-9][a-z0-9/-]*")
#: Words before a class of therapy that do not narrow it, or that start another phrase
#: (besides those of _NOT_KIND).
_NOT_CLASS_KIND = frozenset({
    "treatment", "treatments", "therapy", "therapies", "use", "used", "using", "exposure",
    "receipt", "administration", "administered", "dose", "doses", "course", "courses", "cycle",
    "cycles", "line", "lines", "regimen", "regimens", "agent", "agents", "drug", "drugs",
    "medication", "medications", "type", "types", "and/or", "plus", "either", "both", "nor",
    "neither", "without", "via", "additional", "further", "another", "new", "each", "every",
    "some", "one", "two", "three", "single", "multiple", "ongoing", "failed", "effective",
    "allowed", "prohibited", "permitted", "standard", "known", "documented", "taking", "take",
    "takes", "took", "taken", "given", "treated", "exposed", "need", "needs", "needing", "any",
    "requirement", "systemically", "e", "g", "i", "ie", "eg", "etc", "or/and", "also",
    "we", "can", "may", "must", "should", "will", "did", "do", "does", "which", "what",
    "study", "initiated", "initiation", "initiate", "started", "begun", "begin", "stopped",
    "discontinued", "changed", "change", "changes", "continued", "prescribed", "ii", "iii",
    "interrupt", "average", "separate", "serum",
})


def qualified_therapy(low: str, label: str, start: int, end: int) -> tuple[str, int]:
    """Add the words that narrow a therapy to its label.

    A corticosteroid's route, a surgery's kind, where or how radiotherapy or chemotherapy was
    given ("chest radiation therapy", "intraperitoneal chemotherapy", "cytotoxic
    chemotherapy", "non-myelosuppressive chemotherapy"; not "anti-cancer chemotherapy"), what
    a class of therapy is against or for ("anti-CD30 monoclonal antibodies", "cytomegalovirus
    vaccine").

    :returns: the label and the start of its evidence.
    """
    if label in _KIND_READ_FOR and (read := _READ_KIND.match(low, start)) is not None:
        kind = " ".join(read.group("k").split())
        if low.endswith(("non-", "non "), 0, start):
            return f"non-{kind} {label}", start - 4
        label = f"{kind} {label}"
    if label.endswith(_NARROWED_ENDS):
        return _kind(low, start, label, _NOT_CLASS_KIND, _CLASS_KIND, _CLASS_WORD) or (
            label, start)
    if label in ("corticosteroids", "immunosuppressants"):
        m = _ROUTE.match(low, start) if label == "corticosteroids" else None
        if m is None:
            m = _ROUTE_BEFORE.search(low, max(0, start - 150), start)
        if m is not None:
            # "inhaled, oral, intramuscular and/or dermatological corticosteroids": every route
            route = " ".join(m.group("r").split()).rstrip(" ,")
            route = route.replace("high-dose", "high dose").replace("low-dose", "low dose")
            return f"{route} {label}", min(start, m.start())
    elif label == "radiotherapy" or label.endswith("chemotherapy"):
        return _kind(low, start, label, _NOT_KIND_OF_TREATMENT) or (label, start)
    elif label == "surgery":
        hit = low[start:end]
        if hit.startswith(("major", "minor")):
            return f"{hit.split()[0]} surgery", start
        if hit.startswith("surgery"):
            return _kind(low, start, label) or (label, start)
    return label, start


def _therapy(low: str, hits: list[tuple[int, int, str]], start: int = 0, window: int = -1
             ) -> tuple[str, int, int] | None:
    """Return (label, start, end) of the therapy named, preferring one after "prior".

    :param window: where the window the therapy is sought for starts, if any: a therapy after it
        that is planned comes last.
    """
    best: tuple[tuple[int, int], str, int, int] | None = None
    for h_start, h_end, label in hits:
        if h_start < start or _ANCHOR_BEFORE.search(low, max(0, h_start - 30), h_start) or \
                _EXCEPTED_BEFORE.search(low, max(0, h_start - 80), h_start):
            continue
        prior = _PRIOR_CUE.search(low, max(0, h_start - 25), h_start) is not None
        rank = (0 if prior else 1, h_start)
        if 0 <= window < h_start and (future := _FUTURE_BEFORE.search(
                low, max(0, h_start - 40), h_start)) is not None and \
                not _PAST_TOO.search(low, max(0, future.start() - 40), future.start()):
            # one to come after the window is no therapy it counts from: "Major surgery within 3
            # months of Day -2 or any planned surgery during the study" (its "any" is no "prior")
            rank = (2, h_start)
        if best is None or rank < best[0]:
            best = (rank, label, h_start, h_end)
    if best is None:
        return None
    for h_start, h_end, label in hits:  # "vaccination with a live vaccine": the narrower one
        if h_start > best[2] and label.endswith(" " + best[1]) and not _ANCHOR_BEFORE.search(
                low, max(0, h_start - 30), h_start) and h_start - best[3] < 30:
            best = (best[0], label, h_start, h_end)
            break
    label, h_start = qualified_therapy(low, best[1], best[2], best[3])
    end = best[3]
    if label.endswith("radiotherapy"):
        site = _RADIATION_SITE.match(low, end)
        if site is not None:
            where = " ".join(site.group("prep", "site"))
            label, end = f"{label} {' '.join(where.split())}", site.end("site")
    return label, h_start, end


def _in_sentence(low: str, hits: list[tuple[int, int, str]], at: int) -> list[tuple[int, int, str]]:
    """Return the hits in the sentence holding position ``at``, or those before it.

    "Focal radiation therapy within 7 days prior to randomization. … (i.e., prior radiation must
    have been to less than 30% of the bone marrow)": the window's therapy is in its sentence.
    When the sentence holds none, the hits of earlier sentences: "Prior chemotherapy: allowed.
    At least 4 weeks since" reaches back; "History of DVT within the past 6 months. Subjects
    treated with anticoagulants are eligible" does not reach on.
    """
    if not hits:
        return hits
    start = 0
    for m in SENTENCE_BREAK.finditer(low, 0, at):
        start = m.end()
    end = SENTENCE_BREAK.search(low, at)
    stop = end.start() if end is not None else len(low)
    inside = [h for h in hits if start <= h[0] < stop]
    return inside or [h for h in hits if h[0] < start]


#: What may stand between a therapy and a window in years that is its own.
_YEARS_GAP = re.compile(r"[\s,]*(?:(?:treatments?|therapy|therapies|use)[\s,]*)?")
#: A window counted since a therapy: "more than 1 year since prior trastuzumab".
_SINCE_AFTER = re.compile(r"\s+(?:since|from|after)\s+(?:the\s+)?(?:prior|previous|last|"
                          r"completion)")


def _years_of_therapy(low: str, window: tuple[re.Match[str], re.Match[str]],
                      therapies: list[tuple[int, int, str]]) -> bool:
    """Whether a window in years belongs to a therapy.

    It does when written right after one ("rituximab within 1 year", "prior chemotherapy within
    the last 5 years") or counted since one ("more than 1 year since prior trastuzumab").
    """
    b, u = window
    if _SINCE_AFTER.match(low, u.end()):
        return True
    lead = leading_drug(low)
    ends = [h[1] for h in therapies] + ([lead[2]] if lead is not None else [])
    return any(e <= b.start() and _YEARS_GAP.fullmatch(low, e, b.start()) for e in ends)


#: What ties a window to the therapy after it.
_LINKED = re.compile(_SINCE.pattern + r"|\bbetween\b")
#: "within 7 days of major surgery": the window is the therapy's.
_OF_IT = re.compile(r"\s*\)?\s+of\s+(?:(?:the|a|an|any|prior|last)\s+)?")


def _window_at(low: str, pos: int = 0) -> tuple[re.Match[str], re.Match[str]] | None:
    """Return (the words before the unit, the unit) of the first washout window from ``pos``."""
    for u in _UNIT_AT.finditer(low, pos):
        if u.start() and low[u.start() - 1].isalpha():
            continue
        b = _BEFORE_UNIT.search(low, max(pos, u.start() - 45), u.start())
        if b is None:
            continue
        if _DURING.search(low, max(0, b.start() - 40), b.start()) and not _OFF.search(
                low, max(0, b.start() - 80), b.start()):
            continue  # "stable dose for at least 30 days": how long it is taken, not a washout
        after = _AFTER_UNIT.match(low, u.end())
        cue = b.group("cue") or b.group("cue1")
        if cue and cue.startswith("within") and _WITHIN_AFTER.match(low, u.end()):
            continue  # "within 5 days after treatment" is a window after, not a washout
        if cue and cue[0] in "≤<=" and _AT_MOST_NOT_SINCE.match(low, u.end()):
            continue  # "≤ 10 days of prior therapy", "≤ 14 days per 28-day period", "< 6 months
            # after completion of chemotherapy": a length, a frequency, a time after
        if (cue and not cue.startswith(("at", "≥", ">", "more", "minimum", "a minimum"))) or after \
                or (cue and _SINCE.search(low, u.end(), u.end() + 60)):
            return b, u
    return None


def _half_lives_only(low: str, therapies: list[tuple[int, int, str]]
                     ) -> list[tuple[int, int, WashoutFact]]:
    """Read a washout written in half-lives only.

    "An investigational drug within five half-lives of the compound": the therapy named before
    the window, up to 100 characters.
    """
    m = _WITHIN_HALF.search(low)
    if m is None:
        return []
    therapy = (_therapy(low, _in_sentence(low, therapies, m.start())) if therapies else None) \
        or _named(low, m.start())
    n = parse_number(m.group("h"))
    if therapy is None or not n or therapy[2] > m.start() or m.start() - therapy[2] > 100:
        return []
    return [(min(therapy[1], m.start()), m.end(), WashoutFact(
        start=0, end=0, min_days=None, half_lives=n, therapy=therapy[0]))]


def extract_washout(low: str, therapies: list[tuple[int, int, str]] | None = None
                    ) -> list[tuple[int, int, WashoutFact]]:
    """Read a minimum time since a prior therapy.

    :param low: lower-cased, normalised criterion text.
    :param therapies: :data:`THERAPIES` hits in ``low`` (found here when None).
    :returns: facts with their spans in ``low``.
    """
    if therapies is None:
        therapies = THERAPIES.findall(low)
    if not therapies and not TAKEN_HINT.search(low) and " since " not in low and \
            leading_drug(low) is None:
        return []
    if not ("day" in low or "week" in low or "month" in low or "hour" in low or "wk" in low
            or "hr" in low or "mo" in low or "year" in low or "yr" in low):
        return _half_lives_only(low, therapies) if "half" in low else []
    if "contracep" in low or "pregnan" in low or "birth control" in low or "childbearing" in low \
            or "child-bearing" in low or "menopaus" in low or (
                ("intercourse" in low or "sex" in low) and _ABSTAIN.search(low)):
        return []  # "Complete abstinence from sexual intercourse for 14 days before exposure to
        # the investigational product": the windows of birth control and abstinence
    found = _window_at(low)
    while found is not None and found[1].group().startswith("y") and not _years_of_therapy(
            low, found, therapies):
        found = _window_at(low, found[1].end())  # a window in years is mostly a condition's
        # ("any other malignancy within 5 years"): the therapy's only right after it
    while found is not None and therapies and not _in_sentence(
            low, therapies, found[0].start()) and _named(low, found[0].start()) is None:
        found = _window_at(low, found[1].end())  # "… no platinum agent within the past 6
        # months. Last chemotherapy must have been > 4 weeks prior": the next sentence's window
    if found is None or _TIMING.search(low) is None:
        return []
    b, u = found
    cue = b.group("cue") or b.group("cue1")
    since = _since_named(low, u.end()) if "since" in low and not (
        cue and cue.startswith(("within", "in", "less"))) and not (
        b.group("n") and _AT_MOST_BEFORE.search(low, max(0, b.start("n") - 4), b.start("n"))
    ) else None  # "within 4 weeks since", "< 12 months since": at most, no washout
    if since is not None and therapies:
        clause = SENTENCE_BREAK.search(low, since[1])
        stop = clause.start() if clause is not None else len(low)
        if any(since[1] <= h[0] < stop and not _EXCEPTED_BEFORE.search(
                low, max(0, h[0] - 80), h[0]) for h in therapies):
            since = None  # the lexicon knows a therapy of the phrase: read it as before
    if since is not None:
        therapy: tuple[str, int, int] | None = since  # "at least 2 weeks since prior vincristine"
    else:
        therapy = (_therapy(low, _in_sentence(low, therapies, b.start()), window=b.start())
                   if therapies else None) or _named(low, b.start())
        if therapy is not None and therapy[0] in _GENERIC_THERAPIES and (
                named := _named(low, b.start())) is not None and named[1] >= therapy[1] and \
                _NAMED.match(low, therapy[2]) and \
                _DRUG_WORD.match(named[0].rsplit(" ", 1)[-1]) is not None and \
                not named[0].endswith((" or therapy", " and therapy", " or treatment")) and \
                _NOT_THERAPY.search(low, therapy[1], named[2]) is None and \
                not _ALLOWED_AFTER.search(low, named[2]):
            therapy = named  # "previous treatment with azacitidine within 21 days": the drug
    if therapy is None or therapy[1] - u.end() > 150 or (
            b.start() - therapy[2] > 100 and not (
                # "Any chemotherapy, therapeutic antineoplastic antibodies (…), radiation
                # therapy, or experimental antineoplastic therapy within 4 weeks": a therapy far
                # from the window opens a list that reaches it
                therapies and b.start() - _listed_after(low, therapies, therapy[2],
                                                        b.start())[1] <= 100)):
        return []
    if since is None and therapy[1] > u.end() and (
            not _LINKED.search(low, u.end(), therapy[1])
            # "trauma within the six months prior to screening, or ocular surgery … within the
            # three months": the link is to an event, and another item starts after it
            or ITEM_BREAK.search(low, u.end(), therapy[1])) \
            and not _OF_IT.fullmatch(low, u.end(), therapy[1]) \
            and (later := _window_at(low, therapy[2])) is not None \
            and later[0].start() - therapy[2] < 80 \
            and not SENTENCE_BREAK.search(low, therapy[2], later[0].start()):
        # "Myocardial infarction within 1 month, CABG or cardiac surgery … within the past 3
        # months": the window written after the therapy is its own; not "4 weeks since prior
        # chemotherapy", "21 days must have passed from previous systemic therapy"
        b, u = later
        cue = b.group("cue") or b.group("cue1")
    if therapy[2] <= b.start() and _NOT_SINCE.search(low, therapy[2], b.start()):
        return []  # "progressed on this therapy within the past 28 days": no time since it
    if therapy[1] >= u.end() and _NOT_SINCE.search(low, max(0, b.start() - 30), b.start()):
        return []  # "Relapse within 6 months after completion of … chemotherapy": when the
        # disease came back, no time since the therapy
    if ("initiat" in low or "start" in low or "commenc" in low or "beg" in low
            or "chang" in low) and (
            _STARTED_BEFORE.search(low, max(0, therapy[1] - 80), therapy[1]) or (
                therapy[2] <= b.start() and _STARTED_AFTER.fullmatch(low, therapy[2],
                                                                     b.start()))):
        return []  # "Initiation of bisphosphonate therapy within 4 weeks", "anticonvulsant
        # drug started within 6 months": the time since it began, which those who take it
        # longer meet; no time since the last dose
    if _REQUIRING_BEFORE.search(low, max(0, therapy[1] - 70), therapy[1]) or \
            _EVENT_BEFORE.search(low, max(0, therapy[1] - 110), therapy[1]):
        return []  # "infection requiring systemic therapy within 14 days", "an exacerbation
        # treated with oral steroids within 4 weeks": the condition's or the event's time
    if _not_recovered_from(low, therapy[1]):
        return []  # "Failure to recover from any prior surgery within 4 weeks": a recovery
        # that is missing, no time since the surgery
    if (future := _FUTURE_BEFORE.search(low, max(0, therapy[1] - 40), therapy[1])) and \
            b.start() > future.start() and not _PAST_TOO.search(low, 0, future.start()) and \
            not _BEFORE_START.match(low, u.end()):
        # "anticipated major surgery within 12 weeks of randomization": one to come; not "recent
        # (within 4 weeks) or planned participation", "received or is scheduled to receive …",
        # nor one to come in the days before the study starts ("scheduled to receive radiation
        # therapy within 7 days prior to starting study medication")
        return []
    value = parse_number(b.group("n")) if b.group("n") else 1.0
    if value is None:
        return []
    lower = _RANGE_BEFORE_NUMBER.search(low, max(0, b.start("n") - 8), b.start("n")) \
        if b.group("n") else None
    if lower is not None:  # "4 - 6 weeks from surgery": at least the lower bound
        value = min(value, float(lower.group(1)))
    days = round(duration_days(value, u.group(0)), 2)
    start = b.start() + (len(b.group(0)) - len(b.group(0).lstrip()))
    end = u.end()
    half = _HALF.search(low) if "half" in low else None
    half_lives = None
    # past a bracket of other drugs' periods: "within 7 days (or 14 days if the drug is a
    # potential enzyme inducer) or 5 half-lives"
    if half is not None and (abs(half.start() - end) < 30 or (
            (after := _BRACKET_NEXT.match(low, end)) is not None
            and 0 <= half.start() - after.end() < 30) or (
            # past the event the window counts back from: "within 2 months prior to study drug
            # administration or 5 half-lives, whichever is longer"
            0 <= half.start() - end < 90 and _BEFORE_EVENT_OR.fullmatch(
                low, end, half.start())) or (
            # the half-lives first, with a note: "within 5 half-lives (if known) or 16 weeks"
            half.end() <= b.start() and _HALF_THEN_OR.fullmatch(low, half.end(), b.start())) or (
            # after the drug the window is written before, in a bracket of their own: "4 weeks
            # from an investigational agent (not FDA approved) (or 5 half lives, whichever is
            # shorter)"
            end <= therapy[2] <= half.start() and _OR_HALF_AFTER.fullmatch(
                low, therapy[2], half.start()))):
        half_lives = parse_number(half.group("h"))
        end = max(end, half.end())
    rule = None
    # the rule is that of a window with half-lives only; not searched for every window
    if half_lives is not None and (r := _RULE.search(low)) is not None:
        rule = "shorter" if r.group("r") in ("shorter", "less", "lesser", "sooner") else "longer"
        end = max(end, r.end() + (1 if low[r.end():r.end() + 1] == ")" else 0))
    start, end = min(start, therapy[1]), max(end, therapy[2])
    labels = [therapy[0]]
    list_end = therapy[2]
    if "eye" in low and (eye := eye_of(low, therapy[2])) is not None and eye[1] > therapy[2]:
        labels = [f"{therapy[0]} {eye[0]}"]  # "Cataract surgery in the study eye within 3 months"
        list_end = eye[1]
    if therapies:  # "chemotherapy, radiotherapy or immunotherapy within 4 weeks": each of them
        stop = b.start() if therapy[2] <= b.start() else len(low)
        more, list_end = _listed_after(low, therapies, therapy[2], stop)
        labels += [x for x in more if x not in labels]
        end = max(end, list_end)  # the evidence names every therapy of the list
    exceptions, only_last = None, False
    if _EXCEPT_HINT.search(low, start) or ("(" in low and _ALLOWED_IN_BRACKET.search(low, start)):
        for at in (list_end, u.end()) if list_end < u.end() else (list_end,):
            got = _washout_exception(low, at)
            if got is not None:
                # a bracket right after the last therapy of a list is about that one only
                exceptions, end, only_last = got[0], max(end, got[1]), got[2] and at == list_end
                break
    out = [(start, end, WashoutFact(
        start=0, end=0, min_days=days, half_lives=half_lives, rule=rule, therapy=label,
        exceptions=exceptions if not only_last or k == len(labels) - 1 else None))
        for k, label in enumerate(labels)]
    if "(" in low:
        out += _own_periods(low, start, end, b.start(), labels)
    return out


#: The event a window counts back from, then the half-lives: "… prior to study drug
#: administration or 5 half-lives".
_BEFORE_EVENT_OR = re.compile(r"\s*(?:prior\s+to|before)\s+[a-z0-9 /-]{1,60}?\s+or\s+")
#: Between half-lives and the window after them: a note in a bracket and "or" ("5 half-lives (if
#: known) or 16 weeks").
#: Between a drug and half-lives that are its window's other bound: brackets, then "(or".
_OR_HALF_AFTER = re.compile(r"(?:\s*\([^()]{0,80}\))*\s*[(,]?\s*or\s+")
_HALF_THEN_OR = re.compile(r"\s*\([^()]{0,60}\)\s*,?\s*or\b\s*(?:(?:within|at\s+least)\s*)?")


#: A period of its own for some drugs, in a bracket of the washout: "(6 weeks for nitrosoureas or
#: mitomycin C)", "(or 14 days if the drug is a potential enzyme inducer)", "(6 weeks in the case
#: of bicalutamide)"; several, split by ";" or ",", may share the bracket.
_OWN_LEAD = (r"(?:or\s+)?(?:at\s+least\s+)?(?P<n>" + NUMBER + r")\s*(?P<u>days?|weeks?|wks?|"
             r"months?|mos?)\s+(?:for|in\s+the\s+case\s+of|if)\s+")
_OWN_PERIOD = re.compile(
    r"(?:^|[;,])\s*" + _OWN_LEAD + r"(?:(?:the\s+drug|it)\s+is\s+)?"
    r"(?:(?:an?|any|the|prior|previous|treatment\s+with|prior\s+treatment\s+with)\s+)*"
    r"(?P<x>[a-z0-9][^;]*?)(?:\s+(?:were|was|is|are|has\s+been|have\s+been)\s+"
    r"(?:received|given|used))?\s*(?=;|$|,\s*" + _OWN_LEAD.replace("?P<n>", "?:").replace(
        "?P<u>", "?:") + r")")
_BRACKET_AFTER = re.compile(r"\((?P<b>[^()]{5,160})\)")
_OWN_ITEM_SPLIT = re.compile(r"\s*,\s*(?:(?:or|and|and/or)\s+)?|\s+(?:or|and|and/or)\s+")
_OWN_ITEM_END = re.compile(r"\s+(?:including|such\s+as)\b.*|,?\s+(?:e\.g|i\.e)\b.*|\s*\[[^\]]*\]|"
                           r"\s+as\s+(?:noted|described|listed|defined)\s+(?:above|below)\b")
#: What such a bracket may name that is no drug: "(24 weeks for women, 4 weeks for men)".
_COMPARED = re.compile(r"[<>≤≥=]")
_NOT_OWN = re.compile(r"^(?:wom[ae]n|m[ae]n|males?|females?|patients?|subjects?|participants?|"
                      r"[a-z]+-acting)$")


def _own_periods(low: str, start: int, end: int, window: int, labels: list[str]
                 ) -> list[tuple[int, int, WashoutFact]]:
    """Washouts of the drugs a bracket in the washout's clause gives a period of their own.

    The bracket opens between the washout's first words and 60 characters after its last, in
    the same sentence; each drug of its list gets the bracket's period ("… within 4 weeks (6
    weeks for nitrosoureas or mitomycin C)" gives nitrosoureas and mitomycin c 42 days).
    """
    stop = min(len(low), end + 60)
    brk = SENTENCE_BREAK.search(low, end, stop)
    if brk is not None:
        stop = brk.start() if low[brk.start()] != ";" else stop
    out: list[tuple[int, int, WashoutFact]] = []
    for bm in _BRACKET_AFTER.finditer(low, start):
        if bm.start() >= stop:
            break
        if bm.start() <= window < bm.end():
            continue  # the washout's own period is written in this bracket
        inner = bm.start("b")
        for m in _OWN_PERIOD.finditer(bm.group("b")):
            value = parse_number(m.group("n"))
            if value is None or value <= 0:
                continue
            days = round(duration_days(value, m.group("u")), 2)
            for item in _OWN_ITEM_SPLIT.split(_OWN_ITEM_END.sub("", m.group("x"))):
                label = " ".join(item.split()).strip(" ,.")
                if not label or _NOT_OWN.match(label) or len(label.split()) > 6 or \
                        _COMPARED.search(label):  # "known half-lives > 50 hours": no drug
                    continue
                whole = THERAPIES.findall(label)
                if len(whole) == 1 and whole[0][0] == 0 and whole[0][1] == len(label):
                    label = qualified_therapy(label, whole[0][2], 0, len(label))[0]
                if label in labels:
                    continue
                labels.append(label)
                s = inner + m.start("n")
                out.append((s, inner + m.end("x"), WashoutFact(
                    start=0, end=0, min_days=days, half_lives=None, rule=None, therapy=label)))
    return out


#: Between two therapies of one list.
_THERAPY_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:or|and|and/or)\s+)?|(?:or|and|and/or|/)\s+)"
                               r"(?:(?:other|any|prior|previous)\s+)?")


def _listed_after(low: str, hits: list[tuple[int, int, str]], end: int, stop: int
                  ) -> tuple[list[str], int]:
    """Return the labels of the therapies listed right after the one ending at ``end``.

    :returns: the labels, and where the last of them ends.
    """
    out: list[str] = []
    for h_start, h_end, label in sorted(hits):
        if h_start < end:
            continue
        if h_end > stop:
            break
        named, named_start = qualified_therapy(low, label, h_start, h_end)
        # the item's own words may come first: "vitrectomy, macular surgery, or glaucoma surgery"
        at = named_start if end <= named_start < h_start else h_start
        if not _THERAPY_LIST_GAP.fullmatch(low, end, at):
            # "chemotherapy, targeted small molecule therapy, or radiation therapy": an item the
            # lexicon does not know, named by its kind of therapy, between two it knows
            unknown = _UNKNOWN_ITEM.fullmatch(low, end, h_start)
            if unknown is None:
                break
            out.append(" ".join(unknown.group("x").split()))
        out.append(named)
        end = h_end
    return out, end


#: An item of a list of therapies that the lexicon does not know, then the gap to the next.
_UNKNOWN_ITEM = re.compile(r"\s*,\s*(?:(?:or|and|and/or)\s+)?(?:(?:other|any|prior|previous)\s+)?"
                           r"(?P<x>(?:[a-z0-9-]+\s+){1,3}(?:therap(?:y|ies)|agents?|drugs?|"
                           r"inhibitors?|treatments?))" + _THERAPY_LIST_GAP.pattern)


#: The other target of a class word two targets share, after the first ("VEGF or VEGFR
#: inhibitor", "BRAF and/or MEK inhibitors").
_SHARED_CLASS = re.compile(r"\s*(?:or|and|and/or|/)\s*(?P<y>[a-z0-9-]+)\s+(?P<cls>inhibitors?|"
                           r"antagonists?|agonists?|antibod(?:y|ies)|blockers?|modulators?|"
                           r"(?:targeted\s+)?(?:therap(?:y|ies)|agents?))\b")

#: Whether an exception is written at all (a cheap test before the cue after the therapy).
_EXCEPT_HINT = re.compile(EXCEPTED_CUE)


#: Where a clause turns to another rule: "… and no prior …", "… or patients who …".
_CLAUSE_TURN = r"\s+(?:and|or)\s+(?:no|not|must|should|patients?|subjects?)\b"


def _cue_after(cues: str) -> re.Pattern[str]:
    """Compile a cue of ``cues`` a few words after a therapy or window, perhaps in a bracket."""
    return re.compile(r"(?:[^.;:()]|\([^()]{0,80}\)){0,40}?[\s,(]\s*(?:with\s+the\s+)?(?:" + cues
                      + r"|exception\s+of)\b(?:\s+for\b)?")


#: An exception cue after a washout's therapy or window ("unless" states a condition instead:
#: "unless the patient has recovered").
_WASHOUT_EXCEPT = _cue_after(EXCEPTED_CUE)
#: Where a washout's exception ends: its clause (not at the dots of "e.g."), a bracket, a
#: relative clause or a verb, or the washout's own window.
_WASHOUT_EXCEPT_END = re.compile(r"(?<![a-z]\.[a-z])\.(?![a-z]\.)|[;:)\[]|" + _CLAUSE_TURN +
                                 r"|,?\s+(?:within|in\s+the\s+(?:last|past|previous)|during|"
                                 r"at\s+least|prior\s+to|before|since|from\s+\d+|in\s+(?:the\s+|a\s+)?"
                                 r"(?:period|\d+|one|two|three|four|five|six|eight|twelve))\b|,\s*(?:in\s+which|which|"
                                 r"who|that|must|should|as\s+long|are|is|will|as\s+(?:determined|"
                                 r"judged|assessed|deemed|defined))\b")
_DANGLING = re.compile(r"\s*\([^()]*$|(?:\s+(?:and|or|and/or))+$")


#: An allowance in a bracket after the therapy or the window: "(topical steroids are allowed)".
_ALLOWED_IN_BRACKET = re.compile(r"\s*\(\s*(?P<x>[a-z0-9][^()]{2,60}?)\s+(?:is|are)\s+"
                                 r"(?:acceptable|allowed|permitted)\s*\)")


#: What a window is counted back from, between the window and a bracket of exceptions:
#: "surgery within 3 months prior to Day -1 (other than minor cosmetic surgery)".
_WINDOW_ANCHOR = re.compile(r"\s*" + WINDOW_ANCHOR + r"\s*")


def _washout_exception(low: str, at: int) -> tuple[str, int, bool] | None:
    """Return (text, end, bracketed) of an exception after a washout's therapy or window.

    ``at`` is where the therapy (or the window) ends; ``bracketed`` says the exception is in a
    bracket right after it (one that opens later is about other words, and gives None).
    "Major surgery, other than diagnostic surgery, within 4 weeks", "systemic chemotherapy (with
    the exception of hydroxyurea) within 14 days", "radiotherapy within 4 weeks, except for
    palliative radiotherapy". A list that follows ("except as follows:") is not read.
    """
    cue = _WASHOUT_EXCEPT.match(low, at)
    if cue is None:
        allowed = _ALLOWED_IN_BRACKET.match(low, at)  # "(intranasal steroids are acceptable)"
        if allowed is None:
            return None
        return " ".join(allowed.group("x").split()), allowed.end(), True
    stop = _WASHOUT_EXCEPT_END.search(low, cue.end())
    words = low[cue.end():stop.start() if stop else len(low)]
    text = _DANGLING.sub("", " ".join(words.strip(" ,:-").split())).strip(" ,:-")
    if not text or len(text) > 120 or text.startswith(("as follows", "the following")):
        return None
    lead = low[at:cue.end()]
    opened = lead.rfind("(")
    bracketed = opened >= 0 and ")" not in lead[opened:]
    if bracketed and lead[:opened].strip() and not _WINDOW_ANCHOR.fullmatch(lead[:opened]):
        return None  # about words after the therapy: "… or systemic radiotherapy (except …)"
    return text, cue.end() + len(words.rstrip(" ,:-")), bracketed


#: Verbs of taking a drug, before the drug's name: "received", "treatment with", "use of".
_TAKEN_VERBS = (r"receiv(?:ed|ing|e)|treated\s+with|treatment\s+with|taken|taking|use\s+of|used|"
                r"exposure\s+to|exposed\s+to|administration\s+of|therapy\s+with")
TAKEN_HINT = re.compile(r"\b(?:" + _TAKEN_VERBS + r")")
#: A drug named after such a verb and right before a time window: "received adalimumab within
#: 27 days", "treatment with SSRIs within 2 weeks", "use of CYP3A4 strong inhibitors within 1 week".
_TAKEN = re.compile(
    r"\b(?:" + _TAKEN_VERBS + r")\s+"
    r"(?:(?:any|a|an|the|with|of|prior|previous|concomitant|current|chronic|regular|other)\s+)*"
    r"(?P<x>[a-z0-9](?:[^.;:()\[\]<>≤≥]|\([^().;]{0,30}\)){1,120}?)\s*$")
#: Words that show the object is not a drug taken (a visit, a donation, the study's own drug).
_NOT_A_DRUG = re.compile(r"stud(?:y|ies)|\bdoses?\b|consent|screening|visit|randomi|enrol|"
                         r"measurement|assessment|evaluation|imaging|"
                         r"\btests?\b|\bscans?\b|exam|blood(?!\s+products?)|plasma|sample|donat|"
                         r"alcohol|abuse|substance|"
                         r"informed|diagnos|hospital|contracep|birth\s+control|pregnan|\bthis\b|"
                         r"\bthese\b|\bit\b|\bthem\b|care|advice|instruction|counsel|"
                         r"\bpatients?\b|\bsubjects?\b|following|minimum|maximum|\btheir\b|"
                         r"\bhis\b|\bher\b|radiograph|x-ray|documented|tubercul|covid|sars|"
                         r"infect|virus|\bperson|\bdrinks?/|\bas\s+needed\b|"
                         # tobacco and recreational drugs, unless a therapy or medicine of them
                         # ("nicotine replacement therapy", "cannabinoid based medications")
                         r"(?:tobacco|nicotine|cigar|smok|vap(?:e|ing)\b|cannabis|marijuana)"
                         r"(?!.*(?:therap|medic|replacement|cessation|substitut|cbd|cannabinoid))")


#: A drug that a criterion opens with, right before its window: "Methotrexate within 6 weeks of
#: study initiation", "Strong CYP3A4 inhibitors within 28 days".
_LEADING = re.compile(
    r"\s*(?:(?:any|prior|previous|recent|concomitant|concurrent|current|other|another|no|"
    r"(?:history|presence|history\s+or\s+presence)\s+of|(?:use|usage|receipt|intake|ingestion|"
    r"consumption|application|administration|initiation|initiation\s+or\s+titration|exposure)"
    r"\s+(?:of|to)|(?:has|have)\s+had|had|"
    r"(?:treatment|therapy)\s+with)\s+)*(?P<x>[a-z0-9][a-z0-9 ,/'-]{1,60}?)\s+"
    # its examples in a bracket: "weight loss medications (e.g. orlistat) within 3 months"
    r"(?:\((?:e\.g\.?|eg|such\s+as|including|i\.e\.?)[^()]{1,80}\)\s*)?"
    # or the word for taking it: "Statin use in the last 6 months", "pre-operative opioid usage
    # within the last six months"; not a drug use that is abuse ("injecting drug use")
    r"(?:(?<!drug\s)(?<!drugs\s)(?:use|usage|intake|taken|administered)\s+)?"
    r"(?=within\b|in\s+the\s+(?:last|past|previous|preceding)\b|during\s+the\s+(?:last|past)\b)")
#: The last word of a drug's name: a word stem of the WHO's International Nonproprietary Names
#: ("-mab", "-tinib", "-trexate"…), or a word naming a kind of drug.
_DRUG_WORD = re.compile(
    r"(?:[a-z]{2,}(?:mab|nib|ciclib|parib|lisib|zomib|platin|taxel|rubicin|mycin|micin|cillin|"
    r"cycline|floxacin|azole|vir|pril|sartan|olol|dipine|statin|prazole|tidine|dronate|gliptin|"
    r"glutide|gliflozin|xaban|gatran|parin|trexate|tabine|lutamide|limus|mustine|phamide|azepam|"
    r"zolam|oxetine|triptyline|pramine|apine|peridol|setron|cept|kinra|relix|relin|ifen|profen)|"
    r"inhibitors?|inducers?|agonists?|antagonists?|blockers?|modulators?|antibod(?:y|ies)|"
    r"immuni[sz]ations?|supplements?|medications?|medicines?|drugs?|compounds?|products?|"
    r"therap(?:y|ies)|injections?|infusions?|insulins?|interferons?|toxins?|botox|"
    r"anti[a-z]{4,}s|[a-z]*(?:lytics?|diazepines?|opioids?|steroids?|nsaids?|ssris?|snris?|ppis?|"
    r"statins?|diuretics?|stimulants?|neuroleptics?|analgesics?|sedatives?|hypnotics?|laxatives?|"
    r"vitamins?|antacids?|dmards?))$")
#: Drugs that are no therapy (what was used for pleasure), and a drug that is not one had: one
#: to come ("intend to use", "the possibility to start"), one that failed or that the disease
#: progressed on, a change of dose, a count of doses (words before the window); one allowed.
_NOT_THERAPY = re.compile(r"\b(?:illicit|recreational|street|illegal|abuse|intend\w*|plan\w*|"
                          r"possib\w*|expect\w*|fail\w*|start\w*|need\w*|requir\w*|will|"
                          r"scheduled|at\s+least|change[sd]?|adjust\w*|progress\w*|relaps\w*|"
                          r"\d+\s+or\s+more)\b")
_ALLOWED_AFTER = re.compile(r"\b(?:allowed|permitted)\b")


@lru_cache(maxsize=8)
def leading_drug(low: str) -> tuple[str, int, int] | None:
    """Return (label, start, end) of a drug named at the start of ``low``, before a window.

    Cached: the washout reader asks it for one text in its gate and again when no verb names
    the drug.
    """
    m = _LEADING.match(low)
    if m is None:
        return None
    label, x = _drug_name(m.group("x"))
    last = label.rsplit(" ", 1)[-1]
    if not label or label in _GENERIC_DRUG or _DRUG_WORD.match(last) is None or \
            _NOT_A_DRUG.search(label) or _NOT_THERAPY.search(low, 0, m.end()) or \
            _ALLOWED_AFTER.search(low, m.end()) or \
            CONDITION_LEXICON.findall(label):
        return None
    return label, m.start("x"), m.start("x") + len(x.rstrip())


#: How often or how far apart, where a drug's name would stand: "cannabis use of more than twice
#: per week one month prior", "2 values taken at least 2 months apart" (not "more than two
#: antipsychotic drugs", a count of drugs).
_HOW_OFTEN = re.compile(r"(?:(?:more|less|fewer|greater)\s+than|at\s+least|up\s+to|"
                        r"no\s+more\s+than)\s+"
                        r"(?:once|twice|\S+\s+times\b|\S+\s+(?:hours?|days?|weeks?|months?|years?)"
                        r"\s+apart\b)")


def _named(low: str, window: int) -> tuple[str, int, int] | None:
    """Return (label, start, end) of a drug named right before the window at ``window``."""
    while window > 0 and low[window - 1].isalpha():  # the window's first word ("within")
        window -= 1
    m = _TAKEN.search(low, max(0, window - 120), window)
    if m is None:
        lead = leading_drug(low)
        return lead if lead is not None and lead[2] <= window else None
    while m.group("x").startswith(("or ", "and ")) and (
            again := _TAKEN.search(low, m.start("x"), window)) is not None:
        m = again  # "currently receiving or has received stiripentol": the last verb's object
    label, x = _drug_name(m.group("x"))
    if not label or len(label.split()) > 10 or label in _GENERIC_DRUG or \
            label.startswith(("and ", "or ", "type of", "kind of", "for ", "to ", "in ", "of ")) \
            or _NOT_A_DRUG.search(label) or _HOW_OFTEN.match(label):
        return None  # not "X-rays or scans used for tumor measurement completed within 28 days"
    if (found := CONDITION_LEXICON.findall(label)) and found[0][:2] == (0, len(label)):
        return None  # "exposure to varicella during 15 days": a disease met, no drug taken
    return label, m.start(), m.start("x") + len(x.rstrip())


#: Where a drug's name ends before words about how long or why it was taken.
_LABEL_END = re.compile(r",?\s+or\s+(?:who|that|which|have|has|had|received)\b|"
                        r"\s+(?:for|currently|initiated|started|less\s+than|more\s+than|greater\s+"
                        r"than|at\s+least|no\s+more|or\s+with|with|up\s+to|is|are|during|"
                        r"within|(?:in|over)\s+the\s+(?:last|past|previous|preceding))\b|"
                        r"\s*\(?\s*[<>]=?|"
                        # a note on the part of the trial: "No prior irinotecan (phase II)"
                        r"\s*\(\s*(?:phase|part|cohort|arm|stage)\s+[a-z0-9/ ,-]{1,20}\)|"
                        # an exception in a bracket is the washout's ("psychotropic medications
                        # (other than benzodiazepines) within 7 days")
                        r"\s*\(\s*(?:other\s+than|except|excluding|apart\s+from|with\s+the\s+"
                        r"exception)\b|"
                        # … or after it: "medication to treat diabetes except gestational
                        # diabetes"
                        r",?\s+(?:except|excluding|apart\s+from|with\s+the\s+exception|"
                        r"other\s+than)\b|"
                        # the exception right after the verb: "No prior therapy with the
                        # exception of prior radiation therapy"
                        r"^(?:the\s+)?exception\s+of\b")


def _drug_name(x: str) -> tuple[str, str]:
    """Cut a drug's name where words about how long or why it was taken begin.

    :returns: the label (spaces collapsed, stray commas and dashes stripped) and the cut text.
    """
    cut = _LABEL_END.search(x)
    if cut is not None:
        x = x[:cut.start()]
    # examples in a bracket are no part of the name: "opioid agonists (eg, codeine, oxycodone)
    # or opioid antagonists (eg, naloxone)"
    label = _EXAMPLES.sub("", x) if "(" in x else x
    return " ".join(label.split()).strip(" ,-"), x


_EXAMPLES = re.compile(r"\s*\(\s*(?:e\.?\s?g\.?|i\.?\s?e\.?|such\s+as|including|"
                       r"for\s+example)[,:]?\s[^()]*\)")


#: A drug the lexicon does not know, named right after "since prior" ("At least 2 weeks since
#: prior vincristine", "≥ 8 weeks since the last dose of Strontium-89"); not what the patient did
#: ("since prior and no concurrent participation in another clinical trial").
_SINCE_NAMED = re.compile(
    r"\s+since\s+(?:the\s+)?(?:(?:last|final)\s+(?:dose|administration|infusion)\s+of\s+"
    r"(?:prior\s+)?|prior\s+|previous\s+|last\s+|completion\s+of\s+(?:prior\s+)?)"
    r"(?:(?:and\s+no\s+(?:other\s+)?concurrent|(?:use|administration|receipt)\s+of|"
    r"(?:treatment|therapy)\s+with)\s+)*"
    r"(?:any\s+|an?\s+)?(?P<x>[a-z0-9][^.;:()\[\],]{1,80}?)"
    r"(?=\s*(?:[.;:(\[,]|$)|\s+(?:for|and\s+recovered|and\s+no|or\s+any\s+other|prior\s+to|"
    r"before|known|that|which|unless|except)\b)")


_AT_MOST_BEFORE = re.compile(r"(?:<|≤|=<)\s*$")
#: After "≤ 4 weeks": words that make it no time since a therapy.
_AT_MOST_NOT_SINCE = re.compile(r"\s*(?:of|per|after|following)\b")


#: "… must have elapsed since the HSCT": what the time is counted from, after a verb that says
#: it is a time since.
_ELAPSED_SINCE = re.compile(
    r"\s+" + _ELAPSED + r"\s+(?:since|from)\s+(?:the\s+)?(?:time\s+of\s+)?"
    r"(?:(?:last|prior|previous|final)\s+)?"
    r"(?:(?:dose|administration|infusion|completion)\s+of\s+)?(?:the\s+)?(?:any\s+|an?\s+)?"
    r"(?:(?:receiving|receipt\s+of|use\s+of)\s+)?"
    r"(?P<x>[a-z0-9][^.;:()\[\],]{1,80}?)"
    r"(?=\s*(?:[.;:(\[,]|$)|\s+(?:for|and|or\s+any\s+other|prior\s+to|before|known|that|which|"
    r"unless|except|to|by|in|so)\b)")


def _since_named(low: str, at: int) -> tuple[str, int, int] | None:
    """Return (label, start, end) of a drug named right after "since prior" at ``at``."""
    m = _SINCE_NAMED.match(low, at) or _ELAPSED_SINCE.match(low, at)
    if m is None:
        return None
    label, x = _drug_name(m.group("x"))
    if not _names_a_drug(label) or CONDITION_LEXICON.findall(label):
        return None  # "since prior pulmonary hemorrhage": an event
    return label, m.start("x"), m.start("x") + len(x.rstrip(" ,-"))


def _names_a_drug(label: str) -> bool:
    """Whether words read where a drug's name stands can name one.

    Not empty or long, not a generic word ("treatment"), not what no drug is (a visit, a study,
    an infection), not a pointer to a list ("the following"), and not opened by a count, a vague
    word or an act ("participation in another trial").
    """
    return bool(label) and len(label.split()) <= 8 and label not in _GENERIC_DRUG and \
        not _NOT_A_DRUG.search(label) and not label.startswith(_LIST_AHEAD) and \
        label.split()[0] not in _NOT_DRUG_START


#: Words too generic to name what was taken.
_GENERIC_DRUG = frozenset({"treatment", "treatments", "therapy", "therapies", "medication",
                           "medications", "drug", "drugs", "agent", "agents", "product",
                           "products", "a", "an", "any", "medicine", "medicines"})


#: Between a therapy and its window: what happened on the therapy, not the time since it.
_NOT_SINCE = re.compile(r"progress|relaps|recurren|recurred|\bresponded\b|\bfailed\b")
#: The disease coming back a time after a therapy named next: "recurrence … within 12 months
#: from the completion of".
_EVENT_AFTER_THERAPY = re.compile(r"\b(?:progress|relaps|recurren|recurred)\w*[^.;]{0,60}?"
                                  r"\b(?:within|after|from|following)\b[^.;,]{0,50}$")
#: A therapy's start, right before it: "Initiation of", "has started treatment with", "initiated
#: or reinitiated the use of", "Initiation of or change in dosage of".
_STARTED_BEFORE = re.compile(
    # … or a change of it: "Change in topical corticosteroid regimen within 14 days"
    r"\bchang\w*\s+(?:in|of|to)\s+(?:the\s+|their\s+|any\s+)?(?:(?:dos\w*|regimen)\s+(?:of\s+)?|"
    r"(?:treatment|therapy)\s+(?:with\s+)?(?:an?\s+|the\s+)?)?$|"
    # "Start of treatment with an immunosuppressive agent ≤3 months prior to screening"
    r"\bstart\s+of\s+(?:treatment|therapy)\s+with\s+(?:an?\s+|the\s+)?$|"
    r"\b(?:(?:re-?)?initiat\w*|start(?:ed|ing)|began|begun|commenc\w*)\s+(?:(?:of|or)\s+)?"
    r"(?:(?:re-?)?initiat\w*\s+(?:of\s+)?)?"
    r"(?:(?:the\s+)?(?:use|treatment|therapy)\s+(?:of|with)\s+)?(?:(?:any|an?|the|new)\s+)?$")
#: … or after it, before the window: "diuretics initiated within 2 weeks".
_STARTED_AFTER = re.compile(r"\s*(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:not\s+)?"
                            r"(?:initiated|started|begun|commenced)\s*")
#: A therapy that a condition needed.
_REQUIRING_BEFORE = re.compile(r"\b(?:requiring|needing|(?:that|which)\s+(?:(?:has|have|had)\s+)?"
                               r"(?:required|requires?|needed|needs))\s+(?:[a-z-]+\s+){0,5}"
                               # "… requiring medical intervention (immunosuppressive
                               # medications or surgery) ≤12 months"
                               r"(?:\(\s*(?:(?:e\.?\s?g|i\.?\s?e)\.?,?\s*|such\s+as\s+|"
                               r"including\s+)?(?:[a-z-]+\s+){0,3})?$")


#: A therapy still to come: "anticipated major surgical procedures", "planned surgery".
_FUTURE_BEFORE = re.compile(r"\b(?:anticipated|planned|scheduled|expected|upcoming|foreseen|"
                            r"intended|planning|plans?)\s+(?:to\s+)?(?:need\s+(?:for|of)\s+)?"
                            r"(?:[a-z-]+\s+){0,2}$")
#: A window that ends at the study's start: "within 7 days prior to …".
_BEFORE_START = re.compile(r"\s*\)?\s*(?:prior\s+to|before|preceding)\b")
#: A word of one had before: written before the one to come ("recently received or scheduled
#: to receive"), or between a bare "no" and the therapy ("no prior or concurrent radiotherapy").
_PAST_TOO = re.compile(r"\b(?:recent|recently|received|receiving|undergone|had|current|"
                       r"currently|prior|previous|history|used|treated|exposure)\b")
#: An event a therapy treated, written before it.
_EVENT_BEFORE = re.compile(r"\b(?:exacerbations?|episodes?|flares?|attacks?|worsening)\b"
                           r"[^.;]{0,80}?\b(?:treated\s+with|managed\s+(?:by|with)|requiring|"
                           r"required|needing|with)\b[^.;]{0,25}$")


#: A small count, in digits or words ("two prior lines").
_FEW = r"(?:\d{1,2}|one|two|three|four|five|six)"
#: Up to three words between a count and the lines or therapies counted ("2 prior standard
#: chemotherapy regimens"); not a unit or a clause ("≤ 10 days of prior therapy", "grade > 2
#: related to prior therapy", "two cycles of chemotherapy").
_COUNTED_WORDS = (r"(?:(?!(?:of|to|for|with|in|on|days?|weeks?|months?|years?|hours?|cycles?|"
                  r"doses?|mg|related|due)\b)[a-z-]+\s+){0,3}")
#: What a count of prior lines counts: "2 prior standard chemotherapy regimens", "3 lines of
#: therapy".
_COUNTED_TAIL = (r"(?:prior\s+|previous\s+|lines?\s+of\s+|courses?\s+of\s+)*" + _COUNTED_WORDS +
                 r"(?:lines?|regimens?|therap(?:y|ies)|treatments?|chemotherap(?:y|ies))\b")
#: A cap on prior lines: "no more than 2 prior chemotherapy regimens", "≤ 1 previous line of
#: chemotherapy", "up to three previous treatment lines", "may not have had > 3 prior regimens".
_CAP_LINES = re.compile(
    r"(?P<cmp>(?:no|not)\s+more\s+than|at\s+most|up\s+to|(?:a\s+)?maximum\s+(?:of\s+)?|<=|≤|=<|"
    r"(?:fewer|less)\s+than|<|not\s+(?:have\s+)?(?:had|received)\s+(?:>|more\s+than))\s*"
    r"(?P<n>" + _FEW + r")\s*(?:\(\d\)\s*)?" + _COUNTED_TAIL)
#: A cap below its count: "fewer than 3 prior regimens" allows 2.
_BELOW_COUNT = re.compile(r"(?:less|fewer)\s+than|<(?!=)")
#: A count of prior lines an exclusion rules out: "more than 2 prior chemotherapy regimens",
#: "≥ 3 prior lines of therapy", "3 or more prior regimens".
_OVER_LINES = re.compile(
    r"(?:(?P<cmp>(?:more|greater)\s+than|>=|≥|>|at\s+least|over)\s*(?:\(\s*[>≥]\s*\)\s*)?"
    r"(?P<n>" + _FEW + r")"
    r"|(?P<n_>" + _FEW + r")\s+or\s+more)\s*(?:\(\d\)\s*)?" + _COUNTED_TAIL)
_AT_LEAST_WORDS = frozenset({">=", "≥", "at least"})
#: A least count written before a cap: "at least one, but no more than 3 prior regimens".
_AT_LEAST_BEFORE = re.compile(r"(?:\bat\s+least\s+|≥\s*|>=\s*)(" + _FEW + r")\b[^.;]{0,40}$")
#: "at least", "≥", "a minimum of" before a count.
_AT_LEAST = r"(?:at\s+least|≥|>=|a\s+minimum\s+of|minimum\s+of)\s*"
_LINES = re.compile(
    _AT_LEAST + r"(?P<n>" + _FEW +
    r")\s*(?:or\s+more\s+)?"
    r"(?:prior\s+|previous\s+|standard\s+|systemic\s+|lines?\s+of\s+)*(?:lines?|regimens?)"
    r"|(?P<n2>" + _FEW + r")\s*(?:or\s+more\s+)?(?:prior\s+|previous\s+)*(?:lines?|regimens?)"
    r"(?=\s+of\b|\s+(?:of\s+)?(?:systemic|chemo|therapy|treatment)|[\s,.;]|$)"
    r"|(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ]line\s+(?:or\s+(?:above|more|later|"
    r"higher)|and\s+(?:above|beyond)|or\s+subsequent)"
    # "at least one prior therapy", "≥ 2 previous systemic treatments"
    r"|" + _AT_LEAST + r"(?P<n3>" + _FEW + r")\s*"
    r"(?:or\s+more\s+)?(?:prior|previous)\s+(?:systemic\s+|standard\s+|anti-?cancer\s+)?"
    r"(?:therap(?:y|ies)|treatments?)\b"
    # "at least one prior chemotherapy regimen", "≥ 2 prior platinum-based regimens"
    r"|" + _AT_LEAST + r"(?P<n4>" + _FEW + r")\s*"
    r"(?:or\s+more\s+)?(?:prior|previous)\s+(?:[a-z][a-z-]*\s+){1,3}?regimens?\b"
)
_STRONG = re.compile(r"fail|refractory|progress|relaps|intoleran|lines?\b|regimens?\b")
_GENERIC = re.compile(r"(?:prior|previous)\s+(?:therap(?:y|ies)|treatments?|agents?)")
_PERMISSIVE = re.compile(r"\b(?:allowed|permitted|acceptable|may\s+(?:be|have|enroll|participate)|"
                         r"can\s+be|are\s+eligible|is\s+eligible)\b|"
                         # a criterion that opens by saying there is no limit: "There is no limit
                         # on prior courses of chemotherapy"
                         r"^(?:there\s+(?:is|are)\s+)?no\s+(?:limit|restriction|maximum)s?\s+"
                         r"(?:on|to|of|for|regarding)\b")
#: What a generic "prior treatment with …" names, as written.
_NAMED = re.compile(r"\s+(?:with|using|including|containing)\s+(?:an?\s+|the\s+|any\s+|other\s+|"
                    r"of\s+|one\s+)*(?!(?:the\s+)?exception\b)"
                    r"(?P<x>(?:[^,.;:()\[\]·•]|\([a-z0-9 -]{1,12}\)){2,80}?)(?=\s*(?:[,.;:)\[\]·•]|"
                    r"\((?![a-z0-9 -]{1,12}\))|$|"
                    r"\s+(?:for|within|in|or|and|at|during|before|prior)\b))")
#: A short bracket inside a drug's name: "glucagon like peptide-1 (GLP-1) agonists", "poly
#: (ADP-ribose) polymerase inhibitor".
_SHORT_BRACKET = re.compile(r"\s*\(([a-z0-9 -]{1,12})\)")
_INITIALS = re.compile(r"[a-z0-9]+")


def _without_abbreviations(name: str) -> str:
    """Drop the abbreviations in brackets from a drug's name, keeping the brackets of the name.

    "glucagon like peptide-1 (glp-1) agonists" is "glucagon like peptide-1 agonists"; "poly
    (adp-ribose) polymerase (parp) inhibitor" keeps "(adp-ribose)". An abbreviation's first
    letter opens one of the words before it and its other letters follow in order.
    """
    def drop(m: re.Match[str]) -> str:
        letters = "".join(_INITIALS.findall(m.group(1)))
        for w in list(_INITIALS.finditer(name, 0, m.start()))[-8:]:
            if w.group()[0] == letters[0]:  # the first letter opens a word, the others follow
                rest = iter(name[w.start() + 1:m.start()])  # in order: the words restated
                if all(ch in rest for ch in letters[1:]):
                    return ""
        return m.group()
    return " ".join(_SHORT_BRACKET.sub(drop, name).split())
#: Words that point at a list written after them instead of naming a therapy.
_LIST_AHEAD = ("following", "these", "those", "below", "listed", "such")
_RANGE_BEFORE = re.compile(r"\b(\d|one|two|three|four|five)\s*(?:-|to|or)\s*\w?$")
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_REQUIRED = re.compile(
    r"(?:failed|failure\s+of|failure\s+to|refractory\s+to|relapsed\s+(?:after|following)|"
    r"progress\w*\s+(?:on|after|following|during)|(?:have|has)\s+(?:been\s+)?(?:previously\s+)?"
    r"(?:received|treated)|previously\s+(?:received|treated)|intoleran\w+\s+to|"
    r"after\s+(?:at\s+least|≥)|received\s+(?:at\s+least|≥))")
_EXCLUDED = re.compile(
    r"(?:prior(?!\s+to\b)|previous(?:ly)?|history\s+of|have\s+(?:used|received)|has\s+(?:used|received)|"
    r"treated\s+with|received|exposure\s+to|used)\b")
#: A recovery that is missing, before a therapy: "failure to recover from", "not recovered from".
_NOT_RECOVERED = re.compile(r"\b(?:fail\w*\s+to\s+|not\s+(?:yet\s+)?(?:fully\s+)?|un)recover\w*\s+"
                            r"(?:fully\s+)?from\s+(?:the\s+)?(?:effects\s+of\s+)?(?:any\s+|an?\s+)?"
                            r"(?:prior\s+|previous\s+|recent\s+)?$")


def _not_recovered_from(low: str, at: int) -> bool:
    """Whether a missing recovery is written right before a therapy starting at ``at``."""
    return "recover" in low and _NOT_RECOVERED.search(low, max(0, at - 40), at) is not None


#: Between the cue and the therapy: the therapy is what a reaction was to ("history of
#: hypersensitivity to dexamethasone") or what a condition needed ("history of pneumonitis that
#: required steroids"), not a prior therapy.
_NOT_PRIOR_GAP = re.compile(r"sensitiv|allerg|intoleran|contraindicat|reactions?\b|\bthat\b|"
                            # a therapy an exception allows: "history of CNS metastasis unless
                            # the patient has had treatment with surgery or radiation therapy"
                            r"\bwhich\b|requir|\bunless\b|\bexcept")
#: Between a bare "no" and the therapy: one to come or given alongside ("no plans to receive
#: concurrent chemotherapy"), not one had before; not with a past word ("no prior or concurrent").
_TO_COME_GAP = re.compile(r"\bplan|concurrent|concomitant|\bwill\b")
#: Before the cue: the therapy is what toxicities came from ("recovered from the toxic effects
#: of prior chemotherapy and radiotherapy", "… from the toxic effects of the previous
#: chemotherapy"), not one had or never had.
_EFFECTS_OF = re.compile(
    r"(?:" + TOXICITY_WORDS + r")\w*(?:\s+(?:effects?|events?|reactions?))?"
    r"\s+(?:of|from|due\s+to|related\s+to|associated\s+with|attributed\s+to)"
    r"\s+(?:(?:any|all|the)\s+)?$")
#: After a required therapy: another way to qualify without it ("… or for which no standard
#: therapy exists", "… or not a candidate for it", "… or declined it"): no therapy is required.
_OR_WITHOUT = re.compile(
    r"\bor\s+(?:(?:for\s+)?(?:whom|which)\s+)?(?:[a-z]+\s+){0,3}?(?:no\s+(?:standard|effective|"
    r"curative|further|available|appropriate|approved|other)\b|(?:is|are|were|was)\s+not\s+"
    r"(?:a\s+)?(?:candidates?|eligible|suitable|appropriate)\b|declin|refus|ineligible|"
    r"unwilling|(?:does|do)\s+not\s+exist|(?:is|are)\s+not\s+available|unavailable)")
#: After the therapy: a time limit ("… within the previous 30 days", "… if greater than 3 years
#: prior") makes the exclusion a washout or a conditional one, never "never had".
_TIME_LIMIT = re.compile(
    r"\b(?:within|(?:in|for|over)\s+(?:the\s+)?(?:past|last|previous|preceding)|"
    r"during\s+the\s+(?:past|last)|for\s+(?:more|less)\s+than)\b"
    r"[^.;]{0,25}?\b" + NUMBER + r"(?!\w)|"
    r"\b" + NUMBER + r"\s*" + DURATION_UNIT + r"\s+(?:prior|before|of)\b|"
    # "any cancer therapies <4 weeks or 5 half lives … of initiating study treatment"
    r"(?:<|≤|<=|=<|\bless\s+than)\s*" + NUMBER + r"\s*" + DURATION_UNIT + r"\b")
#: An exception written after an excluded therapy: "no prior chemotherapy (except for adjuvant
#: chemotherapy)", "… other than temozolomide"; its words end at the clause or bracket.
_EXCEPT_AFTER = _cue_after(EXCEPTION_CUE)
_EXCEPT_END = re.compile(r"[.;)]|" + _CLAUSE_TURN)
#: A number of prior therapies written before one: "more than 2 prior chemotherapy regimens".
_COUNT_BEFORE = re.compile(
    r"(?:(?:more|greater)\s+than|>|≥|>=|at\s+least|over)\s*" + NUMBER + r"(?!\w)[^.;]*$|"
    r"\b" + NUMBER + r"\s+or\s+more\b[^.;]*$")
#: Where radiotherapy was given: "radiotherapy to the chest", "radiation to > 25% of the bone
#: marrow", "radiation therapy involving the pelvis".
_RADIATION_SITE = re.compile(
    r"\s+(?:\([^()]{1,12}\)\s+)?(?P<prep>to|involving|directed\s+(?:at|to))\s+"
    r"(?!(?:the\s+)?(?:start|first|beginning|initiation|day|time|date|onset)\b)"
    r"(?P<site>(?:the\s+|an?\s+|any\s+)?(?:[<>≥≤]=?\s*|(?:more|greater|less)\s+than\s+)?"
    r"[a-z0-9%][a-z0-9%\s/-]{2,50}?"
    # another site after "or"/"and": "to the abdomen or the pelvis"
    r"(?:\s+(?:or|and|and/or)\s+(?:the\s+)?(?:abdomen|pelvis|chest|thorax|brain|head|neck|spine|"
    r"mediastinum|liver|lungs?|breast|bones?|skull|whole\s+brain|abdominal|pelvic)"
    r"(?:\s+(?:region|area|sites?|cavity))?)?)"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:or|and|within|for|in\s+the|during|unless|except|that|which|"
    r"if|at\s+any|prior|before)\b)")
#: The disease or setting a prior therapy was given for: "chemotherapy for metastatic disease",
#: "radiotherapy for rectal cancer", "systemic treatment in the advanced setting".
_SETTING = re.compile(
    r"(?:\s+(?:regimens?|therap(?:y|ies)|treatments?|agents?|drugs?))?"
    # "at least 1 prior line of therapy for multiple myeloma"
    r"(?:\s+of\s+(?:systemic\s+|anti-?cancer\s+)?(?:therap(?:y|ies)|treatments?))?"
    r"(?:\s*\([^()]{0,60}\))?"
    # the other therapies of its list: "…, immunotherapy, or epidermal growth factor receptor
    # inhibitors for head and neck cancer", "…, Bruton's tyrosine kinase (BTK) inhibitor therapy,
    # or monoclonal anti-body therapy for treatment of CLL"
    r"(?:(?:\s*,\s*(?:(?:or|and|and/or)\s+)?|\s+(?:or|and|and/or)\s+)(?:[a-z0-9'()-]+\s+){0,5}?"
    r"(?:[a-z-]*therap(?:y|ies)|agents?|inhibitors?|radiation|treatments?|antibod(?:y|ies)))*"
    r"\s+(?:either\s+)?(?:for|in)\s+(?:the\s+)?(?:treatment\s+of\s+)?"
    r"(?:an?\s+|their\s+|this\s+|his\s+|her\s+)?(?!(?:which|that|whom)\b)"
    r"(?P<s>(?:[a-z0-9/'-]+,?\s+){0,5}?(?:diseases?|cancers?|carcinomas?|malignanc(?:y|ies)|"
    r"tumou?rs?|setting|nsclc|sclc|crc|mcrc|mbc|crpc|mcrpc|lymphomas?|leuka?emias?|myelomas?|"
    r"melanomas?|sarcomas?|gliomas?|glioblastomas?|hcc|rcc|gist|mds|aml|cll|dcis|lcis|"
    r"lesions?|metastas[ie]s))\b")


def _setting(low: str, end: int) -> tuple[str | None, int]:
    """Return what the therapy that ends at ``end`` was given for, if the text says.

    :returns: the setting (or None) and where its words end (``end`` when there are none).
    """
    m = _SETTING.match(low, end)
    if m is None:
        if "eye" in low and (eye := eye_of(low, end)) is not None:
            return eye  # "prior trabeculectomy in the study eye"
        return None, end
    setting = " ".join(m.group("s").split())
    return (None, end) if setting in _NO_SETTING else (setting, m.end("s"))


#: Settings that say nothing ("prior chemotherapy for their disease").
_NO_SETTING = frozenset({"disease", "diseases", "cancer", "cancers", "tumor", "tumors", "tumour",
                         "tumours", "malignancy", "setting"})


#: In an inclusion criterion, a therapy the participant must not have had.
_NEVER = re.compile(
    r"\b(?:no|without\s+(?:any\s+)?(?:prior|previous)|"
    r"not\s+(?:have\s+|having\s+|had\s+)?(?:been\s+)?(?:previously\s+)?"
    r"(?:had|received|treated|exposed)|"
    r"never\s+(?:had|received|been\s+treated))\b(?!\s+(?:more|less|fewer|greater|longer|"
    r"other\s+than|evidence|sign|wash-?out|interval|period|need|requirement|minimum|restriction))"
    r"|[\s-]na[iï]ve\b")


def _same_therapy(a: str, b: str) -> bool:
    """Return whether two labels name one therapy, one maybe narrower ("pelvic radiotherapy")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def extract_prior_therapy(low: str, kind: str, skip: tuple[int, int] | None = None,
                          therapies: list[tuple[int, int, str]] | None = None,
                          washed: tuple[tuple[int, int, str | None], ...] = ()
                          ) -> list[tuple[int, int, PriorTherapyFact]]:
    """Read a prior-therapy requirement (inclusion) or exclusion.

    :param low: lower-cased, normalised criterion text.
    :param kind: ``inclusion`` or ``exclusion``.
    :param skip: a span already read as a washout, whose therapy is not read again.
    :param therapies: :data:`THERAPIES` hits in ``low`` (found here when None).
    :param washed: ``(start, end, therapy)`` of the washouts read from the criterion: in the
        same sentence, an exclusion does not also say that the participant never had that
        therapy ("an investigational product within 30 days or planned receipt of an
        investigational product").
    :returns: facts with their spans in ``low``.
    """
    if kind == "exclusion" and "within" in low and (
            unstated := _UNSTATED_WINDOW.search(low)) is not None and \
            not SENTENCE_BREAK.search(low, 0, unstated.start()):
        return []  # "Subject has received a biologic DMARD within the specified period": a
        # washout whose length is written elsewhere, no therapy never had
    if therapies is None:
        therapies = THERAPIES.findall(low)
    if not therapies and not ("line" in low or "regimen" in low):
        return _named_prior(low, kind)
    lines = _LINES.search(low) if ("line" in low or "regimen" in low or "least" in low
                                   or "≥" in low or ">=" in low) else None
    min_lines = None
    range_top = None
    if lines is not None:
        if lines.group("ord"):
            min_lines = _ORD[lines.group("ord")]
        else:
            n = parse_number(lines.group("n") or lines.group("n2") or lines.group("n3")
                             or lines.group("n4") or "")
            lo = _RANGE_BEFORE.search(low, max(0, lines.start() - 10), lines.start() + 1)
            if lo is not None and n:  # "1-3 prior regimens", "one or two prior lines"
                top = n
                n = min(n, parse_number(lo.group(1)) or n)
                if top > n:
                    range_top = int(top)  # … and at most 3, 2
            min_lines = int(n) if n else None
    if _PERMISSIVE.search(low):
        return []
    max_lines = range_top if kind == "inclusion" else None
    capped: list[tuple[int, int, PriorTherapyFact]] = []
    if kind == "inclusion" and (cap := _CAP_LINES.search(low)) is not None and \
            (n := parse_number(cap.group("n"))):
        # "≤ 1 previous line of chemotherapy", "no more than 2 prior chemotherapy regimens": a
        # cap, none required; "at least one, but no more than 3 prior regimens": the least is
        # the one written before the cap
        max_lines = int(n) - 1 if _BELOW_COUNT.match(cap.group("cmp")) else int(n)
        floor = _AT_LEAST_BEFORE.search(low, max(0, cap.start() - 60), cap.start())
        if floor is not None:
            n = parse_number(floor.group(1))
            min_lines = int(n) if n else None
            lines = lines or cap
        elif lines is not None and lines.end() <= cap.start():
            # "at least 1 prior line of chemotherapy in the adjuvant and/or metastatic setting,
            # but not more than 2 regimens in the metastatic setting": a least of its own, and
            # a cap on another count
            capped = _capped(low, cap, max_lines, therapies)
            max_lines = None
        else:
            return _capped(low, cap, max_lines, therapies)
    never = _NEVER.search(low) if kind == "inclusion" else None
    required = _REQUIRED.search(low) if never is not None else None
    if never is not None and lines is None and (
            required is None or never.start() <= required.start() <= never.end()
            or required.end() <= never.start() <= required.end() + 2):
        # ... and "must have received no previous radiotherapy": the cue reads "received"
        # "No prior chemotherapy", "chemotherapy-naive": what an inclusion rules out
        return _never_had(low, never, therapies, skip, washed, min_lines, reach=30)
    if kind == "inclusion":
        cue = _REQUIRED.search(low)
        if cue is None and lines is None:
            return []
        anchor = cue if cue is not None else lines
        assert anchor is not None  # both None returned above
        if _OR_WITHOUT.search(low, anchor.start(), anchor.end() + 160):
            return []  # "failed standard therapy or for which no standard therapy exists"
        if cue is not None and _EFFECTS_OF.search(low, max(0, cue.start() - 40), cue.start()):
            return []
        if skip is not None and lines is None and not _STRONG.search(low):
            return []  # "prior chemotherapy must have ended at least 28 days ago" is a washout
        therapy = _therapy(low, therapies)
        if therapy is None:
            if lines is None:
                return []
            therapy = ("systemic therapy", lines.start(), lines.end())
        start, end = min(anchor.start(), therapy[1]), max(anchor.end(), therapy[2])
        if lines is not None:
            start, end = min(start, lines.start()), max(end, lines.end())
        labels, list_end = _with_listed(low, therapies, therapy)
        setting, setting_end = _setting(low, list_end)
        # "prior chemotherapy or immunotherapy": one of them; "platinum and a taxane": both
        either = len(labels) > 1 and _OR_IN.search(low, therapy[2], list_end) is not None
        return [(start, max(end, list_end, setting_end),
                 PriorTherapyFact(start=0, end=0, therapy=label, required=True,
                                  min_lines=min_lines, max_lines=max_lines, setting=setting,
                                  any_of=1 if either else None))
                for label in labels] + capped
    cue = _EXCLUDED.search(low)
    if cue is None:
        return []
    return _never_had(low, cue, therapies, skip, washed, min_lines)


#: A window whose length the criterion does not state.
_UNSTATED_WINDOW = re.compile(r"\bwithin\s+(?:the|a|an)\s+(?:(?:protocol[\s-]+)?specified|defined|"
                              r"indicated|stated|designated|washout|wash-out)(?:\s+[a-z]+){0,2}?"
                              r"\s+(?:periods?|times?|time\s*frames?|timelines?|windows?|"
                              r"intervals?)\b")


#: The drug's name after the lead, up to a bracket, a window or a clause of its own.
_PRIOR_X = (
    r"(?:(?:an?|any|the|other|type\s+of)\s+)*"
    r"(?P<x>[a-z0-9](?:[^.;:()\[\]]|\([a-z0-9 -]{1,12}\)){1,80}?)"
    r"(?=\s*(?:[.;:)\[\]]|\((?![a-z0-9 -]{1,12}\))|$|[≤<>]|\d+\s*(?:days?|weeks?|wks?|months?|"
    r"mos?|years?|yrs?|hours?|hrs?)\b)|\s+(?:in\s+(?:a|any|the)\b|for\s+|"
    r"within|during|at\s+any|prior\s+to|before|previously|may|can|"
    r"or\s+(?:is|are|has|have|who|participated|any\s+other\s+(?:investigational|experimental))"
    r"\b))")
#: An exclusion that opens by naming a drug the participant must never have had, when the
#: therapy lexicon does not know it: "Previous exposure to an NS5A or NS5B inhibitor", "Have
#: ever previously received rTPO, PEG-rHuMGDF, eltrombopag, or romiplostim", "Current use or
#: prior exposure to galcanezumab or another CGRP antibody".
_PRIOR_NAMED = re.compile(
    r"^(?:(?:any|known)\s+)?(?:(?:(?:patients?|subjects?|participants?)\s+with\s+(?:a\s+)?)?"
    # "Patient with history of prior exposure to decitabine"
    r"history\s+of\s+)?(?:current\s+use\s+(?:of\s+)?or\s+)?"
    r"(?:(?:prior|previous|any\s+prior)\s+(?:" + _TAKEN_VERBS + r"|receipt\s+of)|"
    r"(?:(?:patients?|subjects?|participants?)\s+(?:who\s+)?)?(?:have|has)\s+"
    r"(?:ever\s+)?(?:been\s+(?:previously\s+)?(?:treated|exposed)\s+(?:with|to)|"
    r"(?:previously\s+)?(?:received|been\s+(?:treated|exposed)\s+(?:with|to))))\s+"
    + _PRIOR_X)
#: First words of a count, a vague phrase, a clause or an act, not of a drug's name ("4 or more
#: antihypertensive drugs", "certain treatments that are contraindicated", "another new chemical
#: entity", "since prior participation in another trial").
_NOT_DRUG_START = frozenset({"or", "and", "to", "for", "prohibited", "excluded", "any", "more",
                             "certain", "another", "two", "three", "one", "a", "the",
                             "participation", "enrollment", "registration", "diagnosis",
                             "treatment", "therapy", "administration", "history", "intolerance",
                             "allergy", "severe", "unanticipated", "known", "exception"})


#: A drug named between the cue and a therapy the lexicon knows, before "or other".
_NAMED_FIRST = re.compile(r"\s*(?:(?:prior|previous)\s+)?(?:(?:use|receipt|administration)\s+of\s+|"
                          r"(?:treatment|therapy)\s+"
                          r"with\s+|exposure\s+to\s+)?(?P<x>[a-z0-9][a-z0-9-]*(?:\s+[a-z0-9-]+)?)"
                          r"\s*,?\s+(?:or|and/or|and)\s+(?:any\s+)?other\s+")
#: The drug an inclusion rules out: "No prior bevacizumab", "No prior use of ketoconazole".
_PRIOR_BARE = re.compile(r"^(?:no\s+(?:prior|previous)\s+(?:(?:use|receipt|administration)\s+of\s+|"
                         r"(?:treatment|therapy)\s+with\s+|exposure\s+to\s+)?|"
                         # "Not previously treated with insulin", "Patients must not have been
                         # previously exposed to a BTK inhibitor"
                         r"(?:(?:patients?|subjects?|participants?)\s+(?:must|should|may)\s+)?"
                         r"not\s+(?:have\s+been\s+)?previously\s+(?:treated\s+with|exposed\s+to|"
                         r"received)\s+|"
                         # "Subjects must not have had prior pazopanib therapy"
                         r"(?:(?:patients?|subjects?|participants?)\s+(?:must|should|may)\s+)"
                         r"not\s+have\s+(?:had|received)\s+(?:any\s+)?(?:prior|previous)\s+"
                         r"(?:(?:exposure|treatment|therapy)\s+(?:to|with)\s+)?)"
                         + _PRIOR_X)


def _exception_after(low: str, end: int) -> tuple[str, int] | None:
    """Return (words, end) of an exception written right after a therapy ending at ``end``."""
    cue_at = _EXCEPT_AFTER.match(low, end)
    if cue_at is None:
        return None
    stop = _EXCEPT_END.search(low, cue_at.end())
    words = low[cue_at.end():stop.start() if stop else len(low)].rstrip(" ,:-")
    text = " ".join(words.strip(" ,:-").split())
    return (text, cue_at.end() + len(words)) if text else None


def _named_prior(low: str, kind: str = "exclusion") -> list[tuple[int, int, PriorTherapyFact]]:
    """Read a drug a criterion names as never to have been had, written as it is.

    An exclusion names it after "prior use of", "have received" and the like; an inclusion
    after "No prior". A name that the condition lexicon reads ("No prior malignancy", "No prior
    allergic reaction") is no drug.
    """
    m = (_PRIOR_NAMED if kind == "exclusion" else _PRIOR_BARE).match(low)
    if m is None:
        return []
    if _PERMISSIVE.search(low):
        return []
    label, x = _drug_name(m.group("x"))  # cut where the washout reader cuts a drug's name
    if not _names_a_drug(label) or label[0].isdigit() or (
            kind == "inclusion" and CONDITION_LEXICON.findall(label)):  # "No prior malignancy"
        return []
    limit = _TIME_LIMIT.search(low, m.end("x"))
    if limit is not None and not SENTENCE_BREAK.search(low, m.end("x"), limit.start()):
        return []  # "received rebamipide within 3 months": a washout, not a therapy never had
    setting, end = _setting(low, m.start("x") + len(x.rstrip(" ,-")))  # "… for stage IV disease"
    excepted = _exception_after(low, m.start("x") + len(x.rstrip(" ,-")))
    return [(0, max(end, m.end("x")), PriorTherapyFact(
        start=0, end=0, therapy=label, required=False, setting=setting,
        exceptions=excepted[0] if excepted else None))]


#: What a study was of, when it is one named study ("a clinical trial of lemborexant", "a
#: study with ACR16"), not any study of an investigational drug.
_STUDY_OF = re.compile(r"\s+(?:of|with|investigating|evaluating|involving|using|for|within\s+the)"
                       r"\s+(?!(?:(?:an?|any)\s+)?(?:other\s+)?(?:investigational|experimental|"
                       r"unapproved|unlicensed|non-?approved)\b)")


def _capped(low: str, lines: re.Match[str], max_lines: int,
            therapies: list[tuple[int, int, str]]) -> list[tuple[int, int, PriorTherapyFact]]:
    """Read a cap on prior lines with no least count.

    "No more than 2 prior chemotherapy regimens", "≤ 1 previous line of chemotherapy": more
    lines exclude, none are required.
    """
    if max_lines < 0:  # "fewer than 0"
        return []
    start = lines.start()
    near = [h for h in therapies if start <= h[0] <= lines.end() + 40]
    # the therapy named, not a generic "previous treatment" of the count's own words
    near = [h for h in near if h[2] not in _GENERIC_THERAPIES] or near
    therapy = _therapy(low, near) if near else None
    if therapy is None:
        therapy = ("systemic therapy", lines.start(), lines.end())
    setting, setting_end = _setting(low, max(therapy[2], lines.end()))
    return [(start, max(therapy[2], lines.end(), setting_end),
             PriorTherapyFact(start=0, end=0, therapy=therapy[0], required=False,
                              max_lines=max_lines, setting=setting))]


def _never_had(low: str, cue: re.Match[str], therapies: list[tuple[int, int, str]],
               skip: tuple[int, int] | None, washed: tuple[tuple[int, int, str | None], ...],
               min_lines: int | None, reach: int = 60
               ) -> list[tuple[int, int, PriorTherapyFact]]:
    """Read the therapy a participant must never have had, at most ``reach`` after its cue."""
    if cue.group().endswith(("naive", "naïve")):
        therapy = next(((label, s, e) for s, e, label in therapies if e <= cue.start() and
                        not low[e:cue.start()].strip(" -")), None)
        if therapy is None:
            return []
        label, start = qualified_therapy(low, therapy[0], therapy[1], therapy[2])
        setting, setting_end = _setting(low, cue.end())
        return [(start, setting_end, PriorTherapyFact(start=0, end=0, therapy=label,
                                                      required=False, min_lines=min_lines,
                                                      setting=setting))]
    therapy = _therapy(low, therapies, cue.start())
    if therapy is None or (skip is not None and skip[0] <= therapy[1] < skip[1]):
        return []
    if _EFFECTS_OF.search(low, max(0, cue.start() - 40), cue.start()) or \
            _not_recovered_from(low, therapy[1]):
        return []  # "all adverse events of any prior chemotherapy … not resolved", "who have
        # not recovered from prior surgery"
    if therapy[1] - cue.end() > reach or _NOT_PRIOR_GAP.search(low, cue.end(), therapy[1]):
        return []
    if _TO_COME_GAP.search(low, cue.end(), therapy[1]) and \
            not _PAST_TOO.search(low, cue.start(), therapy[1]):
        return []
    for w_start, w_end, w_therapy in washed:
        if w_therapy and _same_therapy(w_therapy, therapy[0]) and not SENTENCE_BREAK.search(
                low, min(w_end, therapy[1]), max(w_start, therapy[2])):
            return []
    if _COUNT_BEFORE.search(low, max(0, therapy[1] - 40), therapy[1]):
        # "more than 2 prior chemotherapy regimens": a number of lines, not "never"; in an
        # exclusion, the most lines allowed
        over = _OVER_LINES.search(low) if cue.re is _EXCLUDED else None
        if over is None or max(over.start(), therapy[1]) - min(over.end(), therapy[2]) > 40:
            return []
        n = parse_number(over.group("n") or over.group("n_"))
        if not n:
            return []
        cmp = over.group("cmp")
        most = int(n) - 1 if cmp is None or cmp in _AT_LEAST_WORDS else int(n)
        setting, setting_end = _setting(low, therapy[2])
        return [(min(over.start(), therapy[1]), max(over.end(), therapy[2], setting_end),
                 PriorTherapyFact(start=0, end=0, therapy=therapy[0], required=False,
                                  max_lines=most, setting=setting))]
    label, end = therapy[0], therapy[2]
    listed = False  # a drug named after "with": the drugs listed after it are read too
    if label == "clinical study participation" and _STUDY_OF.match(low, end):
        return []  # "a clinical trial of lemborexant": that study, not any study
    limit = _TIME_LIMIT.search(low, end)
    if limit is not None and not SENTENCE_BREAK.search(low, end, limit.start()):
        return []
    if _EVENT_AFTER_THERAPY.search(low, max(0, cue.start() - 100), cue.start()):
        return []  # "Local recurrence diagnosed within 12 months from the completion of previous
        # radiation therapy": when the disease came back, not a therapy never had
    if label in _GENERIC_THERAPIES:
        named = _NAMED.match(low, end)
        if named is not None:
            label = _without_abbreviations(named.group("x")).strip(" -")
            end = named.end("x")
            if " " not in label and (shared := _SHARED_CLASS.match(low, end)) is not None and \
                    _DRUG_WORD.search(label) is None and \
                    not any(h[0] == shared.start("y") for h in therapies):
                # "a VEGF or VEGFR inhibitor": the class word is both targets' (not "PD-1 or
                # PD-L1 inhibitor", whose second the lexicon reads)
                label = f"{label} or {shared.group('y')} {shared.group('cls')}"
                end = shared.end()
            if label.startswith(_LIST_AHEAD):
                return []  # "any of the following agents:" names the agents in a list after it
            listed = True
        elif _GENERIC.fullmatch(low, therapy[1], therapy[2]):
            return []  # "any other condition or prior therapy that ..." names nothing
    labels = [label]
    if label not in _GENERIC_THERAPIES:  # "No prior chemotherapy or radiotherapy": neither
        labels, end = _with_listed(low, therapies, (label, therapy[1], end))
    if listed:  # "prior treatment with bortezomib, sorafenib, or other proteasome inhibitor"
        more, end = _named_after(low, end, therapies)
        labels += [x for x in more if x not in labels]
    named = _NAMED_FIRST.fullmatch(low, cue.end(), therapy[1])
    if named is not None and _DRUG_WORD.search(named.group("x")) and \
            _names_a_drug(named.group("x")):
        labels.insert(0, named.group("x"))  # "No prior cetuximab or other investigational
        # agents": the drug the lexicon does not know, then the class
    setting, setting_end = _setting(low, end)
    end = setting_end
    exceptions = None
    if (excepted := _exception_after(low, end)) is not None:
        exceptions, end = excepted
    return [(cue.start(), end, PriorTherapyFact(start=0, end=0, therapy=x, required=False,
                                               min_lines=min_lines, exceptions=exceptions,
                                               setting=setting))
            for x in labels]


_OR_IN = re.compile(r"\bor\b|/")
#: The next drug of a list after a named one: "prior therapy with bortezomib, sorafenib, or other
#: proteasome inhibitor".
_NAMED_MORE = re.compile(
    r"(?:\s*,\s*(?:(?:or|and|and/or)\s+)?|\s+(?:or|and/or|and)\s+)(?:with\s+)?"
    r"(?:(?:including|such\s+as|e\.?g\.?,?)\s+)?(?:(?:an?|any|the)\s+)?(?:other\s+)?"
    r"(?P<x>[a-z0-9][a-z0-9/+-]*(?:\s+[a-z0-9][a-z0-9/+-]*){0,3}?)"
    r"(?=\s*(?:[,.;:)\[\]·•]|\((?![a-z0-9 -]{1,12}\))|$)|\s+(?:for|within|in|or|and|at|"
    r"during|before|prior|is|are|was|were|will|must|who|that|which|unless|except)\b)")


def _named_after(low: str, end: int, therapies: list[tuple[int, int, str]]
                 ) -> tuple[list[str], int]:
    """Return the drugs listed after one named at ``end`` (each a drug's name), and their end.

    One the therapy lexicon knows keeps its label ("anti-CTLA4 antibody" is anti-CTLA-4
    therapy).
    """
    more: list[str] = []
    while (m := _NAMED_MORE.match(low, end)) is not None:
        known = next((h for h in therapies if h[0] == m.start("x")), None)
        if known is not None:
            more.append(known[2])
            end = max(known[1], m.end("x"))
            continue
        x = _without_abbreviations(m.group("x")).strip(" -")
        if not (_names_a_drug(x) and _DRUG_WORD.search(x)):
            break
        more.append(x)
        end = m.end("x")
    return more, end


def _with_listed(low: str, therapies: list[tuple[int, int, str]], therapy: tuple[str, int, int]
                 ) -> tuple[list[str], int]:
    """Return the labels of a therapy and of those listed right after it, and where they end.

    "Prior chemotherapy, radiotherapy or immunotherapy": the three. The list ends at the clause.
    """
    clause = SENTENCE_BREAK.search(low, therapy[2])
    more, end = _listed_after(low, therapies, therapy[2],
                              clause.start() if clause is not None else len(low))
    return [therapy[0]] + [x for x in more if x != therapy[0]], end
