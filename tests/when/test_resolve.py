"""Event dates from the date phrase of the event's own clause (real spaCy parses)."""

from __future__ import annotations

from datetime import date

from tacitus.pipeline import Coder
from tacitus.records import DateBasis, DatePrecision
from tacitus.when.resolve import attached_dates, event_date, trigger_token

BASE = date(2019, 1, 29)


def _date_of(coder: Coder, text: str, trigger: str) -> tuple[date, DatePrecision] | None:
    doc = coder.nlp(text)
    start = text.index(trigger)
    token = trigger_token(doc, start, start + len(trigger))
    assert token is not None
    resolved = event_date(token, BASE)
    return None if resolved is None else (resolved.date, resolved.precision)


def test_weekday_in_the_clause(coder: Coder) -> None:
    assert _date_of(coder, "Police arrested ten protesters on Sunday.", "arrested") == (date(2019, 1, 27),
                                                                                        DatePrecision.DAY)


def test_last_year_is_a_year(coder: Coder) -> None:
    assert _date_of(coder, "The army attacked the town last year.", "attacked") == (date(2018, 1, 1),
                                                                                   DatePrecision.YEAR)


def test_a_date_of_another_clause_is_not_the_event_date(coder: Coder) -> None:
    text = "The minister said on Monday that troops had attacked the village."
    doc = coder.nlp(text)
    start = text.index("attacked")
    token = trigger_token(doc, start, start + len("attacked"))
    assert token is not None
    assert attached_dates(token) == []


def test_events_carry_date_and_basis(coder: Coder) -> None:
    events = coder.code_text("Police arrested ten protesters in Nairobi two days ago.", date=BASE)
    assert events
    assert events[0].date == date(2019, 1, 27)
    assert events[0].date_basis is DateBasis.TEXT
    undated = coder.code_text("Police arrested ten protesters in Nairobi.", date=BASE)
    assert undated[0].date == BASE
    assert undated[0].date_basis is DateBasis.PUBLICATION
