from tests.app.conftest import app, dutch, session_file  # noqa: F401  (shared fixtures)
