"""pipeline_policy: recall of priorities in phrasings the rules did not read (issue #14, round 15): a document
named by the abbreviation the text gives it ("the National Green Growth Plan (NGGP)" ... "The NGGP ..."), a series
whose parts semicolons separate ("three pillars: A and B; C and D; and E"), a list of themes between dashes after a
list noun ("rests on four pillars — A, B, C and D —"), "is organised into N themes:", and "Goals include A and B"
after a sentence about the document. Texts written for these tests; exact rows (owner, document, partner, code,
relation)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(p.owner_iso3, p.document, q.partner, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]


HEAD = "Laos Adopts New Growth Plan\n\nVIENTIANE, 3 March 2025 — Laos's government on Monday adopted "
NGGP = ("LAO", "National Green Growth Plan")
NPR = ("LAO", "Second National Plan for Renewal")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        HEAD + "the National Green Growth Plan (NGGP), which covers 2025 to 2030.\n\nThe NGGP is built on three "
        "pillars: clean energy and transport; fair jobs and skills; and healthy rivers and forests.",
        [(*NGGP, "", "", "clean energy and transport"), (*NGGP, "", "", "fair jobs and skills"),
         (*NGGP, "", "", "healthy rivers and forests")],
        id="abbreviation-in-brackets-and-semicolon-parts"),
    pytest.param(
        HEAD + "the Second National Plan for Renewal, known as NPR2, which covers 2025 to 2030.\n\nNPR2 intends to "
        "end child malnutrition, to widen secondary schooling and to cut maternal deaths.\n\nGoals include "
        "attracting foreign tourists and building new rail links.",
        [(*NPR, "", "", "end child malnutrition"), (*NPR, "", "", "widen secondary schooling"),
         (*NPR, "", "", "cut maternal deaths"), (*NPR, "", "", "attracting foreign tourists"),
         (*NPR, "", "", "new rail links")],
        id="known-as-abbreviation-and-goals-include"),
    pytest.param(
        HEAD + "a National Green Growth Plan for 2025 to 2030.\n\nThe plan is organised into four themes: people "
        "and society; economy and growth; institutions; and a cleaner environment.",
        [(*NGGP, "", "", "people and society"), (*NGGP, "", "", "economy and growth"),
         (*NGGP, "", "", "institutions"), (*NGGP, "", "", "cleaner environment")],
        id="organised-into-themes"),
    pytest.param(  # names of the parts between the dashes are themes, no partners
        HEAD + "a National Green Growth Plan for 2025 to 2030.\n\nThe plan rests on four pillars — Green Society, "
        "Green Economy, Green Diplomacy and Green Cities — and sets targets for each.",
        [(*NGGP, "", "", "Green Society"), (*NGGP, "", "", "Green Economy"), (*NGGP, "", "", "Green Diplomacy"),
         (*NGGP, "", "", "Green Cities")],
        id="parts-between-dashes"),
])
def test_recall_phrasings(nlp, text, expected):
    assert _rows(nlp(text)) == expected


def test_abbreviation_before_its_name_is_no_mention(nlp):
    """An abbreviation the text uses before it gives it (in the headline) names nothing yet; a series with a
    semicolon whose parts are clauses keeps its usual split."""
    text = ("NGGP Explained\n\nVIENTIANE, 3 March 2025 — Laos's government on Monday adopted the National Green "
            "Growth Plan (NGGP). The NGGP calls for cleaner buses, new dams and better roads.")
    assert _rows(nlp(text)) == [(*NGGP, "", "", "cleaner buses"), (*NGGP, "", "", "new dams"),
                                (*NGGP, "", "", "better roads")]


GHA = ("GHA", "National Development Plan")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # the minister named in apposition to the subject states the priorities; "ranked/placed X first"
        "Chile's Foreign Minister Sets Out Tasks\n\nSANTIAGO, 5 May 2025 — Chile's foreign minister, Ana Rojas, used "
        "a speech to parliament on Monday to set out the priorities of Chilean foreign policy for the year.\n\n"
        "Rojas ranked the defence of free trade first. She placed ocean protection second.",
        [("CHL", "", "", "", "defence of free trade"), ("CHL", "", "", "", "ocean protection")],
        id="ranked-first-by-the-minister-in-apposition"),
    pytest.param(  # a country's agenda is a statement of its priorities
        "Peru's Year at the Helm\n\nLIMA, 12 January 2024 — Peru has taken over the chair of the regional forum. The "
        "minister said Peru's agenda for the year rests on three priorities:\n\n1. clean water for every town;\n"
        "2. faster broadband in rural areas;\n3. safer roads.",
        [("PER", "", "", "", "clean water for every town"), ("PER", "", "", "", "faster broadband in rural areas"),
         ("PER", "", "", "", "safer roads")],
        id="a-countrys-agenda-numbered"),
    pytest.param(  # "targets", "commits the authorities to", "recommends", "is named as a further goal" (the subject
        # alone), "was committed to A and to B"
        "Ghana Adopts Growth Plan\n\nACCRA, 3 June 2025 — Ghana's cabinet approved the National Development Plan on "
        "Monday. The plan targets a fall in youth unemployment, and it commits the authorities to raising tax "
        "revenue. The plan also recommends the creation of a housing bank.\n\nMaintaining low inflation is named "
        "as a further goal.\n\nThe minister said the government was committed to free trade and to the promotion "
        "of local crafts.",
        [(*GHA, "", "", "fall in youth unemployment"), (*GHA, "", "", "raising tax revenue"),
         (*GHA, "", "", "creation of a housing bank"), (*GHA, "", "", "Maintaining low inflation"),
         (*GHA, "", "", "free trade"), (*GHA, "", "", "promotion of local crafts")],
        id="targets-commits-recommends-further-goal-committed"),
    pytest.param(  # ordinal sentences with "concerns" and "is about" go on about the document
        "Thailand Adopts Strategy\n\nBANGKOK, 8 November 2018 — Thailand's National Strategy came into force last "
        "month.\n\nThe vision is summed up in three words, and the plan pursues it through six strategies. The first "
        "concerns national security. The second is about enhancing the country's competitiveness.",
        [("THA", "National Strategy", "", "", "national security"),
         ("THA", "National Strategy", "", "", "enhancing the country's competitiveness")],
        id="the-first-concerns"),
])
def test_recall_statements_and_goal_sentences(nlp, text, expected):
    assert _rows(nlp(text)) == expected


def test_rated_subject_alone(nlp):
    """A subject cue that rates its subject ("remains a key priority for the plan"): the subject is the relation."""
    text = ("Ghana Adopts Growth Plan\n\nACCRA, 3 June 2025 — Ghana's cabinet approved the National Development Plan "
            "on Monday. Food security remains a key priority for the plan.")
    assert _rows(nlp(text)) == [(*GHA, "", "", "Food security")]
