/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.util;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.segsense.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.segsense.model.SegsensePackage
 * @generated
 */
public class SegsenseSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SegsensePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegsenseSwitch() {
		if (modelPackage == null) {
			modelPackage = SegsensePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case SegsensePackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.STUDY: {
				Study study = (Study)theEObject;
				T result = caseStudy(study);
				if (result == null) result = caseIdentified(study);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.CASE: {
				Case case_ = (Case)theEObject;
				T result = caseCase(case_);
				if (result == null) result = caseIdentified(case_);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.FILE_REFERENCE: {
				FileReference fileReference = (FileReference)theEObject;
				T result = caseFileReference(fileReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.IMAGE_CHANNEL: {
				ImageChannel imageChannel = (ImageChannel)theEObject;
				T result = caseImageChannel(imageChannel);
				if (result == null) result = caseFileReference(imageChannel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.MODEL_VARIANT: {
				ModelVariant modelVariant = (ModelVariant)theEObject;
				T result = caseModelVariant(modelVariant);
				if (result == null) result = caseIdentified(modelVariant);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.LABEL_DEFINITION: {
				LabelDefinition labelDefinition = (LabelDefinition)theEObject;
				T result = caseLabelDefinition(labelDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.AUGMENTATION_PIPELINE: {
				AugmentationPipeline augmentationPipeline = (AugmentationPipeline)theEObject;
				T result = caseAugmentationPipeline(augmentationPipeline);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.AUGMENTATION_STEP: {
				AugmentationStep augmentationStep = (AugmentationStep)theEObject;
				T result = caseAugmentationStep(augmentationStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.PARAMETER_RANGE: {
				ParameterRange parameterRange = (ParameterRange)theEObject;
				T result = caseParameterRange(parameterRange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.PARAMETER_VALUE: {
				ParameterValue parameterValue = (ParameterValue)theEObject;
				T result = caseParameterValue(parameterValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.PERTURBATION_AXIS: {
				PerturbationAxis perturbationAxis = (PerturbationAxis)theEObject;
				T result = casePerturbationAxis(perturbationAxis);
				if (result == null) result = caseIdentified(perturbationAxis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.SWEEP: {
				Sweep sweep = (Sweep)theEObject;
				T result = caseSweep(sweep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.EXPLICIT_SWEEP: {
				ExplicitSweep explicitSweep = (ExplicitSweep)theEObject;
				T result = caseExplicitSweep(explicitSweep);
				if (result == null) result = caseSweep(explicitSweep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.RANGE_SWEEP: {
				RangeSweep rangeSweep = (RangeSweep)theEObject;
				T result = caseRangeSweep(rangeSweep);
				if (result == null) result = caseSweep(rangeSweep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.DESIGN: {
				Design design = (Design)theEObject;
				T result = caseDesign(design);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.ONE_AT_ATIME_DESIGN: {
				OneAtATimeDesign oneAtATimeDesign = (OneAtATimeDesign)theEObject;
				T result = caseOneAtATimeDesign(oneAtATimeDesign);
				if (result == null) result = caseDesign(oneAtATimeDesign);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.FACTORIAL_DESIGN: {
				FactorialDesign factorialDesign = (FactorialDesign)theEObject;
				T result = caseFactorialDesign(factorialDesign);
				if (result == null) result = caseDesign(factorialDesign);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.REFERENCE_STRATEGY: {
				ReferenceStrategy referenceStrategy = (ReferenceStrategy)theEObject;
				T result = caseReferenceStrategy(referenceStrategy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.GROUND_TRUTH_REFERENCE: {
				GroundTruthReference groundTruthReference = (GroundTruthReference)theEObject;
				T result = caseGroundTruthReference(groundTruthReference);
				if (result == null) result = caseReferenceStrategy(groundTruthReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.CONSENSUS_REFERENCE: {
				ConsensusReference consensusReference = (ConsensusReference)theEObject;
				T result = caseConsensusReference(consensusReference);
				if (result == null) result = caseReferenceStrategy(consensusReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.BINARY_STAPLE_REFERENCE: {
				BinaryStapleReference binaryStapleReference = (BinaryStapleReference)theEObject;
				T result = caseBinaryStapleReference(binaryStapleReference);
				if (result == null) result = caseConsensusReference(binaryStapleReference);
				if (result == null) result = caseReferenceStrategy(binaryStapleReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.MULTI_LABEL_STAPLE_REFERENCE: {
				MultiLabelStapleReference multiLabelStapleReference = (MultiLabelStapleReference)theEObject;
				T result = caseMultiLabelStapleReference(multiLabelStapleReference);
				if (result == null) result = caseConsensusReference(multiLabelStapleReference);
				if (result == null) result = caseReferenceStrategy(multiLabelStapleReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.MAJORITY_VOTE_REFERENCE: {
				MajorityVoteReference majorityVoteReference = (MajorityVoteReference)theEObject;
				T result = caseMajorityVoteReference(majorityVoteReference);
				if (result == null) result = caseConsensusReference(majorityVoteReference);
				if (result == null) result = caseReferenceStrategy(majorityVoteReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.METRIC_SPEC: {
				MetricSpec metricSpec = (MetricSpec)theEObject;
				T result = caseMetricSpec(metricSpec);
				if (result == null) result = caseIdentified(metricSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.EXECUTION_SETTINGS: {
				ExecutionSettings executionSettings = (ExecutionSettings)theEObject;
				T result = caseExecutionSettings(executionSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.AUGMENTATION_STUDY: {
				AugmentationStudy augmentationStudy = (AugmentationStudy)theEObject;
				T result = caseAugmentationStudy(augmentationStudy);
				if (result == null) result = caseIdentified(augmentationStudy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.AUGMENTATION_VARIANT: {
				AugmentationVariant augmentationVariant = (AugmentationVariant)theEObject;
				T result = caseAugmentationVariant(augmentationVariant);
				if (result == null) result = caseIdentified(augmentationVariant);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.TRAINING_SETTINGS: {
				TrainingSettings trainingSettings = (TrainingSettings)theEObject;
				T result = caseTrainingSettings(trainingSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.RUN_RECORD: {
				RunRecord runRecord = (RunRecord)theEObject;
				T result = caseRunRecord(runRecord);
				if (result == null) result = caseIdentified(runRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SegsensePackage.ENVIRONMENT_ENTRY: {
				@SuppressWarnings("unchecked") Map.Entry<String, String> environmentEntry = (Map.Entry<String, String>)theEObject;
				T result = caseEnvironmentEntry(environmentEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Study</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudy(Study object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Case</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Case</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCase(Case object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>File Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>File Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFileReference(FileReference object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Image Channel</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Image Channel</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImageChannel(ImageChannel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Model Variant</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Model Variant</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseModelVariant(ModelVariant object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Label Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Label Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLabelDefinition(LabelDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Augmentation Pipeline</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Augmentation Pipeline</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAugmentationPipeline(AugmentationPipeline object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Augmentation Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Augmentation Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAugmentationStep(AugmentationStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Parameter Range</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Parameter Range</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParameterRange(ParameterRange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Parameter Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Parameter Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParameterValue(ParameterValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Perturbation Axis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Perturbation Axis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerturbationAxis(PerturbationAxis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sweep</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSweep(Sweep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Explicit Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Explicit Sweep</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExplicitSweep(ExplicitSweep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Range Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Range Sweep</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRangeSweep(RangeSweep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Design</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Design</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDesign(Design object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>One At ATime Design</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>One At ATime Design</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOneAtATimeDesign(OneAtATimeDesign object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Factorial Design</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Factorial Design</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFactorialDesign(FactorialDesign object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reference Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reference Strategy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReferenceStrategy(ReferenceStrategy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ground Truth Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ground Truth Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGroundTruthReference(GroundTruthReference object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Consensus Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Consensus Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConsensusReference(ConsensusReference object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Binary Staple Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Binary Staple Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBinaryStapleReference(BinaryStapleReference object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Multi Label Staple Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Multi Label Staple Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMultiLabelStapleReference(MultiLabelStapleReference object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Majority Vote Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Majority Vote Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMajorityVoteReference(MajorityVoteReference object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Metric Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Metric Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMetricSpec(MetricSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Execution Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Execution Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExecutionSettings(ExecutionSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Augmentation Study</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Augmentation Study</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAugmentationStudy(AugmentationStudy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Augmentation Variant</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Augmentation Variant</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAugmentationVariant(AugmentationVariant object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingSettings(TrainingSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Run Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Run Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRunRecord(RunRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Environment Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Environment Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnvironmentEntry(Map.Entry<String, String> object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //SegsenseSwitch
