"""SHACL shapes (ontology/shapes.ttl) through trialkg.validate: conforming data passes, and
every shape fires on data made to break it, with its own message and nothing else."""

from __future__ import annotations

import pytest
from ontology_samples import sample_dataset, trial
from rdflib import Dataset, Graph, Literal, Namespace, URIRef

from trialkg.validate import SH, shapes_graph, validate_graph
from trialkg.vocab import TKG

EX = Namespace("http://example.org/case/")
#: One broken node per case, ex:<case>; ex:trial and ex:crit are valid nodes the cases use.
BROKEN = """
@prefix tkg: <https://w3id.org/trialkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix ex: <http://example.org/case/> .
@prefix fact: <http://example.org/fact/> .
ex:trial a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" .
ex:crit a tkg:InclusionCriterion ; tkg:criterionText "Age 1 to 10" ; tkg:textStart 0 ;
    tkg:textEnd 11 .
ex:no-identifier a tkg:ClinicalStudy ; rdfs:label "t" .
ex:two-identifiers a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:localId "local-x" .
ex:age-range a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:minimumAgeYears 20.0 ; tkg:maximumAgeYears 10.0 .
ex:no-label a tkg:ClinicalStudy ; tkg:nctId "NCT99999999" .
ex:nct-pattern a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT123" .
ex:local-id a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:localId "" .
ex:two-titles a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:title "a", "b" .
ex:two-official-titles a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:officialTitle "a", "b" .
ex:phase a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:hasPhase tkg:StatusRecruiting .
ex:status a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:hasOverallStatus tkg:StatusRecruiting, tkg:StatusCompleted .
ex:enrollment a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:enrollment -1 .
ex:min-age-type a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:minimumAgeYears 1 .
ex:max-age-negative a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:maximumAgeYears -1.0 .
ex:sex a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:eligibleSex tkg:Phase1 .
ex:volunteers a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:acceptsHealthyVolunteers "yes" .
ex:start-date a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:startDate "2021-03-04" .
ex:primary-completion a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:primaryCompletionDate "2021"^^xsd:gYear, "2022"^^xsd:gYear .
ex:completion-date a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:completionDate "March 2021" .
ex:sponsor a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:hasLeadSponsor ex:nobody .
ex:condition-link a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:studiesCondition ex:nothing .
ex:intervention-link a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:hasIntervention ex:nothing .
ex:arm-link a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:hasArm ex:nothing .
ex:outcome-link a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:hasOutcome ex:nothing .
ex:criterion-link a tkg:ClinicalStudy ; rdfs:label "t" ; tkg:nctId "NCT99999999" ;
    tkg:hasCriterion ex:nothing .
ex:condition-label a tkg:Condition .
ex:qualifier a tkg:Condition ; rdfs:label "c" ; tkg:hasQualifier tkg:Phase1 .
ex:mesh a tkg:Condition ; rdfs:label "c" ; tkg:meshDescriptor "D009447" .
ex:intervention-label a tkg:OtherIntervention .
ex:antigen a tkg:CARTCellTherapy ; rdfs:label "i" ; tkg:targetsAntigen tkg:Antigen_NOPE .
ex:cell-source a tkg:CARTCellTherapy ; rdfs:label "i" ;
    tkg:hasCellSource tkg:AutologousSource, tkg:AllogeneicSource .
ex:arm-label a tkg:StudyArm .
ex:arm-intervention a tkg:StudyArm ; rdfs:label "a" ; tkg:armIntervention ex:nothing .
ex:outcome-label a tkg:PrimaryOutcome .
ex:time-frame a tkg:PrimaryOutcome ; rdfs:label "o" ; tkg:timeFrame "a", "b" .
ex:latitude a tkg:Site ; tkg:latitude 100.0 .
ex:longitude a tkg:Site ; tkg:longitude "east" .
ex:criterion-text a tkg:InclusionCriterion ; tkg:textStart 0 ; tkg:textEnd 1 .
ex:criterion-span a tkg:InclusionCriterion ; tkg:criterionText "x" ; tkg:textStart 5 ;
    tkg:textEnd 5 .
ex:criterion-end a tkg:InclusionCriterion ; tkg:criterionText "x" ; tkg:textStart 0 .
ex:ordinal a tkg:InclusionCriterion ; tkg:criterionText "x" ; tkg:textStart 0 ;
    tkg:textEnd 1 ; tkg:ordinal 0 .
ex:sub-criterion a tkg:InclusionCriterion ; tkg:criterionText "x" ; tkg:textStart 0 ;
    tkg:textEnd 1 ; tkg:hasSubCriterion ex:nothing .
ex:criterion-both a tkg:InclusionCriterion ; tkg:criterionText "x" ; tkg:textStart 0 ;
    tkg:textEnd 1 ; a tkg:ExclusionCriterion .
ex:criterion-neither a tkg:UnparsedCriterion ; tkg:criterionText "x" ; tkg:textStart 0 ;
    tkg:textEnd 1 .
ex:stated-in a tkg:ConsentRequirement .
ex:evidence-span a tkg:ConsentRequirement ; tkg:statedIn ex:crit ; tkg:evidenceStart 3 ;
    tkg:evidenceEnd 2 .
ex:evidence-end a tkg:ConsentRequirement ; tkg:statedIn ex:crit ; tkg:evidenceEnd "2" .
ex:evidence-past-text a tkg:ConsentRequirement ; tkg:statedIn ex:crit ; tkg:evidenceStart 0 ;
    tkg:evidenceEnd 40 .
ex:analyte a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:comparator "<" ;
    tkg:ulnMultiple 2.0 .
ex:comparator a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:analyte tkg:Analyte_ALT ;
    tkg:comparator "=<" ; tkg:ulnMultiple 2.0 .
ex:threshold-value a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:analyte tkg:Analyte_ALT ;
    tkg:comparator "<" ; tkg:thresholdValue "high" ; tkg:unit "U/L" .
ex:unit a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:analyte tkg:Analyte_ALT ;
    tkg:comparator "<" ; tkg:thresholdValue 2.0 ; tkg:unit "U/L", "mg/dL" .
ex:uln a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:analyte tkg:Analyte_ALT ;
    tkg:comparator "<" ; tkg:ulnMultiple 0.0 .
ex:subgroup-negated a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:analyte tkg:Analyte_ALT ;
    tkg:comparator "<" ; tkg:ulnMultiple 2.0 ; tkg:subgroupNegated "no" .
ex:lab-sex a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:analyte tkg:Analyte_ALT ;
    tkg:comparator "<" ; tkg:ulnMultiple 2.0 ; tkg:eligibleSex tkg:AllSexes .
ex:value-and-uln a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:analyte tkg:Analyte_ALT ;
    tkg:comparator "<" ; tkg:thresholdValue 2.0 ; tkg:unit "U/L" ; tkg:ulnMultiple 2.0 .
ex:value-without-unit a tkg:LabThreshold ; tkg:statedIn ex:crit ;
    tkg:analyte tkg:Analyte_ALT ; tkg:comparator "<" ; tkg:thresholdValue 2.0 .
ex:normalized a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:analyte tkg:Analyte_ALT ;
    tkg:comparator "<" ; tkg:thresholdValue 2.0 ; tkg:unit "U/L" ; tkg:normalizedValue 2.0 .
ex:scale a tkg:PerformanceStatusRequirement ; tkg:statedIn ex:crit ; tkg:minimumScore 0 ;
    tkg:maximumScore 1 .
ex:score-order a tkg:PerformanceStatusRequirement ; tkg:statedIn ex:crit ;
    tkg:performanceScale tkg:ECOGScale ; tkg:minimumScore 2 ; tkg:maximumScore 1 .
ex:max-score a tkg:PerformanceStatusRequirement ; tkg:statedIn ex:crit ;
    tkg:performanceScale tkg:ECOGScale ; tkg:maximumScore "two" .
ex:score-range a tkg:PerformanceStatusRequirement ; tkg:statedIn ex:crit ;
    tkg:performanceScale tkg:ECOGScale ; tkg:minimumScore 0 ; tkg:maximumScore 7 .
ex:age-requirement a tkg:AgeRequirement ; tkg:statedIn ex:crit ; tkg:minimumAgeYears 18.0 ;
    tkg:maximumAgeYears 12.0 .
ex:age-requirement-max a tkg:AgeRequirement ; tkg:statedIn ex:crit ;
    tkg:maximumAgeYears -1.0 .
ex:life-expectancy a tkg:LifeExpectancyRequirement ; tkg:statedIn ex:crit ;
    tkg:minimumMonths 0.0 .
ex:washout a tkg:WashoutRequirement ; tkg:statedIn ex:crit ; tkg:therapyLabel "x" .
ex:washout-days a tkg:WashoutRequirement ; tkg:statedIn ex:crit ; tkg:minimumDays -1.0 .
ex:half-lives a tkg:WashoutRequirement ; tkg:statedIn ex:crit ; tkg:halfLives 0.0 .
ex:whichever a tkg:WashoutRequirement ; tkg:statedIn ex:crit ; tkg:minimumDays 14.0 ;
    tkg:halfLives 5.0 ; tkg:whicheverRule "both" .
ex:washout-exception a tkg:WashoutRequirement ; tkg:statedIn ex:crit ; tkg:minimumDays 28.0 ;
    tkg:exceptionText "" .
ex:prior-therapy a tkg:PriorTherapyRequirement ; tkg:statedIn ex:crit ;
    tkg:therapyLabel "x" .
ex:lines a tkg:PriorTherapyRequirement ; tkg:statedIn ex:crit ;
    tkg:priorTherapyRequired true ; tkg:minimumLines 0 .
ex:max-lines a tkg:PriorTherapyRequirement ; tkg:statedIn ex:crit ;
    tkg:priorTherapyRequired false ; tkg:maximumLines -1 .
ex:lab-ages a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:analyte tkg:Analyte_ALT ;
    tkg:comparator "<" ; tkg:ulnMultiple 2.0 ; tkg:subgroupMaximumAgeYears 0.0 .
ex:lab-min-age a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:analyte tkg:Analyte_ALT ;
    tkg:comparator "<" ; tkg:ulnMultiple 2.0 ; tkg:subgroupMinimumAgeYears -1.0 .
ex:lab-min-age-inclusive a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:analyte tkg:Analyte_ALT ;
    tkg:comparator "<" ; tkg:ulnMultiple 2.0 ; tkg:subgroupMinimumAgeYears 1.0 ;
    tkg:subgroupMinimumAgeInclusive "yes" .
ex:lab-max-age-inclusive a tkg:LabThreshold ; tkg:statedIn ex:crit ; tkg:analyte tkg:Analyte_ALT ;
    tkg:comparator "<" ; tkg:ulnMultiple 2.0 ; tkg:subgroupMaximumAgeYears 5.0 ;
    tkg:subgroupMaximumAgeInclusive "no" .
ex:prior-therapy-exception a tkg:PriorTherapyRequirement ; tkg:statedIn ex:crit ;
    tkg:therapyLabel "x" ; tkg:priorTherapyRequired false ; tkg:exceptionText "" .
ex:prior-therapy-setting a tkg:PriorTherapyRequirement ; tkg:statedIn ex:crit ;
    tkg:therapyLabel "x" ; tkg:priorTherapyRequired false ; tkg:therapySetting "" .
ex:grade a tkg:ToxicityRecoveryRequirement ; tkg:statedIn ex:crit ; tkg:maximumGrade 6 .
ex:sex-requirement a tkg:SexRequirement ; tkg:statedIn ex:crit .
ex:condition-criterion-label a tkg:ExcludedCondition ; tkg:statedIn ex:crit .
ex:about-condition a tkg:ExcludedCondition ; tkg:statedIn ex:crit ; tkg:conditionLabel "c" ;
    tkg:aboutCondition ex:nothing .
ex:condition-window a tkg:ExcludedCondition ; tkg:statedIn ex:crit ; tkg:conditionLabel "c" ;
    tkg:withinDays -30.0 .
ex:condition-exception a tkg:ExcludedCondition ; tkg:statedIn ex:crit ; tkg:conditionLabel "c" ;
    tkg:exceptionText "" .
ex:condition-qualifier a tkg:ExcludedCondition ; tkg:statedIn ex:crit ; tkg:conditionLabel "c" ;
    tkg:conditionQualifier "" .
ex:condition-criterion-both a tkg:ExcludedCondition , tkg:RequiredCondition ;
    tkg:statedIn ex:crit ; tkg:conditionLabel "c" .
ex:marker a tkg:BiomarkerRequirement ; tkg:statedIn ex:crit .
ex:marker-status a tkg:BiomarkerRequirement ; tkg:statedIn ex:crit ; tkg:markerLabel "GD2" ;
    tkg:markerStatus "pos" .
ex:about-antigen a tkg:BiomarkerRequirement ; tkg:statedIn ex:crit ; tkg:markerLabel "X" ;
    tkg:aboutAntigen tkg:Antigen_NOPE .
ex:alternative-set-one a tkg:AlternativeSet .
ex:alternative-set-class rdfs:label "not a set" .
ex:alternative-set-apart a tkg:AlternativeSet .
ex:describes tkg:describesTrial ex:nothing .
ex:sha tkg:describesTrial ex:trial ; tkg:sourceSha256 "XYZ" .
ex:format tkg:describesTrial ex:trial ; tkg:sourceFormat "pdf" .
ex:generated tkg:describesTrial ex:trial ; prov:generatedAtTime "today" .
# facts (valid themselves) in the sets above: one alone, two in a node that is no set
fact:a a tkg:ConsentRequirement ; tkg:statedIn ex:crit ;
    tkg:inAlternativeSet ex:alternative-set-one .
fact:b a tkg:ConsentRequirement ; tkg:statedIn ex:crit ;
    tkg:inAlternativeSet ex:alternative-set-class .
fact:c a tkg:ConsentRequirement ; tkg:statedIn ex:crit ;
    tkg:inAlternativeSet ex:alternative-set-class .
# two criteria of different lists (one under ex:crit, one at the top of ex:trial's list)
fact:d a tkg:InclusionCriterion ; tkg:criterionText "Creatinine ≤ 1.5 mg/dL OR" ;
    tkg:textStart 0 ; tkg:textEnd 25 ; tkg:inAlternativeSet ex:alternative-set-apart .
fact:e a tkg:InclusionCriterion ; tkg:criterionText "Creatinine clearance ≥ 60 mL/min" ;
    tkg:textStart 30 ; tkg:textEnd 62 ; tkg:inAlternativeSet ex:alternative-set-apart .
ex:crit tkg:hasSubCriterion fact:d .
ex:trial tkg:hasCriterion ex:crit , fact:d , fact:e .
"""
#: The message (fragments) each case must get, and no other.
FIRES = {
    "no-identifier": ["exactly one identifier"],
    "two-identifiers": ["exactly one identifier"],
    "age-range": ["The minimum age (20.0 years) is above the maximum age (10.0 years)."],
    "no-label": ["needs a label"],
    "nct-pattern": ["An NCT id is"],
    "local-id": ["A local id"],
    "two-titles": ["one (brief) title"],
    "two-official-titles": ["one official title"],
    "phase": ["A phase must be"],
    "status": ["one overall status"],
    "enrollment": ["The enrollment"],
    "min-age-type": ["The minimum age is"],
    "max-age-negative": ["The maximum age is"],
    "sex": ["A trial accepts one sex"],
    "volunteers": ["healthy volunteers"],
    "start-date": ["The start date"],
    "primary-completion": ["The primary completion date"],
    "completion-date": ["The completion date"],
    "sponsor": ["one lead sponsor"],
    "condition-link": ["What a trial studies"],
    "intervention-link": ["What a trial gives"],
    "arm-link": ["An arm of a trial"],
    "outcome-link": ["An outcome of a trial"],
    "criterion-link": ["A criterion of a trial"],
    "condition-label": ["A condition needs its name"],
    "qualifier": ["A condition qualifier"],
    "mesh": ["A MeSH descriptor"],
    "intervention-label": ["An intervention needs its name"],
    "antigen": ["A targeted antigen"],
    "cell-source": ["one cell source"],
    "arm-label": ["An arm needs its label"],
    "arm-intervention": ["An arm's intervention"],
    "outcome-label": ["An outcome measure needs its title"],
    "time-frame": ["one time frame"],
    "latitude": ["A latitude"],
    "longitude": ["A longitude"],
    "criterion-text": ["needs its text"],
    "criterion-span": ["one start offset"],
    "criterion-end": ["one end offset"],
    "ordinal": ["position among its siblings"],
    "sub-criterion": ["A sub-criterion"],
    "criterion-both": ["either an inclusion or an exclusion"],
    "criterion-neither": ["either an inclusion or an exclusion"],
    "stated-in": ["stated in exactly one"],
    "evidence-span": ["evidence start"],
    "evidence-end": ["evidence end is"],
    "evidence-past-text": [
        "The evidence of this fact ends at offset 40, past the end of its criterion's text "
        "(11 characters)."],
    "analyte": ["exactly one analyte"],
    "comparator": ["exactly one comparator"],
    "threshold-value": ["A threshold value"],
    "unit": ["one UCUM unit"],
    "uln": ["upper limit of normal is one positive"],
    "subgroup-negated": ["subgroup is negated"],
    "lab-sex": ["A threshold given for one sex names it"],
    "value-and-uln": ["either a value with its unit"],
    "value-without-unit": ["either a value with its unit"],
    "normalized": ["normalised value"],
    "scale": ["names exactly one scale"],
    "score-order": ["The lowest accepted score"],
    "max-score": ["The highest accepted score"],
    "score-range": ["Score 7 is outside the ECOG scale, which runs from 0 to 5."],
    "age-requirement": ["lower bound"],
    "age-requirement-max": ["upper bound"],
    "life-expectancy": ["life expectancy"],
    "washout": ["a number of days, a number of half-lives, or both"],
    "washout-days": ["number of days, zero or more"],
    "half-lives": ["positive number of half-lives"],
    "whichever": ["'whichever' rule"],
    "washout-exception": ["A washout's exception (exceptionText)"],
    "prior-therapy": ["required (true) or excluded (false)"],
    "lines": ["prior lines of therapy"],
    "max-lines": ["maximum number of prior lines of therapy"],
    "lab-ages": ["upper bound of a threshold's ages"],
    "lab-min-age": ["lower bound of a threshold's ages is one decimal"],
    "lab-min-age-inclusive": ["lower bound of a threshold's ages is inclusive"],
    "lab-max-age-inclusive": ["upper bound of a threshold's ages is inclusive"],
    "prior-therapy-exception": ["A prior therapy's exception (exceptionText)"],
    "prior-therapy-setting": ["A prior therapy's setting (therapySetting)"],
    "grade": ["maximum grade"],
    "sex-requirement": ["A sex requirement"],
    "condition-criterion-label": ["needs exactly one name"],
    "about-condition": ["points to at most one condition"],
    "condition-window": ["time window (withinDays) is one positive number"],
    "condition-exception": ["exception (exceptionText) is one non-empty text"],
    "condition-qualifier": ["qualifier (conditionQualifier) is one non-empty text"],
    "condition-criterion-both": ["either an excluded or a required"],
    "marker": ["names exactly one marker"],
    "marker-status": ["A marker status"],
    "about-antigen": ["A biomarker's antigen"],
    "alternative-set-one": ["at least two facts of one criterion, or at least two sibling"],
    "alternative-set-apart": ["at least two facts of one criterion, or at least two sibling"],
    "alternative-set-class": ["is a tkg:AlternativeSet"],
    "describes": ["describes exactly one trial"],
    "sha": ["SHA-256"],
    "format": ["A source format"],
    "generated": ["generation time"],
}


