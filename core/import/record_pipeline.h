#pragma once

#include "core/import/duplicate_index.h"
#include "core/import/parsed_batch.h"

#include <QHash>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace Demetra::Import {

class CsvReader;
class RowMapper;

/// Reads and maps records on a parsing thread and hands batches to the caller's thread through a bounded queue,
/// so parsing overlaps with database writes while memory stays bounded. Exact duplicate records are rejected with
/// the line of their first occurrence.
class RecordPipeline
{
public:
    /// Records on lines up to `headerLine` (title lines and the header) are skipped.
    RecordPipeline(CsvReader &reader, const RowMapper &mapper, qint64 headerLine);
    ~RecordPipeline();
    RecordPipeline(const RecordPipeline &) = delete;
    RecordPipeline &operator=(const RecordPipeline &) = delete;

    void start();
    /// The next batch, or nullopt after the last one.
    std::optional<ParsedBatch> take();
    /// Hands a consumed batch back: the parsing thread frees it (its rows hold many strings), not the writer.
    void recycle(ParsedBatch &&batch);
    /// Stops the parsing thread (if still running) and waits for it.
    void stop();

private:
    void run();
    void push(ParsedBatch &&batch);

    CsvReader &m_reader;
    const RowMapper &m_mapper;
    qint64 m_headerLine;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ParsedBatch> m_queue;
    std::deque<ParsedBatch> m_recycled;
    bool m_done = false;
    std::atomic<bool> m_stop{false};
    DuplicateIndex m_seen; // record hash -> first line
};

} // namespace Demetra::Import
