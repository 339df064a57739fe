"""A patient's facts -> the CDS Hooks cards of one guideline.

The generated module decides (the same module `guideline build` writes); this file only
says it in cards. Every text of a card's `detail` (Markdown) goes through the site's
escaping (`compiler.emit_docs.text.md`): a guideline's text or a value from the record
shows as text and never as markup. A `summary` is plain text of under 140 characters.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from compiler.bindings.reader import ReadFacts
from compiler.emit_docs.text import md, one_line
from compiler.publishing import topic_system
from compiler.running.explain import note_where, timing_words
from compiler.serve.catalog import Service
from dsl.visible_text import visible

SUMMARY_MAX = 139  # the specification: "<140-character summary"
_NAMESPACE = uuid.UUID("6f1c2a4e-3d1b-5c7a-9e8f-0a1b2c3d4e5f")
_WARNING_KINDS = frozenset({"stop", "caution", "avoid"})
_KIND_WORDS = {"start": "Start", "stop": "Stop", "consider": "Consider", "caution": "Caution",
               "advise": "Advice", "refer": "Refer", "monitor": "Monitor", "assess": "Assess",
               "choose": "Choose"}
_SHOWN_FIELDS = ("route", "frequency", "duration", "every", "target", "time_to_effect",
                 "rationale")
_HANDLED = frozenset({"id", "kind", "text", "strength", "citations", "expert_opinion", "dose",
                      "options", "drug", "daily_maximum", "review", "rechecks", "notes",
                      *_SHOWN_FIELDS})


@dataclass(frozen=True)
class Answer:
    """The cards for one call, and what the evaluation found (for tests and checks)."""

    cards: list[dict[str, object]]
    result: dict[str, object] | None  # the module's result, None when it could not run
    missing: tuple[str, ...]  # required facts neither in the record nor given


def _plain(text: str, limit: int = SUMMARY_MAX) -> str:
    flat = visible(one_line(text))
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _e(text: object) -> str:
    return str(md(text))


def _value(value: object) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


class Cards:
    """Cards for one service: the guideline's texts looked up once."""

    def __init__(self, service: Service) -> None:
        self.service = service
        g = service.guideline
        self.references = {r.key: r for r in g.references} | {
            str(r.number): r for r in g.references}
        self.inputs = {i.name: i for i in g.inputs}
        self.source = {
            "label": _plain(f"{g.title} ({g.id} {g.version})", 100),
            "topic": {"system": topic_system(service.base), "code": g.id,
                      "display": _plain(g.title, 100)},
        }
        self.footer = _e(f"Guideline {g.id}, version {g.version}, status {g.status}; "
                         f"source SHA-256 {service.module.SOURCE_HASH}.")

    # --------------------------------------------------------------- evaluation
    def answer(self, read: ReadFacts, hook_instance: str) -> Answer:
        """Evaluate the facts read and say the result in cards."""
        module = self.service.module
        facts = dict(read.facts)
        problems = list(read.problems)
        shown = {r.name: r for r in read.readings}
        for _attempt in range(len(self.inputs) + 1):
            try:
                result = module.evaluate(facts)
            except module.PatientDataError as exc:
                bad = [(n, m) for n, m in exc.problems if n in facts]
                if not bad:
                    missing = tuple(n for n, _m in exc.problems if n in self.inputs)
                    return Answer([self._ask(missing, (), read, problems, hook_instance,
                                             evaluated=False)], None, missing)
                for name, message in bad:
                    value = shown[name].shown if name in shown else _value(facts[name])
                    problems.append((name, f"the record's value {value} was not used: {message}"))
                    facts.pop(name)
                    shown.pop(name, None)
                continue
            data = result.to_dict()
            used = ReadFacts(facts, tuple(shown.values()), tuple(problems), read.asked)
            cards = [self._card(rec, data, used, hook_instance) for rec in data["recommendations"]]
            if data["needs"]:
                waits = {w["fact"]: [d["question"] for d in w["decisions"]]
                         for w in data.get("waiting", ())}
                cards.append(self._ask((), tuple(data["needs"]), used, problems, hook_instance,
                                       evaluated=True, waits=waits))
            return Answer(cards, data, ())
        raise AssertionError("every retry drops a fact")  # pragma: no cover

    # --------------------------------------------------------------------- cards
    def _uuid(self, hook_instance: str, what: str) -> str:
        return str(uuid.uuid5(_NAMESPACE, f"{hook_instance}/{self.service.id}/{what}"))

    def _card(self, rec: Mapping[str, Any], data: Mapping[str, Any], read: ReadFacts,
              hook_instance: str) -> dict[str, object]:
        kind = str(rec["kind"])
        word = _KIND_WORDS.get(kind, kind.capitalize())
        return {
            "uuid": self._uuid(hook_instance, str(rec["id"])),
            "summary": _plain(f"{word}: {rec['text']}"),
            "detail": self._detail(rec, data, read),
            "indicator": "warning" if kind in _WARNING_KINDS else "info",
            "source": self.source,
        }

    def _detail(self, rec: Mapping[str, Any], data: Mapping[str, Any], read: ReadFacts) -> str:
        lines = [f"**{_e(rec['text'])}**", ""]
        strength = rec["strength"]
        strength = "not graded in the source" if strength == "not_graded" else strength
        lines.append(f"- Strength: {_e(strength)}")
        lines.append(f"- Evidence: {self._evidence(rec)}")
        if rec.get("drug"):
            lines.append(f"- Drug: {_e(rec['drug'])}")
        dose = rec.get("dose")
        if isinstance(dose, Mapping):
            facts = ", ".join(f"{k} = {_value(v)}" for k, v in dose.get("facts", {}).items())
            shown = dose.get("calculation") or dose["text"]
            lines.append(f"- Dose for this patient: {_e(shown)} "
                         f"({_e('rule: ' + str(dose['rule']) + (', ' + facts if facts else ''))})")
        daily = rec.get("daily_maximum")
        if isinstance(daily, Mapping):
            lines.append(f"- Daily maximum for this patient: {_e(daily['calculation'])} "
                         f"({_e('rule: ' + str(daily['rule']))})")
        review = rec.get("review")
        if isinstance(review, Mapping):
            about = f": {review['text']}" if review.get("text") else ""
            lines.append(f"- Review: {_e('in ' + timing_words(review) + about)}")
        for recheck in rec.get("rechecks") or []:
            lines.append(f"- Recheck: {_e(str(recheck['text']) + ' in ' + timing_words(recheck))}")
        for option in rec.get("options") or []:
            mark = " (preferred for this patient)" if option.get("preferred") else ""
            lines.append(f"- Option: {_e(option['text'])}{_e(mark)}")
        for key in _SHOWN_FIELDS:
            if rec.get(key):
                lines.append(f"- {_e(key.replace('_', ' ').capitalize())}: {_e(rec[key])}")
        for key, value in rec.items():  # fields a newer module adds, shown plainly
            if key not in _HANDLED and isinstance(value, str | int | float) and value != "":
                lines.append(f"- {_e(key.replace('_', ' ').capitalize())}: {_e(value)}")
        for note in rec.get("notes") or []:  # the result's: the words `guideline run` shows
            if note["on"] != "guideline":  # the guideline's own are on its page, not each card
                label = "Gap in the source" if note["kind"] == "gap" else "Note"
                lines.append(f"- {label} ({_e(note_where(note))}): {_e(note['text'])}")
                lines += [f"    - {_e(bullet)}" for bullet in note.get("bullets") or []]
        lines += ["", "**Why**", ""]
        lines += self._why(data)
        lines += self._facts(read)
        lines += ["", self.footer]
        return "\n".join(lines)

    def _evidence(self, rec: Mapping[str, Any]) -> str:
        cites = [str(c) for c in rec.get("citations") or []]
        if not cites:
            return "expert opinion" if rec.get("expert_opinion") else "no citation in the source"
        shown = []
        for cite in cites:
            ref = self.references.get(cite)
            shown.append(_e(f"[{ref.number if ref else cite}] {ref.text if ref else ''}".strip()))
        return "; ".join(shown)

    def _why(self, data: Mapping[str, Any]) -> list[str]:
        steps = data.get("path") or []
        if not steps:
            return ["1. No decision was needed."]
        out = []
        for number, step in enumerate(steps, start=1):
            facts = ", ".join(f"{k} = {_value(v)}" for k, v in step["facts"].items())
            text = f"{step['question']}: {step['branch']}" + (f" ({facts})" if facts else "")
            out.append(f"{number}. {_e(text)}")
        return out

    def _facts(self, read: ReadFacts) -> list[str]:
        lines = ["", "**Facts read from the record**", ""]
        if read.readings:
            for r in read.readings:
                when = f", {r.when}" if r.when else ""
                question = self.inputs[r.name].question if r.name in self.inputs else r.name
                lines.append(f"- {_e(question)}: {_e(r.shown)} ({_e(r.source + when)})")
        else:
            lines.append("- None.")
        if read.problems:
            lines += ["", "**Not used from the record**", ""]
            lines += [f"- {_e(self._question(n))}: {_e(m)}" for n, m in read.problems]
        return lines

    def _question(self, name: str) -> str:
        declared = self.inputs.get(name)
        return declared.question if declared is not None else "Record"

    def _ask(self, missing: Sequence[str], needs: Sequence[str], read: ReadFacts,
             problems: Sequence[tuple[str, str]], hook_instance: str, *, evaluated: bool,
             waits: Mapping[str, Sequence[str]] | None = None) -> dict[str, object]:
        """The card asking for facts; `waits`: per fact, the decisions waiting for it."""
        wanted = list(dict.fromkeys([*missing, *needs]))
        count = len(wanted)
        title = self.service.guideline.title
        if evaluated:
            summary = f"{title}: {count} more fact(s) needed to finish"
        else:
            summary = f"{title}: {count} fact(s) needed before it can recommend"
        lines = [
            "**The guideline needs these facts**" + (
                "; the recommendations above stand without them." if evaluated else
                ". It recommends nothing until they are known."),
            "",
        ]
        reasons = dict(problems)
        for name in wanted:
            declared = self.inputs[name]
            binding = self.service.bindings.get(name)
            if binding is not None and binding.ask is not None:
                why = "no standard code holds it: " + binding.ask
            elif name in reasons:
                why = reasons[name]
            else:
                why = "the record holds no value for it"
            decides = (waits or {}).get(name)
            if decides:
                why += "; it decides: " + "; ".join(decides)
            lines.append(f"- {_e(declared.question)} ({_e(name)}): {_e(why)}")
        lines += self._facts(ReadFacts(read.facts, read.readings, tuple(problems), read.asked))
        lines += ["", self.footer]
        return {
            "uuid": self._uuid(hook_instance, "needs"),
            "summary": _plain(summary),
            "detail": "\n".join(lines),
            "indicator": "info" if evaluated else "warning",
            "source": self.source,
        }
