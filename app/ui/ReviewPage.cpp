#include "ReviewPage.h"

#include "AppServices.h"
#include "LessonText.h"
#include "RolePlayText.h"
#include "Widgets.h"
#include "WrappingCheckBox.h"
#include "content/Catalog.h"
#include "progress/LessonSession.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace careu::ui {

namespace {
QVBoxLayout* section(QWidget* card, const QString& eyebrow)
{
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->setSpacing(8);
    layout->addWidget(makeLabel(eyebrow, "eyebrow"));
    return layout;
}
} // namespace

ReviewPage::ReviewPage(AppServices& services, QWidget* parent) : ScrollPage(parent), m_services(services) {}

void ReviewPage::open(const Person& mentor, const Person& learner, const Course& course, const Lesson& lesson)
{
    m_mentor = mentor;
    m_learner = learner;
    m_course = &course;
    m_lesson = &lesson;
    QVBoxLayout* layout = nullptr;
    QWidget* content = startContent(&layout);
    content->setMaximumWidth(960);
    auto* back = new QPushButton(tr("← Mentees"), content);
    back->setObjectName(QStringLiteral("reviewBackButton"));
    connect(back, &QPushButton::clicked, this, [this] { emit finished(QString()); });
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addWidget(makeLabel(tr("REVIEW · %1").arg(lessonHeading(course, lesson).toUpper()), "eyebrow"));
    layout->addWidget(makeLabel(tr("%1: %2").arg(learner.name, lesson.title), "pageTitle"));
    layout->addWidget(checkSection(lesson, tr("CHECK AND REFLECTION")));
    layout->addWidget(rolePlaySection());
    layout->addWidget(decisionSection());
    layout->addStretch(1);
    setContent(content);
}

void ReviewPage::openRecord(const Person& learner, const Course& course)
{
    m_mentor.reset();
    m_learner = learner;
    m_course = &course;
    m_lesson = nullptr;
    QVBoxLayout* layout = nullptr;
    QWidget* content = startContent(&layout);
    content->setMaximumWidth(960);
    auto* back = new QPushButton(tr("← Dashboard"), content);
    back->setObjectName(QStringLiteral("reviewBackButton"));
    connect(back, &QPushButton::clicked, this, [this] { emit finished(QString()); });
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addWidget(makeLabel(tr("RECORD · %1").arg(course.title.toUpper()), "eyebrow"));
    auto* title = makeLabel(learner.name, "pageTitle");
    title->setObjectName(QStringLiteral("recordTitle"));
    layout->addWidget(title);
    QString error;
    const auto statuses = m_services.signOffs.statuses(learner.id, &error);
    for (const Lesson& lesson : course.lessons) {
        const PracticeStatus status = statuses.value(SignOffs::practiceKey(course.id, lesson.id));
        QString practice;
        switch (status.state) {
        case PracticeState::NotRequested:
            practice = tr("Practice not asked for yet");
            break;
        case PracticeState::Requested:
            practice = tr("Practice waiting for the mentor since %1").arg(shortDate(status.at));
            break;
        case PracticeState::SentBack:
            practice = tr("Practice sent back on %1: %2").arg(shortDate(status.at), status.feedback);
            break;
        case PracticeState::SignedOff:
            practice = tr("Practice signed off on %1").arg(shortDate(status.at));
            break;
        }
        layout->addWidget(checkSection(
            lesson, QStringLiteral("%1 · %2").arg(lessonHeading(course, lesson).toUpper(), practice)));
    }
    layout->addWidget(rolePlaySection());
    if (!error.isEmpty())
        layout->addWidget(makeLabel(error, "error"));
    layout->addStretch(1);
    setContent(content);
}

