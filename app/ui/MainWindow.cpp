#include "MainWindow.h"

#include "CredentialsDialog.h"
#include "FileDialog.h"
#include "HelpMenu.h"
#include "HomeTabs.h"
#include "Language.h"
#include "LessonPage.h"
#include "MessageBox.h"
#include "ProfilePage.h"
#include "RefresherPage.h"
#include "ReviewPage.h"
#include "RolePlayPage.h"
#include "content/Catalog.h"
#include "people/Keys.h"
#include "signoff/Adoption.h"
#include "store/Backups.h"
#include "store/Database.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QPushButton>
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

MainWindow::MainWindow(Database& db, const Catalog& catalog, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_services(db, catalog, clock), m_catalog(catalog)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 780);
    setMinimumSize(820, 600);
    build();
}

void MainWindow::build()
{
    setWindowTitle(tr("Customer CARE University"));
    m_pages = new QStackedWidget(this);
    m_profilePage = new ProfilePage(m_services.people, m_services.accounts, m_services.team, m_pages);
    m_homeTabs = new HomeTabs(m_services, m_pages);
    auto* signOut = new QPushButton(tr("Sign out"), m_homeTabs);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    connect(signOut, &QPushButton::clicked, this, &MainWindow::showProfiles);
    m_homeTabs->setCornerWidget(signOut);
    m_reviewPage = new ReviewPage(m_services, m_pages);
    m_lessonPage = new LessonPage(m_services, m_pages);
    m_rolePlayPage = new RolePlayPage(m_services.attempts, m_services.settings, m_services.clock, m_pages);
    m_refresherPage = new RefresherPage(m_services, m_pages);
    m_pages->addWidget(m_profilePage);
    m_pages->addWidget(m_homeTabs);
    m_pages->addWidget(m_reviewPage);
    m_pages->addWidget(m_lessonPage);
    m_pages->addWidget(m_rolePlayPage);
    m_pages->addWidget(m_refresherPage);
    setCentralWidget(m_pages);

    auto* menu = menuBar()->addMenu(tr("&File"));
    QAction* switchPerson = menu->addAction(tr("&Sign out"), this, &MainWindow::showProfiles);
    switchPerson->setObjectName(QStringLiteral("signOutAction"));
    QAction* restore = menu->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreFromBackup);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    menu->addSeparator();
    menu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    menuBar()->addMenu(new HelpMenu(
        m_services, [this] { return m_person ? &*m_person : nullptr; }, this));
    addLanguageMenu();

    connect(m_profilePage, &ProfilePage::personChosen, this, &MainWindow::enterAs);
    connect(m_homeTabs, &HomeTabs::lessonRequested, this, &MainWindow::openLesson);
    connect(m_homeTabs, &HomeTabs::reviewRequested, this, &MainWindow::openReview);
    connect(m_homeTabs, &HomeTabs::recordRequested, this, &MainWindow::openRecord);
    connect(m_homeTabs, &HomeTabs::rolePlayRequested, this, &MainWindow::openRolePlay);
    connect(m_reviewPage, &ReviewPage::finished, this, [this](const QString& message) {
        showHome(message);
        if (m_reviewFromDashboard)
            m_homeTabs->openDashboard();
        m_reviewFromDashboard = false;
    });
    connect(m_lessonPage, &LessonPage::rolePlayRequested, this, &MainWindow::openRolePlay);
    connect(m_homeTabs, &HomeTabs::refresherRequested, this, &MainWindow::openRefresher);
    connect(m_refresherPage, &RefresherPage::rolePlayRequested, this, &MainWindow::openRolePlay);
    connect(m_refresherPage, &RefresherPage::closed, this, [this] { showHome(); });
    connect(m_rolePlayPage, &RolePlayPage::closed, this, [this] {
        if (m_returnFromRolePlay == m_lessonPage) {
            m_pages->setCurrentWidget(m_lessonPage);
        } else if (m_returnFromRolePlay == m_refresherPage) {
            m_refresherPage->refresh();
            m_pages->setCurrentWidget(m_refresherPage);
        } else {
            showHome();
        }
    });
    connect(m_lessonPage, &LessonPage::homeRequested, this, [this] {
        m_lessonPage->close();
        QString error;
        if (m_person && !m_services.settings.remove(openLessonKey(m_person->id), &error))
            statusBar()->showMessage(error);
        showHome();
    });

    showProfiles();
}

MainWindow::~MainWindow() = default;

