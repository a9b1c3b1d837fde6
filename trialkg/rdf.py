"""Turn a :class:`~trialkg.model.Trial` and its parsed criteria into RDF.

One trial becomes one named graph ``<https://w3id.org/trialkg/graph/{id}>`` holding
every triple about it (and the graph's provenance), so reloading a trial replaces
exactly one graph. IRIs are deterministic (``…/trial/{id}/criterion/I3.1/fact/2``):
the same input always gives the same graph, which makes loads idempotent and
dumps comparable.

The output is N-Quads text (see :mod:`trialkg.ntriples`); use
:func:`trial_dataset` to get an rdflib ``Dataset`` instead.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from trialkg import __version__
from trialkg.criteria.model import (
    AgeFact,
    BiomarkerFact,
    ConditionFact,
    Criterion,
    Fact,
    LabThresholdFact,
    LifeExpectancyFact,
    MeasurableDiseaseFact,
    ParsedEligibility,
    PerformanceStatusFact,
    PriorTherapyFact,
    SexFact,
    ToxicityRecoveryFact,
    WashoutFact,
)
from trialkg.model import Trial
from trialkg.ntriples import XSD, boolean, decimal, integer, iri, iri_segment, lit, typed
from trialkg.vocab import DATA_NS, GRAPH_NS, TKG, TKG_NS

if TYPE_CHECKING:
    from trialkg.mapping.conditions import ConditionMatch

__all__ = ["BuiltTrial", "build_trial", "graph_iri", "trial_iri", "trial_dataset",
           "ORGANIZATION_NS", "CATEGORY_CLASSES"]

#: Namespace of organisations, shared by all trials that name them.
ORGANIZATION_NS = "https://w3id.org/trialkg/organization/"

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_PROV = "http://www.w3.org/ns/prov#"
_OBO = "http://purl.obolibrary.org/obo/"
_MESH = "http://id.nlm.nih.gov/mesh/"


def _t(term) -> str:
    return f"<{term}>"


class _Terms:
    """``_T.hasSite`` is ``_t(TKG.hasSite)``, looked up (and checked by TKG) once.

    ``TKG.name`` goes through rdflib's ``DefinedNamespace`` checks on every access
    (about 2.5 µs); the build makes hundreds of them per trial.
    """

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        value = _t(getattr(TKG, name))
        setattr(self, name, value)
        return value


_T = _Terms()


#: Ontology class of each intervention category of the query library.
CATEGORY_CLASSES = {
    "CAR-T": TKG.CARTCellTherapy,
    "NK cell": TKG.NKCellTherapy,
    "TCR-T": TKG.TCRTCellTherapy,
    "TIL": TKG.TILTherapy,
    "monoclonal antibody": TKG.MonoclonalAntibody,
    "chemotherapy": TKG.Chemotherapy,
    "small molecule": TKG.SmallMolecule,
    "stem cell transplant": TKG.StemCellTransplant,
    "other cell therapy": TKG.OtherCellTherapy,
    "other": TKG.OtherIntervention,
}
_CELL_SOURCES = {"autologous": TKG.AutologousSource, "allogeneic": TKG.AllogeneicSource,
                 "cord blood": TKG.CordBloodSource}
_PHASES = {"EARLY_PHASE1": TKG.EarlyPhase1, "PHASE1": TKG.Phase1, "PHASE2": TKG.Phase2,
           "PHASE3": TKG.Phase3, "PHASE4": TKG.Phase4, "NA": TKG.PhaseNotApplicable}
_STATUSES = {
    "ACTIVE_NOT_RECRUITING": TKG.StatusActiveNotRecruiting, "COMPLETED": TKG.StatusCompleted,
    "ENROLLING_BY_INVITATION": TKG.StatusEnrollingByInvitation,
    "NOT_YET_RECRUITING": TKG.StatusNotYetRecruiting, "RECRUITING": TKG.StatusRecruiting,
    "SUSPENDED": TKG.StatusSuspended, "TERMINATED": TKG.StatusTerminated,
    "WITHDRAWN": TKG.StatusWithdrawn, "AVAILABLE": TKG.StatusAvailable,
    "NO_LONGER_AVAILABLE": TKG.StatusNoLongerAvailable,
    "TEMPORARILY_NOT_AVAILABLE": TKG.StatusTemporarilyNotAvailable,
    "APPROVED_FOR_MARKETING": TKG.StatusApprovedForMarketing, "WITHHELD": TKG.StatusWithheld,
    "UNKNOWN": TKG.StatusUnknown,
}
_STUDY_TYPES = {"INTERVENTIONAL": TKG.InterventionalStudy, "OBSERVATIONAL": TKG.ObservationalStudy,
                "EXPANDED_ACCESS": TKG.ExpandedAccessStudy}
_SEXES = {"ALL": TKG.AllSexes, "FEMALE": TKG.FemaleOnly, "MALE": TKG.MaleOnly}
_SCALES = {"ECOG": TKG.ECOGScale, "Karnofsky": TKG.KarnofskyScale, "Lansky": TKG.LanskyScale}
_QUALIFIERS = {
    "relapsed": TKG.Relapsed, "refractory": TKG.Refractory, "recurrent": TKG.Recurrent,
    "high-risk": TKG.HighRisk, "metastatic": TKG.Metastatic, "advanced": TKG.Advanced,
    "locally advanced": TKG.LocallyAdvanced, "newly diagnosed": TKG.NewlyDiagnosed,
    "progressive": TKG.Progressive, "chronic": TKG.Chronic, "acute": TKG.Acute,
}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_SLUG = re.compile(r"[^a-z0-9]+")
_ANTIGEN_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")
_MESH_ID = re.compile(r"^[CD]\d{6,9}$")


def trial_iri(identifier: str) -> str:
    """Return the IRI of a trial.

    :param identifier: an NCT id or a local id.
    :returns: the trial IRI (not bracketed).
    """
    return DATA_NS + iri_segment(identifier)


def graph_iri(identifier: str) -> str:
    """Return the IRI of the named graph that holds one trial.

    :param identifier: an NCT id or a local id.
    :returns: the graph IRI (not bracketed).
    """
    return GRAPH_NS + iri_segment(identifier)


@dataclass(slots=True)
class BuiltTrial:
    """A trial as N-Quads, ready to be written to a store."""

    identifier: str
    graph: str  #: the graph IRI
    nquads: str
    triples: int
    source: str
    warnings: list[str] = field(default_factory=list)

    def ntriples(self) -> str:
        """Return the trial's triples as N-Triples (the graph name dropped)."""
        suffix = f" <{self.graph}> .\n"
        return "".join(line[: -len(suffix)] + " .\n" for line in self.nquads.splitlines(True))


