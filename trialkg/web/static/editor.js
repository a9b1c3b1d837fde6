// SPARQL editor: a plain textarea over a highlighted copy of its text.
// The textarea keeps the caret, selection, undo and accessibility; the <pre> behind it
// shows the same text split into coloured tokens. No library, no network.
"use strict";

(function () {
  const KEYWORDS = new Set((
    "BASE PREFIX SELECT DISTINCT REDUCED AS CONSTRUCT DESCRIBE ASK FROM NAMED WHERE GROUP BY " +
    "HAVING ORDER ASC DESC LIMIT OFFSET VALUES OPTIONAL GRAPH SERVICE SILENT BIND UNION " +
    "MINUS FILTER NOT EXISTS IN UNDEF LOAD CLEAR DROP CREATE ADD MOVE COPY INSERT DELETE DATA " +
    "WITH USING DEFAULT ALL INTO TO COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR STR " +
    "LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN " +
    "UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY " +
    "HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE " +
    "IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE " +
    "TRUE FALSE"
  ).split(" "));

  // One alternative per token class, tried in this order at each position.
  const TOKEN = new RegExp([
    "(#[^\\n]*)",                                                      // 1 comment
    "(<[^<>\"{}|^`\\\\\\s]*>)",                                       // 2 IRI
    "(\"\"\"[\\s\\S]*?(?:\"\"\"|$)|'''[\\s\\S]*?(?:'''|$)|" +
      "\"(?:[^\"\\\\\\n]|\\\\.)*\"?|'(?:[^'\\\\\\n]|\\\\.)*'?)",        // 3 string
    "([?$][A-Za-z0-9_\\u00B7-\\uFFFF]+)",                             // 4 variable
    "((?:[A-Za-z][\\w.-]*)?:(?:[\\w\\-%:]|\\.(?=[\\w\\-%:]))*)",       // 5 prefixed name
    "([+-]?(?:\\d+\\.?\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?))", // 6 number
    "(@[A-Za-z]+(?:-[A-Za-z0-9]+)*)",                                  // 7 language tag
    "([A-Za-z_][A-Za-z_0-9]*)",                                        // 8 word
    "(\\s+)",                                                          // 9 space
    "([\\s\\S])",                                                      // 10 anything else
  ].join("|"), "gy");

  const CLASSES = [null, "tok-comment", "tok-iri", "tok-string", "tok-var", "tok-pname",
                   "tok-number", "tok-lang", null, null, "tok-punct"];

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  // Split SPARQL text into [class, text] pairs (class null = plain).
  function tokenize(text) {
    const out = [];
    TOKEN.lastIndex = 0;
    let m;
    while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text)) !== null) {
      let group = 1;
      while (group < m.length && m[group] === undefined) group++;
      let cls = CLASSES[group];
      if (group === 8) {
        const word = m[0];
        if (word === "a" || KEYWORDS.has(word.toUpperCase())) cls = "tok-keyword";
      }
      out.push([cls, m[0]]);
    }
    return out;
  }

  function highlight(text) {
    return tokenize(text).map(([cls, t]) =>
      cls ? `<span class="${cls}">${escapeHtml(t)}</span>` : escapeHtml(t)).join("");
  }

  function attach(textarea, code) {
    const pre = code.parentElement;
    function render() {
      // a final newline needs a character after it to take up a line in the <pre>
      code.innerHTML = highlight(textarea.value) + "\n ";
      sync();
    }
    function sync() {
      pre.scrollTop = textarea.scrollTop;
      pre.scrollLeft = textarea.scrollLeft;
    }
    textarea.addEventListener("input", render);
    textarea.addEventListener("scroll", sync);
    textarea.addEventListener("keydown", (event) => {
      if (event.key === "Tab" && !event.shiftKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        const { selectionStart: s, selectionEnd: e, value } = textarea;
        textarea.value = value.slice(0, s) + "  " + value.slice(e);
        textarea.selectionStart = textarea.selectionEnd = s + 2;
        render();
      }
    });
    render();
    return {
      get value() { return textarea.value; },
      set value(text) { textarea.value = text; render(); textarea.scrollTop = 0; },
      render,
    };
  }

  window.SparqlEditor = { attach, tokenize, highlight };
})();
