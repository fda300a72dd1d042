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
    "tools.move.question": (
        "{id} verplaatsen naar welke stap? (een cijfer, of ↑↓ en enter)",
        "Move {id} to which step? (a digit, or ↑↓ and enter)",
    ),
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
        "{id} gaat over geen behoefte, vraag of afspraak (vul '{field}' in met enter)",
        "{id} is about no need, ask or agreement (fill in '{field}' with enter)",
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
    "find.hint": (
        "enter: naar de eerste · ↓: kies in de lijst, enter: daarheen · esc: terug",
        "enter: to the first · ↓: choose in the list, enter: go there · esc: back",
    ),
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
    # --- built-in chains (core/chain.py) ---
    "chains.standaard": (
        "Bouw- of installatiebedrijf (standaard)",
        "Building or installation firm (default)",
    ),
    "chains.schildersbedrijf": ("Schildersbedrijf", "Painting firm"),
    "chains.bakkerij": ("Bakkerij", "Bakery"),
    "chains.softwarebedrijf": ("Softwarebedrijf", "Software firm"),
    "chains.step.opname": ("Aanvraag/opname", "Request/survey"),
    "chains.step.offerte": ("Offerte", "Quotation"),
    "chains.step.planning_materiaal": ("Planning/materiaal", "Planning/materials"),
    "chains.step.schilderwerk": ("Schilderwerk", "Painting"),
    "chains.step.oplevering": ("Oplevering/facturatie", "Handover/invoicing"),
    "chains.step.bestelling": ("Bestelling", "Order"),
    "chains.step.inkoop": ("Inkoop/grondstoffen", "Purchasing/ingredients"),
    "chains.step.bakken": ("Bakken", "Baking"),
    "chains.step.uitlevering": ("Inpakken/bezorgen", "Packing/delivery"),
    "chains.step.verkoop": ("Winkel/verkoop", "Shop/sales"),
    "chains.step.intake": ("Intake/aanvraag", "Intake/request"),
    "chains.step.specificatie": ("Analyse/specificatie", "Analysis/specification"),
    "chains.step.ontwikkeling": ("Ontwikkeling", "Development"),
    "chains.step.testen": ("Testen/acceptatie", "Testing/acceptance"),
    "chains.step.oplevering_beheer": ("Oplevering/beheer", "Release/support"),
    "chains.unknown": (
        "onbekende keten '{name}'; kies uit: {names}",
        "unknown chain '{name}'; choose from: {names}",
    ),
    # --- new --chain / --like (commands/new.py) ---
    "cli.new.help_chains": (
        "maak een nieuw sessiebestand: met de standaardketen van vijf stappen, een ingebouwde "
        "keten (--chain) of de keten van een andere sessie (--like)",
        "create a new session file: with the default chain of five steps, a built-in chain "
        "(--chain) or another session's chain (--like)",
    ),
    "cli.new.chain": (
        "de keten om mee te beginnen (zonder --chain en --like: standaard); ingebouwd: {chains}",
        "the chain to start from (without --chain and --like: standaard); built in: {chains}",
    ),
    "cli.new.like": (
        "begin met de keten, de mensen en de klant van een andere sessie, zonder de inhoud",
        "start from another session's chain, people and customer, without its content",
    ),
    "cli.new.chain_and_like": (
        "--chain en --like gaan niet samen: kies er een",
        "--chain and --like do not go together: choose one",
    ),
    "cli.metavar.chain": ("KETEN", "CHAIN"),
    # --- the new-session dialog ---
    "new.chain": ("Keten", "Chain"),
    "new.like": ("zoals {file}: keten, mensen en klant", "like {file}: chain, people and customer"),
    "new.like_hint": (
        "de stappen, deelnemers en klant van dat bestand, zonder de inhoud (aan te passen met F3)",
        "that file's steps, participants and customer, without its content (editable with F3)",
    ),
    "new.like_failed": (
        "{file} kan niet gelezen worden: {problem}",
        "{file} cannot be read: {problem}",
    ),
}
