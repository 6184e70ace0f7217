#pragma once

#include "ScrollPage.h"

namespace careu {
struct Person;
}

namespace careu::ui {

struct AppServices;

// A mentor's home: what is waiting for their review, how each mentee is doing, and a place to
// recognise good work.
class MentorPage : public ScrollPage
{
    Q_OBJECT

public:
    explicit MentorPage(AppServices& services, QWidget* parent = nullptr);

    // Rebuilds the page from what is stored now; message (if any) is shown at the top, as a
    // problem when problem is set.
    void showFor(const Person& mentor, const QString& message = QString(), bool problem = false);

signals:
    void reviewRequested(qint64 learnerId, const QString& courseId, const QString& lessonId);

private:
    QWidget* reviewQueue(const Person& mentor); // oldest request first
    QWidget* menteeList(const QVector<Person>& mentees);
    QWidget* recognitionForm(const Person& mentor, const QVector<Person>& mentees);
    QWidget* huddleForm(const Person& mentor, const QVector<Person>& mentees);

    AppServices& m_services;
    QLabel* m_status = nullptr;
};

} // namespace careu::ui
