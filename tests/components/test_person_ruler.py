"""pipeline_person_ruler: person mentions, full-name resolution, bylines, serialization."""

from __future__ import annotations

import pytest

from pipeline.components.persons.component import PersonRuler


def _persons(doc):
    return [(s.text, s.kb_id_) for s in doc.spans["persons"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ravil Gumerov, analyst at the Kazan Institute of Policy, opened the panel. "
            "Gumerov added that trade had doubled.",
            [("Ravil Gumerov", "Ravil Gumerov"), ("Gumerov", "Ravil Gumerov")],
        ),
        (
            "Kassym-Jomart Tokayev addressed the forum in Astana. "
            "Later, President Tokayev said that the reforms would continue.",
            [("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"), ("Tokayev", "Kassym-Jomart Tokayev")],
        ),
        (
            "Ravil Gumerov, analyst at the Kazan Institute of Policy, spoke first. "
            "According to R. Gumerov, the plan is realistic.",
            [("Ravil Gumerov", "Ravil Gumerov"), ("R. Gumerov", "Ravil Gumerov")],
        ),
        (
            "Dr. Lena Fischer explained that the talks were useful. "
            "Fischer noted that the next round would start soon.",
            [("Lena Fischer", "Lena Fischer"), ("Fischer", "Lena Fischer")],
        ),
        (
            "Uzbekistan's Minister of Transport Sherzod Usmonov described the line as the shortest way to the sea.",
            [("Sherzod Usmonov", "Sherzod Usmonov")],
        ),
    ],
)
def test_person_ruler_resolves_full_names(nlp, text, expected):
    assert _persons(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan said the talks were useful. Armenia insisted on a new round.",
        "Experts Discuss the Caspian Route With Baku Looks Ahead\n\nThe forum opened on Monday.",
        "Cooperation with the United Nations, which chaired the meeting, will continue.",
    ],
)
def test_person_ruler_no_persons_from_countries_orgs_headlines(nlp, text):
    assert _persons(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("The meeting was held online. Its participants agreed on a plan.\n\nBy Dana Kimura", "Dana Kimura"),
        ("Trade grew by ten percent in 2024, the ministry reported.\n\nSaule Omarova\nPhoto: press service",
         "Saule Omarova"),
    ],
)
def test_person_ruler_bylines(nlp, text, byline):
    doc = nlp(text)
    assert [s.kb_id_ for s in doc.spans["bylines"]] == [byline]
    assert not any(a.panelist for a in doc._.pipeline_affiliations)


def test_person_ruler_to_disk_from_disk_roundtrip(nlp, tmp_path):
    ruler = nlp.get_pipe("pipeline_person_ruler")
    ruler.to_disk(tmp_path)
    other = PersonRuler("copy").from_disk(tmp_path)
    assert other.lexicon == ruler.lexicon
    assert "associate professor" in other.lexicon.roles
