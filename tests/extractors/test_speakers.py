"""speakers extractor: quoted persons and panellists, once each, full names, no bylines."""

from __future__ import annotations

import json

import pytest

from pipeline.extractors.speakers import speakers
from pipeline.records import Speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The key speakers included Timur Aliyev, senior fellow at the Caspian Institute; Olga Reznik, "
            "professor at Minsk State University; and Bolat Nurlanov, Kazakhstani economist.",
            [
                Speaker("Timur Aliyev", "senior fellow", "Caspian Institute", "", 0),
                Speaker("Olga Reznik", "professor", "Minsk State University", "", 0),
                Speaker("Bolat Nurlanov", "economist", "", "KAZ", 0),
            ],
        ),
        (
            "The visit followed a decision of Prime Minister Irakli Beridze to reopen the border. "
            "\u201cWe are ready,\u201d Nino Kapanadze, deputy minister of economy, said.",
            [Speaker("Nino Kapanadze", "deputy minister of economy", "", "", 1)],
        ),
        (
            "Professor Daniel Hartley of Northbridge University chaired the first session. "
            "Hartley said that money matters more.\n\nBy Dana Kimura",
            [Speaker("Daniel Hartley", "professor", "Northbridge University", "", 1)],
        ),
    ],
)
def test_speakers_rows(nlp, text, expected):
    assert list(speakers(nlp(text))) == expected


def test_speakers_seed_names(nlp, shared):
    seed = next((shared / "seeds").glob("*.txt"))
    gold = json.loads(seed.with_suffix(".json").read_text(encoding="utf-8"))
    rows = list(speakers(nlp(seed.read_text(encoding="utf-8"))))
    assert sorted(r.name for r in rows) == sorted(s["name"] for s in gold["speakers"])
    assert len({r.name for r in rows}) == len(rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The forum opened on Monday. She shared the panel with Dmitri Orlov, a researcher at the Institute of "
         "Oriental Studies.",
         [Speaker("Dmitri Orlov", "researcher", "Institute of Oriental Studies", "", 0)]),
        ("Also on the panel was Anastasia Petrova, dean of the Faculty of International Relations at Tashkent "
         "State University.",
         [Speaker("Anastasia Petrova", "dean", "Tashkent State University", "", 0)]),
    ],
)
def test_speakers_named_on_the_panel(nlp, text, expected):
    assert list(speakers(nlp(text))) == expected
