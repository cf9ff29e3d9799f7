"""vCard import and export: the public entry points (reader and writer live in vcard_*.py).

The reader is our own byte-level tokenizer (``vcard_tokens``): vobject reads about 1,600 cards/s,
too slow for a 5,000 cards/s import. tests/interop/test_vcard_differential.py checks it against
vobject on generated and corpus cards.
"""

from __future__ import annotations

from netdesk.interop.vcard_read import read_vcard_bytes, read_vcard_file
from netdesk.interop.vcard_write import derived_formatted_name, write_vcards

__all__ = ["derived_formatted_name", "read_vcard_bytes", "read_vcard_file", "write_vcards"]
