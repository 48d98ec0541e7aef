#pragma once

// Reads an Excel workbook back with openpyxl (Debian's python3-openpyxl), through tests/support/read_xlsx.py:
// the JSON that script documents (sheet names, cells, number formats, frozen panes, widths). Fatal when it fails.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace Demetra::Test {

inline QJsonObject readXlsx(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(DEMETRA_SOURCE_DIR "/tests/support/read_xlsx.py"), path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("openpyxl failed: %s", p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace Demetra::Test
