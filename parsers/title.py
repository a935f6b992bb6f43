"""The event's own title: subject noise stripped, or a title-like line of the body when better.

Subject noise: reply/forward prefixes (Re, RE, Fwd, FW, TR, RV, AW, WG, رد), calendar labels
("Invitation:", "Invitación:", "Updated invitation", "Canceled:", "Annulé :"), "Save the date",
Google's "@ date (zone) (address)" suffix, bracketed tags and trailing "(Migration Week ...)"
notes. When the subject is generic (no more than a label and a date), a body line that reads as a
name is preferred: a quoted name, a line just before a "Date:" line, or an HTML heading/bold line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from parsers.gazetteer import city_by_name
from parsers.langpacks import label_words, tail_words


@dataclass(frozen=True, slots=True)
class TitleCandidate:
    text: str
    source: str  # "subject", "body", "calendar", "heading"
    start: int
    end: int
    confidence: float


_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|fwd?|fw|tr|rv|wg|enc|res|r|رد|إعادة توجيه)\s*(?:\[\d+\])?\s*:\s*"
    r"|\[[^\]]{1,40}\]\s*"
    r"|(?:updated |new |nueva |nouvelle )?(?:invitation|invitación|invitacion|convite|convocatoria"
    r"|convocation|invitación actualizada|invitation mise à jour|دعوة|invito|einladung|uitnodiging"
    r"|zaproszenie|приглашение|запрошення|mwaliko|davet(?:iye)?|undangan|jemputan)\s*(?:[:\-–—|]\s*)"
    r"|(?:canceled|cancelled|cancelado|cancelada|annulé|annulée|annulation|cancelación|ملغى)"
    r"\s*(?:event)?\s*[:\-–—|]\s*"
    r"|(?:save the date|r[ée]servez la date|notez la date|reserve la fecha|reserva la fecha"
    r"|guarde a data|reserve a data|salve a data|anote a data|merken sie sich den termin vor"
    r"|bitte vormerken|segna la data|сохраните дату|запишите дату|hifadhi tarehe|tarihi ayırın"
    r"|tarihi kaydedin|catat tanggalnya|simpan tanggal|احجز(?:وا)? (?:الموعد|التاريخ)"
    r"|احفظ(?:وا)? (?:الموعد|التاريخ)"
    r"|reminder|rappel|recordatorio|lembrete|tentative|accepted|accepté|aceptado"
    r"|postponed|reporté|reportée|report|aplazado|aplazada|pospuesto|adiado|adiada"
    r"|rescheduled|reprogramado|reprogramada|reprogramación|reprogrammé|reprogrammée"
    r"|updated|update|mise à jour|actualización|actualizado|atualizado|atualização"
    r"|change of date|changement de date|cambio de fecha|new date|nouvelle date|nueva fecha"
    r"|neuer termin|nova data|nuova data|verschoben|erinnerung|promemoria|correction"
    r"|rectificatif|correcci[oó]n|corre[cç][aã]o|correzione|korrektur|rinviato|rinviata"
    r"|corrigendum|erratum|errata|fe de erratas|rectification|rectificaci[oó]n|retifica[cç][aã]o"
    r"|(?:correction|update|rectificatif|corrección|correção) (?:to|of|de|à|a|al|da|do)"
    r"(?: the| l['’]| la| le| el| a| o)? ?(?:invitation|announcement|annonce|invitación|anuncio"
    r"|convite|an[uú]ncio)"
    r"|change of (?:date|venue|time|location|room)|changement d['e] ?(?:date|lieu|salle|horaire"
    r"|heure)|cambio de (?:fecha|lugar|sede|hora|horario|sala)|mudança de (?:data|local|horário"
    r"|sala)|(?:aviso|avis|nota) de (?:cambio|changement|mudança) de \w+|new (?:venue|time)"
    r"|nouveau lieu|nouvel horaire|nuevo lugar|nueva hora|novo local|novo horário"
    r"|actualizaci[oó]n|actualizada|mis à jour|mise à jour importante)"
    r"\s*[:!\-–—|]\s*"
    r"|(?:urgent|important|fyi|pour info|para información)\s*[:\-–—|]\s*"
    r"|(?:تذكير|إلغاء|الغاء|ملغاة|ملغى|تأجيل|مؤجل|تأجيل موعد|موعد جديد|تحديث|تصحيح|تعديل"
    r"|مكان جديد|تغيير (?:الموعد|المكان|التاريخ))\s*[:\-–—|]\s*)",
    re.IGNORECASE,
)
_GOOGLE_SUFFIX = re.compile(r"\s+@\s+[^@]*\(\s*(?:GMT|UTC|[A-Z]{2,5})[^)]*\).*$")
_TRAIL_NOTE = re.compile(
    r"\s*[\(\[](?:[^()\[\]]*(?:migration week|semana de (?:la )?migraci|semaine des? migrations"
    r"|semana das migraç|online|virtual|hybrid|webinar|reminder)[^()\[\]]*)[\)\]]\s*$",
    re.IGNORECASE,
)
_LABEL_HEAD = re.compile(
    r"^(?:(?:[\w'’ ]{0,40}(?:side event|event|evento|événement|événement parallèle"
    r"|evento paralelo|evento paralelo))\s*[|:–—-]\s*)",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"^(?:invitation|invitación|invitacion|convite|invito|einladung|invite|event|evento|uitnodiging"
    r"|zaproszenie|приглашение|запрошення|mwaliko|davet(?:iye)?|undangan|jemputan|etkinlik"
    r"|мероприятие"
    r"|événement|save the date|concept note|title|titre|t[ií]tulo|titel|titolo|subject|objet"
    r"|asunto|assunto|betreff|oggetto|programme|programm?|programa|programma|programação"
    r"|agenda|ordre du jour|note conceptuelle|nota conceptual|nota concettuale|konzeptpapier"
    r"|دعوة|مذكرة مفاهيمية|migration week(?: \d{4})?(?: event)?"
    r"|semana de la migración"
    r"|semaine des migrations|event announcement|upcoming event|for your calendar|new event"
    r"|(?:friendly |final |last )?reminder|rappel|recordatorio|lembrete|promemoria|erinnerung"
    r"|(?:important )?(?:update|updated|notice|announcement)|mise à jour|actualizaci[oó]n"
    r"|atualiza[cç][aã]o|important|urgent|please note|attention|avis important|aviso importante"
    r"|correction|corrigendum|erratum|errata|rectificatif|rectification|correcci[oó]n"
    r"|fe de erratas|corre[cç][aã]o|retifica[cç][aã]o|correzione"
    r"|(?:change|changes) (?:of|in) (?:date|venue|time|location|programme|program|room)"
    r"|changement d['e] ?(?:date|lieu|salle|horaire|programme)|cambio de (?:fecha|lugar|sede"
    r"|hora|horario|sala|programa)|mudança de (?:data|local|horário|sala|programa)"
    r"|new (?:date|venue|time)|nouvelle date|nouveau lieu|nueva fecha|nuevo lugar|nova data"
    r"|novo local|date change|postponed|postponement|report|reporté|reportée|aplazad[oa]"
    r"|aplazamiento|adiad[oa]|adiamento|cancell?ed|cancell?ation|annul[ée]e?|annulation"
    r"|cancelad[oa]|cancelaci[oó]n|cancelamento"
    r"|تذكير|تصحيح|تحديث|تعديل|موعد جديد|تغيير (?:الموعد|المكان|التاريخ)|إلغاء|تأجيل|هام|عاجل"
    r"|(?:(?:online|virtual|hybrid|in-person)\s+)?(?:side\s+)?(?:event|webinar|workshop|seminar"
    r"|meeting)(?:\s+(?:invitation|online))?|event invitation|invitation to an? \w+ event"
    r"|(?:evento|événement|evento)\s+(?:collaterale|parallèle|paralelo|paralelo|en línea|en ligne"
    r"|online|virtual|híbrido|hybride|ibrido)(?:\s+(?:online|en ligne|en línea|virtual|in linea))?"
    r"|webinaire|webin[aá]rio|workshop|atelier(?: en ligne)?|taller(?: virtual| en línea)?"
    r"|s[ée]minaire|semin[aá]rio|seminario|online-veranstaltung|nebenveranstaltung|veranstaltung"
    r"|invitaci[oó]n a (?:un|el) (?:evento|taller|webinario)"
    r"|(?:annonce|announcement|anuncio|an[uú]ncio|aviso|إعلان)"
    r"(?:\s+(?:d['’]\s*|de |du |of |del |do |da |عن )?(?:une? |an? |el |la |le |l['’]|o |a )?"
    r"(?:atelier|workshop|taller|oficina|webinar"
    r"|webinaire|seminar|séminaire|seminario|seminário|event|événement|evento|forum|foro"
    r"|consultation|consulta|meeting|réunion|reunión|reunião|ورشة|ندوة|فعالية))?)"
    r"[\s\-–—:|]*(?:\d{4})?[\s\-–—:|]*(?:event)?$",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^\s*(?:date|dates|fecha|fechas|data|datas|when|quand|cuándo|التاريخ)\s*[:|]", re.IGNORECASE
)
_QUOTED = re.compile(r"[«“„\"]\s*([^«»“”„\"\n]{4,200}?(?:\n[^«»“”„\"\n]{1,120}?)?)\s*[»”“\"]")


# A subject tail after a dash or bar, or in brackets, made only of status, correction,
# scheduling, relative-day and clock words ("– KORREKTUR DATUM", "| UPDATED TIME", "— Jumamosi
# hii!!", "- amanhã 10h", "(rescheduled)", "[REVISED]") is a note on the mail, not the name.
# status/correction/scheduling words, relative-day and weekday words, and small filler words
# of every language: the packs' title section
_STATUS_WORDS = tail_words("status")
_WHEN_WORDS = tail_words("when")
_TAIL_FILLER = tail_words("filler")
_CLOCK = re.compile(r"\d{1,2}(?:[:.h]\d{2}|h|am|pm|uhr)?", re.IGNORECASE)
_STATUS_TAIL = re.compile(
    r"(?:\s+[-–—|]|\s*[–—|])\s*([^-–—|()\[\]]{2,60})$|\s*[(\[]([^()\[\]]{2,60})[)\]]\s*$"
)


def _status_only(text: str, *, when: bool = False) -> bool:
    """Words that are all status or scheduling words ("time correction", "horário", "nouvel
    horaire", "KORREKTUR DATUM"), with at least one of them: a note, no name. With ``when``,
    relative days, weekdays and clock times count too ("this Saturday!", "amanhã 10h");
    without it a weekday or relative day makes a dateline ("This Friday, 17:30", "Jumamosi
    hii, saa 4"), not a label."""
    words = re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text.lower())
    strong = False
    for word in words:
        clock = _CLOCK.fullmatch(word) is not None and not word.isdigit()
        if word in _STATUS_WORDS or (when and (clock or word in _WHEN_WORDS)):
            strong = True
        elif word in _WHEN_WORDS or (word not in _TAIL_FILLER and not word.isdigit() and not clock):
            return False
    return strong


def _status_tail_off(text: str) -> str:
    """Cut a tail made only of status/scheduling words ("X – KORREKTUR DATUM" -> "X")."""
    m = _STATUS_TAIL.search(text)
    if m is None or not text[: m.start()].strip(" -–—|:"):
        return text
    if not _status_only(m.group(1) or m.group(2), when=True):
        return text
    return text[: m.start()].rstrip(" ,|–—-")


def strip_subject(subject: str) -> str:
    """Remove reply/forward/calendar prefixes and suffix noise from a subject line."""
    text = " ".join(subject.split())
    text = _GOOGLE_SUFFIX.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _PREFIX.sub("", text).strip()
        text = _TRAIL_NOTE.sub("", text).strip()
        text = _status_tail_off(text)
    text = _LABEL_HEAD.sub("", text).strip()
    text = _invitation_to_off(text)
    text = turkish_invited(text) or text
    return text.strip(" -–—|:")


# "Invitation to the Workshop on X", "Приглашение на семинар X", "Mwaliko wa Warsha X": the
# invitation word and its preposition are subject noise when an event word follows.
_INVITE_TO = re.compile(
    r"^(?:invitation|invitación|invitacion|convite|invito|einladung|uitnodiging|zaproszenie"
    r"|приглашение|запрошення|mwaliko|davet|undangan|jemputan|دعوة)\s+(?:(?:to(?: attend| join)?"
    r"(?: the| an?)?|pour|à la|à l['’]|au|aux|à|a la|a los|a las|a|al|para (?:o|a|os|as)|para|ao"
    r"|zu(?:m|r| einem| einer| dem| der)?|alla|all['’]|al|a|na|в|на|до|wa|ya|kwenye"
    r"|(?:ke|untuk|bagi)(?: (?:menghadiri|mengikuti|hadir(?: (?:ke|di|pada))?))?"
    r"|menghadiri|mengikuti|hadir(?: (?:ke|di|pada))?|لحضور|إلى|الى)\s+)?",
    re.IGNORECASE,
)
_KIND_REACH = 3


def _invitation_to_off(text: str) -> str:
    m = _INVITE_TO.match(text)
    if m is None or not m.group(0).strip():
        return text
    rest = text[m.end() :].strip()
    kind = _EVENT_WORD.search(rest)
    if kind is None or len(rest[: kind.start()].split()) >= _KIND_REACH:
        return text
    return rest[:1].upper() + rest[1:]


# Turkish names the invited event before the verb, in the dative: "Göç ve Kent Çalıştayına
# davet", "... Konferansına sizi davet ediyoruz", "... Paneline katılımınızı rica ederiz". The
# name is the event word without its case ending: "Çalıştayına" -> "Çalıştayı", "Konferansa" ->
# "Konferans", "Toplantıya" -> "Toplantı".
_TR_DATIVE_INVITE = re.compile(
    r"(?<=\w)['’]?(?:n|y)?[ae]\s+(?:(?:sizi|sizleri|siz|tüm|değerli)\s+){0,3}"
    r"(?:davet\w*(?:\s+(?:ediyoruz|ederiz|ediyor|eder|etmekten|etmek))?"
    r"|katılım\w*\s+(?:rica\s+eder\w*|bekler\w*))(?!\w)",
    re.IGNORECASE,
)
_TR_EVENT_STEM = re.compile(
    r"(?:çalıştay|calistay|konferans|toplantı|toplanti|seminer|sempozyum|panel|forum|zirve"
    r"|eğitim|egitim|atölye|atolye|webinar|webiner|oturum|etkinli|lansman|sergi|buluşma"
    r"|söyleşi|gösterim|festival|diyalog|istişare|kongre|tören|konser|çalışma)\w*$",
    re.IGNORECASE,
)


def turkish_invited(text: str) -> str | None:
    """The event name before a Turkish "…-(n/y)a davet" ("Göç Çalıştayına davet" -> "Göç
    Çalıştayı"), when the word before the case ending is an event word; else None."""
    for m in _TR_DATIVE_INVITE.finditer(text):
        name = text[: m.start()]
        if _TR_EVENT_STEM.search(name):
            return name
    return None


def is_generic(title: str) -> bool:
    """True when a (stripped) subject carries no event name: a label, maybe with a date."""
    core = re.sub(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?", "", title)
    core = re.sub(r"\s+", " ", core).strip(" -–—|:")
    return len(core) < 8 or bool(_GENERIC.match(core)) or _status_only(core)


@lru_cache(maxsize=16)  # pure; the cascade and title_readings share it
def body_title(text: str) -> TitleCandidate | None:
    """A title-like line in the body: before a "Date:" line, or a quoted name."""
    lines = text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for i, line in enumerate(lines):
        if _DATE_LINE.match(line):
            cand = _line_before(lines, starts, i)
            if cand is not None:
                return cand
    match = _QUOTED.search(text)
    if match and not is_sentence(match.group(1)):
        return TitleCandidate(match.group(1).strip(), "body", match.start(1), match.end(1), 0.6)
    return None


def _line_before(lines: list[str], starts: list[int], i: int) -> TitleCandidate | None:
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j < 0 or not _title_like(lines[j], continued=True) or len(lines[j].split()) < 3:
        return None
    first = j
    while (
        first - 1 >= 0
        and _title_like(lines[first - 1], wrapped=True)
        and min(len(lines[first - 1].split()), len(lines[j].split())) < 6
    ):
        first -= 1  # a title wrapped over two lines
        if j - first >= 1:
            break
    text = " ".join(line.strip() for line in lines[first : j + 1])
    if _lower_start(text):
        return None
    start = starts[first] + (len(lines[first]) - len(lines[first].lstrip()))
    return TitleCandidate(text, "body", start, starts[j] + len(lines[j].rstrip()), 0.75)


def _title_like(line: str, *, wrapped: bool = False, continued: bool = False) -> bool:
    """A line that reads as a name; ``wrapped`` allows the ":" ending a title's first line,
    ``continued`` the lowercase start of its second line."""
    s = line.strip()
    ends = (".", ",", ";", "،", "؛") if wrapped else (".", ",", ";", ":", "،", "؛")
    if not 6 <= len(s) <= 200 or s.endswith(ends) or _label_colon(s) or courtesy(s):
        return False
    words = s.split()
    if _NOT_A_TITLE.search(s) or (_lower_start(s) and not continued) or _FINITE.search(s):
        return False
    return 2 <= len(words) <= 30


# Salutations and sign-offs never name an event, in any language.
_COURTESY = re.compile(
    r"^[\W_]*(?:(?:estimad|querid|prezad|gentil|egregi|sehr geehrt|уважаем|дорог"
    r"|шановн|liebe)\w*"
    r"|dear|hello|hi|greetings|good (?:morning|afternoon)|to whom|ch[eè]re?s?|bonjour|madame"
    r"|monsieur|mesdames|car[oa]s?|cari|hola|buen[oa]s|olá|hallo|guten tag|здравствуйте"
    r"|добрий день|sayın|değerli|merhaba|wapendwa|ndugu|habari|yth|kepada yth|bapak/ibu"
    r"|السيد|السادة|حضرات|الزملاء|الأعزاء|الإخوة|تحية طيبة"
    r"|(?:best|kind|warm|warmest|with best|with kind)? ?regards|sincerely|yours (?:sincerely"
    r"|faithfully|truly)|best wishes|many thanks|thank you|thanks|cheers|(?:bien )?cordialement"
    r"|(?:meilleures|sinc[eè]res|bien [àa] vous|salutations)\b|veuillez agr[ée]er|bien à vous"
    r"|(?:un )?(?:cordial )?saludos?(?: cordiales)?|atentamente|cordialmente|atenciosamente"
    r"|abra[çc]os|(?:melhores )?cumprimentos|mit (?:freundlichen|besten) grüßen|(?:viele|beste)"
    r" grüße|(?:cordiali|distinti) saluti|saluti|с уважением|с наилучшими|з повагою"
    r"|saygılarımızla|saygılarımla|iyi çalışmalar|asante|kwa heshima|hormat (?:kami|saya)"
    r"|terima kasih|salam hormat|مع (?:خالص )?(?:التحية|التحيات|الشكر|التقدير)|وتفضلوا"
    r"|تفضلوا بقبول|تحياتي|تحياتنا|شكرا|وشكرا|مع فائق)(?![^\W\d_])",
    re.IGNORECASE,
)


def courtesy(line: str) -> bool:
    """A salutation ("Dear colleagues", "السادة الشركاء") or a sign-off ("Best regards",
    "Saludos cordiales", "مع التحية", "С уважением", "Saygılarımızla", "Asante")."""
    return bool(_COURTESY.match(line.strip()))


def _label_colon(line: str) -> bool:
    """ "Date: ...", "Lieu :" start a field line; "Table ronde : X" / "Webinar: X" keep their
    colon, which belongs to the printed name (an event word before it)."""
    head = line[:12]
    if ":" not in head:
        return False
    before = line[: line.index(":")]
    return not _EVENT_WORD.search(before) and not short_name_head(before.strip())


# Contact, credit and link lines never name an event ("Ana Ruiz, ana@x.org", "Organised by ...").
_NOT_A_TITLE = re.compile(
    r"\S@\S|https?://|www\.|\+?\d[\d ()-]{7,}\d"
    r"|^(?:(?:co-)?organi[sz]ed by|hosted by|convened by|in (?:collaboration|partnership) with"
    r"|with the support of|supported by|organis[ée]e? par|organizad[oa] por|organizzat[oa] da"
    r"|veranstaltet von|en colaboración con|en collaboration avec|contact|contacto|kontakt"
    r"|tel\b|phone|t[ée]l[ée]phone|for more information|pour plus d'informations"
    r"|para más información|para mais informações|per informazioni)",
    re.IGNORECASE,
)


_SUBJECT_TAIL = re.compile(
    r"\s*(?:[|–—-]\s*[^,|–—-]{0,40})?\s*\((?=[^)]*\d)[^)]{1,40}\)\s*$"
    r"|\s*[|–—-]\s*(?:\d{1,2}(?:er)?\s+\w+(?:\s+\d{4})?|\w+\s+\d{1,2}(?:,\s*\d{4})?)\s*$"
)
_SUBJECT_HEAD = re.compile(
    r"^(?:migration week(?: \d{4})?|semana de (?:la )?migraci[oó]n(?: \d{4})?"
    r"|semaine des migrations(?: \d{4})?|semana das migraç[oõ]es(?: \d{4})?"
    r"|international migrants day(?: \d{4})?|journée internationale des migrants(?: \d{4})?"
    r"|día internacional del migrante(?: \d{4})?|imrf \d{4}|gfmd)\s*(?:event)?\s*[:|–—-]\s*",
    re.IGNORECASE,
)


_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|segunda(?:-feira)?"
    r"|ter[çc]a(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]"
    r"|venerd[iì]|sabato|domenica)"
)
_RELATIVE_TAIL = re.compile(
    r"(?:\s*[,|–—-]\s*|\s+)(?:(?:on|el|le|la|o|a|na|no|am|il|em|en|à|ce|this)\s+)?"
    r"(?:tomorrow|today|tonight|demain|aujourd['’]hui|ce soir|mañana|hoy|amanhã|hoje|morgen"
    r"|heute|domani|oggi|stasera|غدا|غداً|اليوم"
    r"|(?:next|this|prochaine?|cette|ce|pr[óo]xim[oa]|este|esta|n[äa]chste[nr]?|diese[nr]?"
    r"|prossim[oa]|quest[oa])\s+(?:" + _WEEKDAY + r"|week|semaine|semana|woche|settimana)"
    r"|" + _WEEKDAY + r"\s+(?:prochaine?|pr[óo]xim[oa]|prossim[oa]|que vem))\b.*$",
    re.IGNORECASE,
)
# "la ville de demain", "Europa von morgen", "the city of tomorrow": a name, not a date.
_OF = re.compile(r"\b(?:of|de|des|du|d['’]|di|del|della|von|der|do|da|dos|das)\s*$", re.IGNORECASE)
_AT_DATE_TAIL = re.compile(r"\s+@\s+(?=[^@]*\d)[^@]*$")
_PLACE_TAIL = re.compile(
    r"(?:\s+[|–—-]\s+|,\s+)([^|–—\-,]{2,40})(?:,[^|–—]{0,40})?$"
    r"|\s*\|\s*([^|,]{2,40}),[^|]*\d[^|]*$"
)
_CITY_POPULATION = 100_000


def _when_where_off(text: str) -> str:
    """Cut a subject's when/where tail: a relative date ("- next Thursday", "demain à Dakar"),
    "@ <date>", or a city after a dash or bar ("– Dakar", "| Beira, 3 May")."""
    for pattern, words in ((_RELATIVE_TAIL, 1), (_AT_DATE_TAIL, 2)):
        m = pattern.search(text)
        if m and len(text[: m.start()].split()) >= words and not _OF.search(text[: m.start()]):
            text = text[: m.start()].rstrip(" ,|–—-")
    m = _PLACE_TAIL.search(text)
    if m and len(text[: m.start()].split()) >= 2 and _is_city((m.group(1) or m.group(2)).strip()):
        text = text[: m.start()].rstrip(" ,|–—-")
    return text


def _is_city(name: str) -> bool:
    if not name[:1].isupper() or len(name.split()) > 3:
        return False
    place = city_by_name(name)
    return place is not None and (place.population or 0) >= _CITY_POPULATION


def subject_title(subject: str) -> str:
    """The subject without noise, date tails ("(30 Jan)", "- 31 January 2024"), when/where
    tails ("- next Thursday", "demain à Dakar", "– Dakar") or week labels."""
    text = strip_subject(subject)
    text = _when_where_off(text)
    text = _SUBJECT_TAIL.sub("", text).strip()
    text = _SUBJECT_HEAD.sub("", text).strip()
    text = _generic_head_off(text)
    return text.strip(" -–—|:,")


def _generic_head_off(text: str) -> str:
    """ "Invitación y nota conceptual: X" -> "X": a head before a colon made only of labels."""
    head, colon, tail = text.partition(":")
    if not colon or len(tail.split()) < 2:
        return text
    parts = re.split(r"\s+(?:and|y|et|e|und|ed|و)\s+|\s*[&/+,]\s*", head.strip())
    labels = all(p and _GENERIC.match(p) and not _EVENT_WORD.search(p) for p in parts)
    return tail.strip() if labels else text


_LEADS = (" the", " to", " à", " au", " a la", " al", " ao", " à la", " de", " du", " a", " en")
_PRESENTS = (
    " present",
    " presents",
    " présente",
    " présentent",
    " presenta",
    " presentan",
    " apresenta",
    " apresentam",
    " präsentiert",
    " präsentieren",
    " presentano",
    " تقدم",
)


@lru_cache(maxsize=16)  # pure; the cascade and title_readings share it
def _standalone_line(text: str) -> TitleCandidate | None:
    """A one- or two-line paragraph that reads as a name, after an invitation lead-in."""
    for m in re.finditer(r"(?:^|\n\n)([^\n]+(?:\n[^\n]+)?)(?=\n\n|\n?$)", text[:3000]):
        para = _without_field_line(m.group(1))
        joined = " ".join(para.split())
        before = text[max(0, m.start() - 80) : m.start()].strip().lower()
        lead = before.endswith((":", *_LEADS, *_PRESENTS))
        dangling = joined.lower().endswith((*_LEADS, ":")) or len(joined.split()) > 22
        if lead and not dangling and _title_like(joined) and not _DATE_LINE.match(joined):
            return TitleCandidate(joined, "body", m.start(1), m.end(1), 0.7)
    return None


def _without_field_line(para: str) -> str:
    """A paragraph's second line that is a field ("Lugar: ...", "Date: ...") is no part of it."""
    first, newline, second = para.partition("\n")
    return first if newline and _label_colon(second.strip()) else para


@lru_cache(maxsize=16)  # pure; the cascade and title_readings share it
def _after_generic_label(text: str) -> TitleCandidate | None:
    """The name line just under a generic label line ("CONCEPT NOTE", "INVITATION")."""
    for m in re.finditer(r"^([^\n]{3,40})\n([^\n]{6,200})$", text[:4000], re.MULTILINE):
        label, line = m.group(1).strip(), m.group(2).strip()
        if is_generic(label.title()) and _title_like(line) and not is_generic(line):
            return TitleCandidate(line, "body", m.start(2), m.end(2), 0.7)
    return None


def _good_heading(heading: str) -> bool:
    words = heading.split()
    digits = sum(c.isdigit() for c in heading)
    if _ORGANISATION.match(heading) and not _EVENT_WORD.search(heading):
        return False  # "Institute for ..." alone names the host, not the event
    if is_sentence(heading):
        return False
    return len(words) >= 3 and digits <= 4 and not is_generic(heading) and not heading.endswith(".")


_POSSESSIVE_HEAD = re.compile(
    r"^(?:our|its|their|his|her|your|this|next|upcoming|forthcoming|notre|nos|votre|vos|son|sa"
    r"|ses|leurs?|prochaine?|nuestr[oa]s?|vuestr[oa]s?|su|sus|pr[óo]xim[oa]s?|noss[oa]s?|seus?"
    r"|suas?|unser\w*|ihr\w*|nächste\w*|nostr[oa]|su[oa]|prossim[oa])\s",
    re.IGNORECASE,
)
_ORGANISATION = re.compile(
    r"^(?:the |la |le |el |l'|o |a |die |der |das |il |lo )?(?:laborat\w*|institut\w*|universi\w*"
    r"|ministr\w*|minist[eè]re|ministerio|ministério|ministero|ministerium|network|r[ée]seau|red|rede"
    r"|rete|netzwerk|associa\w*|asociaci[oó]n|foundation|fondation|fundaci[oó]n|funda[cç][aã]o"
    r"|fondazione|stiftung|verein|centre|center|centro|zentrum|observator\w*|osservatorio"
    r"|federa\w*|collective|collectif|colectivo|coletivo|department|département|departamento"
    r"|office|bureau|oficina|embassy|ambassade|embajada|embaixada|botschaft|ambasciata|coalition"
    r"|coalici[oó]n|alliance|alianza|union|unión|council|conseil|consejo|secretariat|secr[ée]tariat"
    r"|secretar[ií]a|agency|agence|agencia|programme|program|mission|misi[oó]n|organi[sz]ation"
    r"|organizaci[oó]n|organisation|committee|comit[ée]|vzw|ngo|ong|وزارة|جمعية|شبكة|مركز|منظمة"
    r"|المركز|الشبكة|الجمعية|المنظمة|مرصد|المرصد)\b",
    re.IGNORECASE,
)
_EVENT_WORD = re.compile(
    r"\b(?:forum|foro|fórum|seminar\w*|semin[aá]rio|séminaire|workshop|atelier|taller"
    r"|oficina (?:de|sobre|para)"
    r"|conference|conférence|conferencia|conferência|konferenz|dialogue|di[aá]logo|dialog"
    r"|round ?table|table ronde|mesa redonda|tavola rotonda|webinar\w*|webinaire|consultation"
    r"|consulta|jornada|journée|journee|days?(?!\w)|exhibition|exposition|exposición|exposição"
    r"|ausstellung"
    r"|mostra|festival|launch|lancement|lanzamiento|lançamento|training|formation|formación"
    r"|formação|capacitaci[oó]n|meeting|réunion|reunión|reunião|summit|sommet|cumbre|cimeira"
    r"|panel|session|séance|sesión|sessão|screening|projection|proyección|fair|feria|feira"
    r"|ندوة|ورشة|مؤتمر|حوار|معرض|منتدى|اجتماع|لقاء|جلسة"
    r"|tagung|fachgespräch|veranstaltung|convegno|incontro|seminer|çalıştay|konferans|toplantı"
    r"|warsha|semina|kongamano|mafunzo|lokakarya|pelatihan|diskusi|rapat|bengkel|persidangan"
    r"|mesyuarat|taklimat|pameran|pelancaran|peluncuran|majlis|konferensi|sosialisasi|sarasehan"
    r"|simposium|ceramah|kursus|latihan|temu (?:wicara|ramah|bual)|kuliah umum"
    r"|семинар|вебинар|тренинг|конференци|форум|круглый стол|круглого стола|консультаци|встреч"
    r"|диалог|семінар|вебінар|конференці)",
    re.IGNORECASE,
)


_FROM_LINE = re.compile(
    r"^[ \t>*]*(?:from|de|von|da|van|من|expéditeur|remitente)[ \t]*:[ \t]*\"?([^<\[\n\"]{3,80}?)"
    r"\"?[ \t]*(?:<|\[|$)",
    re.IGNORECASE | re.MULTILINE,
)
_BYLINE_REST = r"(?:\s*[,|–—-]\s*[^\n]{0,80})?"


def sender_names(text: str) -> tuple[str, ...]:
    """The display names of the From lines a text quotes or forwards ("From: Maria Lopez <...>",
    "De : ...")."""
    return tuple(dict.fromkeys(" ".join(n.split()) for n in _FROM_LINE.findall(text[:20000])))


def _without_senders(body: str, senders: tuple[str, ...]) -> str:
    """The body with each line that is only a sender's name ("Maria Lopez", "Maria Lopez,
    Programme Officer") and the lines under it to the paragraph's end (a signature's role and
    office) blanked, offsets kept: the forwarded mail's author and the sender, from the From
    header and the quoted header lines, never name the event."""
    names = {" ".join(n.split()).strip(" \"'") for n in (*senders, *_FROM_LINE.findall(body))}
    names = {n for n in names if len(n.split()) >= 2 and "@" not in n}
    for name in names:
        block = re.compile(
            rf"^[ \t*]*{re.escape(name)}{_BYLINE_REST}[ \t]*$(?:\n[^\n]*\S[^\n]*){{0,6}}",
            re.I | re.M,
        )
        body = block.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), body)
    return body


