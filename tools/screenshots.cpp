// Takes screenshots of the main screens from the real app, headless, into a folder:
//   careu_screenshots OUTDIR
// in Spanish when the locale is Spanish (LC_ALL=es_419.UTF-8), else in English.
// Used to look at what a person sees, and to refresh the README's pictures: a walk through the
// app, each role's first screen (that role signing in first), and all of it again under a dark
// desktop palette (dark-*.png).
#include "DarkPalette.h"
#include "Gui.h"
#include "HomeTab.h"
#include "Language.h"
#include "MainWindow.h"
#include "ReportModel.h"
#include "Services.h"
#include "demo/DemoSeeder.h"
#include "progress/LessonSession.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace careu;

namespace {
QTextStream err(stderr);

bool click(QWidget* window, const QString& name)
{
    auto* button = window->findChild<QPushButton*>(name);
    if (!button) {
        err << "screenshots: no button " << name << Qt::endl;
        return false;
    }
    button->click();
    QApplication::processEvents();
    return true;
}

// Opens the home tab titled english, in the language in use.
bool openTab(QWidget* window, const char* english)
{
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("homeTabs"));
    const int i = test::homeTabIndex(tabs, english);
    if (i < 0) {
        err << "screenshots: no tab " << english << Qt::endl;
        return false;
    }
    tabs->setCurrentIndex(i);
    QApplication::processEvents();
    return true;
}

// A mentee of the first person who finished a lesson and asked for the sign-off, for the
// mentor's screens.
bool addMenteeAskingForReview(const Database& db, const Catalog& catalog, const Lesson& lesson,
                              const QString& courseId)
{
    Services services(db, catalog, Clock::system());
    QString error;
    // Ana, the first on the database and so its admin, adds Leo as her mentee, signing it.
    const auto ana = services.people.findByName(QStringLiteral("Ana Lopez"), &error);
    NewPerson newPerson;
    newPerson.name = QStringLiteral("Leo Martin");
    newPerson.mentorId = ana ? ana->id : 0;
    const QString password = QStringLiteral("screenshots only");
    const auto leo = ana && services.accounts.confirm(ana->id, password, &error)
                         ? services.team.add(*ana, newPerson, password, &error, Passwords::Cost::Minimal)
                         : std::nullopt;
    if (!leo || !services.accounts.confirm(leo->id, password, &error)) {
        err << "screenshots: " << error << Qt::endl;
        return false;
    }
    const Course& course = *catalog.course(courseId);
    LessonSession session(services.progress, services.clock, leo->id, course, lesson);
    bool ok = session.load(&error);
    for (const Question& question : lesson.check)
        ok = ok && session.answer(question.id, question.answer, &error);
    ok = ok && session.saveReflection(
                   QStringLiteral("When the shop is full I greet people from behind the till without "
                                  "looking up. This week I will stop, look at them and ask how I can help."),
                   &error);
    ok = ok && services.signOffs.request(*leo, course, lesson, &error);
    if (!ok)
        err << "screenshots: " << error << Qt::endl;
    return ok;
}

bool shoot(QWidget* window, const QString& folder, const QString& name)
{
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path)) {
        err << "screenshots: cannot write " << path << Qt::endl;
        return false;
    }
    QTextStream(stdout) << path << Qt::endl;
    return true;
}
// Scrolls the page the widget called name is on until it is in sight, as a person would.
bool scrollTo(QWidget* window, const QString& name)
{
    QWidget* widget = window->findChild<QWidget*>(name);
    for (QWidget* up = widget; up; up = up->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(up)) {
            area->ensureWidgetVisible(widget);
            return true;
        }
    }
    err << "screenshots: nothing scrolls to " << name << Qt::endl;
    return false;
}

// Waits, as a person would, until what the dashboard reads in the background has arrived.
bool waitUntilEnabled(QWidget* window, const QString& name)
{
    auto* button = window->findChild<QPushButton*>(name);
    for (int i = 0; button && !button->isEnabled() && i < 3000; ++i)
        QTest::qWait(10);
    if (!button || !button->isEnabled()) {
        err << "screenshots: " << name << " never became enabled" << Qt::endl;
        return false;
    }
    return true;
}

