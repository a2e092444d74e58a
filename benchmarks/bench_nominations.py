"""Importing a 5,000-row nomination list into the demo plan.

The file is the kind partner administrations send: a title row, English headers,
names in Latin and in their own script, genders spelt out, administrations by
name or code. It is read, checked (every row through the participant rules, with
the similar-person search against the directory) and imported, nominating every
person to one activity, in one transaction, as the window does: the whole of that
must take < 2 s. For reference: reading the file alone, CSV and XLSX.

Hostile files are refused at once, before they cost anything (< 200 ms each): a
50 MB CSV (a sparse file: refused by its size, never read), and two zip bombs
named .xlsx, one that would unpack to 200 MB and one of 30 MB compressed beyond
any real workbook (refused from the zip's directory, nothing decompressed).

Run through ``benchmarks/run.py``; ``python benchmarks/bench_nominations.py``
prints the rows alone.
"""

from __future__ import annotations

import csv
import gc
import random
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ROWS = 5_000
RUNS = 3
SEED = 5

Row = tuple[str, float | str, str, str]

# Names from syllables, as varied as a real list: a few look-alikes, no series.
SYLLABLES = ["so", "da", "ra", "phe", "som", "chai", "ma", "lee", "minh", "lan", "aung",
             "thi", "bu", "di", "si", "ti", "boun", "my", "chan", "tha", "ly", "jo", "se",
             "wei", "mei", "ha", "fiz", "nur", "kiet", "linh", "ka", "ro", "vi", "na"]  # fmt: skip
FAMILY = ["Sok", "Chan", "Srisuk", "Wongsa", "Nguyen", "Tran", "Win", "Htun", "Santoso",
          "Rahman", "Phommasack", "Vongsa", "Santos", "Reyes", "Wang", "Li", "Tan", "Lim",
          "Keo", "Pich", "Boonmee", "Saelee", "Pham", "Le", "Kyaw", "Zaw", "Wibowo", "Hassan",
          "Inthavong", "Cruz", "Garcia", "Ong", "Goh", "Abdullah", "Yusof", "Hoang"]  # fmt: skip
# Syllables of native-script names; a third of the people have none.
NATIVE = [
    ["សុ", "ខ", "តា", "រា", "ចាន់", "សុ", "ភា", "កែ", "វ"],
    ["สม", "ชาย", "ศรี", "สุข", "มา", "ลี", "วง", "ศา"],
    ["ບຸນ", "ມີ", "ພົມ", "ມະ", "ສັກ", "ຈັນ", "ທະ", "ລີ"],
    ["အောင်", "ဝင်း", "သီ", "တာ", "ကျော်", "ဇော်", "မြင့်"],
    ["王", "伟", "李", "梅", "陈", "林", "明", "华", "张", "丽"],
    ["Nguyễn", "Trần", "Văn", "Thị", "Minh", "Lan", "Hoàng", "Phạm", "Đức", "Linh"],
]
ADMINS = ["KH", "Thai Customs Department", "LA", "Viet Nam", "ID", "MY", "MM", "PH", "SG", "BN"]
SEX = ["Female", "Male", "F", "M"]
POSITIONS = ["Officer", "Senior Officer", "Deputy Director", "Inspector", "Chief of Section"]


def log(message: str) -> None:
    print(f"  bench_nominations: {message}", file=sys.stderr, flush=True)


def native(rng: random.Random) -> str:
    if rng.random() < 0.33:
        return ""
    script = rng.choice(NATIVE)
    joiner = " " if script is NATIVE[-1] else ""
    return joiner.join(rng.choice(script) for _ in range(rng.randint(3, 5)))


def write_list(path: Path, rows: int = ROWS, seed: int = SEED) -> list[list[str]]:
    rng = random.Random(seed)
    table = [["Nomination list 2027"], ["No.", "Full name", "Name (native script)", "Sex",
                                        "Agency", "Position", "E-mail"]]  # fmt: skip
    for n in range(1, rows + 1):
        given = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
        name = f"{given} {rng.choice(FAMILY)}"
        table.append(
            [str(n), name, native(rng), rng.choice(SEX), rng.choice(ADMINS),
             rng.choice(POSITIONS), f"nominee{n}@customs.example.org"]
        )  # fmt: skip
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(table)
    return table


def write_xlsx(path: Path, table: list[list[str]]) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Nominations")
    for row in table:
        sheet.append(row)
    book.save(path)


