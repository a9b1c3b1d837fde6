"""The Python API: load, query, screen and open the graph with rdflib.

>>> import trialkg
>>> rows = trialkg.query("trials", store="kg")          # doctest: +SKIP
>>> rows[["nct_id", "title"]].head()                     # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["load", "query", "sparql", "match", "open_graph"]


def load(paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *,
         store: str | os.PathLike[str] | None = None, strict: bool = False,
         workers: int | None = None):
    """Load trial files or folders into a store (created when missing).

    :param paths: one path or several.
    :param store: the store folder (default ``$TRIALKG_STORE`` or ``./trialkg-store``).
    :param strict: reject records with malformed optional fields.
    :param workers: worker processes (0: none; None: one per core).
    :returns: a :class:`~trialkg.pipeline.LoadReport` (``.rejected`` lists what was not loaded).
    """
    from trialkg.pipeline import load_paths
    from trialkg.store import TrialStore

    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    with TrialStore.open(store, write=True) as st:
        return load_paths(items, st, strict=strict, workers=workers)


def _records(table, as_frame: bool | None):
    if as_frame is False:
        return table.records()
    try:
        return table.to_dataframe()
    except ImportError:
        if as_frame:
            raise
        return table.records()


def query(name: str, *, store: str | os.PathLike[str] | None = None, endpoint: str | None = None,
          as_frame: bool | None = None, **params: Any):
    """Run a named query of the library.

    :param name: the query name (see ``trialkg queries``).
    :param store: a store folder (default ``$TRIALKG_STORE`` or ``./trialkg-store``).
    :param endpoint: a SPARQL 1.1 endpoint URL instead of a store.
    :param as_frame: True: a pandas DataFrame; False: a list of dicts; None: a DataFrame
        when pandas is installed.
    :param params: the query's parameters.
    :returns: the rows.
    """
    from trialkg.backends import open_backend
    from trialkg.queries import run_named

    backend = open_backend(store=store, endpoint=endpoint)
    try:
        table = run_named(name, backend, params)
    finally:
        backend.close()
    return _records(table, as_frame)


def sparql(text: str, *, store: str | os.PathLike[str] | None = None,
           endpoint: str | None = None, as_frame: bool | None = None):
    """Run a SPARQL SELECT query over the whole graph (updates and SERVICE refused).

    :param text: the query.
    :param store: a store folder.
    :param endpoint: a SPARQL 1.1 endpoint URL instead of a store.
    :param as_frame: as for :func:`query`.
    :returns: the rows.
    """
    from trialkg.backends import open_backend
    from trialkg.guard import check_query

    check_query(text)
    backend = open_backend(store=store, endpoint=endpoint)
    try:
        table = backend.select(text)
    finally:
        backend.close()
    return _records(table, as_frame)


def match(profile: str | os.PathLike[str] | dict[str, Any], *,
          store: str | os.PathLike[str] | None = None, endpoint: str | None = None,
          only: str | None = None) -> list[dict[str, Any]]:
    """Screen every trial against a patient profile.

    :param profile: a JSON/YAML file or an already-decoded profile dict.
    :param store: a store folder.
    :param endpoint: a SPARQL 1.1 endpoint URL instead of a store.
    :param only: ``eligible`` or ``possible``.
    :returns: one dict per trial: trial, nct_id, source, title, verdict, criteria.
    """
    from trialkg.backends import open_backend
    from trialkg.patient import load_profile, parse_profile
    from trialkg.screening import screen

    patient = parse_profile(profile) if isinstance(profile, dict) else load_profile(Path(profile))
    backend = open_backend(store=store, endpoint=endpoint)
    try:
        return [v.as_dict() for v in screen(patient, backend, only=only)]
    finally:
        backend.close()


@contextmanager
def open_graph(store: str | os.PathLike[str] | None = None):
    """Open a store as a read-only rdflib ``Dataset`` (through oxrdflib).

    The default graph is the union of all graphs, so ``ds.query(...)`` sees every trial
    and the ontology.

    :param store: a store folder.
    :returns: a context manager yielding the ``rdflib.Dataset``.
    """
    import rdflib
    from oxrdflib import OxigraphStore

    from trialkg.store import TrialStore

    with TrialStore.open(store) as st:
        yield rdflib.Dataset(store=OxigraphStore(store=st.oxigraph), default_union=True)
