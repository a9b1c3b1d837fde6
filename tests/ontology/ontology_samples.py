"""Data of the ontology tests: a vocabulary stand-in and hand-made trials.

Until ``ontology/trialkg-vocabulary.ttl`` is generated, a small stand-in declares the
vocabulary terms the core uses (neoplasm, GD2, CD19). The hand-made trials follow the
shape of the RDF builder's output; ``EXPECTED`` lists the defined classes each belongs to.
"""

from __future__ import annotations

import re
import warnings

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef

from trialkg.resources import ontology_dir
from trialkg.vocab import DATA_NS, GRAPH_NS, TKG, TKG_NS  # noqa: F401 (GRAPH_NS re-exported)

OBO = Namespace("http://purl.obolibrary.org/obo/")
PROV = Namespace("http://www.w3.org/ns/prov#")
MESH = Namespace("http://id.nlm.nih.gov/mesh/")
ORG = Namespace("https://w3id.org/trialkg/organization/")
#: Terms of the vocabulary module (not in the closed core namespace).
VOC = Namespace(TKG_NS)
#: Numeric datatypes (literals compared by value).
NUMERIC_TYPES = frozenset([XSD.decimal, XSD.integer, XSD.double])

VOCABULARY = ontology_dir() / "trialkg-vocabulary.ttl"
#: Stand-in for the generated vocabulary module (used only while it does not exist).
STANDIN_VOCABULARY = """\
@prefix tkg: <https://w3id.org/trialkg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix obo: <http://purl.obolibrary.org/obo/> .
<https://w3id.org/trialkg/ontology/vocabulary> a owl:Ontology .
tkg:TargetAntigen a owl:Class .
tkg:LabAnalyte a owl:Class .
obo:MONDO_0005070 a owl:Class ; rdfs:label "neoplasm" .
tkg:Antigen_GD2 a owl:NamedIndividual , tkg:TargetAntigen ; rdfs:label "GD2" .
tkg:Antigen_CD19 a owl:NamedIndividual , tkg:TargetAntigen ; rdfs:label "CD19" .
tkg:Analyte_ALT a owl:NamedIndividual , tkg:LabAnalyte ; rdfs:label "alanine aminotransferase" .
"""
#: Vocabulary terms the hand-made trials use, added to the merged ontology in the tests.
TEST_DISEASES = """\
@prefix tkg: <https://w3id.org/trialkg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix obo: <http://purl.obolibrary.org/obo/> .
obo:MONDO_0005072 a owl:Class ; rdfs:label "neuroblastoma" ; rdfs:subClassOf tkg:SolidNeoplasm .
obo:MONDO_0009807 a owl:Class ; rdfs:label "osteosarcoma" ; rdfs:subClassOf tkg:SolidNeoplasm .
obo:MONDO_0004967 a owl:Class ; rdfs:label "acute lymphoblastic leukemia" ;
    rdfs:subClassOf obo:MONDO_0005070 .
tkg:Antigen_B7H3 a owl:NamedIndividual , tkg:TargetAntigen ; rdfs:label "B7-H3" .
tkg:Analyte_ALT a owl:NamedIndividual , tkg:LabAnalyte ; rdfs:label "alanine aminotransferase" .
"""


