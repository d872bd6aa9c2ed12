// SPDX-License-Identifier: EPL-2.0
/**
 * The application services that both front ends call: the command line parses, calls a service and prints;
 * the workbench calls the same services from Jobs. Each service is an interface with one implementation,
 * takes an {@code IProgressMonitor} for long work and reports structured events through one typed listener.
 */
package org.segsense.workflows;
