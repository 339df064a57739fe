"""A top-level node's part is what the interpreter adds for it, and depends on no
fact outside the facts it says it read."""

from __future__ import annotations

import dataclasses
import itertools

from compiler.semantics import interpreter, ir, waiting
from compiler.testgen.node_runs import NodeRuns, Part
from tests.compiler.conftest import random_patients


def alone(guideline: ir.Guideline, node: ir.Node) -> ir.Guideline:
    return dataclasses.replace(guideline, body=(node,), assumptions=())


def as_result(guideline: ir.Guideline, part: Part, facts: dict[str, object]) -> object:
    if part.error is not None:
        return ("raised", str(part.error))
    return {
        "guideline": guideline.id,
        "version": guideline.version,
        "source_hash": guideline.source_hash,
        "complete": not part.waits,
        "needs": waiting.needs_of(part.waits),
        "recommendations": part.recs,
        "path": part.path,
        "scores": [interpreter.score_result(s, facts) for s in guideline.scores],
        "waiting": waiting.waiting_of(guideline, part.waits),
    }


def interpreted(guideline: ir.Guideline, facts: dict[str, object]) -> object:
    try:
        return interpreter.evaluate(guideline, facts)
    except interpreter.GuidelineDefect as exc:
        return ("raised", str(exc))


def test_each_part_is_the_interpreters_result_for_its_node(sample: ir.Guideline) -> None:
    remembering, forgetting = NodeRuns(), NodeRuns(remember=False)
    for patient in random_patients(sample, 40, seed=5):
        for node in sample.body:
            single = alone(sample, node)
            expected = interpreted(single, patient)
            assert as_result(single, remembering.part(node, patient), patient) == expected
            assert as_result(single, forgetting.part(node, patient), patient) == expected


def test_facts_not_read_do_not_change_the_part(sample: ir.Guideline) -> None:
    runs = NodeRuns()
    patients = random_patients(sample, 30, seed=6)
    for first, second in itertools.pairwise(patients):
        for node in sample.body:
            part = runs.part(node, first)
            blended = {k: (first[k] if k in part.reads else second[k]) for k in first}
            other = NodeRuns(remember=False).part(node, blended)
            assert (other.recs, other.path, other.stops, other.waits) == (
                part.recs,
                part.path,
                part.stops,
                part.waits,
            )


def test_taken_steps_include_sections_that_apply_to_everyone() -> None:
    part = Part([], [{"node": "s", "branch": "applies to everyone"}], False, [], None, frozenset())
    assert part.taken() == {("s", "applies to everyone"), ("s", "applies")}
