"""Small dialogs: errors shown as the user's or as a bug, confirmations, new plan."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from planner.errors import PlannerError, ValidationError
from planner.iso import CURRENCY_EXPONENTS


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


ERROR_STYLE = "color: #b00020;"
W = TypeVar("W", bound=QWidget)


def plain(text: str) -> str:
    """Text for a QMessageBox, shown literally. Qt guesses whether a message is HTML,
    so a message quoting a user's ``<b>Nguyen</b>`` or ``<img src=...>`` would be
    rendered as markup; such text is escaped into HTML that displays it as typed."""
    if "<" not in text and "&" not in text:
        return text
    return "<p>" + escape(text, quote=False).replace("\n", "<br>") + "</p>"


def error_label() -> QLabel:
    """A red line for a refused edit, hidden until there is something to say; plain
    text, so that a message quoting user input never turns into markup."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A PlannerError is the user's to fix: its message. Anything else is a bug."""
    if isinstance(error, PlannerError):
        text = "\n".join(error.lines()[:20])
        QMessageBox.warning(parent, title or tr("Not saved"), plain(text))
    else:
        QMessageBox.critical(
            parent,
            tr("Internal error"),
            plain(
                tr("Something went wrong inside the planner (a bug, not your data):\n{0}").format(
                    f"{type(error).__name__}: {error}"
                )
            ),
        )


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    ok = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


class FormDialog(QDialog):
    """A form whose OK runs ``accept_values``; problems show next to the fields."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add(self, key: str, label: str, widget: W) -> W:
        self.fields[key] = widget
        self.form.addRow(label, widget)
        error = error_label()
        self.errors[key] = error
        self.form.addRow("", error)
        return widget

    def finish(self) -> None:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    def show_problems(self, error: ValidationError) -> None:
        for key, label in self.errors.items():
            messages = error.for_field(key)
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        unplaced = [str(p) for p in error.problems if p.path.split(".")[0] not in self.errors]
        if unplaced:
            QMessageBox.warning(self, tr("Not saved"), "\n".join(unplaced))

    def accept_values(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _try_accept(self) -> None:
        try:
            self.accept_values()
        except ValidationError as e:
            self.show_problems(e)
        except PlannerError as e:
            show_error(self, e)
        else:
            self.accept()


class NewPlanDialog(FormDialog):
    """Name, owner, years and money settings of a new plan."""

    def __init__(self, parent: QWidget | None, create: Any) -> None:
        super().__init__(parent, tr("New plan"))
        self._create = create
        self.name = self.add("name", tr("Name"), QLineEdit())
        self.owner = self.add("owner", tr("Owner"), QLineEdit())
        self.start = QSpinBox()
        self.start.setRange(2000, 2100)
        self.start.setValue(2027)
        self.add("start_year", tr("First year"), self.start)
        self.years = QComboBox()
        for n in (3, 4, 5):
            self.years.addItem(tr("{0} years").format(n), n)
        self.years.setCurrentIndex(2)
        self.add("years", tr("Horizon"), self.years)
        self.currency = QComboBox()
        self.currency.addItems(sorted(CURRENCY_EXPONENTS))
        self.currency.setCurrentText("CNY")
        self.add("base_currency", tr("Base currency"), self.currency)
        self.threshold = self.add(
            "completion_threshold", tr("Completion threshold"), QLineEdit("0.80")
        )
        self.finish()
        self.plan_id: int | None = None

    def accept_values(self) -> None:
        self.plan_id = self._create(
            name=self.name.text(),
            owner=self.owner.text(),
            start_year=self.start.value(),
            years=self.years.currentData(),
            base_currency=self.currency.currentText(),
            completion_threshold=self.threshold.text().strip() or Decimal(0),
        )
