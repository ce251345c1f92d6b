"""Our rule components load their data once: empty when created, filled by ``initialize`` (or on first
use), by ``from_disk`` from the saved copy without reading the raw data (components/rule_component.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.components.attribution.component import Attribution
from pipeline.components.countries.component import CountryRuler
from pipeline.components.organizations.component import OrgRuler
from pipeline.components.persons.component import PersonRuler
from pipeline.components.policy.component import Policy
from pipeline.config import DATA

SENTENCES = [
    "The foreign ministers of Kazakhstan and the Kyrgyz Republic met in Bishkek on Monday.",
    "Tashkent hosted the summit of the Shanghai Cooperation Organisation (SCO), the ministry said.",
    "Aigerim Sadykova, a senior fellow at the Eurasia Policy Institute, said the U.S.-China talks stalled.",
    "Moscow insists that the Eurasian Economic Union remains open to Mongolia and Botsuana.",
]
RULERS = ("pipeline_country_ruler", "pipeline_org_ruler", "pipeline_person_ruler")
RAW_DIRS = tuple(DATA / sub for sub in ("countries", "organizations", "persons"))


def _from_data(reads: list[Path]) -> list[Path]:
    """The files read from the three rulers' folders under ``pipeline/data``."""
    return [p for p in reads if any(p.is_relative_to(d) for d in RAW_DIRS)]


def _spans(doc) -> dict[str, list[tuple[str, str, str]]]:
    keys = ("countries", "places", "organizations", "persons", "bylines")
    return {k: [(s.text, s.label_, s.kb_id_) for s in doc.spans[k]] for k in keys if k in doc.spans}


def _run(nlp, rulers) -> list[dict]:
    """The spans the given rulers (in order) write on each sentence parsed by the base model."""
    out = []
    for text in SENTENCES:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if not name.startswith("pipeline_"):
                doc = proc(doc)
        for ruler in rulers:
            doc = ruler(doc)
        out.append(_spans(doc))
    return out


def test_rulers_created_directly_read_no_data(nlp, data_reads):
    CountryRuler(nlp)
    OrgRuler(nlp)
    PersonRuler("persons")
    Attribution("pipeline_attribution")
    Policy("pipeline_policy")
    assert data_reads == []


def test_rulers_saved_attribution_and_policy_load_without_the_raw_data(nlp, tmp_path, data_reads):
    for name in ("pipeline_attribution", "pipeline_policy"):
        nlp.get_pipe(name).to_disk(tmp_path / name)
    attribution = Attribution("pipeline_attribution").from_disk(tmp_path / "pipeline_attribution")
    policy = Policy("pipeline_policy").from_disk(tmp_path / "pipeline_policy")
    assert all(p.is_relative_to(tmp_path) for p in data_reads)
    assert attribution.lexicon == nlp.get_pipe("pipeline_attribution").lexicon
    assert attribution.direct == nlp.get_pipe("pipeline_attribution").direct
    assert policy.lexicon == nlp.get_pipe("pipeline_policy").lexicon


def test_rulers_unknown_span_key_is_refused(nlp):
    with pytest.raises(TypeError, match="E080 CountryRuler has no span-group key 'persons_key'"):
        CountryRuler(nlp, persons_key="people")


def test_rulers_keys_travel_with_the_saved_copy(tmp_path):
    Policy("pipeline_policy", countries_key="states").to_disk(tmp_path)
    assert Policy("pipeline_policy").from_disk(tmp_path).span_keys == {
        "countries_key": "states", "organizations_key": "organizations"}


def test_rulers_created_directly_find_their_data_on_first_use(nlp, monkeypatch):
    expected = _run(nlp, [nlp.get_pipe(name) for name in RULERS])
    direct = _run(nlp, [CountryRuler(nlp), OrgRuler(nlp), PersonRuler("pipeline_person_ruler")])
    assert direct == expected
    assert expected[0]["countries"] == [("Kazakhstan", "COUNTRY", "KAZ"), ("Kyrgyz Republic", "COUNTRY", "KGZ")]


def test_rulers_from_disk_give_the_same_matches_without_the_raw_data(nlp, tmp_path, data_reads):
    for name in RULERS:
        nlp.get_pipe(name).to_disk(tmp_path / name)
    loaded = [
        CountryRuler(nlp).from_disk(tmp_path / RULERS[0]),
        OrgRuler(nlp).from_disk(tmp_path / RULERS[1]),
        PersonRuler(RULERS[2]).from_disk(tmp_path / RULERS[2]),
    ]
    assert _run(nlp, loaded) == _run(nlp, [nlp.get_pipe(name) for name in RULERS])
    assert _from_data(data_reads) == []
    assert loaded[0].patterns == nlp.get_pipe(RULERS[0]).patterns
    assert loaded[1].aliases == nlp.get_pipe(RULERS[1]).aliases
    assert loaded[2].lexicon == nlp.get_pipe(RULERS[2]).lexicon


def test_country_ruler_initialize_compiles_the_lexicon(nlp):
    ruler = CountryRuler(nlp)
    assert ruler.patterns == []
    ruler.initialize(nlp=nlp)
    assert ruler.patterns == nlp.get_pipe(RULERS[0]).patterns
