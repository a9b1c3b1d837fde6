"""Baseline (a): the same triples built into rdflib's in-memory Graph, then serialized.

Usage: python bench/load_rdflib.py CORPUS OUT.nt

A plain single-process script: trialkg's reader and loader parse each record, trialkg's
criteria parser reads its eligibility text, and trialkg's RDF builder decides the
triples (so both sides hold exactly the same triples and the same mapping work is
done); each triple is then turned into rdflib terms and added with ``Graph.add``,
and the whole graph is serialized as N-Triples at the end. What differs from trialkg's
own load is the store side: rdflib terms and ``Graph.add`` instead of N-Quads text
handed to Oxigraph, no named graphs, no classification.
"""

from __future__ import annotations

import json
import re
import sys
import time

from rdflib import Graph, Literal, URIRef

_LINE = re.compile(r'^<([^>]*)> <([^>]*)> (.*) <[^>]*> \.$')
_TYPED = re.compile(r'^"(.*)"\^\^<([^>]*)>$', re.DOTALL)
_LANG = re.compile(r'^"(.*)"@([A-Za-z0-9-]+)$', re.DOTALL)
_ESC = re.compile(r'\\(["\\nrt])')
_UNESC = {'"': '"', "\\": "\\", "n": "\n", "r": "\r", "t": "\t"}


def _text(lexical: str) -> str:
    if "\\" in lexical:
        return _ESC.sub(lambda m: _UNESC[m.group(1)], lexical)
    return lexical


def _object(term: str):
    if term.startswith("<"):
        return URIRef(term[1:-1])
    m = _TYPED.match(term)
    if m:
        return Literal(_text(m.group(1)), datatype=URIRef(m.group(2)))
    m = _LANG.match(term)
    if m:
        return Literal(_text(m.group(1)), lang=m.group(2))
    return Literal(_text(term[1:-1]))


def main() -> None:
    corpus, out = sys.argv[1], sys.argv[2]
    from trialkg.criteria import parse_eligibility
    from trialkg.loaders import iter_raw_records, parse_record
    from trialkg.rdf import build_trial

    started = time.perf_counter()
    graph = Graph()
    add = graph.add
    studies = 0
    for raw in iter_raw_records(corpus):
        trial = parse_record(raw)
        parsed = (parse_eligibility(trial.eligibility.criteria_text)
                  if trial.eligibility.criteria_text else None)
        built = build_trial(trial, parsed=parsed)
        for line in built.nquads.splitlines():
            m = _LINE.match(line)
            add((URIRef(m.group(1)), URIRef(m.group(2)), _object(m.group(3))))
        studies += 1
    built_s = time.perf_counter() - started
    graph.serialize(destination=out, format="nt", encoding="utf-8")
    seconds = time.perf_counter() - started
    print(json.dumps({"studies": studies, "triples": len(graph), "wall_s": seconds,
                      "build_s": built_s}))


if __name__ == "__main__":
    main()
