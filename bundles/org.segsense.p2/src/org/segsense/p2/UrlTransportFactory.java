// SPDX-License-Identifier: EPL-2.0
package org.segsense.p2;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.spi.IAgentServiceFactory;
import org.osgi.service.component.annotations.Component;

/** Offers {@link UrlTransport} to every p2 agent as its {@code Transport} service (where ECF would). */
@Component(service = IAgentServiceFactory.class, property = IAgentServiceFactory.PROP_CREATED_SERVICE_NAME
		+ "=org.eclipse.equinox.internal.p2.repository.Transport")
public final class UrlTransportFactory implements IAgentServiceFactory {

	@Override
	public Object createService(IProvisioningAgent agent) {
		return new UrlTransport();
	}
}
