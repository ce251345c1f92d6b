"""Stage 2 helper for pipeline_attribution: the aims of a state, its government or its policy, which are no statements.

"Malta wants the Council to treat climate change as a threat", "The government aims to lift household
income", "the fourth pillar seeks to strengthen governance": a wish or a plan (``aim_verbs``) with an
infinitive or an object, whose subject is a state, its government or its policy (``aim_subjects``), tells what
the state is after, not what anyone said. A person's wishes stay ("Rabuka wants closer ties with
Washington"), and so do those of parties, campaigns, companies and groups of people ("the campaign plans to
target Indiana voters", "many voters want a change"), which news corpora report as speech; "the government
hopes that …" with its own clause is a report.
"""

from __future__ import annotations

from spacy.tokens import Token

from .candidates import SpeakerMention
from .content import clausal_complement, is_document
from .context import Context
from .syntax import subject_of

_STATES = frozenset({"GPE"})  # "Malta wants …", "Nicosia wants …"
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def institution_aim(verb: Token, mention: SpeakerMention | None, ctx: Context) -> bool:
    """Whether ``verb`` ("wants", "aims"), with an infinitive or an object rather than a finite clause,
    gives the aim of the state, government or policy ``mention`` names."""
    if mention is None or mention.kind != "group" or verb.lemma_.lower() not in ctx.lex.aim_verbs \
            or _finite_clause(clausal_complement(verb, ctx)):
        return False
    subject = subject_of(verb)
    if subject is None or not mention.start <= subject.idx < mention.end:
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        subject = span.root if span is not None and len(span) > 0 else None
    return subject is not None and _state_or_policy(subject, ctx)


def _state_or_policy(tok: Token, ctx: Context) -> bool:
    """A singular name of a state or capital, or a noun of ``aim_subjects`` or a document noun ("the government",
    "the fourth pillar", "the strategy"), not a party, a company or people ("voters", "Republicans"). A name
    the countries' spans hold is a state's even where the entity recogniser took it for an organisation
    ("Dhaka wants a free and open Indo-Pacific", "Azerbaijan also wants …"); a place name they do not hold is a
    city's, whose plans news corpora report ("Philadelphia plans to give rallies more leeway")."""
    if tok.tag_ not in ("NN", "NNP"):
        return False
    held = tok.tag_ == "NNP" and any(span.start <= tok.i < span.end for span in ctx.countries)
    city = tok.tag_ == "NNP" and not held  # a place the countries' spans do not hold ("Philadelphia plans to …")
    return tok.ent_type_ in _STATES and not city or tok.lemma_.lower() in ctx.lex.aim_subjects \
        or is_document(tok, ctx.lex) or held


def _finite_clause(comp: Token | None) -> bool:
    """Whether a complement is a finite clause ("hopes that the talks resume", "hopes the issue would fade"),
    not an infinitive ("wants the Council to act")."""
    if comp is None:
        return False
    return comp.tag_ in _FINITE or any(c.tag_ in _FINITE or c.dep_ == "mark" and c.lower_ == "that"
                                       for c in comp.children)
