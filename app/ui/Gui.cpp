#include "Gui.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "StartupCheck.h"
#include "content/Catalog.h"
#include "store/Database.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QStyleFactory>

namespace careu::ui {

Q_LOGGING_CATEGORY(lcGui, "careu.gui")

void applyStyle(Style style)
{
    if (style == Style::Fusion)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFile sheet(QStringLiteral(":/resources/style.qss"));
    if (sheet.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(sheet.readAll()));
}

QIcon appIcon()
{
    return QIcon::fromTheme(QStringLiteral(CAREU_APP_ID),
                            QIcon(QStringLiteral(":/resources/icons/" CAREU_APP_ID ".svg")));
}

int runGui(const cli::Options& options, Style style)
{
    QGuiApplication::setApplicationDisplayName(QObject::tr("Customer CARE University"));
    QGuiApplication::setDesktopFileName(QStringLiteral(CAREU_APP_ID));
    QApplication::setWindowIcon(appIcon());
    applyStyle(style);

    // A benchmark run must never wait on a dialog: problems go to stderr only.
    auto report = [&options](const QString& title, const QString& text, bool fatal) {
        qCWarning(lcGui).noquote() << text;
        if (options.quitAfterStartup)
            return;
        if (fatal)
            MessageBox::critical(nullptr, title, text);
        else
            MessageBox::warning(nullptr, title, text);
    };

    Database db;
    QString error;
    StartupCheck startup(db, Clock::system(),
                         options.quitAfterStartup ? StartupCheck::Mode::ReportOnly : StartupCheck::Mode::Ask);
    if (!startup.open(Database::resolvePath(options.dbPath), nullptr, &error)) {
        if (!error.isEmpty())
            report(QObject::tr("Cannot open the database"), error, true);
        return cli::Failure;
    }
    const Catalog catalog = Catalog::load(options.contentDirs);
    if (!catalog.diagnostics().isEmpty()) {
        QStringList lines;
        for (const Diagnostic& diagnostic : catalog.diagnostics())
            lines.append(diagnostic.toString());
        report(QObject::tr("Some course content was left out"),
               QObject::tr("These problems were found in the course content; the courses they affect are "
                           "not shown. Run \"careu validate\" for the full list.\n\n%1")
                   .arg(lines.mid(0, 10).join(QLatin1Char('\n'))),
               catalog.courses().isEmpty());
    }
    if (catalog.courses().isEmpty())
        return cli::Failure;

    MainWindow window(db, catalog, Clock::system());
    if (options.quitAfterStartup)
        window.quitAfterFirstPaint();
    window.show();
    startup.backUpInTheBackground(catalog, &window);
    return QApplication::exec();
}

} // namespace careu::ui
