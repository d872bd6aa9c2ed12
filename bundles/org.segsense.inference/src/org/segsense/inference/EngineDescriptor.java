// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference;

import org.segsense.inference.spi.InferenceEngine;

/**
 * An installed engine.
 *
 * @param id stable identifier (e.g. {@code tensorflow})
 * @param name human-readable name
 * @param contributor the bundle that contributed it
 * @param engine the implementation
 */
public record EngineDescriptor(String id, String name, String contributor, InferenceEngine engine) {
}
