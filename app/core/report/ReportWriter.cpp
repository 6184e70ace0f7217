#include "ReportWriter.h"

#include "ReportCsv.h"
#include "Services.h"
#include "XapiExport.h"
#include "signoff/ChainAudit.h"
#include "store/Database.h"

#include <QJsonDocument>

namespace careu {

ReportWriter::ReportWriter(const Services& services, const Actor& reader, QString xapiHomePage)
    : m_services(services), m_reader(reader), m_homePage(std::move(xapiHomePage))
{
}

int ReportWriter::write(Format format, const CompletionReport::Filter& filter, QTextStream& out,
                        QString* error, const CompletionReport::Progress& progress) const
{
    if (!CompletionReport(m_services, m_reader).mayRead(error))
        return -1;
    out.setEncoding(QStringConverter::Utf8);
    // What leaves the app says whether it stands: refused on a chain that does not verify, or marked;
    // one snapshot for the audit and the export, so that what is written is what was audited.
    const ReadSnapshot snapshot(m_services.db);
    QString banner;
    if (!ChainAudit::mayExport(m_services, filter.allowUnverified, &banner, error))
        return -1;
    if (!banner.isEmpty())
        out << banner << "\n";
    int written = 0;
    bool ok = false;
    if (format == Format::Xapi) {
        // A JSON array written a statement at a time, so a large export is never all in memory.
        out << "[";
        const auto statement = [&](const QJsonObject& json) {
            out << (written++ ? ",\n" : "\n")
                << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
        };
        ok = XapiExport(m_services, m_reader, m_homePage).run(filter, statement, error, progress);
        out << "\n]\n";
    } else {
        out << ReportCsv::header();
        const auto row = [&](const ReportRow& each) {
            out << ReportCsv::row(each);
            ++written;
        };
        ok = CompletionReport(m_services, m_reader).run(filter, row, error, progress);
    }
    out.flush();
    if (ok && out.status() != QTextStream::Ok) {
        *error = tr("the report could not be written whole (is the disk full?)");
        return -1;
    }
    return ok ? written : -1;
}

} // namespace careu
