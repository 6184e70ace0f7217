#pragma once

#include <QStringList>
#include <QVector>

namespace careu {

// The schema's history: migrations()[i] brings a database from user_version i to i + 1.
// Append new migrations; never edit one that has shipped.
const QVector<QStringList>& migrations();

} // namespace careu
