/** Per-user notices, such as overdue hazards escalated to the district head. */
@ApplicationModule(displayName = "Inbox")
package org.zhijian.inbox;

import org.springframework.modulith.ApplicationModule;
