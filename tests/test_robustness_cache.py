"""The result store: JSON that cannot run code, corrupt or foreign entries are misses, records round-trip."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pipeline import codec
from pipeline.cache import ResultStore
from pipeline.records import Claim, DocResult, Document, EntityRef, PolicyPriority, Quote

KEY = "ab" + "0" * 62

RESULT = DocResult(
    Document("kz/panel", "kz/panel.txt", "“We are ready,” Serikova said.\n", "f00d", title="Panel", encoding="utf-8"),
    (
        ("quotes", (Quote(0, "Aliya Serikova", "direct", "said", "We are ready", 1, 13, 0.9),)),
        ("claims", (Claim(0, "Aliya Serikova", None, "We are ready", 1, 13, (EntityRef("COUNTRY", "KAZ"),)),)),
        ("policy_priorities", (PolicyPriority(1, "KAZ", "Concept", 2020, None, "", "transit", "China", "CHN",
                                              "partner", "", 0, 5),)),
        ("countries", ()),
    ),
)


def test_robustness_cache_records_round_trip_exactly() -> None:
    copy = codec.loads(codec.dumps(RESULT))
    assert copy == RESULT
    assert isinstance(copy.records, tuple) and isinstance(copy.records[1][1][0].about, tuple)


@dataclass(frozen=True, slots=True)
class Sanction:  # an extension's record: any frozen dataclass of an imported module
    target: str
    by: tuple[str, ...]
    year: int | None = None
    notes: dict = field(default_factory=dict, hash=False, compare=True)


def test_robustness_cache_extension_records_round_trip() -> None:
    record = Sanction("Acme Ltd", ("USA", "GBR"), None, {"source": "press release", "pages": (1, 2)})
    result = DocResult(RESULT.document, (("sanctions", (record,)),))
    assert codec.loads(codec.dumps(result)) == result


def _store_with(tmp_path: Path, data: bytes) -> ResultStore:
    store = ResultStore(tmp_path)
    store.put(KEY, RESULT)
    store._path(KEY).write_bytes(data)
    return store


class _Planted:
    def __reduce__(self):
        return (Path.touch, (Path("/tmp/pipeline-test-pwned"),))


@pytest.mark.parametrize("data", [
    b"{not json",
    b'{"__r": "builtins:dict"}',  # not a record class
    b'{"__r": "os:system", "command": "touch /tmp/pipeline-test-pwned"}',  # a callable, never called
    b'{"__r": "pipeline.records:Document", "doc_id": "x"}',  # missing fields: another version of the record
    codec.dumps(RESULT.document),  # a record of the wrong type
    b'"a string"',
    pickle.dumps(_Planted()),  # an old or planted pickle is not even unpickled
])
def test_robustness_cache_corrupt_or_hostile_entry_is_a_miss(tmp_path: Path, data: bytes) -> None:
    Path("/tmp/pipeline-test-pwned").unlink(missing_ok=True)
    store = _store_with(tmp_path, data)
    assert store.get(KEY) is None
    assert KEY not in store  # removed: the document is processed again
    assert not Path("/tmp/pipeline-test-pwned").exists()


def test_robustness_cache_old_pickle_entries_are_ignored_and_pruned(tmp_path: Path) -> None:
    store = ResultStore(tmp_path)
    old = tmp_path / KEY[:2] / f"{KEY}.pkl"
    old.parent.mkdir(parents=True)
    old.write_bytes(pickle.dumps(RESULT))
    assert KEY not in store and store.get(KEY) is None
    store.put(KEY, RESULT)
    assert store.prune([KEY]) == 1 and not old.exists() and store.get(KEY) == RESULT


def test_robustness_cache_json_speed_is_close_to_pickle(nlp) -> None:
    """Store and load a realistic result (the sample corpus's longest text) with JSON and with pickle.

    The figures go to the README's cache section; JSON must stay within a few times pickle.
    """
    import time

    from pipeline.engines import process_documents
    from pipeline.registry import load_registry

    texts = sorted((Path(__file__).parent.parent / "data" / "raw").rglob("*.txt"), key=lambda p: -p.stat().st_size)
    doc = Document("d", "d.txt", texts[0].read_text(encoding="utf-8"), "0")
    result = next(process_documents(nlp, load_registry().select(None), [doc], batch_size=1))

    def best(fn, n=200) -> float:
        times = []
        for _ in range(5):
            t = time.perf_counter()
            for _ in range(n):
                fn()
            times.append((time.perf_counter() - t) / n)
        return min(times)

    blob, pickled = codec.dumps(result), pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    figures = {
        "json store": best(lambda: codec.dumps(result)), "json load": best(lambda: codec.loads(blob)),
        "pickle store": best(lambda: pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)),
        "pickle load": best(lambda: pickle.loads(pickled)),
    }
    n_records = sum(len(rows) for _, rows in result.records)
    print(f"\n{len(doc.text)} chars, {n_records} records, json {len(blob)} B, pickle {len(pickled)} B: "
          + ", ".join(f"{k} {v * 1e6:.0f} us" for k, v in figures.items()))
    assert codec.loads(blob) == result
    assert figures["json load"] < 20 * figures["pickle load"] + 1e-3
