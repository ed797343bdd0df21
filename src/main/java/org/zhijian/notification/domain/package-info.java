/** What the notification module offers other modules: its entities, value objects, services and events. Repositories stay inside (see ModularityTests). */
@NamedInterface("domain")
package org.zhijian.notification.domain;

import org.springframework.modulith.NamedInterface;
