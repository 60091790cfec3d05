#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace hocvuso {

// Appends JSON text exactly as QJsonDocument::toJson(Compact) writes it
// (same escapes, same number forms), without building a QJsonObject: the
// outbox writes thousands of rows a second this way. Objects must be given
// their keys in byte order, as QJsonObject keeps them.
//
// The writer owns the end of `out` while it lives: it grows the array ahead
// (QByteArray's own appends cost more than the JSON) and writes through a
// pointer, then trims `out` to what was written when it is destroyed or
// finish() is called. Read the text meanwhile through written().
class CompactJsonWriter
{
public:
    explicit CompactJsonWriter(QByteArray& out);
    ~CompactJsonWriter() { finish(); }
    CompactJsonWriter(const CompactJsonWriter&) = delete;
    CompactJsonWriter& operator=(const CompactJsonWriter&) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QByteArrayView latin1Key); // a plain key (no escapes needed)
    void string(QByteArrayView utf8);
    void string(QStringView text);
    void integer(qint64 value);
    void integerString(qint64 value); // the decimal digits as a JSON string ("12")
    void real(double value); // not finite: null, as Qt writes it
    void null();
    void raw(QByteArrayView json); // a complete JSON value, written as is
    void raw(QByteArrayView head, QByteArrayView tail); // one value given in two pieces (a member cut out)

    // Everything written into `out` so far (from its start, not only this writer's part).
    QByteArrayView written() const { return QByteArrayView(m_data, m_size); }
    void finish(); // trims `out` to written(); the writer may go on writing after

private:
    void separate()
    {
        if (!m_first)
            put(',');
        m_first = false;
    }
    void reserveMore(qsizetype bytes)
    {
        if (m_size + bytes > m_capacity)
            grow(bytes);
    }
    void grow(qsizetype bytes);
    void put(char c)
    {
        reserveMore(1);
        m_data[m_size++] = c;
    }
    void put(QByteArrayView bytes);
    void putString(QByteArrayView utf8);

    QByteArray& m_out;
    char* m_data = nullptr;
    qsizetype m_size = 0;     // bytes written into m_out's buffer
    qsizetype m_capacity = 0; // m_out.size() while the writer runs ahead
    bool m_first = true;      // no value yet in the current container
};

// The quoted, escaped JSON form of UTF-8 text, as Qt writes a string
// (invalid UTF-8 becomes U+FFFD, as QString::fromUtf8 makes it).
void appendJsonString(QByteArray& out, QByteArrayView utf8);

} // namespace hocvuso
