"""Shared test fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def engine_no_ner():
    """A default engine without NER (fast; built once per test session)."""
    from detectors import Engine, EngineConfig

    return Engine(EngineConfig(ner=False))
