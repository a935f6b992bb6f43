"""The date grammar in more languages and regional forms: Maghreb and Levantine Arabic month
names, Russian, Swahili, Turkish and CJK dates, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from parsers.dates import DateMention, find_dates


def spans(text: str, reference: date, language: str | None = None) -> list[tuple[str, str]]:
    found = find_dates(text, reference=reference, language=language)
    return [(m.start.isoformat(), m.end.isoformat()) for m in found]


def one(text: str, reference: date, language: str | None = None) -> DateMention:
    found = find_dates(text, reference=reference, language=language)
    assert len(found) == 1, found
    return found[0]


# --- Arabic: Maghreb and Levantine month names -------------------------------------------------

AR_REF = date(2026, 11, 2)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("يوم الخميس ١٧ دجنبر ٢٠٢٦", "2026-12-17", "2026-12-17"),
        ("الجمعة 4 دجنبر", "2026-12-04", "2026-12-04"),
        ("من ١٥ إلى ١٧ شتنبر ٢٠٢٧", "2027-09-15", "2027-09-17"),
        ("بين ٣ و ٥ نونبر", "2026-11-03", "2026-11-05"),
        ("في ١٠ يوليوز ٢٠٢٧", "2027-07-10", "2027-07-10"),
        ("يوم ٢٠ غشت ٢٠٢٧", "2027-08-20", "2027-08-20"),
        ("٣ ماي ٢٠٢٧", "2027-05-03", "2027-05-03"),
        ("٢٢ أبريل ٢٠٢٧", "2027-04-22", "2027-04-22"),
        ("١٢ تشرين الثاني ٢٠٢٦", "2026-11-12", "2026-11-12"),
        ("٢ كانون ثاني ٢٠٢٧", "2027-01-02", "2027-01-02"),
        ("۱۵ آذار ۲۰۲۷", "2027-03-15", "2027-03-15"),
        ("من ١٤ نيسان إلى ١٦ نيسان ٢٠٢٧", "2027-04-14", "2027-04-16"),
        ("الأربعاء ٩ كانون الأول", "2026-12-09", "2026-12-09"),
        ("٨ أيار/مايو ٢٠٢٧", "2027-05-08", "2027-05-08"),
    ],
)
def test_arabic_regional_month_names(text: str, start: str, end: str) -> None:
    """Maghreb (دجنبر, شتنبر, غشت...) and Levantine (تشرين, كانون, آذار...) months, with
    Arabic-Indic or Persian digits, single days and من/بين ranges, give the written dates."""
    assert spans(text, AR_REF, "ar") == [(start, end)]


def test_arabic_weekday_without_article_checks_the_day() -> None:
    """A weekday written without ال ("خميس") still checks the date: a wrong one is flagged."""
    assert not one("خميس ١٧ دجنبر ٢٠٢٦", AR_REF, "ar").weekday_conflict
    assert one("جمعة ١٧ دجنبر ٢٠٢٦", AR_REF, "ar").weekday_conflict


def test_arabic_deadline_cue_with_maghreb_month() -> None:
    """ "آخر موعد للتسجيل" before a Maghreb month name marks a deadline, not the event."""
    assert one("آخر موعد للتسجيل: ١٠ دجنبر", AR_REF, "ar").cue == "deadline"


# --- Russian ------------------------------------------------------------------------------------

RU_REF = date(2026, 3, 2)  # a Monday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("26 марта 2026 года", "2026-03-26", "2026-03-26"),
        ("четверг, 26 марта 2026 г.", "2026-03-26", "2026-03-26"),
        ("26 МАРТА 2026", "2026-03-26", "2026-03-26"),
        ("12 сент. 2026", "2026-09-12", "2026-09-12"),
        ("Март 14, 2026", "2026-03-14", "2026-03-14"),
        ("с 3 по 5 июня", "2026-06-03", "2026-06-05"),
        ("3–5 июня 2026 г.", "2026-06-03", "2026-06-05"),
        ("с 30 июня по 2 июля 2026 г.", "2026-06-30", "2026-07-02"),
        ("с 30 июня до 2 июля", "2026-06-30", "2026-07-02"),
        ("между 3 и 5 июня", "2026-06-03", "2026-06-05"),
        ("в следующий вторник", "2026-03-03", "2026-03-03"),
        ("завтра", "2026-03-03", "2026-03-03"),
        ("в пятницу", "2026-03-06", "2026-03-06"),
    ],
)
def test_russian_dates(text: str, start: str, end: str) -> None:
    """Russian months in the genitive and nominative, abbreviations, "г./года" after the year,
    с...по / с...до / между...и ranges, weekdays and relative days give the written dates."""
    assert spans(text, RU_REF, "ru") == [(start, end)]


def test_russian_two_days_joined_by_i() -> None:
    """ "3 и 10 июня" is two separate days, not a week-long range."""
    assert spans("3 и 10 июня", RU_REF, "ru") == [
        ("2026-06-03", "2026-06-03"),
        ("2026-06-10", "2026-06-10"),
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Регистрация открыта до 20 марта", "deadline"),
        ("Заявки принимаются до 20 марта", "deadline"),
        ("Крайний срок подачи заявок: 20 марта", "deadline"),
        ("Семинар состоится 14 апреля", "event"),
        ("Дата проведения: 14 апреля", "event"),
        ("Форум состоялся 20 февраля", "past"),
    ],
)
def test_russian_cues(text: str, cue: str) -> None:
    """Russian deadline (до, крайний срок), event (состоится) and past (состоялся) phrases set
    the cue of the date that follows."""
    assert one(text, RU_REF, "ru").cue == cue


def test_russian_forwarded_header_date_is_past() -> None:
    """The "Отправлено:" line of a forwarded mail's Russian header block is not the event date."""
    text = "От: Секретариат\nОтправлено: 20 марта 2026 г.\nТема: семинар"
    assert one(text, RU_REF, "ru").cue == "past"


