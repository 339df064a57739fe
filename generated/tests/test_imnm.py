"""Generated tests for guideline imnm: Treatment for necrotizing myopathy.

Generated from guidelines/imnm.guideline by `guideline build`; do not edit. Each case
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

from generated import imnm as MODULE

GUIDELINE = 'imnm'
VERSION = '0.1.0'
SOURCE_HASH = '8157b8fea585bf3ee6fdf457879cabfac25246abe810357aa1e202f8d42e1843'

RECOMMENDATIONS: dict[str, dict[str, object]] = {
    'not_covered': {'kind': 'advise', 'text': 'This treatment pathway is for immune-mediated necrotizing myopathy; the source gives no treatment for non-immune-mediated necrotizing myopathy', 'strength': 'recommend', 'citations': [], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source lists the associations of non-immune-mediated necrotizing myopathy (drugs/toxins, dystrophies, infections, hypothyroidism) but no treatment.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'prednisone': {'kind': 'start', 'text': 'Prednisone as initial therapy', 'strength': 'recommend', 'citations': ['2'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': 'prednisone', 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source gives no maximum dose: the range grows with body weight (a 130 kg patient gets 65 to 130 mg/day).', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '2'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'monotherapy_insufficient': {'kind': 'caution', 'text': 'Corticosteroid monotherapy is usually insufficient; 90% of patients require 2 or more immunotherapeutic agents', 'strength': 'recommend', 'citations': ['1'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '1'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'second_agent': {'kind': 'choose', 'text': 'Combine an immunosuppressant with the steroids: methotrexate first', 'strength': 'recommend', 'citations': ['2'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': "The source heads this 'Second-Line/Combination Therapy' and does not say when to add the immunosuppressant; it is shown from the start of treatment here.", 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'Particularly useful for both muscle and skin disease.', 'bullets': [], 'on': 'option', 'name': 'mycophenolate'}, {'kind': 'gap', 'text': "The source calls mycophenolate 'particularly useful' for muscle and skin disease; it does not say it replaces methotrexate as the first choice. It is marked as suited to patients with skin disease, and methotrexate stays listed first.", 'bullets': [], 'on': 'option', 'name': 'mycophenolate'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '2'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'strength': {'kind': 'monitor', 'text': 'Muscle strength', 'strength': 'recommend', 'citations': ['2'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Regular assessment of:', 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': "The source says 'regular' but sets no interval for these assessments.", 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': 'The source places one citation, [2], at the end of the list of regular assessments; it is applied here to each item.', 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '2'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'serial_ck': {'kind': 'monitor', 'text': 'Serial CK measurements', 'strength': 'recommend', 'citations': ['2'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': 'low-normal range', 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Regular assessment of:', 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': "The source says 'regular' but sets no interval for these assessments.", 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': 'The source places one citation, [2], at the end of the list of regular assessments; it is applied here to each item.', 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '2'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'function': {'kind': 'monitor', 'text': 'Functional status improvement', 'strength': 'recommend', 'citations': ['2'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Regular assessment of:', 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': "The source says 'regular' but sets no interval for these assessments.", 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': 'The source places one citation, [2], at the end of the list of regular assessments; it is applied here to each item.', 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '2'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'steroid_taper': {'kind': 'monitor', 'text': 'Ability to taper corticosteroids', 'strength': 'recommend', 'citations': ['2'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Regular assessment of:', 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': "The source says 'regular' but sets no interval for these assessments.", 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': 'The source places one citation, [2], at the end of the list of regular assessments; it is applied here to each item.', 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '2'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'damage_index': {'kind': 'assess', 'text': 'Disease damage, using validated indices like the Myositis Damage Index', 'strength': 'recommend', 'citations': ['2'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': '1 year', 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Regular assessment of:', 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': "The source says 'regular' but sets no interval for these assessments.", 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': 'The source places one citation, [2], at the end of the list of regular assessments; it is applied here to each item.', 'bullets': [], 'on': 'section', 'name': 'monitoring'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '2'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'physical_therapy': {'kind': 'advise', 'text': 'Physical therapy to prevent joint contractures and muscle atrophy', 'strength': 'recommend', 'citations': ['2'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source places one citation, [2], at the end of the supportive-care list; it is applied here to each item.', 'bullets': [], 'on': 'section', 'name': 'supportive_care'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '2'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'physiatrist': {'kind': 'refer', 'text': 'Early referral to a physiatrist for appropriate assistive devices', 'strength': 'recommend', 'citations': ['2'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source places one citation, [2], at the end of the supportive-care list; it is applied here to each item.', 'bullets': [], 'on': 'section', 'name': 'supportive_care'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '2'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'exercise': {'kind': 'advise', 'text': 'Individualized and supervised exercise program', 'strength': 'recommend', 'citations': ['2'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source places one citation, [2], at the end of the supportive-care list; it is applied here to each item.', 'bullets': [], 'on': 'section', 'name': 'supportive_care'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '2'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'pain': {'kind': 'advise', 'text': 'Symptomatic management of pain with acetaminophen or NSAIDs if no contraindications', 'strength': 'recommend', 'citations': ['2'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source places one citation, [2], at the end of the supportive-care list; it is applied here to each item.', 'bullets': [], 'on': 'section', 'name': 'supportive_care'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '2'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'aspiration': {'kind': 'monitor', 'text': 'Dysphagia and risk of aspiration pneumonia', 'strength': 'recommend', 'citations': [], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source cites no evidence for this list and sets no interval for watching these complications.', 'bullets': [], 'on': 'section', 'name': 'complications'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'cardiac': {'kind': 'monitor', 'text': 'Cardiac complications (conduction defects, tachyarrhythmias)', 'strength': 'recommend', 'citations': [], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source cites no evidence for this list and sets no interval for watching these complications.', 'bullets': [], 'on': 'section', 'name': 'complications'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'respiratory': {'kind': 'monitor', 'text': 'Respiratory complications', 'strength': 'recommend', 'citations': [], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source cites no evidence for this list and sets no interval for watching these complications.', 'bullets': [], 'on': 'section', 'name': 'complications'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'side_effects': {'kind': 'monitor', 'text': 'Side effects of immunosuppressive therapy', 'strength': 'recommend', 'citations': [], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source cites no evidence for this list and sets no interval for watching these complications.', 'bullets': [], 'on': 'section', 'name': 'complications'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'neuromuscular': {'kind': 'refer', 'text': 'Referral to a neurologist specializing in neuromuscular disorders may benefit the patient', 'strength': 'consider', 'citations': ['4'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': "The source's caution on statin-associated autoimmune myopathy is given with the statin question below.", 'bullets': [], 'on': 'section', 'name': 'caution'}, {'kind': 'gap', 'text': 'The source does not say whether the referral applies to every patient or only to statin-associated disease; it is shown to every patient in scope.', 'bullets': [], 'on': 'section', 'name': 'caution'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '4'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'stop_statin': {'kind': 'stop', 'text': 'Stop statin therapy immediately', 'strength': 'recommend', 'citations': ['4'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': 'statin', 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'The source asks for statin cessation under HMGCR-positive IMNM and again in its caution on statin-associated autoimmune myopathy, which names no antibody; it is asked here for every patient in scope.', 'bullets': [], 'on': 'decision', 'name': 'statin'}, {'kind': 'gap', 'text': "The source does not define 'statin-associated' (for example, current or past statin use).", 'bullets': [], 'on': 'input', 'name': 'statin_associated'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '4'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'statin_myopathy': {'kind': 'caution', 'text': 'Statin-associated autoimmune myopathy is a rare disorder requiring statin cessation and aggressive immunotherapy directed at the autoimmune process', 'strength': 'recommend', 'citations': ['4'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'The source asks for statin cessation under HMGCR-positive IMNM and again in its caution on statin-associated autoimmune myopathy, which names no antibody; it is asked here for every patient in scope.', 'bullets': [], 'on': 'decision', 'name': 'statin'}, {'kind': 'gap', 'text': "The source does not define 'statin-associated' (for example, current or past statin use).", 'bullets': [], 'on': 'input', 'name': 'statin_associated'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '4'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'ivig_early': {'kind': 'consider', 'text': 'Intravenous immunoglobulin (IVIG) as first-line therapy or early in the treatment course', 'strength': 'consider', 'citations': ['3'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': 'ivig', 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '3'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'maintenance': {'kind': 'advise', 'text': 'Maintenance therapy: long-term immunosuppression is often required, as relapse occurs in 55% of patients during immunosuppressant taper or discontinuation', 'strength': 'recommend', 'citations': ['1'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '1'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'ivig_refractory': {'kind': 'consider', 'text': 'Intravenous immunoglobulin (IVIG) for refractory disease', 'strength': 'consider', 'citations': [], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': 'ivig', 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': 'The source gives IVIG a heading under refractory disease and nothing under it: no strength, dose, timing or citation. It is shown here as an option to consider.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'gap', 'text': "The source has an 'Other options:' heading for refractory disease with an empty list.", 'bullets': [], 'on': 'branch', 'name': ''}, {'kind': 'note', 'text': 'The source defines refractory disease as an inadequate response after 4-6 weeks.', 'bullets': [], 'on': 'definition', 'name': 'refractory'}, {'kind': 'gap', 'text': 'The source gives a window of 4-6 weeks, not one threshold. This guideline treats an inadequate response from 4 weeks on as refractory; the source does not say how to choose within the window.', 'bullets': [], 'on': 'definition', 'name': 'refractory'}, {'kind': 'note', 'text': 'At diagnosis, before treatment has had time to work, the response is not yet known.', 'bullets': [], 'on': 'input', 'name': 'response'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'rituximab': {'kind': 'consider', 'text': 'Rituximab for refractory disease', 'strength': 'consider', 'citations': ['2'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': 'up to 26 weeks', 'drug': 'rituximab', 'review': None, 'rechecks': [], 'notes': [{'kind': 'gap', 'text': "The source has an 'Other options:' heading for refractory disease with an empty list.", 'bullets': [], 'on': 'branch', 'name': ''}, {'kind': 'note', 'text': 'The source defines refractory disease as an inadequate response after 4-6 weeks.', 'bullets': [], 'on': 'definition', 'name': 'refractory'}, {'kind': 'gap', 'text': 'The source gives a window of 4-6 weeks, not one threshold. This guideline treats an inadequate response from 4 weeks on as refractory; the source does not say how to choose within the window.', 'bullets': [], 'on': 'definition', 'name': 'refractory'}, {'kind': 'note', 'text': 'At diagnosis, before treatment has had time to work, the response is not yet known.', 'bullets': [], 'on': 'input', 'name': 'response'}, {'kind': 'gap', 'text': 'The source cites this work by number only; its full citation is not given.', 'bullets': [], 'on': 'reference', 'name': '2'}, {'kind': 'note', 'text': 'The treatment of immune-mediated necrotizing myopathy (IMNM) requires aggressive immunosuppressive therapy with multiple agents, as corticosteroid monotherapy is typically insufficient to control the disease.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The source gives no route, frequency, duration or taper schedule for any drug, and no doses other than prednisone; none are given here.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': "The source grades no recommendation. The strengths shown are the language's defaults (`consider` where the source says consider, `recommend` otherwise), not grades from the source.", 'bullets': [], 'on': 'guideline', 'name': ''}]},
}

OPTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    'second_agent': (('methotrexate', 'Methotrexate: first-line immunosuppressant to combine with steroids'), ('azathioprine', 'Azathioprine (alternative)'), ('mycophenolate', 'Mycophenolate mofetil (alternative)')),
}

QUESTIONS: dict[str, str] = {
    'classification': 'Classification and diagnosis',
    'scope_check': 'Is the necrotizing myopathy immune-mediated?',
    'first_line': 'First-line treatment',
    'combination': 'Second-line / combination therapy',
    'monitoring': 'Monitoring and follow-up',
    'predictors': 'Predictors of favorable outcome',
    'supportive_care': 'Supportive care',
    'complications': 'Complications to monitor',
    'caution': 'Caution',
    'statin': 'Is the myopathy statin-associated?',
    'hmgcr': 'Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)',
    'refractory_treatment': 'Is the disease refractory (inadequate response after 4-6 weeks)?',
}

PLAIN: dict[str, tuple[type, ...]] = {
    'category': (str,),
    'weight': (int, float),
    'anti_hmgcr': (bool, type(None)),
    'statin_associated': (bool, type(None)),
    'skin_disease': (bool,),
    'weeks_on_treatment': (int,),
    'response': (str, type(None)),
}
REQUIRED: frozenset[str] = frozenset(['category', 'skin_disease', 'weeks_on_treatment', 'weight'])


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
    # Is the necrotizing myopathy immune-mediated?: not immune_mediated
    pytest.param(
        {'category': 'non_immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('not_covered',),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'not immune_mediated', {'category': 'non_immune_mediated'}),
            ),
        ),
        id='scope_check__not_immune_mediated',
    ),
    # Is the necrotizing myopathy immune-mediated?: otherwise
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='scope_check__otherwise',
    ),
    # Is the myopathy statin-associated?: statin_associated
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': True, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'stop_statin', 'statin_myopathy'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'statin_associated', {'statin_associated': True}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='statin__statin_associated',
    ),
    # Is the myopathy statin-associated?: otherwise
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='statin__otherwise',
    ),
    # Is the myopathy statin-associated?: unknown
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'unknown', {'statin_associated': None}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
            needs=('statin_associated',),
            complete=False,
            waiting=({'fact': 'statin_associated', 'question': 'Is the myopathy statin-associated?', 'decisions': [{'id': 'statin', 'question': 'Is the myopathy statin-associated?'}]},),
        ),
        id='statin__unknown',
    ),
    # Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM): anti_hmgcr
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': True, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'ivig_early', 'maintenance'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'anti_hmgcr', {'anti_hmgcr': True}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='hmgcr__anti_hmgcr',
    ),
    # Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM): otherwise
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='hmgcr__otherwise',
    ),
    # Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM): unknown
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'unknown', {'anti_hmgcr': None}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
            needs=('anti_hmgcr',),
            complete=False,
            waiting=({'fact': 'anti_hmgcr', 'question': 'Anti-HMGCR antibodies detected', 'decisions': [{'id': 'hmgcr', 'question': 'Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)'}]},),
        ),
        id='hmgcr__unknown',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: refractory
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 97, 'response': 'inadequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'ivig_refractory', 'rituximab'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'refractory', {'response': 'inadequate', 'weeks_on_treatment': 97}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__refractory',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: weeks_on_treatment < 4 weeks
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 2, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'weeks_on_treatment < 4 weeks', {'response': 'adequate', 'weeks_on_treatment': 2}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__weeks_on_treatment_lt_4_weeks',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: response is adequate
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 97, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 97}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__response_is_adequate',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: unknown
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 97, 'response': None},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'unknown', {'response': None, 'weeks_on_treatment': 97}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
            needs=('response',),
            complete=False,
            waiting=({'fact': 'response', 'question': 'Response to treatment so far', 'decisions': [{'id': 'refractory_treatment', 'question': 'Is the disease refractory (inadequate response after 4-6 weeks)?'}]},),
        ),
        id='refractory_treatment__unknown',
    ),
    # Body weight: missing, and this path does not read it
    pytest.param(
        {'category': 'non_immune_mediated', 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('not_covered',),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'not immune_mediated', {'category': 'non_immune_mediated'}),
            ),
        ),
        id='missing__weight__not_read',
    ),
    # Skin disease as well as muscle disease: missing, and this path does not read it
    pytest.param(
        {'category': 'non_immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('not_covered',),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'not immune_mediated', {'category': 'non_immune_mediated'}),
            ),
        ),
        id='missing__skin_disease__not_read',
    ),
    # Weeks since immunosuppressive treatment started: missing, and this path does not read it
    pytest.param(
        {'category': 'non_immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'response': 'adequate'},
        Expected(
            recommendations=('not_covered',),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'not immune_mediated', {'category': 'non_immune_mediated'}),
            ),
        ),
        id='missing__weeks_on_treatment__not_read',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), PATH_CASES)
def test_path(patient: dict[str, object], expected: Expected) -> None:
    """One patient per branch of every decision, in its chain of decisions."""
    _check(patient, expected)


BOUNDARY_CASES = [
    # Is the disease refractory (inadequate response after 4-6 weeks)?: weeks_on_treatment >= 4 weeks; below the threshold (weeks_on_treatment = 3)
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 3, 'response': 'inadequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'weeks_on_treatment < 4 weeks', {'response': 'inadequate', 'weeks_on_treatment': 3}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__refractory__weeks_on_treatment_ge_4_weeks__below_3',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: weeks_on_treatment >= 4 weeks; at the threshold (weeks_on_treatment = 4)
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 4, 'response': 'inadequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'ivig_refractory', 'rituximab'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'refractory', {'response': 'inadequate', 'weeks_on_treatment': 4}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__refractory__weeks_on_treatment_ge_4_weeks__at_4',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: weeks_on_treatment >= 4 weeks; above the threshold (weeks_on_treatment = 5)
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 5, 'response': 'inadequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'ivig_refractory', 'rituximab'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'refractory', {'response': 'inadequate', 'weeks_on_treatment': 5}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__refractory__weeks_on_treatment_ge_4_weeks__above_5',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: weeks_on_treatment < 4 weeks; below the threshold (weeks_on_treatment = 3)
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 3, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'weeks_on_treatment < 4 weeks', {'response': 'adequate', 'weeks_on_treatment': 3}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__weeks_on_treatment_lt_4_weeks__below_3',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: weeks_on_treatment < 4 weeks; at the threshold (weeks_on_treatment = 4)
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 4, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 4}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__weeks_on_treatment_lt_4_weeks__at_4',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: weeks_on_treatment < 4 weeks; above the threshold (weeks_on_treatment = 5)
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 5, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 5}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__weeks_on_treatment_lt_4_weeks__above_5',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), BOUNDARY_CASES)
def test_boundary(patient: dict[str, object], expected: Expected) -> None:
    """Just below, at and just above every numeric threshold."""
    _check(patient, expected)


CHOICE_CASES = [
    # Is the necrotizing myopathy immune-mediated?: Category of necrotizing myopathy Immune-mediated (IMNM)
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='scope_check__not_immune_mediated__category_is_immune_mediated',
    ),
    # Is the necrotizing myopathy immune-mediated?: Category of necrotizing myopathy Non-immune-mediated
    pytest.param(
        {'category': 'non_immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('not_covered',),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'not immune_mediated', {'category': 'non_immune_mediated'}),
            ),
        ),
        id='scope_check__not_immune_mediated__category_is_non_immune_mediated',
    ),
    # Combine an immunosuppressant with the steroids: methotrexate first: Mycophenolate mofetil (alternative) preferred: Skin disease as well as muscle disease yes
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': True, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': True}},
        ),
        id='second_agent__mycophenolate_preferred__skin_disease_is_yes',
    ),
    # Combine an immunosuppressant with the steroids: methotrexate first: Mycophenolate mofetil (alternative) preferred: Skin disease as well as muscle disease no
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='second_agent__mycophenolate_preferred__skin_disease_is_no',
    ),
    # Is the myopathy statin-associated?: Is the myopathy statin-associated? yes
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': True, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'stop_statin', 'statin_myopathy'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'statin_associated', {'statin_associated': True}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='statin__statin_associated__statin_associated_is_yes',
    ),
    # Is the myopathy statin-associated?: Is the myopathy statin-associated? no
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='statin__statin_associated__statin_associated_is_no',
    ),
    # Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM): Anti-HMGCR antibodies detected yes
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': True, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'ivig_early', 'maintenance'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'anti_hmgcr', {'anti_hmgcr': True}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='hmgcr__anti_hmgcr__anti_hmgcr_is_yes',
    ),
    # Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM): Anti-HMGCR antibodies detected no
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='hmgcr__anti_hmgcr__anti_hmgcr_is_no',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: Response to treatment so far Adequate
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__refractory__response_is_adequate',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: Response to treatment so far Inadequate
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'inadequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'ivig_refractory', 'rituximab'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'refractory', {'response': 'inadequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__refractory__response_is_inadequate',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: Response to treatment so far Adequate
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 97, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 97}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__response_is_adequate__response_is_adequate',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), CHOICE_CASES)
def test_choice(patient: dict[str, object], expected: Expected) -> None:
    """Every choice and yes/no value at each condition testing it."""
    _check(patient, expected)


RANGE_CASES = [
    # Body weight: minimum of the range, 1 kg
    pytest.param(
        {'category': 'immune_mediated', 'weight': 1.0, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 0.5, 'high': 1.0, 'unit': 'mg/day', 'text': '0.5 to 1 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 1.0}, 'cap': None, 'capped': False, 'calculation': '0.5 to 1 mg/day: 0.5 to 1 mg/kg/day x 1 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='range__weight__minimum_1',
    ),
    # Body weight: maximum of the range, 400 kg
    pytest.param(
        {'category': 'immune_mediated', 'weight': 400.0, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 200.0, 'high': 400.0, 'unit': 'mg/day', 'text': '200 to 400 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 400.0}, 'cap': None, 'capped': False, 'calculation': '200 to 400 mg/day: 0.5 to 1 mg/kg/day x 400 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='range__weight__maximum_400',
    ),
    # Body weight: 72800 g, converted to kg
    pytest.param(
        {'category': 'immune_mediated', 'weight': {'value': 72800, 'unit': 'g'}, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='range__weight__in_g',
    ),
    # Body weight: a whole number, 73, given without a decimal point
    pytest.param(
        {'category': 'immune_mediated', 'weight': 73, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.5, 'high': 73.0, 'unit': 'mg/day', 'text': '36.5 to 73 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 73.0}, 'cap': None, 'capped': False, 'calculation': '36.5 to 73 mg/day: 0.5 to 1 mg/kg/day x 73 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='range__weight__given_as_whole_number',
    ),
    # Weeks since immunosuppressive treatment started: minimum of the range, 0 week
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 0, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'weeks_on_treatment < 4 weeks', {'response': 'adequate', 'weeks_on_treatment': 0}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='range__weeks_on_treatment__minimum_0',
    ),
    # Weeks since immunosuppressive treatment started: maximum of the range, 520 week
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 520, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 520}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='range__weeks_on_treatment__maximum_520',
    ),
    # Weeks since immunosuppressive treatment started: 947520 min, converted to week
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': {'value': 947520, 'unit': 'min'}, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 94}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='range__weeks_on_treatment__in_min',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), RANGE_CASES)
def test_range(patient: dict[str, object], expected: Expected) -> None:
    """The smallest and largest valid values, and other units."""
    _check(patient, expected)


MCDC_CASES = [
    # Is the disease refractory (inadequate response after 4-6 weeks)?: response is inadequate is yes and alone decides the outcome
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 97, 'response': 'inadequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'ivig_refractory', 'rituximab'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'refractory', {'response': 'inadequate', 'weeks_on_treatment': 97}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__refractory__mcdc_1_response_is_inadequate_yes',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: response is inadequate is no and alone decides the outcome
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 97, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 97}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__refractory__mcdc_1_response_is_inadequate_no',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: response is inadequate is unknown and is still evaluated
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 97, 'response': None},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'unknown', {'response': None, 'weeks_on_treatment': 97}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
            needs=('response',),
            complete=False,
            waiting=({'fact': 'response', 'question': 'Response to treatment so far', 'decisions': [{'id': 'refractory_treatment', 'question': 'Is the disease refractory (inadequate response after 4-6 weeks)?'}]},),
        ),
        id='refractory_treatment__refractory__mcdc_1_response_is_inadequate_unknown',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: weeks_on_treatment >= 4 weeks is yes and alone decides the outcome
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 97, 'response': 'inadequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'ivig_refractory', 'rituximab'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'refractory', {'response': 'inadequate', 'weeks_on_treatment': 97}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__refractory__mcdc_2_weeks_on_treatment_ge_4_weeks_yes',
    ),
    # Is the disease refractory (inadequate response after 4-6 weeks)?: weeks_on_treatment >= 4 weeks is no and alone decides the outcome
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 2, 'response': 'inadequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'weeks_on_treatment < 4 weeks', {'response': 'inadequate', 'weeks_on_treatment': 2}),
            ),
            doses={'prednisone': {'low': 36.4, 'high': 72.8, 'unit': 'mg/day', 'text': '36.4 to 72.8 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 72.8}, 'cap': None, 'capped': False, 'calculation': '36.4 to 72.8 mg/day: 0.5 to 1 mg/kg/day x 72.8 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='refractory_treatment__refractory__mcdc_2_weeks_on_treatment_ge_4_weeks_no',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), MCDC_CASES)
def test_mcdc(patient: dict[str, object], expected: Expected) -> None:
    """Each atomic condition shown alone to change a compound outcome."""
    _check(patient, expected)


EXAMPLE_CASES = [
    # 70 kg statin-exposed anti-HMGCR patient at diagnosis
    pytest.param(
        {'category': 'immune_mediated', 'weight': 70.0, 'anti_hmgcr': True, 'statin_associated': True, 'skin_disease': False, 'weeks_on_treatment': 0, 'response': None},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'stop_statin', 'statin_myopathy', 'ivig_early', 'maintenance'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'statin_associated', {'statin_associated': True}),
                ('hmgcr', 'anti_hmgcr', {'anti_hmgcr': True}),
                ('refractory_treatment', 'weeks_on_treatment < 4 weeks', {'response': None, 'weeks_on_treatment': 0}),
            ),
            doses={'prednisone': {'low': 35.0, 'high': 70.0, 'unit': 'mg/day', 'text': '35 to 70 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 70.0}, 'cap': None, 'capped': False, 'calculation': '35 to 70 mg/day: 0.5 to 1 mg/kg/day x 70 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='example__statin_hmgcr_at_diagnosis',
    ),
    # Non-immune-mediated necrotizing myopathy
    pytest.param(
        {'category': 'non_immune_mediated', 'weight': 80.0, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 0, 'response': None},
        Expected(
            recommendations=('not_covered',),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'not immune_mediated', {'category': 'non_immune_mediated'}),
            ),
        ),
        id='example__non_immune',
    ),
    # Anti-SRP (HMGCR-negative) patient of 58.6 kg at diagnosis
    pytest.param(
        {'category': 'immune_mediated', 'weight': 58.6, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 0, 'response': None},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'weeks_on_treatment < 4 weeks', {'response': None, 'weeks_on_treatment': 0}),
            ),
            doses={'prednisone': {'low': 29.3, 'high': 58.6, 'unit': 'mg/day', 'text': '29.3 to 58.6 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 58.6}, 'cap': None, 'capped': False, 'calculation': '29.3 to 58.6 mg/day: 0.5 to 1 mg/kg/day x 58.6 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='example__anti_srp_at_diagnosis',
    ),
    # Patient with skin and muscle disease, 3 weeks in
    pytest.param(
        {'category': 'immune_mediated', 'weight': 64.0, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': True, 'weeks_on_treatment': 3, 'response': 'inadequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'weeks_on_treatment < 4 weeks', {'response': 'inadequate', 'weeks_on_treatment': 3}),
            ),
            doses={'prednisone': {'low': 32.0, 'high': 64.0, 'unit': 'mg/day', 'text': '32 to 64 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 64.0}, 'cap': None, 'capped': False, 'calculation': '32 to 64 mg/day: 0.5 to 1 mg/kg/day x 64 kg'}},
            preferred={'second_agent': {'mycophenolate': True}},
        ),
        id='example__skin_disease_prefers_mycophenolate',
    ),
    # Inadequate response at exactly 4 weeks: refractory
    pytest.param(
        {'category': 'immune_mediated', 'weight': 90.0, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 4, 'response': 'inadequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'ivig_refractory', 'rituximab'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'refractory', {'response': 'inadequate', 'weeks_on_treatment': 4}),
            ),
            doses={'prednisone': {'low': 45.0, 'high': 90.0, 'unit': 'mg/day', 'text': '45 to 90 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 90.0}, 'cap': None, 'capped': False, 'calculation': '45 to 90 mg/day: 0.5 to 1 mg/kg/day x 90 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='example__refractory_at_4_weeks',
    ),
    # Adequate response at 12 weeks: no escalation
    pytest.param(
        {'category': 'immune_mediated', 'weight': 75.5, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 12, 'response': 'adequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'response is adequate', {'response': 'adequate', 'weeks_on_treatment': 12}),
            ),
            doses={'prednisone': {'low': 37.75, 'high': 75.5, 'unit': 'mg/day', 'text': '37.75 to 75.5 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 75.5}, 'cap': None, 'capped': False, 'calculation': '37.75 to 75.5 mg/day: 0.5 to 1 mg/kg/day x 75.5 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='example__adequate_response',
    ),
    # Refractory idiopathic (not statin-associated) anti-HMGCR disease at 8 weeks
    pytest.param(
        {'category': 'immune_mediated', 'weight': 52.0, 'anti_hmgcr': True, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 8, 'response': 'inadequate'},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'ivig_early', 'maintenance', 'ivig_refractory', 'rituximab'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'anti_hmgcr', {'anti_hmgcr': True}),
                ('refractory_treatment', 'refractory', {'response': 'inadequate', 'weeks_on_treatment': 8}),
            ),
            doses={'prednisone': {'low': 26.0, 'high': 52.0, 'unit': 'mg/day', 'text': '26 to 52 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 52.0}, 'cap': None, 'capped': False, 'calculation': '26 to 52 mg/day: 0.5 to 1 mg/kg/day x 52 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='example__refractory_hmgcr_idiopathic',
    ),
    # Response not yet assessed at 6 weeks: the pathway asks for it
    pytest.param(
        {'category': 'immune_mediated', 'weight': 70.0, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 6, 'response': None},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'unknown', {'response': None, 'weeks_on_treatment': 6}),
            ),
            doses={'prednisone': {'low': 35.0, 'high': 70.0, 'unit': 'mg/day', 'text': '35 to 70 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 70.0}, 'cap': None, 'capped': False, 'calculation': '35 to 70 mg/day: 0.5 to 1 mg/kg/day x 70 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
            needs=('response',),
            complete=False,
            waiting=({'fact': 'response', 'question': 'Response to treatment so far', 'decisions': [{'id': 'refractory_treatment', 'question': 'Is the disease refractory (inadequate response after 4-6 weeks)?'}]},),
        ),
        id='example__response_unknown_after_6_weeks',
    ),
    # Antibody result not yet back: the pathway asks for it
    pytest.param(
        {'category': 'immune_mediated', 'weight': 70.0, 'anti_hmgcr': None, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 0, 'response': None},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'unknown', {'anti_hmgcr': None}),
                ('refractory_treatment', 'weeks_on_treatment < 4 weeks', {'response': None, 'weeks_on_treatment': 0}),
            ),
            doses={'prednisone': {'low': 35.0, 'high': 70.0, 'unit': 'mg/day', 'text': '35 to 70 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 70.0}, 'cap': None, 'capped': False, 'calculation': '35 to 70 mg/day: 0.5 to 1 mg/kg/day x 70 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
            needs=('anti_hmgcr',),
            complete=False,
            waiting=({'fact': 'anti_hmgcr', 'question': 'Anti-HMGCR antibodies detected', 'decisions': [{'id': 'hmgcr', 'question': 'Anti-HMGCR antibodies (specific considerations for HMGCR-positive IMNM)'}]},),
        ),
        id='example__antibody_unknown',
    ),
    # Anti-HMGCR positive, statin history not yet taken
    pytest.param(
        {'category': 'immune_mediated', 'weight': 70.0, 'anti_hmgcr': True, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 0, 'response': None},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular', 'ivig_early', 'maintenance'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'unknown', {'statin_associated': None}),
                ('hmgcr', 'anti_hmgcr', {'anti_hmgcr': True}),
                ('refractory_treatment', 'weeks_on_treatment < 4 weeks', {'response': None, 'weeks_on_treatment': 0}),
            ),
            doses={'prednisone': {'low': 35.0, 'high': 70.0, 'unit': 'mg/day', 'text': '35 to 70 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 70.0}, 'cap': None, 'capped': False, 'calculation': '35 to 70 mg/day: 0.5 to 1 mg/kg/day x 70 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
            needs=('statin_associated',),
            complete=False,
            waiting=({'fact': 'statin_associated', 'question': 'Is the myopathy statin-associated?', 'decisions': [{'id': 'statin', 'question': 'Is the myopathy statin-associated?'}]},),
        ),
        id='example__statin_unknown',
    ),
    # Dose at the top of the weight range (150.5 kg)
    pytest.param(
        {'category': 'immune_mediated', 'weight': 150.5, 'anti_hmgcr': False, 'statin_associated': False, 'skin_disease': False, 'weeks_on_treatment': 0, 'response': None},
        Expected(
            recommendations=('prednisone', 'monotherapy_insufficient', 'second_agent', 'strength', 'serial_ck', 'function', 'steroid_taper', 'damage_index', 'physical_therapy', 'physiatrist', 'exercise', 'pain', 'aspiration', 'cardiac', 'respiratory', 'side_effects', 'neuromuscular'),
            path=(
                ('classification', 'applies to everyone', {}),
                ('scope_check', 'otherwise', {'category': 'immune_mediated'}),
                ('first_line', 'applies to everyone', {}),
                ('combination', 'applies to everyone', {}),
                ('monitoring', 'applies to everyone', {}),
                ('predictors', 'applies to everyone', {}),
                ('supportive_care', 'applies to everyone', {}),
                ('complications', 'applies to everyone', {}),
                ('caution', 'applies to everyone', {}),
                ('statin', 'otherwise', {'statin_associated': False}),
                ('hmgcr', 'otherwise', {'anti_hmgcr': False}),
                ('refractory_treatment', 'weeks_on_treatment < 4 weeks', {'response': None, 'weeks_on_treatment': 0}),
            ),
            doses={'prednisone': {'low': 75.25, 'high': 150.5, 'unit': 'mg/day', 'text': '75.25 to 150.5 mg/day', 'rule': '0.5 to 1 mg/kg/day * weight', 'facts': {'weight': 150.5}, 'cap': None, 'capped': False, 'calculation': '75.25 to 150.5 mg/day: 0.5 to 1 mg/kg/day x 150.5 kg'}},
            preferred={'second_agent': {'mycophenolate': False}},
        ),
        id='example__heavy_patient_dose',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), EXAMPLE_CASES)
def test_example(patient: dict[str, object], expected: Expected) -> None:
    """The guideline's authored examples."""
    _check(patient, expected)


