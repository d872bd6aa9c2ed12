/** Implementation details of the study engine bundle (extension registry readers); not API. */
package org.segsense.engine.internal;
