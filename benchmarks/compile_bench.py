"""Compile scaling: time and peak memory of every compiler stage on synthetic guidelines.

Each stage runs in a forked child process, so a stage that runs past its time
budget is stopped and reported rather than stalling the run, and a stage's peak
memory (tracemalloc, measured in a second run of the stage) is its own.
"""

from __future__ import annotations

import functools
import gc
import importlib
import multiprocessing
import pkgutil
import sys
import time
import tracemalloc
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import synth
from compiler import checks
from compiler.emit_docs import emit_docs
from compiler.emit_docs.errors_page import error_pages
from compiler.emit_python import emit as emit_python
from compiler.pipeline import emitters, stages
from compiler.semantics import ir
from compiler.testgen.pytest_file import pytest_files
from dsl import ast
from dsl.parser import parse
from dsl.source import SourceFile

Stage = tuple[str, Callable[[], object]]
END_TO_END = "end to end: check + build, without test generation"
_ROOT = str(Path(__file__).resolve().parent.parent) + "/"


@dataclass(frozen=True)
class Measured:
    """One stage at one size: seconds and peak traced bytes, or why there are none."""

    stage: str
    size: int
    seconds: float | None
    peak_bytes: int | None
    note: str = ""


def _ast_stage_name(check: Callable[..., object]) -> str:
    return "check " + check.__module__.rsplit(".", 1)[-1]


def _logic_modules_outside_pipeline() -> list[Callable[[ir.Guideline], object]]:
    """`compiler/checks/logic_*.py` checks that the pipeline does not run (yet)."""
    known = {c.__module__ for c in stages.IR_CHECKS}
    found = []
    for info in pkgutil.iter_modules(checks.__path__):
        name = f"compiler.checks.{info.name}"
        if info.name.startswith("logic_") and name not in known:
            check = getattr(importlib.import_module(name), "check", None)
            if callable(check):
                found.append(check)
    return found


def _testgen() -> Callable[[ir.Guideline], object] | None:
    try:
        module = importlib.import_module("compiler.testgen")
    except ImportError:
        return None
    found = getattr(module, "generate_cases", None)
    return found if callable(found) else None


def absent_stages() -> list[str]:
    """Stages named in the benchmark brief that this tree does not have yet."""
    missing = []
    if _testgen() is None:
        missing.append("test generation (compiler.testgen.generate_cases)")
    in_pipeline = any(c.__module__.startswith("compiler.checks.logic_") for c in stages.IR_CHECKS)
    if not in_pipeline and not _logic_modules_outside_pipeline():
        missing.append("logic verification (compiler/checks/logic_*.py)")
    return missing


def _load_module(text: str) -> types.ModuleType:
    module = types.ModuleType("_bench_generated")
    sys.modules[module.__name__] = module
    try:
        exec(compile(text, "<generated>", "exec"), module.__dict__)
    finally:
        del sys.modules[module.__name__]
    return module


def timed_stages(source: SourceFile, tree: ast.Guideline, guideline: ir.Guideline) -> list[Stage]:
    """Every stage, in pipeline order, as (name, thunk) over already-computed inputs."""
    out: list[Stage] = [("parse", lambda: parse(source))]
    out += [(_ast_stage_name(c), functools.partial(c, tree)) for c in stages.AST_CHECKS]
    out.append(("lower (resolve + IR)", lambda: stages.lower_tree(tree, source)))
    ir_checks = [*stages.IR_CHECKS, *_logic_modules_outside_pipeline()]
    out += [(_ast_stage_name(c), functools.partial(c, guideline)) for c in ir_checks]
    testgen = _testgen()
    if testgen is not None:
        out.append(("testgen generate_cases", lambda: testgen(guideline)))
    for emitter in emitters.EMITTERS:
        # The docs' case tables and the pytest file need the cases, timed above.
        if emitter in (emit_docs, pytest_files) and testgen is not None:
            write = functools.partial(emitter, [guideline])
            out.append((f"emit {emitter.__name__} (cases generated first, untimed)",
                        _After(lambda: testgen(guideline), write)))
        elif emitter is emit_docs:
            out.append(("emit emit_docs (without test cases)",
                        functools.partial(emit_docs, [guideline], with_cases=False)))
        else:
            out.append((f"emit {emitter.__name__}", functools.partial(emitter, [guideline])))
    text = emit_python(guideline)
    out.append(("python: byte-compile + load module", lambda: _load_module(text)))
    out.append((END_TO_END, lambda: check_and_build(source.text, source.path)))
    return out


class _After:
    """A stage whose `setup` runs, untimed, before the timed `thunk`."""

    def __init__(self, setup: Callable[[], object], thunk: Callable[[], object]) -> None:
        self.setup, self.thunk = setup, thunk

    def __call__(self) -> object:
        return self.thunk()


