// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.spi;

/**
 * A device an engine can run on.
 *
 * @param name the engine's name for it (e.g. {@code /device:CPU:0})
 * @param type {@code CPU} or {@code GPU} (or another accelerator type)
 * @param memoryBytes memory the engine may use on it, 0 when unknown
 */
public record Device(String name, String type, long memoryBytes) {
}
