"""The IMNM-shaped benchmark workload (imnm-workload.md) in the published rule engines.

Each builder imports its package when called, so a missing package is reported by
the caller (an `ImportError`), not at import time. Each returns a function
patient -> the workload's output, through the engine's ordinary per-case API:
{"recommendations": sorted ids, "prednisone_mg_per_day": (low, high) or None}.
The packages are the `bench` extra of pyproject.toml.
"""

from __future__ import annotations

import collections
import collections.abc
import importlib
import itertools
from collections.abc import Callable, Mapping
from typing import Any

from benchmarks import dmn_workbook

Output = dict[str, object]
Engine = Callable[[Mapping[str, Any]], Output]

_NOT_ADEQUATE = ("none", "partial")  # the other choices of `response`
_names = itertools.count(1)


def _output(recs: list[str], weight: float | None) -> Output:
    dose = None if weight is None else (0.5 * weight, 1.0 * weight)
    return {"recommendations": sorted(recs), "prednisone_mg_per_day": dose}


# ------------------------------------------------------------------ rule-engine

RULE_ENGINE_RULES: tuple[tuple[str, str], ...] = (
    ("stop_statin", "antibody == 'HMGCR' and statin_exposure"),
    ("prednisone", "weeks_on_treatment < 6 or response != 'adequate'"),
    ("add_methotrexate",
     "not on_methotrexate and weeks_on_treatment >= 0 and response != 'adequate'"),
    ("ivig", "(antibody == 'HMGCR' and weeks_on_treatment < 12)"
             " or (weeks_on_treatment >= 4 and response != 'adequate')"),
    ("rituximab", "weeks_on_treatment >= 6 and response == 'none' and on_methotrexate"),
    ("cancer_screening", "(antibody == 'HMGCR' and not statin_exposure) or cancer"),
    ("swallow_assessment", "dysphagia"),
    ("monitor_ck", "ck_u_per_l > 200"),
    ("maintenance_taper_caution", "response == 'adequate' and weeks_on_treatment >= 26"),
    ("physical_therapy", "true"),
    ("refer_neuromuscular", "antibody in ['HMGCR', 'SRP'] and ck_u_per_l > 5000"),
)


def rule_engine() -> Engine:
    """The `rule-engine` package: one Rule per recommendation, all matched."""
    package = importlib.import_module("rule_engine")

    rules = [(rid, package.Rule(text)) for rid, text in RULE_ENGINE_RULES]
    low = package.Rule("weight_kg * 0.5")
    high = package.Rule("weight_kg * 1.0")

    def decide(p: Mapping[str, Any]) -> Output:
        recs = sorted(rid for rid, rule in rules if rule.matches(p))
        dose = None
        if "prednisone" in recs:
            dose = (float(low.evaluate(p)), float(high.evaluate(p)))
        return {"recommendations": recs, "prednisone_mg_per_day": dose}

    return decide


# --------------------------------------------------------------- business-rules


def _is(name: str, value: object) -> dict[str, object]:
    if isinstance(value, bool):
        return {"name": name, "operator": "is_true" if value else "is_false", "value": value}
    return {"name": name, "operator": "equal_to", "value": value}


def _num(name: str, operator: str, value: float) -> dict[str, object]:
    return {"name": name, "operator": operator, "value": value}


def _not_adequate() -> dict[str, object]:
    return {"any": [_is("response", r) for r in _NOT_ADEQUATE]}


WEEKS = "weeks_on_treatment"
BUSINESS_RULES: tuple[tuple[str, dict[str, object]], ...] = (
    ("stop_statin", {"all": [_is("antibody", "HMGCR"), _is("statin_exposure", True)]}),
    ("prednisone", {"any": [_num(WEEKS, "less_than", 6), *_not_adequate()["any"]]}),  # type: ignore[list-item]
    ("add_methotrexate", {"all": [_is("on_methotrexate", False),
                                  _num(WEEKS, "greater_than_or_equal_to", 0), _not_adequate()]}),
    ("ivig", {"any": [{"all": [_is("antibody", "HMGCR"), _num(WEEKS, "less_than", 12)]},
                      {"all": [_num(WEEKS, "greater_than_or_equal_to", 4), _not_adequate()]}]}),
    ("rituximab", {"all": [_num(WEEKS, "greater_than_or_equal_to", 6), _is("response", "none"),
                           _is("on_methotrexate", True)]}),
    ("cancer_screening", {"any": [{"all": [_is("antibody", "HMGCR"),
                                           _is("statin_exposure", False)]},
                                  _is("cancer", True)]}),
    ("swallow_assessment", {"all": [_is("dysphagia", True)]}),
    ("monitor_ck", {"all": [_num("ck_u_per_l", "greater_than", 200)]}),
    ("maintenance_taper_caution", {"all": [_is("response", "adequate"),
                                           _num(WEEKS, "greater_than_or_equal_to", 26)]}),
    # "always": the package has no constant condition, so a yes/no fact is either value
    ("physical_therapy", {"any": [_is("statin_exposure", True), _is("statin_exposure", False)]}),
    ("refer_neuromuscular", {"all": [{"any": [_is("antibody", "HMGCR"), _is("antibody", "SRP")]},
                                     _num("ck_u_per_l", "greater_than", 5000)]}),
)


