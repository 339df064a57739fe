"""The Python backend: one standalone, typed module per guideline (standard library only).

User text reaches the module only through `repr()` of plain strings, which is a
safe Python literal for any text; docstrings and comments get text with quotes,
backslashes and line breaks removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
from compiler.emit_python.tree import ANY_FACT, TreeEmitter, doc_text, unpack_facts
from compiler.emit_python.validation import checks_table, has_exact, plain_function
from compiler.semantics import ir, numbers

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

    def _entry(self, head: list[str], tree: TreeEmitter, setup: list[str], end: str) -> str:
        body = tree.body(self.guideline.body)
        lines = [*head, "    facts = _plain(patient) or _validate(patient)"]
        lines += unpack_facts(self.guideline, body)
        lines += setup
        if tree.w.uses_unknowns:
            lines.append("    u: list[str] = []")
        lines += body
        if not tree.ended():
            lines.append(end)
        return "\n".join(lines)

    def evaluate_function(self, tree: FullTree) -> str:
        """The public `evaluate`: validation, then the tree with its path."""
        head = [
            "def evaluate(patient: Mapping[str, object]) -> Result:",
            '    """Validate the patient, walk the decision tree, and say what to do and why.',
            "",
            "    Raises PatientDataError, naming each bad fact, before anything is decided.",
            "    A fact given as None or left out is unknown; when a decision needs it, the",
            "    result is incomplete and `needs` names the facts to find out.",
            '    """',
        ]
        setup = [
            "    recs: list[Recommendation] = []",
            "    trace: list[int] = []",
        ]
        end = (
            "    return _new(Result, (GUIDELINE_ID, VERSION, SOURCE_HASH, True, (), "
            f"tuple(recs), Path(trace, facts), {_scores_call(self.guideline)}))"
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
        return self._entry(head, tree, setup, "    return tuple(ids), doses, ()")

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
            # Outlined decisions stop by returning their needs; only defects build a partial.
            uses_partial=full.defects or full.can_stop(),
            has_defects=full.defects,
            has_doses=any(r.dose is not None for r in ir.recommendations(g)),
            exact_type="float | _Fraction" if has_exact(g) else "float",
            has_caps=any(r.dose and r.dose.cap is not None for r in ir.recommendations(g)),
            has_daily=any(r.daily_maximum is not None for r in ir.recommendations(g)),
            has_review=any(r.review is not None for r in ir.recommendations(g)),
            dose_kinds=_dose_kinds(g),
            has_assumptions=bool(g.assumptions),
            has_scores=bool(g.scores),
            scores_call=_scores_call(g),
        )
        checks, plain = checks_table(g, self.conds), plain_function(g, self.conds)
        blocks = [head.rstrip("\n"), _constants(self.conds), checks,
                  "_INPUT_SET: Final = frozenset(INPUTS)", plain, assumptions, *scores,
                  *_static_recs(g), _steps_table(full), *outlined, evaluate, DECIDED,
                  *lean_outlined, decide]
        return "\n\n\n".join(b for b in blocks if b) + "\n"


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
