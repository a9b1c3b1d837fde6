"""The SPARQL 1.1 Protocol as this server speaks it: result formats and content negotiation.

A query's form decides which formats are offered: SELECT and ASK answer in the
W3C results formats (JSON by default, XML, CSV, TSV); CONSTRUCT and DESCRIBE
answer in RDF (Turtle by default, N-Triples, JSON-LD, RDF/XML). The client
chooses with the ``Accept`` header or, for browsers and quick ``curl`` calls, a
``format`` parameter (a short name or a media type).

>>> choose_format("SELECT", "text/csv;q=0.5, application/sparql-results+xml")
('xml', 'application/sparql-results+xml')
>>> choose_format("CONSTRUCT", "*/*")
('turtle', 'text/turtle')
>>> choose_format("ASK", None, override="csv")
('csv', 'text/csv')
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["NotAcceptable", "choose_format", "RESULT_TYPES", "GRAPH_TYPES", "media_types",
           "content_type"]

#: Result formats of SELECT and ASK: short name → media type (the first is the default).
RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
#: RDF formats of CONSTRUCT and DESCRIBE: short name → media type (the first is the default).
GRAPH_TYPES = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
# other names clients send for the same formats
_RESULT_ALIASES = {
    "application/json": "json", "application/xml": "xml", "text/xml": "xml",
    "application/csv": "csv", "text/tsv": "tsv", "tsv": "tsv",
}
_GRAPH_ALIASES = {
    "application/x-turtle": "turtle", "application/turtle": "turtle", "ttl": "turtle",
    "text/plain": "ntriples", "nt": "ntriples", "text/n-triples": "ntriples",
    "application/json": "jsonld", "json": "jsonld", "json-ld": "jsonld",
    "application/xml": "rdfxml", "text/xml": "rdfxml", "xml": "rdfxml", "rdf": "rdfxml",
}


class NotAcceptable(ValueError):
    """None of the formats the client accepts is offered for this query form."""


@dataclass(frozen=True, slots=True)
class _Range:
    media: str
    q: float
    order: int

    @property
    def specificity(self) -> int:
        if self.media == "*/*":
            return 0
        return 1 if self.media.endswith("/*") else 2


def _parse_accept(header: str) -> list[_Range]:
    ranges = []
    for order, part in enumerate(header.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if "/" not in media:
            continue
        q = 1.0
        for param in pieces[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append(_Range(media, q, order))
    ranges.sort(key=lambda r: (-r.q, -r.specificity, r.order))
    return ranges


def _offers(form: str) -> tuple[dict[str, str], dict[str, str]]:
    if form in ("CONSTRUCT", "DESCRIBE"):
        return GRAPH_TYPES, _GRAPH_ALIASES
    return RESULT_TYPES, _RESULT_ALIASES


def media_types(form: str) -> list[str]:
    """Return the media types offered for a query form, the default first."""
    return list(_offers(form)[0].values())


def choose_format(form: str, accept: str | None, *, override: str | None = None) -> tuple[str, str]:
    """Pick the answer format of a query.

    :param form: ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``.
    :param accept: the request's ``Accept`` header (None or empty: the default format).
    :param override: a ``format`` parameter: a short name (``csv``) or a media type.
    :returns: ``(short name, media type)``.
    :raises NotAcceptable: nothing acceptable is offered (the message lists the offers).
    """
    offers, aliases = _offers(form)
    by_type = {v: k for k, v in offers.items()}
    if override:
        key = override.strip().lower()
        name = key if key in offers else by_type.get(key) or aliases.get(key)
        if name is None:
            raise NotAcceptable(f"format {override!r} is not offered for {form} queries "
                                f"(choose from {', '.join(offers)})")
        return name, offers[name]
    if not accept or not accept.strip():
        name = next(iter(offers))
        return name, offers[name]
    refused = set()
    for r in _parse_accept(accept):
        if r.q == 0:
            refused.add(r.media)
            continue
        if r.media in by_type or r.media in aliases:
            name = by_type.get(r.media) or aliases[r.media]
            if offers[name] not in refused:
                return name, offers[name]
            continue
        if r.media.endswith("/*"):
            major = r.media.split("/", 1)[0]
            for name, media in offers.items():
                if (major == "*" or media.startswith(major + "/")) and media not in refused:
                    return name, media
    raise NotAcceptable(f"none of the accepted types ({accept}) is offered for {form} queries; "
                        f"offered: {', '.join(offers.values())}")


def content_type(media: str) -> str:
    """Return the ``Content-Type`` header value for a media type (UTF-8 for text formats)."""
    if media.startswith("text/") or media.endswith("+json") or media.endswith("+xml") \
            or media == "application/n-triples":
        return f"{media}; charset=utf-8"
    return media
