"""The texts of the summary, the exports and their commands, Dutch and English."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- shared --------------------------------------------------------------------------
    "summary.title_default": ("Interne klanten", "Internal customers"),
    "summary.date": ("Datum", "Date"),
    "summary.location": ("Plaats", "Location"),
    "summary.facilitator": ("Gespreksleider", "Facilitator"),
    "summary.present": ("Aanwezig ({count})", "Present ({count})"),
    "summary.absent": ("Afwezig", "Absent"),
    "summary.reason": ("Waarom", "Why"),
    "summary.goal": ("Doel", "Goal"),
    "summary.follow_up": ("Vervolgbijeenkomst", "Follow-up"),
    "summary.today": ("vandaag", "today"),
    "summary.in_days": ("over {days}", "in {days}"),
    "summary.days_ago": ("{days} geleden", "{days} ago"),
    "summary.day": ("1 dag", "1 day"),
    "summary.days": ("{count} {count:dag|dagen}", "{count} {count:day|days}"),
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
        "Afspraken nagekomen: {done} van de {due} {due:actiepunt|actiepunten} die klaar moesten "
        "zijn, zijn "
        "gedaan ({percent}%), {on_time} daarvan op tijd.",
        "Agreements kept: {done} of the {due} {due:action point|action points} that were due are "
        "done "
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
    "summary.since.overdue": ("Nog open en te laat", "Still open and overdue"),
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
        "ics: vervolgbijeenkomst en actiedatums voor de agenda",
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
    "export.no_reminders": (
        "alleen bij --format ics: zonder herinneringen (die komen om 09:00 op de werkdag vóór "
        "elke actiedatum en de vervolgbijeenkomst)",
        "only with --format ics: without reminders (they come at 09:00 on the working day "
        "before each action's due date and the follow-up meeting)",
    ),
    "export.no_reminders_format": (
        "--no-reminders hoort bij de agenda; kies --format ics",
        "--no-reminders belongs to the calendar; choose --format ics",
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
    # an event the calendar must remove (calendar.py: done, dropped, no date, no longer listed)
    "ics.state_title": ("{state}: {title}", "{state}: {title}"),
    "ics.cancelled.done": ("Gedaan", "Done"),
    "ics.cancelled.dropped": ("Vervallen", "Dropped"),
    "ics.cancelled.undated": ("Geen datum meer", "No date any more"),
    "ics.cancelled.removed": ("Niet meer op de lijst", "No longer listed"),
    # the reminder (VALARM) on the working day before
    "ics.reminder_action": ("Klaar op {due}: {title}", "Due on {due}: {title}"),
    "ics.reminder_follow_up": ("{title} op {date}", "{title} on {date}"),
}
