#include "MentorPage.h"

#include "AppServices.h"
#include "ComboBox.h"
#include "DateField.h"
#include "LessonText.h"
#include "Widgets.h"
#include "content/Catalog.h"
#include "signoff/Inbox.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace careu::ui {

MentorPage::MentorPage(AppServices& services, QWidget* parent) : ScrollPage(parent), m_services(services) {}

void MentorPage::showFor(const Person& mentor, const QString& message, bool problem)
{
    QString error;
    QVector<Person> mentees;
    for (const Person& person : m_services.people.active(&error)) {
        if (person.mentorId == mentor.id)
            mentees.append(person);
    }
    QVBoxLayout* layout = nullptr;
    QWidget* content = startContent(&layout, tr("MENTORING"), tr("Your mentees"));
    m_status = addStatus(layout, message.isEmpty() ? error : message,
                         problem || (message.isEmpty() && !error.isEmpty()), QStringLiteral("mentorStatus"));
    layout->addWidget(reviewQueue(mentor));
    layout->addWidget(menteeList(mentees));
    if (!mentees.isEmpty()) {
        layout->addWidget(recognitionForm(mentor, mentees));
        layout->addWidget(huddleForm(mentor, mentees));
    }
    layout->addStretch(1);
    setContent(content);
}

QWidget* MentorPage::reviewQueue(const Person& mentor)
{
    auto* card = makeCard();
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->addWidget(makeLabel(tr("NEEDS YOUR REVIEW"), "eyebrow"));
    QString error;
    const QVector<WaitingReview> waiting = Inbox(m_services).waitingFor(mentor.id, &error);
    if (!error.isEmpty())
        layout->addWidget(makeLabel(tr("Not everything could be read: %1").arg(error), "error"));
    for (const WaitingReview& review : waiting) {
        auto* row = makeRowButton(tr("%1 · %2 · asked %3")
                                      .arg(review.learner.name, lessonHeading(*review.course, *review.lesson),
                                           shortDate(review.askedAt)),
                                  QStringLiteral("review_%1_%2_%3")
                                      .arg(review.learner.id)
                                      .arg(review.course->id, review.lesson->id),
                                  card);
        const qint64 learnerId = review.learner.id;
        const QString courseId = review.course->id;
        const QString lessonId = review.lesson->id;
        connect(row, &QPushButton::clicked, this, [this, learnerId, courseId, lessonId] {
            emit reviewRequested(learnerId, courseId, lessonId);
        });
        layout->addWidget(row);
    }
    if (waiting.isEmpty() && error.isEmpty())
        layout->addWidget(
            makeLabel(tr("Nothing is waiting. When a mentee asks you to sign off a Practice, it "
                         "appears here."),
                      "muted"));
    return card;
}

QWidget* MentorPage::menteeList(const QVector<Person>& mentees)
{
    auto* card = makeCard();
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->setSpacing(6);
    layout->addWidget(makeLabel(tr("HOW THEY ARE DOING"), "eyebrow"));
    if (mentees.isEmpty())
        layout->addWidget(
            makeLabel(tr("No one has you as their mentor yet. A manager assigns mentees."), "muted"));
    QString error;
    for (const Person& mentee : mentees) {
        const ProgressOverview overview(m_services.catalog.courses(),
                                        m_services.progress.summaries(mentee.id, &error));
        int lessons = 0;
        int complete = 0;
        int signedOff = 0;
        const auto statuses = m_services.signOffs.statuses(mentee.id, &error);
        for (const CourseProgress& progress : overview.courses()) {
            lessons += static_cast<int>(progress.lessons.size());
            complete += progress.completed;
            for (const Lesson& lesson : progress.course->lessons) {
                if (statuses.value(SignOffs::practiceKey(progress.course->id, lesson.id)).state ==
                    PracticeState::SignedOff)
                    ++signedOff;
            }
        }
        const QDateTime graduated =
            m_services.signOffs.graduatedAt(mentee.id, m_services.catalog.courses(), &error);
        QString line = tr("%1 · %2 · %3")
                           .arg(mentee.name, tr("%1 of %n lessons complete", "", lessons).arg(complete),
                                tr("%1 of %n practices signed off", "", lessons).arg(signedOff));
        if (graduated.isValid())
            line += tr(" · graduated %1").arg(shortDate(graduated));
        auto* label = makeLabel(line, "lead");
        label->setObjectName(QStringLiteral("mentee_%1").arg(mentee.id));
        layout->addWidget(label);
    }
    return card;
}

