"""The decision tree as straight-line Python inside an entry point (`evaluate`, `decide`).

Every decision and section is written inline, facts in local variables, so a patient
costs no function call per node: a decision is an `if`/`else` chain of its branches
in order, the first that applies wins. A decision that would indent too deeply (long
chains, deep nesting) is written as a function of its own instead, where each branch
ends with `return`.

A decision (or section) that waits for an unknown fact records it in `wt` (a row of
`_WAITS` and the facts it needs) and gives nothing; the code after it goes on.

What an entry point records (path steps, recommendations, ids and doses) is left to
the subclasses in `compiler.emit_python.outputs`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from compiler.analysis.settled import Key
from compiler.emit_python.conditions import CondEmitter, Writer, comment, flat_text, var
from compiler.emit_python.one_unknown import OneUnknown, one_unknown
from compiler.semantics import ir

# Indentation levels a decision may reach inline before it gets its own function
# (Python refuses more than 100).
DEPTH_LIMIT = 32


def doc_text(text: str) -> str:
    """Text made safe inside a triple-quoted docstring."""
    return flat_text(text.replace("\\", "/").replace('"', "'"))


def _statements(lines: list[str]) -> bool:
    """True when some line is code, not only comments."""
    return any(not line.lstrip().startswith("#") for line in lines)


ANY_FACT = ": Any"  # the declaration of a fact cast where it is read (see unpack_facts)


def unpack_facts(guideline: ir.Guideline, lines: list[str]) -> list[str]:
    """The lines putting the facts that `lines` read into their local variables (`_` for
    the others); none when they read none.

    A fact that may be unknown and is cast where it is read as a number is declared
    `Any` first: after a `None` test that returns, mypy would narrow it and call the
    cast redundant, while the cast is what the number's reader needs everywhere else.
    """
    code = "\n".join(lines)
    names = [
        var(i.name) if re.search(rf"\b{var(i.name)}\b", code) else "_" for i in guideline.inputs
    ]
    if all(n == "_" for n in names):
        return []
    declared = [
        f"    {var(i.name)}{ANY_FACT}"
        for i in guideline.inputs
        if i.may_be_unknown and re.search(rf"cast\('\w+', {var(i.name)}\)", code)
    ]
    return [*declared, "    " + ", ".join(names) + ", = facts"]


WAITS_TYPE = "list[tuple[int, tuple[str, ...]]]"


def wait_rows(guideline: ir.Guideline) -> list[tuple[str, str]]:
    """(id, question) of every decision and conditional section, in source order: the
    rows of the module's `_WAITS`, which `wt` entries point to."""
    return [
        (n.id, n.question) if isinstance(n, ir.Decision) else (n.id, n.title)
        for n in ir.walk(guideline.body)
        if isinstance(n, ir.Decision) or (isinstance(n, ir.Section) and n.when is not None)
    ]


