#pragma once

#include "roleplay/ScenarioAnalysis.h"

#include <QWidget>
#include <array>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QVBoxLayout;

namespace careu {
class AttemptStore;
class Clock;
class RolePlaySession;
class SettingsStore;
struct Course;
} // namespace careu

namespace careu::ui {

class ChoiceButton;
class DebriefView;

// Plays a role-play like a scene: who speaks, what happens, and the choices as buttons
// (keys 1-4). In practice mode each choice is followed by short feedback; in assessment mode
// the feedback waits for the debrief.
class RolePlayPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxChoices = 4;

    RolePlayPage(AttemptStore& attempts, SettingsStore& settings, const Clock& clock,
                 QWidget* parent = nullptr);
    ~RolePlayPage() override;

    // Resumes the person's unfinished attempt, or shows the introduction to start one.
    bool open(qint64 personId, const Course& course, const Scenario& scenario, QString* error);

signals:
    void closed();

private:
    QWidget* buildIntro();
    QWidget* buildScene();
    void start();
    void restart();
    void choose(int index);
    void render();
    void showProblem(const QString& error);

    AttemptStore& m_attempts;
    SettingsStore& m_settings;
    const Clock& m_clock;
    std::unique_ptr<RolePlaySession> m_session;
    const Course* m_course = nullptr;
    const Scenario* m_scenario = nullptr;
    ScenarioPath m_best;
    qint64 m_personId = 0;

    QLabel* m_eyebrow;
    QLabel* m_title;
    QLabel* m_role;
    QLabel* m_problem;
    QStackedWidget* m_stack;
    QLabel* m_summary;
    QCheckBox* m_feedbackToggle;
    QLabel* m_mode;
    QScrollArea* m_transcriptScroll;
    QVBoxLayout* m_transcript;
    std::array<ChoiceButton*, MaxChoices> m_choiceButtons{};
    DebriefView* m_debrief;
};

} // namespace careu::ui