def conforming() -> Dataset:
    """The sample trials, with the decimal ages the builder writes (one sample uses integers)."""
    ds = sample_dataset()
    for s, p, o, g in list(ds.quads((None, None, None, None))):
        if p in (TKG.minimumAgeYears, TKG.maximumAgeYears) and o.datatype != URIRef(
                "http://www.w3.org/2001/XMLSchema#decimal"):
            ds.remove((s, p, o, g))
            ds.add((s, p, Literal(str(o), datatype=URIRef(
                "http://www.w3.org/2001/XMLSchema#decimal")), g))
    return ds


def test_conforming_trials_pass(test_ontology):
    result = validate_graph(conforming(), ontology=test_ontology)
    assert result.conforms, result.report_text
    assert (result.count, result.violations, result.report_text) == (0, [], "")


def test_the_example_trials_conform(example_trials):
    # 60 registry trials, the real merged ontology; bench/bench_validate.py times it
    result = validate_graph(example_trials)
    assert result.conforms, result.report_text


@pytest.fixture(scope="module")
def broken(test_ontology):
    data = Graph()
    for s, p, o, _ in conforming().quads((None, None, None, None)):
        data.add((s, p, o))
    data.parse(data=BROKEN, format="turtle")
    return validate_graph(data, ontology=test_ontology)


