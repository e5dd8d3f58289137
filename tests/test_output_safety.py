"""Output safety: private files, no key material, no symlink escapes, no false completion.

- Every file a scan writes is ``0o600`` and every directory it creates ``0o700``, even
  under a permissive umask: redacted copies keep health context and findings locate
  identifiers, so other users of the machine must not read them.
- The HMAC key of ``--policy pseudonymize`` never appears in any output or on the console.
- A symlink in an input folder that leads out of it is not followed (nor a symlinked
  directory entered) unless ``follow_symlinks`` is asked for; links inside stay scanned.
- ``summary.json`` is the mark of a finished scan: publishing moves it last, so a scan that
  dies while publishing leaves no ``summary.json`` beside partial outputs.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipelines import cli, writers
from pipelines.inputs import InputError, expand_inputs

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data" / "exports"
HMAC_KEY = "k3y-CANARY-0f9e8d7c6b5a4f3e2d1c"


def _scan(capsys, *args: str) -> tuple[int, str]:
    code = cli.main(["scan", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def small_export(tmp_path) -> Path:
    """Two small sources with identifiers and health context."""
    d = tmp_path / "exports"
    d.mkdir()
    rows = [
        {"email": f"p{i}@example.com", "phone": "(312) 555-0143", "page": "/conditions/asthma"}
        for i in range(5)
    ]
    (d / "events.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    (d / "contacts.csv").write_text(
        'name,email,notes\nJane Doe,jane@example.com,type 2 diabetes\nbroken,"row\n'
    )
    return d


@pytest.mark.slow
def test_outputs_are_private_whatever_the_umask(capsys, tmp_path, small_export):
    out = tmp_path / "new" / "out"
    old = os.umask(0)  # the most permissive: files would be 0666 and directories 0777
    try:
        code, _ = _scan(capsys, str(small_export), "--out", str(out), "--no-ner", "--quiet")
    finally:
        os.umask(old)
    assert code == 4  # the broken CSV row is a reject: rejects/ is written too
    paths = [out, *out.rglob("*")]
    assert {"summary.json", "report.html", "rejects.parquet"} <= {p.name for p in paths}
    for p in paths:
        mode = stat.S_IMODE(p.stat().st_mode)
        expected = writers.PRIVATE_DIR if p.is_dir() else writers.PRIVATE_FILE
        assert mode == expected, f"{p.relative_to(tmp_path)}: {oct(mode)}"
    # the parent the scan had to create is private too; nothing is world-readable
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == writers.PRIVATE_DIR


def test_an_existing_outdir_keeps_its_mode(tmp_path):
    out = tmp_path / "out"
    out.mkdir(mode=0o755)
    os.chmod(out, 0o755)
    writers.write_json({"a": 1}, str(out / "x" / "summary.json"))
    assert stat.S_IMODE(out.stat().st_mode) == 0o755  # the user's directory, left alone
    assert stat.S_IMODE((out / "x").stat().st_mode) == writers.PRIVATE_DIR
    assert stat.S_IMODE((out / "x" / "summary.json").stat().st_mode) == writers.PRIVATE_FILE


def test_rewriting_a_readable_file_makes_it_private(tmp_path):
    path = tmp_path / "report.html"
    path.write_text("old")
    os.chmod(path, 0o644)
    writers.write_text("new", str(path))
    assert stat.S_IMODE(path.stat().st_mode) == writers.PRIVATE_FILE
    assert path.read_text() == "new"


@pytest.mark.slow
def test_hmac_key_never_reaches_an_output(capsys, tmp_path, small_export, monkeypatch):
    monkeypatch.setenv("PHISTREAM_HMAC_KEY", HMAC_KEY)
    out = tmp_path / "out"
    code, console = _scan(
        capsys, str(small_export), "--out", str(out), "--no-ner", "--policy", "pseudonymize"
    )
    assert code == 4
    forms = {HMAC_KEY, HMAC_KEY.encode().hex(), HMAC_KEY[:16]}
    pseudonyms = 0
    for p in out.rglob("*"):
        if not p.is_file():
            continue
        raw = p.read_bytes()
        assert not any(f.encode() in raw for f in forms), p
        if p.suffix == ".parquet":
            text = json.dumps(pq.read_table(p).to_pylist(), default=str)
            assert not any(f in text for f in forms), p
            pseudonyms += text.count('"ps_')
    assert pseudonyms > 0, "the policy did pseudonymise (the key was used)"
    assert not any(f in console for f in forms)
    summary = json.loads((out / "summary.json").read_text())
    assert "pseudonymize" in json.dumps(summary)


# -- symlinks --------------------------------------------------------------------------------


@pytest.fixture
def linked(tmp_path) -> Path:
    """``exports/`` with a real file, a link to a file inside it (``latest`` pointing into a
    hidden archive, which a walk skips), a link to a file outside it, and a link to a
    directory outside it."""
    outside = tmp_path / "private"
    (outside / "deep").mkdir(parents=True)
    (outside / "secret.jsonl").write_text('{"ssn": "219-09-9999"}\n')
    (outside / "deep" / "more.jsonl").write_text('{"email": "x@example.com"}\n')
    exports = tmp_path / "exports"
    (exports / ".archive").mkdir(parents=True)
    (exports / "events.jsonl").write_text('{"a": 1}\n')
    (exports / ".archive" / "2024-11.jsonl").write_text('{"b": 2}\n')
    (exports / "latest.jsonl").symlink_to(exports / ".archive" / "2024-11.jsonl")
    (exports / "leak.jsonl").symlink_to(outside / "secret.jsonl")
    (exports / "linked_dir").symlink_to(outside / "deep", target_is_directory=True)
    return exports


def _names(files) -> set[str]:
    return {f.name for f in files}


def test_symlinks_out_of_a_folder_are_not_followed(linked):
    assert _names(expand_inputs([str(linked)])) == {"events.jsonl", "latest.jsonl"}


def test_symlinks_out_of_a_glob_are_not_followed(linked):
    assert _names(expand_inputs([str(linked / "*.jsonl")])) == {"events.jsonl", "latest.jsonl"}


def test_left_out_links_are_named_for_the_cli_note(linked, capsys, tmp_path):
    """Leaving a link out must not lose a file without a word: the scan names it."""
    outside: list[str] = []
    expand_inputs([str(linked)], outside_links=outside)
    assert [Path(p).name for p in outside] == ["leak.jsonl"]

    from pipelines.cli import main

    code = main(["scan", str(linked), "--out", str(tmp_path / "o"), "--no-ner", "--quiet"])
    assert code == 0
    err = capsys.readouterr().err.strip()
    assert err == (
        "phistream: note: 1 symlink(s) leading out of the input folder not scanned "
        "(leak.jsonl); pass --follow-symlinks to scan them"
    )
    assert "219-09-9999" not in err


def test_following_symlinks_when_asked(linked):
    names = _names(expand_inputs([str(linked)], follow_symlinks=True))
    assert names == {"events.jsonl", "latest.jsonl", "leak.jsonl", "linked_dir/more.jsonl"}


def test_a_named_symlink_is_the_users_choice(linked):
    (f,) = expand_inputs([str(linked / "leak.jsonl")])
    assert f.name == "leak.jsonl"


def test_a_folder_of_outside_links_only_says_so(tmp_path, linked):
    only = tmp_path / "only_links"
    only.mkdir()
    (only / "x.jsonl").symlink_to(linked.parent / "private" / "secret.jsonl")
    with pytest.raises(InputError, match="pass --follow-symlinks"):
        expand_inputs([str(only)])


def test_one_file_under_two_names_is_scanned_once(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.jsonl").write_text('{"a": 1}\n')
    (d / "b.jsonl").symlink_to(d / "a.jsonl")
    assert _names(expand_inputs([str(d), str(d / "a.jsonl")])) == {"a.jsonl"}


def test_symlink_loops_end(tmp_path):
    d = tmp_path / "loop"
    d.mkdir()
    (d / "a.jsonl").write_text('{"a": 1}\n')
    (d / "self").symlink_to(d, target_is_directory=True)
    assert _names(expand_inputs([str(d)], follow_symlinks=True)) == {"a.jsonl"}


@pytest.mark.slow
def test_a_scan_does_not_read_through_outside_links(capsys, tmp_path, linked):
    out = tmp_path / "out"
    code, _ = _scan(capsys, str(linked), "--out", str(out), "--no-ner", "--quiet")
    assert code == 0
    summary = (out / "summary.json").read_text()
    assert "leak.jsonl" not in summary and "more.jsonl" not in summary
    assert sorted(p.name for p in (out / "redacted").rglob("*.parquet")) == [
        "events.jsonl.parquet",
        "latest.jsonl.parquet",
    ]


# -- publishing --------------------------------------------------------------------------------


def _fake_scan_outputs(layout: writers.OutputLayout) -> None:
    writers.write_json({"done": True}, writers.join(layout.final, "summary.json"))
    writers.write_text("<html></html>", writers.join(layout.final, "report.html"))
    writers.write_text("x", writers.join(layout.final, "findings", "part.parquet"))
    writers.write_text("x", writers.join(layout.final, "redacted", "a.parquet"))


def test_summary_is_published_last_and_removed_first(tmp_path, monkeypatch):
    """A scan killed while publishing never leaves a summary.json that looks finished."""
    out = tmp_path / "out"
    old = writers.OutputLayout(str(out / writers.TMP_DIR))
    _fake_scan_outputs(old)
    writers.publish(old, str(out))
    assert (out / "summary.json").exists()

    new = writers.OutputLayout(str(out / writers.TMP_DIR))
    _fake_scan_outputs(new)
    moved: list[str] = []
    real_move = writers._move

    def dying_move(src: str, dst: str) -> None:
        if os.path.basename(dst) == "summary.json":
            raise KeyboardInterrupt  # killed just before the last step
        moved.append(os.path.basename(dst))
        real_move(src, dst)

    monkeypatch.setattr(writers, "_move", dying_move)
    with pytest.raises(KeyboardInterrupt):
        writers.publish(new, str(out))
    assert moved == ["findings", "redacted", "report.html"]
    assert not (out / "summary.json").exists()  # the old one is gone, the new one not there
    assert writers.OUTPUT_NAMES[-1] == "summary.json"
