"""The real console script in a real terminal (a pty) of several widths, and its pager."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SAMPLE_AS_OF, sample_repo

from scrutrack.formats import cell_width

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
EXE = str(Path(sys.executable).parent / "scrutrack")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def in_terminal(args: list[str], cwd: Path, columns: int, rows: int = 24, **env: str) -> tuple[int, str]:
    """Run the console script with a pty of `columns` x `rows` as its terminal; its exit code and screen text."""
    import fcntl
    import pty
    import select
    import struct
    import termios
    import time

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR", "PAGER")}
    environ.update({"TERM": "xterm-256color", **env})
    proc = subprocess.Popen([EXE, *args], cwd=cwd, stdin=slave, stdout=slave, stderr=slave, env=environ)
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + 30  # a command waiting for a key (a pager's prompt) fails, not hangs
    while True:
        ready, _, _ = select.select([master], [], [], max(deadline - time.monotonic(), 0))
        if not ready:
            proc.kill()
            proc.wait()
            os.close(master)
            raise AssertionError(f"scrutrack {' '.join(args)} still waiting after 30 s: {b''.join(chunks)[-300:]!r}")
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the terminal's last writer has gone
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return proc.wait(timeout=30), b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = sample_repo(tmp_path_factory.mktemp("terminal") / "sample")
    # Text pasted from Word: a tab, a line break (\v) and a page break (\f) late in the text, where
    # a cell is cut, and an escape sequence; each must take one column, or none, never more.
    text = "That the report be circulated to members\tof the committee\vwith the\fappendix and \x1b[2Jthe 報告 tables"
    add = [EXE, "add", "--committee", "cyp", "--meeting", "2019-01-10", "--kind", "action", "--due", "2019-02-01"]
    subprocess.run([*add, "--owner", "Head of Service\tChildren's Social Care", "--text", text], cwd=root, check=True)
    return root


@pytest.mark.parametrize("columns", [40, 60, 80, 120, 200])
def test_whole_values_and_no_line_wider_than_the_terminal(sample: Path, columns: int) -> None:
    data = json.loads(
        subprocess.run([EXE, "list", "--format", "json"], cwd=sample, capture_output=True, text=True).stdout
    )
    late = json.loads(
        subprocess.run(
            [EXE, "overdue", "--as-of", SAMPLE_AS_OF.isoformat(), "--within", "30", "--format", "json"],
            cwd=sample,
            capture_output=True,
            text=True,
        ).stdout
    )
    for args, must in (
        (["list"], [v for r in data["records"] for v in (r["id"], r["status"], r["due"]) if v]),
        (
            ["overdue", "--as-of", SAMPLE_AS_OF.isoformat(), "--within", "30"],
            [
                v
                for i in late["overdue"] + late["due_soon"]
                for v in (i["id"], i["due"], str(i.get("days_overdue", i.get("days_until"))))
            ],
        ),
    ):
        code, screen = in_terminal([*args, "--no-pager"], sample, columns)
        assert code == 0, screen
        assert "\x1b[" in screen  # styled: a terminal, in colour
        text = ANSI.sub("", screen)
        lines = text.splitlines()
        assert all(cell_width(line) <= columns for line in lines), (columns, max(lines, key=cell_width))
        words = set(re.split(r"\s+", text))
        missing = [v for v in must if v not in words]
        assert not missing, (args, columns, missing, text)
        assert "\t" not in text and "reportbe" not in text.replace("\n", " ")
        if columns >= 200:  # room for the whole text: each break a space
            assert "members of the committee with the appendix and" in " ".join(text.split())


def test_long_output_goes_through_the_pager_and_a_pipe_never_does(sample: Path, tmp_path: Path) -> None:
    seen = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"import sys; open({str(seen)!r}, 'w').write(sys.stdin.read())\""
    code, screen = in_terminal(["list"], sample, 80, rows=10, SCRUTRACK_PAGER=pager)
    assert code == 0
    assert "cyp-2019-01-10-1" in seen.read_text() and "cyp-2019-01-10-1" not in screen
    seen.unlink()
    # Short enough for the screen: printed directly, as less -F would.
    code, screen = in_terminal(["list", "--status", "withdrawn"], sample, 80, rows=10, SCRUTRACK_PAGER=pager)
    assert "health-and-wellbeing-2019-07-16-1" in screen and not seen.exists()
    # --no-pager, PAGER=cat, an empty pager and one that is not installed: straight to the terminal.
    for env, args in (
        ({}, ["--no-pager"]),
        ({"PAGER": "cat"}, []),
        ({"SCRUTRACK_PAGER": ""}, []),
        ({"PAGER": "no-such-pager -R"}, []),
    ):
        code, screen = in_terminal(["list", *args], sample, 80, rows=10, **env)
        assert "cyp-2019-01-10-1" in screen and not seen.exists(), env
    # A pipe: never a pager, whatever PAGER says.
    env = {**os.environ, "SCRUTRACK_PAGER": pager, "LINES": "5"}
    piped = subprocess.run([EXE, "list"], cwd=sample, capture_output=True, text=True, env=env)
    assert "cyp-2019-01-10-1" in piped.stdout and not seen.exists()


@pytest.mark.parametrize("how", ["colour", "NO_COLOR", "piped"])
def test_show_keeps_a_long_link_whole(sample: Path, how: str) -> None:
    """Whether titled or its own title, a link longer than the screen is one whole line, in colour
    (a hyperlink), without colour and piped: the console must not crop it."""
    url = "https://example.org/agenda/2019-03-12/children-and-young-people/item-5-improvement-plan-update.pdf"
    bare = "https://democracy.example.gov.uk/documents/s123456/Appendix%20B%20-%20Early%20Help%20Q3%20Report.pdf"
    if how == "colour":  # the first of the three
        subprocess.run(
            [EXE, "evidence", "cyp-2019-01-10-12", url, "--title", "Update", "--date", "2019-03-12"], cwd=sample
        )
        subprocess.run([EXE, "evidence", "cyp-2019-01-10-12", bare, "--date", "2019-03-13"], cwd=sample)
    args = ["show", "cyp-2019-01-10-12", "--no-pager"]
    if how == "piped":
        env = {**os.environ, "COLUMNS": "60"}
        screen = subprocess.run([EXE, *args], cwd=sample, capture_output=True, text=True, env=env, check=True).stdout
    else:
        code, screen = in_terminal(args, sample, 60, **({"NO_COLOR": "1"} if how == "NO_COLOR" else {}))
        assert code == 0
    plain = re.sub(r"\x1b\]8;[^\x1b]*\x1b\\", "", ANSI.sub("", screen))  # drop colours and hyperlink codes
    lines = plain.splitlines()
    assert any(line.startswith("              " + url) for line in lines)  # under its title "Update"
    assert "  2019-03-13  " + bare in lines  # its own title: after the date, shown once
    if how != "colour":  # no padding to the screen's width (in colour some is inside a style, unseen)
        assert all(line == line.rstrip() for line in lines)


def test_a_dumb_terminal_gets_no_pager_and_never_waits_for_a_key(sample: Path) -> None:
    """TERM=dumb: less would print "WARNING: terminal is not fully functional", then wait for RETURN."""
    code, screen = in_terminal(["list"], sample, 80, rows=5, TERM="dumb", PAGER="less")
    assert code == 0 and "cyp-2019-01-10-1" in screen and "RETURN" not in screen, screen
    code, screen = in_terminal(["show", "cyp-2019-01-10-1"], sample, 80, rows=5, TERM="dumb", PAGER="less")
    assert code == 0 and "That officers circulate" in screen and "RETURN" not in screen, screen


@pytest.mark.parametrize("pager", ["false", "sh -c 'exit 3'", "more --no-such-option"])
def test_a_pager_that_fails_still_shows_the_output(sample: Path, pager: str) -> None:
    code, screen = in_terminal(["list"], sample, 80, rows=5, PAGER=pager)
    assert "cyp-2019-01-10-1" in screen and "health-and-wellbeing-2019-07-16-1" in screen, screen
    assert code == 0 and "Warning: the pager" in screen and "fix PAGER or use --no-pager" in screen, screen


def test_piped_from_a_terminal_the_output_fits_that_terminal(sample: Path) -> None:
    """`scrutrack list | less` in a 72-column terminal: stdout is a pipe, but the officer reads it at 72."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 72, 0, 0))
    environ = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    piped = subprocess.run([EXE, "list"], cwd=sample, stdout=subprocess.PIPE, stderr=slave, env=environ, check=True)
    os.close(slave)
    os.close(master)
    lines = piped.stdout.decode("utf-8").splitlines()
    assert max(map(cell_width, lines)) <= 72 and "\x1b" not in piped.stdout.decode()
    # with no terminal at all (a script, CI): 100 columns, as before
    alone = subprocess.run([EXE, "list"], cwd=sample, capture_output=True, env=environ, check=True).stdout.decode()
    assert 72 < max(map(cell_width, alone.splitlines())) <= 100