@cache
def _analyte_keys() -> dict[str, str]:
    """Map LOINC codes to the analyte keys of ``ontology/mappings/analytes.tsv``."""
    from trialkg.mapping.tables import read_table

    keys: dict[str, str] = {}
    for row in read_table("analytes.tsv"):
        if row.get("loinc") and row.get("key"):
            keys.setdefault(row["loinc"], row["key"])
    return keys


def _date_literal(value: str | None) -> str | None:
    if not value:
        return None
    m = _DATE.match(value.strip())
    if not m:
        return None
    year, month, day = m.groups()
    if day:
        return typed(f"{year}-{month}-{day}", XSD + "date")
    if month:
        return typed(f"{year}-{month}", XSD + "gYearMonth")
    return typed(year, XSD + "gYear")


def _mesh_iri(mesh_id: str) -> str | None:
    """Return the NLM MeSH RDF IRI of a descriptor or supplementary concept id.

    The registry pads older ids to ten characters (``D000009447`` for ``D009447``); MeSH
    itself writes them with six digits, and only ids minted since 2016 with nine
    (``D000067856``). Padded old ids are recognised by their number: descriptors below
    066000, supplementary concepts below 600000.
    """
    if not _MESH_ID.match(mesh_id):
        return None
    if len(mesh_id) == 10 and mesh_id[1:4] == "000":
        limit = 66000 if mesh_id[0] == "D" else 600000
        if int(mesh_id[4:]) < limit:
            mesh_id = mesh_id[0] + mesh_id[4:]
    return iri(_MESH + mesh_id)


