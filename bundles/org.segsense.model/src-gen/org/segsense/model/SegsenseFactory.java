/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.segsense.model.SegsensePackage
 * @generated
 */
public interface SegsenseFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SegsenseFactory eINSTANCE = org.segsense.model.impl.SegsenseFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Study</em>'.
	 * @generated
	 */
	Study createStudy();

	/**
	 * Returns a new object of class '<em>Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Case</em>'.
	 * @generated
	 */
	Case createCase();

	/**
	 * Returns a new object of class '<em>File Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>File Reference</em>'.
	 * @generated
	 */
	FileReference createFileReference();

	/**
	 * Returns a new object of class '<em>Image Channel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Image Channel</em>'.
	 * @generated
	 */
	ImageChannel createImageChannel();

	/**
	 * Returns a new object of class '<em>Model Variant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Model Variant</em>'.
	 * @generated
	 */
	ModelVariant createModelVariant();

	/**
	 * Returns a new object of class '<em>Label Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Label Definition</em>'.
	 * @generated
	 */
	LabelDefinition createLabelDefinition();

	/**
	 * Returns a new object of class '<em>Augmentation Pipeline</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Augmentation Pipeline</em>'.
	 * @generated
	 */
	AugmentationPipeline createAugmentationPipeline();

	/**
	 * Returns a new object of class '<em>Augmentation Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Augmentation Step</em>'.
	 * @generated
	 */
	AugmentationStep createAugmentationStep();

	/**
	 * Returns a new object of class '<em>Parameter Range</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter Range</em>'.
	 * @generated
	 */
	ParameterRange createParameterRange();

	/**
	 * Returns a new object of class '<em>Parameter Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter Value</em>'.
	 * @generated
	 */
	ParameterValue createParameterValue();

	/**
	 * Returns a new object of class '<em>Perturbation Axis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Perturbation Axis</em>'.
	 * @generated
	 */
	PerturbationAxis createPerturbationAxis();

	/**
	 * Returns a new object of class '<em>Explicit Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Explicit Sweep</em>'.
	 * @generated
	 */
	ExplicitSweep createExplicitSweep();

	/**
	 * Returns a new object of class '<em>Range Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Range Sweep</em>'.
	 * @generated
	 */
	RangeSweep createRangeSweep();

	/**
	 * Returns a new object of class '<em>One At ATime Design</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>One At ATime Design</em>'.
	 * @generated
	 */
	OneAtATimeDesign createOneAtATimeDesign();

	/**
	 * Returns a new object of class '<em>Factorial Design</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Factorial Design</em>'.
	 * @generated
	 */
	FactorialDesign createFactorialDesign();

	/**
	 * Returns a new object of class '<em>Ground Truth Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ground Truth Reference</em>'.
	 * @generated
	 */
	GroundTruthReference createGroundTruthReference();

	/**
	 * Returns a new object of class '<em>Binary Staple Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Binary Staple Reference</em>'.
	 * @generated
	 */
	BinaryStapleReference createBinaryStapleReference();

	/**
	 * Returns a new object of class '<em>Multi Label Staple Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Multi Label Staple Reference</em>'.
	 * @generated
	 */
	MultiLabelStapleReference createMultiLabelStapleReference();

	/**
	 * Returns a new object of class '<em>Majority Vote Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Majority Vote Reference</em>'.
	 * @generated
	 */
	MajorityVoteReference createMajorityVoteReference();

	/**
	 * Returns a new object of class '<em>Metric Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Metric Spec</em>'.
	 * @generated
	 */
	MetricSpec createMetricSpec();

	/**
	 * Returns a new object of class '<em>Execution Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Execution Settings</em>'.
	 * @generated
	 */
	ExecutionSettings createExecutionSettings();

	/**
	 * Returns a new object of class '<em>Augmentation Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Augmentation Study</em>'.
	 * @generated
	 */
	AugmentationStudy createAugmentationStudy();

	/**
	 * Returns a new object of class '<em>Augmentation Variant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Augmentation Variant</em>'.
	 * @generated
	 */
	AugmentationVariant createAugmentationVariant();

	/**
	 * Returns a new object of class '<em>Training Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Settings</em>'.
	 * @generated
	 */
	TrainingSettings createTrainingSettings();

	/**
	 * Returns a new object of class '<em>Run Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run Record</em>'.
	 * @generated
	 */
	RunRecord createRunRecord();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SegsensePackage getSegsensePackage();

} //SegsenseFactory
