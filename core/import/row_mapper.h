#pragma once

#include "core/domain/fact_row.h"
#include "core/import/csv_record.h"
#include "core/import/import_options.h"
#include "core/import/layout.h"
#include "core/import/rejected_row.h"

#include <QHash>
#include <QList>
#include <initializer_list>
#include <optional>

namespace Demetra::Import {

/// What one CSV record became: facts and outcomes, or the reason it was rejected.
struct MappedRecord
{
    QList<FactRow> facts;
    QList<OutcomeRow> outcomes;
    std::optional<RejectedRow> rejected;

    void clear()
    {
        facts.clear();
        outcomes.clear();
        rejected.reset();
    }
};

/// Turns records of a file with a known layout into rows of the data model, validating every value: negative or
/// non-numeric measures, clicks above impressions, unparsable dates and ragged rows are rejected with file line,
/// column and reason. Pure: no database, safe to run on a parsing thread.
class RowMapper
{
public:
    /// `decimalComma`: a lone comma in numbers is a decimal separator (semicolon-delimited, European exports).
    RowMapper(Layout layout, ImportOptions options, DateOrder dateOrder, int spanDays, bool decimalComma = false);

    void map(const CsvRecord &record, MappedRecord &out) const;

    const Layout &layout() const { return m_layout; }

private:
    bool isSummaryRow(const CsvRecord &record) const;
    bool reject(MappedRecord &out, const CsvRecord &record, int column, const QString &reason) const;
    QString text(const CsvRecord &record, ColumnRole role) const;
    void mapWide(const CsvRecord &record, qint64 day, MappedRecord &out) const;

    QByteArray &cacheKey(const CsvRecord &record, std::initializer_list<ColumnRole> roles, bool dimensions) const;
    CampaignInfo campaignFor(const CsvRecord &record) const;
    SliceInfo sliceFor(const CsvRecord &record) const;

    // Caches keyed by raw cells (the mapper runs on one thread at a time).
    mutable QHash<QByteArray, QString> m_channelNames;
    mutable QHash<QByteArray, CampaignInfo> m_campaignCache;
    mutable QHash<QByteArray, SliceInfo> m_sliceCache;
    mutable QByteArray m_keyBuffer;
    mutable int m_nextLocalId = 0; // campaigns and slices built by this mapper, numbered for the writer
    Layout m_layout;
    ImportOptions m_options;
    DateOrder m_dateOrder;
    int m_spanDays;
    bool m_decimalComma = false;
    bool m_spendInMicros = false;
};

} // namespace Demetra::Import
