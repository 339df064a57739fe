"""Replaying logic findings: each example patient is run through the generated module.

`replay(compiled, diagnostic, module)` raises AssertionError unless the finding's
example patient is valid data and the generated module, run on it, shows the
problem the finding describes. The tests here show that replay can fail.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from benchmarks import synth
from compiler.pipeline.stages import Compiled, compile_text, lower_tree
from compiler.semantics import interpreter, ir
from dsl.diagnostics import Diagnostic
from dsl.parser import parse
from tests.conftest import compile_snippet, emit_and_import

_COUNTER = itertools.count()


def import_generated(guideline: ir.Guideline, directory: Path) -> ModuleType:
    """Emit the guideline's Python module into `directory` and import it."""
    return emit_and_import(guideline, directory, f"logic_replay_{next(_COUNTER)}")


def run_partial(module: ModuleType, patient: Mapping[str, object]) -> tuple[Any, str]:
    """Run the generated module; returns its result (up to a defect) and how it ended."""
    try:
        result = module.evaluate(patient)
    except module.GuidelineDefect as defect:
        return defect.result, "defect"
    return result, "complete" if result.complete else "stopped"


def _nodes_at(guideline: ir.Guideline, line: int) -> list[object]:
    found: list[object] = []
    for node in ir.walk(guideline.body):
        if isinstance(node, ir.Decision):
            found += [node] if node.line == line else []
            found += [(node, b) for b in node.branches if b.line == line]
        elif isinstance(node, ir.Section) and node.line == line:
            found.append(node)
        elif isinstance(node, ir.Emit) and node.rec.line == line:
            found.append(node.rec)
    return found


def _at(guideline: ir.Guideline, line: int, kind: type) -> Any:
    for item in _nodes_at(guideline, line):
        probe = item[1] if isinstance(item, tuple) else item
        if isinstance(probe, kind):
            return item
    raise AssertionError(f"no {kind.__name__} on line {line}")


def _step(out: Any, node_id: str) -> Any:
    steps = [s for s in out.path if s.node == node_id]
    assert steps, f"the example patient does not reach `{node_id}`"
    return steps[0]


def _truth(cond: ir.Cond | None, facts: Mapping[str, object]) -> bool | None:
    assert cond is not None
    return interpreter.truth(cond, facts, [])


def _replay_branch(g: ir.Guideline, d: Diagnostic, out: Any, facts: dict[str, object]) -> None:
    decision, branch = _at(g, d.span.line, ir.Branch)
    taken = _step(out, decision.id).branch
    labels = [b.label for b in decision.when_branches()]
    assert taken != branch.label, "the example patient takes the branch said to be unreachable"
    if d.code == "L011":
        return
    assert _truth(branch.guard, facts) is True, "the branch's condition does not hold"
    if d.code == "L020":
        holding = [b for b in decision.when_branches() if _truth(b.guard, facts) is True]
        assert len(holding) >= 2, "fewer than two branch conditions hold"
    else:
        assert taken in labels and labels.index(taken) < labels.index(branch.label)


def _replay_recs(d: Diagnostic, out: Any) -> None:
    ids = re.findall(r"`([a-z0-9_]+)`", d.message)[:2]
    got = {r.id: r for r in out.recommendations}
    assert all(i in got for i in ids), f"the example patient does not get both of {ids}"
    if d.code == "L031":
        first, second = (got[i].dose for i in ids)
        assert (first.low, first.high, first.unit) != (second.low, second.high, second.unit)


def replay(compiled: Compiled, d: Diagnostic, module: ModuleType) -> None:
    """Check that the finding's example patient is valid and shows the finding."""
    g = compiled.guideline
    assert g is not None and d.example_patient is not None, "finding without example patient"
    facts = interpreter.validate(g, d.example_patient)
    out, ending = run_partial(module, d.example_patient)
    if d.code == "L010":
        decision = _at(g, d.span.line, ir.Decision)
        assert ending == "defect", "the example patient does not fall through"
        with pytest.raises(module.GuidelineDefect, match=decision.id):
            module.evaluate(d.example_patient)
    elif d.code in {"L011", "L020", "L021"}:
        _replay_branch(g, d, out, facts)
    elif d.code in {"L030", "L031"}:
        _replay_recs(d, out)
    elif d.code == "L040":
        node = _at(g, d.span.line, ir.Decision | ir.Section)
        assert ending == "stopped"
        assert (node.id, "unknown") in [(s.node, s.branch) for s in out.path]
        assert node.id in [d for w in out.waiting for d, _ in w.decisions]
    else:
        raise AssertionError(f"no replay for {d.code}")


def logic_findings(compiled: Compiled) -> list[Diagnostic]:
    """The findings of the logic checks."""
    return [d for d in compiled.diagnostics if re.fullmatch(r"L0[1-9]\d", d.code)]


# ------------------------------------------------------ replay can fail

GAP = """
input total "Score": whole from 0 to 10
decide band "Band"
  when total < 3:
    advise low "Low"
      expert opinion
  when total > 3:
    advise high "High"
      expert opinion
"""


def test_replay_accepts_a_real_gap(tmp_path: Path) -> None:
    compiled = compile_snippet(GAP)
    (finding,) = logic_findings(compiled)
    assert compiled.guideline is None  # a gap is an error
    assert finding.example_patient == {"total": 3}
    full = with_ir(compiled)
    assert full.guideline is not None
    replay(full, finding, import_generated(full.guideline, tmp_path))


def test_replay_rejects_a_patient_who_is_covered(tmp_path: Path) -> None:
    compiled = compile_snippet(GAP)
    (finding,) = logic_findings(compiled)
    wrong = Diagnostic(
        finding.code, finding.severity, finding.message, finding.span, (), {"total": 5}
    )
    full = with_ir(compiled)
    assert full.guideline is not None
    with pytest.raises(AssertionError, match="fall through"):
        replay(full, wrong, import_generated(full.guideline, tmp_path))


def test_replay_rejects_an_invalid_patient(tmp_path: Path) -> None:
    compiled = compile_snippet(GAP)
    (finding,) = logic_findings(compiled)
    wrong = Diagnostic(
        finding.code, finding.severity, finding.message, finding.span, (), {"score": 11}
    )
    full = with_ir(compiled)
    assert full.guideline is not None
    with pytest.raises(interpreter.PatientDataError):
        replay(full, wrong, import_generated(full.guideline, tmp_path))


def with_ir(compiled: Compiled) -> Compiled:
    """The same compilation with its IR, even when the logic checks reported errors."""
    tree = parse(compiled.source).guideline
    assert tree is not None
    guideline = lower_tree(tree, compiled.source)[0]
    return Compiled(compiled.source, tree, guideline, compiled.diagnostics)


# ------------------------------------------------- answering questions cheaply

def test_example_patients_do_not_depend_on_earlier_compilations() -> None:
    # Gaps everywhere: synthetic decisions without their `otherwise: nothing`. A shared
    # solver used to give other (equally valid) patients the second time.
    text = synth.generate(30, seed=1).replace("  otherwise: nothing\n", "\n")
    other = synth.generate(30, seed=9).replace("  otherwise: nothing\n", "\n")

    def patients(source: str) -> list[object]:
        found = compile_text(source, "synthetic.guideline").diagnostics
        return [d.example_patient for d in found if d.code.startswith("L")]

    first = patients(text)
    patients(other)
    assert len(first) >= 5 and all(p is not None for p in first)
    assert patients(text) == first
