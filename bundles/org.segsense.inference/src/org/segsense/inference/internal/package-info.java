// SPDX-License-Identifier: EPL-2.0
/** Implementation details of the inference bundle; not API. */
package org.segsense.inference.internal;
