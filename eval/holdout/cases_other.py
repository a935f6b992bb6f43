"""French, Spanish, Portuguese, Arabic, German and Italian cases for the blind set. All content invented."""

from __future__ import annotations

from build import alternative, case, head, outlook_html, plain

# --------------------------------------------------------------------------- French


@case("b17_fr_correction_reply")
def saint_louis():
    body = """Bonjour \u00e0 toutes et \u00e0 tous,

Une erreur s\u2019est gliss\u00e9e dans mon message d\u2019hier : la formation aura lieu
du mardi 8 au mercredi 9 d\u00e9cembre 2026, et non du 9 au 10 comme indiqu\u00e9.
Le lieu, les horaires et le lien d\u2019inscription restent inchang\u00e9s.

Toutes nos excuses pour ce d\u00e9sagr\u00e9ment.

Aminata Diallo
Charg\u00e9e de programmes
R\u00e9seau ouest-africain des journalistes sur les migrations
Si\u00e8ge : Sicap Libert\u00e9 6, Dakar, S\u00e9n\u00e9gal

Le mer. 25 nov. 2026 \u00e0 16:12, Aminata Diallo <a.diallo@rojam-afrique.org> a \u00e9crit :
> Chers partenaires,
>
> Dans le cadre de la Semaine des migrations, le R\u00e9seau ouest-africain des
> journalistes sur les migrations organise une
>
> Formation des journalistes sur la couverture \u00e9thique des migrations
>
> du mercredi 9 au jeudi 10 d\u00e9cembre 2026, de 9 h \u00e0 17 h,
> \u00e0 l\u2019Institut fran\u00e7ais de Saint-Louis (salle de conf\u00e9rences), Saint-Louis.
>
> Vingt journalistes de radio communautaire du S\u00e9n\u00e9gal, de Mauritanie et
> du Mali y travailleront sur le vocabulaire, les sources et la protection
> des personnes interview\u00e9es.
>
> Inscriptions : https://rojam-afrique.org/formation-saint-louis-2026
>
> Bien cordialement,
> Aminata Diallo
"""
    msg = plain(body)
    return head(
        msg,
        '"Aminata Diallo" <a.diallo@rojam-afrique.org>',
        "Re: Formation des journalistes sur la couverture \u00e9thique des migrations \u2013 Saint-Louis",
        "2026-11-26 09:30:00 +0000",
        "CAL8q-correctif.stlouis@mail.gmail.com",
        In_Reply_To="<CAL8q-formation.stlouis@mail.gmail.com>",
        References="<CAL8q-formation.stlouis@mail.gmail.com>",
    )


@case("b18_fr_outlook_forward_tr")
def tahoua():
    body = """Bonjour,

Pour information et inscription au calendrier de la Semaine des migrations.

Cordialement,
Moussa ABDOU
Bureau de la Coordonnatrice r\u00e9sidente du Syst\u00e8me des Nations Unies
Niamey, Niger

________________________________
De : Conseil r\u00e9gional de Tahoua <secretariat@conseilregional-tahoua.ne>
Envoy\u00e9 : lundi 23 novembre 2026 11:04
\u00c0 : Moussa Abdou <moussa.abdou@un-rco-niger.org>
Objet : Invitation - Dialogue transfrontalier sur la transhumance et la mobilit\u00e9 pastorale

Monsieur,

Le Conseil r\u00e9gional de Tahoua, en partenariat avec l\u2019OIM Niger, a l\u2019honneur de
vous inviter au Dialogue transfrontalier sur la transhumance et la mobilit\u00e9
pastorale entre le Niger et le Nigeria, qui se tiendra les 16 et 17 d\u00e9cembre
2026 dans la salle de conf\u00e9rence du Conseil r\u00e9gional, \u00e0 Tahoua.

Les travaux d\u00e9buteront \u00e0 9 h 00 le 16 d\u00e9cembre et prendront fin \u00e0 13 h 00 le
17 d\u00e9cembre. Ils r\u00e9uniront les \u00e9lus locaux, les associations d\u2019\u00e9leveurs et les
services techniques des deux pays.

Merci de bien vouloir confirmer votre participation par courriel \u00e0
secretariat@conseilregional-tahoua.ne avant le 9 d\u00e9cembre 2026.

Veuillez agr\u00e9er, Monsieur, l\u2019expression de notre haute consid\u00e9ration.

Le Secr\u00e9taire g\u00e9n\u00e9ral
"""
    html = outlook_html(
        [
            line.replace("<", "&lt;").replace(">", "&gt;") if line else "&nbsp;"
            for line in body.split("\n")
        ]
    )
    msg = alternative(body, html)
    return head(
        msg,
        '"Moussa Abdou" <moussa.abdou@un-rco-niger.org>',
        "TR: Invitation - Dialogue transfrontalier sur la transhumance et la mobilit\u00e9 pastorale",
        "2026-11-24 08:45:00 +0100",
        "LO2P265MB0099.GBRP265.PROD.OUTLOOK.COM",
        Content_Language="fr-FR",
    )


