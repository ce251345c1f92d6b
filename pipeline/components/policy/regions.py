"""Stage 2 helper for pipeline_policy: regions as partners ("gives priority to Central America", "new embassies in
West Africa", "markets towards sub-Saharan Africa")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .lexicon import PolicyLexicon

_PLACES = "places"  # the country ruler's places (capitals carry their state's code in ``kb_id_``)


def places_of(doc: Doc) -> list[Span]:
    """The country ruler's places of ``doc`` ("Manila", "Osh"), [] when it wrote none."""
    return list(doc.spans[_PLACES]) if _PLACES in doc.spans else []


def is_region(doc: Doc, start: int, end: int, spans: dict[int, Span]) -> bool:
    """Whether tokens [start, end) name a region only: capitalised proper nouns after an optional "the", no country
    or organization ("Southeast Asia", "the Gulf", "the Western Balkans")."""
    words = [t for t in doc[start:end] if t.lower_ != "the"]
    return bool(words) and all(t.pos_ == "PROPN" and t.is_title and t.i not in spans for t in words)


def region_names(doc: Doc, start: int, end: int, spans: dict[int, Span]) -> list[str]:
    """The regions that tokens [start, end) consist of, without "the" ("Central America and the Horn of Africa" ->
    ["Central America", "Horn of Africa"]), or [] when anything else is there."""
    names, seg = [], []
    for t in [*doc[start:end], None]:
        if t is not None and t.lower_ not in (",", "and", "or"):
            seg.append(t)
            continue
        words = [w for w in seg if w.lower_ != "the"]
        inner = [w for w in words[1:-1] if w.lower_ == "of"]  # "Horn of Africa"
        if not words or words[-1].lower_ == "of" or not all(
                w in inner or (w.pos_ == "PROPN" and w.is_title and w.i not in spans) for w in words):
            return []
        names.append(" ".join(w.text for w in words))
        seg = []
    return names


def named_groups(doc: Doc, start: int, end: int, spans: dict[int, Span], lexicon: PolicyLexicon) -> list[str]:
    """Groups of states named by a region, as the object of "of" ("a stronger role in the security of Pacific Island
    nations", "the defence of the Baltic states"): a group noun (group_nouns.txt) after capitalised words."""
    out = []
    for noun in doc[start:end]:
        if noun.lower_ not in lexicon.group_nouns or noun.dep_ != "pobj" or noun.head.lower_ != "of":
            continue
        words = [t for t in doc[noun.left_edge.i:noun.i] if t.lower_ != "the"]
        if words and all(t.is_title and t.pos_ in ("PROPN", "ADJ") and t.i not in spans for t in words) \
                and words[0].i >= start:
            out.append(doc[words[0].i:noun.i + 1].text)
    return out


def place_partners(doc: Doc, start: int, end: int, spans: dict[int, Span], lexicon: PolicyLexicon) -> list[str]:
    """Regions an item without named partners reaches out to: after "towards" ("diversification of export markets
    towards sub-Saharan Africa"), or after "in"/"to" on a noun of presence ("two new embassies in West Africa", "its
    aid to the Sahel"), and groups named by a region (:func:`named_groups`)."""
    out = named_groups(doc, start, end, spans, lexicon)
    for prep in doc[start:end]:
        if prep.lower_ not in ("towards", "toward", "in", "to") or prep.dep_ != "prep":
            continue
        if prep.lower_ in ("in", "to") and prep.head.lower_ not in lexicon.presence_nouns:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj" and c.i < end), None)
        if obj is not None and obj.pos_ == "PROPN" and obj.i not in spans:
            words = [t for t in obj.subtree if t.lower_ != "the" and t.i < end]
            if words[0].i <= prep.i:
                continue
            if all(t.pos_ in ("PROPN", "ADJ") or t.text == "-" for t in words):
                out.append(doc[words[0].i: words[-1].i + 1].text)
            else:  # "its presence in Africa and Latin America": each region
                out += region_names(doc, words[0].i, words[-1].i + 1, spans)
    return out
