"""pipeline_org_ruler: organization spans and their canonical keys on real sentences."""

from __future__ import annotations

import pytest

from pipeline.components.organizations.component import OrgRuler
from pipeline.components.organizations.lexicon import DEFAULT_DIR


def _orgs(nlp, text):
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans["organizations"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan has deepened ties with the European Union and the EU member states.",
         [("European Union", "EU"), ("EU", "EU")]),
        ("Moscow still relies on the CSTO, the OSCE and NATO to manage the crisis.",
         [("CSTO", "CSTO"), ("OSCE", "OSCE"), ("NATO", "NATO")]),
        ("The Eurasian Economic Union and the Shanghai Cooperation Organisation were discussed.",
         [("Eurasian Economic Union", "EAEU"), ("Shanghai Cooperation Organisation", "SCO")]),
        ("The UN Security Council failed to adopt a resolution on Syria.",
         [("UN Security Council", "UNSC")]),
        ("The World Bank and the International Monetary Fund forecast growth of 4 percent.",
         [("World Bank", "World Bank"), ("International Monetary Fund", "IMF")]),
    ],
)
def test_org_ruler_alias_table(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tatiana Ivanova, researcher at the Institute of General History of the Russian Academy of Sciences, "
         "spoke first.",
         [("Institute of General History of the Russian Academy of Sciences",
           "Institute of General History of the Russian Academy of Sciences")]),
        ("Experts from the Institute for Strategic and Regional Studies under the President of the Republic of "
         "Uzbekistan and the University of World Economy and Diplomacy attended.",
         [("Institute for Strategic and Regional Studies under the President of the Republic of Uzbekistan",
           "Institute for Strategic and Regional Studies under the President of the Republic of Uzbekistan"),
          ("University of World Economy and Diplomacy", "University of World Economy and Diplomacy")]),
        ("Rustam Burnashev, a professor at the Kazakh-German University in Almaty, said the region was fragmented.",
         [("Kazakh-German University", "Kazakh-German University")]),
        ("The draft will be sent to the Security Council and then to the National Assembly for approval.",
         [("Security Council", "Security Council"), ("National Assembly", "National Assembly")]),
        ("The Cabinet of Ministers pledged to intensify its diplomatic work.",
         [("Cabinet of Ministers", "Cabinet of Ministers")]),
        ("According to the minister, the Armed Forces of the Republic of Armenia remain the pillar of security.",
         [("Armed Forces of the Republic of Armenia", "Armed Forces of the Republic of Armenia")]),
        ("Representatives of the Liberal Democratic Party of Russia and the Communist Party criticised the plan.",
         [("Liberal Democratic Party of Russia", "Liberal Democratic Party of Russia"),
          ("Communist Party", "Communist Party")]),
        ("Experts from the Carnegie Endowment for International Peace and Chatham House took part.",
         [("Carnegie Endowment for International Peace", "Carnegie Endowment for International Peace"),
          ("Chatham House", "Chatham House")]),
    ],
)
def test_org_ruler_head_noun_names(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trade union's local: "Local" and its number end the name
        ("Northern Bus Drivers Union Local 412 voted to strike on Friday.",
         [("Northern Bus Drivers Union Local 412", "Northern Bus Drivers Union Local 412")]),
        ("Hotel Workers Local 75 said the offer was an insult.",
         [("Hotel Workers Local 75", "Hotel Workers Local 75")]),
        ("Members of CUPE Local 1004 rejected the contract.",
         [("CUPE Local 1004", "CUPE Local 1004")]),
        # a local paper is no union
        ("Local 12 news reported the fire first.", []),
        # "Trust" as a head noun
        ("The Eastmoor Hospitals NHS Trust opened 30 beds.",
         [("Eastmoor Hospitals NHS Trust", "Eastmoor Hospitals NHS Trust")]),
        ("Ward closures were announced by the Redfield Community Health Trust on Friday.",
         [("Redfield Community Health Trust", "Redfield Community Health Trust")]),
    ],
)
def test_org_ruler_union_locals_and_trusts(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before the kind of organization it is, and its later mentions
        ("The Unite union said most members backed the strike. Unite officials will meet on Monday.",
         [("Unite", "Unite"), ("Unite", "Unite")]),
        ("Workers at the Halden Steel company were told on Monday.", [("Halden Steel", "Halden Steel")]),
        # a party's adjective is no name ("the Republican party")
        ("Members of the Republican party voted for the bill.", []),
        ("The reports first appeared in the Nikkei newspaper on Sunday.", [("Nikkei", "Nikkei")]),
        # a country's adjective, a person's name, a date is no name; "court" is no kind
        ("The Russian company said the talks would continue.", []),
        ("Donald Trump praised the Trump organization on Monday.", []),
        ("The San Bernardino Christmas party was attacked.", []),
        ("He appealed to the Supreme court.", []),
        # the kind noun in lower case only: "the European Union" is a name of its own
        ("Crisis lines move towards the European border and the European Union.",
         [("European Union", "EU")]),
    ],
)
def test_org_ruler_name_before_its_kind(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject the text calls "which" or "it": a body
        ("Unison, which represents many of the hospital's nurses, said the report vindicated staff.",
         [("Unison", "Unison")]),
        ("Aire Valley Buses said it was disappointed by the result.",
         [("Aire Valley Buses", "Aire Valley Buses")]),
        # the mention that acts as "it" makes every mention of the name an organization
        ("Drivers employed by Aire Valley Buses voted to strike. Aire Valley Buses said it was disappointed.",
         [("Aire Valley Buses", "Aire Valley Buses"), ("Aire Valley Buses", "Aire Valley Buses")]),
        # a person the NER misreads, and a river, are not
        ("Priyanka Sethi said it was a long wait.", []),
        ("Houses were flooded when the River Fergan burst its banks.", []),
        ("As Ishaan Tharoor wrote, the parliament passed a resolution on its own.", []),
    ],
)
def test_org_ruler_subject_called_it(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roman Petrov, associate professor at the Department of International Relations, World Politics and "
         "Diplomacy at Ural Federal University, disagreed.",
         [("Ural Federal University", "Ural Federal University")]),
        ("Li Wei of the School of International Studies at Peking University argued that Beijing was cautious.",
         [("Peking University", "Peking University")]),
        ("Aigerim Nurlanova, dean of the Faculty of International Relations of Al-Farabi Kazakh National "
         "University, spoke next.",
         [("Al-Farabi Kazakh National University", "Al-Farabi Kazakh National University")]),
        ("Ravshan Karimov, associate professor at the Samarkand branch of Plekhanov Russian Economic University, "
         "agreed.",
         [("Plekhanov Russian Economic University", "Plekhanov Russian Economic University")]),
    ],
)
def test_org_ruler_units_of_a_university(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The International Institute for Central Asia (IICA) hosted a roundtable. IICA Director Anvar Saidov "
         "opened it, and IICA’s experts spoke.",
         [("International Institute for Central Asia", "IICA"), ("IICA", "IICA"), ("IICA", "IICA"),
          ("IICA", "IICA")]),
        ("The CSTO (Collective Security Treaty Organization) has deployed peacekeepers.",
         [("CSTO", "CSTO"), ("Collective Security Treaty Organization", "CSTO")]),
        ("The Conference on Interaction and Confidence Building Measures in Asia (CICA) will meet in Baku.",
         [("Conference on Interaction and Confidence Building Measures in Asia", "CICA"), ("CICA", "CICA")]),
        ("She works at the Centre for Comprehensive European and International Studies (CCEIS). "
         "The CCEIS was founded in 2011.",
         [("Centre for Comprehensive European and International Studies", "CCEIS"), ("CCEIS", "CCEIS"),
          ("CCEIS", "CCEIS")]),
        ("Students of the National Research University Higher School of Economics (HSE University) came. "
         "HSE University Professor Ivan Sokolov spoke.",
         [("National Research University Higher School of Economics",
           "National Research University Higher School of Economics"),
          ("HSE University", "National Research University Higher School of Economics"),
          ("HSE University", "National Research University Higher School of Economics")]),
    ],
)
def test_org_ruler_defined_acronyms_and_names(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Experts Discussed Regional Security in the New Realities\n\nThe meeting was held online.",
        "The security system built during the Cold War is in crisis, and the Soviet Union is long gone.",
        "Cooperation will rest on the principles of international law enshrined in the UN Charter.",
        "Russia’s updated Foreign Policy Concept names China and India as partners.",
        "The region benefits from the \"Central Asia+\" format, and Kazakhstan agrees.",
        "According to Sergey Lavrov, the West is weakening Russia. Lavrov added that talks would continue.",
    ],
)
def test_org_ruler_rejects_non_organizations(nlp, text):
    doc = nlp(text)
    keys = {s.kb_id_ for s in doc.spans["organizations"]}
    assert keys <= {"UN"}


