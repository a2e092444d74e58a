"""The command line speaks the user's language (LANG, LC_MESSAGES, LANGUAGE): the same
refusal in Chinese under LANG=zh_CN.UTF-8, with the same exit status as in English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "tests" / "data" / "small-plan.json"
HAN = "\u4e00-\u9fff"


def planner(lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lang") / "plans.sqlite"
    done = planner("C.UTF-8", "import", str(SMALL), "--db", str(path))
    assert done.returncode == 0, done.stderr
    return path


def cases(db: Path, tmp: Path) -> list[tuple[list[str], int, str, str]]:
    """(arguments, exit status, English words, Chinese words) of common refusals."""
    text = tmp / "notes.txt"
    text.write_text("not a database\n")
    out = str(tmp / "out.pdf")
    return [
        (
            ["report", "budget", "--db", str(tmp / "none.sqlite"), "-o", out],
            1,
            "there is no planner database at",
            "处没有计划数据库",
        ),
        (
            ["report", "budget", "--db", str(text), "-o", out],
            1,
            "is not a planner database",
            "不是计划数据库",
        ),
        (
            ["report", "budget", "--db", str(db), "--plan", "99", "-o", out],
            1,
            "there is no plan named or numbered '99'",
            "没有名称或编号为 '99' 的计划",
        ),
        (
            ["report", "budget", "--db", str(db), "--as-of", "2027-13-01", "-o", out],
            2,
            "argument --as-of: '2027-13-01' is not a date (YYYY-MM-DD)",
            "参数 --as-of：'2027-13-01' 不是日期（YYYY-MM-DD）",
        ),
        (
            ["import", str(SMALL), "--db", str(db)],
            1,
            "is already in the database; use --replace to replace it",
            "如需替换，请使用 --replace",
        ),
        (
            ["report", "budget", "--db", str(db), "-o", str(tmp / "out.docx")],
            2,
            "cannot tell the format from 'out.docx'; give --format",
            "无法从 'out.docx' 判断格式；请指定 --format",
        ),
    ]


def test_a_refusal_is_told_in_chinese_with_the_same_exit_status(db: Path, tmp_path: Path) -> None:
    for args, status, english, chinese in cases(db, tmp_path):
        en = planner("C.UTF-8", *args)
        zh = planner("zh_CN.UTF-8", *args)
        assert (en.returncode, zh.returncode) == (status, status), args
        assert english in en.stderr, en.stderr
        assert chinese in zh.stderr, zh.stderr
        assert english not in zh.stderr and "Traceback" not in zh.stderr
        # one line, "planner: " first, as scripts read it (after argparse's usage lines)
        last = zh.stderr.strip().splitlines()[-1]
        assert last.startswith("planner: ") and any(HAN[0] <= c <= HAN[-1] for c in last)


def test_finance_and_copy_refusals_are_told_in_chinese_too(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(db.read_bytes())
    checks = [
        (
            ["baseline", "freeze", "--db", str(db), "--year", "2040", "--name", "late"],
            "year: 2040 is outside the plan's years 2027-2031",
            "year: 2040 不在计划年度 2027-2031 之内",
        ),
        (
            ["payments", "import", "--db", str(db), str(bad)],
            "bad.csv has no column activity, category, currency, date, amount; a payments file",
            "bad.csv 缺少列 activity, category, currency, date, amount；付款文件应有以下列",
        ),
        (
            ["copy", "--from", str(db), "--to", str(taken)],
            "already exists; 'planner copy' writes only a new file or an empty server database",
            "已存在；'planner copy' 只写入新文件或空的服务器数据库",
        ),
    ]
    for args, english, chinese in checks:
        en = planner("C.UTF-8", *args)
        zh = planner("zh_CN.UTF-8", *args)
        assert (en.returncode, zh.returncode) == (1, 1), args
        assert english in en.stderr, en.stderr
        assert chinese in zh.stderr, zh.stderr
        assert english not in zh.stderr and "Traceback" not in zh.stderr
        last = zh.stderr.strip().splitlines()[-1]
        assert last.startswith("planner: ") and any(HAN[0] <= c <= HAN[-1] for c in last)


def test_a_success_line_is_told_in_chinese(db: Path, tmp_path: Path) -> None:
    # the small plan has one budget line in 2027; each language freezes its own baseline
    en = planner("C.UTF-8", "baseline", "freeze", "--db", str(db), "--year", "2027", "--name", "en")
    zh = planner(
        "zh_CN.UTF-8", "baseline", "freeze", "--db", str(db), "--year", "2027", "--name", "zh"
    )
    assert (en.returncode, zh.returncode) == (0, 0), zh.stderr
    assert en.stdout.strip() == "froze 1 budget line of 2027 as baseline en"
    assert zh.stdout.strip() == "已将 2027 年的 1 条预算明细冻结为基线 zh"
    copied = planner("zh_CN.UTF-8", "copy", "--from", str(db), "--to", str(tmp_path / "new.sqlite"))
    assert copied.returncode == 0, copied.stderr
    assert copied.stdout.startswith("已将 ") and "个表中的" in copied.stdout
