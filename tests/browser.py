"""Debian's chromium, driven by Playwright, for looking at the HTML report as a reader would.

`make test` installs Debian's chromium when it is missing and it can (as root on Debian; never
Playwright's own browser build); elsewhere the browser tests are skipped and named. Run as a
script, it writes the first printed page of a report as a PNG:

    .venv/bin/python tests/browser.py REPORT.html OUT.png
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
HOW = "install Debian's chromium (`sudo apt-get install chromium`, or `make chromium` as root), then run `make test` again"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# An A4 page at 96 pixels an inch, and the report's @page margins drawn round the content.
PAGE = {"width": round(210 / 25.4 * 96), "height": round(297 / 25.4 * 96)}
# Print breaks the page before every part after the first: the first page holds the first part.
FIRST_PAGE = "@media print { html { padding: 18mm 14mm 16mm; } main > section ~ section { display: none; } }"


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium (the system's), closed afterwards."""
    from playwright.sync_api import sync_playwright

    executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not executable:
        from conftest import needs

        executable = needs("chromium", HOW)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def first_page_png(page: Any, out: Path) -> None:
    """The page as its first printed page shows it: print styles, A4, the margins."""
    page.set_viewport_size(PAGE)
    page.emulate_media(media="print")
    page.add_style_tag(content=FIRST_PAGE)
    out.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(out))
    page.emulate_media(media="screen")


if __name__ == "__main__":
    report, png = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    with chromium() as browser:
        tab = browser.new_page()
        tab.goto(report.as_uri())
        first_page_png(tab, png)
    print(f"Wrote {png}")
