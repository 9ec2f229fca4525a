"""Date phrases against a fixed publication date: Tuesday 29 January 2019."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.records import DatePrecision
from tacitus.when.dates import resolve_date_phrase

BASE = date(2019, 1, 29)  # a Tuesday


@pytest.mark.parametrize(("phrase", "expected", "precision"), [
    ("on Sunday", date(2019, 1, 27), DatePrecision.DAY),
    ("late on Friday", date(2019, 1, 25), DatePrecision.DAY),
    ("Friday evening", date(2019, 1, 25), DatePrecision.DAY),
    ("Tuesday", date(2019, 1, 29), DatePrecision.DAY),
    ("last Tuesday", date(2019, 1, 22), DatePrecision.DAY),
    ("yesterday", date(2019, 1, 28), DatePrecision.DAY),
    ("last night", date(2019, 1, 28), DatePrecision.DAY),
    ("two days ago", date(2019, 1, 27), DatePrecision.DAY),
    ("three weeks ago", date(2019, 1, 8), DatePrecision.WEEK),
    ("last year", date(2018, 1, 1), DatePrecision.YEAR),
    ("this year", date(2019, 1, 1), DatePrecision.YEAR),
    ("earlier this month", date(2019, 1, 1), DatePrecision.MONTH),
    ("last month", date(2018, 12, 1), DatePrecision.MONTH),
    ("in March", date(2018, 3, 1), DatePrecision.MONTH),
    ("January 3, 2018", date(2018, 1, 3), DatePrecision.DAY),
    ("Jan. 28", date(2019, 1, 28), DatePrecision.DAY),
    ("29 December", date(2018, 12, 29), DatePrecision.DAY),
    ("2017", date(2017, 1, 1), DatePrecision.YEAR),
    ("2018-11-05", date(2018, 11, 5), DatePrecision.DAY),
    ("12/25/2018", date(2018, 12, 25), DatePrecision.DAY),
])
def test_phrase(phrase: str, expected: date, precision: DatePrecision) -> None:
    resolved = resolve_date_phrase(phrase, BASE)
    assert resolved is not None
    assert (resolved.date, resolved.precision) == (expected, precision)


@pytest.mark.parametrize("phrase", ["the past two years", "recent days", "decades", ""])
def test_no_single_date(phrase: str) -> None:
    assert resolve_date_phrase(phrase, BASE) is None
