"""The Python backend: one standalone, typed module per guideline (standard library only).

User text reaches the module only through `repr()` of plain strings, which is a
safe Python literal for any text; docstrings and comments get text with quotes,
backslashes and line breaks removed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from importlib import resources

import jinja2

from compiler.analysis.settled import (
    Key,
    certain_last_branches,
    session_for,
    unknowable_at,
)
from compiler.emit_python.assumptions import assumptions_function
from compiler.emit_python.conditions import CondEmitter
from compiler.emit_python.outputs import (
    FullTree,
    LeanTree,
    has_variants,
    is_static,
    rec_fields,
    static_options,
    variants_table,
)
from compiler.emit_python.scores import score_functions
from compiler.emit_python.tree import (
    ANY_FACT,
    WAITS_TYPE,
    TreeEmitter,
    doc_text,
    unpack_facts,
    wait_rows,
)
from compiler.emit_python.validation import checks_table, has_exact, plain_function
from compiler.semantics import ir, numbers
from compiler.semantics.waiting import path_required, rec_reads

_FIELD_TYPES = {"yesno": "bool", "choice": "str", "number": "float", "whole": "int", "date": "str"}


def _template() -> jinja2.Template:
    text = resources.files("compiler.emit_python").joinpath("runtime.py.j2").read_text("utf-8")
    env = jinja2.Environment(
        autoescape=False, keep_trailing_newline=True, undefined=jinja2.StrictUndefined
    )
    return env.from_string(text)


def _facts_type(guideline: ir.Guideline) -> str:
    types = [
        _FIELD_TYPES[i.kind] + (" | None" if i.may_be_unknown else "") for i in guideline.inputs
    ]
    return f"tuple[{', '.join(types)}]" if types else "tuple[()]"


def _static_recs(guideline: ir.Guideline) -> list[str]:
    """Module-level constants for every recommendation that is the same for everyone,
    and, for one that varies only in a few options' flags, one per combination."""
    out = []
    for rec in ir.recommendations(guideline):
        if is_static(rec):
            fields = rec_fields(rec, "None", static_options(rec))
            body = ",\n    ".join(fields)
            out.append(f"_R_{rec.id}: Final = Recommendation(\n    {body},\n)")
        elif has_variants(rec):
            out.append(variants_table(rec))
    return out


def _steps_table(tree: FullTree) -> str:
    rows = [f"    {row!r}," for row in tree.rows]
    return "\n".join(["_STEPS: Final[tuple[tuple[str, str, str, tuple[int, ...]], ...]] = (",
                      *rows, ")"])


def _functions(tree: TreeEmitter) -> list[str]:
    return ["\n".join(fn) for fn in tree.functions]


