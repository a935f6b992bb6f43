"""The organising entity of an event block, read from the most explicit source first.

    labelled line or table cell ("Organizer:", "Organisé par", "Veranstalter |", "الجهة المنظمة:")
    > "organised by / hosted by / convened by / organisé conjointement par / convocado por /
      promovido por / organizzato da / veranstaltet von / تنظمه / تستضيفه" inline
    > the introduction sentence ("X and Y are pleased to invite", "X a le plaisir de",
      "X tiene el agrado de", "X tem o prazer de", "X freut sich", "X è lieta di", "يسر X")
      when it names an entity word
    > calendar ORGANIZER CN (an entity, not a person's name or mailbox) / schema.org organizer
    > a weaker introduction > NER organisations in that sentence
    > the organisation line of the closing block
    > the sender's signature (never for a forward: that is the forwarder); these two only when
      the mail speaks as the event's holder ("we are organising", "our workshop", "nous vous
      invitons", "lamentamos informar"): a note passing an event on leaves the organiser blank
    > an agency acronym in the event's heading ("UNHCR briefing on ...") or the office the
      calendar LOCATION names ("IOM Office, Kampala"), at low confidence.

Co-organisers ("in collaboration with", "en collaboration avec", "en colaboración con", "em
parceria com", "in Zusammenarbeit mit", "in collaborazione con") are joined with the mail's own
"and". A street address, an e-mail address, a person's name or a role ("Secretariat of the") is
never returned as the organiser, nor is a clause ("X, will take place", "يسعدنا دعوتكم"), a
place phrase ("Hosted at the Y"), a labelled field line of the closing block ("Lugar: Y") or
a hotel, hall or room there; acronyms in parentheses stay with the name.

Every candidate passes one last check (``vetted``) before it is returned, and a failed one gives
way to the next source: no date, weekday, clock time, link, stray bracket (the name after one is
kept: "2026), la Red X" -> "Red X"), part of more than 14 words, sentence verb, room with its
number or leading preposition; not the event's own heading or an ALL-CAPS banner; unless a label
or "organised by" says so, no umbrella occasion ("Migration Week", "IMRF", a forum the mail holds
events on the margins of); a bare acronym is written out as the mail writes it elsewhere
("HAMREC" -> "Full Name (HAMREC)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from parsers.langpacks import organizer_words
from parsers.title import strip_subject
from parsers.types import Block, Evidence, FieldValue, Sources

MAX_WORDS = 24
# Confidence by source, so the review queue shows the weakest readings first: a labelled line or
# "organised by" says it outright; a calendar ORGANIZER or schema.org organizer is structured
# but often the sender's office; an introduction ("X is pleased to invite") names it in prose;
# NER guesses; a signature counts only when the mail speaks as the holder; a heading's acronym
# or the calendar LOCATION's office is a last resort; a blank is lowest.
EXPLICIT, STRUCTURED, INTRODUCED, SIGNED, NER, FALLBACK, BLANK = 0.9, 0.85, 0.8, 0.6, 0.5, 0.4, 0.3

_AND = organizer_words().and_words  # per language, from the packs (parsers/lang)


def _fv(
    value: str | None,
    conf: float,
    part: str = "",
    span: tuple[int, int] | None = None,
    method: str = "",
) -> FieldValue:
    """The field, its name tidied (see ``tidy``); nothing left is no organiser."""
    value = tidy(value) if value else None
    if not value:
        return FieldValue(None, BLANK, None)
    evidence = Evidence(part, span[0], span[1], method) if part and span is not None else None
    return FieldValue(value, conf, evidence)


_ROLE_TAIL = re.compile(
    r"(?:\s*\((?:the |les |los |las |as |os |die |gli )?(?:co-?)?(?:organi[sz]ers?|hosts?"
    r"|organisateurs?|organisatrices?|organizador(?:es|as?)?|organizzator[ei]|veranstalter"
    r"|anfitri[oó]n(?:es)?|convene?rs?|convenors?|secretariat|secrétariat|secretar[ií]a)\)"
    r"|,\s*(?:the |le |la |el |a |o )?(?:secretariat|secrétariat|secretar[ií]a(?: técnica)?"
    r"|segreteria|sekretariat|organi[sz]ing (?:committee|team)|comité d'organisation"
    r"|comité organizador|(?:communications? )?team|équipe|equipo(?: técnico)?|equipe|staff"
    r"|الأمانة|أمانة))$",
    re.IGNORECASE,
)
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Ltd|Ltda|Co|Corp|Bros|Cía|Cia|St|Jr|Sr|Av|Dr)\.)$"
)
_QUOTES = '"“”«»„'


def _unquote(name: str) -> str:
    """'"X Network"' -> 'X Network'; an unmatched quote at either end goes; '«A» y «B»' stays."""
    inner = name[1:-1]
    wrapped = len(name) > 2 and name[0] in _QUOTES + "‘'" and name[-1] in _QUOTES + "’'"
    if wrapped and not any(q in inner for q in _QUOTES + "‘’"):
        return inner
    opening, closing = sum(name.count(q) for q in "“«„"), sum(name.count(q) for q in "”»")
    if (name[-1:] in "”»" and closing > opening) or (name[-1:] == '"' and name.count('"') % 2):
        name = name[:-1]
    if (name[:1] in "“«„" and opening > closing) or (name[:1] == '"' and name.count('"') % 2):
        name = name[1:]
    return name


def tidy(name: str) -> str:
    """A name as the calendar prints it: whitespace and line breaks collapsed; no trailing
    period (but 'S.A.', 'Inc.'), comma, colon or stray quote; no role tail that is not part of
    the name ('X (the organisers)', 'X, Secretariat'): "Ayuntamiento de Madrid." -> "Ayuntamiento
    de Madrid"."""
    s = " ".join(name.split())
    for _ in range(3):
        before = s
        s = _ROLE_TAIL.sub("", s.strip(" ,;:–—-/|·•"))
        s = _unquote(s).strip()
        if s.endswith(".") and not _ABBREVIATION_END.search(s):
            s = s[:-1]
        if s == before:
            break
    return s


# ------------------------------------------------------------------------------ what a name is

