"""English cases (and the English-led mixed one) for the blind set. All content invented."""

from __future__ import annotations

from build import (
    INBOX,
    MIMEApplication,
    MIMEBase,
    MIMEMessage,
    MIMEMultipart,
    MIMEText,
    alternative,
    calendar_part,
    case,
    head,
    outlook_html,
    outlook_ics,
    outlook_invite,
    plain,
    text_part,
)


@case("b01_en_plain_ascii")
def kumasi():
    body = """Dear colleagues of the Network secretariat,

On behalf of the Ghana Immigration Service and IOM Ghana, who are co-organising
it, I am pleased to share the details of our contribution to Migration Week:

  Ashanti Regional Consultation with Migrant Workers' Associations on Fair Recruitment

  Dates:  Tuesday 8 and Wednesday 9 December 2026
  Time:   9:00 a.m. to 4:30 p.m. each day (registration desk opens at 8:15)
  Venue:  Nana Yaa Conference Hall, Kumasi Cultural Centre, Kumasi

The consultation will bring together associations of returned migrants,
licensed recruitment agencies, the two main trade union federations and
district assemblies of the Ashanti, Bono and Ahafo regions, so that their
views feed into Ghana's national review of the Global Compact.

Participants are kindly asked to register before 30 November 2026 using the
online form: https://forms.gis-labourdesk.gov.gh/ashanti-consultation-2026

The report of last year's edition (held on 14 November 2025 in Tamale) is
available on request.

Best regards,

Abena Owusu-Mensah
Programme Officer, Labour Migration Desk
Ghana Immigration Service
Independence Avenue, Accra, Ghana
Tel: +233 30 222 4410
"""
    msg = plain(body, charset="us-ascii", cte="7bit")
    return head(
        msg,
        '"Abena Owusu-Mensah" <a.owusumensah@gis-labourdesk.gov.gh>',
        "Migration Week - regional consultation in Kumasi (8-9 Dec)",
        "2026-11-16 10:42:11 +0000",
        "CAK7r2x0001.kumasi@gis-labourdesk.gov.gh",
    )


@case("b02_en_us_dates_qp")
def houston():
    body = """Hello Network team,

The Gulf Coast Migrant Justice Collaborative (Houston, TX) is hosting a free
webinar during Migration Week and we would love for you to list it on the
calendar:

\u201cClimate Displacement and Regular Pathways in the Americas\u201d
Thursday, 12/03/2026
11:00 AM \u2013 12:30 PM CT (12:00\u20131:30 PM ET / 9:00\u201310:30 AM PT / 18:00\u201319:30 CET)
Online via Zoom \u2014 registration required:
https://us06web.zoom.us/webinar/register/WN_gcmjc-climate-pathways

Speakers: Dr. Marisol Quintero (Universidad Centroamericana), Ken Abernathy
(Louisiana Coastal Resilience Lab) and a representative of a Honduran
fishers\u2019 cooperative. Spanish interpretation will be available.

P.S. If you missed our 10/15/2026 session on Temporary Protected Status, the
recording is here: https://gulfcoastmigrantjustice.org/recordings

Rosa Delgado | Policy & Outreach Coordinator
Gulf Coast Migrant Justice Collaborative
2900 Navigation Blvd, Houston, TX 77003
"""
    msg = plain(body)
    return head(
        msg,
        '"Rosa Delgado" <rdelgado@gulfcoastmigrantjustice.org>',
        "Webinar invite: Climate Displacement & Regular Pathways in the Americas \u2014 12/03",
        "2026-11-18 16:05:00 -0600",
        "20261118220500.7781@gulfcoastmigrantjustice.org",
    )


@case("b03_en_two_events_base64")
def durban():
    body = """Dear Secretariat,

The Indian Ocean Mobility Research Centre at the University of KwaZulu-Natal
will hold two activities during Migration Week. Could you kindly add both to
the calendar?

1) Launch of the Southern Africa Remittance Corridors Report 2026
   Thursday 10 December 2026, 14:00\u201316:00 (SAST)
   Howard College Theatre, Howard College Campus, Durban \u2014 the launch will also
   be streamed live on our YouTube channel for those who cannot travel.
   RSVP to events@iomrc.ac.za by 7 December.

2) Photo exhibition \u201cCrossing the Limpopo: Everyday Mobility in Southern Africa\u201d
   10\u201318 December 2026, open daily 09:00\u201317:00 (closed on Sunday 13 December)
   Foyer Gallery, Howard College Campus, Durban
   Free entry, no registration needed.

Warm regards,
Thandeka Mkhize
Research Coordinator
Indian Ocean Mobility Research Centre | University of KwaZulu-Natal
Postal address: Private Bag X01, Scottsville, Pietermaritzburg 3209, South Africa
"""
    msg = plain(body, cte="base64")
    return head(
        msg,
        '"Thandeka Mkhize" <mkhizet@iomrc.ac.za>',
        "Two Migration Week activities in Durban \u2013 report launch & photo exhibition",
        "2026-11-24 08:15:30 +0200",
        "b3f1e0c2-durban@iomrc.ac.za",
    )


