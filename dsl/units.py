"""Units of measure and dimensional analysis.

A unit is kept as the symbols the author wrote, with exponents
(`mg/kg/day` is mg^1 kg^-1 day^-1), so that `mg/kg/day * kg` reads `mg/day`.
Symbols of the same dimension convert through their factors, which are exact
fractions: `270 minutes` is `4.5 hours` exactly, `250 umol/L` is `0.25 mmol/L`.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from fractions import Fraction

Dimension = tuple[tuple[str, int], ...]

_ONE = Fraction(1)

# symbol -> (dimension, exact factor to the dimension's base unit)
_SYMBOLS: dict[str, tuple[Dimension, Fraction]] = {
    "kg": ((("mass", 1),), _ONE),
    "g": ((("mass", 1),), Fraction(1, 1000)),
    "mg": ((("mass", 1),), Fraction(1, 10**6)),
    "mcg": ((("mass", 1),), Fraction(1, 10**9)),
    "ug": ((("mass", 1),), Fraction(1, 10**9)),
    "ng": ((("mass", 1),), Fraction(1, 10**12)),
    "day": ((("time", 1),), _ONE),
    "week": ((("time", 1),), Fraction(7)),
    "month": ((("time", 1),), Fraction(1461, 48)),  # a twelfth of 365.25 days
    "year": ((("time", 1),), Fraction(1461, 4)),  # 365.25 days
    "hour": ((("time", 1),), Fraction(1, 24)),
    "minute": ((("time", 1),), Fraction(1, 1440)),
    "L": ((("volume", 1),), _ONE),
    "dL": ((("volume", 1),), Fraction(1, 10)),
    "mL": ((("volume", 1),), Fraction(1, 1000)),
    "m": ((("length", 1),), _ONE),
    "cm": ((("length", 1),), Fraction(1, 100)),
    "mm": ((("length", 1),), Fraction(1, 1000)),
    # body surface area of the standard adult, for clearances per 1.73 m2
    "1.73m2": ((("length", 2),), Fraction(173, 100)),
    "U": ((("enzyme activity", 1),), _ONE),
    "IU": ((("international unit", 1),), _ONE),
    "mmol": ((("amount", 1),), Fraction(1, 1000)),
    "umol": ((("amount", 1),), Fraction(1, 10**6)),
    "nmol": ((("amount", 1),), Fraction(1, 10**9)),
    "mol": ((("amount", 1),), _ONE),
    # pressure, in pascals; the millimetre of mercury is 101325/760 Pa by definition
    "mmHg": ((("pressure", 1),), Fraction(101325, 760)),
    "kPa": ((("pressure", 1),), Fraction(1000)),
    # counted events, plain numbers: `breaths/min` and `beats/min` are rates like `/min`
    "breaths": ((), _ONE),
    "beats": ((), _ONE),
    # a multiple of the laboratory's upper limit of normal: a ratio of two values
    # of one kind (`ck / ck_uln > 10 xULN`), so a plain number
    "xULN": ((), _ONE),
    "%": ((("percent", 1),), _ONE),
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
    "µmol": "umol",
    "breath": "breaths",
    "beat": "beats",
}
_PLURAL = {"day": "days", "week": "weeks", "month": "months", "year": "years", "hour": "hours"}

# What a dose may measure: an amount given, optionally per kg of body weight
# (before it is multiplied by the weight) and optionally per unit of time.
_AMOUNTS = frozenset({"mass", "volume", "international unit", "amount"})


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

    def dimension(self) -> Dimension:
        """The physical dimension, independent of which symbols were used."""
        dims: dict[str, int] = {}
        for symbol, exp in self.terms:
            for dim, power in _SYMBOLS[symbol][0]:
                dims[dim] = dims.get(dim, 0) + power * exp
        return tuple(sorted((d, e) for d, e in dims.items() if e))

    def factor(self) -> Fraction:
        """Multiply a value in this unit by this to get base units (exact)."""
        result = _ONE
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


def _known(raw: str) -> tuple[str, int] | None:
    if raw in _SYMBOLS or raw in _ALIASES:
        return _ALIASES.get(raw, raw), 1
    if raw[-1:] in ("2", "3") and len(raw) > 1 and not raw[:-1].isdigit():
        base = _ALIASES.get(raw[:-1], raw[:-1])
        if base in _SYMBOLS:
            return base, int(raw[-1])
    return None


def _parts(text: str) -> list[str]:
    return text.split("/")


def _build(parts: list[str]) -> Unit:
    terms: tuple[tuple[str, int], ...] = ()
    for index, part in enumerate(parts):
        if index == 0 and not part and len(parts) > 1:
            continue  # a rate such as `/min`: nothing above the line
        symbol = _known(part)
        if symbol is None:
            raise UnitError(part, None)
        terms = _combine(terms, (symbol,), 1 if index == 0 else -1)
    return Unit(terms)


def parse_unit(text: str | None, like: Unit | None = None) -> Unit:
    """`mg/kg/day` -> Unit; None -> dimensionless. Raises UnitError.

    `like`, when given, is the unit the author's value is compared with: a
    suggestion for a misspelled symbol then only ever has that dimension.
    """
    if not text:
        return NONE
    parts = _parts(text)
    try:
        return _build(parts)
    except UnitError as exc:
        raise UnitError(exc.symbol, suggest(parts, exc.symbol, like)) from None


def _candidates() -> list[str]:
    return sorted(set(_SYMBOLS) | {a for a in _ALIASES if a.isascii()})


def symbols() -> list[str]:
    """Every unit symbol and spelling the language knows (for editors' completion)."""
    return _candidates()


def suggest(parts: list[str], wrong: str, like: Unit | None = None) -> str | None:
    """A known symbol close in spelling to `wrong` (of `like`'s dimension, when given)."""
    candidates = _candidates()
    folded = [c for c in candidates if c.lower() == wrong.lower()]
    close = folded + difflib.get_close_matches(wrong, candidates, n=len(candidates), cutoff=0.6)
    for candidate in close:
        if like is None or _fits([candidate if p == wrong else p for p in parts], like):
            return candidate
    return None


def _fits(parts: list[str], like: Unit) -> bool:
    try:
        return _build(parts).compatible(like)
    except UnitError:
        return False


def _name(symbol: str, exp: int) -> str:
    return symbol if exp == 1 else f"{symbol}{exp}"


def format_unit(unit: Unit, plural: bool = False) -> str:
    """Display text: `mg/day`, `U/L`, `weeks`."""
    top = [_name(s, e) for s, e in unit.terms if e > 0]
    bottom = [_name(s, -e) for s, e in unit.terms if e < 0]
    if plural and len(top) == 1 and not bottom:
        top = [_PLURAL.get(top[0], top[0])]
    text = "·".join(top)
    return "/".join([text, *bottom]) if bottom else text


def conversion(source: Unit, target: Unit) -> Fraction:
    """Exact factor turning a value in `source` into `target` (same dimension)."""
    return source.factor() / target.factor()


def dose_problem(unit: Unit) -> str | None:
    """Why a dose cannot be measured in `unit`, or None when it can.

    A dose is an amount (mass, volume, international units or moles), optionally
    per kg of body weight (a weight-based dose before its multiplication by the
    weight) and optionally per unit of time.
    """
    rest = list(unit.terms)
    for per in ("mass", "time"):
        divisor = [t for t in rest if t[1] == -1 and _SYMBOLS[t[0]][0] == ((per, 1),)]
        if divisor:
            rest.remove(divisor[0])
    amounts = [t for t in rest if t[1] == 1 and _measures(t[0]) in _AMOUNTS]
    if len(amounts) != 1:
        return "it is not one amount of drug (a mass, volume, international units or moles)"
    if len(rest) > 1:
        return "an amount of drug can only be per kg of body weight and per unit of time"
    return None


def _measures(symbol: str) -> str | None:
    dims = _SYMBOLS[symbol][0]
    return dims[0][0] if len(dims) == 1 and dims[0][1] == 1 else None


# A substance's molar mass, as a value and a mass-per-amount unit (`113.12 g/mol`): what
# converts its mass concentrations into molar ones. A declared conversion
# `1 mg/dL = 88.4 umol/L` is the molar mass 1/88.4 in mg/dL per umol/L, exactly.
Molar = tuple[Fraction, Unit]

MOLAR_UNIT = Unit((("g", 1), ("mol", -1)))


def declared_molar(mass_side: tuple[Fraction, Unit], molar_side: tuple[Fraction, Unit]) -> Molar:
    """The molar mass a conversion such as `1 mg/dL = 88.4 umol/L` declares, exactly."""
    return mass_side[0] / molar_side[0], mass_side[1] / molar_side[1]


def through(value: Fraction, unit: Unit, molar: Molar, target: Unit) -> Fraction | None:
    """`value unit` in `target` through a molar mass (`1 mg/dL` in umol/L), exactly, or None."""
    mass, per_mole = molar
    if (unit / per_mole).compatible(target):
        return value / mass * conversion(unit / per_mole, target)
    if (unit * per_mole).compatible(target):
        return value * mass * conversion(unit * per_mole, target)
    return None


_CONCENTRATION_TOPS = ("g", "mg", "mcg", "ug", "ng", "mol", "mmol", "umol", "nmol")
_CONCENTRATION_BOTTOMS = ("L", "dL", "mL")


def _concentration(unit: Unit) -> bool:
    """A mass or molar concentration: an amount of substance per volume (mg/dL, umol/L)."""
    dims = dict(unit.dimension())
    return dims.get("volume") == -1 and len(dims) == 2 and (
        dims.get("mass") == 1 or dims.get("amount") == 1
    )


def exact_units(unit: Unit, molar: Molar | None = None) -> dict[str, Fraction]:
    """Unit texts patient data may use for a value of `unit`, with the exact factor into
    `unit`.

    The declared unit itself, and every single symbol (or alias) of the same dimension
    (none for a count or a ratio such as `breaths` or `xULN`). A concentration with a
    molar mass (declared, or through a declared conversion) also takes the usual mass and
    molar concentrations (`mg/dL`, `mmol/L`, `umol/L`...), converted exactly through it.
    """
    accepted = {format_unit(unit): _ONE}
    if len(unit.terms) == 1 and unit.terms[0][1] == 1 and unit.dimension():
        for text in sorted(set(_SYMBOLS) | set(_ALIASES)):
            symbol = Unit(((_ALIASES.get(text, text), 1),))
            if symbol.compatible(unit):
                accepted[text] = conversion(symbol, unit)
    if molar is not None and _concentration(unit):
        for top in _CONCENTRATION_TOPS:
            for bottom in _CONCENTRATION_BOTTOMS:
                other = Unit(((top, 1), (bottom, -1)))
                if other.compatible(unit):
                    accepted[format_unit(other)] = conversion(other, unit)
                    continue
                factor = through(_ONE, other, molar, unit)
                if factor is not None:
                    accepted[format_unit(other)] = factor
    return dict(sorted(accepted.items()))


def accepted_units(unit: Unit, molar: Molar | None = None) -> dict[str, float]:
    """`exact_units` with each factor as the float nearest it (for display)."""
    return {text: float(factor) for text, factor in exact_units(unit, molar).items()}
