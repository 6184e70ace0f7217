#include "RolePlayPage.h"

#include "ChoiceButton.h"
#include "DebriefView.h"
#include "RolePlayText.h"
#include "Widgets.h"
#include "content/Content.h"
#include "roleplay/RolePlaySession.h"
#include "store/SettingsStore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace careu::ui {

namespace {
const QString FeedbackSetting = QStringLiteral("roleplay/feedback_after_each_choice");

void clear(QVBoxLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
} // namespace

RolePlayPage::RolePlayPage(AttemptStore& attempts, SettingsStore& settings, const Clock& clock,
                           QWidget* parent)
    : QWidget(parent), m_attempts(attempts), m_settings(settings), m_clock(clock)
{
    setProperty("role", QStringLiteral("page"));
    auto* column = new QWidget(this);
    column->setMaximumWidth(980);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 20, 0, 16);
    layout->setSpacing(10);

    auto* top = new QHBoxLayout;
    auto* back = new QPushButton(tr("← &Back"), column);
    back->setObjectName(QStringLiteral("rolePlayBackButton"));
    connect(back, &QPushButton::clicked, this, &RolePlayPage::closed);
    top->addWidget(back);
    top->addStretch(1);
    layout->addLayout(top);
    m_eyebrow = makeLabel(QString(), "eyebrow");
    layout->addWidget(m_eyebrow);
    m_title = makeLabel(QString(), "pageTitle");
    m_title->setObjectName(QStringLiteral("rolePlayTitle"));
    layout->addWidget(m_title);
    m_role = makeLabel(QString(), "muted");
    layout->addWidget(m_role);
    m_problem = makeLabel(QString(), "error");
    m_problem->setObjectName(QStringLiteral("rolePlayProblem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_stack = new QStackedWidget(column);
    m_stack->addWidget(buildIntro());
    m_stack->addWidget(buildScene());
    m_debrief = new DebriefView(m_stack);
    m_stack->addWidget(m_debrief);
    layout->addWidget(m_stack, 1);
    connect(m_debrief, &DebriefView::doneRequested, this, &RolePlayPage::closed);
    connect(m_debrief, &DebriefView::playAgainRequested, this, [this] {
        m_problem->hide();
        m_stack->setCurrentIndex(0);
    });

    for (int i = 0; i < MaxChoices; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::Key_1 + i), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (m_stack->currentIndex() == 1 && m_choiceButtons.at(static_cast<size_t>(i))->isVisible())
                choose(i);
        });
    }

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 0, 32, 0);
    outer->addWidget(column, 1);
}

RolePlayPage::~RolePlayPage() = default;

QWidget* RolePlayPage::buildIntro()
{
    auto* intro = new QWidget;
    auto* layout = new QVBoxLayout(intro);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(14);
    auto* card = makeCard(intro);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(22, 18, 22, 18);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(makeLabel(tr("THE SITUATION"), "eyebrow"));
    m_summary = makeLabel(QString(), "lead");
    m_summary->setObjectName(QStringLiteral("rolePlaySummary"));
    cardLayout->addWidget(m_summary);
    cardLayout->addWidget(
        makeLabel(tr("There is no timer. Choose what you would really do on a busy day, not what "
                     "sounds best: the debrief is more useful that way."),
                  "muted"));
    m_feedbackToggle = new QCheckBox(tr("Show short feedback after each choice (practice). Untick to play it "
                                        "as an assessment and see everything at the end."),
                                     card);
    m_feedbackToggle->setObjectName(QStringLiteral("feedbackToggle"));
    cardLayout->addWidget(m_feedbackToggle);
    auto* start = makePrimaryButton(tr("&Start the role-play"), card);
    start->setObjectName(QStringLiteral("startRolePlayButton"));
    connect(start, &QPushButton::clicked, this, &RolePlayPage::start);
    cardLayout->addWidget(start, 0, Qt::AlignRight);
    layout->addWidget(card);
    layout->addStretch(1);
    return intro;
}

QWidget* RolePlayPage::buildScene()
{
    auto* scene = new QWidget;
    auto* layout = new QVBoxLayout(scene);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_transcriptScroll = new QScrollArea(scene);
    m_transcriptScroll->setWidgetResizable(true);
    m_transcriptScroll->setAccessibleName(tr("The scene so far"));
    auto* transcript = new QWidget;
    transcript->setProperty("role", QStringLiteral("page"));
    m_transcript = new QVBoxLayout(transcript);
    m_transcript->setContentsMargins(0, 0, 8, 0);
    m_transcript->setSpacing(10);
    m_transcriptScroll->setWidget(transcript);
    layout->addWidget(m_transcriptScroll, 1);

    for (int i = 0; i < MaxChoices; ++i) {
        auto* button = new ChoiceButton(scene);
        button->setObjectName(QStringLiteral("rolePlayChoice_%1").arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, i] { choose(i); });
        layout->addWidget(button);
        m_choiceButtons.at(static_cast<size_t>(i)) = button;
    }
    auto* footer = new QHBoxLayout;
    m_mode = makeLabel(QString(), "muted");
    footer->addWidget(m_mode, 1);
    auto* startOver = new QPushButton(tr("Start &over"), scene);
    startOver->setObjectName(QStringLiteral("startOverButton"));
    connect(startOver, &QPushButton::clicked, this, &RolePlayPage::restart);
    footer->addWidget(startOver);
    layout->addLayout(footer);
    return scene;
}

