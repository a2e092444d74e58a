"""The dialog of a save refused because someone else changed the row first.

"Wang Fang changed this budget line at 14:05: planned 12,000.00 → 15,000.00",
the user's own unsaved value kept in the message (and copied if they ask),
and Reload: nothing is overwritten, the form shows what is there now.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.errors import ConflictError
from planner.ui.dialogs import plain


def tr(text: str) -> str:
    return QCoreApplication.translate("conflict", text)


def _what(word: str) -> str:
    return {
        "activity": tr("this activity"),
        "budget line": tr("this budget line"),
        "plan": tr("this plan"),
        "payment": tr("this payment"),
    }.get(word, tr("this record"))


def local_time(at: str) -> str:
    """HH:MM on this computer's clock, from the journal's ISO time (UTC)."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%H:%M")
    except ValueError:
        return at


def describe(error: ConflictError) -> str:
    """Who changed what, when, as the dialog says it."""
    what = _what(error.what)
    if not error.edits:
        return tr("Someone else changed {0} after you opened it.").format(what)
    last = error.edits[-1]
    head = tr("{0} changed {1} at {2}:").format(last.user, what, local_time(last.at))
    return "\n".join([head, *(f"{e.field}: {e.old} → {e.new}" for e in error.edits)])


def show_conflict(parent: QWidget | None, error: ConflictError, mine: str) -> None:
    """Say the save was refused and why; the caller reloads afterwards."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Changed by someone else"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(describe(error))
    box.setInformativeText(
        plain(
            tr(
                "Your change was not saved: {0}\n"
                "Reload shows their change; make yours again if it still applies."
            ).format(mine)
        )
    )
    reload = box.addButton(tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(tr("Copy my change and reload"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(reload)
    box.exec()
    if box.clickedButton() is copy:
        QGuiApplication.clipboard().setText(mine)
