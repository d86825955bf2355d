"""`init` with committees, and `committee add` later: a first run needs no hand-editing of scrutrack.toml."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CONFIG, Invoke, files_snapshot

from scrutrack.store import load_config


def test_init_names_the_committees_and_add_works_at_once(tmp_path: Path, invoke: Invoke) -> None:
    target = tmp_path / "council"
    result = invoke(
        "init", str(target),
        "--committee", "cyp", "--name", "Children & Young People Sub-Committee",
        "--committee", "hsc", "--name", "Health & Social Care Sub-Committee",
        "--response-period", "2 months", "--response-period", "28 days",
    )  # fmt: skip
    assert "for cyp, hsc" in result.stderr
    config = load_config(target / "scrutrack.toml")
    assert {s: (c.name, c.response_period, c.referral_window) for s, c in config.committees.items()} == {
        "cyp": ("Children & Young People Sub-Committee", "2 months", "28 days"),
        "hsc": ("Health & Social Care Sub-Committee", "28 days", "28 days"),
    }
    assert '[committees.hsc]\nname = "Health & Social Care Sub-Committee"\nresponse_period = "28 days"\n' in (
        target / "scrutrack.toml"
    ).read_text(encoding="utf-8")
    assert (target / ".gitattributes").read_text(encoding="utf-8") == "records/**/*.toml merge=scrutrack\n"
    invoke("add", "--committee", "hsc", "--meeting", "2019-03-12", "--text", "A.", "--repo", str(target))
    assert "The 1 record is valid." in invoke("check", "--repo", str(target)).stdout


def test_init_without_committees_writes_an_example_to_rename(tmp_path: Path, invoke: Invoke) -> None:
    target = tmp_path / "council"
    result = invoke("init", str(target))
    assert "with an example committee" in result.stderr and "scrutrack committee add SLUG --name" in result.stderr
    assert list(load_config(target / "scrutrack.toml").committees) == ["scrutiny"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--committee", "cyp"), "0 --name for 1 --committee: give each --committee its --name, in order"),
        (("--name", "Children"), "--name names a --committee; give --committee SLUG before it"),
        (("--committee", "CYP", "--name", "Children"), "committee 'CYP' is not a slug"),
        (
            ("--committee", "health-and-social-care-select", "--name", "Health"),
            "committee 'health-and-social-care-select' is 29 characters; give a short slug of up to 20 (e.g. hasc)",
        ),
        (("--committee", "cyp", "--name", "  "), "committee 'cyp' needs a name"),
        (
            ("--committee", "cyp", "--name", "C", "--response-period", "soon"),
            "--response-period for cyp: period 'soon' is not understood",
        ),
        (
            ("--committee", "a", "--name", "A", "--committee", "b", "--name", "B", "--referral-window", "14 days"),
            "1 --referral-window for 2 --committee: give one --referral-window per --committee",
        ),
        (("--committee", "a", "--name", "A", "--committee", "a", "--name", "B"), "committee 'a' is given twice"),
    ],
)
def test_init_mistakes_write_nothing(tmp_path: Path, invoke: Invoke, args: tuple[str, ...], message: str) -> None:
    err = invoke("init", str(tmp_path / "council"), *args, code=1).stderr
    assert err.startswith("Error: ") and message in err and len(err.splitlines()) == 1
    assert not (tmp_path / "council").exists()


def test_committee_add_keeps_the_file_as_the_officer_wrote_it(repo: Path, invoke: Invoke) -> None:
    result = invoke("committee", "add", "adult", "--name", "Adult Social Care", "--referral-window", "14 days")
    assert result.stderr == "Added committee adult (Adult Social Care) to scrutrack.toml\n"
    text = (repo / "scrutrack.toml").read_text(encoding="utf-8")
    before_themes = CONFIG.index("[themes]")
    assert text == (
        CONFIG[:before_themes]
        + '[committees.adult]\nname = "Adult Social Care"\nreferral_window = "14 days"\n\n'
        + CONFIG[before_themes:]
    )
    invoke("add", "--committee", "adult", "--meeting", "2019-03-12", "--text", "That officers report.")
    assert "The 1 record is valid." in invoke("check").stdout


def test_committee_add_after_comments_and_at_the_end(tmp_path: Path, invoke: Invoke) -> None:
    root = tmp_path / "council"
    invoke("init", str(root), "--committee", "cyp", "--name", "Children")
    invoke("committee", "add", "hsc", "--name", 'Health "and" Care', "--repo", str(root))
    text = (root / "scrutrack.toml").read_text(encoding="utf-8")
    assert (
        '[committees.cyp]\nname = "Children"\n\n[committees.hsc]\nname = "Health \\"and\\" Care"\n\n[themes]\n' in text
    )
    (root / "scrutrack.toml").write_text('schema = 1\n[committees.cyp]\nname = "Children"', encoding="utf-8")
    invoke("committee", "add", "hsc", "--name", "Health", "--repo", str(root))
    assert (root / "scrutrack.toml").read_text(encoding="utf-8") == (
        'schema = 1\n[committees.cyp]\nname = "Children"\n\n[committees.hsc]\nname = "Health"\n'
    )


@pytest.mark.parametrize(
    ("config", "args", "message"),
    [
        (CONFIG, ("cyp", "--name", "Again"), "committee 'cyp' is already in scrutrack.toml; nothing was changed"),
        (CONFIG, ("x", "--name", "X", "--response-period", "a while"), "period 'a while' is not understood"),
        ('schema = 1\ncommittees = { cyp = { name = "C" } }\n', ("hsc", "--name", "H"), "add this there by hand"),
        ("schema = [\n", ("hsc", "--name", "H"), "scrutrack.toml cannot be read as TOML"),
    ],
)
def test_committee_add_mistakes_change_nothing(
    repo: Path, invoke: Invoke, config: str, args: tuple[str, ...], message: str
) -> None:
    (repo / "scrutrack.toml").write_text(config, encoding="utf-8")
    before = files_snapshot(repo)
    err = invoke("committee", "add", *args, code=1).stderr
    assert err.startswith("Error: ") and message in err
    assert files_snapshot(repo) == before
