/** The SegSense workbench: perspective and public UI constants. */
package org.segsense.ui;
