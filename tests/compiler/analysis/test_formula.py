"""Constraints as data: the facts they read, their conjuncts, and when two are equal."""

from __future__ import annotations

from fractions import Fraction

import z3

from compiler.analysis import formula as f
from compiler.semantics import ir

HIGH = ir.CmpNum(">", ir.NumInput("level"), ir.NumConst(Fraction(10)), "level > 10", 1)
SEEN = ir.IsTrue("seen", "seen", 1)
BOTH = ir.AndC((HIGH, SEEN))


def test_inputs_of_each_kind() -> None:
    assert f.inputs_of(f.Is(BOTH, "yes")) == {"level", "seen"}
    assert f.inputs_of(f.Truth(SEEN)) == {"seen"}
    assert f.inputs_of(f.Decides(BOTH, 0)) == {"level", "seen"}
    assert f.inputs_of(f.Gap(HIGH, "<", Fraction(0))) == {"level"}
    assert f.inputs_of(f.Equals("stage", 1)) == {"stage"}
    assert f.inputs_of(f.KnownIs("stage", False)) == {"stage"}
    assert f.inputs_of(f.AnyOf((f.Truth(SEEN), f.Equals("stage", 0)))) == {"seen", "stage"}
    assert f.inputs_of(f.Not(f.Truth(HIGH))) == {"level"}
    assert f.inputs_of(f.TRUE) == frozenset()
    raw = f.Raw(z3.Bool("x"), frozenset({"x"}))
    assert f.inputs_of(raw) == {"x"}


def test_conjuncts_open_every_all_and_drop_repeats() -> None:
    yes, seen = f.Is(BOTH, "yes"), f.Truth(SEEN)
    nested = f.AllOf((yes, f.AllOf((seen, yes))))
    assert f.conjuncts([nested, seen, f.TRUE]) == [yes, seen]


def test_equal_when_about_the_same_condition_object() -> None:
    assert f.Is(BOTH, "yes") == f.Is(BOTH, "yes")
    assert hash(f.Is(BOTH, "yes")) == hash(f.Is(BOTH, "yes"))
    assert f.Is(BOTH, "yes") != f.Is(BOTH, "no")
    assert f.Truth(SEEN) != f.Is(SEEN, "yes")
    twin = ir.AndC((HIGH, SEEN))
    assert f.Is(twin, "yes") != f.Is(BOTH, "yes")  # compared by identity, not by tree
    assert f.Gap(HIGH, "=", Fraction(3)) == f.Gap(HIGH, "=", Fraction(3))
    assert f.Gap(HIGH, "=", Fraction(3)) != f.Gap(HIGH, "=", Fraction(4))


def test_atoms_and_raw_parts() -> None:
    assert f.atoms_of(f.Not(f.Is(BOTH, "no"))) == [HIGH, SEEN]
    assert f.atoms_of(f.Gap(HIGH, "<", Fraction(0))) == [HIGH]
    assert not f.has_raw(f.AllOf((f.Truth(SEEN),)))
    assert f.has_raw(f.Not(f.AnyOf((f.Raw(z3.Bool("x")),))))
