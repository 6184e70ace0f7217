#pragma once

#include "CompletionReport.h"

#include <QJsonObject>

namespace careu {

// The learning records as xAPI 1.0.3 statements a Learning Record Store accepts unchanged:
// the actor as an account on homePage named by the person's stable id, ADL verbs, activity
// ids under homePage, UTC timestamps, and statement ids that are UUID v5 of their content,
// so that sending the same export twice never duplicates a statement.
class XapiExport
{
    Q_DECLARE_TR_FUNCTIONS(XapiExport)

public:
    // Read by reader, whom the rules must allow to read the report (Action::ReadReport).
    XapiExport(const Services& services, const Actor& reader, QString homePage);

    // The statements about the rows the filter keeps (its people, in its courses), made between
    // its dates.
    bool run(const CompletionReport::Filter& filter, const std::function<void(const QJsonObject&)>& statement,
             QString* error, const CompletionReport::Progress& progress = {}) const;

    static QString verbId(const QString& verb);
    // The home page used when none is set (the setting reports/xapi-home-page, or --home-page).
    static QString defaultHomePage() { return QStringLiteral("https://careu.example"); }
    static QString homePageSetting() { return QStringLiteral("reports/xapi-home-page"); }
    // True when text is a full web address an LRS can take as a home page; else error says why.
    static bool isHomePage(const QString& text, QString* error);

private:
    QJsonObject make(const QJsonObject& actor, const QString& verb, const QString& activityPath,
                     const QString& activityType, const QString& title, const QDateTime& when,
                     const QJsonObject& result) const;

    const Services& m_services;
    const Actor m_reader;
    QString m_homePage;
};

} // namespace careu
