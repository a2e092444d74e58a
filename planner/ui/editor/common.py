"""What the editor's tabs share: running an edit with its inverse, asking first,
stable keys for rows that come back under a new number, translated texts, keys.

The tables (``tables``) and the lists to choose from (``choices``) have modules
of their own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date, time
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from planner.errors import PlannerError
from planner.services.workspace import Transaction
from planner.ui.context import AppContext
from planner.ui.dialogs import plain, show_error

log = logging.getLogger(__name__)
Work = Callable[[Transaction], Any]
_ARG = re.compile(r"%(\d+)")


def tr(text: str, *args: object) -> str:
    """Translate ``text``, then put ``args`` in for %1, %2, ... (as QString.arg)."""
    out = QCoreApplication.translate("ActivityEditor", text)
    if not args:
        return out

    def arg(m: re.Match[str]) -> str:
        i = int(m.group(1))
        return str(args[i - 1]) if 1 <= i <= len(args) else m.group(0)

    return _ARG.sub(arg, out)  # in one pass: user text holding "%2" stays as it is


class Host(Protocol):
    """What the tabs need of the editor window."""

    activity_id: int | None


def attempt(
    ctx: AppContext,
    parent: QWidget,
    text: str,
    do: Work,
    changes: Iterable[str],
    refused: Callable[[PlannerError], bool] | None = None,
) -> bool:
    """Do an edit now, on the undo stack. A refusal goes to ``refused`` (which says
    whether it showed it) or to a message box; a bug is logged and shown as one."""
    try:
        ctx.execute(text, do, changes)
    except PlannerError as e:
        if refused is None or not refused(e):
            show_error(parent, e)
        return False
    except Exception as e:
        log.exception("editing %r failed", text)
        show_error(parent, e)
        return False
    return True


def marks_refusal(error: PlannerError) -> bool:
    """set_sessions/remove_session refused because marks would be deleted."""
    from planner.services.activities import MarksWouldBeDropped

    return isinstance(error, MarksWouldBeDropped)


def ask(parent: QWidget, title: str, text: str) -> bool:
    """Yes or No, No by default."""
    answer = QMessageBox.question(
        parent,
        title,
        plain(text),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def button(text: str, slot: Callable[[], Any], tip: str = "") -> QPushButton:
    """A push button that Enter in a field never presses by accident."""
    b = QPushButton(text)
    b.setAutoDefault(False)
    b.setDefault(False)
    if tip:
        b.setToolTip(tip)
    b.clicked.connect(lambda _checked=False: slot())
    return b


def shortcut(widget: QWidget, keys: Sequence[QKeySequence | str], slot: Callable[[], Any]) -> None:
    action = QAction(widget)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def to_date(value: QDate) -> date:
    """A date field's value as a Python date."""
    day = value.toPython()
    assert isinstance(day, date)
    return day


def to_time(value: QTime) -> time:
    """A time field's value as a Python time."""
    at = value.toPython()
    assert isinstance(at, time)
    return at


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
