"""Stage 2 helper: the word lists pipeline_person_ruler reads (pipeline/data/persons/)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from ...config import DATA
from ...wordlists import load_fields, read_rows, read_words, save_fields, write_rows
from ..tokens import word_ids

DEFAULT_DIR = DATA / "persons"
_HEAD_VERBS = "head_verbs.tsv"
_HEAD_VERB_COLUMNS = ("verb", "role")
_PARTIES = "parties.tsv"
# the words joining a name's parts in other languages: kept once, with the organization ruler's lists; a saved
# pipeline carries its own copy in this lexicon's folder
_NAME_LINKS = "name_links.txt"
_ORG_NAME_LINKS = DATA / "organizations" / _NAME_LINKS
_PARTY_COLUMNS = ("form", "party")


@dataclass(frozen=True)
class PersonLexicon:
    """Role nouns, titles and cue words, one file each (``<field>.txt``, read by ``pipeline/wordlists.py``).

    ``head_verbs`` (``head_verbs.tsv``) maps a verb as written ("heads") to the role it gives ("head");
    every other field is a set of lower-case words or phrases. The derived word sets are computed
    once per lexicon (they are read for every candidate name).
    """

    titles: frozenset[str]
    roles: frozenset[str]
    role_modifiers: frozenset[str]
    org_units: frozenset[str]
    org_heads: frozenset[str]
    speech_verbs: frozenset[str]
    panel_cues: frozenset[str]
    panel_verbs: frozenset[str]
    head_verbs: tuple[tuple[str, str], ...]
    parties: tuple[tuple[str, str], ...] = ()  # "Labour" -> "Labour Party" (parties.tsv, forms as written)
    place_words: frozenset[str] = frozenset()  # "Midway Atoll"
    public_offices: frozenset[str] = frozenset()  # "President X": a state's office, never a nearby organization's
    staff_roles: frozenset[str] = frozenset()  # "Spokesman X": a role held in the organization named before
    work_verbs: frozenset[str] = frozenset()  # "X, who studies ... at Y": Y is X's organization
    org_nouns: frozenset[str] = frozenset()  # "The company said ...": the subject refers back to an organization
    party_roles: frozenset[str] = frozenset()  # "a Labour MP": roles a party word before them makes a membership
    party_modifiers: frozenset[str] = frozenset()  # "the shadow defence secretary": a role of the party named before
    name_links: frozenset[str] = frozenset()  # "Universidad de Chile": words joining a name in other languages
    name_titles: frozenset[str] = frozenset()  # "Hassan Sheikh Mohamud": titles that are name words inside a name
    interview_verbs: frozenset[str] = frozenset()  # "We asked X, ...": the person an interview asks
    portfolios: frozenset[str] = frozenset()  # "Secretary of Planning": a role's field, never its organization
    chair_roles: frozenset[str] = frozenset()  # "The chairperson, X,": roles that chair a body of members
    chaired_bodies: frozenset[str] = frozenset()  # "the committee": bodies a chair role belongs to
    member_roles: frozenset[str] = frozenset()  # "Another member, X,": roles that sit on a chaired body
    state_bodies: frozenset[str] = frozenset()  # "Tuvalu's foreign affairs department": a state's body in lower case
    place_roles: frozenset[str] = frozenset()  # "Haparanda's mayor": roles held over a place, not an organization
    firm_kinds: frozenset[str] = frozenset()  # "X, an asset manager based in": kinds of firm, never a person's

    @classmethod
    def from_dir(cls, path: Path | str = DEFAULT_DIR) -> PersonLexicon:
        """Load the lexicon from folder ``path`` (a missing file raises E015)."""
        path = Path(path)
        head_verbs = tuple((verb, role) for verb, role in read_rows(path / _HEAD_VERBS, _HEAD_VERB_COLUMNS))
        parties = tuple((form, party) for form, party in read_rows(path / _PARTIES, _PARTY_COLUMNS))
        fields = load_fields(cls, path, lower=True, names=_WORD_FIELDS)
        fields["roles"] = _with_split_hyphens(fields["roles"])
        links = path / _NAME_LINKS if (path / _NAME_LINKS).exists() else _ORG_NAME_LINKS
        return cls(**fields, head_verbs=head_verbs, parties=parties,
                   name_links=frozenset(read_words(links, lower=True)))

    def to_dir(self, path: Path | str) -> None:
        """Write the lexicon into folder ``path`` (the inverse of :meth:`from_dir`)."""
        save_fields(self, path, names=(*_WORD_FIELDS, "name_links"))
        write_rows(Path(path) / _HEAD_VERBS, self.head_verbs, _HEAD_VERB_COLUMNS)
        write_rows(Path(path) / _PARTIES, self.parties, _PARTY_COLUMNS)

    @cached_property
    def head_verb_roles(self) -> dict[str, str]:
        return dict(self.head_verbs)

    @cached_property
    def party_names(self) -> dict[str, str]:
        return dict(self.parties)

    @cached_property
    def party_bodies(self) -> frozenset[str]:
        """The parties as reported ("Labour Party", "Fianna Fáil")."""
        return frozenset(party for _, party in self.parties)

    @cached_property
    def role_words(self) -> frozenset[str]:
        """Every word of every role, plus the modifiers: the words a role phrase is made of."""
        words = {w for role in self.roles for w in role.split()}
        return frozenset(words | self.role_modifiers)

    @cached_property
    def org_noun_ids(self) -> np.ndarray:
        """The string-store hashes of :attr:`org_nouns` (:func:`..tokens.word_ids`), to find them in a Doc's token
        table."""
        return word_ids(self.org_nouns)

    @cached_property
    def max_role_len(self) -> int:
        return max((len(r.split()) for r in self.roles), default=1)


_WORD_FIELDS = tuple(name for name in PersonLexicon.__dataclass_fields__
                     if name not in {"head_verbs", "parties", "name_links"})


def _with_split_hyphens(roles: frozenset[str]) -> frozenset[str]:
    """The roles plus each hyphenated one as the tokenizer splits it ("secretary-general" -> "secretary - general",
    in "UN Secretary-General")."""
    return roles | {re.sub(r"(?<=\w)-(?=\w)", " - ", role) for role in roles}