// Picks the demo person called name at the sign-in screen and signs in.
bool signIn(QWidget* window, const QString& name)
{
    auto* list = window->findChild<QListWidget*>(QStringLiteral("profileList"));
    const auto items = list ? list->findItems(name, Qt::MatchExactly) : QList<QListWidgetItem*>();
    if (items.size() != 1) {
        err << "screenshots: nobody called " << name << " to sign in as" << Qt::endl;
        return false;
    }
    list->setCurrentItem(items.first());
    window->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(DemoSeeder::password());
    return click(window, QStringLiteral("chooseProfileButton"));
}

// A fresh window with this person signed in, as the first thing it does.
bool signInFirst(ui::MainWindow& window, const QString& name)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        err << "screenshots: the window was never shown" << Qt::endl;
        return false;
    }
    return signIn(&window, name);
}

// A graduate's refresher half answered, and their coach's page with another graduate's answers
// waiting for the check-in, on the demo team.
bool refresherShots(const QString& path, const Catalog& catalog, const QString& folder, const QString& prefix)
{
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        err << "screenshots: " << error << Qt::endl;
        return false;
    }
    Services services(db, catalog, Clock::system());
    const QDateTime now = services.clock.now();
    std::optional<Person> due;   // a refresher due and not started
    std::optional<Person> coach; // whose graduate has taken one the coach has not closed
    int number = 0;
    for (const Person& person : services.people.active(&error)) {
        const QDateTime graduated = services.signOffs.graduatedAt(person.id, catalog.courses(), &error);
        // The home offers the first due refresher not taken yet (they go in order).
        bool offered = false;
        for (const Refresher& refresher : services.coaching()->refreshers(person.id, graduated, &error)) {
            if (!refresher.isDue(now))
                continue;
            if (!due && !offered && !refresher.taken() && !refresher.started()) {
                due = person;
                number = refresher.number;
            }
            offered = offered || !refresher.taken();
            if (!coach && refresher.taken())
                coach = services.people.find(person.coachId, &error);
        }
    }
    if (!due || !coach) {
        err << "screenshots: the demo has no refresher to show" << Qt::endl;
        return false;
    }
    ui::MainWindow window(db, catalog, Clock::system());
    bool ok = signInFirst(window, due->name) && click(&window, QStringLiteral("refresherOpen_%1").arg(number));
    auto session = services.refresherSession(*due, number, &error);
    ok = ok && session && session->open(&error);
    for (int i = 0; ok && i < 2; ++i) {
        const Question& question = *session->question(i);
        const QString wrong = question.answer == question.choices.first().id ? question.choices.last().id
                                                                             : question.choices.first().id;
        ok = click(&window,
                   QStringLiteral("choice_refresher%1_%2").arg(i).arg(i == 0 ? wrong : question.answer));
    }
    ok = ok && shoot(&window, folder, prefix + QStringLiteral("17-refresher"));
    ok = ok && click(&window, QStringLiteral("refresherBackButton")) &&
         click(&window, QStringLiteral("signOutButton"));
    ok = ok && signIn(&window, coach->name);
    ok = ok && openTab(&window, "Coaching");
    // Scrolled to the first answers waiting for a check-in.
    const auto answers =
        window.findChildren<QLabel*>(QRegularExpression(QStringLiteral("^refresher_.*_answer_0$")));
    auto* scroll = ok ? window.findChild<QTabWidget*>(QStringLiteral("homeTabs"))->currentWidget()->findChild<QScrollArea*>()
                      : nullptr;
    if (ok && !answers.isEmpty() && scroll) {
        QApplication::processEvents();
        scroll->ensureWidgetVisible(answers.first(), 0, 200);
    }
    ok = ok && !answers.isEmpty() && shoot(&window, folder, prefix + QStringLiteral("18-coaching"));
    if (!ok && !error.isEmpty())
        err << "screenshots: " << error << Qt::endl;
    return ok;
}

