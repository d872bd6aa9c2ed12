/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.segsense.model.BinaryStapleReference;
import org.segsense.model.SegsensePackage;

import org.segsense.model.validation.ReferenceConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Binary Staple Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.BinaryStapleReferenceImpl#getConfidenceWeight <em>Confidence Weight</em>}</li>
 *   <li>{@link org.segsense.model.impl.BinaryStapleReferenceImpl#getForegroundValue <em>Foreground Value</em>}</li>
 *   <li>{@link org.segsense.model.impl.BinaryStapleReferenceImpl#getMaxIterations <em>Max Iterations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BinaryStapleReferenceImpl extends ConsensusReferenceImpl implements BinaryStapleReference {
	/**
	 * The default value of the '{@link #getConfidenceWeight() <em>Confidence Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidenceWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getConfidenceWeight() <em>Confidence Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidenceWeight()
	 * @generated
	 * @ordered
	 */
	protected double confidenceWeight = CONFIDENCE_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getForegroundValue() <em>Foreground Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForegroundValue()
	 * @generated
	 * @ordered
	 */
	protected static final double FOREGROUND_VALUE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getForegroundValue() <em>Foreground Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForegroundValue()
	 * @generated
	 * @ordered
	 */
	protected double foregroundValue = FOREGROUND_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxIterations() <em>Max Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxIterations()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_ITERATIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxIterations() <em>Max Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxIterations()
	 * @generated
	 * @ordered
	 */
	protected int maxIterations = MAX_ITERATIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BinaryStapleReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.BINARY_STAPLE_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidenceWeight() {
		return confidenceWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidenceWeight(double newConfidenceWeight) {
		double oldConfidenceWeight = confidenceWeight;
		confidenceWeight = newConfidenceWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.BINARY_STAPLE_REFERENCE__CONFIDENCE_WEIGHT, oldConfidenceWeight, confidenceWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getForegroundValue() {
		return foregroundValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForegroundValue(double newForegroundValue) {
		double oldForegroundValue = foregroundValue;
		foregroundValue = newForegroundValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.BINARY_STAPLE_REFERENCE__FOREGROUND_VALUE, oldForegroundValue, foregroundValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxIterations() {
		return maxIterations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxIterations(int newMaxIterations) {
		int oldMaxIterations = maxIterations;
		maxIterations = newMaxIterations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.BINARY_STAPLE_REFERENCE__MAX_ITERATIONS, oldMaxIterations, maxIterations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validParameters(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ReferenceConstraints.validParameters(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegsensePackage.BINARY_STAPLE_REFERENCE__CONFIDENCE_WEIGHT:
				return getConfidenceWeight();
			case SegsensePackage.BINARY_STAPLE_REFERENCE__FOREGROUND_VALUE:
				return getForegroundValue();
			case SegsensePackage.BINARY_STAPLE_REFERENCE__MAX_ITERATIONS:
				return getMaxIterations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SegsensePackage.BINARY_STAPLE_REFERENCE__CONFIDENCE_WEIGHT:
				setConfidenceWeight((Double)newValue);
				return;
			case SegsensePackage.BINARY_STAPLE_REFERENCE__FOREGROUND_VALUE:
				setForegroundValue((Double)newValue);
				return;
			case SegsensePackage.BINARY_STAPLE_REFERENCE__MAX_ITERATIONS:
				setMaxIterations((Integer)newValue);
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
			case SegsensePackage.BINARY_STAPLE_REFERENCE__CONFIDENCE_WEIGHT:
				setConfidenceWeight(CONFIDENCE_WEIGHT_EDEFAULT);
				return;
			case SegsensePackage.BINARY_STAPLE_REFERENCE__FOREGROUND_VALUE:
				setForegroundValue(FOREGROUND_VALUE_EDEFAULT);
				return;
			case SegsensePackage.BINARY_STAPLE_REFERENCE__MAX_ITERATIONS:
				setMaxIterations(MAX_ITERATIONS_EDEFAULT);
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
			case SegsensePackage.BINARY_STAPLE_REFERENCE__CONFIDENCE_WEIGHT:
				return confidenceWeight != CONFIDENCE_WEIGHT_EDEFAULT;
			case SegsensePackage.BINARY_STAPLE_REFERENCE__FOREGROUND_VALUE:
				return foregroundValue != FOREGROUND_VALUE_EDEFAULT;
			case SegsensePackage.BINARY_STAPLE_REFERENCE__MAX_ITERATIONS:
				return maxIterations != MAX_ITERATIONS_EDEFAULT;
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
			case SegsensePackage.BINARY_STAPLE_REFERENCE___VALID_PARAMETERS__DIAGNOSTICCHAIN_MAP:
				return validParameters((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (confidenceWeight: ");
		result.append(confidenceWeight);
		result.append(", foregroundValue: ");
		result.append(foregroundValue);
		result.append(", maxIterations: ");
		result.append(maxIterations);
		result.append(')');
		return result.toString();
	}

} //BinaryStapleReferenceImpl
