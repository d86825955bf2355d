"""Tables inside minutes are data (issue 20, point 6), in every format `import minutes` reads: a table
whose heading row reads as a recommendations list or tracker (the headings `import tracker` knows:
'Scrutiny Recommendation', 'Lead Officer', 'Date Agreed', ...) gives a record a row, with its lead
officer as the owner; any other table is skipped and named with its place, in the dry run and the
summary, and `--strict` then refuses the import (exit 1, nothing written)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import docx
import pytest
from conftest import Invoke, files_snapshot

BEFORE = [
    "Overview and Scrutiny Committee",
    "Minutes of the meeting held on 12 March 2019",
    "15. Libraries review: the task group's report",
    "The Chair of the task group presented its report. The committee agreed the recommendations below.",
]
RECOMMENDATIONS = [
    ["Rec No.", "Scrutiny Recommendation", "Lead Officer", "Date Agreed"],
    ["R1", "That library opening hours be extended on Saturdays at every branch.", "Head of Culture", "12/03/2019"],
    ["R2", "That a survey of non-users be carried out before the budget is set.", "Head of Libraries", "12/03/2019"],
]
BETWEEN = ["The committee thanked the task group.", "16. Attendance figures"]
FIGURES = [
    ["Branch", "Visits 2017", "Visits 2018"],
    ["Central", "120,000", "118,500"],
    ["Northgate", "40,200", "39,800"],
]
AFTER = ["RESOLVED: That officers report visitor numbers by branch each quarter."]

EXPECTED = [
    (
        "cyp-2019-03-12-1",
        "Libraries review: the task group's report",
        "Head of Culture",
        "That library opening hours be extended on Saturdays at every branch.",
    ),
    (
        "cyp-2019-03-12-2",
        "Libraries review: the task group's report",
        "Head of Libraries",
        "That a survey of non-users be carried out before the budget is set.",
    ),
    ("cyp-2019-03-12-3", "Attendance figures", None, "That officers report visitor numbers by branch each quarter."),
]


def _text(table: str) -> str:
    def rows(cells: list[list[str]]) -> list[str]:
        if table == "md":
            lines = [f"| {' | '.join(r)} |" for r in cells]
            return [lines[0], "|" + "---|" * len(cells[0]), *lines[1:]]
        return ["\t".join(r) for r in cells]

    blocks = [*BEFORE, "\n".join(rows(RECOMMENDATIONS)), *BETWEEN, "\n".join(rows(FIGURES)), *AFTER]
    return "\n\n".join(blocks) + "\n"


def _docx(path: Path) -> None:
    document = docx.Document()
    for text in BEFORE:
        document.add_paragraph(text)
    for rows, after in ((RECOMMENDATIONS, BETWEEN), (FIGURES, AFTER)):
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
        for text in after:
            document.add_paragraph(text)
    document.save(str(path))


def _html() -> str:
    def table(rows: list[list[str]]) -> str:
        head = "".join(f"<th>{c}</th>" for c in rows[0])
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def paras(texts: list[str]) -> str:
        return "".join(f"<h2>{t}</h2>" if t[:3].rstrip(".").isdigit() else f"<p>{t}</p>" for t in texts)

    body = paras(BEFORE) + table(RECOMMENDATIONS) + paras(BETWEEN) + table(FIGURES) + paras(AFTER)
    return f"<html><head><title>Minutes</title></head><body><main>{body}</main></body></html>"


def _pdf(path: Path, wrapped: bool = True) -> None:
    """The minutes printed to PDF, each table a grid; `wrapped` cells are paragraphs, else plain strings
    at 10 pt with 6 pt margins, which pdfminer reads as one line across two cells."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]

    def table(rows: list[list[str]], widths: list[int]) -> list[object]:
        cells = [[Paragraph(c, style) for c in r] for r in rows] if wrapped else rows
        grid = Table(cells, colWidths=widths if wrapped else None)
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 10)]))
        return [grid, Spacer(1, 8)]

    flow: list[object] = [Paragraph(t, style) for t in BEFORE]
    flow += table(RECOMMENDATIONS, [45, 250, 90, 70]) + [Paragraph(t, style) for t in BETWEEN]
    flow += table(FIGURES, [100, 80, 80]) + [Paragraph(t, style) for t in AFTER]
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)  # type: ignore[arg-type]


def _write(repo: Path, fmt: str) -> str:
    name = f"minutes.{fmt.split('-')[0]}"
    if fmt in ("txt", "md"):
        (repo / name).write_text(_text(fmt), encoding="utf-8")
    elif fmt == "html":
        (repo / name).write_text(_html(), encoding="utf-8")
    elif fmt == "docx":
        _docx(repo / name)
    else:
        _pdf(repo / name, wrapped=fmt == "pdf")
    return name


# Where each format places the skipped table: a text file's line, a Word paragraph (a cell's paragraphs
# count), a page's source line, a PDF's page and line.
PLACE = {
    "txt": ":17",
    "md": ":18",
    "html": ", line 1",
    "docx": ", the table at paragraph 19",
    "pdf": ", page 1, line 8",
    "pdf-narrow": ", page 1, line 8",
}


