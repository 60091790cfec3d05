#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace hocvuso {

// A read-only list of records: whole rows selected one at a time, no row
// numbers, the last column stretched, one line per row.
QTableView* makeListTable(QAbstractItemModel* model, QWidget* parent, const QString& objectName);

} // namespace hocvuso
