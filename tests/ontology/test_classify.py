"""The SPARQL classifier, compiled from the ontology's axioms, agrees with HermiT."""

from __future__ import annotations

import time

import pyoxigraph
import pytest
from ontology_samples import EXPECTED, GRAPH_NS, sample_dataset, sample_nquads, trial
from rdflib import Graph, URIRef

from trialkg.classify import (
    UnsupportedAxiomError,
    classification_module,
    classification_query,
    classify_store,
    compile_classes,
    defined_classes,
)
from trialkg.vocab import TKG_NS

ONTOLOGY_GRAPH = "https://w3id.org/trialkg/graph/ontology"
PREFIXES = """
@prefix tkg: <https://w3id.org/trialkg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


def _store(ontology: Graph, copies: int = 1) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    store.load(ontology.serialize(format="nt", encoding="utf-8"),
               format=pyoxigraph.RdfFormat.N_TRIPLES,
               to_graph=pyoxigraph.NamedNode(ONTOLOGY_GRAPH))
    store.load(sample_nquads(copies), format=pyoxigraph.RdfFormat.N_QUADS)
    return store


def _by_trial(rows) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {t: set() for t in EXPECTED}
    for _graph, t, cls in rows:
        found[t].add(cls)
    return found


def _local(classes: set[str]) -> set[str]:
    return {c[len(TKG_NS):] for c in classes}


@pytest.fixture(scope="module")
def rows(test_ontology):
    return classify_store(_store(test_ontology), ontology=test_ontology)


def test_rows_name_the_graph_of_each_trial(rows):
    assert rows, "no trial classified"
    for graph, t, _cls in rows:
        assert graph == GRAPH_NS + t.rsplit("/", 1)[1]


@pytest.mark.parametrize("t", sorted(EXPECTED))
def test_sparql_classes_are_the_expected_ones(rows, t):
    assert _local(_by_trial(rows)[t]) == EXPECTED[t]


@pytest.mark.java
def test_sparql_classes_equal_hermit(rows, hermit_classes):
    sparql = _by_trial(rows)
    disagreements = {t: (sorted(_local(sparql[t] - hermit_classes[t])),
                         sorted(_local(hermit_classes[t] - sparql[t])))
                     for t in EXPECTED if sparql[t] != hermit_classes[t]}
    assert not disagreements, f"trial: (SPARQL only, HermiT only): {disagreements}"


def test_every_defined_class_compiles(test_ontology):
    patterns = compile_classes(test_ontology)
    assert set(patterns) == set(defined_classes(test_ontology))
    assert all(patterns.values())


def test_graphs_restrict_the_trials(test_ontology):
    store = _store(test_ontology)
    graph = GRAPH_NS + "NCT00000004"
    rows = classify_store(store, ontology=test_ontology, graphs=[graph])
    assert {(g, t) for g, t, _ in rows} == {(graph, trial("NCT00000004"))}


def test_a_new_defined_class_is_compiled_from_its_axiom(test_ontology):
    onto = Graph()
    onto += test_ontology
    onto.parse(data=PREFIXES + """
        tkg:RecruitingGD2Trial a owl:Class ; owl:equivalentClass [ owl:intersectionOf (
            tkg:GD2TargetedTrial
            [ a owl:Restriction ; owl:onProperty tkg:hasOverallStatus ;
              owl:hasValue tkg:StatusRecruiting ] ) ] .""", format="turtle")
    rows = classify_store(_store(onto), ontology=onto)
    found = {t for _g, t, cls in rows if cls == TKG_NS + "RecruitingGD2Trial"}
    assert found == {trial("NCT00000001"), trial("NCT00000003")}


def test_query_binds_graphs_with_values(test_ontology):
    query = classification_query(test_ontology, graphs=[GRAPH_NS + "NCT00000001"],
                                 classes=[URIRef(TKG_NS + "Phase1Trial")])
    assert f"VALUES ?graph {{ <{GRAPH_NS}NCT00000001> }}" in query


@pytest.mark.parametrize("axiom", [
    "tkg:X owl:equivalentClass [ owl:complementOf tkg:PediatricTrial ] .",
    "tkg:X owl:equivalentClass [ a owl:Restriction ; owl:onProperty tkg:hasArm ; "
    "owl:minCardinality 2 ] .",
    "tkg:X owl:equivalentClass [ a owl:Restriction ; owl:onProperty tkg:hasPhase ; "
    "owl:allValuesFrom tkg:TrialPhase ] .",
    "tkg:X owl:equivalentClass [ a owl:Restriction ; owl:onProperty tkg:nctId ; "
    "owl:someValuesFrom [ a rdfs:Datatype ; owl:onDatatype xsd:string ; "
    "owl:withRestrictions ( [ xsd:pattern \"^NCT\" ] ) ] ] .",
    "tkg:X owl:equivalentClass [ a owl:Restriction ; owl:onProperty tkg:hasSubCriterion ; "
    "owl:someValuesFrom tkg:EligibilityCriterion ] . "
    "tkg:hasSubCriterion a owl:TransitiveProperty .",
    "tkg:X owl:equivalentClass [ a owl:Restriction ; owl:onProperty tkg:hasArm ; "
    "owl:someValuesFrom tkg:X ] .",
], ids=["complement", "cardinality", "universal", "string-facet", "transitive", "cyclic"])
def test_uncompilable_axioms_are_refused(test_ontology, axiom):
    onto = Graph()
    onto += test_ontology
    onto.parse(data=PREFIXES + "tkg:X a owl:Class . " + axiom, format="turtle")
    with pytest.raises(UnsupportedAxiomError):
        compile_classes(onto)


@pytest.mark.slow
def test_scales_linearly_to_thousands_of_trials(test_ontology):
    """HermiT needs about a minute for 2,000 trials; the compiled query well under a second."""
    store = _store(test_ontology, copies=300)
    started = time.perf_counter()
    rows = classify_store(store, ontology=test_ontology)
    seconds = time.perf_counter() - started
    assert len({t for _g, t, _c in rows}) == 300 * (len(EXPECTED) - 1)  # one trial has no class
    assert len(rows) == 300 * sum(len(v) for v in EXPECTED.values())
    assert seconds < 20, f"classifying 2,100 trials took {seconds:.1f} s"


def test_the_classification_module_keeps_what_definitions_reach(test_ontology):
    module = classification_module(sample_dataset(), test_ontology)
    t = URIRef(trial("NCT00000001"))
    subjects = {str(x) for x in module.subjects()}
    assert {str(t), f"{t}/intervention/1", f"{t}/condition/1"} <= subjects
    assert not [x for x in subjects if "/criterion/" in x or "/outcome/" in x or "/arm/" in x]
    assert (t, URIRef(TKG_NS + "maximumAgeYears"), None) in module
