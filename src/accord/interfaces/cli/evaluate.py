"""The evaluate command (registered on the app)."""
