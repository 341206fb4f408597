"""The destruction record (销毁记录) of one destruction request, for signature: its number, what was
destroyed (kinds and counts, customer codes — never names), why, who requested and approved it, the
witness, the date, and the signature lines.
"""
from __future__ import annotations

import datetime as _dt

from app.i18n import translate
from app.reports import tables
from app.reports.tables import Column, TableReport


def counts_text(counts: dict) -> str:
    """"Contacts 2; entries 12 (Repairs 3, Payments 9); …" from an item's counts."""
    from app.entries import kind_label

    parts = []
    if counts.get("contacts"):
        parts.append(translate("Retention", "contacts {n}").format(n=counts["contacts"]))
    if counts.get("entries"):
        kinds = counts.get("entry_kinds") or {}
        detail = "、".join(f"{kind_label(k)} {n}" for k, n in sorted(kinds.items()))
        parts.append(translate("Retention", "dossier entries {n}").format(n=counts["entries"])
                     + (f" ({detail})" if detail else ""))
    if counts.get("attachments"):
        parts.append(translate("Retention", "attachments {n}").format(n=counts["attachments"]))
    if counts.get("survey_forms"):
        parts.append(translate("Retention", "survey forms made anonymous {n}").format(n=counts["survey_forms"]))
    if counts.get("occupancies"):
        parts.append(translate("Retention", "occupancies kept without signatures {n}").format(n=counts["occupancies"]))
    if counts.get("archive_numbers"):
        parts.append(translate("Retention", "paper files destroyed: {numbers}").format(
            numbers="、".join(counts["archive_numbers"])))
    if counts.get("certificates"):
        parts.append(translate("Retention", "certificate records kept without the holder's name {n}").format(
            n=counts["certificates"]))
    return "; ".join(parts) or translate("Retention", "basic information only")


def destruction_record(office, session, request_id: int) -> TableReport:
    """The record as a table report (PDF with ``tables.pdf_bytes``, Excel with ``tables.xlsx_bytes``)."""
    from app.retention import kind_text, status_text, sub_text

    req = office.retention.get(session, request_id)
    done = {(i["kind"], i["id"]): i["counts"] for i in req.result.get("per_item", [])} if req.status == "done" else {}
    rows = []
    totals: dict[str, int] = {}
    for n, item in enumerate(req.items, start=1):
        counts = done.get((item["kind"], item["id"]))
        if counts is None:
            try:
                counts = office.retention.counts(item) if req.status != "done" else {}
            except Exception:  # noqa: BLE001 - an item gone since: the record still prints
                counts = {}
        for k, v in counts.items():
            if isinstance(v, int):
                totals[k] = totals.get(k, 0) + v
        since = translate("Retention", "{status} since {date}").format(status=sub_text(item["kind"], item["sub"]),
                                                                       date=item["date"]) \
            if item["kind"] == "customer" else f"{sub_text(item['kind'], item['sub'])} {item['date']}"
        rows.append([n, kind_text(item["kind"]), item["code"], since, counts_text(counts)])
    columns = [Column(translate("Retention", "No."), 0.4, "right"), Column(translate("Retention", "Record"), 1.2),
               Column(translate("Retention", "Customer code"), 1.0), Column(translate("Retention", "Kept since"), 1.4),
               Column(translate("Retention", "Destroyed"), 3.6)]
    lab = tables.labelled
    summary = [
        lab(translate("Retention", "Destruction number"), req.number),
        lab(translate("Retention", "Status"), status_text(req.status)),
        lab(translate("Retention", "Reason"), req.reason + (
            " " + translate("Retention", "(at the customer's request under the PIPL)") if req.pipl else "")),
        lab(translate("Retention", "Requested by"), f"{req.requester_name}  {req.requested_on}"),
        lab(translate("Retention", "Approved by") if req.status != "rejected" else translate("Retention", "Rejected by"),
            f"{req.approver_name}  {req.approved_on or ''}".strip() or "—"),
        lab(translate("Retention", "Witness"), req.witness or "—"),
        lab(translate("Retention", "Destroyed by"), f"{req.executor_name}  {req.executed_on or ''}".strip() or "—"),
        translate("Retention", "In all: {customers} customers, {entries} dossier entries, {attachments} attachments, "
                               "{contacts} contacts.").format(
            customers=sum(1 for i in req.items if i["kind"] == "customer"), entries=totals.get("entries", 0),
            attachments=totals.get("attachments", 0), contacts=totals.get("contacts", 0)),
    ]
    if req.decision_note:
        summary.append(lab(translate("Retention", "Decision note"), req.decision_note))
    if req.status == "done":
        summary.append(translate("Retention", "The audit log is kept; the recorded values of {n} events that named "
                                              "the customers were redacted.").format(
            n=req.result.get("audit_redacted", 0)))
    return TableReport(
        title=translate("Retention", "Destruction record"), columns=columns, rows=rows, company=office.company(),
        logo=office.logo(), printed_by=session.display_name or session.username,
        printed_at=_dt.datetime.now().replace(microsecond=0), subtitle=req.number, landscape=False,
        summary_lines=summary,
        signature_labels=[translate("Retention", "Destroyed by"), translate("Retention", "Witness"),
                          translate("Retention", "Approved by")])


def destruction_pdf(office, session, request_id: int) -> bytes:
    return tables.pdf_bytes(destruction_record(office, session, request_id))
