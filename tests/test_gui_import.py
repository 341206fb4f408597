"""The import wizard as a clerk uses it: a workbook with mistakes is refused with its problems listed (and
saved as Excel); the corrected one imports, with the duplicate on file updated as chosen."""
from __future__ import annotations

from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QFileDialog, QWizard

from app.ui.main_window import MainWindow
from app.validation import id_check_char
from tests.gui_helpers import button, choose, click, events_exactly, messages, modals, show  # noqa: F401

ID1 = "11010519491231002" + id_check_char("11010519491231002")


def workbook(path, rows, title_row=("姓名", "手机", "身份证号", "住址", "备注")):
    wb = Workbook()
    ws = wb.active
    ws.title = "客户"
    ws.append(["鸿运物业客户登记表"])            # a title above the header row, as offices make them
    ws.append(list(title_row))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def next_page(qtbot, wizard):
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def test_a_bad_file_lists_its_problems_and_a_good_one_imports(qtbot, office, admin, make_user, tmp_path, monkeypatch,
                                                             modals, messages):
    manager = make_user("manager")
    office.customers.create(admin, {"name": "王芳", "phone": "13800001111"})
    bad = workbook(tmp_path / "bad.xlsx", [("张伟", 13900000001, ID1, "福州", ""),
                                          ("", 13900000002, "", "厦门", "没有名字"),
                                          ("李娜", "1390000", "", "", "")])
    good = workbook(tmp_path / "good.xlsx", [("张伟", 13900000001, ID1, "福州", ""),
                                            ("王芳", 13800001111, "", "鼓楼区", "老客户"),
                                            ("李娜", 13900000003, "", "", "")])
    problems = tmp_path / "problems.xlsx"
    chosen = {"open": str(bad)}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (chosen["open"], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(problems), "")))
    window = show(qtbot, MainWindow(office, manager))
    seen = {}

    def run(wizard):
        click(qtbot, button(wizard, "Choose file…"))
        next_page(qtbot, wizard)
        assert wizard.sheet_page.header.value() == 2          # the title line above is not the header
        next_page(qtbot, wizard)
        page = wizard.mapping_page
        assert [c.currentText() for c in page.combos][:3] == ["Name", "Phone", "ID number / credit code"]
        next_page(qtbot, wizard)
        check = wizard.check_page
        seen["problems"] = [(check.problems.item(r, 0).text(), check.problems.item(r, 1).text())
                            for r in range(check.problems.rowCount())]
        seen["finish"] = wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        click(qtbot, button(wizard, "Save the problems as Excel…"))
        # correct the file and check it again
        chosen["open"] = str(good)
        for _ in range(3):
            click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
        click(qtbot, button(wizard, "Choose file…"))
        next_page(qtbot, wizard)
        next_page(qtbot, wizard)
        next_page(qtbot, wizard)
        assert check.problems.isHidden() and not check.duplicates.isHidden()
        choose(check.choice_combos[4], "Update the customer on file")
        seen["summary"] = check.summary.text()
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    modals.expect(run)
    window.import_action.trigger()
    modals.check()
    assert seen["problems"] == [("4", "姓名"), ("5", "手机")] and not seen["finish"]
    sheet = load_workbook(problems).active
    assert any(row[0] == 4 for row in sheet.iter_rows(values_only=True))
    assert "adds 2, updates 1 and skips 0" in seen["summary"]
    assert messages.errors == []
    assert messages.infos[-1] == "Imported from good.xlsx: 2 added, 1 updated, 0 skipped."
    names = {c[0]: c[1] for c in office.db.query("SELECT name, note FROM customers")}
    assert set(names) == {"王芳", "张伟", "李娜"} and names["王芳"] == "老客户"
    assert office.customers.get(admin, office.db.scalar("SELECT id FROM customers WHERE name='张伟'")).id_number == ID1
    (event,) = events_exactly(office, "customer.import")
    assert "good.xlsx" in event.payload and str(tmp_path) not in event.payload
    assert window.customer_list.model.rowCount() == 3
