"""Payments against budget lines: a line's actual amount is the sum of its payments.

Each edit is one service call inside the caller's transaction, so the window pairs
them for undo (add with delete, an update with the update back). A line edited
through its single "actual" field (the window's amount typed in place, a form)
keeps exactly one payment of that amount, or none; a line with several payments
is changed payment by payment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, select

from planner.errors import Problem, ValidationError
from planner.i18n import _
from planner.models import BudgetLine, Payment
from planner.money import from_minor, to_minor
from planner.services import entities as E
from planner.services import versions
from planner.services.common import checked, get

FIELDS = ("date", "amount", "reference", "note", "booked_rate")


@dataclass(frozen=True)
class PaymentRow:
    """One payment as a form shows it (the amount in the line's currency)."""

    id: int
    line_id: int
    date: date | None
    amount: Decimal
    currency: str
    reference: str
    note: str
    booked_rate: Decimal | None


def payments_of(session: Session, line_id: int) -> list[Payment]:
    """The line's payments, dated ones by date, undated first, then as entered."""
    rows = session.exec(select(Payment).where(Payment.budget_line_id == line_id)).all()
    return sorted(rows, key=lambda p: (p.paid_on is not None, p.paid_on or date.min, p.id or 0))


def rows_of(session: Session, line_id: int) -> list[PaymentRow]:
    line = get(session, BudgetLine, line_id, "budget line")
    return [
        PaymentRow(
            p.id or 0,
            line_id,
            p.paid_on,
            from_minor(p.amount_minor, line.currency),
            line.currency,
            p.reference,
            p.note,
            None if p.booked_rate is None else Decimal(p.booked_rate),
        )
        for p in payments_of(session, line_id)
    ]


def fields_of(session: Session, payment_id: int) -> dict[str, Any]:
    """A payment's fields as a form (and :func:`update_payment`) takes them."""
    p = get(session, Payment, payment_id, "payment")
    line = get(session, BudgetLine, p.budget_line_id, "budget line")
    return {
        "date": p.paid_on,
        "amount": from_minor(p.amount_minor, line.currency),
        "reference": p.reference,
        "note": p.note,
        "booked_rate": p.booked_rate,
    }


def add_payment(session: Session, line_id: int, **fields: Any) -> Payment:
    """Add a payment to a line (``date`` None: undated; a negative amount is a refund)."""
    line = get(session, BudgetLine, line_id, "budget line")
    values = checked(E.payment_values, fields, line.currency)
    row = Payment(budget_line_id=line_id, **values)
    session.add(row)
    session.flush()
    return row


def update_payment(
    session: Session, payment_id: int, *, seen: int | None = None, **changes: Any
) -> Payment:
    """Change a payment (``seen``: the version the form loaded)."""
    row = get(session, Payment, payment_id, "payment")
    versions.check(session, row, seen, "payment")
    line = get(session, BudgetLine, row.budget_line_id, "budget line")
    values = checked(E.payment_values, {**fields_of(session, payment_id), **changes}, line.currency)
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    return row


def delete_payment(session: Session, payment_id: int) -> dict[str, Any]:
    """Delete a payment; returns what :func:`restore_payment` needs to bring it back."""
    row = get(session, Payment, payment_id, "payment")
    kept = {
        "line_id": row.budget_line_id,
        "id": row.id,
        "uid": row.uid,
        **fields_of(session, payment_id),
    }
    session.delete(row)
    session.flush()
    return kept


def restore_payment(session: Session, kept: dict[str, Any]) -> Payment:
    """Undo of :func:`delete_payment`: the payment again, with its number and identity."""
    line = get(session, BudgetLine, kept["line_id"], "budget line")
    fields = {k: kept[k] for k in FIELDS}
    values = checked(E.payment_values, fields, line.currency)
    free = session.get(Payment, kept["id"]) is None
    row = Payment(
        id=kept["id"] if free else None,
        uid=kept["uid"],
        budget_line_id=kept["line_id"],
        **values,
    )
    session.add(row)
    session.flush()
    return row


# ------------------------------------------------------------ the line's single "actual"
def actual_of(session: Session, line: BudgetLine) -> Decimal | None:
    """The sum of the line's payments in its currency, None without any."""
    found = payments_of(session, line.id or 0)
    if not found:
        return None
    return from_minor(sum(p.amount_minor for p in found), line.currency)


def set_actual(
    session: Session, line: BudgetLine, actual_minor: int | None, old_currency: str
) -> None:
    """Make the line's payments sum to ``actual_minor`` (None: no actual) through its
    one payment; refused for a line with several payments unless nothing changes."""
    found = payments_of(session, line.id or 0)
    if len(found) > 1:
        total = sum(p.amount_minor for p in found)
        same = line.currency == old_currency and actual_minor == total
        if not same:
            raise ValidationError(
                [
                    Problem(
                        "actual",
                        _("the line has {count} payments: change its payments one by one").format(
                            count=len(found)
                        ),
                    )
                ]
            )
        return
    if not found:
        if actual_minor is not None:
            session.add(Payment(budget_line_id=line.id or 0, amount_minor=actual_minor))
    elif actual_minor is None:
        session.delete(found[0])
    else:
        found[0].amount_minor = actual_minor
    session.flush()


def actual_minor_in(value: Decimal | None, currency: str) -> int | None:
    return None if value is None else to_minor(value, currency)
