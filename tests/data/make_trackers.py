"""Build the workbook trackers the tests read, in tests/data/trackers/.

Run `.venv/bin/python tests/data/make_trackers.py` after changing it, with LibreOffice installed
(`soffice`), and commit what it writes; the tests need no LibreOffice. It writes:

- `tracker.xlsx`: a tracker as an officer keeps one in Excel (written with openpyxl): a title and an
  "Updated:" line above the headings; group headings merged across ("Executive Response" over
  Date | Accepted / Rejected | Response, "Progress" over two update columns) with the other headings
  merged down over both heading rows; each meeting's date and item merged down over its rows; real
  date cells; references typed as text ("007"); a target date that is a formula (its last value
  stored, as Excel stores it); a hidden row; a second sheet "Closed" of the same tracker; a "Key"
  sheet of notes; and a hidden "Lists" sheet behind the dropdowns.
- `tracker.ods` and `tracker-resaved.xlsx`: the same workbook opened and saved by LibreOffice (headless
  `soffice --convert-to`), as an officer who uses LibreOffice, or an owner returning a workbook,
  sends it back;
- `tracker-open.csv`: the "Open" sheet as a clerk would type it as CSV, one heading row and every
  cell filled: importing it gives the same records as the workbooks.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "trackers"
D = dt.date

TITLE = "Children and Young People Scrutiny Sub-Committee: Recommendations Monitoring 2019/20"
# (ref, meeting, item, recommendation, lead officer, response date, outcome, response, target, RAG, status,
# progress update, latest update)
OPEN = [
    (
        "007",
        D(2019, 3, 12),
        "School Transport",
        "That the Cabinet Member review the SEND transport contract before it is renewed.",
        "Director of Education",
        D(2019, 4, 16),
        "Accepted",
        "Agreed; the review will report to Cabinet in the autumn.",
        D(2019, 10, 31),
        "Green",
        "Ongoing",
        "Review started in May.",
        "Draft findings shared with the Cabinet Member.",
    ),
    (
        "008",
        D(2019, 3, 12),
        "School Transport",
        "That route timetables be published on the council's website.",
        "Head of Transport",
        D(2019, 4, 16),
        "Accepted",
        "Agreed.",
        D(2019, 6, 30),
        "Green",
        "Complete",
        "Published on 1 June 2019.",
        "",
    ),
    (
        "009",
        D(2019, 3, 12),
        "School Transport",
        "That a single point of contact be named for every family using the service.",
        "Head of Transport",
        D(2019, 4, 16),
        "Rejected",
        "Not accepted: the contact centre already gives one number for every family.",
        None,
        "",
        "Rejected",
        "",
        "",
    ),
    (
        "010",
        D(2019, 6, 4),
        "Young Carers",
        "That a young carers lead be named in every secondary school.",
        "Head of Inclusion",
        D(2019, 7, 9),
        "Partially accepted",
        "Accepted in part: leads will be named in the ten largest schools first.",
        "formula",  # =meeting + 120 days, stored with its value
        "Amber",
        "In progress",
        "",
        "Six schools have named a lead.",
    ),
    (
        "011",
        D(2019, 6, 4),
        "Young Carers",
        "That holiday activities be funded for young carers.",
        "Head of Inclusion",
        None,
        "",
        "",
        None,
        "",
        "Awaiting response",
        "",
        "",
    ),
]
CLOSED = [
    (
        "001",
        D(2019, 1, 15),
        "That a staff representative be invited to the next meeting.",
        "Democratic Services",
        "Closed",
        "Attended on 12 March 2019.",
    ),
    (
        "002",
        D(2019, 1, 15),
        "That officers circulate the Section 20 figures to the Committee.",
        "Head of Performance",
        "Closed",
        "Circulated on 3 December 2018.",
    ),
]
FORMULA_DAYS = 120


def target(row: tuple[object, ...]) -> dt.date | None:
    value = row[8]
    if value == "formula":
        meeting = row[1]
        assert isinstance(meeting, dt.date)
        return meeting + dt.timedelta(days=FORMULA_DAYS)
    assert value is None or isinstance(value, dt.date)
    return value


def write_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Open"
    ws["A1"] = TITLE
    ws.merge_cells("A1:M1")
    ws["A2"] = "Updated: 1 October 2019"
    singles = {
        "A": "Ref",
        "B": "Date of Committee",
        "C": "Agenda Item",
        "D": "Scrutiny Recommendation",
        "E": "Lead Officer/EM",
        "I": "Target Date",
        "J": "RAG",
        "K": "Status",
    }
    for col, heading in singles.items():
        ws[f"{col}4"] = heading
        ws.merge_cells(f"{col}4:{col}5")
    ws["F4"] = "Executive Response"
    ws.merge_cells("F4:H4")
    ws["F5"], ws["G5"], ws["H5"] = "Date", "Accepted / Rejected", "Response"
    ws["L4"] = "Progress"
    ws.merge_cells("L4:M4")
    ws["L5"], ws["M5"] = "Progress Update", "Latest Update"
    first = 6
    for i, row in enumerate(OPEN):
        r = first + i
        ref, meeting, item, text, lead, rdate, outcome, response, due, rag, status, update, latest = row
        ws[f"A{r}"] = ref  # text, not the number 7
        ws[f"A{r}"].number_format = "@"
        ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"], ws[f"E{r}"] = meeting, item, text, lead
        ws[f"F{r}"], ws[f"G{r}"], ws[f"H{r}"] = rdate, outcome or None, response or None
        ws[f"I{r}"] = f"=B{r}+{FORMULA_DAYS}" if due == "formula" else due
        ws[f"J{r}"], ws[f"K{r}"], ws[f"L{r}"], ws[f"M{r}"] = rag or None, status, update or None, latest or None
        for col in "BFI":
            ws[f"{col}{r}"].number_format = "dd/mm/yyyy"
        ws[f"D{r}"].alignment = Alignment(wrap_text=True)
    # each meeting's date and item merged down over its rows, as trackers are laid out
    for col in "BC":
        ws.merge_cells(f"{col}6:{col}8")
        ws.merge_cells(f"{col}9:{col}10")
    ws.row_dimensions[7].hidden = True  # finished, and hidden by the officer: still a record
    closed = wb.create_sheet("Closed")
    closed.append(["Ref", "Date", "Recommendation", "Lead Officer", "Status", "Comments"])
    for ref, meeting, text, lead, status, comment in CLOSED:
        closed.append([ref, meeting, text, lead, status, comment])
        closed.cell(closed.max_row, 2).number_format = "dd/mm/yyyy"
    key = wb.create_sheet("Key")
    key.append(["Key"])
    key.append(["Green: on track; Amber: at risk; Red: late"])
    lists = wb.create_sheet("Lists")
    lists.sheet_state = "hidden"
    for word in ("Complete", "In progress", "Ongoing", "Rejected", "Awaiting response"):
        lists.append([word])
    wb.save(path)
    _store_formula_value(path)


def _store_formula_value(path: Path) -> None:
    """Excel stores each formula's last value beside it; openpyxl does not. Store it, as Excel would."""
    row = next(i for i, r in enumerate(OPEN) if r[8] == "formula") + 6
    meeting = OPEN[row - 6][1]
    assert isinstance(meeting, dt.date)
    serial = (meeting - dt.date(1899, 12, 30)).days + FORMULA_DAYS
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                text, n = re.subn(
                    rf'(<c r="I{row}"[^>]*>)<f>(B{row}\+{FORMULA_DAYS})</f>(?:<v\s*/>|<v></v>)?',
                    rf"\1<f>\2</f><v>{serial}</v>",
                    text,
                )
                assert n == 1, "the formula cell was not found"
                data = text.encode()
            info.date_time = (2019, 10, 1, 0, 0, 0)  # fixed, so writing again changes nothing
            dst.writestr(info, data)
    tmp.replace(path)


