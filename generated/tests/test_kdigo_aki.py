"""Generated tests for guideline kdigo_aki: Acute kidney injury: KDIGO definition, staging and stage-based management.

Generated from guidelines/kdigo_aki.guideline by `guideline build`; do not edit. Each case
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

from generated import kdigo_aki as MODULE

GUIDELINE = 'kdigo_aki'
VERSION = '0.1.0'
SOURCE_HASH = 'bcd521df0a1e65c2acd306f6a1505becb0089fdceb4ab2a88db685e69951d5bb'

RECOMMENDATIONS: dict[str, dict[str, object]] = {
    'aki_manage': {'kind': 'advise', 'text': 'Acute kidney injury (KDIGO definition): manage it according to the stage and the cause', 'strength': 'not_graded', 'citations': ['kdigo2012', 'khwaja2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Recommendation 2.3.3; the stage is given below. Every patient with AKI is at least stage 1.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'A summary of the same guideline.', 'bullets': [], 'on': 'reference', 'name': 'khwaja2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'nephrotoxic_agents': {'kind': 'stop', 'text': 'Discontinue all nephrotoxic agents when possible', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'Graded statements elsewhere in the guideline give content to some of these actions:', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'volume_perfusion': {'kind': 'advise', 'text': 'Ensure volume status and perfusion pressure', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'Graded statements elsewhere in the guideline give content to some of these actions:', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'haemodynamic_monitoring': {'kind': 'consider', 'text': 'Consider functional haemodynamic monitoring', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'Graded statements elsewhere in the guideline give content to some of these actions:', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'creatinine_urine': {'kind': 'monitor', 'text': 'Monitor serum creatinine and urine output', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'Graded statements elsewhere in the guideline give content to some of these actions:', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'avoid_hyperglycaemia': {'kind': 'advise', 'text': 'Avoid hyperglycaemia', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'Graded statements elsewhere in the guideline give content to some of these actions:', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'radiocontrast_alternatives': {'kind': 'consider', 'text': 'Consider alternatives to radiocontrast procedures', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'Graded statements elsewhere in the guideline give content to some of these actions:', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'glucose_target': {'kind': 'advise', 'text': 'In critically ill patients, insulin therapy targeting plasma glucose 110-149 mg/dL (6.1-8.3 mmol/L)', 'strength': 'grade_2c', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'KDIGO 3.3.1.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'Graded statements elsewhere in the guideline give content to some of these actions:', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'crystalloids': {'kind': 'advise', 'text': 'Without haemorrhagic shock, isotonic crystalloids rather than colloids (albumin or starches) for initial volume expansion', 'strength': 'grade_2b', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'KDIGO 3.1.1.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'Graded statements elsewhere in the guideline give content to some of these actions:', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'no_diuretics_prevention': {'kind': 'caution', 'text': 'Do not use diuretics to prevent AKI', 'strength': 'grade_1b', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'KDIGO 3.4.1.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'Graded statements elsewhere in the guideline give content to some of these actions:', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'no_diuretics_treatment': {'kind': 'caution', 'text': 'Do not use diuretics to treat AKI, except in the management of volume overload', 'strength': 'grade_2c', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'KDIGO 3.4.2.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'Graded statements elsewhere in the guideline give content to some of these actions:', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'emergent_rrt': {'kind': 'advise', 'text': 'Start renal replacement therapy emergently when life-threatening changes in fluid, electrolyte or acid-base balance exist', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'KDIGO 5.1.1.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'gap', 'text': 'The text ties this statement to no stage; it is given at every stage of AKI.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The actions of KDIGO Figure 4, whose columns are "high risk", stage 1, 2 and 3. Its legend says solid shading marks an action equally appropriate at every stage and graded shading marks priority rising with severity.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'Figure 4 gives these actions to patients at high risk of AKI as well; the text lists no input for high risk and does not define it, so they are given here to patients with AKI only.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'gap', 'text': 'The shading of Figure 4 (priority rising with severity) has no words or numbers to encode; no priority is shown.', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'Graded statements elsewhere in the guideline give content to some of these actions:', 'bullets': [], 'on': 'section', 'name': 'every_stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'noninvasive_workup': {'kind': 'assess', 'text': 'Non-invasive diagnostic work-up', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'invasive_workup': {'kind': 'consider', 'text': 'Consider invasive diagnostic work-up', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'drug_dosing': {'kind': 'assess', 'text': 'Check for changes in drug dosing', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", 'bullets': [], 'on': 'definition', 'name': 'stage_2_or_3'}, {'kind': 'note', 'text': 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', 'bullets': [], 'on': 'definition', 'name': 'stage_2'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'rrt': {'kind': 'consider', 'text': 'Consider renal replacement therapy', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", 'bullets': [], 'on': 'definition', 'name': 'stage_2_or_3'}, {'kind': 'note', 'text': 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', 'bullets': [], 'on': 'definition', 'name': 'stage_2'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'icu': {'kind': 'consider', 'text': 'Consider ICU admission', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", 'bullets': [], 'on': 'definition', 'name': 'stage_2_or_3'}, {'kind': 'note', 'text': 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', 'bullets': [], 'on': 'definition', 'name': 'stage_2'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'aki_stage_3': {'kind': 'advise', 'text': 'AKI stage 3 (KDIGO)', 'strength': 'not_graded', 'citations': ['kdigo2012', 'khwaja2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", 'bullets': [], 'on': 'definition', 'name': 'stage_2_or_3'}, {'kind': 'note', 'text': 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', 'bullets': [], 'on': 'definition', 'name': 'stage_2'}, {'kind': 'note', 'text': 'Creatinine 3.0 times baseline or more; or an increase in creatinine to 4.0 mg/dL (353.6 umol/L) or more; or initiation of renal replacement therapy; or, in patients under 18 years, a fall in eGFR to below 35 mL/min/1.73 m2; or urine output below 0.3 mL/kg/h for 24 hours or more; or anuria for 12 hours or more.', 'bullets': [], 'on': 'definition', 'name': 'stage_3'}, {'kind': 'gap', 'text': 'Some secondary summaries add conditions to the 4.0 mg/dL criterion; the text follows Table 2 as printed, with rule 3 (a creatinine of 4.0 mg/dL or more gives stage 3 only in a patient who meets the definition of AKI), and so does this guideline.', 'bullets': [], 'on': 'definition', 'name': 'stage_3'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'A summary of the same guideline.', 'bullets': [], 'on': 'reference', 'name': 'khwaja2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'subclavian': {'kind': 'caution', 'text': 'Avoid subclavian catheters if possible', 'strength': 'not_graded', 'citations': ['kdigo2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", 'bullets': [], 'on': 'definition', 'name': 'stage_2_or_3'}, {'kind': 'note', 'text': 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', 'bullets': [], 'on': 'definition', 'name': 'stage_2'}, {'kind': 'note', 'text': 'Creatinine 3.0 times baseline or more; or an increase in creatinine to 4.0 mg/dL (353.6 umol/L) or more; or initiation of renal replacement therapy; or, in patients under 18 years, a fall in eGFR to below 35 mL/min/1.73 m2; or urine output below 0.3 mL/kg/h for 24 hours or more; or anuria for 12 hours or more.', 'bullets': [], 'on': 'definition', 'name': 'stage_3'}, {'kind': 'gap', 'text': 'Some secondary summaries add conditions to the 4.0 mg/dL criterion; the text follows Table 2 as printed, with rule 3 (a creatinine of 4.0 mg/dL or more gives stage 3 only in a patient who meets the definition of AKI), and so does this guideline.', 'bullets': [], 'on': 'definition', 'name': 'stage_3'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'aki_stage_2': {'kind': 'advise', 'text': 'AKI stage 2 (KDIGO)', 'strength': 'not_graded', 'citations': ['kdigo2012', 'khwaja2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", 'bullets': [], 'on': 'definition', 'name': 'stage_2_or_3'}, {'kind': 'note', 'text': 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', 'bullets': [], 'on': 'definition', 'name': 'stage_2'}, {'kind': 'note', 'text': 'Creatinine 3.0 times baseline or more; or an increase in creatinine to 4.0 mg/dL (353.6 umol/L) or more; or initiation of renal replacement therapy; or, in patients under 18 years, a fall in eGFR to below 35 mL/min/1.73 m2; or urine output below 0.3 mL/kg/h for 24 hours or more; or anuria for 12 hours or more.', 'bullets': [], 'on': 'definition', 'name': 'stage_3'}, {'kind': 'gap', 'text': 'Some secondary summaries add conditions to the 4.0 mg/dL criterion; the text follows Table 2 as printed, with rule 3 (a creatinine of 4.0 mg/dL or more gives stage 3 only in a patient who meets the definition of AKI), and so does this guideline.', 'bullets': [], 'on': 'definition', 'name': 'stage_3'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'A summary of the same guideline.', 'bullets': [], 'on': 'reference', 'name': 'khwaja2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
    'aki_stage_1': {'kind': 'advise', 'text': 'AKI stage 1 (KDIGO)', 'strength': 'not_graded', 'citations': ['kdigo2012', 'khwaja2012'], 'expert_opinion': False, 'route': None, 'frequency': None, 'duration': None, 'every': None, 'target': None, 'rationale': None, 'time_to_effect': None, 'drug': None, 'review': None, 'rechecks': [], 'notes': [{'kind': 'note', 'text': 'Stage 1: creatinine 1.5-1.9 times baseline, or a rise of 0.3 mg/dL (26.5 umol/L) or more; or urine output below 0.5 mL/kg/h for 6-12 hours.', 'bullets': [], 'on': 'recommendation', 'name': ''}, {'kind': 'note', 'text': 'AKI is present if any one of these holds: serum creatinine rises by 0.3 mg/dL (26.5 umol/L) or more within 48 hours; or serum creatinine reaches 1.5 times baseline or more, the rise known or presumed to have happened within the prior 7 days; or urine output is below 0.5 mL/kg/h for 6 hours.', 'bullets': [], 'on': 'decision', 'name': 'aki_present'}, {'kind': 'note', 'text': 'The patient takes the highest stage reached by either the creatinine criteria or the urine-output criteria.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'The printed creatinine bands (1.5-1.9, 2.0-2.9, 3.0 or more times baseline) leave ratios such as 1.95 or 2.95 unassigned; this guideline reads them as [1.5, 2.0), [2.0, 3.0) and 3.0 or more, which is an interpretation, not the text.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Urine output below 0.5 mL/kg/h for "6-12 hours" (stage 1) and "12 hours or more" (stage 2) both contain exactly 12 hours; the highest stage is taken, so exactly 12 hours is stage 2 here.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'gap', 'text': 'Table 2, as the text gives it, does not repeat the 7-day window of the definition for the creatinine ratio; once AKI is present, the stage uses the ratio to baseline whatever its timing.', 'bullets': [], 'on': 'decision', 'name': 'stage'}, {'kind': 'note', 'text': 'The text prints the threshold as 0.3 mg/dL (26.5 umol/L); through the declared factor 0.3 mg/dL is exactly 26.52 umol/L (see the gap on canonical units).', 'bullets': [], 'on': 'definition', 'name': 'rise_criterion'}, {'kind': 'note', 'text': 'Plausible range from the text: 0-15 mg/dL, which is 0-1326 umol/L.', 'bullets': [], 'on': 'input', 'name': 'scr_rise_48h'}, {'kind': 'note', 'text': 'Plausible range from the text: 9-1770 umol/L (0.1-20 mg/dL).', 'bullets': [], 'on': 'input', 'name': 'scr_current'}, {'kind': 'gap', 'text': 'When the baseline is unknown, KDIGO (chapter 2.4) discusses ways to estimate it; the text gives no method, so the guideline asks for the baseline wherever it could change the outcome, and estimates nothing.', 'bullets': [], 'on': 'input', 'name': 'scr_baseline'}, {'kind': 'note', 'text': 'No urine output is an output below 0.5 mL/kg/h, so anuria for 6 hours or more meets this criterion as well.', 'bullets': [], 'on': 'definition', 'name': 'low_urine_6h'}, {'kind': 'gap', 'text': 'KDIGO leaves open whether the rate is an average over the window or must hold in every hour; the guideline compares the rate given for the period.', 'bullets': [], 'on': 'input', 'name': 'uo_hours'}, {'kind': 'note', 'text': "The text takes urine output in mL/kg/h (0-10) and the body weight to turn mL/h into mL/kg/h; the range in mL/h is the text's 10 mL/kg/h at its heaviest weight, 300 kg.", 'bullets': [], 'on': 'input', 'name': 'urine_output'}, {'kind': 'gap', 'text': '"mL/kg/h" names no body weight (measured, ideal or adjusted); the guideline divides by the weight entered here and shows it with the result.', 'bullets': [], 'on': 'input', 'name': 'weight'}, {'kind': 'note', 'text': "Stage 3's creatinine of 3.0 times baseline or more, and its urine output below 0.3 mL/kg/h for 24 hours or more, meet the stage 2 criteria as well, so they are not repeated here.", 'bullets': [], 'on': 'definition', 'name': 'stage_2_or_3'}, {'kind': 'note', 'text': 'Creatinine 2.0-2.9 times baseline; or urine output below 0.5 mL/kg/h for 12 hours or more.', 'bullets': [], 'on': 'definition', 'name': 'stage_2'}, {'kind': 'note', 'text': 'Recommendation 2.1.1 (definition); 2.1.2 and Table 2 (staging); 2.3.3 and Figure 4 (stage-based management); chapters 3 and 5 (the graded statements of rule 5).', 'bullets': [], 'on': 'reference', 'name': 'kdigo2012'}, {'kind': 'note', 'text': 'A summary of the same guideline.', 'bullets': [], 'on': 'reference', 'name': 'khwaja2012'}, {'kind': 'note', 'text': 'KDIGO grades with a level and a letter: level 1 "we recommend", level 2 "we suggest"; evidence quality A (high), B (moderate), C (low), D (very low). "Not Graded" marks statements of definition or common sense. The definition, the staging and Figure 4 are Not Graded; the statements of rule 5 carry their own grades.', 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'note', 'text': "Serum creatinine is held in umol/L and may be given in either unit: the creatinine inputs declare the text's factor, 1 mg/dL = 88.4 umol/L, so a value in mg/dL and every creatinine threshold, written in mg/dL as the text gives them, convert exactly: 0.3 mg/dL is 26.52 umol/L and 4.0 mg/dL is 353.6 umol/L.", 'bullets': [], 'on': 'guideline', 'name': ''}, {'kind': 'gap', 'text': 'The umol/L figures printed in the text are rounded: 0.3 mg/dL x 88.4 = 26.52 umol/L, and 26.5 umol/L / 88.4 = 0.2998 mg/dL, so a rise of exactly 26.5 umol/L passes one printed threshold and fails the other. The text asks an encoding to choose one unit as canonical: this guideline takes the mg/dL thresholds as canonical and writes them in mg/dL (4.0 mg/dL x 88.4 = 353.6 umol/L is exact), so a rise of exactly 26.5 umol/L is below the threshold here.', 'bullets': [], 'on': 'guideline', 'name': ''}]},
}

OPTIONS: dict[str, tuple[tuple[str, str], ...]] = {
}

QUESTIONS: dict[str, str] = {
    'aki_present': 'Is acute kidney injury present (KDIGO 2.1.1)?',
    'every_stage': 'Actions at every stage',
    'stage_1_and_above': 'Stage 1 and above, in addition',
    'stage': 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?',
    'stage_2_and_above': 'Stage 2 and above, in addition',
    'stage_3_check': 'Stage 3?',
}

PLAIN: dict[str, tuple[type, ...]] = {
    'scr_current': (int, float, type(None)),
    'scr_baseline': (int, float, type(None)),
    'baseline_within_7_days': (bool, type(None)),
    'scr_rise_48h': (int, float, type(None)),
    'urine_output': (int, float, type(None)),
    'uo_hours': (int, float, type(None)),
    'anuria_hours': (int, float, type(None)),
    'rrt_started': (bool,),
    'age': (int,),
    'egfr': (int, float, type(None)),
    'weight': (int, float, type(None)),
}
REQUIRED: frozenset[str] = frozenset(['age', 'rrt_started'])


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
    # Is acute kidney injury present (KDIGO 2.1.1)?: aki
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='aki_present__aki',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: stage_2_or_3
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='stage__stage_2_or_3',
    ),
    # Stage 3?: stage_3
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='stage_3_check__stage_3',
    ),
    # Stage 3?: otherwise
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 22.8, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__otherwise',
    ),
    # Stage 3?: unknown
    pytest.param(
        {'scr_current': 78.41, 'scr_baseline': 28.49, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 32.64, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': None},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 78.41, 'scr_baseline': 28.49, 'baseline_within_7_days': False, 'uo_hours': 32.64, 'urine_output': 540.01, 'weight': None, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 78.41, 'scr_baseline': 28.49, 'uo_hours': 32.64, 'urine_output': 540.01, 'weight': None, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'unknown', {'scr_current': 78.41, 'scr_baseline': 28.49, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 32.64, 'urine_output': 540.01, 'weight': None, 'anuria_hours': 2.16}),
            ),
            needs=('weight',),
            complete=False,
            waiting=({'fact': 'weight', 'question': 'Body weight, to turn the urine output into mL/kg/h', 'decisions': [{'id': 'stage_3_check', 'question': 'Stage 3?'}]},),
        ),
        id='stage_3_check__unknown',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: otherwise
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__otherwise',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: unknown
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 22.8, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': None},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 540.01, 'weight': None, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'unknown', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 22.8, 'urine_output': 540.01, 'weight': None, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
            needs=('weight',),
            complete=False,
            waiting=({'fact': 'weight', 'question': 'Body weight, to turn the urine output into mL/kg/h', 'decisions': [{'id': 'stage', 'question': 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?'}]},),
        ),
        id='stage__unknown',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: otherwise
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__otherwise',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: unknown
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 17.88, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': None},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'unknown', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 17.88, 'urine_output': 540.01, 'weight': None, 'anuria_hours': 1.08}),
            ),
            needs=('weight',),
            complete=False,
            waiting=({'fact': 'weight', 'question': 'Body weight, to turn the urine output into mL/kg/h', 'decisions': [{'id': 'aki_present', 'question': 'Is acute kidney injury present (KDIGO 2.1.1)?'}]},),
        ),
        id='aki_present__unknown',
    ),
    # Has renal replacement therapy been begun during this episode?: missing, and this path does not read it
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='missing__rrt_started__not_read',
    ),
    # Age: missing, and this path does not read it
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
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
    # Is acute kidney injury present (KDIGO 2.1.1)?: scr_rise_48h >= 0.3 mg/dL; below the threshold (scr_rise_48h = 26.51)
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 26.51, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 26.51, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__scr_rise_48h_ge_0p3_mg_per_dl__below_26p51',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: scr_rise_48h >= 0.3 mg/dL; at the threshold (scr_rise_48h = 26.52)
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 26.52, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 26.52, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__scr_rise_48h_ge_0p3_mg_per_dl__at_26p52',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: scr_rise_48h >= 0.3 mg/dL; above the threshold (scr_rise_48h = 26.53)
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 26.53, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 26.53, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__scr_rise_48h_ge_0p3_mg_per_dl__above_26p53',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: ratio >= 1.5; below the threshold (scr_current + scr_baseline = 1.499977)
    pytest.param(
        {'scr_current': 329.68, 'scr_baseline': 219.79, 'baseline_within_7_days': True, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 329.68, 'scr_baseline': 219.79, 'baseline_within_7_days': True, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__ratio_ge_1p5__below_1p499977',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: ratio >= 1.5; at the threshold (scr_current + scr_baseline = 1.5)
    pytest.param(
        {'scr_current': 329.67, 'scr_baseline': 219.78, 'baseline_within_7_days': True, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 329.67, 'scr_baseline': 219.78, 'baseline_within_7_days': True, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 329.67, 'scr_baseline': 219.78, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__ratio_ge_1p5__at_1p5',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: ratio >= 1.5; above the threshold (scr_current + scr_baseline = 1.500023)
    pytest.param(
        {'scr_current': 329.69, 'scr_baseline': 219.79, 'baseline_within_7_days': True, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 329.69, 'scr_baseline': 219.79, 'baseline_within_7_days': True, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 329.69, 'scr_baseline': 219.79, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__ratio_ge_1p5__above_1p500023',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: uo_hours >= 6 hours; below the threshold (uo_hours = 5.99)
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 27.01, 'uo_hours': 5.99, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 5.99, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__uo_hours_ge_6_hours__below_5p99',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: uo_hours >= 6 hours; at the threshold (uo_hours = 6)
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 27.01, 'uo_hours': 6.0, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 6.0, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 6.0, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__uo_hours_ge_6_hours__at_6',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: uo_hours >= 6 hours; above the threshold (uo_hours = 6.01)
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 27.01, 'uo_hours': 6.01, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 6.01, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 6.01, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__uo_hours_ge_6_hours__above_6p01',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: uo_rate < 0.5 mL/kg/h; below the threshold (urine_output + weight = 0.49982)
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 27.79, 'uo_hours': 17.88, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 17.88, 'urine_output': 27.79, 'weight': 55.6, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 17.88, 'urine_output': 27.79, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 17.88, 'urine_output': 27.79, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__uo_rate_lt_0p5_ml_per_kg_per_h__below_0p49982',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: uo_rate < 0.5 mL/kg/h; at the threshold (urine_output + weight = 0.5)
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 27.8, 'uo_hours': 17.88, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 17.88, 'urine_output': 27.8, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__uo_rate_lt_0p5_ml_per_kg_per_h__at_0p5',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: uo_rate < 0.5 mL/kg/h; above the threshold (urine_output + weight = 0.50018)
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 27.81, 'uo_hours': 17.88, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 17.88, 'urine_output': 27.81, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__uo_rate_lt_0p5_ml_per_kg_per_h__above_0p50018',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: anuria_hours >= 6 hours; below the threshold (anuria_hours = 5.99)
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 5.99, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 5.99}),
            ),
        ),
        id='aki_present__aki__anuria_hours_ge_6_hours__below_5p99',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: anuria_hours >= 6 hours; at the threshold (anuria_hours = 6)
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 6.0, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 6.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 6.0}),
            ),
        ),
        id='aki_present__aki__anuria_hours_ge_6_hours__at_6',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: anuria_hours >= 6 hours; above the threshold (anuria_hours = 6.01)
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 6.01, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 6.01}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 6.01}),
            ),
        ),
        id='aki_present__aki__anuria_hours_ge_6_hours__above_6p01',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: ratio >= 2; below the threshold (scr_current + scr_baseline = 1.999745)
    pytest.param(
        {'scr_current': 78.41, 'scr_baseline': 39.21, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 78.41, 'scr_baseline': 39.21, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 78.41, 'scr_baseline': 39.21, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__ratio_ge_2__below_1p999745',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: ratio >= 2; at the threshold (scr_current + scr_baseline = 2)
    pytest.param(
        {'scr_current': 78.42, 'scr_baseline': 39.21, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 78.42, 'scr_baseline': 39.21, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 78.42, 'scr_baseline': 39.21, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 78.42, 'scr_baseline': 39.21, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__ratio_ge_2__at_2',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: ratio >= 2; above the threshold (scr_current + scr_baseline = 2.000255)
    pytest.param(
        {'scr_current': 78.41, 'scr_baseline': 39.2, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 78.41, 'scr_baseline': 39.2, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 78.41, 'scr_baseline': 39.2, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 78.41, 'scr_baseline': 39.2, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__ratio_ge_2__above_2p000255',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: uo_hours >= 12 hours; below the threshold (uo_hours = 11.99)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 11.99, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 11.99, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 11.99, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__uo_hours_ge_12_hours__below_11p99',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: uo_hours >= 12 hours; at the threshold (uo_hours = 12)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 12.0, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.0, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.0, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.0, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__uo_hours_ge_12_hours__at_12',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: uo_hours >= 12 hours; above the threshold (uo_hours = 12.01)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 12.01, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.01, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.01, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.01, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__uo_hours_ge_12_hours__above_12p01',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: uo_rate < 0.5 mL/kg/h; below the threshold (urine_output + weight = 0.49982)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.79, 'uo_hours': 22.8, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.79, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 22.8, 'urine_output': 27.79, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 22.8, 'urine_output': 27.79, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__uo_rate_lt_0p5_ml_per_kg_per_h__below_0p49982',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: uo_rate < 0.5 mL/kg/h; at the threshold (urine_output + weight = 0.5)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.8, 'uo_hours': 22.8, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.8, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 22.8, 'urine_output': 27.8, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__uo_rate_lt_0p5_ml_per_kg_per_h__at_0p5',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: uo_rate < 0.5 mL/kg/h; above the threshold (urine_output + weight = 0.50018)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.81, 'uo_hours': 22.8, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.81, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 22.8, 'urine_output': 27.81, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__uo_rate_lt_0p5_ml_per_kg_per_h__above_0p50018',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: scr_current >= 4.0 mg/dL; below the threshold (scr_current = 353.59)
    pytest.param(
        {'scr_current': 353.59, 'scr_baseline': 463.58, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 353.59, 'scr_baseline': 463.58, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 353.59, 'scr_baseline': 463.58, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__scr_current_ge_4p0_mg_per_dl__below_353p59',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: scr_current >= 4.0 mg/dL; at the threshold (scr_current = 353.6)
    pytest.param(
        {'scr_current': 353.6, 'scr_baseline': 463.58, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 353.6, 'scr_baseline': 463.58, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 353.6, 'scr_baseline': 463.58, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 353.6, 'scr_baseline': 463.58, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__scr_current_ge_4p0_mg_per_dl__at_353p6',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: scr_current >= 4.0 mg/dL; above the threshold (scr_current = 353.61)
    pytest.param(
        {'scr_current': 353.61, 'scr_baseline': 463.58, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 353.61, 'scr_baseline': 463.58, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 353.61, 'scr_baseline': 463.58, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 353.61, 'scr_baseline': 463.58, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__scr_current_ge_4p0_mg_per_dl__above_353p61',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: age < 18 years; below the threshold (age = 17)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 17, 'egfr': 6.3, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 17, 'egfr': 6.3, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': False, 'age': 17, 'egfr': 6.3, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__age_lt_18_years__below_17',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: age < 18 years; at the threshold (age = 18)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 18, 'egfr': 6.3, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 18, 'egfr': 6.3, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__age_lt_18_years__at_18',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: age < 18 years; above the threshold (age = 19)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 19, 'egfr': 6.3, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 19, 'egfr': 6.3, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__age_lt_18_years__above_19',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: egfr < 35 mL/min/1.73m2; below the threshold (egfr = 34.99)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 34.99, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 34.99, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': False, 'age': 3, 'egfr': 34.99, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__egfr_lt_35_ml_per_min_per_1p73m2__below_34p99',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: egfr < 35 mL/min/1.73m2; at the threshold (egfr = 35)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 35.0, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 35.0, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__egfr_lt_35_ml_per_min_per_1p73m2__at_35',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: egfr < 35 mL/min/1.73m2; above the threshold (egfr = 35.01)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 35.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 35.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__egfr_lt_35_ml_per_min_per_1p73m2__above_35p01',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: anuria_hours >= 12 hours; below the threshold (anuria_hours = 11.99)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 11.99, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 11.99}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 11.99}),
            ),
        ),
        id='stage__stage_2_or_3__anuria_hours_ge_12_hours__below_11p99',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: anuria_hours >= 12 hours; at the threshold (anuria_hours = 12)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.0, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.0}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.0}),
            ),
        ),
        id='stage__stage_2_or_3__anuria_hours_ge_12_hours__at_12',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: anuria_hours >= 12 hours; above the threshold (anuria_hours = 12.01)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.01, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.01}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.01}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.01}),
            ),
        ),
        id='stage__stage_2_or_3__anuria_hours_ge_12_hours__above_12p01',
    ),
    # Stage 3?: ratio >= 3; below the threshold (scr_current + scr_baseline = 2.99965)
    pytest.param(
        {'scr_current': 85.76, 'scr_baseline': 28.59, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 85.76, 'scr_baseline': 28.59, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 85.76, 'scr_baseline': 28.59, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 85.76, 'scr_baseline': 28.59, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__ratio_ge_3__below_2p99965',
    ),
    # Stage 3?: ratio >= 3; at the threshold (scr_current + scr_baseline = 3)
    pytest.param(
        {'scr_current': 85.77, 'scr_baseline': 28.59, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 85.77, 'scr_baseline': 28.59, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 85.77, 'scr_baseline': 28.59, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 85.77, 'scr_baseline': 28.59, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__ratio_ge_3__at_3',
    ),
    # Stage 3?: ratio >= 3; above the threshold (scr_current + scr_baseline = 3.00035)
    pytest.param(
        {'scr_current': 85.78, 'scr_baseline': 28.59, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 85.78, 'scr_baseline': 28.59, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 85.78, 'scr_baseline': 28.59, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 85.78, 'scr_baseline': 28.59, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__ratio_ge_3__above_3p00035',
    ),
    # Stage 3?: scr_current >= 4.0 mg/dL; below the threshold (scr_current = 353.59)
    pytest.param(
        {'scr_current': 353.59, 'scr_baseline': 415.25, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 22.8, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 353.59, 'scr_baseline': 415.25, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 353.59, 'scr_baseline': 415.25, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 353.59, 'scr_baseline': 415.25, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__scr_current_ge_4p0_mg_per_dl__below_353p59',
    ),
    # Stage 3?: scr_current >= 4.0 mg/dL; at the threshold (scr_current = 353.6)
    pytest.param(
        {'scr_current': 353.6, 'scr_baseline': 415.25, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 22.8, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 353.6, 'scr_baseline': 415.25, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 353.6, 'scr_baseline': 415.25, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 353.6, 'scr_baseline': 415.25, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__scr_current_ge_4p0_mg_per_dl__at_353p6',
    ),
    # Stage 3?: scr_current >= 4.0 mg/dL; above the threshold (scr_current = 353.61)
    pytest.param(
        {'scr_current': 353.61, 'scr_baseline': 415.25, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 22.8, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 353.61, 'scr_baseline': 415.25, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 353.61, 'scr_baseline': 415.25, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 353.61, 'scr_baseline': 415.25, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__scr_current_ge_4p0_mg_per_dl__above_353p61',
    ),
    # Stage 3?: age < 18 years; below the threshold (age = 17)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 17, 'egfr': 6.3, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 17, 'egfr': 6.3, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 17, 'egfr': 6.3, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__age_lt_18_years__below_17',
    ),
    # Stage 3?: age < 18 years; at the threshold (age = 18)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 5.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 18, 'egfr': 6.3, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'rrt_started': False, 'age': 18, 'egfr': 6.3, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 18, 'egfr': 6.3, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__age_lt_18_years__at_18',
    ),
    # Stage 3?: age < 18 years; above the threshold (age = 19)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 5.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 19, 'egfr': 6.3, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'rrt_started': False, 'age': 19, 'egfr': 6.3, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 19, 'egfr': 6.3, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__age_lt_18_years__above_19',
    ),
    # Stage 3?: egfr < 35 mL/min/1.73m2; below the threshold (egfr = 34.99)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 34.99, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 34.99, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 3, 'egfr': 34.99, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__egfr_lt_35_ml_per_min_per_1p73m2__below_34p99',
    ),
    # Stage 3?: egfr < 35 mL/min/1.73m2; at the threshold (egfr = 35)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 5.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 35.0, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 35.0, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 3, 'egfr': 35.0, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__egfr_lt_35_ml_per_min_per_1p73m2__at_35',
    ),
    # Stage 3?: egfr < 35 mL/min/1.73m2; above the threshold (egfr = 35.01)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 5.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 35.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 35.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 3, 'egfr': 35.01, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__egfr_lt_35_ml_per_min_per_1p73m2__above_35p01',
    ),
    # Stage 3?: uo_hours >= 24 hours; below the threshold (uo_hours = 23.99)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 16.2, 'uo_hours': 23.99, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 23.99, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 23.99, 'urine_output': 16.2, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 23.99, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__uo_hours_ge_24_hours__below_23p99',
    ),
    # Stage 3?: uo_hours >= 24 hours; at the threshold (uo_hours = 24)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 16.2, 'uo_hours': 24.0, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 24.0, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 24.0, 'urine_output': 16.2, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 24.0, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__uo_hours_ge_24_hours__at_24',
    ),
    # Stage 3?: uo_hours >= 24 hours; above the threshold (uo_hours = 24.01)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 16.2, 'uo_hours': 24.01, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 24.01, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 24.01, 'urine_output': 16.2, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 24.01, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__uo_hours_ge_24_hours__above_24p01',
    ),
    # Stage 3?: uo_rate < 0.3 mL/kg/h; below the threshold (urine_output + weight = 0.29982)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 16.67, 'uo_hours': 32.64, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 32.64, 'urine_output': 16.67, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 32.64, 'urine_output': 16.67, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 32.64, 'urine_output': 16.67, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__uo_rate_lt_0p3_ml_per_kg_per_h__below_0p29982',
    ),
    # Stage 3?: uo_rate < 0.3 mL/kg/h; at the threshold (urine_output + weight = 0.3)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 16.68, 'uo_hours': 32.64, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 32.64, 'urine_output': 16.68, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 32.64, 'urine_output': 16.68, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 32.64, 'urine_output': 16.68, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__uo_rate_lt_0p3_ml_per_kg_per_h__at_0p3',
    ),
    # Stage 3?: uo_rate < 0.3 mL/kg/h; above the threshold (urine_output + weight = 0.30018)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 16.69, 'uo_hours': 32.64, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 32.64, 'urine_output': 16.69, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 32.64, 'urine_output': 16.69, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 32.64, 'urine_output': 16.69, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__uo_rate_lt_0p3_ml_per_kg_per_h__above_0p30018',
    ),
    # Stage 3?: anuria_hours >= 12 hours; below the threshold (anuria_hours = 11.99)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 22.8, 'anuria_hours': 11.99, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 11.99}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 11.99}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 11.99}),
            ),
        ),
        id='stage_3_check__stage_3__anuria_hours_ge_12_hours__below_11p99',
    ),
    # Stage 3?: anuria_hours >= 12 hours; at the threshold (anuria_hours = 12)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 22.8, 'anuria_hours': 12.0, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 12.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.0}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 12.0}),
            ),
        ),
        id='stage_3_check__stage_3__anuria_hours_ge_12_hours__at_12',
    ),
    # Stage 3?: anuria_hours >= 12 hours; above the threshold (anuria_hours = 12.01)
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 22.8, 'anuria_hours': 12.01, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 12.01}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.01}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 12.01}),
            ),
        ),
        id='stage_3_check__stage_3__anuria_hours_ge_12_hours__above_12p01',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), BOUNDARY_CASES)
def test_boundary(patient: dict[str, object], expected: Expected) -> None:
    """Just below, at and just above every numeric threshold."""
    _check(patient, expected)


CHOICE_CASES = [
    # Is acute kidney injury present (KDIGO 2.1.1)?: Is the rise from the baseline known or presumed to have happened within the prior 7 days? yes
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 46.5, 'baseline_within_7_days': True, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 46.5, 'baseline_within_7_days': True, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 46.5, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 46.5, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__baseline_within_7_days_is_yes',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: Is the rise from the baseline known or presumed to have happened within the prior 7 days? no
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 46.5, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 46.5, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__baseline_within_7_days_is_no',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: Has renal replacement therapy been begun during this episode? yes
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': True, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': True, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': True, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__rrt_started_is_yes',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: Has renal replacement therapy been begun during this episode? no
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__rrt_started_is_no',
    ),
    # Stage 3?: Has renal replacement therapy been begun during this episode? yes
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': True, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': True, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': True, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__rrt_started_is_yes',
    ),
    # Stage 3?: Has renal replacement therapy been begun during this episode? no
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 5.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__rrt_started_is_no',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), CHOICE_CASES)
def test_choice(patient: dict[str, object], expected: Expected) -> None:
    """Every choice and yes/no value at each condition testing it."""
    _check(patient, expected)


RANGE_CASES = [
    # Serum creatinine now, in umol/L or mg/dL: minimum of the range, 9 umol/L
    pytest.param(
        {'scr_current': 9.0, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 9.0, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 9.0, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 9.0, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__scr_current__minimum_9',
    ),
    # Serum creatinine now, in umol/L or mg/dL: maximum of the range, 1770 umol/L
    pytest.param(
        {'scr_current': 1770.0, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 1770.0, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 1770.0, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 1770.0, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__scr_current__maximum_1770',
    ),
    # Serum creatinine now, in umol/L or mg/dL: 3.6876 mg/dL, converted to umol/L
    pytest.param(
        {'scr_current': {'value': 3.6876, 'unit': 'mg/dL'}, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98384, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98384, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98384, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__scr_current__in_mg_per_dl',
    ),
    # Serum creatinine now, in umol/L or mg/dL: a whole number, 326, given without a decimal point
    pytest.param(
        {'scr_current': 326, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 326.0, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 326.0, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 326.0, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__scr_current__given_as_whole_number',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: minimum of the range, 9 umol/L
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 9.0, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 9.0, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 9.0, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 9.0, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__scr_baseline__minimum_9',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: maximum of the range, 1770 umol/L
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 1770.0, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 1770.0, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 1770.0, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 1770.0, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__scr_baseline__maximum_1770',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: 3.6876 mg/dL, converted to umol/L
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': {'value': 3.6876, 'unit': 'mg/dL'}, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98384, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98384, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98384, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__scr_baseline__in_mg_per_dl',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: a whole number, 326, given without a decimal point
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 326, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 326.0, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 326.0, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 326.0, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__scr_baseline__given_as_whole_number',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: minimum of the range, 0 umol/L
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 0.0, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 0.0, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__scr_rise_48h__minimum_0',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: maximum of the range, 1326 umol/L
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 1326.0, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 1326.0, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__scr_rise_48h__maximum_1326',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: 2.7 mg/dL, converted to umol/L
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': {'value': 2.7, 'unit': 'mg/dL'}, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__scr_rise_48h__in_mg_per_dl',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: a whole number, 239, given without a decimal point
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 239, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 239.0, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__scr_rise_48h__given_as_whole_number',
    ),
    # Urine output, in mL/h, over the latest period of low output: minimum of the range, 0 mL/hour
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 0.0, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 0.0, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 0.0, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 0.0, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__urine_output__minimum_0',
    ),
    # Urine output, in mL/h, over the latest period of low output: maximum of the range, 3000 mL/hour
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 3000.0, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 3000.0, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 3000.0, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 3000.0, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__urine_output__maximum_3000',
    ),
    # Urine output, in mL/h, over the latest period of low output: 540.01 mL/hour, given with its unit
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': {'value': 540.01, 'unit': 'mL/hour'}, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__urine_output__with_its_unit',
    ),
    # Urine output, in mL/h, over the latest period of low output: a whole number, 540, given without a decimal point
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.0, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.0, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.0, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__urine_output__given_as_whole_number',
    ),
    # Hours for which the urine output has stayed at that rate: minimum of the range, 0 hour
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 0.0, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 0.0, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 0.0, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 0.0, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__uo_hours__minimum_0',
    ),
    # Hours for which the urine output has stayed at that rate: maximum of the range, 72 hour
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 72.0, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 72.0, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 72.0, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 72.0, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__uo_hours__maximum_72',
    ),
    # Hours for which the urine output has stayed at that rate: 12.96 hour, given with its unit
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': {'value': 12.96, 'unit': 'hour'}, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__uo_hours__with_its_unit',
    ),
    # Hours for which the urine output has stayed at that rate: a whole number, 13, given without a decimal point
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 13, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 13.0, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 13.0, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 13.0, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__uo_hours__given_as_whole_number',
    ),
    # Hours with no urine output: minimum of the range, 0 hour
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 0.0, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 0.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 0.0}),
            ),
        ),
        id='range__anuria_hours__minimum_0',
    ),
    # Hours with no urine output: maximum of the range, 72 hour
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 72.0, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 72.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 72.0}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 72.0}),
            ),
        ),
        id='range__anuria_hours__maximum_72',
    ),
    # Hours with no urine output: 12.96 hour, given with its unit
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': {'value': 12.96, 'unit': 'hour'}, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__anuria_hours__with_its_unit',
    ),
    # Hours with no urine output: a whole number, 13, given without a decimal point
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 13, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 13.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 13.0}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 13.0}),
            ),
        ),
        id='range__anuria_hours__given_as_whole_number',
    ),
    # Age: minimum of the range, 0 year
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 0, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 0, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 0, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__age__minimum_0',
    ),
    # Age: maximum of the range, 110 year
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 110, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 110, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 110, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__age__maximum_110',
    ),
    # Age: 11045160 min, converted to year
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': {'value': 11045160, 'unit': 'min'}, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__age__in_min',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): minimum of the range, 0 mL/minute/1.73m2
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 0.0, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 0.0, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 0.0, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__egfr__minimum_0',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): maximum of the range, 150 mL/minute/1.73m2
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 150.0, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 150.0, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 150.0, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__egfr__maximum_150',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): 27.01 mL/minute/1.73m2, given with its unit
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': {'value': 27.01, 'unit': 'mL/minute/1.73m2'}, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__egfr__with_its_unit',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): a whole number, 27, given without a decimal point
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.0, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.0, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__egfr__given_as_whole_number',
    ),
    # Body weight, to turn the urine output into mL/kg/h: minimum of the range, 2 kg
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 2.0},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 2.0, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 2.0, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 2.0, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__weight__minimum_2',
    ),
    # Body weight, to turn the urine output into mL/kg/h: maximum of the range, 300 kg
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 300.0},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 300.0, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 300.0, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 300.0, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__weight__maximum_300',
    ),
    # Body weight, to turn the urine output into mL/kg/h: 55600 g, converted to kg
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': {'value': 55600, 'unit': 'g'}},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__weight__in_g',
    ),
    # Body weight, to turn the urine output into mL/kg/h: a whole number, 56, given without a decimal point
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 56},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 56.0, 'anuria_hours': 12.96}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 56.0, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 12.96}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 56.0, 'anuria_hours': 12.96}),
            ),
        ),
        id='range__weight__given_as_whole_number',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), RANGE_CASES)
def test_range(patient: dict[str, object], expected: Expected) -> None:
    """The smallest and largest valid values, and other units."""
    _check(patient, expected)


MCDC_CASES = [
    # Is acute kidney injury present (KDIGO 2.1.1)?: scr_rise_48h >= 0.3 mg/dL is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 260.43, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 260.43, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__mcdc_1_scr_rise_48h_ge_0p3_mg_per_dl_yes',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: scr_rise_48h >= 0.3 mg/dL is no and alone decides the outcome
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__mcdc_1_scr_rise_48h_ge_0p3_mg_per_dl_no',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: scr_rise_48h >= 0.3 mg/dL is unknown and is still evaluated
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': None, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'unknown', {'scr_rise_48h': None, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
            needs=('scr_rise_48h',),
            complete=False,
            waiting=({'fact': 'scr_rise_48h', 'question': 'Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL', 'decisions': [{'id': 'aki_present', 'question': 'Is acute kidney injury present (KDIGO 2.1.1)?'}]},),
        ),
        id='aki_present__aki__mcdc_1_scr_rise_48h_ge_0p3_mg_per_dl_unknown',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: ratio >= 1.5 is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 329.67, 'scr_baseline': 46.94, 'baseline_within_7_days': True, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 329.67, 'scr_baseline': 46.94, 'baseline_within_7_days': True, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 329.67, 'scr_baseline': 46.94, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 329.67, 'scr_baseline': 46.94, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__mcdc_2_ratio_ge_1p5_yes',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: ratio >= 1.5 is no and alone decides the outcome
    pytest.param(
        {'scr_current': 329.67, 'scr_baseline': 498.83, 'baseline_within_7_days': True, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 329.67, 'scr_baseline': 498.83, 'baseline_within_7_days': True, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__mcdc_2_ratio_ge_1p5_no',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: ratio >= 1.5 is unknown and is still evaluated
    pytest.param(
        {'scr_current': None, 'scr_baseline': 46.94, 'baseline_within_7_days': True, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'unknown', {'scr_rise_48h': 4.77, 'scr_current': None, 'scr_baseline': 46.94, 'baseline_within_7_days': True, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
            needs=('scr_current',),
            complete=False,
            waiting=({'fact': 'scr_current', 'question': 'Serum creatinine now, in umol/L or mg/dL', 'decisions': [{'id': 'aki_present', 'question': 'Is acute kidney injury present (KDIGO 2.1.1)?'}]},),
        ),
        id='aki_present__aki__mcdc_2_ratio_ge_1p5_unknown',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: baseline_within_7_days is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 329.67, 'scr_baseline': 46.94, 'baseline_within_7_days': True, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 329.67, 'scr_baseline': 46.94, 'baseline_within_7_days': True, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 329.67, 'scr_baseline': 46.94, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 329.67, 'scr_baseline': 46.94, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__mcdc_3_baseline_within_7_days_yes',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: baseline_within_7_days is no and alone decides the outcome
    pytest.param(
        {'scr_current': 329.67, 'scr_baseline': 46.94, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 329.67, 'scr_baseline': 46.94, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__mcdc_3_baseline_within_7_days_no',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: baseline_within_7_days is unknown and is still evaluated
    pytest.param(
        {'scr_current': 329.67, 'scr_baseline': 46.94, 'baseline_within_7_days': None, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'unknown', {'scr_rise_48h': 4.77, 'scr_current': 329.67, 'scr_baseline': 46.94, 'baseline_within_7_days': None, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
            needs=('baseline_within_7_days',),
            complete=False,
            waiting=({'fact': 'baseline_within_7_days', 'question': 'Is the rise from the baseline known or presumed to have happened within the prior 7 days?', 'decisions': [{'id': 'aki_present', 'question': 'Is acute kidney injury present (KDIGO 2.1.1)?'}]},),
        ),
        id='aki_present__aki__mcdc_3_baseline_within_7_days_unknown',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: uo_hours >= 6 hours is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 27.01, 'uo_hours': 17.88, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 17.88, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 17.88, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 17.88, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__mcdc_4_uo_hours_ge_6_hours_yes',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: uo_hours >= 6 hours is no and alone decides the outcome
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 27.01, 'uo_hours': 1.08, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 1.08, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__mcdc_4_uo_hours_ge_6_hours_no',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: uo_hours >= 6 hours is unknown and is still evaluated
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 27.01, 'uo_hours': None, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'unknown', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': None, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 1.08}),
            ),
            needs=('uo_hours',),
            complete=False,
            waiting=({'fact': 'uo_hours', 'question': 'Hours for which the urine output has stayed at that rate', 'decisions': [{'id': 'aki_present', 'question': 'Is acute kidney injury present (KDIGO 2.1.1)?'}]},),
        ),
        id='aki_present__aki__mcdc_4_uo_hours_ge_6_hours_unknown',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: uo_rate < 0.5 mL/kg/h is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 27.01, 'uo_hours': 17.88, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 17.88, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 1.08}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 17.88, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 1.08}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 17.88, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__mcdc_5_uo_rate_lt_0p5_ml_per_kg_per_h_yes',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: uo_rate < 0.5 mL/kg/h is no and alone decides the outcome
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 27.01, 'uo_hours': 17.88, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 11.4},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 17.88, 'urine_output': 27.01, 'weight': 11.4, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__mcdc_5_uo_rate_lt_0p5_ml_per_kg_per_h_no',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: uo_rate < 0.5 mL/kg/h is unknown and is still evaluated
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': None, 'uo_hours': 17.88, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'unknown', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 17.88, 'urine_output': None, 'weight': 98.4, 'anuria_hours': 1.08}),
            ),
            needs=('urine_output',),
            complete=False,
            waiting=({'fact': 'urine_output', 'question': 'Urine output, in mL/h, over the latest period of low output', 'decisions': [{'id': 'aki_present', 'question': 'Is acute kidney injury present (KDIGO 2.1.1)?'}]},),
        ),
        id='aki_present__aki__mcdc_5_uo_rate_lt_0p5_ml_per_kg_per_h_unknown',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: anuria_hours >= 6 hours is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 17.88, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 17.88}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 17.88}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 325.98, 'scr_baseline': 325.98, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 17.88}),
            ),
        ),
        id='aki_present__aki__mcdc_6_anuria_hours_ge_6_hours_yes',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: anuria_hours >= 6 hours is no and alone decides the outcome
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 1.08, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 1.08}),
            ),
        ),
        id='aki_present__aki__mcdc_6_anuria_hours_ge_6_hours_no',
    ),
    # Is acute kidney injury present (KDIGO 2.1.1)?: anuria_hours >= 6 hours is unknown and is still evaluated
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 4.77, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'unknown', {'scr_rise_48h': 4.77, 'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': None}),
            ),
            needs=('anuria_hours',),
            complete=False,
            waiting=({'fact': 'anuria_hours', 'question': 'Hours with no urine output', 'decisions': [{'id': 'aki_present', 'question': 'Is acute kidney injury present (KDIGO 2.1.1)?'}]},),
        ),
        id='aki_present__aki__mcdc_6_anuria_hours_ge_6_hours_unknown',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: ratio >= 2 is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 78.41, 'scr_baseline': 14.44, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 78.41, 'scr_baseline': 14.44, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 78.41, 'scr_baseline': 14.44, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 78.41, 'scr_baseline': 14.44, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_1_ratio_ge_2_yes',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: ratio >= 2 is no and alone decides the outcome
    pytest.param(
        {'scr_current': 78.41, 'scr_baseline': 350.75, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 78.41, 'scr_baseline': 350.75, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 78.41, 'scr_baseline': 350.75, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_1_ratio_ge_2_no',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: ratio >= 2 is unknown and is still evaluated
    pytest.param(
        {'scr_current': None, 'scr_baseline': 14.44, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': None, 'scr_baseline': 14.44, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'unknown', {'scr_current': None, 'scr_baseline': 14.44, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
            needs=('scr_current',),
            complete=False,
            waiting=({'fact': 'scr_current', 'question': 'Serum creatinine now, in umol/L or mg/dL', 'decisions': [{'id': 'stage', 'question': 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?'}]},),
        ),
        id='stage__stage_2_or_3__mcdc_1_ratio_ge_2_unknown',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: uo_hours >= 12 hours is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 22.8, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_2_uo_hours_ge_12_hours_yes',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: uo_hours >= 12 hours is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 2.16, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 2.16, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 2.16, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_2_uo_hours_ge_12_hours_no',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: uo_hours >= 12 hours is unknown and is still evaluated
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': None, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': None, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'unknown', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': None, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
            needs=('uo_hours',),
            complete=False,
            waiting=({'fact': 'uo_hours', 'question': 'Hours for which the urine output has stayed at that rate', 'decisions': [{'id': 'stage', 'question': 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?'}]},),
        ),
        id='stage__stage_2_or_3__mcdc_2_uo_hours_ge_12_hours_unknown',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: uo_rate < 0.5 mL/kg/h is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 22.8, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_3_uo_rate_lt_0p5_ml_per_kg_per_h_yes',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: uo_rate < 0.5 mL/kg/h is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 27.01, 'uo_hours': 22.8, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 11.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 11.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 22.8, 'urine_output': 27.01, 'weight': 11.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_3_uo_rate_lt_0p5_ml_per_kg_per_h_no',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: uo_rate < 0.5 mL/kg/h is unknown and is still evaluated
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': None, 'uo_hours': 22.8, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 22.8, 'urine_output': None, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'unknown', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 22.8, 'urine_output': None, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
            needs=('urine_output',),
            complete=False,
            waiting=({'fact': 'urine_output', 'question': 'Urine output, in mL/h, over the latest period of low output', 'decisions': [{'id': 'stage', 'question': 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?'}]},),
        ),
        id='stage__stage_2_or_3__mcdc_3_uo_rate_lt_0p5_ml_per_kg_per_h_unknown',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: scr_current >= 4.0 mg/dL is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 608.55, 'scr_baseline': 568.11, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 608.55, 'scr_baseline': 568.11, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 608.55, 'scr_baseline': 568.11, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 608.55, 'scr_baseline': 568.11, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_4_scr_current_ge_4p0_mg_per_dl_yes',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: scr_current >= 4.0 mg/dL is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 568.11, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 568.11, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 568.11, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_4_scr_current_ge_4p0_mg_per_dl_no',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: scr_current >= 4.0 mg/dL is unknown and is still evaluated
    pytest.param(
        {'scr_current': None, 'scr_baseline': 568.11, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': None, 'scr_baseline': 568.11, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'unknown', {'scr_current': None, 'scr_baseline': 568.11, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
            needs=('scr_current',),
            complete=False,
            waiting=({'fact': 'scr_current', 'question': 'Serum creatinine now, in umol/L or mg/dL', 'decisions': [{'id': 'stage', 'question': 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?'}]},),
        ),
        id='stage__stage_2_or_3__mcdc_4_scr_current_ge_4p0_mg_per_dl_unknown',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: rrt_started is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': True, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': True, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': True, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_5_rrt_started_yes',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: rrt_started is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_5_rrt_started_no',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: age < 18 years is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 6.3, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 6.3, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': False, 'age': 3, 'egfr': 6.3, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_6_age_lt_18_years_yes',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: age < 18 years is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 35, 'egfr': 6.3, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 35, 'egfr': 6.3, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_6_age_lt_18_years_no',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: egfr < 35 mL/min/1.73m2 is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 6.3, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 6.3, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': False, 'age': 3, 'egfr': 6.3, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_7_egfr_lt_35_ml_per_min_per_1p73m2_yes',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: egfr < 35 mL/min/1.73m2 is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 55.7, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 55.7, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_7_egfr_lt_35_ml_per_min_per_1p73m2_no',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: egfr < 35 mL/min/1.73m2 is unknown and is still evaluated
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': None, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'unknown', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': None, 'anuria_hours': 2.16}),
            ),
            needs=('egfr',),
            complete=False,
            waiting=({'fact': 'egfr', 'question': 'Estimated glomerular filtration rate (used only when the patient is under 18 years)', 'decisions': [{'id': 'stage', 'question': 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?'}]},),
        ),
        id='stage__stage_2_or_3__mcdc_7_egfr_lt_35_ml_per_min_per_1p73m2_unknown',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: anuria_hours >= 12 hours is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 22.8, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 22.8}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 22.8}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 347.73, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 22.8}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_8_anuria_hours_ge_12_hours_yes',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: anuria_hours >= 12 hours is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage__stage_2_or_3__mcdc_8_anuria_hours_ge_12_hours_no',
    ),
    # Which KDIGO stage (KDIGO 2.1.2 and Table 2)?: anuria_hours >= 12 hours is unknown and is still evaluated
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 347.73, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': None}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'unknown', {'scr_current': 71.03, 'scr_baseline': 347.73, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': None}),
            ),
            needs=('anuria_hours',),
            complete=False,
            waiting=({'fact': 'anuria_hours', 'question': 'Hours with no urine output', 'decisions': [{'id': 'stage', 'question': 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?'}]},),
        ),
        id='stage__stage_2_or_3__mcdc_8_anuria_hours_ge_12_hours_unknown',
    ),
    # Stage 3?: ratio >= 3 is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 85.79, 'scr_baseline': 12.53, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 85.79, 'scr_baseline': 12.53, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 85.79, 'scr_baseline': 12.53, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 85.79, 'scr_baseline': 12.53, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_1_ratio_ge_3_yes',
    ),
    # Stage 3?: ratio >= 3 is no and alone decides the outcome
    pytest.param(
        {'scr_current': 85.79, 'scr_baseline': 31.17, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 85.79, 'scr_baseline': 31.17, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 85.79, 'scr_baseline': 31.17, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 85.79, 'scr_baseline': 31.17, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_1_ratio_ge_3_no',
    ),
    # Stage 3?: ratio >= 3 is unknown and is still evaluated
    pytest.param(
        {'scr_current': None, 'scr_baseline': 12.53, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': None, 'scr_baseline': 12.53, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': None, 'scr_baseline': 12.53, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': None, 'scr_baseline': 12.53, 'rrt_started': False, 'age': 3, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_1_ratio_ge_3_unknown',
    ),
    # Stage 3?: scr_current >= 4.0 mg/dL is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 608.55, 'scr_baseline': 484.95, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 608.55, 'scr_baseline': 484.95, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 608.55, 'scr_baseline': 484.95, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 608.55, 'scr_baseline': 484.95, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_2_scr_current_ge_4p0_mg_per_dl_yes',
    ),
    # Stage 3?: scr_current >= 4.0 mg/dL is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 484.95, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 5.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 484.95, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 484.95, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 484.95, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_2_scr_current_ge_4p0_mg_per_dl_no',
    ),
    # Stage 3?: scr_current >= 4.0 mg/dL is unknown and is still evaluated
    pytest.param(
        {'scr_current': None, 'scr_baseline': 484.95, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': None, 'scr_baseline': 484.95, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': None, 'scr_baseline': 484.95, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': None, 'scr_baseline': 484.95, 'rrt_started': False, 'age': 3, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_2_scr_current_ge_4p0_mg_per_dl_unknown',
    ),
    # Stage 3?: rrt_started is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': True, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': True, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': True, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_3_rrt_started_yes',
    ),
    # Stage 3?: rrt_started is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 5.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_3_rrt_started_no',
    ),
    # Stage 3?: age < 18 years is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 6.3, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 6.3, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 3, 'egfr': 6.3, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_4_age_lt_18_years_yes',
    ),
    # Stage 3?: age < 18 years is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 5.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 35, 'egfr': 6.3, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'rrt_started': False, 'age': 35, 'egfr': 6.3, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 35, 'egfr': 6.3, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_4_age_lt_18_years_no',
    ),
    # Stage 3?: egfr < 35 mL/min/1.73m2 is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 6.3, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 6.3, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 3, 'egfr': 6.3, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_5_egfr_lt_35_ml_per_min_per_1p73m2_yes',
    ),
    # Stage 3?: egfr < 35 mL/min/1.73m2 is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 5.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 3, 'egfr': 55.7, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': 55.7, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 3, 'egfr': 55.7, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_5_egfr_lt_35_ml_per_min_per_1p73m2_no',
    ),
    # Stage 3?: egfr < 35 mL/min/1.73m2 is unknown and is still evaluated
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 22.8, 'rrt_started': False, 'age': 3, 'egfr': None, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 22.8}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 3, 'egfr': None, 'anuria_hours': 22.8}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 3, 'egfr': None, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 22.8}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_5_egfr_lt_35_ml_per_min_per_1p73m2_unknown',
    ),
    # Stage 3?: uo_hours >= 24 hours is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 16.2, 'uo_hours': 32.64, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 32.64, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 32.64, 'urine_output': 16.2, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 32.64, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_6_uo_hours_ge_24_hours_yes',
    ),
    # Stage 3?: uo_hours >= 24 hours is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 16.2, 'uo_hours': 14.16, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 14.16, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 14.16, 'urine_output': 16.2, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 14.16, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_6_uo_hours_ge_24_hours_no',
    ),
    # Stage 3?: uo_hours >= 24 hours is unknown and is still evaluated
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 16.2, 'uo_hours': None, 'anuria_hours': 22.8, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': None, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 22.8}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': None, 'urine_output': 16.2, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 22.8}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': None, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 22.8}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_6_uo_hours_ge_24_hours_unknown',
    ),
    # Stage 3?: uo_rate < 0.3 mL/kg/h is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 16.2, 'uo_hours': 32.64, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 32.64, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 32.64, 'urine_output': 16.2, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 32.64, 'urine_output': 16.2, 'weight': 98.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_7_uo_rate_lt_0p3_ml_per_kg_per_h_yes',
    ),
    # Stage 3?: uo_rate < 0.3 mL/kg/h is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 16.2, 'uo_hours': 32.64, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 36.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 32.64, 'urine_output': 16.2, 'weight': 36.4, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 32.64, 'urine_output': 16.2, 'weight': 36.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 32.64, 'urine_output': 16.2, 'weight': 36.4, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_7_uo_rate_lt_0p3_ml_per_kg_per_h_no',
    ),
    # Stage 3?: uo_rate < 0.3 mL/kg/h is unknown and is still evaluated
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': None, 'uo_hours': 32.64, 'anuria_hours': 22.8, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 98.4},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 32.64, 'urine_output': None, 'weight': 98.4, 'anuria_hours': 22.8}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 32.64, 'urine_output': None, 'weight': 98.4, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 22.8}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 32.64, 'urine_output': None, 'weight': 98.4, 'anuria_hours': 22.8}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_7_uo_rate_lt_0p3_ml_per_kg_per_h_unknown',
    ),
    # Stage 3?: anuria_hours >= 12 hours is yes and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 22.8, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 22.8}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 22.8}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 540.01, 'weight': 55.6, 'anuria_hours': 22.8}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_8_anuria_hours_ge_12_hours_yes',
    ),
    # Stage 3?: anuria_hours >= 12 hours is no and alone decides the outcome
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 5.01, 'uo_hours': 12.96, 'anuria_hours': 2.16, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': 2.16}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': 2.16}),
            ),
        ),
        id='stage_3_check__stage_3__mcdc_8_anuria_hours_ge_12_hours_no',
    ),
    # Stage 3?: anuria_hours >= 12 hours is unknown and is still evaluated
    pytest.param(
        {'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 5.01, 'uo_hours': 12.96, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 238.68, 'scr_current': 71.03, 'scr_baseline': 338.02, 'baseline_within_7_days': False, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': None}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 71.03, 'scr_baseline': 338.02, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'anuria_hours': None}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'unknown', {'scr_current': 71.03, 'scr_baseline': 338.02, 'rrt_started': False, 'age': 21, 'egfr': 27.01, 'uo_hours': 12.96, 'urine_output': 5.01, 'weight': 55.6, 'anuria_hours': None}),
            ),
            needs=('anuria_hours',),
            complete=False,
            waiting=({'fact': 'anuria_hours', 'question': 'Hours with no urine output', 'decisions': [{'id': 'stage_3_check', 'question': 'Stage 3?'}]},),
        ),
        id='stage_3_check__stage_3__mcdc_8_anuria_hours_ge_12_hours_unknown',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), MCDC_CASES)
def test_mcdc(patient: dict[str, object], expected: Expected) -> None:
    """Each atomic condition shown alone to change a compound outcome."""
    _check(patient, expected)


EXAMPLE_CASES = [
    # At the threshold: baseline 1.0 mg/dL, 1.3 mg/dL 36 hours later
    pytest.param(
        {'scr_baseline': 88.4, 'scr_current': 114.92, 'scr_rise_48h': 26.52, 'baseline_within_7_days': True, 'urine_output': None, 'uo_hours': 0.0, 'anuria_hours': 0.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'weight': None},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 26.52, 'scr_current': 114.92, 'scr_baseline': 88.4, 'baseline_within_7_days': True, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'anuria_hours': 0.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 114.92, 'scr_baseline': 88.4, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'rrt_started': False, 'age': 50, 'egfr': None, 'anuria_hours': 0.0}),
            ),
        ),
        id='example__at_threshold',
    ),
    # Units in umol/L: baseline 80 umol/L, 170 umol/L 5 days later
    pytest.param(
        {'scr_baseline': 80.0, 'scr_current': 170.0, 'scr_rise_48h': None, 'baseline_within_7_days': True, 'urine_output': None, 'uo_hours': 0.0, 'anuria_hours': 0.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'weight': None},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': None, 'scr_current': 170.0, 'scr_baseline': 80.0, 'baseline_within_7_days': True, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'anuria_hours': 0.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 170.0, 'scr_baseline': 80.0, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'rrt_started': False, 'age': 50, 'egfr': None, 'anuria_hours': 0.0}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 170.0, 'scr_baseline': 80.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'anuria_hours': 0.0}),
            ),
        ),
        id='example__umol_stage_2',
    ),
    # Baseline 0.8 mg/dL, 2.6 mg/dL 3 days later
    pytest.param(
        {'scr_baseline': 70.72, 'scr_current': 229.84, 'scr_rise_48h': None, 'baseline_within_7_days': True, 'urine_output': None, 'uo_hours': 0.0, 'anuria_hours': 0.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'weight': None},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': None, 'scr_current': 229.84, 'scr_baseline': 70.72, 'baseline_within_7_days': True, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'anuria_hours': 0.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 229.84, 'scr_baseline': 70.72, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'rrt_started': False, 'age': 50, 'egfr': None, 'anuria_hours': 0.0}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 229.84, 'scr_baseline': 70.72, 'rrt_started': False, 'age': 50, 'egfr': None, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'anuria_hours': 0.0}),
            ),
        ),
        id='example__ratio_stage_3',
    ),
    # Chronic kidney disease: baseline 3.0 mg/dL, 4.2 mg/dL 36 hours later
    pytest.param(
        {'scr_baseline': 265.2, 'scr_current': 371.28, 'scr_rise_48h': 106.08, 'baseline_within_7_days': True, 'urine_output': None, 'uo_hours': 0.0, 'anuria_hours': 0.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'weight': None},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 106.08, 'scr_current': 371.28, 'scr_baseline': 265.2, 'baseline_within_7_days': True, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'anuria_hours': 0.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 371.28, 'scr_baseline': 265.2, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'rrt_started': False, 'age': 50, 'egfr': None, 'anuria_hours': 0.0}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 371.28, 'scr_baseline': 265.2, 'rrt_started': False, 'age': 50, 'egfr': None, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'anuria_hours': 0.0}),
            ),
        ),
        id='example__ckd_stage_3',
    ),
    # Contrast: a creatinine stable at 4.5 mg/dL for months
    pytest.param(
        {'scr_baseline': 397.8, 'scr_current': 397.8, 'scr_rise_48h': 0.0, 'baseline_within_7_days': False, 'urine_output': None, 'uo_hours': 0.0, 'anuria_hours': 0.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'weight': None},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 0.0, 'scr_current': 397.8, 'scr_baseline': 397.8, 'baseline_within_7_days': False, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'anuria_hours': 0.0}),
            ),
        ),
        id='example__stable_high_creatinine',
    ),
    # Urine output: 70 kg, 28 mL/h for 14 hours, creatinine unchanged
    pytest.param(
        {'scr_baseline': 88.4, 'scr_current': 88.4, 'scr_rise_48h': 0.0, 'baseline_within_7_days': True, 'urine_output': 28.0, 'uo_hours': 14.0, 'anuria_hours': 0.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'weight': 70.0},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_2'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 0.0, 'scr_current': 88.4, 'scr_baseline': 88.4, 'baseline_within_7_days': True, 'uo_hours': 14.0, 'urine_output': 28.0, 'weight': 70.0, 'anuria_hours': 0.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 88.4, 'scr_baseline': 88.4, 'uo_hours': 14.0, 'urine_output': 28.0, 'weight': 70.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'anuria_hours': 0.0}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'otherwise', {'scr_current': 88.4, 'scr_baseline': 88.4, 'rrt_started': False, 'age': 50, 'egfr': None, 'uo_hours': 14.0, 'urine_output': 28.0, 'weight': 70.0, 'anuria_hours': 0.0}),
            ),
        ),
        id='example__urine_stage_2',
    ),
    # Missing fact that changes the stage: baseline unknown, creatinine 1.1 then 1.6 mg/dL 24 hours later
    pytest.param(
        {'scr_baseline': None, 'scr_current': 141.44, 'scr_rise_48h': 44.2, 'baseline_within_7_days': None, 'urine_output': None, 'uo_hours': 0.0, 'anuria_hours': 0.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'weight': None},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 44.2, 'scr_current': 141.44, 'scr_baseline': None, 'baseline_within_7_days': None, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'anuria_hours': 0.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'unknown', {'scr_current': 141.44, 'scr_baseline': None, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'rrt_started': False, 'age': 50, 'egfr': None, 'anuria_hours': 0.0}),
            ),
            needs=('scr_baseline',),
            complete=False,
            waiting=({'fact': 'scr_baseline', 'question': 'Baseline serum creatinine, in umol/L or mg/dL', 'decisions': [{'id': 'stage', 'question': 'Which KDIGO stage (KDIGO 2.1.2 and Table 2)?'}]},),
        ),
        id='example__baseline_unknown',
    ),
    # Missing fact that cannot change the outcome: anuria for 13 hours, baseline creatinine unknown
    pytest.param(
        {'scr_baseline': None, 'scr_current': None, 'scr_rise_48h': None, 'baseline_within_7_days': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': 13.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'weight': None},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': None, 'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'uo_hours': None, 'urine_output': None, 'weight': None, 'anuria_hours': 13.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': None, 'scr_baseline': None, 'uo_hours': None, 'urine_output': None, 'weight': None, 'rrt_started': False, 'age': 50, 'egfr': None, 'anuria_hours': 13.0}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': None, 'scr_baseline': None, 'rrt_started': False, 'age': 50, 'egfr': None, 'uo_hours': None, 'urine_output': None, 'weight': None, 'anuria_hours': 13.0}),
            ),
        ),
        id='example__anuria_stage_3',
    ),
    # AKI by the definition, renal replacement therapy started: stage 3 whatever the creatinine
    pytest.param(
        {'scr_baseline': None, 'scr_current': 141.44, 'scr_rise_48h': 44.2, 'baseline_within_7_days': None, 'urine_output': None, 'uo_hours': 0.0, 'anuria_hours': 0.0, 'rrt_started': True, 'age': 50, 'egfr': None, 'weight': None},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'drug_dosing', 'rrt', 'icu', 'aki_stage_3', 'subclavian'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 44.2, 'scr_current': 141.44, 'scr_baseline': None, 'baseline_within_7_days': None, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'anuria_hours': 0.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'stage_2_or_3', {'scr_current': 141.44, 'scr_baseline': None, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'rrt_started': True, 'age': 50, 'egfr': None, 'anuria_hours': 0.0}),
                ('stage_2_and_above', 'applies to everyone', {}),
                ('stage_3_check', 'stage_3', {'scr_current': 141.44, 'scr_baseline': None, 'rrt_started': True, 'age': 50, 'egfr': None, 'uo_hours': 0.0, 'urine_output': None, 'weight': None, 'anuria_hours': 0.0}),
            ),
        ),
        id='example__rrt_stage_3',
    ),
    # Extreme weight: 150 kg, urine 70 mL/h for 8 hours, creatinine unchanged
    pytest.param(
        {'scr_baseline': 88.4, 'scr_current': 88.4, 'scr_rise_48h': 0.0, 'baseline_within_7_days': True, 'urine_output': 70.0, 'uo_hours': 8.0, 'anuria_hours': 0.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'weight': 150.0},
        Expected(
            recommendations=('aki_manage', 'nephrotoxic_agents', 'volume_perfusion', 'haemodynamic_monitoring', 'creatinine_urine', 'avoid_hyperglycaemia', 'radiocontrast_alternatives', 'glucose_target', 'crystalloids', 'no_diuretics_prevention', 'no_diuretics_treatment', 'emergent_rrt', 'noninvasive_workup', 'invasive_workup', 'aki_stage_1'),
            path=(
                ('aki_present', 'aki', {'scr_rise_48h': 0.0, 'scr_current': 88.4, 'scr_baseline': 88.4, 'baseline_within_7_days': True, 'uo_hours': 8.0, 'urine_output': 70.0, 'weight': 150.0, 'anuria_hours': 0.0}),
                ('every_stage', 'applies to everyone', {}),
                ('stage_1_and_above', 'applies to everyone', {}),
                ('stage', 'otherwise', {'scr_current': 88.4, 'scr_baseline': 88.4, 'uo_hours': 8.0, 'urine_output': 70.0, 'weight': 150.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'anuria_hours': 0.0}),
            ),
        ),
        id='example__heavy_measured_weight',
    ),
    # The same patient with a weight of 90 kg: no AKI
    pytest.param(
        {'scr_baseline': 88.4, 'scr_current': 88.4, 'scr_rise_48h': 0.0, 'baseline_within_7_days': True, 'urine_output': 70.0, 'uo_hours': 8.0, 'anuria_hours': 0.0, 'rrt_started': False, 'age': 50, 'egfr': None, 'weight': 90.0},
        Expected(
            recommendations=(),
            path=(
                ('aki_present', 'otherwise', {'scr_rise_48h': 0.0, 'scr_current': 88.4, 'scr_baseline': 88.4, 'baseline_within_7_days': True, 'uo_hours': 8.0, 'urine_output': 70.0, 'weight': 90.0, 'anuria_hours': 0.0}),
            ),
        ),
        id='example__heavy_other_weight',
    ),
]


@pytest.mark.parametrize(("patient", "expected"), EXAMPLE_CASES)
def test_example(patient: dict[str, object], expected: Expected) -> None:
    """The guideline's authored examples."""
    _check(patient, expected)


