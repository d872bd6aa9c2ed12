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

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segsense.model.MetricSpec;
import org.segsense.model.ParameterValue;
import org.segsense.model.SegsensePackage;

import org.segsense.model.validation.StudyConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metric Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.MetricSpecImpl#getMetricType <em>Metric Type</em>}</li>
 *   <li>{@link org.segsense.model.impl.MetricSpecImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.segsense.model.impl.MetricSpecImpl#getLabels <em>Labels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetricSpecImpl extends IdentifiedImpl implements MetricSpec {
	/**
	 * The default value of the '{@link #getMetricType() <em>Metric Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricType()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetricType() <em>Metric Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricType()
	 * @generated
	 * @ordered
	 */
	protected String metricType = METRIC_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<ParameterValue> parameters;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> labels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetricSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.METRIC_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetricType() {
		return metricType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetricType(String newMetricType) {
		String oldMetricType = metricType;
		metricType = newMetricType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.METRIC_SPEC__METRIC_TYPE, oldMetricType, metricType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ParameterValue> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<ParameterValue>(ParameterValue.class, this, SegsensePackage.METRIC_SPEC__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getLabels() {
		if (labels == null) {
			labels = new EDataTypeEList<Integer>(Integer.class, this, SegsensePackage.METRIC_SPEC__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasMetricType(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.hasMetricType(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegsensePackage.METRIC_SPEC__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
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
			case SegsensePackage.METRIC_SPEC__METRIC_TYPE:
				return getMetricType();
			case SegsensePackage.METRIC_SPEC__PARAMETERS:
				return getParameters();
			case SegsensePackage.METRIC_SPEC__LABELS:
				return getLabels();
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
			case SegsensePackage.METRIC_SPEC__METRIC_TYPE:
				setMetricType((String)newValue);
				return;
			case SegsensePackage.METRIC_SPEC__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends ParameterValue>)newValue);
				return;
			case SegsensePackage.METRIC_SPEC__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends Integer>)newValue);
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
			case SegsensePackage.METRIC_SPEC__METRIC_TYPE:
				setMetricType(METRIC_TYPE_EDEFAULT);
				return;
			case SegsensePackage.METRIC_SPEC__PARAMETERS:
				getParameters().clear();
				return;
			case SegsensePackage.METRIC_SPEC__LABELS:
				getLabels().clear();
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
			case SegsensePackage.METRIC_SPEC__METRIC_TYPE:
				return METRIC_TYPE_EDEFAULT == null ? metricType != null : !METRIC_TYPE_EDEFAULT.equals(metricType);
			case SegsensePackage.METRIC_SPEC__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case SegsensePackage.METRIC_SPEC__LABELS:
				return labels != null && !labels.isEmpty();
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
			case SegsensePackage.METRIC_SPEC___HAS_METRIC_TYPE__DIAGNOSTICCHAIN_MAP:
				return hasMetricType((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (metricType: ");
		result.append(metricType);
		result.append(", labels: ");
		result.append(labels);
		result.append(')');
		return result.toString();
	}

} //MetricSpecImpl