def _trial(ds: Dataset, ident: str, *, nct: bool = True, types=(TKG.ClinicalStudy,),
           phases=(), min_age=None, max_age=None, interventions=(), conditions=()) -> URIRef:
    """Add one trial graph in the builder's shape: interventions are (class, antigens, source)."""
    g = ds.graph(URIRef(GRAPH_NS + ident))
    t = URIRef(DATA_NS + ident)
    for cls in types:
        g.add((t, RDF.type, cls))
    g.add((t, RDFS.label, Literal(f"Trial {ident}")))
    g.add((t, TKG.nctId if nct else TKG.localId, Literal(ident)))
    g.add((t, TKG.title, Literal(f"A study {ident}")))
    g.add((t, TKG.hasOverallStatus, TKG.StatusRecruiting))
    g.add((t, TKG.enrollment, Literal(15, datatype=XSD.integer)))
    g.add((t, TKG.startDate, Literal("2021-03-04", datatype=XSD.date)))
    g.add((t, TKG.completionDate, Literal("2025-06", datatype=XSD.gYearMonth)))
    g.add((t, TKG.firstPostedDate, Literal("2020", datatype=XSD.gYear)))
    g.add((t, TKG.eligibleSex, TKG.AllSexes))
    g.add((t, TKG.acceptsHealthyVolunteers, Literal(False)))
    g.add((t, TKG.hasLeadSponsor, ORG["childrens-oncology-group"]))
    g.add((ORG["childrens-oncology-group"], RDF.type, TKG.Organization))
    g.add((ORG["childrens-oncology-group"], RDFS.label, Literal("Children's Oncology Group")))
    for phase in phases:
        g.add((t, TKG.hasPhase, phase))
    for prop, age in ((TKG.minimumAgeYears, min_age), (TKG.maximumAgeYears, max_age)):
        if age is not None:
            value = age if isinstance(age, Literal) else Literal(str(age), datatype=XSD.decimal)
            g.add((t, prop, value))
    for n, (cls, antigens, source) in enumerate(interventions, 1):
        i = URIRef(f"{t}/intervention/{n}")
        g.add((t, TKG.hasIntervention, i))
        g.add((i, RDF.type, cls))
        g.add((i, RDFS.label, Literal(f"intervention {n}")))
        g.add((i, TKG.registryInterventionType, Literal("BIOLOGICAL")))
        for antigen in antigens:
            g.add((i, TKG.targetsAntigen, antigen))
        if source is not None:
            g.add((i, TKG.hasCellSource, source))
        arm = URIRef(f"{t}/arm/{n}")
        g.add((t, TKG.hasArm, arm))
        g.add((arm, RDF.type, TKG.StudyArm))
        g.add((arm, RDFS.label, Literal(f"arm {n}")))
        g.add((arm, TKG.armIntervention, i))
    for n, (label, disease) in enumerate(conditions, 1):
        c = URIRef(f"{t}/condition/{n}")
        g.add((t, TKG.studiesCondition, c))
        g.add((c, RDF.type, TKG.Condition))
        g.add((c, RDFS.label, Literal(label)))
        if disease is not None:
            g.add((c, RDF.type, disease))
            g.add((c, TKG.hasQualifier, TKG.Relapsed))
            g.add((c, TKG.meshDescriptor, MESH.D009447))
    o = URIRef(f"{t}/outcome/1")
    g.add((t, TKG.hasOutcome, o))
    g.add((o, RDF.type, TKG.PrimaryOutcome))
    g.add((o, RDFS.label, Literal("Dose-limiting toxicities")))
    g.add((o, TKG.timeFrame, Literal("28 days")))
    _criteria(g, t)
    graph = URIRef(GRAPH_NS + ident)
    g.add((graph, TKG.describesTrial, t))
    g.add((graph, TKG.sourceFile, Literal(f"{ident}.json")))
    g.add((graph, TKG.sourceSha256, Literal("0" * 64)))
    g.add((graph, TKG.sourceFormat, Literal("ctgov-json")))
    g.add((graph, PROV.wasDerivedFrom, URIRef(f"file:///data/{ident}.json")))
    g.add((graph, PROV.generatedAtTime, Literal("2026-01-02T03:04:05Z", datatype=XSD.dateTime)))
    g.add((graph, TKG.trialkgVersion, Literal("0.1.0")))
    return t


def _criteria(g: Graph, t: URIRef) -> None:
    """Criteria and facts that must not change the trial's classes (ages of facts, conditions)."""
    text = "Age 1 to 10 years\nALT <= 2.5 x ULN\nNo active CNS neuroblastoma"
    g.add((t, TKG.eligibilityText, Literal(text)))
    spans = [("I1", TKG.InclusionCriterion, 0, 17), ("I2", TKG.InclusionCriterion, 18, 34),
             ("E1", TKG.ExclusionCriterion, 35, 62)]
    for n, (path, cls, start, end) in enumerate(spans, 1):
        c = URIRef(f"{t}/criterion/{path}")
        g.add((t, TKG.hasCriterion, c))
        g.add((c, RDF.type, cls))
        g.add((c, TKG.criterionText, Literal(text[start:end])))
        g.add((c, TKG.textStart, Literal(start)))
        g.add((c, TKG.textEnd, Literal(end)))
        g.add((c, TKG.ordinal, Literal(n)))
        f = URIRef(f"{c}/fact/1")
        g.add((c, TKG.hasFact, f))
        g.add((f, TKG.statedIn, c))
        g.add((f, TKG.evidenceStart, Literal(0)))
        g.add((f, TKG.evidenceEnd, Literal(end - start)))
        g.add((f, TKG.evidenceText, Literal(text[start:end])))
    age, lab, cond = (URIRef(f"{t}/criterion/{p}/fact/1") for p in ("I1", "I2", "E1"))
    g.add((age, RDF.type, TKG.AgeRequirement))
    g.add((age, TKG.minimumAgeYears, Literal("1", datatype=XSD.decimal)))
    g.add((age, TKG.maximumAgeYears, Literal("10", datatype=XSD.decimal)))
    g.add((age, TKG.minimumAgeInclusive, Literal(True)))
    g.add((lab, RDF.type, TKG.LabThreshold))
    g.add((lab, TKG.analyte, VOC.Analyte_ALT))
    g.add((lab, TKG.comparator, Literal("<=")))
    g.add((lab, TKG.ulnMultiple, Literal("2.5", datatype=XSD.decimal)))
    g.add((cond, RDF.type, TKG.ExcludedCondition))
    g.add((cond, TKG.conditionLabel, Literal("cns neuroblastoma")))
    node = URIRef(f"{cond}/condition")
    g.add((cond, TKG.aboutCondition, node))
    g.add((node, RDF.type, TKG.Condition))
    g.add((node, RDF.type, OBO.MONDO_0005072))
    g.add((node, RDFS.label, Literal("CNS neuroblastoma")))


