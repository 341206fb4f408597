"""The property desk's reports: occupancy by building, vacant units, move-ins and move-outs in a
period, keys held, meter readings at move-in and move-out, and the folder labels (档案标牌) with QR codes.

The table reports return ``tables.TableReport`` (PDF and Excel through ``tables``); the labels come
back as PDF bytes.
"""
from __future__ import annotations

import datetime as _dt
import io

from app.i18n import translate
from app.property import label as plabel
from app.reports import tables
from app.reports.tables import Column, TableReport


def _base(office, session, title: str, columns: list, rows: list, subtitle: str = "", **kw) -> TableReport:
    return TableReport(title=title, columns=columns, rows=rows, company=office.company(), logo=office.logo(),
                       printed_by=session.display_name, printed_at=_dt.datetime.now().replace(microsecond=0),
                       subtitle=subtitle, **kw)


def _buildings(office, session, building_id: int | None):
    all_ = office.property.list_buildings(session)
    return [b for b in all_ if building_id is None or b.id == building_id]


def _area(text: str):
    return float(text) if text else None


def occupancy_list(office, session, building_id: int | None = None, *, vacant_only: bool = False) -> TableReport:
    """入住情况一览 by building (or the vacant units only): every unit with its current occupants."""
    rows, highlight = [], set()
    count = {"occupied": 0, "vacant": 0, "renovating": 0}
    buildings = _buildings(office, session, building_id)
    for b in buildings:
        units = office.property.units_in(session, b.id)
        occupants = office.property.occupants(u.id for u in units)
        for u in sorted(units, key=lambda u: (-u.floor, u.number)):
            if vacant_only and u.status != "vacant":
                continue
            count[u.status] += 1
            occ = occupants.get(u.id, [])
            rows.append([b.name, u.number, u.floor, _area(u.area), plabel(u.use), plabel(u.status),
                         "、".join(f"{o.name}（{plabel(o.occupancy.role)}）" for o in occ),
                         "、".join(o.code for o in occ), min((o.occupancy.start_date for o in occ), default="")])
            if u.status == "vacant":
                highlight.add(len(rows) - 1)
    cols = [Column(translate("Property", "Building"), 0.9), Column(translate("Property", "Unit number"), 1.1),
            Column(translate("Property", "Floor"), 0.5, "right"), Column(translate("Property", "Area (m²)"), 0.7, "right"),
            Column(translate("Property", "Use"), 0.7), Column(translate("Property", "Status"), 0.7),
            Column(translate("Property", "Occupants"), 2.2), Column(translate("Property", "Customer code"), 1.1),
            Column(translate("Property", "Since"), 0.9, kind="date")]
    title = translate("Property", "Vacant units") if vacant_only else translate("Property", "Occupancy by building")
    subtitle = "、".join(b.name for b in buildings) if building_id is not None else ""
    summary = [translate("Property", "{n} units: {occupied} occupied, {vacant} vacant, {renovating} being renovated.")
               .format(n=len(rows), **count)]
    return _base(office, session, title, cols, rows, subtitle, landscape=True, summary_lines=summary,
                 highlight_rows=set() if vacant_only else highlight)


def moves_report(office, session, date_from: str, date_to: str) -> TableReport:
    """入住、退租登记 between two dates."""
    moves = office.property.moves(session, date_from, date_to)
    rows = [[m.date, translate("Property", "Move-in") if m.direction == "in" else translate("Property", "Move-out"),
             m.building.name, m.unit.number, m.name, m.code, plabel(m.occupancy.role),
             m.readings.get("water", ""), m.readings.get("electricity", ""),
             m.occupancy.move_out.get("note", "") if m.direction == "out" else m.occupancy.note] for m in moves]
    cols = [Column(translate("Property", "Date"), 0.9, kind="date"), Column(translate("Property", "Move"), 0.7),
            Column(translate("Property", "Building"), 0.8), Column(translate("Property", "Unit number"), 1.0),
            Column(translate("Property", "Customer"), 1.2), Column(translate("Property", "Customer code"), 1.0),
            Column(translate("Property", "Role"), 0.8), Column(translate("Property", "Water meter"), 0.8, "right"),
            Column(translate("Property", "Electricity meter"), 0.8, "right"), Column(translate("Property", "Note"), 1.4)]
    ins = sum(1 for m in moves if m.direction == "in")
    summary = [translate("Property", "{ins} move-ins and {outs} move-outs.").format(ins=ins, outs=len(moves) - ins)]
    return _base(office, session, translate("Property", "Move-ins and move-outs"), cols, rows,
                 translate("Property", "{start} to {end}").format(start=date_from, end=date_to), landscape=True,
                 summary_lines=summary)


