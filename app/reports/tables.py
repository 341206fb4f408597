"""A generic tabular report (台帐, 登记表, 盘点表) as PDF and as an Excel workbook.

``TableReport`` describes the report: title, columns, rows, who printed it
and when, and what goes after the table (totals, signature lines).
``pdf_bytes`` lays it out on A4 with reportlab; ``write_xlsx`` streams it
into a workbook with openpyxl's write-only mode.

PDF layout (DESIGN 5b):

* the table is cut into one ``Table`` per page by ``_paged_rows``, which
  measures every row once and splits at the page's real available height,
  so the header row repeats at the top of every page and never appears in
  the middle of one; this is linear in the number of rows (one reportlab
  ``LongTable`` re-measures the rest of the table at every page break);
* a cell is a plain string when it fits on one line and a ``Paragraph``
  (which wraps Chinese anywhere and Latin text at spaces) only when it
  does not: a Paragraph per cell is what makes big tables slow;
* header and footer are drawn when the document is saved
  (``numbered_canvas``), so "Page x of y" knows y.

reportlab and openpyxl are imported inside the functions only: importing
this module costs nothing at program start.  Nothing is written to disk
except the file the caller names.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import io
import os
import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from app.i18n import translate

__all__ = ["Column", "TableReport", "pdf_bytes", "write_pdf", "write_xlsx", "xlsx_bytes"]


@dataclass
class Column:
    title: str
    width: float = 1.0  # relative width
    align: str = "left"  # "left" | "right" | "center"
    kind: str = "text"  # "text" | "date" (YYYY-MM-DD text becomes a real date in Excel) | "money" (2 decimals)


@dataclass
class TableReport:
    title: str
    columns: list[Column]
    rows: list[list]  # cells: str | int | float | date | None (None -> empty)
    company: str
    printed_by: str
    printed_at: _dt.datetime
    subtitle: str = ""
    landscape: bool | None = None  # None: landscape when more than 6 columns
    summary_lines: list[str] = field(default_factory=list)
    signature_labels: list[str] = field(default_factory=list)
    highlight_rows: set[int] = field(default_factory=set)
    logo: bytes | None = None  # the company logo (PNG), top left of the first page

    @property
    def is_landscape(self) -> bool:
        if self.landscape is None:
            return len(self.columns) > 6
        return bool(self.landscape)


# -- shared look (also used by handover_sheet) ---------------------------------
MM = 72 / 25.4
SIDE_MARGIN = 15 * MM
TOP_MARGIN = 20 * MM  # the running header sits in the top 20 mm
BOTTOM_MARGIN = 17 * MM  # the footer sits in the bottom 17 mm

INK = (0.10, 0.12, 0.15)
GREY = (0.42, 0.45, 0.50)
RULE = (0.70, 0.72, 0.76)
GRID = (0.55, 0.58, 0.62)
HEADER_FILL = (0.89, 0.91, 0.94)
ZEBRA_FILL = (0.965, 0.97, 0.977)
ALERT = (0.78, 0.08, 0.06)

BODY_SIZE = 9.0
BODY_LEADING = 11.2
PAD_X = 4.0
PAD_Y = 3.0

_CJK_RE = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def format_time(value: _dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def cell_text(value) -> str:
    """How a cell value is shown: dates as YYYY-MM-DD, times as YYYY-MM-DD HH:MM."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, _dt.datetime):
        return format_time(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


def printed_line(printed_by: str, printed_at: _dt.datetime) -> str:
    return translate("Reports", "Printed by {name} at {time}").format(
        name=printed_by, time=format_time(printed_at)
    )


def labelled(label: str, value: str) -> str:
    return translate("Reports", "{label}: {value}").format(label=label, value=value)


class Fonts:
    """The reportlab font names for this document (see app.reports.fonts)."""

    def __init__(self):
        from app.reports.fonts import cjk_bold_is_distinct, register_cjk_font

        self.regular = register_cjk_font()
        self.bold = register_cjk_font(bold=True)
        self.real_bold = cjk_bold_is_distinct()


def draw_text(canv, x, y, text, font, size, color=INK, *, align="left", bold=False, real_bold=True):
    """One line of text; ``bold`` without a real bold face thickens the strokes instead."""
    canv.saveState()
    canv.setFillColorRGB(*color)
    width = canv.stringWidth(text, font, size)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    t = canv.beginText()
    if bold and not real_bold:
        canv.setStrokeColorRGB(*color)
        canv.setLineWidth(size * 0.035)
        t.setTextRenderMode(2)  # fill and stroke
    t.setFont(font, size)
    t.setTextOrigin(x, y)
    t.textOut(text)
    canv.drawText(t)
    canv.restoreState()


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut (with an ellipsis) so that it fits in ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def numbered_canvas(decorate):
    """A canvas class that holds every page until save, then calls
    ``decorate(canvas, page_number, page_count)`` on each page (header, footer)."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._kd_pages = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._kd_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._kd_pages)
            for state in self._kd_pages:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


FIRST_TOP_MARGIN = 12 * MM  # the first page has no running header
FRAME_PAD = 6.0


def build_pdf(story, pagesize, decorate, *, title="", author="", subject="", first_top=None) -> bytes:
    """Lay ``story`` out on ``pagesize`` pages and return the PDF; ``decorate(canvas, page, pages)``
    draws header and footer on every page once the page count is known."""
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

    page_w, page_h = pagesize

    def frame(top, name):
        return Frame(SIDE_MARGIN, BOTTOM_MARGIN, page_w - 2 * SIDE_MARGIN, page_h - top - BOTTOM_MARGIN,
                     leftPadding=FRAME_PAD, rightPadding=FRAME_PAD, topPadding=FRAME_PAD,
                     bottomPadding=FRAME_PAD, id=name)

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=pagesize, leftMargin=SIDE_MARGIN, rightMargin=SIDE_MARGIN,
                          topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, title=title, author=author,
                          subject=subject, creator="KeDang 客档", producer="KeDang 客档")
    templates = [PageTemplate("later", [frame(TOP_MARGIN, "later")], pagesize=pagesize)]
    if first_top is not None:
        templates.insert(0, PageTemplate("first", [frame(first_top, "first")], pagesize=pagesize))
        story = [NextPageTemplate("later")] + list(story)
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=numbered_canvas(decorate))
    return buf.getvalue()


LOGO_HEIGHT = 12 * MM


def draw_logo(canv, logo: bytes | None, page_h: float) -> None:
    """The company logo at the top left of a first page (12 mm high, at most 45 mm wide)."""
    if not logo:
        return
    from reportlab.lib.utils import ImageReader

    image = ImageReader(io.BytesIO(logo))
    w, h = image.getSize()
    height = LOGO_HEIGHT
    width = min(45 * MM, height * w / h)
    height = width * h / w
    canv.drawImage(image, SIDE_MARGIN, page_h - 5 * MM - height, width, height, mask="auto")


def draw_footer(canv, fonts: Fonts, page: int, total: int, printed: str) -> None:
    width, _height = canv._pagesize
    left, right = SIDE_MARGIN, width - SIDE_MARGIN
    canv.saveState()
    canv.setStrokeColorRGB(*RULE)
    canv.setLineWidth(0.5)
    canv.line(left, BOTTOM_MARGIN - 5 * MM, right, BOTTOM_MARGIN - 5 * MM)
    canv.restoreState()
    y = BOTTOM_MARGIN - 9 * MM
    page_text = translate("Reports", "Page {page} of {pages}").format(page=page, pages=total)
    page_w = canv.stringWidth(page_text, fonts.regular, 7.5)
    draw_text(canv, right, y, page_text, fonts.regular, 7.5, GREY, align="right")
    draw_text(canv, left, y, fit_text(printed, fonts.regular, 7.5, right - left - page_w - 20),
              fonts.regular, 7.5, GREY)


def paragraph_style(name, font, size=BODY_SIZE, leading=BODY_LEADING, align="left", color=INK, text=""):
    """A ParagraphStyle; CJK wrapping (break anywhere) only for text with Chinese in it,
    so that Latin words are not cut in the middle."""
    from reportlab.lib.colors import Color
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading,
        textColor=Color(*color),
        alignment={"right": TA_RIGHT, "center": TA_CENTER}.get(align, TA_LEFT),
        wordWrap="CJK" if _CJK_RE.search(text) else None,
        splitLongWords=1,
    )


def para_markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


class StyleCache:
    """ParagraphStyles by (font, align, colour, cjk) - building one per cell is slow."""

    def __init__(self, size=BODY_SIZE, leading=BODY_LEADING):
        self.size = size
        self.leading = leading
        self._styles = {}

    def get(self, font, align, color, text):
        key = (font, align, color, bool(_CJK_RE.search(text)))
        style = self._styles.get(key)
        if style is None:
            style = paragraph_style(f"s{len(self._styles)}", font, self.size, self.leading, align, color, text)
            self._styles[key] = style
        return style

    def paragraph(self, text, font, align="left", color=INK):
        from reportlab.platypus import Paragraph

        return Paragraph(para_markup(text), self.get(font, align, color, text))


class TitleLine:
    """Factory for a one-line title flowable (shrinks to fit; fake bold when needed)."""

    @staticmethod
    def make(text, font, size, *, align="center", color=INK, bold=False, real_bold=True, space_after=0.0):
        from reportlab.platypus import Flowable

        class _Line(Flowable):
            def wrap(self, avail_width, avail_height):
                from reportlab.pdfbase.pdfmetrics import stringWidth

                self.width = avail_width
                natural = stringWidth(text, font, size) or 1
                self.size = min(size, size * avail_width / natural)
                self.height = self.size * 1.32 + space_after
                return self.width, self.height

            def draw(self):
                x = {"center": self.width / 2, "right": self.width}.get(align, 0)
                draw_text(self.canv, x, space_after + self.size * 0.3, text, font, self.size, color,
                          align=align, bold=bold, real_bold=real_bold)

        return _Line()


# -- the PDF ---------------------------------------------------------------------
def pdf_bytes(report: TableReport) -> bytes:
    """The report as a PDF document, built in memory."""
    from reportlab.lib.pagesizes import A4, landscape, portrait
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    fonts = Fonts()
    pagesize = landscape(A4) if report.is_landscape else portrait(A4)
    page_w, page_h = pagesize
    frame_w = page_w - 2 * SIDE_MARGIN
    frame_h = page_h - TOP_MARGIN - BOTTOM_MARGIN
    inner_w = frame_w - 2 * FRAME_PAD
    inner_h = frame_h - 2 * FRAME_PAD

    story = []
    if report.company:
        story.append(TitleLine.make(report.company, fonts.regular, 11, color=GREY, space_after=2))
    story.append(TitleLine.make(report.title, fonts.bold, 17, bold=True, real_bold=fonts.real_bold,
                                space_after=3))
    if report.subtitle:
        story.append(Paragraph(para_markup(report.subtitle),
                               paragraph_style("subtitle", fonts.regular, 9, 12, "center", GREY, report.subtitle)))
    story.append(Spacer(1, 8))
    story.append(_table_flowable(report, fonts, inner_w, inner_h))

    after = []
    for line in report.summary_lines:
        after.append(Paragraph(para_markup(line), paragraph_style("summary", fonts.regular, 9.5, 14, text=line)))
    if report.signature_labels:
        after.append(Spacer(1, 4))
        after.append(_signature_lines(report.signature_labels, fonts, inner_w))
    if after:
        story.append(Spacer(1, 8))
        story.append(KeepTogether(after))  # the signatures never stand alone on a page

    printed = printed_line(report.printed_by, report.printed_at)
    running = "  |  ".join(x for x in (report.company, report.title) if x)

    def decorate(canv, page, total):
        if page == 1:
            draw_logo(canv, report.logo, page_h)
        if page > 1:  # the first page has the full header
            y = page_h - TOP_MARGIN + 7 * MM
            draw_text(canv, SIDE_MARGIN, y, fit_text(running, fonts.regular, 8, frame_w * 0.62),
                      fonts.regular, 8, GREY)
            if report.subtitle:
                draw_text(canv, page_w - SIDE_MARGIN, y,
                          fit_text(report.subtitle, fonts.regular, 8, frame_w * 0.36),
                          fonts.regular, 8, GREY, align="right")
            canv.saveState()
            canv.setStrokeColorRGB(*RULE)
            canv.setLineWidth(0.5)
            canv.line(SIDE_MARGIN, y - 2.2 * MM, page_w - SIDE_MARGIN, y - 2.2 * MM)
            canv.restoreState()
        draw_footer(canv, fonts, page, total, printed)

    return build_pdf(story, pagesize, decorate, title=report.title, author=report.printed_by,
                     subject=report.company, first_top=FIRST_TOP_MARGIN)


def write_pdf(report: TableReport, path) -> None:
    """Write the report as a PDF to ``path``."""
    data = pdf_bytes(report)
    with open(os.fspath(path), "wb") as fh:
        fh.write(data)


def _signature_lines(labels, fonts: Fonts, width: float):
    """One line per label: "<label>: ______   Date: ______", with room above to sign."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Table, TableStyle

    date_label = translate("Reports", "Date")
    label_w = max(stringWidth(labelled(x, ""), fonts.regular, 10) for x in labels) + 4
    date_w = stringWidth(labelled(date_label, ""), fonts.regular, 10) + 4
    line_w = min(150.0, (width - label_w - date_w - 30) * 0.55)
    data = [[labelled(label, ""), "", "", labelled(date_label, ""), ""] for label in labels]
    t = Table(data, colWidths=[label_w, line_w, 28, date_w, line_w * 0.75],
              rowHeights=[32] * len(data), hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (1, 0), (1, -1), 0.7, INK),
        ("LINEBELOW", (4, 0), (4, -1), 0.7, INK),
    ]))
    return t