@case("b04_en_outlook_table_side_event")
def bangkok():
    rows = [
        ("Title", "Protecting Migrant Domestic Workers along the South Asia&#8211;Gulf Corridor"),
        (
            "Format",
            "Side event to the Asia-Pacific Regional Review of the Global Compact for Safe, Orderly and Regular Migration",
        ),
        ("Date", "Tuesday, 15 December 2026"),
        ("Time", "13:15 &#8211; 14:30 (ICT, UTC+7); light lunch served from 12:45"),
        ("Venue", "United Nations Conference Centre, Meeting Room C3, Bangkok"),
        (
            "Co-organisers",
            "Government of Sri Lanka, Government of Nepal and Corridor Rights Network",
        ),
        ("Languages", "English, with interpretation into Nepali and Sinhala"),
        (
            "Registration",
            '<a href="https://indico.corridorrights.org/event/17/registrations/">'
            "https://indico.corridorrights.org/event/17/registrations/</a>",
        ),
    ]
    paras = [
        "Dear colleagues,",
        "&nbsp;",
        "The Embassy of Sri Lanka in Thailand is pleased to share the details of the side event below and "
        "would be grateful if it could be included in the Migration Week calendar.",
        "&nbsp;",
        "@TABLE@",
        "&nbsp;",
        "With best regards,",
        "Kasun Jayawardena",
        "First Secretary (Labour)",
        "Embassy of Sri Lanka, 13th floor, Ocean Tower II, Sukhumvit Soi 19, Bangkok",
    ]
    html = outlook_html(paras, rows)
    text = """Dear colleagues,

The Embassy of Sri Lanka in Thailand is pleased to share the details of the side event below and would be grateful if it could be included in the Migration Week calendar.

Title\tProtecting Migrant Domestic Workers along the South Asia\u2013Gulf Corridor
Format\tSide event to the Asia-Pacific Regional Review of the Global Compact for Safe, Orderly and Regular Migration
Date\tTuesday, 15 December 2026
Time\t13:15 \u2013 14:30 (ICT, UTC+7); light lunch served from 12:45
Venue\tUnited Nations Conference Centre, Meeting Room C3, Bangkok
Co-organisers\tGovernment of Sri Lanka, Government of Nepal and Corridor Rights Network
Languages\tEnglish, with interpretation into Nepali and Sinhala
Registration\thttps://indico.corridorrights.org/event/17/registrations/

With best regards,
Kasun Jayawardena
First Secretary (Labour)
Embassy of Sri Lanka, 13th floor, Ocean Tower II, Sukhumvit Soi 19, Bangkok
"""
    msg = alternative(text, html)
    return head(
        msg,
        '"Kasun Jayawardena" <labour.bkk@slembassy-thailand.org>',
        "Side event - Migrant Domestic Workers in the Gulf Corridor (15 Dec, UNCC Bangkok)",
        "2026-11-25 11:20:00 +0700",
        "TY2PR01MB4411.apcprd01.prod.outlook.com",
        Thread_Index="AdtNq1v2x3Lk9YzPQe6s1Rk8bXw2Ag==",
        X_MS_Has_Attach="",
        Content_Language="en-US",
    )


TEAMS = (
    "________________________________________________________________________________\n"
    "Microsoft Teams meeting\n"
    "Join on your computer, mobile app or room device\n"
    "Click here to join the meeting<{link}>\n"
    "Meeting ID: {mid}\n"
    "Passcode: {code}\n"
    "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
    "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=4b1f&tenantId=9c2e>\n"
    "________________________________________________________________________________\n"
)


