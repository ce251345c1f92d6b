"""pipeline_person_ruler, round 33: a state's body written in lower case after the state (sentences written for these
tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The talks were useful," said Ana Pereira, secretary of Norway\'s foreign affairs department.',
         [("Ana Pereira", "secretary", "Norway's foreign affairs department", "NOR")]),
        ("Lukas Brandt, deputy chair of the budget committee of the German parliament, said the money was not there.",
         [("Lukas Brandt", "deputy chair", "German parliament", "")]),
        # a state's government is no body of its own, and a building is no body
        ('"The talks were useful," said Ana Pereira, a spokeswoman for the Nigerian government.',
         [("Ana Pereira", "spokeswoman", "", "NGA")]),
        ('"The talks were useful," said Ana Pereira, an adviser at the Chilean parliament building.',
         [("Ana Pereira", "adviser", "", "CHL")]),
    ],
)
def test_affiliations_a_state_body_in_lower_case(nlp, text, expected):
    doc = nlp(text)
    assert affiliation_rows(doc) == expected
