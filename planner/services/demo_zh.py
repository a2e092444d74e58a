"""The demo plan's Chinese names: the plan, its owner (海关总署), administrations,
themes, funding sources, every activity title and venue (exchange format version 3,
``name_zh``, ``owner_zh``, ``title_zh``, ``venue_zh``), and the results framework's
(version 5, kept in planner/services/demo_results.py). The wording follows
docs/glossary.md."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

PLAN = "中国—东盟海关能力建设行动计划（2027—2031年）"
OWNER = "海关总署"
ADMINISTRATIONS = {
    "BN": "文莱皇家关税与消费税局",
    "KH": "柬埔寨海关与消费税总局",
    "ID": "印度尼西亚海关与消费税总署",
    "LA": "老挝海关总局",
    "MY": "马来西亚皇家海关",
    "MM": "缅甸海关总局",
    "PH": "菲律宾海关",
    "SG": "新加坡关税局",
    "TH": "泰国海关",
    "VN": "越南海关总局",
    "CN": "中华人民共和国海关总署",
}
THEMES = {
    "SW": "单一窗口",
    "AEO": "AEO互认",
    "ORIGIN": "原产地网络核查",
    "ENF": "执法互助",
    "INFO": "信息交换",
    "LEAD": "领导力与管理",
}
SOURCES = {
    "GACC": "海关总署能力建设资金",
    "CACF": "中国—东盟合作基金",
    "COFUND": "东盟伙伴海关共同出资",
}
VENUES = {
    "Nanning": "南宁",
    "Kunming": "昆明",
    "Xiamen": "厦门",
    "Phnom Penh": "金边",
    "Bangkok": "曼谷",
    "Vientiane": "万象",
    "Hanoi": "河内",
    "Jakarta": "雅加达",
    "Kuala Lumpur": "吉隆坡",
    "Manila": "马尼拉",
    "Singapore": "新加坡",
    "Bandar Seri Begawan": "斯里巴加湾市",
    "Naypyidaw": "内比都",
    "Online": "线上",
}
TITLES = {
    "Single Window interoperability workshop": "单一窗口互联互通研讨班",
    "Single Window business process analysis training": "单一窗口业务流程分析培训班",
    "WCO Data Model and Single Window data harmonisation course": (
        "世界海关组织数据模型与单一窗口数据协调培训班"
    ),
    "Paperless trade and electronic certificate exchange course": "无纸贸易与电子证书交换培训班",
    "ASEAN Single Window and China e-Port connectivity course": (
        "东盟单一窗口与中国电子口岸互联互通培训班"
    ),
    "AEO mutual recognition validation training": "AEO互认实地验证培训班",
    "Post-clearance audit for AEO operators course": "AEO企业稽查培训班",
    "AEO programme management and joint validation course": "AEO制度管理与联合验证培训班",
    "Risk-based compliance management for AEO auditors": "面向AEO认证人员的风险合规管理培训班",
    "AEO mutual recognition arrangement implementation workshop": "AEO互认安排实施研讨班",
    "Origin verification network inspection course": "原产地网络核查培训班",
    "Origin fraud risk profiling course": "原产地欺诈风险分析培训班",
    "Rules of origin under ACFTA and RCEP training": "中国—东盟自贸区与RCEP原产地规则培训班",
    "Electronic origin data exchange course": "原产地电子数据交换培训班",
    "Network-based inspection of place of origin: field methods": "原产地网络核查：实地核查方法",
    "Anti-smuggling intelligence analysis course": "缉私情报分析培训班",
    "Cross-border e-commerce enforcement course": "跨境电商执法培训班",
    "Controlled delivery and joint operations training": "控制下交付与联合行动培训班",
    "Detection of drug precursors at the border course": "口岸易制毒化学品查验培训班",
    "Wildlife and timber trafficking detection course": "野生动植物及木材走私查缉培训班",
    "Customs data analytics and risk information exchange course": (
        "海关数据分析与风险信息交换培训班"
    ),
    "Mutual administrative assistance information exchange course": "行政互助信息交换培训班",
    "Trade statistics mirror analysis and data reconciliation course": (
        "贸易统计镜像分析与数据核对培训班"
    ),
    "Secure data exchange and cybersecurity for customs course": "海关数据安全交换与网络安全培训班",
    "Advance cargo information exchange workshop": "货物预申报信息交换研讨班",
    "Customs leadership and change management programme": "海关领导力与变革管理研修班",
    "Strategic planning and performance measurement for customs managers": (
        "海关管理人员战略规划与绩效评估研修班"
    ),
    "Integrity and good governance in customs course": "海关廉政与良政培训班",
    "Human resource development for customs managers": "海关管理人员人力资源开发研修班",
    "Project management for customs modernisation course": "海关现代化项目管理培训班",
    "Regional symposium on customs enforcement cooperation": "海关执法合作区域研讨会",
    "China-ASEAN AEO mutual recognition forum": "中国—东盟AEO互认论坛",
    "Regional symposium on Single Window connectivity": "单一窗口互联互通区域研讨会",
    "Symposium on origin verification cooperation": "原产地核查合作研讨会",
    "High-level symposium on customs modernisation": "海关现代化高级别研讨会",
    "Symposium on customs data sharing": "海关数据共享研讨会",
    "China-ASEAN symposium on combating smuggling": "中国—东盟打击走私研讨会",
    "Symposium on smart customs and cross-border paperless trade": "智慧海关与跨境无纸贸易研讨会",
    "Symposium on AEO benefits for small and medium-sized enterprises": (
        "AEO制度惠及中小企业研讨会"
    ),
    "Forum on rules of origin and trade facilitation under the upgraded ACFTA": (
        "中国—东盟自贸区升级版原产地规则与贸易便利化论坛"
    ),
}


def add_chinese(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` (the demo plan) with a Chinese name beside every English one, as a
    version 3 exchange document. A title or venue without a translation here is a
    bug of the demo: KeyError."""
    doc["version"] = max(doc["version"], 3)
    doc["plan"]["name_zh"] = PLAN
    doc["plan"]["owner_zh"] = OWNER
    for key, names in (
        ("administrations", ADMINISTRATIONS),
        ("themes", THEMES),
        ("funding_sources", SOURCES),
    ):
        for item in doc[key]:
            item["name_zh"] = names[item["code"]]
    for a in doc["activities"]:
        a["title_zh"] = TITLES[a["title"]]
        if a.get("venue"):
            a["venue_zh"] = VENUES[a["venue"]]
    from planner.services.demo_results import add_chinese_names

    add_chinese_names(doc)  # the results framework's (version 5)
    return doc


def with_chinese(make: Callable[[], dict[str, Any]]) -> Callable[[], dict[str, Any]]:
    """The hook on the demo plan's maker: its document gets :func:`add_chinese`."""

    @wraps(make)
    def made() -> dict[str, Any]:
        return add_chinese(make())

    return made
