"""A binding file's text -> `Bindings`, with a diagnostic for every problem of its shape.

The file is TOML: a `guideline = "<id>"` line, then one table per input of the guideline.
What each table may hold is in docs/bindings.md. Problems of meaning that need the
guideline (an unknown input, a unit of another dimension) are `check`'s.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from datetime import timedelta
from pathlib import Path

from compiler.bindings.locate import Locator
from compiler.bindings.model import (
    DEFAULT_OBSERVATION_STATUSES,
    NEVER,
    OBSERVATION_STATUSES,
    RESOURCES,
    Binding,
    Bindings,
    Code,
    Order,
)
from compiler.bindings.systems import SYSTEMS
from dsl.diagnostics import Diagnostic, error
from dsl.source import SourceFile, Span
from dsl.units import UnitError, parse_unit

SUFFIX = ".bindings.toml"
KEYS = ("ask", "from", "codes", "unit", "within", "status", "yes", "no", "choices")
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")
_WINDOW = re.compile(r"^\s*(\d{1,5})\s+([A-Za-z]+)\s*$")
MAX_BYTES = 1_000_000
ORDERS = "orders"  # the table of order codes, not an input


def path_for(guideline_path: Path) -> Path:
    """`guidelines/imnm.bindings.toml` beside `guidelines/imnm.guideline`."""
    return guideline_path.with_name(guideline_path.name.removesuffix(".guideline") + SUFFIX)


def read(path: Path, display: str) -> tuple[SourceFile | None, Bindings | None, list[Diagnostic]]:
    """Read and load a binding file (its text too, for diagnostics); bytes not UTF-8 are B001."""
    start = Span(display, 1, 1, 1, 2)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, None, [error("B001", f"the binding file cannot be read: {exc.strerror}",
                                  start)]
    if len(raw) > MAX_BYTES:
        return None, None, [error("B001", "the binding file is larger than 1 MB", start,
                            "A binding file holds a few lines per input.")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, None, [error("B001", "the binding file is not UTF-8 text", start,
                            "Save it as UTF-8.")]
    source = SourceFile(display, text)
    return (source, *load(source))


def load(source: SourceFile) -> tuple[Bindings | None, list[Diagnostic]]:
    """Parse a binding file; None with diagnostics when it cannot be used."""
    try:
        data = tomllib.loads(source.text)
    except tomllib.TOMLDecodeError as exc:
        return None, [_syntax(source, exc)]
    except RecursionError:
        return None, [error("B001", "the binding file is nested too deeply", Span(
            source.path, 1, 1, 1, 2))]
    return _Loader(source, data).run()


def _syntax(source: SourceFile, exc: tomllib.TOMLDecodeError) -> Diagnostic:
    message = str(exc)
    at = _TOML_AT.search(message)
    line, column = (int(at.group(1)), int(at.group(2))) if at else (1, 1)
    reason = _TOML_AT.sub("", message).strip().rstrip(".")
    return error("B001", f"this is not valid TOML: {reason}",
                 Span(source.path, line, column, line, column + 1),
                 'Each input is a `[name]` table of `key = value` lines; text is in "quotes".')


class _Loader:
    def __init__(self, source: SourceFile, data: dict[str, object]) -> None:
        self.source = source
        self.data = data
        self.at = Locator(source)
        self.found: list[Diagnostic] = []

    def run(self) -> tuple[Bindings | None, list[Diagnostic]]:
        guideline = self.data.get("guideline")
        guideline_span = self.at.key("", "guideline")
        if not isinstance(guideline, str):
            self.found.append(error(
                "B007", "the binding file must start with the guideline's id, as text",
                guideline_span, 'Write `guideline = "imnm"` on the first line.'))
            guideline = ""
        entries: list[Binding] = []
        orders: tuple[Order, ...] = ()
        for name, table in self.data.items():
            if name == "guideline":
                continue
            if name == ORDERS:
                orders = self._orders(table)
                continue
            if not isinstance(table, dict):
                self.found.append(error(
                    "B007", f"`{name}` must be a table of one input: `[{name}]` and its lines",
                    self.at.key("", name), "Only `guideline = ...` stands above the tables."))
                continue
            entries.append(self._binding(name, table))
        bindings = Bindings(guideline, self.source, tuple(entries), guideline_span, orders)
        return bindings, self.found

    def _orders(self, value: object) -> tuple[Order, ...]:
        """`[orders.<drug>]` tables: the codes of the draft orders for each drug."""
        if not isinstance(value, dict):
            self.found.append(error(
                "B007", "`orders` must hold a table per drug: `[orders.enoxaparin]` and its codes",
                self.at.key("", ORDERS), 'Write `[orders.drug]` and `codes = ["system|code"]`.'))
            return ()
        found: list[Order] = []
        for drug, table in value.items():
            where = f"{ORDERS}.{drug}"
            if not isinstance(table, dict):
                self.found.append(error("B007", f"`{where}` must be a table with `codes`",
                                        self.at.key(ORDERS, drug), 'Write `codes = ["..."]`.'))
                continue
            for key in table:
                if key != "codes":
                    self.found.append(error("B006", f"`{key}` is not a key of `{where}`",
                                            self.at.key(where, key), "The key is `codes`."))
            codes = self._codes(where, table, "codes", where)
            if not codes and "codes" not in table:
                self.found.append(error("B007", f"`{where}` names no codes",
                                        self.at.table(where),
                                        'Add `codes = ["http://www.whocc.no/atc|B01AB05"]`.'))
            found.append(Order(drug, codes, self.at.table(where)))
        return tuple(found)

    # ------------------------------------------------------------------ one table
    def _binding(self, name: str, table: dict[str, object]) -> Binding:
        span = self.at.table(name)
        for key in table:
            if key not in KEYS:
                close = difflib.get_close_matches(key, KEYS, n=1)
                keys = ", ".join(KEYS)
                hint = f"Did you mean `{close[0]}`?" if close else f"The keys are {keys}."
                self.found.append(error("B006", f"`{key}` is not a key of a binding",
                                        self.at.key(name, key), hint))
        ask = self._text(name, table, "ask")
        resource = self._text(name, table, "from")
        if ask is not None and resource is not None:
            self.found.append(error(
                "B016", f"`{name}` is both read from the record (`from`) and asked (`ask`)",
                self.at.key(name, "ask"),
                "Keep `ask` when no standard code holds the fact, else `from` with its codes."))
        if ask is not None and not ask.strip():
            self.found.append(error("B007", "`ask` needs the reason no code holds this fact",
                                    self.at.key(name, "ask"),
                                    'Say why, as in `ask = "No standard code for it"`.'))
        if resource is not None and resource not in RESOURCES:
            close = difflib.get_close_matches(resource, list(RESOURCES), n=1)
            hint = f"Did you mean `{close[0]}`?" if close else (
                f"A fact is read from {' or '.join(RESOURCES)}.")
            self.found.append(error(
                "B008", f"`{resource}` is not a resource type facts are read from",
                self.at.value(name, "from", resource), hint))
        if resource is None and ask is None:
            self.found.append(error(
                "B005", f"`{name}` says neither where the record holds it nor why it is asked",
                span, 'Add `from = "Observation"` and its `codes`, or `ask = "reason"`.'))
        codes = self._codes(name, table, "codes")
        if resource == "Patient" and codes:
            self.found.append(error(
                "B019", f"`{name}` is read from the Patient's birth date, which has no codes",
                self.at.key(name, "codes"), "Remove `codes`: the age is worked out from "
                "`Patient.birthDate` on the day of the request."))
        if resource not in {None, "Patient"} and not codes and "codes" not in table:
            self.found.append(error("B007", f"`{name}` is read from the record but names no codes",
                                    span, 'Add `codes = ["http://loinc.org|29463-7"]`.'))
        unit = self._text(name, table, "unit")
        return Binding(
            name=name,
            span=span,
            ask=ask,
            resource=resource,
            codes=codes,
            unit=unit,
            unit_span=self.at.value(name, "unit", unit) if unit is not None else None,
            within=self._window(name, table),
            within_text=self._text(name, table, "within"),
            statuses=self._statuses(name, table),
            yes=self._codes(name, table, "yes"),
            no=self._codes(name, table, "no"),
            choices=self._choices(name, table),
        )

    def _text(self, name: str, table: dict[str, object], key: str) -> str | None:
        value = table.get(key)
        if value is None or isinstance(value, str):
            return value
        self.found.append(error("B007", f"`{key}` of `{name}` must be text in quotes",
                                self.at.value(name, key)))
        return None

    def _list(self, name: str, table: dict[str, object], key: str, where: str) -> list[str]:
        value = table.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.found.append(error("B007", f"`{key}` of `{where}` must be a list of texts",
                                    self.at.value(name, key), f'Write `{key} = ["..."]`.'))
            return []
        return list(value)

    def _codes(self, name: str, table: dict[str, object], key: str,
               table_name: str | None = None) -> tuple[Code, ...]:
        where = table_name or name
        codes: list[Code] = []
        for token in self._list(where, table, key, where):
            span = self.at.value(where, key, token)
            system, bar, code = token.partition("|")
            if not bar or not system or not code.strip() or code != code.strip():
                self.found.append(error(
                    "B009", f"`{token}` is not a code written as `system|code`", span,
                    'Write the code system\'s URI, a bar and the code: "http://loinc.org|2157-6".'))
                continue
            if system not in SYSTEMS:
                close = difflib.get_close_matches(system, list(SYSTEMS), n=1)
                known = ", ".join(f"{uri} ({label})" for uri, label in SYSTEMS.items())
                hint = f"Did you mean `{close[0]}`?" if close else f"The known systems: {known}."
                self.found.append(
                    error("B003", f"`{system}` is not a known code system", span, hint))
                continue
            if any(c.system == system and c.code == code for c in codes):
                self.found.append(error("B017", f"`{token}` is given twice", span,
                                        "Give each code once."))
                continue
            codes.append(Code(system, code, span))
        return tuple(codes)

    def _window(self, name: str, table: dict[str, object]) -> timedelta | None:
        text = self._text(name, table, "within")
        if text is None:
            return None
        span = self.at.value(name, "within", text)
        match = _WINDOW.match(text)
        problem = "it must be a whole number and a unit of time, as in `30 days`"
        if match:
            try:
                unit = parse_unit(match.group(2))
            except UnitError:
                unit = None
            if unit is not None and unit.dimension() == (("time", 1),) and int(match.group(1)) > 0:
                return timedelta(days=float(int(match.group(1)) * unit.factor()))
            problem = f"`{match.group(2)}` is not a unit of time" if unit is None or \
                unit.dimension() != (("time", 1),) else "the window must be longer than zero"
        self.found.append(error("B011", f"the look-back window `{text}` cannot be read: {problem}",
                                span, 'Write `within = "30 days"` (hours, days, weeks, months, '
                                'years).'))
        return None

    def _statuses(self, name: str, table: dict[str, object]) -> tuple[str, ...]:
        listed = self._list(name, table, "status", name)
        if "status" not in table:
            return DEFAULT_OBSERVATION_STATUSES
        kept: list[str] = []
        for status in listed:
            span = self.at.value(name, "status", status)
            if status == NEVER:
                self.found.append(error("B012", "a record entered in error never counts", span,
                                        f"Remove `{NEVER}`."))
            elif status not in OBSERVATION_STATUSES:
                close = difflib.get_close_matches(status, OBSERVATION_STATUSES, n=1)
                hint = f"Did you mean `{close[0]}`?" if close else (
                    f"Observation statuses: {', '.join(OBSERVATION_STATUSES)}.")
                self.found.append(error("B012", f"`{status}` is not an Observation status", span,
                                        hint))
            else:
                kept.append(status)
        if not kept and not any(d.code == "B012" for d in self.found):
            self.found.append(error("B012", "the status list is empty: nothing would count",
                                    self.at.key(name, "status"), 'Leave `status` out for '
                                    '"final", "amended" and "corrected".'))
        return tuple(kept)

    def _choices(self, name: str, table: dict[str, object]) -> tuple[
            tuple[str, tuple[Code, ...], Span], ...]:
        value = table.get("choices")
        if value is None:
            return ()
        where = f"{name}.choices"
        if not isinstance(value, dict):
            self.found.append(error("B007", f"`choices` of `{name}` must be a table of codes",
                                    self.at.key(name, "choices"),
                                    f'Write `[{where}]` and `choice = ["system|code"]` lines.'))
            return ()
        out = []
        for choice in value:
            out.append((choice, self._codes(name, value, choice, where),
                        self.at.key(where, choice)))
        return tuple(out)
