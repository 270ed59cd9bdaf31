"""accord's trained models (scripts/train_defence_backoff.py writes them)."""