def business_rules() -> Engine:
    """The `business-rules` package: variables read from the patient, one rule per
    recommendation, `run_all` without stopping at the first that fires."""
    run_all = importlib.import_module("business_rules").run_all
    actions = importlib.import_module("business_rules.actions")
    BaseActions, rule_action = actions.BaseActions, actions.rule_action
    FIELD_TEXT = importlib.import_module("business_rules.fields").FIELD_TEXT
    variables = importlib.import_module("business_rules.variables")
    BaseVariables = variables.BaseVariables
    boolean_rule_variable = variables.boolean_rule_variable
    numeric_rule_variable = variables.numeric_rule_variable
    string_rule_variable = variables.string_rule_variable

    class Variables(BaseVariables):  # type: ignore[misc]
        def __init__(self, patient: Mapping[str, Any]) -> None:
            self.p = patient

        @string_rule_variable  # type: ignore[misc]
        def antibody(self) -> str:
            return str(self.p["antibody"])

        @string_rule_variable  # type: ignore[misc]
        def response(self) -> str:
            return str(self.p["response"])

        @numeric_rule_variable  # type: ignore[misc]
        def weeks_on_treatment(self) -> int:
            return int(self.p["weeks_on_treatment"])

        @numeric_rule_variable  # type: ignore[misc]
        def ck_u_per_l(self) -> float:
            return float(self.p["ck_u_per_l"])

        @boolean_rule_variable  # type: ignore[misc]
        def statin_exposure(self) -> bool:
            return bool(self.p["statin_exposure"])

        @boolean_rule_variable  # type: ignore[misc]
        def on_methotrexate(self) -> bool:
            return bool(self.p["on_methotrexate"])

        @boolean_rule_variable  # type: ignore[misc]
        def dysphagia(self) -> bool:
            return bool(self.p["dysphagia"])

        @boolean_rule_variable  # type: ignore[misc]
        def cancer(self) -> bool:
            return bool(self.p["cancer"])

    class Actions(BaseActions):  # type: ignore[misc]
        def __init__(self, out: list[str]) -> None:
            self.out = out

        @rule_action(params={"rec": FIELD_TEXT})  # type: ignore[misc]
        def recommend(self, rec: str) -> None:
            self.out.append(rec)

    rules = [{"conditions": conditions, "actions": [{"name": "recommend", "params": {"rec": rid}}]}
             for rid, conditions in BUSINESS_RULES]

    def decide(p: Mapping[str, Any]) -> Output:
        out: list[str] = []
        run_all(rules, Variables(p), Actions(out), stop_on_first_trigger=False)
        return _output(out, p["weight_kg"] if "prednisone" in out else None)

    return decide


# ---------------------------------------------------------------- durable-rules


def durable_rules() -> Engine:
    """The `durable-rules` package: one ruleset, the patient asserted as a fact (each rule
    that matches fires; an event would be consumed by the first), then retracted."""
    lang = importlib.import_module("durable.lang")
    assert_fact, retract_fact, m = lang.assert_fact, lang.retract_fact, lang.m
    ruleset, when_all = lang.ruleset, lang.when_all

    name = f"imnm_workload_{next(_names)}"
    fired: set[str] = set()  # a rule of `|` alternatives fires once for each that matches
    weight: list[float] = []

    def recommend(rid: str) -> Callable[[Any], None]:
        def action(c: Any) -> None:
            fired.add(rid)

        return action

    def prednisone(c: Any) -> None:
        fired.add("prednisone")
        weight.append(c.m.weight_kg)

    with ruleset(name):
        when_all((m.antibody == "HMGCR") & (m.statin_exposure == True))(  # noqa: E712
            recommend("stop_statin"))
        when_all((m.weeks_on_treatment < 6) | (m.response != "adequate"))(prednisone)
        when_all((m.on_methotrexate == False) & (m.weeks_on_treatment >= 0)  # noqa: E712
                 & (m.response != "adequate"))(recommend("add_methotrexate"))
        when_all(((m.antibody == "HMGCR") & (m.weeks_on_treatment < 12))
                 | ((m.weeks_on_treatment >= 4) & (m.response != "adequate")))(recommend("ivig"))
        when_all((m.weeks_on_treatment >= 6) & (m.response == "none")
                 & (m.on_methotrexate == True))(recommend("rituximab"))  # noqa: E712
        when_all(((m.antibody == "HMGCR") & (m.statin_exposure == False))  # noqa: E712
                 | (m.cancer == True))(recommend("cancer_screening"))  # noqa: E712
        when_all(m.dysphagia == True)(recommend("swallow_assessment"))  # noqa: E712
        when_all(m.ck_u_per_l > 200)(recommend("monitor_ck"))
        when_all((m.response == "adequate") & (m.weeks_on_treatment >= 26))(
            recommend("maintenance_taper_caution"))
        when_all(+m.antibody)(recommend("physical_therapy"))  # always: the fact has an antibody
        when_all(((m.antibody == "HMGCR") | (m.antibody == "SRP")) & (m.ck_u_per_l > 5000))(
            recommend("refer_neuromuscular"))

    def decide(p: Mapping[str, Any]) -> Output:
        fired.clear()
        weight.clear()
        fact = dict(p)
        assert_fact(name, fact)
        retract_fact(name, fact)
        return _output(list(fired), weight[0] if weight else None)

    return decide


