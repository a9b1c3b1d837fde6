"""The SPARQL that screens trials against a patient (used by :mod:`trialkg.screening`).

Patient facts enter the queries as ``VALUES`` blocks of RDF terms serialized by
Oxigraph (never as pasted text), so the same queries run on the embedded store
and on any SPARQL 1.1 server. Every comparison — ages, scores, lab values against
absolute or ×ULN bounds, subgroup applicability, condition hierarchy — is made by
the query; Python only combines the per-fact statuses into verdicts.

Each fact query returns ``?status`` ∈ {met, failed, unknown} from the patient's
point of view: an exclusion bound that the patient meets gives ``failed``.
"""

from __future__ import annotations

__all__ = ["PREFIXES", "TRIALS_QUERY", "CONDITIONS_QUERY", "CRITERIA_QUERY", "FACTS_QUERY"]

PREFIXES = """PREFIX tkg:  <https://w3id.org/trialkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
"""

#: Trial-level facts: identification, age range and sex. ``{patient}`` receives
#: ``VALUES (?p_age) {…}`` and ``VALUES (?p_sex) {…}`` when the profile states them.
TRIALS_QUERY = PREFIXES + """
SELECT ?trial ?nct_id ?source ?title ?min_age ?min_incl ?max_age ?max_incl ?sex
       ?age_status ?sex_status
WHERE {
  {patient}
  ?trial a tkg:ClinicalStudy .
  OPTIONAL { ?trial tkg:nctId ?nct_id }
  OPTIONAL { ?graph tkg:describesTrial ?trial ; tkg:sourceFile ?source }
  OPTIONAL { ?trial tkg:title ?brief }
  OPTIONAL { ?trial tkg:officialTitle ?official }
  BIND (COALESCE(?brief, ?official) AS ?title)
  OPTIONAL { ?trial tkg:minimumAgeYears ?min_age .
             OPTIONAL { ?trial tkg:minimumAgeInclusive ?min_incl } }
  OPTIONAL { ?trial tkg:maximumAgeYears ?max_age .
             OPTIONAL { ?trial tkg:maximumAgeInclusive ?max_incl } }
  OPTIONAL { ?trial tkg:eligibleSex/skos:notation ?sex }
  BIND (IF(!BOUND(?min_age) && !BOUND(?max_age), "met",
        IF(!BOUND(?p_age), "unknown",
        IF((!BOUND(?min_age) || ?p_age > ?min_age || (?p_age = ?min_age && COALESCE(?min_incl, true)))
           && (!BOUND(?max_age) || ?p_age < ?max_age
               || (COALESCE(?max_incl, true) && ?p_age = ?max_age)
               || (COALESCE(?max_incl, true) && ?max_age = FLOOR(?max_age) && FLOOR(?p_age) <= ?max_age)),
           "met", "failed"))) AS ?age_status)
  BIND (IF(!BOUND(?sex) || ?sex = "ALL", "met",
        IF(!BOUND(?p_sex), "unknown", IF(?p_sex = ?sex, "met", "failed"))) AS ?sex_status)
}
"""

#: Conditions each trial studies, and whether the patient has it (or a sub-disease of it,
#: through the ontology's hierarchy, or a qualified or more specific form of its name).
#: ``{present_labels}`` is VALUES rows of the patient's condition labels;
#: ``{class_in_present}`` is true when one of the patient's MONDO classes is ?class or a
#: sub-class of it: ``EXISTS { <patient class> rdfs:subClassOf* ?class } || …``, the walk
#: starting from each class as a constant (from a VALUES variable, Oxigraph walked the
#: hierarchy for every mention: minutes at 1,000 trials for some classes).
CONDITIONS_QUERY = PREFIXES + """
SELECT ?trial ?label ?code ?present
WHERE {
  ?trial a tkg:ClinicalStudy ; tkg:studiesCondition ?mention .
  ?mention rdfs:label ?label .
  OPTIONAL { ?mention a ?class .
             FILTER (STRSTARTS(STR(?class), "http://purl.obolibrary.org/obo/MONDO_")) }
  BIND (IF(BOUND(?class), CONCAT("MONDO:", STRAFTER(STR(?class), "MONDO_")), "") AS ?code)
  BIND ((BOUND(?class) && ({class_in_present}))
        || EXISTS { {present_labels}
                    FILTER (CONTAINS(LCASE(STR(?label)), ?pl) || CONTAINS(?pl, LCASE(STR(?label)))) }
        AS ?present)
}
"""

