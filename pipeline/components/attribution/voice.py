"""Stage 2 helper for pipeline_attribution: the sentences told in a document's voice.

A report about a policy document paraphrases it sentence after sentence: "The strategy pledges …",
"It also calls for …", then "Iceland is described as a key partner" or "The government wants the union
to …". The later sentences name no document, but the document is still the one that speaks, and
statements attributed to a document are not quotes. A sentence is in a document's voice when a document
noun (``document_nouns``) is the subject of a verb of saying, aiming or stance (or of ``document_verbs``)
in it or in one of the :data:`WINDOW` sentences before it; "it" as the subject inside such a stretch
carries the voice on ("It encourages …").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...sentences import sentence_ranges
from ..tokens import dep_id, words_of
from .content import is_document
from .lexicon import Lexicon

WINDOW = 2  # sentences after the last one whose subject is the document
CARRIERS = frozenset({"it"})  # a subject that goes on naming the document inside the stretch
_NSUBJ = dep_id("nsubj")


def document_voiced(doc: Doc, lex: Lexicon) -> frozenset[int]:
    """Indices (in :func:`..sentences.sentences`) of the sentences told in a document's voice."""
    voiced: set[int] = set()
    last = None  # the last sentence whose subject is the document
    dep = words_of(doc).dep  # (only subjects are read: a Token for those alone)
    for k, (start, end) in enumerate(sentence_ranges(doc)):
        inside = last is not None and k - last <= WINDOW
        if any(_document_subject(doc[i], lex, carry=inside) for i in range(start, end) if dep[i] == _NSUBJ):
            last, inside = k, True
        if inside:
            voiced.add(k)
    return frozenset(voiced)


def _document_subject(tok: Token, lex: Lexicon, *, carry: bool) -> bool:
    """Whether ``tok`` is the subject of a verb of saying, aiming or stance and names a document ("The
    paper describes", "the text says", "the strategy pledges"; not "the plan would cost"), or, with
    ``carry``, goes on naming it ("It encourages")."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.pos_ != "VERB" or tok.ent_type_ == "PERSON":
        return False
    if not _voicing(head.lemma_.lower(), lex):
        return False
    return is_document(tok, lex, heads=False) or carry and tok.lower_ in CARRIERS


def _voicing(lemma: str, lex: Lexicon) -> bool:
    """A verb by which a document speaks: of saying, of a cue with an object or predicate, of aiming or
    of stance, or one of ``document_verbs`` ("the plan targets …")."""
    return lemma in lex.speech_verbs or lemma in lex.object_cues or lemma in lex.predicate_cues \
        or lemma in lex.commitment_verbs or lemma in lex.stance_verbs or lemma in lex.document_verbs