@case("b19_fr_latin1_relative")
def sherbrooke():
    body = """Bonjour,

L'Observatoire estrien de l'immigration tient jeudi prochain, de 12 h \u00e0 13 h 30,
une table ronde intitul\u00e9e \u00ab Travailleurs \u00e9trangers temporaires en r\u00e9gion :
quels leviers pour l'int\u00e9gration ? \u00bb.

Employeurs agricoles, organismes d'accueil et \u00e9lus municipaux de l'Estrie y
\u00e9changeront sur le logement, la francisation et l'acc\u00e8s aux soins.

La rencontre se tiendra en mode hybride : sur place \u00e0 la salle 3-A du Pavillon
central du C\u00e9gep de Sherbrooke, et en ligne sur Zoom (le lien sera envoy\u00e9 aux
personnes inscrites).

Inscription gratuite : https://oei-estrie.ca/table-ronde-tet

Au plaisir de vous y voir,

Genevi\u00e8ve Tremblay
Coordonnatrice, Observatoire estrien de l'immigration
Sherbrooke (Qu\u00e9bec)
"""
    msg = plain(body, charset="iso-8859-1", cte="8bit")
    return head(
        msg,
        '"Genevieve Tremblay" <genevieve.tremblay@oei-estrie.ca>',
        "Table ronde jeudi prochain : travailleurs etrangers temporaires en region",
        "2026-12-04 13:20:00 -0500",
        "5f7c2e10-oei-tableronde@oei-estrie.ca",
    )


@case("b20_fr_ooo_no_autosubmitted")
def ooo_fr():
    body = """Bonjour,

Je suis absente du bureau du 23 novembre au 4 d\u00e9cembre 2026 inclus, en mission \u00e0
Dakar, avec un acc\u00e8s limit\u00e9 \u00e0 mes courriels. Je traiterai votre message \u00e0 mon
retour.

Pour toute urgence, merci de contacter Claire Fontaine (c.fontaine@cites-accueil.fr).

Cordialement,
H\u00e9l\u00e8ne Marchand
R\u00e9seau Cit\u00e9s d'accueil, Lyon
"""
    msg = plain(body)
    return head(
        msg,
        '"Helene Marchand" <h.marchand@cites-accueil.fr>',
        "R\u00e9ponse automatique : Semaine des migrations \u2013 appel \u00e0 contributions",
        "2026-11-24 15:02:10 +0100",
        "ooo-7712.hmarchand@cites-accueil.fr",
    )


@case("b21_fr_question")
def question_fr():
    body = """Bonjour,

Notre association, Passerelles Rh\u00f4ne-Alpes, souhaiterait organiser une
projection-d\u00e9bat pendant la Semaine des migrations, mais la date et la salle
ne sont pas encore fix\u00e9es (sans doute d\u00e9but d\u00e9cembre, \u00e0 Grenoble ou \u00e0
Chamb\u00e9ry).

Pourriez-vous nous indiquer la proc\u00e9dure pour inscrire un \u00e9v\u00e9nement au
calendrier, et nous dire s'il existe un soutien pour la traduction des
sous-titres ?

Merci d'avance,
Yacine Benali
Passerelles Rh\u00f4ne-Alpes
"""
    msg = plain(body)
    return head(
        msg,
        '"Yacine Benali" <contact@passerelles-ra.org>',
        "Question : comment inscrire un \u00e9v\u00e9nement au calendrier ?",
        "2026-11-17 18:40:00 +0100",
        "q-8123@passerelles-ra.org",
    )


