"""Assembly: raw bytes -> ExtractionResult, combining the pure parsers.

    parse (mime) -> gather sources (clean, calendar, attachments, forwards) -> notification verdict
    -> event blocks (calendar VEVENTs, numbered items, or the whole announcement)
    -> fields per block (temporal, gazetteer, location, event_type, status, title, links, organizer)

Every field carries a confidence and evidence (part name + span into ``ExtractionResult.texts``).
``Extractor`` builds the spaCy pipeline once; NER runs only on the short sentence that introduces
the organisers, batched over messages by ``extract_many``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from parsers import fields as F
from parsers.attachments import attachment_text
from parsers.calendar import CalendarEvent, parse_calendar
from parsers.candidates import alternatives
from parsers.clean import html_to_text, split_body, strip_meeting_boilerplate
from parsers.evidence import Shown, anchor_fields, anchor_value
from parsers.field_candidates import event_candidates
from parsers.language import block_languages, detect_language
from parsers.memory import PartnerMemory, with_memory
from parsers.mime import parse_message
from parsers.notification import (
    NotificationVerdict,
    calendar_verdict,
    content_verdict,
    header_verdict,
    is_newsletter,
)
from parsers.schemaorg import as_calendar_event, find_schema_events
from parsers.scorer import calibrate_events, load_model
from parsers.settings import ExtractSettings
from parsers.shared_fields import share_common
from parsers.temporal import find_dates
from parsers.title import (
    event_name,
    event_phrase,
    same_event_name,
    sender_names,
    strip_subject,
)
from parsers.types import (
    Block,
    ExtractedEvent,
    ExtractionResult,
    FieldValue,
    ParsedMessage,
    Sources,
    TextPart,
)
from unmignet.errors import ParseError

__all__ = ["Extractor", "Sources", "gather_sources"]


_HEADER_KEYS = (
    r"(?:from|de|von|da|sent|date|enviado(?: el)?|enviada|envoyé|gesendet|inviato|data|fecha"
    r"|datum|to|para|à|an|a|cc|subject|asunto|objet|betreff|oggetto|assunto)"
)
_SPREAD_HEADER = re.compile(
    rf"(?im)^([ \t*]*{_HEADER_KEYS}[ \t]*:[^\n]*)\n[ \t]*\n(?=[ \t*]*{_HEADER_KEYS}[ \t]*:)"
)


def _join_header_lines(text: str) -> str:
    """An HTML reply header ("From: ...<br>Sent: ...") renders one line per paragraph: join its
    lines so the cleaner sees the quoted header block."""
    previous = None
    while previous != text:
        previous, text = text, _SPREAD_HEADER.sub(r"\1\n", text)
    return text


def _message_text(msg: ParsedMessage) -> tuple[str, tuple[str, ...]]:
    if msg.text_plain.strip():
        headings = html_to_text(msg.text_html).headings if msg.text_html else ()
        return msg.text_plain, headings
    html = html_to_text(msg.text_html)
    return _join_header_lines(html.text), html.headings


def _attachment_texts(msg: ParsedMessage, settings: ExtractSettings) -> list[str]:
    texts = []
    for att in msg.attachments:
        got = attachment_text(
            att,
            max_bytes=settings.max_attachment_bytes,
            max_chars=settings.max_attachment_chars,
        )
        if got is not None and got.text.strip():
            texts.append(got.text)
    return texts


def _calendars(msg: ParsedMessage) -> tuple[CalendarEvent, ...]:
    """VEVENTs of the calendar parts, else schema.org events in the HTML (deduplicated)."""
    seen: dict[tuple[str, object, object], CalendarEvent] = {}
    for raw in msg.calendars:
        for event in parse_calendar(raw).events:
            key = (event.summary, event.start_date, event.start_time)
            seen.setdefault(key, event)
    if not seen and "schema.org" in msg.text_html:
        for found in find_schema_events(msg.text_html):
            converted = as_calendar_event(found)
            if converted is not None:
                key = (converted.summary, converted.start_date, converted.start_time)
                seen.setdefault(key, converted)
    return tuple(seen.values())


def _reference(msg: ParsedMessage, settings: ExtractSettings) -> date:
    if msg.date is not None:
        return msg.date.date()
    return settings.reference_date or datetime.now().date()


_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|rv|sv|res|رد)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{4,}")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _with_descriptions(
    announcement: str, calendars: tuple[CalendarEvent, ...]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The announcement with each invitation's DESCRIPTION (join instructions stripped) that it
    does not already carry: a mail that is only a calendar part, or whose text is only a line
    or boilerplate besides it, is read from the invitation's own words. Returns the text and,
    per calendar event, the span of its description in it ((0, 0) when not added)."""
    known = _words(announcement)
    spans: list[tuple[int, int]] = []
    added: dict[str, tuple[int, int]] = {}
    for cal in calendars:
        text = strip_meeting_boilerplate(cal.description)
        words = _words(text)
        if text in added or not words or len(words & known) * 2 >= len(words):
            spans.append(added.get(text, (0, 0)))
            continue
        if announcement.strip():
            announcement += "\n\n"
        added[text] = (len(announcement), len(announcement) + len(text))
        spans.append(added[text])
        announcement += text
    return announcement, tuple(spans)


