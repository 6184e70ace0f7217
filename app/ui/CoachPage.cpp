#include "CoachPage.h"

#include "AppServices.h"
#include "Widgets.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace careu::ui {

namespace {
// What the graduate answered at a refresher they have taken, question by question, and how the
// replay went: what the coach talks through at the check-in.
void addAnswers(QVBoxLayout* layout, const Refresher& refresher, const Catalog& catalog, const QString& names)
{
    const QVector<AskedQuestion>& questions = refresher.progress.questions;
    for (int i = 0; i < questions.size(); ++i) {
        const AskedQuestion& asked = questions.at(i);
        const Lesson* lesson = refresher.course->lesson(asked.lessonId);
        const Question* question = lesson ? lesson->question(asked.questionId) : nullptr;
        const Choice* chosen = question ? question->choice(asked.choiceId) : nullptr;
        const Choice* answer = question ? question->choice(question->answer) : nullptr;
        QString text;
        if (!chosen || !answer)
            text = CoachPage::tr("%1. A question the course no longer has.").arg(i + 1);
        else if (asked.correct)
            text = CoachPage::tr("✓ %1\nAnswered: %2").arg(question->prompt, chosen->text);
        else
            text = CoachPage::tr("✗ %1\nAnswered: %2\nThe answer: %3")
                       .arg(question->prompt, chosen->text, answer->text);
        auto* label = makeLabel(text, "feedback");
        label->setObjectName(QStringLiteral("%1_answer_%2").arg(names).arg(i));
        label->setProperty("verdict", asked.correct ? QStringLiteral("right") : QStringLiteral("wrong"));
        layout->addWidget(label);
    }
    const Scenario* scenario = catalog.scenario(refresher.progress.scenarioId);
    if (!scenario || !refresher.progress.replayTotal)
        return;
    const ScenarioNode* end = scenario->node(refresher.progress.replayEndingId);
    auto* replay = makeLabel(end && end->ending ? CoachPage::tr("Replayed %1: a total of %2, ending “%3”.")
                                                      .arg(scenario->title)
                                                      .arg(*refresher.progress.replayTotal)
                                                      .arg(end->ending->title)
                                                : CoachPage::tr("Replayed %1: a total of %2.")
                                                      .arg(scenario->title)
                                                      .arg(*refresher.progress.replayTotal),
                             "muted");
    replay->setObjectName(names + QStringLiteral("_replay"));
    layout->addWidget(replay);
}
} // namespace

CoachPage::CoachPage(AppServices& services, QWidget* parent) : ScrollPage(parent), m_services(services) {}

void CoachPage::showFor(const Person& coach, const QString& message, bool problem)
{
    QString error;
    QVBoxLayout* layout = nullptr;
    QWidget* content = startContent(&layout, tr("COACHING"), tr("Your graduates"));
    m_status = addStatus(layout, message, problem, QStringLiteral("coachStatus"));

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
            const QString names = QStringLiteral("refresher_%1_%2").arg(person.id).arg(refresher.number);
            QString line = tr("%1 · day %2 · %3 · due %4")
                               .arg(refresher.number)
                               .arg(refresher.days)
                               .arg(refresher.pillar->title, due);
            if (refresher.taken())
                line += tr(" · %1 of %2 right")
                            .arg(refresher.progress.rightCount())
                            .arg(refresher.progress.questions.size());
            if (refresher.done)
                line += tr(" · checked in %1: %2").arg(shortDate(refresher.doneAt), refresher.note);
            auto* label = makeLabel(line, refresher.isDue(now) ? "lead" : "muted");
            label->setObjectName(names);
            cardLayout->addWidget(label);
            if (!refresher.isDue(now))
                continue;
            if (!refresher.taken()) {
                int answered = 0;
                for (const AskedQuestion& question : refresher.progress.questions)
                    answered += question.answered();
                auto* waiting =
                    makeLabel(tr("Waiting for %1 to take it: %2, %3. You can check in once they have.")
                                  .arg(person.name,
                                       tr("%1 of %n questions answered", "",
                                          static_cast<int>(refresher.progress.questions.size()))
                                           .arg(answered),
                                       refresher.progress.attemptId ? tr("role-play replayed")
                                                                    : tr("role-play not replayed yet")),
                              "muted");
                waiting->setObjectName(names + QStringLiteral("_waiting"));
                cardLayout->addWidget(waiting);
                continue;
            }
            addAnswers(cardLayout, refresher, m_services.catalog, names);
            auto* row = new QHBoxLayout;
            auto* note = new QLineEdit(card);
            note->setObjectName(QStringLiteral("checkInNote_%1_%2").arg(person.id).arg(refresher.number));
            note->setPlaceholderText(tr("What you talked about and what you saw"));
            note->setAccessibleName(tr("Check-in %1 with %2: what you talked about and what you saw")
                                        .arg(refresher.number)
                                        .arg(person.name));
            row->addWidget(note, 1);
            auto* checkIn = makePrimaryButton(tr("Check in"), card);
            checkIn->setObjectName(QStringLiteral("checkIn_%1_%2").arg(person.id).arg(refresher.number));
            row->addWidget(checkIn);
            cardLayout->addLayout(row);
            connect(note, &QLineEdit::returnPressed, checkIn, &QPushButton::click);
            const Person graduate = person;
            const Person self = coach;
            const int number = refresher.number;
            connect(checkIn, &QPushButton::clicked, this, [this, self, graduate, graduated, number, note] {
                QString checkInError;
                auto coachingNow = m_services.coaching();
                const bool ok = coachingNow && coachingNow->checkIn(self, graduate, graduated, number,
                                                                    note->text(), &checkInError);
                if (ok)
                    showFor(self, tr("Check-in %1 with %2 recorded.").arg(number).arg(graduate.name));
                else
                    showProblem(m_status, checkInError);
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
