"""pipeline_policy, round 39 (document fields): a document's name is the whole title the text writes around its
type: capitalised words before it ("Third National Development Plan"), a capitalised phrase after "for", "on" or
"to" ("Strategy for Achieving Carbon Neutrality"), a year after a head that takes one as a brand ("Vision 2030");
its adoption date comes from a dateline on a line of its own ("Dushanbe, 20 May 2026"), the present perfect under a
dateline ("has published"), a participle or "it" in the next sentence ("Approved by the cabinet in August 2024 ...,
it is ...") and a month without a year under a dateline ("adopted in August"). Texts from the development sets
(blind13a, blind14a, blind15a, blind30a, blind33b, dev12, policy_probe_confirm4), cut after a few paragraphs."""

from __future__ import annotations

import pytest

from pipeline.components.policy.dates import _adoption, _range, dateline

CARBON = ("Opinion | Kazakhstan's Carbon Neutrality Strategy Needs a Coal Exit Date\n\nBy Aigerim "
          'Seitkali\n\nWhen Kazakhstan approved its Strategy for Achieving Carbon Neutrality until 2060 in '
          'February 2023, it became the first country in Central Asia to write a net zero deadline into a '
          'formal document. I welcomed it then, and I still do. But two years on, the hardest choices remain '
          'unmade.\n\nOn paper the strategy is ambitious. Greenhouse gas emissions are to fall steadily '
          'through the 2030s and 2040s before reaching net zero in 2060. Coal, which still produces about two '
          "thirds of the country's electricity, is to be phased down, with gas serving as the bridge fuel. "
          'Renewable sources are to supply a much larger share of power, and energy efficiency in industry '
          'and housing is to be raised. The document also counts on forests: the national programme to plant '
          'two billion trees is meant to absorb part of the remaining emissions. The emissions trading '
          'system, running since 2013, is to be tightened.\n\nAbroad, the strategy looks first to the '
          'European Union. The memorandum on raw materials, batteries and renewable hydrogen that Astana and '
          'Brussels signed in 2022 is expected to bring green hydrogen projects to the Mangystau region, and '
          'cooperation with the European Bank for Reconstruction and Development and the Asian Development '
          'Bank is to help finance a modern grid.\n')
NDP_III = ('Uganda’s Third National Development Plan Bets on Industry, Oil and Regional Markets\n\nKAMPALA — '
           'Uganda’s Third National Development Plan (NDP III), which covers the five financial years from '
           '2020/21 to 2024/25, was approved by the Cabinet in early 2020 and is the third of six plans meant '
           'to deliver the country’s Vision 2040. Its stated goal is increased household incomes and a better '
           'quality of life for Ugandans, and its theme is sustainable industrialisation for inclusive growth, '
           'employment and wealth creation.\n\nUnlike its two predecessors, the plan is organised not by '
           'sectors but by eighteen programmes. The National Planning Authority, which drafted it, argues that '
           'the change will stop ministries from working in isolation. Its executive director, Joseph '
           'Muvawala, told a pre-launch briefing that the old sector approach had produced “plans that were '
           'good on paper and disconnected on the ground”.\n\nAgro-industrialisation heads the list of '
           'programmes. The plan seeks to raise the value of coffee, tea, dairy, fish and other produce '
           'through processing at home rather than exporting raw commodities. Mineral development comes next, '
           'followed by the sustainable development of petroleum resources, where the document places emphasis '
           'on completing the East African Crude Oil Pipeline with Tanzania and building a refinery in the '
           'Albertine region.\n')
VISION = ('Saudi Arabia Bets on Life After Oil With ‘Vision 2030’\n\nRIYADH, April 25, 2016 — Saudi Arabia’s '
          'cabinet on Monday approved Vision 2030, a sweeping plan to wean the kingdom off its dependence on '
          'crude within fifteen years. Deputy Crown Prince Mohammed bin Salman, who chairs the Council of '
          'Economic and Development Affairs and drove the project, presented it in a rare televised interview '
          'with Al Arabiya.\n\n“We have developed a case of oil addiction in Saudi Arabia,” the prince said. '
          'He argued that this dependence had held back the development of many other sectors in recent '
          'years.\n\nThe blueprint is organised around three themes: a vibrant society, a thriving economy '
          'and an ambitious nation. Chief among its goals is raising non-oil government revenue from 163 '
          'billion riyals a year to one trillion riyals by 2030. It also aims to lift the private sector’s '
          'contribution to gross domestic product from 40 percent to 65 percent, and to increase the share of '
          'women in the workforce from 22 percent to 30 percent.\n')
