/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Explicit Sweep</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Values listed one by one, in the order given.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.ExplicitSweep#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getExplicitSweep()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='notEmpty'"
 * @generated
 */
public interface ExplicitSweep extends Sweep {
	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.segsense.model.SegsensePackage#getExplicitSweep_Values()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getValues();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At least one value is listed.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean notEmpty(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ExplicitSweep
