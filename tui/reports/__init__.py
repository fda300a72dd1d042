"""Reports: sessions and comparisons turned into something to read (Rich, Markdown, JSON).

Renderers take the plain data of :mod:`tui.core` and present it; they hold no business rules.
This package's ``__init__`` imports nothing, so that the command line can load the texts of a
report (``texts_compare``) for its help without loading Rich.
"""
