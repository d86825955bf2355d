"""Debian's LibreOffice, headless, for opening the round's workbooks as an owner's office program does.

`make test` installs it when it is missing. Run as a script, it draws the first printed page of an
owner's workbook (the records of tests/test_rounds.py) as a PNG, with pdftoppm:

    .venv/bin/python tests/office.py OUT.png
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
HOW = "install Debian's LibreOffice Calc (`sudo apt-get install libreoffice-calc-nogui`, or `make libreoffice` as root)"


def convert(profile: Path, source: Path, to: str, out: Path) -> Path:
    """`soffice --headless --convert-to TO` of one file into `out`, with a user profile of its own
    (a LibreOffice running elsewhere is never disturbed); the converted file."""
    assert SOFFICE is not None, HOW
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            to,
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    result = out / f"{source.stem}.{to.split(':')[0]}"
    assert done.returncode == 0 and result.exists(), done.stdout + done.stderr
    return result


def main(png: Path) -> None:
    """Start a round on the test records, print Early Help's workbook to PDF, and draw its first page."""
    import os

    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import put
    from test_rounds import CONFIG_FOR_PICTURE, EH_BOOK, round_records
    from typer.testing import CliRunner

    from scrutrack.cli import app

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "council"
        (root / "records").mkdir(parents=True)
        (root / "scrutrack.toml").write_text(CONFIG_FOR_PICTURE, encoding="utf-8")
        for r in round_records():
            put(root, r)
        os.chdir(root)
        result = CliRunner().invoke(app, ["round", "start", "2019-q2", "--due", "2019-05-31", "--date", "2019-04-30"])
        assert result.exit_code == 0, result.output
        pdf = convert(Path(tmp) / "profile", root / "rounds" / "2019-q2" / EH_BOOK, "pdf", Path(tmp) / "pdf")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(Path(tmp) / "page")],
            check=True,
        )
        shutil.copy(Path(tmp) / "page.png", png)


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())
