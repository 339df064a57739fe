"""The IMNM-shaped benchmark workload (imnm-workload.md) in the hand-written reference and
the project's own engines (the other engines are in peers.py).

Each engine is a function patient -> the workload's output:
{"recommendations": sorted ids, "prednisone_mg_per_day": (low, high) or None}.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from typing import Any

from compiler.semantics import interpreter, ir

Output = dict[str, object]
Engine = Callable[[Mapping[str, Any]], Output]


def handwritten(p: Mapping[str, Any]) -> Output:
    """The rules as a plain Python function, as the workload describes it: the physical
    limit of this workload. The rules are tested in the order of their ids, so the
    list comes out sorted without sorting it at run time."""
    antibody = p["antibody"]
    weeks = p["weeks_on_treatment"]
    response = p["response"]
    adequate = response == "adequate"
    ck = p["ck_u_per_l"]
    recs = []
    dose = None
    if not p["on_methotrexate"] and weeks >= 0 and not adequate:
        recs.append("add_methotrexate")
    if (antibody == "HMGCR" and not p["statin_exposure"]) or p["cancer"]:
        recs.append("cancer_screening")
    if (antibody == "HMGCR" and weeks < 12) or (weeks >= 4 and not adequate):
        recs.append("ivig")
    if adequate and weeks >= 26:
        recs.append("maintenance_taper_caution")
    if ck > 200:
        recs.append("monitor_ck")
    recs.append("physical_therapy")
    if weeks < 6 or not adequate:
        recs.append("prednisone")
        dose = (0.5 * p["weight_kg"], 1.0 * p["weight_kg"])
    if antibody in ("HMGCR", "SRP") and ck > 5000:
        recs.append("refer_neuromuscular")
    if weeks >= 6 and response == "none" and p["on_methotrexate"]:
        recs.append("rituximab")
    if antibody == "HMGCR" and p["statin_exposure"]:
        recs.append("stop_statin")
    if p["dysphagia"]:
        recs.append("swallow_assessment")
    return {"recommendations": recs, "prednisone_mg_per_day": dose}


_ANTIBODIES = ("HMGCR", "SRP", "seronegative")
_RESPONSES = ("none", "partial", "adequate")


def handwritten_validated(p: Mapping[str, Any]) -> Output:
    """The hand-written function after the checks the generated module makes of plainly
    valid data (a dict of exactly the eleven facts, each of its type and in its range):
    the floor for any engine that refuses bad data, since it adds nothing else."""
    if type(p) is not dict or len(p) != 11:
        raise ValueError("not a plain patient")
    try:
        ident, antibody, statin = p["id"], p["antibody"], p["statin_exposure"]
        ck, weight, weeks = p["ck_u_per_l"], p["weight_kg"], p["weeks_on_treatment"]
        response, dysphagia, cancer = p["response"], p["dysphagia"], p["cancer"]
        on_mtx, steroid = p["on_methotrexate"], p["steroid_dose_mg_per_kg"]
    except KeyError:
        raise ValueError("not a plain patient") from None
    if not (
        type(ident) is int and 0 <= ident <= 1000000000
        and type(antibody) is str and antibody in _ANTIBODIES
        and type(statin) is bool
        and (type(ck) is float or type(ck) is int) and 20.0 <= ck <= 50000.0
        and (type(weight) is float or type(weight) is int) and 35.0 <= weight <= 150.0
        and type(weeks) is int and 0 <= weeks <= 60
        and type(response) is str and response in _RESPONSES
        and type(dysphagia) is bool and type(cancer) is bool and type(on_mtx) is bool
        and (type(steroid) is float or type(steroid) is int) and 0.0 <= steroid <= 1.5
    ):
        raise ValueError("not a plain patient")
    adequate = response == "adequate"
    recs = []
    dose = None
    if not on_mtx and weeks >= 0 and not adequate:
        recs.append("add_methotrexate")
    if (antibody == "HMGCR" and not statin) or cancer:
        recs.append("cancer_screening")
    if (antibody == "HMGCR" and weeks < 12) or (weeks >= 4 and not adequate):
        recs.append("ivig")
    if adequate and weeks >= 26:
        recs.append("maintenance_taper_caution")
    if ck > 200:
        recs.append("monitor_ck")
    recs.append("physical_therapy")
    if weeks < 6 or not adequate:
        recs.append("prednisone")
        dose = (0.5 * weight, 1.0 * weight)
    if antibody in ("HMGCR", "SRP") and ck > 5000:
        recs.append("refer_neuromuscular")
    if weeks >= 6 and response == "none" and on_mtx:
        recs.append("rituximab")
    if antibody == "HMGCR" and statin:
        recs.append("stop_statin")
    if dysphagia:
        recs.append("swallow_assessment")
    return {"recommendations": recs, "prednisone_mg_per_day": dose}


def _dose_of(recs: list[Any], attr: bool) -> tuple[float, float] | None:
    for rec in recs:
        dose = rec.dose if attr else rec["dose"]
        if dose is not None:
            return (dose.low, dose.high) if attr else (dose["low"], dose["high"])
    return None


def module_evaluate(module: types.ModuleType) -> Engine:
    """The generated module's full `evaluate()` (validation, trace, evidence), mapped."""
    evaluate = module.evaluate

    def decide(p: Mapping[str, Any]) -> Output:
        ids, dose = [], None
        for rec in evaluate(p).recommendations:
            ids.append(rec.id)
            given = rec.dose
            if given is not None:
                dose = (given.low, given.high)
        ids.sort()
        return {"recommendations": ids, "prednisone_mg_per_day": dose}

    return decide


def module_decide(module: types.ModuleType) -> Engine | None:
    """The generated module's lean `decide()` entry point, when the module has one."""
    lean = getattr(module, "decide", None)
    if lean is None:
        return None

    def decide(p: Mapping[str, Any]) -> Output:
        ids, doses, _needs = lean(p)
        return {"recommendations": sorted(ids), "prednisone_mg_per_day": doses.get("prednisone")}

    return decide


def interpreted(guideline: ir.Guideline) -> Engine:
    """The IR interpreter (`compiler.semantics.interpreter.evaluate`), mapped."""

    def decide(p: Mapping[str, Any]) -> Output:
        result = interpreter.evaluate(guideline, p)
        recs: list[Any] = result["recommendations"]  # type: ignore[assignment]
        return {"recommendations": sorted(r["id"] for r in recs),
                "prednisone_mg_per_day": _dose_of(recs, False)}

    return decide


def same(a: Output, b: Output) -> bool:
    """The workload's equality: identical ids, dose bounds within 1e-9."""
    if a["recommendations"] != b["recommendations"]:
        return False
    da, db = a["prednisone_mg_per_day"], b["prednisone_mg_per_day"]
    if da is None or db is None:
        return da is db
    assert isinstance(da, tuple) and isinstance(db, tuple)
    return all(abs(x - y) <= 1e-9 for x, y in zip(da, db, strict=True))
