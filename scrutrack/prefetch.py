"""Working ahead, in a forked child, while the parent process loads Typer.

Importing Typer and Click takes about a tenth of a second; so does listing and stat-ing 10,000
record files, and so does loading their summaries from the cache and writing the report. For
`list` and `overdue` the console script forks before those imports:

- output to a pipe or a file, and options this module reads with certainty: the child works
  out the whole answer (reports.py), with a grandchild scanning the folder meanwhile. The
  command uses it only if the query it parsed with Typer is equal to the child's;
- otherwise the child only scans, and the store takes the scan instead of scanning again.

Anything unexpected (no fork, an error, another folder, another query) and the command simply
does the work itself. Standard library only, and no pathlib: this runs before anything else.
"""

from __future__ import annotations

import gc
import marshal
import os
import struct
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

STAT_KEY = struct.Struct("<qqqq")  # size, mtime_ns, ctime_ns, inode: what says a file changed
CONFIG_NAME = "scrutrack.toml"
RECORDS_DIR = "records"
READERS = frozenset({"overdue", "list"})
_END = b"scrutrack-prefetch-end"

_pending: tuple[str, int, int] | None = None  # root, read end of the pipe, child pid
_received: tuple[str, tuple[Any, ...]] | None = None  # root, and the child's payload
_kept: list[object] = []  # what the answering child holds until it exits
_after: list[Callable[[], None]] = []  # what a child does after delivering


Scan = tuple[str, bytes]  # the paths joined by NUL, and their packed stat keys end to end


def scan(records_dir: str, prefix: str = f"{RECORDS_DIR}/") -> Scan:
    """Every *.toml below records_dir: paths relative to the repository root, sorted, and keys.

    Two flat values, not a list of pairs: they cross a pipe as two copies, and the cache
    compares them with the ones it stored in two comparisons (see entries() for the pairs).
    Names are listed and stat-ed relative to an open folder (fstatat), which costs a third less
    than DirEntry.stat() with its full paths. A link to a record file is followed, a link to a
    folder is not; folders whose names start with a dot are skipped.
    """
    names: list[str] = []
    keys = bytearray()
    pack = STAT_KEY.pack
    stat = os.stat

    def walk(name: str, prefix: str, parent: int | None) -> None:
        try:
            fd = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=parent)
        except OSError:
            return
        try:
            here: list[tuple[str, str, bytes | None]] = []  # sort key, name, key (None: a folder)
            for name in os.listdir(fd):
                is_record = name.endswith(".toml")
                if not is_record and name.startswith("."):
                    continue
                try:
                    st = stat(name, dir_fd=fd, follow_symlinks=is_record)
                except OSError:  # gone since listing, or a broken link
                    continue
                kind = st.st_mode & 0o170000
                if is_record and kind == 0o100000:  # a regular file
                    here.append((name, name, pack(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)))
                elif not is_record and kind == 0o040000:  # a folder: its paths sort as "name/..."
                    here.append((name + "/", name, None))
            here.sort()  # so that the whole list comes out sorted by path, as one sort would give
            for _, name, key in here:
                if key is None:
                    walk(name, f"{prefix}{name}/", fd)
                else:
                    names.append(prefix + name)
                    keys.extend(key)
        finally:
            os.close(fd)

    walk(records_dir, prefix, None)
    return "\0".join(names), bytes(keys)


def entries(files: Scan) -> list[tuple[str, bytes]]:
    """A scan as (path, key) pairs."""
    names, keys = files
    if not names:
        return []
    size = STAT_KEY.size
    return [(rel, keys[size * i : size * i + size]) for i, rel in enumerate(names.split("\0"))]


def _root(argv: list[str]) -> str | None:
    explicit = os.environ.get("SCRUTRACK_REPO")
    for i, arg in enumerate(argv):
        if arg == "--repo" and i + 1 < len(argv):
            explicit = argv[i + 1]
        elif arg.startswith("--repo="):
            explicit = arg.split("=", 1)[1]
    from scrutrack.errors import RepoNotFound

    try:
        return find_root(explicit)
    except RepoNotFound:
        return None


