// Opens the manager's dashboard on a database, as careu_bench's child:
//   careu_dashboard_bench DB
// Prints two figures in milliseconds: until the dashboard has painted (with its progress bar,
// the report still being read in the background), and until the table is filled.
#include "AppServices.h"
#include "DashboardPage.h"
#include "Gui.h"
#include "content/Catalog.h"
#include "store/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTest>
#include <QTextStream>

namespace {
// Notes the moment of the first paint of the widget it watches.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer& timer) : m_timer(timer) {}
    qint64 at = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && at < 0)
            at = m_timer.elapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_timer;
};
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: careu_dashboard_bench DB" << Qt::endl;
        return 2;
    }
    careu::ui::applyStyle();
    careu::Database db;
    QString error;
    if (!db.open(QString::fromLocal8Bit(argv[1]), &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const careu::Catalog catalog = careu::Catalog::load();
    careu::ui::AppServices services(db, catalog, careu::Clock::system());
    QElapsedTimer timer;
    timer.start();
    FirstPaint painted(timer);
    careu::ui::DashboardPage page(services);
    page.installEventFilter(&painted);
    page.resize(1100, 780);
    page.show();
    page.refresh();
    auto* csv = page.findChild<QPushButton*>(QStringLiteral("exportCsvButton"));
    while (painted.at < 0 || !csv->isEnabled()) {
        if (timer.elapsed() > 120000) {
            err << "careu_dashboard_bench: the dashboard never finished reading" << Qt::endl;
            return 1;
        }
        QTest::qWait(1);
    }
    QTextStream(stdout) << painted.at << ' ' << timer.elapsed() << Qt::endl;
    return 0;
}
