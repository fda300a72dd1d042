"""The Textual app: screens, widgets and styles. Holds no business rules: it reads the session
and changes it through :class:`tui.core.history.SessionEditor`."""
