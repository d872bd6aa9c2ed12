// SPDX-License-Identifier: EPL-2.0
/**
 * The workbench application and its window and action-bar advisors; not API.
 */
package org.segsense.ui.internal;
