"""The property desk (物业): buildings and their floor view, one dossier per unit (一户一档), move-in
and move-out, keys kept for tenants, folder labels and the desk's reports.

The floor view stands like the filing cabinet: a building's floors top down, each unit a tile with
its occupant and status; a click opens the unit's dossier.
"""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QMainWindow, QPushButton, QScrollArea, QSpinBox, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from app import archive as _archive
from app.errors import user_message
from app.i18n import translate
from app.models.records import OCCUPANCY_ROLES, UNIT_KINDS, UNIT_USES
from app.office import Office
from app.property import MOVE_IN_PAPERS, ArrearsFound, label, parse_qr
from app.session import Session
from app.ui.common import ask, attempt, dialog_body, fill_table, show_error, show_info, text_table
from app.ui.registers import AskDialog, CustomerPicker, RegisterPage, bold, date_edit, iso

STATUS_COLOURS = {"vacant": "#fafafa", "occupied": "#bcd8f5", "renovating": "#ffd8a8"}


def _floor_text(floor: int) -> str:
    return f"B{-floor}" if floor < 0 else (f"{floor}F" if floor else "-")


# ------------------------------------------------------------------ the floor view
class FloorView(QScrollArea):
    """A building's floors top down; each unit a tile (number, occupant, status colour)."""

    unit_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("floorView")
        self.setWidgetResizable(True)
        self.tiles: dict[str, QToolButton] = {}
        self.setWidget(QWidget())

    def show_grid(self, grid, building_code: str = "") -> None:
        self.tiles = {}
        inner = QWidget(objectName="floorGrid")
        layout = QGridLayout(inner)
        layout.setSpacing(4)
        for row, (floor, units) in enumerate(grid):
            head = QLabel(_floor_text(floor), objectName=f"floor_{floor}")
            head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(bold(head), row, 0)
            for col, (unit, occupants) in enumerate(units, 1):
                short = unit.number[len(building_code) + 1:] if building_code and unit.number.startswith(
                    building_code + "-") else unit.number
                name = "、".join(o.name for o in occupants)
                tile = QToolButton(objectName=f"unit_{unit.number}")
                tile.setText(f"{short}\n{name or label(unit.status)}")
                tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                tile.setFixedSize(118, 46)
                tile.setStyleSheet(f"QToolButton {{ background: {STATUS_COLOURS.get(unit.status, '#eeeeee')}; "
                                   "border: 1px solid #9aa4b0; border-radius: 3px; }")
                tile.setToolTip("\n".join(p for p in (
                    unit.number, label(unit.status), unit.area and f"{unit.area} m²",
                    "、".join(f"{o.name}（{label(o.occupancy.role)}）" for o in occupants)) if p))
                tile.clicked.connect(lambda _c=False, uid=unit.id: self.unit_clicked.emit(uid))
                layout.addWidget(tile, row, col)
                self.tiles[unit.number] = tile
        layout.setColumnStretch(layout.columnCount(), 1)
        layout.setRowStretch(len(grid), 1)
        if not grid:
            layout.addWidget(QLabel(translate("Property", "This building has no units yet: add them or import them "
                                                          "from Excel.")), 0, 0)
        self.setWidget(inner)


# ------------------------------------------------------------------ small forms
class BuildingDialog(QDialog):
    def __init__(self, office: Office, session: Session, building=None, parent=None):
        super().__init__(parent)
        self.office, self.session, self.building = office, session, building
        self.setObjectName("buildingDialog")
        self.setWindowTitle(translate("Property", "Building"))
        self.saved = None
        b = building
        self.code = QLineEdit(b.code if b else "", objectName="code")
        self.name = QLineEdit(b.name if b else "", objectName="name")
        self.floors = QSpinBox(objectName="floors", minimum=0, maximum=200, value=b.floors if b else 0)
        self.address = QLineEdit(b.address if b else "", objectName="address")
        self.note = QLineEdit(b.note if b else "", objectName="note")
        form = QFormLayout()
        form.addRow(translate("Property", "Building code (3 in 3-2-1201)"), self.code)
        form.addRow(translate("Property", "Building name"), self.name)
        form.addRow(translate("Property", "Floors"), self.floors)
        form.addRow(translate("Property", "Address"), self.address)
        form.addRow(translate("Property", "Note"), self.note)
        self.error, _b = dialog_body(self, form, self._save)

    def _save(self) -> None:
        def go():
            self.saved = self.office.property.save_building(
                self.session, {"code": self.code.text(), "name": self.name.text(), "floors": self.floors.value(),
                               "address": self.address.text(), "note": self.note.text()},
                self.building.id if self.building else None)
        if attempt(self.error, go, lambda k: self.findChild(QWidget, k)):
            self.accept()


