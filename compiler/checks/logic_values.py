"""Values chosen by condition that never choose: an `if` whose condition is always yes
or always no (L060), a limit that never applies (L061) or always applies (L062), and an
argument of `min` or `max` that is never the one chosen (L063).

Each is asked over every valid patient (inside the declared ranges and assumptions)
for whom the value is read this way: a value in the `else` of an `if` only for the
patients whose condition is no. A question the solver could not answer is counted
(L090), never reported as a finding.
"""

from __future__ import annotations

from compiler.analysis import formula as f
from compiler.checks.logic_support import Logic, finding, logic_for
from compiler.semantics import ir
from dsl.diagnostics import Diagnostic, Severity

Context = tuple[f.Formula, ...]
Found = list[tuple[ir.NumIf | ir.NumPick, Context]]
_RANGES = "inside the declared ranges and assumptions"


def _walk(expr: ir.NumExpr, context: Context, out: Found) -> None:
    if isinstance(expr, ir.NumOp):
        _walk(expr.left, context, out)
        _walk(expr.right, context, out)
    elif isinstance(expr, ir.NumNeg):
        _walk(expr.operand, context, out)
    elif isinstance(expr, ir.NumIf):
        out.append((expr, context))
        _walk_cond(expr.cond, context, out)
        _walk(expr.then, (*context, f.Is(expr.cond, "yes")), out)
        _walk(expr.otherwise, (*context, f.Is(expr.cond, "no")), out)
    elif isinstance(expr, ir.NumPick):
        out.append((expr, context))
        for arg in expr.args:
            _walk(arg, context, out)


def _walk_cond(cond: ir.Cond, context: Context, out: Found) -> None:
    for atom in ir.atoms(cond):
        if isinstance(atom, ir.CmpNum):
            _walk(atom.left, context, out)
            _walk(atom.right, context, out)


def values(guideline: ir.Guideline) -> list[tuple[ir.NumIf | ir.NumPick, Context]]:
    """Every `if` and min/max of the guideline with the constraints under which it is read,
    each once (a definition used in several places is one value)."""
    out: list[tuple[ir.NumIf | ir.NumPick, Context]] = []
    for assumption in guideline.assumptions:
        _walk_cond(assumption.cond, (), out)
    for node in ir.walk(guideline.body):
        if isinstance(node, ir.Decision):
            for branch in node.when_branches():
                if branch.guard is not None:
                    _walk_cond(branch.guard, (), out)
        elif isinstance(node, ir.Section) and node.when is not None:
            _walk_cond(node.when, (), out)
        elif isinstance(node, ir.Emit):
            rec = node.rec
            if rec.dose is not None:
                _walk(rec.dose.low, (), out)
                _walk(rec.dose.high, (), out)
            for option in rec.options:
                if option.preferred_when is not None:
                    _walk_cond(option.preferred_when, (), out)
    seen: set[tuple[object, ...]] = set()
    unique: list[tuple[ir.NumIf | ir.NumPick, Context]] = []
    for part, context in out:
        key = (type(part).__name__, part.line, _words(part), context)
        if key not in seen:
            seen.add(key)
            unique.append((part, context))
    return unique


def _words(part: ir.NumIf | ir.NumPick) -> str:
    return part.text if isinstance(part, ir.NumIf) else f"{part.op} {' | '.join(part.texts)}"


class _Asker:
    """Example patients for a value's sides; None when no patient, or when undecided."""

    def __init__(self, logic: Logic) -> None:
        self.logic = logic
        self.undecided = False

    def patient(self, context: Context, cond: ir.Cond) -> dict[str, object] | None:
        before = self.logic.undecided
        found = self.logic.patient([], [*context, f.Is(cond, "yes")])
        self.undecided = self.undecided or self.logic.undecided > before
        return found


