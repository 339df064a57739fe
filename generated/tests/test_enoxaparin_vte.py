"""Generated tests for guideline enoxaparin_vte: Therapeutic enoxaparin for acute deep vein thrombosis in adults (US label).

Generated from guidelines/enoxaparin_vte.guideline by `guideline build`; do not edit. Each case
names the path it takes; its expected outcome comes from the IR interpreter.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import cast

import pytest

from generated import enoxaparin_vte as MODULE

GUIDELINE = 'enoxaparin_vte'
VERSION = '0.1.0'
SOURCE_HASH = 'ffd0f2f7763b159989a3ab6c36210d3dd070c186cca8c04dc4d13adb9b65f4f3'

RECOMMENDATIONS: dict[str, dict[str, object]] = {
    'no_dose': {'kind': 'caution', 'text': 'A contraindication to enoxaparin is present: this text gives no dose', 'strength': 'not_graded', 'citations': ['lovenox'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Active major bleeding; immune-mediated HIT within the past 100 days or circulating HIT antibodies; known hypersensitivity to enoxaparin, heparin or pork products; known hypersensitivity to benzyl alcohol (multiple-dose vial only).', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', 'bullets': [], 'on': 'reference', 'name': 'lovenox'}, {'kind': 'note', 'text': 'Not graded: a prescribing label states approved dosing, not graded recommendations.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'severe_renal': {'kind': 'start', 'text': 'Enoxaparin 1 mg/kg subcutaneously once daily (severe renal impairment, CrCl below 30 mL/min)', 'strength': 'not_graded', 'citations': ['lovenox'], 'expert_opinion': False, 'route': 'subcutaneous', 'frequency': 'once daily', 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': 'enoxaparin', 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'In both settings.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'The label\'s threshold is "less than 30", so a CrCl of exactly 30 mL/min is not adjusted.', 'bullets': [], 'on': 'decision', 'name': 'renal'}, {'kind': 'note', 'text': 'CrCl (mL/min) = (140 - age) x weight (kg) x (0.85 if female) x 88.4 / (72 x creatinine in umol/L), which is (140 - age) x weight x (0.85 if female) / (72 x creatinine in mg/dL). The factor 88.4 / 72 is about 1.228 for men and 1.044 for women; the often-printed 1.23 and 1.04 are rounded and can move a result near 30, so they are not used.', 'bullets': [], 'on': 'definition', 'name': 'crcl'}, {'kind': 'note', 'text': 'The comparison with 30 mL/min uses the unrounded value, in exact arithmetic; the examples show CrCl to one decimal place.', 'bullets': [], 'on': 'definition', 'name': 'crcl'}, {'kind': 'gap', 'text': 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "The text gives 0.2-15 mg/dL or 18-1330 umol/L, with 1 mg/dL = 88.4 umol/L. The value may be given in either unit; it is held in umol/L, where a value in mg/dL converts exactly at the text's 88.4, so that the comparison with 30 mL/min is exact for values given in either unit.", 'bullets': [], 'on': 'input', 'name': 'serum_creatinine'}, {'kind': 'note', 'text': 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', 'bullets': [], 'on': 'reference', 'name': 'lovenox'}, {'kind': 'note', 'text': 'Not graded: a prescribing label states approved dosing, not graded recommendations.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'outpatient_bid': {'kind': 'start', 'text': 'Enoxaparin 1 mg/kg subcutaneously every 12 hours (outpatient, acute DVT without PE)', 'strength': 'not_graded', 'citations': ['lovenox'], 'expert_opinion': False, 'route': 'subcutaneous', 'frequency': 'every 12 hours', 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': 'enoxaparin', 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'The once-daily 1.5 mg/kg regimen is not a label option for outpatients.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'The label\'s threshold is "less than 30", so a CrCl of exactly 30 mL/min is not adjusted.', 'bullets': [], 'on': 'decision', 'name': 'renal'}, {'kind': 'note', 'text': 'CrCl 30 mL/min or more: no renal adjustment.', 'bullets': [], 'on': 'decision', 'name': 'regimen'}, {'kind': 'note', 'text': 'CrCl (mL/min) = (140 - age) x weight (kg) x (0.85 if female) x 88.4 / (72 x creatinine in umol/L), which is (140 - age) x weight x (0.85 if female) / (72 x creatinine in mg/dL). The factor 88.4 / 72 is about 1.228 for men and 1.044 for women; the often-printed 1.23 and 1.04 are rounded and can move a result near 30, so they are not used.', 'bullets': [], 'on': 'definition', 'name': 'crcl'}, {'kind': 'note', 'text': 'The comparison with 30 mL/min uses the unrounded value, in exact arithmetic; the examples show CrCl to one decimal place.', 'bullets': [], 'on': 'definition', 'name': 'crcl'}, {'kind': 'gap', 'text': 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "The text gives 0.2-15 mg/dL or 18-1330 umol/L, with 1 mg/dL = 88.4 umol/L. The value may be given in either unit; it is held in umol/L, where a value in mg/dL converts exactly at the text's 88.4, so that the comparison with 30 mL/min is exact for values given in either unit.", 'bullets': [], 'on': 'input', 'name': 'serum_creatinine'}, {'kind': 'note', 'text': 'Outpatient treatment of a patient with PE is not a label regimen: out of scope.', 'bullets': [], 'on': 'input', 'name': 'setting'}, {'kind': 'note', 'text': 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', 'bullets': [], 'on': 'reference', 'name': 'lovenox'}, {'kind': 'note', 'text': 'Not graded: a prescribing label states approved dosing, not graded recommendations.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'inpatient_bid': {'kind': 'start', 'text': 'Enoxaparin 1 mg/kg subcutaneously every 12 hours (inpatient)', 'strength': 'not_graded', 'citations': ['lovenox'], 'expert_opinion': False, 'route': 'subcutaneous', 'frequency': 'every 12 hours', 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': 'enoxaparin', 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'The label\'s threshold is "less than 30", so a CrCl of exactly 30 mL/min is not adjusted.', 'bullets': [], 'on': 'decision', 'name': 'renal'}, {'kind': 'note', 'text': 'CrCl 30 mL/min or more: no renal adjustment.', 'bullets': [], 'on': 'decision', 'name': 'regimen'}, {'kind': 'note', 'text': 'The label gives two inpatient regimens and does not say how to choose between them: the guideline presents both, and gives the dose of the one the prescriber chooses.', 'bullets': [], 'on': 'decision', 'name': 'inpatient_choice'}, {'kind': 'gap', 'text': 'The label does not say how to choose between the two inpatient regimens; the choice is asked, not made.', 'bullets': [], 'on': 'decision', 'name': 'inpatient_choice'}, {'kind': 'note', 'text': 'CrCl (mL/min) = (140 - age) x weight (kg) x (0.85 if female) x 88.4 / (72 x creatinine in umol/L), which is (140 - age) x weight x (0.85 if female) / (72 x creatinine in mg/dL). The factor 88.4 / 72 is about 1.228 for men and 1.044 for women; the often-printed 1.23 and 1.04 are rounded and can move a result near 30, so they are not used.', 'bullets': [], 'on': 'definition', 'name': 'crcl'}, {'kind': 'note', 'text': 'The comparison with 30 mL/min uses the unrounded value, in exact arithmetic; the examples show CrCl to one decimal place.', 'bullets': [], 'on': 'definition', 'name': 'crcl'}, {'kind': 'gap', 'text': 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "The text gives 0.2-15 mg/dL or 18-1330 umol/L, with 1 mg/dL = 88.4 umol/L. The value may be given in either unit; it is held in umol/L, where a value in mg/dL converts exactly at the text's 88.4, so that the comparison with 30 mL/min is exact for values given in either unit.", 'bullets': [], 'on': 'input', 'name': 'serum_creatinine'}, {'kind': 'note', 'text': 'Outpatient treatment of a patient with PE is not a label regimen: out of scope.', 'bullets': [], 'on': 'input', 'name': 'setting'}, {'kind': 'note', 'text': 'Asked only for an inpatient whose CrCl is 30 mL/min or more.', 'bullets': [], 'on': 'input', 'name': 'inpatient_regimen'}, {'kind': 'note', 'text': 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', 'bullets': [], 'on': 'reference', 'name': 'lovenox'}, {'kind': 'note', 'text': 'Not graded: a prescribing label states approved dosing, not graded recommendations.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'inpatient_daily': {'kind': 'start', 'text': 'Enoxaparin 1.5 mg/kg subcutaneously once a day at the same time every day (inpatient)', 'strength': 'not_graded', 'citations': ['lovenox'], 'expert_opinion': False, 'route': 'subcutaneous', 'frequency': 'once a day, at the same time every day', 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': 'enoxaparin', 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'The label\'s threshold is "less than 30", so a CrCl of exactly 30 mL/min is not adjusted.', 'bullets': [], 'on': 'decision', 'name': 'renal'}, {'kind': 'note', 'text': 'CrCl 30 mL/min or more: no renal adjustment.', 'bullets': [], 'on': 'decision', 'name': 'regimen'}, {'kind': 'note', 'text': 'The label gives two inpatient regimens and does not say how to choose between them: the guideline presents both, and gives the dose of the one the prescriber chooses.', 'bullets': [], 'on': 'decision', 'name': 'inpatient_choice'}, {'kind': 'gap', 'text': 'The label does not say how to choose between the two inpatient regimens; the choice is asked, not made.', 'bullets': [], 'on': 'decision', 'name': 'inpatient_choice'}, {'kind': 'note', 'text': 'CrCl (mL/min) = (140 - age) x weight (kg) x (0.85 if female) x 88.4 / (72 x creatinine in umol/L), which is (140 - age) x weight x (0.85 if female) / (72 x creatinine in mg/dL). The factor 88.4 / 72 is about 1.228 for men and 1.044 for women; the often-printed 1.23 and 1.04 are rounded and can move a result near 30, so they are not used.', 'bullets': [], 'on': 'definition', 'name': 'crcl'}, {'kind': 'note', 'text': 'The comparison with 30 mL/min uses the unrounded value, in exact arithmetic; the examples show CrCl to one decimal place.', 'bullets': [], 'on': 'definition', 'name': 'crcl'}, {'kind': 'gap', 'text': 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "The text gives 0.2-15 mg/dL or 18-1330 umol/L, with 1 mg/dL = 88.4 umol/L. The value may be given in either unit; it is held in umol/L, where a value in mg/dL converts exactly at the text's 88.4, so that the comparison with 30 mL/min is exact for values given in either unit.", 'bullets': [], 'on': 'input', 'name': 'serum_creatinine'}, {'kind': 'note', 'text': 'Outpatient treatment of a patient with PE is not a label regimen: out of scope.', 'bullets': [], 'on': 'input', 'name': 'setting'}, {'kind': 'note', 'text': 'Asked only for an inpatient whose CrCl is 30 mL/min or more.', 'bullets': [], 'on': 'input', 'name': 'inpatient_regimen'}, {'kind': 'note', 'text': 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', 'bullets': [], 'on': 'reference', 'name': 'lovenox'}, {'kind': 'note', 'text': 'Not graded: a prescribing label states approved dosing, not graded recommendations.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'inpatient_regimens': {'kind': 'choose', 'text': 'Enoxaparin for an inpatient: either of the two label regimens (the dose is given once one is chosen)', 'strength': 'not_graded', 'citations': ['lovenox'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'The label\'s threshold is "less than 30", so a CrCl of exactly 30 mL/min is not adjusted.', 'bullets': [], 'on': 'decision', 'name': 'renal'}, {'kind': 'note', 'text': 'CrCl 30 mL/min or more: no renal adjustment.', 'bullets': [], 'on': 'decision', 'name': 'regimen'}, {'kind': 'note', 'text': 'The label gives two inpatient regimens and does not say how to choose between them: the guideline presents both, and gives the dose of the one the prescriber chooses.', 'bullets': [], 'on': 'decision', 'name': 'inpatient_choice'}, {'kind': 'gap', 'text': 'The label does not say how to choose between the two inpatient regimens; the choice is asked, not made.', 'bullets': [], 'on': 'decision', 'name': 'inpatient_choice'}, {'kind': 'note', 'text': 'CrCl (mL/min) = (140 - age) x weight (kg) x (0.85 if female) x 88.4 / (72 x creatinine in umol/L), which is (140 - age) x weight x (0.85 if female) / (72 x creatinine in mg/dL). The factor 88.4 / 72 is about 1.228 for men and 1.044 for women; the often-printed 1.23 and 1.04 are rounded and can move a result near 30, so they are not used.', 'bullets': [], 'on': 'definition', 'name': 'crcl'}, {'kind': 'note', 'text': 'The comparison with 30 mL/min uses the unrounded value, in exact arithmetic; the examples show CrCl to one decimal place.', 'bullets': [], 'on': 'definition', 'name': 'crcl'}, {'kind': 'gap', 'text': 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "The text gives 0.2-15 mg/dL or 18-1330 umol/L, with 1 mg/dL = 88.4 umol/L. The value may be given in either unit; it is held in umol/L, where a value in mg/dL converts exactly at the text's 88.4, so that the comparison with 30 mL/min is exact for values given in either unit.", 'bullets': [], 'on': 'input', 'name': 'serum_creatinine'}, {'kind': 'note', 'text': 'Outpatient treatment of a patient with PE is not a label regimen: out of scope.', 'bullets': [], 'on': 'input', 'name': 'setting'}, {'kind': 'note', 'text': 'Asked only for an inpatient whose CrCl is 30 mL/min or more.', 'bullets': [], 'on': 'input', 'name': 'inpatient_regimen'}, {'kind': 'note', 'text': 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', 'bullets': [], 'on': 'reference', 'name': 'lovenox'}, {'kind': 'note', 'text': 'Not graded: a prescribing label states approved dosing, not graded recommendations.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'renal_bleeding': {'kind': 'monitor', 'text': 'Observe carefully for signs and symptoms of bleeding (mild or moderate renal impairment: no dose adjustment)', 'strength': 'not_graded', 'citations': ['lovenox'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'The label\'s threshold is "less than 30", so a CrCl of exactly 30 mL/min is not adjusted.', 'bullets': [], 'on': 'decision', 'name': 'renal'}, {'kind': 'gap', 'text': "The label's bands, mild 50-80 mL/min and moderate 30-50 mL/min, share their ends and say nothing above 80; CrCl of 30 mL/min up to and including 80 mL/min is read here as mild or moderate.", 'bullets': [], 'on': 'decision', 'name': 'mild_moderate'}, {'kind': 'note', 'text': 'CrCl (mL/min) = (140 - age) x weight (kg) x (0.85 if female) x 88.4 / (72 x creatinine in umol/L), which is (140 - age) x weight x (0.85 if female) / (72 x creatinine in mg/dL). The factor 88.4 / 72 is about 1.228 for men and 1.044 for women; the often-printed 1.23 and 1.04 are rounded and can move a result near 30, so they are not used.', 'bullets': [], 'on': 'definition', 'name': 'crcl'}, {'kind': 'note', 'text': 'The comparison with 30 mL/min uses the unrounded value, in exact arithmetic; the examples show CrCl to one decimal place.', 'bullets': [], 'on': 'definition', 'name': 'crcl'}, {'kind': 'gap', 'text': 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "The text gives 0.2-15 mg/dL or 18-1330 umol/L, with 1 mg/dL = 88.4 umol/L. The value may be given in either unit; it is held in umol/L, where a value in mg/dL converts exactly at the text's 88.4, so that the comparison with 30 mL/min is exact for values given in either unit.", 'bullets': [], 'on': 'input', 'name': 'serum_creatinine'}, {'kind': 'note', 'text': 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', 'bullets': [], 'on': 'reference', 'name': 'lovenox'}, {'kind': 'note', 'text': 'Not graded: a prescribing label states approved dosing, not graded recommendations.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'warfarin_start': {'kind': 'start', 'text': 'Start warfarin when appropriate, usually within 72 hours of the first enoxaparin dose', 'strength': 'not_graded', 'citations': ['lovenox'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': 'warfarin', 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'The label gives these treatment regimens together with warfarin.', 'bullets': [], 'on': 'section', 'name': 'warfarin'}, {'kind': 'note', 'text': 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', 'bullets': [], 'on': 'reference', 'name': 'lovenox'}, {'kind': 'note', 'text': 'Not graded: a prescribing label states approved dosing, not graded recommendations.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'continue_enoxaparin': {'kind': 'advise', 'text': 'Continue enoxaparin for at least 5 days and until a therapeutic oral anticoagulant effect (INR 2.0-3.0) is reached', 'strength': 'not_graded', 'citations': ['lovenox'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'The label gives these treatment regimens together with warfarin.', 'bullets': [], 'on': 'section', 'name': 'warfarin'}, {'kind': 'note', 'text': 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', 'bullets': [], 'on': 'reference', 'name': 'lovenox'}, {'kind': 'note', 'text': 'Not graded: a prescribing label states approved dosing, not graded recommendations.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'low_weight_bleeding': {'kind': 'monitor', 'text': 'Observe low-weight patients frequently for signs and symptoms of bleeding', 'strength': 'not_graded', 'citations': ['lovenox'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Exposure is higher with fixed (not weight-adjusted) prophylactic doses in women under 45 kg and men under 57 kg. No treatment-dose change is stated.', 'bullets': [], 'on': 'decision', 'name': 'low_weight'}, {'kind': 'gap', 'text': "The label's 45 kg and 57 kg belong to its statement on fixed prophylactic doses; they are used here to say who is a low-weight patient for the advice to observe for bleeding, which the label gives without a threshold of its own.", 'bullets': [], 'on': 'decision', 'name': 'low_weight'}, {'kind': 'gap', 'text': 'The label doses per kg of body weight and does not say actual, ideal or adjusted weight; measured weight is the usual reading and is what is asked here. Neither source settles which weight to use in Cockcroft-Gault for very heavy or very light patients.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', 'bullets': [], 'on': 'reference', 'name': 'lovenox'}, {'kind': 'note', 'text': 'Not graded: a prescribing label states approved dosing, not graded recommendations.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'older_patients': {'kind': 'caution', 'text': 'In older patients, more bleeding is reported with treatment doses (1 mg/kg every 12 hours or 1.5 mg/kg daily): pay careful attention to dosing intervals and concomitant medicines, especially antiplatelet drugs', 'strength': 'not_graded', 'citations': ['lovenox'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'The label gives no age-based dose change for VTE treatment; age acts here only through CrCl.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'gap', 'text': 'The text does not say from what age a patient counts as older; the caution is shown to every patient.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'Sections used: Indications and Usage; Dosage and Administration (adult dosage, dose adjustment in severe renal impairment); Contraindications; Use in Specific Populations (renal impairment, geriatric use, low-weight patients, obese patients).', 'bullets': [], 'on': 'reference', 'name': 'lovenox'}, {'kind': 'note', 'text': 'Not graded: a prescribing label states approved dosing, not graded recommendations.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The text was written from the label's long-standing content, not from one dated revision, and asks the encoder to record the revision date of the copy it checks against. This encoding was made from the source text alone and has not been checked against a dated copy of the label: no revision date can be recorded.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The label states its thresholds as creatinine clearance; the text uses Cockcroft-Gault (the standard bedside estimate) and did not confirm that the label names an equation.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The text gives no dose cap, no obesity or low-weight adjustment for treatment, no rounding rule (to a syringe size or any step) and no dosing on dialysis; none is applied here. The computed dose is weight x mg/kg.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
}

OPTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    'inpatient_regimens': (('every_12_hours', '1 mg/kg subcutaneously every 12 hours'), ('once_daily', '1.5 mg/kg subcutaneously once a day, at the same time every day')),
}

QUESTIONS: dict[str, str] = {
    'contraindications': 'Is any contraindication present?',
    'renal': 'Is the creatinine clearance below 30 mL/min (severe renal impairment)?',
    'regimen': 'Which setting?',
    'inpatient_choice': 'Which inpatient regimen?',
    'mild_moderate': 'Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?',
    'warfarin': 'Together with warfarin',
    'extremes': 'Extremes of body weight',
    'low_weight': 'Low body weight (women under 45 kg, men under 57 kg)?',
    'older_age': 'Older age',
}

PLAIN: dict[str, tuple[type, ...]] = {
    'setting': (str,),
    'weight': (int, float),
    'age': (int,),
    'sex': (str, type(None)),
    'serum_creatinine': (int, float, type(None)),
    'inpatient_regimen': (str, type(None)),
    'major_bleeding': (bool,),
    'hit': (bool,),
    'hypersensitivity': (bool,),
    'benzyl_alcohol': (bool,),
}
REQUIRED: frozenset[str] = frozenset(['age', 'benzyl_alcohol', 'hit', 'hypersensitivity', 'major_bleeding', 'setting', 'weight'])


@dataclass(frozen=True)
class Expected:
    """What the guideline's interpreter says for a patient."""

    recommendations: tuple[str, ...]
    path: tuple[tuple[str, str, dict[str, object]], ...]
    doses: dict[str, dict[str, object]] = field(default_factory=dict)
    daily: dict[str, dict[str, object]] = field(default_factory=dict)
    preferred: dict[str, dict[str, bool | None]] = field(default_factory=dict)
    needs: tuple[str, ...] = ()
    complete: bool = True
    scores: tuple[dict[str, object], ...] = ()
    waiting: tuple[dict[str, object], ...] = ()


