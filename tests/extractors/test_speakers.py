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


def _quoted_doc(text: str, speaker: str, mention: str, persons: list[str]):
    """A Doc built by hand: one direct quote (its text the first quotation) given to ``speaker`` through the
    mention ``mention`` (the last occurrence of that text), and person spans over ``persons``."""
    import spacy

    from pipeline.annotations import QuoteAnnotation, register_extensions

    register_extensions()
    doc = spacy.blank("en")(text)
    start = text.index("\u201c") + 1
    end = text.index("\u201d")
    at = text.rindex(mention)
    doc._.pipeline_quotes = [QuoteAnnotation(kind="direct", start=start, end=end, confidence=0.9, cue="said",
                                             text=text[start:end], speaker=speaker, speaker_start=at,
                                             speaker_end=at + len(mention))]
    doc.spans["persons"] = [doc.char_span(text.index(p), text.index(p) + len(p)) for p in persons]
    return doc


@pytest.mark.parametrize(
    ("text", "speaker", "mention", "persons", "expected"),
    [
        # the person ruler has no span for the name, but it gives a direct quote under a full name
        ("\u201cThe ferry has not come for a week,\u201d said Moira Kells.", "Moira Kells", "Moira Kells", [],
         [Speaker("Moira Kells", "", "", "", 1)]),
        # ... or by the surname the text gave in full before
        ("Moira Kells runs the shop. \u201cThe ferry has not come,\u201d Kells said.", "Moira Kells", "Kells", [],
         [Speaker("Moira Kells", "", "", "", 1)]),
        # ... or through a pronoun
        ("Moira Kells runs the shop. \u201cThe ferry has not come,\u201d she said.", "Moira Kells", "she", [],
         [Speaker("Moira Kells", "", "", "", 1)]),
        # nor a single word
        ("\u201cThe ferry has not come,\u201d said Brennford.", "Brennford", "Brennford", [], []),
    ],
)
def test_speakers_named_by_a_direct_quote(text, speaker, mention, persons, expected):
    assert list(speakers(_quoted_doc(text, speaker, mention, persons))) == expected


def _reported_doc(text: str, speaker: str, mention: str):
    """A Doc built by hand: one reported statement (the text after "that") given to ``speaker`` through the
    mention ``mention``, and no person spans (the person ruler missed the name)."""
    import spacy

    from pipeline.annotations import QuoteAnnotation, register_extensions

    register_extensions()
    doc = spacy.blank("en")(text)
    start = text.index("that ") + 5
    at = text.index(mention)
    doc._.pipeline_quotes = [QuoteAnnotation(kind="indirect", start=start, end=len(text) - 1, confidence=0.7,
                                             cue="said", text=text[start:-1], speaker=speaker, speaker_start=at,
                                             speaker_end=at + len(mention))]
    doc.spans["persons"] = []
    return doc


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # reported speech of a full name the text writes after a role or a title
        ("National Security Adviser Tariq Mahmood told reporters that the plan was ready.", "Tariq Mahmood",
         [Speaker("Tariq Mahmood", "", "", "", 1)]),
        ("King Harald V said that the country must stay united.", "King Harald V",
         [Speaker("King Harald V", "", "", "", 1)]),
        # not a title taken for a name, nor a name with no title before it (an organization the tagger took
        # for a name)
        ("The Deputy Prime Minister said that the plan was ready.", "Deputy Prime Minister", []),
        ("Carrow Freight said that the hall had been inspected.", "Carrow Freight", []),
    ],
)
def test_speakers_titled_in_reported_speech(text, speaker, expected):
    assert list(speakers(_reported_doc(text, speaker, speaker))) == expected
