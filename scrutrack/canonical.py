"""The canonical TOML text of a record: fixed layout written here, values formatted by tomli-w.

Kept apart from the store because `fmt`, the merge driver and the tests need the text without I/O.
The same record always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import tomli_w

from scrutrack.model import LONG_TEXT_KEYS, NOTE_KEYS, Record, record_to_dict


def _string(value: str, multiline: bool) -> str:
    out = tomli_w.dumps({"v": value}, multiline_strings=multiline)
    return out[4:-1]  # strip the 'v = ' prefix and the final newline


def format_value(key: str, value: Any) -> str:
    if isinstance(value, str):
        if key in LONG_TEXT_KEYS:
            if not value.endswith("\n"):
                value += "\n"
            return _string(value, multiline=True)
        return _string(value, multiline="\n" in value and key in NOTE_KEYS)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, int | list):
        raise TypeError(f"cannot write {key} = {value!r}")
    if isinstance(value, int):
        return str(value)
    return "[" + ", ".join(_string(v, multiline=False) for v in value) + "]"


def _table(lines: list[str], table: dict[str, Any]) -> None:
    for key, value in table.items():
        lines.append(f"{key} = {format_value(key, value)}")


def dumps_dict(data: dict[str, Any]) -> str:
    """Canonical text of a record given as ordered plain data (see model.record_to_dict)."""
    lines: list[str] = []
    _table(lines, {k: v for k, v in data.items() if k not in ("response", "evidence", "history")})
    if "response" in data:
        lines += ["", "[response]"]
        _table(lines, data["response"])
    for name in ("evidence", "history"):
        for entry in data.get(name, ()):
            lines += ["", f"[[{name}]]"]
            _table(lines, entry)
    return "\n".join(lines) + "\n"


def dumps(record: Record) -> str:
    return dumps_dict(record_to_dict(record))
