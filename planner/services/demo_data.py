"""The demo plan, China-ASEAN customs capacity building 2027-2031, as an exchange document.

Kept as one module: it is mostly data (names, titles, budget lines), read and edited together.

Generated from the small lists below with a locally seeded :class:`random.Random`, never
from the clock: every call of :func:`demo_plan_document` returns the same document.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from planner.services.demo_zh import with_chinese

SEED = 20270101
START_YEAR, YEARS, BASE, HOST = 2027, 5, "CNY", "CN"

ADMINISTRATIONS = [
    ("BN", "Royal Customs and Excise Department"),
    ("KH", "General Department of Customs and Excise"),
    ("ID", "Directorate General of Customs and Excise"), ("LA", "Customs Department (Lao PDR)"),
    ("MY", "Royal Malaysian Customs Department"), ("MM", "Customs Department (Myanmar)"),
    ("PH", "Bureau of Customs"), ("SG", "Singapore Customs"), ("TH", "Thai Customs Department"),
    ("VN", "General Department of Vietnam Customs"),
    (HOST, "General Administration of Customs of the People's Republic of China"),
]  # fmt: skip
ASEAN = [code for code, _ in ADMINISTRATIONS if code != HOST]
THEMES = [
    ("SW", "Single Window"), ("AEO", "AEO Mutual Recognition"),
    ("ORIGIN", "Network-based Inspection of Place of Origin"),
    ("ENF", "Mutual Assistance on Enforcement"), ("INFO", "Information Exchange"),
    ("LEAD", "Leadership and Management"),
]  # fmt: skip
# code, name, 2027 envelope in CNY, yearly rise in per cent
SOURCES = [
    ("GACC", "GACC capacity building fund", 1000000, 8),
    ("CACF", "China-ASEAN Cooperation Fund", 650000, 6),
    ("COFUND", "ASEAN partner administrations co-funding", 120000, 5),
]
# 1 unit = this many CNY in 2027; the rate drifts a little each year.
RATES_2027 = {
    "USD": "7.1000", "THB": "0.2050", "VND": "0.000285", "MYR": "1.5600", "SGD": "5.3200",
    "IDR": "0.000445", "PHP": "0.1260", "KHR": "0.001740", "LAK": "0.000330",
    "MMK": "0.003380", "BND": "5.3200",
}  # fmt: skip
ZERO_DECIMALS = {"VND"}  # ISO 4217 minor unit 0; every other currency used here has 2
WHOLE_UNITS = {"VND", "IDR", "LAK", "KHR", "MMK"}  # nobody pays these in cents
CN_CITIES = ["Nanning", "Kunming", "Xiamen"]
CAPITALS = [
    ("Phnom Penh", "KH", "KHR"), ("Bangkok", "TH", "THB"), ("Vientiane", "LA", "LAK"),
    ("Hanoi", "VN", "VND"), ("Jakarta", "ID", "IDR"), ("Kuala Lumpur", "MY", "MYR"),
    ("Manila", "PH", "PHP"), ("Singapore", "SG", "SGD"),
    ("Bandar Seri Begawan", "BN", "BND"), ("Naypyidaw", "MM", "MMK"),
]  # fmt: skip
LOCAL_CURRENCY = {country: currency for _, country, currency in CAPITALS}
HOTELS_IN_USD = {"KH", "LA", "MM"}  # hotels there quote in US dollars
# A course on every theme each year, and this many symposiums.
SYMPOSIUMS_PER_YEAR = {2027: 1, 2028: 2, 2029: 2, 2030: 2, 2031: 3}

# Titles, " | " between them: five course (TC) titles per theme, one a year; symposiums (SY)
# are taken in order.
TITLES = """
TC SW Single Window interoperability workshop | Single Window business process analysis training
TC SW WCO Data Model and Single Window data harmonisation course
TC SW Paperless trade and electronic certificate exchange course
TC SW ASEAN Single Window and China e-Port connectivity course
TC AEO AEO mutual recognition validation training | Post-clearance audit for AEO operators course
TC AEO AEO programme management and joint validation course
TC AEO Risk-based compliance management for AEO auditors
TC AEO AEO mutual recognition arrangement implementation workshop
TC ORIGIN Origin verification network inspection course | Origin fraud risk profiling course
TC ORIGIN Rules of origin under ACFTA and RCEP training | Electronic origin data exchange course
TC ORIGIN Network-based inspection of place of origin: field methods
TC ENF Anti-smuggling intelligence analysis course | Cross-border e-commerce enforcement course
TC ENF Controlled delivery and joint operations training
TC ENF Detection of drug precursors at the border course
TC ENF Wildlife and timber trafficking detection course
TC INFO Customs data analytics and risk information exchange course
TC INFO Mutual administrative assistance information exchange course
TC INFO Trade statistics mirror analysis and data reconciliation course
TC INFO Secure data exchange and cybersecurity for customs course
TC INFO Advance cargo information exchange workshop
TC LEAD Customs leadership and change management programme
TC LEAD Strategic planning and performance measurement for customs managers
TC LEAD Integrity and good governance in customs course
TC LEAD Human resource development for customs managers
TC LEAD Project management for customs modernisation course
SY ENF Regional symposium on customs enforcement cooperation
SY AEO China-ASEAN AEO mutual recognition forum
SY SW Regional symposium on Single Window connectivity
SY ORIGIN Symposium on origin verification cooperation
SY LEAD High-level symposium on customs modernisation
SY INFO Symposium on customs data sharing
SY ENF China-ASEAN symposium on combating smuggling
SY SW Symposium on smart customs and cross-border paperless trade
SY AEO Symposium on AEO benefits for small and medium-sized enterprises
SY ORIGIN Forum on rules of origin and trade facilitation under the upgraded ACFTA
"""
# Names, "Latin:native" ("_" is a space); Vietnamese entries give the native form only,
# Latin-script ones the Latin only. Per administration: F and M given names, S family
# names (Myanmar: second name parts, T those of men's names). Lines of one kind add up.
NAMES = """
KH F Dara:តារា Sophea:សុភា Bopha:បុប្ផា Kanha:កញ្ញា Malis:ម្លិះ Chenda:ចិន្តា
KH M Vuthy:វុទ្ធី Rithy:ឫទ្ធី Sophal:សុផល Visal:វិសាល Piseth:ពិសិដ្ឋ Sovann:សុវណ្ណ
KH S Sok:សុខ Chan:ចាន់ Keo:កែវ Heng:ហេង Meas:មាស Chea:ជា Ly:លី Prak:ប្រាក់ Touch:ទូច Ouk:អ៊ុក
TH F Somsri:สมศรี Siriporn:ศิริพร Kanokwan:กนกวรรณ Pranee:ปราณี Wanida:วนิดา Nattaya:ณัฐยา
TH M Somchai:สมชาย Anan:อนันต์ Prasert:ประเสริฐ Wichai:วิชัย Kittisak:กิตติศักดิ์ Surasak:สุรศักดิ์
TH S Srisuk:ศรีสุข Wongsawat:วงศ์สวัสดิ์ Boonmee:บุญมี Suwannarat:สุวรรณรัตน์ Thongdee:ทองดี
TH S Kaewmanee:แก้วมณี Rattanakul:รัตนกุล Saetang:แซ่ตั้ง Phromma:พรหมมา
LA F Khamla:ຄຳລາ Manivanh:ມະນີວັນ Vilayvanh:ວິໄລວັນ Souphaphone:ສຸພາພອນ Chanthaly:ຈັນທະລີ
LA M Somphone:ສົມພອນ Bounmy:ບຸນມີ Khamphet:ຄຳເພັດ Vanxay:ວັນໄຊ Sisouk:ສີສຸກ Phonesavanh:ພອນສະຫວັນ
LA S Phommachanh:ພົມມະຈັນ Sisavath:ສີສະຫວາດ Keomany:ແກ້ວມະນີ Vongsa:ວົງສາ Chanthavong:ຈັນທະວົງ
LA S Inthavong:ອິນທະວົງ
MM F Khin:ခင် Hnin:နှင်း Ei:အိ Su:စု Thiri:သီရိ May:မေ Aye:အေး Myat:မြတ်
MM M Aung:အောင် Kyaw:ကျော် Min:မင်း Zaw:ဇော် Thant:သန့် Htet:ထက် Tun:ထွန်း Soe:စိုး
MM S Nwe:နွယ် Phyu:ဖြူ Mon:မွန် Thandar:သန္တာ Yadanar:ရတနာ Wai:ဝေ Zin:ဇင် Moe:မိုး
MM T Naing:နိုင် Win:ဝင်း Myint:မြင့် Hlaing:လှိုင် Thu:သူ Zin:ဇင် Aung:အောင် Htet:ထက်
VN F Thị_Lan Thu_Hà Thị_Hương Ngọc_Anh Thanh_Mai Thị_Hoa Phương_Linh Thu_Trang
VN M Văn_Hùng Minh_Tuấn Đức_Anh Quang_Huy Văn_Nam Thành_Long Hoàng_Sơn Mạnh_Cường
VN S Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Ngô
CN F Fang:芳 Na:娜 Jing:静 Lihua:丽华 Xiaoyan:晓燕 Ting:婷 Hui:慧
CN M Wei:伟 Qiang:强 Lei:磊 Jun:军 Zhiming:志明 Haitao:海涛 Jian:健
CN S Wang:王 Li:李 Zhang:张 Liu:刘 Chen:陈 Yang:杨 Zhao:赵 Huang:黄 Zhou:周 Wu:吴
SG F Hui_Min:慧敏 Jia_Hui:佳慧 Mei_Ling:美玲 Xin_Yi:欣怡 Li_Ting:丽婷
SG M Wei_Ming:伟明 Kai_Wen:凯文 Jun_Jie:俊杰 Zhi_Hao:志豪 Jian_Hong:建宏
SG S Tan:陈 Lim:林 Lee:李 Goh:吴 Ong:王 Chua:蔡 Teo:张 Koh:许
SG2 F Priya Kavitha Deepa Anitha Lakshmi
SG2 M Arun Rajesh Suresh Vijay Ganesh
SG2 S Nair Pillai Ramasamy Krishnan Menon Subramaniam
MY F Nurul_Aina Siti_Aishah Farah Nor_Azura Aisyah Zarina Nur_Syazwani
MY M Ahmad Mohd_Faizal Azman Hafiz Rizal Kamarul Amirul
MY S Ismail Hassan Abdullah Yusof Ibrahim Othman Ahmad Razak
BN F Nurhayati Siti_Zaleha Norhafizah Azizah Rosnah Nurul_Izzati
BN M Hazwan Muhammad_Syafiq Amirul Khairul Zulkifli Hakim
BN S Abdul_Rahman Mahmud Salleh Tahir Jaafar Matusin Bakar
ID F Siti Dewi Rina Sri Ayu Fitri Wulan
ID M Budi Agus Dwi Rudi Hendra Arif Bayu
ID S Santoso Wijaya Setiawan Pratama Hidayat Susanto Nugroho Kurniawan Saputra
PH F Maria_Cristina Jocelyn Rowena Angelica Kristine Mary_Grace
PH M Jose Mark_Anthony Rodel Jerome Ramon Paolo
PH S Santos Reyes Cruz Bautista Garcia Mendoza Dela_Cruz Villanueva Ramos Aquino
"""
# How a full name is put together; the others put the given name first.
NAME_ORDER = {
    "KH": "fg", "VN": "fg", "CN": "fg0", "SG": "fg0", "MM": "mm", "MY": "bin", "BN": "bin",
}  # fmt: skip
POSITIONS = {
    "Officer": 8, "Senior Officer": 7, "Inspector": 5, "Senior Inspector": 3,
    "Assistant Director": 3, "Deputy Director": 3, "Director": 2, "Customs Specialist": 2,
}  # fmt: skip

# category: description, CNY per unit (low, high), unit, funding source; units: p person,
# pn person-night, pd person-day, d session day, x lump sum
LINES = {
    "travel": ("International air tickets for participants", 3200, 5400, "p", "CACF"),
    "accommodation": ("Hotel accommodation for participants", 380, 560, "pn", "GACC"),
    "per_diem": ("Meals and daily subsistence allowance", 150, 230, "pd", "CACF"),
    "venue": ("Conference room, equipment and coffee breaks", 5000, 12000, "d", "GACC"),
    "interpretation": ("Simultaneous interpretation, Chinese-English", 7000, 12000, "d", "GACC"),
    "materials": ("Training materials, printing and translation", 250, 450, "p", "GACC"),
    "experts": ("Lecturer fees for customs experts", 3000, 6500, "d", "GACC"),
    "other": ("Field visit to a border port and local transport", 12000, 30000, "x", "CACF"),
}  # fmt: skip
ABROAD_LINES = {"other": "Local transport and site visit"}
ONLINE_LINES = {
    "other": "Video conferencing platform and technical support",
    "interpretation": "Remote simultaneous interpretation, Chinese-English",
    "materials": "E-learning materials and translation",
}  # fmt: skip

Record = dict[str, Any]
Name = tuple[str, str | None]  # Latin, native
Lists = dict[tuple[str, str], list[Name]]  # (administration, F/M/S/T) -> names


def _ascii(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if ord(ch) < 128)


def _name_lists() -> Lists:
    lists: Lists = {}
    for line in NAMES.strip().splitlines():
        admin, kind, *items = line.split()
        for item in items:
            latin, _, native = item.replace("_", " ").partition(":")
            if admin == "VN":
                native = unicodedata.normalize("NFC", latin)
                latin = _ascii(native)
            lists.setdefault((admin, kind), []).append((latin, native or None))
    return lists


def _name(rng: random.Random, lists: Lists, admin: str, gender: str, used: set[str]) -> Name:
    order = NAME_ORDER.get(admin, "gf")
    given = lists[admin, gender]
    families = lists.get((admin, "T" if gender == "M" else "S")) or lists[admin, "S"]
    while True:
        (g, gn), (f, fn) = rng.choice(given), rng.choice(families)
        if order == "gf":
            latin, native = f"{g} {f}", (f"{gn} {fn}" if gn and fn else None)
        elif order == "bin":
            latin, native = f"{g} {'binti' if gender == 'F' else 'bin'} {f}", None
        elif order == "mm":  # Burmese names have no family name and no space
            latin, native = f"{g} {f}", f"{gn}{fn}"
        else:  # family name first; Chinese characters take no space
            latin = f"{f} {g}"
            native = f"{fn}{gn}" if order == "fg0" else f"{fn} {gn}"
        if latin not in used and g != f:
            used.add(latin)
            return latin, native


def _participants(rng: random.Random) -> list[Record]:
    people: list[Record] = []
    lists = _name_lists()
    for admin, _ in ADMINISTRATIONS:
        used: set[str] = set()
        genders = list("FM" * (6 if admin == HOST else 12))
        rng.shuffle(genders)
        for k, gender in enumerate(genders):
            n = len(people) + 1
            pool = "SG2" if admin == "SG" and k % 4 == 3 else admin
            latin, native = _name(rng, lists, pool, gender, used)
            position = rng.choices(list(POSITIONS), list(POSITIONS.values()))[0]
            people.append({
                "ref": f"P{n:04d}", "name": latin, "native_name": native,
                "gender": None if n % 63 == 20 else gender, "administration": admin,
                "position": position, "email": f"p{n:04d}@customs.example.org",
            })  # fmt: skip
    return people


def _q(amount: Decimal, places: int) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _money(amount: Decimal | None, currency: str) -> str | None:
    if amount is None:
        return None
    return f"{_q(amount, 0 if currency in ZERO_DECIMALS else 2):f}"


def _rates(rng: random.Random) -> dict[tuple[int, str], Decimal]:
    rates: dict[tuple[int, str], Decimal] = {}
    for currency, text in RATES_2027.items():
        rate = Decimal(text)
        for year in range(START_YEAR, START_YEAR + YEARS):
            rates[year, currency] = _q(rate, 4 if rate >= Decimal("0.01") else 6)
            rate = rate * (1000 + rng.randint(-25, 18)) / 1000
    return rates


def _status(year_index: int, i: int, n: int) -> str:
    """Where the plan stands: 2027-2028 done, 2029 half done, 2030 being organised."""
    if year_index < 2:
        return "delivered"
    if year_index == 2:
        return "delivered" if i < (n + 1) // 2 else "scheduled"
    if year_index == 3:
        return "scheduled" if i < 3 else "approved"
    return "planned"


def _schedule(rng: random.Random) -> list[Record]:
    """Every activity with its dates, place, mode and status; no quotas or money yet."""
    courses: dict[str, list[str]] = {}
    symposiums: list[tuple[str, str]] = []
    for line in TITLES.strip().splitlines():
        prefix, theme, titles = line.split(maxsplit=2)
        for title in titles.split(" | "):
            if prefix == "TC":
                courses.setdefault(theme, []).append(title)
            else:
                symposiums.append((theme, title))
    capitals = rng.sample(CAPITALS, len(CAPITALS))
    abroad = 0  # ASEAN venues so far: each capital hosts in turn
    acts: list[Record] = []
    for yi, (year, n_symposiums) in enumerate(SYMPOSIUMS_PER_YEAR.items()):
        items = [("course", theme, courses[theme][yi]) for theme, _ in THEMES]
        items += [("symposium", *symposiums.pop(0)) for _ in range(n_symposiums)]
        rng.shuffle(items)
        months = sorted(rng.sample(range(3, 12), len(items)))
        remote = rng.randrange(len(items))  # one online or hybrid activity a year
        year_acts: list[Record] = []
        for i, ((kind, theme, title), month) in enumerate(zip(items, months, strict=True)):
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
            mode = ("online", "hybrid")[yi % 2] if i == remote else "in_person"
            if mode == "in_person" and rng.random() < 0.05:
                mode = "hybrid"
            if mode == "online":
                venue, country = "Online", None
            elif rng.random() < (0.55 if kind == "course" else 0.35):
                venue, country = rng.choice(CN_CITIES), HOST
            else:
                venue, country, _ = capitals[abroad % len(capitals)]
                abroad += 1
            days = [start + timedelta(days=d) for d in range((end - start).days + 1)]
            year_acts.append({
                "code": "", "kind": kind, "title": title, "theme": theme, "status": "",
                "start": start.isoformat(), "end": end.isoformat(), "venue": venue,
                "country": country, "mode": mode,
                "hours_per_session": "3.5" if mode == "online" else rng.choice("6 6 6.5 7".split()),
                "sessions": [d.isoformat() for d in days if d.weekday() < 5],
                "quotas": [], "budget_lines": [], "enrolments": [], "attendance": [],
            })  # fmt: skip
        year_acts.sort(key=lambda a: a["start"])
        number = {"course": 0, "symposium": 0}
        for i, a in enumerate(year_acts):
            number[a["kind"]] += 1
            a["code"] = f"{'TC' if a['kind'] == 'course' else 'SY'}-{year}-{number[a['kind']]:02d}"
            a["status"] = _status(yi, i, len(year_acts))
        if yi == 1:  # called off after the hotel deposit was paid
            next(a for a in year_acts[3:] if a["mode"] == "in_person")["status"] = "cancelled"
        acts += year_acts
    return acts


def _quotas(rng: random.Random, a: Record) -> None:
    k = rng.randint(6, 10) if a["kind"] == "course" else rng.randint(4, 10)
    chosen = set(rng.sample(ASEAN, k))
    if a["country"] == HOST and k < 10 and rng.random() < 0.4:
        chosen.add(HOST)  # a few GACC officials take part
    top = 4 if a["kind"] == "course" else 5
    a["quotas"] = [
        {"administration": code, "seats": 2 if code == HOST else rng.randint(2, top)}
        for code, _ in ADMINISTRATIONS
        if code in chosen
    ]


def _budget(rng: random.Random, a: Record, rates: dict[tuple[int, str], Decimal]) -> None:
    start, end = date.fromisoformat(a["start"]), date.fromisoformat(a["end"])
    seats = sum(q["seats"] for q in a["quotas"])
    people = seats if a["mode"] == "in_person" else max(2, seats // 2)
    days = len(a["sessions"])
    nights = (end - start).days + 1
    units = {"p": people, "pn": people * nights, "pd": people * (days + 1), "d": days, "x": 1}
    if a["mode"] == "online":
        categories = ["experts", *rng.sample(list(ONLINE_LINES), rng.randint(2, 3))]
    else:
        optional = list(LINES)[2:]
        categories = ["travel", "accommodation", *rng.sample(optional, rng.randint(2, 4))]
    local = LOCAL_CURRENCY.get(a["country"])
    for category in sorted(categories, key=list(LINES).index):
        text, low, high, unit, source = LINES[category]
        cny = Decimal(min(max(rng.randint(low, high) * units[unit], 5000), 250000))
        currency = "USD" if category == "travel" else BASE
        if local and category in ("accommodation", "per_diem", "venue", "other"):
            hotel_in_usd = category == "accommodation" and a["country"] in HOTELS_IN_USD
            currency = "USD" if hotel_in_usd else local
            source = "COFUND" if category in ("venue", "other") else source
            text = ABROAD_LINES.get(category, text)
        if a["mode"] == "online":
            text = ONLINE_LINES.get(category, text)
        amount = cny if currency == BASE else cny / rates[start.year, currency]
        step = Decimal(10) ** (amount.adjusted() - 2)  # three significant figures
        planned = _q(amount / step, 0) * step
        actual = None
        if a["status"] == "delivered":  # -15% .. +12%
            actual = planned * (1000 + rng.randint(-150, 120)) / 1000
            if currency in WHOLE_UNITS:
                actual = _q(actual, -3 if currency == "VND" else 0)
        elif a["status"] == "cancelled" and category in ("accommodation", "venue"):
            actual = planned / 5 if category == "accommodation" else Decimal(0)
            text += " (deposit forfeited)" if category == "accommodation" else ""
        a["budget_lines"].append({
            "category": category, "description": text, "currency": currency,
            "planned": _money(planned, currency), "actual": _money(actual, currency),
            "funding_source": source,
        })  # fmt: skip


def _half(points: int) -> str:
    """A score counted in half points, as text: 145 -> '72.5', 144 -> '72'."""
    return f"{points // 2}.5" if points % 2 else str(points // 2)


def _enrol(rng: random.Random, a: Record, by_admin: dict[str, list[str]]) -> None:
    delivered = a["status"] == "delivered"
    if not delivered and not (
        a["status"] == "scheduled" and a["start"].startswith(str(START_YEAR + 2))
    ):
        return
    for q in a["quotas"]:
        n = q["seats"] + rng.choice([-1, 0, 0, 0, 0, 0, 0, 1])  # now and then one over quota
        for ref in sorted(rng.sample(by_admin[q["administration"]], max(1, n))):
            r = rng.random()
            if delivered:
                status = "withdrawn" if r < 0.04 else "nominated" if r < 0.07 else "confirmed"
            else:
                status = "withdrawn" if r < 0.05 else "nominated" if r < 0.4 else "confirmed"
            scores = dict.fromkeys(["pre_score", "post_score", "satisfaction"])
            a["enrolments"].append({"participant": ref, "status": status, **scores})
    if not delivered:
        return
    for e in a["enrolments"]:
        if e["status"] == "withdrawn":
            continue
        r = rng.random()
        if r < 0.04:  # did not come at all
            weights = [0, 0, 0, 1]
        elif r < 0.14:  # missed part of it
            weights = [55, 5, 15, 25]
        else:
            weights = [90, 5, 3, 2]
        for session in a["sessions"]:
            status = rng.choices(["present", "late", "excused", "absent"], weights)[0]
            a["attendance"].append(
                {"participant": e["participant"], "session": session, "status": status}
            )
        if r < 0.04:
            continue
        if rng.random() < 0.9:
            pre = rng.randint(60, 150)
            e["pre_score"] = _half(pre)
            if rng.random() < 0.95:
                e["post_score"] = _half(min(200, max(0, pre + rng.randint(-10, 60))))
        if rng.random() < 0.85:
            e["satisfaction"] = _half(rng.choice([6, 7, 7, 8, 8, 8, 9, 9, 10, 10]))


@with_chinese  # the Chinese names beside the English ones (planner/services/demo_zh.py)
def demo_plan_document() -> dict[str, Any]:
    """The demo plan as a plan exchange document (docs/exchange-format.md)."""
    rng = random.Random(SEED)
    participants = _participants(rng)
    by_admin: dict[str, list[str]] = {}
    for p in participants:
        by_admin.setdefault(p["administration"], []).append(p["ref"])
    rates = _rates(rng)
    acts = _schedule(rng)
    for a in acts:
        _quotas(rng, a)
        _budget(rng, a, rates)
        _enrol(rng, a, by_admin)
    for a in [a for a in acts if a["status"] == "delivered"][-2:]:
        a["budget_lines"][-1]["actual"] = None  # the invoice has not come in yet
    used = sorted({line["currency"] for a in acts for line in a["budget_lines"]} - {BASE})
    doc = {
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
                "amount": _money(_q(Decimal(base) * (100 + rise) ** i / 100**i, -3), BASE),
            }
            for i in range(YEARS)
            for code, _, base, rise in SOURCES
        ],
        "participants": participants,
        "activities": acts,
    }
    from planner.services.demo_finance import add_baseline, add_paper, add_payments

    add_payments(doc)  # actual amounts as dated payments, a refund, a booked rate
    from planner.services.demo_results import add_results

    add_results(doc)  # the results framework (version 3)
    add_paper(doc)  # the budget report's reference and sign-off, the rates' sources (4)
    add_baseline(doc)  # the 2028 budget as approved, and a revision after it (4)
    return doc
