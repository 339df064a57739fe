"""`guideline diff OLD NEW`: which patients' recommendations change between two versions.

OLD and NEW are guideline ids or paths, or `REVISION:PATH` for a file as a git revision
holds it (`HEAD~1:guidelines/imnm.guideline`). Exit codes: 0 when no patient's
recommendations change, 1 when some do (or a version has errors), 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import subprocess

from compiler.analysis.version_diff import Diff, Region, diff
from compiler.commands.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    print_diagnostics,
    project_root,
    resolve_guideline,
)
from compiler.pipeline.stages import IR_CHECKS, Compiled, compile_file, compile_source
from compiler.semantics import ir
from dsl.source import SourceFile
from dsl.visible_text import visible

# The checks a version must pass to be compared: all but the solver's logic checks, which
# `guideline check` runs (a draft is compared before its logic is settled, and fast).
CHECKS = tuple(c for c in IR_CHECKS if not c.__module__.startswith("compiler.checks.logic_"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the subcommand."""
    parser = sub.add_parser(
        "diff", help="which patients' recommendations change between two versions")
    parser.add_argument("old", help="the old version: an id, a path, or REVISION:PATH")
    parser.add_argument("new", help="the new version: an id, a path, or REVISION:PATH")
    parser.add_argument("--format", choices=["human", "json"], default="human")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Compare the versions and report every region of patients that changes."""
    old, new = version(args.old, args.format), version(args.new, args.format)
    found = diff(old, new)
    if args.format == "json":
        print(json.dumps(to_json(found), indent=2, sort_keys=True))
    else:
        print(report(found, old, new))
    return EXIT_FINDINGS if found.regions or found.problems else EXIT_OK


def version(name: str, fmt: str) -> ir.Guideline:
    """A guideline from an id or path, or from a git revision (`REVISION:PATH`)."""
    revision, colon, path = name.partition(":")
    if not colon or not revision or not path or len(revision) == 1:  # `C:\\...` is a path
        return _compiled(compile_file(resolve_guideline(name), name, CHECKS), fmt)
    shown = subprocess.run(["git", "show", f"{revision}:{path}"], cwd=project_root(),
                           capture_output=True, check=False)
    if shown.returncode != 0:
        raise UsageError(f"git has no {path} at {revision}: "
                         f"{visible(shown.stderr.decode('utf-8', 'replace').strip())}")
    try:
        text = shown.stdout.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path} at {revision} is not UTF-8 text") from None
    return _compiled(compile_source(SourceFile(f"{revision}:{path}", text), CHECKS), fmt)


def _compiled(compiled: Compiled, fmt: str) -> ir.Guideline:
    if compiled.guideline is None:
        print_diagnostics([compiled], fmt)
        raise SystemExit(EXIT_FINDINGS)
    return compiled.guideline


def _region_json(region: Region) -> dict[str, object]:
    return {
        "kind": region.kind,
        "recommendation": region.rec_id,
        "text": region.text,
        "old_paths": [list(p) for p in region.old_paths],
        "new_paths": [list(p) for p in region.new_paths],
        "patient": {k: _plain(v) for k, v in region.patient.items()},
        "old_dose": region.old_dose,
        "new_dose": region.new_dose,
    }


def _plain(value: object) -> object:
    return value if value is None or isinstance(value, bool | int | float | str) else str(value)


def to_json(found: Diff) -> dict[str, object]:
    """The report as data."""
    return {"regions": [_region_json(r) for r in found.regions],
            "problems": list(found.problems)}


def _paths(paths: tuple[tuple[str, ...], ...]) -> list[str]:
    if not paths:
        return ["    (not given by this version)"]
    return ["    " + (" > ".join(visible(s) for s in p) or "for every patient") for p in paths]


def report(found: Diff, old: ir.Guideline, new: ir.Guideline) -> str:
    """The report a committee reads: each region, where each version gives the
    recommendation, and an example patient."""
    lines = [f"{visible(old.id)} {visible(old.version)} -> {visible(new.id)} "
             f"{visible(new.version)}: {len(found.regions)} change(s)"]
    for region in found.regions:
        lines.append("")
        lines.append(f"{region.kind}: {visible(region.rec_id)} ({visible(region.text)})")
        if region.kind == "dose changed":
            lines.append(f"  dose: {region.old_dose} -> {region.new_dose}")
        lines.append("  old version gives it where:")
        lines += _paths(region.old_paths)
        lines.append("  new version gives it where:")
        lines += _paths(region.new_paths)
        lines.append(f"  for example: {visible(_facts(old, new, region.patient))}")
    for problem in found.problems:
        lines.append("")
        lines.append(f"not compared: {visible(problem)}")
    if not found.regions and not found.problems:
        lines.append("no patient's recommendations change")
    return "\n".join(lines)


def _facts(old: ir.Guideline, new: ir.Guideline, patient: dict[str, object]) -> str:
    """`age = 70 years, sex = female`, in the new version's order of inputs."""
    decls = {i.name: i for i in (*old.inputs, *new.inputs)}
    order = [i.name for i in new.inputs] + [i.name for i in old.inputs]
    shown = []
    for name in dict.fromkeys(order):
        if name not in patient:
            continue
        value = patient[name]
        unit = decls[name].unit_text
        text = ("yes" if value else "no") if isinstance(value, bool) else str(value)
        shown.append(f"{name} = {text}{' ' + unit if unit and value is not None else ''}")
    return ", ".join(shown)
