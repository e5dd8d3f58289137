"""``--workers``: how many local processes a DirectRunner scan gets."""

from __future__ import annotations

import pytest

from pipelines.inputs import InputError, InputFile
from pipelines.parallelism import AUTO_MIN_BYTES, auto_workers, worker_args
from pipelines.scan import ScanRequest, runner_args

MULTI = "--direct_running_mode=multi_processing"


def _files(total: int) -> list[InputFile]:
    return [InputFile(path="a", source="a", name="a", format="jsonl", size=total)]


def test_auto_runs_small_inputs_in_process_and_large_ones_on_every_core():
    assert auto_workers(AUTO_MIN_BYTES - 1, cores=2) == 1
    assert auto_workers(AUTO_MIN_BYTES, cores=2) == 2
    assert auto_workers(10 * AUTO_MIN_BYTES, cores=1) == 1
    assert auto_workers(10 * AUTO_MIN_BYTES, cores=64) == 8  # each worker holds a model


def test_one_worker_needs_no_flags():
    assert worker_args(1) == []
    assert worker_args(3) == [MULTI, "--direct_num_workers=3"]


def test_runner_args_add_workers_only_when_the_user_left_them_open(monkeypatch):
    monkeypatch.setattr("pipelines.scan.auto_workers", lambda total: 2 if total > 100 else 1)
    req = ScanRequest(inputs=("a",), out="o")
    assert runner_args(req, _files(10)) == []
    assert runner_args(req, _files(1000)) == [MULTI, "--direct_num_workers=2"]
    explicit = ScanRequest(inputs=("a",), out="o", workers=3, beam_args=("--streaming",))
    assert runner_args(explicit, _files(10)) == ["--streaming", MULTI, "--direct_num_workers=3"]
    for flags in (("--runner=PortableRunner",), ("--direct_running_mode", "in_memory")):
        user = ScanRequest(inputs=("a",), out="o", beam_args=flags)
        assert runner_args(user, _files(1000)) == list(flags)


def test_explicit_workers_next_to_beam_parallelism_is_refused():
    req = ScanRequest(inputs=("a",), out="o", workers=2, beam_args=("--direct_num_workers=2",))
    with pytest.raises(InputError, match="already choose the runner"):
        runner_args(req, _files(10))
