"""Filling a database with a lived-in demo office (``python -m app demo`` and ``--demo``).

Besides the customers (with contacts), a fixed-size subset of them (``DOSSIER_CUSTOMERS``,
whatever the size of the demo) gets a dossier: entries of every kind over the last two years,
open follow-ups for the "today" panel, tags, values of two custom fields, and for a few of them
scanned documents and PDFs. One generated customer is turned into an obvious duplicate of
another. Everything goes through the services, so it is validated and audited like real work.
"""
from __future__ import annotations

import datetime as _dt
import logging
from typing import Any, Callable

from app.demo_archive import fill_archive_demo
from app.demo_surveys import fill_survey_demo
from app.demo_property import fill_property_demo
from app.demo_data import (
    CUSTOM_FIELDS, DEFAULT_SEED, Dossier, DossierPlanner, attachment_specs, generate_customers, make_duplicate,
    render_attachment,
)
from app.office import Office
from app.session import Session

log = logging.getLogger(__name__)

BATCH = 20000
ENTRY_BATCH = 5000
ATTACHMENT_CUSTOMERS = 5  # customers with scanned documents (2-3 files each)


def fill_demo(office: Office, session: Session, *, customers: int,
              progress: Callable[[int, int], None] | None = None, seed: int | None = None,
              today: _dt.date | None = None) -> int:
    """Add ``customers`` generated customers (with contacts), one audited transaction per batch,
    then the dossiers of up to ``DOSSIER_CUSTOMERS`` of them. Returns the number of customers added."""
    start = office.customers.count()
    seed = seed if seed is not None else DEFAULT_SEED + start
    today = today or _dt.date.today()
    field_ids = _custom_fields(office, session) if customers else {}
    planner = DossierPlanner(customers, seed=seed, today=today)
    chosen = iter(planner.indices)
    next_chosen = next(chosen, None)
    gen = generate_customers(customers, seed=seed)
    dossiers: list[tuple[int, Dossier, dict[str, Any]]] = []  # (customer id, dossier, generated record)
    added = 0
    while added < customers:
        batch = [next(gen) for _ in range(min(BATCH, customers - added))]
        if added == 0:
            make_duplicate(batch)
        planned = []
        while next_chosen is not None and next_chosen < added + len(batch):
            record = batch[next_chosen - added]
            dossier = planner.plan(next_chosen, record)
            record["tags"] = dossier.tags
            record["extra"] = {field_ids[label]: value for label, value in dossier.extra.items() if label in field_ids}
            planned.append((next_chosen - added, dossier, record))
            next_chosen = next(chosen, None)
        last_id = int(office.db.scalar("SELECT coalesce(max(id), 0) FROM customers"))
        n = office.customers.bulk_create(session, batch, action="customer.bulk_create", source="demo")
        if planned:
            ids = [row[0] for row in office.db.query("SELECT id FROM customers WHERE id > ? ORDER BY id LIMIT ?",
                                                     (last_id, n))]
            dossiers += [(ids[offset], dossier, record) for offset, dossier, record in planned]
        added += n
        if progress:
            progress(added, customers)
    _add_dossiers(office, session, dossiers, today)
    if added:
        fill_archive_demo(office, session, today=today, seed=seed)
        fill_survey_demo(office, session, today=today, seed=seed)
        fill_property_demo(office, session, today=today, seed=seed)
    return added


def _custom_fields(office: Office, session: Session) -> dict[str, str]:
    """label -> field id of the demo's custom fields, created when absent (administrators only).
    A field of that name that is retired or of another type is left alone and gets no values."""
    existing = {f.label.casefold(): f for f in office.custom_fields.all(session)}
    out = {}
    for spec in CUSTOM_FIELDS:
        f = existing.get(spec["label"].casefold())
        if f is None:
            if not session.may("settings.manage"):
                continue
            f = office.custom_fields.create(session, spec)
        if f.active and f.type == spec["type"] and set(spec.get("choices", ())) <= set(f.choices):
            out[spec["label"]] = str(f.id)
    return out


def _add_dossiers(office: Office, session: Session, dossiers: list[tuple[int, Dossier, dict[str, Any]]],
                  today: _dt.date) -> None:
    items = [(cid, kind, fields) for cid, dossier, _record in dossiers for kind, fields in dossier.entries]
    for at in range(0, len(items), ENTRY_BATCH):
        office.entries.bulk_create(session, items[at:at + ENTRY_BATCH], source="demo")

    # Scans and PDFs for the busy customers and the next ones (active only: a clerk's attachments).
    ranked = sorted((d.role != "busy", n) for n, (_cid, d, record) in enumerate(dossiers)
                    if record["status"] == "active")
    targets = [dossiers[n] for _busy, n in ranked[:ATTACHMENT_CUSTOMERS]]
    if not targets:
        return
    from app.reports.fonts import cjk_font_file, register_cjk_font

    pdf_font = register_cjk_font()
    image_font = cjk_font_file()
    for number, (cid, _dossier, record) in enumerate(targets):
        for spec in attachment_specs(record, number, today):
            data = render_attachment(spec, image_font=image_font, pdf_font=pdf_font)
            office.attachments.add(session, cid, spec.filename, data,
                                   {"title": spec.title, "kind": spec.kind, "pages": len(spec.pages)})
