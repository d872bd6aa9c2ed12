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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segsense.model.ParameterValue;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.SegsensePackage;
import org.segsense.model.Sweep;

import org.segsense.model.validation.PerturbationConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Perturbation Axis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.PerturbationAxisImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.segsense.model.impl.PerturbationAxisImpl#getPerturbationType <em>Perturbation Type</em>}</li>
 *   <li>{@link org.segsense.model.impl.PerturbationAxisImpl#getFixedParameters <em>Fixed Parameters</em>}</li>
 *   <li>{@link org.segsense.model.impl.PerturbationAxisImpl#getSweptParameter <em>Swept Parameter</em>}</li>
 *   <li>{@link org.segsense.model.impl.PerturbationAxisImpl#getSweep <em>Sweep</em>}</li>
 *   <li>{@link org.segsense.model.impl.PerturbationAxisImpl#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PerturbationAxisImpl extends IdentifiedImpl implements PerturbationAxis {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getFixedParameters() <em>Fixed Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixedParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterValue> fixedParameters;

	/**
	 * The default value of the '{@link #getSweptParameter() <em>Swept Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweptParameter()
	 * @generated
	 * @ordered
	 */
	protected static final String SWEPT_PARAMETER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSweptParameter() <em>Swept Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweptParameter()
	 * @generated
	 * @ordered
	 */
	protected String sweptParameter = SWEPT_PARAMETER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSweep() <em>Sweep</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweep()
	 * @generated
	 * @ordered
	 */
	protected Sweep sweep;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PerturbationAxisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.PERTURBATION_AXIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.PERTURBATION_AXIS__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.PERTURBATION_AXIS__PERTURBATION_TYPE, oldPerturbationType, perturbationType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterValue> getFixedParameters() {
		if (fixedParameters == null) {
			fixedParameters = new EObjectContainmentEList<ParameterValue>(ParameterValue.class, this, SegsensePackage.PERTURBATION_AXIS__FIXED_PARAMETERS);
		}
		return fixedParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSweptParameter() {
		return sweptParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSweptParameter(String newSweptParameter) {
		String oldSweptParameter = sweptParameter;
		sweptParameter = newSweptParameter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.PERTURBATION_AXIS__SWEPT_PARAMETER, oldSweptParameter, sweptParameter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sweep getSweep() {
		return sweep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSweep(Sweep newSweep, NotificationChain msgs) {
		Sweep oldSweep = sweep;
		sweep = newSweep;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SegsensePackage.PERTURBATION_AXIS__SWEEP, oldSweep, newSweep);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSweep(Sweep newSweep) {
		if (newSweep != sweep) {
			NotificationChain msgs = null;
			if (sweep != null)
				msgs = ((InternalEObject)sweep).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.PERTURBATION_AXIS__SWEEP, null, msgs);
			if (newSweep != null)
				msgs = ((InternalEObject)newSweep).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SegsensePackage.PERTURBATION_AXIS__SWEEP, null, msgs);
			msgs = basicSetSweep(newSweep, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.PERTURBATION_AXIS__SWEEP, newSweep, newSweep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.PERTURBATION_AXIS__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasSweep(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return PerturbationConstraints.hasSweep(this, diagnostics, context);
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
	public boolean valuesInRange(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return PerturbationConstraints.valuesInRange(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegsensePackage.PERTURBATION_AXIS__FIXED_PARAMETERS:
				return ((InternalEList<?>)getFixedParameters()).basicRemove(otherEnd, msgs);
			case SegsensePackage.PERTURBATION_AXIS__SWEEP:
				return basicSetSweep(null, msgs);
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
			case SegsensePackage.PERTURBATION_AXIS__NAME:
				return getName();
			case SegsensePackage.PERTURBATION_AXIS__PERTURBATION_TYPE:
				return getPerturbationType();
			case SegsensePackage.PERTURBATION_AXIS__FIXED_PARAMETERS:
				return getFixedParameters();
			case SegsensePackage.PERTURBATION_AXIS__SWEPT_PARAMETER:
				return getSweptParameter();
			case SegsensePackage.PERTURBATION_AXIS__SWEEP:
				return getSweep();
			case SegsensePackage.PERTURBATION_AXIS__UNIT:
				return getUnit();
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
			case SegsensePackage.PERTURBATION_AXIS__NAME:
				setName((String)newValue);
				return;
			case SegsensePackage.PERTURBATION_AXIS__PERTURBATION_TYPE:
				setPerturbationType((String)newValue);
				return;
			case SegsensePackage.PERTURBATION_AXIS__FIXED_PARAMETERS:
				getFixedParameters().clear();
				getFixedParameters().addAll((Collection<? extends ParameterValue>)newValue);
				return;
			case SegsensePackage.PERTURBATION_AXIS__SWEPT_PARAMETER:
				setSweptParameter((String)newValue);
				return;
			case SegsensePackage.PERTURBATION_AXIS__SWEEP:
				setSweep((Sweep)newValue);
				return;
			case SegsensePackage.PERTURBATION_AXIS__UNIT:
				setUnit((String)newValue);
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
			case SegsensePackage.PERTURBATION_AXIS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SegsensePackage.PERTURBATION_AXIS__PERTURBATION_TYPE:
				setPerturbationType(PERTURBATION_TYPE_EDEFAULT);
				return;
			case SegsensePackage.PERTURBATION_AXIS__FIXED_PARAMETERS:
				getFixedParameters().clear();
				return;
			case SegsensePackage.PERTURBATION_AXIS__SWEPT_PARAMETER:
				setSweptParameter(SWEPT_PARAMETER_EDEFAULT);
				return;
			case SegsensePackage.PERTURBATION_AXIS__SWEEP:
				setSweep((Sweep)null);
				return;
			case SegsensePackage.PERTURBATION_AXIS__UNIT:
				setUnit(UNIT_EDEFAULT);
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
			case SegsensePackage.PERTURBATION_AXIS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SegsensePackage.PERTURBATION_AXIS__PERTURBATION_TYPE:
				return PERTURBATION_TYPE_EDEFAULT == null ? perturbationType != null : !PERTURBATION_TYPE_EDEFAULT.equals(perturbationType);
			case SegsensePackage.PERTURBATION_AXIS__FIXED_PARAMETERS:
				return fixedParameters != null && !fixedParameters.isEmpty();
			case SegsensePackage.PERTURBATION_AXIS__SWEPT_PARAMETER:
				return SWEPT_PARAMETER_EDEFAULT == null ? sweptParameter != null : !SWEPT_PARAMETER_EDEFAULT.equals(sweptParameter);
			case SegsensePackage.PERTURBATION_AXIS__SWEEP:
				return sweep != null;
			case SegsensePackage.PERTURBATION_AXIS__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
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
			case SegsensePackage.PERTURBATION_AXIS___HAS_SWEEP__DIAGNOSTICCHAIN_MAP:
				return hasSweep((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.PERTURBATION_AXIS___KNOWN_PERTURBATION__DIAGNOSTICCHAIN_MAP:
				return knownPerturbation((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.PERTURBATION_AXIS___VALUES_IN_RANGE__DIAGNOSTICCHAIN_MAP:
				return valuesInRange((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (name: ");
		result.append(name);
		result.append(", perturbationType: ");
		result.append(perturbationType);
		result.append(", sweptParameter: ");
		result.append(sweptParameter);
		result.append(", unit: ");
		result.append(unit);
		result.append(')');
		return result.toString();
	}

} //PerturbationAxisImpl
