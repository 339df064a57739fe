"""compiler/testgen/digest.py: equal results, equal fingerprints; both ways of taking one agree."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from compiler.pipeline.stages import compile_source, read_source
from compiler.semantics import ir
from compiler.testgen import generate_cases
from compiler.testgen.digest import Fingerprints, part_names, parts, reference

ROOT = Path(__file__).resolve().parents[3]


def _imnm() -> ir.Guideline:
    compiled = compile_source(read_source(ROOT / "guidelines" / "imnm.guideline", "imnm"))
    assert compiled.guideline is not None
    return compiled.guideline


def test_both_ways_agree_on_every_imnm_result() -> None:
    prints = Fingerprints()
    results = [c.expected for c in generate_cases(_imnm()) if isinstance(c.expected, dict)]
    assert results
    for result in results:
        assert prints.digest(result) == reference(result)
        assert prints.digest(result) == reference(result)  # again, from what was kept


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"x": 1}, {"x": 1.0}),
        ({"x": -0.0}, {"x": 0.0}),
        ({"x": (1, "a")}, {"x": [1.0, "a"]}),
        ({"b": 1, "a": 2}, {"a": 2, "b": 1}),
        ({"path": [{"facts": {"w": 70}}]}, {"path": [{"facts": {"w": 70.0}}]}),
        ({"x": 2**60}, {"x": 2.0**60}),

    ],
)
def test_values_equal_as_json_data_have_one_fingerprint(a: dict[str, object],
                                                        b: dict[str, object]) -> None:
    assert reference(a) == reference(b) == Fingerprints().digest(a) == Fingerprints().digest(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"x": True}, {"x": 1}),
        ({"x": None}, {"x": "None"}),
        ({"x": "1"}, {"x": 1}),
        ({"x": 0.1 + 0.2}, {"x": 0.3}),
        ({"x": ["a", "b"]}, {"x": ["b", "a"]}),
        ({"x": {"a": 1}}, {"x": [["a", 1]]}),
        ({"x": 'quote" \\ \n ünï 🙂'}, {"x": "quote"}),
        ({"x": 1}, {"x": "1.0"}),  # a number is never text
        ({"x": 2**53 + 1}, {"x": 2**53}),  # no float is 2**53 + 1: exact digits
        ({"x": 2**1024}, {"x": 2**1024 + 1}),  # beyond the floats: exact digits

    ],
)
def test_different_values_have_different_fingerprints(a: dict[str, object],
                                                      b: dict[str, object]) -> None:
    assert reference(a) != reference(b)
    assert Fingerprints().digest(a) == reference(a) and Fingerprints().digest(b) == reference(b)


def test_a_result_is_fingerprinted_in_three_parts() -> None:
    assert part_names() == ("recommendations", "path", "rest")
    result = {"recommendations": [{"id": "a"}], "path": [{"node": "n"}], "complete": True,
              "needs": []}
    assert parts(result) == [{"recommendations": [{"id": "a"}]}, {"path": [{"node": "n"}]},
                             {"complete": True, "needs": []}]
    digests = reference(result)
    assert all(len(d) == 32 and int(d, 16) >= 0 for d in digests)
    changed = [
        {**result, "recommendations": [{"id": "b"}]},
        {**result, "path": [{"node": "m"}]},
        {**result, "needs": ["x"]},
    ]
    for index, other in enumerate(changed):  # a change shows in its own part only
        differ = [i for i, (a, b) in enumerate(zip(digests, reference(other), strict=True))
                  if a != b]
        assert differ == [index]
        assert Fingerprints().digest(other) == reference(other)
    missing = {k: v for k, v in result.items() if k != "path"}
    assert reference(missing)[1] != reference({**result, "path": None})[1] != digests[1]


def test_an_entry_is_kept_by_identity_not_by_address_alone() -> None:
    prints = Fingerprints()
    first = {"path": [{"node": "a"}]}
    before = prints.digest(first)
    del first
    second = {"path": [{"node": "b"}]}  # may reuse the freed entry's address
    assert prints.digest(second) == reference(second) != before


def test_keys_that_read_the_same_as_text_count_once_both_ways() -> None:
    for result in ({"x": {1: "a", "1": "b"}}, {"x": {1: {"a": 1}, "1": {"b": 2}}}):
        assert Fingerprints().digest(result) == reference(result)


def test_values_without_a_canonical_form_are_refused() -> None:
    with pytest.raises(TypeError):
        reference({"x": object()})
    with pytest.raises(TypeError):
        Fingerprints().digest({"x": {1, 2}})
    assert reference({"x": math.inf}) == Fingerprints().digest({"x": math.inf})
