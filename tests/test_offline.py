"""No code path may reach the network: not spaCy's model download, not tldextract's suffix list.

Presidio imports ``tldextract`` (its email recognizer), whose first ``extract`` call fetches
the public suffix list; ``SpacyNlpEngine.load`` downloads a missing model. phistream must
do neither, so here every way out of the machine raises and is recorded while a full
default engine, NER included, is built and scans free text, URLs and emails.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Callable

import pytest

from detectors import Engine, EngineConfig

UA = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.1 Safari/605.1.15"
)
RECORDS = [
    {
        "event_name": "form_submit",
        "event_timestamp": 1700000000123456,
        "page_location": "https://clinic.example.com/book?email=maria.lopez%40example.com&x=1",
        "message": "Patient Maria Lopez asked about her insulin refill",
        "user_agent": UA,
        "contact": {"email": "john.doe@example.org"},
    },
    {
        "event_name": "page_view",
        "page_location": "https://www.example.com/conditions/diabetes/",
        "search_term": "I live in Springfield and need a new doctor",
    },
]


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every network entry point raise; return the list of attempts."""
    attempts: list[str] = []

    def refuse(name: str) -> Callable[..., object]:
        def blocked(*args: object, **kwargs: object) -> object:
            attempts.append(name)
            raise OSError(f"network disabled in this test ({name})")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))

    import spacy.cli
    import tldextract.tldextract

    monkeypatch.setattr(spacy.cli, "download", refuse("spacy.cli.download"))
    monkeypatch.setattr(
        tldextract.tldextract.TLDExtract,
        "_get_tld_extractor",
        refuse("tldextract suffix list"),
    )
    return attempts


def test_the_guard_catches_connections(no_network: list[str]) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with pytest.raises(OSError):
        socket.getaddrinfo("localhost", 80)
    assert no_network == ["socket.create_connection", "socket.getaddrinfo"]


@pytest.mark.ner
def test_full_engine_with_ner_scans_offline(no_network: list[str]) -> None:
    engine = Engine(EngineConfig())
    assert any(d.name == "ner" for d in engine.detectors)
    result = engine.scan(RECORDS, source="offline.jsonl")
    rows = result.findings.to_pylist()

    def text_of(row: dict[str, object]) -> str:
        value = RECORDS[int(row["record"])]  # type: ignore[arg-type]
        for part in str(row["field"]).split("."):
            value = value[part]  # type: ignore[index]
        return str(value)[int(row["start"]) : int(row["end"])]  # type: ignore[arg-type]

    got = {(r["field"], r["entity"], text_of(r)) for r in rows}
    assert ("contact.email", "EMAIL", "john.doe@example.org") in got
    assert ("page_location", "EMAIL", "maria.lopez%40example.com") in got
    assert ("message", "NAME", "Maria Lopez") in got
    assert no_network == [], f"network attempted: {no_network}"


def test_ner_off_imports_neither_presidio_nor_spacy() -> None:
    """An engine without NER or plug-ins never reaches the Presidio/tldextract import."""
    code = (
        "import sys\n"
        "from detectors import Engine, EngineConfig\n"
        "import detectors.ner, detectors.plugins\n"
        "e = Engine(EngineConfig(ner=False, detectors=('ner', 'plugins', 'email')))\n"
        "e.scan([{'note': 'Patient Maria Lopez wrote from maria@example.com'}], source='t')\n"
        "mods = ('spacy', 'presidio_analyzer', 'tldextract')\n"
        "print(sorted(m for m in mods if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"
