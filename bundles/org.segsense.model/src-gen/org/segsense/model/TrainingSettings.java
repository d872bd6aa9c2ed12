/**
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Optimiser settings for training a network.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.TrainingSettings#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.segsense.model.TrainingSettings#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.segsense.model.TrainingSettings#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.segsense.model.TrainingSettings#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.segsense.model.TrainingSettings#getLoss <em>Loss</em>}</li>
 *   <li>{@link org.segsense.model.TrainingSettings#getPatchSize <em>Patch Size</em>}</li>
 *   <li>{@link org.segsense.model.TrainingSettings#getValidationFraction <em>Validation Fraction</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getTrainingSettings()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validSettings'"
 * @generated
 */
public interface TrainingSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of epochs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(int)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_Epochs()
	 * @model default="100"
	 * @generated
	 */
	int getEpochs();

	/**
	 * Sets the value of the '{@link org.segsense.model.TrainingSettings#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Samples per batch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_BatchSize()
	 * @model default="2"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.segsense.model.TrainingSettings#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.001"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Initial learning rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_LearningRate()
	 * @model default="0.001"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link org.segsense.model.TrainingSettings#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Optimizer</b></em>' attribute.
	 * The default value is <code>"adam"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimiser id, e.g. adam.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Optimizer</em>' attribute.
	 * @see #setOptimizer(String)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_Optimizer()
	 * @model default="adam"
	 * @generated
	 */
	String getOptimizer();

	/**
	 * Sets the value of the '{@link org.segsense.model.TrainingSettings#getOptimizer <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimizer</em>' attribute.
	 * @see #getOptimizer()
	 * @generated
	 */
	void setOptimizer(String value);

	/**
	 * Returns the value of the '<em><b>Loss</b></em>' attribute.
	 * The default value is <code>"dice"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Loss id, e.g. dice or cross_entropy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loss</em>' attribute.
	 * @see #setLoss(String)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_Loss()
	 * @model default="dice"
	 * @generated
	 */
	String getLoss();

	/**
	 * Sets the value of the '{@link org.segsense.model.TrainingSettings#getLoss <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss</em>' attribute.
	 * @see #getLoss()
	 * @generated
	 */
	void setLoss(String value);

	/**
	 * Returns the value of the '<em><b>Patch Size</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Training patch size in voxels per axis (x, y, z); whole images when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patch Size</em>' attribute list.
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_PatchSize()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getPatchSize();

	/**
	 * Returns the value of the '<em><b>Validation Fraction</b></em>' attribute.
	 * The default value is <code>"0.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fraction of training cases held out for validation, in [0, 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Validation Fraction</em>' attribute.
	 * @see #setValidationFraction(double)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_ValidationFraction()
	 * @model default="0.2"
	 * @generated
	 */
	double getValidationFraction();

	/**
	 * Sets the value of the '{@link org.segsense.model.TrainingSettings#getValidationFraction <em>Validation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Fraction</em>' attribute.
	 * @see #getValidationFraction()
	 * @generated
	 */
	void setValidationFraction(double value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Epochs and batch size are positive, the learning rate positive, the validation fraction in [0, 1) and patch sizes positive.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validSettings(DiagnosticChain diagnostics, Map<Object, Object> context);

} // TrainingSettings
