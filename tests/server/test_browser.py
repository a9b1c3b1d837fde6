"""The real pages in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Screenshots go to ``tests/artifacts/``; with ``TRIALKG_DOCS_SCREENSHOTS=1`` the query
page and the trial card are also written to ``docs/img/`` for the README.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


def screenshot(page, name: str, *, docs: str | None = None) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)
    if docs and os.environ.get("TRIALKG_DOCS_SCREENSHOTS") == "1":
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        page.evaluate("() => window.scrollTo(0, 0)")
        page.screenshot(path=str(DOCS_IMG / docs), full_page=False)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _page(browser, base: str):
    context = browser.new_context(viewport={"width": 1360, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    # HTTP errors are shown on purpose; the browser's own report of them is not an error
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error"
          and not msg.text.startswith("Failed to load resource") else None)
    pg.base = base
    yield pg
    context.close()
    assert errors == [], errors


@pytest.fixture
def page(browser, live_server):
    """A page on the server of the hand-made store."""
    yield from _page(browser, live_server)


@pytest.fixture
def real_page(browser, real_server):
    """A page on the server of the seeds and the real records."""
    yield from _page(browser, real_server)


def rows(page) -> list[list[str]]:
    return page.eval_on_selector_all(
        "table.results-table tbody tr",
        "trs => trs.map(tr => Array.from(tr.cells).map(td => td.textContent))")


def headers(page) -> list[str]:
    return page.eval_on_selector_all("table.results-table th button.sort",
                                     "bs => bs.map(b => b.firstChild.textContent)")


def test_named_query_sort_and_csv(page):
    page.goto(page.base + "/")
    page.click("button[data-name=lab-thresholds]")
    shown = page.input_value("#query")
    assert shown.startswith("PREFIX tkg:") and "?analyte" in shown  # header shown above it
    assert page.text_content("#named-title") == "Lab thresholds"
    page.click("#run")
    page.wait_for_selector("table.results-table tbody tr")
    assert "2 row(s)" in page.text_content("#status")
    cols = headers(page)
    assert cols[:4] == ["trial", "nct_id", "kind", "analyte"]
    comparator = cols.index("comparator")
    got = rows(page)
    assert sorted(r[comparator] for r in got) == ["<=", ">"]
    assert any("mL/min" in r for r in got)
    screenshot(page, "query-results.png")

    # sort by a column, then the other way
    text = cols.index("text")
    th = f"table.results-table th:nth-child({text + 1})"
    page.click(th + " button")
    ascending = [r[text] for r in rows(page)]
    assert ascending == sorted(ascending, key=str.lower)
    assert page.get_attribute(th, "aria-sort") == "ascending"
    page.click(th + " button")
    assert [r[text] for r in rows(page)] == ascending[::-1]
    assert page.get_attribute(th, "aria-sort") == "descending"

    # the CSV download holds the rows as shown
    with page.expect_download() as info:
        page.click("#download")
    download = info.value
    assert download.suggested_filename == "lab-thresholds.csv"
    table = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert table[0] == cols
    assert [r[text] for r in table[1:]] == ascending[::-1]


def test_numeric_sort(page):
    page.goto(page.base + "/")
    page.fill("#query", "SELECT ?n WHERE { VALUES ?n { 10 9 100 2.5 } }")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("table.results-table tbody tr")
    page.click("table.results-table th button")
    assert [r[0] for r in rows(page)] == ["2.5", "9", "10", "100"]


def test_editor_highlights_tokens(page):
    page.goto(page.base + "/")
    page.fill("#query", 'PREFIX tkg: <https://w3id.org/trialkg/ontology#>\n'
                        'SELECT ?t WHERE { ?t tkg:nctId "NCT1" . FILTER(?x > 3) } # note')
    classes = page.eval_on_selector_all(
        "#highlight span", "spans => spans.map(s => [s.className, s.textContent])")
    assert ["tok-keyword", "SELECT"] in classes
    assert ["tok-var", "?t"] in classes
    assert ["tok-iri", "<https://w3id.org/trialkg/ontology#>"] in classes
    assert ["tok-pname", "tkg:nctId"] in classes
    assert ["tok-string", '"NCT1"'] in classes
    assert ["tok-number", "3"] in classes
    assert ["tok-comment", "# note"] in classes
    # the highlighted copy holds exactly the text (no markup injected from the text)
    assert page.text_content("#highlight").rstrip() == page.input_value("#query")


def test_errors_are_shown(page):
    page.goto(page.base + "/")
    page.fill("#query", "SELECT ?s WHERE { ?s ?p }")
    page.click("#run")
    page.wait_for_selector("#error:not([hidden])")
    assert "Error 400" in page.text_content("#error")
    assert "SPARQL syntax error" in page.text_content("#error")
    page.fill("#query", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    page.click("#run")
    page.wait_for_selector("#error:has-text('Error 403')")
    screenshot(page, "query-error.png")


def test_trial_card_highlights(page):
    page.goto(page.base + "/trial/NCT90000001")
    labs = page.eval_on_selector_all("mark.fam-lab[data-fact]", "ms => ms.map(m => m.textContent)")
    assert labs == ["creatinine clearance > 60 mL/min", "ALT/AST ≤ 2.5 ULN"]
    assert page.is_visible("li#fact-3")
    assert "creatinine clearance > 60 mL/min" in page.text_content("li#fact-3 .summary")
    # hostile criterion text is shown as text, never run
    injected = "pre.eligibility script, pre.eligibility b"
    assert page.evaluate(f"() => document.querySelectorAll('{injected}').length") == 0
    assert "<script>alert(1)</script>" in page.text_content("pre.eligibility")
    page.hover("mark[data-fact='3']")
    assert "lit" in page.get_attribute("li#fact-3", "class")
    screenshot(page, "trial-card.png")


def test_deep_link_runs_named_query(page):
    page.goto(page.base + "/?named=trials&run=1")
    page.wait_for_selector("table.results-table tbody tr")
    assert len(rows(page)) == 5
    page.click("table.results-table tbody tr:first-child a")
    page.wait_for_selector("article.card")
    assert page.url.startswith(page.base + "/trial/")


def test_landscape_page(page):
    page.goto(page.base + "/landscape")
    assert page.is_visible("svg.heatmap")
    page.click("svg.heatmap a:has(text.n)")
    page.wait_for_selector("#cell li a")
    screenshot(page, "landscape.png")


# ---------------------------------------------------------------- seeds and real records
def test_real_named_query(real_page):
    page = real_page
    page.goto(page.base + "/")
    page.click("button[data-name=lab-thresholds]")
    page.click("#run")
    page.wait_for_selector("table.results-table tbody tr")
    got = rows(page)
    assert len(got) >= 5
    analyte = headers(page).index("analyte")
    page.click(f"table.results-table th:nth-child({analyte + 1}) button")
    page.wait_for_selector("th[aria-sort=ascending]")
    screenshot(page, "real-query-results.png", docs="query-page.png")


def test_seed_trial_card(real_page):
    page = real_page
    page.goto(page.base + "/trial/local-000_3ca71ab75a22850f")  # the seed has no NCT id
    page.wait_for_selector("article.card")
    labs = page.eval_on_selector_all("mark.fam-lab[data-fact]", "ms => ms.map(m => m.textContent)")
    assert any("creatinine clearance" in t.lower() for t in labs), labs
    screenshot(page, "seed-trial-card.png", docs="trial-card.png")
    first = page.get_attribute("mark.fam-lab[data-fact]", "data-fact")
    page.hover(f"li#fact-{first}")
    assert "lit" in page.get_attribute(f"mark[data-fact='{first}']", "class")
