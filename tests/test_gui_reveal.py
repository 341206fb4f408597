"""Masked numbers: a viewer sees them masked and may reveal one with a reason; opening a dossier is logged."""
from __future__ import annotations

import json

import pytest

from app.errors import PermissionDenied
from app.ui.dossier import DossierWindow
from app.validation import ValidationError, id_check_char
from tests.gui_helpers import button, click, events_exactly, messages, modals, show, type_text  # noqa: F401

ID = "11010519491231002" + id_check_char("11010519491231002")


def test_a_viewer_reveals_one_number_with_a_reason(qtbot, office, admin, make_user, modals, messages):
    c = office.customers.create(admin, {"name": "张伟", "phone": "13900000001", "id_number": ID})
    viewer = make_user("viewer")
    window = show(qtbot, DossierWindow(office, viewer, c.id))
    field = window.basic.fields.widgets["id_number"]
    assert field.text() != ID and "*" in field.text()
    (view,) = events_exactly(office, "customer.view")
    assert view.username == "viewer1" and view.entity_id == str(c.id)

    def reason(dlg):
        click(qtbot, button(dlg, "OK"))
        assert "Reason: is required" in dlg.error.text()
        type_text(qtbot, dlg.text, "客户来电核对身份")
        click(qtbot, button(dlg, "OK"))
    modals.expect(reason)
    click(qtbot, button(window.basic, "Show the full ID number…"))
    modals.check()
    assert field.text() == ID
    (event,) = events_exactly(office, "pii.reveal")
    payload = json.loads(event.payload)
    assert payload == {"field": "id_number", "reason": "客户来电核对身份"} and ID not in event.payload
    assert not window.basic.save_button.isEnabled()


def test_only_the_roles_that_see_masked_numbers_reveal_them(office, admin, make_user):
    c = office.customers.create(admin, {"name": "张伟", "phone": "13900000001", "id_number": ID})
    with pytest.raises(PermissionDenied):
        office.customers.reveal(make_user("clerk"), c.id, "id_number", "核对")
    viewer = make_user("viewer")
    with pytest.raises(ValidationError):
        office.customers.reveal(viewer, c.id, "phone", " ")
    assert office.customers.reveal(viewer, c.id, "phone", "回电") == "13900000001"
