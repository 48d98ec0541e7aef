#pragma once

#include "core/import/column_role.h"
#include "core/import/layout.h"
#include "core/import/value_parser.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Demetra::Import {

struct FilePreview;

/// The user's reading of a file whose layout Demetra does not know: a role per column and what the file does not
/// say (day/month order, currency, channel, period). Edited in the column-mapping dialog, remembered per header
/// signature (MappingMemory) and turned into a Layout for the import.
struct ColumnMapping
{
    QStringList headers;     ///< the file's column names, as read
    int headerRecord = 0;    ///< index of the header among the file's first records
    qint64 headerLine = 1;   ///< file line of the header
    QList<ColumnRole> roles; ///< one per column: Ignored skips it, Dimension keeps it as a text breakdown
    QString channel;         ///< every row's channel when no column has the Channel role
    QString currency;        ///< ISO code of money without a symbol; empty: the importer's default (USD)
    DateOrder dateOrder = DateOrder::Unknown; ///< Unknown: decided from the file
    QDate periodFrom;                         ///< period of a file without a date column (never remembered)
    QDate periodTo;
    QDateTime savedAt; ///< when the user chose it (set when remembered)

    /// The roles a user can give a column, in the order the dialog offers them (Ignored and Dimension first).
    /// Kaggle-only readings (conversion rate, acquisition cost, ROI, engagement score) are not offered.
    static QList<ColumnRole> choosableRoles();
    /// Whether `role` counts as a measure (spend, impressions, clicks, conversions, revenue, reach).
    static bool isMeasure(ColumnRole role);

    /// The record most likely to be the header among the first records: the first with the most non-empty cells
    /// (title lines above a header have one or two).
    static int guessHeaderRecord(const FilePreview &preview);
    /// A first mapping for `preview` with the header at `headerRecord`: what HeaderMatcher recognises (roles not
    /// offered become Ignored, unknown columns Ignored), a date column found by its values when no header names
    /// one, the currency named in a money header, the channel named by the file name.
    static ColumnMapping guess(const FilePreview &preview, int headerRecord);

    /// Empty when the mapping can be imported; otherwise what is missing, translated, for people: a date column
    /// (or a period), at least one measure, a source for the channel, no role given to two columns, a valid
    /// currency code and period.
    QString problem() const;
    bool isComplete() const { return problem().isEmpty(); }

    /// The layout the importer follows ("user_mapping", "Your column mapping"), with readings that say how the
    /// file is read. Call only when isComplete().
    Layout toLayout() const;

    /// Serialised for the settings store: headers, header row, roles (stable keys), channel, currency, date order,
    /// savedAt. The period is not stored.
    QJsonObject toJson() const;
    /// Back from toJson(); nullopt when the object is malformed (roles and headers of different lengths, unknown
    /// role keys).
    static std::optional<ColumnMapping> fromJson(const QJsonObject &object);
};

} // namespace Demetra::Import
