"""The criteria parser's lexicons, read from data files and compiled once at import.

* ``ontology/mappings/analytes.tsv`` (``key, name, loinc, canonical_unit, abnormal,
  synonyms, source, bare_number``): ``bare_number`` says how a number written without a unit
  is read, as rules tried in order (``<1000 10*9/L; /uL``: below 1000 it is in 10^9/L, else
  per µL; ``-`` for a number that cannot be read without its unit); ``abnormal`` is the side
  on which a value means disease (``high``,
  ``low`` or ``both``); ``synonyms`` are ``|``-separated Python regular expressions over the
  lower-cased, normalised text (plain words are regexes that match themselves; a
  synonym never contains ``|`` itself). The parser adds word boundaries. A surface
  form listed under two analytes (``transaminases``) names both.
* ``ontology/mappings/units.tsv``: the ``surface`` rows (regex → UCUM code), read
  through :mod:`trialkg.mapping.units`.
* ``trialkg/criteria/conditions.tsv`` (``label, pattern, note``): one surface regex
  per row for the conditions the parser names (excluded conditions and the subgroups
  of lab bounds). A label holding ``;`` names several conditions (``hepatitis B;hepatitis
  C`` for "hepatitis B or C"). Where two rows match the same words, the earlier row
  wins, so specific forms come before general ones.

Scanning a text with one regex of several hundred alternatives is slow, so each
:class:`Lexicon` indexes its patterns by the words they can start with (found by
reading the parsed regex) and only tries the patterns whose first word occurs.
"""

from __future__ import annotations

import re
import re._constants as _sc  # type: ignore[import-not-found]  # a regex's parsed form
import re._parser as _sp  # type: ignore[import-not-found]
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from trialkg.mapping.units import iter_unit_forms

__all__ = ["Analyte", "Lexicon", "scan", "ANALYTES", "ANALYTE_LEXICON",
           "CONDITION_LEXICON", "UNIT_RE", "unit_of", "CONDITIONS_PATH", "WORD"]

#: The parser's lexicon of condition surface forms.
CONDITIONS_PATH = Path(__file__).with_name("conditions.tsv")

#: A word of text, as the lexicons index them; Greek letters are letters too ("γ-GT",
#: "β-thalassemia"), or the surface forms that start with one could never be tried.
WORD = re.compile(r"[a-zα-ω][a-z0-9α-ω]*")

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Analyte:
    """One row of the analyte table."""

    key: str
    name: str
    loinc: str | None
    canonical_unit: str
    abnormal: str = "both"  #: the side on which a value means disease: high, low or both
    #: how a number without a unit is read: ``(comparator, limit, unit)`` rules in order, the
    #: last with comparator ``*`` (any value); unit None: the number cannot be read alone
    bare: tuple[tuple[str, float, str | None], ...] = ()

    def bare_unit(self, value: float) -> tuple[bool, str | None]:
        """Return whether a rule reads a number without a unit, and the unit it gives.

        :param value: the number as written.
        :returns: ``(False, None)`` when the table has no rule; ``(True, None)`` when the
            number cannot be read without its unit.
        """
        for op, limit, unit in self.bare:
            if op == "*" or (value < limit if op == "<" else value <= limit):
                return True, unit
        return False, None


def _bare_rules(text: str) -> tuple[tuple[str, float, str | None], ...]:
    """Parse a ``bare_number`` cell: ``<1000 10*9/L; /uL``, ``<=20 %; -``, ``-``."""
    rules: list[tuple[str, float, str | None]] = []
    for part in filter(None, (x.strip() for x in text.split(";"))):
        m = re.fullmatch(r"(<=?)\s*(\d+(?:\.\d+)?)\s+(\S+)", part)
        if m is not None:
            unit = m.group(3)
            rules.append((m.group(1), float(m.group(2)), None if unit == "-" else unit))
        elif " " not in part:
            rules.append(("*", 0.0, None if part == "-" else part))
        else:
            raise ValueError(f"analytes.tsv: cannot read the bare_number rule {part!r}")
    return tuple(rules)


_LIMIT = 400


def _is_space(items: Any) -> bool:
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is _sc.LITERAL:
        return chr(av).isspace()
    if op is _sc.IN:
        return all((cop is _sc.CATEGORY and cav is _sc.CATEGORY_SPACE) or
                   (cop is _sc.LITERAL and chr(cav).isspace()) for cop, cav in av)
    return False


