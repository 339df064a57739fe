"""Wrong and right snippets for the diagnostic codes of scores (see `code_examples`)."""

from __future__ import annotations

_REF = 'references\n  1 "Trial A"\n\n'
_FACTS = (
    'input finding_a "Finding A": yes/no\n'
    'input finding_b "Finding B": yes/no\n'
    'input weight "Body weight": number kg from 1 to 400\n\n'
)


def _score(*lines: str) -> str:
    body = "".join(f"  points {line}\n" for line in lines)
    return f'score risk "Risk score"\n{body}\n'


_RISK = _score("1 when finding_a", "2 when finding_b")


def _decide(guard: str, body: str = 'advise rest "Rest"\n      cites 1') -> str:
    return f'decide risky "Is the risk high?"\n  when {guard}:\n    {body}\n  otherwise: nothing\n'


_DOSE = 'start drug_a "Drug A"\n      dose {dose}\n      cites 1'

SCORE_EXAMPLES: dict[str, tuple[str, str]] = {
    "L050": (
        _REF + _FACTS + _score("1 when finding_a", "2 when weight > 500 kg") + _decide("risk >= 1"),
        _REF + _FACTS + _score("1 when finding_a", "2 when weight > 150 kg") + _decide("risk >= 1"),
    ),
    "L051": (
        _REF + _FACTS + _score("1 when finding_a", "2 when weight >= 1 kg") + _decide("risk >= 3"),
        _REF
        + _FACTS
        + _score("1 when finding_a", "2 when weight >= 100 kg")
        + _decide("risk >= 3"),
    ),
    "L052": (
        _REF + _FACTS + _RISK + _decide("risk >= 4"),
        _REF + _FACTS + _RISK + _decide("risk >= 2"),
    ),
    "N020": (
        _REF + _FACTS + _RISK + _decide("finding_a and weight >= 100 kg"),
        _REF + _FACTS + _RISK + _decide("risk >= 2 and weight >= 100 kg"),
    ),
    "T020": (
        _REF + _FACTS + _RISK + _decide("weight / risk >= 50 kg"),
        _REF + _FACTS + _RISK + _decide("risk >= 2 and weight >= 100 kg"),
    ),
    "T021": (
        _REF + _FACTS + _RISK + _decide("weight >= 1 kg", _DOSE.format(dose="risk * 10 mg")),
        _REF + _FACTS + _RISK + _decide("risk >= 2 and weight >= 1 kg", _DOSE.format(dose="20 mg")),
    ),
    "T023": (
        _REF
        + _FACTS
        + _RISK
        + _decide("risk >= 2", _DOSE.format(dose="if risk >= 2 then 20 mg else 10 mg")),
        _REF + _FACTS + _RISK + _decide("risk >= 2", _DOSE.format(dose="20 mg")),
    ),
    "T024": (
        _REF
        + _FACTS
        + 'score risk "Risk score"\n  note "To be written"\n\n'
        + _decide("risk >= 1"),
        _REF + _FACTS + _RISK + _decide("risk >= 1"),
    ),
    "T022": (
        _REF + _FACTS + _score("1 when finding_a", "0 when finding_b") + _decide("risk >= 1"),
        _REF + _FACTS + _score("1 when finding_a", "1 when finding_b") + _decide("risk >= 1"),
    ),
}
