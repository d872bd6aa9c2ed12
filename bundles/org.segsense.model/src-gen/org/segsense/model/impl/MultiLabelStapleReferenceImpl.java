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

import org.segsense.model.MultiLabelStapleReference;
import org.segsense.model.SegsensePackage;

import org.segsense.model.validation.ReferenceConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Multi Label Staple Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.MultiLabelStapleReferenceImpl#getUndecidedLabel <em>Undecided Label</em>}</li>
 *   <li>{@link org.segsense.model.impl.MultiLabelStapleReferenceImpl#getTerminationThreshold <em>Termination Threshold</em>}</li>
 *   <li>{@link org.segsense.model.impl.MultiLabelStapleReferenceImpl#getMaxIterations <em>Max Iterations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MultiLabelStapleReferenceImpl extends ConsensusReferenceImpl implements MultiLabelStapleReference {
	/**
	 * The default value of the '{@link #getUndecidedLabel() <em>Undecided Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUndecidedLabel()
	 * @generated
	 * @ordered
	 */
	protected static final int UNDECIDED_LABEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUndecidedLabel() <em>Undecided Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUndecidedLabel()
	 * @generated
	 * @ordered
	 */
	protected int undecidedLabel = UNDECIDED_LABEL_EDEFAULT;

	/**
	 * This is true if the Undecided Label attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean undecidedLabelESet;

	/**
	 * The default value of the '{@link #getTerminationThreshold() <em>Termination Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminationThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double TERMINATION_THRESHOLD_EDEFAULT = 1.0E-5;

	/**
	 * The cached value of the '{@link #getTerminationThreshold() <em>Termination Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerminationThreshold()
	 * @generated
	 * @ordered
	 */
	protected double terminationThreshold = TERMINATION_THRESHOLD_EDEFAULT;

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
	protected MultiLabelStapleReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.MULTI_LABEL_STAPLE_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUndecidedLabel() {
		return undecidedLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUndecidedLabel(int newUndecidedLabel) {
		int oldUndecidedLabel = undecidedLabel;
		undecidedLabel = newUndecidedLabel;
		boolean oldUndecidedLabelESet = undecidedLabelESet;
		undecidedLabelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__UNDECIDED_LABEL, oldUndecidedLabel, undecidedLabel, !oldUndecidedLabelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetUndecidedLabel() {
		int oldUndecidedLabel = undecidedLabel;
		boolean oldUndecidedLabelESet = undecidedLabelESet;
		undecidedLabel = UNDECIDED_LABEL_EDEFAULT;
		undecidedLabelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__UNDECIDED_LABEL, oldUndecidedLabel, UNDECIDED_LABEL_EDEFAULT, oldUndecidedLabelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetUndecidedLabel() {
		return undecidedLabelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTerminationThreshold() {
		return terminationThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerminationThreshold(double newTerminationThreshold) {
		double oldTerminationThreshold = terminationThreshold;
		terminationThreshold = newTerminationThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__TERMINATION_THRESHOLD, oldTerminationThreshold, terminationThreshold));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__MAX_ITERATIONS, oldMaxIterations, maxIterations));
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
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__UNDECIDED_LABEL:
				return getUndecidedLabel();
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__TERMINATION_THRESHOLD:
				return getTerminationThreshold();
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__MAX_ITERATIONS:
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
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__UNDECIDED_LABEL:
				setUndecidedLabel((Integer)newValue);
				return;
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__TERMINATION_THRESHOLD:
				setTerminationThreshold((Double)newValue);
				return;
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__MAX_ITERATIONS:
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
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__UNDECIDED_LABEL:
				unsetUndecidedLabel();
				return;
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__TERMINATION_THRESHOLD:
				setTerminationThreshold(TERMINATION_THRESHOLD_EDEFAULT);
				return;
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__MAX_ITERATIONS:
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
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__UNDECIDED_LABEL:
				return isSetUndecidedLabel();
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__TERMINATION_THRESHOLD:
				return terminationThreshold != TERMINATION_THRESHOLD_EDEFAULT;
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE__MAX_ITERATIONS:
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
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE___VALID_PARAMETERS__DIAGNOSTICCHAIN_MAP:
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
		result.append(" (undecidedLabel: ");
		if (undecidedLabelESet) result.append(undecidedLabel); else result.append("<unset>");
		result.append(", terminationThreshold: ");
		result.append(terminationThreshold);
		result.append(", maxIterations: ");
		result.append(maxIterations);
		result.append(')');
		return result.toString();
	}

} //MultiLabelStapleReferenceImpl
