from tests.app.conftest import app, closed_app, dutch, session_file  # noqa: F401  (shared fixtures)
