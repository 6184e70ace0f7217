#include "Gui.h"

#include "FocusRing.h"
#include "Language.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "StartupCheck.h"
#include "Theme.h"
#include "content/Catalog.h"
#include "store/Database.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>

namespace careu::ui {

Q_LOGGING_CATEGORY(lcGui, "careu.gui")

namespace {
// Fills the style sheet template with the theme of the palette in effect, and again whenever the
// palette changes (the desktop switched to dark, or a test set one).
class StyleSheetKeeper : public QObject
{
public:
    explicit StyleSheetKeeper(QObject* parent) : QObject(parent)
    {
        QFile sheet(QStringLiteral(":/resources/style.qss"));
        if (sheet.open(QIODevice::ReadOnly))
            m_template = QString::fromUtf8(sheet.readAll());
        qApp->installEventFilter(this);
    }

    void apply()
    {
        const Theme theme = Theme::current();
        // A placeholder in an input must read too; many dark palettes make it half-transparent
        // white. The new palette comes back here as a palette change.
        const QColor placeholder = QGuiApplication::palette().color(QPalette::Active, QPalette::PlaceholderText);
        const QColor behind = Theme::mix(theme.card, placeholder, placeholder.alphaF());
        if (Theme::contrast(behind, theme.card) < 4.5) {
            QPalette palette = QGuiApplication::palette();
            for (const auto group : {QPalette::Active, QPalette::Inactive})
                palette.setColor(group, QPalette::PlaceholderText, theme.muted);
            QApplication::setPalette(palette);
            return;
        }
        QStringList unknown;
        const QString sheet = theme.fill(m_template, &unknown);
        if (!unknown.isEmpty())
            qCWarning(lcGui) << "style.qss names colors the theme does not have:" << unknown;
        if (sheet != qApp->styleSheet())
            qApp->setStyleSheet(sheet);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    QString m_template;
};
} // namespace

void applyStyle(Style style)
{
    if (style == Style::Fusion)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // The style's own palette means the desktop gave none: the app's warm paper look, then.
    if (QGuiApplication::palette() == QApplication::style()->standardPalette())
        QApplication::setPalette(Theme::paper(QGuiApplication::palette()));
    static QPointer<StyleSheetKeeper> keeper;
    if (!keeper)
        keeper = new StyleSheetKeeper(qApp);
    keeper->apply();
    FocusRing::install();
}

QIcon appIcon()
{
    return QIcon::fromTheme(QStringLiteral(CAREU_APP_ID),
                            QIcon(QStringLiteral(":/resources/icons/" CAREU_APP_ID ".svg")));
}

int runGui(const cli::Options& options, Style style)
{
    useLanguage(chosenLanguage());
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
