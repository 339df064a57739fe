"""What each entry point of the generated module records as it walks the tree.

`evaluate` records every step taken as a number into `trace` (the module's `_STEPS`
table says which node, branch and facts each number stands for; `Path` builds the
`Step`s from it when the path is read) and every recommendation as a full
`Recommendation`. `decide`, the lean entry point, records only recommendation ids
and doses.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from compiler.emit_python.conditions import var
from compiler.emit_python.steps import rule_expr
from compiler.emit_python.tree import TreeEmitter
from compiler.semantics import ir

StepRow = tuple[str, str, str, tuple[int, ...]]  # node, question, branch, fact indexes


def _facts_literal(names: list[str] | tuple[str, ...]) -> str:
    pairs = ", ".join(f"({n!r}, {var(n)})" for n in dict.fromkeys(names))
    return f"({pairs},)" if names else "()"


def _timing(timing: ir.Timing) -> str:
    return f"Timing({timing.low!r}, {timing.high!r}, {timing.unit!r}, {timing.text!r})"


def _note(note: ir.RecNote) -> str:
    bullets = "".join(f"{b!r}, " for b in note.bullets).rstrip(" ")
    return f"Note({note.kind!r}, {note.text!r}, ({bullets}), {note.on!r}, {note.name!r})"


def rec_fields(
    rec: ir.Recommendation, dose: str, options: str, daily: str = "None"
) -> list[str]:
    """The fields of a `Recommendation`, in order, as Python expressions."""
    review = "None" if rec.review is None else _timing(rec.review)
    rechecks = "".join(f"{_timing(t)}, " for t in rec.rechecks).rstrip(" ")
    return [
        repr(rec.id),
        repr(rec.kind),
        repr(rec.text),
        repr(rec.strength),
        repr(tuple(rec.citations)),
        repr(rec.expert_opinion),
        dose,
        options,
        repr(rec.route),
        repr(rec.frequency),
        repr(rec.duration),
        repr(rec.every),
        repr(rec.target),
        repr(rec.rationale),
        repr(rec.time_to_effect),
        repr(rec.drug),
        daily,
        review,
        f"({rechecks})",
        "(" + "".join(f"{_note(n)}, " for n in rec.notes).rstrip(" ") + ")",
    ]


def static_options(rec: ir.Recommendation) -> str:
    """The options of a recommendation none of whose options depends on the patient."""
    if not rec.options:
        return "()"
    return "(" + ", ".join(f"Option({o.id!r}, {o.text!r}, None)" for o in rec.options) + ",)"


def is_static(rec: ir.Recommendation) -> bool:
    """True when the recommendation is the same for every patient (a module constant)."""
    return (
        rec.dose is None
        and rec.daily_maximum is None
        and not any(o.preferred_when for o in rec.options)
    )


# Options whose preference depends on the patient, up to which a recommendation is
# written out once for each combination of their flags (each True, False or None).
VARIANT_LIMIT = 2
_FLAGS = (True, False, None)


def has_variants(rec: ir.Recommendation) -> bool:
    """True when the recommendation differs between patients only in a few options'
    preference flags: it is then a module constant per combination of flags."""
    flagged = [o for o in rec.options if o.preferred_when is not None]
    return rec.dose is None and rec.daily_maximum is None and 0 < len(flagged) <= VARIANT_LIMIT


def variants_table(rec: ir.Recommendation) -> str:
    """`_R_<id>`: the recommendation for each combination of its options' flags."""
    flagged = [o for o in rec.options if o.preferred_when is not None]
    key_type = "bool | None" if len(flagged) == 1 else "tuple[bool | None, bool | None]"
    lines = [f"_R_{rec.id}: Final[dict[{key_type}, Recommendation]] = {{"]
    for combo in itertools.product(_FLAGS, repeat=len(flagged)):
        flags = dict(zip((o.id for o in flagged), combo, strict=True))
        parts = [f"Option({o.id!r}, {o.text!r}, {flags.get(o.id)!r})" for o in rec.options]
        options = "(" + ", ".join(parts) + ",)"
        key = repr(combo[0]) if len(combo) == 1 else repr(combo)
        lines.append(f"    {key}: Recommendation({', '.join(rec_fields(rec, 'None', options))}),")
    lines.append("}")
    return "\n".join(lines)


