"""The one module that runs git."""

from __future__ import annotations

import subprocess
from pathlib import Path


def git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, check=check, encoding="utf-8"
    )


def user_name(root: Path) -> str | None:
    """git's user.name for this repository, if git and a name are there."""
    try:
        name = git(root, "config", "user.name", check=False).stdout.strip()
    except OSError:
        return None
    return name or None
