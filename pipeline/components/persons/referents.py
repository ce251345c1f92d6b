"""Stage 2 helper: the organization a role refers back to when the name's own phrase does not name it.

News introduces a person by a bare role right after the organization was the topic ("The Coastal Power
Authority said repairs would take a week. Spokesman Ravi Patel told reporters ...") or by a definite
description of it ("Det. Sgt. Paula Green of the service's robbery unit", "the council's lead member").
Both are resolved against the organizations recognised earlier in the text (``org_spans`` in text order).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...sentences import sentence_of
from .lexicon import PersonLexicon
from .roles import Found
from .tokens import POSSESSIVE, modifies_noun_after

_ARTICLES = frozenset({"a", "an"})
_CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
_OBJECTS = frozenset({"dobj", "obj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_JOINED = frozenset({"conj", "appos"})  # a name joined to a subject: "A and X said", "the yard, X, said"
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "\u201d"})
_INSIDE_PHRASE = frozenset({"compound", "conj", "appos", "amod", "nmod", "poss"})
_NOT_BODIES = frozenset({"PERSON", "GPE", "NORP"})
_MODIFIERS = 3
_MODIFIER_TAGS = frozenset({"ADJ", "NOUN"})
_DESCRIPTION_WORDS = 3  # "the investment promotion commission": lower-case words of a name said again
_PLACE_KEYS = ("countries", "places")  # the country ruler's span groups
_TOPIC_SENTENCES = 2  # how many sentences back a bare role still refers to the organization named there
_PLACE_PREPOSITIONS = frozenset({"in", "on"})  # "a growers' cooperative in Moguer", "a marina on Great Exuma"


def _as_found(span: Span) -> Found | None:
    """The organization span without a leading "the" (None when nothing is left)."""
    lo = span.start + (1 if span[0].lower_ == "the" else 0)
    return Found(span.doc[lo:span.end].text, lo, span.end) if lo < span.end else None


def opening_org(doc: Doc, k: int, org_spans: list[Span]) -> Found | None:
    """The organization the organization ruler found opening at token ``k`` ("the" skipped), whole: its name may
    hold commas or apostrophes that a capitalized run stops at ("the Ministry of Trade, Industry and Tourism",
    "the Vava\u2019u Development Trust")."""
    k += k < len(doc) and doc[k].lower_ == "the"
    for span in org_spans:
        if span.start == k:
            return _as_found(span)
        if span.start > k:
            break
    return None


def definite_reference(doc: Doc, lo: int, hi: int, org_spans: list[Span]) -> Found | None:
    """The organization the last "the trust" / "the union" between tokens ``lo`` and ``hi`` refers to: the last
    one named before it with that noun ("The trust added ..." -> "North Mercia Hospitals NHS Trust")."""
    for i in range(hi - 2, lo - 1, -1):
        if doc[i].lower_ == "the" and doc[i + 1].is_lower and doc[i + 1].is_alpha:
            org = named_with(doc[i + 1].lower_, i, org_spans)
            if org is not None:
                return org
        org = _state_reference(doc, i, org_spans)
        if org is not None:
            return org
    return None


def _state_reference(doc: Doc, i: int, org_spans: list[Span]) -> Found | None:
    """"The Burundian ministry said ..." at token ``i``: the last organization named before it with that noun and of
    that state, its name or the possessive before it naming the state ("Burundi's Ministry of National Defence")."""
    if not (i + 2 < len(doc) and doc[i].lower_ == "the" and doc[i + 2].is_lower and doc[i + 2].is_alpha):
        return None
    states = [c for c in doc.spans[_PLACE_KEYS[0]] if c.kb_id_] if _PLACE_KEYS[0] in doc.spans else []
    state = next((c.kb_id_ for c in states if c.start == i + 1 and c.end == i + 2), None)
    if state is None:
        return None
    noun = doc[i + 2].lower_
    named = [s for s in org_spans if s.end <= i and any(t.lower_ == noun and t.is_title for t in s)
             and any(c.kb_id_ == state and _names_state_of(c, s) for c in states)]
    return _as_found(named[-1]) if named else None


def _names_state_of(country: Span, org: Span) -> bool:
    """The country span is inside the organization's name or owns it ("Burundi's Ministry of ...")."""
    doc = org.doc
    if org.start <= country.start and country.end <= org.end:
        return True
    gap = org.start - country.end
    return gap == 0 or gap == 1 and doc[country.end].text in POSSESSIVE


