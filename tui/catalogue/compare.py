"""The texts of ``follow-up`` and ``compare`` (the commands and the report), Dutch and English."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- follow-up (commands/followup.py) ---
    "followup.help": (
        "maak de sessie voor de vervolgbijeenkomst: keten, afspraken en alle actiepunten gaan mee",
        "create the session of the follow-up meeting: chain, agreements and all action points "
        "carry over",
    ),
    "followup.old": (
        "het sessiebestand van de vorige bijeenkomst",
        "the session file of the previous meeting",
    ),
    "followup.date": (
        "datum van de vervolgbijeenkomst, JJJJ-MM-DD (standaard: vandaag)",
        "date of the follow-up meeting, YYYY-MM-DD (default: today)",
    ),
    "followup.folder": (
        "map voor het nieuwe bestand (standaard: de map van het oude bestand)",
        "folder for the new file (default: the folder of the old file)",
    ),
    "followup.created": ("Aangemaakt: {path}", "Created: {path}"),
    "followup.carried": (
        "Vervolg op {previous}: {steps} {steps:stap|stappen}, {items} {items:punt|punten} en "
        "{actions} {actions:actiepunt|actiepunten} "
        "meegenomen ({open} open, waarvan {overdue} te laat).",
        "Follows up {previous}: {steps} {steps:step|steps}, {items} {items:item|items} and "
        "{actions} {actions:action point|action points} "
        "carried over ({open} open, {overdue} of them overdue).",
    ),
    "followup.next": (
        "Na de bijeenkomst ziet u wat er veranderd is met: {command}",
        "After the meeting, see what changed with: {command}",
    ),
    "followup.exists": (
        "{path} bestaat al; kies een andere datum of map (het bestaande bestand is niet gewijzigd)",
        "{path} already exists; choose another date or folder (the existing file was not changed)",
    ),
    "followup.dialog_title": (
        "Vervolgbijeenkomst van de bijeenkomst van {old}",
        "Follow-up of the meeting of {old}",
    ),
    "followup.dialog_date": ("Datum van de vervolgbijeenkomst", "Date of the follow-up meeting"),
    "followup.date_required": (
        "typ de datum van de vervolgbijeenkomst",
        "type the date of the follow-up meeting",
    ),
    "followup.before_old": (
        "de vervolgbijeenkomst ({date}) kan niet vóór de vorige bijeenkomst ({old}) liggen",
        "the follow-up meeting ({date}) cannot be before the previous meeting ({old})",
    ),
    "followup.fix_first": (
        "{file} kan niet worden gelezen; los eerst de problemen hierboven op.",
        "{file} cannot be read; fix the problems above first.",
    ),
    # --- compare: the command (commands/compare.py) ---
    "compare.help": (
        "vergelijk twee sessies: wat is veranderd en welke actiepunten zijn (op tijd) gedaan",
        "compare two sessions: what changed and which action points were done (on time)",
    ),
    "compare.old_file": (
        "het sessiebestand van de eerdere bijeenkomst",
        "the session file of the earlier meeting",
    ),
    "compare.new_file": (
        "het sessiebestand van de latere bijeenkomst (meestal de vervolgbijeenkomst)",
        "the session file of the later meeting (usually the follow-up)",
    ),
    "compare.metavar.old": ("OUD", "OLD"),
    "compare.metavar.new": ("NIEUW", "NEW"),
    "compare.format": (
        "vorm van de uitvoer: rich (terminal, standaard), markdown (voor een memo) "
        "of json (voor scripts)",
        "output form: rich (terminal, default), markdown (for a memo) or json (for scripts)",
    ),
    "compare.git_external_diff": (
        "gebruikt door git als externe diff (diff.<naam>.command): "
        "verwacht de 7 argumenten die git meegeeft; zie de README",
        "used by git as an external diff (diff.<name>.command): "
        "expects the 7 arguments git passes; see the README",
    ),
    "compare.two_files": (
        "geef precies twee sessiebestanden: OUD en NIEUW (kreeg er {count})",
        "give exactly two session files: OLD and NEW (got {count})",
    ),
    "compare.git_args": (
        "--git-external-diff verwacht de 7 argumenten van git "
        "(pad oud-bestand oud-hash oud-modus nieuw-bestand nieuw-hash nieuw-modus, "
        "bij een nieuwe naam nog 2), kreeg er {count}",
        "--git-external-diff expects git's 7 arguments "
        "(path old-file old-hex old-mode new-file new-hex new-mode, "
        "2 more for a new name), got {count}",
    ),
    "compare.git_added": (
        "{path}: nieuw bestand, niets om mee te vergelijken",
        "{path}: new file, nothing to compare with",
    ),
    "compare.git_deleted": ("{path}: bestand verwijderd", "{path}: file deleted"),
    "compare.git_worktree": ("werkmap", "working tree"),
    # for git: after the problems of a version that cannot be read, its plain text diff follows
    "compare.git_as_text": (
        "{file} kan niet als bijeenkomst worden vergeleken (de problemen hierboven); "
        "de regels die verschillen:",
        "{file} cannot be compared as a meeting (the problems above); the lines that differ:",
    ),
    "compare.fix_first": (
        "{file} kan niet worden vergeleken; los eerst de problemen hierboven op.",
        "{file} cannot be compared; fix the problems above first.",
    ),
    # --- compare: the report (reports/compare_report.py) ---
    "compare.title": ("Vergelijking van twee bijeenkomsten", "Comparison of two meetings"),
    "compare.old": ("oud", "old"),
    "compare.new": ("nieuw", "new"),
    "compare.no_differences": (
        "Geen verschillen in de inhoud.",
        "No differences in content.",
    ),
    "compare.kept": (
        "Afspraken nagekomen: {done} van de {due} ({percent}%), waarvan {on_time} op tijd",
        "Agreements kept: {done} of {due} ({percent}%), {on_time} of them on time",
    ),
    "compare.kept_explained": (
        "geteld: de actiepunten van de vorige keer die uiterlijk {date} klaar moesten zijn, "
        "zonder de vervallen",
        "counted: the action points of last time that were due by {date} (on or before), "
        "not counting the dropped ones",
    ),
    "compare.kept_none": (
        "Afspraken nagekomen: er moest uiterlijk {date} geen enkel actiepunt klaar zijn.",
        "Agreements kept: no action point was due by {date}.",
    ),
    "compare.section.actions": ("Actiepunten", "Action points"),
    "compare.section.action_changes": (
        "Actiepunten met een andere tekst, stap of datum",
        "Action points with another text, step or date",
    ),
    "compare.section.chain": ("Keten", "Chain"),
    "compare.section.items": ("Per stap", "Per step"),
    "compare.section.customer": ("Externe klant", "External customer"),
    "compare.section.participants": ("Deelnemers", "Participants"),
    "compare.section.meeting": ("Bijeenkomst", "Meeting"),
    "compare.group.done_on_time": ("Op tijd gedaan", "Done on time"),
    "compare.group.done_late": ("Te laat gedaan", "Done late"),
    "compare.group.dropped": ("Vervallen", "Dropped"),
    "compare.group.overdue": ("Te laat, nog open", "Overdue, still open"),
    "compare.group.open": ("Open, nog niet verlopen", "Open, not yet due"),
    "compare.group.new": ("Nieuw", "New"),
    "compare.group.removed": ("Verwijderd uit het register", "Removed from the register"),
    "compare.group.postponed": ("Uitgesteld", "Postponed"),
    "compare.group.reassigned": ("Andere eigenaar", "Reassigned"),
    "compare.action.due": ("klaar op {date}", "due {date}"),
    "compare.action.no_due": ("geen datum afgesproken", "no due date"),
    "compare.action.done": ("gedaan {date}", "done {date}"),
    "compare.action.done_undated": ("gedaan, datum niet ingevuld", "done, date not filled in"),
    "compare.action.days_late": (
        "{days} {days:dag|dagen} te laat gedaan",
        "done {days} {days:day|days} late",
    ),
    "compare.action.days_over": (
        "{days} {days:dag|dagen} te laat",
        "{days} {days:day|days} overdue",
    ),
    "compare.action.nobody": ("niemand", "nobody"),
    "compare.step.added": ("stap toegevoegd", "step added"),
    "compare.step.removed": ("stap verwijderd", "step removed"),
    "compare.step.renamed": ("nieuwe naam", "renamed"),
    "compare.step.people": ("mensen", "people"),
    "compare.step.customers": ("interne klant", "internal customer"),
    "compare.step.via": ("(de mensen van {step})", "(the people of {step})"),
    "compare.step.order": ("volgorde van de keten", "order of the chain"),
    "compare.kind.needs": ("behoefte", "need"),
    "compare.kind.asks": ("verwacht terug", "ask"),
    "compare.kind.info": ("afspraak", "info"),
    "compare.item.moved": ("verplaatst van {old} naar {new}", "moved from {old} to {new}"),
    "compare.meeting.organisation": ("organisatie", "organisation"),
    "compare.meeting.date": ("datum", "date"),
    "compare.meeting.title": ("titel", "title"),
    "compare.meeting.location": ("plaats", "location"),
    "compare.meeting.facilitator": ("gespreksleider", "facilitator"),
    "compare.meeting.reason": ("aanleiding", "reason"),
    "compare.meeting.goal": ("doel", "goal"),
    "compare.meeting.follow_up": ("datum vervolgbijeenkomst", "follow-up date"),
    "compare.meeting.previous": ("vorige sessie", "previous session"),
    "compare.meeting.closed": ("gesloten", "closed"),
    "compare.customer.name": ("naam", "name"),
    "compare.customer.expectations": ("verwachtingen", "expectations"),
    "compare.participant.role": ("rol", "role"),
    "compare.participant.present": ("aanwezig", "present"),
    "compare.yes": ("ja", "yes"),
    "compare.no": ("nee", "no"),
    "compare.empty": ("(leeg)", "(empty)"),
    "compare.was": ("was", "was"),
    "compare.now": ("nu", "now"),
}
