#include "HomePage.h"

#include "AppServices.h"
#include "content/Catalog.h"
#include "LessonText.h"
#include "progress/ProgressOverview.h"
#include "roleplay/ScenarioAnalysis.h"
#include "signoff/Inbox.h"
#include "store/AttemptStore.h"
#include "store/PeopleStore.h"
#include "Widgets.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>
#include <algorithm>

namespace careu::ui {

HomePage::HomePage(AppServices& services, QWidget* parent)
    : ScrollPage(parent), m_services(services), m_catalog(services.catalog)
{
}

void HomePage::showFor(const Person& person, const QDateTime& lastVisit)
{
    QString error;
    const ProgressOverview overview(m_catalog.courses(), m_services.progress.summaries(person.id, &error));

    QVBoxLayout* layout = nullptr;
    QWidget* content = startContent(&layout);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(makeLabel(tr("CUSTOMER CARE UNIVERSITY"), "eyebrow"));
    auto* greeting = makeLabel(tr("Hello, %1").arg(person.name), "pageTitle");
    greeting->setObjectName(QStringLiteral("greeting"));
    titles->addWidget(greeting);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    if (!error.isEmpty()) {
        auto* problem = makeLabel(tr("Your progress could not be read: %1").arg(error), "error");
        layout->addWidget(problem);
    }

    if (QWidget* news = sinceCard(person, lastVisit))
        layout->addWidget(news);

    auto* resumeCard = makeCard(content);
    auto* resumeLayout = new QHBoxLayout(resumeCard);
    resumeLayout->setContentsMargins(24, 18, 24, 18);
    auto* resumeText = new QVBoxLayout;
    const auto resume = overview.resume();
    if (resume) {
        const bool anyDone =
            std::any_of(overview.courses().cbegin(), overview.courses().cend(),
                        [](const CourseProgress& progress) { return progress.completed > 0; });
        const QString eyebrow = resume->started ? tr("CONTINUE WHERE YOU LEFT OFF")
                                : anyDone       ? tr("UP NEXT")
                                                : tr("START HERE");
        resumeText->addWidget(makeLabel(eyebrow, "eyebrow"));
        auto* where = makeLabel(lessonHeading(*resume->course, *resume->lesson), "sectionTitle");
        where->setObjectName(QStringLiteral("resumeLesson"));
        resumeText->addWidget(where);
        resumeText->addWidget(makeLabel(
            resume->started
                ? tr("You were on the %1 step.").arg(stepName(resume->step))
                : tr("About %n minute(s): learn, check, reflect, then practice with a real customer.", "",
                     resume->lesson->minutes),
            "muted"));
        resumeLayout->addLayout(resumeText, 1);
        auto* go = makePrimaryButton(resume->started ? tr("Continue") : tr("Start"), resumeCard);
        go->setObjectName(QStringLiteral("continueButton"));
        const QString courseId = resume->course->id;
        const QString lessonId = resume->lesson->id;
        connect(go, &QPushButton::clicked, this,
                [this, courseId, lessonId] { emit lessonRequested(courseId, lessonId); });
        resumeLayout->addWidget(go, 0, Qt::AlignVCenter);
        go->setDefault(true);
    } else {
        resumeText->addWidget(makeLabel(tr("EVERY LESSON COMPLETE"), "eyebrow"));
        resumeText->addWidget(makeLabel(tr("Well done. Keep practicing with real customers; your mentor "
                                           "signs off each Practice when they have seen it."),
                                        "sectionTitle"));
        resumeLayout->addLayout(resumeText, 1);
    }
    layout->addWidget(resumeCard);
    if (QWidget* recognitions = recognitionCard(person))
        layout->addWidget(recognitions);

    auto* courses = new QHBoxLayout;
    courses->setSpacing(18);
    for (const CourseProgress& progress : overview.courses())
        courses->addWidget(courseCard(progress, person.id), 1, Qt::AlignTop);
    layout->addLayout(courses);
    layout->addStretch(1);

    setContent(content);
    if (auto* go = content->findChild<QPushButton*>(QStringLiteral("continueButton")))
        go->setFocus();
}

QWidget* HomePage::courseCard(const CourseProgress& progress, qint64 personId)
{
    const Course& course = *progress.course;
    auto* card = makeCard();
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 20, 22, 16);
    layout->setSpacing(8);
    layout->addWidget(makeLabel(course.title, "sectionTitle"));
    layout->addWidget(makeLabel(course.summary, "muted"));

    auto* bar = new QProgressBar(card);
    bar->setObjectName(QStringLiteral("progress_") + course.id);
    bar->setRange(0, static_cast<int>(course.lessons.size()));
    bar->setValue(progress.completed);
    bar->setTextVisible(false);
    layout->addWidget(bar);
    auto* count = makeLabel(
        tr("%1 of %n lessons complete", "", static_cast<int>(course.lessons.size())).arg(progress.completed),
        "muted");
    count->setObjectName(QStringLiteral("progressText_") + course.id);
    layout->addWidget(count);

