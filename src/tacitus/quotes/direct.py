"""Direct quotes from the text alone: balanced quotation marks, paragraphs that run on, stray marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Curly and guillemet openers close with their own partner; a straight mark closes with a straight one.
_PARTNER = {"“": "”", "„": "“", "«": "»", '"': '"'}
_OPENERS = frozenset(_PARTNER)
_STRAY_OPENERS = frozenset({"”"})  # "”Mr. Trump embodies ...": a closing mark typed where an opening one belongs
_MAY_OPEN = re.compile("[" + re.escape("".join(sorted(_OPENERS | _STRAY_OPENERS))) + "]")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
MIN_UNCLOSED_WORDS = 3
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 2, 8
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
                                "with", "from", "as", "vs"})
_PAIR_TAIL = "\x01"  # stands for the second apostrophe of a doubled one while scanning


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Character span of quoted words, quotation marks included (end exclusive)."""

    start: int
    end: int
    closed: bool = True  # False: the paragraph ended before a closing mark
    continued: bool = False  # True: the previous paragraph's quote runs on into this one


def word_count(text: str) -> int:
    """Words as the scorers count them (letters and digits, inner apostrophes kept)."""
    return len(_WORD.findall(text))


def is_title(text: str) -> bool:
    """A quoted name of a show, book or event ("The Steve Harvey Morning Show", "State of the Union"): a few
    words, every one capitalised but the short function words, the first included. Speech is not written so."""
    words = _WORD.findall(text)
    if not MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _is_opener(text: str, i: int, start: int) -> bool:
    char = text[i]
    if char == '"':  # a straight mark opens only before a word: '" including' is a stray closer
        return i + 1 < len(text) and not text[i + 1].isspace()
    if char in _OPENERS:
        return True
    if char in _STRAY_OPENERS:
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        return before.isspace() and after.isalnum()
    return False


def _scan(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quotes of one paragraph, and where a quote left open at its end began (or None). A curly quote
    left open closes at a straight mark in closing position (`“...," she said`: the writer mixed the marks)."""
    found: list[tuple[int, int]] = []
    while True:
        closed, open_at = _scan_marks(text, start, end)
        found.extend(closed)
        if open_at is None or text[open_at] != "“":
            return found, open_at
        close = _straight_closer(text, open_at + 1, end)
        if close is None:
            return found, open_at
        found.append((open_at, close + 1))
        start = close + 1


def _scan_marks(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quotes between `start` and `end` by the marks' partners, and where a quote left open began."""
    found: list[tuple[int, int]] = []
    open_at: int | None = None
    depth = 0
    i = start
    while i < end:  # from mark to mark: no other character changes anything
        if open_at is None:
            mark = _MAY_OPEN.search(text, i, end)
            if mark is None:
                break
            i = mark.start()
            if _is_opener(text, i, start):
                open_at, depth = i, 0
            i += 1
            continue
        opener = text[open_at]
        closer = _PARTNER.get(opener, "”")
        i = _next_of(text, closer if opener == '"' else closer + opener, i, end)
        if i == end:
            break
        char = text[i]
        if char == closer and depth == 0:
            found.append((open_at, i + 2 if text[i + 1 : i + 2] == _PAIR_TAIL else i + 1))
            open_at = None
        elif char == closer:
            depth -= 1
        elif char == opener and opener != '"':
            depth += 1  # a nested quote of the same kind inside a curly quote
        i += 1
    return found, open_at


def _next_of(text: str, chars: str, start: int, end: int) -> int:
    """The position of the first of `chars` in text[start:end], else `end`."""
    found = [k for k in (text.find(c, start, end) for c in chars) if k >= 0]
    return min(found, default=end)


def _straight_closer(text: str, start: int, end: int) -> int | None:
    """The first straight mark in closing position (after a word or punctuation, before a space or a mark)."""
    for i in range(start, end):
        if text[i] == '"' and not text[i - 1].isspace() and (i + 1 >= end or not text[i + 1].isalnum()):
            return i
    return None


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _masked(text: str) -> str:
    """Doubled apostrophes ('' as some wires print a quotation mark) read as one straight mark, same length."""
    return text.replace("''", '"' + _PAIR_TAIL)


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted stretch of `text` in order; a quote open at a paragraph's end stops there.

    A paragraph that opens with a quotation mark after such an open quote continues it (the
    newswire convention for quotes over several paragraphs); other open quotes are kept only when
    they hold a few words, so a stray mark does not swallow text.
    """
    spans: list[QuoteSpan] = []
    running = False  # the previous paragraph ended inside a quote
    text = _masked(text)
    for para_start, para_end in _paragraphs(text):
        closed, open_at = _scan(text, para_start, para_end)
        lead = para_start + len(text[para_start:para_end]) - len(text[para_start:para_end].lstrip())
        continued = running and bool(closed or open_at is not None) and _is_opener(text, lead, para_start)
        for k, (start, end) in enumerate(closed):
            spans.append(QuoteSpan(start, end, closed=True, continued=continued and k == 0 and start == lead))
        running = False
        if open_at is not None:
            end = _trim_end(text, open_at, para_end)
            if word_count(text[open_at:end]) >= MIN_UNCLOSED_WORDS:
                is_continued = continued and not closed and open_at == lead
                spans.append(QuoteSpan(open_at, end, closed=False, continued=is_continued))
                running = True
    return spans
