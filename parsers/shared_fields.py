"""What a multi-event mail says once for all its events: the text outside every event block.

A series or a list of events often closes with practical information for all of them ("Format:
online, one registration for both webinars: https://...") or opens with it. ``share_common``
gives each event of a mail of several blocks what it lacks from that shared text: the attendance
mode when the event's own text decided none (a default) and names no place, and the
registration link when the event's own text has none. Without a mode in the shared text, the one
mode the other events state is shared the same way (a series whose "Format: online" line closes
the last event's section). The event's own reading always wins.
Pure: sources and blocks in, field values out.
"""

from __future__ import annotations

from parsers.links import registration_url
from parsers.location import detect_mode
from parsers.types import Block, FieldValue, Sources
from parsers.values import field_value

__all__ = ["share_common", "shared_texts"]

_SHARED = 0.8  # a shared value is a little less sure than the event's own


def shared_texts(sources: Sources, blocks: tuple[Block, ...]) -> list[tuple[int, str]]:
    """The text after the last block and before the first, with their body offsets (the
    announcement only: not quoted history, not attachments)."""
    if len(blocks) < 2 or any(b.calendar is not None for b in blocks):
        return []
    end = sources.quoted_end if sources.is_reply else sources.new_len
    first = min(b.start for b in blocks)
    last = max(b.end for b in blocks)
    texts = [(last, sources.body[last:end]), (0, sources.body[:first])]
    return [(offset, text) for offset, text in texts if text.strip()]


def _mode(texts: list[tuple[int, str]]) -> FieldValue | None:
    for offset, text in texts:
        sig = detect_mode(text, has_physical_venue=False)
        if sig.span is not None:
            conf = sig.confidence * _SHARED
            return field_value(sig.mode, conf, "body", sig.span, "lexicon", offset, text)
    return None


def _link(texts: list[tuple[int, str]]) -> FieldValue | None:
    for offset, text in texts:
        found = registration_url(text, offset)
        if found.value is not None:
            return FieldValue(found.value, found.confidence * _SHARED, found.evidence)
    return None


def _stated_mode(events: list[dict[str, FieldValue]]) -> FieldValue | None:
    """The mode every event that states one states, when they agree."""
    stated = [e["mode"] for e in events if e["mode"].evidence is not None]
    if not stated or len({fv.value for fv in stated}) > 1:
        return None
    return FieldValue(stated[0].value, stated[0].confidence * _SHARED, stated[0].evidence)


def _lacks_mode(event: dict[str, FieldValue]) -> bool:
    mode = event["mode"]
    placed = event["city"].value is not None or event["venue"].value is not None
    return mode.evidence is None and not placed


def share_common(
    sources: Sources, blocks: tuple[Block, ...], events: list[dict[str, FieldValue]]
) -> list[dict[str, FieldValue]]:
    """Each event's missing mode and registration link from the mail's shared text."""
    texts = shared_texts(sources, blocks)
    if not texts:
        return events
    mode, link = _mode(texts) or _stated_mode(events), _link(texts)
    out = []
    for event in events:
        added: dict[str, FieldValue] = {}
        if mode is not None and _lacks_mode(event):
            added["mode"] = mode
        if link is not None and event["registration_url"].value is None:
            added["registration_url"] = link
        out.append({**event, **added})
    return out