#: Every criterion of the candidate trials (``{trials}`` is a VALUES block of trial IRIs), with
#: the set of alternative criteria it is in.
CRITERIA_QUERY = PREFIXES + """
SELECT ?trial ?criterion ?kind ?text ?start ?facts ?any_of
WHERE {
  {trials}
  ?trial tkg:hasCriterion ?criterion .
  ?criterion tkg:criterionText ?text ; tkg:textStart ?start .
  OPTIONAL { ?criterion tkg:inAlternativeSet ?any_of }
  BIND (IF(EXISTS { ?criterion a tkg:ExclusionCriterion }, "exclusion", "inclusion") AS ?kind)
  BIND (EXISTS { ?criterion tkg:hasFact ?f } AS ?facts)
}
"""

# The status of a fact, from "holds" (the patient meets the stated bound: TRUE/FALSE,
# unbound when unknown), the criterion kind and whether the fact applies to the patient.
# Facts whose type already says what is required (excluded and required conditions,
# prior-therapy requirements, washouts, toxicity recovery, measurable disease, pregnancy test,
# contraception and consent, which the parser reads as requirements from either list: ?mode
# "role") bind ?holds as "the patient satisfies it" and are read as inclusions whatever list
# they stand in.
_STATUS = """
  BIND (IF(EXISTS { ?criterion a tkg:ExclusionCriterion }, "exclusion", "inclusion") AS ?kind)
  BIND (IF(COALESCE(?mode, "criterion") = "role", "inclusion", ?kind) AS ?sense)
  BIND (IF(?applies = "no", "met",
        IF(!BOUND(?holds), "unknown",
        IF(?sense = "inclusion",
           IF(?holds, "met", IF(?applies = "yes", "failed", "unknown")),
           IF(?holds, IF(?applies = "yes", "failed", "unknown"), "met")))) AS ?status)
"""

