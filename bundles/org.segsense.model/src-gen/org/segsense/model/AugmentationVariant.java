/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Augmentation Variant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One network to train: architecture, training settings, augmentation pipeline and seed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.AugmentationVariant#getName <em>Name</em>}</li>
 *   <li>{@link org.segsense.model.AugmentationVariant#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.segsense.model.AugmentationVariant#getTraining <em>Training</em>}</li>
 *   <li>{@link org.segsense.model.AugmentationVariant#getAugmentation <em>Augmentation</em>}</li>
 *   <li>{@link org.segsense.model.AugmentationVariant#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.segsense.model.AugmentationVariant#getTrainingCases <em>Training Cases</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getAugmentationVariant()
 * @model
 * @generated
 */
public interface AugmentationVariant extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable title; the model variants trained from it are named after it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.segsense.model.SegsensePackage#getAugmentationVariant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.segsense.model.AugmentationVariant#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of a built-in architecture of the trainer: unet, deepmedic or tractseg (a TractSeg-like 2-D U-Net on peak slices, one sigmoid output per bundle) (segsense train --architecture). The old id unet3d is read as unet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see #setArchitecture(String)
	 * @see org.segsense.model.SegsensePackage#getAugmentationVariant_Architecture()
	 * @model
	 * @generated
	 */
	String getArchitecture();

	/**
	 * Sets the value of the '{@link org.segsense.model.AugmentationVariant#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(String value);

	/**
	 * Returns the value of the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimiser settings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Training</em>' containment reference.
	 * @see #setTraining(TrainingSettings)
	 * @see org.segsense.model.SegsensePackage#getAugmentationVariant_Training()
	 * @model containment="true"
	 * @generated
	 */
	TrainingSettings getTraining();

	/**
	 * Sets the value of the '{@link org.segsense.model.AugmentationVariant#getTraining <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training</em>' containment reference.
	 * @see #getTraining()
	 * @generated
	 */
	void setTraining(TrainingSettings value);

	/**
	 * Returns the value of the '<em><b>Augmentation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Augmentation applied to training samples; none when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Augmentation</em>' containment reference.
	 * @see #setAugmentation(AugmentationPipeline)
	 * @see org.segsense.model.SegsensePackage#getAugmentationVariant_Augmentation()
	 * @model containment="true"
	 * @generated
	 */
	AugmentationPipeline getAugmentation();

	/**
	 * Sets the value of the '{@link org.segsense.model.AugmentationVariant#getAugmentation <em>Augmentation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Augmentation</em>' containment reference.
	 * @see #getAugmentation()
	 * @generated
	 */
	void setAugmentation(AugmentationPipeline value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed for initialisation, sampling and augmentation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.segsense.model.SegsensePackage#getAugmentationVariant_Seed()
	 * @model default="0"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.segsense.model.AugmentationVariant#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Training Cases</b></em>' reference list.
	 * The list contents are of type {@link org.segsense.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cases to train on; all cases of the study when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Training Cases</em>' reference list.
	 * @see org.segsense.model.SegsensePackage#getAugmentationVariant_TrainingCases()
	 * @model
	 * @generated
	 */
	EList<Case> getTrainingCases();

} // AugmentationVariant
