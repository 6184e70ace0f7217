#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

// Reads a PDF back with poppler-utils, as a person's viewer would show it (and its QR code with zbar).
namespace careu::test {

// The output of a tool (pdfinfo, pdftotext, pdftoppm, zbarimg) on the file; empty if it could not run.
inline QString poppler(const QString& tool, QStringList arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        qWarning("%s is missing: ./dev.sh installs it (poppler-utils, zbar-tools)", qPrintable(tool));
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline int pdfPages(const QString& path)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
            .match(poppler(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The text of one page (1-based), or of every page when page is 0, in reading order.
inline QString pdfText(const QString& path, int page = 0)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    return poppler(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-"));
}

} // namespace careu::test