ORG_WORD = re.compile(
    r"\b(?:IOM|OIM|ILO|OIT|UN[A-Z]*|Office|Ministry|Minist[eéè]re|Ministerio|Ministério|Ministero"
    r"|Ministerium|Secretariat|Secrétariat|Secretaría|Secretaria|Segreteria|Organi[sz]ation"
    r"|Organización|Organização|Organizzazione|University|Université|Universidad|Universidade"
    r"|Università|Universität|Hochschule|Council|Conseil|Consejo|Conselho|Consiglio|Rat"
    r"|Commission|Comisión|Comissão|Commissione|Kommission|Bureau|Oficina|Escritório|Ufficio|Büro"
    r"|Ayuntamiento|Municipality|Municipalité|Municipalidad|Municipio|Comune|Stadt|Gemeinde"
    r"|Mairie|Alcaldía|Prefeitura|Network|Réseau|Red|Rede|Rete|Netzwerk|Association|Asociación"
    r"|Associação|Associazione|Verein|Verband|Centre|Center|Centro|Zentrum|Foundation|Fundación"
    r"|Fundação|Fondation|Fondazione|Stiftung|Institute|Institut|Instituto|Istituto|Mission"
    r"|Embassy|Ambassade|Embajada|Embaixada|Forum|Foro|Fórum|Union|Unión|União|Federation"
    r"|Federación|Federação|Fédération|Federazione|Confederation|Alliance|Alianza|Aliança"
    r"|Allianz|Agency|Agence|Agencia|Agência|Agenzia|Department|Departamento|Dipartimento"
    r"|Committee|Comité|Comitê|Comitato|Coalition|Coalición|Coalizão|Platform|Plataforma"
    r"|Plateforme|Piattaforma|Ajuntament|Câmara|City of|Ville de|Government|Gouvernement"
    r"|Gobierno|Governo|Regierung|Collective|Collectif|Colectivo|Coletivo|Collettivo|Kollektiv"
    r"|Observatory|Observatoire|Observatorio|Observatório|Osservatorio|Lab|Laboratory"
    r"|Laboratoire|Laboratorio|Programme|Program|Programa|Programma|Project|Projet|Proyecto"
    r"|Projeto|Progetto|Initiative|Iniciativa|Iniziativa|Initiative|Society|Société|Sociedad"
    r"|Sociedade|Società|Gesellschaft|Trust|Fund|Fonds|Fondo|Coordination|Coordinación"
    r"|Coordenação|Group|Groupe|Grupo|Gruppo|Partnership|Consortium|Consorcio|Cooperative"
    r"|Coopérative|Cooperativa|Genossenschaft|Chamber|Chambre|Cámara|Camera|Kammer|Authority"
    r"|Autorité|Autoridad|Autoridade|Autorità|Behörde|Amt|Caritas|Cruz Roja|Croix-Rouge"
    r"|Red Cross|Red Crescent|Croce Rossa|Rotes Kreuz|Library|Bibliothèque|Biblioteca|Museum"
    r"|Musée|Museo|Museu|Theatre|Théâtre|Teatro|Theater|Hub|Albergue|Refugio|Shelter"
    r"|Pastoral"
    r"|(?:ال)?(?:شبكة|جمعية|منظمة|وزارة|مركز|معهد|جامعة|مرصد|لجنة|مجلس|مكتب|اتحاد|مؤسسة|هيئة"
    r"|منتدى|رابطة|برنامج|مبادرة|بلدية|سفارة|بعثة|تحالف|منصة|مفوضية|أمانة)"
    r"|Consulate|Consulat|Consulado|Konsulat"
    r"|Derne(?:k|ği)|Vakf?ı|Bakanlığı|Belediyesi|Üniversitesi|Merkezi|Ağı|Platformu|Federasyonu"
    r"|Konfederasyonu|Birliği|Enstitüsü|Komitesi|Konseyi|Ofisi|Müdürlüğü|Başkanlığı|Kurumu"
    r"|Sendikası|Koalisyonu|İttifakı|Ajansı|Programı|Sekretaryası|Büyükelçiliği"
    r"|Министерств\w*|Ассоциаци\w*|Сет[ьи]|Союз\w*|Фонд\w*|Центр\w*|Институт\w*|Университет\w*"
    r"|Комитет\w*|Совет\w*|Агентств\w*|Федераци\w*|Альянс\w*|Коалици\w*|Организаци\w*"
    r"|Управлени\w*|Офис\w*|Программ\w*|Секретариат\w*|Бюро|Представительств\w*|Посольств\w*"
    r"|Администраци\w*|Объединени\w*|Движени\w*|Wizara|Mtandao|Chama|Shirika|Baraza|Ofisi"
    r"|Chuo|Taasisi|Kituo|Muungano|Umoja|Jumuiya|Kamati|Mfuko|Tume|Sekretarieti|Halmashauri"
    r"|Mamlaka|Ubalozi|Kementerian|Jaringan|Asosiasi|Perkumpulan|Yayasan|Dewan|Kantor|Universitas"
    r"|Lembaga|Pusat|Komite|Komisi|Badan|Serikat|Federasi|Aliansi|Koalisi|Sekretariat|Pemerintah"
    r"|Dinas|Konsorsium|Kedutaan)\b"
)
_ACRONYM = re.compile(r"\b[A-Z][A-Z&-]{1,9}\b")
_STREET = re.compile(
    r"\b(?:\d{1,5}[a-z]?\s+(?:[A-Z][\w'-]*\s+){0,4}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard"
    r"|Blvd|Lane|Drive|Way|Square|Place)\b|(?:Rua|Avenida|Av\.|Calle|Carrera|Rue|Boulevard"
    r"|Via|Viale|Piazza|Corso|Plaza|Paseo|Praça|Travessa|Largo|Ronda|Camino|Chemin|Allée)\s+\S+"
    r"|\w+(?:straße|strasse|str\.|weg|platz|gasse|allee)\s+\d"
    r"|\b\d{4,5}\s+[A-Z][a-z]+|P\.?O\.? Box|B\.?P\.? \d|شارع|\bCP\s*\d)",
)
_CONTACT = re.compile(r"@|https?://|www\.|\+?\d[\d ().-]{7,}\d|\b(?:tel|phone|fax|tél)\b", re.I)
_PERSON_TITLE = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Mme|M|Dra|Herr|Frau|Sig|Dott|Lic|Ing)\.?\s", re.IGNORECASE
)
_ROLE = re.compile(
    r"^(?:(?:the\s+)?(?:secretariat|team|staff|organi[sz]ing committee|communications? team|office)"
    r"\s+(?:of|at|for)\s+(?:the\s+)?"
    r"|(?:le |la |l')?(?:secrétariat|équipe|service)\s+(?:du|de la|de l'|des|de)\s*"
    r"|(?:la |el )?(?:secretaría|equipo(?: técnico)?|coordinación|oficina)"
    r"\s+(?:del|de la|de los|de)\s+"
    r"|(?:a |o )?(?:secretaria|equipe|coordenação)\s+(?:do|da|dos|das|de)\s+"
    r"|(?:la )?(?:segreteria|squadra)\s+(?:del|della|dello|dei|delle|di)\s+"
    r"|(?:das |die |der )?(?:sekretariat|team|geschäftsstelle)\s+(?:des|der|von)\s+"
    r"|(?:أمانة|فريق)\s+)",
    re.IGNORECASE,
)


def looks_like_person(name: str) -> bool:
    """ "Valentina Soto", "Dr. A. Rahman": two to four capitalised words naming no entity."""
    if _PERSON_TITLE.match(name):
        return True
    words = name.replace(".", " ").split()
    if not 2 <= len(words) <= 4 or ORG_WORD.search(name) or _ACRONYM.search(name):
        return False
    lowered = {"de", "da", "del", "van", "von", "der", "di", "dos", "la", "le", "bin", "al"}
    return all(not w[:1].islower() or w.lower() in lowered for w in words)


_CLAUSE = re.compile(
    r"\b(?:will|would|shall|is|are|was|were|has been|have been|take[sn]? place|taking place"
    r"|(?:be|being) held|look forward|invites?|invited|join us|please|se (?:realizará|llevará"
    r"|celebrará|tendrá|hará|desarrollará|realiza|lleva)|tendrá lugar|aura lieu|se tiendra|sera"
    r"|seront|terá lugar|será|serão|realiza-se|decorrerá|findet|statt|si terrà|avrà luogo"
    r"|sarà)\b|(?:^|\s)(?:يسعدنا|يسرنا|دعوتكم|ندعوكم|سيعقد|ستعقد|تعقد|يعقد|يقام|تقام|ستقام"
    r"|سيقام|يوم)(?:\s|$)|\b\d{1,2}[:h]\d{2}\b",
    re.IGNORECASE,
)
_HELD_AT = re.compile(
    r"^(?:(?:hosted|held|located|taking place)\s+)?(?:at|in|inside|en|dans|à|au|aux|no|na|nos"
    r"|nas|em|im|presso|nel|nella|all[ao]|في)\s",
    re.IGNORECASE,
)


def is_clause(name: str) -> bool:
    """ "X, will take place", "يسعدنا دعوتكم إلى ...", "Hosted at the Y": a clause or a place
    phrase, not a name."""
    return bool(_CLAUSE.search(name) or _HELD_AT.match(name))


def is_organisation(name: str) -> bool:
    """Usable as an organiser: not empty, not an address, a mailbox, a person, a clause or a
    fragment of prose."""
    name = name.strip()
    if len(name) < 3 or len(name.split()) > MAX_WORDS or _CONTACT.search(name):
        return False
    if _STREET.search(name) or looks_like_person(name) or is_clause(name) or is_fragment(name):
        return False
    return not name[0].islower() and not is_garbage(name)


_GREETING = re.compile(
    r"^(?:hi|hello|dear|hey|greetings|bonjour|chers?|chères?|hola|estimad[oa]s?|queridos?|olá"
    r"|caros?|prezad[oa]s?|liebe|hallo|cari|care|salve|уважаем\w*|здравствуйте|merhaba|sayın"
    r"|değerli|habari|wapendwa|halo|yth|rekan|السلام|الزملاء|أعزائي)\b",
    re.IGNORECASE,
)
_CONNECTORS = organizer_words().connectors  # "Ministère de la Santé": from the packs


def is_fragment(name: str) -> bool:
    """ "Con mucho gusto les compartimos", "Hi all, Sharing the": a greeting, or prose with
    lowercase words and no entity word or acronym, is no name."""
    if _GREETING.match(name):
        return True
    if _ARABIC_SCRIPT.search(name) or ORG_WORD.search(name) or _ACRONYM.search(name):
        return False
    words = [w.strip(",;:()\"'«»“”") for w in name.split()]
    lower = [w for w in words if w[:1].islower() and w.lower() not in _CONNECTORS]
    return len(lower) >= 2 or (len(words) > 1 and words[-1] in lower)


