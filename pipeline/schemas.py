"""Table schemas, declared once: used by the writer, the loader and the tests.

Mirrors the output contract (README "Tables"). Column names are a public
interface: add columns freely, never rename or drop one without a version bump.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where frames are made: writing CSV needs no pandas (start-up)
    import pandas as pd

SCHEMA_VERSION = "1.1"

# pandas dtypes used for each logical type; nullable so empty cells stay <NA>.
_DTYPES = {"str": "string", "int": "Int64", "float": "Float64"}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # "str" | "int" | "float"
    doc: str = ""

    @property
    def dtype(self) -> str:
        return _DTYPES[self.type]


@dataclass(frozen=True, slots=True)
class TableSchema:
    """A table of the contract: ordered columns, unique key and sort order."""

    name: str
    row: str  # what one row is
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    sort: tuple[str, ...] = ()

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def dtypes(self) -> dict[str, str]:
        return {c.name: c.dtype for c in self.columns}

    @property
    def sort_by(self) -> list[str]:
        return list(self.sort or self.key)

    def empty(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in self.columns})

    def coerce(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Return ``frame`` with exactly the schema's columns, in order, typed."""
        import pandas as pd

        missing = [c for c in self.column_names if c not in frame.columns]
        if missing:
            raise ValueError(f"table {self.name}: missing columns {missing}")
        extra = [c for c in frame.columns if c not in self.column_names]
        if extra:
            raise ValueError(f"table {self.name}: unexpected columns {extra}")
        out = frame[self.column_names].copy()
        for col in self.columns:
            if col.type == "str":
                out[col.name] = out[col.name].astype("string").replace("", pd.NA)
            else:
                out[col.name] = pd.to_numeric(out[col.name]).astype(col.dtype)
        return out

    def validate(self, frame: pd.DataFrame) -> None:
        """Raise ValueError unless ``frame`` has the schema's columns, dtypes and a unique key."""
        if list(frame.columns) != self.column_names:
            raise ValueError(f"table {self.name}: columns {list(frame.columns)} != {self.column_names}")
        for col in self.columns:
            if str(frame[col.name].dtype) != col.dtype:
                dtype = frame[col.name].dtype
                raise ValueError(f"table {self.name}: column {col.name} has dtype {dtype}, not {col.dtype}")
        if self.key and frame.duplicated(list(self.key)).any():
            dup = frame[frame.duplicated(list(self.key), keep=False)][list(self.key)].head(3)
            raise ValueError(f"table {self.name}: duplicate key {self.key}: {dup.to_dict('records')}")


def _s(name: str, doc: str = "") -> Column:
    return Column(name, "str", doc)


def _i(name: str, doc: str = "") -> Column:
    return Column(name, "int", doc)


def _f(name: str, doc: str = "") -> Column:
    return Column(name, "float", doc)


_DOC_ID = _s("doc_id", "document path relative to the input folder, without suffix")

DOCUMENTS = TableSchema("documents", row="input document", columns=(
        _DOC_ID,
        _s("path", "path of the raw file, relative to the input folder"),
        _s("title", "first line / <title> of the document"),
        _s("published", "publication date found near the top (YYYY-MM-DD, YYYY-MM or YYYY)"),
        _i("n_chars", "characters of decoded text"),
        _i("n_words", "word tokens"),
        _s("sha256", "hash of the raw bytes"),
        _s("status", "ok / error / skipped"),
        _s("error", "why a document failed or was skipped"),
        _s("encoding", "encoding the raw bytes were decoded with"),
        _s("byline", "author line (never a speaker)"),
    ),
    key=("doc_id",),
)

MENTIONS = TableSchema("mentions", row="entity mention", columns=(
        _DOC_ID,
        _s("mention_id"),
        _s("entity_id", "corpus-wide entity (entities.csv)"),
        _s("label", "PERSON, ORG, COUNTRY, ..."),
        _s("text", "text[start:end]"),
        _i("start"),
        _i("end"),
        _i("sentence_start", "offset of the sentence holding the mention"),
        _s("extractor", "extractor that found the mention"),
    ),
    key=("doc_id", "mention_id"),
    sort=("doc_id", "start", "end", "label", "mention_id"),
)

ENTITIES = TableSchema("entities", row="canonical entity (corpus-wide)", columns=(
        _s("entity_id", "stable id derived from the canonical form"),
        _s("label"),
        _s("name", "canonical name"),
        _s("code", "ISO3 for countries, acronym for organizations"),
        _s("aliases", "|-separated surface forms"),
        _i("n_mentions"),
        _i("n_docs"),
    ),
    key=("entity_id",),
)

SPEAKERS = TableSchema("speakers", row="speaker in a document", columns=(
        _DOC_ID,
        _s("speaker_id", "entity_id of the person"),
        _s("name", "full name without titles"),
        _s("role"),
        _s("organization"),
        _s("country", "ISO3"),
        _i("n_quotes"),
    ),
    key=("doc_id", "speaker_id"),
)

