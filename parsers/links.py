"""The registration link of an event: a registration form, else a join link, else a link on
a registration line.
"""

from __future__ import annotations

import re

from parsers.types import Block, FieldValue, Sources
from parsers.values import field_value as _fv
from parsers.where import URL, line_of

# ------------------------------------------------------------------------------------ links

_REGISTER = re.compile(
    r"regist|inscri|signup|sign-up|forms?\.|/form|survey|eventbrite|rsvp|typeform|kobo|jotform"
    r"|cvent|/apply|formulario|formulaire",
    re.IGNORECASE,
)
_JOIN = re.compile(r"zoom\.us|teams\.microsoft|teams\.live|meet\.google|webex|gotomeeting|whereby")
_REG_CONTEXT = re.compile(
    r"regist|inscri|sign up|enrol|formulario|formulaire|formulário|register|rsvp|ticket"
    r"|book (?:your|a) (?:seat|place)|reserve|réserv|reserv|prenot|anmeld|iscri|أسجل|تسجيل",
    re.IGNORECASE,
)


def registration_url(text: str, offset: int) -> FieldValue:
    """Registration form > join link > a link on a registration line > null."""
    urls = [(m.group(0).rstrip(".,;:!?»"), m.span()) for m in URL.finditer(text)]
    for url, span in urls:
        if _REGISTER.search(url) and not _JOIN.search(url):
            return _fv(url, 0.85, "body", span, "grammar", offset)
    for url, span in urls:
        if _REGISTER.search(url) or _JOIN.search(url):
            return _fv(url, 0.75, "body", span, "grammar", offset)
    for url, span in urls:
        if _REG_CONTEXT.search(_sentence_before(text, span[0])):
            return _fv(url, 0.6, "body", span, "grammar", offset)
    return _fv(None, 0.5)


def _sentence_before(text: str, pos: int) -> str:
    """The sentence leading up to ``pos``: its line; earlier lines too when the line goes on a
    sentence wrapped over them ("Neue Anmeldungen sind weiterhin / möglich unter: <url>") or the
    link stands alone under its lead ("Register here:" / <url>); never past a blank line or a
    sentence end, nor from a labelled line of its own ("Map: <url>")."""
    line = text[line_of(text, pos)[0] : pos]
    if line.strip() and not line.lstrip()[:1].islower():
        return line
    lead = text[max(0, pos - 160) : pos]
    lead = lead[lead.rfind("\n\n") + 1 :]
    ends = [m.end() for m in re.finditer(r"[.!?](?:\s|$)", lead)]
    return lead[ends[-1] :] if ends else lead


def registration_link(sources: Sources, block: Block) -> FieldValue:
    """Links in the block; else join links in the signature/footer or the calendar text."""
    found = registration_url(block.text, block.start)
    if found.value is not None:
        return found
    extra = sources.signature
    if block.calendar is not None:
        extra += "\n" + block.calendar.description + "\n" + block.calendar.url
    fallback = registration_url(extra, 0)
    return FieldValue(fallback.value, fallback.confidence * 0.9, None)
