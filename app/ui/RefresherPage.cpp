#include "RefresherPage.h"

#include "AppServices.h"
#include "QuestionCard.h"
#include "Widgets.h"
#include "content/ChoiceOrder.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace careu::ui {

RefresherPage::RefresherPage(AppServices& services, QWidget* parent)
    : ScrollPage(parent), m_services(services)
{
}

RefresherPage::~RefresherPage() = default;

bool RefresherPage::open(const Person& graduate, int number, QString* error)
{
    auto session = m_services.refresherSession(graduate, number, error);
    if (!session || !session->open(error))
        return false;
    m_session.reset();
    m_session.emplace(std::move(*session));
    build();
    return true;
}

void RefresherPage::refresh()
{
    if (!m_session)
        return;
    QString error;
    build(m_session->takeReplay(&error) ? QString() : tr("Your replay could not be counted: %1").arg(error));
}

void RefresherPage::build(const QString& problem)
{
    const Refresher& refresher = m_session->refresher();
    const QVector<AskedQuestion>& questions = refresher.progress.questions;
    QVBoxLayout* layout = nullptr;
    QWidget* content = startContent(&layout);
    auto* top = new QHBoxLayout;
    auto* back = new QPushButton(tr("← &Back"), content);
    back->setObjectName(QStringLiteral("refresherBackButton"));
    connect(back, &QPushButton::clicked, this, &RefresherPage::closed);
    top->addWidget(back);
    top->addStretch(1);
    layout->addLayout(top);
    layout->addWidget(makeLabel(
        tr("REFRESHER %1 · DAY %2 AFTER GRADUATION").arg(refresher.number).arg(refresher.days), "eyebrow"));
    auto* title = makeLabel(tr("%1, again").arg(refresher.pillar->title), "pageTitle");
    title->setObjectName(QStringLiteral("refresherTitle"));
    layout->addWidget(title);
    layout->addWidget(
        makeLabel(tr("People need reminding more than instructing. Answer from memory, one try "
                     "each, then replay a role-play. Your coach sees your answers and talks them "
                     "through with you."),
                  "muted"));
    addStatus(layout, problem, true, QStringLiteral("refresherStatus"));

    m_cards.clear();
    for (int i = 0; i < questions.size(); ++i) {
        const Question* question = m_session->question(i);
        if (!question) {
            m_cards.append(nullptr);
            layout->addWidget(makeLabel(
                tr("Question %1 is no longer in the course, so it does not count.").arg(i + 1), "muted"));
            continue;
        }
        const Lesson& lesson = *m_session->lesson(i);
        auto* card = new QuestionCard(
            *question,
            ChoiceOrder::of(m_session->graduate().uid, m_session->course().id, lesson.id, *question),
            tr("QUESTION %1 OF %2 · %3").arg(i + 1).arg(questions.size()).arg(lesson.title.toUpper()),
            QStringLiteral("refresher%1").arg(i), content);
        card->showVerdict(questions.at(i).choiceId, true);
        connect(card, &QuestionCard::chosen, this,
                [this, i](const QString& choiceId) { choose(i, choiceId); });
        m_cards.append(card);
        layout->addWidget(card);
    }
    m_answered = makeLabel(QString(), "muted");
    m_answered->setObjectName(QStringLiteral("refresherAnswered"));
    layout->addWidget(m_answered);

    m_replay = nullptr;
    m_replayResult = nullptr;
    if (const Scenario* scenario = m_services.catalog.scenario(refresher.progress.scenarioId)) {
        auto* card = makeCard(content);
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(20, 16, 20, 16);
        cardLayout->setSpacing(8);
        cardLayout->addWidget(makeLabel(tr("THEN, A ROLE-PLAY"), "eyebrow"));
        cardLayout->addWidget(makeLabel(scenario->title, "sectionTitle"));
        cardLayout->addWidget(makeLabel(scenario->summary, "muted"));
        m_replayResult = makeLabel(QString(), "lead");
        m_replayResult->setObjectName(QStringLiteral("refresherReplayResult"));
        cardLayout->addWidget(m_replayResult);
        m_replay = makePrimaryButton(tr("▶  Replay %1").arg(scenario->title), card);
        m_replay->setObjectName(QStringLiteral("refresherReplayButton"));
        const QString id = scenario->id;
        connect(m_replay, &QPushButton::clicked, this, [this, id] { emit rolePlayRequested(id); });
        cardLayout->addWidget(m_replay, 0, Qt::AlignLeft);
        layout->addWidget(card);
    }
    m_done = makeLabel(QString(), "success");
    m_done->setObjectName(QStringLiteral("refresherDone"));
    layout->addWidget(m_done);
    layout->addStretch(1);
    setContent(content);
    updateState();
}

void RefresherPage::choose(int index, const QString& choiceId)
{
    QString error;
    if (!m_session->answer(index, choiceId, &error)) {
        m_cards.at(index)->showProblem(tr("Your answer could not be saved: %1").arg(error));
        return;
    }
    m_cards.at(index)->showVerdict(choiceId, true);
    updateState();
}

void RefresherPage::updateState()
{
    const Refresher& refresher = m_session->refresher();
    int answered = 0;
    for (const AskedQuestion& question : refresher.progress.questions)
        answered += question.answered();
    const int asked = static_cast<int>(refresher.progress.questions.size());
    m_answered->setText(
        m_session->allAnswered()
            ? tr("%1 of %2 right at the first try.").arg(refresher.progress.rightCount()).arg(asked)
            : tr("%1 of %2 answered.").arg(answered).arg(asked));
    if (m_replay) {
        m_replay->setEnabled(m_session->allAnswered() && !refresher.done);
        m_replay->setToolTip(m_session->allAnswered() ? QString() : tr("Answer the questions first."));
        m_replayResult->setVisible(m_session->replayed());
        if (const auto total = refresher.progress.replayTotal)
            m_replayResult->setText(
                tr("Replayed: a total of %1. Play it again whenever you like.").arg(*total));
    }
    QString done;
    if (refresher.done)
        done = tr("✓ Your coach checked in on %1: “%2”").arg(shortDate(refresher.doneAt), refresher.note);
    else if (refresher.taken())
        done = tr("✓ Refresher taken. Your coach will check in with you to talk it through.");
    m_done->setText(done);
    m_done->setVisible(!done.isEmpty());
}

} // namespace careu::ui
