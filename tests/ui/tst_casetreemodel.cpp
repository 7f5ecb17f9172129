#include "casetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace linda;
using linda::ui::CaseTreeModel;

namespace {

bench::CaseInfo info(const QString &id, bench::Suite suite)
{
    bench::CaseInfo i;
    i.id = id;
    i.suite = suite;
    i.title = u"Title of "_qs + id;
    return i;
}

QList<bench::CaseInfo> cases()
{
    return {info(u"bench.a"_qs, bench::Suite::Benchmark), info(u"bench.b"_qs, bench::Suite::Benchmark),
            info(u"load.a"_qs, bench::Suite::Load), info(u"mem.a"_qs, bench::Suite::Memory)};
}

QModelIndex suiteIndex(const CaseTreeModel &model, int row)
{
    return model.index(row, CaseTreeModel::NameColumn);
}

Qt::CheckState checkState(const QModelIndex &index)
{
    return Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
}

} // namespace

class TestCaseTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void groupsBySuite();
    void newCasesChecked();
    void uncheckCaseMakesSuitePartial();
    void checkSuiteChecksChildren();
    void setCasesKeepsUnchecked();
    void verdictShownAndKept();
    void tooltipNamesIdAndTitle_data();
    void tooltipNamesIdAndTitle();
};

void TestCaseTreeModel::modelTester()
{
    CaseTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCases(cases());
    model.setData(model.index(0, 0, suiteIndex(model, 0)), Qt::Unchecked, Qt::CheckStateRole);
    model.setData(suiteIndex(model, 1), Qt::Unchecked, Qt::CheckStateRole);
    model.setVerdict(u"mem.a"_qs, bench::Verdict::Fail);
    model.setCases(cases().mid(1));
}

void TestCaseTreeModel::groupsBySuite()
{
    CaseTreeModel model;
    model.setCases(cases());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(suiteIndex(model, 0).data().toString(), u"benchmark"_qs);
    QCOMPARE(model.rowCount(suiteIndex(model, 0)), 2);
    QCOMPARE(model.rowCount(suiteIndex(model, 1)), 1);
    QCOMPARE(model.index(0, 0, suiteIndex(model, 2)).data().toString(), u"mem.a"_qs);
}

void TestCaseTreeModel::newCasesChecked()
{
    CaseTreeModel model;
    model.setCases(cases());
    QCOMPARE(model.checkedCaseIds(), (QStringList{u"bench.a"_qs, u"bench.b"_qs, u"load.a"_qs, u"mem.a"_qs}));
    QCOMPARE(checkState(suiteIndex(model, 0)), Qt::Checked);
}

void TestCaseTreeModel::uncheckCaseMakesSuitePartial()
{
    CaseTreeModel model;
    model.setCases(cases());
    QSignalSpy changed(&model, &CaseTreeModel::checkedCasesChanged);

    QVERIFY(model.setData(model.index(1, 0, suiteIndex(model, 0)), Qt::Unchecked, Qt::CheckStateRole));

    QCOMPARE(changed.size(), 1);
    QCOMPARE(checkState(suiteIndex(model, 0)), Qt::PartiallyChecked);
    QVERIFY(!model.checkedCaseIds().contains(u"bench.b"_qs));
}

void TestCaseTreeModel::checkSuiteChecksChildren()
{
    CaseTreeModel model;
    model.setCases(cases());
    model.setCheckedCaseIds({u"load.a"_qs});
    QCOMPARE(checkState(suiteIndex(model, 0)), Qt::Unchecked);

    QVERIFY(model.setData(suiteIndex(model, 0), Qt::Checked, Qt::CheckStateRole));

    QCOMPARE(model.checkedCaseIds(), (QStringList{u"bench.a"_qs, u"bench.b"_qs, u"load.a"_qs}));
    QCOMPARE(checkState(model.index(0, 0, suiteIndex(model, 0))), Qt::Checked);
}

void TestCaseTreeModel::setCasesKeepsUnchecked()
{
    CaseTreeModel model;
    model.setCases(cases());
    model.setCheckedCaseIds({u"bench.a"_qs});

    QList<bench::CaseInfo> more = cases();
    more.append(info(u"mem.new"_qs, bench::Suite::Memory));
    model.setCases(more);

    QCOMPARE(model.checkedCaseIds(), (QStringList{u"bench.a"_qs, u"mem.new"_qs}));
}

void TestCaseTreeModel::verdictShownAndKept()
{
    CaseTreeModel model;
    model.setCases(cases());
    model.setVerdict(u"load.a"_qs, bench::Verdict::Fail);
    const QModelIndex verdict = model.index(0, CaseTreeModel::VerdictColumn, suiteIndex(model, 1));
    QCOMPARE(verdict.data().toString(), u"fail"_qs);

    model.setCases(cases());

    QCOMPARE(model.verdict(u"load.a"_qs), bench::Verdict::Fail);
}

void TestCaseTreeModel::tooltipNamesIdAndTitle_data()
{
    QTest::addColumn<int>("column");
    QTest::addRow("name column") << int(CaseTreeModel::NameColumn);
    QTest::addRow("verdict column") << int(CaseTreeModel::VerdictColumn);
}

void TestCaseTreeModel::tooltipNamesIdAndTitle()
{
    QFETCH(int, column);
    CaseTreeModel model;
    model.setCases(cases());
    const QModelIndex bench = suiteIndex(model, 0);
    const QString tip = model.index(1, column, bench).data(Qt::ToolTipRole).toString();
    QCOMPARE(tip, u"bench.b\nTitle of bench.b"_qs);
}

QTEST_MAIN(TestCaseTreeModel)
#include "tst_casetreemodel.moc"
