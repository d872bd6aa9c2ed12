/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segsense.model.AugmentationStep;
import org.segsense.model.ParameterRange;
import org.segsense.model.SegsensePackage;

import org.segsense.model.validation.PerturbationConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Augmentation Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.AugmentationStepImpl#getPerturbationType <em>Perturbation Type</em>}</li>
 *   <li>{@link org.segsense.model.impl.AugmentationStepImpl#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.segsense.model.impl.AugmentationStepImpl#getRanges <em>Ranges</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AugmentationStepImpl extends MinimalEObjectImpl.Container implements AugmentationStep {
	/**
	 * The default value of the '{@link #getPerturbationType() <em>Perturbation Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerturbationType()
	 * @generated
	 * @ordered
	 */
	protected static final String PERTURBATION_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPerturbationType() <em>Perturbation Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerturbationType()
	 * @generated
	 * @ordered
	 */
	protected String perturbationType = PERTURBATION_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double PROBABILITY_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected double probability = PROBABILITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRanges() <em>Ranges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRanges()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterRange> ranges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AugmentationStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.AUGMENTATION_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPerturbationType() {
		return perturbationType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerturbationType(String newPerturbationType) {
		String oldPerturbationType = perturbationType;
		perturbationType = newPerturbationType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.AUGMENTATION_STEP__PERTURBATION_TYPE, oldPerturbationType, perturbationType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProbability() {
		return probability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbability(double newProbability) {
		double oldProbability = probability;
		probability = newProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.AUGMENTATION_STEP__PROBABILITY, oldProbability, probability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterRange> getRanges() {
		if (ranges == null) {
			ranges = new EObjectContainmentEList<ParameterRange>(ParameterRange.class, this, SegsensePackage.AUGMENTATION_STEP__RANGES);
		}
		return ranges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean probabilityInRange(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return PerturbationConstraints.probabilityInRange(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean knownPerturbation(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return PerturbationConstraints.knownPerturbation(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean rangesWithinBounds(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return PerturbationConstraints.rangesWithinBounds(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegsensePackage.AUGMENTATION_STEP__RANGES:
				return ((InternalEList<?>)getRanges()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegsensePackage.AUGMENTATION_STEP__PERTURBATION_TYPE:
				return getPerturbationType();
			case SegsensePackage.AUGMENTATION_STEP__PROBABILITY:
				return getProbability();
			case SegsensePackage.AUGMENTATION_STEP__RANGES:
				return getRanges();
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
			case SegsensePackage.AUGMENTATION_STEP__PERTURBATION_TYPE:
				setPerturbationType((String)newValue);
				return;
			case SegsensePackage.AUGMENTATION_STEP__PROBABILITY:
				setProbability((Double)newValue);
				return;
			case SegsensePackage.AUGMENTATION_STEP__RANGES:
				getRanges().clear();
				getRanges().addAll((Collection<? extends ParameterRange>)newValue);
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
			case SegsensePackage.AUGMENTATION_STEP__PERTURBATION_TYPE:
				setPerturbationType(PERTURBATION_TYPE_EDEFAULT);
				return;
			case SegsensePackage.AUGMENTATION_STEP__PROBABILITY:
				setProbability(PROBABILITY_EDEFAULT);
				return;
			case SegsensePackage.AUGMENTATION_STEP__RANGES:
				getRanges().clear();
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
			case SegsensePackage.AUGMENTATION_STEP__PERTURBATION_TYPE:
				return PERTURBATION_TYPE_EDEFAULT == null ? perturbationType != null : !PERTURBATION_TYPE_EDEFAULT.equals(perturbationType);
			case SegsensePackage.AUGMENTATION_STEP__PROBABILITY:
				return probability != PROBABILITY_EDEFAULT;
			case SegsensePackage.AUGMENTATION_STEP__RANGES:
				return ranges != null && !ranges.isEmpty();
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
			case SegsensePackage.AUGMENTATION_STEP___PROBABILITY_IN_RANGE__DIAGNOSTICCHAIN_MAP:
				return probabilityInRange((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.AUGMENTATION_STEP___KNOWN_PERTURBATION__DIAGNOSTICCHAIN_MAP:
				return knownPerturbation((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.AUGMENTATION_STEP___RANGES_WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP:
				return rangesWithinBounds((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (perturbationType: ");
		result.append(perturbationType);
		result.append(", probability: ");
		result.append(probability);
		result.append(')');
		return result.toString();
	}

} //AugmentationStepImpl
