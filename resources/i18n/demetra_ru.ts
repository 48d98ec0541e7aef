<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdviceDocument</name>
    <message>
        <source>unexpected key &quot;%1&quot;</source>
        <translation>неожиданный ключ «%1»</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>отсутствует ключ «%1»</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>ожидалась строка</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>ожидалось одно из значений %1, получено «%2»</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидалось true или false</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>ожидалось число</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ожидалось целое число</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>ожидалось число или null</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>ожидался массив</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>expected one JSON object at the top level</source>
        <translation>на верхнем уровне ожидался один объект JSON</translation>
    </message>
</context>
<context>
    <name>AdviceJob</name>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Comparing channels</source>
        <translation>Сравнение каналов</translation>
    </message>
    <message>
        <source>There is no data for the chosen period and filters.</source>
        <translation>Нет данных за выбранный период с текущими фильтрами.</translation>
    </message>
    <message>
        <source>No ROI model: %1</source>
        <translation>Нет модели ROI: %1</translation>
    </message>
    <message>
        <source>Planning the budget</source>
        <translation>Планирование бюджета</translation>
    </message>
    <message>
        <source>Forecasting ROI</source>
        <translation>Прогнозирование ROI</translation>
    </message>
    <message>
        <source>No spend is forecast.</source>
        <translation>Расход не прогнозируется.</translation>
    </message>
    <message>
        <source>ROI forecasts were not computed for this run.</source>
        <translation>Прогнозы ROI для этого запуска не рассчитывались.</translation>
    </message>
    <message>
        <source>Asking %1</source>
        <translation>Запрос к %1</translation>
    </message>
    <message>
        <source>The model could not be asked: %1</source>
        <translation>Не удалось обратиться к модели: %1</translation>
    </message>
    <message>
        <source>Asking %1 to repair its answer</source>
        <translation>Повторный запрос к %1 на исправление ответа</translation>
    </message>
    <message>
        <source>The model&apos;s answer was not valid (%1) and the repair request failed: %2</source>
        <translation>Ответ модели некорректен (%1), а повторный запрос на исправление завершился ошибкой: %2</translation>
    </message>
    <message>
        <source>The model&apos;s answer was not valid JSON after one repair: %1</source>
        <translation>Ответ модели не является корректным JSON даже после одного исправления: %1</translation>
    </message>
    <message>
        <source>The model endpoint is not configured (an http(s) base URL and a model are needed).</source>
        <translation>Адрес сервера модели не настроен (нужны базовый URL http(s) и модель).</translation>
    </message>
    <message>
        <source>Writing the recommendation</source>
        <translation>Составление рекомендации</translation>
    </message>
    <message>
        <source>Written by %1.</source>
        <translation>Составлено моделью %1.</translation>
    </message>
    <message>
        <source>Written locally from your data.</source>
        <translation>Составлено локально по вашим данным.</translation>
    </message>
    <message>
        <source>Written locally: %1</source>
        <translation>Составлено локально: %1</translation>
    </message>
    <message>
        <source>The figures have not changed since the last recommendation.</source>
        <translation>Данные не изменились с последней рекомендации.</translation>
    </message>
</context>
<context>
    <name>AdviceRepository</name>
    <message>
        <source>The stored recommendation is damaged: %1</source>
        <translation>Сохранённая рекомендация повреждена: %1</translation>
    </message>
    <message>
        <source>There is no recommendation %1.</source>
        <translation>Рекомендация %1 не найдена.</translation>
    </message>
    <message>
        <source>The recommendations were not saved.</source>
        <translation>Рекомендации не сохранены.</translation>
    </message>
</context>
<context>
    <name>AlertChart</name>
    <message>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <source>This alert is not about a metric, so there is no chart.</source>
        <translation>Это оповещение не связано с метрикой, поэтому график не строится.</translation>
    </message>
    <message>
        <source>%1 — %2, daily and over %3 days</source>
        <translation>%1 — %2, по дням и за %3 дн.</translation>
    </message>
    <message>
        <source>%1 — %2 per day</source>
        <translation>%1 — %2 по дням</translation>
    </message>
    <message>
        <source>No %1 data for %2 in the 90 days before the alert.</source>
        <translation>Нет данных по %1 для %2 за 90 дней до оповещения.</translation>
    </message>
    <message>
        <source>Alert window (%1)</source>
        <translation>Окно оповещения (%1)</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Over %1 days</source>
        <translation>За %1 дн.</translation>
    </message>
    <message>
        <source>Expected %1</source>
        <translation>Ожидается %1</translation>
    </message>
    <message>
        <source>Threshold %1</source>
        <translation>Порог %1</translation>
    </message>
    <message>
        <source>%1 days to %2: %3</source>
        <translation>%1 дн. по %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AlertJob</name>
    <message>
        <source>Checking the alert rules</source>
        <translation>Проверка правил оповещений</translation>
    </message>
    <message>
        <source>Alert evaluation cancelled.</source>
        <translation>Проверка оповещений отменена.</translation>
    </message>
    <message>
        <source>Updating the alerts</source>
        <translation>Обновление оповещений</translation>
    </message>
    <message>
        <source>Choosing what to notify</source>
        <translation>Выбор уведомлений для отправки</translation>
    </message>
    <message>
        <source>Alerts up to date</source>
        <translation>Оповещения актуальны</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>There is no alert %1.</source>
        <translation>Оповещение %1 не найдено.</translation>
    </message>
    <message>
        <source>The alerts could not be saved.</source>
        <translation>Не удалось сохранить оповещения.</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>ROI drop</source>
        <translation>Падение ROI</translation>
    </message>
    <message>
        <source>Cost spike</source>
        <translation>Всплеск расходов</translation>
    </message>
    <message>
        <source>Low conversion</source>
        <translation>Низкая конверсия</translation>
    </message>
    <message>
        <source>High CTR, low conversion</source>
        <translation>Высокий CTR, низкая конверсия</translation>
    </message>
    <message>
        <source>Engagement drop</source>
        <translation>Падение вовлечённости</translation>
    </message>
    <message>
        <source>Budget overrun</source>
        <translation>Превышение бюджета</translation>
    </message>
    <message>
        <source>Channel underperforms</source>
        <translation>Отставание канала</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Аномалия</translation>
    </message>
    <message>
        <source>Refresh failure</source>
        <translation>Сбой обновления</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критическая</translation>
    </message>
    <message>
        <source>Account sync failed</source>
        <translation>Сбой синхронизации кабинета</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>%1: ROI %2 from %3 to %4, below %5 × the average ROI of all channels (%6).</source>
        <translation>%1: ROI %2 с %3 по %4, ниже %5 × средний ROI по всем каналам (%6).</translation>
    </message>
    <message>
        <source>%1: ROI %2 from %3 to %4, below the minimum %5.</source>
        <translation>%1: ROI %2 с %3 по %4, ниже минимума %5.</translation>
    </message>
    <message>
        <source>%1: cost per acquisition %2 from %3 to %4, above the maximum %5.</source>
        <translation>%1: стоимость конверсии %2 с %3 по %4, выше максимума %5.</translation>
    </message>
    <message>
        <source>%1: conversion rate %2 from %3 to %4, below the minimum %5.</source>
        <translation>%1: конверсия %2 с %3 по %4, ниже минимума %5.</translation>
    </message>
    <message>
        <source>%1: CTR %2 (above %3) but conversion rate %4 (below %5) from %6 to %7: check the landing page.</source>
        <translation>%1: CTR %2 (выше %3), но конверсия %4 (ниже %5) с %6 по %7: проверьте посадочную страницу.</translation>
    </message>
    <message>
        <source>%1: engagement score %2 from %3 to %4, below the minimum %5.</source>
        <translation>%1: оценка вовлечённости %2 с %3 по %4, ниже минимума %5.</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (%4) was %5, far above the %6 expected for a %4 (robust z-score %7).</source>
        <translation>%1: %2 за %3 (%4) — %5, намного выше ожидаемого для дня «%4» значения %6 (робастная z-оценка %7).</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (%4) was %5, far below the %6 expected for a %4 (robust z-score %7).</source>
        <translation>%1: %2 за %3 (%4) — %5, намного ниже ожидаемого для дня «%4» значения %6 (робастная z-оценка %7).</translation>
    </message>
    <message>
        <source>%1: spend %2 %3 from %4 to %5 is %6 of the planned %7 %3 for %4 to %8 (above %9), with %10 of the period elapsed.</source>
        <translation>%1: расход %2 %3 с %4 по %5 составляет %6 от планового бюджета %7 %3 на период с %4 по %8 (выше порога %9), при этом прошло %10 периода.</translation>
    </message>
</context>
<context>
    <name>AlertState</name>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Скрыто</translation>
    </message>
</context>
<context>
    <name>AlertThresholds</name>
    <message>
        <source>greater than %1 and at most %2</source>
        <translation>больше %1 и не больше %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>%1 cannot be %2: allowed values are %3.</source>
        <translation>%1: значение %2 недопустимо, допустимые значения — %3.</translation>
    </message>
    <message>
        <source>Minimum ROI</source>
        <translation>Минимальный ROI</translation>
    </message>
    <message>
        <source>Maximum cost per acquisition</source>
        <translation>Максимальная стоимость конверсии</translation>
    </message>
    <message>
        <source>Minimum conversion rate</source>
        <translation>Минимальная конверсия</translation>
    </message>
    <message>
        <source>High CTR</source>
        <translation>Высокий CTR</translation>
    </message>
    <message>
        <source>Conversion rate under a high CTR</source>
        <translation>Конверсия при высоком CTR</translation>
    </message>
    <message>
        <source>Minimum engagement score</source>
        <translation>Минимальная оценка вовлечённости</translation>
    </message>
    <message>
        <source>Share of the planned budget</source>
        <translation>Доля планового бюджета</translation>
    </message>
    <message>
        <source>Underperformance factor</source>
        <translation>Коэффициент отставания</translation>
    </message>
    <message>
        <source>Anomaly sensitivity</source>
        <translation>Чувствительность к аномалиям</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Окно (дни)</translation>
    </message>
    <message>
        <source>Anomaly history (days)</source>
        <translation>История для аномалий (дни)</translation>
    </message>
    <message>
        <source>Minimum impressions</source>
        <translation>Минимум показов</translation>
    </message>
    <message>
        <source>Minimum clicks</source>
        <translation>Минимум кликов</translation>
    </message>
</context>
<context>
    <name>AnalyticsService</name>
    <message>
        <source>There is no list of values for this dimension.</source>
        <translation>Для этого измерения нет списка значений.</translation>
    </message>
</context>
<context>
    <name>AudienceJob</name>
    <message>
        <source>Ranking audiences</source>
        <translation>Ранжирование аудиторий</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <source>Target audience</source>
        <translation>Целевая аудитория</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Сегмент клиентов</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The data under this filter names no target audience.</source>
        <translation>В данных по этому фильтру не указана целевая аудитория.</translation>
    </message>
    <message>
        <source>The data under this filter names no customer segment.</source>
        <translation>В данных по этому фильтру не указан сегмент клиентов.</translation>
    </message>
    <message>
        <source>The data under this filter names no location.</source>
        <translation>В данных по этому фильтру не указан регион.</translation>
    </message>
    <message>
        <source>The data under this filter names no language.</source>
        <translation>В данных по этому фильтру не указан язык.</translation>
    </message>
</context>
<context>
    <name>Backtest</name>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>BacktestSummary</name>
    <message>
        <source>last week&apos;s values</source>
        <translation>значения прошлой недели</translation>
    </message>
    <message>
        <source>last week&apos;s value</source>
        <translation>значение прошлой недели</translation>
    </message>
    <message>
        <source>last year&apos;s values</source>
        <translation>значения прошлого года</translation>
    </message>
    <message>
        <source>Not backtested: the history is too short.</source>
        <translation>Бэктест не проводился: история слишком короткая.</translation>
    </message>
    <message>
        <source>Does not beat the naive forecast (%1); use with caution.</source>
        <translation>Не превосходит наивный прогноз (%1); используйте с осторожностью.</translation>
    </message>
    <message>
        <source>Beats %1 by %2 % on average over %3 backtests.</source>
        <translation>В среднем на %2 % точнее, чем %1 (бэктестов: %3).</translation>
    </message>
</context>
<context>
    <name>BudgetCharts</name>
    <message>
        <source>No channels with spend in the period.</source>
        <translation>Нет каналов с расходом за период.</translation>
    </message>
    <message>
        <source>Current split</source>
        <translation>Текущее распределение</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Рекомендуемое</translation>
    </message>
    <message>
        <source>%1
Current: %2
Recommended: %3</source>
        <translation>%1
Текущее: %2
Рекомендуемое: %3</translation>
    </message>
    <message>
        <source>Spend over %1 days, %2%3</source>
        <translation>Расход за %1 дн., %2%3</translation>
    </message>
    <message>
        <source>%1: no points to show (%2).</source>
        <translation>%1: нет точек для отображения (%2).</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>Точки данных</translation>
    </message>
    <message>
        <source>Curve, R² %1 (held out %2)</source>
        <translation>Кривая, R² %1 (на отложенной выборке %2)</translation>
    </message>
    <message>
        <source>Curve, R² %1</source>
        <translation>Кривая, R² %1</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущий</translation>
    </message>
    <message>
        <source>Spend per day, %1%2</source>
        <translation>Расход в день, %1%2</translation>
    </message>
    <message>
        <source>Revenue per day, %1%2</source>
        <translation>Выручка в день, %1%2</translation>
    </message>
    <message>
        <source>Conversions per day</source>
        <translation>Конверсии в день</translation>
    </message>
    <message>
        <source>Response curve per day: now %1, recommended %2</source>
        <translation>Кривая отклика (в день): сейчас %1, рекомендуется %2</translation>
    </message>
    <message>
        <source>Response curve</source>
        <translation>Кривая отклика</translation>
    </message>
    <message>
        <source>Not enough data: %1</source>
        <translation>Недостаточно данных: %1</translation>
    </message>
</context>
<context>
    <name>BudgetJob</name>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>The period holds fewer than %1 points, too few for response curves: they are fitted on %2 to %3 instead.</source>
        <translation>В периоде меньше %1 точек — слишком мало для кривых отклика, поэтому они построены по данным с %2 по %3.</translation>
    </message>
    <message>
        <source>Revenue is recorded only for the business as a whole: each channel&apos;s share is attributed by a joint fit of the total revenue (a base with trend and yearly season, plus one curve per channel; no carry-over between weeks). Treat the revenue curves as estimates.</source>
        <translation>Выручка учитывается только по бизнесу в целом: доля каждого канала определяется совместной подгонкой общей выручки (базовый уровень с трендом и годовой сезонностью плюс по одной кривой на канал; без переноса эффекта между неделями). Считайте кривые выручки оценками.</translation>
    </message>
    <message>
        <source>The data mixes currencies (%1): amounts are added as they are. Filter to one account&apos;s channels for a sound plan.</source>
        <translation>В данных смешаны валюты (%1): суммы складываются как есть. Для корректного плана отфильтруйте каналы одного аккаунта.</translation>
    </message>
    <message>
        <source>no revenue recorded for this channel</source>
        <translation>по этому каналу нет данных о выручке</translation>
    </message>
    <message>
        <source>no conversions recorded for this channel</source>
        <translation>по этому каналу нет данных о конверсиях</translation>
    </message>
    <message>
        <source>Reading spend and revenue per channel</source>
        <translation>Чтение расхода и выручки по каналам</translation>
    </message>
    <message>
        <source>Fitting response curves</source>
        <translation>Построение кривых отклика</translation>
    </message>
    <message>
        <source>Optimising the split</source>
        <translation>Оптимизация распределения</translation>
    </message>
</context>
<context>
    <name>BudgetOptimizer</name>
    <message>
        <source>%1: the minimum spend (%2) is above the maximum (%3).</source>
        <translation>%1: минимальный расход (%2) больше максимального (%3).</translation>
    </message>
    <message>
        <source>Infeasible bounds: the channels&apos; minimum spends add up to %1, more than the budget of %2. Lower the minimums or raise the budget.</source>
        <translation>Недопустимые границы: сумма минимальных расходов каналов составляет %1, что больше бюджета %2. Снизьте минимумы или увеличьте бюджет.</translation>
    </message>
    <message>
        <source>Infeasible bounds: the channels&apos; maximum spends add up to %1, less than the budget of %2. Raise the maximums or lower the budget.</source>
        <translation>Недопустимые границы: сумма максимальных расходов каналов составляет %1, что меньше бюджета %2. Увеличьте максимумы или уменьшите бюджет.</translation>
    </message>
    <message>
        <source>%1: the recommended daily spend (%2) is above the largest seen in the data (%3); the curve is extrapolated there.</source>
        <translation>%1: рекомендуемый дневной расход (%2) выше максимального в данных (%3); в этой области кривая экстраполируется.</translation>
    </message>
    <message>
        <source>%1: not enough data (%2); left at its current spend.</source>
        <translation>%1: недостаточно данных (%2); расход оставлен на текущем уровне.</translation>
    </message>
    <message>
        <source>The period must be between 1 and 3660 days (got %1).</source>
        <translation>Период должен составлять от 1 до 3660 дней (получено: %1).</translation>
    </message>
    <message>
        <source>Bounds must be multiples with 0 ≤ min ≤ max and max &gt; 0 (got %1 to %2).</source>
        <translation>Границы должны быть множителями, где 0 ≤ min ≤ max и max &gt; 0 (получено: от %1 до %2).</translation>
    </message>
    <message>
        <source>There is no channel &quot;%1&quot; in the data (channels: %2).</source>
        <translation>В данных нет канала «%1» (каналы: %2).</translation>
    </message>
    <message>
        <source>%1: a spend limit must be a non-negative amount.</source>
        <translation>%1: лимит расхода должен быть неотрицательной суммой.</translation>
    </message>
    <message>
        <source>The target must be a positive number.</source>
        <translation>Целевое значение должно быть положительным числом.</translation>
    </message>
    <message>
        <source>The budget must be a non-negative amount.</source>
        <translation>Бюджет должен быть неотрицательной суммой.</translation>
    </message>
    <message>
        <source>There are no channels with spend in the period to split a budget across.</source>
        <translation>В периоде нет каналов с расходом, между которыми можно распределить бюджет.</translation>
    </message>
    <message>
        <source>No channel has a conversions curve to plan a CPA target with.</source>
        <translation>Ни у одного канала нет кривой конверсий для планирования по целевому CPA.</translation>
    </message>
    <message>
        <source>No channel has a revenue curve to plan a ROAS target with.</source>
        <translation>Ни у одного канала нет кривой выручки для планирования по целевому ROAS.</translation>
    </message>
    <message>
        <source>No budget between %1 and %2 reaches a CPA of %3 or less within these bounds: the best split reaches a CPA of %4 (at a budget of %5).</source>
        <translation>Ни один бюджет от %1 до %2 в этих границах не обеспечивает CPA %3 или ниже: лучшее распределение даёт CPA %4 (при бюджете %5).</translation>
    </message>
    <message>
        <source>No budget between %1 and %2 reaches a ROAS of %3 or more within these bounds: the best split reaches a ROAS of %4 (at a budget of %5).</source>
        <translation>Ни один бюджет от %1 до %2 в этих границах не обеспечивает ROAS %3 или выше: лучшее распределение даёт ROAS %4 (при бюджете %5).</translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>неделя с %1</translation>
    </message>
</context>
<context>
    <name>CliAccounts</name>
    <message>
        <source>--platform is required: meta, google_ads, tiktok, yandex_direct, vk_ads or telegram_ads</source>
        <translation>требуется --platform: meta, google_ads, tiktok, yandex_direct, vk_ads или telegram_ads</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;: use meta, google_ads, tiktok, yandex_direct, vk_ads or telegram_ads</source>
        <translation>неизвестная площадка «%1»: используйте meta, google_ads, tiktok, yandex_direct, vk_ads или telegram_ads</translation>
    </message>
    <message>
        <source>There is no database at %1 yet, so no account is connected: demetra-cli accounts add --platform P --account ID</source>
        <translation>По пути %1 базы данных ещё нет, поэтому ни один кабинет не подключён: demetra-cli accounts add --platform P --account ID</translation>
    </message>
    <message>
        <source>--base-url &quot;%1&quot; is not a URL such as https://proxy.example.com</source>
        <translation>--base-url «%1» не является URL-адресом вида https://proxy.example.com</translation>
    </message>
    <message>
        <source>--option takes key=value, not &quot;%1&quot;</source>
        <translation>--option принимает ключ=значение, а не «%1»</translation>
    </message>
    <message>
        <source>--backfill-days takes whole days, not &quot;%1&quot;</source>
        <translation>--backfill-days принимает целое число дней, а не «%1»</translation>
    </message>
    <message>
        <source>Connected %1 account &quot;%2&quot; as &quot;%3&quot;.
Set %4 to its token, then: demetra-cli accounts test --platform %5 --account %2
</source>
        <translation>Подключён кабинет %1 «%2» под именем «%3».
Задайте в %4 его токен, затем выполните: demetra-cli accounts test --platform %5 --account %2
</translation>
    </message>
    <message>
        <source>No accounts are connected. Add one: demetra-cli accounts add --platform P --account ID
</source>
        <translation>Нет подключённых кабинетов. Добавьте кабинет: demetra-cli accounts add --platform P --account ID
</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>ни разу не синхронизирован</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(отключён)</translation>
    </message>
    <message>
        <source>    %1; complete up to %2; %3 rows stored; %4 %5; last sync %6
</source>
        <translation>    %1; данные полные по %2; сохранено строк: %3; %4 %5; последняя синхронизация: %6
</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its %2 stored rows.
</source>
        <translation>Удалён кабинет «%1» и его сохранённые строки (%2).
</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;; its %2 stored rows stay (remove them with --delete-data).
</source>
        <translation>Удалён кабинет «%1»; его сохранённые строки (%2) остались (удалить их можно с помощью --delete-data).
</translation>
    </message>
    <message>
        <source>%1: the connection works. The platform calls it &quot;%2&quot;; currency %3, time zone %4.
</source>
        <translation>%1: подключение работает. На площадке кабинет называется «%2»; валюта %3, часовой пояс %4.
</translation>
    </message>
    <message>
        <source>accounts takes one action (add, list, remove or test) and options</source>
        <translation>accounts принимает одно действие (add, list, remove или test) и параметры</translation>
    </message>
    <message>
        <source>unknown accounts action &quot;%1&quot;: use add, list, remove or test</source>
        <translation>неизвестное действие accounts «%1»: используйте add, list, remove или test</translation>
    </message>
</context>
<context>
    <name>CliAdvise</name>
    <message>
        <source>Written locally from your data.</source>
        <translation>Составлено локально по вашим данным.</translation>
    </message>
    <message>
        <source>Written by %1.</source>
        <translation>Составлено моделью %1.</translation>
    </message>
    <message>
        <source>The model was not used: %1</source>
        <translation>Модель не использовалась: %1</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Прогнозы</translation>
    </message>
    <message>
        <source>  %1  %2 over %3 days: %4 (80 %: %5 to %6). %7
</source>
        <translation>  %1  %2 на %3 дн.: %4 (80 %: от %5 до %6). %7
</translation>
    </message>
    <message>
        <source>Budget moves</source>
        <translation>Перераспределение бюджета</translation>
    </message>
    <message>
        <source>  %1 → %2: %3 %4. %5
    %6
</source>
        <translation>  %1 → %2: %3 %4. %5
    %6
</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>advise: filter by --from/--to, --channel, --segment and --audience only</source>
        <translation>advise: допускаются только фильтры --from/--to, --channel, --segment и --audience</translation>
    </message>
    <message>
        <source>advise: --horizon takes 7 to 90 days</source>
        <translation>advise: --horizon принимает значение от 7 до 90 дней</translation>
    </message>
    <message>
        <source>advise: --llm BASE_URL and --model M go together</source>
        <translation>advise: --llm BASE_URL и --model M указываются вместе</translation>
    </message>
    <message>
        <source>advise: --llm takes an http(s) base URL such as %1, got &quot;%2&quot;</source>
        <translation>advise: --llm принимает базовый URL http(s), например %1, получено «%2»</translation>
    </message>
</context>
<context>
    <name>CliAlerts</name>
    <message>
        <source>No alerts.
</source>
        <translation>Оповещений нет.
</translation>
    </message>
    <message>
        <source>No open alerts (--all shows the history).
</source>
        <translation>Открытых оповещений нет (--all показывает историю).
</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>важность</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>правило</translation>
    </message>
    <message>
        <source>channel / campaign</source>
        <translation>канал / кампания</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>порог</translation>
    </message>
    <message>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>last seen</source>
        <translation>последний раз</translation>
    </message>
    <message>
        <source>message</source>
        <translation>сообщение</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s); • unread, * snoozed.
</source>
        <translation>
            <numerusform>%n оповещение; • — непрочитанные, * — отложенные.
</numerusform>
            <numerusform>%n оповещения; • — непрочитанные, * — отложенные.
</numerusform>
            <numerusform>%n оповещений; • — непрочитанные, * — отложенные.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Run &apos;demetra-cli --help&apos; for the commands and options.
</source>
        <translation>Список команд и параметров: demetra-cli --help
</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 принимает дату в формате ГГГГ-ММ-ДД, а не «%2»</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to раньше, чем --from</translation>
    </message>
    <message>
        <source>--campaign-id takes numbers, not &quot;%1&quot;</source>
        <translation>--campaign-id принимает числа, а не «%1»</translation>
    </message>
    <message>
        <source>The database: a SQLite file (default: the user&apos;s data folder).</source>
        <translation>База данных: файл SQLite (по умолчанию — в папке данных пользователя).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Выводить JSON вместо текста.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Последний день периода (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Only these channels (repeat or comma-separate).</source>
        <translation>Только эти каналы (повторите параметр или перечислите через запятую).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>Only these target audiences.</source>
        <translation>Только эти целевые аудитории.</translation>
    </message>
    <message>
        <source>Only these customer segments.</source>
        <translation>Только эти сегменты клиентов.</translation>
    </message>
    <message>
        <source>Only these locations.</source>
        <translation>Только эти регионы.</translation>
    </message>
    <message>
        <source>Only these languages.</source>
        <translation>Только эти языки.</translation>
    </message>
    <message>
        <source>Only these campaigns (ids from &apos;campaigns&apos;).</source>
        <translation>Только эти кампании (ID из вывода команды campaigns).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>timeseries: the metric (spend, clicks, ctr, roi, ...).</source>
        <translation>timeseries: показатель (spend, clicks, ctr, roi, ...).</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>показатель</translation>
    </message>
    <message>
        <source>timeseries: day, week or month; breakdown: channel, campaign, audience, segment, location, language, weekday, month.</source>
        <translation>timeseries: day, week или month; breakdown: channel, campaign, audience, segment, location, language, weekday, month.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>срез</translation>
    </message>
    <message>
        <source>timeseries: one series per channel.</source>
        <translation>timeseries: отдельный ряд для каждого канала.</translation>
    </message>
    <message>
        <source>campaigns/breakdown: rank by this metric.</source>
        <translation>campaigns/breakdown: сортировать по этому показателю.</translation>
    </message>
    <message>
        <source>Rank from the lowest value.</source>
        <translation>Сортировать по возрастанию.</translation>
    </message>
    <message>
        <source>At most this many rows.</source>
        <translation>Не больше указанного числа строк.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Leave out groups with fewer impressions (volume gate).</source>
        <translation>Не показывать группы с меньшим числом показов (порог по объёму).</translation>
    </message>
    <message>
        <source>import: file every row under this channel.</source>
        <translation>import: отнести все строки к этому каналу.</translation>
    </message>
    <message>
        <source>import: currency of money columns that do not name one (default USD).</source>
        <translation>import: валюта денежных столбцов, в которых она не указана (по умолчанию USD).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>import: reporting period of a file without dates, FROM:TO.</source>
        <translation>import: отчётный период для файла без дат, С:ПО.</translation>
    </message>
    <message>
        <source>from:to</source>
        <translation>с:по</translation>
    </message>
    <message>
        <source>import: day/month order of numeric dates: dmy or mdy (default: from the file).</source>
        <translation>import: порядок дня и месяца в числовых датах: dmy или mdy (по умолчанию — по файлу).</translation>
    </message>
    <message>
        <source>order</source>
        <translation>порядок</translation>
    </message>
    <message>
        <source>import (Kaggle): read Acquisition_Cost as cost per conversion.</source>
        <translation>import (Kaggle): считать Acquisition_Cost ценой конверсии.</translation>
    </message>
    <message>
        <source>import (Kaggle): do not derive revenue from ROI.</source>
        <translation>import (Kaggle): не вычислять выручку по ROI.</translation>
    </message>
    <message>
        <source>import (Facebook ads): count Approved_Conversion.</source>
        <translation>import (Facebook Ads): учитывать Approved_Conversion.</translation>
    </message>
    <message>
        <source>generate-sample: number of rows (default 20000).</source>
        <translation>generate-sample: число строк (по умолчанию 20000).</translation>
    </message>
    <message>
        <source>generate-sample: random seed.</source>
        <translation>generate-sample: начальное значение генератора случайных чисел (seed).</translation>
    </message>
    <message>
        <source>generate-sample: first day (YYYY-MM-DD).</source>
        <translation>generate-sample: первый день (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>generate-sample: number of days (default 365).</source>
        <translation>generate-sample: число дней (по умолчанию 365).</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Что сделать (см. выше).</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>не указана команда</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>для import нужен хотя бы один файл</translation>
    </message>
    <message>
        <source>--currency takes a three-letter ISO code such as USD or RUB</source>
        <translation>--currency принимает трёхбуквенный код ISO, например USD или RUB</translation>
    </message>
    <message>
        <source>--period takes FROM:TO as YYYY-MM-DD:YYYY-MM-DD</source>
        <translation>--period принимает период С:ПО в формате ГГГГ-ММ-ДД:ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>--date-order takes dmy or mdy</source>
        <translation>--date-order принимает dmy или mdy</translation>
    </message>
    <message>
        <source>generate-sample needs --out FILE</source>
        <translation>для generate-sample нужен --out ФАЙЛ</translation>
    </message>
    <message>
        <source>--rows takes a positive number</source>
        <translation>--rows принимает положительное число</translation>
    </message>
    <message>
        <source>--seed takes a number</source>
        <translation>--seed принимает число</translation>
    </message>
    <message>
        <source>--days takes a positive number</source>
        <translation>--days принимает положительное число</translation>
    </message>
    <message>
        <source>--start takes a date as YYYY-MM-DD</source>
        <translation>--start принимает дату в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Writing sample rows</source>
        <translation>Запись строк демо-данных</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2
</source>
        <translation>В файл %2 записано строк: %1
</translation>
    </message>
    <message>
        <source>There is no database at %1 yet: import a file first (demetra-cli import FILE).</source>
        <translation>По пути %1 базы данных пока нет: сначала импортируйте файл (demetra-cli import ФАЙЛ).</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>неизвестный показатель «%1»</translation>
    </message>
    <message>
        <source>breakdown needs --by channel|campaign|account|audience|segment|location|language|weekday|month</source>
        <translation>для breakdown нужен --by channel|campaign|account|audience|segment|location|language|weekday|month</translation>
    </message>
    <message>
        <source>timeseries needs --metric (spend, impressions, clicks, conversions, revenue, ctr, cpc, cpm, cpa, conversion_rate, roi, roas)</source>
        <translation>для timeseries нужен --metric (spend, impressions, clicks, conversions, revenue, ctr, cpc, cpm, cpa, conversion_rate, roi, roas)</translation>
    </message>
    <message>
        <source>--by takes day, week or month</source>
        <translation>--by принимает day, week или month</translation>
    </message>
    <message>
        <source>Language of messages: en or ru (default: from the environment).</source>
        <translation>Язык сообщений: en или ru (по умолчанию — как в окружении).</translation>
    </message>
    <message>
        <source>%1: no such file; nothing was imported from it.</source>
        <translation>%1: файл не найден; из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>rejected needs the run number (see &apos;demetra-cli runs&apos;)</source>
        <translation>для rejected нужен номер импорта (см. «demetra-cli runs»)</translation>
    </message>
    <message>
        <source>forecast: days ahead, 7 to 90 (default 30).</source>
        <translation>forecast: горизонт в днях, от 7 до 90 (по умолчанию 30).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дни</translation>
    </message>
    <message>
        <source>budget: the total budget to allocate.</source>
        <translation>budget: общий бюджет для распределения.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>budget: per-channel bounds as multiples of historical mean spend (default 0.5:2.0).</source>
        <translation>budget: границы для каждого канала как множители среднего исторического расхода (по умолчанию 0.5:2.0).</translation>
    </message>
    <message>
        <source>min:max</source>
        <translation>мин:макс</translation>
    </message>
    <message>
        <source>budget: a channel&apos;s minimum spend, CHANNEL=N.</source>
        <translation>budget: минимальный расход канала, КАНАЛ=N.</translation>
    </message>
    <message>
        <source>channel=n</source>
        <translation>канал=n</translation>
    </message>
    <message>
        <source>budget: a channel&apos;s maximum spend, CHANNEL=N.</source>
        <translation>budget: максимальный расход канала, КАНАЛ=N.</translation>
    </message>
    <message>
        <source>budget: find the least budget that keeps CPA at or below this.</source>
        <translation>budget: найти наименьший бюджет, при котором CPA не превышает это значение.</translation>
    </message>
    <message>
        <source>budget: find the least budget that keeps ROAS at or above this.</source>
        <translation>budget: найти наименьший бюджет, при котором ROAS не ниже этого значения.</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>коэффициент</translation>
    </message>
    <message>
        <source>alerts: also resolved and dismissed alerts.</source>
        <translation>alerts: также решённые и скрытые оповещения.</translation>
    </message>
    <message>
        <source>budgets set: the planned amount.</source>
        <translation>budgets set: плановая сумма.</translation>
    </message>
    <message>
        <source>budgets set: plan one campaign instead of the whole channel.</source>
        <translation>budgets set: планировать одну кампанию, а не весь канал.</translation>
    </message>
    <message>
        <source>daemon: minutes between refreshes, 15 to 1440 (default: the setting, 60).</source>
        <translation>daemon: минут между обновлениями, от 15 до 1440 (по умолчанию — из настроек, 60).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минуты</translation>
    </message>
    <message>
        <source>refresh/daemon: do not retrain the ROI model (only report if stale).</source>
        <translation>refresh/daemon: не переобучать модель ROI (только сообщать, если она устарела).</translation>
    </message>
    <message>
        <source>advise: base URL of an OpenAI-compatible model server (API key from DEMETRA_LLM_API_KEY).</source>
        <translation>advise: базовый URL сервера модели, совместимого с OpenAI (API-ключ берётся из DEMETRA_LLM_API_KEY).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>advise: the model to ask (with --llm).</source>
        <translation>advise: модель, к которой обращаться (вместе с --llm).</translation>
    </message>
    <message>
        <source>advise: print the exact request body and send nothing.</source>
        <translation>advise: вывести точное тело запроса и ничего не отправлять.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD); restore: the backup file.</source>
        <translation>Первый день периода (ГГГГ-ММ-ДД); restore: файл резервной копии.</translation>
    </message>
    <message>
        <source>import: the account name the rows are filed under; accounts/sync: the platform&apos;s account id.</source>
        <translation>import: имя аккаунта, к которому относятся строки; accounts/sync: ID кабинета на площадке.</translation>
    </message>
    <message>
        <source>generate-sample: output file; train: also write the model files here; backup: the copy.</source>
        <translation>generate-sample: выходной файл; train: также записать сюда файлы модели; backup: путь копии.</translation>
    </message>
    <message>
        <source>accounts/sync: meta, google_ads, tiktok, yandex_direct, vk_ads or telegram_ads.</source>
        <translation>accounts/sync: meta, google_ads, tiktok, yandex_direct, vk_ads или telegram_ads.</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>площадка</translation>
    </message>
    <message>
        <source>accounts add: the name shown for the account.</source>
        <translation>accounts add: отображаемое название кабинета.</translation>
    </message>
    <message>
        <source>accounts add: the platform&apos;s API at another address (https, or http to this computer), e.g. a corporate proxy.</source>
        <translation>accounts add: API площадки по другому адресу (https или http на этот компьютер), например корпоративный прокси.</translation>
    </message>
    <message>
        <source>accounts add: the API version (default: the platform&apos;s).</source>
        <translation>accounts add: версия API (по умолчанию — версия площадки).</translation>
    </message>
    <message>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>accounts add: a platform option, KEY=VALUE (repeat).</source>
        <translation>accounts add: параметр площадки, ключ=значение (можно повторять).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>ключ=значение</translation>
    </message>
    <message>
        <source>accounts add: days the first sync reads back (default 90).</source>
        <translation>accounts add: за сколько дней загружать данные при первой синхронизации (по умолчанию 90).</translation>
    </message>
    <message>
        <source>accounts remove: also delete the account&apos;s stored rows.</source>
        <translation>accounts remove: также удалить сохранённые строки кабинета.</translation>
    </message>
    <message>
        <source>sync: read from this day: 30d (days back) or YYYY-MM-DD.</source>
        <translation>sync: загружать начиная с этого дня: 30d (дней назад) или ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>when</source>
        <translation>когда</translation>
    </message>
    <message>
        <source>report: xlsx or csv (default: from --out&apos;s suffix).</source>
        <translation>report: xlsx или csv (по умолчанию — по расширению файла в --out).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>report --format csv: kpis, channels, campaigns, daily, forecasts, budget or alerts (default kpis).</source>
        <translation>report --format csv: kpis, channels, campaigns, daily, forecasts, budget или alerts (по умолчанию kpis).</translation>
    </message>
    <message>
        <source>table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>refresh/daemon: write the scheduled Excel report daily, weekly or monthly (off: none) when its period&apos;s file is not in the folder yet (default: the setting).</source>
        <translation>refresh/daemon: записывать отчёт Excel по расписанию ежедневно, еженедельно или ежемесячно (off — не записывать), если файла за текущий период ещё нет в папке (по умолчанию — значение из настроек).</translation>
    </message>
    <message>
        <source>refresh/daemon: the folder for the scheduled reports (default: the setting); files are named demetra-report-weekly-2026-W47.xlsx.</source>
        <translation>refresh/daemon: папка для отчётов по расписанию (по умолчанию — значение из настроек); имена файлов вида demetra-report-weekly-2026-W47.xlsx.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Demetra command-line tool.

Commands:
  import FILE...        import CSV exports into the database
  summary               KPI totals for the period and change against the previous period
  channels              KPIs per channel
  campaigns             KPIs per campaign
  breakdown --by DIM    KPIs by audience, segment, location, language, weekday or month
  timeseries --metric M --by day|week|month   a metric over time
  runs                  recent imports and how they ended
  rejected RUN          the rows an import rejected, with line, column and reason
  generate-sample --out FILE   write the synthetic sample data set
  train                 train the campaign ROI model on the stored data
  forecast --channel NAME --metric M --horizon DAYS   forecast a channel&apos;s metric with intervals
  budget --total N      split a budget across channels by their response curves
  refresh               run the refresh pipeline once (sync, rollups, forecasts, alerts, recommendations, scheduled report)
  daemon                run the refresh pipeline on its schedule until SIGTERM/SIGINT
    [--report-every daily|weekly|monthly --report-folder DIR]   refresh/daemon: also write the scheduled Excel report
  alerts                list open alerts (--all: with resolved and dismissed ones)
  budgets set|list      manage planned budgets per channel and period
  advise [--llm URL --model M] [--preview]   recommendations in plain words (local or by a model)
  accounts add|list|remove|test --platform P --account ID   connected ad accounts (token from DEMETRA_TOKEN_&lt;PLATFORM&gt;)
  sync [--platform P] [--account ID] [--since 30d|YYYY-MM-DD]   read the connected accounts&apos; statistics
  check                 the database&apos;s integrity check (read-only) and its backups
  backup [--out FILE]   a verified copy of the database (default: into the backups folder)
  restore --from FILE   replace the database with a backup (the old file is kept aside)
  report --format xlsx|csv --out FILE [--table T]   an Excel report or one table as CSV</source>
        <translation>Инструмент командной строки Demetra.

Команды:
  import FILE...        импорт выгрузок CSV в базу данных
  summary               итоги KPI за период и изменение относительно предыдущего периода
  channels              KPI по каналам
  campaigns             KPI по кампаниям
  breakdown --by DIM    KPI по аудитории, сегменту, региону, языку, дню недели или месяцу
  timeseries --metric M --by day|week|month   метрика во времени
  runs                  последние импорты и их результаты
  rejected RUN          строки, отклонённые при импорте, с номером строки, столбцом и причиной
  generate-sample --out FILE   записать синтетический демонстрационный набор данных
  train                 обучить модель ROI кампаний на сохранённых данных
  forecast --channel NAME --metric M --horizon DAYS   прогноз метрики канала с интервалами
  budget --total N      распределить бюджет по каналам по их кривым отклика
  refresh               однократно выполнить обновление (синхронизация, сводные таблицы, прогнозы, оповещения, рекомендации, отчёт по расписанию)
  daemon                выполнять обновление по расписанию до сигнала SIGTERM/SIGINT
    [--report-every daily|weekly|monthly --report-folder DIR]   refresh/daemon: также записывать отчёт Excel по расписанию
  alerts                список открытых оповещений (--all: включая решённые и скрытые)
  budgets set|list      управление плановыми бюджетами по каналам и периодам
  advise [--llm URL --model M] [--preview]   рекомендации простыми словами (локально или с помощью модели)
  accounts add|list|remove|test --platform P --account ID   подключённые рекламные кабинеты (токен из DEMETRA_TOKEN_&lt;PLATFORM&gt;)
  sync [--platform P] [--account ID] [--since 30d|YYYY-MM-DD]   загрузить статистику подключённых кабинетов
  check                 проверка целостности базы данных (только чтение) и её резервные копии
  backup [--out FILE]   проверенная копия базы данных (по умолчанию — в папку резервных копий)
  restore --from FILE   заменить базу данных резервной копией (старый файл сохраняется отдельно)
  report --format xlsx|csv --out FILE [--table T]   отчёт Excel или одна таблица в CSV</translation>
    </message>
</context>
<context>
    <name>CliBudget</name>
    <message>
        <source>Budget for the next %1 days: %2 %3 (current split over the same days: %4). Curves fitted on %5 to %6.
</source>
        <translation>Бюджет на следующие %1 дн.: %2 %3 (текущее распределение за те же дни: %4). Кривые построены по данным с %5 по %6.
</translation>
    </message>
    <message>
        <source>Target CPA ≤ %1: met by budgets from %2 to %3; the plan uses the least (CPA %4).
</source>
        <translation>Целевой CPA ≤ %1: достигается при бюджетах от %2 до %3; в плане используется наименьший (CPA %4).
</translation>
    </message>
    <message>
        <source>Target ROAS ≥ %1: met by budgets from %2 to %3; the plan uses the least (ROAS %4).
</source>
        <translation>Целевой ROAS ≥ %1: достигается при бюджетах от %2 до %3; в плане используется наименьший (ROAS %4).
</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>current</source>
        <translation>текущий</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>рекомендуемый</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>конверсии</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>mROI</source>
        <translation>mROI</translation>
    </message>
    <message>
        <source>R² (held out)</source>
        <translation>R² (отлож.)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>Expected %1: %2; against the current split scaled to the same total: %3 (%4 %).
</source>
        <translation>Ожидаемое значение (%1): %2; относительно текущего распределения, приведённого к той же сумме: %3 (%4 %).
</translation>
    </message>
    <message>
        <source>Extended bounds (%1–%2× current spend, overrides ignored): %3 %4, %5 more than this plan.
</source>
        <translation>Расширенные границы (%1–%2× текущего расхода, ручные лимиты не учитываются): %3 %4, на %5 больше, чем в этом плане.
</translation>
    </message>
    <message>
        <source>Extended bounds (%1–%2× current spend) cannot hold this total.
</source>
        <translation>Расширенные границы (%1–%2× текущего расхода) не позволяют распределить эту сумму.
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>Предупреждение: %1
</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>Примечание: %1
</translation>
    </message>
    <message>
        <source>--total takes a positive amount</source>
        <translation>--total принимает положительную сумму</translation>
    </message>
    <message>
        <source>--horizon takes the budget period in days, 1 to 3660</source>
        <translation>--horizon принимает период бюджета в днях, от 1 до 3660</translation>
    </message>
    <message>
        <source>--bounds takes MIN:MAX multiples of mean spend with 0 ≤ MIN ≤ MAX (e.g. 0.5:2.0), not &quot;%1&quot;</source>
        <translation>--bounds принимает множители среднего расхода MIN:MAX, где 0 ≤ MIN ≤ MAX (например, 0.5:2.0), а не «%1»</translation>
    </message>
    <message>
        <source>--min takes CHANNEL=AMOUNT, not &quot;%1&quot;</source>
        <translation>--min принимает КАНАЛ=СУММА, а не «%1»</translation>
    </message>
    <message>
        <source>--max takes CHANNEL=AMOUNT, not &quot;%1&quot;</source>
        <translation>--max принимает КАНАЛ=СУММА, а не «%1»</translation>
    </message>
    <message>
        <source>give either --target-cpa or --target-roas, not both</source>
        <translation>укажите либо --target-cpa, либо --target-roas, но не оба сразу</translation>
    </message>
    <message>
        <source>the target takes a positive number</source>
        <translation>целевое значение должно быть положительным числом</translation>
    </message>
    <message>
        <source>a target finds the budget itself: leave out --total with --target-cpa/--target-roas</source>
        <translation>при заданной цели бюджет определяется автоматически: не указывайте --total вместе с --target-cpa/--target-roas</translation>
    </message>
    <message>
        <source>budget: --metric takes revenue or conversions (what to maximise)</source>
        <translation>budget: --metric принимает revenue или conversions (что максимизировать)</translation>
    </message>
</context>
<context>
    <name>CliBudgets</name>
    <message>
        <source>budgets set needs exactly one --channel NAME</source>
        <translation>для budgets set нужен ровно один параметр --channel NAME</translation>
    </message>
    <message>
        <source>budgets set needs the period: --from DATE --to DATE</source>
        <translation>для budgets set нужен период: --from DATE --to DATE</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD</source>
        <translation>--from и --to принимают даты в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 раньше, чем --from %2</translation>
    </message>
    <message>
        <source>budgets set needs --amount N</source>
        <translation>для budgets set нужен параметр --amount N</translation>
    </message>
    <message>
        <source>--amount takes a positive number, not &quot;%1&quot;</source>
        <translation>--amount принимает положительное число, а не «%1»</translation>
    </message>
    <message>
        <source>demetra-cli: note: no data has the channel &quot;%1&quot; yet; the budget is saved and will be checked once it has.
</source>
        <translation>demetra-cli: примечание: в данных пока нет канала «%1»; бюджет сохранён и будет проверяться, когда данные по нему появятся.
</translation>
    </message>
    <message>
        <source>Planned budget %1 saved: %2%3, %4 to %5, %6 %7.
</source>
        <translation>Плановый бюджет %1 сохранён: %2%3, с %4 по %5, %6 %7.
</translation>
    </message>
    <message>
        <source>No planned budgets (add one with demetra-cli budgets set --channel NAME --from DATE --to DATE --amount N).
</source>
        <translation>Плановых бюджетов нет (добавьте бюджет командой demetra-cli budgets set --channel NAME --from DATE --to DATE --amount N).
</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>budgets remove takes a budget id (see budgets list), not &quot;%1&quot;</source>
        <translation>budgets remove принимает id бюджета (см. budgets list), а не «%1»</translation>
    </message>
    <message>
        <source>Planned budget %1 removed.
</source>
        <translation>Плановый бюджет %1 удалён.
</translation>
    </message>
    <message>
        <source>budgets takes set --channel NAME [--campaign NAME] --from DATE --to DATE --amount N [--currency C], list, or remove ID</source>
        <translation>budgets принимает set --channel NAME [--campaign NAME] --from DATE --to DATE --amount N [--currency C], list или remove ID</translation>
    </message>
</context>
<context>
    <name>CliDatabase</name>
    <message>
        <source>No good backup was found in %1.
</source>
        <translation>В %1 не найдено исправных резервных копий.
</translation>
    </message>
    <message>
        <source>The newest good backup is from %1 (%2). To restore it (the damaged file is kept aside):
  demetra-cli restore%3 --from %4
</source>
        <translation>Самая новая исправная резервная копия — от %1 (%2). Чтобы восстановить её (повреждённый файл будет сохранён отдельно):
  demetra-cli restore%3 --from %4
</translation>
    </message>
    <message>
        <source>There is no database at %1.
</source>
        <translation>По пути %1 нет базы данных.
</translation>
    </message>
    <message>
        <source>%1: ok (schema %2, %3; integrity check passed).
</source>
        <translation>%1: в порядке (схема %2, %3; проверка целостности пройдена).
</translation>
    </message>
    <message>
        <source>No backups yet in %1.
</source>
        <translation>В %1 ещё нет резервных копий.
</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); the newest: %1 (%2).
</source>
        <translation>
            <numerusform>%n резервная копия; самая новая: %1 (%2).
</numerusform>
            <numerusform>%n резервные копии; самая новая: %1 (%2).
</numerusform>
            <numerusform>%n резервных копий; самая новая: %1 (%2).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (schema %3, %4; verified).
</source>
        <translation>Резервная копия %1 сохранена в %2 (схема %3, %4; проверена).
</translation>
    </message>
    <message>
        <source>restore needs --from FILE (a backup).</source>
        <translation>для restore нужен параметр --from FILE (резервная копия).</translation>
    </message>
    <message>
        <source> Backups of %1, newest first:</source>
        <translation> Резервные копии %1, сначала новые:</translation>
    </message>
    <message>
        <source>Restored %1 from %2.
</source>
        <translation>База данных %1 восстановлена из %2.
</translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1.
</source>
        <translation>Заменённый файл сохранён как %1.
</translation>
    </message>
    <message>
        <source>check works on SQLite database files only; a team database on PostgreSQL is checked and backed up on its server (pg_dump, pg_basebackup).</source>
        <translation>check работает только с файлами баз данных SQLite; общая база команды на PostgreSQL проверяется и резервируется на своём сервере (pg_dump, pg_basebackup).</translation>
    </message>
    <message>
        <source>backup works on SQLite database files only; a team database on PostgreSQL is checked and backed up on its server (pg_dump, pg_basebackup).</source>
        <translation>backup работает только с файлами баз данных SQLite; общая база команды на PostgreSQL проверяется и резервируется на своём сервере (pg_dump, pg_basebackup).</translation>
    </message>
    <message>
        <source>restore works on SQLite database files only; a team database on PostgreSQL is checked and backed up on its server (pg_dump, pg_basebackup).</source>
        <translation>restore работает только с файлами баз данных SQLite; общая база команды на PostgreSQL проверяется и резервируется на своём сервере (pg_dump, pg_basebackup).</translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>(none)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Period %1 – %2, compared with %3 – %4
</source>
        <translation>Период %1 – %2 в сравнении с %3 – %4
</translation>
    </message>
    <message>
        <source>Warning: money adds up different currencies (%1); filter by account.
</source>
        <translation>Внимание: суммы в разных валютах сложены вместе (%1); отфильтруйте по аккаунту.
</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing from this file was kept
</source>
        <translation>%1: отменено; данные из этого файла не сохранены
</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4-separated)
</source>
        <translation>%1: %2 (%3, разделитель %4)
</translation>
    </message>
    <message>
        <source>  %1 records read, %2 rows written, %3 rejected
</source>
        <translation>  прочитано записей: %1, записано строк: %2, отклонено: %3
</translation>
    </message>
    <message>
        <source>  … %1 more rejected rows (demetra-cli rejected %2)
</source>
        <translation>  … ещё отклонённых строк: %1 (demetra-cli rejected %2)
</translation>
    </message>
    <message>
        <source>  line %1, column %2 (%3): %4
</source>
        <translation>  строка %1, столбец %2 (%3): %4
</translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation>  строка %1: %2
</translation>
    </message>
</context>
<context>
    <name>CliRefresh</name>
    <message>
        <source>Refresh run %1 (%2): %3 in %4 s.
</source>
        <translation>Обновление %1 (%2): %3 за %4 с.
</translation>
    </message>
    <message>
        <source>No new alerts.
</source>
        <translation>Новых оповещений нет.
</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s):
</source>
        <translation>
            <numerusform>%n новое оповещение:
</numerusform>
            <numerusform>%n новых оповещения:
</numerusform>
            <numerusform>%n новых оповещений:
</numerusform>
        </translation>
    </message>
    <message>
        <source>  … and %1 more: demetra-cli alerts lists them all.
</source>
        <translation>  … и ещё %1: полный список — demetra-cli alerts.
</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n новое оповещение</numerusform>
            <numerusform>%n новых оповещения</numerusform>
            <numerusform>%n новых оповещений</numerusform>
        </translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>следующий запуск %1</translation>
    </message>
    <message>
        <source>refresh takes no arguments, only options</source>
        <translation>refresh не принимает аргументов, только параметры</translation>
    </message>
    <message>
        <source>daemon takes no arguments, only options</source>
        <translation>daemon не принимает аргументов, только параметры</translation>
    </message>
    <message>
        <source>--interval takes whole minutes, not &quot;%1&quot;</source>
        <translation>--interval принимает целое число минут, а не «%1»</translation>
    </message>
    <message>
        <source>%1 refresh (%2) skipped: the previous refresh is still running
</source>
        <translation>%1 обновление (%2) пропущено: предыдущее обновление ещё выполняется
</translation>
    </message>
    <message>
        <source>%1 stopping: the running refresh stops at its next safe point
</source>
        <translation>%1 остановка: текущее обновление остановится в ближайшей безопасной точке
</translation>
    </message>
    <message>
        <source>%1 stopped
</source>
        <translation>%1 остановлено
</translation>
    </message>
    <message>
        <source>%1 demetra-cli daemon: refreshing %2 every %3 s; next run %4
</source>
        <translation>%1 demetra-cli daemon: обновление %2 каждые %3 с; следующий запуск %4
</translation>
    </message>
    <message>
        <source>%1 daily backup written: %2
</source>
        <translation>%1 записана ежедневная резервная копия: %2
</translation>
    </message>
    <message>
        <source>--report-every takes daily, weekly, monthly or off, not &quot;%1&quot;</source>
        <translation>--report-every принимает значения daily, weekly, monthly или off, а не «%1»</translation>
    </message>
    <message>
        <source>--report-every needs --report-folder DIR (no folder is saved in the settings either)</source>
        <translation>Для --report-every нужен параметр --report-folder DIR (папка в настройках тоже не задана)</translation>
    </message>
    <message>
        <source>%1 scheduled report written: %2
</source>
        <translation>%1 записан отчёт по расписанию: %2
</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>report takes no arguments, only options</source>
        <translation>команда report не принимает аргументов, только параметры</translation>
    </message>
    <message>
        <source>report needs --out FILE</source>
        <translation>для команды report нужен параметр --out FILE</translation>
    </message>
    <message>
        <source>--format must be xlsx or csv (a PDF report is written by the desktop app: demetra --report FILE.pdf)</source>
        <translation>--format должен быть xlsx или csv (PDF-отчёт создаёт настольное приложение: demetra --report FILE.pdf)</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;; choose one of: %2</source>
        <translation>неизвестная таблица «%1»; выберите одну из: %2</translation>
    </message>
    <message>
        <source>--table is for --format csv (the Excel report holds every table)</source>
        <translation>--table используется только с --format csv (отчёт Excel содержит все таблицы)</translation>
    </message>
    <message>
        <source>No data in the selected period; the report says so.
</source>
        <translation>За выбранный период нет данных; это указано в отчёте.
</translation>
    </message>
    <message>
        <source>Report written to %1.
</source>
        <translation>Отчёт записан в %1.
</translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message>
        <source>--since takes days back (30d) or a date (YYYY-MM-DD), not &quot;%1&quot;</source>
        <translation>--since принимает число дней назад (30d) или дату (ГГГГ-ММ-ДД), а не «%1»</translation>
    </message>
    <message>
        <source>sync takes no arguments, only options</source>
        <translation>sync не принимает аргументов, только параметры</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;: use meta, google_ads, tiktok, yandex_direct, vk_ads or telegram_ads</source>
        <translation>неизвестная площадка «%1»: используйте meta, google_ads, tiktok, yandex_direct, vk_ads или telegram_ads</translation>
    </message>
    <message>
        <source>--account needs --platform</source>
        <translation>для --account нужен --platform</translation>
    </message>
    <message>
        <source>No account is connected (there is no database at %1 yet): demetra-cli accounts add first.</source>
        <translation>Ни один кабинет не подключён (базы данных %1 ещё нет): сначала выполните demetra-cli accounts add.</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>предупреждение: %1
</translation>
    </message>
    <message>
        <source>demetra-cli: no connected account matches; nothing was synced (demetra-cli accounts list shows them).
</source>
        <translation>demetra-cli: ни один подключённый кабинет не подходит; ничего не синхронизировано (список кабинетов: demetra-cli accounts list).
</translation>
    </message>
</context>
<context>
    <name>CliTrain</name>
    <message>
        <source>Trained the campaign ROI model on %1 rows (%2 to %3), validated on %4 rows from %5 to %6 (time-ordered split).
</source>
        <translation>Модель ROI кампаний обучена на данных с %2 по %3 (строк: %1) и проверена на данных с %5 по %6 (строк: %4; разбиение по времени).
</translation>
    </message>
    <message>
        <source>Validation MAE %1 (channel-average baseline %2), R² %3 (baseline %4).
</source>
        <translation>MAE на проверке: %1 (базовый уровень по среднему канала: %2), R² %3 (базовый уровень: %4).
</translation>
    </message>
    <message>
        <source>%1 rows were left out (NaN, infinite or negative values).
</source>
        <translation>Исключено строк: %1 (NaN, бесконечные или отрицательные значения).
</translation>
    </message>
    <message>
        <source>%1 features, %2. Took %3 s.
</source>
        <translation>Признаков: %1, %2. Заняло %3 с.
</translation>
    </message>
    <message>
        <source>Saved as the database&apos;s current ROI model.
</source>
        <translation>Сохранена как текущая модель ROI базы данных.
</translation>
    </message>
    <message>
        <source>Model files written to %1 (roi_model.json, roi_model.meta.json).
</source>
        <translation>Файлы модели записаны в %1 (roi_model.json, roi_model.meta.json).
</translation>
    </message>
    <message>
        <source>train takes no arguments, only options</source>
        <translation>train не принимает аргументов, только параметры</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>The mapping does not match the file&apos;s columns.</source>
        <translation>Сопоставление не соответствует столбцам файла.</translation>
    </message>
    <message>
        <source>Two columns are marked &quot;%1&quot;: %2 and %3. Keep one.</source>
        <translation>Два столбца отмечены как «%1»: %2 и %3. Оставьте один.</translation>
    </message>
    <message>
        <source>Mark the column that holds the date (or give the period the file covers).</source>
        <translation>Отметьте столбец с датой (или укажите период, который охватывает файл).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Mark at least one column as spend, impressions, clicks, conversions, revenue or reach.</source>
        <translation>Отметьте хотя бы один столбец как расход, показы, клики, конверсии, выручку или охват.</translation>
    </message>
    <message>
        <source>Choose the channel these rows belong to, or mark the column that names it.</source>
        <translation>Выберите канал, к которому относятся эти строки, или отметьте столбец, в котором он указан.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as USD, EUR or RUB.</source>
        <translation>Валюта должна быть трёхбуквенным кодом, например USD, EUR или RUB.</translation>
    </message>
    <message>
        <source>Your column mapping</source>
        <translation>Ваше сопоставление столбцов</translation>
    </message>
    <message>
        <source>the channel is read from column &quot;%1&quot;</source>
        <translation>канал берётся из столбца «%1»</translation>
    </message>
    <message>
        <source>every row is filed under %1, as you chose</source>
        <translation>все строки относятся к каналу %1, как вы выбрали</translation>
    </message>
    <message>
        <source>Columns read as you mapped them: %1.</source>
        <translation>Столбцы прочитаны согласно вашему сопоставлению: %1.</translation>
    </message>
    <message>
        <source>Numeric dates are read day first (31/12/2025), as you chose.</source>
        <translation>Числовые даты читаются с дня (31/12/2025), как вы выбрали.</translation>
    </message>
    <message>
        <source>Numeric dates are read month first (12/31/2025), as you chose.</source>
        <translation>Числовые даты читаются с месяца (12/31/2025), как вы выбрали.</translation>
    </message>
    <message>
        <source>The rows cover %1 – %2, as you gave.</source>
        <translation>Строки охватывают период %1 – %2, как вы указали.</translation>
    </message>
    <message>
        <source>Kept as breakdowns (rows that differ in them stay apart): %1.</source>
        <translation>Сохранены как разбивки (строки, различающиеся по ним, не объединяются): %1.</translation>
    </message>
    <message>
        <source>Columns not used: %1. Rows that differ only in them are summed.</source>
        <translation>Неиспользуемые столбцы: %1. Строки, различающиеся только по ним, суммируются.</translation>
    </message>
</context>
<context>
    <name>ColumnRole</name>
    <message>
        <source>(ignored)</source>
        <translation>(не учитывается)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation>ID кампании</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Название кампании</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Показы</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Клики</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Video views</source>
        <translation>Просмотры видео</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>Целевая аудитория</translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation>Сегмент клиентов</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Campaign goal</source>
        <translation>Цель кампании</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Campaign type</source>
        <translation>Тип кампании</translation>
    </message>
    <message>
        <source>Ad group / ad set</source>
        <translation>Группа объявлений</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Объявление</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Интерес</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Конверсия (CR)</translation>
    </message>
    <message>
        <source>Acquisition cost</source>
        <translation>Стоимость привлечения</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Engagement score</source>
        <translation>Индекс вовлечённости</translation>
    </message>
    <message>
        <source>Approved conversions</source>
        <translation>Подтверждённые конверсии</translation>
    </message>
    <message>
        <source>Other breakdown</source>
        <translation>Другой срез</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
</context>
<context>
    <name>Connectors</name>
    <message>
        <source>Account ID &quot;%1&quot; is not a %2 account id: %3</source>
        <translation>ID кабинета «%1» не является идентификатором кабинета %2: %3</translation>
    </message>
    <message>
        <source>give the ad account&apos;s digits (with or without &quot;act_&quot;).</source>
        <translation>укажите цифры рекламного кабинета (с префиксом «act_» или без него).</translation>
    </message>
    <message>
        <source>give the 10-digit customer ID (dashes are allowed).</source>
        <translation>укажите 10-значный ID клиента (дефисы допускаются).</translation>
    </message>
    <message>
        <source>give the advertiser ID (digits).</source>
        <translation>укажите ID рекламодателя (цифры).</translation>
    </message>
    <message>
        <source>give the client login (text without spaces).</source>
        <translation>укажите логин клиента (текст без пробелов).</translation>
    </message>
    <message>
        <source>give the account ID (digits or text without spaces).</source>
        <translation>укажите ID кабинета (цифры или текст без пробелов).</translation>
    </message>
    <message>
        <source>give the account ID without spaces, or leave it empty for the token&apos;s own account.</source>
        <translation>укажите ID кабинета без пробелов или оставьте поле пустым, чтобы использовать кабинет, которому принадлежит токен.</translation>
    </message>
    <message>
        <source>This connected account no longer exists.</source>
        <translation>Этот подключённый кабинет больше не существует.</translation>
    </message>
    <message>
        <source>No %1 account &quot;%2&quot; is connected.</source>
        <translation>Кабинет %1 «%2» не подключён.</translation>
    </message>
    <message>
        <source>Backfill days: give a number from 1 to 3660, not %1.</source>
        <translation>Дней начальной загрузки: укажите число от 1 до 3660, а не %1.</translation>
    </message>
    <message>
        <source>Account ID: %1 account &quot;%2&quot; is already connected.</source>
        <translation>ID кабинета: кабинет %1 «%2» уже подключён.</translation>
    </message>
    <message>
        <source>Name: another %1 account is already called &quot;%2&quot;; choose another name.</source>
        <translation>Название: другой кабинет %1 уже называется «%2»; выберите другое название.</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>Не удалось сохранить кабинет.</translation>
    </message>
    <message>
        <source>the stored sign-in cannot be read (%1); sign in again or paste a token.</source>
        <translation>не удаётся прочитать сохранённые данные входа (%1); войдите снова или вставьте токен.</translation>
    </message>
    <message>
        <source>not a JSON object at offset %1</source>
        <translation>не является JSON-объектом (смещение %1)</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 не является строкой</translation>
    </message>
    <message>
        <source>expires_at is not an ISO 8601 date and time</source>
        <translation>expires_at не является датой и временем в формате ISO 8601</translation>
    </message>
    <message>
        <source>it has neither access_token nor refresh_token</source>
        <translation>в нём нет ни access_token, ни refresh_token</translation>
    </message>
    <message>
        <source>Create an OAuth client of type &quot;Desktop app&quot; in the Google Cloud console (APIs &amp; Services → Credentials) of a project with the Google Ads API enabled; loopback redirects are allowed for desktop clients.</source>
        <translation>Создайте OAuth-клиент типа «Desktop app» в Google Cloud Console (APIs &amp; Services → Credentials) в проекте с включённым Google Ads API; для клиентов настольных приложений разрешены перенаправления на loopback-адрес.</translation>
    </message>
    <message>
        <source>Register an application at oauth.yandex.ru with Yandex.Direct API access, add the redirect URI shown below, and have it approved for API use in the Direct interface.</source>
        <translation>Зарегистрируйте приложение на oauth.yandex.ru с доступом к API Яндекс Директа, добавьте указанный ниже Redirect URI и получите одобрение на использование API в интерфейсе Директа.</translation>
    </message>
    <message>
        <source>Create an app at developers.facebook.com with the Marketing API product and add the redirect URI shown below to its valid OAuth redirect URIs (ads_read permission).</source>
        <translation>Создайте приложение на developers.facebook.com с продуктом Marketing API и добавьте указанный ниже Redirect URI в список допустимых URI перенаправления OAuth (разрешение ads_read).</translation>
    </message>
    <message>
        <source>Create a developer app at business-api.tiktok.com (TikTok API for Business) with the redirect URI shown below; its App ID and secret are the client id and secret.</source>
        <translation>Создайте приложение разработчика на business-api.tiktok.com (TikTok API for Business) с указанным ниже Redirect URI; его App ID и секрет — это идентификатор и секрет клиента.</translation>
    </message>
    <message>
        <source>VK Ads grants the authorization-code flow to third-party apps on request only; use the client id and secret of your VK Ads account (Settings → API) instead.</source>
        <translation>VK Реклама предоставляет сторонним приложениям авторизацию по коду (authorization code flow) только по запросу; вместо этого используйте идентификатор и секрет клиента из вашего кабинета VK Рекламы (Настройки → API).</translation>
    </message>
    <message>
        <source>This platform has no sign-in with a browser; paste a token.</source>
        <translation>Для этой площадки вход через браузер недоступен; вставьте токен.</translation>
    </message>
    <message>
        <source>token refresh</source>
        <translation>обновление токена</translation>
    </message>
    <message>
        <source>sign-in code exchange</source>
        <translation>обмен кода входа</translation>
    </message>
    <message>
        <source>long-lived token exchange</source>
        <translation>получение долгосрочного токена</translation>
    </message>
    <message>
        <source>the token endpoint&apos;s answer cannot be read: %1</source>
        <translation>не удаётся прочитать ответ сервера токенов: %1</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>это не JSON-объект</translation>
    </message>
    <message>
        <source>data is missing</source>
        <translation>отсутствует поле data</translation>
    </message>
    <message>
        <source>access_token is missing</source>
        <translation>отсутствует access_token</translation>
    </message>
    <message>
        <source>refresh_token is not text</source>
        <translation>refresh_token не является строкой</translation>
    </message>
    <message>
        <source>%1 is not a number of seconds</source>
        <translation>%1 не является числом секунд</translation>
    </message>
    <message>
        <source>%1: the sign-in has expired or was revoked (%2); sign in again on Data sources.</source>
        <translation>%1: срок действия входа истёк или доступ был отозван (%2); войдите снова в разделе «Источники данных».</translation>
    </message>
    <message>
        <source>%1: the OAuth client id or client secret is wrong (%2); check them in your OAuth client and sign in again.</source>
        <translation>%1: неверный идентификатор или секрет OAuth-клиента (%2); проверьте их в настройках OAuth-клиента и войдите снова.</translation>
    </message>
    <message>
        <source>%1: the token endpoint refused the request (%2: %3).</source>
        <translation>%1: сервер токенов отклонил запрос (%2: %3).</translation>
    </message>
    <message>
        <source>%1: the access token has expired and no refresh token is stored; sign in again on Data sources.</source>
        <translation>%1: срок действия токена доступа истёк, а токен обновления не сохранён; войдите снова в разделе «Источники данных».</translation>
    </message>
    <message>
        <source>%1: %2 has no refresh grant; the access token has expired, so sign in again (or paste a new token) on Data sources.</source>
        <translation>%1: %2 не поддерживает обновление токена; срок действия токена доступа истёк, поэтому войдите снова (или вставьте новый токен) в разделе «Источники данных».</translation>
    </message>
    <message>
        <source>the system keychain did not answer within a minute</source>
        <translation>системное хранилище паролей не ответило в течение минуты</translation>
    </message>
    <message>
        <source>Meta (Facebook, Instagram)</source>
        <translation>Meta (Facebook, Instagram)</translation>
    </message>
    <message>
        <source>Google Ads</source>
        <translation>Google Ads</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Yandex.Direct</source>
        <translation>Яндекс Директ</translation>
    </message>
    <message>
        <source>VK Ads</source>
        <translation>VK Реклама</translation>
    </message>
    <message>
        <source>Telegram Ads</source>
        <translation>Telegram Ads</translation>
    </message>
    <message>
        <source>no token source</source>
        <translation>нет источника токена</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 кабинет</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts</source>
        <translation>
            <numerusform>%n кабинет</numerusform>
            <numerusform>%n кабинета</numerusform>
            <numerusform>%n кабинетов</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row changed</source>
        <translation>изменена 1 строка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows changed</source>
        <translation>
            <numerusform>изменена %Ln строка</numerusform>
            <numerusform>изменено %Ln строки</numerusform>
            <numerusform>изменено %Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>No connected accounts to sync.</source>
        <translation>Нет подключённых кабинетов для синхронизации.</translation>
    </message>
    <message>
        <source>Synced %1, %2.</source>
        <translation>Синхронизировано: %1, %2.</translation>
    </message>
    <message>
        <source>Nothing changed in %1.</source>
        <translation>Без изменений: %1.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — сбой: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n accounts failed: %1</source>
        <translation>
            <numerusform>Сбой во всех кабинетах (%n): %1</numerusform>
            <numerusform>Сбой во всех кабинетах (%n): %1</numerusform>
            <numerusform>Сбой во всех кабинетах (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n accounts failed: %2</source>
        <translation>
            <numerusform>Сбой в %1 из %n кабинета: %2</numerusform>
            <numerusform>Сбой в %1 из %n кабинетов: %2</numerusform>
            <numerusform>Сбой в %1 из %n кабинетов: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>In the others, %1.</source>
        <translation>В остальных: %1.</translation>
    </message>
    <message>
        <source>Nothing changed in the others.</source>
        <translation>В остальных ничего не изменилось.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Синхронизация отменена.</translation>
    </message>
    <message>
        <source>cancelled while waiting for the system keychain</source>
        <translation>отменено во время ожидания системного хранилища паролей</translation>
    </message>
    <message>
        <source>%1: the token could not be read from the system keychain; paste it again on Data sources.</source>
        <translation>%1: не удалось прочитать токен из системного хранилища паролей; вставьте его снова в разделе «Источники данных».</translation>
    </message>
    <message>
        <source>%1: no token: paste one on Data sources.</source>
        <translation>%1: нет токена: вставьте его в разделе «Источники данных».</translation>
    </message>
    <message>
        <source>%1: no token: set %2 (or %3 for this account alone).</source>
        <translation>%1: нет токена: задайте %2 (или %3 только для этого кабинета).</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Сбой синхронизации: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>%1: up to date, nothing to read.</source>
        <translation>%1: данные актуальны, загружать нечего.</translation>
    </message>
    <message>
        <source>this version of Demetra has no connector for %1 yet.</source>
        <translation>в этой версии Demetra ещё нет коннектора для %1.</translation>
    </message>
    <message>
        <source>the sync was cancelled; nothing of this window was stored.</source>
        <translation>синхронизация отменена; данные за это окно не сохранены.</translation>
    </message>
    <message>
        <source>The account&apos;s currency changed from %1 to %2: rows from %3 are stored under a separate %2 source; earlier rows stay in %1.</source>
        <translation>Валюта кабинета изменилась с %1 на %2: строки начиная с %3 сохраняются в отдельный источник %2; более ранние строки остаются в %1.</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>сохранение</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>%1: testing the connection</source>
        <translation>%1: проверка подключения</translation>
    </message>
    <message>
        <source>%1: this version of Demetra has no connector for %2 yet.</source>
        <translation>%1: в этой версии Demetra ещё нет коннектора для %2.</translation>
    </message>
    <message>
        <source>%1: the connection works</source>
        <translation>%1: подключение работает</translation>
    </message>
    <message>
        <source>%1: the platform did not say the account&apos;s currency; nothing was stored. Test the connection and sync again.</source>
        <translation>%1: площадка не сообщила валюту кабинета; ничего не сохранено. Проверьте подключение и синхронизируйте снова.</translation>
    </message>
    <message>
        <source>%1 rows stored for %2 to %3, %4 changed.</source>
        <translation>Сохранено строк: %1 за период с %2 по %3, изменено: %4.</translation>
    </message>
    <message>
        <source>%1 rows the platform no longer reports were set to zero.</source>
        <translation>Обнулено строк, которые площадка больше не передаёт: %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>unterminated quoted field (opened at line %1)</source>
        <translation>незакрытые кавычки в поле (открыты в строке %1)</translation>
    </message>
    <message>
        <source>this is not a text CSV file: it contains NUL bytes (a binary file, or UTF-16 text without a byte-order mark)</source>
        <translation>это не текстовый CSV-файл: в нём есть байты NUL (двоичный файл или текст в UTF-16 без метки порядка байтов)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>this is not a text CSV file: it contains many control characters (%1 in the first %2 bytes)</source>
        <translation>это не текстовый CSV-файл: в нём много управляющих символов (%1 в первых %2 байтах)</translation>
    </message>
    <message>
        <source>cannot go back to the start of the file</source>
        <translation>не удалось вернуться к началу файла</translation>
    </message>
    <message>
        <source>field longer than the %1 limit</source>
        <translation>поле превышает лимит %1</translation>
    </message>
    <message>
        <source>row longer than the %1 limit</source>
        <translation>строка превышает лимит %1</translation>
    </message>
    <message>
        <source>row has more than %1 columns</source>
        <translation>число столбцов в строке больше %1</translation>
    </message>
    <message>
        <source>reading the file failed</source>
        <translation>ошибка чтения файла</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не удалось открыть файл: %1</translation>
    </message>
    <message>
        <source>no CSV file is open</source>
        <translation>CSV-файл не открыт</translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>Cannot write the CSV file %1: %2. Choose a folder you can write to.</source>
        <translation>Не удалось записать CSV-файл %1: %2. Выберите папку, в которую разрешена запись.</translation>
    </message>
    <message>
        <source>Cannot write the CSV file %1: %2. Nothing was written; check the free space.</source>
        <translation>Не удалось записать CSV-файл %1: %2. Ничего не записано; проверьте свободное место на диске.</translation>
    </message>
</context>
<context>
    <name>DataSourcesJob</name>
    <message>
        <source>Listing data sources</source>
        <translation>Получение списка источников данных</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database path is a folder, not a file: %1</source>
        <translation>Путь к базе данных указывает на папку, а не на файл: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database: %1</source>
        <translation>Не удалось создать папку для базы данных: %1</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Драйвер SQLite для Qt не установлен.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Не удалось открыть базу данных %1.</translation>
    </message>
    <message>
        <source>%1 is not a Demetra database, or it is damaged.</source>
        <translation>%1 — не база данных Demetra, или она повреждена.</translation>
    </message>
    <message>
        <source>A database query failed.</source>
        <translation>Ошибка запроса к базе данных.</translation>
    </message>
    <message>
        <source>Cannot start writing to the database (is another program writing?).</source>
        <translation>Не удалось начать запись в базу данных (возможно, в неё пишет другая программа).</translation>
    </message>
    <message>
        <source>Saving to the database failed.</source>
        <translation>Не удалось сохранить данные в базу.</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is full (or the file reached its size limit); nothing of this change was saved. Free some space and run again.</source>
        <translation>Диск с базой данных %1 заполнен (или файл достиг предельного размера); это изменение не сохранено. Освободите место и запустите снова.</translation>
    </message>
    <message>
        <source>Writing the database %1 failed (the disk may be full or failing); nothing of this change was saved.</source>
        <translation>Не удалось выполнить запись в базу данных %1 (возможно, диск заполнен или неисправен); это изменение не сохранено.</translation>
    </message>
    <message>
        <source>The database %1 is read-only; nothing was changed.</source>
        <translation>База данных %1 доступна только для чтения; ничего не изменено.</translation>
    </message>
    <message>
        <source>Not a PostgreSQL address: %1. Write it as postgresql://user@host:5432/database.</source>
        <translation>Это не адрес PostgreSQL: %1. Укажите его в виде postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Драйвер PostgreSQL для Qt не установлен (пакет Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the password for %1. Check the password (Settings, or the DEMETRA_DB_PASSWORD environment variable).</source>
        <translation>Сервер PostgreSQL отклонил пароль для %1. Проверьте пароль (в настройках или в переменной окружения DEMETRA_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>The PostgreSQL server does not let this user connect: %1. Ask the server&apos;s administrator to allow it (pg_hba.conf).</source>
        <translation>Сервер PostgreSQL не разрешает подключение этому пользователю: %1. Попросите администратора сервера разрешить его (pg_hba.conf).</translation>
    </message>
    <message>
        <source>The database of %1 does not exist on the PostgreSQL server. Create it first (createdb), then connect again.</source>
        <translation>База данных %1 не существует на сервере PostgreSQL. Сначала создайте её (createdb), затем подключитесь снова.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 is out of disk space; nothing of this change was saved.</source>
        <translation>На сервере PostgreSQL %1 закончилось место на диске; изменения не сохранены.</translation>
    </message>
    <message>
        <source>The PostgreSQL user of %1 may not change this data (no permission); nothing was changed.</source>
        <translation>У пользователя PostgreSQL %1 нет прав на изменение этих данных; ничего не изменено.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 is read-only; nothing was changed.</source>
        <translation>База данных PostgreSQL %1 доступна только для чтения; ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server %1. Is the server running, and are the host and port right?</source>
        <translation>Не удаётся подключиться к серверу PostgreSQL %1. Проверьте, что сервер запущен, а хост и порт указаны верно.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server %1 was lost; nothing of this change was saved. Run again when the server is back.</source>
        <translation>Подключение к серверу PostgreSQL %1 потеряно; изменения не сохранены. Повторите попытку, когда сервер снова будет доступен.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>в папку нельзя записывать</translation>
    </message>
    <message>
        <source>writing the copy failed</source>
        <translation>не удалось записать копию</translation>
    </message>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>По пути %1 нет базы данных для резервного копирования.</translation>
    </message>
    <message>
        <source>No backup of %1 was taken: cannot create the folder %2.</source>
        <translation>Резервная копия %1 не создана: не удаётся создать папку %2.</translation>
    </message>
    <message>
        <source>No backup of %1 was taken: it cannot be read.</source>
        <translation>Резервная копия %1 не создана: базу данных не удаётся прочитать.</translation>
    </message>
    <message>
        <source>No backup of %1 was taken: %2 (%3).</source>
        <translation>Резервная копия %1 не создана: %2 (%3).</translation>
    </message>
    <message>
        <source>No backup of %1 was taken: the database is damaged.</source>
        <translation>Резервная копия %1 не создана: база данных повреждена.</translation>
    </message>
    <message>
        <source>No backup of %1 was taken: the copy failed its integrity check (the database itself may be damaged).</source>
        <translation>Резервная копия %1 не создана: копия не прошла проверку целостности (возможно, повреждена сама база данных).</translation>
    </message>
    <message>
        <source>A backup cannot replace the database itself (%1).</source>
        <translation>Резервную копию нельзя записать поверх самой базы данных (%1).</translation>
    </message>
    <message>
        <source>No backup of %1 was taken: cannot write %2.</source>
        <translation>Резервная копия %1 не создана: не удаётся записать %2.</translation>
    </message>
    <message>
        <source>Keep between %1 and %2 daily backups, not %3.</source>
        <translation>Число хранимых ежедневных резервных копий должно быть от %1 до %2, а не %3.</translation>
    </message>
    <message>
        <source>%1 Keeping %2.</source>
        <translation>%1 Оставлено значение %2.</translation>
    </message>
    <message>
        <source>The database was upgraded from schema %1 without a backup: %2</source>
        <translation>База данных обновлена со схемы %1 без резервной копии: %2</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>По пути %1 нет резервной копии.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Резервную копию %1 невозможно восстановить: %2</translation>
    </message>
    <message>
        <source>The backup is the database itself (%1).</source>
        <translation>Резервная копия — это сама база данных (%1).</translation>
    </message>
    <message>
        <source>Nothing was restored: cannot move %1 aside (is Demetra still running?).</source>
        <translation>Ничего не восстановлено: не удаётся переместить %1 (Demetra всё ещё запущена?).</translation>
    </message>
    <message>
        <source>Nothing was restored: cannot write %1.</source>
        <translation>Ничего не восстановлено: не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>DatabaseHealth</name>
    <message>
        <source>The database %1 is damaged or is not a Demetra database: %2. It was not changed; restore a backup or move the file away.</source>
        <translation>База данных %1 повреждена или не является базой данных Demetra: %2. Файл не изменён; восстановите резервную копию или переместите файл.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>файл пуст (0 байт)</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2.</source>
        <translation>Не удаётся прочитать базу данных %1: %2.</translation>
    </message>
    <message>
        <source>it is not a SQLite database file</source>
        <translation>это не файл базы данных SQLite</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>её заголовок повреждён</translation>
    </message>
    <message>
        <source>the file is cut short (%1 bytes; %2 expected)</source>
        <translation>файл обрезан (%1 байт; ожидалось %2)</translation>
    </message>
    <message>
        <source>Cannot read the database %1 now (%2). Check that its folder can be written and that no other program holds it locked.</source>
        <translation>Не удаётся прочитать базу данных %1 сейчас (%2). Убедитесь, что в её папку можно записывать и что файл не заблокирован другой программой.</translation>
    </message>
    <message>
        <source>SQLite cannot read it</source>
        <translation>SQLite не может её прочитать</translation>
    </message>
    <message>
        <source>the integrity check could not finish</source>
        <translation>проверку целостности не удалось завершить</translation>
    </message>
    <message numerus="yes">
        <source>the integrity check found %n problem(s)</source>
        <translation>
            <numerusform>проверка целостности обнаружила %n проблему</numerusform>
            <numerusform>проверка целостности обнаружила %n проблемы</numerusform>
            <numerusform>проверка целостности обнаружила %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Demetra (schema %2; this version knows up to %3). Update Demetra to open it; the file was not changed.</source>
        <translation>База данных %1 записана более новой версией Demetra (схема %2; эта версия поддерживает схемы до %3). Обновите Demetra, чтобы открыть её; файл не изменён.</translation>
    </message>
</context>
<context>
    <name>DatePreset</name>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Произвольный период</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Тот же период прошлого года</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::AccountDialog</name>
    <message>
        <source>Add ad account</source>
        <translation>Добавить рекламный кабинет</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Площадка:</translation>
    </message>
    <message>
        <source>How the account is called in Demetra (the data source&apos;s name)</source>
        <translation>Как кабинет называется в Demetra (имя источника данных)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Stored in the system keychain only, never in the settings file, the database or logs</source>
        <translation>Хранится только в системном хранилище паролей — никогда в файле настроек, базе данных или журналах</translation>
    </message>
    <message>
        <source>The token is stored in the system keychain, never in the database or settings.</source>
        <translation>Токен хранится в системном хранилище паролей, никогда — в базе данных или настройках.</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser…</source>
        <translation>Войти через &amp;браузер…</translation>
    </message>
    <message>
        <source>Sign in with your own OAuth client instead of pasting a token; the refresh token keeps hourly syncs working</source>
        <translation>Войти через собственный OAuth-клиент вместо вставки токена; токен обновления (refresh token) обеспечивает работу ежечасной синхронизации</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Токен:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Base URL, API version, platform options and the first sync&apos;s period</source>
        <translation>Базовый URL, версия API, параметры площадки и период первой синхронизации</translation>
    </message>
    <message>
        <source>Without the version; empty: the platform&apos;s address. Set it for a corporate proxy or a test server (https, or http to this computer only).</source>
        <translation>Без версии; пусто — адрес площадки. Укажите для корпоративного прокси или тестового сервера (https или http только к этому компьютеру).</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Базовый &amp;URL:</translation>
    </message>
    <message>
        <source>Empty: the version this Demetra was built against (shown in grey)</source>
        <translation>Пусто — версия, для которой собрана эта сборка Demetra (показана серым)</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Версия API:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>How far back the first sync reads; later syncs read what is new and the days the platform may still revise</source>
        <translation>Насколько далеко в прошлое читает первая синхронизация; последующие читают новые данные и дни, которые площадка ещё может пересчитать</translation>
    </message>
    <message>
        <source>&amp;First sync reads:</source>
        <translation>&amp;Первая синхронизация читает:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Проверить &amp;подключение</translation>
    </message>
    <message>
        <source>Ask the platform with the token and settings in this form; nothing is stored</source>
        <translation>Отправить запрос площадке с токеном и настройками из этой формы; ничего не сохраняется</translation>
    </message>
    <message>
        <source>Edit ad account</source>
        <translation>Изменить рекламный кабинет</translation>
    </message>
    <message>
        <source>To read another account, add it as a new account</source>
        <translation>Чтобы читать другой кабинет, добавьте его как новый</translation>
    </message>
    <message>
        <source>Stored in the system keychain; type a new token to replace it</source>
        <translation>Хранится в системном хранилище паролей; введите новый токен, чтобы заменить его</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>Системное хранилище паролей недоступно: %1</translation>
    </message>
    <message>
        <source>No token stored: paste one</source>
        <translation>Токен не сохранён: вставьте его</translation>
    </message>
    <message>
        <source>none (the API has no version)</source>
        <translation>нет (у API нет версии)</translation>
    </message>
    <message>
        <source>Access token, or the client secret with a client id</source>
        <translation>Токен доступа или секрет клиента вместе с идентификатором клиента</translation>
    </message>
    <message>
        <source>Paste the access token</source>
        <translation>Вставьте токен доступа</translation>
    </message>
    <message>
        <source>Not an address: enter one like %1, or leave the field empty for the platform&apos;s own.</source>
        <translation>Это не адрес: введите адрес вида %1 или оставьте поле пустым, чтобы использовать адрес площадки.</translation>
    </message>
    <message>
        <source>Paste the token: Demetra cannot read the account without it (see below where to get one).</source>
        <translation>Вставьте токен: без него Demetra не сможет читать аккаунт (ниже описано, где его получить).</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Сначала исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>Paste the token to test the connection.</source>
        <translation>Вставьте токен, чтобы проверить подключение.</translation>
    </message>
    <message>
        <source>No token to test with.</source>
        <translation>Нет токена для проверки.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Запрос к %1…</translation>
    </message>
    <message>
        <source>This build of Demetra has no %1 connector.</source>
        <translation>В этой сборке Demetra нет коннектора %1.</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Connected. Currency: %1, time zone: %2.</source>
        <translation>Подключено. Валюта: %1, часовой пояс: %2.</translation>
    </message>
    <message>
        <source>Connected to “%1”. Currency: %2, time zone: %3.</source>
        <translation>Подключено к «%1». Валюта: %2, часовой пояс: %3.</translation>
    </message>
    <message>
        <source>Signed in with the browser: Save stores the sign-in in the system keychain.</source>
        <translation>Вход через браузер выполнен: кнопка «Сохранить» сохранит данные входа в системном хранилище паролей.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::AccountsPanel</name>
    <message>
        <source>Connected ad accounts</source>
        <translation>Подключённые кабинеты</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Добавить кабинет…</translation>
    </message>
    <message>
        <source>Connect a Meta, Google Ads, TikTok, Yandex.Direct, VK Ads or Telegram Ads account</source>
        <translation>Подключить кабинет Meta, Google Ads, TikTok, Яндекс Директ, VK Реклама или Telegram Ads</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Change the selected account&apos;s name, token or settings</source>
        <translation>Изменить название, токен или настройки выбранного кабинета</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Stop syncing the selected account, optionally deleting its stored rows</source>
        <translation>Прекратить синхронизацию выбранного кабинета, при желании удалив его сохранённые строки</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Check the selected account&apos;s token and read its currency and time zone</source>
        <translation>Проверить токен выбранного кабинета и прочитать его валюту и часовой пояс</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Read the selected account&apos;s new days now</source>
        <translation>Прочитать новые дни выбранного кабинета прямо сейчас</translation>
    </message>
    <message>
        <source>Sync all</source>
        <translation>Синхронизировать все</translation>
    </message>
    <message>
        <source>Sync every account included in the schedule</source>
        <translation>Синхронизировать все кабинеты, включённые в расписание</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the sync; accounts already synced keep what they read</source>
        <translation>Остановить синхронизацию; уже синхронизированные кабинеты сохранят прочитанные данные</translation>
    </message>
    <message>
        <source>No ad accounts connected. Add one to read its daily campaign statistics straight from the platform; the hourly refresh then keeps it up to date, re-reading the recent days the platform may still revise.</source>
        <translation>Рекламные кабинеты не подключены. Добавьте кабинет, чтобы получать его ежедневную статистику по кампаниям напрямую с площадки; затем ежечасное обновление будет поддерживать данные в актуальном состоянии, перечитывая последние дни, которые площадка ещё может пересчитать.</translation>
    </message>
    <message>
        <source>The connected accounts could not be read: %1</source>
        <translation>Не удалось прочитать подключённые кабинеты: %1</translation>
    </message>
    <message>
        <source>The schedule of the account was not changed: %1</source>
        <translation>Расписание кабинета не изменено: %1</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Кабинет не сохранён: %1</translation>
    </message>
    <message>
        <source>%1 is saved, but its token could not be stored in the keychain: %2. Edit the account to paste it again.</source>
        <translation>Кабинет %1 сохранён, но его токен не удалось записать в системное хранилище паролей: %2. Измените кабинет и вставьте токен ещё раз.</translation>
    </message>
    <message>
        <source>Saved “%1”. Use Sync now to read its data, or wait for the hourly refresh.</source>
        <translation>Кабинет «%1» сохранён. Нажмите «Синхронизировать сейчас», чтобы прочитать его данные, или дождитесь ежечасного обновления.</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>Удаление «%1»…</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>Кабинет не удалён: %1</translation>
    </message>
    <message>
        <source>Removed “%1” and deleted its %2 stored rows.</source>
        <translation>Кабинет «%1» удалён, сохранённые строки удалены (%2).</translation>
    </message>
    <message>
        <source>Removed “%1”; the rows already synced stay in the data.</source>
        <translation>Кабинет «%1» удалён; уже синхронизированные строки остаются в данных.</translation>
    </message>
    <message>
        <source>Its token could not be removed from the keychain: %1</source>
        <translation>Не удалось удалить его токен из системного хранилища паролей: %1</translation>
    </message>
    <message>
        <source>Testing “%1”…</source>
        <translation>Проверка «%1»…</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Connected. Currency: %1, time zone: %2.</source>
        <translation>Подключено. Валюта: %1, часовой пояс: %2.</translation>
    </message>
    <message>
        <source>Connected to “%1”. Currency: %2, time zone: %3.</source>
        <translation>Подключено к «%1». Валюта: %2, часовой пояс: %3.</translation>
    </message>
    <message>
        <source>Syncing “%1”…</source>
        <translation>Синхронизация «%1»…</translation>
    </message>
    <message>
        <source>Syncing every scheduled account…</source>
        <translation>Синхронизация всех кабинетов из расписания…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Sync cancelled; accounts synced before it keep what they read.</source>
        <translation>Синхронизация отменена; кабинеты, синхронизированные до отмены, сохранят прочитанные данные.</translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation>Синхронизация не удалась: %1</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::AdviceHistoryModel</name>
    <message>
        <source>Written locally from your data</source>
        <translation>Составлено локально по вашим данным</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Составлено моделью %1</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Локально</translation>
    </message>
    <message>
        <source>Model failed</source>
        <translation>Ошибка модели</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::AdviceVerdictModel</name>
    <message>
        <source>Best</source>
        <translation>Лучший</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хороший</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабый</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Худший</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Недостаточно данных</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>ROI change</source>
        <translation>Изменение ROI</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Конверсия (CR)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расход</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::AlertNotifier</name>
    <message>
        <source>Demetra — advertising analytics</source>
        <translation>Demetra — аналитика рекламы</translation>
    </message>
    <message>
        <source>Demetra — 1 unread alert</source>
        <translation>Demetra — 1 непрочитанное оповещение</translation>
    </message>
    <message numerus="yes">
        <source>Demetra — %n unread alerts</source>
        <translation>
            <numerusform>Demetra — %n непрочитанное оповещение</numerusform>
            <numerusform>Demetra — %n непрочитанных оповещения</numerusform>
            <numerusform>Demetra — %n непрочитанных оповещений</numerusform>
        </translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>Новое оповещение</translation>
    </message>
    <message numerus="yes">
        <source>%n new alerts</source>
        <translation>
            <numerusform>%n новое оповещение</numerusform>
            <numerusform>%n новых оповещения</numerusform>
            <numerusform>%n новых оповещений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n оповещение</numerusform>
            <numerusform>… и ещё %n оповещения</numerusform>
            <numerusform>… и ещё %n оповещений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::AlertSettingsPanel</name>
    <message>
        <source>Rules are checked after every refresh on the last days with data, per channel and per campaign. Replay the values you are editing on the last %1 days before saving them.</source>
        <translation>Правила проверяются после каждого обновления на последних днях с данными — по каждому каналу и каждой кампании. Перед сохранением проверьте редактируемые значения на истории за последние %1 дн.</translation>
    </message>
    <message>
        <source>ROI below</source>
        <translation>ROI ниже</translation>
    </message>
    <message>
        <source>ROI = (revenue − spend) / spend; 150 % means revenue of 2.5 × spend. Allowed: −100 % to 10 000 %.</source>
        <translation>ROI = (выручка − расход) / расход; 150 % означает выручку, равную 2,5 × расход. Допустимо: от −100 % до 10 000 %.</translation>
    </message>
    <message>
        <source>Cost per acquisition above</source>
        <translation>Стоимость конверсии выше</translation>
    </message>
    <message>
        <source>In the account currency; more than zero.</source>
        <translation>В валюте аккаунта; больше нуля.</translation>
    </message>
    <message>
        <source>(account currency)</source>
        <translation>(валюта аккаунта)</translation>
    </message>
    <message>
        <source>Conversion rate below</source>
        <translation>Конверсия ниже</translation>
    </message>
    <message>
        <source>Conversions / clicks; more than 0 % and at most 100 %.</source>
        <translation>Конверсии / клики; больше 0 % и не более 100 %.</translation>
    </message>
    <message>
        <source>CTR above</source>
        <translation>CTR выше</translation>
    </message>
    <message>
        <source>Clicks / impressions; more than 0 %.</source>
        <translation>Клики / показы; больше 0 %.</translation>
    </message>
    <message>
        <source>while the conversion rate is below</source>
        <translation>при конверсии ниже</translation>
    </message>
    <message>
        <source>People click but do not convert: check the landing page.</source>
        <translation>Пользователи кликают, но не совершают конверсию: проверьте посадочную страницу.</translation>
    </message>
    <message>
        <source>Mean engagement score below</source>
        <translation>Средняя оценка вовлечённости ниже</translation>
    </message>
    <message>
        <source>The impression-weighted engagement score; more than 0 and at most 100.</source>
        <translation>Оценка вовлечённости, взвешенная по показам; больше 0 и не более 100.</translation>
    </message>
    <message>
        <source>Spend above</source>
        <translation>Расход выше</translation>
    </message>
    <message>
        <source>Of the planned budget for the period (Alerts → Planned budgets); at most 200 %.</source>
        <translation>От планового бюджета на период (Оповещения → Плановые бюджеты); не более 200 %.</translation>
    </message>
    <message>
        <source>of the planned budget</source>
        <translation>от планового бюджета</translation>
    </message>
    <message>
        <source>A channel&apos;s ROI below</source>
        <translation>ROI канала ниже</translation>
    </message>
    <message>
        <source>A factor of the average ROI of all channels; more than 0 and at most 1.</source>
        <translation>Коэффициент от среднего ROI всех каналов; больше 0 и не более 1.</translation>
    </message>
    <message>
        <source>the average ROI of all channels</source>
        <translation>от среднего ROI всех каналов</translation>
    </message>
    <message>
        <source>A day&apos;s value at least</source>
        <translation>Значение за день — не менее</translation>
    </message>
    <message>
        <source>Sensitivity: robust deviations (median and MAD) from the same weekday&apos;s history; lower finds more anomalies. Allowed: 1 to 20.</source>
        <translation>Чувствительность: робастные отклонения (медиана и MAD) от истории того же дня недели; чем меньше значение, тем больше аномалий обнаруживается. Допустимо: от 1 до 20.</translation>
    </message>
    <message>
        <source>deviations from the same weekday over</source>
        <translation>отклонений от того же дня недели за</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The history the anomaly detector compares with: 14 to 364 days.</source>
        <translation>История, с которой сравнивает детектор аномалий: от 14 до 364 дней.</translation>
    </message>
    <message>
        <source>A step of the background refresh (a sync) failed</source>
        <translation>Сбой шага фонового обновления (синхронизации)</translation>
    </message>
    <message>
        <source>Every rule:</source>
        <translation>Каждое правило:</translation>
    </message>
    <message>
        <source>looks at the last</source>
        <translation>анализирует последние</translation>
    </message>
    <message>
        <source>The recent window the rules look at, ending at the last day with data: 1 to 90.</source>
        <translation>Последний период, который анализируют правила (заканчивается последним днём с данными): от 1 до 90.</translation>
    </message>
    <message>
        <source>with at least</source>
        <translation>при наличии не менее</translation>
    </message>
    <message>
        <source>Volume gate: no rule fires on fewer impressions in the window.</source>
        <translation>Порог объёма: правила не срабатывают, если показов в окне меньше.</translation>
    </message>
    <message>
        <source>impressions and</source>
        <translation>показов и</translation>
    </message>
    <message>
        <source>Volume gate for the conversion-rate rules.</source>
        <translation>Порог объёма для правил по конверсии.</translation>
    </message>
    <message>
        <source>clicks (for conversion rates)</source>
        <translation>кликов (для конверсии)</translation>
    </message>
    <message>
        <source>Refresh:</source>
        <translation>Обновление:</translation>
    </message>
    <message>
        <source>every</source>
        <translation>каждые</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>How often the background refresh runs (sync, rollups, forecasts, alerts): 15 minutes to 24 hours.</source>
        <translation>Как часто выполняется фоновое обновление (синхронизация, сводные таблицы, прогнозы, оповещения): от 15 минут до 24 часов.</translation>
    </message>
    <message>
        <source>Replay on history</source>
        <translation>Проверка на истории</translation>
    </message>
    <message>
        <source>Run the rules with these values on each of the last %1 days with data; nothing is saved or notified</source>
        <translation>Выполнить правила с этими значениями для каждого из последних %1 дн. с данными; ничего не сохраняется, уведомления не отправляются</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Восстановить умолчания</translation>
    </message>
    <message>
        <source>Fill the form with the default thresholds (saved only when you press Save)</source>
        <translation>Заполнить форму порогами по умолчанию (они сохранятся только после нажатия «Сохранить»)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>On the last %1 days</source>
        <translation>За последние %1 дн.</translation>
    </message>
    <message>
        <source>The replay failed: %1</source>
        <translation>Ошибка проверки на истории: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved. The next refresh uses these values.</source>
        <translation>Сохранено. При следующем обновлении будут использованы эти значения.</translation>
    </message>
    <message>
        <source>Defaults filled in; press Save to keep them.</source>
        <translation>Значения по умолчанию заполнены; нажмите «Сохранить», чтобы применить их.</translation>
    </message>
    <message>
        <source>Cannot replay: %1</source>
        <translation>Невозможно выполнить проверку на истории: %1</translation>
    </message>
    <message>
        <source>Replaying the rules on the last %1 days…</source>
        <translation>Проверка правил на истории за последние %1 дн.…</translation>
    </message>
    <message>
        <source>There is no data to replay the rules on.</source>
        <translation>Нет данных для проверки правил на истории.</translation>
    </message>
    <message numerus="yes">
        <source>With these values, over %n days with data (%1):</source>
        <translation>
            <numerusform>С этими значениями за %n день с данными (%1):</numerusform>
            <numerusform>С этими значениями за %n дня с данными (%1):</numerusform>
            <numerusform>С этими значениями за %n дней с данными (%1):</numerusform>
        </translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>отключено</translation>
    </message>
    <message>
        <source>would not have fired</source>
        <translation>не сработало бы</translation>
    </message>
    <message>
        <source>would have fired once</source>
        <translation>сработало бы один раз</translation>
    </message>
    <message numerus="yes">
        <source>would have fired %n times</source>
        <translation>
            <numerusform>сработало бы %n раз</numerusform>
            <numerusform>сработало бы %n раза</numerusform>
            <numerusform>сработало бы %n раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %1 of the last %n days</source>
        <translation>
            <numerusform>в %1 из последнего %n дня</numerusform>
            <numerusform>в %1 из последних %n дней</numerusform>
            <numerusform>в %1 из последних %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::AlertTableModel</name>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Отложено до %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Channel / campaign</source>
        <translation>Канал / кампания</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Обнаружено впервые</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Обнаружено последний раз</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>How serious the condition is: low, medium, high or critical</source>
        <translation>Насколько серьёзно условие: низкая, средняя, высокая или критическая важность</translation>
    </message>
    <message>
        <source>The rule that fired (thresholds in Settings → Alerts and refresh)</source>
        <translation>Сработавшее правило (пороги задаются в разделе Настройки → Оповещения и обновление)</translation>
    </message>
    <message>
        <source>The channel, or the campaign within it, the rule looked at</source>
        <translation>Канал или кампания в нём, которые анализировало правило</translation>
    </message>
    <message>
        <source>The metric&apos;s value over the alert&apos;s window (for anomalies: the day&apos;s value)</source>
        <translation>Значение метрики за окно оповещения (для аномалий — значение за день)</translation>
    </message>
    <message>
        <source>The threshold it crossed (for anomalies: the value expected from the same weekday&apos;s history)</source>
        <translation>Пересечённый порог (для аномалий — значение, ожидаемое по истории того же дня недели)</translation>
    </message>
    <message>
        <source>The days the rule looked at</source>
        <translation>Дни, которые анализировало правило</translation>
    </message>
    <message>
        <source>When the condition was first found</source>
        <translation>Когда условие было обнаружено впервые</translation>
    </message>
    <message>
        <source>When the condition was last found still true</source>
        <translation>Когда условие в последний раз ещё выполнялось</translation>
    </message>
    <message>
        <source>Open while the condition holds; resolved when it cleared; dismissed by you</source>
        <translation>Открыто, пока условие выполняется; решено, когда оно перестало выполняться; скрыто вами</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::AlertsPage</name>
    <message>
        <source>Cannot load the alerts: %1</source>
        <translation>Не удалось загрузить оповещения: %1</translation>
    </message>
    <message>
        <source>Cannot load the chart: %1</source>
        <translation>Не удалось загрузить диаграмму: %1</translation>
    </message>
    <message>
        <source>The alerts could not be changed: %1</source>
        <translation>Не удалось изменить оповещения: %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложенные</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Скрытые</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все состояния</translation>
    </message>
    <message>
        <source>Open alerts hold now; resolved ones cleared; snoozed and dismissed ones you set aside</source>
        <translation>Открытые оповещения действуют сейчас; решённые больше не актуальны; отложенные и скрытые вы убрали сами</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Любая важность</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Средняя и выше</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Высокая и выше</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Только критическая</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Search messages, channels, campaigns…</source>
        <translation>Поиск по сообщениям, каналам, кампаниям…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Select an alert to see its message and its metric&apos;s chart.</source>
        <translation>Выберите оповещение, чтобы увидеть его сообщение и график метрики.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <source>Select an alert to see its metric&apos;s chart.</source>
        <translation>Выберите оповещение, чтобы увидеть график его метрики.</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Mark the selected alerts as read</source>
        <translation>Отметить выбранные оповещения как прочитанные</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Не прочитано</translation>
    </message>
    <message>
        <source>Mark the selected alerts as unread</source>
        <translation>Отметить выбранные оповещения как непрочитанные</translation>
    </message>
    <message>
        <source>Snooze for 1 hour</source>
        <translation>Отложить на 1 час</translation>
    </message>
    <message>
        <source>Snooze for 1 day</source>
        <translation>Отложить на 1 день</translation>
    </message>
    <message>
        <source>Snooze for 1 week</source>
        <translation>Отложить на 1 неделю</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Hide the selected alerts and leave them out of the unread count</source>
        <translation>Скрыть выбранные оповещения и не учитывать их в числе непрочитанных</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss the selected alerts; one comes back only after its condition cleared and returned</source>
        <translation>Скрыть выбранные оповещения; оповещение появится снова, только если его условие перестанет выполняться, а затем выполнится опять</translation>
    </message>
    <message>
        <source>Planned budgets…</source>
        <translation>Плановые бюджеты…</translation>
    </message>
    <message>
        <source>The budgets per channel and period that budget overrun alerts compare spend with</source>
        <translation>Бюджеты по каналам и периодам, с которыми оповещения о перерасходе бюджета сравнивают расход</translation>
    </message>
    <message>
        <source>Hide the selected alerts for a while</source>
        <translation>Скрыть выбранные оповещения на время</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n открытое</numerusform>
            <numerusform>%n открытых</numerusform>
            <numerusform>%n открытых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное</numerusform>
            <numerusform>%n непрочитанных</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts — rules are checked after every refresh.</source>
        <translation>Оповещений нет — правила проверяются после каждого обновления.</translation>
    </message>
    <message>
        <source>Last refresh: %1.</source>
        <translation>Последнее обновление: %1.</translation>
    </message>
    <message>
        <source>No refresh has run yet (press F5 to run one now).</source>
        <translation>Обновление ещё не выполнялось (нажмите F5, чтобы запустить его сейчас).</translation>
    </message>
    <message numerus="yes">
        <source>No alerts match these filters (%n in all). Choose “All states” to see resolved and dismissed ones.</source>
        <translation>
            <numerusform>Нет оповещений, соответствующих этим фильтрам (всего %n). Выберите «Все состояния», чтобы увидеть решённые и скрытые.</numerusform>
            <numerusform>Нет оповещений, соответствующих этим фильтрам (всего %n). Выберите «Все состояния», чтобы увидеть решённые и скрытые.</numerusform>
            <numerusform>Нет оповещений, соответствующих этим фильтрам (всего %n). Выберите «Все состояния», чтобы увидеть решённые и скрытые.</numerusform>
        </translation>
    </message>
    <message>
        <source>First seen %1 · last seen %2 · %3</source>
        <translation>Впервые: %1 · последний раз: %2 · %3</translation>
    </message>
    <message>
        <source>Loading the chart…</source>
        <translation>Загрузка графика…</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::AudiencePage</name>
    <message>
        <source>Metric:</source>
        <translation>Метрика:</translation>
    </message>
    <message>
        <source>Minimum volume:</source>
        <translation>Минимальный объём:</translation>
    </message>
    <message>
        <source>Groups with fewer impressions are shown greyed and never ranked, so a tiny group cannot top the ranking by chance. The same setting is in Settings.</source>
        <translation>Группы с меньшим числом показов отображаются серым и не участвуют в рейтинге, чтобы маленькая группа не оказалась на первом месте случайно. Этот же параметр есть в настройках.</translation>
    </message>
    <message>
        <source>The audience analysis failed: %1</source>
        <translation>Не удалось выполнить анализ аудитории: %1</translation>
    </message>
    <message>
        <source>No data for this filter. Widen the date range or clear the channel, segment and audience filters.</source>
        <translation>Нет данных для этого фильтра. Расширьте диапазон дат или сбросьте фильтры по каналу, сегменту и аудитории.</translation>
    </message>
    <message>
        <source>This data has no audience attributes: none of the imported sources names a target audience, customer segment, location or language, so there is nothing to compare here. Files with such columns (the social-media advertising layout has them) fill this page.</source>
        <translation>В этих данных нет атрибутов аудитории: ни один из импортированных источников не указывает целевую аудиторию, сегмент клиентов, регион или язык, поэтому сравнивать здесь нечего. Эту страницу заполняют файлы с такими столбцами (они есть в формате файла рекламы в социальных сетях).</translation>
    </message>
    <message>
        <source>%1 by attribute, %2. Groups with fewer than %3 impressions are greyed and never ranked.</source>
        <translation>%1 по атрибутам, %2. Группы, в которых меньше %3 показов, отображаются серым и не участвуют в рейтинге.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) below the minimum volume.</source>
        <translation>
            <numerusform>%n группа ниже минимального объёма.</numerusform>
            <numerusform>%n группы ниже минимального объёма.</numerusform>
            <numerusform>%n групп ниже минимального объёма.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every group reaches the minimum volume.</source>
        <translation>Все группы достигают минимального объёма.</translation>
    </message>
    <message>
        <source>Money sums mix currencies (%1).</source>
        <translation>Денежные суммы содержат разные валюты (%1).</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::BestTimePage</name>
    <message>
        <source>Metric:</source>
        <translation>Метрика:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>Week of year</source>
        <translation>Неделя года</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Minimum volume:</source>
        <translation>Минимальный объём:</translation>
    </message>
    <message>
        <source>Cells and days with fewer impressions are shown greyed and never ranked, so a quiet day cannot be named the best by chance. The same setting is in Settings.</source>
        <translation>Ячейки и дни с меньшим числом показов отображаются серым и не участвуют в рейтинге, чтобы день с малой активностью не был назван лучшим случайно. Этот же параметр есть в настройках.</translation>
    </message>
    <message>
        <source>The best-time analysis failed: %1</source>
        <translation>Не удалось выполнить анализ лучшего времени: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>weekday in month</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 in week %2</source>
        <comment>weekday in ISO week</comment>
        <translation>%1, неделя %2</translation>
    </message>
    <message>
        <source>No data for this filter. Widen the date range or clear the channel, segment and audience filters.</source>
        <translation>Нет данных для этого фильтра. Расширьте диапазон дат или сбросьте фильтры по каналу, сегменту и аудитории.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cover several days (weekly or period totals) and have no weekday.</source>
        <translation>
            <numerusform>%n строка охватывает несколько дней (итоги за неделю или период) и не имеет дня недели.</numerusform>
            <numerusform>%n строки охватывают несколько дней (итоги за неделю или период) и не имеют дня недели.</numerusform>
            <numerusform>%n строк охватывают несколько дней (итоги за неделю или период) и не имеют дня недели.</numerusform>
        </translation>
    </message>
    <message>
        <source>Below the minimum volume of %1 impressions: not ranked.</source>
        <translation>Ниже минимального объёма (показов: %1): не участвует в рейтинге.</translation>
    </message>
    <message>
        <source>Impressions: %1</source>
        <translation>Показы: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with data: %1</source>
        <translation>
            <numerusform>%n день с данными: %1</numerusform>
            <numerusform>%n дня с данными: %1</numerusform>
            <numerusform>%n дней с данными: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No value: the denominator is zero or the measure is missing.</source>
        <translation>Нет значения: знаменатель равен нулю или показатель отсутствует.</translation>
    </message>
    <message>
        <source>below the minimum volume (%1 impressions)</source>
        <translation>ниже минимального объёма (показов: %1)</translation>
    </message>
    <message>
        <source>%1 by day of week and month</source>
        <translation>%1 по дням недели и месяцам</translation>
    </message>
    <message>
        <source>%1 by day of week and week of the year (ISO weeks)</source>
        <translation>%1 по дням недели и неделям года (недели ISO)</translation>
    </message>
    <message>
        <source>Highest: %1, %2 %3 on %4 impressions.</source>
        <translation>Максимум: %1, %2 %3 (показов: %4).</translation>
    </message>
    <message>
        <source>Best: %1, %2 %3 on %4 impressions.</source>
        <translation>Лучший: %1, %2 %3 (показов: %4).</translation>
    </message>
    <message>
        <source>Lowest: %1, %2 %3 on %4 impressions.</source>
        <translation>Минимум: %1, %2 %3 (показов: %4).</translation>
    </message>
    <message>
        <source>Worst: %1, %2 %3 on %4 impressions.</source>
        <translation>Худший: %1, %2 %3 (показов: %4).</translation>
    </message>
    <message>
        <source>No day reaches the minimum volume of %1 impressions with a %2 value, so none is ranked.</source>
        <translation>Ни один день не достигает минимального объёма (показов: %1) при наличии значения %2, поэтому рейтинг не составлен.</translation>
    </message>
    <message>
        <source>%1 has the highest %2 of the week (%3, %4 impressions); %5 the lowest (%6, %7 impressions).</source>
        <translation>%1 — день с наибольшим значением %2 за неделю (%3, показов: %4); с наименьшим — %5 (%6, показов: %7).</translation>
    </message>
    <message>
        <source>%1 is the best day for %2 (%3, %4 impressions); %5 the worst (%6, %7 impressions).</source>
        <translation>%1 — лучший день по показателю %2 (%3, показов: %4); худший — %5 (%6, показов: %7).</translation>
    </message>
    <message>
        <source>%1 is the only day above the minimum volume: %2 %3 (%4 impressions).</source>
        <translation>%1 — единственный день выше минимального объёма: %2 %3 (показов: %4).</translation>
    </message>
    <message>
        <source>%1 · %2 impr.</source>
        <translation>%1 · %2 показ.</translation>
    </message>
    <message>
        <source>Below the minimum volume, not ranked</source>
        <translation>Ниже минимального объёма, не участвует в рейтинге</translation>
    </message>
    <message>
        <source>%1 by day of week</source>
        <translation>%1 по дням недели</translation>
    </message>
    <message>
        <source>Hour of day: the stored data is daily and none of the imported sources has an hour column, so an hourly analysis is not possible; it needs hourly data.</source>
        <translation>Час суток: сохранённые данные — дневные, и ни в одном из импортированных источников нет столбца с часом, поэтому почасовой анализ невозможен; для него нужны почасовые данные.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) covering several days (weekly or period totals) are left out: they have no weekday.</source>
        <translation>
            <numerusform>%n строка, охватывающая несколько дней (итоги за неделю или период), исключена: у неё нет дня недели.</numerusform>
            <numerusform>%n строки, охватывающие несколько дней (итоги за неделю или период), исключены: у них нет дня недели.</numerusform>
            <numerusform>%n строк, охватывающих несколько дней (итоги за неделю или период), исключены: у них нет дня недели.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed from the daily totals.</source>
        <translation>Рассчитано по дневным итогам.</translation>
    </message>
    <message>
        <source>Computed from the individual rows (a segment or audience filter applies).</source>
        <translation>Рассчитано по отдельным строкам (применён фильтр по сегменту или аудитории).</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Лучшее время</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::BreadcrumbBar</name>
    <message>
        <source>Back to %1 (Backspace or Alt+Left goes back one level)</source>
        <translation>Назад к «%1» (Backspace или Alt+Влево — на уровень выше)</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::BudgetPage</name>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>The budget to split over the period. By default the current spend over the same number of days.</source>
        <translation>Бюджет для распределения на период. По умолчанию — текущий расход за то же число дней.</translation>
    </message>
    <message>
        <source>Current spend</source>
        <translation>Текущий расход</translation>
    </message>
    <message>
        <source>Set the total to what the channels spend now over the period.</source>
        <translation>Установить общую сумму, равную текущему расходу каналов за период.</translation>
    </message>
    <message>
        <source>Total budget:</source>
        <translation>Общий бюджет:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Maximise:</source>
        <translation>Максимизировать:</translation>
    </message>
    <message>
        <source>Best split of the total</source>
        <translation>Лучшее распределение суммы</translation>
    </message>
    <message>
        <source>Least budget for a target CPA (≤)</source>
        <translation>Минимальный бюджет для целевого CPA (≤)</translation>
    </message>
    <message>
        <source>Least budget for a target ROAS (≥)</source>
        <translation>Минимальный бюджет для целевого ROAS (≥)</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>Bounds:</source>
        <translation>Границы:</translation>
    </message>
    <message>
        <source>Each channel may get between these multiples of its current spend. Set a channel&apos;s own limits in the table&apos;s Min and Max columns.</source>
        <translation>Каждый канал может получить сумму в пределах этих множителей своего текущего расхода. Собственные лимиты канала задаются в столбцах «Мин.» и «Макс.» таблицы.</translation>
    </message>
    <message>
        <source>Clear channel limits</source>
        <translation>Сбросить лимиты каналов</translation>
    </message>
    <message>
        <source>Recommended budget by channel</source>
        <translation>Рекомендуемый бюджет по каналам</translation>
    </message>
    <message>
        <source>Response curve</source>
        <translation>Кривая отклика</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>What if: move a channel&apos;s budget</source>
        <translation>Что если: перенос бюджета канала</translation>
    </message>
    <message>
        <source>Cannot fit the response curves: %1</source>
        <translation>Не удалось построить кривые отклика: %1</translation>
    </message>
    <message>
        <source>Curves fitted on %1 (%2 points%3).</source>
        <translation>Кривые построены по данным за %1 (точек: %2%3).</translation>
    </message>
    <message>
        <source>, weekly data as per-day amounts</source>
        <translation>, недельные данные пересчитаны в дневные суммы</translation>
    </message>
    <message>
        <source>No channel has spend in this period: there is nothing to split. Widen the period or import data.</source>
        <translation>Ни у одного канала нет расхода в этом периоде: распределять нечего. Расширьте период или импортируйте данные.</translation>
    </message>
    <message>
        <source>No data for this filter.</source>
        <translation>Нет данных для этого фильтра.</translation>
    </message>
    <message>
        <source>No plan for these inputs.</source>
        <translation>Нет плана для этих параметров.</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>конверсии</translation>
    </message>
    <message>
        <source>The least budget for a CPA of %1 or less is &lt;b&gt;%2&lt;/b&gt; over %3 days (CPA %4); the target holds up to %5.</source>
        <translation>Минимальный бюджет для CPA %1 или ниже — &lt;b&gt;%2&lt;/b&gt; за %3 дн. (CPA %4); цель достигается при бюджете до %5.</translation>
    </message>
    <message>
        <source>The least budget for a ROAS of %1 or more is &lt;b&gt;%2&lt;/b&gt; over %3 days (ROAS %4); the target holds up to %5.</source>
        <translation>Минимальный бюджет для ROAS %1 или выше — &lt;b&gt;%2&lt;/b&gt; за %3 дн. (ROAS %4); цель достигается при бюджете до %5.</translation>
    </message>
    <message>
        <source>Expected %1 with the recommended split: &lt;b&gt;%2&lt;/b&gt;, &lt;b&gt;%3%4&lt;/b&gt; (%5) against the current split scaled to the same total.</source>
        <translation>Ожидаемое значение (%1) при рекомендуемом распределении: &lt;b&gt;%2&lt;/b&gt;, &lt;b&gt;%3%4&lt;/b&gt; (%5) относительно текущего распределения, приведённого к той же сумме.</translation>
    </message>
    <message>
        <source>With bounds widened to %1–%2× current spend (channel limits ignored): %3 more.</source>
        <translation>При границах, расширенных до %1–%2× текущего расхода (лимиты каналов не учитываются): на %3 больше.</translation>
    </message>
    <message>
        <source>Bounds widened to %1–%2× current spend cannot hold this total.</source>
        <translation>Границы, расширенные до %1–%2× текущего расхода, не позволяют распределить эту сумму.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::BudgetTableModel</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Недостаточно данных</translation>
    </message>
    <message>
        <source>At minimum</source>
        <translation>На минимуме</translation>
    </message>
    <message>
        <source>At maximum</source>
        <translation>На максимуме</translation>
    </message>
    <message>
        <source>Hill</source>
        <translation>Хилл</translation>
    </message>
    <message>
        <source>power</source>
        <translation>степенная</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Not enough data: %1. Left at its current spend; no curve is guessed.</source>
        <translation>Недостаточно данных: %1. Расход оставлен на текущем уровне; кривая не подбирается наугад.</translation>
    </message>
    <message>
        <source>The recommended daily spend is above the largest this channel has spent: the curve is extrapolated there.</source>
        <translation>Рекомендуемый дневной расход выше максимального, который когда-либо был у этого канала: в этой области кривая экстраполируется.</translation>
    </message>
    <message>
        <source>Double-click to set this channel&apos;s own limit over the period; clear it to go back to the multiple of current spend.</source>
        <translation>Дважды щёлкните, чтобы задать собственный лимит канала на период; очистите значение, чтобы вернуться к множителю текущего расхода.</translation>
    </message>
    <message>
        <source>%1 per day; fitted on %2 points, daily spend %3 to %4; R² %5 on those points (the other form: %6).</source>
        <translation>%1 в день; построена по данным (точек: %2), дневной расход от %3 до %4; R² %5 на этих точках (другая форма: %6).</translation>
    </message>
    <message>
        <source>Held out: refitted on the earlier %1 points only, the curve predicts the latest %2 with R² %3 and a mean absolute error of %4 %. Below 0 would mean worse than their average; below −0.10 the curve is not used.</source>
        <translation>На отложенной выборке: после повторной подгонки только по более ранним точкам (%1) кривая предсказывает последние (%2) с R² %3 и средней абсолютной ошибкой %4 %. Значение ниже 0 означает результат хуже их среднего; ниже −0,10 кривая не используется.</translation>
    </message>
    <message>
        <source>No held-out check: too few points to set the latest aside, or the revenue is attributed by a joint fit.</source>
        <translation>Нет проверки на отложенной выборке: слишком мало точек, чтобы отложить последние, или выручка распределена совместной подгонкой.</translation>
    </message>
    <message>
        <source>What the next unit of spend returns, minus the unit itself, at the recommended spend.</source>
        <translation>Что возвращает следующая единица расхода за вычетом самой единицы при рекомендуемом расходе.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Current%1</source>
        <translation>Текущий%1</translation>
    </message>
    <message>
        <source>Recommended%1</source>
        <translation>Рекомендуемый%1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Marginal ROI</source>
        <translation>Предельный ROI</translation>
    </message>
    <message>
        <source>Curve, R² (held out)</source>
        <translation>Кривая, R² (на отложенной выборке)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The advertising channel.</source>
        <translation>Рекламный канал.</translation>
    </message>
    <message>
        <source>Current spend: the channel&apos;s mean daily spend over the days it ran in the fitted period, times the %1-day plan period.</source>
        <translation>Текущий расход: средний дневной расход канала за дни его работы в периоде подгонки, умноженный на период плана в %1 дн.</translation>
    </message>
    <message>
        <source>The spend the plan gives the channel over the period: every channel with a curve spends up to the point where its next unit returns the same, within its Min and Max.</source>
        <translation>Расход, который план выделяет каналу на период: каждый канал с кривой отклика расходует до точки, где его следующая единица возвращает столько же, сколько у остальных, в пределах его Мин. и Макс.</translation>
    </message>
    <message>
        <source>Recommended against current spend.</source>
        <translation>Рекомендуемый расход относительно текущего.</translation>
    </message>
    <message>
        <source>The least the plan may give the channel: the Bounds&apos; lower multiple of current spend, or the channel&apos;s own limit (bold). Double-click to edit.</source>
        <translation>Минимум, который план может выделить каналу: нижний множитель текущего расхода из раздела «Границы» или собственный лимит канала (жирным). Дважды щёлкните, чтобы изменить.</translation>
    </message>
    <message>
        <source>The most the plan may give the channel: the Bounds&apos; upper multiple of current spend, or the channel&apos;s own limit (bold). Double-click to edit.</source>
        <translation>Максимум, который план может выделить каналу: верхний множитель текущего расхода из раздела «Границы» или собственный лимит канала (жирным). Дважды щёлкните, чтобы изменить.</translation>
    </message>
    <message>
        <source>Expected revenue over the period at the recommended spend, from the channel&apos;s response curve.</source>
        <translation>Ожидаемая выручка за период при рекомендуемом расходе по кривой отклика канала.</translation>
    </message>
    <message>
        <source>Expected conversions over the period at the recommended spend, from the channel&apos;s conversions curve.</source>
        <translation>Ожидаемые конверсии за период при рекомендуемом расходе по кривой конверсий канала.</translation>
    </message>
    <message>
        <source>Expected ROI at the recommended spend: (expected revenue − spend) / spend.</source>
        <translation>Ожидаемый ROI при рекомендуемом расходе: (ожидаемая выручка − расход) / расход.</translation>
    </message>
    <message>
        <source>Marginal ROI: what the next unit of spend returns at the recommended daily spend, minus the unit itself (the revenue curve&apos;s slope − 1). When the plan maximises revenue, channels between their bounds end with the same marginal ROI; a different one means the channel sits at a bound.</source>
        <translation>Предельный ROI: что возвращает следующая единица расхода при рекомендуемом дневном расходе за вычетом самой единицы (наклон кривой выручки − 1). Когда план максимизирует выручку, у каналов, находящихся между своими границами, предельный ROI в итоге одинаков; иное значение означает, что канал упёрся в границу.</translation>
    </message>
    <message>
        <source>The response curve&apos;s form and how well it fits: R² on the points it was fitted on, and in brackets R² on the latest 20 % of the points when the curve is refitted on the earlier 80 % only (an honest check; below 0 is worse than the average).</source>
        <translation>Форма кривой отклика и качество подгонки: R² на точках, по которым она подобрана, а в скобках — R² на последних 20 % точек, если подобрать кривую заново только по первым 80 % (честная проверка; значение ниже 0 хуже среднего).</translation>
    </message>
    <message>
        <source>OK; at its minimum or maximum bound; or not enough data (held at current spend, no curve guessed). * marks a spend above anything in the data (extrapolated).</source>
        <translation>ОК; на минимальной или максимальной границе; либо недостаточно данных (остаётся текущий расход, кривая не строится наугад). * отмечает расход выше всего, что есть в данных (экстраполяция).</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::CampaignRoiBars</name>
    <message>
        <source>Select a campaign to see why the model predicts its ROI.</source>
        <translation>Выберите кампанию, чтобы увидеть, почему модель прогнозирует такой ROI.</translation>
    </message>
    <message>
        <source>The model&apos;s average ROI %1 plus all contributions gives the prediction %2 (smaller ones not shown).</source>
        <translation>Средний ROI модели %1 плюс все вклады дают прогноз %2 (мелкие вклады не показаны).</translation>
    </message>
    <message>
        <source>%1: %2
How much this attribute moved the predicted ROI away from the model&apos;s average (SHAP contribution), in percentage points of ROI, weighted by the campaign&apos;s daily spend. The average and all contributions add up to the prediction. It explains the model, not cause and effect.</source>
        <translation>%1: %2
Насколько этот признак сместил прогнозируемый ROI относительно среднего по модели (вклад SHAP), в процентных пунктах ROI, с весами по дневному расходу кампании. Среднее и все вклады в сумме дают прогноз. Это объясняет модель, а не причинно-следственные связи.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::CampaignRoiModel</name>
    <message numerus="yes">
        <source>%1 (%n fact rows)</source>
        <translation>
            <numerusform>%1 (%n строка данных)</numerusform>
            <numerusform>%1 (%n строки данных)</numerusform>
            <numerusform>%1 (%n строк данных)</numerusform>
        </translation>
    </message>
    <message>
        <source>(Σ revenue − Σ spend) / Σ spend over the period</source>
        <translation>(Σ выручка − Σ расход) / Σ расход за период</translation>
    </message>
    <message>
        <source>No value: the revenue of this campaign is unknown.</source>
        <translation>Нет значения: выручка этой кампании неизвестна.</translation>
    </message>
    <message>
        <source>The model&apos;s ROI for this campaign&apos;s days, weighted by their spend. Select the row to see why.</source>
        <translation>ROI модели для дней этой кампании, взвешенный по их расходу. Выберите строку, чтобы узнать почему.</translation>
    </message>
    <message>
        <source>Predicted minus actual ROI in percentage points: positive when the campaign did worse than campaigns like it.</source>
        <translation>Прогнозируемый ROI минус фактический в процентных пунктах: положительное значение — кампания отработала хуже похожих кампаний.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Actual ROI</source>
        <translation>Фактический ROI</translation>
    </message>
    <message>
        <source>Predicted ROI</source>
        <translation>Прогнозируемый ROI</translation>
    </message>
    <message>
        <source>Predicted − actual</source>
        <translation>Прогноз − факт</translation>
    </message>
    <message>
        <source>What the ROI model expects for a campaign with these attributes and delivery figures.</source>
        <translation>Какой ROI модель ожидает для кампании с такими признаками и показателями открутки.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::CampaignRoiPanel</name>
    <message>
        <source>Validation: the model was trained on the earlier days and scored on the last fifth of the days it never saw. MAE is the mean absolute error of ROI (0.10 = 10 percentage points); R² is the share of ROI&apos;s variation explained. The baseline predicts each campaign&apos;s channel average.</source>
        <translation>Проверка: модель обучена на более ранних днях и оценена на последней пятой части дней, которых она не видела. MAE — средняя абсолютная ошибка ROI (0,10 = 10 процентных пунктов); R² — доля объяснённой вариации ROI. Базовый уровень прогнозирует для каждой кампании среднее по её каналу.</translation>
    </message>
    <message>
        <source>Train now</source>
        <translation>Обучить сейчас</translation>
    </message>
    <message>
        <source>Train the ROI model on the data in this database (about a second per 100,000 rows); the current model stays until the new one is saved.</source>
        <translation>Обучить модель ROI на данных этой базы (около секунды на 100 000 строк); текущая модель используется, пока не сохранена новая.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Training was cancelled; the previous model is still in use.</source>
        <translation>Обучение отменено; используется предыдущая модель.</translation>
    </message>
    <message>
        <source>The ROI model was trained on %1 rows and saved.</source>
        <translation>Модель ROI обучена на %1 строках и сохранена.</translation>
    </message>
    <message>
        <source>No explanation: %1</source>
        <translation>Нет объяснения: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Trained on %1 rows to %2 · validation MAE %3 vs %4 for the channel average · R² %5 (channel average %6)</source>
        <translation>Обучена на %1 строках до %2 · MAE на проверке %3 против %4 у среднего по каналу · R² %5 (среднее по каналу %6)</translation>
    </message>
    <message>
        <source>Shipped model: trained on the sample data, not on yours. Train it on your data before relying on its predictions.</source>
        <translation>Модель из поставки: обучена на демонстрационных данных, а не на ваших. Обучите её на своих данных, прежде чем полагаться на её прогнозы.</translation>
    </message>
    <message>
        <source>Out of date: the data changed since this model was trained on %1. Retrain to include it.</source>
        <translation>Устарела: данные изменились после обучения модели %1. Переобучите её, чтобы учесть их.</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Переобучить</translation>
    </message>
    <message>
        <source>Trained on this data on %1; up to date.</source>
        <translation>Обучена на этих данных %1; актуальна.</translation>
    </message>
    <message>
        <source>It does not beat the channel average on held-out days: use its predictions with caution.</source>
        <translation>На отложенных днях она не превосходит среднее по каналу: используйте её прогнозы с осторожностью.</translation>
    </message>
    <message>
        <source>No campaigns with spend in this period.</source>
        <translation>В этом периоде нет кампаний с расходом.</translation>
    </message>
    <message>
        <source>%1 campaigns from %2 fact rows.</source>
        <translation>Кампаний: %1, строк данных: %2.</translation>
    </message>
    <message>
        <source>%1 rows have a channel, goal, audience, segment, location or language the model never saw; it treats them as none of the known ones.</source>
        <translation>Строк с каналом, целью, аудиторией, сегментом, регионом или языком, которых модель не видела: %1; она считает их не относящимися ни к одному из известных значений.</translation>
    </message>
    <message>
        <source>%1 rows with infinite or negative values were left out.</source>
        <translation>Исключено строк с бесконечными или отрицательными значениями: %1.</translation>
    </message>
    <message>
        <source>No ROI predictions are shown: %1</source>
        <translation>Прогнозы ROI не показаны: %1</translation>
    </message>
    <message>
        <source>Train the model on this data (Train now) to replace it.</source>
        <translation>Обучите модель на этих данных («Обучить сейчас»), чтобы заменить её.</translation>
    </message>
    <message>
        <source>Why this prediction</source>
        <translation>Почему такой прогноз</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Why the model predicts an ROI of %1 (actual: %2)</source>
        <translation>Почему модель прогнозирует ROI %1 (факт: %2)</translation>
    </message>
    <message>
        <source>The bars are the model&apos;s contributions: how much each attribute moved this campaign&apos;s predicted ROI away from the model&apos;s average. With the average they add up to the prediction.</source>
        <translation>Столбцы — вклады модели: насколько каждый признак сместил прогнозируемый ROI этой кампании относительно среднего по модели. Вместе со средним они в сумме дают прогноз.</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Построение объяснения…</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::CampaignsPage</name>
    <message>
        <source>Search by campaign name, id or company</source>
        <translation>Поиск по названию кампании, ID или компании</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Min. spend:</source>
        <translation>Мин. расход:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Hide campaigns that spent less in the period</source>
        <translation>Скрыть кампании с меньшим расходом за период</translation>
    </message>
    <message>
        <source>Min. impressions:</source>
        <translation>Мин. показов:</translation>
    </message>
    <message>
        <source>Hide campaigns with fewer impressions in the period</source>
        <translation>Скрыть кампании с меньшим числом показов за период</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ChannelsPage</name>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ChartPanel</name>
    <message>
        <source>Right-click to export the chart as PNG</source>
        <translation>Щёлкните правой кнопкой мыши, чтобы экспортировать диаграмму в PNG</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ColumnMappingDialog</name>
    <message>
        <source>Ignore</source>
        <translation>Игнорировать</translation>
    </message>
    <message>
        <source>Keep as a breakdown (text)</source>
        <translation>Сохранить как разбивку (текст)</translation>
    </message>
    <message>
        <source>Not imported. Rows that differ only in this column are summed.</source>
        <translation>Не импортируется. Строки, различающиеся только этим столбцом, суммируются.</translation>
    </message>
    <message>
        <source>Kept as text that breaks a campaign&apos;s day down (a region, an ad set): rows that differ in it stay apart.</source>
        <translation>Сохраняется как текст, детализирующий день кампании (регион, группа объявлений): строки, различающиеся по нему, не объединяются.</translation>
    </message>
    <message>
        <source>The day each row&apos;s figures belong to.</source>
        <translation>День, к которому относятся показатели строки.</translation>
    </message>
    <message>
        <source>The last day of a row that covers several days.</source>
        <translation>Последний день строки, охватывающей несколько дней.</translation>
    </message>
    <message>
        <source>The advertising channel of each row (Facebook, Google Ads, VK…).</source>
        <translation>Рекламный канал каждой строки (Facebook, Google Ads, VK…).</translation>
    </message>
    <message>
        <source>A three-letter currency code per row (USD, EUR, RUB).</source>
        <translation>Трёхбуквенный код валюты для каждой строки (USD, EUR, RUB).</translation>
    </message>
    <message>
        <source>An amount of money; summed across rows.</source>
        <translation>Денежная сумма; суммируется по строкам.</translation>
    </message>
    <message>
        <source>A whole number; summed across rows (reach is never summed).</source>
        <translation>Целое число; суммируется по строкам (охват никогда не суммируется).</translation>
    </message>
    <message>
        <source>Leads, purchases or other results; summed across rows.</source>
        <translation>Лиды, покупки или другие результаты; суммируются по строкам.</translation>
    </message>
    <message>
        <source>Text describing the campaign or the audience.</source>
        <translation>Текст, описывающий кампанию или аудиторию.</translation>
    </message>
    <message>
        <source>Map the columns of %1</source>
        <translation>Сопоставление столбцов файла %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demetra does not recognise the columns of %1.&lt;/b&gt;&lt;br&gt;Tell it what each column holds: at least the date, one measure (spend, impressions, clicks…) and where the channel comes from. Your choice is remembered: files with the same columns are imported the same way next time, without asking.</source>
        <translation>&lt;b&gt;Demetra не распознаёт столбцы файла %1.&lt;/b&gt;&lt;br&gt;Укажите, что содержит каждый столбец: как минимум дату, один показатель (расход, показы, клики…) и откуда берётся канал. Ваш выбор будет запомнен: файлы с такими же столбцами в следующий раз будут импортированы так же, без вопросов.</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Что содержит каждый столбец</translation>
    </message>
    <message>
        <source>Column &amp;names are on line:</source>
        <translation>&amp;Названия столбцов в строке:</translation>
    </message>
    <message>
        <source>Which of the first records holds the column names (title lines above it are skipped)</source>
        <translation>Какая из первых записей содержит названия столбцов (строки заголовка над ней пропускаются)</translation>
    </message>
    <message>
        <source>How to read the values</source>
        <translation>Как читать значения</translation>
    </message>
    <message>
        <source>Decide from the file</source>
        <translation>Определить по файлу</translation>
    </message>
    <message>
        <source>Day first (31/12/2025)</source>
        <translation>Сначала день (31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Сначала месяц (12/31/2025)</translation>
    </message>
    <message>
        <source>The order of day and month in numeric dates such as 03/04/2025. Dates with month names or in the ISO form 2025-04-03 read the same either way.</source>
        <translation>Порядок дня и месяца в числовых датах, например 03/04/2025. Даты с названиями месяцев или в формате ISO 2025-04-03 читаются одинаково при любом порядке.</translation>
    </message>
    <message>
        <source>&amp;Day and month:</source>
        <translation>&amp;День и месяц:</translation>
    </message>
    <message>
        <source>The currency of amounts that do not name one (a currency sign or code in a cell wins)</source>
        <translation>Валюта сумм, в которых она не указана (знак или код валюты в ячейке имеет приоритет)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Choose or type a channel</source>
        <translation>Выберите или введите канал</translation>
    </message>
    <message>
        <source>The channel every row of this file belongs to, when no column names it</source>
        <translation>Канал, к которому относятся все строки этого файла, если ни один столбец его не указывает</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;No date column: the rows cover a period</source>
        <translation>&amp;Нет столбца с датой: строки охватывают период</translation>
    </message>
    <message>
        <source>For totals exported without dates: every row is spread over the period you give</source>
        <translation>Для итогов, выгруженных без дат: каждая строка распределяется на указанный вами период</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>The file as Demetra reads it; under each column name, what it will be read as</source>
        <translation>Файл в том виде, в каком его читает Demetra; под названием каждого столбца — как он будет прочитан</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Do not import this file</source>
        <translation>Не импортировать этот файл</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(столбец %1, без названия)</translation>
    </message>
    <message>
        <source>Column %1 of the file: %2</source>
        <translation>Столбец %1 файла: %2</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Что содержит столбец %1</translation>
    </message>
    <message>
        <source>What column &quot;%1&quot; holds</source>
        <translation>Что содержит столбец «%1»</translation>
    </message>
    <message>
        <source>No column is marked as the date.</source>
        <translation>Ни один столбец не отмечен как дата.</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>не дата</translation>
    </message>
    <message>
        <source>The date column is empty in the first rows.</source>
        <translation>В первых строках столбец даты пуст.</translation>
    </message>
    <message>
        <source>The first dates read as:</source>
        <translation>Первые даты прочитаны как:</translation>
    </message>
    <message>
        <source>The first rows cannot tell day from month; they read day first:</source>
        <translation>По первым строкам нельзя отличить день от месяца; они прочитаны как «сначала день»:</translation>
    </message>
    <message>
        <source>None of the first values of column &quot;%1&quot; reads as a date: choose the date column or the day and month order.</source>
        <translation>Ни одно из первых значений столбца «%1» не читается как дата: выберите столбец даты или порядок дня и месяца.</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>игнорируется</translation>
    </message>
    <message>
        <source>Read from column &quot;%1&quot; on every row.</source>
        <translation>Берётся из столбца «%1» в каждой строке.</translation>
    </message>
    <message>
        <source>No column names the channel: every row of this file is filed under it.</source>
        <translation>Канал не указан ни в одном столбце: все строки этого файла будут отнесены к выбранному каналу.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Готово к импорту.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ConnectorAccountTableModel</name>
    <message>
        <source>Never synced</source>
        <translation>Не синхронизировался</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>(the token&apos;s account)</source>
        <translation>(кабинет токена)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>По расписанию</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <translation>Кабинет %1 %2</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Валюта: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Часовой пояс: %1</translation>
    </message>
    <message>
        <source>Base URL: %1</source>
        <translation>Базовый URL: %1</translation>
    </message>
    <message>
        <source>Not synced yet: use Sync now, or wait for the next scheduled refresh.</source>
        <translation>Ещё не синхронизирован: нажмите «Синхронизировать сейчас» или дождитесь следующего обновления по расписанию.</translation>
    </message>
    <message>
        <source>When the last sync attempt finished</source>
        <translation>Время завершения последней попытки синхронизации</translation>
    </message>
    <message>
        <source>No day has been read completely yet</source>
        <translation>Ни один день ещё не прочитан полностью</translation>
    </message>
    <message>
        <source>Every day up to this one has been read completely.</source>
        <translation>Все дни до этого дня включительно прочитаны полностью.</translation>
    </message>
    <message>
        <source>Days from %1 are still settling: the platform may still revise them, and every sync reads them again.</source>
        <translation>Данные начиная с %1 ещё уточняются: площадка может их пересчитать, поэтому каждая синхронизация читает их заново.</translation>
    </message>
    <message>
        <source>Daily fact rows stored for this account; the last sync wrote %1</source>
        <translation>Строки данных по дням, сохранённые для этого кабинета; при последней синхронизации записано: %1</translation>
    </message>
    <message>
        <source>Daily fact rows stored for this account</source>
        <translation>Строки данных по дням, сохранённые для этого кабинета</translation>
    </message>
    <message>
        <source>Included in scheduled syncs; clear the box to pause it</source>
        <translation>Участвует в синхронизации по расписанию; снимите флажок, чтобы приостановить</translation>
    </message>
    <message>
        <source>Paused: scheduled syncs skip it (Sync now still works); tick the box to resume</source>
        <translation>Приостановлено: синхронизация по расписанию его пропускает («Синхронизировать сейчас» по-прежнему работает); установите флажок, чтобы возобновить</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Complete up to</source>
        <translation>Данные полные по</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>The last day read completely; the platform&apos;s restatement window before it is still settling</source>
        <translation>Последний полностью прочитанный день; данные в окне пересчёта площадки ещё уточняются</translation>
    </message>
    <message>
        <source>Whether the hourly refresh syncs the account</source>
        <translation>Синхронизируется ли кабинет при ежечасном обновлении</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DamagedDatabaseDialog</name>
    <message>
        <source>Demetra: the database is damaged</source>
        <translation>Demetra: база данных повреждена</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Demetra cannot use its database&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;The file has not been changed. You can restore a backup: the damaged file is then kept beside it (named …damaged-&amp;lt;time&amp;gt;), so nothing is lost. Or quit and look at the file yourself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Demetra не может использовать свою базу данных&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Файл не изменён. Можно восстановить резервную копию: повреждённый файл при этом сохранится рядом (с именем …damaged-&amp;lt;время&amp;gt;), так что ничего не потеряется. Или выйдите из программы и изучите файл самостоятельно.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the check said: %1</source>
        <translation>Результат проверки: %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Схема</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>No backups were found in %1.</source>
        <translation>В %1 резервные копии не найдены.</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Восстановить выбранную резервную копию</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Ничего не восстановлено: %1</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DataSourceTableModel</name>
    <message>
        <source>Imports that stored no rows</source>
        <translation>Импорты без сохранённых строк</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Отклонённые строки: %1</translation>
    </message>
    <message>
        <source>Failed imports: %1</source>
        <translation>Неудачные импорты: %1</translation>
    </message>
    <message>
        <source>Last import failed</source>
        <translation>Последний импорт не удался</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Platform account</source>
        <translation>Аккаунт платформы</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-файл</translation>
    </message>
    <message>
        <source>Recorded imports that stored no rows for any source, such as files that failed as a whole.</source>
        <translation>Записанные импорты, которые не сохранили ни одной строки ни для одного источника, например файлы, импорт которых не удался целиком.</translation>
    </message>
    <message>
        <source>%1, money in %2, time zone %3</source>
        <translation>%1, валюта %2, часовой пояс %3</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Платформа: %1</translation>
    </message>
    <message>
        <source>Imported CSV files, layout “%1”</source>
        <translation>Импортированные CSV-файлы, формат файла «%1»</translation>
    </message>
    <message>
        <source>%1 daily fact rows</source>
        <translation>Строк данных по дням: %1</translation>
    </message>
    <message>
        <source>%1 business outcome rows</source>
        <translation>Строк бизнес-результатов: %1</translation>
    </message>
    <message>
        <source>No rows stored</source>
        <translation>Строки не сохранены</translation>
    </message>
    <message>
        <source>Days: %1, from the first day with data to the last day covered</source>
        <translation>Дней: %1, от первого дня с данными до последнего охваченного дня</translation>
    </message>
    <message>
        <source>When the latest successful import of this source finished</source>
        <translation>Когда завершился последний успешный импорт этого источника</translation>
    </message>
    <message>
        <source>Recorded imports of this source, including re-imports and failed attempts</source>
        <translation>Записанные импорты этого источника, включая повторные импорты и неудачные попытки</translation>
    </message>
    <message>
        <source>Rows rejected by the latest import of each file are not in the data. Select the source and an import to see each row with its line, column and reason.</source>
        <translation>Строки, отклонённые последним импортом каждого файла, не попадают в данные. Выберите источник и импорт, чтобы увидеть каждую строку с её номером, столбцом и причиной.</translation>
    </message>
    <message>
        <source>An import failed and was not repeated successfully; it changed nothing.</source>
        <translation>Импорт не удался и не был успешно повторён; он ничего не изменил.</translation>
    </message>
    <message>
        <source>Latest import (#%1, %2): %3</source>
        <translation>Последний импорт (№%1, %2): %3</translation>
    </message>
    <message>
        <source>No rejected rows and no failed imports</source>
        <translation>Нет отклонённых строк и неудачных импортов</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DataSourcesPage</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete source…</source>
        <translation>Удалить источник…</translation>
    </message>
    <message>
        <source>Remove the selected source and all its rows (Delete)</source>
        <translation>Удалить выбранный источник и все его строки (Delete)</translation>
    </message>
    <message>
        <source>No data sources yet</source>
        <translation>Источников данных пока нет</translation>
    </message>
    <message>
        <source>Go to the start page</source>
        <translation>Перейти на стартовую страницу</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <source>Select an import to see the rows it rejected and why.</source>
        <translation>Выберите импорт, чтобы увидеть отклонённые им строки и причины.</translation>
    </message>
    <message>
        <source>No data stored</source>
        <translation>Нет сохранённых данных</translation>
    </message>
    <message>
        <source>Sources: %1 · rows stored: %2</source>
        <translation>Источники: %1 · сохранено строк: %2</translation>
    </message>
    <message>
        <source>Imports of “%1”</source>
        <translation>Импорты «%1»</translation>
    </message>
    <message>
        <source>Loading the rejected rows of import #%1…</source>
        <translation>Загрузка отклонённых строк импорта №%1…</translation>
    </message>
    <message>
        <source>Import #%1 (%2) rejected no rows.</source>
        <translation>Импорт №%1 (%2) не отклонил ни одной строки.</translation>
    </message>
    <message>
        <source>Import #%1 (%2): %3. %4</source>
        <translation>Импорт №%1 (%2): %3. %4</translation>
    </message>
    <message>
        <source>Rejected rows of import #%1 (%2): showing %3 of %4</source>
        <translation>Отклонённые строки импорта №%1 (%2): показано %3 из %4</translation>
    </message>
    <message>
        <source>Rejected rows of import #%1 (%2): %3</source>
        <translation>Отклонённые строки импорта №%1 (%2): %3</translation>
    </message>
    <message>
        <source>Show %1 more</source>
        <translation>Показать ещё %1</translation>
    </message>
    <message>
        <source>Remove these import records…</source>
        <translation>Удалить эти записи об импорте…</translation>
    </message>
    <message>
        <source>Delete the data source “%1” (%2) and its %3 stored rows?</source>
        <translation>Удалить источник данных «%1» (%2) и все его сохранённые строки (%3)?</translation>
    </message>
    <message>
        <source>Its import records (%1) and their rejected rows are removed too. Every page stops showing its data. This cannot be undone; import the files again to get the data back.</source>
        <translation>Записи о его импортах (%1) и их отклонённые строки также будут удалены. Данные этого источника перестанут отображаться на всех страницах. Это действие нельзя отменить; чтобы вернуть данные, импортируйте файлы снова.</translation>
    </message>
    <message>
        <source>Remove the records of the imports that stored no rows (%1)?</source>
        <translation>Удалить записи об импортах, не сохранивших ни одной строки (%1)?</translation>
    </message>
    <message>
        <source>No data is deleted.</source>
        <translation>Данные не удаляются.</translation>
    </message>
    <message>
        <source>Delete data source</source>
        <translation>Удалить источник данных</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Удаление «%1»…</translation>
    </message>
    <message>
        <source>The source was not deleted: %1</source>
        <translation>Источник не удалён: %1</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2) with its %3 rows and its import records.</source>
        <translation>Источник «%1» (%2) удалён вместе со строками (%3) и записями об импорте.</translation>
    </message>
    <message>
        <source>Removed the records of the imports that stored no rows (%1).</source>
        <translation>Удалены записи об импортах, не сохранивших ни одной строки (%1).</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <source>Import a CSV export from an ad platform (File → Import, Ctrl+O, or drop files on the window), connect an ad account above and sync it, or load the sample data from the start page. Every file layout and account appears here with its rows, dates and any rejected rows.</source>
        <translation>Импортируйте CSV-выгрузку из рекламной площадки (Файл → Импорт, Ctrl+O или перетащите файлы в окно), подключите рекламный кабинет выше и синхронизируйте его либо загрузите демонстрационные данные со стартовой страницы. Здесь отображаются все форматы файлов и кабинеты с их строками, датами и отклонёнными строками.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DataTableView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the whole table</source>
        <translation>Копировать всю таблицу</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-файлы (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DatabaseSettingsPanel</name>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>Team mode: everyone&apos;s imports and syncs go to one PostgreSQL server, and every Demetra of the team reads the same figures. Run one &quot;demetra-cli daemon --db postgresql://…&quot; on the server: it does the hourly sync for the whole team. Backups are the server&apos;s job (pg_dump), not Demetra&apos;s.</source>
        <translation>Командный режим: импорт и синхронизация всех участников идут в один сервер PostgreSQL, и каждая Demetra команды видит одни и те же цифры. Запустите на сервере один «demetra-cli daemon --db postgresql://…»: он синхронизирует данные каждый час для всей команды. Резервные копии — забота сервера (pg_dump), а не Demetra.</translation>
    </message>
    <message>
        <source>This computer (SQLite file)</source>
        <translation>Этот компьютер (файл SQLite)</translation>
    </message>
    <message>
        <source>The data stays in one file on this computer; Demetra backs it up every day.</source>
        <translation>Данные хранятся в одном файле на этом компьютере; Demetra ежедневно делает его резервную копию.</translation>
    </message>
    <message>
        <source>Team server (PostgreSQL)</source>
        <translation>Командный сервер (PostgreSQL)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Choose another database file, or name a new one (it is created at the next start)</source>
        <translation>Выберите другой файл базы данных или задайте имя нового (он будет создан при следующем запуске)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>PostgreSQL listens on 5432 unless its administrator chose another port</source>
        <translation>PostgreSQL слушает порт 5432, если администратор не выбрал другой</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>The database on the server (created once by its administrator with createdb); Demetra creates its tables in it</source>
        <translation>База данных на сервере (её один раз создаёт администратор командой createdb); Demetra создаёт в ней свои таблицы</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation>Шифровать, если возможно</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Требовать шифрование</translation>
    </message>
    <message>
        <source>Require encryption and verify the server</source>
        <translation>Требовать шифрование и проверять сервер</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Без шифрования</translation>
    </message>
    <message>
        <source>libpq&apos;s sslmode. Over the internet choose &quot;verify the server&quot; (the server&apos;s certificate must be trusted by this computer); &quot;no encryption&quot; only on a local network you trust.</source>
        <translation>Параметр sslmode библиотеки libpq. Через интернет выбирайте «проверять сервер» (этот компьютер должен доверять сертификату сервера); «без шифрования» — только в доверенной локальной сети.</translation>
    </message>
    <message>
        <source>SSL:</source>
        <translation>SSL:</translation>
    </message>
    <message>
        <source>Type to replace the stored one</source>
        <translation>Введите, чтобы заменить сохранённый</translation>
    </message>
    <message>
        <source>Kept only in the system keychain, never in the settings file. Without one, Demetra asks at start (or uses DEMETRA_DB_PASSWORD or ~/.pgpass).</source>
        <translation>Хранится только в системной связке ключей, никогда в файле настроек. Если пароля нет, Demetra спросит его при запуске (или возьмёт DEMETRA_DB_PASSWORD либо ~/.pgpass).</translation>
    </message>
    <message>
        <source>Forget password</source>
        <translation>Забыть пароль</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Connect to the server in the form and prepare Demetra&apos;s tables there, as the app does at start; nothing is switched yet</source>
        <translation>Подключиться к серверу из формы и подготовить там таблицы Demetra, как при запуске приложения; база пока не переключается</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Использовать эту базу</translation>
    </message>
    <message>
        <source>Save the choice; Demetra switches to it when it starts next time</source>
        <translation>Сохранить выбор; Demetra переключится на эту базу при следующем запуске</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Перезапустить сейчас</translation>
    </message>
    <message>
        <source>Saved for the next start: %1</source>
        <translation>Сохранено для следующего запуска: %1</translation>
    </message>
    <message>
        <source>Connected to %1: Demetra&apos;s tables are ready (schema version %2). Press &quot;Use this database&quot; to switch to it.</source>
        <translation>Подключено к %1: таблицы Demetra готовы (версия схемы %2). Нажмите «Использовать эту базу», чтобы переключиться на неё.</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Не удалось подключиться: %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Demetra databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Demetra (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Хранится в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>Системное хранилище паролей недоступно: %1</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Не сохранён</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user first.</source>
        <translation>Сначала заполните сервер, базу данных и пользователя.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user of the team server.</source>
        <translation>Заполните сервер, базу данных и пользователя командного сервера.</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1</source>
        <translation>Не удалось сохранить пароль в системной связке ключей: %1</translation>
    </message>
    <message>
        <source>Choose a database file first.</source>
        <translation>Сначала выберите файл базы данных.</translation>
    </message>
    <message>
        <source>Saved: Demetra keeps using %1.</source>
        <translation>Сохранено: Demetra продолжит работать с %1.</translation>
    </message>
    <message>
        <source>Saved: Demetra switches to %1 when it starts next time.</source>
        <translation>Сохранено: при следующем запуске Demetra переключится на %1.</translation>
    </message>
    <message>
        <source>The password could not be removed: %1</source>
        <translation>Не удалось удалить пароль: %1</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DimensionPanel</name>
    <message>
        <source>%1 has the highest %2, %3 (%4 impressions); %5 the lowest, %6 (%7 impressions).</source>
        <translation>Наибольший показатель %2 — у %1: %3 (показов: %4); наименьший — у %5: %6 (показов: %7).</translation>
    </message>
    <message>
        <source>%1 has the best %2, %3 (%4 impressions); %5 the worst, %6 (%7 impressions).</source>
        <translation>Лучший показатель %2 — у %1: %3 (показов: %4); худший — у %5: %6 (показов: %7).</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4 impressions), the only group above the minimum volume with a value.</source>
        <translation>%1: %2 %3 (показов: %4) — единственная группа выше минимального объёма, для которой есть значение.</translation>
    </message>
    <message>
        <source>No group has a %1 value: its denominator is zero or missing.</source>
        <translation>Ни у одной группы нет значения %1: знаменатель равен нулю или отсутствует.</translation>
    </message>
    <message>
        <source>No group reaches the minimum volume of %1 impressions, so none is ranked.</source>
        <translation>Ни одна группа не достигает минимального объёма показов (%1), поэтому группы не ранжированы.</translation>
    </message>
    <message>
        <source>%1 · %2 impr.</source>
        <translation>%1 · %2 показ.</translation>
    </message>
    <message>
        <source>Below the minimum volume of %1 impressions: not ranked.</source>
        <translation>Ниже минимального объёма показов (%1): не ранжируется.</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Rows that do not name this attribute: not ranked.</source>
        <translation>Строки, в которых этот атрибут не указан: не ранжируются.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) below the minimum volume of %1 impressions, not ranked</source>
        <translation>
            <numerusform>%n группа ниже минимального объёма показов (%1), не ранжируется</numerusform>
            <numerusform>%n группы ниже минимального объёма показов (%1), не ранжируются</numerusform>
            <numerusform>%n групп ниже минимального объёма показов (%1), не ранжируются</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>Не ранжируется</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DrillDownPanel</name>
    <message>
        <source>Show changes</source>
        <translation>Показать изменения</translation>
    </message>
    <message>
        <source>Show each KPI&apos;s change against the comparison period in a &quot;Δ&quot; column</source>
        <translation>Показывать изменение каждого KPI относительно периода сравнения в столбце «Δ»</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The table could not be computed: %1</source>
        <translation>Не удалось рассчитать таблицу: %1</translation>
    </message>
    <message>
        <source>No data for this filter. Widen the dates or the channels in the filter bar, or import data.</source>
        <translation>Нет данных для этого фильтра. Расширьте диапазон дат или набор каналов на панели фильтров либо импортируйте данные.</translation>
    </message>
    <message>
        <source>This campaign has no rows in the chosen period.</source>
        <translation>У этой кампании нет строк за выбранный период.</translation>
    </message>
    <message>
        <source>Nothing matches the filter in the chosen period.</source>
        <translation>За выбранный период ничего не соответствует фильтру.</translation>
    </message>
    <message>
        <source>Total shown</source>
        <translation>Итого по показанным</translation>
    </message>
    <message>
        <source>1 channel</source>
        <translation>1 канал</translation>
    </message>
    <message numerus="yes">
        <source>%Ln channels</source>
        <translation>
            <numerusform>%Ln канал</numerusform>
            <numerusform>%Ln канала</numerusform>
            <numerusform>%Ln каналов</numerusform>
        </translation>
    </message>
    <message>
        <source>1 campaign</source>
        <translation>1 кампания</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaigns</source>
        <translation>
            <numerusform>%Ln кампания</numerusform>
            <numerusform>%Ln кампании</numerusform>
            <numerusform>%Ln кампаний</numerusform>
        </translation>
    </message>
    <message>
        <source>1 daily row</source>
        <translation>1 дневная строка</translation>
    </message>
    <message numerus="yes">
        <source>%Ln daily rows</source>
        <translation>
            <numerusform>%Ln дневная строка</numerusform>
            <numerusform>%Ln дневные строки</numerusform>
            <numerusform>%Ln дневных строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Changes against: %1</source>
        <translation>Изменения относительно: %1</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::DrillTableModel</name>
    <message>
        <source>(unnamed campaign)</source>
        <translation>(кампания без названия)</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Кампания %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Sums of the rows shown; every KPI is a ratio of these sums.</source>
        <translation>Суммы по показанным строкам; каждый KPI — отношение этих сумм.</translation>
    </message>
    <message>
        <source>Sums of every row of the selection; every KPI is a ratio of these sums.</source>
        <translation>Суммы по всем строкам выборки; каждый KPI — отношение этих сумм.</translation>
    </message>
    <message>
        <source>Id in the source: %1</source>
        <translation>Идентификатор в источнике: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Цель: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Каналы: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see its days.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы увидеть данные по дням.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see its campaigns.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы увидеть кампании.</translation>
    </message>
    <message>
        <source>This period (%1): %2</source>
        <translation>Текущий период (%1): %2</translation>
    </message>
    <message>
        <source>Comparison period (%1): %2</source>
        <translation>Период сравнения (%1): %2</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <source>1 fact row</source>
        <translation>1 строка данных</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fact rows</source>
        <translation>
            <numerusform>%Ln строка данных</numerusform>
            <numerusform>%Ln строки данных</numerusform>
            <numerusform>%Ln строк данных</numerusform>
        </translation>
    </message>
    <message>
        <source>Sums of the rows shown.</source>
        <translation>Суммы по показанным строкам.</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Валюта: %1</translation>
    </message>
    <message>
        <source>Several currencies are added without conversion.</source>
        <translation>Суммы в разных валютах сложены без конвертации.</translation>
    </message>
    <message>
        <source>No value: the denominator is zero or the measure is missing.</source>
        <translation>Нет значения: знаменатель равен нулю или показатель отсутствует.</translation>
    </message>
    <message>
        <source>No change: the comparison period has no value for it.</source>
        <translation>Нет изменения: в периоде сравнения для него нет значения.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>Change of %1 against the comparison period</source>
        <translation>Изменение показателя «%1» относительно периода сравнения</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::FilterBar</name>
    <message>
        <source>Period. Relative periods end today, or at the last day with data when the data ends earlier.</source>
        <translation>Период. Относительные периоды заканчиваются сегодня или последним днём с данными, если данные заканчиваются раньше.</translation>
    </message>
    <message>
        <source>First day of the custom range</source>
        <translation>Первый день произвольного периода</translation>
    </message>
    <message>
        <source>Last day of the custom range (inclusive)</source>
        <translation>Последний день произвольного периода (включительно)</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>Сравнение: %1</translation>
    </message>
    <message>
        <source>What the changes on the KPI cards compare with</source>
        <translation>С чем сравниваются изменения на карточках KPI</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Аудитории</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Данных пока нет</translation>
    </message>
    <message>
        <source>Data available: %1</source>
        <translation>Доступны данные: %1</translation>
    </message>
    <message>
        <source>The data ends before today, so relative periods end at its last day, %1.</source>
        <translation>Данные заканчиваются раньше сегодняшнего дня, поэтому относительные периоды заканчиваются их последним днём — %1.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ForecastPage</name>
    <message>
        <source>No ROI forecast: %1</source>
        <translation>Нет прогноза ROI: %1</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>The channel to forecast (the filter&apos;s channels, segments and audiences apply)</source>
        <translation>Канал для прогноза (применяются каналы, сегменты и аудитории из фильтра)</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Метрика:</translation>
    </message>
    <message>
        <source>ROI and CTR are computed from the forecasts of their parts (revenue and spend, clicks and impressions), never by averaging ratios</source>
        <translation>ROI и CTR вычисляются из прогнозов их составляющих (выручки и расхода, кликов и показов), а не усреднением отношений</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Горизонт:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>How far ahead to forecast, 7 to 90 days (weekly data: rounded up to whole weeks)</source>
        <translation>На сколько вперёд строить прогноз: от 7 до 90 дней (для понедельных данных округляется вверх до целых недель)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>ROI forecast by channel</source>
        <translation>Прогноз ROI по каналам</translation>
    </message>
    <message>
        <source>ROI: actual and predicted</source>
        <translation>ROI: факт и прогноз</translation>
    </message>
    <message>
        <source>Conversions: actual and predicted</source>
        <translation>Конверсии: факт и прогноз</translation>
    </message>
    <message>
        <source>ROI and conversions</source>
        <translation>ROI и конверсии</translation>
    </message>
    <message>
        <source>Reach (impressions): actual and predicted</source>
        <translation>Охват (показы): факт и прогноз</translation>
    </message>
    <message>
        <source>CTR: actual and predicted</source>
        <translation>CTR: факт и прогноз</translation>
    </message>
    <message>
        <source>Reach and CTR</source>
        <translation>Охват и CTR</translation>
    </message>
    <message>
        <source>Campaign ROI model</source>
        <translation>Модель ROI кампаний</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Training and backtesting the forecast…</source>
        <translation>Обучение и бэктест прогноза…</translation>
    </message>
    <message>
        <source>Forecasting every channel&apos;s ROI…</source>
        <translation>Прогноз ROI по всем каналам…</translation>
    </message>
    <message>
        <source>No forecast is offered: %1</source>
        <translation>Прогноз недоступен: %1</translation>
    </message>
    <message>
        <source>%1: no forecast can be trained on its data (see below).</source>
        <translation>%1: на этих данных невозможно обучить прогноз (см. ниже).</translation>
    </message>
    <message>
        <source>Impressions: actual and predicted</source>
        <translation>Показы: факт и прогноз</translation>
    </message>
    <message>
        <source>No %1 forecast is offered: %2</source>
        <translation>Прогноз «%1» недоступен: %2</translation>
    </message>
    <message>
        <source>%1 of %2: the next %3 days (%4 whole weeks)</source>
        <translation>%1 — %2: следующие %3 дн. (%4 полных нед.)</translation>
    </message>
    <message>
        <source>%1 of %2: the next %3 days</source>
        <translation>%1 — %2: следующие %3 дн.</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>нед.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>Mean absolute error of this forecast: %1; of the naive forecast (%2): %3.
%4 backtests: each trained only on the data before its start and forecast the next %5 %6.
The shaded bands are 80 % and 95 % prediction intervals from those backtest errors, wider further ahead.</source>
        <translation>Средняя абсолютная ошибка этого прогноза: %1; наивного прогноза (%2): %3.
Бэктестов: %4; каждый обучен только на данных до своего начала и прогнозирует следующие %5 %6.
Закрашенные полосы — 80- и 95-процентные интервалы прогноза по ошибкам этих бэктестов, расширяющиеся с удалением горизонта.</translation>
    </message>
    <message>
        <source>Over the whole horizon: %1, 80 % band %2 to %3 (from %4 backtest folds).</source>
        <translation>На всём горизонте: %1, 80-процентный интервал от %2 до %3 (по %4 фолдам бэктеста).</translation>
    </message>
    <message>
        <source>ROI forecast by channel: the next %1 days</source>
        <translation>Прогноз ROI по каналам: следующие %1 дн.</translation>
    </message>
    <message>
        <source>Expected ROI over the next %1 days per channel, from its spend and revenue forecasts; its 80 % band comes from the errors of the same horizon ROI in %2 backtest folds per channel (the Forecast tab uses 8). Payback counts spend and revenue from the start of the filter&apos;s period (%3): actuals up to the last day with data, the forecast after it; a channel already in profit shows the day it got there. Computed in %4 s.</source>
        <translation>Ожидаемый ROI каждого канала на следующие %1 дн. по прогнозам его расхода и выручки; 80-процентный интервал получен из ошибок ROI на том же горизонте в %2 фолдах бэктеста на канал (на вкладке «Прогноз» — 8). Окупаемость учитывает расход и выручку с начала периода фильтра (%3): факт до последнего дня с данными, затем прогноз; для канала, уже вышедшего в прибыль, указан день, когда это произошло. Вычислено за %4 с.</translation>
    </message>
    <message>
        <source>the first day with data</source>
        <translation>первого дня с данными</translation>
    </message>
    <message>
        <source>%1: trained on all its history, %2 (%3 weeks, weekly), up to the last week with data. The filter&apos;s dates do not apply to training (payback counts from the period&apos;s start); its channels, segments and audiences do.</source>
        <translation>%1: обучено на всей истории, %2 (%3 нед., по неделям), до последней недели с данными. Даты фильтра к обучению не применяются (окупаемость считается от начала периода); каналы, сегменты и аудитории фильтра применяются.</translation>
    </message>
    <message>
        <source>%1: trained on all its history, %2 (%3 days, daily), up to the last day with data. The filter&apos;s dates do not apply to training (payback counts from the period&apos;s start); its channels, segments and audiences do.</source>
        <translation>%1: обучено на всей истории, %2 (%3 дн., по дням), до последнего дня с данными. Даты фильтра к обучению не применяются (окупаемость считается от начала периода); каналы, сегменты и аудитории фильтра применяются.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::GroupTableModel</name>
    <message>
        <source>Below minimum</source>
        <translation>Ниже минимума</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>В рейтинге</translation>
    </message>
    <message>
        <source>Fewer impressions than the minimum volume: shown, never ranked.</source>
        <translation>Показов меньше минимального объёма: отображается, но не участвует в рейтинге.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ImportController</name>
    <message>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>Импорт уже выполняется; дождитесь его завершения или отмените его.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Импорт %n файла…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing from the unfinished file was kept; files finished before it stay imported.</source>
        <translation>Импорт отменён: данные из незавершённого файла не сохранены; файлы, обработанные до него, остаются импортированными.</translation>
    </message>
    <message>
        <source>imported with the mapping you chose on %1</source>
        <translation>импортирован с сопоставлением столбцов, выбранным вами %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 does not say which channel its rows belong to.&lt;/b&gt;&lt;br&gt;Choose the channel (or the column that names it) and check how the columns are read. Your choice is remembered: files with the same columns are imported the same way next time, without asking.</source>
        <translation>&lt;b&gt;В файле %1 не указано, к какому каналу относятся его строки.&lt;/b&gt;&lt;br&gt;Выберите канал (или столбец с его названием) и проверьте, как читаются столбцы. Ваш выбор будет запомнен: в следующий раз файлы с такими же столбцами будут импортированы так же, без запроса.</translation>
    </message>
    <message>
        <source>you cancelled the column mapping</source>
        <translation>вы отменили сопоставление столбцов</translation>
    </message>
    <message>
        <source>imported with your column mapping; files with the same columns will be too</source>
        <translation>импортирован с вашим сопоставлением столбцов; файлы с такими же столбцами будут импортироваться так же</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: not imported — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: не импортирован — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: cancelled; nothing from it was kept</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: отменён; данные из него не сохранены</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 rows imported, %4 updated, %5 rejected</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): импортировано строк: %3, обновлено: %4, отклонено: %5</translation>
    </message>
    <message>
        <source>see why</source>
        <translation>узнать причину</translation>
    </message>
    <message>
        <source>imported with the mapping you chose on %1, every row on %2</source>
        <translation>импортировано по сопоставлению, выбранному %1; все строки — канал %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 has the columns of a file you mapped before, but its name says %2, not %3.&lt;/b&gt;&lt;br&gt;Check the channel these rows belong to; the rest of the mapping is the one you chose then.</source>
        <translation>&lt;b&gt;У файла %1 те же столбцы, что у файла, сопоставленного раньше, но в его названии указан канал %2, а не %3.&lt;/b&gt;&lt;br&gt;Проверьте, к какому каналу относятся эти строки; остальное сопоставление — то, что вы выбрали тогда.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ImportRunTableModel</name>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Прервано</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Начало: %1</translation>
    </message>
    <message>
        <source>Data records read from the file</source>
        <translation>Записи данных, прочитанные из файла</translation>
    </message>
    <message>
        <source>Rows written or updated (rows of the same key are summed into one)</source>
        <translation>Записанные или обновлённые строки (строки с одинаковым ключом суммируются в одну)</translation>
    </message>
    <message>
        <source>Rows of this source that this import wrote last; a later import of the same rows takes them over</source>
        <translation>Строки этого источника, в последний раз записанные этим импортом; последующий импорт тех же строк перезаписывает их</translation>
    </message>
    <message>
        <source>Select the import to see the rejected rows with their reasons</source>
        <translation>Выберите импорт, чтобы увидеть отклонённые строки и причины отклонения</translation>
    </message>
    <message>
        <source>No rows rejected</source>
        <translation>Отклонённых строк нет</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Хранится сейчас</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::KpiCard</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Нет данных для этого фильтра</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::LlmSettingsPanel</name>
    <message>
        <source>Recommendations are written locally from your data unless a language model is set here. Any OpenAI-compatible Chat Completions server works: a hosted model, the Hugging Face router, Ollama, a llama.cpp server or vLLM. Only aggregated figures are sent, never raw rows, and nothing is sent while the base URL is empty.</source>
        <translation>Рекомендации составляются локально по вашим данным, если здесь не задана языковая модель. Подойдёт любой сервер Chat Completions, совместимый с OpenAI: облачная модель, маршрутизатор Hugging Face, Ollama, сервер llama.cpp или vLLM. Отправляются только агрегированные показатели, никогда — исходные строки, и пока базовый URL пуст, ничего не отправляется.</translation>
    </message>
    <message>
        <source>Up to and including the API version; empty: write locally, send nothing</source>
        <translation>До версии API включительно; если пусто — составлять локально и ничего не отправлять</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Базовый URL:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>Введите новый ключ, чтобы заменить сохранённый</translation>
    </message>
    <message>
        <source>Kept only in the system keychain, never in the settings file, the database or logs</source>
        <translation>Хранится только в системном хранилище паролей — никогда в файле настроек, базе данных или журналах</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Удалить ключ</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-ключ:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Температура:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>How long one request may take before it is abandoned and the text is written locally</source>
        <translation>Сколько может длиться один запрос, прежде чем он будет прерван и текст будет составлен локально</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Тайм-аут:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Send one short chat completion to the endpoint in the form</source>
        <translation>Отправить один короткий запрос Chat Completion на адрес сервера, указанный в форме</translation>
    </message>
    <message>
        <source>Preview what will be sent…</source>
        <translation>Показать, что будет отправлено…</translation>
    </message>
    <message>
        <source>Show the exact request body built from the current figures; nothing is sent</source>
        <translation>Показать точное тело запроса, построенное по текущим показателям; ничего не отправляется</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Ошибка подключения: %1</translation>
    </message>
    <message>
        <source>Could not build the request: %1</source>
        <translation>Не удалось сформировать запрос: %1</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Хранится в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1</source>
        <translation>Системное хранилище паролей недоступно: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задан</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, like http://127.0.0.1:11434/v1.</source>
        <translation>Базовый URL должен быть адресом http:// или https://, например http://127.0.0.1:11434/v1.</translation>
    </message>
    <message>
        <source>Name the model to use (for example qwen3:8b or gpt-4o-mini).</source>
        <translation>Укажите модель (например, qwen3:8b или gpt-4o-mini).</translation>
    </message>
    <message>
        <source>The API key could not be stored: %1</source>
        <translation>Не удалось сохранить API-ключ: %1</translation>
    </message>
    <message>
        <source>Saved. Recommendations are written locally; nothing is sent.</source>
        <translation>Сохранено. Рекомендации составляются локально; ничего не отправляется.</translation>
    </message>
    <message>
        <source>Saved. Recommendations will be written by %1.</source>
        <translation>Сохранено. Рекомендации будет составлять %1.</translation>
    </message>
    <message>
        <source>The API key could not be removed: %1</source>
        <translation>Не удалось удалить API-ключ: %1</translation>
    </message>
    <message>
        <source>Set an http(s) base URL and a model first.</source>
        <translation>Сначала укажите базовый URL http(s) и модель.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Запрос к %1…</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms (%3).</source>
        <translation>Подключено: ответ от %1 получен за %2 мс (%3).</translation>
    </message>
    <message>
        <source>Collecting the figures…</source>
        <translation>Сбор показателей…</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::MainWindow</name>
    <message>
        <source>Cannot read the database: %1</source>
        <translation>Не удалось прочитать базу данных: %1</translation>
    </message>
    <message>
        <source>Demetra — advertising analytics</source>
        <translation>Demetra — аналитика рекламы</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>Import CSV exports</source>
        <translation>Импорт CSV-выгрузок</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Welcome to Demetra</source>
        <translation>Добро пожаловать в Demetra</translation>
    </message>
    <message>
        <source>The database is empty. Drop CSV exports from your ad platforms anywhere on this window, import them, or start with the bundled sample data: a synthetic year of campaigns on eight channels.</source>
        <translation>База данных пуста. Перетащите CSV-выгрузки из рекламных платформ в любое место этого окна, импортируйте их или начните с прилагаемых демонстрационных данных: синтетического года кампаний по восьми каналам.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
    <message>
        <source>Imports %1</source>
        <translation>Импорты %1</translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <source>%1 — Demetra</source>
        <translation>%1 — Demetra</translation>
    </message>
    <message>
        <source>Stop the import; nothing from the unfinished file is kept</source>
        <translation>Остановить импорт; данные из незавершённого файла не сохраняются</translation>
    </message>
    <message>
        <source>Import CSV exports from ad platforms (Ctrl+O); you can also drop files anywhere on the window</source>
        <translation>Импорт CSV-выгрузок из рекламных платформ (Ctrl+O); файлы также можно перетащить в любое место окна</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Demetra</source>
        <translation>&amp;О программе Demetra</translation>
    </message>
    <message>
        <source>About Demetra</source>
        <translation>О программе Demetra</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demetra&lt;/b&gt; %1&lt;br&gt;Advertising analytics across channels: KPIs as ratios of sums, drill-down, audience and timing analysis.&lt;br&gt;Database: %2</source>
        <translation>&lt;b&gt;Demetra&lt;/b&gt; %1&lt;br&gt;Аналитика рекламы по всем каналам: KPI как отношения сумм, детализация, анализ аудитории и времени.&lt;br&gt;База данных: %2</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1 rows · data %2</source>
        <translation>Строк: %1 · данные: %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — 1 unread alert</source>
        <translation>%1 — 1 непрочитанное оповещение</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread alerts</source>
        <translation>
            <numerusform>%1 — %n непрочитанное оповещение</numerusform>
            <numerusform>%1 — %n непрочитанных оповещения</numerusform>
            <numerusform>%1 — %n непрочитанных оповещений</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh now: sync, rollups, forecasts and alerts, then recompute every page (F5)</source>
        <translation>Обновить сейчас: синхронизация, сводные таблицы, прогнозы и оповещения, затем пересчёт всех страниц (F5)</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::MinVolumeSpinBox</name>
    <message>
        <source> impressions</source>
        <translation> показов</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::MultiSelectButton</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>(nothing to choose from in the data)</source>
        <translation>(в данных нет вариантов для выбора)</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: все</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>No restriction: every value counts</source>
        <translation>Без ограничений: учитываются все значения</translation>
    </message>
    <message>
        <source>Not in the data: %1</source>
        <translation>Нет в данных: %1</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::OAuthSignIn</name>
    <message numerus="yes">
        <source>%1: no answer from the browser within %n minute(s); sign in again.</source>
        <translation>
            <numerusform>%1: браузер не ответил в течение %n минуты; войдите снова.</numerusform>
            <numerusform>%1: браузер не ответил в течение %n минут; войдите снова.</numerusform>
            <numerusform>%1: браузер не ответил в течение %n минут; войдите снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no sign-in with a browser for desktop apps; paste a token instead.</source>
        <translation>%1 не поддерживает вход через браузер для настольных приложений; вставьте токен.</translation>
    </message>
    <message>
        <source>Type the client id of your own OAuth client (Demetra ships none).</source>
        <translation>Введите идентификатор клиента вашего собственного OAuth-клиента (в поставке Demetra его нет).</translation>
    </message>
    <message>
        <source>Cannot receive the browser&apos;s answer: port %1 on 127.0.0.1 is in use; choose another redirect port or close the program using it.</source>
        <translation>Не удаётся получить ответ браузера: порт %1 на 127.0.0.1 занят; выберите другой порт перенаправления или закройте программу, которая его использует.</translation>
    </message>
    <message>
        <source>You can close this tab and return to Demetra.</source>
        <translation>Эту вкладку можно закрыть и вернуться в Demetra.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in to %1 in the browser…</source>
        <translation>Ожидание входа в %1 в браузере…</translation>
    </message>
    <message>
        <source>The browser could not be opened: open this address yourself: %1</source>
        <translation>Не удалось открыть браузер; откройте этот адрес самостоятельно: %1</translation>
    </message>
    <message>
        <source>%1: the browser&apos;s answer does not belong to this sign-in (state mismatch) and was refused; sign in again.</source>
        <translation>%1: ответ браузера не относится к этому входу (несовпадение state) и отклонён; войдите снова.</translation>
    </message>
    <message>
        <source>%1: access was not granted in the browser; sign in again and allow access.</source>
        <translation>%1: доступ в браузере не предоставлен; войдите снова и разрешите доступ.</translation>
    </message>
    <message>
        <source>%1: the sign-in failed (%2: %3).</source>
        <translation>%1: вход не выполнен (%2: %3).</translation>
    </message>
    <message>
        <source>%1: the browser&apos;s answer has no authorization code; sign in again.</source>
        <translation>%1: в ответе браузера нет кода авторизации; войдите снова.</translation>
    </message>
    <message>
        <source>Signed in; asking %1 for the tokens…</source>
        <translation>Вход выполнен; запрос токенов у %1…</translation>
    </message>
    <message>
        <source>%1: the token endpoint cannot be reached (%2); check the connection and sign in again.</source>
        <translation>%1: сервер токенов недоступен (%2); проверьте подключение и войдите снова.</translation>
    </message>
    <message>
        <source>%1: the token endpoint answered HTTP %2; sign in again later.</source>
        <translation>%1: сервер токенов ответил HTTP %2; попробуйте войти позже.</translation>
    </message>
    <message>
        <source>Asking %1 for a long-lived token…</source>
        <translation>Запрос долгосрочного токена у %1…</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::OAuthSignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Вход в %1</translation>
    </message>
    <message>
        <source>http://127.0.0.1:…/callback (a free port is chosen at each sign-in; set the redirect_port option to fix it)</source>
        <translation>http://127.0.0.1:…/callback (при каждом входе выбирается свободный порт; чтобы закрепить его, задайте параметр redirect_port)</translation>
    </message>
    <message>
        <source>Redirect URI: %1</source>
        <translation>URI перенаправления: %1</translation>
    </message>
    <message>
        <source>Demetra ships no OAuth client: the sign-in uses yours, and the client secret is stored with the tokens in the system keychain.</source>
        <translation>В поставке Demetra нет OAuth-клиента: для входа используется ваш, а секрет клиента хранится вместе с токенами в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>&amp;ID приложения:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Идентификатор клиента:</translation>
    </message>
    <message>
        <source>App &amp;secret:</source>
        <translation>&amp;Секрет приложения:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Секрет клиента:</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser</source>
        <translation>Войти через &amp;браузер</translation>
    </message>
    <message>
        <source>Opens the platform&apos;s sign-in page in your browser; come back here when it says so</source>
        <translation>Открывает страницу входа площадки в браузере; вернитесь сюда, когда она это предложит</translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be stored in the system keychain: %1</source>
        <translation>Вход выполнен, но токены не удалось сохранить в системном хранилище паролей: %1</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Вход в %1 выполнен.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::OverviewPage</name>
    <message>
        <source>Growth by channel</source>
        <translation>Динамика по каналам</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Channel comparison</source>
        <translation>Сравнение каналов</translation>
    </message>
    <message>
        <source>ROI by channel</source>
        <translation>ROI по каналам</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>Доля расхода</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>Воронка конверсий</translation>
    </message>
    <message>
        <source>Reach and efficiency</source>
        <translation>Охват и эффективность</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>same period last year</source>
        <translation>тот же период прошлого года</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>предыдущий период</translation>
    </message>
    <message>
        <source>Cannot compute the overview: %1</source>
        <translation>Не удалось рассчитать обзор: %1</translation>
    </message>
    <message>
        <source>%1: no data for this filter</source>
        <translation>%1: нет данных для этого фильтра</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Нет данных для этого фильтра</translation>
    </message>
    <message>
        <source>The data for these channels, segments and audiences covers %1.</source>
        <translation>Данные по выбранным каналам, сегментам и аудиториям охватывают %1.</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>без сравнения</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>не с чем сравнивать</translation>
    </message>
    <message>
        <source>%1 · %2 rows</source>
        <translation>%1 · строк: %2</translation>
    </message>
    <message>
        <source>Compared with the %1: %2</source>
        <translation>База сравнения (%1): %2</translation>
    </message>
    <message>
        <source>Amounts in several currencies (%1) are added without conversion; filter by channel or source to compare money.</source>
        <translation>Суммы в нескольких валютах (%1) складываются без пересчёта; чтобы сравнивать денежные показатели, отфильтруйте данные по каналу или источнику.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::PaybackTableModel</name>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Expected ROI</source>
        <translation>Ожидаемый ROI</translation>
    </message>
    <message>
        <source>ROI 80 % band</source>
        <translation>80-процентный интервал ROI</translation>
    </message>
    <message>
        <source>Forecast spend</source>
        <translation>Прогноз расхода</translation>
    </message>
    <message>
        <source>Forecast revenue</source>
        <translation>Прогноз выручки</translation>
    </message>
    <message>
        <source>Payback date</source>
        <translation>Дата окупаемости</translation>
    </message>
    <message>
        <source>Payback interval</source>
        <translation>Интервал окупаемости</translation>
    </message>
    <message>
        <source>Backtest, or why there is no forecast</source>
        <translation>Бэктест или причина отсутствия прогноза</translation>
    </message>
    <message>
        <source>(forecast revenue − forecast spend) / forecast spend over the next %1 days</source>
        <translation>(прогноз выручки − прогноз расхода) / прогноз расхода на следующие %1 дн.</translation>
    </message>
    <message>
        <source>80 % band of the ROI over the horizon, from the errors of the same horizon ROI in the backtest folds (their number in brackets; with fewer than 5 separate folds the largest error, widened)</source>
        <translation>80-процентный интервал ROI на горизонте по ошибкам ROI на том же горизонте в фолдах бэктеста (их число в скобках; если отдельных фолдов меньше 5 — наибольшая ошибка с расширением)</translation>
    </message>
    <message>
        <source>The day cumulative revenue covers cumulative spend, counting from the start of the filter&apos;s period: actuals up to the last day with data, the forecast after it</source>
        <translation>День, когда накопленная выручка покрывает накопленный расход, считая с начала периода фильтра: факт до последнего дня с данными, затем прогноз</translation>
    </message>
    <message>
        <source>Earliest with the upper revenue band, latest with the lower revenue band (a channel already paid back: from actuals)</source>
        <translation>Самая ранняя дата — по верхней границе выручки, самая поздняя — по нижней (для уже окупившегося канала — по факту)</translation>
    </message>
    <message>
        <source>How the ROI forecast did in %1 rolling-origin backtests against last week&apos;s values</source>
        <translation>Как прогноз ROI показал себя в %1 бэктестах со скользящим началом по сравнению со значениями прошлой недели</translation>
    </message>
    <message>
        <source>No forecast</source>
        <translation>Нет прогноза</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 folds)</source>
        <translation>от %1 до %2 (фолдов: %3)</translation>
    </message>
    <message>
        <source>paid back on %1</source>
        <translation>окупился %1</translation>
    </message>
    <message>
        <source>nothing spent</source>
        <translation>расхода нет</translation>
    </message>
    <message>
        <source>from actuals</source>
        <translation>по факту</translation>
    </message>
    <message>
        <source>%1 or later, maybe not within the horizon</source>
        <translation>%1 или позже, возможно, за пределами горизонта</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>not backtested</source>
        <translation>бэктест не проводился</translation>
    </message>
    <message>
        <source>beats naive by %1</source>
        <translation>лучше наивного на %1</translation>
    </message>
    <message>
        <source>does not beat naive</source>
        <translation>не лучше наивного</translation>
    </message>
    <message>
        <source>Forecast revenue %1 against forecast spend %2 over %3 days.
The 80 % band comes from the errors of the horizon ROI in %4 backtest folds (%5 of them with separate windows).
%6</source>
        <translation>Прогноз выручки %1 против прогноза расхода %2 за %3 дн.
80-процентный интервал получен из ошибок ROI на горизонте в %4 фолдах бэктеста (из них с отдельными окнами: %5).
%6</translation>
    </message>
    <message>
        <source>Counted from %1: %2 spent and %3 earned up to %4; revenue has covered spend since %5.</source>
        <translation>С %1: потрачено %2 и получено %3 по %4; выручка покрывает расход с %5.</translation>
    </message>
    <message>
        <source>Counted from %1: %2 spent and %3 earned up to %4; with the forecast, revenue covers spend on %5.</source>
        <translation>С %1: потрачено %2 и получено %3 по %4; с учётом прогноза выручка покроет расход %5.</translation>
    </message>
    <message>
        <source>Counted from %1: %2 spent and %3 earned up to %4; with the forecast, revenue does not cover spend by %5.</source>
        <translation>С %1: потрачено %2 и получено %3 по %4; с учётом прогноза выручка не покроет расход к %5.</translation>
    </message>
    <message>
        <source>Nothing was spent from %1 to the end of the horizon.</source>
        <translation>С %1 до конца горизонта расхода не было.</translation>
    </message>
    <message>
        <source>%1
Model MAE %2, naive MAE %3 (ROI points), %4 folds</source>
        <translation>%1
MAE модели %2, MAE наивного прогноза %3 (в пунктах ROI), фолдов: %4</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::PlaceholderPage</name>
    <message>
        <source>Not available in this version yet.</source>
        <translation>Пока недоступно в этой версии.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::PlannedBudgetsDialog</name>
    <message>
        <source>Planned budgets</source>
        <translation>Плановые бюджеты</translation>
    </message>
    <message>
        <source>A budget overrun alert fires when a channel&apos;s (or a campaign&apos;s) spend over a planned period passes the share of its budget set in Settings → Alerts and refresh.</source>
        <translation>Оповещение о перерасходе бюджета срабатывает, когда расход канала (или кампании) за плановый период превышает долю бюджета, заданную в разделе «Настройки → Оповещения и обновление».</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>The channels in your data; type a name for one not imported yet</source>
        <translation>Каналы из ваших данных; введите название, если канал ещё не импортирован</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Optional: one campaign (empty: the whole channel)</source>
        <translation>Необязательно: одна кампания (пусто — весь канал)</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Кампания:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>The currency of the amount (the account currency of the channel&apos;s data)</source>
        <translation>Валюта суммы (валюта аккаунта в данных канала)</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cannot read the planned budgets: %1</source>
        <translation>Не удалось прочитать плановые бюджеты: %1</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Все кампании</translation>
    </message>
    <message>
        <source>Choose the channel the budget is for.</source>
        <translation>Выберите канал, для которого задаётся бюджет.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Период заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::PreviewTableModel</name>
    <message>
        <source>Line %1 of the file</source>
        <translation>Строка %1 файла</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is read as: %2</source>
        <translation>Столбец «%1» читается как: %2</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::RecommendationsPage</name>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Could not write a recommendation: %1</source>
        <translation>Не удалось составить рекомендацию: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop writing the recommendation; nothing is stored</source>
        <translation>Прекратить составление рекомендации; ничего не сохраняется</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Сформировать заново</translation>
    </message>
    <message>
        <source>Write a new recommendation for the selected period (Ctrl+R). Without a language model configured in Settings it is written locally and nothing leaves the machine.</source>
        <translation>Составить новую рекомендацию за выбранный период (Ctrl+R). Если языковая модель не настроена в настройках, рекомендация составляется локально и данные не покидают компьютер.</translation>
    </message>
    <message>
        <source>No recommendation yet: there is no data in the selected period. Import data or widen the filter, then press Regenerate.</source>
        <translation>Рекомендаций пока нет: в выбранном периоде нет данных. Импортируйте данные или расширьте фильтр, затем нажмите «Сформировать заново».</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Budget moves</source>
        <translation>Перераспределение бюджета</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Прогнозы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Запрос к %1…</translation>
    </message>
    <message>
        <source>Writing locally…</source>
        <translation>Составляется локально…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>%1 · from the figures of %2</source>
        <translation>%1 · по данным: %2</translation>
    </message>
    <message>
        <source>Best ROI: %1</source>
        <translation>Лучший ROI: %1</translation>
    </message>
    <message>
        <source>Worst ROI: %1</source>
        <translation>Худший ROI: %1</translation>
    </message>
    <message>
        <source>the gap is larger than day-to-day noise</source>
        <translation>разница превышает ежедневные колебания</translation>
    </message>
    <message>
        <source>the gap is within day-to-day noise</source>
        <translation>разница в пределах ежедневных колебаний</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3</source>
        <translation>Перенести %1 из %2 в %3</translation>
    </message>
    <message>
        <source>Open in budget planner</source>
        <translation>Открыть в планировщике бюджета</translation>
    </message>
    <message>
        <source>Show the Budget page with this move applied to the current split</source>
        <translation>Показать страницу «Бюджет», где это перераспределение применено к текущему распределению бюджета</translation>
    </message>
    <message>
        <source>No budget move is recommended.</source>
        <translation>Перераспределение бюджета не рекомендуется.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No action is needed on CPA, CTR, CPM or conversion.</source>
        <translation>Никаких действий по CPA, CTR, CPM и конверсии не требуется.</translation>
    </message>
    <message>
        <source>No risk was found.</source>
        <translation>Рисков не обнаружено.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 in %4 days (80 % band %5)</source>
        <translation>%1: %2 %3 за %4 дн. (80-процентный интервал %5)</translation>
    </message>
    <message>
        <source>Beat the seasonal-naive baseline in the backtest.</source>
        <translation>В бэктесте оказался точнее наивного сезонного прогноза.</translation>
    </message>
    <message>
        <source>Did not beat the seasonal-naive baseline in the backtest.</source>
        <translation>В бэктесте не оказался точнее наивного сезонного прогноза.</translation>
    </message>
    <message>
        <source>ROI model on held-out rows: MAE %1 (baseline %2), R² %3</source>
        <translation>Модель ROI на отложенной выборке: MAE %1 (базовый уровень %2), R² %3</translation>
    </message>
    <message>
        <source>No forecast was available.</source>
        <translation>Прогноз недоступен.</translation>
    </message>
    <message>
        <source>Written locally instead. %1</source>
        <translation>Составлено локально. %1</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::RefreshController</name>
    <message>
        <source>Refreshing…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Последнее обновление не удалось: %1</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Обновлено: %1</translation>
    </message>
    <message>
        <source>Last refresh %1 at %2</source>
        <translation>Последнее обновление %1 в %2</translation>
    </message>
    <message>
        <source> · next %1</source>
        <translation> · следующее: %1</translation>
    </message>
    <message>
        <source>Next refresh %1</source>
        <translation>Следующее обновление: %1</translation>
    </message>
    <message>
        <source>Last refresh: %1, %2 (%3)</source>
        <translation>Последнее обновление: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>Next refresh: %1 (every %n minute(s))</source>
        <translation>
            <numerusform>Следующее обновление: %1 (раз в %n минуту)</numerusform>
            <numerusform>Следующее обновление: %1 (раз в %n минуты)</numerusform>
            <numerusform>Следующее обновление: %1 (раз в %n минут)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not needed: this run follows a change made here (an import, a deletion or a sync).</source>
        <translation>Не требуется: этот запуск следует за изменением, сделанным в программе (импортом, удалением или синхронизацией).</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::RejectedRowTableModel</name>
    <message>
        <source>whole row</source>
        <translation>вся строка</translation>
    </message>
    <message>
        <source>The record as a whole is at fault (field count, quoting, duplicate)</source>
        <translation>Ошибка во всей записи (число полей, кавычки, дубликат)</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>Столбец %1 файла</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Исходный текст</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::RequestPreviewDialog</name>
    <message>
        <source>What will be sent</source>
        <translation>Что будет отправлено</translation>
    </message>
    <message>
        <source>No language model is configured, so nothing is sent: recommendations are written locally from these same figures. This is the body that would be sent once an endpoint is set.</source>
        <translation>Языковая модель не настроена, поэтому ничего не отправляется: рекомендации составляются локально по тем же данным. Это тело запроса, которое будет отправляться, когда будет задан адрес сервера.</translation>
    </message>
    <message>
        <source>This exact body is sent as a POST to %1 when a recommendation is written.</source>
        <translation>Именно это тело запроса отправляется методом POST на %1 при составлении рекомендации.</translation>
    </message>
    <message>
        <source>Only aggregated figures are included, never raw rows. The API key is sent only in the Authorization header and is never part of the body, so it is not shown here.</source>
        <translation>Передаются только агрегированные показатели, исходные строки — никогда. API-ключ передаётся только в заголовке Authorization и никогда не входит в тело запроса, поэтому здесь он не показан.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ScheduledReportNotifier</name>
    <message>
        <source>Daily report written: %1</source>
        <translation>Ежедневный отчёт записан: %1</translation>
    </message>
    <message>
        <source>Weekly report written: %1</source>
        <translation>Еженедельный отчёт записан: %1</translation>
    </message>
    <message>
        <source>Monthly report written: %1</source>
        <translation>Ежемесячный отчёт записан: %1</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Отчёт записан: %1</translation>
    </message>
    <message>
        <source>Scheduled report</source>
        <translation>Отчёт по расписанию</translation>
    </message>
    <message>
        <source>Scheduled report not written</source>
        <translation>Отчёт по расписанию не записан</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::ScheduledReportPanel</name>
    <message>
        <source>Demetra can write an Excel workbook with every table (KPIs, channels, campaigns, daily figures, forecasts, budget and open alerts) into a folder when the background refresh runs, once per period. Scheduled reports are Excel workbooks; PDF and CSV reports are made on demand.</source>
        <translation>Demetra может записывать в папку книгу Excel со всеми таблицами (KPI, каналы, кампании, показатели по дням, прогнозы, бюджет и открытые оповещения) при фоновом обновлении — один раз за период. Отчёты по расписанию формируются как книги Excel; отчёты в PDF и CSV создаются по запросу.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Write a report:</source>
        <translation>Записывать отчёт:</translation>
    </message>
    <message>
        <source>The folder the workbooks are written into</source>
        <translation>Папка, в которую сохраняются книги Excel</translation>
    </message>
    <message>
        <source>A file already in the folder for its period is never overwritten by the schedule: delete it to have the report written again at the next refresh.</source>
        <translation>Файл за период, который уже есть в папке, никогда не перезаписывается по расписанию: удалите его, чтобы отчёт был создан заново при следующем обновлении.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Write one now</source>
        <translation>Создать сейчас</translation>
    </message>
    <message>
        <source>Write the current period&apos;s workbook into the folder now, replacing that period&apos;s file if it is there</source>
        <translation>Сейчас же сохранить в папку книгу Excel за текущий период, заменив файл за этот период, если он там есть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>Отменено: отчёт не создан.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Отчёт не создан: %1</translation>
    </message>
    <message>
        <source>Wrote %1. &lt;a href=&quot;%2&quot;&gt;Open the folder&lt;/a&gt;</source>
        <translation>Создан файл %1. &lt;a href=&quot;%2&quot;&gt;Открыть папку&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Folder for scheduled reports</source>
        <translation>Папка для отчётов по расписанию</translation>
    </message>
    <message>
        <source>No report is written on a schedule; reports can still be made on demand.</source>
        <translation>Отчёты по расписанию не создаются; отчёты по-прежнему можно создавать вручную.</translation>
    </message>
    <message>
        <source>Every day, yesterday&apos;s figures, for example %1</source>
        <translation>Ежедневно, данные за вчерашний день, например %1</translation>
    </message>
    <message>
        <source>Every week, the last full week from Monday to Sunday, for example %1</source>
        <translation>Еженедельно, за последнюю полную неделю с понедельника по воскресенье, например %1</translation>
    </message>
    <message>
        <source>Every month, the last full calendar month, for example %1</source>
        <translation>Ежемесячно, за последний полный календарный месяц, например %1</translation>
    </message>
    <message>
        <source>Off: no report is written on a schedule.</source>
        <translation>Выключено: отчёты по расписанию не создаются.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>Choose a folder: without one the report cannot be written.</source>
        <translation>Выберите папку: без неё отчёт невозможно сохранить.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: the report cannot be written there.</source>
        <translation>Папка %1 не существует: сохранить в неё отчёт невозможно.</translation>
    </message>
    <message>
        <source>This period&apos;s report (%1) is in the folder: %2. The next one is written when the period after it is complete.</source>
        <translation>Отчёт за этот период (%1) уже в папке: %2. Следующий будет создан, когда завершится следующий период.</translation>
    </message>
    <message>
        <source>Next report: %1, covering %2, written at the next background refresh.</source>
        <translation>Следующий отчёт: %1, за период %2; будет создан при следующем фоновом обновлении.</translation>
    </message>
    <message>
        <source>Choose daily, weekly or monthly first.</source>
        <translation>Сначала выберите: ежедневно, еженедельно или ежемесячно.</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The new language applies when Demetra starts next time.</source>
        <translation>Новый язык будет применён при следующем запуске Demetra.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Groups with fewer impressions are left out of the audience and best-time rankings, so a tiny group cannot top a list by chance.</source>
        <translation>Группы с меньшим числом показов не учитываются в рейтингах аудиторий и лучшего времени, чтобы маленькая группа не оказалась на первом месте случайно.</translation>
    </message>
    <message>
        <source>Minimum impressions for rankings:</source>
        <translation>Минимум показов для рейтингов:</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Показывать значок в системном трее</translation>
    </message>
    <message>
        <source>Tray:</source>
        <translation>Трей:</translation>
    </message>
    <message>
        <source>Alerts and refresh</source>
        <translation>Оповещения и обновление</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Языковая модель</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Start Demetra with --db PATH or --db postgresql://… to open another database once.</source>
        <translation>Запустите Demetra с --db ПУТЬ или --db postgresql://…, чтобы один раз открыть другую базу данных.</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Отчёты по расписанию</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::TrayIcon</name>
    <message>
        <source>Show Demetra</source>
        <translation>Показать Demetra</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Demetra — advertising analytics</source>
        <translation>Demetra — аналитика рекламы</translation>
    </message>
</context>
<context>
    <name>Demetra::Ui::WhatIfPanel</name>
    <message>
        <source>Back to the recommendation</source>
        <translation>Вернуться к рекомендации</translation>
    </message>
    <message>
        <source>%1 spend</source>
        <translation>%1: расход</translation>
    </message>
    <message>
        <source>Not enough data (%1): held at its current spend.</source>
        <translation>Недостаточно данных (%1): сохраняется текущий расход.</translation>
    </message>
    <message>
        <source>revenue %1</source>
        <translation>выручка %1</translation>
    </message>
    <message>
        <source>revenue unknown</source>
        <translation>выручка неизвестна</translation>
    </message>
    <message>
        <source>, ROI %1</source>
        <translation>, ROI %1</translation>
    </message>
    <message>
        <source>, %1 conv.</source>
        <translation>, конв.: %1</translation>
    </message>
    <message>
        <source> (beyond the data)</source>
        <translation> (за пределами данных)</translation>
    </message>
    <message>
        <source> (channels with unknown revenue left out)</source>
        <translation> (каналы с неизвестной выручкой не учтены)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total %1&lt;/b&gt;: expected revenue &lt;b&gt;%2&lt;/b&gt;%3, %4 conversions, ROI %5.</source>
        <translation>&lt;b&gt;Итого %1&lt;/b&gt;: ожидаемая выручка &lt;b&gt;%2&lt;/b&gt;%3, конверсий: %4, ROI %5.</translation>
    </message>
    <message>
        <source>Against the recommendation: spend %1, revenue %2, conversions %3.</source>
        <translation>Вопреки рекомендации: расход %1, выручка %2, конверсии %3.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Demetra advertising analytics</source>
        <translation>Demetra — аналитика рекламы</translation>
    </message>
    <message>
        <source>Interface language: en or ru.</source>
        <translation>Язык интерфейса: en или ru.</translation>
    </message>
    <message>
        <source>Import the bundled sample data when the database is empty.</source>
        <translation>Импортировать встроенные демо-данные, если база данных пуста.</translation>
    </message>
    <message>
        <source>Demetra cannot open its database</source>
        <translation>Demetra не может открыть свою базу данных</translation>
    </message>
    <message>
        <source>The database was restored from %1; the damaged file was kept as %2.</source>
        <translation>База данных восстановлена из %1; повреждённый файл сохранён как %2.</translation>
    </message>
    <message>
        <source>--page must be a4 or letter</source>
        <translation>--page должен быть a4 или letter</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>не дата (ГГГГ-ММ-ДД): %1</translation>
    </message>
    <message>
        <source>The database %1 does not exist; import a file first.</source>
        <translation>База данных %1 не существует; сначала импортируйте файл.</translation>
    </message>
    <message>
        <source>The database %1 is damaged; open Demetra to restore a backup.</source>
        <translation>База данных %1 повреждена; откройте Demetra, чтобы восстановить резервную копию.</translation>
    </message>
    <message>
        <source>Write a PDF report of the database to this file and quit, without showing a window (with --from, --to, --channel and --page).</source>
        <translation>Записать PDF-отчёт по базе данных в этот файл и завершить работу, не открывая окно (с параметрами --from, --to, --channel и --page).</translation>
    </message>
    <message>
        <source>--report: a4 or letter (default: by locale).</source>
        <translation>--report: a4 или letter (по умолчанию — по региональным настройкам).</translation>
    </message>
    <message>
        <source>--report: first day (YYYY-MM-DD).</source>
        <translation>--report: первый день (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>--report: last day (YYYY-MM-DD).</source>
        <translation>--report: последний день (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>--report: only these channels.</source>
        <translation>--report: только эти каналы.</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>Пароль командной базы данных</translation>
    </message>
    <message>
        <source>The password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Remember it in the system keychain</source>
        <translation>Запомнить в системной связке ключей</translation>
    </message>
    <message>
        <source>The database file, or a team server&apos;s postgresql://user@host:5432/database address.</source>
        <translation>Файл базы данных или адрес командного сервера postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>To work on this computer&apos;s own database meanwhile, start Demetra with --db %1 and choose it again in Settings → Database.</source>
        <translation>Чтобы пока работать с собственной базой данных этого компьютера, запустите Demetra с параметром --db %1 и снова выберите её в разделе «Настройки → База данных».</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>Не удалось сохранить пароль в системной связке ключей: %1</translation>
    </message>
</context>
<context>
    <name>DimensionPanel</name>
    <message>
        <source>Impressions: %1</source>
        <translation>Показы: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fact rows</source>
        <translation>
            <numerusform>%n строка данных</numerusform>
            <numerusform>%n строки данных</numerusform>
            <numerusform>%n строк данных</numerusform>
        </translation>
    </message>
    <message>
        <source>No value: the denominator is zero or the measure is missing.</source>
        <translation>Нет значения: знаменатель равен нулю или показатель отсутствует.</translation>
    </message>
</context>
<context>
    <name>DrillDownJob</name>
    <message>
        <source>The computation was cancelled.</source>
        <translation>Расчёт отменён.</translation>
    </message>
    <message>
        <source>Computing the table</source>
        <translation>Расчёт таблицы</translation>
    </message>
</context>
<context>
    <name>FactWriter</name>
    <message>
        <source>Cannot record the %1.</source>
        <translation>Не удалось сохранить запись (%1).</translation>
    </message>
</context>
<context>
    <name>FilePreviewReader</name>
    <message>
        <source>%1 holds no records.</source>
        <translation>В %1 нет записей.</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>Internal error</source>
        <translation>Внутренняя ошибка</translation>
    </message>
    <message>
        <source>The training parameters are out of range.</source>
        <translation>Параметры обучения вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>creating a model</source>
        <translation>создание модели</translation>
    </message>
    <message>
        <source>setting the training parameters</source>
        <translation>задание параметров обучения</translation>
    </message>
    <message>
        <source>training</source>
        <translation>обучение</translation>
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation>Обучение отменено.</translation>
    </message>
    <message>
        <source>reading a saved model</source>
        <translation>чтение сохранённой модели</translation>
    </message>
    <message>
        <source>The saved model is damaged or not an XGBoost model.</source>
        <translation>Сохранённая модель повреждена или не является моделью XGBoost.</translation>
    </message>
    <message>
        <source>The model was trained on other features (%1 expected, %2 given).</source>
        <translation>Модель обучена на других признаках (ожидалось %1, передано %2).</translation>
    </message>
    <message>
        <source>predicting</source>
        <translation>прогнозирование</translation>
    </message>
    <message>
        <source>saving the model</source>
        <translation>сохранение модели</translation>
    </message>
    <message>
        <source>The forecasting library failed while %1.</source>
        <translation>Сбой библиотеки прогнозирования на этапе «%1».</translation>
    </message>
    <message>
        <source>There are no rows to learn from or to predict.</source>
        <translation>Нет строк для обучения или прогноза.</translation>
    </message>
    <message>
        <source>A value to learn from is not a finite number.</source>
        <translation>Значение для обучения не является конечным числом.</translation>
    </message>
    <message>
        <source>preparing the data</source>
        <translation>подготовка данных</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>80 % interval</source>
        <translation>80-процентный интервал</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-процентный интервал</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Fitted (in sample)</source>
        <translation>Подгонка (на обучающей выборке)</translation>
    </message>
    <message>
        <source>Backtest predictions (out of sample)</source>
        <translation>Прогнозы бэктеста (на отложенной выборке)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Last day with data</source>
        <translation>Последний день с данными</translation>
    </message>
    <message>
        <source>%1
Forecast %2: %3
80 % interval: %4 to %5
95 % interval: %6 to %7</source>
        <translation>%1
%2, прогноз: %3
80-процентный интервал: от %4 до %5
95-процентный интервал: от %6 до %7</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>Predicted by the backtest (out of sample): %1</source>
        <translation>Прогноз бэктеста (на отложенной выборке): %1</translation>
    </message>
    <message>
        <source>Fitted (in sample): %1</source>
        <translation>Подгонка (на обучающей выборке): %1</translation>
    </message>
    <message>
        <source>Last day with data: %1. The forecast starts the next day.</source>
        <translation>Последний день с данными: %1. Прогноз начинается со следующего дня.</translation>
    </message>
    <message>
        <source>No channel has an ROI forecast: ROI needs spend and revenue per channel with enough history (see the table below for each channel&apos;s reason).</source>
        <translation>Ни для одного канала нет прогноза ROI: для него нужны расход и выручка по каналу с достаточной историей (причину по каждому каналу см. в таблице ниже).</translation>
    </message>
    <message>
        <source>Expected ROI over the horizon, %</source>
        <translation>Ожидаемый ROI за горизонт, %</translation>
    </message>
    <message>
        <source>Expected ROI</source>
        <translation>Ожидаемый ROI</translation>
    </message>
    <message>
        <source>%1: expected ROI %2 over %3 days
80 % band: %4 to %5 (from the horizon ROI errors of %6 backtest folds)
Backtest: %7
Payback: %8</source>
        <translation>%1: ожидаемый ROI %2 за %3 дн.
80-процентный интервал: от %4 до %5 (по ошибкам ROI за горизонт в фолдах бэктеста: %6)
Бэктест: %7
Окупаемость: %8</translation>
    </message>
    <message>
        <source>80 % band</source>
        <translation>80-процентный интервал</translation>
    </message>
</context>
<context>
    <name>ForecastCommand</name>
    <message>
        <source>%1: %2, %3 days ahead (%4 weeks)
</source>
        <translation>%1: %2, на %3 дн. вперёд (%4 нед.)
</translation>
    </message>
    <message>
        <source>%1: %2, %3 days ahead
</source>
        <translation>%1: %2, на %3 дн. вперёд
</translation>
    </message>
    <message>
        <source>Trained on %1 to %2 (%3 periods, all the history). %4
</source>
        <translation>Обучено на данных с %1 по %2 (периодов: %3, вся история). %4
</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>прогноз</translation>
    </message>
    <message>
        <source>80% low</source>
        <translation>нижн. 80%</translation>
    </message>
    <message>
        <source>80% high</source>
        <translation>верхн. 80%</translation>
    </message>
    <message>
        <source>Backtest: %1
</source>
        <translation>Бэктест: %1
</translation>
    </message>
    <message>
        <source>  model MAE %1, naive MAE %2 (%3), %4 folds of %5 periods each
</source>
        <translation>  MAE модели %1, MAE наивного прогноза %2 (%3), фолдов: %4, периодов в каждом: %5
</translation>
    </message>
    <message>
        <source>Over the horizon: %1 (80% band %2 to %3, from the errors of %4 backtest folds of %5 periods)
</source>
        <translation>За горизонт: %1 (80-процентный интервал от %2 до %3, по ошибкам фолдов бэктеста: %4, периодов в каждом: %5)
</translation>
    </message>
    <message>
        <source>Payback counted from %1 (actuals to %2, forecast after): %3; spent %4, earned %5 to date
</source>
        <translation>Окупаемость с %1 (факт по %2, далее прогноз): %3; на текущий момент израсходовано %4, заработано %5
</translation>
    </message>
    <message>
        <source>Expected ROI over the horizon: %1 (80% band %2 to %3, %4 backtest folds)
</source>
        <translation>Ожидаемый ROI за горизонт: %1 (80-процентный интервал от %2 до %3, фолдов бэктеста: %4)
</translation>
    </message>
    <message>
        <source>Payback: none (%1)
</source>
        <translation>Окупаемость: нет (%1)
</translation>
    </message>
    <message>
        <source>forecast needs exactly one --channel NAME</source>
        <translation>для forecast нужен ровно один параметр --channel ИМЯ</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;: forecast --metric takes spend, conversions, revenue, roi, impressions or ctr</source>
        <translation>неизвестная метрика «%1»: forecast --metric принимает spend, conversions, revenue, roi, impressions или ctr</translation>
    </message>
    <message>
        <source>--horizon takes a number of days from 7 to 90</source>
        <translation>--horizon принимает число дней от 7 до 90</translation>
    </message>
</context>
<context>
    <name>ForecastJob</name>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>Чтение истории</translation>
    </message>
    <message>
        <source>The horizon must be 7 to 90 days, not %1.</source>
        <translation>Горизонт должен быть от 7 до 90 дней, а не %1.</translation>
    </message>
    <message>
        <source>There is no data to forecast: import a file first.</source>
        <translation>Нет данных для прогноза: сначала импортируйте файл.</translation>
    </message>
    <message>
        <source>No channel named &quot;%1&quot; has data. Channels: %2.</source>
        <translation>Нет данных по каналу «%1». Каналы: %2.</translation>
    </message>
    <message>
        <source>Training and backtesting %1</source>
        <translation>Обучение и бэктест: %1</translation>
    </message>
    <message>
        <source>Forecasting ROI of %1</source>
        <translation>Прогноз ROI: %1</translation>
    </message>
</context>
<context>
    <name>GoogleAdsConnector</name>
    <message>
        <source>Google Ads account %1</source>
        <translation>Кабинет Google Ads %1</translation>
    </message>
    <message>
        <source>Google Ads: the customer id &quot;%1&quot; is not a number; copy the 10-digit id shown at the top of Google Ads (dashes are fine).</source>
        <translation>Google Ads: идентификатор клиента «%1» не является числом; скопируйте 10-значный идентификатор, показанный вверху страницы Google Ads (дефисы допустимы).</translation>
    </message>
    <message>
        <source>%1: the login-customer-id &quot;%2&quot; is not a number; enter the manager account&apos;s 10-digit id.</source>
        <translation>%1: login-customer-id «%2» не является числом; введите 10-значный идентификатор управляющего аккаунта.</translation>
    </message>
    <message>
        <source>%1: no access token; paste one.</source>
        <translation>%1: нет токена доступа; вставьте его.</translation>
    </message>
    <message>
        <source>%1: the address was not found (HTTP 404); check the base URL and the API version (now %2, for example v26).</source>
        <translation>%1: адрес не найден (HTTP 404); проверьте базовый URL и версию API (сейчас указана %2, пример: v26).</translation>
    </message>
    <message>
        <source>%1: the Google Ads API quota is exhausted (%2); Google asks to wait %3 s.</source>
        <translation>%1: квота Google Ads API исчерпана (%2); Google просит подождать %3 с.</translation>
    </message>
    <message>
        <source>%1: the Google Ads API quota is exhausted (%2); retrying after a pause.</source>
        <translation>%1: квота Google Ads API исчерпана (%2); повторная попытка после паузы.</translation>
    </message>
    <message>
        <source>%1: Google refused the access token (expired or revoked); sign in again or paste a new token.</source>
        <translation>%1: Google отклонил токен доступа (срок действия истёк или токен отозван); войдите снова или вставьте новый токен.</translation>
    </message>
    <message>
        <source>%1: the Google Cloud project behind the token only has Test access, which reaches test accounts only (%2); apply for Explorer or Basic API access for that project, or use a test account.</source>
        <translation>%1: у проекта Google Cloud, к которому относится токен, есть только тестовый доступ (Test access), действующий лишь для тестовых аккаунтов (%2); запросите для этого проекта доступ к API уровня Explorer или Basic либо используйте тестовый аккаунт.</translation>
    </message>
    <message>
        <source>%1: the signed-in user has no access to this account. If it is managed through a manager (MCC) account, set login-customer-id to the manager&apos;s id.</source>
        <translation>%1: у вошедшего пользователя нет доступа к этому аккаунту. Если он управляется через управляющий аккаунт (MCC), укажите в login-customer-id идентификатор управляющего аккаунта.</translation>
    </message>
    <message>
        <source>%1: the signed-in user has no access to this account through manager %2. Check login-customer-id: it must be the id of a manager account that manages this one.</source>
        <translation>%1: у вошедшего пользователя нет доступа к этому аккаунту через управляющий аккаунт %2. Проверьте login-customer-id: это должен быть идентификатор управляющего аккаунта, которому подчинён этот аккаунт.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not enabled (%2); check the customer id.</source>
        <translation>%1 не существует или не активен (%2); проверьте идентификатор клиента.</translation>
    </message>
    <message>
        <source>%1: Google Ads API version %2 is no longer supported; set a newer version (for example v26) in the account&apos;s settings.</source>
        <translation>%1: версия Google Ads API %2 больше не поддерживается; укажите более новую версию (например, v26) в настройках кабинета.</translation>
    </message>
    <message>
        <source>%1: Google Ads rejected Demetra&apos;s query (%2: %3). This is a bug in Demetra; please report it with this message.</source>
        <translation>%1: Google Ads отклонил запрос Demetra (%2: %3). Это ошибка в Demetra; пожалуйста, сообщите о ней, приложив это сообщение.</translation>
    </message>
    <message>
        <source>%1: permission denied (%2); check that the signed-in user can see this account.</source>
        <translation>%1: доступ запрещён (%2); проверьте, что вошедший пользователь видит этот аккаунт.</translation>
    </message>
    <message>
        <source>%1: Google Ads had a temporary failure (%2).</source>
        <translation>%1: временный сбой Google Ads (%2).</translation>
    </message>
    <message>
        <source>%1: Google Ads refused the request (%2): %3</source>
        <translation>%1: Google Ads отклонил запрос (%2): %3</translation>
    </message>
    <message>
        <source>%1, account details</source>
        <translation>%1, данные кабинета</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2, page %3</source>
        <translation>%1, %2, стр. %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: the next page token repeats an earlier page.</source>
        <translation>%1: токен следующей страницы повторяет одну из предыдущих страниц.</translation>
    </message>
    <message>
        <source>%1: the period %2 to %3 is empty.</source>
        <translation>%1: период с %2 по %3 пуст.</translation>
    </message>
    <message>
        <source>%1: reading the account</source>
        <translation>%1: чтение данных кабинета</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>%1: reading %2</source>
        <translation>%1: чтение %2</translation>
    </message>
    <message>
        <source>%1: row %2 is dated %3, outside the requested %4.</source>
        <translation>%1: строка %2 датирована %3, вне запрошенного периода %4.</translation>
    </message>
    <message>
        <source>%1: row %2 is in %3 but the account&apos;s currency is %4.</source>
        <translation>%1: строка %2 в валюте %3, а валюта кабинета — %4.</translation>
    </message>
    <message>
        <source>%1: %2 rows read</source>
        <translation>%1: прочитано строк: %2</translation>
    </message>
</context>
<context>
    <name>GoogleAdsStreamParser</name>
    <message>
        <source>Google Ads: the response is empty.</source>
        <translation>Google Ads: ответ пуст.</translation>
    </message>
    <message>
        <source>Google Ads: the response is cut off (not complete JSON at byte %1 of %2).</source>
        <translation>Google Ads: ответ обрезан (неполный JSON на байте %1 из %2).</translation>
    </message>
    <message>
        <source>Google Ads: the response is not JSON (%1 at byte %2).</source>
        <translation>Google Ads: ответ не является JSON (%1 на байте %2).</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>Google Ads: the answer contains an error (%1): %2</source>
        <translation>Google Ads: ответ содержит ошибку (%1): %2</translation>
    </message>
    <message>
        <source>Google Ads: the response is neither an array of batches nor an object.</source>
        <translation>Google Ads: ответ не является ни массивом пакетов, ни объектом.</translation>
    </message>
    <message>
        <source>Google Ads: batch %1 is not an object.</source>
        <translation>Google Ads: пакет %1 не является объектом.</translation>
    </message>
    <message>
        <source>Google Ads: batch %1: results is not an array.</source>
        <translation>Google Ads: пакет %1: results не является массивом.</translation>
    </message>
    <message>
        <source>Google Ads: %1 is not an object.</source>
        <translation>Google Ads: %1 не является объектом.</translation>
    </message>
    <message>
        <source>Google Ads: %1: segments.date &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Google Ads: %1: segments.date «%2» не является датой (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Google Ads: %1: campaign.id &quot;%2&quot; is missing or not a number.</source>
        <translation>Google Ads: %1: campaign.id «%2» отсутствует или не является числом.</translation>
    </message>
    <message>
        <source>Google Ads: %1: currencyCode &quot;%2&quot; is not a currency code.</source>
        <translation>Google Ads: %1: currencyCode «%2» не является кодом валюты.</translation>
    </message>
    <message>
        <source>Google Ads: %1: metrics.%2 &quot;%3&quot; is negative.</source>
        <translation>Google Ads: %1: metrics.%2 «%3» — отрицательное значение.</translation>
    </message>
    <message>
        <source>Google Ads: %1: metrics.%2 &quot;%3&quot; is not a whole number.</source>
        <translation>Google Ads: %1: metrics.%2 «%3» не является целым числом.</translation>
    </message>
    <message>
        <source>Google Ads: %1: metrics.conversions &quot;%2&quot; is not a non-negative number.</source>
        <translation>Google Ads: %1: metrics.conversions «%2» не является неотрицательным числом.</translation>
    </message>
    <message>
        <source>Google Ads: %1: metrics.conversionsValue &quot;%2&quot; is not a non-negative number.</source>
        <translation>Google Ads: %1: metrics.conversionsValue «%2» не является неотрицательным числом.</translation>
    </message>
    <message>
        <source>Google Ads: the customer&apos;s answer has no currency code.</source>
        <translation>Google Ads: в ответе с данными аккаунта нет кода валюты.</translation>
    </message>
    <message>
        <source>Google Ads: the customer query returned no customer.</source>
        <translation>Google Ads: запрос данных аккаунта (customer) не вернул ни одного аккаунта.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>The address %1 is not a valid URL.</source>
        <translation>Адрес %1 не является допустимым URL.</translation>
    </message>
    <message>
        <source>The address %1 is not HTTPS. Tokens are only sent over HTTPS (plain HTTP is allowed to this computer&apos;s loopback address only).</source>
        <translation>Адрес %1 не использует HTTPS. Токены передаются только по HTTPS (обычный HTTP допускается только для локального адреса этого компьютера).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>%1: the response is larger than %2 MB; ask for a shorter period.</source>
        <translation>%1: ответ превышает %2 МБ; запросите более короткий период.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s TLS certificate is not trusted, so nothing was sent. Check the address and the system&apos;s certificates.</source>
        <translation>%1: TLS-сертификат сервера не является доверенным, поэтому ничего не отправлено. Проверьте адрес и системные сертификаты.</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>полный ответ не получен за %1 с</translation>
    </message>
    <message>
        <source>%1: cannot reach the server (%2).</source>
        <translation>%1: не удаётся связаться с сервером (%2).</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (попыток сделано: %2, повторы прекращены)</translation>
    </message>
    <message>
        <source>%1 The platform asks to wait %2 minutes; try again later.</source>
        <translation>%1 Площадка просит подождать %2 мин.; повторите попытку позже.</translation>
    </message>
    <message>
        <source>%1: the platform&apos;s request limit is reached.</source>
        <translation>%1: достигнуто ограничение частоты запросов площадки.</translation>
    </message>
    <message>
        <source>%1: the server failed (HTTP %2).</source>
        <translation>%1: ошибка сервера (HTTP %2).</translation>
    </message>
    <message>
        <source>%1: the token was refused (expired or revoked); paste a new one.</source>
        <translation>%1: токен отклонён (истёк срок действия или он отозван); вставьте новый.</translation>
    </message>
    <message>
        <source>%1: the token has no permission for this account.</source>
        <translation>%1: у токена нет прав доступа к этому аккаунту.</translation>
    </message>
    <message>
        <source>%1: not found (HTTP 404).</source>
        <translation>%1: не найдено (HTTP 404).</translation>
    </message>
    <message>
        <source>%1: the server redirects elsewhere; redirects are not followed (the token would travel with them). Check the address.</source>
        <translation>%1: сервер перенаправляет запрос на другой адрес; перенаправления не выполняются (вместе с ними был бы передан токен). Проверьте адрес.</translation>
    </message>
    <message>
        <source>%1: the request failed (HTTP %2).</source>
        <translation>%1: запрос не выполнен (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Some dates put the day first and others the month first; rows whose date cannot be read either way are rejected. Choose the order to re-read them.</source>
        <translation>В одних датах первым идёт день, в других — месяц; строки с датами, которые не читаются ни так, ни так, отклонены. Выберите порядок, чтобы перечитать их.</translation>
    </message>
    <message>
        <source>The day/month order of the dates cannot be decided from this file (no day above 12); they were read day first. Choose month first if that is wrong.</source>
        <translation>По этому файлу нельзя определить порядок дня и месяца в датах (нет дней больше 12); даты прочитаны как «сначала день». Если это неверно, выберите «сначала месяц».</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Чтение %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>В файле %1 нет записей.</translation>
    </message>
    <message>
        <source>%1 has no date column: give the reporting period its figures cover.</source>
        <translation>В файле %1 нет столбца с датой: укажите отчётный период, к которому относятся данные.</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>В файле %1 есть заголовок, но нет строк с данными.</translation>
    </message>
    <message>
        <source>Rows are weekly: each covers the 7 days from its date.</source>
        <translation>Строки понедельные: каждая охватывает 7 дней начиная со своей даты.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Updating daily totals</source>
        <translation>Обновление дневных итогов</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Импорт завершён: %1</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Internal error</source>
        <translation>Внутренняя ошибка</translation>
    </message>
</context>
<context>
    <name>KpiExplanation</name>
    <message>
        <source>Σ spend %1</source>
        <translation>Σ расход %1</translation>
    </message>
    <message>
        <source>Σ revenue %1</source>
        <translation>Σ выручка %1</translation>
    </message>
    <message>
        <source>Σ impressions %1</source>
        <translation>Σ показы %1</translation>
    </message>
    <message>
        <source>Σ clicks %1</source>
        <translation>Σ клики %1</translation>
    </message>
    <message>
        <source>Σ conversions %1</source>
        <translation>Σ конверсии %1</translation>
    </message>
    <message>
        <source>Σ clicks %1 / Σ impressions %2</source>
        <translation>Σ клики %1 / Σ показы %2</translation>
    </message>
    <message>
        <source>Σ spend %1 / Σ clicks %2</source>
        <translation>Σ расход %1 / Σ клики %2</translation>
    </message>
    <message>
        <source>1000 × Σ spend %1 / Σ impressions %2</source>
        <translation>1000 × Σ расход %1 / Σ показы %2</translation>
    </message>
    <message>
        <source>Σ spend %1 / Σ conversions %2</source>
        <translation>Σ расход %1 / Σ конверсии %2</translation>
    </message>
    <message>
        <source>Σ conversions %1 / Σ clicks %2</source>
        <translation>Σ конверсии %1 / Σ клики %2</translation>
    </message>
    <message>
        <source>Σ revenue %1 / Σ spend %2</source>
        <translation>Σ выручка %1 / Σ расход %2</translation>
    </message>
    <message>
        <source>(Σ revenue %1 − Σ spend %2) / Σ spend %2</source>
        <translation>(Σ выручка %1 − Σ расход %2) / Σ расход %2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Значение: %1</translation>
    </message>
    <message>
        <source>No value: the denominator is zero or the data has no such measure.</source>
        <translation>Нет значения: знаменатель равен нулю или в данных нет такого показателя.</translation>
    </message>
    <message>
        <source>Rows used: %1</source>
        <translation>Использовано строк: %1</translation>
    </message>
    <message>
        <source>Warning: amounts in several currencies (%1) are added without conversion.</source>
        <translation>Внимание: суммы в нескольких валютах (%1) складываются без пересчёта.</translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Валюта: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Compared with the %1: %2</source>
        <translation>База сравнения (%1): %2</translation>
    </message>
    <message>
        <source>Comparison value: %1 (%2 rows), change %3</source>
        <translation>Значение для сравнения: %1 (строк: %2), изменение %3</translation>
    </message>
    <message>
        <source>No comparison period.</source>
        <translation>Нет периода для сравнения.</translation>
    </message>
</context>
<context>
    <name>LayoutDetector</name>
    <message>
        <source>Kaggle Social Media Ads</source>
        <translation>Kaggle Social Media Ads</translation>
    </message>
    <message>
        <source>Marketing Campaign Performance</source>
        <translation>Marketing Campaign Performance</translation>
    </message>
    <message>
        <source>Facebook ad campaigns export</source>
        <translation>Выгрузка кампаний Facebook Ads</translation>
    </message>
    <message>
        <source>Google Ads report export</source>
        <translation>Выгрузка отчёта Google Ads</translation>
    </message>
    <message>
        <source>Marketing mix (weekly)</source>
        <translation>Маркетинг-микс (по неделям)</translation>
    </message>
    <message>
        <source>Business outcomes</source>
        <translation>Бизнес-показатели</translation>
    </message>
    <message>
        <source>%1 export</source>
        <translation>Выгрузка %1</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>Импорт CSV</translation>
    </message>
    <message>
        <source>%1: no column names a date, campaign, channel or measure Demetra knows, so the layout is unknown. Headers: %2</source>
        <translation>%1: ни один столбец не называет известные Demetra дату, кампанию, канал или показатель, поэтому формат файла не распознан. Заголовки: %2</translation>
    </message>
    <message>
        <source>Kaggle Marketing Campaign Performance</source>
        <translation>Kaggle Marketing Campaign Performance</translation>
    </message>
    <message>
        <source>Kaggle Social Media Advertising</source>
        <translation>Kaggle Social Media Advertising</translation>
    </message>
    <message>
        <source>Facebook ad campaigns (no dates)</source>
        <translation>Кампании Facebook Ads (без дат)</translation>
    </message>
    <message>
        <source>Marketing mix, one column per channel</source>
        <translation>Маркетинг-микс, по столбцу на канал</translation>
    </message>
    <message>
        <source>Daily campaign export</source>
        <translation>Ежедневная выгрузка по кампаниям</translation>
    </message>
    <message>
        <source>Business outcomes by date</source>
        <translation>Бизнес-показатели по датам</translation>
    </message>
    <message>
        <source>%1: the columns do not match a known layout (no spend, impressions or clicks column). Headers: %2</source>
        <translation>%1: столбцы не соответствуют ни одному известному формату (нет столбца расхода, показов или кликов). Заголовки: %2</translation>
    </message>
    <message>
        <source>Dated figures that are not per campaign (%1) are stored as business outcomes.</source>
        <translation>Данные по датам без привязки к кампаниям (%1) сохраняются как бизнес-показатели.</translation>
    </message>
    <message>
        <source>Each row holds one period for every channel (%1): columns ending in _S are spend, _I impressions, _P clicks.</source>
        <translation>Каждая строка содержит один период по всем каналам (%1): столбцы с окончанием _S — расход, _I — показы, _P — клики.</translation>
    </message>
    <message>
        <source>every row is filed under %1, as chosen</source>
        <translation>все строки отнесены к каналу %1, как выбрано</translation>
    </message>
    <message>
        <source>the channel is read from column &quot;%1&quot;</source>
        <translation>канал берётся из столбца «%1»</translation>
    </message>
    <message>
        <source>every row is %1 (the layout is that platform&apos;s export)</source>
        <translation>все строки относятся к каналу %1 (это формат выгрузки этой платформы)</translation>
    </message>
    <message>
        <source>no column names the channel; the file name says %1</source>
        <translation>столбца с каналом нет; по имени файла это %1</translation>
    </message>
    <message>
        <source>%1 does not say which channel its rows belong to (no channel column, and the file name names none). Choose the channel for this file.</source>
        <translation>В файле %1 не указано, к какому каналу относятся строки (нет столбца с каналом, и имя файла его не называет). Выберите канал для этого файла.</translation>
    </message>
    <message>
        <source>Acquisition_Cost is the campaign&apos;s cost (spend).</source>
        <translation>Acquisition_Cost — затраты на кампанию (расход).</translation>
    </message>
    <message>
        <source>Conversions = Clicks × Conversion_Rate.</source>
        <translation>Конверсии = Клики × Conversion_Rate.</translation>
    </message>
    <message>
        <source>Revenue = cost × (1 + ROI).</source>
        <translation>Выручка = затраты × (1 + ROI).</translation>
    </message>
    <message>
        <source>A Campaign_ID that repeats with another company, goal or duration is another campaign; audience, segment, location and language are kept as slices.</source>
        <translation>Campaign_ID, повторяющийся с другой компанией, целью или длительностью, — это другая кампания; аудитория, сегмент, регион и язык сохраняются как срезы.</translation>
    </message>
    <message>
        <source>Conversions are Total_Conversion; rows are ads, kept as slices of their campaign (xyz_campaign_id) by ad set, age, gender and interest.</source>
        <translation>Конверсии — это Total_Conversion; строки — это объявления, они сохраняются как срезы своей кампании (xyz_campaign_id) по группе объявлений, возрасту, полу и интересу.</translation>
    </message>
    <message>
        <source>The file has no date column; its rows cover %1 – %2 (from the title lines).</source>
        <translation>В файле нет столбца с датой; строки относятся к периоду %1 – %2 (по шапке отчёта).</translation>
    </message>
    <message>
        <source>The file has no date column; its rows cover the reporting period you give.</source>
        <translation>В файле нет столбца с датой; строки относятся к отчётному периоду, который вы укажете.</translation>
    </message>
    <message>
        <source>Other breakdown columns (%1) keep sibling rows apart as slices of their campaign-day.</source>
        <translation>Прочие столбцы-срезы (%1) разделяют соседние строки одного дня кампании на отдельные срезы.</translation>
    </message>
    <message>
        <source>Columns not used: %1. Rows that differ only in them are summed.</source>
        <translation>Не используются столбцы: %1. Строки, различающиеся только ими, суммируются.</translation>
    </message>
    <message>
        <source>Meta Ads export</source>
        <translation>Выгрузка Meta Ads</translation>
    </message>
</context>
<context>
    <name>LlmClient</name>
    <message>
        <source>No LLM endpoint is configured: set an http or https base URL and a model.</source>
        <translation>Адрес сервера LLM не настроен: укажите базовый URL (http или https) и модель.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The LLM server&apos;s answer is larger than %1 MB; it was not read.</source>
        <translation>Ответ сервера LLM больше %1 МБ; он не был прочитан.</translation>
    </message>
    <message>
        <source>The LLM server at %1 did not answer within %2 s.</source>
        <translation>Сервер LLM по адресу %1 не ответил в течение %2 с.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Не удалось установить защищённое соединение с %1: %2</translation>
    </message>
    <message>
        <source>Could not reach the LLM server at %1: %2</source>
        <translation>Не удалось подключиться к серверу LLM по адресу %1: %2</translation>
    </message>
    <message>
        <source>The LLM server&apos;s answer was cut off before its end.</source>
        <translation>Ответ сервера LLM оборвался, не дойдя до конца.</translation>
    </message>
    <message>
        <source>The LLM server&apos;s answer is not valid JSON; it may have been cut off.</source>
        <translation>Ответ сервера LLM не является корректным JSON; возможно, он был обрезан.</translation>
    </message>
    <message>
        <source>The LLM server returned no answer (no choices).</source>
        <translation>Сервер LLM не вернул ответа (нет choices).</translation>
    </message>
    <message>
        <source>The model declined to answer: %1</source>
        <translation>Модель отказалась отвечать: %1</translation>
    </message>
    <message>
        <source>The model&apos;s answer has no text.</source>
        <translation>Ответ модели не содержит текста.</translation>
    </message>
    <message>
        <source>The LLM server redirected to %1: use that address as the base URL.</source>
        <translation>Сервер LLM выполнил перенаправление на %1: укажите этот адрес в качестве базового URL.</translation>
    </message>
    <message>
        <source>The LLM server refused the request (HTTP %1): check the API key.</source>
        <translation>Сервер LLM отказал в выполнении запроса (HTTP %1): проверьте API-ключ.</translation>
    </message>
    <message>
        <source>Model “%1” not found at %2 (HTTP 404): check the model name and the base URL.</source>
        <translation>Модель «%1» не найдена на %2 (HTTP 404): проверьте название модели и базовый URL.</translation>
    </message>
    <message>
        <source>The LLM provider reports the quota or credit is used up (HTTP %1): check the account&apos;s billing.</source>
        <translation>Провайдер LLM сообщает, что квота или баланс исчерпаны (HTTP %1): проверьте оплату в учётной записи.</translation>
    </message>
    <message>
        <source>The server rejected response_format %1 (HTTP %2: %3).</source>
        <translation>Сервер отклонил response_format %1 (HTTP %2: %3).</translation>
    </message>
    <message>
        <source>The server rejected the temperature; sent without it.</source>
        <translation>Сервер отклонил параметр temperature; запрос отправлен без него.</translation>
    </message>
    <message>
        <source>The LLM server is limiting the request rate (HTTP 429).</source>
        <translation>Сервер LLM ограничивает частоту запросов (HTTP 429).</translation>
    </message>
    <message>
        <source>The LLM server failed (HTTP %1): %2</source>
        <translation>Ошибка сервера LLM (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The LLM server rejected the request (HTTP %1): %2</source>
        <translation>Сервер LLM отклонил запрос (HTTP %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Прекращено после %n попытки.</numerusform>
            <numerusform>%1 Прекращено после %n попыток.</numerusform>
            <numerusform>%1 Прекращено после %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model&apos;s JSON is incomplete: it was cut off.</source>
        <translation>JSON в ответе модели неполный: он был обрезан.</translation>
    </message>
    <message>
        <source>The model&apos;s answer contains no JSON object.</source>
        <translation>Ответ модели не содержит JSON-объекта.</translation>
    </message>
</context>
<context>
    <name>LocalAdvisor</name>
    <message>
        <source>ROI %1, CPA %2, CTR %3, conversion rate %4, spend %5</source>
        <translation>ROI %1, CPA %2, CTR %3, конверсия %4, расход %5</translation>
    </message>
    <message>
        <source>previous period ROI %1</source>
        <translation>ROI за предыдущий период %1</translation>
    </message>
    <message>
        <source>daily ROI %1 ± %2 over %3 days</source>
        <translation>дневной ROI %1 ± %2 за %3 дн.</translation>
    </message>
    <message>
        <source>fewer than %1 days with spend and revenue</source>
        <translation>менее %1 дн. с расходом и выручкой</translation>
    </message>
    <message>
        <source>No channel has enough days with spend and revenue to compare ROI.</source>
        <translation>Ни у одного канала нет достаточного числа дней с расходом и выручкой, чтобы сравнить ROI.</translation>
    </message>
    <message>
        <source>Only %1 has enough data to judge: ROI %2.</source>
        <translation>Достаточно данных для оценки только у %1: ROI %2.</translation>
    </message>
    <message>
        <source>%1 returns the most (ROI %2) and %3 the least (ROI %4); the gap is larger than day-to-day noise (Welch t = %5, needs %6).</source>
        <translation>%1 даёт наибольшую отдачу (ROI %2), а %3 — наименьшую (ROI %4); разница превышает ежедневные колебания (t-критерий Уэлча = %5, требуется %6).</translation>
    </message>
    <message>
        <source>%1 (ROI %2) and %3 (ROI %4): not a significant difference; the gap is within day-to-day noise (Welch t = %5, needs %6).</source>
        <translation>%1 (ROI %2) и %3 (ROI %4): значимого различия нет; разница в пределах ежедневных колебаний (t-критерий Уэлча = %5, требуется %6).</translation>
    </message>
    <message>
        <source>No budget reallocation: %1</source>
        <translation>Без перераспределения бюджета: %1</translation>
    </message>
    <message>
        <source>Part of a reallocation expected to add %1 revenue (%2) over %3 days.</source>
        <translation>Часть перераспределения, которое должно дать дополнительно %1 выручки (%2) за %3 дн.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (expected ROI %4); %5: %6 → %7 (expected ROI %8), over %9 days</source>
        <translation>%1: %2 → %3 (ожидаемый ROI %4); %5: %6 → %7 (ожидаемый ROI %8), за %9 дн.</translation>
    </message>
    <message>
        <source>The optimiser keeps the current split of %1 over %2 days.</source>
        <translation>Оптимизатор сохраняет текущее распределение %1 на %2 дн.</translation>
    </message>
    <message>
        <source>Moving budget as below (same total, %1 over %2 days) is expected to add %3 revenue (%4).</source>
        <translation>Перераспределение бюджета, как показано ниже (при той же сумме: %1 за %2 дн.), должно дать дополнительно %3 выручки (%4).</translation>
    </message>
    <message>
        <source>spend %1 → %2</source>
        <translation>расход %1 → %2</translation>
    </message>
    <message>
        <source>Lower the cost per acquisition on %1: cut the campaigns with the highest CPA and move their budget to the cheapest ones.</source>
        <translation>Снизьте стоимость конверсии в %1: сократите кампании с самой высокой CPA и перенесите их бюджет в самые дешёвые.</translation>
    </message>
    <message>
        <source>CPA worsened by %1 against the previous period.</source>
        <translation>CPA: ухудшение на %1 по сравнению с предыдущим периодом.</translation>
    </message>
    <message>
        <source>CPA %1 → %2; %3</source>
        <translation>CPA %1 → %2; %3</translation>
    </message>
    <message>
        <source>Check the landing pages and the offer on %1: fewer clicks turn into conversions.</source>
        <translation>Проверьте посадочные страницы и предложение в %1: всё меньше кликов приводит к конверсиям.</translation>
    </message>
    <message>
        <source>Conversion rate worsened by %1 against the previous period.</source>
        <translation>Конверсия ухудшилась на %1 по сравнению с предыдущим периодом.</translation>
    </message>
    <message>
        <source>conversion rate %1 → %2; %3</source>
        <translation>конверсия %1 → %2; %3</translation>
    </message>
    <message>
        <source>Refresh the creatives and tighten the targeting on %1.</source>
        <translation>Обновите креативы и сузьте таргетинг в %1.</translation>
    </message>
    <message>
        <source>CTR worsened by %1 against the previous period.</source>
        <translation>CTR: ухудшение на %1 по сравнению с предыдущим периодом.</translation>
    </message>
    <message>
        <source>CTR %1 → %2; %3</source>
        <translation>CTR %1 → %2; %3</translation>
    </message>
    <message>
        <source>Impressions got dearer on %1: broaden the audience or lower the bids.</source>
        <translation>Показы в %1 подорожали: расширьте аудиторию или снизьте ставки.</translation>
    </message>
    <message>
        <source>CPM worsened by %1 against the previous period.</source>
        <translation>CPM: ухудшение на %1 по сравнению с предыдущим периодом.</translation>
    </message>
    <message>
        <source>CPM %1 → %2; %3</source>
        <translation>CPM %1 → %2; %3</translation>
    </message>
    <message>
        <source>Spend here returns less than the minimum ROI you set.</source>
        <translation>Расход здесь приносит меньше заданного вами минимального ROI.</translation>
    </message>
    <message>
        <source>Each conversion costs more than your maximum CPA.</source>
        <translation>Каждая конверсия обходится дороже заданной вами максимальной CPA.</translation>
    </message>
    <message>
        <source>Too few clicks turn into conversions.</source>
        <translation>Слишком мало кликов приводит к конверсиям.</translation>
    </message>
    <message>
        <source>People click but do not convert: check the landing page.</source>
        <translation>Пользователи кликают, но не совершают конверсию: проверьте посадочную страницу.</translation>
    </message>
    <message>
        <source>The audience engages less with the ads.</source>
        <translation>Вовлечённость аудитории в рекламу снизилась.</translation>
    </message>
    <message>
        <source>Spend is close to or above the planned budget.</source>
        <translation>Расход близок к плановому бюджету или превышает его.</translation>
    </message>
    <message>
        <source>The channel&apos;s ROI is well below the average of all channels.</source>
        <translation>ROI канала значительно ниже среднего по всем каналам.</translation>
    </message>
    <message>
        <source>A daily figure is far outside its usual range for that weekday.</source>
        <translation>Дневное значение сильно выходит за обычный для этого дня недели диапазон.</translation>
    </message>
    <message>
        <source>The data may be out of date: a background refresh step failed.</source>
        <translation>Данные могут быть устаревшими: шаг фонового обновления завершился с ошибкой.</translation>
    </message>
    <message>
        <source>Open %1 alert: %2 %3</source>
        <translation>Открытое оповещение (%1): %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 against %3</source>
        <translation>%1 %2 против %3</translation>
    </message>
    <message>
        <source>No ROI forecast for %1.</source>
        <translation>Нет прогноза ROI для %1.</translation>
    </message>
    <message>
        <source>The ROI forecast for %1 does not beat the naive forecast: use it with caution.</source>
        <translation>Прогноз ROI для %1 не лучше наивного прогноза: используйте его с осторожностью.</translation>
    </message>
    <message>
        <source>backtest: %1 % against naive over %2 folds</source>
        <translation>бэктест: %1 % относительно наивного прогноза (фолдов: %2)</translation>
    </message>
    <message>
        <source>%1 has no trustworthy response curve; the plan leaves it at its current spend.</source>
        <translation>Для %1 нет надёжной кривой отклика; план оставляет расход на текущем уровне.</translation>
    </message>
    <message>
        <source>%1 has too few days of data to judge.</source>
        <translation>По %1 слишком мало дней с данными для оценки.</translation>
    </message>
    <message>
        <source>%1 days with spend and revenue, %2 needed</source>
        <translation>дней с расходом и выручкой: %1, нужно %2</translation>
    </message>
    <message>
        <source>The ROI model does not predict better than each channel&apos;s average ROI.</source>
        <translation>Модель ROI прогнозирует не лучше, чем средний ROI каждого канала.</translation>
    </message>
    <message>
        <source>MAE %1 against baseline %2, R² %3</source>
        <translation>MAE %1 против базового уровня %2, R² %3</translation>
    </message>
    <message>
        <source>There is no data for the chosen period and filters.</source>
        <translation>Для выбранного периода и фильтров нет данных.</translation>
    </message>
    <message>
        <source>%1 KPI(s) worsened against the previous period.</source>
        <translation>KPI, ухудшившихся по сравнению с предыдущим периодом: %1.</translation>
    </message>
    <message>
        <source>%1 alert(s) open.</source>
        <translation>Открытых оповещений: %1.</translation>
    </message>
    <message>
        <source>The data from %1 now comes in another currency: compare periods before and after the change with care.</source>
        <translation>Данные из %1 теперь поступают в другой валюте: сравнивайте периоды до и после изменения с осторожностью.</translation>
    </message>
    <message>
        <source>The data from %1 may be out of date since %2: fix the connection on Data sources.</source>
        <translation>Данные из %1 могут быть устаревшими с %2: исправьте подключение на странице «Источники данных».</translation>
    </message>
    <message>
        <source>The data from %1 may be out of date: fix the connection on Data sources.</source>
        <translation>Данные из %1 могут быть устаревшими: исправьте подключение на странице «Источники данных».</translation>
    </message>
</context>
<context>
    <name>MetaConnector</name>
    <message>
        <source>Meta account %1</source>
        <translation>Кабинет Meta %1</translation>
    </message>
    <message>
        <source>Meta: the ad account id &quot;%1&quot; is not a number; copy it from Ads Manager (act_ and digits).</source>
        <translation>Meta: идентификатор рекламного кабинета «%1» не является числом; скопируйте его из Ads Manager (act_ и цифры).</translation>
    </message>
    <message>
        <source>%1: no access token; paste one.</source>
        <translation>%1: нет токена доступа; вставьте его.</translation>
    </message>
    <message>
        <source>%1: Meta&apos;s request limit is reached (code %2); Meta asks to wait %3 minutes.</source>
        <translation>%1: достигнут лимит запросов Meta (код %2); Meta просит подождать %3 мин.</translation>
    </message>
    <message>
        <source>%1: Meta&apos;s request limit is reached (code %2); retrying after a pause.</source>
        <translation>%1: достигнут лимит запросов Meta (код %2); повторная попытка после паузы.</translation>
    </message>
    <message>
        <source>%1: Meta refuses to return this much data in one call (code %2); shorten the period or allow asynchronous reports.</source>
        <translation>%1: Meta отказывается возвращать столько данных за один запрос (код %2); сократите период или разрешите асинхронные отчёты.</translation>
    </message>
    <message>
        <source>%1: the token has expired or was revoked (code %2); paste a new token.</source>
        <translation>%1: срок действия токена истёк или токен отозван (код %2); вставьте новый токен.</translation>
    </message>
    <message>
        <source>%1: the token lacks permission for this ad account (code %2); grant ads_read on the account to the token&apos;s user or system user.</source>
        <translation>%1: у токена нет прав на этот рекламный кабинет (код %2); предоставьте разрешение ads_read на кабинет пользователю или системному пользователю, которому принадлежит токен.</translation>
    </message>
    <message>
        <source>%1: Meta no longer serves API version %2 (code %3); set a newer version (for example v25.0) in the account&apos;s settings.</source>
        <translation>%1: Meta больше не поддерживает версию API %2 (код %3); укажите более новую версию (например, v25.0) в настройках кабинета.</translation>
    </message>
    <message>
        <source>%1 does not exist or the token cannot see it (code %2); check the account id.</source>
        <translation>%1 не существует или недоступен для токена (код %2); проверьте идентификатор кабинета.</translation>
    </message>
    <message>
        <source>%1: Meta had a temporary failure (code %2): %3</source>
        <translation>%1: временный сбой Meta (код %2): %3</translation>
    </message>
    <message>
        <source>%1: Meta refused the request (code %2): %3</source>
        <translation>%1: Meta отклонила запрос (код %2): %3</translation>
    </message>
    <message>
        <source>%1: Meta reports the account&apos;s API usage at its limit and asks to pause %2 minutes; try again later.</source>
        <translation>%1: Meta сообщает, что использование API кабинетом достигло лимита, и просит подождать %2 мин. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>%1, account details</source>
        <translation>%1, данные кабинета</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, стр. %2</translation>
    </message>
    <message>
        <source>%1, page %2: %3</source>
        <translation>%1, стр. %2: %3</translation>
    </message>
    <message>
        <source>%1: more than %2 pages; shorten the period or raise max_pages.</source>
        <translation>%1: больше %2 страниц; сократите период или увеличьте max_pages.</translation>
    </message>
    <message>
        <source>%1: the next page link points to another address (%2); stopped so the token is not sent there.</source>
        <translation>%1: ссылка на следующую страницу ведёт на другой адрес (%2); чтение остановлено, чтобы не отправлять туда токен.</translation>
    </message>
    <message>
        <source>%1: the next page link repeats an earlier page.</source>
        <translation>%1: ссылка на следующую страницу повторяет одну из предыдущих страниц.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>%1, report run for %2</source>
        <translation>%1, запуск отчёта за %2</translation>
    </message>
    <message>
        <source>%1, report run %2 status</source>
        <translation>%1, статус запуска отчёта %2</translation>
    </message>
    <message>
        <source>%1: Meta&apos;s report run for %2 ended with &quot;%3&quot;: %4</source>
        <translation>%1: запуск отчёта Meta за %2 завершился со статусом «%3»: %4</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>%1: the report for %2 did not finish within %3 minutes; try again later or raise async_timeout_minutes.</source>
        <translation>%1: отчёт за %2 не завершился за %3 мин.; повторите попытку позже или увеличьте async_timeout_minutes.</translation>
    </message>
    <message>
        <source>%1, report %2</source>
        <translation>%1, отчёт %2</translation>
    </message>
    <message>
        <source>%1: the period %2 to %3 is empty.</source>
        <translation>%1: период с %2 по %3 пуст.</translation>
    </message>
    <message>
        <source>%1: reading the account</source>
        <translation>%1: чтение данных кабинета</translation>
    </message>
    <message>
        <source>%1: days from %2 on are not complete yet and were not read.</source>
        <translation>%1: дни начиная с %2 ещё не полные и не прочитаны.</translation>
    </message>
    <message>
        <source>%1: reading %2 to %3, page %4</source>
        <translation>%1: чтение с %2 по %3, стр. %4</translation>
    </message>
    <message>
        <source>%1, insights %2 to %3</source>
        <translation>%1, статистика с %2 по %3</translation>
    </message>
    <message>
        <source>%1: %2 to %3 was read as an asynchronous report (too much data for one call).</source>
        <translation>%1: период с %2 по %3 прочитан как асинхронный отчёт (слишком много данных для одного запроса).</translation>
    </message>
    <message>
        <source>%1: row %2 is dated %3, outside the requested %4 to %5.</source>
        <translation>%1: строка %2 датирована %3, вне запрошенного периода с %4 по %5.</translation>
    </message>
    <message>
        <source>%1: row %2 is in %3 but the account&apos;s currency is %4.</source>
        <translation>%1: строка %2 в валюте %3, а валюта кабинета — %4.</translation>
    </message>
    <message>
        <source>%1: Meta omitted reach for %2 rows.</source>
        <translation>%1: Meta не вернула охват для строк: %2.</translation>
    </message>
    <message>
        <source>%1: %2 rows read</source>
        <translation>%1: прочитано строк: %2</translation>
    </message>
</context>
<context>
    <name>MetaInsightsParser</name>
    <message>
        <source>Meta: the response is empty.</source>
        <translation>Meta: ответ пуст.</translation>
    </message>
    <message>
        <source>Meta: the response is cut off (not complete JSON at byte %1 of %2).</source>
        <translation>Meta: ответ обрезан (неполный JSON на байте %1 из %2).</translation>
    </message>
    <message>
        <source>Meta: the response is not JSON (%1 at byte %2).</source>
        <translation>Meta: ответ не является JSON (%1 на байте %2).</translation>
    </message>
    <message>
        <source>Meta: the response is not a JSON object.</source>
        <translation>Meta: ответ не является JSON-объектом.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>Meta: %1: %2 is not an array.</source>
        <translation>Meta: %1: %2 не является массивом.</translation>
    </message>
    <message>
        <source>Meta: %1: %2 &quot;%3&quot; value &quot;%4&quot; is not a non-negative number.</source>
        <translation>Meta: %1: %2 «%3»: значение «%4» не является неотрицательным числом.</translation>
    </message>
    <message>
        <source>Meta: %1: %2 &quot;%3&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Meta: %1: %2 «%3» не является датой (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Meta: the answer is an error, not data.</source>
        <translation>Meta: вместо данных получен ответ с ошибкой.</translation>
    </message>
    <message>
        <source>Meta: the response has no &quot;data&quot; array.</source>
        <translation>Meta: в ответе нет массива «data».</translation>
    </message>
    <message>
        <source>Meta: %1 is not an object.</source>
        <translation>Meta: %1 не является объектом.</translation>
    </message>
    <message>
        <source>Meta: %1: campaign_id is missing.</source>
        <translation>Meta: %1: отсутствует campaign_id.</translation>
    </message>
    <message>
        <source>Meta: %1: the row covers %2 to %3, not one day (time_increment must be 1).</source>
        <translation>Meta: %1: строка охватывает период с %2 по %3, а не один день (time_increment должен быть равен 1).</translation>
    </message>
    <message>
        <source>Meta: %1: account_currency &quot;%2&quot; is not a currency code.</source>
        <translation>Meta: %1: account_currency «%2» не является кодом валюты.</translation>
    </message>
    <message>
        <source>Meta: %1: spend &quot;%2&quot; is not a number.</source>
        <translation>Meta: %1: расход «%2» не является числом.</translation>
    </message>
    <message>
        <source>Meta: %1: spend &quot;%2&quot; is negative.</source>
        <translation>Meta: %1: расход «%2» отрицательный.</translation>
    </message>
    <message>
        <source>Meta: %1: %2 &quot;%3&quot; is negative.</source>
        <translation>Meta: %1: %2 «%3» — отрицательное значение.</translation>
    </message>
    <message>
        <source>Meta: %1: %2 &quot;%3&quot; is not a whole number.</source>
        <translation>Meta: %1: %2 «%3» не является целым числом.</translation>
    </message>
    <message>
        <source>Meta: the report run has no valid report_run_id (&quot;%1&quot;).</source>
        <translation>Meta: у запуска отчёта нет корректного report_run_id («%1»).</translation>
    </message>
    <message>
        <source>Meta: the report run status has no async_status.</source>
        <translation>Meta: в статусе запуска отчёта нет async_status.</translation>
    </message>
    <message>
        <source>Meta: the ad account&apos;s answer has no currency.</source>
        <translation>Meta: в ответе по рекламному кабинету не указана валюта.</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Spend</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Показы</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Клики</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>CPC</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CPA (cost per lead)</source>
        <translation>CPA (цена лида)</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Конверсия (CR)</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Engagement score</source>
        <translation>Индекс вовлечённости</translation>
    </message>
    <message>
        <source>Σ spend</source>
        <translation>Σ расхода</translation>
    </message>
    <message>
        <source>Σ impressions</source>
        <translation>Σ показов</translation>
    </message>
    <message>
        <source>unique people reached; never summed across rows</source>
        <translation>уникальные охваченные пользователи; по строкам не суммируется</translation>
    </message>
    <message>
        <source>Σ clicks</source>
        <translation>Σ кликов</translation>
    </message>
    <message>
        <source>Σ conversions (leads, results)</source>
        <translation>Σ конверсий (лиды, результаты)</translation>
    </message>
    <message>
        <source>Σ revenue (conversion value)</source>
        <translation>Σ выручки (ценность конверсий)</translation>
    </message>
    <message>
        <source>Σ clicks / Σ impressions</source>
        <translation>Σ кликов / Σ показов</translation>
    </message>
    <message>
        <source>Σ spend / Σ clicks</source>
        <translation>Σ расхода / Σ кликов</translation>
    </message>
    <message>
        <source>1000 × Σ spend / Σ impressions</source>
        <translation>1000 × Σ расхода / Σ показов</translation>
    </message>
    <message>
        <source>Σ spend / Σ conversions</source>
        <translation>Σ расхода / Σ конверсий</translation>
    </message>
    <message>
        <source>Σ conversions / Σ clicks</source>
        <translation>Σ конверсий / Σ кликов</translation>
    </message>
    <message>
        <source>(Σ revenue − Σ spend) / Σ spend</source>
        <translation>(Σ выручки − Σ расхода) / Σ расхода</translation>
    </message>
    <message>
        <source>Σ revenue / Σ spend</source>
        <translation>Σ выручки / Σ расхода</translation>
    </message>
    <message>
        <source>impression-weighted mean of the engagement score</source>
        <translation>среднее индекса вовлечённости, взвешенное по показам</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the database&apos;s schema version.</source>
        <translation>Не удалось прочитать версию схемы базы данных.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Demetra (schema %1; this version knows up to %2). Update Demetra to open it; the file was not changed.</source>
        <translation>Эта база данных создана более новой версией Demetra (схема %1; эта версия поддерживает схемы до %2). Обновите Demetra, чтобы открыть её; файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade.</source>
        <translation>Не удалось начать обновление схемы.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed; it was left at schema %2.</source>
        <translation>Не удалось обновить базу данных до схемы %1; она осталась на схеме %2.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed.</source>
        <translation>Не удалось обновить базу данных до схемы %1.</translation>
    </message>
    <message>
        <source>The team database was upgraded by a newer version of Demetra (schema %1; this version knows up to %2). Update Demetra on this computer to use it; nothing was changed.</source>
        <translation>Общая база команды обновлена более новой версией Demetra (версия схемы %1; эта версия поддерживает не выше %2). Чтобы работать с ней, обновите Demetra на этом компьютере; никаких изменений не внесено.</translation>
    </message>
</context>
<context>
    <name>ModelRecord</name>
    <message>
        <source>The model&apos;s description file is damaged or from another program.</source>
        <translation>Файл описания модели повреждён или создан другой программой.</translation>
    </message>
    <message>
        <source>Cannot write the model file %1.</source>
        <translation>Не удаётся записать файл модели %1.</translation>
    </message>
    <message>
        <source>The model file %1 does not exist.</source>
        <translation>Файл модели %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot read the model file %1.</source>
        <translation>Не удаётся прочитать файл модели %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
</context>
<context>
    <name>ModelStore</name>
    <message>
        <source>No model was shipped with this build; train one.</source>
        <translation>В эту сборку не входит готовая модель; обучите её.</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>No %1 values for this filter</source>
        <translation>Нет значений «%1» для этого фильтра</translation>
    </message>
    <message>
        <source>No data for this filter</source>
        <translation>Нет данных для этого фильтра</translation>
    </message>
    <message>
        <source>%1, %2
%3: %4</source>
        <translation>%1, %2
%3: %4</translation>
    </message>
    <message>
        <source>Change of %1 per channel against the %2</source>
        <translation>Изменение показателя «%1» по каналам; база сравнения — %2</translation>
    </message>
    <message>
        <source>%1 (no value)</source>
        <translation>%1 (нет значения)</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>No ROI for this filter: the data has no revenue with spend</source>
        <translation>Нет ROI для этого фильтра: в данных нет выручки при ненулевом расходе</translation>
    </message>
    <message>
        <source>Profit (positive ROI)</source>
        <translation>Прибыль (положительный ROI)</translation>
    </message>
    <message>
        <source>Loss (negative ROI)</source>
        <translation>Убыток (отрицательный ROI)</translation>
    </message>
    <message>
        <source>%1
ROI: %2
Revenue %3, spend %4</source>
        <translation>%1
ROI: %2
Выручка %3, расход %4</translation>
    </message>
    <message>
        <source>ROI, %</source>
        <translation>ROI, %</translation>
    </message>
    <message>
        <source>No spend for this filter</source>
        <translation>Нет расхода для этого фильтра</translation>
    </message>
    <message>
        <source>%1
Spend: %2
Share of spend: %3</source>
        <translation>%1
Расход: %2
Доля расхода: %3</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>CTR %1</source>
        <translation>CTR %1</translation>
    </message>
    <message>
        <source>CR %1</source>
        <translation>CR %1</translation>
    </message>
    <message>
        <source>No impressions, clicks or conversions for this filter</source>
        <translation>Нет показов, кликов или конверсий для этого фильтра</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <source>logarithmic scale</source>
        <translation>логарифмическая шкала</translation>
    </message>
    <message>
        <source>%1 (reach proxy: reach is never summed)</source>
        <translation>%1 (вместо охвата: охват никогда не суммируется)</translation>
    </message>
    <message>
        <source>%1
Impressions: %2
%3: %4</source>
        <translation>%1
Показы: %2
%3: %4</translation>
    </message>
    <message>
        <source>Still settling</source>
        <translation>Данные ещё уточняются</translation>
    </message>
    <message>
        <source>Still settling from %1: the platforms may still revise these days (restatement window).</source>
        <translation>Данные с %1 ещё уточняются: площадки могут пересчитать эти дни (окно пересчёта).</translation>
    </message>
</context>
<context>
    <name>OverviewJob</name>
    <message>
        <source>Computing KPIs</source>
        <translation>Расчёт KPI</translation>
    </message>
    <message>
        <source>Comparing channels</source>
        <translation>Сравнение каналов</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Building the time series</source>
        <translation>Построение временного ряда</translation>
    </message>
</context>
<context>
    <name>Payback</name>
    <message>
        <source>not within the horizon</source>
        <translation>за пределами горизонта</translation>
    </message>
    <message>
        <source>paid back on %1</source>
        <translation>окупилось %1</translation>
    </message>
    <message>
        <source>%1 (80 %: %2 to %3)</source>
        <translation>%1 (80 %: %2 – %3)</translation>
    </message>
    <message>
        <source>not within the horizon (80 %: from %1)</source>
        <translation>за пределами горизонта (80 %: с %1)</translation>
    </message>
    <message>
        <source>nothing spent</source>
        <translation>расхода не было</translation>
    </message>
    <message>
        <source>Payback needs the spend and the revenue forecast of the same channel and horizon.</source>
        <translation>Для расчёта окупаемости нужны прогнозы расхода и выручки для одного и того же канала и горизонта.</translation>
    </message>
</context>
<context>
    <name>PaybackTableModel</name>
    <message>
        <source>not within the horizon</source>
        <translation>за пределами горизонта</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Key figures</source>
        <translation>Ключевые показатели</translation>
    </message>
    <message>
        <source>There is no data in the selected period: nothing to report. Import a file or widen the period.</source>
        <translation>За выбранный период нет данных: включать в отчёт нечего. Импортируйте файл или расширьте период.</translation>
    </message>
    <message>
        <source>Demetra advertising report</source>
        <translation>Рекламный отчёт Demetra</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Период: с %1 по %2</translation>
    </message>
    <message>
        <source>Compared with: %1 to %2</source>
        <translation>Сравнение с периодом: с %1 по %2</translation>
    </message>
    <message>
        <source>Period: no data</source>
        <translation>Период: нет данных</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Фильтры: %1</translation>
    </message>
    <message>
        <source>Generated: %1 UTC</source>
        <translation>Сформирован: %1 UTC</translation>
    </message>
    <message>
        <source>Warning: the period mixes currencies (%1); money sums add them as they are.</source>
        <translation>Внимание: в периоде встречаются разные валюты (%1); денежные суммы складываются без пересчёта.</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Актуальность данных</translation>
    </message>
    <message>
        <source>No data sources.</source>
        <translation>Нет источников данных.</translation>
    </message>
    <message>
        <source>connected account (%1)</source>
        <translation>подключённый кабинет (%1)</translation>
    </message>
    <message>
        <source>imported file</source>
        <translation>импортированный файл</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ещё не синхронизировано</translation>
    </message>
    <message>
        <source>(last sync: %1)</source>
        <translation>(последняя синхронизация: %1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Complete up to</source>
        <translation>Данные полные по</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Текущий период</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>Daily spend and revenue</source>
        <translation>Расход и выручка по дням</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Channel comparison</source>
        <translation>Сравнение каналов</translation>
    </message>
    <message>
        <source>ROI, %</source>
        <translation>ROI, %</translation>
    </message>
    <message>
        <source>Spend and revenue by channel</source>
        <translation>Расход и выручка по каналам</translation>
    </message>
    <message>
        <source>ROI by channel</source>
        <translation>ROI по каналам</translation>
    </message>
    <message>
        <source>ROI = (revenue − spend) / spend</source>
        <translation>ROI = (выручка − расход) / расход</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Прогнозы</translation>
    </message>
    <message>
        <source>Forecasts were not computed for this report.</source>
        <translation>Прогнозы для этого отчёта не рассчитывались.</translation>
    </message>
    <message numerus="yes">
        <source>Expected ROI over the next %n day(s) with the 80 % interval, and when revenue covers spend.</source>
        <translation>
            <numerusform>Ожидаемый ROI на ближайший %n день с 80-процентным интервалом и момент, когда выручка покроет расход.</numerusform>
            <numerusform>Ожидаемый ROI на ближайшие %n дня с 80-процентным интервалом и момент, когда выручка покроет расход.</numerusform>
            <numerusform>Ожидаемый ROI на ближайшие %n дней с 80-процентным интервалом и момент, когда выручка покроет расход.</numerusform>
        </translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Revenue, 80 %</source>
        <translation>Выручка, 80 %</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>ROI, 80 %</source>
        <translation>ROI, 80 %</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Окупаемость</translation>
    </message>
    <message>
        <source>Budget recommendation</source>
        <translation>Рекомендация по бюджету</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>No recommendations were written yet (Recommendations page, or demetra-cli advise).</source>
        <translation>Рекомендации ещё не составлены (страница «Рекомендации» или demetra-cli advise).</translation>
    </message>
    <message>
        <source>Demetra&apos;s local advisor</source>
        <translation>Локальный советник Demetra</translation>
    </message>
    <message>
        <source>Written by %1 on %2.</source>
        <translation>Составлено: %1, %2.</translation>
    </message>
    <message>
        <source>Move budget from %1 to %2: %3</source>
        <translation>Перераспределить бюджет из %1 в %2: %3</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Открытые оповещения</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Открытых оповещений нет.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С момента</translation>
    </message>
    <message>
        <source>Appendix: formulas</source>
        <translation>Приложение: формулы</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Every KPI is a ratio of sums over the period; a zero denominator gives no value (—). The change compares with the period of the same length just before. Money is summed exactly in the account currency. Forecast intervals are 80 % bands from rolling-origin backtests.</source>
        <translation>Каждый KPI — это отношение сумм за период; при нулевом знаменателе значение не вычисляется (—). Изменение считается относительно предыдущего периода той же длины. Денежные суммы складываются точно, в валюте аккаунта. Интервалы прогноза — 80-процентные интервалы по бэктестам со скользящей точкой отсчёта.</translation>
    </message>
    <message>
        <source>Appendix: data sources</source>
        <translation>Приложение: источники данных</translation>
    </message>
    <message>
        <source>%1: data from %2 to %3</source>
        <translation>%1: данные с %2 по %3</translation>
    </message>
    <message>
        <source>(complete up to %1)</source>
        <translation>(данные полные по %1)</translation>
    </message>
    <message>
        <source>Cannot write the PDF report %1: %2. Choose a folder you can write to.</source>
        <translation>Не удалось записать PDF-отчёт %1: %2. Выберите папку, доступную для записи.</translation>
    </message>
    <message>
        <source>Cannot draw the PDF report %1.</source>
        <translation>Не удалось сформировать PDF-отчёт %1.</translation>
    </message>
    <message>
        <source>Cannot write the PDF report %1: %2. Nothing was written; check the free space.</source>
        <translation>Не удалось записать PDF-отчёт %1: %2. Ничего не записано; проверьте свободное место на диске.</translation>
    </message>
</context>
<context>
    <name>PlannedBudget</name>
    <message>
        <source>A planned budget needs a channel.</source>
        <translation>Для планового бюджета нужно указать канал.</translation>
    </message>
    <message>
        <source>A planned budget needs a first and a last day.</source>
        <translation>Для планового бюджета нужно указать первый и последний день.</translation>
    </message>
    <message>
        <source>The planned budget&apos;s last day %1 is before its first day %2.</source>
        <translation>Последний день планового бюджета (%1) раньше его первого дня (%2).</translation>
    </message>
    <message>
        <source>The planned amount must be a positive number (up to 10^12), not %1.</source>
        <translation>Плановая сумма должна быть положительным числом (не более 10^12), а не %1.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as USD, not %1.</source>
        <translation>Валюта должна быть задана трёхбуквенным кодом ISO, например USD, а не %1.</translation>
    </message>
    <message>
        <source>There is no planned budget with id %1.</source>
        <translation>Планового бюджета с идентификатором %1 нет.</translation>
    </message>
</context>
<context>
    <name>PlatformExportLayouts</name>
    <message>
        <source>Meta Ads Manager export</source>
        <translation>Выгрузка Meta Ads Manager</translation>
    </message>
    <message>
        <source>TikTok Ads Manager export</source>
        <translation>Выгрузка TikTok Ads Manager</translation>
    </message>
    <message>
        <source>Yandex.Direct report</source>
        <translation>Отчёт Яндекс Директа</translation>
    </message>
    <message>
        <source>VK Ads export</source>
        <translation>Выгрузка VK Рекламы</translation>
    </message>
    <message>
        <source>Telegram Ads export</source>
        <translation>Выгрузка Telegram Ads</translation>
    </message>
    <message>
        <source>the columns of this export are not verified against Telegram&apos;s documentation, so check this reading</source>
        <translation>столбцы этой выгрузки не сверены с документацией Telegram, поэтому проверьте результат чтения</translation>
    </message>
    <message>
        <source>each ad is read as a campaign (Telegram Ads has no campaigns) and views as impressions</source>
        <translation>каждое объявление читается как кампания (в Telegram Ads нет кампаний), а просмотры — как показы</translation>
    </message>
    <message>
        <source>no column names the ad, so the rows are read as one campaign (the ad or account the file was downloaded for) and views as impressions</source>
        <translation>ни один столбец не называет объявление, поэтому строки читаются как одна кампания (объявление или кабинет, для которого скачан файл), а просмотры — как показы</translation>
    </message>
    <message>
        <source>each row covers its reporting period from %1 to %2</source>
        <translation>каждая строка охватывает свой отчётный период с %1 по %2</translation>
    </message>
    <message>
        <source>one row per day from %1</source>
        <translation>одна строка на день начиная с %1</translation>
    </message>
    <message>
        <source>conversions are %1</source>
        <translation>конверсии — это %1</translation>
    </message>
    <message>
        <source>results of every type named in &quot;%1&quot; count as conversions</source>
        <translation>результаты всех типов, перечисленных в «%1», считаются конверсиями</translation>
    </message>
    <message>
        <source>revenue is %1</source>
        <translation>выручка — это %1</translation>
    </message>
    <message>
        <source>the currency of each row is read from column %1</source>
        <translation>валюта каждой строки читается из столбца %1</translation>
    </message>
    <message>
        <source>amounts are in %1 (the header &quot;%2&quot; says so)</source>
        <translation>суммы указаны в %1 (так сказано в заголовке «%2»)</translation>
    </message>
    <message>
        <source>no column names the currency, so amounts are read as %1 unless you choose another</source>
        <translation>ни один столбец не указывает валюту, поэтому суммы читаются в %1, если вы не выберете другую</translation>
    </message>
    <message>
        <source>a comma in numbers is the decimal separator</source>
        <translation>запятая в числах — десятичный разделитель</translation>
    </message>
    <message>
        <source>total rows are skipped and &quot;--&quot; is an empty cell</source>
        <translation>итоговые строки пропускаются, а «--» означает пустую ячейку</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>PlatformHelp</name>
    <message>
        <source>Enter the Meta ad account id (digits, with or without “act_”).</source>
        <translation>Введите идентификатор рекламного кабинета Meta (цифры, с префиксом «act_» или без него).</translation>
    </message>
    <message>
        <source>A Meta ad account id is digits only, like 1234567890 or act_1234567890.</source>
        <translation>Идентификатор рекламного кабинета Meta состоит только из цифр, например 1234567890 или act_1234567890.</translation>
    </message>
    <message>
        <source>Enter the Google Ads customer id (10 digits, like 123-456-7890).</source>
        <translation>Введите идентификатор клиента Google Ads (10 цифр, например 123-456-7890).</translation>
    </message>
    <message>
        <source>A Google Ads customer id has 10 digits, like 123-456-7890 (dashes are optional).</source>
        <translation>Идентификатор клиента Google Ads состоит из 10 цифр, например 123-456-7890 (дефисы необязательны).</translation>
    </message>
    <message>
        <source>Enter the TikTok advertiser id (digits).</source>
        <translation>Введите идентификатор рекламодателя TikTok (цифры).</translation>
    </message>
    <message>
        <source>A TikTok advertiser id is digits only, like 7123456789012345678.</source>
        <translation>Идентификатор рекламодателя TikTok состоит только из цифр, например 7123456789012345678.</translation>
    </message>
    <message>
        <source>Enter the Yandex.Direct login of the advertiser (the Yandex ID login, like my-shop).</source>
        <translation>Введите логин рекламодателя в Яндекс Директе (логин Яндекс ID, например my-shop).</translation>
    </message>
    <message>
        <source>A Yandex login has no spaces, like my-shop.</source>
        <translation>Логин Яндекса не содержит пробелов, например my-shop.</translation>
    </message>
    <message>
        <source>Enter the VK Ads account id (its number or username in the account settings).</source>
        <translation>Введите идентификатор кабинета VK Рекламы (его номер или имя пользователя в настройках кабинета).</translation>
    </message>
    <message>
        <source>A VK Ads account id has no spaces, like 12345678.</source>
        <translation>Идентификатор кабинета VK Рекламы не содержит пробелов, например 12345678.</translation>
    </message>
    <message>
        <source>A Telegram Ads account id has no spaces; leave it empty for the token&apos;s own account.</source>
        <translation>Идентификатор кабинета Telegram Ads не содержит пробелов; оставьте поле пустым, чтобы использовать кабинет, к которому привязан токен.</translation>
    </message>
    <message>
        <source>Ad account id:</source>
        <translation>ID рекламного кабинета:</translation>
    </message>
    <message>
        <source>Customer id:</source>
        <translation>ID клиента:</translation>
    </message>
    <message>
        <source>Advertiser id:</source>
        <translation>ID рекламодателя:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Account id:</source>
        <translation>ID кабинета:</translation>
    </message>
    <message>
        <source>empty: the token&apos;s own account</source>
        <translation>пусто: кабинет, к которому привязан токен</translation>
    </message>
    <message>
        <source>Token: in Meta Business Suite open Business settings → Users → System users, add the ad account to a system user and generate a token with the ads_read permission (it does not expire). A user token from the Graph API Explorer also works but expires within about 60 days. The account id is shown in Ads Manager next to the account name.</source>
        <translation>Токен: в Meta Business Suite откройте «Настройки компании» → «Пользователи» → «Системные пользователи», добавьте рекламный кабинет системному пользователю и сгенерируйте токен с разрешением ads_read (у такого токена нет срока действия). Подойдёт и пользовательский токен из Graph API Explorer, но его срок действия истекает примерно через 60 дней. Идентификатор кабинета показан в Ads Manager рядом с названием кабинета.</translation>
    </message>
    <message>
        <source>Token: an OAuth 2.0 access token with the scope https://www.googleapis.com/auth/adwords from a Google Cloud project that has Google Ads API access (for example from the OAuth 2.0 Playground with your own client). Access tokens expire after about an hour. The customer id is shown at the top of the Google Ads interface; reaching it through a manager account needs the manager&apos;s id as the login customer id (Advanced).</source>
        <translation>Токен: токен доступа OAuth 2.0 с областью https://www.googleapis.com/auth/adwords из проекта Google Cloud, у которого есть доступ к Google Ads API (например, полученный в OAuth 2.0 Playground с вашим собственным клиентом). Срок действия токенов доступа истекает примерно через час. Идентификатор клиента показан вверху интерфейса Google Ads; для доступа через управляющий аккаунт нужно указать идентификатор управляющего аккаунта как ID клиента для входа (раздел «Дополнительно»).</translation>
    </message>
    <message>
        <source>Token: create an app on TikTok API for Business (business-api.tiktok.com), authorise your advertiser account with it and exchange the authorisation code for an access token. The advertiser id is shown in TikTok Ads Manager under the account name.</source>
        <translation>Токен: создайте приложение в TikTok API for Business (business-api.tiktok.com), авторизуйте в нём свой аккаунт рекламодателя и обменяйте код авторизации на токен доступа. Идентификатор рекламодателя показан в TikTok Ads Manager под названием аккаунта.</translation>
    </message>
    <message>
        <source>Token: register an app at oauth.yandex.ru with access to the Yandex Direct API, have it approved in Direct (Tools → API), and get an OAuth token for the advertiser&apos;s Yandex ID. Agencies enter the client&apos;s login under Advanced.</source>
        <translation>Токен: зарегистрируйте приложение на oauth.yandex.ru с доступом к API Яндекс Директа, получите для него одобрение в Директе («Инструменты» → «API») и получите OAuth-токен для Яндекс ID рекламодателя. Агентства указывают логин клиента в разделе «Дополнительно».</translation>
    </message>
    <message>
        <source>Token: in VK Ads open Settings → API access to get a client id and a client secret. Paste an access token here, or enter the client id under Advanced and paste the client secret here: Demetra then obtains access tokens itself.</source>
        <translation>Токен: в VK Рекламе откройте «Настройки» → «Доступ к API», чтобы получить идентификатор и секрет клиента. Вставьте сюда токен доступа или укажите идентификатор клиента в разделе «Дополнительно», а сюда вставьте секрет клиента: тогда Demetra будет получать токены доступа сама.</translation>
    </message>
    <message>
        <source>Token: create an API token in the account settings on ads.telegram.org; it is tied to that advertiser account. Leave the account id empty for it, or enter a related account&apos;s id (agencies). Without an API token, import the CSV export of ads.telegram.org instead.</source>
        <translation>Токен: создайте API-токен в настройках кабинета на ads.telegram.org; он привязан к этому кабинету рекламодателя. Для него оставьте идентификатор кабинета пустым или укажите идентификатор связанного кабинета (для агентств). Если API-токена нет, импортируйте вместо этого CSV-выгрузку с ads.telegram.org.</translation>
    </message>
    <message>
        <source>Conversion action types:</source>
        <translation>Типы действий-конверсий:</translation>
    </message>
    <message>
        <source>Comma-separated action types counted as conversions; empty: the connector&apos;s default (leads and purchases)</source>
        <translation>Типы действий через запятую, которые считаются конверсиями; пусто: значение коннектора по умолчанию (лиды и покупки)</translation>
    </message>
    <message>
        <source>Revenue action types:</source>
        <translation>Типы действий с выручкой:</translation>
    </message>
    <message>
        <source>Comma-separated action types whose values are revenue; empty: the connector&apos;s default (purchases)</source>
        <translation>Типы действий через запятую, значения которых считаются выручкой; пусто: значение коннектора по умолчанию (покупки)</translation>
    </message>
    <message>
        <source>Login customer id:</source>
        <translation>ID клиента для входа:</translation>
    </message>
    <message>
        <source>The manager (MCC) account the customer is reached through; empty when calling the account directly</source>
        <translation>Управляющий аккаунт (MCC), через который осуществляется доступ к клиенту; пусто при обращении к аккаунту напрямую</translation>
    </message>
    <message>
        <source>Developer token:</source>
        <translation>Токен разработчика:</translation>
    </message>
    <message>
        <source>Only for API versions that still require it; Google stopped requiring developer tokens in 2026. Stored with the account&apos;s settings, not in the keychain.</source>
        <translation>Только для версий API, где он ещё требуется; Google перестал требовать токены разработчика в 2026 году. Хранится в настройках кабинета, а не в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Revenue metric:</source>
        <translation>Метрика выручки:</translation>
    </message>
    <message>
        <source>The report metric read as revenue (depends on the campaigns&apos; optimisation events)</source>
        <translation>Метрика отчёта, которая считается выручкой (зависит от событий оптимизации кампаний)</translation>
    </message>
    <message>
        <source>Client login:</source>
        <translation>Логин клиента:</translation>
    </message>
    <message>
        <source>Agencies and representatives: the client whose statistics are read (the Client-Login header)</source>
        <translation>Агентства и представители: клиент, статистика которого считывается (заголовок Client-Login)</translation>
    </message>
    <message>
        <source>Metrica goals:</source>
        <translation>Цели Метрики:</translation>
    </message>
    <message>
        <source>Comma-separated Yandex Metrica goal ids (up to 10) whose conversions and revenue are read</source>
        <translation>Идентификаторы целей Яндекс Метрики через запятую (до 10), по которым считываются конверсии и выручка</translation>
    </message>
    <message>
        <source>Attribution models:</source>
        <translation>Модели атрибуции:</translation>
    </message>
    <message>
        <source>Comma-separated attribution models for the goals (FC, LC, LSC, LYDC, …)</source>
        <translation>Модели атрибуции для целей через запятую (FC, LC, LSC, LYDC, …)</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>The account currency (ISO code) when the platform does not report it</source>
        <translation>Валюта кабинета (код ISO), если площадка её не сообщает</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>ID клиента:</translation>
    </message>
    <message>
        <source>With a client id, the token field holds the client secret and Demetra obtains access tokens</source>
        <translation>Если указан идентификатор клиента, в поле токена хранится секрет клиента, а Demetra получает токены доступа сама</translation>
    </message>
    <message>
        <source>Agency client:</source>
        <translation>Клиент агентства:</translation>
    </message>
    <message>
        <source>Agencies with a client id: the client&apos;s username whose statistics are read</source>
        <translation>Агентства с идентификатором клиента: имя пользователя клиента, статистика которого считывается</translation>
    </message>
    <message>
        <source>The account currency when the platform does not report it (EUR, TON, XTR)</source>
        <translation>Валюта кабинета, если площадка её не сообщает (EUR, TON, XTR)</translation>
    </message>
    <message>
        <source>Days re-read on every sync:</source>
        <translation>Дней перечитывать при каждой синхронизации:</translation>
    </message>
    <message>
        <source>The trailing days the platform may still revise (late conversions, attribution); every sync reads them again and the charts mark them as still settling. Empty: the platform&apos;s usual window.</source>
        <translation>Последние дни, которые площадка ещё может пересчитать (поздние конверсии, атрибуция); при каждой синхронизации они считываются заново, а на графиках помечаются как ещё уточняемые. Пусто: обычное окно площадки.</translation>
    </message>
</context>
<context>
    <name>PngExport</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удаётся записать %1</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>RatioFollower</name>
    <message>
        <source>the recent ratio</source>
        <translation>недавнему соотношению</translation>
    </message>
    <message>
        <source>a modelled ratio</source>
        <translation>смоделированному соотношению</translation>
    </message>
    <message>
        <source>its own model</source>
        <translation>собственной модели</translation>
    </message>
</context>
<context>
    <name>RecordPipeline</name>
    <message>
        <source>duplicate of line %1</source>
        <translation>дубликат строки %1</translation>
    </message>
</context>
<context>
    <name>Refresh</name>
    <message>
        <source>Refreshing: %1…</source>
        <translation>Обновление: %1…</translation>
    </message>
    <message>
        <source>Refreshing: %1 (%2)</source>
        <translation>Обновление: %1 (%2)</translation>
    </message>
    <message>
        <source>No connected accounts.</source>
        <translation>Нет подключённых аккаунтов.</translation>
    </message>
    <message>
        <source>Not configured yet.</source>
        <translation>Ещё не настроено.</translation>
    </message>
    <message>
        <source>The background refresh could not sync the connected accounts: %1</source>
        <translation>Фоновому обновлению не удалось синхронизировать подключённые аккаунты: %1</translation>
    </message>
    <message>
        <source>Repaired the rollups of %1 of %2 months checked (%3 rows rewritten).</source>
        <translation>Исправлены сводные таблицы за %1 из %2 проверенных месяцев (перезаписано строк: %3).</translation>
    </message>
    <message>
        <source>All %1 months are in step with the facts.</source>
        <translation>Все месяцы (%1) согласованы с исходными данными.</translation>
    </message>
    <message>
        <source>The recent %1 months are in step with the facts.</source>
        <translation>Последние месяцы (%1) согласованы с исходными данными.</translation>
    </message>
    <message>
        <source>No data to train the ROI model on.</source>
        <translation>Нет данных для обучения модели ROI.</translation>
    </message>
    <message>
        <source>The ROI model is up to date.</source>
        <translation>Модель ROI актуальна.</translation>
    </message>
    <message>
        <source>The ROI model is out of date; retraining is switched off.</source>
        <translation>Модель ROI устарела; переобучение отключено.</translation>
    </message>
    <message>
        <source>The ROI model is over a day old; retraining is switched off.</source>
        <translation>Модели ROI больше суток; переобучение отключено.</translation>
    </message>
    <message>
        <source>The ROI model was not retrained: %1</source>
        <translation>Модель ROI не переобучена: %1</translation>
    </message>
    <message>
        <source>Retrained the ROI model on %1 rows in %2 s.</source>
        <translation>Модель ROI переобучена на %1 строках за %2 с.</translation>
    </message>
    <message>
        <source>%1 new, %2 still open, %3 resolved; %4 open in all.</source>
        <translation>Новых: %1, всё ещё открытых: %2, решённых: %3; всего открыто: %4.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Отменён до запуска.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Шаг «%1» завершился с ошибкой: %2</translation>
    </message>
    <message>
        <source>The refresh was cancelled.</source>
        <translation>Обновление отменено.</translation>
    </message>
    <message>
        <source>Refresh finished</source>
        <translation>Обновление завершено</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Rollups</source>
        <translation>Сводные таблицы</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Прогнозы</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>partial (a step failed)</source>
        <translation>частично (один из шагов завершился с ошибкой)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>The refresh interval must be 15 to 1440 minutes (24 hours), not %1.</source>
        <translation>Интервал обновления должен составлять от 15 до 1440 минут (24 часа), а не %1.</translation>
    </message>
    <message>
        <source>No scheduled report.</source>
        <translation>Нет отчёта по расписанию.</translation>
    </message>
    <message>
        <source>Scheduled report</source>
        <translation>Отчёт по расписанию</translation>
    </message>
</context>
<context>
    <name>RemoveAccountBox</name>
    <message>
        <source>Remove the %1 account “%2” (%3)? Demetra stops syncing it and forgets its token.</source>
        <translation>Удалить кабинет %1 «%2» (%3)? Demetra перестанет синхронизировать его и удалит его токен.</translation>
    </message>
    <message>
        <source>Remove ad account</source>
        <translation>Удаление рекламного кабинета</translation>
    </message>
    <message>
        <source>Also delete its %1 stored rows (this cannot be undone)</source>
        <translation>Также удалить сохранённые строки этого кабинета: %1 (это действие нельзя отменить)</translation>
    </message>
    <message>
        <source>Without the box ticked, the rows already synced stay in the data as a source of their own.</source>
        <translation>Если флажок не установлен, уже синхронизированные строки останутся в данных как отдельный источник.</translation>
    </message>
    <message>
        <source>No rows of this account are stored.</source>
        <translation>Сохранённых строк этого кабинета нет.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Channels: %1</source>
        <translation>Каналы: %1</translation>
    </message>
    <message>
        <source>Campaign ids: %1</source>
        <translation>ID кампаний: %1</translation>
    </message>
    <message>
        <source>Audiences: %1</source>
        <translation>Аудитории: %1</translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation>Сегменты: %1</translation>
    </message>
    <message>
        <source>Locations: %1</source>
        <translation>Регионы: %1</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <source>All data (no filters)</source>
        <translation>Все данные (без фильтров)</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Формирование отчёта отменено.</translation>
    </message>
    <message>
        <source>Reading the period&apos;s figures</source>
        <translation>Чтение показателей за период</translation>
    </message>
    <message>
        <source>Forecasting ROI by channel</source>
        <translation>Прогноз ROI по каналам</translation>
    </message>
    <message>
        <source>Planning the budget</source>
        <translation>Планирование бюджета</translation>
    </message>
    <message>
        <source>Report data ready</source>
        <translation>Данные отчёта готовы</translation>
    </message>
</context>
<context>
    <name>ReportSchedule</name>
    <message>
        <source>Cannot write the scheduled report into the folder %1 (%2); make it writable or choose another one in Settings, Scheduled reports (demetra-cli: --report-folder).</source>
        <translation>Не удаётся сохранить отчёт по расписанию в папку %1 (%2); разрешите запись в неё или выберите другую в разделе «Настройки», «Отчёты по расписанию» (demetra-cli: --report-folder).</translation>
    </message>
    <message>
        <source>No folder is chosen for the scheduled reports; choose one in Settings, Scheduled reports (demetra-cli: --report-folder).</source>
        <translation>Не выбрана папка для отчётов по расписанию; выберите её в разделе «Настройки», «Отчёты по расписанию» (demetra-cli: --report-folder).</translation>
    </message>
    <message>
        <source>The folder for scheduled reports %1 does not exist; choose another one in Settings, Scheduled reports (demetra-cli: --report-folder).</source>
        <translation>Папка для отчётов по расписанию %1 не существует; выберите другую в разделе «Настройки», «Отчёты по расписанию» (demetra-cli: --report-folder).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>Already written for %1: %2.</source>
        <translation>Отчёт за %1 уже создан: %2.</translation>
    </message>
    <message>
        <source>Wrote the daily report %1 (%2).</source>
        <translation>Создан ежедневный отчёт %1 (%2).</translation>
    </message>
    <message>
        <source>Wrote the weekly report %1 (%2).</source>
        <translation>Создан еженедельный отчёт %1 (%2).</translation>
    </message>
    <message>
        <source>Wrote the monthly report %1 (%2).</source>
        <translation>Создан ежемесячный отчёт %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Spend</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Показы</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Клики</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>CPC</source>
        <translation>CPC</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>No data in the selected period.</source>
        <translation>Нет данных за выбранный период.</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Current period</source>
        <translation>Текущий период</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Прогнозы</translation>
    </message>
    <message>
        <source>Horizon end</source>
        <translation>Конец горизонта</translation>
    </message>
    <message>
        <source>Forecast spend</source>
        <translation>Прогноз расхода</translation>
    </message>
    <message>
        <source>Forecast revenue</source>
        <translation>Прогноз выручки</translation>
    </message>
    <message>
        <source>Revenue low (80 %)</source>
        <translation>Выручка, мин. (80 %)</translation>
    </message>
    <message>
        <source>Revenue high (80 %)</source>
        <translation>Выручка, макс. (80 %)</translation>
    </message>
    <message>
        <source>Expected ROI</source>
        <translation>Ожидаемый ROI</translation>
    </message>
    <message>
        <source>ROI low (80 %)</source>
        <translation>ROI, мин. (80 %)</translation>
    </message>
    <message>
        <source>ROI high (80 %)</source>
        <translation>ROI, макс. (80 %)</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Окупаемость</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Бэктест</translation>
    </message>
    <message>
        <source>Forecasts were not computed for this report.</source>
        <translation>Прогнозы для этого отчёта не рассчитывались.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Current spend</source>
        <translation>Текущий расход</translation>
    </message>
    <message>
        <source>Recommended spend</source>
        <translation>Рекомендуемый расход</translation>
    </message>
    <message>
        <source>Expected revenue</source>
        <translation>Ожидаемая выручка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>The budget plan was not computed for this report.</source>
        <translation>План бюджета для этого отчёта не рассчитывался.</translation>
    </message>
    <message>
        <source>No budget plan.</source>
        <translation>Плана бюджета нет.</translation>
    </message>
    <message numerus="yes">
        <source>Plan for the next %n day(s), total %1.</source>
        <translation>
            <numerusform>План на следующий %n день, итого %1.</numerusform>
            <numerusform>План на следующие %n дня, итого %1.</numerusform>
            <numerusform>План на следующие %n дней, итого %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Открытых оповещений нет.</translation>
    </message>
</context>
<context>
    <name>ResponseCurve</name>
    <message>
        <source>no spend recorded in the period</source>
        <translation>в периоде не было расхода</translation>
    </message>
    <message>
        <source>only %1 points with spend (a curve needs at least %2)</source>
        <translation>точек с расходом только %1 (для кривой нужно не менее %2)</translation>
    </message>
    <message>
        <source>spend hardly varied (variation %1 %, a curve needs at least %2 %)</source>
        <translation>расход почти не менялся (вариация %1 %, для кривой нужно не менее %2 %)</translation>
    </message>
    <message>
        <source>no outcome recorded for this channel in the period</source>
        <translation>по этому каналу в периоде не было результата</translation>
    </message>
    <message>
        <source>the outcome does not grow with spend</source>
        <translation>результат не растёт с расходом</translation>
    </message>
    <message>
        <source>the curve explains %1 % of the day-to-day variation, no better than the average (needs %2 %)</source>
        <translation>кривая объясняет %1 % ежедневной вариации — не лучше среднего (нужно %2 %)</translation>
    </message>
    <message>
        <source>fitted on the earlier %1 % of the points, the curve predicts the latest %2 points worse than their average does (held-out R² %3)</source>
        <translation>при подгонке на первых %1 % точек кривая предсказывает последние %2 точек хуже, чем их среднее (R² на отложенной выборке %3)</translation>
    </message>
    <message>
        <source>the total revenue does not rise with this channel&apos;s spend</source>
        <translation>общая выручка не растёт с расходом этого канала</translation>
    </message>
    <message>
        <source>the channels explain %1 % of the total revenue&apos;s variation, no better than the average</source>
        <translation>каналы объясняют %1 % вариации общей выручки — не лучше среднего</translation>
    </message>
</context>
<context>
    <name>RoiModel</name>
    <message>
        <source>The saved model was trained on other features than this version of Demetra uses; train it again.</source>
        <translation>Сохранённая модель обучена на других признаках, чем использует эта версия Demetra; обучите её заново.</translation>
    </message>
    <message>
        <source>Not enough data to train the ROI model: it needs at least %1 rows with spend and revenue on at least 2 different days before the validation period; there are %2.</source>
        <translation>Недостаточно данных для обучения модели ROI: нужно не менее %1 строк с расходом и выручкой как минимум за 2 разных дня до периода проверки; имеется %2.</translation>
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation>Обучение отменено.</translation>
    </message>
    <message>
        <source>Reading the campaign data</source>
        <translation>Чтение данных кампаний</translation>
    </message>
    <message>
        <source>Training the ROI model</source>
        <translation>Обучение модели ROI</translation>
    </message>
    <message>
        <source>Training the ROI model: round %1 of %2</source>
        <translation>Обучение модели ROI: раунд %1 из %2</translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation>Сохранение модели</translation>
    </message>
</context>
<context>
    <name>RoiPredictions</name>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Длительность (дни)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Clicks (log)</source>
        <translation>Клики (лог.)</translation>
    </message>
    <message>
        <source>Impressions (log)</source>
        <translation>Показы (лог.)</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Engagement score</source>
        <translation>Оценка вовлечённости</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Predicting</source>
        <translation>Прогнозирование</translation>
    </message>
    <message>
        <source>Explaining the predictions</source>
        <translation>Объяснение прогнозов</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>several</source>
        <translation>несколько</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Average ROI (bias)</source>
        <translation>Средний ROI (смещение)</translation>
    </message>
    <message>
        <source>Loading the ROI model</source>
        <translation>Загрузка модели ROI</translation>
    </message>
    <message>
        <source>Reading the campaigns</source>
        <translation>Чтение кампаний</translation>
    </message>
    <message>
        <source>This campaign has no spend on %1 in the selected period.</source>
        <translation>У этой кампании нет расхода по каналу %1 за выбранный период.</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation>полей в строке: %1, в заголовке: %2</translation>
    </message>
    <message>
        <source>the file has no dates and no reporting period was given</source>
        <translation>в файле нет дат, и отчётный период не указан</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>not a date: &quot;%1&quot; (%2)</source>
        <translation>не дата: «%1» (%2)</translation>
    </message>
    <message>
        <source>not a number: &quot;%1&quot;</source>
        <translation>не число: «%1»</translation>
    </message>
    <message>
        <source>negative %1: %2</source>
        <translation>%1: отрицательное значение %2</translation>
    </message>
    <message>
        <source>not a finite number: &quot;%1&quot;</source>
        <translation>не конечное число: «%1»</translation>
    </message>
    <message>
        <source>%1 is too large: %2</source>
        <translation>%1: слишком большое значение %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number: &quot;%2&quot;</source>
        <translation>%1: нужно целое число, а не «%2»</translation>
    </message>
    <message>
        <source>not an amount of money: &quot;%1&quot;</source>
        <translation>не денежная сумма: «%1»</translation>
    </message>
    <message>
        <source>negative %1: &quot;%2&quot;</source>
        <translation>%1: отрицательное значение «%2»</translation>
    </message>
    <message>
        <source>conversion rate above 100%: %1</source>
        <translation>конверсия выше 100%: %1</translation>
    </message>
    <message>
        <source>ROI below -100%: %1</source>
        <translation>ROI ниже -100%: %1</translation>
    </message>
    <message>
        <source>clicks (%1) exceed impressions (%2)</source>
        <translation>клики (%1) превышают показы (%2)</translation>
    </message>
    <message>
        <source>the row has no measure (spend, impressions, clicks, conversions or revenue)</source>
        <translation>в строке нет ни одного показателя (расход, показы, клики, конверсии или выручка)</translation>
    </message>
    <message>
        <source>the channel is empty</source>
        <translation>канал не указан</translation>
    </message>
    <message>
        <source>not a currency code: &quot;%1&quot;</source>
        <translation>не код валюты: «%1»</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Кампания %1</translation>
    </message>
    <message>
        <source>Campaign %1 · %2</source>
        <translation>Кампания %1 · %2</translation>
    </message>
    <message>
        <source>(all campaigns)</source>
        <translation>(все кампании)</translation>
    </message>
    <message>
        <source>Interest %1</source>
        <translation>Интерес %1</translation>
    </message>
    <message>
        <source>negative value: %1</source>
        <translation>отрицательное значение: %1</translation>
    </message>
    <message>
        <source>negative spend</source>
        <translation>отрицательный расход</translation>
    </message>
    <message>
        <source>a summary row (a total of other rows), not imported</source>
        <translation>итоговая строка (сумма других строк), не импортирована</translation>
    </message>
    <message>
        <source>the period end &quot;%1&quot; is not a date on or after the start</source>
        <translation>конец периода «%1» — не дата или раньше начала</translation>
    </message>
</context>
<context>
    <name>SampleGenerator</name>
    <message>
        <source>The number of sample rows cannot be negative.</source>
        <translation>Число строк демо-данных не может быть отрицательным.</translation>
    </message>
    <message>
        <source>The sample must span between 1 and 36600 days.</source>
        <translation>Период демо-данных должен составлять от 1 до 36600 дней.</translation>
    </message>
    <message>
        <source>The sample needs a valid start date.</source>
        <translation>Для демо-данных нужна корректная дата начала.</translation>
    </message>
    <message>
        <source>Too many sample rows for the date span: the campaigns would run out of 6-digit ids.</source>
        <translation>Слишком много строк демо-данных для такого периода: кампаниям не хватит шестизначных ID.</translation>
    </message>
    <message>
        <source>Cannot create the sample file %1.</source>
        <translation>Не удалось создать файл демо-данных %1.</translation>
    </message>
    <message>
        <source>Cannot write the sample file %1.</source>
        <translation>Не удалось записать файл демо-данных %1.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Переменная окружения %1 не задана.</translation>
    </message>
    <message>
        <source>The command line does not store secrets: set the environment variable %1 instead.</source>
        <translation>Командная строка не хранит секреты: вместо этого задайте переменную окружения %1.</translation>
    </message>
    <message>
        <source>The command line does not store secrets: unset the environment variable %1 instead.</source>
        <translation>Командная строка не хранит секреты: вместо этого удалите переменную окружения %1.</translation>
    </message>
    <message>
        <source>No secret is stored for “%1”.</source>
        <translation>Секрет для «%1» не сохранён.</translation>
    </message>
    <message>
        <source>No keychain is available on this system to keep “%1”: start a Secret Service (GNOME Keyring, KWallet) or set it in the environment.</source>
        <translation>В системе нет доступного хранилища паролей для хранения «%1»: запустите Secret Service (GNOME Keyring, KWallet) или задайте значение в переменной окружения.</translation>
    </message>
    <message>
        <source>The keychain refused to access “%1”.</source>
        <translation>Системное хранилище паролей отказало в доступе к «%1».</translation>
    </message>
</context>
<context>
    <name>SeriesForecaster</name>
    <message>
        <source>%1 weeks</source>
        <translation>%1 нед.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Clicks follow the impressions forecast at %1</source>
        <translation>Клики выводятся из прогноза показов по %1</translation>
    </message>
    <message>
        <source>Revenue follows the spend forecast at %1</source>
        <translation>Выручка выводится из прогноза расхода по %1</translation>
    </message>
    <message>
        <source>%1 of the last 13 weeks.</source>
        <translation>%1 за последние 13 недель.</translation>
    </message>
    <message>
        <source>%1 of the last 28 days.</source>
        <translation>%1 за последние 28 дней.</translation>
    </message>
    <message>
        <source>%1, chosen by the backtest: mean ratio error %2 with the recent ratio, %3 with a modelled ratio over %4 folds.</source>
        <translation>%1 — выбрано по бэктесту: средняя ошибка соотношения %2 при недавнем соотношении и %3 при смоделированном (фолдов: %4).</translation>
    </message>
    <message>
        <source>The horizon must be 7 to 90 days, not %1.</source>
        <translation>Горизонт должен быть от 7 до 90 дней, а не %1.</translation>
    </message>
    <message>
        <source>There is no data for channel &quot;%1&quot;.</source>
        <translation>Нет данных по каналу «%1».</translation>
    </message>
    <message>
        <source>%1 has %2 days of data (%3); a forecast needs at least %4 days of daily data or %5 weeks.</source>
        <translation>Канал %1: данных за %2 дн. (%3); для прогноза нужно не менее %4 дн. ежедневных данных или %5 нед.</translation>
    </message>
    <message>
        <source>%1 has no %2 data, so its %3 cannot be forecast.</source>
        <translation>Канал %1: нет данных по метрике «%2», поэтому метрику «%3» спрогнозировать нельзя.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 holds a value that is not a number (NaN or infinity) on %3.</source>
        <translation>Канал %1: в метрике «%2» на %3 есть значение, не являющееся числом (NaN или бесконечность).</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is %3 in every one of its %4: a constant series has nothing to forecast.</source>
        <translation>Канал %1: метрика «%2» равна %3 во всех периодах (%4) — у постоянного ряда нечего прогнозировать.</translation>
    </message>
</context>
<context>
    <name>SeriesLoader</name>
    <message>
        <source>Weekly: the data has rows about once a week (%1 days with rows over %2 days), as a weekly export does.</source>
        <translation>По неделям: строки в данных встречаются примерно раз в неделю (дней со строками: %1 из %2), как в еженедельной выгрузке.</translation>
    </message>
    <message>
        <source>Weekly: only %1 days of data, fewer than the %2 a daily forecast needs.</source>
        <translation>По неделям: данных только за %1 дн., меньше %2, необходимых для ежедневного прогноза.</translation>
    </message>
    <message>
        <source>Weekly: only %1 of %2 days have rows (%3 %); daily values would be mostly gaps.</source>
        <translation>По неделям: строки есть только в %1 из %2 дней (%3 %); ежедневные значения состояли бы в основном из пропусков.</translation>
    </message>
    <message>
        <source>Daily: %1 of %2 days have rows.</source>
        <translation>По дням: строки есть в %1 из %2 дней.</translation>
    </message>
</context>
<context>
    <name>SeriesMetric</name>
    <message>
        <source>Spend</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Показы</translation>
    </message>
    <message>
        <source>Impressions (reach proxy)</source>
        <translation>Показы (замена охвата)</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>расход</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>выручка</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>конверсии</translation>
    </message>
    <message>
        <source>impressions</source>
        <translation>показы</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>клики</translation>
    </message>
</context>
<context>
    <name>SeriesModel</name>
    <message>
        <source>Too few periods to train on: %1, at least %2 needed.</source>
        <translation>Слишком мало периодов для обучения: %1, нужно не менее %2.</translation>
    </message>
    <message>
        <source>The series holds a value that is not a number.</source>
        <translation>Ряд содержит значение, не являющееся числом.</translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <source>Import %1 is not recorded (it may have been deleted).</source>
        <translation>Импорт %1 не зарегистрирован (возможно, он был удалён).</translation>
    </message>
    <message>
        <source>Preparing the deletion</source>
        <translation>Подготовка к удалению</translation>
    </message>
    <message>
        <source>This data source no longer exists.</source>
        <translation>Этот источник данных больше не существует.</translation>
    </message>
    <message>
        <source>Removing the rows</source>
        <translation>Удаление строк</translation>
    </message>
    <message>
        <source>Removing the import records</source>
        <translation>Удаление записей об импорте</translation>
    </message>
    <message>
        <source>Removing channels and segments left without data</source>
        <translation>Удаление каналов и сегментов, оставшихся без данных</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>Cannot prepare a database statement.</source>
        <translation>Не удалось подготовить запрос к базе данных.</translation>
    </message>
    <message>
        <source>A database query failed.</source>
        <translation>Ошибка запроса к базе данных.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>The database is not SQLite.</source>
        <translation>База данных — не SQLite.</translation>
    </message>
    <message>
        <source>Cannot prepare a database statement.</source>
        <translation>Не удалось подготовить запрос к базе данных.</translation>
    </message>
    <message>
        <source>Writing to the database failed.</source>
        <translation>Не удалось выполнить запись в базу данных.</translation>
    </message>
    <message>
        <source>A database query failed.</source>
        <translation>Ошибка запроса к базе данных.</translation>
    </message>
</context>
<context>
    <name>TelegramAdsConnector</name>
    <message numerus="yes">
        <source>Read %n rows from Telegram Ads</source>
        <translation>
            <numerusform>Прочитана %n строка из Telegram Ads</numerusform>
            <numerusform>Прочитаны %n строки из Telegram Ads</numerusform>
            <numerusform>Прочитано %n строк из Telegram Ads</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegram Ads</source>
        <translation>Telegram Ads</translation>
    </message>
    <message>
        <source>Telegram Ads account %1</source>
        <translation>Аккаунт Telegram Ads %1</translation>
    </message>
    <message>
        <source>%1: Telegram Ads asks to slow down (HTTP 429, %2).</source>
        <translation>%1: Telegram Ads просит снизить частоту запросов (HTTP 429, %2).</translation>
    </message>
    <message>
        <source>%1: the Telegram Ads server failed (HTTP %2, %3).</source>
        <translation>%1: ошибка сервера Telegram Ads (HTTP %2, %3).</translation>
    </message>
    <message>
        <source>%1: the access token was refused (HTTP 401); create a new token in the account settings on ads.telegram.org and paste it.</source>
        <translation>%1: токен доступа отклонён (HTTP 401); создайте новый токен в настройках аккаунта на ads.telegram.org и вставьте его.</translation>
    </message>
    <message>
        <source>%1: the token may not read this account (HTTP 403); check that it belongs to the account or to its agency.</source>
        <translation>%1: у токена нет прав на чтение этого аккаунта (HTTP 403); проверьте, что он принадлежит этому аккаунту или его агентству.</translation>
    </message>
    <message>
        <source>%1: %2 failed (HTTP %3).</source>
        <translation>%1: ошибка запроса %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>%1: the access token is missing or invalid (%2); create a new token in the account settings on ads.telegram.org and paste it.</source>
        <translation>%1: токен доступа отсутствует или недействителен (%2); создайте новый токен в настройках аккаунта на ads.telegram.org и вставьте его.</translation>
    </message>
    <message>
        <source>%1: Telegram Ads asks to wait %2 s before the next request (%3).</source>
        <translation>%1: Telegram Ads просит подождать %2 с перед следующим запросом (%3).</translation>
    </message>
    <message>
        <source>%1: Telegram Ads asks to slow down (%2).</source>
        <translation>%1: Telegram Ads просит снизить частоту запросов (%2).</translation>
    </message>
    <message>
        <source>%1: the Telegram Ads server failed (%2, %3).</source>
        <translation>%1: ошибка сервера Telegram Ads (%2, %3).</translation>
    </message>
    <message>
        <source>%1: Telegram Ads does not let this token read the account (%2); check the account id, or leave it empty to read the token&apos;s own account.</source>
        <translation>%1: Telegram Ads не разрешает этому токену читать аккаунт (%2); проверьте идентификатор аккаунта или оставьте поле пустым, чтобы читать собственный аккаунт токена.</translation>
    </message>
    <message>
        <source>%1: Telegram Ads refused %2 with error %3.</source>
        <translation>%1: Telegram Ads отклонил запрос %2 с ошибкой %3.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: no access token; paste one first.</source>
        <translation>%1: нет токена доступа; сначала вставьте его.</translation>
    </message>
    <message>
        <source>%1: the period %2 – %3 is not a valid range of days.</source>
        <translation>%1: период %2 – %3 не является допустимым диапазоном дней.</translation>
    </message>
    <message>
        <source>Reading the Telegram Ads account</source>
        <translation>Чтение аккаунта Telegram Ads</translation>
    </message>
    <message>
        <source>Reading the list of ads, page %1</source>
        <translation>Чтение списка объявлений, страница %1</translation>
    </message>
    <message>
        <source>%1: getAdsList returned the same next_offset twice; the list of ads cannot be read.</source>
        <translation>%1: getAdsList дважды вернул одно и то же значение next_offset; список объявлений невозможно прочитать.</translation>
    </message>
    <message>
        <source>Reading statistics of ad %1 of %2</source>
        <translation>Чтение статистики объявления %1 из %2</translation>
    </message>
    <message>
        <source>%1: ad %2 reports spend in %3 but the account&apos;s currency is %4; the account&apos;s currency has changed. Add the account again to keep the currencies apart.</source>
        <translation>%1: объявление %2 сообщает расход в %3, но валюта аккаунта — %4; валюта аккаунта изменилась. Добавьте аккаунт заново, чтобы не смешивать валюты.</translation>
    </message>
</context>
<context>
    <name>TelegramAdsParser</name>
    <message>
        <source>Telegram Ads %1: the answer is empty.</source>
        <translation>Telegram Ads %1: пустой ответ.</translation>
    </message>
    <message>
        <source>Telegram Ads %1: the answer is not valid JSON (%2 at byte %3); it may have been cut off.</source>
        <translation>Telegram Ads %1: ответ не является корректным JSON (%2 в байте %3); возможно, он был обрезан.</translation>
    </message>
    <message>
        <source>Telegram Ads %1: the platform answered with error %2.</source>
        <translation>Telegram Ads %1: площадка вернула ошибку %2.</translation>
    </message>
    <message>
        <source>Telegram Ads: %1: %2 &quot;%3&quot; is not a whole number.</source>
        <translation>Telegram Ads: %1: значение %2 «%3» не является целым числом.</translation>
    </message>
    <message>
        <source>Telegram Ads: %1: %2 is negative (%3).</source>
        <translation>Telegram Ads: %1: значение %2 отрицательно (%3).</translation>
    </message>
    <message>
        <source>Telegram Ads: %1: %2 &quot;%3&quot; is not an amount of money.</source>
        <translation>Telegram Ads: %1: значение %2 «%3» не является денежной суммой.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>Telegram Ads: the answer is not a JSON object.</source>
        <translation>Telegram Ads: ответ не является JSON-объектом.</translation>
    </message>
    <message>
        <source>Telegram Ads: the answer has no boolean &quot;ok&quot; field.</source>
        <translation>Telegram Ads: в ответе нет логического поля «ok».</translation>
    </message>
    <message>
        <source>Telegram Ads getCurrentAccount: the result is not an object.</source>
        <translation>Telegram Ads getCurrentAccount: результат не является объектом.</translation>
    </message>
    <message>
        <source>Telegram Ads getCurrentAccount: the currency &quot;%1&quot; is not a code.</source>
        <translation>Telegram Ads getCurrentAccount: валюта «%1» не является кодом валюты.</translation>
    </message>
    <message>
        <source>Telegram Ads getAdsList: the result is not an object.</source>
        <translation>Telegram Ads getAdsList: результат не является объектом.</translation>
    </message>
    <message>
        <source>Telegram Ads getAdsList: the result has no &quot;ads&quot; list.</source>
        <translation>Telegram Ads getAdsList: в результате нет списка «ads».</translation>
    </message>
    <message>
        <source>Telegram Ads getAdsList: ad %1 is not an object.</source>
        <translation>Telegram Ads getAdsList: объявление %1 не является объектом.</translation>
    </message>
    <message>
        <source>Telegram Ads getAdsList: ad %1 has no valid ad_id (&quot;%2&quot;).</source>
        <translation>Telegram Ads getAdsList: у объявления %1 нет допустимого ad_id («%2»).</translation>
    </message>
    <message>
        <source>Telegram Ads getAdsList: next_offset &quot;%1&quot; is neither text nor a number.</source>
        <translation>Telegram Ads getAdsList: next_offset «%1» не является ни текстом, ни числом.</translation>
    </message>
    <message>
        <source>Telegram Ads %1: the result is not a list of intervals.</source>
        <translation>Telegram Ads %1: результат не является списком интервалов.</translation>
    </message>
    <message>
        <source>%1, interval %2</source>
        <translation>%1, интервал %2</translation>
    </message>
    <message>
        <source>Telegram Ads: %1 is not an object.</source>
        <translation>Telegram Ads: %1 не является объектом.</translation>
    </message>
    <message>
        <source>Telegram Ads: %1 has no from_time.</source>
        <translation>Telegram Ads: у %1 нет from_time.</translation>
    </message>
    <message>
        <source>Telegram Ads: %1: from_time %2 is not a UTC day inside the asked period.</source>
        <translation>Telegram Ads: %1: from_time %2 не является днём (UTC) внутри запрошенного периода.</translation>
    </message>
</context>
<context>
    <name>TikTokConnector</name>
    <message>
        <source>TikTok advertiser %1: requests are made too frequently (code 40100); wait a few minutes and sync again.</source>
        <translation>Рекламодатель TikTok %1: запросы отправляются слишком часто (код 40100); подождите несколько минут и запустите синхронизацию снова.</translation>
    </message>
    <message>
        <source>TikTok advertiser %1: the access token is missing, invalid or revoked (code 40105); authorise again and paste a new token.</source>
        <translation>Рекламодатель TikTok %1: токен доступа отсутствует, недействителен или отозван (код 40105); авторизуйтесь снова и вставьте новый токен.</translation>
    </message>
    <message>
        <source>TikTok advertiser %1: the token has no permission for this advertiser (code 40001: %2); check the advertiser id and the token&apos;s scopes.</source>
        <translation>Рекламодатель TikTok %1: у токена нет разрешения для этого рекламодателя (код 40001: %2); проверьте идентификатор рекламодателя и области доступа токена.</translation>
    </message>
    <message>
        <source>TikTok advertiser %1: TikTok rejected a parameter (code 40002: %2); check the advertiser id and the metric options.</source>
        <translation>Рекламодатель TikTok %1: TikTok отклонил параметр (код 40002: %2); проверьте идентификатор рекламодателя и параметры метрик.</translation>
    </message>
    <message>
        <source>TikTok advertiser %1: TikTok had a system error (code %2); try again later.</source>
        <translation>Рекламодатель TikTok %1: системная ошибка на стороне TikTok (код %2); повторите попытку позже.</translation>
    </message>
    <message>
        <source>TikTok advertiser %1: the request was refused (code %2: %3).</source>
        <translation>Рекламодатель TikTok %1: запрос отклонён (код %2: %3).</translation>
    </message>
    <message>
        <source>TikTok advertiser %1, advertiser info</source>
        <translation>Рекламодатель TikTok %1, сведения о рекламодателе</translation>
    </message>
    <message>
        <source>TikTok: the advertiser id is empty.</source>
        <translation>TikTok: идентификатор рекламодателя не указан.</translation>
    </message>
    <message>
        <source>TikTok advertiser %1: the period %2 – %3 is not valid.</source>
        <translation>Рекламодатель TikTok %1: период %2 – %3 недопустим.</translation>
    </message>
    <message>
        <source>Reading the TikTok advertiser&apos;s currency and time zone</source>
        <translation>Чтение валюты и часового пояса рекламодателя TikTok</translation>
    </message>
    <message>
        <source>TikTok advertiser %1: the time zone is unknown; days are taken as reported.</source>
        <translation>Рекламодатель TikTok %1: часовой пояс неизвестен; дни берутся в том виде, в каком их сообщает площадка.</translation>
    </message>
    <message>
        <source>TikTok advertiser %1: the &quot;campaign_ids&quot; option lists %2 campaigns; TikTok filters at most 100.</source>
        <translation>Рекламодатель TikTok %1: в параметре «campaign_ids» указано кампаний: %2; TikTok фильтрует не более 100.</translation>
    </message>
    <message>
        <source>TikTok advertiser %1: the report has more than %2 pages; raise the &quot;max_pages&quot; option or sync a shorter period.</source>
        <translation>Рекламодатель TikTok %1: в отчёте больше %2 страниц; увеличьте значение параметра «max_pages» или синхронизируйте более короткий период.</translation>
    </message>
    <message>
        <source>Reading TikTok %1 – %2, page %3 of %4</source>
        <translation>Чтение TikTok за %1 – %2, страница %3 из %4</translation>
    </message>
    <message>
        <source>TikTok advertiser %1, report %2 – %3, page %4</source>
        <translation>Рекламодатель TikTok %1, отчёт за %2 – %3, страница %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the page is empty although TikTok announces %2 pages; sync again later.</source>
        <translation>%1: страница пуста, хотя TikTok сообщает о %2 страницах; запустите синхронизацию позже.</translation>
    </message>
    <message>
        <source>%1: row %2 is dated %3, outside the period asked for.</source>
        <translation>%1: строка %2 датирована %3 — вне запрошенного периода.</translation>
    </message>
    <message>
        <source>TikTok advertiser %1: reach not reported for %2 rows.</source>
        <translation>Рекламодатель TikTok %1: охват не сообщён для строк: %2.</translation>
    </message>
    <message>
        <source>TikTok advertiser %1: %2 campaign-days were repeated across pages; the later read was kept.</source>
        <translation>Рекламодатель TikTok %1: дней кампаний, повторившихся на разных страницах: %2; сохранено значение, прочитанное позже.</translation>
    </message>
    <message>
        <source>Read %1 TikTok rows</source>
        <translation>Прочитано строк TikTok: %1</translation>
    </message>
</context>
<context>
    <name>TikTokReportParser</name>
    <message>
        <source>TikTok report row %1: %2 &quot;%3&quot; is not a number.</source>
        <translation>Отчёт TikTok, строка %1: %2 «%3» не является числом.</translation>
    </message>
    <message>
        <source>TikTok report row %1: %2 &quot;%3&quot; is negative.</source>
        <translation>Отчёт TikTok, строка %1: %2 «%3» — отрицательное значение.</translation>
    </message>
    <message>
        <source>%1: the answer is not valid JSON (%2 at offset %3); it may have been cut off.</source>
        <translation>%1: ответ не является корректным JSON (%2 на позиции %3); возможно, он был обрезан.</translation>
    </message>
    <message>
        <source>%1: the answer is not a JSON object.</source>
        <translation>%1: ответ не является объектом JSON.</translation>
    </message>
    <message>
        <source>TikTok report</source>
        <translation>Отчёт TikTok</translation>
    </message>
    <message>
        <source>TikTok report: the answer has no &quot;code&quot;.</source>
        <translation>Отчёт TikTok: в ответе нет поля «code».</translation>
    </message>
    <message>
        <source>TikTok report: the answer carries error code %1: %2</source>
        <translation>Отчёт TikTok: ответ содержит код ошибки %1: %2</translation>
    </message>
    <message>
        <source>TikTok report: the answer has no &quot;data&quot; object.</source>
        <translation>Отчёт TikTok: в ответе нет объекта «data».</translation>
    </message>
    <message>
        <source>TikTok report: &quot;data.list&quot; is not an array.</source>
        <translation>Отчёт TikTok: «data.list» не является массивом.</translation>
    </message>
    <message>
        <source>TikTok report row %1: not an object.</source>
        <translation>Отчёт TikTok, строка %1: не является объектом.</translation>
    </message>
    <message>
        <source>TikTok report row %1: &quot;dimensions&quot; is missing.</source>
        <translation>Отчёт TikTok, строка %1: отсутствует поле «dimensions».</translation>
    </message>
    <message>
        <source>TikTok report row %1: &quot;metrics&quot; is not an object.</source>
        <translation>Отчёт TikTok, строка %1: «metrics» не является объектом.</translation>
    </message>
    <message>
        <source>TikTok report row %1: campaign_id &quot;%2&quot; is missing or not an id.</source>
        <translation>Отчёт TikTok, строка %1: campaign_id «%2» отсутствует или не является идентификатором.</translation>
    </message>
    <message>
        <source>TikTok report row %1: stat_time_day &quot;%2&quot; is not a valid day.</source>
        <translation>Отчёт TikTok, строка %1: stat_time_day «%2» не является корректной датой.</translation>
    </message>
    <message>
        <source>TikTok advertiser info</source>
        <translation>Сведения о рекламодателе TikTok</translation>
    </message>
    <message>
        <source>TikTok advertiser info: the answer carries error code %1: %2</source>
        <translation>Сведения о рекламодателе TikTok: ответ содержит код ошибки %1: %2</translation>
    </message>
    <message>
        <source>TikTok: advertiser %1 is not in the answer; check the advertiser id and that the token was authorised for it.</source>
        <translation>TikTok: рекламодателя %1 нет в ответе; проверьте идентификатор рекламодателя и то, что токен авторизован для него.</translation>
    </message>
    <message>
        <source>TikTok advertiser %1: the advertiser info has no currency; set the account&apos;s &quot;currency&quot; option.</source>
        <translation>Рекламодатель TikTok %1: в сведениях о рекламодателе не указана валюта; задайте параметр «currency» для кабинета.</translation>
    </message>
</context>
<context>
    <name>TimingJob</name>
    <message>
        <source>Finding the best time</source>
        <translation>Поиск лучшего времени</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>B</source>
        <translation>&#xa0;млрд</translation>
    </message>
    <message>
        <source>M</source>
        <translation>&#xa0;млн</translation>
    </message>
    <message>
        <source>K</source>
        <translation>&#xa0;тыс.</translation>
    </message>
    <message numerus="yes">
        <source>%n fact rows</source>
        <translation>
            <numerusform>%n строка данных</numerusform>
            <numerusform>%n строки данных</numerusform>
            <numerusform>%n строк данных</numerusform>
        </translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation>Валюта: %1</translation>
    </message>
    <message>
        <source>No value: the denominator is zero or the measure is missing.</source>
        <translation>Нет значения: знаменатель равен нулю или показатель отсутствует.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>number too long: &apos;%1&apos;</source>
        <translation>слишком длинное число: «%1»</translation>
    </message>
    <message>
        <source>not a number: &apos;%1&apos;</source>
        <translation>не число: «%1»</translation>
    </message>
    <message>
        <source>number too large: &apos;%1&apos;</source>
        <translation>слишком большое число: «%1»</translation>
    </message>
    <message>
        <source>a percentage, not an amount: &apos;%1&apos;</source>
        <translation>процент, а не сумма: «%1»</translation>
    </message>
    <message>
        <source>not an amount of money: &apos;%1&apos;</source>
        <translation>не денежная сумма: «%1»</translation>
    </message>
    <message>
        <source>amount too large: &apos;%1&apos;</source>
        <translation>слишком большая сумма: «%1»</translation>
    </message>
    <message>
        <source>not a whole number: &apos;%1&apos;</source>
        <translation>не целое число: «%1»</translation>
    </message>
    <message>
        <source>a whole number was expected, not &apos;%1&apos;</source>
        <translation>ожидалось целое число, а не «%1»</translation>
    </message>
    <message>
        <source>no such date: &apos;%1&apos;</source>
        <translation>такой даты нет: «%1»</translation>
    </message>
    <message>
        <source>not a date: &apos;%1&apos;</source>
        <translation>не дата: «%1»</translation>
    </message>
    <message>
        <source>ambiguous day/month order: &apos;%1&apos;</source>
        <translation>неоднозначный порядок дня и месяца: «%1»</translation>
    </message>
</context>
<context>
    <name>VkAdsConnector</name>
    <message numerus="yes">
        <source>Read %n rows from VK Ads</source>
        <translation>
            <numerusform>Прочитана %n строка из VK Рекламы</numerusform>
            <numerusform>Прочитаны %n строки из VK Рекламы</numerusform>
            <numerusform>Прочитано %n строк из VK Рекламы</numerusform>
        </translation>
    </message>
    <message>
        <source>VK Ads</source>
        <translation>VK Реклама</translation>
    </message>
    <message>
        <source>VK Ads account %1</source>
        <translation>Аккаунт VK Рекламы %1</translation>
    </message>
    <message>
        <source>%1: the daily request limit of VK Ads is used up; the sync will succeed tomorrow.</source>
        <translation>%1: суточный лимит запросов VK Рекламы исчерпан; синхронизация пройдёт успешно завтра.</translation>
    </message>
    <message>
        <source>%1: VK Ads asks to slow down (HTTP 429, %2).</source>
        <translation>%1: VK Реклама просит снизить частоту запросов (HTTP 429, %2).</translation>
    </message>
    <message>
        <source>%1: the VK Ads server failed (HTTP %2, %3).</source>
        <translation>%1: ошибка сервера VK Рекламы (HTTP %2, %3).</translation>
    </message>
    <message>
        <source>%1: VK Ads refused the client id and secret (%2); check the client_id option and paste the client secret from the VK Ads API settings again.</source>
        <translation>%1: VK Реклама отклонила идентификатор и секрет клиента (%2); проверьте параметр client_id и заново вставьте секрет клиента из настроек API VK Рекламы.</translation>
    </message>
    <message>
        <source>%1: the access token was refused (expired or revoked, HTTP 401); paste a new token.</source>
        <translation>%1: токен доступа отклонён (истёк срок действия или он отозван, HTTP 401); вставьте новый токен.</translation>
    </message>
    <message>
        <source>%1: the token has no access to %2 (ERR_ACCESS_DENIED); a token only sees the account it was issued for — use that account&apos;s token.</source>
        <translation>%1: у токена нет доступа к %2 (ERR_ACCESS_DENIED); токен видит только тот аккаунт, для которого выпущен, — используйте токен этого аккаунта.</translation>
    </message>
    <message>
        <source>%1: VK Ads refused %2 as too large (ERR_LIMIT_EXCEEDED).</source>
        <translation>%1: VK Реклама отклонила запрос %2 как слишком большой (ERR_LIMIT_EXCEEDED).</translation>
    </message>
    <message>
        <source>%1: VK Ads does not know some of the campaign ids asked for (%2); they may have been deleted. Sync again to reload the campaign list.</source>
        <translation>%1: VK Реклама не знает некоторые из запрошенных идентификаторов кампаний (%2); возможно, они удалены. Выполните синхронизацию ещё раз, чтобы перезагрузить список кампаний.</translation>
    </message>
    <message>
        <source>%1: %2 was not found (HTTP 404 %3).</source>
        <translation>%1: %2 не найдено (HTTP 404 %3).</translation>
    </message>
    <message>
        <source>%1: VK Ads refused %2 (HTTP %3 %4: %5).</source>
        <translation>%1: VK Реклама отклонила запрос %2 (HTTP %3 %4: %5).</translation>
    </message>
    <message>
        <source>%1: the hourly request limit of VK Ads is used up; try again in %2 minutes.</source>
        <translation>%1: часовой лимит запросов VK Рекламы исчерпан; повторите попытку через %2 мин.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: no access token (or client secret); paste one first.</source>
        <translation>%1: нет токена доступа (или секрета клиента); сначала вставьте его.</translation>
    </message>
    <message>
        <source>campaign list, page %1</source>
        <translation>список кампаний, страница %1</translation>
    </message>
    <message>
        <source>%1: the campaign list does not end.</source>
        <translation>%1: список кампаний не заканчивается.</translation>
    </message>
    <message>
        <source>account details</source>
        <translation>сведения об аккаунте</translation>
    </message>
    <message>
        <source>campaign list</source>
        <translation>список кампаний</translation>
    </message>
    <message>
        <source>%1: the period %2 – %3 is not a valid range of days.</source>
        <translation>%1: период %2 – %3 не является допустимым диапазоном дней.</translation>
    </message>
    <message>
        <source>%1: VK Ads keeps statistics for the last %2 days only; nothing before %3 can be read, so %4 – %5 was skipped.</source>
        <translation>%1: VK Реклама хранит статистику только за последние %2 дн.; данные до %3 прочитать нельзя, поэтому период %4 – %5 пропущен.</translation>
    </message>
    <message>
        <source>%1: VK Ads keeps statistics for the last %2 days only; days before %3 were not read.</source>
        <translation>%1: VK Реклама хранит статистику только за последние %2 дн.; дни до %3 не прочитаны.</translation>
    </message>
    <message>
        <source>Reading the VK Ads campaign list</source>
        <translation>Чтение списка кампаний VK Рекламы</translation>
    </message>
    <message>
        <source>Reading the VK Ads campaign list, page %1</source>
        <translation>Чтение списка кампаний VK Рекламы, страница %1</translation>
    </message>
    <message>
        <source>Reading VK Ads statistics, request %1 of %2</source>
        <translation>Чтение статистики VK Рекламы, запрос %1 из %2</translation>
    </message>
    <message>
        <source>statistics %1 – %2</source>
        <translation>статистика %1 – %2</translation>
    </message>
</context>
<context>
    <name>VkAdsParser</name>
    <message>
        <source>VK Ads %1: the answer is empty.</source>
        <translation>VK Реклама %1: пустой ответ.</translation>
    </message>
    <message>
        <source>VK Ads %1: the answer is not valid JSON (%2 at byte %3); it may have been cut off.</source>
        <translation>VK Реклама %1: ответ не является корректным JSON (%2 в байте %3); возможно, он был обрезан.</translation>
    </message>
    <message>
        <source>VK Ads %1: the answer is not a JSON object.</source>
        <translation>VK Реклама %1: ответ не является JSON-объектом.</translation>
    </message>
    <message>
        <source>VK Ads %1: the platform answered with error %2: %3</source>
        <translation>VK Реклама %1: площадка вернула ошибку %2: %3</translation>
    </message>
    <message>
        <source>VK Ads: %1: %2 &quot;%3&quot; is not a whole number.</source>
        <translation>VK Реклама: %1: %2 «%3» не является целым числом.</translation>
    </message>
    <message>
        <source>VK Ads: %1: %2 is negative (%3).</source>
        <translation>VK Реклама: %1: %2 — отрицательное значение (%3).</translation>
    </message>
    <message>
        <source>VK Ads: %1: %2 &quot;%3&quot; is not a number.</source>
        <translation>VK Реклама: %1: %2 «%3» не является числом.</translation>
    </message>
    <message>
        <source>VK Ads oauth2/token: the answer has no access_token.</source>
        <translation>VK Реклама oauth2/token: в ответе нет access_token.</translation>
    </message>
    <message>
        <source>VK Ads ad_plans: the answer has no &quot;items&quot; list.</source>
        <translation>VK Реклама ad_plans: в ответе нет списка «items».</translation>
    </message>
    <message>
        <source>VK Ads ad_plans: item %1 is not an object.</source>
        <translation>VK Реклама ad_plans: элемент %1 не является объектом.</translation>
    </message>
    <message>
        <source>VK Ads ad_plans: item %1 has no valid id (&quot;%2&quot;).</source>
        <translation>VK Реклама ad_plans: у элемента %1 нет допустимого id («%2»).</translation>
    </message>
    <message>
        <source>VK Ads %1: the answer has no &quot;items&quot; list.</source>
        <translation>VK Реклама %1: в ответе нет списка «items».</translation>
    </message>
    <message>
        <source>VK Ads %1: item %2 is not an object.</source>
        <translation>VK Реклама %1: элемент %2 не является объектом.</translation>
    </message>
    <message>
        <source>VK Ads %1: item %2 has no valid id (&quot;%3&quot;).</source>
        <translation>VK Реклама %1: у элемента %2 нет допустимого id («%3»).</translation>
    </message>
    <message>
        <source>VK Ads %1: campaign %2: &quot;rows&quot; is not a list.</source>
        <translation>VK Реклама %1: кампания %2: «rows» не является списком.</translation>
    </message>
    <message>
        <source>campaign %1, row %2</source>
        <translation>кампания %1, строка %2</translation>
    </message>
    <message>
        <source>VK Ads: %1 is not an object.</source>
        <translation>VK Реклама: %1 не является объектом.</translation>
    </message>
    <message>
        <source>VK Ads: %1: date &quot;%2&quot; is not a YYYY-MM-DD day.</source>
        <translation>VK Реклама: %1: дата «%2» не является днём в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>VK Ads: %1: day %2 is outside the asked period %3 – %4.</source>
        <translation>VK Реклама: %1: день %2 выходит за пределы запрошенного периода %3 – %4.</translation>
    </message>
    <message>
        <source>VK Ads: %1 has no &quot;base&quot; metrics.</source>
        <translation>VK Реклама: у %1 нет базовых метрик («base»).</translation>
    </message>
    <message>
        <source>VK Ads: %1: &quot;romi&quot; is not an object.</source>
        <translation>VK Реклама: %1: «romi» не является объектом.</translation>
    </message>
</context>
<context>
    <name>WriteAccess</name>
    <message>
        <source>Cannot create the database %1: the folder %2 is read-only. Choose another place or make the folder writable.</source>
        <translation>Не удаётся создать базу данных %1: папка %2 доступна только для чтения. Выберите другое место или разрешите запись в папку.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only: nothing was changed. Make it writable (or work on a copy) and run again.</source>
        <translation>Файл базы данных %1 доступен только для чтения: ничего не изменено. Разрешите запись в него (или работайте с копией) и запустите снова.</translation>
    </message>
    <message>
        <source>The database&apos;s journal file %1 is read-only: nothing was changed. Make it writable (like %2) and run again.</source>
        <translation>Файл журнала базы данных %1 доступен только для чтения: ничего не изменено. Разрешите запись в него (как в %2) и запустите снова.</translation>
    </message>
    <message>
        <source>The folder %1 of the database %2 is read-only: SQLite writes its journal beside the database, so nothing was changed. Make the folder writable and run again.</source>
        <translation>Папка %1 базы данных %2 доступна только для чтения: SQLite записывает журнал рядом с базой данных, поэтому ничего не изменено. Разрешите запись в папку и запустите снова.</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>Period: no data. Filters: %1</source>
        <translation>Период: нет данных. Фильтры: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (compared with %3 to %4). Filters: %5</source>
        <translation>Период: с %1 по %2 (в сравнении с периодом с %3 по %4). Фильтры: %5</translation>
    </message>
    <message>
        <source>Demetra report: %1</source>
        <translation>Отчёт Demetra: %1</translation>
    </message>
    <message>
        <source>Cannot write the Excel report %1: %2. Choose a folder you can write to.</source>
        <translation>Не удалось записать отчёт Excel %1: %2. Выберите папку, в которую разрешена запись.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>cannot create it</source>
        <translation>не удаётся создать файл</translation>
    </message>
</context>
<context>
    <name>YandexDirectConnector</name>
    <message>
        <source>(the token&apos;s own account)</source>
        <translation>(кабинет, к которому привязан токен)</translation>
    </message>
    <message>
        <source>Yandex.Direct client %1: the offline report queue is full (%2); wait for the other reports and sync again.</source>
        <translation>Клиент Яндекс Директа %1: очередь офлайн-отчётов заполнена (%2); дождитесь завершения других отчётов и запустите синхронизацию снова.</translation>
    </message>
    <message>
        <source>Yandex.Direct client %1: the OAuth token was refused (%2); it expired or was revoked: authorise again and paste a new token.</source>
        <translation>Клиент Яндекс Директа %1: OAuth-токен отклонён (%2); срок его действия истёк или он был отозван: авторизуйтесь снова и вставьте новый токен.</translation>
    </message>
    <message>
        <source>Yandex.Direct client %1: no access (%2); check the client login and that the token&apos;s user may read this client&apos;s statistics.</source>
        <translation>Клиент Яндекс Директа %1: нет доступа (%2); проверьте логин клиента и то, что пользователь токена может читать статистику этого клиента.</translation>
    </message>
    <message>
        <source>%1: Yandex.Direct failed to prepare the answer (%2); try a shorter period or later.</source>
        <translation>%1: Яндекс Директу не удалось подготовить ответ (%2); попробуйте более короткий период или повторите позже.</translation>
    </message>
    <message>
        <source>Yandex.Direct client %1: the request was refused (%2).</source>
        <translation>Клиент Яндекс Директа %1: запрос отклонён (%2).</translation>
    </message>
    <message>
        <source>Yandex.Direct client %1, Clients service</source>
        <translation>Клиент Яндекс Директа %1, сервис Clients</translation>
    </message>
    <message>
        <source>Yandex.Direct Clients: unexpected HTTP %1.</source>
        <translation>Яндекс Директ, Clients: неожиданный ответ HTTP %1.</translation>
    </message>
    <message>
        <source>Yandex.Direct client %1, report %2</source>
        <translation>Клиент Яндекс Директа %1, отчёт %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unexpected HTTP %2.</source>
        <translation>%1: неожиданный ответ HTTP %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the report did not finish within %n minute(s); sync a shorter period or try again later.</source>
        <translation>
            <numerusform>%1: отчёт не был готов в течение %n минуты; синхронизируйте более короткий период или повторите попытку позже.</numerusform>
            <numerusform>%1: отчёт не был готов в течение %n минут; синхронизируйте более короткий период или повторите попытку позже.</numerusform>
            <numerusform>%1: отчёт не был готов в течение %n минут; синхронизируйте более короткий период или повторите попытку позже.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yandex.Direct is preparing the report %1 (%2 in the queue)</source>
        <translation>Яндекс Директ готовит отчёт %1 (в очереди: %2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Yandex.Direct client %1: the period %2 – %3 is not valid.</source>
        <translation>Клиент Яндекс Директа %1: период %2 – %3 недопустим.</translation>
    </message>
    <message>
        <source>Reading the Yandex.Direct client&apos;s currency</source>
        <translation>Чтение валюты клиента Яндекс Директа</translation>
    </message>
    <message>
        <source>Yandex.Direct client %1: the currency could not be read (%2); RUB is assumed. Set the account&apos;s &quot;currency&quot; option if it differs.</source>
        <translation>Клиент Яндекс Директа %1: не удалось прочитать валюту (%2); принимается RUB. Если валюта другая, задайте параметр «currency» для кабинета.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Requesting the Yandex.Direct report %1 – %2</source>
        <translation>Запрос отчёта Яндекс Директа за %1 – %2</translation>
    </message>
    <message>
        <source>Yandex.Direct client %1: report line %2 is dated %3, outside the period asked for.</source>
        <translation>Клиент Яндекс Директа %1: строка отчёта %2 датирована %3 — вне запрошенного периода.</translation>
    </message>
    <message>
        <source>Read %1 Yandex.Direct rows</source>
        <translation>Прочитано строк Яндекс Директа: %1</translation>
    </message>
</context>
<context>
    <name>YandexDirectReportParser</name>
    <message>
        <source>Yandex.Direct report line %1: %2 &quot;%3&quot; is not a number.</source>
        <translation>Отчёт Яндекс Директа, строка %1: %2 «%3» не является числом.</translation>
    </message>
    <message>
        <source>Yandex.Direct report line %1: %2 &quot;%3&quot; is negative.</source>
        <translation>Отчёт Яндекс Директа, строка %1: %2 «%3» — отрицательное значение.</translation>
    </message>
    <message>
        <source>Yandex.Direct report: the answer is empty.</source>
        <translation>Отчёт Яндекс Директа: ответ пуст.</translation>
    </message>
    <message>
        <source>Yandex.Direct report line %1: the column header is missing (no Date column); the answer is not a report.</source>
        <translation>Отчёт Яндекс Директа, строка %1: отсутствует заголовок столбцов (нет столбца Date); ответ не является отчётом.</translation>
    </message>
    <message>
        <source>Yandex.Direct report line %1: the column %2 appears twice.</source>
        <translation>Отчёт Яндекс Директа, строка %1: столбец %2 встречается дважды.</translation>
    </message>
    <message>
        <source>Yandex.Direct report line %1: the column header has no CampaignId.</source>
        <translation>Отчёт Яндекс Директа, строка %1: в заголовке столбцов нет CampaignId.</translation>
    </message>
    <message>
        <source>Yandex.Direct report: the closing &quot;Total rows&quot; line is missing; the answer was cut off.</source>
        <translation>Отчёт Яндекс Директа: отсутствует завершающая строка «Total rows»; ответ был обрезан.</translation>
    </message>
    <message>
        <source>Yandex.Direct report line %1: %2 columns where the header has %3; the answer is malformed or was cut off.</source>
        <translation>Отчёт Яндекс Директа, строка %1: столбцов %2, а в заголовке — %3; ответ повреждён или был обрезан.</translation>
    </message>
    <message>
        <source>Yandex.Direct report line %1: Date &quot;%2&quot; is not a valid day.</source>
        <translation>Отчёт Яндекс Директа, строка %1: Date «%2» не является корректной датой.</translation>
    </message>
    <message>
        <source>Yandex.Direct report line %1: CampaignId &quot;%2&quot; is not an id.</source>
        <translation>Отчёт Яндекс Директа, строка %1: CampaignId «%2» не является идентификатором.</translation>
    </message>
    <message>
        <source>Yandex.Direct report line %1: the revenue is too large.</source>
        <translation>Отчёт Яндекс Директа, строка %1: слишком большое значение выручки.</translation>
    </message>
    <message>
        <source>Yandex.Direct report: the report says %1 rows but %2 arrived; the answer was cut off.</source>
        <translation>Отчёт Яндекс Директа: в отчёте указано строк: %1, а получено: %2; ответ был обрезан.</translation>
    </message>
    <message>
        <source>Yandex.Direct Clients: the answer is not a JSON object (%1 at offset %2).</source>
        <translation>Яндекс Директ, Clients: ответ не является объектом JSON (%1 на позиции %2).</translation>
    </message>
    <message>
        <source>Yandex.Direct Clients: error %1: %2 %3</source>
        <translation>Яндекс Директ, Clients: ошибка %1: %2 %3</translation>
    </message>
    <message>
        <source>Yandex.Direct Clients: the answer names no currency for %1.</source>
        <translation>Яндекс Директ, Clients: в ответе не указана валюта для %1.</translation>
    </message>
</context>
</TS>
