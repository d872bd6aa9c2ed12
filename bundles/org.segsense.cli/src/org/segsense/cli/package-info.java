// SPDX-License-Identifier: EPL-2.0
/**
 * The {@code segsense} command line: the headless Equinox application, the entry point shared with the
 * tests, and the exit codes (0 ok, 1 the work failed, 2 bad usage or bad input).
 */
package org.segsense.cli;
