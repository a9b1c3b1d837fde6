"""The intermediate trial model shared by every loader.

Each loader turns one source record (a ClinicalTrials.gov JSON study, a legacy XML
study, a free-text trial page) into one :class:`Trial`. Nothing here knows RDF: the
step from :class:`Trial` to triples lives in :mod:`trialkg.rdf`.

Field values are kept as the source states them (labels, enum codes, free text);
normalisation to ontology terms (condition codes, intervention categories,
antigens) happens in :mod:`trialkg.mapping` when triples are built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "NCT_ID_PATTERN",
    "AgeLimit",
    "Arm",
    "ConditionMention",
    "Eligibility",
    "Intervention",
    "MeshTerm",
    "Organization",
    "Outcome",
    "Person",
    "Site",
    "Trial",
    "PHASES",
    "STATUSES",
    "STUDY_TYPES",
    "SEXES",
]

#: An NCT id as ClinicalTrials.gov assigns them.
NCT_ID_PATTERN = re.compile(r"\bNCT\d{8}\b")

#: Phase codes of the ClinicalTrials.gov API v2 (``designModule.phases``).
PHASES = ("EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA")

#: Overall recruitment status codes of the ClinicalTrials.gov API v2.
STATUSES = (
    "ACTIVE_NOT_RECRUITING",
    "COMPLETED",
    "ENROLLING_BY_INVITATION",
    "NOT_YET_RECRUITING",
    "RECRUITING",
    "SUSPENDED",
    "TERMINATED",
    "WITHDRAWN",
    "AVAILABLE",
    "NO_LONGER_AVAILABLE",
    "TEMPORARILY_NOT_AVAILABLE",
    "APPROVED_FOR_MARKETING",
    "WITHHELD",
    "UNKNOWN",
)

#: Study type codes of the ClinicalTrials.gov API v2.
STUDY_TYPES = ("INTERVENTIONAL", "OBSERVATIONAL", "EXPANDED_ACCESS")

#: Sex eligibility codes of the ClinicalTrials.gov API v2.
SEXES = ("ALL", "FEMALE", "MALE")


@dataclass(slots=True)
class MeshTerm:
    """A MeSH descriptor that NLM computed for the record (``derivedSection``)."""

    id: str  #: descriptor id, e.g. ``D009447``
    term: str  #: descriptor name
    ancestor: bool = False  #: True for the ancestors NLM lists beside the direct terms


@dataclass(slots=True)
class ConditionMention:
    """A condition (disease, disorder, state) the trial studies, as the source names it."""

    label: str
    #: True when inferred from the title or summary of a source that lists no conditions
    from_text: bool = False


@dataclass(slots=True)
class Intervention:
    """Something given to participants: a drug, a cell product, a procedure."""

    name: str
    type: str | None = None  #: registry type code (DRUG, BIOLOGICAL, …) when stated
    description: str | None = None
    other_names: list[str] = field(default_factory=list)
    arm_labels: list[str] = field(default_factory=list)
    #: True when inferred from the title or summary of a source that lists no interventions
    from_text: bool = False


@dataclass(slots=True)
class Arm:
    """A study arm or observational group."""

    label: str
    type: str | None = None  #: EXPERIMENTAL, ACTIVE_COMPARATOR, PLACEBO_COMPARATOR, …
    description: str | None = None
    intervention_names: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Outcome:
    """An outcome measure."""

    kind: str  #: ``primary``, ``secondary`` or ``other``
    measure: str
    time_frame: str | None = None
    description: str | None = None


@dataclass(slots=True)
class Organization:
    """A sponsor or collaborator."""

    name: str
    agency_class: str | None = None  #: NIH, FED, INDUSTRY, OTHER, …


@dataclass(slots=True)
class Person:
    """An investigator or official of the study."""

    name: str
    role: str | None = None  #: PRINCIPAL_INVESTIGATOR, STUDY_CHAIR, STUDY_DIRECTOR, …
    affiliation: str | None = None


@dataclass(slots=True)
class Site:
    """A place where the study runs."""

    facility: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    status: str | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(slots=True)
class AgeLimit:
    """An age bound as the registry or text states it.

    ``value`` and ``unit`` are as written (``1`` ``day``); :attr:`years` converts.
    """

    value: float
    unit: str  #: ``year``, ``month``, ``week``, ``day``, ``hour`` or ``minute``
    inclusive: bool = True
    text: str | None = None  #: the source wording, e.g. ``18 Years``

    _PER_YEAR = {"year": 1.0, "month": 12.0, "week": 52.1775, "day": 365.25, "hour": 8766.0,
                 "minute": 525960.0}

    @property
    def years(self) -> float:
        """Return the bound in years (1 day = 0.0027 years)."""
        return self.value / self._PER_YEAR[self.unit]


@dataclass(slots=True)
class Eligibility:
    """Who may take part: the registry's structured fields and the criteria text."""

    criteria_text: str | None = None
    minimum_age: AgeLimit | None = None
    maximum_age: AgeLimit | None = None
    sex: str | None = None  #: ALL, FEMALE or MALE
    healthy_volunteers: bool | None = None
    std_ages: list[str] = field(default_factory=list)  #: CHILD, ADULT, OLDER_ADULT
    #: whether the age bounds were read from the criteria text rather than registry fields
    ages_from_text: bool = False


@dataclass(slots=True)
class Trial:
    """One study, whatever the source format.

    ``local_id`` identifies the trial when the source gives no NCT id (a free-text
    page): it is derived from the file name, so reloading the same file replaces
    the same trial.
    """

    source: str  #: file name or URL the record was read from
    nct_id: str | None = None
    local_id: str | None = None
    source_format: str | None = None  #: ``ctgov-json``, ``ctgov-xml``, ``text``
    source_sha256: str | None = None
    org_study_id: str | None = None
    secondary_ids: list[str] = field(default_factory=list)
    brief_title: str | None = None
    official_title: str | None = None
    acronym: str | None = None
    brief_summary: str | None = None
    detailed_description: str | None = None
    study_type: str | None = None  #: INTERVENTIONAL, OBSERVATIONAL, EXPANDED_ACCESS
    phases: list[str] = field(default_factory=list)
    overall_status: str | None = None
    enrollment: int | None = None
    enrollment_type: str | None = None  #: ACTUAL or ESTIMATED
    allocation: str | None = None
    intervention_model: str | None = None
    primary_purpose: str | None = None
    masking: str | None = None
    start_date: str | None = None  #: ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)
    primary_completion_date: str | None = None
    completion_date: str | None = None
    first_posted_date: str | None = None
    last_update_posted_date: str | None = None
    lead_sponsor: Organization | None = None
    collaborators: list[Organization] = field(default_factory=list)
    investigators: list[Person] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    conditions: list[ConditionMention] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    condition_mesh: list[MeshTerm] = field(default_factory=list)
    intervention_mesh: list[MeshTerm] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)
    arms: list[Arm] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    eligibility: Eligibility = field(default_factory=Eligibility)
    has_results: bool | None = None

    @property
    def identifier(self) -> str:
        """Return the id used in IRIs: the NCT id, else the local id."""
        ident = self.nct_id or self.local_id
        if not ident:
            raise ValueError(f"{self.source}: trial has neither an NCT id nor a local id")
        return ident

    @property
    def title(self) -> str | None:
        """Return the brief title, else the official title."""
        return self.brief_title or self.official_title
