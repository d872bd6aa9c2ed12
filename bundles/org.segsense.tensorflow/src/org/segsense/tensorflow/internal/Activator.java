// SPDX-License-Identifier: EPL-2.0
package org.segsense.tensorflow.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.segsense.tensorflow.TensorFlowRuntime;

/**
 * Points JavaCPP's native cache at the per-version folder as soon as the bundle activates (lazy
 * activation: before the first class is loaded from it). Loads nothing.
 */
public final class Activator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        try {
            TensorFlowRuntime.configureNativeCache();
        } catch (RuntimeException e) {
            // Never fail the bundle for this: JavaCPP then uses its default cache (~/.javacpp/cache).
        }
    }

    @Override
    public void stop(BundleContext context) {
        // Native libraries cannot be unloaded.
    }
}
