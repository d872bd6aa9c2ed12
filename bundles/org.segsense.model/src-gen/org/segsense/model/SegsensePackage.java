/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Experiment model of SegSense: a sensitivity study of CNN segmentation models (Guellmar et al. 2022). A study file (*.segsense) holds one Study; every relative path in it is resolved against the directory of that file (the project directory). The namespace URI carries the format version: a reader refuses files whose version it does not know.
 * <!-- end-model-doc -->
 * @see org.segsense.model.SegsenseFactory
 * @model kind="package"
 * @generated
 */
public interface SegsensePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://segsense.org/model/study/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "segsense";

	/**
	 * The package content type ID.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eCONTENT_TYPE = "org.segsense.model.study";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SegsensePackage eINSTANCE = org.segsense.model.impl.SegsensePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.IdentifiedImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The operation id for the '<em>Valid Id</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED___VALID_ID__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.StudyImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SEED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__CASES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Model Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__MODEL_VARIANTS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Axes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__AXES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Design</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DESIGN = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__REFERENCE = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__METRICS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Evaluation Space</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__EVALUATION_SPACE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Aggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__AGGREGATION = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Worst Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__WORST_VALUE = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Execution</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__EXECUTION = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Augmentation Studies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__AUGMENTATION_STUDIES = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__RUNS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The operation id for the '<em>Valid Id</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY___VALID_ID__DIAGNOSTICCHAIN_MAP = IDENTIFIED___VALID_ID__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Has Cases</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY___HAS_CASES__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Has Model Variants</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY___HAS_MODEL_VARIANTS__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Has Metrics</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY___HAS_METRICS__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The operation id for the '<em>Has Reference</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY___HAS_REFERENCE__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 3;

	/**
	 * The operation id for the '<em>Unique Ids</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY___UNIQUE_IDS__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 4;

	/**
	 * The operation id for the '<em>Valid Worst Value</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY___VALID_WORST_VALUE__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 5;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 6;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.CaseImpl <em>Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.CaseImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getCase()
	 * @generated
	 */
	int CASE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CHANNELS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label Image</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__LABEL_IMAGE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Roi Mask</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ROI_MASK = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Valid Id</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE___VALID_ID__DIAGNOSTICCHAIN_MAP = IDENTIFIED___VALID_ID__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Has Channels</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE___HAS_CHANNELS__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Unique Channel Names</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE___UNIQUE_CHANNEL_NAMES__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.FileReferenceImpl <em>File Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.FileReferenceImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getFileReference()
	 * @generated
	 */
	int FILE_REFERENCE = 3;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REFERENCE__PATH = 0;

	/**
	 * The feature id for the '<em><b>Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REFERENCE__CHECKSUM = 1;

	/**
	 * The number of structural features of the '<em>File Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REFERENCE_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Valid Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REFERENCE___VALID_PATH__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Checksum Format</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REFERENCE___CHECKSUM_FORMAT__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The operation id for the '<em>File Exists</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REFERENCE___FILE_EXISTS__DIAGNOSTICCHAIN_MAP = 2;

	/**
	 * The number of operations of the '<em>File Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_REFERENCE_OPERATION_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.ImageChannelImpl <em>Image Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.ImageChannelImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getImageChannel()
	 * @generated
	 */
	int IMAGE_CHANNEL = 4;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_CHANNEL__PATH = FILE_REFERENCE__PATH;

	/**
	 * The feature id for the '<em><b>Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_CHANNEL__CHECKSUM = FILE_REFERENCE__CHECKSUM;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_CHANNEL__NAME = FILE_REFERENCE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Image Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_CHANNEL_FEATURE_COUNT = FILE_REFERENCE_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Valid Path</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_CHANNEL___VALID_PATH__DIAGNOSTICCHAIN_MAP = FILE_REFERENCE___VALID_PATH__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Checksum Format</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_CHANNEL___CHECKSUM_FORMAT__DIAGNOSTICCHAIN_MAP = FILE_REFERENCE___CHECKSUM_FORMAT__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>File Exists</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_CHANNEL___FILE_EXISTS__DIAGNOSTICCHAIN_MAP = FILE_REFERENCE___FILE_EXISTS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Image Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_CHANNEL_OPERATION_COUNT = FILE_REFERENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.ModelVariantImpl <em>Model Variant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.ModelVariantImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getModelVariant()
	 * @generated
	 */
	int MODEL_VARIANT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Saved Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__SAVED_MODEL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Signature Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__SIGNATURE_KEY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Input Tensor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__INPUT_TENSOR = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Output Tensor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__OUTPUT_TENSOR = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tile Size</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__TILE_SIZE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Tile Overlap</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__TILE_OVERLAP = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Normalization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__NORMALIZATION = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__LABELS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Training Augmentation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__TRAINING_AUGMENTATION = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Trained By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__TRAINED_BY = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Training Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT__TRAINING_SEED = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Model Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The operation id for the '<em>Valid Id</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT___VALID_ID__DIAGNOSTICCHAIN_MAP = IDENTIFIED___VALID_ID__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Has Saved Model</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT___HAS_SAVED_MODEL__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Valid Tiling</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT___VALID_TILING__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Unique Label Values</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT___UNIQUE_LABEL_VALUES__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The number of operations of the '<em>Model Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_VARIANT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.LabelDefinitionImpl <em>Label Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.LabelDefinitionImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getLabelDefinition()
	 * @generated
	 */
	int LABEL_DEFINITION = 6;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_DEFINITION__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_DEFINITION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_DEFINITION__COLOUR = 2;

	/**
	 * The number of structural features of the '<em>Label Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_DEFINITION_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Valid Colour</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_DEFINITION___VALID_COLOUR__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Label Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_DEFINITION_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.AugmentationPipelineImpl <em>Augmentation Pipeline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.AugmentationPipelineImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getAugmentationPipeline()
	 * @generated
	 */
	int AUGMENTATION_PIPELINE = 7;

	/**
	 * The feature id for the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_PIPELINE__BUILT_IN = 0;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_PIPELINE__STEPS = 1;

	/**
	 * The number of structural features of the '<em>Augmentation Pipeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_PIPELINE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Augmentation Pipeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_PIPELINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.AugmentationStepImpl <em>Augmentation Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.AugmentationStepImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getAugmentationStep()
	 * @generated
	 */
	int AUGMENTATION_STEP = 8;

	/**
	 * The feature id for the '<em><b>Perturbation Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STEP__PERTURBATION_TYPE = 0;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STEP__PROBABILITY = 1;

	/**
	 * The feature id for the '<em><b>Ranges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STEP__RANGES = 2;

	/**
	 * The number of structural features of the '<em>Augmentation Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STEP_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Probability In Range</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STEP___PROBABILITY_IN_RANGE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Known Perturbation</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STEP___KNOWN_PERTURBATION__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The operation id for the '<em>Ranges Within Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STEP___RANGES_WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = 2;

	/**
	 * The number of operations of the '<em>Augmentation Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STEP_OPERATION_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.ParameterRangeImpl <em>Parameter Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.ParameterRangeImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getParameterRange()
	 * @generated
	 */
	int PARAMETER_RANGE = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_RANGE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_RANGE__MINIMUM = 1;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_RANGE__MAXIMUM = 2;

	/**
	 * The number of structural features of the '<em>Parameter Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_RANGE_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Ordered Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_RANGE___ORDERED_BOUNDS__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Parameter Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_RANGE_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.ParameterValueImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getParameterValue()
	 * @generated
	 */
	int PARAMETER_VALUE = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_FEATURE_COUNT = 2;

	/**
	 * The operation id for the '<em>Has Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE___HAS_NAME__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Parameter Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_VALUE_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.PerturbationAxisImpl <em>Perturbation Axis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.PerturbationAxisImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getPerturbationAxis()
	 * @generated
	 */
	int PERTURBATION_AXIS = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Perturbation Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS__PERTURBATION_TYPE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fixed Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS__FIXED_PARAMETERS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Swept Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS__SWEPT_PARAMETER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sweep</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS__SWEEP = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS__UNIT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Perturbation Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Valid Id</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS___VALID_ID__DIAGNOSTICCHAIN_MAP = IDENTIFIED___VALID_ID__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Has Sweep</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS___HAS_SWEEP__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Known Perturbation</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS___KNOWN_PERTURBATION__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Values In Range</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS___VALUES_IN_RANGE__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The number of operations of the '<em>Perturbation Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERTURBATION_AXIS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 3;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.SweepImpl <em>Sweep</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.SweepImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getSweep()
	 * @generated
	 */
	int SWEEP = 12;

	/**
	 * The number of structural features of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.ExplicitSweepImpl <em>Explicit Sweep</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.ExplicitSweepImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getExplicitSweep()
	 * @generated
	 */
	int EXPLICIT_SWEEP = 13;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_SWEEP__VALUES = SWEEP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Explicit Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_SWEEP_FEATURE_COUNT = SWEEP_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Not Empty</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_SWEEP___NOT_EMPTY__DIAGNOSTICCHAIN_MAP = SWEEP_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Explicit Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLICIT_SWEEP_OPERATION_COUNT = SWEEP_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.RangeSweepImpl <em>Range Sweep</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.RangeSweepImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getRangeSweep()
	 * @generated
	 */
	int RANGE_SWEEP = 14;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_SWEEP__START = SWEEP_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_SWEEP__STOP = SWEEP_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_SWEEP__STEPS = SWEEP_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Spacing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_SWEEP__SPACING = SWEEP_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Range Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_SWEEP_FEATURE_COUNT = SWEEP_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Enough Steps</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_SWEEP___ENOUGH_STEPS__DIAGNOSTICCHAIN_MAP = SWEEP_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Log Needs Positive Bounds</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_SWEEP___LOG_NEEDS_POSITIVE_BOUNDS__DIAGNOSTICCHAIN_MAP = SWEEP_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Range Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANGE_SWEEP_OPERATION_COUNT = SWEEP_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.DesignImpl <em>Design</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.DesignImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getDesign()
	 * @generated
	 */
	int DESIGN = 15;

	/**
	 * The feature id for the '<em><b>Axes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN__AXES = 0;

	/**
	 * The number of structural features of the '<em>Design</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Design</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESIGN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.OneAtATimeDesignImpl <em>One At ATime Design</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.OneAtATimeDesignImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getOneAtATimeDesign()
	 * @generated
	 */
	int ONE_AT_ATIME_DESIGN = 16;

	/**
	 * The feature id for the '<em><b>Axes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_AT_ATIME_DESIGN__AXES = DESIGN__AXES;

	/**
	 * The number of structural features of the '<em>One At ATime Design</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_AT_ATIME_DESIGN_FEATURE_COUNT = DESIGN_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>One At ATime Design</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONE_AT_ATIME_DESIGN_OPERATION_COUNT = DESIGN_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.FactorialDesignImpl <em>Factorial Design</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.FactorialDesignImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getFactorialDesign()
	 * @generated
	 */
	int FACTORIAL_DESIGN = 17;

	/**
	 * The feature id for the '<em><b>Axes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACTORIAL_DESIGN__AXES = DESIGN__AXES;

	/**
	 * The number of structural features of the '<em>Factorial Design</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACTORIAL_DESIGN_FEATURE_COUNT = DESIGN_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Enough Axes</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACTORIAL_DESIGN___ENOUGH_AXES__DIAGNOSTICCHAIN_MAP = DESIGN_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Factorial Design</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FACTORIAL_DESIGN_OPERATION_COUNT = DESIGN_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.ReferenceStrategyImpl <em>Reference Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.ReferenceStrategyImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getReferenceStrategy()
	 * @generated
	 */
	int REFERENCE_STRATEGY = 18;

	/**
	 * The number of structural features of the '<em>Reference Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_STRATEGY_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Reference Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_STRATEGY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.GroundTruthReferenceImpl <em>Ground Truth Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.GroundTruthReferenceImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getGroundTruthReference()
	 * @generated
	 */
	int GROUND_TRUTH_REFERENCE = 19;

	/**
	 * The number of structural features of the '<em>Ground Truth Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUND_TRUTH_REFERENCE_FEATURE_COUNT = REFERENCE_STRATEGY_FEATURE_COUNT + 0;

	/**
	 * The operation id for the '<em>Cases Have Labels</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUND_TRUTH_REFERENCE___CASES_HAVE_LABELS__DIAGNOSTICCHAIN_MAP = REFERENCE_STRATEGY_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Ground Truth Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUND_TRUTH_REFERENCE_OPERATION_COUNT = REFERENCE_STRATEGY_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.ConsensusReferenceImpl <em>Consensus Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.ConsensusReferenceImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getConsensusReference()
	 * @generated
	 */
	int CONSENSUS_REFERENCE = 20;

	/**
	 * The feature id for the '<em><b>Raters</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_REFERENCE__RATERS = REFERENCE_STRATEGY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Score Against Truth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_REFERENCE__SCORE_AGAINST_TRUTH = REFERENCE_STRATEGY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Consensus Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_REFERENCE_FEATURE_COUNT = REFERENCE_STRATEGY_FEATURE_COUNT + 2;

	/**
	 * The operation id for the '<em>Enough Raters</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_REFERENCE___ENOUGH_RATERS__DIAGNOSTICCHAIN_MAP = REFERENCE_STRATEGY_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Truth For Every Case</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_REFERENCE___TRUTH_FOR_EVERY_CASE__DIAGNOSTICCHAIN_MAP = REFERENCE_STRATEGY_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Consensus Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENSUS_REFERENCE_OPERATION_COUNT = REFERENCE_STRATEGY_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.BinaryStapleReferenceImpl <em>Binary Staple Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.BinaryStapleReferenceImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getBinaryStapleReference()
	 * @generated
	 */
	int BINARY_STAPLE_REFERENCE = 21;

	/**
	 * The feature id for the '<em><b>Raters</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_STAPLE_REFERENCE__RATERS = CONSENSUS_REFERENCE__RATERS;

	/**
	 * The feature id for the '<em><b>Score Against Truth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_STAPLE_REFERENCE__SCORE_AGAINST_TRUTH = CONSENSUS_REFERENCE__SCORE_AGAINST_TRUTH;

	/**
	 * The feature id for the '<em><b>Confidence Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_STAPLE_REFERENCE__CONFIDENCE_WEIGHT = CONSENSUS_REFERENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Foreground Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_STAPLE_REFERENCE__FOREGROUND_VALUE = CONSENSUS_REFERENCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Max Iterations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_STAPLE_REFERENCE__MAX_ITERATIONS = CONSENSUS_REFERENCE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Binary Staple Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_STAPLE_REFERENCE_FEATURE_COUNT = CONSENSUS_REFERENCE_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Enough Raters</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_STAPLE_REFERENCE___ENOUGH_RATERS__DIAGNOSTICCHAIN_MAP = CONSENSUS_REFERENCE___ENOUGH_RATERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Truth For Every Case</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_STAPLE_REFERENCE___TRUTH_FOR_EVERY_CASE__DIAGNOSTICCHAIN_MAP = CONSENSUS_REFERENCE___TRUTH_FOR_EVERY_CASE__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Valid Parameters</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_STAPLE_REFERENCE___VALID_PARAMETERS__DIAGNOSTICCHAIN_MAP = CONSENSUS_REFERENCE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Binary Staple Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BINARY_STAPLE_REFERENCE_OPERATION_COUNT = CONSENSUS_REFERENCE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.MultiLabelStapleReferenceImpl <em>Multi Label Staple Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.MultiLabelStapleReferenceImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getMultiLabelStapleReference()
	 * @generated
	 */
	int MULTI_LABEL_STAPLE_REFERENCE = 22;

	/**
	 * The feature id for the '<em><b>Raters</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTI_LABEL_STAPLE_REFERENCE__RATERS = CONSENSUS_REFERENCE__RATERS;

	/**
	 * The feature id for the '<em><b>Score Against Truth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTI_LABEL_STAPLE_REFERENCE__SCORE_AGAINST_TRUTH = CONSENSUS_REFERENCE__SCORE_AGAINST_TRUTH;

	/**
	 * The feature id for the '<em><b>Undecided Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTI_LABEL_STAPLE_REFERENCE__UNDECIDED_LABEL = CONSENSUS_REFERENCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Termination Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTI_LABEL_STAPLE_REFERENCE__TERMINATION_THRESHOLD = CONSENSUS_REFERENCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Max Iterations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTI_LABEL_STAPLE_REFERENCE__MAX_ITERATIONS = CONSENSUS_REFERENCE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Multi Label Staple Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTI_LABEL_STAPLE_REFERENCE_FEATURE_COUNT = CONSENSUS_REFERENCE_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Enough Raters</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTI_LABEL_STAPLE_REFERENCE___ENOUGH_RATERS__DIAGNOSTICCHAIN_MAP = CONSENSUS_REFERENCE___ENOUGH_RATERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Truth For Every Case</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTI_LABEL_STAPLE_REFERENCE___TRUTH_FOR_EVERY_CASE__DIAGNOSTICCHAIN_MAP = CONSENSUS_REFERENCE___TRUTH_FOR_EVERY_CASE__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Valid Parameters</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTI_LABEL_STAPLE_REFERENCE___VALID_PARAMETERS__DIAGNOSTICCHAIN_MAP = CONSENSUS_REFERENCE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Multi Label Staple Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTI_LABEL_STAPLE_REFERENCE_OPERATION_COUNT = CONSENSUS_REFERENCE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.MajorityVoteReferenceImpl <em>Majority Vote Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.MajorityVoteReferenceImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getMajorityVoteReference()
	 * @generated
	 */
	int MAJORITY_VOTE_REFERENCE = 23;

	/**
	 * The feature id for the '<em><b>Raters</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAJORITY_VOTE_REFERENCE__RATERS = CONSENSUS_REFERENCE__RATERS;

	/**
	 * The feature id for the '<em><b>Score Against Truth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAJORITY_VOTE_REFERENCE__SCORE_AGAINST_TRUTH = CONSENSUS_REFERENCE__SCORE_AGAINST_TRUTH;

	/**
	 * The feature id for the '<em><b>Undecided Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAJORITY_VOTE_REFERENCE__UNDECIDED_LABEL = CONSENSUS_REFERENCE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Majority Vote Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAJORITY_VOTE_REFERENCE_FEATURE_COUNT = CONSENSUS_REFERENCE_FEATURE_COUNT + 1;

	/**
	 * The operation id for the '<em>Enough Raters</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAJORITY_VOTE_REFERENCE___ENOUGH_RATERS__DIAGNOSTICCHAIN_MAP = CONSENSUS_REFERENCE___ENOUGH_RATERS__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Truth For Every Case</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAJORITY_VOTE_REFERENCE___TRUTH_FOR_EVERY_CASE__DIAGNOSTICCHAIN_MAP = CONSENSUS_REFERENCE___TRUTH_FOR_EVERY_CASE__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Majority Vote Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAJORITY_VOTE_REFERENCE_OPERATION_COUNT = CONSENSUS_REFERENCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.MetricSpecImpl <em>Metric Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.MetricSpecImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getMetricSpec()
	 * @generated
	 */
	int METRIC_SPEC = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Metric Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC__METRIC_TYPE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC__PARAMETERS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC__LABELS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Metric Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Valid Id</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC___VALID_ID__DIAGNOSTICCHAIN_MAP = IDENTIFIED___VALID_ID__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Has Metric Type</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC___HAS_METRIC_TYPE__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Metric Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SPEC_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.ExecutionSettingsImpl <em>Execution Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.ExecutionSettingsImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getExecutionSettings()
	 * @generated
	 */
	int EXECUTION_SETTINGS = 25;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_SETTINGS__THREADS = 0;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_SETTINGS__DEVICE = 1;

	/**
	 * The feature id for the '<em><b>Inference Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_SETTINGS__INFERENCE_THREADS = 2;

	/**
	 * The feature id for the '<em><b>Cpu Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_SETTINGS__CPU_THREADS = 3;

	/**
	 * The feature id for the '<em><b>Shards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_SETTINGS__SHARDS = 4;

	/**
	 * The feature id for the '<em><b>Image Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_SETTINGS__IMAGE_BACKEND = 5;

	/**
	 * The number of structural features of the '<em>Execution Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_SETTINGS_FEATURE_COUNT = 6;

	/**
	 * The operation id for the '<em>Valid Threads</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_SETTINGS___VALID_THREADS__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The operation id for the '<em>Valid Image Backend</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_SETTINGS___VALID_IMAGE_BACKEND__DIAGNOSTICCHAIN_MAP = 1;

	/**
	 * The number of operations of the '<em>Execution Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_SETTINGS_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.AugmentationStudyImpl <em>Augmentation Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.AugmentationStudyImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getAugmentationStudy()
	 * @generated
	 */
	int AUGMENTATION_STUDY = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STUDY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STUDY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STUDY__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STUDY__VARIANTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Seeds</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STUDY__SEEDS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Augmentation Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STUDY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Valid Id</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STUDY___VALID_ID__DIAGNOSTICCHAIN_MAP = IDENTIFIED___VALID_ID__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>Has Variants</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STUDY___HAS_VARIANTS__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Unique Variant Ids</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STUDY___UNIQUE_VARIANT_IDS__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Augmentation Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_STUDY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.AugmentationVariantImpl <em>Augmentation Variant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.AugmentationVariantImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getAugmentationVariant()
	 * @generated
	 */
	int AUGMENTATION_VARIANT = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_VARIANT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_VARIANT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_VARIANT__ARCHITECTURE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_VARIANT__TRAINING = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Augmentation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_VARIANT__AUGMENTATION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_VARIANT__SEED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Training Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_VARIANT__TRAINING_CASES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Augmentation Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_VARIANT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Valid Id</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_VARIANT___VALID_ID__DIAGNOSTICCHAIN_MAP = IDENTIFIED___VALID_ID__DIAGNOSTICCHAIN_MAP;

	/**
	 * The number of operations of the '<em>Augmentation Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_VARIANT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.TrainingSettingsImpl <em>Training Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.TrainingSettingsImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getTrainingSettings()
	 * @generated
	 */
	int TRAINING_SETTINGS = 28;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__EPOCHS = 0;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__BATCH_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__LEARNING_RATE = 2;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__OPTIMIZER = 3;

	/**
	 * The feature id for the '<em><b>Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__LOSS = 4;

	/**
	 * The feature id for the '<em><b>Patch Size</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__PATCH_SIZE = 5;

	/**
	 * The feature id for the '<em><b>Validation Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__VALIDATION_FRACTION = 6;

	/**
	 * The feature id for the '<em><b>Iterations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__ITERATIONS = 7;

	/**
	 * The feature id for the '<em><b>Base Filters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__BASE_FILTERS = 8;

	/**
	 * The feature id for the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__DEPTH = 9;

	/**
	 * The feature id for the '<em><b>Dice Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__DICE_WEIGHT = 10;

	/**
	 * The feature id for the '<em><b>Foreground Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__FOREGROUND_FRACTION = 11;

	/**
	 * The feature id for the '<em><b>Normalization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS__NORMALIZATION = 12;

	/**
	 * The number of structural features of the '<em>Training Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS_FEATURE_COUNT = 13;

	/**
	 * The operation id for the '<em>Valid Settings</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS___VALID_SETTINGS__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Training Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SETTINGS_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.RunRecordImpl <em>Run Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.RunRecordImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getRunRecord()
	 * @generated
	 */
	int RUN_RECORD = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__START = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__END = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__STATUS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__SEED = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__ENVIRONMENT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Results Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__RESULTS_LOCATION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD__MESSAGE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Run Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Valid Id</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD___VALID_ID__DIAGNOSTICCHAIN_MAP = IDENTIFIED___VALID_ID__DIAGNOSTICCHAIN_MAP;

	/**
	 * The operation id for the '<em>End Not Before Start</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD___END_NOT_BEFORE_START__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Run Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_RECORD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.segsense.model.impl.EnvironmentEntryImpl <em>Environment Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.impl.EnvironmentEntryImpl
	 * @see org.segsense.model.impl.SegsensePackageImpl#getEnvironmentEntry()
	 * @generated
	 */
	int ENVIRONMENT_ENTRY = 30;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Environment Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Environment Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segsense.model.AggregationPolicy <em>Aggregation Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.AggregationPolicy
	 * @see org.segsense.model.impl.SegsensePackageImpl#getAggregationPolicy()
	 * @generated
	 */
	int AGGREGATION_POLICY = 31;

	/**
	 * The meta object id for the '{@link org.segsense.model.EvaluationSpace <em>Evaluation Space</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.EvaluationSpace
	 * @see org.segsense.model.impl.SegsensePackageImpl#getEvaluationSpace()
	 * @generated
	 */
	int EVALUATION_SPACE = 32;

	/**
	 * The meta object id for the '{@link org.segsense.model.Device <em>Device</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.Device
	 * @see org.segsense.model.impl.SegsensePackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 33;

	/**
	 * The meta object id for the '{@link org.segsense.model.SweepSpacing <em>Sweep Spacing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.SweepSpacing
	 * @see org.segsense.model.impl.SegsensePackageImpl#getSweepSpacing()
	 * @generated
	 */
	int SWEEP_SPACING = 34;

	/**
	 * The meta object id for the '{@link org.segsense.model.NormalizationMethod <em>Normalization Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.NormalizationMethod
	 * @see org.segsense.model.impl.SegsensePackageImpl#getNormalizationMethod()
	 * @generated
	 */
	int NORMALIZATION_METHOD = 35;

	/**
	 * The meta object id for the '{@link org.segsense.model.RunStatus <em>Run Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segsense.model.RunStatus
	 * @see org.segsense.model.impl.SegsensePackageImpl#getRunStatus()
	 * @generated
	 */
	int RUN_STATUS = 36;


	/**
	 * Returns the meta object for class '{@link org.segsense.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.segsense.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.segsense.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.Identified#validId(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Id</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Id</em>' operation.
	 * @see org.segsense.model.Identified#validId(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getIdentified__ValidId__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.segsense.model.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.Study#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segsense.model.Study#getName()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.Study#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segsense.model.Study#getDescription()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.Study#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.segsense.model.Study#getSeed()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Seed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.Study#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cases</em>'.
	 * @see org.segsense.model.Study#getCases()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Cases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.Study#getModelVariants <em>Model Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Model Variants</em>'.
	 * @see org.segsense.model.Study#getModelVariants()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_ModelVariants();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.Study#getAxes <em>Axes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Axes</em>'.
	 * @see org.segsense.model.Study#getAxes()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Axes();

	/**
	 * Returns the meta object for the containment reference '{@link org.segsense.model.Study#getDesign <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Design</em>'.
	 * @see org.segsense.model.Study#getDesign()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Design();

	/**
	 * Returns the meta object for the containment reference '{@link org.segsense.model.Study#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reference</em>'.
	 * @see org.segsense.model.Study#getReference()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Reference();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.Study#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.segsense.model.Study#getMetrics()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Metrics();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.Study#getEvaluationSpace <em>Evaluation Space</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluation Space</em>'.
	 * @see org.segsense.model.Study#getEvaluationSpace()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_EvaluationSpace();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.Study#getAggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregation</em>'.
	 * @see org.segsense.model.Study#getAggregation()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Aggregation();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.Study#getWorstValue <em>Worst Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worst Value</em>'.
	 * @see org.segsense.model.Study#getWorstValue()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_WorstValue();

	/**
	 * Returns the meta object for the containment reference '{@link org.segsense.model.Study#getExecution <em>Execution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Execution</em>'.
	 * @see org.segsense.model.Study#getExecution()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Execution();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.Study#getAugmentationStudies <em>Augmentation Studies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Augmentation Studies</em>'.
	 * @see org.segsense.model.Study#getAugmentationStudies()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_AugmentationStudies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.Study#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runs</em>'.
	 * @see org.segsense.model.Study#getRuns()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Runs();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.Study#hasCases(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Cases</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Cases</em>' operation.
	 * @see org.segsense.model.Study#hasCases(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStudy__HasCases__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.Study#hasModelVariants(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Model Variants</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Model Variants</em>' operation.
	 * @see org.segsense.model.Study#hasModelVariants(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStudy__HasModelVariants__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.Study#hasMetrics(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Metrics</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Metrics</em>' operation.
	 * @see org.segsense.model.Study#hasMetrics(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStudy__HasMetrics__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.Study#hasReference(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Reference</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Reference</em>' operation.
	 * @see org.segsense.model.Study#hasReference(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStudy__HasReference__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.Study#uniqueIds(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Unique Ids</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unique Ids</em>' operation.
	 * @see org.segsense.model.Study#uniqueIds(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStudy__UniqueIds__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.Study#validWorstValue(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Worst Value</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Worst Value</em>' operation.
	 * @see org.segsense.model.Study#validWorstValue(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getStudy__ValidWorstValue__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.Case <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case</em>'.
	 * @see org.segsense.model.Case
	 * @generated
	 */
	EClass getCase();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.Case#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segsense.model.Case#getDescription()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.Case#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.segsense.model.Case#getChannels()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Channels();

	/**
	 * Returns the meta object for the containment reference '{@link org.segsense.model.Case#getLabelImage <em>Label Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Label Image</em>'.
	 * @see org.segsense.model.Case#getLabelImage()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_LabelImage();

	/**
	 * Returns the meta object for the containment reference '{@link org.segsense.model.Case#getRoiMask <em>Roi Mask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Roi Mask</em>'.
	 * @see org.segsense.model.Case#getRoiMask()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_RoiMask();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.Case#hasChannels(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Channels</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Channels</em>' operation.
	 * @see org.segsense.model.Case#hasChannels(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCase__HasChannels__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.Case#uniqueChannelNames(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Unique Channel Names</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unique Channel Names</em>' operation.
	 * @see org.segsense.model.Case#uniqueChannelNames(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCase__UniqueChannelNames__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.FileReference <em>File Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Reference</em>'.
	 * @see org.segsense.model.FileReference
	 * @generated
	 */
	EClass getFileReference();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.FileReference#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.segsense.model.FileReference#getPath()
	 * @see #getFileReference()
	 * @generated
	 */
	EAttribute getFileReference_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.FileReference#getChecksum <em>Checksum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checksum</em>'.
	 * @see org.segsense.model.FileReference#getChecksum()
	 * @see #getFileReference()
	 * @generated
	 */
	EAttribute getFileReference_Checksum();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.FileReference#validPath(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Path</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Path</em>' operation.
	 * @see org.segsense.model.FileReference#validPath(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getFileReference__ValidPath__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.FileReference#checksumFormat(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Checksum Format</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Checksum Format</em>' operation.
	 * @see org.segsense.model.FileReference#checksumFormat(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getFileReference__ChecksumFormat__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.FileReference#fileExists(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>File Exists</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>File Exists</em>' operation.
	 * @see org.segsense.model.FileReference#fileExists(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getFileReference__FileExists__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.ImageChannel <em>Image Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Channel</em>'.
	 * @see org.segsense.model.ImageChannel
	 * @generated
	 */
	EClass getImageChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ImageChannel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segsense.model.ImageChannel#getName()
	 * @see #getImageChannel()
	 * @generated
	 */
	EAttribute getImageChannel_Name();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.ModelVariant <em>Model Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Variant</em>'.
	 * @see org.segsense.model.ModelVariant
	 * @generated
	 */
	EClass getModelVariant();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ModelVariant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segsense.model.ModelVariant#getName()
	 * @see #getModelVariant()
	 * @generated
	 */
	EAttribute getModelVariant_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ModelVariant#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segsense.model.ModelVariant#getDescription()
	 * @see #getModelVariant()
	 * @generated
	 */
	EAttribute getModelVariant_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.segsense.model.ModelVariant#getSavedModel <em>Saved Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Saved Model</em>'.
	 * @see org.segsense.model.ModelVariant#getSavedModel()
	 * @see #getModelVariant()
	 * @generated
	 */
	EReference getModelVariant_SavedModel();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ModelVariant#getSignatureKey <em>Signature Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature Key</em>'.
	 * @see org.segsense.model.ModelVariant#getSignatureKey()
	 * @see #getModelVariant()
	 * @generated
	 */
	EAttribute getModelVariant_SignatureKey();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ModelVariant#getInputTensor <em>Input Tensor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Tensor</em>'.
	 * @see org.segsense.model.ModelVariant#getInputTensor()
	 * @see #getModelVariant()
	 * @generated
	 */
	EAttribute getModelVariant_InputTensor();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ModelVariant#getOutputTensor <em>Output Tensor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Tensor</em>'.
	 * @see org.segsense.model.ModelVariant#getOutputTensor()
	 * @see #getModelVariant()
	 * @generated
	 */
	EAttribute getModelVariant_OutputTensor();

	/**
	 * Returns the meta object for the attribute list '{@link org.segsense.model.ModelVariant#getTileSize <em>Tile Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tile Size</em>'.
	 * @see org.segsense.model.ModelVariant#getTileSize()
	 * @see #getModelVariant()
	 * @generated
	 */
	EAttribute getModelVariant_TileSize();

	/**
	 * Returns the meta object for the attribute list '{@link org.segsense.model.ModelVariant#getTileOverlap <em>Tile Overlap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tile Overlap</em>'.
	 * @see org.segsense.model.ModelVariant#getTileOverlap()
	 * @see #getModelVariant()
	 * @generated
	 */
	EAttribute getModelVariant_TileOverlap();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ModelVariant#getNormalization <em>Normalization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalization</em>'.
	 * @see org.segsense.model.ModelVariant#getNormalization()
	 * @see #getModelVariant()
	 * @generated
	 */
	EAttribute getModelVariant_Normalization();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.ModelVariant#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.segsense.model.ModelVariant#getLabels()
	 * @see #getModelVariant()
	 * @generated
	 */
	EReference getModelVariant_Labels();

	/**
	 * Returns the meta object for the containment reference '{@link org.segsense.model.ModelVariant#getTrainingAugmentation <em>Training Augmentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training Augmentation</em>'.
	 * @see org.segsense.model.ModelVariant#getTrainingAugmentation()
	 * @see #getModelVariant()
	 * @generated
	 */
	EReference getModelVariant_TrainingAugmentation();

	/**
	 * Returns the meta object for the reference '{@link org.segsense.model.ModelVariant#getTrainedBy <em>Trained By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Trained By</em>'.
	 * @see org.segsense.model.ModelVariant#getTrainedBy()
	 * @see #getModelVariant()
	 * @generated
	 */
	EReference getModelVariant_TrainedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ModelVariant#getTrainingSeed <em>Training Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Training Seed</em>'.
	 * @see org.segsense.model.ModelVariant#getTrainingSeed()
	 * @see #getModelVariant()
	 * @generated
	 */
	EAttribute getModelVariant_TrainingSeed();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.ModelVariant#hasSavedModel(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Saved Model</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Saved Model</em>' operation.
	 * @see org.segsense.model.ModelVariant#hasSavedModel(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getModelVariant__HasSavedModel__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.ModelVariant#validTiling(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Tiling</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Tiling</em>' operation.
	 * @see org.segsense.model.ModelVariant#validTiling(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getModelVariant__ValidTiling__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.ModelVariant#uniqueLabelValues(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Unique Label Values</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unique Label Values</em>' operation.
	 * @see org.segsense.model.ModelVariant#uniqueLabelValues(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getModelVariant__UniqueLabelValues__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.LabelDefinition <em>Label Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Definition</em>'.
	 * @see org.segsense.model.LabelDefinition
	 * @generated
	 */
	EClass getLabelDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.LabelDefinition#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.segsense.model.LabelDefinition#getValue()
	 * @see #getLabelDefinition()
	 * @generated
	 */
	EAttribute getLabelDefinition_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.LabelDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segsense.model.LabelDefinition#getName()
	 * @see #getLabelDefinition()
	 * @generated
	 */
	EAttribute getLabelDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.LabelDefinition#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.segsense.model.LabelDefinition#getColour()
	 * @see #getLabelDefinition()
	 * @generated
	 */
	EAttribute getLabelDefinition_Colour();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.LabelDefinition#validColour(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Colour</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Colour</em>' operation.
	 * @see org.segsense.model.LabelDefinition#validColour(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getLabelDefinition__ValidColour__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.AugmentationPipeline <em>Augmentation Pipeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Augmentation Pipeline</em>'.
	 * @see org.segsense.model.AugmentationPipeline
	 * @generated
	 */
	EClass getAugmentationPipeline();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.AugmentationPipeline#getBuiltIn <em>Built In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Built In</em>'.
	 * @see org.segsense.model.AugmentationPipeline#getBuiltIn()
	 * @see #getAugmentationPipeline()
	 * @generated
	 */
	EAttribute getAugmentationPipeline_BuiltIn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.AugmentationPipeline#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.segsense.model.AugmentationPipeline#getSteps()
	 * @see #getAugmentationPipeline()
	 * @generated
	 */
	EReference getAugmentationPipeline_Steps();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.AugmentationStep <em>Augmentation Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Augmentation Step</em>'.
	 * @see org.segsense.model.AugmentationStep
	 * @generated
	 */
	EClass getAugmentationStep();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.AugmentationStep#getPerturbationType <em>Perturbation Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Perturbation Type</em>'.
	 * @see org.segsense.model.AugmentationStep#getPerturbationType()
	 * @see #getAugmentationStep()
	 * @generated
	 */
	EAttribute getAugmentationStep_PerturbationType();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.AugmentationStep#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.segsense.model.AugmentationStep#getProbability()
	 * @see #getAugmentationStep()
	 * @generated
	 */
	EAttribute getAugmentationStep_Probability();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.AugmentationStep#getRanges <em>Ranges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ranges</em>'.
	 * @see org.segsense.model.AugmentationStep#getRanges()
	 * @see #getAugmentationStep()
	 * @generated
	 */
	EReference getAugmentationStep_Ranges();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.AugmentationStep#probabilityInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Probability In Range</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Probability In Range</em>' operation.
	 * @see org.segsense.model.AugmentationStep#probabilityInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getAugmentationStep__ProbabilityInRange__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.AugmentationStep#knownPerturbation(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Known Perturbation</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Known Perturbation</em>' operation.
	 * @see org.segsense.model.AugmentationStep#knownPerturbation(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getAugmentationStep__KnownPerturbation__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.AugmentationStep#rangesWithinBounds(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Ranges Within Bounds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Ranges Within Bounds</em>' operation.
	 * @see org.segsense.model.AugmentationStep#rangesWithinBounds(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getAugmentationStep__RangesWithinBounds__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.ParameterRange <em>Parameter Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Range</em>'.
	 * @see org.segsense.model.ParameterRange
	 * @generated
	 */
	EClass getParameterRange();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ParameterRange#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segsense.model.ParameterRange#getName()
	 * @see #getParameterRange()
	 * @generated
	 */
	EAttribute getParameterRange_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ParameterRange#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see org.segsense.model.ParameterRange#getMinimum()
	 * @see #getParameterRange()
	 * @generated
	 */
	EAttribute getParameterRange_Minimum();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ParameterRange#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see org.segsense.model.ParameterRange#getMaximum()
	 * @see #getParameterRange()
	 * @generated
	 */
	EAttribute getParameterRange_Maximum();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.ParameterRange#orderedBounds(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Ordered Bounds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Ordered Bounds</em>' operation.
	 * @see org.segsense.model.ParameterRange#orderedBounds(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getParameterRange__OrderedBounds__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.ParameterValue <em>Parameter Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter Value</em>'.
	 * @see org.segsense.model.ParameterValue
	 * @generated
	 */
	EClass getParameterValue();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ParameterValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segsense.model.ParameterValue#getName()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ParameterValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.segsense.model.ParameterValue#getValue()
	 * @see #getParameterValue()
	 * @generated
	 */
	EAttribute getParameterValue_Value();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.ParameterValue#hasName(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Name</em>' operation.
	 * @see org.segsense.model.ParameterValue#hasName(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getParameterValue__HasName__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.PerturbationAxis <em>Perturbation Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Perturbation Axis</em>'.
	 * @see org.segsense.model.PerturbationAxis
	 * @generated
	 */
	EClass getPerturbationAxis();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.PerturbationAxis#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segsense.model.PerturbationAxis#getName()
	 * @see #getPerturbationAxis()
	 * @generated
	 */
	EAttribute getPerturbationAxis_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.PerturbationAxis#getPerturbationType <em>Perturbation Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Perturbation Type</em>'.
	 * @see org.segsense.model.PerturbationAxis#getPerturbationType()
	 * @see #getPerturbationAxis()
	 * @generated
	 */
	EAttribute getPerturbationAxis_PerturbationType();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.PerturbationAxis#getFixedParameters <em>Fixed Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fixed Parameters</em>'.
	 * @see org.segsense.model.PerturbationAxis#getFixedParameters()
	 * @see #getPerturbationAxis()
	 * @generated
	 */
	EReference getPerturbationAxis_FixedParameters();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.PerturbationAxis#getSweptParameter <em>Swept Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Swept Parameter</em>'.
	 * @see org.segsense.model.PerturbationAxis#getSweptParameter()
	 * @see #getPerturbationAxis()
	 * @generated
	 */
	EAttribute getPerturbationAxis_SweptParameter();

	/**
	 * Returns the meta object for the containment reference '{@link org.segsense.model.PerturbationAxis#getSweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sweep</em>'.
	 * @see org.segsense.model.PerturbationAxis#getSweep()
	 * @see #getPerturbationAxis()
	 * @generated
	 */
	EReference getPerturbationAxis_Sweep();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.PerturbationAxis#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.segsense.model.PerturbationAxis#getUnit()
	 * @see #getPerturbationAxis()
	 * @generated
	 */
	EAttribute getPerturbationAxis_Unit();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.PerturbationAxis#hasSweep(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Sweep</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Sweep</em>' operation.
	 * @see org.segsense.model.PerturbationAxis#hasSweep(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPerturbationAxis__HasSweep__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.PerturbationAxis#knownPerturbation(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Known Perturbation</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Known Perturbation</em>' operation.
	 * @see org.segsense.model.PerturbationAxis#knownPerturbation(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPerturbationAxis__KnownPerturbation__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.PerturbationAxis#valuesInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Values In Range</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Values In Range</em>' operation.
	 * @see org.segsense.model.PerturbationAxis#valuesInRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPerturbationAxis__ValuesInRange__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.Sweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep</em>'.
	 * @see org.segsense.model.Sweep
	 * @generated
	 */
	EClass getSweep();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.ExplicitSweep <em>Explicit Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Explicit Sweep</em>'.
	 * @see org.segsense.model.ExplicitSweep
	 * @generated
	 */
	EClass getExplicitSweep();

	/**
	 * Returns the meta object for the attribute list '{@link org.segsense.model.ExplicitSweep#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.segsense.model.ExplicitSweep#getValues()
	 * @see #getExplicitSweep()
	 * @generated
	 */
	EAttribute getExplicitSweep_Values();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.ExplicitSweep#notEmpty(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Not Empty</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Not Empty</em>' operation.
	 * @see org.segsense.model.ExplicitSweep#notEmpty(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getExplicitSweep__NotEmpty__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.RangeSweep <em>Range Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Range Sweep</em>'.
	 * @see org.segsense.model.RangeSweep
	 * @generated
	 */
	EClass getRangeSweep();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.RangeSweep#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.segsense.model.RangeSweep#getStart()
	 * @see #getRangeSweep()
	 * @generated
	 */
	EAttribute getRangeSweep_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.RangeSweep#getStop <em>Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop</em>'.
	 * @see org.segsense.model.RangeSweep#getStop()
	 * @see #getRangeSweep()
	 * @generated
	 */
	EAttribute getRangeSweep_Stop();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.RangeSweep#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.segsense.model.RangeSweep#getSteps()
	 * @see #getRangeSweep()
	 * @generated
	 */
	EAttribute getRangeSweep_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.RangeSweep#getSpacing <em>Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spacing</em>'.
	 * @see org.segsense.model.RangeSweep#getSpacing()
	 * @see #getRangeSweep()
	 * @generated
	 */
	EAttribute getRangeSweep_Spacing();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.RangeSweep#enoughSteps(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Enough Steps</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Enough Steps</em>' operation.
	 * @see org.segsense.model.RangeSweep#enoughSteps(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getRangeSweep__EnoughSteps__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.RangeSweep#logNeedsPositiveBounds(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Log Needs Positive Bounds</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Log Needs Positive Bounds</em>' operation.
	 * @see org.segsense.model.RangeSweep#logNeedsPositiveBounds(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getRangeSweep__LogNeedsPositiveBounds__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.Design <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Design</em>'.
	 * @see org.segsense.model.Design
	 * @generated
	 */
	EClass getDesign();

	/**
	 * Returns the meta object for the reference list '{@link org.segsense.model.Design#getAxes <em>Axes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Axes</em>'.
	 * @see org.segsense.model.Design#getAxes()
	 * @see #getDesign()
	 * @generated
	 */
	EReference getDesign_Axes();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.OneAtATimeDesign <em>One At ATime Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>One At ATime Design</em>'.
	 * @see org.segsense.model.OneAtATimeDesign
	 * @generated
	 */
	EClass getOneAtATimeDesign();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.FactorialDesign <em>Factorial Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Factorial Design</em>'.
	 * @see org.segsense.model.FactorialDesign
	 * @generated
	 */
	EClass getFactorialDesign();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.FactorialDesign#enoughAxes(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Enough Axes</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Enough Axes</em>' operation.
	 * @see org.segsense.model.FactorialDesign#enoughAxes(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getFactorialDesign__EnoughAxes__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.ReferenceStrategy <em>Reference Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference Strategy</em>'.
	 * @see org.segsense.model.ReferenceStrategy
	 * @generated
	 */
	EClass getReferenceStrategy();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.GroundTruthReference <em>Ground Truth Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ground Truth Reference</em>'.
	 * @see org.segsense.model.GroundTruthReference
	 * @generated
	 */
	EClass getGroundTruthReference();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.GroundTruthReference#casesHaveLabels(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Cases Have Labels</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Cases Have Labels</em>' operation.
	 * @see org.segsense.model.GroundTruthReference#casesHaveLabels(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getGroundTruthReference__CasesHaveLabels__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.ConsensusReference <em>Consensus Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consensus Reference</em>'.
	 * @see org.segsense.model.ConsensusReference
	 * @generated
	 */
	EClass getConsensusReference();

	/**
	 * Returns the meta object for the reference list '{@link org.segsense.model.ConsensusReference#getRaters <em>Raters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Raters</em>'.
	 * @see org.segsense.model.ConsensusReference#getRaters()
	 * @see #getConsensusReference()
	 * @generated
	 */
	EReference getConsensusReference_Raters();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ConsensusReference#isScoreAgainstTruth <em>Score Against Truth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score Against Truth</em>'.
	 * @see org.segsense.model.ConsensusReference#isScoreAgainstTruth()
	 * @see #getConsensusReference()
	 * @generated
	 */
	EAttribute getConsensusReference_ScoreAgainstTruth();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.ConsensusReference#enoughRaters(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Enough Raters</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Enough Raters</em>' operation.
	 * @see org.segsense.model.ConsensusReference#enoughRaters(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getConsensusReference__EnoughRaters__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.ConsensusReference#truthForEveryCase(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Truth For Every Case</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Truth For Every Case</em>' operation.
	 * @see org.segsense.model.ConsensusReference#truthForEveryCase(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getConsensusReference__TruthForEveryCase__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.BinaryStapleReference <em>Binary Staple Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Binary Staple Reference</em>'.
	 * @see org.segsense.model.BinaryStapleReference
	 * @generated
	 */
	EClass getBinaryStapleReference();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.BinaryStapleReference#getConfidenceWeight <em>Confidence Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence Weight</em>'.
	 * @see org.segsense.model.BinaryStapleReference#getConfidenceWeight()
	 * @see #getBinaryStapleReference()
	 * @generated
	 */
	EAttribute getBinaryStapleReference_ConfidenceWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.BinaryStapleReference#getForegroundValue <em>Foreground Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreground Value</em>'.
	 * @see org.segsense.model.BinaryStapleReference#getForegroundValue()
	 * @see #getBinaryStapleReference()
	 * @generated
	 */
	EAttribute getBinaryStapleReference_ForegroundValue();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.BinaryStapleReference#getMaxIterations <em>Max Iterations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Iterations</em>'.
	 * @see org.segsense.model.BinaryStapleReference#getMaxIterations()
	 * @see #getBinaryStapleReference()
	 * @generated
	 */
	EAttribute getBinaryStapleReference_MaxIterations();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.BinaryStapleReference#validParameters(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Parameters</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Parameters</em>' operation.
	 * @see org.segsense.model.BinaryStapleReference#validParameters(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getBinaryStapleReference__ValidParameters__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.MultiLabelStapleReference <em>Multi Label Staple Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Multi Label Staple Reference</em>'.
	 * @see org.segsense.model.MultiLabelStapleReference
	 * @generated
	 */
	EClass getMultiLabelStapleReference();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.MultiLabelStapleReference#getUndecidedLabel <em>Undecided Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Undecided Label</em>'.
	 * @see org.segsense.model.MultiLabelStapleReference#getUndecidedLabel()
	 * @see #getMultiLabelStapleReference()
	 * @generated
	 */
	EAttribute getMultiLabelStapleReference_UndecidedLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.MultiLabelStapleReference#getTerminationThreshold <em>Termination Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Termination Threshold</em>'.
	 * @see org.segsense.model.MultiLabelStapleReference#getTerminationThreshold()
	 * @see #getMultiLabelStapleReference()
	 * @generated
	 */
	EAttribute getMultiLabelStapleReference_TerminationThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.MultiLabelStapleReference#getMaxIterations <em>Max Iterations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Iterations</em>'.
	 * @see org.segsense.model.MultiLabelStapleReference#getMaxIterations()
	 * @see #getMultiLabelStapleReference()
	 * @generated
	 */
	EAttribute getMultiLabelStapleReference_MaxIterations();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.MultiLabelStapleReference#validParameters(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Parameters</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Parameters</em>' operation.
	 * @see org.segsense.model.MultiLabelStapleReference#validParameters(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMultiLabelStapleReference__ValidParameters__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.MajorityVoteReference <em>Majority Vote Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Majority Vote Reference</em>'.
	 * @see org.segsense.model.MajorityVoteReference
	 * @generated
	 */
	EClass getMajorityVoteReference();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.MajorityVoteReference#getUndecidedLabel <em>Undecided Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Undecided Label</em>'.
	 * @see org.segsense.model.MajorityVoteReference#getUndecidedLabel()
	 * @see #getMajorityVoteReference()
	 * @generated
	 */
	EAttribute getMajorityVoteReference_UndecidedLabel();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.MetricSpec <em>Metric Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Spec</em>'.
	 * @see org.segsense.model.MetricSpec
	 * @generated
	 */
	EClass getMetricSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.MetricSpec#getMetricType <em>Metric Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric Type</em>'.
	 * @see org.segsense.model.MetricSpec#getMetricType()
	 * @see #getMetricSpec()
	 * @generated
	 */
	EAttribute getMetricSpec_MetricType();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.MetricSpec#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.segsense.model.MetricSpec#getParameters()
	 * @see #getMetricSpec()
	 * @generated
	 */
	EReference getMetricSpec_Parameters();

	/**
	 * Returns the meta object for the attribute list '{@link org.segsense.model.MetricSpec#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Labels</em>'.
	 * @see org.segsense.model.MetricSpec#getLabels()
	 * @see #getMetricSpec()
	 * @generated
	 */
	EAttribute getMetricSpec_Labels();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.MetricSpec#hasMetricType(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Metric Type</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Metric Type</em>' operation.
	 * @see org.segsense.model.MetricSpec#hasMetricType(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMetricSpec__HasMetricType__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.ExecutionSettings <em>Execution Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Execution Settings</em>'.
	 * @see org.segsense.model.ExecutionSettings
	 * @generated
	 */
	EClass getExecutionSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ExecutionSettings#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threads</em>'.
	 * @see org.segsense.model.ExecutionSettings#getThreads()
	 * @see #getExecutionSettings()
	 * @generated
	 */
	EAttribute getExecutionSettings_Threads();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ExecutionSettings#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.segsense.model.ExecutionSettings#getDevice()
	 * @see #getExecutionSettings()
	 * @generated
	 */
	EAttribute getExecutionSettings_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ExecutionSettings#getInferenceThreads <em>Inference Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inference Threads</em>'.
	 * @see org.segsense.model.ExecutionSettings#getInferenceThreads()
	 * @see #getExecutionSettings()
	 * @generated
	 */
	EAttribute getExecutionSettings_InferenceThreads();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ExecutionSettings#getCpuThreads <em>Cpu Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Threads</em>'.
	 * @see org.segsense.model.ExecutionSettings#getCpuThreads()
	 * @see #getExecutionSettings()
	 * @generated
	 */
	EAttribute getExecutionSettings_CpuThreads();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ExecutionSettings#getShards <em>Shards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shards</em>'.
	 * @see org.segsense.model.ExecutionSettings#getShards()
	 * @see #getExecutionSettings()
	 * @generated
	 */
	EAttribute getExecutionSettings_Shards();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.ExecutionSettings#getImageBackend <em>Image Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Backend</em>'.
	 * @see org.segsense.model.ExecutionSettings#getImageBackend()
	 * @see #getExecutionSettings()
	 * @generated
	 */
	EAttribute getExecutionSettings_ImageBackend();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.ExecutionSettings#validThreads(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Threads</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Threads</em>' operation.
	 * @see org.segsense.model.ExecutionSettings#validThreads(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getExecutionSettings__ValidThreads__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.ExecutionSettings#validImageBackend(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Image Backend</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Image Backend</em>' operation.
	 * @see org.segsense.model.ExecutionSettings#validImageBackend(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getExecutionSettings__ValidImageBackend__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.AugmentationStudy <em>Augmentation Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Augmentation Study</em>'.
	 * @see org.segsense.model.AugmentationStudy
	 * @generated
	 */
	EClass getAugmentationStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.AugmentationStudy#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segsense.model.AugmentationStudy#getName()
	 * @see #getAugmentationStudy()
	 * @generated
	 */
	EAttribute getAugmentationStudy_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.AugmentationStudy#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segsense.model.AugmentationStudy#getDescription()
	 * @see #getAugmentationStudy()
	 * @generated
	 */
	EAttribute getAugmentationStudy_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segsense.model.AugmentationStudy#getVariants <em>Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variants</em>'.
	 * @see org.segsense.model.AugmentationStudy#getVariants()
	 * @see #getAugmentationStudy()
	 * @generated
	 */
	EReference getAugmentationStudy_Variants();

	/**
	 * Returns the meta object for the attribute list '{@link org.segsense.model.AugmentationStudy#getSeeds <em>Seeds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Seeds</em>'.
	 * @see org.segsense.model.AugmentationStudy#getSeeds()
	 * @see #getAugmentationStudy()
	 * @generated
	 */
	EAttribute getAugmentationStudy_Seeds();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.AugmentationStudy#hasVariants(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Variants</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Variants</em>' operation.
	 * @see org.segsense.model.AugmentationStudy#hasVariants(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getAugmentationStudy__HasVariants__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.AugmentationStudy#uniqueVariantIds(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Unique Variant Ids</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Unique Variant Ids</em>' operation.
	 * @see org.segsense.model.AugmentationStudy#uniqueVariantIds(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getAugmentationStudy__UniqueVariantIds__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.AugmentationVariant <em>Augmentation Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Augmentation Variant</em>'.
	 * @see org.segsense.model.AugmentationVariant
	 * @generated
	 */
	EClass getAugmentationVariant();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.AugmentationVariant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segsense.model.AugmentationVariant#getName()
	 * @see #getAugmentationVariant()
	 * @generated
	 */
	EAttribute getAugmentationVariant_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.AugmentationVariant#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.segsense.model.AugmentationVariant#getArchitecture()
	 * @see #getAugmentationVariant()
	 * @generated
	 */
	EAttribute getAugmentationVariant_Architecture();

	/**
	 * Returns the meta object for the containment reference '{@link org.segsense.model.AugmentationVariant#getTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training</em>'.
	 * @see org.segsense.model.AugmentationVariant#getTraining()
	 * @see #getAugmentationVariant()
	 * @generated
	 */
	EReference getAugmentationVariant_Training();

	/**
	 * Returns the meta object for the containment reference '{@link org.segsense.model.AugmentationVariant#getAugmentation <em>Augmentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Augmentation</em>'.
	 * @see org.segsense.model.AugmentationVariant#getAugmentation()
	 * @see #getAugmentationVariant()
	 * @generated
	 */
	EReference getAugmentationVariant_Augmentation();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.AugmentationVariant#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.segsense.model.AugmentationVariant#getSeed()
	 * @see #getAugmentationVariant()
	 * @generated
	 */
	EAttribute getAugmentationVariant_Seed();

	/**
	 * Returns the meta object for the reference list '{@link org.segsense.model.AugmentationVariant#getTrainingCases <em>Training Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Training Cases</em>'.
	 * @see org.segsense.model.AugmentationVariant#getTrainingCases()
	 * @see #getAugmentationVariant()
	 * @generated
	 */
	EReference getAugmentationVariant_TrainingCases();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.TrainingSettings <em>Training Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Settings</em>'.
	 * @see org.segsense.model.TrainingSettings
	 * @generated
	 */
	EClass getTrainingSettings();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.TrainingSettings#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see org.segsense.model.TrainingSettings#getEpochs()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.TrainingSettings#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.segsense.model.TrainingSettings#getBatchSize()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.TrainingSettings#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.segsense.model.TrainingSettings#getLearningRate()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.TrainingSettings#getOptimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimizer</em>'.
	 * @see org.segsense.model.TrainingSettings#getOptimizer()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Optimizer();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.TrainingSettings#getLoss <em>Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss</em>'.
	 * @see org.segsense.model.TrainingSettings#getLoss()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Loss();

	/**
	 * Returns the meta object for the attribute list '{@link org.segsense.model.TrainingSettings#getPatchSize <em>Patch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Patch Size</em>'.
	 * @see org.segsense.model.TrainingSettings#getPatchSize()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_PatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.TrainingSettings#getValidationFraction <em>Validation Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Fraction</em>'.
	 * @see org.segsense.model.TrainingSettings#getValidationFraction()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_ValidationFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.TrainingSettings#getIterations <em>Iterations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iterations</em>'.
	 * @see org.segsense.model.TrainingSettings#getIterations()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Iterations();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.TrainingSettings#getBaseFilters <em>Base Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Filters</em>'.
	 * @see org.segsense.model.TrainingSettings#getBaseFilters()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_BaseFilters();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.TrainingSettings#getDepth <em>Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depth</em>'.
	 * @see org.segsense.model.TrainingSettings#getDepth()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Depth();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.TrainingSettings#getDiceWeight <em>Dice Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dice Weight</em>'.
	 * @see org.segsense.model.TrainingSettings#getDiceWeight()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_DiceWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.TrainingSettings#getForegroundFraction <em>Foreground Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreground Fraction</em>'.
	 * @see org.segsense.model.TrainingSettings#getForegroundFraction()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_ForegroundFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.TrainingSettings#getNormalization <em>Normalization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalization</em>'.
	 * @see org.segsense.model.TrainingSettings#getNormalization()
	 * @see #getTrainingSettings()
	 * @generated
	 */
	EAttribute getTrainingSettings_Normalization();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.TrainingSettings#validSettings(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Valid Settings</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Valid Settings</em>' operation.
	 * @see org.segsense.model.TrainingSettings#validSettings(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTrainingSettings__ValidSettings__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.segsense.model.RunRecord <em>Run Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Record</em>'.
	 * @see org.segsense.model.RunRecord
	 * @generated
	 */
	EClass getRunRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.RunRecord#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.segsense.model.RunRecord#getStart()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.RunRecord#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.segsense.model.RunRecord#getEnd()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_End();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.RunRecord#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.segsense.model.RunRecord#getStatus()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.RunRecord#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.segsense.model.RunRecord#getSeed()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_Seed();

	/**
	 * Returns the meta object for the map '{@link org.segsense.model.RunRecord#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>Environment</em>'.
	 * @see org.segsense.model.RunRecord#getEnvironment()
	 * @see #getRunRecord()
	 * @generated
	 */
	EReference getRunRecord_Environment();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.RunRecord#getResultsLocation <em>Results Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Results Location</em>'.
	 * @see org.segsense.model.RunRecord#getResultsLocation()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_ResultsLocation();

	/**
	 * Returns the meta object for the attribute '{@link org.segsense.model.RunRecord#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.segsense.model.RunRecord#getMessage()
	 * @see #getRunRecord()
	 * @generated
	 */
	EAttribute getRunRecord_Message();

	/**
	 * Returns the meta object for the '{@link org.segsense.model.RunRecord#endNotBeforeStart(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>End Not Before Start</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>End Not Before Start</em>' operation.
	 * @see org.segsense.model.RunRecord#endNotBeforeStart(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getRunRecord__EndNotBeforeStart__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link java.util.Map.Entry <em>Environment Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Environment Entry</em>'.
	 * @see java.util.Map.Entry
	 * @model keyDataType="org.eclipse.emf.ecore.EString"
	 *        valueDataType="org.eclipse.emf.ecore.EString"
	 * @generated
	 */
	EClass getEnvironmentEntry();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see java.util.Map.Entry
	 * @see #getEnvironmentEntry()
	 * @generated
	 */
	EAttribute getEnvironmentEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see java.util.Map.Entry
	 * @see #getEnvironmentEntry()
	 * @generated
	 */
	EAttribute getEnvironmentEntry_Value();

	/**
	 * Returns the meta object for enum '{@link org.segsense.model.AggregationPolicy <em>Aggregation Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Aggregation Policy</em>'.
	 * @see org.segsense.model.AggregationPolicy
	 * @generated
	 */
	EEnum getAggregationPolicy();

	/**
	 * Returns the meta object for enum '{@link org.segsense.model.EvaluationSpace <em>Evaluation Space</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evaluation Space</em>'.
	 * @see org.segsense.model.EvaluationSpace
	 * @generated
	 */
	EEnum getEvaluationSpace();

	/**
	 * Returns the meta object for enum '{@link org.segsense.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device</em>'.
	 * @see org.segsense.model.Device
	 * @generated
	 */
	EEnum getDevice();

	/**
	 * Returns the meta object for enum '{@link org.segsense.model.SweepSpacing <em>Sweep Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sweep Spacing</em>'.
	 * @see org.segsense.model.SweepSpacing
	 * @generated
	 */
	EEnum getSweepSpacing();

	/**
	 * Returns the meta object for enum '{@link org.segsense.model.NormalizationMethod <em>Normalization Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Normalization Method</em>'.
	 * @see org.segsense.model.NormalizationMethod
	 * @generated
	 */
	EEnum getNormalizationMethod();

	/**
	 * Returns the meta object for enum '{@link org.segsense.model.RunStatus <em>Run Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Run Status</em>'.
	 * @see org.segsense.model.RunStatus
	 * @generated
	 */
	EEnum getRunStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SegsenseFactory getSegsenseFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.IdentifiedImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '<em><b>Valid Id</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation IDENTIFIED___VALID_ID__DIAGNOSTICCHAIN_MAP = eINSTANCE.getIdentified__ValidId__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.StudyImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__NAME = eINSTANCE.getStudy_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__DESCRIPTION = eINSTANCE.getStudy_Description();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SEED = eINSTANCE.getStudy_Seed();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__CASES = eINSTANCE.getStudy_Cases();

		/**
		 * The meta object literal for the '<em><b>Model Variants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__MODEL_VARIANTS = eINSTANCE.getStudy_ModelVariants();

		/**
		 * The meta object literal for the '<em><b>Axes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__AXES = eINSTANCE.getStudy_Axes();

		/**
		 * The meta object literal for the '<em><b>Design</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__DESIGN = eINSTANCE.getStudy_Design();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__REFERENCE = eINSTANCE.getStudy_Reference();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__METRICS = eINSTANCE.getStudy_Metrics();

		/**
		 * The meta object literal for the '<em><b>Evaluation Space</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__EVALUATION_SPACE = eINSTANCE.getStudy_EvaluationSpace();

		/**
		 * The meta object literal for the '<em><b>Aggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__AGGREGATION = eINSTANCE.getStudy_Aggregation();

		/**
		 * The meta object literal for the '<em><b>Worst Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__WORST_VALUE = eINSTANCE.getStudy_WorstValue();

		/**
		 * The meta object literal for the '<em><b>Execution</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__EXECUTION = eINSTANCE.getStudy_Execution();

		/**
		 * The meta object literal for the '<em><b>Augmentation Studies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__AUGMENTATION_STUDIES = eINSTANCE.getStudy_AugmentationStudies();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__RUNS = eINSTANCE.getStudy_Runs();

		/**
		 * The meta object literal for the '<em><b>Has Cases</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY___HAS_CASES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStudy__HasCases__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Has Model Variants</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY___HAS_MODEL_VARIANTS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStudy__HasModelVariants__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Has Metrics</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY___HAS_METRICS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStudy__HasMetrics__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Has Reference</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY___HAS_REFERENCE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStudy__HasReference__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Unique Ids</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY___UNIQUE_IDS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStudy__UniqueIds__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Valid Worst Value</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation STUDY___VALID_WORST_VALUE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getStudy__ValidWorstValue__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.CaseImpl <em>Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.CaseImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getCase()
		 * @generated
		 */
		EClass CASE = eINSTANCE.getCase();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__DESCRIPTION = eINSTANCE.getCase_Description();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__CHANNELS = eINSTANCE.getCase_Channels();

		/**
		 * The meta object literal for the '<em><b>Label Image</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__LABEL_IMAGE = eINSTANCE.getCase_LabelImage();

		/**
		 * The meta object literal for the '<em><b>Roi Mask</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__ROI_MASK = eINSTANCE.getCase_RoiMask();

		/**
		 * The meta object literal for the '<em><b>Has Channels</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CASE___HAS_CHANNELS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCase__HasChannels__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Unique Channel Names</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CASE___UNIQUE_CHANNEL_NAMES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCase__UniqueChannelNames__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.FileReferenceImpl <em>File Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.FileReferenceImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getFileReference()
		 * @generated
		 */
		EClass FILE_REFERENCE = eINSTANCE.getFileReference();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_REFERENCE__PATH = eINSTANCE.getFileReference_Path();

		/**
		 * The meta object literal for the '<em><b>Checksum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_REFERENCE__CHECKSUM = eINSTANCE.getFileReference_Checksum();

		/**
		 * The meta object literal for the '<em><b>Valid Path</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FILE_REFERENCE___VALID_PATH__DIAGNOSTICCHAIN_MAP = eINSTANCE.getFileReference__ValidPath__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Checksum Format</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FILE_REFERENCE___CHECKSUM_FORMAT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getFileReference__ChecksumFormat__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>File Exists</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FILE_REFERENCE___FILE_EXISTS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getFileReference__FileExists__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.ImageChannelImpl <em>Image Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.ImageChannelImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getImageChannel()
		 * @generated
		 */
		EClass IMAGE_CHANNEL = eINSTANCE.getImageChannel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_CHANNEL__NAME = eINSTANCE.getImageChannel_Name();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.ModelVariantImpl <em>Model Variant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.ModelVariantImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getModelVariant()
		 * @generated
		 */
		EClass MODEL_VARIANT = eINSTANCE.getModelVariant();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_VARIANT__NAME = eINSTANCE.getModelVariant_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_VARIANT__DESCRIPTION = eINSTANCE.getModelVariant_Description();

		/**
		 * The meta object literal for the '<em><b>Saved Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_VARIANT__SAVED_MODEL = eINSTANCE.getModelVariant_SavedModel();

		/**
		 * The meta object literal for the '<em><b>Signature Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_VARIANT__SIGNATURE_KEY = eINSTANCE.getModelVariant_SignatureKey();

		/**
		 * The meta object literal for the '<em><b>Input Tensor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_VARIANT__INPUT_TENSOR = eINSTANCE.getModelVariant_InputTensor();

		/**
		 * The meta object literal for the '<em><b>Output Tensor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_VARIANT__OUTPUT_TENSOR = eINSTANCE.getModelVariant_OutputTensor();

		/**
		 * The meta object literal for the '<em><b>Tile Size</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_VARIANT__TILE_SIZE = eINSTANCE.getModelVariant_TileSize();

		/**
		 * The meta object literal for the '<em><b>Tile Overlap</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_VARIANT__TILE_OVERLAP = eINSTANCE.getModelVariant_TileOverlap();

		/**
		 * The meta object literal for the '<em><b>Normalization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_VARIANT__NORMALIZATION = eINSTANCE.getModelVariant_Normalization();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_VARIANT__LABELS = eINSTANCE.getModelVariant_Labels();

		/**
		 * The meta object literal for the '<em><b>Training Augmentation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_VARIANT__TRAINING_AUGMENTATION = eINSTANCE.getModelVariant_TrainingAugmentation();

		/**
		 * The meta object literal for the '<em><b>Trained By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_VARIANT__TRAINED_BY = eINSTANCE.getModelVariant_TrainedBy();

		/**
		 * The meta object literal for the '<em><b>Training Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_VARIANT__TRAINING_SEED = eINSTANCE.getModelVariant_TrainingSeed();

		/**
		 * The meta object literal for the '<em><b>Has Saved Model</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MODEL_VARIANT___HAS_SAVED_MODEL__DIAGNOSTICCHAIN_MAP = eINSTANCE.getModelVariant__HasSavedModel__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Valid Tiling</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MODEL_VARIANT___VALID_TILING__DIAGNOSTICCHAIN_MAP = eINSTANCE.getModelVariant__ValidTiling__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Unique Label Values</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MODEL_VARIANT___UNIQUE_LABEL_VALUES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getModelVariant__UniqueLabelValues__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.LabelDefinitionImpl <em>Label Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.LabelDefinitionImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getLabelDefinition()
		 * @generated
		 */
		EClass LABEL_DEFINITION = eINSTANCE.getLabelDefinition();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_DEFINITION__VALUE = eINSTANCE.getLabelDefinition_Value();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_DEFINITION__NAME = eINSTANCE.getLabelDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_DEFINITION__COLOUR = eINSTANCE.getLabelDefinition_Colour();

		/**
		 * The meta object literal for the '<em><b>Valid Colour</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LABEL_DEFINITION___VALID_COLOUR__DIAGNOSTICCHAIN_MAP = eINSTANCE.getLabelDefinition__ValidColour__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.AugmentationPipelineImpl <em>Augmentation Pipeline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.AugmentationPipelineImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getAugmentationPipeline()
		 * @generated
		 */
		EClass AUGMENTATION_PIPELINE = eINSTANCE.getAugmentationPipeline();

		/**
		 * The meta object literal for the '<em><b>Built In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION_PIPELINE__BUILT_IN = eINSTANCE.getAugmentationPipeline_BuiltIn();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUGMENTATION_PIPELINE__STEPS = eINSTANCE.getAugmentationPipeline_Steps();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.AugmentationStepImpl <em>Augmentation Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.AugmentationStepImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getAugmentationStep()
		 * @generated
		 */
		EClass AUGMENTATION_STEP = eINSTANCE.getAugmentationStep();

		/**
		 * The meta object literal for the '<em><b>Perturbation Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION_STEP__PERTURBATION_TYPE = eINSTANCE.getAugmentationStep_PerturbationType();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION_STEP__PROBABILITY = eINSTANCE.getAugmentationStep_Probability();

		/**
		 * The meta object literal for the '<em><b>Ranges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUGMENTATION_STEP__RANGES = eINSTANCE.getAugmentationStep_Ranges();

		/**
		 * The meta object literal for the '<em><b>Probability In Range</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation AUGMENTATION_STEP___PROBABILITY_IN_RANGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getAugmentationStep__ProbabilityInRange__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Known Perturbation</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation AUGMENTATION_STEP___KNOWN_PERTURBATION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getAugmentationStep__KnownPerturbation__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Ranges Within Bounds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation AUGMENTATION_STEP___RANGES_WITHIN_BOUNDS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getAugmentationStep__RangesWithinBounds__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.ParameterRangeImpl <em>Parameter Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.ParameterRangeImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getParameterRange()
		 * @generated
		 */
		EClass PARAMETER_RANGE = eINSTANCE.getParameterRange();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_RANGE__NAME = eINSTANCE.getParameterRange_Name();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_RANGE__MINIMUM = eINSTANCE.getParameterRange_Minimum();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_RANGE__MAXIMUM = eINSTANCE.getParameterRange_Maximum();

		/**
		 * The meta object literal for the '<em><b>Ordered Bounds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PARAMETER_RANGE___ORDERED_BOUNDS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getParameterRange__OrderedBounds__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.ParameterValueImpl <em>Parameter Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.ParameterValueImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getParameterValue()
		 * @generated
		 */
		EClass PARAMETER_VALUE = eINSTANCE.getParameterValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__NAME = eINSTANCE.getParameterValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER_VALUE__VALUE = eINSTANCE.getParameterValue_Value();

		/**
		 * The meta object literal for the '<em><b>Has Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PARAMETER_VALUE___HAS_NAME__DIAGNOSTICCHAIN_MAP = eINSTANCE.getParameterValue__HasName__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.PerturbationAxisImpl <em>Perturbation Axis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.PerturbationAxisImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getPerturbationAxis()
		 * @generated
		 */
		EClass PERTURBATION_AXIS = eINSTANCE.getPerturbationAxis();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERTURBATION_AXIS__NAME = eINSTANCE.getPerturbationAxis_Name();

		/**
		 * The meta object literal for the '<em><b>Perturbation Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERTURBATION_AXIS__PERTURBATION_TYPE = eINSTANCE.getPerturbationAxis_PerturbationType();

		/**
		 * The meta object literal for the '<em><b>Fixed Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERTURBATION_AXIS__FIXED_PARAMETERS = eINSTANCE.getPerturbationAxis_FixedParameters();

		/**
		 * The meta object literal for the '<em><b>Swept Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERTURBATION_AXIS__SWEPT_PARAMETER = eINSTANCE.getPerturbationAxis_SweptParameter();

		/**
		 * The meta object literal for the '<em><b>Sweep</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERTURBATION_AXIS__SWEEP = eINSTANCE.getPerturbationAxis_Sweep();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERTURBATION_AXIS__UNIT = eINSTANCE.getPerturbationAxis_Unit();

		/**
		 * The meta object literal for the '<em><b>Has Sweep</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PERTURBATION_AXIS___HAS_SWEEP__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPerturbationAxis__HasSweep__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Known Perturbation</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PERTURBATION_AXIS___KNOWN_PERTURBATION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPerturbationAxis__KnownPerturbation__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Values In Range</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PERTURBATION_AXIS___VALUES_IN_RANGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPerturbationAxis__ValuesInRange__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.SweepImpl <em>Sweep</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.SweepImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getSweep()
		 * @generated
		 */
		EClass SWEEP = eINSTANCE.getSweep();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.ExplicitSweepImpl <em>Explicit Sweep</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.ExplicitSweepImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getExplicitSweep()
		 * @generated
		 */
		EClass EXPLICIT_SWEEP = eINSTANCE.getExplicitSweep();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLICIT_SWEEP__VALUES = eINSTANCE.getExplicitSweep_Values();

		/**
		 * The meta object literal for the '<em><b>Not Empty</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EXPLICIT_SWEEP___NOT_EMPTY__DIAGNOSTICCHAIN_MAP = eINSTANCE.getExplicitSweep__NotEmpty__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.RangeSweepImpl <em>Range Sweep</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.RangeSweepImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getRangeSweep()
		 * @generated
		 */
		EClass RANGE_SWEEP = eINSTANCE.getRangeSweep();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANGE_SWEEP__START = eINSTANCE.getRangeSweep_Start();

		/**
		 * The meta object literal for the '<em><b>Stop</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANGE_SWEEP__STOP = eINSTANCE.getRangeSweep_Stop();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANGE_SWEEP__STEPS = eINSTANCE.getRangeSweep_Steps();

		/**
		 * The meta object literal for the '<em><b>Spacing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANGE_SWEEP__SPACING = eINSTANCE.getRangeSweep_Spacing();

		/**
		 * The meta object literal for the '<em><b>Enough Steps</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation RANGE_SWEEP___ENOUGH_STEPS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getRangeSweep__EnoughSteps__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Log Needs Positive Bounds</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation RANGE_SWEEP___LOG_NEEDS_POSITIVE_BOUNDS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getRangeSweep__LogNeedsPositiveBounds__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.DesignImpl <em>Design</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.DesignImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getDesign()
		 * @generated
		 */
		EClass DESIGN = eINSTANCE.getDesign();

		/**
		 * The meta object literal for the '<em><b>Axes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESIGN__AXES = eINSTANCE.getDesign_Axes();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.OneAtATimeDesignImpl <em>One At ATime Design</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.OneAtATimeDesignImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getOneAtATimeDesign()
		 * @generated
		 */
		EClass ONE_AT_ATIME_DESIGN = eINSTANCE.getOneAtATimeDesign();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.FactorialDesignImpl <em>Factorial Design</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.FactorialDesignImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getFactorialDesign()
		 * @generated
		 */
		EClass FACTORIAL_DESIGN = eINSTANCE.getFactorialDesign();

		/**
		 * The meta object literal for the '<em><b>Enough Axes</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation FACTORIAL_DESIGN___ENOUGH_AXES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getFactorialDesign__EnoughAxes__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.ReferenceStrategyImpl <em>Reference Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.ReferenceStrategyImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getReferenceStrategy()
		 * @generated
		 */
		EClass REFERENCE_STRATEGY = eINSTANCE.getReferenceStrategy();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.GroundTruthReferenceImpl <em>Ground Truth Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.GroundTruthReferenceImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getGroundTruthReference()
		 * @generated
		 */
		EClass GROUND_TRUTH_REFERENCE = eINSTANCE.getGroundTruthReference();

		/**
		 * The meta object literal for the '<em><b>Cases Have Labels</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation GROUND_TRUTH_REFERENCE___CASES_HAVE_LABELS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getGroundTruthReference__CasesHaveLabels__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.ConsensusReferenceImpl <em>Consensus Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.ConsensusReferenceImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getConsensusReference()
		 * @generated
		 */
		EClass CONSENSUS_REFERENCE = eINSTANCE.getConsensusReference();

		/**
		 * The meta object literal for the '<em><b>Raters</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSENSUS_REFERENCE__RATERS = eINSTANCE.getConsensusReference_Raters();

		/**
		 * The meta object literal for the '<em><b>Score Against Truth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENSUS_REFERENCE__SCORE_AGAINST_TRUTH = eINSTANCE.getConsensusReference_ScoreAgainstTruth();

		/**
		 * The meta object literal for the '<em><b>Enough Raters</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONSENSUS_REFERENCE___ENOUGH_RATERS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getConsensusReference__EnoughRaters__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Truth For Every Case</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONSENSUS_REFERENCE___TRUTH_FOR_EVERY_CASE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getConsensusReference__TruthForEveryCase__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.BinaryStapleReferenceImpl <em>Binary Staple Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.BinaryStapleReferenceImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getBinaryStapleReference()
		 * @generated
		 */
		EClass BINARY_STAPLE_REFERENCE = eINSTANCE.getBinaryStapleReference();

		/**
		 * The meta object literal for the '<em><b>Confidence Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINARY_STAPLE_REFERENCE__CONFIDENCE_WEIGHT = eINSTANCE.getBinaryStapleReference_ConfidenceWeight();

		/**
		 * The meta object literal for the '<em><b>Foreground Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINARY_STAPLE_REFERENCE__FOREGROUND_VALUE = eINSTANCE.getBinaryStapleReference_ForegroundValue();

		/**
		 * The meta object literal for the '<em><b>Max Iterations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BINARY_STAPLE_REFERENCE__MAX_ITERATIONS = eINSTANCE.getBinaryStapleReference_MaxIterations();

		/**
		 * The meta object literal for the '<em><b>Valid Parameters</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BINARY_STAPLE_REFERENCE___VALID_PARAMETERS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getBinaryStapleReference__ValidParameters__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.MultiLabelStapleReferenceImpl <em>Multi Label Staple Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.MultiLabelStapleReferenceImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getMultiLabelStapleReference()
		 * @generated
		 */
		EClass MULTI_LABEL_STAPLE_REFERENCE = eINSTANCE.getMultiLabelStapleReference();

		/**
		 * The meta object literal for the '<em><b>Undecided Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTI_LABEL_STAPLE_REFERENCE__UNDECIDED_LABEL = eINSTANCE.getMultiLabelStapleReference_UndecidedLabel();

		/**
		 * The meta object literal for the '<em><b>Termination Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTI_LABEL_STAPLE_REFERENCE__TERMINATION_THRESHOLD = eINSTANCE.getMultiLabelStapleReference_TerminationThreshold();

		/**
		 * The meta object literal for the '<em><b>Max Iterations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTI_LABEL_STAPLE_REFERENCE__MAX_ITERATIONS = eINSTANCE.getMultiLabelStapleReference_MaxIterations();

		/**
		 * The meta object literal for the '<em><b>Valid Parameters</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MULTI_LABEL_STAPLE_REFERENCE___VALID_PARAMETERS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMultiLabelStapleReference__ValidParameters__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.MajorityVoteReferenceImpl <em>Majority Vote Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.MajorityVoteReferenceImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getMajorityVoteReference()
		 * @generated
		 */
		EClass MAJORITY_VOTE_REFERENCE = eINSTANCE.getMajorityVoteReference();

		/**
		 * The meta object literal for the '<em><b>Undecided Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAJORITY_VOTE_REFERENCE__UNDECIDED_LABEL = eINSTANCE.getMajorityVoteReference_UndecidedLabel();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.MetricSpecImpl <em>Metric Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.MetricSpecImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getMetricSpec()
		 * @generated
		 */
		EClass METRIC_SPEC = eINSTANCE.getMetricSpec();

		/**
		 * The meta object literal for the '<em><b>Metric Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_SPEC__METRIC_TYPE = eINSTANCE.getMetricSpec_MetricType();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_SPEC__PARAMETERS = eINSTANCE.getMetricSpec_Parameters();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_SPEC__LABELS = eINSTANCE.getMetricSpec_Labels();

		/**
		 * The meta object literal for the '<em><b>Has Metric Type</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation METRIC_SPEC___HAS_METRIC_TYPE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMetricSpec__HasMetricType__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.ExecutionSettingsImpl <em>Execution Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.ExecutionSettingsImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getExecutionSettings()
		 * @generated
		 */
		EClass EXECUTION_SETTINGS = eINSTANCE.getExecutionSettings();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION_SETTINGS__THREADS = eINSTANCE.getExecutionSettings_Threads();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION_SETTINGS__DEVICE = eINSTANCE.getExecutionSettings_Device();

		/**
		 * The meta object literal for the '<em><b>Inference Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION_SETTINGS__INFERENCE_THREADS = eINSTANCE.getExecutionSettings_InferenceThreads();

		/**
		 * The meta object literal for the '<em><b>Cpu Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION_SETTINGS__CPU_THREADS = eINSTANCE.getExecutionSettings_CpuThreads();

		/**
		 * The meta object literal for the '<em><b>Shards</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION_SETTINGS__SHARDS = eINSTANCE.getExecutionSettings_Shards();

		/**
		 * The meta object literal for the '<em><b>Image Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION_SETTINGS__IMAGE_BACKEND = eINSTANCE.getExecutionSettings_ImageBackend();

		/**
		 * The meta object literal for the '<em><b>Valid Threads</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EXECUTION_SETTINGS___VALID_THREADS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getExecutionSettings__ValidThreads__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Valid Image Backend</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation EXECUTION_SETTINGS___VALID_IMAGE_BACKEND__DIAGNOSTICCHAIN_MAP = eINSTANCE.getExecutionSettings__ValidImageBackend__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.AugmentationStudyImpl <em>Augmentation Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.AugmentationStudyImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getAugmentationStudy()
		 * @generated
		 */
		EClass AUGMENTATION_STUDY = eINSTANCE.getAugmentationStudy();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION_STUDY__NAME = eINSTANCE.getAugmentationStudy_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION_STUDY__DESCRIPTION = eINSTANCE.getAugmentationStudy_Description();

		/**
		 * The meta object literal for the '<em><b>Variants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUGMENTATION_STUDY__VARIANTS = eINSTANCE.getAugmentationStudy_Variants();

		/**
		 * The meta object literal for the '<em><b>Seeds</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION_STUDY__SEEDS = eINSTANCE.getAugmentationStudy_Seeds();

		/**
		 * The meta object literal for the '<em><b>Has Variants</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation AUGMENTATION_STUDY___HAS_VARIANTS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getAugmentationStudy__HasVariants__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Unique Variant Ids</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation AUGMENTATION_STUDY___UNIQUE_VARIANT_IDS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getAugmentationStudy__UniqueVariantIds__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.AugmentationVariantImpl <em>Augmentation Variant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.AugmentationVariantImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getAugmentationVariant()
		 * @generated
		 */
		EClass AUGMENTATION_VARIANT = eINSTANCE.getAugmentationVariant();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION_VARIANT__NAME = eINSTANCE.getAugmentationVariant_Name();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION_VARIANT__ARCHITECTURE = eINSTANCE.getAugmentationVariant_Architecture();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUGMENTATION_VARIANT__TRAINING = eINSTANCE.getAugmentationVariant_Training();

		/**
		 * The meta object literal for the '<em><b>Augmentation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUGMENTATION_VARIANT__AUGMENTATION = eINSTANCE.getAugmentationVariant_Augmentation();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION_VARIANT__SEED = eINSTANCE.getAugmentationVariant_Seed();

		/**
		 * The meta object literal for the '<em><b>Training Cases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUGMENTATION_VARIANT__TRAINING_CASES = eINSTANCE.getAugmentationVariant_TrainingCases();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.TrainingSettingsImpl <em>Training Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.TrainingSettingsImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getTrainingSettings()
		 * @generated
		 */
		EClass TRAINING_SETTINGS = eINSTANCE.getTrainingSettings();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__EPOCHS = eINSTANCE.getTrainingSettings_Epochs();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__BATCH_SIZE = eINSTANCE.getTrainingSettings_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__LEARNING_RATE = eINSTANCE.getTrainingSettings_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Optimizer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__OPTIMIZER = eINSTANCE.getTrainingSettings_Optimizer();

		/**
		 * The meta object literal for the '<em><b>Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__LOSS = eINSTANCE.getTrainingSettings_Loss();

		/**
		 * The meta object literal for the '<em><b>Patch Size</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__PATCH_SIZE = eINSTANCE.getTrainingSettings_PatchSize();

		/**
		 * The meta object literal for the '<em><b>Validation Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__VALIDATION_FRACTION = eINSTANCE.getTrainingSettings_ValidationFraction();

		/**
		 * The meta object literal for the '<em><b>Iterations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__ITERATIONS = eINSTANCE.getTrainingSettings_Iterations();

		/**
		 * The meta object literal for the '<em><b>Base Filters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__BASE_FILTERS = eINSTANCE.getTrainingSettings_BaseFilters();

		/**
		 * The meta object literal for the '<em><b>Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__DEPTH = eINSTANCE.getTrainingSettings_Depth();

		/**
		 * The meta object literal for the '<em><b>Dice Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__DICE_WEIGHT = eINSTANCE.getTrainingSettings_DiceWeight();

		/**
		 * The meta object literal for the '<em><b>Foreground Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__FOREGROUND_FRACTION = eINSTANCE.getTrainingSettings_ForegroundFraction();

		/**
		 * The meta object literal for the '<em><b>Normalization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SETTINGS__NORMALIZATION = eINSTANCE.getTrainingSettings_Normalization();

		/**
		 * The meta object literal for the '<em><b>Valid Settings</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TRAINING_SETTINGS___VALID_SETTINGS__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTrainingSettings__ValidSettings__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.RunRecordImpl <em>Run Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.RunRecordImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getRunRecord()
		 * @generated
		 */
		EClass RUN_RECORD = eINSTANCE.getRunRecord();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__START = eINSTANCE.getRunRecord_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__END = eINSTANCE.getRunRecord_End();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__STATUS = eINSTANCE.getRunRecord_Status();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__SEED = eINSTANCE.getRunRecord_Seed();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_RECORD__ENVIRONMENT = eINSTANCE.getRunRecord_Environment();

		/**
		 * The meta object literal for the '<em><b>Results Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__RESULTS_LOCATION = eINSTANCE.getRunRecord_ResultsLocation();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_RECORD__MESSAGE = eINSTANCE.getRunRecord_Message();

		/**
		 * The meta object literal for the '<em><b>End Not Before Start</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation RUN_RECORD___END_NOT_BEFORE_START__DIAGNOSTICCHAIN_MAP = eINSTANCE.getRunRecord__EndNotBeforeStart__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.segsense.model.impl.EnvironmentEntryImpl <em>Environment Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.impl.EnvironmentEntryImpl
		 * @see org.segsense.model.impl.SegsensePackageImpl#getEnvironmentEntry()
		 * @generated
		 */
		EClass ENVIRONMENT_ENTRY = eINSTANCE.getEnvironmentEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT_ENTRY__KEY = eINSTANCE.getEnvironmentEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT_ENTRY__VALUE = eINSTANCE.getEnvironmentEntry_Value();

		/**
		 * The meta object literal for the '{@link org.segsense.model.AggregationPolicy <em>Aggregation Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.AggregationPolicy
		 * @see org.segsense.model.impl.SegsensePackageImpl#getAggregationPolicy()
		 * @generated
		 */
		EEnum AGGREGATION_POLICY = eINSTANCE.getAggregationPolicy();

		/**
		 * The meta object literal for the '{@link org.segsense.model.EvaluationSpace <em>Evaluation Space</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.EvaluationSpace
		 * @see org.segsense.model.impl.SegsensePackageImpl#getEvaluationSpace()
		 * @generated
		 */
		EEnum EVALUATION_SPACE = eINSTANCE.getEvaluationSpace();

		/**
		 * The meta object literal for the '{@link org.segsense.model.Device <em>Device</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.Device
		 * @see org.segsense.model.impl.SegsensePackageImpl#getDevice()
		 * @generated
		 */
		EEnum DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '{@link org.segsense.model.SweepSpacing <em>Sweep Spacing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.SweepSpacing
		 * @see org.segsense.model.impl.SegsensePackageImpl#getSweepSpacing()
		 * @generated
		 */
		EEnum SWEEP_SPACING = eINSTANCE.getSweepSpacing();

		/**
		 * The meta object literal for the '{@link org.segsense.model.NormalizationMethod <em>Normalization Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.NormalizationMethod
		 * @see org.segsense.model.impl.SegsensePackageImpl#getNormalizationMethod()
		 * @generated
		 */
		EEnum NORMALIZATION_METHOD = eINSTANCE.getNormalizationMethod();

		/**
		 * The meta object literal for the '{@link org.segsense.model.RunStatus <em>Run Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segsense.model.RunStatus
		 * @see org.segsense.model.impl.SegsensePackageImpl#getRunStatus()
		 * @generated
		 */
		EEnum RUN_STATUS = eINSTANCE.getRunStatus();

	}

} //SegsensePackage
