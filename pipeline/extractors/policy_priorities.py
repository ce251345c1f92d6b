"""Stage 3: priorities of countries' policy documents."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..records import PolicyPriority
from ..registry import extractor


@extractor("policy_priorities", version="34",
           requires=("pipeline_country_ruler", "pipeline_org_ruler", "pipeline_policy"))
def policy_priorities(doc: Doc) -> Iterator[PolicyPriority]:
    """One record per priority (and per named partner) of each document in ``doc._.pipeline_policies``.

    Needs: pipeline_policy, which reads ``doc.spans["countries"]`` and ``doc.spans["organizations"]``.

    Args:
        doc: a Doc processed by the pipeline.

    Yields:
        PolicyPriority records in document and rank order.

    Example:
        "Kazakhstan's Foreign Policy Concept for 2020-2030 was adopted in March 2020. Among the priorities
        there is further development of alliance relations with the Russian Federation, as well as cooperation
        with the CSTO and the OSCE." ->
        PolicyPriority(owner_iso3="KAZ", document="Foreign Policy Concept", period_start=2020, period_end=2030,
        adopted="2020-03", rank=1, priority="further development of alliance relations with the Russian
        Federation", partner="Russian Federation", partner_code="RUS", relation="alliance relations", ...),
        then rank 2 twice (partner_code "CSTO", then "OSCE", relation "cooperation").
    """
    for policy in doc._.pipeline_policies or []:
        for p in policy.priorities:
            yield PolicyPriority(
                rank=p.rank, owner_iso3=policy.owner_iso3, document=policy.document,
                period_start=policy.period_start, period_end=policy.period_end, adopted=policy.adopted,
                priority=p.text, partner=p.partner, partner_code=p.partner_code, relation=p.relation,
                speaker=policy.speaker, start=p.start, end=p.end,
            )