@dataclass
class TreeEmitter:
    """Writes one entry point's copy of the tree; subclasses say what it records."""

    guideline: ir.Guideline
    conds: CondEmitter
    settled: dict[Key, frozenset[str]]
    certain: frozenset[str]
    w: Writer = field(default_factory=Writer)
    functions: list[list[str]] = field(default_factory=list)
    defects: bool = False
    waits: bool = False  # some decision can wait (the code writes to `wt`)
    _rows: dict[str, int] = field(default_factory=dict)
    _ended_at: int = -1  # length of `w.lines` just after a statement that ends the code

    # ------------------------------------------------------------ per entry point
    outlined_prefix = "_o"
    outlined_params = ""  # after `facts: _Facts`, before `wt`
    outlined_args = ""  # after `facts`, before `wt`

    def step(self, node: str, question: str, branch: str, read: list[str]) -> None:
        """Record that `branch` of `node` was taken, decided by the facts `read`."""

    def emit_rec(self, rec: ir.Recommendation) -> None:
        """Record a recommendation."""
        raise NotImplementedError

    def defect(self, message: str) -> str:
        """The statement for a decision none of whose branches applies."""
        raise NotImplementedError

    # ------------------------------------------------------------------- helpers
    def conds_at(self, key: Key) -> CondEmitter:
        """The condition emitter for one guard, knowing which facts can be unknown there."""
        return self.conds.within(self.settled.get(key, frozenset()))

    def comment(self, text: str, line: int) -> None:
        """A `# path:line: text` comment."""
        self.w.line(comment(text, self.guideline.source_path, line))

    def wait(self, node_id: str, needs: str) -> None:
        """The decision or section `node_id` waits for `needs`; the code goes on."""
        if not self._rows:
            self._rows = {row[0]: i for i, row in enumerate(wait_rows(self.guideline))}
        self.waits = True
        self.w.line(f"wt.append(({self._rows[node_id]}, {needs}))")

    def ended(self) -> bool:
        """True when the last line written ends the code (a stop, a defect)."""
        return self._ended_at == len(self.w.lines)

    @contextmanager
    def block(self, header: str, *, optional: bool = False) -> Iterator[None]:
        """`header:` and an indented block. When no code was written in it: `pass`, or,
        when `optional`, the block is dropped again, header and comments.
        """
        self.w.line(header)
        start = len(self.w.lines)
        with self.w.indent():
            yield
            empty = not _statements(self.w.lines[start:])
            if empty and not optional:
                self.w.line("pass")
        if empty and optional:
            del self.w.lines[start - 1 :]
        self._ended_at = -1  # code after the block runs when its header is false

    # --------------------------------------------------------------------- bodies
    def body(self, nodes: tuple[ir.Node, ...]) -> list[str]:
        """The lines running `nodes` at the entry point's top level (depth 1)."""
        self.w = Writer(depth=1, counter=self.w.counter)
        self.nodes(nodes)
        return self.w.lines

    def nodes(self, nodes: tuple[ir.Node, ...]) -> None:
        """Emit code for a body, in order; recommendations in a row are recorded together."""
        run: list[ir.Recommendation] = []
        for node in nodes:
            if isinstance(node, ir.Emit):
                run.append(node.rec)
                continue
            self.emit_recs(run)
            run = []
            if isinstance(node, ir.Decision):
                self.decision(node)
            elif isinstance(node, ir.Section):
                self.section(node)
            elif isinstance(node, ir.AskNode):
                break  # only in `when unknown:`, where `_unknown` writes what it does
        self.emit_recs(run)

    def emit_recs(self, recs: list[ir.Recommendation]) -> None:
        """Record recommendations that follow one another."""
        for rec in recs:
            self.emit_rec(rec)

    def decision(self, decision: ir.Decision) -> None:
        """Inline when it fits, else in a function of its own."""
        if self.w.depth + len(decision.when_branches()) + 2 > DEPTH_LIMIT:
            self.outlined(decision)
            return
        self.comment(f"decision {decision.id}: {decision.question}", decision.line)
        self._branches(decision, returns=False)

    def _branches(self, decision: ir.Decision, *, returns: bool) -> None:
        """The branches in order, as one `if`/`elif` chain where each guard is one
        expression. A guard that needs statements first (it can meet an unknown fact)
        sits in the `else` of the branch before. In a function of its own (`returns`),
        each taken branch ends with `return`.
        """
        w = self.w
        read: list[str] = []
        elses: list[int] = []  # where each `else:` opened inline starts
        chain = False  # an `if` just closed that the next branch may continue with `elif`
        branches = decision.when_branches()
        for index, branch in enumerate(branches):
            assert branch.guard is not None
            conds = self.conds_at((decision.id, index))
            read = read + [n for n in ir.cond_inputs(branch.guard) if n not in read]
            if index == len(branches) - 1 and decision.id in self.certain:
                self._else(elses, chain)
                self.comment(f"when {branch.label}", branch.line)
                w.line("# (the build proved that everyone reaching this line meets this condition)")
                self.step(decision.id, decision.question, branch.label, read)
                self.nodes(branch.body)
                self._close(elses)
                return
            if conds.has_expr(branch.guard):
                self.comment(f"when {branch.label}", branch.line)
                keyword = "elif" if chain else "if"
                self._taken(f"{keyword} {conds.expr(branch.guard)}:", decision, branch, read,
                            returns=returns)
                chain = not returns
                continue
            self._else(elses, chain)
            self.comment(f"when {branch.label}", branch.line)
            plan = one_unknown(conds, branch.guard)
            if plan is not None:
                self._one_unknown(decision, branch, plan, read, returns=returns)
                chain = not returns
                continue
            unknowable = conds.can_be_unknown(branch.guard)
            if w.uses_unknowns and unknowable:
                w.line("u.clear()  # only this branch's unknown facts count")
            guard = w.temp("g")
            conds.emit(w, branch.guard, guard)
            keyword = "if"
            if unknowable:
                with self.block(f"if {guard} is None:"):
                    self._unknown(decision, read)
                    self._done(returns)
                    stopped = self.ended()
                keyword = "if" if stopped else "elif"
            self._taken(f"{keyword} {guard}:", decision, branch, read, returns=returns)
            chain = not returns
        self._else(elses, chain)
        self._otherwise(decision, read)
        self._close(elses)

    def _one_unknown(
        self, decision: ir.Decision, branch: ir.Branch, plan: OneUnknown, read: list[str],
        *, returns: bool,
    ) -> None:
        """A guard only one fact can make unknown: its unknown case, then the guard."""
        with self.block(f"if {var(plan.fact)} is None:"):
            self._unknown(decision, read, needs=repr((plan.fact,)))
            self._done(returns)
            stopped = self.ended()
        self._taken(f"{'if' if stopped else 'elif'} {plan.taken}:", decision, branch, read,
                    returns=returns)

    def _taken(
        self, header: str, decision: ir.Decision, branch: ir.Branch, read: list[str],
        *, returns: bool,
    ) -> None:
        """`header` and the branch taken under it: its step, its body, and (in a
        decision's own function) its return."""
        with self.block(header):
            self.step(decision.id, decision.question, branch.label, read)
            self.nodes(branch.body)
            self._done(returns)

    def _else(self, elses: list[int], chain: bool) -> None:
        """Open the `else:` of the chain just written, when there is one."""
        if chain:
            self.w.line("else:")
            self.w.depth += 1
            elses.append(len(self.w.lines))

    def _done(self, returns: bool) -> None:
        """In a decision's own function, a taken branch returns (unless it already ended)."""
        if returns and not self.ended():
            self.w.line("return None")
            self._ended_at = len(self.w.lines)

    def _close(self, elses: list[int]) -> None:
        """Close the inline `else:` blocks; the innermost goes if it holds no code."""
        w = self.w
        w.depth -= len(elses)
        if elses:
            if not _statements(w.lines[elses[-1] :]):
                del w.lines[elses[-1] - 1 :]
            self._ended_at = -1  # the taken branches before the `else` go on after it

    def _otherwise(self, decision: ir.Decision, read: list[str]) -> None:
        otherwise = decision.special("otherwise")
        if otherwise is None:
            self.defects = True
            self.w.line(self.defect(f"no branch of decision {decision.id} applies"))
            self._ended_at = len(self.w.lines)
            return
        self.comment("otherwise", otherwise.line)
        self.step(decision.id, decision.question, "otherwise", read)
        self.nodes(otherwise.body)

    def _unknown(self, decision: ir.Decision, read: list[str], needs: str | None = None) -> None:
        """A guard that came out unknown: the `when unknown:` body up to its `ask`, or
        (without one, or at the `ask`) the decision waits.

        It waits for the facts this guard met unknown (`needs` when they are known in
        advance, else those collected in `u`, taken before the body runs, since a nested
        decision in it keeps its own).
        """
        self.step(decision.id, decision.question, "unknown", read)
        handler = decision.special("unknown")
        body = handler.body if handler is not None else (ir.AskNode(decision.line),)
        asks = [i for i, node in enumerate(body) if isinstance(node, ir.AskNode)]
        before = body[: asks[0]] if asks else body
        if needs is None:
            self.w.uses_unknowns = True
            needs = "tuple(sorted(set(u)))"
            if asks and before:
                held = self.w.temp("n")
                self.w.line(f"{held} = {needs}")
                needs = held
        self.nodes(before)
        if asks:
            self.wait(decision.id, needs)

    def section(self, section: ir.Section) -> None:
        """Inline: its steps and body, or nothing when its condition does not apply."""
        w = self.w
        if section.when is None:
            self.comment(f"section {section.id}: {section.title}", section.line)
            self.step(section.id, section.title, "applies to everyone", [])
            self.nodes(section.body)
            return
        read = ir.cond_inputs(section.when)
        conds = self.conds_at((section.id, -1))
        self.comment(f"section {section.id}: {section.title}, when {section.when_label}",
                     section.line)
        if conds.has_expr(section.when):
            with self.block(f"if {conds.expr(section.when)}:"):
                self.step(section.id, section.title, "applies", read)
                self.nodes(section.body)
            with self.block("else:", optional=True):
                self.step(section.id, section.title, "does not apply", read)
            return
        guard = w.temp("g")
        unknowable = conds.can_be_unknown(section.when)
        if w.uses_unknowns and unknowable:
            w.line("u.clear()  # only this condition's unknown facts count")
        conds.emit(w, section.when, guard)
        keyword = "if"
        if unknowable:
            with self.block(f"if {guard} is None:"):
                self.step(section.id, section.title, "unknown", read)
                w.uses_unknowns = True
                self.wait(section.id, "tuple(sorted(set(u)))")
            keyword = "elif"
        with self.block(f"{keyword} {guard}:"):
            self.step(section.id, section.title, "applies", read)
            self.nodes(section.body)
        with self.block("else:", optional=True):
            self.step(section.id, section.title, "does not apply", read)

    # ------------------------------------------------------------------ outlining
    def outlined(self, decision: ir.Decision) -> None:
        """The decision in a function of its own, called here."""
        name = f"{self.outlined_prefix}_{decision.id}"
        outer = self.w
        self.w = Writer(depth=1, counter=outer.counter)
        self.w.line(f'"""{doc_text(f"Decision {decision.id}: {decision.question}")}"""')
        self._branches(decision, returns=True)
        # returns nothing: a bare `return`, none at the very end
        lines = [line.replace("return None", "return") for line in self.w.lines]
        if lines[-1] == "    return":
            lines.pop()
        prelude = []
        if self.w.uses_unknowns:
            prelude.append("    u: list[str] = []")
        prelude[:0] = unpack_facts(self.guideline, lines)
        lines[1:1] = prelude
        params = f"facts: _Facts{self.outlined_params}, wt: {WAITS_TYPE}"
        self.functions.append([f"def {name}({params}) -> None:", *lines])
        outer.counter = self.w.counter
        self.w = outer
        self.comment(f"decision {decision.id}: {decision.question}", decision.line)
        self.w.line(f"{name}(facts{self.outlined_args}, wt)")
