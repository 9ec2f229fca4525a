"""Load the actor dictionary: agent nouns, country names and seats, organisations, well-known people.

Four reviewed TSV files (package data `tacitus/data/actors/`) plus the country names that pycountry and
countrynames know. countrynames is read with exact matching only: its fuzzy mode maps "Taliban" to Italy.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType

from tacitus.errors import LexiconError

# CAMEO actor sector codes (codebook ch. 3) that the data files may use; a typo fails at load time.
_STATE = "GOV MIL COP REB OPP LEG JUD SPY PTY PRM UAF INS SEP"
SECTORS = frozenset(f"{_STATE} CVL EDU BUS MED REL REF HLH LAB CRM ELI AGR HRI ENV MOD RAD DEV UNK".split())
NO_SECTOR = "-"  # agents.tsv: a person noun with no sector: "Palestinian prisoners" is PSE
_KOSOVO = {"XK": "XKX"}  # pycountry lacks Kosovo; XKX is the common user-assigned alpha-3 code
_MIN_PACKAGE_NAME = 4  # package names this short ("man", "in") collide with English words
_SHORT_ACRONYM = 3  # organisation acronyms this short match only in capitals: "Un" (Kim Jong Un), "Who", "Au"


class NameKind(StrEnum):
    """What a dictionary name denotes."""

    COUNTRY = "country"
    SEAT = "seat"  # a capital or seat of power standing for a state body ("the Kremlin")
    ORGANIZATION = "organization"


@dataclass(frozen=True, slots=True, kw_only=True)
class NameEntry:
    """A proper name with its code prefix, e.g. Kremlin -> RUSGOV, UN -> IGOUNO, Israel -> ISR."""

    code: str
    country: str | None
    sector: str | None
    name: str
    kind: NameKind
    capitals_only: bool = False  # a short acronym ("UN", "AU", "WHO"): "Un" in "Kim Jong Un" is no organisation


@dataclass(frozen=True, slots=True, kw_only=True)
class KnownPeriod:
    """A well-known person's code for one period: Barack Obama is USAGOV from 2009-01-20 to 2017-01-20."""

    name: str  # the canonical full name, e.g. "Barack Obama" also for the alias "Obama"
    code: str
    country: str | None
    sector: str | None
    valid_from: date | None  # None: since ever
    valid_to: date | None  # inclusive; None: still valid

    def covers(self, on: date) -> bool:
        """Whether the code applies on `on` (both ends inclusive: a handover day belongs to both rows)."""
        return (self.valid_from is None or self.valid_from <= on) and (self.valid_to is None or on <= self.valid_to)


def normalize_name(text: str) -> str:
    """Lookup key for a name: ASCII, lowercase, no dots or apostrophes, no leading 'the', single spaces."""
    if text.isalnum() and text.isascii():
        return text.lower()  # one plain word, as most tokens are: nothing below would change it but the case
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = text.replace(".", "").replace("'", "")
    key = " ".join("".join(c if c.isalnum() else " " for c in text).split())
    return key.removeprefix("the ")


class ActorDictionary:
    """Immutable lookups from agent lemmas and proper names to CAMEO code parts."""

    def __init__(
        self,
        agents: Mapping[tuple[str, ...], str],
        names: Mapping[str, NameEntry],
        countries: Mapping[str, str],
        people: Mapping[str, Sequence[KnownPeriod]] | None = None,
    ) -> None:
        self._agents = MappingProxyType(dict(agents))
        self._people = MappingProxyType({k: tuple(v) for k, v in (people or {}).items()})
        self._names = MappingProxyType(dict(names))
        self._countries = MappingProxyType(dict(countries))
        self.max_agent_words = max((len(k) for k in self._agents), default=1)
        self.max_name_words = max((len(k.split()) for k in self._names), default=1)
        self._first_words = frozenset(k.split()[0] for k in self._names if k)

    def agent(self, words: tuple[str, ...]) -> str | None:
        """Sector of an agent term given as lowercase lemma words, e.g. ("security", "force") -> COP."""
        return self._agents.get(words)

    def name(self, text: str) -> NameEntry | None:
        """Entry for a proper name as written ("U.S.", "the Kremlin"), or None."""
        entry = self._names.get(normalize_name(text))
        if entry is not None and entry.capitals_only and any(c.islower() for c in _without_article(text)):
            return None
        return entry

    def known_person(self, text: str, on: date | None = None, *, sector: str | None = None) -> KnownPeriod | None:
        """The period of a known person named `text` ("Obama", "barack obama") that applies on `on`.

        With `on` None, the latest period (open-ended, else the latest end) of those in the `sector` the text's
        title gives ("President Bill Clinton" in an undated story is USAGOV, "Bill Clinton" USAELI), if any has
        it; on a date no period covers, None.
        """
        periods = self._people.get(normalize_name(text), ())
        if on is None:
            titled = [p for p in periods if sector is not None and p.sector == sector]
            return max(titled or periods, key=lambda p: (p.valid_to or date.max, p.valid_from or date.min),
                       default=None)
        # Both ends are inclusive, so on a handover day the newer row (Obama USAELI from 2017-01-20) wins.
        current = [p for p in periods if p.covers(on)]
        return max(current, key=lambda p: p.valid_from or date.min, default=None)

    def may_start_name(self, word: str) -> bool:
        """Cheap pre-check: can a name begin with this token ("al" yes, "measures" no)?"""
        key = normalize_name(word).split()
        return bool(key) and (key[0] in self._first_words or key[0][:-1] in self._first_words)

    def country_name(self, iso3: str) -> str | None:
        """Display name of a country code ("USA" -> "United States")."""
        return self._countries.get(iso3)

    def is_country(self, code: str) -> bool:
        """Whether `code` is a country code this dictionary knows."""
        return code in self._countries

    def __len__(self) -> int:
        return len(self._agents) + len(self._names) + len(self._people)


