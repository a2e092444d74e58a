"""The demo plan's results framework: the model case's objective, outcomes and
outputs with a dozen indicators, some computed from the plan's data, some entered
from the administrations' own records (docs/methodology.md, "Results")."""

from __future__ import annotations

from typing import Any

HOST = "CN"

RESULTS = [
    ("OB1", "objective", None, None,
     "Legitimate trade between China and ASEAN clears faster and more safely"),
    ("OC1", "outcome", "OB1", "SW",
     "Single windows and electronic certificates of origin connect the administrations"),
    ("OC2", "outcome", "OB1", "AEO", "AEO programmes are mutually recognised"),
    ("OC3", "outcome", "OB1", "ENF", "Administrations act together against smuggling"),
    ("OP1", "output", "OC1", "SW", "Officials trained to run single window connections"),
    ("OP2", "output", "OC2", "AEO", "AEO validators trained to a shared standard"),
    ("OP3", "output", "OC3", None, "Courses completed with measurable learning"),
]  # fmt: skip


def _ind(
    code: str,
    result: str,
    name: str,
    unit: str,
    baseline: str,
    direction: str,
    targets: list[str],
    *,
    figure: str | None = None,
    theme: str | None = None,
    cumulative: bool = False,
    source: str = "",
    actuals: list[tuple[int, str, str, str]] = (),  # type: ignore[assignment]
) -> dict[str, Any]:
    return {
        "code": code,
        "name": name,
        "result": result,
        "unit": unit,
        "baseline": baseline,
        "baseline_year": 2026,
        "direction": direction,
        "source": source or ("computed by the planner" if figure else ""),
        "figure": figure,
        "theme": theme,
        "cumulative": cumulative,
        "targets": [{"year": 2027 + i, "value": v} for i, v in enumerate(targets)],
        "actuals": [
            {"year": y, "value": v, "date": d, "source": s, "note": ""} for y, v, d, s in actuals
        ],
    }


INDICATORS = [
    _ind("OB1.1", "OB1", "Average release time of imports, ASEAN members", "hours", "48",
         "lower", ["44", "40", "36", "32", "28"],
         source="WCO Time Release Studies of the members",
         actuals=[(2027, "43.5", "2027-12-15", "ASEAN Time Release Study 2027"),
                  (2028, "40.2", "2028-12-12", "ASEAN Time Release Study 2028")]),
    _ind("OB1.2", "OB1", "Cost per completer, plan to date", "CNY", "11000", "lower",
         ["10800", "10600", "10400", "10200", "10000"],
         figure="cost_per_completer", cumulative=True),
    _ind("OB1.3", "OB1", "Officials reached (different people, plan to date)", "people", "0",
         "higher", ["110", "170", "220", "260", "300"],
         figure="people_reached", cumulative=True),
    _ind("OB1.4", "OB1", "Women's share of participants, plan to date", "share", "0.42",
         "higher", ["0.45", "0.47", "0.48", "0.49", "0.50"],
         figure="women_share", cumulative=True),
    _ind("OC1.1", "OC1", "Administrations exchanging certificates of origin electronically",
         "administrations", "2", "higher", ["3", "5", "7", "9", "11"],
         source="ACDD e-Form D exchange log",
         actuals=[(2027, "3", "2027-11-30", "ASEAN Customs Directors-General meeting"),
                  (2028, "5", "2028-11-28", "ASEAN Customs Directors-General meeting")]),
    _ind("OP1.1", "OP1", "Officials completing single window courses, plan to date", "people",
         "0", "higher", ["20", "60", "90", "120", "150"],
         figure="completers", theme="SW", cumulative=True),
    _ind("OC2.1", "OC2", "AEO mutual recognition arrangements signed", "arrangements", "1",
         "higher", ["2", "3", "5", "7", "9"],
         source="GACC AEO office",
         actuals=[(2027, "2", "2027-10-20", "GACC announcement 2027 No. 88"),
                  (2028, "3", "2028-09-14", "GACC announcement 2028 No. 61")]),
    _ind("OP2.1", "OP2", "AEO validators completing courses, plan to date", "people", "0",
         "higher", ["15", "45", "70", "95", "120"],
         figure="completers", theme="AEO", cumulative=True),
    _ind("OC3.1", "OC3", "Joint enforcement operations conducted", "operations", "0", "higher",
         ["1", "2", "3", "4", "5"],
         source="RILO Asia/Pacific operation reports",
         actuals=[(2027, "1", "2027-12-01", "Operation report 2027/4"),
                  (2028, "1", "2028-12-03", "Operation report 2028/6")]),
    _ind("OP3.1", "OP3", "Learning gain of completers", "points", "10", "higher",
         ["12", "12", "12", "12", "12"], figure="learning_gain"),
    _ind("OP3.2", "OP3", "Completion rate", "share", "0.85", "higher",
         ["0.88", "0.90", "0.90", "0.92", "0.92"], figure="completion_rate"),
    _ind("OC3.2", "OC3", "Completers applying what they learned (follow-up after 6 months)",
         "share", "0.5", "higher", ["0.55", "0.6", "0.65", "0.7", "0.7"],
         figure="application_rate", cumulative=True),
]  # fmt: skip


