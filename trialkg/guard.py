"""Check a SPARQL query before it runs.

Both rdflib and Oxigraph follow ``SERVICE`` to any host by default, and a
``FROM <file:///…>`` or ``LOAD`` clause can make an engine read what it should
not. Every query from the command line or the endpoint is parsed here first (with
rdflib's SPARQL 1.1 parser) and refused when it is an update, calls ``SERVICE``
(unless allowed), or names a dataset (``FROM``/``FROM NAMED``) outside the
store's own graphs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from trialkg.errors import QueryError, QueryNotAllowedError

__all__ = ["check_query", "MAX_QUERY_CHARS"]

#: Longest query text accepted.
MAX_QUERY_CHARS = 100_000
_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
          "DescribeQuery": "DESCRIBE"}


def _walk(node: Any, depth: int = 0) -> Iterator[Any]:
    if depth > 200:
        raise QueryNotAllowedError("query is nested too deeply")
    yield node
    children: Iterable[Any]
    if isinstance(node, dict):
        children = node.values()
    elif isinstance(node, (list, tuple)):
        children = node
    else:
        return
    for child in children:
        if isinstance(child, (dict, list, tuple)):
            yield from _walk(child, depth + 1)


def check_query(
    text: str,
    *,
    allow_service: bool = False,
    graph_allowed: Callable[[str], bool] | None = None,
) -> str:
    """Parse a query and refuse what must not run.

    :param text: the SPARQL query.
    :param allow_service: let ``SERVICE`` clauses through.
    :param graph_allowed: called with each ``FROM``/``FROM NAMED`` IRI; a False answer
        refuses the query (default: only ``https://w3id.org/trialkg/`` graphs).
    :returns: the query form: ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``.
    :raises QueryNotAllowedError: an update, a SERVICE call, or a foreign dataset.
    :raises QueryError: the text is not a SPARQL query.
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    if not text or not text.strip():
        raise QueryError("empty query")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryNotAllowedError(f"query longer than {MAX_QUERY_CHARS} characters")
    if "\x00" in text:
        raise QueryError("query contains a NUL character")
    try:
        parsed = parseQuery(text)
    except ParseException as exc:
        try:
            parseUpdate(text)
        except (ParseException, RecursionError, ValueError, TypeError):
            raise QueryError(f"SPARQL syntax error at line {exc.lineno}, column {exc.col}: "
                             f"{exc.msg}") from None
        raise QueryNotAllowedError("SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP, …) "
                                   "are not allowed here") from None
    except (RecursionError, ValueError, TypeError) as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    body = parsed[1]
    form = _FORMS.get(getattr(body, "name", ""))
    if form is None:
        raise QueryError("not a SPARQL query")
    if graph_allowed is None:
        def graph_allowed(iri: str) -> bool:
            return iri.startswith("https://w3id.org/trialkg/")
    for node in _walk(body):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern" and not allow_service:
            raise QueryNotAllowedError("SERVICE calls to other endpoints are not allowed here")
        if name == "DatasetClause":
            iri = str(node.get("default") or node.get("named") or "")
            if not graph_allowed(iri):
                raise QueryNotAllowedError(f"FROM/FROM NAMED <{iri}> is not a graph of this store")
    return form