def _first_words(items: Any, opens: set[str], closed: set[str]) -> set[str] | None:
    """Advance the open word prefixes over parsed regex items; None when unbounded."""
    for op, av in items:
        if not opens:
            return opens
        if op is _sc.LITERAL or op is _sc.IN:
            chars: list[str] = []
            if op is _sc.LITERAL:
                chars = [chr(av)]
            else:
                for cop, cav in av:
                    if cop is _sc.LITERAL:
                        chars.append(chr(cav))
                    elif cop is _sc.RANGE and cav[1] - cav[0] < 12:
                        chars.extend(chr(c) for c in range(cav[0], cav[1] + 1))
                    elif cop is _sc.CATEGORY and cav is _sc.CATEGORY_SPACE:
                        chars.append(" ")
                    else:
                        return None
            nxt: set[str] = set()
            for prefix in opens:
                for ch in chars:
                    if ch.isalnum():
                        nxt.add(prefix + ch)
                    elif prefix:
                        closed.add(prefix)
                    else:
                        return None
            opens = nxt
        elif op is _sc.CATEGORY:
            if av is not _sc.CATEGORY_SPACE:
                return None
            if "" in opens:
                return None
            closed.update(opens)
            opens = set()
        elif op is _sc.BRANCH:
            nxt = set()
            for alt in av[1]:
                got = _first_words(alt, set(opens), closed)
                if got is None:
                    return None
                nxt |= got
            opens = nxt
        elif op is _sc.SUBPATTERN:
            got = _first_words(av[-1], opens, closed)
            if got is None:
                return None
            opens = got
        elif op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT, _sc.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            if hi != 1:
                if _is_space(sub):  # "\s+" ends the word ("\s*" may also not)
                    if "" in opens:
                        return None
                    closed.update(opens)
                    if lo == 0:
                        continue
                    return set()
                # an open-ended word tail ("chemotherap\w*"): index the literal part as a prefix
                if "" in opens or any(len(p) < 3 for p in opens):
                    return None
                closed.update(p + "*" for p in opens)
                return set()
            once = _first_words(sub, set(opens), closed)
            if once is None:
                return None
            opens = (opens if lo == 0 else set()) | once
        elif op in (_sc.AT, _sc.ASSERT, _sc.ASSERT_NOT):
            continue
        else:
            return None
        if len(opens) + len(closed) > _LIMIT:
            return None
    return opens


def first_words(pattern: str) -> set[str] | None:
    """Return the words a regex can start with, or None when they cannot be listed.

    :param pattern: a regular expression over lower-cased text.
    :returns: the possible first words (alphanumeric runs).

    >>> sorted(first_words("(?:serum )?creatinine|neutrophils?"))
    ['creatinine', 'neutrophil', 'neutrophils', 'serum']
    """
    closed: set[str] = set()
    try:
        opens = _first_words(_sp.parse(pattern), {""}, closed)
    except (re.error, TypeError, ValueError):
        return None
    if opens is None or "" in opens or "" in closed:
        return None
    return opens | closed


def flexible_spaces(pattern: str) -> str:
    """Let each literal space of a regex (outside ``[...]``) match any run of whitespace.

    Criteria are often hard-wrapped, so "direct" and "bilirubin" on two lines must still
    match "direct bilirubin"; a space followed by ``?`` or ``*`` becomes optional whitespace.

    :param pattern: a regular expression written with single spaces.
    :returns: the same expression with a whitespace run for each space.
    """
    out: list[str] = []
    in_class = escaped = False
    skip = False
    for i, ch in enumerate(pattern):
        if skip:
            skip = False
            continue
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == "]":
            in_class = False
            out.append(ch)
        elif ch == " " and not in_class:
            if pattern[i + 1:i + 2] in ("?", "*"):
                out.append(r"\s*")
                skip = True
            else:
                out.append(r"\s+")
        else:
            out.append(ch)
    return "".join(out)


