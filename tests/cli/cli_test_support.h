#pragma once

// Helpers for the demetra-cli suites: run the real executable and read its JSON.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace Demetra::Test {

/// One finished run of demetra-cli.
struct CliRun
{
    int exitCode = -1; ///< -2: did not start, -3: timed out, -4: crashed
    QByteArray out;
    QByteArray err;

    /// The run in one line, for failure messages.
    QByteArray describe() const
    {
        return QByteArray("exit ") + QByteArray::number(exitCode) + " stdout [" + out.left(600) + "] stderr [" +
               err.left(600) + ']';
    }
};

inline QString cliPath()
{
    return QStringLiteral(DEMETRA_CLI_PATH);
}

/// The environment demetra-cli runs in: English messages whatever the developer's locale (the tests read them).
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

/// Waits for a process started by the caller (with its own program, environment or child modifier) and collects
/// its run; kills it after `timeoutMs`.
inline CliRun waitForRun(QProcess &p, int timeoutMs = 180000)
{
    CliRun r;
    if (!p.waitForStarted(30000)) {
        r.exitCode = -2;
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(10000);
        r.exitCode = -3;
    } else {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -4;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Runs `program` (demetra-cli or a copy of it) with the test environment (or `environment`) and waits for it.
inline CliRun runProgram(const QString &program, const QStringList &arguments, const QString &workingDirectory,
                         int timeoutMs = 180000, const QProcessEnvironment &environment = cliEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.setProgram(program);
    p.setArguments(arguments);
    p.setWorkingDirectory(workingDirectory);
    p.start();
    return waitForRun(p, timeoutMs);
}

/// A file's SHA-256 in hex (empty when it cannot be read): "the bytes did not change".
inline QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

inline CliRun runCli(const QStringList &arguments, const QString &workingDirectory, int timeoutMs = 180000)
{
    return runProgram(cliPath(), arguments, workingDirectory, timeoutMs);
}

/// Money to whole cents (the sample's amounts are exact to the cent).
inline qint64 cents(double money)
{
    return qint64(std::llround(money * 100.0));
}

/// |a - b| <= rel * max(|a|, |b|).
inline bool relativelyEqual(double a, double b, double rel = 1e-9)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

/// How two `totals` objects of `summary --json` differ: empty when they have the same keys, the same nulls and
/// values equal within `rel`. Money and counts are integers and come out exact; fractional conversions are summed
/// in a different order by the incremental rollup and by a recompute, so their ratios may differ in the last bits.
inline QString totalsDifference(const QJsonObject &got, const QJsonObject &expected, double rel = 1e-9)
{
    if (expected.isEmpty())
        return QStringLiteral("no expected totals");
    QStringList gotKeys = got.keys();
    QStringList expectedKeys = expected.keys();
    std::sort(gotKeys.begin(), gotKeys.end());
    std::sort(expectedKeys.begin(), expectedKeys.end());
    if (gotKeys != expectedKeys)
        return QStringLiteral("keys %1, expected %2").arg(gotKeys.join(u','), expectedKeys.join(u','));
    for (const QString &key : expectedKeys) {
        const QJsonValue g = got.value(key);
        const QJsonValue e = expected.value(key);
        if (g.isNull() != e.isNull())
            return key + QStringLiteral(": null on one side only");
        if (!e.isNull() && !relativelyEqual(g.toDouble(), e.toDouble(), rel)) {
            return QStringLiteral("%1: %2, expected %3")
                .arg(key)
                .arg(g.toDouble(), 0, 'g', 17)
                .arg(e.toDouble(), 0, 'g', 17);
        }
    }
    return {};
}

} // namespace Demetra::Test

/// Runs demetra-cli with `args` (a braced QStringList), requires exit 0 and stdout that parses as JSON into `doc`.
#define DEMETRA_CLI_JSON(doc, ...)                                                                                     \
    QJsonDocument doc;                                                                                                 \
    do {                                                                                                               \
        const Demetra::Test::CliRun run_ = cli(__VA_ARGS__);                                                           \
        QVERIFY2(run_.exitCode == 0, run_.describe().constData());                                                     \
        QJsonParseError parseError_;                                                                                   \
        doc = QJsonDocument::fromJson(run_.out, &parseError_);                                                         \
        QVERIFY2(parseError_.error == QJsonParseError::NoError,                                                        \
                 QByteArray(parseError_.errorString().toUtf8() + " in " + run_.out.left(400)).constData());            \
    } while (false)