def _table_flowable(report: TableReport, fonts: Fonts, width: float, frame_height: float):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    columns = report.columns or [Column("")]
    weights = [c.width if c.width and c.width > 0 else 1.0 for c in columns]
    ncols = len(columns)
    col_widths = _column_widths(weights, report.rows, fonts, width)
    aligns = [c.align if c.align in ("left", "right", "center") else "left" for c in columns]
    styles = StyleCache()
    line_h = BODY_LEADING + 2 * PAD_Y

    def measure_cell(text, font, align, color, col):
        """(cell value, height): a plain string when it fits one line, else a Paragraph."""
        avail = col_widths[col] - 2 * PAD_X
        if "\n" not in text and stringWidth(text, font, BODY_SIZE) <= avail:
            return text, line_h
        p = styles.paragraph(text, font, align, color)
        _w, h = p.wrap(avail, 1e9)
        return p, h + 2 * PAD_Y

    header = []
    header_h = line_h
    for i, c in enumerate(columns):
        value, h = measure_cell(c.title, fonts.bold, "center", INK, i)
        header.append(value)
        header_h = max(header_h, h)

    max_row_h = frame_height - header_h - 4
    cells: list[list] = []
    heights: list[float] = []
    for r, row in enumerate(report.rows):
        color = ALERT if r in report.highlight_rows else INK
        texts = [cell_text(v) for v in list(row)[:ncols]]
        texts += [""] * (ncols - len(texts))
        values, cell_heights = _measure_row(texts, measure_cell, fonts.regular, aligns, color)
        for _attempt in range(30):  # a row taller than a page: shorten the cells that are too tall
            if max(cell_heights) <= max_row_h:
                break
            texts = [t[: max(1, int(len(t) * max_row_h / ch * 0.9))] + "…" if ch > max_row_h else t
                     for t, ch in zip(texts, cell_heights)]
            values, cell_heights = _measure_row(texts, measure_cell, fonts.regular, aligns, color)
        h = max(cell_heights)
        cells.append(values)
        heights.append(h)

    base_style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE),
        ("LEADING", (0, 0), (-1, -1), BODY_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("FONTNAME", (0, 0), (-1, 0), fonts.bold),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
    ]
    for i, align in enumerate(aligns):
        if align != "left":
            base_style.append(("ALIGN", (i, 1), (i, -1), align.upper()))

    if not cells:
        from reportlab.platypus import Table, TableStyle

        empty = [header, [translate("Reports", "No records")] + [""] * (ncols - 1)]
        t = Table(empty, colWidths=col_widths, rowHeights=[header_h, line_h + 8], repeatRows=1)
        t.setStyle(TableStyle(base_style + [
            ("SPAN", (0, 1), (-1, 1)),
            ("ALIGN", (0, 1), (-1, 1), "CENTER"),
            ("TEXTCOLOR", (0, 1), (-1, 1), GREY),
        ]))
        return t

    return _paged_rows(header, header_h, cells, heights, col_widths, base_style, report.highlight_rows)


