"""Where queries run: the embedded store or a remote SPARQL 1.1 server.

Both backends offer the same small interface — ``select(query, bindings) -> Table``,
``ask``, ``construct`` and ``close`` — and are chosen by name with
:func:`open_backend`, so the query library, the CLI, patient screening and the
server never care where the data lives.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from trialkg.errors import QueryError, StoreError
from trialkg.results import Table, Term

if TYPE_CHECKING:
    from trialkg.remote import RemoteBackend

__all__ = ["Backend", "EmbeddedBackend", "open_backend", "BACKENDS"]


class Backend(Protocol):
    """What every query backend offers."""

    def select(self, query: str, bindings: dict[str, Any] | None = None) -> Table:
        """Run a SELECT query."""

    def ask(self, query: str, bindings: dict[str, Any] | None = None) -> bool:
        """Run an ASK query."""

    def construct(self, query: str, bindings: dict[str, Any] | None = None) -> bytes:
        """Run a CONSTRUCT or DESCRIBE query; return N-Triples."""

    def close(self) -> None:
        """Release resources."""


class EmbeddedBackend:
    """Queries on a local store folder, opened read-only on first use."""

    name = "embedded"

    def __init__(self, path: str | os.PathLike[str] | None = None, *, store=None,
                 wait: float = 5.0) -> None:
        self._path = path
        self._store = store
        self._owned = store is None
        self._wait = wait

    @property
    def store(self):
        """Return the open :class:`~trialkg.store.TrialStore`."""
        if self._store is None:
            from trialkg.store import TrialStore

            self._store = TrialStore.open(self._path, write=False, wait=self._wait)
        return self._store

    def _run(self, query: str, bindings: dict[str, Any] | None):
        from trialkg.remote import inject_values

        store = self.store
        if bindings:
            # Oxigraph's substitutions only bind projected variables; a VALUES block of
            # terms it serialized itself binds any variable, as for remote servers
            query = inject_values(query, bindings)
        try:
            return store.query(query)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def select(self, query: str, bindings: dict[str, Any] | None = None) -> Table:
        """Run a SELECT query.

        :param query: SPARQL text.
        :param bindings: variable name → pyoxigraph term.
        :returns: the result table.
        :raises QueryError: not a SELECT query, or it does not parse.
        """
        import pyoxigraph

        result = self._run(query, bindings)
        if not isinstance(result, pyoxigraph.QuerySolutions):
            raise QueryError("not a SELECT query")
        columns = [v.value for v in result.variables]
        rows = []
        for solution in result:
            rows.append([None if (t := solution[c]) is None else Term.from_oxigraph(t)
                         for c in columns])
        return Table(columns, rows)

    def ask(self, query: str, bindings: dict[str, Any] | None = None) -> bool:
        """Run an ASK query."""
        import pyoxigraph

        result = self._run(query, bindings)
        if not isinstance(result, pyoxigraph.QueryBoolean):
            raise QueryError("not an ASK query")
        return bool(result)

    def construct(self, query: str, bindings: dict[str, Any] | None = None) -> bytes:
        """Run a CONSTRUCT/DESCRIBE query and return N-Triples."""
        import pyoxigraph

        result = self._run(query, bindings)
        if not isinstance(result, pyoxigraph.QueryTriples):
            raise QueryError("not a CONSTRUCT or DESCRIBE query")
        return pyoxigraph.serialize(result, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""

    def close(self) -> None:
        """Close the store if this backend opened it."""
        if self._store is not None and self._owned:
            self._store.close()
            self._store = None

    def __enter__(self) -> EmbeddedBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _remote(endpoint: str, **kwargs: Any) -> RemoteBackend:
    from trialkg.remote import RemoteBackend

    return RemoteBackend(endpoint, **kwargs)


#: Backend factories by name.
BACKENDS: dict[str, Callable[..., Backend]] = {"embedded": EmbeddedBackend, "remote": _remote}


def open_backend(store: str | os.PathLike[str] | None = None, endpoint: str | None = None,
                 **kwargs: Any) -> Backend:
    """Return the remote backend when an endpoint is given, else the embedded store.

    :param store: a store folder (default ``$TRIALKG_STORE`` or ``./trialkg-store``).
    :param endpoint: a SPARQL 1.1 query endpoint URL.
    :returns: a backend.
    """
    if endpoint:
        return BACKENDS["remote"](endpoint, **kwargs)
    return BACKENDS["embedded"](store, **kwargs)
