"""Attribution, round 26's speed-ups (no behaviour change): a quotation's words counted only as far as a rule needs,
the test for a comma closing a quotation made once per cue, and the full names a surname may stand for kept by
their last word."""

from __future__ import annotations

import pytest

from pipeline.components.attribution.direct import _is_statement, _word_count
from pipeline.components.attribution.indirect import _after_comma_close, _inverted_after_quote
from pipeline.components.attribution.speakers import _add_full_name


@pytest.mark.parametrize(
    ("text", "most", "count"),
    [
        ("We will not sign the deal this year, not ever.", 8, 8),
        ("We will not sign the deal this year, not ever.", 20, 10),
        ("the ‘three nos’", 5, 3),
        ("don’t stop", 5, 2),
        ("", 5, 0),
        ("— , …", 5, 0),
    ],
)
def test_word_count_stops_at_most(text, most, count):
    assert _word_count(text, most) == count


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("We will not sign the deal now", False),  # seven words, no closing mark
        ("We will not sign the deal this year or next", True),
        ("We will not sign.", True),
        ("Peace and Bread", False),
    ],
)
def test_is_statement(text, statement):
    assert _is_statement(text) is statement


@pytest.mark.parametrize(
    ("text", "end", "closes"),
    [
        ("“We will lose customers,” said Reyes", 26, True),
        ("“We will lose customers,”  \n said Reyes", 29, True),
        ("“We will lose customers”, said Reyes", 26, False),
        ("He said", 3, False),
        (",”", 2, True),
        ("", 0, False),
    ],
)
def test_after_comma_close(text, end, closes):
    assert _after_comma_close(text, end) is closes


def test_inverted_after_quote_needs_the_comma_closing_a_spoken_quotation():
    text = "“We will lose customers,” said Reyes, one of the members, “and jobs.”"
    direct = [(1, 23), (58, 68)]
    assert _inverted_after_quote(text, direct, 26, 37) is True
    assert _inverted_after_quote(text, direct, 26, 20) is False  # the statement starts before the cue
    assert _inverted_after_quote("“The Apprentice,” listed the hosts", [(1, 15)], 18, 25) is False  # a name


def test_add_full_name_keeps_names_of_two_words_or_more_by_their_last():
    by_surname: dict[str, list[tuple[int, str]]] = {}
    _add_full_name(by_surname, 0, "Lucia Ferreira")
    _add_full_name(by_surname, 40, "Ferreira")
    _add_full_name(by_surname, 80, "Dona Lucia Ferreira")
    assert by_surname == {"Ferreira": [(0, "Lucia Ferreira"), (80, "Dona Lucia Ferreira")]}
