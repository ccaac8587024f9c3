#include "vector_kernels.h"

#include <string.h>

#if defined(__x86_64__) && defined(__ELF__) && defined(__clang__)
#define SG_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define SG_CLONES
#endif

// No fused multiply-adds: every clone rounds each operation as the Swift
// reference loops do, so results do not depend on the CPU.
#pragma clang fp contract(off)

SG_CLONES
void sg_adam_plain_update(
    float *restrict p, const float *restrict g, float *restrict m, float *restrict v, long count, float firstWeight,
    bool fromEnd, float beta2, float secondWeight, float negativeStepSize, float correction2, float eps) {
    const float remaining = 1 - firstWeight;
    if (fromEnd) {
        for (long j = 0; j < count; j++) {
            const float d = g[j];
            const float first = d - (d - m[j]) * remaining;
            const float second = v[j] * beta2 + secondWeight * d * d;
            m[j] = first;
            v[j] = second;
            p[j] = p[j] + negativeStepSize * first / (__builtin_elementwise_sqrt(second) / correction2 + eps);
        }
    } else {
        for (long j = 0; j < count; j++) {
            const float d = g[j];
            const float first = m[j] + firstWeight * (d - m[j]);
            const float second = v[j] * beta2 + secondWeight * d * d;
            m[j] = first;
            v[j] = second;
            p[j] = p[j] + negativeStepSize * first / (__builtin_elementwise_sqrt(second) / correction2 + eps);
        }
    }
}

SG_CLONES
bool sg_all_finite(const float *x, long count) {
    // A value is infinite or NaN exactly when its exponent bits are all ones.
    unsigned int largest = 0;
    for (long i = 0; i < count; i++) {
        unsigned int bits;
        memcpy(&bits, x + i, sizeof bits);
        const unsigned int exponent = bits & 0x7f800000u;
        largest = exponent > largest ? exponent : largest;
    }
    return largest != 0x7f800000u;
}
