#pragma once

#include "ui/pages/Page.h"

class QLabel;
class QTableView;

namespace hocvuso {

class AttendanceSheet;
class RowListModel;

// Lớp học: the commune's classes (newest first) and the attendance sheet of
// the selected one.
class ClassesPage final : public Page
{
    Q_OBJECT
public:
    explicit ClassesPage(Store& store, QWidget* parent = nullptr);
    QString title() const override;
    QIcon icon() const override;
    void activated() override;
    void focusSearch() override;
    void createNew() override;

    RowListModel* classes() const { return m_classes; }
    AttendanceSheet* sheet() const { return m_sheet; }
    void selectClass(const QString& classId);
    void editClass(const QString& classId);
    // Asks first when `ask`; undoable from the status bar.
    bool deleteClass(const QString& classId, bool ask = true);

private:
    void reloadClasses();

    RowListModel* m_classes = nullptr;
    QTableView* m_view = nullptr;
    AttendanceSheet* m_sheet = nullptr;
    QLabel* m_heading = nullptr;
};

} // namespace hocvuso
