#include "Gui.h"

#include <QtTest>

// What the app shows a desktop before any screen: its icon, compiled in, at every size the
// desktop asks for.
class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void appIconRenders_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 32, 256})
            QTest::addRow("%dpx", size) << size;
    }

    void appIconRenders()
    {
        QFETCH(int, size);
        const QPixmap pixmap = careu::ui::appIcon().pixmap(size);
        QCOMPARE(pixmap.size(), QSize(size, size));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
