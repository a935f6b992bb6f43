"""Where an event happens: its mode (in person, online, hybrid) and its venue line.

Both read lexicons from ``data/location.json`` (en/fr/es/pt/ar/de/it; venue words and labels
also in ru/tr/sw), compiled once.

Mode: a negated online or broadcast phrase ("not livestreamed", "no online participation",
"sans retransmission", "solo presencial") makes it in person; then an explicit hybrid phrase
wins; an online-only format ("webinar", "online event") without an in-person word is online,
whatever the venue-like lines; a live broadcast ("livestreamed",
"retransmis en direct", "transmitido en vivo", "بث مباشر") of any other event is hybrid; online
evidence (a video-meeting URL or an attendance word such as "en ligne", "عن بعد") together with
a physical venue or an in-person word is hybrid; online evidence alone is online; otherwise in
person. An online word next to a registration word ("register online", "inscription en
ligne") is not attendance evidence.

Venue: a labelled line ("Venue:", "Lieu :", "Lugar:", "Local:", "المكان:", "Yer:", "Место
проведения:", "Mahali:") wins; otherwise the first capitalised phrase around a building or room
word ("Hotel", "Palais", "Sala", "فندق", "Salonu"...), or a lowercase room word after a locative
through the name it belongs to ("dans la salle du Conseil", "в гостинице «X»", "katika ukumbi wa
X"). A Turkish case ending on the last word ("Salonu'nda", "Merkezinde") is dropped. Short comma
segments opening with a room or building word stay in the venue ("Institut X, salle 12, bâtiment
A", "Instituto X, sala 3"), and a lowercase run before such a segment is still the name ("à
l'Institut de recherche pour le développement, salle 12"); a locative before the venue word
("en el", "au", "di") is not part of it.
Trailing comma-separated segments that are the city, a country, a postcode or a street address
are stripped. Spans index the text given; dropping signature lines is the caller's job.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from parsers.gazetteer import Place, city_by_name, country_of_name, fold

_NEAR_BEFORE = 28
_NEAR_AFTER = 16
_MAX_VENUE = 120
_ARABIC = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class ModeSignal:
    """``in_person`` | ``online`` | ``hybrid``, a confidence, and the deciding evidence's span."""

    mode: str
    confidence: float
    span: tuple[int, int] | None


@dataclass(frozen=True, slots=True)
class _Lexicon:
    url: re.Pattern[str]
    online: re.Pattern[str]
    broadcast: re.Pattern[str]
    online_event: re.Pattern[str]
    in_person: re.Pattern[str]
    in_person_only: re.Pattern[str]
    hybrid: re.Pattern[str]
    not_participation: re.Pattern[str]
    label: re.Pattern[str]
    venue_word: re.Pattern[str]
    weak_words: frozenset[str]
    street: re.Pattern[str]
    connectors: frozenset[str]
    correction: re.Pattern[str]
    inline_label: re.Pattern[str]
    room_after_locative: re.Pattern[str]
    room_head: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(f"(?:{w})" for w in ordered)


def _words_regex(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_alternation(words)})(?![\w])", re.IGNORECASE)


