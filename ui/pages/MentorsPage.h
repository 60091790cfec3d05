#pragma once

#include "ui/pages/Page.h"

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hocvuso {

class HamletCombo;

class MentorQuery;
class MentorTableModel;
class PagedRowModel;
class ResidentSearch;
class RowListModel;
class SearchPicker;

// Đại sứ số: the digital ambassadors with their mentees, each one's load
// against the active plan's minimum, pairing and closing pairs, and who
// still needs a mentor (see MentorQuery::needingMentor).
// Keyboard: Ctrl+F finds a resident to pair with the selected mentor,
// Ctrl+N finds a resident to make a mentor; Enter in the box does it.
class MentorsPage final : public Page
{
    Q_OBJECT
public:
    enum class PickAction { PairWithMentor, MakeMentor };

    explicit MentorsPage(Store& store, QWidget* parent = nullptr);
    ~MentorsPage() override;
    QString title() const override;
    QIcon icon() const override;
    void activated() override;
    void focusSearch() override;
    void createNew() override;

    MentorTableModel* mentors() const { return m_mentors; }
    RowListModel* pairs() const { return m_pairs; }
    PagedRowModel* needingMentor() const { return m_needing; }
    SearchPicker* picker() const { return m_picker; }
    QTableView* mentorsView() const { return m_mentorsView; }
    QTableView* pairsView() const { return m_pairsView; }
    QComboBox* groupFilter() const { return m_group; }
    QLabel* messageLabel() const { return m_message; }
    PickAction pickAction() const { return m_action; }

    QString selectedMentorId() const;
    void selectMentor(const QString& residentId);
    // The actions behind the buttons; false (with the reason shown) when refused.
    bool makeMentor(const QString& residentId);
    bool pairWithSelectedMentor(const QString& menteeId);
    bool closeSelectedPair(bool completed);

private:
    void reloadMentors();
    void reloadPairs();
    void reloadNeeding();
    void setPickAction(PickAction action);
    void showMessage(const QString& text, bool isError);

    std::unique_ptr<MentorQuery> m_query;
    std::unique_ptr<ResidentSearch> m_search;
    MentorTableModel* m_mentors = nullptr;
    RowListModel* m_pairs = nullptr;
    PagedRowModel* m_needing = nullptr;
    HamletCombo* m_hamlet = nullptr;
    QComboBox* m_group = nullptr;
    QLabel* m_minimum = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_pairsHeading = nullptr;
    QLabel* m_actionHint = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_mentorsView = nullptr;
    QTableView* m_pairsView = nullptr;
    QTableView* m_needingView = nullptr;
    SearchPicker* m_picker = nullptr;
    PickAction m_action = PickAction::PairWithMentor;
};

} // namespace hocvuso
