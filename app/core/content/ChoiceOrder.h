#pragma once

#include "Content.h"

#include <QStringList>

namespace careu {

// The order in which a learner sees a question's choices: shuffled, so that where an answer
// stands tells nothing, and the same whenever that learner opens the question, on any machine,
// so that a page looks as it did. Only what is shown moves: answers are stored by choice id.
//
// Each choice's place is decided by SHA-256 of who is asking and which choice it is (not by
// qHash, whose seed changes from run to run), so the order is a fair shuffle that needs no
// storage and no random number generator.
class ChoiceOrder
{
public:
    // learnerUid is the person's stable uid (people.uid). Returns every choice id of question
    // once, in the order to show them.
    static QStringList of(const QString& learnerUid, const QString& courseId, const QString& lessonId,
                          const Question& question);
};

} // namespace careu
