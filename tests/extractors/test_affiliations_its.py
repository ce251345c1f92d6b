"""affiliations extractor: "its" owning a role after the name ("said X, its managing director") refers to the
organization named just before; a role set beside a name the NER takes for an organization ("Its managing
director, Tomáš Holub,") still makes the name a person."""

from __future__ import annotations

import pytest

from pipeline.extractors.affiliations import affiliations


def _rows(doc):
    return [(a.name, a.role, a.organization) for a in affiliations(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<name>, its <role>": the organization named before
        ("The Northfield Water Company has raised prices twice. Anna Berg, its chief executive, said the rise was "
         "needed.",
         [("Anna Berg", "chief executive", "Northfield Water Company")]),
        # none named near: the role alone
        ("\u201cWe cannot run a service at a loss,\u201d said Rhys Pugh, its managing director.",
         [("Rhys Pugh", "managing director", "")]),
        # a name with diacritics the NER reads as an organization, set beside the role
        ("The fire started at the Beskyd Plast factory. Its managing director, Tom\u00e1\u0161 Holub, told local "
         "radio that the line had been shut down.",
         [("Tom\u00e1\u0161 Holub", "managing director", "Beskyd Plast")]),
    ],
)
def test_its_role_and_apposed_names(nlp, text, expected):
    assert _rows(nlp(text)) == expected
