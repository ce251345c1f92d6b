"""pipeline_policy: which partners a list names (issue #14) - the members a naming verb lists for the group before it
("with development partners, naming A and B"; "with the major powers, among which it names A, B and C"). Sentences
written for these tests, with the exact rows (partner, partner_code, relation, text)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return sorted((q.partner, q.partner_code, q.relation, q.text) for p in doc._.pipeline_policies
                  for q in p.priorities)


@pytest.mark.parametrize(("text", "rows"), [
    pytest.param(
        "Tuvalu's National Strategy was adopted in 2021. It commits Tuvalu to working with development partners, "
        "naming Japan and Taiwan, and to active membership of the Pacific Islands Forum.",
        [("Japan", "JPN", "working with development partners", "working with development partners"),
         ("Pacific Islands Forum", "Pacific Islands Forum", "active membership of the Pacific Islands Forum",
          "active membership of the Pacific Islands Forum"),
         ("Taiwan", "TWN", "working with development partners", "working with development partners")],
        id="naming-gerund-item"),
    pytest.param(
        "Laos's Foreign Policy Strategy was adopted in 2022. The strategy commits the country to balanced relations "
        "with its larger neighbours, among which it names China, Vietnam and Thailand.",
        [("China", "CHN", "balanced relations", "balanced relations with its larger neighbours"),
         ("Thailand", "THA", "balanced relations", "balanced relations with its larger neighbours"),
         ("Vietnam", "VNM", "balanced relations", "balanced relations with its larger neighbours")],
        id="among-which-it-names"),
])
def test_policy_named_members(nlp, text, rows):
    assert _rows(nlp(text)) == sorted(rows)

