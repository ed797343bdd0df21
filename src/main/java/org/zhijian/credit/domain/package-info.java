/** What the credit module offers other modules: its entities, value objects, services and events. Repositories stay inside (see ModularityTests). */
@NamedInterface("domain")
package org.zhijian.credit.domain;

import org.springframework.modulith.NamedInterface;
