#pragma once

#include "content/Content.h"

#include <QDateTime>
#include <QHash>

namespace careu {

// One Check question asked again at a refresher, and how the graduate answered it there.
struct AskedQuestion
{
    QString lessonId;
    QString questionId;
    QString contentHash; // the lesson's version when the question was asked
    QString choiceId;    // empty: not answered yet
    bool correct = false;
    QDateTime answeredAt;

    bool answered() const { return !choiceId.isEmpty(); }
};

// What a graduate has answered in the refresher course so far: what choosing a refresher's
// questions goes by.
struct AnswerHistory
{
    // Lesson id -> the questions right at the first try (LessonRecord::firstTryRight()), for
    // the lessons whose Check was passed: a question of those lessons not in the list was
    // missed at the first try.
    QHash<QString, QStringList> firstTryRight;
    // The questions of each refresher already started, in refresher order.
    QVector<QVector<AskedQuestion>> refreshers;
};

// What a refresher asks: a few of the refresher course's Check questions again, and a role-play
// to replay (retrieval spaced out over weeks keeps what a course taught; people need reminding
// more than instructing).
struct RefresherPlan
{
    static constexpr int Fewest = 3;
    static constexpr int Most = 5;

    QString pillarId;                 // the graduate's weakest pillar: what the refresher is about
    QVector<AskedQuestion> questions; // in the order to ask them, none answered
    QString scenarioId;               // the role-play to replay; empty when the course links none

    // The plan of refresher number (1-based) for a graduate with this history. Deterministic:
    // the same course, number and history give the same plan. See the .cpp for the rule.
    static RefresherPlan of(const Course& course, int number, const AnswerHistory& history);
    // The course's pillars, weakest first for this history, ties in turn for refresher number.
    static QStringList pillarsByWeakness(const Course& course, int number, const AnswerHistory& history);
};

} // namespace careu
