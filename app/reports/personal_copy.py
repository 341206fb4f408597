"""A copy of a customer's personal information as an Excel workbook (PIPL, 个人信息副本): one sheet per
kind of record the office keeps about them. The PDF form of the same copy is
``dossier_report.dossier_pdf(..., for_customer=True)``.

Built in memory (openpyxl write-only, no temporary file: see ``tables._write_in_memory``); ID and phone
numbers follow the user's role, as on screen.
"""
from __future__ import annotations

import datetime as _dt

from app.i18n import translate
from app.reports import tables


def _sheets(office, session, customer_id: int) -> tuple[object, list[tuple[str, list[str], list[list]]]]:
    """(the customer, [(sheet title, column titles, rows)])."""
    from app.archive import label as archive_label
    from app.attachments import kind_label as attachment_kind
    from app.consents import method_label
    from app.customers import contact_role_label, field_label, kind_label, level_label, status_label
    from app.entries import KINDS, display_value, format_fen
    from app.property import label as property_label

    c = office.customers.get(session, customer_id)
    yes, no = translate("Consent", "Yes"), translate("Consent", "No")
    sheets = []

    basic = [(field_label(k), v) for k, v in (
        ("code", c.code), ("name", c.name), ("kind", kind_label(c.kind)), ("level", level_label(c.level)),
        ("status", status_label(c.status)), ("status_date", c.status_date or ""), ("id_number", c.id_number),
        ("phone", c.phone), ("unit", c.unit), ("address", c.address), ("company", c.company),
        ("tags", "、".join(c.tags)), ("note", c.note))]
    by_id = {str(f.id): f.label for f in office.custom_fields.all(session)}
    basic += [(by_id.get(k, k), v) for k, v in c.extra.items() if v]
    basic.append((translate("Consent", "On file since"), c.created_at[:10]))
    sheets.append((translate("Consent", "Basic information"),
                   [translate("Consent", "Field"), translate("Consent", "Value")], [list(r) for r in basic]))

    contacts = office.customers.list_contacts(session, customer_id)
    sheets.append((translate("Consent", "Contacts"),
                   [field_label("role"), translate("Contact", "Name"), field_label("phone"), field_label("relation"),
                    field_label("note")],
                   [[contact_role_label(x.role), x.name, x.phone, x.relation, x.note] for x in contacts]))

    rows = []
    for kind, spec in KINDS.items():
        for e in office.entries.list(session, customer_id, kind, sort="entry_date", descending=False):
            details = "; ".join(f"{f.title()}: {display_value(f, e.data.get(f.key))}" for f in spec.fields
                                if display_value(f, e.data.get(f.key)))
            rows.append([spec.title(), e.entry_date, e.summary, format_fen(e.amount_fen),
                         yes if e.is_open else "", (translate("Consent", "Void: {reason}").format(reason=e.void_reason)
                                                   if e.voided else ""), details])
    sheets.append((translate("Consent", "Dossier entries"),
                   [translate("Consent", "Kind"), translate("Consent", "Date"), translate("Consent", "Summary"),
                    translate("Consent", "Amount (yuan)"), translate("Consent", "Open"), translate("Consent", "Void"),
                    translate("Consent", "Details")], rows))

    sheets.append((translate("Consent", "Attachments"),
                   [translate("Consent", "Title"), translate("Consent", "Kind"), translate("Consent", "Pages"),
                    translate("Consent", "File name"), translate("Consent", "Added on"), translate("Consent", "Void")],
                   [[a.title, attachment_kind(a.kind), a.pages, a.filename, a.created_at[:10],
                     a.void_reason if a.voided else ""] for a in office.attachments.list(session, customer_id)]))

    sheets.append((translate("Consent", "Consents"),
                   [translate("Consent", "Purpose"), translate("Consent", "Scope (which information)"),
                    translate("Consent", "Privacy notice version"), translate("Consent", "How it was given"),
                    translate("Consent", "Separate consent"), translate("Consent", "Given on"),
                    translate("Consent", "Withdrawn on"), translate("Consent", "Withdrawal note"),
                    translate("Consent", "Note")],
                   [[x.purpose, x.scope, x.notice_version, method_label(x.method), yes if x.separate else no, x.given_on,
                     x.withdrawn_on or "", x.withdrawal_note, x.note] for x in office.consents.list(session, customer_id)]))

    occupancies = office.property.customer_units(session, customer_id) if session.may("property.read") else []
    sheets.append((translate("Consent", "Occupancies"),
                   [translate("Consent", "Unit"), translate("Consent", "Role"), translate("Consent", "Moved in"),
                    translate("Consent", "Moved out"), translate("Consent", "Note")],
                   [[u.number, property_label(o.role), o.start_date, o.end_date or "", o.note] for o, u in occupancies]))

    files = office.archive.list_files(session, customer_id=customer_id)
    sheets.append((translate("Consent", "Archive files"),
                   [translate("Consent", "Archive number"), translate("Consent", "Title"), translate("Consent", "Items"),
                    translate("Consent", "Pages"), translate("Consent", "Status")],
                   [[f.archive_no, f.title, "、".join(i["name"] for i in f.items), f.pages, archive_label(f.status)]
                    for f in files]))

    certs = office.archive.certs.where("customer_id = ?", (customer_id,), order="id")
    sheets.append((translate("Consent", "Certificates"),
                   [translate("Consent", "Certificate"), translate("Consent", "Number"), translate("Consent", "Holder"),
                    translate("Consent", "Quantity"), translate("Consent", "Status")],
                   [[x.name or archive_label(x.kind), x.cert_no, x.holder, x.quantity, archive_label(x.status)]
                    for x in certs]))

    loans = office.loans.repo.where("customer_id = ?", (customer_id,), order="requested_on, id")
    items = office.loans.item_text(loans)
    sheets.append((translate("Consent", "Loans of your files"),
                   [translate("Consent", "Loan no."), translate("Consent", "Item"), translate("Consent", "Borrower"),
                    translate("Consent", "Purpose"), translate("Consent", "Requested on"),
                    translate("Consent", "Returned on"), translate("Consent", "Status")],
                   [[x.loan_no, items[x.id][0], x.borrower, x.purpose, x.requested_on, x.returned_on or "",
                     office.loans.status_text(x)] for x in loans]))

    responses = office.surveys.responses.where("customer_id = ?", (customer_id,), order="received_on, id")
    names = {s.id: s.name for s in office.surveys.repo.where()} if responses else {}
    sheets.append((translate("Consent", "Survey forms"),
                   [translate("Consent", "Survey"), translate("Consent", "Received on"),
                    translate("Consent", "Answers"), translate("Consent", "Comment")],
                   [[names.get(r.survey_id, ""), r.received_on,
                     "; ".join(f"{k}: {v}" for k, v in sorted(r.answers.items())), r.comment] for r in responses]))
    return c, sheets


