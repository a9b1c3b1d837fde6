"""Facts read from single criteria: one table of (text, expected facts) rows.

Each expected fact is ``(class, fields, evidence)``: the fact must have those field
values and ``criterion.text[fact.start:fact.end]`` must equal the evidence. For every
class a row names, the number of facts of that class must match the row exactly;
``(class, None, None)`` says there is none. Rows whose text opens with
``Exclusion Criteria:`` are read as exclusion criteria.
"""

from __future__ import annotations

from collections import Counter

import pytest

from trialkg.criteria import (
    AgeFact,
    BiomarkerFact,
    ConditionFact,
    ConsentFact,
    ContraceptionFact,
    CriteriaSyntaxError,
    LabThresholdFact,
    LifeExpectancyFact,
    MeasurableDiseaseFact,
    PerformanceStatusFact,
    PregnancyTestFact,
    PriorTherapyFact,
    SexFact,
    ToxicityRecoveryFact,
    WashoutFact,
    parse_eligibility,
)

EXC = "Exclusion Criteria:\n"
#: The investigator's-opinion clause of one test row, given to each item of its list.
Q = ("which in the opinion of the treating physician, would make this protocol treatment "
     "unreasonably hazardous for the patient")

ROWS = [
    # --- ages ---------------------------------------------------------------------------
    ("age-of-the-participants-children", "Inclusion Criteria:\n- Must have one or more "
     "children 6-17 years of age living in the home\n- Be a parent or caregiver of a child at "
     "least 6 months old but less than 3.5 years\n- Aged 18 years or older",
     [(AgeFact, {"min_years": 18, "max_years": None}, None)]),
    ("age-range-words-and-cohorts", "Age greater than or equal to 8 to less than 25 years of "
     "age\n- male and female children of 6 to less than 12 years of age, adolescents of 12 to "
     "less than 18 years of age and adults from 18 years",
     [(AgeFact, {"min_years": 8, "max_years": 25, "max_inclusive": False, "any_of": None}, None),
      (AgeFact, {"min_years": 6, "max_years": 12, "max_inclusive": False, "any_of": 1}, None),
      (AgeFact, {"min_years": 12, "max_years": 18, "any_of": 1}, None),
      (AgeFact, {"min_years": 18, "max_years": None, "any_of": 1}, None)]),
    ("age-range-inclusive", "Age 1-18 years (including 18 years)",
     [(AgeFact, {"min_years": 1, "max_years": 18, "min_inclusive": True, "max_inclusive": True},
       "1-18 years")]),
    ("age-in-words", "Inclusion Criteria:\n- Patient is at least five years of age.\n"
     "- Children and adolescents eighteen months old to twenty one years old\n"
     "- Subjects two (2) years of age and older\n- Life expectancy of at least three months\n"
     "- Recipient age between 45 and 59 years and at least one of the following criteria\n"
     "- Taking pediatric doses for greater than two weeks",
     [(AgeFact, {"min_years": 5, "max_years": None}, "at least five years"),
      (AgeFact, {"min_years": 1.5, "max_years": 21}, None),
      (AgeFact, {"min_years": 2}, None),
      (AgeFact, {"min_years": 45, "max_years": 59}, None),
      (LifeExpectancyFact, {"min_months": 3}, "Life expectancy of at least three months")]),
    ("age-minimum-with-a-colon", "Inclusion Criteria:\n- Age minimum: 18 years old\n"
     "- Maximum Age: 70",
     [(AgeFact, {"min_years": 18, "max_years": None}, "minimum: 18 years"),
      (AgeFact, {"min_years": None, "max_years": 70}, "Maximum Age: 70")]),
    ("age-not-time-since-menopause", "Inclusion Criteria:\n"
     "- In the case of females, at least 2 years has passed since menopause.\n"
     "- Women of any age with amenorrhea of >= 12 months may also be considered\n"
     "- Patients < 60 years of age and amenorrheic for ≥ 12 months\n"
     "- Postmenopausal: ≥45 years of age with either ≥12 months of spontaneous amenorrhea or "
     "≥6 months of spontaneous amenorrhea with FSH > 40 IU/L",
     [(AgeFact, {"min_years": None, "max_years": 60}, "< 60 years"),
      (AgeFact, {"min_years": 45}, "≥45 years")]),
    ("age-of-a-subgroup-not-required", "Inclusion Criteria:\n- Calculated creatinine clearance "
     "(CrCl) > 60 mL/min (Cockcroft-Gault formula) in > 18 years old OR > 80 mL/min (modified "
     "Cockcroft-Gault) in ≤ 18 years old\n- Written informed consent/assent is obtained. For "
     "minor patients (ages 12 to 17 years), the written assent is obtained from the patient\n"
     "- Left ventricular ejection fraction (LVEF) >55% in patients <10 years of age\n"
     "- Age ≥ 18 years, hemoglobin ≥ 9 g/dL\n- Subjects aged 7 to 17 willing to sign assent",
     [(AgeFact, {"min_years": 18}, "≥ 18 years"), (AgeFact, {"min_years": 7, "max_years": 17},
                                                   None)]),
    ("age-range-with-comparators", "Males or females ≥ 50 to <= 90 years of age.",
     [(AgeFact, {"min_years": 50, "min_inclusive": True, "max_years": 90, "max_inclusive": True},
       "≥ 50 to <= 90 years")]),
    ("age-range-exclusive-upper", "Prepubertal children 2 to <12 years old",
     [(AgeFact, {"min_years": 2, "min_inclusive": True, "max_years": 12, "max_inclusive": False},
       "2 to <12 years")]),
    ("age-not-life-expectancy", "Adults 18 years of age or older with a life expectancy of at "
     "least 3 months.",
     [(AgeFact, {"min_years": 18, "max_years": None}, "18 years of age or older"),
      (LifeExpectancyFact, {"min_months": 3}, None)]),
    ("age-only-conditions-a-test", "If female and if ≥ 8 years of age, must have a negative "
     "pregnancy test.", [(AgeFact, None, None), (PregnancyTestFact, {}, None)]),
    ("age-conditional-then-score", "If ≥65 years of age, score of ≥25 on the MMSE",
     [(AgeFact, None, None)]),
    ("age-eligible-if-aged", "All participants are eligible if aged between 18 and 65",
     [(AgeFact, {"min_years": 18, "max_years": 65}, "between 18 and 65")]),
    ("age-either-side", "Age <50 or >90",
     [(AgeFact, {"min_years": None, "max_years": 50, "max_inclusive": False}, "<50"),
      (AgeFact, {"min_years": 90, "min_inclusive": False, "max_years": None}, ">90")]),
    ("age-unitless-after-words", "Aged equal or over 18.",
     [(AgeFact, {"min_years": 18, "min_inclusive": True}, "equal or over 18")]),
    ("age-over-under-exclusive", "Over 1 years old, under 18 years old.",
     [(AgeFact, {"min_years": 1, "max_years": 18, "min_inclusive": False,
                 "max_inclusive": False}, "Over 1 years old, under 18 years")]),
    ("age-two-bounds-unitless", "Age ≥ 18, ≤ 75, male or female;",
     [(AgeFact, {"min_years": 18, "max_years": 75}, "≥ 18, ≤ 75"), (SexFact, {"sex": "ALL"},
                                                                   "male or female")]),
    ("age-months-to-years", "Patients aged 6 months to 21 years",
     [(AgeFact, {"min_years": 0.5, "max_years": 21}, "6 months to 21 years")]),
    ("age-days", "Infants from 28 days to 2 years old",
     [(AgeFact, {"min_years": 28 / 365.25, "max_years": 2}, "from 28 days to 2 years")]),
    ("age-markdown-escape", "Age \\> 18 years",
     [(AgeFact, {"min_years": 18, "min_inclusive": False, "max_years": None}, "\\> 18 years")]),
    ("age-postfix-older", "Patients 18 years of age or older",
     [(AgeFact, {"min_years": 18, "max_years": None}, "18 years of age or older")]),
    ("age-exclusion-two-bounds", EXC + "- Subjects < 21 years old or > 89 years old",
     [(AgeFact, {"max_years": 21, "min_years": None}, "< 21 years"),
      (AgeFact, {"min_years": 89, "max_years": None}, "> 89 years")]),
    ("age-not-from-lab-units", "Age: creatinine clearance ≥90ml/min", [(AgeFact, None, None)]),
    ("age-not-menopause", "Women at least 2 years after menopause are considered infertile",
     [(AgeFact, None, None)]),
    # --- sex ------------------------------------------------------------------------------
    ("sex-gender-not-restricted", "Age 1-18 years, gender not restricted;",
     [(SexFact, {"sex": "ALL"}, "gender not restricted")]),
    ("sex-gender-unlimited", "Age 18-60 and gender unlimited;",
     [(SexFact, {"sex": "ALL"}, "gender unlimited"), (AgeFact, {"min_years": 18, "max_years": 60},
                                                      "18-60")]),
    ("sex-must-be", "Inclusion Criteria:\n- Patients must be female.\n- Must be a male\n"
     "- Subjects must be female and postmenopausal",
     [(SexFact, {"sex": "FEMALE"}, "female"), (SexFact, {"sex": "MALE"}, "male")]),
    ("sex-female-only", "Female patients aged 18 years or older",
     [(SexFact, {"sex": "FEMALE"}, "Female")]),
    ("sex-not-conditional", "Female patients are eligible only if all of the following apply:",
     [(SexFact, None, None)]),
    ("sex-not-condition-name", EXC + "- Female sexual dysfunction caused by endocrine disease",
     [(SexFact, None, None)]),
    ("sex-not-from-contraception", "Women of childbearing potential must use contraception",
     [(SexFact, None, None), (ContraceptionFact, {}, "contraception")]),
    # --- performance status -----------------------------------------------------------------
    ("ps-either-between", "Inclusion Criteria:\n- Patients must have Eastern Cooperative "
     "Oncology Group (ECOG) performance status of either 0 or 1.\n- ECOG performance status "
     "between 0 and 2",
     [(PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 1}, None),
      (PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 2}, None)]),
    # Karnofsky and Lansky in one criterion are the scales of two ages: a patient meets one
    ("ps-scales-of-two-ages", "Inclusion Criteria:\n- Performance score: Karnofsky greater than "
     "or equal to 50% for patients > 16 years of age; Lansky greater than or equal to 50 for "
     "patients less than or equal to 16 years of age.",
     [(PerformanceStatusFact, {"scale": "Karnofsky", "min": 50, "any_of": 1}, None),
      (PerformanceStatusFact, {"scale": "Lansky", "min": 50, "any_of": 1}, None)]),
    ("ps-gog-is-the-ecog-scale", "Inclusion Criteria:\n- GOG 0-2\n- Performance status: GOG 0-3",
     [(PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 2}, "GOG 0-2"),
      (PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 3}, "GOG 0-3")]),
    ("ps-two-scales-one-score", "Inclusion Criteria:\n- Karnofsky or Lansky performance status "
     ">= 80\n- Lansky/Karnofsky greater than or equal to 70%",
     [(PerformanceStatusFact, {"scale": "Karnofsky", "min": 80, "any_of": 1}, None),
      (PerformanceStatusFact, {"scale": "Lansky", "min": 80, "any_of": 1}, None),
      (PerformanceStatusFact, {"scale": "Lansky", "min": 70, "any_of": 1}, None),
      (PerformanceStatusFact, {"scale": "Karnofsky", "min": 70, "any_of": 1}, None)]),
    ("ps-loose-ecog-standard", "Physical strength score 0-3 (ECOG standard).",
     [(PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 3}, "score 0-3 (ECOG")]),
    ("ps-eastern-organization", "The physical condition score of the Eastern Tumor Cooperative "
     "Organization (ECOG) is 0-2;",
     [(PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 2},
       "Eastern Tumor Cooperative Organization (ECOG) is 0-2")]),
    ("ps-comparator-spelled-apart", "ECOG performance status < = 2; Karnofsky performance status "
     "greater or equal to 60",
     [(PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 2}, None),
      (PerformanceStatusFact, {"scale": "Karnofsky", "min": 60, "max": 100}, None)]),
    ("ps-scale-not-named", "- PS < 2\n- performance status ≥ 70",
     [(PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 1}, None),
      (PerformanceStatusFact, {"scale": "Karnofsky", "min": 70, "max": 100}, None)]),
    ("ps-who-spelled-out", "World health organization (WHO) performance status 0 to 2",
     [(PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 2}, None)]),
    ("ps-score-after-a-bracket", "Patients must have a Zubrod performance status (measure of "
     "general well being that ranges from 0 to 5 where 0 represents perfect health) of < 2.",
     [(PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 1}, None)]),
    ("ps-not-psoriasis", "body surface area affected by Ps ≥ 10%", [(PerformanceStatusFact, None,
                                                                      None)]),
    ("ps-karnofsky-exclusive", "Karnofsky > 70",
     [(PerformanceStatusFact, {"scale": "Karnofsky", "min": 80, "max": 100}, "Karnofsky > 70")]),
    ("ps-ecog-at-most", "ECOG ≤ 2",
     [(PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 2}, "ECOG ≤ 2")]),
    ("ps-two-scales", "Karnofsky/Lansky ≥ 60",
     [(PerformanceStatusFact, {"scale": "Karnofsky", "min": 60, "max": 100},
       "Karnofsky/Lansky ≥ 60"),
      (PerformanceStatusFact, {"scale": "Lansky", "min": 60, "max": 100}, "Lansky ≥ 60")]),
    ("ps-list", "ECOG performance status of 0 or 1",
     [(PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 1},
       "ECOG performance status of 0 or 1")]),
    # --- lab thresholds -----------------------------------------------------------------------
    ("lab-slash-pair", "Serum ALT/AST ≤ 2.5 ULN",
     [(LabThresholdFact, {"analyte": "ALT", "loinc": "1742-6", "comparator": "<=",
                          "uln_multiple": 2.5, "value": None}, "ALT/AST ≤ 2.5 ULN"),
      (LabThresholdFact, {"analyte": "AST", "loinc": "1920-8", "uln_multiple": 2.5},
       "ALT/AST ≤ 2.5 ULN")]),
    ("lab-and-pair", "AST and ALT ≤ 3 × ULN",
     [(LabThresholdFact, {"analyte": "AST", "uln_multiple": 3}, "AST and ALT ≤ 3 × ULN"),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 3}, "AST and ALT ≤ 3 × ULN")]),
    ("lab-or-pair", "INR or PT <= 1.5×ULN",
     [(LabThresholdFact, {"analyte": "INR", "loinc": "6301-6", "uln_multiple": 1.5}, None),
      (LabThresholdFact, {"analyte": "prothrombin time", "loinc": "5902-2", "uln_multiple": 1.5},
       "INR or PT <= 1.5×ULN")]),
    ("lab-parenthetical-and-escape", "creatinine clearance (estimated by the Cockcroft Gault "
     "formula) \\> 60 mL/min",
     [(LabThresholdFact, {"analyte": "creatinine clearance", "loinc": "2164-2", "comparator": ">",
                          "value": 60, "unit": "mL/min"},
       "creatinine clearance (estimated by the Cockcroft Gault formula) \\> 60 mL/min")]),
    ("lab-escaped-power", "Neutrophil count (NEUT #) ≥ 1.0 × 10\\^9/L",
     [(LabThresholdFact, {"analyte": "absolute neutrophil count", "loinc": "751-8",
                          "comparator": ">=", "value": 1.0, "unit": "10*9/L"},
       "Neutrophil count (NEUT #) ≥ 1.0 × 10\\^9/L")]),
    ("lab-per-mm3-thousands", "Platelets ≥ 100,000/mm³",
     [(LabThresholdFact, {"analyte": "platelet count", "value": 100000, "unit": "/mm3"},
       "Platelets ≥ 100,000/mm³")]),
    ("lab-per-microlitre", "Absolute neutrophil count > 1,500/µL",
     [(LabThresholdFact, {"analyte": "absolute neutrophil count", "comparator": ">",
                          "value": 1500, "unit": "/uL"}, "Absolute neutrophil count > 1,500/µL")]),
    ("lab-dotted-thousands", "Platelet count ≥ 100.000/mm3",
     [(LabThresholdFact, {"analyte": "platelet count", "value": 100000, "unit": "/mm3"}, None)]),
    ("lab-g-per-dl", "Hemoglobin ≥ 9 g/dL",
     [(LabThresholdFact, {"analyte": "hemoglobin", "value": 9, "unit": "g/dL"},
       "Hemoglobin ≥ 9 g/dL")]),
    ("lab-umol-per-l", "Total bilirubin ≤ 34.2 µmol/L",
     [(LabThresholdFact, {"analyte": "total bilirubin", "value": 34.2, "unit": "umol/L"},
       "Total bilirubin ≤ 34.2 µmol/L")]),
    ("lab-mg-dl-or-egfr", "Serum creatinine ≤ 1.5 mg/dL or eGFR ≥ 60 mL/min/1.73 m²",
     [(LabThresholdFact, {"analyte": "serum creatinine", "value": 1.5, "unit": "mg/dL"},
       "Serum creatinine ≤ 1.5 mg/dL"),
      (LabThresholdFact, {"analyte": "estimated GFR", "loinc": "33914-3", "value": 60,
                          "unit": "mL/min/{1.73_m2}"}, "eGFR ≥ 60 mL/min/1.73 m²")]),
    ("lab-fraction-as-percent", "LVEF ≥ 0.5",
     [(LabThresholdFact, {"analyte": "left ventricular ejection fraction", "value": 50,
                          "unit": "%"}, "LVEF ≥ 0.5")]),
    ("lab-words-between", "Baseline blood oxygen saturation under indoor ventilation was \\> 92%.",
     [(LabThresholdFact, {"analyte": "oxygen saturation", "loinc": "59408-5", "comparator": ">",
                          "value": 92, "unit": "%"},
       "blood oxygen saturation under indoor ventilation was \\> 92%")]),
    ("lab-restatement-dropped", "Absolute neutrophil count ≥ 1.5 x 10^9/L (≥ 1500/µL)",
     [(LabThresholdFact, {"value": 1.5, "unit": "10*9/L"},
       "Absolute neutrophil count ≥ 1.5 x 10^9/L")]),
    ("lab-exclusion-times-uln", EXC + "- Serum creatinine > 2.5mg/dl or ALT / AST > 3 times ULN",
     [(LabThresholdFact, {"analyte": "serum creatinine", "comparator": ">", "value": 2.5,
                          "unit": "mg/dL"}, "Serum creatinine > 2.5mg/dl"),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 3}, "ALT / AST > 3 times ULN"),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 3}, "ALT / AST > 3 times ULN")]),
    ("lab-times-normal-value", EXC + "- Serum creatinine and / or blood urea nitrogen ≥ 1.5 "
     "times of the normal value",
     [(LabThresholdFact, {"analyte": "serum creatinine", "uln_multiple": 1.5}, None),
      (LabThresholdFact, {"analyte": "blood urea nitrogen", "uln_multiple": 1.5}, None)]),
    ("lab-fev1-percent-predicted",
     "Post-bronchodilator FEV1 < 80% and ≥ 30% of the predicted normal value",
     [(LabThresholdFact, {"analyte": "FEV1 percent of predicted", "loinc": "20152-5",
                          "comparator": "<", "value": 80, "unit": "%"}, "FEV1 < 80%"),
      (LabThresholdFact, {"loinc": "20152-5", "comparator": ">=", "value": 30, "unit": "%"},
       "FEV1 < 80% and ≥ 30%")]),
    ("lab-fev1-fvc-ratio-fraction", "A post-albuterol FEV1/FVC ratio of ≤ 0.70",
     [(LabThresholdFact, {"analyte": "FEV1/FVC ratio", "loinc": "19926-5", "comparator": "<=",
                          "value": 70, "unit": "%"}, "FEV1/FVC ratio of ≤ 0.70")]),
    ("lab-fev1-fvc-ratio-long-form",
     "Forced Expiratory Volume in 1 second (FEV1) / Forced Vital Capacity (FVC) < 70%",
     [(LabThresholdFact, {"loinc": "19926-5", "value": 70}, None)]),
    ("lab-lung-volumes-listed",
     "Adequate pulmonary function with FEV1, FVC and DLCO greater than 50% predicted",
     [(LabThresholdFact, {"loinc": "20152-5", "comparator": ">", "value": 50}, None),
      (LabThresholdFact, {"analyte": "FVC percent of predicted", "loinc": "19872-1",
                          "comparator": ">", "value": 50}, None)]),
    ("lab-unmapped-measurement-keeps-its-bound",
     "LVEF > 45%, diffusing capacity of the lungs for carbon monoxide (DLCO) >50% corrected for "
     "hemoglobin",
     [(LabThresholdFact, {"loinc": "10230-1", "value": 45}, "LVEF > 45%")]),
    ("lab-lung-volume-without-percent", "FEV1 greater than 1.0 and FEV1 at least 1.2 L",
     [(LabThresholdFact, None, None)]),
    ("lab-change-before-analyte", "Increase in CD4 count of > 100 cells/mm3 in past year; "
     "an increase in absolute FEV1 of at least 12% after albuterol",
     [(LabThresholdFact, None, None)]),
    ("lab-change-to-level", "had a decline in hemoglobin to < 8.5 g/dL during therapy",
     [(LabThresholdFact, {"analyte": "hemoglobin", "comparator": "<", "value": 8.5,
                          "unit": "g/dL"}, None)]),
    ("lab-change-after-value", "Pre-bronchodilator FEV1 >70% with ≥12% reversibility after "
     "short-acting beta2-agonist; FEV1 within 15% of the screening value",
     [(LabThresholdFact, {"loinc": "20152-5", "comparator": ">", "value": 70}, "FEV1 >70%")]),
    ("lab-comparator-or-equal-to", "Serum Creatinine < or equal to 2.5 x ULN; total bilirubin "
     "< = 1.5 times upper limit of normal; glycemia less or equal to 1.2 x ULN",
     [(LabThresholdFact, {"analyte": "serum creatinine", "comparator": "<=", "uln_multiple": 2.5},
       "Serum Creatinine < or equal to 2.5 x ULN"),
      (LabThresholdFact, {"analyte": "total bilirubin", "comparator": "<=", "uln_multiple": 1.5},
       None),
      (LabThresholdFact, {"analyte": "glucose", "comparator": "<=", "uln_multiple": 1.2}, None)]),
    ("lab-fasting-glucose", "Fasting plasma glucose (FPG) > 13.3 mmol/L (240 mg/dL); random "
     "blood glucose < 200 mg/dL",
     [(LabThresholdFact, {"analyte": "fasting glucose", "loinc": "1558-6", "comparator": ">",
                          "value": 13.3, "unit": "mmol/L"},
       "Fasting plasma glucose (FPG) > 13.3 mmol/L"),
      (LabThresholdFact, {"analyte": "glucose", "loinc": "2345-7", "comparator": "<",
                          "value": 200}, None)]),
    ("lab-inclusive-comparator", "ALT levels greater than 2 times (inclusive) the ULN; "
     "triglyceride (TG) concentration <350 mg/dL, inclusive",
     [(LabThresholdFact, {"analyte": "ALT", "comparator": ">=", "uln_multiple": 2}, None),
      (LabThresholdFact, {"analyte": "triglycerides", "comparator": "<=", "value": 350}, None)]),
    ("lab-bound-of-a-lab-state", EXC + "- Clinically significant hypokalemia (less than 3.5 "
     "mmol/L)\n- Thrombocytopenia (<50,000/mm3) or anemia (< 9.0 g/dL)\n"
     "- Significant resting bradycardia (< 50 beats per minute)",
     [(LabThresholdFact, {"analyte": "potassium", "comparator": "<", "value": 3.5}, None),
      (LabThresholdFact, {"analyte": "heart rate", "comparator": "<", "value": 50}, None),
      (ConditionFact, {"label": "significant resting bradycardia"}, None),
      (LabThresholdFact, {"analyte": "platelet count", "comparator": "<", "value": 50000}, None),
      (LabThresholdFact, {"analyte": "hemoglobin", "comparator": "<", "value": 9}, None),
      (ConditionFact, {"label": "clinically significant hypokalemia"}, None),
      (ConditionFact, {"label": "thrombocytopenia"}, None),
      (ConditionFact, {"label": "anemia"}, None)]),
    ("lab-uln-of-the-institution-written-out", EXC + "- Hepatic function with serum bilirubin "
     "greater than the upper institutional limits of normal, ALT and AST > 2.5 times the upper "
     "institutional limits of normal\n- Direct bilirubin: < 3.0 x upper institution limit for "
     "normal",
     [(LabThresholdFact, {"analyte": "total bilirubin", "comparator": ">", "uln_multiple": 1},
       None),
      (LabThresholdFact, {"analyte": "ALT", "comparator": ">", "uln_multiple": 2.5}, None),
      (LabThresholdFact, {"analyte": "AST", "comparator": ">", "uln_multiple": 2.5}, None),
      (LabThresholdFact, {"analyte": "direct bilirubin", "comparator": "<", "uln_multiple": 3,
                          "value": None}, None)]),
    ("lab-count-of-tests-is-no-value", "Inclusion Criteria:\n- Increasing white blood cell (WBC) "
     "count on at least 2 consecutive evaluations\n- Hemoglobin ≥ 9 g/dL on 2 separate occasions",
     [(LabThresholdFact, {"analyte": "hemoglobin", "value": 9}, None)]),
    ("lab-toxicity-grade-is-no-value", "Inclusion Criteria:\n- Granulocytes > 1.5E9/l (grade ≤ "
     "1); Creatinine < 1.5x normal reference range (grade ≤ 1)",
     [(LabThresholdFact, {"analyte": "absolute neutrophil count", "comparator": ">",
                          "value": 1.5}, None),
      (LabThresholdFact, {"analyte": "serum creatinine", "comparator": "<", "uln_multiple": 1.5},
       None)]),
    ("lab-or-equal-to-spelled-out", "Inclusion Criteria:\n- PSA > or = to 2 ng/ml\n- Body mass "
     "index (BMI) < or = to 45 kg/m2\n- Karnofsky Performance Status > or = to 60%",
     [(LabThresholdFact, {"analyte": "prostate specific antigen", "comparator": ">=", "value": 2},
       None),
      (LabThresholdFact, {"analyte": "body mass index", "comparator": "<=", "value": 45}, None),
      (PerformanceStatusFact, {"scale": "Karnofsky", "min": 60}, None)]),
    ("lab-ejection-fraction-by-its-method", EXC + "- Ejection fraction (EF) by multigated "
     "acquisition (MUGA) scan less than 35%.\n- LVEF by echocardiogram < 40%",
     [(LabThresholdFact, {"analyte": "left ventricular ejection fraction", "comparator": "<",
                          "value": 35}, None),
      (LabThresholdFact, {"analyte": "left ventricular ejection fraction", "comparator": "<",
                          "value": 40}, None)]),
    ("lab-multiple-after-the-uln", EXC + "- AST > ULN x 2.5 and ALT > ULN",
     [(LabThresholdFact, {"analyte": "AST", "uln_multiple": 2.5}, "AST > ULN x 2.5"),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 1}, "ALT > ULN")]),
    ("lab-alkp", "Inclusion Criteria:\n- AST, ALT, and AlkP < 3.0 x ULN",
     [(LabThresholdFact, {"analyte": x, "uln_multiple": 3}, None) for x in (
         "AST", "ALT", "alkaline phosphatase")]),
    ("lab-total-or-direct-bilirubin", "Inclusion Criteria:\n- Total or direct bilirubin ≤ 1.5 "
     "times upper limit of normal (ULN)\n- Serum total and direct bilirubin =< ULN",
     [(LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 1.5, "any_of": 1},
       "Total or direct bilirubin ≤ 1.5 times upper limit of normal"),
      (LabThresholdFact, {"analyte": "direct bilirubin", "uln_multiple": 1.5, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 1, "any_of": None},
       "total and direct bilirubin =< ULN"),
      (LabThresholdFact, {"analyte": "direct bilirubin", "uln_multiple": 1, "any_of": None},
       None)]),
    ("lab-uln-written-out", "ALT and/or AST > 2.5× the site laboratory ULN; bilirubin ≤ 2 times "
     "of ULN; alkaline phosphatase greater than 1.5 x ULRR",
     [(LabThresholdFact, {"analyte": "ALT", "comparator": ">", "uln_multiple": 2.5}, None),
      (LabThresholdFact, {"analyte": "AST", "comparator": ">", "uln_multiple": 2.5}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 2}, None),
      (LabThresholdFact, {"analyte": "alkaline phosphatase", "value": None, "uln_multiple": 1.5},
       None)]),
    ("lab-bracketed-synonyms", "Aspartate aminotransferase (AST) (serum glutamic oxaloacetic "
     "transaminase [SGOT])/alanine aminotransferase (ALT) (serum glutamate pyruvate transaminase "
     "[SGPT]) =< 3.0 x institutional ULN",
     [(LabThresholdFact, {"analyte": "AST", "comparator": "<=", "uln_multiple": 3}, None),
      (LabThresholdFact, {"analyte": "ALT", "comparator": "<=", "uln_multiple": 3}, None)]),
    ("lab-list-comma-or", "Alanine aminotransferase (ALT), aspartate aminotransferase (AST), or "
     "alkaline phosphatase (ALP) greater than 2.5 × ULN",
     [(LabThresholdFact, {"analyte": "ALT", "uln_multiple": 2.5}, None),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 2.5}, None),
      (LabThresholdFact, {"analyte": "alkaline phosphatase", "uln_multiple": 2.5}, None)]),
    ("lab-change-in-multiples-of-uln", "Alanine transaminase or aspartate transaminase increase "
     "> 3 fold upper limit of normal; serum creatinine increase ≥ 0.3 mg/dL",
     [(LabThresholdFact, {"analyte": "ALT", "comparator": ">", "uln_multiple": 3}, None),
      (LabThresholdFact, {"analyte": "AST", "comparator": ">", "uln_multiple": 3}, None)]),
    ("lab-creatine-kinase", "creatine kinase (CK) greater than 3 x ULN; CPK < 700 U/L",
     [(LabThresholdFact, {"analyte": "creatine kinase", "loinc": "2157-6", "uln_multiple": 3},
       None),
      (LabThresholdFact, {"loinc": "2157-6", "comparator": "<", "value": 700, "unit": "U/L"},
       None)]),
    ("lab-lln-multiple-not-read", "Albumin < 0.85 times lower limit of normal; hemoglobin "
     "<0.9 x LLN", [(LabThresholdFact, None, None)]),
    ("lab-fev1-fvc-named-apart", "Forced Expiratory Volume at one second (FEV1)/Forced Vital "
     "Capacity (FVC) > 70%",
     [(LabThresholdFact, {"loinc": "19926-5", "comparator": ">", "value": 70}, None)]),
    ("lab-cholesterol-kinds", "LDL-cholesterol between 130 - 189 mg/dL; total cholesterol "
     ">240 mg/dl; HDL-C ≤ 40 mg/dL",
     [(LabThresholdFact, {"analyte": "LDL cholesterol", "comparator": ">=", "value": 130}, None),
      (LabThresholdFact, {"analyte": "LDL cholesterol", "comparator": "<=", "value": 189}, None),
      (LabThresholdFact, {"analyte": "total cholesterol", "loinc": "2093-3", "value": 240,
                          "unit": "mg/dL"}, None),
      (LabThresholdFact, {"analyte": "HDL cholesterol", "loinc": "2085-9", "value": 40}, None)]),
    ("lab-no-unit-no-fact", "Triglycerides > 400 at baseline", [(LabThresholdFact, None, None)]),
    ("lab-inr-unitless", "INR < 1.5",
     [(LabThresholdFact, {"analyte": "INR", "value": 1.5, "unit": "{INR}"}, "INR < 1.5")]),
    ("lab-institutional-upper-limit", "Alkaline phosphatase <2.5 X institutional upper limit",
     [(LabThresholdFact, {"analyte": "alkaline phosphatase", "uln_multiple": 2.5, "value": None},
       "Alkaline phosphatase <2.5 X institutional upper limit")]),
    # --- subgroups ------------------------------------------------------------------------------
    ("subgroup-excluding-gilbert", "Total bilirubin ≤ 1.5 × ULN, excluding subjects with "
     "Gilbert's syndrome",
     [(LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 1.5,
                          "subgroup": ["Gilbert syndrome"], "subgroup_negated": True},
       "Total bilirubin ≤ 1.5 × ULN, excluding subjects with Gilbert's syndrome")]),
    ("lab-per-sex", "- Hemoglobin ≤120 g/L for men and ≤100 g/L for women\n"
     "- QTcF > 450 msec (males) or > 470 msec (females)\n"
     "- Creatinine: Men: ≤ 1.4 mg/dl; Women: ≤ 1.2 mg/dl\n"
     "- Serum creatinine ≤ 1.5 mg/dL for men and women",
     [(LabThresholdFact, {"analyte": "hemoglobin", "value": 120, "sex": "MALE"},
       "Hemoglobin ≤120 g/L for men"),
      (LabThresholdFact, {"analyte": "hemoglobin", "value": 100, "sex": "FEMALE"},
       "Hemoglobin ≤120 g/L for men and ≤100 g/L for women"),
      (LabThresholdFact, {"analyte": "QTc interval", "value": 450, "sex": "MALE"}, None),
      (LabThresholdFact, {"analyte": "QTc interval", "value": 470, "sex": "FEMALE"}, None),
      (LabThresholdFact, {"analyte": "serum creatinine", "value": 1.4, "sex": "MALE"}, None),
      (LabThresholdFact, {"analyte": "serum creatinine", "value": 1.2, "sex": "FEMALE"}, None),
      (LabThresholdFact, {"analyte": "serum creatinine", "value": 1.5, "sex": None}, None)]),
    # "unless due to the disease": the bound is for those whose values the disease does not explain
    ("lab-unless-due-to-the-disease", "Inclusion Criteria:\n- AST or ALT < 2 times upper limit of "
     "normal (unless due to primary disease)\n- Bilirubin ≤ 1.5 times upper limit of normal unless "
     "disease-related (ULN)",
     [(LabThresholdFact, {"analyte": "AST", "subgroup": ["underlying disease"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "ALT", "subgroup": ["underlying disease"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "subgroup": ["underlying disease"],
                          "subgroup_negated": True}, None)]),
    # other values allowed for a subgroup: the bound is for the others, as after "unless"
    ("lab-subgroup-values-acceptable-if", "Inclusion Criteria:\n- Serum bilirubin levels =< 2 "
     "times the upper limit of normal; higher levels are acceptable if these can be attributed to "
     "active hemolysis\n- Bilirubin </= 2 mg/dL unless due to congenital hemolytic disorder or "
     "leukemia",
     [(LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 2.0,
                          "subgroup": ["hemolysis"], "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "value": 2.0,
                          "subgroup": ["hemolysis", "leukemia"], "subgroup_negated": True},
       None)]),
    # the ages a lab bound is given for: in a table by age, in a bracket, after "in"
    ("lab-bound-for-some-ages", "Inclusion Criteria:\n- A serum creatinine based on age as "
     "follows:\n  - No greater than 0.6 mg/dL (1-23 months of age)\n  - No greater than 1.7 "
     "mg/dL (16 years of age and over [male])\n- Calculated creatinine clearance (CrCl) > 60 "
     "mL/min (Cockcroft-Gault formula) in > 18 years old OR > 80 mL/min (modified Cockcroft-Gault)"
     " in ≤ 18 years old\n- Left ventricular ejection fraction (LVEF) >55% in patients <10 years "
     "of age and >45% in patients ≥10 years of age\n" + EXC + "- An estimated glomerular "
     "filtration rate (eGFR) < 30 mL/min/1.73 m*2 (in children younger than 1 year, serum "
     "creatinine results above 97.5th percentile excludes participation)\n- systolic blood "
     "pressure (BP) ≥140 mmHg (≥150 mmHg in subjects >45 years of age)",
     [(LabThresholdFact, {"value": 0.6, "age_min_years": 1 / 12, "age_max_years": 23 / 12,
                          "age_max_inclusive": True}, None),
      (LabThresholdFact, {"value": 1.7, "age_min_years": 16, "age_max_years": None}, None),
      (LabThresholdFact, {"value": 60, "age_min_years": 18, "age_min_inclusive": False,
                          "age_max_years": None}, None),
      (LabThresholdFact, {"value": 80, "age_min_years": None, "age_max_years": 18,
                          "age_max_inclusive": True}, None),
      (LabThresholdFact, {"value": 55, "age_max_years": 10, "age_max_inclusive": False}, None),
      (LabThresholdFact, {"value": 45, "age_min_years": 10, "age_min_inclusive": True}, None),
      (LabThresholdFact, {"analyte": "estimated GFR", "age_min_years": None,
                          "age_max_years": None}, None),
      (LabThresholdFact, {"value": 140, "age_min_years": None}, None)]),
    ("lab-bound-for-patients-of-some-ages", "Inclusion Criteria:\n- Creatinine as defined by age "
     "as follows:\n  - ≤ 0.5 mg/dL (for patients < 1 year old)\n  - ≤ 0.8 mg/dL (for patients 1 "
     "to 5 years old)",
     [(LabThresholdFact, {"value": 0.5, "age_min_years": None, "age_max_years": 1,
                          "age_max_inclusive": False}, None),
      (LabThresholdFact, {"value": 0.8, "age_min_years": 1, "age_max_years": 5}, None),
      (AgeFact, None, None)]),
    # "whose" ties the subgroup to the bound after it; the evidence covers the subgroup's words
    ("lab-subgroup-whose", EXC + "- Liver function abnormalities (ALT / AST > 2.5 times of the "
     "upper limit of normal range or patients with liver involvement whose ALT / AST > 1.5 times "
     "of upper limit of normal range)",
     [(LabThresholdFact, {"analyte": "ALT", "uln_multiple": 2.5, "subgroup": ["liver involvement"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 2.5, "subgroup": ["liver involvement"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 1.5, "subgroup": ["liver involvement"],
                          "subgroup_negated": False},
       "patients with liver involvement whose ALT / AST > 1.5 times of upper limit of normal "
       "range"),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 1.5, "subgroup": ["liver involvement"],
                          "subgroup_negated": False}, None)]),
    # a sex after "if", and a sex that leads the bounds of its sentence, up to the next lead or
    # to both sexes named again
    ("lab-per-sex-lead", EXC + "- QTcF > 465 msec if male or > 485 msec if female\n"
     "- Male participants with a serum creatinine >=1.3 mg/dL or female participants with a "
     "serum creatinine >=1.2 mg/dL or participants with an eGFR <55 mL/min/1.73m^2\n"
     "- ECG: male subjects with heart rate <40 bpm, female subjects with heart rate <50 bpm, PR "
     "interval >220 msec for male and female subjects. Male or female subjects with QRS "
     "duration >120 msec",
     [(LabThresholdFact, {"analyte": "QTc interval", "value": 465, "sex": "MALE"}, None),
      (LabThresholdFact, {"analyte": "QTc interval", "value": 485, "sex": "FEMALE"}, None),
      (LabThresholdFact, {"analyte": "serum creatinine", "value": 1.3, "sex": "MALE"},
       "Male participants with a serum creatinine >=1.3 mg/dL"),
      (LabThresholdFact, {"analyte": "serum creatinine", "value": 1.2, "sex": "FEMALE"}, None),
      (LabThresholdFact, {"analyte": "estimated GFR", "value": 55, "sex": None}, None),
      (LabThresholdFact, {"analyte": "heart rate", "value": 40, "sex": "MALE"}, None),
      (LabThresholdFact, {"analyte": "heart rate", "value": 50, "sex": "FEMALE"}, None),
      (LabThresholdFact, {"analyte": "PR interval", "value": 220, "sex": None}, None),
      (LabThresholdFact, {"analyte": "QRS duration", "value": 120, "sex": None}, None)]),
    ("subgroup-liver-metastases", "AST/ALT ≤ 2.5 × ULN (≤ 5 × ULN for patients with liver "
     "metastases)",
     [(LabThresholdFact, {"analyte": "AST", "uln_multiple": 2.5, "subgroup": ["liver metastasis"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 2.5, "subgroup": ["liver metastasis"],
                          "subgroup_negated": True}, "AST/ALT ≤ 2.5 × ULN"),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 5, "subgroup": ["liver metastasis"],
                          "subgroup_negated": False}, None),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 5, "subgroup": ["liver metastasis"]},
       "AST/ALT ≤ 2.5 × ULN (≤ 5 × ULN for patients with liver metastases")]),
    ("lab-laboratory-values-between", EXC + "- ALT or AST laboratory values >1.5 X the ULN\n"
     "- PSA test result exceeds 4.0 ng/mL;",
     [(LabThresholdFact, {"analyte": "ALT", "uln_multiple": 1.5, "comparator": ">"}, None),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 1.5, "comparator": ">"}, None),
      (LabThresholdFact, {"analyte": "prostate specific antigen", "value": 4.0,
                          "unit": "ng/mL"}, None)]),
    ("lab-bmi-written-out", "Inclusion Criteria:\n- Participants who have a body mass index "
     "(BMI) of 18.5 to 35.0 kilograms per meter squared (kg/m^2)\n"
     "- Body-mass index greater than or equal to 25",
     [(LabThresholdFact, {"analyte": "body mass index", "comparator": ">=", "value": 18.5,
                          "unit": "kg/m2"}, None),
      (LabThresholdFact, {"analyte": "body mass index", "comparator": "<=", "value": 35.0,
                          "unit": "kg/m2"}, None),
      (LabThresholdFact, {"analyte": "body mass index", "comparator": ">=", "value": 25.0,
                          "unit": "kg/m2"}, "Body-mass index greater than or equal to 25")]),
    ("lab-urine-ratios", EXC + "- Macroalbuminuria defined by urinary albumine-to-creatinine "
     "ratio > 300 mg/g\n- Urine protein: creatinine ratio >/= 1.0 at screening\n"
     "- Patients with a UPC ratio > 1.0 must have a 24-hour urine protein < 1,000 mg",
     [(LabThresholdFact, {"analyte": "urine albumin/creatinine ratio", "comparator": ">",
                          "value": 300, "unit": "mg/g"}, None),
      (LabThresholdFact, {"analyte": "urine protein/creatinine ratio", "comparator": ">=",
                          "value": 1.0, "unit": "mg/mg"}, None),
      (LabThresholdFact, {"analyte": "urine protein/creatinine ratio", "comparator": ">",
                          "value": 1.0, "unit": "mg/mg"}, None)]),
    ("lab-c-peptide-and-insulin", "Inclusion Criteria:\n- Fasting C-peptide <0.6 nanograms per "
     "milliliter (ng/mL)\n- Fasting serum insulin greater than or equal to 7uU/ml\n"
     "Exclusion Criteria:\n- Insulin within 2 weeks prior to study start",
     [(LabThresholdFact, {"analyte": "C-peptide", "loinc": "1986-9", "comparator": "<",
                          "value": 0.6, "unit": "ng/mL"}, None),
      (LabThresholdFact, {"analyte": "insulin", "loinc": "20448-7", "comparator": ">=",
                          "value": 7, "unit": "m[IU]/L"}, None),
      (WashoutFact, {"therapy": "insulin", "min_days": 14}, None)]),
    ("lab-range-percent-on-both-ends", "Inclusion Criteria:\n- Has HbA1c between 7.0% and 9.0%\n"
     "- An FEV1 between 65% - 95% of predicted value at Visit 1",
     [(LabThresholdFact, {"analyte": "hemoglobin A1c", "comparator": ">=", "value": 7.0}, None),
      (LabThresholdFact, {"analyte": "hemoglobin A1c", "comparator": "<=", "value": 9.0}, None),
      (LabThresholdFact, {"analyte": "FEV1 percent of predicted", "comparator": ">=",
                          "value": 65}, None),
      (LabThresholdFact, {"analyte": "FEV1 percent of predicted", "comparator": "<=",
                          "value": 95}, None)]),
    ("lab-within-normal-limits", "Inclusion Criteria:\n- Bilirubin normal\n- AST and ALT within "
     "normal range\n- Creatinine within normal institutional limits OR creatinine clearance >= "
     "60 mL/min\n- Serum bilirubin WNL or ≤1.5 x ULN in patients with liver metastases\n"
     "- Platelets within normal limits\n- Normal renal function.\n- Alkaline phosphatase < 3X "
     "the ULN (Upper limit for normal)",
     [(LabThresholdFact, {"analyte": "total bilirubin", "comparator": "<=", "uln_multiple": 1.0,
                          "subgroup": []}, "Bilirubin normal"),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 1.0}, None),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 1.0}, None),
      (LabThresholdFact, {"analyte": "serum creatinine", "uln_multiple": 1.0, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "creatinine clearance", "value": 60, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 1.0,
                          "subgroup": ["liver metastasis"], "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 1.5,
                          "subgroup": ["liver metastasis"], "subgroup_negated": False}, None),
      (LabThresholdFact, {"analyte": "alkaline phosphatase", "uln_multiple": 3.0}, None)]),
    ("lab-percentile-is-no-value", "Exclusion Criteria:\n- SBP or DBP greater than 95th "
     "percentile for age, gender and height\n- BMI over 85th percentile for age and gender",
     [(LabThresholdFact, None, None)]),
    ("lab-items-of-a-parent-as-follows", "Inclusion Criteria:\n- Creatinine clearance ≥ 70 "
     "mL/min OR creatinine based on age, as follows:\n  - No greater than 0.6 mg/dL (1-23 months "
     "of age)\n  - No greater than 0.8 mg/dL (2- 5 years of age)",
     [(LabThresholdFact, {"analyte": "creatinine clearance", "value": 70}, None),
      (LabThresholdFact, {"analyte": "serum creatinine", "comparator": "<=", "value": 0.6},
       "No greater than 0.6 mg/dL"),
      (LabThresholdFact, {"analyte": "serum creatinine", "comparator": "<=", "value": 0.8}, None),
      (AgeFact, None, None)]),
    ("lab-hiv-rna", "Inclusion Criteria:\n- On a stable ARV regimen for >8 weeks with HIV-1 RNA "
     "<50 copies/mL\n- Plasma HIV-1 RNA levels ≥ 1000 copies/mL at Screening\n- CD4 count > 200 "
     "cells/mm3",
     [(LabThresholdFact, {"analyte": "HIV-1 RNA", "loinc": "20447-9", "comparator": "<",
                          "value": 50, "unit": "{copies}/mL"}, None),
      (LabThresholdFact, {"analyte": "HIV-1 RNA", "comparator": ">=", "value": 1000}, None),
      (LabThresholdFact, {"analyte": "CD4 count", "value": 200}, None)]),
    ("lab-crp-tsat", "Inclusion Criteria:\n- hs-CRP > 2.0 mg/L\n- CRP > 1.0 mg/dL\n"
     "Exclusion Criteria:\n- TSAT < 10%",
     [(LabThresholdFact, {"analyte": "high-sensitivity C-reactive protein", "loinc": "30522-7",
                          "value": 2.0, "unit": "mg/L"}, None),
      (LabThresholdFact, {"analyte": "C-reactive protein", "loinc": "1988-5", "value": 1.0,
                          "unit": "mg/dL"}, None),
      (LabThresholdFact, {"analyte": "transferrin saturation", "loinc": "2502-3",
                          "comparator": "<", "value": 10, "unit": "%"}, None)]),
    ("subgroup-not-from-a-restatement", "LDL-C <70 mg/dL (<1.81 mmol/L) in participants "
     "with a history of documented cardiovascular disease",
     [(LabThresholdFact, {"value": 70, "unit": "mg/dL", "subgroup_negated": False}, None),
      (LabThresholdFact, {"value": 1.81, "unit": "mmol/L",
                          "subgroup": ["cardiovascular disease"]}, None)]),
    ("subgroup-unless-then", "Total bilirubin ≤ 1.5 × ULN unless Gilbert's, then ≤ 3 × ULN",
     [(LabThresholdFact, {"uln_multiple": 1.5, "subgroup": ["Gilbert syndrome"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"uln_multiple": 3, "subgroup": ["Gilbert syndrome"],
                          "subgroup_negated": False},
       "Total bilirubin ≤ 1.5 × ULN unless Gilbert's, then ≤ 3 × ULN")]),
    ("window-recent-and-past-period", EXC + "- A clinically confirmed myocardial infarction "
     "within the recent 3 months.\n- Substance use disorder (past year)",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 91.31}, None),
      (ConditionFact, {"label": "substance abuse", "within_days": 365.25},
       "Substance use disorder (past year")]),
    ("modifiers-recent-current-repeated", EXC + "- Evidence of recent alcohol abuse\n"
     "- Current malignancy\n- Repeated transient ischemic attacks\n"
     "- History of or current infection with hepatitis B virus\n- Past or active tuberculosis",
     [(ConditionFact, {"label": "recent alcohol abuse"}, None),
      (ConditionFact, {"label": "current malignancy"}, None),
      (ConditionFact, {"label": "repeated transient ischemic attack"}, None),
      (ConditionFact, {"label": "hepatitis b"}, None),
      (ConditionFact, {"label": "tuberculosis"}, None)]),
    ("infection-ends-a-name", EXC + "- History of human immunodeficiency virus (HIV) or chronic "
     "viral hepatitis infection\n- Those with cancer or human immunodeficiency virus [HIV] "
     "infection\n- HIV, hepatitis or other active infection",
     [(ConditionFact, {"label": "hiv infection"}, None),
      (ConditionFact, {"label": "chronic viral hepatitis"}, None),
      (ConditionFact, {"label": "malignancy"}, None),
      (ConditionFact, {"label": "hiv infection"}, None),
      (ConditionFact, {"label": "hiv infection"}, None),
      (ConditionFact, {"label": "hepatitis"}, None),
      (ConditionFact, {"label": "active infection"}, None)]),
    ("window-after-a-long-list", EXC + "- No history of a congestive heart failure, myocardial "
     "infarction, unstable angina, uncontrolled arrhythmia, or any class 3 or 4 cardiac disease "
     "as defined by the New York Heart Association Functional Classification in the last 6 "
     "months",
     [(ConditionFact, {"label": "heart failure", "within_days": 182.62}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None),
      (ConditionFact, {"label": "unstable angina", "within_days": 182.62}, None),
      (ConditionFact, {"label": "uncontrolled arrhythmia", "within_days": 182.62}, None),
      (ConditionFact, {"label": "nyha class iii-iv heart disease", "within_days": 182.62},
       None)]),
    ("window-in-brackets", EXC + "- Myocardial infarction within (6 months) prior to screening\n"
     "- Chemotherapy within (4 weeks) of study entry",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 182.62},
       "Myocardial infarction within (6 months"),
      (WashoutFact, {"therapy": "chemotherapy", "min_days": 28}, "Chemotherapy within (4 weeks")]),
    # --- alternative bounds ("or"): one of a set must hold -------------------------------------
    ("lab-alternatives", "- Creatinine =< 1.5 mg/dL OR creatinine clearance >= 60 mL/min\n"
     "- Serum creatinine ≤ 1.5 × ULN according to institutional standards or calculated "
     "creatinine clearance ≥ 50 mL/min\n"
     "- Creatinine < 2 x normal for age or GFR > 70 ml/min/1.73m^2",
     [(LabThresholdFact, {"analyte": "serum creatinine", "value": 1.5, "any_of": 1},
       "Creatinine =< 1.5 mg/dL"),
      (LabThresholdFact, {"analyte": "creatinine clearance", "value": 60, "any_of": 1},
       "creatinine clearance >= 60 mL/min"),
      (LabThresholdFact, {"analyte": "serum creatinine", "uln_multiple": 1.5, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "creatinine clearance", "value": 50, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "serum creatinine", "uln_multiple": 2, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "estimated GFR", "value": 70, "any_of": 1}, None)]),
    ("lab-ratio-of-an-analyte", "Claudication and ankle arm systolic blood pressure ratio < "
     "0.9\n- APTT ratio > 1.5 x ULN\n- FEV1/FVC ratio < 70%",
     [(LabThresholdFact, {"analyte": "APTT", "uln_multiple": 1.5}, None),
      (LabThresholdFact, {"analyte": "FEV1/FVC ratio", "value": 70}, None)]),
    ("lab-hgba1c-spelling", "Hemoglobin A1c (HgbA1c) = ≤7%",
     [(LabThresholdFact, {"analyte": "hemoglobin A1c", "comparator": "<=", "value": 7}, None)]),
    ("lab-pressure-pair-after-hypotension", EXC + "- Symptomatic hypotension (< 90/60 mmHg)",
     [(LabThresholdFact, {"analyte": "systolic blood pressure", "comparator": "<", "value": 90},
       None),
      (LabThresholdFact, {"analyte": "diastolic blood pressure", "comparator": "<", "value": 60},
       None),
      (ConditionFact, {"label": "symptomatic hypotension"}, None)]),
    ("lab-pressure-named-after", EXC + "- Hypertension (≥140 mmHg systolic and/or ≥90 mmHg "
     "diastolic)\n- Uncontrolled hypertension (≥140/90 mmHg)\n- An orthostatic change of >20 mm "
     "Hg systolic",
     [(LabThresholdFact, {"analyte": "systolic blood pressure", "value": 140}, None),
      (LabThresholdFact, {"analyte": "diastolic blood pressure", "value": 90}, None),
      (LabThresholdFact, {"analyte": "systolic blood pressure", "value": 140}, None),
      (LabThresholdFact, {"analyte": "diastolic blood pressure", "value": 90}, None),
      (ConditionFact, {"label": "hypertension"}, None),
      (ConditionFact, {"label": "uncontrolled hypertension"}, None)]),
    ("lab-normal-or-alternative", "Creatinine normal OR creatinine clearance ≥ 60 mL/min\n- "
     "PT/PTT within normal or therapeutic limits",
     [(LabThresholdFact, {"analyte": "serum creatinine", "uln_multiple": 1, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "creatinine clearance", "value": 60, "any_of": 1}, None)]),
    ("lab-respectively", "ALT and AST ≤ 3 × ULN and ≤ 5 × ULN, respectively",
     [(LabThresholdFact, {"analyte": "ALT", "uln_multiple": 3}, None),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 5}, None)]),
    ("lab-length-is-no-percentage", "LVEF ≥ 50% and LV end-diastolic dimension, by the same "
     "method as LVEF, ≤ 70 mm\n- A pulse oximetry ≥ 94% at sea level (≥ 90% at altitude ≥ 5000 "
     "feet)\n- LVEF ≥ 40% and LVEDD indexed to body surface area ≤ 0.45",
     [(LabThresholdFact, {"analyte": "left ventricular ejection fraction", "value": 50}, None),
      (LabThresholdFact, {"analyte": "oxygen saturation", "value": 94}, None),
      (LabThresholdFact, {"analyte": "left ventricular ejection fraction", "value": 40}, None)]),
    ("lab-subgroup-bound-complement", "Serum creatinine ≤ 1.5 x ULN OR calculated creatinine "
     "clearance ≥ 60 mL/min for patients with creatinine levels > 1.5 x ULN",
     [(LabThresholdFact, {"analyte": "serum creatinine", "comparator": "<=", "any_of": 1,
                          "subgroup": []}, "Serum creatinine ≤ 1.5 x ULN"),
      (LabThresholdFact, {"analyte": "creatinine clearance", "any_of": 1, "subgroup": []},
       None)]),
    ("lab-subgroup-bound-after-semicolon", "Serum creatinine =< 1.0 mg/dL; if serum creatinine "
     "> 1.0 mg/dL, then the estimated glomerular filtration rate (GFR) must be > 60 mL/min/1.73 "
     "m^2",
     [(LabThresholdFact, {"analyte": "serum creatinine", "value": 1.0, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "estimated GFR", "value": 60, "any_of": 1}, None)]),
    ("lab-subgroup-bound-in-words", "Direct bilirubin =< ULN for patients with total bilirubin "
     "levels > 1.5 ULN\n- QTcF >=500 msec in subjects with QRS <120 msec and QTcF >=530 msec in "
     "subjects with QRS >=120 msec",
     [(LabThresholdFact, {"analyte": "direct bilirubin", "subgroup": [
         "total bilirubin > 1.5 × ULN"], "subgroup_negated": False}, None),
      (LabThresholdFact, {"analyte": "QTc interval", "value": 500,
                          "subgroup": ["QRS duration < 120 ms"]}, None),
      (LabThresholdFact, {"analyte": "QTc interval", "value": 530,
                          "subgroup": ["QRS duration >= 120 ms"]}, None)]),
    ("lab-subgroup-bound-eligible-if", "Platelets > 75,000/mm^3 (patients who have bone marrow "
     "infiltration are eligible if their ANC is >/= 1000/mm^3)",
     [(LabThresholdFact, {"analyte": "absolute neutrophil count", "value": 1000}, None),
      (LabThresholdFact, {"analyte": "platelet count"}, None)]),
    ("lab-alternatives-inside-a-list", "Adequate organ function, including absolute "
     "neutrophil count (ANC) ≥ 1500 cells/µL, platelets ≥ 75,000 cells/µL, creatinine < 1.5 x "
     "ULN or estimated creatinine clearance ≥ 50 mL/min (by the Cockcroft Gault equation), "
     "bilirubin <1.5x ULN",
     [(LabThresholdFact, {"analyte": "absolute neutrophil count", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "platelet count", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "serum creatinine", "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "creatinine clearance", "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "any_of": None}, None)]),
    ("lab-alternatives-not", "- AST and ALT ≤ 2.5 × ULN or bilirubin ≤ 1.5 mg/dL\n"
     "- Serum cholesterol ≤300 mg/dL or ≤7.75 mmol/L AND triglycerides ≤ 2.5 x ULN\n"
     "- Systolic blood pressure ≥160 mmHg or <90 mmHg, or diastolic blood pressure ≥100 mmHg\n"
     "- Hemoglobin ≥ 9 g/dL, platelets ≥ 100,000/mm3\n"
     "- No SBP > 160 mmHg or DBP > 100 mmHg\n"
     "- ANC ≥ 1500/mm3, platelets ≥ 100,000/mm3, or INR ≤ 1.5",
     [(LabThresholdFact, {"analyte": "AST", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "absolute neutrophil count", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "platelet count", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "INR", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "ALT", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "total cholesterol", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "triglycerides", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "systolic blood pressure", "value": 160, "any_of": None},
       None),
      (LabThresholdFact, {"analyte": "systolic blood pressure", "value": 90, "any_of": None},
       None),
      (LabThresholdFact, {"analyte": "diastolic blood pressure", "value": 100, "any_of": None},
       None),
      (LabThresholdFact, {"analyte": "hemoglobin", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "platelet count", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "systolic blood pressure", "comparator": "<=",
                          "any_of": None}, None),
      (LabThresholdFact, {"analyte": "diastolic blood pressure", "comparator": "<=",
                          "any_of": None}, None)]),
    # --- life expectancy -------------------------------------------------------------------------
    ("life-expectancy-not-expected-to-survive", EXC + "- Severe comorbid condition such that "
     "the patient is not expected to survive 6 months",
     [(LifeExpectancyFact, {"min_months": 6, "comparator": "<"},
       "not expected to survive 6 months")]),
    ("life-expected-survival", "Expected survival ≥3 months",
     [(LifeExpectancyFact, {"min_months": 3, "comparator": ">="}, "Expected survival ≥3 months")]),
    # an arrowhead (U+02C3) typed for ">"
    ("life-arrowhead-comparator", "Expected survival time \u02c3 3 months;",
     [(LifeExpectancyFact, {"min_months": 3, "comparator": ">"}, None)]),
    ("life-weeks", "The estimated survival time is more than 12 weeks;",
     [(LifeExpectancyFact, {"min_months": 2.76, "comparator": ">"},
       "estimated survival time is more than 12 weeks")]),
    ("life-expected-life", "Expected life ≥ 3 months",
     [(LifeExpectancyFact, {"min_months": 3}, "Expected life ≥ 3 months")]),
    ("life-time-before-the-cue", "Inclusion Criteria:\n- Patients must be at least 18 years of "
     "age and have at least a 12-week life expectancy.\n- Greater than 12 weeks life expectancy."
     "\nExclusion Criteria:\n- < 3 months life expectancy.",
     [(AgeFact, {"min_years": 18}, None),
      (LifeExpectancyFact, {"min_months": 2.76, "comparator": ">="},
       "at least a 12-week life expectancy"),
      (LifeExpectancyFact, {"min_months": 2.76, "comparator": ">"}, None),
      (LifeExpectancyFact, {"min_months": 3, "comparator": "<"}, "< 3 months life expectancy")]),
    # --- therapy ----------------------------------------------------------------------------------
    ("washout-at-most-before-unit", EXC + "- Use of beta blockers, MAO inhibitors, or tricyclic "
     "antidepressants ≤ 2 weeks prior to screening.\n- Wide field radiotherapy ≤ 28 days or "
     "limited field radiation for palliation ≤ 14 days prior to starting study drug\n"
     "- Relapse that occurred < 6 months after completion of chemotherapy\n"
     "- Antiretroviral treatment (≤ 10 days of prior therapy with any antiretroviral agent)",
     [(WashoutFact, {"min_days": 14, "therapy": "beta blockers, mao inhibitors, or tricyclic "
                     "antidepressants"}, None),
      (WashoutFact, {"min_days": 28, "therapy": "wide field radiotherapy"}, None)]),
    ("washout-more-forms", EXC + "- Prior treatment with any investigational drug within the "
     "preceding 4 weeks\n- Patient has received another investigational drug in the preceding 14 "
     "days\n- Fibrinolytics within 24 hours\n- The patient has been treated with any known strong "
     "cytochrome P450 (CYP) 3A4 inhibitors (eg, azole antifungals) within 30 days\n- Patient has "
     "received tetrabenazine, neuroleptics, benzodiazepines, topiramate, dopamine receptor "
     "antagonists within 14 days of Screening\n- Use of multivitamins or antacids within 7 days "
     "prior to the first dose of investigational product.\n- Patients transfused within 90 days",
     [(WashoutFact, {"therapy": "investigational agent", "min_days": 28}, None),
      (WashoutFact, {"therapy": "investigational agent", "min_days": 14}, None),
      (WashoutFact, {"therapy": "fibrinolytics", "min_days": 1}, None),
      (WashoutFact, {"therapy": "strong CYP3A inhibitors", "min_days": 30}, None),
      (WashoutFact, {"therapy": "tetrabenazine, neuroleptics, benzodiazepines, topiramate, "
                     "dopamine receptor antagonists", "min_days": 14}, None),
      (WashoutFact, {"therapy": "multivitamins or antacids", "min_days": 7}, None),
      (WashoutFact, {"therapy": "transfusion", "min_days": 90}, None)]),
    ("washout-therapy-classes", EXC + "- Must not have been in an investigational study in the "
     "last 30 days\n- Receipt of any experimental medication within 60 days prior to Day 1\n"
     "- Subject has taken any herbal and/or complementary treatments, eg, St. John's Wort, within "
     "7 days prior to Day 1.\n- Moderate or strong CYP3A4 inducers within 14 days",
     [(WashoutFact, {"therapy": "clinical study participation", "min_days": 30}, None),
      (WashoutFact, {"therapy": "investigational agent", "min_days": 60}, None),
      (WashoutFact, {"therapy": "herbal products", "min_days": 7}, None),
      (WashoutFact, {"therapy": "moderate or strong CYP3A inducers", "min_days": 14}, None)]),
    ("washout-drug-opening-the-criterion", EXC + "- Methotrexate within 6 weeks of study "
     "initiation\n- Strong CYP3A4 inhibitors within 28 days or 5 drug half-lives, whichever is "
     "longer, before start of study drug.\n- Receipt of any investigational medication within 2 "
     "weeks prior to enrollment\n- Pulmonary exacerbation within 28 days of Screening\n"
     "- Illicit drugs within 30 days\n- Disease progression on docetaxel therapy within the past "
     "12 months\n- Any change in chronic therapies within 4 weeks of Study Day 1.\n"
     "- Intend to use over-the-counter medication within 14 days prior to dosing\n"
     "- Rituximab within 26 weeks prior to randomization.",
     [(WashoutFact, {"therapy": "methotrexate", "min_days": 42}, "Methotrexate within 6 weeks"),
      (WashoutFact, {"therapy": "strong CYP3A inhibitors", "min_days": 28, "half_lives": 5,
                     "rule": "longer"}, None),
      (WashoutFact, {"therapy": "investigational agent", "min_days": 14}, None),
      (WashoutFact, {"therapy": "rituximab", "min_days": 182}, "Rituximab within 26 weeks")]),
    ("washout-allowed-in-bracket", EXC + "- Treatment with oral corticosteroids (intranasal "
     "steroids are acceptable) within the last four weeks\n- Chemotherapy within 4 weeks "
     "(hydroxyurea is permitted)",
     [(WashoutFact, {"therapy": "oral corticosteroids", "exceptions": "intranasal steroids"},
       None),
      (WashoutFact, {"therapy": "chemotherapy", "exceptions": "hydroxyurea"}, None)]),
    ("washout-time-point-is-no-therapy", EXC + "- Chemotherapy within 4 weeks prior to surgery\n"
     "- Acute illness, including temperature >37.8 degrees Celsius within one week prior to "
     "vaccination.\n- Vaccination with a live vaccine within the past 30 days",
     [(WashoutFact, {"therapy": "chemotherapy", "min_days": 28}, "Chemotherapy within 4 weeks"),
      (WashoutFact, {"therapy": "live vaccine", "min_days": 30},
       "live vaccine within the past 30 days")]),
    ("washout-half-lives", "At least 2 weeks or 5 half-lives (whichever is shorter) from prior "
     "systemic treatment.",
     [(WashoutFact, {"min_days": 14, "half_lives": 5, "rule": "shorter",
                     "therapy": "systemic therapy"},
       "At least 2 weeks or 5 half-lives (whichever is shorter) from prior systemic treatment")]),
    ("washout-within", EXC + "- Chemotherapy within 4 weeks before the first dose",
     [(WashoutFact, {"min_days": 28, "therapy": "chemotherapy"}, "Chemotherapy within 4 weeks")]),
    ("washout-range-lower-bound", "Re-registered 4 - 6 weeks from the date of surgery",
     [(WashoutFact, {"min_days": 28, "therapy": "surgery"}, None)]),
    ("washout-steroid-route", EXC + "- Treatment with depot corticosteroids within 6 weeks",
     [(WashoutFact, {"min_days": 42, "therapy": "depot corticosteroids"},
       "depot corticosteroids within 6 weeks")]),
    ("washout-steroid-route-in-lexicon", EXC + "- Systemic corticosteroids within 14 days",
     [(WashoutFact, {"min_days": 14, "therapy": "systemic corticosteroids"},
       "Systemic corticosteroids within 14 days")]),
    ("washout-surgery-kind", EXC + "- Lung volume reduction surgery within the 12 months prior "
     "to screening",
     [(WashoutFact, {"min_days": 365.25, "therapy": "lung volume reduction surgery"},
       "Lung volume reduction surgery within the 12 months")]),
    ("washout-major-surgery", EXC + "- Major surgery within 4 weeks",
     [(WashoutFact, {"min_days": 28, "therapy": "major surgery"}, "Major surgery within 4 weeks")]),
    ("washout-surgery-no-kind", EXC + "- Patients who had surgery within 28 days",
     [(WashoutFact, {"min_days": 28, "therapy": "surgery"}, "surgery within 28 days")]),
    ("prior-therapy-in-the-study-eye", EXC + "- Prior trabeculectomy or other filtration surgery "
     "in the study eye.",
     [(PriorTherapyFact, {"therapy": "filtration surgery", "required": False,
                          "setting": "in the study eye"}, None)]),
    ("prior-at-least-n-prior-therapies", "Inclusion Criteria:\n- Must have received at least one "
     "prior therapy.\n- Subjects must have failed ≥ 2 prior therapies for CLL",
     [(PriorTherapyFact, {"required": True, "min_lines": 1}, None),
      (PriorTherapyFact, {"required": True, "min_lines": 2}, None)]),
    ("prior-named-drug-never-had", EXC + "- Previous exposure to an NS5A or NS5B inhibitor\n"
     "- Have ever previously received rTPO, PEG-rHuMGDF, eltrombopag, or romiplostim\n"
     "- Prior exposure to any Janus kinase (JAK) inhibitor\n"
     "- Patients who have received rebamipide within 3 months\n"
     "- Participants who have received a PD-1 blocking antibody may enroll\n"
     "- Any prior use of lenalidomide",
     [(PriorTherapyFact, {"therapy": "lenalidomide", "required": False}, None),
      (PriorTherapyFact, {"therapy": "ns5a or ns5b inhibitor", "required": False},
       "Previous exposure to an NS5A or NS5B inhibitor"),
      (PriorTherapyFact, {"therapy": "rtpo, peg-rhumgdf, eltrombopag, or romiplostim",
                          "required": False}, None),
      (PriorTherapyFact, {"therapy": "janus kinase (jak) inhibitor", "required": False}, None)]),
    ("required-condition-from-the-lexicon", "- Patients with idiopathic Parkinson's disease\n"
     "- Has a clinical diagnosis of chronic plaque psoriasis (with a disease duration of at least "
     "6 months).\n- Histologically confirmed NSCLC\n"
     "- Subjects with multiple dialysis options (peritoneal or haemodialysis)",
     [(ConditionFact, {"label": "idiopathic parkinson's disease", "role": "required"},
       "idiopathic Parkinson's disease"),
      (ConditionFact, {"label": "chronic plaque psoriasis", "role": "required"}, None),
      (ConditionFact, {"label": "non-small cell lung carcinoma", "role": "required"}, "NSCLC")]),
    ("alternatives-of-two-readers-apart", "- Creatinine ≤ 1.5 mg/dL or creatinine clearance ≥ 60 "
     "mL/min; must have received prior chemotherapy or immunotherapy",
     [(LabThresholdFact, {"analyte": "serum creatinine", "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "creatinine clearance", "any_of": 1}, None),
      (PriorTherapyFact, {"therapy": "chemotherapy", "any_of": 2}, None),
      (PriorTherapyFact, {"therapy": "immunotherapy", "any_of": 2}, None)]),
    ("prior-lines-cap", "- ≤1 previous line of chemotherapy for metastatic disease\n"
     "- No more than 2 prior regimens\n"
     "- Relapsed or refractory disease after at least one, but no more than 3 prior regimens.",
     [(PriorTherapyFact, {"therapy": "chemotherapy", "required": False, "max_lines": 1,
                          "setting": "metastatic disease"}, None),
      (PriorTherapyFact, {"therapy": "systemic therapy", "required": False, "max_lines": 2},
       "No more than 2 prior regimens"),
      (PriorTherapyFact, {"required": True, "min_lines": 1, "max_lines": 3}, None)]),
    ("condition-parkinsonism", EXC + "- Drug-induced or atypical parkinsonism",
     [(ConditionFact, {"label": "drug-induced or atypical parkinsonism"}, None)]),
    ("prior-therapy-lists", "- No prior chemotherapy or radiotherapy\n"
     "- Must have received prior chemotherapy or immunotherapy\n"
     "- Must have received prior chemotherapy and radiotherapy\n"
     "- Patients must have received no previous surgery",
     [(PriorTherapyFact, {"therapy": "chemotherapy", "required": False, "any_of": None},
       "No prior chemotherapy or radiotherapy"),
      (PriorTherapyFact, {"therapy": "radiotherapy", "required": False, "any_of": None},
       "No prior chemotherapy or radiotherapy"),
      (PriorTherapyFact, {"therapy": "chemotherapy", "required": True, "any_of": 1},
       "have received prior chemotherapy or immunotherapy"),
      (PriorTherapyFact, {"therapy": "immunotherapy", "required": True, "any_of": 1}, None),
      (PriorTherapyFact, {"therapy": "chemotherapy", "required": True, "any_of": None},
       "have received prior chemotherapy and radiotherapy"),
      (PriorTherapyFact, {"therapy": "radiotherapy", "required": True, "any_of": None}, None),
      (PriorTherapyFact, {"therapy": "surgery", "required": False}, None)]),
    ("prior-therapy-not-required-or-had", "- Advanced solid tumor that has progressed following "
     "standard therapy or for which no standard therapy exists\n"
     "- Progressed on platinum-based chemotherapy or refused chemotherapy\n"
     "- No plans to receive concurrent chemotherapy or radiotherapy\n"
     "- All adverse events of any prior chemotherapy resolved to grade 1",
     [(PriorTherapyFact, None, None)]),
    ("prior-surgery-kind", EXC + "- Previous brain tumour surgery",
     [(PriorTherapyFact, {"therapy": "brain tumour surgery", "required": False},
       "Previous brain tumour surgery")]),
    ("washout-not-stable-dose", "Patients must be on a stable dose of inhaled corticosteroids for "
     "at least 30 days prior to visit 1", [(WashoutFact, None, None)]),
    ("prior-lines-required", "Failed at least 2 prior lines of chemotherapy",
     [(PriorTherapyFact, {"therapy": "chemotherapy", "required": True, "min_lines": 2},
       "Failed at least 2 prior lines of chemotherapy")]),
    ("prior-named-excluded", EXC + "- Prior treatment with an EGFR-TKI.",
     [(PriorTherapyFact, {"therapy": "egfr-tki", "required": False},
       "Prior treatment with an EGFR-TKI")]),
    ("prior-not-an-allergy", EXC + "- Known history of hypersensitivity to dexamethasone",
     [(PriorTherapyFact, None, None)]),
    ("prior-not-what-a-condition-needed", EXC + "- History of non-infectious pneumonitis that "
     "required steroids",
     [(PriorTherapyFact, None, None)]),
    ("prior-time-limited-is-not-never", EXC + "- Prior treatment with botulinum toxin within "
     "one year of enrollment",
     [(PriorTherapyFact, None, None)]),
    ("prior-same-therapy-as-washout", EXC + "- Receipt of an investigational product within "
     "the previous 30 days or planned receipt of an investigational product during the study",
     [(WashoutFact, {"min_days": 30, "therapy": "investigational agent"}, None),
      (PriorTherapyFact, None, None)]),
    ("prior-washout-then-never-had", EXC + "- Autologous hematologic stem cell transplant within 3 "
     "months of study entry. Prior Allogeneic hematologic stem cell transplant is excluded",
     [(WashoutFact, {"therapy": "stem cell transplantation"}, None),
      (PriorTherapyFact, {"therapy": "stem cell transplantation", "required": False},
       "Prior Allogeneic hematologic stem cell transplant")]),
    ("prior-radiotherapy-site", EXC + "- Previous pelvic or abdominal radiation, cytotoxic "
     "chemotherapy",
     [(PriorTherapyFact, {"therapy": "pelvic or abdominal radiotherapy", "required": False},
       "Previous pelvic or abdominal radiation, cytotoxic chemotherapy"),
      (PriorTherapyFact, {"therapy": "cytotoxic chemotherapy", "required": False}, None)]),
    ("prior-chemotherapy-route", EXC + "- Patients treated with previous intraperitoneal "
     "chemotherapy",
     [(PriorTherapyFact, {"therapy": "intraperitoneal chemotherapy"}, None)]),
    # "systemic" narrows chemotherapy: intra-arterial (TACE), intrathecal or intravesical
    # chemotherapy is not excluded by it
    ("prior-chemotherapy-systemic", EXC + "- Prior treatment with any systemic chemotherapy",
     [(PriorTherapyFact, {"therapy": "systemic chemotherapy"}, None)]),
    ("prior-chemotherapy-non-myelosuppressive", "Inclusion Criteria:\n- At least 1 week since "
     "prior non-myelosuppressive chemotherapy\n- At least 3 weeks since prior adjuvant cytotoxic "
     "chemotherapy",
     [(WashoutFact, {"therapy": "non-myelosuppressive chemotherapy", "min_days": 7},
       "At least 1 week since prior non-myelosuppressive chemotherapy"),
      (WashoutFact, {"therapy": "adjuvant cytotoxic chemotherapy", "min_days": 21}, None)]),
    # what a class of therapy is against, for or made of narrows it
    ("prior-therapy-class-narrowed", EXC + "- Patients treated previously with anti-CD30 "
     "monoclonal antibodies\n- Previous receipt of any cytomegalovirus vaccine\n- Prior "
     "IGF1-R targeted therapy\n- Prior Bruton's tyrosine kinase inhibitor\n- Exposure to oral "
     "or IV antibiotics within 2 weeks\n- Allergen immunotherapy within 3 months\n"
     "- Whole blood transfusion within 2 months",
     [(PriorTherapyFact, {"therapy": "anti-cd30 monoclonal antibody", "required": False},
       "previously with anti-CD30 monoclonal antibodies"),
      (PriorTherapyFact, {"therapy": "cytomegalovirus vaccine", "required": False}, None),
      (PriorTherapyFact, {"therapy": "igf1-r targeted therapy", "required": False}, None),
      (PriorTherapyFact, {"therapy": "targeted therapy", "required": False}, None),
      (WashoutFact, {"therapy": "oral or iv antibiotics", "min_days": 14},
       "oral or IV antibiotics within 2 weeks"),
      (WashoutFact, {"therapy": "allergen immunotherapy", "min_days": 91.31},
       "Allergen immunotherapy within 3 months"),
      (WashoutFact, {"therapy": "whole blood transfusion", "min_days": 60.88}, None)]),
    ("prior-surgery-noun-not-a-kind", EXC + "- History of angina or coronary artery bypass "
     "surgery",
     [(PriorTherapyFact, {"therapy": "coronary artery bypass surgery"}, None)]),
    ("prior-checkpoint-inhibitor", EXC + "- Prior therapy with any anti-PD-1, anti-PD-L1, or "
     "anti-CTLA4 antibody",
     [(PriorTherapyFact, {"therapy": "anti-PD-1 therapy", "required": False},
       "Prior therapy with any anti-PD-1, anti-PD-L1, or anti-CTLA4"),
      (PriorTherapyFact, {"therapy": "anti-PD-L1 therapy", "required": False}, None),
      (PriorTherapyFact, {"therapy": "anti-CTLA-4 therapy", "required": False}, None)]),
    ("washout-live-vaccine", EXC + "- Has received a live attenuated vaccine within 30 days",
     [(WashoutFact, {"min_days": 30, "therapy": "live vaccine"}, None)]),
    ("prior-may-enroll", "Subjects who have been treated previously with a checkpoint inhibitor "
     "may enroll",
     [(PriorTherapyFact, None, None)]),
    ("prior-exception-of-a-washout", EXC + "- Radiation therapy within the last 4 weeks prior to "
     "randomization (with exception of palliative radiotherapy)",
     [(WashoutFact, {"min_days": 28, "therapy": "radiotherapy"}, None),
      (PriorTherapyFact, None, None)]),
    ("prior-inclusion-no-prior", "No prior chemotherapy, hormonal therapy or immunotherapy for "
     "the treatment of NSCLC",
     [(PriorTherapyFact, {"therapy": "chemotherapy", "required": False, "setting": "nsclc"},
       "No prior chemotherapy, hormonal therapy or immunotherapy for the treatment of NSCLC"),
      (PriorTherapyFact, {"therapy": "hormonal therapy", "required": False}, None),
      (PriorTherapyFact, {"therapy": "immunotherapy", "required": False}, None)]),
    ("prior-inclusion-must-not-have-received", "Patient must not have received prior chemotherapy "
     "or radiation for pancreatic cancer.",
     [(PriorTherapyFact, {"therapy": "chemotherapy", "required": False,
                          "setting": "pancreatic cancer"},
       "not have received prior chemotherapy or radiation for pancreatic cancer"),
      (PriorTherapyFact, {"therapy": "radiotherapy", "required": False,
                          "setting": "pancreatic cancer"}, None)]),
    ("prior-therapy-setting-in-evidence", EXC + "- Prior cytotoxic chemotherapy for metastatic "
     "prostate cancer",
     [(PriorTherapyFact, {"therapy": "cytotoxic chemotherapy",
                          "setting": "metastatic prostate cancer"},
       "Prior cytotoxic chemotherapy for metastatic prostate cancer")]),
    # a cap on prior lines: more lines exclude, none are required (unless a least is written)
    ("prior-lines-caps-read", "Inclusion Criteria:\n"
     "- No more than 2 prior chemotherapy regimens for metastatic disease\n"
     "- Must have received ≥ 1 but < 4 prior standard chemotherapy regimens\n"
     "- ≤ 1 previous line of chemotherapy\n"
     "- Antiretroviral treatment naive (≤ 10 days of prior therapy with any antiretroviral "
     "agent)\n" + EXC +
     "- More than 1 prior chemotherapy regimen for metastatic breast cancer\n"
     "- 3 or more prior lines of systemic therapy\n"
     "- Persisting toxicity of grade >2 related to prior therapy",
     [(PriorTherapyFact, {"therapy": "chemotherapy", "required": False, "max_lines": 2,
                          "setting": "metastatic disease", "min_lines": None},
       "No more than 2 prior chemotherapy regimens for metastatic disease"),
      (PriorTherapyFact, {"therapy": "chemotherapy", "required": True, "min_lines": 1,
                          "max_lines": 3}, None),
      (PriorTherapyFact, {"therapy": "chemotherapy", "required": False, "max_lines": 1}, None),
      (PriorTherapyFact, {"therapy": "chemotherapy", "required": False, "max_lines": 1,
                          "setting": "metastatic breast cancer"}, None),
      (PriorTherapyFact, {"therapy": "systemic therapy", "required": False, "max_lines": 2},
       "3 or more prior lines of systemic therapy")]),
    # a range of prior lines gives its least and its most
    ("prior-lines-range-gives-a-cap", "Inclusion Criteria:\n- Documented disease progression "
     "after 1-3 prior lines of systemic therapy",
     [(PriorTherapyFact, {"therapy": "systemic therapy", "required": True, "min_lines": 1,
                          "max_lines": 3}, None)]),
    ("prior-lines-least-and-a-cap-apart", "Inclusion Criteria:\n- All women: at least 1 prior "
     "line of chemotherapy in the adjuvant and/or metastatic setting, but not more than 2 "
     "regimens in the metastatic setting",
     [(PriorTherapyFact, {"therapy": "chemotherapy", "required": True, "min_lines": 1,
                          "max_lines": None}, None),
      (PriorTherapyFact, {"required": False, "max_lines": 2, "setting": "metastatic setting"},
       "not more than 2 regimens in the metastatic setting")]),
    # an item of a list the lexicon does not know, named by its kind of therapy, keeps the list
    # going
    ("washout-list-with-an-unknown-item", EXC + "- Prior chemotherapy, targeted small molecule "
     "therapy, or radiation therapy within 2 weeks prior to study Day 1",
     [(WashoutFact, {"therapy": "chemotherapy", "min_days": 14}, None),
      (WashoutFact, {"therapy": "targeted small molecule therapy", "min_days": 14}, None),
      (WashoutFact, {"therapy": "radiotherapy", "min_days": 14},
       "chemotherapy, targeted small molecule therapy, or radiation therapy within 2 weeks")]),
    # windows in years after a therapy, and windows written only with half-lives and a rule
    ("washout-years-and-half-lives", EXC + "- Have received electroconvulsive therapy treatment "
     "within the last 2 years\n- Spinal surgery within 1 year of study entry\n- Treatment with "
     "any investigational drug ≤ 4 weeks, or 5 half-lives of the drug, whichever is shorter\n"
     "- Participant on Coumadin and not willing to change to LMWH or oral Factor II or Xa "
     "inhibitor with half-life of less than 24 hours.",
     [(WashoutFact, {"therapy": "electroconvulsive therapy", "min_days": 730.5}, None),
      (WashoutFact, {"therapy": "spinal surgery", "min_days": 365.25}, None),
      (WashoutFact, {"therapy": "investigational agent", "min_days": 28, "half_lives": 5,
                     "rule": "shorter"}, None)]),
    ("washout-half-lives-only", EXC + "- Treatment with an investigational drug within five "
     "half-lives of the compound or any of its related material.",
     [(WashoutFact, {"therapy": "investigational agent", "min_days": None, "half_lives": 5},
       "investigational drug within five half-lives")]),
    # a therapy had less than a time ago is a washout, not a therapy never had
    ("washout-less-than-a-time-of-initiating", EXC + "- Patients who have received any cancer "
     "therapies <4 weeks or 5 half lives (whichever is shorter) of initiating study treatment\n"
     "- Prior surgery for NSCLC, if less than 5 years from study.",
     [(WashoutFact, {"therapy": "cancer therapies", "min_days": 28, "half_lives": 5,
                     "rule": "shorter"}, None),
      (PriorTherapyFact, None, None)]),
    # examples in a bracket are no part of a drug's name
    ("washout-name-without-its-examples", EXC + "- Participant has been treated with any "
     "intravesical pharmacologic agent (eg, capsaicin, resiniferatoxin) within 12 months of Day 1"
     "\n- Participants who have received a laxative (for example, lactulose) or an enema within "
     "48 hours prior to the first dose.",
     [(WashoutFact, {"therapy": "intravesical pharmacologic agent", "min_days": 365.25}, None),
      (WashoutFact, {"therapy": "laxative or an enema", "min_days": 2}, None)]),
    # what a verb's object names after a preposition is no drug: no washout of it
    ("washout-not-of-what-a-test-was-used-for", "Inclusion Criteria:\n- X-rays and/or scans used "
     "for tumor measurement to determine disease status are to be completed within 28 days of "
     "treatment Day 1.\n- All drugs used to treat MF were discontinued at least 28 days before "
     "treatment initiation.",
     [(WashoutFact, None, None)]),
    # radiation named for the harm it caused or a dose taken in is no therapy had
    ("prior-radiation-harm-is-no-therapy", EXC + "- Past medical history of ILD, drug-induced "
     "ILD, radiation pneumonitis which required steroid treatment\n- Recent history of radiation "
     "exposure which would make exposure to radiation from serial PET scans contraindicated",
     [(PriorTherapyFact, None, None), (WashoutFact, None, None)]),
    # the eye a therapy was in is part of what was had
    ("washout-in-the-study-eye", EXC + "- Cataract surgery in the study eye within 3 months of "
     "study entry\n- Intraocular surgery in either eye within the past 6 months",
     [(WashoutFact, {"therapy": "cataract surgery in the study eye", "min_days": 91.31},
       "Cataract surgery in the study eye within 3 months"),
      (WashoutFact, {"therapy": "intraocular surgery in either eye", "min_days": 182.62}, None)]),
    # the disease coming back a time after a therapy: no washout, and no therapy never had
    ("washout-not-a-relapse-interval", "Inclusion Criteria:\n- Relapse within 6 months after "
     "completion of an anthracycline or/and taxane containing chemotherapy regimen.\n- Relapse "
     "must have occurred ≥ 6 months after completion of R-chemo\n" + EXC + "- Local recurrence "
     "of NPC diagnosed within 12 months from the completion of previous course of radiation "
     "therapy",
     [(WashoutFact, None, None), (PriorTherapyFact, None, None)]),
    ("washout-not-from-progression-or-a-condition", "Inclusion Criteria:\n- received an EGFR "
     "TKI for at least 6 months and progressed on this therapy within the past 28 days\n"
     "Exclusion Criteria:\n- active infection requiring systemic therapy within 14 days prior to "
     "the first dose\n- Must not have required transfusion within 1 week of baseline\n"
     "- Major surgical procedure within 28 days prior to Day 1",
     [(WashoutFact, {"therapy": "transfusion", "min_days": 7}, None),
      (WashoutFact, {"therapy": "major surgery", "min_days": 28}, None)]),
    ("washout-named-drug", EXC + "- Participants who have received adalimumab within 27 days "
     "before the first dose\n- Treatment with SSRIs within 2 weeks of the first dose\n"
     "- Concomitant use of strong CYP3A4 inhibitors within 1 week of trial medications\n"
     "- Plasma donation within "
     "7 days prior to study drug administration\n- Any use of a bisphosphonate drug within the "
     "last 12 months\n- Have received treatment within 28 days of the first dose",
     [(WashoutFact, {"therapy": "adalimumab", "min_days": 27}, None),
      (WashoutFact, {"therapy": "ssris", "min_days": 14}, None),
      (WashoutFact, {"therapy": "strong CYP3A inhibitors", "min_days": 7}, None),
      (WashoutFact, {"therapy": "bisphosphonate drug", "min_days": 365.25}, None)]),
    ("washout-each-listed-therapy", EXC + "- Prior chemotherapy, biological therapy, hormonal "
     "therapy, targeted therapy or radiotherapy within 30 days",
     [(WashoutFact, {"therapy": t, "min_days": 30}, None) for t in (
         "chemotherapy", "biological therapy", "hormonal therapy", "targeted therapy",
         "radiotherapy")]),
    ("washout-own-period-in-a-bracket", EXC + "- Chemotherapy or radiotherapy within 4 weeks (6 "
     "weeks for nitrosoureas [e.g., carmustine] or mitomycin C) prior to entering the study\n"
     "- Myeloid growth factors within 1 week (2 weeks in the case of PEG-filgrastim)\n"
     "- Hormonal therapy within 4 weeks (24 weeks for women, 4 weeks for men)",
     [(WashoutFact, {"therapy": "chemotherapy", "min_days": 28}, None),
      (WashoutFact, {"therapy": "radiotherapy", "min_days": 28}, None),
      (WashoutFact, {"therapy": "nitrosoureas", "min_days": 42},
       "6 weeks for nitrosoureas [e.g., carmustine] or mitomycin C"),
      (WashoutFact, {"therapy": "mitomycin c", "min_days": 42}, None),
      (WashoutFact, {"therapy": "myeloid growth factors", "min_days": 7}, None),
      (WashoutFact, {"therapy": "peg-filgrastim", "min_days": 14}, None),
      (WashoutFact, {"therapy": "hormonal therapy", "min_days": 28}, None)]),
    ("washout-exception-after-what-the-window-counts-from", EXC + "- Surgery within 3 months "
     "prior to Day -1 (other than minor cosmetic surgery and minor dental surgery, as determined "
     "by the Investigator)\n- Prior chemotherapy or radiotherapy within 4 weeks prior to "
     "randomization (with the exception of palliative radiotherapy)",
     [(WashoutFact, {"therapy": "surgery", "exceptions": "minor cosmetic surgery and minor "
                     "dental surgery"}, None),
      (WashoutFact, {"therapy": "chemotherapy", "exceptions": "palliative radiotherapy"}, None),
      (WashoutFact, {"therapy": "radiotherapy", "exceptions": "palliative radiotherapy"}, None)]),
    ("washout-exception-of-a-drug-named-after-use-of", EXC + "- Use of psychotropic medications "
     "(other than benzodiazepines) within 7 days of the baseline YMRS\n- Taking any antidiabetic "
     "medication (other than insulin), within 1 month prior to screening",
     [(WashoutFact, {"therapy": "psychotropic medications", "exceptions": "benzodiazepines",
                     "min_days": 7}, None),
      (WashoutFact, {"therapy": "antidiabetic medication", "exceptions": "insulin"}, None)]),
    ("washout-either-kind-of-transplant", EXC + "- The patient underwent autologous or "
     "allogeneic stem cell transplant within 60 days prior to receiving the first dose\n"
     "- Prior allogeneic or autologous stem cell transplant;",
     [(WashoutFact, {"therapy": "stem cell transplantation", "min_days": 60},
       "autologous or allogeneic stem cell transplant within 60 days"),
      (PriorTherapyFact, {"therapy": "stem cell transplantation", "required": False}, None),
      (ConditionFact, {"label": "hematopoietic stem cell transplantation", "within_days": 60},
       None),
      (ConditionFact, {"label": "hematopoietic stem cell transplantation", "within_days": None},
       None)]),
    ("washout-during-the-last", EXC + "- Chemotherapy, radiation therapy, or other anti-tumor "
     "therapy during the last three weeks.\n- Oral or inhaled corticosteroids during the preceding "
     "2 weeks\n- Have been treated with exogenous insulin for more than 1 week within the 3 months "
     "prior to screening\n- Patients with a history of antibiotic treatment for more than 1 month "
     "within the last 6 months",
     [(WashoutFact, {"therapy": "chemotherapy", "min_days": 21}, None),
      (WashoutFact, {"therapy": "radiotherapy", "min_days": 21}, None),
      (WashoutFact, {"therapy": "anticancer therapy", "min_days": 21}, None),
      (WashoutFact, {"therapy": "oral or inhaled corticosteroids", "min_days": 14}, None)]),
    ("washout-brain-stimulation", EXC + "- ECT in the past 6 months\n- Has received "
     "electroconvulsive therapy, vagal nerve stimulation, or repetitive transcranial magnetic "
     "stimulation within 6 months prior to Screening.\n- Lifetime history of deep brain "
     "stimulation.",
     [(WashoutFact, {"therapy": "electroconvulsive therapy", "min_days": 182.62},
       "ECT in the past 6 months"),
      (WashoutFact, {"therapy": "electroconvulsive therapy", "min_days": 182.62}, None),
      (WashoutFact, {"therapy": "vagus nerve stimulation", "min_days": 182.62}, None),
      (WashoutFact, {"therapy": "transcranial magnetic stimulation", "min_days": 182.62}, None),
      (PriorTherapyFact, {"therapy": "deep brain stimulation", "required": False}, None)]),
    ("washout-long-list-reaching-the-window", EXC + "- Treatment with chemotherapy, "
     "radiotherapy, surgery, immunotherapy, biological therapy, or any other investigational "
     "anticancer agent within 4 weeks prior to start of study treatment.",
     [(WashoutFact, {"therapy": x, "min_days": 28}, None) for x in (
         "chemotherapy", "radiotherapy", "surgery", "immunotherapy", "biological therapy")]),
    ("washout-drug-after-the-last-verb", EXC + "- Currently receiving or has received "
     "stiripentol in the past 21 days prior to Screening.\n- Receipt of immunoglobulin or blood "
     "products within 60 days prior to randomization",
     [(WashoutFact, {"therapy": "stiripentol", "min_days": 21}, "received stiripentol in the past "
       "21 days"),
      (WashoutFact, {"therapy": "immunoglobulin or blood products", "min_days": 60}, None)]),
    ("washout-half-lives-past-a-bracket", EXC + "- Treatment with an investigational drug within "
     "30 days (or as determined by the local requirement, whichever is longer) or 5 half-lives "
     "preceding the first dose of study medication.",
     [(WashoutFact, {"therapy": "investigational agent", "min_days": 30, "half_lives": 5,
                     "rule": "longer"}, None)]),
    ("washout-radiotherapy-to-two-sites", EXC + "- Received radiation therapy to the abdomen or "
     "the pelvis within 1 week prior to the start\n- Prior radiotherapy to the head and neck",
     [(WashoutFact, {"therapy": "radiotherapy to the abdomen or the pelvis", "min_days": 7},
       None),
      (PriorTherapyFact, {"therapy": "radiotherapy to the head and neck", "required": False},
       None)]),
    ("washout-exception", EXC + "- Major surgery, other than diagnostic surgery, within 4 weeks\n"
     "- Systemic chemotherapy (with the exception of hydroxyurea and/or steroids) within 14 days\n"
     "- Prior immunotherapy or radiotherapy (except palliative radiotherapy) within 4 weeks\n"
     "- Glucocorticoids, except inhaled or topical, are not permitted within 3 months\n"
     "- Major surgery (excluding minor procedures, e.g. placement of vascular access) within 4 "
     "weeks\n- Chemotherapy within 3 weeks unless the patient has recovered",
     [(WashoutFact, {"therapy": "major surgery", "exceptions": "diagnostic surgery"},
       "Major surgery, other than diagnostic surgery, within 4 weeks"),
      (WashoutFact, {"therapy": "systemic chemotherapy",
                     "exceptions": "hydroxyurea and/or steroids"},
       None),
      (WashoutFact, {"therapy": "immunotherapy", "exceptions": None}, None),
      (WashoutFact, {"therapy": "radiotherapy", "exceptions": "palliative radiotherapy"}, None),
      (WashoutFact, {"therapy": "corticosteroids", "exceptions": "inhaled or topical"}, None),
      (WashoutFact, {"therapy": "major surgery", "exceptions": "minor procedures, e.g. "
                     "placement of vascular access"}, None),
      (WashoutFact, {"therapy": "chemotherapy", "min_days": 21, "exceptions": None}, None)]),
    ("washout-drug-half-lives", EXC + "- Treatment with any investigational drug or device "
     "within 60 days or 5 drug half-lives (whichever is longer)",
     [(WashoutFact, {"therapy": "investigational drug or device", "min_days": 60,
                     "half_lives": 5, "rule": "longer"}, None)]),
    ("washout-not-what-a-condition-required", EXC + "- Has asthma requiring high daily doses of "
     "inhaled corticosteroids within the 6 months prior to the Screening visit",
     [(WashoutFact, None, None), (ConditionFact, {"label": "asthma", "within_days": 182.62},
                                  None)]),
    ("washout-investigational-compound-or-device", EXC + "- Has participated in a study with an "
     "investigational compound or device within 30 days",
     [(WashoutFact, {"therapy": "investigational drug or device", "min_days": 30}, None)]),
    ("washout-not-tobacco", EXC + "- Use of any tobacco or nicotine-containing product within 6 "
     "months of screening\n- Use of nicotine replacement therapy within 30 days\n- Use of "
     "cannabis, marijuana, or THC in the last two weeks",
     [(WashoutFact, {"therapy": "nicotine replacement therapy", "min_days": 30}, None),
      (ConditionFact, {"label": "tobacco use", "within_days": 182.62}, None),
      (ConditionFact, {"label": "cannabis use", "within_days": 14}, None)]),
    ("washout-anticancer-and-device-labels", EXC + "- Use of an investigational device within "
     "30 days\n- Treatment with any anticancer therapy within 3 weeks before the first dose\n- "
     "Prior treatment with a systemic therapy within 4 weeks\n- Less than four weeks since prior "
     "systemic antineoplastic treatment",
     [(WashoutFact, {"therapy": "investigational device", "min_days": 30}, None),
      (WashoutFact, {"therapy": "anticancer therapy", "min_days": 21}, None),
      (WashoutFact, {"therapy": "systemic therapy", "min_days": 28}, None),
      (WashoutFact, {"therapy": "systemic therapy", "min_days": 28}, None)]),
    ("washout-not-an-event-or-exposure", EXC + "- at least one COPD exacerbation requiring a "
     "course of oral steroids and/or antibiotics within 1-12 months\n- History of residential "
     "exposure to tuberculosis within 4 weeks\n- Patients concurrently receiving MAOIs or who "
     "have received MAOIs within the previous two weeks",
     [(WashoutFact, {"therapy": "maois", "min_days": 14}, None)]),
    ("prior-inclusion-naive", "Steroid naïve subjects with mild asthma",
     [(PriorTherapyFact, {"therapy": "corticosteroids", "required": False}, "Steroid naïve")]),
    ("prior-inclusion-no-washout-needed", "No washout period is necessary for radiation given "
     "to any extramedullary site",
     [(PriorTherapyFact, None, None)]),
    ("prior-inclusion-not-for-a-time", "Patients with no history of taking corticosteroids for "
     "the last 6 months",
     [(PriorTherapyFact, None, None)]),
    ("prior-exception", "No prior chemotherapy except for adjuvant chemotherapy given with "
     "complete resection",
     [(PriorTherapyFact, {"therapy": "chemotherapy", "required": False,
                          "exceptions": "adjuvant chemotherapy given with complete resection"},
       "No prior chemotherapy except for adjuvant chemotherapy given with complete resection")]),
    ("prior-exception-after-examples", EXC + "- Prior treatment with anti-EGFR inhibitors (eg, "
     "cetuximab, erlotinib), unless treatment was received in the adjuvant setting",
     [(PriorTherapyFact, {"therapy": "anti-egfr inhibitors",
                          "exceptions": "treatment was received in the adjuvant setting"}, None)]),
    ("prior-growth-factor-receptor-is-not-growth-factors", "No prior vascular endothelial growth "
     "factor (VEGF) or epidermal growth factor receptor (EGFR) directed therapy",
     [(PriorTherapyFact, None, None)]),
    ("prior-setting", "No prior cytotoxic chemotherapy or targeted therapy in the advanced or "
     "metastatic setting",
     [(PriorTherapyFact, {"therapy": "cytotoxic chemotherapy", "required": False,
                          "setting": "advanced or metastatic setting"}, None),
      (PriorTherapyFact, {"therapy": "targeted therapy", "required": False,
                          "setting": "advanced or metastatic setting"}, None)]),
    ("prior-setting-required", "Progressed after one prior platinum-based chemotherapy regimen "
     "for advanced NSCLC",
     [(PriorTherapyFact, {"therapy": "platinum-based chemotherapy", "required": True,
                          "setting": "advanced nsclc"}, None)]),
    ("prior-setting-says-nothing", "Patients must have received prior chemotherapy for their "
     "disease",
     [(PriorTherapyFact, {"therapy": "chemotherapy", "setting": None}, None)]),
    ("prior-not-previously-treated", "Colorectal cancer not previously treated with "
     "chemotherapy for metastatic disease",
     [(PriorTherapyFact, {"therapy": "chemotherapy", "required": False,
                          "setting": "metastatic disease"}, None)]),
    ("prior-radiotherapy-to-a-site", "No prior radiotherapy to more than 25% of the bone marrow",
     [(PriorTherapyFact, {"therapy": "radiotherapy to more than 25% of the bone marrow",
                          "required": False},
       "No prior radiotherapy to more than 25% of the bone marrow")]),
    ("prior-number-of-regimens-is-not-never", EXC + "- More than 1 prior chemotherapy regimen for "
     "metastatic CRC",
     [(PriorTherapyFact, {"therapy": "chemotherapy", "required": False, "max_lines": 1,
                          "setting": "metastatic crc"}, None)]),
    ("washout-route-list", EXC + "- Inhaled, oral, intramuscular, intravenous, ocular, and/or "
     "dermatological corticosteroid within 8 weeks",
     [(WashoutFact, {"min_days": 56, "therapy": "inhaled, oral, intramuscular, intravenous, "
                                                "ocular, and/or dermatological corticosteroids"},
       None)]),
    ("washout-systemic-immunosuppressants", EXC + "- Has used systemic immunosuppressive therapy "
     "within 30 days prior to treatment",
     [(WashoutFact, {"min_days": 30, "therapy": "systemic immunosuppressants"}, None)]),
    ("washout-doac", EXC + "- Use of a direct oral anticoagulant (DOAC) within 7 days",
     [(WashoutFact, {"min_days": 7, "therapy": "direct oral anticoagulants"}, None)]),
    ("washout-radiotherapy-site", EXC + "- Radiotherapy to the abdomen within 4 weeks",
     [(WashoutFact, {"min_days": 28, "therapy": "radiotherapy to the abdomen"}, None)]),
    ("toxicity-inclusion", "Toxic reactions caused by previous antitumor therapy must be "
     "stabilized and restored to ≤ grade 1.",
     [(ToxicityRecoveryFact, {"max_grade": 1, "grading_system": None}, None),
      (PriorTherapyFact, None, None)]),
    ("toxicity-ctcae-version", EXC + "- Any toxic reactions have not recovered to grade 1 or "
     "below (CTCAE 5.0 version)",
     [(ToxicityRecoveryFact, {"max_grade": 1, "grading_system": "CTCAE 5.0"}, None)]),
    ("washout-since-prior-named", "Inclusion Criteria:\n"
     "- More than 14 days since prior vincristine\n"
     "- At least 10 days since prior and no concurrent CYP3A4 inducers\n"
     "- ≥ 8 weeks since the last dose of Strontium-89 or Samarium\n"
     "- Progression within 4 weeks since the last infusion of trastuzumab\n"
     "- More than 4 weeks since prior pulmonary hemorrhage",
     [(WashoutFact, {"therapy": "vincristine", "min_days": 14},
       "More than 14 days since prior vincristine"),
      (WashoutFact, {"therapy": "CYP3A inducers", "min_days": 10}, None),
      (WashoutFact, {"therapy": "strontium-89 or samarium", "min_days": 56}, None)]),
    ("prior-therapy-no-prior-named", "Inclusion Criteria:\n- No prior bevacizumab\n"
     "- No prior temozolomide or dacarbazine for stage IV disease\n"
     "- No prior use of ketoconazole for greater than 7 days\n"
     "- No prior malignancy\n- No previous history of vascular disease",
     [(PriorTherapyFact, {"therapy": "bevacizumab", "required": False}, "No prior bevacizumab"),
      (PriorTherapyFact, {"therapy": "temozolomide or dacarbazine", "required": False,
                          "setting": "stage iv disease"},
       "No prior temozolomide or dacarbazine for stage IV disease"),
      (PriorTherapyFact, {"therapy": "ketoconazole", "required": False}, None)]),
    # --- flags ------------------------------------------------------------------------------------
    # the evidence reaches the response criteria named right after; a version after a bracket
    ("measurable-evidence-with-its-criteria", "Inclusion Criteria:\n- Measurable disease as per "
     "Response Evaluation Criteria in Solid Tumors (RECIST) 1.1",
     [(MeasurableDiseaseFact, {"response_criteria": "RECIST 1.1"},
       "Measurable disease as per Response Evaluation Criteria in Solid Tumors (RECIST) 1.1")]),
    ("measurable-recist", "there must be at least one measurable lesion according to RECIST 1.1",
     [(MeasurableDiseaseFact, {"response_criteria": "RECIST 1.1"},
       "measurable lesion according to RECIST 1.1")]),
    ("measurable-defined-not-required", "Inclusion Criteria:\n"
     "- Measurable disease is defined as at least one lesion that can be accurately measured\n"
     "- 25% increase in the sum of products of all measurable lesions over smallest sum\n"
     "- Evidence of disease (not necessarily measurable disease)\n"
     "- Patients must have measurable disease or detectable disease\n"
     "- Detectable disease is defined as one who does not have measurable disease",
     [(MeasurableDiseaseFact, None, None)]),
    ("measurable-required-then-defined", "Patients must have measurable disease using RECIST. "
     "Measurable disease is defined as at least one lesion that can be accurately measured.",
     [(MeasurableDiseaseFact, {"response_criteria": "RECIST"}, "measurable disease using RECIST")]),
    ("measurable-or-evaluable", "Measurable or evaluable disease",
     [(MeasurableDiseaseFact, None, None)]),
    ("pregnancy-negative", "The serum pregnancy test results of fertile women must be negative",
     [(PregnancyTestFact, {}, "pregnancy test results of fertile women must be negative")]),
    ("pregnancy-test-negative-for", "Inclusion Criteria:\n- Female patient of childbearing "
     "potential must test negative for pregnancy and agree to use effective contraception",
     [(PregnancyTestFact, {}, "negative for pregnancy"), (ConditionFact, None, None),
      (ContraceptionFact, {}, None)]),
    ("pregnancy-positive-exclusion", EXC + "- Positive pregnancy test",
     [(PregnancyTestFact, {}, "Positive pregnancy test")]),
    ("contraception", "Agree to take effective contraceptive measures during the trial",
     [(ContraceptionFact, {}, "contraceptive")]),
    ("sex-heading-of-a-list", "Inclusion Criteria:\n- Female subjects:\n  - Not pregnant",
     [(SexFact, None, None)]),
    ("sex-sentence-ending-in-colon", "Inclusion Criteria:\n- Post-menopausal women, as verified "
     "by:\n  - amenorrhea for 12 months",
     [(SexFact, {"sex": "FEMALE"}, None)]),
    ("flag-condom", "Male subject with pregnant partner must use a condom up to 2 months after "
     "last dosing",
     [(ContraceptionFact, {}, "use a condom")]),
    ("consent-provision-of", "Inclusion Criteria:\n- Provision of informed consent prior to any "
     "study specific procedures\n- Is willing and able to provide documentation of informed "
     "consent\n- Age 18 years or older within 28 days of informed consent",
     [(ConsentFact, {}, "informed consent"), (ConsentFact, {}, "informed consent"),
      (AgeFact, {"min_years": 18}, None)]),
    ("consent", "Signed informed consent", [(ConsentFact, {}, "informed consent")]),
    # measurable disease not required, or a state some patients are in, is no requirement
    ("measurable-not-required-or-a-state", "Inclusion Criteria:\n- Radiographically or "
     "clinically evaluable tumor; however, measurable disease is not required for participation"
     "\n- Patients who have measurable disease must have had X-rays or scans within 28 days\n"
     "- Soft tissue disease which has been radiated in the prior 2 months is not assessable as "
     "measurable disease.\n- Subject must have at least 1 measureable lesion based on RECIST "
     "V1.1.",
     [(MeasurableDiseaseFact, {"response_criteria": "RECIST 1.1"},
       "measureable lesion based on RECIST V1.1")]),
    # an exemption from contraception is no requirement of it; "not of childbearing potential or
    # using contraception" still is one
    ("contraception-exemption-is-no-requirement", "Inclusion Criteria:\n- Study volunteers who "
     "are not of reproductive potential are eligible without requiring the use of a contraceptive."
     "\n- Azoospermic males and WOCBP who are continuously not heterosexually active are exempt "
     "from contraceptive requirements.\n- Females not of reproductive potential (girls who have "
     "not reached menarche, women who have been post-menopausal for at least 24 months)\n- Be of "
     "non-childbearing potential or use of an acceptable form of birth control",
     [(ContraceptionFact, {}, "birth control")]),
    # consent only named: what an illness would impede, the time an age is taken at
    ("consent-only-named", EXC + "- Any serious medical or psychiatric disorder that would "
     "interfere with subject safety or informed consent\n- Psychiatric illness that would prevent "
     "the subject from providing written informed consent\nInclusion Criteria:\n- Age at informed "
     "consent must be >=20 and <75 years\n- Signed informed consent",
     [(ConsentFact, {}, "informed consent")]),
    ("consent-at-time-obtained", "Adult men and women age 18 years or older at time informed "
     "consent is obtained.",
     [(ConsentFact, None, None), (AgeFact, {"min_years": 18}, None), (SexFact, {}, None)]),
    ("consent-as-time-anchor", "Biopsy within 1 year before signing the informed consent",
     [(ConsentFact, None, None)]),
    # --- conditions -------------------------------------------------------------------------------
    ("condition-narrower-kind", EXC + "- Symptomatic postural hypotension\n- 2nd or 3rd degree "
     "AV block\n- drug-induced pneumonitis\n- -Uncontrolled hypertension",
     [(ConditionFact, {"label": "symptomatic postural hypotension"}, None),
      (ConditionFact, {"label": "2nd or 3rd degree heart block"}, "2nd or 3rd degree AV block"),
      (ConditionFact, {"label": "drug-induced pneumonitis"}, None),
      (ConditionFact, {"label": "uncontrolled hypertension"}, "Uncontrolled hypertension")]),
    ("condition-modifier-not-inside-a-word", EXC + "- any intraventricular hemorrhage\n"
     "- psychoactive substance abuse\n- history of asymptomatic atrial fibrillation",
     [(ConditionFact, {"label": "bleeding"}, None),
      (ConditionFact, {"label": "substance abuse"}, None),
      (ConditionFact, {"label": "atrial fibrillation"}, None)]),
    ("condition-abbreviation-restates", EXC + "- Unstable congestive heart failure (CHF)\n- "
     "Severe chronic obstructive pulmonary disease (COPD)",
     [(ConditionFact, {"label": "unstable heart failure"}, None),
      (ConditionFact, {"label": "severe chronic obstructive pulmonary disease"}, None)]),
    ("condition-abbreviation-in-brackets", EXC + "- Active central nervous system (CNS) "
     "metastases\n- known gastrointestinal (GI) disease\n- Participants with asymptomatic, "
     "untreated CNS metastases were allowed",
     [(ConditionFact, {"label": "active cns metastasis"},
       "Active central nervous system (CNS) metastases"),
      (ConditionFact, {"label": "gastrointestinal disease"}, None)]),
    ("condition-window-oxford-list", EXC + "- Myocardial infarction, cerebrovascular accident, "
     "or pulmonary embolism within the past 6 months",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None),
      (ConditionFact, {"label": "stroke", "within_days": 182.62}, None),
      (ConditionFact, {"label": "pulmonary embolism", "within_days": 182.62}, None)]),
    ("condition-window-of-the-last-item", EXC + "- New York Heart Association Class III or IV "
     "cardiac disease, myocardial infarction within the past 6 months, unstable arrhythmia",
     [(ConditionFact, {"label": "nyha class iii-iv heart disease", "within_days": None}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None),
      (ConditionFact, {"label": "unstable arrhythmia", "within_days": None}, None)]),
    ("condition-window-in-another-bracket", EXC + "- unstable angina (anginal symptoms at rest) "
     "or new onset angina (began within the last 3 months)",
     [(ConditionFact, {"label": "unstable angina", "within_days": None}, None),
      (ConditionFact, {"label": "new onset angina", "within_days": 91.31}, None)]),
    ("condition-window-after-examples", EXC + "- Clinically significant cardiovascular disease "
     "(including myocardial infarction, unstable angina, symptomatic congestive heart failure) "
     "≤ 1 year before enrollment",
     [(ConditionFact, {"label": "clinically significant cardiovascular disease",
                       "within_days": 365.25}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 365.25}, None),
      (ConditionFact, {"label": "unstable angina", "within_days": 365.25}, None),
      (ConditionFact, {"label": "symptomatic heart failure", "within_days": 365.25}, None)]),
    ("condition-window-past-nested-brackets", EXC + "- History of cerebrovascular accident "
     "(including transient ischaemic attack (TIA)), pulmonary embolism or untreated deep vein "
     "thrombosis (DVT) within the past six months.",
     [(ConditionFact, {"label": "stroke", "within_days": 182.62}, None),
      (ConditionFact, {"label": "transient ischemic attack", "within_days": 182.62}, None),
      (ConditionFact, {"label": "pulmonary embolism", "within_days": 182.62}, None),
      (ConditionFact, {"label": "untreated deep vein thrombosis", "within_days": 182.62}, None)]),
    ("condition-window-bracket-before-history", EXC + "- Current or recent (< 2 years) history "
     "of pancreatitis\n- History of drug or alcohol dependency or abuse within approximately the "
     "previous 2 years\n- Substance abuse/dependence (past 4 months)",
     [(ConditionFact, {"label": "pancreatitis", "within_days": 730.5},
       "recent (< 2 years) history of pancreatitis"),
      (ConditionFact, {"label": "substance abuse", "within_days": 730.5}, None),
      (ConditionFact, {"label": "alcohol abuse", "within_days": 730.5}, None),
      (ConditionFact, {"label": "substance abuse", "within_days": 121.75},
       "Substance abuse/dependence (past 4 months")]),
    ("condition-window-past-drug-abuse", EXC + "- Has a history of alcoholism or drug "
     "dependency/abuse within the last 5 years of study start\n"
     "- History of seizure disorder, suicidal risk, alcohol or drug abuse within the past 3 months",
     [(ConditionFact, {"label": "alcohol abuse", "within_days": 1826.25}, None),
      (ConditionFact, {"label": "substance abuse", "within_days": 1826.25}, None),
      (ConditionFact, {"label": "epilepsy", "within_days": 91.31}, None),
      (ConditionFact, {"label": "suicide risk", "within_days": 91.31}, None),
      (ConditionFact, {"label": "substance abuse", "within_days": 91.31}, None),
      (ConditionFact, {"label": "alcohol abuse", "within_days": 91.31}, None)]),
    ("condition-window-not-resolved-within", EXC + "- Pneumonia or sinusitis that has not resolved "
     "within 2 weeks before screening\n- Urinary tract infection not fully resolved within 7 days "
     "prior to randomisation",
     [(ConditionFact, {"label": "pneumonia", "within_days": 14}, None),
      (ConditionFact, {"label": "sinusitis", "within_days": 14}, None),
      (ConditionFact, {"label": "urinary tract infection", "within_days": 7}, None)]),
    ("condition-window-after-examples-with-including", EXC + "- History of cerebrovascular "
     "accident including transient ischemic attack within the past 6 months\n- Active heart "
     "disease including myocardial infarction within previous 3 months, symptomatic coronary "
     "artery disease",
     [(ConditionFact, {"label": "stroke", "within_days": 182.62}, None),
      (ConditionFact, {"label": "transient ischemic attack", "within_days": 182.62}, None),
      (ConditionFact, {"label": "active heart disease", "within_days": None}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 91.31}, None),
      (ConditionFact, {"label": "symptomatic coronary artery disease"}, None)]),
    ("condition-window-lead-in-list", EXC + "- Within 1 year before the screening visit, any of "
     "the following: myocardial infarction; unstable angina; syncope",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 365.25}, None),
      (ConditionFact, {"label": "unstable angina", "within_days": 365.25}, None),
      (ConditionFact, {"label": "syncope", "within_days": 365.25}, None)]),
    ("condition-window-header-any-of-the-following", EXC + "- Any of the following "
     "cardiovascular (CV)/Vascular Diseases within 3 months of the enrollment visit\n"
     "    - Myocardial infarction\n    - Unstable angina",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 91.31}, None),
      (ConditionFact, {"label": "unstable angina", "within_days": 91.31}, None)]),
    ("condition-window-lead-in-following-semicolon", EXC + "- History of any of the followings "
     "within the past 6 months; ischemic heart disease (e.g. angina pectoris, myocardial "
     "infarction), peripheral vascular disease",
     [(ConditionFact, {"label": "coronary artery disease", "within_days": 182.62}, None),
      (ConditionFact, {"label": "angina", "within_days": 182.62}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None),
      (ConditionFact, {"label": "peripheral arterial disease", "within_days": 182.62}, None)]),
    ("condition-required-population", "Inclusion Criteria:\n- Patients with type 2 diabetes "
     "mellitus\n- Women with metastatic breast cancer\n- Patients with moderate to high disease "
     "activity\n- Patients with diabetes must be on a stable regimen\n- Participants with "
     "concurrent diabetes mellitus or CKD: SBP ≥ 130 mmHg",
     [(ConditionFact, {"label": "type 2 diabetes", "role": "required"}, None),
      (ConditionFact, {"label": "metastatic breast cancer", "role": "required"}, None)]),
    ("condition-grade-of-comparator", EXC + "- Baseline neuropathy of ≥ grade 2.",
     [(ConditionFact, {"label": "peripheral neuropathy", "qualifier": "≥ grade 2"},
       "neuropathy of ≥ grade 2")]),
    ("condition-grade-before", EXC + "- Grade 2 or greater peripheral neuropathy\n- Subjects "
     "with > grade 1 neuropathy at baseline\n- History of ≥ Grade 3 hypersensitivity reaction",
     [(ConditionFact, {"label": "peripheral neuropathy", "qualifier": "grade 2 or greater"},
       "Grade 2 or greater peripheral neuropathy"),
      (ConditionFact, {"label": "peripheral neuropathy", "qualifier": "> grade 1"}, None),
      (ConditionFact, {"label": "hypersensitivity", "qualifier": "≥ grade 3"}, None)]),
    ("condition-exclusion-hiv", EXC + "- HIV infection;",
     [(ConditionFact, {"label": "hiv infection", "role": "excluded"}, "HIV infection")]),
    ("condition-no-active-infection", "No obvious active infection.",
     [(ConditionFact, {"label": "active infection", "role": "excluded"}, "active infection")]),
    ("condition-coordinated", "No severe lung or kidney disease",
     [(ConditionFact, {"label": "severe lung disease"}, "severe lung or kidney disease"),
      (ConditionFact, {"label": "severe kidney disease"}, "severe lung or kidney disease")]),
    ("condition-no-in-list", "left ventricular ejection fraction (LVEF) >= 50%, and no severe "
     "arrhythmia;",
     [(ConditionFact, {"label": "severe arrhythmia"}, "severe arrhythmia"),
      (LabThresholdFact, {"value": 50}, None)]),
    ("condition-infection-of-any-kind", EXC + "- Active infection of any kind.\n- Hepatitis B "
     "co-infection",
     [(ConditionFact, {"label": "active infection", "role": "excluded"}, "Active infection"),
      (ConditionFact, {"label": "hepatitis b", "role": "excluded"}, "Hepatitis B")]),
    ("condition-allowance-of-these-conditions", EXC + "- Symptomatic ascites or pleural "
     "effusion. A patient who is clinically stable following treatment for these conditions is "
     "eligible.",
     [(ConditionFact, {"label": "symptomatic ascites", "exceptions": "a patient who is clinically "
                       "stable following treatment for these conditions is eligible"}, None),
      (ConditionFact, {"label": "symptomatic pleural effusion", "exceptions": "a patient who is "
                       "clinically stable following treatment for these conditions is eligible"},
       None)]),
    ("condition-lexicon-rows-2026-12-06b", EXC + "- Moderate or severe aortic or mitral "
     "stenosis\n- AIDS-related lymphoma\n- Concomitant primary sclerosing cholangitis (PSC)\n- "
     "Has a primary central nervous system tumor\n- Laboratory TLS\n- Hemophilia\n- ADHD "
     "RS-IV total score > 28",
     [(ConditionFact, {"label": "moderate or severe aortic valve stenosis"}, None),
      (ConditionFact, {"label": "moderate or severe mitral valve stenosis"}, None),
      (ConditionFact, {"label": "aids-related lymphoma"}, None),
      (ConditionFact, {"label": "concomitant primary sclerosing cholangitis"}, None),
      (ConditionFact, {"label": "primary cns neoplasm"}, None),
      (ConditionFact, {"label": "tumor lysis syndrome"}, None),
      (ConditionFact, {"label": "hemophilia"}, None)]),
    ("condition-previously-undiagnosed", EXC + "- Unstable or previously undiagnosed "
     "arrhythmia",
     [(ConditionFact, {"label": "unstable or previously undiagnosed arrhythmia"}, None)]),
    ("condition-cardiomyopathy-kinds", EXC + "- Restrictive cardiomyopathy, obstructive "
     "cardiomyopathy, pericardial disease, amyloidosis, infiltrative cardiomyopathy\n- "
     "Constrictive pericarditis",
     [(ConditionFact, {"label": "restrictive cardiomyopathy"}, None),
      (ConditionFact, {"label": "obstructive cardiomyopathy"}, None),
      (ConditionFact, {"label": "amyloidosis"}, None),
      (ConditionFact, {"label": "infiltrative cardiomyopathy"}, None),
      (ConditionFact, {"label": "constrictive pericarditis"}, None)]),
    ("condition-lexicon-rows-2026-12-06c", EXC + "- Dyspnea at rest\n- Hypoxemia\n- History of "
     "traumatic brain injury\n- Nasal polyposis\n- Rapidly enlarging uterine fibroids\n- Severe "
     "hearing loss\n- Color blindness",
     [(ConditionFact, {"label": "dyspnea"}, None),
      (ConditionFact, {"label": "hypoxemia"}, None),
      (ConditionFact, {"label": "traumatic brain injury"}, None),
      (ConditionFact, {"label": "nasal polyps"}, None),
      (ConditionFact, {"label": "uterine fibroid"}, None),
      (ConditionFact, {"label": "severe hearing loss"}, None)]),
    ("condition-cancer-stage", EXC + "- Stage IV melanoma\n- History of stage III or IV breast "
     "cancer\n- Unresected stage IIIB to IV melanoma",
     [(ConditionFact, {"label": "stage iv melanoma"}, "Stage IV melanoma"),
      (ConditionFact, {"label": "stage iii-iv breast cancer"}, None),
      (ConditionFact, {"label": "stage iiib-iv melanoma"}, None)]),
    ("condition-serious-medical-or-psychiatric", EXC + "- Serious medical or psychiatric "
     "illness\n- Severe central nervous system, pulmonary, or renal disease\n- Any medical "
     "condition, seizure disorder or substance abuse",
     [(ConditionFact, {"label": "serious disease"}, None),
      (ConditionFact, {"label": "serious psychiatric disorder"}, None),
      (ConditionFact, {"label": "severe central nervous system disease"}, None),
      (ConditionFact, {"label": "severe lung disease"}, None),
      (ConditionFact, {"label": "severe kidney disease"}, None),
      (ConditionFact, {"label": "epilepsy"}, None),
      (ConditionFact, {"label": "substance abuse"}, None)]),
    ("condition-qualifier-what-it-does", EXC + "- Any concomitant disease that interferes with "
     "study procedures or evaluation\n- Conditions/concomitant diseases precluding their safe "
     "participation in this study\n- Any concomitant illness that is likely to prevent the "
     "subject from complying",
     [(ConditionFact, {"label": "intercurrent illness", "qualifier": "that interferes with study "
                       "procedures or evaluation"}, None),
      (ConditionFact, {"label": "intercurrent illness", "qualifier": "precluding their safe "
                       "participation in this study"}, None),
      (ConditionFact, {"label": "intercurrent illness", "qualifier": "that is likely to prevent "
                       "the subject from complying"}, None)]),
    ("condition-qualifier-aside-after-modal", EXC + "- Any serious medical or psychiatric illness "
     "that could, in the investigator's opinion, potentially interfere with the completion of "
     "treatment according to this protocol\n- Current active infection that would, in the "
     "opinion of the investigator, compromise the participant's ability to tolerate therapy",
     [(ConditionFact, {"label": "serious disease", "qualifier": "that could, in the investigator's "
                       "opinion, potentially interfere with the completion of treatment "
                       "according to this protocol"}, None),
      (ConditionFact, {"label": "serious psychiatric disorder"}, None),
      (ConditionFact, {"label": "current active infection", "qualifier": "that would, in the "
                       "opinion of the investigator, compromise the participant's ability to "
                       "tolerate therapy"}, None)]),
    ("condition-serious-medical-condition-opens-no-list", EXC + "- A serious medical condition, "
     "seizure disorder, or history of substance abuse",
     [(ConditionFact, {"label": "serious disease"}, None),
      (ConditionFact, {"label": "epilepsy"}, None),
      (ConditionFact, {"label": "substance abuse"}, None)]),
    ("condition-cardiovascular-head-examples", EXC + "- Evidence of current uncontrolled "
     "cardiovascular conditions, including cardiac arrhythmias, congestive heart failure, angina",
     [(ConditionFact, {"label": "current uncontrolled cardiovascular disease"}, None),
      (ConditionFact, {"label": "current uncontrolled arrhythmia"}, None),
      (ConditionFact, {"label": "current uncontrolled heart failure"}, None),
      (ConditionFact, {"label": "current uncontrolled angina"}, None)]),
    ("condition-uncontrollable", EXC + "- Uncontrollable active infections",
     [(ConditionFact, {"label": "uncontrolled active infection"},
       "Uncontrollable active infections")]),
    ("condition-pregnant-lactating", EXC + "- Pregnant (or lactating) women;",
     [(ConditionFact, {"label": "pregnancy"}, "Pregnant"),
      (ConditionFact, {"label": "lactation"}, "lactating")]),
    ("condition-infection-of-virus", EXC + "- Active infection of hepatitis B virus or hepatitis "
     "C virus;",
     [(ConditionFact, {"label": "active hepatitis b"}, None),
      (ConditionFact, {"label": "active hepatitis c"}, None)]),
    ("condition-exception-before-window", EXC + "- History of another malignancy other than "
     "basal cell carcinoma of the skin, within the last 5 years.",
     [(ConditionFact, {"label": "other malignancy", "within_days": 1826.25,
                       "exceptions": "basal cell carcinoma of the skin"}, None)]),
    ("condition-except-scope", EXC + "- Other malignancy except for basal cell carcinoma",
     [(ConditionFact, {"label": "other malignancy", "exceptions": "basal cell carcinoma"},
       "Other malignancy except for basal cell carcinoma")]),
    ("condition-exception-names-an-earlier-condition", EXC + "- History or clinical evidence of "
     "central nervous system (CNS) metastases or leptomeningeal carcinomatosis, except for "
     "individuals who have previously-treated CNS metastases, are asymptomatic",
     [(ConditionFact, {"label": "cns metastasis", "exceptions": "individuals who have "
                       "previously-treated cns metastases, are asymptomatic"}, None),
      (ConditionFact, {"label": "leptomeningeal disease", "exceptions": None}, None)]),
    ("condition-exception-names-it-again-in-the-plural", EXC + "- History of central nervous "
     "system (CNS) metastasis or leptomeningeal carcinomatosis, except for individuals who have "
     "previously-treated CNS metastases",
     [(ConditionFact, {"label": "cns metastasis", "exceptions": "individuals who have "
                       "previously-treated cns metastases"}, None),
      (ConditionFact, {"label": "leptomeningeal disease", "exceptions": None}, None)]),
    ("condition-exception-names-the-first-of-a-list", EXC + "- Any history of seizure, epilepsy, "
     "or other convulsive disorder, with the exception of febrile seizures in childhood.",
     [(ConditionFact, {"label": "seizure", "exceptions": "febrile seizures in childhood"}, None),
      (ConditionFact, {"label": "epilepsy", "exceptions": None}, None)]),
    ("condition-other-than-narrows-the-nearest", EXC + "- Patients with other forms of psoriasis "
     "and patients who are currently treated for autoimmune disorders other than psoriasis.",
     [(ConditionFact, {"label": "other psoriasis", "exceptions": None}, None),
      (ConditionFact, {"label": "autoimmune disease", "exceptions": "psoriasis"}, None)]),
    ("condition-exception-after-window", EXC + "- History of malignancy within 5 years before "
     "screening (with the exception of a nonmelanoma skin cancer that has been treated)",
     [(ConditionFact, {"label": "malignancy", "within_days": 1826.25,
                       "exceptions": "a nonmelanoma skin cancer that has been treated"}, None)]),
    ("condition-exception-inclusion", "- No other malignancy within the past 5 years except "
     "adequately treated basal cell carcinoma",
     [(ConditionFact, {"label": "other malignancy",
                       "exceptions": "adequately treated basal cell carcinoma"}, None)]),
    ("condition-cancer-history", EXC + "- A history of cancer within the last 5 years, except "
     "basal cell carcinoma of the skin",
     [(ConditionFact, {"label": "malignancy", "within_days": 1826.25,
                       "exceptions": "basal cell carcinoma of the skin"}, None)]),
    ("condition-window-at-most", EXC + "- History of malignancy <=5 years prior to signing "
     "informed consent; myocardial infarction less than or equal to 12 months before day 1",
     [(ConditionFact, {"label": "malignancy", "within_days": 1826.25}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 365.25}, None)]),
    ("condition-cancer-keeps-organ", EXC + "- History of breast cancer",
     [(ConditionFact, {"label": "breast cancer"}, "breast cancer")]),
    ("condition-cancer-not-institute-or-drug", EXC + "- Grade 3 neuropathy per the National "
     "Cancer Institute criteria, or any anti-cancer therapy within 4 weeks",
     [(ConditionFact, {"label": "peripheral neuropathy"}, None)]),
    ("condition-cancer-therapy-for-disease", EXC + "- More than two lines of chemotherapy for "
     "advanced or metastatic breast cancer",
     [(ConditionFact, None, None)]),
    ("condition-cancer-of-a-relative", EXC + "- Breast cancer in a first-degree relative",
     [(ConditionFact, None, None)]),
    ("condition-unrelated-to", EXC + "- Severe medical problems unrelated to the malignancy",
     [(ConditionFact, {"label": "severe disease", "qualifier": "unrelated to the malignancy"},
       "Severe medical problems unrelated to the malignancy")]),
    ("condition-exception-list-after-colon", EXC + "- Prior malignancy within 5 years, with the "
     "following exceptions: adequately treated skin cancer, localized bladder cancer",
     [(ConditionFact, {"label": "other malignancy", "within_days": 1826.25,
                       "exceptions": "adequately treated skin cancer, localized bladder cancer"},
       None)]),
    ("condition-exception-lettered-list", EXC + "- Malignancy within 3 years with the exception "
     "of a) localized thyroid cancer or prostate cancer; b) carcinoma in situ",
     [(ConditionFact, {"label": "malignancy"}, None)]),
    ("condition-specific-is-no-condition", EXC + "- Received HIV-specific immunizations within 6 "
     "months",
     [(ConditionFact, None, None)]),
    ("condition-with-exception-of", EXC + "- Active hepatic disease (with exception of patients "
     "with Gilbert's syndrome or liver metastases)",
     [(ConditionFact, {"label": "active liver disease"}, None)]),
    ("condition-exception-of-another", EXC + "- HIV infection, or hepatitis B other than "
     "resolved infection",
     [(ConditionFact, {"label": "hiv infection", "exceptions": None}, "HIV infection"),
      (ConditionFact, {"label": "hepatitis b", "exceptions": "resolved infection"}, None)]),
    ("condition-exception-cue-across-line-break", EXC + "- Solid organ transplantation other\n"
     "      than kidney",
     [(ConditionFact, {"label": "organ transplantation", "exceptions": "kidney"}, None)]),
    # comorbidities beyond oncology, from the bulk registry texts
    ("condition-rheumatology", EXC + "- Reactive arthritis, rheumatoid arthritis, psoriatic "
     "arthritis or systemic lupus erythematosus",
     [(ConditionFact, {"label": "reactive arthritis"}, "Reactive arthritis"),
      (ConditionFact, {"label": "rheumatoid arthritis"}, "rheumatoid arthritis"),
      (ConditionFact, {"label": "psoriatic arthritis"}, "psoriatic arthritis"),
      (ConditionFact, {"label": "systemic lupus erythematosus"}, "systemic lupus erythematosus")]),
    ("condition-psychiatric-diagnoses", EXC + "- History of panic disorder, post-traumatic "
     "stress disorder (PTSD) or anorexia nervosa",
     [(ConditionFact, {"label": "panic disorder"}, None),
      (ConditionFact, {"label": "post-traumatic stress disorder"}, None),
      (ConditionFact, {"label": "anorexia nervosa"}, "anorexia nervosa")]),
    ("condition-lexicon-rows-2026-12-06", EXC + "- Suicide attempt in the previous 6 months\n"
     "- Significant risk of suicide\n- Alzheimer's disease\n- Bleeding diseases",
     [(ConditionFact, {"label": "suicide attempt", "within_days": 182.62}, None),
      (ConditionFact, {"label": "significant suicide risk"}, None),
      (ConditionFact, {"label": "alzheimer disease"}, None),
      (ConditionFact, {"label": "bleeding disorder"}, "Bleeding diseases")]),
    ("condition-site-kinds-2026-12-06", EXC + "- Known history of prior intracranial bleeding\n"
     "- Latent tuberculosis\n- Metastatic breast cancer\n"
     "- Participants with treated non-metastatic prostate cancer",
     [(ConditionFact, {"label": "intracranial bleeding"}, None),
      (ConditionFact, {"label": "latent tuberculosis"}, None),
      (ConditionFact, {"label": "metastatic breast cancer"}, None),
      (ConditionFact, {"label": "non-metastatic prostate cancer"}, None)]),
    ("condition-long-organ-list", EXC + "- Presence of clinically significant cardiovascular, "
     "endocrine, hematopoietic, hepatic, neurologic, psychiatric, or renal disease\n"
     "- Active non-controlled infection",
     [(ConditionFact, {"label": "clinically significant cardiovascular disease"}, None),
      (ConditionFact, {"label": "clinically significant endocrine disease"}, None),
      (ConditionFact, {"label": "clinically significant liver disease"}, None),
      (ConditionFact, {"label": "clinically significant neurological disorder"}, None),
      (ConditionFact, {"label": "clinically significant psychiatric disorder"}, None),
      (ConditionFact, {"label": "clinically significant kidney disease"}, None),
      (ConditionFact, {"label": "active non-controlled infection"}, None)]),
    ("condition-heart-block", EXC + "- Second-degree AV block or Parkinson's disease\n"
     "- Presence of complete heart block\n- History of sustained cardiac arrhythmias\n"
     "- Frequent angina",
     [(ConditionFact, {"label": "second-degree heart block"}, "Second-degree AV block"),
      (ConditionFact, {"label": "parkinson disease"}, "Parkinson's disease"),
      (ConditionFact, {"label": "complete heart block"}, "complete heart block"),
      (ConditionFact, {"label": "sustained arrhythmia"}, "sustained cardiac arrhythmias"),
      (ConditionFact, {"label": "frequent angina"}, "Frequent angina")]),
    ("condition-not-a-malignancy", EXC + "- History of neuroleptic malignant syndrome",
     [(ConditionFact, {"label": "neuroleptic malignant syndrome"}, None)]),
    ("condition-scale-and-lab-names", EXC + "- MDS-UPDRS part III score above 40, or lupus "
     "anticoagulant present",
     [(ConditionFact, None, None)]),
    ("condition-family-history-list", EXC + "- A strong family history of inflammatory "
     "disorders, including but not limited to, type I diabetes mellitus, multiple sclerosis, "
     "Crohn's disease, rheumatoid arthritis",
     [(ConditionFact, None, None)]),
    ("condition-family-then-own-history", EXC + "- Family history of congenital long QT "
     "syndrome, or known history of stroke",
     [(ConditionFact, {"label": "stroke"}, "stroke")]),
    ("condition-personal-or-family-history", EXC + "- Personal or family history of medullary "
     "thyroid cancer or multiple endocrine neoplasia",
     [(ConditionFact, {"label": "medullary thyroid carcinoma"}, None),
      (ConditionFact, {"label": "multiple endocrine neoplasia"}, None)]),
    ("condition-active-bleeding", EXC + "- Active bleeding or known history of bleeding diathesis",
     [(ConditionFact, {"label": "active bleeding"}, "Active bleeding"),
      (ConditionFact, {"label": "bleeding disorder"}, None)]),
    ("condition-alternative-modifiers", EXC + "- Known acute or chronic hepatitis B",
     [(ConditionFact, {"label": "acute or chronic hepatitis b"}, "acute or chronic hepatitis B")]),
    ("condition-alternative-modifiers-as-written", EXC + "- Symptomatic or poorly controlled "
     "arrhythmia",
     [(ConditionFact, {"label": "symptomatic or poorly controlled arrhythmia"}, None)]),
    ("condition-window-past-month", EXC + "- Serious infection within the past month",
     [(ConditionFact, {"label": "serious infection", "within_days": 30.44}, None)]),
    ("condition-nyha-tilde", EXC + "- Congestive heart failure (NYHA class III~IV)",
     [(ConditionFact, {"label": "nyha class iii-iv heart failure"}, None)]),
    ("condition-allowance-in-a-note", EXC + "- Current diagnosis of acute hepatitis due to any "
     "cause (note: participants with chronic hepatitis B or C may enter the study)",
     [(ConditionFact, {"label": "acute hepatitis"}, "acute hepatitis")]),
    ("condition-allowance-in-a-bracket", EXC + "- Uncontrolled hypertension, or uncontrolled "
     "diabetes (however subjects can be included who have stable hypertension)",
     [(ConditionFact, {"label": "uncontrolled hypertension"}, None),
      (ConditionFact, {"label": "uncontrolled diabetes mellitus"}, None)]),
    ("condition-qualifier-requiring", EXC + "- History of arrhythmias requiring medication",
     [(ConditionFact, {"label": "arrhythmia", "qualifier": "requiring medication"},
       "arrhythmias requiring medication")]),
    ("condition-qualifier-grade", EXC + "- Peripheral neuropathy of Grade 2 or greater.",
     [(ConditionFact, {"label": "peripheral neuropathy", "qualifier": "grade 2 or greater"},
       "Peripheral neuropathy of Grade 2 or greater")]),
    ("condition-qualifier-would", EXC + "- Any psychiatric disorder that would preclude giving "
     "informed consent",
     [(ConditionFact, {"label": "psychiatric disorder",
                       "qualifier": "that would preclude giving informed consent"}, None)]),
    ("condition-qualifier-compared-grade-after", EXC + "- Peripheral neuropathy ≥ Grade 2\n"
     "- Active clinically serious infection > CTCAE Grade 2",
     [(ConditionFact, {"label": "peripheral neuropathy", "qualifier": "≥ grade 2"},
       "Peripheral neuropathy ≥ Grade 2"),
      (ConditionFact, {"label": "active clinically serious infection",
                       "qualifier": "> ctcae grade 2"}, None)]),
    ("condition-qualifier-opinion-aside", EXC + "- Substance abuse that, in the opinion of the "
     "investigator, would interfere with adherence to study requirements",
     [(ConditionFact, {"label": "substance abuse", "qualifier": "that, in the opinion of the "
                       "investigator, would interfere with adherence to study requirements"},
       None)]),
    ("condition-site-and-kind-words", EXC + "- Recurrent ventricular arrhythmias\n"
     "- History of variceal bleeding or portal hypertension\n"
     "- Inadequately controlled hypertension\n- Hypertrophic obstructive cardiomyopathy\n"
     "- Clinically significant diabetic neuropathy\n"
     "- Patients not treated according to local tuberculosis guidelines\n"
     "- History of unexplained syncope",
     [(ConditionFact, {"label": "recurrent ventricular arrhythmia"}, None),
      (ConditionFact, {"label": "variceal bleeding"}, "variceal bleeding"),
      (ConditionFact, {"label": "portal hypertension"}, None),
      (ConditionFact, {"label": "inadequately controlled hypertension"}, None),
      (ConditionFact, {"label": "hypertrophic obstructive cardiomyopathy"}, None),
      (ConditionFact, {"label": "clinically significant diabetic peripheral neuropathy"},
       None),
      (ConditionFact, {"label": "unexplained syncope"}, None)]),
    ("condition-more-comorbidities", EXC + "- Porphyria\n- Hyperkalemia or hypomagnesemia\n"
     "- History of torsades de pointes\n- Severe gastroparesis\n- Known G6PD deficiency\n"
     "- Hypertensive encephalopathy\n- Oesophageal or gastric varices",
     [(ConditionFact, {"label": "porphyria"}, "Porphyria"),
      (ConditionFact, {"label": "hyperkalemia"}, None),
      (ConditionFact, {"label": "hypomagnesemia"}, None),
      (ConditionFact, {"label": "torsades de pointes"}, None),
      (ConditionFact, {"label": "severe gastroparesis"}, None),
      (ConditionFact, {"label": "glucose-6-phosphate dehydrogenase deficiency"}, None),
      (ConditionFact, {"label": "hypertensive encephalopathy"}, None),
      (ConditionFact, {"label": "esophageal varices"}, None),
      (ConditionFact, {"label": "gastric varices"}, None)]),
    ("condition-not-a-procedure-or-a-drug-effect", EXC + "- Cataract surgery within 3 months\n"
     "- Aneurysm clips or other metal implants\n"
     "- Any concomitant medication that may cause torsades de pointes\n"
     "- QTc prolonging agents associated with torsade de pointes",
     [(ConditionFact, None, None)]),
    ("condition-qualifier-after-a-bracketed-plural", EXC + "- Uncontrolled active infection(s) "
     "requiring intravenous antibiotics;\n- Presence of any significant central nervous system or "
     "psychiatric disorder(s) that would hamper the patient's compliance",
     [(ConditionFact, {"label": "uncontrolled active infection",
                       "qualifier": "requiring intravenous antibiotics"}, None),
      (ConditionFact, {"label": "significant central nervous system disease",
                       "qualifier": "that would hamper the patient's compliance"}, None),
      (ConditionFact, {"label": "significant psychiatric disorder",
                       "qualifier": "that would hamper the patient's compliance"}, None)]),
    ("condition-pair-shares-what-both-need", EXC + "- Asthma or chronic obstructive pulmonary "
     "disease requiring systemic steroids\n- Unstable angina or angina requiring surgical or "
     "medical intervention",
     [(ConditionFact, {"label": "asthma", "qualifier": "requiring systemic steroids"}, None),
      (ConditionFact, {"label": "chronic obstructive pulmonary disease",
                       "qualifier": "requiring systemic steroids"}, None),
      (ConditionFact, {"label": "unstable angina", "qualifier": None}, None),
      (ConditionFact, {"label": "angina", "qualifier": "requiring surgical or medical "
                       "intervention"}, None)]),
    ("condition-a-wish-is-no-pregnancy", EXC + "- The patient is pregnant or intends to become "
     "pregnant during the study or is lactating.\n- Plans to become pregnant in the next 18 "
     "months\n- Current or planned pregnancy in upcoming 12 months\n- Planning a pregnancy",
     [(ConditionFact, {"label": "pregnancy"}, "pregnant"),
      (ConditionFact, {"label": "lactation"}, None),
      (ConditionFact, {"label": "pregnancy"}, "pregnancy")]),
    ("condition-not-what-a-drug-causes-or-another-person-has", EXC + "- Active tuberculosis or "
     "known exposure to a person with active tuberculosis\n"
     "- Concomitant drugs that cause QT prolongation\n- Disorders that cause bleeding",
     [(ConditionFact, {"label": "active tuberculosis"}, "Active tuberculosis")]),
    ("condition-lab-state-is-no-subgroup", EXC + "- Patients with hypercalcemia (corrected "
     "calcium of more than 11 mg/dl)",
     [(ConditionFact, {"label": "hypercalcemia"}, None),
      (LabThresholdFact, {"analyte": "calcium", "comparator": ">", "value": 11, "subgroup": []},
       None)]),
    ("condition-modifier-of-infection-with", EXC + "- Known active infection with HIV, hepatitis "
     "B, or hepatitis C\n- Ocular allergies",
     [(ConditionFact, {"label": "active hiv infection"}, None),
      (ConditionFact, {"label": "active hepatitis b"}, None),
      (ConditionFact, {"label": "active hepatitis c"}, None),
      (ConditionFact, {"label": "ocular hypersensitivity"}, None)]),
    ("condition-narrow-labels", EXC + "- Uncontrolled hypothyroidism or hyperthyroidism\n"
     "- Upper respiratory tract infection\n- Cushing's disease",
     [(ConditionFact, {"label": "uncontrolled hypothyroidism"}, None),
      (ConditionFact, {"label": "uncontrolled hyperthyroidism"}, None),
      (ConditionFact, {"label": "upper respiratory tract infection"}, None),
      (ConditionFact, {"label": "cushing disease"}, None)]),
    ("condition-qualifier-stops-at-verb", EXC + "- Autoimmune disorders requiring these "
     "therapies are also excluded",
     [(ConditionFact, {"label": "autoimmune disease", "qualifier": "requiring these therapies"},
       None)]),
    ("condition-what-a-medication-affects", EXC + "- Use of other medications that may affect "
     "allergic rhinitis or its symptoms",
     [(ConditionFact, None, None)]),
    ("condition-what-a-therapy-treats", EXC + "- Thrombectomy or use of a fibrinolytic agent to "
     "treat the current episode of DVT",
     [(ConditionFact, None, None)]),
    ("condition-the-qualifying-disease", EXC + "- Planned radiotherapy or surgical procedures for "
     "the qualifying malignancy",
     [(ConditionFact, None, None)]),
    ("condition-but-not-limited-to", EXC + "- Uncontrolled intercurrent illness including, but "
     "not limited to, active infection or unstable angina",
     [(ConditionFact, {"label": "uncontrolled intercurrent illness"}, None),
      (ConditionFact, {"label": "active infection"}, None),
      (ConditionFact, {"label": "unstable angina"}, None)]),
    ("condition-window-across-a-line-break", EXC + "- History of myocardial infarction\n"
     "  within the last 6 months",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None)]),
    ("condition-window-not-across-any-time", EXC + "- Transient ischemic attack at any time, or "
     "coronary artery disease < 6 months before screening",
     [(ConditionFact, {"label": "transient ischemic attack", "within_days": None}, None),
      (ConditionFact, {"label": "coronary artery disease", "within_days": 182.62}, None)]),
    ("condition-window-of-an-example", EXC + "- Unstable ischemic heart disease including a "
     "myocardial infarction within six months",
     [(ConditionFact, {"label": "unstable coronary artery disease", "within_days": None}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None)]),
    ("flag-positive-test-variants", EXC + "- Has a positive or inconclusive pregnancy test at "
     "Visit 1\n- Positive serum or urine pregnancy test at screening",
     [(PregnancyTestFact, {}, "positive or inconclusive pregnancy test"),
      (PregnancyTestFact, {}, "Positive serum or urine pregnancy test")]),
    ("condition-with-or-without-no-exception", EXC + "- HIV infection with or without AIDS",
     [(ConditionFact, {"label": "hiv infection", "exceptions": None}, "HIV infection")]),
    ("condition-apheresis", "It is possible to establish venous access, and there is no other "
     "blood cell separation contraindication;",
     [(ConditionFact, {"label": "other contraindication to apheresis"},
       "other blood cell separation contraindication")]),
    ("condition-postfix-negative", "HIV negative",
     [(ConditionFact, {"label": "hiv infection", "role": "excluded"}, "HIV negative")]),
    ("condition-with-or-without", EXC + "- Clinically significant cirrhosis with or without "
     "portal hypertension",
     [(ConditionFact, {"label": "clinically significant cirrhosis"}, None)]),
    ("condition-with-or-without-in-inclusion", "Diagnosis of plaque-type psoriasis (with or "
     "without psoriatic arthritis) for at least 6 months",
     [(ConditionFact, {"label": "plaque-type psoriasis", "role": "required"}, None)]),
    ("condition-lexicon-comorbidities", EXC + "- Patients with paroxysmal nocturnal "
     "hemoglobinuria or Fanconi anemia\n- Serious non-healing wound, ulcer, or bone fracture\n"
     "- Plasma cell leukemia, POEMS syndrome or Waldenstrom's macroglobulinemia\n"
     "- History of status epilepticus\n- PML-RARA positive acute promyelocytic leukemia",
     [(ConditionFact, {"label": "paroxysmal nocturnal hemoglobinuria"}, None),
      (ConditionFact, {"label": "fanconi anemia"}, "Fanconi anemia"),
      (ConditionFact, {"label": "serious non-healing wound"}, "Serious non-healing wound"),
      (ConditionFact, {"label": "serious bone fracture"}, None),
      (ConditionFact, {"label": "plasma cell leukemia"}, None),
      (ConditionFact, {"label": "poems syndrome"}, None),
      (ConditionFact, {"label": "waldenstrom macroglobulinemia"}, None),
      (ConditionFact, {"label": "status epilepticus"}, "status epilepticus"),
      (ConditionFact, {"label": "acute promyelocytic leukemia"}, None)]),
    ("condition-dependent-unresolved", EXC + "- Transfusion-dependent thrombocytopenia\n"
     "- Unresolved diarrhea\n- Oxygen-dependent lung disease",
     [(ConditionFact, {"label": "transfusion-dependent thrombocytopenia"}, None),
      (ConditionFact, {"label": "unresolved diarrhea"}, "Unresolved diarrhea"),
      (ConditionFact, {"label": "oxygen-dependent lung disease"}, None)]),
    ("condition-lexicon-cardiac-and-neuro", EXC + "- Have cardiogenic shock\n- Have had cardiac "
     "arrest within 1 week of entry\n- History of tardive dyskinesia\n- Primary ciliary "
     "dyskinesia\n- Mental retardation (IQ <75)\n- Known hypereosinophilic syndrome",
     [(ConditionFact, {"label": "cardiogenic shock"}, "cardiogenic shock"),
      (ConditionFact, {"label": "cardiac arrest", "within_days": 7}, None),
      (ConditionFact, {"label": "tardive dyskinesia"}, None),
      (ConditionFact, {"label": "primary ciliary dyskinesia"}, None),
      (ConditionFact, {"label": "intellectual disability", "qualifier": "iq <75"},
       "Mental retardation (IQ <75)"),
      (ConditionFact, {"label": "hypereosinophilic syndrome"}, None)]),
    # the age a disease began at is no age of the participant
    ("age-at-onset-is-no-age", "Inclusion Criteria:\n- Age 18 to 65 years\n- The participant has a "
     "diagnosis of migraine with onset at ≤50 years of age.\n- Age at onset between 25~70 years.",
     [(AgeFact, {"min_years": 18, "max_years": 65}, None)]),
    # a window written as a bound right after a condition or its list; not a life expectancy, a
    # time after childbirth, an age, a frequency, nor another clause's
    ("condition-window-as-a-bound", EXC + "- MI ≤ 6 months, CVA or TIA < 12 months\n- Unstable "
     "angina, symptomatic CHF, MI ≤ 6 months, serious uncontrolled cardiac arrhythmia\n- Other "
     "malignancies < 3 years, with the exception of basal cell carcinoma\n- Severe concurrent "
     "illness with life expectancy <6 months\n- Patient is pregnant, lactating , or less than 6 "
     "months postpartum\n- Have an active or untreated malignancy or have been in remission from a "
     "clinically significant malignancy for less than 5 years",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, "MI ≤ 6 months"),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, "MI ≤ 6 months"),
      (ConditionFact, {"label": "unstable angina", "within_days": None}, None),
      (ConditionFact, {"label": "symptomatic heart failure", "within_days": None}, None),
      (ConditionFact, {"label": "serious uncontrolled arrhythmia", "within_days": None}, None),
      (ConditionFact, {"label": "stroke", "within_days": 365.25}, None),
      (ConditionFact, {"label": "transient ischemic attack", "within_days": 365.25}, None),
      (ConditionFact, {"label": "other malignancy", "within_days": 1095.75}, None),
      (ConditionFact, {"label": "severe intercurrent illness", "within_days": None}, None),
      (ConditionFact, {"label": "pregnancy", "within_days": None}, None),
      (ConditionFact, {"label": "lactation", "within_days": None}, None),
      (ConditionFact, {"label": "active or untreated malignancy", "within_days": None}, None),
      (ConditionFact, {"label": "clinically significant malignancy", "within_days": 1826.25},
       None)]),
    # the items under an allergy to "the following" are its agents; the header names none
    ("condition-allergy-agents-listed-below", EXC + "- The patient has a known hypersensitivity or "
     "contraindication to any of the following medications:\n  - Heparin, pork or pork products"
     "\n  - Aspirin\n  - Stainless steel and/or\n  - Contrast media;\n- Any contraindication to "
     "one or more of the following drugs, according to the applicable labeling:\n  - Midazolam",
     [(ConditionFact, {"label": "hypersensitivity to heparin, pork or pork products",
                       "role": "excluded"}, "Heparin, pork or pork products"),
      (ConditionFact, {"label": "hypersensitivity to aspirin"}, "Aspirin"),
      (ConditionFact, {"label": "hypersensitivity to stainless steel"}, "Stainless steel"),
      (ConditionFact, {"label": "hypersensitivity to contrast media"}, "Contrast media"),
      (ConditionFact, {"label": "contraindication to midazolam"}, "Midazolam")]),
    ("condition-allergy-list-and-kinds", EXC + "- History of hypersensitivity or idiosyncratic "
     "reaction to amide-type local anesthetics.\n- Known allergies, hypersensitivity, intolerance "
     "or contraindications to esketamine or ketamine\n- Has a history of hypoglycemia unawareness"
     "\n- DSM IV Axis II diagnosis of borderline or antisocial personality disorder.",
     [(ConditionFact, {"label": "hypersensitivity to amide-type local anesthetics"}, None),
      (ConditionFact, {"label": "hypersensitivity to esketamine or ketamine"}, None),
      (ConditionFact, {"label": "hypoglycemia unawareness"}, "hypoglycemia unawareness"),
      (ConditionFact, {"label": "borderline personality disorder"}, None),
      (ConditionFact, {"label": "antisocial personality disorder"}, None)]),
    ("condition-window-lead-in-in-evidence", EXC + "- Within the last 3 months prior to "
     "screening: history of myocardial infarction, unstable angina",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 91.31}, "Within the last 3 "
       "months prior to screening: history of myocardial infarction"),
      (ConditionFact, {"label": "unstable angina", "within_days": 91.31}, None)]),
    ("condition-window-between-commas", EXC + "- Subject has a history, within three years, of "
     "drug abuse (including benzodiazepines, opioids)",
     [(ConditionFact, {"label": "substance abuse", "within_days": 1095.75},
       "history, within three years, of drug abuse")]),
    ("condition-transplants-and-thrombotic-events", EXC + "- History of solid organ or "
     "hematopoietic cell transplantation.\n- History of thrombotic event within last year",
     [(ConditionFact, {"label": "organ transplantation"}, None),
      (ConditionFact, {"label": "hematopoietic stem cell transplantation"}, None),
      (ConditionFact, {"label": "thromboembolism", "within_days": 365.25},
       "thrombotic event within last year")]),
    ("condition-required-bare-diagnosis", "Inclusion Criteria:\n- Stage III or IV pancreatic "
     "cancer\n- Extensive stage small cell lung cancer\n- Biopsy-proven prostate cancer.\n"
     "- Locally advanced or metastatic disease\n- Stage IV disease",
     [(ConditionFact, {"label": "stage iii or iv pancreatic cancer", "role": "required"}, None),
      (ConditionFact, {"label": "extensive stage small cell lung cancer", "role": "required"},
       None),
      (ConditionFact, {"label": "prostate cancer", "role": "required"}, "prostate cancer")]),
    ("condition-sensitivity-intolerance-contraindication", EXC + "- History of sensitivity to "
     "heparin\n- Any contraindication to aspirin or warfarin.\n- Is intolerant to bortezomib\n"
     "- History of hypersensitivity, intolerance, or contraindication to eszopiclone\n"
     "- Contraindication to any one of the following: bupivacaine, oxycodone, or morphine.\n"
     "- Having any contraindication for the performance of an MRI, such as metal implants\n"
     "- Test with a sensitivity of 90%\n- Known contraindications\n"
     "- Known sensitivity to E. coli derived products.\n"
     "- Known allergy to C. difficile toxoid vaccine",
     [(ConditionFact, {"label": "hypersensitivity to heparin"}, None),
      (ConditionFact, {"label": "contraindication to aspirin or warfarin"}, None),
      (ConditionFact, {"label": "intolerance to bortezomib"}, None),
      (ConditionFact, {"label": "hypersensitivity to eszopiclone"}, None),
      (ConditionFact, {"label": "contraindication to bupivacaine, oxycodone, or morphine"}, None),
      (ConditionFact, {"label": "contraindication to performance of an mri"}, None),
      (ConditionFact, {"label": "hypersensitivity to e. coli derived products"}, None),
      (ConditionFact, {"label": "hypersensitivity to c. difficile toxoid vaccine"}, None)]),
    ("condition-more-kinds", EXC + "- History of an immunosuppressive condition.\n"
     "- Propensity for bleeding\n- Patients being treated for severe auto immune disease\n"
     "- Patient has a serious untreated or undertreated psychiatric illness\n"
     "- Patient has a progressive or degenerative neurological disorder\n"
     "- Organic mental disorder",
     [(ConditionFact, {"label": "immunodeficiency"}, None),
      (ConditionFact, {"label": "bleeding disorder"}, "Propensity for bleeding"),
      (ConditionFact, {"label": "severe autoimmune disease"}, None),
      (ConditionFact, {"label": "serious untreated or undertreated psychiatric disorder"}, None),
      (ConditionFact, {"label": "progressive or degenerative neurological disorder"}, None),
      (ConditionFact, {"label": "organic psychiatric disorder"}, None)]),
    ("condition-contraindication-treatment-with", EXC + "- No contraindications to treatment "
     "with calcitonin\n- Hypocalcemia (contraindication to calcitonin)",
     [(ConditionFact, {"label": "contraindication to calcitonin"}, None),
      (ConditionFact, {"label": "hypocalcemia"}, "Hypocalcemia")]),
    ("condition-severity-said-again", EXC + "- History of uncontrolled sleep apnea, renal "
     "insufficiency, anemia, uncontrolled systemic hypertension\n- Uncontrolled diabetes or "
     "peptic ulcer disease which is uncontrolled by medical management",
     [(ConditionFact, {"label": "uncontrolled sleep apnea"}, None),
      (ConditionFact, {"label": "renal impairment"}, None),
      (ConditionFact, {"label": "anemia"}, None),
      (ConditionFact, {"label": "uncontrolled systemic hypertension"}, None),
      (ConditionFact, {"label": "uncontrolled diabetes mellitus"}, None),
      (ConditionFact, {"label": "uncontrolled peptic ulcer"}, None)]),
    ("condition-hepatitis-a-and-infection-with", EXC + "- Patients with known HIV or active "
     "hepatitis A, B, or C infection.\n- Documented laboratory diagnosis of infection with HIV-1",
     [(ConditionFact, {"label": "hiv infection"}, None),
      (ConditionFact, {"label": "active hepatitis a"}, None),
      (ConditionFact, {"label": "active hepatitis b"}, None),
      (ConditionFact, {"label": "active hepatitis c"}, None),
      (ConditionFact, {"label": "hiv-1 infection"}, "HIV-1")]),
    ("condition-postfix-state", EXC + "- History of syncope without an explainable or treated "
     "cause\n- Participant is known to have diabetes that is poorly controlled.\n- Cognitive "
     "impairment sufficient to impair the ability to consent\n- Known additional malignancy that "
     "is progressing or requires active treatment",
     [(ConditionFact, {"label": "syncope", "qualifier": "without an explainable or treated cause"},
       None),
      (ConditionFact, {"label": "diabetes mellitus", "qualifier": "that is poorly controlled"},
       None),
      (ConditionFact, {"label": "cognitive impairment",
                       "qualifier": "sufficient to impair the ability to consent"}, None),
      (ConditionFact, {"label": "other malignancy",
                       "qualifier": "that is progressing or requires active treatment"}, None)]),
    ("condition-familial-sided-obstructive", EXC + "- History of any familial bleeding disorder\n"
     "- Known obstructive sleep apnea\n- History of left-sided heart disease.\n"
     "- Personal history of non-familial medullary thyroid carcinoma",
     [(ConditionFact, {"label": "familial bleeding disorder"}, None),
      (ConditionFact, {"label": "obstructive sleep apnea"}, None),
      (ConditionFact, {"label": "left-sided heart disease"}, None),
      (ConditionFact, {"label": "medullary thyroid carcinoma"}, None)]),
    ("condition-own-disease-kept-as-written", "Inclusion Criteria:\n- Histologically confirmed "
     "stage IIIB/IV NSCLC\nExclusion Criteria:\n- Has predominantly squamous cell histology "
     "NSCLC.\n- Active hepatitis B",
     [(ConditionFact, {"role": "required"}, None),
      (ConditionFact, {"label": "active hepatitis b", "role": "excluded"}, None)]),
    ("condition-own-disease-negated-is-not-it", "Inclusion Criteria:\n- Histologically verified "
     "non-ocular melanoma\nExclusion Criteria:\n- Ocular melanoma",
     [(ConditionFact, {"role": "required"}, None),
      (ConditionFact, {"label": "ocular melanoma", "role": "excluded"}, None)]),
    ("condition-own-disease-named-in-exclusion", "Inclusion Criteria:\n- Diagnosis of asthma\n"
     "Exclusion Criteria:\n- Subjects who have ever received treatment with biological based "
     "therapy example, omalizumab, mepolizumab, for asthma.\n"
     "- History of life-threatening asthma requiring intubation\n- Diabetes mellitus",
     [(ConditionFact, {"label": "asthma", "role": "required"}, None),
      (ConditionFact, {"label": "life-threatening asthma", "role": "excluded",
                       "qualifier": "requiring intubation"}, None),
      (ConditionFact, {"label": "diabetes mellitus", "role": "excluded"}, None)]),
    ("condition-malignant-kind", EXC + "- History of malignant hypertension\n"
     "- Malignant pleural effusion\n- History of malignant tumors within 5 years",
     [(ConditionFact, {"label": "malignant hypertension"}, "malignant hypertension"),
      (ConditionFact, {"label": "malignant pleural effusion"}, None),
      (ConditionFact, {"label": "malignancy", "within_days": 1826.25}, None)]),
    ("condition-of-partner", EXC + "- Men with pregnant or lactating partners",
     [(ConditionFact, None, None)]),
    ("condition-if-not", "HIV infection if not previously documented must be confirmed",
     [(ConditionFact, None, None)]),
    ("condition-not-consumption", EXC + "- Consume more than 1 alcoholic beverage per day",
     [(ConditionFact, None, None)]),
    ("condition-not-from-inclusion", "Patients with hypertension are eligible",
     [(ConditionFact, None, None)]),
    ("condition-required-diagnosis", "Diagnosis of recurrent/refractory neuroblastoma.",
     [(ConditionFact, {"label": "recurrent/refractory neuroblastoma", "role": "required"},
       "recurrent/refractory neuroblastoma")]),
    ("condition-required-confirmation-of", "Inclusion Criteria:\n- Histological or cytological "
     "confirmation of adenocarcinoma of the rectum\n- Histologically confirmed diagnosis by "
     "pathologic review\n- Squamous cell carcinoma of the head and neck with histologic proof "
     "of disease",
     [(ConditionFact, {"label": "adenocarcinoma of the rectum", "role": "required"},
       "adenocarcinoma of the rectum")]),
    # a specific condition is not read as its generic head word (hand-checked sample 2026-12-05)
    ("condition-pulmonary-hypertension", EXC + "- Pulmonary hypertension or lung fibrosis",
     [(ConditionFact, {"label": "pulmonary hypertension"}, "Pulmonary hypertension"),
      (ConditionFact, {"label": "pulmonary fibrosis"}, "lung fibrosis")]),
    ("condition-diabetic-retinopathy", EXC + "- Untreated proliferative diabetic retinopathy",
     [(ConditionFact, {"label": "untreated proliferative diabetic retinopathy"},
       "Untreated proliferative diabetic retinopathy")]),
    ("condition-end-stage-renal", EXC + "- End-stage renal disease",
     [(ConditionFact, {"label": "end-stage renal disease"}, "End-stage renal disease")]),
    ("condition-narrow-angle-glaucoma", EXC + "- Narrow-angle glaucoma",
     [(ConditionFact, {"label": "narrow-angle glaucoma"}, "Narrow-angle glaucoma")]),
    ("condition-intracranial-hemorrhage", EXC + "- History of intracranial haemorrhage\n- Prior "
     "intracerebral hemorrhage\n- Ocular melanoma\n- Eosinophilic esophagitis",
     [(ConditionFact, {"label": "intracranial hemorrhage"}, None),
      (ConditionFact, {"label": "intracerebral hemorrhage"}, None),
      (ConditionFact, {"label": "ocular melanoma"}, None),
      (ConditionFact, {"label": "eosinophilic esophagitis"}, None)]),
    # --- conditions: qualifiers kept, context not read as a condition had ----------------------
    ("condition-qualifier-goes-on-after-or", EXC + "- Angina requiring medical or surgical "
     "intervention\n- History of pneumonitis that required steroids or current pneumonitis\n"
     "- Cardiac arrhythmia requiring intervention or change in drug therapy during the last "
     "year",
     [(ConditionFact, {"label": "angina",
                       "qualifier": "requiring medical or surgical intervention"},
       "Angina requiring medical or surgical intervention"),
      (ConditionFact, {"label": "pneumonitis", "qualifier": "that required steroids"},
       "pneumonitis that required steroids"),
      (ConditionFact, {"label": "current pneumonitis"}, "current pneumonitis"),
      (ConditionFact, {"label": "arrhythmia", "within_days": 365.25,
                       "qualifier": "requiring intervention or change in drug therapy"}, None)]),
    ("condition-header-denies-and-times-its-list", "Inclusion Criteria:\n"
     "- No history of any of the following within the past 6 months:\n"
     "    - Myocardial infarction\n    - Unstable angina\n"
     "- No uncontrolled cardiovascular disease, including any of the following:\n"
     "    - Cardiac arrhythmia\n    - LVEF < 45%\n"
     "- No evidence of leukemia, as indicated by the following criteria:\n"
     "    - Absolute neutrophil count ≥ 1,000/mm^3\n"
     "Exclusion Criteria:\n- Any of the following within 3 months of Visit 1:\n    - Stroke\n",
     [(ConditionFact, {"label": "myocardial infarction", "role": "excluded",
                       "within_days": 182.62}, "Myocardial infarction"),
      (ConditionFact, {"label": "unstable angina", "within_days": 182.62}, "Unstable angina"),
      (ConditionFact, {"label": "uncontrolled cardiovascular disease"}, None),
      (ConditionFact, {"label": "arrhythmia", "role": "excluded", "within_days": None},
       "Cardiac arrhythmia"),
      (ConditionFact, {"label": "stroke", "within_days": 91.31}, "Stroke"),
      (ConditionFact, {"label": "leukemia", "role": "excluded"}, "leukemia"),
      (LabThresholdFact, {"analyte": "left ventricular ejection fraction", "comparator": ">="},
       "LVEF < 45%"),
      (LabThresholdFact, {"analyte": "absolute neutrophil count", "comparator": ">="}, None)]),
    ("condition-diabetic-coma", EXC + "- Subject has a history of diabetic coma or precoma.",
     [(ConditionFact, {"label": "diabetic coma"}, "diabetic coma")]),
    ("condition-examples-share-head-modifier", EXC + "- Uncontrolled intercurrent illness "
     "including, but not limited to, ongoing or active infection, symptomatic congestive heart "
     "failure, unstable angina pectoris, cardiac arrhythmia, myocardial infarction within 6 "
     "months, or psychiatric illness/social situations that would limit compliance with study "
     "requirements",
     [(ConditionFact, {"label": "uncontrolled intercurrent illness"}, None),
      (ConditionFact, {"label": "ongoing or active infection"}, None),
      (ConditionFact, {"label": "symptomatic heart failure"}, None),
      (ConditionFact, {"label": "unstable angina"}, "unstable angina pectoris"),
      (ConditionFact, {"label": "uncontrolled arrhythmia"}, "Uncontrolled intercurrent illness "
       "including, but not limited to, ongoing or active infection, symptomatic congestive heart "
       "failure, unstable angina pectoris, cardiac arrhythmia"),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None),
      (ConditionFact, {"label": "uncontrolled psychiatric disorder",
                       "qualifier": "that would limit compliance with study requirements"},
       None)]),
    ("condition-does-not-include", EXC + "- Autoimmune disease (does not include thyroid disease "
     "or vitiligo).",
     [(ConditionFact, {"label": "autoimmune disease",
                       "exceptions": "thyroid disease or vitiligo"},
       "Autoimmune disease (does not include thyroid disease or vitiligo")]),
    ("condition-life-threatening-gi-bleed", EXC + "- Any unstable or life threatening cardiac "
     "arrhythmia\n- GI bleed within the past 6 months\n"
     "- Recent history of upper gastrointestinal bleeding\n- Vascular dementia",
     [(ConditionFact, {"label": "unstable or life threatening arrhythmia"},
       "unstable or life threatening cardiac arrhythmia"),
      (ConditionFact, {"label": "gastrointestinal bleeding", "within_days": 182.62},
       "GI bleed within the past 6 months"),
      (ConditionFact, {"label": "recent gastrointestinal bleeding"},
       "Recent history of upper gastrointestinal bleeding"),
      (ConditionFact, {"label": "vascular dementia"}, "Vascular dementia")]),
    ("condition-window-over-surgery-item", EXC + "- Stroke, major surgery, or other major tissue "
     "injury within 4 weeks before study entry\n"
     "- Severe infection or major surgery within 4 weeks prior to randomization\n"
     "- Congestive heart failure, major surgery within 4 weeks prior to randomization\n"
     "- Hypertension, surgery for brain metastases within 4 weeks",
     [(ConditionFact, {"label": "stroke", "within_days": 28},
       "Stroke, major surgery, or other major tissue injury within 4 weeks"),
      (ConditionFact, {"label": "severe infection", "within_days": 28},
       "Severe infection or major surgery within 4 weeks"),
      (ConditionFact, {"label": "heart failure", "within_days": None}, "Congestive heart failure"),
      (ConditionFact, {"label": "hypertension", "within_days": None}, "Hypertension")]),
    ("condition-other-besides-own", "Inclusion Criteria:\n- No other active malignancy\n"
     "- No other autoimmune diseases\nExclusion Criteria:\n"
     "- Any other hemorrhage/bleeding event within 4 weeks\n"
     "- Known active bacterial, viral, fungal, or other infection\n"
     "- HIV or other immunodeficiency",
     [(ConditionFact, {"label": "other active malignancy", "role": "excluded"},
       "other active malignancy"),
      (ConditionFact, {"label": "other autoimmune disease"}, "other autoimmune diseases"),
      (ConditionFact, {"label": "other bleeding", "within_days": 28},
       "other hemorrhage/bleeding event within 4 weeks"),
      (ConditionFact, {"label": "infection"}, "infection"),
      (ConditionFact, {"label": "hiv infection"}, "HIV"),
      (ConditionFact, {"label": "immunodeficiency"}, "immunodeficiency")]),
    ("condition-nyha-before", EXC + "- New York Heart Association Class III or IV congestive heart "
     "failure at enrolment",
     [(ConditionFact, {"label": "nyha class iii-iv heart failure"},
       "New York Heart Association Class III or IV congestive heart failure")]),
    ("condition-nyha-after", EXC + "- Severe heart failure (NYHA class 3 or 4)",
     [(ConditionFact, {"label": "nyha class iii-iv severe heart failure"},
       "Severe heart failure (NYHA class 3 or 4)")]),
    ("condition-nyha-alone", EXC + "- NYHA class II-IV",
     [(ConditionFact, {"label": "nyha class ii-iv heart failure"}, "NYHA class II-IV")]),
    ("condition-class-ranges", EXC + "- Patients with class II heart failure or worse, per New "
     "York Heart Association (NYHA) classification\n- Unstable angina, congestive heart failure "
     "[NYHA > class II]\n- Subjects with Child-Pugh Class B or C cirrhosis\n- Chronic kidney "
     "disease stage ≥4\n- Stage II chronic obstructive pulmonary disease (COPD) or worse\n"
     "- Grade 3 or 4 heart failure\n- Have NYHA Class IV congestive heart failure (CHF)\n"
     "- Congestive heart failure (NYHA III or IV) or myocardial infarction",
     [(ConditionFact, {"label": "nyha class ii-iv heart failure"}, "class II heart failure"),
      (ConditionFact, {"label": "unstable angina"}, "Unstable angina"),
      (ConditionFact, {"label": "nyha class iii-iv heart failure"},
       "congestive heart failure [NYHA > class II]"),
      (ConditionFact, {"label": "child-pugh class b-c cirrhosis"},
       "Child-Pugh Class B or C cirrhosis"),
      (ConditionFact, {"label": "stage 4-5 chronic kidney disease"},
       "Chronic kidney disease stage ≥4"),
      (ConditionFact, {"label": "stage 2-4 chronic obstructive pulmonary disease"},
       "Stage II chronic obstructive pulmonary disease"),
      (ConditionFact, {"label": "heart failure", "qualifier": "grade 3 or 4"},
       "Grade 3 or 4 heart failure"),
      (ConditionFact, {"label": "nyha class iv heart failure"},
       "NYHA Class IV congestive heart failure"),
      (ConditionFact, {"label": "nyha class iii-iv heart failure"},
       "Congestive heart failure (NYHA III or IV)"),
      (ConditionFact, {"label": "myocardial infarction"}, "myocardial infarction")]),
    ("condition-topic-then-patients-with", EXC + "- Asthma: Subjects with a current diagnosis of "
     "asthma.\n- Patients with impaired hepatic function\n- Liver function: subjects with liver "
     "metastasis\n- ALT ≤ 5 × ULN",
     [(ConditionFact, {"label": "asthma"}, "asthma"),
      (ConditionFact, {"label": "hepatic impairment"}, "impaired hepatic function"),
      (LabThresholdFact, {"analyte": "ALT", "subgroup": ["liver metastasis"]}, None)]),
    ("condition-topic-heading", EXC + "- Drug/alcohol abuse: Subjects with a known or suspected "
     "history of alcohol or drug abuse within the last 2 years.\n- Cardiac disease: Congestive "
     "heart failure > class II NYHA.\n- Unstable liver disease: ALT > 2 × ULN (stable chronic "
     "liver disease is allowed)\n- Congenital or acquired immunodeficiency including: HIV "
     "infection\n- Uncontrolled bacterial infection Note: infection is permitted if treated",
     [(ConditionFact, {"label": "substance abuse", "within_days": 730.5}, None),
      (ConditionFact, {"label": "alcohol abuse", "within_days": 730.5}, None),
      (ConditionFact, {"label": "nyha class iii-iv heart failure"}, None),
      (ConditionFact, {"label": "unstable liver disease",
                       "exceptions": "stable chronic liver disease is allowed"},
       "Unstable liver disease: ALT > 2 × ULN (stable chronic liver disease is allowed)"),
      (ConditionFact, {"label": "immunodeficiency"}, None),
      (ConditionFact, {"label": "hiv infection"}, None),
      (ConditionFact, {"label": "uncontrolled bacterial infection"}, None)]),
    ("condition-not-allowed-is-no-allowance", EXC + "- HIV infection is not allowed\n- Patients "
     "who are pregnant or breast-feeding will not be eligible.\n- Prior malignancy is allowed\n"
     "- Brain metastases are not exclusionary",
     [(ConditionFact, {"label": "hiv infection"}, "HIV infection"),
      (ConditionFact, {"label": "pregnancy"}, "pregnant"),
      (ConditionFact, {"label": "lactation"}, "breast-feeding")]),
    ("condition-window-wordings", EXC + "- Myocardial infarction over preceding year\n"
     "- Current or recent history (within 4 weeks prior to Screening) of a clinically "
     "significant bacterial infection\n- Anorexia/bulimia in past two months",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 365.25}, None),
      (ConditionFact, {"label": "clinically significant bacterial infection",
                       "within_days": 28}, None),
      (ConditionFact, {"label": "anorexia nervosa", "within_days": 60.88}, None),
      (ConditionFact, {"label": "bulimia nervosa", "within_days": 60.88}, None)]),
    ("condition-narrow-labels-cardiac-hepatic-dialysis", EXC + "- Acute coronary syndrome or "
     "angina in the past 6 months\n- Known hepatic failure\n- Peritoneal dialysis (hemodialysis "
     "is allowed)",
     [(ConditionFact, {"label": "acute coronary syndrome", "within_days": 182.62}, None),
      (ConditionFact, {"label": "angina", "within_days": 182.62}, None),
      (ConditionFact, {"label": "hepatic failure"}, "hepatic failure"),
      (ConditionFact, {"label": "peritoneal dialysis"}, "Peritoneal dialysis")]),
    ("condition-allergy-word-pairs", EXC + "- Known hypersensitivity or contraindications to oral "
     "misoprostol.\n- Known sensitivity, allergy, or contraindication to anesthetics\n"
     "- Allergies or intolerance to egg, wheat, milk, or algae",
     [(ConditionFact, {"label": "hypersensitivity to oral misoprostol"}, None),
      (ConditionFact, {"label": "hypersensitivity to anesthetics"}, None),
      (ConditionFact, {"label": "hypersensitivity to egg, wheat, milk, or algae"}, None)]),
    # concurrent, concomitant, infectious, compensated, unrepaired, cyanotic narrow a condition;
    # "haemorrhagic or thromboembolic event" names both events
    ("condition-more-narrowing-words", EXC + "- Concurrent heart failure\n- Infectious arthritis\n"
     "- Compensated cirrhosis\n- Unrepaired cyanotic congenital heart disease\n- History of "
     "severe haemorrhagic or thromboembolic event in the past 12 months",
     [(ConditionFact, {"label": "concurrent heart failure"}, None),
      (ConditionFact, {"label": "infectious arthritis"}, None),
      (ConditionFact, {"label": "compensated cirrhosis"}, None),
      (ConditionFact, {"label": "unrepaired cyanotic congenital heart disease"}, None),
      (ConditionFact, {"label": "severe bleeding", "within_days": 365.25}, None),
      (ConditionFact, {"label": "severe thromboembolism", "within_days": 365.25}, None)]),
    # another person's condition, or a behaviour's risk of one, is no condition of the participant
    ("condition-of-a-partner-or-a-risk", EXC + "- Sexual contact with an HIV infected person "
     "within the past 6 months\n- High-risk behaviour for HIV infection within 6 months\n- HIV "
     "infection",
     [(ConditionFact, {"label": "hiv infection"}, "HIV infection")]),
    # an inclusion that opens with a list of diseases requires one of them, with the list's words
    ("required-list-of-diseases", "Inclusion Criteria:\n- Relapsed or refractory CLL, NHL or MM\n"
     "- Schizophrenia or bipolar disorder of any type\n- Pregnant or nursing women are ineligible",
     [(ConditionFact, {"label": "relapsed or refractory chronic lymphocytic leukemia",
                       "role": "required", "any_of": 1}, None),
      (ConditionFact, {"label": "relapsed or refractory non-hodgkin lymphoma", "role": "required",
                       "any_of": 1}, None),
      (ConditionFact, {"label": "schizophrenia", "any_of": 1}, None),
      (ConditionFact, {"label": "bipolar disorder", "any_of": 1}, None)]),
    # relapsed, refractory, non-measurable narrow a condition, required or excluded
    ("condition-relapsed-refractory-kinds", "Inclusion Criteria:\n- Relapsed or refractory NHL\n"
     + EXC + "- Have refractory ventricular arrhythmias\n- has nonmeasurable multiple myeloma.",
     [(ConditionFact, {"label": "relapsed or refractory non-hodgkin lymphoma",
                       "role": "required"}, "Relapsed or refractory NHL"),
      (ConditionFact, {"label": "refractory ventricular arrhythmia", "role": "excluded"}, None),
      (ConditionFact, {"label": "nonmeasurable multiple myeloma", "role": "excluded"}, None)]),
    # kinds coordinated before one head are one diagnosis; a bracket may stand after "diagnosed"
    ("required-kinds-before-one-head", "Inclusion Criteria:\n- Histologically confirmed "
     "diagnosis of epithelial ovarian, fallopian tube, or primary peritoneal carcinoma;\n"
     "- Subjects diagnosed (clinically) with type 2 diabetes mellitus prior to day of screening\n"
     "- Patients must have a diagnosis of relapsed/refractory AML, ALL or acute leukemia of "
     "ambiguous lineage",
     [(ConditionFact, {"label": "epithelial ovarian, fallopian tube, or primary peritoneal "
                                "carcinoma", "role": "required"}, None),
      (ConditionFact, {"label": "type 2 diabetes", "role": "required"}, None),
      (ConditionFact, {"label": "relapsed/refractory acute myeloid leukemia",
                       "role": "required"}, None)]),
    # criteria met for a diagnosis require it; not criteria met for measurability, nor ones not
    # met
    ("required-criteria-met-for", "Inclusion Criteria:\n- meet the DSM-IV criteria for "
     "schizophrenia as confirmed by modified SCID\n- Satisfies the 1987 ACR Revised Criteria for "
     "Rheumatoid Arthritis\n- Subject meets DSM-IV-TR criteria for a primary diagnosis of ADHD\n"
     "- Presence of evaluable disease (lesions that do not fulfil the criteria for metastatic "
     "disease)\n- Meeting the criteria for measurable disease according to RECIST",
     [(ConditionFact, {"label": "schizophrenia", "role": "required"}, "schizophrenia"),
      (ConditionFact, {"label": "rheumatoid arthritis", "role": "required"}, None),
      (ConditionFact, {"label": "attention deficit hyperactivity disorder", "role": "required"},
       "ADHD")]),
    ("required-not-an-exception", "- Serum bilirubin ≤ 2 × ULN (except for patients with a "
     "confirmed diagnosis of Gilbert's disease)\n- In good health (except for the diagnosis of "
     "schizophrenia)",
     [(ConditionFact, {"label": "schizophrenia", "role": "required"}, None)]),
    ("condition-not-risk-factors-for", EXC + "- History of additional risk factors for Torsades "
     "de Pointes (such as heart failure, hypokalemia)",
     [(ConditionFact, {"label": "heart failure"}, None),
      (ConditionFact, {"label": "hypokalemia"}, None)]),
    ("condition-induced-kind", EXC + "- History of heparin-induced thrombocytopenia\n"
     "- Steroid-induced psychosis",
     [(ConditionFact, {"label": "heparin-induced thrombocytopenia"}, None),
      (ConditionFact, {"label": "steroid-induced psychosis"}, None)]),
    ("condition-not-a-department", EXC + "- Active infection (if that is the advice of the "
     "Infectious Disease consultant)\n- Severe hypoglycemia, as defined by the American Diabetes "
     "Association",
     [(ConditionFact, {"label": "active infection"}, None),
      (ConditionFact, {"label": "severe hypoglycemia"}, None)]),
    ("condition-both-diabetes-types", EXC + "- Uncontrolled type 1 or type 2 diabetes mellitus",
     [(ConditionFact, {"label": "uncontrolled type 1 diabetes"}, None),
      (ConditionFact, {"label": "uncontrolled type 2 diabetes"}, None)]),
    ("condition-anaphylaxis", EXC + "- History of anaphylaxis\n- Known hypersensitivity or "
     "previous anaphylaxis to ZS\n- History of severe allergic or anaphylactic reactions to "
     "monoclonal antibodies",
     [(ConditionFact, {"label": "anaphylaxis"}, "anaphylaxis"),
      (ConditionFact, {"label": "hypersensitivity to zs"}, None),
      (ConditionFact, {"label": "anaphylaxis to zs"}, None),
      (ConditionFact, {"label": "severe hypersensitivity to monoclonal antibodies"}, None)]),
    ("condition-related-kind", EXC + "- Secondary FSGS: HIV-associated FSGS\n- Any grade "
     "immune-related pneumonitis\n- History of non-hormone-related malignancy",
     [(ConditionFact, {"label": "immune-related pneumonitis"}, None),
      (ConditionFact, {"label": "non-hormone-related malignancy"}, None)]),
    ("condition-why-a-drug-is-taken", EXC + "- Subjects currently taking a calcium channel blocker "
     "for any reason including angina\n- Not currently taking benzodiazepine medication for "
     "insomnia",
     [(ConditionFact, None, None)]),
    ("condition-note-explains", EXC + "- Current active liver disease. Notes: Stable chronic "
     "liver disease should generally be defined by the absence of ascites, encephalopathy\n"
     "- Active lung disease (Note: focal bronchiectasis is not exclusionary), sarcoidosis\n"
     "- Malignancy. Note: patients with breast cancer treated > 5 years earlier are NOT eligible",
     [(ConditionFact, {"label": "current active liver disease"}, None),
      (ConditionFact, {"label": "active lung disease"}, None),
      (ConditionFact, {"label": "sarcoidosis"}, None),
      (ConditionFact, {"label": "malignancy"}, None),
      (ConditionFact, {"label": "breast cancer"}, None)]),
    ("condition-nyha-not-angina", EXC + "- NYHA class III or IV angina",
     [(ConditionFact, {"label": "nyha class iii-iv heart failure"}, "NYHA class III or IV"),
      (ConditionFact, {"label": "angina"}, "angina")]),
    ("condition-severity-range", EXC + "- Moderate or severe pulmonary hypertension on "
     "echocardiogram\n- History of moderate to severe mental illness\n"
     "- Mild-to-moderate sleep apnea",
     [(ConditionFact, {"label": "moderate or severe pulmonary hypertension"},
       "Moderate or severe pulmonary hypertension"),
      (ConditionFact, {"label": "moderate to severe psychiatric disorder"},
       "moderate to severe mental illness"),
      (ConditionFact, {"label": "mild-to-moderate sleep apnea"}, "Mild-to-moderate sleep apnea")]),
    ("condition-major-kind", EXC + "- Major bleeding episode or hereditary kidney disease",
     [(ConditionFact, {"label": "major bleeding"}, "Major bleeding"),
      (ConditionFact, {"label": "hereditary kidney disease"}, "hereditary kidney disease")]),
    ("condition-kind-of-two", EXC + "- Congenital or acquired immunodeficiency",
     [(ConditionFact, {"label": "immunodeficiency"}, "acquired immunodeficiency")]),
    ("condition-cause-of", EXC + "- Alpha-1 antitrypsin deficiency as the underlying cause of COPD",
     [(ConditionFact, {"label": "alpha-1 antitrypsin deficiency"},
       "Alpha-1 antitrypsin deficiency")]),
    ("condition-risk-of-words", EXC + "- Women at high risk of contracting HIV",
     [(ConditionFact, None, None)]),
    ("condition-negation-ends-at-exception", "- No pulmonary abnormalities other than COPD",
     [(ConditionFact, None, None)]),
    ("condition-window-after", EXC + "- History of myocardial infarction, unstable angina or "
     "stroke within 6 months",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 182.62},
       "myocardial infarction, unstable angina or stroke within 6 months"),
      (ConditionFact, {"label": "unstable angina", "within_days": 182.62}, None),
      (ConditionFact, {"label": "stroke", "within_days": 182.62}, "stroke within 6 months")]),
    ("condition-window-lead-in", EXC + "- Any of the following within 12 months prior to "
     "screening: myocardial infarction, stroke",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 365.25}, None),
      (ConditionFact, {"label": "stroke", "within_days": 365.25}, None)]),
    ("condition-window-of-another", EXC + "- Known HIV infection or chemotherapy within 4 weeks",
     [(ConditionFact, {"label": "hiv infection", "within_days": None}, "HIV infection")]),
    # a list joined by "or" shares its window (the fifth review judged a window lost from the
    # first items of "MI, stroke, or pulmonary embolism within 6 months" wrong)
    ("condition-window-long-list", EXC + "- Uncontrolled hypertension, severe heart failure, or "
     "myocardial infarction within the last 6 months",
     [(ConditionFact, {"label": "uncontrolled hypertension", "within_days": 182.62}, None),
      (ConditionFact, {"label": "severe heart failure", "within_days": 182.62}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None)]),
    ("condition-window-less-than", EXC + "- Stroke < 6 months before enrolment",
     [(ConditionFact, {"label": "stroke", "within_days": 182.62}, "Stroke < 6 months before")]),
    ("condition-window-past-year", "- No myocardial infarction in the past year",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 365.25},
       "myocardial infarction in the past year")]),
    ("condition-allergy-agent-of-two-words-before", EXC + "- Subjects with severe milk protein "
     "allergies\n- History of allergy/hypersensitivity (including drug allergy) which is deemed "
     "relevant to the trial\n- other food allergies,",
     [(ConditionFact, {"label": "hypersensitivity to milk protein"}, "milk protein allergies"),
      (ConditionFact, {"label": "hypersensitivity"}, "allergy"),
      (ConditionFact, {"label": "hypersensitivity to drug"}, "drug allergy"),
      (ConditionFact, {"label": "other hypersensitivity to food"}, "other food allergies")]),
    ("condition-allergy-agent", EXC + "- Known allergies to aspirin or prasugrel",
     [(ConditionFact, {"label": "hypersensitivity to aspirin or prasugrel"},
       "allergies to aspirin or prasugrel")]),
    ("condition-allergy-agent-before", EXC + "- Inulin allergy",
     [(ConditionFact, {"label": "hypersensitivity to inulin"}, "Inulin allergy")]),
    ("condition-allergy-agent-list", EXC + "- Hypersensitivity to flurazepam, the study drug, or "
     "any of the excipients.",
     [(ConditionFact, {"label": "hypersensitivity to flurazepam, the study drug, or any of the "
                                "excipients"}, None)]),
    ("condition-allergy-agent-not-next-clause", EXC + "- Hypersensitivity to celecoxib or NSAIDs, "
     "previous history of GI bleeding or ulceration, and renal insufficiency",
     [(ConditionFact, {"label": "hypersensitivity to celecoxib or nsaids"},
       "Hypersensitivity to celecoxib or NSAIDs"),
      (ConditionFact, {"label": "gastrointestinal bleeding"}, None),
      (ConditionFact, {"label": "renal impairment"}, None)]),
    ("condition-allergy-or-hypersensitivity", EXC + "- History of allergy or hypersensitivity to "
     "pentamidine",
     [(ConditionFact, {"label": "hypersensitivity to pentamidine"},
       "allergy or hypersensitivity to pentamidine")]),
    ("condition-allergy-part-of-a-name", EXC + "- Indocyanine green allergy",
     [(ConditionFact, {"label": "hypersensitivity to indocyanine green"},
       "Indocyanine green allergy")]),
    ("condition-allergy-study-drug", EXC + "- Hypersensitivity reaction to any component of the "
     "study drug.",
     [(ConditionFact, {"label": "hypersensitivity to component of the study drug"},
       "Hypersensitivity reaction to any component of the study drug")]),
    ("consent-only-what-an-illness-impairs", "Inclusion Criteria:\n- No other serious medical or "
     "psychiatric illness that would preclude giving informed consent or limit survival\n- Must be "
     "willing to consent to using effective contraception\n- Signed informed consent",
     [(ConsentFact, {}, "informed consent"), (ContraceptionFact, {}, None)]),
    ("consent-time-of-giving", "- At least 20 years old at the time of giving informed consent",
     [(ConsentFact, None, None), (AgeFact, {"min_years": 20}, None)]),
    ("consent-capable-of-giving", "- Capable of giving informed consent",
     [(ConsentFact, {}, "informed consent")]),
    # --- lab bounds: what is not a bound of the analyte before it --------------------------------
    ("lab-qrs-not-pr", EXC + "- PR interval > 220 msec, QRS interval >109 msec, or QTcF >450 msec",
     [(LabThresholdFact, {"analyte": "PR interval", "loinc": "44976-9", "value": 220},
       "PR interval > 220 msec"),
      (LabThresholdFact, {"analyte": "QRS duration", "loinc": "44973-6", "comparator": ">",
                          "value": 109, "unit": "ms"}, "QRS interval >109 msec"),
      (LabThresholdFact, {"analyte": "QTc interval", "value": 450}, "QTcF >450 msec")]),
    ("lab-minutes-not-a-value", EXC + "- QTcF > 450 ms confirmed within a maximum of 30 minutes",
     [(LabThresholdFact, {"analyte": "QTc interval", "comparator": ">", "value": 450},
       "QTcF > 450 ms")]),
    ("lab-other-analyte-between", EXC + "- QTcF > 450 ms or a PR interval outside the range "
     "of 120 to 210 ms",
     [(LabThresholdFact, {"analyte": "QTc interval", "value": 450}, "QTcF > 450 ms"),
      (LabThresholdFact, {"analyte": "PR interval", "comparator": "<", "value": 120},
       "PR interval outside the range of 120 to 210 ms"),
      (LabThresholdFact, {"analyte": "PR interval", "comparator": ">", "value": 210},
       "PR interval outside the range of 120 to 210 ms")]),
    # --- lab bounds an inclusion criterion denies ("No QTc ≥ 500 ms" requires QTc < 500 ms) -----
    ("lab-denied-inclusion", "Inclusion Criteria:\n- No QTc interval ≥ 500 msec\n"
     "- No uncontrolled hypertension (i.e., blood pressure > 150/100 mm Hg)\n"
     "- No severe anemia, defined as hemoglobin < 10 g/dL",
     [(LabThresholdFact, {"analyte": "QTc interval", "comparator": "<", "value": 500},
       "No QTc interval ≥ 500 msec"),
      (LabThresholdFact, {"analyte": "systolic blood pressure", "comparator": "<=", "value": 150},
       "No uncontrolled hypertension (i.e., blood pressure > 150/100 mm Hg"),
      (LabThresholdFact, {"analyte": "diastolic blood pressure", "comparator": "<=",
                          "value": 100},
       "No uncontrolled hypertension (i.e., blood pressure > 150/100 mm Hg"),
      (LabThresholdFact, {"analyte": "hemoglobin", "comparator": ">=", "value": 10},
       "No severe anemia, defined as hemoglobin < 10 g/dL")]),
    ("lab-denied-healthy-side-kept", "Inclusion Criteria:\n"
     "- No severe impairment of bone marrow function (ANC >1.5x109/L, PLT >50x109/L)\n"
     "- No clinically significant findings in vital signs and systolic blood pressure greater "
     "than or equal to 110 mmHg at screening\n"
     "- No severe organ dysfunction: creatinine <=2.5 x ULN\n"
     "- Bilirubin no greater than 1.5 mg/dL",
     [(LabThresholdFact, {"analyte": "absolute neutrophil count", "comparator": ">"},
       "ANC >1.5x109/L"),
      (LabThresholdFact, {"analyte": "platelet count", "comparator": ">"}, "PLT >50x109/L"),
      (LabThresholdFact, {"analyte": "systolic blood pressure", "comparator": ">="}, None),
      (LabThresholdFact, {"analyte": "serum creatinine", "comparator": "<="},
       "creatinine <=2.5 x ULN"),
      (LabThresholdFact, {"analyte": "total bilirubin", "comparator": "<="}, None)]),
    ("lab-denied-exclusion-as-written", EXC + "- No QTc interval ≥ 500 msec",
     [(LabThresholdFact, {"analyte": "QTc interval", "comparator": ">="},
       "QTc interval ≥ 500 msec")]),
    # --- vital signs (LOINC codes of the FHIR vital-signs value set) ---------------------------
    ("vital-bp-pair", EXC + "- Uncontrolled hypertension: Blood pressure >140/90 mmHg on 2 or "
     "more occasions",
     [(LabThresholdFact, {"analyte": "systolic blood pressure", "loinc": "8480-6",
                          "comparator": ">", "value": 140, "unit": "mm[Hg]"},
       "Blood pressure >140/90 mmHg"),
      (LabThresholdFact, {"analyte": "diastolic blood pressure", "loinc": "8462-4",
                          "comparator": ">", "value": 90, "unit": "mm[Hg]"},
       "Blood pressure >140/90 mmHg")]),
    ("vital-respiratory-rate", EXC + "- Evidence of respiratory depression with resting "
     "respiratory rate <8/min.\n- Severe distress: a pulse rate >200/min, respiratory rate >80/min",
     [(LabThresholdFact, {"analyte": "respiratory rate", "loinc": "9279-1", "comparator": "<",
                          "value": 8, "unit": "/min"}, None),
      (LabThresholdFact, {"analyte": "heart rate", "comparator": ">", "value": 200}, None),
      (LabThresholdFact, {"analyte": "respiratory rate", "comparator": ">", "value": 80}, None)]),
    ("vital-mean-arterial-pressure", EXC + "- Mean arterial pressure < 50 mm Hg\n- Use of "
     "vasopressors to maintain SAP > 90 mm Hg or MAP > 60 mm Hg\n- SAPS II score > 50",
     # the pressures vasopressors are to maintain are their target, no bound on the patient
     [(LabThresholdFact, {"analyte": "mean arterial pressure", "loinc": "8478-0",
                          "comparator": "<", "value": 50, "unit": "mm[Hg]"},
       "Mean arterial pressure < 50 mm Hg")]),
    ("vital-bp-one-number-is-systolic", EXC + "- Blood pressure >= 160 mmHg at screening",
     [(LabThresholdFact, {"analyte": "systolic blood pressure", "comparator": ">=", "value": 160},
       "Blood pressure >= 160 mmHg")]),
    ("vital-bp-defines-condition", EXC + "- Patients with uncontrolled hypertension (defined as "
     "systolic blood pressure > 160 mmHg or diastolic > 100 mmHg)",
     [(ConditionFact, {"label": "uncontrolled hypertension"}, "uncontrolled hypertension"),
      (LabThresholdFact, {"analyte": "systolic blood pressure", "value": 160, "subgroup": []},
       "systolic blood pressure > 160 mmHg"),
      (LabThresholdFact, {"analyte": "diastolic blood pressure", "value": 100, "subgroup": []},
       "diastolic > 100 mmHg")]),
    ("vital-bp-real-subgroup", "- BP below 140/90 mmHg, or below 130/80 mmHg if the participant "
     "is diabetic",
     [(LabThresholdFact, {"analyte": "systolic blood pressure", "value": 140,
                          "subgroup": ["diabetes mellitus"], "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "diastolic blood pressure", "value": 90,
                          "subgroup": ["diabetes mellitus"], "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "systolic blood pressure", "value": 130,
                          "subgroup": ["diabetes mellitus"]}, None),
      (LabThresholdFact, {"analyte": "diastolic blood pressure", "value": 80,
                          "subgroup": ["diabetes mellitus"]}, None)]),
    ("vital-abbreviation-in-parenthesis", "Mean seated diastolic blood pressure (BP) must be "
     "> 95 mmHg",
     [(LabThresholdFact, {"analyte": "diastolic blood pressure", "comparator": ">", "value": 95},
       "diastolic blood pressure (BP) must be > 95 mmHg")]),
    ("vital-outside-range", EXC + "- Systolic blood pressure outside the range of 90 to 140 mmHg",
     [(LabThresholdFact, {"analyte": "systolic blood pressure", "comparator": "<", "value": 90},
       "Systolic blood pressure outside the range of 90 to 140 mmHg"),
      (LabThresholdFact, {"analyte": "systolic blood pressure", "comparator": ">", "value": 140},
       "Systolic blood pressure outside the range of 90 to 140 mmHg")]),
    ("vital-bare-number-follows-name", EXC + "- DBP > 90 mmHg, documented on at least 3 "
     "separate occasions",
     [(LabThresholdFact, {"analyte": "diastolic blood pressure", "value": 90}, "DBP > 90 mmHg")]),
    ("vital-bmi-range-without-unit", "Body mass index (BMI) between 18.5-35",
     [(LabThresholdFact, {"analyte": "body mass index", "loinc": "39156-5", "comparator": ">=",
                          "value": 18.5, "unit": "kg/m2"}, "Body mass index (BMI) between 18.5-35"),
      (LabThresholdFact, {"analyte": "body mass index", "comparator": "<=", "value": 35,
                          "unit": "kg/m2"}, "Body mass index (BMI) between 18.5-35")]),
    ("vital-bmi-written-unit", "BMI of 18 to 32 kilograms per square meter",
     [(LabThresholdFact, {"analyte": "body mass index", "value": 18, "unit": "kg/m2"}, None),
      (LabThresholdFact, {"analyte": "body mass index", "value": 32, "unit": "kg/m2"}, None)]),
    ("vital-no-range-for-labs", "Hemoglobin 9-12 and platelets 100-400",
     [(LabThresholdFact, None, None)]),
    ("vital-heart-rate", EXC + "- Heart rate < 55 bpm or >105 bpm",
     [(LabThresholdFact, {"analyte": "heart rate", "loinc": "8867-4", "comparator": "<",
                          "value": 55, "unit": "/min"}, "Heart rate < 55 bpm"),
      (LabThresholdFact, {"analyte": "heart rate", "comparator": ">", "value": 105,
                          "unit": "/min"}, "Heart rate < 55 bpm or >105 bpm")]),
    ("vital-weight-pounds", EXC + "- Subject weighs less than 50 pounds",
     [(LabThresholdFact, {"analyte": "body weight", "loinc": "29463-7", "comparator": "<",
                          "value": 50, "unit": "[lb_av]"}, "weighs less than 50 pounds")]),
    ("vital-weight-loss-is-no-weight", EXC + "- Weight loss > 10% within 2 months",
     [(LabThresholdFact, None, None)]),
    # --- units and compact writing ---------------------------------------------------------------
    ("lab-symbol-after-letters", "Hemoglobin>=9.0g/dL; ANC>1500/mm3",
     [(LabThresholdFact, {"analyte": "hemoglobin", "comparator": ">=", "value": 9,
                          "unit": "g/dL"}, "Hemoglobin>=9.0g/dL"),
      (LabThresholdFact, {"analyte": "absolute neutrophil count", "comparator": ">",
                          "value": 1500, "unit": "/mm3"}, "ANC>1500/mm3")]),
    ("lab-change-is-no-level", EXC + "- Serum creatinine increase of >= 0.3 mg/dL within 48 hours",
     [(LabThresholdFact, None, None)]),
    ("lab-unit-of-another-kind", "Direct bilirubin < 35% of total bilirubin",
     [(LabThresholdFact, None, None)]),
    ("lab-clearance-per-surface", "Creatinine clearance >= 60 mL/min/1.73 m2",
     [(LabThresholdFact, {"analyte": "creatinine clearance", "value": 60,
                          "unit": "mL/min/{1.73_m2}"},
       "Creatinine clearance >= 60 mL/min/1.73 m2")]),
    ("lab-comparator-with-slash", "Hemoglobin greater than/equal to 10 g/dL; AST less than/equal "
     "to 2.5 x ULN",
     [(LabThresholdFact, {"analyte": "hemoglobin", "comparator": ">=", "value": 10}, None),
      (LabThresholdFact, {"analyte": "AST", "comparator": "<=", "uln_multiple": 2.5}, None)]),
    ("lab-platelets-without-unit", "Platelets >= 100; ANC >= 1500",
     [(LabThresholdFact, {"analyte": "platelet count", "value": 100, "unit": "10*9/L"}, None),
      (LabThresholdFact, {"analyte": "absolute neutrophil count", "value": 1500, "unit": "/uL"},
       None)]),
    ("lab-billion-per-litre", "Platelets > 100 billion/L",
     [(LabThresholdFact, {"analyte": "platelet count", "value": 100, "unit": "10*9/L"},
       "Platelets > 100 billion/L")]),
    ("lab-pr-interval", "PR interval <= 200 ms",
     [(LabThresholdFact, {"analyte": "PR interval", "loinc": "44976-9", "comparator": "<=",
                          "value": 200, "unit": "ms"}, "PR interval <= 200 ms")]),
    ("washout-interval-since", EXC + "- Less than a four week interval since prior chemotherapy",
     [(WashoutFact, {"min_days": 28, "therapy": "chemotherapy"}, None),
      (PriorTherapyFact, None, None)]),
    ("washout-within-the-spelled", EXC + "- Received an investigational medicinal product within "
     "the four weeks prior to the screening visit",
     [(WashoutFact, {"min_days": 28, "therapy": "investigational agent"}, None),
      (PriorTherapyFact, None, None)]),
    ("washout-within-the-past-month", EXC + "- Systemic corticosteroids within the past month",
     [(WashoutFact, {"min_days": 30.44, "therapy": "systemic corticosteroids"}, None)]),
    ("washout-times-half-life", EXC + "- Any investigational drug within 28 days or 5 x the "
     "half-life, whichever is longer",
     [(WashoutFact, {"min_days": 28, "half_lives": 5, "rule": "longer"}, None)]),
    ("toxicity-exception-grade", EXC + "- The subject has not recovered from adverse events, "
     "except Grade 2 alopecia, due to agents given before enrollment",
     [(ToxicityRecoveryFact, None, None)]),
    ("toxicity-grade-before-exception", EXC + "- Toxicities of prior therapy not recovered to "
     "grade 1 or less (except grade 2 alopecia)",
     [(ToxicityRecoveryFact, {"max_grade": 1}, None)]),
    ("lab-unit-per-litre", "Platelets >= 100 x 10^9 per L; ANC >= 1.5 x 10^9 per liter",
     [(LabThresholdFact, {"analyte": "platelet count", "value": 100, "unit": "10*9/L"},
       "Platelets >= 100 x 10^9 per L"),
      (LabThresholdFact, {"analyte": "absolute neutrophil count", "value": 1.5,
                          "unit": "10*9/L"}, "ANC >= 1.5 x 10^9 per liter")]),
    # --- biomarkers -------------------------------------------------------------------------------
    ("biomarker-positive-expression", "Neuroblastoma with positive expression of GD2 antigen",
     [(BiomarkerFact, {"marker": "GD2", "status": "positive", "role": "required"},
       "positive expression of GD2")]),
    ("biomarker-hyphen", "GD2-positive neuroblastoma",
     [(BiomarkerFact, {"marker": "GD2", "status": "positive"}, "GD2-positive")]),
    ("biomarker-igg", "Diagnostic criteria for AQP4-IgG positive NMOSD",
     [(BiomarkerFact, {"marker": "AQP4-IgG"}, "AQP4-IgG positive")]),
    ("biomarker-negative", "HER2-negative breast cancer",
     [(BiomarkerFact, {"marker": "HER2", "status": "negative"}, "HER2-negative")]),
    ("contraception-methods-listed", "- Females of childbearing potential must commit to the use "
     "of an acceptable method of birth control, as defined by the following:\n- Abstinence\n"
     "- Oral contraceptive\n- Intrauterine device (IUD)\n- Men must agree to use contraception",
     [(ContraceptionFact, {}, None), (ContraceptionFact, {}, None)]),
    # --- nothing to read -----------------------------------------------------------------------
    ("sex-scope-of-a-bound", "A corrected QT (QTcF) interval measurement >470 milliseconds "
     "(men and women) at screening",
     [(SexFact, None, None),
      (LabThresholdFact, {"analyte": "QTc interval", "value": 470, "unit": "ms"}, None)]),
    ("sex-after-an-age-bound", "age>=21 and age<=70 years (male and female patients)",
     [(SexFact, {"sex": "ALL"}, "male and female"),
      (AgeFact, {"min_years": 21, "max_years": 70}, None)]),
    ("age-gestational-is-no-age", "Gestational age < 32 weeks", [(AgeFact, None, None)]),
    ("age-that-selects-a-rule", "Karnofsky > 50% for patients > 10 years of age and Lansky > "
     "50% for patients < 10 years of age", [(AgeFact, None, None),
                                             (PerformanceStatusFact, {"scale": "Karnofsky"}, None),
                                             (PerformanceStatusFact, {"scale": "Lansky"}, None)]),
    ("age-at-diagnosis", "Patients must be < 21 years of age when originally diagnosed with ALL. "
     "Patient must be > 1 year of age at study entry.",
     [(AgeFact, {"min_years": 1, "max_years": None}, None)]),
    ("age-of-fertility", "Women in fertile age (<55 years old) must use contraception",
     [(AgeFact, None, None), (ContraceptionFact, {}, None)]),
    ("age-with-childbearing-potential", "Males or females of non-childbearing potential aged 18 to "
     "65 years", [(AgeFact, {"min_years": 18, "max_years": 65}, None)]),

    ("age-after-gestational-age", "are between 40 weeks gestational age and less than 18 years",
     [(AgeFact, {"min_years": None, "max_years": 18, "max_inclusive": False},
       "less than 18 years")]),
    ("toxicity-grade-not-to-reach", EXC + "- Participant had an ongoing toxicity greater than or "
     "equal to grade 3 (NCI CTCAE version 4.03)\n- Persistent grade 2 or greater "
     "non-hematologic toxicity from chemotherapy",
     [(ToxicityRecoveryFact, {"max_grade": 2, "grading_system": "CTCAE 4.03"}, None),
      (ToxicityRecoveryFact, {"max_grade": 1}, None)]),
    ("prior-therapy-list-ahead", EXC + "- Prior treatment with any of the following agents: "
     "bevacizumab, sorafenib", [(PriorTherapyFact, None, None)]),
    ("washout-study-participation", EXC + "- Participation in another investigational study "
     "within 4 weeks prior to the screening visit",
     [(WashoutFact, {"min_days": 28, "therapy": "clinical study participation"},
       "Participation in another investigational study within 4 weeks")]),
    ("prior-participation-in-one-named-study", EXC + "- Previously participated in any clinical "
     "trial of lemborexant", [(PriorTherapyFact, None, None)]),
    ("qualifier-after-a-generic-last-item", EXC + "- Substance abuse, medical or psychological or "
     "social conditions that may interfere with the patient's participation",
     [(ConditionFact, {"label": "substance abuse",
                       "qualifier": "that may interfere with the patient's participation"},
       None)]),
    ("qualifier-of-the-last-condition-only", EXC + "- Known HIV infection or psychiatric "
     "disorder that would limit compliance",
     [(ConditionFact, {"label": "hiv infection", "qualifier": None}, None),
      (ConditionFact, {"label": "psychiatric disorder",
                       "qualifier": "that would limit compliance"}, None)]),
    ("qualifier-defining-a-risk-not-shared", EXC + "- Seizure or known condition that may "
     "predispose to seizure", [(ConditionFact, {"label": "seizure", "qualifier": None}, None)]),
    ("condition-relevant-modifier", EXC + "- History of relevant orthostatic hypotension\n"
     "- Clinically-relevant drug or alcohol abuse",
     [(ConditionFact, {"label": "relevant orthostatic hypotension"}, None),
      (ConditionFact, {"label": "clinically relevant substance abuse"}, None),
      (ConditionFact, {"label": "clinically relevant alcohol abuse"}, None)]),
    ("condition-venous-thromboembolism", EXC + "- No prior deep-vein thrombosis\n- Venous "
     "thromboembolism", [(ConditionFact, {"label": "deep vein thrombosis"}, "deep-vein thrombosis"),
                         (ConditionFact, {"label": "venous thromboembolism"}, None)]),
    ("condition-window-in-own-bracket", EXC + "- Recent myocardial infarction (< six months) or "
     "unstable angina",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None),
      (ConditionFact, {"label": "unstable angina"}, None)]),
    ("condition-narrowed-by-a-bound", EXC + "- Renal disease with creatinine clearance < 50 mL/min"
     "\n- Uncontrolled hypertension (systolic BP > 170 mmHg or diastolic BP > 105 mmHg)",
     [(ConditionFact, {"label": "kidney disease",
                       "qualifier": "with creatinine clearance < 50 ml/min"},
       "Renal disease with creatinine clearance < 50 mL/min"),
      (ConditionFact, {"label": "uncontrolled hypertension",
                       "qualifier": "systolic bp > 170 mmhg or diastolic bp > 105 mmhg"}, None),
      (LabThresholdFact, {"analyte": "creatinine clearance", "value": 50}, None),
      (LabThresholdFact, {"value": 170}, None), (LabThresholdFact, {"value": 105}, None)]),
    ("prior-therapy-settings", "Inclusion Criteria:\n- No prior systemic adjuvant chemotherapy "
     "for LCIS\n- No previous chemotherapy either in an adjuvant or metastatic setting\n" + EXC
     + "- Previous radiotherapy for measurable lesions",
     [(PriorTherapyFact, {"setting": "lcis", "required": False}, None),
      (PriorTherapyFact, {"therapy": "chemotherapy", "setting": "adjuvant or metastatic setting"},
       None),
      (PriorTherapyFact, {"therapy": "radiotherapy", "setting": "measurable lesions"}, None)]),
    ("condition-amount-qualifier", EXC + "- Sinus bradycardia (< 50 beats per minute)\n"
     "- Smoking more than 10 cigarettes per day\n- Alcohol abuse (more than 60 g/day)",
     [(ConditionFact, {"label": "sinus bradycardia", "qualifier": "< 50 beats per minute"}, None),
      (ConditionFact, {"label": "tobacco use", "qualifier": "more than 10 cigarettes per day"},
       "Smoking more than 10 cigarettes per day"),
      (ConditionFact, {"label": "alcohol abuse", "qualifier": "more than 60 g/day"}, None)]),
    ("condition-amount-is-no-window", EXC + "- Myocardial infarction < 6 months before inclusion",
     [(ConditionFact, {"label": "myocardial infarction", "qualifier": None,
                       "within_days": 182.62}, None)]),
    ("condition-conduct-rule-is-none", EXC + "- Inability to refrain from smoking on trial days\n"
     "- Use of any tobacco product for the duration of study participation", []),
    ("condition-lexicon-rows-2026-12", EXC + "- Hemorrhagic diathesis\n- Chronic diarrhea\n"
     "- Presence of uveal melanoma\n- Current smokers\n- History of clinical hepatic "
     "decompensation",
     [(ConditionFact, {"label": "bleeding disorder"}, None),
      (ConditionFact, {"label": "chronic diarrhea"}, None),
      (ConditionFact, {"label": "uveal melanoma"}, None),
      (ConditionFact, {"label": "current tobacco use"}, "Current smokers"),
      (ConditionFact, {"label": "hepatic decompensation"}, None)]),
    ("condition-non-prefix-is-none", EXC + "- Chronic liver disease of a non-HCV etiology\n"
     "- Serious active non-malignant disease\n- Non-smokers",
     [(ConditionFact, {"label": "chronic liver disease"}, None)]),
    ("condition-amount-after-history", EXC + "- Smoking history of more than 10 pack-years",
     [(ConditionFact, {"label": "tobacco use",
                       "qualifier": "history of more than 10 pack-years"}, None)]),
    ("condition-cancer-types", EXC + "- Non small cell lung cancer, hepatocellular cancer\n"
     "- Infection with hepatitis delta virus (HDV)\n- No prior chemotherapy for NSCLC",
     [(ConditionFact, {"label": "non-small cell lung carcinoma"}, "Non small cell lung cancer"),
      (ConditionFact, {"label": "hepatocellular carcinoma"}, None),
      (ConditionFact, {"label": "hepatitis d"}, "hepatitis delta virus (HDV)"),
      (PriorTherapyFact, {"therapy": "chemotherapy", "setting": "nsclc"}, None)]),
    ("lab-unit-written-out-with-symbol", EXC + "- Blood potassium level >5.5 millimole (mmol)/"
     "liter (L) during Screening\n- Urine albumin to creatinine ratio (UACR) of greater than (>) "
     "300 milligram (mg)/gram (g)",
     [(LabThresholdFact, {"analyte": "potassium", "comparator": ">", "value": 5.5,
                          "unit": "mmol/L"}, "potassium level >5.5 millimole (mmol)/liter"),
      (LabThresholdFact, {"analyte": "urine albumin/creatinine ratio", "comparator": ">",
                          "value": 300, "unit": "mg/g"}, None)]),
    ("condition-cerebral-vascular-accident", "Inclusion Criteria:\n- No prior cerebral vascular "
     "accident", [(ConditionFact, {"label": "stroke"}, "cerebral vascular accident"),
                  (PriorTherapyFact, None, None)]),
    ("condition-modifier-across-a-slash", EXC + "- History of relevant allergy/hypersensitivity"
     "\n- Uncontrolled hypertension/diabetes",
     [(ConditionFact, {"label": "relevant hypersensitivity"}, "relevant allergy"),
      (ConditionFact, {"label": "uncontrolled hypertension"}, None),
      (ConditionFact, {"label": "uncontrolled diabetes mellitus"},
       "Uncontrolled hypertension/diabetes")]),
    ("condition-the-participants-own-is-context", EXC + "- Subjects who take medication for "
     "their asthma\n- Agents given with the intent to treat the patient's malignancy\n"
     "- Participant's history of suicidal behavior",
     [(ConditionFact, {"label": "suicidal behavior"}, "suicidal behavior")]),
    ("condition-requiring-hospitalization", EXC + "- Hospitalization for COPD or pneumonia "
     "within 12 weeks prior to Visit 1",
     [(ConditionFact, {"label": "chronic obstructive pulmonary disease",
                       "qualifier": "requiring hospitalization", "within_days": 84},
       "Hospitalization for COPD or pneumonia within 12 weeks"),
      (ConditionFact, {"label": "pneumonia", "qualifier": "requiring hospitalization"}, None)]),
    ("age-gestational-range-is-no-age", "Inclusion Criteria:\n- Healthy infants born between 32 "
     "weeks 0 days and 34 weeks 6 days gestational age\n- Term infants gestational age >36 weeks "
     "less than 2 weeks of age\n" + EXC + "- Gestational age < 32 weeks 0 days and >34 weeks 6 "
     "days", [(AgeFact, {"max_years": 0.0383, "max_inclusive": False}, "less than 2 weeks")]),
    ("condition-list-shares-severity", EXC + "- Uncontrolled diabetes, hypertension, or thyroid "
     "disease\n- History of severe allergy/hypersensitivity or on-going allergy/hypersensitivity",
     [(ConditionFact, {"label": "uncontrolled diabetes mellitus"}, "Uncontrolled diabetes"),
      (ConditionFact, {"label": "uncontrolled hypertension"},
       "Uncontrolled diabetes, hypertension"),
      (ConditionFact, {"label": "uncontrolled thyroid disease"},
       "Uncontrolled diabetes, hypertension, or thyroid disease"),
      (ConditionFact, {"label": "severe hypersensitivity"}, None),
      (ConditionFact, {"label": "hypersensitivity"}, None)]),
    ("condition-list-severity-not-shared", EXC + "- suicidal ideation, acute psychosis, severe "
     "alcohol dependence, substance abuse, or dementia\n- Uncontrolled angina, congestive heart "
     "failure or myocardial infarction within 6 months",
     [(ConditionFact, {"label": "suicidal ideation"}, None),
      (ConditionFact, {"label": "acute psychosis"}, None),
      (ConditionFact, {"label": "severe alcohol abuse"}, None),
      (ConditionFact, {"label": "substance abuse"}, None),
      (ConditionFact, {"label": "dementia"}, None),
      (ConditionFact, {"label": "uncontrolled angina", "within_days": 182.62}, None),
      (ConditionFact, {"label": "heart failure", "within_days": 182.62}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None)]),
    ("condition-clinically-modifiers", EXC + "- Active clinically serious infections\n"
     "- Clinically meaningful ascites\n- No clinically active interstitial lung disease",
     [(ConditionFact, {"label": "active clinically serious infection"},
       "Active clinically serious infections"),
      (ConditionFact, {"label": "clinically meaningful ascites"}, None),
      (ConditionFact, {"label": "clinically active interstitial lung disease"}, None)]),
    ("condition-in-one-eye", EXC + "- Current ocular or periocular infection in the study eye.\n"
     "- History of uveitis or endophthalmitis in either eye\n- Uncontrolled glaucoma in both "
     "eyes\n- Glaucoma, except when controlled, in the study eye",
     [(ConditionFact, {"label": "current ocular or periocular infection",
                       "qualifier": "in the study eye"},
       "Current ocular or periocular infection in the study eye"),
      (ConditionFact, {"label": "uveitis", "qualifier": "in either eye"}, "uveitis"),
      (ConditionFact, {"label": "uncontrolled glaucoma", "qualifier": "in both eyes"},
       "Uncontrolled glaucoma in both eyes"),
      (ConditionFact, {"label": "glaucoma", "qualifier": None}, None)]),
    ("condition-allowed-in-a-later-sentence", EXC + "- Uncontrolled brain metastases. Patients "
     "with treated brain metastases (resection or radiotherapy) are eligible if brain metastases "
     "have responded to treatment.\n- Active malignancy within 5 years. History of breast cancer "
     "or malignant melanoma will be exclusionary.\n- Subjects with any history of NYHA Class III "
     "or IV congestive heart failure. A history of NYHA Class I or II CHF may be exclusionary.",
     [(ConditionFact, {"label": "uncontrolled brain metastasis", "exceptions": "patients with "
                       "treated brain metastases (resection or radiotherapy) are eligible if "
                       "brain metastases have responded to treatment"}, None),
      (ConditionFact, {"label": "active malignancy", "within_days": 1826.25}, None),
      (ConditionFact, {"label": "breast cancer"}, None),
      (ConditionFact, {"label": "melanoma"}, "malignant melanoma"),
      (ConditionFact, {"label": "nyha class iii-iv heart failure"}, None),
      (ConditionFact, {"label": "nyha class i-ii heart failure"}, None)]),
    ("condition-therapy-for-own-cancer", EXC + "- Currently receiving or less than 28 days since "
     "ending systemic anticancer treatment for unresected stage IIIB to IV melanoma\n- Subjects "
     "who require treatment for a primary or metastatic malignancy\n- Presence of more than 50 "
     "melanoma lesions\n- Previously received systemic treatment for locally advanced or "
     "recurrent metastatic cancer\n- Prior hormonal treatment use for prostate cancer",
     [(ConditionFact, {"label": "primary or metastatic malignancy"}, None)]),
    ("washout-therapy-in-its-sentence", EXC + "- No major surgery within 28 days prior to "
     "treatment; no minor surgery within 5 days prior to treatment\n"
     "- Focal radiation therapy within 7 days prior to randomization. Radiation therapy to an "
     "extended field (i.e., prior radiation must have been to less than 30% of the bone marrow).",
     [(WashoutFact, {"therapy": "major surgery", "min_days": 28}, "major surgery within 28 days"),
      (WashoutFact, {"therapy": "focal radiotherapy", "min_days": 7},
       "Focal radiation therapy within 7 days")]),
    ("washout-label-ends-before-window", EXC + "- Has received clozapine during the last 3 "
     "months before the Screening visit\n- At least 12 weeks from prior radiotherapy to the start "
     "of SL-701\n- Current treatment (within 28 days of entry) with chemotherapy, steroids or "
     "other immunosuppressive drugs.",
     [(WashoutFact, {"therapy": "clozapine", "min_days": 91.31}, None),
      (WashoutFact, {"therapy": "radiotherapy", "min_days": 84.0},
       "At least 12 weeks from prior radiotherapy"),
      (WashoutFact, {"therapy": "chemotherapy", "min_days": 28.0},
       "within 28 days of entry) with chemotherapy, steroids or other immunosuppressive drugs"),
      (WashoutFact, {"therapy": "corticosteroids"}, None),
      (WashoutFact, {"therapy": "immunosuppressants"}, None)]),
    ("washout-not-context-or-to-come", EXC + "- Subjects with lower respiratory tract infection "
     "that required the use of antibiotics within 6 weeks prior to Screening\n- Acute worsening of "
     "COPD that is managed by subject with systemic corticosteroids or antibiotics in the 6 weeks "
     "prior to Screening\n- Anticipated major surgical procedures within the 12 weeks of "
     "randomization\n- Received or is scheduled to receive radiation therapy to the abdomen "
     "within 1 week prior to Day 1",
     [(WashoutFact, {"therapy": "radiotherapy to the abdomen", "min_days": 7.0}, None)]),
    ("condition-named-in-a-title", EXC + "- eGFR of less than 30 mL/min/1.73 m2 (via Modification "
     "of Diet in Renal Disease [MDRD] equation)\n- eGFR below 60 mL/min/1.73m^2 as per Chronic "
     "Kidney Disease Epidemiology Collaboration (CKD-EPI)\n- History of drug or alcohol abuse (as "
     "defined by Diagnostic and Statistical Manual of Mental Disorders, fourth Edition)\n"
     "- Other hemorrhage National Cancer Institute (NCI) CTCAE > Grade 3\n- Exclusions Related to "
     "Infections\n- Pleural effusion necessitating treatment",
     [(ConditionFact, {"label": "substance abuse"}, None),
      (ConditionFact, {"label": "alcohol abuse"}, None),
      (ConditionFact, {"label": "other bleeding"}, None),
      (ConditionFact, {"label": "pleural effusion", "qualifier": "necessitating treatment"},
       "Pleural effusion necessitating treatment")]),
    ("condition-kinds-kept", EXC + "- Lower respiratory tract infection\n- Idiopathic pulmonary "
     "fibrosis or organizing pneumonia\n- History of venous or arterial thromboembolic events\n"
     "- Persistent jaundice\n- Primary pulmonary hypertension\n- Pernicious anemia",
     [(ConditionFact, {"label": "lower respiratory tract infection"}, None),
      (ConditionFact, {"label": "idiopathic pulmonary fibrosis"}, None),
      (ConditionFact, {"label": "organizing pneumonia"}, None),
      (ConditionFact, {"label": "venous or arterial thromboembolism"},
       "venous or arterial thromboembolic events"),
      (ConditionFact, {"label": "persistent jaundice"}, None),
      (ConditionFact, {"label": "primary pulmonary hypertension"}, None),
      (ConditionFact, {"label": "pernicious anemia"}, None)]),
    ("lab-default-bound-is-for-the-others", "Inclusion Criteria:\n- AST and ALT < 2.5 times upper "
     "limits of normal (ULN) (5 times ULN if liver metastases are present)\n- Total bilirubin ≤ "
     "1.5 × ULN (≤ 3 × ULN for patients with Gilbert's syndrome or liver metastases)\n"
     "- Platelet count ≥ 100 × 10^9/L",
     [(LabThresholdFact, {"analyte": "AST", "uln_multiple": 2.5, "subgroup": ["liver metastasis"],
                          "subgroup_negated": True},
       "AST and ALT < 2.5 times upper limits of normal"),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 2.5, "subgroup": ["liver metastasis"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 5.0, "subgroup": ["liver metastasis"],
                          "subgroup_negated": False}, None),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 5.0, "subgroup": ["liver metastasis"],
                          "subgroup_negated": False}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 1.5,
                          "subgroup_negated": True,
                          "subgroup": ["Gilbert syndrome", "liver metastasis"]}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 3.0,
                          "subgroup_negated": False}, None),
      (LabThresholdFact, {"analyte": "platelet count", "subgroup": [],
                          "subgroup_negated": False}, None)]),
    ("condition-bundle-branch-block", "Inclusion Criteria:\n- QTcF <450msec; or QTcF<480msec in "
     "subjects with Bundle Branch Block.\n" + EXC + "- Complete left bundle branch block",
     [(LabThresholdFact, {"value": 450, "subgroup": ["bundle branch block"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"value": 480, "subgroup": ["bundle branch block"],
                          "subgroup_negated": False}, None),
      (ConditionFact, {"label": "complete left bundle branch block"}, None)]),
    ("prior-lines-range-in-words", "Inclusion Criteria:\n- Must have received one or two prior "
     "lines of systemic chemotherapy for advanced or metastatic disease",
     [(PriorTherapyFact, {"therapy": "systemic chemotherapy", "required": True, "min_lines": 1,
                          "setting": "advanced or metastatic disease"}, None)]),
    ("lab-comparator-equal-or-above", "Inclusion Criteria:\n- Body mass index (BMI) equal or "
     "below 40.0 kg/m^2\n- HbA1c above or equal to 7.0% and below or equal to 10.5% (above or "
     "equal to 53 mmol/mol and below or equal to 91 mmol/mol)\n" + EXC + "- ALT equal to or above "
     "2.5 times upper limit of normal",
     [(LabThresholdFact, {"analyte": "body mass index", "comparator": "<=", "value": 40.0}, None),
      (LabThresholdFact, {"analyte": "hemoglobin A1c", "comparator": ">=", "value": 7.0}, None),
      (LabThresholdFact, {"analyte": "hemoglobin A1c", "comparator": "<=", "value": 10.5}, None),
      (LabThresholdFact, {"analyte": "ALT", "comparator": ">=", "uln_multiple": 2.5},
       "ALT equal to or above 2.5 times upper limit of normal")]),
    ("washout-window-after-the-therapy", EXC + "- Myocardial infarction within 1 month, CABG or "
     "cardiac surgery including surgical maze within the past 3 months\n- Patient has received "
     "nitrosoureas or mitomycin-C within 6 weeks or other chemotherapy within 3 weeks before study "
     "entry\n- Patients may not begin protocol therapy within 7 days of major surgery\n- At least "
     "4 weeks since prior chemotherapy. At least 72 hours since prior hydroxyurea",
     [(WashoutFact, {"therapy": "cardiac surgery", "min_days": 91.31}, None),
      (WashoutFact, {"therapy": "chemotherapy", "min_days": 21.0}, None),
      (WashoutFact, {"therapy": "major surgery", "min_days": 7.0}, None),
      (WashoutFact, {"therapy": "chemotherapy", "min_days": 28.0}, None)]),
    ("age-gestational-unit-run-on", "Gestational age between6 to 8weeks.",
     [(AgeFact, None, None)]),
    ("condition-grade-qualifier-forms", EXC + "- Any peripheral neuropathy above grade 2\n"
     "- Active clinically serious infections defined as ≥ Grade 3 according to CTCAE\n"
     "- History of dangerous arrhythmias\n- Wernicke's encephalopathy",
     [(ConditionFact, {"label": "peripheral neuropathy", "qualifier": "above grade 2"}, None),
      (ConditionFact, {"label": "active clinically serious infection",
                       "qualifier": "defined as ≥ grade 3 according to ctcae"}, None),
      (ConditionFact, {"label": "dangerous arrhythmia"}, None),
      (ConditionFact, {"label": "wernicke encephalopathy"}, "Wernicke's encephalopathy")]),
    ("condition-not-caused-by", EXC + "- Chronic liver disease not caused by HCV",
     [(ConditionFact, {"label": "chronic liver disease"}, None)]),
    ("condition-class-range-grades-one", EXC + "- Cardiac insufficiency (NYHA III/IV), "
     "cardiomyopathy\n- NYHA class III-IV unstable or acute heart failure\n"
     "- No concurrent congestive heart failure or prior history of NYHA class III-IV cardiac "
     "disease\n- New York Heart Association (NYHA) class III-IV or any congestive heart failure "
     "requiring pharmacologic treatment\n- NYHA class III-IV symptomatic heart failure\n"
     "- Advanced (stage III B or IV NSCLC) disease",
     [(ConditionFact, {"label": "nyha class iii-iv heart failure"}, "NYHA III/IV)"),
      (ConditionFact, {"label": "cardiomyopathy"}, "cardiomyopathy"),
      (ConditionFact, {"label": "nyha class iii-iv heart failure"}, "NYHA class III-IV"),
      (ConditionFact, {"label": "unstable or acute heart failure"}, None),
      (ConditionFact, {"label": "concurrent heart failure"}, "concurrent congestive heart failure"),
      (ConditionFact, {"label": "nyha class iii-iv heart disease"},
       "NYHA class III-IV cardiac disease"),
      (ConditionFact, {"label": "nyha class iii-iv heart failure"},
       "New York Heart Association (NYHA) class III-IV"),
      (ConditionFact, {"label": "heart failure", "qualifier": "requiring pharmacologic treatment"},
       "congestive heart failure requiring pharmacologic treatment"),
      (ConditionFact, {"label": "nyha class iii-iv symptomatic heart failure"},
       "NYHA class III-IV symptomatic heart failure"),
      (ConditionFact, {"label": "stage iiib-iv non-small cell lung carcinoma"},
       "stage III B or IV NSCLC")]),
    ("condition-class-range-after-graded-as", EXC + "- Congestive heart failure graded as "
     "class III and IV by New York Heart Association (NYHA) classification.\n- Presence of "
     "unstable angina or heart failure corresponding to NYHA functional class III or IV;",
     [(ConditionFact, {"label": "nyha class iii-iv heart failure"},
       "Congestive heart failure graded as class III and IV by New York Heart Association"),
      (ConditionFact, {"label": "unstable angina"}, None),
      (ConditionFact, {"label": "nyha class iii-iv heart failure"},
       "heart failure corresponding to NYHA functional class III or IV")]),
    ("lab-sexes-respectively", EXC + "- Impaired renal function: serum creatinine ≥ 1.5 mg/dL "
     "(≥ 133µmol/L) or ≥ 1.4 mg/dL (≥ 124 µmol/L) in men and women, respectively,",
     [(LabThresholdFact, {"value": 1.5, "unit": "mg/dL", "sex": "MALE"}, None),
      (LabThresholdFact, {"value": 1.4, "unit": "mg/dL", "sex": "FEMALE"}, None),
      (SexFact, None, None)]),
    ("condition-required-evidence-over-line-break", "Inclusion Criteria:\n- Histologically "
     "or cytologically confirmed diagnosis of squamous cell carcinoma of the\n             head "
     "and neck (SCCHN).",
     [(ConditionFact, {"label": "squamous cell carcinoma of the head and neck",
                       "role": "required"},
       "squamous cell carcinoma of the\n             head and neck")]),
    ("condition-exception-before-examples", EXC + "- Diabetes other than type 2 diabetes "
     "(e.g. secondary to pancreatic disorders, drug or chemical agents intake...),\n"
     "- Concomitant clinically significant respiratory disease other than COPD (eg, asthma, "
     "tuberculosis)\n- History of active malignancy within the last 5 years, with the exception "
     "of localized or in situ carcinoma (e.g., basal or squamous cell carcinoma of the skin)",
     [(ConditionFact, {"label": "diabetes mellitus", "exceptions": "type 2 diabetes"},
       "Diabetes other than type 2 diabetes"),
      (ConditionFact, {"label": "concomitant clinically significant lung disease",
                       "exceptions": "copd"},
       None),
      (ConditionFact, {"label": "asthma"}, "asthma"),
      (ConditionFact, {"label": "tuberculosis"}, "tuberculosis"),
      (ConditionFact, {"label": "active malignancy", "exceptions": "localized or in situ "
                       "carcinoma (e.g., basal or squamous cell carcinoma of the skin)"}, None)]),
    ("condition-other-causes-and-other-sites", EXC + "- other causes of dementia\n"
     "- Previous or current malignancies at other sites\n- Any other form of arthritis",
     [(ConditionFact, {"label": "other dementia"}, "other causes of dementia"),
      (ConditionFact, {"label": "other malignancy"}, "malignancies at other sites"),
      (ConditionFact, {"label": "other arthritis"}, "other form of arthritis")]),
    ("condition-context-and-its-abbreviation", EXC + "- Already receiving corticosteroids for "
     "other conditions (e.g. Lupus, asthma)\n- Patients on investigational therapy for "
     "graft-versus-host disease (GVHD)\n- Use of clonidine within the last 48 hours that have "
     "the potential of withdrawal hypertension.",
     [(ConditionFact, None, None)]),
    ("prior-therapy-named-with-its-abbreviation", EXC + "- Previous treatment with Glucagon "
     "Like Peptide-1 (GLP-1) agonists or DiPeptidyl Peptidase (DPP) IV inhibitors,\n"
     "- Prior treatment with a poly (ADP-ribose) polymerase (PARP) inhibitor\n"
     "- Previous treatment with any janus kinase (JAK) inhibitor",
     [(PriorTherapyFact, {"therapy": "glucagon like peptide-1 agonists", "required": False},
       "Previous treatment with Glucagon Like Peptide-1 (GLP-1) agonists"),
      (PriorTherapyFact, {"therapy": "poly (adp-ribose) polymerase inhibitor"}, None),
      (PriorTherapyFact, {"therapy": "janus kinase inhibitor"}, None)]),
    ("condition-narrower-labels-epilepsy-kidney-failure", EXC + "- History of a seizure "
     "disorder\n- Seizure within 6 months\n- acute renal failure\n- renal insufficiency\n"
     "- Known atrial-ventricular heart block\n- Live virus or bacteria vaccines within the last "
     "month",
     [(ConditionFact, {"label": "epilepsy"}, "seizure disorder"),
      (ConditionFact, {"label": "seizure", "within_days": 182.62}, None),
      (ConditionFact, {"label": "acute kidney failure"}, "acute renal failure"),
      (ConditionFact, {"label": "renal impairment"}, "renal insufficiency"),
      (ConditionFact, {"label": "heart block"}, "atrial-ventricular heart block"),
      (WashoutFact, {"therapy": "live vaccine", "min_days": 30.44}, None)]),
    ("condition-physical-or-psychiatric-imminent", EXC + "- Current or relevant previous "
     "history of serious, severe or unstable physical or psychiatric illness\n- Patients with "
     "imminent risk of suicide or injury to self, others, or property.",
     [(ConditionFact, {"label": "serious, severe or unstable disease"}, None),
      (ConditionFact, {"label": "serious, severe or unstable psychiatric disorder"},
       "serious, severe or unstable physical or psychiatric illness"),
      (ConditionFact, {"label": "imminent suicide risk"}, "imminent risk of suicide")]),
    ("consent-naming-an-age-measurable-or-evaluable", "Inclusion Criteria:\n- age 18 or above "
     "or of legal age to give informed consent specific to state and national laws.\n- At least "
     "one evaluable or uni- or bi-dimensionally measurable lesion by RECIST 1.1 criteria\n"
     "- Evaluable disease and one measurable site of disease according to RECIST 1.1",
     [(ConsentFact, None, None), (AgeFact, {"min_years": 18}, None),
      (MeasurableDiseaseFact, {"response_criteria": "RECIST 1.1"}, None)]),
    ("lab-range-open-above-and-bicarbonate", "Inclusion Criteria:\n- Estimated glomerular "
     "filtration rate (eGFR) of 20 to <60 mL/min/1.73m2\n- Serum bicarbonate level of 12 to 20 "
     "mEq/L\n- eGFR of >= 30 mL/min/1.73 m^2 and less than 90 mL/min/1.73 m^2",
     [(LabThresholdFact, {"analyte": "estimated GFR", "comparator": ">=", "value": 20}, None),
      (LabThresholdFact, {"analyte": "estimated GFR", "comparator": "<", "value": 60}, None),
      (LabThresholdFact, {"analyte": "bicarbonate", "loinc": "1963-8", "comparator": ">=",
                          "value": 12, "unit": "meq/L"}, None),
      (LabThresholdFact, {"analyte": "bicarbonate", "comparator": "<=", "value": 20}, None),
      (LabThresholdFact, {"analyte": "estimated GFR", "comparator": ">=", "value": 30}, None),
      (LabThresholdFact, {"analyte": "estimated GFR", "comparator": "<", "value": 90}, None)]),
    ("condition-haematological-and-other-cancers", EXC + "- Nasopharyngeal carcinoma.\n"
     "- Known metastases in the brain.\n- Prior AML, chronic lymphocytic leukemia or "
     "non-Hodgkin lymphoma\n- Lung adenocarcinoma with an Anaplastic Lymphoma Kinase (ALK) "
     "gene rearrangement\n- Has had prior anti-myeloma therapy within 2 weeks\n"
     "- measurable myeloma paraprotein",
     [(ConditionFact, {"label": "nasopharyngeal carcinoma"}, "Nasopharyngeal carcinoma"),
      (ConditionFact, {"label": "brain metastasis"}, "metastases in the brain"),
      (ConditionFact, {"label": "acute myeloid leukemia"}, "AML"),
      (ConditionFact, {"label": "chronic lymphocytic leukemia"}, None),
      (ConditionFact, {"label": "non-hodgkin lymphoma"}, "non-Hodgkin lymphoma"),
      (WashoutFact, {"therapy": "anti-myeloma therapy", "min_days": 14}, None)]),
    ("washout-in-the-previous-and-examples-bracket", EXC + "- Use of heparin in the previous "
     "48 hours\n- Treatment with weight loss medications (e.g. sibutramine, orlistat, "
     "rimonabant) within the last 3 months,",
     [(WashoutFact, {"therapy": "heparin", "min_days": 2},
       "heparin in the previous 48 hours"),
      (WashoutFact, {"therapy": "weight loss medications", "min_days": 91.31}, None)]),
    ("condition-childhood-tumours-and-lymphoma-kinds", EXC + "- Ewing Sarcoma\n- Osteogenic "
     "sarcoma\n- Grade 3b follicular lymphoma\n- Wilms tumour\n- Diagnosis of GIST or Kaposi "
     "sarcoma.",
     [(ConditionFact, {"label": "ewing sarcoma"}, "Ewing Sarcoma"),
      (ConditionFact, {"label": "osteosarcoma"}, "Osteogenic sarcoma"),
      (ConditionFact, {"label": "follicular lymphoma"}, "follicular lymphoma"),
      (ConditionFact, {"label": "wilms tumor"}, "Wilms tumour"),
      (ConditionFact, {"label": "kaposi's sarcoma"}, "Kaposi sarcoma")]),
    ("condition-mi-and-av-block-abbreviations", EXC + "- Acute MI (STEMI or Type I NSTEMI) "
     "within 7 days\n- AV-block II or III without pacemaker\n- second or third degree AV\n"
     "  block, other conduction defects",
     [(ConditionFact, {"label": "acute myocardial infarction", "within_days": 7}, None),
      # the bracket names the kinds, STEMI one of them, within the same 7 days
      (ConditionFact, {"label": "st-elevation myocardial infarction", "within_days": 7}, None),
      (ConditionFact, {"label": "heart block"}, "AV-block"),
      (ConditionFact, {"label": "second or third degree heart block"}, None)]),
    ("prior-therapy-not-previously-treated-with", "Inclusion Criteria:\n- Not previously "
     "treated with insulin\n- Patients must not have been previously treated with doxorubicin",
     [(PriorTherapyFact, {"therapy": "insulin", "required": False}, None),
      (PriorTherapyFact, {"therapy": "doxorubicin", "required": False}, None)]),
    ("lab-minimum-maximum-before-the-analyte", "Inclusion Criteria:\n- Minimum weight of 50 kg\n"
     "- Age 2 to < 6 years: maximum serum creatinine 0.8 mg/dL\n- minimum of 2 lesions",
     [(LabThresholdFact, {"analyte": "body weight", "comparator": ">=", "value": 50, "unit": "kg"},
       "Minimum weight of 50 kg"),
      (LabThresholdFact, {"analyte": "serum creatinine", "comparator": "<=", "value": 0.8},
       "maximum serum creatinine 0.8 mg/dL")]),
    ("condition-required-when-it-opens-the-criterion", "Inclusion Criteria:\n- Type 2 diabetes, "
     "treated only by diet or oral drugs other than metformin\n- Evidence of chronic "
     "hypertension.\n- HIV negative\n- Hypertension must be controlled\n- Allergy to any of "
     "the study medications.",
     [(ConditionFact, {"label": "type 2 diabetes", "role": "required"}, "Type 2 diabetes"),
      (ConditionFact, {"label": "chronic hypertension", "role": "required"},
       "chronic hypertension"),
      (ConditionFact, {"label": "hiv infection", "role": "excluded"}, "HIV negative")]),
    ("therapy-drug-named-not-its-class", EXC + "- Any history of bleeding diathesis, including "
     "the use of warfarin.\n- current anti-coagulant therapy within 7 days",
     [(PriorTherapyFact, {"therapy": "warfarin", "required": False}, None),
      (WashoutFact, {"therapy": "anticoagulants", "min_days": 7}, None)]),
    ("condition-kinds-high-risk-first-episode-proliferative", EXC + "- high risk pregnancy "
     "(gestational hypertension)\n- Patients in their first episode of psychosis\n"
     "- proliferative diabetic retinopathy\n- Active Psychogenic Non-Epileptic Seizures (PNES)\n"
     "- Allergy to CBD or any marijuana-type products,",
     [(ConditionFact, {"label": "high risk pregnancy"}, "high risk pregnancy"),
      (ConditionFact, {"label": "gestational hypertension"}, None),
      (ConditionFact, {"label": "first episode of psychosis"}, "first episode of psychosis"),
      (ConditionFact, {"label": "proliferative diabetic retinopathy"}, None),
      (ConditionFact, {"label": "active psychogenic non-epileptic seizure"}, None),
      (ConditionFact, {"label": "hypersensitivity to cbd"}, None)]),
    ("condition-of-the-person-cared-for", "Inclusion Criteria:\n- a dementia caregiver with any "
     "duration\nExclusion Criteria:\n- not a dementia family caregiver",
     [(ConditionFact, None, None)]),
    ("prior-therapy-drug-before-or-other", "Inclusion Criteria:\n- No prior cetuximab or other "
     "investigational agents\nExclusion Criteria:\n- Have received sorafenib or other systemic "
     "therapies for treatment of HCC in the past.",
     [(PriorTherapyFact, {"therapy": "cetuximab", "required": False}, None),
      (PriorTherapyFact, {"therapy": "investigational agent", "required": False}, None),
      (PriorTherapyFact, {"therapy": "sorafenib", "required": False}, None),
      (PriorTherapyFact, {"therapy": "systemic therapy", "required": False}, None)]),
    ("condition-drug-hypersensitivity-and-window-in-bracket", EXC + "- Previous history of drug "
     "hypersensitivity.\n- methotrexate hypersensitivity\n- immediate hypersensitivity\n"
     "- Smoker (has used tobacco or nicotine-containing products within 6 "
     "months prior to administration of trial medication)\n- Active or suspected malignancy or "
     "history of malignancy within the last 2 years",
     [(ConditionFact, {"label": "hypersensitivity to drug"}, "drug hypersensitivity"),
      (ConditionFact, {"label": "hypersensitivity to methotrexate"}, None),
      (ConditionFact, {"label": "hypersensitivity"}, "hypersensitivity"),
      (ConditionFact, {"label": "tobacco use", "within_days": 182.62}, None),
      (ConditionFact, {"label": "malignancy", "within_days": None}, None)]),
    ("contraception-banned-is-no-requirement", "Inclusion Criteria:\n- No concurrent oral "
     "contraception\n- Women must use effective contraception",
     [(ContraceptionFact, {}, "contraception")]),
    ("lab-alternative-after-or-calculated-or-24-hour", "Inclusion Criteria:\n- albumin greater "
     "than or equal to 2.5g/dL, creatinine less than or equal to 2.5mg/dL or calculated or "
     "24-hour urine creatinine clearance greater than or equal to 30mL/min; fasting serum "
     "glucose less than 126mg/dL",
     [(LabThresholdFact, {"analyte": "serum albumin", "any_of": None}, None),
      (LabThresholdFact, {"analyte": "serum creatinine", "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "creatinine clearance", "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "fasting glucose", "any_of": None}, None)]),
    ("condition-neurological-and-other-named-disorders", EXC + "- Have a history of "
     "Guillain-Barre syndrome.\n- Restless Legs Syndrome\n- Periodic Limb Movement Disorder\n"
     "- Splenectomised patients\n- congenital cardiac defects,\n- History of neurogenic bladder.\n"
     "- Patient with urethral stricture\n- Dementia with Lewy bodies or frontotemporal dementia\n"
     "- Periodic Limb Movement with Arousal Index > 15",
     [(ConditionFact, {"label": x}, None) for x in (
         "guillain-barre syndrome", "restless legs syndrome", "periodic limb movement disorder",
         "asplenia", "congenital heart disease", "neurogenic bladder", "urethral stricture",
         "lewy body dementia", "frontotemporal dementia")]),
    ("condition-kinds-of-pneumonia-and-sleep-disorder", EXC + "- Patients with cystic "
     "fibrosis, Pneumocystis jiroveci pneumonia, or active tuberculosis\n- Known or suspected "
     "hospital-acquired pneumonia\n- Circadian Rhythm Sleep Disorder\n- Primary Hypersomnia\n"
     "- On the Munich Parasomnia Scale (MUPS), endorsed the item on sleep-eating",
     [(ConditionFact, {"label": x}, None) for x in (
         "cystic fibrosis", "pneumocystis pneumonia", "active tuberculosis",
         "hospital-acquired pneumonia", "circadian rhythm sleep disorder", "hypersomnia")]),
    ("condition-kinds-resistant-sensitive-microscopic", EXC + "- Aspirin-sensitive asthma\n"
     "- Microscopic hematuria that has not been adequately evaluated\n- Inflammatory breast "
     "cancer\n- History of treatment resistant schizophrenia\n- Alcoholic liver disease",
     [(ConditionFact, {"label": x}, None) for x in (
         "aspirin-sensitive asthma", "microscopic hematuria", "inflammatory breast cancer",
         "treatment resistant schizophrenia", "alcoholic liver disease")]),
    ("condition-organ-head-shares-control-with-examples", EXC + "- Uncontrolled endocrine "
     "diseases (e.g. diabetes mellitus, hypothyroidism or hyperthyroidism)\n- Evidence of "
     "decompensated liver disease including ascites or hepatic encephalopathy",
     [(ConditionFact, {"label": "uncontrolled endocrine disease"}, None),
      (ConditionFact, {"label": "uncontrolled diabetes mellitus"}, None),
      (ConditionFact, {"label": "uncontrolled hypothyroidism"}, None),
      (ConditionFact, {"label": "uncontrolled hyperthyroidism"}, None),
      (ConditionFact, {"label": "decompensated liver disease"}, None),
      (ConditionFact, {"label": "ascites"}, None),
      (ConditionFact, {"label": "hepatic encephalopathy"}, None)]),
    ("condition-nyha-stage", EXC + "- Heart failure (NYHA classification Stage III or IV), or left "
     "ventricular hypertrophy\n- New York Heart Association stage 3 or 4 cardiac disease.",
     [(ConditionFact, {"label": "nyha class iii-iv heart failure"}, None),
      (ConditionFact, {"label": "left ventricular hypertrophy"}, None),
      (ConditionFact, {"label": "nyha class iii-iv heart disease"}, None)]),
    ("condition-diabetic-complications-are-no-diabetes", EXC + "- History of diabetic "
     "hyperglycemic hyperosmolar syndrome\n- Diabetic emergencies in the past year\n"
     "- Diabetic patients",
     [(ConditionFact, {"label": "diabetes mellitus"}, "Diabetic"),
      (ConditionFact, {"label": "hyperosmolar hyperglycemic state"},
       "diabetic hyperglycemic hyperosmolar syndrome")]),
    ("condition-modifiers-joined-by-a-slash", EXC + "- Patients with severe/uncontrolled "
     "intercurrent illness\n- Latent/active tuberculosis\n- Advanced/metastatic renal cell "
     "carcinoma",
     [(ConditionFact, {"label": "severe/uncontrolled intercurrent illness"}, None),
      (ConditionFact, {"label": "latent/active tuberculosis"}, None),
      (ConditionFact, {"label": "advanced/metastatic renal cell carcinoma"}, None)]),
    ("condition-non-infectious-kind", EXC + "- Active non-infectious pneumonitis\n- Significant "
     "non-neoplastic liver disease (e.g. cirrhosis)",
     [(ConditionFact, {"label": "active non-infectious pneumonitis"}, None),
      (ConditionFact, {"label": "significant non-neoplastic liver disease"}, None),
      (ConditionFact, {"label": "cirrhosis"}, None)]),
    ("condition-partial-or-complete", EXC + "- Partial or complete bowel obstruction\n"
     "- History of partial seizures",
     [(ConditionFact, {"label": "partial or complete bowel obstruction"}, None),
      (ConditionFact, {"label": "partial seizure"}, None)]),
    ("condition-kind-words-invasive-systemic-demyelinating", EXC + "- Heat stroke, malignant "
     "hyperthermia\n- Use of walking aids\n- The subject has a history of allergic asthma.\n"
     "- Suspected demyelinating disease of the central nervous system\n- Systemic fungal "
     "infection\n- History of another invasive cancer within the past 3 years",
     [(ConditionFact, {"label": "heat stroke"}, None),
      (ConditionFact, {"label": "allergic asthma"}, None),
      (ConditionFact, {"label": "demyelinating central nervous system disease"}, None),
      (ConditionFact, {"label": "systemic fungal infection"}, None),
      (ConditionFact, {"label": "other invasive malignancy", "within_days": 1095.75}, None)]),
    ("condition-pulmonary-arterial-hypertension", EXC + "- Pulmonary arterial hypertension.\n"
     "- Portopulmonary hypertension",
     [(ConditionFact, {"label": "pulmonary arterial hypertension"}, None),
      (ConditionFact, {"label": "pulmonary hypertension"}, None)]),
    ("condition-diabetes-type-written-after", EXC + "- Patients with diabetes Type I\n"
     "- Evidence or history of diabetes mellitus Type 1 or Type 2\n"
     "- Uncontrolled diabetes mellitus, type 2",
     [(ConditionFact, {"label": "type 1 diabetes"}, "diabetes Type I"),
      (ConditionFact, {"label": "type 1 diabetes"}, "diabetes mellitus Type 1 or Type 2"),
      (ConditionFact, {"label": "type 2 diabetes"}, "diabetes mellitus Type 1 or Type 2"),
      (ConditionFact, {"label": "uncontrolled type 2 diabetes"}, None)]),
    ("condition-organ-list-through-immunological", EXC + "- Participants who currently had "
     "clinically significant neurological, hepatic, renal, metabolic, hematological, "
     "immunological, cardiovascular, pulmonary, or gastrointestinal disorders.",
     [(ConditionFact, {"label": "clinically significant " + x}, None) for x in (
         "neurological disorder", "liver disease", "kidney disease", "metabolic disease",
         "cardiovascular disease", "lung disease", "gastrointestinal disease")]),
    ("condition-organ-list-cerebral-and-kinds", EXC + "- severe or uncontrolled cardiac, "
     "cerebral, or psychiatric disease\n- Subjects with posterior subcapsular cataracts\n"
     "- central serous retinopathy (CSR)",
     [(ConditionFact, {"label": "severe or uncontrolled heart disease"}, None),
      (ConditionFact, {"label": "severe or uncontrolled psychiatric disorder"}, None),
      (ConditionFact, {"label": "posterior subcapsular cataract"}, None),
      (ConditionFact, {"label": "central serous chorioretinopathy"}, None)]),
    ("therapy-kinds-of-transplant-and-vaccine", EXC + "- History of an allogenic stem cell "
     "transplant.\n- Have received a recent yellow-fever vaccination (within 28 days of "
     "enrollment)",
     [(PriorTherapyFact, {"therapy": "allogeneic stem cell transplantation", "required": False},
       None),
      (WashoutFact, {"therapy": "yellow fever vaccine", "min_days": 28}, None)]),
    ("washout-whichever-was-longer-anti-diabetic", EXC + "- The subject has used an "
     "investigational agent within 30 days or 5 half-lives (whichever was longer) prior to "
     "pre-screening.\n- Use of an anti-diabetic agent within 3 months",
     [(WashoutFact, {"therapy": "investigational agent", "rule": "longer", "half_lives": 5},
       None),
      (WashoutFact, {"therapy": "anti-diabetic agent", "min_days": 91.31}, None),
      (ConditionFact, None, None)]),
    ("lab-offset-above-uln", "Inclusion Criteria:\n- INR ≤ 1.5 and PTT ≤ 5 seconds above ULN\n"
     "- liver transaminases (ALT) < 50% above the upper limit of normal",
     [(LabThresholdFact, {"analyte": "INR", "value": 1.5}, None),
      (LabThresholdFact, {"analyte": "ALT", "comparator": "<", "uln_multiple": 1.5}, None),
      (LabThresholdFact, {"analyte": "AST", "comparator": "<", "uln_multiple": 1.5}, None)]),
    ("age-of-a-relative", EXC + "- Congenital long QT syndrome, or 1st degree relative with "
     "unexplained sudden death under 40 years of age.\n- Age < 18 years",
     [(AgeFact, {"max_years": 18}, "< 18 years")]),
    ("condition-window-bracketed-before-or-presence-of", EXC + "- History (within the last 6 "
     "months) or presence of stroke/cerebrovascular accident.\n- Recent (within 6 months prior "
     "to study drug administration) history of alcohol abuse",
     [(ConditionFact, {"label": "stroke", "within_days": 182.62}, None),
      (ConditionFact, {"label": "alcohol abuse", "within_days": 182.62}, None)]),
    ("prior-checkpoint-named", EXC + "- Participants with prior exposure to anti PD-1 or "
     "anti-PDL1 therapy\n- prior immune checkpoint inhibitors",
     [(PriorTherapyFact, {"therapy": "anti-PD-1 therapy"}, None),
      (PriorTherapyFact, {"therapy": "anti-PD-L1 therapy"}, None),
      (PriorTherapyFact, {"therapy": "immune checkpoint inhibitor"}, None)]),
    ("condition-qualifier-not-controlled-by", EXC + "- Patients with evidence of a bleeding "
     "diathesis that cannot be corrected with standard therapy or factor replacement.\n"
     "- Hypertension not controlled by medical therapy",
     [(ConditionFact, {"label": "bleeding disorder", "qualifier": "that cannot be corrected with "
                       "standard therapy or factor replacement"}, None),
      (ConditionFact, {"label": "hypertension", "qualifier": "not controlled by medical therapy"},
       "Hypertension not controlled by medical therapy")]),
    ("condition-multiple-pregnancy", EXC + "- high risk pregnancy (gestational hypertension, "
     "multiple pregnancies)\n- multiple gestation",
     [(ConditionFact, {"label": "high risk pregnancy"}, None),
      (ConditionFact, {"label": "gestational hypertension"}, None),
      (ConditionFact, {"label": "multiple pregnancy"}, "multiple pregnancies"),
      (ConditionFact, {"label": "multiple pregnancy"}, "multiple gestation")]),
    ("performance-score-before-on-the-scale", "Inclusion Criteria:\n- Have a performance status "
     "≤1 on the Eastern Cooperative Oncology Group (ECOG) scale\n- Performance status 0-2 on "
     "Zubrod scale",
     [(PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 1},
       "performance status ≤1 on the Eastern Cooperative Oncology Group"),
      (PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 2}, None)]),
    ("prior-therapy-been-previously-treated", EXC + "- Has been previously treated with adalimumab",
     [(PriorTherapyFact, {"therapy": "adalimumab", "required": False}, None)]),
    ("hard-wrapped-text-reads-as-one-line", EXC + "- Chemotherapy, radiotherapy, immunotherapy or "
     "other anti-cancer therapy including\n             investigational drugs within 14 days prior "
     "to the first dose of any one of the\n             investigational drugs described in this "
     "study.",
     [(WashoutFact, {"therapy": "chemotherapy", "min_days": 14},
       "Chemotherapy, radiotherapy, immunotherapy or other anti-cancer therapy including\n"
       "             investigational drugs within 14 days"),
      (WashoutFact, {"therapy": "radiotherapy", "min_days": 14}, None),
      (WashoutFact, {"therapy": "immunotherapy", "min_days": 14}, None),
      (WashoutFact, {"therapy": "anticancer therapy", "min_days": 14}, None)]),
    ("lab-pt-or-inr-alternatives", "Inclusion Criteria:\n- Prothrombin Time (PT) or International "
     "normalised ratio (INR) ≤ 1.3 x ULN\n- INR ≤ 1.5 and PT ≤ 1.5 x ULN",
     [(LabThresholdFact, {"analyte": "prothrombin time", "uln_multiple": 1.3, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "INR", "uln_multiple": 1.3, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "INR", "value": 1.5, "any_of": None}, None),
      (LabThresholdFact, {"analyte": "prothrombin time", "uln_multiple": 1.5, "any_of": None},
       None)]),
    ("lab-subgroup-clause-without-stop", "Inclusion Criteria:\n- Alkaline phosphatase ≤ 2.5 times "
     "ULN Patients with bone metastases alkaline phosphatases ≤ 5 times ULN\n- ALT ≤ 2.5 x ULN "
     "unless raised due to hepatic metastatic disease in which case up to 5 x ULN is permissible",
     [(LabThresholdFact, {"analyte": "alkaline phosphatase", "uln_multiple": 2.5,
                          "subgroup": ["bone metastasis"], "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "alkaline phosphatase", "uln_multiple": 5,
                          "subgroup": ["bone metastasis"], "subgroup_negated": False}, None),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 2.5, "subgroup": ["liver metastasis"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 5, "subgroup": ["liver metastasis"],
                          "subgroup_negated": False}, None)]),
    ("age-excluding-end-and-child-for-assent", "Inclusion Criteria:\n- male or female patients "
     "age between 1 to 18 years old (including 1 year and excluding 18 years old);\n- assent "
     "must be obtained from the parents or guardian if the subject is a child under 18 years",
     [(AgeFact, {"min_years": 1, "min_inclusive": True, "max_years": 18, "max_inclusive": False},
       None)]),
    ("condition-aids-narrower-than-hiv", EXC + "- Known AIDS\n- acquired immunodeficiency "
     "syndrome",
     [(ConditionFact, {"label": "aids"}, "AIDS"),
      (ConditionFact, {"label": "aids"}, "acquired immunodeficiency syndrome")]),
    ("condition-allergy-agent-complete", EXC + "- Known hypersensitivity to drugs formulated with "
     "Polysorbate 80.\n- Hypersensitivity to Pazopanib or any of its excipients\n- Has known "
     "hypersensitivity to Fluticasone Propionate 0.05% cream",
     [(ConditionFact, {"label": "hypersensitivity to drugs formulated with polysorbate 80"}, None),
      (ConditionFact, {"label": "hypersensitivity to pazopanib or any of its excipients"}, None),
      (ConditionFact, {"label": "hypersensitivity to fluticasone propionate 0.05% cream"}, None)]),
    ("condition-phase-and-kind-words", "Inclusion Criteria:\n- Chronic myelogenous leukemia in "
     "accelerated phase or blast-crisis.\nExclusion Criteria:\n- Has open skin infections "
     "(bacterial, viral or fungal) if at the application site;\n- Patients with multiple primary "
     "cancers\n- Erosive esophagitis\n- marijuana smoking",
     [(ConditionFact, {"label": "chronic myeloid leukemia", "role": "required",
                       "qualifier": "in accelerated phase or blast-crisis"}, None),
      (ConditionFact, {"label": "skin infection"}, "skin infections"),
      (ConditionFact, {"label": "multiple primary malignancy"}, None),
      (ConditionFact, {"label": "erosive esophagitis"}, None),
      (ConditionFact, {"label": "cannabis use"}, None)]),
    ("performance-scales-as-alternatives", "Karnofsky performance status (KPS) of ≥ 70 / "
     "Eastern Cooperative Oncology Group performance status (ECOG PS) of 0 or 1 at trial entry\n"
     "- ECOG 0-1 and KPS ≥ 70",
     [(PerformanceStatusFact, {"scale": "Karnofsky", "min": 70, "any_of": 1},
       "Karnofsky performance status (KPS) of ≥ 70"),
      (PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 1, "any_of": 1}, None),
      (PerformanceStatusFact, {"scale": "ECOG", "any_of": None}, "ECOG 0-1"),
      (PerformanceStatusFact, {"scale": "Karnofsky", "any_of": None}, "KPS ≥ 70")]),
    ("performance-age-is-no-score", "Karnofsky performance scale (KPS for > 16 yrs of age) or "
     "Lansky performance score (LPS for =< 16 years of age) assessed within two weeks",
     [(PerformanceStatusFact, None, None)]),
    ("biomarker-ion-charges-are-analytes", "Serum Na, K+, Mg2+, Phosphate and Ca2+>= Lower "
     "Limit of Normal (LLN)\n- CD20+ B-cell lymphoma",
     [(BiomarkerFact, {"marker": "CD20"}, "CD20+")]),
    ("condition-neuropathy-sites", EXC + "- Additional eye disease in the study eye (e.g. ischemic "
     "optic neuropathy)\n- Symptomatic autonomic neuropathy\n- cranial nerve neuropathy",
     [(ConditionFact, {"label": "ischemic optic neuropathy"}, "ischemic optic neuropathy"),
      (ConditionFact, {"label": "symptomatic autonomic neuropathy"}, None),
      (ConditionFact, {"label": "cranial neuropathy"}, None)]),
    ("condition-long-qt-syndrome", EXC + "- Have a known history of long QT syndrome\n- Long QT "
     "interval on ECG\n- Congenital LQTS",
     [(ConditionFact, {"label": "long qt syndrome"}, "long QT syndrome"),
      (ConditionFact, {"label": "prolonged qt interval"}, "Long QT interval"),
      (ConditionFact, {"label": "congenital long qt syndrome"}, "Congenital LQTS")]),
    ("condition-uri-and-sinus-infection", EXC + "- URI or sinus infection during the 2 weeks "
     "preceding the beginning of the study",
     [(ConditionFact, {"label": "upper respiratory tract infection", "within_days": 14}, None),
      (ConditionFact, {"label": "sinusitis", "within_days": 14}, None)]),
    ("condition-drug-class-named-after-virus", EXC + "- Medications that are potent inhibitors "
     "of CYP3A4, including verapamil and HIV protease inhibitors.\n- Prior exposure to HCV NS5A "
     "inhibitor\n- no previous exposure to raltegravir or HIV-1 integrase inhibitors",
     [(ConditionFact, None, None),
      (PriorTherapyFact, {"therapy": "hcv ns5a inhibitor", "required": False}, None)]),
    ("condition-title-case-headings-name-a-topic", EXC + "1. Medical History and Concurrent "
     "Diseases\n   - Patients known to be HIV-positive\n   - Cardiac Conditions:\n   - "
     "Uncontrolled angina\n2. Allergies and Adverse Drug Reactions\n   - Known allergic reaction "
     "to dasatinib\n3. Active infection, including:\n   - tuberculosis",
     [(ConditionFact, {"label": "hiv infection"}, None),
      (ConditionFact, {"label": "uncontrolled angina"}, None),
      (ConditionFact, {"label": "hypersensitivity to dasatinib"}, None),
      (ConditionFact, {"label": "active infection"}, None),
      (ConditionFact, {"label": "tuberculosis"}, None)]),
    ("condition-lead-in-subgroup-is-context", EXC + "- For patients with diabetes, inability or "
     "refusal to use a glucometer\n- For participants with HIV, history of opportunistic "
     "infection in the preceding 6 months\n- For patients with diabetes: uncontrolled diabetes",
     [(ConditionFact, {"label": "opportunistic infection", "within_days": 182.62}, None),
      (ConditionFact, {"label": "uncontrolled diabetes mellitus"}, "uncontrolled diabetes")]),
    ("lab-thousands-grouped-by-spaces", EXC + "- Absolute neutrophil count (ANC) ≤1 500/μL, "
     "platelet count ≤100 000/μL\n- Platelet count <100 109/L) at screening",
     [(LabThresholdFact, {"analyte": "absolute neutrophil count", "value": 1500, "unit": "/uL"},
       "Absolute neutrophil count (ANC) ≤1 500/μL"),
      (LabThresholdFact, {"analyte": "platelet count", "value": 100000, "unit": "/uL"},
       "platelet count ≤100 000/μL"),
      (LabThresholdFact, {"analyte": "platelet count", "value": 100, "unit": "10*9/L"}, None)]),
    ("condition-narrower-kinds-kept", EXC + "- History of hemorrhagic stroke at any time in the "
     "past\n- History of thrombotic or hemorrhagic stroke\n- cardiac tachy-arrhythmia\n- "
     "Lactose intolerant patient\n- bladder cancer or other urothelial "
     "malignancy\n- current or previous uninvestigated hematuria",
     [(ConditionFact, {"label": "hemorrhagic stroke"}, "hemorrhagic stroke"),
      (ConditionFact, {"label": "stroke"}, None),
      (ConditionFact, {"label": "tachyarrhythmia"}, "cardiac tachy-arrhythmia"),
      (ConditionFact, {"label": "lactose intolerance"}, None),
      (ConditionFact, {"label": "bladder cancer"}, None),
      (ConditionFact, {"label": "urothelial malignancy"}, None),
      (ConditionFact, {"label": "uninvestigated hematuria"}, None)]),
    ("condition-note-not-an-exclusion", EXC + "- Note: suicidal ideation is not an exclusion.\n- "
     "Note: subjects with HIV infection are an exclusion.",
     [(ConditionFact, {"label": "hiv infection"}, None)]),
    ("condition-grade-list-before", EXC + "- Have had a Grade 2, 3 or 4 hemorrhage in the last 30 "
     "days\n- Presence of a grade 3 or 4 infection\n- severe heart disease NYHA grade 3 or 4, "
     "renal failure",
     [(ConditionFact, {"label": "bleeding", "qualifier": "grade 2, 3 or 4", "within_days": 30},
       "Grade 2, 3 or 4 hemorrhage in the last 30 days"),
      (ConditionFact, {"label": "infection", "qualifier": "grade 3 or 4"}, None),
      (ConditionFact, {"label": "nyha class iii-iv severe heart disease"}, None),
      (ConditionFact, {"label": "kidney failure", "qualifier": None}, "renal failure")]),
    ("condition-exception-scopes", EXC + "- History of active malignancy during the past 5 years "
     "with the exception of nonmetastatic treated skin cancer (e.g. basal or squamous cell "
     "carcinoma ) or stage 0 cervical carcinoma\n- active genital infection, other than genital "
     "warts, either concurrently or within 4 weeks prior to screening\n- Cause of liver disease "
     "other than chronic HCV infection, such as autoimmune or alcoholic liver disease\n- Other "
     "than psoriasis, history of any clinically significant uncontrolled disease.\n- co-morbid "
     "psychiatric diagnosis [except oppositional defiant disorder (ODD)], including bipolar "
     "disorder\n- Any conduction abnormality (including but not specific to left bundle branch "
     "block)",
     [(ConditionFact, {"label": "active malignancy", "within_days": 1826.25,
                       "exceptions": "nonmetastatic treated skin cancer (e.g. basal or squamous "
                                     "cell carcinoma ) or stage 0 cervical carcinoma"}, None),
      (ConditionFact, {"label": "active genital infection", "exceptions": "genital warts",
                       "within_days": 28}, None),
      (ConditionFact, {"label": "liver disease", "exceptions": "chronic hcv infection"}, None),
      (ConditionFact, {"label": "alcoholic liver disease"}, None),
      (ConditionFact, {"label": "clinically significant uncontrolled disease"}, None),
      (ConditionFact, {"label": "bipolar disorder"}, None),
      (ConditionFact, {"label": "left bundle branch block"}, None)]),
    ("condition-required-abbreviation-labelled", "Inclusion Criteria:\n- confirmed diagnosis of "
     "CLL and an indication for treatment\n- Histologically confirmed diagnosis of advanced "
     "NSCLC\n- Diagnosis of cutaneous lupus erythematosus",
     [(ConditionFact, {"label": "chronic lymphocytic leukemia", "role": "required"}, "CLL"),
      (ConditionFact, {"label": "advanced non-small cell lung carcinoma"}, "advanced NSCLC"),
      (ConditionFact, {"label": "cutaneous lupus erythematosus"}, None)]),
    ("condition-negative-result-before-infection", "Inclusion Criteria:\n- Subjects with negative "
     "human immunodeficiency virus (HIV) and hepatitis B surface antigen (Hep B) results.\n- "
     "Hepatitis B: negative Hepatitis B Surface Antigen (HBsAg)",
     [(ConditionFact, {"label": "hiv infection", "role": "excluded"}, None),
      (ConditionFact, {"label": "hepatitis b", "role": "excluded"}, "hepatitis B surface antigen"),
      (ConditionFact, {"label": "hepatitis b", "role": "excluded"}, None)]),
    ("washout-based-kinds-coordinated", "Inclusion Criteria:\n- >=4 weeks from last "
     "platinum-based or fluoropyrimidine-based chemotherapy",
     [(WashoutFact, {"therapy": "platinum-based or fluoropyrimidine-based chemotherapy",
                     "min_days": 28}, None)]),
    ("lab-isolated-value-allowed-is-no-bound", "Inclusion Criteria:\n- AST, ALT, alkaline "
     "phosphatase and bilirubin ≤ 1.5xULN (isolated bilirubin >1.5xULN is acceptable if "
     "bilirubin is fractionated and direct bilirubin <35%).",
     [(LabThresholdFact, {"analyte": "AST", "comparator": "<=", "uln_multiple": 1.5}, None),
      (LabThresholdFact, {"analyte": "ALT", "comparator": "<=", "uln_multiple": 1.5}, None),
      (LabThresholdFact, {"analyte": "alkaline phosphatase", "uln_multiple": 1.5}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "comparator": "<=", "uln_multiple": 1.5},
       None)]),
    ("condition-required-stage-after", "Inclusion Criteria:\n- Primary breast cancer (Stage I, "
     "II, or III).\n- Chronic kidney disease stage 3-4",
     [(ConditionFact, {"label": "stage i-iii primary breast cancer", "role": "required"},
       "Primary breast cancer (Stage I, II, or III)"),
      (ConditionFact, {"label": "stage 3-4 chronic kidney disease", "role": "required"}, None)]),
    ("condition-kinds-and-names-26", EXC + "- Recipient is seropositive for human "
     "immunodeficiency (HIV)\n- von Willebrand's disease\n- agnogenic hematuria\n- Autosomal "
     "Dominant Polycystic Kidney Disease\n- surgical wound infections\n- Diagnosed acquired "
     "bleeding disorder within one year\n- hereditary or acquired bleeding disorder\n- Patients "
     "with > grade-2 neuropathy",
     [(ConditionFact, {"label": "hiv infection"}, None),
      (ConditionFact, {"label": "von willebrand disease"}, None),
      (ConditionFact, {"label": "agnogenic hematuria"}, None),
      (ConditionFact, {"label": "autosomal dominant polycystic kidney disease"}, None),
      (ConditionFact, {"label": "wound infection"}, None),
      (ConditionFact, {"label": "acquired bleeding disorder", "within_days": 365.25}, None),
      (ConditionFact, {"label": "bleeding disorder"}, None),
      (ConditionFact, {"label": "peripheral neuropathy", "qualifier": "> grade-2"}, None)]),
    ("washout-living-vaccine", EXC + "- Vaccination by living vaccine during the preceding 2 "
     "weeks", [(WashoutFact, {"therapy": "live vaccine", "min_days": 14}, None)]),
    ("sex-in-exclusions", EXC + "- Male or female, ages 18 to 65 years\n- Postmenopausal women\n"
     "- Female sex (at birth)\n- Male patients.",
     [(SexFact, {"sex": "FEMALE"}, "Female"), (SexFact, {"sex": "MALE"}, "Male")]),
    ("washout-generic-then-drug-named", EXC + "- Prior treatment with cidofovir within the last 2 "
     "weeks.\n- Participant has had prior treatment with proteasome inhibitor within 60 days prior "
     "to first dose of study drug.",
     [(WashoutFact, {"therapy": "cidofovir", "min_days": 14}, None),
      (WashoutFact, {"therapy": "proteasome inhibitor", "min_days": 60}, None)]),
    ("condition-varicella-met-and-vaccines-named", EXC + "- Exposure to varicella during 15 days "
     "before inclusion\n- Planned administration of a varicella or HZ vaccine\n- expected to "
     "receive a live vaccine (including herpes zoster vaccine)\n- Serious adverse reactions to "
     "vaccines such as anaphylaxis",
     [(ConditionFact, {"label": "varicella"}, "varicella"),
      (ConditionFact, {"label": "anaphylaxis"}, None),
      (WashoutFact, None, None)]),
    ("condition-cause-of-symptoms", EXC + "- history of persistent neurological symptoms "
     "attributable to serious head injury\n- Uncontrolled infection (defined as ongoing "
     "signs/symptoms related to the infection without improvement)",
     [(ConditionFact, {"label": "uncontrolled infection"}, None)]),
    ("condition-involvement-by-disease", EXC + "- Central nervous system involvement by "
     "malignancy\n- Known CNS involvement with CLL",
     [(ConditionFact, {"label": "cns involvement"}, None),
      (ConditionFact, {"label": "cns involvement"}, None)]),
    ("condition-diagnosis-allowed-not-required", "Inclusion Criteria:\n- Subjects may have a "
     "lifetime diagnosis of ADHD.\n- Patients may be newly diagnosed with metastatic breast "
     "carcinoma", [(ConditionFact, {"label": "metastatic breast carcinoma"}, None)]),
    ("condition-cancer-sites-share-head", EXC + "- history of breast or ovarian cancer\n- "
     "History of, or current uterine, cervix, ovarian, or breast cancer.",
     [(ConditionFact, {"label": "breast cancer"}, None),
      (ConditionFact, {"label": "ovarian cancer"}, None),
      (ConditionFact, {"label": "ovarian cancer"}, None),
      (ConditionFact, {"label": "breast cancer"}, None)]),
    ("condition-examples-share-the-eye", EXC + "- Evidence of ocular disease other than AMD in the "
     "study eye that may confound the study outcomes (e.g., uveitis, or macular edema).",
     [(ConditionFact, {"label": "uveitis", "qualifier": "in the study eye"}, None),
      (ConditionFact, {"label": "macular edema", "qualifier": "in the study eye"}, None)]),
    ("condition-kinds-and-names-27", EXC + "- Patients with disseminated intrinsic pontine "
     "glioma\n- Cold urticaria.\n- traumatic osteoarthritis, hemophilic arthritis\n- Multiple "
     "trigger finger; local infection\n- radiation pneumonia requiring hormonal therapy\n- "
     "biliary sepsis\n- Patients with history of allergy and/or intolerance to MLN9708 are not "
     "eligible.\n- known sensitivity to 5-fluorouracil or known DPD deficiency",
     [(ConditionFact, {"label": "disseminated intrinsic pontine glioma"}, None),
      (ConditionFact, {"label": "cold urticaria"}, None),
      (ConditionFact, {"label": "traumatic osteoarthritis"}, None),
      (ConditionFact, {"label": "hemophilic arthritis"}, None),
      (ConditionFact, {"label": "local infection"}, None),
      (ConditionFact, {"label": "radiation pneumonitis"}, None),
      (ConditionFact, {"label": "biliary sepsis"}, None),
      (ConditionFact, {"label": "hypersensitivity to mln9708"}, None),
      (ConditionFact, {"label": "hypersensitivity to 5-fluorouracil"}, None),
      (ConditionFact, {"label": "dihydropyrimidine dehydrogenase deficiency"}, None)]),
    ("lab-multiple-written-time", "Inclusion Criteria:\n- Bilirubin =< 1.5 time upper limit of "
     "normal for age",
     [(LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 1.5, "value": None},
       None)]),
    ("performance-scales-by-age-bracket", "Inclusion Criteria:\n- Karnofsky performance scale "
     "(KPS) (for > 16 yrs of age) or Lansky performance score (LPS) (for =< 16 years of age) => 50 "
     "assessed within two weeks prior to registration\n- Karnofsky performance scale (KPS for > 16 "
     "years of age) or Lansky performance score (LPS for =< 16 years of age) >= 50",
     [(PerformanceStatusFact, {"scale": "Karnofsky", "min": 50, "any_of": 1}, None),
      (PerformanceStatusFact, {"scale": "Lansky", "min": 50, "any_of": 1}, None),
      (AgeFact, None, None)]),
    ("age-comparators-written-out", "Inclusion Criteria:\n- Age greater than or equal to 18 years"
     "\n- age equal to or greater than 18 years\n- Patients greater than 2 years and less than or "
     "equal to 25 years of age",
     [(AgeFact, {"min_years": 18, "min_inclusive": True}, "greater than or equal to 18 years"),
      (AgeFact, {"min_years": 18, "min_inclusive": True}, "equal to or greater than 18 years"),
      (AgeFact, {"min_years": 2, "min_inclusive": False, "max_years": 25,
                 "max_inclusive": True}, None)]),
    ("age-in-the-reason-is-no-bound", "Inclusion Criteria:\n- Age ≥18 years. Because no dosing or "
     "adverse event data are currently available on the use of nivolumab in patients < 18 years of "
     "age, children are excluded from this study.",
     [(AgeFact, {"min_years": 18, "max_years": None}, None)]),
    ("washout-inclusion-asks-for-recent-therapy", "Inclusion Criteria:\n- Use of over the counter "
     "artificial tears within the past 30 days.\n- Underwent cytoreductive surgery within the past "
     "12 weeks\n- At least 4 weeks since prior chemotherapy\n- Adequate marrow function "
     "independent of growth factor support within 2 weeks of screening",
     [(WashoutFact, {"therapy": "chemotherapy", "min_days": 28}, None),
      (WashoutFact, {"therapy": "growth factors", "min_days": 14}, None)]),
    ("condition-what-therapies-are-for-27", EXC + "- Subjects currently receiving vasodilator "
     "therapies for pulmonary hypertension (e.g bosentan)\n- Cluster of differentiation 4 (CD4+) "
     "T-cell count >200 cells/mm^3 if on ART\n\nInclusion Criteria:\n- No prior chemotherapy, "
     "including estramustine or suramin for prostate cancer\n- Patients with abnormal liver "
     "function will be eligible. No distinction will be made between liver dysfunction due to "
     "metastases and liver dysfunction due to other causes.",
     [(ConditionFact, None, None), (BiomarkerFact, None, None),
      (PriorTherapyFact, {"therapy": "chemotherapy", "required": False}, None)]),
    ("review-28-kinds-and-comparators", "Inclusion Criteria:\n- Expected survival longer than 3 "
     "months from study enrollment\n- must agree to use an effective method of contraception from "
     "the time consent is signed\n- International normalized ratio of prothrombin time must be "
     "less than or equal to 1.5 times the ULN.\nExclusion Criteria:\n- Current or previous smoker "
     "with a smoking history of ≥ 10 pack years\n- Had a prior hip fracture\n- brain "
     "arteriovenous malformation\n- history of prosthetic or native joint infection\n- active oral "
     "infection\n- severe or psychotic major depression",
     [(LifeExpectancyFact, {"min_months": 3, "comparator": ">"}, None),
      (ContraceptionFact, {}, None), (ConsentFact, None, None),
      (LabThresholdFact, {"analyte": "INR", "uln_multiple": 1.5}, None),
      (ConditionFact, {"label": "tobacco use",
                       "qualifier": "with a smoking history of ≥ 10 pack years"}, None),
      (ConditionFact, {"label": "hip fracture"}, None),
      (ConditionFact, {"label": "brain arteriovenous malformation"}, None),
      (ConditionFact, {"label": "joint infection"}, None),
      (ConditionFact, {"label": "active oral infection"}, None),
      (ConditionFact, {"label": "severe or psychotic major depression"}, None)]),
    ("condition-list-topic-header", EXC + "- Any of the following cardiac conditions:\n  - "
     "Unstable angina\n  - Myocardial infarction within 6 months",
     [(ConditionFact, {"label": "unstable angina"}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None)]),
    ("prior-therapy-not-the-source-of-toxic-effects", EXC + "- Not recovered from toxic effects "
     "of previous anti-cancer treatments or surgery\n- Patients must have recovered from the toxic "
     "effects of the previous anti-cancer chemotherapy or immunotherapy (with the exception of "
     "alopecia).",
     [(PriorTherapyFact, None, None)]),
    ("consent-named-among-what-an-illness-would-impair", EXC + "- Any serious and/or unstable "
     "pre-existing medical, psychiatric, or other condition that could interfere with patient's "
     "safety, provision of informed consent, or compliance to study procedures.\n- Males and "
     "females must agree, in the consent form, to use effective birth control methods.",
     [(ConsentFact, None, None)]),
    ("consent-form-as-a-document-and-consent-required", "Inclusion Criteria:\n- Male or female, "
     "at least 18 years of age at the time of signing informed consent form and capable of "
     "giving written informed consent, which includes willingness to comply with the "
     "restrictions listed in the consent form.\n- Willingness to participate in the informed "
     "consent process",
     [(ConsentFact, {}, "informed consent"), (ConsentFact, {}, "informed consent")]),
    ("condition-head-word-named-again-keeps-no-shared-modifier", EXC + "- Evidence of active "
     "bleeding or bleeding diathesis.\n- Active asthma, or asthma uncontrolled by medication.",
     [(ConditionFact, {"label": "active bleeding"}, None),
      (ConditionFact, {"label": "bleeding disorder"}, "bleeding diathesis"),
      (ConditionFact, {"label": "active asthma"}, None),
      (ConditionFact, {"label": "asthma", "qualifier": "uncontrolled by medication"}, None)]),
    ("measurable-lesion-or-evaluable-disease", "Inclusion Criteria:\n- At least one measurable "
     "lesion or evaluable disease according to RECIST (version 1.1)",
     [(MeasurableDiseaseFact, None, None)]),
    ("washout-not-the-window-of-sexual-abstinence", "Inclusion Criteria:\n- Complete abstinence "
     "from sexual intercourse 14 days before, during and at least 21 days after the last dose of "
     "investigational product\n- At least 14 days since prior chemotherapy",
     [(WashoutFact, {"therapy": "chemotherapy", "min_days": 14.0}, None)]),
    ("washout-window-of-a-header-over-therapies", EXC + "- Participants who have received the "
     "following medications or treatments at any time within 4 weeks of registration:\n"
     "    - Chemotherapy\n    - Growth factors (e.g. Procrit, Aranesp)\n    - Inhaled steroids "
     "are permitted at low doses\n- History of any one or more of the following cardiovascular "
     "conditions within the past 6 months:\n    - Coronary artery bypass graft surgery",
     [(WashoutFact, {"therapy": "chemotherapy", "min_days": 28.0}, "Chemotherapy"),
      (WashoutFact, {"therapy": "growth factors", "min_days": 28.0}, "Growth factors"),
      (WashoutFact, {"therapy": "coronary artery bypass graft surgery", "min_days": 182.62},
       None)]),
    ("washout-no-window-from-a-header-of-lab-values-or-dose-changes", EXC + "- Any of the "
     "following biochemical values within 14 days prior to inclusion:\n    - Creatinine "
     "clearance < 50 mL/min (for patients who will have DHAOx chemotherapy)\n- Patient that "
     "requires changes in the dose of one of the following medications within 2 weeks of "
     "study enrollment:\n    - Antidepressants",
     [(WashoutFact, None, None)]),
    ("condition-lexicon-hemoptysis-down-syndrome-macular-pucker", EXC + "- Hemoptysis within 6 "
     "weeks prior to first dose of study drug.\n- Have Down syndrome.\n- Presence of macular "
     "pucker.\n- Non-cardiac pulmonary edema",
     [(ConditionFact, {"label": "hemoptysis", "within_days": 42.0}, None),
      (ConditionFact, {"label": "down syndrome"}, None),
      (ConditionFact, {"label": "epiretinal membrane"}, "macular pucker"),
      (ConditionFact, {"label": "non-cardiogenic pulmonary edema"}, None)]),
    ("lab-bmi-in-kg-per-meter-square", "Inclusion Criteria:\n- BMI less than 40kg/meter square.",
     [(LabThresholdFact, {"analyte": "body mass index", "comparator": "<", "value": 40.0,
                          "unit": "kg/m2"}, None)]),
    ("condition-new-onset-kept-as-a-modifier", EXC + "- Myocardial infarction within 6 months; "
     "new onset of angina within 3 months\n- Serious or non-healing wound",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None),
      (ConditionFact, {"label": "new onset of angina", "within_days": 91.31}, None),
      (ConditionFact, {"label": "serious or non-healing wound"}, None)]),
    ("washout-window-and-therapy-of-one-sentence", EXC + "- History of untreated deep venous "
     "thrombosis (DVT) within the past 6 months. Subjects with recent DVT who have been treated "
     "with therapeutic anti-coagulating agents for at least 6 weeks are eligible\n- Hemoglobin "
     "< 8 g/dL, no more than 14 days before enrollment. No transfusions are allowed within 72 "
     "hours before the qualifying value.\n\nInclusion Criteria:\n- Subjects must not have had "
     "a platinum agent within the past 6 months. Last chemotherapy must have been > 4 weeks "
     "prior to enrollment.",
     [(WashoutFact, {"therapy": "transfusion", "min_days": 3.0}, None),
      (WashoutFact, {"therapy": "chemotherapy", "min_days": 28.0}, None)]),
    ("lab-subgroup-opening-the-criterion-goes-to-each-bound", "Inclusion Criteria:\n- For "
     "patients with liver metastasis adequate hepatic function is defined by AST <= 5 x ULN and "
     "ALT <= 5 ULN.\n\nExclusion Criteria:\n- Patients with severe liver disease (AST > 3x "
     "normal, alkaline phosphatase or bilirubin > 2x normal)",
     [(LabThresholdFact, {"analyte": "AST", "uln_multiple": 5.0,
                          "subgroup": ["liver metastasis"]}, None),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 5.0,
                          "subgroup": ["liver metastasis"]}, None),
      (LabThresholdFact, {"analyte": "alkaline phosphatase", "subgroup": []}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "subgroup": []}, None),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 3.0}, None)]),
    ("washout-time-that-must-have-elapsed-since", "Inclusion Criteria:\n- 4 weeks must have "
     "elapsed since the patient has received any other IMP\n- For patients who have received "
     "prior HSCT, there can be no evidence of GVHD and greater than 60 days must have elapsed "
     "since the HSCT.\n- Six weeks must have elapsed since prior MDX-010 therapy to allow "
     "antibody levels to decline.",
     [(WashoutFact, {"therapy": "investigational agent", "min_days": 28.0}, None),
      (WashoutFact, {"therapy": "hsct", "min_days": 60.0}, None),
      (WashoutFact, {"therapy": "mdx-010 therapy", "min_days": 42.0}, None),
      (PriorTherapyFact, None, None)]),
    ("condition-each-indication-a-drug-is-taken-for", EXC + "- Were currently receiving "
     "medications administered for cardiac arrhythmia, angina or congestive heart failure (e.g., "
     "digitalis, beta-blockers)",
     [(ConditionFact, None, None)]),
    ("lab-exception-that-allows-another-bound", "Inclusion Criteria:\n- bilirubin < 1.5 mg/dL "
     "(except for Gilbert's syndrome which will allow bilirubin ≤ 2.0 mg/dL)",
     [(LabThresholdFact, {"value": 1.5, "subgroup": ["Gilbert syndrome"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"value": 2.0, "subgroup": ["Gilbert syndrome"],
                          "subgroup_negated": False}, None)]),
    ("condition-each-risk-of-a-list-is-no-condition", EXC + "- Patients with complete bowel "
     "obstruction or who are at high risk for GI perforation or severe hemorrhage.\n- Is at "
     "imminent risk of suicide or had a suicide attempt within 6 months of screening",
     [(ConditionFact, {"label": "complete bowel obstruction"}, None),
      (ConditionFact, {"label": "imminent suicide risk"}, None),
      (ConditionFact, {"label": "suicide attempt", "within_days": 182.62}, None)]),
    ("condition-window-the-criterion-opens-with", EXC + "- Active and/or within the last 5 years "
     "histologically confirmed diagnosis of malignant melanoma, gastric cancer or lung cancer\n"
     "- Concurrent (or within the last 5 years) second malignancy other than non melanoma skin "
     "cancer",
     [(ConditionFact, {"label": "melanoma", "within_days": 1826.25}, None),
      (ConditionFact, {"label": "gastric cancer", "within_days": 1826.25}, None),
      (ConditionFact, {"label": "lung cancer", "within_days": 1826.25}, None),
      (ConditionFact, {"label": "other malignancy", "within_days": 1826.25}, None)]),
    ("contraception-methods-nested-under-a-method", "Inclusion Criteria:\n- of child-bearing "
     "potential and agrees to take contraceptive precautions. Acceptable methods of contraception "
     "are:\n    - Abstinence\n        - oral contraceptive (either combined or progestogen "
     "only)\n        - percutaneous contraceptive devices",
     [(ContraceptionFact, {}, "contraceptive")]),
    ("consent-a-disorder-would-prohibit-or-preclude", EXC + "- History of significant neurologic "
     "or psychiatric disorders that prohibited the understanding and giving of informed "
     "consent\n- Other medical or psychiatric condition which would preclude obtaining voluntary "
     "consent",
     [(ConsentFact, None, None)]),
    ("condition-grade-list-naming-grade-again", EXC + "- Grade 3 or Grade 4 cardiac arrhythmia "
     "(NCI CTCAE, version 3.0)",
     [(ConditionFact, {"label": "arrhythmia", "qualifier": "grade 3 or grade 4"}, None)]),
    ("lab-upper-limit-of-institutions-normal", "Inclusion Criteria:\n- Serum creatinine ≤ 1.5 × "
     "upper limits of institution's normal (ULIN) range or creatinine clearance ≥ 50 mL/min/1.73 "
     "m2\n- Bilirubin ≤ 1.5 × ULIN",
     [(LabThresholdFact, {"analyte": "serum creatinine", "uln_multiple": 1.5, "value": None,
                          "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "creatinine clearance", "value": 50.0, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 1.5, "value": None},
       None)]),
    ("age-of-a-row-of-a-table-of-values-by-age", "Inclusion Criteria:\n- Creatinine clearance >= "
     "70 mL/min OR a serum creatinine based on age as follows:\n    - 0.6 mg/dL (1 to < 2 years "
     "of age)\n    - 1.5 mg/dL (male) or 1.4 mg/dL (female) (13 to < 16 years of age)\n- Age 1 "
     "to 21 years",
     [(AgeFact, {"min_years": 1.0, "max_years": 21.0}, None)]),
    ("condition-exceptions-in-a-sentence-of-their-own", EXC + "- Has a known additional "
     "malignancy that is progressing or requires active treatment. Exceptions include basal cell "
     "carcinoma of the skin, squamous cell carcinoma of the skin, or in situ cervical cancer that "
     "has undergone potentially curative therapy.\n\nInclusion Criteria:\n- Patients must NOT "
     "have previous or concurrent malignancy; exceptions are made for patients who meet any of "
     "the following conditions:",
     [(ConditionFact, {"label": "other malignancy", "exceptions": "basal cell carcinoma of the "
                       "skin, squamous cell carcinoma of the skin, or in situ cervical cancer that "
                       "has undergone potentially curative therapy"}, None),
      (ConditionFact, {"label": "other malignancy", "exceptions": None}, None)]),
    ("condition-window-in-the-recent-months", EXC + "- Patient with history of alcohol abuse in "
     "the recent 3 months\n- Previous myocardial infarction during the recent 1 year;",
     [(ConditionFact, {"label": "alcohol abuse", "within_days": 91.31}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 365.25}, None)]),
    ("condition-cancer-named-drugs-were-given-for", EXC + "- Prior therapy with anthracyclines, "
     "taxanes, capecitabine, or bevacizumab for any malignancy.\n- Had prior anthracycline "
     "therapy, taxoids, or platinum salts for any malignancy\n- Currently receiving treatment "
     "(e.g., chemotherapy, radiotherapy, watchful waiting) for an active cancer. If on adjuvant "
     "hormonal therapy, can be included.",
     [(ConditionFact, {"label": "active malignancy"}, None)]),
    ("washout-half-lives-after-the-event-counted-from", EXC + "- Participation in a clinical "
     "study of a new chemical entity or a prescription medicine within 2 months prior to study "
     "drug administration or 5 half-lives, whichever is longer\n- Patients with higher risks of "
     "bleeding.",
     [(WashoutFact, {"min_days": 60.88, "half_lives": 5.0, "rule": "longer"}, None),
      (ConditionFact, None, None)]),
    ("lab-allowance-of-higher-values-is-no-bound", "Inclusion Criteria:\n- Bilirubin<=1.5xULN. If "
     "Gilbert's Syndrome may have Bilirubin> 1.5 x ULN\n- Total bilirubin ≤ 1.5 mg/dL "
     "(individuals with documented Gilbert's syndrome may have total bilirubin up to 5 x ULN)",
     [(LabThresholdFact, {"uln_multiple": 1.5, "comparator": "<="}, None),
      (LabThresholdFact, {"value": 1.5, "comparator": "<="}, None),
      (LabThresholdFact, {"uln_multiple": 5.0, "comparator": "<="}, None)]),
    ("age-saying-which-performance-scale-applies", "Inclusion Criteria:\n- Karnofsky performance "
     "status (PS) 50-100% (patients > 16 years of age)\n- Lansky PS 50-100% (patients =< 16 "
     "years of age)\n- ECOG performance status (PS) 0-2 (≤ 70 years of age) OR ECOG PS 0 (71-75 "
     "years of age)\n- Age 1 to 75 years",
     [(AgeFact, {"min_years": 1.0, "max_years": 75.0}, None)]),
    ("lab-target-of-a-treatment-is-no-bound", EXC + "- Requiring more than 2 LPM supplemental "
     "oxygen to maintain SaO2 > 90%\n\nInclusion Criteria:\n- For patients with lower-risk MDS "
     "only: documented red blood cell dependence, defined as the inability to maintain a "
     "hematocrit of > 25% without transfusion support.\n- Hemoglobin >= 9 g/dL",
     [(LabThresholdFact, {"analyte": "hemoglobin", "value": 9.0}, None)]),
    ("therapy-exception-written-after-the-name", EXC + "- Prior use of medication to treat "
     "diabetes except gestational diabetes\n- Treatment with any glucose-lowering drug except "
     "for metformin within prior 3 months.",
     [(PriorTherapyFact, {"therapy": "medication to treat diabetes",
                          "exceptions": "gestational diabetes"}, None),
      (WashoutFact, {"therapy": "glucose-lowering drug", "exceptions": "metformin"}, None)]),
    ("condition-fracture-kinds-and-different-from", EXC + "- Ipsilateral tibial fracture\n"
     "- Periprosthetic fracture\n- Present another type of cardiac disease different from "
     "ischemic heart disease.",
     [(ConditionFact, {"label": "ipsilateral tibial bone fracture"}, None),
      (ConditionFact, {"label": "periprosthetic bone fracture"}, None),
      (ConditionFact, {"label": "other heart disease", "exceptions": "ischemic heart disease"},
       None)]),
    ("condition-a-past-pregnancy-or-a-planned-one", EXC + "- Cholestasis during the past "
     "pregnancy\n- Pregnancy planned during the coming two years\n- During pregnancy or "
     "lactation period.",
     [(ConditionFact, {"label": "pregnancy"}, "pregnancy"),
      (ConditionFact, {"label": "lactation"}, None)]),
    ("lab-bound-at-the-iuln", "Inclusion Criteria:\n- Patients must have a serum creatinine =< "
     "the IULN OR measured or calculated creatinine clearance >= 50 mL/min\n- Potassium, calcium "
     "(corrected for serum albumin) & magnesium within IULN",
     [(LabThresholdFact, {"analyte": "serum creatinine", "uln_multiple": 1.0, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "creatinine clearance", "value": 50.0, "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "magnesium", "uln_multiple": 1.0}, None)]),
    ("age-no-greater-than-is-a-maximum", "Inclusion Criteria:\n- Age of at least 18 years of age "
     "on the day of screening and no greater than 60 years at time of vaccination",
     [(AgeFact, {"min_years": 18.0, "max_years": 60.0, "max_inclusive": True}, None)]),
    ("condition-window-opening-without-past", EXC + "- Within the 12 months prior to enrollment, "
     "the volunteer has a history of newly-acquired syphilis or hepatitis C",
     [(ConditionFact, {"label": "syphilis", "within_days": 365.25}, None),
      (ConditionFact, {"label": "hepatitis c", "within_days": 365.25}, None)]),
    ("condition-what-a-drug-was-taken-for", EXC + "- Treatment with hormone therapy (including "
     "LHRH agonists, megestrol acetate, or other hormones taken for breast cancer or prostate "
     "cancer)",
     [(ConditionFact, None, None)]),
    ("lab-subgroup-of-hepatic-mets", "Inclusion Criteria:\n- Alk Phos, AST/ALT must be < 3x ULN "
     "or <5x ULN if hepatic mets.",
     [(LabThresholdFact, {"analyte": "AST", "uln_multiple": 3.0, "subgroup": ["liver metastasis"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 3.0, "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "alkaline phosphatase", "uln_multiple": 3.0}, None),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 5.0, "subgroup": ["liver metastasis"],
                          "subgroup_negated": False}, None),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 5.0, "subgroup_negated": False}, None),
      (LabThresholdFact, {"analyte": "alkaline phosphatase", "uln_multiple": 5.0}, None)]),
    ("prior-lines-more-than-a-count-denied-is-a-cap", "Inclusion Criteria:\n- Subjects may not "
     "have had > 3 prior regimens",
     [(PriorTherapyFact, {"therapy": "systemic therapy", "required": False, "max_lines": 3},
       "not have had > 3 prior regimens")]),
    ("washout-not-of-a-surgery-planned", EXC + "- Women planning to undergo major surgery within "
     "four months of study enrollment.\n\nInclusion Criteria:\n- Colon adenocarcinoma with a "
     "plan to undergo surgical resection no sooner than 7 days from the projected date of study "
     "drug initiation.",
     [(WashoutFact, None, None)]),
    ("condition-topic-headers-with-a-colon", EXC + "- Cardiac conditions as follows:\n    - "
     "Unstable angina\n- Subject has any of the following psychiatric conditions per DSM-5 "
     "criteria:\n    - Bipolar disorder\n- Clinically relevant thyroid disease",
     [(ConditionFact, {"label": "unstable angina"}, None),
      (ConditionFact, {"label": "bipolar disorder"}, None),
      (ConditionFact, {"label": "clinically relevant thyroid disease"}, None)]),
    ("condition-qualifier-resulting-refractory-currently-requiring", EXC + "- Has ascites "
     "refractory to diuretic therapy\n- Symptomatic arrhythmias currently requiring medication\n"
     "- Patients with cardiac disease resulting in marked limitation of physical activity",
     [(ConditionFact, {"label": "ascites", "qualifier": "refractory to diuretic therapy"}, None),
      (ConditionFact, {"label": "symptomatic arrhythmia",
                       "qualifier": "currently requiring medication"}, None),
      (ConditionFact, {"label": "heart disease",
                       "qualifier": "resulting in marked limitation of physical activity"}, None)]),
    ("condition-qualifier-words-the-cheap-test-knows", EXC + "- Jaundice of unknown etiology\n"
     "- Diabetes which is not optimally managed\n- Symptomatic intrinsic lung disease resulting "
     "in breathlessness at rest",
     [(ConditionFact, {"label": "jaundice", "qualifier": "unknown etiology"}, None),
      (ConditionFact, {"label": "diabetes mellitus",
                       "qualifier": "which is not optimally managed"}, None),
      (ConditionFact, {"label": "symptomatic intrinsic lung disease",
                       "qualifier": "resulting in breathlessness at rest"}, None)]),
    ("lab-target-read-before-sets-and-repeats", "Inclusion Criteria:\n- Graft failure is defined "
     "as absolute neutrophil count < 500/mm3 and/or platelet count < 20,000/mm3. Secondary graft "
     "failure is defined as failure to sustain platelet count > / = 20,000/mm3.",
     [(LabThresholdFact, {"analyte": "absolute neutrophil count", "comparator": "<",
                          "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "platelet count", "comparator": "<", "any_of": 1}, None)]),
    ("condition-not-a-criterion-for-exclusion", EXC + "- History of diabetic retinopathy (a "
     "history of diabetes mellitus without retinopathy is not a criterion for exclusion).\n"
     "- History of uncontrolled glaucoma; treatment of ocular hypertension or controlled glaucoma "
     "are not criteria for exclusion.",
     [(ConditionFact, {"label": "diabetic retinopathy"}, None),
      (ConditionFact, {"label": "uncontrolled glaucoma"}, None)]),
    ("condition-list-topic-header-with-its-window", EXC + "- History of any one or more of the "
     "following cardiovascular conditions within the past 6 months:\n  - Unstable angina\n  - "
     "Myocardial infarction",
     [(ConditionFact, {"label": "unstable angina", "within_days": 182.62}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None)]),
    ("washout-in-years-right-after-the-therapy", EXC + "- Rituximab within 1 year of Day 1\n- "
     "Previous chemotherapy within the last 5 years\n- metastatic disease, prior chemotherapy, "
     "any other malignancies within 5 years\n- Has active autoimmune disease that has required "
     "systemic treatment in the past 2 years\n\nInclusion Criteria:\n- More than 1 year since "
     "prior trastuzumab",
     [(WashoutFact, {"therapy": "rituximab", "min_days": 365.25}, None),
      (WashoutFact, {"therapy": "chemotherapy", "min_days": 1826.25}, None),
      (WashoutFact, {"therapy": "trastuzumab", "min_days": 365.25}, None)]),
    ("review-29-either-forms-and-names", "Inclusion Criteria:\n- PTT and either INR or PT < 1.5 x "
     "normal\n- they have no intention of becoming pregnant during the study\nExclusion "
     "Criteria:\n- HIV-infection, hepatitis B or C.\n- Known HIV-positive status\n- "
     "breastfeeding should be discontinued because of a risk to nursing infants",
     [(LabThresholdFact, {"analyte": "INR", "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "prothrombin time", "any_of": 1}, None),
      (ConditionFact, {"label": "hiv infection"}, "HIV-infection"),
      (ConditionFact, {"label": "hepatitis b"}, None),
      (ConditionFact, {"label": "hepatitis c"}, None),
      (ConditionFact, {"label": "hiv infection"}, "HIV-positive status"),
      (ConditionFact, {"label": "lactation"}, "breastfeeding")]),
    ("condition-patients-are-excluded", EXC + "- HIV-positive patients are ineligible because of "
     "interactions\n- Pregnant or nursing patients will be excluded from the study\n- HIV-positive "
     "patients are not excluded from the study",
     [(ConditionFact, {"label": "hiv infection"}, "HIV-positive"),
      (ConditionFact, {"label": "pregnancy"}, None),
      (ConditionFact, {"label": "lactation"}, None)]),
    ("review-29-names-and-kinds", EXC + "- Any suicidal behavior within 10 years of Screening\n- "
     "cerebrovascular haemorrhage\n- History of alcohol induced psychosis.\n- Bariatric surgery "
     "and other gastrointestinal surgeries that induced chronic malabsorption\n\nInclusion "
     "Criteria:\n- "
     "adjuvant treatment administered < 12 months (from date chemotherapy was started) prior to "
     "pre-registration",
     [(ConditionFact, {"label": "suicidal behavior", "within_days": 3652.5}, None),
      (ConditionFact, {"label": "intracranial hemorrhage"}, None),
      (ConditionFact, {"label": "alcohol induced psychosis"}, None),
      (ConditionFact, {"label": "chronic malabsorption"}, None),
      (WashoutFact, {"therapy": "chemotherapy"}, None)]),
    ("review-30-fixes", EXC + "- CNS malignancy\n- current or past opportunistic CNS infection\n"
     "- Estimated creatinine clearance < 50 ml/min/1.73m²\n- CNS or psychiatric illness\n\n"
     "Inclusion Criteria:\n- ErbB2 over-expression via IHC3+ or FISH+ testing\n- Initiated "
     "treatment with aflibercept <130 days prior to the Screening Visit.\n- Patients with brain "
     "metastasis can only be included if they were treated 4 weeks or more prior to enrollment "
     "with whole brain radiation",
     [(ConditionFact, {"label": "cns malignancy"}, None),
      (ConditionFact, {"label": "cns infection"}, None),
      (ConditionFact, {"label": "psychiatric disorder"}, None),
      (LabThresholdFact, {"analyte": "estimated GFR", "value": 50}, None),
      (BiomarkerFact, None, None),
      (WashoutFact, {"therapy": "whole brain radiotherapy", "min_days": 28}, None)]),
    ("comparators-in-words", "Inclusion Criteria:\n- more or equal 18 years-old and less or "
     "equal 45 years-old\n- Hemoglobin equal or greater to 9 g/dL.\n- Age equal or above 18 "
     "years\n- serum creatinine less or equal 1.5 mg/dL\nExclusion Criteria:\n- Systolic "
     "above or equal to 180 mmHg or diastolic above or equal to110 mmHg",
     [(AgeFact, {"min_years": 18, "min_inclusive": True, "max_years": 45,
                 "max_inclusive": True}, "more or equal 18 years-old and less or equal 45 years"),
      (AgeFact, {"min_years": 18, "min_inclusive": True, "max_years": None}, None),
      (LabThresholdFact, {"analyte": "hemoglobin", "comparator": ">=", "value": 9}, None),
      (LabThresholdFact, {"analyte": "serum creatinine", "comparator": "<=", "value": 1.5},
       None),
      (LabThresholdFact, {"analyte": "systolic blood pressure", "comparator": ">=",
                          "value": 180}, None),
      (LabThresholdFact, {"analyte": "diastolic blood pressure", "comparator": ">=",
                          "value": 110}, None)]),
    ("inclusion-window-of-a-count-is-no-washout", "Inclusion Criteria:\n- Suitable sputum "
     "specimen defined as having less than 10 squamous epithelial cells and greater or equal 25 "
     "leukocytes or have a culture taken by an invasive technique within 24 hours of study "
     "entry.\n- Platelet count ≥ 10,000/mm3 within 72 hours of initiating the Induction Cycle "
     "(platelet transfusion support is allowed)\n- Receipt of any investigational non-biologic "
     "product within 30 days or 5 half-lives prior to Visit 1.",
     [(WashoutFact, {"therapy": "investigational non-biologic product", "min_days": 30,
                     "half_lives": 5}, None),
      (LabThresholdFact, {"analyte": "platelet count"}, None)]),
    ("infection-examples-share-active", EXC + "- Any evidence of severe or uncontrolled "
     "systemic diseases, including uncontrolled hypertension and active bleeding diatheses; or "
     "active infection including hepatitis B, hepatitis C and human immunodeficiency virus "
     "(HIV).\n- Patient has any of the following conditions: active infections including "
     "hepatitis B or C, unstable brain metastases, drug or alcohol abuse, or pregnancy.",
     [(ConditionFact, {"label": "uncontrolled hypertension"}, None),
      (ConditionFact, {"label": "active bleeding"}, None),
      (ConditionFact, {"label": "active infection"}, None),
      (ConditionFact, {"label": "active hepatitis b"}, None),
      (ConditionFact, {"label": "active hepatitis c"}, None),
      (ConditionFact, {"label": "active hiv infection"}, None),
      (ConditionFact, {"label": "active infection"}, None),
      (ConditionFact, {"label": "active hepatitis b"}, None),
      (ConditionFact, {"label": "active hepatitis c"}, None),
      (ConditionFact, {"label": "unstable brain metastasis"}, None),
      (ConditionFact, {"label": "substance abuse"}, None),
      (ConditionFact, {"label": "alcohol abuse"}, None),
      (ConditionFact, {"label": "pregnancy"}, None)]),
    ("review-39-lab-fixes", "Inclusion Criteria:\n- Adequate liver functions: Transaminase "
     "(AST/ALT) < 3 X upper normal value & Bilirubin < 2 X upper normal value\n- Total bilirubin "
     "less than or equal to 2.0 mg/dl, except in patients with Gilbert's Syndrome who must have "
     "a total bilirubin less than 3.0 mg/dl.\n- Has FEV1 50-95% predicted for age, height and "
     "gender. (Note: Predicted values of 49.50-49.99% may be rounded up to 50% and values of "
     "95.01-95.49% may be rounded down to 95%.)\nExclusion Criteria:\n- QTc interval > 0.470. "
     "Consider discontinuation of medications that prolong QTc interval",
     [(LabThresholdFact, {"analyte": "ALT", "uln_multiple": 3}, None),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 3}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 2, "value": None},
       "Bilirubin < 2 X upper normal value"),
      (LabThresholdFact, {"analyte": "total bilirubin", "value": 2, "subgroup": [
          "Gilbert syndrome"], "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "value": 3, "subgroup": [
          "Gilbert syndrome"], "subgroup_negated": False}, None),
      (LabThresholdFact, {"analyte": "FEV1 percent of predicted", "comparator": ">=",
                          "value": 50}, "FEV1 50-95%"),
      (LabThresholdFact, {"analyte": "FEV1 percent of predicted", "comparator": "<=",
                          "value": 95}, "FEV1 50-95%"),
      (LabThresholdFact, {"analyte": "QTc interval", "comparator": ">", "value": 470,
                          "unit": "ms"}, "QTc interval > 0.470")]),
    ("modifier-before-history-of", EXC + "- Significant history of renal, hepatic or "
     "neurological diseases\n- a recent history of myocardial infarction within one year.\n- "
     "Recent history of alcohol abuse\n- Current or history of glaucoma\n- Absence of current "
     "active, latent or history of tuberculosis\n- No previous/current history of epilepsy",
     [(ConditionFact, {"label": "significant kidney disease"}, None),
      (ConditionFact, {"label": "significant liver disease"}, None),
      (ConditionFact, {"label": "significant neurological disorder"}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 365.25}, None),
      (ConditionFact, {"label": "recent alcohol abuse"}, None),
      (ConditionFact, {"label": "glaucoma"}, None),
      (ConditionFact, {"label": "tuberculosis"}, None),
      (ConditionFact, {"label": "epilepsy"}, None)]),
    ("review-39-windows", EXC + "- Ongoing or recent (≤ 3 months) significant "
     "gastrointestinal bleeding.\n- Recent (<3 months) myocardial infarction\n- In the 12 months "
     "prior to enrollment, participant has a history of syphilis or hepatitis B\n- severe "
     "cardiovascular disease including recent (< 6 months) myocardial infarction, severe "
     "psychiatric illness that would limit compliance\n- Receipt of an investigational drug "
     "within 90 days or 5 times the half-life of the investigational drug, whatever is longer",
     [(ConditionFact, {"label": "significant gastrointestinal bleeding",
                       "within_days": 91.31}, "recent (≤ 3 months) significant gastrointestinal "
                                              "bleeding"),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 91.31}, None),
      (ConditionFact, {"label": "syphilis", "within_days": 365.25}, None),
      (ConditionFact, {"label": "hepatitis b", "within_days": 365.25}, None),
      (ConditionFact, {"label": "severe cardiovascular disease"}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None),
      (ConditionFact, {"label": "severe psychiatric disorder", "within_days": None}, None),
      (WashoutFact, {"therapy": "investigational agent", "min_days": 90, "half_lives": 5,
                     "rule": "longer"}, None)]),
    ("nyha-square-bracket-abbreviation", EXC + "- Patients with active congestive heart "
     "failure (New York Heart Association [NYHA] Class III to IV), symptomatic ischemia\n- "
     "Current diagnosis of heart failure (New York Heart Association [NYHA] Class II-IV)",
     [(ConditionFact, {"label": "nyha class iii-iv active heart failure"},
       "active congestive heart failure (New York Heart Association [NYHA] Class III to IV)"),
      (ConditionFact, {"label": "nyha class ii-iv heart failure"}, None)]),
    ("st-johns-wort-is-itself", EXC + "- Subjects who have used St. John's Wort within 28 days "
     "before the first dose of study drug.\n- Use of herbal preparations within 14 days",
     [(WashoutFact, {"therapy": "St. John's wort", "min_days": 28}, None),
      (WashoutFact, {"therapy": "herbal products", "min_days": 14}, None)]),
    ("washout-in-last-without-the", EXC + "- Antibiotics in last 6 months\n- Major surgery in "
     "last 3 months\n- ECT in previous six months",
     [(WashoutFact, {"therapy": "antibiotics", "min_days": 182.62}, "Antibiotics in last 6 months"),
      (WashoutFact, {"therapy": "major surgery", "min_days": 91.31}, None),
      (WashoutFact, {"therapy": "electroconvulsive therapy", "min_days": 182.62}, None)]),
    ("narrower-kinds-named", EXC + "- Personal or family history of medullary thyroid "
     "carcinoma or MEN2\n- Any form of primary immunodeficiency (such as Severe Combined "
     "Immunodeficiency Disease).\n- Known immunodeficiency",
     [(ConditionFact, {"label": "medullary thyroid carcinoma"}, None),
      (ConditionFact, {"label": "multiple endocrine neoplasia type 2"}, "MEN2"),
      (ConditionFact, {"label": "primary immunodeficiency"}, "primary immunodeficiency"),
      (ConditionFact, {"label": "immunodeficiency"}, "immunodeficiency")]),
    ("age-range-up-to-and-lead-word", "Inclusion Criteria:\n- Male and female participants "
     "above 18 years up to 60 years.\n- Age 18 up to 85 years of age",
     [(AgeFact, {"min_years": 18, "min_inclusive": False, "max_years": 60,
                 "max_inclusive": True}, "above 18 years up to 60 years"),
      (AgeFact, {"min_years": 18, "min_inclusive": True, "max_years": 85}, None),
      (SexFact, {"sex": "ALL"}, None)]),
    ("washout-anchor-taking-the-drug", EXC + "- Use of any prescribed or non-prescribed "
     "leukotriene modifiers (e.g., montelukast) within 3 months prior to administration of IMP."
     "\n- Use of NSAIDs within 3 days before taking study drug",
     [(WashoutFact, {"therapy": "nsaids", "min_days": 3}, None)]),
    ("uncontrolled-condition-head", EXC + "- A serious uncontrolled condition including "
     "hypertension, diabetes, or cancer.\n- Any other uncontrolled condition or illness",
     [(ConditionFact, {"label": "serious uncontrolled disease"}, None),
      (ConditionFact, {"label": "serious uncontrolled hypertension"}, None),
      (ConditionFact, {"label": "serious uncontrolled diabetes mellitus"}, None),
      (ConditionFact, {"label": "serious uncontrolled malignancy"}, None),
      (ConditionFact, {"label": "other uncontrolled disease"}, None)]),
    ("units-per-litre-spelled", "Inclusion Criteria:\n- Serum albumin > 26 g/litre\n- Serum "
     "creatinine >176 micromoles/liter on Day -2",
     [(LabThresholdFact, {"analyte": "serum albumin", "value": 26, "unit": "g/L"},
       "Serum albumin > 26 g/litre"),
      (LabThresholdFact, {"analyte": "serum creatinine", "value": 176, "unit": "umol/L"},
       "Serum creatinine >176 micromoles/liter")]),
    ("age-not-a-duration-for", "Inclusion Criteria:\n- Adults aged 18 or older with type 2 "
     "diabetes for at least 6 months\n- Adult participants 18-80 years of age with active RA "
     "for at least 6 months;",
     [(AgeFact, {"min_years": 18, "max_years": None}, None),
      (AgeFact, {"min_years": 18, "max_years": 80}, None)]),
    ("pregnancy-to-avoid-is-no-condition", EXC + "- Women of Childbearing Potential who are "
     "unwilling or unable to use an acceptable method to avoid pregnancy for the entire study "
     "period.\n- Pregnant women",
     [(ContraceptionFact, {}, None),
      (ConditionFact, {"label": "pregnancy"}, "Pregnant")]),
    ("prior-therapy-trial-part-note", "Inclusion Criteria:\n- No prior irinotecan and "
     "oxaliplatin (phase II)\n- No prior docetaxel (part II only)",
     [(PriorTherapyFact, {"therapy": "irinotecan and oxaliplatin", "required": False}, None),
      (PriorTherapyFact, {"therapy": "docetaxel", "required": False}, None)]),
    ("condition-as-drug-indication", EXC + "- Triazolam, also known as Halcion® (used for "
     "insomnia).\n- Camptosar® (irinotecan, used for cancer).\n- Insomnia",
     [(ConditionFact, {"label": "insomnia"}, "Insomnia")]),
    ("condition-as-drugs-for", EXC + "- Patients who are using drugs for Alzheimer's disease "
     "which can affect cognition\n- Immunosuppressive medications for solid organ transplant\n"
     "- Alzheimer's disease",
     [(ConditionFact, {"label": "alzheimer disease"}, "Alzheimer's disease")]),
    ("modifiers-gross-high-grade-symptomatic", EXC + "- History of gross hemoptysis.\n- high "
     "grade AV block within 12 months\n- Subjects with symptomatic bradycardia.",
     [(ConditionFact, {"label": "gross hemoptysis"}, None),
      (ConditionFact, {"label": "high grade heart block", "within_days": 365.25}, None),
      (ConditionFact, {"label": "symptomatic bradycardia"}, None)]),
    ("uncorrected-shared-by-list", EXC + "- Subjects with uncorrected hypothyroidism or "
     "hyperthyroidism.",
     [(ConditionFact, {"label": "uncorrected hypothyroidism"}, None),
      (ConditionFact, {"label": "uncorrected hyperthyroidism"}, None)]),
    ("viral-infection-names-the-one-before", EXC + "- Patients with underlying hepatitis B or C "
     "viral infections\n- active viral infection",
     [(ConditionFact, {"label": "hepatitis b"}, None),
      (ConditionFact, {"label": "hepatitis c"}, None),
      (ConditionFact, {"label": "active viral infection"}, None)]),
    ("lexicon-additions-review-40", "Inclusion Criteria:\n- No known dihydropyrimidine "
     "dehydrogenase (DPD) deficiency\n- No significant traumatic injury within the past 28 days"
     "\nExclusion Criteria:\n- History of claustrophobia.\n- Have retinitis pigmentosa.\n- "
     "History of hypertrophic scarring or keloid formation in scars or suture sites.",
     [(ConditionFact, {"label": "dihydropyrimidine dehydrogenase deficiency",
                       "role": "excluded"}, "dihydropyrimidine dehydrogenase (DPD) deficiency"),
      (ConditionFact, {"label": "significant traumatic injury", "within_days": 28}, None),
      (ConditionFact, {"label": "claustrophobia"}, None),
      (ConditionFact, {"label": "retinitis pigmentosa"}, None),
      (ConditionFact, {"label": "keloid"}, None)]),
    ("condition-seronegative", "Inclusion Criteria:\n- COHORT 1: HIV seronegative\n- HCV "
     "seronegative",
     [(ConditionFact, {"label": "hiv infection", "role": "excluded"}, "HIV seronegative"),
      (ConditionFact, {"label": "hepatitis c", "role": "excluded"}, "HCV seronegative")]),
    ("opinion-clause-shared-by-list", EXC + "- Uncontrolled or severe cardiovascular disease, "
     "diabetes, pulmonary disease, or infection, which in the opinion of the treating physician, "
     "would make this protocol treatment unreasonably hazardous for the patient.\n- Diabetes, "
     "hypertension, which is well controlled",
     [(ConditionFact, {"label": "uncontrolled or severe cardiovascular disease", "qualifier": Q},
       None),
      (ConditionFact, {"label": "uncontrolled or severe diabetes mellitus", "qualifier": Q}, None),
      (ConditionFact, {"label": "lung disease", "qualifier": Q}, None),
      (ConditionFact, {"label": "infection", "qualifier": Q}, None),
      (ConditionFact, {"label": "diabetes mellitus", "qualifier": None}, None),
      (ConditionFact, {"label": "hypertension", "qualifier": None}, None)]),
    ("window-over-hospitalisation-item", EXC + "- Any of the following: myocardial "
     "infarction, stroke or hospitalisation for unstable angina or transient ischaemic attack "
     "within the past 60 days prior to screening\n- Hospitalization within 30 days, or stroke",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 60}, None),
      (ConditionFact, {"label": "stroke", "within_days": 60}, None),
      (ConditionFact, {"label": "unstable angina", "within_days": 60}, None),
      (ConditionFact, {"label": "transient ischemic attack", "within_days": 60}, None),
      (ConditionFact, {"label": "stroke", "within_days": None}, None)]),
    ("qualifier-despite", EXC + "- Uncontrolled arterial hypertension despite medical "
     "treatment\n- Seizures despite anticonvulsant therapy, or diabetes",
     [(ConditionFact, {"label": "uncontrolled arterial hypertension",
                       "qualifier": "despite medical treatment"},
       "Uncontrolled arterial hypertension despite medical treatment"),
      (ConditionFact, {"label": "seizure", "qualifier": "despite anticonvulsant therapy"}, None),
      (ConditionFact, {"label": "diabetes mellitus", "qualifier": None}, None)]),
    ("qualifier-with-what-comes-with-it", EXC + "- stroke with residual neurological "
     "problems\n- Atrial fibrillation with rapid ventricular response (rate >120bpm)\n- chronic "
     "pulmonary disease with functional limitations.\n- Heart failure with reduced ejection "
     "fraction",
     [(ConditionFact, {"label": "stroke", "qualifier": "with residual neurological problems"},
       None),
      (ConditionFact, {"label": "atrial fibrillation",
                       "qualifier": "with rapid ventricular response"}, None),
      (ConditionFact, {"label": "chronic lung disease", "qualifier": "with functional limitations"},
       None),
      (ConditionFact, {"label": "heart failure", "qualifier": None}, None)]),
    ("qualifier-places-makes-renders", EXC + "- Significant cardiac, pulmonary or autoimmune "
     "conditions that in the opinion of the investigator, places the subject at an unacceptable "
     "risk\n- Concurrent serious medical condition which in the opinion of the investigator makes "
     "the patient inappropriate for this study",
     [(ConditionFact, {"label": "significant heart disease", "qualifier": "that in the opinion of "
                       "the investigator, places the subject at an unacceptable risk"}, None),
      (ConditionFact, {"label": "significant lung disease"}, None),
      (ConditionFact, {"label": "significant autoimmune disease"}, None),
      (ConditionFact, {"label": "concurrent serious disease", "qualifier": "which in the opinion "
                       "of the investigator makes the patient inappropriate for this study"},
       None)]),
    ("window-number-previous-unit", EXC + "- History of or suspected drug or alcohol use "
     "disorder within approximately 2 previous years",
     [(ConditionFact, {"label": "substance abuse", "within_days": 730.5}, None),
      (ConditionFact, {"label": "alcohol abuse", "within_days": 730.5}, None)]),
    ("condition-invasion-by-is-context", EXC + "- Radiologically documented evidence of major "
     "blood vessel invasion or encasement by cancer.\n- Cancer",
     [(ConditionFact, {"label": "malignancy"}, "Cancer")]),
    ("lab-sex-after-square-bracket", "Inclusion Criteria:\n- Have serum creatinine <150 "
     "micromoles/liter (µmol/L) (<1.3 milligrams/deciliter [mg/dl] in women, <170 µmol/L "
     "[<1.5 mg/dL] in men)",
     [(LabThresholdFact, {"value": 150, "sex": None}, None),
      (LabThresholdFact, {"value": 1.3, "unit": "mg/dL", "sex": "FEMALE"}, None),
      (LabThresholdFact, {"value": 170, "unit": "umol/L", "sex": "MALE"}, None)]),
    ("qualifier-for-which-and-current-window", EXC + "- Concurrent, active second malignancy "
     "for which the patient is receiving therapy\n- Current (within 12 months) psychoactive "
     "substance abuse",
     [(ConditionFact, {"label": "concurrent active other malignancy",
                       "qualifier": "for which the patient is receiving therapy"}, None),
      (ConditionFact, {"label": "substance abuse", "within_days": 365.25},
       "Current (within 12 months) psychoactive substance abuse")]),
    ("lab-meq-divalent", "Inclusion Criteria:\n- Magnesium ≥ 1.7 mEq/L\n- Potassium > 3.5 "
     "mEq/L",
     [(LabThresholdFact, {"analyte": "magnesium", "value": 1.7, "unit": "meq/L"}, None),
      (LabThresholdFact, {"analyte": "potassium", "value": 3.5, "unit": "meq/L"}, None)]),
    ("toxicity-recovered-to-a-range", "Inclusion Criteria:\n- have recovered from the toxic "
     "effects (grade 0-1) of that therapy\n- recovered from toxicities to grade 0 or 1\n- all "
     "grade 2-4 non-hematologic toxicities should have resolved",
     [(ToxicityRecoveryFact, {"max_grade": 1}, "toxic effects (grade 0-1"),
      (ToxicityRecoveryFact, {"max_grade": 1}, "toxicities to grade 0 or 1"),
      (ToxicityRecoveryFact, {"max_grade": 1}, None)]),
    ("footnote-marks-dropped", "Inclusion Criteria:\n- Histologically or cytologically "
     "confirmed* colorectal cancer\n- Creatinine clearance* >= 40 cc/min\n- ANC ≥ 1.5 x 10*9/L",
     [(ConditionFact, {"label": "colorectal cancer", "role": "required"}, None),
      (LabThresholdFact, {"analyte": "creatinine clearance", "value": 40}, None),
      (LabThresholdFact, {"analyte": "absolute neutrophil count", "value": 1.5,
                          "unit": "10*9/L"}, None)]),
    ("lexicon-sclc-and-pku", "Inclusion Criteria:\n- Unequivocally confirmed diagnosis of SCLC "
     "by histology or cytology\n- Confirmed diagnosis of phenylketonuria (PKU)",
     [(ConditionFact, {"label": "small cell lung carcinoma", "role": "required"}, None),
      (ConditionFact, {"label": "phenylketonuria", "role": "required"}, None)]),
    ("cancer-as-what-inhibitors-were-for", "Inclusion Criteria:\n- No previous platinum "
     "chemotherapy or topo-isomerase-inhibitors for SCLC.\n- Confirmed diagnosis of SCLC",
     [(ConditionFact, {"label": "small cell lung carcinoma", "role": "required"}, None)]),
    ("lexicon-additions-review-41", EXC + "- History of heart valve disease\n- Symptomatic "
     "benign prostatic hypertrophy\n- Wolff-Parkinson-White syndrome\n- Toxic megacolon or "
     "ileus\n- Treatment with any medication for diabetes or obesity\n- "
     "Use of anti-obesity drugs within 3 months\n- Morbid obesity",
     [(ConditionFact, {"label": "valvular heart disease"}, None),
      (ConditionFact, {"label": "symptomatic benign prostatic hyperplasia"}, None),
      (ConditionFact, {"label": "wolff-parkinson-white syndrome"}, None),
      (ConditionFact, {"label": "toxic megacolon"}, None),
      (ConditionFact, {"label": "ileus"}, None),
      (ConditionFact, {"label": "morbid obesity"}, "Morbid obesity"),
      (WashoutFact, {"therapy": "anti-obesity drugs", "min_days": 91.31}, None)]),
    ("heading-bracket-wraps-and-not-an-exclusion", "\n        Inclusion Criteria (Patients must "
     "meet each of the following criteria to be eligible for\n        participation in the "
     "trial):\n\n          -  Male or female patients ≥ 18 years of age\n\n        Exclusion "
     "Criteria (Patients meeting any of the following criteria are ineligible for\n        "
     "participation in the trial):\n\n          -  Patients with known HIV infection\n\n      "
     "    -  Concurrent infection not involving the lungs is not an exclusion criterion for the "
     "study.\n",
     [(AgeFact, {"min_years": 18}, None), (SexFact, {"sex": "ALL"}, None),
      (ConditionFact, {"label": "hiv infection", "role": "excluded"}, "HIV infection")]),
    ("qualifier-places-without-an-aside", EXC + "- Serious concomitant medical condition that "
     "places the subject at unacceptable risk\n- Cognitive impairment that renders the patient "
     "unable to provide informed consent",
     [(ConditionFact, {"label": "serious intercurrent illness",
                       "qualifier": "that places the subject at unacceptable risk"}, None),
      (ConditionFact, {"label": "cognitive impairment", "qualifier": "that renders the patient "
                       "unable to provide informed consent"}, None)]),
    ("header-ends-denying-its-list", "Inclusion Criteria:\n- Participants should report the "
     "absence of:\n    - anemia,\n    - diabetes,\n- Patients must be free of the following "
     "conditions:\n    - Epilepsy\n- Diagnosis of the following:\n    - Asthma\n",
     [(ConditionFact, {"label": "anemia", "role": "excluded"}, "anemia"),
      (ConditionFact, {"label": "diabetes mellitus", "role": "excluded"}, "diabetes"),
      (ConditionFact, {"label": "epilepsy", "role": "excluded"}, "Epilepsy"),
      (ConditionFact, {"label": "asthma", "role": "required"}, "Asthma")]),
    ("washout-half-lives-with-a-note-first", EXC + "- Other biologics: within 5 half-lives (if "
     "known) or 16 weeks before the baseline visit, whichever is longer\n- Treatment with "
     "biologics within 5 half-lives (if known) or 12 weeks prior to baseline visit",
     [(WashoutFact, {"therapy": "biological therapy", "min_days": 112.0, "half_lives": 5.0,
                     "rule": "longer"}, None),
      (WashoutFact, {"therapy": "biological therapy", "min_days": 84.0, "half_lives": 5.0,
                     "rule": None}, None)]),
    ("exception-ends-before-the-conditions-clause", EXC + "- Concurrent severe medical problems "
     "other than the diagnosis of SCLC, which would significantly limit full compliance with the "
     "study or expose the patient to extreme risk\n- Co-infection with active hepatitis C virus "
     "(HCV, except for patients with sustained viral response SVR, who can be included).",
     [(ConditionFact, {"label": "concurrent severe disease",
                       "exceptions": "the diagnosis of sclc",
                       "qualifier": "which would significantly limit full compliance with the "
                                    "study or expose the patient to extreme risk"}, None),
      (ConditionFact, {"label": "active hepatitis c", "qualifier": None,
                       "exceptions": "patients with sustained viral response svr"}, None)]),
    ("washout-live-vaccine-with-a-bracket-or-comma", EXC + "- Treatment with a live "
     "(attenuated) vaccine within 12 weeks before the baseline visit\n- Administration of a live, "
     "attenuated vaccine within 4 weeks prior to randomization",
     [(WashoutFact, {"therapy": "live vaccine", "min_days": 84.0},
       "live (attenuated) vaccine within 12 weeks"),
      (WashoutFact, {"therapy": "live vaccine", "min_days": 28.0},
       "live, attenuated vaccine within 4 weeks")]),
    ("therapy-kind-list-before-or", EXC + "- thoracic, abdominal or eye surgery in the last six "
     "months\n- History of gastric, duodenal or esophageal surgery except simple oversew of an "
     "ulcer",
     [(WashoutFact, {"therapy": "thoracic, abdominal or eye surgery", "min_days": 182.62},
       "thoracic, abdominal or eye surgery in the last six months"),
      (PriorTherapyFact, {"therapy": "gastric, duodenal or esophageal surgery",
                          "required": False}, None)]),
    ("allergy-agent-ends-before-a-pointer", EXC + "- Known sensitivity to porphyrins or "
     "photoactive medications - See Appendix B",
     [(ConditionFact, {"label": "hypersensitivity to porphyrins or photoactive medications"},
       "sensitivity to porphyrins or photoactive medications")]),
    ("age-in-a-definition-of-menopause", "Inclusion Criteria:\n- Women of child-bearing "
     "potential must have a negative pregnancy test within 7 days of initiating study; (no "
     "childbearing potential is defined as age 55 years or older and no menses for two years)\n"
     "- Women must be surgically sterile or postmenopausal as defined by age >45 years without "
     "use of oral contraceptive agents for greater than 1 year\n- Postmenopausal women aged 40 "
     "to 75 years",
     [(PregnancyTestFact, {}, None),
      (AgeFact, {"min_years": 40, "max_years": 75}, "40 to 75 years")]),
    ("consent-named-as-time-or-ability", EXC + "- Any previous PCI and/or CABG <= 2 months "
     "prior informed consent.\n- Any other medical condition deemed by the Investigator to be "
     "likely to interfere with a patient's ability to sign informed consent\n"
     "Inclusion Criteria:\n- Signed informed consent",
     [(ConsentFact, {}, "informed consent")]),
    ("lab-unless-infiltration-of-the-organ", "Inclusion Criteria:\n- AST (SGOT) ≤ 2.5 x "
     "institutional upper limit of normal unless due to infiltration of the liver\n- Platelets "
     ">= 75,000/mcL (unless due to lymphoma involvement of the bone marrow)",
     [(LabThresholdFact, {"analyte": "AST", "uln_multiple": 2.5,
                          "subgroup": ["liver involvement"], "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "platelet count", "value": 75000.0,
                          "subgroup": ["lymphoma", "bone marrow involvement"],
                          "subgroup_negated": True}, None)]),
    ("shared-modifier-stops-at-a-state-of-its-own", EXC + "- The subject has severe renal "
     "impairment or end-stage renal failure requiring dialysis.\n- Active liver disease or "
     "impaired hepatic function\n- End-stage liver disease unrelated to tumor",
     [(ConditionFact, {"label": "severe renal impairment"}, None),
      (ConditionFact, {"label": "end-stage renal disease", "qualifier": "requiring dialysis"},
       "end-stage renal failure requiring dialysis"),
      (ConditionFact, {"label": "active liver disease"}, None),
      (ConditionFact, {"label": "hepatic impairment"}, "impaired hepatic function"),
      (ConditionFact, {"label": "end-stage liver disease", "qualifier": "unrelated to tumor"},
       None)]),
    ("meld-score-names-no-condition", EXC + "- Model for End-stage Liver Disease (MELD) score > "
     "12, as determined at screening\n- Model of end stage liver disease (MELD) score > 12",
     []),
    ("marker-status-narrows-a-cancer", EXC + "- Subject has breakpoint cluster region-abelson "
     "(BCR-ABL)-positive leukemia\n- Human Epidermal Growth Factor Receptor 2 (HER2)-positive "
     "gastric cancer\n- Known or suspected gram-negative infections\n- Hepatitis B surface "
     "antigen-positive or active hepatitis C infection",
     [(ConditionFact, {"label": "bcr-abl-positive leukemia"}, "(BCR-ABL)-positive leukemia"),
      (ConditionFact, {"label": "her2-positive gastric cancer"}, None),
      (ConditionFact, {"label": "gram-negative infection"}, "gram-negative infections"),
      (ConditionFact, {"label": "hepatitis b"}, None),
      (ConditionFact, {"label": "active hepatitis c"}, None)]),
    ("iron-deficiency-anemia-is-its-own-kind", EXC + "- Iron deficiency anemia\n- Signs of "
     "secondary RLS (e.g., end stage renal disease, iron deficient anaemia or pregnancy)",
     [(ConditionFact, {"label": "iron deficiency anemia"}, "Iron deficiency anemia"),
      (ConditionFact, {"label": "iron deficiency anemia"}, "iron deficient anaemia"),
      (ConditionFact, {"label": "end-stage renal disease"}, None),
      (ConditionFact, {"label": "pregnancy"}, None)]),
    ("start-of-a-therapy-is-no-washout", EXC + "- Initiation of bisphosphonate therapy within 4 "
     "weeks prior to first dose of study drug\n- Use of anticonvulsant drug started within 6 "
     "months of screening. Stable regimen of anticonvulsants is allowed.\n- Has started treatment "
     "with NSAIDs within 2 weeks of study entry\n- Chemotherapy within 4 weeks of the start of "
     "study treatment",
     [(WashoutFact, {"therapy": "chemotherapy", "min_days": 28.0}, "Chemotherapy within 4 weeks")]),
    ("change-of-a-therapy-is-no-washout", EXC + "- Change in topical corticosteroid regimen "
     "within 14 days of transplantation\n- change in inhaled corticosteroid or theophylline use "
     "within 1 month prior to screening\n- Topical corticosteroids within 14 days",
     [(WashoutFact, {"therapy": "topical corticosteroids", "min_days": 14.0},
       "Topical corticosteroids within 14 days")]),
    ("required-diagnoses-joined-by-or", "Inclusion Criteria:\n- Subjects with histologically "
     "confirmed chronic lymphocytic leukemia (CLL), small lymphocytic lymphoma (SLL), "
     "prolymphocytic leukemia (PLL), or Richter's transformation arising out of CLL/SLL\n"
     "- Have a clinical diagnosis of either open angle glaucoma or ocular hypertension.\n"
     "- Diagnosis of epithelial ovarian, fallopian tube, or primary peritoneal carcinoma\n"
     "- Patients may be newly diagnosed with metastatic breast carcinoma or known to have breast "
     "carcinoma.\n- No known diagnosis of HIV infection",
     [(ConditionFact, {"label": "chronic lymphocytic leukemia", "any_of": 1}, None),
      (ConditionFact, {"label": "small lymphocytic lymphoma", "any_of": 1}, None),
      (ConditionFact, {"label": "prolymphocytic leukemia", "any_of": 1}, None),
      (ConditionFact, {"label": "richter's transformation", "any_of": 1},
       "Richter's transformation"),
      (ConditionFact, {"label": "open angle glaucoma", "any_of": 1}, "open angle glaucoma"),
      (ConditionFact, {"label": "ocular hypertension", "any_of": 1}, None),
      (ConditionFact, {"label": "epithelial ovarian, fallopian tube, or primary peritoneal "
                                "carcinoma", "any_of": None}, None),
      (ConditionFact, {"label": "metastatic breast carcinoma", "any_of": None}, None),
      (ConditionFact, {"label": "hiv infection", "role": "excluded"}, None)]),
    ("lab-alternatives-in-brackets-of-conditions", "Inclusion Criteria:\n- Neutropenia "
     "(<2,000/mm3) or Thrombocytopenia (<50,000/mm3).\n- Hypotension (systolic blood pressure "
     "[BP] < 86 mmHg) or bradycardia (< 50 bpm) at screening",
     [(LabThresholdFact, {"analyte": "absolute neutrophil count", "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "platelet count", "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "systolic blood pressure", "any_of": 1}, None),
      (LabThresholdFact, {"analyte": "heart rate", "any_of": 1}, None)]),
    ("severity-above-a-grade", EXC + "- More than mild dementia (either known diagnosis of "
     "moderate or worse dementia or IQ-CODE > 3.6)\n- greater than mild substance use disorder",
     [(ConditionFact, {"label": "more than mild dementia"}, "More than mild dementia"),
      (ConditionFact, {"label": "moderate or worse dementia"}, "moderate or worse dementia"),
      (ConditionFact, {"label": "greater than mild substance abuse"}, None)]),
    ("comparators-at-or-below-and-a-relative-clause", "Inclusion Criteria:\n- Serum creatinine "
     "that is at or below 2.0 mg/dL\n- Fasting Plasma glucose at or above 126 mg/dL\n- Aged "
     "greater than and equal to 30 years\n- alkaline phosphatase and bilirubin less than and "
     "equal to 1.5xULN",
     [(LabThresholdFact, {"analyte": "serum creatinine", "comparator": "<=", "value": 2.0},
       "Serum creatinine that is at or below 2.0 mg/dL"),
      (LabThresholdFact, {"analyte": "fasting glucose", "comparator": ">=", "value": 126.0}, None),
      (LabThresholdFact, {"analyte": "alkaline phosphatase", "comparator": "<=",
                          "uln_multiple": 1.5}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "comparator": "<=", "uln_multiple": 1.5},
       None),
      (AgeFact, {"min_years": 30, "min_inclusive": True}, None)]),
    ("age-of-a-record-and-or-older", "Inclusion Criteria:\n- >>18 years of age or older\n- "
     "The blood results must be less than 29 days old at the time of confirming eligibility\n"
     "- CT or MRI scans should be not more than 2 weeks old to be used as baseline scan\n"
     "Exclusion Criteria:\n- Pregnant women (negative pregnancy test not older than 7 days is "
     "required for women of fertile age)",
     [(AgeFact, {"min_years": 18, "min_inclusive": True}, ">18 years")]),
    ("allergy-words-with-their-own-modifiers-share-the-agent", EXC + "- Subjects with known "
     "allergy, hypersensitivity or clinically significant intolerance to gabapentin or tramadol\n"
     "- Any known allergy or antibodies to the study drug or excipients",
     [(ConditionFact, {"label": "hypersensitivity to gabapentin or tramadol"},
       "allergy, hypersensitivity or clinically significant intolerance to gabapentin or "
       "tramadol"),
      (ConditionFact, {"label": "hypersensitivity to study drug or excipients"}, None)]),
    ("personal-or-family-history-is-kept", EXC + "- Personal or family history of medullary "
     "thyroid carcinoma (MTC) or multiple endocrine neoplasia syndrome type 2 (MEN2)\n- History "
     "of epilepsy",
     [(ConditionFact, {"label": "medullary thyroid carcinoma",
                       "qualifier": "personal or family history"}, None),
      (ConditionFact, {"label": "multiple endocrine neoplasia type 2",
                       "qualifier": "personal or family history"}, None),
      (ConditionFact, {"label": "epilepsy", "qualifier": None}, None)]),
    ("condition-ruled-out-or-a-cause-of-pain", EXC + "- patients with infection ruled out "
     "during the index hospitalization.\n- Subjects with cancer associated pain.\n- The "
     "participant whose diagnosis of Parkinson's disease is ruled out by scintigraphy", []),
    ("lexicon-rows-of-the-forty-third-review", EXC + "- Tuberculosis meningitis\n- Chron's "
     "disease.\n- Subject has disseminated intravascular coagulation (DIC)\n- Varicose veins or "
     "venous insufficiency.\n- glucose-galactose malabsorption",
     [(ConditionFact, {"label": "tuberculous meningitis"}, "Tuberculosis meningitis"),
      (ConditionFact, {"label": "crohn disease"}, "Chron's disease"),
      (ConditionFact, {"label": "disseminated intravascular coagulation"}, None),
      (ConditionFact, {"label": "varicose veins"}, None),
      (ConditionFact, {"label": "venous insufficiency"}, None),
      (ConditionFact, {"label": "glucose-galactose malabsorption"}, None)]),
    ("nyha-substage-after-the-condition", EXC + "- Heart failure NYHA IIIB-IV\n- uncontrolled "
     "arrhythmia or Class 3 or 4 congestive heart failure",
     [(ConditionFact, {"label": "nyha class iii-iv heart failure"}, "Heart failure NYHA IIIB-IV"),
      (ConditionFact, {"label": "uncontrolled arrhythmia"}, None),
      (ConditionFact, {"label": "nyha class iii-iv heart failure"},
       "Class 3 or 4 congestive heart failure")]),
    ("hematologic-malignancy-and-operable", EXC + "- Have an active hematologic malignancy other "
     "than lymphoma\n- Patients with operable valvular disease\n- Non-hematologic malignancy "
     "within the past 3 years",
     [(ConditionFact, {"label": "active hematologic malignancy", "exceptions": "lymphoma"}, None),
      (ConditionFact, {"label": "operable valvular heart disease"}, "operable valvular disease"),
      (ConditionFact, {"label": "non-hematologic malignancy", "within_days": 1095.75}, None)]),
    ("what-a-condition-needs-is-no-condition", EXC + "- Renal insufficiency requiring dialysis\n"
     "- Asthma or chronic obstructive pulmonary disease requiring systemic steroids\n- Subjects "
     "with seizure disorder requiring medication • Subjects undergoing renal dialysis",
     [(ConditionFact, {"label": "renal impairment", "qualifier": "requiring dialysis"}, None),
      (ConditionFact, {"label": "asthma", "qualifier": "requiring systemic steroids"}, None),
      (ConditionFact, {"label": "chronic obstructive pulmonary disease",
                       "qualifier": "requiring systemic steroids"}, None),
      (ConditionFact, {"label": "epilepsy", "qualifier": "requiring medication"}, None),
      (ConditionFact, {"label": "dialysis"}, "dialysis")]),
    ("onset-anticipation-exemption-and-stemi", EXC + "- Older than 50 years of age at migraine "
     "onset\n- Anticipated initiation of dialysis or kidney transplantation within 12 months\n- "
     "Patients suffering from ST-segment elevation myocardial infarction (STEMI)\n- Active second "
     "malignancies. Stable small renal cell carcinomas may be exempt from such stipulation",
     [(ConditionFact, {"label": "st-elevation myocardial infarction"}, None),
      (ConditionFact, {"label": "active other malignancy"}, None)]),
    ("therapy-as-a-cause-is-not-taken", EXC + "- Individuals with a history of heparin-induced "
     "thrombocytopenia (HIT)\n- a history of antibiotic-associated colitis\nInclusion Criteria:\n"
     "- Chemotherapy-naive patients with NSCLC",
     [(ConditionFact, {"label": "heparin-induced thrombocytopenia"}, None),
      (PriorTherapyFact, {"therapy": "chemotherapy", "required": False}, "Chemotherapy-naive")]),
    ("organ-list-with-oncologic", EXC + "- Presence of clinically significant hematologic, "
     "oncologic, renal, cardiac, hepatic, or gastrointestinal disease",
     [(ConditionFact, {"label": "clinically significant kidney disease"}, None),
      (ConditionFact, {"label": "clinically significant heart disease"}, None),
      (ConditionFact, {"label": "clinically significant liver disease"}, None),
      (ConditionFact, {"label": "clinically significant gastrointestinal disease"}, None)]),
    ("subgroup-sentence-after-the-general-bound", "Inclusion Criteria:\n- Total bilirubin ≤ ULN. "
     "Patients with Gilbert's syndrome prior to study entry must have total bilirubin < 3 x ULN.\n"
     "- Bilirubin ≤ 2 x the upper limit of normal (ULN). For patients with Gilbert's syndrome, "
     "bilirubin ≤ 3 x ULN is permitted.",
     [(LabThresholdFact, {"uln_multiple": 1.0, "subgroup": ["Gilbert syndrome"],
                          "subgroup_negated": True}, "Total bilirubin ≤ ULN"),
      (LabThresholdFact, {"uln_multiple": 3.0, "comparator": "<", "subgroup": ["Gilbert syndrome"],
                          "subgroup_negated": False}, None),
      (LabThresholdFact, {"uln_multiple": 2.0, "subgroup": ["Gilbert syndrome"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"uln_multiple": 3.0, "comparator": "<=",
                          "subgroup": ["Gilbert syndrome"], "subgroup_negated": False}, None)]),
    ("exclusion-bound-other-than-a-subgroups-requirement", EXC + "- AST or ALT > 2.5 times the "
     "upper limit of normal (patients with a positive HBV surface antigen or HCV antibody test at "
     "screening must have AST and ALT no more than 1.5 times the upper limit of normal)",
     [(LabThresholdFact, {"analyte": "AST", "comparator": ">", "uln_multiple": 2.5,
                          "subgroup": ["hepatitis B", "hepatitis C"], "subgroup_negated": True},
       None),
      (LabThresholdFact, {"analyte": "ALT", "comparator": ">", "uln_multiple": 2.5,
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "AST", "comparator": "<=", "uln_multiple": 1.5,
                          "subgroup": ["hepatitis B", "hepatitis C"], "subgroup_negated": False},
       None),
      (LabThresholdFact, {"analyte": "ALT", "comparator": "<=", "uln_multiple": 1.5,
                          "subgroup_negated": False}, None)]),
    ("how-many-episodes-is-kept", EXC + "- More than one episode of severe hypoglycaemia in the "
     "last 6 months\n- Single kidney or history of two or more episodes of kidney stones",
     [(ConditionFact, {"label": "more than one episode of severe hypoglycemia",
                       "within_days": 182.62}, None),
      (ConditionFact, {"label": "two or more episodes of nephrolithiasis"}, None)]),
    ("half-lives-of-a-phase-and-a-modifier-minus", EXC + "- Received an investigational drug "
     "within the past 30 days or five terminal phase half-lives of the drug whichever is longer\n"
     "- Treatment with other investigational medicinal products within 30 days or 5 "
     "half\u02d7lives, whichever is longer.",
     [(WashoutFact, {"min_days": 30, "half_lives": 5, "rule": "longer"}, None),
      (WashoutFact, {"min_days": 30, "half_lives": 5, "rule": "longer"}, None)]),
    ("therapy-in-an-exception-is-not-washed-out", EXC + "- Intend to use over-the-counter or "
     "prescription medication within 14 days prior to dosing, except for influenza vaccinations\n"
     "- At least 14 days since prior cytotoxic therapy (except hydroxyurea and intrathecal "
     "chemotherapy)\n- DMARDs other than methotrexate within 28 days of baseline\n- Use of "
     "antidiabetic agents other than metformin in the 4 weeks prior to study entry\n"
     "Inclusion Criteria:\n- Failure of at least one but not more than two prior chemotherapy "
     "regimens",
     [(WashoutFact, {"therapy": "cytotoxic therapy", "min_days": 14,
                     "exceptions": "hydroxyurea and intrathecal chemotherapy"}, None),
      (WashoutFact, {"therapy": "dmards", "min_days": 28, "exceptions": "methotrexate"}, None),
      (WashoutFact, {"therapy": "antidiabetic agents", "min_days": 28, "exceptions": "metformin"},
       None),
      (PriorTherapyFact, {"therapy": "chemotherapy", "min_lines": 1, "max_lines": 2}, None)]),
    ("exception-after-a-bracket-of-examples-is-the-heads", EXC + "- A diagnosis of inflammatory "
     "arthritis (psoriatic arthritis, ankylosing spondylitis, SLE, sarcoidosis, etc.) other than "
     "RA\n- A known immunodeficiency (e.g. human immunodeficiency virus [HIV]), other than that "
     "explained by the use of corticosteroids taken as therapy for asthma\n- Prior malignancy "
     "(including invasive breast cancer) within 5 years prior to randomization, except curatively "
     "treated basal cell carcinoma of the skin",
     [(ConditionFact, {"label": "inflammatory arthritis", "exceptions": "ra"}, None),
      (ConditionFact, {"label": "psoriatic arthritis", "exceptions": None}, None),
      (ConditionFact, {"label": "sarcoidosis", "exceptions": None}, None),
      (ConditionFact, {"label": "immunodeficiency", "exceptions": "that explained by the use of "
                       "corticosteroids taken as therapy for asthma"}, None),
      (ConditionFact, {"label": "hiv infection", "exceptions": None}, None),
      (ConditionFact, {"label": "other malignancy", "within_days": 1826.25,
                       "exceptions": "curatively treated basal cell carcinoma of the skin"}, None),
      (ConditionFact, {"label": "invasive breast cancer", "exceptions": None}, None)]),
    ("narrower-conditions-of-the-lexicon", EXC + "- morbid obesity\n- Diagnosis or history of "
     "cerebral hemorrhage, subarachnoid hemorrhage.\n- Uncontrolled inter-current medical "
     "illness\n- Diagnosed, at any time, with Latent Autoimmune Diabetes in Adults.\n- Have had 1 "
     "or more episodes of diabetic ketoacidosis or hyperglycemic hyperosmolar state within the 6 "
     "months prior to screening\n- Non-squamous histologies (eg: mucosal melanoma) are not allowed",
     [(ConditionFact, {"label": "morbid obesity"}, None),
      (ConditionFact, {"label": "intracerebral hemorrhage"}, None),
      (ConditionFact, {"label": "subarachnoid hemorrhage"}, None),
      (ConditionFact, {"label": "uncontrolled intercurrent illness"}, None),
      (ConditionFact, {"label": "latent autoimmune diabetes in adults"}, None),
      (ConditionFact, {"label": "diabetic ketoacidosis", "within_days": 182.62}, None),
      (ConditionFact, {"label": "hyperosmolar hyperglycemic state", "within_days": 182.62}, None),
      (ConditionFact, {"label": "mucosal melanoma"}, None)]),
    ("listed-therapies-with-their-own-words", EXC + "- History of vitrectomy, macular surgery, "
     "or glaucoma surgery in the study eye\n- Systemic cytotoxic chemotherapy, antineoplastic "
     "biologic therapy, or major surgery within 3 weeks of the first dose of study medication",
     [(PriorTherapyFact, {"therapy": "vitrectomy"}, None),
      (PriorTherapyFact, {"therapy": "macular surgery"}, None),
      (PriorTherapyFact, {"therapy": "glaucoma surgery"}, None),
      (WashoutFact, {"therapy": "cytotoxic chemotherapy", "min_days": 21}, None),
      (WashoutFact, {"therapy": "antineoplastic biological therapy", "min_days": 21}, None),
      (WashoutFact, {"therapy": "major surgery", "min_days": 21}, None)]),
    ("what-a-condition-results-in-is-its-severity", EXC + "- Participants with evidence or "
     "history of severe drug allergies (resulting in dyspnea or severe rash)\n- Intrinsic lung "
     "disease resulting in dyspnea\n- Head trauma resulting in a diagnosis of TBI other than "
     "concussion",
     [(ConditionFact, {"label": "hypersensitivity to drug",
                       "qualifier": "resulting in dyspnea or severe rash"}, None),
      (ConditionFact, {"label": "intrinsic lung disease"}, None),
      (ConditionFact, {"label": "head injury"}, None),
      (ConditionFact, {"label": "traumatic brain injury", "exceptions": "concussion"}, None)]),
    ("a-relatives-condition-after-a-bracket", EXC + "- History of hematological disorders (e.g., "
     "thrombocytopenia) in the immediate family (i.e., parents and siblings)\n- Sudden cardiac "
     "death in a first-degree relative\n- Thrombocytopenia",
     [(ConditionFact, {"label": "thrombocytopenia"}, "Thrombocytopenia")]),
    ("a-cause-the-condition-must-not-have", EXC + "- Chronic liver disease not caused by HCV\n"
     "- Kidney disease not caused by diabetes or hypertension",
     [(ConditionFact, {"label": "chronic liver disease", "qualifier": "not caused by hcv"}, None),
      (ConditionFact, {"label": "kidney disease",
                       "qualifier": "not caused by diabetes or hypertension"}, None)]),
    ("a-modifier-with-whose-judgement-it-is", EXC + "- Current or past history of significant (in "
     "the Investigator's judgement) cardiovascular or renal disease\n- Uncontrolled (per "
     "investigator judgment) hypertension",
     [(ConditionFact, {"label": "significant cardiovascular disease"}, None),
      (ConditionFact, {"label": "significant kidney disease"}, None),
      (ConditionFact, {"label": "uncontrolled hypertension"},
       "Uncontrolled (per investigator judgment) hypertension")]),
    ("what-a-disease-is-capable-of", EXC + "- Have a history of or current cardiovascular or "
     "renal disorders capable of significantly altering the absorption, metabolism, or "
     "elimination of drugs; of constituting a risk when taking the study medication; or of "
     "interfering with the interpretation of data.",
     [(ConditionFact, {"label": "cardiovascular disease", "qualifier": "capable of significantly "
                       "altering the absorption, metabolism, or elimination of drugs; of "
                       "constituting a risk when taking the study medication; or of interfering "
                       "with the interpretation of data"}, None),
      (ConditionFact, {"label": "kidney disease"}, None)]),
    ("class-range-after-with-or-defined-as", EXC + "- Severe heart failure meeting New York "
     "Heart Association Class IV classification\n- Subject has concurrent cardiac failure, "
     "defined as NYHA classification Class III or higher\n- Congestive heart failure defined as "
     "NYHA class III or IV.\n- Moderate or severe hepatic impairment defined as Child-Pugh Class "
     "B or C\nInclusion Criteria:\n- No significant cardiovascular disease, defined as NYHA class "
     "II-IV congestive heart failure, or myocardial infarction within the past 6 months",
     [(ConditionFact, {"label": "nyha class iv severe heart failure"}, None),
      (ConditionFact, {"label": "nyha class iii-iv concurrent heart failure"}, None),
      (ConditionFact, {"label": "nyha class iii-iv heart failure"}, None),
      (ConditionFact, {"label": "child-pugh class b-c moderate or severe hepatic impairment"},
       None),
      (ConditionFact, {"label": "significant cardiovascular disease"}, None),
      (ConditionFact, {"label": "nyha class ii-iv heart failure"}, None),
      (ConditionFact, {"label": "myocardial infarction"}, None)]),
    ("the-other-kind-the-label-drops", EXC + "- Acute or chronic heart failure with NYHA "
     "functional class III or IV.\nInclusion Criteria:\n- No chronic or congestive heart failure",
     [(ConditionFact, {"label": "nyha class iii-iv acute or chronic heart failure"}, None),
      (ConditionFact, {"label": "chronic or congestive heart failure", "role": "excluded"},
       None)]),
    ("a-modifier-after-the-alternative-to-the-past", EXC + "- Subject has a history of or "
     "concurrent active tuberculosis (TB)\n- History of or ongoing drug-induced pneumonitis\n"
     "- History of or current infection with hepatitis B",
     [(ConditionFact, {"label": "active tuberculosis"}, None),
      (ConditionFact, {"label": "drug-induced pneumonitis"}, None),
      (ConditionFact, {"label": "hepatitis b"}, None)]),
    ("a-qualifier-after-the-window", EXC + "- Cardiac arrhythmia within 3 months prior to "
     "randomization that is not controlled by medication.\n- Recent (< 3 months) myocardial "
     "infarction, catheter ablation, or any condition within the last 90 days that would "
     "contraindicate CRT programming changes",
     [(ConditionFact, {"label": "arrhythmia", "within_days": 91.31,
                       "qualifier": "that is not controlled by medication"}, None),
      (ConditionFact, {"label": "myocardial infarction", "qualifier": None}, None)]),
    ("what-a-condition-is-uncontrolled-by", EXC + "- Participants who have severe or clinically "
     "significant cardiovascular disease uncontrolled with standard treatment.\n- Hypertension "
     "uncontrolled by standard therapies",
     [(ConditionFact, {"label": "severe or clinically significant cardiovascular disease",
                       "qualifier": "uncontrolled with standard treatment"}, None),
      (ConditionFact, {"label": "hypertension", "qualifier": "uncontrolled by standard therapies"},
       None)]),
    ("start-or-change-of-treatment-is-no-washout", EXC + "- Start of treatment with an "
     "immunosuppressive agent ≤3 months prior to screening visit\n- Change in treatment with an "
     "immunosuppressive agent ≤4 weeks prior to baseline visit\n- Immunosuppressive agents "
     "within 4 weeks prior to baseline",
     [(WashoutFact, {"therapy": "immunosuppressants", "min_days": 28}, None)]),
    ("a-count-of-doses-is-no-washout-said", "Inclusion Criteria:\n- Prior treatment with at "
     "least 4 injections of anti-VEGF agents in the past 6 months\n- Patients who have received "
     "at least 2 cycles of systemic treatment of any kind in the preceding 12 months\n- At least "
     "4 weeks since prior chemotherapy",
     [(WashoutFact, {"therapy": "chemotherapy", "min_days": 28}, None)]),
    ("consent-to-a-database-is-not-the-studys", "Inclusion Criteria:\n- Willing to consent to "
     "their personal details being entered onto the TOPS database\n- Willing to consent to "
     "participate in the study",
     [(ConsentFact, {}, "consent")]),
    ("two-targets-share-a-class-word", EXC + "- Prior treatment with a VEGF or VEGFR "
     "inhibitor.\n- Previous treatment with PI3K and/or mTOR inhibitors\n- Any prior treatment "
     "with a biologic response modifier or chemotherapeutic agent",
     [(PriorTherapyFact, {"therapy": "vegf or vegfr inhibitor"}, None),
      (PriorTherapyFact, {"therapy": "pi3k or mtor inhibitors"}, None),
      (PriorTherapyFact, {"therapy": "biologic response modifier"}, None),
      (PriorTherapyFact, {"therapy": "chemotherapy"}, None)]),
    ("a-stray-semicolon-after-except", EXC + "- Patients with second primary cancer, except; "
     "adequately treated non melanoma skin cancer",
     [(ConditionFact, {"label": "other malignancy",
                       "exceptions": "adequately treated non melanoma skin cancer"}, None)]),
    ("not-excluded-is-an-allowance", EXC + "- Uncontrolled atrial fibrillation. Atrial "
     "fibrillation controlled on medication is not excluded.\n- Women of childbearing potential "
     "in whom pregnancy cannot be excluded\n- History of non-hormone-related malignancy within 5 "
     "years before screening. Subjects with a non-melanoma skin cancer are allowed in the study.\n"
     "- Ascites (trace ascites on imaging is acceptable)\n- Known prior history of epilepsy or "
     "unprovoked seizures. Patients with a history of acute symptomatic seizures (e.g. febrile "
     "seizure, alcohol withdrawal seizure) will not be excluded",
     [(ConditionFact, {"label": "uncontrolled atrial fibrillation",
                       "exceptions": "atrial fibrillation controlled on medication is not "
                       "excluded"}, None),
      (ConditionFact, {"label": "pregnancy"}, None),
      (ConditionFact, {"label": "non-hormone-related malignancy", "within_days": 1826.25,
                       "exceptions": "subjects with a non-melanoma skin cancer are allowed in "
                       "the study"}, None),
      (ConditionFact, {"label": "ascites", "exceptions": "trace ascites on imaging is acceptable"},
       "Ascites (trace ascites on imaging is acceptable)"),
      (ConditionFact, {"label": "epilepsy"}, None),
      (ConditionFact, {"label": "seizure", "exceptions": "patients with a history of acute "
                       "symptomatic seizures (e.g. febrile seizure, alcohol withdrawal seizure) "
                       "will not be excluded"}, None)]),
    ("a-cancer-allowed-after-a-cancer-by-its-words", EXC + "- Malignancy: A current malignancy "
     "or previous history of cancer in remission for less than 12 months prior to screening "
     "(Participants that had localized carcinoma of the skin which was resected for cure will not "
     "be excluded).",
     [(ConditionFact, {"label": "current malignancy", "exceptions": "participants that had "
                       "localized carcinoma of the skin which was resected for cure will not be "
                       "excluded"}, None),
      (ConditionFact, {"label": "malignancy", "within_days": 365.25, "exceptions": "participants "
                       "that had localized carcinoma of the skin which was resected for cure will "
                       "not be excluded"}, None)]),
    ("what-a-condition-causes-or-comes-with", EXC + "- Presence of significant epiretinal "
     "membrane (causing distortion of macular anatomy per investigator discretion), macular hole"
     "\n- Presence or history of pancreatitis if associated with hypertriglyceridemia.\n"
     "Inclusion Criteria:\n- Recurrent or metastatic gastric cancer that has progressed "
     "following first line-therapy",
     [(ConditionFact, {"label": "significant epiretinal membrane",
                       "qualifier": "causing distortion of macular anatomy per investigator "
                       "discretion"}, None),
      (ConditionFact, {"label": "macular hole", "qualifier": None}, None),
      (ConditionFact, {"label": "pancreatitis",
                       "qualifier": "if associated with hypertriglyceridemia"}, None),
      (ConditionFact, {"label": "recurrent or metastatic gastric cancer", "role": "required",
                       "qualifier": "that has progressed following first line-therapy"},
       None)]),
    ("abnormal-bleeding-is-no-bleeding-at-all", EXC + "- Any condition associated with "
     "abnormal uterine/vaginal bleeding.\n- History of abnormal heart conditions",
     [(ConditionFact, {"label": "abnormal uterine/vaginal bleeding"}, None),
      (ConditionFact, {"label": "heart disease"}, None)]),
    ("routes-before-a-bracket-and-a-corticosteroid", EXC + "- Subject has received "
     "intra-articular, intravenous, intramuscular or endorectal (excluding suppositories for anal "
     "diseases) corticosteroid within 28 days prior to baseline\n- Systemic (oral, intravenous or "
     "intramuscular) steroids within 30 days\n- History of intravitreal corticosteroid within 4 "
     "months of randomization.",
     [(WashoutFact, {"therapy": "intra-articular, intravenous, intramuscular or endorectal "
                     "corticosteroids", "min_days": 28}, None),
      (WashoutFact, {"therapy": "systemic corticosteroids", "min_days": 30}, None),
      (WashoutFact, {"therapy": "intravitreal corticosteroids", "min_days": 121.75}, None)]),
    ("diagnosed-as-having", "Inclusion Criteria:\n- Diagnosed as having Multiple Sclerosis\n- "
     "Patients diagnosed as having bronchial asthma regardless of type of asthma\n- Target "
     "disease: Patients diagnosed as having the following primary disease on the basis of "
     "DSM-IV-TR criteria.",
     [(ConditionFact, {"label": "multiple sclerosis", "role": "required"}, "Multiple Sclerosis"),
      (ConditionFact, {"label": "bronchial asthma", "role": "required"}, None)]),
    ("medications-related-to-a-condition", EXC + "- Prescription medications related to heart "
     "disease or type 2 diabetes\n- Heart disease",
     [(ConditionFact, {"label": "heart disease"}, "Heart disease")]),
    ("how-long-a-condition-has-lasted", "Inclusion Criteria:\n- Type 1 diabetes for at least 6 "
     "months\n- Current major depressive episode of at least 4 weeks duration.\n- No other lung "
     "disease or lower respiratory tract infections for at least 6 weeks prior to screening\n"
     "Exclusion Criteria:\n- Diabetes mellitus of more than 20-year duration.",
     [(ConditionFact, {"label": "type 1 diabetes", "role": "required",
                       "qualifier": "for at least 6 months"}, None),
      (ConditionFact, {"label": "major depression", "role": "required",
                       "qualifier": "at least 4 weeks duration"}, None),
      (ConditionFact, {"label": "other lung disease", "role": "excluded"}, None),
      (ConditionFact, {"label": "lower respiratory tract infection", "role": "excluded",
                       "within_days": 42, "qualifier": None}, None),
      (ConditionFact, {"label": "diabetes mellitus", "role": "excluded",
                       "qualifier": "more than 20-year duration"}, None)]),
    ("how-long-a-required-diagnosis-has-lasted", "Inclusion Criteria:\n- Subject must have a "
     "documented diagnosis of asthma for a minimum of 6 months prior to study start.\n- patients "
     "with type 2 diabetes for more than 5 years.\n- Must have a diagnosis of asthma of at least "
     "6 months duration",
     [(ConditionFact, {"label": "asthma", "qualifier": "for a minimum of 6 months"},
       "asthma for a minimum of 6 months"),
      (ConditionFact, {"label": "type 2 diabetes", "qualifier": "for more than 5 years"}, None),
      (ConditionFact, {"label": "asthma", "qualifier": "of at least 6 months duration"}, None)]),
    ("upper-normal-without-limit", "Inclusion Criteria:\n- No major impairment of renal function "
     "(serum creatinine < 1,5 x upper normal) or liver function (ASAT/ALAT < 2,5 upper normal)",
     [(LabThresholdFact, {"analyte": "serum creatinine", "uln_multiple": 1.5, "unit": None}, None),
      (LabThresholdFact, {"analyte": "AST", "uln_multiple": 2.5}, None),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 2.5}, None)]),
    ("lexicon-additions-review-46", EXC + "- Suspected or known dissecting aneurysm\n- Varices of "
     "esophagus\n- Clinically significant upper or lower respiratory tract infection in the 2 "
     "weeks prior to study start.",
     [(ConditionFact, {"label": "aortic dissection"}, None),
      (ConditionFact, {"label": "esophageal varices"}, None),
      (ConditionFact, {"label": "clinically significant upper respiratory tract infection",
                       "within_days": 14}, None),
      (ConditionFact, {"label": "clinically significant lower respiratory tract infection",
                       "within_days": 14}, None)]),
    ("a-count-of-named-prior-regimens", "Inclusion Criteria:\n- must have progressed on at least "
     "one prior chemotherapy regimen for advanced cancer\n- Progression of NHL following at least "
     "2 prior chemotherapy regimens",
     [(PriorTherapyFact, {"therapy": "chemotherapy", "min_lines": 1, "setting": "advanced cancer"},
       None),
      (PriorTherapyFact, {"therapy": "chemotherapy", "min_lines": 2}, None)]),
    ("setting-after-line-of-therapy", "Inclusion Criteria:\n- Must have received at least 1 prior "
     "line of therapy for multiple myeloma",
     [(PriorTherapyFact, {"min_lines": 1, "setting": "multiple myeloma"}, None)]),
    ("disease-free-for-a-time-written-with-a-sign", "Inclusion Criteria:\n- Patients must be "
     "disease free of any prior malignancies for >= 3 years",
     [(ConditionFact, {"label": "other malignancy", "role": "excluded", "within_days": 1095.75},
       None)]),
    ("exception-after-the-first-dose-of-study-drug", EXC + "- Radiotherapy within 28 days prior "
     "to first dose of study drug (not including palliative radiotherapy at focal sites).",
     [(WashoutFact, {"therapy": "radiotherapy", "min_days": 28,
                     "exceptions": "palliative radiotherapy at focal sites"}, None)]),
    ("required-diagnosis-of-a-minimum-duration", "Inclusion Criteria:\n- Has a documented "
     "physician diagnosis of persistent asthma of a minimum of 6 months duration",
     [(ConditionFact, {"label": "persistent asthma",
                       "qualifier": "of a minimum of 6 months duration"}, None)]),
    ("an-allowance-is-about-whom-it-names", EXC + "- Severe hepatic failure Patients treated for "
     "tuberculosis will not be excluded.\n- Severe hepatic failure Patients co-infected with "
     "tuberculosis (TB) will not be excluded.",
     [(ConditionFact, {"label": "severe hepatic failure"}, "Severe hepatic failure"),
      (ConditionFact, {"label": "severe hepatic failure"}, "Severe hepatic failure")]),
    ("grade-after-that-is-and-severity-enough-to", EXC + "- Has pre-existing peripheral "
     "neuropathy that is ≥ Grade 2 by CTCAE version 4 criteria.\n- History of a GI hemorrhage "
     "of sufficient severity to require hospitalization within 3 months prior to screening.",
     [(ConditionFact, {"label": "peripheral neuropathy",
                       "qualifier": "that is ≥ grade 2 by ctcae version 4 criteria"}, None),
      (ConditionFact, {"label": "gastrointestinal bleeding", "within_days": 91.31,
                       "qualifier": "sufficient severity to require hospitalization"}, None)]),
    ("newly-diagnosed-non-hematologic-and-historical-or", EXC + "- Newly discovered Type 2 "
     "diabetes mellitus (T2DM)\n- Known historical or active infection with HIV\n- Non-"
     "hematologic malignancy within the past 3 years with the exception of a) basal cell "
     "carcinoma; b) carcinoma in situ of the cervix; or d) cancer considered cured by surgery",
     [(ConditionFact, {"label": "newly discovered type 2 diabetes"}, "Newly discovered Type 2 "
       "diabetes mellitus"),
      (ConditionFact, {"label": "hiv infection"}, "HIV"),
      (ConditionFact, {"label": "non-hematologic malignancy", "within_days": 1095.75,
                       "exceptions": "a) basal cell carcinoma; b) carcinoma in situ of the "
                       "cervix; or d) cancer considered cured by surgery"}, None)]),
    ("a-filler-between-modifier-and-condition", EXC + "- History or presence of any serious "
     "and/or unstable pre-existing psychiatric disorder\n- Severe underlying respiratory "
     "disease\n- Known active or pre-existing interstitial lung disease.",
     [(ConditionFact, {"label": "serious and/or unstable psychiatric disorder"},
       "serious and/or unstable pre-existing psychiatric disorder"),
      (ConditionFact, {"label": "severe lung disease"}, "Severe underlying respiratory disease"),
      (ConditionFact, {"label": "interstitial lung disease"}, None)]),
    ("what-a-drug-class-is-for", EXC + "- PDE-5 inhibitors for Erectile Dysfunction.\n- Use of "
     "phytotherapy for BPH within 2 weeks prior to Visit 1\n- Subject is currently being "
     "treated with insulin for diabetes.\n- Need for antiarrhythmic therapy for a ventricular "
     "arrhythmia.",
     [(WashoutFact, {"therapy": "phytotherapy", "min_days": 14}, None),
      (ConditionFact, {"label": "diabetes mellitus"}, "diabetes"),
      (ConditionFact, {"label": "ventricular arrhythmia"}, None)]),
    ("how-a-condition-is-known", EXC + "- Have a history or presence of the signs and/or "
     "symptoms of hyperthyroidism as determined by an abnormal thyroid stimulating hormone "
     "(TSH) at screening.\n- Uncontrolled diabetes mellitus, as evidenced by glycosylated "
     "hemoglobin (HbA1c) value greater than 12%\n- Grade 3 or greater pancreatitis as defined "
     "by the CTCAE v3.0\n- Active liver disease as indicated by at least one of the following:",
     [(ConditionFact, {"label": "hyperthyroidism", "qualifier": "as determined by an abnormal "
                       "thyroid stimulating hormone (tsh) at screening"}, None),
      (ConditionFact, {"label": "uncontrolled diabetes mellitus", "qualifier": "as evidenced by "
                       "glycosylated hemoglobin (hba1c) value greater than 12%"}, None),
      (LabThresholdFact, {"analyte": "hemoglobin A1c", "comparator": ">", "value": 12}, None),
      (ConditionFact, {"label": "pancreatitis", "qualifier": "grade 3 or greater"}, None),
      (ConditionFact, {"label": "active liver disease", "qualifier": None}, None)]),
    ("examples-of-a-condition-with-a-window", EXC + "- Serious infection within 4 weeks prior "
     "to screening, including tuberculosis or pneumonia\n- Active bleeding during the last 28 "
     "days prior to dosing including variceal bleeding",
     [(ConditionFact, {"label": "serious infection", "within_days": 28}, None),
      (ConditionFact, {"label": "tuberculosis", "within_days": 28},
       "infection within 4 weeks prior to screening, including tuberculosis"),
      (ConditionFact, {"label": "pneumonia", "within_days": 28},
       "infection within 4 weeks prior to screening, including tuberculosis or pneumonia"),
      (ConditionFact, {"label": "active bleeding", "within_days": 28}, None),
      (ConditionFact, {"label": "variceal bleeding", "within_days": 28}, None)]),
    ("whichever-time-is-greater", EXC + "- Participation in an investigational therapeutic study "
     "within 3 weeks or within 5 drug half-lives (t1/2) prior to first dose, whichever time is "
     "greater.",
     [(WashoutFact, {"therapy": "clinical study participation", "min_days": 21, "half_lives": 5,
                     "rule": "longer"}, None)]),
    ("a-window-after-a-clause-of-its-own", EXC + "- has congestive heart failure or had "
     "symptomatic ischemia, or myocardial infarction within the last 6 months.\n- Is at "
     "imminent risk of suicide or had a suicide attempt within 6 months of screening",
     [(ConditionFact, {"label": "heart failure", "within_days": None}, "congestive heart failure"),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None),
      (ConditionFact, {"label": "imminent suicide risk", "within_days": None}, None),
      (ConditionFact, {"label": "suicide attempt", "within_days": 182.62}, None)]),
    ("drugs-listed-after-a-named-one", EXC + "- Prior therapy with bortezomib, sorafenib, or other "
     "proteasome inhibitor\n- No prior treatment with gemcitabine or bevacizumab in the adjuvant "
     "or metastatic setting",
     [(PriorTherapyFact, {"therapy": "bortezomib", "required": False}, None),
      (PriorTherapyFact, {"therapy": "sorafenib", "required": False}, None),
      (PriorTherapyFact, {"therapy": "proteasome inhibitor", "required": False}, None),
      (PriorTherapyFact, {"therapy": "gemcitabine", "required": False,
                          "setting": "adjuvant or metastatic setting"}, None),
      (PriorTherapyFact, {"therapy": "bevacizumab", "required": False,
                          "setting": "adjuvant or metastatic setting"}, None)]),
    ("a-bracket-that-defines-a-condition", EXC + "- Evidence of clinically significant "
     "bradycardia (HR <50), or a history of 2nd degree AV block (Mobitz Type 2)\n- Recent "
     "myocardial infarction (< 1 month)\n- Frequent urinary tract infections (≥2 in the past "
     "year)",
     [(ConditionFact, {"label": "clinically significant bradycardia", "qualifier": "hr <50"},
       "clinically significant bradycardia (HR <50)"),
      (ConditionFact, {"label": "2nd degree heart block", "qualifier": "mobitz type 2"}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 30.44,
                       "qualifier": None}, None),
      (ConditionFact, {"label": "frequent urinary tract infection", "within_days": 365.25},
       None)]),
    ("a-test-or-a-pseudo-condition-is-none", EXC + "- Abnormal bleeding time (BT), clotting time "
     "(CT), prothrombin time (PT)\n- Participant has a history of pseudo-seizures.",
     []),
    ("autoimmune-functional-and-unusual-kinds", EXC + "- History of autoimmune endocrine disease\n"
     "- Functional diarrhea as defined by Rome III criteria\n- Unusual uterine bleeding within "
     "12 months prior to study entry\n- Severe diabetes, autoimmune diseases;",
     [(ConditionFact, {"label": "autoimmune endocrine disease"}, None),
      (ConditionFact, {"label": "functional diarrhea"}, None),
      (ConditionFact, {"label": "unusual uterine bleeding", "within_days": 365.25}, None),
      (ConditionFact, {"label": "severe diabetes mellitus"}, None),
      (ConditionFact, {"label": "severe autoimmune disease"}, None)]),
    ("no-limit-on-prior-therapy", "Inclusion Criteria:\n- There is no limit on prior courses of "
     "chemotherapy.\n\nExclusion Criteria:\n- Receipt of more than 2 previous cytotoxic "
     "chemotherapeutic regimens. There is no limit on the number of prior noncytotoxic therapies",
     [(PriorTherapyFact, {"therapy": "cytotoxic chemotherapy", "required": False, "max_lines": 2},
       None)]),
    ("a-window-after-a-diagnosis-of", EXC + "- Severe psychiatric disorders including bipolar "
     "disorder, schizophrenia, dementia and previous or current diagnosis of alcohol or "
     "substance abuse within the past year.",
     [(ConditionFact, {"label": "severe psychiatric disorder"}, None),
      (ConditionFact, {"label": "severe bipolar disorder", "within_days": None}, None),
      (ConditionFact, {"label": "severe schizophrenia", "within_days": None}, None),
      (ConditionFact, {"label": "severe dementia", "within_days": None}, None),
      (ConditionFact, {"label": "substance abuse", "within_days": 365.25}, None),
      (ConditionFact, {"label": "alcohol abuse", "within_days": 365.25}, None)]),
    ("a-single-karnofsky-score-is-its-least", "Inclusion Criteria:\n- Karnofsky performance score "
     "70\n- ECOG/Karnofsky performance status of 0 or 1",
     [(PerformanceStatusFact, {"scale": "Karnofsky", "min": 70, "max": 100}, None),
      (PerformanceStatusFact, {"scale": "ECOG", "min": 0, "max": 1}, None)]),
    ("what-a-condition-affects-or-causes", EXC + "- Any skin disorder which causes delayed "
     "healing\n- Have had a serious infectious disease affecting the brain in the past 5 years\n"
     "- I have a history of high blood pressure which has not been controlled with medication\n"
     "- Patients with psychiatric disorders affecting the ability to assess cognition such as "
     "schizophrenia",
     [(ConditionFact, {"label": "skin disease", "qualifier": "which causes delayed healing"},
       None),
      (ConditionFact, {"label": "serious infectious disease", "within_days": 1826.25,
                       "qualifier": "affecting the brain"}, None),
      (ConditionFact, {"label": "hypertension",
                       "qualifier": "which has not been controlled with medication"}, None),
      (ConditionFact, {"label": "psychiatric disorder",
                       "qualifier": "affecting the ability to assess cognition"}, None),
      (ConditionFact, {"label": "schizophrenia"}, None)]),
    ("diabetes-insipidus-and-partners", EXC + "- Patients with type 1 diabetes or diabetes "
     "insipidus\n- male partners of women who are pregnant;",
     [(ConditionFact, {"label": "type 1 diabetes"}, None),
      (ConditionFact, {"label": "diabetes insipidus"}, "diabetes insipidus")]),
    ("consent-on-the-day", "Inclusion Criteria:\n- Patient is at least 18 years old on the day "
     "the informed consent form will be signed.",
     [(AgeFact, {"min_years": 18}, None), (ConsentFact, None, None)]),
    ("a-missing-recovery-or-an-allowed-therapy", EXC + "- Failure to recover from any prior "
     "surgery within 4 weeks of study entry.\n- Patients who have not recovered from previous "
     "anti-cancer therapies\n- A known history of CNS metastasis unless the patient has had "
     "treatment with surgery or radiation therapy, is neurologically stable",
     [(WashoutFact, None, None), (PriorTherapyFact, None, None)]),
    ("agents-listed-before-a-clause", EXC + "- Patients with known hypersensitivity to oral "
     "risperidone, quetiapine, aripiprazole, or who are known non-responders to oral risperidone",
     [(ConditionFact, {"label": "hypersensitivity to oral risperidone, quetiapine, aripiprazole"},
       None)]),
    ("the-state-of-a-required-diagnosis", "Inclusion Criteria:\n- Histologically or cytologically "
     "proven melanoma with Stage IV or unresectable stage III disease\n- Histological or "
     "cytological confirmation of malignant melanoma that is metastatic or unresectable",
     [(ConditionFact, {"label": "melanoma", "role": "required",
                       "qualifier": "with stage iv or unresectable stage iii disease"}, None),
      (ConditionFact, {"label": "malignant melanoma", "role": "required",
                       "qualifier": "that is metastatic or unresectable"}, None)]),
    ("two-age-bounds-sharing-one-unit", EXC + "- Participants <20 or >75 years of age.\n"
     "- Patients younger than 18 or older than 70 years",
     [(AgeFact, {"max_years": 20, "max_inclusive": False}, "<20"),
      (AgeFact, {"min_years": 75, "min_inclusive": False}, None),
      (AgeFact, {"max_years": 18, "max_inclusive": False}, "younger than 18"),
      (AgeFact, {"min_years": 70, "min_inclusive": False}, None)]),
    ("a-subgroup-allowed-after-its-people", EXC + "- Total bilirubin > 2.0 mg/dl (participants "
     "with documented Gilbert's syndrome were not excluded based on this criterion)\n- Has "
     "glycosylated hemoglobin (HbA1C) ≥7% at screening. NOTE: Participants with known stable "
     "diabetes are not excluded.",
     [(LabThresholdFact, {"analyte": "total bilirubin", "subgroup": ["Gilbert syndrome"],
                          "subgroup_negated": True}, None),
      (LabThresholdFact, {"analyte": "hemoglobin A1c", "subgroup": ["diabetes mellitus"],
                          "subgroup_negated": True}, None)]),
    ("a-bracket-window-of-the-last-months", EXC + "- Myocardial infarction (< the last 12 months)"
     "\n- Subjects must adhere to the smoking restrictions of the Clinical Research Unit",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 365.25}, None)]),
    ("a-condition-under-treatment", EXC + "- A malignancy currently under active therapy\n- "
     "Patient has a concurrent active malignancy under treatment.",
     [(ConditionFact, {"label": "malignancy", "qualifier": "currently under active therapy"},
       None),
      (ConditionFact, {"label": "concurrent active malignancy", "qualifier": "under treatment"},
       None)]),
    ("a-susceptibility-or-a-risk-to", EXC + "- Drugs with a known risk to induce Torsades de "
     "Pointes\n- Have a susceptibility to hypotension",
     [(ConditionFact, None, None)]),
    ("mobitz-ii-heart-block", EXC + "- Patients with Mobitz II second degree heart block, that do "
     "not have a pacemaker.",
     [(ConditionFact, {"label": "mobitz ii second degree heart block"}, None)]),
    ("current-is-shared-over-a-list", EXC + "- Current drug abuse or alcohol abuse.\n- Current "
     "pregnancy or lactation.",
     [(ConditionFact, {"label": "current substance abuse"}, None),
      (ConditionFact, {"label": "current alcohol abuse"}, None),
      (ConditionFact, {"label": "current pregnancy"}, None),
      (ConditionFact, {"label": "current lactation"}, None)]),
    ("a-bound-after-a-colon-and-allowed-gilbert", EXC + "- Anemia: Hb <4.0 gm/dL\n- symptomatic "
     "orthostatic hypotension and secondary/iatrogenic hypertension\n\nInclusion Criteria:\n- "
     "Albumin > 3.5 g/dL, bilirubin < 1.5 mg/dL at screening (subjects with documented "
     "Gilbert's disease allowed).",
     [(ConditionFact, {"label": "anemia", "qualifier": "hb <4.0 gm/dl"}, None),
      (ConditionFact, {"label": "symptomatic orthostatic hypotension"}, None),
      (ConditionFact, {"label": "secondary/iatrogenic hypertension"}, None),
      (LabThresholdFact, {"analyte": "hemoglobin", "value": 4.0}, None),
      (LabThresholdFact, {"analyte": "serum albumin"}, None),
      (LabThresholdFact, {"analyte": "total bilirubin", "subgroup": ["Gilbert syndrome"],
                          "subgroup_negated": True}, None)]),
    ("a-condition-not-resolved-a-time-before", EXC + "- Respiratory tract infection that has not "
     "resolved at least 7 days prior to Screening.",
     [(ConditionFact, {"label": "respiratory tract infection", "within_days": 7}, None)]),
    ("subscript-digits", "Inclusion Criteria:\n- A post-albuterol FEV₁/FVC ratio of <0.70 and "
     "post-albuterol FEV₁ of ≤70% and ≥50% predicted normal values",
     [(LabThresholdFact, {"analyte": "FEV1/FVC ratio", "comparator": "<"}, None),
      (LabThresholdFact, {"analyte": "FEV1 percent of predicted", "comparator": "<=", "value": 70},
       None),
      (LabThresholdFact, {"analyte": "FEV1 percent of predicted", "comparator": ">=", "value": 50},
       None)]),
    ("a-longer-defining-bracket-and-gestation", EXC + "- Participants that have been pregnant "
     "(> 20 weeks gestation) in the previous 6 months.\n- Uncontrolled high blood pressure (i.e., "
     "systolic blood pressure >= 160 mmHg, diastolic blood pressure >= 90 mmHg)",
     [(ConditionFact, {"label": "pregnancy", "within_days": 182.62,
                       "qualifier": "> 20 weeks gestation"}, None),
      (ConditionFact, {"label": "uncontrolled hypertension", "qualifier": "systolic blood "
                       "pressure >= 160 mmhg, diastolic blood pressure >= 90 mmhg"}, None)]),
    ("other-co-existing-malignancy", EXC + "- Other co-existing malignancy or malignancy "
     "diagnosed within the past 5 years",
     [(ConditionFact, {"label": "other malignancy", "within_days": 1826.25}, None)]),
    ("other-known-malignancy", EXC + "- Another known malignancy that is progressing or requires "
     "active treatment",
     [(ConditionFact, {"label": "other malignancy"}, None)]),
    ("window-after-judged-by", EXC + "- History of chronic, recurrent, or recent serious "
     "infection (e.g., pneumonia, septicemia) as determined by the Investigator within 3 months "
     "prior to screening",
     [(ConditionFact, {"label": "chronic, recurrent, or serious infection",
                       "within_days": 91.31}, None),
      (ConditionFact, {"label": "pneumonia", "within_days": 91.31}, "pneumonia, septicemia) as "
       "determined by the Investigator within 3 months"),
      (ConditionFact, {"label": "sepsis", "within_days": 91.31}, None)]),
    ("condition-worsening", EXC + "- Participants who have had a respiratory tract infection or "
     "asthma worsening within 4 weeks prior to Visit 1",
     [(ConditionFact, {"label": "respiratory tract infection", "within_days": 28.0}, None)]),
    ("qualifier-known-likely-to", EXC + "- Uncontrolled endocrine disease known to influence "
     "serum lipids\n- History of allergic reactions likely to be exacerbated by any component of "
     "the study drug\n- Allergies known to diuretics",
     [(ConditionFact, {"label": "uncontrolled endocrine disease",
                       "qualifier": "known to influence serum lipids"}, None),
      (ConditionFact, {"label": "hypersensitivity", "qualifier": "likely to be exacerbated by "
                       "any component of the study drug"}, "allergic reactions likely to be "
       "exacerbated by any component of the study drug"),
      (ConditionFact, {"label": "hypersensitivity", "qualifier": None}, None)]),
    ("examples-bracket-eg", EXC + "- Uncontrolled intercurrent disease (eg, diabetes, "
     "hypertension)\n- Serious gastrointestinal disease (e.g., Crohn's disease (CD), ulcerative "
     "colitis), kidney disease",
     [(ConditionFact, {"label": "uncontrolled intercurrent illness"}, None),
      (ConditionFact, {"label": "uncontrolled diabetes mellitus"}, "Uncontrolled intercurrent "
       "disease (eg, diabetes"),
      (ConditionFact, {"label": "uncontrolled hypertension"}, None),
      (ConditionFact, {"label": "serious gastrointestinal disease"}, None),
      (ConditionFact, {"label": "serious crohn disease"}, None),
      (ConditionFact, {"label": "serious ulcerative colitis"}, None),
      (ConditionFact, {"label": "kidney disease"}, None)]),
    ("risk-of-context", EXC + "- Has a cardiac disorder that would put the subject at risk of a "
     "clinically relevant arrhythmia\n- Use of medication that can "
     "potentially cause pancreatitis within 30 days prior to Visit 1\n- Is at imminent risk of "
     "suicide or had a suicide attempt within 6 months of screening",
     [(ConditionFact, {"label": "heart disease"}, None),
      (ConditionFact, {"label": "imminent suicide risk"}, None),
      (ConditionFact, {"label": "suicide attempt", "within_days": 182.62}, None)]),
    ("anti-condition-therapy", EXC + "- Receipt of anti-HBV nucleoside/nucleotide therapy\n"
     "- Positive anti-HCV antibody",
     [(ConditionFact, {"label": "hepatitis c"}, "anti-HCV antibody")]),
    ("lab-sex-square-bracket", "Inclusion Criteria:\n- Adequate renal function (serum "
     "creatinine levels <1.5 mg/dL [males], <1.4 mg/dL [females])",
     [(LabThresholdFact, {"value": 1.5, "sex": "MALE"}, None),
      (LabThresholdFact, {"value": 1.4, "sex": "FEMALE"}, None)]),
    ("required-genotype", "Inclusion Criteria:\n- Chronic hepatitis C virus (HCV) genotype 1 "
     "infection\n- HCV genotype 1a, 1b, or 4\n- HCV genotype 1-6.",
     [(ConditionFact, {"label": "chronic hepatitis c", "qualifier": "genotype 1"},
       "Chronic hepatitis C virus (HCV) genotype 1 infection"),
      (ConditionFact, {"label": "hepatitis c", "qualifier": "genotype 1a, 1b, or 4"}, None),
      (ConditionFact, {"label": "hepatitis c", "qualifier": "genotype 1-6"}, None)]),
    ("conjugated-direct-bilirubin", "Inclusion Criteria:\n- Conjugated (direct) bilirubin less "
     "than or equal to 1.5 times the ULN",
     [(LabThresholdFact, {"analyte": "direct bilirubin", "uln_multiple": 1.5}, None)]),
    ("qualifier-after-ie", EXC + "- Concurrent serious infections (i.e., requiring an "
     "intravenous antibiotic)",
     [(ConditionFact, {"label": "concurrent serious infection",
                       "qualifier": "requiring an intravenous antibiotic"}, None)]),
    ("shared-severity-past-unknown-item", EXC + "- Serious, non-healing wound, ulcer, or bone "
     "fracture\n- Any significant concurrent disease, illness, or psychiatric disorder that would "
     "compromise patient safety",
     [(ConditionFact, {"label": "serious non-healing wound"}, None),
      (ConditionFact, {"label": "serious bone fracture"}, "Serious, non-healing wound, ulcer, "
       "or bone fracture"),
      (ConditionFact, {"label": "significant intercurrent illness"}, None),
      (ConditionFact, {"label": "significant psychiatric disorder"}, None)]),
    ("bleeding-as-modifier", EXC + "- Decompensated liver disease, including a history of "
     "encephalopathy, bleeding esophageal or gastric varices, or ascites\n- Active bleeding or "
     "bleeding diathesis",
     [(ConditionFact, {"label": "decompensated liver disease"}, None),
      (ConditionFact, {"label": "encephalopathy"}, None),
      (ConditionFact, {"label": "bleeding esophageal varices"}, "bleeding esophageal or gastric "
       "varices"),
      (ConditionFact, {"label": "bleeding gastric varices"}, None),
      (ConditionFact, {"label": "ascites"}, None),
      (ConditionFact, {"label": "active bleeding"}, None),
      (ConditionFact, {"label": "bleeding disorder"}, None)]),
    ("required-for-which", "Inclusion Criteria:\n- Histologically confirmed malignant solid "
     "tumor for which there are no known regimens of higher efficacy",
     [(ConditionFact, {"label": "malignant solid tumor", "role": "required",
                       "qualifier": "for which there are no known regimens of higher efficacy"},
       "malignant solid tumor for which there are no known regimens of higher efficacy")]),
    ("required-hyphenated-confirmed", "Inclusion Criteria:\n- Histologically-confirmed "
     "pancreatic adenocarcinoma\n- Patients with locally advanced or metastatic non-small cell "
     "lung cancer.\n- Has a histologically-confirmed or cytologically confirmed diagnosis of stage "
     "IV nonsquamous NSCLC.\n- Pathologically confirmed and surgically resectable non small cell "
     "lung cancer\n- No other malignancies diagnosed within the past 5 years except basal cell "
     "carcinoma",
     [(ConditionFact, {"label": "pancreatic adenocarcinoma", "role": "required"}, None),
      (ConditionFact, {"label": "locally advanced or metastatic non-small cell lung cancer",
                       "role": "required"}, None),
      (ConditionFact, {"label": "stage iv nonsquamous non-small cell lung carcinoma",
                       "role": "required"}, "stage IV nonsquamous NSCLC"),
      (ConditionFact, {"label": "surgically resectable non small cell lung cancer",
                       "role": "required"}, None),
      (ConditionFact, {"label": "other malignancy", "role": "excluded"}, None)]),
    ("depression-lexicon", EXC + "- Patients with delirium or depression\n- history of known AF "
     "episodes\n- ST segment elevation or depression on ECG\n- Hamilton Depression Rating Scale "
     "(HAM-D) > 24\n- Initiation of psychotherapy for depression within 3 months\n- Central "
     "nervous system depression",
     [(ConditionFact, {"label": "depression"}, "depression"),
      (ConditionFact, {"label": "atrial fibrillation"}, "AF")]),
    ("washout-drug-use-within", EXC + "- Statin use in the last 6 months\n- TNF blocker use "
     "within the 8 weeks prior to enrollment\n- Injecting drug use within the previous six months",
     [(WashoutFact, {"therapy": "statin", "min_days": 182.62}, "Statin use in the last 6 months"),
      (WashoutFact, {"therapy": "tnf blocker", "min_days": 56.0}, None)]),
    ("pregnancy-test-word-left-out", "Inclusion Criteria:\n- Negative serum pregnancy within 72 "
     "hours of secretin administration\nExclusion Criteria:\n- Positive HBs Ag",
     [(PregnancyTestFact, {}, "Negative serum pregnancy"),
      (ConditionFact, {"label": "hepatitis b"}, "HBs Ag")]),
    ("severe-depression-not-major", EXC + "- Severe depression requiring medication\n- Any "
     "history of epilepsy as evidenced by one or more seizures in the last 12 months",
     [(ConditionFact, {"label": "severe depression", "qualifier": "requiring medication"}, None),
      (ConditionFact, {"label": "epilepsy", "within_days": 365.25, "qualifier": None}, None),
      (ConditionFact, {"label": "seizure", "within_days": 365.25}, None)]),
    ("grade-shared-over-or", EXC + "- Current grade 3 or higher cardiac dysrhythmia or QT "
     "prolongation\n- Grade 2 or greater peripheral vascular disease, congestive heart failure",
     [(ConditionFact, {"label": "arrhythmia", "qualifier": "grade 3 or higher"}, None),
      (ConditionFact, {"label": "prolonged qt interval", "qualifier": "grade 3 or higher"},
       "grade 3 or higher cardiac dysrhythmia or QT prolongation"),
      (ConditionFact, {"label": "peripheral arterial disease", "qualifier": "grade 2 or greater"},
       None),
      (ConditionFact, {"label": "heart failure", "qualifier": None}, None)]),
    ("grade-or-greater-is-next-items", EXC + "- Transient ischemic attack, grade 2 or greater "
     "peripheral vascular disease\n- Peripheral neuropathy of more than grade 1 in severity\n- "
     "Peripheral neuropathy of Grade 2 or greater intensity at the time of signing informed "
     "consent form",
     [(ConditionFact, {"label": "transient ischemic attack", "qualifier": None}, None),
      (ConditionFact, {"label": "peripheral arterial disease", "qualifier": "grade 2 or greater"},
       None),
      (ConditionFact, {"label": "peripheral neuropathy",
                       "qualifier": "more than grade 1 in severity"}, None),
      (ConditionFact, {"label": "peripheral neuropathy", "qualifier": "grade 2 or greater "
                       "intensity at the time of signing informed consent form"}, None)]),
    ("prior-therapy-setting-after-list", "Inclusion Criteria:\n- No prior definitive surgery, "
     "radiotherapy, chemotherapy, immunotherapy, or epidermal growth factor receptor inhibitors "
     "for head and neck cancer",
     [(PriorTherapyFact, {"therapy": "definitive surgery", "setting": "head and neck cancer"},
       None),
      (PriorTherapyFact, {"therapy": "radiotherapy", "setting": "head and neck cancer"}, None),
      (PriorTherapyFact, {"therapy": "chemotherapy", "setting": "head and neck cancer"}, None),
      (PriorTherapyFact, {"therapy": "immunotherapy", "setting": "head and neck cancer"}, None)]),
    ("header-not-have-the-following", "Inclusion Criteria:\n- Patient must be able to swallow "
     "capsules and not have the following conditions:\n  - Ulcerative colitis\n  - Partial or "
     "complete bowel obstruction",
     [(ConditionFact, {"label": "ulcerative colitis", "role": "excluded"}, None),
      (ConditionFact, {"label": "partial or complete bowel obstruction", "role": "excluded"},
       None)]),
    ("since-diagnosis-is-a-time", "Inclusion Criteria:\n- No previous use of corticosteroids for "
     "autoimmune complications that have developed since the initial diagnosis of CLL",
     [(ConditionFact, None, None)]),
    ("window-bracket-with-note", EXC + "- presence of current substance use disorder (past 1 "
     "month; see cut off scores in psychological measures below)",
     [(ConditionFact, {"label": "current substance abuse", "within_days": 30.44}, None)]),
    ("required-lasted-after-abbreviation", "Inclusion Criteria:\n- Presents with established "
     "diagnosis of active psoriatic arthritis (PsA) for at least 6 months",
     [(ConditionFact, {"label": "active psoriatic arthritis",
                       "qualifier": "for at least 6 months"}, None)]),
    ("but-not-necessarily-no-exception", EXC + "- Active second malignancy, i.e., patient known to "
     "have potentially fatal cancer present for which they may be (but not necessarily) currently "
     "receiving treatment.",
     [(ConditionFact, {"label": "active other malignancy"}, None),
      (ConditionFact, {"label": "malignancy", "exceptions": None}, None)]),
    ("qualifier-leading-to", EXC + "- Severe neurological disorder leading to immobility or "
     "confined to a wheelchair\n- Unstable angina leading to hospitalization",
     [(ConditionFact, {"label": "severe neurological disorder",
                       "qualifier": "leading to immobility or confined to a wheelchair"}, None),
      (ConditionFact, {"label": "unstable angina", "qualifier": "leading to hospitalization"},
       None)]),
    ("washout-within-a-month", EXC + "- Received any investigational agent within a month prior "
     "to enrollment.",
     [(WashoutFact, {"therapy": "investigational agent", "min_days": 30.44}, None),
      (PriorTherapyFact, None, None)]),
    ("required-state-long-clause", "Inclusion Criteria:\n- Histologically confirmed melanoma "
     "that is metastatic or unresectable and for which standard curative or palliative measures do "
     "not exist or are no longer effective",
     [(ConditionFact, {"label": "melanoma", "qualifier": "that is metastatic or unresectable and "
                       "for which standard curative or palliative measures do not exist or are no "
                       "longer effective"}, None)]),
    ("or-induce-monitored-for-context", EXC + "- Any concomitant medications that may cause "
     "QTc prolongation or induce Torsades de Pointes\n- Taking warfarin sodium. Patients on other "
     "blood thinners should be monitored for thrombocytopenia.",
     [(ConditionFact, None, None)]),
    ("lab-subgroup-will-not-be-excluded", EXC + "- Bilirubin >1.5 x ULN (participants with "
     "Gilbert Syndrome with a confirmed diagnosis and documented in the subject's medical record "
     "will not be excluded based on this criterion).",
     [(LabThresholdFact, {"uln_multiple": 1.5, "subgroup": ["Gilbert syndrome"],
                          "subgroup_negated": True}, None)]),
    ("unit-milliliter-per-minute-per-bsa", EXC + "- Has an estimated eGFR of <30 milliliter per "
     "minute per 1.73 m^2",
     [(LabThresholdFact, {"analyte": "estimated GFR", "value": 30.0,
                          "unit": "mL/min/{1.73_m2}"}, None)]),
    ("window-over-procedure-item", EXC + "- History of myocardial infarction, unstable angina, or "
     "coronary revascularization procedure within 3 months before screening",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 91.31}, None),
      (ConditionFact, {"label": "unstable angina", "within_days": 91.31}, None)]),
    ("cause-narrows-condition", EXC + "- Diabetes secondary to pancreatitis\n- Pregnant or "
     "breast-feeding, due to the possible adverse effects on the developing fetus",
     [(ConditionFact, {"label": "diabetes mellitus", "qualifier": "secondary to pancreatitis"},
       "Diabetes secondary to pancreatitis"),
      (ConditionFact, {"label": "pregnancy", "qualifier": None}, None),
      (ConditionFact, {"label": "lactation", "qualifier": None}, "breast-feeding")]),
    ("exception-ends-before-or-any", EXC + "- Any uncontrolled liver disease except for Gilbert "
     "syndrome, or any chronic illness which would make the subject unsuitable\n- Malignancy "
     "except basal cell carcinoma, or any stage I cancer treated more than 2 years ago",
     [(ConditionFact, {"label": "uncontrolled liver disease", "exceptions": "gilbert syndrome"},
       None),
      (ConditionFact, {"label": "malignancy", "exceptions": "basal cell carcinoma, or any stage i "
                       "cancer treated more than 2 years ago"}, None)]),
    ("washout-not-the-planned-therapy", EXC + "- Major surgery within 4 weeks of randomization or "
     "any planned surgery during the study",
     [(WashoutFact, {"therapy": "major surgery", "min_days": 28.0}, "Major surgery within 4 weeks"),
      (PriorTherapyFact, None, None)]),
    ("washout-window-after-next-item", EXC + "- Head trauma within the 6 months prior to "
     "screening, or cataract surgery within the 3 months prior to screening",
     [(WashoutFact, {"therapy": "cataract surgery", "min_days": 91.31}, None)]),
    ("prior-therapy-unstated-window", EXC + "- Has received a TNF inhibitor within the "
     "protocol-specified washout period",
     [(PriorTherapyFact, None, None), (WashoutFact, None, None)]),
    ("promise-not-to-become-pregnant", "Inclusion Criteria:\n- Women must agree not to try to "
     "become pregnant during the study",
     [(ConditionFact, None, None)]),
    ("antibody-therapy-not-only-monoclonal", EXC + "- Use of any antibody therapy within the "
     "past 3 months",
     [(WashoutFact, {"therapy": "antibody therapy", "min_days": 91.31}, None),
      (PriorTherapyFact, None, None)]),
    ("infection-example-after-bracket", EXC + "- Uncontrolled intercurrent illness (e.g., active "
     "infection)",
     [(ConditionFact, {"label": "uncontrolled intercurrent illness"}, None),
      (ConditionFact, {"label": "active infection"}, "active infection")]),
    ("medical-disease-generic-head", EXC + "- Severe or uncontrolled medical disease that would "
     "compromise the safety of the patient",
     [(ConditionFact, {"label": "severe or uncontrolled disease",
                       "qualifier": "that would compromise the safety of the patient"}, None)]),
    ("qualifier-prohibiting-extent-not-allow", EXC + "- Cognitive impairment prohibiting "
     "comprehension of the consent process\n- Malabsorption present to the extent that it might "
     "interfere with oral intake\n- Psychiatric disorder that does not allow the patient to "
     "complete the study visits",
     [(ConditionFact, {"label": "cognitive impairment",
                       "qualifier": "prohibiting comprehension of the consent process"}, None),
      (ConditionFact, {"label": "malabsorption", "qualifier": "present to the extent that it "
                       "might interfere with oral intake"}, None),
      (ConditionFact, {"label": "psychiatric disorder", "qualifier": "that does not allow the "
                       "patient to complete the study visits"}, None)]),
    ("header-may-not-concurrently-have", "Inclusion Criteria:\n- Patients may not concurrently "
     "have any of the following conditions:\n  - Known brain metastases\n  - Seizure disorder",
     [(ConditionFact, {"label": "brain metastasis", "role": "excluded"}, None),
      (ConditionFact, {"label": "epilepsy", "role": "excluded"}, None)]),
    ("grade-of-the-condition-before", EXC + "- Dyspnea of grade 3 or greater, atrial "
     "fibrillation\n- History of grade 3 hypersensitivity to paclitaxel",
     [(ConditionFact, {"label": "dyspnea", "qualifier": "grade 3 or greater"}, None),
      (ConditionFact, {"label": "atrial fibrillation", "qualifier": None}, "atrial fibrillation"),
      (ConditionFact, {"label": "hypersensitivity to paclitaxel", "qualifier": "grade 3"}, None)]),
    ("condition-then-hospitalization-item", EXC + "- Stroke, heart failure hospitalization, or "
     "myocardial infarction within 6 months",
     [(ConditionFact, {"label": "stroke", "within_days": 182.62}, None),
      (ConditionFact, {"label": "heart failure", "qualifier": "requiring hospitalization",
                       "within_days": 182.62}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None)]),
    ("washout-in-a-conditions-need-bracket", EXC + "- Crohn's disease requiring medical "
     "intervention (immunomodulatory or immunosuppressive medications or surgery) within 12 "
     "months",
     [(WashoutFact, None, None),
      (ConditionFact, {"label": "crohn disease", "within_days": 365.25}, None)]),
    ("qualifier-after-examples-bracket", EXC + "- Uncontrolled intercurrent illness (e.g., "
     "diabetes, hypertension) that would limit compliance with study requirements",
     [(ConditionFact, {"label": "uncontrolled intercurrent illness",
                       "qualifier": "that would limit compliance with study requirements"}, None),
      (ConditionFact, {"label": "uncontrolled diabetes mellitus"}, None),
      (ConditionFact, {"label": "uncontrolled hypertension"}, None)]),
    ("hiv-types-kept-apart", "Inclusion Criteria:\n- Documented HIV-1 infection\nExclusion "
     "Criteria:\n- HIV-2 co-infection\n- Participation in an HIV vaccine trial",
     [(ConditionFact, {"label": "hiv-1 infection", "role": "required"}, "HIV-1 infection"),
      (ConditionFact, {"label": "hiv-2 infection", "role": "excluded"}, "HIV-2")]),
    ("tnm-stage-no-marker", "Inclusion Criteria:\n- Tumour stage T2N+ or T3N1M0\n- HER2-positive "
     "disease",
     [(BiomarkerFact, {"marker": "HER2", "status": "positive"}, None)]),
    ("division-of-aids-no-condition", EXC + "- Any grade 3 laboratory abnormality according to "
     "the Division of AIDS grading table",
     [(ConditionFact, None, None)]),
    ("neuropathy-and-anxiety-kinds-kept", EXC + "- Sensory neuropathy grade 2 or higher\n- Motor "
     "or sensory neuropathy grade 3 or higher\n- Generalized anxiety disorder",
     [(ConditionFact, {"label": "sensory peripheral neuropathy",
                       "qualifier": "grade 2 or higher"}, None),
      (ConditionFact, {"label": "peripheral neuropathy", "qualifier": "grade 3 or higher"}, None),
      (ConditionFact, {"label": "generalized anxiety disorder"}, None)]),
    ("qualifiers-remission-rest-consciousness", "Inclusion Criteria:\n- Acute myeloid leukemia "
     "(AML) beyond second remission\n- Hodgkin lymphoma (HL) in first remission\nExclusion "
     "Criteria:\n- Dyspnea at rest or exercise intolerance\n- Head injury with loss of "
     "consciousness",
     [(ConditionFact, {"label": "acute myeloid leukemia", "qualifier": "beyond second remission"},
       None),
      (ConditionFact, {"label": "hodgkin lymphoma", "qualifier": "in first remission"}, None),
      (ConditionFact, {"label": "dyspnea", "qualifier": "at rest"}, "Dyspnea at rest"),
      (ConditionFact, {"label": "head injury", "qualifier": "with loss of consciousness"},
       None)]),
    ("resting-not-controlled-aids-disorder", EXC + "- Clinically significant resting bradycardia"
     "\n- Systemic or other infection not controlled (defined as ongoing signs)\n- Acquired "
     "immunodeficiency disorder",
     [(ConditionFact, {"label": "clinically significant resting bradycardia"}, None),
      (ConditionFact, {"label": "infection", "qualifier": "not controlled"}, None),
      (ConditionFact, {"label": "aids"}, None)]),
    ("required-diagnosis-with-metastases", "Inclusion Criteria:\n- Histologically confirmed "
     "melanoma with metastases",
     [(ConditionFact, {"label": "melanoma", "role": "required", "qualifier": "with metastases"},
       None)]),
    ("required-diagnosis-qualifier-goes-on", "Inclusion Criteria:\n- Acute lymphoblastic "
     "leukemia (ALL) beyond second remission or relapsed/refractory disease",
     [(ConditionFact, {"label": "acute lymphoblastic leukemia", "role": "required",
                       "qualifier": "beyond second remission or relapsed/refractory disease"},
       None)]),
    ("abstinence-from-tobacco-no-contraception", "Inclusion Criteria:\n- Smokers of at least 10 "
     "cigarettes per day with no period of abstinence longer than 3 months\n- Women of "
     "childbearing potential must practise abstinence or use contraception",
     [(ContraceptionFact, {}, "abstinence")]),
    ("window-of-postpartum-not-condition", EXC + "- Women who are pregnant, breastfeeding, or "
     "within 6 weeks postpartum",
     [(ConditionFact, {"label": "pregnancy", "within_days": None}, None),
      (ConditionFact, {"label": "lactation", "within_days": None}, "breastfeeding")]),
    ("age-equal-to-or-above", "Inclusion Criteria:\n- Male or female, age equal to or above 20 "
     "years\n- Aged equal to or under 65 years",
     [(AgeFact, {"min_years": 20, "min_inclusive": True}, "equal to or above 20 years"),
      (AgeFact, {"max_years": 65, "max_inclusive": True}, "equal to or under 65 years")]),
    ("greek-letter-starts-a-surface-form", EXC + "- AST or ALT >2x ULN, or γ-GT >3x ULN",
     [(LabThresholdFact, {"analyte": "AST", "uln_multiple": 2}, "AST or ALT >2x ULN"),
      (LabThresholdFact, {"analyte": "ALT", "uln_multiple": 2}, "AST or ALT >2x ULN"),
      (LabThresholdFact, {"analyte": "gamma-glutamyl transferase", "uln_multiple": 3},
       "γ-GT >3x ULN")]),
    ("modifiers-over-infection-of", EXC + "- Active or uncontrolled infection of hepatitis B or "
     "hepatitis C.\n- Serious infection of the brain, Parkinson's disease",
     [(ConditionFact, {"label": "active or uncontrolled hepatitis b"}, None),
      (ConditionFact, {"label": "active or uncontrolled hepatitis c"}, None),
      (ConditionFact, {"label": "parkinson disease"}, "Parkinson's disease")]),
    ("percentile-for-age-no-age", "Inclusion Criteria:\n- Inclusion criteria for children will "
     "be:\n  - age 3-5 years\n  - a BMI > 25th percentile for age and gender",
     [(AgeFact, {"min_years": 3, "max_years": 5}, None)]),
    ("window-within-the-year-prior", EXC + "- History of alcohol or drug abuse within the year "
     "prior to screening\n- History of lower respiratory tract infection during the month "
     "preceding screening",
     [(ConditionFact, {"label": "substance abuse", "within_days": 365.25}, None),
      (ConditionFact, {"label": "alcohol abuse", "within_days": 365.25}, None),
      (ConditionFact, {"label": "lower respiratory tract infection", "within_days": 30.44},
       None)]),
    ("investigational-study-medication-is-a-drug", EXC + "- Use of any investigational study "
     "medications within 30 days of enrollment\n- Participation in an investigational drug study "
     "within 30 days",
     [(WashoutFact, {"therapy": "investigational agent", "min_days": 30}, None),
      (WashoutFact, {"therapy": "clinical study participation", "min_days": 30}, None)]),
    ("grade-after-condition-before-comma", EXC + "- Vomiting, diarrhea grade ≥ 2, malabsorption "
     "syndrome or small bowel resection",
     [(ConditionFact, {"label": "diarrhea", "qualifier": "grade ≥ 2"}, "diarrhea grade ≥ 2"),
      (ConditionFact, {"label": "malabsorption", "qualifier": None}, "malabsorption syndrome")]),
    ("required-bound-in-exclusion-inverted", EXC + "- Poorly controlled hypertension. Blood "
     "pressure must be ≤ 160/95 mmHg at the time of screening\n- QTc must be > 470 ms",
     [(LabThresholdFact, {"analyte": "systolic blood pressure", "comparator": ">", "value": 160},
       "Blood pressure must be ≤ 160/95 mmHg"),
      (LabThresholdFact, {"analyte": "diastolic blood pressure", "comparator": ">", "value": 95},
       "Blood pressure must be ≤ 160/95 mmHg"),
      (LabThresholdFact, {"analyte": "QTc interval", "comparator": ">", "value": 470}, None)]),
    ("lead-window-current-or-recent-bracket", EXC + "- Current or recent (within 1 year prior to "
     "enrollment) celiac disease, inflammatory bowel disease, gastric bypass, or other "
     "malabsorption syndrome",
     [(ConditionFact, {"label": "celiac disease", "within_days": 365.25}, None),
      (ConditionFact, {"label": "inflammatory bowel disease", "within_days": 365.25}, None),
      (ConditionFact, {"label": "malabsorption", "within_days": 365.25}, None)]),
    ("bare-number-or-more-after-name", "Inclusion Criteria:\n- INR 2.3 or less\n- Body mass "
     "index of 30 or higher\n- No ECG with QTc interval of > 480 msec at 2 or more time points",
     [(LabThresholdFact, {"analyte": "INR", "comparator": "<=", "value": 2.3}, "INR 2.3 or less"),
      (LabThresholdFact, {"analyte": "body mass index", "comparator": ">=", "value": 30}, None),
      (LabThresholdFact, {"analyte": "QTc interval", "comparator": "<=", "value": 480}, None)]),
    ("washout-during-past-without-the", EXC + "- Use of heparin during past 7 days\n- Any surgery "
     "during last 6 month",
     [(WashoutFact, {"therapy": "heparin", "min_days": 7}, "heparin during past 7 days"),
      (WashoutFact, {"therapy": "surgery", "min_days": 182.62}, None)]),
    ("head-state-not-on-past-example", EXC + "- Unstable cardiac disease such as: unstable angina, "
     "history of long QT syndrome\n- Active uncontrolled infection, including known history of "
     "AIDS",
     [(ConditionFact, {"label": "unstable heart disease"}, None),
      (ConditionFact, {"label": "unstable angina"}, None),
      (ConditionFact, {"label": "long qt syndrome"}, "long QT syndrome"),
      (ConditionFact, {"label": "active uncontrolled infection"}, None),
      (ConditionFact, {"label": "aids"}, "AIDS")]),
    ("qualifier-not-treated-not-in-remission", EXC + "- History of any type of cancer not "
     "successfully treated or in full remission for 12 months prior to Screening\n- Concurrent "
     "solid organ malignancy not in remission",
     [(ConditionFact, {"label": "malignancy", "qualifier": "not successfully treated or in full "
                       "remission for 12 months prior to screening"}, None),
      (ConditionFact, {"label": "malignancy", "qualifier": "not in remission"}, None)]),
    ("epileptic-seizures-and-sleep-apnea-kinds", EXC + "- Having epileptic seizures not "
     "controlled\n- Moderate to severe OSA (AHI>15)\n- Central sleep apnea (CSA)\n- Obstructive or "
     "central sleep apnea syndrome",
     [(ConditionFact, {"label": "epilepsy", "qualifier": "not controlled"},
       "epileptic seizures not controlled"),
      (ConditionFact, {"label": "moderate to severe obstructive sleep apnea"}, None),
      (ConditionFact, {"label": "central sleep apnea"}, None),
      (ConditionFact, {"label": "obstructive sleep apnea"}, "Obstructive or central sleep apnea"),
      (ConditionFact, {"label": "central sleep apnea"}, "Obstructive or central sleep apnea")]),
    ("qualifier-on-exertion", EXC + "- History of dyspnoea on exertion\n- Angina on minimal "
     "exertion or at rest",
     [(ConditionFact, {"label": "dyspnea", "qualifier": "on exertion"}, "dyspnoea on exertion"),
      (ConditionFact, {"label": "angina", "qualifier": "on minimal exertion or at rest"}, None)]),
    ("intercurrent-is-a-modifier", EXC + "- Uncontrolled intercurrent infection.\n- Serious "
     "intercurrent infections or nonmalignant medical illnesses that are uncontrolled",
     [(ConditionFact, {"label": "uncontrolled intercurrent infection"}, None),
      (ConditionFact, {"label": "serious intercurrent infection"}, None),
      (ConditionFact, {"label": "nonmalignant disease", "qualifier": "that are uncontrolled"},
       None)]),
    ("nyha-grade-and-comparator-before-name", EXC + "- New York Heart Association (NYHA) Grade II "
     "or greater congestive heart failure\n- Congestive heart failure > NYHA (New York Heart "
     "Association) class II\n- grade 3 heart failure",
     [(ConditionFact, {"label": "nyha class ii-iv heart failure", "qualifier": None}, None),
      (ConditionFact, {"label": "nyha class iii-iv heart failure"},
       "Congestive heart failure > NYHA (New York Heart Association) class II"),
      (ConditionFact, {"label": "heart failure", "qualifier": "grade 3"}, None)]),
    ("subgroup-after-note-in-square-bracket", "Inclusion Criteria:\n- total bilirubin ≤1.5 X ULN "
     "[Note: For patients with previously documented Gilbert's syndrome, total bilirubin ≤ 3 "
     "mg/dL.]",
     [(LabThresholdFact, {"uln_multiple": 1.5, "subgroup": ["Gilbert syndrome"],
                          "subgroup_negated": True}, "total bilirubin ≤1.5 X ULN"),
      (LabThresholdFact, {"value": 3, "subgroup": ["Gilbert syndrome"], "subgroup_negated": False},
       None)]),
    ("allergy-reaction-or-idiosyncrasy-to-agent", EXC + "- Known immediate or delayed "
     "hypersensitivity reaction or idiosyncrasy to drugs chemically related to pazopanib or "
     "lapatinib.\n- documented allergy, hypersensitivity, intolerance, or non-responsivity to "
     "methylphenidate or amphetamines.",
     [(ConditionFact, {"label": "hypersensitivity to drugs chemically related to pazopanib or "
                       "lapatinib"}, None),
      (ConditionFact, {"label": "hypersensitivity to methylphenidate or amphetamines"}, None)]),
    ("her2-directed-therapy-class", "Inclusion Criteria:\n- Disease progression after at least "
     "two regimens of HER2-directed therapy in the metastatic setting\nExclusion Criteria:\n- "
     "Previous treatment with HER-2 targeted agents other than trastuzumab or T-DM1",
     [(PriorTherapyFact, {"therapy": "HER2-directed therapy", "required": True, "min_lines": 2},
       None),
      (PriorTherapyFact, {"therapy": "HER2-directed therapy", "required": False}, None)]),
    ("diabetes-dm-abbreviations-and-g6pd-bracket", "Inclusion Criteria:\n- Diagnosis of T2DM\n"
     "Exclusion Criteria:\n- Type 1 DM\n- Patients with known glucose-6-phosphate dehydrogenase "
     "(GP6D) deficiency",
     [(ConditionFact, {"label": "type 2 diabetes", "role": "required"}, "T2DM"),
      (ConditionFact, {"label": "type 1 diabetes", "role": "excluded"}, "Type 1 DM"),
      (ConditionFact, {"label": "glucose-6-phosphate dehydrogenase deficiency"}, None)]),
    ("investigational-research-agents", EXC + "- Investigational research agents within 30 days "
     "prior to first study vaccine administration",
     [(WashoutFact, {"therapy": "investigational agent", "min_days": 30},
       "Investigational research agents within 30 days")]),
    ("roman-ten-as-times-sign", EXC + "- Total bilirubin > 1.5 ⅹupper limit of normal\n- Number of "
     "platelets < 50 ⅹ109/L",
     [(LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 1.5, "value": None}, None),
      (LabThresholdFact, {"analyte": "platelet count", "unit": "10*9/L", "value": 50},
       "platelets < 50 ⅹ109/L")]),
    ("lead-window-recent-bracket", EXC + "- Recent (within 3 months prior to signing informed "
     "consent) episode or recurrence of stroke, transient ischemic attack (TIA) or neurological "
     "disorder",
     [(ConditionFact, {"label": "stroke", "within_days": 91.31}, None),
      (ConditionFact, {"label": "transient ischemic attack", "within_days": 91.31}, None),
      (ConditionFact, {"label": "neurological disorder", "within_days": 91.31}, None)]),
    ("degree-or-greater-and-diabetic-eye-disease", EXC + "- Second degree or greater heart block"
     "\n- Presence of untreated diabetic eye disease",
     [(ConditionFact, {"label": "second degree or greater heart block"}, None),
      (ConditionFact, {"label": "untreated diabetic eye disease"}, None)]),
    ("severity-before-non-proliferative", EXC + "- History or presence of proliferative "
     "retinopathy, severe non-proliferative retinopathy\n- moderate to severe nonproliferative "
     "retinopathy",
     [(ConditionFact, {"label": "proliferative retinopathy"}, None),
      (ConditionFact, {"label": "severe non-proliferative retinopathy"}, None),
      (ConditionFact, {"label": "moderate to severe nonproliferative retinopathy"}, None)]),
    ("peripheral-or-autonomic-neuropathy", EXC + "- History of severe peripheral or autonomic "
     "neuropathy",
     [(ConditionFact, {"label": "severe peripheral neuropathy"}, None),
      (ConditionFact, {"label": "severe autonomic neuropathy"}, None)]),
    ("history-of-modifier-over-long-list", EXC + "- Has a recent history of myocardial infarction, "
     "heart failure, coronary artery bypass graft, percutaneous coronary intervention, "
     "cerebrovascular accident, or transient ischemic attack",
     [(ConditionFact, {"label": "recent myocardial infarction"}, None),
      (ConditionFact, {"label": "recent heart failure"}, None),
      (ConditionFact, {"label": "recent stroke"}, None),
      (ConditionFact, {"label": "recent transient ischemic attack"}, None)]),
    ("longest-time-since-is-no-washout", "Inclusion Criteria:\n- No more than 6 weeks since prior "
     "external beam radiotherapy\n- At least 1 week but no more than 8 weeks since prior surgery",
     [(WashoutFact, {"therapy": "surgery", "min_days": 7}, None)]),
    ("uln-written-reference-upper-limit", EXC + "- total bilirubin more than 1.5 times of the "
     "reference upper limit(UNL)",
     [(LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 1.5, "value": None},
       "total bilirubin more than 1.5 times of the reference upper limit")]),
    ("diabetic-macular-edema-pulmonary-artery-hypertension", EXC + "- Severe pulmonary artery "
     "hypertension;\n- Clinical evidence of diabetic macular edema in the study eye",
     [(ConditionFact, {"label": "severe pulmonary hypertension"}, None),
      (ConditionFact, {"label": "diabetic macular edema"}, None)]),
    ("window-within-a-year", EXC + "- Have suffered a stroke within a year\n- History of "
     "dysfunctional uterine bleeding within a year from the time of visit",
     [(ConditionFact, {"label": "stroke", "within_days": 365.25}, None),
      (ConditionFact, {"label": "uterine bleeding", "within_days": 365.25}, None)]),
    ("on-exertion-or-next-item", EXC + "- History of dyspnea on exertion or exercise intolerance"
     "\n- Dyspnea at rest or with minimal exertion at randomization",
     [(ConditionFact, {"label": "dyspnea", "qualifier": "on exertion"}, "dyspnea on exertion"),
      (ConditionFact, {"label": "dyspnea", "qualifier": "at rest or with minimal exertion"},
       None)]),
    ("lab-per-microlitre-ten-thousands", "Inclusion Criteria:\n- Platelet count ≥1.0×10^4/µL\n"
     "- Platelet count ≥ 7.5 x 104 /mm3",
     [(LabThresholdFact, {"analyte": "platelet count", "value": 1.0, "unit": "10*4/uL"},
       "Platelet count ≥1.0×10^4/µL"),
      (LabThresholdFact, {"analyte": "platelet count", "value": 7.5, "unit": "10*4/uL"},
       "Platelet count ≥ 7.5 x 104 /mm3")]),
    ("end-diastolic-pressure-no-blood-pressure", EXC + "- The subject has a PCWP or left "
     "ventricular end diastolic pressure (LVEDP) ≥15 mmHg at Baseline.\n- LV end-systolic "
     "pressure > 18 mm Hg\n- Systolic blood pressure > 160 mm Hg",
     [(LabThresholdFact, {"analyte": "systolic blood pressure", "value": 160}, None)]),
    ("window-over-bypass-surgery-item", EXC + "- Myocardial infarction, acute coronary "
     "insufficiency, coronary artery bypass surgery, or angioplasty within 3 months of Visit 3\n"
     "- Myocardial infarction, unstable angina, or percutaneous transluminal coronary angioplasty "
     "within 6 months",
     [(ConditionFact, {"label": "myocardial infarction", "within_days": 91.31}, None),
      (WashoutFact, {"therapy": "coronary artery bypass surgery", "min_days": 91.31}, None),
      (ConditionFact, {"label": "myocardial infarction", "within_days": 182.62}, None),
      (ConditionFact, {"label": "unstable angina", "within_days": 182.62}, None)]),
    ("conditions-agranulocytosis-hyperviscosity-thrombophilia", EXC + "- Agranulocytosis\n- Known "
     "hyperviscosity.\n- Known hypercoagulable state.\n- Illicit substance use\n- Known "
     "prolongation of the QT interval,\n- Interstitial pulmonary disease\n- A marked baseline "
     "prolongation of QT/QTc interval\n- Treatments known to be associated with significant "
     "prolongation of the QT interval, including sotalol",
     [(ConditionFact, {"label": "agranulocytosis"}, None),
      (ConditionFact, {"label": "hyperviscosity syndrome"}, "hyperviscosity"),
      (ConditionFact, {"label": "thrombophilia"}, "hypercoagulable state"),
      (ConditionFact, {"label": "substance abuse"}, "Illicit substance use"),
      (ConditionFact, {"label": "prolonged qt interval"}, "prolongation of the QT interval"),
      (ConditionFact, {"label": "interstitial lung disease"}, None)]),
    ("prior-named-must-not-have-had-history-with", "Inclusion Criteria:\n- Subjects must not have "
     "had prior pazopanib therapy.\n- Patients must not have had prior exposure to ibrutinib\n"
     "Exclusion Criteria:\n- Patient with history of prior exposure to decitabine.",
     [(PriorTherapyFact, {"therapy": "pazopanib therapy", "required": False}, None),
      (PriorTherapyFact, {"therapy": "ibrutinib", "required": False}, None),
      (PriorTherapyFact, {"therapy": "decitabine", "required": False},
       "Patient with history of prior exposure to decitabine")]),
    ("measurable-not-considered", "Inclusion Criteria:\n- Pleural or peritoneal ascites are not "
     "considered measurable disease\n- The following are not considered measurable disease:\n"
     "- Measurable disease per RECIST 1.1",
     [(MeasurableDiseaseFact, {"response_criteria": "RECIST 1.1"}, None)]),
    ("exception-ends-before-how-assessed", EXC + "- The patient has any current psychiatric "
     "disorder other than MDD, as assessed using MINI.\n- Substance dependence other than "
     "nicotine, defined as:",
     [(ConditionFact, {"label": "current psychiatric disorder", "exceptions": "mdd"},
       "current psychiatric disorder other than MDD"),
      (ConditionFact, {"label": "substance abuse", "exceptions": "nicotine"}, None)]),
    ("nyha-named-then-as-class", EXC + "- Congestive heart failure defined by New York Heart "
     "Association (NYHA) as Class III or IV.\n- Heart failure classified by NYHA as class II or "
     "higher",
     [(ConditionFact, {"label": "nyha class iii-iv heart failure"}, None),
      (ConditionFact, {"label": "nyha class ii-iv heart failure"}, None)]),
    ("modifier-substantial-and-bare-restated-in-bracket", EXC + "- Substantial mental disorders "
     "especially schizophrenia\n- Presence of a substantial cataract that, in the opinion of the "
     "investigator, is likely to be decreasing visual acuity (i.e., a 20/40 cataract).\n- Any "
     "history of anaphylaxis or uncontrolled asthma (that is, 3 or more features of partially "
     "controlled asthma).",
     [(ConditionFact, {"label": "substantial psychiatric disorder"}, None),
      (ConditionFact, {"label": "schizophrenia"}, None),
      (ConditionFact, {"label": "substantial cataract"}, None),
      (ConditionFact, {"label": "anaphylaxis"}, None),
      (ConditionFact, {"label": "uncontrolled asthma"}, None)]),
    ("pregnancy-planned-or-tried-age-of-consent", EXC + "- are planning on becoming pregnant,\n- "
     "Current pregnancy, breastfeeding, or actively trying to get pregnant\n- Patient is under "
     "the age of legal consent.",
     [(ConditionFact, {"label": "current pregnancy"}, None),
      (ConditionFact, {"label": "current lactation"}, None)]),
    ("diabetic-foot-and-blood-tumor", EXC + "- Involving a chronic diabetic foot infection "
     "(diabetic foot ulcer)\n- History of retinopathy or diabetic foot\n"
     "- Patients with blood tumor, uncontrolled infectious disease",
     [(ConditionFact, {"label": "chronic diabetic foot infection"}, None),
      (ConditionFact, {"label": "diabetic foot ulcer"}, None),
      (ConditionFact, {"label": "retinopathy"}, None),
      (ConditionFact, {"label": "diabetic foot"}, None),
      (ConditionFact, {"label": "hematologic malignancy"}, "blood tumor"),
      (ConditionFact, {"label": "uncontrolled infectious disease"}, None)]),
    ("shared-severity-after-concurrent", EXC + "- Patients with concurrent serious cardiovascular "
     "diseases, respiratory diseases, or renal diseases",
     [(ConditionFact, {"label": "concurrent serious cardiovascular disease"}, None),
      (ConditionFact, {"label": "concurrent serious lung disease"}, None),
      (ConditionFact, {"label": "concurrent serious kidney disease"}, None)]),
    ("past-or-active-then-severity", EXC + "- Patients with a history of and/or active significant "
     "alcohol abuse\n- History of or active life-threatening cardiac arrhythmia",
     [(ConditionFact, {"label": "significant alcohol abuse"}, None),
      (ConditionFact, {"label": "life-threatening arrhythmia"}, None)]),
    ("washout-label-how-often-is-no-drug", EXC + "- Recent cannabis use of more than twice per "
     "week one month prior to study entry\n- Use of more than two antipsychotic drugs within 3 "
     "months before dosing",
     [(ConditionFact, {"label": "recent cannabis use"}, None),
      (WashoutFact, {"therapy": "more than two antipsychotic drugs", "min_days": 91.31}, None)]),
    ("sinus-bradycardia-moderate-to-severe", EXC + "- Sinus bradycardia (<50 beats per minute "
     "(bpm)) at randomisation\n- Subjects with moderate-severe major depression\n- moderate to "
     "severe renal impairment",
     [(ConditionFact, {"label": "sinus bradycardia"}, None),
      (LabThresholdFact, {"analyte": "heart rate", "comparator": "<", "value": 50}, None),
      (ConditionFact, {"label": "moderate-severe major depression"}, None),
      (ConditionFact, {"label": "moderate to severe renal impairment"}, None)]),
    ("toxicity-grade-written-equal-less", "Inclusion Criteria:\n- Recovery from toxicities of "
     "prior therapy to =< Grade 1\n- Central nervous system (CNS) toxicity resulting from prior "
     "therapy must be resolved to =< grade 2",
     [(ToxicityRecoveryFact, {"max_grade": 1}, None),
      (ToxicityRecoveryFact, {"max_grade": 2}, None)]),
    ("measurable-evidence-reaches-spelled-recist", "Inclusion Criteria:\n- Measurable disease, "
     "defined as per Response Evaluation Criteria in Solid Tumors (RECIST) 1.1",
     [(MeasurableDiseaseFact, {"response_criteria": "RECIST 1.1"}, "Measurable disease, defined "
       "as per Response Evaluation Criteria in Solid Tumors (RECIST) 1.1")]),
    ("aplastic-anemia-gastrointestinal-cancer", EXC + "- Known blood dyscrasia (pancytopenia, "
     "aplastic anemia, leukopenia)\n- Patients with active bowel malignancy\n- Patients with GI "
     "malignancy (GI tract, hepatobiliary, pancreatic)",
     [(ConditionFact, {"label": "blood dyscrasia"}, None),
      (ConditionFact, {"label": "pancytopenia"}, None),
      (ConditionFact, {"label": "aplastic anemia"}, None),
      (ConditionFact, {"label": "leukopenia"}, None),
      (ConditionFact, {"label": "active gastrointestinal cancer"}, None),
      (ConditionFact, {"label": "gastrointestinal cancer"}, None)]),
    ("leukopenia-pancytopenia-likely-to-cause", EXC + "- Known blood dyscrasia (pancytopenia, "
     "leukopenia)\n- Persistent leucopenia\n- Active malignancy requiring "
     "chemotherapy likely to cause leukopenia",
     [(ConditionFact, {"label": "blood dyscrasia"}, None),
      (ConditionFact, {"label": "pancytopenia"}, None),
      (ConditionFact, {"label": "leukopenia"}, None),
      (ConditionFact, {"label": "persistent leukopenia"}, None),
      (ConditionFact, {"label": "active malignancy"}, None)]),
    ("shortening-fraction-is-no-ejection-fraction", EXC + "- Left ventricular ejection fraction < "
     "45% (adults) OR shortening fraction < 26%(children)\n- Fractional shortening below 28%",
     [(LabThresholdFact, {"analyte": "left ventricular ejection fraction", "value": 45}, None)]),
    ("condition-in-addition-to-own-disease", "Inclusion Criteria:\n- No active cancer in addition "
     "to the epithelial ovarian cancer within the last 5 years",
     [(ConditionFact, {"label": "active malignancy", "within_days": 1826.25}, None)]),
    ("washout-half-lives-after-drug-bracket", "Inclusion Criteria:\n- 4 weeks from an "
     "investigational agent (not Food and Drug Administration [FDA] approved) (or 5 half lives, "
     "whichever is shorter)",
     [(WashoutFact, {"therapy": "investigational agent", "min_days": 28, "half_lives": 5,
                     "rule": "shorter"}, None)]),
    ("lines-count-three-words-before-regimen", "Inclusion Criteria:\n- Have failed at least one "
     "prior platinum based chemotherapeutic regimen.",
     [(PriorTherapyFact, {"therapy": "platinum based chemotherapy", "required": True,
                          "min_lines": 1}, None)]),
    ("uln-normal-institutional-limits", "Inclusion Criteria:\n- Total bilirubin within less than "
     "or equal to 1.5 normal institutional limits.",
     [(LabThresholdFact, {"analyte": "total bilirubin", "uln_multiple": 1.5, "value": None},
       "Total bilirubin within less than or equal to 1.5 normal institutional limits")]),
    ("unit-per-1-73-m-bracket-2", "Inclusion Criteria:\n- creatinine clearance greater than or "
     "equal to 60 mL/min/1.73 m(2)",
     [(LabThresholdFact, {"analyte": "creatinine clearance", "value": 60,
                          "unit": "mL/min/{1.73_m2}"}, None)]),
    ("pulmonary-arterial-pressure-no-blood-pressure", EXC + "- Severe pulmonary arterial "
     "hypertension (mean pulmonary arterial pressure >55mmHg)\n- pulmonary artery systolic "
     "pressure > 50 mmHg\n- systolic blood pressure > 160 mmHg",
     [(LabThresholdFact, {"analyte": "systolic blood pressure", "value": 160}, None)]),
    ("mixed-connective-tissue-disease", EXC + "- Mixed connective tissue disease\n- Other "
     "connective tissue diseases or overlap syndromes including MCTD",
     [(ConditionFact, {"label": "mixed connective tissue disease"}, None),
      (ConditionFact, {"label": "other connective tissue disease"}, None),
      (ConditionFact, {"label": "mixed connective tissue disease"}, "MCTD")]),
    ("uln-n-times-above", EXC + "- Serum glutamate oxaloacetate transaminase or glutamate-pyruvate "
     "transaminase > 2-times above the upper limit of normal range.\n- ALT or AST ≥ 1.5-fold above "
     "the upper limit of normal",
     [(LabThresholdFact, {"analyte": "ALT", "comparator": ">", "uln_multiple": 2.0}, None),
      (LabThresholdFact, {"analyte": "AST", "comparator": ">", "uln_multiple": 2.0}, None),
      (LabThresholdFact, {"analyte": "ALT", "comparator": ">=", "uln_multiple": 1.5}, None),
      (LabThresholdFact, {"analyte": "AST", "comparator": ">=", "uln_multiple": 1.5}, None)]),
    ("who-pronoun-before-list-item-no-scale", "Inclusion Criteria:\n- A female of childbearing "
     "potential is a sexually mature female who 1) has not undergone a hysterectomy\n- WHO 0-1",
     [(PerformanceStatusFact, {"scale": "ECOG", "max": 1}, "WHO 0-1")]),
    ("washout-half-lives-pk-pd-and-if-longer", EXC + "- Use of any investigational drug within 4 "
     "weeks prior to randomization, or 5 pharmacokinetic/pharmacodynamic half-lives, if known "
     "(whichever is longer).\n- Use of any prescription medication is prohibited within 14 days "
     "(or, if known, for at least 5 half-lives, if longer) prior to dosing",
     [(WashoutFact, {"therapy": "investigational agent", "min_days": 28, "half_lives": 5,
                     "rule": "longer"}, None),
      (WashoutFact, {"therapy": "prescription medication", "min_days": 14, "half_lives": 5,
                     "rule": "longer"}, None)]),
    ("moderately-severe-scleroderma-renal-crisis", EXC + "- Scleroderma renal crisis within 4 "
     "months\n- Moderately severe cardiac disease with clinically significant heart failure",
     [(ConditionFact, {"label": "scleroderma renal crisis"}, None),
      (ConditionFact, {"label": "moderately severe heart disease"}, None),
      (ConditionFact, {"label": "clinically significant heart failure"}, None)]),
    ("unparsed", "Willing to comply with the scheduled visits", []),
]


def _facts(text: str):
    parsed = parse_eligibility(text)
    return [(c, f) for c, f in parsed.facts()], parsed


def _matches(fact, fields: dict) -> bool:
    for key, want in fields.items():
        got = getattr(fact, key)
        if isinstance(want, float | int) and not isinstance(want, bool) and got is not None:
            if abs(float(got) - float(want)) > 0.011:
                return False
        elif got != want:
            return False
    return True


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in ROWS])
def test_facts(text: str, expected: list) -> None:
    found, parsed = _facts(text)
    for c in parsed.walk():
        assert text[c.start:c.end] == c.text
        for f in c.facts:
            assert 0 <= f.start <= f.end <= len(c.text)
    classes = {cls for cls, _, _ in expected}
    for cls in classes:
        want = [(fields, ev) for k, fields, ev in expected if k is cls and fields is not None]
        got = [(c, f) for c, f in found if isinstance(f, cls)]
        assert len(got) == len(want), \
            f"{cls.__name__}: expected {len(want)}, got {[f for _, f in got]}"
        unused = list(got)
        for fields, evidence in want:
            hit = next(((c, f) for c, f in unused if _matches(f, fields) and (
                evidence is None or c.text[f.start:f.end] == evidence)), None)
            assert hit is not None, (f"no {cls.__name__} with {fields} and evidence {evidence!r}; "
                                     f"got {[(f, c.text[f.start:f.end]) for c, f in got]}")
            unused.remove(hit)
    if not expected:
        assert found == []


def test_row_ids_are_unique() -> None:
    counts = Counter(i for i, _, _ in ROWS)
    assert [i for i, n in counts.items() if n > 1] == []


def test_exclusion_kind() -> None:
    parsed = parse_eligibility(EXC + "- HIV infection")
    assert [c.kind for c in parsed.walk()] == ["exclusion"]


@pytest.mark.parametrize("value,span", [
    pytest.param(123, None, id="not-text"),
    pytest.param(b"Age >= 18", None, id="bytes"),
    pytest.param("Age >= 18\x00", (9, 10), id="nul-character"),
])
def test_strict_errors(value, span) -> None:
    with pytest.raises(CriteriaSyntaxError) as err:
        parse_eligibility(value, strict=True)
    assert isinstance(err.value, ValueError)
    assert err.value.span == span
    assert str(err.value)


def test_lenient_never_raises_on_non_text() -> None:
    assert parse_eligibility(None).criteria == []  # type: ignore[arg-type]
