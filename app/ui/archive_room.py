"""The archive room (档案室): one window with the archive register, the certificate register, the
handovers, the borrowing ledger and the stock-takes of the safe, one tab each."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QTabWidget

from app.i18n import translate
from app.office import Office
from app.session import Session
from app.ui.archive_files import CertificatesPage, FilesPage
from app.ui.handovers import HandoversPage
from app.ui.loans import LoansPage
from app.ui.stocktake import StocktakePage

TABS = ("files", "certificates", "handovers", "loans", "stocktake")


class ArchiveRoom(QMainWindow):
    changed = Signal()   # a write happened: the main window's today panel refreshes

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("archiveRoom")
        self.setWindowTitle(translate("Archive", "Archive room — {company}").format(company=office.company()))
        self.resize(1180, 720)
        self.tabs = QTabWidget(objectName="archiveTabs")
        self.files = FilesPage(office, session)
        self.certificates = CertificatesPage(office, session)
        self.handovers = HandoversPage(office, session)
        self.loans = LoansPage(office, session)
        self.stocktake = StocktakePage(office, session)
        self.pages = {"files": self.files, "certificates": self.certificates, "handovers": self.handovers,
                      "loans": self.loans, "stocktake": self.stocktake}
        titles = {"files": translate("Archive", "Archive register"),
                  "certificates": translate("Archive", "Certificate register"),
                  "handovers": translate("Archive", "Handovers"), "loans": translate("Archive", "Borrowing ledger"),
                  "stocktake": translate("Archive", "Stock-take of the safe")}
        for i, key in enumerate(TABS):
            self.tabs.addTab(self.pages[key], f"{titles[key]}")
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda k=key: self.show_tab(k))
        self.setCentralWidget(self.tabs)
        from app.ui.layout import LayoutKeeper

        LayoutKeeper(self, "archive_room")
        for key, page in self.pages.items():
            page.changed.connect(lambda k=key: self._changed(k))
        self.files.request_loan.connect(self._request_loan)
        self.certificates.request_loan.connect(self._request_loan)
        self.files.new_transfer.connect(lambda ids: (self.show_tab("handovers"), self.handovers.new_transfer(ids)))
        self.certificates.new_return.connect(lambda ids: (self.show_tab("handovers"), self.handovers.new_return(ids)))
        self.stocktake.print_requested.connect(lambda sid: self._stocktake_report(sid, "pdf"))
        self.stocktake.export_requested.connect(lambda sid: self._stocktake_report(sid, "xlsx"))

    def show_tab(self, key: str, ref_id: int | None = None):
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        if ref_id is not None and hasattr(page, "select_id"):
            page.refresh()
            page.select_id(ref_id)
        return page

    def _changed(self, source: str) -> None:
        for key, page in self.pages.items():
            if key != source and hasattr(page, "refresh") and getattr(page, "_loaded", True):
                page.refresh()
        self.changed.emit()

    def closeEvent(self, event) -> None:
        """Ticks of a stock-take in progress are not lost by closing the window."""
        st = self.stocktake
        if st.dirty and st.editable():
            from app.ui.common import ask

            if ask(self, translate("Archive", "Save the ticks of the stock-take in progress?")) and not st.save():
                event.ignore()
                return
        super().closeEvent(event)

    def _request_loan(self, item_type: str, item_id: int) -> None:
        self.show_tab("loans")
        self.loans.new_request(item_type, item_id)

    def _stocktake_report(self, stocktake_id: int, fmt: str) -> None:
        from app.reports.archive_reports import stocktake_report
        from app.ui import report_export
        st = self.office.stocktakes.get(self.session, stocktake_id)
        report_export.save_report(self, lambda: stocktake_report(self.office, self.session, st),
                                  translate("Archive", "Stock-take {date}").format(date=st.taken_on), fmt,
                                      office=self.office, session=self.session)
