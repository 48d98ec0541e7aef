#pragma once

class QCommandLineParser;

namespace Demetra::Cli {

/// demetra-cli train: trains the campaign ROI model on the stored data and saves it (train_command.cpp).
int runTrain(QCommandLineParser &parser);
/// demetra-cli forecast: one channel's metric forecast with intervals and backtest (forecast_command.cpp).
int runForecast(QCommandLineParser &parser);
/// demetra-cli budget: allocation of a total budget across channels (budget_command.cpp).
int runBudget(QCommandLineParser &parser);

/// demetra-cli refresh / daemon: the refresh pipeline once, or on its schedule (refresh_command.cpp).
int runRefresh(QCommandLineParser &parser);
int runDaemon(QCommandLineParser &parser);
/// demetra-cli alerts: open (or all) alerts (alerts_command.cpp).
int runAlerts(QCommandLineParser &parser);
/// demetra-cli budgets set|list: planned budgets (budgets_command.cpp).
int runBudgets(QCommandLineParser &parser);
/// demetra-cli advise: recommendations written locally or by a model, or the request preview (advise_command.cpp).
int runAdvise(QCommandLineParser &parser);

} // namespace Demetra::Cli
