"""Is this mail an event notification at all? Header rules first, then content rules.

Not events: automatic replies (RFC 3834 ``Auto-Submitted``, ``X-Autoreply``, out-of-office
phrasing in en/fr/es/pt/ar), delivery reports (``multipart/report``, mailer-daemon senders), spam
(the filter's verdict, or SPF failure with scam phrasing), bulk newsletters without a concrete
upcoming event, thank-you notes and reports about past events, questions to the secretariat. Each
verdict carries a reason the reviewer can read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.types import ParsedMessage


@dataclass(frozen=True, slots=True)
class NotificationVerdict:
    is_event_notification: bool
    reason: str
    confidence: float


EVENT = NotificationVerdict(True, "", 0.8)

_AUTO_REPLY = re.compile(
    r"\b(?:out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply"
    r"|I am (?:currently )?(?:away|out|on (?:leave|mission|annual leave))"
    r"|limited access to (?:my )?e-?mail"
    r"|absent(?:e)? du bureau|réponse automatique|je suis (?:actuellement )?absente?"
    r"|respuesta automática|fuera de la oficina|estaré ausente|me encuentro fuera"
    r"|resposta automática|fora do escritório|ausente do escritório|estarei ausente"
    r"|abwesenheitsnotiz|automatische antwort|ich bin (?:derzeit |bis \S+ )?(?:nicht im büro"
    r"|abwesend|im urlaub)|außer haus|fuori ufficio|risposta automatica"
    r"|sar[òo] (?:assente|fuori)|sono (?:attualmente )?(?:assente|fuori ufficio)"
    r"|автоответ|нет в офисе|вне офиса"
    r"|رد تلقائي|خارج المكتب)",
    re.IGNORECASE,
)
_SUBJECT_AUTO = re.compile(
    r"^(?:automatic reply|auto(?:matic)?[- ]?reply|out of office|réponse automatique|absence"
    r"|respuesta automática|resposta automática|fuera de la oficina|abwesenheit\w*"
    r"|automatische antwort|fuori ufficio|risposta automatica|автоответ|رد تلقائي)\b",
    re.IGNORECASE,
)
_DSN_SENDER = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon)@", re.IGNORECASE)
_DSN_SUBJECT = re.compile(
    r"\b(?:undeliver(?:ed|able)|delivery (?:status notification|failure|has failed)"
    r"|failure notice|mail delivery failed|returned to sender|returned mail|non remis"
    r"|no entregado|não entregue)\b",
    re.IGNORECASE,
)
_SCAM = re.compile(
    r"\b(?:western union|moneygram|processing (?:and clearance )?fee|clearance fee|bank account"
    r"|swift code|beneficiary|lottery|inheritance|wire transfer|release the funds|gift card"
    r"|bitcoin|passport copy|copy of (?:your|director's) passport|within \d+ hours)\b",
    re.IGNORECASE,
)
_THANKS = re.compile(
    r"\b(?:thank(?:s| you)|merci|gracias|agradec\w*|obrigad[oa]|agradeç\w*|remerci\w*"
    r"|danke|vielen dank|grazie|спасибо|благодар\w*|teşekkür\w*|asante\w*)\b|شكرا",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:took place|was held|were held|last (?:week|month)|yesterday|attended|recording"
    r"|a eu lieu|s'est tenu\w*|avons organisé|se realizó|se llevó a cabo|realizamos|el pasado"
    r"|grabación|foi realizad[oa]|realizou-se|gravação|enregistrement|participaron|ont participé"
    r"|a réuni|reunió|participated|geçen (?:hafta|ay)|dün|вчера\w*|состоял\w*|прошедш\w*"
    r"|прошл\w*|iliyopita|ilifanyika|ulifanyika|jana)\b|الماضي|الأمس|تم عقد|انعقد",
    re.IGNORECASE,
)
_REPORT = re.compile(
    r"\b(?:report(?: on| of)?|summary report|rapport(?: de synthèse| final)?|informe|relatório"
    r"|compte[- ]rendu|minutes|protokoll|verbale|rapor|протокол|отч[её]т|ripoti)\b|تقرير|محضر",
    re.IGNORECASE,
)
_QUESTION = re.compile(
    r"\b(?:question|query|could you (?:confirm|tell|let)|can you confirm|is there|are \w+ eligible"
    r"|pregunta|consulta sobre|quisiera saber|une question|pourriez-vous|pergunta"
    r"|gostaria de saber)\b",
    re.IGNORECASE,
)
_NO_DATE_YET = re.compile(
    r"\b(?:not (?:yet )?fixed|no date yet|not (?:yet )?(?:decided|confirmed) (?:a|the) date"
    r"|have not fixed|date (?:to be|is) (?:confirmed|determined|announced)|TBC|TBD"
    r"|pas encore (?:fixé|de date)|aún no (?:hemos )?(?:fijado|definido)|ainda não)\b",
    re.IGNORECASE,
)


_EVENT_WORD = re.compile(
    r"\b(?:event|meeting|workshop|webinar|seminar|conference|dialogue|dialog|forum|launch|training"
    r"|consultation|exhibition|screening|round[- ]?table|panel|ceremony|celebration|commemoration"
    r"|concert|festival|briefing|session|summit|symposium|lecture|talk|presentation|hackathon"
    r"|invitation|invite|save the date|register|registration|rsvp|agenda|programme|program"
    r"|atelier|séminaire|réunion|colloque|table ronde|conférence|lancement|formation|exposition"
    r"|projection|journée|cérémonie|célébration|rencontre|inscription|événement|évènement"
    r"|taller|seminario|reunión|conferencia|foro|diálogo|conversatorio|lanzamiento|capacitación"
    r"|formación|exposición|proyección|jornada|ceremonia|celebración|encuentro|inscripción|evento"
    r"|webinario|webinar\w*|conversatorio virtual|charla|coloquio|capacitaci[óo]n virtual"
    r"|mesa redonda|convocatoria"
    r"|consulta|audiencia|audiência|asamblea|assembleia|plenaria|plenária|feria|feira|mercado"
    r"|fiesta|festa|concierto|espectáculo|espetáculo|torneo|caminata|vigilia|velada"
    r"|veillée|soirée|fête|foire|marché|spectacle|récital|tournoi|visite guidée"
    r"|portes ouvertes|plénière|assemblée|audience publique|ciné-débat|ciné-club"
    r"|fair|market|bazaar|tournament|vigil|rally|hearing|assembly|plenary|gathering"
    r"|open day|open house|recital|storytelling|meetup|meet-up|get-together"
    r"|oficina|seminário|reunião|conferência|fórum|diálogo|lançamento|capacitação|exposição"
    r"|projeção|cerimónia|cerimônia|celebração|encontro|inscrição|webinaire|webinário"
    r"|convegno|seminario|incontro|tavola rotonda|mostra|presentazione|giornata|iscrizione"
    r"|invito|evento collaterale|dibattito|proiezione|conferenza|laboratorio|formazione"
    r"|warsha|mkutano|mikutano|semina|kongamano|mafunzo|mdahalo|mjadala|maonyesho|uzinduzi"
    r"|hafla|sherehe|tamasha|mwaliko|usajili|jukwaa|mazungumzo|kikao|vikao|mhadhara"
    r"|séance|causerie|sesión|sesiones|sessão|sessões|sessione|palestra|roda de conversa"
    r"|mesa-redonda|town ?hall|fireside chat|master ?class|webcast)\b"
    r"|\b(?:семинар|конференци|встреч|форум|кругл\w* стол|выставк|приглаш|мероприяти"
    r"|вебинар|тренинг|совещани|консультаци|презентаци|регистрац|мастер-класс|лекци"
    r"|брифинг|диалог|заседани|сесси|церемони|фестивал|концерт|слушани)\w*"
    r"|\b(?:çalıştay|toplantı|seminer|konferans|etkinli|sempozyum|atölye|söyleşi|tören"
    r"|davet|kayıt|başvur|eğitim|lansman|sergi|yuvarlak masa|panel|oturum|buluşma|forum"
    r"|webinar|bilgilendirme|zirve)\w*"
    r"|\b\w*(?:veranstaltung|gespräch|tagung|konferenz|seminar|ausstellung|diskussion"
    r"|vortrag|lesung|einladung|anmeldung|workshop|vernissage|podium|fortbildung|schulung"
    r"|austausch|treffen|konzert|filmabend|fachtag|feier)"
    r"|\b(?:laden|lädt)\s+(?:Sie|euch|dich|Ihnen|alle|herzlich)\b"
    r"|\b(?:concerto|festa|festival|spettacolo|assemblea|tavolo di lavoro|vi invitiamo)\b"
    r"|ورشة|ورش|ندوة|اجتماع|مؤتمر|حوار|منتدى|إطلاق|تدريب|معرض|احتفال|فعالية|دعوة|التسجيل"
    r"|(?<![إاأ])لقاء|جلسة|ملتقى|محاضرة|مائدة مستديرة|حلقة نقاش|أمسية|قمة",
    re.IGNORECASE,
)
_CALENDAR_REPLY = ("REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH")


def calendar_verdict(methods: list[str]) -> NotificationVerdict | None:
    """An iTIP reply (accept/decline/counter) answers an invitation; it announces nothing."""
    if methods and all(m in _CALENDAR_REPLY for m in methods):
        return NotificationVerdict(False, f"calendar reply (METHOD:{methods[0]})", 0.95)
    return None


def announces_event(subject: str, text: str) -> bool:
    """Whether the mail uses any word for an event or an invitation (en/fr/es/pt/ar/de/it/ru/tr/sw:
    invitation verbs such as 'convions', 'приглашаем', 'tunawaalika'; event nouns such as
    'séance', 'roda de conversa', 'لقاء', 'встреча' in any case ending, 'oturum', 'kikao')."""
    head = text[:20000]
    return bool(_EVENT_WORD.search(subject) or _EVENT_WORD.search(head) or _INVITING.search(head))


def header_verdict(msg: ParsedMessage) -> NotificationVerdict | None:
    """A verdict from headers alone (auto-replies, delivery reports, spam flags), or None."""
    auto = (msg.header("Auto-Submitted") or "no").strip().lower()
    if auto != "no" and auto:
        return NotificationVerdict(False, f"automatic message (Auto-Submitted: {auto})", 0.98)
    if msg.header("X-Autoreply") or msg.header("X-Autorespond"):
        return NotificationVerdict(False, "automatic reply (X-Autoreply header)", 0.97)
    precedence = (msg.header("Precedence") or "").lower()
    if "auto_reply" in precedence or "auto-reply" in precedence:
        return NotificationVerdict(False, "automatic reply (Precedence header)", 0.95)
    if msg.content_type == "multipart/report" or _DSN_SENDER.match(msg.from_addr or ""):
        return NotificationVerdict(False, "delivery status report (bounce)", 0.98)
    if (msg.header("X-Spam-Flag") or "").strip().upper() == "YES":
        return NotificationVerdict(False, "spam (flagged by the spam filter)", 0.95)
    return None


def _spf_failed(msg: ParsedMessage) -> bool:
    auth = " ".join(
        v for k, v in msg.headers if k.lower() in ("authentication-results", "received-spf")
    )
    return bool(re.search(r"\bspf=(?:fail|softfail)\b|^\s*(?:fail|softfail)\b", auth, re.I))


def content_verdict(
    msg: ParsedMessage, text: str, *, upcoming_dates: int, past_dates: int
) -> NotificationVerdict:
    """Decide from the subject and announcement text, given how many dates lie ahead/behind."""
    subject = msg.subject
    for check in (_auto_reply, _spam, _delivery_subject):
        verdict = check(msg, text)
        if verdict is not None:
            return verdict
    if upcoming_dates == 0:
        return _no_upcoming(msg, text, past_dates)
    if not announces_event(subject, text):
        return NotificationVerdict(False, "no event or invitation is announced", 0.7)
    if is_newsletter(msg, text) and not _INVITING.search(text[:20000]):
        return NotificationVerdict(False, "newsletter without an invitation to a dated event", 0.75)
    if _THANKS.search(subject) and _PAST.search(text):
        return NotificationVerdict(False, "thank-you note about a past event", 0.85)
    return EVENT


_NEWSLETTER = re.compile(
    r"\b(?:newsletter|bulletin|digest|boletín|boletim|rundbrief|notiziario|informativo"
    r"|lettre d'information|lettre d'info|infolettre|monthly update|weekly update)\b|نشرة",
    re.IGNORECASE,
)
_INVITING = re.compile(
    r"\b(?:invit\w*|join us|register|registration|rsvp|save the date|will take place|will be held"
    r"|takes place on|aura lieu|se tiendra|inscri\w*|tendrá lugar|se celebrará|regístrese"
    r"|terá lugar|inscreva|anmeld\w*|findet \w* statt|laden \w+ ein|lädt|si terrà|iscriv\w*"
    r"|convoca\w*|convida\w*|convie[rsz]?|convions|convié\w*|приглаша\w*"
    r"|состоится|пройд[её]т|регистрац\w*|(?:tuna|ku|mna|una|wana)(?:wa)?alik\w*"
    r"|(?:i|u|ki|li|ya|zi|vi|wa)tafanyika|\w*jiandikish\w*"
    r"|davet\w*|kayıt\w*|başvur\w*|düzenlenecek\w*|gerçekleştirilecek\w*)\b"
    r"|دعو|التسجيل|سيعقد|تعقد|ستعقد|سيقام|ستقام",
    re.IGNORECASE,
)


def is_newsletter(msg: ParsedMessage, text: str) -> bool:
    """Bulk headers, or a newsletter/bulletin word in the subject or the opening lines."""
    bulk = bool(msg.header("List-Unsubscribe") or msg.header("List-Id"))
    bulk = bulk or (msg.header("Precedence") or "").lower() in ("bulk", "list")
    return bulk or bool(_NEWSLETTER.search(msg.subject) or _NEWSLETTER.search(text[:300]))


def _auto_reply(msg: ParsedMessage, text: str) -> NotificationVerdict | None:
    if _SUBJECT_AUTO.search(msg.subject) or _AUTO_REPLY.search(text[:600]):
        return NotificationVerdict(False, "automatic out-of-office reply", 0.9)
    return None


def _spam(msg: ParsedMessage, text: str) -> NotificationVerdict | None:
    scam_hits = len(_SCAM.findall(text))
    if (_spf_failed(msg) and scam_hits >= 1) or scam_hits >= 3:
        return NotificationVerdict(False, "spam: scam phrasing (and failed sender checks)", 0.9)
    return None


def _delivery_subject(msg: ParsedMessage, text: str) -> NotificationVerdict | None:
    if _DSN_SUBJECT.search(msg.subject) and not msg.calendars:
        return NotificationVerdict(False, "delivery status report (bounce)", 0.85)
    return None


def _no_upcoming(msg: ParsedMessage, text: str, past_dates: int) -> NotificationVerdict:
    if msg.header("List-Unsubscribe") or (msg.header("Precedence") or "").lower() == "bulk":
        return NotificationVerdict(False, "newsletter without a concrete upcoming event", 0.9)
    if _THANKS.search(msg.subject) or (_THANKS.search(text) and _PAST.search(text)):
        return NotificationVerdict(False, "thank-you note about a past event", 0.85)
    if _REPORT.search(msg.subject) and past_dates:
        return NotificationVerdict(False, "report about a past event", 0.85)
    if _QUESTION.search(msg.subject + "\n" + text) or _NO_DATE_YET.search(text):
        return NotificationVerdict(False, "question or plan without a dated event", 0.8)
    return NotificationVerdict(False, "no concrete upcoming event date", 0.7)
