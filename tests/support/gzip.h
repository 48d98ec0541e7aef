#pragma once

// gzip encoding for loopback servers (RFC 1952), built on qCompress's zlib stream: the raw deflate data between
// zlib's 2-byte header and its Adler-32 trailer, wrapped in a gzip header and a CRC-32 + size trailer. No zlib
// dependency in the tests.

#include <QByteArray>
#include <QtEndian>
#include <array>

namespace Demetra::Test {

inline quint32 crc32Of(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data)
        crc = table[(crc ^ static_cast<quint8>(ch)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

/// `data` as a gzip member (what a server sends with Content-Encoding: gzip).
inline QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 6); // 4-byte big-endian length, then a zlib stream
    const QByteArray deflate = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += deflate;
    char trailer[8];
    qToLittleEndian<quint32>(crc32Of(data), trailer);
    qToLittleEndian<quint32>(static_cast<quint32>(data.size()), trailer + 4);
    out.append(trailer, 8);
    return out;
}

} // namespace Demetra::Test
