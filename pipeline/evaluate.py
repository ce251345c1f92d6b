"""Evaluation: score an output folder against gold JSON annotations.

Follows the team's gold format and matching rules (README "Evaluation") so that
``pipeline evaluate`` agrees with the shared scorer: persons match on folded
names (a surname matches its full name; transliteration variants by fuzzy
ratio), organizations by token-set ratio, quotes by two-way token overlap >= 0.5,
priorities by owner + partner + relation, claims by the quotes' text rule and
then, over matched pairs, claimant, kind, hedged and ``about`` (benchmarks/CLAIMS.md).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pandas as pd
from rapidfuzz import fuzz

from .errors import Errors, PipelineError
from .matching import greedy_pairs, overlap, same_text
from .tables import load_tables

_TITLES = {"dr", "prof", "professor", "mr", "mrs", "ms", "president", "ambassador", "minister", "sir"}
_DEFAULT_ANNOTATED = ("speakers", "quotes", "countries", "organizations", "policy_priorities")
CLAIM_KINDS = ("recommendation", "prediction", "opinion", "fact")
_FLAGS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
Half = Literal["tune", "check"]


def split_half(doc_id: str) -> Half:
    """The half of a training set a document belongs to: rules are tuned on one, kept only if the other agrees.

    The sha256 of the doc_id (UTF-8) read as an integer: even -> "tune", odd -> "check". It depends on
    nothing but the doc_id, so a document stays in its half whatever else the set holds.

    >>> split_half("a"), split_half("c")
    ('check', 'tune')
    """
    return "tune" if int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "check"


def select_half(gold_dir: Path | str, half: str, dest: Path | str) -> Path:
    """Copy the gold documents of one half of ``gold_dir`` (``<doc_id>.txt`` and ``<doc_id>.json``) to ``dest``."""
    gold_dir, dest = Path(gold_dir), Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for gold in sorted(gold_dir.glob("*.json")):
        text = gold.with_suffix(".txt")
        if text.is_file() and split_half(gold.stem) == half:
            shutil.copyfile(gold, dest / gold.name)
            shutil.copyfile(text, dest / text.name)
    return dest


def _norm(text: object) -> str:
    s = unicodedata.normalize("NFKC", str(text or "")).lower()
    s = re.sub(r"[\u2018\u2019\u201a\u201b\u2032`']", "'", s)
    s = re.sub(r"[^\w' ]+", " ", s)
    return " ".join(w for w in s.split() if w != "the")


def _name(text: object) -> str:
    return " ".join(w for w in _norm(text).split() if w.strip(".") not in _TITLES)


def same_person(a: object, b: object) -> bool:
    a, b = _name(a), _name(b)
    if not a or not b:
        return False
    ta, tb = set(a.split()), set(b.split())
    return a == b or ta <= tb or tb <= ta or fuzz.ratio(a, b) >= 88 or fuzz.token_sort_ratio(a, b) >= 90


def same_org(a: object, b: object) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a == b or (fuzz.token_set_ratio(a, b) >= 90 and min(len(a), len(b)) >= 3))


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.fp += n_pred - tp
        self.fn += n_gold - tp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """P/R/F1 per metric, and the figures that are accuracies (``claims_kind``, ...; None when nothing matched)."""

    metrics: dict[str, PRF] = field(default_factory=dict)
    figures: dict[str, float | None] = field(default_factory=dict)

    def __getitem__(self, name: str) -> PRF:
        return self.metrics.setdefault(name, PRF())

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {
            k: {"p": round(v.precision, 3), "r": round(v.recall, 3), "f1": round(v.f1, 3),
                "tp": v.tp, "fp": v.fp, "fn": v.fn}
            for k, v in sorted(self.metrics.items())
        }


def _rows(frame: pd.DataFrame | None, doc_id: str | None) -> list[dict]:
    """The rows of one document (all rows when ``doc_id`` is None), empty cells as ""."""
    if frame is None or frame.empty:
        return []
    sub = frame if doc_id is None else frame[frame["doc_id"] == doc_id]
    return sub.astype(object).where(sub.notna(), "").to_dict("records")


def _same_source(gsp: str | None, p: dict) -> bool:
    """An organization or group given as the source ("Richmond police said") sits in ``source``."""
    src = p.get("source", "")
    return bool(gsp and not p.get("speaker", "") and src and (same_org(gsp, src) or same_person(gsp, src)))


def _score_quotes(scores: Scores, gold: list[dict], pred: list[dict]) -> list[bool]:
    """Quotes and their attribution per kind; returns whether each judged gold speaker was found."""
    judged = []
    for kind in ("direct", "indirect"):
        gq = [q for q in gold if q.get("kind", "direct") == kind]
        pq = [q for q in pred if q.get("kind") == kind]
        if not gq and not pq:
            continue
        pairs = greedy_pairs(gq, pq, lambda g, p: same_text(g["text"], p["text"]))
        n_pred = len(pq)
        if kind == "direct":  # fragments of gold indirect quotes are not errors
            matched = {pi for _, pi in pairs}
            indirect = [q["text"] for q in gold if q.get("kind") == "indirect"]
            n_pred -= sum(1 for pi, p in enumerate(pq) if pi not in matched
                          and any(overlap(t, p["text"])[1] >= 0.8 for t in indirect))
        scores[f"quotes_{kind}"].add(len(pairs), n_pred, len(gq))
        good = 0
        for gi, pi in pairs:
            gsp, psp = gq[gi].get("speaker"), pq[pi].get("speaker", "")
            if gsp and not any(ch.isupper() for ch in gsp):
                good += 1  # an unresolved pronoun/nominal in the gold is not judged
                continue
            ok = bool((not gsp and not psp) or (gsp and psp and same_person(gsp, psp)) or _same_source(gsp, pq[pi]))
            good += ok
            if gsp:
                judged.append(ok)
        scores[f"attributed_{kind}"].add(good, n_pred, len(gq))
    return judged


def _priority_match(g: dict, p: dict) -> bool:
    if str(p.get("owner_iso3", "")).upper() != str(g.get("owner") or "").upper():
        return False
    gcode, pcode = str(g.get("partner_code") or "").upper(), str(p.get("partner_code", "")).upper()
    partner_ok = bool(gcode and pcode == gcode) or same_org(g.get("partner") or "", p.get("partner", ""))
    if not g.get("partner") and not p.get("partner"):
        partner_ok = True
    relation = fuzz.token_set_ratio(_norm(g.get("relation") or g.get("text")),
                                    _norm(p.get("relation") or p.get("priority")))
    return partner_ok and relation >= 80


def _accuracy(oks: Sequence[bool]) -> float | None:
    return round(sum(oks) / len(oks), 3) if oks else None


def _macro_f1(kinds: Sequence[tuple[str, str]]) -> float | None:
    """Macro-F1 of (gold, predicted) kinds over the claim kinds that occur on either side."""
    f1s = []
    for k in {k for pair in kinds for k in pair if k in CLAIM_KINDS}:
        tp = sum(g == k and p == k for g, p in kinds)
        f1s.append(2 * tp / (2 * tp + sum((g == k) != (p == k) for g, p in kinds)))
    return round(sum(f1s) / len(f1s), 3) if f1s else None


def _entity_names(frame: pd.DataFrame | None) -> dict[str, list[str]]:
    """entity_id -> its name, code and aliases (entities.csv), to read claims' ``about`` ids."""
    rows = _rows(frame, doc_id=None)
    return {r["entity_id"]: [n for n in [r["name"], r["code"], *str(r["aliases"]).split("|")] if n] for r in rows}


