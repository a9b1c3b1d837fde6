"""trialkg: a knowledge graph of clinical trials.

Trial records (ClinicalTrials.gov JSON or XML, free-text trial pages) become RDF
under an OWL 2 ontology, with eligibility criteria as computable facts; SPARQL
answers questions across trials.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
