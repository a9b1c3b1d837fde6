"""The closed namespace of the trialkg ontology.

Code names ontology terms only through :data:`TKG`; an unknown name raises
``AttributeError`` instead of minting a wrong IRI. ``tests/test_vocab.py`` checks
this list against ``ontology/trialkg.ttl`` in both directions; after changing the
ontology run ``python -m trialkg.ontology vocab`` to regenerate it.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["TKG", "TKG_NS", "ONTOLOGY_IRI", "VOCABULARY_IRI", "DATA_NS", "GRAPH_NS"]

#: The namespace of ontology terms.
TKG_NS = "https://w3id.org/trialkg/ontology#"
#: The IRI of the core ontology.
ONTOLOGY_IRI = "https://w3id.org/trialkg/ontology"
#: The IRI of the generated vocabulary module (diseases, antigens, analytes).
VOCABULARY_IRI = "https://w3id.org/trialkg/ontology/vocabulary"
#: The namespace of trial individuals (``{DATA_NS}NCT01234567``).
DATA_NS = "https://w3id.org/trialkg/trial/"
#: The namespace of the named graphs that hold one trial each.
GRAPH_NS = "https://w3id.org/trialkg/graph/"


class TKG(DefinedNamespace):
    """Terms of the core trialkg ontology."""

    _NS = Namespace(TKG_NS)
    _fail = True

    # Classes
    AgeRequirement: URIRef
    AlternativeSet: URIRef
    AntigenTargetedTrial: URIRef
    BiomarkerRequirement: URIRef
    CARTCellTherapy: URIRef
    CARTTrial: URIRef
    CD19TargetedTrial: URIRef
    CellSource: URIRef
    CellTherapy: URIRef
    CellTherapyTrial: URIRef
    Chemotherapy: URIRef
    ClinicalStudy: URIRef
    Condition: URIRef
    ConditionCriterion: URIRef
    ConsentRequirement: URIRef
    ContraceptionRequirement: URIRef
    DiseaseQualifier: URIRef
    EligibilityCriterion: URIRef
    EligibilityFact: URIRef
    ExcludedCondition: URIRef
    ExclusionCriterion: URIRef
    ExpandedAccessStudy: URIRef
    GD2TargetedTrial: URIRef
    InclusionCriterion: URIRef
    Intervention: URIRef
    InterventionalStudy: URIRef
    LabAnalyte: URIRef
    LabThreshold: URIRef
    LifeExpectancyRequirement: URIRef
    MeasurableDiseaseRequirement: URIRef
    MonoclonalAntibody: URIRef
    MonoclonalAntibodyTrial: URIRef
    NKCellTherapy: URIRef
    NKCellTrial: URIRef
    NeoplasmTrial: URIRef
    ObservationalStudy: URIRef
    Organization: URIRef
    OtherCellTherapy: URIRef
    OtherIntervention: URIRef
    OtherOutcome: URIRef
    OutcomeMeasure: URIRef
    PediatricCellTherapyTrial: URIRef
    PediatricSolidTumorTrial: URIRef
    PediatricTrial: URIRef
    PerformanceScale: URIRef
    PerformanceStatusRequirement: URIRef
    Person: URIRef
    Phase1Trial: URIRef
    Phase2Trial: URIRef
    Phase3Trial: URIRef
    PregnancyTestRequirement: URIRef
    PrimaryOutcome: URIRef
    PriorTherapyRequirement: URIRef
    RecruitmentStatus: URIRef
    RequiredCondition: URIRef
    SecondaryOutcome: URIRef
    Sex: URIRef
    SexRequirement: URIRef
    Site: URIRef
    SmallMolecule: URIRef
    SolidNeoplasm: URIRef
    SolidTumorTrial: URIRef
    StemCellTransplant: URIRef
    StudyArm: URIRef
    TCRTCellTherapy: URIRef
    TILTherapy: URIRef
    TargetAntigen: URIRef
    ToxicityRecoveryRequirement: URIRef
    TrialAcceptingChildren: URIRef
    TrialPhase: URIRef
    UnparsedCriterion: URIRef
    WashoutRequirement: URIRef

    # Object properties
    aboutAntigen: URIRef
    aboutCondition: URIRef
    analyte: URIRef
    armIntervention: URIRef
    eligibleSex: URIRef
    hasArm: URIRef
    hasCellSource: URIRef
    hasCollaborator: URIRef
    hasCriterion: URIRef
    hasFact: URIRef
    hasIntervention: URIRef
    hasInvestigator: URIRef
    hasLeadSponsor: URIRef
    hasOutcome: URIRef
    hasOverallStatus: URIRef
    hasPhase: URIRef
    hasQualifier: URIRef
    hasSite: URIRef
    hasSubCriterion: URIRef
    inAlternativeSet: URIRef
    performanceScale: URIRef
    statedIn: URIRef
    studiesCondition: URIRef
    targetsAntigen: URIRef

    # Data properties
    acceptsHealthyVolunteers: URIRef
    acronym: URIRef
    affiliation: URIRef
    ageFromCriteriaText: URIRef
    agencyClass: URIRef
    allocation: URIRef
    appliesWhen: URIRef
    armType: URIRef
    briefSummary: URIRef
    city: URIRef
    comparator: URIRef
    completionDate: URIRef
    conditionLabel: URIRef
    conditionQualifier: URIRef
    country: URIRef
    criterionText: URIRef
    description: URIRef
    detailedDescription: URIRef
    eligibilityText: URIRef
    enrollment: URIRef
    enrollmentType: URIRef
    evidenceEnd: URIRef
    evidenceStart: URIRef
    evidenceText: URIRef
    exceptionText: URIRef
    firstPostedDate: URIRef
    gradingSystem: URIRef
    halfLives: URIRef
    hasResults: URIRef
    interventionModel: URIRef
    investigatorRole: URIRef
    keyword: URIRef
    lastUpdatePostedDate: URIRef
    latitude: URIRef
    localId: URIRef
    longitude: URIRef
    marker: URIRef
    markerLabel: URIRef
    markerStatus: URIRef
    masking: URIRef
    maximumAgeInclusive: URIRef
    maximumAgeText: URIRef
    maximumAgeYears: URIRef
    maximumGrade: URIRef
    maximumLines: URIRef
    maximumScore: URIRef
    minimumAgeInclusive: URIRef
    minimumAgeText: URIRef
    minimumAgeYears: URIRef
    minimumDays: URIRef
    minimumLines: URIRef
    minimumMonths: URIRef
    minimumScore: URIRef
    nctId: URIRef
    normalizedUnit: URIRef
    normalizedValue: URIRef
    officialTitle: URIRef
    ordinal: URIRef
    orgStudyId: URIRef
    otherName: URIRef
    primaryCompletionDate: URIRef
    primaryPurpose: URIRef
    priorTherapyRequired: URIRef
    registryInterventionType: URIRef
    responseCriteria: URIRef
    secondaryId: URIRef
    siteStatus: URIRef
    startDate: URIRef
    state: URIRef
    stdAge: URIRef
    subgroupLabel: URIRef
    subgroupMaximumAgeInclusive: URIRef
    subgroupMaximumAgeYears: URIRef
    subgroupMinimumAgeInclusive: URIRef
    subgroupMinimumAgeYears: URIRef
    subgroupNegated: URIRef
    textEnd: URIRef
    textStart: URIRef
    therapyLabel: URIRef
    therapySetting: URIRef
    thresholdValue: URIRef
    timeFrame: URIRef
    title: URIRef
    ulnMultiple: URIRef
    unit: URIRef
    whicheverRule: URIRef
    withinDays: URIRef

    # Annotation properties
    canonicalUnit: URIRef
    categoryName: URIRef
    describesTrial: URIRef
    loincCode: URIRef
    meshAncestor: URIRef
    meshDescriptor: URIRef
    sourceFile: URIRef
    sourceFormat: URIRef
    sourceSha256: URIRef
    trialkgVersion: URIRef

    # Individuals
    Acute: URIRef
    Advanced: URIRef
    AllSexes: URIRef
    AllogeneicSource: URIRef
    AutologousSource: URIRef
    Chronic: URIRef
    CordBloodSource: URIRef
    ECOGScale: URIRef
    EarlyPhase1: URIRef
    FemaleOnly: URIRef
    HighRisk: URIRef
    KarnofskyScale: URIRef
    LanskyScale: URIRef
    LocallyAdvanced: URIRef
    MaleOnly: URIRef
    Metastatic: URIRef
    NewlyDiagnosed: URIRef
    Phase1: URIRef
    Phase2: URIRef
    Phase3: URIRef
    Phase4: URIRef
    PhaseNotApplicable: URIRef
    Progressive: URIRef
    Recurrent: URIRef
    Refractory: URIRef
    Relapsed: URIRef
    StatusActiveNotRecruiting: URIRef
    StatusApprovedForMarketing: URIRef
    StatusAvailable: URIRef
    StatusCompleted: URIRef
    StatusEnrollingByInvitation: URIRef
    StatusNoLongerAvailable: URIRef
    StatusNotYetRecruiting: URIRef
    StatusRecruiting: URIRef
    StatusSuspended: URIRef
    StatusTemporarilyNotAvailable: URIRef
    StatusTerminated: URIRef
    StatusUnknown: URIRef
    StatusWithdrawn: URIRef
    StatusWithheld: URIRef