def zip_bomb(path: Path, megabytes: int) -> Path:
    """A workbook-shaped zip whose sheet is ``megabytes`` MB of zeros."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        with z.open("xl/worksheets/sheet1.xml", "w") as fh:
            block = b"\0" * 1_000_000
            for _ in range(megabytes):
                fh.write(block)
    return path


def refusal_time(path: Path, expected: str) -> float:
    """Best time to refuse ``path``; the refusal must say ``expected``."""
    from planner.errors import PlannerError
    from planner.services import nominations as N

    def refuse() -> None:
        try:
            N.read_table(path)
        except PlannerError as e:
            if expected not in e.message:
                raise RuntimeError(f"{path.name} refused otherwise: {e.message}") from e
        else:
            raise RuntimeError(f"{path.name} was not refused")

    return best(refuse)


def refusals(work: Path) -> list[Row]:
    log("hostile files: a 50 MB CSV, two zip bombs ...")
    huge = work / "huge.csv"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1000 * 1000)  # sparse: instant, takes no disk
    return [
        ("nominations: a 50 MB CSV refused", refusal_time(huge, "at most 20 MB") * 1000,
         "ms", "< 200"),
        ("nominations: a zip bomb (200 MB unpacked) refused",
         refusal_time(zip_bomb(work / "bomb.xlsx", 200), "would unpack to 200 MB") * 1000,
         "ms", "< 200"),
        ("nominations: a zip bomb (30 MB, ratio) refused",
         refusal_time(zip_bomb(work / "ratio.xlsx", 30), "compressed") * 1000, "ms", "< 200"),
    ]  # fmt: skip


def best(fn: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return min(times)


def run() -> list[Row]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from planner.services import nominations as N
    from planner.services.demo import create_demo
    from planner.store import open_database, unit_of_work

    work = Path(tempfile.mkdtemp(prefix="planner-bench-nominations-"))
    try:
        log("demo plan and a 5,000-row list ...")
        demo = work / "demo.sqlite"
        create_demo(demo)
        listing = work / "nominations.csv"
        table = write_list(listing)
        workbook = work / "nominations.xlsx"
        write_xlsx(workbook, table)

        read_csv = best(lambda: N.read_table(listing))
        read_xlsx = best(lambda: N.read_table(workbook))

        timings: list[tuple[float, float, float, float]] = []
        for run_no in range(RUNS):
            db_path = work / f"run{run_no}.sqlite"
            shutil.copyfile(demo, db_path)
            with open_database(db_path) as db:
                gc.collect()
                started = time.perf_counter()
                t = N.read_table(listing)
                read = time.perf_counter()
                with unit_of_work(db) as s:
                    plan_id = s.connection().exec_driver_sql("SELECT id FROM plan").scalar_one()
                    activity_id = (
                        s.connection()
                        .exec_driver_sql("SELECT id FROM activity ORDER BY id LIMIT 1")
                        .scalar_one()
                    )
                    preview = N.check_rows(s, plan_id, t, N.guess_mapping(t.headers), activity_id)
                    checked = time.perf_counter()
                    if preview.problems:
                        raise RuntimeError(
                            f"the generated list has problems: {preview.problems[:3]}"
                        )
                    result = N.import_rows(s, plan_id, preview, activity_id)
                done = time.perf_counter()  # committed
                if len(result.created) != ROWS or len(result.enrolments) != ROWS:
                    raise RuntimeError(f"imported {result.summary()}")
            timings.append((done - started, read - started, checked - read, done - checked))
        whole, read, check, write = min(timings)
        similar = len(preview.similar)
        refused = refusals(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        (f"nominations: read + check + import {ROWS:,} rows (CSV)", whole, "s", "< 2"),
        ("nominations:   of which read the CSV", read, "s", ""),
        ("nominations:   of which check (rules, look-alikes)", check, "s", ""),
        ("nominations:   of which write and commit", write, "s", ""),
        (f"nominations: similar-person warnings found ({similar})", similar, "", ""),
        (f"nominations: read_table alone, {ROWS:,}-row CSV", read_csv, "s", ""),
        (f"nominations: read_table alone, {ROWS:,}-row XLSX", read_xlsx, "s", ""),
        *refused,
    ]


def main() -> int:
    for name, value, unit, target in run():
        print(f"{name}\t{value}\t{unit}\t{target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