AGAINST_POVERTY = ('PRESS RELEASE\n\nGovernment presents National Plan for the Fight against Poverty and for Human '
                   'Development 2022-2026\n\nManagua, December 2021. The Government of Nicaragua today presented the '
                   'National Plan for the Fight against Poverty and for Human Development 2022-2026, which will guide '
                   'public investment over the next five years.\n\nThe Plan places the family and the community at the '
                   'centre of public policy. Its first goal is to keep reducing general and extreme poverty, with '
                   'special attention to rural areas and the Caribbean Coast. Free public health care and education '
                   'are to be expanded, and 23 new hospitals are to be built or completed during the '
                   'period.\n\nProductive sectors will receive targeted support: small farmers, cooperatives and '
                   'micro-enterprises are to gain access to credit, technology and markets. Roads, electricity and '
                   'drinking water are to reach communities that still lack them. The Plan further commits the State '
                   'to strengthening resilience to climate change and natural disasters.\n\nIn external relations, the '
                   "Plan provides for the widening of trade and cooperation with the People's Republic of China, with "
                   'which Nicaragua restored diplomatic relations this month, and for continued complementarity with '
                   'the member countries of ALBA-TCP. Cooperation with the Russian Federation in health, transport and '
                   'training is to be maintained.\n')
DATE_LINE = ('Statement of the Ministry of Foreign Affairs of the Republic of Tajikistan '
             '(translation)\n\nDushanbe, 20 May 2026\n\nBy Decree of the President of the Republic of '
             'Tajikistan, the Concept of the Foreign Policy of the Republic of Tajikistan for 2026–2036 was '
             'approved on Wednesday. The Concept represents a system of views on the content, principles and '
             'main directions of the foreign policy activity of the state and develops the provisions of the '
             'previous concept adopted in 2015.\n\nThe Concept confirms the “open doors” policy as the '
             'foundation of the foreign policy of the Republic of Tajikistan. In accordance with the Concept, '
             'the priority directions of foreign policy are the following:\n– the development of friendly and '
             'good-neighbourly ties with the Central Asian states;\n– strategic partnership with the Russian '
             'Federation and with the People’s Republic of China;\n– the expansion of mutually advantageous '
             'cooperation with the countries of the Islamic world;\n– active participation in the activities of '
             'the Collective Security Treaty Organisation, the Commonwealth of Independent States and the '
             'Shanghai Cooperation Organisation;\n– the promotion of the global water and climate initiatives of '
             'the Republic of Tajikistan.\n')
PERFECT = ('Denmark’s New Strategy Puts Ukraine and NATO First, Africa Higher Up\n\nCOPENHAGEN, 22 May 2023 — '
           'Denmark’s government has published a new Foreign and Security Policy Strategy, the first since '
           'Russia’s full-scale invasion of Ukraine and since Danish voters scrapped the country’s EU defence '
           'opt-out in a referendum in June 2022. Foreign Minister Lars Løkke Rasmussen presented it as a '
           'response to “a more dangerous world”.\n\nThe strategy ranks support for Ukraine first. Denmark '
           'commits to helping Kyiv militarily, economically and politically for as long as it takes, and to '
           'taking part in Ukraine’s reconstruction. Right behind comes NATO: the government wants to '
           'strengthen the alliance’s deterrence and defence in the Baltic Sea region and to raise Danish '
           'defence spending to two per cent of GDP.\n')
PARTICIPLE = ("Rwanda's NST2: Five Years to Double Down on Jobs, Exports and Skills\n\nOp-ed | KIGALI, September "
              '2024\n\nRwanda has a habit of publishing plans and then measuring itself against them. The Second '
              'National Strategy for Transformation, known as NST2, is no exception. Approved by the cabinet in '
              'August 2024 and covering 2024 to 2029, it is the second medium-term step towards Vision 2050, and '
              'it is blunt about what matters.\n\nIts first pillar is economic transformation. The strategy '
              'commits to an average growth rate of 9.3 percent a year and to the creation of 1.25 million decent '
              'and productive jobs. It wants to double private investment and to raise exports, with particular '
              'emphasis on manufacturing, tourism and agriculture.\n')
MONTH_ONLY = ("Myanmar Unveils Sustainable Development Plan for 2018-2030\n\nNAY PYI TAW, August 2018 — Myanmar's "
              'government has launched the Myanmar Sustainable Development Plan (MSDP), a national framework that '
              "covers 2018 to 2030 and is meant to bring the country's many sectoral strategies under a single "
              'roof. The plan was adopted in August and was prepared under the Ministry of Planning and '
              'Finance.\n\nThe MSDP is built on three pillars: peace and stability; prosperity and partnership; '
              'and people and planet. These are broken down into five goals and 28 strategies.\n\nPeace comes '
              "first in the document. The plan's first goal is peace, national reconciliation, security and good "
              "governance, and it ties the country's development directly to progress in the peace process with "
              'ethnic armed organisations.\n')

