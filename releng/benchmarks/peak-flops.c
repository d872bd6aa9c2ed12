/*
 * Measures the FP32 peak of this machine's cores: every thread runs 12 independent chains of 8-wide
 * fused multiply-adds (AVX2 FMA; 2 FLOP per lane), enough to fill the FMA pipelines, for a fixed
 * number of iterations; the best of several runs is reported.
 * Build: cc -O3 -funroll-loops -mavx2 -mfma -pthread (unrolled, the chains stay in registers).
 * Usage: peak-flops [THREADS]   (default: all online cores). Prints: gflops=<value> threads=<n>
 */
#include <immintrin.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define CHAINS 12
#define ITERATIONS 50000000L

static void *work(void *arg) {
    __m256 acc[CHAINS];
    __m256 a = _mm256_set1_ps(0.999999f), b = _mm256_set1_ps(1e-7f);
    for (int c = 0; c < CHAINS; c++) acc[c] = _mm256_set1_ps((float) c);
    for (long i = 0; i < ITERATIONS; i++) {
        for (int c = 0; c < CHAINS; c++) acc[c] = _mm256_fmadd_ps(acc[c], a, b);
    }
    float sink = 0, out[8];
    for (int c = 0; c < CHAINS; c++) {
        _mm256_storeu_ps(out, acc[c]);
        sink += out[0];
    }
    *(float *) arg = sink; /* keeps the loop alive */
    return NULL;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    int threads = argc > 1 ? atoi(argv[1]) : (int) sysconf(_SC_NPROCESSORS_ONLN);
    if (threads < 1 || threads > 1024) {
        fprintf(stderr, "peak-flops: bad thread count\n");
        return 2;
    }
    pthread_t *ids = malloc(sizeof(pthread_t) * threads);
    float *sinks = malloc(sizeof(float) * threads);
    double best = 0;
    for (int run = 0; run < 3; run++) {
        double t0 = now();
        for (int t = 0; t < threads; t++) pthread_create(&ids[t], NULL, work, &sinks[t]);
        for (int t = 0; t < threads; t++) pthread_join(ids[t], NULL);
        double s = now() - t0;
        double gflops = (double) threads * ITERATIONS * CHAINS * 8 * 2 / s / 1e9;
        if (gflops > best) best = gflops;
    }
    printf("gflops=%.1f threads=%d\n", best, threads);
    free(ids);
    free(sinks);
    return 0;
}