def _room_regex(locatives: list[str], rooms: list[str]) -> re.Pattern[str]:
    """A lowercase room word right after a locative and an optional article ("dans la salle",
    "в гостинице", "katika ukumbi")."""
    return re.compile(
        rf"(?:^|\s)(?:{_alternation(locatives)})"
        r"\s+(?:la\s+|le\s+|l['’]|el\s+|the\s+|der\s+|dem\s+|o\s+|a\s+)?"
        rf"(?P<room>(?:[^\W\d_]+\s+){{0,2}}?(?:{_alternation(rooms)}))(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _lexicon() -> _Lexicon:
    raw = resources.files("parsers").joinpath("data/location.json").read_text("utf-8")
    data = json.loads(raw)
    hosts = _alternation([re.escape(h) for h in data["meeting_hosts"]])
    labels = _alternation(data["venue_labels"])
    label = (
        rf"^[ \t>*•\-]*(?P<label>(?:[^\W\d_]+[ ]+){{0,2}}(?:{labels})(?:[ ]+[^\W\d_]+){{0,3}})"
        r"(?:[ \t]*(?:[:：]|\s[-–]\s)|[ ]*\t)[ \t]*"
    )
    corrections = _alternation(data["correction_words"])
    inline = (
        rf"(?<!\w)(?P<label>(?:{corrections})[ \t]+(?:{labels})"
        rf"|(?:{labels})[ \t]+(?:{corrections}))"
        r"[ \t]*(?:[:：]|\s(?:is|est|es|é|ist|è|será|sera|sarà)\s)[ \t]*"
    )
    return _Lexicon(
        room_after_locative=_room_regex(data["room_locatives"], data["room_words"]),
        room_head=_words_regex(data["room_chain_words"]),
        inline_label=re.compile(inline, re.IGNORECASE),
        url=re.compile(hosts, re.IGNORECASE),
        online=_words_regex(data["online"]),
        broadcast=_words_regex(data["broadcast"]),
        online_event=_words_regex(data["online_event"]),
        in_person=_words_regex(data["in_person"]),
        in_person_only=_words_regex(data["in_person_only"]),
        hybrid=_words_regex(data["hybrid"]),
        not_participation=_words_regex(data["not_participation"]),
        label=re.compile(label, re.IGNORECASE | re.MULTILINE),
        venue_word=_words_regex(data["venue_words"]),
        weak_words=frozenset(w.casefold() for w in data["weak_venue_words"]),
        street=re.compile(
            rf"(?<!\w)(?:{_alternation(data['street_words'])})\.?(?!\w)", re.IGNORECASE
        ),
        connectors=frozenset(data["connectors"]),
        correction=_words_regex(data["correction_words"]),
    )


# ------------------------------------------------------------------------------------------ mode


def _is_participation(text: str, match: re.Match[str], lexicon: _Lexicon) -> bool:
    before = text[max(0, match.start() - _NEAR_BEFORE) : match.start()]
    after = text[match.end() : match.end() + _NEAR_AFTER]
    return not (lexicon.not_participation.search(before) or lexicon.not_participation.search(after))


def _online_evidence(text: str, lexicon: _Lexicon) -> tuple[int, int] | None:
    for match in lexicon.online.finditer(text):
        if _is_participation(text, match, lexicon):
            return match.span()
    url = lexicon.url.search(text)
    return url.span() if url else None


def detect_mode(text: str, *, has_physical_venue: bool) -> ModeSignal:
    """The attendance mode of the event that ``text`` announces."""
    lexicon = _lexicon()
    only = lexicon.in_person_only.search(text)
    if only:  # "in person (not livestreamed)", "sans retransmission", "solo presencial"
        return ModeSignal("in_person", 0.9, only.span())
    hybrid = lexicon.hybrid.search(text)
    if hybrid:
        return ModeSignal("hybrid", 0.9, hybrid.span())
    online = _online_evidence(text, lexicon)
    in_person = lexicon.in_person.search(text)
    online_event = lexicon.online_event.search(text)
    if online_event and not in_person:
        return ModeSignal("online", 0.8, online_event.span())
    broadcast = next(
        (m for m in lexicon.broadcast.finditer(text) if _is_participation(text, m, lexicon)), None
    )
    if broadcast:  # "livestreamed", "retransmis en direct": a physical event followed online
        return ModeSignal("hybrid", 0.7, broadcast.span())
    if online and (in_person or has_physical_venue):
        return ModeSignal("hybrid", 0.7 if in_person else 0.6, online)
    if online:
        return ModeSignal("online", 0.85, online)
    if in_person:
        return ModeSignal("in_person", 0.85, in_person.span())
    return ModeSignal("in_person", 0.7 if has_physical_venue else 0.45, None)


# ----------------------------------------------------------------------------------------- venue


_SEPARATOR = re.compile(r"(\s*[,،;|]\s*|\s+[–—/]\s+|\s+-\s+)")
_POSTCODE = re.compile(r"^(?:[A-Z]{1,2}-?)?\d{3,6}\b|\b\d{4,6}$")
_URLISH = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")
_ASIDE = re.compile(r"\s*\((?=[^)]*[a-z])[^)A-Z][^)]*\)|\s*\([^)]*$")
_TRAILING_NOISE = re.compile(r"[\s.:;,\-–(]+$")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])|\.$")