#: One branch per fact type; each binds ?holds (and ?applies, "yes" unless a subgroup
#: limits the fact) and ?detail (what was compared, for the reason shown to the user).
_BRANCHES = {
    "LabThreshold": """
    ?fact a tkg:LabThreshold ; tkg:comparator ?cmp ; tkg:analyte ?an .
    ?an tkg:loincCode ?loinc ; rdfs:label ?analyte .
    OPTIONAL { ?fact tkg:normalizedValue ?abs_bound . ?fact tkg:normalizedUnit ?abs_unit }
    OPTIONAL { ?fact tkg:ulnMultiple ?uln_bound }
    # as written, for the reason shown when the unit could not be normalized
    OPTIONAL { ?fact tkg:thresholdValue ?raw_bound }
    OPTIONAL { ?fact tkg:unit ?raw_unit }
    OPTIONAL { ?fact tkg:subgroupNegated ?negated }
    OPTIONAL { {labs} FILTER (STR(?p_loinc) = STR(?loinc)) }
    BIND (IF(BOUND(?uln_bound), ?p_ratio, IF(STR(?p_unit) = STR(?abs_unit), ?p_value, ?nothing)) AS ?x)
    BIND (COALESCE(?uln_bound, ?abs_bound) AS ?t)
    BIND (IF(?cmp = ">", ?x > ?t, IF(?cmp = ">=", ?x >= ?t,
          IF(?cmp = "<", ?x < ?t, ?x <= ?t))) AS ?holds)
    BIND (EXISTS { ?fact tkg:subgroupLabel ?s0 } AS ?limited)
    BIND (EXISTS { ?fact tkg:subgroupLabel ?s1 . {present_labels}
                   FILTER (CONTAINS(LCASE(STR(?s1)), ?pl) || CONTAINS(?pl, LCASE(STR(?s1)))) } AS ?member)
    BIND (NOT EXISTS { ?fact tkg:subgroupLabel ?s2 .
                       FILTER NOT EXISTS { {absent_labels}
                         FILTER (CONTAINS(LCASE(STR(?s2)), ?pa) || CONTAINS(?pa, LCASE(STR(?s2)))) } }
          AS ?nonmember)
    BIND (IF(!?limited, "yes",
          IF(?member, IF(COALESCE(?negated, false), "no", "yes"),
          IF(?nonmember, IF(COALESCE(?negated, false), "yes", "no"), "unknown"))) AS ?in_subgroup)
    # a bound given for one sex ("≤ 120 g/L for men") applies to that sex only
    OPTIONAL { ?fact tkg:eligibleSex/skos:notation ?lsex }
    {sex}
    BIND (IF(!BOUND(?lsex), "yes", IF(!BOUND(?p_sex), "unknown",
          IF(?p_sex = ?lsex, "yes", "no"))) AS ?of_sex)
    # a bound given for some ages ("≤ 0.8 mg/dL (2 to 5 years of age)") applies to them only;
    # an upper bound in whole years counts the year it names ("5 years" includes 5.9)
    OPTIONAL { ?fact tkg:subgroupMinimumAgeYears ?lamin .
               OPTIONAL { ?fact tkg:subgroupMinimumAgeInclusive ?lamin_i } }
    OPTIONAL { ?fact tkg:subgroupMaximumAgeYears ?lamax .
               OPTIONAL { ?fact tkg:subgroupMaximumAgeInclusive ?lamax_i } }
    {age}
    BIND (IF(!BOUND(?lamin) && !BOUND(?lamax), "yes", IF(!BOUND(?p_age), "unknown",
          IF((!BOUND(?lamin) || ?p_age > ?lamin || (?p_age = ?lamin && COALESCE(?lamin_i, true)))
             && (!BOUND(?lamax) || ?p_age < ?lamax || (COALESCE(?lamax_i, true) && ?p_age = ?lamax)
                 || (COALESCE(?lamax_i, true) && ?lamax = FLOOR(?lamax)
                     && FLOOR(?p_age) <= ?lamax)), "yes", "no"))) AS ?of_age)
    BIND (IF(?of_sex = "no" || ?in_subgroup = "no" || ?of_age = "no", "no",
          IF(?of_sex = "unknown" || ?in_subgroup = "unknown" || ?of_age = "unknown", "unknown",
             "yes")) AS ?applies)
    BIND (CONCAT(?analyte, " ", ?cmp, " ",
                 IF(BOUND(?uln_bound), CONCAT(STR(?uln_bound), " x ULN"),
                    CONCAT(COALESCE(STR(?abs_bound), STR(?raw_bound), "?"), " ",
                           COALESCE(STR(?abs_unit), STR(?raw_unit), ""))),
                 IF(BOUND(?x), CONCAT(" | patient: ", STR(?x), IF(BOUND(?uln_bound), " x ULN", CONCAT(" ", STR(?p_unit)))),
                    " | patient: no comparable value"),
                 IF(BOUND(?lsex), CONCAT(" | for ", IF(?lsex = "MALE", "men", "women")), ""),
                 IF(BOUND(?lamin) || BOUND(?lamax), CONCAT(" | for ages ", COALESCE(STR(?lamin), ""),
                    "-", COALESCE(STR(?lamax), ""), " years"), ""),
                 IF(?applies = "no", " | not applicable to this patient's subgroup",
                    IF(?applies = "unknown", " | subgroup membership not stated", ""))) AS ?detail)
""",
    "PerformanceStatusRequirement": """
    ?fact a tkg:PerformanceStatusRequirement ; tkg:performanceScale/skos:notation ?scale ;
          tkg:minimumScore ?lo ; tkg:maximumScore ?hi .
    OPTIONAL { {performance} FILTER (?p_scale = ?scale) }
    BIND (IF(!BOUND(?p_lo), ?nothing, IF(?p_lo >= ?lo && ?p_hi <= ?hi, true,
          IF(?p_hi < ?lo || ?p_lo > ?hi, false, ?nothing))) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND (CONCAT(?scale, " ", STR(?lo), "-", STR(?hi),
                 IF(BOUND(?p_lo), CONCAT(" | patient: ", ?p_note), " | patient: no score")) AS ?detail)
""",
    "AgeRequirement": """
    ?fact a tkg:AgeRequirement .
    OPTIONAL { ?fact tkg:minimumAgeYears ?amin . OPTIONAL { ?fact tkg:minimumAgeInclusive ?amin_i } }
    OPTIONAL { ?fact tkg:maximumAgeYears ?amax . OPTIONAL { ?fact tkg:maximumAgeInclusive ?amax_i } }
    {age}
    BIND (IF(!BOUND(?p_age), ?nothing,
          (!BOUND(?amin) || ?p_age > ?amin || (?p_age = ?amin && COALESCE(?amin_i, true)))
          && (!BOUND(?amax) || ?p_age < ?amax || (COALESCE(?amax_i, true) && ?p_age = ?amax)
              || (COALESCE(?amax_i, true) && ?amax = FLOOR(?amax) && FLOOR(?p_age) <= ?amax))) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND (CONCAT("age ", COALESCE(STR(?amin), ""), "-", COALESCE(STR(?amax), ""), " years",
                 IF(BOUND(?p_age), CONCAT(" | patient: ", STR(?p_age)), " | patient: age not stated")) AS ?detail)
""",
    "SexRequirement": """
    ?fact a tkg:SexRequirement ; tkg:eligibleSex/skos:notation ?fsex .
    {sex}
    BIND (IF(?fsex = "ALL", true, IF(!BOUND(?p_sex), ?nothing, ?p_sex = ?fsex)) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND (CONCAT("sex ", ?fsex, IF(BOUND(?p_sex), CONCAT(" | patient: ", ?p_sex), "")) AS ?detail)
""",
    "LifeExpectancyRequirement": """
    ?fact a tkg:LifeExpectancyRequirement ; tkg:minimumMonths ?months .
    # the bound as written: "life expectancy < 3 months" in an exclusion list excludes short ones
    OPTIONAL { ?fact tkg:comparator ?lcomp }
    {life}
    BIND (IF(BOUND(?p_life),
             IF(COALESCE(?lcomp, ">=") = "<", ?p_life < ?months,
             IF(?lcomp = "<=", ?p_life <= ?months,
             IF(?lcomp = ">", ?p_life > ?months, ?p_life >= ?months))), ?nothing) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND (CONCAT("life expectancy ", COALESCE(?lcomp, ">="), " ", STR(?months), " months",
                 IF(BOUND(?p_life), CONCAT(" | patient: ", STR(?p_life)), " | patient: not stated")) AS ?detail)
""",
    "MeasurableDiseaseRequirement": """
    ?fact a tkg:MeasurableDiseaseRequirement .
    {measurable}
    BIND (IF(BOUND(?p_measurable), ?p_measurable, ?nothing) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND ("role" AS ?mode)
    BIND (CONCAT("measurable disease required",
                 IF(BOUND(?p_measurable), CONCAT(" | patient: ", STR(?p_measurable)), " | patient: not stated")) AS ?detail)
""",
    "PregnancyTestRequirement": """
    ?fact a tkg:PregnancyTestRequirement .
    {pregnant}
    BIND (IF(BOUND(?p_pregnant), !?p_pregnant, ?nothing) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND ("role" AS ?mode)
    BIND (CONCAT("negative pregnancy test",
                 IF(BOUND(?p_pregnant), CONCAT(" | patient pregnant: ", STR(?p_pregnant)), " | patient: not stated")) AS ?detail)
""",
    "ConsentRequirement": """
    ?fact a tkg:ConsentRequirement .
    {consent}
    BIND (IF(BOUND(?p_consent), ?p_consent, ?nothing) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND ("role" AS ?mode)
    BIND (IF(BOUND(?p_consent), "informed consent | patient: stated", "informed consent | patient: not stated") AS ?detail)
""",
    "ContraceptionRequirement": """
    ?fact a tkg:ContraceptionRequirement .
    {contraception}
    BIND (IF(BOUND(?p_contraception), ?p_contraception, ?nothing) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND ("role" AS ?mode)
    BIND (IF(BOUND(?p_contraception), "contraception | patient: stated", "contraception | patient: not stated") AS ?detail)
""",
    "ToxicityRecoveryRequirement": """
    ?fact a tkg:ToxicityRecoveryRequirement ; tkg:maximumGrade ?grade .
    {toxicity}
    BIND (IF(BOUND(?p_toxicity), ?p_toxicity <= ?grade, ?nothing) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND ("role" AS ?mode)
    BIND (CONCAT("prior toxicity <= grade ", STR(?grade),
                 IF(BOUND(?p_toxicity), CONCAT(" | patient: grade ", STR(?p_toxicity)), " | patient: not stated")) AS ?detail)
""",
    "WashoutRequirement": """
    ?fact a tkg:WashoutRequirement .
    OPTIONAL { ?fact tkg:minimumDays ?days }
    OPTIONAL { ?fact tkg:whicheverRule ?rule }
    OPTIONAL { ?fact tkg:halfLives ?halves }
    # "major surgery, other than diagnostic surgery, within 4 weeks": the patient's last therapy
    # may have been the excepted kind, which profiles do not tell
    OPTIONAL { ?fact tkg:exceptionText ?except }
    {washout}
    BIND (IF(!BOUND(?p_days) || !BOUND(?days), ?nothing,
          IF(?p_days >= ?days, true, IF(BOUND(?halves) || BOUND(?except), ?nothing, false)))
          AS ?holds)
    BIND ("yes" AS ?applies)
    # a washout states the time required whichever list it stands in: "chemotherapy within 4
    # weeks" in an exclusion list requires 28 days, as "at least 4 weeks since" does
    BIND ("role" AS ?mode)
    BIND (CONCAT("washout ", COALESCE(CONCAT(STR(?days), " days"), ""),
                 COALESCE(CONCAT(" or ", STR(?halves), " half-lives"), ""),
                 COALESCE(CONCAT(" except ", ?except), ""),
                 IF(BOUND(?p_days), CONCAT(" | patient: ", STR(?p_days), " days since last therapy"),
                    " | patient: no therapy end date")) AS ?detail)
""",
    "ExcludedCondition": """
    ?fact a tkg:ExcludedCondition ; tkg:conditionLabel ?clabel .
    OPTIONAL { ?fact tkg:aboutCondition/a ?cclass .
               FILTER (STRSTARTS(STR(?cclass), "http://purl.obolibrary.org/obo/MONDO_")) }
    # the disease a trial studies never excludes from it ("epilepsy or other central nervous
    # system disease" in an NMOSD trial). {trials_free} binds, with each screened ?trial,
    # ?free_0, ?free_1…: whether the patient's n-th disease is free for it (neither a
    # disease the trial studies nor a sub-disease of one). {has_free} is, for each disease
    # n, (?free_n && EXISTS { <disease n> rdfs:subClassOf* ?cclass }): the hierarchy is
    # walked up from the patient's class, a constant (walking down from ?cclass, or a
    # NOT EXISTS on the trial's diseases, took 24 ms a fact at 10,000 trials)
    BIND ((BOUND(?cclass) && ({has_free}))
          || EXISTS { {present_labels} FILTER (CONTAINS(?pl, LCASE(STR(?clabel)))) } AS ?has)
    BIND ((BOUND(?cclass) && ({cclass_in_absent}))
          || EXISTS { {absent_labels} FILTER (CONTAINS(LCASE(STR(?clabel)), ?pa)) } AS ?lacks)
    # "within 6 months": a condition the patient has breaks the criterion only if recent, and
    # profiles carry no onset dates
    OPTIONAL { ?fact tkg:withinDays ?within }
    # "except basal cell carcinoma": a patient whose condition is named in the exception
    OPTIONAL { ?fact tkg:exceptionText ?except }
    BIND (BOUND(?except) && EXISTS { {present_labels} FILTER (CONTAINS(LCASE(STR(?except)), ?pl)) }
          AS ?excepted)
    # "arrhythmia requiring medication": profiles do not say whether it does
    OPTIONAL { ?fact tkg:conditionQualifier ?qualifier }
    BIND (IF(?has, IF(BOUND(?within) || ?excepted || BOUND(?qualifier), ?nothing, false),
             IF(?lacks, true, ?nothing)) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND ("role" AS ?mode)
    BIND (CONCAT("must not have: ", ?clabel,
                 COALESCE(CONCAT(" ", ?qualifier), ""),
                 COALESCE(CONCAT(" within ", STR(?within), " days"), ""),
                 COALESCE(CONCAT(" for ", ?setting), ""),
                 COALESCE(CONCAT(" except ", ?except), ""),
                 IF(?has, IF(?excepted, " | patient has it, named in the exception",
                             IF(BOUND(?within), " | patient has it, onset date not stated",
                                IF(BOUND(?qualifier), " | patient has it, not stated whether so",
                                   " | patient has it"))),
                    IF(?lacks, " | patient does not have it", " | not stated"))) AS ?detail)
""",
    "RequiredCondition": """
    ?fact a tkg:RequiredCondition ; tkg:conditionLabel ?clabel .
    OPTIONAL { ?fact tkg:aboutCondition/a ?cclass .
               FILTER (STRSTARTS(STR(?cclass), "http://purl.obolibrary.org/obo/MONDO_")) }
    # the patient's disease is the required one (or a sub-disease), in a form the
    # requirement's qualifiers allow: "relapsed/refractory X" needs the patient's wording
    # to say relapsed (or recurrent) or refractory
    BIND ((BOUND(?cclass) && ({cclass_in_present})
           && (NOT EXISTS { ?fact tkg:aboutCondition/tkg:hasQualifier ?q0 }
               || EXISTS { ?fact tkg:aboutCondition/tkg:hasQualifier/skos:notation ?qualifier .
                           {present_labels}
                           FILTER (CONTAINS(?pl, ?qualifier)
                                   || (?qualifier IN ("relapsed", "recurrent")
                                       && (CONTAINS(?pl, "relaps") || CONTAINS(?pl, "recurren")))) }))
          || EXISTS { {present_labels} FILTER (CONTAINS(?pl, LCASE(STR(?clabel)))) } AS ?has)
    BIND ((BOUND(?cclass) && ({cclass_in_absent}))
          || EXISTS { {absent_labels} FILTER (CONTAINS(LCASE(STR(?clabel)), ?pa)) } AS ?lacks)
    BIND (IF(?has, true, IF(?lacks, false, ?nothing)) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND ("role" AS ?mode)
    BIND (CONCAT("must have: ", ?clabel,
                 IF(?has, " | patient has it", IF(?lacks, " | patient does not have it", " | not stated"))) AS ?detail)
""",
    "BiomarkerRequirement": """
    ?fact a tkg:BiomarkerRequirement ; tkg:markerLabel ?marker .
    OPTIONAL { ?fact tkg:markerStatus ?mstatus }
    OPTIONAL { {biomarkers} FILTER (UCASE(STR(?marker)) = ?p_marker) }
    BIND (IF(BOUND(?p_mstatus), ?p_mstatus = COALESCE(?mstatus, "positive"), ?nothing) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND (CONCAT(?marker, " ", COALESCE(?mstatus, "positive"),
                 IF(BOUND(?p_mstatus), CONCAT(" | patient: ", ?p_mstatus), " | patient: not stated")) AS ?detail)
""",
    "PriorTherapyRequirement": """
    ?fact a tkg:PriorTherapyRequirement ; tkg:therapyLabel ?therapy .
    OPTIONAL { ?fact tkg:priorTherapyRequired ?required }
    OPTIONAL { ?fact tkg:minimumLines ?lines }
    OPTIONAL { ?fact tkg:maximumLines ?most }
    {therapy_count}
    BIND (EXISTS { {therapies} FILTER (CONTAINS(LCASE(STR(?therapy)), ?p_therapy)
                                       || CONTAINS(?p_therapy, LCASE(STR(?therapy)))) } AS ?had)
    # "no prior chemotherapy except adjuvant chemotherapy" or "… for metastatic disease": a
    # patient who had it may have had the excepted kind or had it in another setting, which
    # profiles do not tell
    OPTIONAL { ?fact tkg:exceptionText ?except }
    OPTIONAL { ?fact tkg:therapySetting ?setting }
    # a required number of prior lines must be matched by as many listed therapies; a most
    # allowed ("no more than 2 prior regimens") by no more
    BIND (IF(?had && (!BOUND(?lines) || COALESCE(?p_lines, 0) >= ?lines)
             && (COALESCE(?required, true) || (!BOUND(?except) && !BOUND(?setting))),
             IF(BOUND(?most), COALESCE(?p_lines, 0) <= ?most, COALESCE(?required, true)),
             ?nothing) AS ?holds)
    BIND ("yes" AS ?applies)
    BIND ("role" AS ?mode)
    BIND (CONCAT(IF(COALESCE(?required, true), "prior therapy required: ",
                    IF(BOUND(?most), "prior therapy limited: ", "prior therapy excluded: ")), ?therapy,
                 COALESCE(CONCAT(" (at least ", STR(?lines), " lines)"), ""),
                 COALESCE(CONCAT(" (at most ", STR(?most), " lines)"), ""),
                 COALESCE(CONCAT(" for ", ?setting), ""),
                 COALESCE(CONCAT(" except ", ?except), ""),
                 IF(?had, CONCAT(" | patient had it (", STR(COALESCE(?p_lines, 0)), " therapies listed)"),
                    " | not stated")) AS ?detail)
""",
}


