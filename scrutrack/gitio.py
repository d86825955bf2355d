"""The one module that runs git: revisions, files at a revision, the merge-driver config, merge-file."""

from __future__ import annotations

import hashlib
import os
import subprocess
import time
from pathlib import Path

from scrutrack.errors import GitBusy, InvalidInput, RepoNotFound, ScrutrackError

# Tried in this order when no base revision is given (after origin/HEAD).
DEFAULT_BRANCHES = ("main", "master", "origin/main", "origin/master")


GIT_WAIT = 5.0  # seconds a write waits for git's index lock (a merge state: a second at most) before refusing


def git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=check, encoding="utf-8")


def _run(root: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """git with bytes in and out, never raising on its exit code; a missing git, or a repository git
    will not work in (dubious ownership), is a ScrutrackError."""
    try:
        proc = subprocess.run(["git", *args], cwd=root, capture_output=True, input=stdin, check=False)
    except FileNotFoundError:
        raise ScrutrackError("git is not installed (or not on PATH); install git first") from None
    except OSError as exc:
        raise ScrutrackError(f"cannot run git ({exc.strerror})") from None
    if proc.returncode != 0 and b"dubious ownership" in proc.stderr:
        raise dubious(proc.stderr.decode("utf-8", "replace"))
    return proc


def dubious(stderr: str) -> ScrutrackError:
    """git's refusal of a repository another user owns, named as what it is, with git's own fix."""
    import re

    where = re.search(r"dubious ownership in repository at '([^']*)'", stderr)
    fix = re.search(r"git config --global --add safe\.directory \S.*", stderr)
    path = where[1] if where else "this repository"
    command = fix[0].strip() if fix else f"git config --global --add safe.directory {path}"
    return RepoNotFound(
        f"git will not work in {path}: it belongs to another user, which git calls 'dubious ownership' "
        f"(common in CI containers); if you trust it, run `{command}`, then run this again"
    )


def _out(proc: subprocess.CompletedProcess[bytes]) -> str:
    return proc.stdout.decode("utf-8", "replace").strip()


def _err(proc: subprocess.CompletedProcess[bytes]) -> str:
    return proc.stderr.decode("utf-8", "replace").strip().splitlines()[0] if proc.stderr.strip() else ""


def user_name(root: Path) -> str | None:
    """git's user.name for this repository, if git and a name are there."""
    try:
        name = git(root, "config", "user.name", check=False).stdout.strip()
    except OSError:
        return None
    return name or None


# ------------------------------------------------------------------------------ revisions


def toplevel(root: Path) -> Path:
    """The top of the git work tree holding `root`, or an error saying to set git up."""
    proc = _run(root, "rev-parse", "--show-toplevel")
    if proc.returncode != 0:
        raise RepoNotFound(f"{root} is not in a git repository; run `git init` there first")
    return Path(_out(proc))


def has_commits(root: Path) -> bool:
    return _run(root, "rev-parse", "--verify", "-q", "HEAD^{commit}").returncode == 0


def rev_parse(root: Path, rev: str) -> str:
    """The commit a revision names, or an error naming the revision."""
    if rev.startswith("-"):
        raise InvalidInput(f"'{rev}' is not a revision")
    proc = _run(root, "rev-parse", "--verify", "-q", "--end-of-options", f"{rev}^{{commit}}")
    if proc.returncode != 0:
        if not has_commits(root):
            raise InvalidInput(f"unknown revision '{rev}': the repository has no commits yet; commit the records first")
        raise InvalidInput(f"unknown revision '{rev}'; give a branch, tag or commit (e.g. main, origin/main)")
    return _out(proc)


def default_branch(root: Path) -> str:
    """The branch pull requests go into: origin/HEAD, else main, master, origin/main, origin/master."""
    proc = _run(root, "symbolic-ref", "-q", "--short", "refs/remotes/origin/HEAD")
    if proc.returncode == 0 and _out(proc):
        return _out(proc)
    for name in DEFAULT_BRANCHES:
        if _run(root, "rev-parse", "--verify", "-q", f"{name}^{{commit}}").returncode == 0:
            return name
    if not has_commits(root):
        raise InvalidInput(
            "the repository has no commits yet, so there is nothing to compare with; commit the records first"
        )
    raise InvalidInput(
        "no default branch to compare with (no origin/HEAD, main or master); give the base revision, e.g. `scrutrack changes develop`"
    )


def merge_base(root: Path, a: str, b: str) -> str | None:
    """The commit where two lines of history met, or None if they never did."""
    proc = _run(root, "merge-base", "--end-of-options", a, b)
    return _out(proc) if proc.returncode == 0 and _out(proc) else None


def short(root: Path, commit: str) -> str:
    proc = _run(root, "rev-parse", "--short", commit)
    return _out(proc) if proc.returncode == 0 else commit[:7]


# ------------------------------------------------------------------------ files at a revision


def blob_id(data: bytes) -> str:
    """The id git gives these bytes as a blob: equal ids mean equal files, without running git."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()  # git's own object hash


def ls_files(root: Path, rev: str, folder: str) -> dict[str, str]:
    """Every .toml blob under `folder` (relative to `root`) at `rev`, as {path relative to root: blob id}."""
    proc = _run(root, "ls-tree", "-r", "-z", "--end-of-options", rev, "--", folder)
    if proc.returncode != 0:
        raise InvalidInput(f"cannot list {folder}/ at '{rev}': {_err(proc)}")
    found: dict[str, str] = {}
    for item in proc.stdout.split(b"\0"):
        if not item:
            continue
        meta, _, name = item.partition(b"\t")
        parts = meta.split()
        path = name.decode("utf-8", "replace")
        if len(parts) == 3 and parts[1] == b"blob" and path.endswith(".toml"):
            found[path] = parts[2].decode("ascii")
    return found


def read_blobs(root: Path, ids: list[str]) -> dict[str, bytes]:
    """The contents of many blobs in one git call (cat-file --batch)."""
    if not ids:
        return {}
    unique = list(dict.fromkeys(ids))
    proc = _run(root, "cat-file", "--batch", stdin=("\n".join(unique) + "\n").encode("ascii"))
    if proc.returncode != 0:
        raise ScrutrackError(f"git cat-file failed: {_err(proc)}")
    data = proc.stdout
    out: dict[str, bytes] = {}
    pos = 0
    for blob in unique:
        end = data.index(b"\n", pos)
        header = data[pos:end].split()
        pos = end + 1
        if len(header) < 3 or header[1] == b"missing":
            continue
        size = int(header[2])
        out[blob] = data[pos : pos + size]
        pos += size + 1
    return out


# ------------------------------------------------------------------------ merge driver


def config_get(root: Path, key: str) -> str | None:
    """A key from the repository's own git config, or None (not set, not a repository, no git)."""
    try:
        proc = _run(root, "config", "--local", "--get", key)
    except ScrutrackError:
        return None
    if proc.returncode != 0:
        return None
    return _out(proc) or None


def command_problem(command: str) -> str | None:
    """Why git could not run this scrutrack as the merge driver, or None if `COMMAND --version` answers."""
    import shlex

    try:
        words = shlex.split(command)
        proc = subprocess.run([*words, "--version"], capture_output=True, text=True, timeout=60, check=False)
    except (ValueError, IndexError):
        return "it is not a command"
    except OSError as exc:
        return f"it does not run ({exc.strerror})"
    except subprocess.TimeoutExpired:
        return "it did not answer `--version` within a minute"
    if proc.returncode != 0 or not proc.stdout.startswith("scrutrack "):
        return "`--version` did not answer `scrutrack ...`; it is not a working scrutrack"
    return None


def config_set(root: Path, key: str, value: str) -> None:
    """Set a key in the repository's own git config (.git/config)."""
    proc = _run(root, "config", "--local", key, value)
    if proc.returncode != 0:
        raise ScrutrackError(f"cannot set git config {key}: {_err(proc)}")


def merge_file(ours: Path, base: Path, theirs: Path) -> bytes | None:
    """A line-by-line three-way merge with conflict markers (git merge-file), or None if git cannot."""
    try:
        proc = _run(
            ours.parent,
            "merge-file",
            "-p",
            "-L",
            "this branch",
            "-L",
            "the common ancestor",
            "-L",
            "the other branch",
            str(ours),
            str(base),
            str(theirs),
        )
    except ScrutrackError:
        return None
    return proc.stdout if proc.returncode >= 0 and proc.returncode < 128 else None


# ------------------------------------------------------------------------ git busy in the work tree
#
# git holds .git/index.lock while it changes the index and the work tree (a merge, a checkout, a
# commit), and leaves MERGE_HEAD, rebase-merge/ and the like while a merge, rebase or cherry-pick
# waits for the person. A scrutrack write in either case could be overwritten by git, or mix a
# step into a merge's resolution: it waits a little, then refuses. Only files are looked at (no
# git is run): a few stat calls a write.

# What in the git folder says git is busy, and what the person can do about it (in this order).
BUSY = (
    (
        "MERGE_HEAD",
        "a git merge is in progress; finish it (`git commit`) or abort it (`git merge --abort`) first",
    ),
    (
        "rebase-merge",
        "a git rebase is in progress; finish it (`git rebase --continue`) or abort it (`git rebase --abort`) first",
    ),
    (
        "rebase-apply",
        "a git rebase is in progress; finish it (`git rebase --continue`) or abort it (`git rebase --abort`) first",
    ),
    (
        "CHERRY_PICK_HEAD",
        "a git cherry-pick is in progress; finish it (`git cherry-pick --continue`) or abort it "
        "(`git cherry-pick --abort`) first",
    ),
    (
        "REVERT_HEAD",
        "a git revert is in progress; finish it (`git revert --continue`) or abort it (`git revert --abort`) first",
    ),
)
INDEX_LOCK = (
    "another git command is running in this repository (.git/index.lock exists); wait for it to finish, "
    "or if none is running (one that crashed left the file), delete .git/index.lock"
)
_GIT_DIRS: dict[Path, Path | None] = {}


def git_dir(root: Path) -> Path | None:
    """The git folder of the work tree holding `root` (a linked worktree's own, named by its .git
    file), found as git finds it, by walking up; None outside git."""
    if root in _GIT_DIRS:
        return _GIT_DIRS[root]
    found = None
    for folder in (root, *root.parents):
        dot = folder / ".git"
        if dot.is_dir():
            found = dot
        elif dot.is_file():
            try:
                line = dot.read_text(encoding="utf-8", errors="replace").strip()
            except OSError:
                line = ""
            if line.startswith("gitdir:"):
                found = folder / line[len("gitdir:") :].strip()
        if found is not None or os.path.lexists(dot):
            break
    _GIT_DIRS[root] = found
    return found


def busy(root: Path) -> str | None:
    """Why a write to the work tree holding `root` should wait for git now, or None.

    git runs its hooks with GIT_INDEX_FILE set: a scrutrack in a hook (`scrutrack fmt` in the
    pre-commit hook of a merge's commit, or of `git commit -a`, which holds the index lock) is
    git's own step, and goes ahead.
    """
    gitdir = git_dir(root)
    if gitdir is None or os.environ.get("GIT_INDEX_FILE"):
        return None
    for name, why in BUSY:
        if os.path.lexists(gitdir / name):
            return why
    return INDEX_LOCK if os.path.lexists(gitdir / "index.lock") else None


def wait_until_quiet(root: Path, started: float) -> None:
    """Return once git is not busy in the work tree holding `root` (see busy); refuse, with nothing
    changed, once it has been for GIT_WAIT seconds since `started` (a merge state, which waits for a
    person rather than a command: a second)."""
    while (why := busy(root)) is not None:
        waited = time.monotonic() - started
        limit = GIT_WAIT if why is INDEX_LOCK else min(GIT_WAIT, 1.0)
        if waited >= limit:
            raise GitBusy(f"{why}; nothing was changed")
        time.sleep(min(0.01 + waited / 4, 0.2, limit - waited))


BEGAN_WINDOW = 2.0  # seconds after ORIG_HEAD is written during which git may be between looking and writing


def may_be_merging(root: Path) -> bool:
    """Whether git may have begun to change the work tree without holding its index lock now.

    A merge (pull, rebase, reset) writes ORIG_HEAD first, looks at the work tree, lets its index
    lock go for a moment (`git stash create`), then takes it again to write its result, trusting
    what it saw; it moves the branch last. So: ORIG_HEAD written in the last BEGAN_WINDOW seconds,
    and the branch (HEAD) not moved since.
    """
    gitdir = git_dir(root)
    if gitdir is None:
        return False
    try:
        began = os.stat(gitdir / "ORIG_HEAD").st_mtime_ns
    except OSError:
        return False
    if not 0 <= time.time_ns() - began <= BEGAN_WINDOW * 1e9:  # (a clock behind the file's: not now)
        return False
    moved = _head_moved(gitdir)
    return moved is None or moved < began


def _head_moved(gitdir: Path) -> int | None:
    """When the branch HEAD names (or a detached HEAD) was last written, if that can be told."""
    try:
        head = (gitdir / "HEAD").read_text(encoding="utf-8").strip()
        if not head.startswith("ref:"):
            return os.stat(gitdir / "HEAD").st_mtime_ns
        common = gitdir
        if (gitdir / "commondir").is_file():  # a linked worktree: refs live in the main git folder
            common = (gitdir / (gitdir / "commondir").read_text(encoding="utf-8").strip()).resolve()
        ref = common / head[len("ref:") :].strip()
        return os.stat(ref if ref.is_file() else common / "packed-refs").st_mtime_ns
    except OSError:
        return None


def settled(root: Path, started: float) -> None:
    """Return once git is done with the work tree, as far as it can be told: not busy (see busy), and
    no merge begun in the last BEGAN_WINDOW seconds that has yet to take its index lock. GitBusy as
    wait_until_quiet."""
    while True:
        wait_until_quiet(root, started)
        if not may_be_merging(root):
            return
        time.sleep(0.01)


# ------------------------------------------------------------------------ a merge that stopped


def unmerged(root: Path, folder: str) -> dict[str, dict[int, str]]:
    """The files under `folder` a stopped merge left unmerged: path -> {stage: blob id} (1 the
    common ancestor's, absent when both sides added the file; 2 this branch's; 3 the other's)."""
    proc = _run(root, "ls-files", "-u", "-z", "--", folder)
    found: dict[str, dict[int, str]] = {}
    for item in proc.stdout.split(b"\0"):
        meta, _, name = item.partition(b"\t")
        parts = meta.split()
        if len(parts) == 3 and parts[2].isdigit():
            found.setdefault(name.decode("utf-8", "replace"), {})[int(parts[2])] = parts[1].decode("ascii")
    return found


def paths_in_progress(root: Path, folder: str) -> set[str]:
    """Every file under `folder` in the index, at HEAD and at the commit being merged, rebased or
    picked (MERGE_HEAD, REBASE_HEAD, CHERRY_PICK_HEAD): what a number given now must not clash with."""
    proc = _run(root, "ls-files", "-z", "--", folder)
    found = {p.decode("utf-8", "replace") for p in proc.stdout.split(b"\0") if p}
    for head in ("HEAD", "MERGE_HEAD", "REBASE_HEAD", "CHERRY_PICK_HEAD"):
        if _run(root, "rev-parse", "--verify", "-q", f"{head}^{{commit}}").returncode == 0:
            found |= set(ls_files(root, head, folder))
    return found


def init(root: Path) -> None:
    """`git init` in `root`: the first branch named as the person's git config says, else `main`."""
    default = _run(root, "config", "--get", "init.defaultBranch")
    proc = _run(root, "init", "-q", *(() if _out(default) else ("-b", "main")))
    if proc.returncode != 0:
        raise ScrutrackError(f"git init failed: {_err(proc)}")


def add(root: Path, paths: list[str]) -> None:
    """`git add` these files (paths relative to `root`): a resolved conflict, a new file."""
    proc = _run(root, "add", "--", *paths)
    if proc.returncode != 0:
        raise ScrutrackError(f"git add failed: {_err(proc)}")
