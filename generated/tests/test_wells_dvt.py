"""Generated tests for guideline wells_dvt: Suspected deep vein thrombosis: two-level Wells score, D-dimer and ultrasound.

Generated from guidelines/wells_dvt.guideline by `guideline build`; do not edit. Each case
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

from generated import wells_dvt as MODULE

GUIDELINE = 'wells_dvt'
VERSION = '0.1.0'
SOURCE_HASH = '02b906677e049801a012099f357eecb4ebd37a2bdfd2a63cc0bb8b0978e2a4e6'

RECOMMENDATIONS: dict[str, dict[str, object]] = {
    'use_wells': {'kind': 'assess', 'text': 'When DVT is suspected, use the two-level DVT Wells score to estimate the clinical probability of DVT', 'strength': 'recommend', 'citations': ['nice_ng158', 'wells2003'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'The modified score: items, points, the two levels.', 'bullets': [], 'on': 'reference', 'name': 'wells2003'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'point_of_care': {'kind': 'consider', 'text': 'Consider a point-of-care D-dimer test if laboratory facilities are not immediately available', 'strength': 'consider', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'For every D-dimer test of the pathway below.', 'bullets': [], 'on': 'section', 'name': 'd_dimer_testing'}, {'kind': 'gap', 'text': 'The text gives no input for whether laboratory facilities are immediately available or a point-of-care test is used; both conditions are left in the wording.', 'bullets': [], 'on': 'section', 'name': 'd_dimer_testing'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'quantitative': {'kind': 'advise', 'text': 'If a point-of-care D-dimer test is used, choose a fully quantitative test', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'For every D-dimer test of the pathway below.', 'bullets': [], 'on': 'section', 'name': 'd_dimer_testing'}, {'kind': 'gap', 'text': 'The text gives no input for whether laboratory facilities are immediately available or a point-of-care test is used; both conditions are left in the wording.', 'bullets': [], 'on': 'section', 'name': 'd_dimer_testing'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'age_adjusted_threshold': {'kind': 'consider', 'text': 'With a laboratory D-dimer test, consider an age-adjusted D-dimer threshold for people aged over 50', 'strength': 'consider', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'Neither the text nor the NICE recommendation gives the age-adjusted formula; none is applied.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'For every D-dimer test of the pathway below.', 'bullets': [], 'on': 'section', 'name': 'd_dimer_testing'}, {'kind': 'gap', 'text': 'The text gives no input for whether laboratory facilities are immediately available or a point-of-care test is used; both conditions are left in the wording.', 'bullets': [], 'on': 'section', 'name': 'd_dimer_testing'}, {'kind': 'note', 'text': 'Used only by the age-adjusted D-dimer option.', 'bullets': [], 'on': 'input', 'name': 'age'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'likely': {'kind': 'advise', 'text': 'DVT likely: two-level Wells score 2 or more', 'strength': 'not_graded', 'citations': ['wells2003'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'note', 'text': 'The modified score: items, points, the two levels.', 'bullets': [], 'on': 'reference', 'name': 'wells2003'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'likely_scan_4h': {'kind': 'assess', 'text': 'Offer a proximal leg vein ultrasound scan, with the result available within 4 hours', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', 'bullets': [], 'on': 'input', 'name': 'scan_result_within_4h'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'likely_interim': {'kind': 'start', 'text': 'Offer interim therapeutic anticoagulation, choosing an anticoagulant that can be continued if DVT is confirmed', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'Which anticoagulant and what dose are outside the text.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The scan result cannot be obtained within 4 hours: all three are offered.', 'bullets': [], 'on': 'branch', 'name': ''}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', 'bullets': [], 'on': 'input', 'name': 'scan_result_within_4h'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'likely_d_dimer': {'kind': 'assess', 'text': 'Offer a D-dimer test', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The scan result cannot be obtained within 4 hours: all three are offered.', 'bullets': [], 'on': 'branch', 'name': ''}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', 'bullets': [], 'on': 'input', 'name': 'scan_result_within_4h'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'likely_scan_24h': {'kind': 'assess', 'text': 'Offer a proximal leg vein ultrasound scan with the result available within 24 hours', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The scan result cannot be obtained within 4 hours: all three are offered.', 'bullets': [], 'on': 'branch', 'name': ''}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', 'bullets': [], 'on': 'input', 'name': 'scan_result_within_4h'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'likely_diagnose': {'kind': 'start', 'text': 'Diagnose DVT and start or continue treatment', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'scan_dd_stop_interim': {'kind': 'stop', 'text': 'Stop any interim therapeutic anticoagulation', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'scan_dd_other_diagnoses': {'kind': 'assess', 'text': 'Consider other diagnoses', 'strength': 'consider', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'scan_dd_tell': {'kind': 'advise', 'text': 'Tell the person that DVT is not likely', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'scan_dd_safety_net': {'kind': 'advise', 'text': 'Discuss the signs and symptoms of DVT, and when and where to seek further medical help', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'stop_interim_for_repeat': {'kind': 'stop', 'text': 'Stop interim therapeutic anticoagulation', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'repeat_scan_offer': {'kind': 'assess', 'text': 'Offer a repeat proximal leg vein ultrasound scan 6 to 8 days later', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'repeat_diagnose': {'kind': 'start', 'text': 'Diagnose DVT and start treatment', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'repeat_stop_interim': {'kind': 'stop', 'text': 'Stop any interim therapeutic anticoagulation', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'repeat_other_diagnoses': {'kind': 'assess', 'text': 'Consider other diagnoses', 'strength': 'consider', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'repeat_tell': {'kind': 'advise', 'text': 'Tell the person that DVT is not likely', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'repeat_safety_net': {'kind': 'advise', 'text': 'Discuss the signs and symptoms of DVT, and when and where to seek further medical help', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'likely_d_dimer_after_scan': {'kind': 'assess', 'text': 'Offer a D-dimer test if one has not been done', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'unlikely': {'kind': 'advise', 'text': 'DVT unlikely: two-level Wells score 1 or less', 'strength': 'not_graded', 'citations': ['wells2003'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'note', 'text': 'The modified score: items, points, the two levels.', 'bullets': [], 'on': 'reference', 'name': 'wells2003'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'unlikely_d_dimer': {'kind': 'assess', 'text': 'Offer a D-dimer test with the result available within 4 hours', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'unlikely_interim': {'kind': 'start', 'text': 'Offer interim therapeutic anticoagulation while waiting for the D-dimer result, choosing an anticoagulant that can be continued if DVT is confirmed', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'Which anticoagulant and what dose are outside the text.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'As for the scan, a local judgement the text gives no way to compute; it is asked.', 'bullets': [], 'on': 'input', 'name': 'd_dimer_result_within_4h'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'dd_stop_interim': {'kind': 'stop', 'text': 'Stop any interim therapeutic anticoagulation', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'dd_other_diagnoses': {'kind': 'assess', 'text': 'Consider other diagnoses', 'strength': 'consider', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'dd_tell': {'kind': 'advise', 'text': 'Tell the person that DVT is not likely', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'dd_safety_net': {'kind': 'advise', 'text': 'Discuss the signs and symptoms of DVT, and when and where to seek further medical help', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'unlikely_scan_4h': {'kind': 'assess', 'text': 'Offer a proximal leg vein ultrasound scan with the result available within 4 hours', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'gap', 'text': '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', 'bullets': [], 'on': 'input', 'name': 'scan_result_within_4h'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'unlikely_scan_interim': {'kind': 'start', 'text': 'Offer interim therapeutic anticoagulation, choosing an anticoagulant that can be continued if DVT is confirmed', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'Which anticoagulant and what dose are outside the text.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'gap', 'text': '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', 'bullets': [], 'on': 'input', 'name': 'scan_result_within_4h'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'unlikely_scan_24h': {'kind': 'assess', 'text': 'Offer a proximal leg vein ultrasound scan with the result available within 24 hours', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'gap', 'text': '"Cannot be obtained within 4 hours" is a local, forward-looking judgement; the text gives no way to compute it, so it is asked.', 'bullets': [], 'on': 'input', 'name': 'scan_result_within_4h'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'unlikely_diagnose': {'kind': 'start', 'text': 'Diagnose DVT and start or continue treatment', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'dd_scan_stop_interim': {'kind': 'stop', 'text': 'Stop any interim therapeutic anticoagulation', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'dd_scan_other_diagnoses': {'kind': 'assess', 'text': 'Consider other diagnoses', 'strength': 'consider', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'dd_scan_tell': {'kind': 'advise', 'text': 'Tell the person that DVT is not likely', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'dd_scan_safety_net': {'kind': 'advise', 'text': 'Discuss the signs and symptoms of DVT, and when and where to seek further medical help', 'strength': 'recommend', 'citations': ['nice_ng158'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Score 2 or more: DVT likely. Score 1 or less: DVT unlikely.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'Each way the pathway ends in "DVT not likely" gives the same actions (stop any interim therapeutic anticoagulation, consider other diagnoses, tell the person that DVT is not likely, discuss the signs and symptoms of DVT and when and where to seek help); NICE\'s wording carries their strength, and "consider" is the weaker one.', 'bullets': [], 'on': 'decision', 'name': 'probability'}, {'kind': 'note', 'text': 'The number of the nine features present, minus 2 if an alternative diagnosis is at least as likely as DVT: a whole number from -2 to 9.', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'note', 'text': 'When both legs have symptoms, the more symptomatic leg is scored (Wells 2003).', 'bullets': [], 'on': 'score', 'name': 'wells'}, {'kind': 'gap', 'text': "The text gives no list of the alternative diagnoses that qualify; it is the clinician's judgement.", 'bullets': [], 'on': 'input', 'name': 'alternative_diagnosis'}, {'kind': 'gap', 'text': 'D-dimer positivity depends on the assay and its threshold; the text gives no threshold, and the age-adjusted threshold of the D-dimer testing section has no formula here.', 'bullets': [], 'on': 'input', 'name': 'd_dimer'}, {'kind': 'gap', 'text': 'An equivocal or technically inadequate scan is not addressed by the text; only positive and negative are encoded.', 'bullets': [], 'on': 'input', 'name': 'scan'}, {'kind': 'note', 'text': 'Section 1.1, diagnosis and initial management of suspected DVT (the testing pathway). NICE adopts the Wells 2003 table as its "2-level DVT Wells score".', 'bullets': [], 'on': 'reference', 'name': 'nice_ng158'}, {'kind': 'note', 'text': 'NICE does not use letter grades; the wording carries the strength. "Offer" and direct instructions ("diagnose", "stop", "tell") are strong recommendations (what most people should receive) and are shown as `recommend`; "consider" is a weaker recommendation (benefit less certain or more finely balanced) and is shown as `consider`. The score itself, a validated clinical prediction rule, is not graded.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
}

OPTIONS: dict[str, tuple[tuple[str, str], ...]] = {
}

QUESTIONS: dict[str, str] = {
    'estimate': 'Estimating the clinical probability',
    'd_dimer_testing': 'D-dimer testing',
    'age_adjusted': 'Is the person aged over 50?',
    'probability': 'Is DVT likely or unlikely (two-level Wells score)?',
    'likely_scan_time': 'DVT likely: can the scan result be obtained within 4 hours?',
    'likely_scan_result': 'DVT likely: what does the proximal scan show?',
    'likely_d_dimer_result': 'DVT likely, scan negative: what does the D-dimer show?',
    'scan_dd_not_likely': 'DVT not likely: scan and D-dimer negative',
    'repeat_scan_result': 'What does the repeat scan show?',
    'repeat_not_likely': 'DVT not likely: repeat scan negative',
    'unlikely_d_dimer_time': 'DVT unlikely: can the D-dimer result be obtained within 4 hours?',
    'unlikely_d_dimer_result': 'DVT unlikely: what does the D-dimer show?',
    'dd_not_likely': 'DVT not likely: D-dimer negative (no scan)',
    'unlikely_scan_time': 'DVT unlikely, D-dimer positive: can the scan result be obtained within 4 hours?',
    'unlikely_scan_result': 'DVT unlikely, D-dimer positive: what does the proximal scan show?',
    'dd_scan_not_likely': 'DVT not likely: D-dimer positive, scan negative (no repeat scan)',
}

PLAIN: dict[str, tuple[type, ...]] = {
    'active_cancer': (bool,),
    'paralysis': (bool,),
    'bedridden': (bool,),
    'tenderness': (bool,),
    'leg_swollen': (bool,),
    'calf_swelling': (bool,),
    'pitting_oedema': (bool,),
    'collateral_veins': (bool,),
    'previous_dvt': (bool,),
    'alternative_diagnosis': (bool, type(None)),
    'scan_result_within_4h': (bool,),
    'd_dimer_result_within_4h': (bool,),
    'd_dimer': (str, type(None)),
    'scan': (str, type(None)),
    'repeat_scan': (str, type(None)),
    'age': (int,),
}
REQUIRED: frozenset[str] = frozenset(['active_cancer', 'age', 'bedridden', 'calf_swelling', 'collateral_veins', 'd_dimer_result_within_4h', 'leg_swollen', 'paralysis', 'pitting_oedema', 'previous_dvt', 'scan_result_within_4h', 'tenderness'])


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
    # Is the person aged over 50?: age > 50 years
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 62},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'age_adjusted_threshold', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'age > 50 years', {'age': 62}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='age_adjusted__age_gt_50_years',
    ),
    # Is the person aged over 50?: otherwise
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 24},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 24}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='age_adjusted__otherwise',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: dvt_likely
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely',
    ),
    # DVT likely: can the scan result be obtained within 4 hours?: scan_result_within_4h
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': True, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_scan_4h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'scan_result_within_4h', {'scan_result_within_4h': True}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_scan_time__scan_result_within_4h',
    ),
    # DVT likely: can the scan result be obtained within 4 hours?: otherwise
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_scan_time__otherwise',
    ),
    # DVT likely: what does the proximal scan show?: scan is positive
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_scan_result__scan_is_positive',
    ),
    # DVT likely: what does the proximal scan show?: scan is negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer', 'repeat_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'repeat_scan is positive', {'repeat_scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_scan_result__scan_is_negative',
    ),
    # DVT likely, scan negative: what does the D-dimer show?: d_dimer is negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'negative', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'scan_dd_stop_interim', 'scan_dd_other_diagnoses', 'scan_dd_tell', 'scan_dd_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is negative', {'d_dimer': 'negative'}),
                ('scan_dd_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_d_dimer_result__d_dimer_is_negative',
    ),
    # DVT likely, scan negative: what does the D-dimer show?: d_dimer is positive
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer', 'repeat_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'repeat_scan is positive', {'repeat_scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_d_dimer_result__d_dimer_is_positive',
    ),
    # What does the repeat scan show?: repeat_scan is positive
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer', 'repeat_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'repeat_scan is positive', {'repeat_scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='repeat_scan_result__repeat_scan_is_positive',
    ),
    # What does the repeat scan show?: repeat_scan is negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'negative', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer', 'repeat_stop_interim', 'repeat_other_diagnoses', 'repeat_tell', 'repeat_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'repeat_scan is negative', {'repeat_scan': 'negative'}),
                ('repeat_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='repeat_scan_result__repeat_scan_is_negative',
    ),
    # What does the repeat scan show?: unknown
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': None, 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'unknown', {'repeat_scan': None}),
            ),
            needs=('repeat_scan',),
            complete=False,
            waiting=({'fact': 'repeat_scan', 'question': 'Repeat proximal leg vein ultrasound scan, 6 to 8 days later', 'decisions': [{'id': 'repeat_scan_result', 'question': 'What does the repeat scan show?'}]},),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='repeat_scan_result__unknown',
    ),
    # DVT likely, scan negative: what does the D-dimer show?: unknown
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_d_dimer_after_scan'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'unknown', {'d_dimer': None}),
            ),
            needs=('d_dimer',),
            complete=False,
            waiting=({'fact': 'd_dimer', 'question': 'D-dimer result, judged by the threshold of the assay used', 'decisions': [{'id': 'likely_d_dimer_result', 'question': 'DVT likely, scan negative: what does the D-dimer show?'}]},),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_d_dimer_result__unknown',
    ),
    # DVT likely: what does the proximal scan show?: unknown
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': None, 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'unknown', {'scan': None}),
            ),
            needs=('scan',),
            complete=False,
            waiting=({'fact': 'scan', 'question': 'Proximal leg vein ultrasound scan result', 'decisions': [{'id': 'likely_scan_result', 'question': 'DVT likely: what does the proximal scan show?'}]},),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_scan_result__unknown',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: otherwise
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='probability__otherwise',
    ),
    # DVT unlikely: can the D-dimer result be obtained within 4 hours?: d_dimer_result_within_4h
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': True, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'd_dimer_result_within_4h', {'d_dimer_result_within_4h': True}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_d_dimer_time__d_dimer_result_within_4h',
    ),
    # DVT unlikely: can the D-dimer result be obtained within 4 hours?: otherwise
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_d_dimer_time__otherwise',
    ),
    # DVT unlikely: what does the D-dimer show?: d_dimer is negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'negative', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'dd_stop_interim', 'dd_other_diagnoses', 'dd_tell', 'dd_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is negative', {'d_dimer': 'negative'}),
                ('dd_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_d_dimer_result__d_dimer_is_negative',
    ),
    # DVT unlikely: what does the D-dimer show?: d_dimer is positive
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_d_dimer_result__d_dimer_is_positive',
    ),
    # DVT unlikely, D-dimer positive: can the scan result be obtained within 4 hours?: scan_result_within_4h
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': True, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_4h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'scan_result_within_4h', {'scan_result_within_4h': True}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_scan_time__scan_result_within_4h',
    ),
    # DVT unlikely, D-dimer positive: can the scan result be obtained within 4 hours?: otherwise
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_scan_time__otherwise',
    ),
    # DVT unlikely, D-dimer positive: what does the proximal scan show?: scan is positive
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_scan_result__scan_is_positive',
    ),
    # DVT unlikely, D-dimer positive: what does the proximal scan show?: scan is negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'dd_scan_stop_interim', 'dd_scan_other_diagnoses', 'dd_scan_tell', 'dd_scan_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('dd_scan_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_scan_result__scan_is_negative',
    ),
    # DVT unlikely, D-dimer positive: what does the proximal scan show?: unknown
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': None, 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'unknown', {'scan': None}),
            ),
            needs=('scan',),
            complete=False,
            waiting=({'fact': 'scan', 'question': 'Proximal leg vein ultrasound scan result', 'decisions': [{'id': 'unlikely_scan_result', 'question': 'DVT unlikely, D-dimer positive: what does the proximal scan show?'}]},),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_scan_result__unknown',
    ),
    # DVT unlikely: what does the D-dimer show?: unknown
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'unknown', {'d_dimer': None}),
            ),
            needs=('d_dimer',),
            complete=False,
            waiting=({'fact': 'd_dimer', 'question': 'D-dimer result, judged by the threshold of the assay used', 'decisions': [{'id': 'unlikely_d_dimer_result', 'question': 'DVT unlikely: what does the D-dimer show?'}]},),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_d_dimer_result__unknown',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: unknown
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'unknown', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': None}),
            ),
            needs=('alternative_diagnosis',),
            complete=False,
            waiting=({'fact': 'alternative_diagnosis', 'question': 'An alternative diagnosis is at least as likely as DVT (clinical judgement)', 'decisions': [{'id': 'probability', 'question': 'Is DVT likely or unlikely (two-level Wells score)?'}]},),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': None, 'low': 0, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': [{'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}]},),
        ),
        id='probability__unknown',
    ),
    # Can a proximal leg vein ultrasound result be obtained within 4 hours of the request?: missing, and this path does not read it
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'negative', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'dd_stop_interim', 'dd_other_diagnoses', 'dd_tell', 'dd_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is negative', {'d_dimer': 'negative'}),
                ('dd_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='missing__scan_result_within_4h__not_read',
    ),
    # Can a D-dimer result be obtained within 4 hours of the request?: missing, and this path does not read it
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='missing__d_dimer_result_within_4h__not_read',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), PATH_CASES)
def test_path(patient: dict[str, object], expected: Expected) -> None:
    """One patient per branch of every decision, in its chain of decisions."""
    _check(patient, expected)


BOUNDARY_CASES = [
    # Is the person aged over 50?: age > 50 years; below the threshold (age = 49)
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 49},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 49}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='age_adjusted__age_gt_50_years__below_49',
    ),
    # Is the person aged over 50?: age > 50 years; at the threshold (age = 50)
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 50},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 50}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='age_adjusted__age_gt_50_years__at_50',
    ),
    # Is the person aged over 50?: age > 50 years; above the threshold (age = 51)
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 51},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'age_adjusted_threshold', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'age > 50 years', {'age': 51}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='age_adjusted__age_gt_50_years__above_51',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: wells >= 2; below the threshold (active_cancer + paralysis + bedridden + tenderness + leg_swollen + calf_swelling + pitting_oedema + collateral_veins + previous_dvt + alternative_diagnosis = 1)
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely__wells_ge_2__below_1',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: wells >= 2; at the threshold (active_cancer + paralysis + bedridden + tenderness + leg_swollen + calf_swelling + pitting_oedema + collateral_veins + previous_dvt + alternative_diagnosis = 2)
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely__wells_ge_2__at_2',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: wells >= 2; above the threshold (active_cancer + paralysis + bedridden + tenderness + leg_swollen + calf_swelling + pitting_oedema + collateral_veins + previous_dvt + alternative_diagnosis = 3)
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 3, 'low': 3, 'high': 3, 'scored': [{'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}, {'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely__wells_ge_2__above_3',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), BOUNDARY_CASES)
def test_boundary(patient: dict[str, object], expected: Expected) -> None:
    """Just below, at and just above every numeric threshold."""
    _check(patient, expected)


CHOICE_CASES = [
    # Is DVT likely or unlikely (two-level Wells score)?: Active cancer (treatment ongoing, within the previous 6 months, or palliative) yes
    pytest.param(
        {'active_cancer': True, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': True, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Active cancer', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely__active_cancer_is_yes',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Active cancer (treatment ongoing, within the previous 6 months, or palliative) no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='probability__dvt_likely__active_cancer_is_no',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Paralysis, paresis or recent plaster immobilisation of the legs yes
    pytest.param(
        {'active_cancer': False, 'paralysis': True, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': True, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Paralysis, paresis or recent plaster immobilisation of the legs', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely__paralysis_is_yes',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Paralysis, paresis or recent plaster immobilisation of the legs no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='probability__dvt_likely__paralysis_is_no',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Recently bedridden for 3 days or more, or major surgery within the previous 12 weeks that needed general or regional anaesthesia yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': True, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': True, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Recently bedridden 3 days or more, or major surgery within 12 weeks', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely__bedridden_is_yes',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Recently bedridden for 3 days or more, or major surgery within the previous 12 weeks that needed general or regional anaesthesia no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='probability__dvt_likely__bedridden_is_no',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Localised tenderness along the distribution of the deep venous system yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': True, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': True, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Localised tenderness along the deep venous system', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely__tenderness_is_yes',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Localised tenderness along the distribution of the deep venous system no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='probability__dvt_likely__tenderness_is_no',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Entire leg swollen yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': True, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': True, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Entire leg swollen', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely__leg_swollen_is_yes',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Entire leg swollen no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='probability__dvt_likely__leg_swollen_is_no',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Calf swelling at least 3 cm larger than on the asymptomatic side (Wells 2003: measured 10 cm below the tibial tuberosity) yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': True, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': True, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely__calf_swelling_is_yes',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Calf swelling at least 3 cm larger than on the asymptomatic side (Wells 2003: measured 10 cm below the tibial tuberosity) no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='probability__dvt_likely__calf_swelling_is_no',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Pitting oedema confined to the symptomatic leg yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': True, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': True, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely__pitting_oedema_is_yes',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Pitting oedema confined to the symptomatic leg no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='probability__dvt_likely__pitting_oedema_is_no',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Collateral superficial veins (non-varicose) yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely__collateral_veins_is_yes',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Collateral superficial veins (non-varicose) no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='probability__dvt_likely__collateral_veins_is_no',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Previously documented DVT yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='probability__dvt_likely__previous_dvt_is_yes',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: Previously documented DVT no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='probability__dvt_likely__previous_dvt_is_no',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: An alternative diagnosis is at least as likely as DVT (clinical judgement) yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': True, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': True}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': -2, 'low': -2, 'high': -2, 'scored': [{'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}], 'unknown': []},),
        ),
        id='probability__dvt_likely__alternative_diagnosis_is_yes',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: An alternative diagnosis is at least as likely as DVT (clinical judgement) no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='probability__dvt_likely__alternative_diagnosis_is_no',
    ),
    # DVT likely: can the scan result be obtained within 4 hours?: Can a proximal leg vein ultrasound result be obtained within 4 hours of the request? yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': True, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_scan_4h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'scan_result_within_4h', {'scan_result_within_4h': True}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_scan_time__scan_result_within_4h__scan_result_within_4h_is_yes',
    ),
    # DVT likely: can the scan result be obtained within 4 hours?: Can a proximal leg vein ultrasound result be obtained within 4 hours of the request? no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_scan_time__scan_result_within_4h__scan_result_within_4h_is_no',
    ),
    # DVT likely: what does the proximal scan show?: Proximal leg vein ultrasound scan result Positive
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_scan_result__scan_is_positive__scan_is_positive',
    ),
    # DVT likely: what does the proximal scan show?: Proximal leg vein ultrasound scan result Negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer', 'repeat_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'repeat_scan is positive', {'repeat_scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_scan_result__scan_is_positive__scan_is_negative',
    ),
    # DVT likely: what does the proximal scan show?: Proximal leg vein ultrasound scan result Negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer', 'repeat_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'repeat_scan is positive', {'repeat_scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_scan_result__scan_is_negative__scan_is_negative',
    ),
    # DVT likely, scan negative: what does the D-dimer show?: D-dimer result, judged by the threshold of the assay used Positive
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer', 'repeat_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'repeat_scan is positive', {'repeat_scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_d_dimer_result__d_dimer_is_negative__d_dimer_is_positive',
    ),
    # DVT likely, scan negative: what does the D-dimer show?: D-dimer result, judged by the threshold of the assay used Negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'negative', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'scan_dd_stop_interim', 'scan_dd_other_diagnoses', 'scan_dd_tell', 'scan_dd_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is negative', {'d_dimer': 'negative'}),
                ('scan_dd_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_d_dimer_result__d_dimer_is_negative__d_dimer_is_negative',
    ),
    # DVT likely, scan negative: what does the D-dimer show?: D-dimer result, judged by the threshold of the assay used Positive
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer', 'repeat_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'repeat_scan is positive', {'repeat_scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='likely_d_dimer_result__d_dimer_is_positive__d_dimer_is_positive',
    ),
    # What does the repeat scan show?: Repeat proximal leg vein ultrasound scan, 6 to 8 days later Positive
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer', 'repeat_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'repeat_scan is positive', {'repeat_scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='repeat_scan_result__repeat_scan_is_positive__repeat_scan_is_positive',
    ),
    # What does the repeat scan show?: Repeat proximal leg vein ultrasound scan, 6 to 8 days later Negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'negative', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer', 'repeat_stop_interim', 'repeat_other_diagnoses', 'repeat_tell', 'repeat_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'repeat_scan is negative', {'repeat_scan': 'negative'}),
                ('repeat_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='repeat_scan_result__repeat_scan_is_positive__repeat_scan_is_negative',
    ),
    # What does the repeat scan show?: Repeat proximal leg vein ultrasound scan, 6 to 8 days later Negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'negative', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer', 'repeat_stop_interim', 'repeat_other_diagnoses', 'repeat_tell', 'repeat_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'repeat_scan is negative', {'repeat_scan': 'negative'}),
                ('repeat_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='repeat_scan_result__repeat_scan_is_negative__repeat_scan_is_negative',
    ),
    # DVT unlikely: can the D-dimer result be obtained within 4 hours?: Can a D-dimer result be obtained within 4 hours of the request? yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': True, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'd_dimer_result_within_4h', {'d_dimer_result_within_4h': True}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_d_dimer_time__d_dimer_result_within_4h__d_dimer_result_within_4h_is_yes',
    ),
    # DVT unlikely: can the D-dimer result be obtained within 4 hours?: Can a D-dimer result be obtained within 4 hours of the request? no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_d_dimer_time__d_dimer_result_within_4h__d_dimer_result_within_4h_is_no',
    ),
    # DVT unlikely: what does the D-dimer show?: D-dimer result, judged by the threshold of the assay used Positive
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_d_dimer_result__d_dimer_is_negative__d_dimer_is_positive',
    ),
    # DVT unlikely: what does the D-dimer show?: D-dimer result, judged by the threshold of the assay used Negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'negative', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'dd_stop_interim', 'dd_other_diagnoses', 'dd_tell', 'dd_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is negative', {'d_dimer': 'negative'}),
                ('dd_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_d_dimer_result__d_dimer_is_negative__d_dimer_is_negative',
    ),
    # DVT unlikely: what does the D-dimer show?: D-dimer result, judged by the threshold of the assay used Positive
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_d_dimer_result__d_dimer_is_positive__d_dimer_is_positive',
    ),
    # DVT unlikely, D-dimer positive: can the scan result be obtained within 4 hours?: Can a proximal leg vein ultrasound result be obtained within 4 hours of the request? yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': True, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_4h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'scan_result_within_4h', {'scan_result_within_4h': True}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_scan_time__scan_result_within_4h__scan_result_within_4h_is_yes',
    ),
    # DVT unlikely, D-dimer positive: can the scan result be obtained within 4 hours?: Can a proximal leg vein ultrasound result be obtained within 4 hours of the request? no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_scan_time__scan_result_within_4h__scan_result_within_4h_is_no',
    ),
    # DVT unlikely, D-dimer positive: what does the proximal scan show?: Proximal leg vein ultrasound scan result Positive
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_scan_result__scan_is_positive__scan_is_positive',
    ),
    # DVT unlikely, D-dimer positive: what does the proximal scan show?: Proximal leg vein ultrasound scan result Negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'dd_scan_stop_interim', 'dd_scan_other_diagnoses', 'dd_scan_tell', 'dd_scan_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('dd_scan_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_scan_result__scan_is_positive__scan_is_negative',
    ),
    # DVT unlikely, D-dimer positive: what does the proximal scan show?: Proximal leg vein ultrasound scan result Negative
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'dd_scan_stop_interim', 'dd_scan_other_diagnoses', 'dd_scan_tell', 'dd_scan_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('dd_scan_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='unlikely_scan_result__scan_is_negative__scan_is_negative',
    ),
    # Two-level Wells score for DVT: Active cancer: Active cancer (treatment ongoing, within the previous 6 months, or palliative) yes
    pytest.param(
        {'active_cancer': True, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': True, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Active cancer', 'points': 1}], 'unknown': []},),
        ),
        id='wells__criterion_1__active_cancer_is_yes',
    ),
    # Two-level Wells score for DVT: Active cancer: Active cancer (treatment ongoing, within the previous 6 months, or palliative) no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='wells__criterion_1__active_cancer_is_no',
    ),
    # Two-level Wells score for DVT: Paralysis, paresis or recent plaster immobilisation of the legs: Paralysis, paresis or recent plaster immobilisation of the legs yes
    pytest.param(
        {'active_cancer': False, 'paralysis': True, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': True, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Paralysis, paresis or recent plaster immobilisation of the legs', 'points': 1}], 'unknown': []},),
        ),
        id='wells__criterion_2__paralysis_is_yes',
    ),
    # Two-level Wells score for DVT: Paralysis, paresis or recent plaster immobilisation of the legs: Paralysis, paresis or recent plaster immobilisation of the legs no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='wells__criterion_2__paralysis_is_no',
    ),
    # Two-level Wells score for DVT: Recently bedridden 3 days or more, or major surgery within 12 weeks: Recently bedridden for 3 days or more, or major surgery within the previous 12 weeks that needed general or regional anaesthesia yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': True, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': True, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Recently bedridden 3 days or more, or major surgery within 12 weeks', 'points': 1}], 'unknown': []},),
        ),
        id='wells__criterion_3__bedridden_is_yes',
    ),
    # Two-level Wells score for DVT: Recently bedridden 3 days or more, or major surgery within 12 weeks: Recently bedridden for 3 days or more, or major surgery within the previous 12 weeks that needed general or regional anaesthesia no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='wells__criterion_3__bedridden_is_no',
    ),
    # Two-level Wells score for DVT: Localised tenderness along the deep venous system: Localised tenderness along the distribution of the deep venous system yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': True, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': True, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Localised tenderness along the deep venous system', 'points': 1}], 'unknown': []},),
        ),
        id='wells__criterion_4__tenderness_is_yes',
    ),
    # Two-level Wells score for DVT: Localised tenderness along the deep venous system: Localised tenderness along the distribution of the deep venous system no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='wells__criterion_4__tenderness_is_no',
    ),
    # Two-level Wells score for DVT: Entire leg swollen: Entire leg swollen yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': True, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': True, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Entire leg swollen', 'points': 1}], 'unknown': []},),
        ),
        id='wells__criterion_5__leg_swollen_is_yes',
    ),
    # Two-level Wells score for DVT: Entire leg swollen: Entire leg swollen no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='wells__criterion_5__leg_swollen_is_no',
    ),
    # Two-level Wells score for DVT: Calf swelling at least 3 cm larger than the asymptomatic side: Calf swelling at least 3 cm larger than on the asymptomatic side (Wells 2003: measured 10 cm below the tibial tuberosity) yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': True, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': True, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}], 'unknown': []},),
        ),
        id='wells__criterion_6__calf_swelling_is_yes',
    ),
    # Two-level Wells score for DVT: Calf swelling at least 3 cm larger than the asymptomatic side: Calf swelling at least 3 cm larger than on the asymptomatic side (Wells 2003: measured 10 cm below the tibial tuberosity) no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='wells__criterion_6__calf_swelling_is_no',
    ),
    # Two-level Wells score for DVT: Pitting oedema confined to the symptomatic leg: Pitting oedema confined to the symptomatic leg yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': True, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': True, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}], 'unknown': []},),
        ),
        id='wells__criterion_7__pitting_oedema_is_yes',
    ),
    # Two-level Wells score for DVT: Pitting oedema confined to the symptomatic leg: Pitting oedema confined to the symptomatic leg no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='wells__criterion_7__pitting_oedema_is_no',
    ),
    # Two-level Wells score for DVT: Collateral superficial veins (non-varicose): Collateral superficial veins (non-varicose) yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}], 'unknown': []},),
        ),
        id='wells__criterion_8__collateral_veins_is_yes',
    ),
    # Two-level Wells score for DVT: Collateral superficial veins (non-varicose): Collateral superficial veins (non-varicose) no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='wells__criterion_8__collateral_veins_is_no',
    ),
    # Two-level Wells score for DVT: Previously documented DVT: Previously documented DVT yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='wells__criterion_9__previous_dvt_is_yes',
    ),
    # Two-level Wells score for DVT: Previously documented DVT: Previously documented DVT no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='wells__criterion_9__previous_dvt_is_no',
    ),
    # Two-level Wells score for DVT: Alternative diagnosis at least as likely as DVT: An alternative diagnosis is at least as likely as DVT (clinical judgement) yes
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': True, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': True}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': -2, 'low': -2, 'high': -2, 'scored': [{'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}], 'unknown': []},),
        ),
        id='wells__criterion_10__alternative_diagnosis_is_yes',
    ),
    # Two-level Wells score for DVT: Alternative diagnosis at least as likely as DVT: An alternative diagnosis is at least as likely as DVT (clinical judgement) no
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='wells__criterion_10__alternative_diagnosis_is_no',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), CHOICE_CASES)
def test_choice(patient: dict[str, object], expected: Expected) -> None:
    """Every choice and yes/no value at each condition testing it."""
    _check(patient, expected)


RANGE_CASES = [
    # Age: minimum of the range, 18 year
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 18},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 18}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='range__age__minimum_18',
    ),
    # Age: maximum of the range, 110 year
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 110},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'age_adjusted_threshold', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'age > 50 years', {'age': 110}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='range__age__maximum_110',
    ),
    # Age: 18408600 min, converted to year
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': {'value': 18408600, 'unit': 'min'}},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='range__age__in_min',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), RANGE_CASES)
def test_range(patient: dict[str, object], expected: Expected) -> None:
    """The smallest and largest valid values, and other units."""
    _check(patient, expected)


SCORE_CASES = [
    # Two-level Wells score for DVT: -2 points
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': True, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': True}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': -2, 'low': -2, 'high': -2, 'scored': [{'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}], 'unknown': []},),
        ),
        id='wells__value_minus_2',
    ),
    # Two-level Wells score for DVT: -1 points
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': True, 'alternative_diagnosis': True, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': True, 'alternative_diagnosis': True}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': -1, 'low': -1, 'high': -1, 'scored': [{'label': 'Previously documented DVT', 'points': 1}, {'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}], 'unknown': []},),
        ),
        id='wells__value_minus_1',
    ),
    # Two-level Wells score for DVT: 0 points
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [], 'unknown': []},),
        ),
        id='wells__value_0',
    ),
    # Two-level Wells score for DVT: 1 points
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='wells__value_1',
    ),
    # Two-level Wells score for DVT: 2 points
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='wells__value_2',
    ),
    # Two-level Wells score for DVT: 3 points
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 3, 'low': 3, 'high': 3, 'scored': [{'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}, {'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='wells__value_3',
    ),
    # Two-level Wells score for DVT: 4 points
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 4, 'low': 4, 'high': 4, 'scored': [{'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}, {'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}, {'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='wells__value_4',
    ),
    # Two-level Wells score for DVT: 5 points
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 5, 'low': 5, 'high': 5, 'scored': [{'label': 'Entire leg swollen', 'points': 1}, {'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}, {'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}, {'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='wells__value_5',
    ),
    # Two-level Wells score for DVT: 6 points
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 6, 'low': 6, 'high': 6, 'scored': [{'label': 'Localised tenderness along the deep venous system', 'points': 1}, {'label': 'Entire leg swollen', 'points': 1}, {'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}, {'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}, {'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='wells__value_6',
    ),
    # Two-level Wells score for DVT: 7 points
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': True, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': True, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 7, 'low': 7, 'high': 7, 'scored': [{'label': 'Recently bedridden 3 days or more, or major surgery within 12 weeks', 'points': 1}, {'label': 'Localised tenderness along the deep venous system', 'points': 1}, {'label': 'Entire leg swollen', 'points': 1}, {'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}, {'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}, {'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='wells__value_7',
    ),
    # Two-level Wells score for DVT: 8 points
    pytest.param(
        {'active_cancer': False, 'paralysis': True, 'bedridden': True, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': True, 'bedridden': True, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 8, 'low': 8, 'high': 8, 'scored': [{'label': 'Paralysis, paresis or recent plaster immobilisation of the legs', 'points': 1}, {'label': 'Recently bedridden 3 days or more, or major surgery within 12 weeks', 'points': 1}, {'label': 'Localised tenderness along the deep venous system', 'points': 1}, {'label': 'Entire leg swollen', 'points': 1}, {'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}, {'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}, {'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='wells__value_8',
    ),
    # Two-level Wells score for DVT: 9 points
    pytest.param(
        {'active_cancer': True, 'paralysis': True, 'bedridden': True, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': True, 'paralysis': True, 'bedridden': True, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 9, 'low': 9, 'high': 9, 'scored': [{'label': 'Active cancer', 'points': 1}, {'label': 'Paralysis, paresis or recent plaster immobilisation of the legs', 'points': 1}, {'label': 'Recently bedridden 3 days or more, or major surgery within 12 weeks', 'points': 1}, {'label': 'Localised tenderness along the deep venous system', 'points': 1}, {'label': 'Entire leg swollen', 'points': 1}, {'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}, {'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}, {'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='wells__value_9',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: wells >= 2; criteria not known that still decide it
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': None}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': None, 'low': 2, 'high': 4, 'scored': [{'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}, {'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}, {'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': [{'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}]},),
        ),
        id='probability__dvt_likely__wells_ge_2__unknown_criteria_settled_yes',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: wells >= 2; criteria not known that still decide it
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': None, 'low': -2, 'high': 0, 'scored': [], 'unknown': [{'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}]},),
        ),
        id='probability__dvt_likely__wells_ge_2__unknown_criteria_settled_no',
    ),
    # Is DVT likely or unlikely (two-level Wells score)?: wells >= 2; criteria not known that leave it open
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'unknown', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': None}),
            ),
            needs=('alternative_diagnosis',),
            complete=False,
            waiting=({'fact': 'alternative_diagnosis', 'question': 'An alternative diagnosis is at least as likely as DVT (clinical judgement)', 'decisions': [{'id': 'probability', 'question': 'Is DVT likely or unlikely (two-level Wells score)?'}]},),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': None, 'low': 0, 'high': 2, 'scored': [{'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': [{'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}]},),
        ),
        id='probability__dvt_likely__wells_ge_2__unknown_criteria_open',
    ),
    # Two-level Wells score for DVT: Alternative diagnosis at least as likely as DVT: not known because An alternative diagnosis is at least as likely as DVT (clinical judgement) is not
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 35},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'unlikely_scan_interim', 'unlikely_scan_24h', 'unlikely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 35}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('unlikely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': None, 'low': -2, 'high': 0, 'scored': [], 'unknown': [{'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}]},),
        ),
        id='wells__criterion_10__alternative_diagnosis_unknown',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), SCORE_CASES)
def test_score(patient: dict[str, object], expected: Expected) -> None:
    """Each value a score reaches; unknown criteria that decide or not."""
    _check(patient, expected)


EXAMPLE_CASES = [
    # At the threshold: man, 58, on chemotherapy for lung cancer, entire leg swollen
    pytest.param(
        {'active_cancer': True, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': True, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': True, 'd_dimer_result_within_4h': True, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 58},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'age_adjusted_threshold', 'likely', 'likely_scan_4h'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'age > 50 years', {'age': 58}),
                ('probability', 'dvt_likely', {'active_cancer': True, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': True, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'scan_result_within_4h', {'scan_result_within_4h': True}),
                ('likely_scan_result', 'unknown', {'scan': None}),
            ),
            needs=('scan',),
            complete=False,
            waiting=({'fact': 'scan', 'question': 'Proximal leg vein ultrasound scan result', 'decisions': [{'id': 'likely_scan_result', 'question': 'DVT likely: what does the proximal scan show?'}]},),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Active cancer', 'points': 1}, {'label': 'Entire leg swollen', 'points': 1}], 'unknown': []},),
        ),
        id='example__at_threshold',
    ),
    # The same man, scan negative: offer a D-dimer
    pytest.param(
        {'active_cancer': True, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': True, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'scan_result_within_4h': True, 'd_dimer_result_within_4h': True, 'd_dimer': None, 'scan': 'negative', 'repeat_scan': None, 'age': 58},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'age_adjusted_threshold', 'likely', 'likely_scan_4h', 'likely_d_dimer_after_scan'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'age > 50 years', {'age': 58}),
                ('probability', 'dvt_likely', {'active_cancer': True, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': True, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'scan_result_within_4h', {'scan_result_within_4h': True}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'unknown', {'d_dimer': None}),
            ),
            needs=('d_dimer',),
            complete=False,
            waiting=({'fact': 'd_dimer', 'question': 'D-dimer result, judged by the threshold of the assay used', 'decisions': [{'id': 'likely_d_dimer_result', 'question': 'DVT likely, scan negative: what does the D-dimer show?'}]},),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 2, 'low': 2, 'high': 2, 'scored': [{'label': 'Active cancer', 'points': 1}, {'label': 'Entire leg swollen', 'points': 1}], 'unknown': []},),
        ),
        id='example__at_threshold_scan_negative',
    ),
    # Woman, 34: calf swelling 3.5 cm and pitting oedema, cellulitis at least as likely
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': True, 'scan_result_within_4h': True, 'd_dimer_result_within_4h': True, 'd_dimer': 'negative', 'scan': None, 'repeat_scan': None, 'age': 34},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'dd_stop_interim', 'dd_other_diagnoses', 'dd_tell', 'dd_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 34}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': True}),
                ('unlikely_d_dimer_time', 'd_dimer_result_within_4h', {'d_dimer_result_within_4h': True}),
                ('unlikely_d_dimer_result', 'd_dimer is negative', {'d_dimer': 'negative'}),
                ('dd_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 0, 'low': 0, 'high': 0, 'scored': [{'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}, {'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}, {'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}], 'unknown': []},),
        ),
        id='example__alternative_lowers',
    ),
    # The -2 changes the level: man, 70, a ruptured Baker's cyst at least as likely
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': True, 'leg_swollen': False, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': True, 'scan_result_within_4h': True, 'd_dimer_result_within_4h': True, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': None, 'age': 70},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'age_adjusted_threshold', 'unlikely', 'unlikely_d_dimer', 'unlikely_scan_4h', 'dd_scan_stop_interim', 'dd_scan_other_diagnoses', 'dd_scan_tell', 'dd_scan_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'age > 50 years', {'age': 70}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': True, 'leg_swollen': False, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': True}),
                ('unlikely_d_dimer_time', 'd_dimer_result_within_4h', {'d_dimer_result_within_4h': True}),
                ('unlikely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('unlikely_scan_time', 'scan_result_within_4h', {'scan_result_within_4h': True}),
                ('unlikely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('dd_scan_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 1, 'low': 1, 'high': 1, 'scored': [{'label': 'Localised tenderness along the deep venous system', 'points': 1}, {'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}, {'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}, {'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}], 'unknown': []},),
        ),
        id='example__minus_two_changes_level',
    ),
    # Woman, 45: plaster cast, tenderness, previous DVT, seen at night
    pytest.param(
        {'active_cancer': False, 'paralysis': True, 'bedridden': False, 'tenderness': True, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'negative', 'repeat_scan': None, 'age': 45},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'likely', 'likely_interim', 'likely_d_dimer', 'likely_scan_24h', 'stop_interim_for_repeat', 'repeat_scan_offer'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 45}),
                ('probability', 'dvt_likely', {'active_cancer': False, 'paralysis': True, 'bedridden': False, 'tenderness': True, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'otherwise', {'scan_result_within_4h': False}),
                ('likely_scan_result', 'scan is negative', {'scan': 'negative'}),
                ('likely_d_dimer_result', 'd_dimer is positive', {'d_dimer': 'positive'}),
                ('repeat_scan_result', 'unknown', {'repeat_scan': None}),
            ),
            needs=('repeat_scan',),
            complete=False,
            waiting=({'fact': 'repeat_scan', 'question': 'Repeat proximal leg vein ultrasound scan, 6 to 8 days later', 'decisions': [{'id': 'repeat_scan_result', 'question': 'What does the repeat scan show?'}]},),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 3, 'low': 3, 'high': 3, 'scored': [{'label': 'Paralysis, paresis or recent plaster immobilisation of the legs', 'points': 1}, {'label': 'Localised tenderness along the deep venous system', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='example__night_no_scan',
    ),
    # Missing fact that cannot change the outcome: man, 66, score 6 or 4
    pytest.param(
        {'active_cancer': True, 'paralysis': False, 'bedridden': True, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': True, 'd_dimer_result_within_4h': True, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 66},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'age_adjusted_threshold', 'likely', 'likely_scan_4h'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'age > 50 years', {'age': 66}),
                ('probability', 'dvt_likely', {'active_cancer': True, 'paralysis': False, 'bedridden': True, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None}),
                ('likely_scan_time', 'scan_result_within_4h', {'scan_result_within_4h': True}),
                ('likely_scan_result', 'unknown', {'scan': None}),
            ),
            needs=('scan',),
            complete=False,
            waiting=({'fact': 'scan', 'question': 'Proximal leg vein ultrasound scan result', 'decisions': [{'id': 'likely_scan_result', 'question': 'DVT likely: what does the proximal scan show?'}]},),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': None, 'low': 4, 'high': 6, 'scored': [{'label': 'Active cancer', 'points': 1}, {'label': 'Recently bedridden 3 days or more, or major surgery within 12 weeks', 'points': 1}, {'label': 'Localised tenderness along the deep venous system', 'points': 1}, {'label': 'Entire leg swollen', 'points': 1}, {'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}, {'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}], 'unknown': [{'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}]},),
        ),
        id='example__alternative_unknown_settled',
    ),
    # Missing fact that changes the outcome: woman, 50, score 2 or 0
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': True, 'd_dimer_result_within_4h': True, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 50},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 50}),
                ('probability', 'unknown', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None}),
            ),
            needs=('alternative_diagnosis',),
            complete=False,
            waiting=({'fact': 'alternative_diagnosis', 'question': 'An alternative diagnosis is at least as likely as DVT (clinical judgement)', 'decisions': [{'id': 'probability', 'question': 'Is DVT likely or unlikely (two-level Wells score)?'}]},),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': None, 'low': 0, 'high': 2, 'scored': [{'label': 'Localised tenderness along the deep venous system', 'points': 1}, {'label': 'Entire leg swollen', 'points': 1}], 'unknown': [{'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}]},),
        ),
        id='example__alternative_unknown_decides',
    ),
    # Extreme, maximum: man, 81, all nine features
    pytest.param(
        {'active_cancer': True, 'paralysis': True, 'bedridden': True, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False, 'scan_result_within_4h': True, 'd_dimer_result_within_4h': True, 'd_dimer': None, 'scan': 'positive', 'repeat_scan': None, 'age': 81},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'age_adjusted_threshold', 'likely', 'likely_scan_4h', 'likely_diagnose'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'age > 50 years', {'age': 81}),
                ('probability', 'dvt_likely', {'active_cancer': True, 'paralysis': True, 'bedridden': True, 'tenderness': True, 'leg_swollen': True, 'calf_swelling': True, 'pitting_oedema': True, 'collateral_veins': True, 'previous_dvt': True, 'alternative_diagnosis': False}),
                ('likely_scan_time', 'scan_result_within_4h', {'scan_result_within_4h': True}),
                ('likely_scan_result', 'scan is positive', {'scan': 'positive'}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': 9, 'low': 9, 'high': 9, 'scored': [{'label': 'Active cancer', 'points': 1}, {'label': 'Paralysis, paresis or recent plaster immobilisation of the legs', 'points': 1}, {'label': 'Recently bedridden 3 days or more, or major surgery within 12 weeks', 'points': 1}, {'label': 'Localised tenderness along the deep venous system', 'points': 1}, {'label': 'Entire leg swollen', 'points': 1}, {'label': 'Calf swelling at least 3 cm larger than the asymptomatic side', 'points': 1}, {'label': 'Pitting oedema confined to the symptomatic leg', 'points': 1}, {'label': 'Collateral superficial veins (non-varicose)', 'points': 1}, {'label': 'Previously documented DVT', 'points': 1}], 'unknown': []},),
        ),
        id='example__maximum_score',
    ),
    # Extreme, minimum: woman, 40, no feature, calf muscle strain at least as likely
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': True, 'scan_result_within_4h': True, 'd_dimer_result_within_4h': False, 'd_dimer': 'negative', 'scan': None, 'repeat_scan': None, 'age': 40},
        Expected(
            recommendations=('use_wells', 'point_of_care', 'quantitative', 'unlikely', 'unlikely_d_dimer', 'unlikely_interim', 'dd_stop_interim', 'dd_other_diagnoses', 'dd_tell', 'dd_safety_net'),
            path=(
                ('estimate', 'applies to everyone', {}),
                ('d_dimer_testing', 'applies to everyone', {}),
                ('age_adjusted', 'otherwise', {'age': 40}),
                ('probability', 'otherwise', {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': True}),
                ('unlikely_d_dimer_time', 'otherwise', {'d_dimer_result_within_4h': False}),
                ('unlikely_d_dimer_result', 'd_dimer is negative', {'d_dimer': 'negative'}),
                ('dd_not_likely', 'applies to everyone', {}),
            ),
            scores=({'name': 'wells', 'title': 'Two-level Wells score for DVT', 'value': -2, 'low': -2, 'high': -2, 'scored': [{'label': 'Alternative diagnosis at least as likely as DVT', 'points': -2}], 'unknown': []},),
        ),
        id='example__minimum_score',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), EXAMPLE_CASES)
def test_example(patient: dict[str, object], expected: Expected) -> None:
    """The guideline's authored examples."""
    _check(patient, expected)


