"""The demo office's property desk: two residential buildings, a garage of parking spaces, who lives
where now and who lived there before, keys kept for tenants, and folder labels of which some no longer
match the unit's occupant (so the "to reprint" list has something to show).

Everything goes through ``PropertyService`` (checked and audited like a clerk's work); dates are
computed from ``today`` and never after it.
"""
from __future__ import annotations

import datetime as _dt
import logging
import random

from app.demo_archive import _actors
from app.demo_data import DEFAULT_SEED
from app.office import Office
from app.session import Session

log = logging.getLogger(__name__)

# (code, name, floors, entrances, units per entrance and floor)
BUILDINGS = (("1", "鸿运花园1栋", 18, 2, 2), ("2", "鸿运花园2栋", 11, 1, 4))
GARAGE = ("P", "地下车库", 24)
PAPERS = ("registration", "id_copy", "contract", "emergency", "meter_form")
OFFICE_SIGNER = "陈前台"


def fill_property_demo(office: Office, session: Session, *, today: _dt.date | None = None,
                       seed: int | None = None) -> dict[str, int]:
    """Fill an empty estate. Returns what was added."""
    counts = {"buildings": 0, "units": 0, "occupancies": 0, "keys": 0, "labels_to_reprint": 0}
    svc = office.property
    if svc.buildings.count():
        log.info("demo property: the estate already has buildings; left as it is")
        return counts
    actors = _actors(office, session)
    desk = actors[0] if actors else session
    if not (desk.may("property.write") and desk.may("keys.lend")):
        log.info("demo property: %s may not do the property desk's work; left empty", desk.username)
        return counts
    today = today or _dt.date.today()
    rng = random.Random(f"kedang-property:{DEFAULT_SEED if seed is None else seed}")
    people = [r[0] for r in office.db.query(
        "SELECT id FROM customers WHERE status = 'active' AND id NOT IN (SELECT customer_id FROM occupancies) "
        "AND phone NOT IN (SELECT phone FROM customers GROUP BY phone HAVING count(*) > 1) "  # the demo's duplicate pair stays alike
        "ORDER BY id LIMIT 400")]
    if len(people) < 20:
        return counts
    rng.shuffle(people)
    pool = iter(people)

    def day(days_ago: int) -> str:
        return (today - _dt.timedelta(days=days_ago)).isoformat()

    def checklist(start_days: int, customer_name: str, *, water: float, power: int, keys_held: int = 0) -> dict:
        return {"papers": list(PAPERS[:rng.randint(3, len(PAPERS))]), "water": f"{water:.1f}", "electricity": str(power),
                "read_on": day(start_days), "office_signed": OFFICE_SIGNER, "customer_signed": customer_name,
                "keys_given": 2, "keys_held": keys_held, "key_position": f"K-{rng.randint(1, 60):02d}" if keys_held else "",
                "cards": rng.randint(1, 3)}

    names = dict(office.db.query("SELECT id, name FROM customers"))
    units = []
    for code, name, floors, entrances, per in BUILDINGS:
        b = svc.save_building(desk, {"code": code, "name": name, "floors": floors, "address": "福州市鼓楼区鸿运路8号"})
        counts["buildings"] += 1
        for e in range(1, entrances + 1):
            for f in range(1, floors + 1):
                for r in range(1, per + 1):
                    u = svc.save_unit(desk, b.id, {"number": f"{code}-{e}-{f}{r:02d}", "area": f"{rng.choice((78.5, 89.2, 96.0, 112.4, 135.8)):.2f}",
                                                   "use": "residence"})
                    units.append(u)
                    counts["units"] += 1
    g = svc.save_building(desk, {"code": GARAGE[0], "name": GARAGE[1], "floors": 0})
    counts["buildings"] += 1
    spaces = [svc.save_unit(desk, g.id, {"number": f"B1-{n:03d}", "kind": "parking", "use": "parking", "area": "13.50"})
              for n in range(1, GARAGE[2] + 1)]
    counts["units"] += len(spaces)

    occupied = rng.sample(units, int(len(units) * 0.6))
    current: list = []
    for u in occupied:
        cid = next(pool, None)
        if cid is None:
            break
        role = "owner" if rng.random() < 0.55 else "tenant"
        start = rng.randint(200, 1400)
        occ = svc.move_in(desk, u.id, cid, role, day(start),
                          checklist(start, names[cid], water=rng.uniform(0, 40), power=rng.randint(0, 900),
                                    keys_held=1 if rng.random() < 0.08 else 0))
        current.append((u, occ, start))
        counts["occupancies"] += 1
    for s in rng.sample(spaces, 10):
        cid = current[rng.randrange(len(current))][1].customer_id
        start = rng.randint(100, 600)
        svc.move_in(desk, s.id, cid, rng.choice(("owner", "tenant")), day(start), {"papers": ["parking_contract"]})
        counts["occupancies"] += 1

    # every folder got its label once everyone had moved in
    svc.record_printed(desk, svc.label_states(desk, "unit"))

    # since then: tenants moved out (some units have a new tenant), so their labels are out of date
    tenants = [c for c in current if c[1].role == "tenant" and c[2] > 120]
    for u, occ, start in rng.sample(tenants, min(8, len(tenants))):
        out_days = rng.randint(30, min(start - 10, 110))
        m = occ.move_in
        svc.move_out(desk, occ.id, day(out_days), {
            "water": f"{float(m['water']) + rng.uniform(20, 90):.1f}", "electricity": str(int(m["electricity"]) + rng.randint(500, 3000)),
            "read_on": day(out_days), "office_signed": OFFICE_SIGNER, "customer_signed": names[occ.customer_id],
            "keys_returned": 2, "cards_returned": m.get("cards", 1)}, arrears_seen=True)
        counts["labels_to_reprint"] += 1
        if rng.random() < 0.6:
            cid = next(pool, None)
            if cid is not None:
                start = rng.randint(3, out_days)
                svc.move_in(desk, u.id, cid, "tenant", day(start),
                            checklist(start, names[cid], water=float(m["water"]) + 95, power=int(m["electricity"]) + 3100))
                counts["occupancies"] += 1
    for u in rng.sample(svc.units.where("status = 'vacant' AND kind = 'unit'"), 2):
        svc.set_renovating(desk, u.id, True)

    # keys kept for tenants: a few in the cabinet, one out with a plumber and overdue, one out and due later
    kept = [c for c in current if c[1].role == "tenant" and svc.occupancies.get(c[1].id).current][:6]
    for n, (u, occ, start) in enumerate(kept):
        k = svc.register_key(desk, u.id, {"description": ("入户门钥匙", "信报箱钥匙", "车库门遥控器")[n % 3], "quantity": 1 + n % 2,
                                          "position": f"K-{n + 1:02d}", "received_on": day(min(start, 90)),
                                          "customer_id": occ.customer_id})
        counts["keys"] += 1
        if n == 0:
            svc.lend_key(desk, k.id, "维修工老李", "厨房水管维修", day(6), day(2))
        elif n == 1:
            svc.lend_key(desk, k.id, "保洁公司", "开荒保洁", day(1), day(0))
        elif n == 2:
            svc.lend_key(desk, k.id, "电工小王", "更换电表", day(20), day(18))
            svc.return_key(desk, k.id, day(17))
    counts["keys"] = svc.keys.count()
    return counts
