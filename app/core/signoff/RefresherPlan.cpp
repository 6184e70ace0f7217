#include "RefresherPlan.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace careu {

namespace {
// Of a pillar's questions with an answer, how many the latest answer got wrong.
struct Tally
{
    int wrong = 0;
    int answers = 0;
};

QString keyOf(const QString& lessonId, const QString& questionId)
{
    return lessonId + QLatin1Char('/') + questionId;
}

// The role-plays linked from the pillar's lessons, else from any lesson of the course; the
// refresher's number picks one in turn, so a pillar with two role-plays has both replayed.
QString scenarioFor(const Course& course, const QString& pillarId, int number)
{
    QStringList links;
    for (const Lesson& lesson : course.lessons) {
        if (lesson.pillar == pillarId)
            links += lesson.roleplays;
    }
    if (links.isEmpty()) {
        for (const Lesson& lesson : course.lessons)
            links += lesson.roleplays;
    }
    links.removeDuplicates();
    return links.isEmpty() ? QString() : links.at((number - 1) % links.size());
}
} // namespace

QStringList RefresherPlan::pillarsByWeakness(const Course& course, int number, const AnswerHistory& history)
{
    // What each question's latest answer says: its answer at the latest refresher that asked it,
    // else its first try in the lesson. A pillar answered right again is no longer behind.
    QHash<QString, bool> wrongNow;
    for (const Lesson& lesson : course.lessons) {
        const auto firstTry = history.firstTryRight.constFind(lesson.id);
        if (firstTry == history.firstTryRight.cend())
            continue;
        for (const Question& question : lesson.check)
            wrongNow.insert(keyOf(lesson.id, question.id), !firstTry->contains(question.id));
    }
    for (const QVector<AskedQuestion>& refresher : history.refreshers) {
        for (const AskedQuestion& asked : refresher) {
            if (asked.answered())
                wrongNow.insert(keyOf(asked.lessonId, asked.questionId), !asked.correct);
        }
    }
    QHash<QString, Tally> tallies;
    for (const Lesson& lesson : course.lessons) {
        for (const Question& question : lesson.check) {
            const auto known = wrongNow.constFind(keyOf(lesson.id, question.id));
            if (lesson.pillar.isEmpty() || known == wrongNow.cend())
                continue;
            Tally& tally = tallies[lesson.pillar];
            ++tally.answers;
            tally.wrong += *known;
        }
    }
    const int count = static_cast<int>(course.pillars.size());
    QVector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    // Whose turn it is: refresher 1 starts at the first pillar, refresher 2 at the second...
    const auto turn = [count, number](int index) { return ((index - (number - 1)) % count + count) % count; };
    const auto share = [&tallies, &course](int index) {
        const Tally tally = tallies.value(course.pillars.at(index).id);
        return tally.answers > 0 ? tally : Tally{0, 1};
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const Tally left = share(a);
        const Tally right = share(b);
        // left.wrong / left.answers against right.wrong / right.answers, in whole numbers.
        const qint64 leftWeakness = static_cast<qint64>(left.wrong) * right.answers;
        const qint64 rightWeakness = static_cast<qint64>(right.wrong) * left.answers;
        if (leftWeakness != rightWeakness)
            return leftWeakness > rightWeakness;
        return turn(a) < turn(b);
    });
    QStringList pillars;
    for (int index : std::as_const(order))
        pillars.append(course.pillars.at(index).id);
    return pillars;
}

// Every Check question of the refresher course is a candidate. They are ranked by, in turn:
//  1. its group: first the questions missed at a refresher (their latest refresher answer was
//     wrong), then those missed in the lesson (wrong at the first try) and not asked at a
//     refresher since, then all the others;
//  2. its pillar, weakest first (pillarsByWeakness: the share of the pillar's questions whose
//     latest answer, at a refresher or else the first try in the lesson, was wrong; ties in turn,
//     so that a graduate who has everything right goes through the pillars one refresher after
//     another); the questions of a lesson without a pillar come after every pillar's;
//  3. least recently asked at a refresher first, never asked before any;
//  4. the order of the course.
// The refresher asks as many as the first two groups hold, at least Fewest and at most Most (fewer
// only when the course has fewer). Since a refresher asks at most Most questions, it misses at
// most Most, and those rank first at the next refresher: a question missed at a refresher always
// comes back at the next one.
RefresherPlan RefresherPlan::of(const Course& course, int number, const AnswerHistory& history)
{
    RefresherPlan plan;
    const QStringList pillars = pillarsByWeakness(course, number, history);
    plan.pillarId = pillars.value(0);
    plan.scenarioId = scenarioFor(course, plan.pillarId, number);

    struct Asked
    {
        int last = 0; // the latest refresher that asked it, 1-based; 0: never
        bool missed = false;
    };
    QHash<QString, Asked> asked;
    for (int i = 0; i < history.refreshers.size(); ++i) {
        for (const AskedQuestion& question : history.refreshers.at(i))
            asked.insert(keyOf(question.lessonId, question.questionId),
                         {i + 1, question.answered() && !question.correct});
    }

    struct Candidate
    {
        int group;
        int pillarRank;
        int lastAsked;
        int order;
        AskedQuestion question;

        auto rank() const { return std::tie(group, pillarRank, lastAsked, order); }
    };
    QVector<Candidate> candidates;
    for (const Lesson& lesson : course.lessons) {
        const int pillarRank = lesson.pillar.isEmpty() ? static_cast<int>(pillars.size())
                                                       : static_cast<int>(pillars.indexOf(lesson.pillar));
        const auto firstTry = history.firstTryRight.constFind(lesson.id);
        for (const Question& question : lesson.check) {
            const Asked before = asked.value(keyOf(lesson.id, question.id));
            const bool missedInLesson =
                firstTry != history.firstTryRight.cend() && !firstTry->contains(question.id);
            const int group = before.missed ? 0 : (before.last == 0 && missedInLesson) ? 1 : 2;
            AskedQuestion candidate;
            candidate.lessonId = lesson.id;
            candidate.questionId = question.id;
            candidate.contentHash = lesson.contentHash;
            candidates.append(
                {group, pillarRank, before.last, static_cast<int>(candidates.size()), candidate});
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.rank() < b.rank(); });
    const auto missed = std::count_if(candidates.cbegin(), candidates.cend(),
                                      [](const Candidate& candidate) { return candidate.group < 2; });
    const int size =
        std::min(static_cast<int>(candidates.size()), std::clamp(static_cast<int>(missed), Fewest, Most));
    for (int i = 0; i < size; ++i)
        plan.questions.append(candidates.at(i).question);
    return plan;
}

} // namespace careu
