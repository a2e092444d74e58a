"""The Details tab: every field of the activity, each saved when its editing ends."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from babel import Locale
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner import display
from planner.errors import ConflictError, PlannerError, ValidationError
from planner.i18n import shown
from planner.iso import COUNTRIES
from planner.models import Kind, Mode, Status
from planner.money import DecimalSyntaxError
from planner.services import activities as A
from planner.services.editor_data import PlanInfo, activity_fields
from planner.services.reference_data import stored_id
from planner.services.workspace import Transaction
from planner.ui.conflict import show_conflict
from planner.ui.context import ACTIVITIES, ATTENDANCE, SESSIONS, AppContext
from planner.ui.dialogs import error_label, show_error
from planner.ui.editor.choices import PickBox
from planner.ui.editor.common import Host, ask, qdate, say, to_date, tr
from planner.ui.editor.max_score import MaxScoreField
from planner.ui.texts import kind_text, mode_text, status_text
from planner.ui.widgets import DateField

FIELDS = A.FIELDS


@cache
def country_names() -> dict[str, str]:
    names: Mapping[str, str]
    try:
        names = Locale.parse(display.default_locale()).territories
    except Exception:  # pragma: no cover - Babel without that locale
        names = {}
    return {code: names.get(code, "") for code in sorted(COUNTRIES)}


def labels() -> dict[str, str]:
    return {
        "code": tr("Code"),
        "kind": tr("Kind"),
        "title": tr("Title"),
        "theme": tr("Theme"),
        "status": tr("Status"),
        "start": tr("Start"),
        "end": tr("End"),
        "venue": tr("Venue"),
        "country": tr("Country"),
        "mode": tr("Mode"),
        "hours_per_session": tr("Hours per session"),
        "title_zh": tr("Title in Chinese"),
        "venue_zh": tr("Venue in Chinese"),
    }


class DetailsTab(QWidget):
    def __init__(self, ctx: AppContext, info: PlanInfo, host: Host) -> None:
        super().__init__()
        self.ctx, self.info, self.host = ctx, info, host
        self.stored: dict[str, Any] = {}
        self._busy = False
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        def combo(items: list[tuple[str, Any]]) -> QComboBox:
            box = PickBox()
            for text, value in items:
                box.addItem(text, value)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
            return box

        def day() -> DateField:
            return DateField()

        self.code = QLineEdit()
        self.kind = combo([(kind_text(k), k.value) for k in Kind])
        self.title = QLineEdit()
        self.theme = combo(
            [(f"{t.code} — {shown(t.name, t.name_zh)}", t.code) for t in info.themes]
        )
        self.status = combo([(status_text(s), s.value) for s in Status])
        self.start, self.end = day(), day()
        self.venue = QLineEdit()
        self.country = combo(
            [(tr("— none —"), None)]
            + [(f"{c} — {n}" if n else c, c) for c, n in country_names().items()]
        )
        self.mode = combo([(mode_text(m), m.value) for m in Mode])
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(tr("e.g. 6 or 3.5"))
        self.title_zh, self.venue_zh = QLineEdit(), QLineEdit()
        for chinese in (self.title_zh, self.venue_zh):
            chinese.setPlaceholderText(tr("optional: shown in Chinese reports and windows"))
        for name, widget in zip(
            FIELDS,
            (
                self.code,
                self.kind,
                self.title,
                self.theme,
                self.status,
                self.start,
                self.end,
                self.venue,
                self.country,
                self.mode,
                self.hours,
                self.title_zh,
                self.venue_zh,
            ),
            strict=True,
        ):
            self.widgets[name] = widget
            self.errors[name] = error_label()
            self._connect(name, widget)

        grid = QGridLayout()
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(4, 2)
        grid.setColumnMinimumWidth(2, 16)
        grid.setVerticalSpacing(8)
        text = labels()
        places = {
            "code": (0, 0),
            "kind": (0, 3),
            "title": (1, 0),
            "title_zh": (2, 0),
            "theme": (3, 0),
            "status": (3, 3),
            "start": (4, 0),
            "end": (4, 3),
            "venue": (5, 0),
            "country": (5, 3),
            "venue_zh": (6, 0),
            "mode": (6, 3),
            "hours_per_session": (7, 0),
        }
        self.max_score = MaxScoreField(ctx, host, lambda: str(self.stored.get("code", "")))
        line_height = self.code.sizeHint().height()
        for name, (row, col) in places.items():
            label = QLabel(text[name] + ":")
            label.setBuddy(self.widgets[name])
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumHeight(line_height)
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(self.widgets[name])
            box.addWidget(self.errors[name])
            grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(
                cell,
                row,
                col + 1,
                1,
                4 if name in ("title", "title_zh") else 1,
                Qt.AlignmentFlag.AlignTop,
            )
        self.max_score.place(grid, 7, 3, line_height)
        self.general = error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.general)
        layout.addStretch(1)
        self.defaults()

    # ------------------------------------------------------------ values
    def _connect(self, name: str, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(lambda: self.finished(name))
        elif isinstance(widget, PickBox):
            # Chosen from the list: saved at once; stepped through with the
            # keyboard: saved on Enter or when the focus moves on.
            widget.picked.connect(lambda: self.finished(name))
            widget.left.connect(lambda: self.finished(name))
        elif isinstance(widget, DateField):
            # typed (Enter or leaving the field) or picked in the calendar
            widget.editingFinished.connect(lambda: self.finished(name))

    def value(self, name: str) -> Any:
        w = self.widgets[name]
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, DateField):
            return to_date(w.date())
        assert isinstance(w, QLineEdit)
        text = w.text()
        if name in ("venue", "title_zh", "venue_zh"):
            return text if text.strip() else None
        if name == "hours_per_session":
            if not text.strip():
                return None
            try:
                return display.parse_amount(text)
            except DecimalSyntaxError:
                return text  # the core says what is wrong with it
        return text

    def set_value(self, name: str, value: Any) -> None:
        w = self.widgets[name]
        w.blockSignals(True)
        if isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, DateField):
            w.setDate(qdate(value) if isinstance(value, date) else QDate.currentDate())
        elif isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))
            w.setCursorPosition(0)
        w.blockSignals(False)

    def widget_text(self, name: str, value: Any) -> str:
        """A value as its field shows it (for the message of a refused save)."""
        w = self.widgets[name]
        if isinstance(w, QComboBox):
            found = w.findData(value)
            return w.itemText(found) if found >= 0 else str(value)
        return "" if value is None else str(value)

    @staticmethod
    def same(name: str, new: Any, old: Any) -> bool:
        if name == "hours_per_session" and isinstance(new, Decimal) and old is not None:
            return new == Decimal(old)
        return bool(new == old)

    def defaults(self) -> None:
        """A new activity: a course, planned, on a day inside the plan's years."""
        today = date.today()
        years = range(self.info.start_year, self.info.start_year + self.info.years)
        first = today if today.year in years else date(self.info.start_year, 1, 1)
        for name, value in {
            "kind": Kind.COURSE.value,
            "status": Status.PLANNED.value,
            "start": first,
            "end": first,
            "mode": Mode.IN_PERSON.value,
            "country": None,
        }.items():
            self.set_value(name, value)

    def refresh(self) -> None:
        aid = self.host.activity_id
        fields = self.ctx.read(lambda s: activity_fields(s, aid))
        if fields is None:
            return
        old, self.stored = self.stored, fields
        self.max_score.refresh()
        focus = QApplication.focusWidget()
        for name in FIELDS:
            w = self.widgets[name]
            if w is focus and isinstance(w, QLineEdit) and w.isModified():
                # being typed: leave it; if someone else changed this very field,
                # keep the version the typing began at, so saving it is refused
                if name in old and not self.same(name, fields[name], old[name]):
                    self.stored["version"] = old.get("version")
                continue
            self.set_value(name, fields[name])

    # ------------------------------------------------------------ problems
    def show_problems(self, error: PlannerError) -> None:
        placed: set[str] = set()
        if isinstance(error, ValidationError):
            for name, label in self.errors.items():
                messages = error.for_field(name)
                say(label, "\n".join(messages))
                if messages:
                    placed.add(name)
            rest = [
                str(p) for p in error.problems if p.path.split(".")[0].split("[")[0] not in placed
            ]
            say(self.general, "\n".join(rest))
        else:
            self.clear_problems()
            say(self.general, error.message)

    def clear_problems(self) -> None:
        for label in (*self.errors.values(), self.general):
            say(label, "")

    # ------------------------------------------------------------ saving
    def finished(self, name: str) -> bool:
        """Save one field whose editing ended; False if it was refused."""
        aid = self.host.activity_id
        if aid is None or self._busy or name not in self.stored:
            return True
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            widget.setModified(False)  # typed text is now saved (or refused and reverted)
        new, old = self.value(name), self.stored[name]
        if self.same(name, new, old):
            return True
        self._busy = True
        try:
            return self._save(aid, name, new, old)
        finally:
            self._busy = False

    def _save(self, aid: int, name: str, new: Any, old: Any) -> bool:
        text = tr("Change %1 of %2", labels()[name].lower(), self.stored["code"])
        seen = self.stored.get("version")

        def do(s: Transaction) -> int:
            return A.update_activity(s, aid, seen=seen, **{name: new}).version

        try:
            self.stored["version"] = self.ctx.execute(text, do, {ACTIVITIES})
        except ConflictError as e:
            self.clear_problems()
            show_conflict(self, e, f"{labels()[name]}: {self.widget_text(name, new)}")
            self.refresh()
            return False
        except A.SessionsOutside as e:
            return self._leave_sessions(aid, text, name, new, old, e)
        except PlannerError as e:
            self.show_problems(e)
            self.set_value(name, old)
            return False
        except Exception as e:
            show_error(self, e)
            self.set_value(name, old)
            return False
        self.clear_problems()
        self.stored[name] = new
        return True

    def _leave_sessions(
        self, aid: int, text: str, name: str, new: Any, old: Any, e: A.SessionsOutside
    ) -> bool:
        """New dates would leave sessions (and marks) outside: ask, never drop silently."""
        question = tr("Sessions outside the new dates: %1.", e.sessions)
        if e.marks:
            question += " " + tr("Attendance marks on them: %1.", e.marks)
        question += "\n\n" + tr(
            "Delete those sessions with their attendance and change the dates? "
            "(Ctrl+Z brings them back.)"
        )
        if not ask(self, tr("Sessions outside the new dates"), question):
            self.set_value(name, old)
            self.show_problems(e)
            return False

        seen = self.stored.get("version")

        def do(s: Transaction) -> int:
            return A.update_activity(
                s, aid, drop_sessions_outside=True, seen=seen, **{name: new}
            ).version

        try:
            self.stored["version"] = self.ctx.execute(text, do, {ACTIVITIES, SESSIONS, ATTENDANCE})
        except ConflictError as err:
            self.clear_problems()
            show_conflict(self, err, f"{labels()[name]}: {self.widget_text(name, new)}")
            self.refresh()
            return False
        except PlannerError as err:
            self.show_problems(err)
            self.set_value(name, old)
            return False
        self.clear_problems()
        self.stored[name] = new
        return True

    def flush(self) -> bool:
        """Save the field being typed in (the window is closing); False if refused."""
        focus = QApplication.focusWidget()
        if focus is self.max_score.edit:
            return self.max_score.finished()
        for name, w in self.widgets.items():
            if w is focus or (focus is not None and w.isAncestorOf(focus)):
                return self.finished(name)
        return True

    # ------------------------------------------------------------ creating
    def create_activity(self) -> int | None:
        """Create the activity from the form; its number, or None if refused."""
        plan_id = self.ctx.plan_id
        assert plan_id is not None
        fields = {name: self.value(name) for name in FIELDS}
        made: list[int] = []

        def do(s: Transaction) -> None:
            activity = A.create_activity(
                s, plan_id, activity_id=made[0] if made else None, **fields
            )
            if not made:
                made.append(stored_id(activity.id))

        try:
            self.ctx.execute(
                tr("Create activity %1", str(fields["code"])),
                do,
                {ACTIVITIES},
            )
        except PlannerError as e:
            made.clear()
            self.show_problems(e)
            return None
        except Exception as e:
            made.clear()
            show_error(self, e)
            return None
        self.clear_problems()
        return made[0]
