"""Hostile files (issue 12): nothing skipped silently, no traceback, no escape code on the terminal,
nothing read or written through a link, no leftovers."""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import Invoke, files_snapshot
from helpers import in_status, new_record, put
from typer.testing import Result

from scrutrack import lifecycle as lc

RID = "cyp-2019-01-10-1"
NESTED = "x = " + "[" * 1000 + "]" * 1000 + "\n"
ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def _ok(result: Result, *codes: int) -> Result:
    """No traceback, an expected exit code."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert result.exit_code in (codes or (0, 1)), (result.exit_code, result.stdout, result.stderr)
    return result


# ------------------------------------------------------------------------------ nothing skipped


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()


def _socket(path: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(os.path.relpath(path))  # a socket's path may not be longer than 107 bytes; tmp_path's can be
    s.close()


def _link_inside(path: Path) -> None:
    path.symlink_to(path.parent / f"{RID}.toml")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_fifo, "is not a regular file (a pipe, socket or device), not a record file"),
        (_folder, "is a folder, not a record file"),
        (_socket, "is not a regular file (a pipe, socket or device), not a record file"),
        (_link_inside, "is a link; records must be real files and folders inside the repository"),
    ],
    ids=["fifo", "folder", "socket", "link"],
)
def test_a_thing_named_like_a_record_is_a_problem_everywhere(repo: Path, invoke: Invoke, make, message) -> None:  # type: ignore[no-untyped-def]
    put(repo, new_record())
    odd = repo / "records/cyp/cyp-2019-01-10-2.toml"
    make(odd)
    line = f"records/cyp/cyp-2019-01-10-2.toml: {message}"
    check = invoke("check", code=1).stdout
    assert check.splitlines()[0].startswith(line)
    assert check.endswith("1 problem in 1 file (1 record checked)\n")
    for args in (("list",), ("overdue", "--fail-if-any"), ("list", "--no-cache")):
        result = invoke(*args, code=1)
        assert f"Error: {line}" in result.stderr
    assert RID in invoke("list", code=1).stdout  # the good record is still listed
    err = invoke("show", "cyp-2019-01-10-2", code=1).stderr
    assert err.startswith("Error: records/cyp/cyp-2019-01-10-2.toml ")
    assert invoke("note", "cyp-2019-01-10-2", "x", code=1).stderr == err


def test_a_folder_linked_from_outside_is_neither_read_nor_written(repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "hsc"
    outside.mkdir(parents=True)
    (outside / "hsc-2019-01-10-1.toml").write_text(
        (put(repo, new_record()).read_text()).replace("cyp", "hsc"), encoding="utf-8"
    )
    before = files_snapshot(outside)
    (repo / "records/hsc").symlink_to(outside)
    line = "records/hsc: is a link; records must be real files and folders inside the repository"
    assert invoke("check", code=1).stdout.startswith(line)
    assert f"Error: {line}" in invoke("overdue", "--fail-if-any", "--as-of", "2019-01-11", code=1).stderr
    refusal = "Error: records/hsc is a link; records must be real files and folders inside the repository, so"
    for args in (
        ("show", "hsc-2019-01-10-1"),
        ("note", "hsc-2019-01-10-1", "chased"),
        ("refer", "hsc-2019-01-10-1", "--date", "2019-01-20"),
        ("add", "--committee", "hsc", "--meeting", "2019-01-10", "--text", "That it is written outside."),
        ("edit", "hsc-2019-01-10-1"),
    ):
        assert invoke(*args, code=1).stderr.startswith(refusal), args
    assert files_snapshot(outside) == before


def test_the_records_folder_itself_as_a_link(repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    put(repo, new_record())
    (repo / "records").rename(tmp_path / "moved")
    (repo / "records").symlink_to(tmp_path / "moved")
    before = files_snapshot(tmp_path / "moved")
    assert invoke("check", code=1).stdout.startswith("records: is a link")
    assert "Error: records: is a link" in invoke("list", code=1).stderr
    assert invoke("note", RID, "x", code=1).stderr.startswith("Error: records is a link")
    assert files_snapshot(tmp_path / "moved") == before


@pytest.mark.skipif(ROOT_USER, reason="permissions do not stop root")
def test_an_unreadable_folder_or_file_is_named(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record())
    hsc = put(repo, new_record("hsc-2019-01-10-1")).parent
    os.chmod(hsc, 0)
    try:
        out = invoke("check", code=1).stdout
        assert out.startswith("records/hsc: folder cannot be read (Permission denied); its records were not read")
        assert "records/hsc: folder cannot be read" in invoke("overdue", "--fail-if-any", code=1).stderr
    finally:
        os.chmod(hsc, 0o755)
    record = repo / f"records/cyp/{RID}.toml"
    os.chmod(record, 0)
    try:
        assert "cannot be read (Permission denied)" in invoke("check", code=1).stdout
        assert "cannot be read (Permission denied)" in invoke("list", code=1).stderr
    finally:
        os.chmod(record, 0o644)
    assert "Permission denied" not in invoke("list").stderr  # the error was not cached


# ------------------------------------------------------------------------------ no crash


@pytest.mark.parametrize(
    "args",
    [("list",), ("overdue",), ("show", "cyp-2019-01-10-2"), ("check",), ("fmt", "--check"), ("export", "csv")],
)
def test_deep_nesting_in_a_record_is_a_problem_not_a_crash(repo: Path, invoke: Invoke, args: tuple[str, ...]) -> None:
    put(repo, new_record())
    (repo / "records/cyp/cyp-2019-01-10-2.toml").write_text(NESTED)
    result = invoke(*args, code=1)
    line = "records/cyp/cyp-2019-01-10-2.toml: TOML syntax: [ or { nested hundreds deep, too deep to read"
    assert line in result.stdout + result.stderr
    if args[0] in ("list", "export"):
        assert RID in result.stdout


def test_deep_nesting_in_the_config(repo: Path, invoke: Invoke) -> None:
    config = repo / "scrutrack.toml"
    config.write_text(config.read_text() + NESTED)
    out = invoke("check", code=1).stdout
    assert out.startswith("scrutrack.toml: TOML syntax: [ or { nested hundreds deep")
    assert invoke("list", code=1).stderr.startswith("Error: scrutrack.toml: TOML syntax: [ or { nested")


def test_a_byte_order_mark_is_read_reported_and_removed_by_fmt(repo: Path, invoke: Invoke) -> None:
    path = put(repo, new_record())
    canonical = path.read_bytes()
    path.write_bytes(b"\xef\xbb\xbf" + canonical)
    config = repo / "scrutrack.toml"
    config.write_bytes(b"\xef\xbb\xbf" + config.read_bytes())  # Notepad's habit: read as if absent
    assert RID in invoke("list").stdout
    assert RID in invoke("show", RID).stdout
    assert invoke("check", code=1).stdout == (
        f"records/cyp/{RID}.toml:1: starts with a byte-order mark (BOM), which other TOML readers refuse; "
        "run `scrutrack fmt` to remove it\n1 problem in 1 file (1 record checked)\n"
    )
    assert invoke("fmt", "--check", code=1).stdout == f"records/cyp/{RID}.toml\n"
    invoke("fmt")
    assert path.read_bytes() == canonical
    invoke("check")


def test_text_that_is_not_utf8_names_the_line(repo: Path, invoke: Invoke) -> None:
    path = put(repo, new_record())
    path.write_bytes(path.read_bytes().replace(b"figures", b"figures \xa3"))
    line = f"records/cyp/{RID}.toml:8: is not UTF-8 text; save it as UTF-8"
    assert invoke("check", code=1).stdout.startswith(line)
    assert invoke("show", RID, code=1).stderr.startswith(f"Error: {line}")
    assert f"Error: {line}\n" in invoke("list", code=1).stderr


def test_a_record_over_a_megabyte_is_refused_with_a_reason(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record())
    big = put(repo, new_record("cyp-2019-01-10-2", text="That officers report. " * 60_000 + "\n"))
    before = big.read_bytes()
    msg = "records/cyp/cyp-2019-01-10-2.toml: is 1.3 MB, over the 1.0 MB limit for a record; keep long documents"
    assert invoke("check", code=1).stdout.startswith(msg)
    assert f"Error: {msg}" in invoke("list", code=1).stderr
    assert invoke("note", "cyp-2019-01-10-2", "x", code=1).stderr.startswith(f"Error: {msg}")
    assert big.read_bytes() == before


def test_imports_refuse_pipes_devices_and_huge_files(repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    fifo = tmp_path / "minutes.txt"
    os.mkfifo(fifo)  # nobody writes to it: reading it would wait for ever
    huge = tmp_path / "tracker.csv"
    with huge.open("wb") as f:
        f.truncate(60 * 1000 * 1000)  # sparse: no disk used
    before = files_snapshot(repo)
    cases = [
        (("import", "minutes", str(fifo), "--committee", "cyp"), f"{fifo} is a pipe (FIFO), not a file; save"),
        (("import", "minutes", "/dev/zero", "--committee", "cyp"), "/dev/zero is a device, not a file; save"),
        (("import", "csv", str(tmp_path), "--committee", "cyp"), f"{tmp_path} is a folder; save"),
        (
            ("import", "csv", str(huge), "--committee", "cyp"),
            f"{huge} is 60.0 MB, over the 50.0 MB limit for an import; minutes and trackers are far smaller",
        ),
    ]
    for args, message in cases:
        assert invoke(*args, code=1).stderr.startswith(f"Error: {message}"), args
    assert files_snapshot(repo) == before


def test_export_to_a_missing_folder_is_refused(repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    put(repo, new_record())
    err = invoke("export", "csv", "--output", str(tmp_path / "missing" / "x.csv"), code=1).stderr
    assert "does not exist; make it first" in err
    assert not (tmp_path / "missing").exists()


def test_the_merge_driver_says_when_it_cannot_write_the_result(repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    base = put(repo, new_record())
    err = invoke("merge-driver", str(base), str(tmp_path / "gone" / "ours"), str(base), "r.toml", code=2).stderr
    assert err.startswith("Error: r.toml: cannot write the merged record to ") and "No such file" in err


# ------------------------------------------------------------------------------ show stays quick


@pytest.mark.slow  # 10,000 entries made and shown, and a time limit: make test-slow
def test_show_cuts_a_long_history_and_stays_quick(repo: Path, invoke: Invoke) -> None:
    record = new_record()
    day = record.meeting + dt.timedelta(days=1)
    entries = [lc.add_note(record, day, f"Chased the Cabinet office, call {n}").history[-1] for n in range(10_000)]
    path = put(repo, record.with_changes(history=(*record.history, *entries)))
    assert path.stat().st_size < 1_000_000
    start = time.perf_counter()
    out = invoke("show", RID).stdout
    took = time.perf_counter() - start
    assert re.search(r"^  …  +9,951 earlier entries \(--all shows them\)", out, re.M)
    assert "call 9950" in out and "call 9949" not in out
    assert took < 1.0, f"show took {took:.2f} s"
    assert re.search(r"call 0$", invoke("show", RID, "--all").stdout, re.M)


def test_show_of_a_record_of_a_megabyte_is_quick(repo: Path, invoke: Invoke) -> None:
    put(repo, new_record(text="That officers circulate the figures to members. " * 20_000 + "\n"))
    start = time.perf_counter()
    invoke("show", RID)
    took = time.perf_counter() - start
    # a guard against a slow path (wrapping a megabyte a line at a time took minutes), not a speed
    # target: those are make bench's; 1 s here failed on 2 shared cores (1.2 s while others ran)
    assert took < 10.0, f"show took {took:.2f} s"


# ------------------------------------------------------------------------------ no leftovers


def _temp(folder: Path, name: str, age: float) -> Path:
    path = folder / name
    path.write_text("half a record")
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_temp_files_of_killed_writes_are_reported_and_cleaned(repo: Path, invoke: Invoke) -> None:
    folder = put(repo, new_record()).parent
    stale = _temp(folder, f".{RID}.toml.k3j4h5g6.scrutrack-tmp", 120)
    legacy = _temp(folder, f".{RID}.toml.a8c_9Zq1.tmp", 3600)  # named as earlier versions named them
    young = _temp(folder, f".{RID}.toml.young000.scrutrack-tmp", 0)
    held = _temp(folder, f".{RID}.toml.inuse000.scrutrack-tmp", 120)
    fd = os.open(held, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # a write in progress in another process
    try:
        out = invoke("check", code=1).stdout
        for path in (legacy, stale, young):
            assert f"records/cyp/{path.name}: is left over from a write that was interrupted" in out
        assert held.name not in out
        assert invoke("list").stderr == ""  # list and overdue do not fail on them
        invoke("note", RID, "chased", "--date", "2019-01-20")
        assert not stale.exists() and not legacy.exists()
        assert young.exists() and held.exists()  # too young, or in use: left alone
    finally:
        os.close(fd)
    young.unlink()
    held.unlink()
    invoke("check")


def test_init_and_git_setup_make_git_ignore_temp_files(tmp_path: Path, invoke: Invoke) -> None:
    root = tmp_path / "council"
    invoke("init", str(root))
    assert (root / ".gitignore").read_text().splitlines()[-2:] == [".scrutrack/", "*.scrutrack-tmp"]
    os.chdir(root)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    (root / ".gitignore").unlink()
    invoke("git-setup")
    (root / "records/cyp").mkdir(parents=True)
    _temp(root / "records/cyp", f".{RID}.toml.k3j4h5g6.scrutrack-tmp", 0)
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"], cwd=root, check=True, capture_output=True, text=True
    ).stdout
    assert "scrutrack-tmp" not in status and ".gitignore" in status
    invoke("git-setup")
    assert (root / ".gitignore").read_text().count("*.scrutrack-tmp") == 1


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
        ("show", RID, "--all", "-f", "json"),
        ("show", "cyp-2019-01-10-2"),
        ("show", "\x1b[2J\x07"),
        ("check",),
        ("fmt", "--check"),
        ("export", "csv"),
        ("note", "cyp-2019-01-10-2", "x"),
        ("status", RID, "closed", "--note", EVIL),
        ("due", RID, "2019-09-01", "--reason", EVIL, "--date", "2019-02-04"),
        ("edit", RID),
        ("assign", RID, EVIL, "--date", "2019-02-05", "--note", EVIL),
        *[("report", "--as-of", "2019-06-01", "--since", "2019-01-01", "-f", f) for f in ("markdown", "html")],
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


def test_a_config_linked_from_outside_is_neither_read_nor_written(repo: Path, invoke: Invoke, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.toml"
    outside.write_bytes((repo / "scrutrack.toml").read_bytes())
    before = outside.read_bytes()
    (repo / "scrutrack.toml").unlink()
    (repo / "scrutrack.toml").symlink_to(outside)
    for args in (("list",), ("committee", "add", "ovs", "--name", "Overview"), ("report", "--record")):
        err = invoke(*args, code=1).stderr
        assert "scrutrack.toml" in err and "is a link" in err, (args, err)
        assert "Traceback" not in err
    assert outside.read_bytes() == before


@pytest.mark.parametrize("args", [("report", "-o"), ("report", "--format", "docx", "-o"), ("export", "csv", "-o")])
def test_output_through_a_link_is_refused_and_what_it_points_to_is_unharmed(
    repo: Path, invoke: Invoke, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """A link committed to the repository (tracker.html -> ~/.bashrc) must not steer `-o`."""
    put(repo, new_record())
    outside = tmp_path / "precious.txt"
    outside.write_text("precious\n")
    name = "tracker.docx" if "docx" in args else "tracker.html" if "report" in args else "tracker.csv"
    (repo / name).symlink_to(outside)
    (repo / f"dangling-{name}").symlink_to(tmp_path / "nowhere" / "x")
    for target in (name, f"dangling-{name}"):
        err = invoke(*args, target, code=1).stderr
        assert err.startswith(f"Error: cannot write {target}: it is a link") and err.count("\n") == 1, err
    assert outside.read_text() == "precious\n" and (repo / name).is_symlink()
    assert not (tmp_path / "nowhere").exists()
    (repo / f"folder-{name}").mkdir()
    err = invoke(*args, f"folder-{name}", code=1).stderr
    assert f"folder-{name}: it is a folder" in err, err
    invoke(*args, f"real-{name}")  # a plain file is written (through a temp file and a rename)
    assert (repo / f"real-{name}").is_file() and not (repo / f"real-{name}").is_symlink()


def test_a_round_file_or_folder_linked_from_outside_is_neither_read_nor_written(
    repo: Path, invoke: Invoke, tmp_path: Path
) -> None:
    put(repo, new_record(owner="Head of Service"))
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (repo / "rounds").mkdir()
    (repo / "rounds" / "q1").symlink_to(outside)
    err = invoke("round", "start", "q1", "--due", "2019-03-01", "--date", "2019-02-01", code=1).stderr
    assert "rounds/q1 is a link" in err and "Traceback" not in err, err
    assert list(outside.iterdir()) == []
    (outside / "q2.toml").write_text('name = "q2"\n')
    (repo / "rounds" / "q2.toml").symlink_to(outside / "q2.toml")
    err = invoke("round", "status", "q2", code=1).stderr
    assert "rounds/q2.toml" in err and "is a link" in err, err