QWidget* ReviewPage::checkSection(const Lesson& lesson, const QString& title)
{
    auto* card = makeCard();
    auto* layout = section(card, title);
    LessonSession session(m_services.progress, m_services.clock, m_learner->id, *m_course, lesson);
    QString error;
    if (!session.load(&error)) {
        layout->addWidget(makeLabel(error, "error"));
        return card;
    }
    auto* firstTry = makeLabel(
        tr("%1 of %2 right at the first try.").arg(session.firstTryCorrect()).arg(lesson.check.size()),
        "lead");
    firstTry->setObjectName(QStringLiteral("reviewFirstTry"));
    layout->addWidget(firstTry);
    // Each answer as it stands, marked as the count above counts it: right at the first try,
    // right only after a wrong first answer, or not right.
    for (const Question& question : lesson.check) {
        const Choice* answer = question.choice(session.currentChoice(question.id));
        const QString line =
            QStringLiteral("%1 → %2").arg(question.prompt, answer ? answer->text : tr("(not answered)"));
        auto* label =
            makeLabel(session.rightAtFirstTry(question.id)       ? tr("✓ %1").arg(line)
                      : session.isAnsweredCorrectly(question.id) ? tr("↻ %1 (right on a later try)").arg(line)
                                                                 : tr("✗ %1").arg(line),
                      "muted");
        label->setObjectName(QStringLiteral("reviewAnswer_") + question.id);
        layout->addWidget(label);
    }
    layout->addSpacing(6);
    layout->addWidget(makeLabel(lesson.reflect, "sectionTitle"));
    auto* reflection = makeLabel(
        session.reflection().isEmpty() ? tr("(no reflection written)") : session.reflection(), "lead");
    reflection->setObjectName(QStringLiteral("reviewReflection"));
    layout->addWidget(reflection);
    return card;
}

QWidget* ReviewPage::rolePlaySection()
{
    auto* card = makeCard();
    auto* layout = section(card, tr("ROLE-PLAYS"));
    QString error;
    PillarScores sums;
    int attempts = 0;
    for (const Scenario& scenario : m_services.catalog.scenarios()) {
        if (scenario.courseId != m_course->id)
            continue;
        for (const Attempt& attempt : m_services.attempts.finished(m_learner->id, scenario.id, &error)) {
            ++attempts;
            for (auto it = attempt.scores.cbegin(); it != attempt.scores.cend(); ++it)
                sums[it.key()] += it.value();
            const ScenarioNode* ending = scenario.node(attempt.endingId);
            layout->addWidget(makeLabel(
                tr("%1: %2 · %3 points (%4)")
                    .arg(scenario.title, ending && ending->ending ? ending->ending->title : attempt.endingId)
                    .arg(attempt.total)
                    .arg(pointsText(*m_course, attempt.scores)),
                "muted"));
            QStringList path;
            for (const AttemptChoice& step : attempt.choices) {
                const ScenarioNode* node = scenario.node(step.nodeId);
                const ScenarioChoice* choice = node ? node->choice(step.choiceId) : nullptr;
                const QString text = choice ? choice->text : step.choiceId;
                path.append(text.size() > 60 ? text.left(57) + QStringLiteral("…") : text);
            }
            auto* steps = makeLabel(tr("Path: %1").arg(path.join(QStringLiteral("  →  "))), "points");
            steps->setObjectName(QStringLiteral("attemptPath_%1").arg(attempt.id));
            layout->addWidget(steps);
        }
    }
    if (attempts == 0) {
        layout->addWidget(makeLabel(tr("No role-play finished in this course yet."), "muted"));
        return card;
    }
    // The pillar with the lowest average across every attempt: the one to coach.
    const Pillar* weakest = nullptr;
    for (const Pillar& pillar : m_course->pillars) {
        if (!weakest || sums.value(pillar.id) < sums.value(weakest->id))
            weakest = &pillar;
    }
    auto* label = makeLabel(tr("Weakest pillar across %1 attempts: %2 (%3 points on average).")
                                .arg(attempts)
                                .arg(weakest->title)
                                .arg(static_cast<double>(sums.value(weakest->id)) / attempts, 0, 'f', 1),
                            "lead");
    label->setObjectName(QStringLiteral("weakestPillar"));
    layout->addWidget(label);
    return card;
}

