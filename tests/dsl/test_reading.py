"""The reader of guideline files: UTF-8 with or without a byte-order mark, line ends,
and bytes that are not UTF-8 reported where they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from dsl.reading import decode, read_file


def test_utf8_text_is_read_as_it_is() -> None:
    read = decode("g.guideline", "input a \"Café\": yes/no\n".encode())
    assert read.source.text == 'input a "Café": yes/no\n'
    assert read.diagnostics == () and not read.byte_order_mark


def test_a_byte_order_mark_is_dropped_but_remembered() -> None:
    read = decode("g.guideline", b"\xef\xbb\xbfguideline x\n")
    assert read.source.text == "guideline x\n"
    assert read.byte_order_mark and read.text_as_stored == "\ufeffguideline x\n"


def test_line_ends_are_read_as_line_feeds() -> None:
    assert decode("g", b"a\r\nb\rc\n").source.text == "a\nb\nc\n"


@pytest.mark.parametrize(
    ("data", "line", "column", "byte", "more"),
    [
        (b"ab\ncaf\xe9\n", 2, 4, "0xe9", ""),  # Latin-1
        (b"\xef\xbb\xbf\xff", 1, 1, "0xff", ""),  # after a byte-order mark
        (b"\xe2\x82", 1, 1, "0xe2", ""),  # cut short in the middle of a character
        (b"\xe9 \xe9\n\xe9", 1, 1, "0xe9", " (and in 2 more places)"),
        (b"x\xe9 \xe9", 1, 2, "0xe9", " (and in 1 more place)"),
        (b"\xc3\xa9\xc3", 1, 2, "0xc3", ""),  # counts characters, not bytes
    ],
)
def test_bytes_not_utf8_are_reported_where_they_are(
    data: bytes, line: int, column: int, byte: str, more: str
) -> None:
    read = decode("g.guideline", data)
    (found,) = read.diagnostics
    assert found.code == "P017"
    assert (found.span.line, found.span.column) == (line, column)
    assert found.message.endswith(f"the byte {byte} here cannot be read{more}")
    assert "\ufffd" in read.source.line_text(line)


def test_read_file_reads_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "g.guideline"
    path.write_bytes(b"\xef\xbb\xbfa\r\n")
    read = read_file(path, "shown.guideline")
    assert (read.source.path, read.source.text) == ("shown.guideline", "a\n")


def test_a_file_that_cannot_be_read_is_p018_not_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "folder.guideline"
    folder.mkdir()
    read = read_file(folder, "folder.guideline")
    (found,) = read.diagnostics
    assert found.code == "P018"
    assert found.message == "this file cannot be read: is a directory"
    assert (found.span.path, found.span.line, found.span.column) == ("folder.guideline", 1, 1)
    assert read.source.text == ""


def test_an_unreadable_file_gives_the_systems_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "g.guideline"
    path.write_text("guideline g \"G\"\n")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (found,) = read_file(path).diagnostics
    assert (found.code, found.message) == ("P018", "this file cannot be read: permission denied")
