"""Turns Lark's parse tree into the project's AST (dsl.ast)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from lark import Token, Transformer, v_args
from lark.tree import Meta

from dsl import ast
from dsl.diagnostics import Diagnostic, error
from dsl.source import Span

_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}
# The longest text in quotes: far beyond any question or recommendation, and short
# enough that every page and module stays small.
MAX_TEXT = 10_000


class _Tagged:
    """A field of a block (`dose ...`, `version ...`) before it is placed on its node."""

    def __init__(self, tag: str, value: Any, span: Span) -> None:
        self.tag = tag
        self.value = value
        self.span = span


class AstBuilder(Transformer[Token, ast.Guideline]):
    """One method per grammar rule; collects diagnostics instead of raising."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.diagnostics: list[Diagnostic] = []

    # ------------------------------------------------------------ helpers
    def _span(self, meta: Meta) -> Span:
        if meta.empty:
            return Span(self.path, 1, 1, 1, 1)
        return Span(self.path, meta.line, meta.column, meta.end_line, meta.end_column)

    def _tok(self, token: Token) -> Span:
        line = token.line or 1
        column = token.column or 1
        end_line = token.end_line or line
        end_column = token.end_column or column + len(token)
        return Span(self.path, line, column, end_line, end_column)

    def _joined(self, first: Token, last: Token) -> Span:
        """From the start of one token to the end of another (`88.4 umol/L`)."""
        start, end = self._tok(first), self._tok(last)
        return Span(self.path, start.line, start.column, end.end_line, end.end_column)

    def _string(self, token: Token) -> str:
        raw = str(token)[1:-1]
        out: list[str] = []
        i = 0
        while i < len(raw):
            char = raw[i]
            if char == "\\" and i + 1 < len(raw):
                nxt = raw[i + 1]
                if nxt in _ESCAPES:
                    out.append(_ESCAPES[nxt])
                else:
                    col = (token.column or 1) + 1 + i
                    span = Span(self.path, token.line or 1, col, token.line or 1, col + 2)
                    self.diagnostics.append(
                        error(
                            "P009",
                            f"`\\{nxt}` is not a known escape inside text",
                            span,
                            'inside quotes write \\" for a quote, \\\\ for a backslash, '
                            "\\n for a new line",
                        )
                    )
                    out.append(nxt)
                i += 2
                continue
            out.append(char)
            i += 1
        text = "".join(out)
        if len(text) > MAX_TEXT:
            self.diagnostics.append(
                error(
                    "P019",
                    f"this text is {len(text):,} characters long; texts may be at most "
                    f"{MAX_TEXT:,} characters",
                    self._tok(token),
                    "keep questions and recommendations short, and put the longer "
                    "explanation in the reference it cites",
                )
            )
        return text

    def _field(self, token: Token) -> ast.Field:
        text = self._string(token) if str(token).startswith('"') else str(token)
        return ast.Field(text, self._tok(token))

    def _place(
        self, items: list[Any], single: set[str], multi: set[str], owner: str
    ) -> dict[str, Any]:
        """Sort tagged fields into a dict, reporting a single-valued field given twice."""
        found: dict[str, Any] = {name: [] for name in multi}
        found["narrative"] = []
        for item in items:
            if isinstance(item, ast.Note | ast.Gap):
                found["narrative"].append(item)
            elif isinstance(item, _Tagged) and item.tag in multi:
                found[item.tag].append(item.value)
            elif isinstance(item, _Tagged) and item.tag in single:
                if item.tag in found:
                    self.diagnostics.append(
                        error(
                            "P013",
                            f"`{item.tag.replace('_', ' ')}` is given twice in this {owner}",
                            item.span,
                            f"keep one `{item.tag.replace('_', ' ')}` line and delete the other",
                        )
                    )
                    continue
                found[item.tag] = item.value
        return found

    # --------------------------------------------------------- document
    @v_args(meta=True)
    def start(self, meta: Meta, children: list[Any]) -> ast.Guideline:
        header = children[0]
        refs: list[ast.Reference] = []
        inputs: list[ast.Input] = []
        defs: list[ast.Definition] = []
        assumptions: list[ast.Assumption] = []
        scores: list[ast.Score] = []
        body: list[ast.TopItem] = []
        examples: list[ast.Example] = []
        for child in children[1:]:
            if isinstance(child, list):
                refs.extend(child)
            elif isinstance(child, ast.Input):
                inputs.append(child)
            elif isinstance(child, ast.Definition):
                defs.append(child)
            elif isinstance(child, ast.Assumption):
                assumptions.append(child)
            elif isinstance(child, ast.Score):
                scores.append(child)
            elif isinstance(child, ast.Example):
                examples.append(child)
            else:
                body.append(child)
        return ast.Guideline(
            path=self.path,
            header=header,
            references=tuple(refs),
            inputs=tuple(inputs),
            definitions=tuple(defs),
            assumptions=tuple(assumptions),
            body=tuple(body),
            examples=tuple(examples),
            scores=tuple(scores),
        )

    @v_args(meta=True)
    def header(self, meta: Meta, children: list[Any]) -> ast.Header:
        name, title, *fields = children
        found = self._place(
            fields,
            {"version", "status", "reviewed", "scope"},
            {"owners", "excludes", "grading", "acknowledge"},
            "guideline header",
        )
        return ast.Header(
            id=str(name),
            title=self._string(title),
            span=self._span(meta),
            id_span=self._tok(name),
            version=found.get("version"),
            status=found.get("status"),
            owners=tuple(o for group in found["owners"] for o in group),
            reviewed=found.get("reviewed"),
            scope=found.get("scope"),
            excludes=tuple(found["excludes"]),
            grading=tuple(g for group in found["grading"] for g in group),
            narrative=tuple(found["narrative"]),
            acknowledged=tuple(found["acknowledge"]),
        )

    def _tagged_one(self, tag: str) -> Callable[[Meta, list[Any]], _Tagged]:
        def build(meta: Meta, children: list[Any]) -> _Tagged:
            return _Tagged(tag, self._field(children[0]), self._span(meta))

        return build

    @v_args(meta=True)
    def version(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("version")(meta, c)

    @v_args(meta=True)
    def status(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("status")(meta, c)

    @v_args(meta=True)
    def reviewed(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("reviewed")(meta, c)

    @v_args(meta=True)
    def scope(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("scope")(meta, c)

    @v_args(meta=True)
    def excludes(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("excludes")(meta, c)

    @v_args(meta=True)
    def owners(self, meta: Meta, c: list[Any]) -> _Tagged:
        return _Tagged("owners", [self._field(t) for t in c], self._span(meta))

    @v_args(meta=True)
    def grading(self, meta: Meta, c: list[Any]) -> _Tagged:
        return _Tagged("grading", [self._field(t) for t in c], self._span(meta))

    @v_args(meta=True)
    def acknowledge(self, meta: Meta, c: list[Any]) -> _Tagged:
        code, *target, reason = c
        span = self._span(meta)
        found = ast.Acknowledgement(
            code=self._field(code),
            target=self._field(target[0]) if target else None,
            reason=self._field(reason),
            span=span,
        )
        return _Tagged("acknowledge", found, span)

    # ------------------------------------------------------- references
    def references(self, children: list[ast.Reference]) -> list[ast.Reference]:
        return list(children)

    def ref_key(self, children: list[Token]) -> Token:
        return children[0]

    @v_args(meta=True)
    def reference(self, meta: Meta, children: list[Any]) -> ast.Reference:
        key, text, *fields = children
        found = self._place(fields, {"doi", "pmid", "url"}, set(), "reference")
        return ast.Reference(
            key=str(key),
            text=self._string(text),
            doi=found.get("doi"),
            pmid=found.get("pmid"),
            url=found.get("url"),
            narrative=tuple(found["narrative"]),
            span=self._tok(key),
        )

    @v_args(meta=True)
    def doi(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("doi")(meta, c)

    @v_args(meta=True)
    def pmid(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("pmid")(meta, c)

    @v_args(meta=True)
    def url(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("url")(meta, c)

    # ----------------------------------------------------------- inputs
    @v_args(meta=True)
    def input(self, meta: Meta, children: list[Any]) -> ast.Input:
        name, question, type_spec, *rest = children
        unknown = bool(rest) and rest[0] == "or_unknown"
        narrative = tuple(r for r in rest if isinstance(r, ast.Note | ast.Gap))
        return ast.Input(
            name=str(name),
            question=self._string(question),
            type=type_spec,
            may_be_unknown=unknown,
            narrative=narrative,
            span=self._span(meta),
            name_span=self._tok(name),
        )

    def or_unknown(self, _: list[Any]) -> str:
        return "or_unknown"

    @v_args(meta=True)
    def yes_no_type(self, meta: Meta, _: list[Any]) -> ast.YesNoType:
        return ast.YesNoType(self._span(meta))

    @v_args(meta=True)
    def choice_type(self, meta: Meta, children: list[ast.ChoiceOption]) -> ast.ChoiceType:
        return ast.ChoiceType(tuple(children), self._span(meta))

    @v_args(meta=True)
    def choice(self, meta: Meta, children: list[Token]) -> ast.ChoiceOption:
        label = self._string(children[1]) if len(children) > 1 else None
        return ast.ChoiceOption(str(children[0]), label, self._tok(children[0]))

    def _number_type(self, meta: Meta, children: list[Any], whole: bool) -> ast.NumberType:
        unit: Token | None = None
        if children and isinstance(children[0], Token):
            unit = children[0]
            children = children[1:]
        molar = children.pop() if isinstance(children[-1], ast.MolarMass) else None
        converts = children.pop() if isinstance(children[-1], ast.Conversion) else None
        low, high, *step = children
        return ast.NumberType(
            unit=str(unit) if unit is not None else None,
            unit_span=self._tok(unit) if unit is not None else None,
            low=low,
            high=high,
            step=step[0] if step else None,
            whole=whole,
            span=self._span(meta),
            molar_mass=molar,
            conversion=converts,
        )

    @v_args(meta=True)
    def molar_mass(self, meta: Meta, children: list[Token]) -> ast.MolarMass:
        value, unit = children
        return ast.MolarMass(self._number(value), str(unit), self._span(meta))

    @v_args(meta=True)
    def conversion(self, meta: Meta, children: list[Token]) -> ast.Conversion:
        left, left_unit, right, right_unit = children
        return ast.Conversion(
            self._number(left),
            str(left_unit),
            self._number(right),
            str(right_unit),
            self._span(meta),
            self._joined(left, left_unit),
            self._joined(right, right_unit),
        )

    @v_args(meta=True)
    def number_type(self, meta: Meta, children: list[Any]) -> ast.NumberType:
        return self._number_type(meta, children, whole=False)

    @v_args(meta=True)
    def whole_type(self, meta: Meta, children: list[Any]) -> ast.NumberType:
        return self._number_type(meta, children, whole=True)

    @v_args(meta=True)
    def date_type(self, meta: Meta, _: list[Any]) -> ast.DateType:
        return ast.DateType(self._span(meta))

    def unit(self, children: list[Token]) -> Token:
        return children[0]

    def signed(self, children: list[Token]) -> Fraction:
        sign = -1 if len(children) > 1 else 1
        return sign * self._number(children[-1])

    def step(self, children: list[Token]) -> Fraction:
        return self._number(children[0])

    def _number(self, token: Token) -> Fraction:
        """A number as written, exactly; one too large for a float is an error (0 stands in)."""
        value = float(token)  # digits, maybe with a decimal part: too many give infinity
        if math.isinf(value):
            text = str(token)
            shown = text if len(text) <= 24 else f"{text[:12]}…{text[-6:]} ({len(text)} characters)"
            self.diagnostics.append(
                error(
                    "P016",
                    f"the number `{shown}` is too large to work with",
                    self._tok(token),
                    "numbers in a guideline must stay below 10^308; check for extra digits",
                )
            )
            return Fraction(0)
        return Fraction(str(token))

    # ------------------------------------------------------ definitions
    @v_args(meta=True)
    def definition(self, meta: Meta, children: list[Any]) -> ast.Definition:
        name = children[0]
        label = None
        rest = children[1:]
        if rest and isinstance(rest[0], Token) and rest[0].type == "STRING":
            label = self._string(rest[0])
            rest = rest[1:]
        expr, *narrative = rest
        return ast.Definition(
            str(name), label, expr, tuple(narrative), self._span(meta), self._tok(name)
        )

    # ----------------------------------------------------------- scores
    @v_args(meta=True)
    def score(self, meta: Meta, children: list[Any]) -> ast.Score:
        name, title, *items = children
        return ast.Score(
            str(name),
            self._string(title),
            tuple(i for i in items if isinstance(i, ast.Criterion)),
            tuple(i for i in items if isinstance(i, ast.Note | ast.Gap)),
            self._span(meta),
            self._tok(name),
        )

    @v_args(meta=True)
    def criterion(self, meta: Meta, children: list[Any]) -> ast.Criterion:
        (value, text, span), condition, *rest = children
        label = None
        if rest and isinstance(rest[0], Token) and rest[0].type == "STRING":
            label = self._string(rest[0])
            rest = rest[1:]
        return ast.Criterion(
            value, text, condition, label, tuple(rest), self._span(meta), span
        )

    @v_args(meta=True)
    def points(self, meta: Meta, children: list[Token]) -> tuple[Fraction, str, Span]:
        negative = len(children) > 1
        value = self._number(children[-1])
        text = ("-" if negative else "") + str(children[-1])
        return (-value if negative else value), text, self._span(meta)

    # ------------------------------------------------------ assumptions
    @v_args(meta=True)
    def assumption(self, meta: Meta, children: list[Any]) -> ast.Assumption:
        name, text, expr, *narrative = children
        return ast.Assumption(
            str(name),
            self._string(text),
            expr,
            tuple(narrative),
            self._span(meta),
            self._tok(name),
        )

    # -------------------------------------------------------- decisions
    @v_args(meta=True)
    def decision(self, meta: Meta, children: list[Any]) -> ast.Decision:
        name, question, *items = children
        exclusive = bool(items) and items[0] == "exclusive"
        if exclusive:
            items = items[1:]
        branches = tuple(i for i in items if isinstance(i, ast.Branch))
        narrative = tuple(i for i in items if isinstance(i, ast.Note | ast.Gap))
        return ast.Decision(
            id=str(name),
            question=self._string(question),
            exclusive=exclusive,
            branches=branches,
            narrative=narrative,
            span=self._span(meta),
            id_span=self._tok(name),
        )

    def exclusive(self, _: list[Any]) -> str:
        return "exclusive"

    @v_args(meta=True)
    def when_branch(self, meta: Meta, children: list[Any]) -> ast.Branch:
        return ast.Branch("when", children[0], children[1], self._span(meta))

    @v_args(meta=True)
    def unknown_branch(self, meta: Meta, children: list[Any]) -> ast.Branch:
        return ast.Branch("unknown", None, children[0], self._span(meta))

    @v_args(meta=True)
    def otherwise_branch(self, meta: Meta, children: list[Any]) -> ast.Branch:
        return ast.Branch("otherwise", None, children[0], self._span(meta))

    def body(self, children: list[Any]) -> tuple[ast.BodyItem, ...]:
        return tuple(children)

    @v_args(meta=True)
    def nothing(self, meta: Meta, _: list[Any]) -> ast.Nothing:
        return ast.Nothing(self._span(meta))

    @v_args(meta=True)
    def ask(self, meta: Meta, _: list[Any]) -> ast.Ask:
        return ast.Ask(self._span(meta))

    @v_args(meta=True)
    def section(self, meta: Meta, children: list[Any]) -> ast.Section:
        name, title, *items = children
        when = None
        if items and isinstance(items[0], _Tagged) and items[0].tag == "when":
            when = items[0].value
            items = items[1:]
        return ast.Section(
            str(name), self._string(title), when, tuple(items), self._span(meta), self._tok(name)
        )

    @v_args(meta=True)
    def section_when(self, meta: Meta, children: list[Any]) -> _Tagged:
        return _Tagged("when", children[0], self._span(meta))

    # -------------------------------------------------- recommendations
    _REC_SINGLE = frozenset(
        {
            "dose",
            "route",
            "frequency",
            "duration",
            "every",
            "target",
            "strength",
            "expert_opinion",
            "uncited",
            "rationale",
            "time_to_effect",
            "drug",
            "dose_cap",
            "daily_maximum",
            "review",
        }
    )

    @v_args(meta=True)
    def recommendation(self, meta: Meta, children: list[Any]) -> ast.Recommendation:
        kind, name, text, *fields = children
        found = self._place(
            fields, set(self._REC_SINGLE), {"cites", "option", "recheck"}, "recommendation"
        )
        tte = found.get("time_to_effect")
        return ast.Recommendation(
            kind=str(kind),
            id=str(name),
            text=self._string(text),
            span=self._span(meta),
            id_span=self._tok(name),
            dose=found.get("dose"),
            route=found.get("route"),
            frequency=found.get("frequency"),
            duration=found.get("duration"),
            every=found.get("every"),
            target=found.get("target"),
            strength=found.get("strength"),
            cites=tuple(k for group in found["cites"] for k in group),
            expert_opinion=found.get("expert_opinion"),
            uncited=found.get("uncited"),
            rationale=found.get("rationale"),
            time_to_effect=tte[0] if tte else None,
            time_to_effect_up_to=tte[1] if tte else False,
            drug=found.get("drug"),
            options=tuple(found["option"]),
            narrative=tuple(found["narrative"]),
            dose_cap=found.get("dose_cap"),
            daily_maximum=found.get("daily_maximum"),
            review=found.get("review"),
            rechecks=tuple(found["recheck"]),
        )

    def rec_kind(self, children: list[Token]) -> Token:
        return children[0]

    def _expr_field(self, tag: str, meta: Meta, expr: Any) -> _Tagged:
        return _Tagged(tag, ast.ExprField(expr, self._span(meta)), self._span(meta))

    @v_args(meta=True)
    def dose(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._expr_field("dose", meta, c[0])

    @v_args(meta=True)
    def dose_cap(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._expr_field("dose_cap", meta, c[0])

    @v_args(meta=True)
    def daily_maximum(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._expr_field("daily_maximum", meta, c[0])

    @v_args(meta=True)
    def review(self, meta: Meta, c: list[Any]) -> _Tagged:
        text = self._string(c[1]) if len(c) > 1 else None
        timing = ast.Timing("review", c[0], text, self._span(meta))
        return _Tagged("review", timing, self._span(meta))

    @v_args(meta=True)
    def recheck(self, meta: Meta, c: list[Any]) -> _Tagged:
        timing = ast.Timing("recheck", c[1], self._string(c[0]), self._span(meta))
        return _Tagged("recheck", timing, self._span(meta))

    @v_args(meta=True)
    def duration(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._expr_field("duration", meta, c[0])

    @v_args(meta=True)
    def every(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._expr_field("every", meta, c[0])

    @v_args(meta=True)
    def route(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("route")(meta, c)

    @v_args(meta=True)
    def frequency(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("frequency")(meta, c)

    @v_args(meta=True)
    def target(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("target")(meta, c)

    @v_args(meta=True)
    def strength(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("strength")(meta, c)

    @v_args(meta=True)
    def uncited(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("uncited")(meta, c)

    @v_args(meta=True)
    def rationale(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("rationale")(meta, c)

    @v_args(meta=True)
    def drug(self, meta: Meta, c: list[Any]) -> _Tagged:
        return self._tagged_one("drug")(meta, c)

    @v_args(meta=True)
    def expert_opinion(self, meta: Meta, _: list[Any]) -> _Tagged:
        return _Tagged("expert_opinion", self._span(meta), self._span(meta))

    @v_args(meta=True)
    def time_to_effect(self, meta: Meta, c: list[Any]) -> _Tagged:
        up_to = c[0] == "up_to"
        expr = c[-1]
        return _Tagged(
            "time_to_effect", (ast.ExprField(expr, self._span(meta)), up_to), self._span(meta)
        )

    def up_to(self, _: list[Any]) -> str:
        return "up_to"

    @v_args(meta=True)
    def cites(self, meta: Meta, children: list[Token]) -> _Tagged:
        keys = [ast.CiteKey(str(k), self._tok(k)) for k in children]
        return _Tagged("cites", keys, self._span(meta))

    @v_args(meta=True)
    def option(self, meta: Meta, children: list[Any]) -> _Tagged:
        name, text, *fields = children
        found = self._place(fields, {"preferred_when"}, set(), "option")
        opt = ast.Option(
            str(name),
            self._string(text),
            found.get("preferred_when"),
            tuple(found["narrative"]),
            self._span(meta),
        )
        return _Tagged("option", opt, self._span(meta))

    @v_args(meta=True)
    def preferred_when(self, meta: Meta, c: list[Any]) -> _Tagged:
        return _Tagged("preferred_when", c[0], self._span(meta))

    # -------------------------------------------------------- narrative
    def _cite_keys(self, children: list[Any]) -> tuple[ast.CiteKey, ...]:
        for child in children:
            if isinstance(child, _Tagged) and child.tag == "cites":
                return tuple(child.value)
        return ()

    @v_args(meta=True)
    def note(self, meta: Meta, children: list[Any]) -> ast.Note:
        bullets = tuple(c for c in children if isinstance(c, ast.Bullet))
        return ast.Note(
            self._string(children[0]), self._cite_keys(children), bullets, self._span(meta)
        )

    @v_args(meta=True)
    def bullet(self, meta: Meta, children: list[Any]) -> ast.Bullet:
        return ast.Bullet(self._string(children[0]), self._cite_keys(children), self._span(meta))

    @v_args(meta=True)
    def gap(self, meta: Meta, children: list[Any]) -> ast.Gap:
        return ast.Gap(self._string(children[0]), self._span(meta))

    # --------------------------------------------------------- examples
    @v_args(meta=True)
    def example(self, meta: Meta, children: list[Any]) -> ast.Example:
        name, title, *items = children
        givens = tuple(i.value for i in items if isinstance(i, _Tagged) and i.tag == "given")
        recs: list[ast.CiteKey] | None = None
        needs: list[ast.CiteKey] | None = None
        doses: list[ast.ExpectDose] = []
        for item in items:
            if not isinstance(item, _Tagged):
                continue
            if item.tag == "expect_recs":
                recs = (recs or []) + item.value
            elif item.tag == "expect_needs":
                needs = (needs or []) + item.value
            elif item.tag == "expect_dose":
                doses.append(item.value)
        return ast.Example(
            id=str(name),
            title=self._string(title),
            givens=givens,
            expect_recs=tuple(recs) if recs is not None else None,
            expect_doses=tuple(doses),
            expect_needs=tuple(needs) if needs is not None else None,
            narrative=tuple(i for i in items if isinstance(i, ast.Note | ast.Gap)),
            span=self._span(meta),
        )

    @v_args(meta=True)
    def given(self, meta: Meta, children: list[Any]) -> _Tagged:
        name, value = children
        val = None if value == "unknown_value" else value
        return _Tagged("given", ast.Given(str(name), val, self._span(meta)), self._span(meta))

    def unknown_value(self, _: list[Any]) -> str:
        return "unknown_value"

    def _keys(self, tokens: list[Token]) -> list[ast.CiteKey]:
        return [ast.CiteKey(str(t), self._tok(t)) for t in tokens]

    @v_args(meta=True)
    def expect_recs(self, meta: Meta, children: list[Token]) -> _Tagged:
        return _Tagged("expect_recs", self._keys(children), self._span(meta))

    @v_args(meta=True)
    def expect_nothing(self, meta: Meta, _: list[Any]) -> _Tagged:
        return _Tagged("expect_recs", [], self._span(meta))

    @v_args(meta=True)
    def expect_needs(self, meta: Meta, children: list[Token]) -> _Tagged:
        return _Tagged("expect_needs", self._keys(children), self._span(meta))

    @v_args(meta=True)
    def expect_dose(self, meta: Meta, children: list[Any]) -> _Tagged:
        dose = ast.ExpectDose(str(children[0]), children[1], self._span(meta))
        return _Tagged("expect_dose", dose, self._span(meta))

    # ------------------------------------------------------ expressions
    def group(self, c: list[Any]) -> Any:
        """`( expr )`: the expression itself; the brackets matter only to the formatter."""
        return c[0]

    @v_args(meta=True)
    def ref(self, meta: Meta, c: list[Token]) -> ast.Ref:
        return ast.Ref(str(c[0]), self._tok(c[0]))

    @v_args(meta=True)
    def quantity(self, meta: Meta, c: list[Token]) -> ast.Quantity:
        unit = str(c[1]) if len(c) > 1 else None
        return ast.Quantity(self._number(c[0]), str(c[0]), unit, c[0].type == "INT",
                            self._span(meta))

    @v_args(meta=True)
    def range(self, meta: Meta, c: list[Token]) -> ast.RangeLit:
        unit = str(c[2]) if len(c) > 2 else None
        low, high = self._number(c[0]), self._number(c[1])
        return ast.RangeLit(low, high, str(c[0]), str(c[1]), unit, self._span(meta))

    @v_args(meta=True)
    def yes(self, meta: Meta, _: list[Any]) -> ast.BoolLit:
        return ast.BoolLit(True, self._span(meta))

    @v_args(meta=True)
    def no(self, meta: Meta, _: list[Any]) -> ast.BoolLit:
        return ast.BoolLit(False, self._span(meta))

    @v_args(meta=True)
    def date(self, meta: Meta, c: list[Token]) -> ast.Expr:
        span = self._tok(c[0])
        try:
            return ast.DateLit(dt.date.fromisoformat(str(c[0])), span)
        except ValueError:
            self.diagnostics.append(
                error(
                    "P014",
                    f"`{c[0]}` is not a real calendar date",
                    span,
                    "write dates as YYYY-MM-DD, for example 2024-06-01",
                )
            )
            return ast.DateLit(dt.date(1970, 1, 1), span)

    @v_args(meta=True)
    def compare(self, meta: Meta, c: list[Any]) -> ast.Compare:
        return ast.Compare(str(c[1]), c[0], c[2], self._span(meta))

    def comp_op(self, c: list[Token]) -> Token:
        return c[0]

    @v_args(meta=True)
    def choice_ref(self, meta: Meta, c: list[Token]) -> ast.ChoiceName:
        return ast.ChoiceName(str(c[0]), self._tok(c[0]))

    @v_args(meta=True)
    def is_(self, meta: Meta, c: list[Any]) -> ast.IsChoice:
        return ast.IsChoice(c[0], (c[1],), False, self._span(meta))

    @v_args(meta=True)
    def is_not(self, meta: Meta, c: list[Any]) -> ast.IsChoice:
        return ast.IsChoice(c[0], (c[1],), True, self._span(meta))

    @v_args(meta=True)
    def is_one_of(self, meta: Meta, c: list[Any]) -> ast.IsChoice:
        return ast.IsChoice(c[0], tuple(c[1:]), False, self._span(meta))

    @v_args(meta=True)
    def is_unknown(self, meta: Meta, c: list[Any]) -> ast.IsKnown:
        return ast.IsKnown(c[0], False, self._span(meta))

    @v_args(meta=True)
    def is_known(self, meta: Meta, c: list[Any]) -> ast.IsKnown:
        return ast.IsKnown(c[0], True, self._span(meta))

    @v_args(meta=True)
    def not_(self, meta: Meta, c: list[Any]) -> ast.Not:
        return ast.Not(c[0], self._span(meta))

    def _boolop(self, op: str, meta: Meta, c: list[Any]) -> ast.BoolOp:
        operands: list[ast.Expr] = []
        for child in c:
            if isinstance(child, ast.BoolOp) and child.op == op:
                operands.extend(child.operands)
            else:
                operands.append(child)
        return ast.BoolOp(op, tuple(operands), self._span(meta))

    @v_args(meta=True)
    def and_(self, meta: Meta, c: list[Any]) -> ast.BoolOp:
        return self._boolop("and", meta, c)

    @v_args(meta=True)
    def or_(self, meta: Meta, c: list[Any]) -> ast.BoolOp:
        return self._boolop("or", meta, c)

    def _arith(self, op: str, meta: Meta, c: list[Any]) -> ast.Arith:
        return ast.Arith(op, c[0], c[1], self._span(meta))

    @v_args(meta=True)
    def add(self, meta: Meta, c: list[Any]) -> ast.Arith:
        return self._arith("+", meta, c)

    @v_args(meta=True)
    def sub(self, meta: Meta, c: list[Any]) -> ast.Arith:
        return self._arith("-", meta, c)

    @v_args(meta=True)
    def mul(self, meta: Meta, c: list[Any]) -> ast.Arith:
        return self._arith("*", meta, c)

    @v_args(meta=True)
    def div(self, meta: Meta, c: list[Any]) -> ast.Arith:
        return self._arith("/", meta, c)

    @v_args(meta=True)
    def neg(self, meta: Meta, c: list[Any]) -> ast.Neg:
        return ast.Neg(c[0], self._span(meta))

    @v_args(meta=True)
    def if_expr(self, meta: Meta, c: list[Any]) -> ast.IfValue:
        return ast.IfValue(c[0], c[1], c[2], self._span(meta))

    @v_args(meta=True)
    def lookup_expr(self, meta: Meta, c: list[Any]) -> ast.Lookup:
        subject = ast.Ref(str(c[0]), self._tok(c[0]))
        return ast.Lookup(subject, tuple(c[1:]), self._span(meta))

    @v_args(meta=True)
    def lookup_arm(self, meta: Meta, c: list[Any]) -> ast.LookupArm:
        choice = ast.ChoiceName(str(c[0]), self._tok(c[0]))
        return ast.LookupArm(choice, c[1], self._span(meta))

    @v_args(meta=True)
    def lookup_otherwise(self, meta: Meta, c: list[Any]) -> ast.LookupArm:
        return ast.LookupArm(None, c[0], self._span(meta))

    @v_args(meta=True)
    def call(self, meta: Meta, c: list[Any]) -> ast.Call:
        return ast.Call(str(c[0]), tuple(c[1:]), self._span(meta), self._tok(c[0]))

    @v_args(meta=True)
    def at_most(self, meta: Meta, c: list[Any]) -> ast.Limit:
        return ast.Limit("most", c[0], c[1], self._span(meta))

    @v_args(meta=True)
    def at_least(self, meta: Meta, c: list[Any]) -> ast.Limit:
        return ast.Limit("least", c[0], c[1], self._span(meta))
