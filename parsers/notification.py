"""Is this mail an event notification at all? Header rules first, then content rules.

Not events: automatic replies (RFC 3834 ``Auto-Submitted``, ``X-Autoreply``, out-of-office
phrasing in en/fr/es/pt/ar), delivery reports (``multipart/report``, mailer-daemon senders), spam
(the filter's verdict, SPF failure with scam phrasing, or enough phishing signals: credential
and payment lures, a personal payee, urgency about money, mismatched links, a sender or link
domain posing as a UN body), bulk newsletters without a concrete
upcoming event, thank-you notes and reports about past events, questions to the secretariat. Each
verdict carries a reason the reviewer can read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.langpacks import notification_pattern, notification_words
from parsers.types import ParsedMessage


@dataclass(frozen=True, slots=True)
class NotificationVerdict:
    is_event_notification: bool
    reason: str
    confidence: float


EVENT = NotificationVerdict(True, "", 0.8)

# the phrases of every language come from the packs' notification section
_AUTO_REPLY = re.compile(rf"\b(?:{notification_words('auto_reply')})", re.IGNORECASE)
_SUBJECT_AUTO = re.compile(rf"^(?:{notification_words('auto_subject')})\b", re.IGNORECASE)
_DSN_SENDER = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon)@", re.IGNORECASE)
_DSN_SUBJECT = re.compile(rf"\b(?:{notification_words('delivery_failure')})\b", re.IGNORECASE)
_SCAM = re.compile(
    r"\b(?:western union|moneygram|processing (?:and clearance )?fee|clearance fee|bank account"
    r"|swift code|beneficiary|lottery|inheritance|wire transfer|release the funds|gift card"
    r"|bitcoin|passport copy|copy of (?:your|director's) passport|within \d+ hours"
    r"|taxa de (?:processamento|desalfandegamento|liberação)|libera(?:r|ção d)os fundos"
    r"|lotaria|loteria|herança|cópia do (?:seu )?passaporte|cart(?:ão|ões) (?:de )?presente"
    r"|tasa de (?:procesamiento|tramitación)|liberar los fondos|lotería|herencia"
    r"|copia de(?:l| su) pasaporte|tarjetas? de regalo|frais de (?:traitement|dossier bancaire)"
    r"|débloquer les fonds|loterie|héritage|copie de (?:votre )?passeport|cartes? cadeaux?)\b",
    re.IGNORECASE,
)
# thank-you, past-event and report words: the language packs' notification section
_THANKS = notification_pattern("thanks")
_PAST = notification_pattern("past")
_REPORT = notification_pattern("report")
_QUESTION = re.compile(rf"\b(?:{notification_words('question')})\b", re.IGNORECASE)
_NO_DATE_YET = re.compile(rf"\b(?:{notification_words('no_date_yet')})\b", re.IGNORECASE)


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
    r"|mesa-redonda|town ?hall|fireside chat|master ?class|webcast"
    r"|formação|formações|ação de formação|ações de formação|curso de formação|colóquio"
    r"|congresso|jornadas|tertúlia|cimeira|sessão de esclarecimento|apresentação"
    r"|congreso|cumbre|presentación|curso de capacitación|formaciones|congrès|formations)\b"
    r"|\b(?:семинар|конференци|встреч|форум|кругл\w* стол|выставк|приглаш|мероприяти"
    r"|вебинар|тренинг|совещани|консультаци|презентаци|регистрац|мастер-класс|лекци"
    r"|брифинг|диалог|заседани|сесси|церемони|фестивал|концерт|слушани)\w*"
    r"|\b(?:çalıştay|toplantı|seminer|konferans|etkinli|sempozyum|atölye|söyleşi|tören"
    r"|davet|kayıt|başvur|eğitim|lansman|sergi|yuvarlak masa|panel|oturum|buluşma|forum"
    r"|webinar|bilgilendirme|zirve)\w*"
    r"|\b(?:запрош|семінар|конференці|вебінар|кругл\w* стіл|круглого столу|тренінг|відбудеться"
    r"|виставк|презентаці|зустріч|реєстрац|діалог|засіданн|сесі|брифінг|майстер-клас"
    r"|обговоренн|слуханн|фестивал|концерт|церемоні|консультаці|лекці)\w*"
    r"|\b(?:mengundang|undangan|lokakarya|diskusi|pelatihan|sosialisasi|konsultasi|pameran"
    r"|peluncuran|pelancaran|akan (?:diselenggarakan|dilaksanakan|diadakan|berlangsung)|acara"
    r"|kegiatan|bengkel|jemputan|menjemput|pendaftaran|konferensi|simposium|sarasehan|rapat"
    r"|pertemuan|temu (?:wicara|ramah|bual)|perayaan|upacara|persidangan|mesyuarat|taklimat"
    r"|kursus|ceramah|pertunjukan|konser|pemutaran film|meja bundar)\b"
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


# newsletter and invitation words: the language packs' notification section
_NEWSLETTER = notification_pattern("newsletter")
_INVITING = notification_pattern("inviting")


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
    if spam_score(msg, text) >= _SPAM_SCORE:
        return NotificationVerdict(False, "spam: phishing or payment lures", 0.85)
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


# Phishing and advance-fee signals, each with a weight; a mail scoring _SPAM_SCORE or more is spam.
# No single weak signal decides: a partner's modest registration fee, a lookalike-looking partner
# domain ('iom-uk.org') or one mismatched link alone keep an event an event.
_SPAM_SCORE = 3.0
_CREDENTIAL_LURE = re.compile(
    r"\b(?:(?:verify|validate|confirm|update|re-?activate|unlock) your (?:e-?mail )?(?:account"
    r"|mailbox|password|credentials|login|identity|webmail)"
    r"|(?:your )?(?:e-?mail )?(?:account|mailbox) (?:will be|has been|is being) (?:suspended"
    r"|deactivated|disabled|closed|deleted|blocked|terminated)"
    r"|(?:enter|provide|re-?enter) your (?:e-?mail )?password|mailbox (?:is )?(?:full|quota)"
    r"|unusual sign-?in activity"
    r"|(?:vérifiez|confirmez|validez|mettez à jour|réactivez) votre (?:compte|mot de passe"
    r"|boîte|identifiant|identité)"
    r"|votre (?:compte|boîte (?:mail|aux lettres|de réception)) (?:sera|a été) (?:suspendu"
    r"|désactivé|supprimé|fermé|bloqué)e?"
    r"|(?:confirmez|vérifiez|validez|saisissez|mettez à jour) vos (?:identifiants|codes d'accès"
    r"|données de connexion)|votre messagerie (?:sera|a été) (?:suspendue|désactivée|supprimée"
    r"|fermée|bloquée)"
    r"|(?:verifique|verifica|confirme|confirma|valide|actualice|actualiza|atualize|reative"
    r"|reactive|introduzca|introduza|insira|ingrese|indique|informe)"
    r" (?:su|tu|sus|tus|(?:a |o |as |os )?(?:sua|seu|suas|seus)) (?:cuenta|contraseña|buzón"
    r"|identidad|credenciales|datos de acceso|conta|senha|palavra-passe|credenciais"
    r"|dados de (?:acesso|login)|caixa de (?:correio|entrada)|e-?mail institucional)"
    r"|(?:su|tu|sua|seu) (?:cuenta|buzón(?: de correo)?|conta|caixa de (?:correio|entrada)"
    r"|correo(?: electrónico)?|e-?mail) (?:será|sera|vai ser|va a ser)"
    r" (?:suspendid|desactivad|cerrad|bloquead|suspens|desativad|encerrad|eliminad)[oa]"
    r"|bestätigen sie ihr (?:passwort|konto)|подтвердите (?:ваш )?(?:пароль|аккаунт|учетн\w+)"
    r"|(?:ваш )?(?:аккаунт|почтовый ящик) будет заблокирован)"
    r"|تأكيد كلمة (?:المرور|السر)|تحقق من حسابك|سيتم (?:إيقاف|تعليق|إغلاق|حظر) (?:حسابك|بريدك)",
    re.IGNORECASE,
)
_PRIZE_LURE = re.compile(
    r"\b(?:claim your (?:prize|reward|winnings|funds|grant|compensation)|you have won"
    r"|réclamez votre (?:prix|gain|lot)|vous avez gagné|reclame su premio|ha ganado"
    r"|resgate (?:o )?seu pr[êé]mio|(?:reclame|receba|levante) (?:o )?seu pr[êé]mio|você ganhou"
    r"|(?:foi|você foi|has sido|ha sido) (?:sortead|premiad)[oa]|reclama tu premio|has ganado"
    r"|vous avez été tirée? au sort|récupérez votre (?:prix|gain|lot))\b",
    re.IGNORECASE,
)
# 'click here to secure your seat': weak alone (partners write it too), adds to a lure
_CLICK_TO_SECURE = re.compile(
    r"\b(?:click here|clique aqui|carregue aqui|haga clic aquí|haz clic aquí|pulse aquí"
    r"|cliquez ici)\W{0,3}(?:to|para|pour) (?:secure|claim|guarantee|confirm|keep|hold|garantir"
    r"|assegurar|confirmar|reservar|asegurar|garantizar|réserver|confirmer|sécuriser)"
    r" (?:your|a sua|o seu|a|o|su|tu|la|el|votre|la) ?(?:seat|spot|place|vaga|lugar|plaza|cupo"
    r"|participação|inscrição|participación|inscripción|participation|inscription)",
    re.IGNORECASE,
)
_PERSONAL_PAYEE = re.compile(
    r"\b(?:payable|paid|transferred|sent|payer|versés?|à verser|pagadero|a pagar|pagável)"
    r" (?:directly )?(?:to|à|a|al|ao|en faveur de) (?:the )?(?:account of )?"
    r"(?:Mr|Mrs|Ms|Miss|Dr|M|Mme|Sr|Sra|Srta|Dra)\b\.?"
    r"|\b(?:transfer|transferência|transferencia|virement|depósito|deposit|pagamento|pago"
    r"|paiement)\b[^.\n]{0,30}?\b(?:to|into|para|a|al|sur|na|no|en) (?:the |a |la |le )?"
    r"(?:account|conta|cuenta|compte) (?:of |do |da |de |del |de la )(?:Mr|Mrs|Ms|Dr|Sr|Sra"
    r"|Srta|Dra|M|Mme)\b\.?"
    r"|\b(?:pix|mb ?way|bizum|nequi|yape)\b[^.\n]{0,40}?(?:\+?\d[\d ]{7,14}\d|\bCPF\b)"
    r"|\b(?:personal (?:bank )?account|private account|compte (?:bancaire )?personnel"
    r"|cuenta (?:bancaria )?personal|conta (?:bancária )?pessoal)\b",
    re.IGNORECASE,
)
_URGENCY = re.compile(
    r"\b(?:urgent(?:e|ly)?|immediately|act now|final notice|last chance|within \d+ (?:hours|h)"
    r"|avant \d+ heures|dans les \d+ heures|immédiatement|dentro de \d+ horas|inmediatamente"
    r"|en las próximas \d+ horas|imediatamente|nas próximas \d+ horas|em \d+ horas"
    r"|en \d+ heures|última oportunidad|última oportunidade|dernière chance)\b|عاجل|فورا",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"(?:\b(?:USD|US\$|EUR|GBP|fee|fees|frais|tarifa|taxa|payment|paiement|pago|pagamento"
    r"|wire|virement|transferencia|transferência|cuota|cotisation|euros?|reais|pix|mb ?way"
    r"|bizum)\b|[$€£]\s?\d|R\$\s?\d)",
    re.IGNORECASE,
)
_ORG_CLAIM = re.compile(
    r"\b(?:UN|IOM|OIM|ONU|UNHCR|HCR|ILO|OIT|OHCHR|UNICEF|UNDP|PNUD)\b"
    r"|\b(?i:united nations|nations unies|naciones unidas|nações unidas"
    r"|international organi[sz]ation for migration|organisation internationale pour les migrations"
    r"|organización internacional para las migraciones|organização internacional para as migrações)"
    r"\b|الأمم المتحدة|المنظمة الدولية للهجرة",
)
_ORG_ACRONYMS = frozenset(
    [
        "un",
        "iom",
        "oim",
        "onu",
        "unhcr",
        "ilo",
        "oit",
        "ohchr",
        "unicef",
        "undp",
        "pnud",
        "unfpa",
        "unodc",
        "unwomen",
        "who",
    ]
)
_OFFICIAL_DOMAINS = frozenset(
    [
        "un.org",
        "iom.int",
        "unhcr.org",
        "ilo.org",
        "ohchr.org",
        "unicef.org",
        "undp.org",
        "unfpa.org",
        "unodc.org",
        "unwomen.org",
        "who.int",
    ]
)
_FREE_MAIL = re.compile(
    r"^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|mail|gmx|yandex"
    r"|protonmail|proton|zoho|qq|163|126)\.",
    re.IGNORECASE,
)
_SECOND_LEVEL = frozenset(["co", "com", "org", "gov", "gob", "go", "ac", "edu", "net", "or", "ne"])
_LINK = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"']([^\"']+)[\"'][^>]*>(.*?)</a\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_URL_TEXT = re.compile(
    r"^\s*(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?\s*$", re.IGNORECASE
)
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)", re.IGNORECASE)
# Mail-security wrappers and mailing services rewrite every link: a mismatch through them is fine.
_REWRITERS = frozenset(
    [
        "outlook.com",
        "urldefense.com",
        "proofpoint.com",
        "mimecast.com",
        "list-manage.com",
        "sendgrid.net",
        "mailchimp.com",
        "mcusercontent.com",
        "hubspotlinks.com",
        "mailgun.org",
        "sparkpostmail.com",
        "rs6.net",
        "google.com",
    ]
)
_SAME_OWNER = (
    frozenset({"forms.gle", "goo.gl", "google.com", "youtube.com", "youtu.be"}),
    frozenset({"zoom.us", "zoom.com", "zoomgov.com"}),
    frozenset({"aka.ms", "microsoft.com", "office.com", "live.com", "sharepoint.com"}),
)


def registrable_domain(host: str) -> str:
    """'mail.iom.int' -> 'iom.int'; 'x.gob.mx' -> 'x.gob.mx' (one label past a second level)."""
    labels = host.lower().strip(".").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _official(domain: str) -> bool:
    return domain.endswith(".int") or domain in _OFFICIAL_DOMAINS


def lookalike_domain(host: str) -> bool:
    """An organisation's acronym as a word of a different registrable domain ('iom-int.org',
    'un-migration.net'), not the organisation's own domain ('migrationnetwork.un.org')."""
    domain = registrable_domain(host)
    if _official(domain):
        return False
    words = re.split(r"[.-]", domain.rsplit(".", 1)[0])
    return any(w in _ORG_ACRONYMS for w in words)