@case("b05_en_outlook_ics_pacific_sa")
def valparaiso():
    link = (
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTVhYjEtOWQ0Ni00%40thread.v2/0"
        "?context=%7b%22Tid%22%3a%229c2e%22%2c%22Oid%22%3a%224b1f%22%7d"
    )
    text = (
        "Dear colleagues,\n\n"
        "You are invited to the Expert Group Meeting on Labour Migration Statistics in South America, convened by the "
        "ILO Office for the Southern Cone of Latin America. National statistics offices of seven countries will compare "
        "how labour-force surveys capture migrant workers (GCM Objective 1).\n\n"
        "Participants in Chile are welcome in person at the Universidad de Valparaíso (Sala Gabriela Mistral, Casa "
        "Central); others can join through Teams.\n\n"
        "Kind regards,\nTomás Ibarra\nLabour Statistics Specialist, ILO Office for the Southern Cone of Latin America\n"
        "Av. Dag Hammarskjöld 3177, Vitacura, Santiago\n\n"
        + TEAMS.format(link=link, mid="318 552 907 114", code="vP7qR2")
    )
    ics = outlook_ics(
        method="REQUEST",
        tzid="Pacific SA Standard Time",
        uid="040000008200E00074C5B7101A82E00800000000A0F3B2C1D4E5DA01000000000000000010000000EGMVALPO2027",
        summary="Expert Group Meeting on Labour Migration Statistics in South America",
        start="20270114T093000",
        end="20270114T130000",
        location="Sala Gabriela Mistral, Universidad de Valparaíso, Valparaíso / Microsoft Teams Meeting",
        description=text,
        organizer=("Tomás Ibarra", "ibarra.t@ilo-southerncone.org"),
        stamp="20261123T180244Z",
    )
    msg = outlook_invite(text, ics, "REQUEST")
    return head(
        msg,
        '"Tomás Ibarra" <ibarra.t@ilo-southerncone.org>',
        "Expert Group Meeting on Labour Migration Statistics in South America",
        "2026-11-23 15:02:44 -0300",
        "SCYP152MB5521A.LAMP152.PROD.OUTLOOK.COM",
        Thread_Topic="Expert Group Meeting on Labour Migration Statistics in South America",
    )


@case("b06_en_outlook_ics_east_africa")
def mombasa():
    text = (
        "Dear partners,\n\n"
        "The County Government of Mombasa and IOM Kenya invite you to a two-day Consultation with Coastal County "
        "Governments on Safe Labour Migration of Young Workers. Officials from Mombasa, Kilifi, Kwale, Lamu, Tana River "
        "and Taita-Taveta counties will meet youth groups and returnee associations to agree on priorities for "
        "county-level pre-departure support.\n\n"
        "Programme: sessions run from 09:00 on Wednesday to 17:00 on Thursday; registration and tea from 08:30 on "
        "the first day.\n"
        "Venue: Baobab Hall, Pwani Maritime Conference Centre, Mombasa.\n\n"
        "Please accept this invitation to confirm your attendance.\n\n"
        "Regards,\nHalima Said Mwinyi\nCounty Officer, Labour and Youth Affairs\nCounty Government of Mombasa\n"
    )
    ics = outlook_ics(
        method="REQUEST",
        tzid="E. Africa Standard Time",
        uid="040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DA0100000000000000001000000MSACOAST",
        summary="Consultation with Coastal County Governments on Safe Labour Migration of Young Workers",
        start="20261202T090000",
        end="20261203T170000",
        location="Baobab Hall, Pwani Maritime Conference Centre, Mombasa",
        description=text,
        organizer=("Halima Said Mwinyi", "h.mwinyi@mombasacounty-labour.go.ke"),
        stamp="20261120T061400Z",
    )
    msg = outlook_invite(text, ics, "REQUEST")
    return head(
        msg,
        '"Halima Said Mwinyi" <h.mwinyi@mombasacounty-labour.go.ke>',
        "Consultation with Coastal County Governments on Safe Labour Migration of Young Workers",
        "2026-11-20 09:14:00 +0300",
        "PAXP193MB2210.EURP193.PROD.OUTLOOK.COM",
    )


@case("b07_en_outlook_ics_india_online")
def kerala():
    link = (
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ2NjFiZWQtMzVhNy00%40thread.v2/0"
        "?context=%7b%22Tid%22%3a%2271aa%22%2c%22Oid%22%3a%22e09c%22%7d"
    )
    text = (
        "Dear all,\n\n"
        "The Malabar Migrant Welfare Collective is holding an Online Training of Trainers on Pre-departure "
        "Orientation for Migrant Nurses, for counsellors and nursing-college staff who prepare nurses leaving for "
        "the Gulf, the United Kingdom and Germany. The session is online only, on Microsoft Teams.\n\n"
        "Materials will be shared after the session. Please forward this invitation to colleagues who run "
        "orientation courses.\n\n"
        "Thanks and regards,\nDr. Reshma Nambiar\nTraining Lead, Malabar Migrant Welfare Collective\n"
        "2nd floor, Mavoor Road, Kozhikode 673004, Kerala\n\n"
        + TEAMS.format(link=link, mid="402 118 663 905", code="Kq4Zx9")
    )
    ics = outlook_ics(
        method="REQUEST",
        tzid="India Standard Time",
        uid="040000008200E00074C5B7101A82E00800000000D9E8F7A6B5C4DA0100000000000000001000000MMWCTOT",
        summary="Online Training of Trainers on Pre-departure Orientation for Migrant Nurses",
        start="20261209T150000",
        end="20261209T170000",
        location="Microsoft Teams Meeting",
        description=text,
        organizer=("Reshma Nambiar", "training@malabarmigrantwelfare.org"),
        stamp="20261126T064000Z",
    )
    msg = outlook_invite(text, ics, "REQUEST")
    return head(
        msg,
        '"Reshma Nambiar" <training@malabarmigrantwelfare.org>',
        "Online Training of Trainers on Pre-departure Orientation for Migrant Nurses",
        "2026-11-26 12:10:00 +0530",
        "MA0PR01MB7719.INDPRD01.PROD.OUTLOOK.COM",
    )


