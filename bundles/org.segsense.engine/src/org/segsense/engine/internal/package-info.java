// SPDX-License-Identifier: EPL-2.0
/** Implementation details of the study engine bundle (extension registry readers); not API. */
package org.segsense.engine.internal;