def find_root(explicit: str | None = None, start: str | None = None) -> str:
    """The folder holding scrutrack.toml: --repo / SCRUTRACK_REPO, else walk up from `start`."""
    from scrutrack.errors import RepoNotFound

    if explicit:
        root = os.path.realpath(os.path.expanduser(explicit))
        if not os.path.isfile(os.path.join(root, CONFIG_NAME)):
            raise RepoNotFound(f"{root} has no {CONFIG_NAME}; run `scrutrack init {explicit}` to set one up")
        return root
    here = os.path.realpath(start or os.getcwd())
    found = walk_up(here)
    if found is None:
        raise RepoNotFound(
            f"no {CONFIG_NAME} in {here} or any folder above it; run `scrutrack init` or pass --repo PATH"
        )
    return found


def walk_up(start: str) -> str | None:
    """The nearest folder at or above `start` that holds scrutrack.toml (as git finds .git)."""
    folder = start
    while True:
        if os.path.isfile(os.path.join(folder, CONFIG_NAME)):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


_VALUED = {
    "overdue": frozenset({"--as-of", "--committee", "--owner", "--within", "--format", "--repo"}),
    "list": frozenset({"--committee", "--status", "--owner", "--theme", "--meeting", "--format", "--repo"}),
}
_FLAGS = {"overdue": frozenset({"--fail-if-any"}), "list": frozenset()}


def options(argv: list[str]) -> dict[str, Any] | None:
    """A reading command's options as `--name: value` (a list for --status), or None for
    anything this simple reading is not sure of: the command then parses it all itself."""
    command = argv[1]
    valued, flags = _VALUED[command], _FLAGS[command]
    found: dict[str, Any] = {}
    args = argv[2:]
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg in flags:
            found[arg] = True
            continue
        name, eq, value = arg.partition("=")
        if name == "-f" and not eq:
            name = "--format"
        if name not in valued or (name in found and name != "--status"):
            return None
        if not eq:
            if i == len(args):
                return None
            value = args[i]
            i += 1
        if name == "--status":
            found.setdefault(name, []).append(value)
        else:
            found[name] = value
    return found


def _terminal() -> bool:
    return os.isatty(1) or os.environ.get("SCRUTRACK_FORCE_TERMINAL") == "1"


def start(argv: list[str]) -> None:
    """Fork children that work ahead for a command that reads every record, if we can.

    A child scans the records folder. For output to a pipe or a file, with options read here
    with certainty, the modules the answer needs are loaded (once, for both processes: Typer
    needs much of the same standard library) and a second child works out the whole answer
    (reports.py), taking the scan over.
    """
    if len(argv) < 2 or argv[1] not in READERS or "--no-cache" in argv or not hasattr(os, "fork"):
        return
    if os.environ.get("SCRUTRACK_NO_PARALLEL"):
        return
    root = _root(argv)
    if root is None or not os.path.isdir(os.path.join(root, RECORDS_DIR)):
        return
    _fork(root, lambda: marshal.dumps(("scan", scan(os.path.join(root, RECORDS_DIR)))))
    found = None if _terminal() else options(argv)
    if found is None:
        return
    import scrutrack.cache
    import scrutrack.reports  # noqa: F401

    scanner = _pending
    _fork(root, lambda: _answer(root, argv[1], found))
    if scanner is not None and _pending is not scanner:  # the scan is the answering child's now
        os.close(scanner[1])


def _answer(root: str, command: str, found: dict[str, Any]) -> bytes:
    """In the answering child: the answer, with the scan (if any) from the scanning child."""
    from scrutrack.cache import defer_writes, finish_writes
    from scrutrack.reports import ahead

    defer_writes()  # the cache is brought up to date once the answer has gone
    _after.append(finish_writes)
    try:
        result = ahead(root, command, found)
    finally:
        discard()
    if result is None:
        return marshal.dumps(("none",))
    query, answer, made = result
    _kept.append(made)  # freed by the kernel when this child exits, all at once
    return marshal.dumps(("answer", command, query, tuple(answer)))


