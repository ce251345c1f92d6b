"""Bounded work per document: quote-mark pairing is linear, a parse has a time limit."""

from __future__ import annotations

import threading
import time

import pytest
import spacy
from spacy.language import Language

from pipeline.cache import reusable
from pipeline.components.attribution.marks import quoted_spans
from pipeline.parse import parse
from pipeline.records import DocResult, Document


def _seconds(text: str) -> float:
    start = time.perf_counter()
    quoted_spans(text)
    return time.perf_counter() - start


@pytest.mark.parametrize("mark", ["“", '"', "«", "‘"])
def test_robustness_limits_unmatched_marks_pair_in_linear_time(mark: str) -> None:
    text = f"{mark}ab " * 20_000  # 20,000 unmatched marks in 60-80 KB, in one paragraph
    small, large = _seconds(text[: len(text) // 4]), _seconds(text)
    assert large < 2.0
    assert large < 8 * small + 0.05  # 4x the text: about 4x the time, far from 16x


@pytest.mark.parametrize("mark", ["“", '"'])
def test_robustness_limits_runaway_marks_give_one_quote_not_thousands(mark: str) -> None:
    assert len(quoted_spans(f"{mark}ab " * 20_000)) == 1


@pytest.mark.parametrize(("text", "quotes"), [
    ('"We are ready," Serikova said. "The corridor matters."', ["We are ready", "The corridor matters."]),
    ('He called it "a partnership" and "a turning point" for the region.', ["a partnership", "a turning point"]),
    ('The minister said "yes " and left.', ["yes"]),
    ('Marks around nothing: " . " and " , " count for nothing.', []),
])
def test_robustness_limits_ordinary_quotes_still_pair(text: str, quotes: list[str]) -> None:
    assert [text[q.start:q.end] for q in quoted_spans(text)] == quotes


@Language.component("h3_slow_on_marker")
def _slow(doc):
    if "SLOW" in doc.text:
        time.sleep(5)
    return doc


def test_robustness_limits_slow_document_is_stopped_with_e051() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("h3_slow_on_marker")
    docs = [Document("fast", "fast.txt", "Astana hosts talks.", "1"), Document("slow", "slow.txt", "SLOW text.", "2"),
            Document("after", "after.txt", "Tashkent replies.", "3")]
    start = time.perf_counter()
    parsed = list(parse(nlp, docs, batch_size=3, time_limit=0.3))
    assert time.perf_counter() - start < 3
    assert [(p.document.doc_id, p.doc is not None) for p in parsed] == [
        ("fast", True), ("slow", False), ("after", True)]
    assert parsed[1].error == ("E051 [slow] parsing took longer than 0.3 s and was stopped (raise --time-limit, "
                               "or 0 for no limit; it is tried again on the next run)")


def test_robustness_limits_a_timeout_is_not_reused_from_the_cache() -> None:
    doc = Document("slow", "slow.txt", "", "2", status="error", error="E051 [slow] parsing took longer than 1 s")
    assert not reusable(DocResult(doc))
    assert reusable(DocResult(Document("x", "x.txt", "", "3", status="error", error="E001 [x] empty file")))


class _HangOnMarker:
    """Sleeps (a hung rule) on a text with HANG; records every text it is called on."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, doc):
        self.seen.append(doc.text)
        if "HANG" in doc.text:
            time.sleep(60)
        return doc


@Language.factory("r31_hang_on_marker")
def _hang(nlp, name):
    return _HangOnMarker()


def test_robustness_limits_a_hung_rule_is_stopped_after_one_limit_not_the_batchs_sum() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("r31_hang_on_marker")
    texts = ["Astana hosts talks.", "Bishkek replies.", "HANG here.", "Tashkent agrees.", "Dushanbe waits."] + [
        f"Note {i}." for i in range(7)]
    docs = [Document(f"d{i}", f"d{i}.txt", text, str(i)) for i, text in enumerate(texts)]
    start = time.perf_counter()
    parsed = list(parse(nlp, docs, batch_size=12, time_limit=0.4))
    assert time.perf_counter() - start < 3  # the batch's sum is 4.8 s
    assert [p.doc is not None for p in parsed] == [True, True, False] + [True] * 9
    assert parsed[2].error.startswith("E051 [d2] parsing took longer than 0.4 s")
    seen = nlp.get_pipe("r31_hang_on_marker").seen
    assert seen.count("Astana hosts talks.") == 1  # done before the hang: kept, not parsed again
    assert seen.count("HANG here.") == 2 and seen.count("Tashkent agrees.") == 1


class _SpinOnMarker:
    """Loops in Python (a hung rule, like a walk up heads that never ends) on a text with SPIN."""

    def __call__(self, doc):
        if "SPIN" in doc.text:
            end = time.monotonic() + 60
            while time.monotonic() < end:
                pass
        return doc


@Language.factory("r32_spin_on_marker")
def _spin(nlp, name):
    return _SpinOnMarker()


def _in_a_thread(work):
    """``work()``'s value computed in a thread that is not the main one (as in a Dask worker), or its exception."""
    out: dict[str, object] = {}

    def run() -> None:
        try:
            out["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            out["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive(), "the hung rule was not stopped"
    assert "error" not in out, out.get("error")
    return out["value"]


def test_robustness_limits_a_hung_rule_is_stopped_in_a_worker_thread_too() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("r32_spin_on_marker")
    texts = ["Astana hosts talks.", "SPIN here.", "Tashkent agrees."]
    docs = [Document(f"d{i}", f"d{i}.txt", text, str(i)) for i, text in enumerate(texts)]
    start = time.perf_counter()
    parsed = _in_a_thread(lambda: list(parse(nlp, docs, batch_size=3, time_limit=0.4)))
    assert time.perf_counter() - start < 5  # the rule alone would spin for 60 s (twice: batch, then alone)
    assert [p.doc is not None for p in parsed] == [True, False, True]
    assert parsed[1].error.startswith("E051 [d1] parsing took longer than 0.4 s")


def test_robustness_limits_a_worker_threads_timer_never_fires_after_its_block() -> None:
    nlp = spacy.blank("en")
    docs = [Document(f"d{i}", f"d{i}.txt", f"Note {i}.", str(i)) for i in range(4)]

    def parse_then_keep_working() -> int:
        parsed = list(parse(nlp, docs, batch_size=2, time_limit=0.05))
        end, spins = time.monotonic() + 0.3, 0  # six limits after the last Doc: a stray timer would go off here
        while time.monotonic() < end:
            spins += 1
        return sum(p.doc is not None for p in parsed)

    assert _in_a_thread(parse_then_keep_working) == 4
