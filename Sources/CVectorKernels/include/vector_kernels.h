#ifndef SWIFTGAN_VECTOR_KERNELS_H
#define SWIFTGAN_VECTOR_KERNELS_H

#include <stdbool.h>

/// Loops that the Swift compiler leaves scalar without a target CPU: each is
/// compiled for AVX-512, AVX2 and the baseline, and the loader picks the best
/// one this CPU runs (GNU ifunc), so the package needs no CPU flags.

/// One Adam step without AMSGrad or weight decay over `count` elements:
/// m <- lerp(m, g, firstWeight) (from g's side when `fromEnd`),
/// v <- v * beta2 + secondWeight * g * g,
/// p <- p + negativeStepSize * m / (sqrt(v) / correction2 + eps).
void sg_adam_plain_update(
    float *p, const float *g, float *m, float *v, long count, float firstWeight, bool fromEnd, float beta2,
    float secondWeight, float negativeStepSize, float correction2, float eps);

/// Whether none of `count` values is infinite or NaN.
bool sg_all_finite(const float *x, long count);

/// Softmax of each of `rows` contiguous rows of `columns` values: the row's
/// largest value subtracted, e^x by a polynomial with about 1 ulp of error,
/// and the division by the row's sum (summed in 16 interleaved partial sums,
/// the same order on every CPU). A row of only -inf gives NaN (0 / 0), as the
/// composite form `exp(x - logsumexp(x))` does.
void sg_softmax_rows(const float *x, float *y, long rows, long columns);

#endif
