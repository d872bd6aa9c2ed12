// SPDX-License-Identifier: EPL-2.0
/**
 * Expansion of the modelled sweeps into the concrete values a perturbation axis takes, shared by validation
 * and the engine so that both see the same numbers.
 */
package org.segsense.model.sweep;
