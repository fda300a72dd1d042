"""Every text the code can ask for exists, in Dutch and in English.

The code asks :func:`tui.i18n.t` for three sorts of keys, and this test finds each in the source:

- **literal keys** (``t("compare.yes")``): each must be in the catalogue;
- **families** built at run time (``t(f"field.{name}")``, ``t("compare.step." + mark)``): each
  family is listed in :data:`FAMILIES` with where its members come from (the model's constants,
  the loops at the call site); every member must be in the catalogue. A family found in the code
  but missing here fails the test: say where its values come from;
- **keys kept in variables** (``key = "compare.kept_none"``, dicts of keys): every string constant
  in ``tui/`` that looks like a key of a catalogue namespace must be a key (or a family prefix).

The bug that made this test: compare asked for ``field.about``, which no catalogue had, and the
meeting screen crashed with ``KeyError``.
"""

from __future__ import annotations

import ast
import itertools
import re
import string
from collections.abc import Iterable
from pathlib import Path

import pytest

from tui import i18n
from tui.app.screens.actions import SORTS
from tui.app.screens.help import FOUR_AS
from tui.app.screens.meeting import FIELDS as MEETING_SCREEN_FIELDS
from tui.app.screens.start import COLUMNS as START_COLUMNS
from tui.core.compare import ACTION_FIELDS, ACTION_GROUPS, MEETING_FIELDS
from tui.core.model import ITEM_FIELDS, ITEM_KINDS, STATUSES
from tui.core.script import AGENDA_IDS
from tui.reports import phrases
from tui.reports.actions_csv import COLUMNS as CSV_COLUMNS
from tui.reports.calendar import CANCEL_REASONS
from tui.reports.export import FORMATS

SOURCE = Path(__file__).resolve().parents[2] / "tui"

ITEM_TEXTS = sorted(set(itertools.chain.from_iterable(ITEM_FIELDS.values())))
EVERY_FIELD = sorted({*ITEM_TEXTS, *ACTION_FIELDS, "name", "role", "present", "people"})
SCREENS = ("actions", "meeting", "chain", "closing", "help")
COUNTS = (*ITEM_KINDS, "actions", "steps", "participants", "feedback")
PAGE_COLUMNS = ("id", *ITEM_TEXTS, "who", "due", "step", "status")

# A family's pattern ("{}" for each placeholder) -> the values the code fills in.
FAMILIES: dict[str, Iterable[str]] = {
    "column.{}": (),  # asked only after has(): the field's name is the fallback
    "command.{}": SCREENS[:-1],
    "key.{}": SCREENS,
    "compare.group.{}": (*ACTION_GROUPS, "postponed", "reassigned"),
    "compare.kind.{}": ITEM_KINDS,
    "compare.meeting.{}": MEETING_FIELDS,
    "compare.participant.{}": ("role", "present"),
    "compare.step.{}": ("added", "removed"),
    "crash.work.{}": ("saved", "recovery", "lost"),
    "csv.{}": CSV_COLUMNS,
    "csv.status.{}": STATUSES,
    "export.format.{}": FORMATS,
    "export.name.{}": FORMATS,
    "field.{}": EVERY_FIELD,
    "ics.cancelled.{}": CANCEL_REASONS,
    "help.{}": FOUR_AS,
    "help.{}.text": FOUR_AS,
    "meeting.{}": MEETING_SCREEN_FIELDS,
    "memo.kind.{}": ITEM_KINDS,
    "page.col.{}": PAGE_COLUMNS,
    "page.worksheet.{}": ITEM_KINDS,
    "recovery.count.{}": COUNTS,
    "review.answer.{}": STATUSES,
    "script.{}": AGENDA_IDS,
    "script.{}.hint": AGENDA_IDS,
    "section.{}": (*ITEM_KINDS, "actions", "participants", "feedback", "steps", "expectations"),
    "sort.{}": SORTS,
    "start.column.{}": [key for key, _width in START_COLUMNS],
    "status.{}": STATUSES,
    "summary.kind.{}": ITEM_KINDS,
    "summary.previous_{}": ("missing", "broken"),
    "summary.since.items_{}": ("added", "changed", "moved", "removed"),
    "summary.since.{}": (*phrases.ACTION_GROUPS, "chain", "joined", "left"),
    "summary.{}": [f for f in ITEM_TEXTS if f != "what"],  # a changed item's other texts
    "type.{}": (
        *("boolean", "integer", "float", "string", "datetime", "date", "time", "table", "array"),
        *("array_of_tables", "array_of_strings"),
    ),
}

# Strings that look like keys but are not (file names, module paths): namespace.rest.
NOT_KEYS = re.compile(r"\.(md|toml|html|csv|ics|txt|py|tcss|json|svg|png)\Z|\Atui\.")


def _calls() -> Iterable[tuple[Path, int, ast.expr]]:
    """The first argument of every ``t(...)`` and ``has(...)`` call in ``tui/``."""
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("t", "has")
                and node.args
            ):
                yield path, node.lineno, node.args[0]


