"""The stock-take of the safe and the archive settings, driven as the record keeper and the
administrator would."""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from app.ui.archive_room import ArchiveRoom
from app.ui.archive_settings import ArchiveSettingsDialog
from app.ui.stocktake import FOUND, NOTE
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    button, click, column_texts, messages, modals, show, type_text,
)
from tests.support.pdf import pdf_text


@pytest.fixture
def safe(office, admin, keeper):
    c = office.customers.create(admin, {"name": "陈静", "phone": "13800004444"})
    f = office.archive.register_file(keeper, {"archive_no": "鸿借字第001号", "customer_id": c.id, "title": "陈静档案",
                                              "category": "contract", "items": [{"name": "借款合同", "pages": 3}]})
    return [office.archive.register_certificate(keeper, f.id, {"kind": k, "cert_no": no, "holder": "陈静",
                                                               "quantity": 1, "safe_no": "1", "position": pos})
            for k, no, pos in (("property", "CERT-A", "上层1号格"), ("other_rights", "CERT-B", "上层2号格"))]


def page_of(qtbot, office, session):
    room = show(qtbot, ArchiveRoom(office, session))
    room.show_tab("stocktake")
    return room, room.stocktake


def test_start_tick_save_and_finish_a_stocktake(qtbot, office, keeper, safe, modals, messages, monkeypatch,
                                                tmp_path):
    room, page = page_of(qtbot, office, keeper)

    def start(dlg):
        assert dlg.taken_by.text() == "archivist user"
        type_text(qtbot, dlg.witness, "孙经理")
        click(qtbot, button(dlg, "Start"))
    modals.expect(start)
    click(qtbot, button(page, "Start a stock-take…"))
    modals.check()
    assert page.lines.rowCount() == 2
    assert not button(page, "Start a stock-take…").isEnabled()      # one at a time

    # the first certificate is there: Space ticks it
    page.lines.setFocus()
    page.lines.setCurrentCell(0, 1)
    QTest.keyClick(page.lines, Qt.Key.Key_Space)
    assert page.lines.item(0, FOUND).checkState() == Qt.CheckState.Checked
    assert "found 1" in page.summary.text() and "not found 1" in page.summary.text()

    # finishing with the second one unexplained is refused and nothing is finished
    messages.answers.append(True)
    click(qtbot, button(page, "Finish…"))
    assert messages.errors and "CERT-B" in messages.errors[-1]
    st = office.stocktakes.list(keeper)[0]
    assert st.status == "open" and st.lines[0]["found"] is True        # the ticks were saved

    page.lines.setCurrentCell(1, NOTE)
    page.lines.item(1, NOTE).setText("借给法务部未登记，待查")
    type_text(qtbot, page.extras, "未登记的动产抵押登记通知书一份")
    messages.answers.append(True)
    click(qtbot, button(page, "Finish…"))
    st = office.stocktakes.list(keeper)[0]
    assert st.status == "done" and st.lines[1]["note"].startswith("借给法务部")
    assert st.extras == [{"description": "未登记的动产抵押登记通知书一份", "note": ""}]
    assert column_texts(page.view, 3) == ["Finished"]
    assert not button(page, "Save").isEnabled()
    assert not (page.lines.item(0, FOUND).flags() & Qt.ItemFlag.ItemIsUserCheckable)

    # and the report is printed for signature
    target = tmp_path / "stocktake.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, button(page, "Stock-take report (PDF)…"))
    text = pdf_text(target)
    assert "CERT-B" in text and "NOTFOUND" in text


def test_a_viewer_sees_stocktakes_read_only(qtbot, office, keeper, safe, make_user):
    office.stocktakes.start(keeper, "钱档案")
    viewer = make_user("viewer")
    _room, page = page_of(qtbot, office, viewer)
    assert page.lines.rowCount() == 2
    for text in ("Start a stock-take…", "Save", "Finish…"):
        assert not button(page, text).isEnabled(), text
    assert button(page, "Stock-take report (PDF)…").isEnabled()


def test_closing_the_room_asks_to_keep_unsaved_ticks(qtbot, office, keeper, safe, messages):
    office.stocktakes.start(keeper, "钱档案")
    room, page = page_of(qtbot, office, keeper)
    page.lines.item(0, FOUND).setCheckState(Qt.CheckState.Checked)
    messages.answers.append(True)
    room.close()
    assert office.stocktakes.list(keeper)[0].lines[0]["found"] is True


def test_archive_settings_refuse_a_bad_pattern_and_save_a_good_one(qtbot, office, admin, modals):
    dlg = ArchiveSettingsDialog(office, admin)
    qtbot.addWidget(dlg)
    dlg.pattern.selectAll()
    type_text(qtbot, dlg.pattern, "鸿借字第号")
    assert "{n}" in dlg.example.text()
    click(qtbot, button(dlg, "Save"))
    assert dlg.error.text().startswith("Archive number pattern:")
    assert office.archive.next_number() == "鸿借字第001号"
    dlg.pattern.selectAll()
    type_text(qtbot, dlg.pattern, "DA-{n:04d}")
    assert "DA-0001" in dlg.example.text()
    dlg.review.setValue(5)
    dlg.positions.selectAll()
    type_text(qtbot, dlg.positions, "董事长、总经理")
    click(qtbot, button(dlg, "Save"))
    s = office.archive.settings()
    assert (s.number_pattern, s.review_days, s.direct_positions) == ("DA-{n:04d}", 5, ["董事长", "总经理"])
    assert office.archive.next_number() == "DA-0001"