def choose_title(
    subject: str, body: str, headings: tuple[str, ...] = (), senders: tuple[str, ...] = ()
) -> TitleCandidate | None:
    """The best title (``_choose``) once sender names are blanked from the body and headings."""
    body = _without_senders(body, senders)
    blanked = _without_senders("\n".join(headings), senders).split("\n") if headings else []
    return _choose(subject, body, tuple(h for h in blanked if h.strip()))


def _choose(subject: str, body: str, headings: tuple[str, ...] = ()) -> TitleCandidate | None:
    """The best title, in order: the body's naming sentence when the subject's words are found
    in it (the full printed name in the mail's language, over an attachment's title in another
    language), a "Title:"-labelled line, an HTML heading/bold/large line, a quoted name after an
    invitation verb, a line next to a "Date:" label block, a name under a generic label or after
    a lead-in, a Title Case / ALL CAPS line standing alone near the top; then the cleaned subject
    (unless generic or descriptive), a quoted name anywhere, the generic subject."""
    subj = _subject_name(subject)
    cand = _labelled(body) or _heading(body, headings) or invited_name(body)
    named = subject_named(subj, body)
    if named is not None and (cand is None or not agrees(subj, cand.text)):
        return named
    if cand is None and (_descriptive(subj) or _lower_start(subj)):
        cand = body_title(body) or _display_heading(body)
    for finder in (_before_date_label, _after_generic_label, _standalone_line):
        cand = cand or finder(body)
    if cand is None and (not subj or is_generic(subj)):
        cand = _display_line(body)
    if cand is not None and _POSSESSIVE_HEAD.match(cand.text) and subj and not is_generic(subj):
        cand = None  # "our annual dialogue", "notre prochain atelier": the subject names it
    if cand is not None:
        return cand
    if subj and not is_generic(subj):
        fuller = subject_led(subj, body) or fuller_line(subj, body)
        if fuller is None and len(_content_words(subj)) <= 1:
            fuller = _named_kind(subj, body)  # "oficina", "Forum": the body's full name
        return fuller or TitleCandidate(subj, "subject", 0, len(subject), 0.6)
    cand = quoted_subject(body) or body_title(body) or _named_kind(subj, body)
    cand = cand or invited_phrase(body)
    if cand is not None:
        return cand
    return TitleCandidate(subj, "subject", 0, len(subject), 0.3) if subj else None


