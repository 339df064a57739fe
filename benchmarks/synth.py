"""Synthetic but realistic guidelines in the guideline language, of any size, for benchmarks.

`generate(branches)` writes a guideline with that many decision branches (`when`,
`when unknown` and `otherwise` all count): decisions in sequence and nested, over
numeric (with units), whole, one-of and yes/no inputs (some may be unknown),
named definitions used as conditions, and per-kg doses. The text is benchmark
content only, never clinical. `deep(depth)` writes a chain of nested decisions.
`patients(guideline, n, seed)` draws seeded random patients for any guideline's IR.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from compiler.semantics import ir

_HEADER = """guideline {gid} "Synthetic benchmark guideline ({branches} branches)"
  version 1.0.0
  status draft
  owners "Benchmark suite"
  reviewed 2024-06-01
  scope "Synthetic patients only; benchmark content, not for clinical use"

references
  bench "Synthetic benchmark reference"

input weight "Body weight": number kg from 1 to 400 step 0.1
"""

_NUMERIC = (("U/L", 0, 50000), ("mg/dL", 0, 20), ("kg", 1, 400), ("%", 0, 100))


@dataclass
class _Var:
    name: str
    kind: str  # number | whole | choice | yesno | define
    unknown: bool = False
    unit: str = ""
    low: float = 0
    high: float = 0
    choices: tuple[str, ...] = ()
    reads: tuple[str, ...] = ()


@dataclass
class _Gen:
    rng: random.Random
    budget: int
    max_depth: int
    variables: list[_Var] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)

    def fresh(self, prefix: str) -> str:
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}_{self.counters[prefix]}"

    # ---------------------------------------------------------------- inputs
    def declare_inputs(self, count: int) -> None:
        for i in range(count):
            kind = ("number", "choice", "yesno", "whole")[i % 4]
            unknown = i % 5 == 4
            name = self.fresh(kind if kind != "yesno" else "flag")
            var = _Var(name, kind, unknown)
            if kind == "number":
                var.unit, var.low, var.high = _NUMERIC[i % len(_NUMERIC)]
                text = f"number {var.unit} from {var.low} to {var.high}"
            elif kind == "whole":
                var.unit, var.low, var.high = "weeks", 0, 520
                text = "whole weeks from 0 to 520"
            elif kind == "choice":
                var.choices = tuple(f"{name}_c{j}" for j in range(3 + i % 3))
                text = "one of " + ", ".join(var.choices)
            else:
                text = "yes/no"
            tail = " or unknown" if unknown else ""
            self.lines.append(f'input {name} "Synthetic fact {name}": {text}{tail}')
            self.variables.append(var)

    def declare_definitions(self, count: int) -> None:
        plain = [v for v in self.variables if not v.unknown]
        numbers = [v for v in plain if v.kind in ("number", "whole")]
        flags = [v for v in plain if v.kind == "yesno"]
        for _ in range(count):
            num, flag = self.rng.choice(numbers), self.rng.choice(flags)
            name = self.fresh("def")
            cut = self._threshold(num)
            self.lines.append(
                f'define {name} "Synthetic condition {name}" = '
                f"{num.name} >= {cut} and not {flag.name}"
            )
            self.variables.append(_Var(name, "define", reads=(num.name, flag.name)))
        self.lines.append('define dose_a "0.5-1 mg/kg/day" = 0.5 to 1 mg/kg/day * weight')
        self.lines.append('define dose_b "2 mg/kg/day" = 2 mg/kg/day * weight')

    def _threshold(self, var: _Var) -> str:
        span = var.high - var.low
        value = var.low + span * self.rng.uniform(0.1, 0.9)
        text = f"{round(value)}" if var.kind == "whole" else f"{round(value, 1)}"
        return f"{text} {var.unit}".strip()

    # ------------------------------------------------------------- decisions
    def guards(self, var: _Var, count: int) -> list[str]:
        if var.kind in ("number", "whole"):
            cuts = sorted({self._threshold(var) for _ in range(count - 1)},
                          key=lambda t: float(t.split()[0]))
            out, previous = [], None
            for cut in cuts:
                out.append(f"{var.name} < {cut}" if previous is None
                           else f"{var.name} >= {previous} and {var.name} < {cut}")
                previous = cut
            return out
        if var.kind == "choice":
            picks = list(var.choices[: count - 1])
            return [f"{var.name} is {c}" for c in picks]
        return [var.name]

    def decision(self, indent: str, depth: int, used: frozenset[str] = frozenset()) -> None:
        free = [v for v in self.variables if not used & {v.name, *v.reads}]
        if self.budget < 3:
            free = [v for v in free if not v.unknown]
        var = self.rng.choice(free)
        used = used | {var.name, *var.reads}
        extra = 1 if var.unknown else 0
        wanted = min(self.budget, self.rng.randint(2 + extra, 4))
        guards = self.guards(var, wanted)[: max(1, wanted - 1 - extra)]
        name = self.fresh("d")
        self.lines.append(f'{indent}decide {name} "Synthetic question {name}"')
        inner = indent + "  "
        self.budget -= len(guards) + 1 + (1 if var.unknown else 0)
        for guard in guards:
            self.lines.append(f"{inner}when {guard}:")
            self.body(inner + "  ", depth, used)
        if var.unknown:
            self.lines.append(f"{inner}when unknown: ask")
        self.lines.append(f"{inner}otherwise:")
        self.body(inner + "  ", depth, used, allow_nothing=True)

    def body(
        self, indent: str, depth: int, used: frozenset[str], allow_nothing: bool = False
    ) -> None:
        if allow_nothing and self.rng.random() < 0.5:
            self.lines[-1] += " nothing"
            return
        rec = self.fresh("rec")
        kind = self.rng.choice(("start", "consider", "monitor", "advise", "refer", "assess"))
        self.lines.append(f'{indent}{kind} {rec} "Synthetic recommendation {rec}"')
        if kind == "start":
            self.lines.append(f"{indent}  dose {self.rng.choice(('dose_a', 'dose_b'))}")
        self.lines.append(f"{indent}  cites bench")
        if depth < self.max_depth and self.budget >= 2 and self.rng.random() < 0.4:
            self.decision(indent, depth + 1, used)


def generate(branches: int, seed: int = 1, max_depth: int = 4) -> str:
    """A guideline with `branches` decision branches (one fewer when the last would be alone)."""
    rng = random.Random(seed)
    gen = _Gen(rng, branches, max_depth)
    gen.lines.append(_HEADER.format(gid=f"synthetic_{branches}", branches=branches).rstrip())
    inputs = max(8, min(64, branches // 8))
    gen.declare_inputs(inputs)
    gen.declare_definitions(max(2, inputs // 4))
    gen.lines.append("")
    while gen.budget >= 2:
        gen.decision("", 0)
        gen.lines.append("")
    gen.lines.append('section follow_up "Follow-up for everyone"')
    gen.lines.append('  monitor follow_up_visit "Synthetic follow-up visit"')
    gen.lines.append("    cites bench")
    return "\n".join(gen.lines) + "\n"


def deep(depth: int) -> str:
    """A chain of `depth` decisions, each nested in the `when` branch of the one before."""
    lines = [_HEADER.format(gid=f"deep_{depth}", branches=2 * depth).rstrip()]
    lines.append('input level "Synthetic level": whole from 0 to 100000')
    indent = ""
    for i in range(depth):
        lines.append(f'{indent}decide n{i} "Level {i}"')
        lines.append(f"{indent}  otherwise_marker")
        lines[-1] = f"{indent}  when level >= {i}:"
        lines.append(f'{indent}    advise deep_{i} "Reached level {i}"')
        lines.append(f"{indent}      cites bench")
        indent += "    "
    for i in reversed(range(depth)):
        indent = "    " * i
        lines.append(f"{indent}  otherwise: nothing")
    lines.append("")
    return "\n".join(lines)


def count_branches(guideline: ir.Guideline) -> int:
    """The number of decision branches in a guideline's IR."""
    return sum(len(n.branches) for n in ir.walk(guideline.body) if isinstance(n, ir.Decision))


def _value(decl: ir.Input, rng: random.Random) -> object:
    if decl.may_be_unknown and rng.random() < 0.1:
        return None
    if decl.kind == "yesno":
        return rng.random() < 0.5
    if decl.kind == "choice":
        return rng.choice(decl.choices).name
    assert decl.low is not None and decl.high is not None
    if decl.kind == "whole":
        return rng.randint(int(decl.low), int(decl.high))
    return round(rng.uniform(decl.low, decl.high), 1)


def patients(guideline: ir.Guideline, n: int, seed: int) -> list[dict[str, object]]:
    """Seeded random patients for any guideline without date inputs (10 % unknowns)."""
    rng = random.Random(seed)
    return [{i.name: _value(i, rng) for i in guideline.inputs} for _ in range(n)]
