/** Implementation details of the inference bundle; not API. */
package org.segsense.inference.internal;
