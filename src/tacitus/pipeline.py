"""The coding pipeline: the only place that knows the stage order (ingest -> parse -> code -> actors)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.actors.dictionary import ActorDictionary
from tacitus.actors.resolve import DocumentActors
from tacitus.coding.events import events_from_doc
from tacitus.coding.extract import Trace, mend_lemmas
from tacitus.coding.lexicon import Lexicon
from tacitus.dictionaries.merge import load_actors, load_lexicons
from tacitus.geo.gazetteer import Gazetteer, load_gazetteer
from tacitus.geo.stage import place_and_date
from tacitus.ingest.files import article_from_mapping
from tacitus.parse import build_nlp, keep_hyphenated, keep_text
from tacitus.quotes import attribute_events, quotes_from_doc
from tacitus.records import Article, Event, Place, Quote, Rejected
from tacitus.settings import LexiconMode, default_spacy_model

T = TypeVar("T")
logger = logging.getLogger(__name__)
DocumentInput = Article | Rejected | Mapping[str, Any] | str


def check_article(article: Article, *, max_chars: int) -> Rejected | None:
    """A Rejected record when the article cannot be coded at all, else None."""
    if not article.text.strip():
        return Rejected(doc_id=article.article_id, stage="ingest", reason="empty text")
    if len(article.text) > max_chars:
        return Rejected(doc_id=article.article_id, stage="ingest",
                        reason=f"text too long ({len(article.text)} characters; max_chars is {max_chars})")
    if "\x00" in article.text:
        return Rejected(doc_id=article.article_id, stage="ingest", reason="text contains NUL characters")
    return None


def _as_article(item: DocumentInput, number: int, default_date: date | None) -> Article | Rejected:
    if isinstance(item, Article | Rejected):
        return item
    if isinstance(item, str):
        return Article(article_id=f"doc{number}", text=item, published=default_date)
    return article_from_mapping(item, fallback_id=f"doc{number}", default_date=default_date)


@dataclass(frozen=True, slots=True)
class Coder:
    """A loaded spaCy pipeline with the event lexicon and the actor dictionary, ready to code text."""

    nlp: Language
    lexicon: Lexicon
    dictionary: ActorDictionary
    batch_size: int = 64
    n_process: int = 1
    max_chars: int = 1_000_000
    gazetteer: Gazetteer | None = None

    @classmethod
    def load(cls, *, spacy_model: str | None = None, lexicon_dir: Path | None = None,
             actors_dir: Path | None = None, batch_size: int = 64, n_process: int = 1,
             max_chars: int = 1_000_000, gazetteer_dir: Path | None = None, places: bool = True,
             lexicon_mode: LexiconMode = LexiconMode.REPLACE) -> Coder:
        """Load the pipeline and the data files. Example: coder = Coder.load(spacy_model="en_core_web_sm")"""
        nlp = build_nlp(spacy_model or default_spacy_model())
        gazetteer = load_gazetteer(gazetteer_dir) if places else None
        lexicon = load_lexicons(lexicon_dir, mode=lexicon_mode)  # extend: the user's folders over the built-in
        keep_hyphenated(nlp, lexicon.words())  # "sit-in" stays one token
        return cls(nlp=nlp, lexicon=lexicon, dictionary=load_actors(actors_dir, mode=lexicon_mode),
                   batch_size=batch_size, n_process=n_process, max_chars=max_chars, gazetteer=gazetteer)

    def code_documents(self, items: Iterable[DocumentInput], *,
                       default_date: date | None = None) -> Iterator[Event | Rejected]:
        """Events (and Rejected records) for Articles, contract-shaped dicts or plain strings, in order."""
        yield from events_of(self.process_documents(items, default_date=default_date))

    def process_documents(self, items: Iterable[DocumentInput], *,
                          default_date: date | None = None) -> Iterator[DocumentResult | Rejected]:
        """One DocumentResult (events, quotes, places) or Rejected record per input document, in order."""
        articles = (_as_article(item, n, default_date) for n, item in enumerate(items, start=1))
        yield from process_articles(articles, nlp=self.nlp, lexicon=self.lexicon, dictionary=self.dictionary,
                                    batch_size=self.batch_size, n_process=self.n_process,
                                    max_chars=self.max_chars, gazetteer=self.gazetteer)

    def code_text(self, text: str, *, date: date | None = None, doc_id: str = "text") -> list[Event]:
        """Events of one text. Example: coder.code_text("Police arrested ten protesters in Nairobi.")"""
        article = Article(article_id=doc_id, text=text, published=date)
        out: list[Event] = []
        for record in self.code_documents([article]):
            if isinstance(record, Rejected):
                logger.warning("%s rejected: %s", record.doc_id, record.reason)
            else:
                out.append(record)
        return out


def _codable(items: Iterable[Article | Rejected], max_chars: int) -> Iterator[tuple[str, Article | Rejected]]:
    """(text, article) pairs for nlp.pipe; a rejected input rides along with an empty text, so that results
    come out in input order (nlp.pipe reads a whole batch ahead) at the cost of parsing nothing."""
    for item in items:
        if isinstance(item, Rejected):
            yield "", item
            continue
        problem = check_article(item, max_chars=max_chars)
        yield ("", problem) if problem is not None else (item.text, item)


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentResult:
    """Everything coded from one article: its events, quotes and places (stages fill what they know)."""

    article: Article
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()


def process_doc(doc: Doc, article: Article, *, lexicon: Lexicon, dictionary: ActorDictionary,
                trace: Trace | None = None, gazetteer: Gazetteer | None = None) -> DocumentResult:
    """Run every stage after parsing on one document, in order."""
    keep_text(doc, article.text)  # the text nlp.pipe parsed
    mend_lemmas(doc, lexicon)  # before any stage reads a lemma
    cities = gazetteer.city_country if gazetteer is not None else None
    actors = DocumentActors(doc, dictionary, on=article.published, cities=cities,
                            event_noun=lambda lemma: bool(lexicon.noun_entries(lemma)))
    events = events_from_doc(doc, article, lexicon=lexicon, dictionary=dictionary, trace=trace, actors=actors)
    quotes = quotes_from_doc(doc, article, actors, lexicon=lexicon)
    events, places = place_and_date(attribute_events(events, quotes), doc, article, gazetteer,
                                    dateline=actors.dateline)
    return DocumentResult(article=article, events=tuple(events), quotes=tuple(quotes), places=tuple(places))


def process_articles(items: Iterable[Article | Rejected], *, nlp: Language, lexicon: Lexicon,
                     dictionary: ActorDictionary, batch_size: int = 64, n_process: int = 1,
                     max_chars: int = 1_000_000, trace: Trace | None = None,
                     gazetteer: Gazetteer | None = None) -> Iterator[DocumentResult | Rejected]:
    """Parse and code articles, one result per document; a document that fails becomes a Rejected record."""
    pairs = _codable(items, max_chars)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        if isinstance(article, Rejected):
            yield article
            continue
        try:
            result = process_doc(doc, article, lexicon=lexicon, dictionary=dictionary, trace=trace,
                                 gazetteer=gazetteer)
        except Exception as err:  # noqa: BLE001  one bad document must never stop a batch
            logger.debug("coding failed for %s", article.article_id, exc_info=True)
            yield Rejected(doc_id=article.article_id, stage="code", reason=f"{type(err).__name__}: {err}")
            continue
        yield result


def code_articles(items: Iterable[Article | Rejected], *, nlp: Language, lexicon: Lexicon,
                  dictionary: ActorDictionary, batch_size: int = 64, n_process: int = 1,
                  max_chars: int = 1_000_000, trace: Trace | None = None,
                  gazetteer: Gazetteer | None = None) -> Iterator[Event | Rejected]:
    """Parse and code articles into a flat stream of events (and Rejected records), in input order."""
    yield from events_of(process_articles(items, nlp=nlp, lexicon=lexicon, dictionary=dictionary,
                                          batch_size=batch_size, n_process=n_process, max_chars=max_chars,
                                          trace=trace, gazetteer=gazetteer))


def records_of(results: Iterable[DocumentResult | Rejected],
               pick: Callable[[DocumentResult], Iterable[T]]) -> Iterator[T | Rejected]:
    """What `pick` takes from each document result (its events, quotes, places...), in order; Rejected records
    pass through."""
    for result in results:
        if isinstance(result, Rejected):
            yield result
        else:
            yield from pick(result)


def events_of(results: Iterable[DocumentResult | Rejected]) -> Iterator[Event | Rejected]:
    """The events of each document result, in order; Rejected records pass through."""
    return records_of(results, lambda result: result.events)