class UnitDialog(QDialog):
    """Add or change a unit or parking space."""

    def __init__(self, office: Office, session: Session, building, unit=None, parent=None):
        super().__init__(parent)
        self.office, self.session, self.building, self.unit = office, session, building, unit
        self.setObjectName("unitDialog")
        self.setWindowTitle(translate("Property", "Unit in {building}").format(building=building.name))
        self.saved = None
        u = unit
        self.number = QLineEdit(u.number if u else "", objectName="number",
                                placeholderText=translate("Property", "e.g. 2-1201 or 3栋2单元1201"))
        self.kind = QComboBox(objectName="kind")
        for k in UNIT_KINDS:
            self.kind.addItem(label(k), k)
        self.floor = QLineEdit(str(u.floor) if u else "", objectName="floor",
                               placeholderText=translate("Property", "empty: read from the number"))
        self.area = QLineEdit(u.area if u else "", objectName="area")
        self.use = QComboBox(objectName="use")
        for k in UNIT_USES:
            self.use.addItem(label(k), k)
        self.note = QLineEdit(u.note if u else "", objectName="note")
        if u:
            self.kind.setCurrentIndex(UNIT_KINDS.index(u.kind))
            self.use.setCurrentIndex(UNIT_USES.index(u.use))
        form = QFormLayout()
        form.addRow(translate("Property", "Unit number"), self.number)
        form.addRow(translate("Property", "Kind"), self.kind)
        form.addRow(translate("Property", "Floor"), self.floor)
        form.addRow(translate("Property", "Area (m²)"), self.area)
        form.addRow(translate("Property", "Use"), self.use)
        form.addRow(translate("Property", "Note"), self.note)
        self.error, _b = dialog_body(self, form, self._save)

    def _save(self) -> None:
        def go():
            self.saved = self.office.property.save_unit(
                self.session, self.building.id,
                {"number": self.number.text(), "kind": self.kind.currentData(), "floor": self.floor.text(),
                 "area": self.area.text(), "use": self.use.currentData(), "note": self.note.text()},
                self.unit.id if self.unit else None)
        if attempt(self.error, go, lambda k: self.findChild(QWidget, k)):
            self.accept()


class _Readings(QGroupBox):
    """Water and electricity readings with the date and both signatures (水、电表底数确认)."""

    def __init__(self, title: str, day: str, office_signer: str, parent=None):
        super().__init__(title, parent)
        self.water = QLineEdit(objectName="water")
        self.electricity = QLineEdit(objectName="electricity")
        self.read_on = date_edit(day, "read_on")
        self.office_signed = QLineEdit(office_signer, objectName="office_signed")
        self.customer_signed = QLineEdit(objectName="customer_signed")
        form = QFormLayout(self)
        form.addRow(translate("Property", "Water meter"), self.water)
        form.addRow(translate("Property", "Electricity meter"), self.electricity)
        form.addRow(translate("Property", "Meters read on"), self.read_on)
        form.addRow(translate("Property", "Signed for the office"), self.office_signed)
        form.addRow(translate("Property", "Signed by the customer"), self.customer_signed)

    def values(self) -> dict:
        return {"water": self.water.text(), "electricity": self.electricity.text(), "read_on": iso(self.read_on),
                "office_signed": self.office_signed.text(), "customer_signed": self.customer_signed.text()}