def meter_report(office, session, date_from: str, date_to: str) -> TableReport:
    """水、电表底数: the readings confirmed at move-in and move-out in the period, with who signed."""
    moves = [m for m in office.property.moves(session, date_from, date_to) if m.readings.get("read_on")]
    rows = [[m.readings["read_on"], m.unit.number, m.name,
             translate("Property", "Move-in") if m.direction == "in" else translate("Property", "Move-out"),
             m.readings.get("water", ""), m.readings.get("electricity", ""), m.readings.get("office_signed", ""),
             m.readings.get("customer_signed", "")] for m in moves]
    cols = [Column(translate("Property", "Read on"), 0.9, kind="date"), Column(translate("Property", "Unit number"), 1.0),
            Column(translate("Property", "Customer"), 1.2), Column(translate("Property", "Move"), 0.7),
            Column(translate("Property", "Water meter"), 0.8, "right"),
            Column(translate("Property", "Electricity meter"), 0.8, "right"),
            Column(translate("Property", "Signed for the office"), 1.0),
            Column(translate("Property", "Signed by the customer"), 1.0)]
    return _base(office, session, translate("Property", "Meter readings at move-in and move-out"), cols, rows,
                 translate("Property", "{start} to {end}").format(start=date_from, end=date_to), landscape=True)


def keys_report(office, session, keys=None) -> TableReport:
    """代保管钥匙登记: the keys the office keeps for tenants, where they are and who has them."""
    keys = office.property.list_keys(session) if keys is None else keys
    units = office.property.units.by_ids(k.unit_id for k in keys)
    names = office.property.customer_names(k.customer_id for k in keys)
    rows = [[units[k.unit_id].number if k.unit_id in units else "", names.get(k.customer_id, ("", ""))[1],
             k.description, k.quantity, k.position, k.received_on, office.property.key_status_text(k), k.lent_to,
             k.lent_on or "", k.due_date or "", k.returned_on or ""] for k in keys]
    cols = [Column(translate("Property", "Unit number"), 1.0), Column(translate("Property", "Tenant"), 1.0),
            Column(translate("Property", "Key"), 1.2), Column(translate("Property", "Quantity"), 0.5, "right"),
            Column(translate("Property", "Key cabinet position"), 0.8),
            Column(translate("Property", "Received on"), 0.9, kind="date"), Column(translate("Property", "Status"), 0.9),
            Column(translate("Property", "Lent to"), 0.9), Column(translate("Property", "Lent on"), 0.9, kind="date"),
            Column(translate("Property", "Due back"), 0.9, kind="date"),
            Column(translate("Property", "Given back on"), 0.9, kind="date")]
    held = [k for k in keys if k.status != "returned"]
    summary = [translate("Property", "{n} keys in keeping, {lent} of them lent out.").format(
        n=len(held), lent=sum(1 for k in held if k.status == "lent"))]
    return _base(office, session, translate("Property", "Keys held for tenants"), cols, rows, landscape=True,
                 summary_lines=summary, highlight_rows={i for i, k in enumerate(keys) if office.property.is_overdue(k)})


