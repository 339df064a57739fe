"""What changes between two versions of a guideline, for which patients (`guideline diff`).

For every recommendation id of either version, the solver looks for patients whose
recommendations differ: those the new version gives it and the old one does not
(`added`), the reverse (`removed`), and those both give it with a different computed
dose (`dose changed`). Each region is the condition of reaching the recommendation in
one version and not in the other (its enclosing branches, `compiler.analysis.branches`),
and comes with an example patient that the interpreter of each version confirms.

The patients compared are those valid for both versions with every fact known: on them
the two versions' answers are their recommendations, with nothing waiting on a fact. A
fact only one version asks about takes any value of its range. Recommendations whose
conditions and doses are written the same way in both versions are not asked about.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

import z3

from compiler.analysis import formula as f
from compiler.analysis.branches import Conjuncts, Steps, taken
from compiler.analysis.grid import GridEncoder
from compiler.analysis.patients import PatientSolver, SolverGaveUp
from compiler.analysis.solver import DEFAULT_TIMEOUT_MS, MemoEncoder
from compiler.analysis.to_z3 import to_z3
from compiler.semantics import ir
from compiler.semantics.interpreter import evaluate

KINDS = ("added", "removed", "dose changed")
MAX_REGIONS = 4  # regions of one kind for one recommendation, told apart by the other side


@dataclass(frozen=True)
class Given:
    """One place a recommendation is given: the chain of branches and its condition."""

    rec: ir.Recommendation
    steps: Steps
    condition: Conjuncts
    labels: tuple[str, ...]  # each step as a reader sees it


@dataclass(frozen=True)
class Region:
    """Patients whose answer for one recommendation differs between the versions."""

    kind: str  # one of KINDS
    rec_id: str
    text: str
    old_paths: tuple[tuple[str, ...], ...]  # where the old version gives it (labels)
    new_paths: tuple[tuple[str, ...], ...]
    patient: dict[str, object]
    old_dose: str | None = None
    new_dose: str | None = None


@dataclass(frozen=True)
class Diff:
    """Every region found, and what kept the versions from being compared."""

    regions: tuple[Region, ...]
    problems: tuple[str, ...]  # inputs that changed kind, unit or choices; solver limits


def givens(guideline: ir.Guideline) -> dict[str, list[Given]]:
    """Every recommendation id, with each place it is given, in source order."""
    out: dict[str, list[Given]] = {}

    def visit(nodes: tuple[ir.Node, ...], steps: Steps, cond: Conjuncts,
              labels: tuple[str, ...]) -> None:
        for node in nodes:
            if isinstance(node, ir.Emit):
                out.setdefault(node.rec.id, []).append(Given(node.rec, steps, cond, labels))
            elif isinstance(node, ir.Decision):
                for branch, condition in zip(node.branches, _taken(node), strict=True):
                    label = f"{node.question}: {_branch_words(branch)}"
                    visit(branch.body, (*steps, (node.id, branch.label)), (*cond, *condition),
                          (*labels, label))
            elif isinstance(node, ir.Section):
                if node.when is None:
                    visit(node.body, (*steps, (node.id, "applies")), cond, labels)
                else:
                    visit(node.body, (*steps, (node.id, "applies")),
                          (*cond, f.Is(node.when, "yes")),
                          (*labels, f"{node.title}: when {node.when_label}"))

    visit(guideline.body, (), (), ())
    return out


def _taken(decision: ir.Decision) -> list[Conjuncts]:
    """`branches.taken` for every branch of the decision at once (linear, not quadratic)."""
    guards = [b.guard for b in decision.when_branches() if b.guard is not None]
    nos = [f.Is(g, "no") for g in guards]
    out: list[Conjuncts] = []
    index = 0
    for branch in decision.branches:
        if branch.kind == "when":
            assert branch.guard is not None
            out.append((*nos[:index], f.Is(branch.guard, "yes")))
            index += 1
        else:
            out.append(taken(decision, branch))
    return out


def _branch_words(branch: ir.Branch) -> str:
    if branch.kind == "when":
        return f"when {branch.label}"
    return "otherwise" if branch.kind == "otherwise" else "when a fact is unknown"


def merged(old: ir.Guideline, new: ir.Guideline) -> tuple[ir.Guideline, list[str]]:
    """A guideline whose inputs are those of both versions (a shared one within both
    ranges) and whose assumptions are both's, for the solver; and what cannot be merged."""
    problems: list[str] = []
    olds = {i.name: i for i in old.inputs}
    inputs: list[ir.Input] = []
    for decl in new.inputs:
        before = olds.pop(decl.name, None)
        if before is None:
            inputs.append(decl)
            continue
        problem = _incompatible(before, decl)
        if problem is not None:
            problems.append(f"`{decl.name}` {problem}: patients cannot be compared on it")
            continue
        inputs.append(_narrowed(before, decl))
    inputs.extend(olds.values())
    if problems:
        return new, problems
    guideline = dataclasses.replace(
        new, inputs=tuple(inputs), assumptions=(*old.assumptions, *new.assumptions))
    return guideline, problems