REJECT_CASES = [
    # Category of necrotizing myopathy: missing
    pytest.param(
        {'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('category', 'is required but missing')],
        id='reject__category__missing',
    ),
    # Category of necrotizing myopathy: the choice 'other', which is not listed
    pytest.param(
        {'category': 'other', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('category', "expected one of immune_mediated, non_immune_mediated, got 'other'")],
        id='reject__category__unknown_choice',
    ),
    # Category of necrotizing myopathy: a number instead of a choice
    pytest.param(
        {'category': 1, 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('category', 'expected one of immune_mediated, non_immune_mediated, got 1')],
        id='reject__category__wrong_type',
    ),
    # Body weight: missing
    pytest.param(
        {'category': 'immune_mediated', 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('weight', 'is required but missing')],
        id='reject__weight__missing',
    ),
    # Body weight: NaN
    pytest.param(
        {'category': 'immune_mediated', 'weight': math.nan, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('weight', 'must be a finite number')],
        id='reject__weight__nan',
    ),
    # Body weight: infinity
    pytest.param(
        {'category': 'immune_mediated', 'weight': math.inf, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('weight', 'must be a finite number')],
        id='reject__weight__infinite',
    ),
    # Body weight: 2**1024, an integer too large for a float
    pytest.param(
        {'category': 'immune_mediated', 'weight': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('weight', 'must be a finite number')],
        id='reject__weight__too_large',
    ),
    # Body weight: a number written as text
    pytest.param(
        {'category': 'immune_mediated', 'weight': '1', 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('weight', 'expected a number, got str')],
        id='reject__weight__wrong_type',
    ),
    # Body weight: true instead of a number
    pytest.param(
        {'category': 'immune_mediated', 'weight': True, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('weight', 'expected a number, got bool')],
        id='reject__weight__yes_instead_of_number',
    ),
    # Body weight: 0.9, below the range
    pytest.param(
        {'category': 'immune_mediated', 'weight': 0.9, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('weight', '0.9 kg is outside the plausible range 1 to 400 kg')],
        id='reject__weight__below_range',
    ),
    # Body weight: 400.1, above the range
    pytest.param(
        {'category': 'immune_mediated', 'weight': 400.1, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('weight', '400.1 kg is outside the plausible range 1 to 400 kg')],
        id='reject__weight__above_range',
    ),
    # Body weight: -0.0, below the range
    pytest.param(
        {'category': 'immune_mediated', 'weight': -0.0, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('weight', '0 kg is outside the plausible range 1 to 400 kg')],
        id='reject__weight__negative_zero',
    ),
    # Body weight: a value without its unit
    pytest.param(
        {'category': 'immune_mediated', 'weight': {'value': 1.0}, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('weight', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__weight__unit_missing',
    ),
    # Body weight: a value in furlong
    pytest.param(
        {'category': 'immune_mediated', 'weight': {'value': 1.0, 'unit': 'furlong'}, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('weight', "expected a value in kg, got 'furlong'")],
        id='reject__weight__unit_unknown',
    ),
    # Body weight: a value that is text
    pytest.param(
        {'category': 'immune_mediated', 'weight': {'value': 'x', 'unit': 'kg'}, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('weight', 'expected a number, got str')],
        id='reject__weight__value_not_number',
    ),
    # Anti-HMGCR antibodies detected: the text 'yes' instead of true
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': 'yes', 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('anti_hmgcr', 'expected yes or no (true or false)')],
        id='reject__anti_hmgcr__wrong_type',
    ),
    # Is the myopathy statin-associated?: the text 'yes' instead of true
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': 'yes', 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('statin_associated', 'expected yes or no (true or false)')],
        id='reject__statin_associated__wrong_type',
    ),
    # Skin disease as well as muscle disease: missing
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'weeks_on_treatment': 94, 'response': None},
        [('skin_disease', 'is required but missing')],
        id='reject__skin_disease__missing',
    ),
    # Skin disease as well as muscle disease: the text 'yes' instead of true
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': 'yes', 'weeks_on_treatment': 94, 'response': None},
        [('skin_disease', 'expected yes or no (true or false)')],
        id='reject__skin_disease__wrong_type',
    ),
    # Weeks since immunosuppressive treatment started: missing
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'response': None},
        [('weeks_on_treatment', 'is required but missing')],
        id='reject__weeks_on_treatment__missing',
    ),
    # Weeks since immunosuppressive treatment started: NaN
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': math.nan, 'response': None},
        [('weeks_on_treatment', 'must be a finite number')],
        id='reject__weeks_on_treatment__nan',
    ),
    # Weeks since immunosuppressive treatment started: infinity
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': math.inf, 'response': None},
        [('weeks_on_treatment', 'must be a finite number')],
        id='reject__weeks_on_treatment__infinite',
    ),
    # Weeks since immunosuppressive treatment started: 2**1024, an integer too large for a float
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'response': None},
        [('weeks_on_treatment', 'must be a finite number')],
        id='reject__weeks_on_treatment__too_large',
    ),
    # Weeks since immunosuppressive treatment started: a number written as text
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': '0', 'response': None},
        [('weeks_on_treatment', 'expected a number, got str')],
        id='reject__weeks_on_treatment__wrong_type',
    ),
    # Weeks since immunosuppressive treatment started: true instead of a number
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': True, 'response': None},
        [('weeks_on_treatment', 'expected a number, got bool')],
        id='reject__weeks_on_treatment__yes_instead_of_number',
    ),
    # Weeks since immunosuppressive treatment started: -1, below the range
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': -1, 'response': None},
        [('weeks_on_treatment', '-1 week is outside the plausible range 0 to 520 week')],
        id='reject__weeks_on_treatment__below_range',
    ),
    # Weeks since immunosuppressive treatment started: 521, above the range
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 521, 'response': None},
        [('weeks_on_treatment', '521 week is outside the plausible range 0 to 520 week')],
        id='reject__weeks_on_treatment__above_range',
    ),
    # Weeks since immunosuppressive treatment started: 0.5, not a whole number
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 0.5, 'response': None},
        [('weeks_on_treatment', 'must be a whole number')],
        id='reject__weeks_on_treatment__not_whole',
    ),
    # Weeks since immunosuppressive treatment started: a value without its unit
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': {'value': 0}, 'response': None},
        [('weeks_on_treatment', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__weeks_on_treatment__unit_missing',
    ),
    # Weeks since immunosuppressive treatment started: a value in furlong
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': {'value': 0, 'unit': 'furlong'}, 'response': None},
        [('weeks_on_treatment', "expected a value in week, got 'furlong'")],
        id='reject__weeks_on_treatment__unit_unknown',
    ),
    # Weeks since immunosuppressive treatment started: a value that is text
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': {'value': 'x', 'unit': 'week'}, 'response': None},
        [('weeks_on_treatment', 'expected a number, got str')],
        id='reject__weeks_on_treatment__value_not_number',
    ),
    # Response to treatment so far: the choice 'other', which is not listed
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 'other'},
        [('response', "expected one of adequate, inadequate, got 'other'")],
        id='reject__response__unknown_choice',
    ),
    # Response to treatment so far: a number instead of a choice
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': 1},
        [('response', 'expected one of adequate, inadequate, got 1')],
        id='reject__response__wrong_type',
    ),
    # Two bad facts at once (category and weight): both are named
    pytest.param(
        {'category': 'other', 'weight': math.nan, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('category', "expected one of immune_mediated, non_immune_mediated, got 'other'"), ('weight', 'must be a finite number')],
        id='reject__two_facts',
    ),
    # A fact the guideline does not have (categorys)
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None, 'categorys': 'immune_mediated'},
        [('categorys', 'is not a fact of this guideline (did you mean category?)')],
        id='reject__unknown_fact',
    ),
    # A misspelt fact name (categoyr for category)
    pytest.param(
        {'categoyr': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None},
        [('categoyr', 'is not a fact of this guideline (did you mean category?)'), ('category', 'is required but missing')],
        id='reject__misspelt_fact',
    ),
    # A fact the guideline does not have, unlike any of its facts (zz)
    pytest.param(
        {'category': 'immune_mediated', 'weight': 72.8, 'anti_hmgcr': None, 'statin_associated': None, 'skin_disease': False, 'weeks_on_treatment': 94, 'response': None, 'zz': True},
        [('zz', 'is not a fact of this guideline')],
        id='reject__unknown_fact_unlike_any',
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