def _bare(expr: str) -> str:
    """The expression without brackets around the whole of it (a call's own suffice)."""
    while expr.startswith("(") and expr.endswith(")"):
        depth = 0
        for index, char in enumerate(expr):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0 and index < len(expr) - 1:
                return expr  # the first bracket closes before the end: `(a) * (b)`
        expr = expr[1:-1]
    return expr


def amount_expr(low: str, high: str, unit: str, fixed: bool) -> str:
    """A Python expression for `500 mg` (a fixed dose) or `35 to 70 mg/day`."""
    if fixed:
        return f"_fmt({low}) + {' ' + unit!r}"
    return f"_fmt({low}) + ' to ' + _fmt({high}) + {' ' + unit!r}"


@dataclass
class FullTree(TreeEmitter):
    """`evaluate`: the path (as step numbers) and whole recommendations."""

    rows: list[StepRow] = field(default_factory=list)
    row_index: dict[StepRow, int] = field(default_factory=dict)

    outlined_prefix = "_o"
    outlined_params = ", recs: list[Recommendation], trace: list[int]"
    outlined_args = ", recs, trace"

    def step(self, node: str, question: str, branch: str, read: list[str]) -> None:
        names = [i.name for i in self.guideline.inputs]
        row = (node, question, branch, tuple(names.index(n) for n in dict.fromkeys(read)))
        if row not in self.row_index:
            self.row_index[row] = len(self.rows)
            self.rows.append(row)
        self.w.line(f"trace.append({self.row_index[row]})")

    def defect(self, message: str) -> str:
        return f"raise GuidelineDefect({message!r}, _partial((), recs, trace, facts))"

    def emit_recs(self, recs: list[ir.Recommendation]) -> None:
        """Recommendations the same for everyone, in a row, go in with one `extend`."""
        for static, group in itertools.groupby(recs, is_static):
            same = list(group)
            if not static or len(same) == 1:
                for rec in same:
                    self.emit_rec(rec)
                continue
            for rec in same:
                self.comment(f"{rec.kind} {rec.id}", rec.line)
            self.w.line(f"recs.extend(({', '.join(f'_R_{r.id}' for r in same)}))")

    def emit_rec(self, rec: ir.Recommendation) -> None:
        w = self.w
        self.comment(f"{rec.kind} {rec.id}", rec.line)
        if is_static(rec):
            w.line(f"recs.append(_R_{rec.id})")
            return
        dose = "None" if rec.dose is None else self._dose(rec.dose)
        daily = "None" if rec.daily_maximum is None else self._daily(rec.daily_maximum)
        if has_variants(rec):
            flags = self._flags(rec)
            w.line(f"recs.append(_R_{rec.id}[{flags[0] if len(flags) == 1 else ', '.join(flags)}])")
            return
        options = static_options(rec)
        if any(o.preferred_when for o in rec.options):
            options = self._options(rec)
        fields = ", ".join(rec_fields(rec, dose, options, daily))
        w.line(f"recs.append(_new(Recommendation, ({fields})))")

    def _working(self, working: ir.Working) -> str:
        """The working as a Python expression: literals and each shown value's figure."""
        if not any(isinstance(p, ir.Shown) for p in working):
            return "''"
        parts = []
        for part in working:
            if isinstance(part, str):
                parts.append(repr(part))
            else:
                unit = f" + {' ' + part.unit!r}" if part.unit else ""
                value = self.conds.dose(part.value)
                if value.startswith("float(") and value.endswith(")"):
                    value = f"float({_bare(value[6:-1])})"
                parts.append(f"_fmt({value}){unit}")
        return " + ".join(parts)

    def _dose(self, dose: ir.Dose) -> str:
        """Compute the dose into temporaries; the expression building its `Dose`.

        Each bound is rounded once from its exact value; a cap is applied, and compared,
        exactly, before that rounding.
        """
        w = self.w
        fixed = dose.low == dose.high
        working = self._working(dose.working)
        low, high = w.temp("lo"), w.temp("hi")
        if dose.cap is None:
            w.line(f"{low} = {self.conds.dose(dose.low)}")
            w.line(f"{high} = {self.conds.dose(dose.high)}")
            text = amount_expr(low, high, dose.unit, fixed)
            calc = text if working == "''" else f"{text} + ': ' + {working}"
            cap, capped, final_low, final_high = "None", "False", low, high
        else:
            w.line(f"{low} = {self.conds.num(dose.low)}")
            w.line(f"{high} = {self.conds.num(dose.high)}")
            exact_cap = w.temp("cap")
            w.line(f"{exact_cap} = {self.conds.num(dose.cap)}")
            final_low, final_high = w.temp("lo"), w.temp("hi")
            w.line(f"{final_low} = float({low} if {low} <= {exact_cap} else {exact_cap})")
            w.line(f"{final_high} = float({high} if {high} <= {exact_cap} else {exact_cap})")
            cap, capped = f"float({exact_cap})", f"{high} > {exact_cap}"
            text = amount_expr(final_low, final_high, dose.unit, fixed)
            head = text if working == "''" else f"{text} + ': ' + {working}"
            joiner = "': '" if working == "''" else "' = '"
            raw = amount_expr(f"float({low})", f"float({high})", dose.unit, fixed)
            calc = f"_capped({head}, {joiner} + {raw}, {exact_cap}, {high}, {dose.unit!r})"
        return (
            f"_new(Dose, ({final_low}, {final_high}, {dose.unit!r}, "
            f"{rule_expr(dose, self.conds)}, "
            f"{_facts_literal(dose.inputs)}, {fixed!r}, {cap}, {capped}, {calc}))"
        )

    def _daily(self, daily: ir.DailyMaximum) -> str:
        """Compute the daily maximum into a temporary; the expression building it."""
        value = self.w.temp("dm")
        self.w.line(f"{value} = {self.conds.dose(daily.value)}")
        text = f"_fmt({value}) + {' ' + daily.unit!r}"
        working = self._working(daily.working)
        calc = text if working == "''" else f"{text} + ': ' + {working}"
        rule = rule_expr(daily.as_dose(), self.conds)
        return f"_new(DailyMaximum, ({value}, {daily.unit!r}, {rule}, {calc}))"

    def _flags(self, rec: ir.Recommendation) -> list[str]:
        """Compute each patient-dependent option's preference flag; their names."""
        flags = []
        for option in rec.options:
            cond = option.preferred_when
            if cond is not None:
                flags.append(self.w.temp("p"))
                if self.conds.has_expr(cond):
                    self.w.line(f"{flags[-1]} = {self.conds.expr(cond)}")
                else:
                    self.conds.emit(self.w, cond, flags[-1])
        return flags

    def _options(self, rec: ir.Recommendation) -> str:
        flags = iter(self._flags(rec))
        parts = [
            f"_new(Option, ({o.id!r}, {o.text!r}, "
            f"{next(flags) if o.preferred_when is not None else 'None'}))"
            for o in rec.options
        ]
        return "(" + ", ".join(parts) + ",)"


