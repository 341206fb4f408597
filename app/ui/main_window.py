"""The main window: the customer list with its menus."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QToolBar

from app import __version__
from app.i18n import QT_TRANSLATE_NOOP, language, translate
from app.office import Office
from app.permissions import role_label
from app.session import Session
from app.ui.common import ask, show_error, show_info
from app.ui.customer_list import CustomerListWidget
from app.ui.today import TodayPanel

REFRESH_MS = 5 * 60 * 1000  # the today panel catches up with the date
DEFAULT_LOCK_MINUTES = 10


class MainWindow(QMainWindow):
    def __init__(self, office: Office, session: Session, settings=None, parent=None):
        super().__init__(parent)
        self.office, self.session, self.settings = office, session, settings
        self.setObjectName("mainWindow")
        company = office.company()
        self.setWindowTitle(translate("MainWindow", "KeDang — customer records") + (f" — {company}" if company else ""))
        self.customer_list = CustomerListWidget(office, session)
        self.customer_list.open_customer.connect(self.open_dossier)
        self.customer_list.open_record.connect(self.open_record)
        self.setCentralWidget(self.customer_list)
        self.dossiers: dict[int, object] = {}
        self.restored = False   # the database was restored from a backup: the session belongs to the old file
        self.today = TodayPanel(office, session)
        self.today.open_item.connect(self.open_due_item)
        self.today_dock = QDockWidget(translate("MainWindow", "Today"), self, objectName="todayDock")
        self.today_dock.setWidget(self.today)
        self.today_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                    | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.today_dock)
        self.resizeDocks([self.today_dock], [520], Qt.Orientation.Horizontal)
        self._refreshed = time.monotonic()
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh_today)
        self._timer.start()
        self._build_actions()
        user = QLabel(translate("MainWindow", "Signed in: {name} ({role})").format(name=session.display_name or session.username,
                                                             role=role_label(session.role)))
        self.statusBar().addPermanentWidget(user)
        self.resize(1200, 720)
        self.customer_list.search.setFocus()
        from app.ui.lock import ClipboardGuard, DeskLock

        minutes = settings.get("lock_minutes") if settings is not None else DEFAULT_LOCK_MINUTES
        self.desk_lock = DeskLock(office, session, minutes, self)
        self.desk_lock.quit_requested.connect(self._quit_locked)
        self.clipboard_guard = ClipboardGuard(self)
        from app.ui.layout import LayoutKeeper

        self.layout_keeper = LayoutKeeper(self, "main", {"customers": self.customer_list.view.horizontalHeader()})

    # ------------------------------------------------------------ actions
    def _action(self, text: str, slot, shortcut=None, name: str = "", enabled: bool = True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.setEnabled(enabled)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        s = self.session
        self.new_action = self._action(translate("MainWindow", "&New customer…"), self.new_customer, QKeySequence.StandardKey.New,
                                       "newCustomer", s.may("customer.create"))
        self.open_action = self._action(translate("MainWindow", "&Open dossier"), self.customer_list.open_current, "Ctrl+O", "openDossier")
        self.find_action = self._action(translate("MainWindow", "&Find"), self.focus_search, QKeySequence.StandardKey.Find, "find")
        quit_action = self._action(translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")
        self.lock_action = self._action(translate("MainWindow", "&Lock"), lambda _c=False: self.lock(), "Ctrl+L", "lock")
        self.lock_minutes_action = self._action(translate("MainWindow", "Lock after idle &minutes…"),
                                                lambda _c=False: self.set_lock_minutes(), None, "lockMinutes")
        self.users_action = self._action(translate("MainWindow", "&Users…"), self.manage_users, None, "users", s.may("user.manage"))
        self.audit_action = self._action(translate("MainWindow", "&Audit log…"), self.show_audit, None, "auditLog", s.may("audit.read"))
        self.check_action = self._action(translate("MainWindow", "&Check database"), self.check_database, None, "checkDatabase")
        self.import_action = self._action(translate("MainWindow", "&Import customers from Excel…"), self.import_customers,
                                          None, "importCustomers", s.may("customer.bulk_create"))
        self.duplicates_action = self._action(translate("MainWindow", "Find &duplicates…"), self.find_duplicates, None,
                                              "findDuplicates")
        self.rules_action = self._action(translate("MainWindow", "&Follow-up rules…"), self.follow_up_rules, None,
                                         "followUpRules", s.may("settings.manage"))
        self.fields_action = self._action(translate("MainWindow", "Custom &fields…"), self.custom_fields, None,
                                          "customFields", s.may("settings.manage"))
        self.backups_action = self._action(translate("MainWindow", "&Backups…"), self.manage_backups, None, "backups",
                                           any(s.may(p) for p in ("backup.create", "backup.restore", "settings.manage")))
        self.rekey_action = self._action(translate("MainWindow", "Change the database &key…"), self.change_key, None,
                                         "changeKey", s.may("database.rekey"))
        self.company_action = self._action(translate("MainWindow", "Company name and &logo…"), self.company_settings,
                                           None, "companySettings", s.may("settings.manage"))
        self.archive_settings_action = self._action(translate("MainWindow", "A&rchive settings…"),
                                                    self.archive_settings, None, "archiveSettings",
                                                    s.may("settings.manage"))
        self.archive_actions = {
            key: self._action(text, lambda _c=False, k=key: self.open_archive(k), shortcut, f"archive_{key}",
                              s.may("archive.read"))
            for key, text, shortcut in (
                ("files", translate("MainWindow", "&Archive register"), "Ctrl+Shift+A"),
                ("certificates", translate("MainWindow", "&Certificate register"), None),
                ("handovers", translate("MainWindow", "&Handovers"), None),
                ("loans", translate("MainWindow", "&Borrowing ledger"), "Ctrl+Shift+L"),
                ("stocktake", translate("MainWindow", "&Stock-take of the safe"), None))}
        self.surveys_action = self._action(translate("MainWindow", "&Satisfaction surveys…"), self.open_surveys,
                                           "Ctrl+Shift+S", "surveys", s.may("survey.read"))
        self.property_action = self._action(translate("MainWindow", "&Buildings, units and occupancy…"),
                                            lambda _c=False: self.open_property(), "Ctrl+Shift+P", "property",
                                            s.may("property.read"))
        self.property_keys_action = self._action(translate("MainWindow", "&Keys held for tenants…"),
                                                 lambda _c=False: self.open_property("keys"), None, "propertyKeys",
                                                 s.may("property.read"))
        self.property_labels_action = self._action(translate("MainWindow", "Folder &labels…"),
                                                   lambda _c=False: self.open_property("labels"), None,
                                                   "propertyLabels", s.may("property.read"))
        self.overdue_action = self._action(translate("MainWindow", "&Overdue loans (PDF)…"), self.overdue_list, None,
                                           "overdueList", s.may("archive.read"))
        self.retention_action = self._action(translate("MainWindow", "Retention and &destruction…"),
                                             lambda _c=False: self.open_retention(), None, "retention",
                                             s.may("retention.request"))
        self.retention_settings_action = self._action(translate("MainWindow", "Re&tention periods…"),
                                                      self.retention_settings, None, "retentionSettings",
                                                      s.may("settings.manage"))

        menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addAction(self.find_action)
        menu.addAction(self.duplicates_action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        for fmt, text in (("xlsx", translate("MainWindow", "Export the customer list (&Excel)…")),
                          ("pdf", translate("MainWindow", "Export the customer list (&PDF)…"))):
            menu.addAction(self._action(text, lambda _c=False, f=fmt: self.export_customers(f), None,
                                        f"exportCustomers_{fmt}", s.may("customer.read")))
        menu.addAction(self._action(translate("MainWindow", "Print pre&view of the customer list…"),
                                    lambda _c=False: self.preview_customers(), QKeySequence.StandardKey.Print,
                                    "previewCustomers", s.may("customer.read")))
        menu.addSeparator()
        menu.addAction(self.lock_action)
        menu.addAction(quit_action)
        admin = self.menuBar().addMenu(translate("MainWindow", "&Administration"))
        admin.addAction(self.users_action)
        admin.addAction(self.audit_action)
        admin.addAction(self.backups_action)
        admin.addAction(self.check_action)
        admin.addAction(self.rekey_action)
        admin.addSeparator()
        admin.addAction(self.rules_action)
        admin.addAction(self.fields_action)
        admin.addAction(self.archive_settings_action)
        admin.addAction(self.retention_settings_action)
        admin.addAction(self.company_action)
        archive = self.menuBar().addMenu(translate("MainWindow", "A&rchive"))
        for action in self.archive_actions.values():
            archive.addAction(action)
        archive.addSeparator()
        archive.addAction(self.overdue_action)
        archive.addAction(self.retention_action)
        estate = self.menuBar().addMenu(translate("MainWindow", "&Property"))
        estate.addAction(self.property_action)
        estate.addAction(self.property_keys_action)
        estate.addAction(self.property_labels_action)
        customers_menu = self.menuBar().addMenu(translate("MainWindow", "&Customers"))
        customers_menu.addAction(self.surveys_action)
        view = self.menuBar().addMenu(translate("MainWindow", "&View"))
        toggle = self.today_dock.toggleViewAction()
        toggle.setText(translate("MainWindow", "&Today panel"))
        toggle.setObjectName("toggleToday")
        view.addAction(toggle)
        view.addAction(self._action(translate("MainWindow", "&Refresh"), self.refresh_today, QKeySequence.StandardKey.Refresh,
                                    "refreshToday"))
        settings = self.menuBar().addMenu(translate("MainWindow", "&Settings"))
        settings.addAction(self.lock_minutes_action)
        lang_menu = settings.addMenu(translate("MainWindow", "&Language"))
        group = QActionGroup(self)
        for code, label in (("zh_CN", "简体中文"), ("en", "English")):
            a = QAction(label, self, checkable=True)
            a.setChecked(language() == code)
            a.setObjectName(f"language_{code}")
            a.triggered.connect(lambda _c=False, code=code: self.choose_language(code))
            group.addAction(a)
            lang_menu.addAction(a)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self._action(translate("MainWindow", "&About KeDang"), self.about))

        bar = QToolBar(translate("MainWindow", "Main"))
        bar.setObjectName("mainToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.new_action)
        bar.addAction(self.open_action)
        self.addToolBar(bar)

    # ------------------------------------------------------------ slots
    def focus_search(self) -> None:
        self.customer_list.search.setFocus()
        self.customer_list.search.selectAll()

    def new_customer(self) -> None:
        from app.ui.customer_form import CustomerDialog

        dialog = CustomerDialog(self.office, self.session, self)
        if dialog.exec() and dialog.customer is not None:
            self.customer_list.apply_filter()
            self.customer_list.select_customer(dialog.customer.id)
            self.refresh_today()
            self.statusBar().showMessage(translate("MainWindow", "Saved {code} {name}").format(
                code=dialog.customer.code, name=dialog.customer.name), 5000)

    def open_dossier(self, customer_id: int):
        """Show the customer's dossier (one window per customer) and return it, or None on error."""
        from app.ui.dossier import DossierWindow

        window = self.dossiers.get(customer_id)
        if window is None or not window.isVisible():
            try:
                window = DossierWindow(self.office, self.session, customer_id, self)
            except Exception as exc:
                show_error(self, exc)
                return None
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.changed.connect(self._customer_changed)
            window.destroyed.connect(lambda _o=None, cid=customer_id: self.dossiers.pop(cid, None))
            self.dossiers[customer_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _one_window(self, attr: str, make):
        """The window kept in ``attr`` (made by ``make()`` the first time), shown in front; None if it fails."""
        window = getattr(self, attr, None)
        if window is None:
            try:
                window = make()
            except Exception as exc:
                show_error(self, exc)
                return None
            window.changed.connect(self.refresh_today)
            setattr(self, attr, window)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_archive(self, tab: str = "files", ref_id: int | None = None):
        """Show the archive room (one window) at ``tab``, with the row ``ref_id`` selected; the window."""
        from app.ui.archive_room import ArchiveRoom

        window = self._one_window("archive_room", lambda: ArchiveRoom(self.office, self.session, self))
        if window is not None:
            window.show_tab(tab, ref_id)
        return window

    def open_surveys(self):
        """Show the satisfaction surveys (one window); the window."""
        from app.ui.surveys import SurveysWindow

        return self._one_window("surveys_window", lambda: SurveysWindow(self.office, self.session, self))

    def open_property(self, tab: str = "floors", unit_id: int | None = None):
        """Show the property desk (one window) at ``tab``, or the dossier of the unit ``unit_id``; the window."""
        from app.ui.property import PropertyWindow

        def make():
            window = PropertyWindow(self.office, self.session, self)
            window.open_customer.connect(self.open_dossier)
            return window
        window = self._one_window("property_window", make)
        if window is not None:
            window.show_tab(tab)
            if unit_id is not None:
                window.open_unit(unit_id)
        return window

    def open_retention(self):
        """Archive → Retention and destruction (one window); the window."""
        from app.ui.retention import RetentionWindow

        def make():
            window = RetentionWindow(self.office, self.session, self)
            window.changed.connect(self.customer_list.apply_filter)   # destroyed customers leave the list
            return window
        return self._one_window("retention_window", make)

    def retention_settings(self) -> None:
        from app.ui.retention import RetentionSettingsDialog

        try:
            RetentionSettingsDialog(self.office, self.session, self).exec()
        except Exception as exc:
            show_error(self, exc)

    def open_record(self, kind: str, ref_id: int) -> None:
        """A folder label's QR code typed or scanned into the search box: the unit's or the file's record."""
        if kind == "unit":
            self.open_property("floors", ref_id)
        else:
            self.open_archive("files", ref_id)

    def import_customers(self) -> None:
        from app.ui.import_wizard import ImportWizard

        try:
            wizard = ImportWizard(self.office, self.session, self)
        except Exception as exc:
            show_error(self, exc)
            return
        wizard.exec()
        if wizard.result is not None:
            self.customer_list.apply_filter()
            self.refresh_today()

    def preview_customers(self) -> None:
        """The customer list as filtered now, shown as it will print (ID numbers masked)."""
        from app.reports.office_reports import customer_list
        from app.ui import report_export

        query = self.customer_list.current_query()
        query.sort, query.descending = self.customer_list.model.query.sort, self.customer_list.model.query.descending
        subtitle = query.text and translate("MainWindow", "search: {text}").format(text=query.text)
        report_export.preview_report(self, lambda: customer_list(self.office, self.session, query,
                                                                 subtitle=subtitle or ""),
                                     translate("MainWindow", "Customer list"), office=self.office, session=self.session)

    def export_customers(self, fmt: str) -> None:
        """The customer list as filtered now; full ID numbers only if the user may see them and wants them."""
        from app.reports.office_reports import customer_list
        from app.ui import report_export

        query = self.customer_list.current_query()
        query.sort, query.descending = self.customer_list.model.query.sort, self.customer_list.model.query.descending
        include = self.session.may("pii.view") and ask(self, translate(
            "MainWindow", "Include the full ID numbers? Answer No to print them masked (recommended)."))
        subtitle = query.text and translate("MainWindow", "search: {text}").format(text=query.text)
        report_export.save_report(self, lambda: customer_list(self.office, self.session, query, include_ids=include,
                                                              subtitle=subtitle or ""),
                                  translate("MainWindow", "Customer list"), fmt, office=self.office,
                                  session=self.session)

    def overdue_list(self) -> None:
        from app.reports.archive_reports import overdue_list
        from app.ui import report_export

        report_export.save_report(self, lambda: overdue_list(self.office, self.session),
                                  translate("MainWindow", "Overdue loans"), "pdf",
                                      office=self.office, session=self.session)

    def manage_backups(self) -> None:
        """Administration → Backups: the list, back up now, settings, restore (then KeDang closes: sign in again)."""
        from PySide6.QtWidgets import QApplication

        from app.ui.backups import BackupsDialog

        try:
            dialog = BackupsDialog(self.office, self.session, self)
        except Exception as exc:
            show_error(self, exc)
            return
        dialog.exec()
        if dialog.restored is not None:
            self.restored = True
            QApplication.closeAllWindows()

    def change_key(self) -> None:
        """Administrator: a new key for the database, then the new recovery sheet to print and keep in the safe."""
        import datetime as _dt

        from PySide6.QtWidgets import QFileDialog

        from app.rekey import rekey
        from app.reports.recovery_sheet import write_recovery_sheet
        from app.ui.report_export import _busy, default_path

        if not ask(self, translate("MainWindow", "Change the key of the database? The records are copied under a new "
                                                 "key and checked before the copy replaces the file. The old recovery "
                                                 "sheet stops working: you will print a new one.")):
            return
        done: list[str] = []   # on this thread: every window reads the database that is being swapped
        if not _busy(self, lambda: done.append(rekey(self.office, self.session)),
                     QT_TRANSLATE_NOOP("MainWindow", "The key was not changed: {error}")):
            return
        recovery = done[0]
        while True:
            path, _f = QFileDialog.getSaveFileName(
                self, translate("MainWindow", "Save the new recovery sheet"),
                default_path(translate("MainWindow", "Recovery sheet"), "pdf"), translate("Reports", "PDF document (*.pdf)"))
            if path:
                try:
                    write_recovery_sheet(path, recovery_key=recovery, database_id=self.office.db.file_id(),
                                         database_path=str(self.office.path), company=self.office.company(),
                                         created_at=_dt.datetime.now(), language=language())
                    break
                except Exception as exc:
                    show_error(self, exc)
                    continue
            if ask(self, translate("MainWindow", "Without the sheet, write the new recovery key down now:\n\n{key}\n\n"
                                                 "Have you written it down?").format(key=recovery)):
                break
        show_info(self, translate("MainWindow", "The key was changed. Print the new recovery sheet, keep it in the safe "
                                                "and destroy the old one."))

    def company_settings(self) -> None:
        from app.ui.letterhead import CompanyDialog

        try:
            CompanyDialog(self.office, self.session, self).exec()
        except Exception as exc:
            show_error(self, exc)

    def archive_settings(self) -> None:
        from app.ui.archive_settings import ArchiveSettingsDialog

        try:
            ArchiveSettingsDialog(self.office, self.session, self).exec()
        except Exception as exc:
            show_error(self, exc)

    def open_due_item(self, item) -> None:
        """A row of the today panel: the customer's dossier at the tab (and row) it is about, or the
        borrowing ledger at the overdue loan."""
        if item.source in ("loan", "handover"):
            self.open_archive(item.tab, item.ref_id)
            return
        if item.source == "key":
            window = self.open_property("keys")
            if window is not None:
                window.keys_page.refresh()
                window.keys_page.select_id(item.ref_id)
            return
        if item.source == "action":
            window = self.open_surveys()
            if window is not None:
                window.show_action(item.ref_id, item.extra.get("survey_id"))
            return
        window = self.open_dossier(item.customer_id)
        if window is not None:
            try:
                window.show_tab(item.tab, item.ref_id)
            except Exception as exc:
                show_error(self, exc)

    def _customer_changed(self, customer_id: int) -> None:
        self.customer_list.model.invalidate(customer_id)
        self.refresh_today()

    def refresh_today(self) -> None:
        self._refreshed = time.monotonic()
        self.today.refresh()

    def changeEvent(self, event) -> None:
        # back at the desk after working elsewhere: catch up, at most every few seconds
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() \
                and time.monotonic() - self._refreshed > 5:
            self.refresh_today()
        super().changeEvent(event)

    def find_duplicates(self) -> None:
        from app.ui.merge import DuplicatesDialog

        try:
            DuplicatesDialog(self.office, self.session, self).exec()
        except Exception as exc:
            show_error(self, exc)
        self.customer_list.apply_filter()
        self.refresh_today()

    def follow_up_rules(self) -> None:
        from app.ui.today import FollowUpRulesDialog

        try:
            FollowUpRulesDialog(self.office, self.session, self).exec()
        except Exception as exc:
            show_error(self, exc)
        self.refresh_today()

    def custom_fields(self) -> None:
        from app.ui.custom_fields import CustomFieldsDialog

        try:
            CustomFieldsDialog(self.office, self.session, self).exec()
        except Exception as exc:
            show_error(self, exc)

    def manage_users(self) -> None:
        from app.ui.admin import UsersDialog

        try:
            UsersDialog(self.office, self.session, self).exec()
        except Exception as exc:
            show_error(self, exc)

    def show_audit(self) -> None:
        from app.ui.admin import AuditDialog

        try:
            AuditDialog(self.office, self.session, self).exec()
        except Exception as exc:
            show_error(self, exc)

    def check_database(self) -> None:
        results = self.office.check(self.session)
        lines = [("✔ " if ok else "✘ ") + f"{name}: {detail}" for name, ok, detail in results]
        if all(ok for _n, ok, _d in results):
            show_info(self, translate("MainWindow", "All checks passed.") + "\n\n" + "\n".join(lines))
        else:
            show_error(self, translate("MainWindow", "The database failed a check. Restore the newest verified backup.") + "\n\n" + "\n".join(lines))

    def choose_language(self, code: str) -> None:
        if self.settings is not None:
            self.settings.set("language", code)
        show_info(self, translate("MainWindow", "The language changes the next time KeDang starts.") + "\n语言将在下次启动客档时切换。")

    def about(self) -> None:
        show_info(self, translate("MainWindow", "KeDang {version}\nCustomer records for small offices, kept in one encrypted file.").format(
            version=__version__))

    def closeEvent(self, event) -> None:
        for window in list(self.dossiers.values()):
            if window.isVisible() and not window.close():
                event.ignore()
                return
        self.desk_lock.stop()
        self.clipboard_guard.stop()
        super().closeEvent(event)

    # ------------------------------------------------------------ locking
    def lock(self) -> bool:
        """Ctrl+L: cover every window until the password is given again."""
        return self.desk_lock.lock()

    def _quit_locked(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.closeAllWindows()

    def set_lock_minutes(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getInt(self, translate("MainWindow", "Automatic lock"), translate(
            "MainWindow", "Lock the program after this many minutes without use (0: never):"),
            int(self.desk_lock.minutes), 0, 240)
        if ok:
            self.desk_lock.minutes = value
            if self.settings is not None:
                self.settings.set("lock_minutes", value)
