"""The domain: sessions, steps, items, actions and their rules. Imports no UI and no file format."""