    for (int i = 0; i < course.lessons.size(); ++i) {
        const Lesson& lesson = course.lessons.at(i);
        const LessonState& state = progress.lessons.at(i);
        auto* row = makeRowButton(
            QStringLiteral("%1   %2").arg(statusMark(state.status), lessonHeading(course, lesson, false)),
            QStringLiteral("lesson_%1_%2").arg(course.id, lesson.id), card);
        row->setToolTip(statusName(state.status));
        const QString courseId = course.id;
        const QString lessonId = lesson.id;
        connect(row, &QPushButton::clicked, this,
                [this, courseId, lessonId] { emit lessonRequested(courseId, lessonId); });
        layout->addWidget(row);
    }
    addRolePlays(layout, course, personId);
    return card;
}

void HomePage::addRolePlays(QVBoxLayout* layout, const Course& course, qint64 personId)
{
    QString error;
    const auto summaries = m_services.attempts.summaries(personId, &error);
    bool first = true;
    for (const Scenario& scenario : m_catalog.scenarios()) {
        if (scenario.courseId != course.id)
            continue;
        if (first) {
            layout->addSpacing(6);
            layout->addWidget(makeLabel(tr("ROLE-PLAYS"), "eyebrow"));
            first = false;
        }
        const AttemptStore::Summary summary = summaries.value(scenario.id);
        QString status;
        if (summary.bestTotal)
            status = tr("best %1 of %2 points").arg(*summary.bestTotal).arg(bestPossible(scenario, course));
        else if (summary.inProgress)
            status = tr("in progress");
        else
            status = tr("not played yet");
        if (summary.bestTotal && summary.inProgress)
            status += tr(", one in progress");
        auto* row = makeRowButton(QStringLiteral("▶   %1 · %2").arg(scenario.title, status),
                                  QStringLiteral("roleplay_") + scenario.id, layout->parentWidget());
        row->setToolTip(scenario.summary);
        const QString id = scenario.id;
        connect(row, &QPushButton::clicked, this, [this, id] { emit rolePlayRequested(id); });
        layout->addWidget(row);
    }
    if (!error.isEmpty())
        layout->addWidget(makeLabel(tr("Role-play results could not be read: %1").arg(error), "error"));
}

int HomePage::bestPossible(const Scenario& scenario, const Course& course)
{
    auto it = m_bestPossible.constFind(scenario.id);
    if (it != m_bestPossible.cend())
        return *it;
    QStringList pillars;
    for (const Pillar& pillar : course.pillars)
        pillars.append(pillar.id);
    const int best = ScenarioAnalysis::analyse(scenario, pillars).best.total;
    m_bestPossible.insert(scenario.id, best);
    return best;
}

QWidget* HomePage::sinceCard(const Person& person, const QDateTime& lastVisit)
{
    QString error;
    const QVector<Notice> notices = Inbox(m_services).since(person.id, lastVisit, &error);
    if (notices.isEmpty() && error.isEmpty())
        return nullptr;
    auto* card = makeCard();
    card->setObjectName(QStringLiteral("sinceLastVisit"));
    card->setProperty("role", QStringLiteral("banner"));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(makeLabel(tr("SINCE YOUR LAST VISIT"), "eyebrow"));
    if (!error.isEmpty())
        layout->addWidget(makeLabel(tr("Not everything could be read: %1").arg(error), "error"));
    for (const Notice& notice : notices) {
        const QString when = shortDate(notice.at);
        switch (notice.kind) {
        case Notice::Kind::SignedOff:
            layout->addWidget(makeLabel(tr("✓ %1 signed off your Practice for %2 (%3).")
                                            .arg(notice.by, lessonHeading(*notice.course, *notice.lesson), when),
                                        "lead"));
            break;
        case Notice::Kind::SentBack: {
            auto* row = new QHBoxLayout;
            row->addWidget(makeLabel(tr("↩ %1 sent back your Practice for %2 (%3): “%4”")
                                         .arg(notice.by, lessonHeading(*notice.course, *notice.lesson), when,
                                              notice.text),
                                     "lead"),
                           1);
            auto* open = new QPushButton(tr("Try again"), card);
            open->setObjectName(QStringLiteral("sinceOpen_%1_%2").arg(notice.course->id, notice.lesson->id));
            open->setAccessibleName(tr("Try the Practice for %1 again").arg(lessonHeading(*notice.course, *notice.lesson)));
            const QString courseId = notice.course->id;
            const QString lessonId = notice.lesson->id;
            connect(open, &QPushButton::clicked, this,
                    [this, courseId, lessonId] { emit lessonRequested(courseId, lessonId); });
            row->addWidget(open, 0, Qt::AlignTop);
            layout->addLayout(row);
            break;
        }
        case Notice::Kind::Recognized:
            layout->addWidget(
                makeLabel(tr("★ %1 recognized you (%2): “%3”").arg(notice.by, when, notice.text), "lead"));
            break;
        }
    }
    return card;
}