@dataclass
class ModuleEmitter:
    """Builds the module text for one guideline."""

    guideline: ir.Guideline
    settled: dict[Key, frozenset[str]] | None = None
    certain: frozenset[str] | None = None
    conds: CondEmitter = field(init=False)

    def __post_init__(self) -> None:
        declared = frozenset(i.name for i in self.guideline.inputs if i.may_be_unknown)
        self.conds = CondEmitter(self.guideline, declared, declared)
        if self.settled is None or self.certain is None:
            session = session_for(self.guideline)
            self.settled = unknowable_at(session)
            self.certain = certain_last_branches(session)

    def _tree(self, kind: type[TreeEmitter]) -> TreeEmitter:
        assert self.settled is not None and self.certain is not None
        return kind(self.guideline, self.conds, self.settled, self.certain)

    def _entry(
        self, head: list[str], tree: TreeEmitter, setup: list[str], end: tuple[str, str]
    ) -> str:
        """`end`: the return statement when no decision can wait, and when one can."""
        body = tree.body(self.guideline.body)
        lines = [*head, *self._facts_lines(tree)]
        lines += unpack_facts(self.guideline, body)
        lines += setup
        if tree.w.uses_unknowns:
            lines.append("    u: list[str] = []")
        if tree.waits or tree.functions:
            lines.append(f"    wt: {WAITS_TYPE} = []")
        lines += body
        if not tree.ended():
            lines.append(end[1] if tree.waits or tree.functions else end[0])
        return "\n".join(lines)

    def _facts_lines(self, tree: TreeEmitter) -> list[str]:
        """Validation; a patient missing a required fact that only some paths read is
        evaluated with a stand-in value, then refused if the path read it."""
        if not path_required(self.guideline):
            return ["    facts = _plain(patient) or _validate(patient)"]
        again = "evaluate" if isinstance(tree, FullTree) else "decide"
        return [
            "    try:",
            "        facts = _plain(patient) or _validate(patient)",
            "    except _Unread as missing:",
            "        missing.check()",
            f"        return {again}(missing.filled)",
        ]

    def evaluate_function(self, tree: FullTree) -> str:
        """The public `evaluate`: validation, then the tree with its path."""
        head = [
            "def evaluate(patient: Mapping[str, object]) -> Result:",
            '    """Validate the patient, walk the decision tree, and say what to do and why.',
            "",
            "    Raises PatientDataError, naming each bad fact, before anything is decided.",
            "    A fact given as None or left out is unknown; a decision that needs it waits",
            "    (it gives nothing, the later decisions go on): the result is incomplete,",
            "    `needs` names the facts to find out and `waiting` asks for them.",
            '    """',
        ]
        setup = [
            "    recs: list[Recommendation] = []",
            "    trace: list[int] = []",
        ]
        scores = _scores_call(self.guideline)
        end = (
            "    return _new(Result, (GUIDELINE_ID, VERSION, SOURCE_HASH, True, (), "
            f"tuple(recs), Path(trace, facts), {scores}, ()))",
            "    return _new(Result, (GUIDELINE_ID, VERSION, SOURCE_HASH, not wt, "
            f"_needs(wt) if wt else (), tuple(recs), Path(trace, facts), {scores}, "
            "_waiting(wt) if wt else ()))",
        )
        return self._entry(head, tree, setup, end)

    def decide_function(self, tree: LeanTree) -> str:
        """The public lean `decide`: validation, then the tree keeping ids and doses only."""
        head = [
            "def decide(patient: Mapping[str, object]) -> Decided:",
            '    """Ids in order, {id: (low, high) dose} and needs, as `evaluate` says."""',
        ]
        setup = [
            "    ids: list[str] = []",
            "    doses: dict[str, tuple[float, float]] = {}",
        ]
        end = (
            "    return tuple(ids), doses, ()",
            "    return tuple(ids), doses, _needs(wt) if wt else ()",
        )
        return self._entry(head, tree, setup, end)

    def render(self) -> str:
        """The whole module text."""
        g = self.guideline
        full, lean = self._tree(FullTree), self._tree(LeanTree)
        assert isinstance(full, FullTree) and isinstance(lean, LeanTree)
        evaluate = self.evaluate_function(full)
        decide = self.decide_function(lean)
        assumptions = assumptions_function(g, self.conds) if g.assumptions else ""
        scores = score_functions(g, self.conds)
        outlined, lean_outlined = _functions(full), _functions(lean)
        bodies = [evaluate, decide, assumptions, *scores, *outlined, *lean_outlined]
        head = _template().render(
            uses_any=any(ANY_FACT in body for body in bodies),
            title_doc=doc_text(g.title),
            source_path_doc=doc_text(g.source_path),
            id_doc=doc_text(g.id),
            version_doc=doc_text(g.version),
            source_hash=g.source_hash,
            guideline_id=repr(g.id),
            title=repr(g.title),
            version=repr(g.version),
            status=repr(g.status),
            source_hash_lit=repr(g.source_hash),
            input_names=repr(tuple(i.name for i in g.inputs)),
            facts_type=_facts_type(g),
            has_dates=any(i.kind == "date" for i in g.inputs),
            has_yesno=any(i.kind == "yesno" for i in g.inputs),
            has_choice=any(i.kind == "choice" for i in g.inputs),
            has_number=any(i.kind == "number" for i in g.inputs),
            has_exact=has_exact(g),
            has_whole=any(i.kind == "whole" for i in g.inputs),
            uses_partial=full.defects,  # only a defect ends evaluation early
            has_waits=full.waits or lean.waits,
            has_defects=full.defects,
            has_doses=any(r.dose is not None for r in ir.recommendations(g)),
            exact_type="float | _Fraction" if has_exact(g) else "float",
            has_caps=any(r.dose and r.dose.cap is not None for r in ir.recommendations(g)),
            has_daily=any(r.daily_maximum is not None for r in ir.recommendations(g)),
            has_review=any(r.review is not None for r in ir.recommendations(g)),
            dose_kinds=_dose_kinds(g),
            has_assumptions=bool(g.assumptions),
            has_scores=bool(g.scores),
            has_unread=bool(path_required(g)),
            scores_call=_scores_call(g),
        )
        checks, plain = checks_table(g, self.conds), plain_function(g, self.conds)
        blocks = [head.rstrip("\n"), _constants(self.conds), checks,
                  "_INPUT_SET: Final = frozenset(INPUTS)", plain, _waits_table(g, full),
                  _unread(g), assumptions, *scores,
                  *_static_recs(g), _steps_table(full), *outlined, evaluate, DECIDED,
                  *lean_outlined, decide]
        return "\n\n\n".join(b for b in blocks if b) + "\n"


