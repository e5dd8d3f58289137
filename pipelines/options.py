"""The scan's options, declared once as a table that drives the CLI, Beam and the docs.

Each :class:`Option` row gives a flag, its default and its help; :func:`add_options`
builds argparse arguments from the rows, :class:`PhistreamOptions` registers the rows that
shape the pipeline as Beam pipeline options (so they travel with the job and show in a
runner's UI), and :func:`options_markdown` renders the table for the README. Beam's own
flags (everything after ``--``) pass through untouched.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from apache_beam.options.pipeline_options import PipelineOptions

from pipelines.inputs import FORMATS

DEFAULT_CHUNK_SIZE = 2000
PRESETS: tuple[str, ...] = ("safe-harbor", "pseudonymize", "analytics-safe")


def positive_int(text: str) -> int:
    """argparse type: an integer >= 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def workers_count(text: str) -> int | None:
    """argparse type: ``auto`` (None) or an integer >= 1."""
    return None if text == "auto" else positive_int(text)


@dataclass(frozen=True)
class Option:
    """One row of the option table.

    Attributes:
        flag: the CLI flag (``--chunk-size``).
        help: one line for ``--help`` and the README.
        default: the default value.
        type: argparse type conversion.
        action: argparse action (``store_true`` for switches).
        choices: allowed values.
        metavar: the value's name in help.
        required: the flag must be given.
        beam: also a Beam pipeline option, ``--phistream_<dest>``.
    """

    flag: str
    help: str
    default: object = None
    type: Callable[[str], object] | None = None
    action: str | None = None
    choices: tuple[str, ...] | None = None
    metavar: str | None = None
    required: bool = False
    beam: bool = False

    @property
    def dest(self) -> str:
        return self.flag.lstrip("-").replace("-", "_")

    def argparse_kwargs(self) -> dict[str, object]:
        kwargs: dict[str, object] = {"help": self.help, "dest": self.dest}
        if self.action:
            kwargs["action"] = self.action
        else:
            kwargs.update(type=self.type, choices=self.choices, metavar=self.metavar)
            if self.required:
                kwargs["required"] = True
        if self.default is not None:
            kwargs["default"] = self.default
        return kwargs


SCAN_OPTIONS: tuple[Option, ...] = (
    Option("--out", "output directory (created if missing)", metavar="OUTDIR", required=True),
    Option(
        "--overwrite",
        "allow a non-empty OUTDIR: replaces phistream's own outputs in it, nothing else",
        default=False,
        action="store_true",
    ),
    Option(
        "--format",
        "read every input as this format, whatever its name",
        choices=FORMATS,
        metavar="{" + ",".join(FORMATS) + "}",
    ),
    Option(
        "--policy",
        f"redaction and detection policy: a YAML file or a preset ({', '.join(PRESETS)})",
        default="safe-harbor",
        metavar="FILE|PRESET",
        beam=True,
    ),
    Option(
        "--no-ner",
        "skip the NER detector (regex, dictionary and field-name detectors only)",
        default=False,
        action="store_true",
        beam=True,
    ),
    Option("--fail-on-phi", "exit 1 when any record holds PHI", default=False, action="store_true"),
    Option(
        "--follow-symlinks",
        "scan files that symlinks in an input folder lead to outside it",
        default=False,
        action="store_true",
    ),
    Option(
        "--quiet",
        "no progress display and no summary on stdout",
        default=False,
        action="store_true",
    ),
    Option(
        "--chunk-size",
        f"records per Beam element (default {DEFAULT_CHUNK_SIZE})",
        default=DEFAULT_CHUNK_SIZE,
        type=positive_int,
        metavar="N",
        beam=True,
    ),
    Option(
        "--workers",
        "local worker processes: a number, or auto (one per core for inputs of 64 MiB"
        " and more, else 1); auto gives way to Beam options after -- that choose the runner"
        " or its workers, a number beside them is refused",
        default="auto",
        type=workers_count,
        metavar="N|auto",
    ),
    Option(
        "--debug",
        "show tracebacks and Beam's log on errors (also PHISTREAM_DEBUG=1)",
        default=False,
        action="store_true",
    ),
)


def add_options(parser: argparse.ArgumentParser, options: Sequence[Option] = SCAN_OPTIONS) -> None:
    """Add the table's rows to an argparse parser."""
    for opt in options:
        parser.add_argument(opt.flag, **opt.argparse_kwargs())  # type: ignore[arg-type]


class PhistreamOptions(PipelineOptions):
    """phistream's own pipeline options (``--phistream_chunk_size`` ...), from the table."""

    @classmethod
    def _add_argparse_args(cls, parser) -> None:
        for opt in SCAN_OPTIONS:
            if not opt.beam:
                continue
            kwargs = opt.argparse_kwargs()
            kwargs["dest"] = f"phistream_{opt.dest}"
            parser.add_argument(f"--phistream_{opt.dest}", **kwargs)


def unknown_beam_args(flags: Sequence[str]) -> list[str]:
    """Flags after ``--`` that no Beam option class knows (Beam itself only logs and drops
    them, so a typo like ``--runer`` would silently run on the DirectRunner)."""
    from apache_beam.options.pipeline_options import _BeamArgumentParser

    parser = _BeamArgumentParser(allow_abbrev=False)
    seen: set[type] = set()
    todo: list[type] = [PipelineOptions]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
                sub._add_argparse_args(parser)  # type: ignore[attr-defined]
    _, unknown = parser.parse_known_args(list(flags))
    return [u for u in unknown if u.startswith("-")]


def unknown_runner(flags: Sequence[str]) -> str | None:
    """The ``--runner`` named after ``--`` when Beam has no such runner, else None.

    Beam only finds out when the pipeline is built, and raises a plain ``ValueError`` that
    the CLI would report as an internal error (exit 3); a misspelt runner is bad usage and
    is caught here first. Like Beam's own lookup, the name is case-insensitive, may leave
    out the ``Runner`` suffix, and a dotted name is a ``PipelineRunner`` class's full path.
    """
    from apache_beam.options.pipeline_options import StandardOptions

    name = PipelineOptions(list(flags)).view_as(StandardOptions).runner
    if not name or "." in name:
        return None
    known = {n.lower() for n in StandardOptions.KNOWN_RUNNER_NAMES}
    if name.lower() in known or f"{name.lower()}runner" in known:
        return None
    return str(name)


def beam_values(args: argparse.Namespace) -> dict[str, object]:
    """The ``PhistreamOptions`` values of parsed CLI arguments."""
    return {f"phistream_{o.dest}": getattr(args, o.dest) for o in SCAN_OPTIONS if o.beam}


def options_markdown(options: Sequence[Option] = SCAN_OPTIONS) -> str:
    """The option table as Markdown, for the README."""
    rows = ["| option | default | meaning |", "|---|---|---|"]
    for o in options:
        flag = o.flag if o.action else f"{o.flag} {o.metavar or o.dest.upper()}"
        default = "" if o.default in (None, False) else f"`{o.default}`"
        rows.append(f"| `{flag}` | {default} | {o.help} |")
    return "\n".join(rows)