def described(doc: Doc, i: int, org_spans: list[Span]) -> Found | None:
    """"the council", "the investment commission" at token ``i``: the organization named before with those words
    (:func:`named_with_all`); the Found spans the words. A noun that only qualifies the next one names none unless
    the name has both ("the energy committee" is not "the Committee")."""
    if not (i + 1 < len(doc) and doc[i].lower_ == "the" and doc[i + 1].is_lower and doc[i + 1].is_alpha):
        return None
    end = i + 2
    while end < len(doc) and end - i <= _DESCRIPTION_WORDS and doc[end].is_lower and doc[end].is_alpha \
            and doc[end].pos_ == "NOUN":
        end += 1
    org = named_with_all([t.lower_ for t in doc[i + 1:end]], i, org_spans)
    return Found(org.text, i, end) if org is not None else None


def named_with(noun: str, before: int, org_spans: list[Span]) -> Found | None:
    """The last organization named before token ``before`` with ``noun`` as a capitalized word of its name, not
    one that only qualifies another head ("the city" is not "Riverton City Council")."""
    return named_with_all([noun], before, org_spans)


def named_with_all(nouns: list[str], before: int, org_spans: list[Span]) -> Found | None:
    """The last organization named before token ``before`` with each of ``nouns`` as a capitalized word of its name,
    the last of them not one that only qualifies another head ("the city" is not "Riverton City Council"; "the
    investment commission", "a coast guard spokeswoman": "Ethiopian Investment Commission", "Philippine Coast
    Guard")."""
    named = [s for s in org_spans if s.end <= before and not _qualifies(s, nouns[-1])
             and all(any(t.lower_ == noun and t.is_title for t in s) for noun in nouns)]
    return _as_found(named[-1]) if named else None


def _qualifies(span: Span, noun: str) -> bool:
    """``noun`` is a compound modifier of the name's head ("City" in "Riverton City Council")."""
    return any(t.lower_ == noun and t.dep_ == "compound" and t.head.i == span.root.i and t.head.is_title
               and t.head.lower_ != noun for t in span)


def head_reference(doc: Doc, i: int, org_spans: list[Span]) -> Found | None:
    """"the service's" / "the council's" at token ``i``: the last organization named before it whose name has
    that noun ("Halton Regional Police Service", "Maricopa County Department of Public Health"; "the Network's": the
    noun capitalized as in the name); the Found spans the description.
    """
    if not (i + 2 < len(doc) and doc[i].lower_ == "the" and (doc[i + 1].is_lower or doc[i + 1].is_title)
            and doc[i + 1].is_alpha and doc[i + 2].text in POSSESSIVE):
        return _demonym_reference(doc, i, org_spans)
    org = named_with(doc[i + 1].lower_, i, org_spans)
    return Found(org.text, i, i + 3) if org is not None else None


def _demonym_reference(doc: Doc, i: int, org_spans: list[Span]) -> Found | None:
    """"the Namibian association's" / "the Paraguayan chamber's" at token ``i``: the last organization named before
    it with both the demonym and the noun in its name ("Namibian Beef Exporters' Association", not the "Paraguayan
    Chamber of Meat Exporters" named after it); the Found spans the description."""
    if not (i + 3 < len(doc) and doc[i].lower_ == "the" and doc[i + 1].ent_type_ == "NORP" and doc[i + 1].is_title
            and doc[i + 2].is_lower and doc[i + 2].is_alpha and doc[i + 3].text in POSSESSIVE):
        return None
    org = named_with_all([doc[i + 1].lower_, doc[i + 2].lower_], i, org_spans)
    return Found(org.text, i, i + 4) if org is not None else None


