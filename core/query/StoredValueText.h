#pragma once

#include <QString>

namespace hocvuso {

class Store;

// A synced field's value as it is stored and synced ("1", "2026-03-14",
// "in_class", a row id) written as a person reads it, in the interface
// language: yes/no for flags, dd/MM/yyyy dates, the labels of stored keys
// (class format, target group, pair status, sex), and the name of the row
// a reference points to when this store has it. For the sync problems
// list, where kept and lost values are shown side by side.
class StoredValueText
{
public:
    // Without a store, references stay as their ids.
    explicit StoredValueText(Store* store = nullptr);

    QString text(const QString& entity, const QString& field, const QString& stored) const;

private:
    QString referenceName(const QString& field, const QString& id) const;

    Store* m_store = nullptr;
};

} // namespace hocvuso
