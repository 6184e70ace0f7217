#include "ProfilePage.h"

#include "Widgets.h"
#include "store/PeopleStore.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace careu::ui {

ProfilePage::ProfilePage(PeopleStore& people, QWidget* parent) : QWidget(parent), m_people(people)
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
    m_list = new QListWidget(m_pickSection);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumHeight(160);
    pickLayout->addWidget(m_list);
    m_continue = makePrimaryButton(tr("Continue"), m_pickSection);
    m_continue->setObjectName(QStringLiteral("chooseProfileButton"));
    pickLayout->addWidget(m_continue, 0, Qt::AlignRight);
    layout->addWidget(m_pickSection);

    m_createTitle = makeLabel(QString(), "sectionTitle");
    layout->addWidget(m_createTitle);
    auto* createRow = new QHBoxLayout;
    m_name = new QLineEdit(card);
    m_name->setObjectName(QStringLiteral("newProfileName"));
    m_name->setPlaceholderText(tr("Your name, as your mentor knows you"));
    m_name->setMaxLength(PeopleStore::MaxNameLength);
    createRow->addWidget(m_name, 1);
    m_create = new QPushButton(tr("Create profile"), card);
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

    connect(m_continue, &QPushButton::clicked, this, &ProfilePage::chooseSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ProfilePage::chooseSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_continue->setEnabled(row >= 0); });
    connect(m_create, &QPushButton::clicked, this, &ProfilePage::createProfile);
    connect(m_name, &QLineEdit::returnPressed, this, &ProfilePage::createProfile);
}

void ProfilePage::refresh(qint64 selectPersonId)
{
    QString error;
    const QVector<Person> people = m_people.active(&error);
    m_list->clear();
    for (const Person& person : people) {
        auto* item = new QListWidgetItem(person.name, m_list);
        item->setData(Qt::UserRole, person.id);
        if (person.id == selectPersonId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    const bool firstStart = people.isEmpty();
    m_title->setText(firstStart ? tr("Welcome!") : tr("Who's learning today?"));
    m_intro->setText(firstStart
                         ? tr("Here you learn to care for your colleagues (CARE 101) and your customers "
                              "(CARE 102), with a mentor beside you. Start by creating your profile.")
                         : tr("Pick your name to carry on where you left off."));
    m_pickSection->setVisible(!firstStart);
    m_createTitle->setText(firstStart ? tr("Your name") : tr("New here? Create your profile"));
    m_name->clear();
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error);
    if (firstStart)
        m_name->setFocus();
    else
        m_list->setFocus();
}

void ProfilePage::chooseSelected()
{
    if (QListWidgetItem* item = m_list->currentItem())
        emit personChosen(item->data(Qt::UserRole).toLongLong());
}

void ProfilePage::createProfile()
{
    QString error;
    const auto person = m_people.create(m_name->text(), &error);
    if (!person) {
        m_error->setText(error);
        m_error->show();
        m_name->setFocus();
        return;
    }
    m_error->hide();
    emit personChosen(person->id);
}

} // namespace careu::ui