def title_readings(
    subject: str, body: str, headings: tuple[str, ...] = (), senders: tuple[str, ...] = ()
) -> Iterator[tuple[str, TitleCandidate]]:
    """Every title finder's reading, as (rule, candidate), lazily and in the order ``_choose``
    trusts them; ``choose_title`` gives the one the rules pick among them."""
    body = _without_senders(body, senders)
    blanked = _without_senders("\n".join(headings), senders).split("\n") if headings else []
    shown = tuple(h for h in blanked if h.strip())
    subj = _subject_name(subject)
    finders: tuple[tuple[str, Callable[[], TitleCandidate | None]], ...] = (
        ("label", lambda: _labelled(body)),
        ("heading", lambda: _heading(body, shown)),
        ("invited_name", lambda: invited_name(body)),
        ("subject_named", lambda: subject_named(subj, body)),
        ("before_date_label", lambda: _before_date_label(body)),
        ("after_generic_label", lambda: _after_generic_label(body)),
        ("standalone_line", lambda: _standalone_line(body)),
        (
            "subject",
            lambda: TitleCandidate(subj, "subject", 0, len(subject), 0.6) if subj else None,
        ),
        ("subject_led", lambda: subject_led(subj, body) if subj else None),
        ("body_title", lambda: body_title(body)),
        ("quoted_subject", lambda: quoted_subject(body)),
        ("invited_phrase", lambda: invited_phrase(body)),
    )
    for rule, finder in finders:
        found = finder()
        if found is not None and found.text.strip():
            yield rule, found


