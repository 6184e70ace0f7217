#include "XapiExport.h"

#include "Clock.h"
#include "Services.h"
#include "progress/LessonSession.h"
#include "store/LearnerRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace careu {

namespace {
// The namespace of our statement ids (UUID v5): a fixed, random UUID of this project.
const QUuid StatementNamespace(QStringLiteral("{6f1c2a4e-9b7d-4c35-8a61-3e2f0d9b5c17}"));

QString xapiTime(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject languageMap(const QString& text)
{
    return {{QStringLiteral("en-US"), text}};
}
} // namespace

XapiExport::XapiExport(const Services& services, const Actor& reader, QString homePage)
    : m_services(services), m_reader(reader), m_homePage(homePage.endsWith(QLatin1Char('/')) ? homePage.chopped(1) : homePage)
{
}

bool XapiExport::isHomePage(const QString& text, QString* error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
        !url.host().isEmpty() && text == text.trimmed())
        return true;
    *error = tr("The xAPI home page needs a full web address like https://lms.example.com.");
    return false;
}

QString XapiExport::verbId(const QString& verb)
{
    return QStringLiteral("http://adlnet.gov/expapi/verbs/") + verb;
}

QJsonObject XapiExport::make(const QJsonObject& actor, const QString& verb, const QString& activityPath,
                             const QString& activityType, const QString& title, const QDateTime& when,
                             const QJsonObject& result) const
{
    QJsonObject statement{
        {QStringLiteral("actor"), actor},
        {QStringLiteral("verb"),
         QJsonObject{{QStringLiteral("id"), verbId(verb)}, {QStringLiteral("display"), languageMap(verb)}}},
        {QStringLiteral("object"),
         QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Activity")},
                     {QStringLiteral("id"), m_homePage + QStringLiteral("/activities/") + activityPath},
                     {QStringLiteral("definition"),
                      QJsonObject{{QStringLiteral("name"), languageMap(title)},
                                  {QStringLiteral("type"),
                                   QStringLiteral("http://adlnet.gov/expapi/activities/") + activityType}}}}},
        {QStringLiteral("timestamp"), xapiTime(when)},
        {QStringLiteral("version"), QStringLiteral("1.0.3")},
    };
    if (!result.isEmpty())
        statement.insert(QStringLiteral("result"), result);
    // The id is derived from everything above, so the same fact always gets the same id.
    const QByteArray content = QJsonDocument(statement).toJson(QJsonDocument::Compact);
    statement.insert(QStringLiteral("id"),
                     QUuid::createUuidV5(StatementNamespace, content).toString(QUuid::WithoutBraces));
    return statement;
}

