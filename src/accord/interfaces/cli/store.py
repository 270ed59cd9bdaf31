"""Store commands: ingest, query, export (registered on the app)."""
