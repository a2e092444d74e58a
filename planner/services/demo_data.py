"""The demo plan: a China-ASEAN customs capacity-building plan, 2027-2031.

:func:`demo_plan_document` builds it as a plan exchange document
(spec/exchange-format.md), exactly as the JSON reads: money and decimals as
strings, dates as ISO strings. It is generated from the small lists below with a
locally seeded :class:`random.Random` and never looks at the clock, so every call
returns the same document.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

SEED = 20270101
START_YEAR = 2027
YEARS = 5
BASE = "CNY"
HOST = "CN"

ADMINISTRATIONS = [
    ("BN", "Royal Customs and Excise Department"),
    ("KH", "General Department of Customs and Excise"),
    ("ID", "Directorate General of Customs and Excise"),
    ("LA", "Customs Department (Lao PDR)"),
    ("MY", "Royal Malaysian Customs Department"),
    ("MM", "Customs Department (Myanmar)"),
    ("PH", "Bureau of Customs"),
    ("SG", "Singapore Customs"),
    ("TH", "Thai Customs Department"),
    ("VN", "General Department of Vietnam Customs"),
    (HOST, "General Administration of Customs of the People's Republic of China"),
]
ASEAN = [code for code, _ in ADMINISTRATIONS if code != HOST]
THEMES = [
    ("SW", "Single Window"),
    ("AEO", "AEO Mutual Recognition"),
    ("ORIGIN", "Network-based Inspection of Place of Origin"),
    ("ENF", "Mutual Assistance on Enforcement"),
    ("INFO", "Information Exchange"),
    ("LEAD", "Leadership and Management"),
]
# code, name, 2027 envelope (CNY), yearly rise in per cent
SOURCES = [
    ("GACC", "GACC capacity building fund", 3000000, 8),
    ("CACF", "China-ASEAN Cooperation Fund", 1600000, 6),
    ("COFUND", "ASEAN partner administrations co-funding", 250000, 5),
]
# 1 unit = this many CNY in 2027; it drifts a little each year.
RATES_2027 = {
    "USD": "7.1000", "THB": "0.2050", "VND": "0.000285", "MYR": "1.5600", "SGD": "5.3200",
    "IDR": "0.000445", "PHP": "0.1260", "KHR": "0.001740", "LAK": "0.000330",
    "MMK": "0.003380", "BND": "5.3200",
}  # fmt: skip
ZERO_DECIMALS = {"VND"}  # ISO 4217 minor unit 0; every other currency used here has 2
CN_CITIES = ["Nanning", "Kunming", "Xiamen"]
CAPITALS = [
    ("Phnom Penh", "KH", "KHR"), ("Bangkok", "TH", "THB"), ("Vientiane", "LA", "LAK"),
    ("Hanoi", "VN", "VND"), ("Jakarta", "ID", "IDR"), ("Kuala Lumpur", "MY", "MYR"),
    ("Manila", "PH", "PHP"), ("Singapore", "SG", "SGD"),
    ("Bandar Seri Begawan", "BN", "BND"), ("Naypyidaw", "MM", "MMK"),
]  # fmt: skip
HOTELS_IN_USD = {"KH", "LA", "MM"}  # hotels there quote in US dollars

COURSES = {
    "SW": [
        "Single Window interoperability workshop",
        "WCO Data Model and Single Window data harmonisation course",
        "Paperless trade and electronic certificate exchange course",
        "Single Window business process analysis training",
        "ASEAN Single Window and China e-Port connectivity course",
    ],
    "AEO": [
        "AEO mutual recognition validation training",
        "AEO programme management and joint validation course",
        "Risk-based compliance management for AEO auditors",
        "Post-clearance audit for AEO operators course",
        "AEO mutual recognition arrangement implementation workshop",
    ],
    "ORIGIN": [
        "Origin verification network inspection course",
        "Rules of origin under ACFTA and RCEP training",
        "Electronic origin data exchange course",
        "Network-based inspection of place of origin: field methods",
        "Origin fraud risk profiling course",
    ],
    "ENF": [
        "Anti-smuggling intelligence analysis course",
        "Controlled delivery and joint operations training",
        "Detection of drug precursors at the border course",
        "Cross-border e-commerce enforcement course",
        "Wildlife and timber trafficking detection course",
    ],
    "INFO": [
        "Customs data analytics and risk information exchange course",
        "Mutual administrative assistance information exchange course",
        "Trade statistics mirror analysis and data reconciliation course",
        "Secure data exchange and cybersecurity for customs course",
        "Advance cargo information exchange workshop",
    ],
    "LEAD": [
        "Customs leadership and change management programme",
        "Strategic planning and performance measurement for customs managers",
        "Integrity and good governance in customs course",
        "Human resource development for customs managers",
        "Project management for customs modernisation course",
    ],
}
SYMPOSIUMS = [
    ("ENF", "Regional symposium on customs enforcement cooperation"),
    ("AEO", "China-ASEAN AEO mutual recognition forum"),
    ("SW", "Regional symposium on Single Window connectivity"),
    ("ORIGIN", "Symposium on origin verification cooperation"),
    ("LEAD", "High-level symposium on customs modernisation"),
    ("INFO", "Symposium on customs data sharing"),
    ("ENF", "China-ASEAN symposium on combating smuggling"),
    ("SW", "Symposium on smart customs and cross-border paperless trade"),
    ("AEO", "Symposium on AEO benefits for small and medium-sized enterprises"),
]
# per year: courses, symposiums
PER_YEAR = {2027: (6, 1), 2028: (6, 2), 2029: (6, 2), 2030: (5, 2), 2031: (5, 2)}

# Names: "Latin:native" ("_" is a space in the Latin form); Vietnamese and Latin-only
# entries carry one form. Each administration: (order, female given names, male given
# names, family names[, male family names]).
NAMES: dict[str, tuple[str, ...]] = {
    "KH": (
        "fg",
        "Dara:តារា Sophea:សុភា Bopha:បុប្ផា Kanha:កញ្ញា Malis:ម្លិះ Chenda:ចិន្តា",
        "Vuthy:វុទ្ធី Rithy:ឫទ្ធី Sophal:សុផល Visal:វិសាល Piseth:ពិសិដ្ឋ Sovann:សុវណ្ណ",
        "Sok:សុខ Chan:ចាន់ Keo:កែវ Heng:ហេង Meas:មាស Chea:ជា Ly:លី Prak:ប្រាក់ "
        "Touch:ទូច Ouk:អ៊ុក",
    ),
    "TH": (
        "gf",
        "Somsri:สมศรี Siriporn:ศิริพร Kanokwan:กนกวรรณ Pranee:ปราณี Wanida:วนิดา "
        "Nattaya:ณัฐยา Supaporn:สุภาพร",
        "Somchai:สมชาย Anan:อนันต์ Prasert:ประเสริฐ Wichai:วิชัย Kittisak:กิตติศักดิ์ "
        "Thanawat:ธนวัฒน์ Surasak:สุรศักดิ์",
        "Srisuk:ศรีสุข Wongsawat:วงศ์สวัสดิ์ Boonmee:บุญมี Suwannarat:สุวรรณรัตน์ "
        "Kaewmanee:แก้วมณี Rattanakul:รัตนกุล Thongdee:ทองดี Saetang:แซ่ตั้ง "
        "Inthawong:อินทวงศ์ Phromma:พรหมมา",
    ),
    "LA": (
        "gf",
        "Khamla:ຄຳລາ Manivanh:ມະນີວັນ Vilayvanh:ວິໄລວັນ Souphaphone:ສຸພາພອນ "
        "Chanthaly:ຈັນທະລີ Bouavanh:ບົວວັນ",
        "Somphone:ສົມພອນ Bounmy:ບຸນມີ Khamphet:ຄຳເພັດ Vanxay:ວັນໄຊ Sisouk:ສີສຸກ "
        "Phonesavanh:ພອນສະຫວັນ",
        "Phommachanh:ພົມມະຈັນ Sisavath:ສີສະຫວາດ Keomany:ແກ້ວມະນີ Vongsa:ວົງສາ "
        "Inthavong:ອິນທະວົງ Souvannavong:ສຸວັນນະວົງ Chanthavong:ຈັນທະວົງ",
    ),
    "MM": (
        "mm",
        "Khin:ခင် Hnin:နှင်း Ei:အိ Su:စု Thiri:သီရိ May:မေ Aye:အေး Myat:မြတ်",
        "Aung:အောင် Kyaw:ကျော် Min:မင်း Zaw:ဇော် Thant:သန့် Htet:ထက် Tun:ထွန်း Soe:စိုး",
        "Nwe:နွယ် Phyu:ဖြူ Mon:မွန် Thandar:သန္တာ Yadanar:ရတနာ Wai:ဝေ Zin:ဇင် Moe:မိုး",
        "Naing:နိုင် Win:ဝင်း Myint:မြင့် Hlaing:လှိုင် Thu:သူ Zin:ဇင် Aung:အောင် Htet:ထက်",
    ),
    "VN": (
        "fg",
        "Thị_Lan Thu_Hà Thị_Hương Ngọc_Anh Thanh_Mai Thị_Hoa Phương_Linh Thu_Trang",
        "Văn_Hùng Minh_Tuấn Đức_Anh Quang_Huy Văn_Nam Thành_Long Hoàng_Sơn Mạnh_Cường",
        "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Ngô",
    ),
    "CN": (
        "fg0",
        "Fang:芳 Na:娜 Jing:静 Lihua:丽华 Xiaoyan:晓燕 Ting:婷 Hui:慧",
        "Wei:伟 Qiang:强 Lei:磊 Jun:军 Zhiming:志明 Haitao:海涛 Jian:健",
        "Wang:王 Li:李 Zhang:张 Liu:刘 Chen:陈 Yang:杨 Zhao:赵 Huang:黄 Zhou:周 Wu:吴",
    ),
    "SG": (
        "fg0",
        "Hui_Min:慧敏 Jia_Hui:佳慧 Mei_Ling:美玲 Xin_Yi:欣怡 Li_Ting:丽婷",
        "Wei_Ming:伟明 Kai_Wen:凯文 Jun_Jie:俊杰 Zhi_Hao:志豪 Jian_Hong:建宏",
        "Tan:陈 Lim:林 Lee:李 Goh:吴 Ong:王 Chua:蔡 Teo:张 Koh:许",
    ),
    "SG2": (
        "gf",
        "Priya Kavitha Deepa Nur_Hidayah Farhana",
        "Arun Rajesh Suresh Muhammad_Firdaus Hafiz",
        "Nair Pillai Ramasamy Krishnan Rahman Ismail",
    ),
    "MY": (
        "bin",
        "Nurul_Aina Siti_Aishah Farah Nor_Azura Aisyah Zarina Nur_Syazwani",
        "Ahmad Mohd_Faizal Azman Hafiz Rizal Kamarul Amirul",
        "Ismail Hassan Abdullah Yusof Ibrahim Othman Ahmad Razak",
    ),
    "BN": (
        "bin",
        "Nurhayati Siti_Zaleha Norhafizah Azizah Rosnah Nurul_Izzati",
        "Hazwan Muhammad_Syafiq Amirul Khairul Zulkifli Hakim",
        "Abdul_Rahman Mahmud Salleh Tahir Jaafar Matusin Bakar",
    ),
    "ID": (
        "gf",
        "Siti Dewi Rina Sri Ayu Fitri Wulan",
        "Budi Agus Dwi Rudi Hendra Arif Bayu",
        "Santoso Wijaya Setiawan Pratama Hidayat Susanto Nugroho Kurniawan Saputra",
    ),
    "PH": (
        "gf",
        "Maria_Cristina Jocelyn Rowena Angelica Kristine Mary_Grace",
        "Jose Mark_Anthony Rodel Jerome Ramon Paolo",
        "Santos Reyes Cruz Bautista Garcia Mendoza Dela_Cruz Villanueva Ramos Aquino",
    ),
}
POSITIONS = [
    ("Officer", 8), ("Senior Officer", 7), ("Inspector", 5), ("Senior Inspector", 3),
    ("Assistant Director", 3), ("Deputy Director", 3), ("Director", 2),
    ("Customs Specialist", 2),
]  # fmt: skip


def _ascii(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if ord(ch) < 128)


def _forms(data: str, admin: str) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for item in data.split():
        latin, _, native = item.replace("_", " ").partition(":")
        if admin == "VN":
            native = unicodedata.normalize("NFC", latin)
            latin = _ascii(native)
        out.append((latin, native or None))
    return out


def _name(rng: random.Random, admin: str, gender: str, used: set[str]) -> tuple[str, str | None]:
    order, female, male, family, *male_family = NAMES[admin]
    given = _forms(female if gender == "F" else male, admin)
    families = _forms(male_family[0] if male_family and gender == "M" else family, admin)
    while True:
        (g, gn), (f, fn) = rng.choice(given), rng.choice(families)
        if order == "gf":
            latin, native = f"{g} {f}", (f"{gn} {fn}" if gn and fn else None)
        elif order == "bin":
            latin, native = f"{g} {'binti' if gender == 'F' else 'bin'} {f}", None
        elif order == "mm":
            latin, native = f"{g} {f}", f"{gn}{fn}"
        else:  # family name first; Chinese characters take no space
            latin = f"{f} {g}"
            native = f"{fn}{gn}" if order == "fg0" else f"{fn} {gn}"
        if latin not in used and g != f:
            used.add(latin)
            return latin, native


def _participants(rng: random.Random) -> list[dict[str, Any]]:
    people: list[dict[str, Any]] = []
    positions = [p for p, _ in POSITIONS]
    weights = [w for _, w in POSITIONS]
    for admin, _ in ADMINISTRATIONS:
        used: set[str] = set()
        for k in range(12 if admin == HOST else 24):
            n = len(people) + 1
            gender = rng.choice("FM")
            pool = "SG2" if admin == "SG" and k % 4 == 3 else admin
            latin, native = _name(rng, pool, gender, used)
            people.append(
                {
                    "ref": f"P{n:04d}",
                    "name": latin,
                    "native_name": native,
                    "gender": None if n % 63 == 20 else gender,
                    "administration": admin,
                    "position": rng.choices(positions, weights)[0],
                    "email": f"p{n:04d}@customs.example.org",
                }
            )
    return people


def _q(amount: Decimal, places: int) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _rates(rng: random.Random) -> dict[tuple[int, str], Decimal]:
    rates: dict[tuple[int, str], Decimal] = {}
    for currency, text in RATES_2027.items():
        rate = Decimal(text)
        for year in range(START_YEAR, START_YEAR + YEARS):
            rates[year, currency] = _q(rate, 4 if rate >= Decimal("0.01") else 6)
            rate = rate * (1000 + rng.randint(-25, 18)) / 1000
    return rates


def _money(amount: Decimal, currency: str) -> str:
    return f"{_q(amount, 0 if currency in ZERO_DECIMALS else 2):f}"


def _schedule(rng: random.Random) -> list[dict[str, Any]]:
    """Every activity's kind, theme, title, dates, place and mode, by start date."""
    acts: list[dict[str, Any]] = []
    capitals = CAPITALS[:]
    rng.shuffle(capitals)
    symposiums = iter(SYMPOSIUMS)
    for yi, (year, (n_courses, n_symposiums)) in enumerate(PER_YEAR.items()):
        themes = [code for code, _ in THEMES]
        if n_courses < len(themes):
            themes.remove(themes[(yi * 2) % len(themes)])
        items = [("course", t, COURSES[t][yi]) for t in themes[:n_courses]]
        items += [("symposium", *next(symposiums)) for _ in range(n_symposiums)]
        rng.shuffle(items)
        months = sorted(rng.sample(range(3, 12), len(items)))
        year_acts = []
        for (kind, theme, title), month in zip(items, months, strict=True):
            first = date(year, month, 1)
            monday = first + timedelta(days=(7 - first.weekday()) % 7 + 7 * rng.randint(0, 2))
            if kind == "course":
                start = monday + timedelta(days=rng.choice([0, 0, 1]))
                end = start + timedelta(days=rng.randint(3, 10) - 1)
                while end.weekday() >= 5:
                    end -= timedelta(days=1)
            else:
                start = monday + timedelta(days=rng.choice([1, 2]))
                end = start + timedelta(days=rng.randint(1, 3) - 1)
            r = rng.random()
            mode = "online" if r < 0.1 else "hybrid" if r < 0.2 else "in_person"
            if mode == "online":
                venue, country, local = "Online", None, None
            elif rng.random() < (0.55 if kind == "course" else 0.35):
                venue, country, local = rng.choice(CN_CITIES), HOST, None
            else:
                venue, country, local = capitals[len(acts) % len(capitals)]
                capitals.append(capitals.pop(len(acts) % len(capitals)))
            hours = "3.5" if mode == "online" else rng.choice(["6", "6", "6.5", "7"])
            days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
            year_acts.append(
                {
                    "kind": kind,
                    "title": title,
                    "theme": theme,
                    "start": start,
                    "end": end,
                    "venue": venue,
                    "country": country,
                    "mode": mode,
                    "local": local,
                    "hours_per_session": hours,
                    "sessions": [d.isoformat() for d in days if d.weekday() < 5],
                }
            )
        year_acts.sort(key=lambda a: a["start"])
        number = {"course": 0, "symposium": 0}
        for a in year_acts:
            number[a["kind"]] += 1
            prefix = "TC" if a["kind"] == "course" else "SY"
            a["code"] = f"{prefix}-{year}-{number[a['kind']]:02d}"
        acts += year_acts
    return acts


