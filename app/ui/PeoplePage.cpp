#include "PeoplePage.h"

#include "AppServices.h"
#include "ComboBox.h"
#include "Widgets.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace careu::ui {

namespace {
const std::array<Role, 5> AllRoles = {Role::Learner, Role::Mentor, Role::Coach, Role::Manager, Role::Admin};

QString rolesText(const Roles& roles)
{
    QStringList names;
    for (Role role : AllRoles) {
        if (roles.contains(role))
            names.append(roleName(role));
    }
    return names.join(QStringLiteral(", "));
}

// A combo of everyone holding role, with a first "nobody" entry (id 0).
QComboBox* peopleCombo(const QVector<Person>& people, Role role, const QString& none,
                       const QString& objectName, QWidget* parent)
{
    auto* combo = new ComboBox(objectName, parent);
    combo->addItem(none, 0);
    for (const Person& person : people) {
        if (person.roles.contains(role))
            combo->addItem(person.name, person.id);
    }
    return combo;
}
} // namespace

PeoplePage::PeoplePage(AppServices& services, QWidget* parent) : ScrollPage(parent), m_services(services) {}

void PeoplePage::showFor(const Person& manager, const QString& message, bool problem)
{
    m_manager = manager;
    QString error;
    const QVector<Person> people = m_services.people.active(&error);
    QVBoxLayout* layout = nullptr;
    QWidget* content = startContent(&layout, tr("PEOPLE"), tr("Your team"));
    addStatus(layout, message.isEmpty() ? error : message, problem || (message.isEmpty() && !error.isEmpty()),
              QStringLiteral("peopleStatus"));
    layout->addWidget(teamList(people));
    layout->addWidget(assignForm(people));
    layout->addWidget(addForm(people));
    layout->addWidget(coachingSettings());
    layout->addWidget(makeLabel(tr("Many people at once? \"careu people import team.csv\" adds them from a "
                                   "spreadsheet, with a report of any line it could not add."),
                                "muted"));
    layout->addStretch(1);
    setContent(content);
}

void PeoplePage::report(bool ok, const QString& success, const QString& error)
{
    showFor(*m_manager, ok ? success : error, !ok);
}

QWidget* PeoplePage::teamList(const QVector<Person>& people)
{
    QHash<qint64, QString> names;
    for (const Person& person : people)
        names.insert(person.id, person.name);
    auto* card = makeCard();
    auto* grid = new QGridLayout(card);
    grid->setContentsMargins(22, 18, 22, 18);
    grid->setHorizontalSpacing(24);
    const QStringList headers{tr("NAME"), tr("ROLES"), tr("MENTOR"), tr("COACH")};
    for (int c = 0; c < headers.size(); ++c)
        grid->addWidget(makeLabel(headers.at(c), "eyebrow"), 0, c);
    for (int r = 0; r < people.size(); ++r) {
        const Person& person = people.at(r);
        const QStringList cells{person.name, rolesText(person.roles), names.value(person.mentorId, tr("—")),
                                names.value(person.coachId, tr("—"))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = makeLabel(cells.at(c), c == 0 ? "lead" : "muted");
            cell->setObjectName(QStringLiteral("team_%1_%2").arg(person.id).arg(c));
            grid->addWidget(cell, r + 1, c);
        }
    }
    return card;
}

QWidget* PeoplePage::assignForm(const QVector<Person>& people)
{
    auto* card = makeCard();
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->addWidget(makeLabel(tr("MENTOR, COACH, LEAVING"), "eyebrow"));
    auto* row = new QHBoxLayout;
    auto* who = new ComboBox(QStringLiteral("teamPerson"), card);
    for (const Person& person : people)
        who->addItem(person.name, person.id);
    row->addWidget(who, 1);
    auto* mentor =
        peopleCombo(people, Role::Mentor, tr("Choose a mentor"), QStringLiteral("assignMentor"), card);
    row->addWidget(mentor);
    auto* setMentor = new QPushButton(tr("Set mentor"), card);
    setMentor->setObjectName(QStringLiteral("assignMentorButton"));
    row->addWidget(setMentor);
    auto* coach = peopleCombo(people, Role::Coach, tr("Choose a coach"), QStringLiteral("assignCoach"), card);
    row->addWidget(coach);
    auto* setCoach = new QPushButton(tr("Set coach"), card);
    setCoach->setObjectName(QStringLiteral("assignCoachButton"));
    row->addWidget(setCoach);
    auto* deactivate = new QPushButton(tr("Deactivate"), card);
    deactivate->setObjectName(QStringLiteral("deactivateButton"));
    deactivate->setToolTip(tr("They leave the lists; everything they did stays on record."));
    row->addWidget(deactivate);
    layout->addLayout(row);

    const auto chosen = [this, who]() {
        QString error;
        return m_services.people.find(who->currentData().toLongLong(), &error);
    };
    connect(setMentor, &QPushButton::clicked, this, [this, chosen, mentor] {
        QString error;
        const auto person = chosen();
        const bool ok = person && m_services.team.assignMentor(*m_manager, *person,
                                                               mentor->currentData().toLongLong(), &error);
        report(ok, tr("%1's mentor is now %2.").arg(person ? person->name : QString(), mentor->currentText()),
               error);
    });
    connect(setCoach, &QPushButton::clicked, this, [this, chosen, coach] {
        QString error;
        const auto person = chosen();
        const bool ok = person && m_services.team.assignCoach(*m_manager, *person,
                                                              coach->currentData().toLongLong(), &error);
        report(ok, tr("%1's coach is now %2.").arg(person ? person->name : QString(), coach->currentText()),
               error);
    });
    connect(deactivate, &QPushButton::clicked, this, [this, chosen] {
        QString error;
        const auto person = chosen();
        const bool ok = person && m_services.team.deactivate(*m_manager, *person, &error);
        report(ok, tr("%1 was deactivated; their records stay.").arg(person ? person->name : QString()),
               error);
    });
    return card;
}

