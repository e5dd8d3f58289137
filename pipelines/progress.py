"""A progress display for long scans: files done, records, records/s.

The pipeline may run anywhere (in this process, in worker processes, on a cluster), so
progress is read from the only thing every runner shares with the launcher: the small
per-chunk stats files the pipeline writes. A background thread polls them and feeds a
``rich`` progress bar on stderr. It stays silent when stderr is not a terminal or with
``--quiet``, so logs and CI output stay clean.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Sequence

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

from pipelines import writers
from pipelines.inputs import InputFile, is_local


class ScanProgress:
    """Context manager showing a scan's progress while its pipeline runs.

    Args:
        stats_dir: where the pipeline writes per-chunk stats.
        files: the files being scanned (their sizes make the bar).
        enabled: show anything at all (False with ``--quiet``).
        console: where to draw (default: stderr); nothing is drawn unless it is a terminal.
        interval: seconds between polls.
    """

    def __init__(
        self,
        stats_dir: str,
        files: Sequence[InputFile],
        *,
        enabled: bool = True,
        console: Console | None = None,
        interval: float = 0.5,
    ) -> None:
        self.stats_dir = stats_dir
        self.sizes = {f.source: f.size for f in files}
        self.total_bytes = max(sum(self.sizes.values()), 1)
        self.console = console or Console(stderr=True)
        self.enabled = enabled and self.console.is_terminal
        self.interval = interval
        self.records = 0
        self.bytes_by_source: dict[str, int] = {}
        self._seen: set[str] = set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._progress: Progress | None = None
        self._task = None
        self._started = time.perf_counter()

    def _list(self) -> list[str]:
        if is_local(self.stats_dir):
            try:
                return [e.path for e in os.scandir(self.stats_dir) if e.name.endswith(".json")]
            except FileNotFoundError:
                return []
        return writers.list_files(self.stats_dir, ".json")

    def poll(self) -> None:
        """Read stats files not seen yet (a file still being written is retried later)."""
        for path in self._list():
            if path in self._seen:
                continue
            try:
                data = writers.read_json(path)
            except (OSError, ValueError):
                continue
            self._seen.add(path)
            self.records += int(data.get("records", 0))
            src = data.get("source", "")
            self.bytes_by_source[src] = self.bytes_by_source.get(src, 0) + int(
                data.get("nbytes", 0)
            )

    @property
    def files_done(self) -> int:
        return sum(1 for s, size in self.sizes.items() if self.bytes_by_source.get(s, 0) >= size)

    def describe(self) -> str:
        """One line: files done, records, records/s."""
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        return (
            f"files {self.files_done}/{len(self.sizes)}  ·  records {self.records:,}"
            f"  ·  {self.records / elapsed:,.0f} records/s"
        )

    def _refresh(self) -> None:
        self.poll()
        if self._progress is not None:
            done = sum(self.bytes_by_source.values())
            self._progress.update(
                self._task, completed=min(done, self.total_bytes), info=self.describe()
            )

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            with contextlib.suppress(Exception):  # a display must never break a scan
                self._refresh()

    def __enter__(self) -> ScanProgress:
        self._started = time.perf_counter()
        if self.enabled:
            self._progress = Progress(
                TextColumn("[bold]scanning"),
                BarColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[info]}"),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("scan", total=self.total_bytes, info="starting")
            self._thread = threading.Thread(
                target=self._run, name="phistream-progress", daemon=True
            )
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._progress is not None:
            self._refresh()
            self._progress.stop()


def render_once(progress: ScanProgress) -> str:
    """The progress line as text (for tests and non-interactive logs)."""
    progress.poll()
    return progress.describe()
