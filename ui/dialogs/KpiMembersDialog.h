#pragma once

#include "core/kpi/KpiEngine.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hocvuso {

class RowListModel;

// The people (or households, mentors, hamlets) behind an indicator: who is
// counted and who is still missing, for the commune or one hamlet. Loads on
// a worker thread; shows the first rows with the full count, and exports
// the whole list to CSV.
class KpiMembersDialog final : public QDialog
{
    Q_OBJECT
public:
    // hamletId: a null QString = every hamlet; "" = records with no hamlet.
    KpiMembersDialog(const QString& storePath, const kpi::KpiTable& table, const QString& indicator,
                     kpi::MemberSet which, const QString& hamletId = {}, QWidget* parent = nullptr);

    // Rows shown at most; the count and the CSV cover all of them.
    static constexpr int kShownRows = 1000;

    RowListModel* model() const { return m_model; }
    const QVector<kpi::KpiMember>& members() const { return m_members; }
    bool isLoading() const { return m_loading; }
    // Loads again for the current choice (Counted/Missing, hamlet).
    void reload();
    // Writes every member (name, hamlet) as CSV with a BOM; false with *error.
    bool exportCsv(const QString& path, QString* error) const;
    void setWhich(kpi::MemberSet which);

signals:
    void loaded();

private:
    void showMembers();

    QString m_storePath;
    kpi::KpiTable m_table;
    QString m_indicator;
    QComboBox* m_which = nullptr;
    QComboBox* m_hamlet = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_export = nullptr;
    RowListModel* m_model = nullptr;
    QVector<kpi::KpiMember> m_members;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace hocvuso