void MainWindow::addLanguageMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    // Each language by its own name, whichever is in use.
    const std::pair<Language, QString> languages[] = {{Language::English, QStringLiteral("English")},
                                                      {Language::Spanish, QStringLiteral("Español")}};
    for (const auto& [language, name] : languages) {
        QAction* action = menu->addAction(name);
        action->setObjectName(language == Language::Spanish ? QStringLiteral("languageSpanish")
                                                            : QStringLiteral("languageEnglish"));
        action->setCheckable(true);
        action->setChecked(language == languageInUse());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = language] { changeLanguage(language); });
    }
}

void MainWindow::changeLanguage(Language language)
{
    chooseLanguage(language);
    m_chosenLanguage = language;
    if (m_person) {
        statusBar()->showMessage(tr("The new language is used once you sign out."));
        return;
    }
    // Later, not inside the menu being triggered: building again replaces the menu bar.
    QMetaObject::invokeMethod(this, &MainWindow::rebuildInChosenLanguage, Qt::QueuedConnection);
}

void MainWindow::rebuildInChosenLanguage()
{
    if (m_person || !m_chosenLanguage)
        return;
    const Language language = *m_chosenLanguage;
    m_chosenLanguage.reset();
    if (language == languageInUse())
        return;
    useLanguage(language);
    statusBar()->clearMessage();
    // Called from the event loop, so none of the widgets going is in the middle of an event.
    delete takeCentralWidget();
    delete menuWidget();
    build();
    m_pages->show(); // made on a window already shown
}

void MainWindow::showProfiles()
{
    m_lessonPage->close();
    // The pages first: an export still running (the dashboard's certificates) signs with the key.
    m_homeTabs->clearPages();
    // Signing out closes the signing key opened at sign-in.
    if (m_person)
        m_services.accounts.signOut(m_person->id);
    m_person.reset();
    m_profilePage->refresh(m_services.settings.value(LastPersonKey).toLongLong());
    m_pages->setCurrentWidget(m_profilePage);
    // A language chosen while someone was signed in.
    if (m_chosenLanguage)
        QMetaObject::invokeMethod(this, &MainWindow::rebuildInChosenLanguage, Qt::QueuedConnection);
}

void MainWindow::enterAs(qint64 personId)
{
    QString error;
    m_person = m_services.people.find(personId, &error);
    if (!m_person) {
        MessageBox::warning(this, tr("Cannot open this profile"), error);
        return;
    }
    // A database from before records were signed waits for its first admin to vouch for them.
    const auto waiting = Adoption::waiting(m_services, *m_person, &error);
    const bool adopt =
        waiting && *waiting > 0 &&
        MessageBox::choose(this, QMessageBox::Question, tr("Adopt the earlier records?"),
                           tr("This database was made before records were signed: its %1 records, "
                              "sign-offs and graduations among them, do not verify yet, so reports and "
                              "certificates are refused. As its first admin you can adopt them: you vouch "
                              "that they are your "
                              "organization's, as the app holds them now, and your key becomes the "
                              "organization's root. Adopt them only if nobody could have changed this file "
                              "behind the app's back.")
                               .arg(*waiting),
                           {{QMessageBox::Yes, tr("Adopt them")}, {QMessageBox::No, tr("Not now")}}) ==
            QMessageBox::Yes;
    if (!waiting)
        MessageBox::warning(this, tr("Cannot adopt the earlier records"), error);
    else if (const auto adopted = adopt ? Adoption::adoptIfNeeded(m_services, *m_person, &error) : 0;
             !adopted)
        MessageBox::warning(this, tr("Cannot adopt the earlier records"), error);
    else if (*adopted > 0)
        MessageBox::information(this, tr("Earlier records adopted"), Adoption::note(*adopted));
    else if (*waiting == 0 && m_person->roles != Roles{Role::Learner} &&
             m_services.accounts.onlyDeclared(personId, m_person->publicKey, &error))
        MessageBox::information(
            this, tr("Your key waits for a manager"),
            tr("You made your signing key yourself, and no manager has endorsed it yet: until one does, "
               "what you sign as a mentor, coach or manager would not count, so the app will not sign it. "
               "Ask a manager to endorse it in People, and read them its fingerprint: %1")
                .arg(Keys::fingerprint(m_person->publicKey)));
    remember(LastPersonKey, QString::number(personId));
    const QStringList open = m_services.settings.value(openLessonKey(personId)).split(QLatin1Char('/'));
    const Course* course = m_catalog.course(open.value(0));
    if (course && course->lesson(open.value(1)))
        openLesson(course->id, open.value(1));
    else
        showHome();
}