_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_ARTICLES = organizer_words().articles  # "la", "notre": from the packs
_SENTENCE_END = re.compile(r"[,;:.!?]$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _core(token: str) -> str:
    return token.strip(",;:.!?\"'«»“”()[]")


def _capital(word: str) -> bool:
    return word[:1].isupper() or bool(_ACRONYM.fullmatch(word))


def _extends(tokens: list[str], j: int, head: str) -> bool:
    """Token j goes on the name begun at ``head``: a capitalised word, a connector between
    name words, a parenthesised acronym, or a Russian genitive after an entity word
    ("Ассоциация мигрантов")."""
    word = _core(tokens[j])
    if _capital(word) or re.fullmatch(r"\([A-Z][\w&-]{1,12}\)[,;:.]?", tokens[j]):
        return True
    nxt = _core(tokens[j + 1]) if j + 1 < len(tokens) else ""
    if word.lower() in _CONNECTORS and (_capital(nxt) or nxt.lower() in _CONNECTORS):
        return True
    return bool(_CYRILLIC.match(word) and ORG_WORD.search(head))


def _runs(text: str) -> list[str]:
    """Maximal runs of name-shaped words (capitalised words joined by connectors)."""
    tokens = text.split()
    runs, i = [], 0
    while i < len(tokens):
        if not _capital(_core(tokens[i])):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and not _SENTENCE_END.search(tokens[j]):
            if not _extends(tokens, j + 1, " ".join(tokens[i : j + 1])):
                break
            j += 1
        while j > i and not _capital(_core(tokens[j])) and not tokens[j].startswith("("):
            j -= 1
        runs.append(" ".join(tokens[i : j + 1]).strip(",;:.!?"))
        i = j + 1
    return runs


def _trim_lead(run: str) -> str:
    """ "Following the Pacific Council" -> "Pacific Council"; "Our Association X" -> "Association
    X": words before an article or a possessive that name no entity are prose."""
    words = run.split()
    for k, word in enumerate(words[:-1]):
        if word.lower() in _ARTICLES and not _names_entity(" ".join(words[:k])):
            return _trim_lead(" ".join(words[k + 1 :]))
    return run


def org_phrase(text: str, language: str = "en") -> str:
    """The organisation-shaped names in a span of prose ("we at the X Network are holding" -> "X
    Network"): capitalised noun phrases naming an entity word or an acronym, co-organisers
    joined with "and". "" when the span names none."""
    if _ARABIC_SCRIPT.search(text):
        return ""
    names = []
    for run in _runs(text):
        name = _trim_lead(run)
        entity = _names_entity(name) and is_organisation(name) and not _GREETING.match(name)
        if entity and not is_umbrella(name, text):
            names.append(name)
    joined = f" {_AND.get(language, 'and')} ".join(dict.fromkeys(names[:3]))
    return joined if len(joined.split()) <= MAX_WORDS else ""


def _as_name(text: str, language: str) -> str:
    """A cleaned span as it stands when it is a name, else the names inside it."""
    name = clean_org(text, language)
    if name and is_organisation(name):
        return name
    return org_phrase(text, language)


# ------------------------------------------------------------------------------ cleaning

_LEAD_CLAUSE = re.compile(
    r"^(?:(?:on|as|in|during|to mark|ahead of|following|at|for|dans|en|à|au|lors|pour|no|na|para"
    r"|con motivo|with|as discussed|dear|im|am|zum|anlässlich|in occasione|nell'ambito)\b"
    r"[^,]{0,120},\s*)+",
    re.IGNORECASE,
)
_PARTNER = organizer_words().partner  # "in partnership with", from the packs
_SUPPORT = re.compile(
    r",?\s*(?:with the (?:generous )?support of|with support from|supported by|funded by"
    r"|con el apoyo de|avec le (?:soutien|concours) de|com o apoio d[aeo]s?|con il sostegno d\w*"
    r"|mit (?:freundlicher )?Unterstützung (?:von|der|des)|بدعم من)[^,]*,?",
    re.IGNORECASE,
)
_ARTICLE = re.compile(
    r"^(?:[Tt]he|[Ee]l|[Ll]a|[Ll]os|[Ll]as|[Ll]e|[Ll]es|[Oo]|[Aa]|[Oo]s|[Aa]s|[Dd]er|[Dd]ie|[Dd]as"
    r"|[Ii]l|[Ll]o|i|[Gg]li|و)\s+|^[Ll]['’]",
)
_TRAILING = re.compile(
    r"[\s,]+(?:jointly|together|also|would like to|is|are|have|has|kindly|cordially|herzlich"
    r"|gerne|vous|nous|les|os|as|te|you|all)$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r",?\s+(?:who|which|that|qui|que|quien(?:es)?|quem|welche[rs]?|che|الذي|التي|اللذان)\s.*$"
)  # lowercase only: "WHO" is an organisation
_SELF = re.compile(
    r"(?:we|I|nous|nosotros|je|yo|eu|nós|wir|ich|noi|io|our|notre|nuestra|kami|kita|saya)\b", re.I
)


def clean_org(text: str, language: str = "en") -> str:
    """Trim a name span to the entity: lead clauses, articles, support credits, roles; co-
    organisers joined with the language's "and". "" when no entity is left."""
    s = _balanced(_RELATIVE.sub("", _LEAD_CLAUSE.sub("", " ".join(text.split()))))
    if _SELF.match(s):
        return ""
    s = _SUPPORT.sub(" ", s)
    s = _PARTNER.sub(f" {_AND.get(language, 'and')} ", s)
    s = _ROLE.sub("", s.strip(" ,;:–-"))
    s = _ARTICLE.sub("", s.strip(" ,;:"))
    s = _ROLE.sub("", s)
    for _ in range(3):
        s = _TRAILING.sub("", s)
    s = s.strip(" ,;:–-")
    if not s or _SELF.match(s):
        return ""
    return s[:1].upper() + s[1:] if s[:1].islower() and len(s.split()) > 1 else s


# ------------------------------------------------------------------------------ explicit sources


def _entity_like(name: str) -> bool:
    """A calendar CN names an entity, not a first name or a mailbox ("Ann", "Events")."""
    return bool(ORG_WORD.search(name) or _ACRONYM.search(name)) or len(name.split()) >= 3


def from_calendar(block: Block, declared: bool = False) -> FieldValue | None:
    """ORGANIZER;CN= of the invitation when it names an entity; a schema.org organizer the page
    declares (``declared``) counts whatever its shape, as long as it is a name."""
    cal = block.calendar
    if cal is None or not cal.organizer:
        return None
    name = " ".join(cal.organizer.split()).strip("'\"")
    if declared:
        usable = len(name) >= 3 and not (_CONTACT.search(name) or is_clause(name))
        if usable and not is_fragment(name):
            return _fv(name, STRUCTURED, "calendar", (0, len(name)), "schema.org")
        return None
    if not is_organisation(name) or not _entity_like(name):
        return None
    return _fv(name, STRUCTURED, "calendar", (0, len(name)), "ics")


def _declared(sources: Sources) -> bool:
    """The calendar came from schema.org markup in the HTML, not from an invitation."""
    return not sources.msg.calendars and "schema.org" in sources.msg.text_html


def _description(block: Block) -> Block | None:
    """The invitation's DESCRIPTION as a block of its own (the host it names)."""
    cal = block.calendar
    if cal is None or not cal.description.strip():
        return None
    text = cal.description[:6000]
    return type(block)(0, len(text), text, (), new_len=0)


_LABEL = re.compile(
    r"^[ \t*•>-]*(?:co-?)?(?:organi[sz]ers?|organi[sz]ing (?:body|organi[sz]ation|partners?)"
    r"|organi[sz]ed by|hosts?|hosted by|convener|convened by|organisateurs?|organisé(?:e|s|es)? par"
    r"|organisation|organizador(?:es|as?)?|organizado(?:s|a)? por|organiza|organização"
    r"|organizaç[aã]o"
    r"|realização|promoção|veranstalter(?:in|innen)?|veranstaltet von|organisiert von"
    r"|organizzator[ei]|organizzato da|organizzazione|promosso da|الجهة المنظمة|الجهات المنظمة"
    r"|المنظمون|المنظم|تنظيم|организатор[ыа]?|düzenleyen(?:ler)?|organizatör|mwandaaji|waandaaji"
    r"|penyelenggara)\s*(?:\(s\)|\(es\)|\(innen\))?(?:\s*[:|]|[ ]*\t)[ \t]*"
    r"(?P<name>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)


def _next_line(text: str, pos: int) -> tuple[str, int]:
    rest = text[pos:].lstrip("\n")
    start = len(text) - len(rest)
    return rest.split("\n", 1)[0], start


def from_label(block: Block, language: str) -> FieldValue | None:
    """A labelled line or HTML table row: "Organizer: X", "Veranstalter | X", "Co-organisers<TAB>X"
    (value maybe on the next line)."""
    for m in _LABEL.finditer(block.text[:8000]):
        raw, start = m.group("name"), m.start("name")
        if not raw.strip():
            raw, start = _next_line(block.text, m.end())
        name = _as_name(re.split(r"\s+\|\s+|;", raw)[0], language)
        if name:
            span = (block.start + start, block.start + start + len(raw))
            return _fv(name, EXPLICIT, "body", span, "label")
    return None


_JOINTLY = r"(?:\s+(?:jointly|conjointement|conjuntamente|congiuntamente|gemeinsam))?"
_ORGANISED_BY = re.compile(
    r"\b(?:(?:co-)?organi[sz]ed|(?:co-)?hosted|(?:co-)?convened|presented) by"
    rf"|(?:co-)?organisée?s?{_JOINTLY} par|accueillie?s? par|convoquée?s? par"
    rf"|(?:co-?)?organizad[oa]s?{_JOINTLY} (?:por|pel[ao]s?)|convocad[oa]s? (?:por|pel[ao]s?)"
    r"|promovid[oa]s? (?:por|pel[ao]s?)|auspiciad[oa]s? por"
    rf"|(?:co-?)?organizzat[oa]{_JOINTLY} da|promoss[oa] da"
    r"|a cura d(?:i|el|ella|ello|ei|egli|elle)"
    r"|bajo la organización de|veranstaltet von|organisiert von"
    r"|ausgerichtet von|تنظمها|تنظمه|ينظمها|ينظمه|تستضيفها|تستضيفه|يستضيفها|يستضيفه|باستضافة"
    r"|من تنظيم|بتنظيم من|بتنظيم|(?:our|the) hosts? (?:is|are|will be)"
    r"|(?:nuestr[oa]s? )?anfitri[oó]n(?:es)? (?:es|son|será|serán)|(?:notre|l')hôte (?:est|sera)"
    r"|(?:ili|i|ki|itakayo|uli)?(?:yo)?andaliwa na|diselenggarakan oleh|diadakan oleh"
    r"|diorganisir oleh|organisasi oleh",
    re.IGNORECASE,
)
_PARTNER_AHEAD = (
    r"(?!(?:in (?:close )?(?:partnership|collaboration|cooperation|association)|together|jointly"
    r"|en (?:colaboración|alianza|partenariat|collaboration)|em (?:parceria|colaboração)"
    r"|in (?:Zusammenarbeit|collaborazione|partenariato))\b)"
)
# "Ministère de la Femme, de la Famille et de l'Enfant", "Ministry of Labour, of Employment":
# a comma before "de la / du / des / de l' / del / do / da / of" (maybe after "y / e / et /
# and") and a capitalised word goes on enumerating a ministry's portfolio.
_PORTFOLIO_AHEAD = (
    r"(?!(?:(?:y|e|et|and)\s+)?(?:de\s+la|de\s+las?|de\s+los|del|des|du|de|do|da|dos|das|of"
    r"(?:\s+the)?)\s+(?:l['’]\s*)?[A-ZÀ-ÝĀ-Ž]|(?:(?:y|e|et)\s+)?d['’]\s*[A-ZÀ-Ý])"
)
_BY_END = re.compile(
    r"[.;:\n،]|\s(?:يوم|وذلك|في|من الساعة|خلال|حول|لمناقشة)\s"
    r"|\((?![A-Z][\w&-]{1,12}\))"
    rf"|,\s*{_PARTNER_AHEAD}(?:in|on|at|with|the|en|el|le|à|no|em|am|im|il|le|which|who|qui|que|der)\b"
    rf"|,\s*{_PARTNER_AHEAD}{_PORTFOLIO_AHEAD}(?!(?:and|et|y|e|und|ed|o)\b)(?=[a-zà-ÿ])"
    r"|\s+(?:on|at|in|from|le|el|em|am|im|il|on)\s+(?:\d|[A-Z][a-z]+day|lundi|mardi|mercredi"
    r"|jeudi|vendredi|lunes|martes|miércoles|jueves|viernes|segunda|terça|quarta|quinta|sexta)",
)


_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?!\n)")
_LABEL_OR_RULE = re.compile(r"^(?:[^\W\d_][\w' ]{0,30}\s*:|[-_=*•]{2,}|[-*•]\s)")
_ENDS_WITH_JOIN = re.compile(
    r"\b(?:and|of|for|the|et|de|du|des|la|le|y|e|del|da|do|dos|das|di|della|und|der|für)$",
    re.IGNORECASE,
)


def _unwrap(tail: str) -> str:
    """Join the lines of a hard-wrapped name: a line ending in a joining word ('et', 'de',
    'and') or long enough to be wrapped prose goes on with the next line, unless that line is a
    label, a rule or a bullet."""
    pieces = _LINE_BREAK.split(tail)
    out = pieces[0]
    for piece in pieces[1:]:
        last_line = out.rsplit("\n", 1)[-1]
        joins = (
            piece[:1].islower()
            or piece[:1] == "("
            or _ENDS_WITH_JOIN.search(last_line) is not None
            or len(last_line) >= 45
        )
        out += (" " if joins and not _LABEL_OR_RULE.match(piece) else "\n") + piece
    return out


def from_organised_by(block: Block, language: str) -> FieldValue | None:
    """ "organised by X in collaboration with Y", "organizzato da X", "veranstaltet von X",
    "a cura di X e Y", "بتنظيم من X"; a name wrapped over lines is read whole."""
    for m in _ORGANISED_BY.finditer(block.text[:6000]):
        line_start = block.text.rfind("\n", 0, m.start()) + 1
        head = block.text[line_start : m.end()]
        tail = _unwrap(head + block.text[m.end() : m.end() + 300])[len(head) :]
        tail = _BY_END.split(tail, maxsplit=1)[0]
        name = _as_name(tail, language)
        if name:
            start = block.start + m.end()
            return _fv(name, EXPLICIT, "body", (start, start + len(tail)), "grammar")
    return None


# ------------------------------------------------------------------------------ introductions

INTRO_VERBS = re.compile(
    r"\b(?:(?:is|are|am) (?:pleased|delighted|happy|honou?red|organi[sz]ing|hosting|holding"
    r"|co-organi[sz]ing|proud|excited|thrilled|glad)|(?:have|has) the (?:honou?r|pleasure)"
    r"|joins?|se (?:suma|suman|une|unen) a|rejoin(?:t|ent)|s'associen?t? à|junta-se|juntam-se"
    r"|(?:cordially |kindly |warmly )?invites?|would like to (?:add|share|invite|announce|inform)"
    r"|will (?:hold|host|organi[sz]e|convene|mark|celebrate|commemorate|launch|present)"
    r"|presents?|(?:is|are) (?:sorry|writing)|regrets? to|(?:ont|a) le regret|lamenta[nm]?"
    r"|(?:tienen|tiene) el (?:gusto|agrado|placer|honor)|invitan?|organizan?|convocan?"
    r"|(?:a|ont) (?:le plaisir|l'honneur|la joie)|(?:vous )?(?:invitent|convient|convie)"
    r"|organisent|organise|présentent|présente|(?:têm|tem) o (?:prazer|gosto|agrado)|convidam?"
    r"|organizam?|apresentam?|freu(?:t|en) sich|l[äa]dt|laden|veranstalte[tn]|zeigt|zeigen"
    r"|präsentier(?:t|en)|(?:è|sono) (?:liet[oaie]|felici|onorat[oaie]) di|ha(?:nno)? il piacere"
    r"|invita(?:no)?|organizza(?:no)?|presenta(?:no)?|promuove|يسرّ?|يتشرف|تتشرف|ينظم|تنظم"
    r"|(?:is|are) (?:holding|running|convening)|hosts|convenes|hará|realizar[áa]n?|realiza[nm]?"
    r"|llevar[áa]n? a cabo|celebrar[áa]n?|tien(?:t|nent)|promove[mr]?|promoverá"
    r"|провод(?:ит|ят)|организу(?:ет|ют)|приглаша(?:ет|ют)|провед[её]т|рад[ыа]? пригласить"
    r"|düzenli(?:yor|yorlar)|düzenleyecek|düzenlemektedir|davet ed(?:iyor|er)"
    r"|(?:ina|una|wana|ana|ita|uta|wata|ime|ume|wame)(?:waalika|andaa|karibisha|endesha)"
    r"|(?:ina|una|wana|ana) furaha|mengundang|menyelenggarakan|mengadakan|menggelar)\b",
    re.IGNORECASE,
)
_ARABIC_ORG = re.compile(
    r"(?:يسرّ?|يتشرف|تتشرف|تنظم|ينظم|تدعوكم|يدعوكم|تدعو|يدعو)\s+(.{4,160}?)\s*،?\s*"
    r"(?:دعوتكم|بدعوتكم|أن|إلى|لحضور|للمشاركة|(?:ال)?(?:ورشة|ندوة|حوار|مؤتمر|لقاء|اجتماع|جلسة"
    r"|ملتقى|محاضرة|فعالية|دورة|حلقة|مائدة)\b)"
)
_ON_BEHALF = re.compile(
    r"\b(?:on behalf of|au nom de|en nombre de|em nome d[aeo]s?|im Namen d\w+|a nome d\w*)\s+"
    r"([^.;:]{4,200}?),\s*(?:I|we|je|nous|yo|nosotros|eu|nós|ich|wir|io|noi)\b",
    re.IGNORECASE,
)


def introduction(block: Block) -> str:
    """The sentence naming the organisers (text before an invite verb), for rules and NER."""
    found = _introductions(block)
    return found[0] if found else ""


def _introductions(block: Block, limit: int = 1) -> list[str]:
    """The text before each of the first ``limit`` invite verbs, back to its sentence start."""
    text = block.text if block.calendar is None else block.text[:3000]
    out = []
    for m in INTRO_VERBS.finditer(text[:6000].replace("’", "'")):  # "a l’honneur": same length
        start = max(text.rfind("\n\n", 0, m.start()), text.rfind(". ", 0, m.start()), -1) + 1
        out.append(" ".join(text[start : m.start()].split())[:300])
        if len(out) >= limit:
            break
    return out


_BY_POSTPOSITION = re.compile(
    r"([^.\n]{3,200}?)\s+(?:tarafından|işbirliğiyle)\s+(?:düzenlen|organize|gerçekleştiril|yapıl)",
    re.IGNORECASE,
)
# The postposition itself, searched first: without it _BY_POSTPOSITION cannot match, and its
# lazy 200-character lead makes a full search cost ~200 steps per character of every mail.
_POSTPOSITION = re.compile(r"tarafından|işbirliğiyle", re.IGNORECASE)


def from_postposition(block: Block, language: str) -> FieldValue | None:
    """Turkish "X tarafından düzenlenen ..." (organised by X): the last name before it."""
    text = block.text[:6000]
    m = _POSTPOSITION.search(text) and _BY_POSTPOSITION.search(text)
    if m is None:
        return None
    names = [_trim_lead(r) for r in _runs(m.group(1))]
    names = [n for n in names if _names_entity(n) and is_organisation(n)]
    if not names:
        return None
    name = re.sub(r"['’]\w*$", "", names[-1])
    span = (block.start + m.start(1), block.start + m.end(1))
    return _fv(name, EXPLICIT, "body", span, "grammar")


def from_named_before_verb(block: Block, language: str) -> FieldValue | None:
    """Arabic "يسرّ X، بالتعاون مع Y، دعوتكم" / "تدعوكم X إلى" and "On behalf of X, I ..."."""
    for pattern in (_ARABIC_ORG, _ON_BEHALF):
        m = pattern.search(block.text[:6000])
        if m:
            name = re.sub(r"\s*،?\s*(?:بالتعاون|بالشراكة) مع\s+", " و", m.group(1)).strip(" ،,")
            name = clean_org(name, language) if pattern is _ON_BEHALF else name
            if name and is_organisation(name):
                span = (block.start + m.start(1), block.start + m.end(1))
                return _fv(name, INTRODUCED, "body", span, "grammar")
    return None


def from_introduction(block: Block, sources: Sources, language: str) -> FieldValue | None:
    """The name before an invite verb ("X and Y are pleased to invite"); when the sentence
    before the first verb names none ("We are delighted to share that"), the next verbs'."""
    for sentence in _introductions(block, 3):
        cleaned = _as_name(sentence, language)
        if cleaned:
            pos = max(sources.body.find(sentence[:40]), 0)
            conf = INTRODUCED if _names_entity(cleaned) else SIGNED
            return _fv(cleaned, conf, "body", (pos, pos + len(sentence)), "grammar")
    return None


# ------------------------------------------------------------------------------ closings

_SIGN_OFF = re.compile(
    r"^[ \t]*(?:best|kind|warm|warmest)?\s*(?:regards|wishes|greetings|sincerely|thanks|thank you"
    r"|cordialement|bien à vous|salutations|atentamente|saludos|un saludo|cordialmente"
    r"|atenciosamente"
    r"|abraços|um abraço|mit freundlichen grüßen|viele grüße|beste grüße|herzliche grüße"
    r"|un saluto(?: cordiale)?|cordiali saluti|distinti saluti|مع أطيب التحيات|مع خالص التحية"
    r"|وتفضلوا بقبول)[^\n]{0,30}$",
    re.IGNORECASE | re.MULTILINE,
)


_JOB = re.compile(
    r"\b(?:officer|coordinator|manager|director|head|assistant|advis[eo]r|specialist|consultant"
    r"|associate|lead|chargée?|coordinat(?:eur|rice)|responsable|directeur|directrice"
    r"|coordinador[a]?|director[a]?|asesor[a]?|técnic[oa]|coordenador[a]?|assessor[a]?"
    r"|diretor[a]?|leiter(?:in)?|koordinator(?:in)?|referent(?:in)?|referente|coordinatore"
    r"|coordinatrice|responsabile|منسق|منسقة|مدير|مديرة)\b",
    re.IGNORECASE,
)


_AT_PLACE = re.compile(
    r"^(?:at|in|inside|en|dans|à|au|aux|no|na|nos|nas|em|im|in der|presso|nel|nella|nello"
    r"|all[ao])\s+(?:the\s+|la\s+|le\s+|el\s+|l['’]\s*)?|^(?:all['’]|في\s)",
    re.IGNORECASE,
)
_PROSE_LINE = 120


_MINISTRY = re.compile(
    r"\b(?:Ministry|Minist[eè]re|Ministerio|Ministério|Ministero|Ministerium|Department"
    r"|Departamento|Secretaría|Secretaria|Secretariat|Secrétariat)\b",
    re.IGNORECASE,
)
_PORTFOLIO_ITEM = re.compile(
    r"^(?:(?:de\s+la|de\s+las|de\s+los|del|des|du|de|do|da|dos|das|of(?:\s+the)?)\s+"
    r"(?:l['’]\s*)?|d['’]\s*)?[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|de|la|l['’]\w+|del|des|du"
    r"|do|da|dos|das|of|the|and|et|y|e|for|pour|para))*$"
)
_JOINS_ITEM = re.compile(r"^(?:de|del|des|du|do|da|dos|das|of|d['’])\b|\s(?:and|et|y|e)\s")


def _line_pieces(line: str) -> list[str]:
    """A closing line's parts (split at " - ", "|", ", "); the comma parts of a ministry's
    portfolio stay one name ("Ministry of Labour, Employment and Social Protection",
    "Ministère de la Femme, de la Famille et de l'Enfant")."""
    pieces: list[str] = []
    for part in re.split(r"\s+[-–|·]\s+|\s*\|\s*", line):
        for piece in re.split(r",\s+", part):
            if pieces and _continues_portfolio(pieces[-1], piece):
                pieces[-1] += ", " + piece
            else:
                pieces.append(piece)
    return pieces


def _continues_portfolio(before: str, piece: str) -> bool:
    """ "Employment and Social Protection" / "de la Famille" after "Ministry of Labour"."""
    return (
        _MINISTRY.search(before) is not None
        and _PORTFOLIO_ITEM.match(piece) is not None
        and _JOINS_ITEM.search(piece) is not None
        and not ORG_WORD.search(piece)
    )


def _org_in_line(line: str, language: str) -> str:
    """The entity of a closing line: "X - 88 Queen Street" -> "X"; roles and articles dropped;
    a place phrase ("en la Sala X del Centro Y") is where, not who."""
    for piece in _line_pieces(line):
        if _JOB.search(piece) or _AT_PLACE.match(piece):
            continue
        name = clean_org(piece, language)
        if name and ORG_WORD.search(name) and is_organisation(name):
            return name
    return ""


def _closing_lines(text: str) -> list[tuple[str, int]]:
    """Lines after the last sign-off, else the last lines of the text, with their offsets."""
    sign = list(_SIGN_OFF.finditer(text))
    start = sign[-1].end() if sign else max(0, len(text) - 600)
    lines, pos = [], start
    for line in text[start:].split("\n"):
        if line.strip() and len(line) <= _PROSE_LINE:  # a paragraph of prose is no closing line
            lines.append((line.strip(), pos))
        pos += len(line) + 1
    return lines[:8] if sign else lines[-8:]


_CONNECTOR = re.compile(
    r"(?:\b(?:of|for|and|on|de|del|de la|des|du|et|y|e|da|do|das|dos|für|und|der|di|della|per)$)"
)


def _wrapped(line: str, following: str) -> bool:
    """ "Federación de Asociaciones de Personas" / "Migrantes de Madrid (FAPMM)": one name."""
    if not ORG_WORD.search(line) or ORG_WORD.search(following) or _CONTACT.search(following):
        return False
    if len(line) > 60:
        return False
    return bool(
        _CONNECTOR.search(line)
        or following[:1].islower()
        or re.search(r"\([A-Z][A-Za-z&-]{1,9}\)$", following)
    )


_FIELD_LINE = re.compile(r"^[^\W\d_][\w' ]{0,30}?\s*[:：]\s")
_VENUE_NAME = re.compile(
    r"\b(?:Hotel|Hôtel|Hall|Auditorium|Auditório|Auditorio|Salle|Sala|Salón|Salão|Resort|Room"
    r"|Chamber|(?:Conference|Convention|Congress) Cent(?:re|er))\b|فندق|قاعة"
)


def from_closing(text: str, language: str, part: str = "body") -> FieldValue | None:
    """The organisation line of the announcement's closing block, joined when wrapped; a
    labelled field line ("Lugar: X"), a clause or a hotel, hall or room is no organiser."""
    lines = _closing_lines(text)
    for i, (line, pos) in enumerate(lines):
        if _FIELD_LINE.match(line) or is_clause(line):
            continue
        following = lines[i + 1][0] if i + 1 < len(lines) else ""
        candidate = f"{line} {following}" if following and _wrapped(line, following) else line
        name = _org_in_line(candidate, language)
        if name and len(name) <= 120 and not _VENUE_NAME.search(name):
            return _fv(name, SIGNED, part, (pos, pos + len(candidate)), "grammar")
    return None


# ------------------------------------------------------------------------------ the field


def needs_ner(block: Block, sources: Sources, language: str) -> str:
    """The introduction sentence when only NER can read it (no rule found a usable name), else
    "". ``language`` is the block's, decided once by ``parsers.extract``."""
    context = _Context.of(block, sources)
    for found in _explicit(block, sources, language):
        if vetted(found, context) is not None:
            return ""
    return introduction(block)


def _named(block: Block, language: str) -> Iterator[FieldValue | None]:
    yield from_label(block, language)
    yield from_organised_by(block, language)
    yield from_postposition(block, language)
    yield from_named_before_verb(block, language)


def _explicit(block: Block, sources: Sources, language: str) -> Iterator[FieldValue]:
    """The organisers the body names (label, "hosted by", introduction), then what the
    invitation's DESCRIPTION names, then the calendar's ORGANIZER, which is often the sender's
    office or mailbox; an introduction that names no entity word ("Please join") yields to the
    calendar. Each is a candidate for ``vetted``; the first that passes wins."""
    description = _description(block)
    yield from (found for found in _named(block, language) if found is not None)
    if description is not None:
        yield from (found for found in _named(description, language) if found is not None)
    intro = from_introduction(block, sources, language)
    if intro is not None and _names_entity(str(intro.value)):
        yield intro
    if description is not None:
        described = from_introduction(description, sources, language)
        if described is not None and _names_entity(str(described.value)):
            yield described
    calendar = from_calendar(block, _declared(sources))
    if calendar is not None:
        yield calendar
    if intro is not None:
        yield intro


def _names_entity(name: str) -> bool:
    return bool(ORG_WORD.search(name) or _ACRONYM.search(name))


def organizer(
    block: Block, ner_orgs: tuple[str, ...], sources: Sources, language: str
) -> FieldValue:
    """The organiser of one block (see the module docstring for the order): the first
    candidate that ``vetted`` keeps, so a garbage reading of one source gives way to the next.
    ``language`` is the block's, decided once by ``parsers.extract``."""
    return next(organizer_readings(block, ner_orgs, sources, language), _fv(None, BLANK))


def organizer_readings(
    block: Block, ner_orgs: tuple[str, ...], sources: Sources, language: str
) -> Iterator[FieldValue]:
    """Every candidate that ``vetted`` keeps, lazily, in the order of trust (the first is the
    organiser); ``evidence.method`` names the rule that read it."""
    context = _Context.of(block, sources)
    for found in _candidates(block, ner_orgs, sources, language):
        kept = vetted(found, context)
        if kept is not None:
            yield kept


def _candidates(
    block: Block, ner_orgs: tuple[str, ...], sources: Sources, language: str
) -> Iterator[FieldValue]:
    yield from _explicit(block, sources, language)
    orgs = [o for o in dict.fromkeys(ner_orgs) if is_organisation(o)]
    if orgs and len(orgs) <= 3:
        yield _fv(f" {_AND.get(language, 'and')} ".join(orgs), NER, "", None, "ner")
    yield from _from_context(block, sources, language)


def _from_context(block: Block, sources: Sources, language: str) -> Iterator[FieldValue]:
    """An item of a programme: the mail's introduction; else the closing or signature block."""
    if block.item_title and block.start > 0:
        intro = sources.body[: block.start]
        whole = type(block)(0, len(intro), intro, (), new_len=block.new_len)
        found = from_label(whole, language) or from_introduction(whole, sources, language)
        if found is not None:
            yield found
    announcement = sources.body[: sources.new_len or None]
    said = "\n".join((sources.subject, announcement, sources.signature[:200]))
    if speaks_as_holder(said):  # a closing "Pedimos desculpa" may open the signature
        closing = from_closing(announcement, language)
        if closing is not None:
            yield closing
        if sources.signature and not sources.is_forward:
            sig = from_closing("\n" + sources.signature, language, "signature")
            if sig is not None:
                yield sig
    heading = from_heading(block, sources)
    if heading is not None:
        yield heading


_EVENT_NOUN = (
    r"(?:event|workshop|webinar|seminar|conference|dialogue|round ?table|forum|session|meeting"
    r"|consultation|screening|exhibition|festival|training|launch|briefing|panel|lecture|talk"
    r"|celebration|gathering|fair|symposium|course|brown-bag|atelier|webinaire|séminaire"
    r"|conférence|table ronde|séance|réunion|projection|exposition|formation|lancement|rencontre"
    r"|[ée]v[ée]nement|journée|colloque|causerie|débat|soirée|taller|webinario|seminario"
    r"|conferencia|diálogo|mesa redonda|foro|sesión|reunión|consulta|proyección|exposición"
    r"|capacitación|formación|lanzamiento|encuentro|evento|jornada|conversatorio|charla|feria"
    r"|actividad|oficina|webinário|seminário|conferência|fórum|sessão|exibição|exposição"
    r"|capacitação|formação|lançamento|roda de conversa|palestra|atividade|Veranstaltung|Tagung"
    r"|Konferenz|Workshop|Seminar|convegno|giornata|incontro|tavola rotonda)"
)
# The mail speaks as the event's holder: first person about holding, inviting to, changing or
# expecting people at the event. A note passing on someone else's event ("FYI: there is a
# roundtable ...") has none of these, and its sender's signature is no organiser.
_HOLDER = re.compile(
    r"\bwe(?:'re| are| will be| have been)? (?:(?:co-)?organi[sz]ing|hosting|holding|convening"
    r"|running|launching|organi[sz]e|host|hold|convene)\b"
    r"|\bwe(?:'ll| will| shall| would like to| plan to| are planning to| hope to| intend to)"
    r" (?:(?:co-)?organi[sz]e|host|hold|convene|run|launch|welcome|see)\b"
    r"|\b(?:I|we)(?:'m|'re| am| are) (?:pleased|delighted|happy|honou?red|glad|excited|thrilled"
    r"|proud) to (?:invite|welcome|host|organi[sz]e|hold|convene|launch)\b"
    r"|\b(?:I|we) (?:would like to |wish to )?(?:cordially |warmly |kindly )?invite you\b"
    r"|\b(?:I|we)(?:'re| are)? look(?:ing)? forward to (?:welcoming|seeing|meeting|hosting"
    r"|your (?:participation|presence)|having you)\b"
    r"|\b(?:please )?join us\b(?! (?:on|via|at) (?:twitter|facebook|linkedin|instagram"
    r"|youtube|whatsapp|telegram|x|bluesky|mastodon|social)\b)"
    r"|\bwe (?:regret|are sorry) to (?:inform|announce|let you know)|\bwe apologi[sz]e\b"
    r"|\bapologies for (?:any|the) inconvenience|\bsee you (?:there|tomorrow|soon|on)\b"
    r"|\bwe (?:would like to )?remind you\b"
    rf"|\b(?:our|my) (?:[\w-]+ ){{0,3}}?{_EVENT_NOUN}s?\b"
    rf"|\b(?:notre|nos|nuestr[oa]s?|noss[oa]s?|unser(?:e|en)?|il nostro|la nostra) "
    rf"(?:[\w-]+ ){{0,3}}?{_EVENT_NOUN}(?:e?s)?\b"
    r"|\bnous (?:(?:co-)?organisons|accueillons|tenons|lançons|invitons|convions"
    r"|(?:allons|souhaitons|prévoyons|espérons) (?:organiser|accueillir|tenir|vous))\b"
    r"|\bnous (?:avons|aurons) (?:le (?:plaisir|regret)|l['’]honneur)|\bc['’]est avec regret"
    r"|\bnous (?:regrettons|nous excusons|vous (?:annonçons|rappelons|attendons))"
    r"|\bau plaisir de vous|\bnous comptons sur votre|\bà (?:demain|très bientôt)\b"
    r"|\b(?:organizamos|estamos organizando|organizaremos|realizaremos|celebraremos"
    r"|llevaremos a cabo|convocamos|invitamos|tendremos el|acogeremos|lamentamos"
    r"|(?:les |le )?pedimos disculpas|les recordamos|les comunicaremos|les esperamos"
    r"|esperamos (?:contar|verl[oae]s|su (?:participación|presencia))|contamos con su"
    r"|nos vemos|hasta mañana)\b"
    r"|\btenemos el (?:gusto|agrado|placer|honor)|\b(?:nos|me) complace (?:invitar|anunciar)"
    r"|\bles informamos (?:de )?que\b.{0,200}?\b(?:reprogramad|trasladad|pospuest|aplazad"
    r"|cancelad|suspendid)"
    r"|\b(?:organizamos|promovemos|vamos (?:realizar|organizar|promover)|convidamos"
    r"|lembramos|lamentamos|pedimos desculpa|contamos com a sua|até amanhã|até breve"
    r"|esperamos (?:vê-l|contar|por vocês?))\b|\btemos o (?:prazer|gosto|agrado)"
    r"|\bwir (?:organisieren|veranstalten|laden Sie|freuen uns|bedauern)\b"
    r"|\b(?:organizziamo|vi invitiamo|siamo lieti di invitar|ci scusiamo)\b"
    r"|ننظم|نستضيف|نعقد|سننظم|سنعقد|يسعدنا دعوتكم|يسرنا دعوتكم|ندعوكم|نتشرف بدعوتكم|نأسف|يؤسفنا"
    r"|نعتذر|نتطلع إلى (?:رؤيتكم|مشاركتكم|حضوركم)"
    r"|\b(?:мы проводим|мы организуем|приглашаем вас|düzenliyoruz|davet ediyoruz|tunawaalika"
    r"|tunaandaa|kami mengundang|kami menyelenggarakan)\b",
    re.IGNORECASE | re.DOTALL,
)


def speaks_as_holder(text: str) -> bool:
    """The mail speaks in first person about holding, inviting to or changing its event ("we
    are organising", "our workshop", "nous organisons", "estamos organizando", "ننظم", "we
    regret to inform", "Lembramos que"), so its signature's organisation holds the event."""
    return _HOLDER.search(" ".join(text[:8000].replace("’", "'").split())) is not None


_NOT_AN_ORG = frozenset(
    (
        "FYI",
        "RE",
        "FW",
        "FWD",
        "TR",
        "RV",
        "AW",
        "WG",
        "SV",
        "NB",
        "PS",
        "COVID",
        "AI",
        "CV",
        "HR",
        "ID",
        "TBC",
        "TBD",
        "NEW",
        "SAVE",
        "DATE",
        "GCM",
        "SDG",
        "SDGS",
        "LGBT",
        "LGBTI",
        "LGBTQ",
        "LGBTIQ",
        "PM",
        "AM",
        "GMT",
        "UTC",
        "CET",
        "EAT",
        "WAT",
        "CAT",
        "EST",
        "PST",
        "IST",
        "CEST",
        "",
    )
)
_NAME_WORDS = r"[A-Z][A-Z&-]{1,9}(?:\s+[A-Z][a-zà-ÿ]+){0,2}"
_HEADING_ORG = re.compile(
    rf"^(?P<a>{_NAME_WORDS})(?:['’]s)?\s*(?:[:–—|-]\s+|(?=(?i:{_EVENT_NOUN})\b))"
    rf"|\b(?i:{_EVENT_NOUN})s?\s+(?i:of the|of|by|de la|de l['’]|del|de|da|do|des|du)\s*"
    rf"(?P<b>{_NAME_WORDS})\b",
)
_OFFICE_ORG = re.compile(
    r"^(?P<a>[A-Z][A-Z&-]{1,9}(?:\s+[A-Z][a-zà-ÿ]+)?)\s+(?:(?:Country |Regional |Sub-Regional )?"
    r"Office|Offices|premises|headquarters|HQ|Compound|Bureau|Mission)\b"
    r"|\b(?:Bureau|Oficina|Escritório|Ufficio|Sede|sede|Locaux|locaux)\s+(?:de la|de l['’]|del|de"
    r"|da|do|des|du|dell['’])\s*(?P<b>[A-Z][A-Z&-]{1,9})\b"
)


def _acronym_name(m: re.Match[str] | None) -> str:
    """The organisation an acronym-led match names: 'UNHCR', 'IOM Kenya'; '' for a stop word."""
    if m is None:
        return ""
    name = m.group("a") or m.group("b") or ""
    head = name.split()[0] if name else ""
    if not head or head != head.upper() or head.upper() in _NOT_AN_ORG:
        return ""
    return "" if _OCCASION.search(name) else name  # "UN Migration Week: ..." is an umbrella


_OCCASION = re.compile(
    rf"\b(?:Week|Day|Month|Summit|Semaine|Semana|Día|Dia|Journée|Mois|Mes|Mês|{_EVENT_NOUN})\b",
    re.IGNORECASE,
)


def from_heading(block: Block, sources: Sources) -> FieldValue | None:
    """Last resort when nothing names the organiser: an agency acronym leading the event's
    heading ('UNHCR briefing on ...', 'IOM Kenya: Webinar ...', 'Taller de la OIM sobre ...')
    or naming the office the calendar LOCATION puts it in ('IOM Office, Kampala', 'Oficina de
    la OIM'): confidence 0.4, for review. An ALL-CAPS heading names no acronym."""
    cal = block.calendar
    headings = [
        ("calendar", cal.summary if cal is not None else ""),
        ("body", block.item_title),
        ("subject", strip_subject(sources.subject)),
    ]
    for part, heading in headings:
        if not heading or heading == heading.upper():
            continue
        name = _acronym_name(_HEADING_ORG.search(heading))
        if name:
            return _fv(name, FALLBACK, part, (0, len(heading)), "heading")
    if cal is not None and cal.location:
        name = _acronym_name(_OFFICE_ORG.search(" ".join(cal.location.split())))
        if name:
            return _fv(name, FALLBACK, "calendar", (0, len(cal.location)), "location")
    return None


# ------------------------------------------------------------------------------ final check

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio"
    r"|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março"
    r"|maio|junho|julho|setembro|outubro|novembro|dezembro|Januar|Februar|März|Juni|Juli"
    r"|Oktober|Dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
    r"|dicembre|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember)"
)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|(?<!Santo )domingo"
    r"|(?:segunda|terça|quarta|quinta|sexta)-feira|Montag|Dienstag|Mittwoch|Donnerstag|Freitag"
    r"|Samstag|Sonntag|lunedì|martedì|mercoledì|giovedì|venerdì)"
)
# A date, a weekday or a clock time is no part of a name: "... workshop Wed 16 December 1:00pm",
# "19 al 22 de octubre de 2026), la Red Sur", "Hora del centro de México) en el ...".
_WHEN = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th|er|º)?(?:\s+(?:de|of|al|au|a|-|–)\s+\d{{1,2}})?\s+(?:de\s+)?"
    rf"{_MONTH}\b|\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b{_MONTH}\s+(?:de\s+)?\d{{4}}\b"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\b{_WEEKDAY}\b"
    r"|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu"
    r"|Minggu)\b,?\s+\d"
    r"|\b\d{1,2}(?:[:h.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|hrs|h)(?!\w)|\b\d{1,2}[:h]\d{2}\b"
    r"|\b(?:GMT|UTC|CET|CEST)(?:\s?[+-]\d{1,2})?\b|\b[Hh]ora (?:del|de|local)\b"
    r"|\bheure (?:de|locale)\b|\blocal time\b"
    r"|(?:^|\s)(?:يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر"
    r"|ديسمبر|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)(?:\s|$)",
    re.IGNORECASE,
)
# Finite verbs and pronouns of a sentence, lowercase ("X has", "X est", "la red es", "kami").
_SENTENCE_WORD = re.compile(
    r"\b(?:has|have|had|can|could|should|must|might|we|you|your|please|invites?|invited|join"
    r"|register|attend|(?<!['’])est|sont|était|sera|vous|nous|aura|peut|invitent|es|son|está|están|fue"
    r"|ha|han|puede|pueden|invitan?|é|são|foi|estão|pode|podem|convidam?|adalah|akan|telah"
    r"|sudah|mengundang|kami|anda)\b|(?:^|\s)(?:سوف|سيتم|يتم)(?:\s|$)"
)
# A room or hall with its number is where, not who: "Community Hub, Room 2", "Sala 3", "Hall B".
_VENUE_SHAPE = re.compile(
    r"\b(?:Room|Rm|Hall|Sala|Salle|Salón|Salão|Hub|Aula|Ruang|Auditorium|Auditorio|Auditório"
    r"|Floor|Piso|Étage|Building|Edificio|Bâtiment|Bloco|Block|Centre|Center|Centro)\.?\s+"
    r"(?:No\.?\s*|N[º°]\s*)?(?:\d+[A-Za-z]?|[A-Z]\d*)(?![\w'-])|قاعة\s+\d",
)
_LEAD_ARTICLE = re.compile(
    r"^(?:(?:the|la|el|le|les|los|las|o|os|as|il|die|der|das)\s+|l['’])(?=\S)"
)
_LEAD_FRAGMENT = re.compile(
    r"^(?:of|de|del|des|du|d['’]|en|in|at|on|à|au|aux|con|por|para|pour|dans|from|to|with|and"
    r"|et|y|or|ou|dan|di|ke|dari|untuk|em|no|na|nos|nas|sur|sobre)\s"
    r"|^(?:Of|En|In|At|On|From|To|With|Con|Por|Para|Pour|Dans|À|Au|Aux|Em|Sur|Sobre|Di|Dari)\s+"
    r"(?:the|el|la|los|las|le|les|l['’]|o|a|os|as|un|una|une|a)\b"
)
_PART_SPLIT = re.compile(r"\s+(?:and|et|y|e|und|&|و)\s+|,\s+|;\s*")
MAX_PART_WORDS = 14
_OPEN, _CLOSE = "([{", ")]}"


