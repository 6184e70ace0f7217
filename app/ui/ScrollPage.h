#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace careu::ui {

// A page rebuilt from what is stored each time it is shown: a scroll area whose content is
// replaced whole. Subclasses build the content with startContent() and hand it to setContent().
class ScrollPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScrollPage(QWidget* parent = nullptr);

protected:
    // A fresh content widget with the usual margins; eyebrow and title when given.
    QWidget* startContent(QVBoxLayout** layout, const QString& eyebrow = QString(),
                          const QString& title = QString());
    // A status line under the title: a problem in red, otherwise good news in green; hidden when empty.
    static QLabel* addStatus(QVBoxLayout* layout, const QString& message, bool problem,
                             const QString& objectName);
    // Shows problem on a status line of addStatus() without rebuilding the page, so that what the
    // person chose and typed stays as it was, to correct.
    void showProblem(QLabel* status, const QString& problem);
    void setContent(QWidget* content);
    // Scrolls the page until widget (on it, just shown) is in sight, once the layout has placed it.
    void bringIntoView(QWidget* widget);

private:
    QScrollArea* m_scroll;
};

} // namespace careu::ui
