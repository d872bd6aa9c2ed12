// SPDX-License-Identifier: EPL-2.0
/**
 * Test support shared by SegSense's test fragments (fragments cannot share code with each other, so
 * each one has {@code Require-Bundle: org.segsense.testing}).
 * <ul>
 * <li>{@link org.segsense.testing.Repository}: the repository root;</li>
 * <li>{@link org.segsense.testing.ReferencePrograms}: the ITK 5.2 reference programs of
 * {@code tests/itk-reference}, built once per JVM, and running them;</li>
 * <li>{@link org.segsense.testing.ItkReading}: how {@code image_info}/{@code convert} read a file;</li>
 * <li>{@link org.segsense.testing.TestData}: the real images fetched by {@code tests/data/fetch-test-data.sh};</li>
 * <li>{@link org.segsense.testing.MetaImageFiles}: a small MetaImage (.mha) writer and reader;</li>
 * <li>{@link org.segsense.testing.SyntheticRaters}: seeded synthetic rater label maps for the STAPLE tests;</li>
 * <li>{@link org.segsense.testing.Programs}, {@link org.segsense.testing.ProgramOutput},
 * {@link org.segsense.testing.FlatJson}, {@link org.segsense.testing.Checks}: running programs and
 * reading and comparing what they print.</li>
 * </ul>
 * The bundle depends on neither JUnit nor SegSense's bundles, so every fragment can use it: a
 * problem is reported by throwing {@link java.lang.AssertionError} with a message saying what to do.
 * Whatever the ITK tests need (ITK, the data) is built or fetched on first use; when that is
 * impossible the test FAILS with the script's output, it is never skipped.
 */
package org.segsense.testing;