def noun_reference(doc: Doc, i: int, org_spans: list[Span], lex: PersonLexicon) -> Found | None:
    """:func:`head_reference`, else "the company's" / "the agency's" (a common noun of organizations,
    org_nouns.txt, that no name before it has): the organization that is the topic there (:func:`topic_organization`,
    the NER's organizations counted too: "Northumbrian Water said ... Andrew Lowe, the company's director")."""
    ref = head_reference(doc, i, org_spans)
    if ref is not None or not (i + 2 < len(doc) and doc[i].lower_ == "the" and doc[i + 1].lower_ in lex.org_nouns
                               and doc[i + 2].text in POSSESSIVE):
        return ref
    org = _of_noun(doc, i, doc[i + 1].lower_, org_spans, lex)
    return Found(org.text, i, i + 3) if org is not None else None


def possessor_reference(doc: Doc, marker: int, org_spans: list[Span], lex: PersonLexicon) -> Found | None:
    """The organization a description ending at the possessive marker at token ``marker`` refers to: "the
    institute's", "the company's" (:func:`noun_reference` two tokens before it), "the Paraguayan chamber's" (three)."""
    for lo in (marker - 2, marker - 3):
        ref = noun_reference(doc, lo, org_spans, lex) if lo >= 0 else None
        if ref is not None and ref.end == marker + 1:
            return ref
    return None


_HOUSE_LINES = 8  # the header lines (before the text's first sentence) that may name who publishes it
_LABEL_MARKS = ("|", ",", ":", "\u2014", "\u2013", "-", "by")  # "COMMENTARY | X", "From: Unit, X", "X \u2014 Brief 7"
_ADDRESSEE = ("to", "for")  # "To: Members of the X", "Prepared for X": whom the text is for, not who writes it
_PROSE_ENDS = (".", "!", "?")
_OPENING_QUOTES = ("\u201c",)
_CLOSING_QUOTE = "\u201d"


def house_organization(doc: Doc, org_spans: list[Span]) -> Found | None:
    """The organization that publishes the text: the last one set off on the first label line of its header that
    names one ("Nordic Polar Monitor | Commentary", "COMMENTARY | Northern Desk, Baltic Policy Forum", "From: Unit, X",
    "X \u2014 Policy Brief No. 7"), the header being the lines before the first that ends a sentence; None when the
    header names none (a news report: its outlet sits in the dateline, in the first sentence)."""
    text, offset, lines = doc.text, 0, 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        words = line.strip()
        if not words:
            continue
        lines += 1
        if lines > _HOUSE_LINES or words.endswith(_PROSE_ENDS):
            return None
        if words.split()[0].lower().rstrip(":") in _ADDRESSEE:
            continue
        found = [s for s in org_spans if start <= s.start_char and s.end_char <= start + len(line)
                 and _set_off(line[:s.start_char - start], line[s.end_char - start:])]
        if found:
            return _as_found(found[-1])
    return None


def _set_off(before: str, after: str) -> bool:
    """A name with only these words around it on its line stands as a label ("| X", "X \u2014 Brief", "From: A, X")."""
    before, after = before.strip(), after.strip()
    if before.lower().endswith(" the") or before.lower() == "the":
        before = before[:-3].strip()
    return (not before or before.lower().endswith(_LABEL_MARKS)) and (not after or after.startswith(_LABEL_MARKS))


def house_reference(doc: Doc, i: int, org_spans: list[Span]) -> Found | None:
    """The organization "our" at token ``i`` refers to in the text's own voice ("a senior researcher at our institute",
    "Our senior fellow, X"): the one that publishes it (:func:`house_organization`); None inside a quotation, where
    "our" is the speaker's, or when the text names no publisher."""
    if doc[i].lower_ != "our" or _quoted(doc, i):
        return None
    return house_organization(doc, org_spans)