_QUOTED_SUBJECT = re.compile(  # the "Subject:" words come from the language packs
    rf"^[ \t>]*(?:{label_words('subject')})[ \t]*:[ \t]*(\S[^\n]{{3,200}})$",
    re.IGNORECASE | re.MULTILINE,
)


@lru_cache(maxsize=16)  # pure; the cascade and title_readings share it
def quoted_subject(body: str) -> TitleCandidate | None:
    """Under a generic subject ("Re: time correction", "AW: Neue Uhrzeit"), the subject of the
    quoted original's header block when it names the event: a correction that calls the event
    only "the webinar" or "der Workshop" takes the full name from the mail it answers."""
    for m in _QUOTED_SUBJECT.finditer(body[:12000]):
        name = subject_title(m.group(1))
        if name and not is_generic(name) and not is_sentence(name):
            start = m.start(1) + max(m.group(1).find(name), 0)
            return TitleCandidate(name, "body", start, start + len(name), 0.7)
    return None


# A hyphenated format word ("Projection-débat", "Ciné-débat", "Café-rencontre") before a quoted
# name belongs to the printed name.
_COMPOUND_FORMAT = re.compile(r"[^\W\d_]{3,}-[^\W\d_]{3,}")
_SUBJECT_QUOTED = re.compile(r"[«‹“„\"]\s*([^«»‹›“”„\"]{4,160}?)\s*[»›”“\"]")


