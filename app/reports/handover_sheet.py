"""The three-party handover list (移交清单): one A4 copy per party, to be signed by hand.

Each copy starts on a new page: company and title centred at the top, the
copy label ("第一联 移交人留存") at the top right of every page of the copy,
the handover number and the information pairs in a two-column block, the
item table (its header repeated when a long list continues on the next
page), the item count, the note, and one signature block per party.
"Page x of y" counts the pages of the whole PDF.

reportlab is imported inside the functions only.
"""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass

from app.i18n import translate
from app.reports.tables import (
    BODY_LEADING,
    BODY_SIZE,
    FRAME_PAD,
    GREY,
    GRID,
    HEADER_FILL,
    INK,
    MM,
    PAD_X,
    PAD_Y,
    RULE,
    SIDE_MARGIN,
    TOP_MARGIN,
    Fonts,
    StyleCache,
    TitleLine,
    build_pdf,
    draw_footer,
    draw_text,
    fit_text,
    labelled,
    para_markup,
    paragraph_style,
    printed_line,
)

__all__ = ["HandoverLine", "HandoverParty", "HandoverSheet", "pdf_bytes", "write_pdf"]


@dataclass
class HandoverLine:
    no: int
    name: str
    number: str = ""
    quantity: str = ""
    note: str = ""


@dataclass
class HandoverParty:
    role: str
    name: str
    date: str = ""  # YYYY-MM-DD when already confirmed, else "" (a blank to fill in)


@dataclass
class HandoverSheet:
    company: str
    title: str
    number: str
    info: list[tuple[str, str]]
    lines: list[HandoverLine]
    parties: list[HandoverParty]
    copies: list[str]
    printed_by: str
    printed_at: _dt.datetime
    note: str = ""
    column_titles: tuple[str, str, str, str, str] = ("序号", "名称", "编号", "数量/页数", "备注")


_COLUMN_WEIGHTS = (0.5, 1.8, 3.0, 0.95, 1.65)
_ROW_MIN = 19.0  # item rows tall enough to tick or correct by hand
_PARTIES_PER_ROW = 3
_CELL_LIMIT = 400  # characters in one table cell: a row must fit on a page


def _cap(text, limit: int = _CELL_LIMIT) -> str:
    text = "" if text is None else str(text)
    return text if len(text) <= limit else text[:limit] + "…"


def pdf_bytes(sheet: HandoverSheet) -> bytes:
    """The handover list as a PDF document, built in memory: one copy per entry in ``sheet.copies``."""
    from reportlab.lib.pagesizes import A4

    fonts = Fonts()
    page_w, page_h = A4
    inner_w = page_w - 2 * SIDE_MARGIN - 2 * FRAME_PAD
    copies = list(sheet.copies) or [""]

    story = []
    for i, copy in enumerate(copies):
        story.extend(_copy_story(sheet, copy, fonts, inner_w, first=i == 0))

    printed = printed_line(sheet.printed_by, sheet.printed_at)
    running = "  |  ".join(x for x in (sheet.company, sheet.title, sheet.number) if x)

    def decorate(canv, page, total):
        y = page_h - TOP_MARGIN + 7 * MM
        copy = getattr(canv, "_kd_copy", "")
        copy_size = 9.5
        copy_w = 0.0
        if copy:
            copy = fit_text(copy, fonts.bold, copy_size, (page_w - 2 * SIDE_MARGIN) * 0.5)
            copy_w = canv.stringWidth(copy, fonts.bold, copy_size) + 12
            x1 = page_w - SIDE_MARGIN
            canv.saveState()
            canv.setStrokeColorRGB(*INK)
            canv.setLineWidth(0.8)
            canv.rect(x1 - copy_w, y - 4, copy_w, copy_size + 7, stroke=1, fill=0)
            canv.restoreState()
            draw_text(canv, x1 - 6, y, copy, fonts.bold, copy_size, INK, align="right", bold=True,
                      real_bold=fonts.real_bold)
        left_w = page_w - 2 * SIDE_MARGIN - copy_w - 16
        draw_text(canv, SIDE_MARGIN, y, fit_text(running, fonts.regular, 8, left_w), fonts.regular, 8, GREY)
        canv.saveState()
        canv.setStrokeColorRGB(*RULE)
        canv.setLineWidth(0.5)
        canv.line(SIDE_MARGIN, y - 2.6 * MM, page_w - SIDE_MARGIN, y - 2.6 * MM)
        canv.restoreState()
        draw_footer(canv, fonts, page, total, printed)

    return build_pdf(story, A4, decorate, title=sheet.title, author=sheet.printed_by, subject=sheet.number)


def write_pdf(sheet: HandoverSheet, path) -> None:
    """Write the handover list as a PDF to ``path``."""
    data = pdf_bytes(sheet)
    with open(os.fspath(path), "wb") as fh:
        fh.write(data)


def _copy_marker(label: str):
    """A flowable of no size that tells the page decoration which copy this page belongs to."""
    from reportlab.platypus import Flowable

    class CopyMarker(Flowable):
        def wrap(self, avail_width, avail_height):
            return 0, 0

        def draw(self):
            self.canv._kd_copy = label

    return CopyMarker()