IT_COVERS = ("FEATURE\n\nBeacon or mirage? Ethiopia's ten-year bet on growth\n\nOn the top floor of a half-finished "
             'office tower in Addis Ababa, a young software engineer named Hanna Tesfaye points at the cranes '
             'outside. "Everyone here knows the plan," she says. "Whether it is working is another matter."\n\nThe '
             'plan she means is the Ten-Year Development Plan, which the Ethiopian government launched in 2020 under '
             'the slogan "Ethiopia: An African Beacon of Prosperity". It covers the years 2021 to 2030 and replaced '
             'the two Growth and Transformation Plans that had guided the economy since 2010. It was prepared by the '
             'Planning and Development Commission, then headed by Fitsum Assefa, who later became minister of '
             'planning and development.\n\nThe document is long, but its logic is simple. Growth is to be driven '
             'less by public infrastructure spending and more by the private sector. Agriculture, manufacturing, '
             'mining, tourism and information technology are identified as the sectors that will carry the economy. '
             'Alongside them, the plan lists a set of broader aims: macroeconomic stability, a green and '
             'climate-resilient economy, the development of human capital through education and health, gender '
             'equality and social inclusion, and institutional reform to improve the justice system and public '
             'services.\n\nFitsum told a donor round table in Addis Ababa that the government wanted to double the '
             'size of the economy by the end of the decade. She also said that the plan set a target of making '
             'Ethiopia a lower-middle-income country. Officials have repeatedly described the Grand Ethiopian '
             "Renaissance Dam as the backbone of the energy side of the plan, although the dam's filling has "
             'strained relations with Egypt and Sudan.\n')

ARCTIC = ('Sweden Renews Its Arctic Strategy as Security Concerns Grow in the North\n\nSTOCKHOLM, October 2020 — '
          'The Swedish government has adopted a new Strategy for the Arctic Region, replacing the version of 2011 '
          'and giving security in the north far more weight than before.\n\nThe strategy is organised around six '
          'thematic areas. These are international cooperation on Arctic issues; security and stability; climate '
          'and the environment; polar research and environmental monitoring; sustainable economic development and '
          'business interests; and good living conditions for the people of the region.\n\nOn the first of these, '
          'the document names the Arctic Council as the principal forum for Arctic questions and commits Sweden '
          'to a stronger Arctic Council. Cooperation within the Barents Euro-Arctic Council is to continue as '
          'well, and Stockholm wants the European Union to play a larger part in Arctic affairs.\n')

SINCE = ('Hungary’s 2020 Security Strategy: Migration First, Pragmatism Towards the East\n\nCommentary by the '
         'Carpathian Security Observatory, 14 May 2020\n\nIn April 2020 the Hungarian government adopted a new '
         'National Security Strategy, replacing the version in force since 2012. The document was published as a '
         'government resolution and, unlike its predecessor, reads less like a catalogue of threats than a '
         'statement of how Budapest sees its place in a more contested world.\n\nIllegal migration is ranked '
         'first. The strategy treats mass migration as the most serious long-term challenge facing the country '
         'and commits the state to protecting the southern border, which is also an external border of the '
         'Schengen area.\n')


def _fields(doc) -> list[tuple]:
    return [(p.owner_iso3, p.document, p.period_start, p.period_end, p.adopted) for p in doc._.pipeline_policies]


@pytest.mark.model
def test_docf_round39_title_after_for_and_twin_dates(nlp):
    """"its Strategy for Achieving Carbon Neutrality until 2060 in February 2023", then "the strategy": one name,
    and the dates the titled mention's sentence gives."""
    assert _fields(nlp(CARBON)) == [("KAZ", "Strategy for Achieving Carbon Neutrality", None, 2060, "2023-02")]


@pytest.mark.model
def test_docf_round39_capitalised_words_before_the_type(nlp):
    """"Uganda's Third National Development Plan (NDP III), which covers the five financial years from 2020/21 to
    2024/25": the whole title, and the fiscal years as the period."""
    assert [(p.document, p.period_start, p.period_end) for p in nlp(NDP_III)._.pipeline_policies] == [
        ("Third National Development Plan", 2020, 2025), ("Vision 2040", None, 2040)]