def _subject_name(subject: str) -> str:
    """The cleaned subject; a quoted name in it ("Webinar «X» – 5 May") is the event's name;
    a sentence ("We are pleased to invite you", "Une erreur s'est glissée :") names nothing."""
    subj = subject_title(subject)
    m = _SUBJECT_QUOTED.search(subj)
    if m and not is_generic(m.group(1)) and not is_sentence(m.group(1)):
        if _COMPOUND_FORMAT.fullmatch(subj[: m.start()].strip()):
            return " ".join(subj[: m.end()].split())  # "Ciné-débat « X »" is the printed name
        return " ".join(m.group(1).split())
    if is_generic(subj):
        return subj
    if _FINITE.search(subj) or subject.rstrip().endswith((":", "：")):
        return ""
    return subj


_FINITE = re.compile(
    r"\b(?:(?:we|i|you|they|it|this|there|he|she)\s+(?:are|am|is|were|was|have|has|had|will"
    r"|would|shall|can|invite|look|hope|want|wish)"
    r"|will (?:take|be|hold|start|open)|takes? place|(?:is|are) (?:pleased|happy|delighted|glad)"
    r"|(?:nous|je|vous|ils|elles|on)\s+(?:sommes|suis|avons|ai|êtes|avez|sont|ont|allons|vous"
    r"|invit\w*|organis\w*|aimerions|souhaitons)|s['’](?:est|sont)\b|c['’]est\b|n['’]est\b"
    r"|aura lieu|se tiendra|a le plaisir|ont le plaisir"
    r"|tenemos el gusto|nos complace|nos es grato|estamos|tendrá lugar|se (?:llevará|realizará"
    r"|celebrará)|(?:les|los|las|te|le) invitamos|ha sido|se ha\b"
    r"|temos o prazer|terá lugar|será realizad\w*|realizar-se-á|acontecerá|gostaríamos"
    r"|convidamos|foi\s|houve"
    r"|wir\s+(?:sind|haben|freuen|laden|möchten|werden)|freuen uns|findet\b.*\bstatt|hat sich"
    r"|siamo lieti|abbiamo|si terrà|avrà luogo|è stat[oa]|vi invitiamo"
    r"|يسرنا|يسعدنا|يشرفنا|سيعقد|ستعقد|نود)",
    re.IGNORECASE,
)


def is_sentence(text: str) -> bool:
    """Text that is a sentence, never a title: a finite verb with its subject ("We are pleased
    to...", "Une erreur s'est glissée", "the training will take place"), a line ending with ':'
    and nothing after it, or one opening with a lowercase word (in a script with case)."""
    s = text.strip()
    return bool(s) and (s.endswith((":", "：")) or _lower_start(s) or bool(_FINITE.search(s)))


def _lower_start(text: str) -> bool:
    """Opens with a lowercase word ("regional workshop on..."); "iDMC", "eLearning" do not."""
    s = text.lstrip(" \t\"'“„«‹([")
    return len(s) >= 2 and s[0].islower() and not s[1].isupper()


_STEM = 5


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in _content_words(text)}


def fuller_line(subject: str, body: str) -> TitleCandidate | None:
    """A capitalised name line of the body that holds all the subject's content words and more:
    the printed form of a short or lowercase subject ("workshop for city councils" ->
    "Training Workshop for City Councils: Welcoming Returnees")."""
    wanted = _stems(subject)
    if len(wanted) < 2:
        return None
    for m in re.finditer(r"^[ \t*•]*([^\n]{8,200})$", body[:4000], re.MULTILINE):
        line = m.group(1).strip()
        if not line[:1].isupper() or not _title_like(line, wrapped=True) or len(line.split()) > 20:
            continue
        have = _stems(line)
        if wanted <= have and len(have) > len(wanted) and not line.endswith(":"):
            return TitleCandidate(line, "body", m.start(1), m.end(1), 0.7)
    return _fuller_quoted(wanted, body) or _fuller_named(wanted, body)


_LINE = re.compile(r"^[ \t*•#>_]*([^\n]{4,200}?)[ \t*_]*$", re.MULTILINE)


@lru_cache(maxsize=16)  # pure; the cascade and title_readings share it
def subject_led(subject: str, body: str) -> TitleCandidate | None:
    """The full printed name that opens with the subject's words: a heading line or "Name:
    subtitle" line ("Travessias" -> "Travessias: Retratos de Quem Chegou"), else a name in prose
    cut to start where the subject does ("... wir laden Sie ein zur Fachkonsultation mit X zur
    Umsetzung Y in Deutschland am 5. März" -> "Fachkonsultation mit X zur Umsetzung Y in
    Deutschland"); a line running on into a sentence, a date or a clock time is no name."""
    head = subject.casefold()
    if len(head) < 4:
        return None
    for m in _LINE.finditer(body[:4000]):
        line = m.group(1).strip()
        rest = line[len(subject) :]
        if not line.casefold().startswith(head) or not re.match(r"\s*[:–—|-]?\s+\w", rest):
            continue
        if re.search(r"\d", rest) or is_sentence(line) or not _name_line(line, rest):
            continue
        if len(line.split()) <= 20 and _content_words(rest):
            return TitleCandidate(line, "body", m.start(1), m.start(1) + len(line), 0.7)
    wanted = _stems(subject)
    for cand in event_names(body):
        at = cand.text.casefold().find(head)
        if at > 0 and wanted < _stems(cand.text[at:]):
            text = cand.text[at:]
            return TitleCandidate(text, "body", cand.start, cand.end, cand.confidence)
    return None