class Lexicon(Generic[T]):
    """Surface-form regexes with payloads, indexed by their possible first words.

    :param entries: ``(regex, payload)`` pairs in priority order.
    """

    def __init__(self, entries: list[tuple[str, T]]) -> None:
        self._patterns: list[tuple[re.Pattern[str], T]] = []
        self._by_word: dict[str, list[int]] = {}
        self._by_prefix: dict[str, list[int]] = {}
        self._always: list[int] = []
        for i, (pattern, value) in enumerate(entries):
            pattern = flexible_spaces(pattern)
            self._patterns.append((re.compile(pattern + r"(?![^\W_])"), value))
            words = first_words(pattern)
            if words is None:
                self._always.append(i)
                continue
            for w in words:
                if w.endswith("*"):
                    self._by_prefix.setdefault(w[:-1], []).append(i)
                else:
                    self._by_word.setdefault(w, []).append(i)
        self._words = frozenset(self._by_word)
        self._word_re = {w: re.compile(re.escape(w) + r"(?![^\W_])") for w in self._by_word}
        self._prefix_re = {w: re.compile(re.escape(w)) for w in self._by_prefix}
        #: for each first word, one regex trying its patterns (longest written first)
        self._word_any = {w: self._alternation(idx) for w, idx in self._by_word.items()}
        self._prefix_any = {w: self._alternation(idx) for w, idx in self._by_prefix.items()}

    def _alternation(self, idx: list[int]) -> re.Pattern[str]:
        order = sorted(idx, key=lambda i: (-len(self._patterns[i][0].pattern), i))
        return re.compile("|".join(f"(?P<p{i}>{self._patterns[i][0].pattern})" for i in order))

    @property
    def words(self) -> frozenset[str]:
        """The words the lexicon's patterns can start with."""
        return self._words

    def findall(self, low: str, tokens: list[tuple[int, str]] | None = None
                ) -> list[tuple[int, int, T]]:
        """Return non-overlapping hits in ``low``, leftmost first, the longest at a place.

        :param low: lower-cased, normalised text.
        :param tokens: ``(position, word)`` of the words of ``low`` that may start a hit
            (any superset will do); found here when None.
        :returns: ``(start, end, payload)`` triples in text order.
        """
        if tokens is None:
            words = self._words
            tokens = [(m.start(), m.group()) for m in WORD.finditer(low) if m.group() in words]
        found: list[tuple[int, int, int]] = []
        append = found.append
        anys = self._word_any
        for pos, w in tokens:
            combined = anys.get(w)
            if combined is None or (pos and low[pos - 1].isalnum()):
                continue
            m = combined.match(low, pos)
            if m is not None and m.end() > pos:
                append((pos, -m.end(), int(cast(str, m.lastgroup)[1:])))
        return self.resolve(low, found)

    def resolve(self, low: str, found: list[tuple[int, int, int]]) -> list[tuple[int, int, T]]:
        """Add prefix-anchored and unanchored hits, and keep the leftmost-longest ones.

        :param low: the searched text.
        :param found: ``(start, -end, pattern index)`` of the word-anchored hits.
        :returns: ``(start, end, payload)`` triples in text order.
        """
        append = found.append
        for w in self._by_prefix:
            if w not in low:
                continue
            combined = self._prefix_any[w]
            for wm in self._prefix_re[w].finditer(low):
                pos = wm.start()
                if pos and low[pos - 1].isalnum():
                    continue
                m = combined.match(low, pos)
                if m is not None and m.end() > pos:
                    append((pos, -m.end(), int(cast(str, m.lastgroup)[1:])))
        patterns = self._patterns
        for i in self._always:
            for m in patterns[i][0].finditer(low):
                if m.end() > m.start() and (m.start() == 0 or not low[m.start() - 1].isalnum()):
                    append((m.start(), -m.end(), i))
        if not found:
            return []
        found.sort()
        out: list[tuple[int, int, T]] = []
        last = 0
        for start, neg_end, i in found:
            if start >= last:
                last = -neg_end
                out.append((start, last, patterns[i][1]))
        return out