QWidget* ReviewPage::decisionSection()
{
    auto* card = makeCard();
    auto* layout = section(card, tr("WHAT YOU SAW WITH A REAL CUSTOMER"));
    m_observed.clear();
    m_notes.clear();
    auto* grid = new QGridLayout;
    for (int i = 0; i < m_lesson->practice.checklist.size(); ++i) {
        auto* observed = new WrappingCheckBox(m_lesson->practice.checklist.at(i), card);
        observed->setObjectName(QStringLiteral("observed_%1").arg(i));
        auto* note = new QLineEdit(card);
        note->setObjectName(QStringLiteral("note_%1").arg(i));
        note->setPlaceholderText(tr("Note (optional)"));
        // Room for its placeholder, whatever the behavior beside it asks for.
        note->setMinimumWidth(note->fontMetrics().horizontalAdvance(note->placeholderText()) + 32);
        note->setAccessibleName(tr("Note on: %1").arg(m_lesson->practice.checklist.at(i)));
        grid->addWidget(observed, i, 0);
        grid->addWidget(note, i, 1);
        m_observed.append(observed);
        m_notes.append(note);
    }
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid);

    m_comment = new QLineEdit(card);
    m_comment->setObjectName(QStringLiteral("signOffComment"));
    m_comment->setPlaceholderText(tr("A word for %1 (optional)").arg(m_learner->name));
    m_comment->setAccessibleName(m_comment->placeholderText());
    layout->addWidget(m_comment);
    auto* signRow = new QHBoxLayout;
    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("signOffPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Your password, to sign"));
    m_password->setAccessibleName(m_password->placeholderText());
    signRow->addWidget(m_password, 1);
    auto* sign = makePrimaryButton(tr("Sign off"), card);
    sign->setObjectName(QStringLiteral("signOffButton"));
    connect(sign, &QPushButton::clicked, this, &ReviewPage::signOff);
    connect(m_password, &QLineEdit::returnPressed, this, &ReviewPage::signOff);
    signRow->addWidget(sign);
    layout->addLayout(signRow);
    // Under the buttons it answers, and scrolled to when shown.
    m_error = makeLabel(QString(), "error", card);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->hide();
    layout->addWidget(m_error);

    layout->addSpacing(8);
    layout->addWidget(makeLabel(tr("NOT YET? SEND IT BACK WITH COACHING"), "eyebrow"));
    m_feedback = new QPlainTextEdit(card);
    m_feedback->setObjectName(QStringLiteral("sendBackFeedback"));
    m_feedback->setPlaceholderText(
        tr("What to practice next, in a sentence or two. %1 reads this on the lesson.").arg(m_learner->name));
    m_feedback->setAccessibleName(tr("Coaching for %1, to send it back").arg(m_learner->name));
    m_feedback->setMaximumHeight(90);
    m_feedback->setTabChangesFocus(true);
    layout->addWidget(m_feedback);
    auto* sendBack = new QPushButton(tr("Send back"), card);
    sendBack->setObjectName(QStringLiteral("sendBackButton"));
    connect(sendBack, &QPushButton::clicked, this, &ReviewPage::sendBack);
    layout->addWidget(sendBack, 0, Qt::AlignRight);
    return card;
}

void ReviewPage::signOff()
{
    QVector<Observation> checklist;
    for (int i = 0; i < m_observed.size(); ++i)
        checklist.append({m_observed.at(i)->isChecked(), m_notes.at(i)->text()});
    QString error;
    // As stored now, not as when the page opened: a manager may have reassigned the learner.
    const auto mentor = m_services.people.find(m_mentor->id, &error);
    const auto learner = m_services.people.find(m_learner->id, &error);
    const bool signedOff = mentor && learner &&
                           m_services.signOffs.signOff(*mentor, m_password->text(), *learner, *m_course,
                                                       *m_lesson, checklist, m_comment->text(), &error);
    m_password->clear();
    if (!signedOff) {
        showError(error);
        return;
    }
    // The record is committed (synchronous=FULL) before this message is shown.
    emit finished(tr("Signed off: %1, %2.").arg(m_learner->name, m_lesson->title));
}

void ReviewPage::sendBack()
{
    QString error;
    const auto mentor = m_services.people.find(m_mentor->id, &error);
    const auto learner = m_services.people.find(m_learner->id, &error);
    if (!mentor || !learner ||
        !m_services.signOffs.sendBack(*mentor, *learner, *m_course, *m_lesson, m_feedback->toPlainText(),
                                      &error)) {
        showError(error);
        return;
    }
    emit finished(tr("Sent back to %1 with your coaching.").arg(m_learner->name));
}

void ReviewPage::showError(const QString& error)
{
    m_error->setText(error);
    m_error->show();
    bringIntoView(m_error);
}

} // namespace careu::ui