def _if(logic: Logic, part: ir.NumIf, context: Context) -> Diagnostic | None:
    asker = _Asker(logic)
    yes, no = asker.patient(context, part.cond), asker.patient(context, ir.NotC(part.cond))
    if asker.undecided or (yes is None) == (no is None):
        return None
    always = "yes" if no is None else "no"
    branch = "then" if no is None else "else"
    return finding(
        logic,
        "L060",
        Severity.WARNING,
        f"the condition `{part.text}` of this `if` is always {always}, so the value is "
        f"always the one after `{branch}`",
        part.line,
        yes if no is None else no,
        f"no valid patient ({_RANGES}) for whom this value is read makes it "
        f"{'no' if always == 'yes' else 'yes'}; the example patient is one of them",
        "remove the `if`, or correct its condition or the ranges of the facts it reads",
    )


def _limit(logic: Logic, part: ir.NumPick, context: Context) -> Diagnostic | None:
    value, limit = part.args
    above = ">" if part.op == "min" else "<"
    within = "<=" if part.op == "min" else ">="
    asker = _Asker(logic)
    applied = asker.patient(context, ir.CmpNum(above, value, limit, "", part.line))
    free = asker.patient(context, ir.CmpNum(within, value, limit, "", part.line))
    if asker.undecided or (applied is None) == (free is None):
        return None
    kind = "at most" if part.op == "min" else "at least"
    beyond = "above" if part.op == "min" else "below"
    if applied is None:
        return finding(
            logic,
            "L061",
            Severity.WARNING,
            f"the limit `{kind} {part.texts[1]}` never applies: `{part.texts[0]}` is never "
            f"{beyond} {part.texts[1]}",
            part.line,
            free,
            f"for every valid patient ({_RANGES}) the value is already within the limit",
            "remove the limit, or check its figure and the ranges of the facts the value reads",
        )
    return finding(
        logic,
        "L062",
        Severity.WARNING,
        f"the limit `{kind} {part.texts[1]}` always applies: `{part.texts[0]}` is always "
        f"{beyond} {part.texts[1]}, so the value is always {part.texts[1]}",
        part.line,
        applied,
        f"for every valid patient ({_RANGES}) the value is beyond the limit",
        "check the figure of the limit and the value it limits",
    )


def _pick(logic: Logic, part: ir.NumPick, context: Context) -> list[Diagnostic]:
    strict, loose = ("<", "<=") if part.op == "min" else (">", ">=")
    found: list[Diagnostic] = []
    asker = _Asker(logic)
    chosen: list[dict[str, object] | None] = []
    for i, arg in enumerate(part.args):
        beats = tuple(
            ir.CmpNum(strict if j < i else loose, arg, other, "", part.line)
            for j, other in enumerate(part.args)
            if j != i
        )
        chosen.append(asker.patient(context, ir.AndC(beats)))
    if asker.undecided or all(c is None for c in chosen):
        return found
    example = next(c for c in chosen if c is not None)
    which = "smallest" if part.op == "min" else "largest"
    for i, patient in enumerate(chosen):
        if patient is None:
            found.append(
                finding(
                    logic,
                    "L063",
                    Severity.WARNING,
                    f"`{part.texts[i]}` is never the {which} value of this `{part.op}`, "
                    "so it is never chosen",
                    part.line,
                    example,
                    f"for every valid patient ({_RANGES}) another value is the {which}",
                    "remove it, or check its figure and the ranges of the facts it reads",
                )
            )
    return found


def check(guideline: ir.Guideline) -> list[Diagnostic]:
    """Every `if`, limit and min/max argument that never changes the value."""
    found: list[Diagnostic] = []
    parts = values(guideline)
    if not parts:
        return found
    logic = logic_for(guideline)
    for part, context in parts:
        if isinstance(part, ir.NumIf):
            diagnostic = _if(logic, part, context)
        elif part.limit:
            diagnostic = _limit(logic, part, context)
        else:
            found += _pick(logic, part, context)
            continue
        if diagnostic is not None:
            found.append(diagnostic)
    return found
