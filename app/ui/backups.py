"""Backups in the program: the list with each backup's date, size and checked state, back up now (also to a
USB drive), the settings, a restore that shows what the backup holds before anything changes, the
automatic backup when the program closes, and the way back from a damaged database."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QTableWidgetItem, QVBoxLayout,
)

from app import backup as _backup
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.office import Office
from app.session import Session
from app.ui.common import ErrorLabel, ask, attempt, dialog_body, show_error, show_info, text_table
from app.ui.report_export import _busy, run_with_progress


def _adapt(progress, cancelled):
    """The backup service's progress(phase, done, total) -> False-to-cancel, on run_with_progress's pair."""
    def report(_phase: str, done: int, total: int):
        progress(done, total)
        return not cancelled()
    return report


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


class BackupsDialog(QDialog):
    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("backupsDialog")
        self.setWindowTitle(translate("Backups", "Backups"))
        self.resize(760, 560)
        s = office.backups.settings()
        may_set = session.may("settings.manage")
        self.folder = QLineEdit(s.folder, objectName="backupFolder",
                                placeholderText=str(_backup.default_folder(office.path)))
        browse = QPushButton(translate("Backups", "Browse…"), objectName="browseFolder")
        browse.clicked.connect(lambda _c=False: self._browse())
        self.daily = QSpinBox(objectName="keepDaily", minimum=1, maximum=365, value=s.keep_daily)
        self.monthly = QSpinBox(objectName="keepMonthly", minimum=0, maximum=120, value=s.keep_monthly)
        self.automatic = QCheckBox(translate("Backups", "Back up automatically when KeDang closes (at most once a day)"),
                                   objectName="automatic")
        self.automatic.setChecked(s.automatic)
        save = QPushButton(translate("Backups", "Save settings"), objectName="saveBackupSettings")
        save.clicked.connect(lambda _c=False: self._save_settings())
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        box = QGroupBox(translate("Backups", "Automatic backups"))
        form = QFormLayout(box)
        form.addRow(translate("Backups", "Folder"), folder_row)
        form.addRow(translate("Backup", "Daily backups kept"), self.daily)
        form.addRow(translate("Backup", "Monthly backups kept"), self.monthly)
        form.addRow(self.automatic)
        form.addRow(save)
        for w in (self.folder, browse, self.daily, self.monthly, self.automatic, save):
            w.setEnabled(may_set)
        self.table = text_table("backupsTable", [translate("Backups", "Made on"), translate("Backups", "Size"),
                                                 translate("Backups", "Checked"), translate("Backups", "File")])
        self.status = QLabel(objectName="backupsStatus")
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        for name, text, slot, permission in (
                ("backupNow", translate("Backups", "Back up now"), self.backup_now, "backup.create"),
                ("backupTo", translate("Backups", "Back up to a folder or USB drive…"), self.backup_to, "backup.create"),
                ("restore", translate("Backups", "Restore the chosen backup…"), self.restore_chosen, "backup.restore"),
                ("restoreFile", translate("Backups", "Restore from a file…"), self.restore_file, "backup.restore")):
            b = QPushButton(text, objectName=name)
            b.setEnabled(session.may(permission))
            b.clicked.connect(lambda _c=False, f=slot: f())
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QPushButton(translate("Backups", "Close"), objectName="closeBackups")
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(QLabel(translate("Backups", "Backups of this database in the folder")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.restored = None
        self.refresh()

    # ------------------------------------------------------------ the list
    def refresh(self) -> None:
        try:
            self.entries = self.office.backups.list()
        except Exception as exc:  # a folder on a drive that is gone: say so, keep the dialog usable
            from app.errors import user_message
            self.entries = []
            self.status.setText(user_message(exc))
        else:
            self.status.setText(translate("Backups", "{n} backups in {folder}").format(
                n=len(self.entries), folder=self.office.backups.folder()))
        state = {True: translate("Backups", "Checked"), False: translate("Backups", "Changed since it was made"),
                 None: translate("Backups", "Not known")}
        self.table.setRowCount(0)
        for r, e in enumerate(self.entries):
            self.table.insertRow(r)
            for c, text in enumerate((e.created.strftime("%Y-%m-%d %H:%M:%S"), _mb(e.size), state[e.verified], e.name)):
                item = QTableWidgetItem(text)
                if c == 2 and e.verified is False:
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if self.entries:
            self.table.selectRow(0)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("Backups", "Folder for the backups"),
                                                  self.folder.text() or str(self.office.backups.folder()))
        if folder:
            self.folder.setText(folder)

    def _save_settings(self) -> None:
        if attempt(self.error, lambda: self.office.backups.set_settings(self.session, {
                "folder": self.folder.text().strip(), "keep_daily": self.daily.value(),
                "keep_monthly": self.monthly.value(), "automatic": self.automatic.isChecked()}),
                lambda k: {"folder": self.folder, "keep_daily": self.daily, "keep_monthly": self.monthly}.get(k)):
            self.refresh()

    # ------------------------------------------------------------ backing up
    def _make(self, folder) -> None:
        def work(progress, cancelled):
            return self.office.backups.create(self.session, folder, progress=_adapt(progress, cancelled))
        entry = run_with_progress(self, work, translate("Backups", "Backing up…"),
                                  QT_TRANSLATE_NOOP("Backups", "No backup was made: {error}"), cooperative=True)
        if entry is not None:
            show_info(self, translate("Backups", "Backup written and checked: {path} ({size})").format(
                path=entry.path, size=_mb(entry.size)))
        self.refresh()

    def backup_now(self) -> None:
        self._make(None)

    def backup_to(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("Backups", "Back up to a folder or USB drive"), "")
        if folder:
            self._make(folder)

    # ------------------------------------------------------------ restoring
    def restore_chosen(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.entries):
            self.restore(self.entries[row].path)
        else:
            show_info(self, translate("Backups", "Choose a backup in the list first."))

    def restore_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, translate("Backups", "Restore from a backup"),
                                               str(self.office.backups.folder()),
                                               translate("Backups", "KeDang backups (*.kdb-backup *.kdb);;All files (*)"))
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        """Check the backup, show what it holds, ask, then restore (the current file is backed up first)."""
        info: list = []
        if not _busy(self, lambda: info.append(self.office.backups.prepare_restore(self.session, path)),
                     QT_TRANSLATE_NOOP("Backups", "This backup cannot be restored: {error}")):
            return
        i = info[0]
        if not ask(self, translate("Backups", "Restore the backup {name}?\n\nMade on {date}; it holds {customers} "
                                              "customers, {entries} dossier entries and {events} audit events (the last "
                                              "on {last}).\n\nEverything entered after that is replaced. The current "
                                              "database is backed up first, so this can be undone.").format(
                name=i.path.name, date=i.created.strftime("%Y-%m-%d %H:%M"), customers=i.customers,
                entries=i.entries, events=i.audit_events, last=i.last_event_at or "-")):
            return
        done: list = []   # on this thread: every window reads the database that is being replaced
        if not _busy(self, lambda: done.append(_backup.restore_office(self.office, self.session, path)),
                     QT_TRANSLATE_NOOP("Backups", "The database was not restored: {error}")):
            self.refresh()
            return
        self.restored = done[0]
        show_info(self, translate("Backups", "The database was restored from {name}. KeDang closes now: start it again "
                                             "and sign in.").format(name=i.path.name))
        self.accept()


def backup_on_close(office: Office, session: Session) -> None:
    """The automatic backup when the program closes (at most once a day), with progress; never blocks the exit."""
    try:
        if not office.backups.auto_backup_due():
            return
    except Exception:  # noqa: BLE001 - unreadable settings or folder: the backup is tried and reported below
        pass

    def work(progress, cancelled):
        return office.backups.backup_if_due(session, progress=_adapt(progress, cancelled))
    run_with_progress(None, work, translate("Backups", "Backing up before closing…"),
                      QT_TRANSLATE_NOOP("Backups", "The automatic backup was not made: {error}"), cooperative=True)


class DamagedDialog(QDialog):
    """The database is damaged: offer the newest verified backup, after a sign-in checked against it."""

    def __init__(self, path: Path, info, key: bytes, parent=None):
        super().__init__(parent)
        self.path, self.info, self.key = path, info, key
        self.setObjectName("damagedDialog")
        self.setWindowTitle(translate("Backups", "The database is damaged"))
        text = QLabel(translate("Backups", "The database {path} is damaged and was not changed. The newest backup that "
                                           "passes every check was made on {date} and holds {customers} customers. "
                                           "Sign in to restore it; the damaged file is kept beside it.").format(
            path=path, date=info.created.strftime("%Y-%m-%d %H:%M"), customers=info.customers), objectName="damagedText")
        text.setWordWrap(True)
        self.username = QLineEdit(objectName="username")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(text)
        form.addRow(translate("Backups", "User name"), self.username)
        form.addRow(translate("Backups", "Password"), self.password)
        self.error, _b = dialog_body(self, form, self._restore, translate("Backups", "Restore"))
        self.result_ = None

    def _restore(self) -> None:
        def go():
            session = _backup.sign_in_from_backup(self.info.path, self.key, self.username.text(), self.password.text())
            self.result_ = _backup.restore(self.info.path, self.path, self.key, session=session)
        self.password.selectAll()
        if attempt(self.error, go):
            self.accept()


def offer_restore_of_damaged(path: Path, parent=None) -> bool:
    """After opening failed because the file is damaged: find the newest verified backup and offer it.
    True when the database was restored (the caller opens it again)."""
    from app.office import KeyNeeded

    try:
        key = _backup.key_for(path, os.environ.get("KEDANG_RECOVERY_KEY") or None)
        found: list = []
        if not _busy(parent, lambda: found.append(_backup.find_restore_candidate(path, key)),
                     QT_TRANSLATE_NOOP("Backups", "No backup could be checked: {error}")):
            return False
        info = found[0]
    except KeyNeeded as exc:
        show_error(parent, exc)
        return False
    if info is None:
        show_error(parent, translate("Backups", "The database {path} is damaged and no backup of it that passes every "
                                                "check was found. The file was not changed; keep it and ask for "
                                                "help.").format(path=path))
        return False
    dialog = DamagedDialog(path, info, key, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
