"""Fixtures of the ontology tests: the merged ontology (with a vocabulary stand-in until
the vocabulary module is generated) and the hand-made trials of ``ontology_samples``."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
from ontology_samples import STANDIN_VOCABULARY, TEST_DISEASES, VOCABULARY, sample_dataset
from rdflib import Dataset, Graph

from trialkg.resources import ontology_dir


@pytest.fixture(scope="session")
def ontology_files(tmp_path_factory) -> tuple[Path, Path]:
    """The core file and the vocabulary module (or the stand-in), in a folder of their own."""
    folder = tmp_path_factory.mktemp("ontology")
    shutil.copy(ontology_dir() / "trialkg.ttl", folder / "trialkg.ttl")
    vocabulary = folder / "trialkg-vocabulary.ttl"
    if VOCABULARY.exists():
        shutil.copy(VOCABULARY, vocabulary)
    else:
        vocabulary.write_text(STANDIN_VOCABULARY, encoding="utf-8")
    return folder / "trialkg.ttl", vocabulary


@pytest.fixture(scope="session")
def merged(ontology_files) -> Graph:
    from trialkg.ontology import merged_ontology_graph

    core, vocabulary = ontology_files
    return merged_ontology_graph(core=core, vocabulary=vocabulary)


@pytest.fixture(scope="session")
def test_ontology(merged) -> Graph:
    """The merged ontology plus the test disease classes."""
    graph = Graph()
    graph += merged
    graph.parse(data=TEST_DISEASES, format="turtle")
    return graph


@pytest.fixture()
def sample() -> Dataset:
    return sample_dataset()


@pytest.fixture(scope="session")
def hermit_classes(test_ontology) -> dict[str, set[str]]:
    """HermiT's classification of the sample trials (one run per session)."""
    from trialkg.ontology import classify_individuals

    return classify_individuals(sample_dataset(), ontology=test_ontology)


@pytest.fixture(scope="session")
def example_trials():
    """The bundled example records, built into trial graphs by the RDF builder."""
    from rdflib import Dataset

    from trialkg.pipeline import iter_built
    from trialkg.resources import examples_dir

    built = [b for b in iter_built([examples_dir() / "ctgov-sample.jsonl"], workers=0)
             if hasattr(b, "nquads")]
    assert built, "the RDF builder built no example trial"
    ds = Dataset()
    with warnings.catch_warnings():  # rdflib's N-Quads parser uses a deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        ds.parse(data="".join(b.nquads for b in built), format="nquads")
    return ds
