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
        if tag == "footer" or el.get("role") == "contentinfo":
            self.out.append("\n--\n")  # a page footer reads as a signature block
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
        if tag in HEADING_TAGS or tag in BOLD_TAGS or _large(el):
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


_LARGE_FONT = re.compile(
    r"font-size\s*:\s*(?:(?:1[6-9]|[2-9]\d)(?:\.\d+)?px|(?:1[2-9]|[2-9]\d)pt|(?:1\.[2-9]|[2-9])"
    r"(?:\.\d+)?(?:em|rem)|x+-large|larger)",
    re.IGNORECASE,
)


def _large(el: etree._Element) -> bool:
    """A block in a large font (a heading-like line set in a paragraph style)."""
    return bool(_LARGE_FONT.search(el.get("style") or ""))


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
    r"From|De|Von|Da|Van|من|Sent|Envoyé(?: le)?|Enviado(?: el| em)?|Enviada(?: el| em)?"
    r"|Gesendet(?: am)?|Inviato(?: il)?|Date|Fecha|Data|Datum"
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
    r"|sincerely,?|yours (?:sincerely|faithfully|truly),?|respectfully,?"
    r"|cheers,|in solidarity,?|cordialement[^\n]{0,20}|bien (?:cordialement|à vous)[^\n]{0,10}"
    r"|salutations[^\n]{0,30}|sinc[eè]res salutations[^\n]{0,10}|amicalement[^\n]{0,10}"
    r"|(?:un )?(?:cordial|atento|afectuoso) saludo[^\n]{0,10}|un saludo[^\n]{0,10}"
    r"|saludos(?: cordiales)?[^\n]{0,10}"
    r"|atentamente[^\n]{0,10}|(?:muchas |mil )?gracias\b[^\n]{0,40}|un abrazo[^\n]{0,10}"
    r"|atenciosamente[^\n]{0,10}|(?:com os )?(?:melhores )?cumprimentos[^\n]{0,10}"
    r"|obrigad[oa][^\n]{0,10}|abraços?[^\n]{0,10}|saudações[^\n]{0,10}"
    r"|mit (?:freundlichen|besten|herzlichen) grüßen[^\n]{0,10}"
    r"|(?:viele|beste|herzliche|liebe|freundliche|schöne) grüße[^\n]{0,10}|mfg,?"
    r"|(?:cordiali|distinti|cari|un caro|un cordiale|i migliori) salut[io][^\n]{0,10}"
    r"|saluti[^\n]{0,10}|grazie(?: mille)?[^\n]{0,20}|a presto,?"
    r"|(?:sent|envoyé|enviado|enviada|inviato|gesendet|von meinem)\s(?:from|de|desde|da|do|"
    r"mit|von)?\s*(?:my|mon|mi|meu|il mio|mio)?\s*(?:iphone|ipad|android|samsung|mobile|"
    r"smartphone|móvil|celular|outlook|blackberry)[^\n]{0,30}"
    r"|von meinem (?:iphone|ipad|android|smartphone)[^\n]{0,20}"
    r"|مع (?:أطيب|خالص|فائق) (?:التحيات|التحية|الاحترام|التقدير)[^\n]{0,20}"
    r"|وتفضلوا[^\n]{0,60}|شكرا[^\n]{0,20}|تحياتي[^\n]{0,20})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_SEPARATOR = re.compile(r"^[ \t]*(?:--|__+)[ \t]*$", re.MULTILINE)
