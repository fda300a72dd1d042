"""The texts of ``series`` and ``overview`` (the commands, the reports, the series screen and the
start screen's overview columns), Dutch and English."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- series (commands/series.py) ---
    "series.help": (
        "de reeks: alle bijeenkomsten van een organisatie naast elkaar (afspraken nagekomen, "
        "actiepunten, wat terugkomt)",
        "the series: every meeting of an organisation side by side (agreements kept, action "
        "points, what comes back)",
    ),
    "series.file": (
        "een sessiebestand van de reeks (welke bijeenkomst dan ook)",
        "a session file of the series (any of its meetings)",
    ),
    "series.format": ("vorm van de uitvoer", "output format"),
    "series.not_found": ("{file}: bestand niet gevonden", "{file}: file not found"),
    # --- the series report (reports/series_report.py) ---
    "series.title": ("Reeks: {organisation}", "Series: {organisation}"),
    "series.title_unknown": ("Reeks", "Series"),
    "series.span": (
        "{count} {count:bijeenkomst|bijeenkomsten}, {first} tot en met {last}",
        "{count} {count:meeting|meetings}, {first} to {last}",
    ),
    "series.span_one": ("1 bijeenkomst, {first}", "1 meeting, {first}"),
    "series.kicker": ("Interne klanten · de reeks", "Internal customers · the series"),
    "series.problems": ("Problemen met de reeks", "Problems with the series"),
    "series.problem.missing": (
        "{file}: de vorige bijeenkomst is {previous}, maar dat bestand is er niet; de reeks "
        "begint bij {file}",
        "{file}: the previous meeting is {previous}, but that file is not there; the series "
        "starts at {file}",
    ),
    "series.problem.loop": (
        "{file}: de vorige bijeenkomsten lopen in een kring ({files}); de reeks stopt daar",
        "{file}: the previous meetings go round in a loop ({files}); the series stops there",
    ),
    "series.problem.fork": (
        "{file} is de vorige bijeenkomst van meer dan één bestand: {files}",
        "{file} is the previous meeting of more than one file: {files}",
    ),
    "series.problem.off_chain": (
        "niet in de reeks getoond (een zijtak): {files}",
        "not shown in the series (a side branch): {files}",
    ),
    "series.problem.unreadable": (
        "{file} is geen geldige sessie ({count} {count:probleem|problemen}):",
        "{file} is not a valid session ({count} {count:problem|problems}):",
    ),
    "series.problem.order": (
        "{file} is eerder gehouden dan de bijeenkomst die het opvolgt ({previous})",
        "{file} was held before the meeting it follows up ({previous})",
    ),
    "series.none": (
        "Geen leesbare bijeenkomst in deze reeks.",
        "No readable meeting in this series.",
    ),
    "series.meetings": ("Per bijeenkomst", "Per meeting"),
    "series.col.meeting": ("datum", "date"),
    "series.col.kept": ("nagekomen", "kept"),
    "series.col.on_time": ("op tijd", "on time"),
    "series.col.open": ("open", "open"),
    "series.col.overdue": ("te laat", "overdue"),
    "series.col.done": ("gedaan", "done"),
    "series.col.dropped": ("vervallen", "dropped"),
    "series.col.new": ("nieuw", "new"),
    "series.col.step": ("stap", "step"),
    "series.col.due": ("moesten klaar", "were due"),
    "series.col.who": ("wie", "who"),
    "series.col.still_overdue": ("nog te laat", "still overdue"),
    "series.col.percent": ("op tijd %", "on time %"),
    "series.first": ("eerste", "first"),
    "series.kept_none": ("niets verlopen", "none due"),
    "series.unreadable": ("onleesbaar", "unreadable"),
    "series.items_some": (
        "de laatste {shown} van {count} bijeenkomsten; alle in --format markdown, html of json",
        "the last {shown} of {count} meetings; all of them in --format markdown, html or json",
    ),
    "overview.not_in_table": (
        "Zonder leesbare bijeenkomst (zie de problemen): {files}",
        "Without a readable meeting (see the problems): {files}",
    ),
    "series.kept_unknown": ("niet te bepalen", "not determinable"),
    "series.new_unknown": ("?", "?"),
    "series.kept_unknown_reason": (
        "niet te bepalen: de bijeenkomst ervoor ({file}) is onleesbaar",
        "cannot be determined: the meeting before ({file}) is unreadable",
    ),
    "series.kept_unknown_note": (
        "{date}: nagekomen en nieuw zijn niet te bepalen, want de bijeenkomst ervoor ({file}) is "
        "onleesbaar",
        "{date}: kept and new cannot be determined, because the meeting before ({file}) is "
        "unreadable",
    ),
    "overview.kept_unknown_note": (
        "{organisation}: nagekomen bij de laatste bijeenkomst is niet te bepalen, want de "
        "bijeenkomst ervoor ({file}) is onleesbaar",
        "{organisation}: kept at the last meeting cannot be determined, because the meeting "
        "before ({file}) is unreadable",
    ),
    "series.kept_cell": ("{done}/{due} {percent}%", "{done}/{due} {percent}%"),
    "series.kept_explained": (
        "Afspraken nagekomen: de actiepunten van de bijeenkomst ervoor die uiterlijk op de "
        "bijeenkomst klaar moesten zijn en gedaan zijn (zoals compare telt); te laat: open en "
        "verlopen vóór de dag van de bijeenkomst.",
        "Agreements kept: the action points of the meeting before that were due by the meeting "
        "and are done (as compare counts); overdue: open and due before the day of the meeting.",
    ),
    "series.trend": ("Verloop", "Trend"),
    "series.trend.kept": ("nagekomen %", "kept %"),
    "series.trend.open": ("open", "open"),
    "series.trend.overdue": ("te laat", "overdue"),
    "series.items": ("Punten per stap", "Items per step"),
    "series.items_explained": (
        "behoeften · verwacht terug · afspraken, per bijeenkomst",
        "needs · asks · info agreements, per meeting",
    ),
    "series.items_missing": ("–", "–"),
    "series.recurring": ("Wat terugkomt", "What comes back"),
    "series.recurring_none": (
        "Niets kwam terug, en niets bleef drie keer onopgelost liggen.",
        "Nothing came back, and nothing stayed unresolved three times.",
    ),
    "series.returned": (
        "weer terug: weg op {gone}, terug op {back}",
        "back again: gone on {gone}, back on {back}",
    ),
    "series.returned_as": ("(eerder {id})", "(before: {id})"),
    "series.unresolved": (
        "{count} bijeenkomsten op rij onveranderd en niet opgelost; nog open: {actions}",
        "unchanged and unresolved in {count} meetings in a row; still open: {actions}",
    ),
    "series.on_time": ("Op tijd gedaan", "Done on time"),
    "series.on_time_explained": (
        "Elk actiepunt één keer, zoals het op zijn laatste bijeenkomst stond, als het toen "
        "klaar moest zijn (zonder de vervallen).",
        "Every action point once, as it stood at its last meeting, when it was due by then "
        "(dropped ones left out).",
    ),
    "series.by_step": ("Per stap", "Per step"),
    "series.by_person": ("Per persoon", "Per person"),
    "series.on_time_cell": (
        "{on_time} van de {due} op tijd ({percent}%)",
        "{on_time} of {due} on time ({percent}%)",
    ),
    "series.on_time_rest": (
        "{done} gedaan, {overdue} nog open, te laat",
        "{done} done, {overdue} overdue",
    ),
    "series.on_time_done": ("{done} gedaan", "{done} done"),
    "series.on_time_none": (
        "Er moest nog geen actiepunt klaar zijn.",
        "No action point was due yet.",
    ),
    "series.chart.kept": (
        "Afspraken nagekomen per bijeenkomst",
        "Agreements kept per meeting",
    ),
    "series.chart.actions": (
        "Actiepunten per bijeenkomst: open (lijn) en te laat (stippellijn)",
        "Action points per meeting: open (line) and overdue (dashed line)",
    ),
    "series.chart.first": ("eerste", "first"),
    "series.screen_title": ("De reeks van deze sessie", "The series of this session"),
    "key.series": ("Reeks", "Series"),
    "command.series": (
        "Alle bijeenkomsten van deze reeks naast elkaar",
        "Every meeting of this series side by side",
    ),
    # --- overview (commands/overview.py, reports/overview_report.py) ---
    "overview.help": (
        "overzicht van alle organisaties: laatste bijeenkomst, vervolg, open en te late "
        "actiepunten, afspraken nagekomen",
        "overview of every organisation: last meeting, follow-up, open and overdue action points, "
        "agreements kept",
    ),
    "overview.folders": (
        "mappen met sessiebestanden (standaard: sessions)",
        "folders of session files (default: sessions)",
    ),
    "overview.date": (
        "tel 'te laat' tot deze dag, JJJJ-MM-DD (standaard: vandaag)",
        "count 'overdue' to this day, YYYY-MM-DD (default: today)",
    ),
    "overview.not_a_folder": ("{folder}: geen map", "{folder}: not a folder"),
    "overview.title": (
        "Overzicht: {count} {count:reeks|reeksen} in {folders}",
        "Overview: {count} {count:series|series} in {folders}",
    ),
    "overview.counted": (
        "te laat geteld tot {date}",
        "overdue counted to {date}",
    ),
    "overview.empty": (
        "Geen sessiebestanden gevonden in {folders}.",
        "No session files found in {folders}.",
    ),
    "overview.col.organisation": ("organisatie", "organisation"),
    "overview.col.last": ("laatste", "last"),
    "overview.col.meetings": ("aantal", "meetings"),
    "overview.col.follow_up": ("vervolg", "follow-up"),
    "overview.col.open": ("open", "open"),
    "overview.col.overdue": ("te laat", "overdue"),
    "overview.col.kept": ("nagekomen", "kept"),
    "overview.follow_up_overdue": ("te laat", "overdue"),
    "overview.no_follow_up": ("geen datum", "no date"),
    "overview.problems": ("Problemen", "Problems"),
    "overview.unreadable_series": ("(geen leesbare bijeenkomst)", "(no readable meeting)"),
    "overview.ics.calendar_name": (
        "Interne klanten: alle organisaties",
        "Internal customers: all organisations",
    ),
    "overview.csv.organisation": ("organisatie", "organisation"),
    "overview.csv.meetings": ("bijeenkomsten", "meetings"),
    "overview.csv.last_meeting": ("laatste bijeenkomst", "last meeting"),
    "overview.csv.last_file": ("bestand", "file"),
    "overview.csv.follow_up": ("vervolg", "follow-up"),
    "overview.csv.follow_up_overdue": ("vervolg te laat", "follow-up overdue"),
    "overview.csv.open": ("open", "open"),
    "overview.csv.overdue": ("te laat", "overdue"),
    "overview.csv.kept_done": ("nagekomen", "kept"),
    "overview.csv.kept_due": ("moesten klaar", "were due"),
    "overview.csv.kept_on_time": ("op tijd", "on time"),
    "overview.csv.kept_percent": ("nagekomen %", "kept %"),
    "overview.csv.problems": ("problemen", "problems"),
    "overview.yes": ("ja", "yes"),
    "overview.no": ("nee", "no"),
    # --- the start screen's overview columns (app/screens/start.py) ---
    "start.column.follow_up": ("vervolg", "follow-up"),
    "start.column.open": ("open", "open"),
    "start.column.overdue": ("te laat", "overdue"),
    "start.column.kept": ("nagekomen", "kept"),
    "start.sorted": ("gesorteerd op {sort}", "sorted by {sort}"),
    "start.sort.date": ("datum", "date"),
    "start.sort.organisation": ("organisatie", "organisation"),
    "start.sort.follow_up": ("vervolg", "follow-up"),
    "start.sort.open_actions": ("open actiepunten", "open action points"),
    "start.sort.overdue": ("te laat", "overdue"),
    "start.sort.kept": ("nagekomen", "kept"),
    "start.follow_up_late": ("{date} te laat", "{date} overdue"),
    "start.counted": (
        "te laat geteld tot {date} (een eerdere bijeenkomst: tot haar eigen datum)",
        "overdue counted to {date} (an earlier meeting: to its own date)",
    ),
    "start.no_series": (
        "Kies eerst een sessie die gelezen kon worden.",
        "First choose a session that could be read.",
    ),
}
