"""Rename onto another tag (a fold) of many contacts: the command is ready at once, before the
worker's progress dialog, rather than holding the window while it lists who is touched."""

from __future__ import annotations

import time

from netdesk.ui.context import AppContext
from netdesk.ui.tags_dialog import RenameTag
from tests.core.test_tags_big_fold import MEMBERS, tagged_crowds


def test_a_fold_of_many_contacts_is_planned_without_holding_the_window(
    app_context: AppContext,
) -> None:
    big, other = tagged_crowds(app_context.core)
    started = time.thread_time()  # the window's thread's CPU: the wall clock's time is the load's
    command = RenameTag(app_context, "big", "other")
    took = time.thread_time() - started
    assert sorted(command.ids) == big + other  # both tags' contacts may change (due dates)
    assert len(command.ids) == 2 * MEMBERS
    assert took < 2, f"the command took {took:.1f} s of CPU to build on the window's thread"
