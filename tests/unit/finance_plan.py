"""A small plan for the finance figures, every figure worked out by hand.

Base CNY, 2027, 7.1 CNY per USD. Envelopes 2027: GACC 100,000.00, FUND2 50,000.00.

| activity | status | source | currency | planned | actual |
| --- | --- | --- | --- | --- | --- |
| A1 | delivered | GACC | CNY | 40,000.00 | 45,000.01 |
| A1 | delivered | FUND2 | USD | 1,000.00 (7,100.00) | 900.00 (6,390.00) |
| A2 | approved | GACC | CNY | 50,000.00 | 10,000.00 |
| A2 | approved | FUND2 | CNY | 30,000.00 | none |
| A3 | cancelled | GACC | CNY | 20,000.00 | 5,000.00 (a lost deposit) |
| A4 | scheduled | none | CNY | 8,000.00 | 9,000.00 |
| A5 | planned | FUND2 | CNY | 10,000.00 | none |

GACC 2027: planned 90,000.00 (A3 cancelled); actual 60,000.01; committed 40,000.00
(A2: 50,000 - 10,000); remaining 100,000 - 60,000.01 - 40,000 = -0.01; absorption
0.6000001; unprogrammed 10,000.00; over its ceiling (100,000.01 > 100,000).

FUND2 2027: planned 47,100.00; actual 6,390.00; committed 30,000.00; remaining
13,610.00; absorption 0.1278; unprogrammed 2,900.00; within its ceiling.

No source 2027: planned 8,000.00; actual 9,000.00; committed 0 (max(-1,000, 0)).

2027: envelope 150,000.00; planned 145,100.00; actual 75,390.01; committed 70,000.00;
remaining 4,609.99.

Delivery (A1 only): planned 47,100.00; actual 51,390.01; variance 4,290.01.
"""

from __future__ import annotations

import copy
from typing import Any


def _activity(base: dict[str, Any], code: str, status: str, lines: list[Any]) -> dict[str, Any]:
    a = copy.deepcopy(base)
    a.update(code=code, status=status, enrolments=[], attendance=[])
    a["budget_lines"] = [
        {
            "category": cat,
            "currency": cur,
            "planned": planned,
            "actual": actual,
            "funding_source": src,
        }
        for cat, cur, planned, actual, src in lines
    ]
    return a


def finance_doc(small_doc: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(small_doc)
    doc["funding_sources"].append({"code": "FUND2", "name": "Second fund"})
    doc["envelopes"] = [
        {"year": 2027, "funding_source": "GACC", "amount": "100000.00"},
        {"year": 2027, "funding_source": "FUND2", "amount": "50000.00"},
    ]
    base = doc["activities"][0]
    a1 = _activity(
        base,
        "A1",
        "delivered",
        [
            ("travel", "CNY", "40000.00", "45000.01", "GACC"),
            ("venue", "USD", "1000.00", "900.00", "FUND2"),
        ],
    )
    a1["enrolments"] = base["enrolments"]
    a1["attendance"] = base["attendance"]
    doc["activities"] = [
        a1,
        _activity(
            base,
            "A2",
            "approved",
            [
                ("travel", "CNY", "50000.00", "10000.00", "GACC"),
                ("per_diem", "CNY", "30000.00", None, "FUND2"),
            ],
        ),
        _activity(base, "A3", "cancelled", [("venue", "CNY", "20000.00", "5000.00", "GACC")]),
        _activity(base, "A4", "scheduled", [("other", "CNY", "8000.00", "9000.00", None)]),
        _activity(base, "A5", "planned", [("materials", "CNY", "10000.00", None, "FUND2")]),
    ]
    return doc
