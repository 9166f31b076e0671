"""``python -m monitor`` runs the regwatch command line."""
from monitor.cli import main

main()
