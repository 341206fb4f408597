"""Attachments tab, the attachment form, and the viewer that shows images and PDFs from memory.

No decrypted copy is written anywhere: images decode from bytes, PDF pages are drawn by PDFium
from bytes. Only "Export…" writes a file, where the user chose, and that is audited.
"""
from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QKeyCombination, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSpinBox, QStyle, QVBoxLayout, QWidget,
)

from app import attachments as att
from app.customers import dossier_open_to
from app.i18n import translate
from app.models.records import ATTACHMENT_KINDS, Attachment
from app.office import Office
from app.session import Session
from app.ui.common import attempt, dialog_body, ListTableModel, row_table, show_error, show_info


PX_PER_PT = 96 / 72  # a PDF point at 100% on a 96-dpi screen


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{max(1, round(n / 1024))} KB"


class AttachmentModel(ListTableModel):
    def __init__(self, parent=None):
        super().__init__([translate("Attachments", "Title"), translate("Attachments", "Kind"),
                          translate("Attachments", "Pages"), translate("Attachments", "File"),
                          translate("Attachments", "Size"), translate("Attachments", "Added")], parent)

    def cell(self, a: Attachment, column: int):
        return (a.title, att.kind_label(a.kind), str(a.pages), a.filename, _size(a.size),
                a.created_at[:16].replace("T", " "))[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid():
            a = self.items[index.row()]
            if a.voided and role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#888888")
            if a.voided and role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setStrikeOut(True)
                return font
            if a.voided and role == Qt.ItemDataRole.ToolTipRole:
                return translate("Attachments", "Void since {when}: {reason}").format(
                    when=(a.voided_at or "")[:16].replace("T", " "), reason=a.void_reason)
        return super().data(index, role)


class AttachmentDialog(QDialog):
    """Title, kind and page count of a new file (``data`` given) or of a stored attachment."""

    def __init__(self, office: Office, session: Session, customer_id: int, *, filename: str = "",
                 data: bytes | None = None, pages: int = 1, attachment: Attachment | None = None, parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer_id = office, session, customer_id
        self.filename, self.data, self.attachment = filename, data, attachment
        self.setWindowTitle(translate("Attachments", "Edit attachment") if attachment
                            else translate("Attachments", "Add attachment"))
        self.title = QLineEdit(objectName="title", maxLength=100)
        self.kind = QComboBox(objectName="kind")
        for k in ATTACHMENT_KINDS:
            self.kind.addItem(att.kind_label(k), k)
        self.pages = QSpinBox(objectName="pages", minimum=1, maximum=att.MAX_PAGES)
        if attachment:
            self.title.setText(attachment.title)
            self.kind.setCurrentIndex(self.kind.findData(attachment.kind))
            self.pages.setValue(attachment.pages)
        else:
            self.title.setText(Path(filename).stem)
            self.kind.setCurrentIndex(self.kind.findData("other"))
            self.pages.setValue(pages)
        form = QFormLayout()
        if filename:
            form.addRow(translate("Attachments", "File"), QLabel(Path(filename).name))
        form.addRow(translate("Attachments", "Title") + " *", self.title)
        form.addRow(translate("Attachments", "Kind"), self.kind)
        form.addRow(translate("Attachments", "Pages"), self.pages)
        self.error, _buttons = dialog_body(self, form, self.save)
        self.title.selectAll()
        self.title.setFocus()

    def values(self) -> dict:
        return {"title": self.title.text(), "kind": self.kind.currentData(), "pages": self.pages.value()}

    def save(self) -> None:
        def store():
            if self.attachment is None:
                self.attachment = self.office.attachments.add(self.session, self.customer_id, self.filename,
                                                              self.data or b"", self.values())
            else:
                self.attachment = self.office.attachments.update(self.session, self.attachment.id, self.values())

        if attempt(self.error, store, lambda key: getattr(self, key, None)):
            self.data = None  # do not keep the bytes around longer than needed
            self.accept()


class VoidAttachmentDialog(QDialog):
    def __init__(self, office: Office, session: Session, attachment: Attachment, parent=None):
        super().__init__(parent)
        self.office, self.session, self.attachment = office, session, attachment
        self.setWindowTitle(translate("Attachments", "Void attachment"))
        self.reason = QLineEdit(objectName="reason", maxLength=200)
        form = QFormLayout()
        form.addRow(QLabel(translate("Attachments", "The file stays in the database, marked void, with the reason.")))
        form.addRow(QLabel(attachment.title))
        form.addRow(translate("Attachments", "Reason") + " *", self.reason)
        self.error, _buttons = dialog_body(self, form, self.save, translate("Attachments", "Void"))

    def save(self) -> None:
        if attempt(self.error, lambda: self.office.attachments.void(self.session, self.attachment.id, self.reason.text()),
                   lambda _key: self.reason):
            self.accept()


_PDFIUM_FORMATS = {  # pypdfium2 bitmap mode -> the QImage format with the same bytes in memory (little-endian)
    "BGRX": QImage.Format.Format_RGB32, "BGRA": QImage.Format.Format_ARGB32, "BGR": QImage.Format.Format_BGR888,
    "RGBX": QImage.Format.Format_RGBX8888, "RGBA": QImage.Format.Format_RGBA8888, "RGB": QImage.Format.Format_RGB888,
    "L": QImage.Format.Format_Grayscale8,
}


def image_frames(data: bytes) -> int:
    """Pages of an image file as the store counts them: the frames of a TIFF scan, else 1."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        return max(1, getattr(img, "n_frames", 1)) if img.format == "TIFF" else 1


def decode_image(data: bytes, frame: int = 0) -> QImage:
    """One frame of an image file, decoded in memory by Pillow (the decoder that checked it on the
    way in) and turned upright as the camera recorded it (EXIF orientation of phone photos)."""
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as img:
        if frame:
            img.seek(frame)
        upright = ImageOps.exif_transpose(img)
    alpha = upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info
    upright = upright.convert("RGBA" if alpha else "RGB")
    raw = upright.tobytes()
    fmt = QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888
    return QImage(raw, upright.width, upright.height, upright.width * (4 if alpha else 3), fmt).copy()


class AttachmentViewer(QDialog):
    """Shows an image or the pages of a PDF (or of a TIFF scan), decoded from memory; only the page
    on screen is drawn. PgUp/PgDn turn pages, Home/End go to the first/last, Ctrl++/Ctrl+- zoom, Esc closes."""

    def __init__(self, office: Office, session: Session, attachment: Attachment, parent=None):
        super().__init__(parent)
        self.attachment = attachment
        self.setWindowTitle(attachment.title)
        self.data = office.attachments.content(session, attachment.id)
        self.is_pdf = attachment.mime == "application/pdf"
        self._pdf = None
        self.zoom = 1.0
        self.fit = True
        self.current_page = 0
        self._image = QImage()
        self._frame = -1  # the image frame decoded into self._image
        self._drawn = None  # (page, scale) on screen; None: to be drawn
        if self.is_pdf:
            import pypdfium2 as pdfium

            self._pdf = pdfium.PdfDocument(self.data)
            self.page_count = len(self._pdf)
        else:
            try:
                self.page_count = image_frames(self.data)
            except Exception:
                self.page_count = 1  # shown as "cannot be shown" below
        self.label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="pageImage")
        self.label.setWordWrap(True)
        self.scroll = QScrollArea(widgetResizable=True)
        self.scroll.setWidget(self.label)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label = QLabel(objectName="pageLabel")
        self.prev_button = QPushButton(translate("Attachments", "Previous page"), objectName="previousPage")
        self.next_button = QPushButton(translate("Attachments", "Next page"), objectName="nextPage")
        self.fit_button = QPushButton(translate("Attachments", "Fit width"), objectName="fitWidth")
        self.actual_button = QPushButton("100%", objectName="actualSize")
        for b in (self.prev_button, self.next_button, self.fit_button, self.actual_button):
            b.setAutoDefault(False)  # Enter must not press "Previous page"
        self.prev_button.clicked.connect(lambda: self.go(self.current_page - 1))
        self.next_button.clicked.connect(lambda: self.go(self.current_page + 1))
        self.fit_button.clicked.connect(self.fit_width)
        self.actual_button.clicked.connect(lambda: self.set_zoom(1.0))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # PgUp/PgDn turn pages (keyPressEvent)
        bar = QHBoxLayout()
        for w in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.actual_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll)
        self._resize_timer = QTimer(self, singleShot=True, interval=80)
        self._resize_timer.timeout.connect(lambda: self.fit and self.data and self.render())
        self.resize(860, 900)
        self.go(0)

    # ------------------------------------------------------------ drawing
    def _scale(self, width: float, height: float) -> float:
        """Zoom factor for a page of ``width`` × ``height`` pixels at 100%: fitted to the width of the
        scroll area, less the vertical scroll bar when the fitted page is taller than the window
        (measured on the scroll area itself, so that the bar appearing does not change the fit)."""
        if not self.fit:
            return self.zoom
        if width <= 0:
            return 1.0
        frame = 2 * self.scroll.frameWidth()
        inner_width, inner_height = self.scroll.width() - frame - 4, self.scroll.height() - frame
        scale = max(200, inner_width) / width
        if height * scale > inner_height:
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.scroll.verticalScrollBar())
            scale = max(200, inner_width - bar) / width
        return scale

    def _render_pdf(self) -> QPixmap:
        page = self._pdf[self.current_page]
        try:
            width_pt, height_pt = page.get_size()  # points: 1/72 inch
            scale = self._scale(width_pt * PX_PER_PT, height_pt * PX_PER_PT)
            dpr = self.devicePixelRatioF()
            bitmap = page.render(scale=scale * dpr * PX_PER_PT, prefer_bgrx=True)
            # .copy(): the QImage gets its own pixels before PDFium's bitmap is freed
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           _PDFIUM_FORMATS[bitmap.mode]).copy()
            bitmap.close()
        finally:
            page.close()
        self._image = image
        self._drawn = (self.current_page, scale)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(dpr)
        return pixmap

    def _render_image(self) -> QPixmap:
        if self._frame != self.current_page:
            try:
                self._image = decode_image(self.data, self.current_page)
            except Exception:
                self._image = QImage()
            self._frame = self.current_page
        if self._image.isNull():
            self._drawn = (self.current_page, None)
            return QPixmap()
        scale = self._scale(self._image.width(), self._image.height())
        self._drawn = (self.current_page, scale)
        dpr = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(self._image)
        if abs(scale * dpr - 1) > 1e-3:
            pixmap = pixmap.scaledToWidth(max(1, round(self._image.width() * scale * dpr)),
                                          Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(dpr)
        return pixmap

    def render(self) -> None:
        """Draw the current page at the current zoom (unless it is on screen already)."""
        try:
            pixmap = self._render_pdf() if self._pdf is not None else self._render_image()
        except Exception:
            self._image, self._drawn, pixmap = QImage(), (self.current_page, None), QPixmap()
        if pixmap.isNull():
            self.label.setText(translate("Attachments", "This page cannot be shown here. Export the file to open it "
                                                        "with another program."))
        else:
            self.label.setPixmap(pixmap)

    def _refresh(self) -> None:
        """After a page turn, zoom or resize: controls now; the page itself when it is on screen."""
        self.page_label.setText(translate("Attachments", "Page {n} of {total}").format(n=self.current_page + 1,
                                                                                      total=self.page_count))
        self.prev_button.setEnabled(self.current_page > 0)
        self.next_button.setEnabled(self.current_page < self.page_count - 1)
        if self.isVisible():
            self.render()
        else:
            self._drawn = None  # drawn when shown, at the width the window then has

    def current_image(self) -> QImage:
        """The page on screen, at the resolution drawn (for a PDF) or as decoded (for an image)."""
        if self._drawn is None or self._drawn[0] != self.current_page:
            self.render()
        return self._image

    # ------------------------------------------------------------ navigation and zoom
    def go(self, page: int) -> None:
        if 0 <= page < self.page_count:
            self.current_page = page
            self._refresh()

    def set_zoom(self, zoom: float) -> None:
        self.fit = False
        self.zoom = min(8.0, max(0.1, zoom))
        self._refresh()

    def zoom_in(self) -> None:
        self.set_zoom(self._drawn[1] * 1.25 if self.fit and self._drawn and self._drawn[1] else self.zoom * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self._drawn[1] / 1.25 if self.fit and self._drawn and self._drawn[1] else self.zoom / 1.25)

    def fit_width(self) -> None:
        self.fit = True
        self._refresh()

    def keyPressEvent(self, event) -> None:
        # keys the buttons leave alone reach the dialog: no shortcut objects needed
        if event.matches(QKeySequence.StandardKey.ZoomIn) or event.keyCombination() == QKeyCombination(
                Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Equal):  # the "+" key without Shift
            self.zoom_in()
            return
        if event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoom_out()
            return
        target = {Qt.Key.Key_PageDown: self.current_page + 1, Qt.Key.Key_PageUp: self.current_page - 1,
                  Qt.Key.Key_Home: 0, Qt.Key.Key_End: self.page_count - 1}.get(event.key())
        if target is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)  # Esc closes
        else:
            self.go(target)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.data and self._drawn is None:
            self.render()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit and self.data and self.isVisible() and self._drawn is not None and self._drawn[1] is not None:
            self._resize_timer.start()  # drawn again once the window stops changing size

    def done(self, result: int) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
        self.data = b""
        super().done(result)


class AttachmentsTab(QWidget):
    """The customer's attachments; files can also be dropped onto the tab."""

    changed = Signal()

    def __init__(self, office: Office, session: Session, customer_id: int, parent=None):
        super().__init__(parent)
        self.office, self.session, self.customer_id = office, session, customer_id
        self.setAcceptDrops(True)
        self.model = AttachmentModel(self)
        self.view = row_table("attachmentsTable")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda _i: self.view_attachment())  # double-click or Enter
        self.add_button = QPushButton(translate("Attachments", "Add…"), objectName="addAttachment")
        self.view_button = QPushButton(translate("Attachments", "View"), objectName="viewAttachment")
        self.export_button = QPushButton(translate("Attachments", "Export…"), objectName="exportAttachment")
        self.edit_button = QPushButton(translate("Attachments", "Edit…"), objectName="editAttachment")
        self.void_button = QPushButton(translate("Attachments", "Void…"), objectName="voidAttachment")
        self.add_button.clicked.connect(self.add_from_dialog)
        self.view_button.clicked.connect(self.view_attachment)
        self.export_button.clicked.connect(self.export_attachment)
        self.edit_button.clicked.connect(self.edit_attachment)
        self.void_button.clicked.connect(self.void_attachment)
        hint = QLabel(translate("Attachments", "Drop scans, photos or PDFs here (at most {n} MB each).").format(
            n=att.MAX_BYTES // 1048576))
        hint.setStyleSheet("color: #666;")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.view_button, self.export_button, self.edit_button, self.void_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        layout.addWidget(hint)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        current = self.current()
        self.open_to_session = dossier_open_to(self.session, self.office.customers.get(self.session, self.customer_id))
        self.model.set_items(self.office.attachments.list(self.session, self.customer_id))
        if current is not None:
            self.select(current.id)
        self._update_buttons()

    def current(self) -> Attachment | None:
        idx = self.view.currentIndex()
        return self.model.items[idx.row()] if idx.isValid() and idx.row() < len(self.model.items) else None

    def select(self, attachment_id: int) -> None:
        row = next((i for i, a in enumerate(self.model.items) if a.id == attachment_id), -1)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        a = self.current()
        s = self.session
        may_add = s.may("entry.write") and self.open_to_session
        self.add_button.setEnabled(may_add)
        self.view_button.setEnabled(a is not None and s.may("attachment.view"))
        self.export_button.setEnabled(a is not None and s.may("attachment.export"))
        self.edit_button.setEnabled(a is not None and not a.voided and may_add)
        self.void_button.setEnabled(a is not None and not a.voided and s.may("entry.void") and self.open_to_session)

    # ------------------------------------------------------------ adding
    def add_from_dialog(self) -> None:
        if not self.add_button.isEnabled():
            return
        patterns = " ".join("*" + e for e in att.EXTENSIONS)
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("Attachments", "Add attachment"), "",
            translate("Attachments", "Scans and PDFs ({patterns})").format(patterns=patterns))
        if path:
            self.add_files([path])

    def add_files(self, paths: list[str]) -> int:
        """Check each file and ask for its title and kind; returns how many were stored."""
        added = 0
        for path in paths:
            try:
                data = att.read_file(path)
                _mime, pages = att.inspect(path, data)
            except Exception as exc:
                show_error(self, exc)
                continue
            dialog = AttachmentDialog(self.office, self.session, self.customer_id, filename=path, data=data,
                                      pages=pages, parent=self)
            del data
            if dialog.exec() == QDialog.DialogCode.Accepted:
                added += 1
                self.reload()
                self.select(dialog.attachment.id)
        if added:
            self.changed.emit()
        return added

    def dragEnterEvent(self, event) -> None:
        if self.add_button.isEnabled() and event.mimeData().hasUrls() \
                and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths or not self.add_button.isEnabled():
            event.ignore()
            return
        event.acceptProposedAction()
        # after the drop has finished: Explorer's drag waits until this handler returns
        QTimer.singleShot(0, lambda: self.add_files(paths))

    # ------------------------------------------------------------ the rest
    def view_attachment(self) -> None:
        a = self.current()
        if a is None or not self.view_button.isEnabled():
            return
        try:
            viewer = AttachmentViewer(self.office, self.session, a, self)
        except Exception as exc:
            show_error(self, exc)
            return
        viewer.exec()

    def export_attachment(self) -> None:
        a = self.current()
        if a is None or not self.export_button.isEnabled():
            return
        path, _filter = QFileDialog.getSaveFileName(self, translate("Attachments", "Export attachment"), a.filename)
        if not path:
            return
        try:
            target = self.office.attachments.export(self.session, a.id, path)
        except Exception as exc:
            show_error(self, exc)
            return
        show_info(self, translate("Attachments", "Saved a copy of {title} as {path}. Keep it safe: it is not encrypted.").format(
            title=a.title, path=str(target)))

    def edit_attachment(self) -> None:
        a = self.current()
        if a is None or not self.edit_button.isEnabled():
            return
        dialog = AttachmentDialog(self.office, self.session, self.customer_id, attachment=a, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()

    def void_attachment(self) -> None:
        a = self.current()
        if a is None or not self.void_button.isEnabled():
            return
        if VoidAttachmentDialog(self.office, self.session, a, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()
