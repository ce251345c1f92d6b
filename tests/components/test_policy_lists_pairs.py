"""pipeline_policy: partners named in pairs ("with A and B") and regions as partners ("with Central Asia, the Gulf
and Africa"), on sentences written for these tests, with the exact rows (owner, document, period, adopted, rank,
partner, partner_code, relation)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(p.owner_iso3, p.document, p.period_start, p.period_end, p.adopted, q.rank, q.partner,
             q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities]


CASES = [
    (  # two countries joined by "and": two rows sharing the relation
        "Italy's new Foreign Policy Strategy aims to strengthen ties with Germany and France.",
        [('ITA', 'Foreign Policy Strategy', None, None, '', 1, 'Germany', 'DEU', 'ties'),
         ('ITA', 'Foreign Policy Strategy', None, None, '', 1, 'France', 'FRA', 'ties')],
    ),
    (  # two regions joined by "and", the second with its "the": both are partners, without a code
        "Thailand's Foreign Policy Strategy aims to deepen cooperation with Southeast Asia and the Gulf.",
        [('THA', 'Foreign Policy Strategy', None, None, '', 1, 'Southeast Asia', '', 'cooperation'),
         ('THA', 'Foreign Policy Strategy', None, None, '', 1, 'Gulf', '', 'cooperation')],
    ),
    (  # a comma list of regions after "with": one item, three partners
        "Kazakhstan's Foreign Policy Concept calls for deeper cooperation with Central Asia, the Gulf and Africa.",
        [('KAZ', 'Foreign Policy Concept', None, None, '', 1, 'Central Asia', '', 'deeper cooperation'),
         ('KAZ', 'Foreign Policy Concept', None, None, '', 1, 'Gulf', '', 'deeper cooperation'),
         ('KAZ', 'Foreign Policy Concept', None, None, '', 1, 'Africa', '', 'deeper cooperation')],
    ),
    (  # a region beside named partners is a partner too
        "Chile's Foreign Policy Strategy seeks deeper relations with Europe, the Pacific Alliance and APEC.",
        [('CHL', 'Foreign Policy Strategy', None, None, '', 1, 'Europe', '', 'deeper relations'),
         ('CHL', 'Foreign Policy Strategy', None, None, '', 1, 'Pacific Alliance', 'Pacific Alliance',
          'deeper relations'),
         ('CHL', 'Foreign Policy Strategy', None, None, '', 1, 'APEC', 'APEC', 'deeper relations')],
    ),
    (  # "cooperate with A and B on Y": the verb and a bare noun phrase after the partners are the relation
        "Norway's Defence Strategy says Oslo will cooperate with Denmark and Iceland on Arctic security.",
        [('NOR', 'Defence Strategy', None, None, '', 1, 'Denmark', 'DNK', 'cooperate on Arctic security'),
         ('NOR', 'Defence Strategy', None, None, '', 1, 'Iceland', 'ISL', 'cooperate on Arctic security')],
    ),
    (  # a gerund before "with" and a group partner
        "Australia's Defence Strategy commits Canberra to working with Pacific island nations on fisheries "
        "protection.",
        [('AUS', 'Defence Strategy', None, None, '', 1, 'Pacific island nations', '',
          'working on fisheries protection')],
    ),
    (  # a subject of two relation phrases, each with its own partner: two items
        "Morocco's Foreign Policy Strategy was adopted in May. The strategic partnership with France and the "
        "comprehensive partnership with the European Union are to be strengthened.",
        [('MAR', 'Foreign Policy Strategy', None, None, '', 1, 'France', 'FRA', 'strategic partnership'),
         ('MAR', 'Foreign Policy Strategy', None, None, '', 2, 'European Union', 'EU', 'comprehensive partnership')],
    ),
]


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_pairs_and_regions(nlp, text, rows):
    assert _rows(nlp(text)) == rows
