"""Gazetteer: city and country mentions resolved against GeoNames and pycountry."""

from __future__ import annotations

import pytest

from parsers.gazetteer import (
    canonical_zone,
    city_by_name,
    country_of_name,
    find_countries,
    find_places,
)


def _cities(text: str) -> list[tuple[str, str]]:
    return [(p.city, p.country) for p in find_places(text)]


def test_english_city_with_zone_and_span() -> None:
    """An English city name resolves to GeoNames' name, ISO2 country, IANA zone and its span."""
    text = "The round table meets in Nairobi on Friday."
    [place] = find_places(text)
    assert (place.city, place.country, place.timezone) == ("Nairobi", "KE", "Africa/Nairobi")
    assert text[place.span[0] : place.span[1]] == "Nairobi" == place.text
    assert place.population > 1_000_000


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("Rendez-vous à Genève, salle 7.", "Geneva", "CH"),
        ("Seminário em Lisboa, na sede.", "Lisbon", "PT"),
        ("Réunion prévue à Bruxelles.", "Brussels", "BE"),
        ("Taller en la Ciudad de México.", "Mexico City", "MX"),
        ("Sitzung in Wien am Montag.", "Vienna", "AT"),
        ("Incontro a Roma.", "Rome", "IT"),
        ("Our office in New York will host it.", "New York City", "US"),
    ],
)
def test_exonyms_in_five_languages(text: str, city: str, country: str) -> None:
    """Local and foreign-language names map to the GeoNames English name."""
    assert _cities(text) == [(city, country)]


def test_arabic_city_with_shadda_and_attached_preposition() -> None:
    """Arabic names match with diacritics (عمّان) and with an attached preposition (بالقاهرة)."""
    assert _cities("ينعقد الحوار في عمّان") == [("Amman", "JO")]
    assert _cities("ورشة عمل بالقاهرة وبيروت") == [("Cairo", "EG"), ("Beirut", "LB")]


def test_guatemala_city_versus_the_country() -> None:
    """'Ciudad de Guatemala' is the city; plain 'Guatemala' is the country, not a city."""
    assert _cities("en la Ciudad de Guatemala") == [("Guatemala City", "GT")]
    assert _cities("Oficina de la OIM en Guatemala") == []
    assert find_countries("Oficina de la OIM en Guatemala")[0][0] == "GT"


def test_city_state_keeps_its_name() -> None:
    """A city that is its own country (Singapore) is still a city."""
    assert _cities("Forum held in Singapore.") == [("Singapore", "SG")]


def test_common_words_are_not_cities() -> None:
    """Capitalised common words that name small or big towns are not taken as cities."""
    text = "Nice to meet you. Date: Monday. Police and Mobile teams will Split the work."
    assert find_places(text) == []


def test_lowercase_words_are_not_cities() -> None:
    """City names must be capitalised as written: 'reading' and 'split' in prose do not count."""
    assert find_places("after reading the split report from the mission") == []


def test_given_name_followed_by_surname_is_a_person() -> None:
    """A given name that is also a capital (Sofia) followed by a surname is a person."""
    assert _cities("Sofia Petrova will chair the session in Sofia, Bulgaria.") == [("Sofia", "BG")]


def test_country_after_the_city_picks_the_namesake() -> None:
    """'Córdoba, Spain' and 'Córdoba, Argentina' resolve to different cities."""
    assert _cities("Córdoba, Spain and later Córdoba, Argentina") == [
        ("Córdoba", "ES"),
        ("Córdoba", "AR"),
    ]


def test_backward_zone_links_are_canonicalised() -> None:
    """Montreal's zone is America/Toronto (America/Montreal is a backward link)."""
    [place] = find_places("Conférence à Montréal")
    assert place.timezone == "America/Toronto"
    assert canonical_zone("America/Montreal") == "America/Toronto"
    assert canonical_zone("Africa/Dakar") == "Africa/Dakar"  # listed in zone.tab: kept


def test_multiword_names_and_spans() -> None:
    """Multi-word names (Dar es Salaam, Port of Spain) match whole, with exact spans."""
    text = "Offices: Dar es Salaam; Port of Spain."
    places = find_places(text)
    assert [p.city for p in places] == ["Dar es Salaam", "Port of Spain"]
    assert [text[a:b] for a, b in (p.span for p in places)] == ["Dar es Salaam", "Port of Spain"]


