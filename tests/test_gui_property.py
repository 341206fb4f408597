"""The property desk as the front desk uses it: the floor view, a unit's dossier, move-in, move-out
and the next tenant, finding a unit however it is typed or scanned, keys and folder labels."""
from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLabel, QToolButton

from app.ui.main_window import MainWindow
from app.ui.property import PropertyWindow
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    save_to,
    button, choose, click, click_row, column_texts, find, messages, modals, retype, show, type_text,
)
from tests.support.pdf import pdf_text


@pytest.fixture
def clerk(make_user):
    return make_user("clerk")


@pytest.fixture
def tower(office, clerk):
    """Building 3: twenty floors, one entrance, four units per floor."""
    b = office.property.save_building(clerk, {"code": "3", "name": "3栋", "floors": 20})
    for f in range(1, 21):
        for r in range(1, 5):
            office.property.save_unit(clerk, b.id, {"number": f"3-1-{f}{r:02d}", "area": "89.5"})
    return b




def unit_id(office, number):
    return office.db.scalar("SELECT id FROM units WHERE number = ?", (number,))


def tile(window, number) -> QToolButton:
    return find(window.floor_view, QToolButton, f"unit_{number}")


def test_the_floor_view_of_a_twenty_floor_building_opens_the_right_dossier(qtbot, office, clerk, tower):
    window = show(qtbot, PropertyWindow(office, clerk))
    heads = [w.text() for w in window.floor_view.widget().findChildren(QLabel) if w.objectName().startswith("floor_")]
    assert heads == [f"{f}F" for f in range(20, 0, -1)]
    assert len(window.floor_view.tiles) == 80
    assert tile(window, "3-1-1503").text().startswith("1-1503\n")
    click(qtbot, tile(window, "3-1-1503"))
    dossier = window.dossiers[unit_id(office, "3-1-1503")]
    assert dossier.isVisible() and dossier.heading.text().startswith("3-1-1503")


def move_in_as(qtbot, who: str, papers=("registration",), water="100", power="2000"):
    def handler(dlg):
        type_text(qtbot, dlg.customer.text, who)
        assert dlg.customer.choice.currentText().endswith(who)
        for key in papers:
            box = dlg.papers[key]
            box.setFocus()
            QTest.keyClick(box, Qt.Key.Key_Space)
        type_text(qtbot, dlg.readings.water, water)
        type_text(qtbot, dlg.readings.electricity, power)
        type_text(qtbot, dlg.readings.customer_signed, who)
        click(qtbot, button(dlg, "Move in"))
    return handler


def test_move_in_move_out_and_the_next_tenant(qtbot, office, clerk, tower, modals, messages):
    zhang = office.customers.create(clerk, {"name": "张伟", "phone": "13900000001"})
    li = office.customers.create(clerk, {"name": "李娜", "phone": "13900000002"})
    office.entries.create(clerk, zhang.id, "payment", {"category": "fee", "item": "物业费", "date": "2026-01-05",
                                                       "amount": "300", "status": "unpaid"})
    window = show(qtbot, PropertyWindow(office, clerk))
    click(qtbot, tile(window, "3-1-1201"))
    dossier = window.dossiers[unit_id(office, "3-1-1201")]

    modals.expect(move_in_as(qtbot, "张伟", papers=("registration", "contract")))
    click(qtbot, find(dossier, type(button(dossier, "Move in…")), "moveIn"))
    modals.check()
    assert messages.errors == []
    assert dossier.occupancies.rowCount() == 1 and dossier.occupancies.item(0, 0).text() == f"{zhang.code} 张伟"
    assert "Occupied" in dossier.heading.text()
    assert tile(window, "3-1-1201").text() == "1-1201\n张伟"
    occ = office.property.occupancies.where()[0]
    assert occ.move_in["papers"] == ["registration", "contract"] and occ.move_in["water"] == "100"

    # Move-out: a lower meter reading is refused in the form, then the unpaid fee is shown and accepted.
    def move_out(dlg):
        assert "100" in dlg.findChild(QLabel, "moveInReadings").text()
        type_text(qtbot, dlg.readings.water, "90")
        type_text(qtbot, dlg.readings.electricity, "2500")
        click(qtbot, button(dlg, "Move out"))
        assert dlg.isVisible() and "lower than at move-in" in dlg.error.text()
        assert dlg.focusWidget() is dlg.readings.water
        retype(qtbot, dlg.readings.water, "130")
        messages.answers.append(True)
        click(qtbot, button(dlg, "Move out"))
    dossier.occupancies.selectRow(0)
    modals.expect(move_out)
    click(qtbot, find(dossier, type(button(dossier, "Move out…")), "moveOut"))
    modals.check()
    assert "物业费" in messages.questions[0]
    assert office.customers.get(clerk, zhang.id).status == "moved_out"
    assert "Vacant" in dossier.heading.text() and tile(window, "3-1-1201").text() == "1-1201\nVacant"
    assert not find(dossier, type(button(dossier, "Move in…")), "moveOut").isEnabled()

    # The next tenant moves in; the earlier one stays in the unit's dossier.
    modals.expect(move_in_as(qtbot, "李娜", water="130", power="2500"))
    click(qtbot, find(dossier, type(button(dossier, "Move in…")), "moveIn"))
    modals.check()
    rows = [(dossier.occupancies.item(r, 0).text(), dossier.occupancies.item(r, 3).text())
            for r in range(dossier.occupancies.rowCount())]
    today = _dt.date.today().isoformat()
    assert rows == [(f"{li.code} 李娜", "(current)"), (f"{zhang.code} 张伟", today)]
    assert tile(window, "3-1-1201").text() == "1-1201\n李娜"
    assert messages.errors == []


