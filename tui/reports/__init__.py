"""Reports: sessions and comparisons turned into something to read (Rich, Markdown, JSON).

Renderers take the plain data of :mod:`tui.core` and present it; they hold no business rules.
This package's ``__init__`` imports nothing, so that a command can load one light report (the
memo, the CSV, the calendar) without loading Rich.
"""
