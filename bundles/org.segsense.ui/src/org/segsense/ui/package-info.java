// SPDX-License-Identifier: EPL-2.0
/** The SegSense workbench: perspective and public UI constants. */
package org.segsense.ui;
