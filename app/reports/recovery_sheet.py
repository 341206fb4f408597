"""The printed recovery key sheet (恢复密钥单) kept in the office safe.

One A4 page: what database it belongs to, the recovery key in large
groups, what the key is for and how to keep it, and lines for the keeper's
signature.  The key is drawn straight into the PDF written to ``path``:
no temporary file, no log line, no PDF metadata holds it.

reportlab is imported inside ``write_recovery_sheet`` so that importing this
module costs nothing at program start.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

__all__ = ["write_recovery_sheet"]

GROUPS_PER_ROW = 4
KEY_FONT = "Courier-Bold"  # one of the 14 standard PDF fonts: monospaced, always available

# Colours (RGB 0..1)
_INK = (0.10, 0.12, 0.15)
_GREY = (0.42, 0.45, 0.50)
_RULE = (0.70, 0.72, 0.76)
_ACCENT = (0.11, 0.27, 0.48)
_ALERT = (0.70, 0.12, 0.10)
_KEY_FILL = (0.955, 0.965, 0.978)


@dataclass(frozen=True)
class _Texts:
    english_first: bool
    title: str
    subtitle: str
    confidential: str
    labels: tuple[tuple[str, str], ...]  # (Chinese, English) per info row
    key_heading: str
    key_hint: str
    about_heading: str
    items: tuple[tuple[str, str, str, str], ...]  # (zh lead, zh body, en lead, en body)
    kept_by: str
    date: str
    footer: str


_ITEMS = (
    (
        "这是什么：",
        "恢复密钥是打开上面这个数据库文件的备用钥匙。平时程序从本机保存的密钥"
        "（Windows 凭据管理器）打开数据库，用不到本单。以下情况才需要它：把数据库搬到新电脑；"
        "换了新的 Windows 账户；本机保存的密钥丢失（例如重装系统后）。输入本密钥后，"
        "程序打开数据库，并把密钥重新保存到这台电脑上。",
        "What it is for:",
        "the recovery key is the spare key to the database file above. Day to day the program "
        "opens the database with the key saved on this PC (Windows Credential Manager) and does "
        "not need this sheet. You need it to open the database on a new PC, under a new Windows "
        "account, or after the saved key is lost (for example after Windows is reinstalled). "
        "Once it is entered, the program opens the database and saves the key on that PC again.",
    ),
    (
        "务必锁好：",
        "任何人只要同时拿到本单和数据库文件（或它的备份），就能读取其中全部客户资料。"
        "请把本单锁在保险柜里；不要拍照、复印、扫描，也不要存放在电脑、手机或网盘里。",
        "Keep it locked away:",
        "anyone who holds this sheet and the database file (or one of its backups) can read "
        "every customer record in it. Keep this sheet locked in the safe. Do not photograph, "
        "copy or scan it, and do not keep it on a computer, phone or cloud drive.",
    ),
    (
        "不会再次显示：",
        "程序不会再显示这把密钥，也无法从数据库中找回它。本单丢失或可能被他人看到时，"
        "请系统管理员在程序中更换密钥（重新加密数据库），并打印新的恢复密钥单。"
        "更换前做的备份仍只能用旧密钥打开：旧单应与这些备份保管同样长的时间，然后销毁。",
        "It is never shown again:",
        "the program never shows this key again and cannot recover it from the database. If "
        "this sheet is lost or may have been seen by others, have the administrator change the "
        "key (re-encrypt the database) and print a new sheet. Backups made before the change "
        "still open only with the old key: keep the old sheet as long as those backups, then "
        "destroy it.",
    ),
)


def _texts(language: str) -> _Texts:
    en = not language.lower().startswith("zh")

    def pair(zh: str, english: str) -> str:
        return f"{english} / {zh}" if en else f"{zh} / {english}"

    return _Texts(
        english_first=en,
        title="Recovery key sheet" if en else "恢复密钥单",
        subtitle="恢复密钥单" if en else "Recovery key sheet",
        confidential="机密 / CONFIDENTIAL",
        labels=(
            ("单位", "Company"),
            ("生成时间", "Created"),
            ("数据库文件", "Database file"),
            ("数据库编号", "Database ID"),
        ),
        key_heading=pair("恢复密钥", "Recovery key"),
        key_hint=(
            "Enter the groups left to right, row by row.    按从左到右、逐行的顺序输入各组。"
            if en
            else "按从左到右、逐行的顺序输入各组。    Enter the groups left to right, row by row."
        ),
        about_heading=pair("这把密钥做什么用", "What this key is for"),
        items=_ITEMS,
        kept_by=pair("保管人签字", "Kept by"),
        date=pair("日期", "Date"),
        footer="KeDang 客档    本单只有一页 / This sheet has one page",
    )


def _key_groups(recovery_key: str) -> list[str]:
    """The key's groups as formatted (``ABCD-EFGH-…``); an unformatted key is cut into fours."""
    groups = recovery_key.replace("-", " ").split()
    if not groups:
        raise ValueError("recovery key is empty")
    if max(len(g) for g in groups) > 8:
        flat = "".join(groups)
        groups = [flat[i : i + 4] for i in range(0, len(flat), 4)]
    return groups


