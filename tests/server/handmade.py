"""A small hand-written knowledge graph shaped like :mod:`trialkg.rdf`'s output.

Used until the loaders and the criteria parser land, and for cases the real data
may not cover (hostile text in a criterion, an unparsed criterion, a local id).
Offsets are computed from the texts, so they are right by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from trialkg.ntriples import decimal, integer, iri, lit
from trialkg.rdf import graph_iri, trial_iri
from trialkg.vocab import TKG_NS

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
OBO = "http://purl.obolibrary.org/obo/"


def t(name: str) -> str:
    return f"<{TKG_NS}{name}>"


@dataclass
class Fact:
    type: str
    evidence: str
    props: dict[str, str] = field(default_factory=dict)  # tkg local name -> N-Triples object


@dataclass
class Crit:
    kind: str
    text: str
    facts: list[Fact] = field(default_factory=list)


@dataclass
class Trial:
    ident: str
    title: str
    nct: bool = True
    phases: list[str] = field(default_factory=list)
    status: str = "StatusRecruiting"
    conditions: list[tuple[str, str | None]] = field(default_factory=list)  # label, MONDO id
    interventions: list[tuple[str, str, list[str], str | None]] = field(default_factory=list)
    eligibility: str = ""
    criteria: list[Crit] = field(default_factory=list)


def nquads(trial: Trial) -> str:
    g = f" <{graph_iri(trial.ident)}> .\n"
    tr = iri(trial_iri(trial.ident))
    base = trial_iri(trial.ident)
    out = []

    def add(s, p, o):
        out.append(f"{s} {p} {o}{g}")

    add(tr, RDF_TYPE, t("ClinicalStudy"))
    add(tr, RDF_TYPE, t("InterventionalStudy"))
    add(tr, LABEL, lit(trial.title))
    add(tr, t("title"), lit(trial.title))
    add(tr, t("nctId") if trial.nct else t("localId"), lit(trial.ident))
    for p in trial.phases:
        add(tr, t("hasPhase"), t(p))
    add(tr, t("hasOverallStatus"), t(trial.status))
    add(tr, t("enrollment"), integer(20))
    add(tr, t("minimumAgeYears"), decimal(1))
    add(tr, t("maximumAgeYears"), decimal(18))
    for n, (label, mondo) in enumerate(trial.conditions, 1):
        c = iri(f"{base}/condition/{n}")
        add(tr, t("studiesCondition"), c)
        add(c, RDF_TYPE, t("Condition"))
        add(c, LABEL, lit(label))
        if mondo:
            add(c, RDF_TYPE, iri(f"{OBO}MONDO_{mondo}"))
    for n, (label, category, targets, source) in enumerate(trial.interventions, 1):
        i = iri(f"{base}/intervention/{n}")
        add(tr, t("hasIntervention"), i)
        add(i, RDF_TYPE, t(category))
        add(i, LABEL, lit(label))
        add(i, t("registryInterventionType"), lit("BIOLOGICAL"))
        for key in targets:
            add(i, t("targetsAntigen"), t(f"Antigen_{key}"))
        if source:
            add(i, t("hasCellSource"), t(source))
    if trial.eligibility:
        add(tr, t("eligibilityText"), lit(trial.eligibility))
    counters = {"inclusion": 0, "exclusion": 0}
    for crit in trial.criteria:
        counters[crit.kind] += 1
        path = ("I" if crit.kind == "inclusion" else "E") + str(counters[crit.kind])
        c = iri(f"{base}/criterion/{path}")
        start = trial.eligibility.index(crit.text)
        add(tr, t("hasCriterion"), c)
        kind = "InclusionCriterion" if crit.kind == "inclusion" else "ExclusionCriterion"
        add(c, RDF_TYPE, t(kind))
        if not crit.facts:
            add(c, RDF_TYPE, t("UnparsedCriterion"))
        add(c, t("criterionText"), lit(crit.text))
        add(c, t("textStart"), integer(start))
        add(c, t("textEnd"), integer(start + len(crit.text)))
        add(c, t("ordinal"), integer(counters[crit.kind]))
        for k, fact in enumerate(crit.facts, 1):
            f = iri(f"{base}/criterion/{path}/fact/{k}")
            fs = crit.text.index(fact.evidence)
            add(c, t("hasFact"), f)
            add(f, t("statedIn"), c)
            add(f, RDF_TYPE, t(fact.type))
            add(f, t("evidenceStart"), integer(fs))
            add(f, t("evidenceEnd"), integer(fs + len(fact.evidence)))
            add(f, t("evidenceText"), lit(fact.evidence))
            for prop, obj in fact.props.items():
                add(f, t(prop), obj)
    return "".join(out)


NB_TEXT = """Inclusion Criteria:
• Diagnosis of recurrent/refractory neuroblastoma.
• Physical strength score 0-3 (ECOG standard).
• Expected survival ≥3 months
• Adequate kidney and liver function: creatinine clearance > 60 mL/min; Serum ALT/AST ≤ 2.5 ULN
• Written <b>consent</b> & "assent" <script>alert(1)</script>

