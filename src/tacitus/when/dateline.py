"""Datelines: "CARACAS, Jan 29 (Reuters) -", "Toronto, January 29:", "WASHINGTON (AP) —".

A dateline says where and when a story was filed, not where its events happened: its place is kept
apart from event locations, and its date (the year taken from the publication date) is the reference
for relative dates in the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tacitus.records import TextSpan

MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), start=1) for name in names}
MONTH_PATTERN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_WORD = r"[A-Z][\w'.\-]*"
_DATELINE = re.compile(
    rf"(?:^|(?<=\n)|(?<=\. ))[ \t]*(?P<place>{_WORD}(?: {_WORD}){{0,3}})(?:, (?P<region>{_WORD}(?: {_WORD}){{0,2}}))?"
    rf"(?:,? (?P<date>{MONTH_PATTERN} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {MONTH_PATTERN}(?: \d{{4}})?))?"
    r"(?: ?\((?P<agency>[^)\n]{1,30})\))?\s*[-\u2013\u2014:]+\s*")
SEARCH_CHARS = 300  # a dateline may follow a headline or byline
MAX_FUTURE_DAYS = 7  # a dateline date this far after publication belongs to the year before


@dataclass(frozen=True, slots=True, kw_only=True)
class Dateline:
    """The dateline at the start of a story: its place (and region) text, date and agency."""

    place: TextSpan
    region: TextSpan | None
    date: date | None
    agency: str | None
    end: int


def month_day(text: str, reference: date | None) -> date | None:
    """ "Jan 29", "29 January", "January 29, 2019" as a date; the year comes from `reference` when missing."""
    words = re.findall(r"[A-Za-z]+|\d+", text)
    month = next((MONTHS[w.lower()] for w in words if w.lower() in MONTHS), None)
    numbers = [int(w) for w in words if w.isdigit()]
    days = [n for n in numbers if 1 <= n <= 31]
    years = [n for n in numbers if n >= 1000]
    if month is None or not days:
        return None
    if years:
        year = years[0]
    elif reference is not None:
        year = reference.year
    else:
        return None
    try:
        found = date(year, month, days[0])
    except ValueError:
        return None
    if not years and reference is not None and found > reference + timedelta(days=MAX_FUTURE_DAYS):
        try:
            return found.replace(year=year - 1)
        except ValueError:  # 29 February
            return found
    return found


def find_dateline(text: str, published: date | None) -> Dateline | None:
    """The dateline at the start of `text`, if it has one."""
    for found in _DATELINE.finditer(text[:SEARCH_CHARS]):
        place_text = found.group("place").rpartition(". ")[2]  # "By Jane Doe. WASHINGTON -"
        # "Police said - ..." is no dateline: a dateline is upper case or has a date or an agency
        if found.group("date") or found.group("agency") or (place_text.isupper() and len(place_text) > 2):
            return _dateline(found, published)
    return None


def _dateline(found: re.Match[str], published: date | None) -> Dateline:
    place_text = found.group("place").rpartition(". ")[2]
    place = TextSpan(start=found.end("place") - len(place_text), end=found.end("place"), text=place_text)
    region = None
    if found.group("region"):
        region = TextSpan(start=found.start("region"), end=found.end("region"), text=found.group("region"))
    when = month_day(found.group("date"), published) if found.group("date") else None
    return Dateline(place=place, region=region, date=when, agency=found.group("agency"), end=found.end())


def reference_date(published: date | None, dateline: Dateline | None) -> date | None:
    """The date relative phrases count from: the dateline's date, else the publication date."""
    if dateline is not None and dateline.date is not None:
        return dateline.date
    return published
