// SPDX-License-Identifier: EPL-2.0
/**
 * Support for the catalogs that SegSense offers as OSGi Declarative Services: {@link LiveExtensionPoint}
 * keeps a value read from one extension point current while bundles are installed and uninstalled,
 * and {@link LiveService} lets the static accessors kept for plain-Java callers reach the live
 * service when they run inside OSGi.
 */
package org.segsense.image.registry;
