/** What the dashboard module offers other modules: its entities, value objects, services and events. Repositories stay inside (see ModularityTests). */
@NamedInterface("domain")
package org.zhijian.dashboard.domain;

import org.springframework.modulith.NamedInterface;
