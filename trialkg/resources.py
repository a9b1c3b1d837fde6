"""Find the bundled data: the ontology, the query library and the example trials.

Installed wheels carry ``ontology/`` and ``queries/`` inside the package (under
``trialkg/_resources``); a source checkout has them at the repository root. This
module is the only place that knows both layouts.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["ontology_dir", "queries_dir", "examples_dir", "mappings_dir", "package_data_dir"]

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    installed = _PACKAGE / "_resources" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"trialkg resource folder {name!r} is missing from this installation")


@cache
def ontology_dir() -> Path:
    """Return the folder holding the OWL files, SHACL shapes and the Protégé catalog."""
    return _find("ontology")


@cache
def mappings_dir() -> Path:
    """Return the folder of curated mapping tables (TSV) under the ontology folder."""
    return ontology_dir() / "mappings"


@cache
def queries_dir() -> Path:
    """Return the folder of named SPARQL queries (``*.rq``)."""
    return _find("queries")


@cache
def package_data_dir() -> Path:
    """Return the folder of data files shipped inside the Python package."""
    return _PACKAGE / "data"


@cache
def examples_dir() -> Path:
    """Return the folder of bundled example trials used by ``trialkg demo``."""
    return package_data_dir() / "examples"
