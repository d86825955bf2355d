"""Reading TOML: the compiled tomli when installed, else the standard library's tomllib.

tomli is tomllib's upstream (same parser, same errors); its mypyc-compiled wheel parses a record
about three times faster, which is most of the cost of reading 10,000 records.
"""

try:
    from tomli import TOMLDecodeError, loads
except ImportError:  # pragma: no cover - a platform without tomli still works, just slower
    from tomllib import TOMLDecodeError, loads  # type: ignore[assignment]

__all__ = ["TOMLDecodeError", "loads"]
