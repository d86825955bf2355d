"""`import minutes --edit` (issue 20, point 7): the editor always opens, also when a block was not
read, when nothing was found and when the minutes give no date; a block not read, uncommented, is a
recommendation; a block left out renumbers nothing, so the same minutes imported again create nothing.

The editor is a real program ($EDITOR, run by click as an officer's editor is): a Python script that
keeps what it was shown and makes the replacements listed in a file beside it, as an officer would.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import Invoke, files_snapshot

EDITOR = """\
import json, sys
from pathlib import Path

path, here = Path(sys.argv[1]), Path(sys.argv[0]).parent
text = path.read_text(encoding="utf-8")
(here / "seen.txt").write_text(text, encoding="utf-8")
for old, new in json.loads((here / "edits.json").read_text(encoding="utf-8")):
    assert old in text, old
    text = text.replace(old, new)
path.write_text(text, encoding="utf-8")
"""

SKIPPED = """\
Meeting Date: 12 March 2019

23. Waste Collection Review

RESOLVED:

1. That the Cabinet Member review the collection rounds.

The review should include the Riverside estate.

2. That officers report missed collections by ward.

3. That the Panel visits the depot in June.
"""


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Set $EDITOR to the script; call it with the edits to make; it returns what the editor showed."""
    folder = tmp_path / "editor"
    folder.mkdir()
    (folder / "editor.py").write_text(EDITOR, encoding="utf-8")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {folder / 'editor.py'}")

    def edits(*pairs: tuple[str, str]) -> Path:
        (folder / "edits.json").write_text(json.dumps(pairs), encoding="utf-8")
        (folder / "seen.txt").unlink(missing_ok=True)
        return folder / "seen.txt"

    return edits


def _records(repo: Path) -> dict[str, str]:
    return {p.stem: tomllib.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(repo.glob("records/*/*.toml"))}


def test_a_block_not_read_is_offered_taken_up_and_numbered_after_the_rest(repo: Path, invoke: Invoke, editor) -> None:  # type: ignore[no-untyped-def]
    (repo / "m.txt").write_text(SKIPPED, encoding="utf-8")
    # Leave #2 out and take up the paragraph the reader could not place.
    edit = (
        (
            "== 2019-03-12 #2 | Waste Collection Review\n# from m.txt:11\nThat officers report missed collections by ward.\n",
            "",
        ),
        (
            "#== 2019-03-12 | Waste Collection Review\n#The review should include the Riverside estate.\n",
            "== 2019-03-12 | Waste Collection Review\nThat the review should include the Riverside estate.\n",
        ),
    )
    seen = editor(*edit)
    result = invoke("import", "minutes", "m.txt", "--committee", "cyp", "--edit", "--strict")
    shown = seen.read_text(encoding="utf-8")
    assert "\n# not taken, m.txt:9: a paragraph between two points of a list, part of neither\n" in shown
    # #2 left out keeps its number free; the block taken up comes after every number the reader gave.
    assert result.stdout.split() == ["cyp-2019-03-12-1", "cyp-2019-03-12-3", "cyp-2019-03-12-4"]
    assert "not read" not in result.stderr  # taken up: nothing left unread, so --strict let it through
    assert _records(repo)["cyp-2019-03-12-4"] == "That the review should include the Riverside estate.\n"
    # The same edit again creates nothing; the minutes imported plainly create only the one left out.
    before = files_snapshot(repo)
    editor(*edit)
    again = invoke("import", "minutes", "m.txt", "--committee", "cyp", "--edit")
    assert again.stdout == "" and "Nothing new: 3 recommendations" in again.stderr
    assert files_snapshot(repo) == before
    plain = invoke("import", "minutes", "m.txt", "--committee", "cyp")
    assert plain.stdout.split() == ["cyp-2019-03-12-2"]
    assert "2 already present" in plain.stderr
    assert plain.stderr.startswith("not read: m.txt:9: a paragraph between two points of a list, part of neither\n")


