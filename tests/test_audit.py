"""The hash-chained audit log: what it records, and that tampering is found and located."""
from __future__ import annotations

import json

import pytest

from app.errors import PermissionDenied
from app.models.repositories import REDACTED_PAYLOAD

CUSTOMER = {"name": "李秀英", "kind": "person", "id_number": "11010519491231002X", "phone": "13800138000",
            "unit": "3-2-1201", "address": "福州市鼓楼区五四路88号", "note": "首次登记"}


@pytest.fixture
def history(office, admin):
    """A small history: first admin (1), database created (2), then five customer events (3..7)."""
    a = office.customers.create(admin, CUSTOMER)                                         # 3
    b = office.customers.create(admin, {"name": "王芳", "phone": "13900139000"})          # 4
    office.customers.update(admin, a.id, {"phone": "13700137000", "level": "key"})      # 5
    office.customers.add_contact(admin, a.id, {"role": "emergency", "name": "李强",
                                                "phone": "13600136000", "relation": "儿子"})  # 6
    office.customers.update(admin, b.id, {"note": "欠费"})                                # 7
    assert office.audit.audit_repo.count() == 7
    return a, b


def _tamper(office, sql, params=()):
    office.db._conn.execute(sql, params)  # autocommit: what someone with the key and a SQL shell could do


def _located(office):
    ok, event_id, kind = office.audit.audit_repo.verify()
    service_ok, message = office.audit.verify()
    assert ok == service_ok
    return ok, event_id, kind, message


def test_events_carry_user_entity_and_before_after(office, admin, history):
    a, b = history
    events = office.audit.events(admin, entity="customer", entity_id=str(a.id))
    assert [e.action for e in events] == ["contact.create", "customer.update", "customer.create"]
    created = events[-1]
    assert created.username == "admin" and created.user_id == admin.user_id
    assert created.summary == a.code
    assert json.loads(created.payload)["after"]["name"] == "李秀英"
    assert json.loads(created.payload)["after"]["code"] == a.code
    update = json.loads(events[1].payload)
    assert update["before"] == {"phone": "13800138000", "level": "normal"}
    assert update["after"] == {"phone": "13700137000", "level": "key"}
    assert created.ts[:4].isdigit() and len(created.ts) == 19


def test_event_filters(office, admin, history):
    assert {e.action for e in office.audit.events(admin, action="customer")} == {"customer.create", "customer.update"}
    assert len(office.audit.events(admin, username="admin")) == 7
    assert [e.action for e in office.audit.events(admin, text="欠费")] == ["customer.update"]
    assert office.audit.events(admin, text="%") == []
    assert "customer.create" in office.audit.actions(admin)


def test_intact_chain_verifies(office, admin, history):
    ok, event_id, kind, message = _located(office)
    assert ok and event_id is None
    assert "intact" in message and "7 events" in message


def test_verifying_is_itself_recorded_and_keeps_the_chain_intact(office, admin, history):
    office.audit.verify(admin)
    assert office.audit.events(admin, action="audit.verify")[0].summary == "ok"
    assert _located(office)[0]


def test_reading_the_log_is_refused_for_clerks_and_viewers(office, make_user):
    for role in ("clerk", "viewer", "archivist"):
        s = make_user(role)
        with pytest.raises(PermissionDenied):
            office.audit.events(s)
        with pytest.raises(PermissionDenied):
            office.audit.verify(s)
    manager = make_user("manager")
    assert office.audit.events(manager)


def test_edited_summary_is_found(office, history):
    _tamper(office, "UPDATE audit_events SET summary = 'KH999999' WHERE id = 5")
    ok, event_id, kind, message = _located(office)
    assert not ok and event_id == 5 and kind == "row_changed"
    assert "event 5 was changed" in message


def test_edited_user_is_found(office, history):
    _tamper(office, "UPDATE audit_events SET username = 'somebody' WHERE id = 3")
    assert _located(office)[:3] == (False, 3, "row_changed")


