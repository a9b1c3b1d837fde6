"""What a trial card shows, gathered from the triples of one trial graph.

:data:`TRIAL_TRIPLES` fetches the trial's named graph and :data:`TERM_LABELS` the
labels of the ontology terms it points at; :func:`build_card` turns both into a
:class:`TrialCard` of plain Python values (the page renderer never sees RDF).
Fact evidence offsets are relative to their criterion's text and criterion offsets
to the whole eligibility text, as :mod:`trialkg.rdf` writes them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import unquote

from trialkg.results import Table, Term
from trialkg.vocab import DATA_NS, TKG, TKG_NS

__all__ = ["TrialCard", "CardCondition", "CardIntervention", "CardCriterion", "CardFact",
           "TRIAL_TRIPLES", "TERM_LABELS", "build_card", "trial_identifier", "curie"]



class _Terms:
    """Ontology terms of :data:`TKG` as plain strings (rdflib terms never equal a str)."""

    def __getattr__(self, name: str) -> str:
        value = str(getattr(TKG, name))
        setattr(self, name, value)
        return value


K = _Terms()
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_OBO = "http://purl.obolibrary.org/obo/"

#: Every triple of one trial graph (``?g`` is bound to the graph IRI).
TRIAL_TRIPLES = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
#: Labels, notations and category names of the IRIs a trial graph points at.
TERM_LABELS = f"""
SELECT DISTINCT ?x ?p ?v WHERE {{
  GRAPH ?g {{ ?s ?q ?x . FILTER (isIRI(?x)) }}
  VALUES ?p {{ <{_RDFS_LABEL}> <{_SKOS}notation> <{_SKOS}prefLabel> <{K.categoryName}>
              <{K.loincCode}> }}
  ?x ?p ?v .
}}"""


def trial_identifier(trial_iri: str) -> str:
    """Return the NCT id or local id of a trial IRI (the inverse of ``trial_iri``)."""
    return unquote(trial_iri[len(DATA_NS):]) if trial_iri.startswith(DATA_NS) else trial_iri


def curie(iri: str) -> str:
    """Return ``MONDO:0005072`` for an OBO IRI, ``tkg:X`` for an ontology term, else the IRI."""
    if iri.startswith(_OBO) and "_" in iri[len(_OBO):]:
        prefix, _, local = iri[len(_OBO):].partition("_")
        return f"{prefix}:{local}"
    if iri.startswith(TKG_NS):
        return "tkg:" + iri[len(TKG_NS):]
    return iri


@dataclass(slots=True)
class CardCondition:
    """A condition the trial studies, with its MONDO class when mapped."""

    label: str
    code: str | None = None  #: a CURIE such as ``MONDO:0005072``
    code_label: str | None = None
    code_iri: str | None = None
    qualifiers: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CardIntervention:
    """An intervention with its category, targets and cell source."""

    label: str
    registry_type: str | None = None
    category: str | None = None
    targets: list[str] = field(default_factory=list)
    cell_source: str | None = None
    other_names: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CardFact:
    """One structured fact: what it says and where it was read."""

    n: int
    type_name: str  #: the fact class's local name, e.g. ``LabThreshold``
    family: str  #: ``lab``, ``performance``, ``age``, ``condition`` or ``other``
    title: str  #: the fact type in words
    summary: str  #: the fact in one line, e.g. ``creatinine clearance > 60 mL/min``
    details: list[tuple[str, str]]
    start: int  #: evidence start, relative to the criterion text
    end: int
    evidence: str


@dataclass(slots=True)
class CardCriterion:
    """One criterion (nested ones included), in text order."""

    kind: str  #: ``inclusion`` or ``exclusion``
    text: str
    start: int | None
    end: int | None
    unparsed: bool
    depth: int
    marker: str | None = None
    facts: list[CardFact] = field(default_factory=list)
    alternative: bool = False  #: one of a set of sibling criteria of which one must hold


@dataclass(slots=True)
class TrialCard:
    """Everything the trial card page shows."""

    identifier: str
    iri: str
    title: str
    official_title: str | None = None
    nct_id: str | None = None
    phases: list[str] = field(default_factory=list)
    status: str | None = None
    study_type: str | None = None
    enrollment: str | None = None
    ages: str | None = None
    sex: str | None = None
    summary: str | None = None
    conditions: list[CardCondition] = field(default_factory=list)
    interventions: list[CardIntervention] = field(default_factory=list)
    eligibility_text: str | None = None
    criteria: list[CardCriterion] = field(default_factory=list)

    @property
    def facts(self) -> list[CardFact]:
        """Return every fact, numbered in text order."""
        return [f for c in self.criteria for f in c.facts]

    @property
    def offsets_match(self) -> bool:
        """Return True when every criterion's offsets locate its text in the eligibility text."""
        text = self.eligibility_text
        if not text:
            return False
        return all(
            c.start is not None and c.end is not None and text[c.start:c.end] == c.text
            for c in self.criteria)


