#include "LessonPage.h"

#include "AppServices.h"
#include "CheckView.h"
#include "LessonDocument.h"
#include "LessonText.h"
#include "PracticeView.h"
#include "ReflectView.h"
#include "Widgets.h"
#include "progress/LessonSession.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace careu::ui {

namespace {
LessonStep stepAt(int index)
{
    return static_cast<LessonStep>(index);
}

void showMarkdown(QTextBrowser* browser, const QString& markdown, const QHash<QString, QByteArray>& images)
{
    // Formatted in a document of its own before the browser shows it: editing the shown
    // document would scroll the browser along with the edits.
    QTextDocument* document = lessonDocument(markdown, images, browser->font(), browser);
    // The browser deletes a document it created itself; one of ours (parented to it) is ours to delete.
    QTextDocument* previous = browser->document();
    const bool ours = previous->parent() == browser;
    browser->setDocument(document);
    if (ours)
        delete previous;
}
} // namespace

LessonPage::LessonPage(AppServices& services, QWidget* parent) : QWidget(parent), m_services(services)
{
    setProperty("role", QStringLiteral("page"));
    auto* column = new QWidget(this);
    column->setMaximumWidth(900);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 20, 0, 16);
    layout->setSpacing(10);

    auto* top = new QHBoxLayout;
    auto* home = new QPushButton(tr("← &Home"), column);
    home->setObjectName(QStringLiteral("homeButton"));
    connect(home, &QPushButton::clicked, this, &LessonPage::homeRequested);
    top->addWidget(home);
    top->addStretch(1);
    layout->addLayout(top);

    m_eyebrow = makeLabel(QString(), "eyebrow");
    layout->addWidget(m_eyebrow);
    m_title = makeLabel(QString(), "pageTitle");
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    layout->addWidget(m_title);
    m_meta = makeLabel(QString(), "muted");
    m_meta->setObjectName(QStringLiteral("lessonMeta"));
    layout->addWidget(m_meta);

    m_banner = new QFrame(column);
    m_banner->setProperty("role", QStringLiteral("banner"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(14, 10, 14, 10);
    m_bannerText = makeLabel(QString(), "success");
    m_bannerText->setObjectName(QStringLiteral("completeBanner"));
    bannerLayout->addWidget(m_bannerText);
    layout->addWidget(m_banner);
    m_problem = makeLabel(QString(), "error");
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* tabs = new QHBoxLayout;
    tabs->setSpacing(4);
    auto* group = new QButtonGroup(this);
    for (int i = 0; i < LessonStepCount; ++i) {
        auto* tab = new QPushButton(column);
        tab->setObjectName(QStringLiteral("step_") + lessonStepKey(stepAt(i)));
        tab->setProperty("stepTab", true);
        tab->setCheckable(true);
        tab->setAutoExclusive(true); // one step of four: read as radio buttons
        tab->setCursor(Qt::PointingHandCursor);
        group->addButton(tab, i);
        tabs->addWidget(tab);
        m_tabs.at(static_cast<size_t>(i)) = tab;
    }
    tabs->addStretch(1);
    connect(group, &QButtonGroup::idClicked, this, [this](int id) { goToStep(stepAt(id)); });
    layout->addLayout(tabs);

    m_steps = new QStackedWidget(column);
    m_learn = new QTextBrowser(m_steps);
    m_learn->setObjectName(QStringLiteral("learnText"));
    m_learn->setOpenLinks(false);
    m_learn->setAccessibleName(tr("Lesson text"));
    m_check = new CheckView(m_steps);
    m_reflect = new ReflectView(m_steps);
    m_practice = new PracticeView(m_steps);
    m_steps->addWidget(m_learn);
    m_steps->addWidget(m_check);
    m_steps->addWidget(m_reflect);
    m_steps->addWidget(m_practice);
    layout->addWidget(m_steps, 1);
    connect(m_check, &CheckView::answered, this, &LessonPage::updateState);
    connect(m_reflect, &ReflectView::saved, this, &LessonPage::updateState);
    connect(m_practice, &PracticeView::rolePlayRequested, this, &LessonPage::rolePlayRequested);
    connect(m_practice, &PracticeView::signOffRequested, this, &LessonPage::requestSignOff);

    auto* bottom = new QHBoxLayout;
    m_back = new QPushButton(tr("&Back"), column);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = makePrimaryButton(QString(), column);
    m_next->setObjectName(QStringLiteral("nextButton"));
    bottom->addStretch(1);
    bottom->addWidget(m_back);
    bottom->addWidget(m_next);
    layout->addLayout(bottom);
    connect(m_back, &QPushButton::clicked, this,
            [this] { goToStep(stepAt(std::max(0, m_steps->currentIndex() - 1))); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_steps->currentIndex() + 1 < LessonStepCount)
            goToStep(stepAt(m_steps->currentIndex() + 1));
        else
            emit homeRequested();
    });
    auto* nextShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(nextShortcut, &QShortcut::activated, m_next, &QPushButton::click);
    auto* backShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(backShortcut, &QShortcut::activated, m_back, &QPushButton::click);

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 0, 32, 0);
    outer->addWidget(column, 1);
}

LessonPage::~LessonPage() = default;