def test_edited_payload_is_found(office, history):
    payload = json.loads(office.db.scalar("SELECT payload FROM audit_events WHERE id = 5"))
    payload["after"]["phone"] = "13111111111"
    _tamper(office, "UPDATE audit_events SET payload = ? WHERE id = 5", (json.dumps(payload, ensure_ascii=False),))
    ok, event_id, kind, message = _located(office)
    assert not ok and event_id == 5 and kind == "payload_changed"
    assert "before/after values of event 5" in message


def test_edited_payload_with_a_recomputed_payload_hash_is_found(office, history):
    import hashlib
    body = '{"after":{"phone":"13111111111"}}'
    _tamper(office, "UPDATE audit_events SET payload = ?, payload_hash = ? WHERE id = 4",
            (body, hashlib.sha256(body.encode()).hexdigest()))
    assert _located(office)[:3] == (False, 4, "row_changed")


def test_deleted_middle_row_is_found(office, history):
    _tamper(office, "DELETE FROM audit_events WHERE id = 4")
    ok, event_id, kind, message = _located(office)
    assert not ok and event_id == 4 and kind == "missing"
    assert "event 4" in message


def test_deleted_and_renumbered_rows_are_found(office, history):
    """Delete event 4 and shift the later ids down so the numbering has no hole."""
    _tamper(office, "DELETE FROM audit_events WHERE id = 4")
    for old in (5, 6, 7):
        _tamper(office, "UPDATE audit_events SET id = ? WHERE id = ?", (old - 1, old))
    ok, event_id, kind, _message = _located(office)
    assert not ok and event_id == 4 and kind in ("broken_link", "row_changed")


def test_deleted_last_row_is_found(office, history):
    _tamper(office, "DELETE FROM audit_events WHERE id = 7")
    ok, event_id, kind, message = _located(office)
    assert not ok and event_id == 7 and kind == "tail_missing"
    assert "from 7 on were deleted" in message


def test_deleted_last_rows_are_found(office, history):
    _tamper(office, "DELETE FROM audit_events WHERE id >= 5")
    assert _located(office)[:3] == (False, 5, "tail_missing")


def test_emptied_log_is_found(office, history):
    _tamper(office, "DELETE FROM audit_events")
    ok, event_id, _kind, _message = _located(office)
    assert not ok and event_id == 1


def test_redacted_payload_still_verifies(office, admin, history):
    _tamper(office, "UPDATE audit_events SET payload = ? WHERE id IN (3, 5)", (REDACTED_PAYLOAD,))
    ok, event_id, kind, message = _located(office)
    assert ok, message
    assert "李秀英" not in office.db.scalar("SELECT payload FROM audit_events WHERE id = 3")
    # later events still chain on
    office.customers.create(admin, {"name": "赵敏", "phone": "13500135000"})
    assert _located(office)[0]


def test_denials_and_failed_logins_are_in_the_chain(office, make_user, history):
    viewer = make_user("viewer")
    with pytest.raises(PermissionDenied):
        office.customers.create(viewer, {"name": "张三", "phone": "13800000000"})
    from app.errors import AuthError
    with pytest.raises(AuthError):
        office.auth.login("viewer1", "Wrong2026!")
    actions = [e.action for e in office.audit.audit_repo.search(limit=3)]
    assert actions == ["login.failed", "permission.denied", "login"]
    assert _located(office)[0]


def test_the_anchor_names_the_chain_as_it_stands(office, admin, history):
    from app.audit import anchor_code, parse_anchor_code

    length, head = office.audit.anchor()
    assert length == 7
    events = office.audit.events(admin)
    assert head == max(events, key=lambda e: e.id).hash
    code = anchor_code(length, head)
    assert code == f"7-{head[:8]}"
    assert parse_anchor_code(code) == (7, head[:8])
    for bad in ("", "7", "x-12345678", "7-1234567", "7-ABCDEFGH"):
        assert parse_anchor_code(bad) is None
