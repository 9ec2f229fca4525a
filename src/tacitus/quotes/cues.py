"""The cue of a direct quote: the speech verb next to it (after, before, or a dash and a name after it)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tacitus.coding.lexicon import Lexicon
from tacitus.parse import document_text
from tacitus.quotes.indirect import is_cue
from tacitus.quotes.speakers import subject_of

_QUOTE_MARKS = frozenset({'"', "“", "”", "„", "«", "»", "''", "``"})
_SENTENCE_END = frozenset({".", "!", "?"})
_DASH_SPEAKER = re.compile(r"[ \t\xa0]*[―—–][ \t\xa0]*(?=\w)")
_TIME_ENTS = frozenset({"DATE", "TIME"})
_UTTERANCE_END = frozenset(",.!?…—-")  # "...," or "...?": the end of a quoted utterance, not of a quoted name
# "PENCE: Well, look ...": a transcript turn names its speaker in capitals before a colon
_TRANSCRIPT_SPEAKER = re.compile(r"[\"“]\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)?):")
MAX_AFTER = 12
MAX_AFTER_NAME = 40  # the same for a speech verb after a long name and title
MAX_BEFORE = 16
MAX_BARE_AFTER = 6  # "..., he joked.": any verb with a subject right after a quote is its cue


@dataclass(frozen=True, slots=True)
class DirectCue:
    """The cue verb (None for a dash attribution), the speaker head, and where the cue clause ends."""

    verb: Token | None
    speaker: Token | None
    after: bool
    clause_end: int  # character offset where the cue clause ends (for quotes split around it)


def is_transcript_turn(text: str, start: int) -> bool:
    """The quote at `start` opens with a speaker's name in capitals and a colon ("PENCE: Well, ...")."""
    return _TRANSCRIPT_SPEAKER.match(text, start) is not None


def after_transcript_name(text: str, start: int) -> int:
    """Where the words of a transcript turn begin (after "PENCE: "), or `start` for any other quote."""
    match = _TRANSCRIPT_SPEAKER.match(text, start)
    if match is None:
        return start
    end = match.end()
    while end < len(text) and text[end] in " \t\xa0":
        end += 1
    return end


class CueFinder:
    """Find the cue of each quote from the parse of its document."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self._text = document_text(doc)
        self._token_starts: list[int] | None = None

    @property
    def _starts(self) -> list[int]:
        """Character offset of every token, built once and only when a quote needs it."""
        if self._token_starts is None:
            self._token_starts = [int(i) for i in self.doc.to_array("IDX")]
        return self._token_starts

    def find(self, start: int, end: int) -> DirectCue | None:
        """The cue of the quote at characters [start, end): after it, a dash and a name, or before it."""
        return self._transcript(start) or self._after(start, end) or self._dash(end) or self._before(start, end)

    def _transcript(self, start: int) -> DirectCue | None:
        match = _TRANSCRIPT_SPEAKER.match(self._text, start)
        if match is None:
            return None
        k = bisect_left(self._starts, match.start(1))
        if k >= len(self.doc) or self.doc[k].idx >= match.end(1):
            return None
        return DirectCue(None, self.doc[k], after=False, clause_end=start)

    def find_after(self, start: int, end: int) -> DirectCue | None:
        """The cue after the quote only (a verb or a dash and a name)."""
        return self._after(start, end) or self._dash(end)

    def _window_after(self, end: int, size: int = MAX_AFTER) -> list[Token]:
        tokens: list[Token] = []
        for token in self.doc[bisect_left(self._starts, end):]:
            if "\n" in token.text or token.text in _QUOTE_MARKS or len(tokens) >= size:
                break
            tokens.append(token)
            if token.text in _SENTENCE_END or token.text == ":":
                break
        return tokens

    def _after(self, start: int, end: int) -> DirectCue | None:
        window = self._window_after(end)
        if window and self._introduces_next(start, end, window[-1]):
            return None
        words = [t for t in window if not t.is_punct]
        for token in window:
            if token.pos_ != "VERB" or not (is_cue(token, self.lexicon) or len(words) <= MAX_BARE_AFTER):
                continue
            speaker = subject_of(token, outside=(start, end))
            if speaker is None:
                speaker = next((t for t in window if t.i > token.i and t.pos_ == "PROPN"
                                and t.ent_type_ not in _TIME_ENTS), None)
            if speaker is not None or is_cue(token, self.lexicon):
                clause_end = window[-1].idx + len(window[-1].text)
                return DirectCue(token, speaker, after=True, clause_end=clause_end)
        return self._after_long_name(start, end, len(window))

    def _introduces_next(self, start: int, end: int, last: Token) -> bool:
        """`"A." To which she said, "B."`: after a quoted sentence, a clause ending in a comma or colon right
        before the next quote is that quote's cue."""
        doc = self.doc
        ended = self._text[start:end].rstrip("\"“”„«»'’ ")[-1:] in _SENTENCE_END
        return (ended and last.text in {",", ":"} and last.i + 1 < len(doc)
                and doc[last.i + 1].text in _QUOTE_MARKS)

    def _after_long_name(self, start: int, end: int, seen: int) -> DirectCue | None:
        """ "...," Jane Roe, director of the institute at the university, said: a speech verb further on whose
        subject is the long name between it and the quote."""
        inner = self._text[start:end].rstrip("\"“”„«»'’ ")
        if seen < MAX_AFTER or not (inner[-1:] in _UTTERANCE_END or self._text[end : end + 1] == ","):
            return None  # a short clause after the quote, or a quoted name ('Robert "Bobby" Scott')
        window = self._window_after(end, MAX_AFTER_NAME)
        for token in window[MAX_AFTER:]:
            if not is_cue(token, self.lexicon):
                continue
            speaker = subject_of(token, outside=(start, end))
            if speaker is not None and end <= speaker.idx < token.idx:
                return DirectCue(token, speaker, after=True, clause_end=window[-1].idx + len(window[-1].text))
        return None

    def _dash(self, end: int) -> DirectCue | None:
        match = _DASH_SPEAKER.match(self._text, end)
        if match is None:
            return None
        k = bisect_left(self._starts, match.end())
        if k >= len(self.doc) or self.doc[k].pos_ != "PROPN":
            return None
        last = k
        doc = self.doc
        while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and "\n" not in doc[last].whitespace_:
            last += 1
        head = self.doc[last]
        return DirectCue(None, head, after=True, clause_end=head.idx + len(head.text))

    def _before(self, start: int, end: int) -> DirectCue | None:
        k = bisect_left(self._starts, start) - 1
        lead = self._text[:start].rstrip()
        if not lead:
            return None
        adjacent = lead[-1] in {":", ","}
        # "Caddell continued:\n\n“...": a paragraph ending in a colon introduces the quote
        crossed_paragraph = "\n" in self._text[len(lead) : start]
        if crossed_paragraph and lead[-1] != ":":
            return None
        seen = 0
        while k >= 0 and seen < MAX_BEFORE:
            token = self.doc[k]
            if token.text in _SENTENCE_END or token.text in _QUOTE_MARKS:
                break
            if "\n" in token.text and not crossed_paragraph:
                break
            if is_cue(token, self.lexicon) and (adjacent or self._governs(token, start, end)):
                speaker = subject_of(token, outside=(start, end))
                return DirectCue(token, speaker, after=False, clause_end=start)
            seen += 0 if token.is_space else 1
            k -= 1
        return None

    def _governs(self, verb: Token, start: int, end: int) -> bool:
        """The verb is the head of a word inside the quote: `said "we will win"` with no comma."""
        return any(start <= child.idx < end for child in verb.children)