@case("b08_en_outlook_cancel_arab")
def kuwait():
    text = (
        "Dear colleagues,\n\n"
        "We regret to inform you that the Round Table on Domestic Worker Sponsorship Reform, planned for "
        "Thursday 10 December, has been cancelled, as several of the invited ministries could not confirm their "
        "participation in time. We hope to convene a similar meeting in the course of 2027 and will write again "
        "once there is a firm date.\n\n"
        "With apologies,\nFatma Al-Rashidi\nProgramme Manager, Gulf Labour Rights Forum\n"
    )
    ics = outlook_ics(
        method="CANCEL",
        tzid="Arab Standard Time",
        uid="040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DA0100000000000000001000000GLRFRT",
        summary="Canceled: Round Table on Domestic Worker Sponsorship Reform",
        start="20261210T100000",
        end="20261210T123000",
        location="Dasman Meeting Room, Sharq Business Centre, Kuwait City",
        description=text,
        organizer=("Fatma Al-Rashidi", "f.alrashidi@gulflabourrights.org"),
        stamp="20261201T050000Z",
        sequence=1,
        status="CANCELLED",
    )
    msg = outlook_invite(text, ics, "CANCEL")
    return head(
        msg,
        '"Fatma Al-Rashidi" <f.alrashidi@gulflabourrights.org>',
        "Canceled: Round Table on Domestic Worker Sponsorship Reform",
        "2026-12-01 08:00:00 +0300",
        "DB9PR02MB6630.eurprd02.prod.outlook.com",
        Importance="high",
    )


