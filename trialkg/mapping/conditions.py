"""Condition names to MONDO: synonyms, spelling variants, qualifiers, MeSH, ancestors.

Names are compared in normal form (:mod:`trialkg.mapping.text`), so case, punctuation,
plurals and British spelling do not matter. Words that qualify a disease without making
it another disease (relapsed, refractory, metastatic…) are returned as qualifiers, spelled
as the ``skos:notation`` of the ontology's ``tkg:DiseaseQualifier`` individuals.

>>> m = map_condition("Relapsed/Refractory Neuroblastoma")
>>> m.term_id, m.qualifiers
('MONDO:0005072', ('relapsed', 'refractory'))
>>> map_condition("AQP4-IgG positive NMOSD").term_id
'MONDO:0019100'
>>> map_condition("no such disease") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from trialkg.mapping.tables import get_diseases, get_mesh_mondo
from trialkg.mapping.text import iter_tokens

__all__ = ["ConditionMatch", "map_condition", "map_mesh", "find_conditions",
           "disease_ancestors", "QUALIFIERS"]

#: Qualifier notations (``skos:notation`` of ``tkg:DiseaseQualifier``) by normalised phrase.
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("relapsed",): "relapsed", ("relapsing",): "relapsed", ("relapse",): "relapsed",
    ("refractory",): "refractory", ("recurrent",): "recurrent", ("recurrence",): "recurrent",
    ("recurring",): "recurrent", ("high", "risk"): "high-risk", ("metastatic",): "metastatic",
    ("advanced",): "advanced", ("locally", "advanced"): "locally advanced",
    ("newly", "diagnosed"): "newly diagnosed", ("progressive",): "progressive",
    ("progressing",): "progressive", ("chronic",): "chronic", ("acute",): "acute",
}
#: Words that join qualifiers (``relapsed or refractory``, ``recurrent/metastatic``).
_JOINERS = frozenset({"or", "and", "and/or", "r"})
#: Words dropped when nothing matched with them: who has the disease, or its stage.
_MODIFIERS = frozenset({"pediatric", "childhood", "child", "adult", "adolescent", "infant",
                        "patient", "people", "subject", "participant", "juvenile", "young",
                        "elderly", "older", "primary", "established", "diagnosed", "confirmed",
                        "severe", "moderate", "mild", "uncontrolled", "active", "untreated",
                        "treated", "previously", "human", "stage", "grade", "history", "of",
                        "known", "significant", "clinically", "serious", "major", "extensive",
                        "congenital", "hereditary", "inherited"})
#: Words that join two of them: "moderate to severe", "mild or moderate".
_MODIFIER_JOINERS = frozenset({"to", "or", "and", "and/or", "-"})
#: Biomarker-status words: ``AQP4-IgG positive``, ``HER2-negative`` qualify, not name.
_STATUS = frozenset({"positive", "negative", "seropositive", "seronegative", "mutant",
                     "mutated", "amplified", "expressing", "high", "low"})
#: Words after which a name goes on about cause or context, not the disease itself.
#: "(kind) X of (the) Y": a disease named with its site after it.
_OF_SITE = re.compile(r"(?P<pre>(?:[\w-]+\s+)*?)(?P<head>[\w-]*(?:carcinoma|cancer|tumou?r|"
                      r"neoplasm|sarcoma|lymphoma|adenoma|osteoarthritis))\s+of\s+(?:the\s+)?"
                      r"(?P<site>.+)")
_RELATIONS = ("following", "after", "due", "secondary", "associated", "caused", "induced",
              "related", "with", "in", "among", "from", "post", "during", "treated", "for")
#: Tokens that must not be dropped before a shorter known name (``non-Hodgkin``).
_NEGATING = frozenset({"non", "not", "no", "pre", "pseudo", "anti", "without", "free",
                       "post", "para", "peri", "sub", "hypo", "hyper", "de"})
#: Single-token names too generic to be found by dropping words before them.
_GENERIC = frozenset({"cancer", "tumor", "neoplasm", "carcinoma", "disease", "disorder",
                      "syndrome", "dysfunction", "infection", "pain", "injury", "failure",
                      "leukemia", "lymphoma", "sarcoma", "hyperplasia", "depression",
                      "headache", "incontinence", "metastasis"})
#: Terms too general to report when found in running text (the word "disease").
_NOT_IN_TEXT = frozenset({"MONDO:0000001"})
_ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*$")
_PAREN = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


@dataclass(frozen=True, slots=True)
class ConditionMatch:
    """A condition name mapped to a disease of the curated table."""

    term_id: str | None  #: MONDO CURIE (or ``tkg:SolidNeoplasm``, the core's grouping class)
    term_label: str | None
    xrefs: tuple[str, ...]  #: NCIt, MeSH and DOID CURIEs of the term
    qualifiers: tuple[str, ...]  #: qualifier notations, in the order of the text
    matched: str  #: the table name (label or synonym) that matched


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str  #: key of the row in :func:`get_diseases`
    name: str
    acronym: bool


@cache
def _index() -> tuple[dict[tuple[str, ...], _Entry], int]:
    index: dict[tuple[str, ...], _Entry] = {}
    for row_key, disease in get_diseases().items():
        for name in (disease.label, *disease.synonyms):
            key = tuple(tok for tok, _, _, _ in iter_tokens(name))
            if key and key not in index:
                index[key] = _Entry(row_key, name, bool(_ACRONYM.match(name.strip())))
    return index, max((len(k) for k in index), default=1)


Token = tuple[str, int, int, str]


def _lookup(tokens: list[Token], *, exact_case: bool = False) -> _Entry | None:
    """Look a token list up; acronyms need capitals when ``exact_case`` (running text)."""
    index, _ = _index()
    entry = index.get(tuple(t[0] for t in tokens))
    if entry is None:
        return None
    if exact_case and entry.acronym and not all(t[3].isupper() or t[3].isdigit()
                                                 for t in tokens):
        return None
    return entry


def _qualifier_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    for length in (2, 1):
        phrase = tuple(t[0] for t in tokens[i:i + length])
        if len(phrase) == length and phrase in QUALIFIERS:
            return QUALIFIERS[phrase], length
    return None


def _strip_qualifiers(tokens: list[Token]) -> tuple[list[Token], list[str]]:
    kept: list[Token] = []
    found: list[str] = []
    i = 0
    while i < len(tokens):
        hit = _qualifier_at(tokens, i)
        if hit:
            if hit[0] not in found:
                found.append(hit[0])
            i += hit[1]
        elif tokens[i][0] in _JOINERS and (found or i == 0):
            i += 1
        else:
            kept.append(tokens[i])
            i += 1
    return kept, found


def _make(entry: _Entry, qualifiers: list[str]) -> ConditionMatch:
    disease = get_diseases()[entry.key]
    return ConditionMatch(disease.id or None, disease.label, disease.xrefs, tuple(qualifiers),
                          entry.name)


def _resolve(tokens: list[Token]) -> ConditionMatch | None:
    """Match a whole token list, with qualifiers taken out when that helps."""
    if not tokens:
        return None
    full = _lookup(tokens)
    core, qualifiers = _strip_qualifiers(tokens)
    stripped = _lookup(core) if qualifiers and core else None
    if full is not None and full.name == get_diseases()[full.key].label:
        return _make(full, [])  # the label itself says "acute" (acute myeloid leukemia)
    if stripped is not None and (full is None or full.key == stripped.key):
        return _make(stripped, qualifiers)
    if full is not None:
        return _make(full, [])
    return None


def _drop_status(tokens: list[Token]) -> list[Token]:
    """Drop a leading biomarker status (``AQP4-IgG positive``) of up to four tokens."""
    for i, tok in enumerate(tokens[:5]):
        if tok[0] in _STATUS and 0 < i < len(tokens) - 1:
            return tokens[i + 1:]
    return tokens


def _candidates(tokens: list[Token]):
    """Yield token lists to try, from the most to the least faithful to the name."""
    yield tokens
    # a word joining two modifiers goes with them ("moderate to severe", "major or severe")
    core = [t for i, t in enumerate(tokens) if t[0] not in _MODIFIERS and not t[0].isdigit()
            and not (t[0] in _MODIFIER_JOINERS and 0 < i < len(tokens) - 1
                     and tokens[i - 1][0] in _MODIFIERS and tokens[i + 1][0] in _MODIFIERS)]
    yield core
    yield _drop_status(core)
    for i, tok in enumerate(core):
        if i and tok[0] in _RELATIONS:
            yield core[:i]
            break


def _suffix(tokens: list[Token]) -> ConditionMatch | None:
    """Match the longest known ending of a name when the words dropped do not negate it."""
    core, qualifiers = _strip_qualifiers(tokens)
    for start in range(1, len(core)):
        if any(t[0] in _NEGATING for t in core[:start]):
            return None
        rest = core[start:]
        entry = _lookup(rest)
        if entry is None:
            continue
        if len(rest) == 1 and rest[0][0] in _GENERIC:
            return None
        return _make(entry, qualifiers)
    return None


# Registries repeat the same condition names across trials (and a load maps each once per
# trial and per criterion naming it): remembering the answers saves ~15% of a build.
@lru_cache(maxsize=65536)
def map_condition(label: str) -> ConditionMatch | None:
    """Map a condition name to a disease of the curated table.

    :param label: a condition as a registry or text names it.
    :returns: the match, or None when no disease of the table fits (the caller keeps
        the label).
    """
    if not label or not label.strip():
        return None
    variants = [label]
    bare = _PAREN.sub(" ", label)
    if bare != label:
        variants.append(bare)
    if "," in bare:
        variants.append(" ".join(reversed([p for p in bare.split(",") if p.strip()])))
    of = _OF_SITE.fullmatch(bare)
    if of is not None:  # "adenocarcinoma of the prostate" is a "prostate adenocarcinoma"
        variants.append(f"{of.group('pre')} {of.group('site')} {of.group('head')}".strip())
        variants.append(f"{of.group('pre')} {of.group('head')}".strip())  # else the broader
    for variant in variants:
        entry = _lookup(list(iter_tokens(variant)))
        if entry is not None:
            return _resolve(list(iter_tokens(variant)))
    for variant in variants:
        tokens = list(iter_tokens(variant))
        for candidate in _candidates(tokens):
            match = _resolve(candidate)
            if match is not None:
                return match
    for variant in variants:
        match = _suffix(list(iter_tokens(variant)))
        if match is not None:
            return match
    return None


def map_mesh(mesh_id: str) -> str | None:
    """Return the MONDO CURIE of a MeSH descriptor, when the tables know it.

    Both spellings of old descriptor ids are accepted (``D009447`` and ``D000009447``).

    :param mesh_id: a MeSH descriptor id, with or without a ``MESH:`` prefix.
    :returns: a MONDO CURIE, or None.
    """
    table = get_mesh_mondo()
    ident = mesh_id.strip().removeprefix("MESH:").removeprefix("mesh:")
    if ident in table:
        return table[ident]
    if re.fullmatch(r"D000\d{6}", ident):
        return table.get("D" + ident[4:])
    if re.fullmatch(r"D\d{6}", ident):
        return table.get("D000" + ident[1:])
    return None


def find_conditions(text: str) -> list[tuple[int, int, ConditionMatch]]:
    """Find disease mentions in running text, longest match first.

    Qualifiers written just before a disease (``relapsed or refractory neuroblastoma``)
    belong to the mention's span and to its match. Acronyms of the table (``NMOSD``) are
    matched only when written in capitals.

    :param text: a title, a sentence, a summary.
    :returns: ``(start, end, match)`` triples in text order; ``text[start:end]`` is the
        mention.
    """
    tokens = list(iter_tokens(text))
    _, longest = _index()
    out: list[tuple[int, int, ConditionMatch]] = []
    floor = 0  # first token after the previous mention
    i = 0
    while i < len(tokens):
        entry, n = None, 0
        for n in range(min(longest, len(tokens) - i), 0, -1):
            entry = _lookup(tokens[i:i + n], exact_case=True)
            if entry is not None and entry.key not in _NOT_IN_TEXT:
                break
            entry = None
        if entry is None:
            i += 1
            continue
        start = i
        qualifiers: list[str] = []
        k = i - 1
        while k >= floor:
            if tokens[k][0] in _JOINERS:
                k -= 1
                continue
            pair = (tokens[k - 1][0], tokens[k][0]) if k - 1 >= floor else None
            if pair in QUALIFIERS:
                first = k - 1
            elif (tokens[k][0],) in QUALIFIERS:
                first = k
            else:
                break
            qualifiers.insert(0, QUALIFIERS[tuple(t[0] for t in tokens[first:k + 1])])
            start, k = first, first - 1
        match = _make(entry, list(dict.fromkeys(qualifiers)))
        out.append((tokens[start][1], tokens[i + n - 1][2], match))
        i += n
        floor = i
    return out


@cache
def disease_ancestors(curie: str) -> frozenset[str]:
    """Return every ancestor of a disease in the curated hierarchy.

    The hierarchy is the ``parents`` column of ``diseases.tsv``, closed transitively; it
    includes the core ontology's grouping class ``tkg:SolidNeoplasm`` (a row of the table
    whose parent is neoplasm).

    :param curie: a MONDO CURIE (or ``tkg:SolidNeoplasm``).
    :returns: the ancestors, without the term itself; empty for an unknown term.
    """
    diseases = get_diseases()
    seen: set[str] = set()
    todo = [curie]
    while todo:
        current = todo.pop()
        disease = diseases.get(current)
        for parent in disease.parents if disease else ():
            if parent not in seen and parent != curie:
                seen.add(parent)
                todo.append(parent)
    return frozenset(seen)
