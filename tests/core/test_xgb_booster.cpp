#include "core/forecast/xgb_booster.h"
#include "core/forecast/xgb_matrix.h"

#include <QtTest>
#include <cmath>

using namespace Demetra;
using namespace Demetra::Forecast;

namespace {

// y = 3·x0 − 2·x1 + noise-free step on x2: learnable by shallow trees.
void makeData(int rows, QList<float> &x, QList<float> &y)
{
    x.clear();
    y.clear();
    for (int i = 0; i < rows; ++i) {
        const float a = float((i * 37) % 101) / 100.0f;
        const float b = float((i * 53) % 97) / 96.0f;
        const float c = float(i % 3);
        x << a << b << c;
        y << 3.0f * a - 2.0f * b + (c > 1.5f ? 1.0f : 0.0f);
    }
}

} // namespace

class TestXgbBooster : public QObject
{
    Q_OBJECT

private slots:
    void trainsPredictsAndIsDeterministic()
    {
        QList<float> x, y;
        makeData(600, x, y);
        auto matrix = XgbMatrix::create(x, 600, 3, y, 1);
        QVERIFY2(matrix, qPrintable(matrix ? QString() : matrix.error().toString()));
        XgbParams params;
        params.rounds = 60;
        params.maxDepth = 4;
        params.eta = 0.3;
        int calls = 0;
        auto first = XgbBooster::train(*matrix, params, [&](int done, int total) {
            ++calls;
            return done <= total;
        });
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(calls, 60);
        QCOMPARE(first->featureCount(), 3);
        QCOMPARE(first->rounds(), 60);
        auto second = XgbBooster::train(*matrix, params);
        QVERIFY(second);
        auto p1 = first->predict(*matrix);
        auto p2 = second->predict(*matrix);
        QVERIFY(p1 && p2);
        QCOMPARE(*p1, *p2);
        double mae = 0;
        for (int i = 0; i < 600; ++i)
            mae += std::abs((*p1)[i] - y[i]);
        QVERIFY2(mae / 600 < 0.1, qPrintable(QString::number(mae / 600)));
    }

    void contributionsSumToPrediction()
    {
        QList<float> x, y;
        makeData(300, x, y);
        auto matrix = XgbMatrix::create(x, 300, 3, y);
        QVERIFY(matrix);
        XgbParams params;
        params.rounds = 30;
        auto booster = XgbBooster::train(*matrix, params);
        QVERIFY(booster);
        auto prediction = booster->predict(*matrix);
        auto contributions = booster->contributions(*matrix);
        QVERIFY(prediction && contributions);
        QCOMPARE(contributions->size(), 300 * 4);
        for (int row = 0; row < 300; ++row) {
            double sum = 0;
            for (int c = 0; c < 4; ++c)
                sum += (*contributions)[row * 4 + c];
            QVERIFY(std::abs(sum - (*prediction)[row]) < 1e-4);
        }
    }

    void savesAndLoadsJson()
    {
        QList<float> x, y;
        makeData(200, x, y);
        auto matrix = XgbMatrix::create(x, 200, 3, y);
        XgbParams params;
        params.rounds = 20;
        auto booster = XgbBooster::train(*matrix, params);
        QVERIFY(booster);
        auto json = booster->saveJson();
        QVERIFY(json);
        QVERIFY(json->startsWith('{'));
        auto loaded = XgbBooster::loadJson(*json);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(*loaded->predict(*matrix), *booster->predict(*matrix));
    }

    void errorsAreErrors()
    {
        auto corrupt = XgbBooster::loadJson(QByteArrayLiteral("{\"learner\": 42"));
        QVERIFY(!corrupt);
        QCOMPARE(corrupt.error().code, ErrorCode::BadInput);
        QVERIFY(!corrupt.error().detail.isEmpty());
        QVERIFY(!XgbBooster::loadJson(QByteArray()));

        QList<float> x, y;
        makeData(100, x, y);
        auto matrix = XgbMatrix::create(x, 100, 3, y);
        XgbParams params;
        params.rounds = 5;
        auto booster = XgbBooster::train(*matrix, params);
        QVERIFY(booster);
        QList<float> two(200, 1.0f);
        auto narrow = XgbMatrix::create(two, 100, 2);
        QVERIFY(narrow);
        auto wrong = booster->predict(*narrow);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::InvalidArgument);

        QList<float> badLabels = y;
        badLabels[7] = std::nanf("");
        auto nanLabel = XgbMatrix::create(x, 100, 3, badLabels);
        QVERIFY(!nanLabel);
        QCOMPARE(nanLabel.error().code, ErrorCode::BadInput);
        QVERIFY(!XgbMatrix::create(x, 0, 3));

        params.rounds = 50;
        auto cancelled = XgbBooster::train(*matrix, params, [](int done, int) { return done < 10; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        params.eta = -1;
        QVERIFY(!XgbBooster::train(*matrix, params));
    }
};

QTEST_GUILESS_MAIN(TestXgbBooster)
#include "test_xgb_booster.moc"
