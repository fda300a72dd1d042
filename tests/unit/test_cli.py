"""The command line: new, check, fmt and help, in Dutch by default and English on request."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from tui import cli, i18n
from tui.storage.toml_format import dumps_session, load_session

from .conftest import REPO, build_session


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


def run_exit(capsys, *argv: str) -> tuple[int, str, str]:
    """For argparse's own exits (help, version, usage errors)."""
    with pytest.raises(SystemExit) as caught:
        cli.main(list(argv))
    out, err = capsys.readouterr()
    return caught.value.code, out, err


# --- new ----------------------------------------------------------------------------------------


def test_new_creates_a_valid_canonical_file(tmp_path, capsys):
    status, out, _err = run(
        capsys, "new", "--organisation", "Installatiebedrijf Van Dijk & Zn.",
        "--date", "2026-08-27", "--folder", str(tmp_path),
    )  # fmt: skip
    path = tmp_path / "2026-08-27-installatiebedrijf-van-dijk-zn.toml"
    assert status == 0
    assert os.listdir(tmp_path) == [path.name]
    assert out == f"Aangemaakt: {path}\n"
    session = load_session(path)
    assert session.meeting.organisation == "Installatiebedrijf Van Dijk & Zn."
    assert session.meeting.date == date(2026, 8, 27)
    assert [s.id for s in session.steps] == [
        "aanvraag",
        "calculatie",
        "planning",
        "uitvoering",
        "facturatie",
    ]
    assert session.customer.name == "Opdrachtgever"
    assert run(capsys, "check", str(path))[0] == 0
    assert run(capsys, "fmt", "--check", str(path))[0] == 0
    assert path.read_bytes() == dumps_session(session).encode("utf-8")


def test_new_in_english(tmp_path, capsys):
    status, out, _err = run(
        capsys,
        "--lang",
        "en",
        "new",
        "--organisation",
        "Smit",
        "--date",
        "2026-01-05",
        "--folder",
        str(tmp_path),
    )
    path = tmp_path / "2026-01-05-smit.toml"
    assert status == 0 and out == f"Created: {path}\n"
    assert load_session(path).steps[0].name == "Request/site survey"


def test_new_defaults_to_today_and_creates_the_folder(tmp_path, capsys):
    folder = tmp_path / "a" / "b"
    status, _out, _err = run(capsys, "new", "--organisatie", "Jansen", "--map", str(folder))
    assert status == 0
    assert os.listdir(folder) == [f"{date.today().isoformat()}-jansen.toml"]


def test_new_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "2026-08-27-jansen.toml"
    path.write_bytes(b"mijn eigen werk\n")
    status, out, err = run(
        capsys, "new", "--organisation", "Jansen", "--date", "2026-08-27", "--folder", str(tmp_path)
    )
    assert status == 1
    assert path.read_bytes() == b"mijn eigen werk\n"
    assert f"{path} bestaat al" in err
    assert out == ""
    assert os.listdir(tmp_path) == [path.name]


@pytest.mark.parametrize("day", ["27-08-2026", "2026-02-30", "morgen", "2026/08/27", "2026-8-27x"])
def test_new_refuses_a_bad_date(day, tmp_path, capsys):
    status, _out, err = run(
        capsys, "new", "--organisation", "Jansen", "--date", day, "--folder", str(tmp_path)
    )
    assert status != 0
    assert f"ongeldige datum '{day}'" in err
    assert os.listdir(tmp_path) == []


def test_an_error_line_shows_what_would_steer_the_terminal_and_sends_none_of_it(tmp_path, capsys):
    day = "\x1b]0;titel\x07\x1b[31m2026-13-01\x9b2J"
    status, _out, err = run(
        capsys, "new", "--organisation", "Jansen", "--date", day, "--folder", str(tmp_path)
    )
    assert status != 0
    assert "ongeldige datum '\\u001b]0;titel\\u0007\\u001b[31m2026-13-01\\u009b2J'" in err
    assert not any(char in err for char in "\x1b\x07\x9b")


def test_new_bad_date_in_english(tmp_path, capsys):
    status, _out, err = run(
        capsys,
        "new",
        "--lang",
        "en",
        "--organisation",
        "J",
        "--date",
        "2026-13-01",
        "--folder",
        str(tmp_path),
    )
    assert status != 0 and "invalid date '2026-13-01': use YYYY-MM-DD" in err