@case("b09_en_google_invite_ics")
def hamilton():
    meet = "https://meet.google.com/xkd-pqrs-tuv"
    view = "https://calendar.google.com/calendar/event?action=VIEW&eid=N2JzM2Fxa2w4dGhtYnFvZzE&tok=MjQj"
    text = f"""You have been invited to the following event.

Municipal Welcome Centres for Newcomers: Peer-Learning Session
Thursday Dec 17, 2026 \u22c5 10am \u2013 11:30am (Eastern Time - Toronto)

Join with Google Meet
{meet}

Join by phone
(CA) +1 647-555-0199 PIN: 771 204 318#

Staff of municipal newcomer welcome centres from Hamilton, Kitchener-Waterloo and Saint John share how they
coordinate with settlement agencies, libraries and employers. Hosted by the Hamilton Immigration Partnership
Council as part of Migration Week.

Organizer
Priya Sandhu
psandhu@hamiltonipc.ca

Guests
network.secretariat@unmignet-inbox.org

View all guest info {view}

Reply for network.secretariat@unmignet-inbox.org
Yes {view}&rst=1  No {view}&rst=2  Maybe {view}&rst=3
More options {view}

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""
    html = (
        '<html><body><div itemscope itemtype="http://schema.org/Event">'
        '<meta itemprop="eventStatus" content="http://schema.org/EventScheduled"/>'
        '<h2 itemprop="name" style="font-size:20px">Municipal Welcome Centres for Newcomers: Peer-Learning Session</h2>'
        "<p>Thursday Dec 17, 2026 &#8901; 10am &#8211; 11:30am (Eastern Time - Toronto)</p>"
        f'<p><a href="{meet}">Join with Google Meet</a><br>{meet}</p>'
        "<p>Join by phone<br>(CA) +1 647-555-0199 PIN: 771 204 318#</p>"
        "<p>Staff of municipal newcomer welcome centres from Hamilton, Kitchener-Waterloo and Saint John share how "
        "they coordinate with settlement agencies, libraries and employers. Hosted by the Hamilton Immigration "
        "Partnership Council as part of Migration Week.</p>"
        "<p><b>Organizer</b><br>Priya Sandhu<br>psandhu@hamiltonipc.ca</p>"
        f'<p><a href="{view}&rst=1">Yes</a> <a href="{view}&rst=2">No</a> <a href="{view}&rst=3">Maybe</a> '
        f'<a href="{view}">More options</a></p>'
        '<p style="font-size:11px;color:#70757a">Invitation from <a href="https://calendar.google.com/calendar/">'
        "Google Calendar</a></p></div></body></html>"
    )
    ics = (
        "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"
        "METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261217T150000Z\nDTEND:20261217T163000Z\n"
        "DTSTAMP:20261130T140327Z\nORGANIZER;CN=Priya Sandhu:mailto:psandhu@hamiltonipc.ca\n"
        "UID:7bs3aqkl8thmbqog1@google.com\n"
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=\n"
        " TRUE;CN=network.secretariat@unmignet-inbox.org;X-NUM-GUESTS=0:mailto:netw\n"
        " ork.secretariat@unmignet-inbox.org\n"
        f"X-GOOGLE-CONFERENCE:{meet}\nCREATED:20261130T135901Z\n"
        "DESCRIPTION:Staff of municipal newcomer welcome centres from Hamilton\\, Kit\n"
        " chener-Waterloo and Saint John share how they coordinate with settlement a\n"
        " gencies\\, libraries and employers. Hosted by the Hamilton Immigration Part\n"
        " nership Council as part of Migration Week.\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~\n"
        f" :~:~:~:~:~:~:~:~:~::~:~::-\\nJoin with Google Meet: {meet}\\n\n"
        "LAST-MODIFIED:20261130T140327Z\nLOCATION:\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
        "SUMMARY:Municipal Welcome Centres for Newcomers: Peer-Learning Session\nTRANSP:OPAQUE\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    alt = MIMEMultipart("alternative")
    alt.attach(text_part(text, "plain"))
    alt.attach(text_part(html, "html"))
    alt.attach(calendar_part(ics, "REQUEST", cte="7bit"))
    outer = MIMEMultipart("mixed")
    outer.attach(alt)
    attachment = MIMEApplication(
        ics.replace("\n", "\r\n").encode("utf-8"), "ics", name="invite.ics"
    )
    attachment.add_header("Content-Disposition", "attachment", filename="invite.ics")
    outer.attach(attachment)
    return head(
        outer,
        '"Priya Sandhu" <psandhu@hamiltonipc.ca>',
        "Invitation: Municipal Welcome Centres for Newcomers: Peer-Learning Session @ Thu Dec 17, 2026 "
        "10am - 11:30am (EST) (network.secretariat@unmignet-inbox.org)",
        "2026-11-30 14:03:27 +0000",
        "calendar-5b8e0c1a-77d2-4c1e-9f0b-2d6a1e9c4f33@google.com",
        Reply_To="psandhu@hamiltonipc.ca",
        Sender="Google Calendar <calendar-notification@google.com>",
    )


@case("b10_en_gmail_forward")
def manchester():
    body = """Hi all,

Forwarding this from our partners in Manchester for the Migration Week calendar -
they asked me to pass it on.

Best,
Daniel

Daniel Okafor
Partnerships Officer, IOM United Kingdom
11 Belgrave Road, London SW1V 1RB

---------- Forwarded message ---------
From: Greater Manchester Refugee and Migrant Youth Forum <hello@gmrmyf.org.uk>
Date: Tue, 17 Nov 2026 at 17:42
Subject: Save the date \u2013 Greater Manchester Migrant Youth Assembly
To: <partners@gmrmyf.org.uk>


SAVE THE DATE!

The Greater Manchester Migrant Youth Assembly 2027 takes place on
Saturday 23 January 2027, 10:30am\u20134pm, at Central Library, St Peter's
Square, Manchester.

Young people aged 16\u201325 with lived experience of migration will put their
questions to councillors from the ten Greater Manchester boroughs and agree
the Youth Assembly's recommendations on housing, college access and mental
health support. Lunch and travel costs are covered.

Free tickets (limited places):
https://www.eventbrite.co.uk/e/gm-migrant-youth-assembly-2027-tickets-845120337

Organised by the Greater Manchester Refugee and Migrant Youth Forum.
Registered charity no. 1190000
"""
    msg = plain(body)
    return head(
        msg,
        '"Daniel Okafor" <dokafor@iom-uk.org>',
        "Fwd: Save the date \u2013 Greater Manchester Migrant Youth Assembly",
        "2026-11-19 09:12:00 +0000",
        "CAFw9kq0Lp+fwd-manchester@mail.gmail.com",
    )


@case("b11_en_rfc822_attached")
def batumi():
    inner_body = """Excellency, dear colleagues,

The Ministry of Foreign Affairs of Georgia, in cooperation with IOM, has the
honour to invite you to the

