"""Stage 2 helper: a role owned by a possessive, with the name in apposition (for pipeline_person_ruler).

"The Eurasian Council's secretary general, Martin Vale, said" -> secretary general of the Eurasian Council;
"... the Security Council. Its state secretary, Ana Lis, told" -> state secretary of the Security Council,
when the organization "its" refers to is named in the same or the previous sentence, or referred to there
("The council added ..."; else the role alone);
"An RSF spokesman, Abdelrahman Nour," -> spokesman of RSF; "A spokesperson, Lea Kim," -> the role alone;
"The company's chief executive, Laura Pike," -> chief executive of the company named before (referents.py);
"A commission spokeswoman, Mai Thi Lan," -> spokeswoman of the commission named before.
The parse decides: the name is an ``appos`` of the role noun, the owner its ``poss``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .lexicon import PersonLexicon
from .referents import antecedent, house_reference, named_with, possessor_reference, staff_topic
from .roles import Found, owner_before, role_before
from .tokens import POSSESSIVE, words_of

_ORG_PRONOUNS = frozenset({"its"})
_HOUSE_PRONOUNS = frozenset({"our"})  # "Our senior fellow, X": of who publishes the text (referents.house_reference)
_ARTICLES = frozenset({"a", "an", "another"})  # "Another member, X": whose, the text before says
_FIELD_LINKS = frozenset({"of", "for"})  # "leader of the council", "secretary for defence"
_OWNER_ARTICLES = frozenset({"a", "an", "the"})  # "An RSF spokesman, X", "the AU Commission chairperson, X"
_PLACE_WORDS = 3  # "The UNHCR representative in South Sudan, X": the place's words before the comma
_PLACE_ENTS = frozenset({"GPE", "LOC"})


def possessive_apposition(doc: Doc, start: int, end: int, lex: PersonLexicon, countries: list[Span | None],
                          orgs: list[Span | None], org_spans: list[Span]) -> tuple[Found, Found | None] | None:
    """The role and its owner stated by "<owner>'s <role>, <name>" for the name at ``start:end``.

    Args:
        doc: The document.
        start: The name's first token.
        end: The token after the name.
        lex: The person word lists.
        countries: The country span covering each token (or None).
        orgs: The organization span covering each token (or None).
        org_spans: The organization spans in text order (antecedents of "its").

    Returns:
        The role and the owner (an organization or a country; None when unknown), or None when the
        text states no such apposition.
    """
    if start < 3 or words_of(doc).text[start - 1] != ",":
        return None
    close = place_before(doc, start - 1, countries)  # "The UNHCR representative in Burundi, X"
    role, head = _role_for_country(doc, close, lex, countries)
    if role is None:
        role = role_before(doc, close, lex)
        if role is not None and _org_as_field(doc, role, orgs):
            return None  # "A spokesperson for the US Embassy in Nassau, X": the caller reads "for" + organization
        head = role.end - 1 if role is not None else None
    if role is None:
        role, head = _role_with_portfolio(doc, close, lex)
    if role is None or head is None:
        return None
    role = _with_lower_modifiers(doc, role)
    owner_at = role.start - 1
    owned = doc[owner_at].lower_ in _ORG_PRONOUNS or doc[owner_at].lower_ in _HOUSE_PRONOUNS \
        or doc[owner_at].text in POSSESSIVE
    if not (_name_in_apposition(doc, start, end, head) or close < start - 1 and _name_in_apposition(
            doc, start, end, start - 2) or owned and _set_off(doc, end)):
        return None
    if doc[owner_at].lower_ in _ORG_PRONOUNS and doc[owner_at].dep_ == "poss":
        return role, antecedent(doc, owner_at, org_spans, lex)
    if doc[owner_at].lower_ in _HOUSE_PRONOUNS and doc[owner_at].dep_ == "poss":
        return role, house_reference(doc, owner_at, org_spans)
    if doc[owner_at].lower_ in _ARTICLES or _opening_the(doc, owner_at, role):
        return role, None  # "A spokesperson, X,", "The chairperson, X,": whose, the caller reads from the text before
    if doc[owner_at].text not in POSSESSIVE:
        return _article_owner(doc, role, lex, countries, orgs) or _kind_owner(doc, role, lex, org_spans) \
            or _definite_staff(doc, role, lex, org_spans)
    if not _owns(doc, owner_at, role):
        return None
    described = possessor_reference(doc, owner_at, org_spans, lex)  # "The Paraguayan chamber's president, X"
    return role, owner_before(doc, role.start, lex, countries, orgs) or _entity_owner(doc, owner_at) or described


def _org_as_field(doc: Doc, role: Found, orgs: list[Span | None]) -> bool:
    """Whether the words after the role's "of" / "for" are an organization the rulers or the NER found
    ("spokesperson for the US Embassy"), not a field ("Minister of Transport")."""
    links = [k for k in range(role.start, role.end) if doc[k].lower_ in _FIELD_LINKS]
    if not links:
        return False
    k = links[0] + 1
    k += k < role.end and doc[k].lower_ == "the"
    org = orgs[k] if k < role.end else None
    if org is not None:
        return org.end == role.end
    return k < role.end and all(t.ent_type_ == "ORG" for t in doc[k:role.end]) and doc[k].ent_iob_ == "B"


def place_before(doc: Doc, comma: int, countries: list[Span | None]) -> int:
    """"The UNHCR representative in Burundi, X", "a spokesperson for the Y Embassy in Nassau, X": the "in" opening a
    place (a country, or capitalized words the NER reads as a place, at most :data:`_PLACE_WORDS`) that ends at the
    comma at ``comma`` before a name, so that the role before it is read as if the comma followed it; else ``comma``."""
    k = comma - 1
    while k > 0 and comma - k <= _PLACE_WORDS and doc[k].text[:1].isupper() \
            and (countries[k] is not None or doc[k].ent_type_ in _PLACE_ENTS):
        k -= 1
    k -= k < comma - 1 and doc[k].lower_ == "the"
    return k if k < comma - 1 and k > 0 and doc[k].lower_ == "in" else comma


def _opening_the(doc: Doc, i: int, role: Found) -> bool:
    """"The" at ``i`` opens its sentence before a role with no field ("The chairperson, X, opened ..."): the role is
    the body's the text is about, as with "A spokesperson, X"; not "the" inside a clause ("said the head of Y, X")
    nor "The leader of the council, X" (the text names whose)."""
    return doc[i].lower_ == "the" and bool(doc[i].is_sent_start) \
        and not any(t.lower_ in _FIELD_LINKS for t in doc[role.start:role.end])


def _with_lower_modifiers(doc: Doc, role: Found) -> Found:
    """"ZipRide's operations manager", "its finance director": lower-case nouns and adjectives between a possessive
    and the role are part of the role as written (the role unchanged when no possessive or "its" precedes them)."""
    start = role.start
    while start > 1 and role.start - start < 3 and doc[start - 1].is_lower and doc[start - 1].is_alpha \
            and doc[start - 1].pos_ in {"NOUN", "ADJ"}:
        start -= 1
    if start == role.start or doc[start - 1].text not in POSSESSIVE and doc[start - 1].lower_ not in _ORG_PRONOUNS \
            and doc[start - 1].lower_ not in _HOUSE_PRONOUNS:
        return role  # "Its finance director, X", "Our senior fellow, X" too
    return Found(" ".join(t.lower_ for t in doc[start:role.end]), start, role.end, role.country)


def _entity_owner(doc: Doc, marker: int) -> Found | None:
    """"Barwon Water's general manager, X": the organization the NER reads before the possessive marker at
    ``marker``, when the organization ruler did not know it (a capitalized name without a head noun)."""
    owner = doc[marker - 1]
    if owner.ent_type_ != "ORG" or not owner.text[:1].isupper():
        return None
    lo = marker - 1
    while lo > 0 and doc[lo].ent_iob_ == "I" and doc[lo - 1].ent_type_ == "ORG":
        lo -= 1
    lo += doc[lo].lower_ == "the"
    return Found(doc[lo:marker].text, lo, marker) if lo < marker else None


def _article_owner(doc: Doc, role: Found, lex: PersonLexicon, countries: list[Span | None],
                   orgs: list[Span | None]) -> tuple[Found, Found | None] | None:
    """"An RSF spokesman, X,", "the UN Secretary-General, X,": the organization between the article and the role
    (None when there is none)."""
    owner = owner_before(doc, role.start, lex, countries, orgs)
    if owner is None or owner.start == 0 or doc[owner.start - 1].lower_ not in _OWNER_ARTICLES:
        return None
    return role, owner


def _kind_owner(doc: Doc, role: Found, lex: PersonLexicon, org_spans: list[Span]) -> tuple[Found, Found | None] | None:
    """"A commission spokeswoman, X,": a lower-case organization head noun between the article and the role; the
    organization named before with that noun ("... River Commission"), or the role alone (None when the text
    states no such role)."""
    k = role.start - 1
    if k < 1 or doc[k - 1].lower_ not in _ARTICLES or not doc[k].is_lower or doc[k].lower_ not in lex.org_heads:
        return None
    return role, named_with(doc[k].lower_, k, org_spans)


def _definite_staff(doc: Doc, role: Found, lex: PersonLexicon,
                    org_spans: list[Span]) -> tuple[Found, Found | None] | None:
    """"...," said the chief executive, X": a staff role after "the" inside a clause, with no field after it, belongs
    to the organization the text is about (referents.staff_topic); None when the text names none."""
    if doc[role.start - 1].lower_ != "the" or any(t.lower_ in _FIELD_LINKS for t in doc[role.start:role.end]):
        return None
    owner = staff_topic(doc, role, lex, org_spans)
    return (role, owner) if owner is not None else None


def _role_for_country(doc: Doc, end: int, lex: PersonLexicon,
                      countries: list[Span | None]) -> tuple[Found | None, int | None]:
    """"operations manager for Ireland" ending before token ``end``: the role (its country the one it covers) and
    the token the parse hangs the name on (the role's head noun or the country), or (None, None)."""
    country = countries[end - 1] if end > 0 else None
    if country is None or country.start < 2 or doc[country.start - 1].lower_ != "for":
        return None, None
    head = role_before(doc, country.start - 1, lex)
    if head is None:
        return None, None
    hang = country.end - 1 if any(t.head.i == country.end - 1 and t.dep_ == "appos" for t in doc[end:end + 6]) \
        else head.end - 1
    return Found(head.text, head.start, head.end, country.kb_id_), hang


def _role_with_portfolio(doc: Doc, end: int, lex: PersonLexicon) -> tuple[Found | None, int | None]:
    """"general manager of operations" ending before token ``end`` (a role, "of"/"for", lower-case words) and
    the role's head noun ("manager"), or (None, None)."""
    for j in range(end - 2, max(0, end - 5), -1):
        if doc[j].lower_ in {"of", "for"}:
            head = role_before(doc, j, lex)
            if head is None:
                return None, None
            return Found(doc[head.start:end].text.lower(), head.start, end), head.end - 1
        if not (doc[j].is_lower and doc[j].is_alpha):
            return None, None
    return None, None


def _name_in_apposition(doc: Doc, start: int, end: int, head: int) -> bool:
    """Whether the parse attaches the name as an apposition of the role's head noun (token ``head``)."""
    return any(doc[t].dep_ == "appos" and doc[t].head.i == head for t in range(start, end))


def _set_off(doc: Doc, end: int) -> bool:
    """A comma closes the name ending at ``end`` as it opened it: "According to its managing director for operations,
    X, competitors ...", where the parse hangs the name on the next clause's verb instead of the owned role."""
    return end < len(doc) and doc[end].text == ","


def _owns(doc: Doc, marker: int, role: Found) -> bool:
    """Whether the word before the possessive marker at ``marker`` is the role's ``poss``."""
    owner = doc[marker].head if doc[marker].dep_ == "case" else doc[marker - 1]
    return owner.dep_ == "poss" and role.start <= owner.head.i < role.end