@pytest.mark.parametrize("name", ["../../etc", "/etc/passwd", "..", "a/../../b", "C:\\Windows\\x"])
def test_new_never_leaves_the_folder(name, tmp_path, capsys):
    folder = tmp_path / "sessions"
    status, _out, _err = run(
        capsys, "new", "--organisation", name, "--date", "2026-08-27", "--folder", str(folder)
    )
    outside = sorted(
        p.relative_to(tmp_path) for p in tmp_path.rglob("*") if folder not in (p, *p.parents)
    )
    assert outside == []
    if status == 0:
        [created] = folder.iterdir()
        assert created.parent == folder and created.resolve().parent == folder.resolve()
        assert created.name.startswith("2026-08-27-") and created.suffix == ".toml"
        assert load_session(created).meeting.organisation == name
    else:
        assert not folder.exists() or list(folder.iterdir()) == []


def test_new_refuses_a_name_without_letters(tmp_path, capsys):
    status, _out, err = run(capsys, "new", "--organisation", "!!!", "--folder", str(tmp_path))
    assert status == 2
    assert "organisatie '!!!' geeft geen bruikbare bestandsnaam" in err
    assert os.listdir(tmp_path) == []


def test_new_where_the_folder_cannot_be_made(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    status, _out, err = run(capsys, "new", "--organisation", "J", "--folder", str(blocker / "sub"))
    assert status == 1 and "kan niet worden gemaakt" in err


# --- check --------------------------------------------------------------------------------------


def test_check_valid_and_invalid_files(tmp_path, valid_text, capsys):
    good = tmp_path / "good.toml"
    good.write_text(valid_text, encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(valid_text.replace('status = "dropped"', 'status = "weg"'), encoding="utf-8")
    status, out, err = run(capsys, "check", str(good))
    assert status == 0 and out == f"{good}: in orde\n" and err == ""
    status, out, err = run(capsys, "check", str(good), str(bad), str(tmp_path / "missing.toml"))
    assert status == 1
    assert f"{good}: in orde" in out
    assert f"{bad}:" in out and "actions[4].status: onbekende status 'weg'" in out
    assert f"{tmp_path / 'missing.toml'}: bestand bestaat niet" in out
    assert "2 van 3 bestanden met problemen" in err


def test_check_in_english_through_the_environment(tmp_path, valid_text, capsys, monkeypatch):
    monkeypatch.setenv("INTERNE_KLANTEN_LANG", "en")
    good = tmp_path / "good.toml"
    good.write_text(valid_text, encoding="utf-8")
    status, out, _err = run(capsys, "check", str(good))
    assert status == 0 and out == f"{good}: valid\n"


def test_check_needs_a_file(capsys):
    code, _out, err = run_exit(capsys, "check")
    assert code == 2
    assert "fout: deze argumenten ontbreken: BESTAND" in err


# --- fmt ----------------------------------------------------------------------------------------

HAND_EDITED = """\
# Mijn eigen aantekeningen bovenaan
format = 1
participants = [ { name = "Petra Jansen", role = "directie" }, { present = false, name = "Mo Bakker", role = "monteur" } ]


[customer]
expectations = [ "Werk naar tevredenheid",   "Volgens afspraak" ]
name = 'Opdrachtgever'

[meeting]
date = 2026-09-03
closed = false
organisation = "Loodgietersbedrijf Jansen"
reason = "Monteurs staan te vaak zonder materiaal op de bouw."
facilitator = "Petra Jansen"
follow_up = 2026-12-03
title = "Interne klanten, eerste bijeenkomst"
location = ""

[[steps]]
name = "Offerte en voorbereiding"
id = "voorbereiding"
people = ["Petra Jansen"]
needs = [ { why = "Geen ritjes", id = "n1", what = "Materiaallijst per klus", when = "De dag vóór de start" } ]
asks = [{ id = "r1", what = "Tekorten vóór 14:00 doorgeven", when = "Dagelijks" }]
info = [{ id = "c1", what = "Planning in de gedeelde agenda" }]
[[steps]]
id = "uitvoering"
name = "Uitvoering"
people = ["Mo Bakker",]
  [[steps.needs]]
  what = "Werkbon met uren"
  id = "n2"
  [[steps.needs]]
  id = "n3"
  what = "Foto's van de meterkast"
  why = ""
[[steps]]
id = "facturatie"
name = "Facturatie"
people = [
  "Petra Jansen"
]



[[actions]]
what = "Lijst maken"
id = "a1"
about = "n1"
step = "voorbereiding"
who = "Petra"
[[actions]]
id = "a2"
step = "uitvoering"
who = "Mo"
what = "App testen"
due = 2026-10-15
status = "open"
[[actions]]
id = "a3"
done = 2026-09-10
status = "done"
what = "Bellen"
who = "Petra"
[[actions]]
id = "a4"
note = "Niet nodig"
status = "dropped"
step = "facturatie"
what = "Map"
who = "Mo"

[[feedback]]
what = "Kort en nuttig."   # een opmerking
who = "Petra Jansen"
"""  # noqa: E501  (a hand-edited file: a TOML inline table stays on one line)


def test_hand_edited_file_is_the_same_session(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text(HAND_EDITED, encoding="utf-8")
    assert load_session(path) == build_session()


def test_fmt_rewrites_a_hand_edited_file_into_canonical_form(tmp_path, capsys):
    path = tmp_path / "s.toml"
    path.write_text(HAND_EDITED, encoding="utf-8")
    status, out, _err = run(capsys, "fmt", "--check", str(path))
    assert status == 1 and out == f"{path}: zou veranderen\n"
    assert path.read_text(encoding="utf-8") == HAND_EDITED  # --check changes nothing
    status, out, _err = run(capsys, "fmt", str(path))
    assert status == 0 and out == f"{path}: herschreven\n"
    canonical = dumps_session(build_session())
    assert path.read_text(encoding="utf-8") == canonical
    assert "{" not in canonical and "#" not in canonical.split("\n", 1)[1]
    assert run(capsys, "fmt", "--check", str(path))[0] == 0
    status, out, _err = run(capsys, "fmt", str(path))
    assert status == 0 and out == f"{path}: al in vaste vorm\n"
    assert os.listdir(tmp_path) == ["s.toml"]


def test_fmt_leaves_a_canonical_file_alone(tmp_path, valid_text, capsys):
    path = tmp_path / "s.toml"
    path.write_text(valid_text, encoding="utf-8")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    status, out, _err = run(capsys, "fmt", str(path))
    assert status == 0 and out == f"{path}: al in vaste vorm\n"
    assert os.stat(path).st_mtime == 1_000_000_000
    status, out, _err = run(capsys, "fmt", "--check", str(path))
    assert status == 0 and out == ""


def test_fmt_check_in_english(tmp_path, capsys):
    path = tmp_path / "s.toml"
    path.write_text(HAND_EDITED, encoding="utf-8")
    status, out, _err = run(capsys, "fmt", "--check", "--lang", "en", str(path))
    assert status == 1 and out == f"{path}: would change\n"
    assert path.read_text(encoding="utf-8") == HAND_EDITED


def test_fmt_does_not_rewrite_an_invalid_file(tmp_path, valid_text, capsys):
    good = tmp_path / "good.toml"
    good.write_text(HAND_EDITED, encoding="utf-8")
    bad = tmp_path / "bad.toml"
    text = valid_text.replace('who = "Mo"', 'whoo = "Mo"')
    bad.write_text(text, encoding="utf-8")
    status, out, err = run(capsys, "fmt", str(bad), str(good), str(tmp_path / "missing.toml"))
    assert status == 1
    assert bad.read_text(encoding="utf-8") == text
    assert "actions[2].whoo: onbekende sleutel; bedoelt u 'who'?" in out
    assert f"{bad}: niet herschreven, eerst de problemen oplossen" in err
    assert f"{tmp_path / 'missing.toml'}: niet herschreven" in err
    assert good.read_text(encoding="utf-8") == dumps_session(build_session())  # the others still go
    assert sorted(os.listdir(tmp_path)) == ["bad.toml", "good.toml"]


def test_fmt_keeps_a_byte_order_mark_file_valid(tmp_path, valid_text, capsys):
    path = tmp_path / "s.toml"
    path.write_bytes(b"\xef\xbb\xbf" + valid_text.encode("utf-8"))
    assert run(capsys, "fmt", "--check", str(path))[0] == 1
    assert run(capsys, "fmt", str(path))[0] == 0
    assert path.read_bytes() == valid_text.encode("utf-8")


def test_fmt_save_failure_is_reported(tmp_path, capsys, monkeypatch):
    path = tmp_path / "s.toml"
    path.write_text(HAND_EDITED, encoding="utf-8")

    def boom(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    status, _out, err = run(capsys, "fmt", str(path))
    assert status == 1 and "opslaan mislukt: No space left on device" in err
    assert path.read_text(encoding="utf-8") == HAND_EDITED


# --- help, version, language --------------------------------------------------------------------


def test_help_is_dutch_by_default(capsys):
    code, out, _err = run_exit(capsys, "--help")
    assert code == 0
    assert out.startswith("gebruik: interne-klanten")
    assert "opties:" in out and "opdrachten:" in out
    assert "toon deze hulp en stop" in out
    assert "usage:" not in out and "show this help" not in out


def test_help_in_english(capsys):
    code, out, _err = run_exit(capsys, "--lang", "en", "--help")
    assert code == 0
    assert out.startswith("usage: interne-klanten")
    assert "options:" in out and "show this help message and exit" in out
    assert "gebruik:" not in out


def test_help_in_english_through_the_environment(capsys, monkeypatch):
    monkeypatch.setenv("INTERNE_KLANTEN_LANG", "en")
    code, out, _err = run_exit(capsys, "-h")
    assert code == 0 and out.startswith("usage:")


def test_subcommand_help(capsys):
    code, out, _err = run_exit(capsys, "new", "--help")
    assert code == 0
    assert out.startswith("gebruik: interne-klanten new")
    assert "--organisation" in out and "JJJJ-MM-DD" in out
    code, out, _err = run_exit(capsys, "fmt", "--lang", "en", "--help")
    assert code == 0 and out.startswith("usage: interne-klanten fmt") and "--check" in out


def test_version(capsys):
    from tui import __version__

    code, out, _err = run_exit(capsys, "--version")
    assert code == 0 and out.strip() == f"interne-klanten {__version__}"


def test_usage_errors_are_translated(capsys):
    code, _out, err = run_exit(capsys, "check", "x.toml", "--bogus")
    assert code == 2 and "fout: onbekende argumenten: --bogus" in err
    code, _out, err = run_exit(capsys, "--lang", "en", "new")
    assert code == 2 and "error: the following arguments are required: --organisation" in err


def test_language_does_not_leak_between_runs(capsys, tmp_path, valid_text):
    path = tmp_path / "s.toml"
    path.write_text(valid_text, encoding="utf-8")
    assert run(capsys, "check", "--lang", "en", str(path))[1] == f"{path}: valid\n"
    assert run(capsys, "check", str(path))[1] == f"{path}: in orde\n"
    assert i18n.get_language() == "nl"


def test_python_dash_m_tui_help():
    result = subprocess.run(
        [sys.executable, "-m", "tui", "--help"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "INTERNE_KLANTEN_LANG": ""},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("gebruik: interne-klanten")
    assert "Traceback" not in result.stderr


def test_python_dash_m_tui_check(tmp_path, valid_text):
    path = tmp_path / "s.toml"
    path.write_text(valid_text.replace("format = 1", "format = 1\nextra = 1"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tui", "--lang", "en", "check", str(path)],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert f"{path}:3:1: extra: unknown key" in result.stdout
    assert "Traceback" not in result.stderr


def test_unreadable_file_is_a_problem_not_a_traceback(tmp_path, valid_text, capsys, monkeypatch):
    """Tests run as root here, so chmod cannot make a file unreadable: simulate the refusal."""
    import pathlib

    path = tmp_path / "s.toml"
    path.write_text(HAND_EDITED, encoding="utf-8")
    real_read_bytes = pathlib.Path.read_bytes

    def read_bytes(self):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    for argv in (["check", str(path)], ["fmt", str(path)], ["fmt", "--check", str(path)]):
        status, out, _err = run(capsys, *argv)
        assert status == 1
        assert f"{path}: kan het bestand niet lezen: Permission denied" in out
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == HAND_EDITED