def test_the_editor_opens_when_nothing_was_found_and_offers_the_text(repo: Path, invoke: Invoke, editor) -> None:  # type: ignore[no-untyped-def]
    (repo / "m.txt").write_text(
        "Meeting Date: 18 September 2018\n\nItem: Budget\n\nMembers asked whether the figures could come sooner.\n\n"
        "The Chair would write to the Leader asking for monthly figures.\n",
        encoding="utf-8",
    )
    before = files_snapshot(repo)
    assert invoke("import", "minutes", "m.txt", "--committee", "cyp", code=1).stderr.startswith(
        "Error: found no recommendations in m.txt"
    )
    seen = editor(
        (
            "#== 2018-09-18 | \n#The Chair would write",
            "== 2018-09-18 | Budget\nThat the Chair would write",
        )
    )
    result = invoke("import", "minutes", "m.txt", "--committee", "cyp", "--edit")
    shown = seen.read_text(encoding="utf-8")
    assert "# scrutrack found no decisions in it: its paragraphs follow as comments, to take up.\n" in shown
    assert "\n# not taken, m.txt:5: not read as a decision\n#== 2018-09-18 | \n#Members asked" in shown
    assert result.stdout == "cyp-2018-09-18-1\n"
    assert _records(repo) == {
        "cyp-2018-09-18-1": "That the Chair would write to the Leader asking for monthly figures.\n"
    }
    # Left as it was shown (nothing taken up), nothing is imported.
    editor()
    for p in (repo / "records").rglob("*.toml"):
        p.unlink()
    err = invoke("import", "minutes", "m.txt", "--committee", "cyp", "--edit", code=1).stderr
    assert err == "Error: the edited list holds no recommendations; nothing was imported\n"
    assert files_snapshot(repo) == before


def test_the_editor_opens_when_the_minutes_give_no_date_and_asks_for_it(repo: Path, invoke: Invoke, editor) -> None:  # type: ignore[no-untyped-def]
    (repo / "m.txt").write_text(
        "Housing Panel\n\n4. Empty homes\n\nRESOLVED: That officers list the empty homes by ward.\n", encoding="utf-8"
    )
    assert "give the date with --meeting" in invoke("import", "minutes", "m.txt", "--committee", "cyp", code=1).stderr
    # Saved as shown, the placeholder is named, and nothing is written.
    seen = editor()
    before = files_snapshot(repo)
    err = invoke("import", "minutes", "m.txt", "--committee", "cyp", "--edit", code=1).stderr
    shown = seen.read_text(encoding="utf-8")
    assert "# The minutes give no meeting date: write it in place of YYYY-MM-DD (or give --meeting).\n" in shown
    assert "\n== YYYY-MM-DD #1 | Empty homes\n# from m.txt:5\nThat officers list the empty homes by ward.\n" in shown
    assert err.startswith("Error: the edited list, line ") and "YYYY-MM-DD" in err and err.count("\n") == 1
    assert files_snapshot(repo) == before
    editor(("== YYYY-MM-DD #1", "== 2019-02-04 #1"))
    assert invoke("import", "minutes", "m.txt", "--committee", "cyp", "--edit").stdout == "cyp-2019-02-04-1\n"
    assert _records(repo) == {"cyp-2019-02-04-1": "That officers list the empty homes by ward.\n"}


def test_an_editor_that_fails_is_named_and_nothing_is_imported(
    repo: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "m.txt").write_text("Minutes of the meeting held on 4 February 2019\n\nRESOLVED: That the Panel visits.\n")
    monkeypatch.setenv("EDITOR", "false")
    before = files_snapshot(repo)
    err = invoke("import", "minutes", "m.txt", "--committee", "cyp", "--edit", code=1).stderr
    assert err == (
        "Error: the editor (false) ended with an error; nothing was imported "
        "(run again, or choose another editor, e.g. EDITOR=nano)\n"
    )
    assert files_snapshot(repo) == before