def _is_city(segment: str, city: Place | None) -> bool:
    bare = _POSTCODE.sub("", segment).strip(" .()")
    if not bare:
        return True
    if re.search(r"\d", bare) or _has_venue_word(bare, _lexicon()):
        return False
    if city is not None and fold(bare) in {fold(city.text), fold(city.city)}:
        return True
    if country_of_name(bare) is not None:
        return True
    return len(bare.split()) <= 3 and city_by_name(bare) is not None


def _has_venue_word(segment: str, lexicon: _Lexicon) -> bool:
    words = re.findall(r"[^\W\d_]+", segment.casefold())
    return any(lexicon.venue_word.fullmatch(w) or w in lexicon.weak_words for w in words)


def _is_address(segment: str, lexicon: _Lexicon) -> bool:
    if _has_venue_word(segment, lexicon):
        return False
    return bool(lexicon.street.search(segment) or _POSTCODE.search(segment.strip()))


def _is_locality(segment: str, lexicon: _Lexicon) -> bool:
    """A short trailing segment without any building word: a district or city ("Gigiri")."""
    words = segment.split()
    if words and lexicon.room_head.fullmatch(words[0]):
        return False  # "Block B", "Ruang 2": part of the building
    return len(words) <= 2 and not segment.isupper() and not _has_venue_word(segment, lexicon)


def _segments(value: str) -> list[tuple[str, str]]:
    """(separator before, segment) pairs."""
    parts = _SEPARATOR.split(value)
    pairs = [("", parts[0])] + [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]
    return [(sep, seg.strip()) for sep, seg in pairs if seg.strip()]


def _is_platform(segment: str, lexicon: _Lexicon) -> bool:
    """ "Microsoft Teams Meeting", "Zoom": the online half of a hybrid LOCATION."""
    return bool(
        _PLATFORM.fullmatch(segment)
        or lexicon.online.fullmatch(segment)
        or lexicon.url.fullmatch(segment.casefold())
    )


_PLATFORM = re.compile(
    r"(?:online|virtual|(?:microsoft )?teams|zoom|webex|google meet|skype)"
    r"(?: (?:meeting|call|link|webinar|room))?",
    re.IGNORECASE,
)


def _strip_tail(value: str, city: Place | None, lexicon: _Lexicon) -> str:
    """Drop city/country/postcode/street/district/meeting-platform segments, keep the building
    and room."""
    value = _ASIDE.sub("", _URLISH.sub("", value)).strip()
    sentence = _SENTENCE_END.search(value)
    value = value[: sentence.start()] if sentence else value
    segments = _segments(value)
    kept = [
        p
        for p in segments
        if not (_is_city(p[1], city) or _is_address(p[1], lexicon) or _is_platform(p[1], lexicon))
    ]
    while len(kept) > 1 and _is_locality(kept[-1][1], lexicon):
        kept.pop()
    kept = kept or segments[:1]
    text = kept[0][1] + "".join(sep + seg for sep, seg in kept[1:])
    return _uninflected(_TRAILING_NOISE.sub("", text).strip(), lexicon)


_CASE_ENDING = re.compile(r"(?:['’]n?[dt][ae]n?|(?<=[ıiuü])n[dt][ae]n?)$", re.IGNORECASE)


def _uninflected(value: str, lexicon: _Lexicon) -> str:
    """A Turkish locative ending on the venue's last word is not part of its name ("Santral
    Salonu'nda" -> "Santral Salonu", "Kültür Merkezinde" -> "Kültür Merkezi")."""
    last = re.search(r"[^\W\d_]+(?:['’][^\W\d_]+)?$", value)
    ending = _CASE_ENDING.search(value)
    if last is None or ending is None or ending.start() <= last.start():
        return value
    if lexicon.venue_word.fullmatch(value[last.start() : ending.start()]):
        return value[: ending.start()]
    return value


def _from_capital(value: str) -> str:
    """Drop a leading lowercase clause ("the correct venue is the Hotel X" -> "Hotel X")."""
    if not value or _ARABIC.search(value[:1]) or value[0].isupper() or value[0].isdigit():
        return value
    capital = re.search(r"\b[A-Z]", value)
    return value[capital.start() :] if capital else value