# --------------------------------------------------------------------------- Spanish


@case("b22_es_forward_rv")
def tapachula():
    body = """Buenos d\u00edas:

Les reenv\u00edo la convocatoria que nos hizo llegar el colectivo de Tapachula,
para que la incluyan en el calendario de la Semana de las Migraciones.

Saludos cordiales,
Luc\u00eda Herrera
Oficina de Coordinaci\u00f3n de la ONU, Ciudad de M\u00e9xico

---------- Mensaje reenviado ---------
De: Colectivo Fronteras Abiertas del Soconusco <contacto@fronterasabiertas-soconusco.org>
Date: mar, 17 nov 2026 a las 18:20
Subject: Convocatoria: Foro Regional de Consulta con Organizaciones de Personas Migrantes
To: <aliados@fronterasabiertas-soconusco.org>


Estimadas organizaciones aliadas:

El Colectivo Fronteras Abiertas del Soconusco convoca al

FORO REGIONAL DE CONSULTA CON ORGANIZACIONES DE PERSONAS MIGRANTES DEL SUR DE M\u00c9XICO

Fecha: jueves 3 de diciembre de 2026
Horario: de 9:00 a 15:00 h
Sede: Auditorio de la Casa de la Cultura de Tapachula, Chiapas

Las conclusiones del foro se entregar\u00e1n a las autoridades migratorias y al
Ayuntamiento como aporte a la revisi\u00f3n nacional del Pacto Mundial.

Registro previo en: https://forms.gle/TpchForoMigrantes26

\u00a1Las esperamos!
"""
    msg = plain(body)
    return head(
        msg,
        '"Luc\u00eda Herrera" <lucia.herrera@onu-coordinacion-mx.org>',
        "RV: Convocatoria: Foro Regional de Consulta con Organizaciones de Personas Migrantes",
        "2026-11-19 10:00:00 -0600",
        "CAJ2mx-fwd-tapachula@mail.gmail.com",
    )


@case("b23_es_correction_reply")
def medellin():
    body = """Estimados colegas:

Corrijo la informaci\u00f3n que envi\u00e9 ayer: el seminario ser\u00e1 de 8:30 a 12:30 (no de
14:00 a 18:00) y el lugar es el Auditorio Principal de la Facultad Nacional de
Salud P\u00fablica, no el Paraninfo. La fecha se mantiene: viernes 11 de diciembre.

Disculpen la confusi\u00f3n.

Carolina Restrepo
Coordinadora, Red de Salud y Movilidad Humana de Antioquia

El mar, 24 nov 2026 a las 17:05, Carolina Restrepo (<crestrepo@redsaludmovilidad.co>) escribi\u00f3:

> Estimados colegas:
>
> La Red de Salud y Movilidad Humana de Antioquia los invita al seminario
> \u00abAcceso a la salud de la poblaci\u00f3n migrante venezolana: aprendizajes desde
> Medell\u00edn\u00bb, que se realizar\u00e1 el viernes 11 de diciembre de 2026, de 14:00 a
> 18:00, en el Paraninfo de la Universidad de Antioquia, Medell\u00edn.
>
> Inscripciones: https://redsaludmovilidad.co/seminario2026
>
> Cordialmente,
> Carolina Restrepo
"""
    msg = plain(body)
    return head(
        msg,
        '"Carolina Restrepo" <crestrepo@redsaludmovilidad.co>',
        "Re: Seminario: acceso a la salud de la poblaci\u00f3n migrante venezolana",
        "2026-11-25 08:10:00 -0500",
        "CAM3co-correccion@mail.gmail.com",
        In_Reply_To="<CAM3co-seminario@mail.gmail.com>",
    )