class MoveInDialog(QDialog):
    """入住登记: who moves in, in which role, from when, and the move-in checklist."""

    def __init__(self, office: Office, session: Session, unit, parent=None):
        super().__init__(parent)
        self.office, self.session, self.unit = office, session, unit
        self.setObjectName("moveInDialog")
        self.setWindowTitle(translate("Property", "Move-in to {unit}").format(unit=unit.number))
        self.saved = None
        self.customer = CustomerPicker(office, session)
        self.role = QComboBox(objectName="role")
        for r in OCCUPANCY_ROLES:
            self.role.addItem(label(r), r)
        self.role.setCurrentIndex(OCCUPANCY_ROLES.index("tenant"))
        today = _archive.today().isoformat()
        self.start = date_edit(today, "start_date")
        papers = QGroupBox(translate("Property", "Papers received"))
        grid = QGridLayout(papers)
        self.papers: dict[str, QCheckBox] = {}
        for i, key in enumerate(MOVE_IN_PAPERS):
            box = QCheckBox(label(key), objectName=f"paper_{key}")
            self.papers[key] = box
            grid.addWidget(box, i // 2, i % 2)
        self.readings = _Readings(translate("Property", "Meter readings at move-in"), today, session.display_name)
        self.start.dateChanged.connect(lambda d: self.readings.read_on.setDate(d))
        self.keys_given = QSpinBox(objectName="keys_given", maximum=99)
        self.keys_held = QSpinBox(objectName="keys_held", maximum=99)
        self.key_position = QLineEdit(objectName="key_position")
        self.cards = QSpinBox(objectName="cards", maximum=99)
        self.parking = QLineEdit(objectName="parking")
        self.note = QLineEdit(objectName="note")
        form = QFormLayout()
        form.addRow(translate("Property", "Customer"), self.customer)
        form.addRow(translate("Property", "Role"), self.role)
        form.addRow(translate("Property", "Move-in date"), self.start)
        form.addRow(papers)
        form.addRow(self.readings)
        form.addRow(translate("Property", "Keys handed over"), self.keys_given)
        form.addRow(translate("Property", "Keys kept by the office"), self.keys_held)
        form.addRow(translate("Property", "Key cabinet position"), self.key_position)
        form.addRow(translate("Property", "Access cards"), self.cards)
        form.addRow(translate("Property", "Parking"), self.parking)
        form.addRow(translate("Property", "Note"), self.note)
        self.error, _b = dialog_body(self, form, self._save, translate("Property", "Move in"))

    def _save(self) -> None:
        def go():
            cid = self.customer.customer_id()
            if cid is None:
                from app.validation import ValidationError
                raise ValidationError(translate("Property", "Customer"),
                                      translate("Property", "type a name, phone or code and pick the customer"),
                                      key="customerSearch")
            self.saved = self.office.property.move_in(
                self.session, self.unit.id, cid, self.role.currentData(), iso(self.start),
                {"papers": [k for k, b in self.papers.items() if b.isChecked()], **self.readings.values(),
                 "keys_given": self.keys_given.value(), "keys_held": self.keys_held.value(),
                 "key_position": self.key_position.text(), "cards": self.cards.value(),
                 "parking": self.parking.text(), "note": self.note.text()})
        if attempt(self.error, go, lambda k: self.findChild(QWidget, k)):
            self.accept()


class MoveOutDialog(QDialog):
    """退租: the end date, the final meter readings, keys and cards returned; unpaid items are shown first."""

    def __init__(self, office: Office, session: Session, unit, occupant, parent=None):
        super().__init__(parent)
        self.office, self.session, self.unit, self.occupant = office, session, unit, occupant
        self.setObjectName("moveOutDialog")
        self.setWindowTitle(translate("Property", "Move-out from {unit}").format(unit=unit.number))
        self.saved = None
        occ = occupant.occupancy
        today = _archive.today().isoformat()
        info = QLabel(translate("Property", "{name} ({role}) since {date}").format(
            name=occupant.name, role=label(occ.role), date=occ.start_date), objectName="moveOutWho")
        self.end = date_edit(today, "end_date")
        self.readings = _Readings(translate("Property", "Final meter readings"), today, session.display_name)
        self.readings.customer_signed.setText(occupant.name)
        self.end.dateChanged.connect(lambda d: self.readings.read_on.setDate(d))
        before = occ.move_in
        if before.get("water") or before.get("electricity"):
            was = QLabel(translate("Property", "At move-in: water {water}, electricity {power}").format(
                water=before.get("water") or "-", power=before.get("electricity") or "-"), objectName="moveInReadings")
        else:
            was = QLabel(translate("Property", "No meter readings were taken at move-in."), objectName="moveInReadings")
        self.keys_returned = QSpinBox(objectName="keys_returned", maximum=99, value=int(before.get("keys_given") or 0))
        self.cards_returned = QSpinBox(objectName="cards_returned", maximum=99, value=int(before.get("cards") or 0))
        self.note = QLineEdit(objectName="note")
        form = QFormLayout()
        form.addRow(bold(info))
        form.addRow(translate("Property", "Move-out date"), self.end)
        form.addRow(was)
        form.addRow(self.readings)
        form.addRow(translate("Property", "Keys returned"), self.keys_returned)
        form.addRow(translate("Property", "Access cards returned"), self.cards_returned)
        form.addRow(translate("Property", "Note"), self.note)
        self.error, _b = dialog_body(self, form, self._save, translate("Property", "Move out"))

    def _values(self) -> dict:
        return {**self.readings.values(), "keys_returned": self.keys_returned.value(),
                "cards_returned": self.cards_returned.value(), "note": self.note.text()}

    def _save(self) -> None:
        svc, occ_id = self.office.property, self.occupant.occupancy.id
        owed: list[ArrearsFound] = []

        def move_out(arrears_seen: bool) -> None:
            try:
                self.saved = svc.move_out(self.session, occ_id, iso(self.end), self._values(),
                                          arrears_seen=arrears_seen)
            except ArrearsFound as exc:   # not an error: the clerk is asked below
                owed.append(exc)

        field = lambda k: self.findChild(QWidget, k)  # noqa: E731
        if not attempt(self.error, lambda: move_out(False), field):
            return
        if owed:
            if not ask(self, str(owed[0]) + "\n\n" + translate("Property", "Move out anyway? The unpaid items stay in "
                                                                          "the customer's dossier.")):
                return
            if not attempt(self.error, lambda: move_out(True), field):
                return
        self.accept()


class LendKeyDialog(QDialog):
    def __init__(self, office: Office, session: Session, key, parent=None):
        super().__init__(parent)
        self.office, self.session, self.key = office, session, key
        self.setObjectName("lendKeyDialog")
        self.setWindowTitle(translate("Property", "Lend a key"))
        today = _archive.today()
        self.lent_to = QLineEdit(objectName="lent_to")
        self.purpose = QLineEdit(objectName="purpose")
        self.lent_on = date_edit(today, "lent_on")
        self.due = date_edit(today + _dt.timedelta(days=1), "due_date")
        form = QFormLayout()
        form.addRow(QLabel(f"{key.description} ×{key.quantity}"))
        form.addRow(translate("Property", "Lent to"), self.lent_to)
        form.addRow(translate("Property", "Purpose"), self.purpose)
        form.addRow(translate("Property", "Lent on"), self.lent_on)
        form.addRow(translate("Property", "Due back"), self.due)
        self.error, _b = dialog_body(self, form, self._save, translate("Property", "Lend"))

    def _save(self) -> None:
        if attempt(self.error, lambda: self.office.property.lend_key(
                self.session, self.key.id, self.lent_to.text(), self.purpose.text(), iso(self.lent_on), iso(self.due)),
                lambda k: self.findChild(QWidget, k)):
            self.accept()


class KeyDialog(QDialog):
    """代保管钥匙: take a tenant's key into the office's cabinet."""

    def __init__(self, office: Office, session: Session, unit, parent=None):
        super().__init__(parent)
        self.office, self.session, self.unit = office, session, unit
        self.setObjectName("keyDialog")
        self.setWindowTitle(translate("Property", "Key kept for {unit}").format(unit=unit.number))
        self.description = QLineEdit(translate("Property", "Door keys"), objectName="description")
        self.quantity = QSpinBox(objectName="quantity", minimum=1, maximum=99)
        self.position = QLineEdit(objectName="position")
        self.received = date_edit(_archive.today(), "received_on")
        self.note = QLineEdit(objectName="note")
        form = QFormLayout()
        form.addRow(translate("Property", "Key"), self.description)
        form.addRow(translate("Property", "Quantity"), self.quantity)
        form.addRow(translate("Property", "Key cabinet position"), self.position)
        form.addRow(translate("Property", "Received on"), self.received)
        form.addRow(translate("Property", "Note"), self.note)
        self.error, _b = dialog_body(self, form, self._save)

    def _save(self) -> None:
        if attempt(self.error, lambda: self.office.property.register_key(self.session, self.unit.id, {
                "description": self.description.text(), "quantity": self.quantity.value(),
                "position": self.position.text(), "received_on": iso(self.received), "note": self.note.text()}),
                lambda k: self.findChild(QWidget, k)):
            self.accept()


# ------------------------------------------------------------------ the unit's dossier
class UnitDossier(QDialog):
    """一户一档: the unit with its current occupant and every earlier one, its keys and its label."""

    changed = Signal()
    open_customer = Signal(int)

    def __init__(self, office: Office, session: Session, unit_id: int, parent=None):
        super().__init__(parent)
        self.office, self.session, self.unit_id = office, session, unit_id
        self.setObjectName("unitDossier")
        self.resize(820, 560)
        self.heading = bold(QLabel(objectName="unitHeading"))
        self.details = QLabel(objectName="unitDetails")
        self.details.setWordWrap(True)
        self.occupancies = text_table("occupancyTable", [
            translate("Property", "Customer"), translate("Property", "Role"), translate("Property", "Moved in"),
            translate("Property", "Moved out"), translate("Property", "Meters at move-in"),
            translate("Property", "Meters at move-out")])
        self.keys = text_table("unitKeysTable", [
            translate("Property", "Key"), translate("Property", "Quantity"),
            translate("Property", "Key cabinet position"), translate("Property", "Status")])
        self.keys.setMaximumHeight(130)
        buttons = QHBoxLayout()
        w = session.may("property.write")
        self.move_in_button = self._button(buttons, "moveIn", translate("Property", "Move in…"), self.move_in, w)
        self.move_out_button = self._button(buttons, "moveOut", translate("Property", "Move out…"), self.move_out, w)
        self.customer_button = self._button(buttons, "openCustomer", translate("Property", "Open customer dossier"),
                                            self._open_customer, True)
        self._button(buttons, "editUnit", translate("Property", "Edit unit…"), self.edit, w)
        self.renovating = QCheckBox(translate("Property", "Being renovated"), objectName="renovating")
        self.renovating.setEnabled(w)
        self.renovating.clicked.connect(self._renovating)
        buttons.addWidget(self.renovating)
        self._button(buttons, "registerKey", translate("Property", "Keep a key…"), self.register_key,
                     session.may("keys.lend"))
        self._button(buttons, "printLabel", translate("Property", "Print label…"), self.print_label, w)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(QLabel(translate("Property", "Occupants, current first")))
        layout.addWidget(self.occupancies, 1)
        layout.addWidget(QLabel(translate("Property", "Keys kept by the office")))
        layout.addWidget(self.keys)
        layout.addLayout(buttons)
        self.occupancies.itemSelectionChanged.connect(self._update_buttons)
        self.occupancies.itemDoubleClicked.connect(lambda _i: self._open_customer())
        self.refresh()

    @staticmethod
    def _button(row: QHBoxLayout, name: str, text: str, slot, allowed: bool) -> QPushButton:
        b = QPushButton(text, objectName=name)
        b.clicked.connect(lambda _c=False: slot())
        b.setEnabled(allowed)
        b.setProperty("allowed", allowed)
        row.addWidget(b)
        return b

    def refresh(self) -> None:
        svc = self.office.property
        self.unit = svc.get_unit(self.session, self.unit_id)
        building = svc.building_of(self.unit)
        self.setWindowTitle(translate("Property", "Unit dossier {unit}").format(unit=self.unit.number))
        self.heading.setText(f"{self.unit.number}  {building.name}  [{label(self.unit.status)}]")
        state = svc.label_states(self.session, "unit", [self.unit.id])[0]
        self.details.setText("    ".join(p for p in (
            translate("Property", "Floor {floor}").format(floor=_floor_text(self.unit.floor)),
            self.unit.area and translate("Property", "{area} m²").format(area=self.unit.area),
            label(self.unit.use), label(self.unit.kind),
            translate("Property", "Label: {state}").format(state=label(state.state)), self.unit.note) if p))
        self.history = svc.history(self.session, self.unit.id)

        def meters(d: dict) -> str:
            if not d.get("read_on"):
                return ""
            return translate("Property", "water {water}, electricity {power} ({date})").format(
                water=d.get("water") or "-", power=d.get("electricity") or "-", date=d["read_on"])
        fill_table(self.occupancies, [[f"{h.code} {h.name}", label(h.occupancy.role), h.occupancy.start_date,
                                  h.occupancy.end_date or translate("Property", "(current)"), meters(h.occupancy.move_in),
                                  meters(h.occupancy.move_out)] for h in self.history])
        for r, h in enumerate(self.history):
            if not h.occupancy.current:
                for c in range(self.occupancies.columnCount()):
                    self.occupancies.item(r, c).setForeground(Qt.GlobalColor.darkGray)
        keys = svc.list_keys(self.session, unit_id=self.unit.id)
        fill_table(self.keys, [[k.description, k.quantity, k.position, svc.key_status_text(k)] for k in keys])
        self.renovating.setChecked(self.unit.status == "renovating")
        if self.history and self.occupancies.currentRow() < 0:
            self.occupancies.selectRow(0)
        self._update_buttons()

    def current_occupant(self):
        row = self.occupancies.currentRow()
        return self.history[row] if 0 <= row < len(self.history) else None

    def _update_buttons(self) -> None:
        h = self.current_occupant()
        self.move_out_button.setEnabled(bool(self.move_out_button.property("allowed")) and h is not None
                                        and h.occupancy.current)
        self.customer_button.setEnabled(h is not None)

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def move_in(self) -> None:
        dialog = MoveInDialog(self.office, self.session, self.unit, self)
        if dialog.exec():
            self.occupancies.clearSelection()
            self.occupancies.setCurrentCell(-1, -1)
            self._changed()

    def move_out(self) -> None:
        h = self.current_occupant()
        if h is None or not h.occupancy.current:
            return
        if MoveOutDialog(self.office, self.session, self.unit, h, self).exec():
            self._changed()

    def _open_customer(self) -> None:
        h = self.current_occupant()
        if h is not None:
            self.open_customer.emit(h.occupancy.customer_id)

    def edit(self) -> None:
        building = self.office.property.building_of(self.unit)
        if UnitDialog(self.office, self.session, building, self.unit, self).exec():
            self._changed()

    def _renovating(self, on: bool) -> None:
        try:
            self.office.property.set_renovating(self.session, self.unit.id, on)
        except Exception as exc:
            show_error(self, exc)
        self._changed()

    def register_key(self) -> None:
        if KeyDialog(self.office, self.session, self.unit, self).exec():
            self._changed()

    def print_label(self) -> None:
        states = self.office.property.label_states(self.session, "unit", [self.unit.id])
        if save_labels(self, self.office, self.session, states):
            self._changed()


def save_labels(parent, office: Office, session: Session, states) -> bool:
    """Save the labels as a PDF to print, and remember what they say (the to-reprint list compares)."""
    from app.reports.property_reports import labels_pdf
    from app.ui import report_export

    if not states:
        show_info(parent, translate("Property", "Choose the labels to print first."))
        return False
    path = report_export.save_report(parent, lambda: labels_pdf(office, session, states),
                                     translate("Property", "Folder labels"), "pdf", office=office, session=session)
    if not path:
        return False
    try:
        office.property.record_printed(session, states)
    except Exception as exc:
        show_error(parent, exc)
        return False
    return True


# ------------------------------------------------------------------ pages of the window
class UnitsPage(RegisterPage):
    """The units of the chosen building (or what the search found), with their occupants."""

    open_unit = Signal(int)

    def __init__(self, office: Office, session: Session, parent=None):
        self.occupants: dict = {}
        super().__init__(office, session, "unitsPage", [
            translate("Property", "Unit number"), translate("Property", "Floor"), translate("Property", "Area (m²)"),
            translate("Property", "Use"), translate("Property", "Status"), translate("Property", "Occupants")],
            lambda u: [u.number, _floor_text(u.floor), u.area, label(u.use), label(u.status),
                       "、".join(f"{o.name}（{label(o.occupancy.role)}）" for o in self.occupants.get(u.id, []))], parent)
        self.search.setPlaceholderText(translate("Property", "Filter by number or occupant"))
        self.building_id: int | None = None
        self.found: list | None = None
        self.found_text = ""
        self.model.grey = lambda u: u.status == "vacant"
        self.add_button("openUnit", translate("Property", "Open unit dossier"), lambda: self.activated())

    def load(self) -> list:
        if self.found is not None:  # what the window's search found, in every building
            self.occupants = self.office.property.occupants(u.id for u in self.found)
            return self.found
        if self.building_id is None:
            return []
        units = self.office.property.units_in(self.session, self.building_id)
        self.occupants = self.office.property.occupants(u.id for u in units)
        text = self.search.text().strip()
        if text:
            found = {u.id for u in self.office.property.find_units(self.session, text, limit=5000)}
            units = [u for u in units if u.id in found]
        return units

    def status_text(self, items: list) -> str:
        if self.found is not None:
            return translate("Property", "{n} units match {text}.").format(n=len(items), text=self.found_text)
        return translate("Property", "{n} units").format(n=len(items))

    def enabled(self, button: str, item) -> bool:
        return item is not None

    def activated(self) -> None:
        u = self.current()
        if u is not None:
            self.open_unit.emit(u.id)


class KeysPage(RegisterPage):
    """代保管钥匙登记: every key the office keeps, lent out, returned to the cabinet or given back."""

    def __init__(self, office: Office, session: Session, parent=None):
        self.units: dict = {}
        super().__init__(office, session, "keysPage", [
            translate("Property", "Unit number"), translate("Property", "Key"), translate("Property", "Quantity"),
            translate("Property", "Key cabinet position"), translate("Property", "Status"),
            translate("Property", "Lent to"), translate("Property", "Lent on"), translate("Property", "Due back")],
            lambda k: [getattr(self.units.get(k.unit_id), "number", ""), k.description, k.quantity, k.position,
                       self.office.property.key_status_text(k), k.lent_to, k.lent_on, k.due_date], parent)
        self.state = self.add_filter("keyStatus", [
            (translate("Property", "Kept now"), "kept"), (translate("Property", "Lent out"), "lent"),
            (translate("Property", "Overdue only"), "overdue"), (translate("Property", "All keys"), "")])
        self.model.red = lambda k: self.office.property.is_overdue(k)
        self.model.grey = lambda k: k.status == "returned"
        self.add_button("lendKey", translate("Property", "Lend…"), self.lend, "keys.lend")
        self.add_button("returnKey", translate("Property", "Back in the cabinet…"), self.take_back, "keys.lend")
        self.add_button("giveBackKey", translate("Property", "Give back to tenant…"), self.give_back, "keys.lend")
        self.add_button("printKeys", translate("Property", "Print list…"), lambda: self.report("pdf"), "property.read")
        self.add_button("exportKeys", translate("Property", "Excel…"), lambda: self.report("xlsx"), "property.read")

    def load(self) -> list:
        state = self.state.currentData()
        svc = self.office.property
        if state == "kept":
            keys = [k for k in svc.list_keys(self.session) if k.status != "returned"]
        elif state == "overdue":
            keys = svc.list_keys(self.session, overdue_only=True)
        else:
            keys = svc.list_keys(self.session, status=state or "")
        self.units = svc.units.by_ids(k.unit_id for k in keys)
        text = self.search.text().strip().lower()
        if text:
            keys = [k for k in keys if text in " ".join((getattr(self.units.get(k.unit_id), "number", ""),
                                                         k.description, k.lent_to, k.position)).lower()]
        return keys

    def enabled(self, button: str, item) -> bool:
        if item is None:
            return button in ("printKeys", "exportKeys")
        return {"lendKey": item.status == "held", "returnKey": item.status == "lent",
                "giveBackKey": item.status == "held"}.get(button, True)

    def lend(self) -> None:
        k = self.current()
        if k is not None and LendKeyDialog(self.office, self.session, k, self).exec():
            self.done(k.id)

    def take_back(self) -> None:
        k = self.current()
        if k is None:
            return
        dialog = AskDialog(translate("Property", "Key back in the cabinet"), f"{k.description} ← {k.lent_to}",
                           date_label=translate("Property", "Returned on"), date_value=_archive.today(),
                           action=lambda d: self.office.property.return_key(self.session, k.id, d.date_text()),
                           parent=self)
        if dialog.exec():
            self.done(k.id)

    def give_back(self) -> None:
        k = self.current()
        if k is None:
            return
        dialog = AskDialog(translate("Property", "Key given back to the tenant"), k.description,
                           date_label=translate("Property", "Given back on"), date_value=_archive.today(),
                           action=lambda d: self.office.property.give_back_key(self.session, k.id, d.date_text()),
                           parent=self)
        if dialog.exec():
            self.done(k.id)

    def report(self, fmt: str) -> None:
        from app.reports.property_reports import keys_report
        from app.ui import report_export

        keys = self.load()  # read the filters here: the report is built in a worker thread
        report_export.save_report(self, lambda: keys_report(self.office, self.session, keys),
                                  translate("Property", "Keys held for tenants"), fmt, office=self.office,
                                  session=self.session)


class LabelsPage(QWidget):
    """档案标牌: which labels are missing or no longer match, and printing them."""

    changed = Signal()

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("labelsPage")
        self.kind = QComboBox(objectName="labelKind")
        self.kind.addItem(translate("Property", "Unit dossiers"), "unit")
        self.kind.addItem(translate("Property", "Archive files"), "file")
        self.show_state = QComboBox(objectName="labelState")
        for text, code in ((translate("Property", "To reprint"), "reprint"),
                           (translate("Property", "Not printed yet"), "never"), (translate("Property", "All"), "")):
            self.show_state.addItem(text, code)
        self.table = text_table("labelsTable", [translate("Property", "Number"), translate("Property", "Name now"),
                                            translate("Property", "Label says"), translate("Property", "State")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.status = QLabel(objectName="labelsStatus")
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.show_state)
        top.addStretch(1)
        print_button = QPushButton(translate("Property", "Print labels (PDF)…"), objectName="printLabels")
        print_button.setEnabled(session.may("property.write"))
        print_button.clicked.connect(lambda _c=False: self.print_labels())
        select_all = QPushButton(translate("Property", "Select all"), objectName="selectAllLabels")
        select_all.clicked.connect(lambda _c=False: self.table.selectAll())
        row = QHBoxLayout()
        row.addWidget(select_all)
        row.addWidget(print_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_state.currentIndexChanged.connect(lambda _i: self.refresh())
        self.states: list = []
        self.refresh()

    def refresh(self) -> None:
        try:
            states = self.office.property.label_states(self.session, self.kind.currentData())
        except Exception as exc:
            self.status.setText(user_message(exc))
            return
        want = self.show_state.currentData()
        self.states = [s for s in states if not want or s.state == want]
        fill_table(self.table, [[s.number, s.name, (s.printed or "").replace("\n", " "), label(s.state)]
                           for s in self.states])
        reprint = sum(1 for s in states if s.state == "reprint")
        self.status.setText(translate("Property", "{n} labels shown; {reprint} to reprint.").format(
            n=len(self.states), reprint=reprint))

    def selected(self) -> list:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.states[r] for r in rows]

    def print_labels(self) -> None:
        if save_labels(self, self.office, self.session, self.selected()):
            self.refresh()
            self.changed.emit()


class ReportsPage(QWidget):
    """The desk's reports as PDF or Excel."""

    def __init__(self, office: Office, session: Session, window: "PropertyWindow", parent=None):
        super().__init__(parent)
        self.office, self.session, self.window_ = office, session, window
        self.setObjectName("propertyReports")
        today = _archive.today()
        self.date_from = date_edit(today.replace(day=1), "reportFrom")
        self.date_to = date_edit(today, "reportTo")
        period = QHBoxLayout()
        period.addWidget(QLabel(translate("Property", "Period")))
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addStretch(1)
        grid = QGridLayout()
        reports = (("occupancy", translate("Property", "Occupancy of the chosen building")),
                   ("occupancy_all", translate("Property", "Occupancy of every building")),
                   ("vacant", translate("Property", "Vacant units")),
                   ("moves", translate("Property", "Move-ins and move-outs in the period")),
                   ("meters", translate("Property", "Meter readings in the period")),
                   ("keys", translate("Property", "Keys held for tenants")))
        for row, (key, text) in enumerate(reports):
            grid.addWidget(QLabel(text), row, 0)
            for col, fmt in enumerate(("preview", "pdf", "xlsx"), 1):
                text = {"preview": translate("Property", "Preview…"), "pdf": "PDF…", "xlsx": "Excel…"}[fmt]
                b = QPushButton(text, objectName=f"report_{key}_{fmt}")
                b.clicked.connect(lambda _c=False, k=key, f=fmt: self.save(k, f))
                grid.addWidget(b, row, col)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addLayout(grid)
        layout.addStretch(1)

    def build(self, key: str):
        from app.reports import property_reports as pr

        o, s = self.office, self.session
        a, b, bid = iso(self.date_from), iso(self.date_to), self.window_.building_id()  # read here, built in a worker
        return {
            "occupancy": lambda: pr.occupancy_list(o, s, bid),
            "occupancy_all": lambda: pr.occupancy_list(o, s),
            "vacant": lambda: pr.occupancy_list(o, s, vacant_only=True),
            "moves": lambda: pr.moves_report(o, s, a, b),
            "meters": lambda: pr.meter_report(o, s, a, b),
            "keys": lambda: pr.keys_report(o, s),
        }[key]

    def save(self, key: str, fmt: str) -> None:
        from app.ui import report_export

        build = self.build(key)
        if key in ("moves", "meters") and iso(self.date_from) > iso(self.date_to):
            show_error(self, translate("Property", "The period ends before it starts."))
            return
        titles = {"occupancy": translate("Property", "Occupancy by building"),
                  "occupancy_all": translate("Property", "Occupancy by building"),
                  "vacant": translate("Property", "Vacant units"),
                  "moves": translate("Property", "Move-ins and move-outs"),
                  "meters": translate("Property", "Meter readings at move-in and move-out"),
                  "keys": translate("Property", "Keys held for tenants")}
        if fmt == "preview":
            report_export.preview_report(self, build, titles[key], office=self.office, session=self.session)
            return
        report_export.save_report(self, build, titles[key], fmt, office=self.office, session=self.session)


# ------------------------------------------------------------------ the window
class PropertyWindow(QMainWindow):
    """物业: buildings, the floor view, units, keys, labels and reports."""

    changed = Signal()
    open_customer = Signal(int)
    TABS = ("floors", "units", "keys", "labels", "reports")

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("propertyWindow")
        self.setWindowTitle(translate("Property", "Property desk: {company}").format(company=office.company()))
        self.resize(1180, 760)
        self.dossiers: dict[int, UnitDossier] = {}
        self.building = QComboBox(objectName="buildingChoice")
        self.building.setMinimumWidth(180)
        self.search = QLineEdit(objectName="unitSearch",
                                placeholderText=translate("Property", "Unit number (3-2-1201, 3栋2单元1201, 1201), "
                                                                      "occupant or label code"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find)
        w = session.may("property.write")
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Property", "Building")))
        top.addWidget(self.building)
        for name, text, slot in (("newBuilding", translate("Property", "New building…"), self.new_building),
                                 ("editBuilding", translate("Property", "Edit building…"), self.edit_building),
                                 ("newUnit", translate("Property", "New unit…"), self.new_unit),
                                 ("importUnits", translate("Property", "Import units from Excel…"), self.import_units)):
            b = QPushButton(text, objectName=name)
            b.setEnabled(w)
            b.clicked.connect(lambda _c=False, f=slot: f())
            top.addWidget(b)
        top.addWidget(self.search, 1)
        self.floor_view = FloorView()
        self.units_page = UnitsPage(office, session)
        self.keys_page = KeysPage(office, session)
        self.labels_page = LabelsPage(office, session)
        self.reports_page = ReportsPage(office, session, self)
        self.tabs = QTabWidget(objectName="propertyTabs")
        titles = (translate("Property", "Floor view"), translate("Property", "Units"),
                  translate("Property", "Keys held"), translate("Property", "Folder labels"),
                  translate("Property", "Reports"))
        self.pages = dict(zip(self.TABS, (self.floor_view, self.units_page, self.keys_page, self.labels_page,
                                          self.reports_page)))
        for i, (key, title) in enumerate(zip(self.TABS, titles)):
            self.tabs.addTab(self.pages[key], title)
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda k=key: self.show_tab(k))
        QShortcut(QKeySequence.StandardKey.Find, self, activated=lambda: (self.search.setFocus(), self.search.selectAll()))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.legend = QLabel(objectName="floorLegend")
        self.legend.setText("   ".join(
            f"<span style='background:{c}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> {label(k)}" for k, c in STATUS_COLOURS.items()))
        self.statusBar().addPermanentWidget(self.legend)
        from app.ui.layout import LayoutKeeper

        LayoutKeeper(self, "property")   # the registers size their columns to what they show
        self.floor_view.unit_clicked.connect(self.open_unit)
        self.units_page.open_unit.connect(self.open_unit)
        self.building.currentIndexChanged.connect(lambda _i: self.show_building())
        for page in (self.units_page, self.keys_page, self.labels_page):
            page.changed.connect(self._changed)
        self.load_buildings()

    # ------------------------------------------------------------ buildings
    def building_id(self) -> int | None:
        return self.building.currentData()

    def load_buildings(self, select: int | None = None) -> None:
        keep = select or self.building_id()
        self.building.blockSignals(True)
        self.building.clear()
        for b in self.office.property.list_buildings(self.session):
            self.building.addItem(f"{b.name}（{b.code}）" if b.name != b.code else b.name, b.id)
        index = self.building.findData(keep) if keep else 0
        self.building.setCurrentIndex(max(index, 0))
        self.building.blockSignals(False)
        self.show_building()

    def show_building(self) -> None:
        bid = self.building_id()
        code = ""
        grid = []
        if bid is not None:
            try:
                code = self.office.property.get_building(self.session, bid).code
                grid = self.office.property.floor_grid(self.session, bid)
            except Exception as exc:
                show_error(self, exc)
        self.floor_view.show_grid(grid, code)
        self.units_page.building_id = bid
        self.units_page.found = None
        self.units_page.refresh()

    def new_building(self) -> None:
        dialog = BuildingDialog(self.office, self.session, parent=self)
        if dialog.exec():
            self.load_buildings(dialog.saved.id)
            self.changed.emit()

    def edit_building(self) -> None:
        bid = self.building_id()
        if bid is None:
            return
        dialog = BuildingDialog(self.office, self.session, self.office.property.get_building(self.session, bid), self)
        if dialog.exec():
            self.load_buildings(bid)

    def new_unit(self) -> None:
        bid = self.building_id()
        if bid is None:
            show_info(self, translate("Property", "Add a building first."))
            return
        dialog = UnitDialog(self.office, self.session, self.office.property.get_building(self.session, bid), parent=self)
        if dialog.exec():
            self.show_building()

    def import_units(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _f = QFileDialog.getOpenFileName(self, translate("Property", "Import units from Excel"), "",
                                               translate("Property", "Excel workbook (*.xlsx)"))
        if not path:
            return
        try:
            n = self.office.property.import_units(self.session, path)
        except Exception as exc:
            show_error(self, exc)
            return
        show_info(self, translate("Property", "{n} units imported.").format(n=n))
        self.load_buildings()
        self.changed.emit()

    # ------------------------------------------------------------ finding and opening
    def find(self) -> None:
        """Enter in the search box: one match (or a label's QR code) opens the unit; several are listed."""
        text = self.search.text().strip()
        if not text:
            return
        qr = parse_qr(text)
        if qr and qr[0] == "file":
            parent = self.parent()
            if parent is not None and hasattr(parent, "open_archive"):
                parent.open_archive("files", qr[1])
            return
        try:
            found = self.office.property.find_units(self.session, text)
        except Exception as exc:
            show_error(self, exc)
            return
        if not found:
            self.statusBar().showMessage(translate("Property", "No unit matches {text}.").format(text=text), 5000)
            return
        if len(found) == 1:
            self.search.clear()
            self.open_unit(found[0].id)
            return
        self.units_page.found = found
        self.units_page.found_text = text
        self.units_page.refresh()
        self.show_tab("units")

    def show_tab(self, key: str):
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page

    def open_unit(self, unit_id: int) -> UnitDossier | None:
        dossier = self.dossiers.get(unit_id)
        if dossier is None:
            try:
                dossier = UnitDossier(self.office, self.session, unit_id, self)
            except Exception as exc:
                show_error(self, exc)
                return None
            dossier.changed.connect(self._changed)
            dossier.open_customer.connect(self.open_customer)
            dossier.finished.connect(lambda _r, uid=unit_id: self.dossiers.pop(uid, None))
            self.dossiers[unit_id] = dossier
        dossier.show()
        dossier.raise_()
        dossier.activateWindow()
        return dossier

    def _changed(self) -> None:
        self.show_building()
        self.keys_page.refresh()
        self.labels_page.refresh()
        for d in list(self.dossiers.values()):
            try:
                d.refresh()
            except Exception:  # noqa: BLE001 - a dossier that cannot refresh keeps what it shows
                pass
        self.changed.emit()
