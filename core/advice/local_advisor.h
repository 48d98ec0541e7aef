#pragma once

#include "core/advice/advice_document.h"
#include "core/advice/advice_input.h"

class QTranslator;

namespace Demetra::Advice {

/// Whether the ROI gap between two channels is larger than day-to-day noise: Welch's t-test on the channels' daily
/// ROI (mean, sample standard deviation, days), two-sided at the 5 % level (Student's t quantile for the
/// Welch–Satterthwaite degrees of freedom). Fewer than 3 days on either side, or no spread at all, is "not
/// significant" (not enough evidence).
struct GapTest
{
    double difference = 0.0; ///< mean_a − mean_b
    double standardError = 0.0;
    double degreesOfFreedom = 0.0;
    double tStatistic = 0.0;
    double critical = 0.0; ///< two-sided 5 % quantile of Student's t
    bool significant = false;

    static GapTest welch(double meanA, double sdA, int nA, double meanB, double sdB, int nB);
};

/// The rule-based writer: from an AdviceInput writes the contract's document in the input's language (English or
/// Russian, through QCoreApplication::translate under the "LocalAdvisor" context). Best and worst channels by ROI
/// with a Welch test of the gap; the optimiser's reallocation as moves from the channels it cuts to the channels it
/// raises (amounts are the plan's differences, matched greedily, largest first); CPA, conversion rate, CTR and CPM
/// that worsened by more than 10 % against the previous period; what the open alerts mean; risks (forecasts that
/// do not beat naive, channels without a trustworthy curve, few days of data, a model no better than its baseline).
class LocalAdvisor
{
public:
    /// The relative worsening from which a KPI is reported (0.10 = 10 %).
    static constexpr double kWorseningThreshold = 0.10;
    /// Fewer days with spend than this and a channel's verdict is "not enough data".
    static constexpr int kMinDays = 7;

    /// Writes the document. Never fails: missing parts give fewer statements and a risk saying what is missing.
    /// Sentences are looked up in `catalogue` (the input language's translator; a source text it does not know
    /// stays English) or, without one, through the application's installed translators; numbers are formatted for
    /// the input's language.
    static AdviceDocument write(const AdviceInput &input, const QTranslator *catalogue = nullptr);
};

} // namespace Demetra::Advice
