"""The library of named SPARQL queries (``queries/*.rq``) and how to run them.

Each ``.rq`` file opens with a header of ``#`` comment lines::

    # title: Trials for a condition
    # description: Every trial studying a condition or one of its sub-diseases.
    # param: condition (string, required): a label such as "neuroblastoma" or a CURIE
    # param: limit (integer, default 1000): at most this many rows
    # example: trialkg query trials-for-condition --param condition=MONDO:0005070

Parameters are SPARQL variables of the same name. They are bound as RDF terms: a
``VALUES`` block at the start of the ``WHERE`` group holding terms that Oxigraph
itself serialized (quotes and backslashes escaped), never user text pasted into the
query, so a value such as ``x" } DROP ALL #`` is just a string. The same block is
used for the embedded store and remote servers (Oxigraph's own substitutions only
bind projected variables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from trialkg.errors import ParameterError, UnknownQueryError
from trialkg.results import Table

__all__ = ["Param", "NamedQuery", "list_queries", "get_query", "bind_parameters", "run_named",
           "PREFIXES", "expand_curie"]

#: Prefixes understood in CURIE parameters and shown in query headers.
PREFIXES = {
    "MONDO": "http://purl.obolibrary.org/obo/MONDO_",
    "NCIT": "http://purl.obolibrary.org/obo/NCIT_",
    "DOID": "http://purl.obolibrary.org/obo/DOID_",
    "OBI": "http://purl.obolibrary.org/obo/OBI_",
    "MESH": "http://id.nlm.nih.gov/mesh/",
    "LOINC": "https://loinc.org/",
    "tkg": "https://w3id.org/trialkg/ontology#",
}
_HEADER = re.compile(r"^#\s*(title|description|param|example|columns):\s*(.*)$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\((?P<type>string|integer|decimal|iri|curie|boolean)"
    r"(?:,\s*(?:(?P<required>required)|default\s+(?P<default>[^)]*)))?\)\s*:?\s*(?P<doc>.*)$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter of a named query."""

    name: str
    type: str  #: string, integer, decimal, iri, curie or boolean
    required: bool
    default: str | None
    description: str


@dataclass(slots=True)
class NamedQuery:
    """A query of the library."""

    name: str
    title: str
    description: str
    text: str
    params: list[Param] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    path: Path | None = None

    def param(self, name: str) -> Param:
        """Return a parameter by name.

        :raises ParameterError: no such parameter.
        """
        for p in self.params:
            if p.name == name:
                return p
        names = ", ".join(p.name for p in self.params) or "none"
        raise ParameterError(f"query {self.name!r} has no parameter {name!r} (parameters: {names})")


def _parse_header(name: str, text: str, path: Path | None) -> NamedQuery:
    q = NamedQuery(name=name, title="", description="", text=text, path=path)
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "title":
            q.title = value
        elif key == "description":
            q.description = (q.description + " " + value).strip()
        elif key == "example":
            q.examples.append(value)
        elif key == "param":
            pm = _PARAM.match(value)
            if not pm:
                raise ValueError(f"{path or name}: malformed parameter line: {value}")
            q.params.append(Param(pm["name"], pm["type"], bool(pm["required"]),
                                  (pm["default"] or "").strip() or None, pm["doc"].strip()))
    if not q.title:
        raise ValueError(f"{path or name}: query header has no '# title:' line")
    return q


@cache
def _library() -> dict[str, NamedQuery]:
    from trialkg.resources import queries_dir

    out: dict[str, NamedQuery] = {}
    for path in sorted(queries_dir().glob("*.rq")):
        out[path.stem] = _parse_header(path.stem, path.read_text(encoding="utf-8"), path)
    return out


def list_queries() -> list[NamedQuery]:
    """Return every named query, sorted by name."""
    return list(_library().values())


def get_query(name: str) -> NamedQuery:
    """Return a named query.

    :param name: the file name without ``.rq``, e.g. ``trials``.
    :raises UnknownQueryError: no such query.
    """
    lib = _library()
    if name not in lib:
        import difflib

        close = difflib.get_close_matches(name, list(lib), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else " (see: trialkg queries)"
        raise UnknownQueryError(f"no named query {name!r}{hint}")
    return lib[name]


def expand_curie(value: str) -> str:
    """Expand a CURIE such as ``MONDO:0005072`` to its IRI; IRIs pass through.

    :raises ParameterError: unknown prefix.
    """
    if re.match(r"^[a-z][a-z0-9+.-]*://", value):
        return value
    prefix, sep, local = value.partition(":")
    key = next((k for k in PREFIXES if k.lower() == prefix.lower()), None)
    if not sep or key is None or not local:
        raise ParameterError(f"{value!r} is not a CURIE with a known prefix "
                             f"({', '.join(PREFIXES)}) nor an absolute IRI")
    return PREFIXES[key] + local


def bind_parameters(query: NamedQuery, given: dict[str, Any]) -> dict[str, Any]:
    """Check and convert parameter values to pyoxigraph terms.

    :param query: the named query.
    :param given: parameter name → value (strings from the command line, or Python values).
    :returns: variable name → pyoxigraph term, defaults included.
    :raises ParameterError: unknown, missing or ill-typed parameter.
    """
    import pyoxigraph

    xsd = "http://www.w3.org/2001/XMLSchema#"
    for name in given:
        query.param(name)
    out: dict[str, Any] = {}
    for p in query.params:
        raw = given.get(p.name, p.default)
        if raw is None:
            if p.required:
                raise ParameterError(f"query {query.name!r} needs --param {p.name}=VALUE "
                                     f"({p.type}: {p.description})")
            continue
        text = str(raw).strip() if not isinstance(raw, bool) else str(raw).lower()
        if "\x00" in text:
            raise ParameterError(f"parameter {p.name}: NUL character not allowed")
        try:
            if p.type == "integer":
                out[p.name] = pyoxigraph.Literal(str(int(text)),
                                                 datatype=pyoxigraph.NamedNode(xsd + "integer"))
            elif p.type == "decimal":
                value = format(Decimal(text), "f")
                if not Decimal(text).is_finite():
                    raise InvalidOperation
                out[p.name] = pyoxigraph.Literal(value,
                                                 datatype=pyoxigraph.NamedNode(xsd + "decimal"))
            elif p.type == "boolean":
                if text not in ("true", "false", "1", "0", "yes", "no"):
                    raise ValueError
                out[p.name] = pyoxigraph.Literal(
                    "true" if text in ("true", "1", "yes") else "false",
                    datatype=pyoxigraph.NamedNode(xsd + "boolean"))
            elif p.type in ("iri", "curie"):
                out[p.name] = pyoxigraph.NamedNode(expand_curie(text))
            else:
                out[p.name] = pyoxigraph.Literal(text)
        except (ValueError, InvalidOperation):
            raise ParameterError(f"parameter {p.name}: {text!r} is not a valid {p.type}") from None
    return out


def run_named(name: str, backend, params: dict[str, Any] | None = None) -> Table:
    """Run a named query on a backend.

    :param name: the query name.
    :param backend: an object with ``select(query_text, bindings) -> Table``.
    :param params: parameter values.
    :returns: the result table, columns in the query's projection order.
    """
    query = get_query(name)
    return backend.select(query.text, bind_parameters(query, params or {}))