_DISCLAIMER = re.compile(
    r"^[^\n]{0,40}(?:this e-?mail (?:message )?(?:and any (?:files|attachments?)|is confidential"
    r"|may contain|(?:message )?contains confidential|is intended)"
    r"|this message (?:and any attachments?|is confidential|may contain|is intended)"
    r"|the information (?:contained )?in this (?:e-?mail|message)|confidentiality notice"
    r"|disclaimer|ce (?:courriel|message|mail) (?:et (?:ses|toutes les|les) pièces jointes"
    r"|est confidentiel|peut contenir|ainsi que|et tous les fichiers)"
    r"|este (?:correo|mensaje|e-?mail)(?: electrónico)? (?:y sus anexos|es confidencial"
    r"|puede contener|y cualquier archivo|contiene información)"
    r"|esta mensagem (?:e os seus anexos|e seus anexos|é confidencial|pode conter)"
    r"|diese (?:e-?mail|nachricht) (?:enthält vertrauliche|ist vertraulich|kann vertrauliche)"
    r"|questo messaggio (?:e i suoi allegati|è confidenziale|contiene|può contenere)"
    r"|le informazioni contenute in questo|هذه الرسالة (?:سرية|وأي مرفقات|ومرفقاتها|قد تحتوي)"
    r"|you are receiving this (?:message|e-?mail) because|to unsubscribe|para darse de baja"
    r"|pour vous désabonner|pour vous désinscrire|para cancelar (?:a|su) (?:inscrição|suscripción)"
    r"|abmelden|per annullare l'iscrizione|cancella l'iscrizione"
    r"|please consider the environment before printing"
    r"|pensez à l'environnement|antes de imprimir)",
    re.IGNORECASE | re.MULTILINE,
)
_MAX_SIGNATURE_LINES = 14
_MAX_SEPARATED_LINES = 30


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
    """Offset where a signature, footer or disclaimer begins, or None.

    In order: a legal disclaimer or unsubscribe line; a closing formula ("Best regards",
    "Mit freundlichen Grüßen", "Atenciosamente", "مع خالص التحيات") or "Sent from my iPhone"
    with at most 14 lines after it; a "--" separator with at most 30; a trailing block of short
    lines carrying a phone number, e-mail, web or postal address (an address block with no
    closing formula).
    """
    m = _DISCLAIMER.search(text)
    cut = m.start() if m else len(text)
    head = text[:cut]
    starts = [
        s.start()
        for s in _SIGNOFF.finditer(head)
        if head[s.end() :].count("\n") <= _MAX_SIGNATURE_LINES
    ]
    starts += [
        s.start()
        for s in _SEPARATOR.finditer(head)
        if head[s.end() :].count("\n") <= _MAX_SEPARATED_LINES
    ]
    if starts:
        return min(starts)
    block = contact_block_start(head)
    if block is not None:
        return block
    return cut if m else None


_CONTACT = re.compile(
    r"\S@\S+\.\w|https?://|www\.|(?:\+|\b00)\d[\d ().-]{6,}\d|\(\d{2,4}\)\s?\d"
    r"|\b(?:tel|t[ée]l[ée]?(?:phone|fono)?|phone|mobile?|m[oó]vil|cel(?:ular)?|fax|e-?mail"
    r"|courriel|correo|headquarters|siège(?: social)?|sede|sitz|address|adresse|dirección"
    r"|endereço|indirizzo|anschrift|p\.?\s?o\.? box|b\.?p\.?|apartado|casilla|caixa postal"
    r"|postfach|follow us|suivez-nous|síguenos|siga-nos|folgen sie uns|seguici"
    r"|linkedin|twitter|facebook|instagram|youtube)\b|هاتف|فاكس|البريد الإلكتروني|العنوان"
    r"|\b\d{4,5}\s+[A-ZÀ-Ý][\w-]+|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b",
    re.IGNORECASE,
)
_EVENT_LABEL = re.compile(
    r"^\W*(?:date|dates|fecha|data|datum|termin|when|quand|cuándo|quando|time|hora|heure|horário"
    r"|orario|uhrzeit|venue|place|location|lieu|lugar|local|luogo|ort|where|où|dónde|onde|dove"
    r"|registration|register|rsvp|inscri|anmeldung|iscri|agenda|programme|program|التاريخ"
    r"|المكان|الزمان|التسجيل|الموعد)[^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s*[:：]",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}\s?(?:[:h.]\s?\d{2}|h\b|\s?(?:am|pm|uhr)\b)", re.IGNORECASE)
_MAX_CONTACT_LINES = 12


def _prose(line: str) -> bool:
    words = line.split()
    return len(line) > 90 or (len(words) >= 7 and line.rstrip().endswith((".", "!", "?", ":")))


