"""A problem naming a file on another drive than the import's files (Windows: an empty folder
dropped from D: with files from two folders on C:) is named by its name in the preview; the
path from the files' folder, which does not exist, failed the whole preview."""

from __future__ import annotations

import ntpath
import types

import pytest

from netdesk.core.importing import ImportPlan
from netdesk.interop.problems import ImportProblem
from netdesk.ui import import_rows


@pytest.fixture
def windows_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    # the module's paths as Windows has them (the test's own, and pytest's, stay as they are)
    monkeypatch.setattr(import_rows, "os", types.SimpleNamespace(path=ntpath))


@pytest.mark.usefixtures("windows_paths")
def test_a_problem_on_another_drive_is_named_by_its_name() -> None:
    files = ["C:\\Users\\ana\\phone\\contacts.vcf", "C:\\Users\\ana\\laptop\\google.csv"]
    plan = ImportPlan(files=files)
    plan.problems = [
        ImportProblem("D:\\old cards", None, "no contact files in the folder"),
        ImportProblem(files[1], 3, "no name, e-mail, phone or company; not imported"),
    ]
    rows = import_rows.preview_rows(plan)
    folder = import_rows.common_folder(files)
    assert folder == "C:\\Users\\ana"
    shown = {import_rows._problem_cell(p, 0, {}, folder) for p in rows.problems}
    assert shown == {"old cards", "laptop\\google.csv"}