def _waits_table(guideline: ir.Guideline, tree: FullTree) -> str:
    """`_WAITS` (the decisions that can wait) and `_QUESTIONS` (each fact's question)."""
    if not tree.waits:
        return ""
    rows = [f"    {row!r}," for row in wait_rows(guideline)]
    questions = [f"    {i.name!r}: {i.question!r}," for i in guideline.inputs]
    return "\n".join([
        "_WAITS: Final[tuple[tuple[str, str], ...]] = (", *rows, ")",
        "_QUESTIONS: Final[dict[str, str]] = {", *questions, "}",
    ])


def _unread(guideline: ir.Guideline) -> str:
    """`_FILL` (a stand-in value for each required fact only some paths read) and
    `_REC_READS` (the facts each recommendation reads), for `_Unread`."""
    names = path_required(guideline)
    if not names:
        return ""
    fills = [f"    {name!r}: {stand_in(guideline.input(name))!r}," for name in names]
    reads = [
        f"    {rec.id!r}: {tuple(n for n in rec_reads(rec) if n in names)!r},"
        for rec in ir.recommendations(guideline)
        if any(n in names for n in rec_reads(rec))
    ]
    return "\n".join([
        "_FILL: Final[dict[str, object]] = {", *fills, "}",
        "_REC_READS: Final[dict[str, tuple[str, ...]]] = {", *reads, "}",
    ])


def stand_in(decl: ir.Input) -> object:
    """A valid value of the fact, used only where no path that reads it is taken."""
    if decl.kind == "yesno":
        return False
    if decl.kind == "choice":
        return decl.choices[0].name
    if decl.kind == "date":
        return "2000-01-01"
    assert decl.low is not None
    if decl.kind == "whole" or decl.low.denominator == 1:
        return int(decl.low) if decl.low.denominator == 1 else math.ceil(decl.low)
    near = float(decl.low)
    return near if Fraction(near) >= decl.low else math.nextafter(near, math.inf)


def _scores_call(guideline: ir.Guideline) -> str:
    """The expression for the result's scores."""
    return "_scores(facts)" if guideline.scores else "()"


DECIDED = "Decided = tuple[tuple[str, ...], dict[str, tuple[float, float]], tuple[str, ...]]"


def _constants(conds: CondEmitter) -> str:
    """The exact constants the code compares with, each the decimal written (converted
    exactly), where no float is that decimal or a float comparison would not be exact.
    Without number facts (only scores compare with them) a plain fraction serves."""
    kind = "_Exact" if has_exact(conds.guideline) else "_Fraction"
    lines = [
        f"{name}: Final = cast(float, {kind}({value.numerator}, {value.denominator}))"
        f"  # {numbers.fmt_number(value)}"
        for value, name in conds.constants.items()
    ]
    return "\n".join(lines)


def _dose_kinds(guideline: ir.Guideline) -> str:
    """The kinds of dose the guideline writes, `fixed`, `range` or `both` (for the text rule)."""
    kinds = {r.dose.low == r.dose.high for r in ir.recommendations(guideline) if r.dose}
    return "both" if len(kinds) == 2 else "fixed" if True in kinds else "range"


def emit(guideline: ir.Guideline) -> str:
    """The generated module's source text."""
    return ModuleEmitter(guideline).render()
