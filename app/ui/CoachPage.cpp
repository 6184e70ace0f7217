#include "CoachPage.h"

#include "AppServices.h"
#include "Widgets.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace careu::ui {

CoachPage::CoachPage(AppServices& services, QWidget* parent) : ScrollPage(parent), m_services(services) {}

void CoachPage::showFor(const Person& coach, const QString& message, bool problem)
{
    QString error;
    QVBoxLayout* layout = nullptr;
    QWidget* content = startContent(&layout, tr("COACHING"), tr("Your graduates"));
    addStatus(layout, message, problem, QStringLiteral("coachStatus"));

    auto coaching = m_services.coaching();
    const QDateTime now = m_services.clock.now();
    int shown = 0;
    for (const Person& person : m_services.people.active(&error)) {
        if (person.coachId != coach.id || !coaching)
            continue;
        const QDateTime graduated =
            m_services.signOffs.graduatedAt(person.id, m_services.catalog.courses(), &error);
        auto* card = makeCard(content);
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(22, 18, 22, 18);
        cardLayout->addWidget(makeLabel(person.name, "sectionTitle"));
        ++shown;
        if (!graduated.isValid()) {
            cardLayout->addWidget(makeLabel(
                tr("Not graduated yet: refreshers start when both courses are signed off."), "muted"));
            layout->addWidget(card);
            continue;
        }
        cardLayout->addWidget(makeLabel(
            tr("Graduated %1.").arg(QLocale().toString(graduated.toLocalTime().date(), QLocale::LongFormat)),
            "muted"));
        for (const Refresher& refresher : coaching->refreshers(person.id, graduated, &error)) {
            const QString due = shortDate(refresher.due);
            QString line = tr("%1 · day %2 · %3 · due %4")
                               .arg(refresher.number)
                               .arg(refresher.days)
                               .arg(refresher.pillar->title, due);
            if (refresher.done)
                line += tr(" · checked in %1: %2").arg(shortDate(refresher.doneAt), refresher.note);
            auto* label = makeLabel(line, refresher.isDue(now) ? "lead" : "muted");
            label->setObjectName(QStringLiteral("refresher_%1_%2").arg(person.id).arg(refresher.number));
            cardLayout->addWidget(label);
            if (!refresher.isDue(now))
                continue;
            auto* row = new QHBoxLayout;
            auto* note = new QLineEdit(card);
            note->setObjectName(QStringLiteral("checkInNote_%1_%2").arg(person.id).arg(refresher.number));
            note->setPlaceholderText(tr("What you talked about and what you saw"));
            row->addWidget(note, 1);
            auto* checkIn = makePrimaryButton(tr("Check in"), card);
            checkIn->setObjectName(QStringLiteral("checkIn_%1_%2").arg(person.id).arg(refresher.number));
            row->addWidget(checkIn);
            cardLayout->addLayout(row);
            const Person graduate = person;
            const Person self = coach;
            const int number = refresher.number;
            connect(checkIn, &QPushButton::clicked, this, [this, self, graduate, graduated, number, note] {
                QString checkInError;
                auto coachingNow = m_services.coaching();
                const bool ok = coachingNow && coachingNow->checkIn(self, graduate, graduated, number,
                                                                    note->text(), &checkInError);
                showFor(self,
                        ok ? tr("Check-in %1 with %2 recorded.").arg(number).arg(graduate.name)
                           : checkInError,
                        !ok);
            });
        }
        layout->addWidget(card);
    }
    if (shown == 0)
        layout->addWidget(
            makeLabel(tr("Nobody has you as their coach yet. A manager assigns coaches."), "muted"));
    if (!error.isEmpty())
        layout->addWidget(makeLabel(error, "error"));
    layout->addStretch(1);
    setContent(content);
}

} // namespace careu::ui
