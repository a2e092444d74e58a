"""The row table model on its own: filtering, sorting, 100,000 rows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from planner.ui.models.rows import ID_ROLE, Column, RowTableModel, make_row


def model_with(n: int) -> RowTableModel:
    model = RowTableModel([Column("Code"), Column("Title"), Column("Seats", numeric=True)])
    model.set_rows(
        [
            make_row(
                i,
                [f"A-{i:06d}", f"Course {'Khmer សុខ' if i % 3 == 0 else 'Thai สมชาย'}", str(i % 50)],
                [f"A-{i:06d}", "t", i % 50],
                kind="course" if i % 2 else "sym",
            )
            for i in range(n)
        ]
    )
    return model


def test_search_is_case_insensitive_and_needs_every_word(qtbot: object) -> None:
    model = model_with(30)
    model.set_filter("khmer A-00001")
    assert [model.row_at(r).id for r in range(model.rowCount())] == [12, 15, 18]
    model.set_filter("សុខ")
    assert model.rowCount() == 10
    model.set_filter("", lambda r: r.data["kind"] == "course")
    assert model.rowCount() == 15
    model.set_filter("")
    assert model.rowCount() == 30


def test_sorting_by_value_not_text(qtbot: object) -> None:
    model = model_with(120)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    seats = [model.data(model.index(r, 2), Qt.ItemDataRole.DisplayRole) for r in range(5)]
    assert seats == ["49", "49", "48", "48", "47"]
    assert model.data(model.index(0, 0), ID_ROLE) == 49  # stable: ties keep their order
    # sorting survives a new filter
    model.set_filter("thai")
    assert model.data(model.index(0, 2), Qt.ItemDataRole.DisplayRole) == "49"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )


def test_a_hundred_thousand_rows_filter_without_asking_qt(qtbot: object) -> None:
    model = model_with(100_000)
    model.set_filter("A-09999")
    assert model.rowCount() == 10  # A-099990 .. A-099999
    assert model.view_row_of(99_995) is not None
    assert model.view_row_of(5) is None


def test_a_selection_follows_its_row_when_sorted(qtbot: object) -> None:
    from PySide6.QtCore import QItemSelectionModel

    model = model_with(10)
    selection = QItemSelectionModel(model)
    selection.select(model.index(3, 0), QItemSelectionModel.SelectionFlag.Select)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    (picked,) = selection.selectedIndexes()
    assert model.data(picked, ID_ROLE) == 3
    assert picked.row() == 6


def _shown(model: RowTableModel) -> list[int]:
    return [model.row_at(r).id for r in range(model.rowCount())]


def test_typing_narrows_to_exactly_the_rows_a_fresh_search_finds(qtbot: object) -> None:
    """Each keystroke (adding, deleting, a second word, a word that widens, a
    filter on and off) shows the same rows, in the same sorted order, as the same
    search typed into a fresh model."""
    typed = model_with(600)
    typed.sort(2, Qt.SortOrder.DescendingOrder)
    steps = [
        "k", "kh", "khm", "khmer", "khmer ", "khmer a", "khmer a-0001", "khmer a-00012",
        "khmer a-0001", "khmer", "hmer", "thai", "thai 4", "4 thai", "a-00 a-000",
        "a-000 a-00", "សុ", "សុខ", "",
    ]  # fmt: skip
    for step in steps:
        typed.set_filter(step)
        fresh = model_with(600)
        fresh.sort(2, Qt.SortOrder.DescendingOrder)
        fresh.set_filter(step)
        assert _shown(typed) == _shown(fresh), step
    assert len(_shown(typed)) == 600
    typed.set_filter("khmer")
    assert len(_shown(typed)) == 200
    # a filter narrows; the next keystroke must look at every row again once it is gone
    typed.set_filter("khmer", lambda r: r.data["kind"] == "course")
    assert len(_shown(typed)) == 100
    typed.set_filter("khmer a")
    assert len(_shown(typed)) == 200
