"""Query results as a table of RDF terms, and their CSV, TSV, JSON and Python forms.

The same :class:`Table` comes back from the embedded store and from a remote
SPARQL server, so output never depends on where a query ran. CSV, TSV and JSON
follow the W3C SPARQL 1.1 results formats.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = ["Term", "Table", "FORMATS", "serialize_boolean"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "byte",
                                    "nonNegativeInteger", "positiveInteger",
                                    "nonPositiveInteger", "negativeInteger",
                                    "unsignedInt", "unsignedLong", "unsignedShort")}
_DECIMALS = {f"{_XSD}decimal"}
_FLOATS = {f"{_XSD}double", f"{_XSD}float"}
_STRING = f"{_XSD}string"

#: Output formats of query results.
FORMATS = ("table", "csv", "tsv", "json")


@dataclass(frozen=True, slots=True)
class Term:
    """An RDF term in a result: ``kind`` is ``uri``, ``literal`` or ``bnode``."""

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    @classmethod
    def from_oxigraph(cls, term: Any) -> Term:
        """Convert a pyoxigraph term.

        :param term: a ``NamedNode``, ``BlankNode`` or ``Literal``.
        :returns: the term.
        """
        name = type(term).__name__
        if name == "NamedNode":
            return cls("uri", term.value)
        if name == "BlankNode":
            return cls("bnode", term.value)
        if name == "Literal":
            dt = term.datatype.value if term.datatype is not None else None
            return cls("literal", term.value, None if dt == _STRING else dt, term.language)
        return cls("literal", str(term))

    @classmethod
    def from_json(cls, binding: dict[str, str]) -> Term:
        """Convert one binding of the SPARQL JSON results format.

        :param binding: ``{"type": ..., "value": ..., "datatype"?, "xml:lang"?}``.
        :returns: the term.
        """
        kind = binding.get("type", "literal")
        if kind == "typed-literal":
            kind = "literal"
        dt = binding.get("datatype")
        return cls(kind, binding.get("value", ""), None if dt == _STRING else dt,
                   binding.get("xml:lang"))

    def python(self) -> Any:
        """Return a Python value: int, Decimal, float, bool or str."""
        if self.kind != "literal" or not self.datatype:
            return self.value
        try:
            if self.datatype in _INTEGERS:
                return int(self.value)
            if self.datatype in _DECIMALS:
                return Decimal(self.value)
            if self.datatype in _FLOATS:
                return float(self.value)
        except (ValueError, InvalidOperation):
            return self.value
        if self.datatype == f"{_XSD}boolean":
            return self.value in ("true", "1")
        return self.value

    def ntriples(self) -> str:
        """Return the term in N-Triples syntax (used by SPARQL TSV)."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        text = (self.value.replace("\\", "\\\\").replace('"', '\\"')
                .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
        if self.lang:
            return f'"{text}"@{self.lang}'
        if self.datatype:
            return f'"{text}"^^<{self.datatype}>'
        return f'"{text}"'

    def plain(self) -> str:
        """Return the lexical value (used by SPARQL CSV and tables)."""
        if self.kind == "literal" and self.datatype in _DECIMALS:
            return _plain_decimal(self.value)
        return self.value


_SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"


def _xml_escape(text: str) -> str:
    from trialkg.ntriples import clean_text

    return (clean_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _xml_term(term: Term) -> str:
    value = _xml_escape(term.value)
    if term.kind == "uri":
        return f"<uri>{value}</uri>"
    if term.kind == "bnode":
        return f"<bnode>{value}</bnode>"
    if term.lang:
        return f'<literal xml:lang="{_xml_escape(term.lang)}">{value}</literal>'
    if term.datatype:
        return f'<literal datatype="{_xml_escape(term.datatype)}">{value}</literal>'
    return f"<literal>{value}</literal>"


def serialize_boolean(value: bool, fmt: str) -> str:
    """Serialize an ASK answer as SPARQL JSON or XML results (``csv``/``tsv``: the bare word).

    :param value: the answer.
    :param fmt: ``json``, ``xml``, ``csv`` or ``tsv``.
    :returns: the text.
    :raises ValueError: unknown format.

    >>> serialize_boolean(True, "json")
    '{"head": {}, "boolean": true}'
    """
    word = "true" if value else "false"
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": bool(value)})
    if fmt == "xml":
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="{_SPARQL_RESULTS_NS}">'
                f"<head/><boolean>{word}</boolean></sparql>\n")
    if fmt in ("csv", "tsv"):
        return word + "\n"
    raise ValueError(f"unknown results format {fmt!r} (choose from json, xml, csv, tsv)")


