#pragma once

#include "core/storage/database.h"

namespace Demetra::Storage {

/// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(const Database &db) : m_db(db) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin()
    {
        Status s = m_db.begin();
        m_open = s.has_value();
        return s;
    }
    Status commit()
    {
        Status s = m_db.commit();
        if (s)
            m_open = false;
        return s;
    }

private:
    const Database &m_db;
    bool m_open = false;
};

} // namespace Demetra::Storage