def check_and_build(text: str, path: str) -> None:
    """What `guideline check` and `guideline build` do for one guideline, test cases aside:
    parse, every check (the logic checks included), lower, then the module, the
    documentation pages and the error pages."""
    compiled = stages.compile_text(text, path)
    if compiled.guideline is None:
        raise RuntimeError(f"{path} does not compile")
    guideline = compiled.guideline
    emitters.python_modules([guideline])
    emit_docs([guideline], with_cases=False)
    error_pages([guideline])


def _child(thunk: Callable[[], object], memory: bool, conn: object) -> None:
    send = conn.send  # type: ignore[attr-defined]
    try:
        if isinstance(thunk, _After):
            thunk.setup()
        gc.collect()
        start = time.perf_counter()
        thunk()
        seconds = time.perf_counter() - start
        peak = None
        if memory:
            gc.collect()
            tracemalloc.start()
            thunk()
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        send((seconds, peak, ""))
    except BaseException as exc:  # reported, never raised: the run goes on
        send((None, None, f"{type(exc).__name__}: {exc}"[:120]))


def measure(name: str, size: int, thunk: Callable[[], object], budget: float,
            memory: bool) -> Measured:
    """Run one stage in a forked child; stop it after `budget` seconds (x2 with memory)."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(thunk, memory, child))
    process.start()
    child.close()
    limit = budget * (2.5 if memory else 1.0)
    if not parent.poll(limit):
        process.kill()
        process.join()
        return Measured(name, size, None, None, f"stopped after {limit:.0f} s")
    seconds, peak, note = parent.recv()
    process.join()
    return Measured(name, size, seconds, peak, note)


def prepare(text: str, path: str) -> tuple[SourceFile, ast.Guideline, ir.Guideline]:
    """Parse and lower once, for the later stages to start from."""
    source = SourceFile(path, text)
    parsed = parse(source)
    if parsed.guideline is None:
        raise RuntimeError(f"{path} does not parse: {parsed.diagnostics[:1]}")
    guideline, _ = stages.lower_tree(parsed.guideline, source)
    return source, parsed.guideline, guideline


def scaling(sizes: list[int], budget: float, memory: bool,
            progress: Callable[[str], None]) -> tuple[list[Measured], dict[int, int]]:
    """Every stage at every size; also the branch count each size really has."""
    results: list[Measured] = []
    branches: dict[int, int] = {}
    for size in sizes:
        progress(f"compile: generating and preparing {size} branches")
        source, tree, guideline = prepare(synth.generate(size), f"synthetic_{size}.guideline")
        branches[size] = synth.count_branches(guideline)
        for name, thunk in timed_stages(source, tree, guideline):
            progress(f"compile: {size} branches: {name}")
            results.append(measure(name, size, thunk, budget, memory))
    return results, branches


NESTING_DEPTHS = (5, 10, 20, 40)


def nesting(depths: list[int], budget: float, memory: bool,
            progress: Callable[[str], None]) -> list[Measured]:
    """Every stage on guidelines of decisions nested `depth` deep (synth.deep)."""
    results: list[Measured] = []
    for depth in depths:
        source, tree, guideline = prepare(synth.deep(depth), f"deep_{depth}.guideline")
        for name, thunk in timed_stages(source, tree, guideline):
            progress(f"compile: nested {depth} deep: {name}")
            results.append(measure(name, depth, thunk, budget, memory))
    return results


def _innermost_project_frame(exc: BaseException) -> str:
    where = "?"
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.startswith(_ROOT) and "/site-packages/" not in name:
            where = f"{name[len(_ROOT):]}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def deepest_nesting(limit: int) -> tuple[int, str]:
    """The deepest nesting (up to `limit`) that compiles and runs, and what stops the next."""
    good, bad, note = 0, limit + 1, ""
    while bad - good > 1:
        depth = (good + bad) // 2
        problem = deep_nesting(depth)
        if problem:
            bad, note = depth, problem
        else:
            good = depth
    return good, note


def deep_nesting(depth: int) -> str:
    """Compile and run a guideline of `depth` nested decisions end to end; '' when fine."""
    text = synth.deep(depth)
    try:
        compiled = stages.compile_text(text, f"deep_{depth}.guideline")
    except RecursionError as exc:
        return f"RecursionError in {_innermost_project_frame(exc)}"
    if compiled.guideline is None:
        errors = [d.message for d in compiled.diagnostics if d.severity == "error"]
        return f"does not compile: {errors[:1]}"
    module = _load_module(emit_python(compiled.guideline))
    result = module.evaluate({"level": depth, "weight": 70})
    reached = [r.id for r in result.recommendations]
    return "" if len(reached) == depth else f"reached {len(reached)} of {depth} levels"
