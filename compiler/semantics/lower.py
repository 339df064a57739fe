"""AST to IR: places every recommendation in the decision tree with resolved doses."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from fractions import Fraction

from compiler.semantics import ir
from compiler.semantics.dose_limits import DoseLimits
from compiler.semantics.narrative import narrative as _narr
from compiler.semantics.narrative import narratives
from compiler.semantics.numbers import as_fact, fmt_number
from compiler.semantics.rec_notes import rec_notes, with_notes
from compiler.semantics.resolve import Resolver, conversion_sides, molar_mass
from dsl import ast, visit
from dsl.diagnostics import Diagnostic, error
from dsl.source import SourceFile, Span
from dsl.units import (
    MOLAR_UNIT,
    Unit,
    conversion,
    dose_problem,
    format_unit,
    parse_unit,
    through,
)

DEFAULT_GRADING = ("recommend", "consider")
NOT_GRADED = "not_graded"  # every guideline's: the source gives the recommendation no grade
DRUG_KINDS = frozenset({"start", "stop", "add", "consider"})
DOSE_KINDS = frozenset({"start", "add", "consider"})
MONITOR_KINDS = frozenset({"monitor", "assess"})


def source_hash(text: str) -> str:
    """The SHA-256 of a guideline's source text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()




@dataclass
class Lowerer:
    """Holds the resolver and grading while one guideline is lowered."""

    tree: ast.Guideline
    source: SourceFile
    resolver: Resolver = field(init=False)
    limits: DoseLimits = field(init=False)
    grading: tuple[str, ...] = field(init=False)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def __post_init__(self) -> None:
        inputs: dict[str, ast.Input] = {}
        for decl in self.tree.inputs:
            inputs.setdefault(decl.name, decl)
        defs: dict[str, ast.Definition] = {}
        for definition in self.tree.definitions:
            defs.setdefault(definition.name, definition)
        scores: dict[str, ast.Score] = {}
        for score in self.tree.scores:
            scores.setdefault(score.name, score)
        self.resolver = Resolver(self.source, inputs, defs, scores=scores)
        self.limits = DoseLimits(self.resolver, self._err)
        self.grading = tuple(g.value for g in self.tree.header.grading) or DEFAULT_GRADING

    def _err(self, code: str, message: str, span: Span, *hints: str) -> None:
        self.diagnostics.append(error(code, message, span, *hints))

    # ------------------------------------------------------------------ run
    def run(self) -> ir.Guideline:
        """Lower the whole guideline; check `self.all_diagnostics()` before using it."""
        tree = self.tree
        header = tree.header
        inputs = tuple(self._input(i) for i in tree.inputs)
        for definition in tree.definitions:
            self.resolver.lower(definition.expr)
        lowered = [self.resolver.score(s.name, s.name_span) for s in self.resolver.scores.values()]
        assumptions = tuple(self._assumption(a) for a in tree.assumptions)
        body = with_notes(tuple(self._top(item) for item in tree.body), rec_notes(tree))
        cited = _cited_keys(tree)
        references = tuple(
            ir.Reference(
                r.key,
                n,
                r.text,
                r.doi.value if r.doi else None,
                r.pmid.value if r.pmid else None,
                r.url.value if r.url else None,
                narratives(r.narrative),
                r.key in cited,
            )
            for n, r in enumerate(tree.references, start=1)
        )
        return ir.Guideline(
            id=header.id,
            title=header.title,
            version=header.version.value if header.version else "",
            status=header.status.value if header.status else "",
            owners=tuple(o.value for o in header.owners),
            reviewed=header.reviewed.value if header.reviewed else "",
            scope=header.scope.value if header.scope else "",
            excludes=tuple(e.value for e in header.excludes),
            grading=self.grading,
            narrative=narratives(header.narrative),
            references=references,
            inputs=inputs,
            assumptions=assumptions,
            body=body,
            examples=tuple(self._example(e, inputs) for e in tree.examples),
            source_path=self.source.path,
            source_hash=source_hash(self.source.text),
            scores=tuple(s for s in lowered if s is not None),
            definitions=tuple(
                ir.Definition(d.name, d.label or d.name.replace("_", " "),
                              self.resolver.text(d.expr.span), narratives(d.narrative),
                              d.span.line)
                for d in tree.definitions
            ),
        )

    def all_diagnostics(self) -> list[Diagnostic]:
        """Diagnostics from lowering and from the resolver."""
        return self.diagnostics + self.resolver.diagnostics

    # --------------------------------------------------------------- inputs
    def _input(self, decl: ast.Input) -> ir.Input:
        kind = decl.type
        base = ir.Input(
            name=decl.name,
            question=decl.question,
            kind="yesno",
            unit=None,
            unit_text="",
            low=None,
            high=None,
            step=None,
            choices=(),
            may_be_unknown=decl.may_be_unknown,
            narrative=narratives(decl.narrative),
            line=decl.span.line,
        )
        if isinstance(kind, ast.YesNoType):
            return base
        if isinstance(kind, ast.ChoiceType):
            choices = tuple(
                ir.Choice(o.name, o.label or o.name.replace("_", " ")) for o in kind.options
            )
            return replace(base, kind="choice", choices=choices)
        if isinstance(kind, ast.DateType):
            return replace(base, kind="date")
        return self._number_input(decl, kind, base)

    def _number_input(self, decl: ast.Input, kind: ast.NumberType, base: ir.Input) -> ir.Input:
        unit = self.resolver.unit(kind.unit, kind.unit_span)
        if kind.low >= kind.high:
            self._err(
                "T009",
                f"the plausible range of `{decl.name}` is empty or backwards",
                kind.span,
                "write the lower limit first, for example "
                f"`from {fmt_number(min(kind.low, kind.high))}"
                f" to {fmt_number(max(kind.low, kind.high))}`",
            )
        if kind.whole and (kind.low != int(kind.low) or kind.high != int(kind.high)):
            self._err("T011", "a whole-number input needs whole-number limits", kind.span)
        if kind.step is not None and kind.step <= 0:
            self._err("T011", "the step of a number input must be more than 0", kind.span)
        if kind.molar_mass is not None:
            self._check_molar_mass(decl, kind.molar_mass, unit)
        if kind.conversion is not None:
            self._check_conversion(decl, kind.conversion, unit)
        return replace(
            base,
            kind="whole" if kind.whole else "number",
            unit=unit,
            unit_text=format_unit(unit),
            low=kind.low,
            high=kind.high,
            step=Fraction(1) if kind.whole else kind.step,
            molar=molar_mass(kind),
            converts=_converts(kind),
        )

    def _check_molar_mass(self, decl: ast.Input, declared: ast.MolarMass, unit: Unit) -> None:
        """A molar mass must be a positive mass per mole, on an input it can convert."""
        given = self.resolver.unit(declared.unit, declared.span, like=MOLAR_UNIT)
        if given.is_dimensionless() and declared.unit:
            return  # an unknown unit, already reported
        if not given.compatible(MOLAR_UNIT) or declared.value <= 0:
            self._err(
                "T014",
                f"the molar mass of `{decl.name}` must be a positive mass per mole, "
                f"not {fmt_number(declared.value)} {format_unit(given)}",
                declared.span,
                "write it in g/mol, for example `molar mass 113.12 g/mol`",
            )
            return
        dims = dict(unit.dimension())
        if not (dims.get("mass") or dims.get("amount")):
            self._err(
                "T014",
                f"`{decl.name}` is measured in {format_unit(unit) or 'plain numbers'}, "
                "which a molar mass cannot convert",
                declared.span,
                "a molar mass belongs on a concentration such as mg/dL or umol/L",
            )

    def _check_conversion(self, decl: ast.Input, declared: ast.Conversion, unit: Unit) -> None:
        """A declared conversion: positive numbers, a mass and a molar concentration of one
        substance (`1 mg/dL = 88.4 umol/L`), one of them the input's kind of unit."""
        left = self.resolver.unit(declared.left_unit, declared.left_span)
        right = self.resolver.unit(declared.right_unit, declared.right_span)
        if left.is_dimensionless() or right.is_dimensionless():
            return  # an unknown unit, already reported
        for number, span in ((declared.left, declared.left_span),
                             (declared.right, declared.right_span)):
            if number <= 0:
                self._err(
                    "T061",
                    f"a conversion factor must be more than 0, not {fmt_number(number)}",
                    span,
                    "write the two amounts the source gives, for example "
                    "`convert 1 mg/dL = 88.4 umol/L`",
                )
                return
        sides = conversion_sides(declared)
        if sides is None:
            self._err(
                "T060",
                f"`{declared.left_unit} = {declared.right_unit}` is not a mass and a molar "
                "concentration of one substance",
                declared.span,
                "a conversion sets a mass concentration beside a molar one, per the same "
                "volume, for example `convert 1 mg/dL = 88.4 umol/L`; units of one kind "
                "already convert without it",
            )
            return
        if not (unit.compatible(left) or unit.compatible(right)):
            self._err(
                "T062",
                f"`{decl.name}` is measured in {format_unit(unit) or 'plain numbers'}, which "
                f"this conversion between {format_unit(left)} and {format_unit(right)} "
                "cannot convert",
                declared.span,
                "a conversion belongs on an input measured in one of its two kinds of unit, "
                "such as umol/L for `convert 1 mg/dL = 88.4 umol/L`",
            )

    def _assumption(self, assumption: ast.Assumption) -> ir.Assumption:
        cond = self.resolver.condition(assumption.expr, "an assumption")
        label = self.resolver.text(assumption.expr.span)
        return ir.Assumption(
            assumption.id, assumption.text, cond or ir.Const(True), label, assumption.span.line
        )

    # ----------------------------------------------------------------- body
    def _top(self, item: ast.TopItem) -> ir.Node:
        return self._node(item, in_unknown=False)

    def _node(self, item: ast.BodyItem, in_unknown: bool) -> ir.Node:
        if isinstance(item, ast.Decision):
            return self._decision(item)
        if isinstance(item, ast.Section):
            return self._section(item)
        if isinstance(item, ast.Recommendation):
            return ir.Emit(self._rec(item))
        if isinstance(item, ast.Ask):
            if not in_unknown:
                self._err(
                    "R005",
                    "`ask` belongs only in a `when unknown:` branch",
                    item.span,
                    "`ask` stops the evaluation to ask for facts that are missing",
                )
            return ir.AskNode(item.span.line)
        if isinstance(item, ast.Nothing):
            return ir.NarrNode(ir.Narrative("nothing", "", (), (), item.span.line))
        return ir.NarrNode(_narr(item))

    def _body(self, items: tuple[ast.BodyItem, ...], in_unknown: bool) -> tuple[ir.Node, ...]:
        nodes = [self._node(i, in_unknown) for i in items]
        return tuple(n for n in nodes if not _is_nothing(n))

    def _decision(self, decision: ast.Decision) -> ir.Decision:
        branches: list[ir.Branch] = []
        for branch in decision.branches:
            guard = None
            label = branch.kind
            if branch.guard is not None:
                guard = self.resolver.condition(branch.guard, "the condition of a `when` branch")
                label = self.resolver.text(branch.guard.span)
            body = self._body(branch.body, in_unknown=branch.kind == "unknown")
            branches.append(ir.Branch(branch.kind, guard, label, body, branch.span.line))
        return ir.Decision(
            decision.id,
            decision.question,
            decision.exclusive,
            tuple(branches),
            narratives(decision.narrative),
            decision.span.line,
        )

    def _section(self, section: ast.Section) -> ir.Section:
        when = None
        label = ""
        if section.when is not None:
            when = self.resolver.condition(section.when, "the condition of a section")
            label = self.resolver.text(section.when.span)
        body = self._body(section.items, in_unknown=False)
        return ir.Section(section.id, section.title, when, label, body, section.span.line)

    # ------------------------------------------------------ recommendations
    def _rec(self, rec: ast.Recommendation) -> ir.Recommendation:
        self._kind_fields(rec)
        strength = self._strength(rec)
        dose_unit: Unit | None = None
        dose = None
        if rec.dose is not None:
            dose_unit, dose = self._dose(rec.dose, rec.dose_cap)
        daily = None
        if rec.daily_maximum is not None:
            daily = self.limits.daily_maximum(rec.daily_maximum, dose_unit)
        review = self.limits.timing(rec.review) if rec.review is not None else None
        rechecks = tuple(t for t in (self.limits.timing(r) for r in rec.rechecks) if t)
        return ir.Recommendation(
            id=rec.id,
            kind=rec.kind,
            text=rec.text,
            strength=strength,
            citations=tuple(c.key for c in rec.cites),
            expert_opinion=rec.expert_opinion is not None,
            uncited=rec.uncited.value if rec.uncited else None,
            dose=dose,
            route=rec.route.value if rec.route else None,
            frequency=rec.frequency.value if rec.frequency else None,
            duration=self._duration(rec.duration, "duration"),
            every=self._duration(rec.every, "every"),
            target=rec.target.value if rec.target else None,
            rationale=rec.rationale.value if rec.rationale else None,
            time_to_effect=self._time_to_effect(rec),
            drug=rec.drug.value if rec.drug else None,
            options=tuple(self._option(o) for o in rec.options),
            narrative=narratives(rec.narrative),
            line=rec.span.line,
            daily_maximum=daily,
            review=review,
            rechecks=rechecks,
        )

    def _kind_fields(self, rec: ast.Recommendation) -> None:
        checks = (
            (rec.dose, DOSE_KINDS, "dose"),
            (rec.dose_cap, DOSE_KINDS, "dose cap"),
            (rec.daily_maximum, DOSE_KINDS, "daily maximum"),
            (rec.route, DOSE_KINDS, "route"),
            (rec.frequency, DOSE_KINDS, "frequency"),
            (rec.duration, DOSE_KINDS, "duration"),
            (rec.drug, DRUG_KINDS, "drug"),
            (rec.every, MONITOR_KINDS, "every"),
            (rec.target, MONITOR_KINDS, "target"),
        )
        for value, kinds, name in checks:
            if value is not None and rec.kind not in kinds:
                allowed = ", ".join(f"`{k}`" for k in sorted(kinds))
                self._err(
                    "R001",
                    f"a `{rec.kind}` recommendation cannot have a `{name}`",
                    value.span,
                    f"`{name}` belongs to {allowed} recommendations",
                )
        for limit, name, code in (
            (rec.dose_cap, "dose cap", "R010"),
            (rec.daily_maximum, "daily maximum", "R011"),
        ):
            if limit is not None and rec.dose is None and rec.kind in DOSE_KINDS:
                self._err(
                    code,
                    f"a `{name}` limits a dose, and recommendation `{rec.id}` has no `dose`",
                    limit.span,
                    f"add the `dose` line the `{name}` limits, or remove the `{name}`",
                )
        if rec.options and rec.kind != "choose":
            self._err(
                "R003",
                "only a `choose` recommendation has options",
                rec.options[0].span,
                f"change `{rec.kind}` to `choose`, or remove the options",
            )
        if rec.kind == "choose" and len(rec.options) < 2:
            self._err(
                "R002",
                "a `choose` recommendation needs at least two options",
                rec.id_span,
                'add lines such as `option azathioprine "Azathioprine"` under it',
            )

    def _strength(self, rec: ast.Recommendation) -> str:
        if rec.strength is not None:
            if rec.strength.value not in (*self.grading, NOT_GRADED):
                allowed = ", ".join(f"`{g}`" for g in self.grading)
                self._err(
                    "H004",
                    f"`{rec.strength.value}` is not a strength of this guideline",
                    rec.strength.span,
                    f"the strengths are {allowed}; write `strength {NOT_GRADED}` when the "
                    "source gives this recommendation no grade",
                )
            return rec.strength.value
        default = "consider" if rec.kind == "consider" else "recommend"
        if default not in self.grading:
            self._err(
                "H004",
                "this guideline declares its own grading, so every recommendation "
                "needs a `strength`",
                rec.id_span,
                f"add the grade the source gives it (`strength {self.grading[0]}` or another), "
                f"or `strength {NOT_GRADED}` when the source gives none",
            )
        return default

    def _dose(
        self, dose: ast.ExprField, cap_field: ast.ExprField | None
    ) -> tuple[Unit | None, ir.Dose | None]:
        typed = self.resolver.lower(dose.expr)
        if typed.kind == "error":
            return None, None
        if typed.kind not in {"num", "range"} or typed.unit.is_dimensionless():
            self._err(
                "T007",
                "a dose must be an amount with a unit",
                dose.expr.span,
                "for example `dose 0.5 to 1 mg/kg/day * weight` or `dose 500 mg`",
            )
            return None, None
        problem = dose_problem(typed.unit)
        if problem is not None:
            self._err(
                "T013",
                f"a dose cannot be measured in {format_unit(typed.unit)}: {problem}",
                dose.expr.span,
                "a dose is an amount such as mg, mL, IU or mmol, optionally per kg of body "
                "weight and per unit of time: multiply a per-kg dose by the weight only "
                "(`15 mg/kg * weight`), and check the units of the other inputs it uses",
            )
            return None, None
        assert typed.num is not None
        high = typed.high if typed.high is not None else typed.num
        if ir.scores_in(typed.num) or ir.scores_in(high):
            self._err(
                "T021",
                "a dose cannot be computed from a score",
                dose.expr.span,
                "choose the dose with a decision on the score, for example "
                "`when wells >= 2:`, and give each branch its own dose",
            )
            return None, None
        cap = self.limits.cap(cap_field, typed.unit) if cap_field is not None else None
        reads = ir.num_inputs(typed.num) + ir.num_inputs(high)
        inputs = tuple(dict.fromkeys(reads + (ir.num_inputs(cap) if cap else [])))
        expr = dose.expr
        while isinstance(expr, ast.Ref) and expr.name in self.resolver.definitions:
            expr = self.resolver.definitions[expr.name].expr
        rule = self.resolver.text(expr.span)
        cap_rule = self.resolver.text(cap_field.expr.span) if cap and cap_field else ""
        working = self.limits.working(expr)
        dose_ir = ir.Dose(
            typed.num, high, format_unit(typed.unit), rule, inputs, cap, cap_rule, working
        )
        return typed.unit, dose_ir

    def _duration(self, value: ast.ExprField | None, name: str) -> str | None:
        if value is None:
            return None
        typed = self.resolver.lower(value.expr)
        if typed.kind == "error":
            return None
        if typed.kind not in {"num", "range"} or not typed.unit.compatible(parse_unit("day")):
            self._err(
                "T002",
                f"`{name}` needs a length of time",
                value.expr.span,
                "for example `every 1 year` or `up to 26 weeks`",
            )
            return None
        if not isinstance(typed.num, ir.NumConst):
            self._err("T012", f"`{name}` must be a fixed length of time", value.expr.span)
            return None
        return self.resolver.text(value.expr.span)

    def _time_to_effect(self, rec: ast.Recommendation) -> str | None:
        text = self._duration(rec.time_to_effect, "time to effect")
        if text is None:
            return None
        return f"up to {text}" if rec.time_to_effect_up_to else text

    def _option(self, option: ast.Option) -> ir.Option:
        cond = None
        text = ""
        if option.preferred_when is not None:
            cond = self.resolver.condition(option.preferred_when, "`preferred when`")
            text = self.resolver.text(option.preferred_when.span)
        return ir.Option(option.id, option.text, cond, text, narratives(option.narrative))

    # ------------------------------------------------------------- examples
    def _example(self, example: ast.Example, inputs: tuple[ir.Input, ...]) -> ir.Example:
        by_name = {i.name: i for i in inputs}
        patient: list[tuple[str, object]] = []
        for given in example.givens:
            decl = by_name.get(given.name)
            if decl is None:
                self._err(
                    "X002",
                    f"`{given.name}` is not an input of this guideline",
                    given.span,
                    "give only facts declared with `input`",
                )
                continue
            patient.append((given.name, self._given_value(given, decl)))
        doses = tuple(d for d in (self._expected_dose(d) for d in example.expect_doses) if d)
        return ir.Example(
            example.id,
            example.title,
            tuple(patient),
            tuple(k.key for k in example.expect_recs) if example.expect_recs is not None else None,
            doses,
            tuple(k.key for k in example.expect_needs)
            if example.expect_needs is not None
            else None,
            narratives(example.narrative),
            example.span.line,
        )

    def _given_value(self, given: ast.Given, decl: ir.Input) -> object:
        value = given.value
        if value is None:
            return None
        if decl.kind == "yesno" and isinstance(value, ast.BoolLit):
            return value.value
        if decl.kind == "choice" and isinstance(value, ast.Ref):
            return value.name
        if decl.kind == "date" and isinstance(value, ast.DateLit):
            return value.value.isoformat()
        if decl.kind in {"number", "whole"} and isinstance(value, ast.Quantity):
            return self._given_number(given, value, decl)
        self._err(
            "X002",
            f"this value does not fit `{decl.name}` ({_kind_words(decl)})",
            value.span,
            f"write a value such as {_sample(decl)}",
        )
        return None

    def _given_number(self, given: ast.Given, value: ast.Quantity, decl: ir.Input) -> object:
        assert decl.unit is not None
        unit = self.resolver.unit(value.unit, value.span) if value.unit else decl.unit
        molar = decl.molar
        converted = None if molar is None else through(value.value, unit, molar, decl.unit)
        if converted is not None and not unit.compatible(decl.unit):
            return as_fact(converted)
        if not unit.compatible(decl.unit):
            self._err(
                "X002",
                f"`{decl.name}` is measured in {decl.unit_text}, not {format_unit(unit)}",
                value.span,
            )
            return None
        number = value.value * conversion(unit, decl.unit)
        if decl.kind == "whole" and number.denominator == 1:
            return int(number)
        return as_fact(number)

    def _expected_dose(self, expect: ast.ExpectDose) -> tuple[str, Fraction, Fraction, str] | None:
        typed = self.resolver.lower(expect.value)
        if typed.kind == "error":
            return None
        low, high = typed.num, typed.high if typed.high is not None else typed.num
        if not isinstance(low, ir.NumConst) or not isinstance(high, ir.NumConst):
            self._err(
                "X002",
                "an expected dose must be written as numbers with a unit",
                expect.value.span,
                "for example `expect dose prednisone 35 to 70 mg/day`",
            )
            return None
        return (expect.rec_id, low.value, high.value, format_unit(typed.unit))


