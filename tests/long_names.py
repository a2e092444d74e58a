"""Very long names in both languages, put into the demo plan to check that nothing
clips: the plan, its owner, one activity's title and venue, the administration of one
of its completers, one theme, and that completer (issue 16: certificates, table
headers and the overview's cards). English names of 60 to 110 characters, Chinese
of 20 to 45."""

from __future__ import annotations

from planner.store import Database, raw_connection, unit_of_work

ACTIVITY = "TC-2027-01"  # delivered, with completers; theme INFO
LONG_TITLE = (
    "Regional advanced training course on customs data analytics, risk management, "
    "post-clearance audit and the exchange of risk information among ASEAN administrations"
)
LONG_TITLE_ZH = (
    "东盟海关数据分析、风险管理、稽查与风险信息交换区域高级培训班（含实地考察与案例研讨）"
)
LONG_NAME = "Dato' Sri Muhammad Zulkifli bin Abdul Rahman Jaafar Al-Haj"
LONG_PLAN = (
    "China-ASEAN Customs Capacity Building, Trade Facilitation and Enforcement "
    "Cooperation Action Plan 2027-2031"
)
LONG_PLAN_ZH = "中国—东盟海关能力建设、贸易便利化与执法合作行动计划（2027—2031年）"
LONG_OWNER = (
    "General Administration of Customs of the People's Republic of China, "
    "Department of International Cooperation"
)
LONG_OWNER_ZH = "中华人民共和国海关总署国际合作司（东盟海关能力建设项目管理办公室）"
LONG_ADMIN = (
    "Royal Customs and Excise Department, Ministry of Finance and Economy, Brunei Darussalam"
)
LONG_ADMIN_ZH = "文莱达鲁萨兰国财政与经济部皇家关税与消费税局（海关稽查与风险管理司）"
LONG_VENUE = "Lao National Institute of Customs and Tax Training Centre, Vientiane Capital"
LONG_VENUE_ZH = "老挝国家海关与税务培训学院（万象市培训中心）"
LONG_THEME = (
    "Information Exchange, Data Analytics and Risk Management among ASEAN Customs Administrations"
)
LONG_THEME_ZH = "东盟海关间信息交换、数据分析与风险管理合作（含电子原产地证书数据互换）"
ENGLISH_NAMES = (LONG_PLAN, LONG_OWNER, LONG_TITLE, LONG_ADMIN, LONG_VENUE)
CHINESE_NAMES = (LONG_PLAN_ZH, LONG_OWNER_ZH, LONG_TITLE_ZH, LONG_ADMIN_ZH, LONG_VENUE_ZH)


def make_names_long(db: Database) -> None:
    """Give the demo plan in ``db`` the long names above (before any certificate is
    issued: the register keeps the names it was issued with)."""
    with unit_of_work(db) as s:
        con = raw_connection(s)
        con.execute(
            "UPDATE activity SET title = ?, title_zh = ?, venue = ?, venue_zh = ? WHERE code = ?",
            (LONG_TITLE, LONG_TITLE_ZH, LONG_VENUE, LONG_VENUE_ZH, ACTIVITY),
        )
        con.execute(
            "UPDATE plan SET name = ?, name_zh = ?, owner = ?, owner_zh = ? WHERE id = 1",
            (LONG_PLAN, LONG_PLAN_ZH, LONG_OWNER, LONG_OWNER_ZH),
        )
        con.execute(
            "UPDATE administration SET name = ?, name_zh = ? WHERE code = 'BN'",
            (LONG_ADMIN, LONG_ADMIN_ZH),
        )
        con.execute(
            "UPDATE theme SET name = ?, name_zh = ? WHERE code = 'INFO'",
            (LONG_THEME, LONG_THEME_ZH),
        )
        # a completer of the activity (the first certificate of the demo's)
        found = con.execute(
            "UPDATE participant SET name = ? WHERE name = 'Zulkifli bin Jaafar'", (LONG_NAME,)
        )
        assert found.rowcount == 1
