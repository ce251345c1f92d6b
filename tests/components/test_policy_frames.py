"""pipeline_policy: how a text introduces the document (or statement) whose priorities it lists, and who owns it: a
country quoted in the headline as a policy's title, a capitalised compound noun between owner and document, a
programme named by a clause on it, priorities a minister presented or set out, another state's activity programme,
a presidency or council term as the frame of a statement, a ministry speaking in news, and a company described by
its country. Sentences written for these tests."""

from __future__ import annotations

from pipeline.components.policy.mentions import find_mentions
from pipeline.components.policy.owners import quoted
from pipeline.components.policy.selves import person_relative


def _documents(doc):
    return [(p.owner_iso3, p.document) for p in doc._.pipeline_policies]


def _rows(doc):
    return [(p.owner_iso3, q.partner_code, q.text) for p in doc._.pipeline_policies for q in p.priorities]


def test_policy_quoted_country_of_the_headline_owns_nothing():
    """A country inside quotation marks is a word of a title ("“Australia First”"), not the line's country."""
    line = "Fiji Plan Puts Oceans and “Australia First” at the Centre"
    assert quoted(line, line.index("Australia")) is True
    assert quoted(line, line.index("Fiji")) is False
    assert quoted('The "Look East" policy of Nepal', len('The "Look East" policy of ')) is False


def test_policy_headline_owner_skips_a_quoted_policy_title(nlp):
    text = ("Fiji Action Plan Puts Oceans and “Australia First” at the Centre of Diplomacy\n\n"
            "June 2021 — Prime Minister Frank Bainimarama’s government has launched its Strategic Development Plan "
            "2021–2025, a five-year programme for every ministry. The plan commits Fiji to closer ties with New "
            "Zealand and to the protection of the oceans.")
    doc = nlp(text)
    assert _documents(doc) == [("FJI", "Strategic Development Plan")]
    assert ("FJI", "NZL", "closer ties with New Zealand") in _rows(doc)


def test_policy_owner_before_a_capitalised_compound_noun(nlp):
    """"Ireland’s Aid Strategy": the headline's generic noun is owned across the noun that modifies it."""
    text = ("Ireland’s Aid Strategy: A Summary\n\nThe strategy puts the fight against hunger first. It also seeks "
            "closer cooperation with Ethiopia and Malawi.")
    doc = nlp(text)
    assert _documents(doc) == [("IRL", "Strategy")]
    assert ("IRL", "ETH", "closer cooperation with Ethiopia and Malawi") in _rows(doc)


def test_policy_programme_named_by_a_clause_on_it(nlp):
    """"a programme he calls the Plan for an Emerging Senegal": the clause names the document."""
    text = ("When Macky Sall became president of Senegal in 2012, he brought with him a programme he calls the Plan "
            "for an Emerging Senegal. The programme puts the fight against hunger first and seeks closer trade with "
            "Mali.")
    doc = nlp(text)
    assert _documents(doc) == [("SEN", "Plan for an Emerging Senegal")]
    assert ("SEN", "MLI", "closer trade with Mali") in _rows(doc)


def test_policy_priorities_a_minister_presented_are_the_government_s(nlp):
    """"a list of priorities that Foreign Minister X presented": the person speaks for the government; "the
    priorities that critics listed" are nobody's."""
    lexicon = nlp.get_pipe("pipeline_policy").lexicon
    doc = nlp("Its pledges were followed by a list of priorities that Foreign Minister Inia Seruiratu presented in "
              "Geneva last year.")
    noun = next(t for t in doc if t.lower_ == "priorities")
    assert person_relative(noun, lexicon.person_nouns, lexicon.issuing_verbs) is True
    doc = nlp("Its pledges were followed by a list of priorities that the court rejected last year.")
    noun = next(t for t in doc if t.lower_ == "priorities")
    assert person_relative(noun, lexicon.person_nouns, lexicon.issuing_verbs) is False


def test_policy_another_state_s_nuclear_programme_is_no_document(nlp):
    """"halting Iran's nuclear programme" is a priority of the minister's statement, not Iran's document."""
    text = ("New Israeli Foreign Minister Sets Out Agenda\n\nJERUSALEM, 2 March 2025 — The new foreign minister used "
            "his first speech to lay out the ministry's priorities. The first is closer ties with India. A second "
            "goal, he said, is halting Iran's nuclear programme.")
    doc = nlp(text)
    assert [o for o, _ in _documents(doc)] == ["ISR"]
    assert ("ISR", "IRN", "halting Iran's nuclear programme") in _rows(doc)


def test_policy_ministry_speaking_in_news_states_no_priorities(nlp):
    """A foreign ministry that "said" something in a text naming no priority, goal, task or agenda is news."""
    text = ("Chile Protests Over Fishing Fleet\n\nSANTIAGO, 4 May 2024 — Chile's Foreign Ministry said on Thursday "
            "that it wants closer talks with Peru over the fishing fleet seen off Arica, and called for calm.")
    assert _documents(nlp(text)) == []


def test_policy_presidency_taken_over_frames_a_statement(nlp):
    """"Poland took over the rotating presidency of the Council": what the presidency will do is Poland's."""
    text = ("Warsaw Sets Out Its EU Presidency Programme\n\nWARSAW, 2 January 2025 — Poland took over the rotating "
            "presidency of the Council of the European Union on Wednesday. Under the motto \"Security, Europe!\", "
            "the presidency will focus on defence, energy security and closer ties with Ukraine.")
    doc = nlp(text)
    assert _documents(doc) == [("POL", "")]
    assert ("POL", "UKR", "closer ties with Ukraine") in _rows(doc)


def test_policy_council_term_begun_frames_a_statement(nlp):
    text = ("Ghana Lays Out Its Goals for Security Council Term\n\nACCRA, 4 January 2022 — Ghana began a two-year "
            "term on the United Nations Security Council this week. During its term, Ghana intends to focus on "
            "maritime security in the Gulf of Guinea and closer cooperation with Nigeria.")
    assert _documents(nlp(text)) == [("GHA", "")]


def test_policy_priorities_a_president_set_out_are_the_government_s(nlp):
    """"President X outlined five priorities": the person's issuing verb makes the statement the government's."""
    lexicon = nlp.get_pipe("pipeline_policy").lexicon
    doc = nlp("In his address on Tuesday, President Nana Akufo-Addo outlined five priorities for the year ahead.")
    [m] = [m for m in find_mentions(doc, lexicon) if m.statement]
    assert m.governed is True


def test_policy_foreign_policy_his_government_will_pursue(nlp):
    """"his government would pursue a proactive foreign policy": the government's statement, the text's country."""
    text = ("Thailand's New Premier Names Foreign Policy Goals\n\nBANGKOK, 12 September 2023 — Thailand's new prime "
            "minister, Srettha Thavisin, told parliament on Monday that his government would pursue a \"proactive\" "
            "foreign policy. Its main goals are closer economic ties with China and India and a stronger voice "
            "within ASEAN.")
    doc = nlp(text)
    assert _documents(doc) == [("THA", "")]
    assert ("THA", "ASEAN", "a stronger voice within ASEAN") in _rows(doc)


def test_policy_a_company_described_by_its_country_owns_no_strategy(nlp):
    """"Norwegian Ferry Operator Sets Out Growth Strategy": a company's strategy, not Norway's."""
    text = ("Norwegian Ferry Operator Sets Out Growth Strategy\n\nSTAVANGER, 3 March 2025 — Nordsjø Lines, a "
            "family-owned ferry company, set out a new corporate strategy on Monday. The strategy focuses on larger "
            "ships and a new route to Denmark.")
    assert _documents(nlp(text)) == []
