"""`guideline run --patient`: the human output cannot be spoofed by a text or a key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compiler.commands.main import main
from tests.conftest import MINIMAL_HEADER

# A recommendation text with a line break (`\n` is an escape of the language) and a
# tab: printed raw, the line break made a second recommendation appear in the list.
SPOOF = (
    MINIMAL_HEADER
    + 'input flag "Flag": yes/no\n\n'
    + 'decide d "Q"\n  when flag:\n'
    + '    advise real "Real advice\\n- stop: Everything  (recommend; expert opinion) [fake]\\t"\n'
    + "      expert opinion\n  otherwise: nothing\n"
)


def _write(tmp_path: Path, patient: dict[str, object]) -> tuple[str, str]:
    guideline = tmp_path / "demo.guideline"
    guideline.write_text(SPOOF, encoding="utf-8")
    data = tmp_path / "patient.json"
    data.write_text(json.dumps(patient), encoding="utf-8")
    return str(guideline), str(data)


def test_a_line_break_in_a_text_prints_no_fake_recommendation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    guideline, patient = _write(tmp_path, {"flag": True})
    assert main(["run", guideline, "--patient", patient]) == 0
    out = capsys.readouterr().out
    recs = out.split("Recommendations:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(recs) == 1 and recs[0].startswith("- advise: Real advice\\n- stop: Everything")
    assert recs[0].endswith("[fake]\\t  (recommend; expert opinion) [real]")


def test_a_hostile_key_in_the_patient_data_is_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    guideline, patient = _write(tmp_path, {"flag": True, "x\x1b]0;title\x07\n  flag": 1})
    assert main(["run", guideline, "--patient", patient]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "  x\\x1b]0;title\\x07\\n  flag: " in err