# ---------------------------------------------------------------------- experta


def _experta_import() -> Any:
    """experta 1.9.4 needs frozendict 1.2, which reads `collections.Mapping` (gone since
    Python 3.10): the alias is put back before importing it."""
    if not hasattr(collections, "Mapping"):
        collections.Mapping = collections.abc.Mapping  # type: ignore[attr-defined]
    return importlib.import_module("experta")


def experta() -> Engine:
    """The `experta` package (a CLIPS-like production system): the patient declared as one
    fact, the engine run, every rule that fired collected."""
    x = _experta_import()

    class Patient(x.Fact):  # type: ignore[misc,name-defined]
        """One patient of the workload."""

    not_adequate = ~x.L("adequate")
    weeks = "weeks_on_treatment"

    def when(rid: str, *patterns: Any) -> Any:
        def action(self: Any, **_bound: Any) -> None:
            self.fired.add(rid)

        return x.Rule(*patterns)(action)

    def prednisone(self: Any, weight: float) -> None:
        self.fired.add("prednisone")
        self.weight = weight

    rules = {
        "r1": when("stop_statin", Patient(antibody="HMGCR", statin_exposure=True)),
        "r2": x.Rule(x.OR(Patient(**{weeks: x.P(lambda w: w < 6)}, weight_kg=x.MATCH.weight),
                          Patient(response=not_adequate, weight_kg=x.MATCH.weight)))(prednisone),
        "r3": when("add_methotrexate", Patient(on_methotrexate=False, response=not_adequate,
                                               **{weeks: x.P(lambda w: w >= 0)})),
        "r4": when("ivig", x.OR(Patient(antibody="HMGCR", **{weeks: x.P(lambda w: w < 12)}),
                                Patient(response=not_adequate, **{weeks: x.P(lambda w: w >= 4)}))),
        "r5": when("rituximab", Patient(response="none", on_methotrexate=True,
                                        **{weeks: x.P(lambda w: w >= 6)})),
        "r6": when("cancer_screening", x.OR(Patient(antibody="HMGCR", statin_exposure=False),
                                            Patient(cancer=True))),
        "r7": when("swallow_assessment", Patient(dysphagia=True)),
        "r8": when("monitor_ck", Patient(ck_u_per_l=x.P(lambda c: c > 200))),
        "r9": when("maintenance_taper_caution",
                   Patient(response="adequate", **{weeks: x.P(lambda w: w >= 26)})),
        "r10": when("physical_therapy", Patient()),
        "r11": when("refer_neuromuscular", Patient(antibody=x.L("HMGCR") | x.L("SRP"),
                                                   ck_u_per_l=x.P(lambda c: c > 5000))),
    }
    engine = type("IMNMWorkload", (x.KnowledgeEngine,), rules)()

    def decide(p: Mapping[str, Any]) -> Output:
        engine.fired = set()
        engine.weight = None
        engine.reset()
        engine.declare(Patient(**p))
        engine.run()
        return _output(list(engine.fired), engine.weight)

    return decide




# ------------------------------------------------------------------- pyDMNrules


def pydmnrules() -> Engine:
    """The `pyDMNrules` package: the workload as one DMN decision table (collect hit
    policy) in a workbook built with openpyxl (dmn_workbook.py), `decide()` per patient."""
    package = importlib.import_module("pyDMNrules")
    rules = package.DMN()
    status = rules.use(dmn_workbook.workbook())
    if status.get("errors"):
        raise RuntimeError(f"pyDMNrules refused the workbook: {status['errors'][:3]}")
    inputs = dmn_workbook.INPUTS

    def decide(p: Mapping[str, Any]) -> Output:
        status, decision = rules.decide({name: p[name] for name in inputs})
        if status.get("errors"):
            raise RuntimeError(f"pyDMNrules: {status['errors'][:3]}")
        fired = decision["Result"][dmn_workbook.OUTPUT]
        recs = list(set([fired] if isinstance(fired, str) else fired))
        return _output(recs, p["weight_kg"] if "prednisone" in recs else None)

    return decide


BUILDERS: dict[str, Callable[[], Engine]] = {
    "business-rules": business_rules,
    "rule-engine": rule_engine,
    "durable-rules": durable_rules,
    "experta": experta,
    "pyDMNrules": pydmnrules,
}