def _curie_iri(curie: str) -> str | None:
    """Return the IRI of an OBO-style CURIE (``MONDO:0005072``), else None."""
    prefix, _, local = curie.partition(":")
    if prefix in {"MONDO", "NCIT", "DOID", "HP", "OBI"} and local:
        return f"{_OBO}{prefix}_{local}"
    if prefix == "tkg" and local:
        return TKG_NS + local
    return None


class _Writer:
    """Accumulates N-Quads lines for one graph."""

    __slots__ = ("g", "lines")

    def __init__(self, graph: str) -> None:
        self.g = f" <{graph}> .\n"
        self.lines: list[str] = []

    def add(self, s: str, p: str, o: str | None) -> None:
        if o is not None:
            self.lines.append(f"{s} {p} {o}{self.g}")

    def text(self, s: str, p: str, value: str | None) -> None:
        if value is not None:
            value = value.strip()
            if value:
                self.lines.append(f"{s} {p} {lit(value)}{self.g}")


def build_trial(
    trial: Trial,
    *,
    parsed: ParsedEligibility | None = None,
    loaded_at: str | None = None,
    source_iri: str | None = None,
) -> BuiltTrial:
    """Build the named graph of one trial.

    Conditions and interventions are mapped to the ontology (MONDO classes,
    intervention categories, antigens, cell sources); the eligibility text is
    parsed into criteria and facts unless ``parsed`` is given.

    :param trial: the trial, as a loader produced it.
    :param parsed: the parsed eligibility criteria, to skip parsing here.
    :param loaded_at: an ``xsd:dateTime`` for the provenance (omitted when None).
    :param source_iri: an IRI for the source file (``file:///…``), for ``prov:wasDerivedFrom``.
    :returns: the trial's N-Quads and counts.
    """
    from trialkg import mapping
    from trialkg.criteria import parse_eligibility

    if trial.source_format == "text":
        mapping.enrich(trial)
    ident = trial.identifier
    g = graph_iri(ident)
    w = _Writer(g)
    t = iri(trial_iri(ident))
    base = trial_iri(ident)

    w.add(t, _RDF_TYPE, _T.ClinicalStudy)
    if trial.study_type in _STUDY_TYPES:
        w.add(t, _RDF_TYPE, _t(_STUDY_TYPES[trial.study_type]))
    w.text(t, _RDFS_LABEL, trial.title or ident)
    if trial.nct_id:
        w.text(t, _T.nctId, trial.nct_id)
    else:
        w.text(t, _T.localId, ident)
    w.text(t, _T.orgStudyId, trial.org_study_id)
    for sid in trial.secondary_ids:
        w.text(t, _T.secondaryId, sid)
    w.text(t, _T.title, trial.brief_title)
    w.text(t, _T.officialTitle, trial.official_title)
    w.text(t, _T.acronym, trial.acronym)
    w.text(t, _T.briefSummary, trial.brief_summary)
    w.text(t, _T.detailedDescription, trial.detailed_description)
    for kw in trial.keywords:
        w.text(t, _T.keyword, kw)
    for phase in trial.phases:
        if phase in _PHASES:
            w.add(t, _T.hasPhase, _t(_PHASES[phase]))
    if trial.overall_status in _STATUSES:
        w.add(t, _T.hasOverallStatus, _t(_STATUSES[trial.overall_status]))
    if trial.enrollment is not None and trial.enrollment >= 0:
        w.add(t, _T.enrollment, integer(trial.enrollment))
    w.text(t, _T.enrollmentType, trial.enrollment_type)
    w.text(t, _T.allocation, trial.allocation)
    w.text(t, _T.interventionModel, trial.intervention_model)
    w.text(t, _T.primaryPurpose, trial.primary_purpose)
    w.text(t, _T.masking, trial.masking)
    for prop, value in (
        (_T.startDate, trial.start_date),
        (_T.primaryCompletionDate, trial.primary_completion_date),
        (_T.completionDate, trial.completion_date),
        (_T.firstPostedDate, trial.first_posted_date),
        (_T.lastUpdatePostedDate, trial.last_update_posted_date),
    ):
        w.add(t, prop, _date_literal(value))
    if trial.has_results is not None:
        w.add(t, _T.hasResults, boolean(trial.has_results))

    _organizations(w, t, trial)
    _people_and_sites(w, t, base, trial)
    _conditions(w, t, base, trial)
    interventions = _interventions(w, t, base, trial)
    _arms(w, t, base, trial, interventions)
    _outcomes(w, t, base, trial)

    elig = trial.eligibility
    if parsed is None and elig.criteria_text:
        parsed = parse_eligibility(elig.criteria_text)
    _eligibility(w, t, base, trial, parsed)

    # provenance of the graph itself
    gi = iri(g)
    w.add(gi, _T.describesTrial, t)
    w.text(gi, _T.sourceFile, trial.source)
    w.text(gi, _T.sourceSha256, trial.source_sha256)
    w.text(gi, _T.sourceFormat, trial.source_format)
    w.text(gi, _T.trialkgVersion, __version__)
    if source_iri:
        w.add(gi, f"<{_PROV}wasDerivedFrom>", iri(source_iri))
    if loaded_at:
        w.add(gi, f"<{_PROV}generatedAtTime>", typed(loaded_at, XSD + "dateTime"))
    return BuiltTrial(ident, g, "".join(w.lines), len(w.lines), trial.source)


