"""Retention periods, approved destruction and PIPL consents: the service rules and what a destruction
leaves behind (nothing that identifies the person, anywhere in the file)."""
from __future__ import annotations

import datetime as _dt
import io
import json

import pytest

from app.errors import KeDangError, PermissionDenied
from app.models.records import CustomerQuery
from app.models.repositories import REDACTED_PAYLOAD
from app.permissions import ALL_ROLES, PERMISSIONS
from app.validation import ValidationError
from tests.support.pdf import pdf_text
from tests.support.samples import image_bytes

TODAY = _dt.date.today()
NAME, PHONE, ID_NUMBER = "司马光明", "13912345678", "11010519491231002X"
CONTACT, CONTACT_PHONE = "司马小红", "13700001111"
CERT_NO = "京(2019)朝阳区不动产权第0077777号"
SURVEY_QUESTIONS = [{"key": "q1", "type": "score", "text": "服务质量"},
                    {"key": "q4", "type": "text", "text": "意见和建议"}]


def iso(days: int = 0) -> str:
    return (TODAY + _dt.timedelta(days=days)).isoformat()


def years_ago(n: int, days: int = 0) -> str:
    d = TODAY - _dt.timedelta(days=days)
    try:
        return d.replace(year=d.year - n).isoformat()
    except ValueError:
        return d.replace(year=d.year - n, day=28).isoformat()


@pytest.fixture
def clerk(make_user):
    return make_user("clerk")


@pytest.fixture
def manager2(make_user):
    return make_user("manager", "manager2")


def full_customer(office, admin, clerk, keeper, manager, moved_out_on: str | None = None):
    """A tenant with something in every corner of the database: contacts, entries, an attachment, a
    consent, a unit (move-in and move-out checklists signed, a key kept and given back, a folder label),
    an archive file that was lent and returned, a certificate (in the safe, counted, then cancelled) and
    a survey form with a comment. Moved out ``moved_out_on`` (4 years ago by default)."""
    moved_out_on = moved_out_on or years_ago(4)
    moved_in_on = (_dt.date.fromisoformat(moved_out_on) - _dt.timedelta(days=400)).isoformat()
    c = office.customers.create(clerk, {"name": NAME, "phone": PHONE, "id_number": ID_NUMBER, "company": "光明科技",
                                        "address": "北京市朝阳区幸福路8号", "note": f"{NAME}的备注", "tags": "VIP"},
                                contacts=[{"role": "emergency", "name": CONTACT, "phone": CONTACT_PHONE,
                                           "relation": "女儿"}])
    office.entries.create(clerk, c.id, "repair", {"reported": moved_in_on, "description": f"{NAME}家厨房漏水",
                                                  "status": "done", "finished": moved_in_on})
    office.entries.create(clerk, c.id, "complaint", {"received": moved_in_on, "content": f"联系人{CONTACT}投诉噪音",
                                                     "closed": moved_in_on})
    office.attachments.add(clerk, c.id, "scan.png", image_bytes("PNG"), {"title": "身份证复印件", "kind": "id_copy"})
    office.consents.add(clerk, c.id, {"purpose": "物业服务与管理", "method": "written", "notice_version": "2019-01",
                                      "given_on": moved_in_on, "note": f"{NAME}本人签字"})
    b = office.property.save_building(clerk, {"code": "9", "name": "9栋", "floors": 20})
    unit = office.property.save_unit(clerk, b.id, {"number": "9-1-901", "area": "89.5"})
    occ = office.property.move_in(clerk, unit.id, c.id, "tenant", moved_in_on, {
        "water": "100", "electricity": "2000", "read_on": moved_in_on, "office_signed": "陈前台",
        "customer_signed": NAME, "keys_held": 1})
    office.property.record_printed(clerk, office.property.label_states(clerk, "unit", [unit.id]))
    f = office.archive.register_file(keeper, {
        "archive_no": "鸿借字第001号", "customer_id": c.id, "title": f"{NAME}租赁档案", "category": "customer",
        "items": [{"name": "租赁合同", "pages": "8"}]})
    cert = office.archive.register_certificate(keeper, f.id, {"kind": "property", "cert_no": CERT_NO, "holder": NAME,
                                                              "quantity": "1"})
    st = office.stocktakes.start(keeper, "档案员", "赵监盘")
    office.stocktakes.save(keeper, st.id, {cert.id: (True, "")})
    office.stocktakes.finish(keeper, st.id)
    loan = office.loans.request(keeper, {"item_type": "file", "item_id": f.id, "borrower": "周信贷",
                                         "purpose": f"核对{NAME}合同", "due_date": iso(7)})
    office.loans.approve(manager, loan.id)
    office.loans.lend(keeper, loan.id)
    office.loans.take_back(keeper, loan.id, iso(), complete=True)
    survey = office.surveys.create(clerk, {"name": "满意度调查", "period_start": moved_in_on,
                                           "period_end": moved_out_on, "target_rate": "80",
                                           "questions": SURVEY_QUESTIONS}, customer_ids=[c.id])
    office.surveys.enter(clerk, survey.id, {"customer_id": c.id, "answers": {"q1": 5, "q4": f"{NAME}说很好"},
                                            "comment": f"{NAME}：满意", "received_on": moved_out_on})
    office.property.move_out(clerk, occ.id, moved_out_on, {
        "water": "150", "electricity": "2500", "read_on": moved_out_on, "office_signed": "陈前台",
        "customer_signed": NAME, "keys_returned": 1}, arrears_seen=True)
    c = office.customers.get(admin, c.id)
    assert c.status == "moved_out" and c.status_date == moved_out_on
    return c, f, cert


