"""persons_tokens: line bounds and word kinds computed once per Doc agree with token-by-token reading."""

from __future__ import annotations

import pytest

from pipeline.components.persons.tokens import (
    INITIAL,
    NAME_WORD,
    NEWLINE,
    SPACE,
    Lines,
    is_initial,
    is_name_word,
    is_newline,
    word_kinds,
)

TEXT = (
    "## Experts Weigh Kazakhstan's Transit Plans\n\n"
    "By Dana Seitkali\n\n"
    "The speakers discussed the Middle Corridor. R. Nazarov, an economist, said freight rose.\n"
    "Tatiana O'Neill-Kotyukova spoke next.\n"
)


def _line_slow(doc, i: int) -> tuple[int, int]:
    start = i
    while start > 0 and not is_newline(doc[start - 1]):
        start -= 1
    end = i + 1
    while end < len(doc) and not is_newline(doc[end]):
        end += 1
    return start, end


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_persons_tokens_word_kinds(doc) -> None:
    kinds = word_kinds(doc)
    assert [t.text for t in doc if kinds[t.i] & NEWLINE] == ["\n\n", "\n\n", "\n", "\n"]
    assert all(bool(kinds[t.i] & SPACE) == t.is_space for t in doc)
    assert all(bool(kinds[t.i] & NAME_WORD) == is_name_word(t) for t in doc)
    assert all(bool(kinds[t.i] & INITIAL) == is_initial(t) for t in doc)
    assert "O'Neill" in [t.text for t in doc if kinds[t.i] & NAME_WORD]


@pytest.mark.parametrize(
    ("word", "line"), [("Seitkali", "By Dana Seitkali"), ("spoke", "Tatiana O'Neill-Kotyukova spoke next.")]
)
def test_persons_tokens_lines_bounds(doc, word, line) -> None:
    lines = Lines.of(doc, word_kinds(doc))
    i = next(t.i for t in doc if t.text == word)
    start, end = lines.line(i)
    assert doc[start:end].text == line
    assert all(lines.line(t.i) == _line_slow(doc, t.i) for t in doc if not is_newline(t))


def test_persons_tokens_lines_after_and_first_word(doc) -> None:
    lines = Lines.of(doc, word_kinds(doc))
    assert doc[lines.first].text == "Experts"
    byline_end = lines.line(next(t.i for t in doc if t.text == "Seitkali"))[1]
    assert lines.lines_after(byline_end) == 2  # the paragraph and the last line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The forum opened in Almaty. The speakers included Ravshan Nazarov, an economist, and Dana Seitkali.",
         ["Ravshan Nazarov", "Dana Seitkali"]),
        ("The speakers praised Ravshan Nazarov, an economist.", []),  # no verb that presents a panel
    ],
)
def test_persons_tokens_panel_sentences(nlp, text, expected) -> None:
    doc = nlp(text)
    assert [a.name for a in doc._.pipeline_affiliations if a.panelist] == expected
