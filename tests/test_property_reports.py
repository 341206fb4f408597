"""The property desk's reports as a clerk opens them, the folder labels, and the demo estate."""
from __future__ import annotations

import datetime as _dt

from openpyxl import load_workbook

from app.demo import fill_demo
from app.reports import property_reports as pr
from app.reports import tables
from tests.support.pdf import pdf_text
from tests.test_property import clerk, estate, iso, people, readings  # noqa: F401 - fixtures


def _moved(office, clerk, estate, people):  # noqa: F811
    _b, units = estate
    occ = office.property.move_in(clerk, units["3-2-1201"].id, people["张伟"].id, "tenant", iso(-40),
                                  {"papers": ["registration"], **readings(day=iso(-40))})
    office.property.move_out(clerk, occ.id, iso(-3), readings(water="150", power="2500", day=iso(-3)))
    office.property.move_in(clerk, units["3-2-1201"].id, people["李娜"].id, "tenant", iso(-2))
    office.property.move_in(clerk, units["3-2-301"].id, people["王芳"].id, "owner", iso(-100))
    return units


def test_occupancy_and_vacant_lists_in_excel_and_pdf(office, clerk, estate, people, tmp_path):  # noqa: F811
    _moved(office, clerk, estate, people)
    report = pr.occupancy_list(office, clerk)
    path = tmp_path / "occ.xlsx"
    tables.write_xlsx(report, path)
    ws = load_workbook(path).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(i for i, r in enumerate(values) if "Unit number" in r)
    rows = {r[1]: r for r in values[header + 1:] if r[1]}
    assert rows["3-2-1201"][5] == "Occupied" and "李娜" in rows["3-2-1201"][6]
    assert rows["3-2-1202"][5] == "Vacant" and isinstance(rows["3-2-1201"][3], float)
    assert isinstance(rows["3-2-301"][8], _dt.datetime)
    text = pdf_text(tables.pdf_bytes(pr.occupancy_list(office, clerk, vacant_only=True)))
    assert "3-2-1202" in text and "3-2-1201" not in text


def test_moves_and_meter_readings_in_a_period(office, clerk, estate, people):  # noqa: F811
    _moved(office, clerk, estate, people)
    report = pr.moves_report(office, clerk, iso(-50), iso(0))
    assert [(r[1], r[3], r[4]) for r in report.rows] == [("Move-in", "3-2-1201", "张伟"), ("Move-out", "3-2-1201", "张伟"),
                                                         ("Move-in", "3-2-1201", "李娜")]
    meters = pr.meter_report(office, clerk, iso(-50), iso(0))
    assert [(r[3], r[4], r[5]) for r in meters.rows] == [("Move-in", "100", "2000"), ("Move-out", "150", "2500")]
    assert "陈前台" in pdf_text(tables.pdf_bytes(meters))


def test_keys_report_marks_an_overdue_key(office, clerk, estate, people):  # noqa: F811
    _b, units = estate
    k = office.property.register_key(clerk, units["3-2-1201"].id, {"description": "入户门钥匙", "received_on": iso(-9)})
    office.property.lend_key(clerk, k.id, "维修工", "修水管", iso(-5), iso(-1))
    report = pr.keys_report(office, clerk)
    assert report.rows[0][2] == "入户门钥匙" and report.rows[0][6] == "Overdue 1 days" and report.highlight_rows == {0}


def test_labels_carry_number_name_and_a_readable_qr(office, clerk, estate, people):  # noqa: F811
    _moved(office, clerk, estate, people)
    states = office.property.label_states(clerk, "unit")
    data = pr.labels_pdf(office, clerk, states)
    text = pdf_text(data)
    assert "3-2-1201" in text and "李娜" in text and "KD-U-" in text
    assert "鸿运物业" in text


def test_the_demo_has_an_estate_with_history_keys_and_labels_to_reprint(office, admin):
    fill_demo(office, admin, customers=120)
    p = office.property
    kinds = {r[0]: r[1] for r in office.db.query("SELECT kind, count(*) FROM units GROUP BY kind")}
    assert p.buildings.count() == 3 and kinds["unit"] > 100 and kinds["parking"] > 10
    assert p.occupancies.count("end_date IS NULL") > 50 and p.occupancies.count("end_date IS NOT NULL") >= 5
    assert p.occupancies.count("unit_id IN (SELECT id FROM units WHERE kind = 'parking')") > 0
    assert p.keys.count("status = 'held'") >= 2 and p.keys.count("status = 'lent'") >= 1
    assert len(p.labels_to_reprint(admin)) >= 5
    assert any(d.source == "key" for d in office.due_items(admin))
    assert office.audit.verify()[0]
