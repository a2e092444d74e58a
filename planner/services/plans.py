"""Finding plans, and the plan-level use cases."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from planner.errors import NotFoundError, PlannerError, Problem, ValidationError
from planner.i18n import _
from planner.models import (
    Activity,
    Administration,
    BudgetLine,
    Envelope,
    ExchangeRate,
    FundingSource,
    Participant,
    Plan,
    Quota,
    Theme,
)
from planner.services import entities as E
from planner.services import versions
from planner.services.cascade import refuse_foreign_rows
from planner.services.common import checked, ensure_unique, get, horizon, source_codes
from planner.services.rules import Horizon
from planner.services.which_plan import choose_plan


def list_plans(session: Session) -> list[Plan]:
    return list(session.exec(select(Plan).order_by(Plan.id)))  # type: ignore[arg-type]


def resolve_plan(session: Session, which: str | None) -> Plan:
    """A plan by its name or number; may be left out when there is only one
    (:func:`planner.services.which_plan.choose_plan`)."""
    return get(session, Plan, choose_plan(session, which).id, "plan")


# --------------------------------------------------------------- the plan
def create_plan(session: Session, **fields: Any) -> Plan:
    """A new, empty plan (name, owner, start_year, years, base_currency,
    completion_threshold)."""
    values = checked(E.plan_values, fields)
    ensure_unique_name(session, values["name"])
    plan = Plan(**values)
    session.add(plan)
    session.flush()
    return plan


def ensure_unique_name(session: Session, name: str, own_id: int | None = None) -> None:
    other = session.exec(select(Plan.id).where(Plan.name == name)).first()
    if other is not None and other != own_id:
        raise ValidationError(
            [Problem("name", _("a plan named {name!r} already exists").format(name=name))]
        )


def update_plan(session: Session, plan_id: int, *, seen: int | None = None, **changes: Any) -> Plan:
    """Change the plan's fields (``seen``: the version the form loaded)."""
    plan = get(session, Plan, plan_id, "plan")
    versions.check(session, plan, seen, "plan")
    current = {k: getattr(plan, k) for k in E.PLAN_KEYS}
    values = checked(E.plan_values, {**current, **changes})
    ensure_unique_name(session, values["name"], plan_id)
    if values["base_currency"] != plan.base_currency and _has_money(session, plan_id):
        raise ValidationError(
            [
                Problem(
                    "base_currency",
                    _(
                        "the plan already has exchange rates or envelopes in "
                        "{base_currency}; remove them before changing the base currency"
                    ).format(base_currency=plan.base_currency),
                )
            ]
        )
    new = Horizon(values["start_year"], values["years"])
    outside = [
        f"{a.code} ({a.start_date})"
        for a in session.exec(select(Activity).where(Activity.plan_id == plan_id))
        if a.start_date.year not in new
    ]
    if outside:
        raise ValidationError(
            [
                Problem(
                    "years",
                    _("activities would fall outside {new}: {codes}").format(
                        new=new, codes=", ".join(outside[:5])
                    ),
                )
            ]
        )
    years: list[int] = [
        *session.exec(select(ExchangeRate.year).where(ExchangeRate.plan_id == plan_id)),
        *session.exec(select(Envelope.year).where(Envelope.plan_id == plan_id)),
    ]
    for year in years:
        if year not in new:
            raise ValidationError(
                [
                    Problem(
                        "years",
                        _("the {year} exchange rates or envelopes would fall outside {new}").format(
                            year=year, new=new
                        ),
                    )
                ]
            )
    for key, value in values.items():
        setattr(plan, key, value)
    session.flush()
    return plan


def _has_money(session: Session, plan_id: int) -> bool:
    rates = session.exec(select(ExchangeRate.id).where(ExchangeRate.plan_id == plan_id))
    envelopes = session.exec(select(Envelope.id).where(Envelope.plan_id == plan_id))
    return rates.first() is not None or envelopes.first() is not None


def delete_plan(session: Session, plan_id: int) -> None:
    plan = get(session, Plan, plan_id, "plan")
    refuse_foreign_rows(session, "plan", [plan_id], _("the plan {name}").format(name=plan.name))
    session.delete(plan)
    session.flush()


