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

// e^x by Cody-Waite range reduction and Cephes' degree-5 polynomial (about
// 1 ulp), in operations every clone vectorizes and rounds alike: x = n ln2 + r
// with n rounded to nearest by adding 1.5 * 2^23, e^r by the polynomial, 2^n
// written into the exponent bits. Below ln(FLT_MIN) the result is 0.
static inline float sg_exp(float x) {
    const float low = -87.33654475f, high = 88.37626266f;
    const float clamped = x < low ? low : (x > high ? high : x);
    const float shifter = 12582912.0f;
    const float t = clamped * 1.44269504088896341f + shifter;
    const float n = t - shifter;
    const float r = (clamped - n * 0.693359375f) - n * -2.12194440e-4f;
    const float p = ((((1.9875691500e-4f * r + 1.3981999507e-3f) * r + 8.3334519073e-3f) * r + 4.1665795894e-2f) * r
                     + 1.6666665459e-1f) * r + 5.0000001201e-1f;
    const float e = p * (r * r) + r + 1.0f;
    unsigned int ti, si;
    const float shifterCopy = shifter;
    memcpy(&ti, &t, sizeof ti);
    memcpy(&si, &shifterCopy, sizeof si);
    const unsigned int scaleBits = (ti - si + 127u) << 23;
    float scale;
    memcpy(&scale, &scaleBits, sizeof scale);
    const float y = e * scale;
    return x < low ? 0.0f : y;
}

enum { SG_LANES = 16 };

SG_CLONES
void sg_softmax_rows(const float *restrict x, float *restrict y, long rows, long columns) {
    for (long row = 0; row < rows; row++) {
        const float *in = x + row * columns;
        float *out = y + row * columns;
        const long whole = columns - columns % SG_LANES;
        float lanes[SG_LANES];
        for (int l = 0; l < SG_LANES; l++) lanes[l] = -__builtin_inff();
        for (long j = 0; j < whole; j += SG_LANES) {
            for (int l = 0; l < SG_LANES; l++) lanes[l] = in[j + l] > lanes[l] ? in[j + l] : lanes[l];
        }
        float largest = -__builtin_inff();
        for (int l = 0; l < SG_LANES; l++) largest = lanes[l] > largest ? lanes[l] : largest;
        for (long j = whole; j < columns; j++) largest = in[j] > largest ? in[j] : largest;
        // An all-infinite row shifts by the largest finite float, as the composite form does.
        const float shift = largest < -3.40282347e38f ? -3.40282347e38f : (largest > 3.40282347e38f ? 3.40282347e38f : largest);
        for (int l = 0; l < SG_LANES; l++) lanes[l] = 0.0f;
        for (long j = 0; j < whole; j += SG_LANES) {
            for (int l = 0; l < SG_LANES; l++) {
                const float e = sg_exp(in[j + l] - shift);
                out[j + l] = e;
                lanes[l] += e;
            }
        }
        float total = 0.0f;
        for (int l = 0; l < SG_LANES; l++) total += lanes[l];
        for (long j = whole; j < columns; j++) {
            const float e = sg_exp(in[j] - shift);
            out[j] = e;
            total += e;
        }
        for (long j = 0; j < columns; j++) out[j] = out[j] / total;
    }
}