def test_a_unit_is_found_however_its_number_is_typed(qtbot, office, clerk, tower):
    window = show(qtbot, PropertyWindow(office, clerk))
    for text in ("3栋1单元1503", "3-1-1503"):
        type_text(qtbot, window.search, text)
        QTest.keyClick(window.search, Qt.Key.Key_Return)
        assert unit_id(office, "3-1-1503") in window.dossiers, text
        window.dossiers.pop(unit_id(office, "3-1-1503")).close()
    window.search.clear()
    type_text(qtbot, window.search, "3-1")  # the entrance: every unit in it is listed
    QTest.keyClick(window.search, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.units_page
    numbers = column_texts(window.units_page.view, 0)
    assert len(numbers) == 80 and numbers[:3] == ["3-1-101", "3-1-102", "3-1-103"]
    assert "80 units match 3-1." in window.units_page.status.text()


def test_a_scanned_label_code_in_the_customer_search_opens_the_unit(qtbot, office, clerk, tower):
    window = show(qtbot, MainWindow(office, clerk))
    uid = unit_id(office, "3-1-702")
    type_text(qtbot, window.customer_list.search, f"KD-U-{uid}")
    QTest.keyClick(window.customer_list.search, Qt.Key.Key_Return)
    assert window.property_window.dossiers[uid].heading.text().startswith("3-1-702")
    assert window.customer_list.search.text() == ""


def test_keys_are_kept_lent_and_back_in_the_cabinet(qtbot, office, clerk, tower, modals, messages):
    window = show(qtbot, PropertyWindow(office, clerk))
    click(qtbot, tile(window, "3-1-101"))
    dossier = window.dossiers[unit_id(office, "3-1-101")]

    def keep(dlg):
        retype(qtbot, dlg.description, "入户门钥匙")
        type_text(qtbot, dlg.position, "K-07")
        click(qtbot, button(dlg, "Save"))
    modals.expect(keep)
    click(qtbot, button(dossier, "Keep a key…"))
    modals.check()
    assert dossier.keys.item(0, 0).text() == "入户门钥匙"

    page = window.show_tab("keys")
    page.refresh()
    click_row(qtbot, page.view, 0)

    def lend(dlg):
        type_text(qtbot, dlg.lent_to, "维修工老李")
        type_text(qtbot, dlg.purpose, "修水管")
        click(qtbot, button(dlg, "Lend"))
    modals.expect(lend)
    click(qtbot, button(page, "Lend…"))
    modals.check()
    assert column_texts(page.view, 4) == ["Lent out"] and column_texts(page.view, 5) == ["维修工老李"]
    assert not button(page, "Lend…").isEnabled()
    modals.expect(lambda dlg: click(qtbot, button(dlg, "OK")))
    click(qtbot, button(page, "Back in the cabinet…"))
    modals.check()
    assert column_texts(page.view, 4) == ["In the key cabinet"]
    assert messages.errors == []


def test_labels_that_no_longer_match_are_listed_and_printed(qtbot, office, clerk, tower, save_to, messages):
    zhang = office.customers.create(clerk, {"name": "张伟", "phone": "13900000001"})
    uid = unit_id(office, "3-1-101")
    office.property.record_printed(clerk, office.property.label_states(clerk, "unit", [uid]))
    office.property.move_in(clerk, uid, zhang.id, "tenant", "2026-01-01")
    window = show(qtbot, PropertyWindow(office, clerk))
    page = window.show_tab("labels")
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["3-1-101"]
    assert page.table.item(0, 1).text() == "张伟" and page.table.item(0, 3).text() == "To reprint"
    click(qtbot, button(page, "Select all"))
    path = save_to("labels.pdf")
    click(qtbot, button(page, "Print labels (PDF)…"))
    text = pdf_text(path)
    assert "3-1-101" in text and "张伟" in text and f"KD-U-{uid}" in text
    assert page.table.rowCount() == 0
    assert "label.print" in [r[0] for r in office.db.query("SELECT action FROM audit_events")]


def test_the_customer_search_understands_unit_numbers_written_the_chinese_way(qtbot, office, clerk, tower):
    zhang = office.customers.create(clerk, {"name": "张伟", "phone": "13900000001"})
    office.property.move_in(clerk, unit_id(office, "3-1-1201"), zhang.id, "tenant", "2026-01-01")
    window = show(qtbot, MainWindow(office, clerk))
    type_text(qtbot, window.customer_list.search, "3栋1单元1201")
    window.customer_list.apply_filter()
    assert window.customer_list.model.rowCount() == 1
    assert window.customer_list.model.customer_id(0) == zhang.id


def test_units_imported_from_excel_show_in_the_floor_view(qtbot, office, clerk, monkeypatch, tmp_path, messages):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["楼栋", "房号", "面积", "用途"])
    for r in ("101", "102", "201"):
        ws.append(["8", f"8-1-{r}", 90, "住宅"])
    path = tmp_path / "units.xlsx"
    wb.save(path)
    window = show(qtbot, PropertyWindow(office, clerk))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    click(qtbot, button(window, "Import units from Excel…"))
    assert messages.infos == ["3 units imported."]
    assert window.building.currentText() == "8"
    assert sorted(window.floor_view.tiles) == ["8-1-101", "8-1-102", "8-1-201"]

    ws.append(["8", "8-1-101", 90, "住宅"])  # already there: nothing of the second file is imported
    ws.append(["8", "8-1-301", "九十", "住宅"])
    wb.save(path)
    click(qtbot, button(window, "Import units from Excel…"))
    assert messages.errors[0].startswith("Nothing was imported: 5 problems.")
    assert "Row 6, 面积 \"九十\": is not a number" in messages.errors[0]
    assert office.property.units.count() == 3


