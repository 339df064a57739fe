"""The real IMNM guideline (guidelines/imnm.guideline) as engines for the evaluation benchmark.

Output compared: sorted recommendation ids, the prednisone dose bounds, and the
facts the result still needs (empty when complete).
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any

from compiler.semantics import interpreter, ir

Output = dict[str, object]

_ALWAYS = ("strength", "serial_ck", "function", "steroid_taper", "damage_index",
           "physical_therapy", "physiatrist", "exercise", "pain", "aspiration", "cardiac",
           "respiratory", "side_effects", "neuromuscular")


def _out(recs: list[str], dose: tuple[float, float] | None, needs: list[str]) -> Output:
    recs.sort()
    return {"recommendations": recs, "prednisone_mg_per_day": dose, "needs": needs}


def handwritten(p: Mapping[str, Any]) -> Output:
    """The guideline's logic as a plain Python function, unknown facts included."""
    if p["category"] != "immune_mediated":
        return _out(["not_covered"], None, [])
    weight = p["weight"]
    recs = ["prednisone", "monotherapy_insufficient", "second_agent", *_ALWAYS]
    dose = (0.5 * weight, 1.0 * weight)
    needs: list[str] = []  # a decision that needs an unknown fact waits; the rest go on
    statin = p.get("statin_associated")
    if statin is None:
        needs.append("statin_associated")
    elif statin:
        recs += ["stop_statin", "statin_myopathy"]
    anti_hmgcr = p.get("anti_hmgcr")
    if anti_hmgcr is None:
        needs.append("anti_hmgcr")
    elif anti_hmgcr:
        recs += ["ivig_early", "maintenance"]
    response, weeks = p.get("response"), p["weeks_on_treatment"]
    if weeks >= 4:
        if response is None:
            needs.append("response")
        elif response == "inadequate":
            recs += ["ivig_refractory", "rituximab"]
    return _out(recs, dose, sorted(needs))


def _dose(recs: list[Any]) -> tuple[float, float] | None:
    for rec in recs:
        dose = rec["dose"]
        if dose is not None:
            return (dose["low"], dose["high"])
    return None


def module_evaluate(module: types.ModuleType) -> Any:
    """The generated module's `evaluate()`, mapped to the compared output."""
    evaluate = module.evaluate

    def decide(p: Mapping[str, Any]) -> Output:
        result = evaluate(p)
        ids, dose = [], None
        for rec in result.recommendations:
            ids.append(rec.id)
            given = rec.dose
            if given is not None:
                dose = (given.low, given.high)
        return _out(ids, dose, list(result.needs))

    return decide


def module_decide(module: types.ModuleType) -> Any:
    """The generated module's lean `decide()`, when it has one, mapped."""
    lean = getattr(module, "decide", None)
    if lean is None:
        return None

    def decide(p: Mapping[str, Any]) -> Output:
        ids, doses, needs = lean(p)
        return _out(list(ids), doses.get("prednisone"), list(needs))

    return decide


def interpreted(guideline: ir.Guideline) -> Any:
    """The IR interpreter, mapped."""

    def decide(p: Mapping[str, Any]) -> Output:
        result = interpreter.evaluate(guideline, p)
        recs: list[Any] = result["recommendations"]  # type: ignore[assignment]
        needs: list[str] = result["needs"]  # type: ignore[assignment]
        return _out([r["id"] for r in recs], _dose(recs), list(needs))

    return decide