@case("b24_es_postponed")
def tijuana():
    html = outlook_html(
        [
            "Estimadas y estimados:",
            "&nbsp;",
            "Lamentamos informarles que la <b>Proyecci\u00f3n del documental \u00abOtra vez hacia el norte\u00bb y "
            "conversatorio con sus protagonistas</b>, programada para el s\u00e1bado 5 de diciembre de 2026, de 18:00 "
            "a 20:30 h, en la Sala Carlos Monsiv\u00e1is del Centro Cultural Tijuana, queda <b>POSPUESTA</b> hasta "
            "nuevo aviso.",
            "&nbsp;",
            "La decisi\u00f3n se debe a que dos de las personas protagonistas no podr\u00e1n viajar en esas fechas. "
            "Les comunicaremos la nueva fecha en cuanto est\u00e9 confirmada.",
            "&nbsp;",
            "Gracias por su comprensi\u00f3n.",
            "Equipo de Comunicaci\u00f3n",
            "Casa Albergue Frontera Norte",
            "Calle Segunda 1180, Zona Centro, Tijuana, B.C.",
        ]
    )
    text = (
        "Estimadas y estimados:\n\n"
        "Lamentamos informarles que la Proyecci\u00f3n del documental \u00abOtra vez hacia el norte\u00bb y conversatorio "
        "con sus protagonistas, programada para el s\u00e1bado 5 de diciembre de 2026, de 18:00 a 20:30 h, en la Sala "
        "Carlos Monsiv\u00e1is del Centro Cultural Tijuana, queda POSPUESTA hasta nuevo aviso.\n\n"
        "La decisi\u00f3n se debe a que dos de las personas protagonistas no podr\u00e1n viajar en esas fechas. Les "
        "comunicaremos la nueva fecha en cuanto est\u00e9 confirmada.\n\n"
        "Gracias por su comprensi\u00f3n.\nEquipo de Comunicaci\u00f3n\nCasa Albergue Frontera Norte\n"
        "Calle Segunda 1180, Zona Centro, Tijuana, B.C.\n"
    )
    msg = alternative(text, html)
    return head(
        msg,
        "Casa Albergue Frontera Norte <comunicacion@casaalberguefronteranorte.org>",
        "POSPUESTO: Proyecci\u00f3n \u00abOtra vez hacia el norte\u00bb y conversatorio (5 de diciembre)",
        "2026-11-30 12:00:00 -0800",
        "BY5PR11MB3320.namprd11.prod.outlook.com",
    )


@case("b25_es_cp1252_relative")
def santa_cruz():
    body = """Estimados amigos de la Red:

Les comparto que el pr\u00f3ximo jueves realizaremos el \u201cTaller de capacitaci\u00f3n para
gobiernos municipales: atenci\u00f3n a personas migrantes retornadas\u201d, de 9:00 a
13:00, en el Sal\u00f3n Guapur\u00fa de la Casa Municipal de Cultura, Santa Cruz de la Sierra.

El taller est\u00e1 dirigido a funcionarios de las direcciones de desarrollo humano
de los municipios del departamento, y es organizado por el Gobierno Aut\u00f3nomo
Municipal de Santa Cruz de la Sierra y la Fundaci\u00f3n Caminos de Retorno.

Para confirmar asistencia, escribir a talleres@caminosderetorno.org.bo
hasta el martes.

Atentamente,
Ra\u00fal Justiniano
Fundaci\u00f3n Caminos de Retorno \u2013 oficina La Paz
"""
    msg = plain(body, charset="windows-1252", cte="8bit")
    return head(
        msg,
        '"Raul Justiniano" <rjustiniano@caminosderetorno.org.bo>',
        "Taller para gobiernos municipales - el proximo jueves",
        "2026-11-27 16:45:00 -0400",
        "000a01db-santacruz$1f2e3d40@caminosderetorno.org.bo",
        X_Mailer="Microsoft Outlook 16.0",
    )


@case("b26_es_ooo_autosubmitted")
def ooo_es():
    body = """Gracias por su mensaje.

Estar\u00e9 fuera de la oficina hasta el lunes 7 de diciembre de 2026, sin acceso
regular al correo. Para asuntos urgentes relacionados con el Foro de Ciudades
Receptoras, por favor escriba a foro@ciudadesreceptoras.org.

Un saludo,
Mart\u00edn Aguirre
"""
    msg = plain(body)
    return head(
        msg,
        '"Martin Aguirre" <maguirre@ciudadesreceptoras.org>',
        "Respuesta autom\u00e1tica: Semana de las Migraciones: env\u00edo de actividades",
        "2026-11-23 11:00:05 -0300",
        "auto-4410.maguirre@ciudadesreceptoras.org",
        Auto_Submitted="auto-replied",
        X_Auto_Response_Suppress="All",
    )


