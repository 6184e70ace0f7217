#include "MainWindow.h"

#include "HomePage.h"
#include "LessonPage.h"
#include "MessageBox.h"
#include "ProfilePage.h"
#include "RolePlayPage.h"
#include "content/Catalog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace careu::ui {

namespace {
const QString LastPersonKey = QStringLiteral("ui/last_person");
QString openLessonKey(qint64 personId)
{
    return QStringLiteral("ui/open_lesson/%1").arg(personId);
}
} // namespace

MainWindow::MainWindow(const Database& db, const Catalog& catalog, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_catalog(catalog), m_people(db, clock), m_progress(db), m_settings(db),
      m_attempts(db), m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Customer CARE University"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 780);
    setMinimumSize(820, 600);

    m_profilePage = new ProfilePage(m_people, m_pages);
    m_homePage = new HomePage(m_catalog, m_progress, m_attempts, m_pages);
    m_lessonPage = new LessonPage(m_progress, clock, m_pages);
    m_rolePlayPage = new RolePlayPage(m_attempts, m_settings, clock, m_pages);
    m_pages->addWidget(m_profilePage);
    m_pages->addWidget(m_homePage);
    m_pages->addWidget(m_lessonPage);
    m_pages->addWidget(m_rolePlayPage);
    setCentralWidget(m_pages);

    auto* menu = menuBar()->addMenu(tr("&File"));
    QAction* switchPerson = menu->addAction(tr("&Switch person"), this, &MainWindow::showProfiles);
    switchPerson->setObjectName(QStringLiteral("switchPersonAction"));
    menu->addSeparator();
    menu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    connect(m_profilePage, &ProfilePage::personChosen, this, &MainWindow::enterAs);
    connect(m_homePage, &HomePage::lessonRequested, this, &MainWindow::openLesson);
    connect(m_homePage, &HomePage::switchPersonRequested, this, &MainWindow::showProfiles);
    connect(m_homePage, &HomePage::rolePlayRequested, this, &MainWindow::openRolePlay);
    connect(m_lessonPage, &LessonPage::rolePlayRequested, this, &MainWindow::openRolePlay);
    connect(m_rolePlayPage, &RolePlayPage::closed, this, [this] {
        if (m_returnFromRolePlay == m_lessonPage)
            m_pages->setCurrentWidget(m_lessonPage);
        else
            showHome();
    });
    connect(m_lessonPage, &LessonPage::homeRequested, this, [this] {
        m_lessonPage->close();
        QString error;
        if (m_person && !m_settings.remove(openLessonKey(m_person->id), &error))
            statusBar()->showMessage(error);
        showHome();
    });

    showProfiles();
}

MainWindow::~MainWindow() = default;

void MainWindow::showProfiles()
{
    m_lessonPage->close();
    m_person.reset();
    m_profilePage->refresh(m_settings.value(LastPersonKey).toLongLong());
    m_pages->setCurrentWidget(m_profilePage);
}

void MainWindow::enterAs(qint64 personId)
{
    QString error;
    m_person = m_people.find(personId, &error);
    if (!m_person) {
        MessageBox::warning(this, tr("Cannot open this profile"), error);
        return;
    }
    remember(LastPersonKey, QString::number(personId));
    const QStringList open = m_settings.value(openLessonKey(personId)).split(QLatin1Char('/'));
    const Course* course = m_catalog.course(open.value(0));
    if (course && course->lesson(open.value(1)))
        openLesson(course->id, open.value(1));
    else
        showHome();
}

void MainWindow::showHome()
{
    m_homePage->showFor(*m_person);
    m_pages->setCurrentWidget(m_homePage);
}

void MainWindow::openLesson(const QString& courseId, const QString& lessonId)
{
    const Course* course = m_catalog.course(courseId);
    const Lesson* lesson = course ? course->lesson(lessonId) : nullptr;
    QVector<const Scenario*> roleplays;
    if (lesson) {
        for (const QString& id : lesson->roleplays) {
            if (const Scenario* scenario = m_catalog.scenario(id))
                roleplays.append(scenario);
        }
    }
    QString error;
    if (!lesson || !m_lessonPage->open(m_person->id, *course, *lesson, roleplays, &error)) {
        MessageBox::warning(this, tr("Cannot open this lesson"),
                            error.isEmpty() ? tr("This lesson is no longer part of the course.") : error);
        return;
    }
    remember(openLessonKey(m_person->id), courseId + QLatin1Char('/') + lessonId);
    m_pages->setCurrentWidget(m_lessonPage);
}

void MainWindow::openRolePlay(const QString& scenarioId)
{
    const Scenario* scenario = m_catalog.scenario(scenarioId);
    const Course* course = scenario ? m_catalog.course(scenario->courseId) : nullptr;
    QString error;
    m_lessonPage->flush();
    if (!course || !m_rolePlayPage->open(m_person->id, *course, *scenario, &error)) {
        MessageBox::warning(this, tr("Cannot open this role-play"),
                            error.isEmpty() ? tr("This role-play is no longer part of the courses.") : error);
        return;
    }
    m_returnFromRolePlay = m_pages->currentWidget();
    m_pages->setCurrentWidget(m_rolePlayPage);
}

void MainWindow::remember(const QString& key, const QString& value)
{
    QString error;
    if (!m_settings.setValue(key, value, &error))
        statusBar()->showMessage(tr("Could not remember where you are: %1").arg(error));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_lessonPage->flush()) {
        const auto answer = MessageBox::question(
            this, tr("Your reflection was not saved"),
            tr("What you wrote in the reflection could not be saved. Close anyway and lose it, or cancel "
               "and copy it somewhere safe?"),
            QMessageBox::Discard | QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::quitAfterFirstPaint()
{
    m_quitAfterPaint = true;
    m_pages->currentWidget()->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (m_quitAfterPaint && event->type() == QEvent::Paint) {
        m_quitAfterPaint = false;
        watched->removeEventFilter(this);
        // Quit after this paint has finished, not in the middle of it.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace careu::ui
