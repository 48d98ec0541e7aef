#pragma once

#include <QtGlobal>
#include <vector>

namespace Demetra::Import {

/// Remembers a 64-bit hash of every record seen and the line it was first seen on, in 12 bytes per record (an
/// open-addressing table), so a million-row file's duplicate check costs about 16 MB, not a hash map's 40.
class DuplicateIndex
{
public:
    /// Sizes the table for about `expected` records (it still grows past that).
    void reserve(qint64 expected);
    /// The line `hash` was first seen on, or 0 when it is new (then it is remembered with `line`).
    qint64 seenOrInsert(quint64 hash, qint64 line);

private:
    void grow();

    std::vector<quint64> m_hashes; // 0 = empty slot (a hash of 0 is stored as 1)
    std::vector<quint32> m_lines;  // line numbers above 2^32 are stored saturated (messages only)
    std::size_t m_size = 0;
};

} // namespace Demetra::Import
