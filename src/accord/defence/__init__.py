"""accord.defence stage."""
