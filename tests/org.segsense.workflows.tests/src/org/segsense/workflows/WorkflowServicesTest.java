// SPDX-License-Identifier: EPL-2.0
package org.segsense.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.workflows.augment.AugmentationStudyService;
import org.segsense.workflows.augment.AugmentationStudyServiceImpl;
import org.segsense.workflows.demo.DemoService;
import org.segsense.workflows.demo.DemoServiceImpl;
import org.segsense.workflows.preview.PreviewService;
import org.segsense.workflows.preview.PreviewServiceImpl;
import org.segsense.workflows.report.ReportService;
import org.segsense.workflows.report.ReportServiceImpl;
import org.segsense.workflows.run.RunService;
import org.segsense.workflows.run.RunServiceImpl;
import org.segsense.workflows.slurm.SlurmService;
import org.segsense.workflows.slurm.SlurmServiceImpl;
import org.segsense.workflows.study.StudyService;
import org.segsense.workflows.study.StudyServiceImpl;
import org.segsense.workflows.training.TrainingService;
import org.segsense.workflows.training.TrainingServiceImpl;

/**
 * Every application service is an OSGi Declarative Services component: a front end (the workbench) gets it from
 * the service registry, and what it gets is the one implementation, working.
 */
class WorkflowServicesTest {

	private static final Map<Class<?>, Class<?>> SERVICES = Map.of(SlurmService.class, SlurmServiceImpl.class, StudyService.class, StudyServiceImpl.class, RunService.class,
			RunServiceImpl.class, PreviewService.class, PreviewServiceImpl.class, ReportService.class, ReportServiceImpl.class,
			DemoService.class, DemoServiceImpl.class, TrainingService.class, TrainingServiceImpl.class, AugmentationStudyService.class,
			AugmentationStudyServiceImpl.class);

	private static BundleContext context() {
		return FrameworkUtil.getBundle(StudyServiceImpl.class).getBundleContext();
	}

	private static <T> T service(Class<T> type) {
		BundleContext c = context();
		ServiceReference<T> ref = c.getServiceReference(type);
		assertNotNull(ref, type.getSimpleName() + " is not registered (is SCR running, is the bundle lazy-activated?)");
		T s = c.getService(ref);
		assertNotNull(s, type.getSimpleName() + " could not be activated");
		return s;
	}

	@Test
	void everyServiceIsRegisteredWithItsOneImplementation() throws Exception {
		for (Map.Entry<Class<?>, Class<?>> e : SERVICES.entrySet()) {
			assertSame(e.getValue(), service(e.getKey()).getClass(), e.getKey().getSimpleName());
			assertEquals(1, context().getServiceReferences(e.getKey(), null).size(), e.getKey().getSimpleName() + ": one implementation");
		}
	}

	@Test
	void theRegisteredStudyServiceWorks(@TempDir Path dir) throws Exception {
		StudyService studies = service(StudyService.class);
		assertEquals(TestProjects.JOBS, studies.countJobs(studies.load(TestProjects.study(dir))));
	}
}
