/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Design</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How perturbation axes are combined into jobs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.Design#getAxes <em>Axes</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getDesign()
 * @model abstract="true"
 * @generated
 */
public interface Design extends EObject {
	/**
	 * Returns the value of the '<em><b>Axes</b></em>' reference list.
	 * The list contents are of type {@link org.segsense.model.PerturbationAxis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The axes the design uses; all axes of the study when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Axes</em>' reference list.
	 * @see org.segsense.model.SegsensePackage#getDesign_Axes()
	 * @model
	 * @generated
	 */
	EList<PerturbationAxis> getAxes();

} // Design
