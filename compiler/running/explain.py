"""Plain-language rendering of an evaluation result, for people at a terminal.

Every text of the result is shown through `visible_text.visible()`: a line break or an
escape sequence inside a guideline's text cannot add a line or drive the terminal.
"""

from __future__ import annotations

from collections.abc import Mapping

from dsl.visible_text import visible_tree


def _value(value: object) -> str:
    if value is None:
        return "unknown"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _facts(facts: object) -> str:
    assert isinstance(facts, Mapping)
    return ", ".join(f"{k} = {_value(v)}" for k, v in facts.items())


def _rec_lines(rec: Mapping[str, object]) -> list[str]:
    cites = rec["citations"]
    assert isinstance(cites, list)
    evidence = (
        ("cites " + ", ".join(f"[{c}]" for c in cites))
        if cites
        else ("expert opinion" if rec["expert_opinion"] else "no citation in the source")
    )
    strength = "not graded in the source" if rec["strength"] == "not_graded" else rec["strength"]
    lines = [f"- {rec['kind']}: {rec['text']}  ({strength}; {evidence}) [{rec['id']}]"]
    dose = rec.get("dose")
    if isinstance(dose, Mapping):
        shown = dose.get("calculation") or dose["text"]
        lines.append(f"    dose: {shown}  (rule: {dose['rule']}; {_facts(dose['facts'])})")
    daily = rec.get("daily_maximum")
    if isinstance(daily, Mapping):
        lines.append(f"    daily maximum: {daily['calculation']}  (rule: {daily['rule']})")
    options = rec.get("options")
    assert isinstance(options, list)
    for option in options:
        mark = "  <- preferred for this patient" if option["preferred"] else ""
        lines.append(f"    option: {option['text']}{mark}")
    for key in ("time_to_effect", "every", "target"):
        if rec.get(key):
            lines.append(f"    {key.replace('_', ' ')}: {rec[key]}")
    review = rec.get("review")
    if isinstance(review, Mapping):
        about = f": {review['text']}" if review.get("text") else ""
        lines.append(f"    review: in {timing_words(review)}{about}")
    rechecks = rec.get("rechecks") or []
    assert isinstance(rechecks, list)
    for recheck in rechecks:
        lines.append(f"    recheck: {recheck['text']} in {timing_words(recheck)}")
    notes = rec.get("notes") or []
    assert isinstance(notes, list)
    for note in notes:
        if note["on"] not in SHARED_ON:
            lines.extend(note_lines(note, "    "))
    return lines


# Notes of the whole guideline and of its references concern many recommendations:
# `guideline run` shows each of them once, after the recommendations.
SHARED_ON = frozenset({"guideline", "reference"})


def note_where(note: Mapping[str, object]) -> str:
    """`on definition refractory`, `on this recommendation`: what the note is attached to."""
    on, name = note["on"], note["name"]
    if on == "recommendation":
        return "on this recommendation"
    if on == "branch":
        return "on the branch that gives it"
    if on == "guideline":
        return "on the whole guideline"
    if on == "reference":
        return f"on reference [{name}]"
    return f"on {on} {name}"


def note_lines(note: Mapping[str, object], indent: str) -> list[str]:
    """`gap (on definition refractory): text`, then its bullets."""
    label = "gap in the source" if note["kind"] == "gap" else "note"
    bullets = note.get("bullets") or []
    assert isinstance(bullets, list)
    return [f"{indent}{label} ({note_where(note)}): {note['text']}",
            *(f"{indent}  - {b}" for b in bullets)]


def shared_notes(recs: list[Mapping[str, object]]) -> list[str]:
    """The guideline's and the cited references' notes and gaps, each once."""
    seen: dict[tuple[object, ...], Mapping[str, object]] = {}
    for rec in recs:
        for note in rec.get("notes") or []:  # type: ignore[attr-defined]
            if note["on"] in SHARED_ON:
                seen.setdefault((note["kind"], note["text"], note["on"], note["name"]), note)
    ordered = sorted(seen.values(), key=lambda n: (n["on"] != "guideline", str(n["name"])))
    return [line for note in ordered for line in note_lines(note, "- ")]


def _points(value: object) -> str:
    assert isinstance(value, int | float)
    return f"{value:+g}"


def _criteria(rows: object) -> str:
    assert isinstance(rows, list)
    return ", ".join(f"{row['label']} {_points(row['points'])}" for row in rows)


def score_line(score: Mapping[str, object]) -> str:
    """`Wells score: 3 (Active cancer +1, ...)`, or its range when criteria are unknown."""
    value = score["value"]
    shown = _value(value)
    if value is None:
        shown = f"{_value(score['low'])} to {_value(score['high'])}"
    scored = _criteria(score["scored"]) or "no criterion scored"
    unknown = _criteria(score["unknown"])
    tail = f"; not known: {unknown}" if unknown else ""
    return f"{score['title']}: {shown} ({scored}{tail})"


def timing_words(timing: Mapping[str, object]) -> str:
    """`2 to 6 weeks`, or `1 week` for one time."""
    low, high = _value(timing["low"]), _value(timing["high"])
    return f"{low} {timing['unit']}" if low == high else f"{low} to {high} {timing['unit']}"


def _waiting_lines(result: Mapping[str, object]) -> list[str]:
    """The facts to find out, as questions, each with the decisions waiting for it."""
    waiting = result.get("waiting")
    if not isinstance(waiting, list):  # a result of an older module: ids only
        needs = result["needs"]
        assert isinstance(needs, list)
        waiting = [{"fact": n, "question": n, "decisions": []} for n in needs]
    out = ["INCOMPLETE: some decisions wait for facts not given. Find out:"]
    for entry in waiting:
        decisions = [str(d["question"]) for d in entry["decisions"]]
        waits = f" (decides: {'; '.join(decisions)})" if decisions else ""
        out.append(f"- {entry['question']} [{entry['fact']}]{waits}")
    out.append("The recommendations below do not depend on these facts; the waiting "
               "decisions give theirs once the facts are known.")
    return out


def explain(result: Mapping[str, object]) -> str:
    """Recommendations, then the path with the facts that decided each step."""
    shown = visible_tree(result)
    assert isinstance(shown, Mapping)
    result = shown
    out = [
        f"{result['guideline']} version {result['version']} "
        f"(source {str(result['source_hash'])[:12]})"
    ]
    if not result["complete"]:
        out.extend(_waiting_lines(result))
    out.append("")
    out.append("Recommendations:")
    recs = result["recommendations"]
    assert isinstance(recs, list)
    for rec in recs:
        out.extend(_rec_lines(rec))
    if not recs:
        out.append("- none")
    shared = shared_notes(recs)
    if shared:
        out.append("")
        out.append("Notes and gaps of the guideline and of the references cited above:")
        out.extend(shared)
    scores = result.get("scores")
    if scores:
        assert isinstance(scores, list)
        out.append("")
        out.append("Scores:")
        out.extend(f"- {score_line(score)}" for score in scores)
    out.append("")
    out.append("Path:")
    path = result["path"]
    assert isinstance(path, list)
    for number, step in enumerate(path, start=1):
        facts = f"  because {_facts(step['facts'])}" if step["facts"] else ""
        out.append(f"{number}. {step['question']} -> {step['branch']}{facts}")
    return "\n".join(out)
