"""Generated series of meetings with known answers, for the series and overview tests.

``make_series(folder, n)`` writes ``n`` meetings (a first one and ``n - 1`` follow-ups made with
the code's own follow-up function), 91 days apart from 3 September 2026, with a fixed plan:

- the first meeting has three action points due 30 days later: ``X`` (step ``voorbereiding``,
  Petra), ``Y`` (step ``uitvoering``, Mo) and ``C`` (about need ``n1``, Petra), which stays open
  for ever;
- at each follow-up the ``X`` and ``Y`` made at the meeting before are done, ``X`` five days
  before its due date (on time) and ``Y`` ten days after it (late), and a new ``X`` and ``Y`` are
  made, due 30 days later;
- at the second meeting need ``n3`` and info ``c1`` are removed; at the third a need much like
  ``n3`` is added under a new id, and ``c1`` is put back under its own id.

So, at meeting ``k`` (0-based): kept = ``Kept(done=2k, due=2k+1, on_time=k)`` for ``k >= 1``; the
register has 3 open, of which 1 overdue (``C``) from ``k >= 1``, ``2k`` done, ``2`` new (3 at the
first). ``n1`` is unresolved in all meetings; ``n3`` and ``c1`` came back (from 3 meetings on).
By step at the end: ``voorbereiding`` ``n`` due, ``n - 1`` done and on time, 1 overdue;
``uitvoering`` ``n - 1`` due, all done, none on time.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from tui.core import edits
from tui.core.followup import follow_up
from tui.core.model import Customer, Item, Meeting, Session, Step
from tui.storage.files import session_file_name
from tui.storage.toml_format import dumps_session

FIRST_DAY = date(2026, 9, 3)
GAP = timedelta(days=91)
ORGANISATION = "Loodgietersbedrijf Jansen"


def day(k: int) -> date:
    return FIRST_DAY + GAP * k


def first_meeting(organisation: str = ORGANISATION) -> Session:
    session = Session(
        meeting=Meeting(organisation=organisation, date=day(0), follow_up=day(1)),
        customer=Customer("Opdrachtgever"),
        steps=[
            Step(
                "voorbereiding", "Offerte en voorbereiding", people=["Petra Jansen"],
                needs=[
                    Item("n1", "Materiaallijst per klus", "De dag vóór de start"),
                    Item("n3", "Foto's van de meterkast bij de aanvraag"),
                ],
                info=[Item("c1", "Planning in de gedeelde agenda")],
            ),
            Step("uitvoering", "Uitvoering", people=["Mo Bakker"],
                 needs=[Item("n2", "Werkbon met uren")]),
        ],
    )  # fmt: skip
    due = day(0) + timedelta(days=30)
    edits.add_action(session, "X0", who="Petra", due=due, step="voorbereiding")
    edits.add_action(session, "Y0", who="Mo", due=due, step="uitvoering")
    edits.add_action(session, "C", who="Petra", due=due, step="voorbereiding", about="n1")
    return session


def next_meeting(old: Session, old_name: str, k: int) -> Session:
    new = follow_up(old, old_name, day(k))
    edits.update_meeting(new, follow_up=day(k + 1))
    for action in list(new.actions):
        if action.what == f"X{k - 1}":
            assert action.due is not None
            edits.complete_action(new, action.id, action.due - timedelta(days=5))
        elif action.what == f"Y{k - 1}":
            assert action.due is not None
            edits.complete_action(new, action.id, action.due + timedelta(days=10))
    due = day(k) + timedelta(days=30)
    edits.add_action(new, f"X{k}", who="Petra", due=due, step="voorbereiding")
    edits.add_action(new, f"Y{k}", who="Mo", due=due, step="uitvoering")
    if k == 1:
        edits.remove_item(new, "n3")
        edits.remove_item(new, "c1")
    if k == 2:
        edits.add_item(new, "voorbereiding", "needs", "Bij elke aanvraag foto's van de meterkast")
        new.step("voorbereiding").info.append(Item("c1", "Planning in de gedeelde agenda"))
    return new


def make_series(folder: Path, n: int, organisation: str = ORGANISATION) -> list[Path]:
    """Write the ``n`` meetings into ``folder``; their paths, oldest first."""
    folder.mkdir(parents=True, exist_ok=True)
    session = first_meeting(organisation)
    paths = []
    for k in range(n):
        if k:
            session = next_meeting(session, paths[-1].name, k)
        path = folder / session_file_name(organisation, day(k))
        path.write_text(dumps_session(session), encoding="utf-8")
        paths.append(path)
    return paths
