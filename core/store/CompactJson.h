#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace hocvuso {

// Appends JSON text exactly as QJsonDocument::toJson(Compact) writes it
// (same escapes, same number forms), without building a QJsonObject: the
// outbox writes thousands of rows a second this way. Objects must be given
// their keys in byte order, as QJsonObject keeps them.
class CompactJsonWriter
{
public:
    explicit CompactJsonWriter(QByteArray& out) : m_out(out) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QByteArrayView latin1Key); // a plain key (no escapes needed)
    void string(QByteArrayView utf8);
    void integer(qint64 value);
    void real(double value); // not finite: null, as Qt writes it
    void null();
    void raw(QByteArrayView json); // a complete JSON value, written as is

private:
    void separate();

    QByteArray& m_out;
    bool m_first = true; // no value yet in the current container
};

// The quoted, escaped JSON form of UTF-8 text, as Qt writes a string
// (invalid UTF-8 becomes U+FFFD, as QString::fromUtf8 makes it).
void appendJsonString(QByteArray& out, QByteArrayView utf8);

} // namespace hocvuso
