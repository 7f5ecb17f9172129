#include "mannwhitney.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace linda::bench {

namespace {

struct RankSums
{
    double firstRankSum = 0;
    double tieTerm = 0; // sum of t^3 - t over groups of tied values
    bool hasTies = false;
};

// Ranks 1..n over the pooled values, ties sharing the average of their ranks.
RankSums rankPooled(std::span<const double> first, std::span<const double> second)
{
    struct Entry
    {
        double value;
        bool fromFirst;
    };
    std::vector<Entry> pooled;
    pooled.reserve(first.size() + second.size());
    for (const double v : first)
        pooled.push_back({v, true});
    for (const double v : second)
        pooled.push_back({v, false});
    std::sort(pooled.begin(), pooled.end(), [](const Entry &a, const Entry &b) { return a.value < b.value; });

    RankSums sums;
    std::size_t i = 0;
    while (i < pooled.size()) {
        std::size_t j = i + 1;
        while (j < pooled.size() && pooled[j].value == pooled[i].value)
            ++j;
        // Values i..j-1 are tied; their ranks i+1..j average to (i + 1 + j) / 2.
        const double rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        const double t = static_cast<double>(j - i);
        for (std::size_t k = i; k < j; ++k) {
            if (pooled[k].fromFirst)
                sums.firstRankSum += rank;
        }
        if (j - i > 1) {
            sums.hasTies = true;
            sums.tieTerm += t * t * t - t;
        }
        i = j;
    }
    return sums;
}

// Number of ways each U value 0..n1*n2 arises when n1 of n1+n2 distinct ranks
// go to the first sample. counts[m][u] for samples of size m and n grows by
// the recurrence f(m, n, u) = f(m - 1, n, u - n) + f(m, n - 1, u); kept in
// doubles because C(40, 20) is about 1.4e11, exact in a double.
std::vector<double> exactUDistribution(int n1, int n2)
{
    const int maxU = n1 * n2;
    // table[m][n] as flat vectors, built for n from 0 to n2 and m from 0 to n1.
    std::vector<std::vector<std::vector<double>>> table(
        static_cast<std::size_t>(n1 + 1), std::vector<std::vector<double>>(static_cast<std::size_t>(n2 + 1)));
    for (int m = 0; m <= n1; ++m) {
        for (int n = 0; n <= n2; ++n) {
            auto &cell = table[std::size_t(m)][std::size_t(n)];
            cell.assign(static_cast<std::size_t>(m * n + 1), 0.0);
            if (m == 0 || n == 0) {
                cell[0] = 1.0;
                continue;
            }
            // The largest rank belongs to the first sample (adds n to U) or to the second.
            const auto &withLargest = table[std::size_t(m - 1)][std::size_t(n)];
            const auto &withoutLargest = table[std::size_t(m)][std::size_t(n - 1)];
            for (int u = 0; u <= m * n; ++u) {
                double count = 0;
                if (u - n >= 0 && u - n < static_cast<int>(withLargest.size()))
                    count += withLargest[std::size_t(u - n)];
                if (u < static_cast<int>(withoutLargest.size()))
                    count += withoutLargest[std::size_t(u)];
                cell[std::size_t(u)] = count;
            }
        }
    }
    auto counts = table[std::size_t(n1)][std::size_t(n2)];
    counts.resize(static_cast<std::size_t>(maxU + 1), 0.0);
    return counts;
}

double exactTwoSidedP(double u1, int n1, int n2)
{
    const std::vector<double> counts = exactUDistribution(n1, n2);
    const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    // Without ties U is an integer; round away representation noise.
    const auto u = static_cast<std::size_t>(std::llround(u1));
    double atOrBelow = 0;
    double atOrAbove = 0;
    for (std::size_t k = 0; k < counts.size(); ++k) {
        if (k <= u)
            atOrBelow += counts[k];
        if (k >= u)
            atOrAbove += counts[k];
    }
    return std::min(1.0, 2.0 * std::min(atOrBelow, atOrAbove) / total);
}

} // namespace

MannWhitneyResult mannWhitneyU(std::span<const double> first, std::span<const double> second)
{
    MannWhitneyResult result;
    result.n1 = static_cast<int>(first.size());
    result.n2 = static_cast<int>(second.size());
    if (first.empty() || second.empty())
        return result;

    const double n1 = result.n1;
    const double n2 = result.n2;
    const RankSums sums = rankPooled(first, second);
    result.u1 = sums.firstRankSum - n1 * (n1 + 1.0) / 2.0;
    result.u2 = n1 * n2 - result.u1;

    if (!sums.hasTies && result.n1 <= kMannWhitneyExactMaxSize && result.n2 <= kMannWhitneyExactMaxSize) {
        result.exact = true;
        result.pValue = exactTwoSidedP(result.u1, result.n1, result.n2);
        return result;
    }

    const double n = n1 + n2;
    const double variance = n1 * n2 / 12.0 * ((n + 1.0) - sums.tieTerm / (n * (n - 1.0)));
    // Every value equal: U carries no information.
    if (variance <= 0)
        return result;
    const double distance = std::abs(result.u1 - n1 * n2 / 2.0);
    // The continuity correction never pushes the statistic past the mean.
    result.z = std::max(0.0, distance - 0.5) / std::sqrt(variance);
    result.pValue = std::min(1.0, std::erfc(result.z / std::sqrt(2.0)));
    return result;
}

} // namespace linda::bench
