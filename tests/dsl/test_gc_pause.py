"""dsl/gc_pause.py: the collector is paused inside the block and restored after."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from dsl.gc_pause import paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_paused_inside_and_restored_after() -> None:
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_restored_when_the_block_raises() -> None:
    with pytest.raises(ValueError), paused():
        raise ValueError("boom")
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    with paused():
        pass
    assert not gc.isenabled()