def _quoted(doc: Doc, i: int) -> bool:
    """Token ``i`` stands inside quotation marks opened on its line."""
    text = doc.text
    line = text[text.rfind("\n", 0, doc[i].idx) + 1:doc[i].idx]
    opened = sum(line.count(q) for q in _OPENING_QUOTES) > line.count(_CLOSING_QUOTE)
    return opened or line.count('"') % 2 == 1


def kind_reference(doc: Doc, i: int, org_spans: list[Span], lex: PersonLexicon) -> Found | None:
    """"the service" at token ``i`` (after a role's "for" / "at" / "of": "a spokeswoman for the service"): the
    organization named before with that noun (:func:`described`), else the one that is the topic there and no
    other organization noun of org_nouns.txt names ("According to the Border Guard, ... a spokeswoman for the
    service"); "our institute" in the text's own voice, the organization that publishes it (:func:`house_reference`);
    the Found spans the two words."""
    ref = described(doc, i, org_spans)
    if ref is None and i + 1 < len(doc) and (doc[i + 1].lower_ in lex.org_nouns or doc[i + 1].lower_ in lex.org_heads):
        house = house_reference(doc, i, org_spans)  # "a senior researcher at our institute"
        ref = Found(house.text, i, i + 2) if house is not None else None
    if ref is not None or not (i + 1 < len(doc) and doc[i].lower_ == "the" and doc[i + 1].lower_ in lex.org_nouns):
        return ref
    if i + 2 < len(doc) and (doc[i + 2].text in POSSESSIVE or doc[i + 2].is_alpha and doc[i + 2].pos_ == "NOUN"):
        return None  # "the service's unit", "the company board": not the noun alone
    org = _of_noun(doc, i, doc[i + 1].lower_, org_spans, lex)
    return Found(org.text, i, i + 2) if org is not None else None


def _of_noun(doc: Doc, i: int, noun: str, org_spans: list[Span], lex: PersonLexicon) -> Found | None:
    """The organization "the <noun>" at token ``i`` refers to: the topic among those of that kind (:func:`_of_kind`),
    else the one such organization that is a clause's subject before it."""
    candidates = (*org_spans, *_ner_organizations(doc, org_spans), *_speaking_names(doc, i, org_spans, lex))
    named = sorted([s for s in candidates if _of_kind(s, noun, lex)], key=lambda s: (s.start, s.end))
    return topic_organization(doc, i, named, lex) or _only_subject(named, i)


def _kind_subject(doc: Doc, lo: int, hi: int, org_spans: list[Span], lex: PersonLexicon) -> Found | None:
    """"Borneo Pack Industries said ... (paragraphs) ... The company blamed imports. According to its managing
    director, X": the organization a sentence subject "the <organization noun>" between tokens ``lo`` and ``hi``
    refers to (:func:`_of_noun`), when no name has that noun."""
    for i in range(lo, hi - 1):
        if doc[i].lower_ == "the" and doc[i + 1].lower_ in lex.org_nouns and doc[i + 1].dep_ in _SUBJECTS:
            return _of_noun(doc, i, doc[i + 1].lower_, org_spans, lex)
    return None


def _only_subject(named: list[Span], before: int) -> Found | None:
    """"Harlow Freight Systems will close ... (paragraphs) ... The company's chief executive": the one organization
    of that kind that is a clause's subject before token ``before``, however far back (None when several are; a
    dateline's outlet in parentheses is none)."""
    subjects = {s.text: s for s in named if s.end <= before and _subject(s.root) and _in_prose(s)
                and not _in_parentheses(s.doc, s)}
    return _as_found(next(iter(subjects.values()))) if len(subjects) == 1 else None


def _subject(root: Token) -> bool:
    """The token is a clause's subject, or conjoined to one ("VIENTIANE, 12 February — Neman Heavy Vehicles, a
    manufacturer, will assemble ...": the parse joins the name to the dateline's word), or in apposition to one
    ("the yard, Chonburi Marine Engineering, said", "The buyer, Andaman Ocean Foods, cans tuna")."""
    return root.dep_ in _SUBJECTS or root.dep_ in _JOINED and root.head.dep_ in _SUBJECTS