def _plain_decimal(text: str) -> str:
    if "." in text and "e" not in text.lower():
        text = text.rstrip("0").rstrip(".")
    return text or "0"


@dataclass(slots=True)
class Table:
    """Rows of terms under named columns (a SELECT result)."""

    columns: list[str]
    rows: list[list[Term | None]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def records(self) -> list[dict[str, Any]]:
        """Return the rows as dicts of Python values (None where unbound)."""
        return [{c: (t.python() if t is not None else None)
                 for c, t in zip(self.columns, row, strict=True)}
                for row in self.rows]

    def column(self, name: str) -> list[Any]:
        """Return one column as Python values."""
        i = self.columns.index(name)
        return [t.python() if (t := row[i]) is not None else None for row in self.rows]

    def to_csv(self) -> str:
        """Serialize as SPARQL 1.1 CSV (lexical values, empty cells where unbound)."""
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(self.columns)
        for row in self.rows:
            writer.writerow(["" if t is None else t.plain() for t in row])
        return buf.getvalue()

    def to_tsv(self) -> str:
        """Serialize as SPARQL 1.1 TSV (terms in N-Triples syntax)."""
        lines = ["\t".join(f"?{c}" for c in self.columns)]
        for row in self.rows:
            lines.append("\t".join("" if t is None else t.ntriples() for t in row))
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        """Serialize as SPARQL 1.1 JSON results."""
        bindings = []
        for row in self.rows:
            b: dict[str, dict[str, str]] = {}
            for c, t in zip(self.columns, row, strict=True):
                if t is None:
                    continue
                d = {"type": t.kind, "value": t.value}
                if t.lang:
                    d["xml:lang"] = t.lang
                elif t.datatype:
                    d["datatype"] = t.datatype
                b[c] = d
            bindings.append(b)
        return json.dumps({"head": {"vars": self.columns}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)

    def to_xml(self) -> str:
        """Serialize as SPARQL Query Results XML.

        >>> Table(["x"], [[Term("literal", "a<b", lang="en")], [None]]).to_xml().splitlines()[6]
        '  <result><binding name="x"><literal xml:lang="en">a&lt;b</literal></binding></result>'
        """
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               f'<sparql xmlns="{_SPARQL_RESULTS_NS}">', "<head>"]
        out.extend(f'  <variable name="{_xml_escape(c)}"/>' for c in self.columns)
        out.append("</head>")
        out.append("<results>")
        for row in self.rows:
            cells = "".join(f'<binding name="{_xml_escape(c)}">{_xml_term(t)}</binding>'
                            for c, t in zip(self.columns, row, strict=True) if t is not None)
            out.append(f"  <result>{cells}</result>")
        out.append("</results>")
        out.append("</sparql>")
        return "\n".join(out) + "\n"

    def serialize(self, fmt: str) -> str:
        """Serialize in ``csv``, ``tsv``, ``json`` or ``xml``.

        :param fmt: the format name.
        :returns: the text.
        :raises ValueError: unknown format.
        """
        if fmt == "csv":
            return self.to_csv()
        if fmt == "tsv":
            return self.to_tsv()
        if fmt == "json":
            return self.to_json()
        if fmt == "xml":
            return self.to_xml()
        raise ValueError(f"unknown results format {fmt!r} (choose from csv, tsv, json, xml)")

    def to_dataframe(self):
        """Return a pandas DataFrame (needs the ``pandas`` extra)."""
        import pandas as pd

        return pd.DataFrame.from_records(self.records(), columns=self.columns)