def contact_block_start(text: str) -> int | None:
    """Start of a trailing block of short lines that carries contact details (phone, e-mail,
    web or postal address, social links) after some prose, else None. Event lines (a label
    such as "Venue:" or "Registration:", a clock time, a line ending in ":") end the block and
    then only the paragraphs after a blank line count: an address under "Venue:" is the event's.
    """
    lines = text.rstrip().split("\n")
    first, stop = _short_tail(lines)
    if stop is not None and _event_line(lines[stop]):
        blank = next((k for k in range(first, len(lines)) if not lines[k].strip()), None)
        if blank is None:
            return None
        first = blank + 1
    block = lines[first:]
    if not block or not any(_CONTACT.search(x) for x in block):
        return None
    if not any(_prose(x.strip()) for x in lines[:first]):
        return None
    return sum(len(x) + 1 for x in lines[:first])


def _event_line(line: str) -> bool:
    """A line of the event's details: a field label, a clock time, registration, a lead-in."""
    s = line.strip()
    return bool(_EVENT_LABEL.match(s) or _TIME.search(s) or _REGISTER.search(s) or s.endswith(":"))


_REGISTER = re.compile(
    r"\b(?:regist|reserv|sign up|book (?:your|a)|rsvp|inscri|anmeld|iscri|tickets?\b|entradas"
    r"|billets?\b|ingressos)|تسجيل",
    re.IGNORECASE,
)


def _short_tail(lines: list[str]) -> tuple[int, int | None]:
    """(first line of the trailing run of short lines, the line that stopped it or None)."""
    first = len(lines)
    kept = 0
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k].strip()
        if not line:
            continue
        if (
            _prose(line)
            or _EVENT_LABEL.match(line)
            or _TIME.search(line)
            or kept > _MAX_CONTACT_LINES
        ):
            return first, k
        kept += 1
        first = k
    return first, None


def _set_aside_signature(text: str) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    start = signature_start(text)
    if start is None:
        return text, "", ()
    return text[:start].rstrip(), text[start:].strip(), ((start, len(text)),)


def split_body(text: str, replied: bool = False) -> BodySplit:
    """Split a plain body into announcement, quoted history and signature (see BodySplit);
    ``replied``: the subject marks a reply ("RE:"), so a header block under a note that speaks
    of sharing is the replied-to mail, not a forward."""
    fwd = _FORWARD.search(text)
    block = _OUTLOOK_BLOCK.search(text)
    reply = _first((_WROTE, _ORIGINAL), text)
    if fwd and (reply is None or fwd.start() <= reply.start()):
        return _forward_split(text, fwd.end())
    forwardish = block is not None and not replied and _forwardish(text[: block.start()])
    if reply is None and block is not None and forwardish:
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


# ---------------------------------------------------------------- online-meeting boilerplate