def _statuses(acts: list[dict[str, Any]]) -> None:
    for year in PER_YEAR:
        year_acts = [a for a in acts if a["start"].year == year]
        for i, a in enumerate(year_acts):
            if year <= START_YEAR + 1:
                a["status"] = "delivered"
            elif year == START_YEAR + 2:
                a["status"] = "delivered" if i < (len(year_acts) + 1) // 2 else "scheduled"
            elif year == START_YEAR + 3:
                a["status"] = "scheduled" if i < 3 else "approved"
            else:
                a["status"] = "planned"
    # One 2028 activity was called off after the hotel deposit was paid.
    year_acts = [a for a in acts if a["start"].year == START_YEAR + 1]
    next(a for a in year_acts[3:] if a["mode"] == "in_person")["status"] = "cancelled"


def _quotas(rng: random.Random, a: dict[str, Any]) -> list[dict[str, Any]]:
    k = rng.randint(6, 10) if a["kind"] == "course" else rng.randint(4, 10)
    chosen = set(rng.sample(ASEAN, min(k, len(ASEAN))))
    if a["country"] == HOST and rng.random() < 0.4:
        chosen.add(HOST)
    top = 4 if a["kind"] == "course" else 5
    return [
        {"administration": code, "seats": 2 if code == HOST else rng.randint(2, top)}
        for code, _ in ADMINISTRATIONS
        if code in chosen
    ]