def needles() -> list[str]:
    return [NAME, PHONE, ID_NUMBER, CONTACT, CONTACT_PHONE, "simaguangming", "幸福路8号"]


def everywhere(office, texts) -> list[tuple[str, str, str]]:
    """(table, column, text) of every cell of every table (text or blob, the audit log included) holding one of
    ``texts``."""
    hits = []
    tables = [r[0] for r in office.db.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for col in office.db.query(f'PRAGMA table_info("{table}")'):
            name = col[1]
            for text in texts:
                n = office.db.scalar(f'SELECT count(*) FROM "{table}" WHERE instr(CAST("{name}" AS BLOB), ?) > 0',
                                     (text.encode("utf-8"),))
                if n:
                    hits.append((table, name, text))
    return hits


def found_by_search(office, session, text: str) -> list[int]:
    return (office.customers.search(session, CustomerQuery(text=text))
            + office.customers.search(session, CustomerQuery(text=text, status="destroyed")))


# ------------------------------------------------------------------ the acceptance test
def test_destruction_leaves_nothing_that_identifies_the_person(office, admin, clerk, keeper, manager):
    other = office.customers.create(clerk, {"name": "欧阳娜娜", "phone": "13600002222", "address": "幸福路9号"})
    office.entries.create(clerk, other.id, "visit", {"visit_type": "visit", "done": iso(-3), "method": "phone"})
    others_entries = len(office.entries.list(admin, other.id))   # with the return visits the rules planned
    c, f, cert = full_customer(office, admin, clerk, keeper, manager)
    for text in (NAME, "司马", PHONE, ID_NUMBER, "smgm", "sm", "simaguangming"):
        assert c.id in found_by_search(office, admin, text), text
    assert everywhere(office, needles())   # the data is really there before

    due = office.retention.due_for_destruction(keeper)
    assert [(d.kind, d.id) for d in due] == [("customer", c.id)]   # its entries and attachment go with it

    # a certificate still in the safe holds the customer back, named in the message
    with pytest.raises(KeDangError, match=r"Certificate .*0077777.* is In the safe"):
        office.retention.request_destruction(keeper, due, "保管期满")
    office.archive.cancel_certificate(keeper, cert.id, "抵押已解除")
    req = office.retention.request_destruction(keeper, due, "保管期满（退租满3年）")
    assert req.number == f"XH-{TODAY.year}-001" and req.status == "requested"
    assert office.retention.due_for_destruction(keeper) == []     # asked for already
    with pytest.raises(ValidationError, match="Witness"):
        office.retention.approve(manager, req.id, "  ")
    office.retention.approve(manager, req.id, "赵监销")
    n_entries = office.db.scalar("SELECT count(*) FROM entries WHERE customer_id = ?", (c.id,))
    assert n_entries >= 2    # the repair and the complaint, and the return visits the rules planned
    result = office.retention.execute(keeper, req.id)

    # the person is found by no search
    for text in (NAME, "司马", "光明", PHONE, PHONE[-4:], ID_NUMBER, "smgm", "sm", "simaguangming", "幸福路8号",
                 CONTACT, CONTACT_PHONE):
        assert c.id not in found_by_search(office, admin, text), text
    assert office.customers.search(admin, CustomerQuery(text="欧阳娜娜")) == [other.id]   # others still are
    # ... in no table, the audit log and the search index included
    assert everywhere(office, needles()) == []
    assert result.leftovers == [] and result.summary_mentions == []
    # ... and no attachment
    assert office.db.scalar("SELECT count(*) FROM attachments") == 0
    assert office.db.scalar("SELECT count(*) FROM attachment_data") == 0
    assert office.db.scalar("SELECT count(*) FROM contacts WHERE customer_id = ?", (c.id,)) == 0
    assert office.db.scalar("SELECT count(*) FROM entries WHERE customer_id = ?", (c.id,)) == 0
    assert len(office.entries.list(admin, other.id)) == others_entries

    tomb = office.customers.get(admin, c.id)
    assert (tomb.code, tomb.name, tomb.status, tomb.phone, tomb.id_number, tomb.pinyin) == (
        c.code, f"已销毁 {req.number}", "destroyed", "", "", "")
    assert office.archive.files.get(f.id).status == "destroyed"
    assert office.archive.certs.get(cert.id).holder == f"已销毁 {req.number}"
    (occ,) = office.property.occupancies.for_customer(c.id)
    assert occ.move_in["customer_signed"] == occ.move_out["customer_signed"] == "" and occ.end_date
    (response,) = office.surveys.responses.where()
    assert (response.customer_id, response.comment, response.answers) == (None, "", {"q1": 5})

    # the destruction record exists, without the name
    req = office.retention.get(manager, req.id)
    assert req.status == "done" and req.executed_on == iso() and req.witness == "赵监销"
    assert req.result["removed"]["entries"] == n_entries and req.result["removed"]["attachments"] == 1
    from app.reports.retention_report import destruction_pdf, destruction_record

    report = destruction_record(office, manager, req.id)
    assert report.signature_labels == ["Destroyed by", "Witness", "Approved by"]
    text = pdf_text(destruction_pdf(office, manager, req.id))
    for expected in (req.number, c.code, "赵监销", "保管期满", "鸿借字第001号", "manageruser", "archivistuser"):
        assert expected in text, expected
    assert NAME not in text

    # the audit chain still verifies; the destruction itself is logged without personal data
    ok, message = office.audit.verify()
    assert ok, message
    event = office.audit.audit_repo.search(action="retention.execute")[0]
    payload = json.loads(event.payload)
    assert payload["codes"] == [c.code] and event.summary == req.number
    redacted = office.db.scalar("SELECT count(*) FROM audit_events WHERE payload = ?", (REDACTED_PAYLOAD,))
    assert redacted == req.result["audit_redacted"] >= 10


def test_a_file_on_loan_or_a_certificate_in_the_safe_holds_the_destruction_back(office, admin, clerk, keeper,
                                                                               manager, manager2):
    c, f, cert = full_customer(office, admin, clerk, keeper, manager)
    office.archive.cancel_certificate(keeper, cert.id, "抵押已解除")
    req = office.retention.request_destruction(keeper, office.retention.due_for_destruction(keeper), "保管期满")
    office.retention.approve(manager, req.id, "赵监销")
    loan = office.loans.request(keeper, {"item_type": "file", "item_id": f.id, "borrower": "周信贷",
                                         "purpose": "复核", "due_date": iso(3)})
    with pytest.raises(KeDangError, match=r"Loan JY-.* still open"):
        office.retention.execute(keeper, req.id)
    office.loans.approve(manager2, loan.id)
    office.loans.lend(keeper, loan.id)
    with pytest.raises(KeDangError, match="Archive file 鸿借字第001号 of .* is on loan"):
        office.retention.execute(keeper, req.id)
    assert office.customers.get(admin, c.id).name == NAME            # nothing was changed
    assert office.db.scalar("SELECT count(*) FROM attachments") == 1
    office.loans.take_back(keeper, loan.id, iso(), complete=True)
    assert office.retention.execute(keeper, req.id).request.status == "done"


def test_the_approver_is_a_manager_other_than_the_requester(office, admin, clerk, keeper, manager, manager2):
    c, _f, cert = full_customer(office, admin, clerk, keeper, manager)
    office.archive.cancel_certificate(keeper, cert.id, "抵押已解除")
    req = office.retention.request_destruction(manager, [{"kind": "customer", "id": c.id}], "保管期满")
    with pytest.raises(KeDangError, match="another manager must approve"):
        office.retention.approve(manager, req.id, "赵监销")
    with pytest.raises(PermissionDenied):
        office.retention.approve(keeper, req.id, "赵监销")
    with pytest.raises(KeDangError, match="this step is not possible now"):
        office.retention.execute(keeper, req.id)                      # not approved yet
    office.retention.approve(manager2, req.id, "赵监销", "核对无误")
    req = office.retention.get(keeper, req.id)
    assert (req.status, req.approver_name, req.witness) == ("approved", "manager user", "赵监销")
    with pytest.raises(KeDangError, match="this step is not possible now"):
        office.retention.approve(manager2, req.id, "赵监销")


def test_a_rejected_request_needs_a_reason_and_destroys_nothing(office, admin, clerk, keeper, manager):
    c, _f, cert = full_customer(office, admin, clerk, keeper, manager)
    office.archive.cancel_certificate(keeper, cert.id, "抵押已解除")
    req = office.retention.request_destruction(keeper, [{"kind": "customer", "id": c.id}], "保管期满")
    with pytest.raises(ValidationError, match="Reason for the rejection"):
        office.retention.reject(manager, req.id, "")
    office.retention.reject(manager, req.id, "诉讼未结，继续保管")
    with pytest.raises(KeDangError, match="Rejected"):
        office.retention.execute(keeper, req.id)
    assert office.customers.get(admin, c.id).name == NAME
    assert [d.id for d in office.retention.due_for_destruction(keeper)] == [c.id]   # due again


def test_only_records_past_retention_are_requested_unless_the_customer_asks(office, admin, clerk, keeper, manager,
                                                                            manager2):
    recent, _f, cert = full_customer(office, admin, clerk, keeper, manager, moved_out_on=years_ago(1))
    office.archive.cancel_certificate(keeper, cert.id, "抵押已解除")
    assert office.retention.due_for_destruction(keeper) == []
    with pytest.raises(KeDangError, match=r"is kept until .*: it is not past its retention period"):
        office.retention.request_destruction(keeper, [{"kind": "customer", "id": recent.id}], "清理")
    active = office.customers.create(clerk, {"name": "欧阳娜娜", "phone": "13600002222"})
    with pytest.raises(KeDangError, match="only customers who moved out"):
        office.retention.request_destruction(keeper, [{"kind": "customer", "id": active.id}], "清理")
    with pytest.raises(ValidationError, match="Reason"):
        office.retention.request_destruction(keeper, [{"kind": "customer", "id": recent.id}], " ")
    with pytest.raises(ValidationError, match="choose at least one record"):
        office.retention.request_destruction(keeper, [], "清理")

    # the customer's own request (PIPL): whenever nothing holds them back
    req = office.retention.request_deletion(keeper, active.id)
    assert req.pipl and req.reason == "Customer's request (PIPL)"
    with pytest.raises(KeDangError, match="already in destruction request"):
        office.retention.request_deletion(keeper, active.id)
    office.retention.approve(manager, req.id, "赵监销")
    office.retention.execute(manager2, req.id)
    assert office.customers.get(admin, active.id).status == "destroyed"
    assert found_by_search(office, admin, "欧阳娜娜") == []

    # someone still living in a unit cannot be deleted before the move-out
    b = office.property.save_building(clerk, {"code": "5", "name": "5栋", "floors": 9})
    u = office.property.save_unit(clerk, b.id, {"number": "5-101"})
    tenant = office.customers.create(clerk, {"name": "上官云", "phone": "13600003333"})
    office.property.move_in(clerk, u.id, tenant.id, "tenant", iso(-30))
    with pytest.raises(KeDangError, match="still occupies 5-101"):
        office.retention.request_deletion(keeper, tenant.id)


def test_old_entries_and_attachments_of_a_current_customer_are_destroyed_alone(office, admin, clerk, keeper, manager):
    c = office.customers.create(clerk, {"name": "诸葛亮明", "phone": "13500004444"})
    old = office.entries.create(clerk, c.id, "complaint", {"received": years_ago(6), "content": "旧投诉内容",
                                                           "closed": years_ago(6)})
    recent = office.entries.create(clerk, c.id, "complaint", {"received": iso(-10), "content": "新投诉"})
    still_open = office.entries.create(clerk, c.id, "repair", {"reported": years_ago(7), "description": "未完工",
                                                               "status": "open"})
    due = office.retention.due_for_destruction(keeper)
    assert [(d.kind, d.id) for d in due] == [("entry", old.id)]
    assert due[0].due_on == years_ago(1)
    with pytest.raises(KeDangError, match="still open"):
        office.retention.request_destruction(keeper, [{"kind": "entry", "id": still_open.id}], "清理")
    req = office.retention.request_destruction(keeper, due, "档案记录保管期满5年")
    assert req.items[0]["label"] == f"{c.code} complaint {years_ago(6)}"
    office.retention.approve(manager, req.id, "赵监销")
    office.retention.execute(keeper, req.id)
    left = {e.id for e in office.entries.list(admin, c.id)}
    assert old.id not in left and {recent.id, still_open.id} <= left
    assert office.customers.get(admin, c.id).name == "诸葛亮明"
    assert everywhere(office, ["旧投诉内容"]) == []
    assert everywhere(office, ["新投诉"])
    assert office.audit.verify()[0]


def test_retention_periods_are_a_setting_of_the_administrator(office, admin, clerk, keeper, manager):
    s = office.retention.settings()
    assert (s.customer_years, s.entry_years, s.attachment_years) == (3, 5, 5)
    with pytest.raises(PermissionDenied):
        office.retention.set_settings(manager, {"customer_years": 2, "entry_years": 5, "attachment_years": 5})
    with pytest.raises(ValidationError, match=r"Customers, after moving out .* whole number from 0 to 100"):
        office.retention.set_settings(admin, {"customer_years": "drei", "entry_years": 5, "attachment_years": 5})
    c, _f, cert = full_customer(office, admin, clerk, keeper, manager)
    office.archive.cancel_certificate(keeper, cert.id, "抵押已解除")
    office.retention.set_settings(admin, {"customer_years": 5, "entry_years": 0, "attachment_years": 0})
    assert office.retention.due_for_destruction(keeper) == []          # 4 years ago: kept 5 years now
    office.retention.set_settings(admin, {"customer_years": 0, "entry_years": 0, "attachment_years": 0})
    with pytest.raises(KeDangError, match="kept without a time limit"):
        office.retention.request_destruction(keeper, [{"kind": "customer", "id": c.id}], "清理")
    event = office.audit.audit_repo.search(action="settings.retention")[0]
    assert json.loads(event.payload)["after"] == {"customer_years": 0}


# ------------------------------------------------------------------ consents
def test_consents_are_recorded_withdrawn_and_audited(office, admin, clerk, make_user):
    c = office.customers.create(clerk, {"name": "张伟", "phone": "13800001111"})
    consent = office.consents.add(clerk, c.id, {"purpose": "回访与满意度调查", "scope": "姓名、电话",
                                                "notice_version": "2026-01", "method": "electronic",
                                                "separate": True, "given_on": iso(-5)})
    assert consent.active and consent.separate and consent.recorded_by == clerk.user_id
    with pytest.raises(ValidationError, match="Purpose"):
        office.consents.add(clerk, c.id, {"purpose": "", "method": "written"})
    with pytest.raises(ValidationError, match="How it was given"):
        office.consents.add(clerk, c.id, {"purpose": "物业服务", "method": "telepathy"})
    with pytest.raises(ValidationError, match="Given on"):
        office.consents.add(clerk, c.id, {"purpose": "物业服务", "method": "written", "given_on": iso(3)})
    with pytest.raises(ValidationError, match="Withdrawn on"):
        office.consents.withdraw(clerk, consent.id, iso(-9))
    office.consents.withdraw(clerk, consent.id, iso(-1), "客户来电撤回")
    with pytest.raises(KeDangError, match="withdrawn on .* already"):
        office.consents.withdraw(clerk, consent.id)
    (stored,) = office.consents.list(make_user("viewer"), c.id)
    assert (stored.withdrawn_on, stored.withdrawal_note, stored.active) == (iso(-1), "客户来电撤回", False)
    added = office.audit.audit_repo.search(action="consent.add")[0]
    assert (added.entity, added.entity_id, added.username) == ("customer", str(c.id), clerk.username)
    assert json.loads(added.payload)["after"]["purpose"] == "回访与满意度调查"
    withdrawn = office.audit.audit_repo.search(action="consent.withdraw")[0]
    assert json.loads(withdrawn.payload)["after"]["withdrawn_on"] == iso(-1)


def test_the_personal_information_copy_has_the_customer_in_every_sheet(office, admin, clerk, keeper, manager,
                                                                       monkeypatch):
    import tempfile

    from openpyxl import load_workbook

    from app.reports.personal_copy import personal_copy_xlsx

    c, _f, _cert = full_customer(office, admin, clerk, keeper, manager)

    def no_temp_files(*_a, **_k):
        raise AssertionError("the copy must not go through a temporary file")
    for attr in ("NamedTemporaryFile", "TemporaryFile", "mkstemp", "mkdtemp"):
        monkeypatch.setattr(tempfile, attr, no_temp_files)
    data = personal_copy_xlsx(office, keeper, c.id)
    wb = load_workbook(io.BytesIO(data), read_only=True)
    sheets = {ws.title: [[v for v in row if v is not None] for row in ws.iter_rows(values_only=True)]
              for ws in wb.worksheets}
    assert list(sheets) == ["Basic information", "Contacts", "Dossier entries", "Attachments", "Consents",
                            "Occupancies", "Archive files", "Certificates", "Loans of your files", "Survey forms"]
    for title, rows in sheets.items():
        assert any(NAME in str(v) for row in rows[:3] for v in row), title

    def cells(title):
        return [str(v) for row in sheets[title][6:] for v in row]
    assert PHONE in cells("Basic information") and ID_NUMBER in cells("Basic information")
    assert CONTACT in cells("Contacts") and CONTACT_PHONE in cells("Contacts")
    assert any("厨房漏水" in v for v in cells("Dossier entries"))
    assert "身份证复印件" in cells("Attachments")
    assert "物业服务与管理" in cells("Consents")
    assert "9-1-901" in cells("Occupancies")
    assert "鸿借字第001号" in cells("Archive files")
    assert CERT_NO in cells("Certificates")
    assert any(v.startswith("JY-") for v in cells("Loans of your files"))
    assert f"{NAME}：满意" in cells("Survey forms")

    viewer = office.auth.login(*_viewer(office, admin))
    masked = load_workbook(io.BytesIO(personal_copy_xlsx(office, viewer, c.id)), read_only=True)
    texts = [str(v) for row in masked["Basic information"].iter_rows(values_only=True) for v in row if v]
    assert PHONE not in texts and ID_NUMBER not in texts


def _viewer(office, admin):
    from tests.conftest import PASSWORD

    office.auth.create_user(admin, "viewer9", "viewer user", "viewer", PASSWORD)
    return "viewer9", PASSWORD


# ------------------------------------------------------------------ roles
ACTIONS = {
    "retention.request": lambda o, s: o.retention.request_destruction(s, [], ""),
    "retention.approve": lambda o, s: o.retention.approve(s, 10**6, ""),
    "retention.execute": lambda o, s: o.retention.execute(s, 10**6),
    "consent.write": lambda o, s: o.consents.add(s, 10**6, {}),
}


@pytest.mark.parametrize("permission", sorted(ACTIONS))
def test_each_role_is_allowed_or_refused_as_configured(office, admin, make_user, permission):
    sessions = {"admin": admin, **{r: make_user(r) for r in ALL_ROLES if r != "admin"}}
    for role, session in sessions.items():
        try:
            ACTIONS[permission](office, session)
        except PermissionDenied:
            refused = True
        except Exception:  # noqa: BLE001 - past the role check: the dummy arguments are refused instead
            refused = False
        else:
            refused = False
        assert refused == (role not in PERMISSIONS[permission]), (role, permission)
    assert PERMISSIONS["retention.approve"] == {"manager"}
    assert PERMISSIONS["retention.request"] == {"archivist", "manager"}
    assert PERMISSIONS["consent.write"] == {"archivist", "clerk", "manager"}


def test_clerks_and_viewers_see_no_retention_lists(office, clerk, make_user):
    for session in (clerk, make_user("viewer")):
        with pytest.raises(PermissionDenied):
            office.retention.due_for_destruction(session)
        with pytest.raises(PermissionDenied):
            office.retention.list_requests(session)


def test_scrubbing_replaces_personal_values_but_never_codes():
    from app.retention import _scrub

    r = [("13912345678", ""), ("Li Na", "已销毁 XH-2026-001"), ("in", "X"), ("司马光明", "已销毁 XH-2026-001")]
    assert _scrub("电话13912345678，Li Na来访", r) == "电话，已销毁 XH-2026-001来访"
    assert _scrub("in_store", r) == "in_store"                   # a code with the name in it stays
    assert _scrub("139123456789", r) == "139123456789"           # a longer number is another number
    assert json.loads(_scrub('{"in": "in", "holder": "司马光明", "n": 3}', r)) == {
        "in": "X", "holder": "已销毁 XH-2026-001", "n": 3}     # JSON: values only, keys and numbers kept
