/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Execution Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a run uses the machine. Does not change results.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.ExecutionSettings#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.segsense.model.ExecutionSettings#getDevice <em>Device</em>}</li>
 *   <li>{@link org.segsense.model.ExecutionSettings#getInferenceThreads <em>Inference Threads</em>}</li>
 *   <li>{@link org.segsense.model.ExecutionSettings#getCpuThreads <em>Cpu Threads</em>}</li>
 *   <li>{@link org.segsense.model.ExecutionSettings#getShards <em>Shards</em>}</li>
 *   <li>{@link org.segsense.model.ExecutionSettings#getImageBackend <em>Image Backend</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getExecutionSettings()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validThreads validImageBackend'"
 * @generated
 */
public interface ExecutionSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Threads</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Worker threads; 0 uses all cores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threads</em>' attribute.
	 * @see #setThreads(int)
	 * @see org.segsense.model.SegsensePackage#getExecutionSettings_Threads()
	 * @model default="0"
	 * @generated
	 */
	int getThreads();

	/**
	 * Sets the value of the '{@link org.segsense.model.ExecutionSettings#getThreads <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threads</em>' attribute.
	 * @see #getThreads()
	 * @generated
	 */
	void setThreads(int value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segsense.model.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inference device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see org.segsense.model.Device
	 * @see #setDevice(Device)
	 * @see org.segsense.model.SegsensePackage#getExecutionSettings_Device()
	 * @model
	 * @generated
	 */
	Device getDevice();

	/**
	 * Sets the value of the '{@link org.segsense.model.ExecutionSettings#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see org.segsense.model.Device
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(Device value);

	/**
	 * Returns the value of the '<em><b>Inference Threads</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The inference engine's threads per call; 0 chooses min(cores, 2 · cores / workers, rounded up).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inference Threads</em>' attribute.
	 * @see #setInferenceThreads(int)
	 * @see org.segsense.model.SegsensePackage#getExecutionSettings_InferenceThreads()
	 * @model default="0"
	 * @generated
	 */
	int getInferenceThreads();

	/**
	 * Sets the value of the '{@link org.segsense.model.ExecutionSettings#getInferenceThreads <em>Inference Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inference Threads</em>' attribute.
	 * @see #getInferenceThreads()
	 * @generated
	 */
	void setInferenceThreads(int value);

	/**
	 * Returns the value of the '<em><b>Cpu Threads</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Threads of the CPU-side stages (load, perturb, reference, metrics); 0 chooses one per worker (at least the core count on a GPU).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Threads</em>' attribute.
	 * @see #setCpuThreads(int)
	 * @see org.segsense.model.SegsensePackage#getExecutionSettings_CpuThreads()
	 * @model default="0"
	 * @generated
	 */
	int getCpuThreads();

	/**
	 * Sets the value of the '{@link org.segsense.model.ExecutionSettings#getCpuThreads <em>Cpu Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Threads</em>' attribute.
	 * @see #getCpuThreads()
	 * @generated
	 */
	void setCpuThreads(int value);

	/**
	 * Returns the value of the '<em><b>Shards</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parts a cluster submission (segsense slurm submit) splits the study into, one array task each; 1 runs it as one part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shards</em>' attribute.
	 * @see #setShards(int)
	 * @see org.segsense.model.SegsensePackage#getExecutionSettings_Shards()
	 * @model default="1"
	 * @generated
	 */
	int getShards();

	/**
	 * Sets the value of the '{@link org.segsense.model.ExecutionSettings#getShards <em>Shards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shards</em>' attribute.
	 * @see #getShards()
	 * @generated
	 */
	void setShards(int value);

	/**
	 * Returns the value of the '<em><b>Image Backend</b></em>' attribute.
	 * The default value is <code>"java"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Image backend that reads the case images (java, SegSense's own, the default; simpleitk, SimpleITK's Java binding, also reads DICOM series folders). Recorded in the provenance; reproducing on another backend compares within --tolerance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image Backend</em>' attribute.
	 * @see #setImageBackend(String)
	 * @see org.segsense.model.SegsensePackage#getExecutionSettings_ImageBackend()
	 * @model default="java"
	 * @generated
	 */
	String getImageBackend();

	/**
	 * Sets the value of the '{@link org.segsense.model.ExecutionSettings#getImageBackend <em>Image Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Backend</em>' attribute.
	 * @see #getImageBackend()
	 * @generated
	 */
	void setImageBackend(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The thread counts are not negative and the shard count is at least 1.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validThreads(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The image backend is java or simpleitk.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validImageBackend(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ExecutionSettings
