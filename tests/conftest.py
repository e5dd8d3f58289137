"""Shared test fixtures."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _restore_logging():
    """The CLI quiets Beam's logging for the whole process; give every test its own back."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    root.setLevel(level)
    root.handlers[:] = handlers


@pytest.fixture(scope="session")
def engine_no_ner():
    """A default engine without NER (fast; built once per test session)."""
    from detectors import Engine, EngineConfig

    return Engine(EngineConfig(ner=False))


@pytest.fixture(scope="session")
def safe_harbor_redactor():
    """The default policy's redactor (safe-harbor, as ``phistream scan`` uses it)."""
    from detectors.policy import load_policy
    from detectors.redact import Redactor

    return Redactor(load_policy(None).redaction)
