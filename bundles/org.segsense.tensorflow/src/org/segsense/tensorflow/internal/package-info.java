// SPDX-License-Identifier: EPL-2.0
/**
 * The bundle activator of the TensorFlow bundle; not API.
 */
package org.segsense.tensorflow.internal;
