#pragma once

#include "core/common/result.h"
#include "core/import/layout.h"

#include <QList>
#include <QStringList>

namespace Demetra::Import {

/// The first records of a file, as text, with the line each starts on.
struct FilePreview
{
    QString fileName;
    QList<QStringList> records;
    QList<qint64> lines;
};

/// Finds the header row (title and date-range lines above it are skipped and read) and the layout a file follows.
class LayoutDetector
{
public:
    /// The layout, or UnknownLayout with the headers in the message when nothing fits. The channel must be named
    /// by a column, the layout, the file name or `channelOverride`; otherwise InvalidArgument says so.
    static Result<Layout> detect(const FilePreview &preview, const QString &channelOverride = {});

    /// The default account name for a layout ("Kaggle Social Media Ads", "Facebook export").
    static QString defaultAccountName(const Layout &layout);
    /// The translated name of a layout by its stable id (as stored with an import run); the id itself when unknown.
    static QString displayNameOf(const QString &id);
};

} // namespace Demetra::Import
