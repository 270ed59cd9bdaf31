"""The event back-off model, trained by scripts/train_event_backoff.py (see README.md)."""