Exclusion Criteria:
• Active HIV infection."""

NB = Trial(
    ident="NCT90000001",
    title="GD2-CAR T cells for relapsed or refractory neuroblastoma",
    phases=["Phase1"],
    conditions=[("Neuroblastoma", "0005072")],
    interventions=[("GD2-CAR T cells", "CARTCellTherapy", ["GD2"], "AutologousSource")],
    eligibility=NB_TEXT,
    criteria=[
        Crit("inclusion", "Diagnosis of recurrent/refractory neuroblastoma."),
        Crit("inclusion", "Physical strength score 0-3 (ECOG standard).", [
            Fact("PerformanceStatusRequirement", "score 0-3 (ECOG",
                 {"performanceScale": t("ECOGScale"), "minimumScore": integer(0),
                  "maximumScore": integer(3)})]),
        Crit("inclusion", "Expected survival ≥3 months", [
            Fact("LifeExpectancyRequirement", "survival ≥3 months",
                 {"minimumMonths": decimal(3), "comparator": lit(">=")})]),
        Crit("inclusion", "Adequate kidney and liver function: creatinine clearance > 60 mL/min; "
                          "Serum ALT/AST ≤ 2.5 ULN", [
            Fact("LabThreshold", "creatinine clearance > 60 mL/min",
                 {"analyte": t("Analyte_creatinine_clearance"), "comparator": lit(">"),
                  "thresholdValue": decimal(60), "unit": lit("mL/min")}),
            Fact("LabThreshold", "ALT/AST ≤ 2.5 ULN",
                 {"analyte": t("Analyte_ALT"), "comparator": lit("<="),
                  "ulnMultiple": decimal(2.5)})]),
        Crit("inclusion", 'Written <b>consent</b> & "assent" <script>alert(1)</script>'),
        Crit("exclusion", "Active HIV infection.", [
            Fact("ExcludedCondition", "HIV infection",
                 {"conditionLabel": lit("hiv infection")})]),
    ],
)

OTHERS = [
    Trial("NCT90000002", "Anti-GD2 antibody with chemotherapy in neuroblastoma", phases=["Phase2"],
          conditions=[("Neuroblastoma", "0005072")],
          interventions=[("dinutuximab", "MonoclonalAntibody", ["GD2"], None),
                         ("cyclophosphamide", "Chemotherapy", [], None)]),
    Trial("NCT90000003", "CD19 CAR-T for B-ALL", phases=["Phase1", "Phase2"],
          conditions=[("B-cell acute lymphoblastic leukemia", "0004947")],
          interventions=[("CD19 CAR-T", "CARTCellTherapy", ["CD19"], "AutologousSource")]),
    Trial("NCT90000004", "Allogeneic NK cells in AML", phases=["Phase1"],
          conditions=[("Acute myeloid leukemia", "0018874")],
          interventions=[("NK cells", "NKCellTherapy", [], "AllogeneicSource")]),
    Trial("seed-local-1", "A locally numbered trial of an anti-AQP4 antibody in NMOSD",
          nct=False, phases=["Phase3"],
          conditions=[("NMOSD", "0019100"), ("Unmapped rare thing", None)],
          interventions=[("inebilizumab", "MonoclonalAntibody", [], None)]),
]

#: MONDO labels, as the vocabulary module would give them.
MONDO_LABELS = {"0005072": "neuroblastoma", "0004947": "B-cell acute lymphoblastic leukemia",
                "0018874": "acute myeloid leukemia",
                "0019100": "neuromyelitis optica spectrum disorder"}


def build_store(path) -> list[str]:
    """Write the hand-made trials (and MONDO labels) into a new store; return the trial ids."""
    import pyoxigraph

    from trialkg.store import ONTOLOGY_GRAPH, TrialStore

    trials = [NB, *OTHERS]
    with TrialStore.open(path, write=True) as st:
        st.replace_graphs([graph_iri(x.ident) for x in trials],
                          "".join(nquads(x) for x in trials).encode())
        onto = pyoxigraph.NamedNode(ONTOLOGY_GRAPH)
        quads = list(st.oxigraph.quads_for_pattern(None, None, None, onto))
        for key, label in MONDO_LABELS.items():
            cls = pyoxigraph.NamedNode(f"{OBO}MONDO_{key}")
            quads.append(pyoxigraph.Quad(cls, pyoxigraph.NamedNode(LABEL[1:-1]),
                                         pyoxigraph.Literal(label), onto))
        st.replace_graphs([ONTOLOGY_GRAPH], pyoxigraph.serialize(
            quads, format=pyoxigraph.RdfFormat.N_QUADS))
    return [x.ident for x in trials]
