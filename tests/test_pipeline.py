"""The pipeline: resilience, order, and the public API."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tacitus
from tacitus.output import event_to_dict, quote_to_dict
from tacitus.pipeline import Coder, check_article
from tacitus.records import Article, Event, Rejected


def test_check_article_rejects_empty_and_too_long() -> None:
    assert check_article(Article(article_id="a", text="  "), max_chars=10) is not None
    too_long = check_article(Article(article_id="b", text="x" * 11), max_chars=10)
    assert too_long is not None
    assert "too long" in too_long.reason
    assert check_article(Article(article_id="c", text="Fine."), max_chars=10) is None


def test_code_documents_goes_on_after_bad_documents(coder: Coder) -> None:
    items: list[tacitus.pipeline.DocumentInput] = [
        {"id": "bad1", "text": None},
        {"id": "empty", "text": ""},
        {"id": "good", "text": "Police arrested ten protesters in Nairobi.", "date": "2024-03-14"},
        Rejected(doc_id="upstream", stage="ingest", reason="unreadable"),
        "Iran condemned Israel.",
    ]
    records = list(coder.code_documents(items))
    rejected = {r.doc_id for r in records if isinstance(r, Rejected)}
    events = [r for r in records if isinstance(r, Event)]
    assert rejected == {"bad1", "empty", "upstream"}
    assert {e.doc_id for e in events} == {"good", "doc5"}
    assert [e.date for e in events if e.doc_id == "good"] == [date(2024, 3, 14)]


def test_public_api_code_text_with_coder(coder: Coder) -> None:
    events = tacitus.code_text("Iran condemned Israel.", coder=coder, date=date(2024, 1, 2))
    assert [(e.cameo.root, e.date) for e in events] == [("11", date(2024, 1, 2))]
    record = tacitus.event_to_dict(events[0])
    assert record["plover"]["type"] == "ACCUSE"
    assert record["modality"] == "asserted"


def test_public_api_names_exist() -> None:
    for name in tacitus.__all__:
        assert hasattr(tacitus, name), name


# Fuzz: news-like words, quotation marks of every kind, stray punctuation and arbitrary Unicode, mixed.
_WORDS = ["Police", "arrested", "the", "Iranian", "minister", "said", "rebels", "attacked", "Kabul", "on", "Monday",
          "according", "to", "CNN", "not", "will", "would", "Venezuela", "army", "defectors", "urged", "him", "U.S.",
          "President", "Maduro", "protesters", "marched", "in", "Caracas", "he", "told", "Reuters", "NATO"]
_MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", ",", ".", ";", ":", "(", ")", "-", "\n", "\n\n", "  ", "…"]
_pieces = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_MARKS), st.text(max_size=6))
_texts = st.lists(_pieces, max_size=60).map(" ".join)


def _spans_match(text: str, spans: list[tuple[int, int, str]]) -> bool:
    return all(0 <= start <= end <= len(text) and text[start:end] == piece for start, end, piece in spans)


@pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")  # the repr of the loaded Coder
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_texts, min_size=1, max_size=4))
def test_any_text_gives_one_result_each_with_offsets_into_the_text(coder: Coder, texts: list[str]) -> None:
    articles = [Article(article_id=f"f{i}", text=text) for i, text in enumerate(texts)]
    results = list(coder.process_documents(articles))
    assert [r.doc_id if isinstance(r, Rejected) else r.article.article_id for r in results] == \
        [a.article_id for a in articles]
    for article, result in zip(articles, results, strict=True):
        if isinstance(result, Rejected):
            assert result.reason
            continue
        text = article.text
        spans = [(e.trigger.start, e.trigger.end, e.trigger.text) for e in result.events]
        spans += [(a.start, a.end, a.text) for e in result.events for a in (*e.source, *e.target) if a.text]
        spans += [(q.start, q.end, q.text) for q in result.quotes]
        spans += [(p.start, p.end, p.text) for p in result.places]
        assert _spans_match(text, spans)
        for event in result.events:
            assert event.sentence_text in text
            json.dumps(event_to_dict(event))
        json.dumps([quote_to_dict(q) for q in result.quotes])