@pytest.mark.model
def test_docf_round39_period_in_the_next_sentence(nlp):
    """"The plan she means is the Ten-Year Development Plan, which the Ethiopian government launched in 2020 ... It
    covers the years 2021 to 2030 and ..."."""
    assert _fields(nlp(IT_COVERS)) == [("ETH", "Ten-Year Development Plan", 2021, 2030, "2020")]


@pytest.mark.model
def test_docf_round39_vision_keeps_its_year(nlp):
    assert _fields(nlp(VISION)) == [("SAU", "Vision 2030", None, 2030, "2016-04")]


@pytest.mark.model
def test_docf_round39_title_with_small_words(nlp):
    """"the National Plan for the Fight against Poverty and for Human Development 2022-2026": the range is the
    period, no part of the name."""
    assert [(p.document, p.period_start, p.period_end) for p in nlp(AGAINST_POVERTY)._.pipeline_policies] == [
        ("National Plan for the Fight Against Poverty and for Human Development", 2022, 2026)]


@pytest.mark.model
def test_docf_round39_date_line_of_its_own(nlp):
    """"Dushanbe, 20 May 2026" alone on its line, then "was approved on Wednesday"."""
    assert _fields(nlp(DATE_LINE)) == [
        ("TJK", "Concept of the Foreign Policy of the Republic of Tajikistan", 2026, 2036, "2026-05")]


@pytest.mark.model
def test_docf_round39_present_perfect_under_a_dateline(nlp):
    """"COPENHAGEN, 22 May 2023 — Denmark's government has published a new Foreign and Security Policy Strategy"."""
    assert _fields(nlp(PERFECT)) == [("DNK", "Foreign and Security Policy Strategy", None, None, "2023-05")]


@pytest.mark.model
def test_docf_round39_participle_in_the_next_sentence(nlp):
    """"The Second National Strategy for Transformation, known as NST2, is no exception. Approved by the cabinet in
    August 2024 and covering 2024 to 2029, it is ..."."""
    assert _fields(nlp(PARTICIPLE))[0] == ("RWA", "Second National Strategy for Transformation", 2024, 2029,
                                           "2024-08")


@pytest.mark.model
def test_docf_round39_month_without_year_under_a_dateline(nlp):
    """"NAY PYI TAW, August 2018 — ... The plan was adopted in August"."""
    assert _fields(nlp(MONTH_ONLY)) == [("MMR", "Myanmar Sustainable Development Plan", 2018, 2030, "2018-08")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Statement (translation)\n\nDushanbe, 20 May 2026\n\nBy Decree of the President, the Concept was approved on "
     "Wednesday.", "2026-05"),
    ("Summary: Kenya's First Written Foreign Policy at a Glance\n\nPolicy Digest, February 2015\n\nUntil last "
     "month, Kenya had conducted its foreign relations without a single written document.", "2015-02"),
    ("TOKYO, 16 December 2022 — The cabinet approved three documents on Friday.", "2022-12"),
    ("Headline\n\nThe government of Ruritania adopted its plan in January 2025 after a long debate in parliament.\n"
     "Berlin, June 14, 2023", ""),  # after the lead's first sentence a date line is no dateline
])
def test_docf_round39_dateline(text, expected):
    assert dateline(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("covers the five financial years from 2020/21 to 2024/25", (2020, 2025)),
    ("the Strategy for the Development of Samoa 2016/17–2019/20", (2016, 2020)),
    ("the National Development Plan 2022–2026", (2022, 2026)),
    ("adopted in 2021", None),
])
def test_docf_round39_range(text, expected):
    assert _range(text) == expected


@pytest.mark.model
def test_docf_round39_head_opens_the_full_title(nlp):
    """"STOCKHOLM, October 2020 — The Swedish government has adopted a new Strategy for the Arctic Region,
    replacing the version of 2011": the title the head opens, which holds the type's words ("Arctic Strategy"), and
    the dateline's month, not the replaced version's year."""
    assert _fields(nlp(ARCTIC)) == [("SWE", "Strategy for the Arctic Region", None, None, "2020-10")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Riyadh approved Vision 2030 in 2016.", "2016"),  # a title's year is its horizon
    ("In 2019, the cabinet adopted the plan.", "2019"),
    ("The government has adopted a new Strategy for the Arctic Region, replacing the version of 2011.", ""),
    ("the plan, adopted by the government in 2013 to guide us until 2025", "2013"),
])
def test_docf_round39_adoption(text, expected):
    assert _adoption(text) == expected


@pytest.mark.model
def test_docf_round39_since_dates_the_replaced_version(nlp):
    """"adopted a new National Security Strategy, replacing the version in force since 2012": 2012 starts no
    period."""
    assert _fields(nlp(SINCE)) == [("HUN", "National Security Strategy", None, None, "2020-04")]
