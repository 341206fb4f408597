"""The archive room's reports: what goes into the archive register, the certificate register, the loan
ledger, the overdue list, the handover list (移交清单) and the stock-take report.

Each function returns a report description (``tables.TableReport`` or ``handover_sheet.HandoverSheet``);
``tables.write_pdf``/``write_xlsx`` and ``handover_sheet.write_pdf`` turn it into a file.
"""
from __future__ import annotations

import datetime as _dt

from app import archive as _archive
from app.archive import handover_status_label, label
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.handover_sheet import HandoverLine, HandoverParty, HandoverSheet
from app.reports.tables import Column, TableReport
from app.stocktake import discrepancies


def _base(office, session, title: str, columns: list, rows: list, subtitle: str = "", **kw) -> TableReport:
    return TableReport(title=title, columns=columns, rows=rows, company=office.company(), logo=office.logo(),
                       printed_by=session.display_name, printed_at=_dt.datetime.now().replace(microsecond=0),
                       subtitle=subtitle, **kw)


def archive_register(office, session, files, subtitle: str = "") -> TableReport:
    """档案台帐: every file shown, with its items, pages, location and status."""
    names = office.archive.customer_names(f.customer_id for f in files)
    rows = [[f.archive_no, names.get(f.customer_id, ("", ""))[1], f.title, label(f.category),
             "、".join(f"{i['name']}({i['pages']})" for i in f.items), f.pages, "、".join(f.extras), f.location,
             f.registered_on, label(f.status), f.status_note or f.note] for f in files]
    cols = [Column(translate("Archive", "Archive number"), 1.5), Column(translate("Archive", "Customer"), 1.1),
            Column(translate("Archive", "Title"), 1.6), Column(translate("Archive", "Category"), 0.9),
            Column(translate("Archive", "Item list"), 2.6), Column(translate("Archive", "Pages"), 0.5, "right"),
            Column(translate("Archive", "Attachments"), 1.0), Column(translate("Archive", "Location"), 0.8),
            Column(translate("Archive", "Registered on"), 0.9, kind="date"), Column(translate("Archive", "Status"), 0.7),
            Column(translate("Archive", "Note"), 1.2)]
    summary = [translate("Archive", "{n} files, {pages} pages.").format(n=len(files), pages=sum(f.pages for f in files))]
    gaps = office.archive.gaps()
    if gaps:
        summary.append(translate("Archive", "Skipped numbers: {numbers}").format(numbers="、".join(gaps)))
    return _base(office, session, translate("Archive", "Archive register"), cols, rows, subtitle,
                 landscape=True, summary_lines=summary,
                 highlight_rows={i for i, f in enumerate(files) if f.status_note and f.status == "in_store"})


def certificate_register(office, session, certs, subtitle: str = "") -> TableReport:
    """权证台帐: register number (= archive number), kind, number, holder, quantity, place, status."""
    names = office.archive.customer_names(c.customer_id for c in certs)
    numbers = office.archive.archive_numbers(c.archive_file_id for c in certs)
    rows = [[numbers.get(c.archive_file_id, ""), c.name or label(c.kind), c.cert_no, c.holder, c.quantity,
             names.get(c.customer_id, ("", ""))[1], " ".join(p for p in (c.safe_no, c.position) if p), c.received_on,
             label(c.status), c.status_note or c.note] for c in certs]
    cols = [Column(translate("Archive", "Register number"), 1.5), Column(translate("Archive", "Certificate kind"), 1.3),
            Column(translate("Archive", "Certificate number"), 2.4), Column(translate("Archive", "Holder"), 1.0),
            Column(translate("Archive", "Quantity"), 0.5, "right"), Column(translate("Archive", "Customer"), 1.0),
            Column(translate("Archive", "Place in the safe"), 1.0), Column(translate("Archive", "Received on"), 0.9, kind="date"),
            Column(translate("Archive", "Status"), 0.8), Column(translate("Archive", "Note"), 1.2)]
    in_safe = [c for c in certs if c.status == "in_safe"]
    summary = [translate("Archive", "{n} certificates; in the safe: {safe} ({qty} pieces); on loan: {out}.").format(
        n=len(certs), safe=len(in_safe), qty=sum(c.quantity for c in in_safe),
        out=sum(1 for c in certs if c.status == "on_loan"))]
    return _base(office, session, translate("Archive", "Certificate register"), cols, rows, subtitle,
                 landscape=True, summary_lines=summary)