def _organizations(w: _Writer, t: str, trial: Trial) -> None:
    orgs = [(_T.hasLeadSponsor, trial.lead_sponsor)] if trial.lead_sponsor else []
    orgs += [(_T.hasCollaborator, o) for o in trial.collaborators]
    for prop, org in orgs:
        slug = _SLUG.sub("-", org.name.lower()).strip("-")
        if not slug:
            continue
        o = iri(ORGANIZATION_NS + iri_segment(slug))
        w.add(t, prop, o)
        w.add(o, _RDF_TYPE, _T.Organization)
        w.text(o, _RDFS_LABEL, org.name)
        w.text(o, _T.agencyClass, org.agency_class)


def _people_and_sites(w: _Writer, t: str, base: str, trial: Trial) -> None:
    for n, person in enumerate(trial.investigators, 1):
        p = iri(f"{base}/person/{n}")
        w.add(t, _T.hasInvestigator, p)
        w.add(p, _RDF_TYPE, _T.Person)
        w.text(p, _RDFS_LABEL, person.name)
        w.text(p, _T.investigatorRole, person.role)
        w.text(p, _T.affiliation, person.affiliation)
    for n, site in enumerate(trial.sites, 1):
        s = iri(f"{base}/site/{n}")
        w.add(t, _T.hasSite, s)
        w.add(s, _RDF_TYPE, _T.Site)
        label = ", ".join(x for x in (site.facility, site.city, site.country) if x)
        w.text(s, _RDFS_LABEL, label or f"site {n}")
        w.text(s, _T.city, site.city)
        w.text(s, _T.state, site.state)
        w.text(s, _T.country, site.country)
        w.text(s, _T.siteStatus, site.status)
        if site.latitude is not None and site.longitude is not None:
            w.add(s, _T.latitude, decimal(site.latitude))
            w.add(s, _T.longitude, decimal(site.longitude))


def _condition_node(w: _Writer, node: str, label: str,
                    match: ConditionMatch | _MeshMatch | None) -> None:
    w.add(node, _RDF_TYPE, _T.Condition)
    w.text(node, _RDFS_LABEL, label)
    if match is None:
        return
    cls = _curie_iri(match.term_id) if match.term_id else None
    if cls:
        w.add(node, _RDF_TYPE, iri(cls))
    for q in match.qualifiers:
        if q in _QUALIFIERS:
            w.add(node, _T.hasQualifier, _t(_QUALIFIERS[q]))


