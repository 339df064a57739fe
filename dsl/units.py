"""Units of measure and dimensional analysis.

A unit is kept as the symbols the author wrote, with exponents
(`mg/kg/day` is mg^1 kg^-1 day^-1), so that `mg/kg/day * kg` reads `mg/day`.
Symbols of the same dimension convert through their factors.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

# symbol -> (dimension, factor to the dimension's base unit)
_SYMBOLS: dict[str, tuple[str, float]] = {
    "kg": ("mass", 1.0),
    "g": ("mass", 1e-3),
    "mg": ("mass", 1e-6),
    "mcg": ("mass", 1e-9),
    "ug": ("mass", 1e-9),
    "day": ("time", 1.0),
    "week": ("time", 7.0),
    "month": ("time", 30.4375),
    "year": ("time", 365.25),
    "hour": ("time", 1 / 24),
    "minute": ("time", 1 / 1440),
    "L": ("volume", 1.0),
    "dL": ("volume", 0.1),
    "mL": ("volume", 1e-3),
    "m": ("length", 1.0),
    "cm": ("length", 0.01),
    "mm": ("length", 1e-3),
    "U": ("enzyme activity", 1.0),
    "IU": ("international unit", 1.0),
    "mmol": ("amount", 1e-3),
    "umol": ("amount", 1e-6),
    "mol": ("amount", 1.0),
    "%": ("percent", 1.0),
}
_ALIASES = {
    "days": "day",
    "d": "day",
    "weeks": "week",
    "wk": "week",
    "months": "month",
    "years": "year",
    "yr": "year",
    "hours": "hour",
    "h": "hour",
    "minutes": "minute",
    "min": "minute",
    "l": "L",
    "ml": "mL",
    "dl": "dL",
    "µg": "mcg",
}
_PLURAL = {"day": "days", "week": "weeks", "month": "months", "year": "years", "hour": "hours"}


class UnitError(ValueError):
    """An unknown unit symbol; carries the symbol and a suggestion."""

    def __init__(self, symbol: str, suggestion: str | None) -> None:
        super().__init__(symbol)
        self.symbol = symbol
        self.suggestion = suggestion


@dataclass(frozen=True)
class Unit:
    """Symbols with exponents, in the order first written."""

    terms: tuple[tuple[str, int], ...] = ()

    def __mul__(self, other: Unit) -> Unit:
        return Unit(_combine(self.terms, other.terms, 1))

    def __truediv__(self, other: Unit) -> Unit:
        return Unit(_combine(self.terms, other.terms, -1))

    def dimension(self) -> tuple[tuple[str, int], ...]:
        """The physical dimension, independent of which symbols were used."""
        dims: dict[str, int] = {}
        for symbol, exp in self.terms:
            dim = _SYMBOLS[symbol][0]
            dims[dim] = dims.get(dim, 0) + exp
        return tuple(sorted((d, e) for d, e in dims.items() if e))

    def factor(self) -> float:
        """Multiply a value in this unit by this to get base units."""
        result = 1.0
        for symbol, exp in self.terms:
            result *= _SYMBOLS[symbol][1] ** exp
        return result

    def compatible(self, other: Unit) -> bool:
        """True when values of the two units can be compared after conversion."""
        return self.dimension() == other.dimension()

    def is_dimensionless(self) -> bool:
        """True for a plain number."""
        return not self.terms

    def __str__(self) -> str:
        return format_unit(self)


NONE = Unit()


def _combine(
    left: tuple[tuple[str, int], ...], right: tuple[tuple[str, int], ...], sign: int
) -> tuple[tuple[str, int], ...]:
    exps: dict[str, int] = dict(left)
    for symbol, exp in right:
        exps[symbol] = exps.get(symbol, 0) + sign * exp
    return tuple((s, e) for s, e in exps.items() if e)


def _symbol(raw: str) -> tuple[str, int]:
    exp = 1
    base = raw
    if raw[-1:] in "23" and len(raw) > 1 and not raw[:-1].isdigit():
        base, exp = raw[:-1], int(raw[-1])
    base = _ALIASES.get(base, base)
    if base not in _SYMBOLS:
        known = list(_SYMBOLS) + list(_ALIASES)
        close = difflib.get_close_matches(raw, known, n=1, cutoff=0.6)
        raise UnitError(raw, close[0] if close else None)
    return base, exp


def parse_unit(text: str | None) -> Unit:
    """`mg/kg/day` -> Unit; None -> dimensionless. Raises UnitError."""
    if not text:
        return NONE
    first, *rest = text.split("/")
    terms: tuple[tuple[str, int], ...] = (_symbol(first),)
    for part in rest:
        symbol, exp = _symbol(part)
        terms = _combine(terms, ((symbol, exp),), -1)
    return Unit(terms)


def _name(symbol: str, exp: int) -> str:
    return symbol if exp == 1 else f"{symbol}{exp}"


def format_unit(unit: Unit, plural: bool = False) -> str:
    """Display text: `mg/day`, `U/L`, `weeks`."""
    top = [_name(s, e) for s, e in unit.terms if e > 0]
    bottom = [_name(s, -e) for s, e in unit.terms if e < 0]
    if plural and len(top) == 1 and not bottom:
        top = [_PLURAL.get(top[0], top[0])]
    text = "·".join(top) or ("1" if bottom else "")
    return "/".join([text, *bottom]) if bottom else text


def conversion(source: Unit, target: Unit) -> float:
    """Factor turning a value in `source` into `target` (same dimension)."""
    return source.factor() / target.factor()


def accepted_units(unit: Unit) -> dict[str, float]:
    """Unit texts patient data may use for a value of `unit`, with the factor into `unit`.

    The declared unit itself, and every single symbol (or alias) of the same dimension.
    """
    accepted = {format_unit(unit): 1.0}
    if len(unit.terms) == 1 and unit.terms[0][1] == 1:
        for text in sorted(set(_SYMBOLS) | set(_ALIASES)):
            symbol = Unit(((_ALIASES.get(text, text), 1),))
            if symbol.compatible(unit):
                accepted[text] = conversion(symbol, unit)
    return dict(sorted(accepted.items()))
