"""`edit`: a valid edit is written canonically; an invalid one is refused and the file left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Invoke
from helpers import editor, in_status, put

from scrutrack.cli.common import complete_id


def test_valid_edit_is_saved_canonically(
    repo: Path, invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = put(repo, in_status("referred"))
    # Owner added out of canonical order (at the end of the top table) is moved into place.
    monkeypatch.setenv("EDITOR", editor(tmp_path, 'text = """', 'owner = "Head of Early Help"\ntext = """'))
    invoke("edit", "cyp-2019-01")
    text = path.read_text()
    assert 'owner = "Head of Early Help"' in text
    assert text.index("owner =") < text.index("referred =")
    invoke("check")
    invoke("fmt", "--check")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('status = "referred"', 'status = "closed"', "history ends in 'referred'"),
        ('kind = "recommendation"', 'kind = "wish"', "'kind' is 'wish'"),
        ("meeting = 2019-01-10", "meeting = [", "TOML syntax"),
    ],
)
def test_invalid_edit_is_refused(
    repo: Path, invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str, message: str
) -> None:
    path = put(repo, in_status("referred"))
    before = path.read_bytes()
    monkeypatch.setenv("EDITOR", editor(tmp_path, old, new))
    result = invoke("edit", "cyp-2019-01-10-1", code=1)
    assert message in result.stderr
    assert "was left untouched" in result.stderr
    assert path.read_bytes() == before


def test_no_editor(repo: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    put(repo, in_status("agreed"))
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    assert "set $VISUAL or $EDITOR" in invoke("edit", "cyp-2019-01-10-1", code=1).stderr


def test_ids_complete_in_the_shell(repo: Path) -> None:
    put(repo, in_status("agreed", rid="cyp-2019-01-10-1"))
    put(repo, in_status("agreed", rid="cyp-2019-01-10-2"))
    put(repo, in_status("agreed", rid="hsc-2019-01-10-1"))
    assert complete_id("cyp-") == ["cyp-2019-01-10-1", "cyp-2019-01-10-2"]
    assert complete_id("h") == ["hsc-2019-01-10-1"]