def _recommendation(rec_id: str, expected: Expected) -> dict[str, object]:
    options = [
        {"id": o, "text": t, "preferred": expected.preferred.get(rec_id, {}).get(o)}
        for o, t in OPTIONS.get(rec_id, ())
    ]
    return {"id": rec_id, **RECOMMENDATIONS[rec_id], "dose": expected.doses.get(rec_id),
            "daily_maximum": expected.daily.get(rec_id), "options": options}


def _result(expected: Expected) -> dict[str, object]:
    return {
        "guideline": GUIDELINE,
        "version": VERSION,
        "source_hash": SOURCE_HASH,
        "complete": expected.complete,
        "needs": list(expected.needs),
        "recommendations": [_recommendation(r, expected) for r in expected.recommendations],
        "path": [
            {"node": node, "question": QUESTIONS[node], "branch": branch, "facts": facts}
            for node, branch, facts in expected.path
        ],
        "scores": list(expected.scores),
        "waiting": list(expected.waiting),
    }


def _check(patient: dict[str, object], expected: Expected) -> None:
    for given in (patient, MappingProxyType(patient)):
        _outcome(given, expected)


def _outcome(patient: Mapping[str, object], expected: Expected) -> None:
    result = MODULE.evaluate(patient)
    assert [r.id for r in result.recommendations] == list(expected.recommendations)
    assert [(s.node, s.branch) for s in result.path] == [(n, b) for n, b, _ in expected.path]
    assert (result.complete, result.needs) == (expected.complete, expected.needs)
    assert result.to_dict() == _result(expected)
    assert len(result.path) == len(expected.path)
    assert repr(result.path) == f"Path({tuple(result.path)!r})"
    steps = tuple(result.path)
    assert result.path != steps and hash(result.path) == hash(steps)  # a Path, hashed by its steps
    assert result.path[:] == steps and [result.path[i] for i in range(len(steps))] == list(steps)
    again = MODULE.evaluate(patient)
    assert again == result and hash(again) == hash(result)  # the same patient, the same result
    doses = {rec: (dose["low"], dose["high"]) for rec, dose in expected.doses.items()}
    assert MODULE.decide(patient) == (expected.recommendations, doses, expected.needs)
    _fast(patient, valid=True)