def test_an_overdue_key_on_the_today_panel_opens_the_keys_ledger_at_that_key(qtbot, office, clerk, tower):
    uid = unit_id(office, "3-1-101")
    k = office.property.register_key(clerk, uid, {"description": "入户门钥匙", "received_on": "2026-01-01"})
    office.property.lend_key(clerk, k.id, "维修工老李", "修水管", "2026-01-05", "2026-01-06")
    window = show(qtbot, MainWindow(office, clerk))
    (item,) = [d for d in office.due_items(clerk) if d.source == "key"]
    window.open_due_item(item)
    page = window.property_window.keys_page
    assert window.property_window.tabs.currentWidget() is page
    assert page.current().id == k.id and page.model.red(page.current())


def test_the_customer_dossier_names_the_units_current_and_past(qtbot, office, clerk, tower):
    from app.ui.dossier import DossierWindow

    zhang = office.customers.create(clerk, {"name": "张伟", "phone": "13900000001"})
    occ = office.property.move_in(clerk, unit_id(office, "3-1-101"), zhang.id, "tenant", "2025-01-01")
    office.property.move_out(clerk, occ.id, "2025-12-31")
    li = office.customers.create(clerk, {"name": "李娜", "phone": "13900000002"})
    office.property.move_in(clerk, unit_id(office, "3-1-202"), li.id, "owner", "2026-01-01")
    window = show(qtbot, DossierWindow(office, clerk, zhang.id))
    assert window.basic.units.text() == "Units: 3-1-101 (Tenant, 2025-01-01 to 2025-12-31)"
    other = show(qtbot, DossierWindow(office, clerk, li.id))
    assert other.basic.units.text() == "Units: 3-1-202 (Owner, 2026-01-01 to now)"
    nobody = show(qtbot, DossierWindow(office, clerk, office.customers.create(
        clerk, {"name": "王芳", "phone": "13900000003"}).id))
    assert nobody.basic.units.isHidden()
