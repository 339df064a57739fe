#!/usr/bin/env python3
"""Mutation testing of a generated module against its generated tests (mutmut 3).

    .venv/bin/python tools/mutation.py imnm            # run, then print the figures
    .venv/bin/python tools/mutation.py imnm --report   # print the figures of the last run

The generated module and its tests are copied to build/mutation/<id>/, where mutmut
mutates every function of the module and runs the tests against each mutant. The
report gives the kill ratio over all mutants and over the mutants in code the tests
reach (coverage.py tells which lines no test executes: a mutant there can never be
killed), classifies every surviving mutant (relational operator, number, boolean
operator, text, other) and shows its changed line.

Exit status 1 when a relational-operator or threshold-constant mutant survives (in
the lean tree behind `decide()`, which returns no path, such survivors are listed but
not gated: there a swap between two branches that recommend the same is invisible),
or when fewer than 95% of the mutants in reachable code are killed.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import io
import json
import shutil
import subprocess
import sys
import tokenize
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WANTED = 0.95
KILLED, SURVIVED, NO_TESTS = 1, 0, 33
_COMPARISONS = {"==", "!=", "<=", ">=", "<", ">", "is", "in"}
_BOOLEANS = {"and", "or", "not"}


@dataclass(frozen=True)
class Mutant:
    """One mutant: its outcome and the line it changes."""

    name: str
    status: str
    line: int
    old: str
    new: str
    category: str
    reachable: bool


def workspace(guideline: str) -> Path:
    """build/mutation/<id>: a copy of the generated module and its tests."""
    return ROOT / "build" / "mutation" / guideline


def prepare(guideline: str) -> Path:
    """A fresh workspace with a mutmut configuration."""
    work = workspace(guideline)
    if work.exists():
        shutil.rmtree(work)
    (work / "generated" / "tests").mkdir(parents=True)
    for rel in (
        "generated/__init__.py",
        f"generated/{guideline}.py",
        "generated/tests/__init__.py",
        f"generated/tests/test_{guideline}.py",
    ):
        shutil.copyfile(ROOT / rel, work / rel)
    (work / "pyproject.toml").write_text(
        "[tool.mutmut]\n"
        f'source_paths = ["generated/{guideline}.py"]\n'
        f'pytest_add_cli_args_test_selection = ["generated/tests/test_{guideline}.py"]\n'
        'also_copy = ["generated/__init__.py", "generated/tests/"]\n',
        encoding="utf-8",
    )
    return work


def run(cmd: list[str], cwd: Path) -> None:
    """Run a command in the workspace; stop on failure."""
    print("+", " ".join(cmd), flush=True)
    if subprocess.run(cmd, cwd=cwd, check=False).returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}")


def missing_lines(work: Path, guideline: str) -> set[int]:
    """Lines of the module that no generated test executes."""
    data = work / "coverage.json"
    cov = [str(BIN / "coverage")]
    run(
        [
            *cov,
            "run",
            "--branch",
            "--data-file=.coverage.orig",
            f"--include=generated/{guideline}.py",
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"generated/tests/test_{guideline}.py",
        ],
        work,
    )
    run([*cov, "json", "--data-file=.coverage.orig", "-o", str(data)], work)
    report = json.loads(data.read_text(encoding="utf-8"))
    return set(report["files"][f"generated/{guideline}.py"]["missing_lines"])


def _functions(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    out: dict[str, ast.FunctionDef] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            out[node.name] = node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    out[item.name] = item
                    out[f"{node.name}.{item.name}"] = item
    return out


def _tokens(line: str) -> list[tuple[int, str]]:
    try:
        found = list(tokenize.generate_tokens(io.StringIO(line.strip() + "\n").readline))
    except (tokenize.TokenError, IndentationError):
        return []
    skip = {tokenize.COMMENT, tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER}
    return [(t.type, t.string) for t in found if t.type not in skip]


def category(old: str, new: str) -> str:
    """What a mutation changed: relational, threshold, number, boolean, text or other."""
    before, after = _tokens(old), _tokens(new)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    removed: list[tuple[int, str]] = []
    added: list[tuple[int, str]] = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag != "equal":
            removed += before[a1:a2]
            added += after[b1:b2]
    words = {s for _, s in removed + added}
    kinds = {t for t, _ in removed + added}
    compares = any(s in _COMPARISONS for _, s in before)
    if any(s in _COMPARISONS for _, s in removed) and any(s in _COMPARISONS for _, s in added):
        return "relational"
    if tokenize.NUMBER in kinds:
        return "threshold" if compares else "number"
    if words & _BOOLEANS:
        return "boolean"
    if tokenize.STRING in kinds:
        return "text"
    return "other"


def _original_name(mutant_function: str) -> str:
    base = mutant_function.rsplit("__mutmut_", 1)[0]
    if base.startswith("x\u01c1"):
        cls, method = base[2:].split("\u01c1", 1)
        return f"{cls}.{method}"
    return base[2:]


def mutants(work: Path, guideline: str, missing: set[int]) -> list[Mutant]:
    """Every mutant with its outcome, changed line and category."""
    mutated = work / "mutants" / "generated" / f"{guideline}.py"
    meta = json.loads(mutated.with_suffix(".py.meta").read_text(encoding="utf-8"))
    source = mutated.read_text(encoding="utf-8").splitlines()
    funcs = _functions(ast.parse("\n".join(source)))
    module = _functions(ast.parse((work / "generated" / f"{guideline}.py").read_text("utf-8")))
    names = {0: "survived", 1: "killed", 33: "no tests"}
    out: list[Mutant] = []
    for key, code in sorted(meta["exit_code_by_key"].items()):
        fname = key.rsplit(".", 1)[1]
        mutant, orig = funcs[fname], funcs[fname.rsplit("__mutmut_", 1)[0] + "__mutmut_orig"]
        old = source[orig.lineno : orig.end_lineno]
        new = source[mutant.lineno : mutant.end_lineno]
        index = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), 0)
        line = module[_original_name(fname)].lineno + 1 + index
        changed = new[index] if index < len(new) else ""
        kind = category(old[index], changed)
        reachable = code != NO_TESTS and line not in missing
        out.append(
            Mutant(
                key,
                names.get(code, f"exit {code}"),
                line,
                old[index].strip(),
                changed.strip(),
                kind,
                reachable,
            )
        )
    return out


def _lean(mutant: Mutant) -> bool:
    """A mutant in the lean decision tree (`decide` and its functions `_lo_...`)."""
    name = _original_name(mutant.name.rsplit(".", 1)[1])
    return name == "decide" or name.startswith("_lo_")


def report(found: list[Mutant]) -> int:
    """Print the figures and the survivors; the exit status."""
    total = len(found)
    killed = sum(m.status == "killed" for m in found)
    reach = [m for m in found if m.reachable]
    reach_killed = sum(m.status == "killed" for m in reach)
    print(f"mutants: {total}, killed: {killed}, kill ratio {killed / total:.1%}")
    print(
        f"in code the tests reach: {len(reach)}, killed: {reach_killed}, "
        f"kill ratio {reach_killed / len(reach):.1%}"
    )
    print("outcomes:", dict(sorted(Counter(m.status for m in found).items())))
    by_kind = Counter((m.category, m.status) for m in found)
    for kind in sorted({m.category for m in found}):
        print(
            f"  {kind}: "
            + ", ".join(f"{s} {n}" for (k, s), n in sorted(by_kind.items()) if k == kind)
        )
    alive = [m for m in found if m.status != "killed"]
    print(f"\nnot killed ({len(alive)}):")
    for m in alive:
        where = "reachable" if m.reachable else "unreachable"
        print(f"  line {m.line} [{m.category}, {m.status}, {where}] {m.name.rsplit('.', 1)[1]}")
        for line in difflib.unified_diff([m.old], [m.new], lineterm="", n=0):
            if line[:1] in "+-" and line[:3] not in {"+++", "---"}:
                print(f"      {line}")
    strict = [m for m in alive if m.category in {"relational", "threshold"} and not _lean(m)]
    lean = [m for m in alive if m.category in {"relational", "threshold"} and _lean(m)]
    if lean:
        print(
            f"\n{len(lean)} relational or threshold mutant(s) survive in the lean tree behind "
            "`decide()`, which returns no path: there they only swap two branches that "
            "recommend the same; the same thresholds are gated in the full tree"
        )
    if strict:
        print(f"\nFAIL: {len(strict)} relational or threshold mutant(s) survived")
    if reach_killed < WANTED * len(reach):
        print(f"\nFAIL: under {WANTED:.0%} of the mutants in reachable code are killed")
    return 1 if strict or reach_killed < WANTED * len(reach) else 0


def main() -> int:
    """Run mutmut over one generated module and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("guideline", help="guideline id (generated/<id>.py)")
    parser.add_argument("--report", action="store_true", help="only report the last run")
    parser.add_argument("--jobs", type=int, default=2, help="mutants run in parallel")
    args = parser.parse_args()
    if not (ROOT / "generated" / f"{args.guideline}.py").exists():
        sys.exit(f"no generated module generated/{args.guideline}.py: run `guideline build`")
    work = workspace(args.guideline)
    if not args.report:
        work = prepare(args.guideline)
        run([str(BIN / "mutmut"), "run", "--max-children", str(args.jobs)], work)
    missing = missing_lines(work, args.guideline)
    return report(mutants(work, args.guideline, missing))


if __name__ == "__main__":
    sys.exit(main())