QWidget* PeoplePage::addForm(const QVector<Person>& people)
{
    auto* card = makeCard();
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->addWidget(makeLabel(tr("ADD SOMEONE"), "eyebrow"));
    auto* fields = new QHBoxLayout;
    auto* name = new QLineEdit(card);
    name->setObjectName(QStringLiteral("addName"));
    name->setPlaceholderText(tr("Name"));
    name->setAccessibleName(name->placeholderText());
    name->setMaxLength(PeopleStore::MaxNameLength);
    fields->addWidget(name, 2);
    auto* email = new QLineEdit(card);
    email->setObjectName(QStringLiteral("addEmail"));
    email->setPlaceholderText(tr("Email (optional)"));
    email->setAccessibleName(email->placeholderText());
    email->setMaxLength(PeopleStore::MaxEmailLength);
    fields->addWidget(email, 2);
    auto* mentor = peopleCombo(people, Role::Mentor, tr("No mentor yet"), QStringLiteral("addMentor"), card);
    fields->addWidget(mentor, 1);
    layout->addLayout(fields);
    auto* roles = new QHBoxLayout;
    QVector<QCheckBox*> roleBoxes;
    for (Role role : AllRoles) {
        auto* box = new QCheckBox(roleName(role), card);
        box->setObjectName(QStringLiteral("addRole_") + roleKey(role));
        box->setChecked(role == Role::Learner);
        roles->addWidget(box);
        roleBoxes.append(box);
    }
    roles->addStretch(1);
    layout->addLayout(roles);
    auto* last = new QHBoxLayout;
    auto* password = new QLineEdit(card);
    password->setObjectName(QStringLiteral("addPassword"));
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("Their first password (tell them in person)"));
    password->setAccessibleName(password->placeholderText());
    last->addWidget(password, 1);
    auto* add = makePrimaryButton(tr("Add to the team"), card);
    add->setObjectName(QStringLiteral("addPersonButton"));
    last->addWidget(add);
    layout->addLayout(last);
    for (QLineEdit* field : {name, email, password})
        connect(field, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(add, &QPushButton::clicked, this, [this, name, email, mentor, roleBoxes, password] {
        NewPerson person;
        person.name = name->text();
        person.email = email->text();
        person.mentorId = mentor->currentData().toLongLong();
        person.roles.clear();
        for (int i = 0; i < roleBoxes.size(); ++i) {
            if (roleBoxes.at(i)->isChecked())
                person.roles.insert(AllRoles.at(static_cast<size_t>(i)));
        }
        QString error;
        const auto added = m_services.team.add(*m_manager, person, password->text(), &error);
        report(added.has_value(), tr("%1 was added.").arg(added ? added->name : QString()), error);
    });
    return card;
}

QWidget* PeoplePage::coachingSettings()
{
    auto* card = makeCard();
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->addWidget(makeLabel(tr("REFRESHERS AFTER GRADUATION"), "eyebrow"));
    auto* daysLabel = makeLabel(tr("Days after graduating when a coach checks in, separated by commas."),
                                "muted", card);
    layout->addWidget(daysLabel);
    auto* row = new QHBoxLayout;
    auto* days = new QLineEdit(card);
    days->setObjectName(QStringLiteral("refresherDays"));
    daysLabel->setBuddy(days);
    QStringList current;
    for (int day : Coaching::intervalsFrom(m_services.settings.value(Coaching::intervalsSetting())))
        current.append(QString::number(day));
    days->setText(current.join(QStringLiteral(", ")));
    row->addWidget(days, 1);
    auto* save = new QPushButton(tr("Save"), card);
    save->setObjectName(QStringLiteral("saveRefresherDays"));
    row->addWidget(save);
    layout->addLayout(row);
    connect(days, &QLineEdit::returnPressed, save, &QPushButton::click);
    connect(save, &QPushButton::clicked, this, [this, days] {
        const auto intervals = Coaching::parseIntervals(days->text());
        if (!intervals) {
            report(false, QString(), tr("Write rising whole days, like 7, 30, 90."));
            return;
        }
        QStringList parts;
        for (int day : *intervals)
            parts.append(QString::number(day));
        QString error;
        const bool ok =
            m_services.settings.setValue(Coaching::intervalsSetting(), parts.join(QLatin1Char(',')), &error);
        report(ok, tr("Refreshers now come %1 days after graduation.").arg(parts.join(QStringLiteral(", "))),
               error);
    });
    return card;
}

} // namespace careu::ui