HIGH-LEVEL MEETING ON RETURN AND SUSTAINABLE REINTEGRATION IN THE SOUTH CAUCASUS

to be held from 30 November to 1 December 2026 at the Black Sea Convention
Centre, 14 Rustaveli Avenue, Batumi, Georgia.

Deputy ministers from Armenia, Azerbaijan and Georgia, together with EU
Member States and UN partners, will take stock of reintegration support
for returning nationals and endorse the Batumi Statement on Sustainable
Reintegration.

The opening session starts at 10:00 on 30 November (registration desk open
from 09:00). The meeting closes with the adoption of the Statement at
13:00 on 1 December.

Kindly confirm participation through the online form by 20 November:
https://reintegration-southcaucasus.ge/hlm2026/registration

Consular Department
Ministry of Foreign Affairs of Georgia
4 Sh. Chitadze Street, Tbilisi 0118
"""
    inner = plain(inner_body)
    head(
        inner,
        "Ministry of Foreign Affairs of Georgia - Consular Department <consular.events@mfa-georgia-events.ge>",
        "Invitation \u2013 High-Level Meeting on Return and Sustainable Reintegration in the South Caucasus",
        "2026-11-02 12:30:00 +0400",
        "inv-hlm-2026-0042@mfa-georgia-events.ge",
        to="undisclosed-recipients:;",
    )
    outer = MIMEMultipart("mixed")
    outer.attach(
        text_part(
            "Dear Network colleagues,\n\n"
            "Please see attached the invitation we received from the Ministry for the Batumi meeting; they would "
            "welcome its inclusion in the Migration Week calendar.\n\n"
            "Kind regards,\nIrakli Gelashvili\nUN Resident Coordinator's Office, Tbilisi\n"
        )
    )
    attached = MIMEMessage(inner)
    attached.add_header("Content-Disposition", "attachment", filename="Invitation HLM Batumi.eml")
    outer.attach(attached)
    return head(
        outer,
        '"Irakli Gelashvili" <irakli.gelashvili@un-rco-georgia.org>',
        "FW: Invitation \u2013 High-Level Meeting on Return and Sustainable Reintegration in the South Caucasus",
        "2026-11-10 10:30:00 +0400",
        "AM9PR03MB1207.eurprd03.prod.outlook.com",
    )


@case("b12_en_html_only_jsonld")
def tangier():
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tangier 2027</title>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "Consultation of Local and Regional Governments on the GCM Regional Review",
  "startDate": "2027-02-04T09:00:00+01:00",
  "endDate": "2027-02-05T17:30:00+01:00",
  "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
  "eventStatus": "https://schema.org/EventScheduled",
  "location": {
    "@type": "Place",
    "name": "Palais Moulay Hafid",
    "address": {"@type": "PostalAddress", "streetAddress": "Rue Ibn Toumert",
                "addressLocality": "Tangier", "addressCountry": "MA"}
  },
  "organizer": {"@type": "Organization", "name": "Mediterranean Cities Migration Network and City of Tangier",
                "url": "https://medcities-migration.org"},
  "offers": {"@type": "Offer", "url": "https://medcities-migration.org/tangier2027/register", "price": "0",
             "availability": "https://schema.org/InStock"}
}
</script></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0b4f6c;color:#ffffff"><h1 style="margin:0;font-size:22px">Registration is open</h1></td></tr>
<tr><td>
<p>Dear partners,</p>
<p>Mayors, regional councillors and city practitioners from both shores of the Mediterranean will meet in Tangier
to prepare the contribution of local and regional governments to the next regional review of the Global Compact
for Migration.</p>
<h2 style="font-size:18px;color:#0b4f6c">Consultation of Local and Regional Governments on the GCM Regional Review</h2>
<p><b>When:</b> Thursday 4 &ndash; Friday 5 February 2027, 9:00&ndash;17:30<br>
<b>Where:</b> Palais Moulay Hafid, Tanger, Morocco<br>
<b>Hosted by:</b> Mediterranean Cities Migration Network and City of Tangier</p>
<p style="text-align:center"><a href="https://medcities-migration.org/tangier2027/register"
 style="background:#e07a1f;color:#fff;padding:12px 24px;text-decoration:none">Register now</a></p>
<p>Travel support is available for cities of the southern and eastern Mediterranean; applications close on
8 January 2027.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Mediterranean Cities Migration Network &middot; Carrer de la Diputaci&oacute; 280,
08009 Barcelona, Spain<br>
You receive this message as a partner of the network.
<a href="https://medcities-migration.org/newsletter/unsubscribe?u=9f31">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
"""
    msg = MIMEText(html, "html", "utf-8")
    return head(
        msg,
        "Mediterranean Cities Migration Network <events@medcities-migration.org>",
        "Registration open: Consultation of Local and Regional Governments \u2013 Tangier, 4-5 February 2027",
        "2026-11-24 10:00:00 +0100",
        "mc-20261124-tangier.8812@medcities-migration.org",
        List_Unsubscribe="<https://medcities-migration.org/newsletter/unsubscribe?u=9f31>",
    )


