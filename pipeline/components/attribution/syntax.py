"""Stage 2 helper for pipeline_attribution: small dependency-parse helpers."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_UP = ("conj", "xcomp", "advcl", "pcomp", "prep", "acomp", "ccomp", "relcl", "acl")
_TRAILING = " \t\n,;:.—–-"


def subject_of(verb: Token, *, max_up: int = 3) -> Token | None:
    """The subject of ``verb``, inherited from governing verbs ("X opened the debate by noting ...",
    "She argued ... and drew attention to ...")."""
    tok = verb
    for _ in range(max_up + 1):
        for child in tok.children:
            if child.dep_ in _SUBJ and child.dep_ != "csubj":
                if child.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                    return tok.head
                return child
        for aux in tok.children:  # a mis-attached subject: "Nazarov<-is convinced"
            if aux.dep_ in ("aux", "auxpass"):
                subj = next((c for c in aux.children if c.dep_ in _SUBJ), None)
                if subj is not None:
                    return subj
        if tok.dep_ not in _UP or tok.head is tok:
            return None
        if tok.dep_ == "ccomp":  # a cue inside another statement keeps its own (missing) subject
            return None
        if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and tok.head.head is not tok.head:
            tok = tok.head.head  # "She argued that A and drew attention to B": B shares "She"
            continue
        tok = tok.head
    return None


def cue_text(doc: Doc, verb: Token) -> tuple[str, int, int]:
    """The cue as written: the verb with its auxiliaries/negation/particle ("is convinced", "pointed out")."""
    toks = [verb]
    for child in verb.children:
        if child.dep_ in ("prt",) and child.i == verb.i + 1:
            toks.append(child)
    if verb.dep_ == "acomp":
        toks.append(verb.head)
    toks += [c for c in verb.children if c.dep_ == "auxpass" and c.i == verb.i - 1]
    toks.sort(key=lambda t: t.i)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    return doc[toks[0].i:toks[-1].i + 1].text, start, end


def trim(text: str, start: int, end: int, *, leading: tuple[str, ...] = ()) -> tuple[int, int]:
    """Shrink [start, end) past whitespace, trailing punctuation and leading words like "that"."""
    while start < end and text[start] in " \t\n,:;—–":
        start += 1
    changed = True
    while changed:
        changed = False
        for word in leading:
            if text[start:end].lower().startswith(word + " "):
                start += len(word) + 1
                changed = True
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    while end > start and text[end - 1] in "\"”’'" and text[start:end].count(text[end - 1]) == 0:
        end -= 1
    return start, end


def subtree_bounds(token: Token, *, exclude: tuple[Token, ...] = ()) -> tuple[int, int]:
    """Character bounds of ``token``'s subtree, without the subtrees of ``exclude`` at its edges."""
    toks = list(token.subtree)
    banned = {t.i for ex in exclude for t in ex.subtree}
    while toks and toks[0].i in banned:
        toks.pop(0)
    while toks and toks[-1].i in banned:
        toks.pop()
    if not toks:
        return token.idx, token.idx + len(token)
    return toks[0].idx, toks[-1].idx + len(toks[-1])
