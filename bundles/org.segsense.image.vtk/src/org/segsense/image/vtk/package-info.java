// SPDX-License-Identifier: EPL-2.0
/**
 * Reading and writing legacy VTK structured-points files ({@code .vtk}) as SegSense images.
 */
package org.segsense.image.vtk;
