"""Datelines: where and when a story was filed."""

from __future__ import annotations

from datetime import date

from tacitus.when.dateline import find_dateline, reference_date

PUBLISHED = date(2019, 1, 30)


def test_wire_dateline_with_agency() -> None:
    text = "CARACAS, Jan 29 (Reuters) - Venezuela's opposition called for protests."
    dateline = find_dateline(text, PUBLISHED)
    assert dateline is not None
    assert text[dateline.place.start : dateline.place.end] == "CARACAS"
    assert dateline.date == date(2019, 1, 29)
    assert dateline.agency == "Reuters"
    assert reference_date(PUBLISHED, dateline) == date(2019, 1, 29)


def test_colon_dateline_takes_the_year_from_publication() -> None:
    dateline = find_dateline("Toronto, January 29: The city council met.", PUBLISHED)
    assert dateline is not None
    assert dateline.place.text == "Toronto"
    assert dateline.date == date(2019, 1, 29)


def test_december_dateline_in_a_january_paper_is_last_year() -> None:
    dateline = find_dateline("LONDON, Dec 31 (AP) - Fireworks.", date(2019, 1, 2))
    assert dateline is not None
    assert dateline.date == date(2018, 12, 31)


def test_upper_case_dateline_after_a_byline() -> None:
    text = "By Jane Doe, The Canadian Press.\n\nTORONTO \u2014 The family of a man said"
    dateline = find_dateline(text, PUBLISHED)
    assert dateline is not None
    assert text[dateline.place.start : dateline.place.end] == "TORONTO"
    assert dateline.date is None
    assert reference_date(PUBLISHED, dateline) == PUBLISHED


def test_city_and_country() -> None:
    dateline = find_dateline("NAIROBI, Kenya \u2014 Police fired tear gas.", PUBLISHED)
    assert dateline is not None
    assert dateline.region is not None
    assert (dateline.place.text, dateline.region.text) == ("NAIROBI", "Kenya")


def test_ordinary_sentence_is_no_dateline() -> None:
    assert find_dateline("Police said - without giving details - that ten died.", PUBLISHED) is None
