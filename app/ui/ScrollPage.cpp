#include "ScrollPage.h"

#include "Widgets.h"

#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace careu::ui {

ScrollPage::ScrollPage(QWidget* parent) : QWidget(parent), m_scroll(new QScrollArea(this))
{
    setProperty("role", QStringLiteral("page"));
    m_scroll->setWidgetResizable(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

QWidget* ScrollPage::startContent(QVBoxLayout** layout, const QString& eyebrow, const QString& title)
{
    auto* content = new QWidget;
    content->setProperty("role", QStringLiteral("page"));
    *layout = new QVBoxLayout(content);
    (*layout)->setContentsMargins(40, 28, 40, 28);
    (*layout)->setSpacing(18);
    if (!eyebrow.isEmpty())
        (*layout)->addWidget(makeLabel(eyebrow, "eyebrow"));
    if (!title.isEmpty())
        (*layout)->addWidget(makeLabel(title, "pageTitle"));
    return content;
}

QLabel* ScrollPage::addStatus(QVBoxLayout* layout, const QString& message, bool problem,
                              const QString& objectName)
{
    auto* status = makeLabel(message, problem ? "error" : "success");
    status->setObjectName(objectName);
    status->setVisible(!message.isEmpty());
    layout->addWidget(status);
    return status;
}

void ScrollPage::showProblem(QLabel* status, const QString& problem)
{
    status->setText(problem);
    status->setProperty("role", QStringLiteral("error"));
    repolish(status);
    status->show();
    bringIntoView(status);
}

void ScrollPage::bringIntoView(QWidget* widget)
{
    QTimer::singleShot(0, widget, [this, widget] { m_scroll->ensureWidgetVisible(widget); });
}

void ScrollPage::setContent(QWidget* content)
{
    // Later, not now: the page is often rebuilt from a signal of a field on it (Enter in a line
    // edit), which is still handling its key press.
    if (QWidget* old = m_scroll->takeWidget())
        old->deleteLater();
    m_scroll->setWidget(content);
    // A screen reader names the page by its title, else by the line above where the title goes.
    QString name;
    for (const QLabel* label : content->findChildren<QLabel*>()) {
        const QString role = label->property("role").toString();
        if (role == QLatin1String("pageTitle")) {
            name = label->text();
            break;
        }
        if (role == QLatin1String("eyebrow") && name.isEmpty())
            name = label->text();
    }
    m_scroll->setAccessibleName(name);
}

} // namespace careu::ui