def test_signature_city_has_a_later_span_than_the_event_city() -> None:
    """Every mention is returned with its span so a caller can drop signature lines."""
    text = "The workshop is in Dakar.\n--\nRegional Office, Abuja, Nigeria"
    places = find_places(text)
    assert [p.city for p in places] == ["Dakar", "Abuja"]
    assert places[1].span[0] > text.index("--")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sénégal", "SN"),
        ("México", "MX"),
        ("الأردن", "JO"),
        ("Côte d'Ivoire", "CI"),
        ("Estados Unidos", "US"),
        ("Allemagne", "DE"),
        ("Brasil", "BR"),
        ("Türkiye", "TR"),
    ],
)
def test_country_names_in_many_languages(text: str, code: str) -> None:
    """Country names in en/fr/es/pt/ar/de give their ISO 3166-1 alpha-2 code."""
    assert country_of_name(text) == code
    assert find_countries(f"Meeting, {text}.")[0][0] == code


def test_country_inside_a_city_name_is_not_a_country() -> None:
    """'Spain' in 'Port of Spain' is not a mention of Spain."""
    assert find_countries("Port of Spain, Trinidad and Tobago") == [("TT", (15, 34))]


def test_french_reunion_is_a_meeting_not_the_island() -> None:
    """'Réunion' at the start of a French sentence is not the country Réunion."""
    assert find_countries("Réunion des partenaires à Dakar") == []


def test_city_by_name_with_country_filter() -> None:
    """city_by_name resolves a whole string, optionally restricted to one country."""
    place = city_by_name(" Genève ")
    assert place is not None and place.city == "Geneva" and place.text == "Genève"
    assert place.span == (1, 7)
    santiago = city_by_name("Santiago", "CL")
    assert santiago is not None and santiago.timezone == "America/Santiago"
    assert city_by_name("Geneva", "JP") is None
    assert city_by_name("Not A Real Place Name") is None


@pytest.mark.parametrize(
    "text",
    [
        "Avenida Bela Vista 455, 2º andar",
        "Meet at Rua Nova Esperança, entrance B.",
        "Gather at Liberty Fountain Square at noon.",
        "Concert at St Anne Street Hall.",
        "Hola,\nos escribo para invitaros.",
        "Saludos cordiales,\nAmara Yao\nCoordinadora",
    ],
)
def test_street_names_greetings_and_signoff_names_are_not_cities(text: str) -> None:
    """Names after a street word, before 'Square'/'Street', greetings and sign-off lines
    "Given Surname" are not cities, even when GeoNames has a town of that name."""
    assert _cities(text) == []


def test_lowercase_street_word_needs_a_house_number() -> None:
    """'8, rue de X' is a street; 'via X' without a number is a route through the city."""
    assert _cities("Bureau : 8, rue de Lyon, Genève") == [("Geneva", "CH")]
    assert ("Vienna", "AT") in _cities("Participants travel via Vienna.")


def test_country_before_or_elsewhere_in_the_mail_picks_the_namesake() -> None:
    """A country named just before the city, or elsewhere in the text, picks that namesake."""
    assert _cities("Teatro Nacional de Costa Rica, San José") == [("San José", "CR")]
    text = "Partners from Costa Rica are invited.\nVenue: Hotel Real, San José"
    assert ("San José", "CR") in _cities(text)
    assert _cities("Meeting in San José next week") == [("San Jose", "US")]


def test_elided_article_and_hyphenated_district_resolve_to_the_city() -> None:
    """ "d'Accra" and "Accra-Central" are Accra; a primary name beats another city's alias."""
    assert _cities("Maison de la Culture d'Accra") == [("Accra", "GH")]
    assert _cities("Lieu : salle B, Accra-Central") == [("Accra", "GH")]
    assert _cities("Venue: New Delhi") == [("New Delhi", "IN")]


def test_capital_namesake_of_a_country_name() -> None:
    """Arabic تونس and Spanish Guatemala name both a country and its capital."""
    from parsers.gazetteer import capital_namesake

    tunis = capital_namesake("تونس", "TN")
    assert tunis is not None and tunis.city == "Tunis"
    guatemala = capital_namesake("Guatemala", "GT")
    assert guatemala is not None and guatemala.city == "Guatemala City"
    assert capital_namesake("Kenya", "KE") is None


@pytest.mark.parametrize(
    "text",
    [
        "Our partners in Sri Lanka and Costa Rica",
        "Delegations from Puerto Rico, El Salvador and South Africa",
        "A mission to Saudi Arabia",
    ],
)
def test_country_names_are_never_split_into_cities(text: str) -> None:
    """A word inside a multi-word country name ("Lanka", "Rica", "Salvador") is no city."""
    assert _cities(text) == []


def test_city_before_a_split_prone_country_keeps_only_the_city() -> None:
    """'Galle, Sri Lanka' gives Galle alone; the country's second word is not a city."""
    assert _cities("The clinic opens in Galle, Sri Lanka, next month.") == [("Galle", "LK")]


