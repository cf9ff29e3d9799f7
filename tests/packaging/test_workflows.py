"""The GitHub Actions workflows validate against the workflow schema and cover every OS."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_helpers import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))


def _check_jsonschema() -> str:
    """check-jsonschema (pip: check-jsonschema, in the test extras), next to this Python first."""
    beside = Path(sys.executable).with_name("check-jsonschema")
    found = str(beside) if beside.exists() else shutil.which("check-jsonschema")
    if found is None:
        pytest.fail("check-jsonschema is not installed: pip install check-jsonschema")
    return found


def test_workflows_exist() -> None:
    assert [path.name for path in WORKFLOWS] == ["ci.yml"]


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_workflow_matches_schema(workflow: Path) -> None:
    result = subprocess.run(
        [_check_jsonschema(), "--builtin-schema", "vendor.github-workflows", str(workflow)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_builds_and_smoke_tests_on_every_os() -> None:
    text = (REPO / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    assert "os: [ubuntu-22.04, windows-latest, macos-latest]" in text
    assert "run: bash .ci/run" in text  # Linux runs what the project's own CI runs
    assert "run: python packaging/build.py" in text
    assert "python packaging/smoke_test.py" in text
    assert "startsWith(github.ref, 'refs/tags/v')" in text  # release on version tags
    for optional in ("appimage:", "flatpak:"):
        job = text.split(f"\n  {optional}", 1)[1].split("\n  release:", 1)[0]
        assert "continue-on-error: true" in job