def load_actor_dictionary(directory: Path | None = None, *, extend: bool = False) -> ActorDictionary:
    """Load agents.tsv, countries.tsv, organizations.tsv and people.tsv (default: package data) plus country
    packages. A directory without people.tsv has no known people. With `extend`, the directory's files are
    read after the package data's, so its entries win on the same term, name or person."""
    built_in: Traversable = files("tacitus") / "data" / "actors"
    sources = [directory or built_in] if directory is None or not extend else [built_in, directory]
    agents: dict[tuple[str, ...], str] = {}
    names, countries = _package_countries()
    people: dict[str, list[KnownPeriod]] = {}
    for source in sources:
        agents.update(_read_agents(source / "agents.tsv"))
        _add_country_rows(source / "countries.tsv", names, countries)
        _add_organizations(source / "organizations.tsv", names, countries)
        people_path = source / "people.tsv"
        people.update(read_people(people_path, countries) if people_path.is_file() else {})
    return ActorDictionary(agents, names, countries, people)


def _read_tsv(path: Traversable, columns: tuple[str, ...]) -> Iterator[tuple[str, int, dict[str, str]]]:
    """Yield (path, line number, row) for a TSV with a header naming `columns`; `#` lines are comments."""
    with path.open(encoding="utf-8") as f:
        lines = enumerate(f, start=1)
        numbered = [(n, line) for n, line in lines if line.strip() and not line.startswith("#")]
    if not numbered:
        raise LexiconError(f"{path}:1: empty file, expected header {columns}")
    header_no, header = numbered[0]
    found = tuple(header.rstrip("\n").split("\t"))
    if found[: len(columns)] != columns:
        raise LexiconError(f"{path}:{header_no}: header {found} should start with {columns}")
    rows = csv.DictReader((line for _, line in numbered), delimiter="\t", quoting=csv.QUOTE_NONE)
    for (line_no, _), row in zip(numbered[1:], rows, strict=True):
        yield str(path), line_no, {k: (v or "").strip() for k, v in row.items() if k is not None}


def _read_agents(path: Traversable) -> Iterator[tuple[tuple[str, ...], str]]:
    seen: set[tuple[str, ...]] = set()
    for where, line_no, row in _read_tsv(path, ("term", "sector", "note")):
        words, sector = tuple(row["term"].lower().split()), row["sector"]
        if not words or (sector not in SECTORS and sector != NO_SECTOR):
            raise LexiconError(f"{where}:{line_no}: need a term and a known sector, got {row['sector']!r}")
        if words in seen:
            raise LexiconError(f"{where}:{line_no}: duplicate term {row['term']!r}")
        seen.add(words)
        yield words, sector


def _package_countries() -> tuple[dict[str, NameEntry], dict[str, str]]:
    """Names and demonyms from countrynames (exact keys only) and pycountry; display names from pycountry."""
    import pycountry
    from countrynames.data import DATA

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries} | _KOSOVO
    countries = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    countries["XKX"] = "Kosovo"
    names: dict[str, NameEntry] = {}
    for alpha2, aliases in DATA.items():
        code = alpha3.get(alpha2.upper())
        if code is None:  # "FAIL", regions, historic or sub-national codes
            continue
        for alias in aliases:
            key = normalize_name(alias)
            if len(key) >= _MIN_PACKAGE_NAME and key.replace(" ", "").isalpha() and key.isascii():
                names[key] = _country_entry(code, countries[code])
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(country, attr, None):
                names[normalize_name(value)] = _country_entry(country.alpha_3, countries[country.alpha_3])
    return names, countries


def _country_entry(code: str, name: str) -> NameEntry:
    return NameEntry(code=code, country=code, sector=None, name=name, kind=NameKind.COUNTRY)


