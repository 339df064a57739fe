"""Constraints (`compiler.analysis.formula`) as z3 formulas, in the grid encoding."""

from __future__ import annotations

import z3

from compiler.analysis import formula as f
from compiler.analysis import pieces
from compiler.analysis.grid import GridEncoder
from compiler.analysis.solver import Encoder
from compiler.semantics import ir


def gap_term(encoder: GridEncoder, atom: ir.CmpNum) -> z3.ArithRef:
    """The comparison's gap: whole-number `scale * (left - right)` when linear,
    otherwise the real `left - right`."""
    found = encoder.gap(atom)
    if found is not None:
        return found[0]
    cases = pieces.split(atom) if pieces.has_choice(atom) else None
    if cases is None:
        return encoder.num(atom.left) - encoder.num(atom.right)
    # One case at a time, each gap with the sign of its comparison: the grid takes each.
    # Whole numbers when every case's gap is one (reals would leave the solver in mixed
    # integer and real arithmetic, where it is much slower).
    terms = [(guards, gap_term(encoder, case)) for guards, case in cases]
    whole = all(t.is_int() for _, t in terms)
    *rest, (_, last) = terms
    term = last if whole else _real(last)
    for guards, case_term in reversed(rest):
        chosen = case_term if whole else _real(case_term)
        term = z3.If(z3.And(*encoder.guards(guards)), chosen, term)
    return term


def _real(term: z3.ArithRef) -> z3.ArithRef:
    return z3.ToReal(term) if term.is_int() else term


def _truth(
    encoder: Encoder, cond: ir.Cond, index: int, swap: z3.BoolRef, counter: list[int]
) -> z3.BoolRef:
    """Two-valued truth of `cond` (every fact known) with atom number `index` replaced."""
    if isinstance(cond, ir.Const):
        return z3.BoolVal(cond.value)
    if isinstance(cond, ir.NotC):
        return z3.Not(_truth(encoder, cond.operand, index, swap, counter))
    if isinstance(cond, ir.AndC | ir.OrC):
        parts = [_truth(encoder, op, index, swap, counter) for op in cond.operands]
        return z3.And(*parts) if isinstance(cond, ir.AndC) else z3.Or(*parts)
    position = counter[0]
    counter[0] += 1
    return swap if position == index else encoder.atom(cond)


def alone_decides(encoder: Encoder, cond: ir.Cond, index: int) -> z3.BoolRef:
    """Atom number `index` of `cond` decides its value: flipping it flips the outcome."""
    swap = z3.Bool(f"mcdc__{index}")
    shaped = _truth(encoder, cond, index, swap, [0])
    return z3.Xor(
        z3.substitute(shaped, (swap, z3.BoolVal(True))),
        z3.substitute(shaped, (swap, z3.BoolVal(False))),
    )


def to_z3(encoder: Encoder, formula: f.Formula) -> z3.BoolRef:
    """The z3 formula of a constraint (`Equals` and `Gap` count steps: the grid encoding)."""
    if isinstance(formula, f.Is):
        if formula.value == "yes":
            return encoder.yes(formula.cond)
        if formula.value == "no":
            return encoder.no(formula.cond)
        return encoder.unknown(formula.cond)
    if isinstance(formula, f.Truth):
        return encoder.atom(formula.atom)
    if isinstance(formula, f.Decides):
        return alone_decides(encoder, formula.cond, formula.index)
    if isinstance(formula, f.KnownIs):
        known = encoder.is_known(formula.name)
        return known if formula.known else z3.Not(known)
    if isinstance(formula, f.Equals):
        assert isinstance(encoder, GridEncoder)
        return z3.And(encoder.is_known(formula.name), _equals(encoder, formula))
    if isinstance(formula, f.Gap):
        assert isinstance(encoder, GridEncoder)
        term = gap_term(encoder, formula.atom)
        whole = term.is_int() and formula.value.denominator == 1
        value = z3.IntVal(int(formula.value)) if whole else z3.RealVal(formula.value)
        return ir.COMPARISONS[formula.op](term, value)
    if isinstance(formula, f.AllOf):
        return z3.And(*[to_z3(encoder, p) for p in formula.parts])
    if isinstance(formula, f.AnyOf):
        return z3.Or(*[to_z3(encoder, p) for p in formula.parts])
    if isinstance(formula, f.Not):
        return z3.Not(to_z3(encoder, formula.part))
    return formula.expr


def _equals(encoder: Encoder, formula: f.Equals) -> z3.BoolRef:
    var = encoder.values[formula.name]
    if isinstance(formula.value, bool):
        return var == z3.BoolVal(formula.value)
    return var == formula.value
