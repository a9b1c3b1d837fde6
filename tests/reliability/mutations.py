"""Hypothesis strategies that damage real records: JSON, legacy XML and trial pages.

Every strategy starts from a real record of ``tests/data`` and applies one to three
mutations of the kinds users meet in the wild (interrupted downloads, hand edits,
encoding accidents, other tools' output) or that an attacker would try: truncation,
wrong types, missing modules, huge strings, control characters, invalid UTF-8, deep
nesting, duplicate keys and ids, entity declarations.
"""

from __future__ import annotations

import copy
import hashlib
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from .corpus import DATA, sample_records

XML_FILES = sorted((DATA / "ctgov-xml").rglob("*.xml"))
SEED_FILES = sorted((DATA / "seeds").glob("*.txt")) + sorted((DATA / "text").glob("*.*"))

#: Characters that break naive serializers, parsers and terminals.
NASTY_CHARS = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\u2028",
               "\u2029", "\ufeff", "\ufffe", "\uffff", "\ud800", "\udfff", "\U0010ffff",
               "\u202e", '"', "\\", "<", ">", "&", "&amp;", "\n", "\r", "\r\n", "\t", "'",
               "{", "}", "#", "\u0301", " ", "\u00a0", "> 60", "≤", "\\u0000", "]]>",
               "<!--", "\"} DROP ALL #", "%", "\u200b"]
#: Byte sequences that are not UTF-8.
BAD_BYTES = [b"\xff", b"\xfe", b"\xc3", b"\x80", b"\xed\xa0\x80", b"\xc0\xaf", b"\xe2\x82",
             b"\xf5\x80\x80\x80", b"\xf8\x88\x80\x80\x80", b"\x00", b"\x1a", b"\xef\xbb\xbf"]
#: Values an NCT id field has been seen (or could be made) to hold.
NCT_VALUES = [None, "", "NCT", "NCT123", "nct01234567", " NCT01234567 ", "NCT01234567\n",
              "NCT012345678", "NCT0123456X", "NCT01234567 NCT07654321", 12345678, 0, True,
              [], {}, ["NCT01234567"], "NCT\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667",
              "NCT01234567\x00", "N" * 100_000, "NCT01234567\ud800"]

nasty_text = st.lists(st.one_of(st.sampled_from(NASTY_CHARS), st.text(max_size=6)),
                      min_size=1, max_size=12).map("".join)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**80), 2**80),
                         st.floats(), st.text(max_size=30), nasty_text)
json_values = st.recursive(json_scalars, lambda c: st.lists(c, max_size=4)
                           | st.dictionaries(st.text(max_size=8), c, max_size=4),
                           max_leaves=8)
#: Sizes of long strings (megabyte values have their own test: each costs a second or two).
huge_sizes = st.sampled_from([2_000, 2_000, 10_000, 10_000, 30_000, 100_000])
#: Long lines of a trial page go through the criteria parser: shorter still.
page_sizes = st.sampled_from([1_000, 3_000, 10_000, 30_000])
deep_depths = st.sampled_from([50, 900, 1_200, 5_000, 100_000])

_DEEP = "@@trialkg-deep-placeholder@@"


@dataclass(frozen=True)
class Damaged:
    """Damaged record bytes, shown in failure reports by what was done to them."""

    data: bytes
    note: str
    unsafe: bool = False  #: an XML document with an entity or external DTD declaration

    def __repr__(self) -> str:
        digest = hashlib.sha256(self.data).hexdigest()[:12]
        return f"Damaged({len(self.data)} bytes, sha256 {digest}…: {self.note})"


#: Sections the loader does not read: damaging them tests nothing, so they are left out.
UNREAD = ("resultsSection", "documentSection", "annotationSection")


@cache
def _sample() -> tuple[list[dict], list[str]]:
    records = [{k: v for k, v in r.items() if k not in UNREAD} for r in sample_records()]
    return records, [json.dumps(r) for r in records]


