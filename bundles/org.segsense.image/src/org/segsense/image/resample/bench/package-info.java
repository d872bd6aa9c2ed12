/**
 * In-process benchmarks of the resampling ({@link org.segsense.image.resample.bench.ResampleBenchmark}),
 * used by {@code segsense bench image} and for the ITK ratios of the specification.
 */
package org.segsense.image.resample.bench;