def _balanced(name: str) -> str:
    """The name cut at an unmatched bracket: what follows a stray closing one ("2026), la Red
    X" -> "la Red X"), what precedes a stray opening one ("Red X (con el apoyo" -> "Red X")."""
    depth: list[int] = []
    for i, ch in enumerate(name):
        if ch in _OPEN:
            depth.append(i)
        elif ch in _CLOSE:
            if not depth:
                return _balanced(name[i + 1 :])
            depth.pop()
    return name[: depth[0]] if depth else name


def is_garbage(name: str) -> bool:
    """Text no organiser's name holds: a date, weekday or clock time, a URL, mailbox or phone, an
    unmatched bracket, a part of more than 14 words, a sentence's verb or pronoun, a room with its
    number, or a fragment opening with a preposition ("en el Centro ...", "of the X")."""
    if _WHEN.search(name) or _CONTACT.search(name) or _SENTENCE_WORD.search(name):
        return True
    if _balanced(name) != name or _VENUE_SHAPE.search(name) or _LEAD_FRAGMENT.match(name):
        return True
    return any(len(part.split()) > MAX_PART_WORDS for part in _PART_SPLIT.split(name))


def cleaned(name: str) -> str:
    """A candidate cut to its name ("19 al 22 de octubre de 2026), la Red Sur de X" -> "Red Sur
    de X": the text after a stray bracket, a leading lowercase article dropped), or "" when what
    is left is no name (see ``is_garbage``)."""
    s = tidy(name)
    trimmed = tidy(_balanced(s))
    if trimmed != s and not ORG_WORD.search(trimmed) and not _ACRONYM.search(trimmed):
        return ""  # what the bracket leaves must still name an entity
    s = trimmed
    for _ in range(2):
        s = _LEAD_ARTICLE.sub("", s)
    if not s or is_garbage(s) or s[0].islower():
        return ""
    return s


