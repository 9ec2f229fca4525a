"""WARC archives: HTML responses become Articles; other records are skipped; truncation is a Rejected."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tacitus.ingest.files import read_inputs
from tacitus.records import Article, Rejected

PAGE = ("<html><head><title>Talks in Doha</title></head><body><article><p>DOHA (Tacitus Wire) - Taliban and Afghan "
        "government negotiators held talks in Doha on Monday, officials said. The two sides agreed to meet again "
        "next week.</p></article></body></html>")


def write_warc(path: Path, *, gzip: bool) -> None:
    """A WARC with two HTML responses, one image, one 404 and one request record."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        responses = [("https://wire.example/doha", "text/html; charset=utf-8", "200 OK", PAGE),
                     ("https://wire.example/doha-2", "text/html", "200 OK", PAGE.replace("Monday", "Tuesday")),
                     ("https://wire.example/logo.png", "image/png", "200 OK", "PNG"),
                     ("https://wire.example/gone", "text/html", "404 Not Found", "<html>gone</html>")]
        for url, content_type, status, body in responses:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            payload = body.encode()
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), length=len(payload),
                                               http_headers=headers)
            writer.write_record(record)
        writer.write_record(writer.create_warc_record("https://wire.example/doha", "request",
                                                      payload=io.BytesIO(b"GET /doha HTTP/1.1\r\n\r\n"), length=22))


def test_read_warc_keeps_html_responses_only(tmp_path: Path) -> None:
    for gzip, name in ((False, "crawl.warc"), (True, "crawl.warc.gz")):
        path = tmp_path / name
        write_warc(path, gzip=gzip)
        records = list(read_inputs([str(path)]))
        assert [r.article_id for r in records if isinstance(r, Article)] == [
            "https://wire.example/doha", "https://wire.example/doha-2"]
        assert all(isinstance(r, Article) for r in records)
        assert records[0].title == "Talks in Doha"
        assert records[0].url == "https://wire.example/doha"


def test_truncated_warc_keeps_earlier_records_and_rejects_the_rest(tmp_path: Path) -> None:
    full = tmp_path / "full.warc.gz"
    write_warc(full, gzip=True)
    data = full.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.45)])
    records = list(read_inputs([str(cut)]))
    assert isinstance(records[-1], Rejected)
    assert "truncated" in records[-1].reason


def test_warc_sniffed_without_suffix_and_junk_warc_rejected(tmp_path: Path) -> None:
    write_warc(tmp_path / "crawl.bin", gzip=False)
    assert sum(isinstance(r, Article) for r in read_inputs([str(tmp_path / "crawl.bin")])) == 2
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not a web archive\n" * 10)
    [record] = read_inputs([str(junk)])
    assert isinstance(record, Rejected)
