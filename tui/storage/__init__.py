"""The session file format: read and validate TOML, write it canonically, save it atomically."""
