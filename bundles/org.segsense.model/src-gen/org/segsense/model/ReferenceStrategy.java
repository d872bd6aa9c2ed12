/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reference Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a prediction is scored against.
 * <!-- end-model-doc -->
 *
 *
 * @see org.segsense.model.SegsensePackage#getReferenceStrategy()
 * @model abstract="true"
 * @generated
 */
public interface ReferenceStrategy extends EObject {
} // ReferenceStrategy
