"""One declaration per field (model.FIELDS, HISTORY_KEYS, EVENTS_TABLE): everything made from it agrees with it.

The records these tests build come from the tables themselves, not from a hand-written list of
fields: a field added to the table is generated, written, read back and exported here at once.
`test_a_newcomers_field_reaches_every_place` adds a field the way a newcomer would, in a copy of
the package, and fails if any place made from the table misses it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tomllib
import typing
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, Invoke, examples, files_snapshot
from helpers import new_record, put
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrutrack import model
from scrutrack.canonical import dumps
from scrutrack.model import (
    EDITABLE,
    EVENTS_TABLE,
    FIELDS,
    HISTORY_KEYS,
    KEY,
    Evidence,
    HistoryEntry,
    Record,
    Response,
    Summary,
    normalize_text,
    record_from_dict,
    record_to_dict,
)

# ------------------------------------------------------------------------ records from the tables

dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))
# Any text a clerk might paste, including quotes, backslashes, markup and control characters.
chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\v\f")
line = st.text(chars, min_size=1, max_size=30).filter(lambda s: s.strip() and "\n" not in s)
long_text = st.lists(line, min_size=1, max_size=3).map(lambda ls: normalize_text("\n".join(ls))).filter(bool)
ids = st.builds(lambda d, n: f"cyp-{d.isoformat()}-{n}", dates, st.integers(1, 999))


def evidence() -> st.SearchStrategy[Evidence]:
    url = st.builds(lambda d, t, n: Evidence(d, t, url=f"https://example.org/{n}"), dates, line, st.integers(0, 99))
    path = st.builds(lambda d, t, n: Evidence(d, t, path=f"evidence/{n}.pdf"), dates, line, st.integers(0, 99))
    return url | path


# A strategy for a value of each type (model.TYPES): a type the table uses but this lacks fails here.
BY_TYPE: dict[str, Any] = {
    "schema": lambda f: st.just(model.SCHEMA),
    "id": lambda f: ids,
    "slug": lambda f: st.sampled_from(["cyp", "hsc"]),
    "date": lambda f: dates,
    "line": lambda f: line,
    "note": lambda f: line | long_text,
    "text": lambda f: long_text,
    "choice": lambda f: st.sampled_from(f.choices),
    "slugs": lambda f: st.lists(st.sampled_from(["ofsted-3", "a", "b-2"]), min_size=1, unique=True).map(tuple),
    "names": lambda f: st.lists(st.sampled_from(EDITABLE), min_size=1, unique=True).map(tuple),
    "response": lambda f: st.builds(Response, dates, st.sampled_from(model.OUTCOMES), long_text),
    "evidence": lambda f: st.lists(evidence(), max_size=2).map(tuple),
}


@st.composite
def entries(draw: st.DrawFn) -> HistoryEntry:
    """A history entry of any event, with the keys its row of EVENTS_TABLE allows (each one it
    requires, any of the others)."""
    event = draw(st.sampled_from(EVENTS_TABLE))
    values: dict[str, Any] = {"date": draw(dates), "event": event.name}
    for attr in ("by", "note", *event.keys):
        if attr in event.required or draw(st.booleans()):
            values[attr] = draw(BY_TYPE[KEY[attr].type](KEY[attr]))
    return HistoryEntry(**values)


BY_TYPE["history"] = lambda f: st.lists(entries(), min_size=1, max_size=4).map(tuple)


@st.composite
def records(draw: st.DrawFn) -> Record:
    """A record with every field of FIELDS: each required one, any optional one."""
    values = {}
    for f in FIELDS:
        if f.required or draw(st.booleans()):
            value = draw(BY_TYPE[f.type](f))
            if value != ():
                values[f.name] = value
    values["id"] = f"{values['committee']}-{values['meeting'].isoformat()}-{draw(st.integers(1, 999))}"
    return Record(**values)


@settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_every_field_goes_to_toml_and_back_unchanged(record: Record) -> None:
    """A record -> canonical TOML -> the same record, and the same bytes again: nothing a field
    holds is lost or changed by any writer (they all write through this)."""
    text = dumps(record)
    raw = tomllib.loads(text)
    back, problems = record_from_dict(raw)
    assert problems == []
    assert back == record
    assert dumps(back) == text
    assert record_to_dict(back) == raw  # every key read is written back: `fmt` drops none


@settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records(), st.data())
def test_a_changed_value_is_refused_or_read_as_written(record: Record, data: st.DataObject) -> None:
    """Any key given a value of another type is either refused with a problem naming it, or read
    back exactly (never taken half-way, never crashing): the one reader is the only judge."""
    raw = tomllib.loads(dumps(record))
    key = data.draw(st.sampled_from(sorted(raw)))
    other = data.draw(
        st.sampled_from(["", " ", "x", "cyp", "accepted", 3, 1.5, True, [], ["x"], {}, dt.date(2019, 1, 2), None])
    )
    if other is None:
        raw.pop(key)
    else:
        raw[key] = other
    back, problems = record_from_dict(raw)
    if back is None:
        assert problems and all(p.message for p in problems)
    else:
        assert problems == [] and record_to_dict(back) == raw


# --------------------------------------------------------------------- the types agree with the table


def _annotation(type_: str, required: bool) -> set[str]:
    base = {
        "schema": "int",
        "id": "str",
        "slug": "str",
        "date": "dt.date",
        "line": "str",
        "note": "str",
        "text": "str",
        "choice": "str",
        "slugs": "tuple[str, ...]",
        "names": "tuple[str, ...]",
        "response": "Response",
        "evidence": "tuple[Evidence, ...]",
        "history": "tuple[HistoryEntry, ...]",
    }[type_]
    return {base} if required or base.startswith("tuple") or type_ == "schema" else {f"{base} | None"}


def _hints(cls: type) -> dict[str, str]:
    """A named tuple's annotations as written (`from __future__ import annotations` makes them ForwardRefs)."""
    return {n: getattr(t, "__forward_arg__", t) for n, t in cls.__annotations__.items()}