def _conditions(w: _Writer, t: str, base: str, trial: Trial) -> None:
    from trialkg import mapping

    mesh_by_term = {m.term.lower(): m for m in trial.condition_mesh if not m.ancestor}
    for n, cond in enumerate(trial.conditions, 1):
        c = iri(f"{base}/condition/{n}")
        w.add(t, _T.studiesCondition, c)
        match: ConditionMatch | _MeshMatch | None = mapping.map_condition(cond.label)
        mesh = mesh_by_term.get(cond.label.strip().lower())
        if (match is None or match.term_id is None) and mesh is not None:
            mondo = mapping.map_mesh(mesh.id)
            if mondo:
                match = mapping.map_condition(mesh.term) or match
                if match is None or match.term_id != mondo:
                    match = _MeshMatch(mondo)
        _condition_node(w, c, cond.label, match)
        if mesh is not None:
            w.add(c, _T.meshDescriptor, _mesh_iri(mesh.id))
    for m in trial.condition_mesh:
        prop = _T.meshAncestor if m.ancestor else _T.meshDescriptor
        w.add(t, prop, _mesh_iri(m.id))


@dataclass(frozen=True, slots=True)
class _MeshMatch:
    term_id: str
    qualifiers: tuple[str, ...] = ()


def _interventions(w: _Writer, t: str, base: str, trial: Trial) -> dict[str, str]:
    from trialkg import mapping

    by_name: dict[str, str] = {}
    for n, item in enumerate(trial.interventions, 1):
        i = iri(f"{base}/intervention/{n}")
        by_name.setdefault(item.name.strip().lower(), i)
        w.add(t, _T.hasIntervention, i)
        match = mapping.classify_intervention(
            item.name, registry_type=item.type, description=item.description,
            other_names=item.other_names,
        )
        w.add(i, _RDF_TYPE, _t(CATEGORY_CLASSES.get(match.category, TKG.OtherIntervention)))
        w.text(i, _RDFS_LABEL, item.name)
        w.text(i, _T.registryInterventionType, item.type)
        w.text(i, _T.description, item.description)
        for other in item.other_names:
            w.text(i, _T.otherName, other)
        for key in match.targets:
            if _ANTIGEN_KEY.match(key):
                w.add(i, _T.targetsAntigen, f"<{TKG_NS}Antigen_{key}>")
        if match.cell_source in _CELL_SOURCES:
            w.add(i, _T.hasCellSource, _t(_CELL_SOURCES[match.cell_source]))
    for m in trial.intervention_mesh:
        prop = _T.meshAncestor if m.ancestor else _T.meshDescriptor
        w.add(t, prop, _mesh_iri(m.id))
    return by_name


def _arms(w: _Writer, t: str, base: str, trial: Trial, interventions: dict[str, str]) -> None:
    for n, arm in enumerate(trial.arms, 1):
        a = iri(f"{base}/arm/{n}")
        w.add(t, _T.hasArm, a)
        w.add(a, _RDF_TYPE, _T.StudyArm)
        w.text(a, _RDFS_LABEL, arm.label)
        w.add(a, _T.ordinal, integer(n))
        w.text(a, _T.armType, arm.type)
        w.text(a, _T.description, arm.description)
        for name in arm.intervention_names:
            target = interventions.get(name.strip().lower())
            if target:
                w.add(a, _T.armIntervention, target)
    # registry records also state the link from the intervention side
    arm_nodes = {arm.label.strip().lower(): iri(f"{base}/arm/{n}")
                 for n, arm in enumerate(trial.arms, 1)}
    for item in trial.interventions:
        i = interventions.get(item.name.strip().lower())
        for label in item.arm_labels:
            arm_node = arm_nodes.get(label.strip().lower())
            if arm_node and i:
                w.add(arm_node, _T.armIntervention, i)


def _outcomes(w: _Writer, t: str, base: str, trial: Trial) -> None:
    classes = {"primary": TKG.PrimaryOutcome, "secondary": TKG.SecondaryOutcome}
    for n, out in enumerate(trial.outcomes, 1):
        o = iri(f"{base}/outcome/{n}")
        w.add(t, _T.hasOutcome, o)
        w.add(o, _RDF_TYPE, _t(classes.get(out.kind, TKG.OtherOutcome)))
        w.text(o, _RDFS_LABEL, out.measure)
        w.text(o, _T.timeFrame, out.time_frame)
        w.text(o, _T.description, out.description)


