#include "ui/models/budget_table_model.h"

#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QFont>
#include <QLocale>
#include <cmath>

namespace Demetra::Ui {

using Budget::AllocationStatus;

namespace {

const Budget::CurveFit &emptyFit()
{
    static const Budget::CurveFit fit;
    return fit;
}

std::optional<double> finite(double v)
{
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace

BudgetTableModel::BudgetTableModel(QObject *parent) : QAbstractTableModel(parent) {}

const Budget::CurveFit &BudgetTableModel::fitAt(int row) const
{
    return row >= 0 && row < m_channels.size() ? m_channels.at(row).fit(m_plan.objective) : emptyFit();
}

void BudgetTableModel::setSnapshot(const Budget::BudgetPlan &plan, const QList<Budget::ChannelResponse> &channels,
                                   const QString &currency, const QStringList &minSet, const QStringList &maxSet)
{
    beginResetModel();
    m_plan = plan;
    m_channels = channels;
    m_currency = currency;
    m_minSet = minSet;
    m_maxSet = maxSet;
    m_boundsOnly = false;
    m_highlight = -1;
    endResetModel();
}

void BudgetTableModel::setBounds(const QList<Budget::ChannelAllocation> &bounds,
                                 const QList<Budget::ChannelResponse> &channels, const QString &currency,
                                 const QStringList &minSet, const QStringList &maxSet, int highlightColumn)
{
    beginResetModel();
    m_plan = Budget::BudgetPlan{};
    m_plan.channels = bounds;
    m_channels = channels;
    m_currency = currency;
    m_minSet = minSet;
    m_maxSet = maxSet;
    m_boundsOnly = true;
    m_highlight = highlightColumn;
    endResetModel();
}

void BudgetTableModel::clear()
{
    beginResetModel();
    m_plan = Budget::BudgetPlan{};
    m_channels.clear();
    m_boundsOnly = false;
    m_highlight = -1;
    endResetModel();
}

QString BudgetTableModel::statusText(AllocationStatus status)
{
    switch (status) {
    case AllocationStatus::Ok:
        return tr("OK");
    case AllocationStatus::NotEnoughData:
        return tr("Not enough data");
    case AllocationStatus::AtMinBound:
        return tr("At minimum");
    case AllocationStatus::AtMaxBound:
        return tr("At maximum");
    }
    return QString();
}

int BudgetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.channels.size());
}

int BudgetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetTableModel::raw(int row, int column) const
{
    const Budget::ChannelAllocation &a = m_plan.channels.at(row);
    auto num = [](double v) { return std::isfinite(v) ? QVariant(v) : QVariant(); };
    switch (column) {
    case Channel:
        return a.channel;
    case Current:
        return a.currentSpend;
    case Recommended:
        return num(a.recommendedSpend);
    case Change:
        return a.currentSpend > 0.0 && std::isfinite(a.recommendedSpend)
                   ? QVariant(a.recommendedSpend / a.currentSpend - 1.0)
                   : QVariant();
    case MinSpend:
        return a.minSpend;
    case MaxSpend:
        return a.maxSpend;
    case Revenue:
        return num(a.expectedRevenue);
    case Conversions:
        return num(a.expectedConversions);
    case Roi:
        return num(a.expectedRoi);
    case MarginalRoi:
        return num(a.marginalRoi);
    case Fit: {
        const Budget::CurveFit &fit = fitAt(row);
        return fit.isOk() ? QVariant(fit.r2) : QVariant();
    }
    case Status:
        return int(a.status);
    default:
        return {};
    }
}

QVariant BudgetTableModel::display(int row, int column) const
{
    const Budget::ChannelAllocation &a = m_plan.channels.at(row);
    switch (column) {
    case Channel:
        return a.channel;
    case Current:
    case Recommended:
    case MinSpend:
    case MaxSpend: {
        const QVariant v = raw(row, column);
        return v.isValid() ? ValueFormat::money(v.toDouble(), QString()) : QStringLiteral("—");
    }
    case Change: {
        const QVariant v = raw(row, column);
        return v.isValid() ? ValueFormat::change(v.toDouble()) : QStringLiteral("—");
    }
    case Revenue:
        return ValueFormat::money(finite(a.expectedRevenue), QString());
    case Conversions:
        return std::isfinite(a.expectedConversions) ? QLocale().toString(a.expectedConversions, 'f', 0)
                                                    : QStringLiteral("—");
    case Roi:
        return ValueFormat::metric(Metric::Roi, finite(a.expectedRoi));
    case MarginalRoi:
        return ValueFormat::metric(Metric::Roi, finite(a.marginalRoi));
    case Fit: {
        const Budget::CurveFit &fit = fitAt(row);
        if (!fit.isOk())
            return QStringLiteral("—");
        const QString form = fit.curve.form() == Budget::ResponseCurve::Form::Hill ? tr("Hill") : tr("power");
        const QString held =
            std::isfinite(fit.holdoutR2) ? QLocale().toString(fit.holdoutR2, 'f', 2) : QStringLiteral("—");
        return tr("%1, %2 (%3)").arg(form, QLocale().toString(fit.r2, 'f', 2), held);
    }
    case Status:
        if (m_boundsOnly && a.status != AllocationStatus::NotEnoughData)
            return QStringLiteral("—");
        return QString(statusText(a.status) + (a.extrapolated ? QStringLiteral(" *") : QString()));
    default:
        return {};
    }
}

QVariant BudgetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const int column = index.column();
    const Budget::ChannelAllocation &a = m_plan.channels.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        if (column == MinSpend || column == MaxSpend)
            return raw(row, column);
        return display(row, column);
    case RawValueRole:
        return raw(row, column);
    case Qt::TextAlignmentRole:
        return column == Channel || column == Status || column == Fit ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == m_highlight || (column == MinSpend && m_minSet.contains(a.channel)) ||
            (column == MaxSpend && m_maxSet.contains(a.channel))) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == m_highlight)
            return Theme::bad();
        if (column == Status && a.status == AllocationStatus::NotEnoughData)
            return Theme::bad();
        if (column == Change) {
            const QVariant v = raw(row, column);
            if (v.isValid() && std::abs(v.toDouble()) > 0.005)
                return v.toDouble() > 0 ? Theme::good() : Theme::bad();
        }
        return {};
    case Qt::ToolTipRole: {
        if (column == Status) {
            if (a.status == AllocationStatus::NotEnoughData)
                return tr("Not enough data: %1. Left at its current spend; no curve is guessed.").arg(a.reason);
            if (a.extrapolated)
                return tr("The recommended daily spend is above the largest this channel has spent: the curve is "
                          "extrapolated there.");
            return {};
        }
        if (column == MinSpend || column == MaxSpend)
            return tr("Double-click to set this channel's own limit over the period; clear it to go back to the "
                      "multiple of current spend.");
        if (column == Fit) {
            const Budget::CurveFit &fit = fitAt(row);
            if (!fit.isOk())
                return fit.reason;
            QString tip =
                tr("%1 per day; fitted on %2 points, daily spend %3 to %4; R² %5 on those points (the other "
                   "form: %6).")
                    .arg(fit.curve.formula(), QString::number(fit.points), ValueFormat::money(fit.spendMin, QString()),
                         ValueFormat::money(fit.spendMax, QString()), QLocale().toString(fit.r2, 'f', 3),
                         QLocale().toString(fit.otherR2, 'f', 3));
            if (std::isfinite(fit.holdoutR2))
                tip += u'\n' + tr("Held out: refitted on the earlier %1 points only, the curve predicts the latest %2 "
                                  "with R² %3 and a mean absolute error of %4 %. Below 0 would mean worse than their "
                                  "average; below −0.10 the curve is not used.")
                                   .arg(fit.points - fit.holdoutPoints)
                                   .arg(fit.holdoutPoints)
                                   .arg(QLocale().toString(fit.holdoutR2, 'f', 3),
                                        std::isfinite(fit.holdoutMape)
                                            ? QLocale().toString(fit.holdoutMape * 100.0, 'f', 1)
                                            : QStringLiteral("—"));
            else
                tip += u'\n' + tr("No held-out check: too few points to set the latest aside, or the revenue is "
                                  "attributed by a joint fit.");
            return tip;
        }
        if (column == MarginalRoi)
            return tr("What the next unit of spend returns, minus the unit itself, at the recommended spend.");
        return {};
    }
    default:
        return {};
    }
}

