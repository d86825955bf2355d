"""Mistakes a clerk makes on the write side: refused or handled, never a broken record or a traceback."""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

import pytest
from conftest import Invoke, files_snapshot
from helpers import in_status, new_record, put


@pytest.mark.parametrize(
    "args",
    [
        ("refer", "cyp-2019-01-10-1", "--date", "2019-01-11", "--note", "", "--to", " ", "--by", " "),
        ("status", "cyp-2019-01-10-1", "withdrawn", "--note", "Merged into another", "--by", "   "),
        ("evidence", "cyp-2019-01-10-1", "https://example.org/a.pdf", "--title", "   ", "--note", " "),
        ("note", "cyp-2019-01-10-1", "  chased the Cabinet office  ", "--by", ""),
    ],
)
def test_blank_options_mean_not_given(repo: Path, invoke: Invoke, args: tuple[str, ...]) -> None:
    put(repo, new_record())
    invoke(*args)
    invoke("check")
    invoke("fmt", "--check")
    text = (repo / "records/cyp/cyp-2019-01-10-1.toml").read_text()
    assert not re.search(r'= "\s*"$', text, re.M) and not re.search(r'= " ', text)


def test_blank_note_where_one_is_needed_is_refused(repo: Path, invoke: Invoke) -> None:
    path = put(repo, new_record())
    before = path.read_bytes()
    assert "needs a note" in invoke("status", "cyp-2019-01-10-1", "withdrawn", "--note", "   ", code=1).stderr
    assert path.read_bytes() == before


def test_a_complete_id_is_never_a_prefix(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record("cyp-2019-01-10-25"))
    path = put(repo, new_record("cyp-2019-01-10-251"))
    before = path.read_bytes()
    err = invoke("status", "cyp-2019-01-10-25", "withdrawn", "--note", "x", "--date", "2019-02-01").stderr
    assert "cyp-2019-01-10-25: now withdrawn" in err
    assert "no record 'cyp-2019-01-10-2'" in invoke("show", "cyp-2019-01-10-2", code=1).stderr
    assert path.read_bytes() == before
    assert "no record ID given" in invoke("show", " ", code=1).stderr


def test_a_record_in_the_wrong_folder_is_written_back_where_it_is(repo: Path, invoke: Invoke) -> None:
    path = put(repo, new_record())
    (repo / "records/old").mkdir()
    moved = repo / "records/old" / path.name
    path.rename(moved)
    invoke("refer", "cyp-2019-01-10-1", "--date", "2019-01-20")
    assert not path.exists() and "referred" in moved.read_text()


@pytest.mark.parametrize(
    "args",
    [
        ("due", "cyp-2019-01-10-1", "2018-01-01", "--reason", "typo", "--date", "2019-02-01"),
        (
            "respond",
            "cyp-2019-01-10-1",
            "--outcome",
            "accepted",
            "--text",
            "ok",
            "--due",
            "2018-06-01",
            "--date",
            "2019-02-01",
        ),
        ("review", "cyp-2019-01-10-1", "1900-01-01", "--date", "2019-02-01"),
    ],
)
def test_dates_before_the_meeting_are_refused(repo: Path, invoke: Invoke, args: tuple[str, ...]) -> None:
    path = put(repo, in_status("referred"))
    before = path.read_bytes()
    assert "is before cyp-2019-01-10-1's meeting (2019-01-10)" in invoke(*args, code=1).stderr
    assert path.read_bytes() == before


def test_csv_output_never_carries_a_formula(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record(owner='=HYPERLINK("http://evil","x")', text="=1+2\n"))
    for args in (("list", "--format", "csv"), ("overdue", "--as-of", "2030-01-01", "--format", "csv")):
        out = invoke(*args).stdout
        assert "'=HYPERLINK" in out and "'=1+2" in out
        assert ",=" not in out and ',"=' not in out


