"""The lowest and highest value a score takes over the valid patients (every fact known)."""

from __future__ import annotations

from fractions import Fraction

import z3

from compiler.analysis.solver import DEFAULT_TIMEOUT_MS, Encoder, assumptions_hold
from compiler.semantics import ir


def score_span(
    encoder: Encoder, score: ir.Score, timeout_ms: int = DEFAULT_TIMEOUT_MS
) -> tuple[Fraction, Fraction] | None:
    """(lowest, highest) value of the score for a valid patient whose facts are all
    known, inside the declared ranges and assumptions (None: the solver gave no answer,
    or no patient is valid)."""
    ends = []
    for upper in (False, True):
        optimizer = z3.Optimize()
        optimizer.set("timeout", timeout_ms)
        optimizer.add(*encoder.domain(), *assumptions_hold(encoder), *encoder.all_known())
        term = encoder.score_term(score)
        handle = optimizer.maximize(term) if upper else optimizer.minimize(term)
        if optimizer.check() != z3.sat:
            return None
        value = handle.value()
        if z3.is_int_value(value):
            ends.append(Fraction(value.as_long()))
        elif z3.is_rational_value(value):
            ends.append(Fraction(value.numerator_as_long(), value.denominator_as_long()))
        else:
            return None  # unbounded: the solver answers with an infinity
    return ends[0], ends[1]