def _incompatible(old: ir.Input, new: ir.Input) -> str | None:
    if old.kind != new.kind:
        return f"changed from {old.kind} to {new.kind}"
    if old.unit_text != new.unit_text:
        return f"changed its unit from {old.unit_text or 'none'} to {new.unit_text or 'none'}"
    if old.kind == "choice" and [c.name for c in old.choices] != [c.name for c in new.choices]:
        return "changed its choices"
    if old.kind in {"number", "whole"}:
        assert old.low is not None and old.high is not None
        assert new.low is not None and new.high is not None
        if max(old.low, new.low) > min(old.high, new.high):
            return "has ranges that do not meet"
    return None


def _narrowed(old: ir.Input, new: ir.Input) -> ir.Input:
    if new.kind not in {"number", "whole"}:
        return new
    assert old.low is not None and new.low is not None
    assert old.high is not None and new.high is not None
    step = new.step if old.step == new.step else None
    return dataclasses.replace(new, low=max(old.low, new.low), high=min(old.high, new.high),
                               step=step, may_be_unknown=False)


class _Shapes:
    """Each value's structure without its source positions and words (for `same`),
    worked out once per object: the versions' conditions share their parts."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[object, object]] = {}

    def of(self, value: object) -> object:
        if isinstance(value, str | int | float | bool | Fraction) or value is None:
            return value
        hit = self._seen.get(id(value))
        if hit is not None and hit[0] is value:
            return hit[1]
        shape = self._shape(value)
        self._seen[id(value)] = (value, shape)
        return shape

    def _shape(self, value: object) -> object:
        if isinstance(value, ir.Score):
            return ("score", value.name, self.of(value.criteria))
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return (type(value).__name__, *[
                self.of(getattr(value, x.name)) for x in dataclasses.fields(value)
                if x.name not in _WORDS])
        if isinstance(value, tuple | list):
            return tuple(self.of(v) for v in value)
        return value

    def same(self, old: list[Given], new: list[Given]) -> bool:
        """Written the same way in both versions: the same conditions and the same dose."""
        def key(items: list[Given]) -> object:
            return tuple((self.of(g.condition), self.of(g.rec.dose)) for g in items)
        return key(old) == key(new)


_WORDS = frozenset({"line", "text", "label", "span", "texts", "narrative"})


def _given_in(places: list[Given]) -> f.Formula:
    return f.AnyOf(tuple(f.AllOf(g.condition) for g in places))


def diff(old: ir.Guideline, new: ir.Guideline) -> Diff:
    """Every region of patients whose recommendations change from `old` to `new`."""
    guideline, problems = merged(old, new)
    if problems:
        return Diff((), tuple(problems))
    solver = PatientSolver(guideline)
    quick = _Possible(guideline)
    before, after = givens(old), givens(new)
    places = {id(old): before, id(new): after}
    shapes = _Shapes()
    regions: list[Region] = []
    for rec_id in [*before, *[r for r in after if r not in before]]:
        olds, news = before.get(rec_id, []), after.get(rec_id, [])
        if olds and news and shapes.same(olds, news):
            continue
        try:
            regions.extend(_regions(solver, quick, (old, new), rec_id, places,
                                    olds=olds, news=news))
        except SolverGaveUp as exc:
            problems.append(f"`{rec_id}`: the solver gave no answer ({exc})")
    return Diff(tuple(regions), tuple(problems))


def _regions(solver: PatientSolver, quick: _Possible,
             versions: tuple[ir.Guideline, ir.Guideline], rec_id: str,
             places: dict[int, dict[str, list[Given]]], *,
             olds: list[Given], news: list[Given]) -> Iterator[Region]:
    old, new = versions
    in_old, in_new = _given_in(olds), _given_in(news)
    paths_old = tuple(g.labels for g in olds)
    paths_new = tuple(g.labels for g in news)
    text = (news or olds)[0].rec.text
    for kind, region in (("added", [in_new, f.Not(in_old)]), ("removed", [in_old, f.Not(in_new)])):
        wanted = list(region)
        # One region per answer the other version gives those patients instead (a
        # removed branch sends some to one branch, others to another), up to a limit.
        other = old if kind == "added" else new
        other_givens = places[id(other)]
        for _ in range(MAX_REGIONS):
            patient = solver.patient(wanted) if quick.possible(wanted) else None
            if patient is None:
                break
            yield Region(kind, rec_id, text, paths_old, paths_new,
                         _confirmed(old, new, patient, rec_id, kind))
            instead = [_given_in(other_givens[r]) for r in _ids(other, patient)
                       if r in other_givens]
            wanted = [*wanted, f.Not(f.AllOf(tuple(instead)))]
    for was in olds:
        for now in news:
            changed = _dose_differs(was.rec.dose, now.rec.dose)
            if changed is None:
                continue
            wanted = [*was.condition, *now.condition, changed]
            patient = solver.patient(wanted) if quick.possible(wanted) else None
            if patient is None:
                continue
            found = _confirmed(old, new, patient, rec_id, "dose changed")
            yield Region("dose changed", rec_id, text, (was.labels,), (now.labels,), found,
                         _dose_text(old, found, rec_id), _dose_text(new, found, rec_id))


class _MemoGrid(MemoEncoder, GridEncoder):
    """The grid encoding, each condition object encoded once (a ladder's earlier guards
    are shared by all its later branches)."""


class _Possible:
    """Whether some valid patient, every fact known, meets constraints: one incremental
    z3 solver, so that the many recommendations that did not change cost one check each
    (the settled example patient is then asked of the PatientSolver)."""

    def __init__(self, guideline: ir.Guideline) -> None:
        self.encoder = _MemoGrid(guideline)
        self.solver = z3.SimpleSolver()
        self.solver.set("timeout", DEFAULT_TIMEOUT_MS)
        self.solver.add(*self.encoder.domain(), *self.encoder.all_known())
        self.solver.add(*[to_z3(self.encoder, f.Not(f.Is(a.cond, "no")))
                          for a in guideline.assumptions])

    def possible(self, constraints: list[f.Formula]) -> bool:
        status = self.solver.check(*[to_z3(self.encoder, c) for c in constraints])
        if status == z3.unknown:
            raise SolverGaveUp(str(self.solver.reason_unknown()))
        return bool(status == z3.sat)


def _dose_differs(old: ir.Dose | None, new: ir.Dose | None) -> f.Formula | None:
    """The condition that the two doses differ (None: they cannot, or always do)."""
    if old is None and new is None:
        return None
    if old is None or new is None or old.unit != new.unit:
        return f.TRUE
    parts = tuple(
        f.Truth(ir.CmpNum("!=", a, b, "dose", 0))
        for a, b in ((old.low, new.low), (old.high, new.high))
        if _Shapes().of(a) != _Shapes().of(b)
    )
    return f.AnyOf(parts) if parts else None


class DiffDefect(AssertionError):
    """An example patient does not change as the solver said: a compiler defect."""


def _facts(guideline: ir.Guideline, patient: dict[str, object]) -> dict[str, object]:
    names = {i.name for i in guideline.inputs}
    return {k: v for k, v in patient.items() if k in names}


def _ids(guideline: ir.Guideline, patient: dict[str, object]) -> dict[str, object]:
    result = evaluate(guideline, _facts(guideline, patient))
    recs = result["recommendations"]
    assert isinstance(recs, list)
    return {str(r["id"]): r for r in recs}


def _confirmed(old: ir.Guideline, new: ir.Guideline, patient: dict[str, object],
               rec_id: str, kind: str) -> dict[str, object]:
    """The patient, once both versions' interpreters show the change it is an example of."""
    was, now = _ids(old, patient), _ids(new, patient)
    holds = {
        "added": rec_id in now and rec_id not in was,
        "removed": rec_id in was and rec_id not in now,
        "dose changed": rec_id in was and rec_id in now
        and _plain(was[rec_id]) != _plain(now[rec_id]),
    }[kind]
    if not holds:
        raise DiffDefect(f"the example patient for `{rec_id}` ({kind}) does not show it")
    return patient


def _plain(rec: object) -> object:
    dose = rec.get("dose") if isinstance(rec, dict) else None
    if not isinstance(dose, dict):
        return dose
    return (dose.get("low"), dose.get("high"), dose.get("unit"))


def _dose_text(guideline: ir.Guideline, patient: dict[str, object], rec_id: str) -> str | None:
    rec = _ids(guideline, patient).get(rec_id)
    dose = rec.get("dose") if isinstance(rec, dict) else None
    if not isinstance(dose, dict):
        return None
    low, high, unit = dose.get("low"), dose.get("high"), dose.get("unit")
    shown = _number(low) if low == high else f"{_number(low)} to {_number(high)}"
    return f"{shown} {unit}"


def _number(value: object) -> str:
    if isinstance(value, float | int | Fraction):
        return f"{float(value):g}" if isinstance(value, Fraction) else f"{value:g}"
    return str(value)
