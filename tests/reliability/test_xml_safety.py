"""XML safety: every place trialkg parses XML refuses entity expansion and external entities.

trialkg reads XML in two places: legacy ClinicalTrials.gov records (readers and the XML
loader, through :mod:`trialkg.safexml`) and answers of remote SPARQL servers (which it
reads as JSON or Turtle only, never through SPARQLWrapper's XML or RDF/XML converters,
since minidom and rdflib's RDF/XML parser expand entity declarations). The ontology is
read from Turtle and N-Triples. A scan of the source keeps it that way: a new XML parser
call anywhere but ``trialkg/safexml.py`` fails :func:`test_no_xml_parser_outside_safexml`.
"""

from __future__ import annotations

import ast
import http.server
import threading
import zipfile
from pathlib import Path

import pytest
from cli_helpers import run_cli

from .checks import check_outcome, run_reader_and_builder
from .corpus import DATA

PACKAGE = Path(__file__).resolve().parents[2] / "trialkg"
RECORD = (DATA / "ctgov-xml" / "NCT05380245.xml").read_bytes()
BODY = RECORD[RECORD.find(b"<clinical_study"):]

#: Calls that parse XML, by attribute name (any receiver).
XML_PARSE_CALLS = {"fromstring", "fromstringlist", "XML", "XMLID", "iterparse", "XMLParser",
                   "XMLPullParser", "parseString", "ParserCreate", "make_parser",
                   "convert", "queryAndConvert", "_convertXML", "_convertRDF"}
#: Modules whose import means XML parsing.
XML_MODULES = ("xml.dom", "xml.sax.handler", "xml.sax.expatreader", "xml.sax.xmlreader", "lxml",
               "defusedxml", "xml.parsers")
#: rdflib/pyoxigraph formats that are XML.
XML_FORMATS = {"xml", "pretty-xml", "application/rdf+xml", "trix", "rdfxml", "rdf/xml", "RDF_XML",
               "owl"}
#: Where parsing XML is the point, or reads a file trialkg wrote itself.
ALLOWED = {
    "safexml.py": "the safe parser itself",
}


def _calls(tree: ast.AST):
    """Yield (function name, call node) for every call, with the enclosing function."""
    def visit(node, func):
        for child in ast.iter_child_nodes(node):
            name = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                else func
            if isinstance(child, ast.Call):
                yield name, child
            yield from visit(child, name)

    yield from visit(tree, "")


def _format_of(call: ast.Call) -> str | None:
    for kw in call.keywords:
        if kw.arg == "format":
            value = kw.value
            if isinstance(value, ast.Constant):
                return str(value.value)
            if isinstance(value, ast.Attribute):
                return value.attr
            return "<computed>"
    return None


def test_no_xml_parser_outside_safexml():
    findings = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if ALLOWED.get(rel):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) \
                    else [node.module or ""]
                findings += [f"{rel}:{node.lineno} imports {n}" for n in names
                             if n.startswith(XML_MODULES)]
        for func, call in _calls(tree):
            if f"{rel}:{func}" in ALLOWED:
                continue
            target = call.func
            name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            where = f"{rel}:{call.lineno} ({func or 'module'})"
            if name in XML_PARSE_CALLS:
                findings.append(f"{where} calls {name}()")
            if name in ("parse", "load", "bulk_load", "parse_file"):
                fmt = _format_of(call)
                receiver = ast.unparse(target.value) if isinstance(target, ast.Attribute) else ""
                if fmt in XML_FORMATS or fmt == "<computed>":
                    findings.append(f"{where} {receiver}.{name}(format={fmt})")
                if fmt is None and receiver not in ("json", "_sp", "self") \
                        and not receiver.endswith(("lexicon", "pattern")):
                    findings.append(f"{where} {receiver}.{name}() guesses the format "
                                    f"(an .owl or .rdf file would be parsed as RDF/XML)")
    assert not findings, ("XML parsing outside trialkg.safexml (route it through "
                          "trialkg.safexml.parse_xml, or read JSON/Turtle):\n"
                          + "\n".join(findings))


# -------------------------------------------------------------------------- documents
@pytest.fixture()
def secret(tmp_path) -> Path:
    """A file an external entity would leak."""
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-7c1e9a")
    return path