@dataclass(frozen=True, slots=True)
class _Context:
    """What a candidate is checked against: the event's headings and the mail's text."""

    headings: tuple[str, ...]
    text: str

    @classmethod
    def of(cls, block: Block, sources: Sources) -> _Context:
        cal = block.calendar
        headings = (
            cal.summary if cal is not None else "",
            block.item_title,
            strip_subject(sources.subject),
        )
        description = cal.description[:6000] if cal is not None else ""
        text = "\n".join((sources.subject, sources.body[:20000], description))
        return cls(tuple(h for h in headings if h.strip()), text)


def _words(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in text.casefold()).split()


def _overlap(a: list[str], b: list[str]) -> float:
    common = sum(min(a.count(w), b.count(w)) for w in set(a))
    return 2 * common / (len(a) + len(b)) if a and b else 0.0


_TOPIC_WORD = re.compile(r"\b(?:SOBRE|ON|ABOUT|SUR|ACERCA|TENTANG|SOBRE)\b")


def is_heading(name: str, headings: tuple[str, ...]) -> bool:
    """The event's own title, not its organiser: the same words as a heading of the event, or
    an ALL-CAPS banner naming an event or a topic ("CONSULTA NACIONAL ... SOBRE ...")."""
    letters = [c for c in name if c.isalpha()]
    caps = len(name.split()) >= 3 and all(c.isupper() for c in letters if c.isascii())
    office = re.search(r"\b(?:OFICINA|OFFICE|BUREAU|ESCRITÓRIO)\b", name)
    if caps and (_TOPIC_WORD.search(name) or (_OCCASION.search(name) and not office)):
        return True
    words = _words(name)
    for heading in headings:
        other = _words(heading)
        if words == other or (len(words) >= 3 and caps and _overlap(words, other) >= 0.8):
            return True
    return False