def test_region_is_not_a_far_away_city_of_the_same_alternate_name() -> None:
    """A department or state named after the city ('Antioquia', 'Arizona') is not a city
    elsewhere; the city before it stays."""
    assert _cities("La feria será en Medellín, Antioquia.") == [("Medellín", "CO")]
    assert _cities("Training held in Tucson, Arizona") == [("Tucson", "US")]


def test_region_named_country_beats_a_foreign_city_of_that_name() -> None:
    """'Santander, Colombia' is the department, not the Spanish city (no city is reported)."""
    assert _cities("Taller regional en Santander, Colombia") == []


@pytest.mark.parametrize(
    "text",
    [
        "Participe en la Mesa de diálogo sobre movilidad",
        "Sala del Consejo Superior, segundo piso",
        "Un Bello encuentro de culturas",
        "Como parte de la semana de acción",
    ],
)
def test_common_words_are_no_cities_without_a_place_context(text: str) -> None:
    """Spanish/Italian common words that name some town stay words outside a place context."""
    assert _cities(text) == []


def test_common_word_city_in_a_place_context() -> None:
    """After a locative or before ', <region/country>' the same words are cities."""
    assert _cities("Reunión en Mesa, Arizona") == [("Mesa", "US")]
    assert _cities("Incontro a Como con le associazioni") == [("Como", "IT")]


_CITY_ZONES = [
    ("Tapachula", "MX", "America/Mexico_City"),
    ("Villahermosa", "MX", "America/Mexico_City"),
    ("Tijuana", "MX", "America/Tijuana"),
    ("Cancún", "MX", "America/Cancun"),
    ("Mérida", "MX", "America/Merida"),
    ("Guatemala City", "GT", "America/Guatemala"),
    ("Tegucigalpa", "HN", "America/Tegucigalpa"),
    ("Medellín", "CO", "America/Bogota"),
    ("Guayaquil", "EC", "America/Guayaquil"),
    ("Cusco", "PE", "America/Lima"),
    ("Manaus", "BR", "America/Manaus"),
    ("Recife", "BR", "America/Recife"),
    ("Córdoba", "AR", "America/Argentina/Cordoba"),
    ("Valparaíso", "CL", "America/Santiago"),
    ("Santa Cruz de la Sierra", "BO", "America/La_Paz"),
    ("Lubumbashi", "CD", "Africa/Lubumbashi"),
    ("Kinshasa", "CD", "Africa/Kinshasa"),
    ("Agadez", "NE", "Africa/Niamey"),
    ("Kano", "NG", "Africa/Lagos"),
    ("Mombasa", "KE", "Africa/Nairobi"),
    ("Durban", "ZA", "Africa/Johannesburg"),
    ("Oran", "DZ", "Africa/Algiers"),
    ("Gaziantep", "TR", "Europe/Istanbul"),
    ("Erbil", "IQ", "Asia/Baghdad"),
    ("Almaty", "KZ", "Asia/Almaty"),
    ("Makassar", "ID", "Asia/Makassar"),
    ("Jayapura", "ID", "Asia/Jayapura"),
    ("Chittagong", "BD", "Asia/Dhaka"),
    ("Cebu City", "PH", "Asia/Manila"),
    ("Kathmandu", "NP", "Asia/Kathmandu"),
]


@pytest.mark.parametrize(("name", "country", "zone"), _CITY_ZONES)
def test_cities_resolve_to_their_own_canonical_zone(name: str, country: str, zone: str) -> None:
    """30 cities on four continents resolve to the IANA zone of their own region, in
    zone.tab's canonical spelling (Chiapas and Tabasco are Central Mexico, not Mérida's zone)."""
    place = city_by_name(name, country)
    assert place is not None and place.country == country
    assert place.timezone == zone


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Visita guiada a la Sagrada Família, Barcelona", "Barcelona"),
        ("Concentración en la Plaza de Mayo, Buenos Aires", "Buenos Aires"),
        ("Rassemblement Place de la Nation, Paris", "Paris"),
        ("Encontro na Praça do Comércio, Lisboa", "Lisbon"),
        ("Salle XX, Palais des Nations, Genève", "Geneva"),
        ("Ceremony at the Basilica of Quito, Lima", "Lima"),
        ("Match at Wembley Stadium, London", "London"),
        ("Exposição no Museu de Lisboa, Coimbra", "Coimbra"),
        ("Community hall, 12 Hill Road, Brooklyn, New York", "New York City"),
    ],
)
def test_landmarks_and_districts_are_not_the_city(text: str, city: str) -> None:
    """A name beside a building/monument/square word, or a district before ', its city', is
    not the city: the city is the address line's city."""
    assert [p.city for p in find_places(text)] == [city]


def test_hub_in_a_venue_name_is_not_a_city() -> None:
    """'Innovation Hub' names a building; the city is the one after the comma."""
    assert [p.city for p in find_places("Meet at the Innovation Hub, Nairobi.")] == ["Nairobi"]