def test_the_record_type_has_each_field_of_the_table_and_no_other() -> None:
    hints = _hints(Record)
    assert set(hints) == {f.name for f in FIELDS}, "add the field to both FIELDS and Record (model.py)"
    for f in FIELDS:
        assert hints[f.name] in _annotation(f.type, f.required), f.name
        assert (f.name in Record._field_defaults) != f.required or f.name == "schema", f.name


def test_a_history_entry_has_an_attribute_for_each_key_and_no_other() -> None:
    hints = _hints(HistoryEntry)
    assert set(hints) == {k.attr for k in HISTORY_KEYS}, "add the key to both HISTORY_KEYS and HistoryEntry"
    for k in HISTORY_KEYS:
        assert hints[k.attr] in _annotation(k.type, k.name in ("date", "event")), k.attr
    for e in EVENTS_TABLE:
        assert set(e.required) <= set(e.keys), e.name
        names = [KEY[a].name for a in e.keys]
        assert len(names) == len(set(names)), f"{e.name} carries one TOML key twice"


def test_the_summary_holds_the_fields_list_and_overdue_read() -> None:
    """Summary: each field the table marks `summary`, as the cache stores it (and no stale one)."""
    fields = {f.name for f in FIELDS}
    assert {n for n in Summary._fields if n in fields} == {f.name for f in FIELDS if f.summary}
    hints = typing.get_type_hints(Summary)
    from scrutrack.model import SUMMARY_NUMBERS, SUMMARY_OPTIONAL

    assert {n for n, t in hints.items() if int in (t, *typing.get_args(t))} == SUMMARY_NUMBERS
    assert {n for n, t in hints.items() if type(None) in typing.get_args(t)} == SUMMARY_OPTIONAL


def test_each_view_has_a_column_for_each_field_the_table_shows_in_it() -> None:
    """FIELDS says which tables show a field; the views' column lists say the same."""
    from scrutrack import report_views, views

    columns = {
        "list": {c.key for c in views.LIST_COLUMNS},
        "overdue": {c.key for c in views.OVERDUE_COLUMNS},
        "report": {
            c.key
            for cs in (
                report_views.APPENDIX_COLUMNS,
                report_views.RESPONSE_COLUMNS,
                report_views.LATE_COLUMNS,
                report_views.DUE_SOON_COLUMNS,
                report_views.REQUEST_COLUMNS,
            )
            for c in cs
        },
    }
    for view, keys in columns.items():
        shown = {f.name for f in FIELDS if view in f.views}
        assert shown == keys & {f.name for f in FIELDS}, view


def test_everything_made_from_the_table_names_every_field() -> None:
    from scrutrack import changes, merge, spreadsheet

    names = [f.name for f in FIELDS]
    assert tuple(names) == model.RECORD_ORDER
    assert set(spreadsheet.EXPORT_COLUMNS) >= {f.name for f in FIELDS if f.export and f.type != "response"}
    assert set(changes.SHOWN_FIELDS) == {f.name for f in FIELDS if f.changes}
    assert set(merge.SCALARS) | set(merge.LISTS) == set(names)
    assert tuple(dict.fromkeys(k.name for k in HISTORY_KEYS)) == model.HISTORY_ORDER


