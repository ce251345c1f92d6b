"""Stage 2 component ``pipeline_lemmatizer``: spaCy's English rule lemmatizer, remembered.

The base model's ``lemmatizer`` (rule mode) works token by token in Python and
keeps a cache, but only for words its suffix rules handle: a word already in
its base form (a singular noun, an infinitive, a positive adjective — most
words) is worked out again on every occurrence. Its answer depends only on the
token's text, part of speech and morphology, so :class:`MemoLemmatizer` (a
subclass: same tables, same rules, same serialization) remembers every answer
by that triple and sets the lemmas of a whole Doc at once. Tests compare its
lemmas with spaCy's on real text. For each new word spaCy's rules ask whether a
candidate form is in the part of speech's ``lemma_index`` entry, a list of up to
57,000 words scanned one by one; :class:`WordList` answers that from a set.

:func:`use_memo_lemmatizer` swaps it in for a loaded English model's rule
lemmatizer (``nlp.assemble`` does that), keeping name, position and tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d


class WordList(list):
    """The words of one part of speech in the ``lemma_index`` table, with ``in`` a set look-up. Still a list
    (same words, same order), so the table serializes as before."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._members


def index_as_sets(lemmatizer: EnglishLemmatizer) -> None:
    """Make each list of the lemmatizer's ``lemma_index`` table a :class:`WordList` (in place: loading new
    tables brings plain lists again, so this is checked before every Doc)."""
    table = lemmatizer.lookups.get_table("lemma_index", None)
    if table is None:
        return
    for key, words in list(table.items()):
        if type(words) is list:
            table[key] = WordList(words)


class MemoLemmatizer(EnglishLemmatizer):
    """spaCy's English lemmatizer with every rule-mode answer remembered."""

    _MEMO_LIMIT = 500_000

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._memo: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma id

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        index_as_sets(self)
        error_handler = self.get_error_handler()
        try:
            self._set_lemmas(doc)
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's own error-handler contract
            return error_handler(self.name, self, [doc], e)

    def _set_lemmas(self, doc: Doc) -> None:
        memo = self._memo
        if len(memo) > self._MEMO_LIMIT:
            memo.clear()
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        rows = array.tolist()
        lemmas = []
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
            lemmas.append(found)
            changed = True
        if changed:
            array[:, 3] = lemmas
            doc.from_array([LEMMA], cast(Ints2d, array[:, 3:4]))  # to_array's uint64, typed as floats


def use_memo_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Replace spaCy's English rule lemmatizer in ``nlp`` by :class:`MemoLemmatizer` with the
    same tables, settings, name and position. False (nothing changed) when ``nlp`` has no
    such component, it is not spaCy's English one, or it is not in rule mode."""
    if name not in nlp.pipe_names:
        return False
    old = nlp.get_pipe(name)
    if type(old) is not EnglishLemmatizer or old.mode != "rule":
        return False
    config = nlp.config["components"][name]
    new = nlp.replace_pipe(name, "pipeline_lemmatizer", config={
        "mode": "rule", "overwrite": old.overwrite, "scorer": config.get("scorer"), "model": None,
    })
    cast(MemoLemmatizer, new).lookups = old.lookups
    return True
