"""The Reference data page's plan settings: each field saved when its editing
finishes, a refusal shown right next to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.errors import ConflictError, PlannerError, ValidationError
from planner.iso import CURRENCY_EXPONENTS
from planner.services import plans as P
from planner.services.entities import SIGNOFF_FIELDS
from planner.services.reference_data import plan_settings
from planner.services.workspace import Transaction
from planner.ui.conflict import show_conflict
from planner.ui.context import PLAN, AppContext
from planner.ui.dialogs import error_label
from planner.ui.pages.reference_grid import message_of


class PlanSection(QWidget):
    """Each field saved when its editing finishes; a refusal shows next to it and
    the field goes back to what is saved. Escape undoes typing not yet saved."""

    KEYS = (
        "name",
        "name_zh",
        "owner",
        "owner_zh",
        "start_year",
        "years",
        "base_currency",
        "completion_threshold",
        *SIGNOFF_FIELDS,
    )
    #: the optional fields (names in Chinese, the budget report's reference and
    #: sign-off): blank means none
    CHINESE = ("name_zh", "owner_zh", *SIGNOFF_FIELDS)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: dict[str, Any] = {}
        #: the plan's version the form shows (a save names it: services.versions)
        self.version: int | None = None
        name, owner, threshold = QLineEdit(), QLineEdit(), QLineEdit()
        name_zh, owner_zh = QLineEdit(), QLineEdit()
        start = QSpinBox()
        start.setRange(2000, 2100)
        start.setKeyboardTracking(False)
        years = QComboBox()
        for n in (3, 4, 5):
            years.addItem(self.tr("{0} years").format(n), n)
        currency = QComboBox()
        currency.addItems(sorted(CURRENCY_EXPONENTS))
        self.fields: dict[str, QWidget] = {
            "name": name,
            "name_zh": name_zh,
            "owner": owner,
            "owner_zh": owner_zh,
            "start_year": start,
            "years": years,
            "base_currency": currency,
            "completion_threshold": threshold,
            **{key: QLineEdit() for key in SIGNOFF_FIELDS},
        }
        labels = {
            "name": self.tr("&Name"),
            "name_zh": self.tr("Name in Chinese"),
            "owner": self.tr("&Owner"),
            "owner_zh": self.tr("Owner in Chinese"),
            "start_year": self.tr("First &year"),
            "years": self.tr("&Horizon"),
            "base_currency": self.tr("&Base currency"),
            "completion_threshold": self.tr("&Completion threshold"),
            "report_reference": self.tr("Budget report reference"),
            "report_version": self.tr("Budget report version"),
            "prepared_name": self.tr("Prepared by (name)"),
            "prepared_title": self.tr("Prepared by (title)"),
            "reviewed_name": self.tr("Reviewed by (name)"),
            "reviewed_title": self.tr("Reviewed by (title)"),
            "approved_name": self.tr("Approved by (name)"),
            "approved_title": self.tr("Approved by (title)"),
        }
        self.fields["report_reference"].setToolTip(
            self.tr(
                "Printed on the budget report's cover, for example CB/FIN/2028-01; "
                "the names and titles sign it at its end"
            )
        )
        threshold.setToolTip(
            self.tr(
                "Share of a participant's sessions to attend to complete an activity "
                "(more than 0, at most 1; for example 0.80)"
            )
        )
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, key in enumerate(self.KEYS):
            label = QLabel(labels[key])
            label.setBuddy(self.fields[key])
            widget = self.fields[key]
            wide = key in ("name", "owner", "name_zh", "owner_zh")
            middle = key in SIGNOFF_FIELDS
            widget.setMinimumWidth(560 if wide else 320 if middle else 160)
            widget.setMaximumWidth(720 if wide else 320 if middle else 160)
            self.errors[key] = error_label()
            beside = QHBoxLayout()  # the field, and right next to it why it was refused
            beside.addWidget(widget)
            beside.addWidget(self.errors[key], 1)
            beside.addStretch(0)  # keeps the field on the left while there is no message
            grid.addWidget(label, row, 0)
            grid.addLayout(beside, row, 1)
            widget.installEventFilter(self)
        for key in ("name", "owner", *self.CHINESE, "completion_threshold"):
            line = self.fields[key]
            assert isinstance(line, QLineEdit)
            line.editingFinished.connect(lambda k=key: self.save(k))
        start.editingFinished.connect(lambda: self.save("start_year"))
        years.activated.connect(lambda _i: self.save("years"))
        currency.activated.connect(lambda _i: self.save("base_currency"))
        hint = QLabel(
            self.tr(
                "Each field is saved when you press Enter or leave it; Escape restores the "
                "saved value and Ctrl+Z undoes a change."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addStretch(1)

    def value(self, key: str) -> Any:
        widget = self.fields[key]
        if isinstance(widget, QLineEdit):
            text = widget.text().strip()
            return (text or None) if key in self.CHINESE else text
        if isinstance(widget, QSpinBox):
            return widget.value()
        assert isinstance(widget, QComboBox)
        return widget.currentData() if key == "years" else widget.currentText()

    def show_value(self, key: str, value: Any) -> None:
        widget = self.fields[key]
        widget.blockSignals(True)
        if isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
            widget.setCursorPosition(0)
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QComboBox):
            i = widget.findData(value) if key == "years" else widget.findText(str(value))
            widget.setCurrentIndex(i)
        widget.blockSignals(False)

    def refresh(self) -> None:
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        plan = self.ctx.read(lambda s: plan_settings(s, plan_id))
        old, self.saved = self.saved, {k: getattr(plan, k) for k in self.KEYS}
        version: int | None = plan.version
        for key in self.KEYS:
            typing = self.fields[key].hasFocus() and key in old and self.value(key) != old[key]
            if not typing:  # never overwrite what is being typed and not yet saved
                self.show_value(key, self.saved[key])
            elif self.saved[key] != old[key]:
                version = self.version  # someone changed it meanwhile: its save is refused
        self.version = version

    def save(self, key: str) -> bool:
        new, old, plan_id = self.value(key), self.saved.get(key), self.ctx.plan_id
        assert plan_id is not None
        if new == old:
            self.set_error(key, "")
            return True

        seen = self.version

        def put(value: Any) -> Callable[[Transaction], Any]:
            return lambda s: P.update_plan(s, plan_id, seen=seen, **{key: value}).version

        try:
            self.version = self.ctx.execute(
                self.tr("Change the plan's {0}").format(self.labels().get(key, key)),
                put(new),
                {PLAN},
            )
        except ConflictError as e:
            self.set_error(key, "")
            show_conflict(self, e, f"{self.labels().get(key, key)}: {new}")
            self.saved.pop(key, None)  # what is there now is shown, not kept as typed
            self.refresh()
            return False
        except PlannerError as e:
            messages = e.for_field(key) if isinstance(e, ValidationError) else []
            self.set_error(key, "; ".join(messages) or message_of(e))
            self.show_value(key, old)
            return False
        self.saved[key] = new
        self.set_error(key, "")
        return True

    def labels(self) -> dict[str, str]:
        return {
            "name": self.tr("name"),
            "owner": self.tr("owner"),
            "name_zh": self.tr("name in Chinese"),
            "owner_zh": self.tr("owner in Chinese"),
            "start_year": self.tr("first year"),
            "years": self.tr("horizon"),
            "base_currency": self.tr("base currency"),
            "completion_threshold": self.tr("completion threshold"),
            "report_reference": self.tr("budget report reference"),
            "report_version": self.tr("budget report version"),
            "prepared_name": self.tr("preparer's name"),
            "prepared_title": self.tr("preparer's title"),
            "reviewed_name": self.tr("reviewer's name"),
            "reviewed_title": self.tr("reviewer's title"),
            "approved_name": self.tr("approver's name"),
            "approved_title": self.tr("approver's title"),
        }

    def set_error(self, key: str, text: str) -> None:
        self.errors[key].setText(text)
        self.errors[key].setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            for key, widget in self.fields.items():
                if widget is watched and key in self.saved:
                    self.show_value(key, self.saved[key])
                    self.set_error(key, "")
                    return True
        return super().eventFilter(watched, event)