def write_recovery_sheet(
    path,
    *,
    recovery_key: str,
    database_id: str,
    database_path: str,
    company: str,
    created_at: datetime,
    language: str = "zh_CN",
) -> None:
    """Write the one-page A4 recovery key sheet to ``path`` (a new PDF file).

    ``recovery_key`` comes formatted in groups (``ABCD-EFGH-…``); the groups
    are printed large, four to a row.
    """
    groups = _key_groups(recovery_key)

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from app.reports.fonts import cjk_bold_is_distinct, register_cjk_font

    fonts = _Fonts(
        regular=register_cjk_font(),
        bold=register_cjk_font(bold=True),
        real_bold=cjk_bold_is_distinct(),
    )
    texts = _texts(language)
    en_first = texts.english_first
    info_values = (
        company.strip() or "-",
        created_at.strftime("%Y-%m-%d %H:%M"),
        database_path,
        database_id,
    )

    # Measure first, shrinking the text until everything fits on the page.
    width, height = A4
    for scale in (1.0, 0.94, 0.88, 0.82, 0.76, 0.70):
        layout = _Layout(None, width, height, fonts, scale)
        if layout.run(texts, en_first, info_values, groups):
            break

    canvas = Canvas(os.fspath(path), pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{texts.title} / {texts.subtitle}")
    canvas.setAuthor("KeDang 客档")
    canvas.setSubject(f"Database ID {database_id}")
    canvas.setCreator("KeDang 客档")
    _Layout(canvas, width, height, fonts, scale).run(texts, en_first, info_values, groups)
    canvas.showPage()
    canvas.save()


@dataclass(frozen=True)
class _Fonts:
    regular: str
    bold: str
    real_bold: bool


class _Layout:
    """Draws the page top-down; with ``canvas=None`` it only measures."""

    MARGIN = 54.0  # ~19 mm

    def __init__(self, canvas, width: float, height: float, fonts: _Fonts, scale: float):
        self.c = canvas
        self.width = width
        self.height = height
        self.f = fonts
        self.s = scale
        self.left = self.MARGIN
        self.right = width - self.MARGIN
        self.inner = self.right - self.left
        self.y = height - self.MARGIN

    # -- helpers ----------------------------------------------------------
    def _text(self, x, y, text, font, size, color=_INK, *, align="left", bold=False):
        if self.c is None:
            return
        c = self.c
        c.setFillColorRGB(*color)
        if bold and not self.f.real_bold and font == self.f.bold and font != KEY_FONT:
            # No bold face on this machine: thicken the strokes instead.  The text
            # render mode outlives BT/ET, so keep it inside saveState/restoreState.
            c.saveState()
            c.setStrokeColorRGB(*color)
            c.setLineWidth(size * 0.035)
            t = c.beginText()
            t.setTextRenderMode(2)
            t.setFont(font, size)
            w = c.stringWidth(text, font, size)
            t.setTextOrigin(x - (w if align == "right" else w / 2 if align == "center" else 0), y)
            t.textOut(text)
            c.drawText(t)
            c.restoreState()
            return
        c.setFont(font, size)
        if align == "right":
            c.drawRightString(x, y, text)
        elif align == "center":
            c.drawCentredString(x, y, text)
        else:
            c.drawString(x, y, text)

    def _rule(self, y, color=_RULE, width=0.6, x0=None, x1=None):
        if self.c is None:
            return
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(self.left if x0 is None else x0, y, self.right if x1 is None else x1, y)

    def _para(self, markup, x, width, size, leading, color=_INK, font=None):
        """Draw a wrapped paragraph with its top at ``self.y``; return its height."""
        from reportlab.lib.colors import Color
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        style = ParagraphStyle(
            "p",
            fontName=font or self.f.regular,
            fontSize=size,
            leading=leading,
            textColor=Color(*color),
            wordWrap="CJK",
        )
        p = Paragraph(markup, style)
        _, h = p.wrap(width, 10_000)
        if self.c is not None:
            p.drawOn(self.c, x, self.y - h)
        return h

    # -- the page ---------------------------------------------------------
    def run(self, texts: _Texts, en_first: bool, info_values, groups) -> bool:
        """Lay the page out; True if it fits above the signature block."""
        self.footer_right = f"数据库编号 Database ID: {info_values[3]}"
        self._header(texts)
        self._info(texts, info_values)
        self._key(texts, groups)
        self._about(texts, en_first)
        fits = self.y >= self._signature_top() + 14
        self._signatures(texts)
        return fits

    def _header(self, t: _Texts):
        s = self.s
        top = self.y
        self._text(self.left, top - 8, "KeDang 客档", self.f.regular, 9, _GREY)
        self._text(self.right, top - 8, t.confidential, self.f.bold, 9, _ALERT, align="right", bold=True)
        self.y = top - 8 - 34 * s
        self._text(self.left, self.y, t.title, self.f.bold, 26 * s, _INK, bold=True)
        title_w = self._width(t.title, self.f.bold, 26 * s)
        self._text(self.left + title_w + 12, self.y, t.subtitle, self.f.regular, 14 * s, _GREY)
        self.y -= 14 * s
        self._rule(self.y, _INK, 1.2)
        self.y -= 16 * s

    def _width(self, text, font, size):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(text, font, size)

    def _info(self, t: _Texts, values):
        s = self.s
        label_w = 118
        size = 10.5 * s
        leading = 14 * s
        for (zh, en), value in zip(t.labels, values):
            top = self.y
            # the value, wrapped (paths and long company names break anywhere)
            h = self._para(escape(value), self.left + label_w, self.inner - label_w, size, leading)
            baseline = top - size
            self._text(self.left, baseline, zh, self.f.regular, 9.5 * s, _GREY)
            zw = self._width(zh, self.f.regular, 9.5 * s)
            self._text(self.left + zw + 4, baseline, en, "Helvetica", 8 * s, _GREY)
            self.y = top - max(h, leading) - 6 * s
        self.y -= 6 * s

    def _key(self, t: _Texts, groups):
        s = self.s
        self._text(self.left, self.y - 12 * s, t.key_heading, self.f.bold, 12 * s, _ACCENT, bold=True)
        self.y -= 12 * s + 8 * s

        rows = [groups[i : i + GROUPS_PER_ROW] for i in range(0, len(groups), GROUPS_PER_ROW)]
        longest = max(len(g) for g in groups)
        pad_x = 22.0
        gap_chars = 2.2  # gap between groups, in character widths
        # Courier: every glyph is 0.6 em wide.  Fit four groups plus three gaps in the box.
        cells = GROUPS_PER_ROW * longest + (GROUPS_PER_ROW - 1) * gap_chars
        size = min(24.0 * s, (self.inner - 2 * pad_x) / (cells * 0.6))
        char_w = size * 0.6
        group_w = longest * char_w
        gap_w = gap_chars * char_w
        row_w = GROUPS_PER_ROW * group_w + (GROUPS_PER_ROW - 1) * gap_w
        row_h = size * 1.75
        pad_y = 16 * s
        box_h = 2 * pad_y + len(rows) * row_h - (row_h - size)
        box_top = self.y
        if self.c is not None:
            self.c.setFillColorRGB(*_KEY_FILL)
            self.c.setStrokeColorRGB(*_RULE)
            self.c.setLineWidth(0.8)
            self.c.roundRect(self.left, box_top - box_h, self.inner, box_h, 6, stroke=1, fill=1)
        x0 = self.left + (self.inner - row_w) / 2
        baseline = box_top - pad_y - size * 0.8
        for row in rows:
            for i, group in enumerate(row):
                gx = x0 + i * (group_w + gap_w)
                # centre a short group in its cell so columns line up
                gx += (group_w - len(group) * char_w) / 2
                self._text(gx, baseline, group, KEY_FONT, size, _INK)
                if i < len(row) - 1:
                    dash_x = x0 + i * (group_w + gap_w) + group_w + gap_w / 2
                    self._text(dash_x, baseline, "-", KEY_FONT, size * 0.8, _RULE, align="center")
            baseline -= row_h
        self.y = box_top - box_h - 6 * s
        self._text(self.left + 2, self.y - 8.5 * s, t.key_hint, self.f.regular, 8.5 * s, _GREY)
        self.y -= 8.5 * s + 18 * s

    def _about(self, t: _Texts, en_first: bool):
        s = self.s
        self._text(self.left, self.y - 12 * s, t.about_heading, self.f.bold, 12 * s, _ACCENT, bold=True)
        self.y -= 12 * s + 10 * s
        bullet_w = 14
        x = self.left + bullet_w
        w = self.inner - bullet_w
        for n, (zh_lead, zh_body, en_lead, en_body) in enumerate(t.items, start=1):
            zh = (
                f'<font name="{self.f.bold}" color="#1C457A">{escape(zh_lead)}</font>'
                f"{escape(zh_body)}"
            )
            en = f'<font name="Helvetica-Bold">{escape(en_lead)}</font> {escape(en_body)}'
            first, second = (en, zh) if en_first else (zh, en)
            first_size, second_size = 10.5 * s, 8.5 * s
            first_font = "Helvetica" if en_first else None
            second_font = None if en_first else "Helvetica"
            top = self.y
            self._text(self.left, top - first_size, f"{n}.", self.f.bold, first_size, _ACCENT, bold=True)
            h1 = self._para(first, x, w, first_size, first_size * 1.45, _INK, first_font)
            self.y -= h1 + 3 * s
            h2 = self._para(second, x, w, second_size, second_size * 1.35, _GREY, second_font)
            self.y -= h2 + 11 * s

    SIGNATURE_LINE = 40.0  # height of the signature lines above the bottom margin
    SIGNATURE_SPACE = 30.0  # room to sign between the label and its line

    def _signature_top(self) -> float:
        return self.MARGIN + self.SIGNATURE_LINE + (self.SIGNATURE_SPACE + 10) * self.s

    def _signatures(self, t: _Texts):
        s = self.s
        base = self.MARGIN + self.SIGNATURE_LINE
        col_gap = 36
        col_w = (self.inner - col_gap) / 2
        cols = ((self.left, col_w, t.kept_by), (self.left + col_w + col_gap, col_w, t.date))
        for x, w, label in cols:
            self._text(x, base + self.SIGNATURE_SPACE * s, label, self.f.regular, 10 * s, _INK)
            self._rule(base, _INK, 0.8, x, x + w)
        self._rule(self.MARGIN + 8, _RULE, 0.5)
        self._text(self.left, self.MARGIN - 4, t.footer, self.f.regular, 7.5, _GREY)
        self._text(self.right, self.MARGIN - 4, self.footer_right, self.f.regular, 7.5, _GREY, align="right")
