"""Scores whose criteria or comparisons cannot do what they say.

- L050: a criterion no valid patient meets, so its points never count;
- L051: a criterion every valid patient meets, so its points always count;
- L052: a score compared with a value outside the range it takes over the valid
  patients, so the comparison has the same answer for everyone.
"""

from __future__ import annotations

from fractions import Fraction

from compiler.analysis import formula as f
from compiler.analysis.score_span import score_span
from compiler.checks.logic_support import Logic, finding, logic_for
from compiler.semantics import ir
from compiler.semantics import scores as rule
from compiler.semantics.numbers import fmt_number
from dsl.diagnostics import Diagnostic, Severity


def _points(value: Fraction) -> str:
    shown = fmt_number(float(abs(value)))
    return f"{'-' if value < 0 else ''}{shown} point{'' if abs(value) == 1 else 's'}"


def _criteria(logic: Logic, score: ir.Score) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for criterion in score.criteria:
        cond = criterion.cond
        if not logic.possible([], [f.Is(cond, "yes")]):
            out.append(finding(logic,
                "L050",
                Severity.WARNING,
                f"the criterion `{criterion.text}` of score `{score.name}` is never yes for "
                f"a valid patient, so its {_points(criterion.points)} never count",
                criterion.line,
                logic.patient([], []),
                "no valid patient (inside the declared ranges and assumptions) meets it",
                "correct the condition, or remove the line",
            ))  # fmt: skip
        elif not logic.possible([], [f.AnyOf((f.Is(cond, "no"), f.Is(cond, "unknown")))]):
            out.append(finding(logic,
                "L051",
                Severity.WARNING,
                f"the criterion `{criterion.text}` of score `{score.name}` is yes for every "
                f"valid patient, so its {_points(criterion.points)} always "
                f"count{'s' if abs(criterion.points) == 1 else ''}",
                criterion.line,
                logic.patient([], []),
                "correct the condition, or remove the line",
            ))  # fmt: skip
    return out


def _score_side(atom: ir.CmpNum) -> tuple[ir.Score, Fraction] | None:
    """The score and the constant of `score op constant`."""
    if isinstance(atom.left, ir.ScoreRef) and isinstance(atom.right, ir.NumConst):
        return atom.left.score, Fraction(atom.right.value)
    return None


def _conditions(guideline: ir.Guideline) -> list[ir.Cond]:
    out: list[ir.Cond] = []
    for node in ir.walk(guideline.body):
        if isinstance(node, ir.Decision):
            out += [b.guard for b in node.when_branches() if b.guard is not None]
        elif isinstance(node, ir.Section) and node.when is not None:
            out.append(node.when)
        elif isinstance(node, ir.Emit):
            out += [o.preferred_when for o in node.rec.options if o.preferred_when is not None]
    out += [c.cond for s in guideline.scores for c in s.criteria]
    return out


def _outside(logic: Logic, spans: dict[str, tuple[Fraction, Fraction] | None]) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    seen: set[int] = set()
    for cond in _conditions(logic.guideline):
        for atom in ir.atoms(cond):
            if not isinstance(atom, ir.CmpNum) or id(atom) in seen:
                continue
            seen.add(id(atom))
            found = _score_side(atom)
            span = None if found is None else spans.get(found[0].name)
            if found is None or span is None:
                continue
            score, constant = found
            answer = rule.over(atom.op, [span[0] - constant, span[1] - constant])
            if answer is None:
                continue
            word = "yes" if answer else "no"
            out.append(finding(logic,
                "L052",
                Severity.WARNING,
                f"the score `{score.name}` lies between {fmt_number(float(span[0]))} and "
                f"{fmt_number(float(span[1]))} for every valid patient, so `{atom.text}` is "
                f"always {word}",
                atom.line,
                logic.patient([], [f.Is(atom, word)]),
                "compare the score with a value it can take on either side, as the source "
                "gives it",
            ))  # fmt: skip
    return out


def check(guideline: ir.Guideline) -> list[Diagnostic]:
    """Criteria that never or always count, and comparisons a score's range decides."""
    if not guideline.scores:
        return []
    logic = logic_for(guideline)
    out: list[Diagnostic] = []
    spans = {}
    for score in guideline.scores:
        out += _criteria(logic, score)
        spans[score.name] = score_span(logic.encoder, score)
    return out + _outside(logic, spans)
