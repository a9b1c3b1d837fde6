"""Read the facts of every criterion of a criteria tree, with context from headers.

The whole eligibility text is normalised once (:class:`~trialkg.criteria.normalize.Normalized`)
and scanned once with the analyte and condition lexicons; each criterion then works
on its slice, cheap substring tests decide which extractors can apply, and every fact
span is mapped back to the criterion's own text. Two kinds of context flow through
the tree: a header item ("Liver function: subjects with liver metastasis", "renal
function") gives its subgroup to the lab bounds of the items after it and under it,
and a short header ("Age", "Life expectancy", "Sex") tells its children what their
numbers mean.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from trialkg.criteria.clinical import (
    extract_flags,
    extract_life_expectancy,
    extract_performance,
    extract_toxicity,
)
from trialkg.criteria.conditions import extract_biomarkers, extract_excluded, extract_required
from trialkg.criteria.demographics import extract_age, extract_sex
from trialkg.criteria.labs import LabContext, extract_labs
from trialkg.criteria.lexicon import ANALYTE_LEXICON, CONDITION_LEXICON, scan
from trialkg.criteria.model import Criterion, Fact
from trialkg.criteria.normalize import Normalized
from trialkg.criteria.subgroups import header_context
from trialkg.criteria.therapy import THERAPIES, extract_prior_therapy, extract_washout

__all__ = ["annotate", "read_facts"]

Hits = list[tuple[int, int, tuple]]

_DIGIT = re.compile(r"\d")
_NEGATION_HINT = re.compile(r"\b(?:no|not|without|free|absence|negative|never|nor|lack|exclud\w*|"
                            r"rule[sd]?|ruled|neither|non)\b")
_WHO = re.compile(r"\bwho\b|\blps\b")
_SEX_WORD = re.compile(r"\b(?:men|man|sex|boys?)\b")


def _ps_hint(low: str) -> bool:
    return ("ecog" in low or "karnofsk" in low or "kps" in low or "lansky" in low or
            "zubrod" in low or "performance" in low or "eastern" in low or
            (("who" in low or "lps" in low) and _WHO.search(low) is not None))


def _sex_hint(low: str) -> bool:
    return ("male" in low or "women" in low or "woman" in low or "gender" in low or "girl" in low
            or (("men" in low or "man" in low or "sex" in low or "boy" in low)
                and _SEX_WORD.search(low) is not None))


def _prior_hint(low: str) -> bool:
    return ("prior" in low or "previous" in low or "receiv" in low or "used" in low or
            "treated" in low or "exposure" in low or "fail" in low or "refractory" in low or
            "relaps" in low or "progress" in low or "line" in low or "regimen" in low or
            "intoleran" in low)


def _washout_hint(low: str) -> bool:
    return ("within" in low or "since" in low or "prior" in low or "before" in low or
            "from" in low or "after" in low or "half" in low or "wash" in low or "least" in low
            or "previous" in low or "last" in low or "past" in low or "preceding" in low)


def _marker_hint(low: str) -> bool:
    return ("positiv" in low or "negativ" in low or "mutat" in low or "express" in low or
            "+" in low or "amplif" in low or "rearrang" in low or "fusion" in low)


def read_facts(low: str, norm: str, kind: str, *, topic: str = "",
               ctx: LabContext | None = None, analytes: Hits | None = None,
               conditions: Hits | None = None, therapies: Hits | None = None,
               ) -> list[tuple[int, int, Fact]]:
    """Read the facts of one criterion from its normalised text.

    :param low: the criterion's normalised, lower-cased text.
    :param norm: the same text with case kept.
    :param kind: ``inclusion`` or ``exclusion``.
    :param topic: lower-cased text of a header item above it, or ``""``.
    :param ctx: subgroup context from a header item, if any.
    :param analytes: analyte lexicon hits in ``low`` (found here when None).
    :param conditions: condition lexicon hits in ``low`` (found here when None).
    :param therapies: therapy lexicon hits in ``low`` (found here when None).
    :returns: facts with their spans in ``low`` (the fact's own ``start``/``end`` unset).
    """
    if analytes is None or conditions is None or therapies is None:
        a, c, t = scan(low, _LEXICONS)
        analytes = a if analytes is None else analytes
        conditions = c if conditions is None else conditions
        therapies = t if therapies is None else therapies
    has_digit = _DIGIT.search(low) is not None
    found: list[tuple[int, int, Fact]] = []
    consumed: list[tuple[int, int]] = []
    if analytes or (ctx is not None and ctx.analytes):
        labs, phrases = extract_labs(low, analytes, ctx or LabContext(), conditions)
        found += labs
        consumed += phrases
    if has_digit or topic:
        if "age" in low or "old" in low or "year" in low or "adult" in low or "yrs" in low \
                or "month" in low or "age" in topic:
            found += extract_age(low, topic)
        if _ps_hint(low):
            found += extract_performance(low, topic)
        if "life" in low or "surviv" in low or "prognosis" in low or "life" in topic:
            found += extract_life_expectancy(low, topic)
        if ("grade" in low or "level" in low) and ("toxic" in low or "adverse" in low or
                                                   "side effect" in low or "ae" in low):
            found += extract_toxicity(low)
    washout_span = None
    if has_digit and therapies and _washout_hint(low):
        washout = extract_washout(low, therapies)
        found += washout
        if washout:
            washout_span = (washout[0][0], washout[0][1])
    if _prior_hint(low) and not any(
            f.type_name == "ToxicityRecoveryRequirement" for _, _, f in found):
        found += extract_prior_therapy(low, kind, washout_span, therapies)
    if _sex_hint(low) or topic.startswith(("sex", "gender")):
        found += extract_sex(low, topic)
    if "consent" in low or "assent" in low or "measurable" in low or "pregnan" in low or \
            "hcg" in low or "contracep" in low or "birth control" in low or "barrier" in low \
            or "abstinen" in low or "iud" in low or "intrauterine" in low:
        found += extract_flags(low, kind)
    if conditions and (kind == "exclusion" or _NEGATION_HINT.search(low) is not None):
        found += extract_excluded(low, conditions, kind, consumed)
    if kind == "inclusion" and ("diagnos" in low or "histolog" in low or "cytolog" in low or
                                "patholog" in low):
        found += extract_required(low)
    if _marker_hint(low):
        found += extract_biomarkers(norm, kind)
    return found


_LEXICONS = (ANALYTE_LEXICON, CONDITION_LEXICON, THERAPIES)


def annotate(text: str, criteria: list[Criterion]) -> None:
    """Fill ``facts`` of every criterion of a tree, in place.

    :param text: the whole eligibility text the criteria were split from.
    :param criteria: the top-level criteria (children are visited too).
    """
    _Annotator(Normalized(text)).walk(criteria, LabContext(), "")


def _slice(hits: Hits, starts: list[int], start: int, end: int) -> Hits:
    i = bisect_left(starts, start)
    j = bisect_left(starts, end, i)
    if i == j:
        return []
    return [(s - start, e - start, v) for s, e, v in hits[i:j] if e <= end]


class _Annotator:
    def __init__(self, n: Normalized) -> None:
        self.n = n
        self.analytes, self.conditions, self.therapies = scan(n.low, _LEXICONS)
        self.analyte_starts = [h[0] for h in self.analytes]
        self.condition_starts = [h[0] for h in self.conditions]
        self.therapy_starts = [h[0] for h in self.therapies]

    def facts_of(self, item: Criterion, topic: str, ctx: LabContext) -> list[Fact]:
        n = self.n
        ns, ne = n.norm_span(item.start, item.end)
        found = read_facts(
            n.low[ns:ne], n.norm[ns:ne], item.kind, topic=topic, ctx=ctx,
            analytes=_slice(self.analytes, self.analyte_starts, ns, ne),
            conditions=_slice(self.conditions, self.condition_starts, ns, ne),
            therapies=_slice(self.therapies, self.therapy_starts, ns, ne))
        if not found:
            return []
        facts: list[Fact] = []
        text = item.text
        size = len(text)
        for s, e, fact in found:
            fs, fe = n.source_span(ns + s, ns + e)
            fs, fe = max(0, min(fs - item.start, size)), max(0, min(fe - item.start, size))
            while fe > fs and text[fe - 1].isspace():
                fe -= 1
            while fs < fe and text[fs].isspace():
                fs += 1
            fact.start, fact.end = fs, max(fs, fe)
            facts.append(fact)
        facts.sort(key=lambda f: (f.start, f.end))
        return facts

    def walk(self, items: list[Criterion], parent: LabContext, topic: str) -> None:
        ctx = parent
        for item in items:
            facts = self.facts_of(item, topic, ctx)
            has_lab = any(f.type_name == "LabThreshold" for f in facts)
            text = item.text
            low = " ".join(text.lower().split()) if len(text) <= 110 else ""
            is_header, sub = header_context(low, has_lab, bool(facts)) if low and not has_lab \
                else (False, None)
            if is_header:
                facts = [f for f in facts if f.type_name != "ConditionCriterion"]
                ctx = LabContext(subgroup=sub) if sub is not None else LabContext(
                    subgroup=parent.subgroup)
            elif not has_lab:
                ctx = parent
            item.facts = facts
            if item.children:
                child_topic = low if (not facts and low and len(low) <= 40) else topic
                child_ctx = LabContext(subgroup=sub) if is_header and sub is not None else ctx
                self.walk(item.children, child_ctx, child_topic)
