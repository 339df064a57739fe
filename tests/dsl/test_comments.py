"""Recovering comments from guideline text, line by line."""

from __future__ import annotations

from dsl.comments import BLANK, COMMENT, CONTENT, attach, blank_before, classify, split_comment


def test_a_hash_inside_text_is_not_a_comment() -> None:
    assert split_comment('note "a # b" # real') == ('note "a # b" ', "# real")
    assert split_comment('note "say \\"#\\" here"') == ('note "say \\"#\\" here"', None)
    assert split_comment("  # only a comment  ") == ("  ", "# only a comment")


def test_lines_are_classified() -> None:
    kinds = [line.kind for line in classify('a\n\n  # c\nb "#"\n')]
    assert kinds == [CONTENT, BLANK, COMMENT, CONTENT, BLANK]


def test_comments_attach_to_the_next_statement_or_the_line_they_trail() -> None:
    text = "a  # t1\n# lead\n\nb\n  # inside\nc # t2\n# tail\n"
    comments = attach(text, [1, 4, 6])
    assert comments.at(1).trailing == "# t1"
    assert comments.at(4).leading == ["# lead"] and comments.at(4).blank_after
    assert comments.at(6).leading == ["# inside"] and comments.at(6).trailing == "# t2"
    assert comments.tail == ["# tail"]


def test_a_line_that_is_not_an_output_line_gives_its_comment_to_the_one_before() -> None:
    comments = attach("a:\n  x # on x\n", [1])
    assert comments.at(1).trailing == "# on x"


def test_blank_before_looks_above_the_comment_group() -> None:
    lines = classify("a\n\n# c\nb\nc\n")
    assert blank_before(lines, 4)
    assert not blank_before(lines, 5)
