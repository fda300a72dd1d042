"""The message catalogue: every user-facing text, Dutch and English, one module per layer.

Each module holds only data, a ``MESSAGES`` dict of ``key: (dutch, english)``; :mod:`tui.i18n`
lists the modules and loads them all on first use. A field may carry its plural forms, as in
``"{count} {count:actie|acties}"``.
"""
