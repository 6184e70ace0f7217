#pragma once

#include "content/Content.h"
#include "store/PeopleStore.h"

#include <QWidget>
#include <array>
#include <memory>
#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace careu {
class Clock;
class LessonSession;
class ProgressStore;
struct Scenario;
} // namespace careu

namespace careu::ui {

struct AppServices;
class CheckView;
class PracticeView;
class ReflectView;

// One lesson, in four steps: Learn, Check, Reflect, Practice. Opens at the step the person
// was last on; every answer and the reflection are saved as they go.
class LessonPage : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPage(AppServices& services, QWidget* parent = nullptr);
    ~LessonPage() override;

    // roleplays: the scenarios the lesson links to.
    bool open(const Person& learner, const Course& course, const Lesson& lesson,
              const QVector<const Scenario*>& roleplays, QString* error);
    // Saves anything still pending (the reflection being typed) and forgets the lesson.
    void close();
    // Saves anything still pending; returns false if that failed.
    bool flush();

signals:
    void homeRequested();
    void rolePlayRequested(const QString& scenarioId);

private:
    void showStep(LessonStep step);
    void goToStep(LessonStep step);
    void updateState();
    void updateSignOff();
    void requestSignOff();

    AppServices& m_services;
    std::unique_ptr<LessonSession> m_session;
    std::optional<Person> m_learner;

    QLabel* m_eyebrow;
    QLabel* m_title;
    QLabel* m_meta;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QLabel* m_problem;
    std::array<QPushButton*, LessonStepCount> m_tabs{};
    QStackedWidget* m_steps;
    QTextBrowser* m_learn;
    CheckView* m_check;
    ReflectView* m_reflect;
    PracticeView* m_practice;
    QPushButton* m_back;
    QPushButton* m_next;
};

} // namespace careu::ui