// The first person of the demo team whose roles are exactly these.
QString demoPerson(const Database& db, const Catalog& catalog, const Roles& roles)
{
    Services services(db, catalog, Clock::system());
    QString error;
    for (const Person& person : services.people.active(&error)) {
        if (person.roles == roles)
            return person.name;
    }
    err << "screenshots: the demo team has nobody with these roles" << Qt::endl;
    return {};
}

// What each role sees first when they sign in, on the demo team.
bool firstScreens(const QString& path, const Catalog& catalog, const QString& folder, const QString& prefix)
{
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        err << "screenshots: " << error << Qt::endl;
        return false;
    }
    const std::pair<const char*, Roles> roles[] = {
        {"learner", {Role::Learner}},
        {"mentor", {Role::Mentor}},
        {"coach", {Role::Coach}},
        {"manager", {Role::Manager, Role::Admin}},
    };
    bool ok = true;
    for (const auto& [name, exactly] : roles) {
        ui::MainWindow window(db, catalog, Clock::system());
        ok = ok && signInFirst(window, demoPerson(db, catalog, exactly)) &&
             shoot(&window, folder, prefix + QStringLiteral("first-") + QLatin1String(name));
    }
    return ok;
}

// The manager's screens on a demo team, so the dashboard has people in it.
bool managerShots(const QString& path, const Catalog& catalog, const QString& folder, const QString& prefix)
{
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        err << "screenshots: " << error << Qt::endl;
        return false;
    }
    ui::MainWindow window(db, catalog, Clock::system());
    bool ok = signInFirst(window, demoPerson(db, catalog, {Role::Manager, Role::Admin}));
    ok = ok && openTab(&window, "Dashboard") && waitUntilEnabled(&window, QStringLiteral("exportCsvButton"));
    ok = ok && shoot(&window, folder, prefix + QStringLiteral("14-dashboard"));
    auto* views = window.findChild<QTabWidget*>(QStringLiteral("dashboardViews"));
    views->setCurrentIndex(1);
    ok = ok && shoot(&window, folder, prefix + QStringLiteral("15-dashboard-charts"));
    views->setCurrentIndex(0);
    auto* table = window.findChild<QTableView*>(QStringLiteral("dashboardTable"));
    // A graduate's record: sorted by graduation date, latest first.
    table->sortByColumn(ui::ReportModel::Graduated, Qt::DescendingOrder);
    emit table->doubleClicked(table->model()->index(0, ui::ReportModel::Name));
    ok = ok && shoot(&window, folder, prefix + QStringLiteral("16-record"));
    return ok;
}