def test_writes_keep_the_file_mode_and_new_files_follow_the_umask(repo: Path, invoke: Invoke) -> None:
    path = put(repo, new_record())
    os.chmod(path, 0o644)
    invoke("note", "cyp-2019-01-10-1", "chased", "--date", "2019-01-20")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    old = os.umask(0o022)
    try:
        invoke("add", "--committee", "cyp", "--meeting", "2019-03-12", "--text", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((repo / "records/cyp/cyp-2019-03-12-1.toml").stat().st_mode) == 0o644


def test_a_disk_error_is_one_sentence(repo: Path, invoke: Invoke) -> None:
    (repo / "records" / "cyp").write_text("not a folder")
    err = invoke("add", "--committee", "cyp", "--meeting", "2019-01-01", "--text", "a", code=1).stderr
    assert err.startswith("Error: cannot write") and "Traceback" not in err


@pytest.mark.parametrize("editor", ["nano-not-installed-anywhere", 'vi "'])
def test_edit_with_a_broken_editor(repo: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch, editor: str) -> None:
    put(repo, new_record())
    before = files_snapshot(repo)
    monkeypatch.setenv("EDITOR", editor)
    err = invoke("edit", "cyp-2019-01-10-1", code=1).stderr
    assert err.startswith("Error: ") and "editor" in err
    assert files_snapshot(repo) == before


def test_a_refused_edit_is_kept_for_the_clerk(
    repo: Path, invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    put(repo, new_record())
    script = tmp_path / "ed.py"
    script.write_text("import sys\np = sys.argv[1]\nopen(p, 'a').write('colour = 1\\n')\n")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    err = invoke("edit", "cyp-2019-01-10-1", code=1).stderr
    kept = Path(err.rsplit("your edit is kept in ", 1)[1].split(";")[0])
    assert kept.exists() and "colour = 1" in kept.read_text()
    kept.unlink()


def test_evidence_paths(repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    put(repo, in_status("accepted"))
    (repo / "evidence").mkdir()
    (repo / "evidence" / "a.txt").write_text("minutes")
    assert "is a folder" in invoke("evidence", "cyp-2019-01-10-1", "evidence", code=1).stderr
    assert "not an http(s) URL" in invoke("evidence", "cyp-2019-01-10-1", "https://exa mple.org/x y", code=1).stderr
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    os.chdir(outside)
    invoke("evidence", "cyp-2019-01-10-1", "evidence/a.txt", "--repo", str(repo), "--date", "2019-03-01")
    assert 'path = "evidence/a.txt"' in (repo / "records/cyp/cyp-2019-01-10-1.toml").read_text()


def test_extreme_periods_and_dates(repo: Path, invoke: Invoke) -> None:
    config = repo / "scrutrack.toml"
    config.write_text(config.read_text().replace('response_period = "28 days"', 'response_period = "99999 months"'))
    assert "longer than ten years" in invoke("check", code=1).stdout
    config.write_text(config.read_text().replace('response_period = "99999 months"', 'response_period = "28 days"'))
    put(repo, new_record("cyp-9999-12-31-1"))
    data = invoke("overdue", "--format", "json").stdout
    assert '"overdue": []' in data


@pytest.mark.parametrize("value", ["20190312", "2019-W11-2", "2019-3-1", "tomorrow"])
def test_command_line_dates_are_yyyy_mm_dd(repo: Path, invoke: Invoke, value: str) -> None:
    assert "write it as YYYY-MM-DD" in invoke("overdue", "--as-of", value, code=1).stderr


def test_wrong_inputs_are_named(repo: Path, invoke: Invoke) -> None:
    (repo / "notes.txt").write_text("Some other document\n")
    assert (
        "found no recommendations in notes.txt"
        in invoke("import", "minutes", "notes.txt", "--committee", "cyp", code=1).stderr
    )
    assert "unknown committee 'nope'" in invoke("list", "--committee", "nope", code=1).stderr
    assert "unknown theme 'roads'" in invoke("list", "--theme", "roads", code=1).stderr
    (repo / "records").rmdir()
    (repo / "records").write_text("oops")
    assert "is a file, not the records folder" in invoke("list", code=1).stderr
