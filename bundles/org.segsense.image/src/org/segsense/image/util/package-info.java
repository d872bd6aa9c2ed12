// SPDX-License-Identifier: EPL-2.0
/**
 * Small helpers every SegSense bundle shares, kept here because every bundle that needs them already
 * requires {@code org.segsense.image}: {@link org.segsense.image.util.Sha256} (checksums of bytes, voxel
 * arrays, files and folders), {@link org.segsense.image.util.JsonWriter} (the one JSON writer of the
 * command line's {@code --json} output and the run folder's JSON files) and
 * {@link org.segsense.image.util.SmallMatrix} (inverse of the small square matrices of image geometry and
 * transforms).
 */
package org.segsense.image.util;
