"""Stage 1 helper: the run's document list on disk, read back in corpus order."""

from pipeline.doclist import DocList
from pipeline.records import Document


def _doc(n: int) -> Document:
    return Document(doc_id=f"kz/report-{n:04d}", path=f"kz/report-{n:04d}.txt", text="", sha256=f"{n:064x}")


def test_doclist_reads_back_in_order_any_number_of_times():
    docs = DocList().extend((f"key{n}", _doc(n)) for n in range(4500))  # more than one insert batch
    try:
        assert len(docs) == 4500
        assert list(docs.keys())[:3] == ["key0", "key1", "key2"]
        assert [d.doc_id for d in docs.documents()][-1] == "kz/report-4499"
        assert next(iter(docs)) == ("key0", _doc(0))
        assert docs.position("kz/report-0042") == 42
        assert docs.position("no/such-doc") == 4500
        assert "key4499" in docs and "key4500" not in docs
    finally:
        docs.close()


def test_doclist_reader_left_half_way_is_harmless_after_close():
    docs = DocList().extend((f"key{n}", _doc(n)) for n in range(10))
    reader = docs.keys()
    assert next(reader) == "key0"
    docs.close()
    del reader  # its cursor closes after the database: no error
