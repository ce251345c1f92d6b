"""Stage 2 helper for pipeline_attribution: a paragraph opened by its speaker's name and a colon.

Transcripts, panels and news headlines give the speaker as a label ("MATTHEWS: Well, speculation is bad.",
"Bernie Sanders: I'm Not Much Of A Socialist"): the rest of the paragraph is what the person said.
The label is a person's name only (a person the text names, or in capitals a word of one): "Editor's note:",
"The Latest:" or "WASHINGTON:" label no speaker.

A published interview is no report: where a turn answers the interviewer ("Q: And security?" then
"Mitchell: Security for us means guns and people.") or asks ("Caspian Review: Is the plan realistic?"), the
interviewee's answers are the article's own text, which no one reports. A broadcast transcript writes its
speakers in capitals ("TAPPER: Do you think …?" then "FALLIN: I think …"): its turns stay reported speech.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .content import Match, in_persons, statement_of
from .context import Context
from .mentions import mention_for

_LABEL_WORDS = 4  # words of a speaker label at most
_MIN_WORDS = 3  # words of the statement at least


def speaker_label(tok: Token, ctx: Context) -> Iterator[Match]:
    """"FALLIN: I think he is trying to campaign as a racial healer." -> the rest of the paragraph, said
    by the person the label names."""
    if tok.text != ":":
        return
    para = next(((lo, hi) for lo, hi in ctx.paragraphs if lo <= tok.idx < hi), None)
    if para is None:
        return
    doc = tok.doc
    label = [t for t in doc[max(0, tok.i - _LABEL_WORDS - 1):tok.i] if t.idx >= para[0] and not t.is_space]
    if not label or len(label) > _LABEL_WORDS or label[0].idx != para[0] or not _names_person(label, ctx):
        return
    if not all(t.text.isupper() for t in label) and _interview_turn(ctx, para):
        return
    rest = ctx.tokens_from(tok.idx + 1, para[1])
    if sum(not t.is_punct and not t.is_space for t in rest) < _MIN_WORDS \
            or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return  # (a statement is a clause: not "Correction: October 2, 2016, Sunday.")
    yield statement_of(ctx, (tok.idx + 1, para[1]), (":", tok.idx, tok.idx + 1), mention_for(label[-1], ctx))


def interview_answers(ctx: Context) -> list[tuple[int, int]]:
    """The paragraphs of a published interview's answers: a title-case label ("Mitchell: …", not
    "FALLIN: …") right after the interviewer's question (:func:`_question`). What the interviewee says
    there in the first person ("I think the goals will slip", "we want donors to …") is the article's own
    text, not a report."""
    out = []
    for k, para in enumerate(ctx.paragraphs[1:], start=1):
        label = _turn_label(ctx.text, para)
        if label is not None and all(w[:1].isupper() for w in label.split()) and not label.isupper() \
                and _question(ctx, ctx.paragraphs[k - 1]):
            out.append(para)
    return out


def _interview_turn(ctx: Context, para: tuple[int, int]) -> bool:
    """Whether a labelled paragraph is an interview's turn: a question itself, or right after one."""
    k = ctx.paragraphs.index(para)
    return _question(ctx, para) or k > 0 and _question(ctx, ctx.paragraphs[k - 1])


def _question(ctx: Context, para: tuple[int, int]) -> bool:
    """Whether a paragraph is the interviewer's turn: a short label and a colon, then a question, any
    words after the letter "Q" ("Q: Your critics say you lean too heavily on Washington."), or any words
    after the label the interviewer's questions carry ("Caspian Review: Debt is often mentioned too.")."""
    label = _turn_label(ctx.text, para)
    return label is not None and (label.strip() == "Q" or _asks(ctx.text, para) or label in asking_labels(ctx))


def asking_labels(ctx: Context) -> frozenset[str]:
    """The interviewer's labels: those of the paragraphs that ask (end with "?"), but for a label that also
    answers one (on the paragraph right after a question: a panel's speakers ask each other too). Found once
    per Doc (``ctx.asking``)."""
    if not ctx.asking:
        paras, text = ctx.paragraphs, ctx.text
        asks = [_asks(text, para) for para in paras]
        labels = [_turn_label(text, para) for para in paras]
        answering = {labels[k] for k in range(1, len(paras)) if asks[k - 1] and not asks[k]}
        ctx.asking.append(frozenset(label for label, ask in zip(labels, asks, strict=True)
                                    if ask and label is not None and label not in answering))
    return ctx.asking[0]


def _asks(text: str, para: tuple[int, int]) -> bool:
    return text[para[0]:para[1]].rstrip().endswith("?")


def _turn_label(text: str, para: tuple[int, int]) -> str | None:
    """The label of a paragraph written as a turn: a short capitalised label, a colon and words after it
    ("Q: …", "Mitchell: …", "Caspian Review: …"); None for any other paragraph."""
    label, colon, rest = text[para[0]:para[1]].partition(":")
    if not colon or not rest.strip() or not 0 < len(label.split()) <= _LABEL_WORDS or not label[:1].isupper():
        return None
    return label


def _names_person(label: list[Token], ctx: Context) -> bool:
    """Whether the words before the colon are a person's name: every word a proper noun or in capitals,
    one of them a person the text names (or, in capitals, a word of one: "FALLIN")."""
    if not all(t.pos_ == "PROPN" or t.text.isupper() and t.is_alpha for t in label):
        return False
    return any(in_persons(t, ctx) or t.ent_type_ == "PERSON" or t.text.isupper() and _named_person(t, ctx)
               for t in label)


def _named_person(word: Token, ctx: Context) -> bool:
    """Whether a word in capitals ("TAPPER") is written elsewhere as a word of a person's name ("Tapper")."""
    return any(in_persons(word.doc[i], ctx) for i in ctx.lowered(word.lower_, 0, len(word.doc)) if i != word.i)