_MEETING_WORD = re.compile(
    r"microsoft teams|\bteams\b|\bzoom\b|webex|google meet|\bmeet\.google|gotomeeting|skype",
    re.IGNORECASE,
)
_RULE = r"[ \t]*(?:_{10,}|-::~[:~]*-?)[ \t]*"
_RULED_BLOCK = re.compile(rf"^{_RULE}\n(.*?)^{_RULE}$", re.MULTILINE | re.DOTALL)
_JOIN_LINE = re.compile(
    r"^[ \t*•>-]*(?:"
    # platform banners
    r"(?:microsoft teams|zoom|webex|google meet)(?: meeting| webinar)?\s*$"
    r"|(?:r[ée]union|reuni[oó]n|reunião|riunione|besprechung)(?: de| do| di| von)?"
    r" (?:microsoft )?teams\b|اجتماع (?:microsoft )?teams"
    r"|join (?:zoom|webex|teams|with google meet|meeting\b|on your computer|by phone"
    r"|by video system|by sip|by h\.323|from (?:a|the|your)|with an id)"
    r"|join the meeting(?: now)?\s*(?:[<:(]|$)"
    r"|[^\n]{0,60}is inviting you to a scheduled zoom meeting"
    r"|click here to join|to join the (?:video )?meeting|tap to join|one tap mobile"
    r"|dial by your location|dial in by phone|or call in|call in \(audio"
    r"|(?:find|get) (?:a|your) local number|reset pin|meeting options"
    r"|learn more\s*(?:\||about (?:teams|meet|zoom|webex)|$)"
    r"|for organi[sz]ers|download teams|join on the web|need help\??"
    r"|alternate vtc|video conference id|(?:phone )?conference id|meeting (?:id|number|password)"
    r"|pass ?code|password\s*:|access code|\bpin\s*:|more phone numbers|global call-in"
    r"|if you are a host|invitation from google calendar|view all guest info|reply for \S+@"
    r"|forwarding this invitation|you are receiving this (?:email|invitation)"
    r"|please do not edit this section"
    # French
    r"|participer (?:sur|depuis|à partir de) votre|rejoindre (?:la réunion|sur|depuis|par)"
    r"|cliquez ici pour (?:participer|rejoindre)|id(?:entifiant)? de (?:la )?r[ée]union"
    r"|code (?:secret|d['’]accès)|mot de passe\s*:|t[ée]l[ée]charger teams|besoin d['’]aide"
    r"|ou appel(?:ez|er)|id de conf[ée]rence|trouver un num[ée]ro|options de (?:la )?r[ée]union"
    r"|en savoir plus\s*(?:\||$)|particip\w+ (?:avec|à la réunion|via) (?:google meet|zoom)"
    r"|ou compose[zr]"
    # Spanish
    r"|unirse (?:a la reuni[oó]n|en|desde|por|con)|[úu]nase (?:a la reuni[oó]n|desde|por)"
    r"|haga clic aqu[ií] para unirse|id\.? de (?:la )?reuni[oó]n|c[oó]digo de acceso"
    r"|contraseña\s*:|descargar teams|¿?necesita ayuda|o llame|id\.? de (?:la )?conferencia"
    r"|[úu]nete con google meet|o marca|buscar un n[úu]mero|opciones de (?:la )?reuni[oó]n"
    r"|m[aá]s informaci[oó]n sobre"
    # Portuguese
    r"|participe (?:pelo|pela|do|da|no|na)|ingressar (?:na reunião|agora|pelo|no)"
    r"|clique aqui para (?:participar|ingressar)|id da reunião|senha\s*:|c[oó]digo de acesso"
    r"|participar com o google meet|ou disque|baixar o teams|precisa de ajuda|ou ligue"
    r"|id da confer[eê]ncia|encontrar um n[úu]mero"
    r"|op[cç][õo]es (?:da|de) reunião|saiba mais\s*(?:\||$)"
    # Arabic
    r"|معرف الاجتماع|رمز المرور|كلمة المرور|هل تحتاج إلى مساعدة|انقر هنا للانضمام"
    r"|الانضمام إلى الاجتماع"
    r")",
    re.IGNORECASE | re.MULTILINE,
)
_DIAL_LINE = re.compile(
    r"^[ \t*•-]*(?:tel:)?(?:\+|00)\d[\d \t().,#*/-]{6,}[^\n]{0,60}$"
    r"|^[^\n]{0,40}\d{3}[\d \t]*#[^\n]{0,40}$"
    r"|^[ \t]*(?:https?://|<https?://)\S*(?:zoom\.us|teams\.microsoft|teams\.live|meet\.google"
    r"|webex|gotomeeting|aka\.ms)\S*[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def strip_meeting_boilerplate(text: str) -> str:
    """The text of an invitation without the join instructions an online-meeting tool adds:
    the ruled-off Teams/Google Meet block, and join, meeting-ID, passcode, dial-in, help and
    "learn more" lines of Teams, Zoom, Webex and Google Calendar in en/fr/es/pt/ar."""
    text = _RULED_BLOCK.sub(lambda m: "" if _MEETING_WORD.search(m.group(1)) else m.group(0), text)
    kept = [
        line
        for line in text.split("\n")
        if not _JOIN_LINE.match(line) and not _DIAL_LINE.match(line)
    ]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
