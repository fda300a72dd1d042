"""The words of the summary and the exports, in Dutch and English, and the phrases they share.

Every report (terminal summary, memo, page, worksheet, CSV, calendar) says the same things: an
action is "te laat", a step's internal customer is "the people of step 2", since the previous
meeting "9 van 14 afspraken nagekomen". Those phrases are built here once, from the session, as
plain strings; each report only decides how to show them. Nothing here imports Rich, so the
exports that do not need it (memo, CSV, calendar) stay light.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from tui.core.model import Action, Session, Step, id_number
from tui.core.text import clean_line
from tui.i18n import register, t

if TYPE_CHECKING:
    from tui.core.compare import Comparison


def format_date(value: date | None) -> str:
    """:func:`tui.core.dates.format_date`, imported on first use: every command of the CLI loads
    this module for the help texts below, and ``check`` in a git hook need not load the calendar."""
    from tui.core.dates import format_date as format_date_

    return format_date_(value)


register(
    {
        # --- shared --------------------------------------------------------------------------
        "summary.title_default": ("Interne klanten", "Internal customers"),
        "summary.date": ("Datum", "Date"),
        "summary.location": ("Plaats", "Location"),
        "summary.facilitator": ("Gespreksleider", "Facilitator"),
        "summary.present": ("Aanwezig ({count})", "Present ({count})"),
        "summary.absent": ("Afwezig", "Absent"),
        "summary.reason": ("Waarom", "Why"),
        "summary.goal": ("Doel", "Goal"),
        "summary.follow_up": ("Vervolgoverleg", "Follow-up"),
        "summary.today": ("vandaag", "today"),
        "summary.in_days": ("over {days}", "in {days}"),
        "summary.days_ago": ("{days} geleden", "{days} ago"),
        "summary.day": ("1 dag", "1 day"),
        "summary.days": ("{count} dagen", "{count} days"),
        "summary.chain": ("De keten", "The chain"),
        "summary.external_customer": ("externe klant", "external customer"),
        "summary.step": ("Stap {number}: {name}", "Step {number}: {name}"),
        "summary.people": ("Mensen", "People"),
        "summary.customer": ("Interne klant", "Internal customer"),
        "summary.customer_next": ("de mensen van stap {number}", "the people of step {number}"),
        "summary.customer_external": ("de externe klant", "the external customer"),
        "summary.nobody": ("nog niemand ingevuld", "nobody filled in yet"),
        "summary.no_items": (
            "Nog niets afgesproken voor deze stap.",
            "Nothing agreed for this step yet.",
        ),
        "summary.kind.needs": (
            "Wat de interne klant nodig heeft",
            "What the internal customer needs",
        ),
        "summary.kind.asks": ("Wat deze stap terug verwacht", "What this step expects back"),
        "summary.kind.info": (
            "Informatie- en communicatieafspraken",
            "Information and communication agreements",
        ),
        "summary.when": ("wanneer", "when"),
        "summary.why": ("waarom", "why"),
        "summary.step_actions": ("Actiepunten", "Action points"),
        "summary.customer_heading": ("Externe klant: {name}", "External customer: {name}"),
        "summary.expectations": ("Wat de klant verwacht", "What the client expects"),
        "summary.no_expectations": ("Geen verwachtingen vastgelegd.", "No expectations recorded."),
        "summary.actions": (
            "Actiepunten: {open} open, waarvan {overdue} te laat",
            "Action points: {open} open, {overdue} of them overdue",
        ),
        "summary.actions_in_time": ("Actiepunten: {open} open", "Action points: {open} open"),
        "summary.actions_open": ("Open, op datum", "Open, by due date"),
        "summary.actions_closed": ("Gedaan of vervallen", "Done or dropped"),
        "summary.no_actions": ("Geen actiepunten.", "No action points."),
        "summary.no_due": ("geen datum", "no date"),
        "summary.no_step": ("algemeen", "general"),
        "summary.note": ("notitie", "note"),
        "summary.state.open": ("open", "open"),
        "summary.state.overdue": ("te laat, {days}", "overdue, {days}"),
        "summary.state.overdue_short": ("te laat", "overdue"),
        "summary.state.done": ("gedaan op {date}", "done on {date}"),
        "summary.state.done_short": ("gedaan", "done"),
        "summary.state.dropped": ("vervallen", "dropped"),
        "summary.feedback": ("Slotronde", "Closing round"),
        "summary.no_feedback": ("Geen reacties vastgelegd.", "No reactions recorded."),
        "summary.since": ("Sinds de vorige keer", "Since last time"),
        "summary.since_date": ("Sinds de vorige keer ({date})", "Since last time ({date})"),
        "summary.kept": (
            "Afspraken nagekomen: {done} van de {due} actiepunten die klaar moesten zijn, zijn "
            "gedaan ({percent}%), {on_time} daarvan op tijd.",
            "Agreements kept: {done} of the {due} action points that were due are done "
            "({percent}%), {on_time} of them on time.",
        ),
        "summary.kept_none_due": (
            "Er waren nog geen afspraken die klaar moesten zijn.",
            "No agreements were due yet.",
        ),
        "summary.since.done_on_time": ("Op tijd gedaan", "Done on time"),
        "summary.since.done_late": (
            "Gedaan, maar later dan afgesproken",
            "Done, but later than agreed",
        ),
        "summary.since.overdue": ("Nog open en over de datum", "Still open and overdue"),
        "summary.since.postponed": ("Uitgesteld", "Postponed"),
        "summary.since.reassigned": ("Andere eigenaar", "New owner"),
        "summary.since.dropped": ("Vervallen actiepunten", "Dropped action points"),
        "summary.since.removed": ("Uit de lijst gehaald", "Removed from the list"),
        "summary.since.new": ("Nieuwe actiepunten", "New action points"),
        "summary.since.items_added": ("Nieuwe afspraken", "New agreements"),
        "summary.since.items_changed": ("Gewijzigde afspraken", "Changed agreements"),
        "summary.since.items_moved": ("Naar een andere stap", "Moved to another step"),
        "summary.since.items_removed": ("Vervallen afspraken", "Agreements removed"),
        "summary.since.chain": ("De keten", "The chain"),
        "summary.since.joined": ("Nieuw in een stap", "New in a step"),
        "summary.since.left": ("Niet meer in een stap", "No longer in a step"),
        "summary.since.step_added": ("nieuwe stap", "new step"),
        "summary.since.step_removed": ("stap vervallen", "step removed"),
        "summary.since.order": ("Andere volgorde van de stappen", "Steps in a new order"),
        "summary.since.was": ("was: {old}", "was: {old}"),
        "summary.since.field_now": ("{field} nu: {new}", "{field} now: {new}"),
        "summary.since.who_due": ("{who}, klaar op {due}", "{who}, due {due}"),
        "summary.previous_missing": (
            "De vorige sessie ({file}) staat niet naast dit bestand; zonder vergelijking.",
            "The previous session ({file}) is not next to this file; no comparison.",
        ),
        "summary.previous_broken": (
            "De vorige sessie ({file}) kan niet worden gelezen; zonder vergelijking.",
            "The previous session ({file}) cannot be read; no comparison.",
        ),
        # --- the commands (commands/summary.py, commands/worksheet.py) ---
        "summary.cli.help": (
            "druk een samenvatting af, of exporteer: memo (markdown), pagina (html), "
            "actiepunten (csv), agenda (ics)",
            "print a summary, or export it: memo (markdown), page (html), action points (csv), "
            "calendar (ics)",
        ),
        "export.worksheet_help": (
            "maak het werkblad om voor de bijeenkomst uit te delen (html, A4)",
            "make the worksheet to hand out before the meeting (html, A4)",
        ),
        "export.file": ("het sessiebestand (.toml)", "the session file (.toml)"),
        "export.format": (
            "terminal (standaard): samenvatting op het scherm; markdown: memo voor alle "
            "medewerkers; html: afdrukbare pagina; csv: actiepunten voor een spreadsheet; "
            "ics: vervolgoverleg en actiedatums voor de agenda",
            "terminal (default): summary on screen; markdown: memo for all employees; html: "
            "printable page; csv: action points for a spreadsheet; ics: follow-up and action "
            "dates for the calendar",
        ),
        "export.output": (
            "schrijf naar dit bestand in plaats van naar de standaarduitvoer",
            "write to this file instead of standard output",
        ),
        "export.force": (
            "overschrijf een bestaand uitvoerbestand",
            "overwrite an existing output file",
        ),
        "export.worksheet": (
            "het werkblad in plaats van de samenvatting (html)",
            "the worksheet instead of the summary (html)",
        ),
        "export.metavar.path": ("PAD", "PATH"),
        "export.worksheet_format": (
            "--worksheet maakt een html-werkblad; laat --format weg of kies --format html",
            "--worksheet makes an html worksheet; leave out --format or choose --format html",
        ),
        "export.not_for_terminal": (
            "{format} is niet om op het scherm te lezen; geef een bestand met --output, "
            "bijvoorbeeld: --output {example}",
            "{format} is not for reading on screen; name a file with --output, "
            "for example: --output {example}",
        ),
        "export.exists": (
            "{path} bestaat al; kies een andere naam of gebruik --force om het te overschrijven",
            "{path} already exists; choose another name or use --force to overwrite it",
        ),
        "export.same_as_input": (
            "{path} is het sessiebestand zelf; kies een ander uitvoerbestand",
            "{path} is the session file itself; choose another output file",
        ),
        "export.written": ("Geschreven: {path}", "Written: {path}"),
        "export.failed": (
            "{path} kan niet worden geschreven: {error}",
            "cannot write {path}: {error}",
        ),
        "export.fix_first": (
            "{file} kan niet worden gelezen; los eerst de problemen hierboven op.",
            "{file} cannot be read; fix the problems above first.",
        ),
        # --- the memo (memo.py) ---
        "memo.greeting": ("Aan alle medewerkers,", "To all employees,"),
        "memo.intro": (
            "Op {date} hebben we met {count} collega's de stappen van ons werk doorgelopen: wat "
            "heeft de volgende stap (de interne klant) van ons nodig, wanneer en waarom. Hieronder "
            "staat wat we hebben afgesproken.",
            "On {date}, {count} colleagues walked through the steps of our work: what does the "
            "next step (the internal customer) need from us, when and why. Below is what we "
            "agreed.",
        ),
        "memo.intro_no_count": (
            "Op {date} hebben we de stappen van ons werk doorgelopen: wat heeft de volgende stap "
            "(de interne klant) van ons nodig, wanneer en waarom. Hieronder staat wat we hebben "
            "afgesproken.",
            "On {date} we walked through the steps of our work: what does the next step (the "
            "internal customer) need from us, when and why. Below is what we agreed.",
        ),
        "memo.led_by": ("Gespreksleider: {name}.", "Facilitator: {name}."),
        "memo.main": ("Het belangrijkste", "The main points"),
        "memo.new": ("Nieuw", "New"),
        "memo.changed": ("Gewijzigd", "Changed"),
        "memo.moved": ("Naar een andere stap", "Moved"),
        "memo.removed": ("Vervallen", "Removed"),
        "memo.done_since": ("Gedaan sinds {date}", "Done since {date}"),
        "memo.dropped": ("Vervallen actiepunten", "Dropped action points"),
        "memo.postponed": ("Uitgesteld", "Postponed"),
        "memo.actions": ("Wie doet wat, en wanneer", "Who does what, and when"),
        "memo.no_actions": ("Er staan geen actiepunten open.", "No action points are open."),
        "memo.by": ("vóór {date}", "by {date}"),
        "memo.no_date": ("zonder datum", "no date"),
        "memo.overdue": ("te laat", "overdue"),
        "memo.steps": ("Afspraken per stap", "Agreements per step"),
        "memo.step": ("{number}. {name}", "{number}. {name}"),
        "memo.step_people": (
            "Wie: {people}. Interne klant: {customer}.",
            "Who: {people}. Internal customer: {customer}.",
        ),
        "memo.kind.needs": ("Wat de volgende stap nodig heeft:", "What the next step needs:"),
        "memo.kind.asks": ("Wat deze stap terug verwacht:", "What this step expects back:"),
        "memo.kind.info": ("Informatie en communicatie:", "Information and communication:"),
        "memo.customer": ("De klant: {name}", "The client: {name}"),
        "memo.customer_expects": (
            "Wat de klant van ons verwacht:",
            "What the client expects from us:",
        ),
        "memo.next": ("Volgende bijeenkomst", "Next meeting"),
        "memo.next_date": (
            "Op {date} komen we weer bij elkaar en kijken we wat er van deze afspraken is "
            "terechtgekomen.",
            "On {date} we meet again to see what has come of these agreements.",
        ),
        "memo.questions": (
            "Vragen of aanvullingen? Laat het weten aan {name}.",
            "Questions or additions? Let {name} know.",
        ),
        # --- the page and the worksheet (page.py) ---
        "page.kicker": ("Interne klanten · samenvatting", "Internal customers · summary"),
        "page.overview": ("De bijeenkomst", "The meeting"),
        "page.agreements": ("Afspraken per stap", "Agreements per step"),
        "page.col.id": ("id", "id"),
        "page.col.what": ("Wat", "What"),
        "page.col.when": ("Wanneer", "When"),
        "page.col.why": ("Waarom", "Why"),
        "page.col.due": ("Klaar op", "Due"),
        "page.col.who": ("Wie", "Who"),
        "page.col.step": ("Stap", "Step"),
        "page.col.status": ("Status", "Status"),
        "page.worksheet.kicker": ("Interne klanten · werkblad", "Internal customers · worksheet"),
        "page.worksheet.title": (
            "Werkblad: wie is de interne klant?",
            "Worksheet: who is the internal customer?",
        ),
        "page.worksheet.intro": (
            "Elke stap levert werk aan de volgende stap: de mensen daar zijn uw interne klant. "
            "Schrijf per stap op wat de interne klant nodig heeft: wat, wanneer en waarom. En wat "
            "u als leverancier terug verwacht: een duidelijke en tijdige vraag. Neem het blad mee "
            "naar de bijeenkomst.",
            "Every step delivers work to the next step: the people there are your internal "
            "customer. Write down per step what the internal customer needs: what, when and why. "
            "And what you as the supplier expect back: a clear and timely request. Bring the sheet "
            "to the meeting.",
        ),
        "page.worksheet.model": ("Het model", "The model"),
        "page.worksheet.works_here": ("Wie werkt hier", "Who works here"),
        "page.worksheet.needs": (
            "Wat heeft de interne klant nodig? (verwachtingen/eisen)",
            "What does the internal customer need? (expectations/requirements)",
        ),
        "page.worksheet.asks": (
            "Wat verwacht deze stap terug? (een duidelijke, tijdige vraag)",
            "What does this step expect back? (a clear, timely request)",
        ),
        "page.worksheet.info": ("Informatie/communicatie", "Information/communication"),
        "page.worksheet.customer": (
            "Wat verwacht de externe klant?",
            "What does the external customer expect?",
        ),
        "page.worksheet.actions": (
            "Actiepunten (wat, wie, wanneer klaar)",
            "Action points (what, who, done by when)",
        ),
        "page.worksheet.name": ("Naam", "Name"),
        # --- the action points as CSV (actions_csv.py) ---
        "csv.id": ("id", "id"),
        "csv.step": ("stap", "step"),
        "csv.what": ("wat", "what"),
        "csv.who": ("wie", "who"),
        "csv.due": ("klaar op", "due"),
        "csv.status": ("status", "status"),
        "csv.done": ("gedaan op", "done on"),
        "csv.note": ("notitie", "note"),
        "csv.status.open": ("open", "open"),
        "csv.status.done": ("gedaan", "done"),
        "csv.status.dropped": ("vervallen", "dropped"),
        # --- the calendar (calendar.py) ---
        "ics.calendar_name": (
            "Interne klanten: {organisation}",
            "Internal customers: {organisation}",
        ),
        "ics.follow_up": (
            "Vervolgbijeenkomst interne klanten ({organisation})",
            "Internal customers follow-up meeting ({organisation})",
        ),
        "ics.follow_up_description": (
            "Vervolg op de bijeenkomst van {date}: nagaan welke afspraken zijn nagekomen. "
            "Open actiepunten: {open}.",
            "Follow-up of the meeting of {date}: review which agreements were kept. "
            "Open action points: {open}.",
        ),
        "ics.action": ("Actiepunt {id}: {what} ({who})", "Action point {id}: {what} ({who})"),
        "ics.action_description": (
            "{what}\n\nWie: {who}\nStap: {step}\nKlaar op: {due}\n"
            "Afgesproken in de bijeenkomst van {date}.",
            "{what}\n\nWho: {who}\nStep: {step}\nDue: {due}\nAgreed in the meeting of {date}.",
        ),
        "ics.note": ("Notitie: {note}", "Note: {note}"),
    }
)


# --- phrases shared by the reports ---------------------------------------------------------------


def meeting_title(session: Session) -> str:
    return clean_line(session.meeting.title) or t("summary.title_default")


def days_text(count: int) -> str:
    return t("summary.day") if count == 1 else t("summary.days", count=count)


def relative_day(day: date, today: date) -> str:
    """``(over 91 dagen)``, ``(vandaag)``, ``(3 dagen geleden)``: how far a date is from today."""
    delta = (day - today).days
    if delta == 0:
        return f"({t('summary.today')})"
    if delta > 0:
        return f"({t('summary.in_days', days=days_text(delta))})"
    return f"({t('summary.days_ago', days=days_text(-delta))})"


def customer_of(session: Session, step: Step) -> tuple[str, str]:
    """The internal customer of ``step`` as ``(names, where)``; ``where`` explains a derived one."""
    customer = session.internal_customer(step.id)
    names = ", ".join(customer.names) or t("summary.nobody")
    if customer.source == "next":
        return names, t("summary.customer_next", number=session.step_index(customer.step_id) + 1)
    if customer.source == "external":
        return names, t("summary.customer_external")
    return names, ""


def step_label(session: Session, step_id: str) -> str:
    """The name of the step an action belongs to; "algemeen" for an action of no step."""
    if not step_id:
        return t("summary.no_step")
    for step in session.steps:
        if step.id == step_id:
            return step.name
    return step_id


def action_state(action: Action, today: date, *, short: bool = False) -> str:
    """The status of an action in words: open, te laat (and how long), gedaan op …, vervallen."""
    if action.status == "done":
        if short or action.done is None:
            return t("summary.state.done_short")
        return t("summary.state.done", date=format_date(action.done))
    if action.status == "dropped":
        return t("summary.state.dropped")
    if action.due is not None and action.is_overdue(today):
        if short:
            return t("summary.state.overdue_short")
        return t("summary.state.overdue", days=days_text((today - action.due).days))
    return t("summary.state.open")


def _by_due(action: Action) -> tuple:
    return (action.due is None, action.due or date.max, id_number(action.id), action.id)


def actions_heading(open_: list[Action], today: date) -> str:
    """``Actiepunten: 8 open, waarvan 3 te laat`` (or only ``8 open`` when none is late)."""
    overdue = sum(action.is_overdue(today) for action in open_)
    if overdue:
        return t("summary.actions", open=len(open_), overdue=overdue)
    return t("summary.actions_in_time", open=len(open_))


def split_actions(session: Session) -> tuple[list[Action], list[Action]]:
    """The open actions by due date (no date last), and the done or dropped ones likewise."""
    open_ = sorted((a for a in session.actions if a.status == "open"), key=_by_due)
    closed = sorted((a for a in session.actions if a.status != "open"), key=_by_due)
    return open_, closed


def cell(value: str) -> str:
    """Session text for a one-line place (a list entry, a calendar title): cleaned, one line."""
    return clean_line(value)


# --- since last time ---------------------------------------------------------------------------


@dataclass
class SinceEntry:
    """One thing that changed: ``ref`` (an id or a name), its text, and a short detail."""

    ref: str
    text: str = ""
    detail: str = ""
    note: str = ""


@dataclass
class SinceGroup:
    key: str
    label: str
    entries: list[SinceEntry]
    compact: bool = True
    """Compact groups (action points) show refs and details; the others show the full text."""


@dataclass
class SinceLastTime:
    """What changed since the previous meeting, as phrases every report can show."""

    previous_date: str
    headline: str
    groups: list[SinceGroup] = field(default_factory=list)


ACTION_GROUPS = (
    "done_on_time",
    "done_late",
    "overdue",
    "postponed",
    "reassigned",
    "dropped",
    "removed",
    "new",
)
"""The action groups of the comparison shown since last time (still-open ones are not news)."""


def since_last_time(
    previous: Session | None, session: Session, *, previous_name: str = ""
) -> SinceLastTime | None:
    """Compare ``previous`` with ``session`` and say what changed, most telling first.

    The comparison is :func:`tui.core.compare.compare_sessions` (the same one ``compare``
    prints), so the figures here and there agree. "Agreements kept" is its figure: of the action
    points that were due by the new meeting and not dropped, how many are done.
    """
    if previous is None:
        return None
    from tui.core.compare import compare_sessions

    found = compare_sessions(previous, session, old_name=previous_name)
    kept = found.kept
    if kept.due:
        headline = t(
            "summary.kept",
            done=kept.done,
            due=kept.due,
            percent=kept.percent,
            on_time=kept.on_time,
        )
    else:
        headline = t("summary.kept_none_due")
    since = SinceLastTime(format_date(found.old_date), headline)
    since.groups.extend(_action_groups(found))
    since.groups.extend(_item_groups(found, session))
    since.groups.extend(_people_groups(found))
    return since


def _action_groups(found: Comparison) -> list[SinceGroup]:
    actions = found.actions
    groups = []
    for key in ACTION_GROUPS:
        entries = []
        for action_id in actions.group(key):
            action = actions.entries[action_id]
            who = cell(action.who)
            if key == "postponed":
                before = actions.before[action_id]
                detail = f"{format_date(before.due)} → {format_date(action.due)}"
            elif key == "reassigned":
                before = actions.before[action_id]
                detail = f"{cell(before.who)} → {who}"
            elif key in ("overdue", "new") and action.due:
                detail = t("summary.since.who_due", who=who, due=format_date(action.due))
            else:
                detail = who
            note = cell(action.note) if key in ("dropped", "postponed", "reassigned") else ""
            entries.append(SinceEntry(action_id, cell(action.what), detail, note))
        if entries:
            groups.append(SinceGroup(f"actions.{key}", t(f"summary.since.{key}"), entries))
    return groups


def _step_name(found: Comparison, step_id: str) -> str:
    return cell(found.step_name(step_id))


def _item_groups(found: Comparison, session: Session) -> list[SinceGroup]:
    items = found.items
    groups = []
    added = [
        SinceEntry(i.id, cell(i.texts["what"]), _step_name(found, i.step)) for i in items.added
    ]
    changed: dict[str, SinceEntry] = {}
    for change in items.changed:
        entry = changed.setdefault(
            change.id, SinceEntry(change.id, detail=_step_name(found, change.step))
        )
        if change.field == "what":
            entry.text = cell(change.new)
            entry.note = t("summary.since.was", old=cell(change.old))
        else:
            label = t(f"summary.{change.field}")
            entry.note = (entry.note + "; " if entry.note else "") + t(
                "summary.since.field_now", field=label, new=cell(change.new) or "–"
            )
    moved = [
        SinceEntry(
            m.id, detail=f"{_step_name(found, m.old_step)} → {_step_name(found, m.new_step)}"
        )
        for m in items.moved
    ]
    removed = [
        SinceEntry(i.id, cell(i.texts["what"]), _step_name(found, i.step)) for i in items.removed
    ]
    current = {item.id: item.what for _step, _kind, item in session.iter_items()}
    for entry in (*changed.values(), *moved):
        entry.text = entry.text or cell(current.get(entry.ref, ""))
    for key, entries in (
        ("added", added),
        ("changed", list(changed.values())),
        ("moved", moved),
        ("removed", removed),
    ):
        if entries:
            groups.append(
                SinceGroup(f"items.{key}", t(f"summary.since.items_{key}"), entries, compact=False)
            )
    return groups


def _people_groups(found: Comparison) -> list[SinceGroup]:
    steps = found.steps
    joined: list[SinceEntry] = []
    left: list[SinceEntry] = []
    for change in steps.people:
        where = _step_name(found, change.step)
        joined.extend(SinceEntry(cell(name), detail=where) for name in change.added)
        left.extend(SinceEntry(cell(name), detail=where) for name in change.removed)
    chain = [
        SinceEntry(_step_name(found, i), detail=t("summary.since.step_added")) for i in steps.added
    ]
    chain += [
        SinceEntry(_step_name(found, i), detail=t("summary.since.step_removed"))
        for i in steps.removed
    ]
    chain += [
        SinceEntry(cell(r.new), detail=t("summary.since.was", old=cell(r.old)))
        for r in steps.renamed
    ]
    if steps.order:
        chain.append(SinceEntry(t("summary.since.order")))
    groups = []
    for key, entries in (("chain", chain), ("joined", joined), ("left", left)):
        if entries:
            groups.append(SinceGroup(f"steps.{key}", t(f"summary.since.{key}"), entries))
    return groups
