"""netdesk: a desktop personal CRM."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("netdesk")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
