#include "ProfilePage.h"

#include "Widgets.h"
#include "people/Accounts.h"
#include "people/Passwords.h"
#include "people/Team.h"
#include "store/PeopleStore.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace careu::ui {

namespace {
enum ItemData
{
    PersonId = Qt::UserRole,
    HasPassword,
    LearnerOnly
};

QLineEdit* passwordEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

ProfilePage::ProfilePage(PeopleStore& people, Accounts& accounts, Team& team, QWidget* parent)
    : QWidget(parent), m_people(people), m_accounts(accounts), m_team(team)
{
    setProperty("role", QStringLiteral("page"));
    auto* card = makeCard(this);
    card->setFixedWidth(520);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);

    layout->addWidget(makeLabel(tr("CUSTOMER CARE UNIVERSITY"), "eyebrow"));
    m_title = makeLabel(QString(), "pageTitle");
    layout->addWidget(m_title);
    m_intro = makeLabel(QString(), "muted");
    layout->addWidget(m_intro);

    m_pickSection = new QWidget(card);
    auto* pickLayout = new QVBoxLayout(m_pickSection);
    pickLayout->setContentsMargins(0, 8, 0, 8);
    m_search = new QLineEdit(m_pickSection);
    m_search->setObjectName(QStringLiteral("profileSearch"));
    m_search->setPlaceholderText(tr("Find your name"));
    m_search->setAccessibleName(tr("Find your name"));
    m_search->setClearButtonEnabled(true);
    pickLayout->addWidget(m_search);
    m_list = new QListWidget(m_pickSection);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Who is signing in"));
    m_list->setMinimumHeight(160);
    pickLayout->addWidget(m_list);
    m_more = makeLabel(QString(), "muted");
    m_more->setObjectName(QStringLiteral("profileMore"));
    pickLayout->addWidget(m_more);
    m_passwordHint = makeLabel(QString(), "muted");
    pickLayout->addWidget(m_passwordHint);
    auto* signInRow = new QHBoxLayout;
    m_password = passwordEdit(QStringLiteral("passwordEdit"), m_pickSection);
    m_password->setAccessibleName(tr("Password"));
    signInRow->addWidget(m_password, 1);
    m_signIn = makePrimaryButton(tr("Sign in"), m_pickSection);
    m_signIn->setObjectName(QStringLiteral("chooseProfileButton"));
    signInRow->addWidget(m_signIn);
    pickLayout->addLayout(signInRow);
    layout->addWidget(m_pickSection);

    m_createTitle = makeLabel(QString(), "sectionTitle");
    layout->addWidget(m_createTitle);
    m_name = new QLineEdit(card);
    m_name->setObjectName(QStringLiteral("newProfileName"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("Your name, as your mentor knows you"));
    m_name->setMaxLength(PeopleStore::MaxNameLength);
    layout->addWidget(m_name);
    auto* createRow = new QHBoxLayout;
    m_newPassword = passwordEdit(QStringLiteral("newProfilePassword"), card);
    m_newPassword->setAccessibleName(tr("New password"));
    m_newPassword->setPlaceholderText(
        tr("New password, %1 characters or more").arg(Passwords::MinLength));
    createRow->addWidget(m_newPassword, 1);
    m_create = new QPushButton(card);
    m_create->setObjectName(QStringLiteral("createProfileButton"));
    createRow->addWidget(m_create);
    layout->addLayout(createRow);
    m_error = makeLabel(QString(), "error");
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->hide();
    layout->addWidget(m_error);

    // Stretches rather than an alignment flag: an aligned widget gets its size hint and its
    // wrapped labels lose their last lines.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_signIn, &QPushButton::clicked, this, &ProfilePage::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &ProfilePage::signIn);
    connect(m_search, &QLineEdit::textChanged, this, &ProfilePage::list);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_password->setFocus(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilePage::updateSignIn);
    // A screen reader picks a name by selecting it: that is the person, as a click would make it.
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem*> picked = m_list->selectedItems();
        if (picked.size() == 1 && picked.first() != m_list->currentItem())
            m_list->setCurrentItem(picked.first());
    });
    connect(m_create, &QPushButton::clicked, this, &ProfilePage::createProfile);
    connect(m_newPassword, &QLineEdit::returnPressed, this, &ProfilePage::createProfile);
}

