"""`guideline run --patients`: JSON Lines and CSV files, streamed, bad rows reported by number."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from compiler.commands import run_cmd
from compiler.commands.main import main
from compiler.running import batch
from compiler.running.result_json import RESULT_FIELDS, general
from compiler.semantics import interpreter, ir

IMNM = str(Path(__file__).resolve().parents[3] / "guidelines" / "imnm.guideline")

GOOD = {
    "category": "immune_mediated",
    "weight": 70,
    "anti_hmgcr": True,
    "statin_associated": True,
    "skin_disease": False,
    "weeks_on_treatment": 0,
}
OTHER = {"category": "non_immune_mediated", "weight": 80.5, "skin_disease": True,
         "weeks_on_treatment": 2}


def _lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_json_lines_agree_with_the_interpreter_and_bad_rows_do_not_stop_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], imnm: ir.Guideline
) -> None:
    bad_weight = dict(GOOD, weight=7000)
    rows = [json.dumps(GOOD), "", json.dumps(bad_weight), "{not json", "[1, 2]", json.dumps(OTHER)]
    patients = tmp_path / "patients.jsonl"
    patients.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code = main(["run", IMNM, "--patients", str(patients)])
    out, err = capsys.readouterr()
    results = _lines(out)
    assert code == 1
    assert len(results) == 5
    assert results[0] == interpreter.evaluate(imnm, GOOD)
    assert results[4] == interpreter.evaluate(imnm, OTHER)
    assert results[1]["row"] == 2 and results[1]["line"] == 3
    assert results[1]["problems"] == [
        {"fact": "weight", "problem": "7000 kg is outside the plausible range 1 to 400 kg"}
    ]
    assert [r["row"] for r in results[2:4]] == [3, 4]
    assert all(r["error"] == "invalid patient data" for r in results[1:4])
    assert "3 of 5 rows had bad data" in err


def test_all_good_rows_exit_zero_and_write_to_the_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    patients = tmp_path / "patients.jsonl"
    patients.write_text(json.dumps(GOOD) + "\n" + json.dumps(OTHER) + "\n", encoding="utf-8")
    target = tmp_path / "results.jsonl"
    code = main(["run", IMNM, "--patients", str(patients), "--output", str(target)])
    out, err = capsys.readouterr()
    assert code == 0
    assert out == "" and err == ""
    results = _lines(target.read_text(encoding="utf-8"))
    assert [r["complete"] for r in results] == [True, True]
    assert results[1]["recommendations"][-1]["id"] == "not_covered"


def test_csv_cells_are_read_by_declared_type_and_empty_cells_are_unknown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], imnm: ir.Guideline
) -> None:
    patients = tmp_path / "patients.csv"
    patients.write_text(
        "category,weight,anti_hmgcr,statin_associated,skin_disease,weeks_on_treatment,response\n"
        "immune_mediated,70.5,yes,,no,0,\n"
        "immune_mediated,abc,maybe,,no,0,\n"
        "immune_mediated,64,No,,YES,8,inadequate\n"
        "immune_mediated,64\n",
        encoding="utf-8",
    )
    code = main(["run", IMNM, "--patients", str(patients)])
    out, err = capsys.readouterr()
    results = _lines(out)
    assert code == 1
    expected_first = {"category": "immune_mediated", "weight": 70.5, "anti_hmgcr": True,
                      "skin_disease": False, "weeks_on_treatment": 0}
    assert results[0] == interpreter.evaluate(imnm, expected_first)
    assert results[0]["needs"] == ["statin_associated"]
    assert results[1]["row"] == 2
    assert {p["fact"] for p in results[1]["problems"]} == {"weight", "anti_hmgcr"}
    third = {"category": "immune_mediated", "weight": 64, "anti_hmgcr": False,
             "skin_disease": True, "weeks_on_treatment": 8, "response": "inadequate"}
    assert results[2] == interpreter.evaluate(imnm, third)
    assert results[3]["row"] == 4
    assert "header has 7" in str(results[3]["problems"])
    assert "2 of 4 rows had bad data" in err


def test_whole_number_cells_become_integers() -> None:
    decl = ir.Input("n", "N", "whole", None, "", 0, 10, None, (), False, (), 1)
    assert batch._cell(decl, "3") == 3 and isinstance(batch._cell(decl, "3.0"), int)
    assert batch._cell(decl, "2.5") == 2.5
    assert batch._cell(decl, "  ") is None


def test_patient_and_patients_are_mutually_exclusive(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["run", IMNM, "--patient", "a.json", "--patients", "b.jsonl"])
    assert exc.value.code == 2


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", IMNM, "--patients", str(tmp_path / "missing.jsonl")]) == 2
    patients = tmp_path / "p.jsonl"
    patients.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    assert main(["run", IMNM, "--patients", str(patients), "--format", "human"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_rows_are_evaluated_and_written_one_at_a_time(imnm: ir.Guideline) -> None:
    events: list[str] = []

    def rows() -> Iterator[batch.Row]:
        for number in (1, 2, 3):
            events.append(f"read {number}")
            yield batch.Row(number, number, dict(GOOD))

    counts = batch.run_batch(batch.load_module(imnm), rows(), lambda _: events.append("write"))
    assert counts == batch.BatchCounts(rows=3, bad=0)
    assert events == ["read 1", "write", "read 2", "write", "read 3", "write"]


def test_no_progress_bar_when_not_on_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cmd._show_progress(sys.stdout) is False


def test_a_row_that_cannot_be_read_does_not_stop_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.dumps(GOOD).encode()
    huge = b'{"weight": 1' + b"0" * 5000 + b"}"
    rows = [good, b'{"category": "\xff"}', b"[" * 100_000, huge, good]
    patients = tmp_path / "patients.jsonl"
    patients.write_bytes(b"\xef\xbb\xbf" + b"\n".join(rows) + b"\n")
    assert main(["run", IMNM, "--patients", str(patients)]) == 1
    out, err = capsys.readouterr()
    results = _lines(out)
    assert [r.get("row") for r in results] == [None, 2, 3, 4, None]
    assert results[0] == results[4] and results[0]["complete"]
    assert "3 of 5 rows had bad data" in err


def test_output_fields_write_only_what_was_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], imnm: ir.Guideline
) -> None:
    patients = tmp_path / "patients.jsonl"
    patients.write_text(json.dumps(GOOD) + "\n{not json\n", encoding="utf-8")
    code = main(["run", IMNM, "--patients", str(patients), "--output-fields", "ids,doses,needs"])
    out, _ = capsys.readouterr()
    first, bad = _lines(out)
    full = interpreter.evaluate(imnm, GOOD)
    recs: list[dict[str, Any]] = full["recommendations"]  # type: ignore[assignment]
    assert code == 1
    assert list(first) == ["doses", "ids", "needs"]
    assert first["ids"] == [r["id"] for r in recs]
    assert first["doses"] == {
        "prednisone": {"capped": False, "high": 70.0, "low": 35.0, "unit": "mg/day"}
    }
    assert first["needs"] == full["needs"]
    assert bad["error"] == "invalid patient data" and bad["row"] == 2  # errors as before


def test_every_field_asked_for_is_the_full_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    patients = tmp_path / "patients.csv"
    patients.write_text("category,weight,weeks_on_treatment,skin_disease\n"
                        "immune_mediated,70,3,no\n", encoding="utf-8")
    assert main(["run", IMNM, "--patients", str(patients)]) == 0
    default, _ = capsys.readouterr()
    every = ",".join(reversed(RESULT_FIELDS))
    assert main(["run", IMNM, "--patients", str(patients), "--output-fields", every]) == 0
    assert capsys.readouterr()[0] == default


@pytest.mark.parametrize(("argv", "message"), [
    (["--output-fields", "ids,dose"], "--output-fields: no field 'dose' (did you mean doses?)"),
    (["--output-fields", ""], "--output-fields: no field named"),
])
def test_unknown_output_fields_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    patients = tmp_path / "p.jsonl"
    patients.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    assert main(["run", IMNM, "--patients", str(patients), *argv]) == 2
    assert message in capsys.readouterr()[1]
    single = tmp_path / "one.json"
    single.write_text(json.dumps(GOOD), encoding="utf-8")
    assert main(["run", IMNM, "--patient", str(single), "--output-fields", "ids"]) == 2
    assert "--output-fields goes with --patients" in capsys.readouterr()[1]


HOSTILE_LINES = [
    json.dumps(GOOD), json.dumps(dict(GOOD, weight=float("nan"))), '{"weight": Infinity}',
    json.dumps(dict(GOOD, weeks_on_treatment=12345678901234567890123)),
    json.dumps(dict(GOOD, weight=1e-05)), '{"category": "\\ud800"}',
    json.dumps(dict(GOOD, category="caf\u00e9")), json.dumps(dict(GOOD, category="caf\u00e9"),
                                                         ensure_ascii=False),
    '{"weight": 1e400}', "[1,]", "\ufeff{}", '{"a":1,"a":2}', "null", '"text"',
    json.dumps(OTHER), json.dumps(dict(GOOD, response="inadequate", weeks_on_treatment=8)),
]


def _no_key_twice(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [key for key, _ in pairs]
    twice = [key for key in keys if keys.count(key) > 1]
    if twice:
        raise KeyError(twice[0])
    return dict(pairs)


def test_hostile_lines_give_the_standard_librarys_bytes(imnm: ir.Guideline) -> None:
    module = batch.load_module(imnm)
    written: list[str] = []
    rows = batch.read_patients(Path("p.jsonl"), imnm, io.StringIO("\n".join(HOSTILE_LINES)))
    batch.run_batch(module, rows, written.append)
    expected = []
    for number, line in enumerate(HOSTILE_LINES, start=1):
        try:
            value = json.loads(line, object_pairs_hook=_no_key_twice)
        except KeyError as twice:  # a key given twice is an error, not the last one winning
            expected.append(_plain_error(number, [(twice.args[0], "is given twice in this row")]))
            continue
        except json.JSONDecodeError as exc:
            expected.append(_plain_error(number, [("row", f"is not valid JSON: {exc.msg}")]))
            continue
        if not isinstance(value, dict):
            expected.append(_plain_error(number, [("row", "must be a JSON object of facts")]))
            continue
        try:
            expected.append(general(module.evaluate(value)))
        except module.PatientDataError as exc:
            expected.append(_plain_error(number, exc.problems))
    assert written == [e + "\n" for e in expected]


def _plain_error(number: int, problems: list[tuple[str, str]]) -> str:
    listed = [{"fact": f, "problem": p} for f, p in problems]
    return json.dumps({"row": number, "line": number, "error": "invalid patient data",
                       "problems": listed}, sort_keys=True, separators=(",", ":"))