def _age_bounds(trial: Trial, parsed: ParsedEligibility | None):
    """Return (min_years, min_incl, max_years, max_incl, from_text) for the trial level."""
    elig = trial.eligibility
    lo = elig.minimum_age
    hi = elig.maximum_age
    if lo or hi:
        return (lo.years if lo else None, lo.inclusive if lo else True,
                hi.years if hi else None, hi.inclusive if hi else True, elig.ages_from_text)
    if parsed is None:
        return None
    ages = [f for c, f in parsed.facts() if isinstance(f, AgeFact) and c.kind == "inclusion"]
    both = next((f for f in ages if f.min_years is not None and f.max_years is not None), None)
    if both is not None:  # one statement of the whole range wins over scattered bounds
        return (both.min_years, both.min_inclusive, both.max_years, both.max_inclusive, True)
    low = next((f for f in ages if f.min_years is not None), None)
    high = next((f for f in ages if f.max_years is not None), None)
    if low is None and high is None:
        return None
    if low is not None and high is not None and low.min_years is not None \
            and high.max_years is not None and low.min_years > high.max_years:
        return None  # bounds from different sentences that contradict: keep them on the facts only
    return (low.min_years if low else None, low.min_inclusive if low else True,
            high.max_years if high else None, high.max_inclusive if high else True, True)


def _eligibility(w: _Writer, t: str, base: str, trial: Trial,
                 parsed: ParsedEligibility | None) -> None:
    elig = trial.eligibility
    w.text(t, _T.eligibilityText, elig.criteria_text)
    if elig.healthy_volunteers is not None:
        w.add(t, _T.acceptsHealthyVolunteers, boolean(elig.healthy_volunteers))
    for group in elig.std_ages:
        w.text(t, _T.stdAge, group)
    if elig.minimum_age and elig.minimum_age.text:
        w.text(t, _T.minimumAgeText, elig.minimum_age.text)
    if elig.maximum_age and elig.maximum_age.text:
        w.text(t, _T.maximumAgeText, elig.maximum_age.text)
    ages = _age_bounds(trial, parsed)
    if ages:
        min_y, min_i, max_y, max_i, from_text = ages
        if min_y is not None:
            w.add(t, _T.minimumAgeYears, decimal(round(min_y, 4)))
            w.add(t, _T.minimumAgeInclusive, boolean(min_i))
        if max_y is not None:
            w.add(t, _T.maximumAgeYears, decimal(round(max_y, 4)))
            w.add(t, _T.maximumAgeInclusive, boolean(max_i))
        if from_text:
            w.add(t, _T.ageFromCriteriaText, boolean(True))
    sex = elig.sex
    if sex is None and parsed is not None:
        sex = next((f.sex for c, f in parsed.facts()
                    if isinstance(f, SexFact) and c.kind == "inclusion"), None)
    if sex in _SEXES:
        w.add(t, _T.eligibleSex, _t(_SEXES[sex]))
    if parsed is None:
        return
    counters = {"inclusion": 0, "exclusion": 0}
    # sets of alternative criteria ("at least one of the following:", items joined by "or")
    for number in sorted({c.any_of for c in parsed.walk() if c.any_of is not None}):
        w.add(iri(f"{base}/criteria/any/{number}"), _RDF_TYPE, _T.AlternativeSet)
    for criterion in parsed.criteria:
        counters[criterion.kind] += 1
        prefix = "I" if criterion.kind == "inclusion" else "E"
        _criterion(w, t, base, criterion, f"{prefix}{counters[criterion.kind]}",
                   counters[criterion.kind], None)


