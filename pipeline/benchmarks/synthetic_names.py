"""Benchmarks: a synthetic corpus of invented person and organization names with known truth.

Names are built from syllables with transliteration-sensitive sounds (zh/j,
kh/h, dzh/j, ts/tz, u/ou, y/i, -yev/-ev, apostrophes), rendered in several
romanisations, word orders, with titles, initials, patronymics and surname-only
forms, and spread over documents. Some people share a surname (different given
names) or are a masculine/feminine pair (Nazarov/Nazarova); some organizations
differ by one word or by their country. Everything is deterministic in ``seed``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..records import DocResult, Document, Mention, OrganizationRef

_SCHEMES: dict[str, tuple[str, ...]] = {
    "ZH": ("zh", "j"), "KH": ("kh", "h"), "DZH": ("dzh", "j"), "TS": ("ts", "tz"), "U": ("u", "ou"),
    "Y": ("y", "i"), "YEV": ("yev", "ev"), "IY": ("iy", "i", "y"), "'": ("'", "", "’"), "SS": ("ss", "s"),
}
_ONSETS = ("b", "d", "g", "k", "l", "m", "n", "r", "s", "t", "sh", "ch", "v", "z", "p", "f",
           "ZH", "KH", "DZH", "TS", "Y")
_VOWELS = ("a", "a", "e", "i", "o", "U", "a", "o")
_CODAS = ("", "", "n", "r", "l", "m", "t", "k", "s", "SS")
_GIVEN_END = ("", "", "bek", "IY", "at", "ur", "ir", "an")
_SURNAME_END = ("ov", "YEV", "in", "enko", "bekov", "ovich")
_TITLES = ("Dr.", "President", "Ambassador", "Professor", "Minister", "Deputy Minister", "Mr.", "Ms.")
_TOPICS = ("Energy", "Security", "Water", "Migration", "Digital", "Transport", "Climate", "Trade", "Regional",
           "Agrarian", "Nuclear", "Maritime")
_ORG_TEMPLATES = (
    ("{P} Institute for {T} Studies", "{p}I{t}S"),
    ("Ministry of Foreign Affairs of {P}", "MFA"),
    ("{P} Center for {T} Research", "{p}C{t}R"),
    ("{P} Council on {T} Policy", "{p}C{t}P"),
    ("{P} National University", "{p}NU"),
    ("Agency for {T} Development of {P}", "A{t}D"),
    ("{P} Foundation for {T} Cooperation", "{p}F{t}C"),
    ("{P} Organization for {T} Dialogue", "{p}O{t}D"),
)

Segments = tuple[str, ...]


def _syllable(rng: random.Random) -> list[str]:
    return [rng.choice(_ONSETS), rng.choice(_VOWELS), rng.choice(_CODAS)]


def _word(rng: random.Random, n: int, end: Sequence[str]) -> Segments:
    segs: list[str] = []
    for _ in range(n):
        segs += _syllable(rng)
    segs.append(rng.choice(end))
    return tuple(s for s in segs if s)


def render(segments: Segments, rng: random.Random | None, *, scheme: int = 0) -> str:
    """One romanisation of a word: scheme 0 = the first spelling of each sound, else random."""
    out = []
    for i, s in enumerate(segments):
        options = _SCHEMES.get(s)
        if options is None:
            out.append(s)
        elif s == "YEV" and (i == 0 or segments[i - 1][-1:].lower() not in "aeiou"):
            out.append("ev")
        else:
            out.append(options[0] if scheme == 0 or rng is None else rng.choice(options))
    word = "".join(out)
    return word[:1].upper() + word[1:]


@dataclass
class _Person:
    pid: str
    given: Segments
    surname: Segments
    patronymic: Segments
    hyphen: Segments = ()
    female: bool = False
    fulls: list[str] = field(default_factory=list)


@dataclass
class _Org:
    oid: str
    fulls: list[str]
    acronym: str
    acronym_unique: bool = True


@dataclass(frozen=True)
class SyntheticCorpus:
    """Documents (as extract-stage results) and the true entity of every (label, doc_id, key)."""

    results: tuple[DocResult, ...]
    truth: dict[tuple[str, str, str], str]

    @property
    def n_mentions(self) -> int:
        return sum(len(r.table("mentions")) for r in self.results)

    def variants(self, label: str) -> set[str]:
        """Distinct keys of one label."""
        return {k for (lab, _, k) in self.truth if lab == label}

    def entities(self, label: str) -> set[str]:
        return {v for (lab, _, _), v in self.truth.items() if lab == label}


def _full_variants(p: _Person, rng: random.Random) -> list[str]:
    def given(scheme: int) -> str:
        g = render(p.given, rng, scheme=scheme)
        if p.hyphen:
            g += rng.choice(("-", " ")) + render(p.hyphen, rng, scheme=scheme)
        return g

    sur = render(p.surname, None) + ("a" if p.female else "")
    variants = [f"{given(0)} {sur}"]
    for _ in range(3):
        s = render(p.surname, rng, scheme=1) + ("a" if p.female else "")
        variants.append(f"{given(1)} {s}")
    variants.append(f"{sur.upper()} {given(0)}" if rng.random() < 0.5 else f"{sur} {given(0)}")
    variants.append(f"{rng.choice(_TITLES)} {given(0)} {sur}")
    if p.patronymic:
        pat = render(p.patronymic, None) + ("ovna" if p.female else "ovich")
        variants.append(f"{given(0)} {pat} {sur}")
    if rng.random() < 0.2:
        variants.append(f"{sur}, {given(0)}")
    if rng.random() < 0.3:  # a typo: one letter dropped inside the longer word
        g, s = given(0), sur
        if len(s) >= len(g) and len(s) >= 7:
            s = s[:4] + s[5:]
        elif len(g) >= 7:
            g = g[:4] + g[5:]
        variants.append(f"{g} {s}")
    return list(dict.fromkeys(variants))


def _people(n: int, rng: random.Random) -> list[_Person]:
    from rapidfuzz import fuzz  # only needed here: keeps given names of namesakes apart

    from ..normalize.translit import token_key

    people: list[_Person] = []
    surnames: list[Segments] = []
    seen_full: set[tuple[str, str]] = set()
    by_surname: dict[str, list[str]] = {}
    while len(people) < n:
        if surnames and rng.random() < 0.3:
            surname = rng.choice(surnames)  # a namesake: same surname, another given name
        else:
            surname = _word(rng, 2, ("",)) + (rng.choice(_SURNAME_END),)
            surnames.append(surname)
        given = _word(rng, rng.choice((1, 2, 2)), _GIVEN_END)
        female = rng.random() < 0.15 and surname[-1] in ("ov", "YEV", "in")
        gk, sk = token_key(render(given, None)), token_key(render(surname, None)) + ("a" if female else "")
        if len(gk) < 5 or (gk, sk) in seen_full or any(fuzz.ratio(gk, o) >= 70
                                                       for o in by_surname.get(sk, ())):
            continue
        seen_full.add((gk, sk))
        by_surname.setdefault(sk, []).append(gk)
        p = _Person(f"P{len(people)}", given, surname, _word(rng, 2, ("",)) if rng.random() < 0.3 else (),
                    _word(rng, 1, ("",)) if rng.random() < 0.1 else (), female)
        p.fulls = _full_variants(p, rng)
        people.append(p)
    return people


def _orgs(n: int, rng: random.Random) -> list[_Org]:
    from ..normalize.translit import token_key

    orgs: list[_Org] = []
    seen: set[tuple[int, str, str]] = set()
    places = [_word(rng, 2, ("", "", "ia", "stan")) for _ in range(max(4, n // 3))]
    while len(orgs) < n:
        t_i = rng.randrange(len(_ORG_TEMPLATES))
        place = rng.choice(places)
        topic = rng.choice(_TOPICS)
        pk = token_key(render(place, None))
        template, acr = _ORG_TEMPLATES[t_i]
        if "{T}" not in template:
            topic = ""
        if (t_i, pk, topic) in seen:
            continue
        seen.add((t_i, pk, topic))
        p0 = render(place, None)
        acronym = acr.format(p=p0[:3], t=topic[:1])
        brit = template.replace("Center", "Centre").replace("Organization", "Organisation")
        fulls = [template.format(P=p0, T=topic),
                 "the " + brit.format(P=p0, T=topic),
                 template.format(P=render(place, rng, scheme=1), T=topic),
                 template.replace(" for ", " of ").format(P=p0, T=topic).upper()]
        if template.startswith("{P} "):
            fulls.append(template[4:].format(T=topic) + f" of {p0}")
            fulls.append(template.format(P=p0 + "i", T=topic))
        orgs.append(_Org(f"O{len(orgs)}", list(dict.fromkeys(fulls)), acronym))
    counts: dict[str, int] = {}
    for o in orgs:
        counts[o.acronym.lower()] = counts.get(o.acronym.lower(), 0) + 1
    for o in orgs:
        o.acronym_unique = counts[o.acronym.lower()] == 1
    return orgs


def _short_forms(p: _Person, rng: random.Random) -> list[str]:
    sur = render(p.surname, None) + ("a" if p.female else "")
    initial = render(p.given, None)[0]
    return [sur, f"{rng.choice(_TITLES)} {sur}", f"{initial}. {sur}"]


def synthetic_corpus(
    n_persons: int = 90, n_orgs: int = 45, n_docs: int = 120, *, persons_per_doc: int = 5, orgs_per_doc: int = 2,
    seed: int = 13,
) -> SyntheticCorpus:
    """A corpus of ``n_docs`` documents naming ``n_persons`` people and ``n_orgs`` organizations.

    Every (label, doc_id, key) the documents use is in ``truth`` with its true
    entity (``P12``, ``O3``). Short person forms (surname, title + surname,
    initials) are used only where they are not ambiguous: in a document that
    also names the person in full and names nobody else with that surname, or
    anywhere for a surname no one else in the corpus has.
    """
    from ..normalize.translit import token_key

    rng = random.Random(seed)
    people = _people(n_persons, rng)
    orgs = _orgs(n_orgs, rng)
    surname_count: dict[str, int] = {}
    for p in people:
        k = token_key(render(p.surname, None))
        surname_count[k] = surname_count.get(k, 0) + 1
    truth: dict[tuple[str, str, str], str] = {}
    results = []
    for d in range(n_docs):
        doc_id = f"doc{d:05d}"
        mentions: list[Mention] = []
        refs: list[OrganizationRef] = []
        pos = 0

        def add(label: str, text: str, key: str, true_id: str, n: int,
                mentions: list[Mention] = mentions, doc_id: str = doc_id) -> None:  # bound to this document
            nonlocal pos
            for _ in range(n):
                mentions.append(Mention(label, text, pos, pos + len(text), pos, "synthetic", key))
                pos += len(text) + 1
            truth[(label, doc_id, key)] = true_id

        chosen = rng.sample(people, min(persons_per_doc, len(people)))
        # round-robin over each person's variants so that every variant gets used
        roots = [token_key(render(p.surname, None)) for p in chosen]
        for p, root in zip(chosen, roots, strict=False):
            full = p.fulls[(d + int(p.pid[1:])) % len(p.fulls)]
            add("PERSON", full, full, p.pid, rng.randint(1, 3))
            if roots.count(root) == 1 and rng.random() < 0.6:
                short = rng.choice(_short_forms(p, rng))
                add("PERSON", short, short, p.pid, rng.randint(1, 2))
        lone = rng.choice(people)
        if surname_count[token_key(render(lone.surname, None))] == 1 and not lone.female and lone not in chosen:
            short = _short_forms(lone, rng)[rng.randrange(2)]
            if ("PERSON", doc_id, short) not in truth:
                add("PERSON", short, short, lone.pid, 1)
        for o in rng.sample(orgs, min(orgs_per_doc, len(orgs))):
            full = o.fulls[(d + int(o.oid[1:])) % len(o.fulls)]
            r = rng.random()
            if ("ORG", doc_id, o.acronym) in truth:
                r = 1.0
            if r < 0.35:
                add("ORG", full, o.acronym, o.oid, 1)
                add("ORG", o.acronym, o.acronym, o.oid, rng.randint(1, 2))
                refs.append(OrganizationRef(o.acronym, full, o.acronym, 2, (full, o.acronym)))
            elif r < 0.5 and o.acronym_unique:
                add("ORG", o.acronym, o.acronym, o.oid, rng.randint(1, 2))
                refs.append(OrganizationRef(o.acronym, o.acronym, o.acronym, 1, (o.acronym,)))
            else:
                add("ORG", full, full, o.oid, rng.randint(1, 2))
                refs.append(OrganizationRef(full, full, "", 1, (full,)))
        keys_in_doc: dict[str, OrganizationRef] = {}
        for ref in refs:  # two orgs sharing an acronym in one document: keep the truth of the first
            keys_in_doc.setdefault(ref.key, ref)
        document = Document(doc_id, f"{doc_id}.txt", "", "")
        results.append(DocResult(document, (("mentions", tuple(mentions)),
                                            ("organizations", tuple(keys_in_doc.values())))))
    return SyntheticCorpus(tuple(results), truth)
