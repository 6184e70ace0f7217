#include "ReportPdf.h"

#include "Fonts.h"
#include "PdfText.h"
#include "Services.h"
#include "content/Content.h"
#include "report/ReportSummary.h"
#include "signoff/ChainAudit.h"
#include "store/Database.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <array>

namespace careu::print {

namespace {

// The page, in millimetres: A4 portrait, the footer below ContentBottom.
constexpr qreal PageWidth = 210;
constexpr qreal Margin = 15;
constexpr qreal ContentWidth = PageWidth - 2 * Margin;
constexpr qreal ContentBottom = 279;
constexpr qreal FooterTop = 283;
constexpr qreal CellPadding = 1.2;
constexpr qreal ChartHeight = 62;
constexpr int MonthsShown = 12;

struct Column
{
    const char* title;
    qreal width; // mm; the widths add up to ContentWidth
    int maxLines;
    Qt::Alignment align;
};

const std::array<Column, 9> Columns = {{
    {QT_TRANSLATE_NOOP("ReportPdf", "Name"), 31, 2, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("ReportPdf", "Course"), 16, 2, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("ReportPdf", "Lessons"), 14, 1, Qt::AlignRight},
    {QT_TRANSLATE_NOOP("ReportPdf", "Avg Check"), 12, 1, Qt::AlignRight},
    {QT_TRANSLATE_NOOP("ReportPdf", "Best role-plays"), 34, 4, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("ReportPdf", "Practices signed off"), 16, 1, Qt::AlignRight},
    {QT_TRANSLATE_NOOP("ReportPdf", "Course signed off"), 19, 1, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("ReportPdf", "Graduated"), 19, 1, Qt::AlignLeft},
    {QT_TRANSLATE_NOOP("ReportPdf", "Check-ins done / overdue"), 19, 1, Qt::AlignRight},
}};

// "CARE 101 · Caring for your people" -> "CARE 101": the table and the chart have little room.
QString dash()
{
    return QString(QChar(0x2013));
}

// The filters in words, as the report's first page states them: "Course: CARE 101  ·  People:
// Harbour Street, graduated".
QString filtersText(const Catalog& catalog, const CompletionReport::Filter& filter)
{
    QStringList people;
    if (!filter.location.isEmpty())
        people.append(filter.location);
    if (filter.status)
        people.append(QLocale().toLower(CompletionReport::statusName(*filter.status)));
    if (!filter.mentor.isEmpty())
        people.append(ReportPdf::tr("mentored by %1").arg(filter.mentor));
    if (!filter.name.isEmpty())
        people.append(ReportPdf::tr("named like “%1”").arg(filter.name));
    if (filter.activeFrom.isValid() && filter.activeTo.isValid())
        people.append(ReportPdf::tr("last active %1 to %2")
                          .arg(dateText(filter.activeFrom), dateText(filter.activeTo)));
    else if (filter.activeFrom.isValid())
        people.append(ReportPdf::tr("active since %1").arg(dateText(filter.activeFrom)));
    else if (filter.activeTo.isValid())
        people.append(ReportPdf::tr("last active by %1").arg(dateText(filter.activeTo)));
    const Course* course = catalog.course(filter.courseId);
    return ReportPdf::tr("Course: %1  ·  People: %2")
        .arg(course ? course->title : ReportPdf::tr("all courses"),
             people.isEmpty() ? ReportPdf::tr("everyone") : people.join(QStringLiteral(", ")));
}

// What every page says about the report as a whole.
struct Facts
{
    QString organisation;
    QString generated;
    QString filters;
    RecordChain::Verification chain;
    QString fingerprint; // the organization's root key's; empty: none yet
    QString unverified;  // the banner of an export the chain does not verify, allowed all the same
};

// Places the report on pages. Without a painter it only measures, which is how the first pass
// counts the pages; with one it draws the same layout.
class Layout
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    Layout(QPdfWriter& writer, const Facts& facts, QPainter* painter, const ReportSummary* summary,
           int totalPages)
        : m_writer(writer), m_facts(facts), m_painter(painter), m_summary(summary), m_totalPages(totalPages),
          m_canvas(writer, painter), m_body(font(7.5)), m_small(font(6.5)), m_heading(font(9, true)),
          m_columnTitle(font(6.5, true))
    {
    }

