#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

class QFont;
class QObject;
class QTextDocument;

namespace careu::ui {

// A lesson's Markdown as the Learn step shows it. Qt's Markdown import leaves paragraphs tight
// and headings at browser sizes; this gives the reading the air and scale of a printed page.
// It shows the pictures in images (what the course loader read and checked, keyed as the
// Markdown names them) and loads nothing else: no file, no device, no URL.
// Needs QtGui only, so that the fuzz target can render lessons without widgets.
QTextDocument* lessonDocument(const QString& markdown, const QHash<QString, QByteArray>& images, const QFont& font,
                              QObject* parent);

} // namespace careu::ui