# --------------------------------------------------------- reference data
_REFERENCE: dict[type[Any], tuple[Any, str]] = {
    Administration: (E.admin_values, "administration"),
    Theme: (E.named_values, "theme"),
    FundingSource: (E.named_values, "funding source"),
}


def add_reference(session: Session, model: type[Any], plan_id: int, **fields: Any) -> Any:
    """Add an administration, theme or funding source (code, name[, country])."""
    get(session, Plan, plan_id, "plan")
    check, _kind = _REFERENCE[model]
    values = checked(check, fields)
    ensure_unique(session, model, plan_id, "code", values["code"])
    row = model(plan_id=plan_id, **values)
    session.add(row)
    session.flush()
    return row


def update_reference(session: Session, model: type[Any], row_id: int, **changes: Any) -> Any:
    check, what = _REFERENCE[model]
    row = get(session, model, row_id, what)
    current = {
        k: getattr(row, k) for k in ("code", "name", "country", "name_zh") if hasattr(row, k)
    }
    values = checked(check, {**current, **changes})
    ensure_unique(session, model, row.plan_id, "code", values["code"], row_id)
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    return row


def delete_reference(session: Session, model: type[Any], row_id: int) -> None:
    _check, what = _REFERENCE[model]
    row = get(session, model, row_id, what)
    uses: dict[Any, list[tuple[Any, Any, str]]] = {
        Administration: [
            (Participant, Participant.administration_id, "participants"),
            (Quota, Quota.administration_id, "seat quotas"),
        ],
        Theme: [(Activity, Activity.theme_id, "activities")],
        FundingSource: [
            (Envelope, Envelope.funding_source_id, "envelopes"),
            (BudgetLine, BudgetLine.funding_source_id, "budget lines"),
        ],
    }
    for user, column, label in uses[model]:
        n = session.exec(select(func.count()).select_from(user).where(column == row_id)).one()
        if n:
            raise PlannerError(
                _("{what} {code} is still used by {n} {label}; it was kept").format(
                    what=what, code=row.code, n=n, label=label
                )
            )
    session.delete(row)
    session.flush()


def set_rate(session: Session, plan_id: int, **fields: Any) -> ExchangeRate:
    """Set (add or change) the rate of one currency for one year."""
    plan = get(session, Plan, plan_id, "plan")
    values = checked(E.rate_values, fields, horizon(plan), plan.base_currency)
    row = session.exec(
        select(ExchangeRate).where(
            ExchangeRate.plan_id == plan_id,
            ExchangeRate.year == values["year"],
            ExchangeRate.currency == values["currency"],
        )
    ).first()
    if row is None:
        row = ExchangeRate(plan_id=plan_id, **values)
        session.add(row)
    else:  # the source and date change only when given
        for key in ("to_base", "source", "rate_date"):
            if key == "to_base" or key in fields:
                setattr(row, key, values[key])
    session.flush()
    return row


def delete_rate(session: Session, rate_id: int) -> None:
    session.delete(get(session, ExchangeRate, rate_id, "exchange rate"))
    session.flush()


def set_envelope(session: Session, plan_id: int, **fields: Any) -> Envelope:
    """Set the input of one funding source for one year (year, funding_source, amount)."""
    plan = get(session, Plan, plan_id, "plan")
    values = checked(
        E.envelope_values,
        fields,
        horizon(plan),
        plan.base_currency,
        source_codes(session, plan_id),
    )
    row = session.exec(
        select(Envelope).where(
            Envelope.plan_id == plan_id,
            Envelope.year == values["year"],
            Envelope.funding_source_id == values["funding_source_id"],
        )
    ).first()
    if row is None:
        row = Envelope(plan_id=plan_id, **values)
        session.add(row)
    else:
        row.amount_minor = values["amount_minor"]
    session.flush()
    return row


def delete_envelope(session: Session, envelope_id: int) -> None:
    session.delete(get(session, Envelope, envelope_id, "envelope"))
    session.flush()


def activity_id_of(session: Session, plan_id: int, code: str) -> int:
    """The id of the plan's activity ``code``; NotFoundError if there is none."""
    from planner.models import Activity

    found = session.exec(
        select(Activity.id).where(Activity.plan_id == plan_id, Activity.code == code)
    ).first()
    if found is None:
        raise NotFoundError(_("there is no activity {code!r} in this plan").format(code=code))
    return int(found)
