"""pipeline_person_ruler affiliations: constructions of news and reports that introduce a speaker's role and
organization. Each case pins the exact (person, role, organization, country) rows."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a portfolio between the role and its institution
        ("Jane Mills, director of policy at Oxfam, said the plan fell short.",
         [("Jane Mills", "director", "Oxfam", "")]),
        ("He shared the panel with Hoang Thi Ha, lead researcher for political and security affairs at the "
         "ISEAS\u2013Yusof Ishak Institute in Singapore.",
         [("Hoang Thi Ha", "lead researcher", "ISEAS\u2013Yusof Ishak Institute", "")]),
        ("Peter Kim, a lecturer in law at Leeds Beckett University, said the data were clear.",
         [("Peter Kim", "lecturer", "Leeds Beckett University", "")]),
        # a country that only locates the organization is not part of its name
        ("Peter Kim, a professor at the University of Toronto in Canada, said the data were clear.",
         [("Peter Kim", "professor", "University of Toronto", "")]),
        # an organization the NER knows, owning the role with a possessive
        ("\"Some of these dogs had never been outside a crate,\" said Erin Walsh, the SPCA's senior animal "
         "protection officer.",
         [("Erin Walsh", "senior animal protection officer", "SPCA", "")]),
        ("Oxfam's policy director Jane Mills said the plan fell short.",
         [("Jane Mills", "policy director", "Oxfam", "")]),
        ("Jane Mills, Oxfam's policy director, said the plan fell short.",
         [("Jane Mills", "policy director", "Oxfam", "")]),
        ("Greenpeace campaigner Tom Fell said the spill was a disaster.",
         [("Tom Fell", "campaigner", "Greenpeace", "")]),
        # an ambassador "to" a country is that country's guest, not its citizen
        ("Hans Vogel, Germany's ambassador to Kenya, said the talks went well.",
         [("Hans Vogel", "ambassador", "", "DEU")]),
        # the role before the name, the organization after it: one row
        ("A spokesman for Avon and Somerset Police said officers were called at 2am. Chief Inspector Jo Brent of "
         "Avon and Somerset Police said the investigation was ongoing.",
         [("Jo Brent", "chief inspector", "Avon and Somerset Police", "")]),
        ("HELSINKI, 29 October 2020 \u2014 Finland's security environment has become more unstable, Foreign "
         "Minister Pekka Haavisto of the Green League said on Thursday.",
         [("Pekka Haavisto", "foreign minister", "Green League", "")]),
        # a capitalized particle opening a three-word name is part of it
        ("Opening the meeting, DAV deputy director Le Hai Binh said the dialogue came at a useful moment.",
         [("Le Hai Binh", "deputy director", "DAV", "")]),
        # a body written in lower case
        ("Ruth Dale, chair of the tenants' association, said the rent rise was unfair.",
         [("Ruth Dale", "chair", "tenants' association", "")]),
        ("Ruth Dale, head of the department, said the rent rise was unfair.",
         [("Ruth Dale", "head", "", "")]),
    ],
)
def test_affiliations_role_and_organization(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the company's": the organization that spoke just before, even when the NER reads no organization
        ("Northumbrian Water said the notice covers homes in Haydon Bridge. \"We are sorry,\" said Andrew Lowe, "
         "the company's director of operations.",
         [("Andrew Lowe", "director of operations", "Northumbrian Water", "")]),
        # a staff role after the verb of saying that follows a quotation
        ("The Nova Scotia Nurses' Union said the plan does not address the shortage of nurses. \"Buildings do not "
         "treat patients, nurses do,\" said union president Janet Hazelton.",
         [("Janet Hazelton", "president", "Nova Scotia Nurses' Union", "")]),
        ("The Coastal Power Authority said repairs would take a week. \"The grid is stable,\" said spokesman Ravi "
         "Patel.",
         [("Ravi Patel", "spokesman", "Coastal Power Authority", "")]),
        # an organization a verb acts on is not the topic a bare role belongs to
        ("SPRINGFIELD, Ill. \u2014 The Springfield school board voted 5-2 on Tuesday to close Lincoln Elementary at "
         "the end of the school year. Superintendent Karen Whitfield said the decision was painful but necessary. "
         "\"This school is the heart of our neighborhood,\" said Marisol Vega, whose two children attend Lincoln.",
         [("Karen Whitfield", "superintendent", "", "")]),
    ],
)
def test_affiliations_organization_named_before(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Reed, a Labour MP, said the decision was wrong.", [("Tom Reed", "mp", "Labour Party", "")]),
        ("Labour MP Tom Reed said the decision was wrong.", [("Tom Reed", "mp", "Labour Party", "")]),
        ("Democratic senator Maria Lopez said the bill would pass.",
         [("Maria Lopez", "senator", "Democratic Party", "")]),
        ("Republican Sen. Maria Lopez said the bill would pass.", [("Maria Lopez", "sen", "Republican Party", "")]),
        ("Sen. Maria Lopez, a Democrat from Ohio, said the bill would pass.",
         [("Maria Lopez", "", "Democratic Party", "")]),
        ("Sen. Maria Lopez (D-Ohio) said the bill would pass.", [("Maria Lopez", "", "Democratic Party", "")]),
        ("Ann Lee, the Conservative MP for Salford, said the decision was wrong.",
         [("Ann Lee", "mp", "Conservative Party", "")]),
        ("Defence Minister Boris Pistorius said the armed forces had to become \"ready for war\" again, a phrase "
         "which drew criticism from parts of his own Social Democratic Party.",
         [("Boris Pistorius", "defence minister", "Social Democratic Party", "")]),
        # a party word before a role that is no office says nothing of membership
        ("Tom Reed, a Conservative thinker, said the decision was wrong.", []),
    ],
)
def test_affiliations_party(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a rank abbreviation whose period the tokenizer splits off
        ("Police said the driver was arrested. Const. Mark Hill said the road was closed for hours.", "Mark Hill"),
        ("Police said the driver was arrested. Sgt. Ann Lee said the road was closed for hours.", "Ann Lee"),
        # a surname that is also a place word
        ("Police said the driver was arrested. Mark Hill said the road was closed for hours.", "Mark Hill"),
    ],
)
def test_affiliations_ranked_and_place_word_names(nlp, text, name):
    doc = nlp(text)
    assert name in {s.kb_id_ for s in doc.spans["persons"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the <role> of the <noun>, <Title> X": the organization named before with that noun; a party beside it goes
        ("Marlow Vale Borough Council says the closure will save money. The leader of the council, Councillor Jane "
         "Whitcombe (Conservative), told the meeting that the authority had no good options left.",
         [("Jane Whitcombe", "leader", "Marlow Vale Borough Council", "")]),
        # "Its <role>, <Country>'s <Role> X": the apposition before the title, the country from the title
        ("The Caribbean Community (CARICOM) expressed its \u201cfull support\u201d for Guyana. Its chairman, "
         "Dominica\u2019s Prime Minister Roosevelt Skerrit, said the region would not stand by.",
         [("Roosevelt Skerrit", "chairman", "Caribbean Community", "DMA")]),
        # a country the role covers is the person's
        ("The scooter was operated by the rental company ZipRide. ZipRide\u2019s operations manager for Ireland, "
         "Ciar\u00e1n Dolan, said the company was shocked.",
         [("Ciar\u00e1n Dolan", "operations manager", "ZipRide", "IRL")]),
        ("Phil Gunson, a Caracas-based analyst with the International Crisis Group, said the vote was mostly aimed "
         "at a domestic audience.",
         [("Phil Gunson", "analyst", "International Crisis Group", "")]),
        # a descriptor ending in an organization noun, then the name in apposition
        ("\u201cThis agreement sacrifices agriculture,\u201d said Arnaud Rousseau, head of France\u2019s largest farm "
         "union, the FNSEA.",
         [("Arnaud Rousseau", "head", "FNSEA", "")]),
        # a lower-case unit ("centre") of the institution a head verb names
        ("Elie Tenenbaum, who directs the security studies centre of the French Institute of International "
         "Relations (IFRI), said the document was a sound diagnosis.",
         [("Elie Tenenbaum", "director", "French Institute of International Relations", "")]),
        # a staff role after a comma, its name the subject of a verb of saying: the organization named before
        ("A former treasurer of the Hawkesby Rugby Football Club has been sentenced. Outside court, club president "
         "Aroha Ngata said the sentence would not bring the money back.",
         [("Aroha Ngata", "president", "Hawkesby Rugby Football Club", "")]),
        ("Residents were told to boil water after tests found E. coli, the Nqabeni Local Municipality said on "
         "Tuesday. The notice will remain in place until tests come back clean, municipal spokesperson Thandiwe "
         "Mkhize told reporters.",
         [("Thandiwe Mkhize", "spokesperson", "Nqabeni Local Municipality", "")]),
        # "Crown" qualifies the role; it is no organization
        ("Crown prosecutor Daniel Hsu said Pettit had spent most of the money on online gambling.",
         [("Daniel Hsu", "crown prosecutor", "", "")]),
        # parties named as written
        ("Councillor Niamh \u00d3 Briain of the Social Democrats said the council had been warning for two years.",
         [("Niamh \u00d3 Briain", "councillor", "Social Democrats", "")]),
        ("Fianna F\u00e1il councillor Peter Keane took a different view.",
         [("Peter Keane", "councillor", "Fianna F\u00e1il", "")]),
    ],
)
def test_affiliations_appositions_and_referents(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In Brussels, a spokesperson for the European Commission said that the talks could not be linked.",
        "A White House delegation led by Kurt Campbell, the National Security Council\u2019s coordinator for the "
        "Indo-Pacific, is due in Honiara this week.",
    ],
)
def test_affiliations_no_person_from_places_and_word_parts(nlp, text):
    doc = nlp(text)
    assert {s.kb_id_ for s in doc.spans["persons"]} <= {"Kurt Campbell"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person or a place after the role's preposition is no organization
        ("Dennis B. Ross, a former senior adviser to Mr. Obama, said the deal was weak.",
         [("Dennis B. Ross", "former senior adviser", "", "")]),
        ("Jared Bernstein, former economic adviser to Vice President Joseph R. Biden Jr., said so.",
         [("Jared Bernstein", "former economic adviser", "", ""),
          ("Joseph R. Biden Jr.", "vice president", "", "")]),
        ("Madeleine Kunin was governor of Vermont.", []),
        # ... unless a head noun or an acronym names a body, whatever the NER says
        ("\"Our officers worked quickly,\" said Cpl. Vanessa Moreau, a spokesperson for Surrey RCMP.",
         [("Vanessa Moreau", "spokesperson", "Surrey RCMP", "")]),
        # a company's abbreviation closes its name
        ("\"The market collapsed,\" said Maria Gomez, chief executive of Acme Corp.",
         [("Maria Gomez", "chief executive", "Acme Corp.", "")]),
        # a headline's capitalized preposition links nothing
        ("Clinton Leads Poll With Record Margin\n\nHillary Clinton said the race was close.", []),
    ],
)
def test_affiliations_no_organization_from_persons_and_places(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition between dashes
        ("Jane Doe \u2014 a spokesperson for Acme Energy \u2014 said the plant would reopen.",
         [("Jane Doe", "spokesperson", "Acme Energy", "")]),
        ("Jane Doe, of the Sierra Club, said the plant would reopen.", [("Jane Doe", "", "Sierra Club", "")]),
        # a possessive organization right before the name
        ("Oxfam's Jane Mills said the plan fell short.", [("Jane Mills", "", "Oxfam", "")]),
        # a place that only locates the organization
        ("Jane Doe, head of research at Capital Economics in London, said growth would slow.",
         [("Jane Doe", "head", "Capital Economics", "")]),
        # a company suffix is no part of a person's name
        ("Jane Doe, chief executive officer of Acme Energy Ltd, said the plant would reopen.",
         [("Jane Doe", "chief executive officer", "Acme Energy Ltd", "")]),
        # a shadow / opposition role belongs to the party named before, and to no other body
        ("The opposition Labour Party was unimpressed. John Healey, the shadow defence secretary, said the extra "
         "money did not make up for the cuts.",
         [("John Healey", "shadow defence secretary", "Labour Party", "")]),
        ("The opposition Labour Party attacked the plan. Shadow chancellor Rachel Reeves said it would fail.",
         [("Rachel Reeves", "shadow chancellor", "Labour Party", "")]),
        ("The Treasury published the plan. Shadow chancellor Rachel Reeves said it would fail.",
         [("Rachel Reeves", "shadow chancellor", "", "")]),
    ],
)
def test_affiliations_more_news_constructions(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_two_particles_in_a_name(nlp):
    doc = nlp("European Commission President Ursula von der Leyen, who flew to the Uruguayan capital, called the deal "
              "\"a win-win agreement\".")
    assert affiliation_rows(doc) == [("Ursula von der Leyen", "president", "European Commission", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date, a place or a person closing the phrase is no part of the organization
        ("Judge Richard A. Posner of the United States Court of Appeals for the Seventh Circuit and William M. Landes "
         "wrote that the law was clear, Posner said.",
         [("Richard A. Posner", "judge", "United States Court of Appeals for the Seventh Circuit", "")]),
        # an occasion at an organization is no affiliation
        ("Karl Rove at a White House dinner said the race was close.", []),
        # a department's secretary is no party's
        ("Labor Secretary Thomas Perez said the jobs report was strong.", [("Thomas Perez", "secretary", "", "")]),
        ("Labour leader Keir Starmer said the plan would fail.", [("Keir Starmer", "leader", "Labour Party", "")]),
    ],
)
def test_affiliations_phrase_ends(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_title_before_and_relative_clause(nlp):
    doc = nlp("Saudi Arabia unveiled Vision 2030. Deputy Crown Prince Mohammed bin Salman, who chairs the Council of "
              "Economic and Development Affairs and drove the project, presented it in an interview.")
    assert affiliation_rows(doc) == [
        ("Mohammed bin Salman", "deputy crown prince", "Council of Economic and Development Affairs", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organization stated after the name wins over the clause's topic a bare role would take
        ("The Port Authority said the berth would stay closed for a week. Economist Mara Lind of the Baltic Trade "
         "Institute said the loss would be small.",
         [("Mara Lind", "economist", "Baltic Trade Institute", "")]),
        # "a spokesman for Y, Title X": the role and organization of the apposition before the title; a singular
        # "Force" ends an organization's name, so its last word is no person
        ("A spokesman for the Nigeria Police Force, Superintendent Musa Bello, told reporters that six people "
         "had been arrested.",
         [("Musa Bello", "spokesman", "Nigeria Police Force", "")]),
        # names of institutions in other languages: their heads and the words joining their parts
        ("Paulo Lima, a professor at the Universidade de São Paulo, said the data were clear.",
         [("Paulo Lima", "professor", "Universidade de São Paulo", "")]),
        ("Economist Claire Morel of the Institut d'Études Politiques said the reform came too late.",
         [("Claire Morel", "economist", "Institut d'Études Politiques", "")]),
        # a mayor holds a town's office, not a post in the body the sentence before named
        ("The National Guard said the march was peaceful. Mayor Ana Souza said the town had not been consulted.",
         [("Ana Souza", "mayor", "", "")]),
    ],
)
def test_affiliations_stated_organization_first(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause after the role says which body the person heads
        ("Mele Tafa, a surgeon who chairs the Pacific Health Alliance, said the clinics were short of staff.",
         [("Mele Tafa", "surgeon", "Pacific Health Alliance", "")]),
        # a desk of an institute is a unit of it: the institute is the organization
        ("Rui Couto, who heads the Asia desk at the Porto Centre for Security Studies, said the visit was a signal.",
         [("Rui Couto", "head", "Porto Centre for Security Studies", "")]),
        # a profession from the roles list
        ("Ines Duarte, a volcanologist at the Azores Geophysical Institute, said the tremors had eased.",
         [("Ines Duarte", "volcanologist", "Azores Geophysical Institute", "")]),
        # an organization whose name the capitalized words alone do not make (an apostrophe inside it)
        ("\u201cThe harbour is full,\u201d said Pita Vea, an economist with the Ha\u2019apai Fisheries Trust.",
         [("Pita Vea", "economist", "Ha\u2019apai Fisheries Trust", "")]),
        # a relative clause of work: the body where the person coordinates something
        ("Sara Haddad, who coordinates field research at the Levant Migration Observatory, said arrivals had "
         "doubled.",
         [("Sara Haddad", "", "Levant Migration Observatory", "")]),
        # positions of diplomacy and public office from the roles list
        ("The African Union's chief negotiator, Kofi Mensah, said the text was nearly agreed.",
         [("Kofi Mensah", "chief negotiator", "African Union", "")]),
        ("Helen Okafor, clerk of the Valdora Town Council, said the minutes would be published.",
         [("Helen Okafor", "clerk", "Valdora Town Council", "")]),
        # a head verb right after the name, in the present or the perfect
        ("Tomas Lind has run the Baltic Energy Agency since 2019.",
         [("Tomas Lind", "head", "Baltic Energy Agency", "")]),
        ("Anna Berg heads the Nordic Policy Institute in Oslo.",
         [("Anna Berg", "head", "Nordic Policy Institute", "")]),
        ("Anna Berg heads to Brussels next week.", []),
        # a ministry whose portfolio is a list, in apposition before an honorific and the name
        ("The Permanent Secretary of the Ministry of Trade, Industry and Tourism, Mr Omar Farah Ali, opened the "
         "session.",
         [("Omar Farah Ali", "permanent secretary", "Ministry of Trade, Industry and Tourism", "")]),
    ],
)
def test_affiliations_relative_clauses_units_and_portfolio_lists(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hassan Sheikh Mohamud said the talks would resume.", ["Hassan Sheikh Mohamud"]),
        ("Farah Haji Osman, the committee's chair, said the budget was late.", ["Farah Haji Osman"]),
        # before the name it is still a title
        ("Sheikh Khalid Al Nuaimi said the talks would resume.", ["Khalid Al Nuaimi"]),
        # "Project" heads an organization's name, never a person's
        ("Lena Ortiz, director of the Coastal Futures Project, said the survey was done.", ["Lena Ortiz"]),
    ],
)
def test_person_names_with_a_title_inside(nlp, text, expected):
    doc = nlp(text)
    assert [s.kb_id_ for s in doc.spans["persons"]] == expected


def test_last_word_of_a_police_force_is_no_person(nlp):
    doc = nlp("A spokesman for the Nigeria Police Force, Superintendent Musa Bello, told reporters that six people "
              "had been arrested.")
    assert [s.kb_id_ for s in doc.spans["persons"]] == ["Musa Bello"]
    assert [s.text for s in doc.spans["organizations"]] == ["Nigeria Police Force"]
