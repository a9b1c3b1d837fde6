"""HermiT (through owlready2) on the merged ontology and on hand-made trials."""

from __future__ import annotations

import pytest
from ontology_samples import EXPECTED, NUMERIC_TYPES, sample_dataset
from rdflib import BNode, Literal

from trialkg.classify import defined_classes
from trialkg.ontology import check_consistency, to_owl_dataset, write_owl
from trialkg.vocab import TKG_NS

pytestmark = pytest.mark.java


def test_merged_ontology_is_consistent_and_every_class_satisfiable(merged):
    report = check_consistency(merged)
    assert report.consistent, "HermiT: the merged ontology is inconsistent"
    assert report.unsatisfiable == [], f"unsatisfiable classes: {report.unsatisfiable}"


def test_sample_trials_cover_every_defined_class(test_ontology):
    defined = {str(c)[len(TKG_NS):] for c in defined_classes(test_ontology)}
    covered = set().union(*EXPECTED.values())
    assert defined <= covered, (
        f"no hand-made trial in tests/ontology/ontology_samples.py is expected in "
        f"{sorted(defined - covered)}: add one")


@pytest.mark.parametrize("trial", sorted(EXPECTED))
def test_trials_are_classified_into_the_expected_defined_classes(hermit_classes, trial):
    found = {iri[len(TKG_NS):] for iri in hermit_classes[trial]}
    assert found == EXPECTED[trial], (f"{trial}: unexpected {sorted(found - EXPECTED[trial])}, "
                                      f"missing {sorted(EXPECTED[trial] - found)}")


def test_the_classification_module_changes_no_class(hermit_classes, test_ontology):
    from trialkg.ontology import classify_individuals

    full = classify_individuals(sample_dataset(), ontology=test_ontology, module=False)
    assert full == hermit_classes


def _comparable(graph) -> tuple[set, int]:
    """Triples without blank nodes (literals by value), and the number with blank nodes."""
    named, anonymous = set(), 0
    for s, p, o in graph:
        if isinstance(s, BNode) or isinstance(o, BNode):
            anonymous += 1
        elif str(s) != "http://anonymous":  # owlready2's own placeholder ontology
            value = o
            if isinstance(o, Literal):
                value = float(o) if o.datatype in NUMERIC_TYPES else str(o)
            named.add((s, p, value))
    return named, anonymous


def test_rdfxml_export_is_reparsed_by_owlready2(test_ontology, tmp_path):
    import owlready2

    exported = to_owl_dataset(sample_dataset(), ontology=test_ontology)
    path = write_owl(tmp_path / "export.owl", exported)
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    assert onto.base_iri == TKG_NS
    reparsed = list(world.as_rdflib_graph().triples((None, None, None)))
    assert _comparable(reparsed) == _comparable(exported)
    trial = world["https://w3id.org/trialkg/trial/NCT00000001"]
    assert world[TKG_NS + "ClinicalStudy"] in trial.is_a
    assert trial.nctId == "NCT00000001"  # functional
    assert trial.startDate == ["2021-03-04"]  # xsd:date exported as a plain string
    assert len(world[TKG_NS + "PediatricTrial"].equivalent_to) == 1