# --- Swahili ------------------------------------------------------------------------------------

SW_REF = date(2026, 8, 3)  # a Monday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Alhamisi, 20 Agosti 2026", "2026-08-20", "2026-08-20"),
        ("tarehe 20 Agosti 2026", "2026-08-20", "2026-08-20"),
        ("Jumamosi tarehe 22 Agosti", "2026-08-22", "2026-08-22"),
        ("22 Mei 2027", "2027-05-22", "2027-05-22"),
        ("kuanzia tarehe 3 hadi tarehe 5 Septemba 2026", "2026-09-03", "2026-09-05"),
        ("kuanzia 30 Agosti hadi 2 Septemba 2026", "2026-08-30", "2026-09-02"),
        ("tarehe 30 Septemba na 1 Oktoba", "2026-09-30", "2026-10-01"),
        ("kesho", "2026-08-04", "2026-08-04"),
        ("Jumanne ijayo", "2026-08-04", "2026-08-04"),
    ],
)
def test_swahili_dates(text: str, start: str, end: str) -> None:
    """Swahili months and weekdays, "tarehe" before the day, kuanzia...hadi ranges, two
    consecutive days joined by "na", kesho and "Jumanne ijayo" give the written dates."""
    assert spans(text, SW_REF, "sw") == [(start, end)]


def test_swahili_days_joined_by_na_are_separate() -> None:
    """ "tarehe 3 na 10 Septemba" is two days, not a range."""
    assert spans("tarehe 3 na 10 Septemba", SW_REF, "sw") == [
        ("2026-09-03", "2026-09-03"),
        ("2026-09-10", "2026-09-10"),
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Tafadhali thibitisha kabla ya tarehe 14 Agosti", "deadline"),
        ("Tarehe ya mwisho ya kujiandikisha: 14 Agosti", "deadline"),
        ("Mkutano utafanyika tarehe 2 Desemba", "event"),
        ("Warsha ilifanyika tarehe 20 Julai", "past"),
    ],
)
def test_swahili_cues(text: str, cue: str) -> None:
    """Swahili deadline (kabla ya, tarehe ya mwisho), event (utafanyika) and past (ilifanyika)
    phrases set the cue of the date that follows."""
    assert one(text, SW_REF, "sw").cue == cue


# --- Turkish ------------------------------------------------------------------------------------

TR_REF = date(2026, 5, 4)  # a Monday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("26 Mart 2027", "2027-03-26", "2027-03-26"),
        ("3-5 Haziran 2026", "2026-06-03", "2026-06-05"),
        ("29 Haziran - 2 Temmuz 2026", "2026-06-29", "2026-07-02"),
        ("Perşembe, 11 Haziran 2026", "2026-06-11", "2026-06-11"),
        ("11 HAZİRAN 2026", "2026-06-11", "2026-06-11"),
        ("12 ARALIK 2026", "2026-12-12", "2026-12-12"),
        ("12 Aralık 2026", "2026-12-12", "2026-12-12"),
        ("10 Şubat 2027", "2027-02-10", "2027-02-10"),
        ("3 ve 4 Haziran", "2026-06-03", "2026-06-04"),
        ("gelecek salı", "2026-05-05", "2026-05-05"),
    ],
)
def test_turkish_dates(text: str, start: str, end: str) -> None:
    """Turkish months (dotted and dotless i, upper case), weekdays, ranges and two consecutive
    days joined by "ve" give the written dates."""
    assert spans(text, TR_REF, "tr") == [(start, end)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Son başvuru tarihi: 25 Mayıs", "deadline"),
        ("En geç 25 Mayıs", "deadline"),
        ("Tarih: 10 Eylül 2026", "event"),
    ],
)
def test_turkish_cues(text: str, cue: str) -> None:
    """ "Son başvuru" / "en geç" mark a deadline; "Tarih:" labels the event date."""
    assert one(text, TR_REF, "tr").cue == cue


# --- Chinese, Japanese, Korean --------------------------------------------------------------------

CJK_REF = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("会议将于2026年3月26日举行", "2026-03-26", "2026-03-26"),
        ("2026年 3月 26日 10:00", "2026-03-26", "2026-03-26"),
        ("3月26日～28日", "2026-03-26", "2026-03-28"),
        ("2026年3月30日至4月2日", "2026-03-30", "2026-04-02"),
        ("2026년 3월 26일", "2026-03-26", "2026-03-26"),
    ],
)
def test_cjk_dates(text: str, start: str, end: str) -> None:
    """Year/month/day marked by 年月日 (or 년월일), with ～/至 ranges, give the written dates."""
    assert spans(text, CJK_REF) == [(start, end)]


def test_cjk_labels_set_the_cue() -> None:
    """ "日期：" labels the event date; "报名截止" before a date makes it a deadline."""
    assert one("日期：2026年3月26日（星期四）", CJK_REF).cue == "event"
    assert one("报名截止 2026年3月20日", CJK_REF).cue == "deadline"
