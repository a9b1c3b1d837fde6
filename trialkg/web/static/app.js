// The query page: named query examples, running queries, the sortable results table,
// CSV download and error display. Every value from the server is shown with textContent.
"use strict";

(function () {
  const PREFIXES = [
    ["trial:", "https://w3id.org/trialkg/trial/"],
    ["tkg:", "https://w3id.org/trialkg/ontology#"],
    ["graph:", "https://w3id.org/trialkg/graph/"],
    ["MONDO:", "http://purl.obolibrary.org/obo/MONDO_"],
    ["NCIT:", "http://purl.obolibrary.org/obo/NCIT_"],
    ["obo:", "http://purl.obolibrary.org/obo/"],
    ["rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
    ["rdfs:", "http://www.w3.org/2000/01/rdf-schema#"],
    ["owl:", "http://www.w3.org/2002/07/owl#"],
    ["skos:", "http://www.w3.org/2004/02/skos/core#"],
    ["xsd:", "http://www.w3.org/2001/XMLSchema#"],
  ];
  const TRIAL_NS = "https://w3id.org/trialkg/trial/";
  const NUMERIC = /#(integer|decimal|double|float|int|long|short|byte|nonNegativeInteger|positiveInteger|negativeInteger|nonPositiveInteger|unsignedInt|unsignedLong|unsignedShort|unsignedByte)$/;
  const DEFAULT_QUERY = [
    "PREFIX tkg: <https://w3id.org/trialkg/ontology#>",
    "",
    "# Ten trials and their titles",
    "SELECT ?trial ?nct_id ?title",
    "WHERE {",
    "  ?trial a tkg:ClinicalStudy .",
    "  OPTIONAL { ?trial tkg:nctId ?nct_id }",
    "  OPTIONAL { ?trial tkg:title ?title }",
    "}",
    "ORDER BY ?nct_id",
    "LIMIT 10",
    "",
  ].join("\n");

  const $ = (id) => document.getElementById(id);
  const named = JSON.parse($("named-queries").textContent);
  const editor = window.SparqlEditor.attach($("query"), $("highlight"));
  let current = null;   // the named query shown, if any
  let result = null;    // {columns, rows: [[term|null]]}, rows in display order
  let sort = { column: -1, descending: false };
  let resultName = "results";

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const child of children) node.append(child);
    return node;
  }

  // ---------------------------------------------------------------- named queries
  // The editor shows a named query without its header comments (title, description,
  // parameters are shown above it); that text, unchanged, runs as the named query.
  const HEADER = /^#\s*(title|description|param|columns|example):/;
  function shownText(q) {
    const lines = q.text.replace(/\r\n?/g, "\n").split("\n");
    let i = 0;
    while (i < lines.length && (HEADER.test(lines[i]) || lines[i].trim() === "")) i++;
    return lines.slice(i).join("\n");
  }

  function showNamed(q, values) {
    current = q;
    editor.value = shownText(q);
    $("named-form").hidden = false;
    $("named-title").textContent = q.title;
    $("named-description").textContent = q.description;
    const box = $("named-params");
    box.replaceChildren();
    for (const p of q.params) {
      const id = "param-" + p.name;
      const input = el("input", { id, name: p.name, "data-param": p.name,
                                  placeholder: p.default || (p.required ? "required" : "optional") });
      if (p.type === "integer" || p.type === "decimal") input.inputMode = "decimal";
      if (values && values[p.name] !== undefined) input.value = values[p.name];
      if (p.required) input.required = true;
      input.addEventListener("keydown", (e) => { if (e.key === "Enter") runQuery(); });
      const label = el("label", { for: id }, el("span", { class: "pname", text: p.name }),
                       el("span", { class: "ptype", text: ` (${p.type}${p.required ? ", required" : ""})` }));
      box.append(el("div", { class: "param" }, label, input,
                    el("small", { class: "muted", text: p.description })));
    }
    for (const li of document.querySelectorAll("#named-list li")) {
      li.classList.toggle("active", li.dataset.name === q.name);
    }
  }

  function clearNamed() {
    current = null;
    $("named-form").hidden = true;
    for (const li of document.querySelectorAll("#named-list li")) li.classList.remove("active");
  }

  function listNamed() {
    const list = $("named-list");
    for (const q of named) {
      const button = el("button", { type: "button", class: "link", "data-name": q.name,
                                    title: q.description, text: q.title });
      button.addEventListener("click", () => { showNamed(q); showStatus(""); });
      list.append(el("li", { "data-name": q.name }, button,
                     el("code", { class: "qname", text: q.name })));
    }
  }

  // ---------------------------------------------------------------- running
  function showStatus(text) { $("status").textContent = text; }

  function showError(status, message) {
    const box = $("error");
    box.replaceChildren(el("strong", { text: status ? `Error ${status}` : "Error" }),
                        el("pre", { text: message }));
    box.hidden = false;
  }

  async function runQuery() {
    $("error").hidden = true;
    const text = editor.value;
    let url, init;
    if (current && text === shownText(current)) {
      const params = new URLSearchParams();
      for (const input of document.querySelectorAll("#named-params input")) {
        if (input.value.trim() !== "") params.append(input.dataset.param, input.value.trim());
      }
      url = `/api/queries/${encodeURIComponent(current.name)}?${params}`;
      init = { headers: { Accept: "application/sparql-results+json" } };
      resultName = current.name;
    } else {
      if (current) clearNamed();
      url = "/sparql";
      init = {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded",
                   Accept: "application/sparql-results+json, text/turtle;q=0.9" },
        body: new URLSearchParams({ query: text }),
      };
      resultName = "results";
    }
    $("run").disabled = true;
    showStatus("Running…");
    const started = performance.now();
    try {
      const response = await fetch(url, init);
      const body = await response.text();
      const ms = Math.round(performance.now() - started);
      if (!response.ok) {
        showStatus("");
        clearResults();
        showError(response.status, body.trim() || response.statusText);
        return;
      }
      const type = response.headers.get("Content-Type") || "";
      if (type.startsWith("application/sparql-results+json")) {
        const data = JSON.parse(body);
        if ("boolean" in data) {
          clearResults();
          $("results").append(el("p", { class: "boolean", text: `ASK: ${data.boolean}` }));
          showStatus(`Answered in ${ms} ms.`);
        } else {
          showTable(data);
          showStatus(`${result.rows.length} row(s) in ${ms} ms.`);
        }
      } else {
        clearResults();
        $("results").append(el("pre", { class: "rdf", text: body }));
        showStatus(`${response.headers.get("X-Trialkg-Results") || "?"} triple(s) in ${ms} ms.`);
      }
    } catch (err) {
      showStatus("");
      showError(0, `The server could not be reached: ${err.message}`);
    } finally {
      $("run").disabled = false;
    }
  }

  // ---------------------------------------------------------------- results
  function clearResults() {
    result = null;
    $("results").replaceChildren();
    $("download").disabled = true;
  }

  function compact(iri) {
    for (const [prefix, ns] of PREFIXES) {
      if (iri.startsWith(ns) && iri.length > ns.length) return prefix + iri.slice(ns.length);
    }
    return iri;
  }

  function cell(term) {
    const td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      if (term.value.startsWith(TRIAL_NS) && !term.value.slice(TRIAL_NS.length).includes("/")) {
        const id = decodeURIComponent(term.value.slice(TRIAL_NS.length));
        td.append(el("a", { href: "/trial/" + encodeURIComponent(id), title: term.value,
                            text: compact(term.value) }));
      } else {
        td.append(el("span", { class: "iri", title: term.value, text: compact(term.value) }));
      }
    } else if (term.type === "bnode") {
      td.append(el("span", { class: "bnode", text: "_:" + term.value }));
    } else {
      td.textContent = term.value;
      if (term.datatype && NUMERIC.test(term.datatype)) td.className = "num";
      if (term["xml:lang"]) td.title = "@" + term["xml:lang"];
    }
    return td;
  }

  function sortKey(term) {
    if (!term) return null;
    if (term.type === "literal" && term.datatype && NUMERIC.test(term.datatype)) {
      const n = Number(term.value);
      if (!Number.isNaN(n)) return n;
    }
    return term.value;
  }

  function compareTerms(a, b) {
    const ka = sortKey(a), kb = sortKey(b);
    if (ka === null && kb === null) return 0;
    if (ka === null) return 1;   // empty cells last, whichever the direction
    if (kb === null) return -1;
    if (typeof ka === "number" && typeof kb === "number") return ka - kb;
    return String(ka).localeCompare(String(kb), undefined, { numeric: true, sensitivity: "base" });
  }

  function sortBy(column) {
    if (sort.column === column) sort.descending = !sort.descending;
    else sort = { column, descending: false };
    const sign = sort.descending ? -1 : 1;
    result.rows = result.rows
      .map((row, i) => [row, i])
      .sort(([a, i], [b, j]) => {
        const ka = a[column], kb = b[column];
        if (!ka || !kb) return compareTerms(ka, kb) || i - j;
        return sign * compareTerms(ka, kb) || i - j;
      })
      .map(([row]) => row);
    renderTable();
  }

  function showTable(data) {
    const columns = data.head.vars;
    result = { columns, rows: data.results.bindings.map((b) => columns.map((c) => b[c] || null)) };
    sort = { column: -1, descending: false };
    renderTable();
    $("download").disabled = false;
  }

  function renderTable() {
    const head = el("tr");
    result.columns.forEach((name, i) => {
      const state = sort.column === i ? (sort.descending ? "descending" : "ascending") : "none";
      const button = el("button", { type: "button", class: "sort", text: name });
      button.append(el("span", { class: "arrow", "aria-hidden": "true",
                                 text: state === "ascending" ? " ▲" : state === "descending" ? " ▼" : "" }));
      button.addEventListener("click", () => sortBy(i));
      head.append(el("th", { scope: "col", "aria-sort": state }, button));
    });
    const body = el("tbody");
    for (const row of result.rows) body.append(el("tr", {}, ...row.map(cell)));
    const table = el("table", { class: "results-table" }, el("thead", {}, head), body);
    $("results").replaceChildren(table);
    if (result.rows.length === 0) $("results").append(el("p", { class: "muted", text: "No rows." }));
  }

  // W3C SPARQL CSV: lexical values, fields quoted when needed, CRLF line ends.
  function toCsv() {
    const field = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const lines = [result.columns.map(field).join(",")];
    for (const row of result.rows) lines.push(row.map((t) => field(t ? t.value : "")).join(","));
    return lines.join("\r\n") + "\r\n";
  }

  function download() {
    if (!result) return;
    const blob = new Blob([toCsv()], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: `${resultName}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // ---------------------------------------------------------------- start
  listNamed();
  $("run").addEventListener("click", runQuery);
  $("download").addEventListener("click", download);
  $("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runQuery(); }
  });
  // deep links: /?query=…  or  /?named=NAME&param=value…&run=1
  const url = new URLSearchParams(location.search);
  const pick = named.find((q) => q.name === url.get("named"));
  if (pick) {
    const values = {};
    for (const p of pick.params) if (url.has(p.name)) values[p.name] = url.get(p.name);
    showNamed(pick, values);
  } else {
    editor.value = url.get("query") || DEFAULT_QUERY;
  }
  if (url.get("run") === "1") runQuery();
})();