def _fast(patient: Mapping[str, object], *, valid: bool) -> None:
    """The shortcut for plainly valid facts agrees with the full validation, or stands aside."""
    fast = MODULE._plain(patient)
    plain = all(type(v) in PLAIN.get(k, ()) for k, v in patient.items())
    if valid and plain and type(patient) is dict and patient.keys() >= REQUIRED:
        assert fast is not None
    if fast is not None:
        assert valid
        assert fast == MODULE._validate(patient)


PATH_CASES = [
    # Is any contraindication present?: contraindicated
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': True},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': True}),
            ),
        ),
        id='contraindications__contraindicated',
    ),
    # Is any contraindication present?: otherwise
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='contraindications__otherwise',
    ),
    # Is the creatinine clearance below 30 mL/min (severe renal impairment)?: crcl < 30 mL/min
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 474.82, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 474.82}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='renal__crcl_lt_30_ml_per_min',
    ),
    # Is the creatinine clearance below 30 mL/min (severe renal impairment)?: otherwise
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='renal__otherwise',
    ),
    # Which setting?: setting is outpatient
    pytest.param(
        {'setting': 'outpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('outpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is outpatient', {'setting': 'outpatient'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'outpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='regimen__setting_is_outpatient',
    ),
    # Which setting?: setting is inpatient
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='regimen__setting_is_inpatient',
    ),
    # Which inpatient regimen?: inpatient_regimen is every_12_hours
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='inpatient_choice__inpatient_regimen_is_every_12_hours',
    ),
    # Which inpatient regimen?: inpatient_regimen is once_daily
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'once_daily', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_daily', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is once_daily', {'inpatient_regimen': 'once_daily'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_daily': {'low': 117.9, 'high': 117.9, 'unit': 'mg', 'text': '117.9 mg', 'rule': '1.5 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '117.9 mg: 1.5 mg/kg x 78.6 kg'}},
        ),
        id='inpatient_choice__inpatient_regimen_is_once_daily',
    ),
    # Which inpatient regimen?: unknown
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_regimens', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'unknown', {'inpatient_regimen': None}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
        ),
        id='inpatient_choice__unknown',
    ),
    # Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?: crcl <= 80 mL/min
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 139.97, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 139.97}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 139.97}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='mild_moderate__crcl_le_80_ml_per_min',
    ),
    # Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?: otherwise
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 34.14, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 34.14}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 34.14}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='mild_moderate__otherwise',
    ),
    # Is the creatinine clearance below 30 mL/min (severe renal impairment)?: unknown
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': None, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'unknown', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': None}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            needs=('serum_creatinine',),
            complete=False,
            waiting=({'fact': 'serum_creatinine', 'question': 'Serum creatinine, in mg/dL or umol/L', 'decisions': [{'id': 'renal', 'question': 'Is the creatinine clearance below 30 mL/min (severe renal impairment)?'}]},),
        ),
        id='renal__unknown',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: (sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)
    pytest.param(
        {'setting': 'inpatient', 'weight': 34.8, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 34.8, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'female', 'weight': 34.8}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 34.8, 'high': 34.8, 'unit': 'mg', 'text': '34.8 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 34.8}, 'cap': None, 'capped': False, 'calculation': '34.8 mg: 1 mg/kg x 34.8 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: otherwise
    pytest.param(
        {'setting': 'inpatient', 'weight': 90.9, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 90.9, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 90.9, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 90.9}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 90.9, 'high': 90.9, 'unit': 'mg', 'text': '90.9 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 90.9}, 'cap': None, 'capped': False, 'calculation': '90.9 mg: 1 mg/kg x 90.9 kg'}},
        ),
        id='low_weight__otherwise',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: unknown
    pytest.param(
        {'setting': 'inpatient', 'weight': 34.8, 'age': 35, 'sex': None, 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'unknown', {'age': 35, 'weight': 34.8, 'sex': None, 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'unknown', {'sex': None, 'weight': 34.8}),
                ('older_age', 'applies to everyone', {}),
            ),
            needs=('sex',),
            complete=False,
            waiting=({'fact': 'sex', 'question': 'Sex (for Cockcroft-Gault)', 'decisions': [{'id': 'renal', 'question': 'Is the creatinine clearance below 30 mL/min (severe renal impairment)?'}, {'id': 'low_weight', 'question': 'Low body weight (women under 45 kg, men under 57 kg)?'}]},),
        ),
        id='low_weight__unknown',
    ),
    # Treatment setting: missing, and this path does not read it
    pytest.param(
        {'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': True},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': True}),
            ),
        ),
        id='missing__setting__not_read',
    ),
    # Body weight: missing, and this path does not read it
    pytest.param(
        {'setting': 'inpatient', 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': True},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': True}),
            ),
        ),
        id='missing__weight__not_read',
    ),
    # Age: missing, and this path does not read it
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': True},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': True}),
            ),
        ),
        id='missing__age__not_read',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), PATH_CASES)
def test_path(patient: dict[str, object], expected: Expected) -> None:
    """One patient per branch of every decision, in its chain of decisions."""
    _check(patient, expected)


