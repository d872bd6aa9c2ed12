/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consensus Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A consensus of the predictions of several raters on the unperturbed input is the reference (for data without ground truth).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.ConsensusReference#getRaters <em>Raters</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getConsensusReference()
 * @model abstract="true"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='enoughRaters'"
 * @generated
 */
public interface ConsensusReference extends ReferenceStrategy {
	/**
	 * Returns the value of the '<em><b>Raters</b></em>' reference list.
	 * The list contents are of type {@link org.segsense.model.ModelVariant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model variants whose unperturbed predictions form the consensus.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Raters</em>' reference list.
	 * @see org.segsense.model.SegsensePackage#getConsensusReference_Raters()
	 * @model
	 * @generated
	 */
	EList<ModelVariant> getRaters();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At least two distinct raters.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean enoughRaters(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ConsensusReference
