"""Fill in an update round's workbook as its owner would in Excel (docs/rounds.md uses it in place of a person).

    python examples/fill-in-workbook.py WORKBOOK OUT.xlsx ID=PROGRESS[|UPDATE[|NEW DATE DD/MM/YYYY|REASON[|EVIDENCE]]] ...

Each answer fills the white columns of the record's row; the workbook is saved under another
name, as owners do ("... FINAL v2.xlsx").
"""

import datetime as dt
import sys

from openpyxl import load_workbook

from scrutrack.workbook import COLUMNS, FIRST, SHEET

source, target, *answers = sys.argv[1:]
wb = load_workbook(source)
ws = wb[SHEET]
column = {c.key: i for i, c in enumerate(COLUMNS, 1)}
rows = {ws.cell(row=r, column=1).value: r for r in range(FIRST, ws.max_row + 1)}
for answer in answers:
    rid, _, given = answer.partition("=")
    values = dict(zip(("progress", "update", "new_due", "reason", "evidence"), given.split("|"), strict=False))
    if values.get("new_due"):
        values["new_due"] = dt.datetime.strptime(values["new_due"], "%d/%m/%Y")  # type: ignore[assignment]
    for key, value in values.items():
        ws.cell(row=rows[rid], column=column[key], value=value or None)
wb.save(target)
