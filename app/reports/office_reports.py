"""The customer list (客户一览表) and the audit log for a period, as table reports.

ID numbers are masked unless the user may see them *and* asked to include them; phones follow the
user's role (viewers see them masked), exactly as on screen.
"""
from __future__ import annotations

import datetime as _dt

from app.audit import action_label, entity_label
from app.customers import kind_label, level_label, status_label
from app.i18n import translate
from app.models.records import CustomerQuery
from app.reports.tables import Column, TableReport
from app.validation import mask_id_number


def _now() -> _dt.datetime:
    return _dt.datetime.now().replace(microsecond=0)


def customer_list(office, session, query: CustomerQuery | None = None, *, include_ids: bool = False,
                  subtitle: str = "") -> TableReport:
    """The customers matching ``query`` (all of them by default), customer code first."""
    ids = office.customers.search(session, query or CustomerQuery())
    rows_by_id = {}
    for start in range(0, len(ids), 2000):
        rows_by_id.update(office.customers.rows(session, ids[start:start + 2000]))
    show_ids = include_ids and session.may("pii.view")
    rows = []
    for cid in ids:
        r = rows_by_id.get(cid)
        if r is None:
            continue
        _id, code, name, kind, level, phone, id_number, unit, address, status, _updated = r
        rows.append([code, name, kind_label(kind), level_label(level), phone,
                     id_number if show_ids else mask_id_number(id_number or ""), unit, address, status_label(status)])
    cols = [Column(translate("Reports", "Customer code"), 1.0), Column(translate("Reports", "Name"), 1.6),
            Column(translate("Reports", "Type"), 0.6), Column(translate("Reports", "Level"), 0.6),
            Column(translate("Reports", "Phone"), 1.1), Column(translate("Reports", "ID number"), 1.6),
            Column(translate("Reports", "Unit"), 0.9), Column(translate("Reports", "Address"), 2.2),
            Column(translate("Reports", "Status"), 0.7)]
    summary = [translate("Reports", "{n} customers.").format(n=len(rows))]
    if not show_ids:
        summary.append(translate("Reports", "ID numbers are masked."))
    return TableReport(translate("Reports", "Customer list"), cols, rows, office.company(), session.display_name,
                       _now(), subtitle=subtitle, landscape=True, summary_lines=summary, logo=office.logo())


def audit_log(office, session, date_from: str = "", date_to: str = "") -> TableReport:
    """Every audit event in the period (oldest first): when, who, what, on what, summary."""
    events = office.audit.events(session, since=date_from or None,
                                 until=(date_to + " 23:59:59") if date_to else None, limit=1_000_000)
    events = sorted(events, key=lambda e: e.id)
    rows = [[e.ts, e.username, action_label(e.action), entity_label(e.entity), e.entity_id, e.summary]
            for e in events]
    cols = [Column(translate("Reports", "Time"), 1.2), Column(translate("Reports", "User"), 0.8),
            Column(translate("Reports", "Action"), 1.4), Column(translate("Reports", "On"), 0.8),
            Column(translate("Reports", "Record"), 0.5), Column(translate("Reports", "Summary"), 2.6)]
    subtitle = translate("Reports", "{start} to {end}").format(start=date_from or "…", end=date_to or "…")
    return TableReport(translate("Reports", "Audit log"), cols, rows, office.company(), session.display_name, _now(),
                       subtitle=subtitle, landscape=True, logo=office.logo(),
                       summary_lines=[translate("Reports", "{n} events.").format(n=len(rows))])
