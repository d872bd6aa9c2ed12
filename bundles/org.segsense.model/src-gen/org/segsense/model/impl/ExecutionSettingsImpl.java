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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segsense.model.Device;
import org.segsense.model.ExecutionSettings;
import org.segsense.model.SegsensePackage;

import org.segsense.model.validation.StudyConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Execution Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.ExecutionSettingsImpl#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.segsense.model.impl.ExecutionSettingsImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.segsense.model.impl.ExecutionSettingsImpl#getInferenceThreads <em>Inference Threads</em>}</li>
 *   <li>{@link org.segsense.model.impl.ExecutionSettingsImpl#getCpuThreads <em>Cpu Threads</em>}</li>
 *   <li>{@link org.segsense.model.impl.ExecutionSettingsImpl#getShards <em>Shards</em>}</li>
 *   <li>{@link org.segsense.model.impl.ExecutionSettingsImpl#getImageBackend <em>Image Backend</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExecutionSettingsImpl extends MinimalEObjectImpl.Container implements ExecutionSettings {
	/**
	 * The default value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected static final int THREADS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected int threads = THREADS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final Device DEVICE_EDEFAULT = Device.AUTO;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected Device device = DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInferenceThreads() <em>Inference Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInferenceThreads()
	 * @generated
	 * @ordered
	 */
	protected static final int INFERENCE_THREADS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getInferenceThreads() <em>Inference Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInferenceThreads()
	 * @generated
	 * @ordered
	 */
	protected int inferenceThreads = INFERENCE_THREADS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuThreads() <em>Cpu Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuThreads()
	 * @generated
	 * @ordered
	 */
	protected static final int CPU_THREADS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpuThreads() <em>Cpu Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuThreads()
	 * @generated
	 * @ordered
	 */
	protected int cpuThreads = CPU_THREADS_EDEFAULT;

	/**
	 * The default value of the '{@link #getShards() <em>Shards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShards()
	 * @generated
	 * @ordered
	 */
	protected static final int SHARDS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getShards() <em>Shards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShards()
	 * @generated
	 * @ordered
	 */
	protected int shards = SHARDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getImageBackend() <em>Image Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageBackend()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_BACKEND_EDEFAULT = "java";

	/**
	 * The cached value of the '{@link #getImageBackend() <em>Image Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageBackend()
	 * @generated
	 * @ordered
	 */
	protected String imageBackend = IMAGE_BACKEND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExecutionSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.EXECUTION_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getThreads() {
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreads(int newThreads) {
		int oldThreads = threads;
		threads = newThreads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.EXECUTION_SETTINGS__THREADS, oldThreads, threads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(Device newDevice) {
		Device oldDevice = device;
		device = newDevice == null ? DEVICE_EDEFAULT : newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.EXECUTION_SETTINGS__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInferenceThreads() {
		return inferenceThreads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInferenceThreads(int newInferenceThreads) {
		int oldInferenceThreads = inferenceThreads;
		inferenceThreads = newInferenceThreads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.EXECUTION_SETTINGS__INFERENCE_THREADS, oldInferenceThreads, inferenceThreads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpuThreads() {
		return cpuThreads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuThreads(int newCpuThreads) {
		int oldCpuThreads = cpuThreads;
		cpuThreads = newCpuThreads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.EXECUTION_SETTINGS__CPU_THREADS, oldCpuThreads, cpuThreads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getShards() {
		return shards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShards(int newShards) {
		int oldShards = shards;
		shards = newShards;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.EXECUTION_SETTINGS__SHARDS, oldShards, shards));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImageBackend() {
		return imageBackend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageBackend(String newImageBackend) {
		String oldImageBackend = imageBackend;
		imageBackend = newImageBackend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.EXECUTION_SETTINGS__IMAGE_BACKEND, oldImageBackend, imageBackend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validThreads(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.validThreads(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean validImageBackend(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.validImageBackend(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegsensePackage.EXECUTION_SETTINGS__THREADS:
				return getThreads();
			case SegsensePackage.EXECUTION_SETTINGS__DEVICE:
				return getDevice();
			case SegsensePackage.EXECUTION_SETTINGS__INFERENCE_THREADS:
				return getInferenceThreads();
			case SegsensePackage.EXECUTION_SETTINGS__CPU_THREADS:
				return getCpuThreads();
			case SegsensePackage.EXECUTION_SETTINGS__SHARDS:
				return getShards();
			case SegsensePackage.EXECUTION_SETTINGS__IMAGE_BACKEND:
				return getImageBackend();
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
			case SegsensePackage.EXECUTION_SETTINGS__THREADS:
				setThreads((Integer)newValue);
				return;
			case SegsensePackage.EXECUTION_SETTINGS__DEVICE:
				setDevice((Device)newValue);
				return;
			case SegsensePackage.EXECUTION_SETTINGS__INFERENCE_THREADS:
				setInferenceThreads((Integer)newValue);
				return;
			case SegsensePackage.EXECUTION_SETTINGS__CPU_THREADS:
				setCpuThreads((Integer)newValue);
				return;
			case SegsensePackage.EXECUTION_SETTINGS__SHARDS:
				setShards((Integer)newValue);
				return;
			case SegsensePackage.EXECUTION_SETTINGS__IMAGE_BACKEND:
				setImageBackend((String)newValue);
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
			case SegsensePackage.EXECUTION_SETTINGS__THREADS:
				setThreads(THREADS_EDEFAULT);
				return;
			case SegsensePackage.EXECUTION_SETTINGS__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case SegsensePackage.EXECUTION_SETTINGS__INFERENCE_THREADS:
				setInferenceThreads(INFERENCE_THREADS_EDEFAULT);
				return;
			case SegsensePackage.EXECUTION_SETTINGS__CPU_THREADS:
				setCpuThreads(CPU_THREADS_EDEFAULT);
				return;
			case SegsensePackage.EXECUTION_SETTINGS__SHARDS:
				setShards(SHARDS_EDEFAULT);
				return;
			case SegsensePackage.EXECUTION_SETTINGS__IMAGE_BACKEND:
				setImageBackend(IMAGE_BACKEND_EDEFAULT);
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
			case SegsensePackage.EXECUTION_SETTINGS__THREADS:
				return threads != THREADS_EDEFAULT;
			case SegsensePackage.EXECUTION_SETTINGS__DEVICE:
				return device != DEVICE_EDEFAULT;
			case SegsensePackage.EXECUTION_SETTINGS__INFERENCE_THREADS:
				return inferenceThreads != INFERENCE_THREADS_EDEFAULT;
			case SegsensePackage.EXECUTION_SETTINGS__CPU_THREADS:
				return cpuThreads != CPU_THREADS_EDEFAULT;
			case SegsensePackage.EXECUTION_SETTINGS__SHARDS:
				return shards != SHARDS_EDEFAULT;
			case SegsensePackage.EXECUTION_SETTINGS__IMAGE_BACKEND:
				return IMAGE_BACKEND_EDEFAULT == null ? imageBackend != null : !IMAGE_BACKEND_EDEFAULT.equals(imageBackend);
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
			case SegsensePackage.EXECUTION_SETTINGS___VALID_THREADS__DIAGNOSTICCHAIN_MAP:
				return validThreads((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case SegsensePackage.EXECUTION_SETTINGS___VALID_IMAGE_BACKEND__DIAGNOSTICCHAIN_MAP:
				return validImageBackend((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (threads: ");
		result.append(threads);
		result.append(", device: ");
		result.append(device);
		result.append(", inferenceThreads: ");
		result.append(inferenceThreads);
		result.append(", cpuThreads: ");
		result.append(cpuThreads);
		result.append(", shards: ");
		result.append(shards);
		result.append(", imageBackend: ");
		result.append(imageBackend);
		result.append(')');
		return result.toString();
	}

} //ExecutionSettingsImpl