def _pattern(argument: ast.expr) -> str | None:
    """``"prefix.{}"`` for an f-string or a ``"prefix." + name``; None for anything else."""
    if isinstance(argument, ast.JoinedStr):
        return "".join(
            part.value if isinstance(part, ast.Constant) else "{}" for part in argument.values
        )
    if (
        isinstance(argument, ast.BinOp)
        and isinstance(argument.op, ast.Add)
        and isinstance(argument.left, ast.Constant)
    ):
        return f"{argument.left.value}{{}}"
    return None


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(SOURCE.parent)}:{line}"


def test_every_literal_key_exists() -> None:
    keys = i18n.keys()
    missing = [
        f"{_where(path, line)} {argument.value!r}"
        for path, line, argument in _calls()
        if isinstance(argument, ast.Constant) and argument.value not in keys
    ]
    assert not missing


def test_every_family_in_the_code_is_known_here() -> None:
    found = {
        pattern: _where(path, line)
        for path, line, argument in _calls()
        if (pattern := _pattern(argument)) is not None
    }
    unknown = {pattern: where for pattern, where in found.items() if pattern not in FAMILIES}
    assert not unknown, "add these families to FAMILIES, with where their values come from"
    # And nothing listed here that the code no longer asks for.
    assert not set(FAMILIES) - set(found)


@pytest.mark.parametrize("pattern", sorted(FAMILIES))
def test_every_member_of_a_family_exists(pattern: str) -> None:
    keys = i18n.keys()
    missing = [
        key for value in FAMILIES[pattern] if (key := pattern.replace("{}", value)) not in keys
    ]
    assert not missing


def _bound_strings(function: ast.AST, name: str) -> list[ast.Constant] | None:
    """The string constants in everything bound to ``name`` inside ``function`` (assignments,
    loop targets, with and walrus), or None when ``name`` is a parameter or bound nowhere."""
    found: list[ast.Constant] = []
    bound = False
    for node in ast.walk(function):
        value: ast.AST | None = None
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.NamedExpr):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(n, ast.Name) and n.id == name for t in targets for n in ast.walk(t)):
                value = node.value
        elif isinstance(node, ast.For | ast.comprehension) and any(
            isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.target)
        ):
            value = node.iter
        if value is not None:
            bound = True
            found += [
                n
                for n in ast.walk(value)
                if isinstance(n, ast.Constant) and isinstance(n.value, str)
            ]
    return found if bound else None


def _passed_strings(function: ast.FunctionDef, name: str) -> list[ast.Constant] | None:
    """For a parameter ``name`` of ``function``: the string constants its callers in ``tui/``
    pass for it (by position or keyword); None if it is no parameter or nobody calls it."""
    params = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
    if name not in params:
        return None
    position = params.index(name) - (1 if params and params[0] == "self" else 0)
    found: list[ast.Constant] = []
    calls = 0
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            callee = node.func
            called = callee.id if isinstance(callee, ast.Name) else getattr(callee, "attr", None)
            if called != function.name:
                continue
            calls += 1
            given = [k.value for k in node.keywords if k.arg == name]
            if position < len(node.args):
                given.append(node.args[position])
            found += [
                n
                for value in given
                for n in ast.walk(value)
                if isinstance(n, ast.Constant) and isinstance(n.value, str)
            ]
    return found if calls else None


# Keys looked up in a table: test_keys_in_tables_and_attributes_exist checks the table.
FROM_TABLES = {
    ("tui/storage/atomic.py", "key"),
    ("tui/app/palette.py", "key"),
    ("tui/core/chain.py", "key"),  # the built-in chains' step names (CHAINS)
}


def test_every_key_kept_in_a_variable_exists() -> None:
    keys = i18n.keys()
    prefixes = {pattern.split("{}", 1)[0] for pattern in FAMILIES}
    looks_like_key = re.compile(r"[a-z_]+(\.[a-z0-9_]+)+\Z")
    missing, unresolved = [], []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for function in functions:
            for node in ast.walk(function):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "t"
                    and node.args
                    and isinstance(node.args[0], ast.Name)
                ):
                    continue
                name = node.args[0].id
                strings = _bound_strings(function, name)
                if strings is None:
                    strings = _passed_strings(function, name)
                if not strings and (str(path.relative_to(SOURCE.parent)), name) not in FROM_TABLES:
                    unresolved.append(f"{_where(path, node.lineno)} {name}")
                    continue
                missing += [
                    f"{_where(path, c.lineno)} {c.value!r}"
                    for c in strings
                    if looks_like_key.match(c.value)
                    and c.value not in keys
                    and c.value not in prefixes
                ]
    assert not unresolved, "keys from nowhere this test can follow: pass or bind literals"
    assert not missing