def _criterion(w: _Writer, t: str, base: str, criterion: Criterion, path: str,
               ordinal: int, parent: str | None) -> None:
    c = iri(f"{base}/criterion/{path}")
    w.add(t, _T.hasCriterion, c)
    if parent:
        w.add(parent, _T.hasSubCriterion, c)
    kind_class = _T.InclusionCriterion if criterion.kind == "inclusion" else _T.ExclusionCriterion
    w.add(c, _RDF_TYPE, kind_class)
    if not criterion.facts:
        w.add(c, _RDF_TYPE, _T.UnparsedCriterion)
    w.add(c, _T.criterionText, lit(criterion.text))
    w.add(c, _T.textStart, integer(criterion.start))
    w.add(c, _T.textEnd, integer(criterion.end))
    w.add(c, _T.ordinal, integer(ordinal))
    w.text(c, _T.marker, criterion.marker)
    if criterion.any_of is not None:
        w.add(c, _T.inAlternativeSet, iri(f"{base}/criteria/any/{criterion.any_of}"))
    # sets of alternative bounds ("creatinine ≤ 1.5 mg/dL or creatinine clearance ≥ 60 mL/min")
    sets = Counter(fact.any_of for fact in criterion.facts)
    typed: set[int] = set()
    for k, fact in enumerate(criterion.facts, 1):
        f = iri(f"{base}/criterion/{path}/fact/{k}")
        alternative = fact.any_of
        if alternative is not None and sets[alternative] > 1:
            s = iri(f"{base}/criterion/{path}/any/{alternative}")
            w.add(f, _T.inAlternativeSet, s)
            if alternative not in typed:
                typed.add(alternative)
                w.add(s, _RDF_TYPE, _T.AlternativeSet)
        w.add(c, _T.hasFact, f)
        w.add(f, _T.statedIn, c)
        w.add(f, _T.evidenceStart, integer(fact.start))
        w.add(f, _T.evidenceEnd, integer(fact.end))
        w.add(f, _T.evidenceText, lit(criterion.text[fact.start:fact.end]))
        _fact(w, f, fact)
    for n, child in enumerate(criterion.children, 1):
        _criterion(w, t, base, child, f"{path}.{n}", n, c)


