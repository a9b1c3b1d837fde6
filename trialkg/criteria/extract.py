"""Read the facts of every criterion of a criteria tree, with context from headers.

The whole eligibility text is normalised once (:class:`~trialkg.criteria.normalize.Normalized`);
each criterion works on its slice, cheap substring tests decide which extractors can
apply, and every fact span is mapped back to the criterion's own text. Two kinds of
context flow through the tree: a header item ("Liver function: subjects with liver
metastasis", "renal function") gives its subgroup to the lab bounds of the items
after it and under it, and a short header ("Age", "Life expectancy", "Sex") tells its
children what their numbers mean.
"""

from __future__ import annotations

import re

from trialkg.criteria.clinical import (
    extract_flags,
    extract_life_expectancy,
    extract_performance,
    extract_toxicity,
)
from trialkg.criteria.conditions import extract_biomarkers, extract_excluded, extract_required
from trialkg.criteria.demographics import extract_age, extract_sex
from trialkg.criteria.labs import LabContext, extract_labs
from trialkg.criteria.lexicon import WORD
from trialkg.criteria.model import Criterion, Fact
from trialkg.criteria.normalize import Normalized
from trialkg.criteria.subgroups import header_context
from trialkg.criteria.therapy import extract_prior_therapy, extract_washout

__all__ = ["annotate", "read_facts"]

_DIGIT = re.compile(r"\d")
_PRIOR_WORDS = frozenset({
    "prior", "previous", "previously", "received", "receive", "used", "treated", "exposure",
    "failed", "failure", "refractory", "relapsed", "progressed", "progression", "line", "lines",
    "regimen", "regimens", "intolerant", "intolerance"})
_NEGATION_HINT = re.compile(r"\b(?:no|not|without|free|absence|negative|never|nor|lack|exclud\w*|"
                            r"rule[sd]?|ruled|neither|non)\b")


def read_facts(low: str, norm: str, kind: str, *, topic: str = "",
               ctx: LabContext | None = None) -> list[tuple[int, int, Fact]]:
    """Read the facts of one criterion from its normalised text.

    :param low: the criterion's normalised, lower-cased text.
    :param norm: the same text with case kept.
    :param kind: ``inclusion`` or ``exclusion``.
    :param topic: lower-cased text of a header item above it, or ``""``.
    :param ctx: subgroup context from a header item, if any.
    :returns: facts with their spans in ``low`` (the fact's own ``start``/``end`` unset).
    """
    words = set(WORD.findall(low))
    has_digit = _DIGIT.search(low) is not None
    found: list[tuple[int, int, Fact]] = []
    consumed: list[tuple[int, int]] = []
    labs, phrases = extract_labs(low, words, ctx or LabContext())
    found += labs
    consumed += phrases
    if has_digit or topic:
        if "age" in low or "old" in low or "year" in low or "adult" in low or "yrs" in low \
                or "month" in low or "age" in topic:
            found += extract_age(low, topic)
        if "ecog" in low or "karnofsky" in low or "kps" in low or "lansky" in low or \
                "zubrod" in low or "who" in words or "performance" in low or "eastern" in low \
                or "lps" in words or "karnofski" in low:
            found += extract_performance(low, topic)
        if "life" in low or "surviv" in low or "prognosis" in low or "life" in topic:
            found += extract_life_expectancy(low, topic)
        if ("grade" in low or "level" in low) and ("toxic" in low or "adverse" in low or
                                                   "side effect" in low or "ae" in words):
            found += extract_toxicity(low)
    washout_span = None
    if has_digit and ("within" in words or "since" in words or "prior" in words or
                      "before" in words or "from" in words or "after" in words or "half" in low
                      or "washout" in low or "least" in words or "previous" in low
                      or "last" in words or "past" in words or "preceding" in words):
        washout = extract_washout(low)
        found += washout
        if washout:
            washout_span = (washout[0][0], washout[0][1])
    if not _PRIOR_WORDS.isdisjoint(words) and not any(f.type_name == "ToxicityRecoveryRequirement"
                                            for _, _, f in found):
        found += extract_prior_therapy(low, kind, washout_span)
    if "male" in low or "men" in low or "sex" in words or "gender" in low or "boy" in low or \
            "girl" in low or "women" in words or "woman" in words or "man" in words \
            or topic.startswith(("sex", "gender")):
        found += extract_sex(low, topic)
    found += extract_flags(low, kind)
    if kind == "exclusion" or _NEGATION_HINT.search(low) is not None:
        found += extract_excluded(low, words, kind, consumed)
    if kind == "inclusion" and ("diagnos" in low or "histolog" in low or "cytolog" in low or
                                "patholog" in low):
        found += extract_required(low)
    if "positiv" in low or "negativ" in low or "mutat" in low or "express" in low or "+" in low \
            or "amplif" in low or "rearrang" in low or "fusion" in low:
        found += extract_biomarkers(norm, kind)
    return found


def annotate(text: str, criteria: list[Criterion]) -> None:
    """Fill ``facts`` of every criterion of a tree, in place.

    :param text: the whole eligibility text the criteria were split from.
    :param criteria: the top-level criteria (children are visited too).
    """
    _Annotator(Normalized(text)).walk(criteria, LabContext(), "")


class _Annotator:
    def __init__(self, n: Normalized) -> None:
        self.n = n

    def facts_of(self, item: Criterion, topic: str, ctx: LabContext) -> list[Fact]:
        n = self.n
        ns, ne = n.norm_span(item.start, item.end)
        found = read_facts(n.low[ns:ne], n.norm[ns:ne], item.kind, topic=topic, ctx=ctx)
        facts: list[Fact] = []
        size = len(item.text)
        for s, e, fact in found:
            fs, fe = n.source_span(ns + s, ns + e)
            fs, fe = fs - item.start, fe - item.start
            fact.start = max(0, min(fs, size))
            fact.end = max(fact.start, min(fe, size))
            facts.append(fact)
        facts.sort(key=lambda f: (f.start, f.end))
        return facts

    def walk(self, items: list[Criterion], parent: LabContext, topic: str) -> None:
        ctx = parent
        for item in items:
            facts = self.facts_of(item, topic, ctx)
            has_lab = any(f.type_name == "LabThreshold" for f in facts)
            low = " ".join(item.text.lower().split()) if len(item.text) <= 110 else ""
            is_header, sub = header_context(low, has_lab) if low else (False, None)
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