void MainWindow::showHome(const QString& mentorMessage)
{
    refreshPerson();
    m_homeTabs->showFor(*m_person, mentorMessage);
    m_pages->setCurrentWidget(m_homeTabs);
}

void MainWindow::refreshPerson()
{
    // Roles, mentor and coach as stored now: a manager may have changed them meanwhile.
    QString error;
    if (auto fresh = m_services.people.find(m_person->id, &error))
        m_person = std::move(fresh);
}

void MainWindow::openReview(qint64 learnerId, const QString& courseId, const QString& lessonId)
{
    QString error;
    const auto learner = m_services.people.find(learnerId, &error);
    const Course* course = m_catalog.course(courseId);
    const Lesson* lesson = course ? course->lesson(lessonId) : nullptr;
    if (!learner || !lesson) {
        MessageBox::warning(this, tr("Cannot open this review"),
                            error.isEmpty() ? tr("This lesson is no longer part of the course.") : error);
        return;
    }
    m_reviewPage->open(*m_person, *learner, *course, *lesson);
    m_pages->setCurrentWidget(m_reviewPage);
}

void MainWindow::openRecord(qint64 personId, const QString& courseId)
{
    QString error;
    const auto person = m_services.people.find(personId, &error);
    const Course* course = m_catalog.course(courseId);
    if (!person || !course) {
        MessageBox::warning(this, tr("Cannot open this record"),
                            error.isEmpty() ? tr("This person or course is no longer here.") : error);
        return;
    }
    m_reviewFromDashboard = true;
    m_reviewPage->openRecord(*person, *course);
    m_pages->setCurrentWidget(m_reviewPage);
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
    if (!lesson || !m_lessonPage->open(*m_person, *course, *lesson, roleplays, &error)) {
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

void MainWindow::openRefresher(int number)
{
    QString error;
    if (!m_refresherPage->open(*m_person, number, &error)) {
        MessageBox::warning(this, tr("Cannot open this refresher"), error);
        return;
    }
    m_pages->setCurrentWidget(m_refresherPage);
}

void MainWindow::remember(const QString& key, const QString& value)
{
    QString error;
    if (!m_services.settings.setValue(key, value, &error))
        statusBar()->showMessage(tr("Could not remember where you are: %1").arg(error));
}

void MainWindow::restoreFromBackup()
{
    // Asked first so that nobody picks a file only to be told no; Backups::restoreOpen decides.
    QString why;
    if (!m_person ||
        !Permissions::allows(m_person->asActor(), Action::RestoreBackup, m_person->asSubject(), &why)) {
        MessageBox::warning(this, tr("Only an admin can restore a backup"),
                            tr("Restoring puts the whole database back as it was, for everyone, so only an "
                               "admin can do it. Sign in as an admin, then choose File → Restore from "
                               "backup… again."));
        return;
    }
    const QString backup =
        FileDialog::openFileName(this, tr("Restore from backup"), Backups::folderFor(m_db.path()),
                                 tr("Customer CARE University backups (*.sqlite *.bak);;All files (*)"));
    QString error;
    if (backup.isEmpty())
        return;
    if (!Backups::check(backup, &error)) {
        MessageBox::warning(this, tr("This is not a backup to restore"), error);
        return;
    }
    const auto answer = CredentialsDialog::ask(
        this, tr("Restore from backup?"),
        tr("The database will be put back as it was in the backup %1, for everyone. What was recorded since "
           "then will not be in it; the current database is kept aside as a checked copy first, so nothing "
           "is deleted.\n\nEveryone is signed out. Type your password to restore now.")
            .arg(QFileInfo(backup).fileName()),
        m_person->name);
    if (!answer)
        return;
    const auto confirmation = m_services.accounts.confirm(m_person->id, answer->password, &error);
    if (!confirmation) {
        MessageBox::warning(this, tr("The backup was not restored"), error);
        return;
    }
    m_lessonPage->close();
    const Person admin = *m_person;
    QString aside;
    const bool restored =
        Backups::restoreOpen(m_db, admin, *confirmation, backup, m_services.clock.now(), &aside, &error);
    showProfiles();
    if (!restored) {
        MessageBox::warning(this, tr("The backup was not restored"), error);
        return;
    }
    statusBar()->showMessage(tr("Restored from %1. The database as it was is kept as %2.")
                                 .arg(QFileInfo(backup).fileName(), QFileInfo(aside).fileName()));
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
