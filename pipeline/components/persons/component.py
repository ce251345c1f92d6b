"""Component pipeline_person_ruler: person mentions resolved to full names, and their affiliations.

Writes ``doc.spans["persons"]`` (label PERSON, ``kb_id_`` = the full name, titles dropped),
``doc.spans["bylines"]`` (the article's author line, never a speaker) and
``doc._.pipeline_affiliations`` (list[PersonAffiliation]). Reads ``doc.spans["countries"]`` and
``doc.spans["organizations"]`` (so runs after the country and organization rulers) and the NER.

Data is loaded once, spaCy's way: the component is created empty; ``initialize`` reads the word lists of
``pipeline/data/persons``, ``from_disk`` the copy saved with the pipeline; a component created directly
and never initialized reads them on first use.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Span

from ...annotations import PersonAffiliation, register_extensions
from ..rule_component import LexiconComponent
from .affiliations import affiliations
from .lexicon import DEFAULT_DIR, PersonLexicon
from .names import NameMention, find_mentions
from .resolve import resolve_names

register_extensions()

class PersonRuler(LexiconComponent[PersonLexicon]):
    """Finds persons with evidence from the text and states their role/organization/country.

    Example: "Tatiana Kotyukova, researcher at the Institute of General History, ..." ->
    a PERSON span "Tatiana Kotyukova" (kb_id_ "Tatiana Kotyukova") and
    PersonAffiliation("Tatiana Kotyukova", "researcher", "Institute of General History", "", ...).
    """

    DATA_DIR = DEFAULT_DIR
    KEYS = {"spans_key": "persons", "bylines_key": "bylines"}
    SAVED_IN = "lexicon"
    spans_key: str
    bylines_key: str

    def _read(self, folder: Path) -> PersonLexicon:
        return PersonLexicon.from_dir(folder)

    def __call__(self, doc: Doc) -> Doc:
        named, relations = self.match(doc)
        self.set_annotations(doc, named, relations)
        return doc

    def match(self, doc: Doc) -> tuple[list[tuple[NameMention, str]], list[PersonAffiliation]]:
        """Person mentions with their full names, and the affiliations stated for them."""
        countries = list(doc.spans["countries"]) if "countries" in doc.spans else []
        orgs = list(doc.spans["organizations"]) if "organizations" in doc.spans else []
        mentions = find_mentions(doc, self.lexicon, countries, orgs)
        named = resolve_names(doc, mentions, orgs)
        return named, affiliations(doc, named, self.lexicon, countries, orgs)

    def set_annotations(self, doc: Doc, named: list[tuple[NameMention, str]],
                        relations: list[PersonAffiliation]) -> None:
        doc.spans[self.spans_key] = [Span(doc, m.start, m.end, label="PERSON", kb_id=name) for m, name in named]
        doc.spans[self.bylines_key] = [Span(doc, m.start, m.end, label="PERSON", kb_id=name)
                                       for m, name in named if m.byline]
        doc._.pipeline_affiliations = relations
