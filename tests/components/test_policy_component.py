"""pipeline_policy: component wiring, data files round trip, quotes of the document, shared seed."""

from __future__ import annotations

import subprocess
import sys

from spacy.tokens import Span

from pipeline.components.policy.component import Policy
from pipeline.components.policy.lexicon import PolicyLexicon


def test_policy_component_to_disk_from_disk_round_trip(tmp_path):
    policy = Policy("pipeline_policy")
    policy.to_disk(tmp_path)
    loaded = Policy("pipeline_policy", lexicon=PolicyLexicon()).from_disk(tmp_path)
    assert loaded.lexicon == policy.lexicon
    assert "foreign policy concept" in loaded.lexicon.document_types


def test_policy_component_reads_hand_set_spans(nlp):
    text = "Ruritania's Foreign Policy Concept for 2024-2034 names Freedonia and Sylvania as its key partners."
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if not n.startswith("pipeline_")]):
        doc = nlp(text)
    doc.spans["countries"] = [Span(doc, 0, 1, label="COUNTRY", kb_id="RUR"),
                              Span(doc, 10, 11, label="COUNTRY", kb_id="FRE"),
                              Span(doc, 12, 13, label="COUNTRY", kb_id="SYL")]
    doc.spans["organizations"] = []
    doc._.pipeline_quotes = []
    doc = Policy("pipeline_policy")(doc)
    rows = [(p.owner_iso3, p.period_start, p.period_end, q.partner, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]
    assert rows == [("RUR", 2024, 2034, "Freedonia", "FRE", "key partners"),
                    ("RUR", 2024, 2034, "Sylvania", "SYL", "key partners")]


def test_policy_component_quote_of_the_document(nlp):
    text = ("Laos's National Development Program until 2030 sets the course.\n\n"
            "\u201cWe will work on the country's image abroad. "
            "Laos will deepen its work in the ASEAN and the UN,\u201d "
            "the document's authors promise.")
    rows = [(q.rank, q.partner_code) for p in nlp(text)._.pipeline_policies for q in p.priorities]
    assert rows == [(1, ""), (2, "ASEAN"), (2, "UN")]


def test_policy_component_seed_scores(shared, tmp_path):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "pipeline", "run", str(shared / "seeds"), "--out", str(out),
                    "--only", "policy_priorities"], check=True, capture_output=True)
    res = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), str(shared / "seeds"), str(out),
                          "--json"], check=True, capture_output=True, text=True)
    import json

    assert json.loads(res.stdout)["policy_priorities"]["f1"] >= 0.9