@dataclass
class LeanTree(TreeEmitter):
    """`decide`: recommendation ids in order and doses by id; no path, no text."""

    outlined_prefix = "_lo"
    outlined_params = ", ids: list[str], doses: dict[str, tuple[float, float]]"
    outlined_args = ", ids, doses"

    def defect(self, message: str) -> str:
        return f"raise GuidelineDefect({message!r})"

    def emit_recs(self, recs: list[ir.Recommendation]) -> None:
        """Ids in a row go in with one `extend`; doses after them."""
        if len(recs) < 2:
            super().emit_recs(recs)
            return
        for rec in recs:
            self.comment(f"{rec.kind} {rec.id}", rec.line)
        self.w.line(f"ids.extend({tuple(r.id for r in recs)!r})")
        for rec in recs:
            if rec.dose is not None:
                self.w.line(f"doses[{rec.id!r}] = {self._bounds(rec.dose)}")

    def emit_rec(self, rec: ir.Recommendation) -> None:
        self.comment(f"{rec.kind} {rec.id}", rec.line)
        self.w.line(f"ids.append({rec.id!r})")
        if rec.dose is not None:
            self.w.line(f"doses[{rec.id!r}] = {self._bounds(rec.dose)}")

    def _bounds(self, dose: ir.Dose) -> str:
        """`(low, high)` of the dose, each at most the cap (exactly), rounded once."""
        if dose.cap is None:
            return f"({self.conds.dose(dose.low)}, {self.conds.dose(dose.high)})"
        low, high = self.conds.num(dose.low), self.conds.num(dose.high)
        cap = self.w.temp("cap")
        self.w.line(f"{cap} = {self.conds.num(dose.cap)}")
        return (
            f"(float({low} if {low} <= {cap} else {cap}), "
            f"float({high} if {high} <= {cap} else {cap}))"
        )
