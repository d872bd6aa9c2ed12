// SPDX-License-Identifier: EPL-2.0
/**
 * The picocli commands of {@code segsense}, one class per command or sub-command, and the small
 * helpers they share.
 */
package org.segsense.cli.commands;
