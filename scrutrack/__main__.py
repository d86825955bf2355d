"""Run the command line as `python -m scrutrack`."""

from scrutrack.cli import main

main()
