"""Safe XML parsing: refuse entity declarations and external identifiers.

Legacy ClinicalTrials.gov records, RDF/XML and OWL files are XML, and XML can declare
entities that expand exponentially ("billion laughs") or point at files and URLs
(XXE). Nothing in trialkg needs a DTD, so any ``<!DOCTYPE>`` that declares an entity,
names an external subset (``SYSTEM``/``PUBLIC``) or declares a notation is refused with
:class:`~trialkg.errors.UnsafeXMLError` before the document is built. Nothing is ever
fetched: expat is given no external entity loader.

>>> check_xml_safe(b"<a>ok</a>", "doc.xml")
>>> parse_xml(b"<a><b>1</b></a>", "doc.xml").find("b").text
'1'
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.parsers import expat

from trialkg.errors import InputError, UnsafeXMLError

__all__ = ["check_xml_safe", "parse_xml"]


class _Refused(Exception):
    """Raised inside expat callbacks to stop at the first unsafe declaration."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _PrologDone(Exception):
    """Raised at the first element: a DOCTYPE cannot come after it."""


def _guard(parser: expat.XMLParserType) -> None:
    """Install handlers on ``parser`` that refuse every unsafe DTD construct."""

    def doctype(name, system_id, public_id, has_internal_subset):
        if system_id or public_id:
            raise _Refused(f"DOCTYPE <{name}> names an external DTD ({system_id or public_id})")

    def entity(name, is_parameter, value, base, system_id, public_id, notation):
        kind = "parameter entity" if is_parameter else "entity"
        if system_id or public_id:
            raise _Refused(f"DOCTYPE declares the external {kind} {name!r} "
                           f"({system_id or public_id}; XXE is refused)")
        raise _Refused(f"DOCTYPE declares the {kind} {name!r} (entity expansion is refused)")

    def unparsed(name, base, system_id, public_id, notation):
        raise _Refused(f"DOCTYPE declares the unparsed entity {name!r}")

    def notation(name, base, system_id, public_id):
        raise _Refused(f"DOCTYPE declares the notation {name!r}")

    def external(context, base, system_id, public_id):
        raise _Refused(f"reference to an external entity ({system_id or public_id})")

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = unparsed
    parser.NotationDeclHandler = notation
    parser.ExternalEntityRefHandler = external
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)


def check_xml_safe(data: bytes, source: str) -> None:
    """Refuse XML whose prolog declares entities, notations or an external DTD.

    Only the prolog is read (a DOCTYPE cannot follow the root element), so this is
    cheap on large RDF/XML or OWL files; well-formedness of the rest is not checked.

    :param data: the document bytes.
    :param source: the file name or URL, for the error message.
    :raises UnsafeXMLError: when the DOCTYPE is unsafe.
    :raises InputError: when the prolog is not well-formed XML.
    """
    parser = expat.ParserCreate()
    _guard(parser)

    def first_element(name, attrs):
        raise _PrologDone

    parser.StartElementHandler = first_element
    try:
        parser.Parse(data, True)
    except _PrologDone:
        return
    except _Refused as exc:
        raise UnsafeXMLError(source, f"unsafe XML: {exc.reason}") from None
    except expat.ExpatError as exc:
        raise InputError(source, f"not well-formed XML ({expat.ErrorString(exc.code)} "
                                 f"at line {exc.lineno}, column {exc.offset + 1})") from None


def parse_xml(data: bytes, source: str) -> ET.Element:
    """Parse XML bytes into an ElementTree element, refusing unsafe DTDs.

    The prolog is checked first (:func:`check_xml_safe`); the document is then built by
    ElementTree's C parser, which sees no entity declaration and fetches nothing.

    :param data: the document bytes.
    :param source: the file name or URL, for the error message.
    :returns: the root element.
    :raises UnsafeXMLError: when the document declares entities or an external DTD.
    :raises InputError: when the document is not well-formed XML.
    """
    check_xml_safe(data, source)
    parser = ET.XMLParser()
    try:
        parser.feed(data)
        return parser.close()
    except ET.ParseError as exc:
        line, column = exc.position
        message = str(exc).split(":")[0]
        raise InputError(source, f"not well-formed XML ({message} at line {line}, "
                                 f"column {column + 1})") from None