    // The first page down to the table's header.
    void start()
    {
        m_y = Margin;
        m_y += m_canvas.text(Margin, m_y, ContentWidth, font(10, true), Accent, m_facts.organisation, 1);
        m_y += m_canvas.text(Margin, m_y, ContentWidth, font(20, true), Ink, tr("Completion report"), 1);
        m_y += m_canvas.text(Margin, m_y + 1, ContentWidth, font(8.5), Muted,
                             m_facts.generated + QStringLiteral("  ·  ") + m_facts.filters, 2) +
               3;
        m_canvas.line(Margin, m_y, Margin + ContentWidth, m_y, Rule, 0.3);
        m_y += 4;
        figures();
        const qreal chartWidth = (ContentWidth - 6) / 2;
        if (m_painter) {
            pillarChart(Margin, m_y, chartWidth);
            monthChart(Margin + chartWidth + 6, m_y, chartWidth);
        }
        m_y += ChartHeight + 7;
        tableHeader();
    }

    void row(const ReportRow& row)
    {
        const auto cells = this->cells(row);
        int lines = 1;
        for (const QStringList& cell : cells)
            lines = std::max(lines, static_cast<int>(cell.size()));
        const qreal lineHeight = m_canvas.lineHeight(m_body);
        const qreal height = lines * lineHeight + 2 * CellPadding;
        if (m_y + height > ContentBottom)
            nextPage(true);
        if (m_painter) {
            if (m_rows % 2)
                m_canvas.fill(Margin, m_y, ContentWidth, height, Tint);
            qreal x = Margin;
            for (size_t c = 0; c < Columns.size(); ++c) {
                for (int l = 0; l < cells.at(c).size(); ++l)
                    m_canvas.draw(x + CellPadding, m_y + CellPadding + l * lineHeight,
                                  Columns.at(c).width - 2 * CellPadding, lineHeight, m_body, Ink,
                                  cells.at(c).at(l), Columns.at(c).align);
                x += Columns.at(c).width;
            }
            m_canvas.line(Margin, m_y + height, Margin + ContentWidth, m_y + height, Rule, 0.1);
        }
        m_y += height;
        ++m_rows;
    }

    // After the last row: a word when there were none, how to check the report, the last footer.
    void finish()
    {
        if (!m_rows)
            m_y += m_canvas.text(Margin, m_y + 3, ContentWidth, font(9), Muted,
                                 tr("No one matches these filters."), 2) +
                   3;
        const QString note = checkingNote();
        const qreal height =
            m_canvas.lineHeight(m_heading) +
            m_canvas.wrap(note, m_body, ContentWidth, 8).size() * m_canvas.lineHeight(m_body);
        if (m_y + 7 + height > ContentBottom)
            nextPage(false);
        m_y += 7;
        m_y += m_canvas.text(Margin, m_y, ContentWidth, m_heading, Ink, tr("Checking this report"), 1);
        m_canvas.text(Margin, m_y, ContentWidth, m_body, m_facts.chain.intact ? Ink : Warning, note, 8);
        footer();
    }

    int pages() const { return m_page; }

private:
    // Eight figures in two rows of cards.
    void figures()
    {
        constexpr qreal Gap = 3;
        constexpr qreal Height = 15;
        const qreal width = (ContentWidth - 3 * Gap) / 4;
        if (m_painter) {
            const ReportSummary& s = *m_summary;
            const int percent = s.lessonsTotal() ? s.lessonsCompleted() * 100 / s.lessonsTotal() : 0;
            const std::array<std::pair<QString, QString>, 8> cards = {{
                {QString::number(s.people()), tr("people")},
                {QString::number(s.rows()), tr("course enrollments")},
                {tr("%1 of %2").arg(s.lessonsCompleted()).arg(s.lessonsTotal()),
                 tr("lessons completed (%1%)").arg(percent)},
                {QString::number(s.graduates()), tr("graduates")},
                {s.averageCheckScore() < 0 ? dash() : QStringLiteral("%1%").arg(s.averageCheckScore()),
                 tr("average Check score, first try")},
                {QString::number(s.practicesSignedOff()), tr("Practices signed off")},
                {QString::number(s.checkInsDone()), tr("coach check-ins done")},
                {QString::number(s.checkInsOverdue()), tr("coach check-ins overdue")},
            }};
            for (int i = 0; i < int(cards.size()); ++i) {
                const qreal x = Margin + (i % 4) * (width + Gap);
                const qreal y = m_y + (i / 4) * (Height + Gap);
                m_canvas.fill(x, y, width, Height, Tint);
                m_canvas.fill(x, y, 0.8, Height, Accent);
                const bool alarm = i == 7 && s.checkInsOverdue() > 0;
                m_canvas.draw(x + 3, y + 1.6, width - 4, 7, font(14, true), alarm ? Warning : Ink,
                              cards.at(i).first);
                m_canvas.draw(x + 3, y + 9, width - 4, 4.5, font(7), Muted, cards.at(i).second);
            }
        }
        m_y += 2 * Height + Gap + 7;
    }

