"""Load the actor dictionary: agent nouns, country names and seats, organisations.

Three reviewed TSV files (package data `tacitus/data/actors/`) plus the country names that pycountry and
countrynames know. countrynames is read with exact matching only: its fuzzy mode maps "Taliban" to Italy.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
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


def normalize_name(text: str) -> str:
    """Lookup key for a name: ASCII, lowercase, no dots or apostrophes, no leading 'the', single spaces."""
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
    ) -> None:
        self._agents = MappingProxyType(dict(agents))
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
        return self._names.get(normalize_name(text))

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
        return len(self._agents) + len(self._names)


def load_actor_dictionary(directory: Path | None = None) -> ActorDictionary:
    """Load agents.tsv, countries.tsv and organizations.tsv (default: package data) plus country packages."""
    source: Traversable = directory if directory is not None else files("tacitus") / "data" / "actors"
    agents = dict(_read_agents(source / "agents.tsv"))
    names, countries = _package_countries()
    _add_country_rows(source / "countries.tsv", names, countries)
    _add_organizations(source / "organizations.tsv", names, countries)
    return ActorDictionary(agents, names, countries)


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
        names[key] = NameEntry(code=code, country=country, sector=sector, name=display, kind=kind)


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isupper() and len(letters) <= 6