def _converts(kind: ast.NumberType) -> str:
    """The conversion an input declares, as the docs show it: `1 mg/dL = 88.4 umol/L`."""
    if kind.conversion is not None:
        c = kind.conversion
        return (
            f"{fmt_number(c.left)} {c.left_unit} = {fmt_number(c.right)} {c.right_unit}"
        )
    if kind.molar_mass is not None:
        return f"molar mass {fmt_number(kind.molar_mass.value)} {kind.molar_mass.unit}"
    return ""


def _is_nothing(node: ir.Node) -> bool:
    return isinstance(node, ir.NarrNode) and node.narrative.kind == "nothing"


def _kind_words(decl: ir.Input) -> str:
    return {"yesno": "yes or no", "choice": "one of its choices", "date": "a date"}.get(
        decl.kind, f"a number in {decl.unit_text}" if decl.unit_text else "a number"
    )


def _sample(decl: ir.Input) -> str:
    if decl.kind == "yesno":
        return "`yes` or `no`"
    if decl.kind == "choice":
        return f"`{decl.choices[0].name}`"
    if decl.kind == "date":
        return "`2024-06-01`"
    return f"`{fmt_number(decl.low or 0)} {decl.unit_text}`".replace(" `", "`")


def _cited_keys(tree: ast.Guideline) -> set[str]:
    return {c.key for c in visit.all_cites(tree)}