def _label_value(text: str, match: re.Match[str], city: Place | None, lexicon: _Lexicon) -> str:
    line_end = text.find("\n", match.end())
    raw = text[match.end() : len(text) if line_end < 0 else line_end].strip()
    if not raw or lexicon.online.match(raw) or lexicon.url.match(raw):
        return ""
    value = _strip_tail(_from_capital(raw), city, lexicon)
    if city and fold(value) in {fold(city.text), fold(city.city)}:
        return ""
    return value


def _label_matches(text: str, lexicon: _Lexicon) -> list[re.Match[str]]:
    """Venue labels opening a line, and corrected ones inside a sentence ("note the new venue:",
    "le nouveau lieu :", "el lugar correcto es")."""
    return [*lexicon.label.finditer(text), *lexicon.inline_label.finditer(text)]


def _labelled(
    text: str, city: Place | None, lexicon: _Lexicon
) -> tuple[str, tuple[int, int]] | None:
    found: list[tuple[bool, str, int]] = []
    for match in _label_matches(text, lexicon):
        value = _label_value(text, match, city, lexicon)
        if value:
            corrected = bool(lexicon.correction.search(match.group("label")))
            found.append((corrected, value, text.find(value[:12], match.end())))
    if not found:
        return None
    corrected, value, start = max(found, key=lambda f: f[0])
    return value[:_MAX_VENUE], (start, start + len(value))


