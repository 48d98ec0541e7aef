#include "core/import/duplicate_index.h"

namespace Demetra::Import {

namespace {
std::size_t capacityFor(qint64 expected)
{
    std::size_t capacity = 1024;
    while (double(capacity) * 0.7 < double(expected))
        capacity *= 2;
    return capacity;
}
} // namespace

void DuplicateIndex::reserve(qint64 expected)
{
    if (m_size == 0 && capacityFor(expected) > m_hashes.size()) {
        m_hashes.assign(capacityFor(expected), 0);
        m_lines.assign(m_hashes.size(), 0);
    }
}

qint64 DuplicateIndex::seenOrInsert(quint64 hash, qint64 line)
{
    if (m_hashes.empty() || double(m_size + 1) > double(m_hashes.size()) * 0.7)
        grow();
    if (hash == 0)
        hash = 1;
    const std::size_t mask = m_hashes.size() - 1;
    for (std::size_t i = std::size_t(hash) & mask;; i = (i + 1) & mask) {
        if (m_hashes[i] == hash)
            return m_lines[i];
        if (m_hashes[i] == 0) {
            m_hashes[i] = hash;
            m_lines[i] = quint32(qMin<qint64>(line, 0xFFFFFFFF));
            ++m_size;
            return 0;
        }
    }
}

void DuplicateIndex::grow()
{
    std::vector<quint64> hashes(m_hashes.empty() ? 1024 : m_hashes.size() * 2, 0);
    std::vector<quint32> lines(hashes.size(), 0);
    const std::size_t mask = hashes.size() - 1;
    for (std::size_t j = 0; j < m_hashes.size(); ++j) {
        if (m_hashes[j] == 0)
            continue;
        std::size_t i = std::size_t(m_hashes[j]) & mask;
        while (hashes[i] != 0)
            i = (i + 1) & mask;
        hashes[i] = m_hashes[j];
        lines[i] = m_lines[j];
    }
    m_hashes.swap(hashes);
    m_lines.swap(lines);
}

} // namespace Demetra::Import
