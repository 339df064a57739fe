"""The mutation runner's classification of what a mutant changed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "mutation.py"


@pytest.fixture(scope="module")
def mutation() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mutation_tool", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["mutation_tool"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        ("if f.weeks >= 4.0:  # weeks >= 4", "if f.weeks > 4.0:  # weeks >= 4", "relational"),
        ("if f.weeks >= 4.0:", "if f.weeks >= 5.0:", "threshold"),
        ("close = match(key, n=1)", "close = match(key, n=2)", "number"),
        ("if a is not None and b:", "if a is not None or b:", "boolean"),
        ("u.extend(n for n, v in pairs if v is None)", "u.extend(None)", "other"),
        ("Step('statin', 'Question?')", "Step('XXstatinXX', 'Question?')", "text"),
    ],
)
def test_category(mutation: ModuleType, old: str, new: str, kind: str) -> None:
    assert mutation.category(old, new) == kind


def test_original_names(mutation: ModuleType) -> None:
    assert mutation._original_name("x__d_statin__mutmut_3") == "_d_statin"
    assert mutation._original_name("x\u01c1Step\u01c1to_dict__mutmut_1") == "Step.to_dict"
