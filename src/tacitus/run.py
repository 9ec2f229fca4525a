"""Corpus runs: ingest -> code (in worker processes) -> store, in batches, resumable after a kill at any moment.

Only this process writes to DuckDB. Each batch is one transaction holding its documents' rows and their
`documents` rows, so a document is either fully stored or not at all; a restarted run skips documents whose
content hash is stored and replays the rest with the same deterministic ids.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from tacitus.records import Article, Rejected
from tacitus.store.rows import text_hash
from tacitus.store.writes import Outcome, stored_hashes, write_batch

if TYPE_CHECKING:
    from tacitus.pipeline import Coder, DocumentResult

logger = logging.getLogger(__name__)
Progress = Callable[[int], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class CoderOptions:
    """What a worker needs to load its own Coder (picklable, unlike a loaded Coder)."""

    spacy_model: str | None = None
    lexicon_dir: Path | None = None
    actors_dir: Path | None = None
    batch_size: int = 64
    max_chars: int = 1_000_000

    def load(self) -> Coder:
        """Load the Coder these options describe."""
        from tacitus.pipeline import Coder  # spaCy is imported only where text is parsed

        return Coder.load(spacy_model=self.spacy_model, lexicon_dir=self.lexicon_dir, actors_dir=self.actors_dir,
                          batch_size=self.batch_size, max_chars=self.max_chars)


@dataclass(slots=True)
class RunSummary:
    """What a run did: documents coded, skipped as already stored, events stored, rejections by reason."""

    documents: int = 0
    skipped: int = 0
    events: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, outcomes: list[Outcome], events: int) -> None:
        """Count a written batch."""
        self.events += events
        for outcome in outcomes:
            if isinstance(outcome.result, Rejected):
                self.rejected[reason_kind(outcome.result.reason)] += 1
            else:
                self.documents += 1


def reason_kind(reason: str) -> str:
    """A rejection reason without its particulars (paths, line numbers, sizes), for counting."""
    kind = re.sub(r"^(?:\S+\.\w+|line \d+): ", "", reason)
    kind = kind.split(" (", 1)[0]
    return re.sub(r"\d+", "N", kind).strip() or reason


POOL_CHUNK = 16

# One Coder per worker process, loaded once by the pool's initializer (never set in the parent process).
_worker_coder: Coder | None = None


def _init_worker(options: CoderOptions) -> None:
    global _worker_coder
    _worker_coder = options.load()


def _code_in_worker(articles: list[Article]) -> list[DocumentResult | Rejected]:
    if _worker_coder is None:
        raise RuntimeError("worker used before its initializer ran")
    return list(_worker_coder.process_documents(articles))


def _pair(articles: list[Article], results: Iterable[DocumentResult | Rejected]) -> list[Outcome]:
    """Outcomes in input order, each result matched to its article by document id."""
    by_id: dict[str, DocumentResult | Rejected] = {}
    for result in results:
        key = result.doc_id if isinstance(result, Rejected) else result.article.article_id
        by_id.setdefault(key, result)
    return [Outcome(by_id.get(a.article_id) or Rejected(doc_id=a.article_id, stage="code", reason="no result"),
                    article=a) for a in articles]


@dataclass(slots=True)
class _Chunk:
    """One batch: rejected inputs, and the articles still to code."""

    rejects: list[Outcome]
    articles: list[Article]
    skipped: int


def _chunks(items: Iterable[Article | Rejected], con: duckdb.DuckDBPyConnection, size: int) -> Iterator[_Chunk]:
    """Batches of inputs, without documents whose content is already stored (or seen earlier in this run)."""
    seen: set[str] = set()
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        rejects = [Outcome(item) for item in batch if isinstance(item, Rejected)]
        articles = [item for item in batch if isinstance(item, Article)]
        hashes = [text_hash(a.text) for a in articles]
        stored = stored_hashes(con, hashes) | seen
        fresh = [a for a, h in zip(articles, hashes, strict=True) if h not in stored]
        seen.update(hashes)
        yield _Chunk(rejects=rejects, articles=fresh, skipped=len(articles) - len(fresh))


def _write(con: duckdb.DuckDBPyConnection, chunk: _Chunk, outcomes: list[Outcome], summary: RunSummary,
           progress: Progress | None) -> None:
    everything = chunk.rejects + outcomes
    rows = write_batch(con, everything)
    summary.add(everything, len(rows.tables["events"]))
    summary.skipped += chunk.skipped
    if progress is not None:
        progress(len(chunk.rejects) + len(chunk.articles) + chunk.skipped)


def _run_inline(chunks: Iterator[_Chunk], con: duckdb.DuckDBPyConnection, options: CoderOptions,
                summary: RunSummary, progress: Progress | None) -> None:
    coder: Coder | None = None
    for chunk in chunks:
        if chunk.articles and coder is None:
            coder = options.load()
        results = list(coder.process_documents(chunk.articles)) if coder and chunk.articles else []
        _write(con, chunk, _pair(chunk.articles, results), summary, progress)


def _submit(pool: ProcessPoolExecutor, articles: list[Article]) -> Future[list[DocumentResult | Rejected]]:
    """A worker's future, or an already finished one when there is nothing to code (no process spawned)."""
    if articles:
        return pool.submit(_code_in_worker, articles)
    done: Future[list[DocumentResult | Rejected]] = Future()
    done.set_result([])
    return done


