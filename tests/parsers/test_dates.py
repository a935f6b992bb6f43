"""The date grammar (parsers.dates.find_dates) on short texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.dates import DateMention, find_dates
from parsers.temporal import find_dates as reexported

REF = date(2024, 1, 20)  # a Saturday


def one(text: str, reference: date = REF, **kwargs: object) -> DateMention:
    found = find_dates(text, reference=reference, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def days(text: str, reference: date = REF, **kwargs: object) -> list[tuple[str, str]]:
    found = find_dates(text, reference=reference, **kwargs)  # type: ignore[arg-type]
    return [(m.start.isoformat(), m.end.isoformat()) for m in found]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Tuesday, 30 January 2024", "2024-01-30", "2024-01-30"),
        ("30 Jan", "2024-01-30", "2024-01-30"),
        ("January 30th, 2024", "2024-01-30", "2024-01-30"),
        ("Feb. 2", "2024-02-02", "2024-02-02"),
        ("1er février", "2024-02-01", "2024-02-01"),
        ("jeudi 1er février 2024", "2024-02-01", "2024-02-01"),
        ("el 1 de febrero de 2024", "2024-02-01", "2024-02-01"),
        ("1º de fevereiro de 2024", "2024-02-01", "2024-02-01"),
        ("30. Januar 2024", "2024-01-30", "2024-01-30"),
        ("30 gennaio 2024", "2024-01-30", "2024-01-30"),
        ("the 2nd of February", "2024-02-02", "2024-02-02"),
        ("30-Jan-2024", "2024-01-30", "2024-01-30"),
    ],
)
def test_single_textual_dates(text: str, start: str, end: str) -> None:
    """Day-month and month-day forms in en/fr/es/pt/de/it give the written day."""
    assert days(text) == [(start, end)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("29-31 Jan", "2024-01-29", "2024-01-31"),
        ("29 – 31 January 2024", "2024-01-29", "2024-01-31"),
        ("30 Jan - 1 Feb 2024", "2024-01-30", "2024-02-01"),
        ("du 29 janvier au 2 février 2024", "2024-01-29", "2024-02-02"),
        ("del 30 al 31 de enero", "2024-01-30", "2024-01-31"),
        ("de 5 a 7 de março", "2024-03-05", "2024-03-07"),
        ("Jan 29-31, 2024", "2024-01-29", "2024-01-31"),
        ("January 29 - February 2, 2024", "2024-01-29", "2024-02-02"),
        ("del 30 de enero al 2 de febrero de 2024", "2024-01-30", "2024-02-02"),
        ("from Monday 5 to Wednesday 7 February", "2024-02-05", "2024-02-07"),
        ("vom 5. bis 7. März 2024", "2024-03-05", "2024-03-07"),
        ("29/01/2024 - 02/02/2024", "2024-01-29", "2024-02-02"),
        ("5 and 6 March", "2024-03-05", "2024-03-06"),
        ("between 4 and 8 March", "2024-03-04", "2024-03-08"),
    ],
)
def test_ranges(text: str, start: str, end: str) -> None:
    """Ranges within a month, across months and across numeric atoms become one mention."""
    assert days(text) == [(start, end)]


def test_two_separate_days_joined_by_and_are_two_mentions() -> None:
    """ "5 and 12 March" is two meetings, not a week-long range."""
    assert days("on 5 and 12 March") == [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-12", "2024-03-12"),
    ]


def test_range_across_new_year_takes_the_years_from_the_end() -> None:
    """ "30 Dec - 2 Jan 2025": the start is in December of the year before the written one."""
    assert days("30 Dec - 2 Jan 2025", reference=date(2024, 11, 1)) == [
        ("2024-12-30", "2025-01-02")
    ]


def test_year_less_range_across_new_year() -> None:
    """A year-less range in a December mail runs into the next year."""
    assert days("28 Dec - 3 Jan", reference=date(2024, 12, 10)) == [("2024-12-28", "2025-01-03")]


def test_span_and_text_index_the_original_text() -> None:
    """Spans index the text given (accents and Arabic digits included), text is that slice."""
    text = "Réunion prévue le jeudi 1er février 2024 à Genève."
    mention = one(text)
    assert text[mention.span[0] : mention.span[1]] == mention.text == "jeudi 1er février 2024"
    assert mention.explicit_year


def test_numeric_iso_and_day_first_default() -> None:
    """ISO dates are read as such; dd/mm/yyyy is the default outside the US."""
    assert days("2024-01-30") == [("2024-01-30", "2024-01-30")]
    assert days("29/01/2024") == [("2024-01-29", "2024-01-29")]
    assert days("29.01.2024") == [("2024-01-29", "2024-01-29")]
    mention = one("01/02/2024")
    assert mention.start == date(2024, 2, 1)
    assert mention.ambiguous


def test_numeric_us_order() -> None:
    """1/30/24 can only be month-first; prefer_dmy=False reads 01/02 as 2 January."""
    assert days("1/30/24") == [("2024-01-30", "2024-01-30")]
    assert days("01/02/2024", prefer_dmy=False) == [("2024-01-02", "2024-01-02")]
    assert days("01/02/2024", prefer_dmy=True) == [("2024-02-01", "2024-02-01")]


def test_unambiguous_numeric_date_sets_the_order_for_the_whole_text() -> None:
    """A 1/30/2024 in the same mail shows the writer is month-first: 02/03 is 3 February."""
    text = "Kick-off 1/30/2024, follow-up 02/03/2024."
    assert days(text) == [("2024-01-30", "2024-01-30"), ("2024-02-03", "2024-02-03")]


def test_ambiguous_numeric_date_decided_by_reference() -> None:
    """12/01/2024 in a late-November mail is 1 December (month-first), not ten months ago."""
    assert days("12/01/2024", reference=date(2024, 11, 20)) == [("2024-12-01", "2024-12-01")]


def test_ambiguous_numeric_date_decided_by_weekday() -> None:
    """A written weekday picks the reading it matches: Friday 02/09/2024 is 9 February."""
    assert days("Friday 02/09/2024", reference=date(2024, 1, 5)) == [("2024-02-09", "2024-02-09")]


def test_day_month_without_year_needs_a_weekday() -> None:
    """ "Tue 30.01" is a date; a bare "30.01" or "10-12" is not."""
    assert days("Tue 30.01") == [("2024-01-30", "2024-01-30")]
    assert days("score 30.01 and rooms 10-12") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("٣٠ يناير ٢٠٢٤", "2024-01-30"),
        ("۳۰ كانون الثاني ۲۰۲۴", "2024-01-30"),
        ("15 شباط/فبراير 2024", "2024-02-15"),
        ("الخميس ١ فبراير ٢٠٢٤", "2024-02-01"),
        ("في 3 أيار 2024", "2024-05-03"),
        ("12 أغسطس", "2024-08-12"),
        ("5 تشرين الأول 2024", "2024-10-05"),
    ],
)
def test_arabic_months_and_digits(text: str, expected: str) -> None:
    """Gregorian-Arabic and Levantine month names, Arabic-Indic and Persian digits."""
    assert days(text) == [(expected, expected)]


def test_arabic_range() -> None:
    """من ٢٩ إلى ٣١ يناير is a range."""
    assert days("من ٢٩ إلى ٣١ يناير") == [("2024-01-29", "2024-01-31")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tomorrow", "2024-01-21"),
        ("the day after tomorrow", "2024-01-22"),
        ("next Wednesday", "2024-01-24"),
        ("this Friday", "2024-01-26"),
        ("demain", "2024-01-21"),
        ("mardi prochain", "2024-01-23"),
        ("mañana", "2024-01-21"),
        ("el próximo lunes", "2024-01-22"),
        ("amanhã", "2024-01-21"),
        ("na próxima terça-feira", "2024-01-23"),
        ("غداً", "2024-01-21"),
        ("الثلاثاء المقبل", "2024-01-23"),
        ("next Saturday", "2024-01-27"),
        ("this Saturday", "2024-01-20"),
    ],
)
def test_relative_dates(text: str, expected: str) -> None:
    """Relative dates resolve against the reference and are flagged relative."""
    mention = one(text)
    assert mention.start.isoformat() == expected
    assert mention.relative
    assert not mention.explicit_year


def test_morning_is_not_tomorrow() -> None:
    """ "a las 10 de la mañana" / "esta mañana" speak of the morning, not of tomorrow."""
    assert find_dates("a las 10 de la mañana", reference=REF) == []
    assert find_dates("esta mañana", reference=REF) == []


def test_weekday_with_a_date_is_not_a_relative_date() -> None:
    """ "le mardi 5 mars" is one absolute date, the weekday part of it."""
    mention = one("le mardi 5 mars")
    assert mention.start == date(2024, 3, 5)
    assert not mention.relative


def test_year_less_date_takes_the_next_occurrence() -> None:
    """A December mail announcing "15 January" means next January."""
    assert days("15 January", reference=date(2024, 12, 10)) == [("2025-01-15", "2025-01-15")]


def test_year_less_date_allows_a_few_weeks_of_past() -> None:
    """A date two weeks before the reference stays in the reference year."""
    assert days("5 December", reference=date(2024, 12, 19)) == [("2024-12-05", "2024-12-05")]


def test_year_less_weekday_picks_the_matching_year() -> None:
    """ "Tuesday 30 January" sent in 2023 is 2024 (30 Jan 2024 is a Tuesday), no conflict."""
    mention = one("Tuesday 30 January", reference=date(2023, 12, 1))
    assert mention.start == date(2024, 1, 30)
    assert not mention.weekday_conflict


def test_weekday_conflict() -> None:
    """A written weekday that does not match the written date is flagged."""
    mention = one("Monday, 30 January 2024")
    assert mention.start == date(2024, 1, 30)
    assert mention.weekday_conflict
    assert not one("Tuesday, 30 January 2024").weekday_conflict


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Register by 25 January", "deadline"),
        ("Deadline for applications: 25 January", "deadline"),
        ("RSVP 25 January", "deadline"),
        ("Nominations by 25 January please", "deadline"),
        ("Date limite d'inscription : 25 janvier", "deadline"),
        ("Inscriptions avant le 25 janvier", "deadline"),
        ("Fecha límite: 25 de enero", "deadline"),
        ("Inscripciones hasta el 25 de enero", "deadline"),
        ("Prazo de inscrição: 25 de janeiro", "deadline"),
        ("آخر موعد للتسجيل 25 يناير", "deadline"),
        ("The forum was held on 10 January 2024", "past"),
        ("La réunion a eu lieu le 10 janvier", "past"),
        ("El taller se realizó el 10 de enero", "past"),
        ("Date: 30 January", "event"),
        ("The workshop will take place on 30 January", "event"),
        ("The dialogue will be held on 30 January", "event"),
        ("La réunion aura lieu le 30 janvier", "event"),
        ("El foro tendrá lugar el 30 de enero", "event"),
        ("O evento realizar-se-á a 30 de janeiro", "event"),
        ("Closing date: 25 January", "deadline"),
    ],
)
def test_cues(text: str, cue: str) -> None:
    """The words before a date on its sentence classify it as deadline, past or event."""
    assert one(text).cue == cue


def test_cue_stays_within_the_sentence() -> None:
    """A deadline cue in an earlier sentence does not leak onto the event date."""
    found = find_dates(
        "Please register by 25 January. The workshop will take place on 30 January.",
        reference=REF,
    )
    assert [m.cue for m in found] == ["deadline", "event"]


def test_no_cue() -> None:
    """A date with no cue words before it has cue None."""
    assert one("30 January 2024").cue is None


@pytest.mark.parametrize(
    "text",
    [
        "Call +41 22 917 1234 or +1 (212) 963-1234",
        "The fee is $10 or 25 EUR",
        "CH-1211 Geneva 10, 75007 Paris",
        "version 2.1.3 released; see v10.12",
        "GCM Objective 6 and Objective 23",
        "Room 12.03, building 3, floor 30",
        "https://example.org/events/2024/01/30/workshop-30-january",
        "write to events-2024-01-30@example.org",
        "It happened 3 weeks ago",
        "Population: 1,230,000 (2023)",
        "May 2024 newsletter",
    ],
)
def test_false_hits_are_avoided(text: str) -> None:
    """Phones, money, postcodes, versions, objectives, rooms, URLs and e-mails are not dates."""
    assert find_dates(text, reference=REF) == []


def test_risky_month_word_needs_language_or_year() -> None:
    """ "ago"/"set"/"out" are months only in es/pt (or with a year)."""
    assert find_dates("10 set de reuniones", reference=REF) == []
    assert days("10 set", language="pt") == [("2024-09-10", "2024-09-10")]
    assert days("10 ago 2024") == [("2024-08-10", "2024-08-10")]


def test_several_dates_in_order() -> None:
    """All dates of a text come back in text order."""
    text = "Register by 1 Feb. Workshop 12-14 March 2024 in Nairobi; report due 30 April."
    assert days(text) == [
        ("2024-02-01", "2024-02-01"),
        ("2024-03-12", "2024-03-14"),
        ("2024-04-30", "2024-04-30"),
    ]


def test_temporal_module_reexports_the_api() -> None:
    """parsers.temporal offers the same find_dates."""
    assert reexported is find_dates


def test_invalid_calendar_day_is_skipped() -> None:
    """30 February does not exist and is not returned."""
    assert find_dates("30 February 2024", reference=REF) == []


def test_a_date_never_spans_two_lines() -> None:
    """A number ending one line and a month word starting the next are not a date."""
    assert find_dates("GCM Objective 6\nMay we remind you", reference=REF) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday, February 1", "2024-02-01"),
        ("Wednesday, 7 February, 2024", "2024-02-07"),
        ("7 Feb. 2024", "2024-02-07"),
        ("Sept 5", "2024-09-05"),
        ("Save the date: 12 March 2024", "2024-03-12"),
    ],
)
def test_more_english_forms(text: str, expected: str) -> None:
    """Weekday-month-day, commas before the year, dotted and four-letter abbreviations."""
    assert days(text) == [(expected, expected)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("14-15/03/2024", "2024-03-14", "2024-03-15"),
        ("03.12.2024", "2024-12-03", "2024-12-03"),
        ("12th-14th March 2024", "2024-03-12", "2024-03-14"),
        ("March 12th to 14th, 2024", "2024-03-12", "2024-03-14"),
        ("Monday, March 11 – Wednesday, March 13, 2024", "2024-03-11", "2024-03-13"),
        ("du lundi 11 au mercredi 13 mars 2024", "2024-03-11", "2024-03-13"),
        ("los días 14 y 15 de marzo", "2024-03-14", "2024-03-15"),
        ("يومي 14 و15 مارس", "2024-03-14", "2024-03-15"),
        ("12 آذار (مارس) 2024", "2024-03-12", "2024-03-12"),
    ],
)
def test_more_ranges_and_european_numeric_forms(text: str, start: str, end: str) -> None:
    """Day ranges before a numeric month, dotted dates (always day-first), weekday ranges."""
    assert days(text, reference=date(2024, 2, 20)) == [(start, end)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A workshop organised by the regional office on 30 January", "event"),
        ("Register by email to the secretariat for the dialogue on 30 January", "event"),
        ("Join us on 30 January and register before 25 January", "deadline"),
        ("Please confirm by Thursday 25 January", "deadline"),
        ("L'exposition, organisée par le réseau, aura lieu le 30 janvier", "event"),
        ("Merci de vous inscrire avant le 25 janvier", "deadline"),
        ("Favor de inscribirse a más tardar el 25 de enero", "deadline"),
        ("O seminário foi realizado em 10 de janeiro", "past"),
    ],
)
def test_short_deadline_words_count_only_right_before_the_date(text: str, cue: str) -> None:
    """ "by"/"before"/"avant" are deadline cues only right before a date; "organised by" is not."""
    assert find_dates(text, reference=REF)[-1].cue == cue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Thursday 15th", "2024-02-15"),
        ("le jeudi 15 à 10h", "2024-02-15"),
        ("quinta-feira, dia 15", "2024-02-15"),
        ("el jueves 15", "2024-02-15"),
    ],
)
def test_weekday_and_day_without_month(text: str, expected: str) -> None:
    """ "Thursday 15th" is the next 15th that is a Thursday; it is resolved, so flagged relative."""
    mention = one(text)
    assert mention.start.isoformat() == expected
    assert mention.relative


def test_weekday_and_hour_is_not_a_day() -> None:
    """ "jeudi 15h" is Thursday at 15:00, not Thursday the 15th."""
    assert [m.text for m in find_dates("jeudi 15h", reference=REF)] == []


def test_moved_from_one_date_to_another_is_not_a_range() -> None:
    """ "postponed from 15 May to 22 May" names two dates, not a week-long event."""
    found = days(
        "The forum has been postponed from 15 May to 22 May 2024.", reference=date(2024, 5, 6)
    )
    assert found == [("2024-05-15", "2024-05-15"), ("2024-05-22", "2024-05-22")]
    assert days("reporté du 15 mai au 22 mai", reference=date(2024, 5, 6)) == [
        ("2024-05-15", "2024-05-15"),
        ("2024-05-22", "2024-05-22"),
    ]


def test_sent_header_date_is_past() -> None:
    """The "Sent:" line of a forwarded mail is not an event date."""
    assert one("Sent: Monday, May 6, 2024 9:14 AM", reference=date(2024, 5, 6)).cue == "past"


def test_weekday_in_parentheses_after_the_date() -> None:
    """ "1 February 2024 (Thursday)" checks the weekday too; a wrong one is a conflict."""
    assert not one("1 February 2024 (Thursday)").weekday_conflict
    assert one("1 February 2024 (Fri.)").weekday_conflict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1ère février", "2024-02-01"),
        ("1ro de febrero", "2024-02-01"),
        ("2do de marzo", "2024-03-02"),
        ("Monday next", "2024-01-22"),
    ],
)
def test_more_ordinals_and_british_next(text: str, expected: str) -> None:
    """French 1ère, Spanish 1ro/2do ordinals; British "Monday next"."""
    assert one(text).start.isoformat() == expected


def test_date_line_of_a_forwarded_header_is_past() -> None:
    """The Date:/Envoyé : line in a forwarded header block is when a mail was sent."""
    text = (
        "---------- Forwarded message ---------\n"
        "From: A Partner <partner@example.org>\n"
        "Date: Mon, May 6, 2024 at 9:14 AM\n"
        "Subject: Workshop\n\n"
        "Date: 15 May 2024\nVenue: Geneva"
    )
    assert [(m.text, m.cue) for m in find_dates(text, reference=date(2024, 5, 6))] == [
        ("Mon, May 6, 2024", "past"),
        ("15 May 2024", "event"),
    ]
    french = "De : Jean\nEnvoyé : lundi 6 mai 2024 09:14\nÀ : équipe\n\nDate : 15 mai 2024"
    assert [m.cue for m in find_dates(french, reference=date(2024, 5, 6))] == ["past", "event"]


def test_range_with_a_weekday_after_the_connector() -> None:
    """'15.12.2025 bis Fr., 09.01.2026' is one range across the year end."""
    assert days("Zeitraum: Mo., 15.12.2025 bis Fr., 09.01.2026") == [("2025-12-15", "2026-01-09")]


def test_italian_elided_range_connector() -> None:
    """ "dal 9 all'11 dicembre" is a three-day range."""
    [mention] = find_dates("dal 9 all'11 dicembre 2025", reference=date(2025, 11, 1))
    assert (mention.start, mention.end) == (date(2025, 12, 9), date(2025, 12, 11))


@pytest.mark.parametrize(
    "text",
    [
        "The forum takes place in March 2027.",
        "A workshop is planned for mid-March.",
        "Anfang März 2026",
    ],
)
def test_month_only_mentions_are_not_dates(text: str) -> None:
    """A month without a day never becomes an event date."""
    assert find_dates(text, reference=date(2025, 11, 1)) == []


def test_deadline_cue_across_a_soft_line_wrap() -> None:
    """A deadline phrase at the end of a long wrapped line still cues the date on the next line;
    a short label line does not carry over."""
    wrapped = (
        "All participants who need a visa letter are kindly asked to apply before\n3 May 2026."
    )
    label = "Registration desk\n3 May 2026, 09:00"
    ref = date(2026, 4, 1)
    assert [m.cue for m in find_dates(wrapped, reference=ref)] == ["deadline"]
    assert [m.cue for m in find_dates(label, reference=ref)] != ["deadline"]
