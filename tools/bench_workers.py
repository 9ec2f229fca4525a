#!/usr/bin/env python3
"""How `tacitus run` scales with worker processes: wall time of --workers 1 and --workers N, alternating, one run.

Usage: tools/bench_workers.py DOCS.jsonl [DOCS.jsonl ...] [--n 300] [--workers 2] [--rounds 3] [--tacitus PATH]

Takes the first --n documents (cycling through the files, ids made unique), then for each round runs
`tacitus run FILE --db FRESH.duckdb --workers 1` and `--workers N` as whole processes (start-up and model load
included), each on a new database. Reports the median wall time of each side, the speed-up (median of the
per-round ratios) and the peak RSS of each process of the tree (sampled from /proc every 50 ms).
Final line: `workers: one_s=... many_s=... speedup=... peak_worker_mb=... peak_main_mb=... n=...`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def _children(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                parents[int(entry)] = int(stat[stat.rfind(")") + 2:].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, frontier = [root], [root]
    while frontier:
        parent = frontier.pop()
        kids = [pid for pid, ppid in parents.items() if ppid == parent]
        tree.extend(kids)
        frontier.extend(kids)
    return tree


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def timed_run(command: list[str]) -> tuple[float, int, dict[int, float]]:
    """Wall seconds of a command, its pid and the peak RSS (MB) of each process in its tree."""
    peaks: dict[int, float] = {}
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            for pid in _children(process.pid):
                peaks[pid] = max(peaks.get(pid, 0.0), _rss_mb(pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.monotonic() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({process.returncode}): {stderr.decode()[-2000:]}")
    return seconds, process.pid, peaks


def build_docs(paths: list[str], n: int, target: Path) -> None:
    """The first n documents of the files interleaved in proportion (as bench/throughput does), ids made unique."""
    sources = [[json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()] for path in paths]
    ranked = sorted(((i / len(docs), k, doc) for k, docs in enumerate(sources) for i, doc in enumerate(docs)),
                    key=lambda item: (item[0], item[1]))
    documents = [doc for _, _, doc in ranked]
    with target.open("w", encoding="utf-8") as out:
        for i in range(n):
            document = dict(documents[i % len(documents)])
            document["id"] = f"{document.get('id', 'doc')}-{i}"
            if i >= len(documents):  # a repeated text must not be skipped as already stored
                document["text"] = f"{document['text']}\n\n(copy {i})"
            out.write(json.dumps(document) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("docs", nargs="+")
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tacitus", default=shutil.which("tacitus") or "tacitus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        build_docs(args.docs, args.n, corpus)
        times: dict[int, list[float]] = {1: [], args.workers: []}
        worker_peak = main_peak = 0.0
        for round_number in range(args.rounds):
            for workers in (1, args.workers):
                db = Path(tmp) / f"run-{round_number}-{workers}.duckdb"
                seconds, main_pid, peaks = timed_run([args.tacitus, "run", str(corpus), "--db", str(db),
                                            "--workers", str(workers)])
                times[workers].append(seconds)
                if workers > 1:
                    worker_peak = max([worker_peak, *(peak for pid, peak in peaks.items() if pid != main_pid)])
                    main_peak = max(main_peak, peaks.get(main_pid, 0.0))
                print(f"round {round_number + 1} workers={workers}: {seconds:.1f} s "
                      f"({args.n / seconds:.2f} docs/s)", flush=True)
                db.unlink(missing_ok=True)
        ratios = [one / many for one, many in zip(times[1], times[args.workers], strict=True)]
        print(f"workers: one_s={statistics.median(times[1]):.1f} many_s={statistics.median(times[args.workers]):.1f} "
              f"workers={args.workers} speedup={statistics.median(ratios):.2f} "
              f"peak_worker_mb={worker_peak:.0f} peak_main_mb={main_peak:.0f} n={args.n}")


if __name__ == "__main__":
    main()