BOUNDARY_CASES = [
    # Is the creatinine clearance below 30 mL/min (severe renal impairment)?: crcl < 30 mL/min; below the threshold (age + weight + sex + serum_creatinine = 29.999996)
    pytest.param(
        {'setting': 'inpatient', 'weight': 31.9, 'age': 19, 'sex': 'male', 'serum_creatinine': 157.97, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 19, 'weight': 31.9, 'sex': 'male', 'serum_creatinine': 157.97}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'male', 'weight': 31.9}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 31.9, 'high': 31.9, 'unit': 'mg', 'text': '31.9 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 31.9}, 'cap': None, 'capped': False, 'calculation': '31.9 mg: 1 mg/kg x 31.9 kg'}},
        ),
        id='renal__crcl_lt_30_ml_per_min__below_29p999996',
    ),
    # Is the creatinine clearance below 30 mL/min (severe renal impairment)?: crcl < 30 mL/min; at the threshold (age + weight + sex + serum_creatinine = 30)
    pytest.param(
        {'setting': 'inpatient', 'weight': 54.0, 'age': 19, 'sex': 'male', 'serum_creatinine': 267.41, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 19, 'weight': 54.0, 'sex': 'male', 'serum_creatinine': 267.41}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 19, 'weight': 54.0, 'sex': 'male', 'serum_creatinine': 267.41}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'male', 'weight': 54.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 54.0, 'high': 54.0, 'unit': 'mg', 'text': '54 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 54.0}, 'cap': None, 'capped': False, 'calculation': '54 mg: 1 mg/kg x 54 kg'}},
        ),
        id='renal__crcl_lt_30_ml_per_min__at_30',
    ),
    # Is the creatinine clearance below 30 mL/min (severe renal impairment)?: crcl < 30 mL/min; above the threshold (age + weight + sex + serum_creatinine = 30.000001)
    pytest.param(
        {'setting': 'inpatient', 'weight': 76.1, 'age': 19, 'sex': 'male', 'serum_creatinine': 376.85, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 19, 'weight': 76.1, 'sex': 'male', 'serum_creatinine': 376.85}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 19, 'weight': 76.1, 'sex': 'male', 'serum_creatinine': 376.85}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 76.1}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 76.1, 'high': 76.1, 'unit': 'mg', 'text': '76.1 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 76.1}, 'cap': None, 'capped': False, 'calculation': '76.1 mg: 1 mg/kg x 76.1 kg'}},
        ),
        id='renal__crcl_lt_30_ml_per_min__above_30p000001',
    ),
    # Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?: crcl <= 80 mL/min; below the threshold (age + weight + sex + serum_creatinine = 79.999973)
    pytest.param(
        {'setting': 'inpatient', 'weight': 36.7, 'age': 103, 'sex': 'male', 'serum_creatinine': 20.84, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 103, 'weight': 36.7, 'sex': 'male', 'serum_creatinine': 20.84}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 103, 'weight': 36.7, 'sex': 'male', 'serum_creatinine': 20.84}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'male', 'weight': 36.7}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 36.7, 'high': 36.7, 'unit': 'mg', 'text': '36.7 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 36.7}, 'cap': None, 'capped': False, 'calculation': '36.7 mg: 1 mg/kg x 36.7 kg'}},
        ),
        id='mild_moderate__crcl_le_80_ml_per_min__below_79p999973',
    ),
    # Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?: crcl <= 80 mL/min; at the threshold (age + weight + sex + serum_creatinine = 80)
    pytest.param(
        {'setting': 'inpatient', 'weight': 144.0, 'age': 103, 'sex': 'male', 'serum_creatinine': 81.77, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 103, 'weight': 144.0, 'sex': 'male', 'serum_creatinine': 81.77}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 103, 'weight': 144.0, 'sex': 'male', 'serum_creatinine': 81.77}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 144.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 144.0, 'high': 144.0, 'unit': 'mg', 'text': '144 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 144.0}, 'cap': None, 'capped': False, 'calculation': '144 mg: 1 mg/kg x 144 kg'}},
        ),
        id='mild_moderate__crcl_le_80_ml_per_min__at_80',
    ),
    # Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?: crcl <= 80 mL/min; above the threshold (age + weight + sex + serum_creatinine = 80.000009)
    pytest.param(
        {'setting': 'inpatient', 'weight': 107.3, 'age': 103, 'sex': 'male', 'serum_creatinine': 60.93, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 103, 'weight': 107.3, 'sex': 'male', 'serum_creatinine': 60.93}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 103, 'weight': 107.3, 'sex': 'male', 'serum_creatinine': 60.93}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 107.3}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 107.3, 'high': 107.3, 'unit': 'mg', 'text': '107.3 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 107.3}, 'cap': None, 'capped': False, 'calculation': '107.3 mg: 1 mg/kg x 107.3 kg'}},
        ),
        id='mild_moderate__crcl_le_80_ml_per_min__above_80p000009',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: weight < 45 kg; below the threshold (weight = 44.9)
    pytest.param(
        {'setting': 'inpatient', 'weight': 44.9, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 44.9, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'female', 'weight': 44.9}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 44.9, 'high': 44.9, 'unit': 'mg', 'text': '44.9 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 44.9}, 'cap': None, 'capped': False, 'calculation': '44.9 mg: 1 mg/kg x 44.9 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__below_44p9',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: weight < 45 kg; at the threshold (weight = 45)
    pytest.param(
        {'setting': 'inpatient', 'weight': 45.0, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 45.0, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 45.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 45.0, 'high': 45.0, 'unit': 'mg', 'text': '45 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 45.0}, 'cap': None, 'capped': False, 'calculation': '45 mg: 1 mg/kg x 45 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__at_45',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: weight < 45 kg; above the threshold (weight = 45.1)
    pytest.param(
        {'setting': 'inpatient', 'weight': 45.1, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 45.1, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 45.1}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 45.1, 'high': 45.1, 'unit': 'mg', 'text': '45.1 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 45.1}, 'cap': None, 'capped': False, 'calculation': '45.1 mg: 1 mg/kg x 45.1 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__above_45p1',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: weight < 57 kg; below the threshold (weight = 56.9)
    pytest.param(
        {'setting': 'inpatient', 'weight': 56.9, 'age': 35, 'sex': 'male', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 56.9, 'sex': 'male', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'male', 'weight': 56.9}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 56.9, 'high': 56.9, 'unit': 'mg', 'text': '56.9 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 56.9}, 'cap': None, 'capped': False, 'calculation': '56.9 mg: 1 mg/kg x 56.9 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__below_56p9',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: weight < 57 kg; at the threshold (weight = 57)
    pytest.param(
        {'setting': 'inpatient', 'weight': 57.0, 'age': 35, 'sex': 'male', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 57.0, 'sex': 'male', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 57.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 57.0, 'high': 57.0, 'unit': 'mg', 'text': '57 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 57.0}, 'cap': None, 'capped': False, 'calculation': '57 mg: 1 mg/kg x 57 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__at_57',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: weight < 57 kg; above the threshold (weight = 57.1)
    pytest.param(
        {'setting': 'inpatient', 'weight': 57.1, 'age': 35, 'sex': 'male', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 57.1, 'sex': 'male', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 57.1}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 57.1, 'high': 57.1, 'unit': 'mg', 'text': '57.1 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 57.1}, 'cap': None, 'capped': False, 'calculation': '57.1 mg: 1 mg/kg x 57.1 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__above_57p1',
    ),
    # Is the creatinine clearance below 30 mL/min (severe renal impairment)?: sex is female: yes
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='renal__crcl_lt_30_ml_per_min__value__sex_is_female_yes',
    ),
    # Is the creatinine clearance below 30 mL/min (severe renal impairment)?: sex is female: no
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'male', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'male', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'male', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='renal__crcl_lt_30_ml_per_min__value__sex_is_female_no',
    ),
    # Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?: sex is female: yes
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='mild_moderate__crcl_le_80_ml_per_min__value__sex_is_female_yes',
    ),
    # Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?: sex is female: no
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'male', 'serum_creatinine': 75.56, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'male', 'serum_creatinine': 75.56}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'male', 'serum_creatinine': 75.56}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='mild_moderate__crcl_le_80_ml_per_min__value__sex_is_female_no',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), BOUNDARY_CASES)
def test_boundary(patient: dict[str, object], expected: Expected) -> None:
    """Just below, at and just above every numeric threshold."""
    _check(patient, expected)