# --------------------------------------------------------------------------- Portuguese


@case("b27_pt_correction_reply")
def boa_vista():
    body = """Ol\u00e1 a todos,

Uma corre\u00e7\u00e3o: a roda de conversa come\u00e7a \u00e0s 14h30 (e n\u00e3o \u00e0s 14h, como escrevi).
O t\u00e9rmino continua \u00e0s 17h30 e o resto se mant\u00e9m.

Abra\u00e7os,
Juliana

Em ter., 24 de nov. de 2026 \u00e0s 10:12, Juliana Matos <juliana.matos@casadomigrante-rr.org.br> escreveu:

> Prezadas e prezados,
>
> A Casa do Migrante de Roraima convida para a Roda de conversa com
> associa\u00e7\u00f5es de migrantes venezuelanos e haitianos sobre acesso ao trabalho
> formal, na sexta-feira, 4 de dezembro de 2026, das 14h \u00e0s 17h30, no
> audit\u00f3rio da Casa do Migrante, Rua Ara\u00fajo Filho 410, Boa Vista (RR).
>
> Inscri\u00e7\u00f5es: https://casadomigrante-rr.org.br/roda-de-conversa
>
> Juliana Matos
> Coordenadora de projetos
"""
    msg = plain(body)
    return head(
        msg,
        '"Juliana Matos" <juliana.matos@casadomigrante-rr.org.br>',
        "Re: Roda de conversa com associa\u00e7\u00f5es de migrantes \u2013 Boa Vista",
        "2026-11-25 09:00:00 -0400",
        "CAP1br-correcao@mail.gmail.com",
        In_Reply_To="<CAP1br-roda@mail.gmail.com>",
    )


@case("b28_pt_relative_tomorrow")
def beira():
    body = """Caros parceiros,

Lembramos que amanh\u00e3, das 10h00 \u00e0s 12h00 (hora de Mo\u00e7ambique), ter\u00e1 lugar o
lan\u00e7amento do estudo \u201cMigra\u00e7\u00e3o laboral de Mo\u00e7ambique para a \u00c1frica do Sul:
remessas e regresso\u201d, no Audit\u00f3rio da Faculdade de Economia da Universidade
Cat\u00f3lica de Mo\u00e7ambique, na Beira.

O lan\u00e7amento ser\u00e1 tamb\u00e9m transmitido em direto pelo Zoom:
https://us02web.zoom.us/j/81234567890?pwd=QmVpcmEyMDI2

Organiza\u00e7\u00e3o: Observat\u00f3rio das Migra\u00e7\u00f5es do Centro de Mo\u00e7ambique.

Com os melhores cumprimentos,
Ant\u00f3nio Macuácua
Observat\u00f3rio das Migra\u00e7\u00f5es do Centro de Mo\u00e7ambique
Escrit\u00f3rio de liga\u00e7\u00e3o: Av. 24 de Julho 1020, Maputo
"""
    msg = plain(body, cte="base64")
    return head(
        msg,
        '"Antonio Macuacua" <amacuacua@omcm.org.mz>',
        "Lembrete: lan\u00e7amento do estudo amanh\u00e3 na Beira",
        "2026-12-02 17:30:00 +0200",
        "omcm-lembrete-0212@omcm.org.mz",
    )


