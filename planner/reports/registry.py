"""Which report comes in which format, and the module that makes it.

Each report module exposes ``render(session, plan_id, *, year=None, activity=None)
-> bytes`` and imports nothing heavy at module level beyond what it needs, so
``planner report`` only loads the one report it writes. Qt is never imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Protocol, cast

from planner.errors import PlannerError
from planner.i18n import _

if TYPE_CHECKING:
    from sqlmodel import Session

    from planner.store.readonly import Reads

#: (kind, format) -> module under planner.reports
REPORTS: dict[tuple[str, str], str] = {
    ("budget", "csv"): "csv_reports",
    ("cost-effectiveness", "csv"): "csv_reports",
    ("attendance", "csv"): "csv_reports",
    ("plan", "csv"): "csv_reports",
    ("budget", "pdf"): "budget_pdf",
    ("budget", "xlsx"): "budget_xlsx",
    ("cost-effectiveness", "pdf"): "ce_pdf",
    ("cost-effectiveness", "xlsx"): "ce_xlsx",
    ("plan", "pdf"): "plan_pdf",
    ("attendance", "pdf"): "attendance_pdf",
    ("attendance", "xlsx"): "attendance_xlsx",
    ("sign-in", "pdf"): "signin_pdf",
    ("certificates", "pdf"): "certificates_pdf",
    ("results", "pdf"): "results_pdf",
    ("results", "xlsx"): "results_xlsx",
    ("results", "csv"): "results_csv",
}
#: Reports about one activity: --activity is required.
NEEDS_ACTIVITY = {"sign-in", "certificates"}
#: Reports that come in Chinese and English together (中英文对照, ``--lang bilingual``).
BILINGUAL_REPORTS = {("certificates", "pdf"), ("budget", "pdf"), ("cost-effectiveness", "pdf")}
#: Reports that read with plain SQL alone: their renderer also takes the light read
#: handle of :mod:`planner.store.readonly` (no SQLAlchemy loaded), see :func:`light_renderer`.
LIGHT_READS = {("budget", "pdf"), ("budget", "xlsx")}


class Renderer(Protocol):
    """``as_of`` (a date) is taken by the budget report's renderers only."""

    def __call__(
        self,
        session: Session,
        plan_id: int,
        *,
        year: int | None = None,
        activity: str | None = None,
        **options: Any,
    ) -> bytes: ...


class LightRenderer(Protocol):
    """A renderer of :data:`LIGHT_READS`: a session or the light read handle."""

    def __call__(
        self,
        session: Reads,
        plan_id: int,
        *,
        year: int | None = None,
        activity: str | None = None,
        **options: Any,
    ) -> bytes: ...


def light_renderer(kind: str, fmt: str) -> LightRenderer | None:
    """The function that writes ``kind`` as ``fmt`` from the light read handle too;
    None when that report needs a session."""
    if (kind, fmt) not in LIGHT_READS:
        return None
    return cast(LightRenderer, renderer(kind, fmt))


def renderer(kind: str, fmt: str) -> Renderer:
    """The function that writes ``kind`` as ``fmt``; PlannerError if there is none."""
    formats = sorted(f for k, f in REPORTS if k == kind)
    module_name = REPORTS.get((kind, fmt))
    if module_name is None:
        raise PlannerError(
            _("the {kind} report comes as {formats}, not as {fmt}").format(
                kind=kind, formats=", ".join(formats), fmt=fmt
            )
        )
    try:
        module = importlib.import_module(f"planner.reports.{module_name}")
    except ModuleNotFoundError as e:
        if e.name != f"planner.reports.{module_name}":
            raise
        raise PlannerError(
            _("the {kind} report as {fmt} is not available in this version").format(
                kind=kind, fmt=fmt
            )
        ) from e
    if module_name == "csv_reports":
        return module.renderer(kind)  # type: ignore[no-any-return]
    return module.render  # type: ignore[no-any-return]
