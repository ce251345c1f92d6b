"""attribution_triggers: the tokens each reported-speech pattern runs on, picked over the token table."""

from __future__ import annotations

import pickle

import pytest

from pipeline.components.attribution import triggers as triggers_module
from pipeline.components.attribution.context import Context
from pipeline.components.attribution.indirect import PATTERNS, pattern_triggers
from pipeline.components.attribution.lexicon import Lexicon
from pipeline.components.attribution.triggers import Pattern, Triggers

TEXTS = (
    "Kazakh Foreign Minister Murat Nurtleu said on Monday that the talks in Astana had been useful.\n\n"
    "In her view, the pipeline deal is stalled, Aigerim Bekova of the Eurasian Development Bank noted. "
    "The Cabinet of Ministers pledges to intensify its work, according to Nurtleu.",
    "SAID TO HAVE AGREED: Uzbek and Tajik officials are said to have agreed on the water quotas. The "
    "minister spoke about the border crossings and made it clear that the railway would open in May.",
)


def _set(words, lex: Lexicon) -> set[str]:
    return set() if words is None else set(words) if isinstance(words, frozenset) else set(words(lex))


def _slow_patterns(ctx: Context, lex: Lexicon) -> list[tuple[int, tuple[str, ...]]]:
    """The same choice made token by token, from the patterns' declarations (the reference)."""
    out = []
    for tok in ctx.doc:
        lemma, lower = tok.lemma_.lower(), tok.lower_
        names = tuple(p.find.__name__ for p in PATTERNS if not p.declares_words() or lemma in _set(p.lemmas, lex)
                      or lower in _set(p.words, lex) or lower[:-1] in _set(p.stems, lex))
        if names:
            out.append((tok.i, names))
    return out


def _names(found: list[tuple[int, tuple[Pattern, ...]]]) -> list[tuple[int, tuple[str, ...]]]:
    return [(i, tuple(p.find.__name__ for p in patterns)) for i, patterns in found]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.from_dir()


@pytest.mark.parametrize("text", TEXTS)
def test_attribution_triggers_agree_with_a_token_by_token_choice(nlp, lexicon, text) -> None:
    ctx = Context.of(nlp(text), lexicon)
    assert _names(pattern_triggers(lexicon).starts(ctx)) == _slow_patterns(ctx, lexicon)


def test_attribution_triggers_words_lemmas_and_stems(nlp, lexicon) -> None:
    ctx = Context.of(nlp(TEXTS[0]), lexicon)
    found = {ctx.doc[i].text: names for i, names in _names(pattern_triggers(lexicon).starts(ctx))}
    assert found["said"][:3] == ("_speech", "_relative_speech", "object_report")
    assert "in_view" in found["In"] and "according" in found["according"]
    assert "_commitment" in found["pledges"]  # "pledges" (a plural noun here): its form without the "s"


def test_attribution_triggers_a_pattern_without_words_runs_everywhere(nlp, lexicon) -> None:
    def anywhere(tok, ctx):
        yield from ()

    ctx = Context.of(nlp("Officials met in Bishkek."), lexicon)
    triggers = Triggers([Pattern(anywhere), Pattern(anywhere, words=frozenset({"met"}))], lexicon)
    assert [(i, len(p)) for i, p in triggers.starts(ctx)] == [(0, 1), (1, 2), (2, 1), (3, 1), (4, 1)]


def test_attribution_triggers_forget_when_full(nlp, lexicon, monkeypatch) -> None:
    monkeypatch.setattr(triggers_module, "_MEMO_SIZE", 12)
    triggers = pattern_triggers(lexicon)
    for text in (*TEXTS, *TEXTS):
        ctx = Context.of(nlp(text), lexicon)
        assert _names(triggers.starts(ctx)) == _slow_patterns(ctx, lexicon)
        distinct = len(set(ctx.table.column("lemma").tolist())) + len(set(ctx.table.column("orth").tolist()))
        assert len(triggers._by_lemma) + len(triggers._by_form) <= 12 + distinct


def test_attribution_triggers_the_component_pickles(nlp) -> None:
    """(spaCy's ``nlp.pipe(n_process=…)`` may pickle the pipeline: the declarations are named functions.)"""
    text = TEXTS[0]
    copy = pickle.loads(pickle.dumps(nlp.get_pipe("pipeline_attribution")))
    doc = nlp(text)
    assert copy(doc)._.pipeline_quotes == nlp(text)._.pipeline_quotes


def test_attribution_triggers_empty_doc(nlp, lexicon) -> None:
    assert pattern_triggers(lexicon).starts(Context.of(nlp(""), lexicon)) == []