@case("b29_pt_thank_you")
def thanks_pt():
    body = """Caras e caros colegas,

Muito obrigado pela vossa participa\u00e7\u00e3o no semin\u00e1rio \u201cAcolher nas cidades\u201d,
que decorreu no passado dia 19 de novembro em Lisboa. Foram mais de 120
participantes e as discuss\u00f5es foram muito ricas.

Em anexo seguem as apresenta\u00e7\u00f5es dos oradores e a s\u00edntese das recomenda\u00e7\u00f5es.
Esperamos contar convosco na pr\u00f3xima edi\u00e7\u00e3o, em 2027 (data a definir).

Com amizade,
Teresa Lobo
Associa\u00e7\u00e3o Lusofonia em Movimento
"""
    msg = plain(body)
    return head(
        msg,
        '"Teresa Lobo" <teresa.lobo@lusofonia-movimento.pt>',
        "Obrigado! Semin\u00e1rio \u201cAcolher nas cidades\u201d",
        "2026-11-23 10:15:00 +0000",
        "alm-obrigado-1123@lusofonia-movimento.pt",
    )


# --------------------------------------------------------------------------- Arabic


@case("b30_ar_indic_digits_html")
def aqaba():
    title = "ورشة عمل إقليمية حول حماية العمال المهاجرين في القطاع الزراعي"
    text = f"""السادة الزملاء في أمانة شبكة الأمم المتحدة المعنية بالهجرة المحترمين،

تحية طيبة وبعد،

تتشرف جمعية الأفق لحقوق العمال المهاجرين، بالتعاون مع منظمة العمل الدولية، بدعوتكم إلى المشاركة في:

{title}

التاريخ: الثلاثاء والأربعاء ١٥–١٦ كانون الأول/ديسمبر ٢٠٢٦
الوقت: من الساعة ٩:٠٠ صباحاً حتى الساعة ٤:٠٠ مساءً
المكان: قاعة المرجان، مركز العقبة للمؤتمرات، العقبة

تجمع الورشة ممثلي وزارات العمل ونقابات العمال المزارعين ومنظمات المجتمع المدني من الأردن ولبنان ومصر.

للتسجيل: https://alofoq-rights.org/aqaba-workshop-2026
آخر موعد للتسجيل: ٥ كانون الأول/ديسمبر ٢٠٢٦

مع خالص التقدير،
ليلى الخطيب
منسقة البرامج، جمعية الأفق لحقوق العمال المهاجرين
عمّان، الأردن
"""
    html = (
        '<html dir="rtl" lang="ar"><head><meta charset="utf-8"></head>'
        '<body style="font-family:Tahoma,Arial;direction:rtl">'
        + "".join(f"<p>{line}</p>" if line else "<br>" for line in text.split("\n"))
        + "</body></html>"
    )
    html = html.replace(
        "https://alofoq-rights.org/aqaba-workshop-2026",
        '<a href="https://alofoq-rights.org/aqaba-workshop-2026">https://alofoq-rights.org/aqaba-workshop-2026</a>',
    )
    msg = alternative(text, html)
    return head(
        msg,
        '"Layla Al-Khatib" <l.alkhatib@alofoq-rights.org>',
        f"دعوة: {title}",
        "2026-11-22 10:00:00 +0300",
        "alofoq-aqaba-2026@alofoq-rights.org",
    )


@case("b31_ar_bilingual_gmt")
def alexandria():
    body = """الزملاء الأعزاء،

يسر المعهد المصري لدراسات الهجرة دعوتكم إلى:

حوار سياسات حول هجرة العمالة المصرية إلى أوروبا: المسارات النظامية والمهارات

يوم الخميس 10 ديسمبر 2026، من الساعة 10:00 إلى الساعة 14:00 (بتوقيت GMT+2)
في مكتبة الإسكندرية، قاعة المؤتمرات الصغرى، الإسكندرية

يشارك في الحوار ممثلون عن وزارة العمل ووزارة الهجرة وشؤون المصريين بالخارج وعدد من السفارات الأوروبية وأصحاب العمل.
يرجى تأكيد الحضور بالرد على هذه الرسالة قبل 3 ديسمبر.

---------------------------------------------
English version

The Egyptian Institute for Migration Studies is pleased to invite you to a Policy Dialogue on Egyptian Labour
Migration to Europe: Regular Pathways and Skills, on Thursday 10 December 2026, 10:00-14:00 (GMT+2), at the
Bibliotheca Alexandrina, Small Conference Hall, Alexandria. Kindly confirm attendance by replying to this email.
---------------------------------------------

د. كريم عبد الحميد
المعهد المصري لدراسات الهجرة
المقر الرئيسي: 15 شارع التحرير، القاهرة
"""
    msg = plain(body)
    return head(
        msg,
        '"Karim Abdelhamid" <k.abdelhamid@eims-egypt.org>',
        "دعوة: حوار سياسات حول هجرة العمالة المصرية إلى أوروبا / Invitation: Policy Dialogue, Alexandria",
        "2026-11-19 13:00:00 +0200",
        "eims-alex-1910@eims-egypt.org",
    )


