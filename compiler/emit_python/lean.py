"""The generated module's fast paths: plain-case validation and the lean `decide(patient)`.

`_fast_facts` accepts a patient (a dict) whose every fact is plainly valid: a bool
for yes/no, a listed string for one-of, an int or float inside the range for a
number, an int inside the range for a whole count, no unknown keys, no broken
assumption. Anything else returns None, and the caller falls back to `_validate`,
which converts (units, whole floats, dates) or reports exactly as before. So the
facts, and so every result, are the same either way.

`decide` walks a copy of the decision tree that keeps only what a hospital system
acts on: the recommendation ids in order, the doses by recommendation id, and the
facts still needed. No trace, no evidence objects, no text.
"""

from __future__ import annotations

from compiler import ir
from compiler.emit_python.conditions import comment


def _rejects(decl: ir.Input, var: str) -> tuple[str, str]:
    """(test that the raw value is NOT plainly valid, the fact's value when it is)."""
    if decl.kind == "yesno":
        return f"type({var}) is not bool", var
    if decl.kind == "choice":
        names = tuple(c.name for c in decl.choices)
        return f"not (type({var}) is str and {var} in {names!r})", var
    if decl.kind in ("number", "whole") and decl.low is not None and decl.high is not None:
        bounds = f"{float(decl.low)!r} <= {var} <= {float(decl.high)!r}"
        if decl.kind == "whole":
            return f"not (type({var}) is int and {bounds})", var
        kind = f"(type({var}) is float or type({var}) is int)"
        return f"not ({kind} and {bounds})", f"float({var})"
    return "True", var  # dates always take the full path


def fast_facts_function(guideline: ir.Guideline) -> str:
    """`_fast_facts(patient)`: the facts when all are plainly valid, else None."""
    lines = [
        "_INPUT_SET: Final = frozenset(INPUTS)",
        "",
        "",
        "def _fast_facts(patient: Mapping[str, object]) -> _Facts | None:",
        '    """The facts when every one is plainly valid; None sends the caller to _validate."""',
        "    if type(patient) is not dict or not _INPUT_SET.issuperset(patient):",
        "        return None",
        "    get = patient.get",
    ]
    values = []
    for index, decl in enumerate(guideline.inputs):
        var = f"v{index}"
        rejects, value = _rejects(decl, var)
        lines.append(f"    {var} = get({decl.name!r})")
        if decl.may_be_unknown:
            lines.append(f"    if {var} is not None and {rejects}:")
            value = var if value == var else f"None if {var} is None else {value}"
        else:
            lines.append(f"    if {rejects}:")
        lines.append("        return None")
        values.append(value)
    build = f"_Facts({', '.join(values)})"
    if guideline.assumptions:
        lines.append(f"    facts = {build}")
        lines.append("    return None if _assumptions(facts) else facts")
    else:
        lines.append(f"    return {build}")
    return "\n".join(lines)


LEAN_RUNTIME = """Decided = tuple[tuple[str, ...], dict[str, tuple[float, float]], tuple[str, ...]]


class _Lean:
    __slots__ = ("doses", "ids")

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.doses: dict[str, tuple[float, float]] = {}"""


def decide_function(can_stop: bool) -> str:
    """The public `decide`; it handles a stop only when some branch can stop."""
    lines = [
        "def decide(patient: Mapping[str, object]) -> Decided:",
        '    """Ids in order, {id: (low, high) dose} and needs, as `evaluate` says."""',
        "    f = _fast_facts(patient) or _validate(patient)",
        "    out = _Lean()",
        "    needs: list[str] = []",
    ]
    if can_stop:
        lines += [
            "    try:",
            "        _l_root(f, out)",
            "    except _Stop as stop:",
            "        needs = stop.needs",
        ]
    else:
        lines.append("    _l_root(f, out)")
    lines.append("    return tuple(out.ids), out.doses, tuple(needs)")
    return "\n".join(lines)


def lean_emitter_class() -> type:
    """The emitter of the lean copy of the tree (made on demand to avoid an import cycle)."""
    from compiler.emit_python import ModuleEmitter  # noqa: PLC0415 (cycle)

    class LeanEmitter(ModuleEmitter):
        """Emits `_l_*` functions that append ids and doses only."""

        prefix = "_l"
        out_type = "_Lean"

        def _step(self, node: str, question: str, branch: str, read: list[str]) -> None:
            return

        def emit_rec(self, rec: ir.Recommendation) -> None:
            self.w.line(comment(f"{rec.kind} {rec.id}", self.path(), rec.line))
            self.w.line(f"out.ids.append({rec.id!r})")
            if rec.dose is not None:
                low, high = self.conds.num(rec.dose.low), self.conds.num(rec.dose.high)
                self.w.line(f"out.doses[{rec.id!r}] = ({low}, {high})")

    return LeanEmitter


def lean_blocks(
    guideline: ir.Guideline,
    settled: dict[tuple[str, int], frozenset[str]],
    certain: frozenset[str],
) -> list[str]:
    """Every block of module text the lean entry point needs, in order."""
    emitter = lean_emitter_class()(guideline, settled=settled, certain=certain)
    emitter._function("_l_root", "The guideline body, in order (lean copy).", emitter._root)
    functions = ["\n".join(fn) for fn in sorted(emitter.functions, key=lambda f: f[0])]
    return [LEAN_RUNTIME, *functions, decide_function(emitter.can_stop())]