// A new learner's walk through a lesson and a role-play, then their mentor's review.
bool walkThrough(const Catalog& catalog, const QString& folder, const QString& prefix)
{
    QTemporaryDir dir;
    Database db;
    QString error;
    if (!db.open(dir.filePath(QStringLiteral("careu.sqlite")), &error)) {
        err << error << Qt::endl;
        return false;
    }
    ui::MainWindow window(db, catalog, Clock::system());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        err << "screenshots: the window was never shown" << Qt::endl;
        return false;
    }
    const auto shot = [&](const char* name) { return shoot(&window, folder, prefix + QLatin1String(name)); };
    const Lesson& lesson = catalog.courses().at(1).lessons.at(1);
    const QString courseId = catalog.courses().at(1).id;
    bool ok = shot("01-welcome");
    window.findChild<QLineEdit*>(QStringLiteral("newProfileName"))->setText(QStringLiteral("Ana Lopez"));
    window.findChild<QLineEdit*>(QStringLiteral("newProfilePassword"))
        ->setText(QStringLiteral("screenshots only"));
    ok = ok && click(&window, QStringLiteral("createProfileButton"));
    ok = ok && click(&window, QStringLiteral("lesson_%1_%2").arg(courseId, lesson.id));
    ok = ok && shot("03-lesson-learn");
    ok = ok && click(&window, QStringLiteral("nextButton"));
    const Question& first = lesson.check.first();
    const QString wrong =
        first.answer == first.choices.first().id ? first.choices.last().id : first.choices.first().id;
    ok = ok && click(&window, QStringLiteral("choice_%1_%2").arg(first.id, wrong));
    ok = ok && shot("04-lesson-check");
    for (const Question& question : lesson.check)
        ok = ok && click(&window, QStringLiteral("choice_%1_%2").arg(question.id, question.answer));
    ok = ok && click(&window, QStringLiteral("nextButton"));
    window.findChild<QPlainTextEdit*>(QStringLiteral("reflectionEdit"))
        ->setPlainText(
            QStringLiteral("On Saturday a couple waited at the counter while I finished restocking. "
                           "I nodded but did not say anything. Next time I will stop, look up and "
                           "tell them I will be right with them."));
    ok = ok && click(&window, QStringLiteral("step_reflect"));
    ok = ok && shot("05-lesson-reflect");
    ok = ok && click(&window, QStringLiteral("nextButton"));
    ok = ok && shot("06-lesson-practice");
    if (!lesson.roleplays.isEmpty()) {
        ok = ok && click(&window, QStringLiteral("lessonRolePlay_") + lesson.roleplays.first());
        ok = ok && shot("08-roleplay-intro");
        ok = ok && click(&window, QStringLiteral("startRolePlayButton"));
        // One turn in, for a scene with some history.
        ok = ok && click(&window, QStringLiteral("rolePlayChoice_1"));
        ok = ok && shot("09-roleplay-scene");
        for (int turn = 0; ok && turn < 40 && !window.findChild<QWidget*>(QStringLiteral("endingTitle"));
             ++turn)
            ok = click(&window, QStringLiteral("rolePlayChoice_1"));
        ok = ok && shot("10-roleplay-debrief");
        ok = ok && click(&window, QStringLiteral("debriefDoneButton"));
    }
    ok = ok && click(&window, QStringLiteral("homeButton"));
    ok = ok && shot("02-home");
    ok = ok && addMenteeAskingForReview(db, catalog, lesson, courseId);
    ok = ok && click(&window, QStringLiteral("signOutButton"));
    ok = ok && shot("07-profiles");
    window.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("screenshots only"));
    ok = ok && click(&window, QStringLiteral("chooseProfileButton"));
    ok = ok && openTab(&window, "Mentoring") && shot("11-mentoring");
    const auto reviews = window.findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^review_")));
    ok = ok && !reviews.isEmpty() && click(&window, reviews.first()->objectName());
    ok = ok && shot("12-review");
    ok = ok && scrollTo(&window, QStringLiteral("signOffButton")) && shot("12-review-decision");
    ok = ok && click(&window, QStringLiteral("reviewBackButton"));
    ok = ok && openTab(&window, "People") && shot("13-people");
    return ok;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        err << "usage: careu_screenshots OUTDIR" << Qt::endl;
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(folder);
    ui::applyStyle();
    ui::useLanguage(QLocale::system().language() == QLocale::Spanish ? ui::Language::Spanish
                                                                     : ui::Language::English);
    const Catalog catalog = Catalog::load();
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    Database db;
    QString error;
    DemoSeeder::Summary summary;
    if (!db.open(demo, &error) || !DemoSeeder(Services(db, catalog, Clock::system()), 7).run(30, &summary, &error)) {
        err << "screenshots: " << error << Qt::endl;
        return 1;
    }
    db.close();
    bool ok = true;
    for (const bool dark : {false, true}) {
        const QString prefix = dark ? QStringLiteral("dark-") : QString();
        if (dark)
            QApplication::setPalette(test::darkPalette());
        ok = walkThrough(catalog, folder, prefix) && ok;
        ok = managerShots(demo, catalog, folder, prefix) && ok;
        ok = refresherShots(demo, catalog, folder, prefix) && ok;
        ok = firstScreens(demo, catalog, folder, prefix) && ok;
    }
    return ok ? 0 : 1;
}
