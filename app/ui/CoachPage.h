#pragma once

#include "ScrollPage.h"

namespace careu {
struct Person;
}

namespace careu::ui {

struct AppServices;

// A coach's home: the graduates they coach, each refresher with its due date, and a check-in
// to close the ones that are due.
class CoachPage : public ScrollPage
{
    Q_OBJECT

public:
    explicit CoachPage(AppServices& services, QWidget* parent = nullptr);

    void showFor(const Person& coach, const QString& message = QString(), bool problem = false);

private:
    AppServices& m_services;
    QLabel* m_status = nullptr;
};

} // namespace careu::ui