@case("b13_en_with_french_programme")
def bouake():
    body = """Dear colleagues,

Please find below the programme, in French, of the regional workshop that
Child Mobility Alliance West Africa is co-organising with the Ministry of
Women, Family and Children of Cote d'Ivoire in Bouake next month.
Participation is by invitation; partners who wish to attend can write to
me and I will pass the request to the Ministry.

Many thanks,
Grace Mensah-Bonsu
Regional Programme Manager
Child Mobility Alliance West Africa, Accra regional hub

------------------------------------------------------------
ATELIER R\u00c9GIONAL SUR LA PROTECTION DES ENFANTS MIGRANTS NON ACCOMPAGN\u00c9S
Bouak\u00e9, C\u00f4te d\u2019Ivoire \u2013 du 15 au 17 d\u00e9cembre 2026
Lieu : Centre de conf\u00e9rences de l\u2019Universit\u00e9 Alassane Ouattara
Organis\u00e9 par le Minist\u00e8re de la Femme, de la Famille et de l\u2019Enfant et
Child Mobility Alliance West Africa
------------------------------------------------------------

Mardi 15 d\u00e9cembre
08h30  Accueil et enregistrement des participants
09h00  C\u00e9r\u00e9monie d\u2019ouverture
10h00  Panel 1 : Cadres juridiques nationaux et CEDEAO
14h00  Travaux de groupe : identification et r\u00e9f\u00e9rencement

Mercredi 16 d\u00e9cembre
09h00  Panel 2 : Prise en charge transfrontali\u00e8re
14h00  Visite du centre de transit de Bouak\u00e9

Jeudi 17 d\u00e9cembre
09h00  Restitution des travaux de groupe
11h00  Feuille de route r\u00e9gionale
15h00 \u2013 16h00  C\u00e9r\u00e9monie de cl\u00f4ture
"""
    msg = plain(body)
    return head(
        msg,
        '"Grace Mensah-Bonsu" <g.mensahbonsu@childmobility-wa.org>',
        "Programme: regional workshop on unaccompanied migrant children (Bouake, 15-17 Dec)",
        "2026-11-25 14:00:00 +0000",
        "6e1a-bouake-programme@childmobility-wa.org",
    )


@case("b14_en_dsn_report")
def bounce():
    original = plain(
        "Dear partners,\n\nA reminder that the Network's webinar on regular pathways for climate-affected "
        "communities takes place on 3 December 2026 at 14:00 CET. Joining details follow.\n\nThe Secretariat\n"
    )
    head(
        original,
        INBOX,
        "Reminder: Network webinar on 3 December",
        "2026-11-26 09:00:00 +0100",
        "reminder-0312@unmignet-inbox.org",
        to="info@old-partner-association.org",
    )
    report = MIMEMultipart("report", report_type="delivery-status")
    report.attach(
        text_part(
            "This is the mail system at host mx1.unmignet-inbox.org.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "<info@old-partner-association.org>: host mx.old-partner-association.org[203.0.113.25]\n"
            "    said: 550 5.1.1 <info@old-partner-association.org>: Recipient address\n"
            "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n",
            cte="7bit",
        )
    )
    status = MIMEBase("message", "delivery-status")
    from email import message_from_string

    status.set_payload(
        [
            message_from_string(
                "Reporting-MTA: dns; mx1.unmignet-inbox.org\n"
                "X-Postfix-Queue-ID: 4QxK2b1Zz3z9\n"
                "Arrival-Date: Thu, 26 Nov 2026 09:00:02 +0100 (CET)\n"
            ),
            message_from_string(
                "Final-Recipient: rfc822; info@old-partner-association.org\n"
                "Original-Recipient: rfc822;info@old-partner-association.org\n"
                "Action: failed\nStatus: 5.1.1\n"
                "Remote-MTA: dns; mx.old-partner-association.org\n"
                "Diagnostic-Code: smtp; 550 5.1.1 <info@old-partner-association.org>: Recipient\n"
                "    address rejected: User unknown in virtual mailbox table\n"
            ),
        ]
    )
    status["Content-Description"] = "Delivery report"
    report.attach(status)
    undelivered = MIMEMessage(original)
    undelivered["Content-Description"] = "Undelivered Message"
    report.attach(undelivered)
    return head(
        report,
        "MAIL DELIVERY SYSTEM <MAILER-DAEMON@mx1.unmignet-inbox.org>",
        "Undelivered Mail Returned to Sender",
        "2026-11-26 09:00:04 +0100",
        "20261126080004.4QxK2b1Zz3z9@mx1.unmignet-inbox.org",
        Auto_Submitted="auto-replied",
    )