def gather_sources(msg: ParsedMessage, settings: ExtractSettings) -> Sources:
    """Clean the message into sources; an attached forwarded message becomes the announcement;
    invitation descriptions the text lacks join it (``_with_descriptions``)."""
    inner = _forwarded_inner(msg)
    text, headings = _message_text(inner or msg)
    split = split_body(
        text[: settings.max_body_chars], bool(_REPLY_SUBJECT.match(msg.subject or ""))
    )
    calendars = _calendars(inner or msg)
    body, described = _with_descriptions(split.announcement, calendars)
    new_len = len(body)
    if split.quoted:
        body = body + "\n\n" + split.quoted
    quoted_end = len(body)
    if inner is not None:
        outer_text, _ = _message_text(msg)
        outer = split_body(outer_text[: settings.max_body_chars])
        body = body + "\n\n" + outer.announcement
    attachments = _attachment_texts(inner or msg, settings)
    if attachments:
        body = body + "\n\n" + "\n\n".join(attachments)
    subject = (inner.subject if inner is not None and inner.subject else msg.subject) or ""
    return Sources(
        msg=msg,
        subject=subject,
        body=body,
        new_len=new_len,
        quoted_end=quoted_end,
        signature=split.signature,
        headings=headings,
        calendars=calendars,
        reference=_reference(inner or msg, settings),
        is_reply=split.is_reply,
        is_forward=split.is_forward or inner is not None,
        described=described,
        senders=(msg.from_name, *((inner.from_name,) if inner else ()), *sender_names(text)),
    )


def _without_quote(sources: Sources) -> Sources:
    """A reply announcing the sender's own event: the quoted history (a call for events, a
    digest, someone else's event) is dropped; a subject that names the quoted mail gives way to
    the event name the reply writes."""
    body = sources.body[: sources.new_len] + sources.body[sources.quoted_end :]
    reply = body[: sources.new_len]
    named = event_name(reply) or event_phrase(reply)
    subject = sources.subject
    if named is None or not same_event_name(strip_subject(subject), named.text):
        subject = named.text if named is not None else ""
    msg = replace(sources.msg, subject=subject)
    return replace(
        sources,
        msg=msg,
        subject=subject,
        body=body,
        quoted_end=sources.new_len,
        is_reply=False,
        owns_event=True,
    )


def _forwarded_inner(msg: ParsedMessage) -> ParsedMessage | None:
    """The attached message of a forward-as-attachment (not of a delivery report)."""
    if not msg.embedded or msg.content_type == "multipart/report":
        return None
    return msg.embedded[0]


