"""A large, valid plan exchange document (docs/exchange-format.md, version 1).

1,000 activities (200 a year over 2027-2031), 20,000 participants, 25,000
enrolments and exactly 500,000 attendance marks, generated deterministically
from a seed (same seed, same document, byte for byte once dumped).

    python benchmarks/large_plan.py OUT.json [--seed N]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

START_YEAR = 2027
YEARS = 5
BASE = "CNY"
ACTIVITIES_PER_YEAR = 200
PARTICIPANTS = 20_000
ENROLMENTS_PER_ACTIVITY = 25
MARKS = 500_000

#: per year: 170 delivered (850 over the plan), the rest in every other status
STATUS_MIX = (
    ["delivered"] * 170
    + ["scheduled"] * 10
    + ["approved"] * 8
    + ["planned"] * 6
    + ["cancelled"] * 6
)
assert len(STATUS_MIX) == ACTIVITIES_PER_YEAR
#: sessions of a delivered activity; their sum is MARKS / ENROLMENTS_PER_ACTIVITY
DELIVERED_SESSIONS = (21, 25)
OTHER_SESSIONS = (20, 25)

ADMINISTRATIONS = [
    ("CN", "General Administration of Customs of China", "CN"),
    ("BN", "Royal Customs and Excise Department", "BN"),
    ("KH", "General Department of Customs and Excise", "KH"),
    ("ID", "Directorate General of Customs and Excise", "ID"),
    ("LA", "Lao Customs Department", "LA"),
    ("MY", "Royal Malaysian Customs Department", "MY"),
    ("MM", "Myanmar Customs Department", "MM"),
    ("PH", "Bureau of Customs", "PH"),
    ("SG", "Singapore Customs", "SG"),
    ("TH", "Thai Customs Department", "TH"),
    ("VN", "General Department of Vietnam Customs", "VN"),
]
THEMES = [
    ("SW", "Single Window"),
    ("RM", "Risk management"),
    ("AEO", "Authorised Economic Operators"),
    ("TF", "Trade facilitation & WTO TFA"),
    ("ENF", "Enforcement <and> intelligence"),
    ("HR", "Integrity and human resources"),
]
SOURCES = [
    ("GACC", "GACC capacity building fund"),
    ("CAF", "China-ASEAN Cooperation Fund"),
    ("WCO", 'WCO/CCF China "partnership" fund'),
]
#: currency -> (exponent, CNY per unit in 2027)
CURRENCIES = {"CNY": (2, None), "USD": (2, "7.1000"), "THB": (2, "0.2010"), "VND": (0, "0.000285")}
CATEGORIES = [
    "travel",
    "accommodation",
    "per_diem",
    "venue",
    "interpretation",
    "materials",
    "experts",
    "other",
]
VENUES = [
    ("Nanning", "CN"),
    ("Kunming", "CN"),
    ("Beijing", "CN"),
    ("Xiamen", "CN"),
    ("Phnom Penh", "KH"),
    ("Vientiane", "LA"),
    ("Bangkok", "TH"),
    ("Hà Nội", "VN"),
    ("Kuala Lumpur", "MY"),
    ("Jakarta", "ID"),
    ("Manila", "PH"),
    ("Yangon", "MM"),
]
# (given names, family names, native name builder) per administration's country
NAMES: dict[str, tuple[list[str], list[str]]] = {
    "CN": (["Wei", "Fang", "Lei", "Jing", "Min", "Tao"], ["Wang", "Li", "Zhang", "Liu", "Chen"]),
    "KH": (["Dara", "Sokha", "Vanna", "Chenda", "Rith"], ["Sok", "Chan", "Keo", "Heng"]),
    "LA": (["Bounmy", "Khamla", "Souk", "Vilay"], ["Phommachanh", "Sengdara", "Vongsa"]),
    "MM": (["Aung", "Thida", "Min", "Hla"], ["Kyaw", "Win", "Oo", "Naing"]),
    "TH": (["Somchai", "Malee", "Anan", "Pim"], ["Saetang", "Wongsakul", "Chaiyaporn"]),
    "VN": (["Minh", "Lan", "Hùng", "Thảo"], ["Nguyễn", "Trần", "Lê", "Phạm"]),
}
NATIVE: dict[str, list[str]] = {
    "CN": ["王伟", "李芳", "张磊", "刘静", "陈敏", "杨涛"],
    "KH": ["សុខ តារា", "ចាន់ សុខា", "កែវ វណ្ណា", "ហេង ចិន្តា"],
    "LA": ["ບຸນມີ ພົມມະຈັນ", "ຄຳຫຼ້າ ແສງດາລາ", "ສຸກ ວົງສາ"],
    "MM": ["အောင်ကျော်", "သီတာဝင်း", "မင်းဦး", "လှနိုင်"],
    "TH": ["สมชาย แซ่ตั้ง", "มาลี วงศ์สกุล", "อนันต์ ชัยพร"],
    "VN": ["Nguyễn Văn Minh", "Trần Thị Lan", "Lê Hùng", "Phạm Thảo"],
}
LATIN = (["Ahmad", "Siti", "Jose", "Maria", "Hadi", "Nur", "Tan", "Mei"], ["Rahman", "Santos"])
POSITIONS = ["Officer", "Senior Officer", "Inspector", "Deputy Director", "Director", None]
MARK_WEIGHTS = (("present", 86), ("late", 6), ("excused", 4), ("absent", 4))


def _money(rng: random.Random, currency: str, lo: int, hi: int) -> str:
    """An amount of ``currency`` between lo and hi CNY-ish units, as exact text."""
    exponent, rate = CURRENCIES[currency]
    cny = rng.uniform(lo, hi)
    amount = cny / float(rate) if rate else cny
    if exponent == 0:
        return str(int(round(amount, -3)))
    return f"{amount:.2f}"


def _weekdays(first: date, count: int) -> list[date]:
    out = []
    day = first
    while len(out) < count:
        if day.weekday() < 5:
            out.append(day)
        day += timedelta(days=1)
    return out


def _session_counts(rng: random.Random, statuses: list[str]) -> list[int]:
    """Sessions per activity, the delivered ones summing to exactly MARKS / enrolments."""
    counts = [
        rng.randint(*(DELIVERED_SESSIONS if s == "delivered" else OTHER_SESSIONS)) for s in statuses
    ]
    delivered = [i for i, s in enumerate(statuses) if s == "delivered"]
    want = MARKS // ENROLMENTS_PER_ACTIVITY
    assert MARKS % ENROLMENTS_PER_ACTIVITY == 0
    assert 20 * len(delivered) <= want <= 25 * len(delivered)
    gap = want - sum(counts[i] for i in delivered)
    while gap:
        i = rng.choice(delivered)
        step = 1 if gap > 0 else -1
        if 20 <= counts[i] + step <= 25:
            counts[i] += step
            gap -= step
    return counts


def _participants(rng: random.Random) -> list[dict[str, Any]]:
    people = []
    admins = [code for code, _, _ in ADMINISTRATIONS]
    for n in range(1, PARTICIPANTS + 1):
        admin = admins[n % len(admins)]
        given, family = NAMES.get(admin, LATIN)
        name = f"{rng.choice(family)} {rng.choice(given)}"
        native = rng.choice(NATIVE[admin]) if admin in NATIVE and rng.random() < 0.8 else None
        gender = rng.choices(["F", "M", "X", None], weights=(46, 48, 1, 5))[0]
        people.append(
            {
                "ref": f"P{n:05d}",
                "name": name,
                "native_name": native,
                "gender": gender,
                "administration": admin,
                "position": rng.choice(POSITIONS),
                "email": f"p{n:05d}@customs.example.org" if rng.random() < 0.9 else None,
            }
        )
    return people


def _enrolment_pool(rng: random.Random, total: int) -> list[str]:
    """Participant refs in an order where each one comes at least once."""
    refs = [f"P{n:05d}" for n in range(1, PARTICIPANTS + 1)]
    pool: list[str] = []
    while len(pool) < total:
        batch = refs[:]
        rng.shuffle(batch)
        pool.extend(batch)
    return pool[:total]


def _take(pool: list[str], start: int, count: int) -> list[str]:
    """``count`` distinct refs from pool[start:], swapping in later ones for repeats."""
    chosen: list[str] = []
    seen: set[str] = set()
    i = start
    while len(chosen) < count:
        ref = pool[i % len(pool)]
        if ref not in seen:
            seen.add(ref)
            chosen.append(ref)
        i += 1
    return chosen


def _score(rng: random.Random, lo: float, hi: float, places: int) -> str:
    return f"{rng.uniform(lo, hi):.{places}f}"


def large_plan_document(seed: int = 1) -> dict[str, Any]:
    """The large plan: deterministic for a seed, valid against spec v1."""
    rng = random.Random(seed)
    years = list(range(START_YEAR, START_YEAR + YEARS))
    doc: dict[str, Any] = {
        "format": "capacity-plan",
        "version": 1,
        "plan": {
            "name": "China-ASEAN Customs Capacity Building Action Plan 2027-2031 (large)",
            "owner": "General Administration of China Customs",
            "start_year": START_YEAR,
            "years": YEARS,
            "base_currency": BASE,
            "completion_threshold": "0.80",
        },
        "administrations": [{"code": c, "name": n, "country": k} for c, n, k in ADMINISTRATIONS],
        "themes": [{"code": c, "name": n} for c, n in THEMES],
        "funding_sources": [{"code": c, "name": n} for c, n in SOURCES],
        "exchange_rates": [
            {
                "year": year,
                "currency": cur,
                "to_base": f"{float(rate) * (1 + 0.01 * (year - START_YEAR)):.6f}",
            }
            for year in years
            for cur, (_, rate) in CURRENCIES.items()
            if rate is not None
        ],
        "envelopes": [
            {"year": year, "funding_source": code, "amount": f"{amount}.00"}
            for year in years
            for code, amount in zip(
                (c for c, _ in SOURCES), (60_000_000, 25_000_000, 5_000_000), strict=True
            )
        ],
        "participants": _participants(rng),
    }

    statuses = []
    for _ in years:
        mix = STATUS_MIX[:]
        rng.shuffle(mix)
        statuses.extend(mix)
    sessions_per = _session_counts(rng, statuses)
    pool = _enrolment_pool(rng, len(statuses) * ENROLMENTS_PER_ACTIVITY)
    admin_codes = [code for code, _, _ in ADMINISTRATIONS]
    mark_names = [m for m, _ in MARK_WEIGHTS]
    mark_weights = [w for _, w in MARK_WEIGHTS]

    activities = []
    for index, status in enumerate(statuses):
        year = years[index // ACTIVITIES_PER_YEAR]
        number = index % ACTIVITIES_PER_YEAR + 1
        kind = "symposium" if rng.random() < 0.15 else "course"
        first = date(year, 1, 4) + timedelta(days=rng.randint(0, 300))
        days = _weekdays(first, sessions_per[index])
        session_texts = [d.isoformat() for d in days]
        theme_code, theme_name = rng.choice(THEMES)
        venue, country = rng.choice(VENUES)
        mode = rng.choices(["in_person", "online", "hybrid"], weights=(7, 2, 1))[0]

        quota_admins = rng.sample(admin_codes, rng.randint(2, 6))
        quotas = [{"administration": a, "seats": rng.randint(2, 10)} for a in quota_admins]

        lines = []
        for _ in range(rng.randint(4, 6)):
            currency = rng.choices(list(CURRENCIES), weights=(5, 3, 1, 1))[0]
            planned = _money(rng, currency, 5_000, 200_000)
            if status == "delivered":
                actual: str | None = (
                    _money(rng, currency, 4_000, 210_000) if rng.random() < 0.95 else None
                )
            elif status == "cancelled":
                actual = "0.00" if CURRENCIES[currency][0] else "0"
            else:
                actual = None
            lines.append(
                {
                    "category": rng.choice(CATEGORIES),
                    "description": rng.choice(
                        ["Air tickets", "Hotel, 5 nights", "Interpreters <zh/en>", "", "Venue & AV"]
                    ),
                    "currency": currency,
                    "planned": planned,
                    "actual": actual,
                    "funding_source": rng.choice([c for c, _ in SOURCES] + [None]),
                }
            )

        who = _take(pool, index * ENROLMENTS_PER_ACTIVITY, ENROLMENTS_PER_ACTIVITY)
        enrolments = []
        for ref in who:
            if status == "delivered":
                enrol_status = "confirmed"
            else:
                enrol_status = rng.choices(["nominated", "confirmed", "withdrawn"], (3, 6, 1))[0]
            scored = status == "delivered" and rng.random() < 0.9
            enrolments.append(
                {
                    "participant": ref,
                    "status": enrol_status,
                    "pre_score": _score(rng, 20, 80, 0) if scored else None,
                    "post_score": _score(rng, 50, 100, 1) if scored else None,
                    "satisfaction": _score(rng, 2.5, 5, 1) if scored else None,
                }
            )

        attendance = []
        if status == "delivered":
            for ref in who:
                marks = rng.choices(mark_names, mark_weights, k=len(session_texts))
                attendance.extend(
                    {"participant": ref, "session": s, "status": m}
                    for s, m in zip(session_texts, marks, strict=True)
                )

        prefix = "SY" if kind == "symposium" else "TC"
        activities.append(
            {
                "code": f"{prefix}-{year}-{number:03d}",
                "kind": kind,
                "title": f"{theme_name}: {kind} {number} for {country} & partners",
                "theme": theme_code,
                "status": status,
                "start": session_texts[0],
                "end": session_texts[-1],
                "venue": venue,
                "country": country,
                "mode": mode,
                "hours_per_session": rng.choice(["6", "3.5", "4", "7.25"]),
                "sessions": session_texts,
                "quotas": quotas,
                "budget_lines": lines,
                "enrolments": enrolments,
                "attendance": attendance,
            }
        )
    doc["activities"] = activities
    return doc


def counts(doc: dict[str, Any]) -> dict[str, int]:
    acts = doc["activities"]
    return {
        "activities": len(acts),
        "participants": len(doc["participants"]),
        "sessions": sum(len(a["sessions"]) for a in acts),
        "quotas": sum(len(a["quotas"]) for a in acts),
        "budget_lines": sum(len(a["budget_lines"]) for a in acts),
        "enrolments": sum(len(a["enrolments"]) for a in acts),
        "marks": sum(len(a["attendance"]) for a in acts),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    doc = large_plan_document(args.seed)
    tmp = args.output.with_name(args.output.name + ".tmp")
    tmp.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    tmp.replace(args.output)
    print(f"wrote {args.output}: {counts(doc)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
