#pragma once

#include <QCoreApplication>
#include <QTabWidget>

namespace careu::test {

// The index of the home tab titled english, in the language in use (with its count, if it shows
// one: "Mentoring (2)"); -1 when there is none.
inline int homeTabIndex(const QTabWidget* tabs, const char* english)
{
    const QString title = QCoreApplication::translate("careu::ui::HomeTabs", english);
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        if (tabs->tabText(i) == title || tabs->tabText(i).startsWith(title + QStringLiteral(" (")))
            return i;
    }
    return -1;
}

} // namespace careu::test