def facts_query(*, wide: bool = False) -> str:
    """Return the query evaluating every structured fact (placeholders not yet filled).

    :param wide: for many trials at once: each branch's facts, criteria and trials are
        matched in a sub-select and only then joined with the screened trials.
    """
    # Each branch binds the screened trials itself. A UNION branch is evaluated on its own
    # (SPARQL's bottom-up semantics) and only then joined with what surrounds it: trials
    # bound outside the UNION are unbound inside it, so an EXISTS there that names ?trial
    # would see every trial of the store, and each branch would walk every fact of its type
    # in the store, once per chunk of trials (screening grew with the square of the store).
    # Right after a branch's first pattern (its facts, by type): from each fact to its
    # criterion and trial, then the screened trials, so the branch's BINDs and EXISTS run
    # for those trials' facts only.
    # Oxigraph joins a VALUES block by evaluating what precedes it once per trial (every
    # fact of the type, each time): fast for a few hundred trials, quadratic for thousands.
    # The wide form makes the facts a sub-select, joined once with the trials (one walk over
    # the facts of each type per query), at a fixed cost. At 10k trials: narrow 0.35 s +
    # 4.8 ms a trial, wide 2.4 s + 1.7 ms a trial (1,000 trials: 5.1 s -> 4.1 s); at 1k,
    # 1,000 trials: 2.9 s -> 1.1 s. The results are the same.
    restrict = """    ?fact tkg:statedIn ?criterion .
    ?trial tkg:hasCriterion ?criterion .
    {trials}
"""

    def branch(name: str, body: str) -> str:
        cut = body.index(" .\n") + 3  # the end of the first triple pattern
        trials = "{trials_free}" if name == "ExcludedCondition" else "{trials}"
        if wide:
            facts = body[:cut] + restrict.replace("    {trials}\n", "")
            return (f"    BIND (\"{name}\" AS ?type)\n    {{ SELECT * WHERE {{\n{facts}    }} }}\n"
                    f"    {trials}\n{body[cut:]}")
        return (f"    BIND (\"{name}\" AS ?type)\n{body[:cut]}"
                f"{restrict.replace('{trials}', trials)}{body[cut:]}")

    branches = "\n  } UNION {\n".join(branch(n, b) for n, b in _BRANCHES.items())
    return PREFIXES + """
SELECT ?trial ?criterion ?fact ?type ?kind ?status ?detail ?evidence ?any_of
WHERE {
  {
""" + branches + """
  }
  ?fact tkg:evidenceText ?evidence .
  OPTIONAL { ?fact tkg:inAlternativeSet ?any_of }
""" + _STATUS + "}\n"