def _gold_about(claim: dict, gold: dict) -> tuple[set[str], list[str]]:
    """A gold claim's ``about``: ISO3 codes, and organization names."""
    about = claim.get("about") or []
    codes = {a for a in about if a in gold.get("countries", [])
             or len(a) == 3 and a.isupper() and a not in gold.get("organizations", [])}
    return codes, [a for a in about if a not in codes]


def _pred_about(ids: str, entities: dict[str, list[str]]) -> tuple[set[str], list[list[str]]]:
    """claims.csv ``about`` ids: ISO3 codes, and each organization's names; persons are not scored."""
    codes, orgs = set(), []
    for eid in dict.fromkeys(i.strip() for i in str(ids).split("|") if i.strip()):
        kind, _, key = eid.partition(":")
        if kind == "country":
            codes.add(key.upper())
        elif kind != "person":
            orgs.append(entities.get(eid) or [key or eid])
    return codes, orgs


def _same_claimant(gold: object, pred: object) -> bool:
    if not gold or not pred:
        return not gold and not pred
    return same_person(gold, pred) or same_org(gold, pred)


def _score_claims(scores: Scores, matched: list[tuple[dict, dict, tuple, tuple]]) -> None:
    """Over the matched (gold, row, gold about, predicted about) pairs: claimant, kind, hedged and about."""
    for _, _, (gc, go), (pc, po) in matched:
        tp = len(gc & pc) + len(greedy_pairs(go, po, lambda g, p: any(same_org(g, n) for n in p)))
        scores["claims_about"].add(tp, len(pc) + len(po), len(gc) + len(go))
    kinds = [(g["kind"], str(p.get("kind", "")).strip().lower()) for g, p, *_ in matched]
    scores.figures.update({
        "claims_claimant": _accuracy([_same_claimant(g.get("claimant"), p.get("claimant")) for g, p, *_ in matched]),
        "claims_kind": _accuracy([g == p for g, p in kinds]),
        "claims_kind_macro_f1": _macro_f1(kinds),
        "claims_hedged": _accuracy([_FLAGS.get(str(p.get("hedged", "")).strip().lower()) == bool(g.get("hedged"))
                                    for g, p, *_ in matched]),
    })