def _add_country_rows(path: Traversable, names: dict[str, NameEntry], countries: dict[str, str]) -> None:
    """Apply countries.tsv: extra names, seats of government, and removals (code '-')."""
    display: dict[str, str] = {}
    rows = list(_read_tsv(path, ("name", "code", "sector", "note")))
    for where, line_no, row in rows:
        key, code, sector = normalize_name(row["name"]), row["code"], row["sector"] or None
        if not key or (code != "-" and (code not in countries or (sector and sector not in SECTORS))):
            raise LexiconError(f"{where}:{line_no}: unknown country code {code!r} or sector {sector!r}")
        if code == "-":
            names.pop(key, None)
        elif sector is None and not row["note"].startswith("demonym"):
            display.setdefault(code, row["name"])
    countries.update(display)
    for _, _, row in rows:
        key, code, sector = normalize_name(row["name"]), row["code"], row["sector"] or None
        if code != "-":
            kind = NameKind.COUNTRY if sector is None else NameKind.SEAT
            names[key] = NameEntry(
                code=code + (sector or ""), country=code, sector=sector, name=countries[code], kind=kind
            )
    for key, entry in names.items():  # package entries made before the display names were known
        if entry.kind is NameKind.COUNTRY and entry.country is not None:
            names[key] = _country_entry(entry.country, countries[entry.country])


def _add_organizations(path: Traversable, names: dict[str, NameEntry], countries: Mapping[str, str]) -> None:
    full_names: dict[str, str] = {}
    for where, line_no, row in _read_tsv(path, ("name", "code", "note")):
        key, code = normalize_name(row["name"]), row["code"]
        if not key or len(code) < 3 or not code.isalpha() or not code.isupper():
            raise LexiconError(f"{where}:{line_no}: need a name and an upper-case CAMEO code, got {code!r}")
        if not _is_acronym(row["name"]):
            full_names.setdefault(code, row["name"])
        country = code[:3] if code[:3] in countries else None
        sector = code[3:6] if country is not None and code[3:6] in SECTORS else None
        display = full_names.get(code, row["name"])
        kind = NameKind.ORGANIZATION
        names[key] = NameEntry(code=code, country=country, sector=sector, name=display, kind=kind,
                               capitals_only=_is_acronym(row["name"]) and len(key) <= _SHORT_ACRONYM)


def _without_article(text: str) -> str:
    return text.removeprefix("the ").removeprefix("The ")


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isupper() and len(letters) <= 6


_PEOPLE_COLUMNS = ("name", "code", "valid_from", "valid_to", "aliases", "note")


def read_people(path: Traversable, countries: Mapping[str, str]) -> dict[str, list[KnownPeriod]]:
    """Read people.tsv: for each normalised full name and alias, the periods of the person it names.

    Two different people may share a name or alias only in periods that do not overlap ("Assad" is Hafez
    al-Assad until 2000, Bashar al-Assad after); anything else is ambiguous and fails with path:line.
    """
    people: dict[str, list[KnownPeriod]] = {}
    lines: dict[KnownPeriod, int] = {}
    for where, line_no, row in _read_tsv(path, _PEOPLE_COLUMNS):
        period = _known_period(row, countries, f"{where}:{line_no}")
        lines[period] = line_no
        names = [row["name"], *(a for a in row["aliases"].split("|") if a.strip())]
        for key in dict.fromkeys(normalize_name(n) for n in names):
            if not key:
                raise LexiconError(f"{where}:{line_no}: empty alias in {row['aliases']!r}")
            for other in people.get(key, []):
                if other.name != period.name and _overlap(other, period):
                    raise LexiconError(
                        f"{where}:{line_no}: {key!r} names both {period.name} and {other.name} "
                        f"(line {lines[other]}) in overlapping periods"
                    )
            people.setdefault(key, []).append(period)
    return people


def _known_period(row: Mapping[str, str], countries: Mapping[str, str], at: str) -> KnownPeriod:
    name, code = row["name"], row["code"]
    if not name or len(code) < 3 or len(code) % 3 or not code.isalpha() or not code.isupper():
        raise LexiconError(f"{at}: need a name and an upper-case CAMEO code, got {name!r} {code!r}")
    country = code[:3] if code[:3] in countries else None
    sector = (code[3:6] or None) if country is not None else None
    if sector is not None and sector not in SECTORS:
        raise LexiconError(f"{at}: unknown sector {sector!r} in {code!r}")
    valid_from = _parse_date(row["valid_from"], at, end=False)
    valid_to = _parse_date(row["valid_to"], at, end=True)
    if valid_from is not None and valid_to is not None and valid_to < valid_from:
        raise LexiconError(f"{at}: valid_to {row['valid_to']} is before valid_from {row['valid_from']}")
    return KnownPeriod(name=name, code=code, country=country, sector=sector, valid_from=valid_from,
                       valid_to=valid_to)


def _parse_date(text: str, at: str, *, end: bool) -> date | None:
    """YYYY-MM-DD, or YYYY (1 January as a start, 31 December as an end); empty is open."""
    if not text:
        return None
    if len(text) == 4 and text.isdigit():
        return date(int(text), 12, 31) if end else date(int(text), 1, 1)
    message = f"{at}: date {text!r} should be YYYY or YYYY-MM-DD"
    if len(text) != len("YYYY-MM-DD"):
        raise LexiconError(message)
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise LexiconError(message) from err


def _overlap(a: KnownPeriod, b: KnownPeriod) -> bool:
    """Whether two periods share more than a handover day."""
    a_from, a_to = a.valid_from or date.min, a.valid_to or date.max
    b_from, b_to = b.valid_from or date.min, b.valid_to or date.max
    return a_from < b_to and b_from < a_to
