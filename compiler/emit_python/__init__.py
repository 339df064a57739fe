"""The Python backend: one standalone, typed module per guideline (standard library only).

User text reaches the module only through `repr()` of plain strings, which is a
safe Python literal for any text; docstrings and comments get text with quotes,
backslashes and line breaks removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import ClassVar

import jinja2

from compiler import ir
from compiler.emit_python.assumptions import assumptions_function
from compiler.emit_python.conditions import CondEmitter, Writer, comment, flat_text
from compiler.emit_python.lean import fast_facts_function, lean_blocks
from compiler.emit_python.settled import (
    Key,
    certain_last_branches,
    session_for,
    unknowable_at,
)
from compiler.units import accepted_units

_FIELD_TYPES = {"yesno": "bool", "choice": "str", "number": "float", "whole": "int", "date": "str"}


def _doc_text(text: str) -> str:
    """Text made safe inside a triple-quoted docstring."""
    return flat_text(text.replace("\\", "/").replace('"', "'"))


def _template() -> jinja2.Template:
    text = resources.files("compiler.emit_python").joinpath("runtime.py.j2").read_text("utf-8")
    env = jinja2.Environment(
        autoescape=False, keep_trailing_newline=True, undefined=jinja2.StrictUndefined
    )
    return env.from_string(text)


def _run_root(root: str, on_stop: str, can_stop: bool) -> list[str]:
    """Lines that run the tree; the stop handling only where some branch can stop."""
    if not can_stop:
        return ["    complete, needs = True, list[str]()", f"    {root}(f, out)"]
    return [
        "    complete, needs = True, list[str]()",
        "    try:",
        f"        {root}(f, out)",
        "    except _Stop as stop:",
        f"        {on_stop}",
    ]


def _if_missing(decl: ir.Input) -> str:
    """The problems a missing fact adds: none when it may be unknown."""
    return "()" if decl.may_be_unknown else repr(((decl.name, "is required but missing"),))


def _check_expr(decl: ir.Input) -> str:
    if decl.kind == "yesno":
        return "_yesno"
    if decl.kind == "date":
        return "_date"
    if decl.kind == "choice":
        names = tuple(c.name for c in decl.choices)
        return f"lambda raw: _choice(raw, {names!r})"
    assert decl.unit is not None and decl.low is not None and decl.high is not None
    factors = accepted_units(decl.unit)
    helper = "_count" if decl.kind == "whole" else "_measure"
    return (
        f"lambda raw: {helper}(raw, low={float(decl.low)!r}, high={float(decl.high)!r}, "
        f"unit_text={decl.unit_text!r}, factors={factors!r})"
    )


@dataclass
class ModuleEmitter:
    """Builds the module text for one guideline."""

    guideline: ir.Guideline
    prefix: ClassVar[str] = ""  # function names: `{prefix}_d_<id>`; the lean copy uses `_l`
    out_type: ClassVar[str] = "_Out"
    w: Writer = field(default_factory=Writer)
    functions: list[list[str]] = field(default_factory=list)

    settled: dict[Key, frozenset[str]] | None = None
    certain: frozenset[str] | None = None

    def __post_init__(self) -> None:
        declared = frozenset(i.name for i in self.guideline.inputs if i.may_be_unknown)
        self.conds = CondEmitter(self.guideline, declared, declared)
        if self.settled is None or self.certain is None:
            session = session_for(self.guideline)
            self.settled = unknowable_at(session)
            self.certain = certain_last_branches(session)

    def conds_at(self, key: Key) -> CondEmitter:
        """The condition emitter for one guard, knowing which facts can be unknown there."""
        assert self.settled is not None
        return self.conds.within(self.settled.get(key, frozenset()))

    def path(self) -> str:
        """The source path shown in comments."""
        return self.guideline.source_path

    # ---------------------------------------------------------- static data
    def _rec_literal(self, rec: ir.Recommendation) -> str:
        options = ", ".join(f"Option({o.id!r}, {o.text!r}, None)" for o in rec.options)
        options_tuple = f"({options},)" if rec.options else "()"
        fields = [
            repr(rec.id),
            repr(rec.kind),
            repr(rec.text),
            repr(rec.strength),
            repr(tuple(rec.citations)),
            repr(rec.expert_opinion),
            "None",
            options_tuple,
            repr(rec.route),
            repr(rec.frequency),
            repr(rec.duration),
            repr(rec.every),
            repr(rec.target),
            repr(rec.rationale),
            repr(rec.time_to_effect),
            repr(rec.drug),
        ]
        return "Recommendation(\n    " + ",\n    ".join(fields) + ",\n)"

    def static_recs(self) -> list[str]:
        """Module-level constants for every recommendation."""
        out = []
        for rec in ir.recommendations(self.guideline):
            out.append(f"_R_{rec.id}: Final = {self._rec_literal(rec)}")
        return out

    # ------------------------------------------------------------- bodies
    def nodes(self, nodes: tuple[ir.Node, ...]) -> None:
        """Emit code for a body."""
        for node in nodes:
            if isinstance(node, ir.Decision):
                self.w.line(f"{self.prefix}_d_{node.id}(f, out)")
                self.decision(node)
            elif isinstance(node, ir.Section):
                self.w.line(f"{self.prefix}_s_{node.id}(f, out)")
                self.section(node)
            elif isinstance(node, ir.Emit):
                self.emit_rec(node.rec)
            elif isinstance(node, ir.AskNode):
                self.w.line("raise _Stop([])")

    def _facts(self, names: list[str]) -> str:
        pairs = ", ".join(f"({n!r}, f.{n})" for n in dict.fromkeys(names))
        return f"({pairs},)" if names else "()"

    def _step(self, node: str, question: str, branch: str, read: list[str]) -> None:
        self.w.line(
            f"out.path.append(Step({node!r}, {question!r}, {branch!r}, {self._facts(read)}))"
        )

    def _function(self, name: str, doc: str, build: object) -> None:
        outer = self.w
        self.w = Writer(counter=outer.counter)
        self.w.line(f"def {name}(f: _Facts, out: {self.out_type}) -> None:")
        with self.w.indent():
            self.w.line(f'"""{doc}"""')
            assert callable(build)
            build()
        if self.w.uses_unknowns:
            self.w.lines.insert(2, "    u: list[str] = []")
        self.functions.append(self.w.lines)
        outer.counter = self.w.counter
        self.w = outer

    def decision(self, decision: ir.Decision) -> None:
        """A function per decision: branches in order, the first that applies wins."""
        doc = _doc_text(f"Decision {decision.id}: {decision.question}")
        self._function(f"{self.prefix}_d_{decision.id}", doc, lambda: self._decision_body(decision))

    def _decision_body(self, decision: ir.Decision) -> None:
        w = self.w
        read: list[str] = []
        branches = decision.when_branches()
        for index, branch in enumerate(branches):
            assert branch.guard is not None
            conds = self.conds_at((decision.id, index))
            read = read + [n for n in ir.cond_inputs(branch.guard) if n not in read]
            w.line(comment(f"when {branch.label}", self.path(), branch.line))
            if index == len(branches) - 1 and decision.id in (self.certain or ()):
                w.line("# (the build proved that everyone reaching this line meets this condition)")
                self._step(decision.id, decision.question, branch.label, read)
                self.nodes(branch.body)
                return
            if w.uses_unknowns and conds.can_be_unknown(branch.guard):
                w.line("u.clear()  # only this branch's unknown facts count")
            guard = w.temp("g")
            conds.emit(w, branch.guard, guard)
            if conds.can_be_unknown(branch.guard):
                w.line(f"if {guard} is None:")
                with w.indent():
                    if not self._unknown(decision, read):
                        w.line("return")
            w.line(f"if {guard}:")
            with w.indent():
                self._step(decision.id, decision.question, branch.label, read)
                self.nodes(branch.body)
                w.line("return")
        otherwise = decision.special("otherwise")
        if otherwise is None:
            w.line(f"raise GuidelineDefect({f'no branch of decision {decision.id} applies'!r})")
            return
        w.line(comment("otherwise", self.path(), otherwise.line))
        self._step(decision.id, decision.question, "otherwise", read)
        self.nodes(otherwise.body)

    def _unknown(self, decision: ir.Decision, read: list[str]) -> bool:
        """Code for a guard that came out unknown; True when that code always stops.

        `ask` stops with the facts this guard met unknown; a nested decision that stops
        carries its own needs.
        """
        self._step(decision.id, decision.question, "unknown", read)
        handler = decision.special("unknown")
        self.w.uses_unknowns = True
        body = handler.body if handler is not None else (ir.AskNode(decision.line),)
        asks = [i for i, node in enumerate(body) if isinstance(node, ir.AskNode)]
        self.nodes(body[: asks[0]] if asks else body)
        if asks:
            self.w.line("raise _Stop(sorted(set(u)))")
        return bool(asks)

    def section(self, section: ir.Section) -> None:
        """A function per section."""
        doc = _doc_text(f"Section {section.id}: {section.title}")
        self._function(f"{self.prefix}_s_{section.id}", doc, lambda: self._section_body(section))

    def _section_body(self, section: ir.Section) -> None:
        w = self.w
        if section.when is None:
            self._step(section.id, section.title, "applies to everyone", [])
            self.nodes(section.body)
            return
        read = ir.cond_inputs(section.when)
        conds = self.conds_at((section.id, -1))
        w.line(comment(f"when {section.when_label}", self.path(), section.line))
        guard = w.temp("g")
        conds.emit(w, section.when, guard)
        if conds.can_be_unknown(section.when):
            w.line(f"if {guard} is None:")
            with w.indent():
                self._step(section.id, section.title, "unknown", read)
                w.line("raise _Stop(sorted(set(u)))")
                w.uses_unknowns = True
        w.line(f"if not {guard}:")
        with w.indent():
            self._step(section.id, section.title, "does not apply", read)
            w.line("return")
        self._step(section.id, section.title, "applies", read)
        self.nodes(section.body)

    def emit_rec(self, rec: ir.Recommendation) -> None:
        """Append a recommendation, computing its dose and preferred options."""
        w = self.w
        w.line(comment(f"{rec.kind} {rec.id}", self.path(), rec.line))
        if rec.dose is None and not any(o.preferred_when for o in rec.options):
            w.line(f"out.recs.append(_R_{rec.id})")
            return
        changes: list[str] = []
        if rec.dose is not None:
            low, high = w.temp("lo"), w.temp("hi")
            w.line(f"{low} = {self.conds.num(rec.dose.low)}")
            w.line(f"{high} = {self.conds.num(rec.dose.high)}")
            unit = repr(" " + rec.dose.unit)
            text = f"_fmt({low})"
            if rec.dose.low != rec.dose.high:
                text = f'_fmt({low}) + " to " + _fmt({high})'
            changes.append(
                f"dose=Dose({low}, {high}, {rec.dose.unit!r}, {text} + {unit}, "
                f"{rec.dose.rule!r}, {self._facts(list(rec.dose.inputs))})"
            )
        if rec.options:
            changes.append(f"options={self._options(rec)}")
        w.line(f"out.recs.append(_R_{rec.id}._replace({', '.join(changes)}))")

    def _options(self, rec: ir.Recommendation) -> str:
        parts = []
        for option in rec.options:
            flag = "None"
            if option.preferred_when is not None:
                flag = self.w.temp("p")
                self.conds.emit(self.w, option.preferred_when, flag)
            parts.append(f"Option({option.id!r}, {option.text!r}, {flag})")
        return "(" + ", ".join(parts) + ",)"

    # -------------------------------------------------------------- module
    def evaluate_function(self) -> list[str]:
        """The public `evaluate` and the root body."""
        self._function("_root", "The guideline body, in order.", self._root)
        return [
            "def evaluate(patient: Mapping[str, object]) -> Result:",
            '    """Validate the patient, walk the decision tree, and say what to do and why.',
            "",
            "    Raises PatientDataError, naming each bad fact, before anything is decided.",
            "    A fact given as None or left out is unknown; when a decision needs it, the",
            "    result is incomplete and `needs` names the facts to find out.",
            '    """',
            "    f = _fast_facts(patient) or _validate(patient)",
            "    out = _Out()",
            *_run_root("_root", "complete, needs = False, stop.needs", self.can_stop()),
            "    return Result(",
            "        GUIDELINE_ID, VERSION, SOURCE_HASH, complete, tuple(needs),",
            "        tuple(out.recs), tuple(out.path),",
            "    )",
        ]

    def can_stop(self) -> bool:
        """True when some emitted branch stops to ask for facts (after `_root` is built)."""
        return any("raise _Stop" in line for fn in self.functions for line in fn)

    def _root(self) -> None:
        self.nodes(self.guideline.body)

    def render(self) -> str:
        """The whole module text."""
        g = self.guideline
        evaluate = self.evaluate_function()
        recs = self.static_recs()
        functions = ["\n".join(fn) for fn in sorted(self.functions, key=lambda f: f[0])]
        assumptions = assumptions_function(g, self.conds) if g.assumptions else ""
        lean = lean_blocks(g, self.settled or {}, self.certain or frozenset())
        fields = [
            {"name": i.name, "type": _FIELD_TYPES[i.kind] + (" | None" if i.may_be_unknown else "")}
            for i in g.inputs
        ]
        head = _template().render(
            title_doc=_doc_text(g.title),
            source_path_doc=_doc_text(g.source_path),
            id_doc=_doc_text(g.id),
            version_doc=_doc_text(g.version),
            source_hash=g.source_hash,
            guideline_id=repr(g.id),
            title=repr(g.title),
            version=repr(g.version),
            source_hash_lit=repr(g.source_hash),
            input_names=repr(tuple(i.name for i in g.inputs)),
            fields=fields,
            has_dates=any(i.kind == "date" for i in g.inputs),
            has_yesno=any(i.kind == "yesno" for i in g.inputs),
            has_choice=any(i.kind == "choice" for i in g.inputs),
            has_number=any(i.kind == "number" for i in g.inputs),
            has_whole=any(i.kind == "whole" for i in g.inputs),
            can_stop=self.can_stop(),
            has_doses=any(r.dose is not None for r in ir.recommendations(g)),
            has_assumptions=bool(g.assumptions),
            uses_cast=bool(self.conds.casts),
        )
        checks = [
            "_Check = Callable[[object], tuple[object, str | None]]\n"
            "_Missing = tuple[tuple[str, str], ...]\n\n\n"
            "_CHECKS: Final[tuple[tuple[str, _Check, _Missing], ...]] = ("
        ]
        checks += [f"    ({i.name!r}, {_check_expr(i)}, {_if_missing(i)})," for i in g.inputs]
        checks.append(")")
        blocks = [head.rstrip("\n"), "\n".join(checks), assumptions, *recs, *functions]
        blocks += [fast_facts_function(g), "\n".join(evaluate), *lean]
        return "\n\n\n".join(b for b in blocks if b) + "\n"


def emit(guideline: ir.Guideline) -> str:
    """The generated module's source text."""
    return ModuleEmitter(guideline).render()