def _in_prose(span: Span) -> bool:
    """The span's sentence ends in a full stop or a closing quotation mark (not a headline's)."""
    words = [t for t in sentence_of(span[0]) if not t.is_space]
    return bool(words) and words[-1].text in _SENTENCE_ENDS


def _of_kind(span: Span, noun: str, lex: PersonLexicon) -> bool:
    """Whether "the <noun>" can refer to the organization ``span``: its name ends in that noun or in no other
    organization noun of org_nouns.txt ("the company" -> "Atlantic Shoal Seafoods", not "Fish Workers Union Local 14";
    "the force" -> "Dyfed-Powys Police")."""
    heads = [t.lower_ for t in span if t.lower_ in lex.org_nouns]
    return not heads or heads[-1] == noun


def _ner_organizations(doc: Doc, org_spans: list[Span]) -> list[Span]:
    """The NER's organizations the organization ruler left out, when no person's name ("Northumbrian Water"), not all
    words the country ruler reads as a country or a place ("between Port of Spain and Bridgetown"), not a description
    ending in a common noun ("the Burundian ministry": which ministry, the text named before), not right after
    "in" or "on" (a place: "a growers' cooperative in Moguer", "a marina on Great Exuma") and not only saying where a
    body of a common noun is ("Hvera Energy, a Reykjavík firm": :func:`~.tokens.modifies_noun_after`)."""
    taken = {t for s in org_spans for t in range(s.start, s.end)}
    placed = {t for key in _PLACE_KEYS if key in doc.spans for s in doc.spans[key] for t in range(s.start, s.end)}
    persons = {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    return [ent for ent in doc.ents if ent.label_ == "ORG" and not taken.intersection(range(ent.start, ent.end))
            and not placed.issuperset(range(ent.start, ent.end))
            and ent.text[:1].isupper() and not ent[-1].is_lower and not persons.intersection(t.text for t in ent)
            and not (ent.start > 0 and doc[ent.start - 1].lower_ in _PLACE_PREPOSITIONS)
            and not modifies_noun_after(doc, ent.start, ent.end)]


def _speaking_names(doc: Doc, at: int, org_spans: list[Span], lex: PersonLexicon) -> list[Span]:
    """Capitalized names, no person's, that are the subject of a verb of saying in the sentences before token
    ``at`` ("Northumbrian Water said the notice covers ..." when the NER reads no organization there)."""
    first = sentence_of(doc[at]).start
    for _ in range(_TOPIC_SENTENCES):
        first = sentence_of(doc[first - 1]).start if first > 0 else first
    taken = {t for s in org_spans for t in range(s.start, s.end)}
    out = []
    for tok in doc[first:at]:
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in lex.speech_verbs or tok.i in taken:
            continue
        words = [t for t in tok.subtree if t.lower_ != "the"]
        if words and all(t.is_title and t.pos_ == "PROPN" and t.ent_type_ not in _NOT_BODIES for t in words) \
                and words[-1].i - words[0].i + 1 == len(words) and len(words) >= 2:
            out.append(doc[words[0].i:words[-1].i + 1])
    return out


def _in_parentheses(doc: Doc, span: Span) -> bool:
    """"(Reuters)", "(AP)": a dateline's agency, never the topic of the text."""
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")"


def topic_organization(doc: Doc, at: int, org_spans: list[Span], lex: PersonLexicon) -> Found | None:
    """The organization a bare role at token ``at`` belongs to: the last one named before it in its sentence
    or the two sentences before (a paragraph break in between is allowed; a sentence whose subject refers
    back to it, "It said ...", "The company said ...", is not counted), else None."""
    first = sentence_of(doc[at]).start
    left = _TOPIC_SENTENCES
    while left > 0 and first > 0:
        first = sentence_of(doc[first - 1]).start
        left -= not _refers_back(doc, first, lex)
    earlier = [s for s in org_spans if first <= s.start and s.end <= at and not _in_parentheses(doc, s)
               and (not _acted_on(s) or _says(s, lex))]
    return _as_found(earlier[-1]) if earlier else None


def _says(span: Span, lex: PersonLexicon) -> bool:
    """The organization closes a clause that a verb of saying follows, set off by a comma ("... will clear
    immigration, the operator, Island Link Ferries, said."): it is who speaks, whatever the parse hangs it on; not
    when it closes a relative clause ("The company, which is owned by Grupo Ortega, said": the company speaks)."""
    doc = span.doc
    if any(t.dep_ == "relcl" for t in span.root.ancestors):
        return False
    k = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    return k < len(doc) and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in lex.speech_verbs


def _acted_on(span: Span) -> bool:
    """The organization is what a verb acts on, not who acts ("voted to close Lincoln Elementary", "whose children
    attend Lincoln"): its phrase is a verb's direct object; or it only describes another ("The company, which has
    been owned since 2020 by Morva Holdings, said"): its phrase is inside a relative clause, or it is a possessor
    (:func:`_possessor`). Such an organization is not the topic a bare role belongs to."""
    if any(t.dep_ == "relcl" for t in span.root.ancestors) or _possessor(span):
        return True
    tok = span.root
    for _ in range(6):
        if tok.dep_ in _OBJECTS:
            return True
        if tok.dep_ not in _INSIDE_PHRASE or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _possessor(span: Span) -> bool:
    """The organization owns a thing and is not what the clause is about ("students moving under CARICOM's free
    movement rules"): its name ends before a possessive marker and is the ``poss`` of a noun."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in POSSESSIVE and span.root.dep_ == "poss"


def _refers_back(doc: Doc, start: int, lex: PersonLexicon) -> bool:
    """The sentence starting at token ``start`` has "it" or "the <organization noun>" as its main subject."""
    root = sentence_of(doc[start]).root
    subject = next((t for t in root.children if t.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ == "it":
        return True
    return subject.lower_ in lex.org_nouns and any(t.lower_ == "the" for t in subject.children)


def role_topic(doc: Doc, role: Found, lex: PersonLexicon, org_spans: list[Span]) -> Found | None:
    """The organization a bare staff role opening a clause belongs to ("... Authority said .... Spokesman X
    told", "Union president X", "A spokesperson, X,", '"...," spokesman X told'): the one named before with
    the word that opens the clause ("Local president X" -> "CUPE Local 38", however far), else the one named
    last in the sentence or the two before; None for other roles
    ("host X", "candidate X"), inside a clause ("... and presidential aide X") and for the offices of a state
    ("President X", "Secretary X")."""
    body = chaired_body(doc, role, lex, org_spans)
    if body is not None:
        return body
    start, before = role.start, doc[role.start - 1] if role.start > 0 else None
    head_noun = before is not None and before.lower_ in lex.org_heads and (bool(before.is_sent_start)
                                                                             or before.is_lower)
    if before is not None and (before.lower_ in _ARTICLES or before.is_alpha and before.is_sent_start or head_noun):
        start -= 1  # "A spokesperson, X"; "Union president X" (the union named before), "Station manager X"
    staff = _staff_role(role.text, lex) or (head_noun and role.text.split()[-1] in lex.staff_roles)
    if not (staff and (_opens_clause(doc, start, lex) or _subject_of_saying(doc, start, role.end, lex))):
        return None
    opener = doc[start]
    named = named_with(opener.lower_, start, org_spans) if (opener.is_title or head_noun) \
        and opener.lower_ not in _ARTICLES else None
    return named or topic_organization(doc, role.start, org_spans, lex)  # "Local president X": "CUPE Local 38"


def chaired_body(doc: Doc, role: Found, lex: PersonLexicon, org_spans: list[Span]) -> Found | None:
    """"The Committee met .... The chairperson, X, told members" (a committee's summary of its hearing): the body the
    last "the committee" before a bare chair role (chair_roles.txt) refers to, the one named before with that noun
    (chaired_bodies.txt) in more words than the noun alone; None for other roles or when the text refers to no such
    body. A member role (member_roles.txt) belongs to it only when the body's noun opens it or "another" does, after a
    member named before ("Committee member X", "Another member, X"); a bare title ("Member X") or "A member, X" names
    no body."""
    if role.text not in lex.chair_roles and not (role.text in lex.member_roles and _member_of_body(doc, role, lex)):
        return None
    named = [s for s in org_spans if s.end <= role.start and len(s) > 1]
    for i in range(role.start - 2, -1, -1):
        if doc[i].lower_ == "the" and doc[i + 1].lower_ in lex.chaired_bodies:
            return named_with(doc[i + 1].lower_, i, named)
    return None


def _member_of_body(doc: Doc, role: Found, lex: PersonLexicon) -> bool:
    """The member role is said of a body: its noun right before ("Committee member X") or "another" ("Another member,
    X": of the body a member was named of before)."""
    before = doc[role.start - 1].lower_ if role.start > 0 else ""
    return before in lex.chaired_bodies or before == "another"


def member_body(doc: Doc, role: Found, lex: PersonLexicon, org_spans: list[Span]) -> Found | None:
    """"Critics in the National Council have asked .... A councillor, X, told" (an apposition; a title before the
    name, "Councillor X", names no body): a role named after the body its holder sits on (its last word a longer form
    of a noun of chaired_bodies.txt: "councillor", "commissioner") belongs to the last body named with that noun in
    its sentence or the :data:`_TOPIC_SENTENCES` before; None for other roles or when none is named there."""
    word = role.text.split()[-1]
    noun = max((b for b in lex.chaired_bodies if word.startswith(b) and len(word) > len(b)), key=len, default=None)
    if noun is None:
        return None
    first = sentence_of(doc[role.start]).start
    for _ in range(_TOPIC_SENTENCES):
        first = sentence_of(doc[first - 1]).start if first > 0 else first
    return named_with(noun, role.start, [s for s in org_spans if s.start >= first])


def _staff_role(role: str, lex: PersonLexicon) -> bool:
    """A role held inside an organization: listed, or a listed role after modifiers ("senior meteorologist"),
    never an office of a state ("President", "defense secretary") or a role of a campaign ("campaign chief")."""
    *before, head = role.split()
    if role in lex.public_offices or role in lex.staff_roles:
        return role not in lex.public_offices
    return head in lex.staff_roles and head not in lex.public_offices and all(w in lex.role_modifiers for w in before)


def staff_topic(doc: Doc, role: Found, lex: PersonLexicon, org_spans: list[Span]) -> Found | None:
    """""...," said the chief executive, X" (the company the text is about named before): the organization that is the
    topic there (:func:`topic_organization`) for a staff role (not an office of a state: "the president, X"), else
    None."""
    return topic_organization(doc, role.start, org_spans, lex) if _staff_role(role.text, lex) else None


def _subject_of_saying(doc: Doc, start: int, end: int, lex: PersonLexicon) -> bool:
    """"Outside court, club president X said", "..., municipal spokesperson X told reporters": the role (from
    token ``start``, after lower-case modifiers) follows a comma and the name after it (from ``end``) is the
    subject of a verb of saying."""
    while start > 0 and end - start < _MODIFIERS and doc[start - 1].is_lower and doc[start - 1].pos_ == "ADJ":
        start -= 1
    if start == 0 or doc[start - 1].text != ",":
        return False
    return any(t.dep_ == "nsubj" and t.head.lemma_.lower() in lex.speech_verbs for t in doc[end:end + 4])


def _opens_clause(doc: Doc, i: int, lex: PersonLexicon) -> bool:
    """Token ``i`` opens its sentence or follows a closing quotation ('"We will," spokesman X said'), also with
    the verb of saying between ('"We will," said union president X')."""
    if i > 2 and doc[i - 1].lemma_.lower() in lex.speech_verbs and doc[i - 1].pos_ == "VERB":
        i -= 1
    return i == 0 or bool(doc[i].is_sent_start) or (i > 1 and doc[i - 1].text in _CLOSING_QUOTES
                                                    and doc[i - 2].text in {",", "!", "?"})


def antecedent(doc: Doc, pronoun: int, org_spans: list[Span], lex: PersonLexicon) -> Found | None:
    """The organization "its" at token ``pronoun`` refers to: a body in lower case that is a subject after the last
    one named (:func:`lower_case_subject`), else the one named last before it (the NER's too: "The
    opposition Partido Popular was less enthusiastic. Its spokesperson, X"), when in its sentence or
    the one before (else the one "the <noun>" refers to there, named with that noun or, for a subject "the company",
    the one of its kind: "Borneo Pack Industries said .... The company blamed imports. According to its managing
    director, X"; else the topic organization of the sentences before
    when no state is named there, that "its" could be: "The Fire Service said .... No deaths were reported. Its
    spokesman, X", not "... Hungary signalled that it would not stand in the way. Its foreign minister, X")."""
    earlier = [s for s in (*org_spans, *_ner_organizations(doc, org_spans)) if s.end <= pronoun]
    sent = sentence_of(doc[pronoun])
    first = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    body = lower_case_subject(doc, first, pronoun, org_spans, lex)
    if body is not None and all(s.end <= body.start for s in earlier):
        return body  # "The departmental council debated the problem. Its president, X"
    if not earlier:
        return None
    span = _relative_head(max(earlier, key=lambda s: s.end), earlier)
    if span.start < first:  # named earlier: "... NHS Trust said .... The trust added .... Its chief executive"
        return definite_reference(doc, first, pronoun, org_spans) \
            or _kind_subject(doc, first, pronoun, org_spans, lex) or (
            None if any(t.ent_type_ == "GPE" for t in doc[first:pronoun])
            else topic_organization(doc, pronoun, org_spans, lex))
    if span.start > 0 and doc[span.start - 1].text == "(":
        named = [s for s in earlier if s.end == span.start - 1]  # "The Caribbean Community (CARICOM) ... Its"
        span = named[-1] if named else span
    lo = span.start + (1 if span[0].lower_ == "the" else 0)
    return Found(doc[lo:span.end].text, lo, span.end) if lo < span.end else None


def _relative_head(span: Span, earlier: list[Span]) -> Span:
    """The organization a relative clause holding ``span`` belongs to, when one of ``earlier`` is that clause's head:
    "The Ministry of Planning, which drafted the PSDH, said .... Its director" refers to the ministry."""
    for tok in span.root.ancestors:
        if tok.dep_ == "relcl":
            owner = next((s for s in earlier if s.start <= tok.head.i < s.end and s.end <= span.start), None)
            return owner if owner is not None else span
    return span


def lower_case_subject(doc: Doc, lo: int, hi: int, org_spans: list[Span], lex: PersonLexicon) -> Found | None:
    """"The departmental council debated the problem. Its president, X": the last clause subject between tokens ``lo``
    and ``hi`` that is a body written in lower case ("the", lower-case modifiers, an organization head noun of
    org_heads.txt), without the article; None when there is none or when an organization named before has that head
    noun ("the city council" after "Riverton City Council" is that council: :func:`definite_reference`)."""
    for i in range(hi - 1, lo, -1):
        head = doc[i]
        if head.dep_ not in _SUBJECTS or not head.is_lower or head.lower_ not in lex.org_heads:
            continue
        start = i
        while start > lo and i - start < _MODIFIERS and doc[start - 1].is_lower and doc[start - 1].is_alpha \
                and doc[start - 1].pos_ in _MODIFIER_TAGS:
            start -= 1
        if start < i and doc[start - 1].lower_ == "the" and named_with(head.lower_, i, org_spans) is None:
            return Found(doc[start:i + 1].text, start, i + 1)
    return None
