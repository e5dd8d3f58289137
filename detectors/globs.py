"""Globs over field paths and source paths, used by policies.

Field paths: ``*`` matches within one path segment (no ``.``), ``**`` matches across
segments, ``[*]`` matches any list index, ``?`` one character; everything else is literal,
so ``user_data.em[*]`` and ``event_params[*].value.*`` read the way they look.
Source paths use the same rules with ``/`` as the separator.
"""

from __future__ import annotations

import re
from functools import lru_cache


class GlobError(ValueError):
    """A glob that cannot be compiled (the message says why, never echoes data)."""


@lru_cache(maxsize=1024)
def compile_glob(pattern: str, sep: str = ".") -> re.Pattern[str]:
    """Compile a field-path (``sep='.'``) or source-path (``sep='/'``) glob to a regex."""
    if not pattern:
        raise GlobError("empty glob")
    out: list[str] = []
    i, n = 0, len(pattern)
    not_sep = f"[^{re.escape(sep)}]"
    while i < n:
        c = pattern[i]
        if pattern.startswith("[*]", i):
            out.append(r"\[\d+\]")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append(f"{not_sep}*")
            i += 1
        elif c == "?":
            out.append(not_sep)
            i += 1
        elif c == "[":
            close = pattern.find("]", i)
            if close < 0:
                raise GlobError(f"unclosed '[' at position {i + 1}")
            inner = pattern[i + 1 : close]
            if not inner.isdigit():
                raise GlobError(f"'[{inner}]' is not a list index or [*]")
            out.append(re.escape(pattern[i : close + 1]))
            i = close + 1
        elif c == "]":
            raise GlobError(f"unmatched ']' at position {i + 1}")
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile("".join(out))


def glob_matches(pattern: str, path: str, sep: str = ".") -> bool:
    """True when ``path`` matches ``pattern`` as a whole."""
    return compile_glob(pattern, sep).fullmatch(path) is not None
