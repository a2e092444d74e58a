"""The demo plan's payments: each actual amount of :mod:`planner.services.demo_data`
becomes dated payments (a deposit before the activity, the balance after it), with
voucher references, one refund and payments booked at a rate other than the plan's.

Every line's payments add up to the actual amount it had, so every figure of the
demo stays what it was without an as-of date; ``--as-of`` a day before an activity's
end then shows only its deposits.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from planner.money import exponent_of

#: booked at the finance system's rate of the day: this much above the plan rate
BOOKED_PREMIUM = Decimal("1.012")


def _text(amount: Decimal, currency: str) -> str:
    places = exponent_of(currency)
    return f"{amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):f}"


def add_payments(doc: dict[str, Any]) -> None:
    """Turn every line's ``actual`` into ``payments`` (exchange format version 3)."""
    rates = {(r["year"], r["currency"]): Decimal(r["to_base"]) for r in doc["exchange_rates"]}
    voucher = 0
    refunded = booked = False
    for a in doc["activities"]:
        start, end = date.fromisoformat(a["start"]), date.fromisoformat(a["end"])
        for line in a["budget_lines"]:
            actual = line.pop("actual", None)
            line["payments"] = []
            if actual is None:
                continue
            cur, total = line["currency"], Decimal(actual)
            payments: list[dict[str, Any]] = []

            def pay(
                day: date,
                amount: Decimal,
                note: str = "",
                payments: list[dict[str, Any]] = payments,
                cur: str = cur,
            ) -> None:
                nonlocal voucher
                voucher += 1
                payments.append(
                    {
                        "date": day.isoformat(),
                        "amount": _text(amount, cur),
                        "reference": f"PV-{day.year}-{voucher:04d}",
                        "note": note,
                    }
                )

            if a["status"] != "delivered" or total <= 0:
                pay(start - timedelta(days=30), total, "deposit")
            else:
                deposit = Decimal(_text(total * Decimal("0.3"), cur))
                pay(start - timedelta(days=30), deposit, "deposit")
                if not refunded and line["category"] == "travel":
                    # paid in full with a change fee, then the fee refunded
                    extra = Decimal(_text(total / 20, cur))
                    pay(end + timedelta(days=14), total - deposit + extra, "balance")
                    pay(end + timedelta(days=45), -extra, "refund of the change fee")
                    refunded = True
                else:
                    pay(end + timedelta(days=14), total - deposit, "balance")
            rate = rates.get((start.year, cur))
            if not booked and rate is not None and cur == "USD" and a["status"] == "delivered":
                for p in payments:
                    p["booked_rate"] = f"{(rate * BOOKED_PREMIUM).quantize(Decimal('0.0001')):f}"
                booked = True
            line["payments"] = payments
    doc["version"] = 3


def add_paper(doc: dict[str, Any]) -> None:
    """The budget report's reference, version and sign-off, and where each rate comes
    from (exchange format version 4)."""
    doc["plan"].update(
        report_reference="GACC-ASEAN-CB/FIN/2028",
        report_version="1.2",
        prepared_name="Liu Yang",
        prepared_title="Finance Officer, Programme Office",
        reviewed_name="Chen Jing",
        reviewed_title="Head of Finance and Audit",
        approved_name="Wang Lei",
        approved_title="Director, International Cooperation Department",
    )
    for rate in doc["exchange_rates"]:
        rate["source"] = "PBOC central parity rate"
        rate["rate_date"] = f"{rate['year'] - 1}-11-30"  # fixed when the year's budget is set
    doc["version"] = 4


def add_baseline(doc: dict[str, Any]) -> None:
    """The 2028 budget frozen as approved, then revised: one course's travel up by a
    fifth (air fares rose), one venue down by a quarter (a cheaper hall), so the
    budget report shows baseline against current (exchange format version 4)."""
    year = 2028
    lines = []
    of_year = [
        a
        for a in doc["activities"]
        if date.fromisoformat(a["start"]).year == year and a["status"] != "cancelled"
    ]
    for a in of_year:
        for line in a["budget_lines"]:
            lines.append(
                {
                    "activity": a["code"],
                    "category": line["category"],
                    "funding_source": line.get("funding_source"),
                    "currency": line["currency"],
                    "description": line.get("description", ""),
                    "planned": line["planned"],
                }
            )
    doc["baselines"] = [
        {
            "name": "Approved budget 2028",
            "year": year,
            "made_by": "Wang Lei",
            "made_at": "2027-12-15T09:30:00Z",
            "lines": lines,
        }
    ]
    revised = {"travel": Decimal("1.2"), "venue": Decimal("0.75")}
    for a in of_year:  # one revision per activity, in two activities
        for line in a["budget_lines"]:
            factor = revised.pop(line["category"], None)
            if factor is not None:
                amount = Decimal(line["planned"]) * factor
                line["planned"] = _text(amount, line["currency"])
                break
        if not revised:
            break
    doc["version"] = 4