def _name_line(line: str, rest: str) -> bool:
    """A name line: no sentence ending, contact or verb; a subtitle after ':' or a dash opens
    with a capital ("X: Retratos de ..."), not a description ("X: music, food and ...")."""
    sub = re.match(r"\s*[:–—|-]\s*(\S)", rest)
    if sub and not sub.group(1).isupper():
        return False
    words = rest.split()
    for word, after in zip(words, [*words[1:], ""], strict=True):
        if not sub and word[:1].islower() and (len(word) > 3 or not after[:1].isupper()):
            return False  # "X abre as portas", "X is back": the line runs on as a sentence
    named = " ".join(w for w in words if not w[:1].islower()).strip(" ,:–—|-")
    if not sub and _is_city(named):
        return False  # "X in Nairobi": the place, not more of the name
    if line.endswith((".", ",", ";", ":", "،", "؛")) or courtesy(line):
        return False
    return not (_NOT_A_TITLE.search(line) or _FINITE.search(line))


def _named_kind(subject: str, body: str) -> TitleCandidate | None:
    """Under a generic subject ("Annonce atelier", "webinar"), the body's event name in prose;
    of the subject's kind when the subject names one."""
    kinds = _stems(subject)
    for cand in event_names(body):
        if not kinds or kinds & _stems(cand.text) or not _EVENT_WORD.search(subject):
            return cand
    return None


def _fuller_named(wanted: set[str], body: str) -> TitleCandidate | None:
    """An event named in prose holding all the subject's words and more: "nous vous rappelons
    la Consultation des associations de la diaspora sur ..." under "consultation diaspora"."""
    for cand in event_names(body):
        have = _stems(cand.text)
        if wanted <= have and len(have) > len(wanted):
            return cand
    return None


def _fuller_quoted(wanted: set[str], body: str) -> TitleCandidate | None:
    """A quoted name (maybe hard-wrapped) holding all the subject's words and more: "realizaremos
    el “Taller de formación para / concejos: acogida ...”" under "Taller para concejos"."""
    for m in _QUOTED.finditer(body[:4000]):
        name = " ".join(m.group(1).split())
        if not name[:1].isupper() or is_sentence(name) or len(name.split()) > 25:
            continue
        have = _stems(name)
        if wanted <= have and len(have) > len(wanted):
            return TitleCandidate(name, "body", m.start(1), m.end(1), 0.7)
    return None


@lru_cache(maxsize=16)  # pure; the cascade and title_readings share it
def _heading(body: str, headings: tuple[str, ...]) -> TitleCandidate | None:
    for heading in headings:
        if _good_heading(heading) and not _SUBJECT_HEAD.match(heading + " -"):
            name = _unquote(heading)
            pos = body.find(name)
            return TitleCandidate(name, "body", max(pos, 0), max(pos, 0) + len(name), 0.7)
    return None


def _unquote(text: str) -> str:
    """A heading that is only a quoted name loses its quotes."""
    m = _QUOTED.fullmatch(text.strip())
    return " ".join(m.group(1).split()) if m else text


_TITLE_LABEL = re.compile(
    r"^[ \t*•-]*(?:title|event title|event|name of the event|titre|intitulé|événement|evento"
    r"|título|titulo|nombre del evento|titel|veranstaltung|titolo|topic"
    r"|العنوان|الموضوع|عنوان الفعالية)[ \t]*[:：|][ \t]*(\S[^\n]{4,200})$",
    re.IGNORECASE | re.MULTILINE,
)


@lru_cache(maxsize=16)  # pure; the cascade and title_readings share it
def _labelled(text: str) -> TitleCandidate | None:
    """A line labelled "Title:" / "Titre :" / "Título:" / "Titel:" / "Event:" / "العنوان:"."""
    m = _TITLE_LABEL.search(text[:4000])
    if m is None:
        return None
    name = _unquote(m.group(1).strip())
    if not _title_like(name) or is_generic(name):
        return None
    return TitleCandidate(name, "body", m.start(1), m.end(1), 0.8)


_INVITE = re.compile(
    r"(?:invit(?:e|es|ing) you(?: all)?(?: to(?: attend| join)?)?|(?:please )?join us (?:for|at|in)"
    r"|entitled|titled|called|under the title"
    r"|vous invit(?:er|e|ons|ent) (?:à|au|aux)|intitulée?s?"
    r"|(?:vous )?convi(?:e|ent|ons|er) (?:à|au|aux)"
    r"|invitar(?:les|le|te|los|las|vos)? a|(?:los|les|las|te|le) invita(?:mos|n)? a"
    r"|titulad[oa]s?|denominad[oa]s?|bajo el título"
    r"|convid(?:á-los|á-las|ar|amos|a)(?:[ -]\w+)? (?:para|a)|intitulad[oa]|com o tema"
    r"|sie (?:herzlich )?(?:zu[rm]?|ein)\b|laden sie|einzuladen|unter dem (?:titel|motto)"
    r"|mit dem titel|invitar(?:vi|la|ti)? a|vi invitiamo a|invita(?:no)? a|intitolat[oa]"
    r"|dal titolo|دعوتكم (?:إلى|الى|لحضور)|يدعوكم|بعنوان|تحت عنوان"
    r"|приглаша(?:ем|ют|ет)(?: вас)?(?: принять участие)? (?:на|в|во)"
    r"|запрошу(?:ємо|ють)(?: вас)?(?: взяти участь)? (?:на|до|у|в)"
    r"|(?:tuna|wana)wa?alika (?:kwenye|katika|kushiriki)|mengundang (?:bapak/ibu |anda )?"
    r"(?:untuk (?:hadir|menghadiri|mengikuti|berpartisipasi)(?: dalam| pada| di)?|ke|dalam)"
    r"|(?:menjemput|dijemput) (?:(?:tuan/puan|anda|pihak tuan/puan|yb|yang berbahagia) )?"
    r"(?:untuk )?(?:hadir (?:ke|di)|menghadiri|mengikuti|ke))",
    re.IGNORECASE,
)
_INVITE_REACH = 220


@lru_cache(maxsize=16)  # pure; the cascade and title_readings share it
def invited_name(text: str) -> TitleCandidate | None:
    """A quoted, «guillemet», „…“ or “…” name shortly after an invitation verb or a "titled"
    word ("invite you to the photo exhibition "X"", "une journée d'étude intitulée : « X »",
    "invitarles al conversatorio "X"", "Sie zur Eröffnung der Ausstellung „X“ einzuladen")."""
    for verb in _INVITE.finditer(text[:5000]):
        window = text[verb.end() : verb.end() + _INVITE_REACH]
        m = _QUOTED.search(window)
        if m is None or _sentence_end_before(window[: m.start()]):
            continue
        name = " ".join(m.group(1).split())
        if len(name.split()) >= 2 and not _NOT_A_TITLE.search(name) and not _no_name(name):
            start = verb.end() + m.start(1)
            return TitleCandidate(name, "body", start, verb.end() + m.end(1), 0.75)
    return None


def _no_name(text: str) -> bool:
    return is_generic(text) or is_sentence(text)


def _sentence_end_before(gap: str) -> bool:
    return bool(re.search(r"[.!?](?:\s|$)|\n\s*\n\s*\S[^\n]*\n\s*\n", gap))


_DISPLAY_REACH = 1500


def _display_line(text: str) -> TitleCandidate | None:
    """A line in Title Case or ALL CAPS standing alone (blank lines around it) near the top."""
    head = text[:_DISPLAY_REACH]
    for m in re.finditer(r"(?:^|\n\s*\n)[ \t]*([^\n]{8,160})[ \t]*(?=\n\s*\n|\s*$)", head):
        line = m.group(1).strip()
        if _display_case(line) and _title_like(line) and not _not_display(line):
            return TitleCandidate(line, "body", m.start(1), m.end(1), 0.55)
    return None


_RULE = re.compile(r"^[ \t]*[-=_*~─━]{5,}[ \t]*\n[ \t]*([^\n]{8,160}?)[ \t]*$", re.MULTILINE)


def _display_heading(text: str) -> TitleCandidate | None:
    """The name a programme displays: the Title Case / ALL CAPS line just under a rule, or one
    standing alone that holds an event word ("ATELIER RÉGIONAL SUR ...")."""
    for m in _RULE.finditer(text[: _DISPLAY_REACH * 2]):
        line = m.group(1).strip()
        if _display_case(line) and _title_like(line) and not _not_display(line):
            return TitleCandidate(line, "body", m.start(1), m.end(1), 0.6)
    cand = _display_line(text)
    return cand if cand is not None and _EVENT_WORD.search(cand.text) else None


