// SPDX-License-Identifier: EPL-2.0
/** Tiling of volumes larger than a model's tile, and blending of the tile outputs ({@link org.segsense.inference.tiling.TilePlan}). */
package org.segsense.inference.tiling;
