"""compiler/checks/guideline_ids.py: ids that clash with the outputs of the build."""

from __future__ import annotations

import pytest

from compiler.pipeline.stages import compile_text
from tests.conftest import MINIMAL_HEADER


def _with_id(ident: str) -> str:
    return MINIMAL_HEADER.replace("guideline demo", f"guideline {ident}", 1)


def _codes(text: str) -> list[str]:
    return [d.code for d in compile_text(text).diagnostics]


# Before H008, `class`, `import`, `not` and `is` built a test file that was a
# SyntaxError, `index` replaced the list page and `tests` was shadowed by generated/tests/.
@pytest.mark.parametrize("ident", ["class", "import", "not", "is", "index", "tests", "conftest"])
def test_an_id_that_clashes_with_an_output_is_refused(ident: str) -> None:
    compiled = compile_text(_with_id(ident))
    found = [d for d in compiled.diagnostics if d.code == "H008"]
    assert len(found) == 1 and compiled.guideline is None
    assert f"`{ident}`" in found[0].message and found[0].hints
    assert (found[0].span.line, found[0].span.column) == (1, 11)


@pytest.mark.parametrize("ident", ["demo", "classes", "index_2", "my_tests", "match", "type"])
def test_other_ids_are_fine(ident: str) -> None:
    assert "H008" not in _codes(_with_id(ident))