def _sender_signal(msg: ParsedMessage) -> float:
    host = (msg.from_addr or "").rpartition("@")[2]
    if not host:
        return 0.0
    domain = registrable_domain(host)
    if lookalike_domain(host):
        # mimicking an official domain ('iom-int.org', 'un-org.net') is stronger than a partner's
        # name built on an acronym
        mimic = re.search(r"(?:^|[.-])(?:int|org)[.-]", domain) is not None
        return 2.5 if mimic else 1.5
    if _ORG_CLAIM.search(msg.from_name or "") and not _official(domain):
        return 2.0 if _FREE_MAIL.match(host) else 1.5
    return 0.0


def _same_owner(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in _SAME_OWNER)


def mismatched_links(html: str) -> list[str]:
    """The shown domains of links whose visible text is a URL or domain on another site than the
    link goes to."""
    shown_domains: list[str] = []
    for href, inner in _LINK.findall(html[:200000]):
        shown = _URL_TEXT.match(_TAG.sub("", inner))
        target = _HOST.match(href.strip())
        if shown is None or target is None:
            continue
        shown_domain = registrable_domain(shown.group(1))
        target_domain = registrable_domain(target.group(1))
        if target_domain in _REWRITERS or _same_owner(shown_domain, target_domain):
            continue
        shown_domains.append(shown_domain)
    return shown_domains


