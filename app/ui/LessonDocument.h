#pragma once

#include <QString>

class QFont;
class QObject;
class QTextDocument;

namespace careu::ui {

// A lesson's Markdown as the Learn step shows it. Qt's Markdown import leaves paragraphs tight
// and headings at browser sizes; this gives the reading the air and scale of a printed page.
// Needs QtGui only, so that the fuzz target can render lessons without widgets.
QTextDocument* lessonDocument(const QString& markdown, const QFont& font, QObject* parent);

} // namespace careu::ui