def _fact(w: _Writer, f: str, fact: Fact) -> None:  # noqa: C901 - one branch per fact type
    from trialkg import mapping

    if isinstance(fact, ConditionFact):
        cls = _T.ExcludedCondition if fact.role == "excluded" else _T.RequiredCondition
        w.add(f, _RDF_TYPE, cls)
        w.text(f, _T.conditionLabel, fact.label)
        if fact.within_days is not None:
            w.add(f, _T.withinDays, decimal(fact.within_days))
        w.text(f, _T.exceptionText, fact.exceptions)
        w.text(f, _T.conditionQualifier, fact.qualifier)
        node = f"{f[:-1]}/condition>"
        w.add(f, _T.aboutCondition, node)
        _condition_node(w, node, fact.label, mapping.map_condition(fact.label))
        return
    w.add(f, _RDF_TYPE, f"<{TKG_NS}{fact.type_name}>")
    if isinstance(fact, LabThresholdFact):
        key = _analyte_keys().get(fact.loinc or "")
        if key:
            w.add(f, _T.analyte, f"<{TKG_NS}Analyte_{key}>")
        w.add(f, _T.comparator, lit(fact.comparator))
        if fact.uln_multiple is not None:
            w.add(f, _T.ulnMultiple, decimal(fact.uln_multiple))
        if fact.value is not None:
            w.add(f, _T.thresholdValue, decimal(fact.value))
            w.text(f, _T.unit, fact.unit)
            if fact.loinc and fact.unit:
                from trialkg.mapping.units import to_canonical

                try:
                    value, unit = to_canonical(fact.loinc, fact.value, fact.unit)
                except (KeyError, ValueError):
                    value, unit = None, None
                if value is not None:
                    w.add(f, _T.normalizedValue, decimal(round(value, 6)))
                    w.text(f, _T.normalizedUnit, unit)
        w.text(f, _T.appliesWhen, fact.applies_when)
        for label in fact.subgroup:
            w.text(f, _T.subgroupLabel, label)
        if fact.subgroup:
            w.add(f, _T.subgroupNegated, boolean(fact.subgroup_negated))
        if fact.sex in ("FEMALE", "MALE"):
            w.add(f, _T.eligibleSex, _t(_SEXES[fact.sex]))
        if fact.age_min_years is not None:
            w.add(f, _T.subgroupMinimumAgeYears, decimal(round(fact.age_min_years, 4)))
            w.add(f, _T.subgroupMinimumAgeInclusive, boolean(fact.age_min_inclusive is not False))
        if fact.age_max_years is not None:
            w.add(f, _T.subgroupMaximumAgeYears, decimal(round(fact.age_max_years, 4)))
            w.add(f, _T.subgroupMaximumAgeInclusive, boolean(fact.age_max_inclusive is not False))
    elif isinstance(fact, PerformanceStatusFact):
        if fact.scale in _SCALES:
            w.add(f, _T.performanceScale, _t(_SCALES[fact.scale]))
        w.add(f, _T.minimumScore, integer(fact.min))
        w.add(f, _T.maximumScore, integer(fact.max))
    elif isinstance(fact, AgeFact):
        if fact.min_years is not None:
            w.add(f, _T.minimumAgeYears, decimal(round(fact.min_years, 4)))
            w.add(f, _T.minimumAgeInclusive, boolean(fact.min_inclusive))
        if fact.max_years is not None:
            w.add(f, _T.maximumAgeYears, decimal(round(fact.max_years, 4)))
            w.add(f, _T.maximumAgeInclusive, boolean(fact.max_inclusive))
    elif isinstance(fact, SexFact):
        if fact.sex in _SEXES:
            w.add(f, _T.eligibleSex, _t(_SEXES[fact.sex]))
    elif isinstance(fact, LifeExpectancyFact):
        w.add(f, _T.minimumMonths, decimal(round(fact.min_months, 2)))
        w.add(f, _T.comparator, lit(fact.comparator))
    elif isinstance(fact, WashoutFact):
        if fact.min_days is not None:
            w.add(f, _T.minimumDays, decimal(fact.min_days))
        if fact.half_lives is not None:
            w.add(f, _T.halfLives, decimal(fact.half_lives))
        w.text(f, _T.whicheverRule, fact.rule)
        w.text(f, _T.therapyLabel, fact.therapy)
        w.text(f, _T.exceptionText, fact.exceptions)
    elif isinstance(fact, PriorTherapyFact):
        w.text(f, _T.therapyLabel, fact.therapy)
        w.add(f, _T.priorTherapyRequired, boolean(fact.required))
        if fact.min_lines is not None:
            w.add(f, _T.minimumLines, integer(fact.min_lines))
        if fact.max_lines is not None:
            w.add(f, _T.maximumLines, integer(fact.max_lines))
        w.text(f, _T.therapySetting, fact.setting)
        w.text(f, _T.exceptionText, fact.exceptions)
    elif isinstance(fact, ToxicityRecoveryFact):
        w.add(f, _T.maximumGrade, integer(fact.max_grade))
        w.text(f, _T.gradingSystem, fact.grading_system)
    elif isinstance(fact, MeasurableDiseaseFact):
        w.text(f, _T.responseCriteria, fact.response_criteria)
    elif isinstance(fact, BiomarkerFact):
        w.text(f, _T.markerLabel, fact.marker)
        w.text(f, _T.markerStatus, fact.status)
        key = re.sub(r"[^A-Za-z0-9_.-]", "", fact.marker)
        if key and _ANTIGEN_KEY.match(key) and key in _antigen_keys():
            w.add(f, _T.aboutAntigen, f"<{TKG_NS}Antigen_{key}>")


@cache
def _antigen_keys() -> frozenset[str]:
    from trialkg.mapping.tables import read_table

    return frozenset(row["key"] for row in read_table("antigens.tsv") if row.get("key"))


def trial_dataset(built: list[BuiltTrial]):
    """Return an rdflib ``Dataset`` holding the given trial graphs.

    :param built: trials from :func:`build_trial`.
    :returns: an in-memory ``rdflib.Dataset``.
    """
    import rdflib

    ds = rdflib.Dataset()
    for b in built:
        ds.graph(rdflib.URIRef(b.graph)).parse(data=b.ntriples(), format="nt")
    return ds
