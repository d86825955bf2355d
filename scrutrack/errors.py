"""The errors a user can act on; the CLI prints their message and exits 1."""

from collections.abc import Sequence

MOST_LINES = 50  # a list of problems stops here, with a count of the rest: one bad CSV had 10,001


def listed(lines: Sequence[str], what: str = "problem", indent: str = "  ") -> str:
    """Lines of a list of problems, one each, the first MOST_LINES of them and a count of the rest."""
    shown = [indent + line for line in lines[:MOST_LINES]]
    rest = len(lines) - MOST_LINES
    if rest > 0:
        shown.append(f"{indent}... and {rest} more {what}{'s' if rest != 1 else ''}")
    return "\n".join(shown)


class ScrutrackError(Exception):
    """A mistake the user can fix; the message says what and how."""


class RepoNotFound(ScrutrackError):
    """No scrutrack.toml above the current directory (or where --repo points)."""


class ConfigError(ScrutrackError):
    """scrutrack.toml is broken or lacks what a command needs."""


class RecordNotFound(ScrutrackError):
    """No record has the ID (or prefix) given."""


class BrokenRecord(ScrutrackError):
    """A record file cannot be read as a valid record."""


class InvalidInput(ScrutrackError):
    """A value given on the command line or in an input file is not usable."""


class TransitionRefused(ScrutrackError):
    """The lifecycle does not allow this change, or it lacks what it must carry."""


class AlreadyExists(ScrutrackError):
    """A record or set-up that would be overwritten already exists."""


class AlreadyDone(ScrutrackError):
    """The step is already in the record's history (same date and values): nothing is written, and
    that is no error (the command exits 0)."""


class GitBusy(ScrutrackError):
    """git is changing the work tree, or a merge, rebase or cherry-pick waits there: nothing is written."""


class Interrupted(KeyboardInterrupt):
    """A signal (^C, SIGTERM, SIGHUP) stopped a command; the message says what it left."""

    def __init__(self, signum: int, what: str) -> None:
        import signal

        super().__init__(f"interrupted ({signal.Signals(signum).name}) {what}")
        self.code = 128 + signum  # as a shell reports a command ended by that signal