CHOICE_CASES = [
    # Is any contraindication present?: Active major bleeding yes
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': True, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': True, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
            ),
        ),
        id='contraindications__contraindicated__major_bleeding_is_yes',
    ),
    # Is any contraindication present?: Active major bleeding no
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='contraindications__contraindicated__major_bleeding_is_no',
    ),
    # Is any contraindication present?: Immune-mediated heparin-induced thrombocytopenia (HIT) within the past 100 days, or circulating HIT antibodies yes
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': True, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': False, 'hit': True, 'hypersensitivity': False, 'benzyl_alcohol': False}),
            ),
        ),
        id='contraindications__contraindicated__hit_is_yes',
    ),
    # Is any contraindication present?: Immune-mediated heparin-induced thrombocytopenia (HIT) within the past 100 days, or circulating HIT antibodies no
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='contraindications__contraindicated__hit_is_no',
    ),
    # Is any contraindication present?: Known hypersensitivity to enoxaparin, heparin or pork products yes
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': True, 'benzyl_alcohol': False},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': False, 'hit': False, 'hypersensitivity': True, 'benzyl_alcohol': False}),
            ),
        ),
        id='contraindications__contraindicated__hypersensitivity_is_yes',
    ),
    # Is any contraindication present?: Known hypersensitivity to enoxaparin, heparin or pork products no
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='contraindications__contraindicated__hypersensitivity_is_no',
    ),
    # Is any contraindication present?: Known hypersensitivity to benzyl alcohol (a contraindication for the multiple-dose vial only) yes
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': True},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': True}),
            ),
        ),
        id='contraindications__contraindicated__benzyl_alcohol_is_yes',
    ),
    # Is any contraindication present?: Known hypersensitivity to benzyl alcohol (a contraindication for the multiple-dose vial only) no
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='contraindications__contraindicated__benzyl_alcohol_is_no',
    ),
    # Is the creatinine clearance below 30 mL/min (severe renal impairment)?: Sex (for Cockcroft-Gault) Female
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='renal__crcl_lt_30_ml_per_min__sex_is_female',
    ),
    # Is the creatinine clearance below 30 mL/min (severe renal impairment)?: Sex (for Cockcroft-Gault) Male
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'male', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'male', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'male', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='renal__crcl_lt_30_ml_per_min__sex_is_male',
    ),
    # Which setting?: Treatment setting Inpatient: acute DVT with or without PE
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='regimen__setting_is_outpatient__setting_is_inpatient',
    ),
    # Which setting?: Treatment setting Outpatient: acute DVT without PE
    pytest.param(
        {'setting': 'outpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('outpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is outpatient', {'setting': 'outpatient'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'outpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='regimen__setting_is_outpatient__setting_is_outpatient',
    ),
    # Which setting?: Treatment setting Inpatient: acute DVT with or without PE
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='regimen__setting_is_inpatient__setting_is_inpatient',
    ),
    # Which inpatient regimen?: Inpatient regimen chosen by the prescriber 1 mg/kg every 12 hours
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='inpatient_choice__inpatient_regimen_is_every_12_hours__inpatient_regimen_is_every_12_hours',
    ),
    # Which inpatient regimen?: Inpatient regimen chosen by the prescriber 1.5 mg/kg once a day
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'once_daily', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_daily', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is once_daily', {'inpatient_regimen': 'once_daily'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_daily': {'low': 117.9, 'high': 117.9, 'unit': 'mg', 'text': '117.9 mg', 'rule': '1.5 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '117.9 mg: 1.5 mg/kg x 78.6 kg'}},
        ),
        id='inpatient_choice__inpatient_regimen_is_every_12_hours__inpatient_regimen_is_once_daily',
    ),
    # Which inpatient regimen?: Inpatient regimen chosen by the prescriber 1.5 mg/kg once a day
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'once_daily', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_daily', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is once_daily', {'inpatient_regimen': 'once_daily'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_daily': {'low': 117.9, 'high': 117.9, 'unit': 'mg', 'text': '117.9 mg', 'rule': '1.5 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '117.9 mg: 1.5 mg/kg x 78.6 kg'}},
        ),
        id='inpatient_choice__inpatient_regimen_is_once_daily__inpatient_regimen_is_once_daily',
    ),
    # Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?: Sex (for Cockcroft-Gault) Female
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 66.44, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='mild_moderate__crcl_le_80_ml_per_min__sex_is_female',
    ),
    # Mild or moderate renal impairment (CrCl 30 to 80 mL/min)?: Sex (for Cockcroft-Gault) Male
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'male', 'serum_creatinine': 66.44, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'male', 'serum_creatinine': 66.44}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'male', 'serum_creatinine': 66.44}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='mild_moderate__crcl_le_80_ml_per_min__sex_is_male',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: Sex (for Cockcroft-Gault) Female
    pytest.param(
        {'setting': 'inpatient', 'weight': 34.8, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 34.8, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'female', 'weight': 34.8}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 34.8, 'high': 34.8, 'unit': 'mg', 'text': '34.8 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 34.8}, 'cap': None, 'capped': False, 'calculation': '34.8 mg: 1 mg/kg x 34.8 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__sex_is_female',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: Sex (for Cockcroft-Gault) Male
    pytest.param(
        {'setting': 'inpatient', 'weight': 34.8, 'age': 35, 'sex': 'male', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 34.8, 'sex': 'male', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'male', 'weight': 34.8}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 34.8, 'high': 34.8, 'unit': 'mg', 'text': '34.8 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 34.8}, 'cap': None, 'capped': False, 'calculation': '34.8 mg: 1 mg/kg x 34.8 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__sex_is_male',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), CHOICE_CASES)
def test_choice(patient: dict[str, object], expected: Expected) -> None:
    """Every choice and yes/no value at each condition testing it."""
    _check(patient, expected)


RANGE_CASES = [
    # Body weight: minimum of the range, 30 kg
    pytest.param(
        {'setting': 'inpatient', 'weight': 30.0, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 30.0, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'female', 'weight': 30.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 30.0, 'high': 30.0, 'unit': 'mg', 'text': '30 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 30.0}, 'cap': None, 'capped': False, 'calculation': '30 mg: 1 mg/kg x 30 kg'}},
        ),
        id='range__weight__minimum_30',
    ),
    # Body weight: maximum of the range, 300 kg
    pytest.param(
        {'setting': 'inpatient', 'weight': 300.0, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 300.0, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 300.0, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 300.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 300.0, 'high': 300.0, 'unit': 'mg', 'text': '300 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 300.0}, 'cap': None, 'capped': False, 'calculation': '300 mg: 1 mg/kg x 300 kg'}},
        ),
        id='range__weight__maximum_300',
    ),
    # Body weight: 78600 g, converted to kg
    pytest.param(
        {'setting': 'inpatient', 'weight': {'value': 78600, 'unit': 'g'}, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='range__weight__in_g',
    ),
    # Body weight: a whole number, 79, given without a decimal point
    pytest.param(
        {'setting': 'inpatient', 'weight': 79, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 79.0, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 79.0, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 79.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 79.0, 'high': 79.0, 'unit': 'mg', 'text': '79 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 79.0}, 'cap': None, 'capped': False, 'calculation': '79 mg: 1 mg/kg x 79 kg'}},
        ),
        id='range__weight__given_as_whole_number',
    ),
    # Age: minimum of the range, 18 year
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 18, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 18, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 18, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='range__age__minimum_18',
    ),
    # Age: maximum of the range, 110 year
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 110, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 110, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='range__age__maximum_110',
    ),
    # Age: 18408600 min, converted to year
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': {'value': 18408600, 'unit': 'min'}, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='range__age__in_min',
    ),
    # Serum creatinine, in mg/dL or umol/L: minimum of the range, 18 umol/L
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 18.0, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 18.0}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 18.0}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='range__serum_creatinine__minimum_18',
    ),
    # Serum creatinine, in mg/dL or umol/L: maximum of the range, 1330 umol/L
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 1330.0, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 1330.0}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='range__serum_creatinine__maximum_1330',
    ),
    # Serum creatinine, in mg/dL or umol/L: 2.8751 mg/dL, converted to umol/L
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': {'value': 2.8751, 'unit': 'mg/dL'}, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.15884}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.15884}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='range__serum_creatinine__in_mg_per_dl',
    ),
    # Serum creatinine, in mg/dL or umol/L: a whole number, 254, given without a decimal point
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.0}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.0}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='range__serum_creatinine__given_as_whole_number',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), RANGE_CASES)
def test_range(patient: dict[str, object], expected: Expected) -> None:
    """The smallest and largest valid values, and other units."""
    _check(patient, expected)


MCDC_CASES = [
    # Is any contraindication present?: major_bleeding is yes and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': True, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': True, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
            ),
        ),
        id='contraindications__contraindicated__mcdc_1_major_bleeding_yes',
    ),
    # Is any contraindication present?: major_bleeding is no and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='contraindications__contraindicated__mcdc_1_major_bleeding_no',
    ),
    # Is any contraindication present?: hit is yes and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': True, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': False, 'hit': True, 'hypersensitivity': False, 'benzyl_alcohol': False}),
            ),
        ),
        id='contraindications__contraindicated__mcdc_2_hit_yes',
    ),
    # Is any contraindication present?: hit is no and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='contraindications__contraindicated__mcdc_2_hit_no',
    ),
    # Is any contraindication present?: hypersensitivity is yes and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': True, 'benzyl_alcohol': False},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': False, 'hit': False, 'hypersensitivity': True, 'benzyl_alcohol': False}),
            ),
        ),
        id='contraindications__contraindicated__mcdc_3_hypersensitivity_yes',
    ),
    # Is any contraindication present?: hypersensitivity is no and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='contraindications__contraindicated__mcdc_3_hypersensitivity_no',
    ),
    # Is any contraindication present?: benzyl_alcohol is yes and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': True},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': True}),
            ),
        ),
        id='contraindications__contraindicated__mcdc_4_benzyl_alcohol_yes',
    ),
    # Is any contraindication present?: benzyl_alcohol is no and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 78.6, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 78.6}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 78.6, 'high': 78.6, 'unit': 'mg', 'text': '78.6 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 78.6}, 'cap': None, 'capped': False, 'calculation': '78.6 mg: 1 mg/kg x 78.6 kg'}},
        ),
        id='contraindications__contraindicated__mcdc_4_benzyl_alcohol_no',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: sex is female is yes and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 32.7, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 32.7, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'female', 'weight': 32.7}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 32.7, 'high': 32.7, 'unit': 'mg', 'text': '32.7 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 32.7}, 'cap': None, 'capped': False, 'calculation': '32.7 mg: 1 mg/kg x 32.7 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__mcdc_1_sex_is_female_yes',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: sex is female is unknown and is still evaluated
    pytest.param(
        {'setting': 'inpatient', 'weight': 32.7, 'age': 35, 'sex': None, 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'unknown', {'age': 35, 'weight': 32.7, 'sex': None, 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'unknown', {'sex': None, 'weight': 32.7}),
                ('older_age', 'applies to everyone', {}),
            ),
            needs=('sex',),
            complete=False,
            waiting=({'fact': 'sex', 'question': 'Sex (for Cockcroft-Gault)', 'decisions': [{'id': 'renal', 'question': 'Is the creatinine clearance below 30 mL/min (severe renal impairment)?'}, {'id': 'low_weight', 'question': 'Low body weight (women under 45 kg, men under 57 kg)?'}]},),
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__mcdc_1_sex_is_female_unknown',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: weight < 45 kg is yes and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 32.7, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 32.7, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'female', 'weight': 32.7}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 32.7, 'high': 32.7, 'unit': 'mg', 'text': '32.7 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 32.7}, 'cap': None, 'capped': False, 'calculation': '32.7 mg: 1 mg/kg x 32.7 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__mcdc_2_weight_lt_45_kg_yes',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: weight < 45 kg is no and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 90.9, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 90.9, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 90.9, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 90.9}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 90.9, 'high': 90.9, 'unit': 'mg', 'text': '90.9 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 90.9}, 'cap': None, 'capped': False, 'calculation': '90.9 mg: 1 mg/kg x 90.9 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__mcdc_2_weight_lt_45_kg_no',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: sex is male is yes and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 34.8, 'age': 35, 'sex': 'male', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 34.8, 'sex': 'male', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'male', 'weight': 34.8}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 34.8, 'high': 34.8, 'unit': 'mg', 'text': '34.8 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 34.8}, 'cap': None, 'capped': False, 'calculation': '34.8 mg: 1 mg/kg x 34.8 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__mcdc_3_sex_is_male_yes',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: sex is male is no and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 47.1, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 47.1, 'sex': 'female', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 47.1}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 47.1, 'high': 47.1, 'unit': 'mg', 'text': '47.1 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 47.1}, 'cap': None, 'capped': False, 'calculation': '47.1 mg: 1 mg/kg x 47.1 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__mcdc_3_sex_is_male_no',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: sex is male is unknown and is still evaluated
    pytest.param(
        {'setting': 'inpatient', 'weight': 34.8, 'age': 35, 'sex': None, 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'unknown', {'age': 35, 'weight': 34.8, 'sex': None, 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'unknown', {'sex': None, 'weight': 34.8}),
                ('older_age', 'applies to everyone', {}),
            ),
            needs=('sex',),
            complete=False,
            waiting=({'fact': 'sex', 'question': 'Sex (for Cockcroft-Gault)', 'decisions': [{'id': 'renal', 'question': 'Is the creatinine clearance below 30 mL/min (severe renal impairment)?'}, {'id': 'low_weight', 'question': 'Low body weight (women under 45 kg, men under 57 kg)?'}]},),
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__mcdc_3_sex_is_male_unknown',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: weight < 57 kg is yes and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 34.8, 'age': 35, 'sex': 'male', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 35, 'weight': 34.8, 'sex': 'male', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'male', 'weight': 34.8}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 34.8, 'high': 34.8, 'unit': 'mg', 'text': '34.8 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 34.8}, 'cap': None, 'capped': False, 'calculation': '34.8 mg: 1 mg/kg x 34.8 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__mcdc_4_weight_lt_57_kg_yes',
    ),
    # Low body weight (women under 45 kg, men under 57 kg)?: weight < 57 kg is no and alone decides the outcome
    pytest.param(
        {'setting': 'inpatient', 'weight': 100.7, 'age': 35, 'sex': 'male', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 35, 'weight': 100.7, 'sex': 'male', 'serum_creatinine': 254.16}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 35, 'weight': 100.7, 'sex': 'male', 'serum_creatinine': 254.16}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 100.7}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 100.7, 'high': 100.7, 'unit': 'mg', 'text': '100.7 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 100.7}, 'cap': None, 'capped': False, 'calculation': '100.7 mg: 1 mg/kg x 100.7 kg'}},
        ),
        id='low_weight__sex_is_female_and_weight_lt_45_kg_or_sex_is_male_and_weight_lt_57_kg__mcdc_4_weight_lt_57_kg_no',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), MCDC_CASES)
