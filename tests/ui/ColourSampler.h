#pragma once

#include "Theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>
#include <QtTest>

// Reads text contrast off the screen as a person sees it: a widget's region of a grab of its
// window, the background its most common colour and the text the pixel that stands out most
// from it (antialiasing only lowers that, so a pass is never flattered). WCAG AA asks 4.5:1.
class ColourSampler
{
public:
    static constexpr double Minimum = 4.5;

    explicit ColourSampler(QStringList* failures) : m_failures(failures) {}

    // How many regions with text were measured.
    int checked() const { return m_checked; }

    // Every text-bearing widget showing in the window, then each combo box's pop-up list.
    void screen(QWidget* window, const QString& screen)
    {
        m_screen = screen;
        const QImage shot = window->grab().toImage();
        const QList<QWidget*> widgets = window->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!widget->isVisible() || !widget->isEnabled() || widget->window() != window)
                continue;
            const QPoint origin = widget->mapTo(window, QPoint(0, 0));
            const QRect visible = widget->visibleRegion().boundingRect().translated(origin);
            const auto region = [&](const QRect& local) { return local.translated(origin) & visible; };
            const QString what = describe(widget);
            if (auto* label = qobject_cast<QLabel*>(widget); label && !label->text().trimmed().isEmpty()) {
                check(shot, region(label->contentsRect()), what);
            } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(shot, region(tabs->tabRect(i)), what + QStringLiteral(" tab ") + tabs->tabText(i));
            } else if (auto* button = qobject_cast<QAbstractButton*>(widget); button && !button->text().isEmpty()) {
                check(shot, region(button->rect().adjusted(3, 3, -3, -3)), what);
            } else if (auto* edit = qobject_cast<QLineEdit*>(widget);
                       edit && !(edit->text().isEmpty() && edit->placeholderText().isEmpty()) &&
                       !qobject_cast<QAbstractSpinBox*>(edit->parentWidget()) &&
                       !qobject_cast<QComboBox*>(edit->parentWidget())) {
                check(shot, region(edit->rect().adjusted(3, 3, -3, -3)), what);
            } else if (qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)) {
                check(shot, region(widget->rect().adjusted(3, 3, -3, -3)), what);
            } else if (auto* header = qobject_cast<QHeaderView*>(widget)) {
                for (int i = 0; i < header->count(); ++i) {
                    const int at = header->sectionViewportPosition(i);
                    const QRect section = header->orientation() == Qt::Horizontal
                                              ? QRect(at, 0, header->sectionSize(i), header->height())
                                              : QRect(0, at, header->width(), header->sectionSize(i));
                    check(shot, region(section.adjusted(2, 2, -2, -2)), what + QStringLiteral(" section %1").arg(i));
                }
            } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
                rows(shot, view, origin + view->viewport()->pos(), visible, what);
            } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget); plain && !plain->toPlainText().isEmpty()) {
                check(shot, region(plain->viewport()->geometry().adjusted(4, 4, -4, -4)), what);
            }
        }
        for (QComboBox* combo : window->findChildren<QComboBox*>()) {
            if (combo->isVisible() && combo->isEnabled() && combo->count() > 0)
                popup(combo);
        }
    }

    // The window's menus, each opened as a click on the menu bar would.
    void menus(QMainWindow* window)
    {
        m_screen = QStringLiteral("menus");
        for (QAction* action : window->menuBar()->actions()) {
            QMenu* menu = action->menu();
            if (!menu)
                continue;
            menu->popup(window->mapToGlobal(window->menuBar()->actionGeometry(action).bottomLeft()));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            const QImage shot = menu->grab().toImage();
            for (QAction* item : menu->actions()) {
                if (!item->isSeparator() && item->isEnabled())
                    check(shot, menu->actionGeometry(item).adjusted(2, 2, -2, -2),
                          QStringLiteral("menu item ") + item->text());
            }
            menu->hide();
        }
    }

    static QString describe(const QWidget* widget)
    {
        QString text;
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            text = label->text();
        else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            text = button->text();
        return QStringLiteral("%1 %2 \"%3\"")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text.left(40));
    }

private:
    void rows(const QImage& shot, QAbstractItemView* view, const QPoint& viewportOrigin, const QRect& visible,
              const QString& what)
    {
        const QAbstractItemModel* model = view->model();
        for (int row = 0; model && row < std::min(model->rowCount(view->rootIndex()), 4); ++row) {
            for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
                const QModelIndex index = model->index(row, column, view->rootIndex());
                if (index.data().toString().trimmed().isEmpty())
                    continue;
                const QRect cell = view->visualRect(index).adjusted(2, 2, -2, -2).translated(viewportOrigin);
                check(shot, cell & visible, what + QStringLiteral(" cell %1,%2").arg(row).arg(column));
            }
        }
    }

    void popup(QComboBox* combo)
    {
        combo->showPopup();
        QAbstractItemView* view = combo->view();
        QWidget* list = view->window();
        QVERIFY(QTest::qWaitForWindowExposed(list));
        const QImage shot = list->grab().toImage();
        rows(shot, view, view->viewport()->mapTo(list, QPoint(0, 0)), list->rect(),
             QStringLiteral("pop-up of ") + describe(combo));
        combo->hidePopup();
    }

    void check(const QImage& shot, const QRect& region, const QString& what)
    {
        const QRect area = region & shot.rect();
        if (area.width() < 2 || area.height() < 2)
            return;
        QHash<QRgb, int> counts;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x)
                ++counts[shot.pixel(x, y) | 0xff000000];
        }
        QRgb background = 0;
        int most = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                background = it.key();
            }
        }
        double best = 1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            best = std::max(best, careu::ui::Theme::contrast(QColor(it.key()), QColor(background)));
        if (counts.size() == 1)
            return; // nothing drawn on it: the text is elsewhere or scrolled away
        ++m_checked;
        if (best < Minimum)
            m_failures->append(QStringLiteral("%1: %2: %3:1 on %4")
                                   .arg(m_screen, what)
                                   .arg(best, 0, 'f', 2)
                                   .arg(QColor(background).name()));
    }

    QStringList* m_failures;
    QString m_screen;
    int m_checked = 0;
};
