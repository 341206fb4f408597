"""The 顾客满意度调查分析报告 (PDF, with vector charts) and the raw responses (Excel).

The figures come from ``SurveyService.analyse`` — the same numbers the screen shows.
"""
from __future__ import annotations

import datetime as _dt

from app.i18n import translate
from app.reports import tables
from app.reports.tables import Column, TableReport

_BAR = (0.20, 0.40, 0.65)
_PREV = (0.70, 0.72, 0.76)
_ALERT = (0.70, 0.12, 0.10)


def _pct(value) -> str:
    return "-" if value is None else f"{value:.1f}%"


def _num(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def summary_lines(a) -> list[str]:
    s = a.survey
    if a.empty:
        return [translate("SurveyReport", "No forms have been entered for this survey yet: there is nothing to "
                                          "analyse.")]
    lines = [translate("SurveyReport", "Customers surveyed: {n}; forms received: {forms} (of them anonymous: {anon}); "
                                       "response rate: {rate}.").format(n=a.surveyed, forms=a.responses,
                                                                        anon=a.anonymous, rate=_pct(a.response_rate)),
             translate("SurveyReport", "Overall satisfaction rate (scores of 4 or 5): {rate}; target: {target}%.").format(
                 rate=_pct(a.overall_rate), target=s.target_rate)]
    if a.previous_rate is not None:
        lines.append(translate("SurveyReport", "Previous survey: {rate}.").format(rate=_pct(a.previous_rate)))
    below = a.below_target
    lines.append(translate("SurveyReport", "Below target: {items}.").format(
        items="、".join(q.text for q in below)) if below else translate("SurveyReport", "Every question met the target."))
    return lines


def _question_table(a) -> TableReport:
    rows = []
    for q in a.questions:
        if q.type != "score":
            continue
        dist = " / ".join(str(q.distribution.get(n, 0)) for n in (5, 4, 3, 2, 1))
        rows.append([q.text, q.answered, _num(q.mean), _pct(q.rate), dist, _pct(q.previous_rate),
                     translate("SurveyReport", "below target") if q.below_target else ""])
    cols = [Column(translate("SurveyReport", "Question"), 2.6), Column(translate("SurveyReport", "Answers"), 0.7, "right"),
            Column(translate("SurveyReport", "Mean"), 0.7, "right"),
            Column(translate("SurveyReport", "Satisfied"), 0.8, "right"),
            Column(translate("SurveyReport", "5/4/3/2/1"), 1.3, "center"),
            Column(translate("SurveyReport", "Last time"), 0.8, "right"), Column("", 0.9)]
    return TableReport("", cols, rows, "", "", _dt.datetime.now(), landscape=False,
                       highlight_rows={i for i, q in enumerate([q for q in a.questions if q.type == "score"])
                                       if q.below_target})


def _charts(a, fonts, width: float):
    """One bar chart of the satisfied share per question, this survey against the last one, with the
    target as a line; then a small distribution chart per question."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.lib.colors import Color

    score_qs = [q for q in a.questions if q.type == "score"]
    out = []
    if not score_qs or a.empty:
        return out
    h = 190
    d = Drawing(width, h)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 36, 42, width - 60, h - 70
    this = [q.rate or 0 for q in score_qs]
    data = [this]
    if any(q.previous_rate is not None for q in score_qs):
        data.append([q.previous_rate or 0 for q in score_qs])
    chart.data = data
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [q.text if len(q.text) <= 8 else q.text[:7] + "…" for q in score_qs]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 20
    chart.categoryAxis.labels.dy = -8
    chart.bars[0].fillColor = Color(*_BAR)
    if len(data) > 1:
        chart.bars[1].fillColor = Color(*_PREV)
    for i, q in enumerate(score_qs):
        if q.below_target:
            chart.bars[(0, i)].fillColor = Color(*_ALERT)
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    d.add(chart)
    y = chart.y + chart.height * a.survey.target_rate / 100
    d.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=Color(*_ALERT), strokeDashArray=[3, 2],
               strokeWidth=0.8))
    d.add(String(chart.x + chart.width, y + 3, translate("SurveyReport", "target {n}%").format(
        n=a.survey.target_rate), fontName=fonts.regular, fontSize=7, fillColor=Color(*_ALERT), textAnchor="end"))
    legend = translate("SurveyReport", "Satisfied share per question (%): this survey")
    if len(data) > 1:
        legend += translate("SurveyReport", " (dark), the previous survey (grey)")
    d.add(String(chart.x, h - 12, legend, fontName=fonts.regular, fontSize=8))
    out.append(d)
    # distributions, three to a row
    per_row, cell_h = 3, 120
    cell_w = width / per_row
    for start in range(0, len(score_qs), per_row):
        row = Drawing(width, cell_h)
        for j, q in enumerate(score_qs[start:start + per_row]):
            c = VerticalBarChart()
            c.x, c.y, c.width, c.height = j * cell_w + 26, 22, cell_w - 44, cell_h - 46
            c.data = [[q.distribution.get(n, 0) for n in (1, 2, 3, 4, 5)]]
            c.categoryAxis.categoryNames = ["1", "2", "3", "4", "5"]
            c.valueAxis.valueMin = 0
            top = max(c.data[0]) or 1
            c.valueAxis.valueMax = top
            c.valueAxis.valueStep = max(1, top // 4)
            for axis in (c.categoryAxis.labels, c.valueAxis.labels):
                axis.fontName, axis.fontSize = fonts.regular, 7
            c.bars[0].fillColor = Color(*(_ALERT if q.below_target else _BAR))
            row.add(c)
            title = q.text if len(q.text) <= 14 else q.text[:13] + "…"
            row.add(String(j * cell_w + 26, cell_h - 14, f"{title}  {_num(q.mean)}", fontName=fonts.regular,
                           fontSize=8))
        out.append(row)
    return out


def analysis_pdf(a, actions, company: str, printed_by: str, printed_at: _dt.datetime | None = None, *,
                 logo: bytes | None = None) -> bytes:
    """The analysis report of ``a`` (an ``Analysis``) with its corrective ``actions``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    fonts = tables.Fonts()
    page_w, page_h = A4
    inner_w = page_w - 2 * tables.SIDE_MARGIN - 2 * tables.FRAME_PAD
    inner_h = page_h - tables.TOP_MARGIN - tables.BOTTOM_MARGIN - 2 * tables.FRAME_PAD
    s = a.survey
    title = translate("SurveyReport", "Customer satisfaction survey analysis report")
    subtitle = translate("SurveyReport", "{name} | {start} to {end}").format(
        name=s.name, start=s.period_start, end=s.period_end)

    def para(text, size=9.5, leading=14, align="left"):
        return Paragraph(tables.para_markup(text),
                         tables.paragraph_style("p", fonts.regular, size, leading, align, text=text))

    def heading(text):
        return tables.TitleLine.make(text, fonts.bold, 11.5, align="left", bold=True, real_bold=fonts.real_bold,
                                     space_after=2)

    story = [tables.TitleLine.make(company, fonts.regular, 11, color=tables.GREY, space_after=2),
             tables.TitleLine.make(title, fonts.bold, 17, bold=True, real_bold=fonts.real_bold, space_after=3),
             para(subtitle, 9, 12, "center"), Spacer(1, 8), heading(translate("SurveyReport", "1. Summary"))]
    story += [para(line) for line in summary_lines(a)]
    if not a.empty:
        story += [Spacer(1, 8), heading(translate("SurveyReport", "2. Results per question")),
                  tables._table_flowable(_question_table(a), fonts, inner_w, inner_h), Spacer(1, 8)]
        story += _charts(a, fonts, inner_w)
        if a.by_level:
            from app.customers import level_label
            story += [Spacer(1, 6), para(translate("SurveyReport", "By customer level: {items}.").format(
                items="；".join(f"{level_label(k)} {n}（{_pct(r)}）" for k, (n, r) in a.by_level.items())))]
        story += [Spacer(1, 8), heading(translate("SurveyReport", "3. Low scores to follow up"))]
        if a.low_scores:
            low = TableReport("", [Column(translate("SurveyReport", "Customer"), 1.2),
                                   Column(translate("SurveyReport", "Question"), 2.0),
                                   Column(translate("SurveyReport", "Score"), 0.6, "right"),
                                   Column(translate("SurveyReport", "Comment"), 3.0)],
                              [[x.customer, x.question, x.score, x.comment] for x in a.low_scores], "", "",
                              _dt.datetime.now(), landscape=False)
            story.append(tables._table_flowable(low, fonts, inner_w, inner_h))
        else:
            story.append(para(translate("SurveyReport", "No score of 1 or 2.")))
        if a.comments:
            story += [Spacer(1, 6), para(translate("SurveyReport", "Comments: {items}").format(
                items="；".join(a.comments[:30])))]
    story += [Spacer(1, 8), heading(translate("SurveyReport", "4. Corrective and preventive actions"))]
    texts = {q["key"]: q["text"] for q in s.questions}
    if actions:
        rows = [[texts.get(x.question_key, ""), x.action, x.owner, x.due_date,
                 translate("SurveyReport", "closed {date}").format(date=x.done_on) if x.status == "done"
                 else translate("SurveyReport", "open"), x.result] for x in actions]
        t = TableReport("", [Column(translate("SurveyReport", "Question"), 1.4),
                             Column(translate("SurveyReport", "Action"), 2.4),
                             Column(translate("SurveyReport", "Owner"), 0.8),
                             Column(translate("SurveyReport", "Due"), 0.9), Column(translate("SurveyReport", "Status"), 0.9),
                             Column(translate("SurveyReport", "Result"), 1.6)], rows, "", "", _dt.datetime.now(),
                        landscape=False)
        story.append(tables._table_flowable(t, fonts, inner_w, inner_h))
    else:
        story.append(para(translate("SurveyReport", "None recorded.")))
    approval = [heading(translate("SurveyReport", "5. Approval"))]
    if s.approved_by:
        approval.append(para(translate("SurveyReport", "Approved by {name} on {date}.").format(
            name=s.approved_by, date=s.approved_on)))
    approval.append(tables._signature_lines([translate("SurveyReport", "Prepared by"),
                                             translate("SurveyReport", "General manager")], fonts, inner_w))
    story += [Spacer(1, 10), KeepTogether(approval)]
    printed = tables.printed_line(printed_by, printed_at or _dt.datetime.now().replace(microsecond=0))

    def decorate(canv, page, total):
        if page == 1:
            tables.draw_logo(canv, logo, A4[1])
        tables.draw_footer(canv, fonts, page, total, printed)

    return tables.build_pdf(story, A4, decorate, title=title, author=printed_by, subject=company,
                            first_top=tables.FIRST_TOP_MARGIN)


def responses_report(a, responses, names: dict, company: str, printed_by: str, *, logo: bytes | None = None) -> TableReport:
    """The raw forms: one row per form, one column per question (for Excel)."""
    qs = a.survey.questions
    cols = [Column(translate("SurveyReport", "Received on"), 1), Column(translate("SurveyReport", "Customer"), 1.4)]
    cols += [Column(q["text"], 1.2 if q["type"] != "text" else 2.5, "right" if q["type"] == "score" else "left")
             for q in qs]
    cols += [Column(translate("SurveyReport", "Comment"), 2.5), Column(translate("SurveyReport", "Entered by"), 1)]
    rows = [[r.received_on, names.get(r.customer_id, translate("SurveyReport", "(anonymous)")),
             *[r.answers.get(q["key"], "") for q in qs], r.comment, r.entered_by] for r in responses]
    return TableReport(translate("SurveyReport", "Survey forms"), cols, rows, company, printed_by,
                       _dt.datetime.now().replace(microsecond=0),
                       subtitle=f"{a.survey.name} {a.survey.period_start} - {a.survey.period_end}", landscape=True,
                       logo=logo)
