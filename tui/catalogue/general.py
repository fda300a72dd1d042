"""The texts of the model, the files, the command line and the app, Dutch and English."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the default chain (core/chain.py) ---
    "chain.aanvraag": ("Aanvraag/opname", "Request/site survey"),
    "chain.calculatie": ("Calculatie/offerte", "Costing/quote"),
    "chain.planning": ("Planning/voorbereiding", "Planning/preparation"),
    "chain.uitvoering": ("Uitvoering", "Execution"),
    "chain.facturatie": ("Facturatie/nazorg", "Invoicing/aftercare"),
    "chain.customer": ("Opdrachtgever", "Client"),
    "chain.expectation.satisfaction": ("Werk naar tevredenheid", "Work to satisfaction"),
    "chain.expectation.agreement": ("Volgens afspraak", "As agreed"),
    # --- model rules (core/model.py) ---
    "model.unknown_step": ("onbekende stap '{step}'", "unknown step '{step}'"),
    "model.unknown_id": ("onbekend id '{id}'", "unknown id '{id}'"),
    "model.gone": (
        "Dit item bestaat niet meer (ongedaan gemaakt, verwijderd of opnieuw geladen). De tekst"
        " staat nog in het formulier: enter bewaart hem als nieuw item, esc gooit hem weg.",
        "This item no longer exists (undone, removed or reloaded). The text is still in the"
        " form: enter keeps it as a new item, esc discards it.",
    ),
    "model.unknown_kind": ("onbekende soort '{kind}'", "unknown kind '{kind}'"),
    "model.empty": ("'{field}' mag niet leeg zijn", "'{field}' must not be empty"),
    "model.unknown_field": (
        "'{field}' is geen veld van {kind}",
        "'{field}' is not a field of {kind}",
    ),
    "model.bad_status": (
        "onbekende status '{status}' (kies uit {choices})",
        "unknown status '{status}' (choose from {choices})",
    ),
    "model.done_in_future": (
        "gedaan op {date} ligt na vandaag ({today}); typ de dag waarop het gedaan is",
        "done on {date} is after today ({today}); type the day it was done",
    ),
    "model.negative": ("een tijd kan niet negatief zijn", "a time cannot be negative"),
    "model.step_not_empty": (
        "stap '{step}' heeft nog punten of acties: kies waar die heen gaan",
        "step '{step}' still has items or actions: choose where they go",
    ),
    # --- undo and redo (core/history.py) ---
    "edit.read_only": (
        "deze bijeenkomst is gesloten en alleen te lezen; heropen hem om te wijzigen",
        "this meeting is closed and read-only; reopen it to make changes",
    ),
    "edit.reloaded": ("opnieuw geladen", "reloaded"),
    "edit.add": ("{id} toegevoegd", "{id} added"),
    "edit.change": ("{id} gewijzigd", "{id} changed"),
    "edit.remove": ("{id} verwijderd", "{id} removed"),
    "edit.move": ("{id} verplaatst", "{id} moved"),
    "edit.remark": ("opmerking", "remark"),
    "edit.meeting": ("gegevens van de bijeenkomst gewijzigd", "meeting details changed"),
    # --- dates (core/dates.py) ---
    "date.unreadable": (
        "datum '{value}' niet herkend; typ bijvoorbeeld 15-12, 15-12-2026, 2026-12-15, "
        "+2w of 'over 2 weken'",
        "date '{value}' not understood; type for example 2026-12-15, 15-12, +2w or 'in 2 weeks'",
    ),
    "date.too_far": (
        "datum '{value}': de eerstvolgende is pas op {date}, meer dan een jaar verder; "
        "typ het jaar erbij als u die bedoelt",
        "date '{value}': the next one is not until {date}, more than a year away; "
        "type the year if that is the one you mean",
    ),
    # the weekdays from Monday, as a date's preview shows them ("di 15-12-2026")
    "date.weekdays": ("ma di wo do vr za zo", "Mon Tue Wed Thu Fri Sat Sun"),
    # under a date field while it is typed: the date it will store ("= di 15-12-2026")
    "date.means": ("= {day}", "= {day}"),
    # the same while the text is no date (yet); enter then says why, in full (date.unreadable)
    "date.not_yet": (
        "geen datum; typ bv. 15-12, vr, +2w of over 2 weken",
        "not a date; type e.g. 15-12, fri, +2w or in 2 weeks",
    ),
    # --- reading session files (storage/toml_format.py) ---
    "file.not_found": ("bestand bestaat niet", "file does not exist"),
    "file.unreadable": ("kan het bestand niet lezen: {error}", "cannot read the file: {error}"),
    "file.is_directory": ("dit is een map, geen bestand", "this is a folder, not a file"),
    "file.empty": (
        "het bestand is leeg (verwacht een sessie met 'format = 1')",
        "the file is empty (expected a session with 'format = 1')",
    ),
    "file.too_large": (
        "het bestand is te groot ({size} MB; de grens is {limit} MB)",
        "the file is too large ({size} MB; the limit is {limit} MB)",
    ),
    "file.not_utf8": (
        "geen geldige UTF-8-tekst (byte {position}); sla het bestand op als UTF-8",
        "not valid UTF-8 text (byte {position}); save the file as UTF-8",
    ),
    "file.syntax": ("TOML-fout: {error}", "TOML error: {error}"),
    "file.too_deep": (
        "het bestand is te diep genest om te lezen",
        "the file is nested too deeply to read",
    ),
    "file.newer_format": (
        "dit bestand heeft format {found}; dit programma kent format {known}. "
        "Werk interne-klanten bij om het te bewerken",
        "this file has format {found}; this program knows format {known}. "
        "Update interne-klanten to edit it",
    ),
    "file.missing_key": ("verplichte sleutel ontbreekt", "required key is missing"),
    "file.unknown_key": ("onbekende sleutel", "unknown key"),
    "file.did_you_mean": ("bedoelt u '{suggestion}'?", "did you mean '{suggestion}'?"),
    "file.wrong_type": (
        "verwacht {expected}, gevonden {found}",
        "expected {expected}, found {found}",
    ),
    "file.empty_value": ("mag niet leeg zijn", "must not be empty"),
    "file.bad_id": (
        "ongeldig id '{value}': gebruik kleine letters, cijfers en '-', "
        "beginnend met een letter of cijfer",
        "invalid id '{value}': use lower-case letters, digits and '-', "
        "starting with a letter or digit",
    ),
    "file.bad_item_id": (
        "ongeldig id '{value}': verwacht '{prefix}' gevolgd door een getal, zoals '{prefix}1'",
        "invalid id '{value}': expected '{prefix}' followed by a number, like '{prefix}1'",
    ),
    "file.duplicate_id": (
        "id '{value}' komt al voor bij {other}",
        "id '{value}' is already used at {other}",
    ),
    "file.unknown_step": (
        "stap '{value}' bestaat niet (stappen: {choices})",
        "step '{value}' does not exist (steps: {choices})",
    ),
    "file.unknown_about": (
        "'{value}' is geen id van een behoefte, verwachting of afspraak in dit bestand",
        "'{value}' is not the id of a need, ask or info item in this file",
    ),
    "file.bad_status": (
        "onbekende status '{value}' (kies uit {choices})",
        "unknown status '{value}' (choose from {choices})",
    ),
    "file.bad_format_version": (
        "onbekende format-versie {value} (verwacht 1)",
        "unknown format version {value} (expected 1)",
    ),
    "file.bad_previous": (
        "'previous' is een bestandsnaam zonder map, zoals '2026-08-20-bedrijf.toml'",
        "'previous' is a file name without a folder, like '2026-08-20-company.toml'",
    ),
    "file.bad_series": (
        "'{value}' is geen reeks-id: alleen kleine letters, cijfers en '-', zoals "
        "'2026-08-27-3f9a0c71be42' (laat de waarde staan die het programma schreef)",
        "'{value}' is not a series id: only lower-case letters, digits and '-', like "
        "'2026-08-27-3f9a0c71be42' (keep the value the program wrote)",
    ),
    "file.unknown_agenda": (
        "onbekend agendapunt '{value}' (kies uit {choices})",
        "unknown agenda item '{value}' (choose from {choices})",
    ),
    "file.negative": ("moet 0 of groter zijn", "must be 0 or more"),
    "type.string": ("tekst", "a string"),
    "type.date": ("een datum (JJJJ-MM-DD)", "a date (YYYY-MM-DD)"),
    "type.boolean": ("true of false", "true or false"),
    "type.integer": ("een geheel getal", "an integer"),
    "type.table": ("een tabel", "a table"),
    "type.array": ("een lijst", "an array"),
    "type.array_of_tables": (
        "een lijst van tabellen ([[...]])",
        "an array of tables ([[...]])",
    ),
    "type.array_of_strings": ("een lijst van teksten", "an array of strings"),
    "type.datetime": ("een datum met tijd", "a date with a time"),
    "type.time": ("een tijd", "a time"),
    "type.float": ("een kommagetal", "a float"),
    # --- saving (storage/atomic.py) ---
    "save.failed": ("opslaan mislukt: {error}", "saving failed: {error}"),
    "save.status.saved": ("{file} · opgeslagen {time}", "{file} · saved {time}"),
    "save.status.loaded": ("{file} · alles staat op schijf", "{file} · everything is on disk"),
    "save.status.pending": ("{file} · opslaan…", "{file} · saving…"),
    "save.status.error": (
        "NIET OPGESLAGEN: {error} · wordt opnieuw geprobeerd, niets gaat verloren · {file}",
        "NOT SAVED: {error} · retrying, nothing is lost · {file}",
    ),
    "save.status.conflict": (
        "{file} · gewijzigd buiten de app: kies herladen of een kopie",
        "{file} · changed outside the app: choose reload or a copy",
    ),
    "save.status.read_only": (
        "{file} · gesloten bijeenkomst, alleen lezen",
        "{file} · closed meeting, read-only",
    ),
    "save.failed_notice": (
        "Opslaan mislukt: {error}. De wijzigingen blijven bewaard in de app en het wordt "
        "opnieuw geprobeerd.",
        "Saving failed: {error}. The changes are kept in the app and saving is retried.",
    ),
    "save.recovered": ("Weer opgeslagen.", "Saved again."),
    # --- the user's settings (config.py) ---
    "config.unreadable": (
        "instellingen niet te lezen ({error}); de standaard wordt gebruikt",
        "cannot read the settings ({error}); using the defaults",
    ),
    "config.bad_value": ("verwacht een naam (tekst)", "expected a name (a string)"),
    "config.bad_language": ("kies uit {choices}", "choose from {choices}"),
    "config.bad_keys": (
        'verwacht een tabel met per actie-id een tekst met toetsen, zoals "right,l"',
        'expected a table with, per binding id, a string of keys like "right,l"',
    ),
    # --- the app (app/) ---
    "key.quit": ("Stoppen", "Quit"),
    "key.undo": ("Ongedaan maken", "Undo"),
    "key.redo": ("Opnieuw", "Redo"),
    "key.save": ("Opslaan", "Save"),
    "key.actions": ("Alle acties", "All actions"),
    "key.previous": ("Vorige stap", "Previous step"),
    "key.next": ("Volgende stap", "Next step"),
    "key.edit": ("Bewerken", "Edit"),
    "key.new": ("Nieuw", "New"),
    "key.delete": ("Verwijderen", "Delete"),
    "key.make_action": ("Actie hiervan", "Action from this"),
    "key.cancel": ("Annuleren", "Cancel"),
    "key.back": ("Terug", "Back"),
    "key.sort": ("Sorteren", "Sort"),
    "key.done": ("Gedaan", "Done"),
    "key.reopen": ("Heropenen", "Reopen"),
    "key.drop": ("Laten vallen", "Drop"),
    "command.actions": ("Alle actiepunten van de sessie", "All action points of the session"),
    "command.undo": ("De laatste wijziging ongedaan maken", "Undo the last change"),
    "command.redo": ("De ongedaan gemaakte wijziging opnieuw doen", "Redo the undone change"),
    "command.save": ("Nu opslaan (gebeurt ook vanzelf)", "Save now (also happens by itself)"),
    "chain.counts": (
        "{items} {items:punt|punten} · {actions} open",
        "{items} {items:item|items} · {actions} open",
    ),
    "chain.counts_short": ("{items} · {actions} open", "{items} · {actions} open"),
    "chain.expectations": ("{count} verwachtingen", "{count} expectations"),
    "chain.expectations_short": ("{count} verw.", "{count} exp."),
    "chain.more_before": ("‹ {count} meer", "‹ {count} more"),
    "chain.more_after": ("{count} meer ›", "{count} more ›"),
    "header.step": (
        "[b]Stap $number: $name[/b] · mensen: $people\nInterne klant: [b]$customers[/b] ($where)",
        "[b]Step $number: $name[/b] · people: $people\n"
        "Internal customer: [b]$customers[/b] ($where)",
    ),
    "header.customer": (
        "[b]Externe klant: $name[/b]\nNa de laatste stap ($last): wat verwacht de klant?",
        "[b]External customer: $name[/b]\nAfter the last "
        "step ($last): what does the client expect?",
    ),
    "header.nobody": ("nog niemand ingevuld", "nobody filled in yet"),
    "header.customer_next": ("volgende stap: {step}", "next step: {step}"),
    "header.customer_external": ("de externe klant", "the external customer"),
    "header.customer_explicit": ("zelf ingesteld", "set on this step"),
    "section.needs": (
        "Wat de interne klant nodig heeft (wat / wanneer / waarom)",
        "What the internal customer needs (what / when / why)",
    ),
    "section.asks": (
        "Wat deze stap terug verwacht (wat / wanneer)",
        "What this step expects back (what / when)",
    ),
    "section.info": (
        "Informatie- en communicatieafspraken",
        "Information and communication agreements",
    ),
    "section.actions": ("Actiepunten van deze stap", "Action points of this step"),
    "section.expectations": (
        "Verwachtingen van de externe klant",
        "Expectations of the external customer",
    ),
    "section.all_actions": ("Actiepunten", "Action points"),
    "section.new_row": ("nieuw (n)", "new (n)"),
    "column.id": ("id", "id"),
    "column.people": ("mensen", "people"),
    "column.customers": ("interne klant", "internal customer"),
    "column.role": ("rol", "role"),
    "field.what": ("wat", "what"),
    "field.when": ("wanneer", "when"),
    "field.why": ("waarom", "why"),
    "field.who": ("wie", "who"),
    "field.due": ("klaar op", "due"),
    "field.status": ("status", "status"),
    "field.step": ("stap", "step"),
    "field.note": ("reden of notitie", "reason or note"),
    "field.about": ("gaat over", "about"),
    "field.done": ("gedaan op", "done on"),
    "status.open": ("open", "open"),
    "status.done": ("gedaan", "done"),
    "status.dropped": ("vervallen", "dropped"),
    "status.overdue": ("te laat ({days} {days:dag|dagen})", "overdue ({days} {days:day|days})"),
    "form.new": (
        "Nieuw · enter bewaart · tab volgend veld · esc annuleert",
        "New · enter saves · tab next field · esc cancels",
    ),
    "form.edit": (
        "{id} bewerken · enter bewaart · esc annuleert",
        "Edit {id} · enter saves · esc cancels",
    ),
    "form.action_about": (
        "Nieuw actiepunt over {id}: {what}",
        "New action point about {id}: {what}",
    ),
    "form.what_required": ("Vul in wat het is.", "Fill in what it is."),
    "notice.removed": (
        "{id} verwijderd · ctrl+z maakt het ongedaan",
        "{id} removed · ctrl+z undoes it",
    ),
    "notice.undone": ("Ongedaan: {change}", "Undone: {change}"),
    "notice.redone": ("Opnieuw: {change}", "Redone: {change}"),
    "notice.nothing_to_undo": ("Niets om ongedaan te maken", "Nothing to undo"),
    "notice.undo_in_form": (
        "Eerst het veld afmaken (enter) of verlaten (esc); daarna maakt ctrl+z de laatste"
        " wijziging ongedaan.",
        "First finish the field (enter) or leave it (esc); then ctrl+z undoes the last change.",
    ),
    "status.busy": (
        "bezig… de getypte toetsen komen eraan",
        "busy… the keys typed are on their way",
    ),
    "notice.nothing_to_redo": ("Niets om opnieuw te doen", "Nothing to redo"),
    "notice.saved": ("Opgeslagen", "Saved"),
    "notice.quit_unsaved": (
        "Niet alles is opgeslagen. Los het probleem op, "
        "of druk nogmaals ctrl+q om toch te stoppen.",
        "Not everything is saved. Fix the problem, or press ctrl+q again to quit anyway.",
    ),
    "actions.title": (
        "Alle actiepunten: {count}, waarvan {overdue} te laat · gesorteerd op {sort} (s)",
        "All action points: {count}, {overdue} overdue · sorted by {sort} (s)",
    ),
    "actions.drop_reason": ("Waarom vervalt {id}?", "Why is {id} dropped?"),
    "sort.due": ("datum", "due date"),
    "sort.who": ("eigenaar", "owner"),
    "sort.step": ("stap", "step"),
    "sort.status": ("status", "status"),
    "conflict.question": (
        "{file} is buiten de app gewijzigd sinds het geladen of opgeslagen is. De app "
        "overschrijft het niet. Herladen van schijf (r) of uw versie als kopie bewaren (k)?",
        "{file} was changed outside the app since it was loaded or saved. The app will "
        "not overwrite it. Reload from disk (r) or keep your version as a copy (k)?",
    ),
    "conflict.reload": ("Herladen", "Reload"),
    "conflict.copy": ("Kopie bewaren", "Keep a copy"),
    "conflict.reloaded": ("Opnieuw geladen van schijf.", "Reloaded from disk."),
    "conflict.reload_failed": (
        "Herladen lukt niet ({error}); uw versie wordt als kopie bewaard.",
        "Cannot reload ({error}); your version is kept as a copy.",
    ),
    "conflict.copied": (
        "Uw versie staat in {file}; de app werkt verder in dat bestand.",
        "Your version is in {file}; the app goes on in that file.",
    ),
    # --- the command palette and Textual's own commands (app/palette.py) ---
    "palette.placeholder": ("Zoek een opdracht…", "Search for commands…"),
    "palette.themes_placeholder": ("Zoek een thema…", "Search for themes…"),
    "palette.no_matches": ("Niets gevonden", "No matches found"),
    "palette.theme": ("Thema", "Theme"),
    "palette.theme.help": ("Kies de kleuren van het scherm", "Change the current theme"),
    "palette.quit": ("Afsluiten", "Quit"),
    "palette.quit.help": (
        "Sluit het programma af (alles is al bewaard)",
        "Quit the application (everything is already saved)",
    ),
    "palette.keys": ("Toetsenpaneel", "Keys"),
    "palette.keys.help": (
        "Toon de toetsen van dit scherm in een paneel opzij",
        "Show the keys of this screen in a panel at the side",
    ),
    "palette.keys_hide": ("Toetsenpaneel", "Keys"),
    "palette.keys_hide.help": ("Verberg het toetsenpaneel", "Hide the keys panel"),
    "palette.minimize": ("Verkleinen", "Minimize"),
    "palette.minimize.help": (
        "Zet het vergrote onderdeel terug op zijn plaats",
        "Restore the maximized part to its place",
    ),
    "palette.maximize": ("Vergroten", "Maximize"),
    "palette.maximize.help": (
        "Vergroot het onderdeel met de cursor tot het hele scherm",
        "Maximize the part with the cursor to the whole screen",
    ),
    "palette.screenshot": ("Schermafdruk", "Screenshot"),
    "palette.screenshot.help": (
        "Bewaar een afbeelding (SVG) van dit scherm",
        "Save an SVG picture of this screen",
    ),
    # --- start, meeting, chain, closing, script, help (app/screens) ---
    "key.open": ("Openen", "Open"),
    "key.new_session": ("Nieuwe sessie", "New session"),
    "key.follow_up": ("Vervolgsessie", "Follow-up session"),
    "key.reload": ("Vernieuwen", "Refresh"),
    "key.help": ("Hulp", "Help"),
    "key.all_keys": ("alle toetsen", "all keys"),
    "key.palette": ("Opdrachten", "Commands"),
    "key.close_help": ("Sluiten", "Close"),
    "key.meeting": ("Bijeenkomst", "Meeting"),
    "key.chain": ("Keten", "Chain"),
    "key.script": ("Draaiboek", "Script"),
    "key.closing": ("Afsluiting", "Closing"),
    "key.sessions": ("Sessies", "Sessions"),
    "key.presence": ("Aanwezig", "Present"),
    "key.move_up": ("Omhoog", "Move up"),
    "key.move_down": ("Omlaag", "Move down"),
    "key.tick": ("Afvinken", "Tick off"),
    "key.timebox": ("Tijdvak", "Time box"),
    "command.help": (
        "Toetsen van dit scherm en de vier A's",
        "Keys of this screen and the four A's",
    ),
    "command.meeting": (
        "Gegevens van de bijeenkomst en de deelnemers (stap 3a)",
        "Meeting details and participants (step 3a)",
    ),
    "command.chain": (
        "De stappen van het werkproces en wie wat doet (stap 1)",
        "The steps of the work process and who does what (step 1)",
    ),
    "command.closing": (
        "Slotronde, vervolgbijeenkomst en de bijeenkomst sluiten (3h, 3i)",
        "Closing round, follow-up date and closing the meeting (3h, 3i)",
    ),
    "command.script": (
        "Het draaiboek 3a-3k met klok tonen of verbergen",
        "Show or hide the script 3a-3k with the clock",
    ),
    "command.sessions": ("Terug naar de lijst van sessies", "Back to the list of sessions"),
    "command.close": (
        "De bijeenkomst sluiten: daarna alleen te lezen",
        "Close the meeting: read-only afterwards",
    ),
    "command.reopen": (
        "De gesloten bijeenkomst weer bewerkbaar maken",
        "Make the closed meeting editable again",
    ),
    "notice.closed": (
        "Bijeenkomst gesloten. Heropenen kan via F5 of ctrl+p.",
        "Meeting closed. Reopen it with F5 or ctrl+p.",
    ),
    "notice.reopened": ("Bijeenkomst heropend.", "Meeting reopened."),
    "config.not_saved": (
        "Keuze niet bewaard in de instellingen: {error}",
        "Choice not kept in the settings: {error}",
    ),
    "banner.closed": (
        "GESLOTEN · alleen lezen · heropenen: F5 of ctrl+p → Heropenen",
        "CLOSED · read-only · reopen: F5 or ctrl+p → Reopen",
    ),
    "title.first": ("eerste bijeenkomst", "first meeting"),
    "title.follow_up_of": ("vervolg op {date}", "follow-up of {date}"),
    "title.follow_up": ("vervolgbijeenkomst", "follow-up meeting"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "field.name": ("naam", "name"),
    "field.role": ("rol (kantoor, buitendienst, …)", "role (office, field, …)"),
    "field.present": ("aanwezig", "present"),
    "field.people": ("mensen (komma's ertussen)", "people (comma-separated)"),
    "field.customers": (
        "interne klant (leeg: volgende stap)",
        "internal customer (empty: next step)",
    ),
    "field.counts": ("inhoud", "contents"),
    "section.participants": (
        "Deelnemers (p: aanwezig ja/nee)",
        "Participants (p: present yes/no)",
    ),
    "section.feedback": (
        "Slotronde: wat vond men ervan? (stap 3h)",
        "Closing round: what did people think? (step 3h)",
    ),
    "section.steps": (
        "Stappen van het werkproces (shift+↑/↓ verplaatst)",
        "Steps of the work process (shift+↑/↓ moves)",
    ),
    "start.title": ("Sessies in {folder}", "Sessions in {folder}"),
    "start.column.date": ("datum", "date"),
    "start.column.organisation": ("organisatie", "organisation"),
    "start.column.state": ("status", "state"),
    "start.column.open_actions": ("acties", "actions"),
    "start.column.file": ("bestand", "file"),
    "start.reading": ("Sessies lezen…", "Reading sessions…"),
    "start.open": ("open", "open"),
    "start.closed": ("gesloten", "closed"),
    "start.broken": ("FOUT", "ERROR"),
    "start.actions": ("{open} open, {overdue} te laat", "{open} open, {overdue} overdue"),
    "start.empty": (
        "Nog geen sessies in deze map. Druk n voor een nieuwe sessie.",
        "No sessions in this folder yet. Press n for a new session.",
    ),
    "start.hint": (
        "enter opent · n nieuwe sessie · v vervolgsessie van de gekozen sessie · F1 hulp",
        "enter opens · n new session · v follow-up of the selected session · F1 help",
    ),
    "start.cannot_open": (
        "{file} heeft problemen (zie onder); los ze op en druk F5.",
        "{file} has problems (see below); fix them and press F5.",
    ),
    "new.title": ("Nieuwe sessie", "New session"),
    "new.create": ("Aanmaken", "Create"),
    "new.organisation_required": (
        "Vul de naam van het bedrijf in.",
        "Fill in the name of the company.",
    ),
    "meeting.heading": (
        "Voorbereiding: de bijeenkomst (stap 3a: aanleiding en doel) en de deelnemers",
        "Preparation: the meeting (step 3a: reason and goal) and the participants",
    ),
    "meeting.organisation": ("Organisatie", "Organisation"),
    "meeting.date": ("Datum", "Date"),
    "meeting.title": ("Titel", "Title"),
    "meeting.location": ("Plaats", "Location"),
    "meeting.facilitator": ("Gespreksleider", "Facilitator"),
    "meeting.reason": ("Aanleiding (waarom)", "Reason (why)"),
    "meeting.goal": ("Doel (wat bereiken)", "Goal (what to achieve)"),
    "meeting.follow_up": ("Vervolgbijeenkomst", "Follow-up"),
    "chain.heading": (
        "De keten (stap 1): de hoofdstappen van het werkproces en wie wat doet",
        "The chain (step 1): the main steps of the work process and who does what",
    ),
    "chain.customer_name": ("Externe klant", "External customer"),
    "chain.hint": (
        "n nieuwe stap · enter bewerken · delete verwijderen · shift+↑/↓ verplaatsen · "
        "de verwachtingen van de externe klant staan achter de laatste stap op het werkscherm",
        "n new step · enter edit · delete remove · shift+↑/↓ move · "
        "the external customer's expectations are after the last step on the workshop screen",
    ),
    "chain.editor_counts": (
        "{items} {items:punt|punten} · {actions} {actions:actie|acties}",
        "{items} {items:item|items} · {actions} {actions:action|actions}",
    ),
    "chain.move_to": ("Verplaats alles naar: {step}", "Move everything to: {step}"),
    "chain.delete_all": (
        "Verwijder de stap met {items} {items:punt|punten} en {actions} {actions:actie|acties}",
        "Remove the step with its {items} {items:item|items} and "
        "{actions} {actions:action|actions}",
    ),
    "chain.remove_question": (
        "Stap '{step}' heeft {items} {items:punt|punten} en {actions} {actions:actie|acties}. "
        "Waar moeten die heen?",
        "Step '{step}' has {items} {items:item|items} and {actions} {actions:action|actions}. "
        "Where should they go?",
    ),
    "closing.heading": (
        "Afsluiting: slotronde (3h), vervolgbijeenkomst (3i) en de bijeenkomst sluiten",
        "Closing: closing round (3h), follow-up (3i) and closing the meeting",
    ),
    "closing.default_follow_up": ("Over {months} maanden", "In {months} months"),
    "closing.follow_up_placeholder": (
        "nog geen datum (typ bv. {date}: over {months} maanden)",
        "no date yet (type e.g. {date}: in {months} months)",
    ),
    "closing.close": ("Bijeenkomst sluiten", "Close the meeting"),
    "closing.reopen": ("Heropenen", "Reopen"),
    "closing.open": (
        "De bijeenkomst is open. Na het sluiten is ze alleen nog te lezen (heropenen kan).",
        "The meeting is open. Once closed it is read-only (it can be reopened).",
    ),
    "closing.closed": (
        "De bijeenkomst is gesloten en alleen te lezen.",
        "The meeting is closed and read-only.",
    ),
    "script.clock": ("Draaiboek · klok {time}", "Script · clock {time}"),
    "script.timing_of": ("{minutes} min van {box}", "{minutes} of {box} min"),
    "script.timing_box": ("{box} min", "{box} min"),
    "script.timing": ("{minutes} min", "{minutes} min"),
    "script.minutes": ("minuten (0: geen tijdvak)", "minutes (0: no time box)"),
    "script.timebox_question": ("Hoeveel minuten voor {id}?", "How many minutes for {id}?"),
    "script.bad_minutes": (
        "'{value}' is geen aantal minuten",
        "'{value}' is not a number of minutes",
    ),
    "script.3a": ("Opening: aanleiding en doel", "Opening: reason and goal"),
    "script.3a.hint": (
        "Zeg waarom u dit doet en wat het moet opleveren.",
        "Say why you are doing this and what it should achieve.",
    ),
    "script.3b": ("Ieders inbreng telt", "Everyone's input counts"),
    "script.3b.hint": (
        "Zeg dat ieders inbreng belangrijk is en gewaardeerd wordt.",
        "Say that everyone's input matters and is valued.",
    ),
    "script.3c": ("Interne en externe klanten", "Internal and external customers"),
    "script.3c.hint": (
        "Wie na u in het proces komt, is uw interne klant: wat heeft die wanneer nodig?",
        "Whoever comes after you in the process is your "
        "internal customer: what do they need, when?",
    ),
    "script.3d": ("Het model uitleggen", "Explain the model"),
    "script.3d.hint": (
        "Wat staat er op het model, en waarom staan die namen daar?",
        "What is on the model, and why are those names there?",
    ),
    "script.3e": (
        "Per stap: wat heeft de interne klant nodig?",
        "Per step: what does the internal customer need?",
    ),
    "script.3e.hint": (
        "Wie in de stap werkt, is de eerste bron. Wat, wanneer en waarom?",
        "Whoever works in the step is the first source. What, when and why?",
    ),
    "script.3f": ("Open vragen, verbanden leggen", "Open questions, make links"),
    "script.3f.hint": (
        '"Wat bedoel je precies?" "Waarom heb je dit nodig?" Eerder willen = vaak eerder vragen.',
        '"What exactly do you mean?" "Why do you need this?" '
        "Wanting it sooner often means asking sooner.",
    ),
    "script.3g": ("Actiepunten: wat, wie, wanneer", "Action points: what, who, when"),
    "script.3g.hint": (
        "Zo concreet mogelijk: wat moet er gebeuren, wie doet het, wanneer is het klaar?",
        "As concrete as possible: what must happen, who does it, when is it done?",
    ),
    "script.3h": ("Slotronde", "Closing round"),
    "script.3h.hint": (
        "Korte vraagronde: wat vond men ervan? (F5)",
        "A short round: what did people think? (F5)",
    ),
    "script.3i": ("Vervolgbijeenkomst plannen", "Plan the follow-up meeting"),
    "script.3i.hint": (
        "Spreek direct een vervolg af, bijvoorbeeld over 3 maanden (F5).",
        "Agree on a follow-up at once, for example in 3 months (F5).",
    ),
    "script.3j": ("Alle medewerkers informeren", "Inform all employees"),
    "script.3j.hint": (
        "In een medewerkersbijeenkomst en een korte memo met de belangrijkste wijzigingen.",
        "In a staff meeting and a short memo with the main changes.",
    ),
    "script.3k": ("Aan de slag met de actiepunten", "Start on the action points"),
    "script.3k.hint": (
        "Zo snel mogelijk; leidinggevenden begeleiden de nieuwe manier van werken.",
        "As soon as possible; managers guide the new way of working.",
    ),
    "help.keys": ("Toetsen van dit scherm", "Keys of this screen"),
    "help.four_as": ("De vier A's", "The four A's"),
    "help.afspraken": ("Afspraken nakomen", "Keep agreements (Afspraken nakomen)"),
    "help.afspraken.text": (
        "Maak alleen afspraken die u kunt nakomen, leg ze vast en stuur uzelf erop. Nagekomen "
        "afspraken geven begrip, vertrouwen en trouw van de interne klanten.",
        "Make only agreements you can keep, record them and manage yourself on them. Kept "
        "agreements earn the understanding, trust and loyalty of internal customers.",
    ),
    "help.aandacht": ("Aandacht", "Attention (Aandacht)"),
    "help.aandacht.text": (
        "Gemeende aandacht is een belangrijke factor voor succes. Het "
        "gaat niet om de lengte: een goed getimed, gemeend telefoontje "
        "van 30 seconden doet meer dan een verplicht praatje.",
        "Sincere attention is a key to success. Its length does not matter: a "
        "well-timed, sincere 30-second phone call does more than an obligatory chat.",
    ),
    "help.attitude": ("Attitude", "Attitude"),
    "help.attitude.text": (
        "Met een positieve instelling en houding bereikt u meer; wie zich "
        "positief opstelt, krijgt vaak positieve reacties terug, en omgekeerd.",
        "A positive attitude achieves more; a positive stance "
        "often gets positive responses, and the other way round.",
    ),
    "help.aanname": ("Aanname", "Assumptions (Aanname)"),
    "help.aanname.text": (
        'Veel communicatie loopt mis door aannames ("het zal wel…"). Ruil aannames '
        "in voor open vragen en goed luisteren; zo komt u achter de echte oorzaken.",
        'Much communication goes wrong through assumptions ("it\'ll be fine…"). Trade '
        "assumptions for open questions and listening; that is how you find the real causes.",
    ),
    "help.palette": (
        "Alle opdrachten staan in het opdrachtenpalet: ctrl+p. Sluiten: esc.",
        "Every command is in the command palette: ctrl+p. Close: esc.",
    ),
    # --- reports and the action review in the app (app/screens/report.py, review.py) ---
    "key.summary": ("Samenvatting", "Summary"),
    "key.export": ("Exporteren", "Export"),
    "key.compare": ("Vergelijken", "Compare"),
    "key.review": ("Actiereview", "Action review"),
    "key.review_done": ("Gedaan", "Done"),
    "key.review_open": ("Nog open", "Still open"),
    "key.review_drop": ("Vervalt", "Drop"),
    "key.next_action": ("Volgende", "Next"),
    "key.previous_action": ("Vorige", "Previous"),
    "command.summary": (
        "De samenvatting van deze sessie (F6), om te lezen of te exporteren",
        "The summary of this session (F6), to read or export",
    ),
    "command.export": (
        "Memo, printpagina, werkblad, CSV of agenda-bestand maken",
        "Make the memo, printable page, worksheet, CSV or calendar file",
    ),
    "command.compare": (
        "Wat is er veranderd sinds de vorige sessie? (F7)",
        "What changed since the previous session? (F7)",
    ),
    "command.review": (
        "De open actiepunten van de vorige keer een voor een langslopen (F8)",
        "Walk through last time's open action points one by one (F8)",
    ),
    "report.making": ("Bezig…", "Working…"),
    "report.summary_title": (
        "Samenvatting · e exporteert · esc terug",
        "Summary · e exports · esc back",
    ),
    "report.compare_title": (
        "Vergelijking: {old} → {new} · esc terug",
        "Comparison: {old} → {new} · esc back",
    ),
    "report.no_previous": (
        "Deze sessie volgt geen eerdere sessie op.",
        "This session does not follow up an earlier one.",
    ),
    "report.no_other": (
        "Er is geen andere sessie om mee te vergelijken.",
        "There is no other session to compare with.",
    ),
    "report.choose_old": ("Vergelijk {file} met:", "Compare {file} with:"),
    "export.dialog_title": (
        "Exporteren: kies wat en waarheen",
        "Export: choose what and where",
    ),
    "export.dialog_file": ("Bestand (enter schrijft)", "File (enter writes)"),
    "export.reminders": (
        "Herinneringen, de werkdag vóór elke datum",
        "Reminders, the working day before each date",
    ),
    "export.format.markdown": (
        "Memo voor alle medewerkers (Markdown)",
        "Memo for all employees (Markdown)",
    ),
    "export.format.html": ("Samenvatting om te printen (HTML)", "Printable summary (HTML)"),
    "export.format.worksheet": (
        "Werkblad om uit te delen (HTML)",
        "Worksheet to hand out (HTML)",
    ),
    "export.format.csv": (
        "Actiepunten voor de spreadsheet (CSV)",
        "Action points for the spreadsheet (CSV)",
    ),
    "export.format.ics": (
        "Vervolgbijeenkomst en deadlines (agenda, ICS)",
        "Follow-up and deadlines (calendar, ICS)",
    ),
    "export.format.text": ("Samenvatting als tekst", "Summary as text"),
    "export.name.markdown": ("memo", "memo"),
    "export.name.html": ("samenvatting", "summary"),
    "export.name.worksheet": ("werkblad", "worksheet"),
    "export.name.csv": ("acties", "actions"),
    "export.name.ics": ("agenda", "calendar"),
    "export.name.text": ("samenvatting", "summary"),
    "review.heading": (
        "Actiereview: de open actiepunten van de vorige keer (Afspraken nakomen)",
        "Action review: last time's open action points (keep agreements)",
    ),
    "review.keys": (
        "g gedaan · o nog open (nieuwe datum) · v vervalt "
        "(met reden) · → volgende · ← vorige · esc klaar",
        "g done · o still open (new date) · v dropped (with "
        "a reason) · → next · ← previous · esc finish",
    ),
    "review.card": (
        "[b]Actiepunt $number van $total · $id[/b]\n\n[b]$what[/b]\n\nwie: $who\nstap: $step\n"
        "klaar op: $due\nstatus: $status $done\nnotitie: $note\n\n$answer",
        "[b]Action point $number of $total · $id[/b]\n\n[b]$what[/b]\n\nwho: $who\n"
        "step: $step\ndue: $due\nstatus: $status $done\nnote: $note\n\n$answer",
    ),
    "review.answer.done": ("✔ gedaan", "✔ done"),
    "review.answer.open": ("… nog open", "… still open"),
    "review.answer.dropped": ("✘ vervallen", "✘ dropped"),
    "review.finished": (
        "Klaar: {total} {total:actiepunt|actiepunten} langsgelopen: {done} gedaan, {open} nog "
        "open, {dropped} vervallen. Esc gaat terug naar het werkscherm.",
        "Finished: {total} {total:action point|action points} reviewed: {done} done, {open} "
        "still open, {dropped} dropped. Esc goes back to the workshop.",
    ),
    "review.nothing": (
        "Geen open actiepunten van de vorige keer.",
        "No open action points from last time.",
    ),
    "review.ask_done": ("Wanneer was het klaar?", "When was it done?"),
    "review.today": ("leeg: vandaag", "empty: today"),
    "review.ask_due": ("Nieuwe datum?", "New due date?"),
    "review.keep_date": ("leeg: datum blijft", "empty: keep the date"),
    "review.ask_reason": ("Waarom vervalt het?", "Why is it dropped?"),
    "export.exists_app": (
        "{path} bestaat al; kies een andere naam",
        "{path} already exists; choose another name",
    ),
    # --- the command line (cli.py) ---
    "cli.description": (
        "Interne klanten: leg per processtap vast wat de interne klant nodig heeft, "
        "met actiepunten, en vergelijk sessies.",
        "Internal customers: record per process step what the internal customer needs, "
        "with action points, and compare sessions.",
    ),
    "cli.epilog": (
        "Zonder opdracht opent 'interne-klanten BESTAND' de app op dat sessiebestand.",
        "Without a command, 'interne-klanten FILE' opens the app on that session file.",
    ),
    "cli.commands": ("opdrachten", "commands"),
    "cli.command_metavar": ("OPDRACHT", "COMMAND"),
    "cli.metavar.file": ("BESTAND", "FILE"),
    "cli.metavar.name": ("NAAM", "NAME"),
    "cli.metavar.date": ("JJJJ-MM-DD", "YYYY-MM-DD"),
    "cli.metavar.folder": ("MAP", "FOLDER"),
    "cli.lang": (
        "taal van de uitvoer: nl (standaard) of en",
        "output language: nl (default) or en",
    ),
    "cli.version": ("toon het versienummer en stop", "show the version number and exit"),
    "cli.open.help": ("open de app op een sessiebestand", "open the app on a session file"),
    "cli.open.file": ("het sessiebestand (.toml)", "the session file (.toml)"),
    "cli.open.fix_first": (
        "{file} kan niet worden geopend; los eerst de problemen hierboven op "
        "(het bestand is niet gewijzigd).",
        "{file} cannot be opened; fix the problems above first (the file was not changed).",
    ),
    "cli.new.help": (
        "maak een nieuw sessiebestand met de standaardketen van vijf stappen",
        "create a new session file with the default chain of five steps",
    ),
    "cli.new.organisation": ("naam van het bedrijf", "name of the company"),
    "cli.new.date": (
        "datum van de bijeenkomst, JJJJ-MM-DD (standaard: vandaag)",
        "date of the meeting, YYYY-MM-DD (default: today)",
    ),
    "cli.new.folder": (
        "map voor het bestand (standaard: sessions)",
        "folder for the file (default: sessions)",
    ),
    "cli.new.created": ("Aangemaakt: {path}", "Created: {path}"),
    "cli.new.exists": (
        "{path} bestaat al; kies een andere datum of organisatie, of verwijder het bestand",
        "{path} already exists; choose another date or organisation, or remove the file",
    ),
    "cli.new.bad_date": (
        "ongeldige datum '{value}': gebruik JJJJ-MM-DD, bijvoorbeeld 2026-12-15",
        "invalid date '{value}': use YYYY-MM-DD, for example 2026-12-15",
    ),
    "cli.new.bad_name": (
        "organisatie '{value}' geeft geen bruikbare bestandsnaam; gebruik letters of cijfers",
        "organisation '{value}' gives no usable file name; use letters or digits",
    ),
    "cli.new.no_folder": (
        "map {folder} bestaat niet en kan niet worden gemaakt: {error}",
        "folder {folder} does not exist and cannot be created: {error}",
    ),
    "cli.check.help": (
        "controleer sessiebestanden zonder de app te openen",
        "validate session files without opening the app",
    ),
    "cli.check.files": ("een of meer sessiebestanden", "one or more session files"),
    "cli.check.ok": ("{file}: in orde", "{file}: valid"),
    "cli.check.summary_bad": (
        "{bad} van {total} {total:bestand|bestanden} met problemen",
        "{bad} of {total} {total:file|files} with problems",
    ),
    "cli.fmt.help": (
        "herschrijf sessiebestanden in de vaste vorm (zoals een codeformatter)",
        "rewrite session files in canonical form (like a code formatter)",
    ),
    "cli.fmt.check": (
        "alleen melden welke bestanden zouden veranderen (afsluitstatus 1 als er een is)",
        "only report which files would change (exit status 1 if any)",
    ),
    "cli.fmt.would_change": ("{file}: zou veranderen", "{file}: would change"),
    "cli.fmt.changed": ("{file}: herschreven", "{file}: rewritten"),
    "cli.fmt.unchanged": ("{file}: al in vaste vorm", "{file}: already canonical"),
    "cli.fmt.skipped": (
        "{file}: niet herschreven, eerst de problemen oplossen",
        "{file}: not rewritten, fix the problems first",
    ),
    "cli.interrupted": ("Onderbroken.", "Interrupted."),
    # argparse's own strings (cli.py hands them to argparse)
    "argparse.usage: ": ("gebruik: ", "usage: "),
    "argparse.positional arguments": ("argumenten", "positional arguments"),
    "argparse.options": ("opties", "options"),
    "argparse.show this help message and exit": (
        "toon deze hulp en stop",
        "show this help message and exit",
    ),
    "argparse.the following arguments are required: %s": (
        "deze argumenten ontbreken: %s",
        "the following arguments are required: %s",
    ),
    "argparse.unrecognized arguments: %s": (
        "onbekende argumenten: %s",
        "unrecognized arguments: %s",
    ),
    "argparse.invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "argparse.%(prog)s: error: %(message)s\n": (
        "%(prog)s: fout: %(message)s\n",
        "%(prog)s: error: %(message)s\n",
    ),
    "argparse.expected one argument": ("verwacht één waarde", "expected one argument"),
    "argparse.argument %(argument_name)s: %(message)s": (
        "argument %(argument_name)s: %(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
    "argparse.ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "argparse.invalid %(type)s value: %(value)r": (
        "ongeldige waarde voor %(type)s: %(value)r",
        "invalid %(type)s value: %(value)r",
    ),
    # --- when something goes wrong: recovery copies, crashes, signals, disk errors ---
    # (storage/recovery.py, storage/atomic.py, app/crash.py, app/screens/recovery.py)
    "file.not_regular": (
        "dit is geen gewoon bestand (maar een apparaat of een pijp)",
        "this is not a regular file (but a device or a pipe)",
    ),
    "save.error.full": ("de schijf is vol", "the disk is full"),
    "save.error.read_only": (
        "de schijf of map is alleen-lezen",
        "the disk or folder is read-only",
    ),
    "save.error.no_permission": (
        "geen toestemming om in deze map te schrijven",
        "no permission to write in this folder",
    ),
    "save.error.no_folder": (
        "de map bestaat niet (meer); is de stick of netwerkschijf weg?",
        "the folder does not exist (any more); was the stick or network drive removed?",
    ),
    "save.error.device": (
        "de schijf reageert niet; is de stick of netwerkschijf weg?",
        "the disk does not respond; was the stick or network drive removed?",
    ),
    "recovery.question": (
        "De app is gestopt voordat deze wijzigingen in {file} stonden. Kies een versie om "
        "terug te zetten, of houd het bestand zoals het is.",
        "The app stopped before these changes were in {file}. Choose a version to put back, "
        "or keep the file as it is.",
    ),
    "recovery.restore": ("Terugzetten", "Put back"),
    "recovery.keep": ("Bestand houden", "Keep the file"),
    "recovery.decide_later": ("Later beslissen", "Decide later"),
    "recovery.today": ("vandaag", "today"),
    "recovery.count.needs": ("behoeften {old} → {new}", "needs {old} → {new}"),
    "recovery.count.asks": ("verwachtingen {old} → {new}", "asks {old} → {new}"),
    "recovery.count.info": ("afspraken {old} → {new}", "agreements {old} → {new}"),
    "recovery.count.actions": ("actiepunten {old} → {new}", "action points {old} → {new}"),
    "recovery.count.steps": ("stappen {old} → {new}", "steps {old} → {new}"),
    "recovery.count.participants": ("deelnemers {old} → {new}", "participants {old} → {new}"),
    "recovery.count.feedback": ("slotronde {old} → {new}", "closing round {old} → {new}"),
    "recovery.lines_changed": (
        "{count} {count:regel|regels} gewijzigd",
        "{count} {count:line|lines} changed",
    ),
    "recovery.more_lines": (
        "… en nog {count} {count:regel|regels}",
        "… and {count} more {count:line|lines}",
    ),
    "recovery.no_file": (
        "het bestand bestaat niet meer; terugzetten schrijft het opnieuw",
        "the file no longer exists; putting this back writes it again",
    ),
    "recovery.unreadable": (
        "deze kopie is geen geldige sessie en kan niet worden teruggezet",
        "this copy is not a valid session and cannot be put back",
    ),
    "recovery.damaged": (
        "Herstelkopieën die niet te lezen zijn (niet verwijderd): {files}",
        "Recovery copies that cannot be read (not deleted): {files}",
    ),
    "recovery.later": (
        "De herstelkopie blijft bewaard; de app biedt hem de volgende keer weer aan.",
        "The recovery copy is kept; the app offers it again next time.",
    ),
    "recovery.confirm_keep": (
        "Het bestand houden zoals het is en de {count} herstelde {count:versie|versies} "
        "verwijderen?",
        "Keep the file as it is and delete the {count} recovered {count:version|versions}?",
    ),
    "recovery.keep_confirmed": (
        "Ja, herstelde versies verwijderen",
        "Yes, delete the recovered versions",
    ),
    "recovery.discarded": (
        "{count} herstelde {count:versie|versies} verwijderd; het bestand is ongewijzigd.",
        "{count} recovered {count:version|versions} deleted; the file is unchanged.",
    ),
    "recovery.restored": (
        "Versie van {time} teruggezet; wordt nu opgeslagen (ongedaan maken kan niet).",
        "Version of {time} put back; it is being saved now (this cannot be undone).",
    ),
    "recovery.kept_disk_copy": (
        "Het bestand was intussen gewijzigd; die versie is bewaard als {file}.",
        "The file had changed since; that version is kept as {file}.",
    ),
    "recovery.cannot_restore": (
        "Deze herstelkopie is geen geldige sessie; u vindt hem in {file}.",
        "This recovery copy is not a valid session; you find it in {file}.",
    ),
    "recovery.restore_failed": ("Terugzetten mislukt: {error}", "Putting back failed: {error}"),
    "recovery.not_written": (
        "De herstelkopie kon niet worden geschreven ({error}); het opslaan zelf gaat door.",
        "The recovery copy could not be written ({error}); saving itself goes on.",
    ),
    "recovery.cli_missing": (
        "{file} bestaat niet, maar er is een herstelkopie van; de app biedt hem aan.",
        "{file} does not exist, but there is a recovery copy of it; the app offers it.",
    ),
    "crash.stopped": (
        "interne-klanten is gestopt door een onverwachte fout ({kind}).",
        "interne-klanten stopped because of an unexpected error ({kind}).",
    ),
    "crash.signal": (
        "interne-klanten is gestopt op verzoek van het systeem ({name}).",
        "interne-klanten was stopped by the system ({name}).",
    ),
    "crash.work.saved": ("Alles staat in {file}.", "Everything is saved in {file}."),
    "crash.work.recovery": (
        "De laatste wijzigingen staan in een herstelkopie; bij de volgende start van {file} "
        "biedt de app ze aan.",
        "The last changes are in a recovery copy; the app offers them the next time {file} "
        "is opened.",
    ),
    "crash.work.lost": (
        "De laatste wijzigingen (van minder dan een seconde) konden niet worden bewaard.",
        "The last changes (of less than a second) could not be kept.",
    ),
    "crash.report": ("Het foutverslag staat in {path}", "The full report is in {path}"),
    "crash.no_report": (
        "Het foutverslag kon niet worden geschreven ({error}).",
        "The report could not be written ({error}).",
    ),
    "crash.worker": (
        "Er ging iets mis op de achtergrond ({kind}); "
        "de app werkt door. Het verslag staat in {path}",
        "Something went wrong in the background ({kind}); the app goes on. The report is in {path}",
    ),
    "crash.worker_no_report": (
        "Er ging iets mis op de achtergrond ({kind}); het "
        "verslag kon niet worden geschreven ({error}).",
        "Something went wrong in the background ({kind}); "
        "the report could not be written ({error}).",
    ),
}
