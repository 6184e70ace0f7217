#include "CheckWarnings.h"

#include "JsonReader.h"

#include <QDir>
#include <QRegularExpression>

namespace careu {

namespace {

QString choicePointer(int lesson, int question, int choice)
{
    return QStringLiteral("/lessons/%1/check/%2/choices/%3").arg(lesson).arg(question).arg(choice);
}

// "All of the above" means nothing once the choices are shuffled for each learner.
const QRegularExpression& aboveChoice()
{
    static const QRegularExpression pattern(QStringLiteral("\\b(all|none|both) of the above\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The app says whether a choice is right before it shows the choice's feedback, so feedback
// that opens with its own verdict reads "Yes. Yes." or "Not quite. Right."
const QRegularExpression& verdictOpening()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(yes|no|right|wrong|correct|incorrect|exactly|not quite|close|true|false|"
                       "that's it|that is it|spot on|nope)\\s*[.!,:;]"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

bool CheckWarnings::clearlyLonger(int rightCharacters, int longestWrongCharacters)
{
    return rightCharacters >= ClearlyLongerRatio * longestWrongCharacters &&
           rightCharacters - longestWrongCharacters >= ClearlyLongerBy;
}

bool CheckWarnings::opensWithVerdict(const QString& feedback)
{
    return verdictOpening().match(feedback.trimmed()).hasMatch();
}

void CheckWarnings::check(const Course& course, Diagnostics* out)
{
    JsonReader reader(QDir(course.origin).filePath(QStringLiteral("course.json")), out);
    if (!reader.open())
        return;
    for (int l = 0; l < course.lessons.size(); ++l) {
        const Lesson& lesson = course.lessons.at(l);
        int rightIsLongest = 0;
        for (int q = 0; q < lesson.check.size(); ++q) {
            const Question& question = lesson.check.at(q);
            int right = -1;
            int longestWrong = 0;
            for (int c = 0; c < question.choices.size(); ++c) {
                const Choice& choice = question.choices.at(c);
                if (choice.id == question.answer)
                    right = c;
                else
                    longestWrong = std::max(longestWrong, static_cast<int>(choice.text.size()));
                if (aboveChoice().match(choice.text).hasMatch())
                    reader.warning(choicePointer(l, q, c) + QStringLiteral("/text"),
                                   tr("\"%1\" means nothing here: each learner sees the choices in a "
                                      "different order; write out what it stands for")
                                       .arg(aboveChoice().match(choice.text).captured(0)));
                const auto verdict = verdictOpening().match(choice.feedback);
                if (verdict.hasMatch())
                    reader.warning(choicePointer(l, q, c) + QStringLiteral("/feedback"),
                                   tr("feedback opens with a verdict (\"%1\"): the app says right or wrong "
                                      "before it, so start with the reason")
                                       .arg(verdict.captured(0)));
            }
            if (right < 0)
                continue;
            const int rightLength = static_cast<int>(question.choices.at(right).text.size());
            if (rightLength > longestWrong)
                ++rightIsLongest;
            if (clearlyLonger(rightLength, longestWrong))
                reader.warning(choicePointer(l, q, right) + QStringLiteral("/text"),
                               tr("the right answer is clearly longer than the others (%1 characters; the "
                                  "longest wrong one has %2): learners pick it for its length")
                                   .arg(rightLength)
                                   .arg(longestWrong));
        }
        // One question proves nothing about a habit; from two on, the longest should not be a safe bet.
        const int questions = static_cast<int>(lesson.check.size());
        if (questions >= 2 && rightIsLongest * 2 > questions)
            reader.warning(QStringLiteral("/lessons/%1/check").arg(l),
                           tr("the right answer is the longest choice in %1 of this lesson's %2 questions: "
                              "always picking the longest would pass; let a wrong answer be the longest "
                              "in more of them")
                               .arg(rightIsLongest)
                               .arg(questions));
    }
}

} // namespace careu