QWidget* HomePage::recognitionCard(const Person& person)
{
    QString error;
    const QVector<Recognition> recognitions = m_services.mentoring.recognitions(person.id, &error);
    const QVector<Huddle> huddles = m_services.mentoring.huddles(person.id, &error);
    const QDateTime graduated = m_services.signOffs.graduatedAt(person.id, m_catalog.courses(), &error);
    QVector<Refresher> due;
    if (auto coaching = m_services.coaching(); coaching && graduated.isValid()) {
        for (const Refresher& refresher : coaching->refreshers(person.id, graduated, &error)) {
            if (refresher.isDue(m_services.clock.now()))
                due.append(refresher);
        }
    }
    if (recognitions.isEmpty() && huddles.isEmpty() && !graduated.isValid())
        return nullptr;
    auto* card = makeCard();
    card->setProperty("role", QStringLiteral("banner"));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 16, 24, 16);
    const auto date = [](const QDateTime& when) { return shortDate(when); };
    if (graduated.isValid()) {
        auto* graduation =
            makeLabel(tr("🎓 You graduated from Customer CARE University on %1. Your coach will check in "
                         "with you from time to time.")
                          .arg(QLocale().toString(graduated.toLocalTime().date(), QLocale::LongFormat)),
                      "sectionTitle");
        graduation->setObjectName(QStringLiteral("graduation"));
        layout->addWidget(graduation);
    }
    // Refreshers go in order: the first due one not taken yet can be started; taken ones wait
    // for the coach's check-in, and their answers can be looked at again.
    bool offered = false;
    for (const Refresher& refresher : due) {
        if (!refresher.taken() && offered)
            break;
        offered = offered || !refresher.taken();
        const QString text =
            refresher.taken()
                ? tr("Refresher %1 taken: %2 of %3 right. Your coach will check in with you about it.")
                      .arg(refresher.number)
                      .arg(refresher.progress.rightCount())
                      .arg(refresher.progress.questions.size())
                : tr("Refresher %1 is due: %n questions on what you learned, then a role-play to replay. "
                     "People need reminding more than instructing.",
                     "", static_cast<int>(refresher.progress.questions.size()))
                      .arg(refresher.number);
        auto* label = makeLabel(text, "lead");
        label->setObjectName(QStringLiteral("refresherDue_%1").arg(refresher.number));
        layout->addWidget(label);
        auto* open = makeRowButton(refresher.taken()     ? tr("See your answers")
                                   : refresher.started() ? tr("▶  Continue refresher %1").arg(refresher.number)
                                                         : tr("▶  Start refresher %1").arg(refresher.number),
                                   QStringLiteral("refresherOpen_%1").arg(refresher.number), card);
        const int number = refresher.number;
        connect(open, &QPushButton::clicked, this, [this, number] { emit refresherRequested(number); });
        layout->addWidget(open, 0, Qt::AlignLeft);
    }
    if (!recognitions.isEmpty())
        layout->addWidget(makeLabel(tr("RECOGNITION"), "eyebrow"));
    // Newest first: the latest thank-you is the one to see.
    for (int i = static_cast<int>(recognitions.size()) - 1; i >= 0; --i) {
        const Recognition& recognition = recognitions.at(i);
        const auto by = m_services.people.find(recognition.byId, &error);
        auto* label =
            makeLabel(tr("“%1” — %2, %3")
                          .arg(recognition.text, by ? by->name : tr("your mentor"), date(recognition.at)),
                      "lead");
        label->setObjectName(QStringLiteral("recognition_%1").arg(recognitions.size() - 1 - i));
        layout->addWidget(label);
    }
    if (!huddles.isEmpty())
        layout->addWidget(makeLabel(tr("HUDDLES WITH YOUR MENTOR"), "eyebrow"));
    for (int i = static_cast<int>(huddles.size()) - 1; i >= 0; --i) {
        const Huddle& huddle = huddles.at(i);
        auto* label = makeLabel(tr("%1 · went well: %2 · work on: %3 · next step: %4")
                                    .arg(QLocale().toString(huddle.date, QLocale::ShortFormat),
                                         huddle.wentWell, huddle.workOn, huddle.nextStep),
                                "muted");
        label->setObjectName(QStringLiteral("huddle_%1").arg(huddles.size() - 1 - i));
        layout->addWidget(label);
    }
    return card;
}

} // namespace careu::ui