class _Graph:
    def __init__(self, triples: Table, labels: Table | None) -> None:
        self.out: dict[str, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
        for s, p, o, *_ in triples.rows:
            if s is not None and p is not None and o is not None:
                self.out[s.value][p.value].append(o)
        self.labels: dict[str, dict[str, str]] = defaultdict(dict)
        for x, p, v, *_ in labels.rows if labels else []:
            if x is not None and p is not None and v is not None:
                self.labels[x.value].setdefault(p.value, v.value)

    def all(self, s: str, p: str) -> list[Term]:
        return self.out.get(s, {}).get(p, [])

    def one(self, s: str, p: str) -> str | None:
        values = self.all(s, p)
        return min(t.value for t in values) if values else None

    def iris(self, s: str, p: str) -> list[str]:
        return sorted(t.value for t in self.all(s, p) if t.kind == "uri")

    def types(self, s: str) -> list[str]:
        return self.iris(s, _RDF_TYPE)

    def label(self, iri: str) -> str:
        known = self.labels.get(iri, {})
        for p in (_RDFS_LABEL, f"{_SKOS}prefLabel", K.categoryName, f"{_SKOS}notation"):
            if p in known:
                return known[p]
        own = self.one(iri, _RDFS_LABEL)
        if own:
            return own
        local = iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        for prefix in ("Antigen_", "Analyte_", "Status"):
            if local.startswith(prefix) and len(local) > len(prefix):
                local = local[len(prefix):]
        return local.replace("_", " ")

    def notation(self, iri: str) -> str:
        return self.labels.get(iri, {}).get(f"{_SKOS}notation") or self.label(iri)


def _number(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return text
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")


_COMPARATORS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "="}
_FAMILIES = {"LabThreshold": "lab", "PerformanceStatusRequirement": "performance",
             "AgeRequirement": "age", "ExcludedCondition": "condition",
             "RequiredCondition": "condition", "LifeExpectancyRequirement": "other"}
_TITLES = {
    "LabThreshold": "Lab threshold", "PerformanceStatusRequirement": "Performance status",
    "AgeRequirement": "Age", "SexRequirement": "Sex",
    "LifeExpectancyRequirement": "Life expectancy", "WashoutRequirement": "Washout",
    "PriorTherapyRequirement": "Prior therapy",
    "ToxicityRecoveryRequirement": "Toxicity recovery",
    "MeasurableDiseaseRequirement": "Measurable disease",
    "PregnancyTestRequirement": "Pregnancy test", "ContraceptionRequirement": "Contraception",
    "ConsentRequirement": "Informed consent", "ExcludedCondition": "Excluded condition",
    "RequiredCondition": "Required condition", "BiomarkerRequirement": "Biomarker",
}


_PLAIN_SUMMARIES = {"ConsentRequirement": "informed consent required",
                    "PregnancyTestRequirement": "negative pregnancy test required",
                    "ContraceptionRequirement": "effective contraception required"}


def _comparator(text: str | None) -> str:
    return _COMPARATORS.get((text or "").strip(), text or "")


def _fact(g: _Graph, iri: str, n: int, criterion_text: str) -> CardFact:  # noqa: C901
    types = [t for t in g.types(iri) if t.startswith(TKG_NS)]
    type_name = next((t[len(TKG_NS):] for t in types if t[len(TKG_NS):] in _TITLES),
                     types[0][len(TKG_NS):] if types else "Fact")
    start = int(g.one(iri, K.evidenceStart) or 0)
    end = int(g.one(iri, K.evidenceEnd) or start)
    evidence = g.one(iri, K.evidenceText) or criterion_text[start:end]
    details: list[tuple[str, str]] = []
    summary = _PLAIN_SUMMARIES.get(type_name) or _TITLES.get(type_name, type_name)

    def add(name: str, value: str | None) -> None:
        if value not in (None, ""):
            details.append((name, value))

    if type_name == "LabThreshold":
        analyte_iri = next(iter(g.iris(iri, K.analyte)), None)
        analyte = g.label(analyte_iri) if analyte_iri else "lab value"
        comp = _comparator(g.one(iri, K.comparator))
        value, unit = _number(g.one(iri, K.thresholdValue)), g.one(iri, K.unit)
        uln = _number(g.one(iri, K.ulnMultiple))
        bound = f"{value} {unit or ''}".strip() if value is not None else f"{uln} × ULN"
        summary = f"{analyte} {comp} {bound}"
        add("analyte", analyte)
        add("LOINC", g.labels.get(analyte_iri or "", {}).get(K.loincCode))
        add("comparator", comp)
        add("value", value)
        add("unit", unit)
        add("× ULN", uln)
        normalized = _number(g.one(iri, K.normalizedValue))
        if normalized is not None:
            add("normalized", f"{normalized} {g.one(iri, K.normalizedUnit) or ''}".strip())
        add("applies when", g.one(iri, K.appliesWhen))
        subgroups = sorted(t.value for t in g.all(iri, K.subgroupLabel))
        if subgroups:
            negated = g.one(iri, K.subgroupNegated) == "true"
            add("subgroup", ("without " if negated else "") + " or ".join(subgroups))
        if g.iris(iri, K.inAlternativeSet):
            add("alternatives", "joined by 'or' to another bound of this criterion: one of "
                                "them must hold")
    elif type_name == "PerformanceStatusRequirement":
        scale = next((g.notation(s) for s in g.iris(iri, K.performanceScale)), "score")
        lo, hi = g.one(iri, K.minimumScore), g.one(iri, K.maximumScore)
        summary = f"{scale} {lo}–{hi}"
        add("scale", scale)
        add("minimum", lo)
        add("maximum", hi)
    elif type_name == "AgeRequirement":
        lo, hi = _number(g.one(iri, K.minimumAgeYears)), _number(g.one(iri, K.maximumAgeYears))
        lo_op = "≥" if g.one(iri, K.minimumAgeInclusive) != "false" else ">"
        hi_op = "≤" if g.one(iri, K.maximumAgeInclusive) != "false" else "<"
        parts = [f"{lo_op} {lo}" if lo is not None else "",
                 f"{hi_op} {hi}" if hi is not None else ""]
        summary = "age " + " and ".join(p for p in parts if p) + " years"
        if lo is not None:
            add("minimum years", f"{lo} ({'inclusive' if lo_op == '≥' else 'exclusive'})")
        if hi is not None:
            add("maximum years", f"{hi} ({'inclusive' if hi_op == '≤' else 'exclusive'})")
    elif type_name == "LifeExpectancyRequirement":
        months = _number(g.one(iri, K.minimumMonths))
        summary = f"life expectancy {_comparator(g.one(iri, K.comparator) or '>=')} {months} months"
        add("minimum months", months)
    elif type_name in ("ExcludedCondition", "RequiredCondition"):
        label = g.one(iri, K.conditionLabel) or "condition"
        node = next(iter(g.iris(iri, K.aboutCondition)), None)
        code = next((curie(t) for t in g.types(node) if t.startswith(_OBO + "MONDO_")),
                    None) if node else None
        summary = f"{'no' if type_name == 'ExcludedCondition' else 'has'} {label}"
        within = _number(g.one(iri, K.withinDays))
        if within:
            summary += f" within {within} days"
        exception = g.one(iri, K.exceptionText)
        if exception:
            summary += f" (except {exception})"
        add("condition", label)
        add("MONDO", code)
        add("within days", within)
        add("qualifier", g.one(iri, K.conditionQualifier))
        add("except", exception)
    elif type_name == "WashoutRequirement":
        days, lives = _number(g.one(iri, K.minimumDays)), _number(g.one(iri, K.halfLives))
        parts = [f"{days} days" if days else "", f"{lives} half-lives" if lives else ""]
        rule = g.one(iri, K.whicheverRule)
        summary = "washout ≥ " + (" or ".join(p for p in parts if p) or "?")
        if rule:
            summary += f" (whichever is {rule})"
        add("days", days)
        add("half-lives", lives)
        add("rule", rule)
        add("therapy", g.one(iri, K.therapyLabel))
    elif type_name == "PriorTherapyRequirement":
        therapy = g.one(iri, K.therapyLabel) or "therapy"
        required = g.one(iri, K.priorTherapyRequired) != "false"
        summary = f"prior {therapy} {'required' if required else 'excluded'}"
        add("therapy", therapy)
        add("minimum lines", g.one(iri, K.minimumLines))
        add("maximum lines", g.one(iri, K.maximumLines))
        add("for", g.one(iri, K.therapySetting))
        add("except", g.one(iri, K.exceptionText))
    elif type_name == "ToxicityRecoveryRequirement":
        grade, system = g.one(iri, K.maximumGrade), g.one(iri, K.gradingSystem)
        summary = f"prior toxicity recovered to ≤ grade {grade}"
        if system:
            summary += f" ({system})"
        add("maximum grade", grade)
        add("grading", system)
    elif type_name == "MeasurableDiseaseRequirement":
        crit = g.one(iri, K.responseCriteria)
        summary = "measurable disease" + (f" ({crit})" if crit else "")
        add("response criteria", crit)
    elif type_name == "BiomarkerRequirement":
        marker, status = g.one(iri, K.markerLabel) or "marker", g.one(iri, K.markerStatus)
        summary = f"{marker} {status or ''}".strip()
        add("marker", marker)
        add("status", status)
    elif type_name == "SexRequirement":
        summary = "sex: " + ", ".join(g.notation(s) for s in g.iris(iri, K.eligibleSex))
    return CardFact(n, type_name, _FAMILIES.get(type_name, "other"),
                    _TITLES.get(type_name, type_name), summary, details, start, end, evidence)


def _criteria(g: _Graph, trial: str) -> list[CardCriterion]:
    nodes = g.iris(trial, K.hasCriterion)
    parents: dict[str, str] = {}
    for c in nodes:
        for child in g.iris(c, K.hasSubCriterion):
            parents[child] = c

    def depth(c: str) -> int:
        d = 0
        while c in parents and d < 20:
            c, d = parents[c], d + 1
        return d

    def order(c: str):
        start = g.one(c, K.textStart)
        return (int(start) if start is not None else 1 << 30, c)

    out = []
    n = 0
    for c in sorted(nodes, key=order):
        types = g.types(c)
        text = g.one(c, K.criterionText) or ""
        start, end = g.one(c, K.textStart), g.one(c, K.textEnd)
        crit = CardCriterion(
            kind="exclusion" if K.ExclusionCriterion in types else "inclusion",
            text=text, start=int(start) if start is not None else None,
            end=int(end) if end is not None else None,
            unparsed=K.UnparsedCriterion in types, depth=depth(c),
            marker=g.one(c, K.marker), alternative=bool(g.iris(c, K.inAlternativeSet)))
        facts = sorted(g.iris(c, K.hasFact),
                       key=lambda f: (int(g.one(f, K.evidenceStart) or 0), f))
        for f in facts:
            n += 1
            crit.facts.append(_fact(g, f, n, text))
        out.append(crit)
    return out


def build_card(trial_iri: str, triples: Table, labels: Table | None = None) -> TrialCard | None:
    """Build a trial card from the triples of the trial's graph.

    :param trial_iri: the trial IRI.
    :param triples: rows ``(s, p, o)`` of the trial graph (see :data:`TRIAL_TRIPLES`).
    :param labels: rows ``(x, p, v)`` of term labels (see :data:`TERM_LABELS`).
    :returns: the card, or None when the graph does not describe that trial.
    """
    g = _Graph(triples, labels)
    t = trial_iri
    if K.ClinicalStudy not in g.types(t):
        return None
    card = TrialCard(identifier=trial_identifier(t), iri=t,
                     title=g.one(t, K.title) or g.one(t, K.officialTitle)
                     or g.one(t, _RDFS_LABEL) or trial_identifier(t))
    card.official_title = g.one(t, K.officialTitle)
    card.nct_id = g.one(t, K.nctId)
    card.phases = [g.label(p) for p in g.iris(t, K.hasPhase)]
    status = next(iter(g.iris(t, K.hasOverallStatus)), None)
    card.status = g.label(status) if status else None
    study = [x for x in g.types(t) if x in (K.InterventionalStudy, K.ObservationalStudy,
                                             K.ExpandedAccessStudy)]
    card.study_type = g.label(study[0]) if study else None
    card.enrollment = g.one(t, K.enrollment)
    lo, hi = _number(g.one(t, K.minimumAgeYears)), _number(g.one(t, K.maximumAgeYears))
    if lo is not None or hi is not None:
        card.ages = f"{lo if lo is not None else '–'} to {hi if hi is not None else '–'} years"
    sex = next(iter(g.iris(t, K.eligibleSex)), None)
    card.sex = g.label(sex) if sex else None
    card.summary = g.one(t, K.briefSummary)
    for c in sorted(g.iris(t, K.studiesCondition),
                    key=lambda c: (len(c), c)):  # …/condition/2 before …/condition/10
        cond = CardCondition(label=g.one(c, _RDFS_LABEL) or "?")
        mondo = [x for x in g.types(c) if x.startswith(_OBO)]
        if mondo:
            cond.code_iri = mondo[0]
            cond.code = curie(mondo[0])
            label = g.labels.get(mondo[0], {}).get(_RDFS_LABEL)
            cond.code_label = label
        cond.qualifiers = [g.label(q) for q in g.iris(c, K.hasQualifier)]
        card.conditions.append(cond)
    for i in sorted(g.iris(t, K.hasIntervention), key=lambda i: (len(i), i)):
        item = CardIntervention(label=g.one(i, _RDFS_LABEL) or "?")
        item.registry_type = g.one(i, K.registryInterventionType)
        categories = [g.labels.get(x, {}).get(K.categoryName) for x in g.types(i)]
        item.category = next((c for c in categories if c), None)
        item.targets = [g.label(a) for a in g.iris(i, K.targetsAntigen)]
        source = next(iter(g.iris(i, K.hasCellSource)), None)
        item.cell_source = g.label(source) if source else None
        item.other_names = sorted(x.value for x in g.all(i, K.otherName))
        card.interventions.append(item)
    card.eligibility_text = g.one(t, K.eligibilityText)
    card.criteria = _criteria(g, t)
    return card
