"""A wrong and a right guideline snippet for each diagnostic code, for docs/errors.md.

A snippet that starts with `guideline` is a whole file; any other snippet is the body
of a file that starts with the usual header (`version`, `status`, `owners`, `reviewed`,
`scope`). The tests compile every pair: the wrong one must report its code, the right
one must not, and must have no errors at all.
"""

from __future__ import annotations

# The header every body snippet follows (the same as the tests' MINIMAL_HEADER).
HEADER = """guideline demo "Demo"
  version 0.1.0
  status draft
  owners "Test group"
  reviewed 2024-06-01
  scope "Adults"
"""

# Codes that no snippet is known to report, with the reason shown in the docs.
NO_EXAMPLE: dict[str, str] = {
    "P015": "Its example would be a file of more than a hundred blocks, each inside the last.",
    "P017": "It is about the bytes of the file, which a page of text cannot show.",
    "P018": "It is about the file's permissions on disk, which a page of text cannot show.",
    "P019": "Its example would be a text of more than 10,000 characters.",
    "P020": "Its example would be a condition of more than 40 facts and comparisons.",
    "T037": "Its example would be a dose choosing among more than 40 values.",
    "L090": "It depends on how long the solver takes on a large guideline, not on one line.",
    "L091": "It reports a fault in the compiler itself; no guideline text is wrong.",
    "X005": "It depends on how far the solver gets on a whole guideline, not on one line.",
    "H009": "It needs two guideline files; the snippets here are one file each.",
    "B018": "It is reported by `guideline serve` for a guideline that has no binding file.",
}

_REF = 'references\n  1 "Trial A"\n\n'
_WEIGHT = 'input weight "Body weight": number kg from 1 to 400\n\n'
_MAYBE = _REF + 'input weight "Body weight": number kg from 1 to 400 or unknown\n\n'
_SEX = 'input sex "Sex": one of female, male\n\n'


def _decide(guard: str, body: str = 'advise diet "Diet advice"\n      cites 1') -> str:
    """A decision with one `when` branch holding `body`, and an `otherwise`."""
    return (
        f'decide heavy "Is the patient heavy?"\n  when {guard}:\n    {body}\n  otherwise: nothing\n'
    )


_MAYBE_WEIGHT = 'input weight "Body weight": number kg from 1 to 400 or unknown\n\n'
_ADULT = 'input adult "Adult": yes/no\n\n'
_DRUG_A = 'start drug_a "Drug A"\n      dose {dose}\n      cites 1'
_CAUTION = '  when {guard}:\n    caution joints "Joint strain"\n      cites 1\n'
_EXAMPLE = (
    '\nexample heavy_patient "A heavy patient"\n  given weight = {weight}\n  expect {expect}\n'
)
_OK = _REF + _WEIGHT + _decide("weight >= 100 kg")
_CONVERTED = (
    _REF
    + 'input creatinine "Serum creatinine": number umol/L from 10 to 3000'
    + " convert 1 mg/dL = 88.4 umol/L\n\n"
    + _decide("creatinine >= 0.3 mg/dL")
)


def _factor(value: str) -> str:
    """A snippet where `factor` (defined as `value`) scales the weight in a decision."""
    return (
        _REF
        + _WEIGHT
        + _SEX
        + f"define factor = {value}\n\n"
        + _decide("weight * factor >= 100 kg")
    )


