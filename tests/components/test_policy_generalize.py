"""pipeline_policy: phrasings found missing on the probe set (tests/data/policy_probe, issue #14), each on
sentences written for these tests, with the exact rows (owner, document, period, adopted, rank, partner,
partner_code, relation)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(p.owner_iso3, p.document, p.period_start, p.period_end, p.adopted, q.rank, q.partner,
             q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities]


CASES = [
    (  # a headline lists nothing ("Sets Out ... Course"); the body does
        "Chile Sets Out Trade Course for the Decade\n\n"
        "Chile's new Foreign Policy Strategy focuses on trade with Asia.",
        [('CHL', 'Foreign Policy Strategy', None, None, '', 1, 'Asia', '', 'trade')],
    ),
    (  # no country near the document: the state of the headline's capital owns it
        "Lisbon Approves National Security Policy\n\n"
        "LISBON, 4 June 2025 — President Marcelo Rebelo de Sousa approved the National Security Policy on "
        "Tuesday. The policy focuses on border control.",
        [('PRT', 'National Security Policy', None, None, '2025-06', 1, '', '', 'border control')],
    ),
    (  # "the Danish government presented a defence plan": an indefinite document with its owner
        "The Danish government presented a defence plan for 2024-2033 on Monday. The plan calls for a larger "
        "navy.",
        [('DNK', 'Plan', 2024, 2033, '', 1, '', '', 'larger navy')],
    ),
    (  # goal sentences in a row, in the next paragraph, after the sentence naming the document
        "Sweden's new Defence Strategy was published in May 2025. It rests on two goals.\n\n"
        "The army is to be expanded with two brigades. Air defence is to be strengthened substantially.",
        [('SWE', 'Defence Strategy', None, None, '2025-05', 1, '', '', 'expansion of army with two brigades'),
         ('SWE', 'Defence Strategy', None, None, '2025-05', 2, '', '',
          'strengthening of air defence substantially')],
    ),
    (  # "The first is to ..., The second is to ...": the items of an announced list
        "Ghana's National Development Strategy sets the country two goals. The first is to expand electricity "
        "supply. The second is to raise farm output.",
        [('GHA', 'National Development Strategy', None, None, '', 1, '', '', 'expand electricity supply'),
         ('GHA', 'National Development Strategy', None, None, '', 2, '', '', 'raise farm output')],
    ),
    (  # "names X and Y as the two pillars"
        "Austria's new Security Strategy names the European Union and the OSCE as the two pillars of its "
        "security.",
        [('AUT', 'Security Strategy', None, None, '', 1, 'European Union', 'EU', 'pillars of its security'),
         ('AUT', 'Security Strategy', None, None, '', 1, 'OSCE', 'OSCE', 'pillars of its security')],
    ),
    (  # "commits Warsaw to A and to B"; "foresees"
        "Poland's National Security Strategy commits Warsaw to a larger army and to a stronger arms industry. "
        "The document also foresees new nuclear power plants.",
        [('POL', 'National Security Strategy', None, None, '', 1, '', '', 'larger army'),
         ('POL', 'National Security Strategy', None, None, '', 2, '', '', 'stronger arms industry'),
         ('POL', 'National Security Strategy', None, None, '', 3, '', '', 'new nuclear power plants')],
    ),
    (  # "Its main goal is to ..."; "pays attention to"
        "Georgia adopted a new Foreign Policy Strategy in March 2025. Its main goal is to secure membership of "
        "the European Union. The strategy also pays attention to tourism.",
        [('GEO', 'Foreign Policy Strategy', None, None, '2025-03', 1, 'European Union', 'EU',
          'secure membership of the European Union'),
         ('GEO', 'Foreign Policy Strategy', None, None, '2025-03', 2, '', '', 'tourism')],
    ),
    (  # "X is described as a priority": a relation head ("participation in ...") keeps its partners
        "Armenia's National Security Strategy was adopted in July 2020. In the document, participation in the "
        "Eurasian Economic Union is described as a priority.",
        [('ARM', 'National Security Strategy', None, None, '2020-07', 1, 'Eurasian Economic Union', 'EAEU',
          'participation in the Eurasian Economic Union is described as a priority')],
    ),
    (  # a goal sentence whose subject is a coordinated list of partners: one row each
        "Mexico's Foreign Policy Strategy was adopted in 2024. It says that ties with Brazil, Chile and Peru "
        "are to be deepened.",
        [('MEX', 'Foreign Policy Strategy', None, None, '2024', 1, 'Brazil', 'BRA',
          'ties with Brazil, Chile and Peru are to be deepened'),
         ('MEX', 'Foreign Policy Strategy', None, None, '2024', 1, 'Chile', 'CHL',
          'ties with Brazil, Chile and Peru are to be deepened'),
         ('MEX', 'Foreign Policy Strategy', None, None, '2024', 1, 'Peru', 'PER',
          'ties with Brazil, Chile and Peru are to be deepened')],
    ),
    (  # "Such strikes are to be limited ...": more about an item already given, no item of its own
        "Japan's Defence Strategy calls for a counterstrike capability. Such strikes are to be limited to "
        "self-defence.",
        [('JPN', 'Defence Strategy', None, None, '', 1, '', '', 'counterstrike capability')],
    ),
    (  # a minister's statement of priorities (no document), continued in the speaker's next sentences
        "Foreign Minister Ana Lopez listed closer ties with Brazil among the most urgent tasks of Uruguay's "
        "foreign policy. She said the ministry would also seek to deepen the partnership with Argentina.",
        [('URY', '', None, None, '', 1, 'Brazil', 'BRA', 'closer ties'),
         ('URY', '', None, None, '', 2, 'Argentina', 'ARG', 'partnership')],
    ),
]

CASES_2 = [
    (  # "the charter" refers back; "introduces"; a quotation inside the item stays in it
        "Japan's cabinet approved a new Development Cooperation Charter in June 2023. The charter introduces "
        'an "offer-type" approach to aid.',
        [('JPN', 'Development Cooperation Charter', None, None, '2023-06', 1, '', '', '"offer-type" approach to aid')],
    ),
    (  # a colon list of gerunds: a quoted phrase, then "and co-creating" (a verb the parser misreads)
        "Japan's new Development Cooperation Charter identifies three basic policies: contributing to peace, "
        'building a new era of "human security", and co-creating social values with developing countries.',
        [('JPN', 'Development Cooperation Charter', None, None, '', 1, '', '', 'contributing to peace'),
         ('JPN', 'Development Cooperation Charter', None, None, '', 2, '', '', 'new era of "human security'),
         ('JPN', 'Development Cooperation Charter', None, None, '', 3, 'developing countries', '',
          'co-creating social values')],
    ),
    (  # two nouns with their own complements are two items
        "Peru's National Security Policy focuses on the fight against drug trafficking and the protection of "
        "the Amazon.",
        [('PER', 'National Security Policy', None, None, '', 1, '', '', 'fight against drug trafficking'),
         ('PER', 'National Security Policy', None, None, '', 2, '', '', 'protection of the Amazon')],
    ),
    (  # "while keeping a partnership with X" is the document's aim too
        "Kenya's Foreign Policy Strategy calls for closer ties with Ethiopia while keeping a strategic "
        "partnership with the United States.",
        [('KEN', 'Foreign Policy Strategy', None, None, '', 1, 'Ethiopia', 'ETH', 'closer ties'),
         ('KEN', 'Foreign Policy Strategy', None, None, '', 2, 'United States', 'USA', 'strategic partnership')],
    ),
    (  # ", to which ..." and ", where ..." end an item
        "Ghana's Foreign Policy Strategy calls for a larger role in peacekeeping, to which the country has sent "
        "troops for decades. It also calls for stronger trade in West Africa, where most of its exports go.",
        [('GHA', 'Foreign Policy Strategy', None, None, '', 1, '', '', 'larger role in peacekeeping'),
         ('GHA', 'Foreign Policy Strategy', None, None, '', 2, '', '', 'stronger trade in West Africa')],
    ),
    (  # "X is described as a priority" goes on about the document into the next paragraph
        "Serbia's Foreign Policy Strategy was adopted in 2024. It calls for closer ties with China.\n\n"
        "Membership of the European Union is described as a priority.",
        [('SRB', 'Foreign Policy Strategy', None, None, '2024', 1, 'China', 'CHN', 'closer ties'),
         ('SRB', 'Foreign Policy Strategy', None, None, '2024', 2, 'European Union', 'EU',
          'Membership of the European Union is described as a priority')],
    ),
    (  # "the text" refers back; goal sentences follow it
        "Italy's Defence Strategy was published in 2025. Two goals run through the text. The navy is to be "
        "modernised. Cyber defence is to be expanded.",
        [('ITA', 'Defence Strategy', None, None, '2025', 1, '', '', 'modernisation of navy'),
         ('ITA', 'Defence Strategy', None, None, '2025', 2, '', '', 'expansion of cyber defence')],
    ),
]

CASES_3 = [
    (  # a country's priorities with no document, interrupted by the attribution; "the new US administration"
        "Spain's priorities for 2025, the minister said, are to deepen ties with Morocco and to keep the dialogue "
        "with the new US administration open.",
        [('ESP', '', None, None, '', 1, 'Morocco', 'MAR', 'ties'),
         ('ESP', '', None, None, '', 2, 'US', 'USA', 'dialogue')],
    ),
    (  # "Portuguese foreign policy ... will concentrate on X, the minister said": no attribution item (a place's
        # name alone, "the Atlantic", is no item since round 16: the object is a common noun phrase here)
        "Portuguese foreign policy will concentrate on ocean science, Foreign Minister Paulo Rangel said on Monday.",
        [('PRT', '', None, None, '', 1, '', '', 'ocean science')],
    ),
    (  # "says that X must ...", "wants to", "remains a key goal"; a topic after the partner ("on Syria")
        "Estonia's National Security Strategy was approved in May 2023. The strategy says that allied troops "
        "must stay in the country. Estonia also wants to expand cooperation with Finland on energy. Cyber "
        "defence remains a key goal.",
        [('EST', 'National Security Strategy', None, None, '2023-05', 1, '', '',
          'allied troops must stay in the country'),
         ('EST', 'National Security Strategy', None, None, '2023-05', 2, 'Finland', 'FIN',
          'expand cooperation on energy'),
         ('EST', 'National Security Strategy', None, None, '2023-05', 3, '', '', 'Cyber defence remains a key goal')],
    ),
    (  # a framework named by its title (not by the headline's capitals); "They are: A; B."
        "Nairobi Outlines Priorities in New Plan\n\nKenya has released the Medium-Term National Development "
        "Framework for 2023-2027. The framework is organised around two goals. They are: creating jobs for young "
        "people; and building affordable housing.",
        [('KEN', 'Medium-Term National Development Framework', 2023, 2027, '', 1, '', '',
          'creating jobs for young people'),
         ('KEN', 'Medium-Term National Development Framework', 2023, 2027, '', 2, '', '', 'affordable housing')],
    ),
]

CASES_4 = [
    (  # names only after a cue: the cue says what they get; the owner's future predicates are priorities,
        # not its restraints ("will not") nor stances ("will remain")
        "Greek Diplomacy Looks East\n\nATHENS, 3 March 2025 — Greek foreign policy will give special attention "
        "to Cyprus and Egypt, the minister said on Monday. Athens will also expand its presence in the Gulf. "
        "Greece will not join any new alliance and will remain a loyal member of NATO.",
        [('GRC', '', None, None, '', 1, 'Cyprus', 'CYP', 'give special attention'),
         ('GRC', '', None, None, '', 1, 'Egypt', 'EGY', 'give special attention'),
         ('GRC', '', None, None, '', 2, '', '', 'expand its presence in the Gulf')],
    ),
    (  # a country's foreign minister saying what the ministry will do is a statement; a person's remit
        # ("responsible for relations with ...") is no priority
        "Peru's Foreign Minister Elmer Schialer said on Monday that his ministry would concentrate on trade with "
        "Asia. His deputy, responsible for relations with Europe, did not speak.",
        [('PER', '', None, None, '', 1, 'Asia', '', 'trade')],
    ),
    (  # a country pursuing a foreign policy owns the statement; "puts X at its core"
        "Uruguay will pursue a foreign policy that puts trade at its core, the minister told senators on Monday.",
        [('URY', '', None, None, '', 1, '', '', 'trade')],
    ),
    (  # "rested on five pillars:" (past tense)
        "Kenya's Foreign Policy Strategy was launched in 2024. The minister said the strategy rested on three "
        "pillars: economic diplomacy, peace diplomacy and cultural diplomacy.",
        [('KEN', 'Foreign Policy Strategy', None, None, '2024', 1, '', '', 'economic diplomacy'),
         ('KEN', 'Foreign Policy Strategy', None, None, '2024', 2, '', '', 'peace diplomacy'),
         ('KEN', 'Foreign Policy Strategy', None, None, '2024', 3, '', '', 'cultural diplomacy')],
    ),
    (  # a headline's document without owner is not the state the headline also names; another state's
        # "policy" is its conduct, no document
        "Lisbon Signs Security Strategy Putting Russia Threat First\n\nPortugal's National Security Strategy "
        "calls for a larger navy. The strategy describes the policy of Russia as a threat. It also calls for new "
        "patrol aircraft.",
        [('PRT', 'National Security Strategy', None, None, '', 1, '', '', 'larger navy'),
         ('PRT', 'National Security Strategy', None, None, '', 2, '', '', 'new patrol aircraft')],
    ),
    (  # "X is also high on the agenda"
        "Norway's new Arctic Strategy was adopted in 2024. It calls for more research stations. Cooperation with "
        "Iceland is also high on the agenda.",
        [('NOR', 'Arctic Strategy', None, None, '2024', 1, '', '', 'more research stations'),
         ('NOR', 'Arctic Strategy', None, None, '2024', 2, 'Iceland', 'ISL',
          'Cooperation with Iceland is also high on the agenda')],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_4)
def test_probe_phrasings_intents(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_3)
def test_probe_phrasings_statements(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_2)
def test_probe_phrasings_lists(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_probe_phrasings(nlp, text, expected):
    assert _rows(nlp(text)) == expected