_UMBRELLA_ACRONYM = re.compile(r"^(?:COP\s?\d{0,2}|IMRF|HLPF|UNGA\s?\d{0,2}|WUF\s?\d{0,2}|WSF)$")
_EVENT_HEAD = re.compile(
    r"^(?:Summit|Sommet|Cumbre|Cimeira|Conference|Conférence|Conferencia|Conferência|Congress"
    r"|Congrès|Congreso|Congresso|Week|Semaine|Semana|Day|Journée|Día|Dia|Festival|Symposium"
    r"|Colloque|Konferensi|Pekan|KTT|قمة|مؤتمر|المؤتمر|أسبوع)$",
    re.IGNORECASE,
)
_HOLDER_TAIL = re.compile(
    r"\b(?:Secretariat|Secrétariat|Secretaría|Secretaria|Segreteria|Sekretariat|Organi[sz]ing"
    r"|Organizing|Comité|Committee|Comisión|Commission|Council|Consejo|Conseil|Bureau|Chair"
    r"|Presidency|Présidence|Presidencia|Presidência|Team|Equipo|Équipe|Network|Red|Réseau"
    r"|Rede|Foundation|Fundación|Fondation|Association|Asociación|Institute|Instituto)\b"
    r"|أمانة|الأمانة"
)
_PREPOSITION = re.compile(
    r"\s(?:of|on|for|in|de|del|des|du|sobre|sur|para|pour|da|do|dos|das|di|on|tentang|about"
    r"|d['’])\s|\s\(",
    re.IGNORECASE,
)


