"""导入客户: the Excel/CSV import wizard. Choose the file, the sheet and the header row, map the columns to
fields (pre-mapped by their headers, the office's own choices remembered), check every row, decide
about duplicates, then import every row or none, with progress and Cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox,
    QVBoxLayout, QWizard, QWizardPage,
)

from app import importing
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.office import Office
from app.session import Session
from app.ui.common import ErrorLabel, show_error, show_info, table_item, text_table
from app.ui import report_export

PREVIEW_ROWS = 12
CHOICES = (("skip", QT_TRANSLATE_NOOP("Import", "Skip")), ("update", QT_TRANSLATE_NOOP("Import", "Update the customer on file")),
           ("create", QT_TRANSLATE_NOOP("Import", "Add as a new customer")))


class FilePage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(translate("Import", "Choose the file"))
        self.setSubTitle(translate("Import", "An Excel workbook (.xlsx) or a CSV file (UTF-8 or GBK) with one customer per "
                                             "row. The template has the right columns and an example row."))
        self.file_label = QLabel(translate("Import", "No file chosen yet."), objectName="fileLabel")
        choose = QPushButton(translate("Import", "Choose file…"), objectName="chooseFile")
        template = QPushButton(translate("Import", "Save the template workbook…"), objectName="saveTemplate")
        choose.clicked.connect(lambda _c=False: self.choose())
        template.clicked.connect(lambda _c=False: self.save_template())
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(template)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.file_label)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def choose(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, translate("Import", "Import customers"), "",
                                               translate("Import", "Excel or CSV (*.xlsx *.csv);;All files (*)"))
        if path:
            self.load(path)

    def load(self, path: str) -> bool:
        self.error.clear_message()
        try:
            self.w.source = importing.read_workbook(path)
        except Exception as exc:
            self.w.source = None
            from app.errors import user_message
            self.error.show_message(user_message(exc))
            self.completeChanged.emit()
            return False
        self.file_label.setText(translate("Import", "File: {name} ({n} sheets)").format(
            name=Path(path).name, n=len(self.w.source.sheets)))
        self.completeChanged.emit()
        return True

    def save_template(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, translate("Import", "Save the template workbook"),
                                               report_export.default_path(translate("Import", "Customer import template"),
                                                                          "xlsx"),
                                               translate("Reports", "Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            importing.write_template(path)
        except Exception as exc:
            show_error(self, exc)
            return
        show_info(self, translate("Reports", "Saved to {path}").format(path=path))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.w.source is not None


class SheetPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(translate("Import", "Sheet and header row"))
        self.setSubTitle(translate("Import", "The header row holds the column titles; the customers are the rows below it."))
        self.sheet = QComboBox(objectName="sheet")
        self.header = QSpinBox(objectName="headerRow", minimum=1, maximum=1)
        self.preview = text_table("preview", [], select_rows=False)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("Import", "Sheet")))
        row.addWidget(self.sheet, 1)
        row.addWidget(QLabel(translate("Import", "Header row")))
        row.addWidget(self.header)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        self.sheet.currentIndexChanged.connect(lambda _i: self._load_sheet())
        self.header.valueChanged.connect(lambda _v: self._show())

    def initializePage(self) -> None:  # noqa: N802
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(self.w.source.sheets)
        self.sheet.blockSignals(False)
        self._load_sheet()

    def _load_sheet(self) -> None:
        self.error.clear_message()
        try:
            self.w.rows = self.w.source.rows(self.sheet.currentIndex())
        except Exception as exc:
            from app.errors import user_message
            self.w.rows = []
            self.error.show_message(user_message(exc))
        self.header.blockSignals(True)
        self.header.setMaximum(max(1, len(self.w.rows)))
        guess = importing.guess_header_row(self.w.rows, self.w.imp.custom_fields()) if self.w.rows else 0
        self.header.setValue(guess + 1)
        self.header.blockSignals(False)
        self._show()

    def _show(self) -> None:
        rows = self.w.rows[:PREVIEW_ROWS + self.header.value()]
        width = max((len(r) for r in rows), default=0)
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels([importing.column_letter(i) for i in range(width)])
        self.preview.setRowCount(len(rows))
        self.preview.verticalHeader().show()
        self.preview.setVerticalHeaderLabels([str(i + 1) for i in range(len(rows))])
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = table_item(text)
                if r == self.header.value() - 1:
                    item.setBackground(QColor("#dbe8f7"))
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.w.rows) and self.header.value() <= len(self.w.rows)

    def validatePage(self) -> bool:  # noqa: N802
        self.w.header_row = self.header.value() - 1
        self.w.sheet_name = self.sheet.currentText()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(translate("Import", "Columns"))
        self.setSubTitle(translate("Import", "Choose the field each column goes into. Columns were matched by their titles; "
                                             "columns you do not need stay \"do not import\"."))
        self.table = text_table("mappingTable", [translate("Import", "Column"), translate("Import", "Title"),
                                                 translate("Import", "First values"), translate("Import", "Import into")],
                                select_rows=False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.remember = QCheckBox(translate("Import", "Remember these choices for files with these column titles"),
                                  objectName="rememberMapping")
        self.remember.setChecked(True)
        self.problem = QLabel(objectName="mappingProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.remember)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        rows, header = self.w.rows, self.w.header_row
        self.headers = importing.header_texts(rows, header)
        suggestion = self.w.imp.suggest_mapping(self.headers)
        choices = importing.field_choices(self.w.imp.custom_fields())
        samples = rows[header + 1:header + 4]
        self.table.setRowCount(len(self.headers))
        self.combos = []
        for i, title in enumerate(self.headers):
            self.table.setItem(i, 0, table_item(importing.column_letter(i)))
            self.table.setItem(i, 1, table_item(title))
            self.table.setItem(i, 2, table_item(" | ".join(r[i] for r in samples if i < len(r) and r[i])))
            combo = QComboBox(objectName=f"map_{i}")
            combo.addItem(translate("Import", "(do not import)"), "")
            for key, label in choices:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(suggestion.get(i, ""))))
            combo.currentIndexChanged.connect(lambda _i: self._check())
            self.table.setCellWidget(i, 3, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()
        self._check()

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def _check(self) -> None:
        problem = importing.mapping_problem(self.mapping(), self.w.imp.custom_fields())
        self.problem.setText(problem or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not importing.mapping_problem(self.mapping(), self.w.imp.custom_fields())

    def validatePage(self) -> bool:  # noqa: N802
        self.w.mapping = self.mapping()
        if self.remember.isChecked():
            try:
                self.w.imp.remember_mapping(self.w.session, self.headers, self.w.mapping)
            except Exception as exc:  # the import goes on; only the remembering failed
                show_error(self, exc)
        return self.w.check()


class CheckPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.w = wizard
        self.setTitle(translate("Import", "Check"))
        self.summary = QLabel(objectName="checkSummary")
        self.summary.setWordWrap(True)
        self.problems = text_table("problemsTable", [translate("Import", "Row"), translate("Import", "Column"),
                                                     translate("Import", "Value"), translate("Import", "Problem")],
                                   select_rows=False)
        self.save_problems = QPushButton(translate("Import", "Save the problems as Excel…"), objectName="saveProblems")
        self.save_problems.clicked.connect(lambda _c=False: self.export_problems())
        self.duplicates = text_table("duplicatesTable", [translate("Import", "Row"),
                                                         translate("Import", "Already on file"),
                                                         translate("Import", "What to do")], select_rows=False)
        self.all_choice = QComboBox(objectName="allDuplicates")
        for key, text in CHOICES:
            self.all_choice.addItem(translate("Import", text), key)
        self.all_choice.currentIndexChanged.connect(lambda _i: self._apply_to_all())
        self.dup_row = QHBoxLayout()
        self.dup_label = QLabel(translate("Import", "For every row that is already on file:"))
        self.dup_row.addWidget(self.dup_label)
        self.dup_row.addWidget(self.all_choice)
        self.dup_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.save_problems)
        layout.addLayout(self.dup_row)
        layout.addWidget(self.duplicates, 1)
        self.choice_combos: dict[int, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802
        plan = self.w.plan
        bad = bool(plan.problems)
        for w in (self.problems, self.save_problems):
            w.setVisible(bad)
        dup = bool(plan.duplicates) and not bad
        for w in (self.duplicates, self.dup_label, self.all_choice):
            w.setVisible(dup)
        self.problems.setRowCount(0)
        for r, p in enumerate(plan.problems):
            self.problems.insertRow(r)
            for c, text in enumerate((p.row, p.column, p.value, p.rule)):
                item = table_item(text)
                item.setToolTip(item.text())
                self.problems.setItem(r, c, item)
        self.problems.resizeColumnsToContents()
        self.problems.setWordWrap(True)
        self.problems.resizeRowsToContents()
        self.duplicates.setRowCount(0)
        self.choice_combos = {}
        for r, d in enumerate(plan.duplicates):
            self.duplicates.insertRow(r)
            self.duplicates.setItem(r, 0, table_item(d.row))
            self.duplicates.setItem(r, 1, table_item(d.text()))
            combo = QComboBox(objectName=f"choice_{d.row}")
            for key, text in CHOICES:
                if key == "update" and getattr(d, "update_problem", None):
                    continue
                combo.addItem(translate("Import", text), key)
            combo.currentIndexChanged.connect(lambda _i: self._summarise())
            self.duplicates.setCellWidget(r, 2, combo)
            self.choice_combos[d.row] = combo
        self.duplicates.resizeColumnsToContents()
        self._summarise()

    def _apply_to_all(self) -> None:
        key = self.all_choice.currentData()
        for combo in self.choice_combos.values():
            i = combo.findData(key)
            if i >= 0:
                combo.setCurrentIndex(i)
        self._summarise()

    def choices(self) -> dict[int, str]:
        return {row: combo.currentData() for row, combo in self.choice_combos.items()}

    def _summarise(self) -> None:
        plan = self.w.plan
        if plan.problems:
            self.summary.setText(translate("Import", "{n} problems in {bad} of {rows} rows. Nothing can be imported until "
                                                     "the file is corrected: save the problems as Excel, correct the "
                                                     "file and import it again.").format(
                n=len(plan.problems), bad=plan.problem_rows, rows=plan.data_rows))
        else:
            added, updated, skipped = plan.counts(self.choices() or "skip")
            self.summary.setText(translate("Import", "{rows} rows checked, no problems. Import adds {added}, updates "
                                                     "{updated} and skips {skipped} customers.").format(
                rows=plan.data_rows, added=added, updated=updated, skipped=skipped))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.w.plan is not None and not self.w.plan.problems

    def export_problems(self) -> None:
        report_export.save_report(self, lambda: importing.error_report(self.w.plan),
                                  translate("Import", "Import problems"), "xlsx", office=self.w.office,
                                  session=self.w.session)


class ImportWizard(QWizard):
    """The import, one step per page; the last step writes every row or none."""

    def __init__(self, office: Office, session: Session, parent=None):
        super().__init__(parent)
        self.office, self.session = office, session
        self.setObjectName("importWizard")
        self.setWindowTitle(translate("Import", "Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(860, 600)
        self.imp = importing.CustomerImport(office)
        self.source = None
        self.rows: list[list[str]] = []
        self.header_row = 0
        self.sheet_name = ""
        self.mapping: dict[int, str] = {}
        self.plan = None
        self.result = None
        for button, text in ((QWizard.WizardButton.NextButton, translate("Import", "Next >")),
                             (QWizard.WizardButton.BackButton, translate("Import", "< Back")),
                             (QWizard.WizardButton.FinishButton, translate("Import", "Import")),
                             (QWizard.WizardButton.CancelButton, translate("Import", "Cancel"))):
            self.setButtonText(button, text)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.check_page):
            self.addPage(page)

    def check(self) -> bool:
        """Check every row (in a worker, with progress and Cancel); False keeps the user on the mapping page."""
        name = self.source.name

        def work(progress, cancelled):
            return self.imp.prepare(self.session, self.rows, self.header_row, self.mapping, file_name=name,
                                    sheet=self.sheet_name, progress=progress, cancelled=cancelled)
        plan = report_export.run_with_progress(self, work, translate("Import", "Checking {name}…").format(name=name),
                                               QT_TRANSLATE_NOOP("Import", "The file could not be checked: {error}"),
                                               cooperative=True)
        if plan is None:
            return False
        self.plan = plan
        return True

    def accept(self) -> None:
        plan, choices = self.plan, self.check_page.choices() or "skip"
        if plan is None or plan.problems:
            return

        def work(progress, cancelled):
            return self.imp.execute(self.session, plan, choices, progress=progress, cancelled=cancelled)
        result = report_export.run_with_progress(
            self, work, translate("Import", "Importing {name}…").format(name=self.source.name),
            QT_TRANSLATE_NOOP("Import", "Nothing was imported: {error}"), cooperative=True)
        if result is None:
            return  # cancelled or refused: nothing was written; the user may try again or close
        self.result = result
        show_info(self, translate("Import", "Imported from {file}: {added} added, {updated} updated, {skipped} skipped.")
                  .format(file=self.source.name, added=result.created, updated=result.updated, skipped=result.skipped))
        super().accept()
