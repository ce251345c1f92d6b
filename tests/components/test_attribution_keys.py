"""pipeline_attribution reads the span groups named in its config (persons_key, countries_key, organizations_key)."""

from __future__ import annotations

from pipeline.components.attribution import Attribution
from pipeline.components.attribution.context import Context, SpanKeys

_TEXT = ("Ravshan Nazarov, director of the Institute of Strategic Studies, spoke in Tashkent. "
         "“Uzbekistan will open new border crossings with Kazakhstan,” Nazarov said.")


def test_attribution_keys_default_config(nlp):
    cfg = nlp.config["components"]["pipeline_attribution"]
    assert (cfg["persons_key"], cfg["countries_key"], cfg["organizations_key"]) == (
        "persons", "countries", "organizations")
    assert nlp.get_pipe("pipeline_attribution").keys == SpanKeys()


def test_attribution_keys_renamed_groups_are_read(nlp):
    doc = nlp(_TEXT)
    expected = [(q.text, q.speaker) for q in doc._.pipeline_quotes]
    for old, new in (("persons", "people"), ("countries", "states"), ("organizations", "orgs")):
        doc.spans[new] = list(doc.spans[old])
        del doc.spans[old]
    keys = SpanKeys(persons="people", countries="states", organizations="orgs")
    ctx = Context.of(doc, nlp.get_pipe("pipeline_attribution").lexicon, keys)
    assert [s.kb_id_ for s in ctx.person_spans] == ["Ravshan Nazarov", "Ravshan Nazarov"]
    assert {s.kb_id_ for s in ctx.countries} == {"UZB", "KAZ"}
    component = Attribution("renamed", persons_key="people", countries_key="states", organizations_key="orgs")
    assert [(q.text, q.speaker) for q in component(doc)._.pipeline_quotes] == expected == [
        ("Uzbekistan will open new border crossings with Kazakhstan", "Ravshan Nazarov")]