def scan(low: str, lexicons: tuple[Lexicon, ...], keep: frozenset[str] = frozenset()
         ) -> tuple[list[list[tuple[int, int, Any]]], list[tuple[int, str]]]:
    """Find the hits of several lexicons in one pass over the words of ``low``.

    :param low: lower-cased, normalised text.
    :param lexicons: the lexicons to apply.
    :param keep: words whose positions are reported as well (cheap gates for extractors).
    :returns: for each lexicon its :meth:`Lexicon.findall` hits, and ``(position, word)``
        of every word of ``keep`` in ``low``.
    """
    table = _scan_table(lexicons, keep)
    found: list[list[tuple[int, int, int]]] = [[] for _ in lexicons]
    kept: list[tuple[int, str]] = []
    get = table.get
    for m in WORD.finditer(low):
        word = m.group()
        entries = get(word)
        if entries is None:
            continue
        pos = m.start()
        if entries[0]:
            kept.append((pos, word))
        if len(entries) == 1 or (pos and low[pos - 1].isalnum()):
            continue
        for k, combined in entries[1:]:
            hit = combined.match(low, pos)
            if hit is not None and hit.end() > pos:
                found[k].append((pos, -hit.end(), int(cast(str, hit.lastgroup)[1:])))
    return [lex.resolve(low, hits) for lex, hits in zip(lexicons, found, strict=True)], kept


_SCAN_TABLES: dict[tuple, dict[str, list]] = {}


def _scan_table(lexicons: tuple[Lexicon, ...], keep: frozenset[str]) -> dict[str, list]:
    """Word → [whether to keep it, (lexicon index, its first-word regex)...]."""
    key = (tuple(id(lex) for lex in lexicons), keep)
    table = _SCAN_TABLES.get(key)
    if table is None:
        table = {}
        for k, lex in enumerate(lexicons):
            for w, combined in lex._word_any.items():
                table.setdefault(w, [w in keep]).append((k, combined))
        for w in keep:
            table.setdefault(w, [True])
        _SCAN_TABLES[key] = table
    return table


def _rows(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:]]


def _load_analytes() -> tuple[dict[str, Analyte], Lexicon[tuple[Analyte, ...]]]:
    from trialkg.resources import mappings_dir

    analytes: dict[str, Analyte] = {}
    owners: dict[str, list[str]] = {}
    for row in _rows(mappings_dir() / "analytes.tsv"):
        a = Analyte(row["key"], row["name"], row.get("loinc") or None, row["canonical_unit"],
                    row.get("abnormal") or "both", _bare_rules(row.get("bare_number") or ""))
        analytes[a.key] = a
        for syn in filter(None, (s.strip() for s in row.get("synonyms", "").split("|"))):
            owners.setdefault(syn, []).append(a.key)
    entries = [(syn, tuple(analytes[k] for k in keys)) for syn, keys in owners.items()]
    return analytes, Lexicon(entries)


def _load_units() -> tuple[re.Pattern[str], dict[str, str]]:
    forms = iter_unit_forms()
    order = sorted(range(len(forms)), key=lambda i: len(forms[i][0].pattern), reverse=True)
    parts, codes = [], {}
    for i in order:
        name = f"u{i}"
        codes[name] = forms[i][1]
        parts.append(f"(?P<{name}>{flexible_spaces(forms[i][0].pattern)})")
    return re.compile("(?:" + "|".join(parts) + r")(?![a-z0-9])"), codes


def _load_conditions() -> Lexicon[tuple[str, ...]]:
    entries = [(row["pattern"], tuple(x.strip() for x in row["label"].split(";") if x.strip()))
               for row in _rows(CONDITIONS_PATH)]
    return Lexicon(entries)


#: Analytes by key.
ANALYTES: dict[str, Analyte]
#: Analyte surface forms; a hit's value is the tuple of analytes it names.
ANALYTE_LEXICON: Lexicon[tuple[Analyte, ...]]
ANALYTES, ANALYTE_LEXICON = _load_analytes()
#: A unit written right after a number (match it at the position after the number).
UNIT_RE: re.Pattern[str]
UNIT_RE, _UNIT_CODES = _load_units()
#: Condition surface forms; a hit's value is the tuple of canonical labels.
CONDITION_LEXICON: Lexicon[tuple[str, ...]] = _load_conditions()


def unit_of(match: re.Match[str]) -> str:
    """Return the UCUM code of a :data:`UNIT_RE` match.

    :param match: a match of :data:`UNIT_RE`.
    :returns: the UCUM code.
    """
    return _UNIT_CODES[cast(str, match.lastgroup)]
