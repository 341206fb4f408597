"""Filling a database with a lived-in demo office (``python -m app demo`` and ``--demo``)."""
from __future__ import annotations

from typing import Callable

from app.demo_data import generate_customers
from app.office import Office
from app.session import Session

BATCH = 20000


def fill_demo(office: Office, session: Session, *, customers: int,
              progress: Callable[[int, int], None] | None = None, seed: int | None = None) -> int:
    """Add ``customers`` generated customers (with contacts), one audited transaction per batch."""
    start = office.customers.count()
    gen = generate_customers(customers, seed=(seed if seed is not None else 20261122 + start))
    added = 0
    while added < customers:
        batch = [next(gen) for _ in range(min(BATCH, customers - added))]
        added += office.customers.bulk_create(session, batch, action="customer.bulk_create", source="demo")
        if progress:
            progress(added, customers)
    return added
