"""Patient validation in the generated module: the plain-case fast path and the full checks.

`_plain(patient)` accepts a dict whose every fact is plainly valid (a bool for
yes/no, a listed string for one-of, an int or float inside the range for a number,
an int inside the range for a whole count, no unknown keys, no broken assumption)
and returns the facts as a tuple in `INPUTS` order. Anything else returns None and
the caller falls back to `_validate`, which converts (units, whole floats, dates)
or raises PatientDataError naming every bad fact. So the facts, and every result,
are the same either way.
"""

from __future__ import annotations

import math
from fractions import Fraction

from compiler.emit_python.conditions import CondEmitter, var
from compiler.semantics import ir
from compiler.semantics.waiting import MISSING, required_up_front
from dsl.units import exact_units


def has_exact(guideline: ir.Guideline) -> bool:
    """Whether the module holds the exact-number helpers (`_Exact`, `_x`): it has a number,
    whole or date input (a date moves by durations that need not be whole days)."""
    return any(i.kind in {"number", "whole", "date"} for i in guideline.inputs)


def reads_numbers(guideline: ir.Guideline) -> bool:
    """Whether the module reads numbers given (`_read`, `_held`, `_number`)."""
    return any(i.kind in {"number", "whole"} for i in guideline.inputs)


def _if_missing(decl: ir.Input, up_front: frozenset[str]) -> str:
    """The problems a missing fact adds: none when it may be unknown or when only the
    paths that read it need it (`_Unread` refuses it there)."""
    return repr(((decl.name, MISSING),)) if decl.name in up_front else "()"


def _bound(value: Fraction, conds: CondEmitter) -> str:
    """A range bound as compared with a fact (a float literal when that is exact)."""
    return conds.constant(value)


def _factors(decl: ir.Input) -> str:
    """The units patient data may use, each with its exact factor as (numerator, denominator)."""
    assert decl.unit is not None
    factors = exact_units(decl.unit, decl.molar)
    pairs = {text: (f.numerator, f.denominator) for text, f in factors.items()}
    return repr(pairs)


def _check_expr(decl: ir.Input, conds: CondEmitter) -> str:
    if decl.kind == "yesno":
        return "_yesno"
    if decl.kind == "date":
        return "_date"
    if decl.kind == "choice":
        names = tuple(c.name for c in decl.choices)
        return f"lambda raw: _choice(raw, {names!r})"
    assert decl.unit is not None and decl.low is not None and decl.high is not None
    helper = "_count" if decl.kind == "whole" else "_measure"
    return (
        f"lambda raw: {helper}(raw, low={_bound(decl.low, conds)}, "
        f"high={_bound(decl.high, conds)}, unit_text={decl.unit_text!r}, "
        f"factors={_factors(decl)})"
    )


def checks_table(guideline: ir.Guideline, conds: CondEmitter) -> str:
    """`_CHECKS`: for each fact, its name, its full check and the problem when missing."""
    up_front = required_up_front(guideline)
    lines = [
        "_Check = Callable[[object], tuple[object, str | None]]",
        "_Missing = tuple[tuple[str, str], ...]",
        "",
        "",
        "_CHECKS: Final[tuple[tuple[str, _Check, _Missing], ...]] = (",
    ]
    lines += [
        f"    ({i.name!r}, {_check_expr(i, conds)}, {_if_missing(i, up_front)}),"
        for i in guideline.inputs
    ]
    lines.append(")")
    return "\n".join(lines)


# Past this, an int is not always a float of the same value: the shortcut takes only floats.
_EXACT_INTS = 2**53


def _plain_test(decl: ir.Input, name: str, conds: CondEmitter) -> tuple[str, str]:
    """(test that the raw value is plainly valid, the fact's value when it is).

    A float means the decimal of its shortest repr, which is how a number fact is held,
    so a float inside the range is taken as it is. Bounds that are not `float_safe`
    are exact constants (`_Exact`), compared exactly.
    """
    if decl.kind == "yesno":
        return f"type({name}) is bool", name
    if decl.kind == "choice":
        names = tuple(c.name for c in decl.choices)
        return f"type({name}) is str and {name} in {names!r}", name
    assert decl.low is not None and decl.high is not None
    if decl.kind == "whole":  # int against int bounds: the same test, without int-float compares
        low, high = math.ceil(decl.low), math.floor(decl.high)
        return f"type({name}) is int and {low!r} <= {name} <= {high!r}", name
    bounds = f"{_bound(decl.low, conds)} <= {name} <= {_bound(decl.high, conds)}"
    if max(abs(decl.low), abs(decl.high)) > _EXACT_INTS:
        return f"type({name}) is float and {bounds}", name
    # 1.0 * x: the same float for a float (signed zeros included), a float for an int.
    return f"(type({name}) is float or type({name}) is int) and {bounds}", f"1.0 * {name}"


def plain_function(guideline: ir.Guideline, conds: CondEmitter) -> str:
    """`_plain(patient)`: the facts when all are plainly valid, else None."""
    head = [
        "def _plain(patient: Mapping[str, object]) -> _Facts | None:",
        '    """The facts when every one is plainly valid; None sends the caller to _validate."""',
    ]
    if any(i.kind == "date" for i in guideline.inputs):
        return "\n".join([*head, "    return None  # dates always take the full checks"])
    optional = any(i.may_be_unknown for i in guideline.inputs)
    # Without optional facts, every fact present and no other key means exactly len(INPUTS).
    count = len(guideline.inputs)
    keys = "not _INPUT_SET.issuperset(patient)" if optional else f"len(patient) != {count}"
    lines = [
        *head,
        f"    if type(patient) is not dict or {keys}:",
        "        return None",
    ]
    reads = ["    try:"]
    tests, values = [], []
    for decl in guideline.inputs:
        name = var(decl.name)
        test, value = _plain_test(decl, name, conds)
        if decl.may_be_unknown:
            reads.append(f"        {name} = patient.get({decl.name!r})")
            test = f"{name} is None or ({test})"
            test = test if len(guideline.inputs) == 1 else f"({test})"  # `if not (a or b):`
            value = name if value == name else f"None if {name} is None else {value}"
        else:
            reads.append(f"        {name} = patient[{decl.name!r}]")
        tests.append(test)
        values.append(value)
    reads += ["    except KeyError:", "        return None"]
    if any(not i.may_be_unknown for i in guideline.inputs):
        lines += reads  # a key can be missing although the count is right (one misspelt)
    else:  # only `get`: nothing to catch
        lines += [line.removeprefix("    ") for line in reads[1:-2]]
    facts = "(" + "".join(f"{v}, " for v in values).rstrip() + ")"
    if not tests:
        return "\n".join([*lines, "    return ()"])
    lines.append("    if not (")
    lines += [f"        {'and ' if i else ''}{t}" for i, t in enumerate(tests)]
    lines += ["    ):", "        return None"]
    if guideline.assumptions:
        lines += [f"    facts: _Facts = {facts}"]
        lines += ["    return None if _assumptions(facts) else facts"]
    else:
        lines.append(f"    return {facts}")
    return "\n".join(lines)