@case("b15_en_phishing")
def phishing():
    body = """Dear Beneficiary,

CONGRATULATIONS! Your organisation has been SELECTED to attend the World Summit on Migration and
Sustainable Development 2027 in Toronto, Canada, FULLY SPONSORED (flight tickets, 5-star hotel and
USD 3,500 per diem).

To secure your delegate slot you are required to pay only the refundable visa-processing and
accreditation fee of USD 450 within 48 hours through our approved travel agent:

    http://wsmsd2027-accreditation.top/secure/pay?ref=UNMIG-7731

Failure to pay will result in your slot being reallocated to another country.

Kindly send your passport data page and the payment receipt to the Summit Desk:
summitdesk.wsmsd2027@gmail.com

Yours faithfully,
Dr. James Wilson-Okoro
Head of Delegate Services
"""
    msg = plain(body, charset="utf-8", cte="7bit")
    return head(
        msg,
        '"World Summit on Migration 2027" <noreply@wsmsd2027-canada.top>',
        "URGENT: Fully Sponsored Invitation - World Summit on Migration 2027",
        "2026-11-21 03:17:45 +0100",
        "a81f2c9e.7731@wsmsd2027-canada.top",
        Reply_To="summitdesk.wsmsd2027@gmail.com",
        X_Mailer="PHPMailer 5.2.9",
    )


@case("b16_en_newsletter_bulk")
def newsletter():
    text = """MIGRATION RESEARCH DIGEST - NOVEMBER 2026
Nordic Centre for Mobility Research, Bergen

IN CASE YOU MISSED IT
Our webinar "Seasonal workers in Nordic agriculture", held on 22 October 2026, drew 340 participants.
The recording and slides are online: https://ncmr.no/webinars/seasonal-workers

NEW PUBLICATIONS
- Working paper 2026/7: Remittance costs on the Norway-Somalia corridor
- Policy brief: Language training and labour-market entry in small municipalities

CALLS
- Call for papers, Nordic Migration Research Conference 2027: abstracts due 15 January 2027.

COMING UP
We are preparing a new series of seminars for spring 2027 - dates will be announced in the next issue.

You are receiving this digest because you subscribed at ncmr.no.
Unsubscribe: https://ncmr.no/digest/unsubscribe?id=44120
Nordic Centre for Mobility Research, Nygardsgaten 5, 5015 Bergen, Norway
"""
    html = (
        "<html><body style='font-family:Georgia,serif'>"
        "<h1>Migration Research Digest &ndash; November 2026</h1><p>Nordic Centre for Mobility Research, Bergen</p>"
        "<h2>In case you missed it</h2><p>Our webinar <i>Seasonal workers in Nordic agriculture</i>, held on "
        "22 October 2026, drew 340 participants. <a href='https://ncmr.no/webinars/seasonal-workers'>Recording and "
        "slides</a>.</p><h2>New publications</h2><ul><li>Working paper 2026/7: Remittance costs on the "
        "Norway&ndash;Somalia corridor</li><li>Policy brief: Language training and labour-market entry in small "
        "municipalities</li></ul><h2>Calls</h2><p>Call for papers, Nordic Migration Research Conference 2027: "
        "abstracts due 15 January 2027.</p><h2>Coming up</h2><p>We are preparing a new series of seminars for "
        "spring 2027 &ndash; dates will be announced in the next issue.</p>"
        "<p style='font-size:11px'>You are receiving this digest because you subscribed at ncmr.no. "
        "<a href='https://ncmr.no/digest/unsubscribe?id=44120'>Unsubscribe</a><br>Nordic Centre for Mobility "
        "Research, Nygardsgaten 5, 5015 Bergen, Norway</p></body></html>"
    )
    msg = alternative(text, html)
    return head(
        msg,
        "Migration Research Digest <digest@ncmr.no>",
        "Migration Research Digest \u2013 November 2026",
        "2026-11-27 07:00:00 +0100",
        "digest-2026-11.44120@ncmr.no",
        Precedence="bulk",
        List_Id="Migration Research Digest <digest.ncmr.no>",
        List_Unsubscribe="<https://ncmr.no/digest/unsubscribe?id=44120>, <mailto:unsubscribe@ncmr.no>",
        List_Unsubscribe_Post="List-Unsubscribe=One-Click",
        X_Campaign_Id="ncmr-2026-11",
    )
