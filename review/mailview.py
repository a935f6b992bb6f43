"""What the record page shows of a stored mail: headers, cleaned texts with evidence highlighted,
the HTML body sanitised for a sandboxed frame, and the attachment list.

Mail is hostile. Texts are returned as segments that the template escapes; the HTML body goes
through nh3 with an allow-list that has no ``img``, ``style``, ``link``, ``iframe``, ``form`` or
event attributes, so nothing remote can load; links get ``rel="noopener noreferrer"`` and open in
a new tab; the page's Content-Security-Policy blocks what might slip through anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import nh3

from models.event import evidence_span
from parsers.mime import parse_message
from parsers.types import ParsedMessage, TextPart

SHOWN_HEADERS = ("From", "To", "Cc", "Date", "Subject", "Reply-To", "Message-ID")
ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt",
    "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "s", "small",
    "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u",
    "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan"}}


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text; ``fields`` names the event fields whose evidence covers it (innermost
    span first: its colour is shown), ``starts`` the fields whose span begins here (the page
    puts each one's label there)."""

    text: str
    fields: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()

    @property
    def field(self) -> str | None:
        return self.fields[0] if self.fields else None


@dataclass(frozen=True, slots=True)
class PartView:
    name: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class AttachmentView:
    index: int
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True, slots=True)
class MailView:
    headers: tuple[tuple[str, str], ...]
    parts: tuple[PartView, ...]
    html: str  # sanitised; empty when the mail has no HTML body
    attachments: tuple[AttachmentView, ...]
    defects: tuple[str, ...]
    error: str = ""


def sanitise_html(html: str) -> str:
    """HTML safe to show: no script, style, image, frame or form; links open without referrer."""
    cleaned: str = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
        set_tag_attribute_values={"a": {"target": "_blank"}},
        strip_comments=True,
    )
    return cleaned


def frame_document(html: str) -> str:
    """The sanitised HTML as a full document for ``<iframe sandbox srcdoc>``, with its own CSP."""
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        "<style>body{font:14px/1.45 system-ui,sans-serif;margin:8px;color:#111;"
        "overflow-wrap:anywhere}table{border-collapse:collapse;max-width:100%}</style>"
        f"</head><body>{html}</body></html>"
    )


def highlight(text: str, spans: list[tuple[int, int, str]]) -> tuple[Segment, ...]:
    """Split ``text`` at every span boundary (start, end, field); each piece lists the fields
    covering it, so overlapping and shared spans (a date that is also the status's evidence, a
    city inside the venue) are all shown. Spans outside the text are skipped."""
    valid = sorted((a, b, n) for a, b, n in spans if 0 <= a < b <= len(text))
    cuts = sorted({0, len(text)} | {a for a, _, _ in valid} | {b for _, b, _ in valid})
    out: list[Segment] = []
    for left, right in pairwise(cuts):
        covering = sorted((b - a, n) for a, b, n in valid if a <= left and right <= b)
        starts = tuple(n for a, _, n in valid if a == left)
        out.append(Segment(text[left:right], tuple(n for _, n in covering), starts))
    return tuple(out)


def field_text(view: MailView, name: str) -> str:
    """The characters marked as ``name``'s evidence, joined (for tests and checks)."""
    return "".join(s.text for p in view.parts for s in p.segments if name in s.fields)


def _spans_by_part(evidence: dict[str, Any]) -> dict[str, list[tuple[int, int, str]]]:
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for name, item in (evidence or {}).items():
        span = evidence_span(item)
        if span is not None:
            part, start, end = span
            spans.setdefault(part, []).append((start, end, name))
    return spans


def _texts(msg: ParsedMessage) -> tuple[TextPart, ...]:
    """The cleaned texts evidence spans index into (as the extractor built them)."""
    try:
        from parsers.extract import gather_sources
        from parsers.settings import ExtractSettings

        return gather_sources(msg, ExtractSettings(use_nlp=False)).parts()
    except Exception:  # noqa: BLE001 - show the plain text rather than nothing
        return (TextPart("subject", msg.subject), TextPart("body", msg.text_plain))


def _headers(msg: ParsedMessage) -> tuple[tuple[str, str], ...]:
    wanted = {h.lower() for h in SHOWN_HEADERS}
    return tuple((k, v) for k, v in msg.headers if k.lower() in wanted)


def build_mail_view(raw: bytes, evidence: dict[str, Any] | None = None) -> MailView:
    """Parse ``raw`` and lay it out for the record page, evidence of ``evidence`` highlighted."""
    try:
        msg = parse_message(raw, check_with_mailparser=False)
    except Exception as err:  # noqa: BLE001 - a broken mail is still shown as an error
        return MailView((), (), "", (), (), error=f"{type(err).__name__}: {err}")
    spans = _spans_by_part(evidence or {})
    parts = tuple(PartView(p.name, highlight(p.text, spans.get(p.name, []))) for p in _texts(msg))
    attachments = tuple(
        AttachmentView(i, a.filename or f"attachment-{i}", a.content_type, a.size)
        for i, a in enumerate(msg.attachments)
    )
    html = sanitise_html(msg.text_html) if msg.text_html.strip() else ""
    return MailView(_headers(msg), parts, html, attachments, msg.defects)


def attachment_bytes(raw: bytes, index: int) -> tuple[str, bytes] | None:
    """(filename, payload) of attachment ``index``, or None."""
    msg = parse_message(raw, check_with_mailparser=False)
    if not 0 <= index < len(msg.attachments):
        return None
    att = msg.attachments[index]
    return att.filename or f"attachment-{index}", att.payload