bool RolePlayPage::open(qint64 personId, const Course& course, const Scenario& scenario, QString* error)
{
    m_personId = personId;
    m_course = &course;
    m_scenario = &scenario;
    QStringList pillars;
    for (const Pillar& pillar : course.pillars)
        pillars.append(pillar.id);
    m_best = ScenarioAnalysis::analyse(scenario, pillars).best;
    m_session = std::make_unique<RolePlaySession>(m_attempts, m_clock, personId, scenario);
    m_eyebrow->setText(tr("ROLE-PLAY · %1").arg(Course::shortTitle(course.title).toUpper()));
    m_title->setText(scenario.title);
    m_role->setText(scenario.role);
    m_summary->setText(scenario.summary);
    m_feedbackToggle->setChecked(m_settings.value(FeedbackSetting) != QLatin1String("0"));
    m_problem->hide();

    QString readError;
    const bool resumable = m_attempts.unfinished(personId, scenario.id, &readError).has_value();
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    if (resumable) {
        if (!m_session->open(false, error))
            return false;
        if (!m_session->notice().isEmpty())
            showProblem(m_session->notice());
        render();
    } else {
        m_stack->setCurrentIndex(0);
    }
    return true;
}

void RolePlayPage::start()
{
    const bool feedback = m_feedbackToggle->isChecked();
    QString error;
    if (!m_settings.setValue(FeedbackSetting, feedback ? QStringLiteral("1") : QStringLiteral("0"), &error))
        qWarning("careu: the feedback setting was not remembered: %s", qPrintable(error));
    const bool started =
        m_session->hasAttempt() ? m_session->restart(!feedback, &error) : m_session->open(!feedback, &error);
    if (!started) {
        showProblem(tr("The role-play could not start: %1").arg(error));
        return;
    }
    m_problem->hide();
    render();
}

void RolePlayPage::restart()
{
    QString error;
    if (!m_session->restart(m_session->assessment(), &error)) {
        showProblem(tr("The role-play could not start again: %1").arg(error));
        return;
    }
    m_problem->hide();
    render();
}

void RolePlayPage::choose(int index)
{
    const auto offered = m_session->presentedChoices();
    if (index >= offered.size())
        return;
    QString error;
    if (!m_session->choose(offered.at(index)->id, &error)) {
        showProblem(tr("Your choice could not be saved, so the scene has not moved on: %1").arg(error));
        return;
    }
    m_problem->hide();
    render();
}

void RolePlayPage::showProblem(const QString& error)
{
    m_problem->setText(error);
    m_problem->show();
}

void RolePlayPage::render()
{
    const RolePlay& play = m_session->play();
    if (play.finished()) {
        m_debrief->showResult(*m_course, play, m_best);
        m_stack->setCurrentIndex(2);
        return;
    }
    m_stack->setCurrentIndex(1);
    clear(m_transcript);
    const auto line = [this](const ScenarioNode& node, const char* role) {
        auto* label = makeLabel(QStringLiteral("%1: %2").arg(node.speaker, node.text), role);
        m_transcript->addWidget(label);
        return label;
    };
    for (const RolePlayStep& step : play.path()) {
        const ScenarioNode& node = *m_scenario->node(step.nodeId);
        const ScenarioChoice& choice = *node.choice(step.choiceId);
        line(node, "muted");
        m_transcript->addWidget(makeLabel(tr("You: %1").arg(choice.text), "choiceTaken"));
        if (!m_session->assessment()) {
            auto* feedback = makeLabel(
                QStringLiteral("%1  (%2)").arg(choice.feedback, pointsText(*m_course, choice.points)),
                "feedback");
            feedback->setProperty("verdict",
                                  choice.total() > 0 ? QStringLiteral("right") : QStringLiteral("wrong"));
            m_transcript->addWidget(feedback);
        }
    }
    auto* now = line(play.current(), "scene");
    now->setObjectName(QStringLiteral("sceneText"));
    m_transcript->addStretch(1);

    const auto offered = m_session->presentedChoices();
    for (int i = 0; i < MaxChoices; ++i) {
        ChoiceButton* button = m_choiceButtons.at(static_cast<size_t>(i));
        button->setVisible(i < offered.size());
        if (i < offered.size())
            button->setChoiceText(QStringLiteral("%1   %2").arg(i + 1).arg(offered.at(i)->text));
    }
    m_choiceButtons.front()->setFocus();
    m_mode->setText(
        m_session->assessment()
            ? tr("Assessment: feedback comes in the debrief. Keys 1-%1 choose.").arg(offered.size())
            : tr("Practice: feedback after each choice. Keys 1-%1 choose.").arg(offered.size()));
    // Keep the newest lines in view once the transcript has been laid out.
    QTimer::singleShot(0, m_transcriptScroll, [scroll = m_transcriptScroll] {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    });
}

} // namespace careu::ui