bool LessonPage::open(const Person& learner, const Course& course, const Lesson& lesson,
                      const QVector<const Scenario*>& roleplays, QString* error)
{
    close();
    auto session =
        std::make_unique<LessonSession>(m_services.progress, m_services.clock, learner.id, course, lesson);
    if (!session->load(error))
        return false;
    m_session = std::move(session);
    m_learner = learner;
    m_eyebrow->setText(lessonHeading(course, lesson).section(QStringLiteral(" · "), 0, -2).toUpper());
    m_title->setText(lesson.title);
    showMarkdown(m_learn, lesson.body, lesson.images);
    m_check->setSession(m_session.get(), learner.uid);
    m_reflect->setSession(m_session.get());
    m_practice->setLesson(lesson, roleplays);
    m_problem->hide();
    showStep(m_session->step());
    updateState();
    // The browser scrolls past its top margin when the page lays itself out; start the
    // reading at its very top once that has happened.
    QTimer::singleShot(0, m_learn, [browser = m_learn] { browser->verticalScrollBar()->setValue(0); });
    return true;
}

void LessonPage::close()
{
    flush();
    m_reflect->setSession(nullptr);
    m_session.reset();
}

bool LessonPage::flush()
{
    return m_session ? m_reflect->flush() : true;
}

void LessonPage::goToStep(LessonStep step)
{
    flush();
    QString error;
    if (!m_session->setStep(step, &error)) {
        m_problem->setText(tr("Where you are in the lesson could not be saved: %1").arg(error));
        m_problem->show();
    }
    showStep(step);
}

void LessonPage::showStep(LessonStep step)
{
    const int index = static_cast<int>(step);
    m_steps->setCurrentIndex(index);
    m_tabs.at(static_cast<size_t>(index))->setChecked(true);
    m_back->setEnabled(index > 0);
    m_next->setText(index + 1 < LessonStepCount ? tr("&Next: %1 →").arg(stepName(stepAt(index + 1)))
                                                : tr("&Done: back to home"));
    if (step == LessonStep::Reflect)
        m_steps->currentWidget()->findChild<QWidget*>(QStringLiteral("reflectionEdit"))->setFocus();
    else
        m_next->setFocus();
}

void LessonPage::updateState()
{
    const Lesson& lesson = m_session->lesson();
    for (int i = 0; i < LessonStepCount; ++i) {
        const LessonStep step = stepAt(i);
        const bool done = (step == LessonStep::Check && m_session->checkPassed()) ||
                          (step == LessonStep::Reflect && m_session->reflectionWritten());
        m_tabs.at(static_cast<size_t>(i))
            ->setText(QStringLiteral("%1 %2%3").arg(i + 1).arg(stepName(step),
                                                               done ? QStringLiteral("  ✓") : QString()));
    }
    QStringList missing;
    if (!m_session->checkPassed())
        missing.append(tr("pass the Check"));
    if (!m_session->reflectionWritten())
        missing.append(tr("write your reflection"));
    const QString minutes = tr("About %n minute(s)", "", lesson.minutes);
    m_meta->setText(missing.isEmpty()
                        ? minutes
                        : tr("%1 · To complete this lesson: %2.").arg(minutes, missing.join(tr(" and "))));
    updateSignOff();
    m_banner->setVisible(m_session->isComplete());
    if (m_session->isComplete())
        m_bannerText->setText(
            tr("✓ Lesson complete (%1). Next: do the Practice on the job; your mentor will "
               "watch for it and sign it off.")
                .arg(QLocale().toString(m_session->completedAt().toLocalTime().date(), QLocale::LongFormat)));
}

void LessonPage::updateSignOff()
{
    const Course& course = m_session->course();
    const Lesson& lesson = m_session->lesson();
    QString error;
    const PracticeStatus status = m_services.signOffs.status(m_learner->id, course.id, lesson.id, &error);
    const auto mentor =
        m_learner->mentorId ? m_services.people.find(m_learner->mentorId, &error) : std::nullopt;
    if (!error.isEmpty()) {
        m_practice->setSignOff(tr("The sign-off could not be read: %1").arg(error), QString(), QString(),
                               false);
        return;
    }
    const QString mentorName = mentor ? mentor->name : tr("your mentor");
    const QString when = QLocale().toString(status.at.toLocalTime().date(), QLocale::LongFormat);
    const QString ask = tr("Ask %1 to sign off").arg(mentorName);
    switch (status.state) {
    case PracticeState::NotRequested:
        if (!mentor)
            m_practice->setSignOff(tr("You have no mentor yet; ask a manager to assign one."), QString(),
                                   QString(), false);
        else if (!m_session->isComplete())
            m_practice->setSignOff(
                tr("Once you have passed the Check and written your reflection, practice with real "
                   "customers and then ask %1 to watch and sign it off.")
                    .arg(mentorName),
                QString(), ask, false);
        else
            m_practice->setSignOff(
                tr("Practice these with real customers, then ask %1 to sign it off.").arg(mentorName),
                QString(), ask, true);
        break;
    case PracticeState::Requested:
        m_practice->setSignOff(tr("Waiting for %1's review (you asked on %2).").arg(mentorName, when),
                               QString(), QString(), false);
        break;
    case PracticeState::SentBack:
        m_practice->setSignOff(tr("%1 sent this back on %2 with some coaching:").arg(mentorName, when),
                               status.feedback, tr("Ask %1 again").arg(mentorName), true);
        break;
    case PracticeState::SignedOff:
        m_practice->setSignOff(tr("✓ Signed off by %1 on %2.").arg(mentorName, when), QString(), QString(),
                               false);
        break;
    }
}

void LessonPage::requestSignOff()
{
    QString error;
    if (!m_services.signOffs.request(*m_learner, m_session->course(), m_session->lesson(), &error)) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    m_problem->hide();
    updateSignOff();
}

} // namespace careu::ui
