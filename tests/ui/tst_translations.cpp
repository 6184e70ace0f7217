#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QDirIterator>
#include <QXmlStreamReader>
#include <QtTest>

// translations/careu_es.ts (Spanish) and careu_en.ts (English plural forms) are current (lupdate,
// run as translations/update.sh runs it, changes nothing) and complete: every message translated,
// the language's two plural forms, and the same placeholders, accelerators and HTML tags as the
// English source.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QString tsFile(const QString& language)
    {
        return QStringLiteral(CAREU_SOURCE_DIR "/translations/careu_%1.ts").arg(language);
    }

    static void eachLanguage()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("Spanish") << "es";
        QTest::addRow("English plurals") << "en";
    }

    struct Message
    {
        QString context;
        QString source;
        bool numerus = false;
        QString type;
        QStringList translations;
    };

    static QVector<Message> read(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QVector<Message> messages;
        QString context;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                Message message;
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                messages.append(message);
            } else if (xml.name() == QLatin1String("source")) {
                messages.last().source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
                if (!messages.last().numerus)
                    messages.last().translations.append(xml.readElementText());
            } else if (xml.name() == QLatin1String("numerusform")) {
                messages.last().translations.append(xml.readElementText());
            }
        }
        if (xml.hasError())
            qWarning() << path << xml.errorString();
        return messages;
    }

    // What a translation must carry over from the English: %1 and %n, & (not &&), and <tags>.
    static QStringList marks(const QString& text)
    {
        static const QRegularExpression mark(QStringLiteral("%(\\d+|n)|&&|&(?!&)|<[^>]+>"));
        QStringList found;
        for (auto it = mark.globalMatch(text); it.hasNext();) {
            const QString each = it.next().captured();
            if (each != QLatin1String("&&"))
                found.append(each);
        }
        found.sort();
        return found;
    }

private slots:
    void isCurrent_data() { eachLanguage(); }

    void isCurrent()
    {
        QFETCH(QString, language);
        const QString TsFile = tsFile(language);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(TsFile).fileName());
        QVERIFY(QFile::copy(TsFile, copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LUPDATE"), QStringLiteral(CAREU_LUPDATE));
        lupdate.setProcessEnvironment(environment);
        lupdate.start(QStringLiteral(CAREU_SOURCE_DIR "/translations/update.sh"), {copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const QVector<Message> committed = read(TsFile);
        const QVector<Message> updated = read(copy);
        QVERIFY(!committed.isEmpty());
        QStringList changed;
        for (const Message& message : updated) {
            if (message.type == QLatin1String("unfinished") || message.type == QLatin1String("vanished"))
                changed.append(
                    QStringLiteral("new in the sources: [%1] %2").arg(message.context, message.source));
        }
        for (const Message& message : committed) {
            const bool kept = std::any_of(updated.cbegin(), updated.cend(), [&message](const Message& each) {
                return each.context == message.context && each.source == message.source;
            });
            if (!kept)
                changed.append(
                    QStringLiteral("no longer in the sources: [%1] %2").arg(message.context, message.source));
        }
        QFile before(TsFile);
        QFile after(copy);
        QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
        const bool same = before.readAll() == after.readAll();
        QVERIFY2(same,
                 qPrintable(QStringLiteral("%1 is not current: run translations/update.sh and translate what "
                                           "it adds.\n")
                                .arg(QFileInfo(TsFile).fileName()) +
                            changed.join(QLatin1Char('\n'))));
    }

    void isComplete_data() { eachLanguage(); }

    // The app and its courses are written in US English: no British spelling in any message a
    // person reads (every tr() string is in the .ts) or in any lesson or role-play.
    void speaksUsEnglish()
    {
        static const QRegularExpression british(
            QStringLiteral("\\b(recognis|organis|apologis|realis|summaris|personalis|prioritis|emphasis(e|ed|ing)\\b|"
                           "colour|favour|behaviour|honour|neighbour|centre|catalogue|practis|licence|"
                           "cancelled|travelled|labelled|judgement|programme|analys(e|ed|ing)\\b)"),
            QRegularExpression::CaseInsensitiveOption);
        QStringList problems;
        const auto look = [&](const QString& where, const QString& text) {
            for (auto it = british.globalMatch(text); it.hasNext();)
                problems.append(QStringLiteral("%1: \"%2\"").arg(where, it.next().captured()));
        };
        const QVector<Message> messages = read(tsFile(QStringLiteral("es")));
        QVERIFY(!messages.isEmpty());
        for (const Message& message : messages)
            look(QStringLiteral("[%1] %2").arg(message.context, message.source.left(60)), message.source);
        QDirIterator courses(QStringLiteral(CAREU_SOURCE_DIR "/courses"), {QStringLiteral("*.md"), QStringLiteral("*.json")},
                             QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (courses.hasNext()) {
            QFile file(courses.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            look(file.fileName(), QString::fromUtf8(file.readAll()));
            ++files;
        }
        QVERIFY(files > 10);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void isComplete()
    {
        QFETCH(QString, language);
        const QVector<Message> messages = read(tsFile(language));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message& message : messages) {
            const QString where = QStringLiteral("[%1] %2: ").arg(message.context, message.source);
            if (!message.type.isEmpty()) {
                problems.append(where + message.type);
                continue;
            }
            if (message.numerus && message.translations.size() != 2)
                problems.append(
                    where +
                    QStringLiteral("%1 plural forms; the language has two").arg(message.translations.size()));
            for (const QString& translation : message.translations) {
                if (translation.trimmed().isEmpty())
                    problems.append(where + QStringLiteral("empty translation"));
                else if (marks(translation) != marks(message.source))
                    problems.append(where + QStringLiteral("\"%1\" carries %2 where the English has %3")
                                                .arg(translation, marks(translation).join(QLatin1Char(' ')),
                                                     marks(message.source).join(QLatin1Char(' '))));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
