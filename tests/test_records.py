"""Records cross processes and the result store by pickle: they must come back equal."""

from __future__ import annotations

import pickle
from dataclasses import fields

import pytest

from pipeline import records as R
from pipeline.annotations import PersonAffiliation

RECORD_CLASSES = [R.Document, R.EntityRef, R.Mention, R.Speaker, R.Affiliation, R.Quote, R.Claim, R.CountryRef,
                  R.OrganizationRef, R.PolicyPriority, R.DocResult, PersonAffiliation]


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda c: c.__name__)
def test_record_fields_are_its_init_arguments_in_order(cls) -> None:
    """Pickling rebuilds a record as cls(*values of __match_args__): every field must be a positional
    init argument, inherited ones included."""
    assert tuple(f.name for f in fields(cls)) == cls.__match_args__
    assert all(f.init and not f.kw_only for f in fields(cls))


def test_records_a_subclass_round_trips_through_pickle() -> None:
    """PersonAffiliation adds a field to Affiliation: both the inherited and its own come back."""
    relation = PersonAffiliation("Lena Berg", "analyst", "Nordic Policy Institute", "SWE", 0, 48,
                                 "Lena Berg, analyst at the Nordic Policy Institute", panelist=True)
    copy = pickle.loads(pickle.dumps(relation, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy == relation
    assert type(copy) is PersonAffiliation


def test_a_document_result_round_trips_through_pickle(nlp) -> None:
    from pipeline.extract import extract
    from pipeline.registry import load_registry

    text = ('Kazakhstani political scientist Daniyar Ashimbayev, director of the Institute of World Economics, said '
            'that the partnership with China matters. "We expect more trade," Ashimbayev noted.')
    document = R.Document(doc_id="d1", path="d1.txt", text=text, sha256="x", title="A title")
    result = extract(document, nlp(text), load_registry().select(None))
    assert result.table("quotes") and result.table("speakers")
    copy = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy == result
    assert type(copy.table("quotes")[0]) is R.Quote
