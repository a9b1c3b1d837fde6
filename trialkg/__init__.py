"""trialkg: a knowledge graph of clinical trials.

Trial records (ClinicalTrials.gov JSON or XML, free-text trial pages) become RDF
under an OWL 2 ontology, with eligibility criteria as computable facts; SPARQL
answers questions across trials.

>>> import trialkg
>>> trialkg.__version__
'0.1.0'

The Python API (:func:`load`, :func:`query`, :func:`sparql`, :func:`match`,
:func:`open_graph`) is imported on first use, so ``import trialkg`` stays light.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "load", "query", "sparql", "match", "open_graph"]


def __getattr__(name: str) -> Any:
    if name in ("load", "query", "sparql", "match", "open_graph"):
        from trialkg import api

        return getattr(api, name)
    raise AttributeError(f"module 'trialkg' has no attribute {name!r}")