#: Ten levels of ten-fold entity expansion: 10^9 "lol"s if expanded.
_LAUGHS = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(10))


def _hostile_docs(secret: Path) -> dict[str, bytes]:
    uri = secret.as_uri()
    laughs = _LAUGHS
    return {
        "billion-laughs": f"<!DOCTYPE clinical_study [{laughs}]>".encode()
        + BODY.replace(b"<brief_title>", b"<brief_title>&l9;", 1),
        "xxe-file": f'<!DOCTYPE clinical_study [<!ENTITY x SYSTEM "{uri}">]>'.encode()
        + BODY.replace(b"<brief_title>", b"<brief_title>&x;", 1),
        "xxe-parameter": f'<!DOCTYPE clinical_study [<!ENTITY % p SYSTEM "{uri}"> %p;]>'
        .encode() + BODY,
        "external-dtd": f'<!DOCTYPE clinical_study SYSTEM "{uri}">'.encode() + BODY,
        "bom-and-comment": b"\xef\xbb\xbf<?xml version='1.0'?><!-- x --><?pi x?>"
        + f'<!DOCTYPE clinical_study [<!ENTITY x SYSTEM "{uri}">]>'.encode() + BODY,
        "utf-16": ('<?xml version="1.0" encoding="UTF-16"?>'
                   f'<!DOCTYPE clinical_study [<!ENTITY x SYSTEM "{uri}">]>'
                   + BODY.decode().replace("<brief_title>", "<brief_title>&x;", 1))
        .encode("utf-16"),
    }


@pytest.mark.parametrize("name", ["billion-laughs", "xxe-file", "xxe-parameter", "external-dtd",
                                  "bom-and-comment", "utf-16"])
def test_unsafe_xml_file_is_refused_and_the_rest_of_the_folder_loads(tmp_path, secret, name):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.xml").write_bytes(_hostile_docs(secret)[name])
    (folder / "b.xml").write_bytes(RECORD)
    with zipfile.ZipFile(folder / "c.zip", "w") as z:  # the same inside an archive
        z.writestr("bad.xml", _hostile_docs(secret)[name])
        z.writestr("good.xml", RECORD)
    file_errors, raws, out = run_reader_and_builder(folder)
    built = check_outcome(file_errors, raws, out, name)
    refused = sorted(Path(e.path).name for e in file_errors)
    assert refused == ["a.xml", "c.zip!"] or {p.split("/")[-1] for p in
                                               (e.path for e in file_errors)} \
        == {"a.xml", "bad.xml"}, [str(e) for e in file_errors]
    for error in file_errors:
        assert "unsafe XML" in error.reason or (name == "utf-16" and "XML" in error.reason), \
            str(error)
        assert "TOP-SECRET" not in str(error)
    assert len(built) == 1  # b.xml and the archive's good.xml: the same trial
    assert all("TOP-SECRET" not in b.nquads and "lollol" not in b.nquads for b in built.values())


def test_xinclude_is_not_processed(tmp_path, secret):
    doc = BODY.replace(b"<brief_title>", b'<brief_title><xi:include xmlns:xi='
                       b'"http://www.w3.org/2001/XInclude" href="' + secret.as_uri().encode()
                       + b'" parse="text"/>', 1)
    (tmp_path / "a.xml").write_bytes(doc)
    file_errors, raws, out = run_reader_and_builder(tmp_path / "a.xml")
    built = check_outcome(file_errors, raws, out, "xinclude")
    assert all("TOP-SECRET" not in b.nquads for b in built.values())


# -------------------------------------------------------------------------- remote answers
class _Hostile(http.server.BaseHTTPRequestHandler):
    """A SPARQL endpoint that answers every request with ``server.answer``."""

    def _answer(self):
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        ctype, body = self.server.answer
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass


@pytest.fixture()
def hostile_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hostile)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _answers(secret: Path) -> dict[str, tuple[str, bytes]]:
    uri = secret.as_uri()
    laughs = _LAUGHS
    results = ('<?xml version="1.0"?><!DOCTYPE sparql [{dtd}]><sparql xmlns='
               '"http://www.w3.org/2005/sparql-results#"><head><variable name="x"/></head>'
               '<results><result><binding name="x"><literal>{ref}</literal></binding>'
               '</result></results></sparql>')
    rdf = ('<?xml version="1.0"?><!DOCTYPE rdf:RDF [{dtd}]><rdf:RDF xmlns:rdf='
           '"http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">'
           '<rdf:Description rdf:about="http://e/s"><e:p>{ref}</e:p></rdf:Description>'
           '</rdf:RDF>')
    xxe = f'<!ENTITY x SYSTEM "{uri}">'
    return {
        "results-xml-laughs": ("application/sparql-results+xml",
                               results.format(dtd=laughs, ref="&l9;").encode()),
        "results-xml-xxe": ("application/sparql-results+xml",
                            results.format(dtd=xxe, ref="&x;").encode()),
        "rdf-xml-laughs": ("application/rdf+xml", rdf.format(dtd=laughs, ref="&l9;").encode()),
        "rdf-xml-xxe": ("application/rdf+xml", rdf.format(dtd=xxe, ref="&x;").encode()),
        "xml-as-json": ("application/sparql-results+json",
                        results.format(dtd=laughs, ref="&l9;").encode()),
    }


@pytest.mark.parametrize("name", ["results-xml-laughs", "results-xml-xxe", "rdf-xml-laughs",
                                  "rdf-xml-xxe", "xml-as-json"])
def test_remote_xml_answers_are_refused_unparsed(hostile_server, secret, monkeypatch, name):
    import xml.parsers.expat

    from trialkg.errors import RemoteError
    from trialkg.remote import RemoteBackend

    hostile_server.answer = _answers(secret)[name]
    url = f"http://127.0.0.1:{hostile_server.server_address[1]}/sparql"
    created = []
    real = xml.parsers.expat.ParserCreate

    def spy(*args, **kwargs):
        created.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(xml.parsers.expat, "ParserCreate", spy)
    backend = RemoteBackend(url, retries=0)
    for run in (lambda: backend.select("SELECT ?x WHERE { ?s ?p ?x }"),
                lambda: backend.ask("ASK { ?s ?p ?o }"),
                lambda: backend.construct("CONSTRUCT WHERE { ?s ?p ?o }")):
        with pytest.raises(RemoteError) as info:
            run()
        assert "TOP-SECRET" not in str(info.value) and "lollol" not in str(info.value)
        assert len(str(info.value).splitlines()) == 1
    assert not created, "an XML parser ran on a remote answer"


def test_cli_query_against_a_hostile_endpoint_is_a_clear_error(hostile_server, secret, capsys,
                                                              monkeypatch):
    import trialkg.remote as remote

    real_call = remote._call
    monkeypatch.setattr(remote, "_call", lambda endpoint, fn, *, retries, backoff:
                        real_call(endpoint, fn, retries=retries, backoff=0.01))
    hostile_server.answer = _answers(secret)["rdf-xml-xxe"]
    url = f"http://127.0.0.1:{hostile_server.server_address[1]}/sparql"
    result = run_cli(capsys, "query", "trials", "--endpoint", url)
    assert result.code == 1, result
    assert result.err.startswith("error: ") and "not SPARQL JSON" in result.err, result
    assert "TOP-SECRET" not in result.out + result.err and "Traceback" not in result.err


def test_hermit_input_is_read_as_n_triples_whatever_its_first_line(monkeypatch):
    """owlready2 guesses RDF/XML for a file whose first 1,000 bytes hold no line end; the
    N-Triples trialkg hands to HermiT must never go to an XML parser."""
    import owlready2
    from rdflib import Graph, Literal, URIRef

    from trialkg import ontology

    monkeypatch.setattr(owlready2, "sync_reasoner_hermit", lambda *a, **k: None)
    graph = Graph()
    graph.add((URIRef("http://example.org/t"), URIRef("http://example.org/title"),
               Literal("<!DOCTYPE x [<!ENTITY e 'lol'>]> " + "long title " * 200)))
    world, consistent = ontology._hermit(graph)
    assert consistent
    assert len(list(world.as_rdflib_graph())) >= 1