def _not_display(line: str) -> bool:
    return (
        is_generic(line) or courtesy(line) or bool(_DATE_LINE.match(line) or _GREETING.match(line))
    )


_GREETING = re.compile(
    r"^(?:dear|hello|hi|greetings|estimad|querid|cher|chère|bonjour|prezad|caro|cara|gentil"
    r"|sehr geehrte|liebe|hallo|olá|hola|buenos|buenas|saludos|السيد|السادة|تحية)",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "for",
        "and",
        "or",
        "to",
        "at",
        "by",
        "with",
        "from",
        "de",
        "la",
        "le",
        "les",
        "des",
        "du",
        "d",
        "l",
        "el",
        "los",
        "las",
        "del",
        "y",
        "en",
        "et",
        "à",
        "au",
        "aux",
        "da",
        "do",
        "dos",
        "das",
        "e",
        "em",
        "para",
        "por",
        "con",
        "sur",
        "pour",
        "und",
        "der",
        "die",
        "das",
        "für",
        "im",
        "am",
        "zur",
        "zum",
        "von",
        "di",
        "il",
        "lo",
        "gli",
        "per",
        "al",
        "alla",
        "nel",
        "della",
        "delle",
    ]
)


def _display_case(line: str) -> bool:
    """ALL CAPS, or Title Case: most words that are not small words start with a capital."""
    letters = [ch for ch in line if ch.isalpha()]
    if not any(ch.isupper() or ch.islower() for ch in letters):
        return False  # a script without case (Arabic) shows no display case
    if len(letters) >= 6 and all(not ch.islower() for ch in letters):
        return len(line.split()) >= 2
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w.lower() not in _SMALL_WORDS]
    if len(words) < 2:
        return False
    capital = sum(1 for w in words if w[0].isupper())
    return capital >= 0.75 * len(words) and not line.rstrip().endswith((".", ":", ","))


@lru_cache(maxsize=16)  # pure; the cascade and title_readings share it
def _before_date_label(text: str) -> TitleCandidate | None:
    cand = body_title(text)
    return cand if cand is not None and cand.confidence >= 0.75 else None


# ------------------------------------------------------------------ the body's naming sentence

_ARTICLE = re.compile(
    r"^(?:(?:the|our|a|an|la|le|les|el|los|las|al|a la|à la|au|aux|o|os|as|ao|à|do|da"
    r"|der|die|das|dem|den|zur|zum|il|lo|gli|alla|al|nostr[oa]|notre|nuestr[oa]|une|un"
    r"|una|uma|um|ein|eine|einem|einer|einen|uno|its|their|his|her|your|this|these|next"
    r"|upcoming|forthcoming|son|sa|ses|leur|leurs|votre|vos|nos|prochaine?s?|su|sus|seu|sua"
    r"|nuestr[oa]s|vuestr[oa]s?|nosso|nossa|próxim[oa]s?|proxim[oa]s?|ce|cette|este|esta"
    r"|prossim[oa]|nostr[oa]|sein\w*|ihr\w*|unser\w*|nächste\w*)\s+|(?:l|all)['’]\s*)+",
    re.IGNORECASE,
)
_NAME_END = re.compile(
    r"[.!?;](?:\s|$)|\n\s*\n|\s+\(|,\s*(?:which|that|to be held|taking place|qui|que|to|on|le|el"
    r"|du|del|from|de \d|\d|o dia|am|il|che|الذي|التي)\b"
    r"|\s+(?:on|this|next|le|el|em|am|il|du|from|de|del|dal|vom|ce|este|esta|questo|from|pada"
    r"|pd)\s+(?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça"
    r"|quarta|quinta|sexta|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|luned|marted|mercoled|gioved|venerd|sabato|domenica|isnin|senin|selasa|rabu|khamis|kamis"
    r"|jumaa?t|sabtu|ahad|minggu)"
    r"|\s+(?=\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+\d{4})|\s+(?:n[oa]\s+)?dia\s+(?=\d)"
    r"|,?\s+(?:котор(?:ый|ая|ое|ые)|состоится|пройд[её]т|яке|який|відбудеться|tarehe|itakayofanyika"
    r"|pada (?:tanggal|hari)|yang akan)(?!\w)"
    r"|\s+(?:يوم|بتاريخ|في يوم|والذي|والتي|الذي|التي|سيعقد|ستعقد)(?!\w)",
    re.IGNORECASE,
)
_WORD_REST = re.compile(r"\w*['’]?\s*")
_CONTENT_MIN = 3
_AGREEMENT = 0.75


def _content_words(text: str) -> list[str]:
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return [w for w in words if len(w) >= _CONTENT_MIN and w not in _SMALL_WORDS]


def agrees(subject: str, name: str) -> bool:
    """Most (3/4) of the subject's content words are words of ``name``: the subject is (a short
    form of) the event's printed name."""
    wanted = _content_words(subject)
    if len(wanted) < 2:
        return False
    have = set(_content_words(name))
    return sum(1 for w in wanted if w in have) >= _AGREEMENT * len(wanted)


@lru_cache(maxsize=16)  # pure; the cascade and title_readings share it
def subject_named(subject: str, body: str) -> TitleCandidate | None:
    """The name the body gives after an invitation verb ("vous convie à la Table ronde : X",
    "les invita a la Consulta con ... sobre Y."), up to the sentence's end or its date, when the
    subject's words are found in it and it is at least as long as the subject."""
    if not subject or is_generic(subject):
        return None
    for verb in _INVITE.finditer(body[:6000]):
        cand = _phrase_after(body, verb.end())
        if cand is not None and agrees(subject, cand.text) and len(cand.text) >= len(subject):
            return _head_if_subject(subject, cand)
    return None


@lru_cache(maxsize=16)  # pure; the cascade and title_readings share it
def invited_phrase(body: str) -> TitleCandidate | None:
    """The event noun phrase an invitation sentence names, for a generic subject: "يسرنا دعوتكم
    إلى لقاء عبر الإنترنت حول ..." -> "لقاء عبر الإنترنت حول ...", "vous inviter à une séance
    d'information sur X le 18" -> "séance d'information sur X"; an event word must open it."""
    for verb in _INVITE.finditer(body[:6000]):
        cand = _phrase_after(body, verb.end())
        if cand is None or courtesy(cand.text):
            continue
        head = " ".join(cand.text.split()[:_KIND_REACH])
        if _EVENT_WORD.search(head) or _AR_EVENT_WORD.search(head):
            return _capitalised(cand)
    return None


