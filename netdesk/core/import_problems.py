"""An import's problem list, bounded: the first problems of each kind, then how many more.

A file of 300,000 empty cards (a broken export) gave 300,000 warnings of one kind: the plan
kept them all (some 200 MiB) and the preview listed them all. Past ``SHOWN_OF_A_KIND`` of one
kind (one template and severity), the next are counted, not kept; ``close()`` then adds one
problem per such kind saying how many more there were, where the first of them was.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, SupportsIndex

from netdesk.interop.problems import QT_TRANSLATE_NOOP, ImportProblem, problem

SHOWN_OF_A_KIND = 1_000

_MORE_LIKE_IT = QT_TRANSLATE_NOOP(
    "ImportProblem",
    "and {count} more like the previous one, from here to {last}, line {last_line}; not "
    "listed one by one",
)


class BoundedProblems(list[ImportProblem]):
    """A list of problems keeping at most ``SHOWN_OF_A_KIND`` of each kind as they are
    added (append, extend, +=; an insert or slice assignment keeps everything it is given:
    the few the UI puts first). Each kept problem is whole, file and line included."""

    def __init__(self, problems: Iterable[ImportProblem] = ()) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], int] = {}
        # kind -> (count left out, the first left out, the last left out)
        self.left_out: dict[tuple[str, str], tuple[int, ImportProblem, ImportProblem]] = {}
        self.extend(problems)

    def append(self, item: ImportProblem) -> None:
        kind = (item.template or item.reason, item.severity)
        count = self.kept.get(kind, 0)
        if count < SHOWN_OF_A_KIND:
            self.kept[kind] = count + 1
            super().append(item)
            return
        left = self.left_out.get(kind)
        if left is None:
            self.left_out[kind] = (1, item, item)
        else:
            self.left_out[kind] = (left[0] + 1, left[1], item)

    def extend(self, items: Iterable[ImportProblem]) -> None:
        for item in items:
            self.append(item)

    def __iadd__(self, items: Iterable[ImportProblem]) -> BoundedProblems:  # type: ignore[override,misc]
        self.extend(items)
        return self

    def insert(self, index: SupportsIndex, item: ImportProblem) -> None:
        super().insert(index, item)

    def mark(self) -> tuple[int, dict[tuple[str, str], int], dict[Any, Any]]:
        """Where the list stands now, for :meth:`back_to`."""
        return len(self), dict(self.kept), dict(self.left_out)

    def back_to(self, mark: tuple[int, dict[tuple[str, str], int], dict[Any, Any]]) -> None:
        """Forget what was added since ``mark``, counts of those left out included: a file
        that fails part way takes back the warnings of the cards it will not import."""
        length, kept, left_out = mark
        del self[length:]
        self.kept, self.left_out = dict(kept), dict(left_out)

    def close(self) -> None:
        """Add, for each kind with problems left out, one saying how many and where."""
        for kind, (count, first, last) in self.left_out.items():
            last_line = last.line if last.line is not None else "-"
            said = problem(
                first.file,
                first.line,
                _MORE_LIKE_IT,
                kind[1],
                count=count,
                last=Path(last.file).name,
                last_line=last_line,
            )
            super().append(said)
        self.left_out.clear()


def stood_for(item: ImportProblem) -> int:
    """How many problems ``item`` stands for: an "and N more like it" its N, any other one."""
    if item.template != _MORE_LIKE_IT:
        return 1
    count = dict(item.template_args).get("count", "1")
    return int(count) if count.isdigit() else 1


def counted(problems: Iterable[ImportProblem]) -> tuple[int, int]:
    """(errors, warnings) among ``problems``, each "and N more like it" counted as its N: a
    capped list of 300,000 warnings said "1,001 warnings"."""
    errors = warnings = 0
    for item in problems:
        if item.severity == "error":
            errors += stood_for(item)
        else:
            warnings += stood_for(item)
    return errors, warnings