    void chartTitle(qreal x, qreal y, qreal width, const QString& title) const
    {
        m_canvas.draw(x, y, width, m_canvas.lineHeight(m_heading), m_heading, Ink, title);
        m_canvas.line(x, y + m_canvas.lineHeight(m_heading) + 0.8, x + width,
                      y + m_canvas.lineHeight(m_heading) + 0.8, Rule, 0.2);
    }

    // Horizontal bars: the share of each pillar's lessons completed over all rows.
    void pillarChart(qreal x, qreal y, qreal width) const
    {
        chartTitle(x, y, width, tr("Completion by pillar"));
        const QVector<PillarCompletion> pillars = m_summary->pillars();
        const qreal top = y + m_canvas.lineHeight(m_heading) + 3;
        if (pillars.isEmpty()) {
            m_canvas.draw(x, top, width, 6, font(8), Muted, tr("No lessons in this report."));
            return;
        }
        constexpr qreal LabelWidth = 33;
        constexpr qreal PercentWidth = 10;
        const qreal barWidth = width - LabelWidth - PercentWidth - 2;
        const qreal rowHeight = std::min((y + ChartHeight - top) / pillars.size(), 8.0);
        const QFont label = font(7);
        for (int i = 0; i < pillars.size(); ++i) {
            const PillarCompletion& pillar = pillars.at(i);
            const qreal rowY = top + i * rowHeight;
            const QString name =
                Course::shortTitle(pillar.courseTitle) + QStringLiteral(" · ") + pillar.pillarTitle;
            m_canvas.draw(x, rowY, LabelWidth - 1, rowHeight, label, Ink,
                          m_canvas.elided(name, label, LabelWidth - 1));
            const qreal barY = rowY + rowHeight * 0.22;
            m_canvas.fill(x + LabelWidth, barY, barWidth, rowHeight * 0.56, Tint);
            m_canvas.fill(x + LabelWidth, barY, barWidth * pillar.completed / pillar.total, rowHeight * 0.56,
                          Accent);
            m_canvas.draw(x + LabelWidth + barWidth, rowY, PercentWidth + 2, rowHeight, label, Ink,
                          QStringLiteral("%1%").arg(pillar.percent()), Qt::AlignRight);
        }
    }

    // Vertical bars: lessons completed in each of the last months.
    void monthChart(qreal x, qreal y, qreal width) const
    {
        QVector<MonthCount> months = m_summary->months();
        const bool cut = months.size() > MonthsShown;
        if (cut)
            months = months.mid(months.size() - MonthsShown);
        chartTitle(x, y, width,
                   cut ? tr("Lessons completed per month (last %1)").arg(MonthsShown)
                       : tr("Lessons completed per month"));
        const qreal top = y + m_canvas.lineHeight(m_heading) + 3;
        if (months.isEmpty()) {
            m_canvas.draw(x, top, width, 6, font(8), Muted, tr("No lessons completed yet."));
            return;
        }
        const QFont label = font(6.5);
        const qreal labelHeight = m_canvas.lineHeight(label);
        const qreal baseline = y + ChartHeight - 2 * labelHeight - 1;
        // At least six slots, so that a bar or two is not as wide as the chart; the bars centred.
        const qreal slot = width / std::max(int(months.size()), 6);
        const qreal left = x + (width - slot * months.size()) / 2;
        const qreal barWidth = slot * 0.6;
        int most = 1;
        for (const MonthCount& month : months)
            most = std::max(most, month.lessons);
        const qreal scale = (baseline - top - labelHeight - 1) / most;
        for (int i = 0; i < months.size(); ++i) {
            const MonthCount& month = months.at(i);
            const qreal slotX = left + i * slot;
            const qreal barHeight = month.lessons * scale;
            m_canvas.fill(slotX + (slot - barWidth) / 2, baseline - barHeight, barWidth, barHeight, Accent);
            m_canvas.draw(slotX, baseline - barHeight - labelHeight - 0.5, slot, labelHeight, label, Ink,
                          QString::number(month.lessons), Qt::AlignHCenter);
            m_canvas.draw(slotX, baseline + 0.8, slot, labelHeight, label, Muted,
                          QLocale::c().toString(month.month, QStringLiteral("MMM")), Qt::AlignHCenter);
            m_canvas.draw(slotX, baseline + 0.8 + labelHeight, slot, labelHeight, label, Muted,
                          QLocale::c().toString(month.month, QStringLiteral("yyyy")), Qt::AlignHCenter);
        }
        m_canvas.line(x, baseline, x + width, baseline, Muted, 0.2);
    }

