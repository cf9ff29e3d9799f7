"""netdesk starts under a Turkish locale. PySide sets a constructor's keyword properties
through their setters, named by upper-casing the first letter with the C library's locale:
in Turkish "interval" becomes "setİnterval", and QTimer(self, interval=50) is refused
("'interval' is not a Qt property"): with LANG=tr_TR.UTF-8 the window never opened."""

from __future__ import annotations

import ast
from pathlib import Path

NETDESK = Path(__file__).resolve().parents[2] / "netdesk"


def test_no_qt_object_is_made_with_a_keyword_property_starting_with_i() -> None:
    found = []
    for path in sorted(NETDESK.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else ""
            if name.startswith("Q"):
                found += [
                    f"{path.relative_to(NETDESK.parent)}:{node.lineno}: {name}({k.arg}=...)"
                    for k in node.keywords
                    if k.arg and k.arg.startswith("i")
                ]
    assert not found, "set these with their setters (setInterval...):\n" + "\n".join(found)
