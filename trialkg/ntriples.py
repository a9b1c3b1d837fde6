r"""Minimal, fast N-Quads term writers.

The load path builds hundreds of triples per trial; formatting them as N-Quads text
and handing the bytes to Oxigraph's Rust parser is several times faster than
building rdflib or pyoxigraph term objects in Python. These helpers produce
correctly escaped terms; :mod:`trialkg.rdf` decides what to say.

>>> lit('say "hi"\\n')
'"say \\\\"hi\\\\"\\\\n"'
>>> decimal(0.1 + 0.2)
'"0.3"^^<http://www.w3.org/2001/XMLSchema#decimal>'
"""

from __future__ import annotations

import re
from decimal import Decimal
from urllib.parse import quote

__all__ = ["iri", "lit", "lang_lit", "typed", "decimal", "integer", "boolean", "clean_text",
           "XSD", "iri_segment"]

#: The XML Schema datatypes namespace.
XSD = "http://www.w3.org/2001/XMLSchema#"

# NEL and the Unicode line and paragraph separators are written as \u escapes too: Python's
# str.splitlines() breaks lines at them, and an N-Quads line must stay one line for every
# reader that splits a document into statements.
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r",
            "\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_NEEDS_ESCAPE = re.compile('[\\\\"\n\r\x85\u2028\u2029]')
# C0 controls other than TAB/LF/CR, DEL, and lone surrogates cannot be written to XML
# (RDF/XML export) and are noise in registry text: they become U+FFFD.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_IRI_UNSAFE = re.compile('[\x00-\x20<>"{}|^`\\\\\x85\u2028\u2029]')


def clean_text(text: str) -> str:
    """Replace characters that RDF/XML cannot carry (controls, lone surrogates) by U+FFFD.

    :param text: any string.
    :returns: the string, safe for N-Quads, Turtle and XML.
    """
    return _BAD_CHARS.sub("\ufffd", text) if _BAD_CHARS.search(text) else text


def iri(value: str) -> str:
    """Return an IRI term; characters not allowed in IRIs are percent-encoded.

    :param value: an absolute IRI.
    :returns: ``<value>``.
    """
    if _IRI_UNSAFE.search(value):
        value = _IRI_UNSAFE.sub(lambda m: quote(m.group(0), safe=""), value)
    return f"<{value}>"


def iri_segment(value: str) -> str:
    """Percent-encode a string for use as one path segment of a minted IRI.

    :param value: any string (an id, a slug).
    :returns: the segment with everything but unreserved characters encoded.
    """
    return quote(value, safe="-._~")


def lit(value: str) -> str:
    """Return a plain (xsd:string) literal term.

    :param value: the text.
    :returns: the quoted, escaped literal.
    """
    value = clean_text(value)
    if _NEEDS_ESCAPE.search(value):
        value = _NEEDS_ESCAPE.sub(lambda m: _ESCAPES[m.group(0)], value)
    return f'"{value}"'


def lang_lit(value: str, lang: str) -> str:
    """Return a language-tagged literal term.

    :param value: the text.
    :param lang: a BCP 47 tag such as ``en``.
    :returns: the literal with its tag.
    """
    return f"{lit(value)}@{lang}"


def typed(value: str, datatype: str) -> str:
    """Return a typed literal term.

    :param value: the lexical form.
    :param datatype: the datatype IRI.
    :returns: the literal with its datatype.
    """
    return f"{lit(value)}^^<{datatype}>"


def decimal(value: float | int | Decimal) -> str:
    """Return an ``xsd:decimal`` literal in plain notation (no exponent, 15 significant digits).

    :param value: a number.
    :returns: the literal term.
    """
    # 15 significant digits: drops binary noise (0.1 + 0.2) and keeps what texts state
    d = value if isinstance(value, Decimal) else Decimal(f"{float(value):.15g}")
    text = format(d.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".") or "0"
    if text == "-0":
        text = "0"
    return f'"{text}"^^<{XSD}decimal>'


def integer(value: int) -> str:
    """Return an ``xsd:integer`` literal.

    :param value: an integer.
    :returns: the literal term.
    """
    return f'"{int(value)}"^^<{XSD}integer>'


def boolean(value: bool) -> str:
    """Return an ``xsd:boolean`` literal.

    :param value: a truth value.
    :returns: the literal term.
    """
    return f'"{"true" if value else "false"}"^^<{XSD}boolean>'
