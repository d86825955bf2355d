"""`check` reports every problem in one run as path:line: message, and never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import Invoke, files_snapshot
from helpers import in_status, new_record, put

from scrutrack.canonical import dumps

GOOD = dumps(new_record("cyp-2019-01-10-1"))


def _write(repo: Path, name: str, text: str, committee: str = "cyp") -> None:
    folder = repo / "records" / committee
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def _variant(rid: str, old: str, new: str, base: str | None = None) -> str:
    text = (base or GOOD).replace("cyp-2019-01-10-1", rid)
    assert old in text, old
    return text.replace(old, new, 1)


# (file id, text, expected message fragment, expected line)
BROKEN = [
    (
        "cyp-2019-01-10-2",
        _variant("cyp-2019-01-10-2", 'kind = "recommendation"', 'kind = "recommendation'),
        "TOML syntax",
        5,
    ),
    (
        "cyp-2019-01-10-3",
        _variant("cyp-2019-01-10-3", 'status = "agreed"', 'status = "pending"'),
        "'status' is 'pending'",
        6,
    ),
    (
        "cyp-2019-01-10-4",
        _variant("cyp-2019-01-10-4", 'kind = "recommendation"', 'kind = "request"'),
        "'kind' is 'request'",
        5,
    ),
    (
        "cyp-2019-01-10-5",
        _variant("cyp-2019-01-10-5", "meeting = 2019-01-10", 'meeting = "10/01/2019"'),
        "'meeting' must be a TOML date",
        4,
    ),
    (
        "cyp-2019-01-10-6",
        _variant("cyp-2019-01-10-6", 'kind = "recommendation"', 'kind = "recommendation"\ncolour = "red"'),
        "unknown key 'colour'",
        6,
    ),
    (
        "cyp-2019-01-10-7",
        _variant("cyp-2019-01-10-7", 'id = "cyp-2019-01-10-7"', 'id = "cyp-2019-01-10-77"'),
        "must agree",
        2,
    ),
    (
        "cyp-2019-01-10-8",
        _variant("cyp-2019-01-10-8", 'committee = "cyp"', 'committee = "planning"'),
        "unknown committee 'planning'",
        3,
    ),
    (
        "cyp-2019-01-10-9",
        _variant("cyp-2019-01-10-9", 'kind = "recommendation"', 'kind = "recommendation"\nthemes = ["potholes"]'),
        "unknown theme 'potholes'",
        6,
    ),
    (
        "cyp-2019-01-10-10",
        _variant("cyp-2019-01-10-10", 'status = "agreed"', 'status = "referred"'),
        "history ends in 'agreed'",
        6,
    ),
    (
        "cyp-2019-01-10-11",
        _variant("cyp-2019-01-10-11", 'event = "agreed"', 'event = "agreed"\nreason = "x"'),
        "unknown key 'reason'",
        None,
    ),
    (
        "cyp-2019-01-10-12",
        dumps(in_status("implemented", rid="cyp-2019-01-10-12")).replace(
            'url = "https://example.org/r.pdf"', 'url = "ftp://example.org/r.pdf"'
        ),
        "not an http(s) URL",
        None,
    ),
    (
        "cyp-2019-01-10-13",
        dumps(in_status("implemented", rid="cyp-2019-01-10-13")).replace(
            'url = "https://example.org/r.pdf"', 'path = "../outside.pdf"'
        ),
        "outside the repository",
        None,
    ),
    (
        "cyp-2019-01-10-14",
        dumps(in_status("implemented", rid="cyp-2019-01-10-14")).replace(
            'url = "https://example.org/r.pdf"', 'path = "evidence/missing.pdf"'
        ),
        "does not exist",
        None,
    ),
    (
        "cyp-2019-01-10-15",
        dumps(in_status("referred", rid="cyp-2019-01-10-15"))
        .replace("referred = 2019-01-13", "referred = 2019-01-13\nresponse_due = 2019-01-01", 1)
        .replace("response_due = 2019-03-11\n", "", 1),
        "is before 'referred'",
        None,
    ),
    (
        "cyp-2019-01-10-16",
        _variant("cyp-2019-01-10-16", 'text = """', 'text = 5\nx = """'),
        "'text' must be a string, not a number",
        7,
    ),
    ("cyp-2019-01-10-17", _variant("cyp-2019-01-10-17", "schema = 1\n", ""), "required key 'schema'", 1),
]


def test_a_dozen_kinds_of_broken_record(repo: Path, invoke: Invoke) -> None:
    for rid, text, _, _ in BROKEN:
        _write(repo, f"{rid}.toml", text)
    _write(repo, "cyp-2019-01-10-1.toml", GOOD)
    _write(repo, "cyp-2019-01-10-1.toml", GOOD, committee="hsc")  # a duplicate ID in the wrong folder
    (repo / "records/cyp/cyp-2019-01-10-18.toml").write_bytes(b'schema = 1\nid = "\xff"\n')  # not UTF-8
    before = files_snapshot(repo)
    result = invoke("check", code=1)
    out = result.stdout
    assert "Traceback" not in out + result.stderr
    for rid, _, fragment, line in BROKEN:
        matching = [row for row in out.splitlines() if row.startswith(f"records/cyp/{rid}.toml:")]
        assert any(fragment in row for row in matching), (rid, fragment, matching)
        if line is not None:
            assert any(row.startswith(f"records/cyp/{rid}.toml:{line}: ") and fragment in row for row in matching), (
                rid,
                line,
                matching,
            )
    assert "duplicate ID 'cyp-2019-01-10-1'" in out
    assert "records/cyp/cyp-2019-01-10-18.toml:2: is not UTF-8" in out
    assert re.search(r"^\d+ problems in \d+ files", out.splitlines()[-1])
    assert files_snapshot(repo) == before


def test_history_that_skips_a_step(repo: Path, invoke: Invoke) -> None:
    text = (
        dumps(in_status("accepted"))
        .replace('event = "referred"', 'event = "note"')
        .replace("response_due = 2019-03-11\n", "")
    )
    text = text.replace("referred = 2019-01-13\n", "").replace("response_due = 2019-03-11\n", "")
    _write(repo, "cyp-2019-01-10-1.toml", text)
    out = invoke("check", code=1).stdout
    assert "history moves from 'agreed' to 'accepted', which the lifecycle does not allow" in out


def test_status_disagrees_with_history(repo: Path, invoke: Invoke) -> None:
    _write(
        repo,
        "cyp-2019-01-10-1.toml",
        dumps(in_status("in-progress")).replace('status = "in-progress"', 'status = "implemented"'),
    )
    out = invoke("check", code=1).stdout
    assert "records/cyp/cyp-2019-01-10-1.toml:6: status is 'implemented' but the history ends in 'in-progress'" in out


def test_broken_config_is_reported(repo: Path, invoke: Invoke) -> None:
    (repo / "scrutrack.toml").write_text('schema = 1\n[committees.cyp]\nname = 3\nresponse_period = "soon"\n')
    out = invoke("check", code=1).stdout
    assert (
        "scrutrack.toml:3: committee 'cyp' needs a name" in out
        or "scrutrack.toml:2: committee 'cyp' needs a name" in out
    )
    assert "period 'soon' is not understood" in out


def test_one_broken_record_does_not_stop_the_others(repo: Path, invoke: Invoke) -> None:
    _write(repo, "cyp-2019-01-10-1.toml", GOOD)
    _write(repo, "cyp-2019-01-10-2.toml", "this is not toml")
    result = invoke("list", code=1)
    assert "cyp-2019-01-10-1" in result.stdout
    assert "records/cyp/cyp-2019-01-10-2.toml:1: TOML syntax" in result.stderr
    invoke("show", "cyp-2019-01-10-1")  # a sound record shows fine, exit 0
    err = invoke("show", "cyp-2019-01-10-2", code=1).stderr
    assert err.startswith("Error: records/cyp/cyp-2019-01-10-2.toml:1: TOML syntax")
    assert "run `scrutrack check`" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("broken", "more"), [(1, ""), (2, " (and 1 more problem)"), (3, " (and 2 more problems)")])
def test_a_command_on_a_broken_record_names_its_first_problem_and_counts_the_rest(
    repo: Path, invoke: Invoke, broken: int, more: str
) -> None:
    path = put(repo, new_record())
    text = path.read_text()
    for key, bad in [("status", '"lost"'), ("kind", '"wish"'), ("meeting", '"soon"')][:broken]:
        text = re.sub(rf"(?m)^{key} = .*$", f"{key} = {bad}", text, count=1)
    path.write_text(text)
    error = invoke("show", "cyp-2019-01-10-1", code=1).stderr
    assert error.startswith(f"Error: {path.relative_to(repo).as_posix()}:")
    assert error.endswith(f"{more}; fix the file, then run `scrutrack check`\n")


@pytest.mark.parametrize("text", ["", "\n  \n", "\ufeff\n"])
def test_an_empty_record_file_is_one_problem(repo: Path, invoke: Invoke, text: str) -> None:
    """A save that failed in another program can leave a record file empty (in Notepad's UTF-8, a
    byte-order mark alone): said once, not as eight missing keys, nor with advice `fmt` cannot follow."""
    path = put(repo, new_record())
    path.write_text(text, encoding="utf-8")
    out = invoke("check", code=1).stdout
    rel = path.relative_to(repo).as_posix()
    assert out.splitlines() == [
        f"{rel}: is empty; restore what it held (e.g. from git) or delete it",
        "1 problem in 1 file (1 record checked)",
    ]
