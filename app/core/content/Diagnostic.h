#pragma once

#include <QString>
#include <QVector>

namespace careu {

// One problem found in content, located like a compiler error: file:line:column: message.
// A warning ("file:line:column: warning: message") is advice to the author: the content loads
// and plays, but something in it works against the learner (careu validate --strict fails on it).
struct Diagnostic
{
    QString file;
    int line = 0;   // 1-based; 0 when the problem is about the file as a whole
    int column = 0; // 1-based
    QString message;
    bool warning = false;

    QString toString() const;
};

using Diagnostics = QVector<Diagnostic>;

} // namespace careu
