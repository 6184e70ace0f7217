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
    XapiExport(const Database& db, const Catalog& catalog, QString homePage);

    bool run(const CompletionReport::Filter& filter, const std::function<void(const QJsonObject&)>& statement,
             QString* error, const CompletionReport::Progress& progress = {}) const;

    static QString verbId(const QString& verb);

private:
    QJsonObject make(const QJsonObject& actor, const QString& verb, const QString& activityPath,
                     const QString& activityType, const QString& title, const QDateTime& when,
                     const QJsonObject& result) const;

    const Database& m_db;
    const Catalog& m_catalog;
    QString m_homePage;
};

} // namespace careu
