"""Administration → company name and logo: what every report prints in its header."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.i18n import translate
from app.letterhead import normalise_logo
from app.office import Office
from app.session import Session
from app.ui.common import attempt, dialog_body

_UNCHANGED = object()


class CompanyDialog(QDialog):
    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("companyDialog")
        self.setWindowTitle(translate("Settings", "Company name and logo"))
        self.company = QLineEdit(office.company(), objectName="company")
        self.preview = QLabel(objectName="logoPreview")
        self.preview.setFixedSize(240, 80)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px dashed #9aa4b0;")
        self.logo = office.logo()
        self.new_logo = _UNCHANGED
        choose = QPushButton(translate("Settings", "Choose picture…"), objectName="chooseLogo")
        remove = QPushButton(translate("Settings", "Remove"), objectName="removeLogo")
        choose.clicked.connect(lambda _c=False: self.choose())
        remove.clicked.connect(lambda _c=False: self._set(None))
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addWidget(choose)
        row.addWidget(remove)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("Settings", "Company name"), self.company)
        form.addRow(translate("Settings", "Logo"), row)
        form.addRow(QLabel(translate("Settings", "Reports print the logo at the top left of their first page. "
                                                 "It is kept inside the encrypted database.")))
        self.error, _b = dialog_body(self, form, self._save)
        self._show()

    def _show(self) -> None:
        logo = self.logo if self.new_logo is _UNCHANGED else self.new_logo
        if logo:
            pixmap = QPixmap()
            pixmap.loadFromData(logo)
            self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.clear()
            self.preview.setText(translate("Settings", "(no logo)"))

    def _set(self, png) -> None:
        self.new_logo = png
        self._show()

    def choose(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, translate("Settings", "Choose the company logo"), "",
                                               translate("Settings", "Pictures (*.png *.jpg *.jpeg *.bmp *.gif)"))
        if path:
            attempt(self.error, lambda: self._set(normalise_logo(path)))

    def _save(self) -> None:
        def go():
            self.office.letterhead.set_company(self.session, self.company.text())
            if self.new_logo is not _UNCHANGED:
                self.office.letterhead.set_logo(self.session, self.new_logo)
        if attempt(self.error, go, lambda k: self.findChild(QWidget, k)):
            self.accept()
