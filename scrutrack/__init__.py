"""scrutrack: track what happens to a scrutiny committee's recommendations, one TOML file each.

Kept import-free so that `scrutrack --help` and `--version` start fast; import the layers
you need (`scrutrack.model`, `scrutrack.store`, `scrutrack.lifecycle`, `scrutrack.overdue`).
"""

__version__ = "0.1.0"
