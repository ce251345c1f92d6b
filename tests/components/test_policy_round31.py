"""pipeline_policy, round 31: a naming verb's absolute participle ("..., with A named as the neighbour with which
...") describes its subject: the partner A, with the description as its relation (not the bare verb "named").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..table_rows import policy_rows


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    pytest.param(
        "Norway's Arctic Strategy\n\nThe strategy was adopted in 2021. Coastal surveillance is to be improved, with "
        "Finland named as the partner with which joint exercises should be held.",
        [("NOR", "", "improvement of Coastal surveillance"),
         ("NOR", "FIN", "partner with which joint exercises should be held")], id="absolute-participle"),
])
def test_policy_round31_absolute_participle(nlp, text, rows):
    assert policy_rows(nlp(text)) == rows
