"""Acknowledgements as mail (pure: no database, no network): what we read, in their language.

Jinja2 like the digest (``templates/ack/``, autoescaped HTML, CSS inlined by css-inline, the media
queries for phones and dark mode kept), a plain-text part beside the HTML. Labels, dates, months
and event types per language come from ``templates/ack/labels.json`` (en, fr, es, pt, ar; Arabic
right to left); any other language gets English. Headers follow RFC 3834: ``Auto-Submitted:
auto-replied``, ``In-Reply-To``/``References`` to the partner's mail, ``X-Auto-Response-Suppress``
so Exchange does not answer the answer, and a Message-ID fixed by the ledger row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from email import policy
from email.message import EmailMessage
from email.utils import formatdate
from functools import cache
from pathlib import Path
from typing import Any

import css_inline
import jinja2

from digest.format import country_name, safe_url, zone_parts
from digest.message import sender_domain

TEMPLATES = Path(__file__).parent / "templates"
LABELS_FILE = TEMPLATES / "ack" / "labels.json"
MAX_REFERENCES = 10
# Message-IDs are long words: with the default 78 columns the email package would wrap them in
# RFC 2047 encoded words, which no mail client reads as an In-Reply-To. RFC 5322 allows 998.
HEADER_POLICY = policy.default.clone(max_line_length=998)


@dataclass(frozen=True, slots=True)
class AckEvent:
    """What we read of one event (the extraction's values, with a later mail's changes)."""

    id: int
    title: str
    start_date: date | None
    end_date: date | None = None
    start_time: str | None = None
    end_time: str | None = None
    timezone: str | None = None
    status: str = "scheduled"
    mode: str = "in_person"
    venue: str | None = None
    city: str | None = None
    country: str | None = None
    event_type: str = "other"
    organizer: str | None = None
    registration_url: str | None = None


@dataclass(frozen=True, slots=True)
class Reply:
    """Who gets the acknowledgement and which mail it answers."""

    to: str
    sender: str
    reply_to: str
    message_id: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RenderedAck:
    subject: str
    html: str
    text: str
    language: str


@cache
def all_labels() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(LABELS_FILE.read_text(encoding="utf-8"))
    return data


def language_for(language: str | None) -> str:
    """The mail's language when a template exists for it, else English."""
    code = (language or "en").strip().lower().replace("_", "-").split("-")[0]
    return code if code in all_labels() else "en"


def long_date(day: date, lab: Mapping[str, Any]) -> str:
    return str(lab["date_format"]).format(
        weekday=lab["weekdays"][day.weekday()],
        day=day.day,
        month=lab["months"][day.month - 1],
        year=day.year,
    )


def zone_label(zone: str | None, day: date, clock: str, lab: Mapping[str, Any]) -> str:
    """``Nairobi time (UTC+03:00)``; the raw text for anything that is not an IANA zone."""
    parts = zone_parts(zone, day, clock)
    if isinstance(parts, str):
        return parts
    city, utc = parts
    if lab["dir"] == "rtl":  # a left-to-right isolate keeps "(UTC+03:00)" whole in Arabic
        utc = f"\u2066{utc}\u2069"
    return f"{str(lab['zone_time']).format(city=city)} {utc}"


def when(event: AckEvent, lab: Mapping[str, Any]) -> str | None:
    if event.start_date is None:
        return None
    text = long_date(event.start_date, lab)
    if event.end_date and event.end_date != event.start_date:
        text += f" – {long_date(event.end_date, lab)}"
    if event.start_time:
        clock = event.start_time + (f"–{event.end_time}" if event.end_time else "")
        zone = zone_label(event.timezone, event.start_date, event.start_time, lab)
        text += f"{lab['comma']}{clock}" + (f" {zone}" if zone else "")
    return text


def where(event: AckEvent, lab: Mapping[str, Any], language: str) -> str | None:
    if event.mode == "online":
        return str(lab["online"])
    seen: list[str] = []
    for part in (event.venue, event.city, country_name(event.country, language)):
        if part and all(part.casefold() not in s.casefold() for s in seen):
            seen.append(part)
    place = str(lab["comma"]).join(seen) or None
    if event.mode == "hybrid":
        return f"{place} {lab['plus_online']}" if place else str(lab["online"])
    return place


