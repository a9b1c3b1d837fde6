r"""Eligibility criteria as computable facts.

:func:`parse_eligibility` splits a registry's free-text eligibility criteria into a
tree of :class:`~trialkg.criteria.model.Criterion` items (inclusion and exclusion)
and reads typed facts from each (age, sex, performance status, lab thresholds, life
expectancy, washout, prior therapy, toxicity recovery, measurable disease, pregnancy
test, contraception, consent, conditions, biomarkers), every fact traced to its words.

>>> text = "Inclusion Criteria:\n- ECOG 0-1\nExclusion Criteria:\n- HIV infection"
>>> for c in parse_eligibility(text).walk():
...     print(c.kind, c.text, [f.type_name for f in c.facts])
inclusion ECOG 0-1 ['PerformanceStatusRequirement']
exclusion HIV infection ['ConditionCriterion']
"""

from __future__ import annotations

from trialkg.criteria.errors import CriteriaSyntaxError
from trialkg.criteria.extract import annotate
from trialkg.criteria.model import (
    AgeFact,
    BiomarkerFact,
    ConditionFact,
    ConsentFact,
    ContraceptionFact,
    Criterion,
    Fact,
    LabThresholdFact,
    LifeExpectancyFact,
    MeasurableDiseaseFact,
    ParsedEligibility,
    PerformanceStatusFact,
    PregnancyTestFact,
    PriorTherapyFact,
    SexFact,
    ToxicityRecoveryFact,
    WashoutFact,
)
from trialkg.criteria.split import split_criteria

__all__ = [
    "parse_eligibility",
    "parser_build",
    "CriteriaSyntaxError",
    "AgeFact",
    "BiomarkerFact",
    "ConditionFact",
    "ConsentFact",
    "ContraceptionFact",
    "Criterion",
    "Fact",
    "LabThresholdFact",
    "LifeExpectancyFact",
    "MeasurableDiseaseFact",
    "ParsedEligibility",
    "PerformanceStatusFact",
    "PregnancyTestFact",
    "PriorTherapyFact",
    "SexFact",
    "ToxicityRecoveryFact",
    "WashoutFact",
]


def parse_eligibility(text: str, *, strict: bool = False) -> ParsedEligibility:
    """Parse an eligibility text into its criteria tree and facts.

    :param text: the free-text eligibility criteria of one trial.
    :param strict: raise :class:`CriteriaSyntaxError` on input that is not text;
        otherwise such input gives an empty result.
    :returns: the criteria tree; criteria from which nothing could be read have
        ``facts == []``.
    :raises CriteriaSyntaxError: in strict mode, when ``text`` is not a string or
        holds a NUL character.
    """
    if not isinstance(text, str):
        if strict:
            raise CriteriaSyntaxError(f"expected text, got {type(text).__name__}",
                                      text=repr(text)[:80])
        return ParsedEligibility(text="")
    if strict and "\x00" in text:
        pos = text.index("\x00")
        raise CriteriaSyntaxError("text holds a NUL character", text=text, span=(pos, pos + 1))
    criteria = split_criteria(text)
    annotate(text, criteria)
    return ParsedEligibility(text=text, criteria=criteria)


def parser_build() -> str:
    """Say whether the parser runs as compiled code or as Python.

    :returns: ``"mypyc"`` when the parser modules were compiled at install (the optional
        build of ``pyproject.toml``), else ``"python"``. Both give the same facts.
    """
    from importlib.machinery import EXTENSION_SUFFIXES

    from trialkg.criteria import split

    return "mypyc" if str(split.__file__).endswith(tuple(EXTENSION_SUFFIXES)) else "python"
