"""pipeline_person_ruler and pipeline_org_ruler, round 22: mechanisms of the round-20 sets that recur on older
development sets (sentences written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows


def _orgs(doc):
    return [s.text for s in doc.spans["organizations"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb between "who" and the head verb
        ("Deputy Mayor Ines Valdro, who also runs the Department of Harbour Works, said the pier would reopen.",
         [("Ines Valdro", "deputy mayor", "Department of Harbour Works", "")]),
        # the head verb governs a part of the institution written in lower case
        ("Petra Lindholm, who leads the field team of the Nordic Relief Agency in Gao, said the road was closed.",
         [("Petra Lindholm", "head", "Nordic Relief Agency", "")]),
        ("Omar Selvik, who heads export promotion at Norway's Maritime Trade Council, praised the deal.",
         [("Omar Selvik", "head", "Maritime Trade Council", "NOR")]),
        # a name partly described in lower case (the gazetteer's form): the acronym after it
        ("Peter Novak, who heads the office of the UN refugee agency (UNHCR) in Narva, said crossings fell.",
         [("Peter Novak", "head", "UNHCR", "")]),
    ],
)
def test_affiliations_relative_clause_head_verbs(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description before the relative clause of work
        ("Daniel Pruitt, a former Irish customs negotiator who now teaches at Linwood University, doubted it.",
         [("Daniel Pruitt", "former customs negotiator", "Linwood University", "IRL")]),
        # a second work verb joined by "and"
        ("Rosa Menard, who worked on the census team and now lectures on statistics at Corbin College, agreed.",
         [("Rosa Menard", "", "Corbin College", "")]),
    ],
)
def test_affiliations_work_clause_after_a_description_or_and(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_military_rank_is_a_title(nlp):
    doc = nlp("Colonel Tarek al-Mansouri, deputy commander of the Omani Border Police, said the patrols would go on.")
    assert [(s.text, s.kb_id_) for s in doc.spans["persons"]][0] == ("Tarek al-Mansouri", "Tarek al-Mansouri")
    assert ("Tarek al-Mansouri", "deputy commander", "Omani Border Police", "") in affiliation_rows(doc)


def test_affiliations_possessive_country_of_two_words(nlp):
    doc = nlp("The launch was detected early, said Kim Sun-ho, a spokesman for South Korea's Naval Operations Command.")
    assert affiliation_rows(doc) == [("Kim Sun-ho", "spokesman", "Naval Operations Command", "KOR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the service": the organization of that kind that is the topic, whatever its own name's head
        ("According to the Coast Watch, 40 boats were stopped in May. Lena Harju, a spokeswoman for the service, "
         "said the numbers were rising.",
         [("Lena Harju", "spokeswoman", "Coast Watch", "")]),
    ],
)
def test_affiliations_role_for_the_organization_noun(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Secretary of State for Internal and Justice Affairs, Marco Pelli, opened the session.",
         [("Marco Pelli", "secretary of state for internal and justice affairs", "", "")]),
        ("The Minister of State for Budget and Statistics, Ada Okoro, told the committee that the plan was ready.",
         [("Ada Okoro", "minister of state for budget and statistics", "", "")]),
    ],
)
def test_affiliations_title_of_state_with_portfolio(nlp, text, expected):
    doc = nlp(text)
    assert affiliation_rows(doc) == expected
    assert _orgs(doc) == []


def test_affiliations_a_councillor_for_a_named_group(nlp):
    doc = nlp("The opposition disagreed. Ivo Marchetti, a councillor for the Civic Renewal group, called it rushed.")
    assert affiliation_rows(doc) == [("Ivo Marchetti", "councillor", "Civic Renewal", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks stalled after the Houthi movement rejected the ceasefire terms on Friday.", ["Houthi"]),
        ("The Russian company left the market in May.", []),
    ],
)
def test_org_ruler_people_name_with_its_kind(nlp, text, expected):
    assert _orgs(nlp(text)) == expected
