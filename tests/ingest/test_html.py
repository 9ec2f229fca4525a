"""HTML pages: text and metadata through trafilatura; bad pages become Rejected records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tacitus.ingest.files import read_inputs
from tacitus.ingest.html import article_from_html
from tacitus.records import Article, Rejected

PAGE = """<html><head><title>Border clashes | Tacitus Wire</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Tacitus Wire">
<meta name="date" content="2024-05-06"></head><body><nav>Home | World</nav><article><h1>Border clashes</h1>
<p>NEW DELHI, May 6 (Tacitus Wire) - Indian and Pakistani troops clashed along the border on Sunday,
officials said. Pakistan accused India of violating the ceasefire.</p>
<p>India rejected the charge and said its soldiers had responded to unprovoked firing.</p></article>
<footer>Copyright</footer></body></html>"""


def test_article_from_html_reads_text_and_metadata() -> None:
    article = article_from_html(PAGE, doc_id="p1", url="https://wire.example/p1")
    assert isinstance(article, Article)
    assert "Pakistan accused India" in article.text
    assert "Copyright" not in article.text
    assert (article.title, article.byline, article.outlet, article.published, article.url) == (
        "Border clashes", "Jane Roe", "Tacitus Wire", date(2024, 5, 6), "https://wire.example/p1")
    assert article.dateline == "NEW DELHI, May 6 (Tacitus Wire)"


def test_read_inputs_reads_html_files_by_suffix(tmp_path: Path) -> None:
    (tmp_path / "story.html").write_text(PAGE, encoding="utf-8")
    [article] = read_inputs([str(tmp_path)])
    assert isinstance(article, Article)
    assert article.article_id == "story"


def test_html_without_text_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><head><title>Only a title</title></head><body></body></html>",
                                         encoding="utf-8")
    (tmp_path / "zero.htm").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(b"\x00\x01\x02<html>")
    records = list(read_inputs([str(tmp_path)]))
    assert all(isinstance(r, Rejected) for r in records)
    reasons = {r.doc_id: r.reason for r in records if isinstance(r, Rejected)}
    assert "binary" in reasons["binary"]
    assert "empty" in reasons["zero"]
    assert "no article text" in reasons["empty"]
