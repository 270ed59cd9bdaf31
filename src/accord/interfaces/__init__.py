"""User-facing interfaces: the CLI, the REST API and web dashboard, exports."""
