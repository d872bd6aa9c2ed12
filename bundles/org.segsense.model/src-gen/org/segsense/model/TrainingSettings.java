/**
 * SPDX-License-Identifier: EPL-2.0
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
 *   <li>{@link org.segsense.model.TrainingSettings#getIterations <em>Iterations</em>}</li>
 *   <li>{@link org.segsense.model.TrainingSettings#getBaseFilters <em>Base Filters</em>}</li>
 *   <li>{@link org.segsense.model.TrainingSettings#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.segsense.model.TrainingSettings#getDiceWeight <em>Dice Weight</em>}</li>
 *   <li>{@link org.segsense.model.TrainingSettings#getForegroundFraction <em>Foreground Fraction</em>}</li>
 *   <li>{@link org.segsense.model.TrainingSettings#getNormalization <em>Normalization</em>}</li>
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
	 * Number of epochs; ignored by SegSense's patch trainer, which counts iterations.
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
	 * The default value is <code>"crossentropy"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Loss id: crossentropy (plus diceWeight times a soft Dice loss).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loss</em>' attribute.
	 * @see #setLoss(String)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_Loss()
	 * @model default="crossentropy"
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
	 * Training patch size in voxels per axis (x, y, z), or one number for all axes; 32 rounded up to the architecture's multiple when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patch Size</em>' attribute list.
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_PatchSize()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getPatchSize();

	/**
	 * Returns the value of the '<em><b>Validation Fraction</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fraction of training cases held out for validation, in [0, 1); SegSense's patch trainer holds none out and needs 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Validation Fraction</em>' attribute.
	 * @see #setValidationFraction(double)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_ValidationFraction()
	 * @model default="0.0"
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
	 * Returns the value of the '<em><b>Iterations</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimiser steps (segsense train --iterations).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Iterations</em>' attribute.
	 * @see #setIterations(int)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_Iterations()
	 * @model default="200"
	 * @generated
	 */
	int getIterations();

	/**
	 * Sets the value of the '{@link org.segsense.model.TrainingSettings#getIterations <em>Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iterations</em>' attribute.
	 * @see #getIterations()
	 * @generated
	 */
	void setIterations(int value);

	/**
	 * Returns the value of the '<em><b>Base Filters</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Filters of the first layers (segsense train --base-filters).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Filters</em>' attribute.
	 * @see #setBaseFilters(int)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_BaseFilters()
	 * @model default="8"
	 * @generated
	 */
	int getBaseFilters();

	/**
	 * Sets the value of the '{@link org.segsense.model.TrainingSettings#getBaseFilters <em>Base Filters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Filters</em>' attribute.
	 * @see #getBaseFilters()
	 * @generated
	 */
	void setBaseFilters(int value);

	/**
	 * Returns the value of the '<em><b>Depth</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * U-Net down-samplings (segsense train --depth; ignored by deepmedic).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Depth</em>' attribute.
	 * @see #setDepth(int)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_Depth()
	 * @model default="2"
	 * @generated
	 */
	int getDepth();

	/**
	 * Sets the value of the '{@link org.segsense.model.TrainingSettings#getDepth <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depth</em>' attribute.
	 * @see #getDepth()
	 * @generated
	 */
	void setDepth(int value);

	/**
	 * Returns the value of the '<em><b>Dice Weight</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of a soft Dice loss added to the cross-entropy (0: cross-entropy only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dice Weight</em>' attribute.
	 * @see #setDiceWeight(double)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_DiceWeight()
	 * @model default="0.0"
	 * @generated
	 */
	double getDiceWeight();

	/**
	 * Sets the value of the '{@link org.segsense.model.TrainingSettings#getDiceWeight <em>Dice Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dice Weight</em>' attribute.
	 * @see #getDiceWeight()
	 * @generated
	 */
	void setDiceWeight(double value);

	/**
	 * Returns the value of the '<em><b>Foreground Fraction</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of patches centred on a foreground voxel, in [0, 1].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Foreground Fraction</em>' attribute.
	 * @see #setForegroundFraction(double)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_ForegroundFraction()
	 * @model default="0.5"
	 * @generated
	 */
	double getForegroundFraction();

	/**
	 * Sets the value of the '{@link org.segsense.model.TrainingSettings#getForegroundFraction <em>Foreground Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreground Fraction</em>' attribute.
	 * @see #getForegroundFraction()
	 * @generated
	 */
	void setForegroundFraction(double value);

	/**
	 * Returns the value of the '<em><b>Normalization</b></em>' attribute.
	 * The default value is <code>"zscore"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input normalisation per channel, recorded in the model: none, zscore, percentile-zscore or minmax (segsense train --normalization).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normalization</em>' attribute.
	 * @see #setNormalization(String)
	 * @see org.segsense.model.SegsensePackage#getTrainingSettings_Normalization()
	 * @model default="zscore"
	 * @generated
	 */
	String getNormalization();

	/**
	 * Sets the value of the '{@link org.segsense.model.TrainingSettings#getNormalization <em>Normalization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalization</em>' attribute.
	 * @see #getNormalization()
	 * @generated
	 */
	void setNormalization(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Epochs, iterations and batch size are positive, the learning rate positive, the validation fraction in [0, 1) and patch sizes positive.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validSettings(DiagnosticChain diagnostics, Map<Object, Object> context);

} // TrainingSettings