@case("b32_ar_ooo_autosubmitted")
def ooo_ar():
    body = """شكراً لرسالتكم.

أنا خارج المكتب حتى يوم ٦ كانون الأول/ديسمبر ٢٠٢٦ ولن أتمكن من الرد على البريد الإلكتروني بانتظام.
للأمور العاجلة يرجى التواصل مع الزميلة سلمى حداد على العنوان: s.haddad@beit-almohajer.org

مع التحية،
طارق منصور
"""
    msg = plain(body, cte="base64")
    return head(
        msg,
        '"Tarek Mansour" <t.mansour@beit-almohajer.org>',
        "رد تلقائي: أسبوع الهجرة - دعوة لتقديم الأنشطة",
        "2026-11-24 09:00:00 +0200",
        "auto-reply-tm-1124@beit-almohajer.org",
        Auto_Submitted="auto-replied",
        X_Autoreply="yes",
    )


# --------------------------------------------------------------------------- German


@case("b33_de_rescheduled_hybrid")
def leipzig():
    body = """Liebe Kolleginnen und Kollegen,

die urspr\u00fcnglich f\u00fcr den 3. Dezember 2026 geplante Fachtagung

\u201eKommunale Integration von Gefl\u00fcchteten: Wohnen, Arbeit, Teilhabe\u201c

wird auf Dienstag, den 19. Januar 2027, verlegt. Grund ist die Sondersitzung des
Stadtrats am urspr\u00fcnglichen Termin.

Neuer Termin: Dienstag, 19. Januar 2027, 9:30 bis 16:00 Uhr
Ort: Neues Rathaus Leipzig, Festsaal \u2013 und online per Webex
Veranstalter: Netzwerk Integration Sachsen und Stadt Leipzig

Bereits erfolgte Anmeldungen bleiben g\u00fcltig. Neue Anmeldungen sind weiterhin
m\u00f6glich unter: https://netzwerk-integration-sachsen.de/fachtagung-2027

Mit freundlichen Gr\u00fc\u00dfen
Katrin Vogel
Netzwerk Integration Sachsen
Gesch\u00e4ftsstelle: K\u00f6nigstra\u00dfe 12, 01097 Dresden
"""
    msg = plain(body)
    return head(
        msg,
        '"Katrin Vogel" <k.vogel@netzwerk-integration-sachsen.de>',
        "Neuer Termin: Fachtagung \u201eKommunale Integration von Gefl\u00fcchteten\u201c",
        "2026-11-26 11:00:00 +0100",
        "nis-fachtagung-verlegt@netzwerk-integration-sachsen.de",
    )


@case("b34_de_minutes")
def protokoll():
    body = """Liebe Mitglieder des Arbeitskreises,

anbei das Protokoll unserer Sitzung vom 12. November 2026 in Hannover.

Zusammenfassung:
1. Bericht zur Beratungsstelle f\u00fcr mobile Besch\u00e4ftigte: 214 Beratungen im
   dritten Quartal, Schwerpunkt Fleischindustrie und Saisonarbeit.
2. Stellungnahme zum Landesaufnahmeprogramm: Entwurf wird bis 30. November
   kommentiert und dann von der Sprecherin versandt.
3. Verschiedenes: Die n\u00e4chste Sitzung findet voraussichtlich im Februar 2027
   statt; der Termin wird per Umfrage abgestimmt.

Viele Gr\u00fc\u00dfe
Jonas Petersen
Arbeitskreis Arbeitsmigration Niedersachsen
"""
    msg = plain(body)
    return head(
        msg,
        '"Jonas Petersen" <j.petersen@ak-arbeitsmigration-nds.de>',
        "Protokoll der Sitzung vom 12.11.2026",
        "2026-11-20 16:30:00 +0100",
        "ak-am-protokoll-1112@ak-arbeitsmigration-nds.de",
    )