def pick_path(draw, tree) -> tuple:
    """Draw the path of a value inside ``tree`` by a random walk from the root (cheap on
    big records); each step down stops with probability 1/4. Returns () for a scalar."""
    node, path = tree, ()
    while isinstance(node, (dict, list)) and node:
        keys = list(node) if isinstance(node, dict) else range(len(node))
        key = keys[draw(st.integers(0, len(keys) - 1))]
        path, node = (*path, key), node[key]
        if draw(st.integers(0, 3)) == 0:
            break
    return path


def _parent(tree, path):
    node = tree
    for key in path[:-1]:
        node = node[key]
    return node


def _apply_json(tree, op, draw):
    """Apply one mutation to a decoded study (in place); return a note for failure reports."""
    records, _ = _sample()
    kind = op
    if kind in ("module", "nct") and not isinstance(tree, dict):
        return tree, "not an object"
    if kind == "top":
        return draw(json_values), "top-level value replaced"
    if kind == "module":
        section = draw(st.sampled_from(["protocolSection", "derivedSection"]))
        holder = tree.get(section) if isinstance(tree, dict) else None
        if not isinstance(holder, dict) or not holder:
            return tree, "no module to drop"
        name = draw(st.sampled_from(sorted(holder)))
        if draw(st.booleans()):
            del holder[name]
            return tree, f"dropped {section}.{name}"
        holder[name] = draw(json_values)
        return tree, f"retyped {section}.{name}"
    if kind == "nct":
        ident = tree.get("protocolSection", {}).get("identificationModule") \
            if isinstance(tree.get("protocolSection"), dict) else None
        if isinstance(ident, dict):
            value = copy.deepcopy(draw(st.sampled_from(NCT_VALUES)))
            if value is None and draw(st.booleans()):
                ident.pop("nctId", None)
            else:
                ident["nctId"] = value
            return tree, f"nctId={str(value)[:40]!r}"
        return tree, "no identification module"
    path = pick_path(draw, tree)
    if not path:
        return tree, "empty"
    parent = _parent(tree, path)
    old = parent[path[-1]]
    where = ".".join(map(str, path))
    if kind == "delete":
        del parent[path[-1]]
        return tree, f"deleted {where}"
    if kind == "retype":
        parent[path[-1]] = draw(json_values)
        return tree, f"retyped {where}"
    if kind == "nasty":
        bad = draw(nasty_text)
        if isinstance(old, str):
            at = draw(st.integers(0, len(old)))
            parent[path[-1]] = old[:at] + bad + old[at:]
        else:
            parent[path[-1]] = bad
        return tree, f"control characters in {where}"
    if kind == "huge":
        size = draw(huge_sizes)
        base = old if isinstance(old, str) and old else "Huge value with words, 10 mg/kg. "
        parent[path[-1]] = (base * (size // len(base) + 1))[:size]
        return tree, f"{size}-character string at {where}"
    if kind == "deep":
        parent[path[-1]] = _DEEP
        return tree, f"deep nesting at {where}"
    if kind == "swap":
        donor = draw(st.sampled_from(records))
        dpath = pick_path(draw, donor)
        parent[path[-1]] = copy.deepcopy(_parent(donor, dpath)[dpath[-1]] if dpath else donor)
        return tree, f"value of another record at {where}"
    raise AssertionError(kind)


JSON_OPS = ["delete", "retype", "nasty", "huge", "deep", "swap", "module", "nct", "top"]
JSON_WEIGHTS = [14, 16, 16, 5, 4, 8, 10, 8, 1]
_WEIGHTED_OPS = [o for o, w in zip(JSON_OPS, JSON_WEIGHTS, strict=True) for _ in range(w)]


@st.composite
def damaged_json(draw, *, allow_bytes: bool = True) -> Damaged:
    """A real API v2 record with one to three mutations."""
    _, texts = _sample()
    tree = json.loads(draw(st.sampled_from(texts)))  # a fresh copy, faster than deepcopy
    notes = []
    depth = None
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(_WEIGHTED_OPS))
        tree, note = _apply_json(tree, op, draw)
        notes.append(note)
        if op == "deep":
            depth = draw(deep_depths)
    ascii_only = draw(st.booleans())
    text = json.dumps(tree, ensure_ascii=ascii_only, separators=(",", ":"),
                      allow_nan=True)
    if depth is not None:
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
        nested = opener * depth + "1" + closer * depth
        text = text.replace(json.dumps(_DEEP), nested)
        notes.append(f"depth {depth}")
    data = text.encode("utf-8", "surrogatepass")
    if allow_bytes and draw(st.integers(0, 3)) == 0:
        data, note = draw(byte_damage(data))
        notes.append(note)
    return Damaged(data, "; ".join(notes))


@st.composite
def byte_damage(draw, data: bytes) -> tuple[bytes, str]:
    """Truncate, corrupt or splice raw bytes."""
    kind = draw(st.sampled_from(["truncate", "bad-utf8", "control", "flip", "dup-key"]))
    at = draw(st.integers(0, max(0, len(data) - 1)))
    if kind == "truncate":
        return data[:at], f"truncated at byte {at}"
    if kind == "bad-utf8":
        return data[:at] + draw(st.sampled_from(BAD_BYTES)) + data[at:], f"bad UTF-8 at {at}"
    if kind == "control":
        return data[:at] + bytes([draw(st.integers(0, 31))]) + data[at:], f"control byte at {at}"
    if kind == "flip":
        if not data:
            return data, "nothing to flip"
        return data[:at] + bytes([data[at] ^ (1 << draw(st.integers(0, 7)))]) + data[at + 1:], \
            f"bit flip at {at}"
    key = draw(st.sampled_from([b'"nctId":', b'"protocolSection":', b'"eligibilityModule":',
                                b'"briefTitle":', b'"phases":']))
    dup = draw(st.sampled_from([b'"NCT00000001",', b'null,', b'{},', b'[1,2],']))
    return data.replace(key, key + dup + key, 1), f"duplicate key {key.decode()}"


# ---------------------------------------------------------------------------------- XML
#: DOCTYPEs that must be refused: entity bombs, external entities and DTDs, notations.
UNSAFE_DOCTYPES = [
    '<!DOCTYPE clinical_study [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;'
    '&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;'
    '&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;'
    '&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>',
    '<!DOCTYPE clinical_study [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE clinical_study [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/evil">]>',
    '<!DOCTYPE clinical_study [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
    '<!DOCTYPE clinical_study SYSTEM "file:///etc/passwd">',
    '<!DOCTYPE clinical_study PUBLIC "-//X//Y" "http://127.0.0.1:9/x.dtd">',
    '<!DOCTYPE clinical_study [<!ENTITY e "x">]>',
    '<!DOCTYPE clinical_study [<!NOTATION n SYSTEM "x">]>',
    '<!DOCTYPE clinical_study [<!ENTITY u SYSTEM "x" NDATA n>]>',
    '<!DOCTYPE clinical_study [<!ENTITY % q "<!ENTITY r \'x\'>"> %q;]>',
]
#: Where an entity reference is placed in the document body.
ENTITY_REFS = ["&g;", "&xxe;", "&e;", "&r;", ""]


@cache
def _xml_sources() -> list[bytes]:
    return [p.read_bytes() for p in XML_FILES]


def _strip_prolog(data: bytes) -> bytes:
    start = data.find(b"<clinical_study")
    return data[start:] if start >= 0 else data


@st.composite
def damaged_xml(draw) -> Damaged:
    """A real legacy XML record, damaged."""
    data = draw(st.sampled_from(_xml_sources()))
    kind = draw(st.sampled_from(["tree", "tree", "tree", "doctype", "bytes"]))
    if kind == "doctype":
        doctype = draw(st.sampled_from(UNSAFE_DOCTYPES)).encode()
        ref = draw(st.sampled_from(ENTITY_REFS)).encode()
        body = _strip_prolog(data).replace(b"<brief_title>", b"<brief_title>" + ref, 1)
        decl = draw(st.sampled_from([b'<?xml version="1.0" encoding="UTF-8"?>\n', b""]))
        return Damaged(decl + doctype + b"\n" + body, f"unsafe DOCTYPE {doctype[:60]!r}", True)
    if kind == "bytes":
        damaged, note = draw(byte_damage(data))
        return Damaged(damaged, note)
    root = ET.fromstring(data)  # the fixture files themselves (trusted, no DOCTYPE)
    elements = list(root.iter())
    notes = []
    depth = None
    for _ in range(draw(st.integers(1, 3))):
        el = elements[draw(st.integers(0, len(elements) - 1))]
        op = draw(st.sampled_from(["text", "nasty", "huge", "drop", "dup", "deep", "nct",
                                   "child"]))
        if op == "text":
            el.text = draw(st.sampled_from(["", "Phase 9", "N/A", "Julember 2099", "-1 Years",
                                            "2021-13-45", "Yes", "0", "∞", "Not a code"]))
        elif op == "nasty":
            el.text = (el.text or "") + draw(nasty_text)
        elif op == "huge":
            size = draw(huge_sizes)
            el.text = ("criteria line 10 mg/dL, " * (size // 24 + 1))[:size]
        elif op == "drop":
            for parent in root.iter():
                if el in list(parent):
                    parent.remove(el)
                    break
        elif op == "dup":
            el.append(copy.deepcopy(el))
        elif op == "deep":
            el.text = _DEEP
            depth = draw(st.sampled_from([10, 900, 5_000, 30_000]))
        elif op == "nct":
            nct = root.find("id_info/nct_id")
            if nct is not None:
                value = draw(st.sampled_from(NCT_VALUES[:12]))
                nct.text = None if value is None else str(value)
        else:
            ET.SubElement(el, draw(st.sampled_from(["phase", "condition", "nct_id", "x"]))).text \
                = draw(nasty_text)
        notes.append(f"{op} <{el.tag}>")
    text = ET.tostring(root, encoding="unicode")
    if depth is not None:
        text = text.replace(_DEEP, "<textblock>" * depth + "deep" + "</textblock>" * depth)
    return Damaged(text.encode("utf-8", "surrogatepass"), "; ".join(notes))


# ---------------------------------------------------------------------------------- pages
@cache
def _pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEED_FILES]


@st.composite
def damaged_page(draw) -> Damaged:
    """A seed or hand-made trial page, damaged line by line or byte by byte."""
    lines = draw(st.sampled_from(_pages())).split("\n")
    notes = []
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["drop", "dup", "swap", "nasty", "huge", "heading", "bullets",
                                   "nct", "blank"]))
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        if op == "drop" and lines:
            del lines[at]
        elif op == "dup" and lines:
            lines.insert(at, lines[at])
        elif op == "swap" and len(lines) > 1:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif op == "nasty":
            lines.insert(at, draw(nasty_text))
        elif op == "huge":
            size = draw(page_sizes)
            lines.insert(at, ("• Age ≥ 18 years, ANC > 1000/µL; " * (size // 33 + 1))[:size])
        elif op == "heading":
            lines.insert(at, draw(st.sampled_from(
                ["Inclusion Criteria:", "Exclusion Criteria:", "Phase", "Study Type", "Conditions",
                 "Key | Value |", "| |", "Study Start (Estimated)", "Primary Outcome Measures"])))
        elif op == "bullets":
            lines[at:at] = ["• " * draw(st.integers(1, 30))] * draw(st.integers(1, 20))
        elif op == "nct":
            lines.insert(at, "NCT ID: " + str(draw(st.sampled_from(NCT_VALUES[:12]))))
        else:
            lines[at:at] = [""] * draw(st.integers(1, 50))
        notes.append(op)
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    if draw(st.integers(0, 4)) == 0:
        data, note = draw(byte_damage(data))
        notes.append(note)
    return Damaged(data, "; ".join(notes))


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
