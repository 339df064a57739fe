"""The generated module's scores: for each score, a function giving its criteria's
truths (yes, no or unknown) and the unknown facts of the unknown criteria, and the
points and labels as constants. The runtime's `_bounds` sums the points into the
score's low and high value and `_over` settles a comparison over that range, as
`compiler.semantics.scores` does. A score of nine criteria costs a few dozen lines.

Points are summed exactly: each score's points are written as whole numbers, scaled
by the common denominator of its points (10 for points in tenths), and the sum is
divided back into an exact fraction (an int when every point is whole).
"""

from __future__ import annotations

import math

from compiler.emit_python.conditions import CondEmitter, Writer, comment, var
from compiler.emit_python.tree import unpack_facts
from compiler.semantics import ir


def truths_name(score: ir.Score) -> str:
    """The function giving the criteria's truths and the unknown facts."""
    return f"_t_{score.name}"


def bounds_name(score: ir.Score) -> str:
    """The function giving the score's low and high value and the unknown facts."""
    return f"_b_{score.name}"


def scale(score: ir.Score) -> int:
    """The common denominator of the score's points: 1 for whole points, 10 for tenths."""
    return math.lcm(*(c.points.denominator for c in score.criteria))


def _points(score: ir.Score) -> str:
    factor = scale(score)
    return repr(tuple(int(c.points * factor) for c in score.criteria))


def _labels(score: ir.Score) -> str:
    return repr(tuple(c.label for c in score.criteria))


def _criterion(w: Writer, conds: CondEmitter, criterion: ir.Criterion, target: str) -> None:
    """`target` = the criterion's truth; the facts it met unknown appended to `u`
    only when it is unknown."""
    cond = criterion.cond
    if not conds.can_be_unknown(cond):
        w.line(f"{target} = {conds.expr(cond)}")
        return
    atom = cond.operand if isinstance(cond, ir.NotC) else cond
    names = ir.atom_inputs(atom) if isinstance(atom, ir.CmpChoice | ir.IsTrue | ir.CmpNum) else []
    if (
        isinstance(atom, ir.CmpChoice | ir.IsTrue | ir.CmpNum)
        and not ir.is_score_atom(atom)
        and len(set(names)) == 1
    ):
        fact = names[0]
        known = conds.within(conds.unknowable - {fact})
        if isinstance(cond, ir.IsTrue):
            w.line(f"{target} = {var(fact)}")
        else:
            w.line(f"{target} = None if {var(fact)} is None else {known.expr(cond)}")
        w.line(f"u.extend(({fact!r},) if {target} is None else ())")
        return
    mark = w.temp("m")
    w.line(f"{mark} = len(u)")
    conds.kleene(w, cond, target)
    w.line(f"u[{mark}:] = u[{mark}:] if {target} is None else []")


def score_functions(guideline: ir.Guideline, conds: CondEmitter) -> list[str]:
    """The constants and functions of every score, in declaration order."""
    out: list[str] = []
    for score in guideline.scores:
        out.append(f"_P_{score.name}: Final = {_points(score)}")
        out.append(f"_L_{score.name}: Final = {_labels(score)}")
        out.append(_truths_function(guideline, conds, score))
        out.append(_bounds_function(score))
    if guideline.scores:
        out.append(_results_function(guideline))
    return out


def _bounds_function(score: ir.Score) -> str:
    factor = scale(score)
    kind = "int" if factor == 1 else "_Fraction"
    head = [
        f"def {bounds_name(score)}(facts: _Facts) -> tuple[{kind}, {kind}, list[str]]:",
        f'    """Score {score.name}: its low and high value, and the unknown '
        'facts that leave it open."""',
        f"    truths, u = {truths_name(score)}(facts)",
    ]
    if factor == 1:
        return "\n".join([*head, f"    return (*_bounds(_P_{score.name}, truths), u)"])
    return "\n".join(
        [
            *head,
            f"    low, high = _bounds(_P_{score.name}, truths)",
            f"    return _Fraction(low, {factor}), _Fraction(high, {factor}), u",
        ]
    )


def _truths_function(guideline: ir.Guideline, conds: CondEmitter, score: ir.Score) -> str:
    w = Writer(depth=1)
    targets = []
    for criterion in score.criteria:
        w.line(
            comment(
                f"points {criterion.points} when {criterion.text}",
                guideline.source_path,
                criterion.line,
            )
        )
        target = w.temp("c")
        _criterion(w, conds, criterion, target)
        targets.append(target)
    body = w.lines
    head = [
        f"def {truths_name(score)}(facts: _Facts) -> tuple[tuple[bool | None, ...], list[str]]:",
        f'    """Score {score.name}: each criterion yes, no or unknown (None), and the '
        'facts the unknown ones need."""',
    ]
    prelude = [*unpack_facts(guideline, body), "    u: list[str] = []"]
    end = f"    return ({''.join(t + ', ' for t in targets).rstrip()}), u"
    return "\n".join([*head, *prelude, *body, end])


def _results_function(guideline: ir.Guideline) -> str:
    lines = [
        "def _scores(facts: _Facts) -> tuple[Score, ...]:",
        '    """Every score for these facts, as the result shows them."""',
        "    return (",
    ]
    for score in guideline.scores:
        lines.append(
            f"        _score({score.name!r}, {score.title!r}, _P_{score.name}, "
            f"_L_{score.name}, {truths_name(score)}(facts)[0], scale={scale(score)}),"
        )
    lines.append("    )")
    return "\n".join(lines)
