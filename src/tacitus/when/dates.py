"""Date phrases resolved against a reference date: "on Sunday", "last year", "earlier this month", "two days ago".

dateparser handles explicit and numeric dates; it misses "late on Friday" and "earlier this month" and reads
"last year" as one day, so those forms are handled here first, each with its precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tacitus.records import DatePrecision
from tacitus.when.dateline import MONTHS, month_day

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3}
# Words around a date that do not change the day: "late on Friday", "early Sunday morning".
_FILLER = frozenset({"on", "in", "at", "late", "early", "earlier", "later", "during", "since", "from", "the",
                     "morning", "afternoon", "evening", "night", "overnight", "around", "about", "of", "by"})
_AGO = re.compile(r"\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                  r"(?:a )?few) (day|week|month|year)s? ago\b")
_YEAR = re.compile(r"^(?:in |during |since )?(?:the year )?((?:19|20)\d\d)$")
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A date with its precision (a YEAR or MONTH date is the first day of that period)."""

    date: date
    precision: DatePrecision


def _day(value: date) -> ResolvedDate:
    return ResolvedDate(value, DatePrecision.DAY)


def _month_start(year: int, month: int) -> ResolvedDate:
    while month < 1:
        month, year = month + 12, year - 1
    return ResolvedDate(date(year, month, 1), DatePrecision.MONTH)


def _relative(words: list[str], base: date) -> ResolvedDate | None:
    """Today, yesterday, weekdays, and this/last/next week, month and year."""
    kept = [w for w in words if w not in _FILLER]
    joined = " ".join(kept)
    if joined in {"today", "tonight", "this", "now"} or (not kept and words):
        return _day(base) if {"tonight", "today", "morning", "evening", "afternoon", "now"} & set(words) else None
    if joined in {"yesterday", "last"} or "yesterday" in kept or words[-2:] == ["last", "night"]:
        return _day(base - timedelta(days=1))
    if joined == "tomorrow":
        return _day(base + timedelta(days=1))
    weekday = next((WEEKDAYS.index(w) for w in kept if w in WEEKDAYS), None)
    if weekday is not None:
        if "next" in kept:
            return _day(base + timedelta(days=(weekday - base.weekday()) % 7 or 7))
        back = (base.weekday() - weekday) % 7
        if "last" in kept and back == 0:
            back = 7
        return _day(base - timedelta(days=back))
    for period in ("week", "month", "year"):
        if kept and kept[-1] in {period, f"{period}s"}:
            return _period(kept[:-1], period, base)
    return None


def _period(modifiers: list[str], period: str, base: date) -> ResolvedDate | None:
    shift = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}
    offset = next((shift[w] for w in modifiers if w in shift), None)
    if offset is None or len(modifiers) > 1:
        return None  # "the past two years", "three weeks" are no single date
    if period == "week":
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=offset)
        return ResolvedDate(monday, DatePrecision.WEEK)
    if period == "month":
        return _month_start(base.year, base.month + offset)
    return ResolvedDate(date(base.year + offset, 1, 1), DatePrecision.YEAR)


def _ago(text: str, base: date) -> ResolvedDate | None:
    found = _AGO.search(text)
    if found is None:
        return None
    amount = int(found.group(1)) if found.group(1).isdigit() else NUMBERS.get(found.group(1), 1)
    unit = found.group(2)
    if unit == "day":
        return _day(base - timedelta(days=amount))
    if unit == "week":
        return ResolvedDate(base - timedelta(weeks=amount), DatePrecision.WEEK)
    if unit == "month":
        return _month_start(base.year, base.month - amount)
    return ResolvedDate(date(base.year - amount, 1, 1), DatePrecision.YEAR)


def _explicit(text: str, words: list[str], base: date) -> ResolvedDate | None:
    iso = _ISO.search(text)
    if iso is not None:
        try:
            return _day(date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))))
        except ValueError:
            return None
    year = _YEAR.match(text)
    if year is not None:
        return ResolvedDate(date(int(year.group(1)), 1, 1), DatePrecision.YEAR)
    months = [MONTHS[w] for w in words if w in MONTHS and w != "may"] + [5 for w in words if w == "may"]
    if not months:
        return None
    days = [w for w in words if w.isdigit() and 1 <= int(w) <= 31 and len(w) <= 2]  # noqa: PLR2004
    if days:
        found = month_day(text, base)
        return _day(found) if found is not None else None
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]  # noqa: PLR2004
    month = months[0]
    if years:
        return ResolvedDate(date(years[0], month, 1), DatePrecision.MONTH)
    if "may" in words and months == [5] and len(words) > 2:  # noqa: PLR2004
        return None  # "may" is far more often the verb
    year_of = base.year if month <= base.month else base.year - 1
    return ResolvedDate(date(year_of, month, 1), DatePrecision.MONTH)


def _dateparser(text: str, base: date) -> ResolvedDate | None:
    import dateparser  # noqa: PLC0415  slow to import, rarely needed

    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return _day(parsed.date()) if isinstance(parsed, datetime) else None


def resolve_date_phrase(phrase: str, base: date) -> ResolvedDate | None:
    """The date a phrase names, counted from `base` (the story's date); None when it names no date."""
    text = re.sub(r"\s+", " ", phrase.strip().lower().replace(",", " , ")).strip(" ,.")
    words = [w.strip(".") for w in text.replace(" , ", " ").split()]
    if not words:
        return None
    found = _ago(text, base) or _relative(words, base) or _explicit(text.replace(" , ", ", "), words, base)
    if found is not None:
        return found
    if re.search(r"\d", text) and not re.fullmatch(r"[\d\s]+", text):
        return _dateparser(text, base)
    return None
