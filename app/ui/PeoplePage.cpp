#include "PeoplePage.h"

#include "AppServices.h"
#include "ColumnFitter.h"
#include "ComboBox.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PeopleModel.h"
#include "Widgets.h"
#include "people/PeopleImport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace careu::ui {

namespace {
// Refills combo with a first "nobody" entry (id 0) and every active person holding role, keeping
// whoever it showed.
void fillGuides(QComboBox* combo, const QVector<Person>& people, Role role, const QString& none)
{
    const QVariant shown = combo->currentData();
    combo->clear();
    combo->addItem(none, 0);
    for (const Person& person : people) {
        if (person.active && person.roles.contains(role))
            combo->addItem(person.name, person.id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(shown)));
}

// A combo of people beside others in a narrow card: as wide as a short name, whatever the longest is.
ComboBox* guideCombo(const QString& objectName, QWidget* parent)
{
    auto* combo = new ComboBox(objectName, parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    return combo;
}
} // namespace

PeoplePage::PeoplePage(AppServices& services, QWidget* parent)
    : ScrollPage(parent), m_services(services), m_model(new PeopleModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column: a name, an email, a role, a place
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    QVBoxLayout* layout = nullptr;
    QWidget* content = startContent(&layout, tr("PEOPLE"), tr("Your team"));
    m_status = addStatus(layout, QString(), false, QStringLiteral("peopleStatus"));
    auto* top = new QHBoxLayout;
    top->setSpacing(18);
    top->addWidget(teamTable(), 1);
    top->addWidget(editor(), 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(addForm());
    layout->addWidget(importForm());
    layout->addWidget(coachingSettings());
    layout->addStretch(1);
    setContent(content);
}

void PeoplePage::showFor(const Person& manager, const QString& message, bool problem)
{
    m_manager = manager;
    QString error;
    const QVector<Person> people = m_services.people.everyone(&error);
    const qint64 keep = m_chosenId;
    m_model->setPeople(people); // the table's choice goes with the old rows; chosen again below
    fillGuides(m_mentor, people, Role::Mentor, tr("Choose a mentor"));
    fillGuides(m_coach, people, Role::Coach, tr("Choose a coach"));
    fillGuides(m_addMentor, people, Role::Mentor, tr("No mentor yet"));
    QStringList days;
    for (int day : Coaching::intervalsFrom(m_services.settings.value(Coaching::intervalsSetting())))
        days.append(QString::number(day));
    m_refresherDays->setText(days.join(QStringLiteral(", ")));
    const QString shown = message.isEmpty() ? error : message;
    m_status->setText(shown);
    m_status->setProperty("role", problem || (message.isEmpty() && !error.isEmpty())
                                      ? QStringLiteral("error")
                                      : QStringLiteral("success"));
    repolish(m_status);
    m_status->setVisible(!shown.isEmpty());
    if (!message.isEmpty())
        bringIntoView(m_status);
    choose(keep);
}

void PeoplePage::choose(qint64 personId)
{
    const QModelIndex row = m_proxy->mapFromSource(m_model->index(m_model->rowOf(personId), 0));
    if (row.isValid())
        m_table->selectRow(row.row());
    else
        m_table->selectionModel()->clear();
    m_chosenId = row.isValid() ? personId : 0;
    showChosen();
}

void PeoplePage::report(bool ok, const QString& success, const QString& error)
{
    if (ok) {
        showFor(*m_manager, success);
        return;
    }
    showProblem(m_status, error);
}

QWidget* PeoplePage::teamTable()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setPlaceholderText(tr("Find by name, email, role or location"));
    m_search->setAccessibleName(tr("Find people"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setAccessibleName(tr("Your team"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move in it
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(260);
    new ColumnFitter(m_table);
    layout->addWidget(m_table);
    // A search that hides the chosen person unchooses them (the view would move its selection to a
    // neighbour nobody clicked): the editor never acts on someone out of sight.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        const qint64 chosen = m_chosenId;
        m_proxy->setFilterFixedString(text);
        choose(chosen);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        m_chosenId = rows.isEmpty() ? 0 : rows.first().data(PeopleModel::PersonIdRole).toLongLong();
        showChosen();
    });
    return box;
}

QWidget* PeoplePage::editor()
{
    auto* card = makeCard();
    card->setObjectName(QStringLiteral("personEditor"));
    card->setMinimumWidth(300);
    card->setMaximumWidth(420);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->setSpacing(10);
    m_chosenName = makeLabel(QString(), "sectionTitle", card);
    m_chosenName->setObjectName(QStringLiteral("chosenName"));
    layout->addWidget(m_chosenName);
    m_chosenDetails = makeLabel(QString(), "muted", card);
    m_chosenDetails->setObjectName(QStringLiteral("chosenDetails"));
    layout->addWidget(m_chosenDetails);
    m_guides = new QWidget(card);
    auto* grid = new QGridLayout(m_guides);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto guideRow = [this, grid](int row, const QString& label, QComboBox* combo, QPushButton* set) {
        auto* name = makeLabel(label, "muted", m_guides);
        name->setBuddy(combo);
        grid->addWidget(name, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(set, row, 2);
    };
    m_mentor = guideCombo(QStringLiteral("assignMentor"), m_guides);
    auto* setMentor = new QPushButton(tr("Set mentor"), m_guides);
    setMentor->setObjectName(QStringLiteral("assignMentorButton"));
    guideRow(0, tr("Mentor"), m_mentor, setMentor);
    m_coach = guideCombo(QStringLiteral("assignCoach"), m_guides);
    auto* setCoach = new QPushButton(tr("Set coach"), m_guides);
    setCoach->setObjectName(QStringLiteral("assignCoachButton"));
    guideRow(1, tr("Coach"), m_coach, setCoach);
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_guides);
    auto* leave = new QHBoxLayout;
    m_deactivate = new QPushButton(tr("Deactivate…"), card);
    m_deactivate->setObjectName(QStringLiteral("deactivateButton"));
    m_deactivate->setToolTip(tr("They leave the lists; everything they did stays on record."));
    leave->addWidget(m_deactivate);
    m_reactivate = new QPushButton(tr("Reactivate"), card);
    m_reactivate->setObjectName(QStringLiteral("reactivateButton"));
    m_reactivate->setToolTip(tr("They come back to the lists, with everything they had."));
    leave->addWidget(m_reactivate);
    leave->addStretch(1);
    layout->addLayout(leave);
    layout->addWidget(keyEndorsement(card));

    connect(setMentor, &QPushButton::clicked, this, [this] {
        QString error;
        const auto person = chosen(&error);
        const bool ok = person && m_services.team.assignMentor(*m_manager, *person,
                                                               m_mentor->currentData().toLongLong(), &error);
        report(ok,
               tr("%1's mentor is now %2.").arg(person ? person->name : QString(), m_mentor->currentText()),
               error);
    });
    connect(setCoach, &QPushButton::clicked, this, [this] {
        QString error;
        const auto person = chosen(&error);
        const bool ok = person && m_services.team.assignCoach(*m_manager, *person,
                                                              m_coach->currentData().toLongLong(), &error);
        report(ok, tr("%1's coach is now %2.").arg(person ? person->name : QString(), m_coach->currentText()),
               error);
    });
    connect(m_deactivate, &QPushButton::clicked, this, &PeoplePage::deactivateChosen);
    connect(m_reactivate, &QPushButton::clicked, this, [this] {
        QString error;
        const auto person = chosen(&error);
        const bool ok = person && m_services.team.reactivate(*m_manager, *person, &error);
        report(ok, tr("%1 is back on the team.").arg(person ? person->name : QString()), error);
    });
    return card;
}

// A key the chosen person declared themselves, for the manager to endorse by its fingerprint.
QWidget* PeoplePage::keyEndorsement(QWidget* card)
{
    m_keyBox = new QWidget(card);
    m_keyBox->setObjectName(QStringLiteral("keyEndorsement"));
    auto* layout = new QVBoxLayout(m_keyBox);
    layout->setContentsMargins(0, 6, 0, 0);
    m_keyNote = makeLabel(QString(), "muted", m_keyBox);
    m_keyNote->setObjectName(QStringLiteral("keyNote"));
    m_keyNote->setWordWrap(true);
    layout->addWidget(m_keyNote);
    auto* row = new QHBoxLayout;
    m_fingerprint = new QLineEdit(m_keyBox);
    m_fingerprint->setObjectName(QStringLiteral("keyFingerprint"));
    m_fingerprint->setPlaceholderText(tr("Their fingerprint"));
    m_fingerprint->setAccessibleName(tr("Their key's fingerprint"));
    row->addWidget(m_fingerprint, 1);
    auto* endorse = new QPushButton(tr("Endorse key"), m_keyBox);
    endorse->setObjectName(QStringLiteral("endorseKeyButton"));
    row->addWidget(endorse);
    layout->addLayout(row);
    connect(m_fingerprint, &QLineEdit::returnPressed, endorse, &QPushButton::click);
    connect(endorse, &QPushButton::clicked, this, [this] {
        QString error;
        const auto person = chosen(&error);
        const bool ok =
            person && m_services.team.endorseKey(*m_manager, *person, m_fingerprint->text(), &error);
        if (ok)
            m_fingerprint->clear();
        report(ok,
               tr("%1's key is endorsed: what they sign counts from now on.")
                   .arg(person ? person->name : QString()),
               error);
    });
    return m_keyBox;
}

std::optional<Person> PeoplePage::chosen(QString* error) const
{
    if (!m_chosenId) {
        *error = tr("Choose someone in the table first.");
        return std::nullopt;
    }
    return m_services.people.find(m_chosenId, error);
}

void PeoplePage::showChosen()
{
    const int row = m_model->rowOf(m_chosenId);
    const Person* person = m_model->person(row);
    m_chosenName->setText(person ? person->name : tr("Nobody chosen"));
    if (!person) {
        m_chosenDetails->setText(
            tr("Choose someone in the table to give them a mentor or a coach, or to deactivate them."));
    } else {
        QStringList details{PeopleModel::rolesText(person->roles)};
        for (const QString& more : {person->email, person->location}) {
            if (!more.isEmpty())
                details.append(more);
        }
        if (!person->active)
            details.append(tr("Deactivated: everything they did stays on record."));
        m_chosenDetails->setText(details.join(QStringLiteral(" · ")));
        m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(person->mentorId)));
        m_coach->setCurrentIndex(std::max(0, m_coach->findData(person->coachId)));
    }
    m_guides->setVisible(person && person->active);
    m_deactivate->setVisible(person && person->active);
    m_reactivate->setVisible(person && !person->active);
    QString error;
    // A learner's own key signs only their own requests, which count without an endorsement.
    const bool unendorsed = person && person->active && person->roles != Roles{Role::Learner} &&
                            !person->publicKey.isEmpty() && m_manager && person->id != m_manager->id &&
                            m_services.accounts.onlyDeclared(person->id, person->publicKey, &error);
    if (unendorsed)
        m_keyNote->setText(
            tr("%1 made their signing key themselves, and no manager has endorsed it: what they "
               "sign as a mentor, coach or manager does not count yet. Ask them to read the "
               "fingerprint under Help, About on their own screen, and type it here.")
                .arg(person->name));
    m_keyBox->setVisible(unendorsed);
}

void PeoplePage::deactivateChosen()
{
    QString error;
    const auto person = chosen(&error);
    if (!person) {
        report(false, QString(), error);
        return;
    }
    const auto answer = MessageBox::choose(
        this, QMessageBox::Question, tr("Deactivate %1?").arg(person->name),
        tr("%1 leaves the sign-in list and the team's lists. Everything they did stays on record, and "
           "Reactivate brings them back.")
            .arg(person->name),
        {{QMessageBox::Yes, tr("Deactivate %1").arg(person->name)}, {QMessageBox::Cancel, tr("Cancel")}});
    if (answer != QMessageBox::Yes)
        return;
    const bool ok = m_services.team.deactivate(*m_manager, *person, &error);
    report(ok, tr("%1 was deactivated; their records stay.").arg(person->name), error);
}

QWidget* PeoplePage::addForm()
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
    m_addMentor = new ComboBox(QStringLiteral("addMentor"), card);
    m_addMentor->setAccessibleName(tr("Their mentor"));
    fields->addWidget(m_addMentor, 1);
    layout->addLayout(fields);
    auto* roles = new QHBoxLayout;
    QVector<QCheckBox*> roleBoxes;
    for (Role role : PeopleModel::AllRoles) {
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
    connect(add, &QPushButton::clicked, this, [this, name, email, roleBoxes, password] {
        NewPerson person;
        person.name = name->text();
        person.email = email->text();
        person.mentorId = m_addMentor->currentData().toLongLong();
        person.roles.clear();
        for (int i = 0; i < roleBoxes.size(); ++i) {
            if (roleBoxes.at(i)->isChecked())
                person.roles.insert(PeopleModel::AllRoles.at(static_cast<size_t>(i)));
        }
        QString error;
        const auto added = m_services.team.add(*m_manager, person, password->text(), &error);
        if (added) { // a fresh form for the next person
            for (QLineEdit* field : {name, email, password})
                field->clear();
            for (int i = 0; i < roleBoxes.size(); ++i)
                roleBoxes.at(i)->setChecked(PeopleModel::AllRoles.at(static_cast<size_t>(i)) ==
                                            Role::Learner);
            m_addMentor->setCurrentIndex(0);
        }
        report(added.has_value(), tr("%1 was added.").arg(added ? added->name : QString()), error);
    });
    return card;
}

QWidget* PeoplePage::importForm()
{
    auto* card = makeCard();
    card->setObjectName(QStringLiteral("importCard"));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->addWidget(makeLabel(tr("MANY PEOPLE AT ONCE"), "eyebrow"));
    auto* row = new QHBoxLayout;
    //: The column names and the role words are what the file must hold: keep them in English.
    auto* how = makeLabel(tr("Save a spreadsheet as \"CSV UTF-8\" with a first row naming its columns: "
                             "name and roles (learner, mentor, coach, manager; several separated by "
                             "\";\"), and if you like email, staff_id, mentor and location. If any line "
                             "is wrong, nobody is added and you are told which line to fix."),
                          "muted", card);
    row->addWidget(how, 1);
    auto* choose = new QPushButton(tr("Add from a spreadsheet…"), card);
    choose->setObjectName(QStringLiteral("importPeopleButton"));
    how->setBuddy(choose);
    row->addWidget(choose, 0, Qt::AlignTop);
    layout->addLayout(row);
    connect(choose, &QPushButton::clicked, this, &PeoplePage::importFile);
    return card;
}

void PeoplePage::importFile()
{
    const QString path = FileDialog::openFileName(this, tr("Add people from a spreadsheet"), QDir::homePath(),
                                                  tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QByteArray csv;
    QString error;
    PeopleImport::Report result;
    bool ok = PeopleImport::readFile(path, &csv, &error);
    if (ok) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ok = PeopleImport::run(csv, m_services.people, m_services.team, *m_manager, &result, &error);
        QApplication::restoreOverrideCursor();
    }
    const QString file = QFileInfo(path).fileName();
    if (ok && !result.rejected.isEmpty()) {
        // Every bad line, up to a screenful: the file is fixed and added again.
        constexpr int Shown = 10;
        QStringList lines;
        for (const PeopleImport::Rejection& rejection : result.rejected.mid(0, Shown))
            lines.append(tr("Line %1: %2").arg(rejection.line).arg(rejection.why));
        if (result.rejected.size() > Shown)
            lines.append(tr("…and %n more lines like these.", "", int(result.rejected.size() - Shown)));
        error = tr("Nobody from %1 was added: fix the %n line(s) below and add the file again.", "",
                   int(result.rejected.size()))
                    .arg(file) +
                QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        ok = false;
    } else if (!ok) {
        error = tr("Nobody from %1 was added: %2").arg(file, error);
    }
    report(ok, tr("%n people from %1 were added.", "", result.added).arg(file), error);
}

QWidget* PeoplePage::coachingSettings()
{
    auto* card = makeCard();
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->addWidget(makeLabel(tr("REFRESHERS AFTER GRADUATION"), "eyebrow"));
    auto* daysLabel =
        makeLabel(tr("Days after graduating when a coach checks in, separated by commas."), "muted", card);
    layout->addWidget(daysLabel);
    auto* row = new QHBoxLayout;
    m_refresherDays = new QLineEdit(card);
    m_refresherDays->setObjectName(QStringLiteral("refresherDays"));
    daysLabel->setBuddy(m_refresherDays);
    row->addWidget(m_refresherDays, 1);
    auto* save = new QPushButton(tr("Save"), card);
    save->setObjectName(QStringLiteral("saveRefresherDays"));
    row->addWidget(save);
    layout->addLayout(row);
    connect(m_refresherDays, &QLineEdit::returnPressed, save, &QPushButton::click);
    connect(save, &QPushButton::clicked, this, [this] {
        const auto intervals = Coaching::parseIntervals(m_refresherDays->text());
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