# ------------------------------------------------------------------ folder labels
LABEL_W, LABEL_H = 90, 52      # millimetres; two across, five down on A4
LABELS_ACROSS, LABELS_DOWN = 2, 5


def labels_pdf(office, session, states) -> bytes:
    """档案标牌: one label per folder, with the number large, the current name and a QR code of the record."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    fonts = tables.Fonts()
    mm = tables.MM
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=A4, pageCompression=1)
    canv.setTitle(translate("Property", "Folder labels"))
    canv.setAuthor(office.company())
    page_w, page_h = A4
    left = (page_w - LABELS_ACROSS * LABEL_W * mm) / 2
    top = page_h - (page_h - LABELS_DOWN * LABEL_H * mm) / 2
    per_page = LABELS_ACROSS * LABELS_DOWN
    printed = tables.printed_line(session.display_name, _dt.datetime.now().replace(microsecond=0))
    for i, s in enumerate(states):
        slot = i % per_page
        if i and slot == 0:
            canv.showPage()
        col, row = slot % LABELS_ACROSS, slot // LABELS_ACROSS
        x = left + col * LABEL_W * mm
        y = top - (row + 1) * LABEL_H * mm
        canv.setStrokeColorRGB(*tables.GRID)
        canv.setLineWidth(0.6)
        canv.setDash(3, 2)
        canv.rect(x, y, LABEL_W * mm, LABEL_H * mm)
        canv.setDash()
        qr_size = 34 * mm
        widget = QrCodeWidget(s.qr, barLevel="M")
        bx0, by0, bx1, by1 = widget.getBounds()
        drawing = Drawing(qr_size, qr_size, transform=[qr_size / (bx1 - bx0), 0, 0, qr_size / (by1 - by0), 0, 0])
        drawing.add(widget)
        qx = x + LABEL_W * mm - qr_size - 4 * mm
        qy = y + (LABEL_H * mm - qr_size) / 2 + 2 * mm
        renderPDF.draw(drawing, canv, qx, qy)
        tables.draw_text(canv, qx + qr_size / 2, qy - 3 * mm, s.qr, "Helvetica", 7, tables.GREY, align="center")
        text_w = LABEL_W * mm - qr_size - 12 * mm
        tx = x + 5 * mm
        tables.draw_text(canv, tx, y + LABEL_H * mm - 8 * mm, tables.fit_text(office.company(), fonts.regular, 8, text_w),
                         fonts.regular, 8, tables.GREY)
        kind = translate("Property", "Unit dossier") if s.kind == "unit" else translate("Property", "Archive file")
        tables.draw_text(canv, tx, y + LABEL_H * mm - 13 * mm, kind, fonts.regular, 8, tables.GREY)
        size = 20 if len(s.number) <= 9 else 14
        tables.draw_text(canv, tx, y + LABEL_H * mm - 25 * mm, tables.fit_text(s.number, fonts.bold, size, text_w),
                         fonts.bold, size, bold=True, real_bold=fonts.real_bold)
        name = s.name or translate("Property", "(vacant)")
        lines = _wrap(name, fonts.regular, 12, text_w, 2)
        for n, line in enumerate(lines):
            tables.draw_text(canv, tx, y + LABEL_H * mm - 33 * mm - n * 6 * mm, line, fonts.regular, 12)
        if slot == per_page - 1 or i == len(states) - 1:
            tables.draw_text(canv, page_w / 2, 8 * mm, printed, fonts.regular, 7, tables.GREY, align="center")
    if not states:
        tables.draw_text(canv, page_w / 2, page_h / 2, translate("Property", "No labels to print."), fonts.regular, 12,
                         align="center")
    canv.save()
    return buf.getvalue()


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for ch in text:
        if stringWidth(line + ch, font, size) > width:
            lines.append(line)
            line = ch
            if len(lines) == max_lines:
                break
        else:
            line += ch
    else:
        lines.append(line)
        return lines
    lines[-1] = tables.fit_text(lines[-1] + "…", font, size, width)
    return lines[:max_lines]
