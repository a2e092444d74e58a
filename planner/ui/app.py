"""Starting the window: fonts, translations, the database, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_ID, APP_NAME, __version__
from planner.paths import resources

log = logging.getLogger(__name__)

#: Families that together cover Latin, Vietnamese, Chinese, Thai, Khmer, Myanmar, Lao.
UI_FAMILIES = [
    "Noto Sans",
    "Noto Sans Thai",
    "Noto Sans Khmer",
    "Noto Sans Myanmar",
    "Noto Sans Lao",
    "Droid Sans Fallback",
]


def load_fonts(app: QApplication) -> list[str]:
    """Load the shipped fonts and make them the window's font, with fallbacks."""
    loaded: list[str] = []
    for path in sorted((resources() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded += QFontDatabase.applicationFontFamilies(font_id)
        else:
            log.warning("could not load font %s", path)
    font = QFont(app.font())
    font.setFamilies([f for f in UI_FAMILIES if f in loaded] + [app.font().family()])
    font.setPointSize(10)
    app.setFont(font)
    return loaded


#: the translators load_translations installed (removed before it installs others)
_installed: list[QTranslator] = []


def load_translations(app: QApplication, settings: QSettings | None = None) -> None:
    """Install the window's catalogues for the language of ``settings`` (View ▸
    Language, else the system's), in place of those installed before."""
    from planner import i18n
    from planner.ui.language import window_locale

    while _installed:
        app.removeTranslator(_installed.pop())
    locale = window_locale(settings if settings is not None else QSettings())
    QLocale.setDefault(locale)  # the window's dates and figures (QLocale()) follow it
    i18n.set_language(locale.name())  # the PDFs written from the window speak its language
    folder = str(resources() / "translations")
    # English first, under any other: the source texts' plural forms ("%n payment(s)")
    # read "1 payment", "3 payments" in English and in a language we have no words for.
    english = QTranslator(app)
    if english.load("planner_en", folder):
        app.installTranslator(english)
        _installed.append(english)
    ours = QTranslator(app)
    if locale.language() != QLocale.Language.English and ours.load(locale, "planner", "_", folder):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    load_fonts(app)
    load_translations(app)
    return app


def install_error_hook(parent: object = None) -> None:
    """Errors that escape a slot: the user's (PlannerError) as a message, anything
    else as a bug, logged with its traceback to the log file; never a raw traceback
    on the console only, never a silent failure."""
    from planner.errors import PlannerError
    from planner.logs import log_bug
    from planner.ui.dialogs import show_error

    def hook(kind: type[BaseException], error: BaseException, tb: object) -> None:
        if not isinstance(error, PlannerError):
            log_bug(kind, error, tb)  # type: ignore[arg-type]
            log.error("unexpected error: %s", kind.__name__)
        show_error(QApplication.activeWindow() or parent, error)  # type: ignore[arg-type]

    sys.excepthook = hook


def run(db_path: Path | str | None) -> int:
    """Open the main window on ``db_path`` (a file or a server's address, or the last
    one used) and run."""
    from planner.addresses import location
    from planner.ui.main_window import MainWindow

    app = make_app()
    install_error_hook()
    settings = QSettings()
    window = MainWindow(settings)
    window.show()
    path = db_path or (
        location(str(settings.value("last_database"))) if settings.value("last_database") else None
    )
    if path is not None:
        # the frame first; the database opens in the background (planner.ui.first_open)
        app.processEvents()
        window.open_database_later(path, create=isinstance(path, Path) and not path.exists())
    else:
        QMessageBox.information(
            window,
            APP_NAME,
            window.tr("Open a planner database, or create a new one, from the File menu."),
        )
    return int(app.exec())
