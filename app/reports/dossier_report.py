"""One customer's whole dossier (一户一档) as a PDF: every tab, and the customer's archive files and
certificates. With ``for_customer=True`` it is the copy of their personal information a customer may
ask for (PIPL): the same content under a heading that says so.

ID and phone numbers follow the user's role (masked for viewers), exactly as on screen.
"""
from __future__ import annotations

import datetime as _dt

from app.archive import label as archive_label
from app.customers import contact_role_label, field_label, kind_label, level_label, status_label
from app.entries import KINDS
from app.i18n import translate
from app.reports import tables
from app.reports.tables import Column, TableReport


def _table(headers: list[tuple[str, float]], rows: list[list]) -> TableReport:
    return TableReport("", [Column(h, w) for h, w in headers], rows, "", "", _dt.datetime.now(), landscape=False)


def dossier_pdf(office, session, customer_id: int, *, for_customer: bool = False) -> tuple[bytes, int]:
    """(the PDF, how many records it lists) for one customer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, Spacer

    c = office.customers.get(session, customer_id)
    fonts = tables.Fonts()
    page_w, page_h = A4
    inner_w = page_w - 2 * tables.SIDE_MARGIN - 2 * tables.FRAME_PAD
    inner_h = page_h - tables.TOP_MARGIN - tables.BOTTOM_MARGIN - 2 * tables.FRAME_PAD
    title = (translate("DossierReport", "Copy of your personal information") if for_customer
             else translate("DossierReport", "Customer dossier"))

    def para(text, size=9.5, leading=14, align="left"):
        return Paragraph(tables.para_markup(text),
                         tables.paragraph_style("p", fonts.regular, size, leading, align, text=text))

    def heading(text):
        return tables.TitleLine.make(text, fonts.bold, 11.5, align="left", bold=True, real_bold=fonts.real_bold,
                                     space_after=2)

    def section(name: str, headers, rows) -> None:
        story.extend([Spacer(1, 8), heading(f"{name}（{len(rows)}）")])
        if rows:
            story.append(tables._table_flowable(_table(headers, rows), fonts, inner_w, inner_h))
        else:
            story.append(para(translate("DossierReport", "None.")))
        counted.append(len(rows))

    counted: list[int] = [1]
    story = [tables.TitleLine.make(office.company(), fonts.regular, 11, color=tables.GREY, space_after=2),
             tables.TitleLine.make(title, fonts.bold, 17, bold=True, real_bold=fonts.real_bold, space_after=3),
             para(f"{c.code}  {c.name}", 10, 13, "center")]
    if for_customer:
        story += [Spacer(1, 6), para(translate(
            "DossierReport", "This is everything the office keeps about you in its records program, as of the "
                             "printing date below, provided at your request under the Personal Information "
                             "Protection Law."))]
    fields = [(field_label(k), v) for k, v in (
        ("code", c.code), ("name", c.name), ("kind", kind_label(c.kind)), ("level", level_label(c.level)),
        ("status", status_label(c.status)), ("id_number", c.id_number), ("phone", c.phone), ("unit", c.unit),
        ("address", c.address), ("company", c.company), ("tags", "、".join(c.tags)), ("note", c.note))]
    by_id = {str(f.id): f.label for f in office.custom_fields.all(session)}
    fields += [(by_id.get(k, k), v) for k, v in c.extra.items() if v]
    story += [Spacer(1, 8), heading(translate("DossierReport", "Basic information")),
              tables._table_flowable(_table([(translate("DossierReport", "Field"), 1.0),
                                             (translate("DossierReport", "Value"), 3.0)],
                                            [[k, v] for k, v in fields if v]), fonts, inner_w, inner_h)]
    contacts = office.customers.list_contacts(session, customer_id)
    section(translate("DossierReport", "Contacts"),
            [(field_label("role"), 0.8), (field_label("name"), 1.0), (field_label("phone"), 1.1),
             (field_label("relation"), 0.8), (field_label("note"), 1.6)],
            [[contact_role_label(x.role), x.name, x.phone, x.relation, x.note] for x in contacts])
    for kind, spec in KINDS.items():
        entries = office.entries.list(session, customer_id, kind, sort="entry_date", descending=False)
        rows = [[e.entry_date, e.summary + (translate("DossierReport", " (void: {reason})").format(
            reason=e.void_reason) if e.voided else "")] for e in entries]
        section(spec.title(), [(translate("DossierReport", "Date"), 0.8), (translate("DossierReport", "Entry"), 4.0)],
                rows)
    attachments = office.attachments.list(session, customer_id)
    section(translate("DossierReport", "Attachments"),
            [(translate("DossierReport", "Title"), 2.0), (translate("DossierReport", "Kind"), 1.0),
             (translate("DossierReport", "Pages"), 0.5), (translate("DossierReport", "Added"), 1.0)],
            [[a.title, a.kind, a.pages, a.created_at[:10]] for a in attachments])
    files = office.archive.list_files(session, customer_id=customer_id)
    section(translate("DossierReport", "Archive files"),
            [(translate("DossierReport", "Archive number"), 1.3), (translate("DossierReport", "Title"), 2.0),
             (translate("DossierReport", "Pages"), 0.5), (translate("DossierReport", "Status"), 0.8)],
            [[f.archive_no, f.title, f.pages, archive_label(f.status)] for f in files])
    certs = office.archive.certs.where("customer_id = ?", (customer_id,), order="id")
    section(translate("DossierReport", "Original certificates"),
            [(translate("DossierReport", "Certificate"), 1.3), (translate("DossierReport", "Number"), 2.2),
             (translate("DossierReport", "Holder"), 0.9), (translate("DossierReport", "Status"), 0.9)],
            [[x.name or archive_label(x.kind), x.cert_no, x.holder, archive_label(x.status)] for x in certs])
    printed = tables.printed_line(session.display_name, _dt.datetime.now().replace(microsecond=0))

    logo = office.logo()

    def decorate(canv, page, total):
        if page == 1:
            tables.draw_logo(canv, logo, A4[1])
        tables.draw_footer(canv, fonts, page, total, printed)

    data = tables.build_pdf(story, A4, decorate, title=title, author=session.display_name, subject=office.company(),
                            first_top=tables.FIRST_TOP_MARGIN)
    return data, sum(counted)