def test_the_record_format_page_is_made_from_the_tables() -> None:
    from scrutrack.cli.docgen import record_format

    page = (ROOT / "docs" / "record-format.md").read_text(encoding="utf-8")
    assert page == record_format(page), "run `make docs` and commit docs/record-format.md"
    for f in FIELDS:
        assert f"| `{f.name}` |" in page
    for e in EVENTS_TABLE:
        assert f"| `{e.name}` |" in page


# ----------------------------------------------------------------- writers never drop a key


def test_fmt_leaves_a_record_with_an_unknown_key_byte_for_byte_and_check_names_it(repo: Path, invoke: Invoke) -> None:
    path = put(repo, new_record("cyp-2019-01-10-1"))
    text = path.read_text(encoding="utf-8").replace(
        'kind = "recommendation"\n', 'kind = "recommendation"\nowner_email = "a@b.org"\n'
    )
    text += "\n"  # not canonical either: fmt would rewrite it if it could
    path.write_text(text, encoding="utf-8")
    before = files_snapshot(repo)
    fmt = invoke("fmt", code=1)
    assert files_snapshot(repo) == before
    assert "0 files reformatted." in fmt.stderr and "unknown key 'owner_email'" in fmt.stderr
    out = invoke("check", code=1).stdout
    assert "records/cyp/cyp-2019-01-10-1.toml:6: unknown key 'owner_email' in a record" in out
    for command in (("note", "cyp-2019-01-10-1", "Chased"), ("refer", "cyp-2019-01-10-1")):
        assert "unknown key 'owner_email'" in invoke(*command, code=1).stderr
    assert files_snapshot(repo) == before


# --------------------------------------------------------------- a newcomer adds a field


# What a newcomer writes to add "owner email", shown in `list`, the report and CSV: the field's
# entry in FIELDS, its attribute in Record and Summary (model.py), a column of `list` (views.py)
# and one of the report's live tracker (report_views.py). Nothing else.
NEWCOMER = {
    "scrutrack/model.py": [
        (
            '    Field("themes", "slugs",',
            '    Field("owner_email", "line", "how to reach the owner", summary=True, views=("list", "report")),\n'
            '    Field("themes", "slugs",',
        ),
        (
            "    owner: str | None = None\n    themes: tuple[str, ...] = ()\n",
            "    owner: str | None = None\n    owner_email: str | None = None\n    themes: tuple[str, ...] = ()\n",
        ),
        (
            "    themes: str  # joined by THEME_SEP",
            "    owner_email: str | None\n    themes: str  # joined by THEME_SEP",
        ),
    ],
    "scrutrack/views.py": [
        (
            '    _L["owner"],\n',
            '    _L["owner"],\n    Column("Owner email", "owner_email", attrgetter("owner_email"), table=False),\n',
        ),
    ],
    "scrutrack/report_views.py": [
        (
            '    _R["owner"],\n    _R["status"],\n',
            '    _R["owner"],\n    Column("Email", "owner_email", attrgetter("record.owner_email")),\n    _R["status"],\n',
        ),
    ],
}

