"""Exports a clerk starts from the main window and the administrator from the audit log."""
from __future__ import annotations

from openpyxl import load_workbook

from app.ui.admin import AuditDialog
from app.validation import id_check_char
from app.ui.main_window import MainWindow
from tests.gui_helpers import (  # noqa: F401  (fixtures)
    save_to,
    button, click, events_exactly, messages, modals, show, type_text,
)
from tests.support.pdf import pdf_text

ID1 = "11010519491231002" + id_check_char("11010519491231002")
ID2 = "11010519500101003" + id_check_char("11010519500101003")




def rows_of(path):
    return [r for r in load_workbook(path).active.iter_rows(values_only=True) if r and str(r[0]).startswith("KH")]


def test_the_customer_list_exports_what_the_filter_shows_with_ids_masked(qtbot, office, admin, make_user, save_to,
                                                                        messages):
    for n, name in enumerate(("张伟", "张敏", "李娜"), start=1):
        office.customers.create(admin, {"name": name, "phone": f"1380000{n:04d}",
                                        "id_number": (ID1, ID2, "")[n - 1]})
    clerk = make_user("clerk")
    window = show(qtbot, MainWindow(office, clerk))
    type_text(qtbot, window.customer_list.search, "张")
    window.customer_list.apply_filter()
    path = save_to("customers.xlsx")
    messages.answers.append(False)                                  # no full ID numbers
    window.findChild(type(window.new_action), "exportCustomers_xlsx").trigger()
    rows = rows_of(path)
    assert [r[1] for r in rows] == ["张伟", "张敏"]
    assert rows[0][5] == ID1[:6] + "********" + ID1[-4:]
    (event,) = events_exactly(office, "report.export")
    assert '"rows": 2' in event.payload

    path = save_to("full.xlsx")
    messages.answers.append(True)
    window.findChild(type(window.new_action), "exportCustomers_xlsx").trigger()
    assert rows_of(path)[0][5] == ID1


def test_a_viewer_is_not_asked_and_gets_masked_numbers(qtbot, office, admin, make_user, save_to, messages):
    office.customers.create(admin, {"name": "王强", "phone": "13800009999", "id_number": ID1})
    viewer = make_user("viewer")
    window = show(qtbot, MainWindow(office, viewer))
    path = save_to("customers.xlsx")
    window.findChild(type(window.new_action), "exportCustomers_xlsx").trigger()
    assert messages.questions == []
    (row,) = rows_of(path)
    assert "*" in row[5] and "*" in row[4]                        # ID and phone masked for a viewer


def test_the_audit_log_exports_the_chosen_period(qtbot, office, admin, save_to):
    dialog = AuditDialog(office, admin)
    qtbot.addWidget(dialog)
    path = save_to("audit.xlsx")
    click(qtbot, button(dialog, "Export period (Excel)…"))
    values = [c for r in load_workbook(path).active.iter_rows(values_only=True) for c in r if c]
    assert "database created" in values and "Audit log" in values


def test_the_dossier_and_the_customers_own_copy_print_every_tab(qtbot, office, admin, save_to):


    from app.ui.dossier import DossierWindow

    c = office.customers.create(admin, {"name": "赵敏", "phone": "13800002222", "id_number": ID1},
                                contacts=[{"role": "emergency", "name": "赵父", "phone": "13900001111"}])
    office.entries.create(admin, c.id, "repair", {"reported": "2026-01-05", "description": "厨房漏水", "status": "open"})
    window = show(qtbot, DossierWindow(office, admin, c.id))
    path = save_to("dossier.pdf")
    click(qtbot, window.print_button)
    text = pdf_text(path)
    assert all(x in text for x in ("赵敏", "赵父", "厨房漏水", "Repairs", "Emergencycontact", ID1))
    path = save_to("copy.pdf")
    click(qtbot, window.copy_button)
    text = pdf_text(path)
    assert "Copyofyourpersonalinformation" in text and "PersonalInformationProtectionLaw" in text
    titles = [e.summary for e in events_exactly(office, "report.export")]
    assert any(t.startswith(f"Dossier of {c.code}") for t in titles)
    assert any(t.startswith(f"Personal information of {c.code}") for t in titles)
