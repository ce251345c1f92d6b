"""pipeline_policy: priorities from the ways news phrases a policy document (issue #14): one case per phrasing,
on sentences written for these tests, with the exact rows (owner, document, period, adopted, rank, partner,
partner_code, relation)."""

from __future__ import annotations

import pytest

from pipeline.components.policy.dates import dateline


def _rows(doc):
    return [(p.owner_iso3, p.document, p.period_start, p.period_end, p.adopted, q.rank, q.partner,
             q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities]


CASES = [
    (  # focuses on; owner "the German government"; dateline + "approved on Wednesday"; "building X" -> relation X
        "BERLIN, 14 June 2023 — The German government approved on Wednesday the country's first National "
        'Security Strategy. The strategy focuses on strengthening the Bundeswehr, protecting critical '
        'infrastructure and building national resilience.',
        [
            ('DEU', 'National Security Strategy', None, None, '2023-06', 1, '', '', 'Bundeswehr'),
            ('DEU', 'National Security Strategy', None, None, '2023-06', 2, '', '',
             'protecting critical infrastructure'),
            ('DEU', 'National Security Strategy', None, None, '2023-06', 3, '', '', 'national resilience'),
        ],
    ),
    (  # attaches particular importance to; owner "Bishkek"; "until 2040"; one row per coordinated partner
        'BISHKEK, 5 March 2024 — Bishkek has adopted a new foreign policy concept until 2040. The concept '
        'attaches particular importance to friendly ties with Turkey, Japan and the Republic of Korea.',
        [
            ('KGZ', 'Foreign Policy Concept', None, 2040, '2024-03', 1, 'Turkey', 'TUR', 'friendly ties'),
            ('KGZ', 'Foreign Policy Concept', None, 2040, '2024-03', 1, 'Japan', 'JPN', 'friendly ties'),
            ('KGZ', 'Foreign Policy Concept', None, 2040, '2024-03', 1, 'Republic of Korea', 'KOR', 'friendly ties'),
        ],
    ),
    (  # gives priority to A and to B; owner "Tokyo"; "for 2022-2026"; dateline + "on Friday"
        'TOKYO, 9 May 2025 — Tokyo unveiled a Development Cooperation Strategy for 2022-2026 on Friday. It '
        'gives priority to climate finance and to cooperation with ASEAN.',
        [
            ('JPN', 'Development Cooperation Strategy', 2022, 2026, '2025-05', 1, '', '', 'climate finance'),
            ('JPN', 'Development Cooperation Strategy', 2022, 2026, '2025-05', 2, 'ASEAN', 'ASEAN', 'cooperation'),
        ],
    ),
    (  # sets out (no list: no item); "calls for A and for B"; "2017–2023"
        "Mongolia's National Security Concept for 2017–2023 sets out three goals. The document calls for "
        'closer cooperation with Russia and China and for deeper ties with the European Union.',
        [
            ('MNG', 'National Security Concept', 2017, 2023, '', 1, 'Russia', 'RUS', 'closer cooperation'),
            ('MNG', 'National Security Concept', 2017, 2023, '', 1, 'China', 'CHN', 'closer cooperation'),
            ('MNG', 'National Security Concept', 2017, 2023, '', 2, 'European Union', 'EU', 'deeper ties'),
        ],
    ),
    (  # identifies X and Y as the main partners
        'The new Defence Doctrine of Estonia, adopted in January 2024, identifies the United Kingdom and '
        'Finland as the main partners.',
        [
            ('EST', 'Defence Doctrine', None, None, '2024-01', 1, 'United Kingdom', 'GBR', 'main partners'),
            ('EST', 'Defence Doctrine', None, None, '2024-01', 1, 'Finland', 'FIN', 'main partners'),
        ],
    ),
    (  # listed A, B and C among the most urgent tasks: a statement with no named document
        'Kazakh Foreign Minister Murat Nurtleu listed stronger trade with China, a strategic partnership with'
        " Russia and closer ties with Central Asian neighbours among the most urgent tasks of Kazakhstan's "
        'foreign policy.',
        [
            ('KAZ', '', None, None, '', 1, 'China', 'CHN', 'stronger trade'),
            ('KAZ', '', None, None, '', 2, 'Russia', 'RUS', 'strategic partnership'),
            ('KAZ', '', None, None, '', 3, 'Central Asian neighbours', '', 'closer ties'),
        ],
    ),
    (  # through a speaker: "According to the minister, the strategy envisages ..."
        "Chile's new Foreign Policy Strategy was presented in March 2024. According to the minister, the "
        'strategy envisages a stronger presence in Asia and deeper integration with the Pacific Alliance.',
        [
            ('CHL', 'Foreign Policy Strategy', None, None, '2024-03', 1, '', '', 'stronger presence in Asia'),
            ('CHL', 'Foreign Policy Strategy', None, None, '2024-03', 2, 'Pacific Alliance',
             'Pacific Alliance', 'deeper integration'),
        ],
    ),
    (  # goal sentence "are to be modernised"; "The document also envisages"
        "Ghana's National Development Programme for 2024-2030 was approved in May 2024. Under the programme, "
        'the armed forces are to be modernised. The document also envisages a new railway network.',
        [
            ('GHA', 'National Development Programme', 2024, 2030, '2024-05', 1, '', '',
             'modernisation of armed forces'),
            ('GHA', 'National Development Programme', 2024, 2030, '2024-05', 2, '', '', 'new railway network'),
        ],
    ),
    (  # names X and Y as its main partners
        "Norway's Arctic Strategy, adopted in 2021, names the United States and Canada as its main partners.",
        [
            ('NOR', 'Arctic Strategy', None, None, '2021', 1, 'United States', 'USA', 'main partners'),
            ('NOR', 'Arctic Strategy', None, None, '2021', 1, 'Canada', 'CAN', 'main partners'),
        ],
    ),
    (  # numbered list after "Its priorities are:"
        "Poland's National Security Strategy was adopted in May 2020. Its priorities are:\n1. strengthening "
        'the armed forces;\n2. closer cooperation with NATO;\n3. energy security.',
        [
            ('POL', 'National Security Strategy', None, None, '2020-05', 1, '', '', 'armed forces'),
            ('POL', 'National Security Strategy', None, None, '2020-05', 2, 'NATO', 'NATO', 'closer cooperation'),
            ('POL', 'National Security Strategy', None, None, '2020-05', 3, '', '', 'energy security'),
        ],
    ),
    (  # priorities include; a new noun phrase after the partner is a new item
        "Canada's Indo-Pacific Strategy was released in November 2022. Its priorities include deeper trade "
        'links with India and a stronger presence in Southeast Asia.',
        [
            ('CAN', 'Indo-Pacific Strategy', None, None, '2022-11', 1, 'India', 'IND', 'deeper trade links'),
            ('CAN', 'Indo-Pacific Strategy', None, None, '2022-11', 2, '', '', 'stronger presence in Southeast Asia'),
        ],
    ),
    (  # bulleted list after "sets out the following goals:"; "The Canadian government ... on Tuesday"
        'OTTAWA, 3 April 2024 — The Canadian government on Tuesday unveiled a new Defence Policy. The policy '
        'sets out the following goals:\n- a larger submarine fleet;\n- closer cooperation with NATO allies;\n- '
        'modern air defence.',
        [
            ('CAN', 'Defence Policy', None, None, '2024-04', 1, '', '', 'larger submarine fleet'),
            ('CAN', 'Defence Policy', None, None, '2024-04', 2, 'NATO allies', '', 'closer cooperation'),
            ('CAN', 'Defence Policy', None, None, '2024-04', 3, '', '', 'modern air defence'),
        ],
    ),
    (  # identifies A, B and C as the pillars of ...
        "Georgia's National Security Concept was adopted in 2011. The document identifies energy security, "
        'regional connectivity and cooperation with the European Union as the pillars of national security.',
        [
            ('GEO', 'National Security Concept', None, None, '2011', 1, '', '', 'energy security'),
            ('GEO', 'National Security Concept', None, None, '2011', 2, '', '', 'regional connectivity'),
            ('GEO', 'National Security Concept', None, None, '2011', 3, 'European Union', 'EU', 'cooperation'),
        ],
    ),
    (  # a minister's statement of the country's foreign policy priorities: document empty
        "Vietnam's foreign minister said on Monday that the country's foreign policy priorities are peace on "
        'its borders, economic integration and good relations with ASEAN members.',
        [
            ('VNM', '', None, None, '', 1, '', '', 'peace on its borders'),
            ('VNM', '', None, None, '', 2, 'ASEAN members', '', 'economic integration and good relations'),
        ],
    ),
    (  # spread over sentences and paragraphs: "The plan", "It also", "Apart from that, the document"
        "Peru's National Development Plan until 2050 was approved in 2021. The plan calls for universal "
        'access to clean water. It also envisages a modern railway between Lima and the coast.\n\nApart from '
        'that, the document gives priority to cooperation with Brazil and Chile.',
        [
            ('PER', 'National Development Plan', None, 2050, '2021', 1, '', '', 'universal access to clean water'),
            ('PER', 'National Development Plan', None, 2050, '2021', 2, '', '',
             'modern railway between Lima and the coast'),
            ('PER', 'National Development Plan', None, 2050, '2021', 3, 'Brazil', 'BRA', 'cooperation'),
            ('PER', 'National Development Plan', None, 2050, '2021', 3, 'Chile', 'CHL', 'cooperation'),
        ],
    ),
    (  # news: a president on cooperation, no document
        'The president of France said that cooperation with Germany is of particular importance.',
        [],
    ),
    (  # news: a criticised strategy, no owner and no cue
        'The senator criticised the White House strategy on Monday, saying it was poorly planned and would '
        'cost billions.',
        [],
    ),
    (  # news: a think tank's report is no national document
        'The report, published by the think tank on Tuesday, calls for closer ties with Beijing and warns '
        'against new sanctions.',
        [],
    ),
    (  # commitments after a colon: one item per predicate, and the next "It ..." sentence goes on
        "Moldova's Foreign Policy Concept was approved in June 2023. The concept envisages a set of basic "
        'commitments: Moldova stays neutral and joins no military bloc, while keeping the right to leave any '
        'union that becomes one. It will rely on diplomacy to settle the Transnistrian dispute, and it does '
        'not host foreign troops.',
        [
            ('MDA', 'Foreign Policy Concept', None, None, '2023-06', 1, '', '', 'Moldova stays neutral'),
            ('MDA', 'Foreign Policy Concept', None, None, '2023-06', 2, '', '', 'joins no military bloc'),
            ('MDA', 'Foreign Policy Concept', None, None, '2023-06', 3, '', '',
             'keeping the right to leave any union that becomes one'),
            ('MDA', 'Foreign Policy Concept', None, None, '2023-06', 4, '', '',
             'It will rely on diplomacy to settle the Transnistrian dispute'),
            ('MDA', 'Foreign Policy Concept', None, None, '2023-06', 5, '', '', 'it does not host foreign troops'),
        ],
    ),
    (  # regards X as vital; calls X essential
        "Sweden's National Security Strategy was adopted in July 2024. The strategy regards the continuation "
        "of NATO's open-door policy as vital for Sweden. It calls a stable relationship with Norway "
        'essential.',
        [
            ('SWE', 'National Security Strategy', None, None, '2024-07', 1, 'NATO', 'NATO',
             "continuation of NATO's open-door policy"),
            ('SWE', 'National Security Strategy', None, None, '2024-07', 2, 'Norway', 'NOR', 'stable relationship'),
        ],
    ),
    (  # brings X onto the agenda
        "Kenya's Foreign Policy Strategy was launched in 2024. It also brings climate diplomacy onto the "
        'national agenda.',
        [
            ('KEN', 'Foreign Policy Strategy', None, None, '2024', 1, '', '', 'climate diplomacy'),
        ],
    ),
    (  # rests on three pillars: a, b and c; "the trade pillar is about ..."
        "Ghana's new Foreign Policy rests on three pillars: trade, security and culture. According to the "
        'minister, the trade pillar is about opening new markets and attracting investors.',
        [
            ('GHA', 'Foreign Policy', None, None, '', 1, '', '', 'trade'),
            ('GHA', 'Foreign Policy', None, None, '', 2, '', '', 'security'),
            ('GHA', 'Foreign Policy', None, None, '', 3, '', '', 'culture'),
            ('GHA', 'Foreign Policy', None, None, '', 4, '', '', 'opening new markets'),
            ('GHA', 'Foreign Policy', None, None, '', 5, '', '', 'attracting investors'),
        ],
    ),
    (  # the main purpose of the concept is twofold: to ..., to ...
        'Peru adopted a new foreign policy concept in 2022. According to the foreign minister, the main '
        'purpose of the concept is twofold: to defend national sovereignty and to expand exports.',
        [
            ('PER', 'Foreign Policy Concept', None, None, '2022', 1, '', '', 'defend national sovereignty'),
            ('PER', 'Foreign Policy Concept', None, None, '2022', 2, '', '', 'expand exports'),
        ],
    ),
    (  # According to the strategy, the armed forces are to be reformed
        "Armenia's National Security Strategy was adopted in July 2020. According to the strategy, the armed "
        'forces are to be reformed.',
        [
            ('ARM', 'National Security Strategy', None, None, '2020-07', 1, '', '',
             'reform of armed forces'),
        ],
    ),
    (  # news: "focuses on" without a policy document
        'WASHINGTON (Reuters) - The Pentagon said on Tuesday it would send more troops to the region. '
        'Officials said the move focuses on deterring Iran and protecting shipping lanes.',
        [],
    ),
    (  # news: a senator on an administration's strategy
        "The senator said the administration's strategy focuses on cutting taxes and would hurt the middle "
        'class.',
        [],
    ),
    (  # "lays out nine lines of effort, including A, B and C"; "will seek to A and to B"; "commits the government
        # to X"; "describes X as a key partner"
        'South Korea Unveils Indo-Pacific Strategy\n\nSEOUL, 28 December 2022 — South Korea on Wednesday '
        'unveiled its first Indo-Pacific Strategy, setting out how Seoul intends to play a larger role in the'
        ' region.\n\nThe strategy lays out nine core lines of effort, including building a regional order based'
        ' on norms and rules, strengthening non-proliferation and counterterrorism, and expanding '
        'comprehensive security cooperation. Seoul will seek to deepen cooperation with ASEAN and to expand '
        'ties with Japan and Australia.\n\nThe document also commits the government to closer economic security'
        ' networks. It describes China as a key partner for achieving prosperity in the region.',
        [
            ('KOR', 'Indo-Pacific Strategy', None, None, '2022-12', 1, '', '', 'play a larger role in the region'),
            ('KOR', 'Indo-Pacific Strategy', None, None, '2022-12', 2, '', '',
             'regional order based on norms and rules'),
            ('KOR', 'Indo-Pacific Strategy', None, None, '2022-12', 3, '', '',
             'non-proliferation and counterterrorism'),
            ('KOR', 'Indo-Pacific Strategy', None, None, '2022-12', 4, '', '', 'comprehensive security cooperation'),
            ('KOR', 'Indo-Pacific Strategy', None, None, '2022-12', 5, 'ASEAN', 'ASEAN', 'cooperation'),
            ('KOR', 'Indo-Pacific Strategy', None, None, '2022-12', 6, 'Japan', 'JPN', 'ties'),
            ('KOR', 'Indo-Pacific Strategy', None, None, '2022-12', 6, 'Australia', 'AUS', 'ties'),
            ('KOR', 'Indo-Pacific Strategy', None, None, '2022-12', 7, '', '', 'closer economic security networks'),
            ('KOR', 'Indo-Pacific Strategy', None, None, '2022-12', 8, 'China', 'CHN', 'key partner'),
        ],
    ),
    (  # "commits to ..." (2% of GDP: no partner); through a speaker: "the white paper puts ...", "the document also
        # emphasises"
        "Australia Releases Defence White Paper\n\nCANBERRA, 25 February 2016 — Australia's government released"
        ' its 2016 Defence White Paper on Thursday. The paper commits to increasing defence spending to 2% of'
        ' GDP by 2020-21.\n\nDefence Minister Marise Payne said the white paper puts the alliance with the '
        "United States at the centre of Australia's security. According to Payne, the document also "
        'emphasises stronger defence ties with Indonesia, Japan and India.',
        [
            ('AUS', 'Defence White Paper', None, None, '2016', 1, '', '',
             'increasing defence spending to 2% of GDP by 2020-21'),
            ('AUS', 'Defence White Paper', None, None, '2016', 2, 'United States', 'USA', 'alliance'),
            ('AUS', 'Defence White Paper', None, None, '2016', 3, 'Indonesia', 'IDN', 'stronger defence ties'),
            ('AUS', 'Defence White Paper', None, None, '2016', 3, 'Japan', 'JPN', 'stronger defence ties'),
            ('AUS', 'Defence White Paper', None, None, '2016', 3, 'India', 'IND', 'stronger defence ties'),
        ],
    ),
    (  # a minister's statement: "the main directions of X's foreign policy", "would prioritise", "named A and B among
        # the key tasks"
        'Uzbek Minister Sets Out Foreign Policy Goals\n\nTASHKENT, 10 January 2024 — Uzbek Foreign Minister '
        "Bakhtiyor Saidov on Tuesday outlined the main directions of Uzbekistan's foreign policy for 2024. He"
        ' said the country would prioritise good-neighbourly relations with Central Asian states and a '
        'strategic partnership with Russia and China.\n\nSaidov also named the expansion of trade with the '
        'European Union and attracting foreign investment among the key tasks for the year.',
        [
            ('UZB', '', None, None, '', 1, 'Central Asian states', '', 'good-neighbourly relations'),
            ('UZB', '', None, None, '', 2, 'Russia', 'RUS', 'strategic partnership'),
            ('UZB', '', None, None, '', 2, 'China', 'CHN', 'strategic partnership'),
            ('UZB', '', None, None, '', 3, 'European Union', 'EU', 'expansion of trade'),
            ('UZB', '', None, None, '', 4, '', '', 'attracting foreign investment'),
        ],
    ),
    (  # "puts X at the core of"; "places special emphasis on A and on B"; "seeks to A and to B"; "covers the period
        # 2022-2026"
        'Pakistan Unveils First National Security Policy\n\nISLAMABAD, 14 January 2022 — Prime Minister Imran '
        "Khan on Friday launched Pakistan's first National Security Policy, which covers the period "
        '2022-2026. The policy puts economic security at the core of national security.\n\nAccording to '
        'National Security Adviser Moeed Yusuf, the document places special emphasis on regional connectivity'
        ' and on peace with neighbouring countries. It also seeks to improve relations with India and to '
        'deepen the strategic partnership with China.\n\nThe policy identifies water scarcity and population '
        'growth as key challenges.',
        [
            ('PAK', 'National Security Policy', 2022, 2026, '2022-01', 1, '', '', 'economic security'),
            ('PAK', 'National Security Policy', 2022, 2026, '2022-01', 2, '', '', 'regional connectivity'),
            ('PAK', 'National Security Policy', 2022, 2026, '2022-01', 3, 'neighbouring countries', '', 'peace'),
            ('PAK', 'National Security Policy', 2022, 2026, '2022-01', 4, 'India', 'IND', 'relations'),
            ('PAK', 'National Security Policy', 2022, 2026, '2022-01', 5, 'China', 'CHN',
             'strategic partnership'),
        ],
    ),
    (  # "stresses the need to A and to B"; "calls for X with A and with B"; a white paper named by the title it is
        # "titled"; "will never seek": no item
        "China Issues White Paper on Defence\n\nBEIJING, 24 July 2019 — China's State Council Information "
        'Office on Wednesday issued a white paper titled "China\'s National Defense in the New Era". The white'
        ' paper says China will never seek hegemony.\n\nThe paper stresses the need to safeguard national '
        'sovereignty and to support the sustainable development of the country. It calls for closer military '
        'cooperation with Russia and with African states.',
        [
            ('CHN', "China's National Defense in the New Era", None, None, '2019-07', 1, '', '',
             'safeguard national sovereignty'),
            ('CHN', "China's National Defense in the New Era", None, None, '2019-07', 2, '', '',
             'support the sustainable development of the country'),
            ('CHN', "China's National Defense in the New Era", None, None, '2019-07', 3, 'Russia', 'RUS',
             'closer military cooperation'),
            ('CHN', "China's National Defense in the New Era", None, None, '2019-07', 3, 'African states', '',
             'closer military cooperation'),
        ],
    ),
    (  # bulleted list after "The main priorities of the concept are:"; regions coordinated ("Europe and Asia")
        "Turkmenistan Adopts Foreign Policy Concept\n\nASHGABAT, 4 February 2017 — Turkmenistan's president "
        'approved on Friday the Concept of the Foreign Policy of Turkmenistan for 2017–2023.\n\nThe main '
        "priorities of the concept are:\n• strengthening the country's neutrality;\n• cooperation with the "
        'United Nations and the OSCE;\n• development of energy links with Europe and Asia.\n\nAnalysts said the '
        "concept reflects Ashgabat's cautious approach to regional alliances.",
        [
            ('TKM', 'Concept of the Foreign Policy of Turkmenistan', 2017, 2023, '2017-02', 1, '', '',
             "neutrality"),
            ('TKM', 'Concept of the Foreign Policy of Turkmenistan', 2017, 2023, '2017-02', 2,
             'United Nations', 'UN', 'cooperation'),
            ('TKM', 'Concept of the Foreign Policy of Turkmenistan', 2017, 2023, '2017-02', 2, 'OSCE', 'OSCE',
             'cooperation'),
            ('TKM', 'Concept of the Foreign Policy of Turkmenistan', 2017, 2023, '2017-02', 3, 'Europe', '',
             'energy links'),
            ('TKM', 'Concept of the Foreign Policy of Turkmenistan', 2017, 2023, '2017-02', 3, 'Asia', '',
             'energy links'),
        ],
    ),
    (  # a military doctrine that names a risk (no item); "The document also aims to ..."
        'Russia Updates Military Doctrine\n\nMOSCOW, 26 December 2014 — President Vladimir Putin on Friday '
        "signed a new version of Russia's Military Doctrine.\n\nAccording to Deputy Defence Minister Anatoly "
        "Antonov, the doctrine names the strengthening of NATO's military potential as one of the main "
        "external military risks. The document also aims to protect Russia's interests in the Arctic.",
        [
            ('RUS', 'Military Doctrine', None, None, '2014-12', 1, '', '',
             "protect Russia's interests in the Arctic"),
        ],
    ),
    (  # two documents in one sentence, each with its own owner; a headline joined to the sentence
        "India and Japan Compare Strategies\n\nJapan's Free and Open Indo-Pacific strategy focuses on maritime "
        "security and quality infrastructure, while India's Act East Policy gives priority to connectivity "
        'with Southeast Asia.',
        [
            ('JPN', 'Indo-Pacific Strategy', None, None, '', 1, '', '',
             'maritime security and quality infrastructure'),
            ('IND', 'Act East Policy', None, None, '', 1, 'Southeast Asia', '', 'connectivity'),
        ],
    ),
    (  # "outlines four priority areas: a, b, c and d"; "the document would help Bishkek strengthen ties with A and B"
        'Kyrgyzstan Adopts New Concept\n\nBISHKEK, 11 March 2019 — The Kyrgyz government approved a new Foreign'
        ' Policy Concept on Monday. The concept outlines four priority areas: regional security, trade, '
        'migration and water management.\n\nForeign Minister Chingiz Aidarbekov said the document would help '
        'Bishkek strengthen ties with Uzbekistan and Kazakhstan.',
        [
            ('KGZ', 'Foreign Policy Concept', None, None, '2019-03', 1, '', '', 'regional security'),
            ('KGZ', 'Foreign Policy Concept', None, None, '2019-03', 2, '', '', 'trade'),
            ('KGZ', 'Foreign Policy Concept', None, None, '2019-03', 3, '', '', 'migration'),
            ('KGZ', 'Foreign Policy Concept', None, None, '2019-03', 4, '', '', 'water management'),
            ('KGZ', 'Foreign Policy Concept', None, None, '2019-03', 5, 'Uzbekistan', 'UZB', 'ties'),
            ('KGZ', 'Foreign Policy Concept', None, None, '2019-03', 5, 'Kazakhstan', 'KAZ', 'ties'),
        ],
    ),
    (  # "will take the necessary steps so that, by 2030, X reaches Y": the clause after "so that", from its subject
        "Italy's Defence Strategy was adopted in March 2025. Under the strategy, Rome will take the necessary steps "
        "so that, by 2030, military spending reaches 2% of gross domestic product.",
        [
            ("ITA", "Defence Strategy", None, None, "2025-03", 1, "", "",
             "military spending reaches 2% of gross domestic product"),
        ],
    ),
    (  # "Among its key goals are A and B"; "Special attention is paid to A and to B"; "gives priority to";
        # "sets the task of"
        'Uzbekistan Approves Development Strategy for 2022–2026\n\nTASHKENT, 29 January 2022 — President '
        'Shavkat Mirziyoyev has signed a decree approving the Development Strategy of New Uzbekistan for '
        '2022–2026, his office said on Saturday.\n\nThe strategy contains seven priority areas and 100 goals. '
        'Among its key goals are doubling per capita income by 2030 and reducing poverty by half. Special '
        'attention is paid to judicial reform and to the fight against corruption.\n\nIn foreign policy, the '
        'document gives priority to relations with neighbouring Central Asian states. It also sets the task '
        'of deepening the strategic partnership with Russia, China and the United States.',
        [
            ('UZB', 'Development Strategy', 2022, 2026, '2022-01', 1, '', '', 'doubling per capita income by 2030'),
            ('UZB', 'Development Strategy', 2022, 2026, '2022-01', 2, '', '', 'reducing poverty by half'),
            ('UZB', 'Development Strategy', 2022, 2026, '2022-01', 3, '', '', 'judicial reform'),
            ('UZB', 'Development Strategy', 2022, 2026, '2022-01', 4, '', '', 'fight against corruption'),
            ('UZB', 'Development Strategy', 2022, 2026, '2022-01', 5, 'neighbouring Central Asian states', '',
             'relations'),
            ('UZB', 'Development Strategy', 2022, 2026, '2022-01', 6, 'Russia', 'RUS', 'strategic partnership'),
            ('UZB', 'Development Strategy', 2022, 2026, '2022-01', 6, 'China', 'CHN', 'strategic partnership'),
            ('UZB', 'Development Strategy', 2022, 2026, '2022-01', 6, 'United States', 'USA',
             'strategic partnership'),
        ],
    ),
    (  # "Priority is given to A and to B"; "describes X as its main strategic ally and names Y and Z as
        # important partners"
        "Armenia Drafts New Security Strategy\n\nYEREVAN, 10 July 2020 — Armenia's Security Council has "
        'published a draft National Security Strategy. Priority is given to strengthening the armed forces '
        "and to the security of Artsakh.\n\nThe draft describes Russia as Armenia's main strategic ally and "
        'names France and the United States as important partners. Closer ties with the European Union are '
        'also listed among the priorities.',
        [
            ('ARM', 'National Security Strategy', None, None, '', 1, '', '', 'armed forces'),
            ('ARM', 'National Security Strategy', None, None, '', 2, '', '', 'security of Artsakh'),
            ('ARM', 'National Security Strategy', None, None, '', 3, 'Russia', 'RUS', 'strategic ally'),
            ('ARM', 'National Security Strategy', None, None, '', 4, 'France', 'FRA', 'important partners'),
            ('ARM', 'National Security Strategy', None, None, '', 4, 'United States', 'USA', 'important partners'),
            ('ARM', 'National Security Strategy', None, None, '', 5, 'European Union', 'EU', 'Closer ties'),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_policy_phrasing_rows(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TOKYO, 16 December 2022 — The cabinet approved ...", "2022-12"),
        ("Headline\n\nBISHKEK, 5 March 2024 - Kyrgyzstan adopted ...", "2024-03"),
        ("Washington (Reuters) - The Pentagon said ...", ""),
        ("The cabinet approved the strategy on 16 December 2022.", ""),
    ],
)
def test_policy_phrasing_dateline(text, expected):
    assert dateline(text) == expected


def test_policy_phrasing_no_partner_from_a_relative_clause(nlp):
    """A name inside a relative clause describes the priority ("… neutrality that the UN recognised"):
    it is no partner of the document's owner."""
    doc = nlp("VIENNA, 2 April 2024 — Austria has adopted a new Security Strategy. The strategy rests on "
              "the status of permanent neutrality that the United Nations recognised long ago.")
    partners = [q.partner for p in doc._.pipeline_policies for q in p.priorities]
    assert "United Nations" not in partners
