// SPDX-License-Identifier: EPL-2.0
/**
 * Synthetic study projects (ellipsoid cases, box-filter models) and {@link org.segsense.testing.studies.BoxModelEngine},
 * the plain-Java inference engine that lets the engine and report tests run studies without TensorFlow.
 */
package org.segsense.testing.studies;