_UNBREAKABLE_RE = re.compile(r"[!-~\u00a0-\u02ff]+")  # runs of Latin text without spaces


def _column_widths(weights, rows, fonts: Fonts, width: float) -> list[float]:
    """Widths from the relative weights, widened where a column holds text that cannot wrap
    (dates, numbers, codes such as "2026-11-23" or "HT-000123"), taken from the columns that can."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    ncols = len(weights)
    total = sum(weights)
    widths = [width * w / total for w in weights]
    longest = [""] * ncols
    for row in rows:
        for i, value in enumerate(list(row)[:ncols]):
            text = cell_text(value)
            if len(text) <= len(longest[i]):
                continue  # a run is never longer than its text
            for run in _UNBREAKABLE_RE.findall(text):
                if len(run) > len(longest[i]):
                    longest[i] = run
    cap = width * 0.3
    need = [min(cap, stringWidth(run, fonts.regular, BODY_SIZE) * 1.04 + 2 * PAD_X + 1) if run else 0.0
            for run in longest]
    for _round in range(ncols):
        short = [i for i in range(ncols) if widths[i] < need[i] - 0.01]
        if not short:
            break
        extra = sum(need[i] - widths[i] for i in short)
        donors = [i for i in range(ncols) if i not in short and widths[i] > need[i]]
        spare = sum(widths[i] - need[i] for i in donors)
        if spare <= 0:
            break
        take = min(1.0, extra / spare)
        for i in short:
            widths[i] += (need[i] - widths[i]) * min(1.0, spare / extra)
        for i in donors:
            widths[i] -= (widths[i] - need[i]) * take
    return widths


def _measure_row(texts, measure_cell, font, aligns, color):
    """The row's cell values (str or Paragraph) and each cell's height."""
    values, heights = [], []
    for i, text in enumerate(texts):
        value, h = measure_cell(text, font, aligns[i], color, i)
        values.append(value)
        heights.append(h)
    return values, heights


def _paged_rows(header, header_h, cells, heights, col_widths, base_style, highlight):
    """A flowable for the table body that splits itself into one ``Table`` per page."""
    from reportlab.platypus import Flowable, Table, TableStyle

    prefix = [0.0]
    for h in heights:
        prefix.append(prefix[-1] + h)
    width = sum(col_widths)

    def table(start: int, end: int):
        style = list(base_style)
        # zebra stripes counted over the whole report, not per page
        fills = [None, ZEBRA_FILL] if start % 2 == 0 else [ZEBRA_FILL, None]
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), fills))
        for r in range(start, end):
            if r in highlight:
                style.append(("TEXTCOLOR", (0, r - start + 1), (-1, r - start + 1), ALERT))
        t = Table([header] + cells[start:end], colWidths=col_widths,
                  rowHeights=[header_h] + heights[start:end], repeatRows=1)
        t.setStyle(TableStyle(style))
        return t

    class PagedRows(Flowable):
        def __init__(self, start: int, end: int):
            super().__init__()
            self.start, self.end = start, end

        def wrap(self, avail_width, avail_height):
            self.width = width
            self.height = header_h + prefix[self.end] - prefix[self.start]
            return self.width, self.height

        def split(self, avail_width, avail_height):
            limit = prefix[self.start] + avail_height - header_h + 1e-6
            cut = bisect.bisect_right(prefix, limit, self.start, self.end + 1) - 1
            if cut <= self.start:
                return []  # not even one row fits here: next page
            if cut >= self.end:
                return [table(self.start, self.end)]
            return [table(self.start, cut), PagedRows(cut, self.end)]

        def draw(self):
            t = table(self.start, self.end)
            t.wrapOn(self.canv, self.width, self.height)
            t.drawOn(self.canv, 0, 0)

    return PagedRows(0, len(cells))


# -- the workbook ----------------------------------------------------------------
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_title(title: str) -> str:
    """``title`` as an Excel sheet name: no []:*?/\\, no leading/trailing apostrophe, at most 31 characters."""
    name = _SHEET_FORBIDDEN.sub("_", title or "")
    name = re.sub(r"[\x00-\x1f]", "", name).strip().strip("'").strip()
    name = name[:31].strip().strip("'")
    if not name:
        return "Sheet1"
    if name.lower() == "history":  # reserved by Excel
        return "History_"
    return name


def write_xlsx(report: TableReport, path) -> None:
    """Write the report as an Excel workbook (one sheet) to ``path``."""
    data = xlsx_bytes(report)
    with open(os.fspath(path), "wb") as fh:
        fh.write(data)


def xlsx_bytes(report: TableReport) -> bytes:
    """The report as an Excel workbook (one sheet), built in memory."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    columns = report.columns or [Column("")]
    ncols = len(columns)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=sheet_title(report.title))

    weights = [c.width if c.width and c.width > 0 else 1.0 for c in columns]
    for i, w in enumerate(weights, start=1):
        ws.column_dimensions[get_column_letter(i)].width = round(max(6.0, min(80.0, 12.0 * w)), 1)

    header_row = 5
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = "9"  # A4 (Worksheet.PAPERSIZE_A4)
    ws.page_setup.orientation = "landscape" if report.is_landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.oddFooter.left.text = "&8" + _hf_escape(printed_line(report.printed_by, report.printed_at))
    ws.oddFooter.right.text = "&8&P / &N"
    ws.oddHeader.left.text = "&8" + _hf_escape(report.company)
    ws.oddHeader.right.text = "&8" + _hf_escape(report.title)

    def clean(text: str) -> str:
        return ILLEGAL_CHARACTERS_RE.sub("", text)[:32767]

    def cell(value, font=None, fill=None, alignment=None, border=None, number_format=None):
        c = WriteOnlyCell(ws, value)
        if isinstance(value, str):
            c.data_type = "s"  # text is text, even "=1+1": no formulas from the data
        if font is not None:
            c.font = font
        if fill is not None:
            c.fill = fill
        if alignment is not None:
            c.alignment = alignment
        if border is not None:
            c.border = border
        if number_format is not None:
            c.number_format = number_format
        return c

    _write_in_memory(ws)  # after the sheet's set-up: this writes the sheet's top part

    ws.append([cell(clean(report.company), Font(bold=True, size=11))])
    ws.append([cell(clean(report.title), Font(bold=True, size=15))])
    ws.append([cell(clean(report.subtitle), Font(color="666666"))] if report.subtitle else [])
    ws.append([])

    thin = Side(style="thin", color="999999")
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="E3E7EE")
    header_align = Alignment(horizontal="center", vertical="center", wrap_text=True)
    header_border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append([cell(clean(c.title), header_font, header_fill, header_align, header_border) for c in columns])

    aligns = [Alignment(horizontal=c.align) if c.align in ("right", "center") else None for c in columns]
    red = Font(color="C0140F")
    kinds = [c.kind for c in columns]
    for r, row in enumerate(report.rows):
        values = list(row)[:ncols]
        highlight = r in report.highlight_rows
        out = []
        for i, v in enumerate(values):
            number_format = None
            if kinds[i] == "date" and isinstance(v, str) and len(v) == 10:
                try:
                    v = _dt.date.fromisoformat(v)
                except ValueError:
                    pass
            elif kinds[i] == "money" and isinstance(v, (int, float)):
                number_format = "#,##0.00"
            if isinstance(v, _dt.datetime):
                number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(v, _dt.date):
                number_format = "yyyy-mm-dd"
            elif isinstance(v, str):
                v = clean(v)
            elif v is not None and not isinstance(v, (int, float)):
                v = clean(cell_text(v))
            if v is None or v == "":
                out.append(None)
            elif highlight or aligns[i] is not None or number_format or (isinstance(v, str) and v[:1] == "="):
                out.append(cell(v, red if highlight else None, None, aligns[i], None, number_format))
            else:
                out.append(v)
        ws.append(out)
    if report.rows and report.columns:  # a filter button on every column of the header row
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(ncols)}{header_row + len(report.rows)}"

    ws.append([])
    for line in report.summary_lines:
        ws.append([cell(clean(line))])
    date_label = translate("Reports", "Date")
    for label in report.signature_labels:
        ws.append([cell(clean(f"{labelled(label, '_' * 16)}    {labelled(date_label, '_' * 12)}"))])
    if report.signature_labels:
        ws.append([])
    ws.append([cell(clean(printed_line(report.printed_by, report.printed_at)), Font(color="666666"))])

    return _save_in_memory(wb)