REJECT_CASES = [
    # Active cancer (treatment ongoing, within the previous 6 months, or palliative): missing
    pytest.param(
        {'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('active_cancer', 'is required but missing')],
        id='reject__active_cancer__missing',
    ),
    # Active cancer (treatment ongoing, within the previous 6 months, or palliative): the text 'yes' instead of true
    pytest.param(
        {'active_cancer': 'yes', 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('active_cancer', 'expected yes or no (true or false)')],
        id='reject__active_cancer__wrong_type',
    ),
    # Paralysis, paresis or recent plaster immobilisation of the legs: missing
    pytest.param(
        {'active_cancer': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('paralysis', 'is required but missing')],
        id='reject__paralysis__missing',
    ),
    # Paralysis, paresis or recent plaster immobilisation of the legs: the text 'yes' instead of true
    pytest.param(
        {'active_cancer': False, 'paralysis': 'yes', 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('paralysis', 'expected yes or no (true or false)')],
        id='reject__paralysis__wrong_type',
    ),
    # Recently bedridden for 3 days or more, or major surgery within the previous 12 weeks that needed general or regional anaesthesia: missing
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('bedridden', 'is required but missing')],
        id='reject__bedridden__missing',
    ),
    # Recently bedridden for 3 days or more, or major surgery within the previous 12 weeks that needed general or regional anaesthesia: the text 'yes' instead of true
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': 'yes', 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('bedridden', 'expected yes or no (true or false)')],
        id='reject__bedridden__wrong_type',
    ),
    # Localised tenderness along the distribution of the deep venous system: missing
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('tenderness', 'is required but missing')],
        id='reject__tenderness__missing',
    ),
    # Localised tenderness along the distribution of the deep venous system: the text 'yes' instead of true
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': 'yes', 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('tenderness', 'expected yes or no (true or false)')],
        id='reject__tenderness__wrong_type',
    ),
    # Entire leg swollen: missing
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('leg_swollen', 'is required but missing')],
        id='reject__leg_swollen__missing',
    ),
    # Entire leg swollen: the text 'yes' instead of true
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': 'yes', 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('leg_swollen', 'expected yes or no (true or false)')],
        id='reject__leg_swollen__wrong_type',
    ),
    # Calf swelling at least 3 cm larger than on the asymptomatic side (Wells 2003: measured 10 cm below the tibial tuberosity): missing
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('calf_swelling', 'is required but missing')],
        id='reject__calf_swelling__missing',
    ),
    # Calf swelling at least 3 cm larger than on the asymptomatic side (Wells 2003: measured 10 cm below the tibial tuberosity): the text 'yes' instead of true
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': 'yes', 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('calf_swelling', 'expected yes or no (true or false)')],
        id='reject__calf_swelling__wrong_type',
    ),
    # Pitting oedema confined to the symptomatic leg: missing
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('pitting_oedema', 'is required but missing')],
        id='reject__pitting_oedema__missing',
    ),
    # Pitting oedema confined to the symptomatic leg: the text 'yes' instead of true
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': 'yes', 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('pitting_oedema', 'expected yes or no (true or false)')],
        id='reject__pitting_oedema__wrong_type',
    ),
    # Collateral superficial veins (non-varicose): missing
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('collateral_veins', 'is required but missing')],
        id='reject__collateral_veins__missing',
    ),
    # Collateral superficial veins (non-varicose): the text 'yes' instead of true
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': 'yes', 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('collateral_veins', 'expected yes or no (true or false)')],
        id='reject__collateral_veins__wrong_type',
    ),
    # Previously documented DVT: missing
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('previous_dvt', 'is required but missing')],
        id='reject__previous_dvt__missing',
    ),
    # Previously documented DVT: the text 'yes' instead of true
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': 'yes', 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('previous_dvt', 'expected yes or no (true or false)')],
        id='reject__previous_dvt__wrong_type',
    ),
    # An alternative diagnosis is at least as likely as DVT (clinical judgement): the text 'yes' instead of true
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': 'yes', 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('alternative_diagnosis', 'expected yes or no (true or false)')],
        id='reject__alternative_diagnosis__wrong_type',
    ),
    # Can a proximal leg vein ultrasound result be obtained within 4 hours of the request?: the text 'yes' instead of true
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': 'yes', 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('scan_result_within_4h', 'expected yes or no (true or false)')],
        id='reject__scan_result_within_4h__wrong_type',
    ),
    # Can a D-dimer result be obtained within 4 hours of the request?: missing
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('d_dimer_result_within_4h', 'is required but missing')],
        id='reject__d_dimer_result_within_4h__missing',
    ),
    # Can a D-dimer result be obtained within 4 hours of the request?: the text 'yes' instead of true
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': 'yes', 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('d_dimer_result_within_4h', 'expected yes or no (true or false)')],
        id='reject__d_dimer_result_within_4h__wrong_type',
    ),
    # D-dimer result, judged by the threshold of the assay used: the choice 'other', which is not listed
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'other', 'scan': None, 'repeat_scan': None, 'age': 35},
        [('d_dimer', "expected one of positive, negative, got 'other'")],
        id='reject__d_dimer__unknown_choice',
    ),
    # D-dimer result, judged by the threshold of the assay used: a number instead of a choice
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': 1, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('d_dimer', 'expected one of positive, negative, got 1')],
        id='reject__d_dimer__wrong_type',
    ),
    # Proximal leg vein ultrasound scan result: the choice 'other', which is not listed
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': 'other', 'repeat_scan': None, 'age': 35},
        [('scan', "expected one of positive, negative, got 'other'")],
        id='reject__scan__unknown_choice',
    ),
    # Proximal leg vein ultrasound scan result: a number instead of a choice
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': 1, 'repeat_scan': None, 'age': 35},
        [('scan', 'expected one of positive, negative, got 1')],
        id='reject__scan__wrong_type',
    ),
    # Repeat proximal leg vein ultrasound scan, 6 to 8 days later: the choice 'other', which is not listed
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': 'other', 'age': 35},
        [('repeat_scan', "expected one of positive, negative, got 'other'")],
        id='reject__repeat_scan__unknown_choice',
    ),
    # Repeat proximal leg vein ultrasound scan, 6 to 8 days later: a number instead of a choice
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': 1, 'age': 35},
        [('repeat_scan', 'expected one of positive, negative, got 1')],
        id='reject__repeat_scan__wrong_type',
    ),
    # Age: missing
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None},
        [('age', 'is required but missing')],
        id='reject__age__missing',
    ),
    # Age: NaN
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': math.nan},
        [('age', 'must be a finite number')],
        id='reject__age__nan',
    ),
    # Age: infinity
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': math.inf},
        [('age', 'must be a finite number')],
        id='reject__age__infinite',
    ),
    # Age: 2**1024, an integer too large for a float
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216},
        [('age', 'must be a finite number')],
        id='reject__age__too_large',
    ),
    # Age: a number written as text
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': '18'},
        [('age', 'expected a number, got str')],
        id='reject__age__wrong_type',
    ),
    # Age: true instead of a number
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': True},
        [('age', 'expected a number, got bool')],
        id='reject__age__yes_instead_of_number',
    ),
    # Age: 17, below the range
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 17},
        [('age', '17 year is outside the plausible range 18 to 110 year')],
        id='reject__age__below_range',
    ),
    # Age: 111, above the range
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 111},
        [('age', '111 year is outside the plausible range 18 to 110 year')],
        id='reject__age__above_range',
    ),
    # Age: 18.5, not a whole number
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 18.5},
        [('age', 'must be a whole number')],
        id='reject__age__not_whole',
    ),
    # Age: a value without its unit
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': {'value': 18}},
        [('age', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__age__unit_missing',
    ),
    # Age: a value in furlong
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': {'value': 18, 'unit': 'furlong'}},
        [('age', "expected a value in year, got 'furlong'")],
        id='reject__age__unit_unknown',
    ),
    # Age: a value that is text
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': {'value': 'x', 'unit': 'year'}},
        [('age', 'expected a number, got str')],
        id='reject__age__value_not_number',
    ),
    # Two bad facts at once (active_cancer and paralysis): both are named
    pytest.param(
        {'active_cancer': 'yes', 'paralysis': 'yes', 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('active_cancer', 'expected yes or no (true or false)'), ('paralysis', 'expected yes or no (true or false)')],
        id='reject__two_facts',
    ),
    # A fact the guideline does not have (active_cancers)
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35, 'active_cancers': False},
        [('active_cancers', 'is not a fact of this guideline (did you mean active_cancer?)')],
        id='reject__unknown_fact',
    ),
    # A misspelt fact name (active_cancre for active_cancer)
    pytest.param(
        {'active_cancre': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35},
        [('active_cancre', 'is not a fact of this guideline (did you mean active_cancer?)'), ('active_cancer', 'is required but missing')],
        id='reject__misspelt_fact',
    ),
    # A fact the guideline does not have, unlike any of its facts (zz)
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': None, 'scan_result_within_4h': False, 'd_dimer_result_within_4h': False, 'd_dimer': None, 'scan': None, 'repeat_scan': None, 'age': 35, 'zz': True},
        [('zz', 'is not a fact of this guideline')],
        id='reject__unknown_fact_unlike_any',
    ),
    # Can a proximal leg vein ultrasound result be obtained within 4 hours of the request?: missing, and this path reads it
    pytest.param(
        {'active_cancer': False, 'paralysis': False, 'bedridden': False, 'tenderness': False, 'leg_swollen': False, 'calf_swelling': False, 'pitting_oedema': False, 'collateral_veins': False, 'previous_dvt': False, 'alternative_diagnosis': False, 'd_dimer_result_within_4h': False, 'd_dimer': 'positive', 'scan': 'positive', 'repeat_scan': 'positive', 'age': 62},
        [('scan_result_within_4h', 'is required but missing')],
        id='reject__scan_result_within_4h__missing_read',
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