def _fork(root: str, produce: Callable[[], bytes]) -> None:
    """Run `produce` in a forked child; its bytes come back through a pipe (see _receive).

    The child's output and errors go nowhere: it is a helper, and a pipeline reading our
    output must not wait for it. It closes the pipe as soon as it has written, so the reader
    goes on while the child's memory is handed back.
    """
    global _pending
    try:
        read, write = os.pipe()
        pid = os.fork()
    except OSError:
        return
    if pid == 0:
        try:
            os.close(read)
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(null, 2)
            data = produce()
            with os.fdopen(write, "wb") as out:
                out.write(data)
                out.write(_END)
            for then in _after:  # what can wait until the answer is out
                then()
        finally:
            os._exit(0)
    os.close(write)
    _pending = (root, read, pid)


def _receive() -> tuple[str, tuple[Any, ...]] | None:
    """The child's payload and the root it was for, once (later calls get what is left).

    A child that has delivered is not waited for: it is only exiting, and the kernel reaps
    it once this process is gone.
    """
    global _pending, _received
    if _pending is not None:
        started_for, read, _ = _pending
        _pending = None
        try:
            with os.fdopen(read, "rb") as pipe:
                data = pipe.read()
            if data.endswith(_END):
                payload = marshal.loads(memoryview(data)[: -len(_END)])  # no copy of megabytes
                if isinstance(payload, tuple) and payload:
                    _received = (started_for, payload)
        except (OSError, ValueError, EOFError, TypeError):
            pass
    return _received


def ready() -> bool:
    """Whether what the child sends can be had without waiting (or nothing is coming)."""
    if _received is not None or _pending is None:
        return True
    import select

    try:
        return bool(select.select([_pending[1]], [], [], 0)[0])
    except (OSError, ValueError):
        return True


def take(root: str) -> Scan | None:
    """The child's scan of `root`'s records, or None (scan yourself). Only the first call gets it."""
    global _received
    got = _receive()
    _received = None
    if got is None or got[0] != root or got[1][0] != "scan":
        return None
    files = got[1][1]
    if not (isinstance(files, tuple) and len(files) == 2 and isinstance(files[0], str) and isinstance(files[1], bytes)):
        return None
    return files


def answer(command: str, query: tuple[Any, ...]) -> tuple[str, str, int] | None:
    """The child's answer (stdout, stderr, exit code) if it answered this very query, else None."""
    global _received
    got = _receive()
    if got is None or got[1][0] != "answer":
        return None  # a scan stays for take()
    _received = None
    _, for_command, for_query, result = got[1]
    if for_command != command or for_query != tuple(query):
        return None
    return result  # type: ignore[no-any-return]


def discard() -> None:
    """Stop a child whose work was not taken (the command failed early): close its pipe and reap it."""
    global _pending, _received
    _received = None
    if _pending is not None:
        _, read, pid = _pending
        _pending = None
        try:
            os.close(read)
            os.waitpid(pid, 0)
        except OSError:
            pass


def main() -> None:
    """The console script: start the work ahead, run the command line, and leave at once."""
    # A short-lived process that builds tens of thousands of acyclic objects: the cyclic
    # collector would only re-scan them all, again and again (a quarter of the time at 100k).
    gc.disable()
    start(sys.argv)
    try:
        from scrutrack.cli import main as cli_main

        cli_main()
        code: str | int | None = 0
    except SystemExit as exc:
        code = exc.code
    finally:
        discard()
    # Tearing down the interpreter (every module, object by object) takes 20 ms or more, and
    # nothing is left to do: every record write is complete, synced and renamed by now.
    if code is None or isinstance(code, int):
        _exit(code or 0)
    sys.exit(code)  # a message to print


def _exit(code: int) -> None:
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # the reader went away, e.g. `| head`
        pass
    os._exit(code)
