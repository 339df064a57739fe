"""A wrong and a right binding file for each B code, for docs/errors.md.

Each pair binds the guideline `BINDING_GUIDELINE` (shown once on the page); the tests
check that the wrong file reports its code and that the right one has no errors.
"""

from __future__ import annotations

from compiler.emit_docs.code_examples import HEADER

BINDING_GUIDELINE = (
    HEADER
    + '\nreferences\n  1 "Trial A"\n\n'
    'input weight "Body weight": number kg from 1 to 400\n'
    'input diabetes "Diabetes mellitus": yes/no or unknown\n\n'
    'decide heavy "Is the patient heavy?"\n'
    "  when weight >= 100 kg and diabetes:\n"
    '    advise diet "Diet advice"\n'
    "      cites 1\n"
    "  otherwise: nothing\n"
    "  when unknown: ask\n"
)

_RIGHT = '''guideline = "demo"

[weight]
from = "Observation"
codes = ["http://loinc.org|29463-7"]
unit = "kg"
within = "30 days"

[diabetes]
from = "Condition"
codes = ["http://snomed.info/sct|73211009"]
'''


def _swap(old: str, new: str) -> str:
    assert old in _RIGHT
    return _RIGHT.replace(old, new)


BINDING_EXAMPLES: dict[str, tuple[str, str]] = {
    "B001": (_swap('unit = "kg"', "unit = kg"), _RIGHT),
    "B002": (_swap("[diabetes]", "[diabetis]"), _RIGHT),
    "B003": (_swap("http://loinc.org", "http://lonic.org"), _RIGHT),
    "B004": (_swap('unit = "kg"', 'unit = "mg/dL"'), _RIGHT),
    "B005": (_RIGHT.split("\n[diabetes]", maxsplit=1)[0] + "\n", _RIGHT),
    "B006": (_swap('within = "30 days"', 'withn = "30 days"'), _RIGHT),
    "B007": (_swap('within = "30 days"', "within = 30"), _RIGHT),
    "B008": (_swap('from = "Condition"', 'from = "Conditon"'), _RIGHT),
    "B009": (_swap("http://loinc.org|29463-7", "29463-7"), _RIGHT),
    "B010": (_swap('unit = "kg"', 'unit = "kilo"'), _RIGHT),
    "B011": (_swap('"30 days"', '"30 parsecs"'), _RIGHT),
    "B012": (
        _swap('within = "30 days"', 'within = "30 days"\nstatus = ["final", "entered-in-error"]'),
        _swap('within = "30 days"', 'within = "30 days"\nstatus = ["final"]'),
    ),
    "B013": (_swap('from = "Observation"', 'from = "Condition"'), _RIGHT),
    "B014": (_swap('within = "30 days"', 'within = "30 days"\n\n[weight.choices]\nheavy = '
                   '["http://snomed.info/sct|73211009"]'), _RIGHT),
    "B015": (_swap('guideline = "demo"', 'guideline = "other"'), _RIGHT),
    "B016": (_swap('[diabetes]\n', '[diabetes]\nask = "Not coded here"\n'),
             _swap('[diabetes]\nfrom = "Condition"\ncodes = ["http://snomed.info/sct|73211009"]\n',
                   '[diabetes]\nask = "Not coded here"\n')),
    "B017": (_swap('"http://loinc.org|29463-7"]', '"http://loinc.org|29463-7", '
                   '"http://loinc.org|29463-7"]'), _RIGHT),
    "B019": (_swap('from = "Observation"', 'from = "Patient"'), _RIGHT),
    "B020": (_RIGHT + '\n[orders.aspirin]\ncodes = ["http://www.whocc.no/atc|B01AC06"]\n',
             _RIGHT),
}