def _link_signal(html: str) -> float:
    """A link showing one site and going to another; worse when the shown site is a UN body's."""
    shown = mismatched_links(html)
    return 3.0 if any(_official(d) for d in shown) else 2.0 if shown else 0.0


def spam_score(msg: ParsedMessage, text: str) -> float:
    """Sum of phishing and advance-fee signals (credential lures, a personal payee, urgency
    about money, 'click here to secure your seat', mismatched links, a sender claiming a UN name
    from another domain, a lookalike domain, failed SPF), the same in en/fr/es/pt;
    ``_SPAM_SCORE`` or more is spam."""
    head = text[:20000]
    score = 2.0 * min(2, len({m.group().lower() for m in _CREDENTIAL_LURE.finditer(head)}))
    score += 2.0 * bool(_PRIZE_LURE.search(head)) + 2.0 * bool(_PERSONAL_PAYEE.search(head))
    score += min(3, len({m.lower() for m in _SCAM.findall(head)}))
    score += 1.5 * bool(_URGENCY.search(head) and _MONEY.search(head))
    score += 1.0 * bool(_CLICK_TO_SECURE.search(head))
    score += _link_signal(msg.text_html)
    score += max(_sender_signal(msg), 1.5 * _links_lookalike(msg, head))
    return score + 1.0 * _spf_failed(msg)


_URL_HOST = re.compile(r"\bhttps?://(?:[^@/\s]*@)?([a-z0-9.-]+)", re.IGNORECASE)


def _links_lookalike(msg: ParsedMessage, text: str) -> bool:
    hosts = set(_URL_HOST.findall(text)) | set(_URL_HOST.findall(msg.text_html[:200000]))
    return any(lookalike_domain(h) for h in hosts)
