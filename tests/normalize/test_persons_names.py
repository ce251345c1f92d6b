"""Person names: parsing, compatibility (same person or not), resolution within and across documents."""

import pytest

from pipeline.normalize.clusters import Overrides
from pipeline.normalize.lexicons import Lexicons
from pipeline.normalize.persons import PersonName, compatible, resolve_persons

TITLES = Lexicons.load().person_titles


def _p(text):
    return PersonName.parse(text, TITLES)


@pytest.mark.parametrize(
    ("text", "display", "keys"),
    [
        ("Deputy Foreign Minister Ravshan Nazarov", "Ravshan Nazarov", ("ravshan", "nazarov")),
        ("Dr. R. A. Nazarov", "R. A. Nazarov", ("r", "a", "nazarov")),
        ("NAZAROV Ravshan", "NAZAROV Ravshan", ("nazarov", "ravshan")),
        ("Nazarov, Ravshan", "Ravshan Nazarov", ("ravshan", "nazarov")),
        ("President Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", ("kasim", "jomart", "tokaev")),
        ("Zh. Tokayev", "Zh. Tokayev", ("zh", "tokaev")),
    ],
)
def test_persons_parse(text, display, keys):
    name = _p(text)
    assert (name.display, name.keys) == (display, keys)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Ravshan Nazarov", "NAZAROV Ravshan", True),
        ("Ravshan Nazarov", "Ravshan Nazarow", True),
        ("Kassym-Jomart Tokayev", "Kasym Zhomart Tokaev", True),
        ("Aleksandr Petrov", "Alexander Petrov", True),
        ("Ravshan Nazarov", "Ravshan Akhmedovich Nazarov", True),
        ("R. Nazarov", "Ravshan Nazarov", True),
        ("Zh. Tokayev", "Jomart Tokayev", True),
        ("President Tokayev", "Kassym-Jomart Tokayev", True),
        ("Ravshan Nazarov", "Rustam Nazarov", False),
        ("Ravshan Nazarov", "Ravshan Nazarova", False),
        ("B. Nazarov", "Ravshan Nazarov", False),
        ("Ravshan A. Nazarov", "Ravshan B. Nazarov", False),
        ("Marat Saidov", "Murat Saidov", False),
    ],
)
def test_persons_compatible(a, b, expected):
    assert compatible(_p(a), _p(b)) is expected


def _groups(items, **kw):
    clusters = resolve_persons({i: 1 for i in items}, titles=TITLES, **kw)
    return sorted(sorted(k for _, k in c.items) for c in clusters), {c.canonical for c in clusters}


@pytest.mark.parametrize(
    ("items", "groups"),
    [
        # surname-only and title + surname link to the full name of their document
        ([("a", "Ravshan Nazarov"), ("a", "Nazarov"), ("a", "Professor Nazarov")],
         [["Nazarov", "Professor Nazarov", "Ravshan Nazarov"]]),
        # two Nazarovs in one document: the bare surname is ambiguous and stays alone
        ([("a", "Ravshan Nazarov"), ("a", "Rustam Nazarov"), ("a", "Nazarov")],
         [["Nazarov"], ["Ravshan Nazarov"], ["Rustam Nazarov"]]),
        # ... but initials tell them apart
        ([("a", "Ravshan Nazarov"), ("a", "Bakhtiyor Nazarov"), ("a", "B. Nazarov"), ("b", "R. Nazarov")],
         [["B. Nazarov", "Bakhtiyor Nazarov"], ["R. Nazarov", "Ravshan Nazarov"]]),
        # across documents: transliteration, word order, a lone surname unique in the corpus
        ([("a", "Zhanibek Khodzhayev"), ("b", "Janibek Hodjaev"), ("c", "KHODZHAYEV Zhanibek"), ("d", "Khodzhayev")],
         [["Janibek Hodjaev", "KHODZHAYEV Zhanibek", "Khodzhayev", "Zhanibek Khodzhayev"]]),
        # a feminine surname is another person
        ([("a", "Dilnoza Karimova"), ("b", "Dilshod Karimov"), ("c", "Karimova")],
         [["Dilnoza Karimova", "Karimova"], ["Dilshod Karimov"]]),
    ],
)
def test_persons_resolve_groups(items, groups):
    assert _groups(items)[0] == groups


def test_persons_canonical_is_most_frequent_full_form():
    items = {("a", "Ravshan Nazarov"): 3, ("b", "NAZAROV Ravshan"): 3, ("c", "Ravshan Nazarow"): 1, ("c", "Nazarow"): 5}
    (cluster,) = resolve_persons(items, titles=TITLES)
    assert cluster.canonical == "Ravshan Nazarov"


def test_persons_override_merge_and_separate():
    items = [("a", "Ravshan Nazarov"), ("b", "Ravshan Nazarow"), ("c", "Rav Nazarov")]
    assert _groups(items)[0] == [["Rav Nazarov"], ["Ravshan Nazarov", "Ravshan Nazarow"]]
    merge = Overrides({("PERSON", "rav nazarov"): "Ravshan Nazarov"})
    assert _groups(items, overrides=merge)[0] == [["Rav Nazarov", "Ravshan Nazarov", "Ravshan Nazarow"]]
    split = Overrides(separate=frozenset({("PERSON", "ravshan nazarow")}))
    assert _groups(items, overrides=split)[0] == [["Rav Nazarov"], ["Ravshan Nazarov"], ["Ravshan Nazarow"]]
