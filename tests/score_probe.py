"""Score a blind accuracy probe: ``python tests/score_probe.py direct_mail [senior_care ...]``.

A probe (``tests/test_<name>.py``, see the README's "Accuracy" section) is a table
``_ROWS`` of ``(name, record, must_find, must_not, phi)``; every fourth row (``i % 4 ==
3``) is held out. This prints the misses, false findings and records wrong of the shapes
and of the held-out rows, with the engine without NER, as a probe's commit message and
docstring quote them.

It scores the checkout this file sits in: the repository root goes first on ``sys.path``.
A scoring script run from elsewhere imports ``detectors`` from wherever the virtualenv's
editable install points, which in a second git worktree is another checkout's code.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from helpers import shape_totals  # noqa: E402

from detectors import Engine, EngineConfig  # noqa: E402


def score(name: str, engine: Engine) -> str:
    """One line of figures for probe ``name`` (``senior_care`` or ``test_senior_care``)."""
    module = importlib.import_module(name if name.startswith("test_") else f"test_{name}")
    rows = module._ROWS
    shapes = [row for i, row in enumerate(rows) if i % 4 != 3]
    held = [row for i, row in enumerate(rows) if i % 4 == 3]
    s, h = shape_totals(engine, shapes), shape_totals(engine, held)
    return (
        f"{module.__name__}: {len(rows)} records; misses / false / wrong: "
        f"shapes ({len(shapes)}) {s.misses} / {s.false} / {s.wrong} of {s.expected} pairs, "
        f"held out ({len(held)}) {h.misses} / {h.false} / {h.wrong} of {h.expected} pairs"
    )


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    engine = Engine(EngineConfig(ner=False))
    for name in argv:
        print(score(name, engine))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
