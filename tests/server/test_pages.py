"""The HTML pages: query page, trial card, landscape, static files, error pages."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from trialkg.server import STATIC_DIR

from .test_protocol import show


class _Collect(HTMLParser):
    """Collect elements with their attributes and text (checks the page parses)."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict, list[str]]] = []
        self._open: list[int] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs), []))
        if tag not in ("meta", "link", "br", "input", "rect", "img"):
            self._open.append(len(self.elements) - 1)

    def handle_endtag(self, tag):
        while self._open:
            i = self._open.pop()
            if self.elements[i][0] == tag:
                break

    def handle_data(self, data):
        for i in self._open:
            self.elements[i][2].append(data)

    def find(self, tag, **attrs):
        return [(a, "".join(t)) for name, a, t in self.elements
                if name == tag and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())]


def parse(html: str) -> _Collect:
    c = _Collect()
    c.feed(html)
    return c


def test_index(client):
    r = client.get("/")
    assert r.status_code == 200, show(r)
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    page = parse(r.text)
    scripts = [a["src"] for a, _ in page.find("script") if "src" in a]
    assert scripts == ["/static/editor.js", "/static/app.js"]
    data = json.loads(page.find("script", id="named-queries")[0][1])
    assert {q["name"] for q in data} >= {"trials", "lab-thresholds", "trials-for-condition"}
    assert "http" not in "".join(scripts)  # nothing from elsewhere
    assert not re.search(r"(src|href)=\"https?://", r.text)


def test_card(client):
    r = client.get("/trial/NCT90000001")
    assert r.status_code == 200, show(r)
    page = parse(r.text)
    assert page.find("h1")[0][1] == "GD2-CAR T cells for relapsed or refractory neuroblastoma"
    marks: dict[str, str] = {}
    for a, text in page.find("mark"):
        if "data-fact" in a:  # a fact's words may be split into several marks
            marks[a["data-fact"]] = marks.get(a["data-fact"], "") + text
    assert marks == {"1": "score 0-3 (ECOG", "2": "survival ≥3 months",
                     "3": "creatinine clearance > 60 mL/min", "4": "ALT/AST ≤ 2.5 ULN",
                     "5": "HIV infection"}
    summaries = [t for a, t in page.find("span") if a.get("class") == "summary"]
    assert "creatinine clearance > 60 mL/min" in summaries
    assert "ALT ≤ 2.5 × ULN" in summaries
    assert "ECOG 0–3" in summaries
    assert "life expectancy ≥ 3 months" in summaries
    assert "no hiv infection" in summaries
    unparsed = [t for a, t in page.find("span") if a.get("class") == "crit inclusion unparsed"]
    assert "Diagnosis of recurrent/refractory neuroblastoma." in unparsed
    # codes of conditions and interventions
    assert "MONDO:0005072" in r.text and "neuroblastoma" in r.text
    tags = [t for a, t in page.find("span") if "tag" in a.get("class", "")]
    assert {"CAR-T", "target: GD2", "autologous"} <= set(tags)


def test_card_escapes_criteria_text(client):
    r = client.get("/trial/NCT90000001")
    assert "<script>alert(1)</script>" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "<b>consent</b>" not in r.text


def test_card_of_local_id_and_unmapped_condition(client):
    r = client.get("/trial/seed-local-1")
    assert r.status_code == 200, show(r)
    assert "local id" in r.text and "unmapped" in r.text
    assert "No structured fact was read." in r.text


@pytest.mark.parametrize("ident", ["NCT00000000", "no such trial", "%3Cscript%3E", "a>b"])
def test_card_404(client, ident):
    r = client.get(f"/trial/{ident}")
    assert r.status_code == 404, show(r)
    assert r.headers["content-type"].startswith("text/html")
    assert "<script>" not in r.text.split("</head>", 1)[1].replace('<script src', '')


def test_landscape(client):
    r = client.get("/landscape")
    assert r.status_code == 200, show(r)
    page = parse(r.text)
    assert page.find("svg")
    rows = [t for a, t in page.find("text") if a.get("class") == "row"]
    assert rows[0].startswith("neuroblastoma")
    cols = [t for a, t in page.find("text") if a.get("class") == "col"]
    assert cols == ["CAR-T", "NK cell", "monoclonal antibody", "chemotherapy"]
    links = [a["href"] for a, _ in page.find("a") if a.get("href", "").startswith("/landscape?")]
    assert "/landscape?top=15&disease=MONDO%3A0005072&category=CAR-T#cell" in links


def test_landscape_cell(client):
    r = client.get("/landscape", params={"disease": "MONDO:0005072",
                                         "category": "monoclonal antibody"})
    assert r.status_code == 200, show(r)
    page = parse(r.text)
    listed = [t for a, t in page.find("a") if a.get("href", "").startswith("/trial/")]
    assert listed == ["NCT90000002"]
    r = client.get("/landscape", params={"disease": "MONDO:0005072"})
    listed = [t for a, t in parse(r.text).find("a") if a.get("href", "").startswith("/trial/")]
    assert listed == ["NCT90000001", "NCT90000002"]
    assert client.get("/landscape", params={"disease": "nonsense"}).status_code == 400
    assert client.get("/landscape", params={"top": "x"}).status_code == 400


@pytest.mark.parametrize("name", ["app.js", "editor.js", "card.js", "style.css"])
def test_static_files(client, name):
    r = client.get(f"/static/{name}")
    assert r.status_code == 200, show(r)
    assert r.content == (STATIC_DIR / name).read_bytes()
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", [
    "/static/../server.py", "/static/%2e%2e/server.py", "/static/..%2fserver.py",
    "/static/%2e%2e%2f%2e%2e%2fstore.py", "/static/..%5cserver.py", "/static/",
    "/static/.", "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/nope.js",
])
def test_static_path_traversal_refused(client, path):
    r = client.get(path)
    assert r.status_code == 404, show(r)
    assert "def create_app" not in r.text and "root:" not in r.text


def test_unknown_page_404(client):
    r = client.get("/nothing-here")
    assert r.status_code == 404