REJECT_CASES = [
    # Serum creatinine now, in umol/L or mg/dL: NaN
    pytest.param(
        {'scr_current': math.nan, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_current', 'must be a finite number')],
        id='reject__scr_current__nan',
    ),
    # Serum creatinine now, in umol/L or mg/dL: infinity
    pytest.param(
        {'scr_current': math.inf, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_current', 'must be a finite number')],
        id='reject__scr_current__infinite',
    ),
    # Serum creatinine now, in umol/L or mg/dL: 2**1024, an integer too large for a float
    pytest.param(
        {'scr_current': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_current', 'must be a finite number')],
        id='reject__scr_current__too_large',
    ),
    # Serum creatinine now, in umol/L or mg/dL: a number written as text
    pytest.param(
        {'scr_current': '9', 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_current', 'expected a number, got str')],
        id='reject__scr_current__wrong_type',
    ),
    # Serum creatinine now, in umol/L or mg/dL: true instead of a number
    pytest.param(
        {'scr_current': True, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_current', 'expected a number, got bool')],
        id='reject__scr_current__yes_instead_of_number',
    ),
    # Serum creatinine now, in umol/L or mg/dL: 8.99, below the range
    pytest.param(
        {'scr_current': 8.99, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_current', '8.99 umol/L is outside the plausible range 9 to 1770 umol/L')],
        id='reject__scr_current__below_range',
    ),
    # Serum creatinine now, in umol/L or mg/dL: 1770.01, above the range
    pytest.param(
        {'scr_current': 1770.01, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_current', '1770.01 umol/L is outside the plausible range 9 to 1770 umol/L')],
        id='reject__scr_current__above_range',
    ),
    # Serum creatinine now, in umol/L or mg/dL: -0.0, below the range
    pytest.param(
        {'scr_current': -0.0, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_current', '0 umol/L is outside the plausible range 9 to 1770 umol/L')],
        id='reject__scr_current__negative_zero',
    ),
    # Serum creatinine now, in umol/L or mg/dL: a value without its unit
    pytest.param(
        {'scr_current': {'value': 9.0}, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_current', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__scr_current__unit_missing',
    ),
    # Serum creatinine now, in umol/L or mg/dL: a value in furlong
    pytest.param(
        {'scr_current': {'value': 9.0, 'unit': 'furlong'}, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_current', "expected a value in umol/L, got 'furlong'")],
        id='reject__scr_current__unit_unknown',
    ),
    # Serum creatinine now, in umol/L or mg/dL: a value that is text
    pytest.param(
        {'scr_current': {'value': 'x', 'unit': 'umol/L'}, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_current', 'expected a number, got str')],
        id='reject__scr_current__value_not_number',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: NaN
    pytest.param(
        {'scr_current': None, 'scr_baseline': math.nan, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_baseline', 'must be a finite number')],
        id='reject__scr_baseline__nan',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: infinity
    pytest.param(
        {'scr_current': None, 'scr_baseline': math.inf, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_baseline', 'must be a finite number')],
        id='reject__scr_baseline__infinite',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: 2**1024, an integer too large for a float
    pytest.param(
        {'scr_current': None, 'scr_baseline': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_baseline', 'must be a finite number')],
        id='reject__scr_baseline__too_large',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: a number written as text
    pytest.param(
        {'scr_current': None, 'scr_baseline': '9', 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_baseline', 'expected a number, got str')],
        id='reject__scr_baseline__wrong_type',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: true instead of a number
    pytest.param(
        {'scr_current': None, 'scr_baseline': True, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_baseline', 'expected a number, got bool')],
        id='reject__scr_baseline__yes_instead_of_number',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: 8.99, below the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': 8.99, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_baseline', '8.99 umol/L is outside the plausible range 9 to 1770 umol/L')],
        id='reject__scr_baseline__below_range',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: 1770.01, above the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': 1770.01, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_baseline', '1770.01 umol/L is outside the plausible range 9 to 1770 umol/L')],
        id='reject__scr_baseline__above_range',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: -0.0, below the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': -0.0, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_baseline', '0 umol/L is outside the plausible range 9 to 1770 umol/L')],
        id='reject__scr_baseline__negative_zero',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: a value without its unit
    pytest.param(
        {'scr_current': None, 'scr_baseline': {'value': 9.0}, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_baseline', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__scr_baseline__unit_missing',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: a value in furlong
    pytest.param(
        {'scr_current': None, 'scr_baseline': {'value': 9.0, 'unit': 'furlong'}, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_baseline', "expected a value in umol/L, got 'furlong'")],
        id='reject__scr_baseline__unit_unknown',
    ),
    # Baseline serum creatinine, in umol/L or mg/dL: a value that is text
    pytest.param(
        {'scr_current': None, 'scr_baseline': {'value': 'x', 'unit': 'umol/L'}, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_baseline', 'expected a number, got str')],
        id='reject__scr_baseline__value_not_number',
    ),
    # Is the rise from the baseline known or presumed to have happened within the prior 7 days?: the text 'yes' instead of true
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': 'yes', 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('baseline_within_7_days', 'expected yes or no (true or false)')],
        id='reject__baseline_within_7_days__wrong_type',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: NaN
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': math.nan, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_rise_48h', 'must be a finite number')],
        id='reject__scr_rise_48h__nan',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: infinity
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': math.inf, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_rise_48h', 'must be a finite number')],
        id='reject__scr_rise_48h__infinite',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: 2**1024, an integer too large for a float
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_rise_48h', 'must be a finite number')],
        id='reject__scr_rise_48h__too_large',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: a number written as text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': '0', 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_rise_48h', 'expected a number, got str')],
        id='reject__scr_rise_48h__wrong_type',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: true instead of a number
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': True, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_rise_48h', 'expected a number, got bool')],
        id='reject__scr_rise_48h__yes_instead_of_number',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: -0.01, below the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': -0.01, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_rise_48h', '-0.01 umol/L is outside the plausible range 0 to 1326 umol/L')],
        id='reject__scr_rise_48h__below_range',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: 1326.01, above the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': 1326.01, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_rise_48h', '1326.01 umol/L is outside the plausible range 0 to 1326 umol/L')],
        id='reject__scr_rise_48h__above_range',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: a value without its unit
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': {'value': 0.0}, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_rise_48h', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__scr_rise_48h__unit_missing',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: a value in furlong
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': {'value': 0.0, 'unit': 'furlong'}, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_rise_48h', "expected a value in umol/L, got 'furlong'")],
        id='reject__scr_rise_48h__unit_unknown',
    ),
    # Increase in serum creatinine within a 48-hour window, in umol/L or mg/dL: a value that is text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': {'value': 'x', 'unit': 'umol/L'}, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_rise_48h', 'expected a number, got str')],
        id='reject__scr_rise_48h__value_not_number',
    ),
    # Urine output, in mL/h, over the latest period of low output: NaN
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': math.nan, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('urine_output', 'must be a finite number')],
        id='reject__urine_output__nan',
    ),
    # Urine output, in mL/h, over the latest period of low output: infinity
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': math.inf, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('urine_output', 'must be a finite number')],
        id='reject__urine_output__infinite',
    ),
    # Urine output, in mL/h, over the latest period of low output: 2**1024, an integer too large for a float
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('urine_output', 'must be a finite number')],
        id='reject__urine_output__too_large',
    ),
    # Urine output, in mL/h, over the latest period of low output: a number written as text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': '0', 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('urine_output', 'expected a number, got str')],
        id='reject__urine_output__wrong_type',
    ),
    # Urine output, in mL/h, over the latest period of low output: true instead of a number
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': True, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('urine_output', 'expected a number, got bool')],
        id='reject__urine_output__yes_instead_of_number',
    ),
    # Urine output, in mL/h, over the latest period of low output: -0.01, below the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': -0.01, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('urine_output', '-0.01 mL/hour is outside the plausible range 0 to 3000 mL/hour')],
        id='reject__urine_output__below_range',
    ),
    # Urine output, in mL/h, over the latest period of low output: 3000.01, above the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': 3000.01, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('urine_output', '3000.01 mL/hour is outside the plausible range 0 to 3000 mL/hour')],
        id='reject__urine_output__above_range',
    ),
    # Urine output, in mL/h, over the latest period of low output: a value without its unit
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': {'value': 0.0}, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('urine_output', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__urine_output__unit_missing',
    ),
    # Urine output, in mL/h, over the latest period of low output: a value in furlong
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': {'value': 0.0, 'unit': 'furlong'}, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('urine_output', "expected a value in mL/hour, got 'furlong'")],
        id='reject__urine_output__unit_unknown',
    ),
    # Urine output, in mL/h, over the latest period of low output: a value that is text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': {'value': 'x', 'unit': 'mL/hour'}, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('urine_output', 'expected a number, got str')],
        id='reject__urine_output__value_not_number',
    ),
    # Hours for which the urine output has stayed at that rate: NaN
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': math.nan, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('uo_hours', 'must be a finite number')],
        id='reject__uo_hours__nan',
    ),
    # Hours for which the urine output has stayed at that rate: infinity
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': math.inf, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('uo_hours', 'must be a finite number')],
        id='reject__uo_hours__infinite',
    ),
    # Hours for which the urine output has stayed at that rate: 2**1024, an integer too large for a float
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('uo_hours', 'must be a finite number')],
        id='reject__uo_hours__too_large',
    ),
    # Hours for which the urine output has stayed at that rate: a number written as text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': '0', 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('uo_hours', 'expected a number, got str')],
        id='reject__uo_hours__wrong_type',
    ),
    # Hours for which the urine output has stayed at that rate: true instead of a number
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': True, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('uo_hours', 'expected a number, got bool')],
        id='reject__uo_hours__yes_instead_of_number',
    ),
    # Hours for which the urine output has stayed at that rate: -0.01, below the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': -0.01, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('uo_hours', '-0.01 hour is outside the plausible range 0 to 72 hour')],
        id='reject__uo_hours__below_range',
    ),
    # Hours for which the urine output has stayed at that rate: 72.01, above the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': 72.01, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('uo_hours', '72.01 hour is outside the plausible range 0 to 72 hour')],
        id='reject__uo_hours__above_range',
    ),
    # Hours for which the urine output has stayed at that rate: a value without its unit
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': {'value': 0.0}, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('uo_hours', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__uo_hours__unit_missing',
    ),
    # Hours for which the urine output has stayed at that rate: a value in furlong
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': {'value': 0.0, 'unit': 'furlong'}, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('uo_hours', "expected a value in hour, got 'furlong'")],
        id='reject__uo_hours__unit_unknown',
    ),
    # Hours for which the urine output has stayed at that rate: a value that is text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': {'value': 'x', 'unit': 'hour'}, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('uo_hours', 'expected a number, got str')],
        id='reject__uo_hours__value_not_number',
    ),
    # Hours with no urine output: NaN
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': math.nan, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('anuria_hours', 'must be a finite number')],
        id='reject__anuria_hours__nan',
    ),
    # Hours with no urine output: infinity
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': math.inf, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('anuria_hours', 'must be a finite number')],
        id='reject__anuria_hours__infinite',
    ),
    # Hours with no urine output: 2**1024, an integer too large for a float
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('anuria_hours', 'must be a finite number')],
        id='reject__anuria_hours__too_large',
    ),
    # Hours with no urine output: a number written as text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': '0', 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('anuria_hours', 'expected a number, got str')],
        id='reject__anuria_hours__wrong_type',
    ),
    # Hours with no urine output: true instead of a number
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': True, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('anuria_hours', 'expected a number, got bool')],
        id='reject__anuria_hours__yes_instead_of_number',
    ),
    # Hours with no urine output: -0.01, below the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': -0.01, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('anuria_hours', '-0.01 hour is outside the plausible range 0 to 72 hour')],
        id='reject__anuria_hours__below_range',
    ),
    # Hours with no urine output: 72.01, above the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': 72.01, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('anuria_hours', '72.01 hour is outside the plausible range 0 to 72 hour')],
        id='reject__anuria_hours__above_range',
    ),
    # Hours with no urine output: a value without its unit
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': {'value': 0.0}, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('anuria_hours', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__anuria_hours__unit_missing',
    ),
    # Hours with no urine output: a value in furlong
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': {'value': 0.0, 'unit': 'furlong'}, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('anuria_hours', "expected a value in hour, got 'furlong'")],
        id='reject__anuria_hours__unit_unknown',
    ),
    # Hours with no urine output: a value that is text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': {'value': 'x', 'unit': 'hour'}, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('anuria_hours', 'expected a number, got str')],
        id='reject__anuria_hours__value_not_number',
    ),
    # Has renal replacement therapy been begun during this episode?: the text 'yes' instead of true
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': 'yes', 'age': 21, 'egfr': None, 'weight': None},
        [('rrt_started', 'expected yes or no (true or false)')],
        id='reject__rrt_started__wrong_type',
    ),
    # Age: NaN
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': math.nan, 'egfr': None, 'weight': None},
        [('age', 'must be a finite number')],
        id='reject__age__nan',
    ),
    # Age: infinity
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': math.inf, 'egfr': None, 'weight': None},
        [('age', 'must be a finite number')],
        id='reject__age__infinite',
    ),
    # Age: 2**1024, an integer too large for a float
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'egfr': None, 'weight': None},
        [('age', 'must be a finite number')],
        id='reject__age__too_large',
    ),
    # Age: a number written as text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': '0', 'egfr': None, 'weight': None},
        [('age', 'expected a number, got str')],
        id='reject__age__wrong_type',
    ),
    # Age: true instead of a number
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': True, 'egfr': None, 'weight': None},
        [('age', 'expected a number, got bool')],
        id='reject__age__yes_instead_of_number',
    ),
    # Age: -1, below the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': -1, 'egfr': None, 'weight': None},
        [('age', '-1 year is outside the plausible range 0 to 110 year')],
        id='reject__age__below_range',
    ),
    # Age: 111, above the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 111, 'egfr': None, 'weight': None},
        [('age', '111 year is outside the plausible range 0 to 110 year')],
        id='reject__age__above_range',
    ),
    # Age: 0.5, not a whole number
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 0.5, 'egfr': None, 'weight': None},
        [('age', 'must be a whole number')],
        id='reject__age__not_whole',
    ),
    # Age: a value without its unit
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': {'value': 0}, 'egfr': None, 'weight': None},
        [('age', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__age__unit_missing',
    ),
    # Age: a value in furlong
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': {'value': 0, 'unit': 'furlong'}, 'egfr': None, 'weight': None},
        [('age', "expected a value in year, got 'furlong'")],
        id='reject__age__unit_unknown',
    ),
    # Age: a value that is text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': {'value': 'x', 'unit': 'year'}, 'egfr': None, 'weight': None},
        [('age', 'expected a number, got str')],
        id='reject__age__value_not_number',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): NaN
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': math.nan, 'weight': None},
        [('egfr', 'must be a finite number')],
        id='reject__egfr__nan',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): infinity
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': math.inf, 'weight': None},
        [('egfr', 'must be a finite number')],
        id='reject__egfr__infinite',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): 2**1024, an integer too large for a float
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216, 'weight': None},
        [('egfr', 'must be a finite number')],
        id='reject__egfr__too_large',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): a number written as text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': '0', 'weight': None},
        [('egfr', 'expected a number, got str')],
        id='reject__egfr__wrong_type',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): true instead of a number
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': True, 'weight': None},
        [('egfr', 'expected a number, got bool')],
        id='reject__egfr__yes_instead_of_number',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): -0.01, below the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': -0.01, 'weight': None},
        [('egfr', '-0.01 mL/minute/1.73m2 is outside the plausible range 0 to 150 mL/minute/1.73m2')],
        id='reject__egfr__below_range',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): 150.01, above the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': 150.01, 'weight': None},
        [('egfr', '150.01 mL/minute/1.73m2 is outside the plausible range 0 to 150 mL/minute/1.73m2')],
        id='reject__egfr__above_range',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): a value without its unit
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': {'value': 0.0}, 'weight': None},
        [('egfr', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__egfr__unit_missing',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): a value in furlong
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': {'value': 0.0, 'unit': 'furlong'}, 'weight': None},
        [('egfr', "expected a value in mL/minute/1.73m2, got 'furlong'")],
        id='reject__egfr__unit_unknown',
    ),
    # Estimated glomerular filtration rate (used only when the patient is under 18 years): a value that is text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': {'value': 'x', 'unit': 'mL/minute/1.73m2'}, 'weight': None},
        [('egfr', 'expected a number, got str')],
        id='reject__egfr__value_not_number',
    ),
    # Body weight, to turn the urine output into mL/kg/h: NaN
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': math.nan},
        [('weight', 'must be a finite number')],
        id='reject__weight__nan',
    ),
    # Body weight, to turn the urine output into mL/kg/h: infinity
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': math.inf},
        [('weight', 'must be a finite number')],
        id='reject__weight__infinite',
    ),
    # Body weight, to turn the urine output into mL/kg/h: 2**1024, an integer too large for a float
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': 179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216},
        [('weight', 'must be a finite number')],
        id='reject__weight__too_large',
    ),
    # Body weight, to turn the urine output into mL/kg/h: a number written as text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': '2'},
        [('weight', 'expected a number, got str')],
        id='reject__weight__wrong_type',
    ),
    # Body weight, to turn the urine output into mL/kg/h: true instead of a number
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': True},
        [('weight', 'expected a number, got bool')],
        id='reject__weight__yes_instead_of_number',
    ),
    # Body weight, to turn the urine output into mL/kg/h: 1.9, below the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': 1.9},
        [('weight', '1.9 kg is outside the plausible range 2 to 300 kg')],
        id='reject__weight__below_range',
    ),
    # Body weight, to turn the urine output into mL/kg/h: 300.1, above the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': 300.1},
        [('weight', '300.1 kg is outside the plausible range 2 to 300 kg')],
        id='reject__weight__above_range',
    ),
    # Body weight, to turn the urine output into mL/kg/h: -0.0, below the range
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': -0.0},
        [('weight', '0 kg is outside the plausible range 2 to 300 kg')],
        id='reject__weight__negative_zero',
    ),
    # Body weight, to turn the urine output into mL/kg/h: a value without its unit
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': {'value': 2.0}},
        [('weight', 'give a number, or {"value": number, "unit": "..."}')],
        id='reject__weight__unit_missing',
    ),
    # Body weight, to turn the urine output into mL/kg/h: a value in furlong
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': {'value': 2.0, 'unit': 'furlong'}},
        [('weight', "expected a value in kg, got 'furlong'")],
        id='reject__weight__unit_unknown',
    ),
    # Body weight, to turn the urine output into mL/kg/h: a value that is text
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': {'value': 'x', 'unit': 'kg'}},
        [('weight', 'expected a number, got str')],
        id='reject__weight__value_not_number',
    ),
    # Two bad facts at once (scr_current and scr_baseline): both are named
    pytest.param(
        {'scr_current': math.nan, 'scr_baseline': math.nan, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None},
        [('scr_current', 'must be a finite number'), ('scr_baseline', 'must be a finite number')],
        id='reject__two_facts',
    ),
    # A fact the guideline does not have (scr_currents)
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None, 'scr_currents': None},
        [('scr_currents', 'is not a fact of this guideline (did you mean scr_current?)')],
        id='reject__unknown_fact',
    ),
    # A misspelt fact name (rrt_startde for rrt_started)
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_startde': False, 'age': 21, 'egfr': None, 'weight': None},
        [('rrt_startde', 'is not a fact of this guideline (did you mean rrt_started?)')],
        id='reject__misspelt_fact',
    ),
    # A fact the guideline does not have, unlike any of its facts (zz)
    pytest.param(
        {'scr_current': None, 'scr_baseline': None, 'baseline_within_7_days': None, 'scr_rise_48h': None, 'urine_output': None, 'uo_hours': None, 'anuria_hours': None, 'rrt_started': False, 'age': 21, 'egfr': None, 'weight': None, 'zz': True},
        [('zz', 'is not a fact of this guideline')],
        id='reject__unknown_fact_unlike_any',
    ),
    # Has renal replacement therapy been begun during this episode?: missing, and this path reads it
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'age': 21, 'egfr': 27.01, 'weight': 55.6},
        [('rrt_started', 'is required but missing')],
        id='reject__rrt_started__missing_read',
    ),
    # Age: missing, and this path reads it
    pytest.param(
        {'scr_current': 325.98, 'scr_baseline': 325.98, 'baseline_within_7_days': False, 'scr_rise_48h': 238.68, 'urine_output': 540.01, 'uo_hours': 12.96, 'anuria_hours': 12.96, 'rrt_started': False, 'egfr': 27.01, 'weight': 55.6},
        [('age', 'is required but missing')],
        id='reject__age__missing_read',
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

