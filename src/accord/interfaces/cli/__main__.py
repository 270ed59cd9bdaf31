"""``python -m accord.interfaces.cli`` runs the command line."""

from accord.interfaces.cli import main

main()
