"""Widgets of the app, one per file."""
