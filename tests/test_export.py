"""`scrutrack export csv`: stable columns, formula-safe cells, and export -> import giving the same records."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from conftest import ROOT, Invoke, files_snapshot

from scrutrack.spreadsheet import EXPORT_COLUMNS, neutralise, restore


def fresh_repo(tmp_path: Path, name: str) -> Path:
    """An empty repository with the bundled config and evidence files (records' paths point there)."""
    root = tmp_path / name
    (root / "records").mkdir(parents=True)
    shutil.copy(ROOT / "scrutrack.toml", root)
    shutil.copytree(ROOT / "evidence", root / "evidence")
    return root


def record_files(root: Path) -> dict[str, bytes]:
    return {k: v for k, v in files_snapshot(root).items() if k.startswith("records")}


def test_export_then_import_into_an_empty_repository_gives_the_same_records(
    bundled: Path, tmp_path: Path, invoke: Invoke
) -> None:
    # Add records whose text a spreadsheet would run as a formula.
    invoke(
        "add",
        "--committee",
        "cyp",
        "--meeting",
        "2019-01-14",
        "--text",
        '=HYPERLINK("http://evil","x")',
        "--owner",
        "-Head of Service",
        "--item",
        "@SUM(A1)",
    )
    invoke(
        "add",
        "--committee",
        "cyp",
        "--meeting",
        "2019-01-14",
        "--text",
        "@cmd|' /C calc'!A0",
        "--addressed-to",
        "+44 20 7946 0000",
        "--kind",
        "action",
        "--due",
        "2019-06-30",
    )
    # An owner change: its `from` is a name, not a date, and must come back as one.
    invoke("assign", "cyp-2019-01-14-2", "Director of Children's Services", "--date", "2019-02-01", "--by", "Officer")
    out = tmp_path / "tracker.csv"
    invoke("export", "csv", "--output", str(out))
    target = fresh_repo(tmp_path, "fresh")
    result = invoke("import", "csv", str(out), "--repo", str(target))
    assert "Created 7 of 7 rows" in result.stderr
    assert record_files(target) == record_files(bundled)
    assert "All 7 records are valid" in invoke("check", "--repo", str(target)).stdout
    # The exported file shows the dangerous cells neutralised.
    text = out.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text and "'-Head of Service" in text
    assert "'@cmd|" in text and "'+44 20 7946 0000" in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows for cell in row.values())


def test_columns_are_stable_and_filters_work(bundled: Path, invoke: Invoke) -> None:
    result = invoke("export", "csv", "--status", "agreed", "--committee", "cyp")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    assert [r[0] for r in rows[1:]] == ["cyp-2018-09-18-1", "cyp-2018-09-18-3", "cyp-2018-11-27-2"]
    by_id = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    assert by_id["cyp-2018-11-27-2"]["themes"] == "ofsted-3, ofsted-4"
    assert by_id["cyp-2018-09-18-1"]["due"] == "2018-11-27"
    none = invoke("export", "csv", "--owner", "nobody")
    assert none.stdout == ",".join(EXPORT_COLUMNS) + "\n"


def test_export_to_a_file_with_a_bom_for_excel(bundled: Path, tmp_path: Path, invoke: Invoke) -> None:
    out = tmp_path / "x.csv"
    result = invoke("export", "csv", "--meeting", "2018-11-27", "--output", str(out), "--bom")
    assert result.stdout == "" and "Wrote 2 records" in result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,committee,")
    target = fresh_repo(tmp_path, "fresh")
    invoke("import", "csv", str(out), "--repo", str(target))
    assert sorted(record_files(target)) == ["records/cyp/cyp-2018-11-27-1.toml", "records/cyp/cyp-2018-11-27-2.toml"]


def test_neutralise_and_restore_are_exact_inverses() -> None:
    for cell in ["=1+1", "+1", "-x", "@a", "\tx", "\rx", "plain", "'quoted", "", "'", "'=already", "''-x"]:
        escaped = neutralise(cell)
        assert not escaped.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert restore(escaped)[0] == cell
    assert restore("'=SUM(A1)") == ("=SUM(A1)", True)
    assert restore("'plain") == ("'plain", False)
