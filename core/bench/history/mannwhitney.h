#pragma once

#include <span>

// Two-sample Mann–Whitney U test (Wilcoxon rank-sum test), two-sided.
namespace linda::bench {

// Both samples at or below this size and no ties: the p-value comes from the
// exact distribution of U; otherwise from the normal approximation.
inline constexpr int kMannWhitneyExactMaxSize = 20;

struct MannWhitneyResult
{
    int n1 = 0;
    int n2 = 0;
    double u1 = 0;     // U of the first sample: pairs (x, y) with x > y, ties counted 1/2
    double u2 = 0;     // n1 * n2 - u1
    double z = 0;      // standardized |U - n1 n2 / 2| with continuity correction; 0 when exact
    double pValue = 1; // two-sided; 1 when either sample is empty or all values are equal
    bool exact = false;
};

// Ranks the pooled samples (ties get their average rank) and tests whether
// one sample tends to hold larger values than the other.
//
// Normal approximation: mean n1 n2 / 2, variance n1 n2 / 12 * ((n + 1) -
// sum(t^3 - t) / (n (n - 1))) over tie groups of size t, and a continuity
// correction of 0.5 towards the mean; p = erfc(|z| / sqrt 2). This matches
// SciPy's mannwhitneyu(method="asymptotic", use_continuity=True).
// Exact: p = min(1, 2 min(P(U <= u1), P(U >= u1))) over all n1-subsets of
// the pooled ranks, like SciPy's method="exact".
MannWhitneyResult mannWhitneyU(std::span<const double> first, std::span<const double> second);

} // namespace linda::bench
