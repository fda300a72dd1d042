"""The action points as CSV, made to open correctly in a Dutch spreadsheet program.

Decisions (also in the README):

- **Delimiter ``;``.** Dutch Excel uses the comma as the decimal separator and therefore expects
  ``;`` between the cells of a CSV file; a comma-separated file opens as one column there.
  LibreOffice and Google Sheets detect ``;`` by themselves.
- **UTF-8 with a byte-order mark.** Without it Excel reads the file as Windows-1252 and "één" or
  "€" come out garbled; with it, Excel recognises UTF-8.
- **CRLF line ends** and quoting as RFC 4180 says; a note with line breaks stays in one cell.
- **Dates as ISO (2026-12-15)**, in both languages: Excel and LibreOffice recognise it as a date
  in every locale (and show it in the user's own format), it sorts correctly even as text, and a
  script reads it without guessing. ``15-12-2026`` would be read as a date by Dutch Excel only.
- **Rows in file order** (the order of the register); the spreadsheet sorts as people wish.
- **Headers and status words in the chosen language**; the ``step`` column holds the step's name,
  which is what people recognise (ids are in ``id``), and for an action of no step the word every
  other report uses ("algemeen", "general").
- **Formula injection.** A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
  gets a leading ``'`` so the spreadsheet shows it as text instead of running it (OWASP's advice):
  an action named ``=HYPERLINK("http://…")`` must not become a link or a formula. So does one where
  blanks or line breaks come first (``"\n=1+1"``, ``"  =1+1"``): a spreadsheet program that trims
  a cell, or a person who removes the empty first line, would otherwise run it.
"""

from __future__ import annotations

import csv
import io

from tui.core.model import Session
from tui.core.text import clean_text
from tui.i18n import t
from tui.reports import phrases

COLUMNS = ("id", "step", "what", "who", "due", "status", "done", "note")
DELIMITER = ";"
BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_SIGNS = ("=", "+", "-", "@")
"""What starts a formula also after leading blanks and line breaks."""


def neutralise(value: str) -> str:
    """A cell value a spreadsheet shows as text: a leading ``'`` before a formula character, also
    when blanks or line breaks come before it."""
    if value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_SIGNS):
        return "'" + value
    return value


def action_rows(session: Session) -> list[list[str]]:
    """The header and one row per action point, as the spreadsheet should show them."""
    rows = [[t(f"csv.{name}") for name in COLUMNS]]
    for action in session.actions:
        status = (
            t(f"csv.status.{action.status}")
            if action.status in ("open", "done", "dropped")
            else action.status
        )
        values = [
            action.id,
            phrases.step_label(session, action.step),
            action.what,
            action.who,
            action.due.isoformat() if action.due else "",
            status,
            action.done.isoformat() if action.done else "",
            action.note,
        ]
        rows.append([neutralise(clean_text(value)) for value in values])
    return rows


def actions_csv(session: Session) -> str:
    """The CSV text, starting with the byte-order mark; write it encoded as UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(action_rows(session))
    return BOM + out.getvalue()


def actions_csv_bytes(session: Session) -> bytes:
    return actions_csv(session).encode("utf-8")