def event_view(event: AckEvent, language: str) -> dict[str, Any]:
    """Title, a status badge and (label, value) rows; value None means "not found"."""
    lab = all_labels()[language]
    kind = lab["types"].get(event.event_type) or lab["types"]["other"]
    rows: list[tuple[str, str | None]] = [
        (lab["when"], when(event, lab)),
        (lab["where"], where(event, lab, language)),
        (lab["type"], kind),
        (lab["organiser"], event.organizer),
        (lab["link"], safe_url(event.registration_url)),
    ]
    return {
        "title": event.title or "–",
        "badge": lab["status"].get(event.status),
        "rows": rows,
    }


class AckRenderer:
    """The Jinja2 environment and the CSS inliner; build once, render many times."""

    def __init__(self, templates_dir: str | Path | None = None) -> None:
        search = [str(templates_dir)] if templates_dir else []
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([*search, str(TEMPLATES)]),
            autoescape=jinja2.select_autoescape(["html"]),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
        )
        self.inliner = css_inline.CSSInliner(
            keep_at_rules=True, minify_css=True, load_remote_stylesheets=False
        )

    def received(
        self,
        events: Sequence[AckEvent],
        *,
        language: str | None,
        subject: str,
        sent_on: date,
        inbox: str,
    ) -> RenderedAck:
        """ "We received N event(s); this is what we read", and how to correct it."""
        lang = language_for(language)
        lab = all_labels()[lang]
        key = "intro_one" if len(events) == 1 else "intro_many"
        intro = str(lab[key]).format(count=len(events), date=long_date(sent_on, lab))
        title = subject.strip() or (events[0].title if events else "")
        context = {
            "subject": str(lab["subject_received"]).format(subject=_short(title)),
            "heading": lab["heading_received"],
            "intro": intro,
        }
        return self._render("received", lang, events, inbox, context)

    def listed(
        self,
        event: AckEvent,
        *,
        language: str | None,
        inbox: str,
        ics_url: str,
        event_url: str | None,
    ) -> RenderedAck:
        """ "Your event is listed", with its public link and its .ics."""
        lang = language_for(language)
        lab = all_labels()[lang]
        context = {
            "subject": str(lab["subject_listed"]).format(title=_short(event.title)),
            "heading": lab["heading_listed"],
            "ics_url": ics_url,
            "event_url": event_url,
        }
        return self._render("listed", lang, [event], inbox, context)

    def _render(
        self,
        name: str,
        lang: str,
        events: Sequence[AckEvent],
        inbox: str,
        extra: dict[str, Any],
    ) -> RenderedAck:
        lab = all_labels()[lang]
        context = {
            "lang": lang,
            "dir": lab["dir"],
            "start": "right" if lab["dir"] == "rtl" else "left",
            "L": lab,
            "events": [event_view(e, lang) for e in events],
            "footer": str(lab["footer"]).format(inbox=inbox),
            **extra,
        }
        html = self.env.get_template(f"ack/{name}.html").render(context)
        text = self.env.get_template(f"ack/{name}.txt").render(context)
        return RenderedAck(str(context["subject"]), self.inliner.inline(html), _tidy(text), lang)


def _short(text: str, limit: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _tidy(text: str) -> str:
    out: list[str] = []
    for line in (raw.rstrip() for raw in text.splitlines()):
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def ack_message_id(key: str, recipient: str, sender: str) -> str:
    """The Message-ID of an acknowledgement, fixed by its ledger key and recipient."""
    tag = hashlib.sha256(f"{key}:{recipient.casefold()}".encode()).hexdigest()[:16]
    return f"<ack.{key.replace(':', '.')}.{tag}@{sender_domain(sender)}>"


def build(rendered: RenderedAck, reply: Reply) -> EmailMessage:
    """The MIME message: text then HTML (``multipart/alternative``), RFC 3834 headers."""
    msg = EmailMessage(policy=HEADER_POLICY)
    msg["Subject"] = rendered.subject
    msg["From"] = reply.sender
    msg["To"] = reply.to
    msg["Reply-To"] = reply.reply_to
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = reply.message_id
    if reply.in_reply_to:
        msg["In-Reply-To"] = reply.in_reply_to
    references = [*reply.references, *([reply.in_reply_to] if reply.in_reply_to else [])]
    if references:
        msg["References"] = " ".join(list(dict.fromkeys(references))[-MAX_REFERENCES:])
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(rendered.text, cte="quoted-printable")
    msg.add_alternative(rendered.html, subtype="html", cte="quoted-printable")
    msg["Content-Language"] = rendered.language  # after set_content, which drops Content-*
    return msg