_DETERMINER_BEFORE = re.compile(
    r"(?:^|\s)(?:an?|the|our|its|their|un|une|el|la|le|los|las|um|uma|o|a|notre|nuestr[oa]"
    r"|noss[oa])\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def event_phrase(text: str) -> TitleCandidate | None:
    """An event named in lowercase prose after a determiner ("will take part with a workshop
    on fair recruitment on 11 December" -> "Workshop on fair recruitment"), capitalised."""
    for m in _EVENT_WORD.finditer(text[:_NAME_REACH]):
        lead = _DETERMINER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if lead is None:
            continue
        cand = _phrase_after(text, lead.start())
        if cand is not None and _EVENT_WORD.search(" ".join(cand.text.split()[:_KIND_REACH])):
            return _capitalised(cand)
    return None


def _capitalised(cand: TitleCandidate) -> TitleCandidate:
    """A name read from prose ("peer-learning webinar on X") printed as a title."""
    text = cand.text[:1].upper() + cand.text[1:]
    return TitleCandidate(text, cand.source, cand.start, cand.end, cand.confidence)


def _head_if_subject(subject: str, cand: TitleCandidate) -> TitleCandidate:
    """ "Festival X: music, food and tales of ..." under the subject "Festival X": what follows
    the colon describes the event the subject already names in full. A lowercase run before
    the subject's words ("herzlich ein zur Fachkonsultation mit X ...") is left of the verb."""
    at = cand.text.casefold().find(subject.casefold())
    if at > 0 and _lower_start(cand.text):
        start = cand.start + cand.text.find(cand.text[at:])
        cand = TitleCandidate(cand.text[at:], cand.source, start, cand.end, cand.confidence)
    head, colon, _ = cand.text.partition(":")
    wanted = set(_content_words(subject))
    if not colon or not wanted or not wanted <= set(_content_words(head)):
        return cand
    return TitleCandidate(head.strip(), cand.source, cand.start, cand.start + len(head), 0.8)


def _phrase_after(body: str, pos: int) -> TitleCandidate | None:
    window = body[pos : pos + 260]
    lead = len(window) - len(window.lstrip())
    if lead == 0:  # the verb matched inside a contraction: "invita a|l Taller"
        lead = _WORD_REST.match(window).end()  # type: ignore[union-attr]
    article = _ARTICLE.match(window[lead:])
    lead += article.end() if article else 0
    end = _NAME_END.search(window, lead)
    raw = window[lead : end.start() if end else len(window)]
    name = " ".join(raw.split()).strip(' ,:–—-"“”«»„')
    if not 2 <= len(name.split()) <= 25 or _NOT_A_TITLE.search(name) or _FINITE.search(name):
        return None
    start = pos + lead
    return TitleCandidate(name, "body", start, start + len(raw.rstrip()), 0.8)


_DESCRIPTIVE = re.compile(
    r"\b(?:our|your|we|you|us|next week|upcoming|this (?:week|month)|nos|notre|votre|vos|nous"
    r"|vous|nuestr[oa]s?|vuestr[oa]s?|nosso|nossa|vosso|unser\w*|ihr\w*|nostr[oa]|vostr[oa]"
    r"|próxim[oa]|prochaine?|prossim[oa]|nächste\w*)\b",
    re.IGNORECASE,
)


def _descriptive(subject: str) -> bool:
    """A subject that talks about the event ("Join us at our next dialogue") names nothing."""
    return bool(_DESCRIPTIVE.search(subject))


# ------------------------------------------------------------------ an event named in prose

_CAP_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NAME_REACH = 4000


def event_name(text: str) -> TitleCandidate | None:
    """The first event noun phrase the text names in prose: a capitalised event word ("...will
    hold a Workshop on Fair Recruitment on 11 December", "organizará el Foro Regional sobre ...")
    or one in a script without case ("ورشة عمل حول ..."), with the capitalised words just before
    it ("Regional Forum"), up to the name's end (a date, a relative day, a comma clause, the
    sentence end)."""
    return next(event_names(text), None)


def event_names(text: str) -> Iterator[TitleCandidate]:
    """Every event noun phrase of ``event_name``, in text order."""
    words = sorted(
        [*_EVENT_WORD.finditer(text[:_NAME_REACH]), *_AR_EVENT_WORD.finditer(text[:_NAME_REACH])],
        key=lambda m: m.start(),
    )
    for m in words:
        if m.group(0)[0].islower():
            continue
        start = _short_name_before(text, _capitalised_lead(text, m.start()))
        end = _NAME_END.search(text, m.start(), m.start() + 260)
        raw = text[start : end.start() if end else min(len(text), m.start() + 260)]
        raw = raw.split("\n\n", 1)[0]
        for stop in (_PREDICATE, _RELATIVE_WORD):
            found = stop.search(raw)
            raw = raw[: found.start()] if found else raw
        raw = turkish_invited(raw) or raw
        article = _LEAD_ARTICLE.match(raw)
        if article and article.end() < len(raw):
            start, raw = start + article.end(), raw[article.end() :]
        name = " ".join(raw.split()).strip(' ,:–—-"“”«»„')
        if len(_content_words(name)) < 2 or len(name.split()) > 25:
            continue
        if _NOT_A_TITLE.search(name) or is_sentence(name):
            continue
        yield TitleCandidate(name, "body", start, start + len(raw.rstrip()), 0.65)


_LEAD_ARTICLE = re.compile(
    r"^(?:(?:the|our|their|a|an|la|le|les|el|los|las|o|os|as|il|lo|die|der|das|une?|nuestr[oa]"
    r"|notre|nossa|nosso)\s+|l['’])",
    re.IGNORECASE,
)
# an Arabic event word, maybe after a proclitic ("بورشة", "لندوة")
_AR_EVENT_WORD = re.compile(
    r"(?:^|(?<=\s)|(?<=\s[بلوفك]))(?:ورشة|ندوة|مؤتمر|حوار|معرض|منتدى|اجتماع|لقاء|جلسة)"
)
# what the sentence says of the event ends its name ("X takes place", "X prévue le", "X التي")
_PREDICATE = re.compile(
    r"[,\s]+(?:takes? place|will (?:take place|be held|run|start|open)|is (?:held|cancell?ed"
    r"|postponed|scheduled)|has been|was|planned for|scheduled for|due to|aura lieu|se tiendra"
    r"|se déroulera|est (?:annulée?|reportée?|prévue?)|a été|prévue?s?|programmée?s?"
    r"|tendrá lugar|se (?:celebrará|realizará|llevará a cabo)|ha sido|queda|previst[oa]s?"
    r"|programad[oa]s?|terá lugar|será realizad\w*|foi|agendad[oa]s?|marcad[oa]s?"
    r"|(?:beginnt|startet|findet|endet|wird|ist) (?:um|am|ab|statt|nun|jetzt|erst|bereits)"
    r"|commencera|débutera|empezará|comenzará|começará|iniciará|will begin|now starts"
    r"|(?:commence|débute|empieza|comienza|começa|inicia|starts|begins) (?:à|a las|a la|às|at))"
    r"(?!\w)"
    r"|\s+(?:التي|الذي|كانت|سيعقد|ستعقد|تعقد)(?!\w)"
    r"|\s+(?:düzenlenecek|düzenlen(?:di|miştir|mektedir)|gerçekleştirilecek|gerçekleştiril(?:di"
    r"|miştir|mektedir)|yapılacak|yapıl(?:dı|mıştır|maktadır)|iptal edil|ertelen)\w*",
    re.IGNORECASE,
)
# a relative day ends a name written in prose ("the Workshop on X tomorrow at 10:00")
_RELATIVE_WORD = re.compile(
    r"[,\s]+(?:(?:this|ce|cette|este|esta)\s+)?(?:tomorrow|today|tonight|demain|aujourd['’]hui"
    r"|ce soir|mañana|hoy|amanhã|hoje|morgen|heute|domani|oggi)\b|\s*(?:غدا|غداً|اليوم)(?!\w)",
    re.IGNORECASE,
)


# "MIGFEST 2026: Festival of ...", "IMRF: Regional Review ...": a short name or acronym before a
# colon is part of the printed name; a label ("Date:", "Event:", "Invitation:") is not.
_SHORT_NAME = re.compile(
    r"(?:^|(?<=[\s(]))((?:[A-Z][A-Z0-9&-]{2,}|[A-Z][\w&-]*\d{2,4})"
    r"(?:[ \t]+(?:[A-Z][A-Z0-9&-]+|\d{4}))*)"
    r"[ \t]*:[ \t]*$"
)
_SHORT_LABEL = re.compile(
    r"(?:date|dates|time|venue|lieu|lugar|local|where|when|rsvp|note|nb|ps|tel|email|zoom|link"
    r"|url|contact|agenda|programme|program|programa|theme|thème|tema|topic|title|titre|título"
    r"|subject|objet|asunto|format|mode|address|deadline|new|update|updated|correction|reminder"
    r"|urgent|important|fyi|event|evento|invitation)\b",
    re.IGNORECASE,
)


def short_name_head(head: str) -> bool:
    """ "MIGFEST 2026", "IMRF", "GFMD 2025": a name or acronym, not a label ("DATE", "NEW")."""
    m = _SHORT_NAME.search(head + ":")
    if m is None or m.start(1) != 0:
        return False
    return not _SHORT_LABEL.match(head) and not _GENERIC.match(head)


def _short_name_before(text: str, start: int) -> int:
    line_start = text.rfind("\n", 0, start) + 1
    m = _SHORT_NAME.search(text, line_start, start)
    if m is None or not short_name_head(m.group(1)):
        return start
    return m.start(1)


# a lowercase "and" between capitalised words stays in a name ("Göç ve Kent Çalıştayı")
_TR_PLACE_CASE = re.compile(r"['’](?:d|t)[ae]n?$")
_NAME_JOINERS = frozenset(("ve", "ile", "dan", "and"))


def _capitalised_lead(text: str, pos: int) -> int:
    """Start of the run of capitalised words (on the same line) that ends at ``pos``."""
    line_start = text.rfind("\n", 0, pos) + 1
    words = list(_CAP_WORD.finditer(text, line_start, pos))
    start = pos
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if text[w.end() : start].strip():
            break
        if _TR_PLACE_CASE.search(w.group(0)):  # "İstanbul'da Göç Konferansı": a place, not a name
            break
        if not w.group(0)[0].isupper():
            joined = i > 0 and w.group(0) in _NAME_JOINERS and words[i - 1].group(0)[0].isupper()
            if not (joined and start < pos):
                break
        start = w.start()
    return start


def same_event_name(name: str, text: str) -> bool:
    """Half or more of the name's content words occur in ``text``: the same event."""
    wanted = _content_words(name)
    have = set(_content_words(text))
    return bool(wanted) and sum(1 for w in wanted if w in have) >= 0.5 * len(wanted)