# --------------------------------------------------------------------------- Italian


@case("b35_it_outlook_table")
def foggia():
    rows = [
        ("Evento", "Giornata di studio: Migrazioni e lavoro agricolo nel Mezzogiorno"),
        ("Data", "venerd\u00ec 11 dicembre 2026"),
        ("Orario", "9:30 \u2013 17:00 (accoglienza dalle 9:00)"),
        (
            "Luogo",
            "Aula Magna, Dipartimento di Economia, Universit\u00e0 di Foggia, Via Romolo Caggese 1, Foggia",
        ),
        (
            "Organizzazione",
            "Osservatorio sul Lavoro Migrante in Agricoltura e Universit\u00e0 di Foggia",
        ),
        (
            "Iscrizioni",
            '<a href="https://osservatoriolavoromigrante.it/giornata-studio-2026">'
            "https://osservatoriolavoromigrante.it/giornata-studio-2026</a>",
        ),
    ]
    paras = [
        "Gentili colleghe e colleghi,",
        "&nbsp;",
        "vi segnaliamo la giornata di studio che si terr\u00e0 a Foggia nell\u2019ambito della Settimana delle "
        "migrazioni, con ricercatori, sindacati, prefetture e associazioni di braccianti.",
        "&nbsp;",
        "@TABLE@",
        "&nbsp;",
        "Cordiali saluti,",
        "Francesca Lombardi",
        "Osservatorio sul Lavoro Migrante in Agricoltura \u2013 sede legale: Via Nazionale 39, Roma",
    ]
    html = outlook_html(paras, rows)
    text = (
        "Gentili colleghe e colleghi,\n\n"
        "vi segnaliamo la giornata di studio che si terr\u00e0 a Foggia nell\u2019ambito della Settimana delle "
        "migrazioni, con ricercatori, sindacati, prefetture e associazioni di braccianti.\n\n"
        + "".join(f"{k}\t{v}\n" for k, v in rows[:-1])
        + "Iscrizioni\thttps://osservatoriolavoromigrante.it/giornata-studio-2026\n\n"
        "Cordiali saluti,\nFrancesca Lombardi\n"
        "Osservatorio sul Lavoro Migrante in Agricoltura \u2013 sede legale: Via Nazionale 39, Roma\n"
    )
    msg = alternative(text, html)
    return head(
        msg,
        '"Francesca Lombardi" <f.lombardi@osservatoriolavoromigrante.it>',
        "Giornata di studio \u2013 Migrazioni e lavoro agricolo nel Mezzogiorno (Foggia, 11/12)",
        "2026-11-23 12:00:00 +0100",
        "VI1PR04MB5512.eurprd04.prod.outlook.com",
        Content_Language="it-IT",
    )


@case("b36_it_online_side_event")
def corridoi():
    body = """Care amiche e cari amici,

a margine del Forum Euro-Mediterraneo sulle Migrazioni, la Rete Italiana per i
Corridoi Umanitari organizza l\u2019evento collaterale online

\u00abCorridoi umanitari e vie complementari di ingresso: esperienze a confronto\u00bb

gioved\u00ec 3 dicembre 2026, dalle 15:00 alle 16:30 (ora di Roma, CET).

Interverranno rappresentanti di diocesi, comuni e universit\u00e0 che hanno accolto
famiglie arrivate con i corridoi dal Libano e dall\u2019Etiopia. Interpretazione
in inglese e francese.

Registrazione obbligatoria su Zoom:
https://zoom.us/webinar/register/WN_corridoi-vie-complementari-2026

Un caro saluto,
Marco Santoro
Rete Italiana per i Corridoi Umanitari \u2013 Roma
"""
    msg = plain(body)
    return head(
        msg,
        '"Marco Santoro" <m.santoro@reteicorridoiumanitari.it>',
        "Evento collaterale online \u2013 Corridoi umanitari e vie complementari (3 dicembre)",
        "2026-11-24 15:00:00 +0100",
        "ricu-side-event-0312@reteicorridoiumanitari.it",
    )
