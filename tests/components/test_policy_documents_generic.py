"""pipeline_policy: documents whose first mention is generic ("its first Africa Strategy" after a headline that
names it) are resolved without error. Sentences written for these tests."""

from __future__ import annotations


def _rows(doc):
    return [(p.owner_iso3, p.document, p.adopted, q.rank, q.partner, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]


def test_policy_named_mention_after_a_generic_one_of_its_kind(nlp):
    """A headline's "Strategy" opens the owner's document by a generic mention; the named mention that follows
    gives it its name (this raised ValueError before, and the whole document failed)."""
    text = ("Finland's Africa Strategy: A Summary\n\nFinland's government adopted its first Africa Strategy in "
            "March 2024. The strategy focuses on trade with Kenya.")
    assert _rows(nlp(text)) == [("FIN", "Africa Strategy", "2024-03", 1, "Kenya", "KEN", "trade")]


def test_policy_owner_from_the_headline_of_the_lead(nlp):
    """The headline is a sentence of its own; the country it names owns a document the lead's first sentence
    names when that sentence names none."""
    text = ("Nigeria's President Approves New Defence Policy\n\nABUJA, 11 August 2023 — President Bola Tinubu has "
            "approved the National Defence Policy for 2024-2030, the National Security Council said on Thursday.\n\n"
            "The policy identifies food security as its foremost concern.")
    assert _rows(nlp(text)) == [("NGA", "National Defence Policy", "2023-08", 1, "", "", "food security")]
