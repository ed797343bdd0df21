/** What the incident module offers other modules: its entities, value objects, services and events. Repositories stay inside (see ModularityTests). */
@NamedInterface("domain")
package org.zhijian.incident.domain;

import org.springframework.modulith.NamedInterface;
