"""Reports ▸ Report language: the language the window writes its reports in, kept in
the settings. As the window (the default), English, 中文, or 中英文对照 (Chinese with
English beneath), which the certificates, budget and cost-effectiveness PDFs offer;
the other reports are then written in Chinese."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from planner.i18n import BILINGUAL

KEY = "reports/language"
#: the choices, as stored; "" is the window's own language
CHOICES = ("", "en", "zh_CN", BILINGUAL)


def tr(text: str) -> str:
    return QCoreApplication.translate("report_language", text)


def chosen(settings: QSettings) -> str:
    """The report language chosen in the settings ("" for the window's)."""
    value = settings.value(KEY, "")
    return value if isinstance(value, str) and value in CHOICES else ""


def language_for(settings: QSettings, kind: str, fmt: str) -> str | None:
    """The language to write report ``kind`` as ``fmt`` in (None: the window's).
    中英文对照 where the report offers it, else Chinese."""
    from planner.reports.registry import BILINGUAL_REPORTS

    choice = chosen(settings)
    if not choice:
        return None
    if choice == BILINGUAL and (kind, fmt) not in BILINGUAL_REPORTS:
        return "zh_CN"
    return choice


def report_language_menu(parent: QWidget, settings: QSettings) -> QMenu:
    """Reports ▸ Report language: one choice checked, kept in the settings."""
    menu = QMenu(tr("Report &language"), parent)
    group = QActionGroup(menu)
    names = {
        "": tr("As the window"),
        "en": "English",
        "zh_CN": "中文",
        BILINGUAL: "中英文对照",
    }
    tips = {
        BILINGUAL: tr(
            "Chinese with English beneath: certificates, budget and cost-effectiveness "
            "PDFs; the other reports are written in Chinese"
        )
    }
    current = chosen(settings)
    for code in CHOICES:
        action = QAction(names[code], menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        if code in tips:
            action.setToolTip(tips[code])
            action.setStatusTip(tips[code])
        group.addAction(action)
        menu.addAction(action)
    menu.setToolTipsVisible(True)

    def picked(action: QAction) -> None:
        settings.setValue(KEY, str(action.data() or ""))
        settings.sync()

    group.triggered.connect(picked)
    return menu
