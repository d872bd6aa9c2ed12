// SPDX-License-Identifier: EPL-2.0
/**
 * Writing the command line's machine-readable ({@code --json}) output.
 */
package org.segsense.cli.output;