# Run in the copy: every place made from the table must know the new field.
CHECKS = r"""
import datetime as dt, json, os, sys, tomllib
from pathlib import Path
from typer.testing import CliRunner
from scrutrack import cache, model
from scrutrack.cli import app
from scrutrack.cli.docgen import record_format

runner = CliRunner()
def run(*args, code=0):
    r = runner.invoke(app, list(args), catch_exceptions=False)
    assert r.exit_code == code, (args, r.exit_code, r.stdout, r.stderr)
    return r

root = Path(sys.argv[1]); os.chdir(root)
rec = root / "records/cyp/cyp-2019-01-10-1.toml"
text = rec.read_text()
rec.write_text(text.replace('owner = "Head of Service"\n', 'owner = "Head of Service"\nowner_email = "head@example.org"\n'))
assert "owner_email" not in text
# read, checked, formatted: fmt keeps the key in its place
assert "valid" in run("check").stdout, "check"
run("fmt")
assert 'owner = "Head of Service"\nowner_email = "head@example.org"\n' in rec.read_text(), "fmt"
# every writer keeps it
run("note", "cyp-2019-01-10-1", "Chased", "--date", "2019-02-01")
assert 'owner_email = "head@example.org"' in rec.read_text(), "a writer"
# list (through the cache) and show
rows = json.loads(run("list", "--format", "json").stdout)["records"]
assert rows[0]["owner_email"] == "head@example.org", "list"
assert "head@example.org" in run("show", "cyp-2019-01-10-1").stdout, "show"
# export and import
run("export", "csv", "--output", "out.csv")
header = Path("out.csv").read_text().splitlines()[0].split(",")
assert "owner_email" in header, "export"
print(json.dumps({"cache_version": cache.VERSION, "header": header}))
# the record-format page
page = (Path(sys.argv[2]) / "docs/record-format.md").read_text()
assert "| `owner_email` |" in record_format(page), "docs"
# changes: an edit to it is shown; merge: one side's change taken, both sides' marked
from scrutrack.changes import compare
from scrutrack.merge import merge_texts
before = rec.read_bytes()
after = before.replace(b"head@example.org", b"boss@example.org")
report = compare({"records/cyp/cyp-2019-01-10-1.toml": before}, {"records/cyp/cyp-2019-01-10-1.toml": after})
assert any("owner_email" in e.summary for rc in report.records for e in rc.events), "changes"
merged = merge_texts(before.decode(), before.decode(), after.decode(), "records/cyp/cyp-2019-01-10-1.toml")
assert merged.clean and "boss@example.org" in merged.text, "merge"
both = merge_texts(before.decode(), before.decode().replace("head@", "chief@"), after.decode(), "records/cyp/cyp-2019-01-10-1.toml")
assert not both.clean and "owner_email" in both.conflicts[0], "merge conflict"
# edit: an `edited` entry may name it
assert "owner_email" in model.EDITABLE, "edit"
# the report's appendix
run("report", "--as-of", "2019-03-01", "-o", "r.md")
assert "head@example.org" in Path("r.md").read_text(), "report"
print("ok")
"""


def _newcomer_copy(tmp_path: Path, edits: dict[str, list[tuple[str, str]]]) -> Path:
    copy = tmp_path / "package"
    shutil.copytree(ROOT / "scrutrack", copy / "scrutrack", ignore=shutil.ignore_patterns("__pycache__"))
    for name, changes in edits.items():
        path = copy / name
        text = path.read_text(encoding="utf-8")
        for old, new in changes:
            assert text.count(old) == 1, f"{name}: the newcomer's anchor is gone: {old!r}"
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
    return copy


def _run_checks(tmp_path: Path, copy: Path, repo: Path) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "checks.py"
    script.write_text(CHECKS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, str(script), str(repo), str(ROOT)], env=env, capture_output=True, text=True, timeout=120
    )


def _repo_with_a_record(tmp_path: Path) -> Path:
    from conftest import CONFIG

    root = tmp_path / "council"
    (root / "records" / "cyp").mkdir(parents=True)
    (root / "scrutrack.toml").write_text(CONFIG, encoding="utf-8")
    rec = new_record("cyp-2019-01-10-1", owner="Head of Service")
    (root / "records/cyp/cyp-2019-01-10-1.toml").write_text(dumps(rec), encoding="utf-8")
    return root


def test_a_newcomers_field_reaches_every_place(tmp_path: Path) -> None:
    """The "owner email" experiment of issue 21: one entry in the table, its attributes and two
    columns, in 3 files; read, checked, formatted, kept by writers, listed (through the cache),
    shown, exported, documented, shown by `changes`, merged and reported."""
    assert len(NEWCOMER) <= 3
    copy = _newcomer_copy(tmp_path, NEWCOMER)
    result = _run_checks(tmp_path, copy, _repo_with_a_record(tmp_path))
    assert result.returncode == 0 and result.stdout.endswith("ok\n"), result.stdout + result.stderr
    found = json.loads(result.stdout.splitlines()[0])
    from scrutrack import cache
    from scrutrack.spreadsheet import EXPORT_COLUMNS

    assert found["cache_version"] != cache.VERSION, "a cache written without the field must not be read"
    assert found["header"] == [*EXPORT_COLUMNS[:8], "owner_email", *EXPORT_COLUMNS[8:]]


@pytest.mark.parametrize("forgotten", ["Record", "Summary"])
def test_forgetting_a_place_of_the_newcomers_field_fails(tmp_path: Path, forgotten: str) -> None:
    """A newcomer who adds the table entry but forgets the attribute is stopped, not left with a
    field that some places silently drop."""
    edits = {name: list(changes) for name, changes in NEWCOMER.items()}
    index = 1 if forgotten == "Record" else 2
    del edits["scrutrack/model.py"][index]
    copy = _newcomer_copy(tmp_path, edits)
    result = _run_checks(tmp_path, copy, _repo_with_a_record(tmp_path))
    assert result.returncode != 0