def test_every_case_has_its_messages():
    nodes = {str(s)[len(EX):] for s in Graph().parse(data=BROKEN, format="turtle").subjects()
             if str(s).startswith(EX)}
    assert nodes - {"trial", "crit"} == set(FIRES)


@pytest.mark.parametrize("case", sorted(FIRES))
def test_each_shape_fires_with_its_message(broken, case):
    fragments = FIRES[case]
    messages = sorted({v.message for v in broken.violations if v.focus == f"<{EX[case]}>"})
    assert len(messages) == len(fragments), messages
    for message, fragment in zip(messages, sorted(fragments), strict=True):
        assert fragment in message, messages


def test_every_message_of_the_shapes_is_shown_to_fire(broken):
    fired = {v.message for v in broken.violations}
    for message in map(str, shapes_graph().objects(None, SH.message)):
        stem = message.split("{", 1)[0]
        assert any(f.startswith(stem) for f in fired), f"no case makes this message fire: {message}"


def test_only_the_cases_fail(broken):
    cases = {f"<{EX[c]}>" for c in FIRES}
    assert {v.focus for v in broken.violations} <= cases
    assert not broken.conforms and broken.count == len(broken.violations)


def test_report_names_node_property_value_and_message(broken):
    line = next(v for v in broken.violations if v.focus == f"<{EX['enrollment']}>")
    assert (line.path, line.value, line.severity) == ("tkg:enrollment", '"-1"^^xsd:integer',
                                                      "Violation")
    assert str(line) in broken.report_text
    assert str(line).startswith(f"Violation: <{EX['enrollment']}> tkg:enrollment: The enrollment")


def test_a_graph_and_a_dataset_give_the_same_results(test_ontology):
    ds = conforming()
    bad = URIRef(trial("NCT00000001"))
    ds.graph(URIRef("https://w3id.org/trialkg/graph/NCT00000001")).add(
        (bad, TKG.nctId, Literal("NCT1")))
    graph = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        graph.add((s, p, o))
    from_dataset = validate_graph(ds, ontology=test_ontology).violations
    assert from_dataset == validate_graph(graph, ontology=test_ontology).violations
    assert {v.focus for v in from_dataset} == {f"<{bad}>"}
    assert {v.message.split(":")[0] for v in from_dataset} == {
        "An NCT id is 'NCT' followed by eight digits (e.g. NCT01234567), one per trial.",
        "A trial needs exactly one identifier"}
