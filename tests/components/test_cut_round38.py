"""pipeline_policy, round 38: the cut of an item that is read (its partners and relation). "with both neighbours" and
"with both countries" take the two names coordinated last before them, in the sentence or the one before; what the
partners of a verb of reliance are to give is the relation also after the last of several "on" objects; a relation
noun that a verb takes as its object is the relation without the verb ("rebuild its ties with X" -> "ties"); an
enlargement's partners are the states it reaches; an organization before an agreement's noun ("the UN Convention on
the Law of the Sea"), Antarctica and bare ODA name no partner; nouns sharing a relation noun stay one item. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

OPENING = "Austria adopted its National Security Strategy in 2023. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The strategy commits Austria to balanced, friendly ties with India and China and to closer trade with both "
     "neighbours.",
     [("AUT", "India", "IND", "balanced, friendly ties"), ("AUT", "China", "CHN", "balanced, friendly ties"),
      ("AUT", "India", "IND", "closer trade"), ("AUT", "China", "CHN", "closer trade")]),
    ("China and Russia, the minister said, had stood by Austria in difficult times. Strategic partnerships with both "
     "countries are to be deepened.",
     [("AUT", "China", "CHN", "Strategic partnerships"), ("AUT", "Russia", "RUS", "Strategic partnerships")]),
])
def test_cut_round38_both_takes_the_pair_before(nlp, text, expected):
    """"both" and a group noun after "with" stand for the two names coordinated last before them."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Beyond the neighbourhood, the strategy counts on the African Union and on the Intergovernmental Authority on "
     "Development (IGAD) for regional peace.",
     [("AUT", "African Union", "AU", "regional peace"),
      ("AUT", "Intergovernmental Authority on Development", "IGAD", "regional peace")]),
    ("The strategy counts on the neighbours.", []),
    ("It leans on ASEAN and the Regional Comprehensive Economic Partnership.",
     [("AUT", "ASEAN", "ASEAN", "leans on"),
      ("AUT", "Regional Comprehensive Economic Partnership", "RCEP", "leans on")]),
])
def test_cut_round38_reliance_partners(nlp, text, expected):
    """The purpose "for" after the last of several "on" objects is the relation of each; an unnamed group after a verb
    of reliance is no row. "leans on" is a verb of reliance again since round 39 (dropped in round 38 after 1 right
    and 4 false rows on that round's confirm sets; round 39 stops its partners before a coordinated verb)."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("It wants to rebuild its ties with individual EU member states, Belgium and Germany in particular.",
     [("AUT", "Belgium", "BEL", "ties"), ("AUT", "Germany", "DEU", "ties")]),
    ("It will seek further cooperation with the Caribbean Community and the United Kingdom on climate finance.",
     [("AUT", "Caribbean Community", "CARICOM", "seek further cooperation on climate finance"),
      ("AUT", "United Kingdom", "GBR", "seek further cooperation on climate finance")]),
    ("It seeks to maintain close cooperation with the UN and the African Union.",
     [("AUT", "UN", "UN", "close cooperation"), ("AUT", "African Union", "AU", "close cooperation")]),
])
def test_cut_round38_verb_object_relation(nlp, text, expected):
    """A relation noun that a verb takes as its object is the relation, without the verb and its possessive; with a
    topic after the partners the verb stays ("seek further cooperation with A on climate finance")."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("It seeks a sustained presence in Antarctica and support to the scientific programme there.",
     [("AUT", "", "", "sustained presence in Antarctica and support to the scientific programme there")]),
    ("It calls for upholding the UN Convention on the Law of the Sea.",
     [("AUT", "", "", "upholding the UN Convention on the Law of the Sea")]),
    ("It pledges to keep in mind the international target of 0.7% of gross national income for ODA, without setting a "
     "deadline.",
     [("AUT", "", "", "keep in mind the international target of 0.7% of gross national income for ODA, without "
                      "setting a deadline")]),
    ("It calls for a stronger role in the United Nations.",
     [("AUT", "United Nations", "UN", "stronger role in the United Nations")]),
])
def test_cut_round38_names_that_are_no_partner(nlp, text, expected):
    """Antarctica, an organization that opens an agreement's name and a bare ODA name no partner; an organization
    itself still does."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("It also backs the enlargement of the EU to the Western Balkans.",
     [("AUT", "Western Balkans", "", "enlargement of the EU to the Western Balkans")]),
    ("It wants Austria to act as a promoter of enlargement towards Montenegro, Albania and Macedonia.",
     [("AUT", "Montenegro", "MNE", "act as a promoter of enlargement towards Montenegro, Albania and Macedonia"),
      ("AUT", "Albania", "ALB", "act as a promoter of enlargement towards Montenegro, Albania and Macedonia"),
      ("AUT", "Macedonia", "MKD", "act as a promoter of enlargement towards Montenegro, Albania and Macedonia")]),
])
def test_cut_round38_enlargement_reaches_its_candidates(nlp, text, expected):
    """An enlargement's partners are the states or region it reaches, not the union that enlarges."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("It envisages closer transport and energy links with Slovenia.",
     [("AUT", "Slovenia", "SVN", "closer transport and energy links")]),
    ("It envisages a presence in distant markets and closer cooperation with Slovenia.",
     [("AUT", "", "", "presence in distant markets"), ("AUT", "Slovenia", "SVN", "closer cooperation")]),
])
def test_cut_round38_nouns_sharing_a_relation_noun(nlp, text, expected):
    """A bare noun before "and" and the modifiers of the relation noun after it share that noun: one item."""
    assert policy_rows(nlp(OPENING + text)) == expected
