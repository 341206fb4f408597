"""Stock-take of the safe (盘点): what the register says is in the safe, ticked as found or not.

Starting a stock-take freezes the list of certificates the register holds as 在柜. The record keeper
ticks each one found, writes a note on each one missing, adds anything found that is not on the
register, and finishes; a finished stock-take no longer changes and its report is printed for
signature.
"""
from __future__ import annotations


from app import archive as _archive
from app.archive import ArchiveService, label, need_date, need_text
from app.errors import KeDangError, NotFound
from app.i18n import translate
from app.models.archive import StocktakeRepo
from app.models.database import now_iso
from app.models.records import Stocktake
from app.session import Service, Session
from app.validation import ValidationError



class StocktakeService(Service):
    def __init__(self, db, archive: ArchiveService):
        super().__init__(db)
        self.archive = archive
        self.repo = StocktakeRepo(db)

    def list(self, session: Session) -> list[Stocktake]:
        self.require(session, "archive.read")
        return self.repo.where(order="taken_on DESC, id DESC")

    def get(self, session: Session, stocktake_id: int) -> Stocktake:
        self.require(session, "archive.read")
        st = self.repo.get(stocktake_id)
        if st is None:
            raise NotFound(translate("Archive", "No such stock-take."))
        return st

    def open_one(self, session: Session) -> Stocktake | None:
        self.require(session, "archive.read")
        rows = self.repo.where("status = 'open'")
        return rows[0] if rows else None

    def start(self, session: Session, taken_by: str, witness: str = "", taken_on=None) -> Stocktake:
        self.require(session, "archive.write")
        taken_by = need_text(taken_by, translate("Archive", "Counted by"), key="taken_by", max_len=40)
        witness = need_text(witness, translate("Archive", "Witness"), key="witness", required=False, max_len=40)
        d = need_date(taken_on or _archive.today(), translate("Archive", "Date of the stock-take"), key="taken_on", not_future=True)
        with self.db.transaction():
            current = self.repo.where("status = 'open'")
            if current:
                raise KeDangError(translate("Archive", "The stock-take of {date} is not finished yet: finish it first.").format(
                    date=current[0].taken_on))
            certs = self.archive.certs.where("status = 'in_safe'", order="safe_no, position, id")
            numbers = self.archive.archive_numbers(c.archive_file_id for c in certs)
            lines = [{"certificate_id": c.id, "cert_no": c.cert_no, "name": c.name or label(c.kind),
                      "holder": c.holder, "archive_no": numbers.get(c.archive_file_id, ""),
                      "place": " ".join(p for p in (c.safe_no, c.position) if p), "quantity": c.quantity,
                      "found": False, "note": ""} for c in certs]
            ts = now_iso()
            st = Stocktake(taken_on=d, taken_by=taken_by, witness=witness, lines=lines, created_at=ts,
                           created_by=session.user_id, updated_at=ts, updated_by=session.user_id)
            self.repo.insert(st)
            self.audit(session, "stocktake.start", "stocktake", st.id, summary=d,
                       after={"taken_by": taken_by, "witness": witness, "expected": len(lines)})
            return st

    def save(self, session: Session, stocktake_id: int, ticks: dict[int, tuple[bool, str]],
             extras: list[dict] | None = None, note: str | None = None) -> Stocktake:
        """Record the ticks (certificate id -> (found, note)), the extra finds and the overall note."""
        self.require(session, "archive.write")
        with self.db.transaction():
            st = self.get(session, stocktake_id)
            if st.status != "open":
                raise KeDangError(translate("Archive", "This stock-take is finished and no longer changes."))
            before_found = sum(1 for ln in st.lines if ln["found"])
            for ln in st.lines:
                if ln["certificate_id"] in ticks:
                    found, line_note = ticks[ln["certificate_id"]]
                    ln["found"] = bool(found)
                    ln["note"] = need_text(line_note, translate("Archive", "Note"), key="note", required=False, max_len=200)
            if extras is not None:
                clean = []
                for x in extras:
                    desc = need_text(x.get("description"), translate("Archive", "Found but not on the register"), key="extras",
                                     required=False, max_len=200)
                    if desc:
                        clean.append({"description": desc,
                                      "note": need_text(x.get("note"), translate("Archive", "Note"), required=False, max_len=200)})
                st.extras = clean
            if note is not None:
                st.note = need_text(note, translate("Archive", "Note"), key="note", required=False, max_len=2000)
            st.updated_at, st.updated_by = now_iso(), session.user_id
            self.repo.update(st)
            self.audit(session, "stocktake.save", "stocktake", st.id, summary=st.taken_on,
                       before={"found": before_found},
                       after={"found": sum(1 for ln in st.lines if ln["found"]), "extras": len(st.extras)})
            return st

    def finish(self, session: Session, stocktake_id: int) -> Stocktake:
        """Close the stock-take. Every certificate not found needs a note saying what is known."""
        self.require(session, "archive.write")
        with self.db.transaction():
            st = self.get(session, stocktake_id)
            if st.status != "open":
                raise KeDangError(translate("Archive", "This stock-take is finished and no longer changes."))
            silent = [ln["cert_no"] for ln in st.lines if not ln["found"] and not ln["note"]]
            if silent:
                raise ValidationError(translate("Archive", "Note"), translate("Archive", "write what is known about each certificate not found: {items}")
                                      .format(items="、".join(silent[:5]) + ("…" if len(silent) > 5 else "")),
                                      key="note")
            st.status, st.finished_at = "done", now_iso()
            st.updated_at, st.updated_by = st.finished_at, session.user_id
            self.repo.update(st)
            missing = [ln["cert_no"] for ln in st.lines if not ln["found"]]
            self.audit(session, "stocktake.finish", "stocktake", st.id, summary=st.taken_on,
                       after={"expected": len(st.lines), "missing": missing, "extras": len(st.extras)})
            return st


def discrepancies(st: Stocktake) -> tuple[list[dict], list[dict]]:
    """(certificates on the register but not found, things found but not on the register)."""
    return [ln for ln in st.lines if not ln["found"]], list(st.extras)