_WORD_OR_PUNCT = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*|[,&'’\-–().;:!?]")
_NAME_PUNCT = frozenset({"&", "-", "–", "(", ")", "'", "’"})


_ELIDED = re.compile(r"^(?:l|d|dell|all|nell|sull)['’](?=[^\W\d_])", re.IGNORECASE)


def _is_name_token(token: str, previous: str, lexicon: _Lexicon) -> bool:
    if token[0].isupper() or token in _NAME_PUNCT:
        return True
    elided = _ELIDED.match(token)  # "de l'Hôtel X", "dell'Università"
    if elided and token[elided.end()].isupper():
        return True
    if token[0].isdigit():
        return _venueish(previous, lexicon)
    return token.casefold() in lexicon.connectors


def _venueish(token: str, lexicon: _Lexicon) -> bool:
    return bool(lexicon.venue_word.fullmatch(token)) or token.casefold() in {"no", "n°", "nº"}


def _expand(tokens: list[re.Match[str]], k: int, lexicon: _Lexicon) -> tuple[int, int]:
    left = k
    while (
        left > 0
        and _is_name_token(tokens[left - 1].group(), "", lexicon)
        and not _SUFFIXED.search(tokens[left - 1].group())
        and tokens[left - 1].group() not in _LOCATIVE_WORDS  # "Reunión en el Instituto X"
    ):
        left -= 1
    right = k
    if left > 1 and tokens[left - 1].group() == "," and _capitalised_run(tokens, left - 2):
        left = _run_start(tokens, left - 2, lexicon)
    while right + 1 < len(tokens) and _extends(tokens, right, lexicon):
        right += 1
    if right > k and tokens[right].group() == ",":
        right -= 1  # stopped on a comma before a lowercase word: the room chain may go on
    right = _lowercase_name_before_room(tokens, right, lexicon)
    return left, _room_chain(tokens, right, lexicon)


# A lowercase preposition before a venue word is where, not part of the name ("en el Instituto",
# Indonesian "09.00 WIB di Hotel X").
_LOCATIVE_WORDS = frozenset(
    {"en", "à", "au", "aux", "no", "na", "nos", "nas", "em", "at", "in", "di"}
)
_ROOM_SEGMENT_MAX = 4
_SEGMENT_END = frozenset({",", ".", ";", ":", "(", ")", "!", "?"})


def _segment_end(tokens: list[re.Match[str]], start: int, longest: int) -> int | None:
    """The last token of the comma segment opening at ``start`` when it ends (a stop or the
    line's end) within ``longest`` tokens and holds only words and numbers; else None."""
    k = start
    while k + 1 < len(tokens) and tokens[k + 1].group() not in _SEGMENT_END:
        if k + 1 - start >= longest or not tokens[k + 1].group()[0].isalnum():
            return None
        k += 1
    return k


def _room_chain(tokens: list[re.Match[str]], right: int, lexicon: _Lexicon) -> int:
    """ "X, salle 12, bâtiment A", "X, sala 3", "X, Room 4, Block B": short comma segments
    opening with a room or building word belong to the venue."""
    while (
        right + 2 < len(tokens)
        and tokens[right + 1].group() == ","
        and lexicon.room_head.fullmatch(tokens[right + 2].group())
    ):
        end = _segment_end(tokens, right + 2, _ROOM_SEGMENT_MAX)
        if end is None:
            break
        right = end
    return right


def _lowercase_name_before_room(tokens: list[re.Match[str]], right: int, lexicon: _Lexicon) -> int:
    """ "l'Institut de recherche pour le développement, salle 12", "la Maison des jeunes, salle
    polyvalente": a lowercase run after the name is still the name when a room segment
    follows it."""
    if right + 1 >= len(tokens) or not tokens[right + 1].group()[0].islower():
        return right
    end = _segment_end(tokens, right, 7)
    if end is None or end == right or any(t.group()[0].isdigit() for t in tokens[right:end]):
        return right
    chained = end + 2 < len(tokens) and tokens[end + 1].group() == ","
    return end if chained and lexicon.room_head.fullmatch(tokens[end + 2].group()) else right


# A Turkish case ending after an apostrophe ends the noun phrase before it ("3 Mart'ta Ankara
# Kültür Merkezi": the date is not part of the venue's name).
_SUFFIXED = re.compile(r"['’](?:n?[dt][ae]n?|[yn]?[ıiuüae]n?)$")


_ROMANCE_OF = frozenset({"de", "du", "des", "del", "do", "da", "dos", "das", "di", "della", "dei"})
_NOT_IN_NAME = frozenset({"city", "town", "ville", "ciudad", "cidade", "città", "stadt", "which"})


def _lowercase_in_name(tokens: list[re.Match[str]], right: int, lexicon: _Lexicon) -> bool:
    """A lowercase word inside a Romance name ("Bibliothèque nationale du Royaume",
    "Centre de conférences de Ngor"): after the building word or 'de', and a capitalised word
    follows within two tokens."""
    word = tokens[right + 1].group()
    prev = tokens[right].group()
    if len(word) < 4 or not word.isalpha() or word.casefold() in _NOT_IN_NAME:
        return False
    if not (lexicon.venue_word.fullmatch(prev) or prev.casefold() in _ROMANCE_OF):
        return False
    ahead = [t.group() for t in tokens[right + 2 : right + 4]]
    for token in ahead:
        if token[0].isupper():
            return True
        if token.casefold() not in _ROMANCE_OF:
            return False
    return False


def _extends(tokens: list[re.Match[str]], right: int, lexicon: _Lexicon) -> bool:
    nxt = tokens[right + 1].group()
    if nxt != ",":
        return _is_name_token(nxt, tokens[right].group(), lexicon) or _lowercase_in_name(
            tokens, right, lexicon
        )
    if right + 2 >= len(tokens):
        return False
    after = tokens[right + 2].group()
    return after[0].isupper() or bool(lexicon.venue_word.fullmatch(after))


def _capitalised_run(tokens: list[re.Match[str]], i: int) -> bool:
    return tokens[i].group()[0].isupper()


def _run_start(tokens: list[re.Match[str]], i: int, lexicon: _Lexicon) -> int:
    while i > 0 and _is_name_token(tokens[i - 1].group(), "", lexicon):
        i -= 1
    return i


def _trim(tokens: list[re.Match[str]], left: int, right: int, lexicon: _Lexicon) -> tuple[int, int]:
    edge = lexicon.connectors | {",", "&", "-", "–", "(", "'", "’"}
    while left < right and tokens[left].group().casefold() in edge:
        left += 1
    while right > left and tokens[right].group().casefold() in edge:
        right -= 1
    return left, right


_ARABIC_STOP = re.compile(r"[,.،؛;:\n]|\s(?:في|يوم|من|على)\s")


def _arabic_phrase(line: str, word: re.Match[str], lexicon: _Lexicon) -> tuple[int, int]:
    """From the building word to the next stop; a comma goes on when a building or room word
    opens the next segment ("مكتبة X، قاعة Y")."""
    end = word.end()
    while True:
        stop = _ARABIC_STOP.search(line, end)
        if stop is None:
            return word.start(), len(line)
        after = line[stop.end() :].lstrip()
        head = re.match(r"[\u0600-\u06ff]+", after)
        if (
            stop.group() not in ",،"
            or head is None
            or not lexicon.venue_word.fullmatch(head.group())
        ):
            return word.start(), stop.start()
        end = stop.end()


def _phrase_on_line(line: str, word: re.Match[str], lexicon: _Lexicon) -> tuple[int, int] | None:
    if _ARABIC.search(word.group()):
        return _arabic_phrase(line, word, lexicon)
    tokens = list(_WORD_OR_PUNCT.finditer(line))
    k = next((i for i, t in enumerate(tokens) if t.end() > word.start()), None)
    if k is None:
        return None
    left, right = _trim(tokens, *_expand(tokens, k, lexicon), lexicon)
    start = tokens[left].start()
    elided = _ELIDED.match(tokens[left].group())  # "à l'Institut X": the name after "l'"
    if elided and tokens[left].group()[elided.end()].isupper():
        start += elided.end()
    if not (line[start].isupper() or line[start].isdigit()):
        return None
    return start, tokens[right].end()


def _acceptable(value: str, city: Place | None, lexicon: _Lexicon) -> bool:
    if not value or (city and fold(value) in {fold(city.text), fold(city.city)}):
        return False
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", value)]
    strong = [w for w in words if lexicon.venue_word.fullmatch(w) and w not in lexicon.weak_words]
    return bool(strong) and len(words) >= (1 if _ARABIC.search(value) else 2)


def _line_venues(line: str, city: Place | None, lexicon: _Lexicon) -> Iterator[tuple[str, int]]:
    """Each capitalised phrase around a building word on the line, left to right."""
    reached = 0
    for word in lexicon.venue_word.finditer(line):
        if word.start() < reached or not (
            word.group()[0].isupper() or _ARABIC.search(word.group())
        ):
            continue
        found = _phrase_on_line(line, word, lexicon)
        if found is None:
            continue
        value = _strip_tail(line[found[0] : found[1]], city, lexicon)
        if _acceptable(value, city, lexicon):
            reached = found[1]
            yield value, found[0] + max(0, line.find(value[:12], found[0]) - found[0])


_LOCATIVE = re.compile(
    r"(?:^|\s)(?:at|at the|in the|inside|au|aux|à|à la|à l'|dans|dans la|dans le|en|en el"
    r"|en la|en los|no|na|nos|nas|em|im|in der|in|presso|nel|nella|al|alla|all'|في)\s*$",
    re.IGNORECASE,
)


_ORGANISER_BEFORE = re.compile(
    r"(?:\b(?:(?:co-)?organi[sz]ed|(?:co-)?hosted|convened|presented|funded|supported) by"
    r"|\bin (?:partnership|collaboration|cooperation) with|\bsupport of"
    r"|\borganisée?s? (?:conjointement )?par|\ben (?:partenariat|collaboration) avec"
    r"|\b(?:organizad[oa]s?|convocad[oa]s?|promovid[oa]s?) (?:por|pel[oa]s?)"
    r"|\ben colaboración con|\bem parceria com|\borganizzat[oa] da|\bveranstaltet von"
    r"|تنظمه|تنظمها|ينظمه|ينظمها|بتنظيم من|بتنظيم|بالتعاون مع|بالشراكة مع)"
    r"\s+(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+|o\s+|a\s+|os\s+|as\s+)?$",
    re.IGNORECASE,
)


_HOST_VERB = re.compile(
    r"^\s+(?:(?:les|vous|you|lhes|vi|Sie|os)\s+)?(?:invit|convida|convie|lädt|organi[sz]|hosts?\b)",
    re.IGNORECASE,
)


def _city_follows(after: str, city: Place | None) -> bool:
    """The venue is followed on its line by the event's city ("Centro Cultural X, Bogotá")."""
    if city is None:
        return False
    m = re.match(r"^\s*[,–-]\s*([^,\n]+)", after)
    return m is not None and fold(m.group(1).strip(" .")) in {fold(city.text), fold(city.city)}


_ROOM_TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|[^\w\s]")
_ROOM_MAX_TOKENS = 14


_OPEN_QUOTE = {"«": "»", '"': '"', "“": "”", "„": "“"}


def _room_phrase(line: str, lexicon: _Lexicon) -> tuple[int, int] | None:
    """ "dans la salle de conférence du Conseil régional", "à la salle 3-A du Pavillon central
    du Cégep de X", "nella sala consiliare del Comune di Y", "katika ukumbi wa X": a lowercase
    room word right after a locative, through the capitalised building it belongs to (the
    phrase ends on a name, or on one adjective right after it: "Conseil régional"), or through
    a quoted name ("в гостинице «X»")."""
    m = lexicon.room_after_locative.search(line)
    if m is None or m.group("room")[0].isupper():
        return None
    start = m.start("room")
    tokens = list(_ROOM_TOKEN.finditer(line, m.end("room")))[:_ROOM_MAX_TOKENS]
    end, named = None, False
    for i, token in enumerate(tokens):
        word = token.group()
        close = line.find(_OPEN_QUOTE.get(word, "\n"), token.end())
        if word in _OPEN_QUOTE and i < 3 and token.end() + 1 < close <= token.end() + 80:
            return start, close + 1  # "в гостинице «Name»", "salle “Name”"
        if not (word[0].isalnum() or word in "'’"):
            break
        if word[0].isupper():
            end, named = token.end(), True
        elif named and end == tokens[i - 1].end() and _closes(tokens, i):
            end = token.end()  # "du Conseil régional," : an adjective closing the name
        elif word[0].isdigit() and not named and i < 2:
            end = token.end()  # "salle 3-A"
        elif word[0].isdigit() and not named:
            return None  # "katika ukumbi huo tarehe 3 Machi": a date, not a name
    return (start, end) if named and end is not None else None


def _closes(tokens: list[re.Match[str]], i: int) -> bool:
    return i + 1 >= len(tokens) or not tokens[i + 1].group()[0].isalnum()


def _unwrapped(text: str) -> str:
    """The text with hard-wrapped prose lines joined (same length: a newline becomes a space),
    so a name cut by the wrap ("at the Lakeside Convention\nCentre") is read whole."""
    return _WRAP.sub(" ", text)


_WRAP = re.compile(r"(?<=[^\n]{60})(?<![.:;!?])\n(?=[^\W\d_])(?![^\n]{0,30}:)")


def _by_keyword(
    text: str, city: Place | None, lexicon: _Lexicon
) -> tuple[str, tuple[int, int]] | None:
    offset = 0
    hits: list[tuple[str, tuple[int, int]]] = []
    for line in _unwrapped(text).splitlines(keepends=True):
        for value, start in _line_venues(line, city, lexicon):
            found = (value[:_MAX_VENUE], (offset + start, offset + start + len(value)))
            after = line[start + len(value) :]
            if _ORGANISER_BEFORE.search(line[:start]):
                continue  # "organised by the X Centre": who, not where
            before = _POSSESSIVE_END.sub("", line[:start])  # "in its Hall B"
            if _LOCATIVE.search(before) or _city_follows(after, city):
                return found  # "at the X", "en el X", "X, <city>": where the event is held
            if not _HOST_VERB.match(after) and not hits:
                hits.append(found)
        room = _room_phrase(line, lexicon)
        if room is not None:
            value = line[room[0] : room[1]][:_MAX_VENUE]
            return value, (offset + room[0], offset + room[0] + len(value))
        offset += len(line)
    return hits[0] if hits else None


_POSSESSIVE_END = re.compile(
    r"(?<=\s)(?:its|their|our|ses|sa|son|leurs?|nos|notre|sus?|nuestr[oa]s?|seus?|suas?"
    r"|nosso|nossa)\s+$",
    re.IGNORECASE,
)
_ICS_ESCAPE = re.compile(r"\\([,;\\])")


def find_venue(text: str, *, city: Place | None) -> tuple[str, tuple[int, int]] | None:
    """The building/room of the event, as written, without the city/country tail; else None.

    A labelled line wins (a label with a correction word, "Lugar correcto:", over the others);
    else the first capitalised phrase around a building/room word that is not the organiser
    ("organised by the X Centre"). iCalendar escapes pasted into the text ("Room 2\\, UN
    House") are undone in the value.
    """
    lexicon = _lexicon()
    escaped = "\\" in text
    if escaped:  # same length: "\\," -> ", " keeps every span
        text = _ICS_ESCAPE.sub(lambda m: m.group(1) + " ", text)
    found = _labelled(text, city, lexicon) or _by_keyword(text, city, lexicon)
    if found is None or not escaped:
        return found
    return " ".join(found[0].split()), found[1]