#: The facts query, with ``{placeholders}`` for the patient's VALUES blocks.
FACTS_QUERY = facts_query()
#: The same, for many trials per query (see :func:`facts_query`).
FACTS_QUERY_WIDE = facts_query(wide=True)


#: The superclasses (reflexive) of the patient's disease classes.
SUPERCLASSES_QUERY = PREFIXES + """
SELECT ?pc ?sup
WHERE {
  {present}
  ?pc rdfs:subClassOf* ?sup .
}
"""

_NB = "<http://purl.obolibrary.org/obo/MONDO_0005072>"  # neuroblastoma
_CANCER = "<http://purl.obolibrary.org/obo/MONDO_0004992>"
_NMO = "<http://purl.obolibrary.org/obo/MONDO_0019100>"  # neuromyelitis optica

#: Checks of SPARQL 1.1 features the queries above rely on and that some servers evaluate
#: differently: EXISTS over VALUES and a FILTER naming outer variables, EXISTS over a
#: zero-or-more path from a constant to an outer variable, and a zero-or-more path
#: starting from a VALUES variable. They read only the ontology's disease hierarchy
#: (neuroblastoma is a sub-class of cancer and not of neuromyelitis optica), which every
#: trialkg store and push holds. Each query gives rows of a case and whether it holds;
#: :data:`PROBE_EXPECTED` gives the standard answers.
PROBE_QUERIES = tuple(PREFIXES + q for q in ("""
SELECT ?case ?got
WHERE {
  VALUES (?case ?label) { ("label present" "Relapsed Neuroblastoma")
                          ("label absent" "Neuromyelitis optica") }
  BIND (EXISTS { VALUES ?pl { "neuroblastoma" }
                 FILTER (CONTAINS(LCASE(STR(?label)), ?pl)) } AS ?got)
}
""", f"""
SELECT ?case ?got
WHERE {{
  VALUES (?case ?class) {{ ("path to itself" {_NB}) ("path to a parent" {_CANCER})
                          ("path to an unrelated class" {_NMO}) }}
  BIND (EXISTS {{ {_NB} rdfs:subClassOf* ?class }} AS ?got)
}}
""", f"""
SELECT ?case ?got
WHERE {{
  VALUES ?start {{ {_NB} }}
  ?start rdfs:subClassOf* ?reached .
  FILTER (?reached = {_CANCER})
  BIND ("path from a VALUES variable" AS ?case)
  BIND (true AS ?got)
}}
"""))
#: The standard answers of :data:`PROBE_QUERIES`.
PROBE_EXPECTED = {"label present": True, "label absent": False, "path to itself": True,
                  "path to a parent": True, "path to an unrelated class": False,
                  "path from a VALUES variable": True}
