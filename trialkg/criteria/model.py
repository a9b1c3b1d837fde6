"""Typed results of the eligibility-criteria parser.

The parser splits an eligibility text into a tree of :class:`Criterion` items and
reads :class:`Fact` objects from each item. Every fact keeps the character span of
the words it was read from, as offsets into its criterion's :attr:`Criterion.text`
(which is itself a slice of the whole eligibility text at
``Criterion.start:Criterion.end``), so ``criterion.text[fact.start:fact.end]`` is
the evidence. Nothing here knows RDF; :mod:`trialkg.rdf` turns these into triples.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar, Literal

__all__ = [
    "Kind",
    "Comparator",
    "Fact",
    "AgeFact",
    "SexFact",
    "PerformanceStatusFact",
    "LabThresholdFact",
    "LifeExpectancyFact",
    "WashoutFact",
    "PriorTherapyFact",
    "ToxicityRecoveryFact",
    "MeasurableDiseaseFact",
    "PregnancyTestFact",
    "ContraceptionFact",
    "ConsentFact",
    "ConditionFact",
    "BiomarkerFact",
    "Criterion",
    "ParsedEligibility",
]

Kind = Literal["inclusion", "exclusion"]
Comparator = Literal[">", ">=", "<", "<="]


@dataclass(slots=True, kw_only=True)
class Fact:
    """Base of all structured facts: the span of the evidence in the criterion text."""

    start: int
    end: int
    #: the criterion's set of alternatives the fact is in: facts of one criterion with the same
    #: number are joined by "or", and one of them must hold ("creatinine ≤ 1.5 mg/dL or
    #: creatinine clearance ≥ 60 mL/min"; "prior chemotherapy or immunotherapy")
    any_of: int | None = None
    #: name of the fact type, used in RDF and JSON output
    type_name: ClassVar[str] = "Fact"


@dataclass(slots=True, kw_only=True)
class AgeFact(Fact):
    """Age bounds. Years are decimal (1 day = 0.0027 y); ``*_inclusive`` as written."""

    min_years: float | None = None
    min_inclusive: bool = True
    max_years: float | None = None
    max_inclusive: bool = True
    type_name: ClassVar[str] = "AgeRequirement"


@dataclass(slots=True, kw_only=True)
class SexFact(Fact):
    """Which sexes may take part: ``ALL``, ``FEMALE`` or ``MALE``."""

    sex: str
    type_name: ClassVar[str] = "SexRequirement"


@dataclass(slots=True, kw_only=True)
class PerformanceStatusFact(Fact):
    """Accepted performance status, inclusive bounds on the scale's own steps.

    ECOG steps are 0..5; Karnofsky and Lansky steps are multiples of 10 up to 100,
    so ``Karnofsky > 70`` is ``min=80, max=100``.
    """

    scale: str  #: ``ECOG``, ``Karnofsky`` or ``Lansky``
    min: int
    max: int
    type_name: ClassVar[str] = "PerformanceStatusRequirement"


@dataclass(slots=True, kw_only=True)
class LabThresholdFact(Fact):
    """A bound on a lab value or organ-function measurement.

    Either ``value``/``unit`` (absolute, UCUM unit) or ``uln_multiple`` (a multiple
    of the upper limit of normal) is set. ``comparator`` is as written; whether the
    bound must hold or must not hold follows from the criterion kind. An inclusion criterion
    that denies a bound on the side of disease ("No QTc interval ≥ 500 msec") gives the bound
    it requires (``<`` 500 ms), with the denial in its evidence.
    ``subgroup`` names the conditions the bound is limited to; with
    ``subgroup_negated`` it applies to patients having none of them. ``sex`` limits it to
    one sex ("≤ 120 g/L for men and ≤ 100 g/L for women" is two bounds). Bounds of one
    criterion with the same ``any_of`` number are alternatives, of which at least one must
    hold: "creatinine ≤ 1.5 mg/dL or creatinine clearance ≥ 60 mL/min" is two bounds in set 1.
    """

    analyte: str  #: canonical analyte name, e.g. ``creatinine clearance``
    loinc: str | None
    comparator: str  #: one of ``>``, ``>=``, ``<``, ``<=``
    value: float | None = None
    unit: str | None = None  #: UCUM code, e.g. ``10*9/L``, ``mg/dL``, ``mL/min``
    uln_multiple: float | None = None
    subgroup: list[str] = field(default_factory=list)
    subgroup_negated: bool = False
    sex: str | None = None  #: ``MALE`` or ``FEMALE`` when the bound is given for one sex
    #: the ages the bound is given for, in years, inclusive as written ("≤ 0.8 mg/dL (for
    #: patients 1 to 5 years old)": 1 to 5); None when it is for every age
    age_min_years: float | None = None
    age_min_inclusive: bool | None = None
    age_max_years: float | None = None
    age_max_inclusive: bool | None = None
    type_name: ClassVar[str] = "LabThreshold"

    @property
    def applies_when(self) -> str | None:
        """Return who the bound is limited to in words.

        ``women with liver metastasis``, ``aged ≥ 2 and ≤ 5 years``.
        """
        who = {"MALE": "men", "FEMALE": "women"}.get(self.sex or "")
        if not self.subgroup:
            words = who
        else:
            words = " or ".join(self.subgroup)
            words = f"without {words}" if self.subgroup_negated else words
            words = f"{who} {'with' if not self.subgroup_negated else ''} {words}".replace(
                "  ", " ") if who else words
        ages = self.ages_words
        return f"{words} {ages}" if words and ages else words or ages

    @property
    def ages_words(self) -> str | None:
        """Return the ages the bound is for in words (``aged ≥ 2 and ≤ 5 years``), if any."""
        parts = []
        if self.age_min_years is not None:
            parts.append(f"{'≥' if self.age_min_inclusive is not False else '>'} "
                         f"{self.age_min_years:g}")
        if self.age_max_years is not None:
            parts.append(f"{'≤' if self.age_max_inclusive is not False else '<'} "
                         f"{self.age_max_years:g}")
        return f"aged {' and '.join(parts)} years" if parts else None


@dataclass(slots=True, kw_only=True)
class LifeExpectancyFact(Fact):
    """Minimum life expectancy, in months (weeks / 4.345)."""

    min_months: float
    comparator: str = ">="
    type_name: ClassVar[str] = "LifeExpectancyRequirement"


@dataclass(slots=True, kw_only=True)
class WashoutFact(Fact):
    """Minimum time since a prior therapy (days and/or half-lives)."""

    min_days: float | None = None
    half_lives: float | None = None
    rule: str | None = None  #: ``shorter`` or ``longer`` when both are given
    therapy: str | None = None  #: what must be washed out, as written
    #: what the washout does not apply to ("major surgery, other than diagnostic surgery, within
    #: 4 weeks" → ``diagnostic surgery``), as written, lower-cased
    exceptions: str | None = None
    type_name: ClassVar[str] = "WashoutRequirement"


@dataclass(slots=True, kw_only=True)
class PriorTherapyFact(Fact):
    """A prior-therapy requirement (``required=True``) or exclusion (``False``)."""

    therapy: str
    required: bool = True
    min_lines: int | None = None
    #: the most prior lines allowed ("no more than 2 prior chemotherapy regimens" → 2, with
    #: ``required=False``: more than that excludes; "at least one, but no more than 3 prior
    #: regimens" → 3, with ``required=True`` and ``min_lines=1``)
    max_lines: int | None = None
    #: the disease or setting the therapy was (or was not) given for, as written, lower-cased
    #: ("no prior chemotherapy for metastatic disease" → ``metastatic disease``)
    setting: str | None = None
    #: what an excluded therapy's exception allows ("no prior chemotherapy except adjuvant
    #: chemotherapy" → ``adjuvant chemotherapy``), as written, lower-cased
    exceptions: str | None = None
    type_name: ClassVar[str] = "PriorTherapyRequirement"


@dataclass(slots=True, kw_only=True)
class ToxicityRecoveryFact(Fact):
    """Toxicities of prior therapy must have recovered to at most ``max_grade``."""

    max_grade: int
    grading_system: str | None = None  #: e.g. ``CTCAE 5.0``
    type_name: ClassVar[str] = "ToxicityRecoveryRequirement"


@dataclass(slots=True, kw_only=True)
class MeasurableDiseaseFact(Fact):
    """At least one measurable lesion is required."""

    response_criteria: str | None = None  #: e.g. ``RECIST 1.1``
    type_name: ClassVar[str] = "MeasurableDiseaseRequirement"


@dataclass(slots=True, kw_only=True)
class PregnancyTestFact(Fact):
    """A negative pregnancy test is required (of participants who could be pregnant)."""

    type_name: ClassVar[str] = "PregnancyTestRequirement"


@dataclass(slots=True, kw_only=True)
class ContraceptionFact(Fact):
    """Effective contraception is required."""

    type_name: ClassVar[str] = "ContraceptionRequirement"


@dataclass(slots=True, kw_only=True)
class ConsentFact(Fact):
    """Informed consent (of the patient or a guardian) is required."""

    type_name: ClassVar[str] = "ConsentRequirement"


@dataclass(slots=True, kw_only=True)
class ConditionFact(Fact):
    """A condition a participant must not have (``excluded``) or must have (``required``).

    ``label`` is a short lower-case canonical name (``hiv infection``,
    ``severe arrhythmia``); coding to MONDO happens in :mod:`trialkg.mapping`.
    ``within_days`` limits the criterion to a condition that occurred in that many days
    before enrolment ("myocardial infarction within 6 months": 182.62); None when the text
    sets no window. ``exceptions`` is the text of an exception written right after the
    condition ("other malignancy except non-melanoma skin cancer": ``non-melanoma skin
    cancer``), lower-cased, or None. ``qualifier`` is what narrows the condition when written
    after it ("arrhythmia requiring medication": ``requiring medication``; "peripheral
    neuropathy of grade 2 or greater": ``grade 2 or greater``), lower-cased, or None.
    """

    label: str
    role: str  #: ``excluded`` or ``required``
    within_days: float | None = None
    exceptions: str | None = None
    qualifier: str | None = None
    type_name: ClassVar[str] = "ConditionCriterion"


@dataclass(slots=True, kw_only=True)
class BiomarkerFact(Fact):
    """A biomarker or antigen status requirement (``GD2``-positive, ``AQP4-IgG`` positive)."""

    marker: str
    status: str = "positive"  #: ``positive`` or ``negative``
    role: str = "required"  #: ``required`` or ``excluded``
    type_name: ClassVar[str] = "BiomarkerRequirement"


@dataclass(slots=True)
class Criterion:
    """One item of an eligibility list, with its nested items.

    ``start``/``end`` locate :attr:`text` in the whole eligibility text; bullets and
    numbering markers are not part of :attr:`text`. Sibling criteria with the same
    ``any_of`` number are alternatives, of which one must hold: the items under "at least one
    of the following:", or items joined by "or" ("Creatinine ≤ 1.5 × ULN, OR" / "Creatinine
    clearance ≥ 60 mL/min").
    """

    kind: str  #: ``inclusion`` or ``exclusion``
    text: str
    start: int
    end: int
    marker: str | None = None  #: the bullet or number as written (``3.``, ``•``)
    children: list[Criterion] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    any_of: int | None = None  #: the eligibility text's set of alternative criteria it is in

    def walk(self) -> Iterator[Criterion]:
        """Yield this criterion and all nested criteria, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(slots=True)
class ParsedEligibility:
    """The criteria tree of one eligibility text."""

    text: str
    criteria: list[Criterion] = field(default_factory=list)

    def walk(self) -> Iterator[Criterion]:
        """Yield every criterion, depth first, in text order."""
        for criterion in self.criteria:
            yield from criterion.walk()

    def facts(self) -> Iterator[tuple[Criterion, Fact]]:
        """Yield ``(criterion, fact)`` for every fact of every criterion."""
        for criterion in self.walk():
            for fact in criterion.facts:
                yield criterion, fact