def _loan_rows(office, loans, today: _dt.date):
    items = office.loans.item_text(loans)
    rows = []
    for l in loans:
        number, name = items.get(l.id, ("", ""))
        rows.append([l.loan_no, number, name, l.borrower, l.department, l.purpose, l.approver_name,
                     l.lent_on or l.requested_on, l.due_date, l.returned_on or "", office.loans.status_text(l, today),
                     office.loans.completeness_text(l)])
    return rows


_LOAN_COLUMNS = (
    (QT_TRANSLATE_NOOP("Archive", "Loan no."), 1.1),
    (QT_TRANSLATE_NOOP("Archive", "Number"), 1.5),
    (QT_TRANSLATE_NOOP("Archive", "Item"), 1.4),
    (QT_TRANSLATE_NOOP("Archive", "Borrower"), 0.8),
    (QT_TRANSLATE_NOOP("Archive", "Department"), 0.8),
    (QT_TRANSLATE_NOOP("Archive", "Purpose"), 1.2),
    (QT_TRANSLATE_NOOP("Archive", "Approved by"), 0.8),
    (QT_TRANSLATE_NOOP("Archive", "Lent on"), 0.9),
    (QT_TRANSLATE_NOOP("Archive", "Due date"), 0.9),
    (QT_TRANSLATE_NOOP("Archive", "Returned on"), 0.9),
    (QT_TRANSLATE_NOOP("Archive", "Status"), 0.9),
    (QT_TRANSLATE_NOOP("Archive", "Completeness"), 1.2),
)


def _loan_columns() -> list[Column]:
    dates = {"Lent on", "Due date", "Returned on"}
    return [Column(translate("Archive", t), w, kind="date" if t in dates else "text") for t, w in _LOAN_COLUMNS]


def loan_ledger(office, session, loans, date_from: str = "", date_to: str = "",
                today: _dt.date | None = None) -> TableReport:
    """档案借阅登记表 for a period (or for everything shown)."""
    today = today or _archive.today()
    subtitle = (translate("Archive", "{start} to {end}").format(start=date_from, end=date_to)
                if date_from or date_to else "")
    overdue = [i for i, l in enumerate(loans) if office.loans.is_overdue(l, today) or l.complete is False]
    summary = [translate("Archive", "{n} loans; returned {back} (incomplete {bad}); out {out} (overdue {late}).").format(
        n=len(loans), back=sum(1 for l in loans if l.status == "returned"),
        bad=sum(1 for l in loans if l.complete is False), out=sum(1 for l in loans if l.status == "out"),
        late=sum(1 for l in loans if office.loans.is_overdue(l, today)))]
    return _base(office, session, translate("Archive", "Loan ledger"), _loan_columns(), _loan_rows(office, loans, today),
                 subtitle, landscape=True, summary_lines=summary, highlight_rows=set(overdue))


def overdue_list(office, session, today: _dt.date | None = None) -> TableReport:
    """Loans out past their due date, the most overdue first."""
    today = today or _archive.today()
    loans = office.loans.overdue(session, today)
    return _base(office, session, translate("Archive", "Overdue loans"), _loan_columns(),
                 _loan_rows(office, loans, today), translate("Archive", "As of {date}").format(date=today.isoformat()),
                 landscape=True, summary_lines=[translate("Archive", "{n} loans overdue.").format(n=len(loans))],
                 highlight_rows=set(range(len(loans))),
                 signature_labels=[translate("Archive", "Record keeper"), translate("Archive", "Manager")])


