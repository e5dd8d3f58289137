"""tests/score_probe.py prints a probe's figures for the checkout it sits in."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import test_direct_mail as probe
from helpers import shape_totals

SCRIPT = Path(__file__).with_name("score_probe.py")


def test_it_prints_the_probes_shape_and_held_out_figures(engine_no_ner, tmp_path) -> None:
    # run from elsewhere: the script must still score this checkout's detectors
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "direct_mail"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    shapes = [r for i, r in enumerate(probe._ROWS) if i % 4 != 3]
    held = [r for i, r in enumerate(probe._ROWS) if i % 4 == 3]
    s, h = shape_totals(engine_no_ner, shapes), shape_totals(engine_no_ner, held)
    figures = re.findall(r"(\d+) / (\d+) / (\d+) of (\d+) pairs", out)
    assert figures == [
        (str(s.misses), str(s.false), str(s.wrong), str(s.expected)),
        (str(h.misses), str(h.false), str(h.wrong), str(h.expected)),
    ]
    assert f"test_direct_mail: {len(probe._ROWS)} records" in out


def test_without_a_probe_it_says_how_to_call_it(tmp_path) -> None:
    run = subprocess.run(
        [sys.executable, str(SCRIPT)], cwd=tmp_path, capture_output=True, text=True
    )
    assert run.returncode == 2
    assert "score_probe.py direct_mail" in run.stderr
