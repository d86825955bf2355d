"""The bundled records: check, fmt and the main job on the report's date."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import Invoke


def test_bundled_records_are_valid(bundled: Path, invoke: Invoke) -> None:
    assert "All 5 records are valid" in invoke("check").stdout
    invoke("fmt", "--check")


def test_overdue_on_the_report_date(bundled: Path, invoke: Invoke) -> None:
    data = json.loads(invoke("overdue", "--as-of", "2019-04-30", "--format", "json").stdout)
    got = {i["id"]: [(r["reason"], r["due"], r["days_overdue"]) for r in i["reasons"]] for i in data["overdue"]}
    assert got == {
        "cyp-2018-09-18-1": [("implementation", "2018-11-27", 154)],
        "cyp-2018-09-18-3": [("implementation", "2018-11-27", 154)],
        "cyp-2018-11-27-2": [("not-referred", "2018-12-25", 126)],
    }