    void tableHeader()
    {
        const qreal lineHeight = m_canvas.lineHeight(m_columnTitle);
        int lines = 1;
        QVector<QStringList> titles;
        for (const Column& column : Columns) {
            titles.append(m_canvas.wrap(tr(column.title), m_columnTitle, column.width - 2 * CellPadding, 3));
            lines = std::max(lines, static_cast<int>(titles.last().size()));
        }
        const qreal height = lines * lineHeight + 2 * CellPadding;
        m_canvas.fill(Margin, m_y, ContentWidth, height, Accent);
        qreal x = Margin;
        for (size_t c = 0; c < Columns.size(); ++c) {
            // Titles sit on the bottom of the header, over their column's values.
            const qreal first = m_y + height - CellPadding - titles.at(c).size() * lineHeight;
            for (int l = 0; l < titles.at(c).size(); ++l)
                m_canvas.draw(x + CellPadding, first + l * lineHeight, Columns.at(c).width - 2 * CellPadding,
                              lineHeight, m_columnTitle, Qt::white, titles.at(c).at(l), Columns.at(c).align);
            x += Columns.at(c).width;
        }
        m_y += height;
    }

    QVector<QStringList> cells(const ReportRow& row) const
    {
        const auto date = [](const QDateTime& when) {
            return when.isValid() ? when.toUTC().date().toString(Qt::ISODate) : dash();
        };
        const QStringList texts = {
            row.name,
            Course::shortTitle(row.courseTitle),
            QStringLiteral("%1/%2").arg(row.lessonsCompleted).arg(row.lessonsTotal),
            row.averageCheckScore < 0 ? dash() : QStringLiteral("%1%").arg(row.averageCheckScore),
            row.bestRolePlays.isEmpty() ? dash() : row.bestRolePlays.join(QLatin1Char('\n')),
            QString::number(row.practicesSignedOff),
            date(row.courseSignedOff),
            date(row.graduated),
            row.graduated.isValid() ? QStringLiteral("%1 / %2").arg(row.checkInsDone).arg(row.checkInsOverdue)
                                    : dash(),
        };
        QVector<QStringList> cells;
        for (size_t c = 0; c < Columns.size(); ++c)
            cells.append(m_canvas.wrap(texts.at(int(c)), m_body, Columns.at(c).width - 2 * CellPadding,
                                       Columns.at(c).maxLines));
        return cells;
    }

    QString chainLine() const
    {
        const RecordChain::Verification& chain = m_facts.chain;
        if (!m_facts.unverified.isEmpty())
            return m_facts.unverified;
        return tr("Record chain: verified, %1 records, head %2  ·  Organization %3")
            .arg(chain.records)
            .arg(ChainAudit::headText(chain.records, chain.headHash),
                 m_facts.fingerprint.isEmpty() ? tr("without a root key") : m_facts.fingerprint);
    }

