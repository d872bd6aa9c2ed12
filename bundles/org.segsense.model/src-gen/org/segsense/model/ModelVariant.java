/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model Variant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A trained segmentation network as a TensorFlow SavedModel, with everything needed to run it on a case.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.ModelVariant#getName <em>Name</em>}</li>
 *   <li>{@link org.segsense.model.ModelVariant#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segsense.model.ModelVariant#getSavedModel <em>Saved Model</em>}</li>
 *   <li>{@link org.segsense.model.ModelVariant#getSignatureKey <em>Signature Key</em>}</li>
 *   <li>{@link org.segsense.model.ModelVariant#getInputTensor <em>Input Tensor</em>}</li>
 *   <li>{@link org.segsense.model.ModelVariant#getOutputTensor <em>Output Tensor</em>}</li>
 *   <li>{@link org.segsense.model.ModelVariant#getTileSize <em>Tile Size</em>}</li>
 *   <li>{@link org.segsense.model.ModelVariant#getTileOverlap <em>Tile Overlap</em>}</li>
 *   <li>{@link org.segsense.model.ModelVariant#getNormalization <em>Normalization</em>}</li>
 *   <li>{@link org.segsense.model.ModelVariant#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.segsense.model.ModelVariant#getTrainingAugmentation <em>Training Augmentation</em>}</li>
 *   <li>{@link org.segsense.model.ModelVariant#getTrainedBy <em>Trained By</em>}</li>
 *   <li>{@link org.segsense.model.ModelVariant#getTrainingSeed <em>Training Seed</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getModelVariant()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasSavedModel validTiling uniqueLabelValues'"
 * @generated
 */
public interface ModelVariant extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.segsense.model.SegsensePackage#getModelVariant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.segsense.model.ModelVariant#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text: training data, origin, remarks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segsense.model.SegsensePackage#getModelVariant_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segsense.model.ModelVariant#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Saved Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SavedModel folder and its checksum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Saved Model</em>' containment reference.
	 * @see #setSavedModel(FileReference)
	 * @see org.segsense.model.SegsensePackage#getModelVariant_SavedModel()
	 * @model containment="true"
	 * @generated
	 */
	FileReference getSavedModel();

	/**
	 * Sets the value of the '{@link org.segsense.model.ModelVariant#getSavedModel <em>Saved Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Saved Model</em>' containment reference.
	 * @see #getSavedModel()
	 * @generated
	 */
	void setSavedModel(FileReference value);

	/**
	 * Returns the value of the '<em><b>Signature Key</b></em>' attribute.
	 * The default value is <code>"serving_default"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signature to call.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signature Key</em>' attribute.
	 * @see #setSignatureKey(String)
	 * @see org.segsense.model.SegsensePackage#getModelVariant_SignatureKey()
	 * @model default="serving_default"
	 * @generated
	 */
	String getSignatureKey();

	/**
	 * Sets the value of the '{@link org.segsense.model.ModelVariant#getSignatureKey <em>Signature Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature Key</em>' attribute.
	 * @see #getSignatureKey()
	 * @generated
	 */
	void setSignatureKey(String value);

	/**
	 * Returns the value of the '<em><b>Input Tensor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input tensor name in the signature; the only input when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Tensor</em>' attribute.
	 * @see #setInputTensor(String)
	 * @see org.segsense.model.SegsensePackage#getModelVariant_InputTensor()
	 * @model
	 * @generated
	 */
	String getInputTensor();

	/**
	 * Sets the value of the '{@link org.segsense.model.ModelVariant#getInputTensor <em>Input Tensor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Tensor</em>' attribute.
	 * @see #getInputTensor()
	 * @generated
	 */
	void setInputTensor(String value);

	/**
	 * Returns the value of the '<em><b>Output Tensor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Output tensor name in the signature; the only output when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Tensor</em>' attribute.
	 * @see #setOutputTensor(String)
	 * @see org.segsense.model.SegsensePackage#getModelVariant_OutputTensor()
	 * @model
	 * @generated
	 */
	String getOutputTensor();

	/**
	 * Sets the value of the '{@link org.segsense.model.ModelVariant#getOutputTensor <em>Output Tensor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Tensor</em>' attribute.
	 * @see #getOutputTensor()
	 * @generated
	 */
	void setOutputTensor(String value);

	/**
	 * Returns the value of the '<em><b>Tile Size</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sliding-window tile size in voxels per axis (x, y, z); the whole image at once when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tile Size</em>' attribute list.
	 * @see org.segsense.model.SegsensePackage#getModelVariant_TileSize()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getTileSize();

	/**
	 * Returns the value of the '<em><b>Tile Overlap</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overlap of neighbouring tiles in voxels, per axis (x, y, z) or one value for all axes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tile Overlap</em>' attribute list.
	 * @see org.segsense.model.SegsensePackage#getModelVariant_TileOverlap()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getTileOverlap();

	/**
	 * Returns the value of the '<em><b>Normalization</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segsense.model.NormalizationMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intensity normalisation applied to every channel before inference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normalization</em>' attribute.
	 * @see org.segsense.model.NormalizationMethod
	 * @see #setNormalization(NormalizationMethod)
	 * @see org.segsense.model.SegsensePackage#getModelVariant_Normalization()
	 * @model
	 * @generated
	 */
	NormalizationMethod getNormalization();

	/**
	 * Sets the value of the '{@link org.segsense.model.ModelVariant#getNormalization <em>Normalization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalization</em>' attribute.
	 * @see org.segsense.model.NormalizationMethod
	 * @see #getNormalization()
	 * @generated
	 */
	void setNormalization(NormalizationMethod value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.LabelDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The label map the network produces.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getModelVariant_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<LabelDefinition> getLabels();

	/**
	 * Returns the value of the '<em><b>Training Augmentation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The augmentation the network was trained with, for documentation and comparison.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Training Augmentation</em>' containment reference.
	 * @see #setTrainingAugmentation(AugmentationPipeline)
	 * @see org.segsense.model.SegsensePackage#getModelVariant_TrainingAugmentation()
	 * @model containment="true"
	 * @generated
	 */
	AugmentationPipeline getTrainingAugmentation();

	/**
	 * Sets the value of the '{@link org.segsense.model.ModelVariant#getTrainingAugmentation <em>Training Augmentation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training Augmentation</em>' containment reference.
	 * @see #getTrainingAugmentation()
	 * @generated
	 */
	void setTrainingAugmentation(AugmentationPipeline value);

	/**
	 * Returns the value of the '<em><b>Trained By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The augmentation variant that produced this network, when it was trained by SegSense.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trained By</em>' reference.
	 * @see #setTrainedBy(AugmentationVariant)
	 * @see org.segsense.model.SegsensePackage#getModelVariant_TrainedBy()
	 * @model
	 * @generated
	 */
	AugmentationVariant getTrainedBy();

	/**
	 * Sets the value of the '{@link org.segsense.model.ModelVariant#getTrainedBy <em>Trained By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trained By</em>' reference.
	 * @see #getTrainedBy()
	 * @generated
	 */
	void setTrainedBy(AugmentationVariant value);

	/**
	 * Returns the value of the '<em><b>Training Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The seed the network was trained with, when it was trained by SegSense (with trainedBy: one of several seeds of that variant).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Training Seed</em>' attribute.
	 * @see #setTrainingSeed(long)
	 * @see org.segsense.model.SegsensePackage#getModelVariant_TrainingSeed()
	 * @model
	 * @generated
	 */
	long getTrainingSeed();

	/**
	 * Sets the value of the '{@link org.segsense.model.ModelVariant#getTrainingSeed <em>Training Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training Seed</em>' attribute.
	 * @see #getTrainingSeed()
	 * @generated
	 */
	void setTrainingSeed(long value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SavedModel location is given.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasSavedModel(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tile sizes are positive, overlaps non-negative and smaller than the tile size, with one overlap or one per axis.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validTiling(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label values are unique and non-negative.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean uniqueLabelValues(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ModelVariant
