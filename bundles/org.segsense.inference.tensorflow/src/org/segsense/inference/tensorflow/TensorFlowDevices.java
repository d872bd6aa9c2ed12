// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import static org.tensorflow.internal.c_api.global.tensorflow.TF_CloseSession;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteDeviceList;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteGraph;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteSession;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteSessionOptions;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteStatus;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeviceListCount;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeviceListMemoryBytes;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeviceListName;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeviceListType;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_GetCode;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_Message;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewGraph;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewSession;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewSessionOptions;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_NewStatus;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetConfig;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.BytePointer;
import org.segsense.inference.InferenceException;
import org.segsense.inference.spi.Device;
import org.segsense.tensorflow.TensorFlowRuntime;
import org.tensorflow.internal.c_api.TF_DeviceList;
import org.tensorflow.internal.c_api.TF_Graph;
import org.tensorflow.internal.c_api.TF_Session;
import org.tensorflow.internal.c_api.TF_SessionOptions;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.proto.ConfigProto;

/**
 * The devices TensorFlow sees, through the C API ({@code TF_SessionListDevices}): TensorFlow Java 1.1.0
 * has no public Java call for it. Listed once per process (GPUs do not come and go).
 */
final class TensorFlowDevices {

	private static List<Device> cached;

	private TensorFlowDevices() {
	}

	static synchronized List<Device> list() throws InferenceException {
		if (cached != null) {
			return cached;
		}
		TensorFlowRuntime.ensureLoaded();
		TF_Status status = TF_NewStatus();
		TF_Graph graph = TF_NewGraph();
		TF_SessionOptions options = TF_NewSessionOptions();
		TF_Session session = null;
		TF_DeviceList devices = null;
		try {
			// grow GPU memory on demand: listing must not reserve the whole card
			byte[] config = ConfigProto.newBuilder()
					.setGpuOptions(org.tensorflow.proto.GPUOptions.newBuilder().setAllowGrowth(true)).build().toByteArray();
			try (BytePointer p = new BytePointer(config)) {
				TF_SetConfig(options, p, config.length, status);
			}
			check(status);
			session = TF_NewSession(graph, options, status);
			check(status);
			devices = TF_SessionListDevices(session, status);
			check(status);
			List<Device> list = new ArrayList<>();
			for (int i = 0, n = TF_DeviceListCount(devices); i < n; i++) {
				String name = TF_DeviceListName(devices, i, status).getString();
				String type = TF_DeviceListType(devices, i, status).getString();
				long bytes = TF_DeviceListMemoryBytes(devices, i, status);
				check(status);
				list.add(new Device(name, type, bytes));
			}
			list.sort((a, b) -> a.type().equals(b.type()) ? a.name().compareTo(b.name()) : a.type().equals("CPU") ? -1 : 1);
			cached = List.copyOf(list);
			return cached;
		} finally {
			if (devices != null) {
				TF_DeleteDeviceList(devices);
			}
			if (session != null) {
				TF_CloseSession(session, status);
				TF_DeleteSession(session, status);
			}
			TF_DeleteSessionOptions(options);
			TF_DeleteGraph(graph);
			TF_DeleteStatus(status);
		}
	}

	private static TF_DeviceList TF_SessionListDevices(TF_Session s, TF_Status status) {
		return org.tensorflow.internal.c_api.global.tensorflow.TF_SessionListDevices(s, status);
	}

	private static void check(TF_Status status) throws InferenceException {
		if (TF_GetCode(status) != 0) {
			throw new InferenceException("TensorFlow could not list its devices: " + TF_Message(status).getString());
		}
	}

	static boolean hasGpu() throws InferenceException {
		return list().stream().anyMatch(d -> d.type().equals("GPU"));
	}
}
