#include "Sql.h"

#include <QSqlError>

namespace careu::sql {

bool run(QSqlQuery* query, const QString& sql, std::initializer_list<QVariant> values, QString* error)
{
    if (!query->prepare(sql)) {
        *error = query->lastError().text();
        return false;
    }
    for (const QVariant& value : values) {
        // A null QString binds as SQL NULL; text columns want '' for "no text". NULL is asked
        // for explicitly with an empty QVariant().
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query->addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query->exec()) {
        *error = query->lastError().text();
        return false;
    }
    return true;
}

bool run(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values, QString* error)
{
    QSqlQuery query(db);
    return run(&query, sql, values, error);
}

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QString ignored;
        run(m_db, QStringLiteral("ROLLBACK"), {}, &ignored);
    }
}

bool WriteTransaction::begin(QString* error)
{
    m_open = run(m_db, QStringLiteral("BEGIN IMMEDIATE"), {}, error);
    return m_open;
}

bool WriteTransaction::commit(QString* error)
{
    if (!run(m_db, QStringLiteral("COMMIT"), {}, error))
        return false;
    m_open = false;
    return true;
}

} // namespace careu::sql
