"""netdesk: a desktop personal CRM."""

from __future__ import annotations

_version: str | None = None


def __getattr__(name: str) -> str:
    """``netdesk.__version__`` on first use (PEP 562).

    importlib.metadata pulls in email, json and zipfile (~35-50 ms): nothing on the way to the
    first paint may pay for that, so the version is only looked up when something asks.
    """
    if name != "__version__":
        raise AttributeError(f"module 'netdesk' has no attribute {name!r}")
    global _version
    if _version is None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            _version = version("netdesk")
        except PackageNotFoundError:  # running from a source tree that was not installed
            _version = "0.0.0+source"
    return _version
