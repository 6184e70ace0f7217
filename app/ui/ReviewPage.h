#pragma once

#include "ScrollPage.h"
#include "store/PeopleStore.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace careu {
struct Course;
struct Lesson;
} // namespace careu

namespace careu::ui {

struct AppServices;

// A mentor reviews one Practice: what the learner did (Check, reflection, role-plays and their
// weakest pillar), ticks what they saw with a real customer, and signs off with their password
// or sends it back with coaching feedback. A manager sees the same, read-only, for every lesson
// of a course at once: the learner's record.
class ReviewPage : public ScrollPage
{
    Q_OBJECT

public:
    explicit ReviewPage(AppServices& services, QWidget* parent = nullptr);

    void open(const Person& mentor, const Person& learner, const Course& course, const Lesson& lesson);
    void openRecord(const Person& learner, const Course& course);

signals:
    // The review ended (signed, sent back or left); message says what happened, if anything.
    void finished(const QString& message);

private:
    QWidget* checkSection(const Lesson& lesson, const QString& title);
    QWidget* rolePlaySection();
    QWidget* decisionSection();
    void signOff();
    void sendBack();
    void showError(const QString& error);

    AppServices& m_services;
    std::optional<Person> m_mentor;
    std::optional<Person> m_learner;
    const Course* m_course = nullptr;
    const Lesson* m_lesson = nullptr;
    QVector<QCheckBox*> m_observed;
    QVector<QLineEdit*> m_notes;
    QLineEdit* m_comment = nullptr;
    QLineEdit* m_password = nullptr;
    QPlainTextEdit* m_feedback = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace careu::ui
