"""Hostile files (issue 12): no escape code from a file ever reaches the terminal."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from conftest import Invoke
from helpers import in_status, new_record, put
from typer.testing import Result

from scrutrack import lifecycle as lc

RID = "cyp-2019-01-10-1"


def _ok(result: Result, *codes: int) -> Result:
    """No traceback, an expected exit code."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert result.exit_code in (codes or (0, 1)), (result.exit_code, result.stdout, result.stderr)
    return result


# ------------------------------------------------------------------------------ no escape codes

EVIL = "Evil\x1b]0;PWNED\x07\x1b[2J\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07\x9b31m"


def _hostile_repo(repo: Path) -> None:
    """A valid record with escape sequences in every text field, a broken one with them in a value
    and a key name, and a file whose name holds one."""
    r = new_record(owner=EVIL, item=EVIL, addressed_to=EVIL, text=f"That {EVIL} be done.\n")
    r = lc.refer(r, dt.date(2019, 1, 20), dt.date(2019, 3, 20), by=EVIL, note=EVIL)
    r = lc.respond(r, dt.date(2019, 2, 1), "accepted", f"{EVIL}\n", due=dt.date(2019, 6, 1), note=EVIL)
    r = lc.add_evidence(r, dt.date(2019, 2, 2), EVIL, url="https://example.org/a.pdf", note=EVIL)
    put(repo, r)
    broken = new_record("cyp-2019-01-10-2")
    text = put(repo, broken).read_text()
    bad = 'status = "\\u001b]0;PWNED\\u0007\\u001b[2J"\n"k\\u001b[31m\\u0007" = 1\n'
    (repo / "records/cyp/cyp-2019-01-10-2.toml").write_text(text.replace('status = "agreed"\n', bad))
    (repo / "records/cyp/\x1b[2J\x07.toml").write_text(text)


def test_no_command_writes_an_escape_code_from_a_record(git_repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    repo = git_repo
    _hostile_repo(repo)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    subprocess.run(["git", "commit", "-qm", "hostile"], cwd=repo, check=True)
    invoke("note", RID, EVIL, "--date", "2019-02-03", "--by", EVIL)  # from the command line too
    minutes = tmp_path / "minutes.txt"
    filler = "The Sub-Committee discussed the quarterly report at length with the Director.\n" * 30
    minutes.write_text(
        f"Meeting Date: 12 March 2019\n{filler}Item: {EVIL}\nRecommendations:\n1. That {EVIL} be done.\n{filler}"
    )
    tracker = tmp_path / "tracker.csv"
    rows = "".join(f"12/03/2019,That item {n} be done.,Done,{n}\n" for n in range(2, 200))
    tracker.write_text(f'Meeting,Recommendation,Status,"Ref{EVIL}"\n12/03/2019,That it be done.,"Done{EVIL}",1\n{rows}')
    path = repo / f"records/cyp/{RID}.toml"
    ours, theirs = tmp_path / "ours.toml", tmp_path / "theirs.toml"
    ours.write_text(path.read_text().replace("Evil", "Ours"))
    theirs.write_text(path.read_text().replace("Evil", "Theirs"))
    editor = tmp_path / "ed.py"
    editor.write_text("import sys\nopen(sys.argv[1], 'a').write('\"k\\\\u001b[2J\" = 1\\n')\n")
    os.environ["EDITOR"] = f"{sys.executable} {editor}"
    runs = [
        *[("list", "-f", f) for f in ("table", "json", "csv", "markdown")],
        *[("overdue", "--as-of", "2030-01-01", "--within", "9", "-f", f) for f in ("table", "json", "csv", "markdown")],
        ("show", RID),
        ("show", RID, "-f", "json"),
        ("show", "cyp-2019-01-10-2"),
        ("show", "\x1b[2J\x07"),
        ("check",),
        ("fmt", "--check"),
        ("export", "csv"),
        ("note", "cyp-2019-01-10-2", "x"),
        ("status", RID, "closed", "--note", EVIL),
        ("due", RID, "2019-09-01", "--reason", EVIL, "--date", "2019-02-04"),
        ("edit", RID),
        ("import", "minutes", str(minutes), "--committee", "cyp", "--dry-run"),
        ("import", "minutes", str(minutes), "--committee", "cyp", "--dry-run", "-f", "json"),
        ("import", "csv", str(tracker), "--committee", "cyp", "--dry-run"),
        ("import", "csv", str(tracker), "--committee", "cyp", "--status-map", f"Done{EVIL}=implemented"),
        *[("changes", "HEAD", "-f", f) for f in ("table", "markdown", "json")],
        ("merge-driver", str(path), str(ours), str(theirs), f"records/cyp/{RID}.toml"),
        ("fmt",),
    ]
    try:
        for args in runs:
            result = _ok(invoke(*args, code=None), 0, 1)
            for stream, text in (("stdout", result.stdout), ("stderr", result.stderr)):
                for char in ("\x1b", "\x07", "\x9b"):
                    assert char not in text, f"scrutrack {args[:3]}: raw {char!r} on {stream}:\n{text}"
    finally:
        del os.environ["EDITOR"]
    assert "\\x1b]0;PWNED\\x07" in invoke("check", code=1).stdout  # shown, not obeyed


def test_an_error_line_shows_the_escape(repo: Path, invoke: Invoke) -> None:
    _hostile_repo(repo)
    err = invoke("refer", "cyp-2019-01-10-2", code=1).stderr
    assert err.startswith("Error: records/cyp/cyp-2019-01-10-2.toml:1: unknown key 'k\\x1b[31m\\x07' in a record")


def test_tables_and_show_drop_control_characters(repo: Path, invoke: Invoke) -> None:
    put(repo, in_status("referred"))
    put(repo, new_record("cyp-2019-01-10-3", owner=EVIL))
    assert "Evil]0;PWNED[2J]8;;https://evil.example/click]8;;31m" in invoke("show", "cyp-2019-01-10-3").stdout