#: The results' titles in Chinese (exchange version 5, ``title_zh``), in the
#: programme's wording (docs/glossary.md).
RESULTS_ZH = {
    "OB1": "中国与东盟之间的合法贸易通关更快捷、更安全",
    "OC1": "单一窗口和原产地电子证书实现各海关互联互通",
    "OC2": "各方AEO制度实现AEO互认",
    "OC3": "各海关开展执法互助，联合打击走私",
    "OP1": "培训关员运行单一窗口互联互通",
    "OP2": "按统一标准培训AEO认证人员",
    "OP3": "学员完成培训课程，前后测成绩提升可衡量",
}
#: The indicators' names and units in Chinese (``name_zh``, ``unit_zh``); a unit
#: that is a currency code (CNY) has none and stays as it is.
INDICATORS_ZH = {
    "OB1.1": ("东盟成员国进口货物平均放行时间", "小时"),
    "OB1.2": ("每名结业学员成本（计划累计）", None),
    "OB1.3": ("覆盖关员人数（不重复计人，计划累计）", "人"),
    "OB1.4": ("女性学员占比（计划累计）", "比例"),
    "OC1.1": ("以电子方式交换原产地证书的海关", "个"),
    "OP1.1": ("完成单一窗口课程的关员（计划累计）", "人"),
    "OC2.1": ("已签署的AEO互认安排", "项"),
    "OP2.1": ("完成课程的AEO认证人员（计划累计）", "人"),
    "OC3.1": ("开展的联合执法行动", "次"),
    "OP3.1": ("结业学员前后测成绩提升", "分"),
    "OP3.2": ("结业率", "比例"),
    "OC3.2": ("学以致用的结业学员（6个月后回访）", "比例"),
}


def add_chinese_names(doc: dict[str, Any]) -> None:
    """Give the framework of the demo document (in place) its Chinese names; it
    becomes a version 5 document. A code without a translation here is a bug of
    the demo: KeyError."""
    if not doc.get("results") and not doc.get("indicators"):
        return
    doc["version"] = max(doc["version"], 5)
    for r in doc.get("results", []):
        r["title_zh"] = RESULTS_ZH[r["code"]]
    for i in doc.get("indicators", []):
        name, unit = INDICATORS_ZH[i["code"]]
        i["name_zh"] = name
        if unit is not None:
            i["unit_zh"] = unit


def add_results(doc: dict[str, Any]) -> None:
    """Give the demo document (in place) its results framework, host country and
    the courses' maximum test score; it becomes a version 3 document."""
    doc["version"] = 3
    doc["plan"]["host_country"] = HOST
    for a in doc["activities"]:
        if a["kind"] == "course":
            a["max_score"] = "100"
    doc["results"] = [
        {"code": c, "level": lv, "title": t, "parent": p, "theme": th}
        for c, lv, p, th, t in RESULTS
    ]
    doc["indicators"] = [dict(i) for i in INDICATORS]
    _follow_ups(doc)


def _follow_ups(doc: dict[str, Any]) -> None:
    """Six months after each delivered course of 2027 and 2028, most completers
    were asked whether they apply what they learned."""
    import random
    from decimal import Decimal

    from planner.services.participation import completed

    rng = random.Random(20280601)
    threshold = Decimal(doc["plan"]["completion_threshold"])
    for a in doc["activities"]:
        if a["status"] != "delivered" or a["start"][:4] not in ("2027", "2028"):
            continue
        marks: dict[str, list[str]] = {}
        for m in a["attendance"]:
            marks.setdefault(m["participant"], []).append(m["status"])
        year, month = int(a["end"][:4]), int(a["end"][5:7]) + 6
        asked = f"{year + (month - 1) // 12}-{(month - 1) % 12 + 1:02d}-15"
        for e in a["enrolments"]:
            got = marks.get(e["participant"], [])
            attended = sum(s in ("present", "late") for s in got)
            done = completed(len(a["sessions"]), attended, got.count("excused"), threshold)
            if e["status"] == "withdrawn" or not done or rng.random() < 0.3:
                continue
            answer = rng.choices(["yes", "partly", "no", None], [55, 25, 12, 8])[0]
            e["follow_up"] = {"date": asked, "applies": answer, "note": ""}