EXAMPLES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ syntax
    "P001": ("input smoker 'Smoker': yes/no\n", 'input smoker "Smoker": yes/no\n'),
    "P002": (
        'input smoker "Smoker": yes/no yes\n',
        'input smoker "Smoker": yes/no\n',
    ),
    "P007": (
        'input unknown "Result pending": yes/no\n\n'
        'decide pending "Pending?"\n  when unknown: ask\n  otherwise: nothing\n',
        'input pending "Result pending": yes/no\n\n'
        'decide waiting "Pending?"\n  when pending:\n    advise wait "Wait"\n'
        "      expert opinion\n  otherwise: nothing\n",
    ),
    "P003": ('note "Unfinished text\n', 'note "Finished text"\n'),
    "P004": (
        _REF + _WEIGHT + 'decide heavy "Heavy?"\n  when weight >= 100 kg: nothing\n'
        "      otherwise: nothing\n",
        _REF + _WEIGHT + 'decide heavy "Heavy?"\n  when weight >= 100 kg: nothing\n'
        "  otherwise: nothing\n",
    ),
    "P005": (_WEIGHT + 'decide heavy "Heavy?"\n', _OK),
    "P006": (_OK.replace("100 kg:", "100 kg"), _OK),
    "P008": (
        _REF + _WEIGHT + _decide("weight == 100 kg"),
        _REF + _WEIGHT + _decide("weight = 100 kg"),
    ),
    "P009": ('note "Use 5\\% of the dose"\n', 'note "Use 5% of the dose"\n'),
    "P011": (
        'input weight "Body weight": number from kg 1 to 400\n',
        'input weight "Body weight": number kg from 1 to 400\n',
    ),
    "P012": (
        'inptu weight "Body weight": number kg from 1 to 400\n',
        'input weight "Body weight": number kg from 1 to 400\n',
    ),
    "P013": (
        _REF
        + _WEIGHT
        + _decide(
            "weight >= 100 kg",
            'start drug_a "Drug A"\n      dose 10 mg\n      dose 20 mg\n      cites 1',
        ),
        _REF
        + _WEIGHT
        + _decide("weight >= 100 kg", 'start drug_a "Drug A"\n      dose 10 mg\n      cites 1'),
    ),
    "P014": (
        'input diagnosed "Date of diagnosis": date\n\ndefine changed = diagnosed >= 2024-02-30\n',
        'input diagnosed "Date of diagnosis": date\n\ndefine changed = diagnosed >= 2024-02-29\n',
    ),
    "P016": (
        _REF
        + 'input weight "Body weight": number kg from 1 to 4'
        + "0" * 400
        + "\n\n"
        + _decide("weight >= 100 kg"),
        _OK,
    ),
    # ------------------------------------------------------------------- names
    "N001": (_REF + _WEIGHT + _decide("wieght >= 100 kg"), _OK),
    "N002": (
        _REF
        + _WEIGHT
        + 'input weight "Weight at diagnosis": number kg from 1 to 400\n\n'
        + _decide("weight >= 100 kg"),
        _REF
        + _WEIGHT
        + 'input first_weight "Weight at diagnosis": number kg from 1 to 400\n\n'
        + _decide("weight >= 100 kg and first_weight >= 100 kg"),
    ),
    "N003": (_REF + _SEX + _decide("sex is mael"), _REF + _SEX + _decide("sex is male")),
    "N005": (
        _REF + "define a = b\ndefine b = a\n\n" + _decide("a"),
        _REF + _WEIGHT + "define a = weight >= 100 kg\ndefine b = a\n\n" + _decide("b"),
    ),
    "N008": (
        _REF + 'input sex "Sex": one of female, male, male\n\n' + _decide("sex is male"),
        _REF + _SEX + _decide("sex is male"),
    ),
    "N009": (
        _REF
        + _WEIGHT
        + 'input age "Age": number years from 0 to 120\n\n'
        + _decide("weight >= 100 kg"),
        _OK,
    ),
    "N010": (
        _REF
        + _WEIGHT
        + "define heavy_patient = weight >= 100 kg\n\n"
        + _decide("weight >= 100 kg"),
        _REF + _WEIGHT + "define heavy_patient = weight >= 100 kg\n\n" + _decide("heavy_patient"),
    ),
    "N030": (
        _REF + _WEIGHT + _decide("mean(weight, 80 kg) >= 100 kg"),
        _REF + _WEIGHT + _decide("max(weight, 80 kg) >= 100 kg"),
    ),
    "N031": (
        _factor("lookup sex: femle -> 0.85, otherwise -> 1"),
        _factor("lookup sex: female -> 0.85, otherwise -> 1"),
    ),
    "N032": (
        _factor("lookup sex: female -> 0.85, female -> 0.9, male -> 1"),
        _factor("lookup sex: female -> 0.85, male -> 1"),
    ),
    # ------------------------------------------------------------ types, units
    "T030": (
        _factor("if sex is female then 0.85 else 1 kg"),
        _factor("if sex is female then 0.85 else 1"),
    ),
    "T031": (
        _factor("if sex is female then weight >= 50 kg else 1"),
        _factor("if sex is female then 0.85 else 1"),
    ),
    "T032": (
        _factor("lookup weight: heavy -> 1, otherwise -> 2"),
        _factor("lookup sex: female -> 0.85, male -> 1"),
    ),
    "T033": (
        _factor("lookup sex: female -> 0.85"),
        _factor("lookup sex: female -> 0.85, male -> 1"),
    ),
    "T034": (
        _REF + _WEIGHT + _decide("max(weight) >= 100 kg"),
        _REF + _WEIGHT + _decide("max(weight, 80 kg) >= 100 kg"),
    ),
    "T035": (
        _MAYBE + _decide("(if weight is known then weight else 70 kg) >= 100 kg"),
        _MAYBE + _decide("weight is known and weight >= 100 kg"),
    ),
    "T036": (
        _factor("lookup sex: female -> 0.85, male -> 1, otherwise -> 1"),
        _factor("lookup sex: female -> 0.85, male -> 1"),
    ),
    "T001": (_REF + _WEIGHT + _decide("weight"), _OK),
    "T002": (_REF + _WEIGHT + _decide("weight >= 2 weeks"), _OK),
    "T003": (_REF + _WEIGHT + _decide("weight >= 100"), _OK),
    "T004": (_REF + _WEIGHT + _decide("weight >= 50 to 100 kg"), _OK),
    "T005": (_REF + _WEIGHT + _decide("weight >= 100 kgs"), _OK),
    "T006": (_REF + _SEX + _decide("sex = male"), _REF + _SEX + _decide("sex is male")),
    "T007": (
        _REF
        + _WEIGHT
        + _decide("weight >= 100 kg", 'start drug_a "Drug A"\n      dose 10\n      cites 1'),
        _REF
        + _WEIGHT
        + _decide("weight >= 100 kg", 'start drug_a "Drug A"\n      dose 10 mg\n      cites 1'),
    ),
    "T009": (
        _REF
        + 'input weight "Body weight": number kg from 400 to 1\n\n'
        + _decide("weight >= 100 kg"),
        _OK,
    ),
    "T010": (
        _REF
        + _WEIGHT
        + "define heavy_patient = weight >= 100 kg\n\n"
        + _decide("heavy_patient is known"),
        _REF
        + 'input weight "Body weight": number kg from 1 to 400 or unknown\n\n'
        + 'decide heavy "Is the patient heavy?"\n'
        '  when weight is known:\n    advise diet "Diet advice"\n'
        "      cites 1\n  otherwise: nothing\n",
    ),
    "T011": (
        _REF + 'input visits "Visits so far": whole from 0.5 to 10\n\n' + _decide("visits >= 2"),
        _REF + 'input visits "Visits so far": whole from 0 to 10\n\n' + _decide("visits >= 2"),
    ),
    "T012": (
        _REF
        + _WEIGHT
        + _decide(
            "weight >= 100 kg",
            'monitor glucose "Blood glucose"\n      every weight / 10 kg * 1 week\n      cites 1',
        ),
        _REF
        + _WEIGHT
        + _decide(
            "weight >= 100 kg", 'monitor glucose "Blood glucose"\n      every 1 week\n      cites 1'
        ),
    ),
    "T013": (
        _REF
        + _WEIGHT
        + 'input height "Height": number cm from 50 to 250\n\n'
        + _decide(
            "weight >= 100 kg",
            'start drug_a "Drug A"\n      dose 7 mg/kg * height\n      cites 1',
        ),
        _REF
        + _WEIGHT
        + 'input height "Height": number cm from 50 to 250\n\n'
        + _decide(
            "weight >= 100 kg and height >= 150 cm",
            'start drug_a "Drug A"\n      dose 7 mg/kg * weight\n      cites 1',
        ),
    ),
    "T014": (
        _REF
        + 'input creatinine "Serum creatinine": number umol/L from 10 to 3000'
        + " molar mass 113.12 mg\n\n"
        + _decide("creatinine >= 1.5 mg/dL"),
        _REF
        + 'input creatinine "Serum creatinine": number umol/L from 10 to 3000'
        + " molar mass 113.12 g/mol\n\n"
        + _decide("creatinine >= 1.5 mg/dL"),
    ),
    "T060": (
        _REF
        + 'input creatinine "Serum creatinine": number umol/L from 10 to 3000'
        + " convert 1 mg/dL = 10 mg/L\n\n"
        + _decide("creatinine >= 0.3 mg/dL"),
        _CONVERTED,
    ),
    "T061": (
        _REF
        + 'input creatinine "Serum creatinine": number umol/L from 10 to 3000'
        + " convert 1 mg/dL = 0 umol/L\n\n"
        + _decide("creatinine >= 0.3 mg/dL"),
        _CONVERTED,
    ),
    "T062": (
        _REF
        + 'input clearance "Creatinine clearance": number mL/min from 1 to 200'
        + " convert 1 mg/dL = 88.4 umol/L\n\n"
        + _decide("clearance >= 30 mL/min"),
        _REF
        + 'input clearance "Creatinine clearance": number mL/min from 1 to 200\n\n'
        + _decide("clearance >= 30 mL/min"),
    ),
    # --------------------------------------------------------------- citations
    "C001": (
        _REF + _WEIGHT + _decide("weight >= 100 kg", 'advise diet "Diet advice"\n      cites 2'),
        _OK,
    ),
    "C002": (
        'references\n  1 "Trial A"\n  2 "Trial B"\n\n' + _WEIGHT + _decide("weight >= 100 kg"),
        _OK,
    ),
    "C003": (
        _WEIGHT + _decide("weight >= 100 kg", 'advise diet "Diet advice"'),
        _WEIGHT + _decide("weight >= 100 kg", 'advise diet "Diet advice"\n      expert opinion'),
    ),
    "C004": (
        'references\n  1 "Trial A"\n  1 "Trial B"\n\n' + _WEIGHT + _decide("weight >= 100 kg"),
        _OK,
    ),
    # ------------------------------------------------------------------ header
    "H001": (
        'guideline demo "Demo"\n  version 0.1.0\n  status draft\n  owners "Test group"\n'
        "  reviewed 2024-06-01\n",
        'guideline demo "Demo"\n  version 0.1.0\n  status draft\n  owners "Test group"\n'
        '  reviewed 2024-06-01\n  scope "Adults"\n',
    ),
    "H002": (
        'guideline demo "Demo"\n  version 01.0.0\n  status draft\n  owners "Test group"\n'
        '  reviewed 2024-06-01\n  scope "Adults"\n',
        'guideline demo "Demo"\n  version 1.0.0\n  status draft\n  owners "Test group"\n'
        '  reviewed 2024-06-01\n  scope "Adults"\n',
    ),
    "H003": (
        'guideline demo "Demo"\n  version 0.1.0\n  status final\n  owners "Test group"\n'
        '  reviewed 2024-06-01\n  scope "Adults"\n',
        'guideline demo "Demo"\n  version 0.1.0\n  status active\n  owners "Test group"\n'
        '  reviewed 2024-06-01\n  scope "Adults"\n',
    ),
    "H004": (
        _REF
        + _WEIGHT
        + _decide(
            "weight >= 100 kg", 'advise diet "Diet advice"\n      strength mandatory\n      cites 1'
        ),
        _REF
        + _WEIGHT
        + _decide(
            "weight >= 100 kg", 'advise diet "Diet advice"\n      strength consider\n      cites 1'
        ),
    ),
    "H007": (
        'guideline Demo "Demo"\n  version 0.1.0\n  status draft\n  owners "Test group"\n'
        '  reviewed 2024-06-01\n  scope "Adults"\n',
        'guideline demo "Demo"\n  version 0.1.0\n  status draft\n  owners "Test group"\n'
        '  reviewed 2024-06-01\n  scope "Adults"\n',
    ),
    "H008": (
        'guideline index "Demo"\n  version 0.1.0\n  status draft\n  owners "Test group"\n'
        '  reviewed 2024-06-01\n  scope "Adults"\n',
        'guideline demo "Demo"\n  version 0.1.0\n  status draft\n  owners "Test group"\n'
        '  reviewed 2024-06-01\n  scope "Adults"\n',
    ),
    "H010": (
        HEADER
        + '  acknowledge R005 in heavy "asked on purpose"\n\n'
        + _REF
        + _WEIGHT
        + _decide("weight >= 100 kg", "ask"),
        HEADER + "\n" + _OK,
    ),
    "H011": (
        HEADER + '  acknowledge N009 in weight "kept for the next version"\n\n' + _OK,
        HEADER
        + '  acknowledge N009 in age "kept for the next version"\n\n'
        + 'input age "Age": whole years from 18 to 120\n\n'
        + _OK,
    ),
    "H012": (
        HEADER
        + '  acknowledge N009 in agee "kept for the next version"\n\n'
        + 'input age "Age": whole years from 18 to 120\n\n'
        + _OK,
        HEADER
        + '  acknowledge N009 in age "kept for the next version"\n\n'
        + 'input age "Age": whole years from 18 to 120\n\n'
        + _OK,
    ),
    # --------------------------------------------------------- recommendations
    "R001": (
        _REF
        + _WEIGHT
        + _decide(
            "weight >= 100 kg", 'monitor glucose "Blood glucose"\n      dose 10 mg\n      cites 1'
        ),
        _REF
        + _WEIGHT
        + _decide(
            "weight >= 100 kg", 'monitor glucose "Blood glucose"\n      every 1 week\n      cites 1'
        ),
    ),
    "R002": (
        _REF
        + _WEIGHT
        + _decide(
            "weight >= 100 kg",
            'choose agent "An agent"\n      cites 1\n      option drug_a "Drug A"',
        ),
        _REF
        + _WEIGHT
        + _decide(
            "weight >= 100 kg",
            'choose agent "An agent"\n      cites 1\n'
            '      option drug_a "Drug A"\n      option drug_b "Drug B"',
        ),
    ),
    "R003": (
        _REF
        + _WEIGHT
        + _decide(
            "weight >= 100 kg",
            'start agent "An agent"\n      cites 1\n'
            '      option drug_a "Drug A"\n      option drug_b "Drug B"',
        ),
        _REF
        + _WEIGHT
        + _decide(
            "weight >= 100 kg",
            'choose agent "An agent"\n      cites 1\n'
            '      option drug_a "Drug A"\n      option drug_b "Drug B"',
        ),
    ),
    "R005": (_REF + _WEIGHT + _decide("weight >= 100 kg", "ask"), _OK),
    # ----------------------------------------------------------- unknown facts
    "U002": (
        _REF + _ADULT + _MAYBE_WEIGHT + _decide("adult", _DRUG_A.format(dose="1 mg/kg * weight")),
        _REF + _ADULT + _WEIGHT + _decide("adult", _DRUG_A.format(dose="1 mg/kg * weight")),
    ),
    "U003": (
        _REF + _WEIGHT + _decide("weight is known"),
        _REF + _MAYBE_WEIGHT + _decide("weight is known"),
    ),
    # ------------------------------------------------------------------- logic
    "L003": (
        _REF + _WEIGHT + _decide("weight >= 100 kg") + "  when weight >= 200 kg: nothing\n",
        _REF + _WEIGHT + _decide("weight >= 100 kg"),
    ),
    "L004": (
        _REF + _WEIGHT + _decide("weight >= 100 kg") + "  otherwise: nothing\n",
        _REF + _WEIGHT + _decide("weight >= 100 kg"),
    ),
    "L005": (
        _REF + _WEIGHT + 'decide heavy "Is the patient heavy?"\n  otherwise:\n'
        '    advise diet "Diet advice"\n      cites 1\n',
        _OK,
    ),
    "L010": (
        _REF + _WEIGHT + _decide("weight >= 100 kg").replace("  otherwise: nothing\n", ""),
        _OK,
    ),
    "L011": (
        _REF
        + _WEIGHT
        + _decide("weight >= 100 kg").replace(
            "  otherwise", "  when weight >= 200 kg: nothing\n  otherwise"
        ),
        _REF
        + _WEIGHT
        + _decide("weight >= 200 kg").replace(
            "  otherwise", "  when weight >= 100 kg: nothing\n  otherwise"
        ),
    ),
    "L012": (
        _REF
        + _WEIGHT
        + 'section heavy_care "Care of heavy patients" when weight > 500 kg\n'
        + '  advise diet "Diet advice"\n    cites 1\n',
        _REF
        + _WEIGHT
        + 'section heavy_care "Care of heavy patients" when weight > 150 kg\n'
        + '  advise diet "Diet advice"\n    cites 1\n',
    ),
    "L060": (
        _REF + _WEIGHT + _decide("weight * (if weight > 500 kg then 2 else 1) >= 100 kg"),
        _REF + _WEIGHT + _decide("weight * (if weight > 150 kg then 2 else 1) >= 100 kg"),
    ),
    "L061": (
        _REF + _WEIGHT + _decide("weight at most 500 kg >= 100 kg"),
        _REF + _WEIGHT + _decide("weight at most 150 kg >= 100 kg"),
    ),
    "L062": (
        _REF + _WEIGHT + _decide("weight at least 500 kg >= 100 kg"),
        _REF + _WEIGHT + _decide("weight at least 50 kg >= 100 kg"),
    ),
    "L063": (
        _REF + _WEIGHT + _decide("min(weight, weight + 10 kg) >= 100 kg"),
        _REF + _WEIGHT + _decide("min(weight, 150 kg) >= 100 kg"),
    ),
    "L020": (
        _REF
        + _WEIGHT
        + _decide("weight >= 100 kg")
        .replace('?"\n', '?" exclusive\n', 1)
        .replace("  otherwise", "  when weight >= 90 kg: nothing\n  otherwise"),
        _REF
        + _WEIGHT
        + _decide("weight >= 100 kg")
        .replace('?"\n', '?" exclusive\n', 1)
        .replace("  otherwise", "  when weight < 100 kg: nothing\n  otherwise"),
    ),
    "L021": (
        _REF
        + _ADULT
        + _WEIGHT
        + _decide("adult").replace(
            "  otherwise", _CAUTION.format(guard="weight >= 100 kg") + "  otherwise"
        ),
        _REF
        + _ADULT
        + _WEIGHT
        + _decide("adult").replace(
            "  otherwise", _CAUTION.format(guard="weight >= 100 kg and not adult") + "  otherwise"
        ),
    ),
    "L030": (
        _REF + 'section care "Care"\n  start pred_start "Start prednisone"\n'
        "    drug prednisone\n    cites 1\n"
        '  stop pred_stop "Stop prednisone"\n    drug prednisone\n    cites 1\n',
        _REF + 'section care "Care"\n  start pred_start "Start prednisone"\n'
        "    drug prednisone\n    cites 1\n"
        '  stop statin_stop "Stop the statin"\n    drug statin\n    cites 1\n',
    ),
    "L031": (
        _REF + 'section care "Care"\n  start pred_a "Prednisone"\n'
        "    drug prednisone\n    dose 10 mg\n    cites 1\n"
        '  start pred_b "Prednisone"\n    drug prednisone\n    dose 20 mg\n    cites 1\n',
        _REF + 'section care "Care"\n  start pred_a "Prednisone"\n'
        "    drug prednisone\n    dose 10 mg\n    cites 1\n",
    ),
    "L040": (
        _REF + _MAYBE_WEIGHT + _decide("weight >= 100 kg"),
        _REF
        + _MAYBE_WEIGHT
        + _decide("weight >= 100 kg").replace("  otherwise", "  when unknown: ask\n  otherwise"),
    ),
    # ------------------------------------------------------- dose limits, timing
    "T040": (
        _REF + _decide("yes", 'monitor ck "CK"\n      review in 2 kg\n      cites 1'),
        _REF + _decide("yes", 'monitor ck "CK"\n      review in 2 weeks\n      cites 1'),
    ),
    "T041": (
        _REF + _WEIGHT + _decide(
            "weight >= 100 kg",
            'monitor ck "CK"\n      recheck "CK" in weight * 1 day/kg\n      cites 1',
        ),
        _REF + _WEIGHT + _decide(
            "weight >= 100 kg", 'monitor ck "CK"\n      recheck "CK" in 2 to 6 weeks\n      cites 1'
        ),
    ),
    "T042": (
        _REF + _WEIGHT + _decide(
            "weight >= 100 kg",
            'start drug_a "Drug A"\n      dose 15 mg/kg * weight\n      dose cap 10 mg/kg'
            "\n      cites 1",
        ),
        _REF + _WEIGHT + _decide(
            "weight >= 100 kg",
            'start drug_a "Drug A"\n      dose 15 mg/kg * weight\n      dose cap 2 g'
            "\n      cites 1",
        ),
    ),
    "T043": (
        _REF + _WEIGHT + _decide(
            "weight >= 100 kg",
            'start drug_a "Drug A"\n      dose 15 mg/kg * weight\n      dose cap 1 to 2 g'
            "\n      cites 1",
        ),
        _REF + _WEIGHT + _decide(
            "weight >= 100 kg",
            'start drug_a "Drug A"\n      dose 15 mg/kg * weight\n      dose cap 2 g'
            "\n      cites 1",
        ),
    ),
    "T044": (
        _REF + _decide(
            "yes", 'start drug_a "Drug A"\n      dose 1 g\n      daily maximum 4 g/week'
            "\n      cites 1"
        ),
        _REF + _decide(
            "yes", 'start drug_a "Drug A"\n      dose 1 g\n      daily maximum 4 g/day'
            "\n      cites 1"
        ),
    ),
    "T045": (
        _REF + _decide(
            "yes", 'start drug_a "Drug A"\n      dose 10 mL\n      daily maximum 4 g\n      cites 1'
        ),
        _REF + _decide(
            "yes", 'start drug_a "Drug A"\n      dose 10 mL\n      daily maximum 40 mL'
            "\n      cites 1"
        ),
    ),
    "R010": (
        _REF + _decide("yes", 'start drug_a "Drug A"\n      dose cap 1 g\n      cites 1'),
        _REF + _decide("yes", 'start drug_a "Drug A"\n      dose 1 g\n      cites 1'),
    ),
    "R011": (
        _REF + _decide("yes", 'start drug_a "Drug A"\n      daily maximum 4 g\n      cites 1'),
        _REF + _decide(
            "yes", 'start drug_a "Drug A"\n      dose 1 g\n      daily maximum 4 g\n      cites 1'
        ),
    ),
    "L065": (
        _REF + _WEIGHT + _decide(
            "weight <= 40 kg",
            'start drug_a "Drug A"\n      dose 15 mg/kg * weight\n      dose cap 750 mg'
            "\n      cites 1",
        ),
        _REF + _WEIGHT + _decide(
            "weight <= 80 kg",
            'start drug_a "Drug A"\n      dose 15 mg/kg * weight\n      dose cap 750 mg'
            "\n      cites 1",
        ),
    ),
    "L066": (
        _REF + _WEIGHT + _decide(
            "weight >= 100 kg",
            'start drug_a "Drug A"\n      dose 15 mg/kg * weight\n      dose cap 750 mg'
            "\n      cites 1",
        ),
        _REF + _WEIGHT + _decide(
            "weight >= 40 kg",
            'start drug_a "Drug A"\n      dose 15 mg/kg * weight\n      dose cap 750 mg'
            "\n      cites 1",
        ),
    ),
    "L067": (
        _REF + _decide(
            "yes",
            'start drug_a "Drug A"\n      dose 1 g\n      daily maximum 3 g/day'
            '\n      frequency "every 6 hours"\n      cites 1',
        ),
        _REF + _decide(
            "yes",
            'start drug_a "Drug A"\n      dose 1 g\n      daily maximum 4 g/day'
            '\n      frequency "every 6 hours"\n      cites 1',
        ),
    ),
    "L068": (
        _REF + _decide(
            "yes", 'start drug_a "Drug A"\n      dose 1 g\n      daily maximum 800 mg'
            "\n      cites 1"
        ),
        _REF + _decide(
            "yes", 'start drug_a "Drug A"\n      dose 1 g\n      daily maximum 4 g\n      cites 1'
        ),
    ),
    # ---------------------------------------------------------------- examples
    "X001": (
        _OK + _EXAMPLE.format(weight="120 kg", expect="nothing"),
        _OK + _EXAMPLE.format(weight="120 kg", expect="diet"),
    ),
    "X002": (
        _OK + _EXAMPLE.format(weight="yes", expect="diet"),
        _OK + _EXAMPLE.format(weight="120 kg", expect="diet"),
    ),
    "X003": (
        _OK + _EXAMPLE.format(weight="500 kg", expect="diet"),
        _OK + _EXAMPLE.format(weight="120 kg", expect="diet"),
    ),
    "X004": (
        _OK + _EXAMPLE.format(weight="120 kg", expect="diet_advice"),
        _OK + _EXAMPLE.format(weight="120 kg", expect="diet"),
    ),
}
