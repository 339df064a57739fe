"""The `guideline` command: exit codes 0 ok, 1 findings, 2 usage errors; human and JSON output."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from compiler.commands.main import EXIT_PIPE_CLOSED, main
from compiler.semantics import interpreter, ir
from tests.conftest import IMNM, IMNM_BAD_DATA, ROOT, imnm_patient

GOLDEN = ROOT / "tests" / "fixtures" / "golden"
BROKEN = """guideline broken "Broken"
  version 1.0.0
  status draft
  owners "Tests"
  reviewed 2024-06-01
  scope "Adults"

input a "A": yes/no
decide d "D"
  when b:
    advise x "X"
      uncited "test"
  otherwise: nothing
"""


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    return ROOT


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "broken.guideline"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def write_patient(folder: Path, patient: object) -> str:
    path = folder / "patient.json"
    path.write_text(json.dumps(patient), encoding="utf-8")
    return str(path)


# ------------------------------------------------------------------ check


def test_check_clean_file_exits_0(at_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(GOLDEN / "plain.guideline")]) == 0
    assert "no problems found" in capsys.readouterr().err


def test_check_findings_exit_1_with_file_line_column(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(broken)]) == 1
    err = capsys.readouterr().err
    assert f"{broken}:10:8: error[N001]" in err
    assert "1 error" in err


def test_check_json(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", str(broken)]) == 1
    found = json.loads(capsys.readouterr().out)
    assert isinstance(found, list) and found
    assert {d["code"] for d in found} >= {"N001"}
    assert all(d["severity"] in {"error", "warning"} for d in found)


def test_check_json_clean_is_an_empty_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", str(GOLDEN / "unknowns.guideline")]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_check_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope.guideline")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", "--format", "xml"])
    assert exited.value.code == 2


# ------------------------------------------------------------------ build


def test_build_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "guidelines").mkdir()
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    shutil.copy(IMNM, tmp_path / "guidelines")
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 0
    assert "wrote generated/imnm.py" in capsys.readouterr().err
    assert main(["build", "--check"]) == 0
    assert "every output is current" in capsys.readouterr().err
    module = tmp_path / "generated" / "imnm.py"
    module.write_text(module.read_text("utf-8").replace("Prednisone", "Prednisolone"), "utf-8")
    assert main(["build", "--check"]) == 1
    assert "out of date: generated/imnm.py" in capsys.readouterr().err


def test_build_stops_on_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "guidelines").mkdir()
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "guidelines" / "broken.guideline").write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 1
    assert "build stopped" in capsys.readouterr().err


# -------------------------------------------------------------------- run


def test_run_human(
    at_root: Path, imnm: ir.Guideline, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    patient = write_patient(tmp_path, imnm_patient(imnm, {}))
    assert main(["run", "imnm", "--patient", patient]) == 0
    out = capsys.readouterr().out
    assert "Recommendations:" in out and "Path:" in out
    assert "dose: 35 to 70 mg/day" in out
    assert "[prednisone]" in out


def test_run_json_equals_the_interpreter(
    at_root: Path, imnm: ir.Guideline, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = imnm_patient(imnm, {"anti_hmgcr": None})
    patient = write_patient(tmp_path, facts)
    assert main(["run", str(IMNM), "--patient", patient, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == interpreter.evaluate(imnm, facts)


def test_run_bad_patient_lists_every_problem(
    at_root: Path, imnm: ir.Guideline, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changes = {"weight": 7000, "category": "other", "wieght": 1}
    patient = write_patient(tmp_path, imnm_patient(imnm, changes))
    assert main(["run", "imnm", "--patient", patient]) == 1
    err = capsys.readouterr().err
    assert "cannot be evaluated" in err
    for name in [
        "weight:",
        "category:",
        "wieght: is not a fact of this guideline (did you mean weight?)",
    ]:
        assert f"  {name}" in err
    assert main(["run", "imnm", "--patient", patient, "--format", "json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert [p["fact"] for p in problems] == ["wieght", "category", "weight"]


@pytest.mark.parametrize("row", IMNM_BAD_DATA[:6], ids=[r[0] for r in IMNM_BAD_DATA[:6]])
def test_run_json_problem_names_the_fact(
    at_root: Path,
    imnm: ir.Guideline,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    row: tuple[str, dict[str, object], str, str],
) -> None:
    _, changes, name, fragment = row
    patient = tmp_path / "patient.json"
    patient.write_text(json.dumps(imnm_patient(imnm, changes), allow_nan=True), "utf-8")
    assert main(["run", "imnm", "--patient", str(patient), "--format", "json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert problems[0]["fact"] == name
    assert fragment in problems[0]["problem"]


def test_run_usage_errors_exit_2(
    at_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "imnm", "--patient", str(tmp_path / "missing.json")]) == 2
    assert "no such file" in capsys.readouterr().err
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{not json", encoding="utf-8")
    assert main(["run", "imnm", "--patient", str(bad_json)]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    assert main(["run", "no_such_guideline", "--patient", str(bad_json)]) == 2
    assert "no guideline `no_such_guideline`" in capsys.readouterr().err


# ----------------------------------------------------------------- schema


def test_schema_is_json_for_every_input(
    at_root: Path, imnm: ir.Guideline, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", "imnm"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert sorted(schema["properties"]) == sorted(i.name for i in imnm.inputs)
    assert schema["required"] == [i.name for i in imnm.inputs if not i.may_be_unknown]


def test_schema_accepts_the_examples_and_rejects_bad_data(
    at_root: Path, imnm: ir.Guideline, capsys: pytest.CaptureFixture[str]
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    assert main(["schema", "imnm"]) == 0
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for example in imnm.examples:
        patient = {k: v for k, v in example.patient if v is not None}
        assert list(validator.iter_errors(patient)) == [], example.id
    # A schema cannot convert units: a value in days or grams is checked by evaluate only.
    converted = {"days not whole weeks", "grams out of range"}
    for case, changes, _, _ in IMNM_BAD_DATA:
        if case in converted:
            continue
        if any(isinstance(v, float) and not math.isfinite(v) for v in changes.values()):
            continue  # not JSON
        assert not validator.is_valid(imnm_patient(imnm, changes)), changes


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"weight": "\xff"}', "is not UTF-8 text"),
        (b"[" * 100_000, "is nested too deeply to read"),
        (b'{"weight": 70, "weight": 80}', ": weight is given twice"),
        (b"\xef\xbb\xbf{", "is not valid JSON"),
    ],
)
def test_a_patient_file_that_cannot_be_read_is_a_usage_error(
    at_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, message: str
) -> None:
    patient = tmp_path / "p.json"
    patient.write_bytes(data)
    assert main(["run", "imnm", "--patient", str(patient)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_patient_file_with_a_byte_order_mark_is_read(
    at_root: Path, imnm: ir.Guideline, tmp_path: Path
) -> None:
    patient = tmp_path / "p.json"
    patient.write_bytes(b"\xef\xbb\xbf" + json.dumps(imnm_patient(imnm, {})).encode())
    assert main(["run", "imnm", "--patient", str(patient)]) == 0


def test_a_reader_that_stops_early_ends_the_batch_without_a_traceback(
    tmp_path: Path, imnm: ir.Guideline
) -> None:
    patients = tmp_path / "many.jsonl"
    patients.write_text((json.dumps(imnm_patient(imnm, {})) + "\n") * 20_000)
    command = [str(Path(sys.executable).with_name("guideline")), "run", "imnm"]
    process = subprocess.Popen(
        [*command, "--patients", str(patients)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(100)
    process.stdout.close()  # what `| head -c 100` does
    errors = process.stderr.read().decode()
    assert process.wait() == EXIT_PIPE_CLOSED
    assert errors == ""
