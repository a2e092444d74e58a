"""What the window says about the user's role on a server, and how pages grey out
what it may not change (the server refuses it anyway: this only says so first).

Pages consult ``ctx.permissions`` (planner.services.permissions.Permissions);
a page that does not still works, and the server's refusal is its message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the database side is imported when a database is opened
    from planner.services.permissions import Permissions

Need = Literal["plan", "finance", "attendance"]


def tr(text: str) -> str:
    return QCoreApplication.translate("Roles", text)


def role_name(role: str | None) -> str:
    names = {
        "planner": tr("planner"),
        "finance": tr("finance"),
        "trainer": tr("trainer"),
        "viewer": tr("viewer"),
    }
    return names.get(role or "", role or "")


def banner(p: Permissions) -> str:
    """One line under the toolbar on a server where some changes are refused;
    empty on a file, or for a login that may change everything."""
    if not p.on_server or p.everything:
        return ""
    who = p.user or "?"
    if p.role == "trainer":
        text = tr(
            "Signed in as {0} ({1}): you can mark attendance, scores and certificates; "
            "other changes are refused by the server."
        )
    elif p.role == "planner":
        text = tr(
            "Signed in as {0} ({1}): you can change the plan, activities, sessions, quotas "
            "and planned amounts; other changes are refused by the server."
        )
    elif p.role == "finance":
        text = tr(
            "Signed in as {0} ({1}): you can change payments, actual amounts, exchange rates "
            "and envelopes; other changes are refused by the server."
        )
    elif p.role == "viewer":
        text = tr(
            "Signed in as {0} ({1}): you can read the plan and make reports; "
            "any change you try is refused by the server."
        )
    else:
        return tr(
            "Signed in as {0}: changes your login may not make are refused by the server."
        ).format(who)
    return text.format(who, role_name(p.role))


def _signed_in(p: Permissions) -> str:
    who = p.user or "?"
    if p.role is None:
        return tr("Signed in as {0}.").format(who)
    return tr("Signed in as {0} ({1}).").format(who, role_name(p.role))


def sentences(first: str, then: str) -> str:
    """Two sentences in a row: a space after an English full stop, none after a
    Chinese one (``。``), which carries its own space."""
    return f"{first}{then}" if first.endswith(("。", "！", "？", "）")) else f"{first} {then}"


def import_refusal(p: Permissions | None) -> str:
    """Why ``p`` may not import a plan file (empty if it may): a file holds every
    role's part of a plan, which on a server only the database's owner writes."""
    if p is None or not p.on_server or p.everything:
        return ""
    why = tr(
        "Only the database's owner may import a plan file: it holds every role's part "
        "of a plan (payments, attendance, ...); the server would refuse it."
    )
    return sentences(why, _signed_in(p))


def refusal(p: Permissions | None, need: Need) -> str:
    """Why ``p`` may not make an edit that needs ``need``; empty if it may."""
    if p is None or getattr(p, need):
        return ""
    role = _signed_in(p)
    if need == "plan":
        why = tr("Only a planner may change this; the server would refuse it.")
    elif need == "finance":
        why = tr("Only finance may change this; the server would refuse it.")
    else:
        why = tr("Only a trainer may change this; the server would refuse it.")
    return sentences(why, role)


def restrict(reason: str, *widgets: QWidget) -> None:
    """Grey out ``widgets`` with ``reason`` as their tooltip (nothing if no reason)."""
    if not reason:
        return
    for widget in widgets:
        widget.setEnabled(False)
        widget.setToolTip(reason)
