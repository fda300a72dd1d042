"""Texts of the facilitator's tools: reordering, moving an item to another step, the links
between actions and what they are about, finding, and the built-in chains (issue 16)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- keys ---
    "key.order_up": ("Eerder", "Earlier"),
    "key.order_down": ("Later", "Later"),
    "key.move_to_step": ("Naar stap", "To step"),
    "key.follow_link": ("Koppeling", "Link"),
    "key.find": ("Zoeken", "Find"),
    "key.pick": ("Kiezen", "Choose"),
    "command.find": (
        "Zoeken in de hele sessie: behoeften, vragen, afspraken, acties, verwachtingen, slotronde",
        "Find in the whole session: needs, asks, agreements, actions, expectations, closing round",
    ),
    "tools.command.move_to_step": ("Verplaatsen naar een andere stap", "Move to another step"),
    "tools.command.follow_link": ("Koppeling volgen", "Follow the link"),
    "tools.command.order_up": ("Volgorde: eerder", "Order: earlier"),
    "tools.command.order_down": ("Volgorde: later", "Order: later"),
    "command.move_to_step": (
        "Verplaatsen: het punt onder de cursor naar een andere stap (m)",
        "Move the item under the cursor to another step (m)",
    ),
    "command.follow_link": (
        "Koppeling volgen: van een actie naar waar ze over gaat, van een punt naar zijn acties (g)",
        "Follow the link: from an action to what it is about, from an item to its actions (g)",
    ),
    "command.order_up": (
        "Volgorde: het punt onder de cursor een plaats eerder (ctrl+↑ of shift+↑)",
        "Order: the item under the cursor one place earlier (ctrl+↑ or shift+↑)",
    ),
    "command.order_down": (
        "Volgorde: het punt onder de cursor een plaats later (ctrl+↓ of shift+↓)",
        "Order: the item under the cursor one place later (ctrl+↓ or shift+↓)",
    ),
    # --- reorder and move (core and screens) ---
    "tools.move.same_step": ("Het punt staat al in die stap", "The item is in that step already"),
    "tools.move.question": ("{id} verplaatsen naar welke stap?", "Move {id} to which step?"),
    "tools.move.option": ("{number}  {name}", "{number}  {name}"),
    "tools.move.here": ("{number}  {name} (hier)", "{number}  {name} (here)"),
    "tools.move.done": (
        "{id} staat nu in {step} (ctrl+z maakt het ongedaan)",
        "{id} is now in {step} (ctrl+z undoes it)",
    ),
    "tools.move.no_step": ("Deze sessie heeft maar één stap", "This session has only one step"),
    # --- links between actions and what they are about ---
    "column.about": ("over", "about"),
    "tools.about.unknown": (
        "'{text}' is geen behoefte, vraag of afspraak van deze sessie: typ een nummer zoals n3, "
        "r2 of c1, of maak het veld leeg",
        "'{text}' is no need, ask or agreement of this session: type a number such as n3, r2 "
        "or c1, or empty the field",
    ),
    "tools.link.none": (
        "{id} heeft geen koppeling: nog geen actie over dit punt (a maakt er een)",
        "{id} has no link: no action about this item yet (a makes one)",
    ),
    "tools.link.none_action": (
        "{id} gaat over geen behoefte, vraag of afspraak (stel 'over' in met enter)",
        "{id} is about no need, ask or agreement (set 'about' with enter)",
    ),
    "tools.link.which": ("Welke actie over {id}?", "Which action about {id}?"),
    "tools.link.option": ("{id}  {what}", "{id}  {what}"),
    "tools.link.gone": ("{id} bestaat niet meer", "{id} no longer exists"),
    # --- find ---
    "find.title": ("Zoeken in de sessie", "Find in the session"),
    "find.placeholder": (
        "woord of begin van een woord (hoofdletters en accenten maken niet uit)",
        "a word or the start of one (case and accents do not matter)",
    ),
    "find.count": ("{count} {count:treffer|treffers}", "{count} {count:hit|hits}"),
    "find.none": ("Niets gevonden voor '{query}'", "Nothing found for '{query}'"),
    "find.empty": ("Typ wat u zoekt", "Type what you are looking for"),
    "find.more": (
        "en nog {count} (typ meer om te verfijnen)",
        "and {count} more (type more to narrow)",
    ),
    "find.where.customer": ("{name}", "{name}"),
    "find.where.closing": ("Slotronde", "Closing round"),
    "find.where.general": ("Algemeen", "General"),
    "find.kind.needs": ("behoefte", "need"),
    "find.kind.asks": ("vraag", "ask"),
    "find.kind.info": ("afspraak", "agreement"),
    "find.kind.actions": ("actie", "action"),
    "find.kind.expectations": ("verwachting", "expectation"),
    "find.kind.feedback": ("slotronde", "closing round"),
}
