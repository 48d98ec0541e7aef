// The Debian package (issue 8): CPack builds it from this build tree into a scratch folder, dpkg-deb unpacks it into a
// scratch root (no root privileges), and the installed executables run from there on the system's libraries alone.

#include "tests/cli/cli_test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr auto kAppId = "io.demetra.Demetra";
constexpr auto kSample = "social_media_ads_sample.csv";

struct Run
{
    int exitCode = -1; ///< -2: did not start, -3: timed out, -4: crashed
    QByteArray out;
    QByteArray err;

    QByteArray describe() const
    {
        return QByteArray("exit ") + QByteArray::number(exitCode) + " stdout [" + out.left(1500) + "] stderr [" +
               err.left(1500) + ']';
    }
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 120000)
{
    const Demetra::Test::CliRun r = Demetra::Test::runProgram(program, arguments, QString(), timeoutMs, env);
    return Run{r.exitCode, r.out, r.err};
}

using Demetra::Test::sha256;

/// Width and height from a PNG's IHDR chunk; {-1, -1} when the file is not a PNG.
QPair<int, int> pngSize(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {-1, -1};
    const QByteArray head = f.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {-1, -1};
    auto be32 = [&head](int at) {
        int v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | static_cast<unsigned char>(head.at(at + i));
        return v;
    };
    return {be32(16), be32(20)};
}

