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
 *   <li>{@link org.segsense.model.ConsensusReference#isScoreAgainstTruth <em>Score Against Truth</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getConsensusReference()
 * @model abstract="true"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='enoughRaters truthForEveryCase'"
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
	 * Returns the value of the '<em><b>Score Against Truth</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Also score every job against the case's label image (ground truth), in addition to the consensus; those results carry the metric id followed by "@truth" (org.segsense.engine.TruthScores.SUFFIX). Needs a label image for every case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score Against Truth</em>' attribute.
	 * @see #setScoreAgainstTruth(boolean)
	 * @see org.segsense.model.SegsensePackage#getConsensusReference_ScoreAgainstTruth()
	 * @model default="false"
	 * @generated
	 */
	boolean isScoreAgainstTruth();

	/**
	 * Sets the value of the '{@link org.segsense.model.ConsensusReference#isScoreAgainstTruth <em>Score Against Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score Against Truth</em>' attribute.
	 * @see #isScoreAgainstTruth()
	 * @generated
	 */
	void setScoreAgainstTruth(boolean value);

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

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When scoreAgainstTruth is set, every case has a label image.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean truthForEveryCase(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ConsensusReference