def test_keys_in_tables_and_attributes_exist() -> None:
    """The keys the code looks up in a table or reads from a module attribute."""
    import importlib

    from tui.app.palette import SYSTEM_COMMANDS
    from tui.cli import COMMAND_MODULES
    from tui.core.chain import CHAINS
    from tui.storage import atomic

    keys = i18n.keys()
    assert set(atomic._MESSAGES.values()) <= keys
    assert {k for key in SYSTEM_COMMANDS.values() for k in (key, key + ".help")} <= keys
    assert {importlib.import_module(name).HELP for name in COMMAND_MODULES.values()} <= keys
    assert {k for c in CHAINS.values() for k in (c.title, *(n for _id, n in c.steps))} <= keys


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_both_languages_fill_the_same_fields(language: str) -> None:
    """A translation that drops or renames a ``{field}`` would fail at run time."""
    formatter = string.Formatter()
    wrong = []
    for key in sorted(i18n.keys()):
        dutch = {name for _, name, _, _ in formatter.parse(i18n.text_of(key, "nl")) if name}
        other = {name for _, name, _, _ in formatter.parse(i18n.text_of(key, language)) if name}
        if dutch != other:
            wrong.append(key)
    assert not wrong


def test_plural_forms() -> None:
    i18n.set_language("nl")
    assert i18n._FORMATTER.format("{n} {n:actie|acties}", n=1) == "1 actie"
    assert i18n._FORMATTER.format("{n} {n:actie|acties}", n=0) == "0 acties"
    assert i18n._FORMATTER.format("{n} {n:punt|punten}", n=3) == "3 punten"
    assert i18n._FORMATTER.format("{n:>3}", n=7) == "  7"  # ordinary specs still work


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize("value", [0, 1, 3, "tekst {x}", -2.5])
def test_every_text_fills_in_as_the_plural_formatter_fills_it(language: str, value) -> None:
    """``fill`` hands texts without a plural spec to ``str.format``: every text of the
    catalogue comes out as the formatter with plurals makes it (a value of the wrong kind for
    a spec fails the same way in both)."""
    formatter = string.Formatter()
    for key in sorted(i18n.keys()):
        text = i18n.text_of(key, language)
        fields = {name: value for _, name, _, _ in formatter.parse(text) if name}
        try:
            expected = i18n._FORMATTER.format(text, **fields)
        except (ValueError, TypeError) as error:
            with pytest.raises(type(error)):
                i18n.fill(text, **fields)
            continue
        assert i18n.fill(text, **fields) == expected, key
    assert i18n.fill("{n} {n:actie|acties}", n=1) == "1 actie"
    assert i18n.fill("{n:>3} {n:actie|acties}", n=2) == "  2 acties"


def test_every_entry_of_the_catalogue_has_a_text_per_language(monkeypatch) -> None:
    from tui.catalogue import general

    monkeypatch.setattr(i18n, "_MESSAGES", {})
    monkeypatch.setitem(general.MESSAGES, "test.only_dutch", ("alleen Nederlands",))
    with pytest.raises(ValueError, match=r"test\.only_dutch"):
        i18n.keys()


def test_a_missing_key_is_shown_rather_than_stopping_the_meeting(monkeypatch) -> None:
    monkeypatch.delenv("INTERNE_KLANTEN_STRICT_TEXTS", raising=False)
    assert i18n.t("no.such.key") == "no.such.key"
    monkeypatch.setenv("INTERNE_KLANTEN_STRICT_TEXTS", "1")
    with pytest.raises(KeyError):
        i18n.t("no.such.key")


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_compare_names_every_action_field_that_changed(language, monkeypatch) -> None:
    """The crash of the user test: an action's ``about`` changed between two meetings, and
    compare (and F7 in the app) stopped with ``KeyError: 'field.about'``."""
    from io import StringIO

    from tui.core import edits
    from tui.core.compare import compare_sessions
    from tui.reports.compare_report import json_report, make_console, markdown_report, print_report
    from tui.storage.toml_format import load_session

    monkeypatch.setenv("INTERNE_KLANTEN_STRICT_TEXTS", "1")
    i18n.set_language(language)
    example = SOURCE.parent / "sessions" / "2026-11-26-installatiebedrijf-van-dijk-zn.toml"
    old, new = load_session(example), load_session(example)
    first, other = new.actions[0], new.actions[1]
    item = next(item for step in new.steps for kind in ITEM_KINDS for item in step.items(kind))
    about = item.id if first.about != item.id else None
    edits.update_action(new, first.id, about=about, note="anders", who="Iemand anders")
    edits.update_action(new, other.id, status="dropped", note="vervallen")
    c = compare_sessions(old, new, old_name="a.toml", new_name="b.toml")
    console = make_console(file=StringIO(), width=80, plain=True)
    print_report(c, console)
    shown = console.file.getvalue() + markdown_report(c)
    json_report(c)
    assert i18n.t("field.about") in shown


PLURAL_NOUNS = (
    "actiepunten|acties|punten|stappen|dagen|regels|versies|bestanden|minuten|deelnemers|"
    "afspraken|behoeften|opmerkingen|action points|actions|items|steps|days|lines|versions|files|"
    "participants|needs|remarks"
)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_count_has_its_plural_form(language: str) -> None:
    """``1 actie``, ``3 acties``: no "(s)" and no count before a fixed plural noun."""
    bare = re.compile(rf"\{{(\w+)\}} (?:{PLURAL_NOUNS})\b")
    wrong = [
        key
        for key in sorted(i18n.keys())
        if re.search(r"\w\((s|en)\)", text := i18n.text_of(key, language)) or bare.search(text)
    ]
    assert not wrong
