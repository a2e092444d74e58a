"""What the nomination import dialog shows of a checked file: the preview of its
first rows, the problems, the look-alikes, the seat warnings and the summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.services import nominations as N
from planner.services.nomination_files import FIELDS, ColumnMap
from planner.ui.dialogs import ERROR_STYLE
from planner.ui.models.rows import Column, Row, make_row

if TYPE_CHECKING:
    from planner.ui.nominations_dialog import NominationImportDialog

#: Rows of the file shown in the preview (all rows are checked).
PREVIEW_ROWS = 200


def show_preview(dialog: NominationImportDialog) -> None:
    """Lay out the file and its check (either may still be on its way)."""
    preview = dialog.preview
    mapping = dialog.mapping()
    fields = [f for f in FIELDS if mapping.get(f) is not None]
    dialog.preview_model.columns = [
        Column(dialog.tr("Line"), True),
        *(Column(dialog.labels[f].removesuffix(" *")) for f in fields),
        Column(dialog.tr("Check")),
    ]
    dialog.preview_model.set_rows(preview_rows(dialog, fields, mapping))
    dialog.preview_view.horizontalHeader().resizeSection(0, 50)
    widths = {"name": 190, "native_name": 170, "email": 210, "gender": 70, "ref": 70}
    for col, field in enumerate(fields, start=1):
        dialog.preview_view.horizontalHeader().resizeSection(col, widths.get(field, 120))
    dialog.problems_model.set_rows(
        [
            make_row(i, [str(p.line), p.column, p.message], [p.line, p.column, p.message])
            for i, p in enumerate(preview.problems if preview else [])
        ]
    )
    dialog.similar_model.set_rows(
        [
            make_row(i, [str(s.line), s.ref, s.reason], [s.line, s.ref, s.reason])
            for i, s in enumerate(preview.similar if preview else [])
        ]
    )
    warnings = preview.warnings if preview else []
    dialog.warnings.setText(
        "\n".join("⚠ " + w for w in warnings)
        if warnings
        else dialog.tr("No administration goes over its quota.")
    )
    n_problems = len(preview.problems) if preview else 0
    n_similar = len(preview.similar) if preview else 0
    dialog.tabs.setTabText(1, dialog.tr("Problems ({0})").format(n_problems))
    dialog.tabs.setTabText(2, dialog.tr("Look-alikes ({0})").format(n_similar))
    dialog.tabs.setTabText(3, dialog.tr("Seats ({0})").format(len(warnings)))
    if preview is not None:
        show_summary(dialog, preview, n_similar, warnings)


def preview_rows(
    dialog: NominationImportDialog, fields: list[str], mapping: ColumnMap
) -> list[Row]:
    """The first rows of the file, in the mapped columns, each with what its check
    says (a problem, already enrolled, in the directory, or new)."""
    table, preview = dialog.table, dialog.preview
    problems: dict[int, list[N.RowProblem]] = {}
    for p in preview.problems if preview else []:
        problems.setdefault(p.line, []).append(p)
    checked = {r.line: r for r in preview.rows} if preview else {}
    rows: list[Row] = []
    if table is not None:
        for line, cells in list(zip(table.lines, table.rows, strict=True))[:PREVIEW_ROWS]:
            values = [
                cells[c] if (c := mapping[f]) is not None and c < len(cells) else "" for f in fields
            ]
            found = problems.get(line)
            if found:
                check = dialog.tr("⚠ {0}").format("; ".join(str(p.message) for p in found))
            elif preview is None:
                check = ""
            elif line in checked and checked[line].existing_ref:
                row = checked[line]
                check = (
                    dialog.tr("already enrolled: {0}").format(row.existing_ref)
                    if row.enrolled
                    else dialog.tr("in the directory: {0}").format(row.existing_ref)
                )
            else:
                check = dialog.tr("new")
            rows.append(
                make_row(line, [str(line), *values, check], [line, *values, check], bad=found)
            )
    return rows


def show_summary(
    dialog: NominationImportDialog, preview: N.Preview, n_similar: int, warnings: list[str]
) -> None:
    """The line under the tabs: the problems to correct, or what an import would do."""
    n_problems = len(preview.problems)
    if preview.problems:
        lines = len({p.line for p in preview.problems})
        dialog.summary.setStyleSheet(ERROR_STYLE)
        where = (
            dialog.tr("1 problem on line {0}").format(preview.problems[0].line)
            if n_problems == 1
            else dialog.tr("{0} problems on {1} lines").format(n_problems, lines)
        )
        dialog.summary.setText(
            where
            + dialog.tr(
                ": correct the file (or the columns) and choose it again. "
                "Nothing is imported while there are problems."
            )
        )
        dialog.tabs.setCurrentIndex(1)
    else:
        existing = len(preview.rows) - preview.new_people
        text = dialog.tr("{0} rows are good: {1} new people, {2} already in the directory.")
        text = text.format(f"{len(preview.rows):,}", f"{preview.new_people:,}", existing)
        if n_similar:
            text += " " + dialog.tr("Some look like someone else: see Look-alikes ({0}).").format(
                n_similar
            )
        if warnings:
            text += " " + dialog.tr("Some administrations go over their quota: see Seats.")
        dialog.summary.setStyleSheet("")
        dialog.summary.setText(text)