def write_csv(path: Path) -> None:
    import csv

    def d(day: dt.date | None) -> str:
        return day.strftime("%d/%m/%Y") if day else ""

    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(
            [
                "Ref",
                "Date of Committee",
                "Agenda Item",
                "Scrutiny Recommendation",
                "Lead Officer/EM",
                "Executive Response Date",
                "Accepted / Rejected",
                "Executive Response",
                "Target Date",
                "RAG",
                "Status",
                "Progress Update",
                "Latest Update",
            ]
        )
        for row in OPEN:
            ref, meeting, item, text, lead, rdate, outcome, response, _, rag, status, update, latest = row
            w.writerow(
                [
                    ref,
                    d(meeting),
                    item,
                    text,
                    lead,
                    d(rdate),
                    outcome,
                    response,
                    d(target(row)),
                    rag,
                    status,
                    update,
                    latest,
                ]
            )  # type: ignore[arg-type]


def convert(source: Path, fmt: str, target_path: Path) -> None:
    """Open `source` in headless LibreOffice and save it as `fmt` ('ods' or 'xlsx') at `target_path`."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice (soffice) is needed: apt-get install libreoffice-calc")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        filt = "ods" if fmt == "ods" else 'xlsx:"Calc MS Excel 2007 XML"'
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                filt.replace('"', ""),
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        produced = Path(tmp) / f"{source.stem}.{fmt}"
        shutil.copy(produced, target_path)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    write_xlsx(OUT / "tracker.xlsx")
    write_csv(OUT / "tracker-open.csv")
    convert(OUT / "tracker.xlsx", "ods", OUT / "tracker.ods")
    with tempfile.TemporaryDirectory() as tmp:
        ods_copy = Path(tmp) / "tracker-resaved.ods"
        shutil.copy(OUT / "tracker.ods", ods_copy)
        convert(ods_copy, "xlsx", OUT / "tracker-resaved.xlsx")
    print(f"wrote {', '.join(sorted(p.name for p in OUT.iterdir()))}")


if __name__ == "__main__":
    main()
