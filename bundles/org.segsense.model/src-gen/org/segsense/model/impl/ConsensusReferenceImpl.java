/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.segsense.model.ConsensusReference;
import org.segsense.model.ModelVariant;
import org.segsense.model.SegsensePackage;

import org.segsense.model.validation.ReferenceConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consensus Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.ConsensusReferenceImpl#getRaters <em>Raters</em>}</li>
 *   <li>{@link org.segsense.model.impl.ConsensusReferenceImpl#isScoreAgainstTruth <em>Score Against Truth</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ConsensusReferenceImpl extends ReferenceStrategyImpl implements ConsensusReference {
	/**
	 * The cached value of the '{@link #getRaters() <em>Raters</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaters()
	 * @generated
	 * @ordered
	 */
	protected EList<ModelVariant> raters;

	/**
	 * The default value of the '{@link #isScoreAgainstTruth() <em>Score Against Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isScoreAgainstTruth()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SCORE_AGAINST_TRUTH_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isScoreAgainstTruth() <em>Score Against Truth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isScoreAgainstTruth()
	 * @generated
	 * @ordered
	 */
	protected boolean scoreAgainstTruth = SCORE_AGAINST_TRUTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsensusReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.CONSENSUS_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModelVariant> getRaters() {
		if (raters == null) {
			raters = new EObjectResolvingEList<ModelVariant>(ModelVariant.class, this, SegsensePackage.CONSENSUS_REFERENCE__RATERS);
		}
		return raters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isScoreAgainstTruth() {
		return scoreAgainstTruth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoreAgainstTruth(boolean newScoreAgainstTruth) {
		boolean oldScoreAgainstTruth = scoreAgainstTruth;
		scoreAgainstTruth = newScoreAgainstTruth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.CONSENSUS_REFERENCE__SCORE_AGAINST_TRUTH, oldScoreAgainstTruth, scoreAgainstTruth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean enoughRaters(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ReferenceConstraints.enoughRaters(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean truthForEveryCase(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ReferenceConstraints.truthForEveryCase(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegsensePackage.CONSENSUS_REFERENCE__RATERS:
				return getRaters();
			case SegsensePackage.CONSENSUS_REFERENCE__SCORE_AGAINST_TRUTH:
				return isScoreAgainstTruth();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SegsensePackage.CONSENSUS_REFERENCE__RATERS:
				getRaters().clear();
				getRaters().addAll((Collection<? extends ModelVariant>)newValue);
				return;
			case SegsensePackage.CONSENSUS_REFERENCE__SCORE_AGAINST_TRUTH:
				setScoreAgainstTruth((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SegsensePackage.CONSENSUS_REFERENCE__RATERS:
				getRaters().clear();
				return;
			case SegsensePackage.CONSENSUS_REFERENCE__SCORE_AGAINST_TRUTH:
				setScoreAgainstTruth(SCORE_AGAINST_TRUTH_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SegsensePackage.CONSENSUS_REFERENCE__RATERS:
				return raters != null && !raters.isEmpty();
			case SegsensePackage.CONSENSUS_REFERENCE__SCORE_AGAINST_TRUTH:
				return scoreAgainstTruth != SCORE_AGAINST_TRUTH_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SegsensePackage.CONSENSUS_REFERENCE___ENOUGH_RATERS__DIAGNOSTICCHAIN_MAP:
				return enoughRaters((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.CONSENSUS_REFERENCE___TRUTH_FOR_EVERY_CASE__DIAGNOSTICCHAIN_MAP:
				return truthForEveryCase((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (scoreAgainstTruth: ");
		result.append(scoreAgainstTruth);
		result.append(')');
		return result.toString();
	}

} //ConsensusReferenceImpl