# Each worker is one process on one core: BLAS/OpenMP threads inside it would only fight the other workers.
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@contextmanager
def _single_threaded_children() -> Iterator[None]:
    """Start worker processes with one BLAS/OpenMP thread each (the parent's own settings are restored)."""
    saved = {name: os.environ.get(name) for name in _THREAD_VARIABLES}
    for name in _THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _merge(chunks: list[_Chunk]) -> _Chunk:
    return _Chunk(rejects=[o for c in chunks for o in c.rejects], articles=[a for c in chunks for a in c.articles],
                  skipped=sum(c.skipped for c in chunks))


def _run_pool(chunks: Iterator[_Chunk], con: duckdb.DuckDBPyConnection, options: CoderOptions, workers: int,
              summary: RunSummary, progress: Progress | None, write_size: int) -> None:
    """Code chunks in `workers` processes; write results in input order so reruns are deterministic.

    Finished chunks are written together once they hold `write_size` documents (one transaction per write: fewer,
    larger writes leave the cores to the workers).
    """
    context = multiprocessing.get_context("spawn")
    with _single_threaded_children(), ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                                          initializer=_init_worker, initargs=(options,)) as pool:
        pending: dict[int, tuple[_Chunk, Future[list[DocumentResult | Rejected]]]] = {}
        ready: list[tuple[_Chunk, list[Outcome]]] = []
        next_to_write = submitted = 0
        exhausted = False
        while not exhausted or pending:
            while not exhausted and len(pending) < 2 * workers:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                pending[submitted] = (chunk, _submit(pool, chunk.articles))
                submitted += 1
            if pending:
                # Results are written in input order, so only the oldest chunk is worth waiting for (waiting for
                # any chunk would return at once while a later one is done: a busy loop stealing a worker's core).
                wait([pending[next_to_write][1]])
            while next_to_write in pending and pending[next_to_write][1].done():
                chunk, future = pending.pop(next_to_write)
                ready.append((chunk, _pair(chunk.articles, future.result())))
                next_to_write += 1
                if progress is not None:  # shown as chunks come back; stored with the next write
                    progress(len(chunk.rejects) + len(chunk.articles) + chunk.skipped)
            if ready and (sum(len(c.rejects) + len(c.articles) for c, _ in ready) >= write_size
                          or (exhausted and not pending)):
                _write(con, _merge([c for c, _ in ready]), [o for _, outcomes in ready for o in outcomes],
                       summary, None)
                ready.clear()


def run_corpus(items: Iterable[Article | Rejected], con: duckdb.DuckDBPyConnection, *, options: CoderOptions,
               workers: int = 1, chunk_size: int = 64, progress: Progress | None = None) -> RunSummary:
    """Code and store every input not already stored; returns what was done.

    Example: run_corpus(read_inputs(["examples/"]), connect("tacitus.duckdb"), options=CoderOptions(), workers=2)
    """
    started = time.monotonic()
    summary = RunSummary()
    # Small chunks keep every worker busy to the end of the corpus (a big last chunk runs on one core alone).
    chunks = _chunks(items, con, chunk_size if workers <= 1 else min(chunk_size, POOL_CHUNK))
    if workers <= 1:
        _run_inline(chunks, con, options, summary, progress)
    else:
        _run_pool(chunks, con, options, workers, summary, progress, write_size=chunk_size)
    summary.seconds = time.monotonic() - started
    return summary
