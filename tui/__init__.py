"""interne-klanten: a workshop tool for internal customers in a small company's work process."""

__version__ = "0.1.0"
