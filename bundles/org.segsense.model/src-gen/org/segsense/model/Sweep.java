/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The series of values a swept parameter takes.
 * <!-- end-model-doc -->
 *
 *
 * @see org.segsense.model.SegsensePackage#getSweep()
 * @model abstract="true"
 * @generated
 */
public interface Sweep extends EObject {
} // Sweep
