#pragma once

#include "core/advice/advice_record.h"
#include "core/common/result.h"

#include <QList>
#include <optional>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Advice {

/// History of recommendations (table `recommendations`).
class AdviceRepository
{
public:
    explicit AdviceRepository(const Storage::Database &db) : m_db(db) {}

    /// Stores `record` (its id is ignored) and returns the new id. Fails with the database's error.
    Result<qint64> add(const AdviceRecord &record);
    /// Stored recommendations, newest first, at most `limit` (≤ 0: all). A stored document that no longer validates
    /// is returned with an empty document and its error in `fallbackReason` rather than failing the list.
    Result<QList<AdviceRecord>> list(int limit = 50) const;
    /// One recommendation; NotFound when there is none with `id`.
    Result<AdviceRecord> get(qint64 id) const;
    /// The newest recommendation, nullopt when none was stored.
    Result<std::optional<AdviceRecord>> latest() const;

private:
    const Storage::Database &m_db;
};

} // namespace Demetra::Advice
