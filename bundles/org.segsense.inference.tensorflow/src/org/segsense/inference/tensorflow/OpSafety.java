package org.segsense.inference.tensorflow;

import java.util.Set;

/**
 * Which TensorFlow operations make a SavedModel more than a function of its input. A SavedModel is a
 * program: besides arithmetic it may read and write files, open network connections or run code in
 * another process. SegSense refuses to run such a graph unless the user allows it explicitly.
 * <p>
 * Checkpoint save/restore operations are expected in every SavedModel (that is how its variables are
 * loaded) and are allowed where they belong: under the scope of the graph's {@code saver_def} (e.g.
 * {@code save/RestoreV2}) or inside the {@code *_traced_save*} / {@code *_traced_restore*} functions that
 * Python's exporter writes. Anywhere else they are refused like any other file-system operation.
 */
public final class OpSafety {

	/** Operations that read or write files, or enumerate the file system. */
	public static final Set<String> FILE_SYSTEM = Set.of("ReadFile", "WriteFile", "MatchingFiles", "ImmutableConst",
			"WholeFileReader", "WholeFileReaderV2", "TextLineReader", "TextLineReaderV2", "FixedLengthRecordReader",
			"FixedLengthRecordReaderV2", "TFRecordReader", "TFRecordReaderV2", "LMDBReader", "TFRecordDataset", "TFRecordDatasetV2",
			"TextLineDataset", "FixedLengthRecordDataset", "FixedLengthRecordDatasetV2", "MatchingFilesDataset",
			"ExperimentalMatchingFilesDataset", "CSVDataset", "CSVDatasetV2", "ExperimentalCSVDataset", "LMDBDataset",
			"ExperimentalLMDBDataset", "DatasetToTFRecord", "ExperimentalDatasetToTFRecord", "SaveDataset", "SaveDatasetV2",
			"ExperimentalSaveDataset", "LoadDataset", "ExperimentalLoadDataset", "SnapshotDataset", "SnapshotDatasetV2",
			"SnapshotDatasetReader", "DistributedSave", "LoadAndRemapMatrix", "CreateSummaryFileWriter", "CreateSummaryDbWriter",
			"WriteSummary", "WriteRawProtoSummary", "WriteScalarSummary", "WriteHistogramSummary", "WriteImageSummary",
			"WriteAudioSummary", "WriteGraphSummary", "ImportEvent", "FlushSummaryWriter", "SummaryWriter", "PrintV2",
			"DebugIdentity", "DebugIdentityV2", "DebugIdentityV3", "DebugNanCount", "DebugNumericSummary", "DebugNumericSummaryV2");

	/** Checkpoint operations: allowed only where variables are saved and restored (see the class comment). */
	public static final Set<String> CHECKPOINT = Set.of("Save", "SaveV2", "SaveSlices", "Restore", "RestoreV2", "RestoreSlice",
			"MergeV2Checkpoints", "ShardedFilename", "ShardedFilenames");

	/** Operations that reach other machines or databases. */
	public static final Set<String> NETWORK = Set.of("SqlDataset", "ExperimentalSqlDataset", "DataServiceDataset",
			"DataServiceDatasetV2", "DataServiceDatasetV3", "DataServiceDatasetV4", "RegisterDataset", "RegisterDatasetV2",
			"CollectiveReduce", "CollectiveReduceV2", "CollectiveGather", "CollectiveGatherV2", "CollectiveBcastSend",
			"CollectiveBcastRecv", "CollectiveBcastSendV2", "CollectiveBcastRecvV2", "CollectiveInitializeCommunicator",
			"RecvTPUEmbeddingActivations", "SendTPUEmbeddingGradients");

	/** Operations that run code outside TensorFlow (Python callbacks, other processes). */
	public static final Set<String> PROCESS = Set.of("PyFunc", "PyFuncStateless", "EagerPyFunc");

	private OpSafety() {
	}

	/**
	 * @param op an operation type
	 * @return what kind of risk it is ({@code file system}, {@code checkpoint file}, {@code network},
	 *         {@code process}), or null when it is harmless
	 */
	public static String risk(String op) {
		if (FILE_SYSTEM.contains(op)) {
			return "file system";
		}
		if (CHECKPOINT.contains(op)) {
			return "checkpoint file";
		}
		if (NETWORK.contains(op)) {
			return "network";
		}
		if (PROCESS.contains(op)) {
			return "process";
		}
		return null;
	}

	/**
	 * @param functionName a function of the graph's library
	 * @return true for the save/restore functions of Python's SavedModel exporter, where checkpoint
	 *         operations belong
	 */
	static boolean isCheckpointFunction(String functionName) {
		return functionName.contains("_traced_save") || functionName.contains("_traced_restore");
	}
}
