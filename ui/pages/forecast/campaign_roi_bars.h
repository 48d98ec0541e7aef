#pragma once

#include "core/forecast/roi_predictions.h"

#include <QWidget>

namespace Demetra::Ui {

/// The "why" of one ROI prediction: a horizontal bar per contribution around a zero line (positive green to the
/// right, negative red to the left), its label and signed value, largest first; the bias is written below as the
/// starting point. Each bar's tooltip says what a contribution is.
class CampaignRoiBars : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignRoiBars(QWidget *parent = nullptr);

    /// Shows up to `limit` contributions (largest |value| first, the bias excluded) of `prediction`.
    void setPrediction(const Forecast::RoiCampaignPrediction &prediction, int limit = 10);
    /// No bars; `message` in their place (empty: "Select a campaign ...").
    void clear(const QString &message = {});
    /// The contributions drawn, in order (tests read them).
    const QList<Forecast::RoiContribution> &shown() const { return m_shown; }
    /// The prediction shown, with all its contributions (empty after clear()).
    const Forecast::RoiCampaignPrediction &explained() const { return m_explained; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;
    int rowAt(const QPoint &pos) const;

    QList<Forecast::RoiContribution> m_shown;
    std::optional<Forecast::RoiContribution> m_bias;
    double m_prediction = 0.0;
    QString m_message;
    Forecast::RoiCampaignPrediction m_explained;
};

} // namespace Demetra::Ui
