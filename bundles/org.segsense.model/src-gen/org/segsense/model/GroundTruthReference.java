/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ground Truth Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Each case's label image is the reference.
 * <!-- end-model-doc -->
 *
 *
 * @see org.segsense.model.SegsensePackage#getGroundTruthReference()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='casesHaveLabels'"
 * @generated
 */
public interface GroundTruthReference extends ReferenceStrategy {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every case of the study has a label image.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean casesHaveLabels(DiagnosticChain diagnostics, Map<Object, Object> context);

} // GroundTruthReference
