"""Reject cases for any fact names an author may choose: one letter, or names like the
ones the generator would invent for a misspelt or unknown fact."""

from __future__ import annotations

import pytest

from compiler.testgen import generate_cases
from compiler.testgen.pytest_file import pytest_files
from tests.conftest import compile_snippet

_REF = 'references\n  1 "Trial A"\n\n'


def _guideline(*names: str) -> str:
    inputs = "".join(f'input {n} "Fact {n}": number kg from 1 to 400\n' for n in names)
    guard = " or ".join(f"{n} >= 100 kg" for n in names)
    return (
        _REF + inputs + f'\ndecide heavy "Heavy?"\n  when {guard}:\n'
        '    advise diet "Diet advice"\n      cites 1\n  otherwise: nothing\n'
    )


@pytest.mark.parametrize(
    "names",
    [
        ("w",),  # one letter: the misspelling swapped the last two letters (IndexError)
        ("aa", "aaa", "aa_x"),  # every misspelling the generator knew is taken (StopIteration)
        ("zz", "qqq", "zzzz_qqqq"),  # every "unlike any fact" name is taken (StopIteration)
        ("w", "ws"),  # the "fact the guideline does not have" is one it has
    ],
)
def test_reject_cases_for_any_names(names: tuple[str, ...]) -> None:
    compiled = compile_snippet(_guideline(*names))
    assert compiled.guideline is not None, compiled.diagnostics
    rejects = [c for c in generate_cases(compiled.guideline) if c.kind == "reject"]
    declared = set(names)
    unknown = [c for c in rejects if c.id.startswith("reject__unknown_fact")]
    misspelt = [c for c in rejects if c.id == "reject__misspelt_fact"]
    assert len(unknown) == 2 and len(misspelt) == 1
    for case in [*unknown, *misspelt]:
        assert set(case.patient) - declared, case.id  # names a fact the guideline lacks
    assert "generated/tests/test_demo.py" in pytest_files([compiled.guideline])