def handover_sheet(office, session, h) -> HandoverSheet:
    """移交清单 of one handover: its frozen items and the three parties, one copy per party."""
    names = office.archive.customer_names([h.customer_id])
    titles = {"intake": translate("Archive", "Archive handover list"),
              "transfer": translate("Archive", "Archive transfer list"),
              "return": translate("Archive", "Original certificates return list")}
    info = [(translate("Archive", "Purpose"), label(h.purpose))]
    if h.customer_id:
        info.append((translate("Archive", "Customer"), names.get(h.customer_id, ("", ""))[1]))
    registered = office.archive.files.where("handover_id = ?", (h.id,))
    if registered:
        info.append((translate("Archive", "Archive number"), registered[0].archive_no))
    elif "file_id" in h.payload:
        f = office.archive.files.get(h.payload["file_id"])
        info.append((translate("Archive", "Archive number"), f.archive_no if f else ""))
    info.append((translate("Archive", "Handed over on"), h.handed_on))
    review_by, receive_by = office.handovers.deadlines(h)
    info.append((translate("Archive", "Review due by"), review_by))
    if receive_by:
        info.append((translate("Archive", "Archive due by"), receive_by))
    info.append((translate("Archive", "Status"), handover_status_label(h.status)))
    lines = []
    for n, it in enumerate(h.items, start=1):
        if it.get("pages") not in ("", None):
            qty = translate("Archive", "{n} pages").format(n=it["pages"])
        else:
            qty = str(it.get("quantity", ""))
        note = ""
        if it.get("type") == "extra":
            note = translate("Archive", "attachment")
        elif it.get("holder"):
            note = translate("Archive", "holder: {name}").format(name=it["holder"])
        lines.append(HandoverLine(n, it.get("name", ""), it.get("number", ""), qty, note))
    notes = [x for x in (h.note, h.review_late_reason and translate("Archive", "Late review: {reason}").format(
        reason=h.review_late_reason), h.receive_late_reason and translate("Archive", "Late receipt: {reason}").format(
        reason=h.receive_late_reason)) if x]
    parties = [HandoverParty(translate("Archive", "Handed over by"), h.from_name, h.handed_on),
               HandoverParty(translate("Archive", "Reviewer"), h.reviewer_name, h.reviewed_on or ""),
               HandoverParty(translate("Archive", "Received by"), h.receiver_name, h.received_on or "")]
    copies = [translate("Archive", "Copy 1: for the party handing over"),
              translate("Archive", "Copy 2: for the reviewer"),
              translate("Archive", "Copy 3: for the archive")]
    return HandoverSheet(company=office.company(), title=titles[h.purpose], number=h.handover_no, info=info,
                         lines=lines, parties=parties, copies=copies, printed_by=session.display_name,
                         printed_at=_dt.datetime.now().replace(microsecond=0), note="；".join(notes),
                         column_titles=(translate("Archive", "No."), translate("Archive", "Item"),
                                        translate("Archive", "Number"), translate("Archive", "Quantity/pages"),
                                        translate("Archive", "Note")))


def stocktake_report(office, session, st) -> TableReport:
    """盘点表: every certificate the register had in the safe, found or not, and the discrepancies."""
    rows = [[n, ln["archive_no"], ln["name"], ln["cert_no"], ln["holder"], ln["quantity"], ln["place"],
             translate("Archive", "Found") if ln["found"] else translate("Archive", "NOT FOUND"), ln["note"]]
            for n, ln in enumerate(st.lines, start=1)]
    missing, extras = discrepancies(st)
    cols = [Column(translate("Archive", "No."), 0.4, "right"), Column(translate("Archive", "Register number"), 1.4),
            Column(translate("Archive", "Certificate kind"), 1.2), Column(translate("Archive", "Certificate number"), 2.3),
            Column(translate("Archive", "Holder"), 0.9), Column(translate("Archive", "Quantity"), 0.5, "right"),
            Column(translate("Archive", "Place in the safe"), 0.9), Column(translate("Archive", "Result"), 0.7),
            Column(translate("Archive", "Note"), 1.5)]
    summary = [translate("Archive", "On the register: {n}; found: {found}; not found: {missing}; found but not on the "
                                    "register: {extra}.").format(n=len(st.lines), found=len(st.lines) - len(missing),
                                                                 missing=len(missing), extra=len(extras))]
    on_loan = office.archive.certs.where("status = 'on_loan'")
    if on_loan:
        summary.append(translate("Archive", "On loan at the time of printing (not in the safe): {items}").format(
            items="、".join(c.cert_no for c in on_loan)))
    for x in extras:
        summary.append(translate("Archive", "Not on the register: {what} {note}").format(
            what=x["description"], note=x.get("note", "")).strip())
    if st.note:
        summary.append(st.note)
    status = translate("Archive", "finished") if st.status == "done" else translate("Archive", "in progress")
    subtitle = translate("Archive", "{date}, counted by {name}, witness {witness}, {status}").format(
        date=st.taken_on, name=st.taken_by, witness=st.witness or "-", status=status)
    return _base(office, session, translate("Archive", "Stock-take of the safe"), cols, rows, subtitle,
                 landscape=True, summary_lines=summary,
                 highlight_rows={i for i, ln in enumerate(st.lines) if not ln["found"]},
                 signature_labels=[translate("Archive", "Counted by"), translate("Archive", "Witness"),
                                   translate("Archive", "Manager")])
