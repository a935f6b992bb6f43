"""parsers.notification: invitations written in Russian, Swahili and Turkish are announcements."""

from __future__ import annotations

import pytest

from parsers.notification import announces_event


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Вебинар по трудовой миграции", "Приглашаем вас принять участие, регистрация открыта."),
        ("Mwaliko", "Tunawaalika kwenye warsha ya siku moja kuhusu haki za wahamiaji."),
        ("Taarifa", "Mkutano wa wadau utafanyika Nairobi; tafadhali jiandikishe mapema."),
        ("Duyuru", "Göçmen haklarına ilişkin çalıştayımız Ankara'da yapılacaktır."),
        ("Bilgi", "Toplantımıza katılımınızı rica ederiz; kayıt formu ektedir."),
    ],
)
def test_event_words_in_new_languages(subject: str, text: str) -> None:
    """Russian, Swahili and Turkish event and invitation words (with Turkish suffixes) count."""
    assert announces_event(subject, text)


def test_plain_news_in_swahili_announces_nothing() -> None:
    """A Swahili note without any event or invitation word is no announcement."""
    assert not announces_event("Habari", "Ofisi yetu itafungwa kwa ukarabati wiki hii.")


def test_a_name_like_malik_is_no_invitation() -> None:
    """The Swahili invitation stem needs its verb prefix: a name such as Malik is not one."""
    assert not announces_event("Re: Malik", "Please see the attached note from Malik.")
