#pragma once

#include "core/analytics/group_ranking.h"

#include <QFrame>

class QLabel;

namespace Demetra::Ui {

class RankingBarsWidget;

/// One attribute of the audience page (target audience, segment, location or language): a sentence naming the
/// best and the worst group with their volume, the groups as bars with values, the small groups greyed apart.
class DimensionPanel : public QFrame
{
    Q_OBJECT

public:
    DimensionPanel(const QString &title, QWidget *parent = nullptr);

    /// Shows a ranking; `minImpressions` and `currency` for the texts.
    void showRanking(const Analytics::GroupRanking &ranking, qint64 minImpressions, const QString &currency);
    /// Shows `message` instead of bars ("This data names no location").
    void showMessage(const QString &message);
    QString sentence() const;
    RankingBarsWidget *bars() const { return m_bars; }

private:
    QLabel *m_title = nullptr;
    QLabel *m_sentence = nullptr;
    RankingBarsWidget *m_bars = nullptr;
};

} // namespace Demetra::Ui