def test_mcdc(patient: dict[str, object], expected: Expected) -> None:
    """Each atomic condition shown alone to change a compound outcome."""
    _check(patient, expected)


EXAMPLE_CASES = [
    # Man, 45, 80 kg, creatinine 1.0 mg/dL, inpatient
    pytest.param(
        {'setting': 'inpatient', 'weight': 80.0, 'age': 45, 'sex': 'male', 'serum_creatinine': 88.4, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_regimens', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 45, 'weight': 80.0, 'sex': 'male', 'serum_creatinine': 88.4}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'unknown', {'inpatient_regimen': None}),
                ('mild_moderate', 'otherwise', {'age': 45, 'weight': 80.0, 'sex': 'male', 'serum_creatinine': 88.4}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 80.0}),
                ('older_age', 'applies to everyone', {}),
            ),
        ),
        id='example__normal_renal',
    ),
    # Man, 45, 80 kg, creatinine 1.0 mg/dL, inpatient: every 12 hours
    pytest.param(
        {'setting': 'inpatient', 'weight': 80.0, 'age': 45, 'sex': 'male', 'serum_creatinine': 88.4, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 45, 'weight': 80.0, 'sex': 'male', 'serum_creatinine': 88.4}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 45, 'weight': 80.0, 'sex': 'male', 'serum_creatinine': 88.4}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 80.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 80.0, 'high': 80.0, 'unit': 'mg', 'text': '80 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 80.0}, 'cap': None, 'capped': False, 'calculation': '80 mg: 1 mg/kg x 80 kg'}},
        ),
        id='example__normal_renal_every_12_hours',
    ),
    # Man, 45, 80 kg, creatinine 1.0 mg/dL, inpatient: once daily
    pytest.param(
        {'setting': 'inpatient', 'weight': 80.0, 'age': 45, 'sex': 'male', 'serum_creatinine': 88.4, 'inpatient_regimen': 'once_daily', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_daily', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 45, 'weight': 80.0, 'sex': 'male', 'serum_creatinine': 88.4}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is once_daily', {'inpatient_regimen': 'once_daily'}),
                ('mild_moderate', 'otherwise', {'age': 45, 'weight': 80.0, 'sex': 'male', 'serum_creatinine': 88.4}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 80.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_daily': {'low': 120.0, 'high': 120.0, 'unit': 'mg', 'text': '120 mg', 'rule': '1.5 mg/kg * weight', 'facts': {'weight': 80.0}, 'cap': None, 'capped': False, 'calculation': '120 mg: 1.5 mg/kg x 80 kg'}},
        ),
        id='example__normal_renal_once_daily',
    ),
    # At the threshold: man, 80, 54 kg, creatinine 1.5 mg/dL, inpatient
    pytest.param(
        {'setting': 'inpatient', 'weight': 54.0, 'age': 80, 'sex': 'male', 'serum_creatinine': 132.6, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_regimens', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 80, 'weight': 54.0, 'sex': 'male', 'serum_creatinine': 132.6}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'unknown', {'inpatient_regimen': None}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 80, 'weight': 54.0, 'sex': 'male', 'serum_creatinine': 132.6}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'male', 'weight': 54.0}),
                ('older_age', 'applies to everyone', {}),
            ),
        ),
        id='example__crcl_exactly_30',
    ),
    # At the threshold: man, 80, 54 kg, creatinine 1.5 mg/dL, inpatient: every 12 hours
    pytest.param(
        {'setting': 'inpatient', 'weight': 54.0, 'age': 80, 'sex': 'male', 'serum_creatinine': 132.6, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 80, 'weight': 54.0, 'sex': 'male', 'serum_creatinine': 132.6}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 80, 'weight': 54.0, 'sex': 'male', 'serum_creatinine': 132.6}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'male', 'weight': 54.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 54.0, 'high': 54.0, 'unit': 'mg', 'text': '54 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 54.0}, 'cap': None, 'capped': False, 'calculation': '54 mg: 1 mg/kg x 54 kg'}},
        ),
        id='example__crcl_exactly_30_every_12_hours',
    ),
    # At the threshold: man, 80, 54 kg, creatinine 1.5 mg/dL, inpatient: once daily
    pytest.param(
        {'setting': 'inpatient', 'weight': 54.0, 'age': 80, 'sex': 'male', 'serum_creatinine': 132.6, 'inpatient_regimen': 'once_daily', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_daily', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 80, 'weight': 54.0, 'sex': 'male', 'serum_creatinine': 132.6}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is once_daily', {'inpatient_regimen': 'once_daily'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 80, 'weight': 54.0, 'sex': 'male', 'serum_creatinine': 132.6}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'male', 'weight': 54.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_daily': {'low': 81.0, 'high': 81.0, 'unit': 'mg', 'text': '81 mg', 'rule': '1.5 mg/kg * weight', 'facts': {'weight': 54.0}, 'cap': None, 'capped': False, 'calculation': '81 mg: 1.5 mg/kg x 54 kg'}},
        ),
        id='example__crcl_exactly_30_once_daily',
    ),
    # Severe renal impairment: woman, 70, 50 kg, creatinine 2.0 mg/dL, inpatient
    pytest.param(
        {'setting': 'inpatient', 'weight': 50.0, 'age': 70, 'sex': 'female', 'serum_creatinine': 176.8, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('severe_renal', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'crcl < 30 mL/min', {'age': 70, 'weight': 50.0, 'sex': 'female', 'serum_creatinine': 176.8}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 50.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'severe_renal': {'low': 50.0, 'high': 50.0, 'unit': 'mg', 'text': '50 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 50.0}, 'cap': None, 'capped': False, 'calculation': '50 mg: 1 mg/kg x 50 kg'}},
        ),
        id='example__severe_renal_woman',
    ),
    # Creatinine in umol/L, outpatient: man, 70, 70 kg, creatinine 150 umol/L
    pytest.param(
        {'setting': 'outpatient', 'weight': 70.0, 'age': 70, 'sex': 'male', 'serum_creatinine': 150.0, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('outpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 70, 'weight': 70.0, 'sex': 'male', 'serum_creatinine': 150.0}),
                ('regimen', 'setting is outpatient', {'setting': 'outpatient'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 70, 'weight': 70.0, 'sex': 'male', 'serum_creatinine': 150.0}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 70.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'outpatient_bid': {'low': 70.0, 'high': 70.0, 'unit': 'mg', 'text': '70 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 70.0}, 'cap': None, 'capped': False, 'calculation': '70 mg: 1 mg/kg x 70 kg'}},
        ),
        id='example__umol_outpatient',
    ),
    # Missing fact that cannot change the outcome: age 50, 70 kg, creatinine 0.9 mg/dL, sex not recorded, outpatient
    pytest.param(
        {'setting': 'outpatient', 'weight': 70.0, 'age': 50, 'sex': None, 'serum_creatinine': 79.56, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'unknown', {'age': 50, 'weight': 70.0, 'sex': None, 'serum_creatinine': 79.56}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': None, 'weight': 70.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            needs=('sex',),
            complete=False,
            waiting=({'fact': 'sex', 'question': 'Sex (for Cockcroft-Gault)', 'decisions': [{'id': 'renal', 'question': 'Is the creatinine clearance below 30 mL/min (severe renal impairment)?'}]},),
        ),
        id='example__sex_unknown',
    ),
    # Missing fact that changes the outcome: woman, 88, 48 kg, creatinine not available
    pytest.param(
        {'setting': 'inpatient', 'weight': 48.0, 'age': 88, 'sex': 'female', 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'unknown', {'age': 88, 'weight': 48.0, 'sex': 'female', 'serum_creatinine': None}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'female', 'weight': 48.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            needs=('serum_creatinine',),
            complete=False,
            waiting=({'fact': 'serum_creatinine', 'question': 'Serum creatinine, in mg/dL or umol/L', 'decisions': [{'id': 'renal', 'question': 'Is the creatinine clearance below 30 mL/min (severe renal impairment)?'}]},),
        ),
        id='example__creatinine_unknown',
    ),
    # Extreme, very heavy: man, 40, 160 kg, creatinine 1.0 mg/dL, inpatient
    pytest.param(
        {'setting': 'inpatient', 'weight': 160.0, 'age': 40, 'sex': 'male', 'serum_creatinine': 88.4, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_regimens', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 40, 'weight': 160.0, 'sex': 'male', 'serum_creatinine': 88.4}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'unknown', {'inpatient_regimen': None}),
                ('mild_moderate', 'otherwise', {'age': 40, 'weight': 160.0, 'sex': 'male', 'serum_creatinine': 88.4}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 160.0}),
                ('older_age', 'applies to everyone', {}),
            ),
        ),
        id='example__very_heavy',
    ),
    # Extreme, very heavy: man, 40, 160 kg, creatinine 1.0 mg/dL, inpatient: every 12 hours
    pytest.param(
        {'setting': 'inpatient', 'weight': 160.0, 'age': 40, 'sex': 'male', 'serum_creatinine': 88.4, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 40, 'weight': 160.0, 'sex': 'male', 'serum_creatinine': 88.4}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'otherwise', {'age': 40, 'weight': 160.0, 'sex': 'male', 'serum_creatinine': 88.4}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 160.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 160.0, 'high': 160.0, 'unit': 'mg', 'text': '160 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 160.0}, 'cap': None, 'capped': False, 'calculation': '160 mg: 1 mg/kg x 160 kg'}},
        ),
        id='example__very_heavy_every_12_hours',
    ),
    # Extreme, very heavy: man, 40, 160 kg, creatinine 1.0 mg/dL, inpatient: once daily
    pytest.param(
        {'setting': 'inpatient', 'weight': 160.0, 'age': 40, 'sex': 'male', 'serum_creatinine': 88.4, 'inpatient_regimen': 'once_daily', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_daily', 'warfarin_start', 'continue_enoxaparin', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 40, 'weight': 160.0, 'sex': 'male', 'serum_creatinine': 88.4}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is once_daily', {'inpatient_regimen': 'once_daily'}),
                ('mild_moderate', 'otherwise', {'age': 40, 'weight': 160.0, 'sex': 'male', 'serum_creatinine': 88.4}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', 'otherwise', {'sex': 'male', 'weight': 160.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_daily': {'low': 240.0, 'high': 240.0, 'unit': 'mg', 'text': '240 mg', 'rule': '1.5 mg/kg * weight', 'facts': {'weight': 160.0}, 'cap': None, 'capped': False, 'calculation': '240 mg: 1.5 mg/kg x 160 kg'}},
        ),
        id='example__very_heavy_once_daily',
    ),
    # Extreme, light and old: woman, 85, 42 kg, creatinine 0.8 mg/dL, inpatient
    pytest.param(
        {'setting': 'inpatient', 'weight': 42.0, 'age': 85, 'sex': 'female', 'serum_creatinine': 70.72, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_regimens', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 85, 'weight': 42.0, 'sex': 'female', 'serum_creatinine': 70.72}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'unknown', {'inpatient_regimen': None}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 85, 'weight': 42.0, 'sex': 'female', 'serum_creatinine': 70.72}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'female', 'weight': 42.0}),
                ('older_age', 'applies to everyone', {}),
            ),
        ),
        id='example__light_and_old',
    ),
    # Extreme, light and old: woman, 85, 42 kg, creatinine 0.8 mg/dL, inpatient: every 12 hours
    pytest.param(
        {'setting': 'inpatient', 'weight': 42.0, 'age': 85, 'sex': 'female', 'serum_creatinine': 70.72, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_bid', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 85, 'weight': 42.0, 'sex': 'female', 'serum_creatinine': 70.72}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is every_12_hours', {'inpatient_regimen': 'every_12_hours'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 85, 'weight': 42.0, 'sex': 'female', 'serum_creatinine': 70.72}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'female', 'weight': 42.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_bid': {'low': 42.0, 'high': 42.0, 'unit': 'mg', 'text': '42 mg', 'rule': '1 mg/kg * weight', 'facts': {'weight': 42.0}, 'cap': None, 'capped': False, 'calculation': '42 mg: 1 mg/kg x 42 kg'}},
        ),
        id='example__light_and_old_every_12_hours',
    ),
    # Extreme, light and old: woman, 85, 42 kg, creatinine 0.8 mg/dL, inpatient: once daily
    pytest.param(
        {'setting': 'inpatient', 'weight': 42.0, 'age': 85, 'sex': 'female', 'serum_creatinine': 70.72, 'inpatient_regimen': 'once_daily', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('inpatient_daily', 'renal_bleeding', 'warfarin_start', 'continue_enoxaparin', 'low_weight_bleeding', 'older_patients'),
            path=(
                ('contraindications', 'otherwise', {'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
                ('renal', 'otherwise', {'age': 85, 'weight': 42.0, 'sex': 'female', 'serum_creatinine': 70.72}),
                ('regimen', 'setting is inpatient', {'setting': 'inpatient'}),
                ('inpatient_choice', 'inpatient_regimen is once_daily', {'inpatient_regimen': 'once_daily'}),
                ('mild_moderate', 'crcl <= 80 mL/min', {'age': 85, 'weight': 42.0, 'sex': 'female', 'serum_creatinine': 70.72}),
                ('warfarin', 'applies to everyone', {}),
                ('extremes', 'applies to everyone', {}),
                ('low_weight', '(sex is female and weight < 45 kg) or (sex is male and weight < 57 kg)', {'sex': 'female', 'weight': 42.0}),
                ('older_age', 'applies to everyone', {}),
            ),
            doses={'inpatient_daily': {'low': 63.0, 'high': 63.0, 'unit': 'mg', 'text': '63 mg', 'rule': '1.5 mg/kg * weight', 'facts': {'weight': 42.0}, 'cap': None, 'capped': False, 'calculation': '63 mg: 1.5 mg/kg x 42 kg'}},
        ),
        id='example__light_and_old_once_daily',
    ),
    # A contraindication present: no dose
    pytest.param(
        {'setting': 'inpatient', 'weight': 80.0, 'age': 45, 'sex': 'male', 'serum_creatinine': 88.4, 'inpatient_regimen': None, 'major_bleeding': True, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        Expected(
            recommendations=('no_dose',),
            path=(
                ('contraindications', 'contraindicated', {'major_bleeding': True, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False}),
            ),
        ),
        id='example__contraindication_present',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), EXAMPLE_CASES)
def test_example(patient: dict[str, object], expected: Expected) -> None:
    """The guideline's authored examples."""
    _check(patient, expected)


REJECT_CASES = [
    # Treatment setting: the choice 'other', which is not listed
    pytest.param(
        {'setting': 'other', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('setting', "expected one of inpatient, outpatient, got 'other'")],
        id='reject__setting__unknown_choice',
    ),
    # Treatment setting: a number instead of a choice
    pytest.param(
        {'setting': 1, 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('setting', 'expected one of inpatient, outpatient, got 1')],
        id='reject__setting__wrong_type',
    ),
    # Body weight: missing
    pytest.param(
        {'setting': 'inpatient', 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('weight', 'is required but missing')],
        id='reject__weight__missing',
    ),
    # Body weight: NaN
    pytest.param(
        {'setting': 'inpatient', 'weight': math.nan, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('weight', 'must be a finite number')],
        id='reject__weight__nan',
    ),
    # Body weight: infinity
    pytest.param(
        {'setting': 'inpatient', 'weight': math.inf, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('weight', 'must be a finite number')],
        id='reject__weight__infinite',
    ),
    # Body weight: 2**1024, an integer too large for a float
    pytest.param(
        {'setting': 'inpatient', 'weight': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('weight', 'must be a finite number')],
        id='reject__weight__too_large',
    ),
    # Body weight: a number written as text
    pytest.param(
        {'setting': 'inpatient', 'weight': '30', 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('weight', 'expected a number, got str')],
        id='reject__weight__wrong_type',
    ),
    # Body weight: true instead of a number
    pytest.param(
        {'setting': 'inpatient', 'weight': True, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('weight', 'expected a number, got bool')],
        id='reject__weight__yes_instead_of_number',
    ),
    # Body weight: 29.9, below the range
    pytest.param(
        {'setting': 'inpatient', 'weight': 29.9, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('weight', '29.9 kg is outside the plausible range 30 to 300 kg')],
        id='reject__weight__below_range',
    ),
    # Body weight: 300.1, above the range
    pytest.param(
        {'setting': 'inpatient', 'weight': 300.1, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('weight', '300.1 kg is outside the plausible range 30 to 300 kg')],
        id='reject__weight__above_range',
    ),
    # Body weight: -0.0, below the range
    pytest.param(
        {'setting': 'inpatient', 'weight': -0.0, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('weight', '0 kg is outside the plausible range 30 to 300 kg')],
        id='reject__weight__negative_zero',
    ),
    # Body weight: a value without its unit
    pytest.param(
        {'setting': 'inpatient', 'weight': {'value': 30.0}, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('weight', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__weight__unit_missing',
    ),
    # Body weight: a value in furlong
    pytest.param(
        {'setting': 'inpatient', 'weight': {'value': 30.0, 'unit': 'furlong'}, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('weight', "expected a value in kg, got 'furlong'")],
        id='reject__weight__unit_unknown',
    ),
    # Body weight: a value that is text
    pytest.param(
        {'setting': 'inpatient', 'weight': {'value': 'x', 'unit': 'kg'}, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('weight', 'expected a number, got str')],
        id='reject__weight__value_not_number',
    ),
    # Age: missing
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('age', 'is required but missing')],
        id='reject__age__missing',
    ),
    # Age: NaN
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': math.nan, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('age', 'must be a finite number')],
        id='reject__age__nan',
    ),
    # Age: infinity
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': math.inf, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('age', 'must be a finite number')],
        id='reject__age__infinite',
    ),
    # Age: 2**1024, an integer too large for a float
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('age', 'must be a finite number')],
        id='reject__age__too_large',
    ),
    # Age: a number written as text
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': '18', 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('age', 'expected a number, got str')],
        id='reject__age__wrong_type',
    ),
    # Age: true instead of a number
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': True, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('age', 'expected a number, got bool')],
        id='reject__age__yes_instead_of_number',
    ),
    # Age: 17, below the range
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 17, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('age', '17 year is outside the plausible range 18 to 110 year')],
        id='reject__age__below_range',
    ),
    # Age: 111, above the range
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 111, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('age', '111 year is outside the plausible range 18 to 110 year')],
        id='reject__age__above_range',
    ),
    # Age: 18.5, not a whole number
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 18.5, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('age', 'must be a whole number')],
        id='reject__age__not_whole',
    ),
    # Age: a value without its unit
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': {'value': 18}, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('age', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__age__unit_missing',
    ),
    # Age: a value in furlong
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': {'value': 18, 'unit': 'furlong'}, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('age', "expected a value in year, got 'furlong'")],
        id='reject__age__unit_unknown',
    ),
    # Age: a value that is text
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': {'value': 'x', 'unit': 'year'}, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('age', 'expected a number, got str')],
        id='reject__age__value_not_number',
    ),
    # Sex (for Cockcroft-Gault): the choice 'other', which is not listed
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 'other', 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('sex', "expected one of female, male, got 'other'")],
        id='reject__sex__unknown_choice',
    ),
    # Sex (for Cockcroft-Gault): a number instead of a choice
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': 1, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('sex', 'expected one of female, male, got 1')],
        id='reject__sex__wrong_type',
    ),
    # Serum creatinine, in mg/dL or umol/L: NaN
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': math.nan, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('serum_creatinine', 'must be a finite number')],
        id='reject__serum_creatinine__nan',
    ),
    # Serum creatinine, in mg/dL or umol/L: infinity
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': math.inf, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('serum_creatinine', 'must be a finite number')],
        id='reject__serum_creatinine__infinite',
    ),
    # Serum creatinine, in mg/dL or umol/L: 2**1024, an integer too large for a float
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('serum_creatinine', 'must be a finite number')],
        id='reject__serum_creatinine__too_large',
    ),
    # Serum creatinine, in mg/dL or umol/L: a number written as text
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': '18', 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('serum_creatinine', 'expected a number, got str')],
        id='reject__serum_creatinine__wrong_type',
    ),
    # Serum creatinine, in mg/dL or umol/L: true instead of a number
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': True, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('serum_creatinine', 'expected a number, got bool')],
        id='reject__serum_creatinine__yes_instead_of_number',
    ),
    # Serum creatinine, in mg/dL or umol/L: 17.99, below the range
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': 17.99, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('serum_creatinine', '17.99 umol/L is outside the plausible range 18 to 1330 umol/L')],
        id='reject__serum_creatinine__below_range',
    ),
    # Serum creatinine, in mg/dL or umol/L: 1330.01, above the range
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': 1330.01, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('serum_creatinine', '1330.01 umol/L is outside the plausible range 18 to 1330 umol/L')],
        id='reject__serum_creatinine__above_range',
    ),
    # Serum creatinine, in mg/dL or umol/L: -0.0, below the range
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': -0.0, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('serum_creatinine', '0 umol/L is outside the plausible range 18 to 1330 umol/L')],
        id='reject__serum_creatinine__negative_zero',
    ),
    # Serum creatinine, in mg/dL or umol/L: a value without its unit
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': {'value': 18.0}, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('serum_creatinine', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__serum_creatinine__unit_missing',
    ),
    # Serum creatinine, in mg/dL or umol/L: a value in furlong
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': {'value': 18.0, 'unit': 'furlong'}, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('serum_creatinine', "expected a value in umol/L, got 'furlong'")],
        id='reject__serum_creatinine__unit_unknown',
    ),
    # Serum creatinine, in mg/dL or umol/L: a value that is text
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': {'value': 'x', 'unit': 'umol/L'}, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('serum_creatinine', 'expected a number, got str')],
        id='reject__serum_creatinine__value_not_number',
    ),
    # Inpatient regimen chosen by the prescriber: the choice 'other', which is not listed
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': 'other', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('inpatient_regimen', "expected one of every_12_hours, once_daily, got 'other'")],
        id='reject__inpatient_regimen__unknown_choice',
    ),
    # Inpatient regimen chosen by the prescriber: a number instead of a choice
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': 1, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('inpatient_regimen', 'expected one of every_12_hours, once_daily, got 1')],
        id='reject__inpatient_regimen__wrong_type',
    ),
    # Active major bleeding: missing
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('major_bleeding', 'is required but missing')],
        id='reject__major_bleeding__missing',
    ),
    # Active major bleeding: the text 'yes' instead of true
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': 'yes', 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('major_bleeding', 'expected yes or no (true or false)')],
        id='reject__major_bleeding__wrong_type',
    ),
    # Immune-mediated heparin-induced thrombocytopenia (HIT) within the past 100 days, or circulating HIT antibodies: missing
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('hit', 'is required but missing')],
        id='reject__hit__missing',
    ),
    # Immune-mediated heparin-induced thrombocytopenia (HIT) within the past 100 days, or circulating HIT antibodies: the text 'yes' instead of true
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': 'yes', 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('hit', 'expected yes or no (true or false)')],
        id='reject__hit__wrong_type',
    ),
    # Known hypersensitivity to enoxaparin, heparin or pork products: missing
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'benzyl_alcohol': False},
        [('hypersensitivity', 'is required but missing')],
        id='reject__hypersensitivity__missing',
    ),
    # Known hypersensitivity to enoxaparin, heparin or pork products: the text 'yes' instead of true
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': 'yes', 'benzyl_alcohol': False},
        [('hypersensitivity', 'expected yes or no (true or false)')],
        id='reject__hypersensitivity__wrong_type',
    ),
    # Known hypersensitivity to benzyl alcohol (a contraindication for the multiple-dose vial only): missing
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False},
        [('benzyl_alcohol', 'is required but missing')],
        id='reject__benzyl_alcohol__missing',
    ),
    # Known hypersensitivity to benzyl alcohol (a contraindication for the multiple-dose vial only): the text 'yes' instead of true
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': 'yes'},
        [('benzyl_alcohol', 'expected yes or no (true or false)')],
        id='reject__benzyl_alcohol__wrong_type',
    ),
    # Two bad facts at once (setting and weight): both are named
    pytest.param(
        {'setting': 'other', 'weight': math.nan, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('setting', "expected one of inpatient, outpatient, got 'other'"), ('weight', 'must be a finite number')],
        id='reject__two_facts',
    ),
    # A fact the guideline does not have (settings)
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False, 'settings': 'inpatient'},
        [('settings', 'is not a fact of this guideline (did you mean setting?)')],
        id='reject__unknown_fact',
    ),
    # A misspelt fact name (settign for setting)
    pytest.param(
        {'settign': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('settign', 'is not a fact of this guideline (did you mean setting?)')],
        id='reject__misspelt_fact',
    ),
    # A fact the guideline does not have, unlike any of its facts (zz)
    pytest.param(
        {'setting': 'inpatient', 'weight': 78.6, 'age': 35, 'sex': None, 'serum_creatinine': None, 'inpatient_regimen': None, 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False, 'zz': True},
        [('zz', 'is not a fact of this guideline')],
        id='reject__unknown_fact_unlike_any',
    ),
    # Treatment setting: missing, and this path reads it
    pytest.param(
        {'weight': 78.6, 'age': 35, 'sex': 'female', 'serum_creatinine': 254.16, 'inpatient_regimen': 'every_12_hours', 'major_bleeding': False, 'hit': False, 'hypersensitivity': False, 'benzyl_alcohol': False},
        [('setting', 'is required but missing')],
        id='reject__setting__missing_read',
    ),
]