void ProfilePage::refresh(qint64 selectPersonId)
{
    m_selectedId = selectPersonId;
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    list(QString());
    m_firstStart = m_list->count() == 0 && m_error->text().isEmpty();
    m_title->setText(m_firstStart ? tr("Welcome!") : tr("Who's learning today?"));
    m_intro->setText(m_firstStart
                         ? tr("Here your team learns to care for colleagues (CARE 101) and customers "
                              "(CARE 102), with mentors beside them. You are the first person here, so "
                              "you will run the place and mentor your team; you can take the lessons "
                              "yourself too.")
                         : tr("Pick your name and type your password to carry on where you left off."));
    m_pickSection->setVisible(!m_firstStart);
    m_createTitle->setText(m_firstStart ? tr("Your name and password") : tr("New here? Create your profile"));
    m_create->setText(m_firstStart ? tr("Set up") : tr("Create profile"));
    m_name->clear();
    m_newPassword->clear();
    m_password->clear();
    updateSignIn();
    if (m_firstStart)
        m_name->setFocus();
    else
        m_password->setFocus();
}

void ProfilePage::list(const QString& text)
{
    QString error;
    // One more than is shown says whether there are more.
    QVector<Person> people = m_people.search(text, ListLimit + 1, &error);
    const bool more = people.size() > ListLimit;
    people.resize(std::min<qsizetype>(people.size(), ListLimit));
    const bool selectedListed = std::any_of(people.cbegin(), people.cend(),
                                            [this](const Person& person) { return person.id == m_selectedId; });
    if (text.isEmpty() && m_selectedId != 0 && !selectedListed && error.isEmpty()) {
        QString ignored;
        if (const auto selected = m_people.find(m_selectedId, &ignored); selected && selected->active)
            people.prepend(*selected);
    }
    m_list->clear();
    for (const Person& person : std::as_const(people)) {
        auto* item = new QListWidgetItem(person.name, m_list);
        item->setData(PersonId, person.id);
        item->setData(HasPassword, person.hasPassword);
        item->setData(LearnerOnly, person.roles == Roles{Role::Learner});
        if (person.id == m_selectedId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    // A small team sees its names; a team larger than the list gets the search box to find theirs.
    if (text.isEmpty())
        m_search->setVisible(more);
    m_more->setVisible(more || (people.isEmpty() && !text.isEmpty()));
    m_more->setText(more ? tr("Only the first %1 names are shown: type part of yours above to find it.").arg(ListLimit)
                         : tr("Nobody here has a name with \"%1\" in it.").arg(text));
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error);
}

void ProfilePage::updateSignIn()
{
    QListWidgetItem* item = m_list->currentItem();
    const bool hasPassword = item && item->data(HasPassword).toBool();
    const bool mayChoose = item && !hasPassword && item->data(LearnerOnly).toBool();
    m_password->setEnabled(hasPassword || mayChoose);
    m_signIn->setEnabled(hasPassword || mayChoose);
    m_password->setPlaceholderText(
        mayChoose ? tr("Choose a password (%1 characters or more)").arg(Passwords::MinLength)
                  : tr("Password"));
    m_passwordHint->setVisible(item && !hasPassword);
    // Anyone who can sign off others' work gets a first password from a manager, never by claiming it.
    m_passwordHint->setText(mayChoose ? tr("You have no password yet: choose one now and use it from now on.")
                                      : tr("This account has no password yet; ask a manager to set one."));
}

void ProfilePage::signIn()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_signIn->isEnabled())
        return;
    const qint64 id = item->data(PersonId).toLongLong();
    QString error;
    const auto person = m_people.find(id, &error);
    const bool ok = person && (person->hasPassword ? m_accounts.verify(id, m_password->text(), &error)
                                                   : m_team.claim(*person, m_password->text(), &error));
    m_password->clear();
    if (!ok) {
        showError(error);
        m_password->setFocus();
        return;
    }
    m_error->hide();
    emit personChosen(id);
}

void ProfilePage::createProfile()
{
    QString error;
    if (!Passwords::acceptable(m_newPassword->text(), &error)) {
        showError(error);
        m_newPassword->setFocus();
        return;
    }
    NewPerson newPerson;
    newPerson.name = m_name->text();
    if (m_firstStart)
        newPerson.roles = {Role::Admin, Role::Manager, Role::Mentor, Role::Learner};
    const auto person = m_team.join(newPerson, m_newPassword->text(), &error);
    if (!person) {
        showError(error);
        m_name->setFocus();
        return;
    }
    m_newPassword->clear();
    m_error->hide();
    emit personChosen(person->id);
}

void ProfilePage::showError(const QString& error)
{
    m_error->setText(error);
    m_error->show();
}

} // namespace careu::ui
