"""Stage 2 component pipeline_org_ruler: organization mentions with a canonical key.

Writes ``doc.spans["organizations"]``: spans labelled ORG whose ``kb_id_`` is the
organization's canonical key -- its acronym when one is known (alias table, or
defined in the text: "the Collective Security Treaty Organization (CSTO)"), else
its full name as written without a leading "the". All mentions of one
organization in a document share the key ("the EU", "the European Union" -> EU).

Sources, in order of preference for the same span: the alias table
(``pipeline/data/organizations/aliases.tsv``), names defined with a parenthesis,
capitalized names around an organization head noun (``heads.txt``), and the
NER's ORG entities that pass the filters of :mod:`.filters`, and names known
by their context (:mod:`.contexts`: "the Jogorku Kenesh, Kyrgyzstan's parliament",
"chairman of KazISS"; :mod:`.anaphora`: "Hartley Packaging will close its plant"; :mod:`.outlets`:
"told the Pacific Affairs Review"; :mod:`.state_offices`: "the Japanese embassy"). A mention
that only qualifies a department ("the CIS and Russia department") is dropped, and so is an acronym that names a
document, defined in a parenthesis or spelling a document's name the text writes out (:mod:`.spelled_documents`:
"the Myanmar Sustainable Development Plan ... the MSDP").
Runs after pipeline_country_ruler and reads ``doc.spans["countries"]`` and
``doc.spans["places"]``: a country or a place name ("talks in Ulaanbaatar") is never
an organization unless the alias table says so.

Data is loaded once, spaCy's way: the component is created empty; ``initialize`` reads the alias table
and lexicon of ``pipeline/data/organizations``, ``from_disk`` the copy saved with the pipeline; a
component created directly and never initialized reads them on first use.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ...acronyms import is_acronym
from ..phrases import Phrases
from ..rule_component import RuleComponent
from ..tokens import span_text
from .acronyms import definitions, document_acronyms, document_mention, linked_keys
from .anaphora import its_subjects
from .compounds import hyphen_names, in_capitals_word
from .contexts import appositions, described_names, kind_names, modifies_unit, slot_acronyms, which_names
from .employers import based_names, employer_names
from .filters import headline_names, ner_candidates
from .lexicon import DEFAULT_DIR, OrgAlias, OrgLexicon, read_data, write_data
from .outlets import dateline_place, dateline_places, outlet_names
from .parties import party_names
from .patterns import (
    ALIAS,
    DEFINED,
    OrgCandidate,
    drop_line_units,
    drop_units,
    head_candidates,
    local_candidates,
    through_countries,
)
from .spelled_documents import spelled_documents
from .state_offices import state_offices


class OrgRuler(RuleComponent):
    """Finds organization names and gives every mention its canonical key."""

    KEYS = {"spans_key": "organizations", "countries_key": "countries", "places_key": "places"}
    spans_key: str
    countries_key: str
    places_key: str

    def __init__(self, nlp: Language, name: str = "pipeline_org_ruler", *,
                 data_dir: Path | str = DEFAULT_DIR, **keys: str) -> None:
        super().__init__(name, data_dir=data_dir, **keys)
        self._make_doc = nlp.make_doc
        self.vocab = nlp.vocab
        self.aliases: tuple[OrgAlias, ...] = ()
        self.lexicon: OrgLexicon | None = None
        self.matcher = PhraseMatcher(self.vocab, attr="ORTH")

    def _load(self, data_dir: Path) -> None:
        self._set_data(*read_data(data_dir))

    def _save(self, path: Path) -> None:
        write_data(path, self.aliases, self._lexicon())

    def _restore(self, path: Path) -> bool:
        self._set_data(*read_data(path))
        return True

    def _set_data(self, aliases: Iterable[OrgAlias], lexicon: OrgLexicon) -> None:
        self.aliases = tuple(aliases)
        self.lexicon = lexicon
        self.matcher = PhraseMatcher(self.vocab, attr="ORTH")
        for alias in self.aliases:
            self.matcher.add(alias.key, [self._make_doc(form) for form in alias.forms])

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[OrgCandidate]:
        """Non-overlapping organization candidates of ``doc``, each with its final key."""
        lex = self._lexicon()
        countries = list(doc.spans[self.countries_key]) if self.countries_key in doc.spans else []
        places = list(doc.spans[self.places_key]) if self.places_key in doc.spans else []
        country_spans = {(s.start, s.end) for s in countries + places}
        found = [OrgCandidate(s, e, self.vocab.strings[m], ALIAS) for m, s, e in self.matcher(doc)]
        heads = through_countries(doc, head_candidates(doc, lex), sorted((s.start, s.end) for s in countries))
        found += headline_names(doc, drop_units(doc, heads, lex)) + local_candidates(doc, lex)
        found += ner_candidates(doc, lex, countries) + party_names(doc, lex)
        starts = {s for s, _ in country_spans}
        # a dateline's place defines nothing: "ALMATY (Oxus Ledger) \u2014" is no acronym and its name
        found = [c for c in found if not dateline_place(doc, c.start, c.end, starts)]
        defined, forms = definitions(doc, found, lex)
        kinds = kind_names(doc, lex, sorted(country_spans))
        blocked = sorted(country_spans)
        in_context = appositions(doc, lex, blocked) + slot_acronyms(doc, lex, blocked)
        in_context += described_names(doc, lex, blocked) + which_names(doc, lex, blocked)
        in_context += outlet_names(doc, lex, blocked) + state_offices(doc, lex, countries)
        in_context += employer_names(doc, lex, blocked) + based_names(doc, lex, blocked)
        spans = {(c.start, c.end) for c in found + defined + in_context + kinds}
        referred = [c for c in its_subjects(doc, lex, blocked) if (c.start, c.end) not in spans]  # keep their keys
        for c in in_context + kinds + referred:
            if is_acronym(c.key) or c in kinds or c in referred:
                forms.setdefault(c.key, c.key)  # later mentions: "KazISS experts believe ...", "Unite members"
        in_context += kinds + referred
        found += defined + in_context + self._mentions_of(doc, forms)
        found += hyphen_names(doc, found, {i for s, e in country_spans for i in range(s, e)})
        documents = document_acronyms(doc, lex) | spelled_documents(doc, lex)
        dated = dateline_places(doc, lex, starts)
        found = [c for c in found if not document_mention(doc, c.start, c.end, documents)
                 and not dateline_place(doc, c.start, c.end, starts)
                 and not (c.source != ALIAS and span_text(doc, c.start, c.end).lower() in dated)]
        chosen: list[OrgCandidate] = []
        taken: set[int] = set()
        for c in sorted(found, key=lambda c: (-len(c), c.source, c.start)):
            if c.source != ALIAS and (c.start, c.end) in country_spans:
                continue
            if modifies_unit(doc, c, lex) or in_capitals_word(doc, c):
                continue
            if any(i in taken for i in range(c.start, c.end)):
                continue
            taken.update(range(c.start, c.end))
            chosen.append(OrgCandidate(c.start, c.end, forms.get(span_text(doc, c.start, c.end), c.key), c.source))
        chosen = drop_line_units(doc, chosen, lex)
        links = linked_keys(doc, chosen)
        chosen = [OrgCandidate(c.start, c.end, links.get(c.key, c.key), c.source) for c in chosen]
        return sorted(chosen, key=lambda c: c.start)

    def _mentions_of(self, doc: Doc, forms: dict[str, str]) -> list[OrgCandidate]:
        """Later mentions of forms the text defined ("IICA", "IICA's")."""
        if not forms:
            return []
        words = {form: tuple(t.text for t in self._make_doc(form)) for form in forms}
        if len(set(words.values())) < len(words) or not all(words.values()):
            # two forms the tokenizer splits alike ("A-B", "A - B"), or one without tokens: the PhraseMatcher's own
            # order of their matches at one range (and its treatment of an empty pattern), kept as it was
            matcher = PhraseMatcher(self.vocab, attr="ORTH")
            for form in forms:
                matcher.add(form, [self._make_doc(form)])
            return [OrgCandidate(s, e, forms[self.vocab.strings[m]], DEFINED) for m, s, e in matcher(doc)]
        phrases: Phrases[str] = Phrases("orth")  # matched over the token table, not a PhraseMatcher per Doc
        for form, tokens in words.items():
            phrases.add(form, tokens)
        return [OrgCandidate(s, e, forms[form], DEFINED) for form, s, e in phrases(doc)]

    def set_annotations(self, doc: Doc, cands: Iterable[OrgCandidate]) -> None:
        doc.spans[self.spans_key] = [Span(doc, c.start, c.end, label="ORG", kb_id=c.key) for c in cands]

    def _lexicon(self) -> OrgLexicon:
        """The lexicon, read on first use when neither :meth:`initialize` nor :meth:`from_disk` ran."""
        self.ensure_data()
        assert self.lexicon is not None
        return self.lexicon