QVariant BudgetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString cur = m_currency.isEmpty() ? QString() : QStringLiteral(", ") + m_currency;
    switch (section) {
    case Channel:
        return tr("Channel");
    case Current:
        return tr("Current%1").arg(cur);
    case Recommended:
        return tr("Recommended%1").arg(cur);
    case Change:
        return tr("Change");
    case MinSpend:
        return tr("Min");
    case MaxSpend:
        return tr("Max");
    case Revenue:
        return tr("Revenue");
    case Conversions:
        return tr("Conversions");
    case Roi:
        return tr("ROI");
    case MarginalRoi:
        return tr("Marginal ROI");
    case Fit:
        return tr("Curve, R² (held out)");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

QString BudgetTableModel::headerTip(int section) const
{
    const int days = m_plan.days > 0 ? m_plan.days : 30;
    switch (section) {
    case Channel:
        return tr("The advertising channel.");
    case Current:
        return tr("Current spend: the channel's mean daily spend over the days it ran in the fitted period, times the "
                  "%1-day plan period.")
            .arg(days);
    case Recommended:
        return tr("The spend the plan gives the channel over the period: every channel with a curve spends up to the "
                  "point where its next unit returns the same, within its Min and Max.");
    case Change:
        return tr("Recommended against current spend.");
    case MinSpend:
        return tr("The least the plan may give the channel: the Bounds' lower multiple of current spend, or the "
                  "channel's own limit (bold). Double-click to edit.");
    case MaxSpend:
        return tr("The most the plan may give the channel: the Bounds' upper multiple of current spend, or the "
                  "channel's own limit (bold). Double-click to edit.");
    case Revenue:
        return tr("Expected revenue over the period at the recommended spend, from the channel's response curve.");
    case Conversions:
        return tr("Expected conversions over the period at the recommended spend, from the channel's conversions "
                  "curve.");
    case Roi:
        return tr("Expected ROI at the recommended spend: (expected revenue − spend) / spend.");
    case MarginalRoi:
        return tr("Marginal ROI: what the next unit of spend returns at the recommended daily spend, minus the unit "
                  "itself (the revenue curve's slope − 1). When the plan maximises revenue, channels between their "
                  "bounds end with the same marginal ROI; a different one means the channel sits at a bound.");
    case Fit:
        return tr("The response curve's form and how well it fits: R² on the points it was fitted on, and in brackets "
                  "R² on the latest 20 % of the points when the curve is refitted on the earlier 80 % only (an honest "
                  "check; below 0 is worse than the average).");
    case Status:
        return tr("OK; at its minimum or maximum bound; or not enough data (held at current spend, no curve "
                  "guessed). * marks a spend above anything in the data (extrapolated).");
    default:
        return {};
    }
}

Qt::ItemFlags BudgetTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == MinSpend || index.column() == MaxSpend))
        f |= Qt::ItemIsEditable;
    return f;
}

bool BudgetTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || (index.column() != MinSpend && index.column() != MaxSpend))
        return false;
    const QString channel = m_plan.channels.at(index.row()).channel;
    const bool isMax = index.column() == MaxSpend;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        emit limitEdited(channel, isMax, std::numeric_limits<double>::quiet_NaN());
        return true;
    }
    bool ok = false;
    double v = value.toDouble(&ok);
    if (!ok)
        v = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(v) || v < 0.0)
        return false;
    emit limitEdited(channel, isMax, v);
    return true;
}

} // namespace Demetra::Ui