_FORUM = re.compile(r"(?:Forum|Foro|Fórum|Dialogue|Diálogo|Dialog|منتدى|المنتدى|حوار)$", re.I)
# Words before a conference's name when an event is held at or around it: "on the margins of
# the X Forum", "in occasione del Forum ...", "en marge du", "al margen del", "على هامش".
_UMBRELLA_CUE = re.compile(
    r"(?:margins?|sidelines?|side[- ]events?|during|ahead of|occasion|framework|at|part"
    r"|al margen|marco|en marge|cadre|lors|à margem|âmbito|durante|occasione|ambito|margine"
    r"|في إطار|على هامش|خلال)\s+(?:of\s+|de\s+|del\s+|du\s+|des\s+|da\s+|do\s+|della\s+"
    r"|dello\s+|dell['’]\s*|de la\s+|de l['’])?(?:the\s+|el\s+|la\s+|le\s+|il\s+|l['’])?\W*$",
    re.IGNORECASE,
)


def _hosts_events(name: str, text: str) -> bool:
    """The mail speaks of ``name`` as where events are held ("on the margins of the X")."""
    return any(
        _UMBRELLA_CUE.search(text[max(0, m.start() - 60) : m.start()])
        for m in re.finditer(re.escape(name), text)
    )


def is_umbrella(name: str, text: str = "") -> bool:
    """A conference, summit or week that hosts events, not the entity that holds them ("the
    Global Summit", "Migration Week", "Cumbre de las Américas", "IMRF", "COP30"); a forum or a
    dialogue is one only when ``text`` speaks of events held at or around it ("on the margins of
    the International Migration Review Forum"), since "X Forum" also names associations; its
    secretariat or committee is an entity."""
    if _UMBRELLA_ACRONYM.match(name.strip()):
        return True
    if _HOLDER_TAIL.search(name):
        return False
    head = _PREPOSITION.split(f" {name} ", maxsplit=1)[0].split()
    if not head:
        return False
    if _FORUM.match(head[-1]) or _FORUM.match(head[0]):
        return _hosts_events(name, text)
    return bool(_EVENT_HEAD.match(head[-1]) or _EVENT_HEAD.match(head[0]))


