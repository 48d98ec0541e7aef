<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Первый день периода (ГГГГ-ММ-ДД).</translation>
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
        <source>import: the account name the rows are filed under.</source>
        <translation>import: название аккаунта, к которому относятся строки.</translation>
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
        <source>generate-sample: output file.</source>
        <translation>generate-sample: выходной файл.</translation>
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
  generate-sample --out FILE   write the synthetic sample data set</source>
        <translation>Demetra — инструмент командной строки.

Команды:
  import ФАЙЛ...        импорт CSV-выгрузок в базу данных
  summary               итоговые KPI за период и изменение к предыдущему периоду
  channels              KPI по каналам
  campaigns             KPI по кампаниям
  breakdown --by DIM    KPI по аудиториям, сегментам, регионам, языкам, дням недели или месяцам
  timeseries --metric M --by day|week|month   динамика показателя
  runs                  последние импорты и их результаты
  rejected RUN          строки, отклонённые импортом: строка, столбец и причина
  generate-sample --out ФАЙЛ   создать синтетический набор демо-данных</translation>
    </message>
    <message>
        <source>rejected needs the run number (see &apos;demetra-cli runs&apos;)</source>
        <translation>для rejected нужен номер импорта (см. «demetra-cli runs»)</translation>
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
    <name>Database</name>
    <message>
        <source>PostgreSQL team databases are not supported by this build yet.</source>
        <translation>Командные базы данных PostgreSQL пока не поддерживаются в этой сборке.</translation>
    </message>
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
</context>
<context>
    <name>Demetra::Ui::ChannelTableModel</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
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
        <translation>Нет значения: знаменатель равен нулю или нет данных по показателю.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
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
        <source>Import CSV exports from ad platforms (Ctrl+O); you can also drop files on the window</source>
        <translation>Импорт CSV-выгрузок из рекламных кабинетов (Ctrl+O); файлы можно также перетащить в окно</translation>
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
        <source>The database is empty. Drop CSV exports from your ad platforms here, use File → Import, or start with the bundled sample data.</source>
        <translation>База данных пуста. Перетащите сюда CSV-выгрузки из рекламных кабинетов, выберите Файл → Импорт или начните со встроенных демо-данных.</translation>
    </message>
    <message>
        <source>Load the sample data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
    <message>
        <source>Imports a synthetic year of campaigns on eight channels (%1)</source>
        <translation>Импортирует синтетические данные кампаний за год по восьми каналам (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
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
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2 в сравнении с %3 – %4</translation>
    </message>
    <message>
        <source>money adds up different currencies: %1</source>
        <translation>суммы в разных валютах сложены вместе: %1</translation>
    </message>
    <message>
        <source>%1: not imported — %2</source>
        <translation>%1: не импортирован — %2</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing from it was kept</source>
        <translation>%1: отменено; данные из файла не сохранены</translation>
    </message>
    <message>
        <source>%1 (%2): %3 rows read, %4 written, %5 rejected</source>
        <translation>%1 (%2): прочитано строк: %3, записано: %4, отклонено: %5</translation>
    </message>
    <message>
        <source> — first: line %1, %2</source>
        <translation> — первая: строка %1, %2</translation>
    </message>
    <message>
        <source>Import cancelled: nothing from the unfinished file was kept; files finished before it stay imported.</source>
        <translation>Импорт отменён: из незавершённого файла ничего не сохранено; файлы, импортированные до него, остались.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Demetra advertising analytics</source>
        <translation>Demetra — аналитика рекламы</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Файл базы данных.</translation>
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
</context>
<context>
    <name>FactWriter</name>
    <message>
        <source>Cannot record the %1.</source>
        <translation>Не удалось сохранить запись (%1).</translation>
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
</context>
<context>
    <name>RecordPipeline</name>
    <message>
        <source>duplicate of line %1</source>
        <translation>дубликат строки %1</translation>
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
    <name>SqliteStatement</name>
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
</TS>
