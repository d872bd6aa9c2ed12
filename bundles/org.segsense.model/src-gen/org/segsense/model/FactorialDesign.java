/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Factorial Design</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Every combination of the values of the chosen axes (full factorial).
 * <!-- end-model-doc -->
 *
 *
 * @see org.segsense.model.SegsensePackage#getFactorialDesign()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='enoughAxes'"
 * @generated
 */
public interface FactorialDesign extends Design {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The design combines at least two axes (warning: with one axis it equals one-at-a-time).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean enoughAxes(DiagnosticChain diagnostics, Map<Object, Object> context);

} // FactorialDesign
