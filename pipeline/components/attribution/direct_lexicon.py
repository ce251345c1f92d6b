"""Stage 2 helper for pipeline_attribution: the word lists of direct-quote attribution, as data files.

Each file in ``pipeline/data/attribution_direct/`` holds one lemma a line (read by ``pipeline/wordlists.py``).
The component loads them with :meth:`DirectLexicon.from_dir` and saves them with
:meth:`DirectLexicon.to_dir` (in a sub-folder of its ``to_disk`` folder).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...config import DATA
from ...wordlists import load_fields, save_fields

DIRECT_DATA_DIR = DATA / "attribution_direct"


@dataclass(frozen=True)
class DirectLexicon:
    """Word lists for direct quotes (field name = file stem).

    ``naming_verbs``: lemmas whose quoted complement is a name given by the subject
    ("who she dubbed “Mr. P”" -> a direct quote of "she").
    ``female_words``/``male_words``: titles and role nouns next to a name that tell which of
    "she"/"he" may refer to the person ("Ms. Lynch", "spokesman Josh Earnest").
    ``cue_verbs``: cues of direct quotes only (answering, going on, manner of speaking: "“…,” she shot
    back."); an entry of two words is a verb with its particle.
    ``chant_words``: what a crowd does with words, as a verb or a noun ("chanting “Dump the deal”", "chants of
    “Lower the rents!”"): what they govern is speech, never a title.
    ``utterance_nouns``: a person's noun of one utterance that introduces the quote ("Her reply was: “…”",
    "in Doe's words, “…”": :mod:`.direct_owner`).
    ``title_verbs``: what gives a work, document or programme its title ("a white paper titled “…”"): what
    they govern is a title, never a statement.
    """

    naming_verbs: frozenset[str] = frozenset()
    female_words: frozenset[str] = frozenset()
    male_words: frozenset[str] = frozenset()
    cue_verbs: frozenset[str] = frozenset()
    utterance_nouns: frozenset[str] = frozenset()
    chant_words: frozenset[str] = frozenset()
    title_verbs: frozenset[str] = frozenset()

    @classmethod
    def from_dir(cls, path: Path | str = DIRECT_DATA_DIR) -> DirectLexicon:
        """Load every ``<field>.txt`` under ``path``, lower-cased (a missing file raises E015)."""
        return cls(**load_fields(cls, path, lower=True))

    def to_dir(self, path: Path | str) -> None:
        """Write one ``<field>.txt`` per list under ``path``."""
        save_fields(self, path)
