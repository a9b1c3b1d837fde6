"""trialkg/vocab.py and ontology/trialkg.owl are what ontology/trialkg.ttl generates.

Fix any failure here with ``python -m trialkg.ontology build``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from trialkg import vocab
from trialkg.ontology import (
    BUILD_COMMAND,
    CORE_FILE,
    OWL_FILE,
    VOCABULARY_FILE,
    declared_terms,
    render_owl,
    render_vocab,
)
from trialkg.resources import ontology_dir

FIX = f"regenerate with `{BUILD_COMMAND}`"


@pytest.fixture(scope="module")
def declared() -> set[str]:
    core = Graph().parse(ontology_dir() / CORE_FILE, format="turtle")
    return set().union(*declared_terms(core, vocab.TKG_NS).values())


def test_every_term_of_the_core_is_in_vocab(declared):
    missing = declared - set(vocab.TKG.__annotations__)
    assert not missing, (f"declared in ontology/{CORE_FILE} but missing from trialkg/vocab.py: "
                         f"{sorted(missing)}; {FIX}")


def test_every_term_of_vocab_is_declared_in_the_core(declared):
    extra = set(vocab.TKG.__annotations__) - declared
    assert not extra, (f"in trialkg/vocab.py but not declared in ontology/{CORE_FILE}: "
                       f"{sorted(extra)}; {FIX} (or declare them in the ontology)")


def test_vocab_terms_resolve():
    for name in vocab.TKG.__annotations__:
        assert str(getattr(vocab.TKG, name)) == vocab.TKG_NS + name
    with pytest.raises(AttributeError):
        vocab.TKG.NoSuchTerm  # noqa: B018 - the namespace is closed


def test_vocab_py_is_up_to_date():
    current = Path(vocab.__file__).read_text(encoding="utf-8")
    assert current == render_vocab(), f"trialkg/vocab.py is stale; {FIX}"


def test_trialkg_owl_is_up_to_date():
    if not (ontology_dir() / VOCABULARY_FILE).exists():
        pytest.skip(f"ontology/{VOCABULARY_FILE} not generated yet: ontology/{OWL_FILE} "
                    f"cannot be built")
    path = ontology_dir() / OWL_FILE
    assert path.exists(), f"ontology/{OWL_FILE} is missing; {FIX}"
    assert path.read_text(encoding="utf-8") == render_owl(), f"ontology/{OWL_FILE} is stale; {FIX}"