    QString checkingNote() const
    {
        const RecordChain::Verification& chain = m_facts.chain;
        if (!m_facts.unverified.isEmpty())
            return tr("%1 Figures that rest on the records it names cannot be trusted. Run \"careu check\" "
                      "on "
                      "the database.")
                .arg(m_facts.unverified);
        return tr("When this report was made, the record chain (every sign-off, send-back, recognition, "
                  "huddle, "
                  "coach check-in and team fact, each hashed with the one before it and signed by the person "
                  "who made it) held %1 records and verified; its head was %2 and the organization's "
                  "fingerprint %3. Run \"careu check --org %3 --head %2\" on the same database: it fails if "
                  "any "
                  "record up to that head was removed or rewritten since, or if the file is another "
                  "organization's. The average Check score counts first-try answers over completed lessons; "
                  "coach check-ins count once per person.")
            .arg(chain.records)
            .arg(ChainAudit::headText(chain.records, chain.headHash), m_facts.fingerprint);
    }

    void footer() const
    {
        const qreal lineHeight = m_canvas.lineHeight(m_small);
        m_canvas.line(Margin, FooterTop, Margin + ContentWidth, FooterTop, Rule, 0.2);
        const QString title = m_facts.organisation + QStringLiteral("  ·  ") + tr("Completion report") +
                              QStringLiteral("  ·  ") + m_facts.generated;
        const qreal left = ContentWidth - 25;
        m_canvas.draw(Margin, FooterTop + 1, left, lineHeight, m_small, Muted,
                      m_canvas.elided(title, m_small, left));
        m_canvas.draw(Margin, FooterTop + 1 + lineHeight, left, lineHeight, m_small,
                      m_facts.unverified.isEmpty() ? Muted : Warning, chainLine());
        m_canvas.draw(Margin + left, FooterTop + 1, 25, 2 * lineHeight, font(8), Ink,
                      tr("Page %1 of %2").arg(m_page).arg(m_totalPages), Qt::AlignRight);
    }

    void nextPage(bool withTableHeader)
    {
        footer();
        if (m_painter)
            m_writer.newPage();
        ++m_page;
        m_y = Margin;
        if (withTableHeader)
            tableHeader();
    }

    QPdfWriter& m_writer;
    const Facts& m_facts;
    QPainter* m_painter;
    const ReportSummary* m_summary;
    const int m_totalPages;
    const Canvas m_canvas;
    const QFont m_body;
    const QFont m_small;
    const QFont m_heading;
    const QFont m_columnTitle;
    int m_page = 1;
    int m_rows = 0;
    qreal m_y = 0;
};

} // namespace

ReportPdf::ReportPdf(const Services& services, const Actor& reader) : m_services(services), m_reader(reader) {}

bool ReportPdf::write(const CompletionReport::Filter& filter, QIODevice* out, QString* error,
                      const CompletionReport::Progress& progress) const
{
    if (!canPaint(error))
        return false;
    // Both passes see the same rows: one read transaction holds the database still for them.
    const ReadSnapshot snapshot(m_services.db);
    Facts facts;
    facts.organisation = m_services.settings.organisationName();
    const QDateTime now = m_services.clock.now();
    facts.generated =
        tr("Made %1, %2 UTC").arg(dateText(now), now.toUTC().time().toString(QStringLiteral("HH:mm")));
    facts.filters = filtersText(m_services.catalog, filter);
    ChainAudit::Result audit;
    if (!ChainAudit::mayExport(m_services, filter.allowUnverified, &facts.unverified, error, &audit))
        return false;
    facts.chain = audit.chain;
    facts.fingerprint = audit.rootFingerprint();

    const auto writer = pdfWriter(out, QPageLayout::Portrait, tr("Completion report"));
    const CompletionReport report(m_services, m_reader);
    ReportSummary summary(m_services.catalog);
    Layout counting(*writer, facts, nullptr, nullptr, 0);
    counting.start();
    const auto count = [&](const ReportRow& row) {
        summary.add(row);
        counting.row(row);
    };
    // Two passes over the learners: progress counts each learner twice.
    const auto pass = [&progress](int first) -> CompletionReport::Progress {
        if (!progress)
            return {};
        return [&progress, first](int done, int total) { return progress(first * total + done, 2 * total); };
    };
    if (!report.run(filter, count, error, pass(0)))
        return false;
    counting.finish();

    QPainter painter;
    if (!painter.begin(writer.get())) {
        *error = tr("the PDF could not be started");
        return false;
    }
    Layout drawing(*writer, facts, &painter, &summary, counting.pages());
    drawing.start();
    const bool ok = report.run(
        filter, [&](const ReportRow& row) { drawing.row(row); }, error, pass(1));
    drawing.finish();
    return painter.end() && ok;
}

} // namespace careu::print
