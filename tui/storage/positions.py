"""Where a key sits in a TOML text, so that a problem can name its line and column.

The parser gives positions only for syntax errors. For validation problems this module scans the
lines once and records where each table header, key and array element starts, using the same
paths as the validator (``steps[2].needs[1].what``, numbered from 1). It understands what the
canonical writer produces and ordinary hand edits (``[[...]]`` headers, ``key = value``, multi-line
strings and arrays); for anything it cannot follow (inline tables, dotted keys across tables) it
falls back to the nearest enclosing table, or to no line at all.
"""

from __future__ import annotations

import re

_ARRAY_HEADER = re.compile(r"\s*\[\[\s*([^\]]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"\s*\[\s*([^\]\[]+?)\s*\]")
_KEY = re.compile(r"""\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)*)\s*=\s*(.*)""")
_INDEX = re.compile(r"\[\d+\]$")


def _bare(key: str) -> str:
    key = key.strip()
    if len(key) >= 2 and key[0] == key[-1] and key[0] in "\"'":
        return key[1:-1]
    return ".".join(part.strip() for part in key.split("."))


class KeyPositions:
    """Path -> (line, column), both counted from 1."""

    def __init__(self, text: str) -> None:
        self.positions: dict[str, tuple[int, int]] = {}
        self._scan(text)

    def find(self, path: str) -> tuple[int | None, int | None]:
        """The position of ``path``, else of the nearest enclosing key or table."""
        while path:
            if path in self.positions:
                return self.positions[path]
            path = _INDEX.sub("", path) if _INDEX.search(path) else path.rpartition(".")[0]
        return None, None

    def _scan(self, text: str) -> None:
        counts: dict[str, int] = {}
        current = ""  # the path of the table the following keys belong to
        tables: dict[str, str] = {}  # header name -> its current path (for nested arrays)
        in_string: str | None = None
        array_key: str | None = None
        depth = 0
        elements = 0
        for number, line in enumerate(text.split("\n"), start=1):
            if in_string:
                if line.count(in_string) % 2 == 1:
                    in_string = None
                continue
            if array_key is not None:
                stripped = line.strip()
                if stripped and not stripped.startswith(("#", "]")):
                    elements += 1
                    column = len(line) - len(line.lstrip()) + 1
                    self.positions.setdefault(f"{array_key}[{elements}]", (number, column))
                depth += line.count("[") - line.count("]")
                if depth <= 0:
                    array_key = None
                continue
            header = _ARRAY_HEADER.match(line) or _TABLE_HEADER.match(line)
            if header:
                name = _bare(header.group(1))
                parent, _, leaf = name.rpartition(".")
                current = f"{tables.get(parent, parent)}.{leaf}" if parent else leaf
                if line.lstrip().startswith("[["):  # one more table of an array: number it
                    counts[current] = counts.get(current, 0) + 1
                    current = f"{current}[{counts[current]}]"
                tables[name] = current
                self.positions.setdefault(current, (number, line.index("[") + 1))
                continue
            key = _KEY.match(line)
            if not key:
                continue
            path = f"{current}.{_bare(key.group(1))}" if current else _bare(key.group(1))
            self.positions.setdefault(path, (number, len(line) - len(line.lstrip()) + 1))
            value = key.group(2)
            for quote in ('"""', "'''"):
                if value.startswith(quote) and value.count(quote) % 2 == 1:
                    in_string = quote
                    break
            else:
                if value.startswith("["):
                    depth = value.count("[") - value.count("]")
                    if depth > 0:
                        array_key, elements = path, 0