QWidget* MentorPage::recognitionForm(const Person& mentor, const QVector<Person>& mentees)
{
    auto* card = makeCard();
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->addWidget(makeLabel(tr("RECOGNIZE GOOD WORK"), "eyebrow"));
    layout->addWidget(makeLabel(
        tr("Name the act, soon after it happened. Your mentee sees it on their home screen."), "muted"));
    auto* row = new QHBoxLayout;
    auto* who = new ComboBox(QStringLiteral("recognitionMentee"), card);
    for (const Person& mentee : mentees)
        who->addItem(mentee.name, mentee.id);
    row->addWidget(who);
    auto* text = new QLineEdit(card);
    text->setObjectName(QStringLiteral("recognitionText"));
    text->setAccessibleName(tr("What they did"));
    text->setPlaceholderText(tr("What they did, e.g. \"You walked Mrs. Ortiz to the door in the rain.\""));
    row->addWidget(text, 1);
    auto* record = new QPushButton(tr("Recognize"), card);
    record->setObjectName(QStringLiteral("recognizeButton"));
    row->addWidget(record);
    layout->addLayout(row);
    connect(text, &QLineEdit::returnPressed, record, &QPushButton::click);
    const Person author = mentor;
    connect(record, &QPushButton::clicked, this, [this, author, who, text] {
        QString error;
        const auto mentee = m_services.people.find(who->currentData().toLongLong(), &error);
        if (mentee && m_services.mentoring.recognize(author, *mentee, text->text(), &error))
            showFor(author, tr("Recognition for %1 recorded.").arg(mentee->name));
        else
            showProblem(m_status, error);
    });
    return card;
}

QWidget* MentorPage::huddleForm(const Person& mentor, const QVector<Person>& mentees)
{
    auto* card = makeCard();
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->addWidget(makeLabel(tr("HUDDLE LOG"), "eyebrow"));
    layout->addWidget(
        makeLabel(tr("A few minutes together, often: what went well, what to work on, the next step. "
                     "Your mentee sees it too."),
                  "muted"));
    auto* top = new QHBoxLayout;
    auto* who = new ComboBox(QStringLiteral("huddleMentee"), card);
    for (const Person& mentee : mentees)
        who->addItem(mentee.name, mentee.id);
    top->addWidget(who);
    auto* date = new DateField(QStringLiteral("huddleDate"), card);
    date->setDate(m_services.clock.now().toLocalTime().date());
    date->setAccessibleName(tr("Day of the huddle"));
    top->addWidget(date);
    top->addStretch(1);
    layout->addLayout(top);
    const auto field = [card, layout](const QString& name, const QString& placeholder) {
        auto* edit = new QLineEdit(card);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(placeholder);
        layout->addWidget(edit);
        return edit;
    };
    auto* wentWell = field(QStringLiteral("huddleWentWell"), tr("Went well"));
    auto* workOn = field(QStringLiteral("huddleWorkOn"), tr("To work on"));
    auto* nextStep = field(QStringLiteral("huddleNextStep"), tr("Next step (needed)"));
    auto* log = new QPushButton(tr("Log huddle"), card);
    log->setObjectName(QStringLiteral("logHuddleButton"));
    layout->addWidget(log, 0, Qt::AlignRight);
    connect(nextStep, &QLineEdit::returnPressed, log, &QPushButton::click);
    const Person author = mentor;
    connect(log, &QPushButton::clicked, this, [this, author, who, date, wentWell, workOn, nextStep] {
        QString error;
        const auto mentee = m_services.people.find(who->currentData().toLongLong(), &error);
        const Huddle huddle{date->date(), author.id, wentWell->text(), workOn->text(), nextStep->text()};
        if (mentee && m_services.mentoring.logHuddle(author, *mentee, huddle, &error))
            showFor(author, tr("Huddle with %1 logged.").arg(mentee->name));
        else
            showProblem(m_status, error);
    });
    return card;
}

} // namespace careu::ui