def _copy_story(sheet: HandoverSheet, copy: str, fonts: Fonts, width: float, *, first: bool) -> list:
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

    story = []
    if not first:
        story.append(PageBreak())
    story.append(_copy_marker(copy))
    if sheet.company:
        story.append(TitleLine.make(sheet.company, fonts.regular, 12, color=INK, space_after=3))
    story.append(TitleLine.make(sheet.title, fonts.bold, 19, bold=True, real_bold=fonts.real_bold,
                                space_after=10))
    story.append(_info_block(sheet, fonts, width))
    story.append(Spacer(1, 10))
    story.append(_item_table(sheet, fonts, width))

    after = [Spacer(1, 5)]
    count = translate("Reports", "{count} items").format(count=len(sheet.lines))
    after.append(Paragraph(para_markup(count), paragraph_style("count", fonts.regular, 10, 14, text=count)))
    if sheet.note:
        note = labelled(translate("Reports", "Note"), sheet.note)
        after.append(Spacer(1, 3))
        after.append(Paragraph(para_markup(note), paragraph_style("note", fonts.regular, 9.5, 14, text=note)))
    after.append(Spacer(1, 14))
    after.append(_signature_blocks(sheet.parties, fonts, width))
    story.append(KeepTogether(after))
    return story


def _info_block(sheet: HandoverSheet, fonts: Fonts, width: float):
    """The number and the info pairs, two pairs to a row, labels shaded."""
    from reportlab.platypus import Table, TableStyle

    pairs = [(translate("Reports", "Number"), sheet.number)] + list(sheet.info)
    pairs = [(_cap(a, 60), _cap(b)) for a, b in pairs]
    styles = StyleCache(9.5, 13)
    label_w = width * 0.15
    value_w = width * 0.5 - label_w
    rows = []
    for i in range(0, len(pairs), 2):
        row = []
        for label, value in pairs[i:i + 2]:
            row += [styles.paragraph(label, fonts.regular, "left", GREY),
                    styles.paragraph(value, fonts.regular, "left", INK)]
        row += [""] * (4 - len(row))
        rows.append(row)
    t = Table(rows, colWidths=[label_w, value_w, label_w, value_w], hAlign="CENTER")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
    ]
    if len(pairs) % 2:  # the last row has one pair: let its value run across
        style.append(("SPAN", (1, -1), (3, -1)))
        if len(rows) > 1:
            style.append(("BACKGROUND", (2, 0), (2, -2), HEADER_FILL))
    else:
        style.append(("BACKGROUND", (2, 0), (2, -1), HEADER_FILL))
    t.setStyle(TableStyle(style))
    return t


def _item_table(sheet: HandoverSheet, fonts: Fonts, width: float):
    from reportlab.platypus import Table, TableStyle

    total = sum(_COLUMN_WEIGHTS)
    col_widths = [width * w / total for w in _COLUMN_WEIGHTS]
    styles = StyleCache(BODY_SIZE, BODY_LEADING)
    titles = list(sheet.column_titles)[:5] + [""] * max(0, 5 - len(sheet.column_titles))
    header = [styles.paragraph(_cap(t, 60), fonts.bold, "center") for t in titles]
    aligns = ("center", "left", "left", "center", "left")
    data = [header]
    for line in sheet.lines:
        values = (line.no, line.name, line.number, line.quantity, line.note)
        data.append([styles.paragraph(_cap(v), fonts.regular, a) for v, a in zip(values, aligns)])
    if not sheet.lines:
        data.append([styles.paragraph(translate("Reports", "No records"), fonts.regular, "center", GREY),
                     "", "", "", ""])
    t = Table(data, colWidths=col_widths, repeatRows=1, minRowHeights=[22] + [_ROW_MIN] * (len(data) - 1))
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
    ]
    if not sheet.lines:
        style.append(("SPAN", (0, 1), (-1, 1)))
    t.setStyle(TableStyle(style))
    return t


def _signature_blocks(parties: list[HandoverParty], fonts: Fonts, width: float):
    """One boxed block per party, three side by side: role and name, room to sign, the date."""
    from reportlab.platypus import Table, TableStyle

    styles = StyleCache(10, 14)
    sign = translate("Reports", "Signature")
    date_label = translate("Reports", "Date")
    blank_date = translate("Reports", "______-____-____")
    parties = list(parties)
    per_row = min(_PARTIES_PER_ROW, max(1, len(parties)))
    gap = 10.0
    col_w = (width - gap * (per_row - 1)) / per_row
    data, row_heights, style = [], [], [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    col_widths = []
    for j in range(per_row):
        col_widths.append(col_w)
        if j < per_row - 1:
            col_widths.append(gap)
    for start in range(0, len(parties), per_row):
        group = parties[start:start + per_row]
        r0 = len(data)
        if r0:  # space between rows of blocks
            data.append([""] * len(col_widths))
            row_heights.append(12)
            r0 += 1
        role_row, sign_row, date_row = [], [], []
        for j in range(per_row):
            if j < len(group):
                p = group[j]
                role_row.append(styles.paragraph(labelled(_cap(p.role, 40), _cap(p.name, 80)), fonts.regular))
                sign_row.append(styles.paragraph(labelled(sign, ""), fonts.regular, color=GREY))
                date_row.append(styles.paragraph(labelled(date_label, _cap(p.date, 40) or blank_date),
                                                 fonts.regular))
                c = 2 * j
                style += [
                    ("BOX", (c, r0), (c, r0 + 2), 0.9, INK),
                    ("LINEBELOW", (c, r0), (c, r0 + 1), 0.4, GRID),
                    ("BACKGROUND", (c, r0), (c, r0), HEADER_FILL),
                    ("VALIGN", (c, r0 + 1), (c, r0 + 1), "TOP"),
                ]
            else:
                role_row.append("")
                sign_row.append("")
                date_row.append("")
            if j < per_row - 1:
                role_row.append("")
                sign_row.append("")
                date_row.append("")
        data += [role_row, sign_row, date_row]
        row_heights += [None, 46, 24]
    if not data:
        return Table([[""]], colWidths=[width])
    t = Table(data, colWidths=col_widths, rowHeights=row_heights, hAlign="CENTER")
    t.setStyle(TableStyle(style))
    return t