# ------------------------------------------------------------------------------ the extractor


@dataclass(frozen=True, slots=True)
class _Prepared:
    sources: Sources | None
    language: str
    verdict: NotificationVerdict
    blocks: tuple[Block, ...]
    shown: Sources | None = None  # the sources as the review app shows them (quote kept)


class Extractor:
    """Turns raw message bytes into an ExtractionResult; build once, call many times."""

    def __init__(self, settings: ExtractSettings | None = None) -> None:
        self.settings = settings or ExtractSettings()
        self._nlp: Any = None
        if self.settings.use_nlp:
            from parsers.nlp import load_pipeline

            self._nlp = load_pipeline(self.settings.nlp_model)
        self._model = load_model() if self.settings.calibrate else None

    def extract(self, raw: bytes, memory: PartnerMemory | None = None) -> ExtractionResult:
        """Pure: bytes in, result out. Raises ParseError only when nothing usable remains.
        ``memory`` (the sender's earlier approved values, looked up by the I/O shell) adds
        "partner memory" candidates (``parsers.memory``)."""
        prepared = self._prepare(raw)
        result = self._finish(prepared, self._organisations(_ner_inputs(prepared)))
        if memory is None or not result.events:
            return result
        return replace(result, events=with_memory(result.events, memory))

    def extract_many(self, raws: Iterable[bytes]) -> Iterator[ExtractionResult]:
        """Like extract over many messages, with NER batched through ``nlp.pipe``."""
        batch: list[_Prepared] = []
        for raw in raws:
            batch.append(self._prepare(raw))
            if len(batch) >= self.settings.batch_size:
                yield from self._flush(batch)
                batch = []
        yield from self._flush(batch)

    def _flush(self, batch: list[_Prepared]) -> Iterator[ExtractionResult]:
        sentences = [s for p in batch for s in _ner_inputs(p)]
        orgs = iter(self._organisations(sentences))
        for prepared in batch:
            yield self._finish(prepared, [next(orgs) for _ in prepared.blocks])

    def _organisations(self, sentences: list[str]) -> list[tuple[str, ...]]:
        """ORG entities per sentence; empty sentences (no NER needed) are not piped."""
        result: list[tuple[str, ...]] = [() for _ in sentences]
        wanted = [i for i, s in enumerate(sentences) if s]
        if self._nlp is None or not wanted:
            return result
        from parsers.nlp import organisations

        texts = [sentences[i] for i in wanted]
        found = organisations(self._nlp, texts, batch_size=self.settings.batch_size)
        for i, ents in zip(wanted, found, strict=True):
            result[i] = tuple(text for text, _, _ in ents)
        return result

    def _prepare(self, raw: bytes) -> _Prepared:
        msg = parse_message(raw)
        try:
            return self._prepare_parsed(msg)
        except RecursionError as err:
            raise ParseError("message too deeply nested to extract") from err

    def _prepare_parsed(self, msg: ParsedMessage) -> _Prepared:
        sources = gather_sources(msg, self.settings)
        language = detect_language(sources.subject + "\n" + sources.body[:4000]) or "en"
        verdict = header_verdict(msg)
        if verdict is not None:
            return _Prepared(sources, language, verdict, ())
        shown = sources
        if F.reply_owns_event(sources, language):
            sources = _without_quote(sources)
        blocks = _with_languages(F.event_blocks(sources, language), language)
        verdict = _content_verdict(sources, blocks)
        kept = blocks if verdict.is_event_notification else ()
        return _Prepared(sources, language, verdict, kept, shown)

    def _finish(self, prepared: _Prepared, orgs: list[tuple[str, ...]]) -> ExtractionResult:
        sources = prepared.sources
        shown = prepared.shown or sources
        texts = shown.parts() if shown is not None else ()
        if not prepared.verdict.is_event_notification or sources is None or shown is None:
            return ExtractionResult(False, prepared.language, (), prepared.verdict.reason, texts)
        readings = [
            F.read_event(sources, block, block.language, names)
            for block, names in zip(prepared.blocks, orgs, strict=True)
        ]
        intro = F.intro_place(sources, prepared.blocks)
        placed = F.share_place([r.fields for r in readings], intro)
        placed = share_common(sources, prepared.blocks, placed)
        working = {p.name: p.text for p in sources.parts()}
        events = tuple(
            _event(fields, reading, sources, working, _shown(shown, sources, texts, reading.block))
            for fields, reading in zip(placed, readings, strict=True)
        )
        if self._model is not None:
            events = calibrate_events(events, prepared.language, self._model)
        return ExtractionResult(True, prepared.language, events, "", texts)