def _claim_pairs(gold: dict, rows: list[dict], entities: dict[str, list[str]]) -> list[tuple[dict, dict, tuple, tuple]]:
    claims = gold["claims"]
    pairs = greedy_pairs(claims, rows, lambda g, p: same_text(g["text"], p["text"]))
    return [(claims[gi], rows[pi], _gold_about(claims[gi], gold), _pred_about(rows[pi]["about"], entities))
            for gi, pi in pairs]


# a sentence ends after . ! ? ; or : (and a closing quotation mark) before white space, and at every line break
_SENTENCE_END = re.compile(r"""[.!?;:]["'\u201d\u2019)]*\s+|\n+""")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Character spans of the text's sentences, by punctuation and line breaks (no model: the same for any run).

    >>> sentence_bounds("It sets two goals: growth and jobs. Next.\\nEnd")
    [(0, 19), (19, 36), (36, 42), (42, 45)]
    """
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _sentences_at(text: str, offsets: list[int]) -> set[int]:
    """The indices of the :func:`sentence_bounds` sentences holding the character ``offsets`` (those in the text)."""
    starts = [a for a, _ in sentence_bounds(text)]  # the sentences tile the text: each ends where the next starts
    return {bisect_right(starts, o) - 1 for o in offsets if 0 <= o < len(text)}


def priority_sentences(gold_dir: Path | str, out_dir: Path | str) -> PRF:
    """How well the policy rows find the sentences that state priorities, whatever their items.

    A gold sentence holds the start of a gold priority's ``text`` (its first occurrence); a found sentence holds
    the ``start`` offset of a ``policy_priorities.csv`` row. Not part of :func:`score` (the shared scorer has no
    such figure): it tells whether a miss is a sentence never read or an item read wrongly.
    """
    frame = load_tables(out_dir).get("policy_priorities")
    return _sentence_prf(gold_dir, lambda doc_id, _: [int(r["start"]) for r in _rows(frame, doc_id)
                                                      if str(r.get("start", "")).strip() != ""])


def model_sentences(gold_dir: Path | str, flagged: Callable[[str], Iterable[int]]) -> PRF:
    """As :func:`priority_sentences`, for the sentences the priority-sentence model flags: ``flagged(text)`` gives
    offsets in the flagged sentences of a text (each of the sentences here that holds one counts as flagged)."""
    return _sentence_prf(gold_dir, lambda _, text: flagged(text))


def _sentence_prf(gold_dir: Path | str, found_at: Callable[[str, str], Iterable[int]]) -> PRF:
    """Sentence P/R over the documents whose gold lists their priorities: ``found_at(doc_id, text)`` gives the
    offsets of what was found."""
    prf = PRF()
    for path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text_path = path.with_suffix(".txt")
        annotated = set(gold.get("annotated", _DEFAULT_ANNOTATED))
        if "policy_priorities" not in annotated or "policy_priorities" not in gold or not text_path.is_file():
            continue  # as score(): only documents whose gold says which priorities they hold
        text = text_path.read_text(encoding="utf-8")
        wanted = _sentences_at(text, [text.find(g["text"]) for g in gold.get("policy_priorities") or []])
        found = _sentences_at(text, list(found_at(gold.get("doc_id", path.stem), text)))
        prf.add(len(wanted & found), len(found), len(wanted))
    return prf


def score(gold_dir: Path | str, out_dir: Path | str) -> Scores:
    """Precision/recall/F1 per table of ``out_dir`` against the gold JSON in ``gold_dir``."""
    gold_files = sorted(Path(gold_dir).glob("*.json"))
    if not gold_files:
        raise PipelineError(Errors.E013.format(path=gold_dir))
    tables = load_tables(out_dir)
    scores = Scores()
    entities = _entity_names(tables.get("entities"))
    claims_matched: list[tuple[dict, dict, tuple, tuple]] = []
    judged: list[bool] = []
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold.get("doc_id", path.stem)
        annotated = set(gold.get("annotated", _DEFAULT_ANNOTATED))
        if "speakers" in annotated and "speakers" in gold:
            names = [s["name"] for s in gold["speakers"]]
            pred = [n for n in dict.fromkeys(r["name"] for r in _rows(tables.get("speakers"), doc_id)) if n]
            scores["speakers"].add(len(greedy_pairs(names, pred, same_person)), len(pred), len(names))
            ga = [s for s in gold["speakers"] if s.get("organization")]
            pa = [r for r in _rows(tables.get("affiliations"), doc_id) if r["organization"]]
            if ga or pa:
                pairs = greedy_pairs(ga, pa, lambda g, p: same_person(g["name"], p["person"])
                               and same_org(g["organization"], p["organization"]))
                scores["affiliations"].add(len(pairs), len(pa), len(ga))
        if "quotes" in annotated and "quotes" in gold:
            judged += _score_quotes(scores, gold["quotes"], _rows(tables.get("quotes"), doc_id))
        if "countries" in annotated and "countries" in gold:
            gc = set(gold["countries"])
            pc = {str(r["iso3"]).upper() for r in _rows(tables.get("countries"), doc_id)} - {""}
            scores["countries"].add(len(gc & pc), len(pc), len(gc))
        if "organizations" in annotated and "organizations" in gold:
            go = gold["organizations"]
            po = [[n for n in [r["name"], r["acronym"], *str(r["surface_forms"]).split("|")] if n]
                  for r in _rows(tables.get("organizations"), doc_id)]
            pairs = greedy_pairs(go, po, lambda g, p: any(same_org(g, n) for n in p))
            matched = {pi for _, pi in pairs}
            nested = sum(1 for pi, p in enumerate(po)
                         if pi not in matched and any(same_org(g, n) for g in go for n in p))
            scores["organizations"].add(len(pairs), len(po) - nested, len(go))
        if "policy_priorities" in annotated and "policy_priorities" in gold:
            gp = gold["policy_priorities"]
            pp = _rows(tables.get("policy_priorities"), doc_id)
            scores["policy_priorities"].add(len(greedy_pairs(gp, pp, _priority_match)), len(pp), len(gp))
        if "claims" in gold:  # scored wherever the gold has claims, whatever ``annotated`` says
            rows = _rows(tables.get("claims"), doc_id)
            claim_pairs = _claim_pairs(gold, rows, entities)
            scores["claims"].add(len(claim_pairs), len(rows), len(gold["claims"]))
            claims_matched += claim_pairs
    scores.figures["attribution_accuracy"] = _accuracy(judged)
    if "claims" in scores.metrics:
        _score_claims(scores, claims_matched)
    return scores
