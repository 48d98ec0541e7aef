#include "core/import/record_pipeline.h"

#include "core/import/csv_reader.h"
#include "core/import/row_mapper.h"

#include <QCoreApplication>

namespace Demetra::Import {

namespace {
constexpr int kBatchRecords = 4096;
constexpr std::size_t kMaxQueued = 4;

quint64 recordHash(const CsvRecord &rec)
{
    // 64-bit FNV-1a over the fields with a separator; a collision would need two different records in one file
    // with the same 64-bit hash (about 1 in 10^7 for a 10-million-row file).
    quint64 h = 1469598103934665603ULL;
    for (QByteArrayView f : rec.fields) {
        for (char c : f) {
            h ^= quint8(c);
            h *= 1099511628211ULL;
        }
        h ^= 0x1F;
        h *= 1099511628211ULL;
    }
    return h;
}
} // namespace

RecordPipeline::RecordPipeline(CsvReader &reader, const RowMapper &mapper, qint64 headerLine)
    : m_reader(reader), m_mapper(mapper), m_headerLine(headerLine)
{}

RecordPipeline::~RecordPipeline()
{
    stop();
}

void RecordPipeline::start()
{
    m_thread = std::thread([this] { run(); });
}

void RecordPipeline::stop()
{
    {
        // Under the mutex, so the parsing thread cannot miss the wake-up between its check and its wait.
        std::lock_guard lock(m_mutex);
        m_stop.store(true);
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RecordPipeline::recycle(ParsedBatch &&batch)
{
    std::lock_guard lock(m_mutex);
    m_recycled.push_back(std::move(batch));
}

void RecordPipeline::push(ParsedBatch &&batch)
{
    std::deque<ParsedBatch> consumed;
    {
        std::lock_guard lock(m_mutex);
        consumed.swap(m_recycled);
    }
    consumed.clear(); // freed here, on the parsing thread
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueued || m_stop.load(); });
    m_queue.push_back(std::move(batch));
    m_changed.notify_all();
}

std::optional<ParsedBatch> RecordPipeline::take()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
    if (m_queue.empty())
        return std::nullopt;
    ParsedBatch b = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return b;
}

void RecordPipeline::run()
{
    // Room for the duplicate check up front (about one record per 150 bytes), so it does not rehash as it grows.
    m_seen.reserve(qMin<qint64>(m_reader.totalBytes() / 150, 4'000'000));
    CsvRecord rec;
    MappedRecord mapped;
    ParsedBatch batch;
    while (!m_stop.load()) {
        Result<bool> more = m_reader.next(rec);
        if (!more) {
            batch.error = more.error();
            break;
        }
        if (!*more)
            break;
        if (rec.line <= m_headerLine)
            continue;
        if (rec.isBlank() && rec.error.isEmpty()) {
            ++batch.blankLines;
            continue;
        }
        ++batch.records;
        const quint64 h = recordHash(rec);
        if (const qint64 first = m_seen.seenOrInsert(h, rec.line); first > 0) {
            batch.rejected << RejectedRow{
                rec.line, 0, QString(),
                QCoreApplication::translate("RecordPipeline", "duplicate of line %1").arg(first),
                QString::fromUtf8(rec.raw)};
        } else {
            m_mapper.map(rec, mapped);
            if (mapped.rejected)
                batch.rejected << *mapped.rejected;
            for (FactRow &f : mapped.facts)
                batch.facts << std::move(f);
            for (OutcomeRow &o : mapped.outcomes)
                batch.outcomes << std::move(o);
        }
        if (batch.records >= kBatchRecords) {
            batch.bytesRead = m_reader.bytesRead();
            push(std::move(batch));
            batch = ParsedBatch();
        }
    }
    batch.bytesRead = m_reader.bytesRead();
    if (!m_stop.load())
        push(std::move(batch));
    std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

} // namespace Demetra::Import
