"""Random sequences of commands and hand edits (a Hypothesis state machine): after every step the
repository passes `check`, the cache answers exactly as reading every file does, and no history
entry ever disappears."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import tomllib
import traceback
from pathlib import Path
from typing import Any

from conftest import CONFIG, CliRunner, examples
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from typer.testing import Result

from scrutrack.cli import app

START = dt.date(2019, 3, 1)  # every command's --date: a day later each step, after every meeting
MEETINGS = ("2019-01-10", "2019-02-14")
PIECES = [*"abc XYZ'\"\\£é–{", "\n", '"""', "\x1b[2J", "\x07", "[[", "That officers report"]
WORDS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join).filter(lambda s: s.strip())


class Records(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="scrutrack-machine-"))
        (self.root / "records").mkdir()
        (self.root / "scrutrack.toml").write_text(CONFIG, encoding="utf-8")
        self.runner = CliRunner()
        self.history: dict[str, list[dict[str, Any]]] = {}  # every entry each record ever had
        self.day = START

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    # -------------------------------------------------------------------------- helpers

    def run(self, *args: str) -> Result:
        result = self.runner.invoke(app, [*args, "--repo", str(self.root)], catch_exceptions=True)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise AssertionError("".join(traceback.format_exception(*result.exc_info)))  # type: ignore[arg-type]
        assert result.exit_code in (0, 1), (args, result.exit_code, result.stderr)
        if result.exit_code == 1:
            assert result.stderr.startswith("Error: "), (args, result.stderr)
        return result

    def change(self, *args: str) -> None:
        """A lifecycle command: it applies, or is refused with nothing written."""
        before = self.files()
        self.day += dt.timedelta(days=1)
        if self.run(*args, "--date", self.day.isoformat()).exit_code == 1:
            assert self.files() == before, args

    def files(self) -> dict[str, bytes]:
        return {str(p.relative_to(self.root)): p.read_bytes() for p in sorted((self.root / "records").rglob("*.toml"))}

    def path(self, rid: str) -> Path:
        return self.root / "records" / rid.split("-")[0] / f"{rid}.toml"

    def data(self, rid: str) -> dict[str, Any]:
        return tomllib.loads(self.path(rid).read_text(encoding="utf-8"))

    def pick(self, choose: st.DataObject) -> str:
        return choose.draw(st.sampled_from(sorted(self.history)))

    def referenced(self) -> set[str]:
        return {e["superseded_by"] for h in self.history.values() for e in h if "superseded_by" in e}

    # -------------------------------------------------------------------------- commands

    @rule(
        committee=st.sampled_from(["cyp", "hsc"]),
        meeting=st.sampled_from(MEETINGS),
        kind=st.sampled_from(["recommendation", "action"]),
        text=WORDS,
        due=st.booleans(),
    )
    def add(self, committee: str, meeting: str, kind: str, text: str, due: bool) -> None:
        extra = ("--due", "2019-12-31") if due else ()
        rid = self.run("add", "--committee", committee, "--meeting", meeting, "--kind", kind, "--text", text, *extra)
        assert rid.exit_code == 0, rid.stderr
        new = rid.stdout.strip()
        assert new not in self.history
        self.history[new] = self.data(new)["history"]

    @precondition(lambda self: self.history)
    @rule(choose=st.data(), to=st.none() | WORDS)
    def refer(self, choose: st.DataObject, to: str | None) -> None:
        self.change("refer", self.pick(choose), *(("--to", to) if to else ()))

    @precondition(lambda self: self.history)
    @rule(choose=st.data(), outcome=st.sampled_from(["accepted", "partially-accepted", "rejected"]), text=WORDS)
    def respond(self, choose: st.DataObject, outcome: str, text: str) -> None:
        self.change("respond", self.pick(choose), "--outcome", outcome, "--text", text, "--due", "2020-06-30")

    @precondition(lambda self: self.history)
    @rule(
        choose=st.data(),
        status=st.sampled_from(["in-progress", "implemented", "closed", "withdrawn", "superseded"]),
        note=st.none() | WORDS,
    )
    def status(self, choose: st.DataObject, status: str, note: str | None) -> None:
        rid = self.pick(choose)
        extra: tuple[str, ...] = ("--note", note) if note else ()
        if status == "superseded":
            extra += ("--superseded-by", self.pick(choose))
        self.change("status", rid, status, *extra)

    @precondition(lambda self: self.history)
    @rule(choose=st.data(), days=st.integers(1, 400), reason=WORDS)
    def due(self, choose: st.DataObject, days: int, reason: str) -> None:
        target = (self.day + dt.timedelta(days=days)).isoformat()
        self.change("due", self.pick(choose), target, "--reason", reason)

    @precondition(lambda self: self.history)
    @rule(choose=st.data(), n=st.integers(1, 99), title=st.none() | WORDS)
    def evidence(self, choose: st.DataObject, n: int, title: str | None) -> None:
        self.change(
            "evidence", self.pick(choose), f"https://example.org/r{n}.pdf", *(("--title", title) if title else ())
        )

    @precondition(lambda self: self.history)
    @rule(choose=st.data(), text=WORDS, by=st.none() | WORDS)
    def note(self, choose: st.DataObject, text: str, by: str | None) -> None:
        self.change("note", self.pick(choose), text, *(("--by", by) if by else ()))

    # -------------------------------------------------------------------------- by hand

    @precondition(lambda self: self.history)
    @rule(choose=st.data(), owner=st.text(alphabet="abcdefXYZ ", min_size=1, max_size=20).filter(str.strip))
    def edit_by_hand(self, choose: st.DataObject, owner: str) -> None:
        """An officer sets the owner in a text editor (not canonical: a key out of order is fine)."""
        path = self.path(self.pick(choose))
        lines = [line for line in path.read_text().splitlines(keepends=True) if not line.startswith("owner = ")]
        path.write_text("".join(lines[:1]) + f'owner = "{owner}"\n' + "".join(lines[1:]))

    @precondition(lambda self: self.history)
    @rule(choose=st.data())
    def same_size_edit_behind_the_cache(self, choose: st.DataObject) -> None:
        """A letter of the text changed by hand, keeping the size and the mtime: only the ctime and
        the inode say that the file changed."""
        path = self.path(self.pick(choose))
        before = path.stat()
        text = path.read_text()
        start = text.index('text = """') + len('text = """')
        end = text.index('"""', start)
        rotate = str.maketrans("abcXYZ", "bcaYZX")
        at = next((i for i in range(start, end) if text[i] in "abcXYZ"), None)
        if at is None:
            return
        path.write_text(text[:at] + text[at].translate(rotate) + text[at + 1 :])
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert path.stat().st_size == before.st_size

    @precondition(lambda self: self.history)
    @rule(choose=st.data())
    def delete(self, choose: st.DataObject) -> None:
        rid = self.pick(choose)
        if rid in self.referenced():  # a record another supersedes must stay (check says so)
            return
        self.path(rid).unlink()
        del self.history[rid]

    @rule()
    def age(self) -> None:
        """Make every file old enough for the cache to keep it (recent ones are read afresh)."""
        for p in (self.root / "records").rglob("*.toml"):
            st_now = p.stat()
            os.utime(p, ns=(st_now.st_atime_ns, st_now.st_mtime_ns - 3600 * 10**9))

    # -------------------------------------------------------------------------- what must hold

    @invariant()
    def check_passes(self) -> None:
        result = self.run("check")
        assert result.exit_code == 0, result.stdout

    @invariant()
    def cache_answers_as_the_files_do(self) -> None:
        for args in (("list", "-f", "json"), ("overdue", "-f", "json", "--as-of", "2020-01-01", "--within", "90")):
            cached, fresh = self.run(*args), self.run(*args, "--no-cache")
            assert (cached.exit_code, cached.stdout) == (fresh.exit_code, fresh.stdout), args
            if args[0] == "list":
                assert sorted(r["id"] for r in json.loads(cached.stdout)["records"]) == sorted(self.history)

    @invariant()
    def no_history_entry_disappears(self) -> None:
        for rid, seen in self.history.items():
            now = self.data(rid)["history"]
            assert now[: len(seen)] == seen, rid
            self.history[rid] = now


Records.TestCase.settings = settings(
    max_examples=examples(30, quick=2),  # each example is 20 commands on a real repository
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_records_machine = Records.TestCase