def _event(
    fields: dict[str, FieldValue],
    reading: F.EventReading,
    sources: Sources,
    working: dict[str, str],
    shown: Shown,
) -> ExtractedEvent:
    """The event: its fields, and per candidate field the ranked candidates and up to three
    alternatives, all with evidence anchored into the shown texts."""
    ranked = event_candidates(
        reading, sources.subject, sources.body, sources.headings, sources.senders
    )
    anchored = anchor_fields(fields, working, shown)
    choices = {
        name: tuple(
            anchored[name] if i == 0 else anchor_value(name, fv, working, shown)
            for i, fv in enumerate(alternatives(cands, fields[name]))
        )
        for name, cands in ranked.items()
    }
    return ExtractedEvent(anchored, choices, {name: tuple(cands) for name, cands in ranked.items()})


def _with_languages(blocks: tuple[Block, ...], language: str) -> tuple[Block, ...]:
    """The language decision, made here once: the message's, a block's own in a mixed mail."""
    chosen = block_languages([b.text for b in blocks], language)
    return tuple(replace(b, language=lang) for b, lang in zip(blocks, chosen, strict=True))


def _shown(shown: Sources, working: Sources, texts: tuple[TextPart, ...], block: Block) -> Shown:
    """What evidence of ``block`` anchors into: the shown texts, the block moved into them."""
    cut = shown.quoted_end - shown.new_len if working.owns_event else 0

    def moved(pos: int) -> int:
        return pos + cut if cut and pos >= working.new_len else pos

    return Shown(
        texts={p.name: p.text for p in texts},
        reference=shown.reference,
        new_len=shown.new_len,
        block=(moved(block.start), moved(block.end)),
    )


def _ner_inputs(prepared: _Prepared) -> list[str]:
    """Per block, the sentence to run NER on, or "" when the grammar rules already suffice."""
    sources = prepared.sources
    if sources is None:
        return ["" for _ in prepared.blocks]
    return [F.ner_sentence(sources, b) for b in prepared.blocks]


def _content_verdict(sources: Sources, blocks: tuple[Block, ...]) -> NotificationVerdict:
    reply = calendar_verdict([c.method for c in sources.calendars])
    if reply is not None:
        return reply
    if sources.calendars and blocks:
        return NotificationVerdict(True, "", 0.95)
    upcoming = sum(1 for b in blocks if b.dates)
    past = _past_dates(sources)
    verdict = content_verdict(sources.msg, sources.body, upcoming_dates=upcoming, past_dates=past)
    # "thanks for the newsletter" in a reply with its own event: the word is the quoted mail's
    newsletter_word = sources.owns_event and is_newsletter(sources.msg, sources.body)
    if not verdict.is_event_notification and upcoming and newsletter_word:
        return NotificationVerdict(True, "", 0.8)
    return verdict


def _past_dates(sources: Sources) -> int:
    mentions = find_dates(sources.body[:20000], reference=sources.reference)
    return sum(1 for m in mentions if m.start < sources.reference)


def with_reference(settings: ExtractSettings, reference: date) -> ExtractSettings:
    """Settings with another fallback reference date (tests and replays)."""
    return replace(settings, reference_date=reference)
