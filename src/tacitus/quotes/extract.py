"""Quote records of one parsed document, and the attribution they lend to the events inside them."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from tacitus.actors.resolve import DocumentActors
from tacitus.coding.lexicon import Lexicon
from tacitus.parse import document_text
from tacitus.quotes.cues import CueFinder, DirectCue, after_transcript_name, is_transcript_turn
from tacitus.quotes.direct import QuoteSpan, find_quote_spans, is_title, word_count
from tacitus.quotes.indirect import Reported, reported_clauses
from tacitus.quotes.speakers import Speaker, SpeakerResolver
from tacitus.records import Article, Attribution, Event, Quote, TextSpan

MIN_UNCUED_WORDS = 6  # shorter quotes with no cue are scare quotes ("a 'con'"), not speech
MIN_PHRASE_WORDS = 4
MAX_SPLIT_GAP = 80  # characters of cue clause between the two halves of a split quote
MAX_CUE_CLAUSE = 300  # the same when the cue verb itself lies between them ("said X, a lawyer who ...")
_QUOTE_CHARS = frozenset('"“”„«»')
MAJORITY = 0.5
_SUBORDINATE_DEPS = frozenset({"pcomp", "advcl"})


@dataclass(slots=True)
class _Candidate:
    """A quote before its speaker is resolved (resolution runs in document order)."""

    start: int
    end: int
    direct: bool
    cue: TextSpan | None
    speaker: Token | None
    according_to: str | None = None
    follows: bool = False  # no cue of its own: the previous speaker goes on
    phrase: bool = False  # a speech act's phrase object: yields to any reported clause it overlaps
    parts: tuple[TextSpan, ...] = ()


def _span(text: str, start: int, end: int) -> TextSpan:
    return TextSpan(start=start, end=end, text=text[start:end])


def _cue_span(verb: Token | None) -> TextSpan | None:
    if verb is None:
        return None
    return TextSpan(start=verb.idx, end=verb.idx + len(verb.text), text=verb.text)


def _direct_candidates(doc: Doc, text: str, lexicon: Lexicon, spans: list[QuoteSpan]) -> list[_Candidate]:
    finder = CueFinder(doc, lexicon)
    out: list[_Candidate] = []
    k = 0
    while k < len(spans):
        span = spans[k]
        if is_title(text[span.start : span.end]):
            k += 1
            continue
        if out and _runs_on(text, spans, k, out[-1]):
            out[-1].end = span.end
            if out[-1].parts:
                out[-1].parts += (_span(text, span.start, span.end),)
            k += 1
            continue
        cue = finder.find(span.start, span.end) if not span.continued else None
        parts = [span]
        k += 1
        # "We are ready," he said, "to talk.": the second half joins the first across the cue clause (and
        # across a quoted title in it: `"A," she said on "Meet the Press." "B."`)
        following = _past_titles(text, spans, k)
        while (cue is not None and cue.after and following < len(spans)
               and _joins(text, parts[-1], spans[following], cue, spans[k:following])
               and _same_cue(finder.find(spans[following].start, spans[following].end), cue)):
            parts.append(spans[following])
            k = following + 1
            following = _past_titles(text, spans, k)
        candidate = _direct(text, parts, cue)
        if candidate is not None:
            out.append(candidate)
    return out


def _runs_on(text: str, spans: list[QuoteSpan], k: int, last: _Candidate) -> bool:
    """Quote `k` goes on with the last candidate, a quote over several paragraphs (each but the last left open)
    that opens every paragraph with the same mark: one utterance. A transcript turn ("PENCE: ...") is not."""
    span = spans[k]
    if not span.continued or k == 0:
        return False
    previous = spans[k - 1]
    return (not previous.closed and last.end == previous.end and text[span.start] == text[previous.start]
            and not is_transcript_turn(text, span.start))


def _past_titles(text: str, spans: list[QuoteSpan], k: int) -> int:
    while k < len(spans) and is_title(text[spans[k].start : spans[k].end]):
        k += 1
    return k


def _joins(text: str, first: QuoteSpan, second: QuoteSpan, cue: DirectCue, titles: list[QuoteSpan]) -> bool:
    """The next quote goes on after the cue clause: `"A," she said. "B."`, even when the clause names the
    speaker at length ("said Jane Roe, a lawyer who ...") or a quoted title."""
    gap = text[first.end : second.start]
    for title in titles:  # the title's own marks are no quote of the gap
        quoted = text[title.start : title.end]
        gap = gap.replace(quoted, "".join(c for c in quoted if c not in _QUOTE_CHARS))
    cue_inside = cue.verb is not None and first.end <= cue.verb.idx < second.start
    limit = MAX_CUE_CLAUSE if cue_inside else MAX_SPLIT_GAP
    if cue_inside and cue.verb is not None and cue.verb.dep_ in _SUBORDINATE_DEPS:
        return False  # `"A," she sang before asking him, "B?"`: the subordinate verb introduces B alone
    ended = text[first.start : first.end].rstrip("\"“”„«»'’ ")[-1:] in {".", "!", "?"}
    if ended and gap.rstrip()[-1:] in {",", ":"}:
        return False  # `"A." To which she said, "B."`: a new sentence whose cue introduces B
    return (0 < second.start - first.end <= limit and "\n" not in gap and not _QUOTE_CHARS & set(gap)
            and cue.clause_end <= second.start and gap.rstrip()[-1:] in {",", ".", ":"})


def _same_cue(other: DirectCue | None, cue: DirectCue) -> bool:
    """The next quote has no cue of its own (finding the same cue verb before it is no other cue)."""
    return other is None or (other.verb is not None and other.verb == cue.verb and other.speaker == cue.speaker)


def _direct(text: str, parts: list[QuoteSpan], cue: DirectCue | None) -> _Candidate | None:
    first, last = parts[0], parts[-1]
    words = word_count(text[first.start : last.end])
    if words == 0:
        return None
    if cue is None and not first.continued and (words < MIN_UNCUED_WORDS
                                                 or not _starts_sentence(text, first.start)):
        return None  # an uncued quote inside a sentence is part of a reported clause or a scare quote
    if words < MIN_PHRASE_WORDS and not _starts_sentence(text, first.start):
        return None  # a quoted phrase inside a sentence ("called it “a con”") is no utterance of its own
    return _Candidate(
        start=after_transcript_name(text, first.start), end=last.end, direct=True,
        cue=_cue_span(cue.verb) if cue is not None else None,
        speaker=cue.speaker if cue is not None else None,
        follows=cue is None and (first.continued or _starts_sentence(text, first.start)),
        parts=tuple(_span(text, p.start, p.end) for p in parts) if len(parts) > 1 else (),
    )


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\xa0")
    return not before or before[-1] in {".", "!", "?", "\n", ":"}


def _indirect_candidate(doc: Doc, reported: Reported) -> _Candidate:
    start, end = doc[reported.start].idx, doc[reported.end - 1].idx + len(doc[reported.end - 1].text)
    cue = reported.cue
    parts: tuple[TextSpan, ...] = ()
    if reported.gap is not None and reported.start < reported.gap[0] and reported.gap[1] < reported.end:
        # "A, he said, B": the two pieces around the cue clause
        before, after = doc[reported.start : reported.gap[0]], doc[reported.gap[1] : reported.end]
        parts = (TextSpan(start=before.start_char, end=before.end_char, text=before.text),
                 TextSpan(start=after.start_char, end=after.end_char, text=after.text))
    return _Candidate(start=start, end=end, direct=False,
                      cue=TextSpan(start=cue.start_char, end=cue.end_char, text=cue.text),
                      speaker=reported.speaker, according_to=reported.according_to, phrase=reported.phrase,
                      parts=parts)


def _quoted_cue(clause: _Candidate, spans: list[QuoteSpan], starts: list[int]) -> bool:
    """The clause's cue lies inside quotation marks: `"I think it hurt him," she said` reports speech within
    the quote (annotators leave it to the quote's own attribution), not a statement of its own."""
    if clause.cue is None:
        return False
    k = bisect_right(starts, clause.cue.start) - 1
    return k >= 0 and clause.cue.start < spans[k].end


def _overlap_words(text: str, a: _Candidate, b: _Candidate) -> int:
    lo, hi = max(a.start, b.start), min(a.end, b.end)
    return word_count(text[lo:hi]) if lo < hi else 0


def _combine(text: str, direct: list[_Candidate], indirect: list[_Candidate]) -> list[_Candidate]:
    """A reported clause that is mostly a quote is that quote; an uncued quote inside a clause is a phrase of it;
    a clause reported inside another clause ("she said [he thinks [...]]") is part of the outer one."""
    kept_indirect: list[_Candidate] = []
    for clause in indirect:
        size = max(word_count(text[clause.start : clause.end]), 1)
        if any(_overlap_words(text, clause, quote) / size > MAJORITY for quote in direct):
            continue
        if any(clause.start == other.start and clause.end == other.end for other in kept_indirect):
            continue
        kept_indirect.append(clause)
    kept_indirect = [c for c in kept_indirect if not any(_nested(text, c, other) for other in kept_indirect)]
    clauses = [c for c in kept_indirect if not c.phrase]
    kept_indirect = [c for c in kept_indirect
                     if not c.phrase or not any(other.start < c.end and c.start < other.end for other in clauses)]
    kept_direct = [quote for quote in direct if not any(_phrase_of(text, quote, c) for c in kept_indirect)]
    return sorted(kept_direct + kept_indirect, key=lambda c: (c.start, c.end))


def _nested(text: str, inner: _Candidate, outer: _Candidate) -> bool:
    """`inner` and its cue lie within `outer`'s content: annotators attribute the whole to the outer speaker."""
    if inner is outer or inner.cue is None or not outer.start <= inner.cue.start < outer.end:
        return False
    return outer.start <= inner.start and (inner.end <= outer.end or word_count(text[outer.end : inner.end]) == 0)


def _phrase_of(text: str, quote: _Candidate, clause: _Candidate) -> bool:
    """Every word of the quote lies in the clause, which starts before it (or the quote has no cue):
    `she said the plan was "a disaster for everyone."` is one reported clause."""
    if not (quote.cue is None or clause.start < quote.start):
        return False
    return clause.start <= quote.start and _overlap_words(text, quote, clause) >= word_count(
        text[quote.start : quote.end])


def _to_quote(doc_id: str, text: str, candidate: _Candidate, speaker: Speaker | None) -> Quote:
    return Quote(
        doc_id=doc_id, text=text[candidate.start : candidate.end], start=candidate.start, end=candidate.end,
        direct=candidate.direct, speaker=speaker.actor if speaker else None,
        speaker_text=speaker.mention if speaker else None, speaker_name=speaker.name if speaker else None,
        cue=candidate.cue, according_to=candidate.according_to, parts=candidate.parts,
    )


def quotes_from_doc(doc: Doc, article: Article, actors: DocumentActors, *, lexicon: Lexicon) -> list[Quote]:
    """Direct and reported speech of one parsed article, speakers resolved within the document."""
    text = document_text(doc)
    if not text.strip():
        return []
    spans = find_quote_spans(text)
    starts = [span.start for span in spans]
    direct = _direct_candidates(doc, text, lexicon, spans)
    story_start = actors.dateline.end if actors.dateline is not None else 0
    indirect = [c for c in (_indirect_candidate(doc, r) for r in reported_clauses(doc, lexicon, story_start))
                if not _quoted_cue(c, spans, starts)]
    resolver = SpeakerResolver(doc, actors)
    quotes: list[Quote] = []
    previous: Speaker | None = None
    for candidate in _combine(text, direct, indirect):
        speaker: Speaker | None = None
        if candidate.speaker is not None:
            speaker = resolver.speaker(candidate.speaker)
        elif candidate.follows:
            speaker = previous
        quotes.append(_to_quote(article.article_id, text, candidate, speaker))
        if candidate.direct:
            previous = speaker
    return quotes


def attribute_events(events: Iterable[Event], quotes: Iterable[Quote]) -> list[Event]:
    """Events whose trigger lies inside a quote take its speaker (and cited outlet) where they have none."""
    spans = sorted(quotes, key=lambda q: q.end - q.start)  # the innermost quote speaks first
    out: list[Event] = []
    for event in events:
        quote = next((q for q in spans if q.start <= event.trigger.start < q.end and _outside_cue(q, event)), None)
        if quote is None:
            out.append(event)
            continue
        current = event.attribution
        attribution = Attribution(speaker=current.speaker or quote.speaker,
                                  according_to=current.according_to or quote.according_to)
        out.append(event if attribution == current else replace(event, attribution=attribution))
    return out


def _outside_cue(quote: Quote, event: Event) -> bool:
    """The trigger is not the cue or the speaker of a quote split around them."""
    for span in (quote.cue, quote.speaker_text):
        if span is not None and span.start <= event.trigger.start < span.end:
            return False
    return True