def test_org_ruler_to_disk_from_disk_round_trip(nlp, tmp_path):
    ruler = nlp.get_pipe("pipeline_org_ruler")
    ruler.to_disk(tmp_path / "orgs")
    saved = sorted(p.name for p in (tmp_path / "orgs").iterdir())
    assert saved == sorted(["cfg", *(p.name for p in DEFAULT_DIR.iterdir() if p.suffix in (".tsv", ".txt"))])
    copy = OrgRuler(nlp, "copy").from_disk(tmp_path / "orgs")
    assert copy.aliases == ruler.aliases
    assert copy.lexicon.heads == ruler.lexicon.heads
    doc = nlp("Kazakhstan is a member of the Eurasian Economic Union.")
    del doc.spans["organizations"]
    copy(doc)
    assert [(s.text, s.kb_id_) for s in doc.spans["organizations"]] == [("Eurasian Economic Union", "EAEU")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Environmental Protection Agency issued the rules. Later the EPA said it would appeal.",
         [("Environmental Protection Agency", "EPA"), ("EPA", "EPA")]),
        ("The Securities and Exchange Commission fined the bank.",
         [("Securities and Exchange Commission", "Securities and Exchange Commission")]),
        ("Dina Sokolova, a senior researcher at the Primakov National Research Institute of World Economy and "
         "International Relations of the Russian Academy of Sciences (IMEMO RAS), believes that the region "
         "needs a new format.",
         [("Primakov National Research Institute of World Economy and International Relations of the Russian "
           "Academy of Sciences", "IMEMO RAS"), ("IMEMO RAS", "IMEMO RAS")]),
    ],
)
def test_org_ruler_links_name_and_acronym(nlp, text, expected):
    assert _orgs(nlp, text) == expected