def _records(repo: Path) -> list[tuple[str, str | None, str | None, str]]:
    out = []
    for p in sorted(repo.glob("records/*/*.toml")):
        data = tomllib.loads(p.read_text(encoding="utf-8"))
        out.append((p.stem, data.get("item"), data.get("owner"), data["text"].strip()))
    return out


@pytest.mark.parametrize("fmt", sorted(PLACE))
def test_a_recommendations_table_is_read_and_any_other_table_named(repo: Path, invoke: Invoke, fmt: str) -> None:
    name = _write(repo, fmt)
    before = files_snapshot(repo)
    skipped = f"not read: {name}{PLACE[fmt]}: a table of 3 rows whose headings name no recommendation\n"
    dry = invoke("import", "minutes", name, "--committee", "cyp", "--dry-run")
    assert dry.stderr.startswith(skipped), dry.stderr
    assert dry.stderr.endswith("1 block not read; nothing was written.\n")
    strict = invoke("import", "minutes", name, "--committee", "cyp", "--strict", code=1)
    assert strict.stderr == skipped + "Error: 1 block not read (--strict); nothing was imported\n"
    assert files_snapshot(repo) == before
    result = invoke("import", "minutes", name, "--committee", "cyp")
    assert result.stderr.startswith(skipped) and result.stderr.endswith(", 1 block not read.\n")
    assert _records(repo) == EXPECTED
    again = invoke("import", "minutes", name, "--committee", "cyp")
    assert again.stdout == "" and "Nothing new: 3 recommendations" in again.stderr


def test_a_table_of_earlier_meetings_recommendations_is_named_not_imported(repo: Path, invoke: Invoke) -> None:
    # A tracker appended to the minutes: its rows agreed at earlier meetings are not this meeting's
    # recommendations (imported as such they would duplicate the records of those meetings).
    (repo / "minutes.md").write_text(
        "Minutes of the meeting held on 12 March 2019\n\n7. Waste services update\n\n"
        "| Scrutiny Recommendation | Lead | Date Agreed | RAG | Update |\n|---|---|---|---|---|\n"
        "| That the rounds be published. | Head of Waste | 15/01/2019 | Green | Published in February |\n"
        "| That the depot be visited. | Head of Waste | 4 December 2018 | Amber | Planned |\n"
        "| That missed bins be reported by ward. | Head of Waste | 12/03/2019 | | |\n",
        encoding="utf-8",
    )
    result = invoke("import", "minutes", "minutes.md", "--committee", "cyp")
    assert result.stderr.startswith(
        "not read: minutes.md:5: 2 rows of recommendations agreed at another meeting (2018-12-04, 2019-01-15)\n"
    )
    assert _records(repo) == [
        ("cyp-2019-03-12-1", "Waste services update", "Head of Waste", "That missed bins be reported by ward.")
    ]


def test_a_reports_monitor_of_earlier_recommendations_files_each_row_under_its_meeting(
    repo: Path, invoke: Invoke
) -> None:
    # An officer's report (its front matter says so) whose table monitors recommendations agreed at
    # earlier meetings, with their status: the report has no meeting of its own to confuse them with,
    # so each row is read as `import tracker` reads one, under the meeting its column names.
    (repo / "monitor.md").write_text(
        "Report of: Head of Democratic Services\n\nDate of meeting: 9 May 2019\n\n"
        "1. Recommendation\n\nThat the Committee notes the progress shown below.\n\n"
        "| Committee date | Agenda item | Recommendation | Progress | Status |\n|---|---|---|---|---|\n"
        "| 15/01/2019 | Waste | That the rounds be published. | Done in February | Complete |\n"
        "| 15/01/2019 | Waste | That the depot be visited. | Planned | Open |\n"
        "| 12 March 2019 | Libraries | That a survey of non-users be carried out. | Under way | Open |\n",
        encoding="utf-8",
    )
    result = invoke("import", "minutes", "monitor.md", "--committee", "cyp")
    assert result.exit_code == 0, result.stderr
    assert _records(repo) == [
        ("cyp-2019-01-15-1", "Waste", None, "That the rounds be published."),
        ("cyp-2019-01-15-2", "Waste", None, "That the depot be visited."),
        ("cyp-2019-03-12-1", "Libraries", None, "That a survey of non-users be carried out."),
    ]


def test_an_executive_response_reports_table_imports_under_the_meeting_given(repo: Path, invoke: Invoke) -> None:
    # A Cabinet report's appendix of the committee's recommendations with the response and a status: with
    # --meeting (the report does not say which meeting made them) its rows are that meeting's records.
    (repo / "response.md").write_text(
        "Report of: Cabinet Member for Children\n\nDate of meeting: 25 November 2025\n\n"
        "| Rec | Select Committee recommendation | Executive response | Status |\n|---|---|---|---|\n"
        "| R1 | That the Council publishes a guide for families. | Accepted. | Accepted |\n"
        "| R2 | That exam fees be met by the Council. | Not accepted. | Not accepted |\n",
        encoding="utf-8",
    )
    result = invoke("import", "minutes", "response.md", "--committee", "cyp", "--meeting", "2025-09-18")
    assert result.exit_code == 0, result.stderr
    assert [r[0] for r in _records(repo)] == ["cyp-2025-09-18-1", "cyp-2025-09-18-2"]
