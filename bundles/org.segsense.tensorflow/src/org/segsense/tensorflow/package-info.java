// SPDX-License-Identifier: EPL-2.0
/**
 * TensorFlow Java as an OSGi bundle: loading its natives and describing the runtime (versions,
 * backend, oneDNN).
 */
package org.segsense.tensorflow;