def personal_copy_xlsx(office, session, customer_id: int) -> bytes:
    """The workbook: a sheet per kind of record, each headed with the customer's code and name."""
    return personal_copy(office, session, customer_id)[0]


def personal_copy(office, session, customer_id: int) -> tuple[bytes, int]:
    """(the workbook, how many records it lists)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    c, sheets = _sheets(office, session, customer_id)
    printed = tables.printed_line(session.display_name or session.username, _dt.datetime.now().replace(microsecond=0))
    title = translate("Consent", "Copy of your personal information")
    intro = translate("Consent", "Everything the office keeps about you in its records program, as of the printing "
                                 "date, provided at your request under the Personal Information Protection Law.")
    wb = Workbook(write_only=True)
    bold, head_fill = Font(bold=True), PatternFill("solid", fgColor="E3E7EE")
    used: set[str] = set()

    for sheet_name, headers, rows in sheets:
        name = tables.sheet_title(sheet_name)
        while name in used:
            name = tables.sheet_title(name[:28] + f"_{len(used)}")
        used.add(name)
        ws = wb.create_sheet(title=name)
        for i, _h in enumerate(headers, start=1):
            ws.column_dimensions[get_column_letter(i)].width = 40 if i == len(headers) else 18
        tables._write_in_memory(ws)

        def cell(value, font=None, fill=None):
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)[:32767]
            out = WriteOnlyCell(ws, value)
            if isinstance(value, str):
                out.data_type = "s"   # text stays text, even "=1+1": no formulas from the data
            if font is not None:
                out.font = font
            if fill is not None:
                out.fill = fill
            return out

        ws.append([cell(f"{office.company()}  {title}", Font(bold=True, size=13))])
        ws.append([cell(f"{c.code}  {c.name}  —  {sheet_name}", bold)])
        ws.append([cell(intro)])
        ws.append([cell(printed, Font(color="666666"))])
        ws.append([])
        ws.append([cell(h, bold, head_fill) for h in headers])
        if not rows:
            ws.append([cell(translate("Consent", "None."))])
        for row in rows:
            ws.append([cell(v) if v not in (None, "") else None for v in row])
    return tables._save_in_memory(wb), sum(len(rows) for _n, _h, rows in sheets)