def _write_in_memory(ws) -> None:
    """Give a write-only sheet a writer that keeps its XML in memory.

    openpyxl streams each sheet into a temporary file by default; the rows
    are customer data, so they stay in memory instead (``_save_in_memory``).
    """
    from openpyxl.worksheet._writer import WorksheetWriter

    writer = WorksheetWriter(ws, out=io.BytesIO())
    writer.cleanup = lambda: None  # nothing on disk to remove
    ws._writer = writer
    writer.write_top()


def _save_in_memory(wb) -> bytes:
    """The workbook as .xlsx bytes; sheets written by ``_write_in_memory`` go in from memory."""
    import zipfile

    from openpyxl.writer.excel import ExcelWriter

    class _Zip(zipfile.ZipFile):
        def write(self, filename, arcname=None, *args, **kwargs):
            if isinstance(filename, io.BytesIO):
                self.writestr(arcname, filename.getvalue())
            else:
                super().write(filename, arcname, *args, **kwargs)

    buf = io.BytesIO()
    wb.properties.modified = _dt.datetime.now(tz=_dt.timezone.utc).replace(tzinfo=None)
    ExcelWriter(wb, _Zip(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True)).save()
    return buf.getvalue()


def _hf_escape(text: str) -> str:
    """Text for an Excel header/footer: '&' starts a code there."""
    return (text or "").replace("&", "&&")