@pytest.mark.parametrize(("patient", "problems"), REJECT_CASES)
def test_reject(patient: dict[str, object], problems: list[tuple[str, str]]) -> None:
    """Bad data is refused, naming every bad fact, before anything is decided."""
    for given in (patient, MappingProxyType(patient)):
        with pytest.raises(MODULE.PatientDataError) as caught:
            MODULE.evaluate(given)
        assert caught.value.problems == problems
        assert str(caught.value) == "; ".join(f"{fact}: {why}" for fact, why in problems)
        with pytest.raises(MODULE.PatientDataError) as lean:
            MODULE.decide(given)
        assert lean.value.problems == problems
        _fast(given, valid=False)


def test_reject_patient_that_is_not_a_mapping() -> None:
    """A patient must be a mapping of fact names to values."""
    patient = cast(Mapping[str, object], ['not', 'a', 'mapping'])
    with pytest.raises(MODULE.PatientDataError) as caught:
        MODULE.evaluate(patient)
    assert caught.value.problems == [('patient', 'must be a mapping of fact names to values')]


def test_numbers_compare_exactly() -> None:
    """An exact value compares with a float as with the decimal the float's repr writes."""
    third = MODULE._Exact(1, 3)
    assert third > 0.3333333333333333 and third >= 0.3333333333333333
    assert third < 0.3333333333333334 and third <= 0.3333333333333334
    assert MODULE._Exact(1012, 100) == 10.12 and MODULE._Exact(1012, 100) != 10.120000000000001
    assert MODULE._Exact(1, 3) == Fraction(1, 3) and hash(MODULE._Exact(1, 2)) == hash(0.5)
    assert MODULE._x(0.1) == Fraction(1, 10) and MODULE._x(float(third)) != third
    assert MODULE._x(cast(float, third)) == Fraction(1, 3)


def test_numbers_are_read_exactly() -> None:
    """A float is the decimal of its repr; a Decimal, Fraction or int exactly what it holds."""
    assert MODULE._read(101.2) == 101.2 and MODULE._read(math.nan) is None
    assert type(MODULE._read(Decimal("101.20"))) is float and MODULE._read(7) == 7.0
    held = MODULE._read(Fraction(1, 3))
    assert isinstance(held, Fraction) and held == Fraction(1, 3)
    assert MODULE._read(Decimal("0.1000000000000000000001")) != 0.1
    assert MODULE._read(2**1024) is None and MODULE._read(Decimal("NaN")) is None
    too_large = MODULE._number({"value": 1e308, "unit": "x"}, "x", {"x": (10, 1)})
    assert too_large == (None, "must be a finite number")

