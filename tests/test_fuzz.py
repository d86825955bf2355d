"""Mutated records (bit flips, truncation, nesting, huge strings, control characters) fed to check,
list and show: never a traceback, exit 0 or 1, and the good records are still listed."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

import pytest
from conftest import CONFIG, CliRunner, examples
from helpers import in_status, new_record
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import Result

from scrutrack import lifecycle as lc
from scrutrack.canonical import dumps
from scrutrack.cli import app

VICTIM = "cyp-2019-01-10-9"
GOOD = ("cyp-2019-01-10-1", "hsc-2019-02-14-1")


def _sources() -> list[bytes]:
    """Valid records of several shapes, as the victim: plain, referred and answered, closed with
    evidence and notes, an action with a due date that moved, non-ASCII text."""
    closed = in_status("closed", rid=VICTIM)
    moved = lc.revise_due(
        new_record(VICTIM, kind="action", due=dt.date(2019, 6, 1), owner="Head of Early Help"),
        dt.date(2019, 5, 1),
        dt.date(2019, 9, 1),
        "Awaiting the new case system",
        by="Scrutiny officer",
    )
    answered = in_status("accepted", rid=VICTIM)
    odd = new_record(VICTIM, text="That the £2.3m “Sufficiency” plan — and the 子供 pilot — be reported.\n")
    return [dumps(r).encode("utf-8") for r in (closed, moved, answered, odd)]


SOURCES = _sources()


def _flip(data: bytes, at: int, bit: int) -> bytes:
    at %= len(data)
    return data[:at] + bytes([data[at] ^ (1 << bit)]) + data[at + 1 :]


def _insert(data: bytes, at: int, piece: bytes) -> bytes:
    """Insert at the start of a line (where a key may go)."""
    at = data.rfind(b"\n", 0, at % len(data)) + 1
    return data[:at] + piece + data[at:]


NEST = st.tuples(st.sampled_from([b"[", b"{a=", b"[{a="]), st.integers(1, 3000)).map(
    lambda t: b"x = " + t[0] * t[1] + (b"]" if t[0] == b"[" else b"}" if t[0] == b"{a=" else b"}]") * t[1] + b"\n"
)
CONTROL = st.sampled_from(
    [b"\x1b]0;PWNED\x07", b"\x1b[2J", b"\x00", b"\x9b", b"\xc2\x9b31m", b"\r", b"\x7f", b"\\u001b[31m", b"\xef\xbb\xbf"]
)
MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(0, 7)),
    st.tuples(st.just("cut"), st.integers(0, 10**6)),
    st.tuples(st.just("nest"), st.integers(0, 10**6), NEST),
    st.tuples(
        st.just("huge"),
        st.sampled_from([b"text", b"owner", b"note", b"title"]),
        st.sampled_from([5_000, 300_000, 1_100_000]),
    ),
    st.tuples(st.just("control"), st.integers(0, 10**6), CONTROL),
    st.tuples(st.just("line"), st.integers(0, 10**6), st.sampled_from([b"drop", b"twice"])),
)


def _mutate(data: bytes, mutation: tuple[object, ...]) -> bytes:
    kind = mutation[0]
    if kind == "flip":
        return _flip(data, int(mutation[1]), int(mutation[2]))  # type: ignore[call-overload]
    if kind == "cut":
        return data[: int(mutation[1]) % len(data)]  # type: ignore[call-overload]
    if kind == "nest":
        return _insert(data, int(mutation[1]), mutation[2])  # type: ignore[arg-type, call-overload]
    if kind == "huge":
        key, size = mutation[1], int(mutation[2])  # type: ignore[call-overload]
        line = key + b' = "' + b"x" * size + b'"\n'
        at = data.find(b"\n" + key + b" = ")
        if at < 0:
            return data.replace(b'status = "', line + b'status = "', 1)
        end = data.find(b"\n", at + 1)
        return data[: at + 1] + line.rstrip(b"\n") + data[end:]
    if kind == "control":
        at = int(mutation[1]) % len(data)  # type: ignore[call-overload]
        return data[:at] + mutation[2] + data[at:]  # type: ignore[operator]
    lines = data.splitlines(keepends=True)
    i = int(mutation[1]) % len(lines)  # type: ignore[call-overload]
    return b"".join(lines[:i] + (lines[i : i + 1] * 2 if mutation[2] == b"twice" else []) + lines[i + 1 :])


@pytest.fixture(scope="module")
def fuzz_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "council"
    (root / "records").mkdir(parents=True)
    (root / "scrutrack.toml").write_text(CONFIG, encoding="utf-8")
    for rid in GOOD:
        folder = root / "records" / rid.split("-")[0]
        folder.mkdir(exist_ok=True)
        (folder / f"{rid}.toml").write_text(dumps(new_record(rid)), encoding="utf-8")
    return root


def _run(root: Path, *args: str) -> Result:
    result = CliRunner().invoke(app, [*args, "--repo", str(root)], catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError("".join(traceback.format_exception(*result.exc_info)))  # type: ignore[arg-type]
    assert result.exit_code in (0, 1), (args, result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    return result


@settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=st.sampled_from(SOURCES), mutations=st.lists(MUTATION, min_size=1, max_size=3))
def test_mutated_records_never_crash_and_never_hide_the_good_ones(
    fuzz_repo: Path, source: bytes, mutations: list[tuple[object, ...]]
) -> None:
    data = source
    for m in mutations:
        data = _mutate(data, m) or b"\n"
    victim = fuzz_repo / "records" / "cyp" / f"{VICTIM}.toml"
    victim.write_bytes(data)
    rel = f"records/cyp/{VICTIM}.toml"

    check = _run(fuzz_repo, "check")
    if check.exit_code:
        assert rel in check.stdout  # the broken file is named
    for args in (("list",), ("list", "--no-cache"), ("overdue", "--as-of", "2030-01-01")):
        listed = _run(fuzz_repo, *args)
        assert all(rid in listed.stdout for rid in GOOD), (args, listed.stdout)
        if listed.exit_code:
            assert f"Error: {rel}" in listed.stderr
    shown = _run(fuzz_repo, "show", VICTIM)
    if shown.exit_code:
        assert shown.stderr.startswith("Error: ")
    for rid in GOOD:
        assert _run(fuzz_repo, "show", rid).exit_code == 0
    for out in (check.stdout, shown.stdout, shown.stderr, listed.stderr):
        assert "\x1b" not in out and "\x07" not in out