def sample_dataset() -> Dataset:
    """Seven hand-made trials, one named graph each; see :data:`EXPECTED`."""
    ds = Dataset()
    car_t, nk, mab = TKG.CARTCellTherapy, TKG.NKCellTherapy, TKG.MonoclonalAntibody
    _trial(ds, "NCT00000001", types=(TKG.ClinicalStudy, TKG.InterventionalStudy),
           phases=(TKG.Phase1, TKG.Phase2), min_age=1, max_age=18,
           interventions=[(car_t, [VOC.Antigen_GD2], TKG.AutologousSource)],
           conditions=[("Relapsed Refractory Neuroblastoma", OBO.MONDO_0005072)])
    _trial(ds, "NCT00000002", phases=(TKG.Phase2,), min_age=18, max_age=75,
           interventions=[(car_t, [VOC.Antigen_CD19], TKG.AllogeneicSource)],
           conditions=[("B-cell Acute Lymphoblastic Leukemia", OBO.MONDO_0004967)])
    _trial(ds, "NCT00000003", phases=(TKG.Phase3,), min_age="0.5", max_age=21,
           interventions=[(nk, [], TKG.AllogeneicSource), (mab, [VOC.Antigen_GD2], None)],
           conditions=[("Osteosarcoma", OBO.MONDO_0009807)])
    _trial(ds, "NCT00000004", types=(TKG.ClinicalStudy, TKG.ObservationalStudy),
           min_age=12, max_age="17.5", conditions=[("Fatigue", None)])
    # a stem cell transplant with a cell source is a cell therapy by the domain of hasCellSource
    _trial(ds, "local-transplant-study", nct=False, phases=(TKG.EarlyPhase1,),
           min_age=Literal(0), max_age=Literal(18, datatype=XSD.integer),
           interventions=[(TKG.StemCellTransplant, [], TKG.CordBloodSource)])
    # an antigen the vocabulary does not know is still a target antigen (range of targetsAntigen)
    _trial(ds, "NCT00000006", types=(TKG.InterventionalStudy,), phases=(TKG.Phase1,),
           interventions=[(TKG.Chemotherapy, [], None),
                          (mab, [VOC.Antigen_B7H3], None)])
    _trial(ds, "NCT00000007", phases=(TKG.PhaseNotApplicable,), min_age=65, max_age=90)
    return ds


def sample_nquads(copies: int = 1) -> bytes:
    """The sample trials as N-Quads; with copies > 1, renamed copies (``NCT00000021``…)."""
    with warnings.catch_warnings():  # rdflib's N-Quads writer uses a deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        text = sample_dataset().serialize(format="nquads", encoding="utf-8").decode()
    if copies == 1:
        return text.encode()
    ids = re.compile(r"NCT0000000(\d)|local-transplant-study")

    def rename(m: re.Match, k: int) -> str:
        return f"NCT{k:07d}{m.group(1)}" if m.group(1) else f"{m.group(0)}-{k}"
    return "".join(ids.sub(lambda m, k=k: rename(m, k), text) for k in range(copies)).encode()


def trial(ident: str) -> str:
    return DATA_NS + ident


#: The defined classes (local names) each sample trial belongs to.
EXPECTED = {
    trial("NCT00000001"): {"PediatricTrial", "TrialAcceptingChildren", "CellTherapyTrial",
                           "CARTTrial", "AntigenTargetedTrial", "GD2TargetedTrial",
                           "NeoplasmTrial", "SolidTumorTrial", "PediatricSolidTumorTrial",
                           "PediatricCellTherapyTrial", "Phase1Trial", "Phase2Trial"},
    trial("NCT00000002"): {"CellTherapyTrial", "CARTTrial", "AntigenTargetedTrial",
                           "CD19TargetedTrial", "NeoplasmTrial", "Phase2Trial"},
    trial("NCT00000003"): {"TrialAcceptingChildren", "CellTherapyTrial", "NKCellTrial",
                           "MonoclonalAntibodyTrial", "AntigenTargetedTrial", "GD2TargetedTrial",
                           "NeoplasmTrial", "SolidTumorTrial", "Phase3Trial"},
    trial("NCT00000004"): {"PediatricTrial", "TrialAcceptingChildren"},
    trial("local-transplant-study"): {"PediatricTrial", "TrialAcceptingChildren",
                                      "CellTherapyTrial", "PediatricCellTherapyTrial"},
    trial("NCT00000006"): {"MonoclonalAntibodyTrial", "AntigenTargetedTrial", "Phase1Trial"},
    trial("NCT00000007"): set(),
}