_BARE_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,11}")


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w[:1].isupper())


def _lcs(a: str, b: str) -> int:
    row = [0] * (len(b) + 1)
    for ca in a:
        prev = 0
        for j, cb in enumerate(b):
            prev, row[j + 1] = row[j + 1], prev + 1 if ca == cb else max(row[j + 1], row[j])
    return row[-1]


def _abbreviates(acronym: str, full: str) -> str:
    """The part of ``full`` that ``acronym`` abbreviates ("The Horn of Africa Migration Research
    Consortium" for HAMREC -> "Horn of Africa Migration Research Consortium"), else ""."""
    letters = "".join(c for c in acronym if c.isalpha())
    words = full.split()
    for k in range(len(words)):
        rest = words[k:]
        initials = _initials(rest)
        if not rest[0][:1].isupper() or initials[:1] != letters[:1]:
            continue
        common = _lcs(letters, initials)
        if common >= max(2, len(initials) - 1) and common >= 0.6 * len(letters):
            return " ".join(rest)
    return ""


def expand_acronym(acronym: str, text: str) -> str:
    """ "HAMREC" -> "Horn of Africa Migration Research Consortium (HAMREC)" when the mail writes
    the name out beside it ("Full Name (HAMREC)" or "HAMREC (Full Name)"), else the acronym."""
    token = re.escape(acronym)
    # "(ACRONYM)" is checked first: the lazy 200-character lead costs ~200 steps per character.
    written_before = f"({acronym})" in text
    for m in re.finditer(rf"([^\n()]{{4,200}}?)\s*\({token}\)", text) if written_before else ():
        runs = _runs(m.group(1) + " ")
        if runs and m.group(1).rstrip().endswith(runs[-1]):
            full = _abbreviates(acronym, _trim_lead(runs[-1]))
            if full and not is_garbage(full):
                return f"{full} ({acronym})"
    for m in re.finditer(rf"\b{token}\s*\(([^()\n]{{4,200}})\)", text):
        full = _abbreviates(acronym, tidy(m.group(1)))
        if full and full == tidy(m.group(1)) and not is_garbage(full):
            return f"{full} ({acronym})"
    return acronym


def _expanded(name: str, text: str) -> str:
    """Each bare acronym of a co-organiser list written out as the mail does elsewhere."""
    parts = re.split(r"(\s+(?:and|et|y|e|und|&|و)\s+|,\s+)", name)
    return "".join(expand_acronym(p, text) if _BARE_ACRONYM.fullmatch(p) else p for p in parts)


def vetted(found: FieldValue, context: _Context) -> FieldValue | None:
    """The last check every candidate passes before it is returned: cut and cleaned (see
    ``cleaned``), not the event's own title, an acronym written out as the mail does elsewhere,
    and, unless a label or "organised by" says it holds the event, no umbrella occasion
    ("the Global Forum", "IMRF"). None sends the caller to the next source."""
    if not found.value:
        return None
    name = cleaned(str(found.value))
    if not name or is_heading(name, context.headings if found.confidence < STRUCTURED else ()):
        return None
    if _BARE_ACRONYM.search(name):
        name = _expanded(name, context.text)
    if found.confidence < STRUCTURED and is_umbrella(name, context.text):
        return None
    if name == found.value:
        return found
    return FieldValue(name, found.confidence, found.evidence)
