#include "LessonImages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace careu {

namespace {

// Where offset falls in text: 1-based line and column.
std::pair<int, int> position(const QString& text, qsizetype offset)
{
    const int line = static_cast<int>(text.left(offset).count(QLatin1Char('\n'))) + 1;
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), offset - 1) + 1;
    return {line, static_cast<int>(offset - lineStart) + 1};
}

const QStringList PictureSuffixes = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                     QStringLiteral("gif"), QStringLiteral("svg"), QStringLiteral("webp")};

} // namespace

QVector<LessonImages::Reference> LessonImages::references(const QString& markdown)
{
    static const QRegularExpression inline_(QStringLiteral(R"(!\[[^\]]*\]\(\s*<?([^)\s>]*))"));
    static const QRegularExpression byLabel(QStringLiteral(R"(!\[([^\]]*)\]\[([^\]]*)\])"));
    static const QRegularExpression definition(QStringLiteral(R"((?m)^ {0,3}\[([^\]]+)\]:\s*<?([^\s>]+))"));
    static const QRegularExpression html(QStringLiteral(R"(<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]*))"),
                                         QRegularExpression::CaseInsensitiveOption);
    QVector<Reference> found;
    const auto add = [&](const QRegularExpressionMatch& match, int group) {
        const auto [line, column] = position(markdown, match.capturedStart(group));
        found.append({match.captured(group), line, column});
    };
    for (auto it = inline_.globalMatch(markdown); it.hasNext();)
        add(it.next(), 1);
    for (auto it = html.globalMatch(markdown); it.hasNext();)
        add(it.next(), 1);
    QHash<QString, QRegularExpressionMatch> labels;
    for (auto it = definition.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        labels.insert(match.captured(1).simplified().toCaseFolded(), match);
    }
    for (auto it = byLabel.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString label = (match.captured(2).isEmpty() ? match.captured(1) : match.captured(2));
        const auto defined = labels.constFind(label.simplified().toCaseFolded());
        if (defined != labels.cend())
            add(*defined, 2);
    }
    std::sort(found.begin(), found.end(), [](const Reference& a, const Reference& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return found;
}

bool LessonImages::insideFolder(const QString& folder, const QString& path, QString* why)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.contains(QLatin1Char(':')) ||
        path.contains(QLatin1Char('\\')) || path.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
        *why =
            tr("\"%1\" must be a file inside the course folder, named from there (like images/greeting.png)")
                .arg(path.left(80));
        return false;
    }
    const QFileInfo file(QDir(folder).filePath(path));
    // Compiled-in resources cannot link anywhere; a folder on disk can, so links are followed.
    if (!folder.startsWith(QLatin1Char(':'))) {
        const QString root = QFileInfo(folder).canonicalFilePath();
        const QString target = file.canonicalFilePath();
        if (!target.isEmpty() && !target.startsWith(root + QLatin1Char('/'))) {
            *why =
                tr("\"%1\" leads outside the course folder (it is a link to %2)").arg(path.left(80), target);
            return false;
        }
    }
    if (!file.exists()) {
        *why = tr("\"%1\" is not there").arg(path.left(80));
        return false;
    }
    if (!file.isFile()) {
        *why = tr("\"%1\" is not a regular file").arg(path.left(80));
        return false;
    }
    return true;
}

QHash<QString, QByteArray> LessonImages::read(const QString& markdown, const QString& courseFolder,
                                              const QString& bodyFile, Diagnostics* diagnostics)
{
    QHash<QString, QByteArray> images;
    const QString file = QDir(courseFolder).filePath(bodyFile);
    const QString lessonFolder = QFileInfo(bodyFile).path();
    const QVector<Reference> wanted = references(markdown);
    for (int i = 0; i < wanted.size(); ++i) {
        const Reference& reference = wanted.at(i);
        const auto refuse = [&](const QString& why) {
            diagnostics->append({file, reference.line, reference.column, tr("picture %1").arg(why)});
        };
        if (i == MaxImages) {
            refuse(tr("is one too many: a lesson shows at most %1").arg(MaxImages));
            break;
        }
        if (images.contains(reference.target))
            continue;
        // Relative to the lesson's file, as Markdown viewers read it.
        const QString path = lessonFolder == QLatin1String(".") || QDir::isAbsolutePath(reference.target)
                                 ? reference.target
                                 : lessonFolder + QLatin1Char('/') + reference.target;
        QString why;
        if (reference.target.contains(QLatin1Char(':')) ||
            !insideFolder(courseFolder, QDir::cleanPath(path), &why)) {
            refuse(why.isEmpty()
                       ? tr("\"%1\" is a web address or another place; a lesson shows only pictures in "
                            "its own course folder")
                             .arg(reference.target.left(80))
                       : why);
            continue;
        }
        if (!PictureSuffixes.contains(QFileInfo(path).suffix().toLower())) {
            refuse(tr("\"%1\" is not a picture (use PNG, JPEG, GIF, SVG or WebP)")
                       .arg(reference.target.left(80)));
            continue;
        }
        QFile picture(QDir(courseFolder).filePath(path));
        if (picture.size() > MaxImageBytes || !picture.open(QIODevice::ReadOnly)) {
            refuse(
                picture.size() > MaxImageBytes
                    ? tr("\"%1\" is larger than %2 MiB")
                          .arg(reference.target.left(80))
                          .arg(MaxImageBytes >> 20)
                    : tr("\"%1\" cannot be read: %2").arg(reference.target.left(80), picture.errorString()));
            continue;
        }
        images.insert(reference.target, picture.read(MaxImageBytes + 1));
    }
    return images;
}

} // namespace careu
