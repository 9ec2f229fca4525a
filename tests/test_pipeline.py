"""The pipeline: resilience, order, and the public API."""

from __future__ import annotations

from datetime import date

import tacitus
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
