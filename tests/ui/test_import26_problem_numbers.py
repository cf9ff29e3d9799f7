"""A problem's quantities are written as the user's locale writes numbers, as the counts above
them are."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from netdesk.core.import_problems import BoundedProblems
from netdesk.interop.problems import problem
from netdesk.ui.import_text import problem_line, problem_text

EMPTY = "card has no name, e-mail, phone or company; not imported"


@pytest.fixture
def english_us(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_the_count_of_problems_not_listed_is_grouped(english_us: None) -> None:
    """300,000 empty cards: the Problems tab said "300,000" and its last row "and 299000
    more like the previous one"."""
    problems = BoundedProblems(problem("big.vcf", n * 3 + 1, EMPTY, "warning") for n in range(2500))
    problems.close()
    last = problems[-1]
    assert last.reason.startswith("and 1500 more")  # the CLI's and the log's, as it was
    assert problem_text(last).startswith("and 1,500 more like the previous one")
    assert problem_line(last).startswith("big.vcf:3001: warning: and 1,500 more")


def test_a_line_number_or_a_value_from_the_file_is_left_as_it_is(english_us: None) -> None:
    said = problem("big.vcf", 12345, "the file ends in {count} zero bytes", "warning", count=4096)
    assert problem_text(said) == "the file ends in 4,096 zero bytes"
    value = problem("a.csv", 2, "{field}: {value} is odd ({count})", field="Phone", value="12345",
                    count="²")  # fmt: skip
    assert problem_text(value) == "Phone: 12345 is odd (²)"
    assert problem_line(said).startswith("big.vcf:12345:")
