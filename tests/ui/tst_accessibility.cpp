#include "Gui.h"
#include "ScreenTour.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>
#include <QtTest>

using namespace careu;

// What a screen reader reads: on every role's screens, every control a person can focus is in
// the accessibility tree with a name and the role of what it is (an answer among answers is a
// radio button, not a check box).
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};

    static bool focusable(const QWidget* widget)
    {
        // The editor inside a date field or combo box is part of it, not a control of its own; a
        // widget that hands its focus on (a view's viewport, a tab widget) is read as the one it
        // hands it to.
        const QWidget* parent = widget->parentWidget();
        return widget->focusPolicy() != Qt::NoFocus && widget->isEnabled() && !widget->focusProxy() &&
               !(parent && (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)));
    }

    // The roles a control of this kind may have; empty: any.
    static QList<QAccessible::Role> expectedRoles(const QWidget* widget)
    {
        if (qobject_cast<const QRadioButton*>(widget))
            return {QAccessible::RadioButton};
        if (qobject_cast<const QCheckBox*>(widget))
            return {QAccessible::CheckBox};
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            if (!button->isCheckable())
                return {QAccessible::Button, QAccessible::ButtonMenu};
            const bool oneOfMany = (button->group() && button->group()->exclusive()) || button->autoExclusive();
            return oneOfMany ? QList<QAccessible::Role>{QAccessible::RadioButton}
                             : QList<QAccessible::Role>{QAccessible::CheckBox, QAccessible::Button};
        }
        if (qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget) ||
            qobject_cast<const QTextEdit*>(widget))
            return {QAccessible::EditableText, QAccessible::StaticText};
        if (qobject_cast<const QComboBox*>(widget))
            return {QAccessible::ComboBox};
        if (qobject_cast<const QAbstractSpinBox*>(widget))
            return {QAccessible::SpinBox};
        if (qobject_cast<const QTableView*>(widget))
            return {QAccessible::Table};
        if (qobject_cast<const QListView*>(widget))
            return {QAccessible::List};
        if (qobject_cast<const QTabBar*>(widget))
            return {QAccessible::PageTabList};
        return {};
    }

    static QString describe(const QWidget* widget)
    {
        const QWidget* parent = widget->parentWidget();
        return QStringLiteral("%1 %2 (in %3 %4)")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                 parent ? QString::fromLatin1(parent->metaObject()->className()) : QString(),
                 parent ? parent->objectName() : QString());
    }

    // Walks the accessibility tree from the window; returns the problems and the controls seen.
    static void walk(QAccessibleInterface* node, const QString& screen, QStringList* problems,
                     QSet<const QWidget*>* seen)
    {
        if (!node || node->state().invisible)
            return;
        const auto* widget = qobject_cast<const QWidget*>(node->object());
        if (widget && node->state().focusable && !seen->contains(widget)) {
            seen->insert(widget);
            if (node->text(QAccessible::Name).trimmed().isEmpty())
                problems->append(QStringLiteral("%1: %2 has no name").arg(screen, describe(widget)));
            const QList<QAccessible::Role> roles = expectedRoles(widget);
            if (!roles.isEmpty() && !roles.contains(node->role()))
                problems->append(QStringLiteral("%1: %2 \"%3\" has role %4, not %5")
                                     .arg(screen, describe(widget), node->text(QAccessible::Name))
                                     .arg(node->role())
                                     .arg(roles.first()));
        }
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), screen, problems, seen);
    }

    static QStringList check(QWidget* window, const QString& screen)
    {
        QStringList problems;
        QSet<const QWidget*> seen;
        walk(QAccessible::queryAccessibleInterface(window), screen, &problems, &seen);
        for (QWidget* widget : window->findChildren<QWidget*>()) {
            if (widget->isVisible() && focusable(widget) && !seen.contains(widget))
                problems.append(QStringLiteral("%1: %2 is not in the accessibility tree").arg(screen, describe(widget)));
        }
        return problems;
    }

private slots:
    void initTestCase() { ui::applyStyle(); }

    void everyControlHasANameAndItsRole_data()
    {
        QTest::addColumn<int>("who"); // -1: the sign-in screen
        QTest::addRow("sign-in") << -1;
        for (const auto who : {ScreenTour::Who::Learner, ScreenTour::Who::Mentor, ScreenTour::Who::Coach,
                               ScreenTour::Who::Manager})
            QTest::addRow("%s", qPrintable(ScreenTour::name(who))) << static_cast<int>(who);
    }

    void everyControlHasANameAndItsRole()
    {
        QFETCH(int, who);
        ScreenTour tour(m_clock);
        tour.seed();
        QStringList problems;
        int screens = 0;
        const auto look = [&](const QString& screen) {
            ++screens;
            problems += check(tour.app().window(), screen);
        };
        if (who < 0)
            tour.signInScreen(look);
        else
            tour.visit(static_cast<ScreenTour::Who>(who), look);
        QVERIFY(screens > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