AFFILIATIONS = TableSchema("affiliations", row="stated person-role-organization relation", columns=(
        _DOC_ID,
        _s("person_id", "the person's entity id (`entities.csv`)"),
        _s("person", "full name without titles"),
        _s("role", "title or position, lower-case as written; empty when none is stated"),
        _s("organization_id", "the organization's entity id; empty when no organization is named"),
        _s("organization", "as written, without a leading \"the\"; may be named in an earlier sentence; a party "
           "named by a word (\"a Labour MP\", \"(D-Ohio)\") as its name (\"Labour Party\", data/persons/parties.tsv)"),
        _s("country", "ISO3 of a country the text ties the person to"),
        _i("start", "character offset of `evidence` in the document"),
        _i("end", "character offset after `evidence`"),
        _s("evidence", "the text stating the relation (only the role phrase when the organization was named "
           "earlier: \"Spokesman X\" after \"The authority said\")"),
    ),
    key=("doc_id", "person_id", "start", "role", "organization"),
    sort=("doc_id", "start", "end", "person_id", "role", "organization"),
)

QUOTES = TableSchema("quotes", row="attributed statement", columns=(
        _DOC_ID,
        _s("quote_id"),
        _s("speaker_id"),
        _s("speaker"),
        _s("source_id", "entity id of the source: org:…, country:ISO3 or group:…"),
        _s("source", "organization, state or group the statement is attributed to, as written (no speaker)"),
        _s("kind", "direct / indirect"),
        _s("cue", "verb or phrase of saying"),
        _s("text", "direct: inside the marks; indirect: the reported clause"),
        _i("start"),
        _i("end"),
        _f("confidence", "0..1"),
    ),
    key=("doc_id", "quote_id"),
    sort=("doc_id", "start", "end", "kind", "quote_id"),
)

CLAIMS = TableSchema("claims", row="proposition asserted in the text", columns=(
        _DOC_ID,
        _s("claim_id"),
        _s("claimant_id"),
        _s("claimant", "the speaker, the organization given as the source, or the ISO3 code of a state given as the "
           "source ('Moscow insists' -> RUS); empty: the document's own"),
        _s("quote_id"),
        _s("kind", "recommendation / prediction / opinion / fact (benchmarks/CLAIMS.md)"),
        _s("hedged", "true / false: the claim marks its own uncertainty"),
        _s("text"),
        _s("about", "|-separated entity ids"),
        _i("start"),
        _i("end"),
        _s("kind_cue", "the word or construction that decided kind (empty for a fact and a kind the model gave)"),
        _s("hedge", "the hedge word (empty when not hedged)"),
    ),
    key=("doc_id", "claim_id"),
    sort=("doc_id", "start", "end", "claim_id"),
)

COUNTRIES = TableSchema("countries", row="country named in a document", columns=(
        _DOC_ID,
        _s("iso3"),
        _s("name", "common English name"),
        _i("n_mentions"),
        _s("surface_forms", "|-separated forms as written"),
        _i("first_start"),
        _s("entity_id"),
    ),
    key=("doc_id", "iso3"),
)

ORGANIZATIONS = TableSchema("organizations", row="organization named in a document", columns=(
        _DOC_ID,
        _s("organization_id"),
        _s("name", "fullest name found"),
        _s("acronym"),
        _i("n_mentions"),
        _s("surface_forms", "|-separated forms as written"),
    ),
    key=("doc_id", "organization_id"),
)

POLICY_PRIORITIES = TableSchema("policy_priorities", row="priority of a country's policy document", columns=(
        _DOC_ID,
        _s("priority_id"),
        _s("owner_iso3"),
        _s("document", "e.g. Foreign Policy Concept"),
        _i("period_start"),
        _i("period_end"),
        _s("adopted", "YYYY or YYYY-MM"),
        _i("rank", "1..n in the order listed"),
        _s("priority", "the priority phrase"),
        _s("partner"),
        _s("partner_code", "ISO3 or organization acronym"),
        _s("relation", "alliance relations, strategic partnership, ..."),
        _s("speaker_id", "the person who stated it, if any"),
        _i("start"),
        _i("end"),
    ),
    key=("doc_id", "priority_id"),
    sort=("doc_id", "owner_iso3", "document", "rank", "priority_id"),
)

SCHEMAS: dict[str, TableSchema] = {
    s.name: s
    for s in (
        DOCUMENTS,
        MENTIONS,
        ENTITIES,
        SPEAKERS,
        AFFILIATIONS,
        QUOTES,
        CLAIMS,
        COUNTRIES,
        ORGANIZATIONS,
        POLICY_PRIORITIES,
    )
}
