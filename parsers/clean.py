"""Cleaning: HTML to structured text, and a body split into announcement, quoted history, signature.

``html_to_text`` keeps structure: block elements end lines, table rows become lines (cells joined
by " | "), links keep their target as ``text <url>``, scripts and styles vanish; headings and bold
lines are collected as title candidates. ``split_body`` finds the newest part of a reply, quoted
history (en/fr/es/pt/ar reply lines, Outlook header blocks, "Original Message", ``>`` lines),
forwarded content (which counts as the announcement) and signatures/disclaimers, returning spans
so nothing in a signature leaks into the event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

_BLOCKS = "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote section article header footer"
BLOCK_TAGS = frozenset((*_BLOCKS.split(" "), "pre", "hr", "dt", "dd", "center", "address", "form"))
DROP_TAGS = frozenset(("script", "style", "head", "noscript", "template", "svg", "object"))
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4"))
BOLD_TAGS = frozenset(("strong", "b"))
MAX_HTML = 2_000_000


@dataclass(frozen=True, slots=True)
class HtmlText:
    """Text of an HTML body and the heading/bold lines found in it (title candidates)."""

    text: str
    headings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BodySplit:
    """One body cut into parts. Spans index into the text that was split.

    ``announcement`` is the newest part plus any forwarded content; ``quoted`` the reply history
    (``>`` prefixes removed); ``signature`` signatures and disclaimers set aside.
    """

    announcement: str
    quoted: str
    signature: str
    is_reply: bool
    is_forward: bool
    signature_spans: tuple[tuple[int, int], ...] = ()


class _HtmlWriter:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.headings: list[str] = []

    def visit(self, el: etree._Element) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in DROP_TAGS or not isinstance(el.tag, str):
            self._text(el.tail)
            return
        self._open(tag)
        self._text(el.text)
        for child in el:
            self.visit(child)
        self._close(el, tag)
        self._text(el.tail)

    def _open(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self.out.append("\n")

    def _close(self, el: etree._Element, tag: str) -> None:
        if tag == "a":
            self._link(el)
        elif tag in ("td", "th"):
            self.out.append(" | ")
        if tag in HEADING_TAGS or tag in BOLD_TAGS:
            text = " ".join(el.text_content().split())
            if 3 <= len(text) <= 250:
                self.headings.append(text)
        if tag in BLOCK_TAGS:
            self.out.append("\n")

    def _link(self, el: etree._Element) -> None:
        href = (el.get("href") or "").strip()
        label = " ".join(el.text_content().split())
        if href.lower().startswith(("http://", "https://")) and href not in label:
            self.out.append(f" <{href}>")

    def _text(self, text: str | None) -> None:
        if text:
            self.out.append(text)


def _tidy(text: str) -> str:
    lines = []
    for line in text.replace("\xa0", " ").split("\n"):
        line = re.sub(r"[ \t]+", " ", line).strip()
        line = re.sub(r"(\s*\|\s*)+$", "", line)
        line = re.sub(r"^(\|\s*)+", "", line).strip()
        lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> HtmlText:
    """Convert an HTML body to text lines keeping tables, links and headings; never raises."""
    if not html.strip():
        return HtmlText("", ())
    try:
        root = lxml.html.document_fromstring(html[:MAX_HTML])
    except (etree.ParserError, ValueError):
        return HtmlText(_tidy(re.sub(r"<[^>]+>", " ", html)), ())
    writer = _HtmlWriter()
    body = root.find("body")
    writer.visit(body if body is not None else root)
    return HtmlText(_tidy("".join(writer.out)), tuple(dict.fromkeys(writer.headings)))


# ---------------------------------------------------------------- replies, forwards, signatures

_FORWARD = re.compile(
    r"^[ \t>]*(?:-{3,}\s*(?:Forwarded message|Mensaje reenviado|Message transféré"
    r"|Mensagem encaminhada"
    r"|Message transmis|Mensaje original reenviado|رسالة معاد توجيهها)\s*-{3,}"
    r"|Begin forwarded message:|Début du message réexpédié\s*:|Inicio del mensaje reenviado:)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_ORIGINAL = re.compile(
    r"^[ \t>]*-{3,}\s*(?:Original Message|Message d'origine|Mensaje original|Mensagem original"
    r"|Ursprüngliche Nachricht|الرسالة الأصلية)\s*-{3,}\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_WROTE = re.compile(
    r"^[ \t]*(?:On|Le|El|Em|Am|Il|Op|في)\b[^\n]{0,200}?(?:\n[^\n]{0,200}?)?"
    r"(?:wrote|a écrit|escribió|escreveu|schrieb|ha scritto|schreef|كتب)\s*:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_KEYS = (
    r"From|De|Von|Da|Van|من|Sent|Envoyé|Enviado|Enviada|Gesendet|Inviato|Date|Fecha|Data|Datum"
    r"|To|À|A|Para|An|إلى|Cc|Subject|Objet|Asunto|Assunto|Betreff|Oggetto|الموضوع"
)
_OUTLOOK_BLOCK = re.compile(
    rf"^[ \t>*]*(?:From|De|Von|Da|Van|من)[ \t]*:[^\n]*\n"
    rf"(?:[ \t>*]*(?:{_HEADER_KEYS})[ \t]*:[^\n]*\n){{2,6}}",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNOFF = re.compile(
    r"^[ \t]*(?:--|__+|"
    r"(?:best|kind|warm|warmest|with best|many thanks and best|all the best)?"
    r"\s*regards\b[^\n]{0,30}"
    r"|best(?: wishes)?,|many thanks,?|thanks(?: and regards)?,|thank you,"
    r"|sincerely,?|yours sincerely,?"
    r"|cheers,|in solidarity,?|cordialement[^\n]{0,20}|bien (?:cordialement|à vous)[^\n]{0,10}"
    r"|salutations[^\n]{0,30}|sinc[eè]res salutations[^\n]{0,10}"
    r"|(?:un )?(?:cordial|atento) saludo[^\n]{0,10}|saludos(?: cordiales)?[^\n]{0,10}"
    r"|atentamente[^\n]{0,10}|(?:muchas |mil )?gracias\b[^\n]{0,40}|un abrazo[^\n]{0,10}"
    r"|atenciosamente[^\n]{0,10}|cumprimentos[^\n]{0,10}|com os melhores cumprimentos[^\n]{0,10}"
    r"|obrigad[oa][^\n]{0,10}|abraços?[^\n]{0,10}"
    r"|مع (?:أطيب|خالص|فائق) (?:التحيات|التحية|الاحترام)[^\n]{0,20}"
    r"|وتفضلوا[^\n]{0,60}|شكرا[^\n]{0,20})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_DISCLAIMER = re.compile(
    r"^[^\n]{0,40}(?:this e-?mail (?:message )?(?:and any attachments?|is confidential|may contain)"
    r"|disclaimer|ce (?:courriel|message) (?:et ses pièces jointes|est confidentiel|peut contenir)"
    r"|este (?:correo|mensaje) (?:y sus anexos|es confidencial|puede contener)"
    r"|esta mensagem (?:e os seus anexos|é confidencial|pode conter)"
    r"|you are receiving this (?:message|e-?mail) because|to unsubscribe|para darse de baja"
    r"|pour vous désabonner|please consider the environment before printing)",
    re.IGNORECASE | re.MULTILINE,
)
_MAX_SIGNATURE_LINES = 14


def _first(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    hits = [m for m in (p.search(text) for p in patterns) if m]
    return min(hits, key=lambda m: m.start()) if hits else None


def _unquote(text: str) -> str:
    return "\n".join(re.sub(r"^[ \t]*(?:>[ \t]?)+", "", line) for line in text.split("\n"))


def _quote_block_start(text: str) -> int | None:
    """Start of the first run of ``>`` lines (3+ lines) when no reply header introduced it."""
    m = re.search(r"(?:^[ \t]*>[^\n]*\n?){3,}", text, re.MULTILINE)
    return m.start() if m else None


def signature_start(text: str) -> int | None:
    """Offset where a signature or disclaimer begins, or None (looked for in the last lines)."""
    m = _DISCLAIMER.search(text)
    cut = m.start() if m else len(text)
    head = text[:cut]
    for signoff in _SIGNOFF.finditer(head):
        if head[signoff.end() :].count("\n") <= _MAX_SIGNATURE_LINES:
            return signoff.start()
    return cut if m else None


def _set_aside_signature(text: str) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    start = signature_start(text)
    if start is None:
        return text, "", ()
    return text[:start].rstrip(), text[start:].strip(), ((start, len(text)),)


def split_body(text: str) -> BodySplit:
    """Split a plain body into announcement, quoted history and signature (see BodySplit)."""
    fwd = _FORWARD.search(text)
    block = _OUTLOOK_BLOCK.search(text)
    reply = _first((_WROTE, _ORIGINAL), text)
    if fwd and (reply is None or fwd.start() <= reply.start()):
        return _forward_split(text, fwd.end())
    if reply is None and block is not None and _forwardish(text[: block.start()]):
        return _forward_split(text, block.start())
    cut = _reply_cut(text, reply, block)
    if cut is None:
        announcement, signature, spans = _set_aside_signature(text)
        return BodySplit(announcement, "", signature, False, False, spans)
    new, signature, spans = _set_aside_signature(text[:cut])
    quoted = strip_reply_headers(_unquote(text[cut:]))
    return BodySplit(new, quoted, signature, True, False, spans)


def _reply_cut(text: str, reply: re.Match[str] | None, block: re.Match[str] | None) -> int | None:
    starts = [m.start() for m in (reply, block) if m is not None]
    quote = _quote_block_start(text)
    if quote is not None:
        starts.append(quote)
    return min(starts) if starts else None


def strip_reply_headers(text: str) -> str:
    """Quoted history without attribution lines and header blocks (their dates are no events)."""
    for pattern in (_WROTE, _ORIGINAL, _OUTLOOK_BLOCK):
        text = pattern.sub("", text)
    return text.strip("\n")


def _forwardish(intro: str) -> bool:
    """True when the text before an Outlook header block reads as a forward, not a reply."""
    return bool(
        re.search(
            r"\b(?:forward|sharing|share|fyi|pass(?:ing)? on|below"
            r"|transf[eé]r|reenv|compart|encaminh)",
            intro,
            re.IGNORECASE,
        )
    )


def _forward_split(text: str, at: int) -> BodySplit:
    """The forwarder's note is kept (without signature) ahead of the forwarded announcement."""
    note, _, note_spans = _set_aside_signature(text[:at])
    inner = _unquote(text[at:])
    header = _OUTLOOK_BLOCK.match(inner.lstrip())
    forwarded = inner.lstrip()[header.end() :] if header else _strip_header_lines(inner)
    announcement, signature, _ = _set_aside_signature(forwarded)
    note_sig = text[note_spans[0][0] : at].strip() if note_spans else ""
    joined = (announcement + "\n\n" + note).strip()
    return BodySplit(joined, "", (signature + "\n" + note_sig).strip(), False, True, note_spans)


def _strip_header_lines(text: str) -> str:
    lines = text.lstrip("\n").split("\n")
    i = 0
    while i < len(lines) and re.match(rf"^\s*(?:{_HEADER_KEYS})\s*:", lines[i], re.IGNORECASE):
        i += 1
    return "\n".join(lines[i:])