# category: (description, CNY per unit low, high, unit, funding source)
# units: p = person, pn = person-night, pd = person-day, d = session day, x = lump sum
LINES = {
    "travel": ("International air tickets for participants", 3200, 5400, "p", "CACF"),
    "accommodation": ("Hotel accommodation for participants", 380, 560, "pn", "GACC"),
    "per_diem": ("Meals and daily subsistence allowance", 150, 230, "pd", "CACF"),
    "venue": ("Conference room, equipment and coffee breaks", 5000, 12000, "d", "GACC"),
    "interpretation": ("Simultaneous interpretation, Chinese-English", 7000, 12000, "d", "GACC"),
    "materials": ("Training materials, printing and translation", 250, 450, "p", "GACC"),
    "experts": ("Lecturer fees for customs experts", 3000, 6500, "d", "GACC"),
    "other": ("Field visit to a customs control area and local transport", 12000, 30000, "x", "CACF"),
}  # fmt: skip
ONLINE_LINES = {
    "other": "Video conferencing platform and technical support",
    "interpretation": "Remote simultaneous interpretation, Chinese-English",
    "materials": "E-learning materials and translation",
}


def _budget(rng: random.Random, a: dict[str, Any], rates: dict[tuple[int, str], Decimal]) -> None:
    seats = sum(q["seats"] for q in a["quotas"])
    days = len(a["sessions"])
    nights = (a["end"] - a["start"]).days + 1
    if a["mode"] == "online":
        categories = ["experts", *rng.sample(list(ONLINE_LINES), rng.randint(2, 3))]
    else:
        optional = ["per_diem", "venue", "interpretation", "materials", "experts", "other"]
        categories = ["travel", "accommodation", *rng.sample(optional, rng.randint(1, 4))]
        categories.sort(key=list(LINES).index)
    travelling = seats if a["mode"] == "in_person" else max(2, seats // 2)
    local = a["local"]
    lines = []
    for category in categories:
        text, low, high, unit, source = LINES[category]
        count = {"p": travelling, "pn": travelling * nights, "pd": travelling * (days + 1)}
        cny = Decimal(rng.randint(low, high) * count.get(unit, days if unit == "d" else 1))
        cny = min(max(cny, Decimal(5000)), Decimal(250000))
        currency = BASE
        if category == "travel":
            currency = "USD"
        elif local and category in ("accommodation", "per_diem", "venue", "other"):
            currency = "USD" if category == "accommodation" and a["country"] in HOTELS_IN_USD else local
            source = "COFUND" if category in ("venue", "other") else source
            text = {"other": "Local transport and site visit"}.get(category, text)
        if a["mode"] == "online":
            text = ONLINE_LINES.get(category, text)
        amount = cny / rates[a["start"].year, currency] if currency != BASE else cny
        step = Decimal(10) ** (amount.adjusted() - 2)  # three significant figures
        planned = _q(amount / step, 0) * step
        lines.append(
            {
                "category": category,
                "description": text,
                "currency": currency,
                "planned": _money(planned, currency),
                "actual": None,
                "funding_source": source,
                "_planned": planned,
            }
        )
    for line in lines:
        planned, currency = line.pop("_planned"), line["currency"]
        if a["status"] == "delivered":
            actual = planned * (1000 + rng.randint(-150, 120)) / 1000
            if currency in ("VND", "IDR", "LAK", "KHR", "MMK"):
                actual = _q(actual, -3 if currency == "VND" else 0)
            line["actual"] = _money(actual, currency)
        elif a["status"] == "cancelled":
            deposit = {"accommodation": planned * Decimal("0.2"), "venue": Decimal(0)}
            if line["category"] in deposit:
                line["actual"] = _money(deposit[line["category"]], currency)
                if line["category"] == "accommodation":
                    line["description"] += " (deposit forfeited on cancellation)"
    a["budget_lines"] = lines


def _half(points: int) -> str:
    """A score in half points as text: 145 -> '72.5', 144 -> '72'."""
    return f"{points // 2}.5" if points % 2 else str(points // 2)


def _enrol(rng: random.Random, a: dict[str, Any], by_admin: dict[str, list[str]]) -> None:
    a["enrolments"], a["attendance"] = [], []
    delivered = a["status"] == "delivered"
    if not delivered and not (a["status"] == "scheduled" and a["start"].year == START_YEAR + 2):
        return
    for q in a["quotas"]:
        n = q["seats"] + rng.choice([-1, 0, 0, 0, 0, 0, 0, 1])
        for ref in sorted(rng.sample(by_admin[q["administration"]], max(1, n))):
            r = rng.random()
            if delivered:
                status = "withdrawn" if r < 0.04 else "nominated" if r < 0.07 else "confirmed"
            else:
                status = "withdrawn" if r < 0.05 else "nominated" if r < 0.4 else "confirmed"
            a["enrolments"].append(
                {
                    "participant": ref,
                    "status": status,
                    "pre_score": None,
                    "post_score": None,
                    "satisfaction": None,
                }
            )
    if not delivered:
        return
    for e in a["enrolments"]:
        if e["status"] == "withdrawn":
            continue
        r = rng.random()
        if r < 0.04:  # no-show
            weights = [0, 0, 0, 1]
        elif r < 0.14:  # missed part of it
            weights = [55, 5, 15, 25]
        else:
            weights = [90, 5, 3, 2]
        for session in a["sessions"]:
            status = rng.choices(["present", "late", "excused", "absent"], weights)[0]
            a["attendance"].append({"participant": ref_of(e), "session": session, "status": status})
        if r < 0.04:
            continue
        if rng.random() < 0.9:
            pre = rng.randint(60, 150)
            e["pre_score"] = _half(pre)
            if rng.random() < 0.95:
                e["post_score"] = _half(min(200, max(0, pre + rng.randint(-10, 60))))
        if rng.random() < 0.85:
            e["satisfaction"] = _half(rng.choice([6, 7, 7, 8, 8, 8, 9, 9, 10, 10]))


def ref_of(enrolment: dict[str, Any]) -> str:
    return str(enrolment["participant"])


def demo_plan_document() -> dict[str, Any]:
    """The demo plan as a plan exchange document (spec/exchange-format.md)."""
    rng = random.Random(SEED)
    participants = _participants(rng)
    by_admin: dict[str, list[str]] = {}
    for p in participants:
        by_admin.setdefault(p["administration"], []).append(p["ref"])
    rates = _rates(rng)
    acts = _schedule(rng)
    _statuses(acts)
    for a in acts:
        a["quotas"] = _quotas(rng, a)
        _budget(rng, a, rates)
        _enrol(rng, a, by_admin)
    # Two invoices of recent activities have not come in yet.
    for a in [a for a in acts if a["status"] == "delivered"][-2:]:
        a["budget_lines"][-1]["actual"] = None
    used = sorted({line["currency"] for a in acts for line in a["budget_lines"]} - {BASE})
    keys = ["code", "kind", "title", "theme", "status", "start", "end", "venue", "country"]
    keys += ["mode", "hours_per_session", "sessions", "quotas", "budget_lines"]
    keys += ["enrolments", "attendance"]
    return {
        "format": "capacity-plan",
        "version": 1,
        "plan": {
            "name": "China-ASEAN Customs Capacity Building Action Plan 2027-2031",
            "owner": "General Administration of Customs of the People's Republic of China",
            "start_year": START_YEAR,
            "years": YEARS,
            "base_currency": BASE,
            "completion_threshold": "0.80",
        },
        "administrations": [
            {"code": code, "name": name, "country": code} for code, name in ADMINISTRATIONS
        ],
        "themes": [{"code": code, "name": name} for code, name in THEMES],
        "funding_sources": [{"code": code, "name": name} for code, name, _, _ in SOURCES],
        "exchange_rates": [
            {"year": year, "currency": currency, "to_base": f"{rates[year, currency]:f}"}
            for year in range(START_YEAR, START_YEAR + YEARS)
            for currency in used
        ],
        "envelopes": [
            {
                "year": START_YEAR + i,
                "funding_source": code,
                "amount": _money(_q(Decimal(base) * (100 + rise) ** i / 100**i, -4), BASE),
            }
            for i in range(YEARS)
            for code, _, base, rise in SOURCES
        ],
        "participants": participants,
        "activities": [
            {k: a[k].isoformat() if k in ("start", "end") else a[k] for k in keys} for a in acts
        ],
    }