bool XapiExport::run(const CompletionReport::Filter& filter,
                     const std::function<void(const QJsonObject&)>& statement, QString* error,
                     const CompletionReport::Progress& progress) const
{
    const auto since = [&filter](const QDateTime& when) { return filter.inDates(when); };
    return CompletionReport(m_services, m_reader).forEachShown(
        filter, LearnerRecords::RolePlayScores::PerPillar,
        [&](const LearnerData& learner, const QVector<ReportRow>& rows) {
            const Person& person = learner.person;
            const QJsonObject actor{
                {QStringLiteral("objectType"), QStringLiteral("Agent")},
                {QStringLiteral("name"), person.name},
                {QStringLiteral("account"), QJsonObject{{QStringLiteral("homePage"), m_homePage},
                                                        {QStringLiteral("name"), person.uid}}}};
            for (const ReportRow& row : rows) {
                const Course& course = *m_services.catalog.course(row.courseId);
                QDateTime courseDone;
                int complete = 0;
                for (const Lesson& lesson : course.lessons) {
                    const LearnerLesson* dates = learner.lesson(course.id, lesson.id);
                    if (!dates)
                        continue;
                    const QString path = QStringLiteral("courses/%1/lessons/%2").arg(course.id, lesson.id);
                    if (dates->checkPassedAt.isValid() && !lesson.check.isEmpty()) {
                        // The first try is what counts: passing by retrying is how the Check teaches.
                        const double scaled = static_cast<double>(LessonSession::firstTryCorrect(
                                                  lesson, dates->firstTryRight)) /
                                              lesson.check.size();
                        // Passed when at least half was right at the first try; a retry until right
                        // completes the Check in the app, but says less about what the learner knew.
                        const bool passed = LessonSession::firstTryScore(lesson, dates->firstTryRight) >= 50;
                        if (since(dates->checkPassedAt))
                            statement(make(
                                actor, passed ? QStringLiteral("passed") : QStringLiteral("failed"),
                                path + QStringLiteral("/check"), QStringLiteral("assessment"),
                                lesson.title + QStringLiteral(" · Check"), dates->checkPassedAt,
                                {{QStringLiteral("score"), QJsonObject{{QStringLiteral("scaled"), scaled}}},
                                 {QStringLiteral("success"), passed}}));
                    }
                    if (!dates->completedAt.isValid())
                        continue;
                    ++complete;
                    if (!courseDone.isValid() || dates->completedAt > courseDone)
                        courseDone = dates->completedAt;
                    if (since(dates->completedAt))
                        statement(make(actor, QStringLiteral("completed"), path, QStringLiteral("lesson"),
                                       lesson.title, dates->completedAt,
                                       {{QStringLiteral("completion"), true}}));
                }
                if (complete == course.lessons.size() && since(courseDone))
                    statement(make(actor, QStringLiteral("completed"), QStringLiteral("courses/") + course.id,
                                   QStringLiteral("course"), course.title, courseDone,
                                   {{QStringLiteral("completion"), true}}));
                // A refresher the graduate has taken: its score, every answer, and the replay.
                for (const StoredRefresher& refresher : learner.refreshers) {
                    if (refresher.courseId != course.id || !refresher.completedAt.isValid() ||
                        !since(refresher.completedAt))
                        continue;
                    QJsonArray answers;
                    for (const AskedQuestion& asked : refresher.questions)
                        answers.append(QJsonObject{
                            {QStringLiteral("question"),
                             m_homePage + QStringLiteral("/activities/courses/%1/lessons/%2/check/%3")
                                              .arg(course.id, asked.lessonId, asked.questionId)},
                            {QStringLiteral("response"), asked.choiceId},
                            {QStringLiteral("success"), asked.correct}});
                    const int asked = static_cast<int>(refresher.questions.size());
                    QJsonObject extensions{
                        {m_homePage + QStringLiteral("/extensions/refresher-answers"), answers},
                        {m_homePage + QStringLiteral("/extensions/pillar"), refresher.pillarId}};
                    if (refresher.attemptId)
                        extensions.insert(m_homePage + QStringLiteral("/extensions/replay"),
                                          m_homePage + QStringLiteral("/activities/roleplays/%1/attempts/%2")
                                                           .arg(refresher.scenarioId)
                                                           .arg(refresher.attemptId));
                    statement(make(
                        actor, QStringLiteral("completed"),
                        QStringLiteral("courses/%1/refreshers/%2").arg(course.id).arg(refresher.number),
                        QStringLiteral("assessment"),
                        tr("%1 · Refresher %2").arg(course.title).arg(refresher.number),
                        refresher.completedAt,
                        {{QStringLiteral("completion"), true},
                         {QStringLiteral("score"),
                          QJsonObject{{QStringLiteral("raw"), refresher.rightCount()},
                                      {QStringLiteral("min"), 0},
                                      {QStringLiteral("max"), asked},
                                      {QStringLiteral("scaled"),
                                       asked ? static_cast<double>(refresher.rightCount()) / asked : 0.0}}},
                         {QStringLiteral("extensions"), extensions}}));
                }
                for (const Scenario& scenario : m_services.catalog.scenarios()) {
                    if (scenario.courseId != course.id)
                        continue;
                    for (const Attempt& attempt : learner.attempts) {
                        if (attempt.scenarioId != scenario.id || !since(attempt.finishedAt))
                            continue;
                        QJsonObject pillars;
                        for (auto it = attempt.scores.cbegin(); it != attempt.scores.cend(); ++it)
                            pillars.insert(it.key(), it.value());
                        statement(make(
                            actor, QStringLiteral("completed"),
                            QStringLiteral("roleplays/%1/attempts/%2").arg(scenario.id).arg(attempt.id),
                            QStringLiteral("simulation"), scenario.title, attempt.finishedAt,
                            {{QStringLiteral("completion"), true},
                             {QStringLiteral("score"), QJsonObject{{QStringLiteral("raw"), attempt.total}}},
                             {QStringLiteral("extensions"),
                              QJsonObject{
                                  {m_homePage + QStringLiteral("/extensions/pillar-scores"), pillars},
                                  {m_homePage + QStringLiteral("/extensions/ending"), attempt.endingId}}}}));
                    }
                }
            }
        },
        error, progress);
}

} // namespace careu
