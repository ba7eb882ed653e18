"""The rows of many query files for the corpus index, loaded on every core.

Building the index of a new folder is parsing and checking every file (about three quarters of
the time) and writing its rows. Where there are many files to load and more than one core,
worker processes load them, a chunk of files at a time, and send back plain rows
(derive.rows_of), which this process writes as they come, in file order; at most a few chunks
are ahead of it, so memory stays bounded by the largest files, not by the corpus. Workers ignore
Ctrl-C (the command's own process stops them) and end when their parent is gone, even by
`kill -9`. Where worker processes cannot be had, or one dies, the files left are loaded here:
the answer is the same, only slower.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future

from adhocq import model as m
from adhocq.errors import DataError
from adhocq.reading.derive import FileRows, rows_of

PARALLEL_FROM = 200  # files to load: fewer are loaded here, as starting workers costs 0.1 s
CHUNK = 16  # files a worker loads per task
AHEAD = 2  # chunks per worker sent ahead of the one being written

Loaded = FileRows | DataError


def each_loaded(files: Sequence[str], load: Callable[[str], m.Dataset]) -> Iterator[Loaded]:
    """The rows of each file, or its DataError, in the order of `files`."""
    workers = min(os.cpu_count() or 1, 8)
    done = 0
    if len(files) >= PARALLEL_FROM and workers > 1:
        try:
            for found in _pooled(files, workers):
                yield found
                done += 1
        except (OSError, ImportError, RuntimeError):  # no workers, or one died: go on here
            pass
    for file in files[done:]:
        yield _rows(load, file)


def _rows(load: Callable[[str], m.Dataset], file: str) -> Loaded:
    try:
        return rows_of(load(file))
    except DataError as error:
        return error


def _load_chunk(files: Sequence[str]) -> list[Loaded]:
    from pathlib import Path

    from adhocq.reading.loading import load

    return [_rows(lambda file: load(Path(file)), file) for file in files]


def _start_worker(parent: int) -> None:
    """Leave Ctrl-C to the command's own process, and end with it, however it ends: a worker
    waiting for work would otherwise wait for ever after a `kill -9` of its parent."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _pooled(files: Sequence[str], workers: int) -> Iterator[Loaded]:
    from concurrent.futures import ProcessPoolExecutor

    chunks: Iterator[Sequence[str] | None] = iter(
        [files[start : start + CHUNK] for start in range(0, len(files), CHUNK)]
    )
    executor = ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(os.getpid(),))
    try:
        pending: deque[Future[list[Loaded]]] = deque()
        for chunk in chunks:
            assert chunk is not None
            pending.append(executor.submit(_load_chunk, chunk))
            if len(pending) > AHEAD * workers:
                break
        while pending:
            found = pending.popleft().result()
            chunk = next(chunks, None)
            if chunk is not None:
                pending.append(executor.submit(_load_chunk, chunk))
            yield from found
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