/// The package names of a Depends field, without versions or alternatives' bars.
QStringList dependencyNames(const QString &depends)
{
    QStringList names;
    for (const QString &clause : depends.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (const QString &alternative : clause.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            QString name = alternative.trimmed();
            name = name.left(name.indexOf(QLatin1Char(' ')) < 0 ? name.size() : name.indexOf(QLatin1Char(' ')));
            names << name.section(QLatin1Char(':'), 0, 0);
        }
    }
    return names;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    QString m_deb;
    QString m_root;
    QString m_depends;

    QString installed(const QString &relative) const { return m_root + QStringLiteral("/usr/") + relative; }

    /// The environment the installed programs run in: the system's libraries and plugins only (no
    /// LD_LIBRARY_PATH, no Qt plugin path), English messages, and the user's folders inside the scratch folder.
    QProcessEnvironment installedEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LD_LIBRARY_PATH", "LD_PRELOAD", "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH",
                                 "LANGUAGE", "DBUS_SESSION_BUS_ADDRESS"})
            env.remove(QString::fromLatin1(name));
        const QString home = m_scratch.filePath(QStringLiteral("home"));
        QDir().mkpath(home + QStringLiteral("/.config"));
        QDir().mkpath(home + QStringLiteral("/.local/share"));
        QDir().mkpath(home + QStringLiteral("/.cache"));
        QDir().mkpath(home + QStringLiteral("/runtime"));
        QFile::setPermissions(home + QStringLiteral("/runtime"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    static QString tool(const char *name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

    /// The installed package that holds `path` (a library as ldd names it), trying the /usr-merged spelling and the
    /// file the symlink points to; empty when dpkg knows none.
    static QString owningPackage(const QString &path)
    {
        QStringList candidates;
        for (const QString &p : {path, QFileInfo(path).canonicalFilePath()}) {
            if (p.isEmpty())
                continue;
            candidates << p;
            candidates << (p.startsWith(QLatin1String("/usr/")) ? p.mid(4) : QStringLiteral("/usr") + p);
        }
        for (const QString &candidate : candidates) {
            const Run r = run(QStringLiteral("dpkg"), {QStringLiteral("-S"), candidate},
                              QProcessEnvironment::systemEnvironment());
            if (r.exitCode == 0) {
                const QString line = QString::fromUtf8(r.out).section(QLatin1Char('\n'), 0, 0);
                return line.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(','), 0, 0).trimmed();
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        for (const char *name : {"dpkg-deb", "dpkg", "readelf", "ldd"})
            QVERIFY2(!tool(name).isEmpty(), name);
        QVERIFY2(QFileInfo(QStringLiteral(DEMETRA_CPACK_COMMAND)).isExecutable(), DEMETRA_CPACK_COMMAND);
        const QString config = QStringLiteral(DEMETRA_BINARY_DIR "/CPackConfig.cmake");
        QVERIFY2(QFileInfo::exists(config), qPrintable(config));

        // CPack installs this build tree into its own staging folder under -B, strips and packs it.
        const QString out = m_scratch.filePath(QStringLiteral("out"));
        const Run cpack = run(QStringLiteral(DEMETRA_CPACK_COMMAND),
                              {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"), config,
                               QStringLiteral("-B"), out},
                              QProcessEnvironment::systemEnvironment(), 240000);
        QVERIFY2(cpack.exitCode == 0, cpack.describe().constData());

        const Run arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")},
                             QProcessEnvironment::systemEnvironment());
        QCOMPARE(arch.exitCode, 0);
        m_deb = out + QStringLiteral("/demetra_%1_%2.deb")
                          .arg(QStringLiteral(DEMETRA_VERSION), QString::fromUtf8(arch.out).trimmed());
        QVERIFY2(QFileInfo::exists(m_deb),
                 qPrintable(QStringLiteral("no %1 after cpack: %2").arg(m_deb, QString::fromUtf8(cpack.out))));

        m_root = m_scratch.filePath(QStringLiteral("root"));
        const Run extract = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root},
                                QProcessEnvironment::systemEnvironment());
        QVERIFY2(extract.exitCode == 0, extract.describe().constData());
    }

    void controlFieldsDeclareThePackage()
    {
        const Run info =
            run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), m_deb}, QProcessEnvironment::systemEnvironment());
        QVERIFY2(info.exitCode == 0, info.describe().constData());
        const QString text = QString::fromUtf8(info.out);
        auto field = [&text](const char *name) {
            const QRegularExpression re(QStringLiteral("^ %1: (.*)$").arg(QLatin1String(name)),
                                        QRegularExpression::MultilineOption);
            return re.match(text).captured(1).trimmed();
        };
        QCOMPARE(field("Package"), QStringLiteral("demetra"));
        QCOMPARE(field("Version"), QStringLiteral(DEMETRA_VERSION));
        QVERIFY2(!field("Maintainer").isEmpty(), qPrintable(text));
        QVERIFY2(field("Description").size() > 10, qPrintable(text));
        m_depends = field("Depends");
        const QStringList names = dependencyNames(m_depends);
        // From dpkg-shlibdeps (with versions) and the plugins named in installer/Packaging.cmake.
        for (const char *expected :
             {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6charts6", "libqt6sql6", "libqt6network6",
              "libxgboost0", "libsqlite3-0", "libstdc++6", "libc6", "libqt6sql6-sqlite", "qt6-qpa-plugins"})
            QVERIFY2(names.contains(QLatin1String(expected)),
                     qPrintable(QStringLiteral("%1 missing from Depends: %2").arg(QLatin1String(expected), m_depends)));
        QVERIFY2(m_depends.contains(QRegularExpression(QStringLiteral("libqt6core6 \\(>= 6\\.[0-9.]+\\)"))),
                 qPrintable(m_depends));
    }

    void dependsCoversEveryLinkedLibrary()
    {
        QVERIFY2(!m_depends.isEmpty(), "controlFieldsDeclareThePackage did not read Depends");
        const QStringList names = dependencyNames(m_depends);
        for (const QString &exe :
             {installed(QStringLiteral("bin/demetra")), installed(QStringLiteral("bin/demetra-cli"))}) {
            const Run dyn =
                run(QStringLiteral("readelf"), {QStringLiteral("-d"), exe}, QProcessEnvironment::systemEnvironment());
            QVERIFY2(dyn.exitCode == 0, dyn.describe().constData());
            const QString dynamic = QString::fromUtf8(dyn.out);
            // No run path into a build tree: the installed files find the system's libraries only.
            QVERIFY2(!dynamic.contains(QLatin1String("RPATH")) && !dynamic.contains(QLatin1String("RUNPATH")),
                     qPrintable(exe + QLatin1Char('\n') + dynamic));
            QStringList needed;
            const QRegularExpression neededRe(QStringLiteral("\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"));
            for (auto it = neededRe.globalMatch(dynamic); it.hasNext();)
                needed << it.next().captured(1);
            QVERIFY2(needed.size() >= 5, qPrintable(dynamic));

            const Run ldd = run(QStringLiteral("ldd"), {exe}, installedEnvironment());
            QVERIFY2(ldd.exitCode == 0, ldd.describe().constData());
            const QString resolved = QString::fromUtf8(ldd.out);
            QVERIFY2(!resolved.contains(QLatin1String("not found")), qPrintable(resolved));
            for (const QString &lib : needed) {
                // "libQt6Core.so.6 => /lib/.../libQt6Core.so.6 (0x…)", or the loader as "/lib64/ld-linux-x86-64.so.2
                // (0x…)".
                const QString escaped = QRegularExpression::escape(lib);
                const QRegularExpression lineRe(QStringLiteral("^\\s*(?:%1 => (\\S+)|(/\\S*/%1) \\()").arg(escaped),
                                                QRegularExpression::MultilineOption);
                const QRegularExpressionMatch m = lineRe.match(resolved);
                const QString path = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
                QVERIFY2(!path.isEmpty(),
                         qPrintable(QStringLiteral("%1: %2 not resolved\n%3").arg(exe, lib, resolved)));
                QVERIFY2(!path.startsWith(QLatin1String(DEMETRA_BINARY_DIR)), qPrintable(path));
                const QString package = owningPackage(path);
                QVERIFY2(!package.isEmpty(), qPrintable(QStringLiteral("no Debian package holds %1").arg(path)));
                QVERIFY2(names.contains(package),
                         qPrintable(QStringLiteral("%1 needs %2 (%3, package %4), which "
                                                   "Depends does not name: %5")
                                        .arg(QFileInfo(exe).fileName(), lib, path, package, m_depends)));
            }
        }
    }

    void dependsCoversThePluginsLoadedAtRunTime()
    {
        QVERIFY2(!m_depends.isEmpty(), "controlFieldsDeclareThePackage did not read Depends");
        const QStringList names = dependencyNames(m_depends);
        // The database is opened through Qt's QSQLITE driver, the window through a platform plugin (xcb on a
        // desktop; offscreen here): both are plugins that dpkg-shlibdeps cannot see.
        for (const char *pattern : {"*/qt6/plugins/sqldrivers/libqsqlite.so", "*/qt6/plugins/platforms/libqxcb.so"}) {
            const Run r = run(QStringLiteral("dpkg"), {QStringLiteral("-S"), QString::fromLatin1(pattern)},
                              QProcessEnvironment::systemEnvironment());
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            const QString package = QString::fromUtf8(r.out).section(QLatin1Char(':'), 0, 0).trimmed();
            QVERIFY2(names.contains(package), qPrintable(QStringLiteral("%1 (%2) missing from Depends: %3")
                                                             .arg(package, QLatin1String(pattern), m_depends)));
        }
    }

    void installsTheLayout()
    {
        for (const char *exe : {"bin/demetra", "bin/demetra-cli"})
            QVERIFY2(QFileInfo(installed(QString::fromLatin1(exe))).isExecutable(), exe);
        // The data files are the repository's, byte for byte.
        for (const char *file : {"roi_model.json", "roi_model.meta.json", "MODEL_CARD.md"}) {
            const QString in = installed(QStringLiteral("share/demetra/models/") + QLatin1String(file));
            QVERIFY2(QFileInfo::exists(in), qPrintable(in));
            QCOMPARE(sha256(in), sha256(QStringLiteral(DEMETRA_SOURCE_DIR "/models/") + QLatin1String(file)));
        }
        const QString sample = installed(QStringLiteral("share/demetra/sample_data/") + QLatin1String(kSample));
        QVERIFY2(QFileInfo::exists(sample), qPrintable(sample));
        QCOMPARE(sha256(sample), sha256(QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/") + QLatin1String(kSample)));

        const QString appId = QString::fromLatin1(kAppId);
        QVERIFY(QFileInfo::exists(installed(QStringLiteral("share/applications/%1.desktop").arg(appId))));
        QVERIFY(QFileInfo::exists(installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId))));
        QVERIFY(QFileInfo::exists(installed(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId))));
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString png = installed(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
            const QPair<int, int> got = pngSize(png);
            QVERIFY2(got == qMakePair(size, size),
                     qPrintable(QStringLiteral("%1: %2x%3").arg(png).arg(got.first).arg(got.second)));
        }
        // Nothing from the build or the tests slipped in: every installed file is one of these.
        const QRegularExpression allowed(QStringLiteral(
            "^usr/(bin/demetra|bin/demetra-cli|share/demetra/(models|sample_data)/[^/]+|share/applications/[^/]+"
            "\\.desktop|share/metainfo/[^/]+\\.xml|share/icons/hicolor/[^/]+/apps/[^/]+\\.(png|svg))$"));
        QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString relative = QDir(m_root).relativeFilePath(it.next());
            QVERIFY2(allowed.match(relative).hasMatch(), qPrintable(relative));
            ++files;
        }
        QVERIFY2(files >= 18, qPrintable(QString::number(files)));
    }

    void desktopEntryAndAppStreamValidate()
    {
        const QString appId = QString::fromLatin1(kAppId);
        const QString desktop = installed(QStringLiteral("share/applications/%1.desktop").arg(appId));
        const QString metainfo = installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId));
        const QString validate = tool("desktop-file-validate");
        QVERIFY2(!validate.isEmpty(), "desktop-file-validate missing: run setup.sh (desktop-file-utils)");
        const Run d = run(validate, {desktop}, QProcessEnvironment::systemEnvironment());
        QVERIFY2(d.exitCode == 0 && d.out.trimmed().isEmpty(), d.describe().constData());
        const QString appstream = tool("appstreamcli");
        QVERIFY2(!appstream.isEmpty(), "appstreamcli missing: run setup.sh (appstream)");
        const Run a = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo},
                          QProcessEnvironment::systemEnvironment());
        QVERIFY2(a.exitCode == 0, a.describe().constData());

        // The three files name each other: the desktop entry's program and icon exist in the package, the
        // metainfo launches that desktop entry and carries a release entry for this version.
        QFile df(desktop);
        QVERIFY(df.open(QIODevice::ReadOnly));
        const QString entry = QString::fromUtf8(df.readAll());
        const QString exec = QRegularExpression(QStringLiteral("^Exec=(\\S+)"), QRegularExpression::MultilineOption)
                                 .match(entry)
                                 .captured(1);
        QVERIFY2(QFileInfo(installed(QStringLiteral("bin/") + exec)).isExecutable(), qPrintable(exec));
        QVERIFY(entry.contains(QStringLiteral("\nIcon=%1\n").arg(appId)));
        QFile mf(metainfo);
        QVERIFY(mf.open(QIODevice::ReadOnly));
        const QString meta = QString::fromUtf8(mf.readAll());
        QVERIFY(meta.contains(QStringLiteral("<id>%1</id>").arg(appId)));
        QVERIFY(meta.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(appId)));
        QVERIFY2(meta.contains(QStringLiteral("<release version=\"%1\"").arg(QStringLiteral(DEMETRA_VERSION))),
                 "add a <release> for the project's version to installer/io.demetra.Demetra.metainfo.xml");
    }

    void installedExecutablesPrintTheirVersion()
    {
        const Run cli =
            run(installed(QStringLiteral("bin/demetra-cli")), {QStringLiteral("--version")}, installedEnvironment());
        QVERIFY2(cli.exitCode == 0, cli.describe().constData());
        QCOMPARE(QString::fromUtf8(cli.out).trimmed(), QStringLiteral("demetra-cli " DEMETRA_VERSION));
        const Run app =
            run(installed(QStringLiteral("bin/demetra")), {QStringLiteral("--version")}, installedEnvironment());
        QVERIFY2(app.exitCode == 0, app.describe().constData());
        QCOMPARE(QString::fromUtf8(app.out).trimmed(), QStringLiteral("Demetra " DEMETRA_VERSION));
    }

    void installedCliImportsTheInstalledSample()
    {
        const QString cli = installed(QStringLiteral("bin/demetra-cli"));
        const QString sample = installed(QStringLiteral("share/demetra/sample_data/") + QLatin1String(kSample));
        const QString db = m_scratch.filePath(QStringLiteral("installed.sqlite"));
        const Run imported =
            run(cli, {QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--db"), db, sample},
                installedEnvironment());
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());
        const QJsonArray files = QJsonDocument::fromJson(imported.out).array();
        QCOMPARE(files.size(), 1);
        const QJsonObject f = files.at(0).toObject();
        QFile csv(sample);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const qint64 records = csv.readAll().count('\n') - 1;
        QVERIFY(records > 1000);
        QCOMPARE(f.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(f.value(QLatin1String("records")).toInteger(), records);
        QCOMPARE(f.value(QLatin1String("rows_written")).toInteger(), records);
        QCOMPARE(f.value(QLatin1String("rejected")).toInteger(), qint64(0));

        // The installed CLI computes what the build tree's CLI computes from the repository's copy of the file.
        const Run summary = run(cli, {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), db},
                                installedEnvironment());
        QVERIFY2(summary.exitCode == 0, summary.describe().constData());
        const QString reference = m_scratch.filePath(QStringLiteral("reference.sqlite"));
        const Run refImport = run(QStringLiteral(DEMETRA_CLI_PATH),
                                  {QStringLiteral("import"), QStringLiteral("--db"), reference,
                                   QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/") + QLatin1String(kSample)},
                                  installedEnvironment());
        QVERIFY2(refImport.exitCode == 0, refImport.describe().constData());
        const Run refSummary =
            run(QStringLiteral(DEMETRA_CLI_PATH),
                {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), reference},
                installedEnvironment());
        QVERIFY2(refSummary.exitCode == 0, refSummary.describe().constData());
        const QJsonObject got = QJsonDocument::fromJson(summary.out).object();
        QVERIFY2(got.value(QLatin1String("totals")).toObject().value(QLatin1String("spend")).toDouble() > 0,
                 summary.out.constData());
        QCOMPARE(got, QJsonDocument::fromJson(refSummary.out).object());
    }

    /// The desktop app's --sample file is found beside the executable (<bin>/../share/demetra/sample_data), so a
    /// relocated copy of the installed tree with a shortened sample imports that file, not the source tree's.
    void installedDesktopFindsItsSampleBesideTheExecutable()
    {
        const QString prefix = m_scratch.filePath(QStringLiteral("relocated"));
        QVERIFY(QDir().mkpath(prefix + QStringLiteral("/bin")));
        QVERIFY(QDir().mkpath(prefix + QStringLiteral("/share/demetra/sample_data")));
        QVERIFY(QFile::copy(installed(QStringLiteral("bin/demetra")), prefix + QStringLiteral("/bin/demetra")));
        QFile full(installed(QStringLiteral("share/demetra/sample_data/") + QLatin1String(kSample)));
        QVERIFY(full.open(QIODevice::ReadOnly));
        QByteArray shortened;
        for (int line = 0; line < 51 && !full.atEnd(); ++line)
            shortened += full.readLine();
        const QString sample = prefix + QStringLiteral("/share/demetra/sample_data/") + QLatin1String(kSample);
        QFile out(sample);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(shortened), shortened.size());
        out.close();

        const QString db = m_scratch.filePath(QStringLiteral("desktop.sqlite"));
        QProcess app;
        app.setProcessEnvironment(installedEnvironment());
        app.start(prefix + QStringLiteral("/bin/demetra"), {QStringLiteral("--db"), db, QStringLiteral("--sample")});
        QVERIFY2(app.waitForStarted(30000), qPrintable(app.errorString()));
        QJsonArray runs;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 90000 && app.state() == QProcess::Running) {
            QTest::qWait(500);
            if (!QFileInfo::exists(db))
                continue;
            const Run r = run(installed(QStringLiteral("bin/demetra-cli")),
                              {QStringLiteral("runs"), QStringLiteral("--json"), QStringLiteral("--db"), db},
                              installedEnvironment());
            runs = QJsonDocument::fromJson(r.out).array();
            if (!runs.isEmpty() &&
                runs.at(0).toObject().value(QLatin1String("status")).toString() != QLatin1String("running"))
                break;
        }
        const bool wasRunning = app.state() == QProcess::Running;
        app.kill();
        app.waitForFinished(10000);
        QVERIFY2(wasRunning, app.readAllStandardError().left(2000).constData());
        QCOMPARE(runs.size(), 1);
        const QJsonObject first = runs.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(QFileInfo(first.value(QLatin1String("source")).toString()).canonicalFilePath(),
                 QFileInfo(sample).canonicalFilePath());
        QCOMPARE(first.value(QLatin1String("rows_read")).toInteger(), qint64(50));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "test_package.moc"
